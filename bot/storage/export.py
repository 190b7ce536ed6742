"""A person's own copy of everything stored about them (/export)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

# Every table that holds a person's data, each query scoped to that one person.
_TABLES = {
    "participant": "SELECT * FROM participants WHERE id = ?",
    "reminders": "SELECT kind, slot, local_date, due_at, status, answer, answered_at, "
    "snoozes, sent_at FROM occurrences WHERE participant_id = ? ORDER BY due_at, id",
    "reminder_weeks": "SELECT week_start, kind, sent, done, skipped, snoozed, itch_done "
    "FROM reminder_weeks "
    "WHERE participant_id = ? ORDER BY week_start, kind",
    "water": "SELECT local_date, glasses FROM water WHERE participant_id = ? ORDER BY local_date",
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


def export(db: Database, participant_id: int) -> dict[str, Any]:
    data: dict[str, Any] = {
        name: list(db.query(sql, [participant_id])) for name, sql in _TABLES.items()
    }
    data["participant"] = data["participant"][0] if data["participant"] else None
    return data
