"""When the next thing is due, across what is stored: a reminder or check-in event, a person's
planning, an open check-in's expiry. What `make demo` moves its clock to, step by step."""

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
