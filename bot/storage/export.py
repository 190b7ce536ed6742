"""A person's own copy of everything stored about them (/export)."""

from __future__ import annotations

import datetime as dtm
from typing import Any

from sqlite_utils import Database

from bot.programme.times import from_epoch
from bot.storage.diary import WATER_DAYS_SQL
from bot.storage.participants import decoded_row

# Every table that holds a person's data, each query scoped to that one person.
_TABLES = {
    "participant": "SELECT * FROM participants WHERE id = ?",
    "reminders": "SELECT kind, slot, local_date, due_at, status, answer, answered_at, "
    "snoozes, sent_at FROM occurrences WHERE participant_id = ? ORDER BY due_at, id",
    "reminder_weeks": "SELECT week_start, kind, sent, done, skipped, snoozed, itch_done "
    "FROM reminder_weeks "
    "WHERE participant_id = ? ORDER BY week_start, kind",
    "water": WATER_DAYS_SQL,  # the days kept and the weeks packed (jobs/compaction.py)
    "checkins": "SELECT * FROM checkins WHERE participant_id = ? ORDER BY id",
    "itch": "SELECT local_date, score, answered_at, about FROM itch WHERE participant_id = ? "
    "ORDER BY local_date",
    "triggers": "SELECT local_date, trigger, about, noted_at FROM day_triggers "
    "WHERE participant_id = ? ORDER BY local_date, trigger",
    "corrections": "SELECT what, local_date, old, new, changed_at FROM corrections "
    "WHERE participant_id = ? ORDER BY id",
    "treatments": "SELECT name, purpose, since, stopped, about, daily, added_at "
    "FROM treatments WHERE participant_id = ? ORDER BY since, id",
    "treatment_uses": "SELECT u.local_date, t.name, u.noted_at FROM treatment_uses u "
    "JOIN treatments t ON t.id = u.treatment_id WHERE u.participant_id = ? "
    "ORDER BY u.local_date, t.since, t.id",
}


# The columns of moments (whole seconds since 1970 as stored) and of days (ISO dates).
_MOMENTS = frozenset(
    {
        "due_at",
        "answered_at",
        "sent_at",
        "opened_at",
        "expires_at",
        "completed_at",
        "noted_at",
        "changed_at",
        "added_at",
    }
)
_DAYS = frozenset({"local_date", "week_start", "since", "stopped"})


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    """A row with its days as dates, its moments as aware UTC datetimes and a check-in's
    ticks ("dairy,stress") as the names, in the order stored."""
    found = dict(row)
    for key, value in row.items():
        if key in _MOMENTS and value is not None:
            found[key] = from_epoch(int(value))
        elif key in _DAYS and value is not None:
            found[key] = dtm.date.fromisoformat(value)
    if "triggers" in row:
        found["triggers"] = tuple(name for name in row["triggers"].split(",") if name)
    return found


def export(db: Database, participant_id: int) -> dict[str, Any]:
    """Every row of the person's, each table a list of column -> value, decoded (the
    participant's own row every column of it, decoded as a `Participant` carries them)."""
    data: dict[str, Any] = {
        name: [
            decoded_row(row) if name == "participant" else _decoded(row)
            for row in db.query(sql, [participant_id])
        ]
        for name, sql in _TABLES.items()
    }
    data["participant"] = data["participant"][0] if data["participant"] else None
    return data
