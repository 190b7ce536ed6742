"""The one storage module: every read and write of the bot goes through `Store`.

The database is the single source of truth: participants, their settings, and every reminder
occurrence with its delivery and answer. Every query about a person's data names that person.
One process, one connection, WAL: a write never waits on another writer of ours, so the event
loop is never held on a lock; the short busy timeout only guards against outside tools.
"""

from __future__ import annotations

import datetime as dtm
import os
import sqlite3
import threading
from collections.abc import Container, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal

from sqlite_utils import Database

from bot import migrations
from jobs.schedule import KINDS, EventKind, Kind, Occurrence, ReminderSettings

UTC = dtm.UTC
BUSY_TIMEOUT_S = 0.5

Status = Literal["onboarding", "active", "stopped", "blocked"]
AnswerResult = Literal["recorded", "already", "unknown"]


def epoch(instant: dtm.datetime) -> int:
    return int(instant.timestamp())


def from_epoch(seconds: int) -> dtm.datetime:
    return dtm.datetime.fromtimestamp(seconds, UTC)


def _hm(text: str) -> dtm.time:
    hours, minutes = text.split(":")
    return dtm.time(int(hours), int(minutes))


@dataclass(frozen=True)
class Participant:
    id: int
    language: str
    status: str
    step: str
    awaiting: str | None
    age_group: str | None
    consent_version: str | None
    consent_at: str | None
    timezone: str
    wake: str
    bed: str
    probiotic_time: str
    fibre_time: str
    hydration_count: int
    probiotic_on: int
    hydration_on: int
    fibre_on: int
    winddown_on: int
    start_date: str | None
    paused_until: int | None
    planned_through: str | None
    next_plan_at: int | None
    created_at: int
    checkin_day: int
    checkin_time: str

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Participant:
        return cls(*[row[name] for name in _PARTICIPANT_FIELDS])

    @property
    def onboarded(self) -> bool:
        return self.step == "done"

    def enabled(self, kind: Kind) -> bool:
        return bool(getattr(self, f"{kind}_on"))

    def reminder_settings(self) -> ReminderSettings:
        return ReminderSettings(
            zone=self.timezone,
            wake=_hm(self.wake),
            bed=_hm(self.bed),
            probiotic=_hm(self.probiotic_time),
            fibre=_hm(self.fibre_time),
            hydration_count=self.hydration_count,
            enabled=frozenset(kind for kind in KINDS if self.enabled(kind)),
            checkin_day=self.checkin_day,
            checkin_time=_hm(self.checkin_time),
        )

    @property
    def start(self) -> dtm.date | None:
        return dtm.date.fromisoformat(self.start_date) if self.start_date else None


# Participant's fields in order: a row selected as these columns becomes one without a dict.
_PARTICIPANT_FIELDS = tuple(f.name for f in fields(Participant))
_PARTICIPANT_COLUMNS = ", ".join(_PARTICIPANT_FIELDS)


@dataclass(frozen=True)
class OccurrenceRow:
    id: int
    participant_id: int
    kind: EventKind
    slot: int
    local_date: str
    due_at: int
    status: str
    answer: str | None
    snoozes: int
    tip_key: str | None
    message_id: int | None

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> OccurrenceRow:
        return cls(*row)


@dataclass(frozen=True)
class CheckinRow:
    id: int
    participant_id: int
    source: str
    local_date: str
    opened_at: int
    expires_at: int
    status: str
    step: int
    poem1: int | None
    poem2: int | None
    poem3: int | None
    poem4: int | None
    poem5: int | None
    poem6: int | None
    poem7: int | None
    bloating: int | None
    pain: int | None
    stools: int | None
    sleep: float | None
    stress: int | None
    triggers: str
    note: str | None
    skin_score: int | None
    completed_at: int | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> CheckinRow:
        return cls(**{f.name: row[f.name] for f in fields(cls)})

    def poem_items(self) -> list[int | None]:
        return [self.poem1, self.poem2, self.poem3, self.poem4, self.poem5, self.poem6, self.poem7]

    def trigger_set(self) -> set[str]:
        return {t for t in self.triggers.split(",") if t}


CHECKIN_ANSWER_COLUMNS = frozenset(
    {f"poem{i}" for i in range(1, 8)} | {"bloating", "pain", "stools", "sleep", "stress", "note"}
)

