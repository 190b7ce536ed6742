"""The layout keeps its design: each layer imports only from the layers below it, no module
imports itself round a circle, SQL lives in storage only, and the rules stay pure.

Read from the source with `ast`, so a lazy import inside a function counts as much as one at
the top of a file. Each check is a function of the sources, so the last test can feed it a
made-up tree that breaks every rule and see each one caught.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.callbacks import PRESSES
from bot.callbacks import parse as parse_press

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("messages", "bot", "jobs")

# Lowest first: a module may import from its own layer and any layer before it in this list.
LAYERS: tuple[tuple[str, str], ...] = (
    ("words", "messages"),
    ("rules", "bot.programme"),
    ("storage", "bot.storage"),
    ("delivery", "jobs"),
    ("services", "bot.services"),
    ("telegram", "bot"),
)
TELEGRAM_SIDE = len(LAYERS) - 1
# Libraries that do I/O, talk to Telegram or read the real clock: never in the rules or words.
IMPURE = (
    "telegram",
    "sqlite3",
    "sqlite_utils",
    "httpx",
    "aiohttp",
    "asyncio",
    "os",
    "pathlib",
    "time",
    "socket",
    "subprocess",
    "random",
    "logging",
)
CLOCK_READS = frozenset({"now", "today", "utcnow", "monotonic", "perf_counter"})
SQL_WORDS = ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", "CREATE TABLE", "PRAGMA ")

Sources = Mapping[str, str]  # module name -> its source text


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. "bot.handlers.checkin"
    target: str  # what it imports, resolved to a module where it names one
    line: int


def read_sources() -> dict[str, str]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path.read_text(encoding="utf-8")
    return found


def imports(sources: Sources) -> list[Import]:
    found = []
    for name, text in sources.items():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Import):
                found += [Import(name, alias.name, node.lineno) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    submodule = f"{node.module}.{alias.name}"
                    target = submodule if submodule in sources else node.module
                    found.append(Import(name, target, node.lineno))
    return found


def ours(target: str) -> bool:
    return target.split(".")[0] in PACKAGES


def within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def layer_of(module: str) -> int:
    """The index in LAYERS of the most specific layer a module belongs to."""
    matches = [(len(prefix), index) for index, (_, prefix) in enumerate(LAYERS)]
    best = max((m for m in matches if within(module, LAYERS[m[1]][1])), default=None)
    assert best is not None, f"{module} is in no layer"
    return best[1]


def upward_imports(sources: Sources) -> list[str]:
    return [
        f"{i.module}:{i.line} ({LAYERS[layer_of(i.module)][0]}) imports {i.target} "
        f"({LAYERS[layer_of(i.target)][0]})"
        for i in imports(sources)
        if ours(i.target) and layer_of(i.target) > layer_of(i.module)
    ]


def cycles(sources: Sources) -> list[list[str]]:
    graph: dict[str, set[str]] = {name: set() for name in sources}
    for i in imports(sources):
        # A package's own __init__ gathering its submodules is how a package is put together,
        # not a dependency of a submodule on its package.
        if i.target in sources and i.target != i.module and not within(i.module, i.target):
            graph[i.module].add(i.target)
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: finished

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def forbidden_imports(sources: Sources, package: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{i.module}:{i.line} imports {i.target}"
        for i in imports(sources)
        if within(i.module, package) and i.target.split(".")[0] in forbidden
    ]


def sql_outside_storage(sources: Sources) -> list[str]:
    found = [
        f"{i.module}:{i.line} imports {i.target}"
        for i in imports(sources)
        if i.target.split(".")[0] in ("sqlite3", "sqlite_utils")
        and not within(i.module, "bot.storage")
    ]
    for name, text in sources.items():
        if within(name, "bot.storage"):
            continue
        for node in ast.walk(ast.parse(text)):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and any(word in node.value for word in SQL_WORDS)
            ):
                found.append(f"{name}:{node.lineno} holds SQL")
    return found


def delivery_importing_telegram_side(sources: Sources) -> list[str]:
    return [
        f"{i.module}:{i.line} imports {i.target}"
        for i in imports(sources)
        if within(i.module, "jobs") and ours(i.target) and layer_of(i.target) == TELEGRAM_SIDE
    ]


def clock_reads(sources: Sources, package: str) -> list[str]:
    found = []
    for name, text in sources.items():
        if not within(name, package):
            continue
        for node in ast.walk(ast.parse(text)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in CLOCK_READS
                and not node.args
            ):
                found.append(f"{name}:{node.lineno} .{node.func.attr}()")
    return found


# The open question's columns (bot/storage/participants.py): read and written there only.
QUESTION_COLUMNS = ("awaiting", "question_message_id")


def question_column_outside_storage(sources: Sources) -> list[str]:
    """Any mention of the open question's columns outside storage: as a name, an attribute, a
    keyword argument or in a string (SQL, or update(awaiting=...))."""
    found = []
    for name, text in sources.items():
        if within(name, "bot.storage"):
            continue
        for node in ast.walk(ast.parse(text)):
            words: list[str] = []
            if isinstance(node, ast.Name):
                words = [node.id]
            elif isinstance(node, ast.Attribute):
                words = [node.attr]
            elif isinstance(node, ast.keyword) and node.arg:
                words = [node.arg]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                words = re.findall(r"\w+", node.value)
            if any(word in QUESTION_COLUMNS for word in words):
                line = node.lineno if isinstance(node, ast.expr | ast.keyword) else 0
                found.append(f"{name}:{line} touches the open question")
    return sorted(set(found))


# Deliberate forgeries: made-up callback data, to show it changes nothing.
FORGERIES = ("tests.e2e.test_hostile_input", "tests.e2e.test_privacy")


def callback_literals(sources: Sources, *, allowed: tuple[str, ...] = ()) -> list[str]:
    """Callback data written by hand outside bot/callbacks.py: a string that parses as a
    press, or an f-string that begins with a press class's prefix and a colon."""
    prefixes = (*(f"{kind.PREFIX}:" for kind in PRESSES), "dt:")
    found = []
    for name, text in sources.items():
        if name == "bot.callbacks" or name in allowed:
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if parse_press(node.value) is not None:
                    found.append(f"{name}:{node.lineno} {node.value!r}")
            elif isinstance(node, ast.JoinedStr) and node.values:
                head = node.values[0]
                if (
                    isinstance(head, ast.Constant)
                    and isinstance(head.value, str)
                    and head.value.startswith(prefixes)
                ):
                    found.append(f"{name}:{node.lineno} f{head.value!r}...")
    return found


