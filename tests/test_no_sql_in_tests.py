"""The tests read and set up what is stored through storage's API, or through tests/stored.py,
the one test helper that holds SQL: the schema does not leak into the tests (issue 21).

A string is SQL as tests/test_layers.py reads it for the product (a statement's shape, in any
case, an f-string's holes filled in), and so is any string handed to a connection's `execute`,
`executemany`, `executescript` or sqlite-utils' `query`. Where SQL itself is the subject, a
file or one test in it may keep it, with the reason beside it.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping

from tests.test_layers import looks_like_sql, read_tests, text_of

# The one test helper that holds SQL.
HELPER = "tests.stored"
# Where SQL is the subject, with the reason: a module, or "module::test" for one test in it.
ALLOWED: Mapping[str, str] = {
    HELPER: "the one place in the tests that reads or writes the database behind storage",
    "tests.test_layers": "SQL as data: its self-test's broken trees, and the words it looks for",
    "tests.test_no_sql_in_tests": "SQL as data: this test's own self-test",
    "tests.storage.test_backup": "backups of a live SQLite file: another process writing to it, "
    "the copy read back and checked (integrity_check), a file that is not ours",
    "tests.storage.test_questions::test_migration_0013_keeps_the_meaning_of_open_questions_and"
    "_one_checkin_a_week": "rows written in the schema before migration 0013, read after it",
    "tests.storage.test_diary": "the itch and water tables' own layout (WITHOUT ROWID, their "
    "pages in dbstat) and migration 0022, rows written in the schema before it",
}
# What a connection (sqlite3, sqlite-utils) runs: any string given to one of these is SQL.
RUNS_SQL = frozenset({"execute", "executemany", "executescript", "query"})

Sources = Mapping[str, str]  # module name -> its source text


def _tests_by_line(tree: ast.Module) -> dict[int, str]:
    """Each line of a top-level function (a test, a helper), with the function's name."""
    found: dict[int, str] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                found[line] = node.name
    return found


def _sql_lines(tree: ast.Module) -> set[int]:
    lines = {
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp)
        and looks_like_sql(text_of(node))
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in RUNS_SQL
            and node.args
            and isinstance(node.args[0], ast.Constant | ast.JoinedStr | ast.BinOp)
            and text_of(node.args[0]).strip()
        ):
            lines.add(node.lineno)
    return lines


def sql_in_tests(sources: Sources, allowed: Mapping[str, str] = ALLOWED) -> list[str]:
    """Every line of a test module outside the allowed places that holds SQL."""
    found = []
    for module, text in sorted(sources.items()):
        if module in allowed:
            continue
        tree = ast.parse(text)
        tests = _tests_by_line(tree)
        for line in sorted(_sql_lines(tree)):
            if f"{module}::{tests.get(line)}" not in allowed:
                found.append(f"{module}:{line} holds SQL")
    return found


def test_no_test_outside_the_helper_holds_sql() -> None:
    tests = {name: text for name, text in read_tests().items() if name.startswith("tests.")}
    assert sql_in_tests(tests) == []


def test_every_place_allowed_sql_exists_and_holds_some() -> None:
    """An allowance that is no longer needed goes."""
    tests = {name: text for name, text in read_tests().items() if name.startswith("tests.")}
    for where in ALLOWED:
        module, _, test = where.partition("::")
        assert module in tests, where
        tree = ast.parse(tests[module])
        names = _tests_by_line(tree)
        lines = _sql_lines(tree)
        assert lines, f"{where} holds no SQL: take it off the list"
        assert not test or any(names.get(line) == test for line in lines), where


def test_the_check_catches_sql_in_any_case_and_shape() -> None:
    broken = {
        "tests.e2e.test_a": (
            "def test_one(harness):\n"
            '    harness.store.db.execute("select count(*) from claims")\n'  # 2: lower case
            "    table = 'itch'\n"
            '    rows = store.db.execute(f"SELECT * FROM {table} WHERE id = ?", [1])\n'  # 4
            "    store.db.execute('Delete From occurrences')\n"  # 5: mixed case
            "    db.execute('pragma foreign_key_check')\n"  # 6
            "    db.conn.executemany(QUERY, rows)\n"  # a name: its string is caught where it is
            "QUERY = 'insert into water values (?, ?, ?)'\n"  # 8
            "UPDATE = 'update participants set status = ' + \"'stopped'\"\n"  # 9: concatenated
            "def test_two(store):\n"
            "    store.db.query('whatever this is')\n"  # 11: handed to a connection
            '    assert "Select a time, please" in text\n'  # words, not a statement
            "    store.db.execute(sql)\n"  # a name, not a string: nothing here to read
        ),
        "tests.stored": 'def rows(store):\n    return store.db.execute("SELECT * FROM itch")\n',
        "tests.test_b": (
            "def test_kept(db):\n"
            '    db.execute("DELETE FROM meta")\n'
            "def test_other(db):\n"
            '    db.execute("DELETE FROM meta")\n'  # 4: only test_kept may
        ),
    }
    allowed = {"tests.stored": "the helper", "tests.test_b::test_kept": "its subject"}
    assert sql_in_tests(broken, allowed) == [
        "tests.e2e.test_a:2 holds SQL",
        "tests.e2e.test_a:4 holds SQL",
        "tests.e2e.test_a:5 holds SQL",
        "tests.e2e.test_a:6 holds SQL",
        "tests.e2e.test_a:8 holds SQL",
        "tests.e2e.test_a:9 holds SQL",
        "tests.e2e.test_a:11 holds SQL",
        "tests.test_b:4 holds SQL",
    ]
    assert sql_in_tests(broken, {}) == [
        *sql_in_tests(broken, allowed)[:7],
        "tests.stored:2 holds SQL",
        "tests.test_b:2 holds SQL",
        "tests.test_b:4 holds SQL",
    ]
