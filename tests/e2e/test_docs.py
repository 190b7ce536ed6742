"""The README and `docs/` stay true: every link leads somewhere, every command, file, option and
figure they name exists, the numbers they quote are the code's, and nothing refers to a
document outside the repository. (The command table is checked in `test_commands.py`, the
demo's transcript in the README in `test_demo.py`.)"""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import pytest

from bot.config import Settings
from bot.demo.__main__ import parse
from bot.handlers.commands import COMMANDS
from bot.render.export import FILES
from jobs.pacer import PER_CHAT_INTERVAL, WINDOW
from messages import LANGUAGES, t

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "docs").glob("*.md"))
PAGES = [ROOT / "README.md", *DOCS]
# Files another part of the work writes: linked from the README, checked once they exist.
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
CODE = re.compile(r"`([^`\n]+)`")
FENCED = re.compile(r"^```\w*\n(.*?)^```", re.M | re.S)
# Folders of the repository: a path in backticks that starts with one of them must exist.
TOP = ("bot", "jobs", "messages", "tests", "bench", "demo", "docs")
# What a run makes, not the repository.
MADE = ("bench/results/", "bench/.cache/", "data/")
SKIP = {".git", ".venv", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis", "build"}
SKIP |= {"__pycache__", "node_modules"}
BINARY = {".png", ".pdf", ".zip", ".db", ".sqlite3", ".pyc"}


def _text(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def _ids(page: Path) -> set[str]:
    """The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to
    hyphens, a repeated one numbered."""
    seen: dict[str, int] = {}
    ids = set()
    in_code = False
    for line in _text(page).splitlines():
        if line.startswith("```"):
            in_code = not in_code
        heading = re.match(r"^#{1,6} (.+)$", line)
        if in_code or heading is None:
            continue
        slug = re.sub(r"[^\w\- ]", "", heading.group(1).replace("`", "").lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        ids.add(slug if count == 0 else f"{slug}-{count}")
    return ids


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_link_leads_somewhere(page: Path) -> None:
    for target in LINK.findall(_text(page)):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        assert file.is_relative_to(ROOT), (page.name, target)
        assert file.exists(), f"{page.name} links to {target}, which is not there"
        if anchor:
            assert anchor in _ids(file), f"{page.name}: no heading {anchor!r} in {file.name}"
        if file.suffix == ".png":
            assert file.read_bytes().startswith(b"\x89PNG"), target
        if file.suffix == ".pdf":
            assert file.read_bytes().startswith(b"%PDF"), target


def test_the_readme_links_every_page_in_docs() -> None:
    readme = _text(ROOT / "README.md")
    for page in DOCS:
        assert f"(docs/{page.name})" in readme, page.name
    for name in ("programme", "architecture", "reliability", "benchmark", "deploy", "scale"):
        assert f"(docs/{name}.md)" in readme, name


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_file_and_test_named_exists(page: Path) -> None:
    for code in CODE.findall(_text(page)):
        for word in code.split():
            name, _, test = word.strip(".,;:()").partition("::")
            if not name.startswith(tuple(f"{top}/" for top in TOP)) or name.startswith(MADE):
                continue
            assert (ROOT / name).exists(), f"{page.name} names {name}, which is not there"
            if test:
                defined = [
                    node.name
                    for node in ast.walk(ast.parse(_text(ROOT / name)))
                    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                ]
                assert test in defined, f"{page.name} names {word}, which is not a test"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_command_given_can_be_run(page: Path) -> None:
    text = "\n".join(CODE.findall(_text(page)) + FENCED.findall(_text(page)))
    targets = set(re.findall(r"^([\w-]+):", _text(ROOT / "Makefile"), re.M))
    for target in re.findall(r"\bmake ([a-z][\w-]*)", text):
        assert target in targets, f"{page.name}: there is no `make {target}`"
    for module in set(re.findall(r"python -m ([\w.]+)", text)):
        path = ROOT / module.replace(".", "/")
        assert path.with_suffix(".py").exists() or (path / "__main__.py").exists(), module
    # The demo's options, as the pages give them: each is one the demo takes.
    for args in re.findall(r'make demo ARGS="?([^"`\n]+)"?', text):
        options = [word for word in args.split() if word.startswith("--")]
        if "--help" in options:
            continue
        values = [word if word.startswith("--") else "x" for word in args.split()]
        parse(values)  # raises, in plain words, for an option the demo does not have


def test_the_settings_named_are_the_bots() -> None:
    readme = _text(ROOT / "README.md")
    example = _text(ROOT / ".env.example")
    named = re.findall(r"^\| `([A-Z_]+)` \|", readme, re.M)
    assert "TELEGRAM_BOT_TOKEN" in named and "DATABASE_PATH" in named
    for setting in named:
        assert setting.lower() in Settings.model_fields, setting
        assert f"{setting}=" in example, setting


def test_every_command_has_its_row_in_the_readme_operators_too() -> None:
    rows = re.findall(r"^\| `/(\w+)` \|", _text(ROOT / "README.md"), re.M)
    assert set(rows) == set(COMMANDS) | {"stats"}
    for language in LANGUAGES:
        for command in COMMANDS:
            assert t(language, f"cmd.{command}") in _text(ROOT / "README.md"), command


def test_the_export_is_described_as_it_is() -> None:
    privacy = _text(ROOT / "docs/privacy.md")
    for name in FILES:
        assert f"`{name}`" in privacy, name
    for language in LANGUAGES:
        assert f"`{t(language, 'export.readme_name')}`" in privacy or language == "en"
    assert "README" in privacy
    # The consent time is kept in UTC, not in the person's zone: said so.
    assert "UTC" in privacy.split("**Export**", 1)[1].split("- **", 1)[0]


def test_the_pacers_numbers_are_the_codes() -> None:
    """What the pages say of the pacer (30 in any 1.045 s, one per chat in 1.05 s) is what
    jobs/pacer.py does."""
    quoted = 0
    for page in PAGES:
        text = _text(page)
        for count, seconds in re.findall(r"(\d+) in any ([\d.]+) s\b", text):
            assert (int(count), float(seconds)) == WINDOW, page.name
            quoted += 1
        for seconds in re.findall(r"one per chat in ([\d.]+) s\b", text):
            assert float(seconds) == PER_CHAT_INTERVAL, page.name
            quoted += 1
    assert quoted >= 3


def test_the_flowchart_names_real_functions() -> None:
    """`jobs/dispatcher.py tick` in the architecture's chart: `tick` is defined there."""
    text = _text(ROOT / "docs/architecture.md")
    chart = text.split("```mermaid", 1)[1].split("```", 1)[0]
    pairs = re.findall(r"([\w/]+\.py) ([a-z_]+)\b", chart)
    assert len(pairs) >= 5
    for path, name in pairs:
        source = _text(ROOT / path)
        assert re.search(rf"^\s*(async )?def {name}\(", source, re.M), (path, name)
    assert not re.search(r"\d+(\.\d+)?/s\b", chart)  # a rate is said the way the pacer counts


def test_nothing_refers_to_a_document_outside_the_repository() -> None:
    outside = re.compile(r"\b" + "PROD" + r"UCT\b|\.\./shared\b|\bENGINEERING\.md\b")
    found = []
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = [
            name for name in subfolders if name not in SKIP and not name.endswith(".egg-info")
        ]
        for name in files:
            path = Path(folder, name)
            relative = path.relative_to(ROOT).as_posix()
            if path.suffix in BINARY or relative.startswith(MADE):
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            found += [f"{relative}: {m.group()}" for m in outside.finditer(text)]
    assert found == []