RECENT_TIPS = dtm.timedelta(days=7)

_OCC_COLUMNS = (
    "id, participant_id, kind, slot, local_date, due_at, status, answer, snoozes, "
    "tip_key, message_id"
)


def open_database(path: Path | str) -> Database:
    """Open (creating with owner-only permissions) and migrate the database file."""
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", timeout=BUSY_TIMEOUT_S)
    else:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Health data: the file is readable by its owner only, from the first byte on.
        fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    db = Database(conn)
    if str(path) != ":memory:":
        db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")
    # 32 MB of page cache (SQLite's default is 2 MB): the pages a dispatcher tick reads stay
    # in memory between ticks instead of being read again from the file each time.
    db.execute("PRAGMA cache_size = -32768")
    migrations.apply(db)
    return db


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db
        # The database's file ("" in memory), for connections of its own in worker threads.
        self.file: str = db.execute("PRAGMA database_list").fetchone()[2]
        self._checkpoint_path: str | None = None
        self._checkpointer: sqlite3.Connection | None = None
        self._checkpoint_lock = threading.Lock()

    @classmethod
    def open(cls, path: Path | str) -> Store:
        return cls(open_database(path))

    def close(self) -> None:
        with self._checkpoint_lock:  # waits for a checkpoint running in a worker thread
            if self._checkpointer is not None:
                self._checkpointer.close()
            self._checkpointer = self._checkpoint_path = None
        self.db.close()

    def manual_checkpoints(self) -> None:
        """Stop SQLite from copying the write-ahead log back inside whichever commit makes it
        pass 1,000 pages (tens of ms, on the event loop); `checkpoint` does it instead."""
        if self.file:  # an in-memory database has no log
            self._checkpoint_path = self.file
            self.db.execute("PRAGMA wal_autocheckpoint = 0")

    def checkpoint(self) -> None:
        """Copy the log into the database file, on a connection of its own: safe to run in a
        worker thread while the event loop goes on reading and writing (PASSIVE never waits)."""
        with self._checkpoint_lock:
            if self._checkpoint_path is None:
                return
            if self._checkpointer is None:
                self._checkpointer = sqlite3.connect(
                    self._checkpoint_path, timeout=BUSY_TIMEOUT_S, check_same_thread=False
                )
            self._checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def transaction(self) -> AbstractContextManager[Database]:
        """Many writes, one commit (a commit costs more than a small write); nests."""
        return self.db.atomic()

    # -- participants ---------------------------------------------------------------------------

    def participant(self, participant_id: int) -> Participant | None:
        row = self.db.execute(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE id = ?", [participant_id]
        ).fetchone()
        return Participant(*row) if row else None

    def participants(self, ids: Sequence[int]) -> dict[int, Participant]:
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE id IN ({marks})", list(ids)
        ).fetchall()
        return {row[0]: Participant(*row) for row in rows}

    def begin_onboarding(
        self, participant_id: int, language: str, timezone: str, now: dtm.datetime
    ) -> Participant:
        self.db.execute(
            "INSERT OR IGNORE INTO participants (id, language, timezone, created_at) "
            "VALUES (?, ?, ?, ?)",
            [participant_id, language, timezone, epoch(now)],
        )
        participant = self.participant(participant_id)
        assert participant is not None
        return participant

    def update(self, participant_id: int, **values: object) -> Participant:
        allowed = {f.name for f in fields(Participant)} - {"id", "created_at"}
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"unknown participant fields: {sorted(unknown)}")
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.db.execute(
            f"UPDATE participants SET {assignments} WHERE id = ?",
            [*values.values(), participant_id],
        )
        participant = self.participant(participant_id)
        if participant is None:
            raise LookupError("participant vanished")
        return participant

    def delete_participant(self, participant_id: int) -> None:
        """Erase a person: the foreign keys cascade to every row that belongs to them."""
        with self.db.atomic():
            self.db.execute("DELETE FROM participants WHERE id = ?", [participant_id])

    # -- planning -------------------------------------------------------------------------------

    def due_for_planning(self, now: dtm.datetime, limit: int) -> list[Participant]:
        rows = self.db.execute(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE status = 'active' "
            "AND next_plan_at <= ? ORDER BY next_plan_at LIMIT ?",
            [epoch(now), limit],
        ).fetchall()
        return [Participant(*row) for row in rows]

    def save_plan(
        self,
        participant_id: int,
        occurrences: Iterable[Occurrence],
        planned_through: dtm.date,
        next_plan_at: dtm.datetime,
    ) -> None:
        """Insert the day's occurrences; the unique key makes planning twice a no-op."""
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
                "UPDATE participants SET planned_through = ?, next_plan_at = ? WHERE id = ?",
                [planned_through.isoformat(), epoch(next_plan_at), participant_id],
            )

    def unplan_future(self, participant_id: int, now: dtm.datetime) -> None:
        """Forget reminders not yet sent, so new settings take effect; a snoozed one stays."""
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM occurrences INDEXED BY idx_occurrences_planned "
                "WHERE participant_id = ? AND status = 'planned' "
                "AND snoozes = 0 AND due_at > ? AND kind != 'checkin_nudge'",
                [participant_id, epoch(now)],
            )
            self.db.execute(
                "UPDATE participants SET planned_through = NULL, next_plan_at = ? WHERE id = ?",
                [epoch(now), participant_id],
            )

    def drop_planned(self, participant_id: int) -> None:
        """Nothing more will be sent to this person until they come back."""
        self.db.execute(
            "DELETE FROM occurrences INDEXED BY idx_occurrences_planned "
            "WHERE participant_id = ? AND status = 'planned'",
            [participant_id],
        )

    # -- delivery -------------------------------------------------------------------------------

    def due_occurrences(self, now: dtm.datetime, limit: int) -> list[OccurrenceRow]:
        rows = self.db.execute(
            f"SELECT {_OCC_COLUMNS} FROM occurrences WHERE status = 'planned' AND due_at <= ? "
            "ORDER BY due_at, id LIMIT ?",
            [epoch(now), limit],
        )
        return [OccurrenceRow.from_row(row) for row in rows.fetchall()]

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
            f"SELECT {_OCC_COLUMNS} FROM occurrences INDEXED BY idx_occurrences_planned "
            "WHERE participant_id = ? AND status = 'planned' "
            "AND due_at < (SELECT due_before FROM claims WHERE participant_id = ?) "
            "ORDER BY due_at, id",
            [participant_id, participant_id],
        ).fetchall()
        return [OccurrenceRow.from_row(row) for row in rows]

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
        self, ids: Sequence[int], message_id: int, tips: dict[int, str], now: dtm.datetime
    ) -> None:
        with self.db.atomic():
            self.db.conn.executemany(
                "UPDATE occurrences SET status = 'sent', message_id = ?, sent_at = ?, "
                "tip_key = ? WHERE id = ?",
                [(message_id, epoch(now), tips.get(i), i) for i in ids],
            )

    def last_tip(self, participant_id: int, kind: Kind, today: dtm.date) -> str | None:
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

    def abandon_claims(self) -> int:
        """At start-up: what a crash left claimed may have reached Telegram; never resend it.
        Returns how many reminders were recorded as failed."""
        with self.db.atomic():
            failed = self.db.execute(
                "UPDATE occurrences INDEXED BY idx_occurrences_planned SET status = 'failed' "
                "WHERE status = 'planned' "
                "AND participant_id IN (SELECT participant_id FROM claims) "
                "AND due_at < (SELECT due_before FROM claims c "
                "WHERE c.participant_id = occurrences.participant_id)"
            ).rowcount
            self.db.execute("DELETE FROM claims")
        return failed

    # -- answers --------------------------------------------------------------------------------

    def occurrence(self, participant_id: int, occurrence_id: int) -> OccurrenceRow | None:
        row = self.db.execute(
            f"SELECT {_OCC_COLUMNS} FROM occurrences WHERE id = ? AND participant_id = ?",
            [occurrence_id, participant_id],
        ).fetchone()
        return OccurrenceRow.from_row(row) if row else None

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
        return "already" if self.occurrence(participant_id, occurrence_id) else "unknown"

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
        return "already" if self.occurrence(participant_id, occurrence_id) else "unknown"

    def day(self, participant_id: int, local_date: dtm.date) -> list[OccurrenceRow]:
        rows = self.db.execute(
            f"SELECT {_OCC_COLUMNS} FROM occurrences WHERE participant_id = ? AND local_date = ? "
            "ORDER BY due_at, id",
            [participant_id, local_date.isoformat()],
        )
        return [OccurrenceRow.from_row(row) for row in rows.fetchall()]

    # -- water ----------------------------------------------------------------------------------

    def add_glass(self, participant_id: int, local_date: dtm.date) -> int:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO water (participant_id, local_date, glasses) VALUES (?, ?, 1) "
                "ON CONFLICT (participant_id, local_date) DO UPDATE SET glasses = glasses + 1",
                [participant_id, local_date.isoformat()],
            )
        return self.glasses(participant_id, local_date)

    def glasses(self, participant_id: int, local_date: dtm.date) -> int:
        row = self.db.execute(
            "SELECT glasses FROM water WHERE participant_id = ? AND local_date = ?",
            [participant_id, local_date.isoformat()],
        ).fetchone()
        return int(row[0]) if row else 0

    # -- check-ins ------------------------------------------------------------------------------

    def open_checkin(self, participant_id: int) -> CheckinRow | None:
        """The participant's check-in in progress (there is at most one)."""
        rows = list(
            self.db.query(
                "SELECT * FROM checkins WHERE participant_id = ? AND status = 'open' "
                "ORDER BY id DESC LIMIT 1",
                [participant_id],
            )
        )
        return CheckinRow.from_row(rows[0]) if rows else None

    def checkin(self, participant_id: int, checkin_id: int) -> CheckinRow | None:
        rows = list(
            self.db.query(
                "SELECT * FROM checkins WHERE id = ? AND participant_id = ?",
                [checkin_id, participant_id],
            )
        )
        return CheckinRow.from_row(rows[0]) if rows else None

    def start_checkin(
        self,
        participant_id: int,
        source: str,
        local_date: dtm.date,
        now: dtm.datetime,
        expires: dtm.datetime,
    ) -> CheckinRow:
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO checkins (participant_id, source, local_date, opened_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [participant_id, source, local_date.isoformat(), epoch(now), epoch(expires)],
            )
        found = self.checkin(participant_id, int(cursor.lastrowid or 0))
        assert found is not None
        return found

    def answer_checkin(
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
        if column is not None and column not in CHECKIN_ANSWER_COLUMNS:
            raise ValueError(f"not a check-in answer: {column}")
        assignment = f"{column} = ?, " if column else ""
        params: list[object] = [value] if column else []
        with self.db.atomic():
            cursor = self.db.execute(
                f"UPDATE checkins SET {assignment}step = ? WHERE id = ? AND participant_id = ? "
                "AND status = 'open' AND step = ?",
                [*params, next_step, checkin_id, participant_id, step],
            )
        return cursor.rowcount == 1

    def set_checkin_triggers(
        self, participant_id: int, checkin_id: int, step: int, triggers: str
    ) -> bool:
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE checkins SET triggers = ? WHERE id = ? AND participant_id = ? "
                "AND status = 'open' AND step = ?",
                [triggers, checkin_id, participant_id, step],
            )
        return cursor.rowcount == 1

    def complete_checkin(
        self, participant_id: int, checkin_id: int, skin_score: int | None, now: dtm.datetime
    ) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE checkins SET status = 'done', skin_score = ?, completed_at = ? "
                "WHERE id = ? AND participant_id = ? AND status = 'open'",
                [skin_score, epoch(now), checkin_id, participant_id],
            )

    def expire_checkins(self, now: dtm.datetime) -> int:
        with self.db.atomic():
            return self.db.execute(
                "UPDATE checkins SET status = 'expired' WHERE status = 'open' AND expires_at <= ?",
                [epoch(now)],
            ).rowcount

    def completed_checkins(self, participant_id: int) -> list[CheckinRow]:
        rows = self.db.query(
            "SELECT * FROM checkins WHERE participant_id = ? AND status = 'done' "
            "ORDER BY completed_at, id",
            [participant_id],
        )
        return [CheckinRow.from_row(row) for row in rows]

    def add_occurrence(
        self, participant_id: int, kind: EventKind, local_date: dtm.date, due: dtm.datetime
    ) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO occurrences (participant_id, kind, slot, local_date, due_at) "
            "VALUES (?, ?, 0, ?, ?)",
            [participant_id, kind, local_date.isoformat(), epoch(due)],
        )

    # -- itch ------------------------------------------------------------------------------------

    def set_itch(
        self, participant_id: int, local_date: dtm.date, score: int, now: dtm.datetime
    ) -> int | None:
        """One value per day; returns the value it replaced, if any."""
        with self.db.atomic():
            row = self.db.execute(
                "SELECT score FROM itch WHERE participant_id = ? AND local_date = ?",
                [participant_id, local_date.isoformat()],
            ).fetchone()
            self.db.execute(
                "INSERT INTO itch (participant_id, local_date, score, answered_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (participant_id, local_date) "
                "DO UPDATE SET score = excluded.score, answered_at = excluded.answered_at",
                [participant_id, local_date.isoformat(), score, epoch(now)],
            )
        return int(row[0]) if row else None

    def itch_on(self, participant_id: int, local_date: dtm.date) -> int | None:
        row = self.db.execute(
            "SELECT score FROM itch WHERE participant_id = ? AND local_date = ?",
            [participant_id, local_date.isoformat()],
        ).fetchone()
        return int(row[0]) if row else None

    def itch_history(self, participant_id: int) -> list[tuple[dtm.date, int]]:
        rows = self.db.execute(
            "SELECT local_date, score FROM itch WHERE participant_id = ? ORDER BY local_date",
            [participant_id],
        ).fetchall()
        return [(dtm.date.fromisoformat(d), int(s)) for d, s in rows]

    def reminder_history(self, participant_id: int) -> list[tuple[dtm.date, str, str, str | None]]:
        """(local date, kind, status, answer) of every reminder that was sent or answered."""
        rows = self.db.execute(
            "SELECT local_date, kind, status, answer FROM occurrences WHERE participant_id = ? "
            "AND kind IN ('probiotic', 'hydration', 'fibre', 'winddown') "
            "AND (status = 'sent' OR answer IS NOT NULL) ORDER BY local_date",
            [participant_id],
        ).fetchall()
        return [(dtm.date.fromisoformat(d), k, s, a) for d, k, s, a in rows]

    # -- the participant's own copy ---------------------------------------------------------------

    def export(self, participant_id: int) -> dict[str, Any]:
        """Everything stored about one person, as plain data (the right of access, AVG art. 15)."""
        tables = {
            "participant": "SELECT * FROM participants WHERE id = ?",
            "reminders": "SELECT kind, slot, local_date, due_at, status, answer, answered_at, "
            "snoozes, sent_at FROM occurrences WHERE participant_id = ? ORDER BY due_at, id",
            "water": "SELECT local_date, glasses FROM water WHERE participant_id = ? "
            "ORDER BY local_date",
            "checkins": "SELECT * FROM checkins WHERE participant_id = ? ORDER BY id",
            "itch": "SELECT local_date, score, answered_at FROM itch WHERE participant_id = ? "
            "ORDER BY local_date",
        }
        data: dict[str, Any] = {
            name: list(self.db.query(sql, [participant_id])) for name, sql in tables.items()
        }
        data["participant"] = data["participant"][0] if data["participant"] else None
        return data

    def aggregate_counts(self, since: dtm.datetime) -> dict[str, int]:
        """Counts for the operator; never anyone's answers.

        They scan whole tables (measured: 1.3 s at 100,000 people with a week of history, and
        growing with every day kept), so they run on a read-only connection of their own, meant
        for a worker thread: the event loop, and everyone's reminders, go on meanwhile."""
        if not self.file:  # in memory (a store's own tests): no other connection can see it
            return _aggregate_counts(self.db.conn, since)
        reader = sqlite3.connect(
            f"{Path(self.file).as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S
        )
        try:
            return _aggregate_counts(reader, since)
        finally:
            reader.close()


def _aggregate_counts(conn: sqlite3.Connection, since: dtm.datetime) -> dict[str, int]:
    rows = conn.execute("SELECT status, count(*) FROM participants GROUP BY status").fetchall()
    counts = {f"participants_{status}": int(n) for status, n in rows}
    for name, sql in (
        (
            "reminders_sent",
            "SELECT count(*) FROM occurrences WHERE status = 'sent' AND sent_at >= ?",
        ),
        (
            "reminders_failed",
            "SELECT count(*) FROM occurrences WHERE status = 'failed' AND due_at >= ?",
        ),
        (
            "checkins_completed",
            "SELECT count(*) FROM checkins WHERE status = 'done' AND completed_at >= ?",
        ),
    ):
        counts[name] = int(conn.execute(sql, [epoch(since)]).fetchone()[0])
    return counts
