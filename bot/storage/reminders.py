"""Reminders: each occurrence of each day (participant, kind, slot, local date), from planned to
sent, failed, missed or cancelled, with the answer given; and the claims the dispatcher makes.

The unique key makes planning twice a no-op and sending twice impossible. Before anything is
sent, the dispatcher claims the *person* (one small row in `claims`), so a reminder row is
written once, when its outcome is known.
"""

from __future__ import annotations

import datetime as dtm
from collections.abc import Container, Iterable, Sequence
from typing import Literal

from sqlite_utils import Database

from bot.programme.planning import FIRST_SLOT
from bot.programme.records import OCCURRENCE_FIELDS, OccurrenceRow
from bot.programme.schedule import EventKind, Occurrence
from bot.programme.times import epoch

AnswerResult = Literal["recorded", "already", "unknown"]

RECENT_TIPS = dtm.timedelta(days=7)
_COLUMNS = ", ".join(OCCURRENCE_FIELDS)


class Reminders:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- planning -------------------------------------------------------------------------------

    def save_plan(
        self,
        participant_id: int,
        occurrences: Iterable[Occurrence],
        planned_through: dtm.date,
        next_plan_at: dtm.datetime,
    ) -> None:
        """Insert the day's occurrences and move the person's planning horizon, in one commit."""
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO occurrences (participant_id, kind, slot, local_date, due_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (participant_id, o.kind, o.slot, o.local_date.isoformat(), epoch(o.due))
                    for o in occurrences
                ],
            )
            self.db.execute(
                "UPDATE participants SET planned_through = ?, next_plan_at = ?, plan_errors = 0 "
                "WHERE id = ?",
                [planned_through.isoformat(), epoch(next_plan_at), participant_id],
            )

    def planned_after(self, participant_id: int, now: dtm.datetime) -> list[OccurrenceRow]:
        """What is planned for this person and not yet due, in due order."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM occurrences INDEXED BY idx_occurrences_planned "
            "WHERE participant_id = ? AND status = 'planned' AND due_at > ? ORDER BY due_at, id",
            [participant_id, epoch(now)],
        ).fetchall()
        return [OccurrenceRow(*row) for row in rows]

    def unplan(self, participant_id: int, ids: Sequence[int], now: dtm.datetime) -> None:
        """Forget these planned rows, and plan the person again from `now` (new settings take
        effect); what is not among `ids` stays as it is."""
        marks = ",".join("?" * len(ids))
        with self.db.atomic():
            if ids:
                self.db.execute(
                    f"DELETE FROM occurrences WHERE id IN ({marks}) AND participant_id = ? "
                    "AND status = 'planned'",
                    [*ids, participant_id],
                )
            self.db.execute(
                "UPDATE participants SET planned_through = NULL, next_plan_at = ? WHERE id = ?",
                [epoch(now), participant_id],
            )

    def move(self, participant_id: int, occurrence_id: int, due: dtm.datetime) -> None:
        """A planned row comes at another moment (a promise that a pause would have dropped)."""
        self.db.execute(
            "UPDATE occurrences SET due_at = ? WHERE id = ? AND participant_id = ? "
            "AND status = 'planned'",
            [epoch(due), occurrence_id, participant_id],
        )

    def drop_planned(self, participant_id: int) -> None:
        """Nothing more will be sent to this person until they come back."""
        self.db.execute(
            "DELETE FROM occurrences INDEXED BY idx_occurrences_planned "
            "WHERE participant_id = ? AND status = 'planned'",
            [participant_id],
        )

    def add(
        self,
        participant_id: int,
        kind: EventKind,
        local_date: dtm.date,
        due: dtm.datetime,
        slot: int = 0,
    ) -> None:
        """One occurrence outside the daily plan (a check-in's nudge, a first check-in later)."""
        self.db.execute(
            "INSERT OR IGNORE INTO occurrences (participant_id, kind, slot, local_date, due_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [participant_id, kind, slot, local_date.isoformat(), epoch(due)],
        )

    def first_checkin_planned(self, participant_id: int) -> bool:
        """Whether the first check-in was put off until later (slot 1 of a check-in)."""
        row = self.db.execute(
            "SELECT 1 FROM occurrences WHERE participant_id = ? AND kind = 'checkin' AND slot = ?",
            [participant_id, FIRST_SLOT],
        ).fetchone()
        return row is not None

    def next_of_kind(
        self, participant_id: int, kind: EventKind, after: dtm.datetime
    ) -> OccurrenceRow | None:
        """The next planned row of a kind after `after` (the day's reminder of tomorrow, say)."""
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM occurrences INDEXED BY idx_occurrences_planned "
            "WHERE participant_id = ? AND status = 'planned' AND kind = ? AND due_at > ? "
            "ORDER BY due_at LIMIT 1",
            [participant_id, kind, epoch(after)],
        ).fetchone()
        return OccurrenceRow(*row) if row else None

    # -- claiming and sending -------------------------------------------------------------------

    def due_participants(
        self, now: dtm.datetime, limit: int, skip: Container[int] = ()
    ) -> list[int]:
        """The first `limit` people with something due, in due order, leaving out `skip`
        (people already claimed). Read from the due index alone, stepped lazily."""
        cursor = self.db.execute(
            "SELECT participant_id FROM occurrences WHERE status = 'planned' AND due_at <= ? "
            "ORDER BY due_at, id",
            [epoch(now)],
        )
        found: dict[int, None] = {}
        for (participant_id,) in cursor:
            if participant_id in skip:
                continue
            found[participant_id] = None
            if len(found) >= limit:
                break
        cursor.close()
        return list(found)

    def claim(self, participant_ids: Sequence[int], due_before: dtm.datetime) -> None:
        """Record, before anything is sent, that these people's rows due before `due_before`
        are being sent: after a crash they are recorded as failed, never sent twice."""
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO claims (participant_id, due_before) VALUES (?, ?)",
                [(p, epoch(due_before)) for p in participant_ids],
            )

    def release(self, participant_id: int) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM claims WHERE participant_id = ?", [participant_id])

    def claimed_rows(self, participant_id: int) -> list[OccurrenceRow]:
        """A claimed person's planned rows due before their claim's end, in due order."""
        rows = self.db.execute(
            # Named: this person's few planned rows, not everyone's planned rows in due order.
            f"SELECT {_COLUMNS} FROM occurrences INDEXED BY idx_occurrences_planned "
            "WHERE participant_id = ? AND status = 'planned' "
            "AND due_at < (SELECT due_before FROM claims WHERE participant_id = ?) "
            "ORDER BY due_at, id",
            [participant_id, participant_id],
        ).fetchall()
        return [OccurrenceRow(*row) for row in rows]

    def mark_on_wire(self, participant_id: int, ids: Sequence[int]) -> None:
        """Written the moment a request for these rows leaves for Telegram, before a byte of it
        does: from now on they may have arrived, and are never sent again."""
        with self.db.atomic():
            self._set_wire(participant_id, self._wire(participant_id) | set(ids))

    def clear_wire(self, participant_id: int, ids: Sequence[int]) -> None:
        """The request for these rows provably never left (a connection never made)."""
        with self.db.atomic():
            self._unwire(participant_id, ids)

    def _wire(self, participant_id: int) -> set[int]:
        row = self.db.execute(
            "SELECT on_wire FROM claims WHERE participant_id = ?", [participant_id]
        ).fetchone()
        return {int(i) for i in row[0].split(",")} if row and row[0] else set()

    def _set_wire(self, participant_id: int, ids: set[int]) -> None:
        self.db.execute(
            "UPDATE claims SET on_wire = ? WHERE participant_id = ?",
            [",".join(str(i) for i in sorted(ids)) or None, participant_id],
        )

    def _unwire(self, participant_id: int, ids: Sequence[int]) -> None:
        """A person's two messages (reminders, a check-in) may be on the wire at once: each
        outcome takes only its own rows off."""
        wire = self._wire(participant_id)
        if wire:
            self._set_wire(participant_id, wire - set(ids))

    def abandon_claims(self) -> int:
        """At start-up, after a crash: what was on its way to Telegram may have arrived, so it
        is recorded as failed (uncertain) and never resent; everything else a claim held stays
        planned and goes out now. Returns how many reminders were recorded as failed."""
        with self.db.atomic():
            wire = self.db.execute(
                "SELECT participant_id, on_wire FROM claims WHERE on_wire IS NOT NULL"
            ).fetchall()
            failed = 0
            for participant_id, ids in wire:
                failed += self._fail(
                    participant_id, [int(i) for i in ids.split(",") if i], "uncertain"
                )
            self.db.execute("DELETE FROM claims")
        return failed

    def mark_missed(self, due_before: dtm.datetime) -> int:
        """Reminders whose moment has passed (the bot was down) are recorded, never sent."""
        with self.db.atomic():
            return self.db.execute(
                "UPDATE occurrences SET status = 'missed' WHERE status = 'planned' AND due_at < ?",
                [epoch(due_before)],
            ).rowcount

    def set_status(self, ids: Sequence[int], status: str, *, only_from: str | None = None) -> int:
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        condition = " AND +status = ?" if only_from else ""  # by id, not the status index
        params: list[object] = [status, *ids]
        if only_from:
            params.append(only_from)
        with self.db.atomic():
            cursor = self.db.execute(
                f"UPDATE occurrences SET status = ? WHERE id IN ({marks}){condition}", params
            )
        return cursor.rowcount

    def record_sent(
        self,
        participant_id: int,
        ids: Sequence[int],
        message_id: int,
        tips: dict[int, str],
        now: dtm.datetime,
    ) -> None:
        """Telegram accepted the message: its rows are sent, and no longer on the wire."""
        with self.db.atomic():
            self.db.conn.executemany(
                "UPDATE occurrences SET status = 'sent', message_id = ?, sent_at = ?, "
                "tip_key = ? WHERE id = ? AND participant_id = ?",
                [(message_id, epoch(now), tips.get(i), i, participant_id) for i in ids],
            )
            self._unwire(participant_id, ids)

    def record_failed(self, participant_id: int, ids: Sequence[int], reason: str) -> int:
        """These rows will not be sent (why: `reason`); they are kept, never deleted."""
        with self.db.atomic():
            failed = self._fail(participant_id, ids, reason)
            self._unwire(participant_id, ids)
        return failed

    def _fail(self, participant_id: int, ids: Sequence[int], reason: str) -> int:
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        return self.db.execute(
            "UPDATE occurrences SET status = 'failed', fail_reason = ? "
            f"WHERE id IN ({marks}) AND participant_id = ? AND +status = 'planned'",
            [reason, *ids, participant_id],
        ).rowcount

    def last_tip(self, participant_id: int, kind: str, today: dtm.date) -> str | None:
        """The tip shown last with this kind of reminder.

        Looked for in the last week first: the key's index holds the date, so only that
        week's rows are read, not a year of them (1,460 for four glasses a day). Only after
        a long pause does the search go further back.
        """
        recent = (today - RECENT_TIPS).isoformat()
        for since in (recent, ""):
            row = self.db.execute(
                "SELECT tip_key FROM occurrences WHERE participant_id = ? AND kind = ? "
                "AND local_date >= ? AND tip_key IS NOT NULL "
                "ORDER BY sent_at DESC, id DESC LIMIT 1",
                [participant_id, kind, since],
            ).fetchone()
            if row:
                return str(row[0])
        return None

    # -- answers --------------------------------------------------------------------------------

    def get(self, participant_id: int, occurrence_id: int) -> OccurrenceRow | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM occurrences WHERE id = ? AND participant_id = ?",
            [occurrence_id, participant_id],
        ).fetchone()
        return OccurrenceRow(*row) if row else None

    def answer(
        self, participant_id: int, occurrence_id: int, answer: str, now: dtm.datetime
    ) -> AnswerResult:
        """Record done/skipped once; a snoozed reminder that is answered is not sent again."""
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE occurrences SET answer = ?, answered_at = ?, "
                "status = CASE WHEN status = 'planned' THEN 'sent' ELSE status END "
                "WHERE id = ? AND participant_id = ? AND answer IS NULL",
                [answer, epoch(now), occurrence_id, participant_id],
            )
        if cursor.rowcount:
            return "recorded"
        return "already" if self.get(participant_id, occurrence_id) else "unknown"

    def snooze(self, participant_id: int, occurrence_id: int, until: dtm.datetime) -> AnswerResult:
        """Move this one occurrence; the daily schedule stays as it is."""
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE occurrences SET status = 'planned', due_at = ?, snoozes = snoozes + 1 "
                "WHERE id = ? AND participant_id = ? AND answer IS NULL "
                "AND status IN ('sent', 'missed', 'failed')",
                [epoch(until), occurrence_id, participant_id],
            )
        if cursor.rowcount:
            return "recorded"
        return "already" if self.get(participant_id, occurrence_id) else "unknown"

    def day(self, participant_id: int, local_date: dtm.date) -> list[OccurrenceRow]:
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM occurrences WHERE participant_id = ? AND local_date = ? "
            "ORDER BY due_at, id",
            [participant_id, local_date.isoformat()],
        )
        return [OccurrenceRow(*row) for row in rows.fetchall()]

    def history(self, participant_id: int) -> list[tuple[dtm.date, str, str, str | None]]:
        """(local date, kind, status, answer) of every reminder that was sent or answered."""
        rows = self.db.execute(
            "SELECT local_date, kind, status, answer FROM occurrences WHERE participant_id = ? "
            "AND kind IN ('probiotic', 'hydration', 'fibre', 'winddown') "
            "AND (status = 'sent' OR answer IS NOT NULL) ORDER BY local_date",
            [participant_id],
        ).fetchall()
        return [(dtm.date.fromisoformat(d), k, s, a) for d, k, s, a in rows]
