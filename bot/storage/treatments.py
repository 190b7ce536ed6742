"""What a person (or their child) uses, as they typed it (/treatment): one row each."""

from __future__ import annotations

import datetime as dtm
from typing import Any

from sqlite_utils import Database

from bot.programme.records import About, about_of
from bot.programme.times import epoch
from bot.programme.treatment import Purpose, TreatmentRow, UseCount, purpose_of

_COLUMNS = "id, name, purpose, since, stopped, about, daily"


def _row(row: Any) -> TreatmentRow:
    return TreatmentRow(
        id=int(row[0]),
        name=str(row[1]),
        purpose=purpose_of(row[2]),
        since=dtm.date.fromisoformat(row[3]),
        stopped=None if row[4] is None else dtm.date.fromisoformat(row[4]),
        about=about_of(row[5]),
        daily=bool(row[6]),
    )


class Treatments:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self, participant_id: int) -> list[TreatmentRow]:
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM treatments WHERE participant_id = ? ORDER BY id",
            [participant_id],
        ).fetchall()
        return [_row(r) for r in rows]

    def get(self, participant_id: int, treatment_id: int) -> TreatmentRow | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM treatments WHERE participant_id = ? AND id = ?",
            [participant_id, treatment_id],
        ).fetchone()
        return _row(row) if row else None

    def add(
        self, participant_id: int, name: str, since: dtm.date, about: About, now: dtm.datetime
    ) -> int:
        """A new row, not yet shown: what it is for is picked next. Earlier rows left halfway
        (no purpose picked) go."""
        with self.db.atomic():
            self.discard_unfinished(participant_id)
            cursor = self.db.execute(
                "INSERT INTO treatments (participant_id, name, since, about, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [participant_id, name, since.isoformat(), about, epoch(now)],
            )
        return int(cursor.lastrowid or 0)

    def discard_unfinished(self, participant_id: int) -> None:
        self.db.execute(
            "DELETE FROM treatments WHERE participant_id = ? AND purpose IS NULL",
            [participant_id],
        )

    def set_purpose(self, participant_id: int, treatment_id: int, purpose: Purpose) -> None:
        self.db.execute(
            "UPDATE treatments SET purpose = ? WHERE participant_id = ? AND id = ?",
            [purpose, participant_id, treatment_id],
        )

    def set_since(self, participant_id: int, treatment_id: int, since: dtm.date) -> None:
        self.db.execute(
            "UPDATE treatments SET since = ? WHERE participant_id = ? AND id = ?",
            [since.isoformat(), participant_id, treatment_id],
        )

    def set_daily(self, participant_id: int, treatment_id: int, daily: bool) -> None:
        self.db.execute(
            "UPDATE treatments SET daily = ? WHERE participant_id = ? AND id = ?",
            [int(daily), participant_id, treatment_id],
        )

    def toggle_use(
        self, participant_id: int, treatment_id: int, day: dtm.date, now: dtm.datetime
    ) -> bool:
        """Used on `day`, or no longer; returns whether it is noted as used now."""
        with self.db.atomic():
            gone = self.db.execute(
                "DELETE FROM treatment_uses WHERE participant_id = ? AND treatment_id = ? "
                "AND local_date = ?",
                [participant_id, treatment_id, day.isoformat()],
            ).rowcount
            if gone:
                return False
            self.db.execute(
                "INSERT INTO treatment_uses (participant_id, treatment_id, local_date, noted_at) "
                "SELECT participant_id, id, ?, ? FROM treatments "
                "WHERE participant_id = ? AND id = ?",
                [day.isoformat(), epoch(now), participant_id, treatment_id],
            )
        return True

    def used_on(self, participant_id: int, day: dtm.date) -> set[int]:
        """The treatments noted as used on `day`."""
        rows = self.db.execute(
            "SELECT treatment_id FROM treatment_uses WHERE participant_id = ? AND local_date = ?",
            [participant_id, day.isoformat()],
        ).fetchall()
        return {int(r[0]) for r in rows}

    def use_counts(self, participant_id: int) -> dict[int, UseCount]:
        """Each treatment's evenings ticked as used while it was in use (from its start to
        the day it stopped, that day not included), by its id (none: not in the mapping)."""
        rows = self.db.execute(
            "SELECT u.treatment_id, count(*), min(u.local_date), max(u.local_date) "
            "FROM treatment_uses u JOIN treatments t "
            "ON t.id = u.treatment_id AND t.participant_id = u.participant_id "
            "WHERE u.participant_id = ? AND u.local_date >= t.since "
            "AND (t.stopped IS NULL OR u.local_date < t.stopped) GROUP BY u.treatment_id",
            [participant_id],
        ).fetchall()
        return {
            int(tid): UseCount(int(n), dtm.date.fromisoformat(a), dtm.date.fromisoformat(b))
            for tid, n, a, b in rows
        }

    def stop(self, participant_id: int, treatment_id: int, day: dtm.date) -> bool:
        """Stopped on `day` (never before it began); False when it was not in use."""
        cursor = self.db.execute(
            "UPDATE treatments SET stopped = max(?, since) "
            "WHERE participant_id = ? AND id = ? AND stopped IS NULL AND purpose IS NOT NULL",
            [day.isoformat(), participant_id, treatment_id],
        )
        return cursor.rowcount > 0
