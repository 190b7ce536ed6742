"""The weekly check-ins: one row each, answered question by question, then done or expired."""

from __future__ import annotations

import datetime as dtm
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from bot.programme.checkin import NO_TRIGGERS, TRIGGERS
from bot.programme.records import CHECKIN_FIELDS, CheckinRow
from bot.programme.times import epoch, from_epoch

_COLUMNS = ", ".join(CHECKIN_FIELDS)
ANSWER_COLUMNS = frozenset(
    {f"poem{i}" for i in range(1, 8)}
    | {"bloating", "pain", "stools", "sleep", "stress", "triggers", "note"}
)
# The order the ticks are stored in ("dairy,stress"): the question's, whatever the taps' order.
_TICK_ORDER = {name: n for n, name in enumerate((*TRIGGERS, NO_TRIGGERS))}


def encode_ticks(ticks: frozenset[str]) -> str:
    """The trigger question's ticks as stored: "dairy,stress", "none", or "" (not answered)."""
    return ",".join(sorted(ticks, key=lambda name: (_TICK_ORDER.get(name, len(_TICK_ORDER)), name)))


def decode_ticks(stored: str) -> frozenset[str]:
    return frozenset(name for name in stored.split(",") if name)


def _checkin(row: Sequence[Any]) -> CheckinRow:
    """A stored row as the rules read it: its day a date, its moments aware UTC datetimes, its
    ticks a set."""
    stored = dict(zip(CHECKIN_FIELDS, row, strict=True))
    completed = stored["completed_at"]
    stored |= {
        "local_date": dtm.date.fromisoformat(stored["local_date"]),
        "opened_at": from_epoch(stored["opened_at"]),
        "expires_at": from_epoch(stored["expires_at"]),
        "triggers": decode_ticks(stored["triggers"]),
        "completed_at": None if completed is None else from_epoch(completed),
    }
    return CheckinRow(**stored)


class Checkins:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _one(self, where: str, params: list[object]) -> CheckinRow | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM checkins WHERE {where}", params).fetchone()
        return _checkin(row) if row else None

    def open_one(self, participant_id: int) -> CheckinRow | None:
        """The participant's check-in in progress (there is at most one)."""
        return self._one(
            "participant_id = ? AND status = 'open' ORDER BY id DESC LIMIT 1", [participant_id]
        )

    def get(self, participant_id: int, checkin_id: int) -> CheckinRow | None:
        return self._one("id = ? AND participant_id = ?", [checkin_id, participant_id])

    def start(
        self,
        participant_id: int,
        source: str,
        local_date: dtm.date,
        now: dtm.datetime,
        expires: dtm.datetime,
        about: str = "self",
    ) -> CheckinRow:
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO checkins "
                "(participant_id, source, local_date, opened_at, expires_at, about) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [participant_id, source, local_date.isoformat(), epoch(now), epoch(expires), about],
            )
        found = self.get(participant_id, int(cursor.lastrowid or 0))
        assert found is not None
        return found

    def answer(
        self,
        participant_id: int,
        checkin_id: int,
        step: int,
        column: str | None,
        value: object,
        next_step: int,
    ) -> bool:
        """Store the answer to question `step` and move on; False if that question is not open
        (an old button, or a second tap): then nothing changes."""
        if column is not None and column not in ANSWER_COLUMNS:
            raise ValueError(f"not a check-in answer: {column}")
        assignment = f"{column} = ?, " if column else ""
        if isinstance(value, frozenset):  # the trigger question's ticks
            value = encode_ticks(value)
        params: list[object] = [value] if column else []
        with self.db.atomic():
            cursor = self.db.execute(
                f"UPDATE checkins SET {assignment}step = ? WHERE id = ? AND participant_id = ? "
                "AND status = 'open' AND step = ?",
                [*params, next_step, checkin_id, participant_id, step],
            )
        return cursor.rowcount == 1

    def set_triggers(
        self, participant_id: int, checkin_id: int, step: int, triggers: frozenset[str]
    ) -> bool:
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE checkins SET triggers = ? WHERE id = ? AND participant_id = ? "
                "AND status = 'open' AND step = ?",
                [encode_ticks(triggers), checkin_id, participant_id, step],
            )
        return cursor.rowcount == 1

    def complete(
        self, participant_id: int, checkin_id: int, skin_score: int | None, now: dtm.datetime
    ) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE checkins SET status = 'done', skin_score = ?, completed_at = ? "
                "WHERE id = ? AND participant_id = ? AND status = 'open'",
                [skin_score, epoch(now), checkin_id, participant_id],
            )

    def fix(
        self,
        participant_id: int,
        checkin_id: int,
        column: str,
        value: int | float,
        skin_score: int | None,
    ) -> None:
        """A finished check-in's answer changed (its skin score with it); the caller keeps
        what it replaced (Diary.correct)."""
        if column not in CHECKIN_FIELDS or column in ("id", "participant_id", "status"):
            raise ValueError(f"not an answer: {column}")
        with self.db.atomic():
            self.db.execute(
                f"UPDATE checkins SET {column} = ?, skin_score = ? "
                "WHERE id = ? AND participant_id = ? AND status = 'done'",
                [value, skin_score, checkin_id, participant_id],
            )

    def replaced(self, participant_id: int, checkin_id: int) -> None:
        """A later check-in of the same programme week stands instead: this one is kept, and
        no longer counted."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE checkins SET status = 'replaced' WHERE id = ? AND participant_id = ? "
                "AND status = 'done'",
                [checkin_id, participant_id],
            )

    def expire(self, now: dtm.datetime) -> int:
        """Everyone's open check-ins past their expiry: the one query not about one person."""
        with self.db.atomic():
            return self.db.execute(
                "UPDATE checkins SET status = 'expired' WHERE status = 'open' AND expires_at <= ?",
                [epoch(now)],
            ).rowcount

    def completed(self, participant_id: int) -> list[CheckinRow]:
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM checkins WHERE participant_id = ? AND status = 'done' "
            "ORDER BY completed_at, id",
            [participant_id],
        ).fetchall()
        return [_checkin(row) for row in rows]

    def all(self, participant_id: int) -> list[CheckinRow]:
        """Every check-in of this person, whatever became of it, in the order they opened."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM checkins WHERE participant_id = ? ORDER BY id",
            [participant_id],
        ).fetchall()
        return [_checkin(row) for row in rows]
