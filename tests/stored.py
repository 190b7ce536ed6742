"""What the tests read from, or write into, the database behind storage's back: the one place
in the tests that holds SQL (tests/test_no_sql_in_tests.py keeps it so).

A test reads what was stored through storage's own API (`Store` and its parts). What is here is
for the tests alone: counting every row of a table, proving that nothing about a person is left
in any table, a crash test's raw state (the claims, a reminder's failure reason), and a state no
product write makes on purpose (a zone an older tzdata knew, a row backdated).
"""

from __future__ import annotations

import datetime as dtm
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot.programme.times import from_epoch
from bot.storage import Store

Row = tuple[Any, ...]


# -- any table ----------------------------------------------------------------------------------


def tables(store: Store) -> list[str]:
    """The name of every table in the database."""
    rows = store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return [str(name) for (name,) in rows]


def columns(store: Store, table: str) -> list[str]:
    """The names of a table's columns, in their order."""
    return [str(c[1]) for c in store.db.execute(f"PRAGMA table_info({table})").fetchall()]


def count_rows(store: Store, table: str) -> int:
    """How many rows a table holds, whoever they are about."""
    return int(store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def all_rows(store: Store, table: str) -> list[Row]:
    """Every row of a table, every column, sorted by its first three columns."""
    rows = store.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall()
    return [tuple(row) for row in rows]


def texts_containing(store: Store, words: Sequence[str]) -> list[str]:
    """Every text value in the database, any table and column, with one of these words."""
    found = []
    for table in tables(store):
        for row in store.db.execute(f"SELECT * FROM {table}").fetchall():
            found += [v for v in row if isinstance(v, str) and any(w in v for w in words)]
    return found


def rows_about(store: Store, table: str, person: int) -> list[Row]:
    """Every row of a table that names this person: `participants` by its id, any other
    table by its `participant_id`."""
    column = "id" if table == "participants" else "participant_id"
    found = store.db.execute(f"SELECT * FROM {table} WHERE {column} = ?", [person])
    return [tuple(row) for row in found.fetchall()]


def drop_table(store: Store, table: str) -> None:
    """Take a table away: a database that no longer answers as it should."""
    store.db.execute(f"DROP TABLE {table}")


def first_day_in(store: Store, table: str) -> dtm.date | None:
    """The earliest `local_date` a table holds, anyone's (None: it is empty)."""
    found = store.db.execute(f"SELECT min(local_date) FROM {table}").fetchone()[0]
    return dtm.date.fromisoformat(found) if found else None


def foreign_key_violations(store: Store) -> list[Row]:
    """Rows whose foreign key points at nothing (SQLite's own check)."""
    return [tuple(row) for row in store.db.execute("PRAGMA foreign_key_check").fetchall()]


def auto_vacuum(store: Store) -> int:
    """The file's auto-vacuum mode: 0 none, 1 full, 2 incremental."""
    return int(store.db.execute("PRAGMA auto_vacuum").fetchone()[0])


def free_pages(store: Store) -> int:
    """How many pages of the file are free (given back by a vacuum, or not yet)."""
    return int(store.db.execute("PRAGMA freelist_count").fetchone()[0])


# -- the statements storage runs, and how SQLite runs them ------------------------------------


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """Every statement the store's connection runs inside the block, in order."""
    ran: list[str] = []
    store.db.conn.set_trace_callback(ran.append)
    try:
        yield ran
    finally:
        store.db.conn.set_trace_callback(None)


def finds_rows(sql: str) -> bool:
    """Whether a statement looks rows up: a select, an update or a delete."""
    return sql.split(None, 1)[0].upper() in ("SELECT", "UPDATE", "DELETE")


def is_update(sql: str) -> bool:
    return sql.startswith("UPDATE")


def query_plan(store: Store, sql: str) -> str:
    """How SQLite would run a statement, its steps joined by " | " ("SCAN occurrences": a
    whole table read)."""
    return " | ".join(row[3] for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}"))


# -- another process on the same file -----------------------------------------------------------


def outside_connection(path: Path) -> sqlite3.Connection:
    """A connection of another process (an operator's tool, say): it never waits for a lock."""
    return sqlite3.connect(path, timeout=0, isolation_level=None)


def take_write_lock(outsider: sqlite3.Connection) -> None:
    """The outsider takes the database's write lock and holds it until released."""
    outsider.execute("BEGIN IMMEDIATE")


def release_write_lock(outsider: sqlite3.Connection) -> None:
    outsider.execute("COMMIT")


# -- participants -------------------------------------------------------------------------------


def plan_errors(store: Store, person: int) -> int:
    """How many times in a row planning this person failed (0: the last time it worked)."""
    row = store.db.execute("SELECT plan_errors FROM participants WHERE id = ?", [person])
    return int(row.fetchone()[0])


def store_zone(store: Store, person: int, zone: str) -> None:
    """Write a time zone unchecked and commit it: one an older tzdata knew, or none at all."""
    store.db.execute("UPDATE participants SET timezone = ? WHERE id = ?", [zone, person])
    store.db.conn.commit()


def stop_everyone(store: Store) -> None:
    """Every participant's status becomes "stopped", in the transaction the caller holds."""
    store.db.execute("UPDATE participants SET status = 'stopped'")


# -- reminders ----------------------------------------------------------------------------------


def reminder_outcomes(store: Store, kind: str, slot: int, day: dtm.date) -> list[tuple[str, Any]]:
    """(status, failure reason) of everyone's reminder of this kind, slot and day."""
    rows = store.db.execute(
        "SELECT status, fail_reason FROM occurrences WHERE kind = ? AND slot = ? "
        "AND local_date = ? ORDER BY participant_id",
        [kind, slot, day.isoformat()],
    )
    return [(str(status), reason) for status, reason in rows.fetchall()]


def sent_at(store: Store, person: int, kind: str) -> list[dtm.datetime]:
    """When each of this person's reminders of a kind was sent, in that order."""
    rows = store.db.execute(
        "SELECT sent_at FROM occurrences WHERE participant_id = ? AND kind = ? "
        "AND status = 'sent' ORDER BY sent_at",
        [person, kind],
    )
    return [from_epoch(int(at)) for (at,) in rows.fetchall()]


def count_reminders(store: Store, status: str) -> int:
    """How many reminder rows, anyone's, have this status."""
    row = store.db.execute("SELECT count(*) FROM occurrences WHERE status = ?", [status])
    return int(row.fetchone()[0])


def fail_reasons(store: Store) -> dict[int, str | None]:
    """Why each reminder row, anyone's, was not sent, by its id (None: it was, or not yet)."""
    rows = store.db.execute("SELECT id, fail_reason FROM occurrences").fetchall()
    return {int(row_id): reason for row_id, reason in rows}


def reminder_statuses(store: Store) -> dict[str, int]:
    """How many reminder rows, anyone's, there are of each status."""
    rows = store.db.execute("SELECT status, count(*) FROM occurrences GROUP BY status")
    return {str(status): int(count) for status, count in rows.fetchall()}


def sent_reminder_messages(store: Store) -> list[tuple[int, int]]:
    """(participant, Telegram's message id) of every reminder row recorded as sent."""
    rows = store.db.execute(
        "SELECT participant_id, message_id FROM occurrences WHERE status = 'sent'"
    ).fetchall()
    return [(int(person), int(message)) for person, message in rows]


def replace_reminder_history(store: Store, person: int, rows: list[Row]) -> None:
    """This person's reminder rows become `rows`, committed: each (kind, slot, local date, due
    at, status, answer, answered at, snoozes, sent at), dates and moments as stored (ISO day,
    epoch seconds). Months of a history written at once, as no product write makes them."""
    store.db.execute("DELETE FROM occurrences WHERE participant_id = ?", [person])
    store.db.conn.executemany(
        "INSERT INTO occurrences (participant_id, kind, slot, local_date, due_at, status, "
        "answer, answered_at, snoozes, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(person, *row) for row in rows],
    )
    store.db.conn.commit()


def delete_every_reminder(store: Store) -> None:
    """Everyone's reminder rows go, whatever became of them (a test then adds its own)."""
    store.db.execute("DELETE FROM occurrences")


# -- the webhook's inbox and the demo's clock ---------------------------------------------------


def inbox_rows(store: Store) -> list[tuple[int, str | None, int | None]]:
    """(update_id, body, handled_at) of every update in the inbox, by update_id."""
    rows = store.db.execute("SELECT update_id, body, handled_at FROM inbox ORDER BY update_id")
    return [(int(update_id), body, handled_at) for update_id, body, handled_at in rows]


def forget_demo_clock(store: Store) -> None:
    """As if the demo never saved its clock in this database."""
    store.db.execute("DELETE FROM meta WHERE key = 'demo_clock'")


# -- claims (the dispatcher's, per person) ------------------------------------------------------


def claims_on_wire(store: Store) -> list[str | None]:
    """Each claim's rows on the wire, as stored ("3,5": ids; None: none)."""
    rows = store.db.execute("SELECT on_wire FROM claims ORDER BY participant_id").fetchall()
    return [wire for (wire,) in rows]


def count_on_wire(store: Store) -> int:
    """How many reminders the claims mark as on their way to Telegram."""
    return sum(len(wire.split(",")) for wire in claims_on_wire(store) if wire is not None)


# -- check-ins ----------------------------------------------------------------------------------


def checkin_triggers(store: Store) -> list[str]:
    """The triggers of everyone's check-ins as stored, in the order they opened: "dairy,stress",
    "none" (nothing noticed), "" (not answered)."""
    rows = store.db.execute("SELECT triggers FROM checkins ORDER BY id").fetchall()
    return [str(triggers) for (triggers,) in rows]
