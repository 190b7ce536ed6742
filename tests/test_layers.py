"""The layout keeps its design: each layer imports only from the layers below it, no module
imports itself round a circle, SQL lives in storage only, the rules stay pure, and nothing
but the one clock (jobs/clock.py) reads the time.

Read from the source with `ast`, so a lazy import inside a function counts as much as one at
the top of a file, and so do a relative import (`from ..storage import x`) and an import by a
literal name (`importlib.import_module("bot.botapi")`, `__import__`); an import by a name
computed at run time is refused. A name is followed through its import, so
`import datetime as dtm; dtm.datetime.now(dtm.UTC)` is a clock read like `datetime.now()`.
Each check is a function of the sources, so the self-tests at the end feed the same functions
made-up trees, written to disk and read back, that break each rule and see each one caught.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.callbacks import PRESSES
from bot.callbacks import parse as parse_press

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("messages", "bot", "jobs")

# Lowest first: a module may import from its own layer and any layer before it in this list.
# A module belongs to the layer with the longest prefix that holds it (docs/architecture.md).
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("words", ("messages",)),
    ("rules", ("bot.programme",)),
    # What is drawn from the rules' results: the chart, the doctor's page, the export archive.
    ("renderers", ("bot.render",)),
    ("storage", ("bot.storage",)),
    ("delivery", ("jobs",)),
    ("services", ("bot.services",)),
    # The Telegram side, in four: the parts every handler shares (callbacks, keyboards,
    # context, config, logs, the update processor, metrics), then the handlers and what the
    # dispatcher's messages look like, then what wires the bot together and runs it ...
    ("telegram", ("bot",)),
    ("handlers", ("bot.handlers", "bot.outgoing")),
    ("wiring", ("bot.app", "bot.serve", "bot.web", "bot.backup", "bot.__main__")),
    # ... and above the product, for the tests and `make demo` only: the embedded Bot API
    # server (which imports nothing of the product, see ISOLATED) and the demo on top of it.
    ("server", ("bot.botapi",)),
    ("demo", ("bot.demo",)),
)
TELEGRAM_SIDE = next(i for i, (name, _) in enumerate(LAYERS) if name == "telegram")
# Packages that import nothing of ours outside themselves, with the reason.
ISOLATED: Mapping[str, str] = {
    "bot.botapi": "the embedded Bot API server plays Telegram: it knows nothing of the bot",
}
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
# The renderers draw into memory: no Telegram, no database, no network, no event loop.
RENDER_IMPURE = (
    "telegram",
    "sqlite3",
    "sqlite_utils",
    "httpx",
    "aiohttp",
    "asyncio",
    "socket",
    "subprocess",
    "random",
)
# Storage does I/O, but only its own: never Telegram's or the event loop's.
STORAGE_IMPURE = ("telegram", "httpx", "aiohttp", "asyncio")
# Methods that read a clock whatever they are called on: never called in the rules.
CLOCK_READS = frozenset({"now", "today", "utcnow", "monotonic", "perf_counter"})
# What reads the clock, by its full name, with or without arguments, used or only named.
CLOCK_FUNCTIONS = frozenset(
    {
        "datetime.datetime.now",
        "datetime.datetime.utcnow",
        "datetime.datetime.today",
        "datetime.date.today",
        *(
            f"time.{name}{ns}"
            for name in (
                "time",
                "monotonic",
                "perf_counter",
                "process_time",
                "thread_time",
                "clock_gettime",
            )
            for ns in ("", "_ns")
        ),
        "asyncio.loop.time",  # an event loop's own clock: loop.time()
        "resource.getrusage",  # the CPU time used so far
    }
)
# These read the clock unless given the time: the number of arguments that gives it.
CLOCK_UNLESS_GIVEN: Mapping[str, int] = {
    "time.localtime": 1,
    "time.gmtime": 1,
    "time.ctime": 1,
    "time.asctime": 1,
    "time.strftime": 2,
}
EVENT_LOOPS = frozenset(
    {"asyncio.get_running_loop", "asyncio.get_event_loop", "asyncio.new_event_loop"}
)
# The one clock, and every other place that may read one: (module or package, what it reads)
# with the reason. "*" is anything. Tests and bench/ are not read here: the tests move time
# with a FakeClock, and the benchmark measures real time on purpose.
CLOCK_ALLOWED: Mapping[tuple[str, str], str] = {
    ("jobs.clock", "*"): "the one clock",
    ("bot.botapi", "time.time"): "the embedded server plays Telegram, whose dates are real",
    ("bot.botapi", "time.monotonic"): "the embedded server's long polls wait real seconds",
    ("jobs.pacer", "time.monotonic"): (
        "Telegram's rate limits count real seconds; the pacer takes the clock as a "
        "parameter (this is its default) and tests pass their own"
    ),
    ("bot.updates", "time.monotonic"): (
        "flood control and handler timings count real seconds; the clock is a parameter "
        "and this is its default"
    ),
    ("jobs.dispatcher", "time.perf_counter"): (
        "the tick's work budget is the real time its work took, which a fake clock that "
        "stands still cannot measure"
    ),
    ("bot.storage.backup", "time.perf_counter"): "how long taking a backup took, for its log line",
    ("jobs.compaction", "time.perf_counter"): (
        "each chunk's hold of the event loop is the real time it took, for the bench and the log"
    ),
    ("jobs.compaction", "resource.getrusage"): (
        "each chunk's CPU time (its hold without what the system gave other processes "
        "meanwhile) and the part of it in the kernel, for the bench"
    ),
    ("bot.serve", "asyncio.loop.time"): (
        "a graceful stop waits at most a few real seconds for the work in hand"
    ),
}
# Import machinery: a literal name is read as an import, anything else is refused.
IMPORT_BY_LITERAL = frozenset(
    {
        "importlib.import_module",
        "importlib.__import__",
        "builtins.__import__",
        "runpy.run_module",
        "pkgutil.resolve_name",
    }
)
IMPORT_BY_PATH = frozenset(
    {
        "runpy.run_path",
        "importlib.reload",
        "importlib.util.spec_from_file_location",
        "importlib.util.spec_from_loader",
        "importlib.util.module_from_spec",
        "importlib.machinery.SourceFileLoader",
        "zipimport.zipimporter",
    }
)
# Modules that may import by a computed name, with the reason: none.
DYNAMIC_IMPORTS_ALLOWED: Mapping[str, str] = {}
# SQL as written in storage, and in any case: a statement's shape, not a lone word.
SQL_WORDS = ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", "CREATE TABLE", "PRAGMA ")
SQL = re.compile(
    r"""\b(?:
        select\s+(?:distinct\s+)?(?:\*|\d|\w+\s*\(|[\w."]+\s*(?:,|\bfrom\b|\bas\b))
      | (?:insert|replace)\s+(?:or\s+\w+\s+)?into\s
      | update\s+(?:or\s+\w+\s+)?[\w."]+\s+set\s
      | delete\s+from\s
      | (?:create|drop|alter)\s+(?:temp\w*\s+)?(?:table|(?:unique\s+)?index|view|trigger)\b
      | pragma\s+\w+
      | (?:begin|commit|rollback)\s+(?:immediate|exclusive|deferred|transaction)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

Sources = Mapping[str, str]  # module name -> its source text


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. "bot.handlers.checkin"
    target: str  # what it imports, resolved to a module where it names one
    line: int


def read_sources(root: Path = ROOT) -> dict[str, str]:
    found = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path.read_text(encoding="utf-8")
    return found


@functools.cache
def parse(text: str) -> ast.Module:
    return ast.parse(text)


def is_package(module: str, sources: Sources) -> bool:
    return "." not in module or any(other.startswith(module + ".") for other in sources)


def absolute(module: str, level: int, name: str | None, sources: Sources) -> str | None:
    """What `from <level dots><name> import ...` in `module` names; None beyond the top."""
    if level == 0:
        return name
    here = module.split(".") if is_package(module, sources) else module.split(".")[:-1]
    return from_package(here, level, name)


def from_package(here: list[str], level: int, name: str | None) -> str | None:
    """`name` with `level` dots, read in the package `here`; None beyond the top."""
    if level - 1 >= len(here):
        return None
    base = here[: len(here) - (level - 1)]
    return ".".join([*base, name] if name else base)


def bindings(module: str, tree: ast.Module, sources: Sources) -> dict[str, set[str]]:
    """Each name an import binds anywhere in the module, with the full names it may stand for."""
    bound: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                local = alias.asname or alias.name.split(".")[0]
                bound.setdefault(local, set()).add(alias.name if alias.asname else local)
        elif isinstance(node, ast.ImportFrom):
            base = absolute(module, node.level, node.module, sources)
            for alias in node.names:
                if base is not None and alias.name != "*":
                    bound.setdefault(alias.asname or alias.name, set()).add(f"{base}.{alias.name}")
    return bound


def full_names(node: ast.expr, bound: Mapping[str, set[str]]) -> set[str]:
    """What a name or dotted name stands for: `dtm.datetime.now` is datetime.datetime.now."""
    if isinstance(node, ast.Name):
        if node.id in bound:
            return bound[node.id]
        return {f"builtins.{node.id}"} if node.id == "__import__" else set()
    if isinstance(node, ast.Attribute):
        return {f"{name}.{node.attr}" for name in full_names(node.value, bound)}
    return set()


def known(target: str, sources: Sources) -> str:
    """The longest module of ours that `target` names or lies in; the target itself if none."""
    parts = target.split(".")
    for end in range(len(parts), 0, -1):
        if ".".join(parts[:end]) in sources:
            return ".".join(parts[:end])
    return target


def literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def imported_by_call(call: ast.Call, function: str) -> list[str] | None:
    """The modules a call to import machinery names by literal, or None when they are computed."""
    name = literal(call.args[0]) if call.args else None
    keywords = {k.arg: k.value for k in call.keywords}
    name = name if name is not None else literal(keywords.get("name"))
    if function not in IMPORT_BY_LITERAL or name is None:
        return None
    relative_level = keywords.get("level") or (call.args[4] if len(call.args) > 4 else None)
    if relative_level is not None and not (
        isinstance(relative_level, ast.Constant) and relative_level.value == 0
    ):
        return None  # __import__(name, globals(), locals(), fromlist, level): relative
    name = name.split(":")[0]  # pkgutil.resolve_name("package.module:attribute")
    level = len(name) - len(name.lstrip("."))
    if level:
        package = literal(keywords.get("package")) or (
            literal(call.args[1]) if len(call.args) > 1 else None
        )
        if function != "importlib.import_module" or package is None:
            return None
        name = from_package(package.split("."), level, name[level:] or None)
        if name is None:
            return None
    found = [name]
    fromlist = keywords.get("fromlist") or (call.args[3] if len(call.args) > 3 else None)
    if isinstance(fromlist, ast.List | ast.Tuple):
        found += [f"{name}.{item}" for e in fromlist.elts if (item := literal(e)) is not None]
    return found


def machinery(module: str, text: str, sources: Sources) -> Iterator[tuple[ast.expr, str]]:
    """Every use of import machinery in a module: the expression naming it, and its full name."""
    tree = parse(text)
    bound = bindings(module, tree, sources)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name | ast.Attribute) and isinstance(node.ctx, ast.Load):
            for name in full_names(node, bound):
                if name in IMPORT_BY_LITERAL or name in IMPORT_BY_PATH:
                    yield node, name


def calls_by_function(tree: ast.Module) -> dict[int, ast.Call]:
    return {id(node.func): node for node in ast.walk(tree) if isinstance(node, ast.Call)}


def imports(sources: Sources) -> list[Import]:
    return list(imports_in(tuple(sources.items())))


@functools.cache
def imports_in(items: tuple[tuple[str, str], ...]) -> tuple[Import, ...]:
    sources = dict(items)
    return tuple(i for name, text in items for i in imports_of(name, text, sources))


def imports_of(name: str, text: str, sources: Sources) -> list[Import]:
    """A module's imports: absolute, relative, by a literal name, and reached by a dotted name."""
    tree = parse(text)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(name, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = absolute(name, node.level, node.module, sources)
            if base is None:
                continue  # beyond the top: dynamic_imports reports it
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                target = submodule if submodule in sources else base
                found.append(Import(name, target, node.lineno))
    calls = calls_by_function(tree)
    for expr, function in machinery(name, text, sources):
        call = calls.get(id(expr))
        named = imported_by_call(call, function) if call else None
        found += [Import(name, known(target, sources), expr.lineno) for target in named or []]
    return found + reached_through_attributes(name, tree, sources, {i.target for i in found})


def reached_through_attributes(
    module: str, tree: ast.Module, sources: Sources, imported: set[str]
) -> list[Import]:
    """`import bot` and then `bot.botapi.server.run()`: a module of ours reached by a dotted
    name and not imported by name."""
    bound = bindings(module, tree, sources)
    inner = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    found: dict[str, Import] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or id(node) in inner:
            continue
        for name in full_names(node, bound):
            target = known(name, sources)
            if ours(target) and target in sources and target not in imported | found.keys():
                found[target] = Import(module, target, node.lineno)
    return list(found.values())


def dynamic_imports(
    sources: Sources, allowed: Mapping[str, str] = DYNAMIC_IMPORTS_ALLOWED
) -> list[str]:
    """Imports whose module is computed at run time, and relative imports beyond the top."""
    found = []
    for name, text in sources.items():
        if any(within(name, prefix) for prefix in allowed):
            continue
        tree = parse(text)
        calls = calls_by_function(tree)
        for expr, function in machinery(name, text, sources):
            call = calls.get(id(expr))
            if call is None or imported_by_call(call, function) is None:
                found.append(f"{name}:{expr.lineno} imports by a computed name ({function})")
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (
                absolute(name, node.level, node.module, sources) is None
            ):
                found.append(f"{name}:{node.lineno} imports from beyond the top package")
    return found


def ours(target: str) -> bool:
    return target.split(".")[0] in PACKAGES


def within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def layer_of(module: str) -> int:
    """The index in LAYERS of the most specific layer a module belongs to."""
    matches = [
        (len(prefix), index)
        for index, (_, prefixes) in enumerate(LAYERS)
        for prefix in prefixes
        if within(module, prefix)
    ]
    assert matches, f"{module} is in no layer"
    return max(matches)[1]


def upward_imports(sources: Sources) -> list[str]:
    return [
        f"{i.module}:{i.line} ({LAYERS[layer_of(i.module)][0]}) imports {i.target} "
        f"({LAYERS[layer_of(i.target)][0]})"
        for i in imports(sources)
        if ours(i.target) and layer_of(i.target) > layer_of(i.module)
    ]


def isolated_imports(sources: Sources) -> list[str]:
    """A package that must import nothing of ours outside itself, importing something."""
    return [
        f"{i.module}:{i.line} imports {i.target}"
        for i in imports(sources)
        for package in ISOLATED
        if within(i.module, package) and ours(i.target) and not within(i.target, package)
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


def text_of(node: ast.expr) -> str:
    """A string as SQL would read it: what an f-string or a `+` fills in becomes a name."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(text_of(v) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return text_of(node.left) + text_of(node.right)
    return " x "


def looks_like_sql(text: str) -> bool:
    return any(word in text for word in SQL_WORDS) or SQL.search(text) is not None


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
        lines = {
            node.lineno
            for node in ast.walk(parse(text))
            if isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp)
            and looks_like_sql(text_of(node))
        }
        found += [f"{name}:{line} holds SQL" for line in sorted(lines)]
    return found


def delivery_importing_telegram_side(sources: Sources) -> list[str]:
    return [
        f"{i.module}:{i.line} imports {i.target}"
        for i in imports(sources)
        if within(i.module, "jobs") and ours(i.target) and layer_of(i.target) >= TELEGRAM_SIDE
    ]


def clock_reads(sources: Sources, package: str) -> list[str]:
    """Any call of a method that reads a clock, on anything, with or without arguments."""
    found = []
    for name, text in sources.items():
        if not within(name, package):
            continue
        for node in ast.walk(parse(text)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in CLOCK_READS
            ):
                found.append(f"{name}:{node.lineno} .{node.func.attr}()")
    return found


def clocks_read(module: str, text: str, sources: Sources) -> Iterator[tuple[int, str]]:
    """Each place a module reads (or names, to read later) a clock, with what it reads."""
    tree = parse(text)
    bound = bindings(module, tree, sources)
    calls = calls_by_function(tree)
    loops = {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign | ast.AnnAssign)
        and isinstance(node.value, ast.Call)
        and full_names(node.value.func, bound) & EVENT_LOOPS
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Name | ast.Attribute) or not isinstance(node.ctx, ast.Load):
            continue
        call = calls.get(id(node))
        for function in full_names(node, bound):
            given = CLOCK_UNLESS_GIVEN.get(function)
            if function in CLOCK_FUNCTIONS or (
                given is not None and (call is None or len(call.args) < given)
            ):
                yield node.lineno, function
        if isinstance(node, ast.Attribute) and node.attr == "time" and call is not None:
            owner = node.value
            if (isinstance(owner, ast.Name) and owner.id in loops) or (
                isinstance(owner, ast.Call) and full_names(owner.func, bound) & EVENT_LOOPS
            ):
                yield node.lineno, "asyncio.loop.time"


def clock_allowed(
    module: str, function: str, allowed: Mapping[tuple[str, str], str] = CLOCK_ALLOWED
) -> bool:
    return any(within(module, where) and what in ("*", function) for where, what in allowed)


def clock_reads_outside_the_clock(
    sources: Sources, allowed: Mapping[tuple[str, str], str] = CLOCK_ALLOWED
) -> list[str]:
    """Every read of a clock in any layer, but the one clock's and the allowed ones."""
    return [
        f"{name}:{line} reads the clock ({function})"
        for name, text in sources.items()
        for line, function in clocks_read(name, text, sources)
        if not clock_allowed(name, function, allowed)
    ]


# The open question's columns (bot/storage/participants.py): read and written there only.
QUESTION_COLUMNS = ("awaiting", "question_message_id")


def question_column_outside_storage(sources: Sources) -> list[str]:
    """Any mention of the open question's columns outside storage: as a name, an attribute, a
    keyword argument or in a string (SQL, or update(awaiting=...))."""
    found = []
    for name, text in sources.items():
        if within(name, "bot.storage"):
            continue
        for node in ast.walk(parse(text)):
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
        for node in ast.walk(parse(text)):
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
    for _, packages in LAYERS:
        for package in packages:
            assert package in SOURCES, f"layer package {package} is missing"
    for package in ISOLATED:
        assert package in SOURCES, f"isolated package {package} is missing"


def test_each_layer_imports_only_from_itself_and_the_layers_below() -> None:
    assert upward_imports(SOURCES) == []


def test_the_embedded_server_imports_nothing_of_the_product() -> None:
    assert isolated_imports(SOURCES) == []


def test_no_import_cycles_between_modules() -> None:
    assert cycles(SOURCES) == []


def test_every_import_names_its_module() -> None:
    assert dynamic_imports(SOURCES) == []


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("bot.programme", IMPURE),
        ("messages", IMPURE),
        ("bot.render", RENDER_IMPURE),
        ("bot.storage", STORAGE_IMPURE),
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


def test_nothing_but_the_one_clock_reads_the_time() -> None:
    assert clock_reads_outside_the_clock(SOURCES) == []


def test_each_clock_allowance_is_still_needed() -> None:
    used = {
        (where, what)
        for name, text in SOURCES.items()
        for _, function in clocks_read(name, text, SOURCES)
        for where, what in CLOCK_ALLOWED
        if within(name, where) and what in ("*", function)
    }
    assert set(CLOCK_ALLOWED) - used == set()


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


# A small tree that keeps every rule, in the shapes the checks must read: relative imports,
# an import by a literal name, the one clock, an allowed clock read, SQL in storage.
CLEAN_TREE: Mapping[str, str] = {
    "messages/__init__.py": "",
    "messages/nl.py": 'TEXTS = {"delete.done": "Alles is gewist; selecteer een dag."}\n',
    "bot/__init__.py": "",
    "bot/programme/__init__.py": "",
    "bot/programme/phases.py": (
        "import datetime as dtm\n"
        "from messages import nl\n"
        "def week(start: dtm.date, today: dtm.date) -> int:\n"
        "    return (today - start).days // 7\n"
    ),
    "bot/render/__init__.py": "",
    "bot/render/chart.py": "import io\nfrom ..programme import phases\n",
    "bot/storage/__init__.py": "from .reminders import DUE\n",
    "bot/storage/reminders.py": (
        "import sqlite3\n"
        "from ..programme import phases\n"
        'DUE = "select id from reminders where due_at <= ?"\n'
    ),
    "jobs/__init__.py": "",
    "jobs/clock.py": (
        "import datetime as dtm\n"
        "import time\n"
        "def now() -> dtm.datetime:\n"
        "    return dtm.datetime.now(dtm.UTC)\n"
        "STARTED = time.monotonic()\n"
    ),
    "jobs/planner.py": "from jobs.clock import now\nfrom bot.storage import reminders\n",
    "bot/services/__init__.py": "",
    "bot/services/checkins.py": "from jobs import planner\n",
    "bot/keyboards.py": "import importlib\nCALLBACKS = importlib.import_module('bot.callbacks')\n",
    "bot/callbacks.py": "",
    "bot/handlers/__init__.py": "",
    "bot/handlers/checkin.py": (
        "from .. import keyboards\nfrom ..services import checkins\nfrom . import prologue\n"
    ),
    "bot/handlers/prologue.py": "def who(clock: object) -> object:\n    return clock.now()\n",
    "bot/app.py": "from .handlers import checkin\n",
    "bot/botapi/__init__.py": "from .server import serve\n",
    "bot/botapi/server.py": "import time\ndef serve() -> float:\n    return time.monotonic()\n",
    "bot/demo/__init__.py": "",
    "bot/demo/local.py": "from ..botapi import server\nfrom .. import app\n",
}
CHECKS: Mapping[str, Callable[[Sources], list[str]]] = {
    "upward": upward_imports,
    "isolated": isolated_imports,
    "cycles": lambda sources: [" → ".join(cycle) for cycle in cycles(sources)],
    "dynamic": dynamic_imports,
    "impure rules": lambda sources: forbidden_imports(sources, "bot.programme", IMPURE),
    "impure words": lambda sources: forbidden_imports(sources, "messages", IMPURE),
    "impure renderers": lambda sources: forbidden_imports(sources, "bot.render", RENDER_IMPURE),
    "impure storage": lambda sources: forbidden_imports(sources, "bot.storage", STORAGE_IMPURE),
    "sql": sql_outside_storage,
    "delivery": delivery_importing_telegram_side,
    "rules' clock": lambda sources: clock_reads(sources, "bot.programme"),
    "clock": clock_reads_outside_the_clock,
}
# The holes the issue found (issue 21), each a tree that passed the old checks: the files
# that break the clean tree, and what each check must say of it; every other check says
# nothing.
BROKEN_TREES: Mapping[str, tuple[Mapping[str, str], Mapping[str, list[str]]]] = {
    "relative imports": (
        {
            "bot/programme/rules.py": "from ..storage import reminders\n",
            "bot/storage/other.py": "from . import reminders\n",
            "bot/storage/reminders.py": "from .other import x\n",
        },
        {
            "upward": ["bot.programme.rules:1 (rules) imports bot.storage.reminders (storage)"],
            "cycles": ["bot.storage.reminders → bot.storage.other → bot.storage.reminders"],
        },
    ),
    "importlib and __import__ with a literal name": (
        {
            "bot/programme/rules.py": (
                "import importlib\n"
                "store = importlib.import_module('bot.storage.reminders')\n"
                "bot = __import__('telegram.ext')\n"
                "from importlib import import_module as load\n"
                "handlers = load('..handlers', package='bot.storage')\n"
            ),
        },
        {
            "upward": [
                "bot.programme.rules:2 (rules) imports bot.storage.reminders (storage)",
                "bot.programme.rules:5 (rules) imports bot.handlers (handlers)",
            ],
            "impure rules": ["bot.programme.rules:3 imports telegram.ext"],
        },
    ),
    "an import by a computed name": (
        {
            "bot/handlers/checkin.py": (
                "import importlib\n"
                "NAME = 'bot.' + 'botapi'\n"
                "server = importlib.import_module(NAME)\n"
                "load = __import__\n"
                "from .... import nowhere\n"
            ),
        },
        {
            "dynamic": [
                "bot.handlers.checkin:3 imports by a computed name (importlib.import_module)",
                "bot.handlers.checkin:4 imports by a computed name (builtins.__import__)",
                "bot.handlers.checkin:5 imports from beyond the top package",
            ],
        },
    ),
    "the clock read with an argument, through an alias, in the rules": (
        {
            "bot/programme/phases.py": (
                "import datetime as dtm\n"
                "from datetime import UTC, date\n"
                "NOW = dtm.datetime.now(dtm.UTC)\n"
                "TODAY = date.today\n"
            ),
        },
        {
            "rules' clock": ["bot.programme.phases:3 .now()"],
            "clock": [
                "bot.programme.phases:3 reads the clock (datetime.datetime.now)",
                "bot.programme.phases:4 reads the clock (datetime.date.today)",
            ],
        },
    ),
    "the clock read outside the rules": (
        {
            "jobs/planner.py": (
                "import time\n"
                "from datetime import datetime as DT\n"
                "started = time.monotonic()\n"
                "now = DT.utcnow\n"
                "stamp = time.strftime('%H:%M')\n"
                "given = time.strftime('%H:%M', time.gmtime(0))\n"
            ),
            "bot/handlers/prologue.py": (
                "import asyncio\nimport time as t\n"
                "async def stop() -> float:\n"
                "    loop = asyncio.get_running_loop()\n"
                "    return loop.time() + t.time_ns()\n"
            ),
        },
        {
            "clock": [
                "jobs.planner:3 reads the clock (time.monotonic)",
                "jobs.planner:4 reads the clock (datetime.datetime.utcnow)",
                "jobs.planner:5 reads the clock (time.strftime)",
                "bot.handlers.prologue:5 reads the clock (asyncio.loop.time)",
                "bot.handlers.prologue:5 reads the clock (time.time_ns)",
            ],
        },
    ),
    "SQL in lower case or an f-string": (
        {
            "bot/handlers/checkin.py": (
                "QUERY = 'select id from participants where chat = ?'\n"
                "TABLE = 'checkins'\n"
                "ADD = f'Insert into {TABLE} (week) values (?)'\n"
                "CHANGE = f'update {TABLE} set week = ?'\n"
                "GONE = 'delete from reminders'\n"
                "COLUMNS = 'id, week'\n"
                "ALL = 'select ' + COLUMNS + ' from checkins'\n"
            ),
        },
        {
            "sql": [
                "bot.handlers.checkin:1 holds SQL",
                "bot.handlers.checkin:3 holds SQL",
                "bot.handlers.checkin:4 holds SQL",
                "bot.handlers.checkin:5 holds SQL",
                "bot.handlers.checkin:7 holds SQL",
            ],
        },
    ),
    "a handler importing the embedded server, the app the demo": (
        {
            "bot/handlers/checkin.py": "from ..botapi import server\n",
            "bot/handlers/prologue.py": "import bot.callbacks\nSERVE = bot.botapi.server.serve\n",
            "bot/app.py": "import bot.demo.local\n",
            "bot/keyboards.py": "from . import handlers\n",
        },
        {
            "upward": [
                "bot.handlers.checkin:1 (handlers) imports bot.botapi.server (server)",
                "bot.handlers.prologue:2 (handlers) imports bot.botapi.server (server)",
                "bot.app:1 (wiring) imports bot.demo.local (demo)",
                "bot.keyboards:1 (telegram) imports bot.handlers (handlers)",
            ],
            "cycles": ["bot.app → bot.demo.local → bot.app"],
        },
    ),
    "the embedded server importing the product, storage the Telegram side": (
        {
            "bot/botapi/server.py": "from bot.storage import reminders\nimport messages.nl\n",
            "bot/storage/reminders.py": (
                "from ..handlers import checkin\n"
                "from .. import outgoing\n"
                "import importlib\n"
                "TELEGRAM = importlib.import_module('telegram')\n"
            ),
            "bot/outgoing.py": "",
        },
        {
            "isolated": [
                "bot.botapi.server:1 imports bot.storage.reminders",
                "bot.botapi.server:2 imports messages.nl",
            ],
            "upward": [
                "bot.storage.reminders:1 (storage) imports bot.handlers.checkin (handlers)",
                "bot.storage.reminders:2 (storage) imports bot.outgoing (handlers)",
            ],
            "impure storage": ["bot.storage.reminders:4 imports telegram"],
            "cycles": [
                "bot.handlers.checkin → bot.services.checkins → jobs.planner → "
                "bot.storage.reminders → bot.handlers.checkin"
            ],
        },
    ),
    # Not one the issue found, but the layer it asked for (item 4): the renderers draw from
    # the rules' results, in memory.
    "a renderer reading the database, the rules importing a renderer": (
        {
            "bot/render/chart.py": "import sqlite3\nfrom ..storage import reminders\n",
            "bot/programme/phases.py": "from bot.render import chart\n",
        },
        {
            "upward": [
                "bot.programme.phases:1 (rules) imports bot.render.chart (renderers)",
                "bot.render.chart:2 (renderers) imports bot.storage.reminders (storage)",
            ],
            "impure renderers": ["bot.render.chart:1 imports sqlite3"],
            "sql": ["bot.render.chart:1 imports sqlite3"],
            "cycles": [
                "bot.storage.reminders → bot.programme.phases → bot.render.chart → "
                "bot.storage.reminders"
            ],
        },
    ),
}


def write_tree(root: Path, files: Mapping[str, str]) -> dict[str, str]:
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return read_sources(root)


def findings(sources: Sources) -> dict[str, list[str]]:
    return {name: sorted(found) for name, check in CHECKS.items() if (found := check(sources))}


def test_the_clean_tree_keeps_every_rule(tmp_path: Path) -> None:
    assert findings(write_tree(tmp_path, CLEAN_TREE)) == {}


@pytest.mark.parametrize("hole", list(BROKEN_TREES))
def test_each_hole_the_issue_found_is_caught(tmp_path: Path, hole: str) -> None:
    breaks, expected = BROKEN_TREES[hole]
    found = findings(write_tree(tmp_path, {**CLEAN_TREE, **breaks}))
    assert found == {check: sorted(said) for check, said in expected.items()}
