"""Who takes part: one row per person (their Telegram user id, never a name), with their
settings, onboarding step, status and planning horizon."""

from __future__ import annotations

import datetime as dtm

from sqlite_utils import Database

from bot.programme.records import PARTICIPANT_FIELDS, Participant
from bot.programme.times import epoch

_COLUMNS = ", ".join(PARTICIPANT_FIELDS)
PLAN_RETRY_FIRST = dtm.timedelta(minutes=1)
PLAN_RETRY_MAX = dtm.timedelta(hours=6)
_UPDATABLE = frozenset(PARTICIPANT_FIELDS) - {"id", "created_at"}


class Participants:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, participant_id: int) -> Participant | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM participants WHERE id = ?", [participant_id]
        ).fetchone()
        return Participant(*row) if row else None

    def begin_onboarding(
        self, participant_id: int, language: str, timezone: str, now: dtm.datetime
    ) -> Participant:
        self.db.execute(
            "INSERT OR IGNORE INTO participants (id, language, timezone, created_at) "
            "VALUES (?, ?, ?, ?)",
            [participant_id, language, timezone, epoch(now)],
        )
        participant = self.get(participant_id)
        assert participant is not None
        return participant

    def update(self, participant_id: int, **values: object) -> Participant:
        unknown = set(values) - _UPDATABLE
        if unknown:
            raise ValueError(f"unknown participant fields: {sorted(unknown)}")
        if not values:
            found = self.get(participant_id)
            if found is None:
                raise LookupError("participant vanished")
            return found
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.db.execute(
            f"UPDATE participants SET {assignments} WHERE id = ?",
            [*values.values(), participant_id],
        )
        participant = self.get(participant_id)
        if participant is None:
            raise LookupError("participant vanished")
        return participant

    def delete(self, participant_id: int) -> None:
        """Erase a person: the foreign keys cascade to every row that belongs to them."""
        with self.db.atomic():
            self.db.execute("DELETE FROM participants WHERE id = ?", [participant_id])

    def erase_abandoned(self, before: dtm.datetime) -> int:
        """Onboarding begun before `before` and never finished: erased, with all it held."""
        with self.db.atomic():
            return self.db.execute(
                "DELETE FROM participants WHERE status = 'onboarding' AND created_at < ?",
                [epoch(before)],
            ).rowcount

    def zones(self) -> list[str]:
        """Every time zone stored, once each (a few dozen at most)."""
        return [row[0] for row in self.db.execute("SELECT DISTINCT timezone FROM participants")]

    def with_zone(self, zone: str) -> list[int]:
        return [
            row[0]
            for row in self.db.execute("SELECT id FROM participants WHERE timezone = ?", [zone])
        ]

    def plan_failed(self, participant_id: int, now: dtm.datetime) -> int:
        """Planning this person raised: try again later, twice as late each time it fails
        again (1 minute, 2, 4, ... up to 6 hours). Returns how many times in a row it failed."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE participants SET plan_errors = plan_errors + 1 WHERE id = ?",
                [participant_id],
            )
            row = self.db.execute(
                "SELECT plan_errors FROM participants WHERE id = ?", [participant_id]
            ).fetchone()
            failures = int(row[0]) if row else 1
            backoff = min(PLAN_RETRY_FIRST * 2 ** (failures - 1), PLAN_RETRY_MAX)
            self.db.execute(
                "UPDATE participants SET next_plan_at = ? WHERE id = ?",
                [epoch(now + backoff), participant_id],
            )
        return failures

    def due_for_planning(self, now: dtm.datetime, limit: int) -> list[Participant]:
        """Active people whose planning horizon has come, the longest-waiting first."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM participants WHERE status = 'active' "
            "AND next_plan_at <= ? ORDER BY next_plan_at LIMIT ?",
            [epoch(now), limit],
        ).fetchall()
        return [Participant(*row) for row in rows]