def read_tests() -> dict[str, str]:
    found = {}
    for folder in ("tests", "bench"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            found[".".join(parts)] = path.read_text(encoding="utf-8")
    return found


SOURCES = read_sources()


def test_every_module_is_in_a_layer_and_every_layer_exists() -> None:
    assert len(SOURCES) > 40
    for module in SOURCES:
        layer_of(module)
    for _, package in LAYERS:
        assert package in SOURCES, f"layer package {package} is missing"


def test_each_layer_imports_only_from_itself_and_the_layers_below() -> None:
    assert upward_imports(SOURCES) == []


def test_no_import_cycles_between_modules() -> None:
    assert cycles(SOURCES) == []


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("bot.programme", IMPURE),
        ("messages", IMPURE),
        ("bot.storage", ("telegram", "httpx", "aiohttp", "asyncio")),
    ],
)
def test_rules_words_and_storage_stay_out_of_telegram_and_io(
    package: str, forbidden: tuple[str, ...]
) -> None:
    assert forbidden_imports(SOURCES, package, forbidden) == []


def test_only_storage_holds_sql() -> None:
    assert sql_outside_storage(SOURCES) == []


def test_jobs_imports_no_handler_and_nothing_else_of_the_telegram_side() -> None:
    assert delivery_importing_telegram_side(SOURCES) == []


def test_the_rules_never_read_the_clock() -> None:
    assert clock_reads(SOURCES, "bot.programme") == []


def test_the_open_question_is_read_and_written_by_storage_only() -> None:
    assert question_column_outside_storage(SOURCES) == []


def test_callback_data_is_written_by_its_press_class_only() -> None:
    assert callback_literals(SOURCES) == []
    assert callback_literals(read_tests(), allowed=FORGERIES) == []


def test_each_check_catches_a_tree_that_breaks_its_rule() -> None:
    broken = {
        "messages": "from bot.programme import phases\n",
        "bot": "",
        "bot.programme": "",
        "bot.programme.phases": "import datetime\nNOW = datetime.datetime.now()\n",
        "bot.programme.rules": "import telegram\nfrom bot.storage import reminders\n",
        "bot.storage": "",
        "bot.storage.reminders": "import sqlite3\nfrom bot.storage.other import x\n",
        "bot.storage.other": "from bot.storage.reminders import y\n",
        "jobs": "",
        "jobs.dispatcher": "from bot.handlers import checkin\n",
        "bot.handlers": "",
        "bot.handlers.checkin": 'import sqlite3\nQ = "SELECT * FROM checkins"\n',
        "bot.handlers.text": (
            "store.participants.update(1, awaiting='checkin')\n"
            'DATA = "set:language:nl"\n'
            'TAP = f"o:{1}:done"\n'
            "if participant.awaiting: pass\n"
        ),
        "bot.services": "from bot.handlers import checkin\n",
    }
    # words→rules, rules→storage, jobs→handlers, services→handlers
    assert len(upward_imports(broken)) == 4
    assert cycles(broken) == [
        ["bot.storage.reminders", "bot.storage.other", "bot.storage.reminders"]
    ]
    assert forbidden_imports(broken, "bot.programme", IMPURE) == [
        "bot.programme.rules:1 imports telegram"
    ]
    assert sql_outside_storage(broken) == [
        "bot.handlers.checkin:1 imports sqlite3",
        "bot.handlers.checkin:2 holds SQL",
    ]
    assert delivery_importing_telegram_side(broken) == [
        "jobs.dispatcher:1 imports bot.handlers.checkin"
    ]
    assert clock_reads(broken, "bot.programme") == ["bot.programme.phases:2 .now()"]
    assert question_column_outside_storage(broken) == [
        "bot.handlers.text:1 touches the open question",
        "bot.handlers.text:4 touches the open question",
    ]
    assert callback_literals(broken) == [
        "bot.handlers.text:2 'set:language:nl'",
        "bot.handlers.text:3 f'o:'...",
    ]
