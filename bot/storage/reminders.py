"""Reminders: each occurrence of each day (participant, kind, slot, local date), from planned to
sent, failed, missed or cancelled, with the answer given; and the claims the dispatcher makes.

The unique key makes planning twice a no-op and sending twice impossible. Before anything is
sent, the dispatcher claims the *person* (one small row in `claims`), so a reminder row is
written once, when its outcome is known.
"""

from __future__ import annotations

import datetime as dtm
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlite_utils import Database

from bot.programme.habits import (
    NOTHING_COMPACTED,
    Carry,
    Compacted,
    History,
    WeekCount,
    compact,
    week_counts,
)
from bot.programme.kinds import KINDS
from bot.programme.planning import FIRST_SLOT
from bot.programme.records import (
    OCCURRENCE_FIELDS,
    About,
    OccurrenceRow,
    OccurrenceStatus,
    ReminderAnswer,
    about_of,
)
from bot.programme.schedule import EventKind, Occurrence
from bot.programme.times import epoch, from_epoch
from bot.storage.participants import Participants

AnswerResult = Literal["recorded", "already", "unknown"]


def _occurrence(row: Sequence[Any]) -> OccurrenceRow:
    """A stored row as the rules read it: its day a date, its moment an aware UTC datetime."""
    id_, participant_id, kind, slot, day, due_at, status, answer, snoozes, tip, message = row
    return OccurrenceRow(
        id_,
        participant_id,
        kind,
        slot,
        dtm.date.fromisoformat(day),
        from_epoch(due_at),
        status,
        answer,
        snoozes,
        tip,
        message,
    )


def _ids(stored: str | None) -> set[int]:
    """A claim's rows on the wire, stored as "3,5,8" (NULL or "": none)."""
    return {int(i) for i in stored.split(",") if i} if stored else set()


RECENT_TIPS = dtm.timedelta(days=7)
_COLUMNS = ", ".join(OCCURRENCE_FIELDS)
# The reminders of the habits (bot/programme/kinds.py): what /progress counts, and what is
# compacted. The names are declared constants, so they are written into the SQL as literals.
_HABIT_KINDS = "(" + ", ".join(f"'{name}'" for name in KINDS) + ")"
INCREMENTAL = 2  # PRAGMA auto_vacuum


@dataclass(frozen=True)
class CompactionCandidate:
    participant_id: int
    start: dtm.date
    before: dtm.date | None  # rows before this day are compacted already
    about: About  # whom the itch answers that count as a wind-down done are about


