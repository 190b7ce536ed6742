"""When the next thing is due, across what is stored: a reminder or check-in event, a person's
planning, an open check-in's expiry. What `make demo` moves its clock to, step by step, and
where its clock stood when it stopped (`make demo ARGS="--db FILE"` goes on from there)."""

from __future__ import annotations

import datetime as dtm

from sqlite_utils import Database

from bot.programme.times import epoch, from_epoch


def next_event(db: Database, after: dtm.datetime) -> dtm.datetime | None:
    """The first instant after `after` at which the dispatcher has something to do."""
    found = db.execute(
        "SELECT min(t) FROM ("
        "SELECT min(due_at) AS t FROM occurrences WHERE status = 'planned' AND due_at > ? "
        "UNION ALL SELECT min(next_plan_at) FROM participants "
        "WHERE status = 'active' AND next_plan_at > ? "
        "UNION ALL SELECT min(expires_at) FROM checkins WHERE status = 'open' AND expires_at > ?"
        ")",
        [epoch(after)] * 3,
    ).fetchone()[0]
    return from_epoch(int(found)) if found is not None else None


DEMO_CLOCK = "demo_clock"
# The moments something was recorded at the clock's time: the latest is where a clock stood.
_RECORDED = (
    ("participants", "created_at"),
    ("occurrences", "sent_at"),
    ("occurrences", "answered_at"),
    ("checkins", "opened_at"),
    ("checkins", "completed_at"),
    ("itch", "answered_at"),
    ("day_triggers", "noted_at"),
)


def demo_clock(db: Database) -> dtm.datetime | None:
    """Where the demo's clock stood when it last stopped on this database; for a database it
    never saved its clock in, the latest moment anything was recorded. None when empty."""
    saved = db.execute("SELECT value FROM meta WHERE key = ?", [DEMO_CLOCK]).fetchone()
    if saved is not None:
        return dtm.datetime.fromisoformat(saved[0])
    latest = " UNION ALL ".join(
        f"SELECT max({column}) AS t FROM {table}" for table, column in _RECORDED
    )
    found = db.execute(f"SELECT max(t) FROM ({latest})").fetchone()
    return from_epoch(int(found[0])) if found[0] is not None else None


def save_demo_clock(db: Database, instant: dtm.datetime) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [DEMO_CLOCK, instant.astimezone(dtm.UTC).isoformat()],
        )