class Reminders:
    def __init__(self, db: Database, participants: Participants) -> None:
        self.db = db
        # An offer's outcome marks its kind offered, in the same transaction (`_offers_made`).
        self.participants = participants

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
        return [_occurrence(row) for row in rows]

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
        return _occurrence(row) if row else None

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
        return [_occurrence(row) for row in rows]

    def mark_on_wire(
        self, participant_id: int, ids: Sequence[int], *, stock_pack: dtm.date | None = None
    ) -> None:
        """Written the moment a request for these rows leaves for Telegram, before a byte of it
        does: from now on they may have arrived, and are never sent again; the running out of
        the pack begun on `stock_pack`, if it says so, counts as said."""
        with self.db.atomic():
            self._set_wire(participant_id, self._wire(participant_id) | set(ids))
            if stock_pack is not None:
                self.participants.stock_told(participant_id, stock_pack, True)

    def clear_wire(
        self, participant_id: int, ids: Sequence[int], *, stock_pack: dtm.date | None = None
    ) -> None:
        """The request for these rows provably never left (a connection never made): the
        running out of the pack begun on `stock_pack`, if it said so, is still to say."""
        with self.db.atomic():
            self._unwire(participant_id, ids)
            if stock_pack is not None:
                self.participants.stock_told(participant_id, stock_pack, False)

    def _wire(self, participant_id: int) -> set[int]:
        row = self.db.execute(
            "SELECT on_wire FROM claims WHERE participant_id = ?", [participant_id]
        ).fetchone()
        return _ids(row[0]) if row else set()

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
                failed += self._fail(participant_id, sorted(_ids(ids)), "uncertain")
            self.db.execute("DELETE FROM claims")
        return failed

    def mark_missed(self, due_before: dtm.datetime) -> int:
        """Reminders whose moment has passed (the bot was down) are recorded, never sent."""
        with self.db.atomic():
            return self.db.execute(
                "UPDATE occurrences SET status = 'missed' WHERE status = 'planned' AND due_at < ?",
                [epoch(due_before)],
            ).rowcount

    def set_status(
        self,
        ids: Sequence[int],
        status: OccurrenceStatus,
        *,
        only_from: OccurrenceStatus | None = None,
    ) -> int:
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
            self._offers_made(participant_id, ids)
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
        failed = self.db.execute(
            "UPDATE occurrences SET status = 'failed', fail_reason = ? "
            f"WHERE id IN ({marks}) AND participant_id = ? AND +status = 'planned'",
            [reason, *ids, participant_id],
        ).rowcount
        self._offers_made(participant_id, ids)  # failed may have arrived: not made again
        return failed

    def _offers_made(self, participant_id: int, ids: Sequence[int]) -> None:
        """An offer among these rows reached Telegram, or may have: its kind is not offered
        again. Marked with the outcome, not when composed: an offer that provably never left
        stays planned (`clear_wire`) and is composed again, so it must still be due."""
        marks = ",".join("?" * len(ids))
        slots = self.db.execute(
            f"SELECT slot FROM occurrences WHERE id IN ({marks}) AND participant_id = ? "
            "AND kind = 'offer'",
            [*ids, participant_id],
        ).fetchall()
        for (slot,) in slots:
            if 0 <= slot < len(KINDS):
                self.participants.offered(participant_id, KINDS[slot])

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
        return _occurrence(row) if row else None

    def answer(
        self, participant_id: int, occurrence_id: int, answer: ReminderAnswer, now: dtm.datetime
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

    def unanswer(self, participant_id: int, occurrence_id: int) -> ReminderAnswer | None:
        """Take back done/skipped (a tap by mistake); returns the answer it was, if any."""
        with self.db.atomic():
            row = self.get(participant_id, occurrence_id)
            if row is None or row.answer is None:
                return None
            self.db.execute(
                "UPDATE occurrences SET answer = NULL, answered_at = NULL "
                "WHERE id = ? AND participant_id = ?",
                [occurrence_id, participant_id],
            )
            return row.answer

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
        return [_occurrence(row) for row in rows.fetchall()]

    def done_since(self, participant_id: int, kind: str, first: dtm.date) -> int:
        """How many reminders of `kind` were ticked off from day `first` on. Of the compacted
        weeks, the one `first` falls in counts whole: a pack runs out early rather than late."""
        row = self.db.execute(
            "SELECT count(*) FROM occurrences WHERE participant_id = ? AND kind = ? "
            "AND answer = 'done' AND local_date >= ?",
            [participant_id, kind, first.isoformat()],
        ).fetchone()
        weeks = self.db.execute(
            "SELECT coalesce(sum(done), 0) FROM reminder_weeks WHERE participant_id = ? "
            "AND week_start > ? AND kind = ?",
            [participant_id, (first - dtm.timedelta(days=7)).isoformat(), kind],
        ).fetchone()
        return int(row[0]) + int(weeks[0])

    def history(self, participant_id: int) -> History:
        """(local date, kind, status, answer) of every reminder kept that was sent or
        answered, and what the older ones were compacted into."""
        rows = self.db.execute(
            "SELECT local_date, kind, status, answer FROM occurrences WHERE participant_id = ? "
            f"AND kind IN {_HABIT_KINDS} "
            "AND (status = 'sent' OR answer IS NOT NULL) ORDER BY local_date",
            [participant_id],
        ).fetchall()
        records = [(dtm.date.fromisoformat(d), k, s, a) for d, k, s, a in rows]
        return History(records, self.compacted(participant_id))

    # -- compaction -----------------------------------------------------------------------------

    def compacted(self, participant_id: int) -> Compacted:
        """The weekly counts (of the habit kinds) and the carry of the reminder rows
        compacted so far."""
        weeks = self.db.execute(
            "SELECT week_start, kind, sent, done, skipped, snoozed, itch_done FROM reminder_weeks "
            f"WHERE participant_id = ? AND kind IN {_HABIT_KINDS} ORDER BY week_start, kind",
            [participant_id],
        ).fetchall()
        if not weeks:
            return NOTHING_COMPACTED
        return Compacted(
            tuple(WeekCount(dtm.date.fromisoformat(w), *rest) for w, *rest in weeks),
            self._carry(participant_id),
        )

    def _carry(self, participant_id: int) -> dict[str, Carry]:
        rows = self.db.execute(
            "SELECT kind, boundary, first_day, score, streak FROM reminder_carry "
            "WHERE participant_id = ?",
            [participant_id],
        ).fetchall()
        return {
            kind: Carry(
                kind, dtm.date.fromisoformat(boundary), dtm.date.fromisoformat(first), score, streak
            )
            for kind, boundary, first, score, streak in rows
        }

    def compaction_candidates(self, after_id: int, limit: int) -> list[CompactionCandidate]:
        """The next `limit` people (by id, after `after_id`) with a start date: each with
        their start, the day before which their rows are compacted (None: nothing yet) and
        whom their itch answers are about."""
        rows = self.db.execute(
            "SELECT p.id, p.start_date, c.before, "
            "CASE WHEN p.age_group = 'parent' THEN 'child' ELSE 'self' END "
            "FROM participants p LEFT JOIN reminder_compacted c ON c.participant_id = p.id "
            "WHERE p.id > ? AND p.start_date IS NOT NULL ORDER BY p.id LIMIT ?",
            [after_id, limit],
        ).fetchall()
        return [
            CompactionCandidate(
                pid,
                dtm.date.fromisoformat(start),
                dtm.date.fromisoformat(before) if before else None,
                about_of(about),
            )
            for pid, start, before, about in rows
        ]

    def first_kept(self, participant_id: int) -> dtm.date | None:
        """The first day of a kept reminder row of the habit kinds."""
        row = self.db.execute(
            "SELECT min(local_date) FROM occurrences WHERE participant_id = ? "
            f"AND kind IN {_HABIT_KINDS}",
            [participant_id],
        ).fetchone()
        return dtm.date.fromisoformat(row[0]) if row and row[0] else None

    def compact(self, candidate: CompactionCandidate, boundary: dtm.date) -> int:
        """Fold this person's reminder rows from before `boundary` into weekly counts (and,
        of the habit kinds, the carry) and delete them, in one transaction; returns how many
        rows went. Rows still planned stay, and so does the first check-in put off until later
        (`first_checkin_planned` asks for it); check-ins, itch, triggers, notes and consent
        are other tables and never touched. Doing it twice is doing it once."""
        pid = candidate.participant_id
        if candidate.before is not None and boundary <= candidate.before:
            return 0
        with self.db.atomic():
            # Read once, all kinds: the other reminders (a check-in, its nudge, an offer, a
            # question asked again) are only counted; the check-ins themselves are the
            # clinical record, kept elsewhere, and the first one put off keeps its row.
            read = self.db.execute(
                "SELECT local_date, kind, status, answer, snoozes, slot FROM occurrences "
                "WHERE participant_id = ? AND local_date < ? "
                "AND (status = 'sent' OR answer IS NOT NULL) ORDER BY local_date, id",
                [pid, boundary.isoformat()],
            ).fetchall()
            rows, other = [], []
            for d, k, s, a, n, slot in read:
                if k in KINDS:
                    rows.append((dtm.date.fromisoformat(d), k, s, a, int(n)))
                elif not (k == "checkin" and slot == FIRST_SLOT):
                    other.append((dtm.date.fromisoformat(d), k, s, a, int(n)))
            events = week_counts(other, candidate.start)
            itch = self.db.execute(
                "SELECT local_date, score FROM itch WHERE participant_id = ? AND about = ? "
                "AND local_date < ?",
                [pid, candidate.about, boundary.isoformat()],
            ).fetchall()
            weeks, carry = compact(
                rows,
                [(dtm.date.fromisoformat(d), int(s)) for d, s in itch],
                candidate.start,
                self._carry(pid),
                boundary,
            )
            self.db.conn.executemany(
                "INSERT INTO reminder_weeks "
                "(participant_id, week_start, kind, sent, done, skipped, snoozed, itch_done) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (participant_id, week_start, kind) "
                "DO UPDATE SET sent = sent + excluded.sent, done = done + excluded.done, "
                "skipped = skipped + excluded.skipped, snoozed = snoozed + excluded.snoozed, "
                "itch_done = itch_done + excluded.itch_done",
                [
                    (
                        pid,
                        w.week_start.isoformat(),
                        w.kind,
                        w.sent,
                        w.done,
                        w.skipped,
                        w.snoozed,
                        w.itch_done,
                    )
                    for w in (*weeks, *events)
                ],
            )
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO reminder_carry "
                "(participant_id, kind, boundary, first_day, score, streak) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (pid, kind, c.boundary.isoformat(), c.first_day.isoformat(), c.score, c.streak)
                    for kind, c in carry.items()
                ],
            )
            gone = self.db.execute(
                "DELETE FROM occurrences WHERE participant_id = ? AND local_date < ? "
                "AND status != 'planned' AND NOT (kind = 'checkin' AND slot = ?)",
                [pid, boundary.isoformat(), FIRST_SLOT],
            ).rowcount
            self.db.execute(
                "INSERT OR REPLACE INTO reminder_compacted (participant_id, before) VALUES (?, ?)",
                [pid, boundary.isoformat()],
            )
        return int(gone)

    def free_pages(self, pages: int) -> int:
        """Incremental vacuum: give back up to `pages` free pages to the file system; returns
        how many free pages are left (0 when the database is not in incremental mode)."""
        if self.db.execute("PRAGMA auto_vacuum").fetchone()[0] != INCREMENTAL:
            return 0
        if self.db.conn.in_transaction:  # executescript would commit it: not now
            return int(self.db.execute("PRAGMA freelist_count").fetchone()[0])
        # Run to its end: `execute` steps a statement with no columns once (one page).
        self.db.conn.executescript(f"PRAGMA incremental_vacuum({int(pages)})")
        return int(self.db.execute("PRAGMA freelist_count").fetchone()[0])

    def all(self, participant_id: int) -> list[OccurrenceRow]:
        """Every reminder row kept for this person (planned, sent or past, check-in events
        included; not what compaction folded into weeks), in due order."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM occurrences WHERE participant_id = ? ORDER BY due_at, id",
            [participant_id],
        ).fetchall()
        return [_occurrence(row) for row in rows]
