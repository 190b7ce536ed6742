"""The dispatcher: one repeating job that plans ahead, claims what is due and hands it on.

There is no job per participant: the database says what is due, so start-up is a query, not
100,000 scheduler entries. A tick claims *people* (one small row each, committed before anything
is sent); the reminder rows are written once, as sent, failed or missed. What a crash left
claimed is recorded as failed at start-up, never sent again (Telegram has no idempotency key, so
at most once).
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import functools
import gc
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from telegram import InlineKeyboardMarkup, Message

from bot.keyboards import reminder_keyboard
from bot.pacer import request_started
from bot.phases import phase_on
from bot.sender import Sender
from bot.storage import OccurrenceRow, Participant, Store, epoch, from_epoch
from jobs.clock import Clock
from jobs.planner import plan_ahead, plan_overdue
from jobs.schedule import (
    CHECKIN_EVENTS,
    COMBINE_WINDOW,
    KINDS,
    LATE_GRACE,
    is_quiet,
    late_verdict,
)
from messages.reminders import Item, pick_tip, render_reminder

log = logging.getLogger(__name__)

TICK_SECONDS = 15.0
CLAIM_CHUNK = 100  # people per claim transaction: a few ms of the event loop at a time
# Planning ahead (20 hours of slack) only uses what is left of this much work per tick, so a
# tick claiming a full burst does not also plan: the busiest minute stays light.
TICK_BUDGET_S = 0.015
PLAN_GROUP = 5  # people planned between looks at the budget (~2 ms)
EventDeliverer = Callable[
    [Participant, OccurrenceRow, dtm.datetime], Awaitable[Message | Literal["cancelled"] | None]
]
# A reminder is "late" (and says so) when it leaves more than this after its time.
LATE_NOTICE = dtm.timedelta(minutes=10)


@dataclass
class TickReport:
    planned: int = 0
    missed: int = 0
    claimed: int = 0  # people: each gets their due reminders in one message
    work_seconds: float = 0.0  # time the tick itself held the event loop (not its sends)


_heap_frozen = False


def _freeze_startup_heap() -> None:
    """Once per process, at the first tick: what start-up built (libraries, the Application,
    its handlers) lives as long as the process, yet every full garbage collection walked all
    of it again, holding the event loop ~80 ms about once a minute while reminders go out.
    Frozen, the collector only looks at what came later."""
    global _heap_frozen
    if not _heap_frozen:
        _heap_frozen = True
        gc.collect()  # garbage from start-up is freed, not frozen
        gc.freeze()


@dataclass
class Verdict:
    send: list[OccurrenceRow] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)  # ids
    cancelled: list[int] = field(default_factory=list)


def sort_claimed(participant: Participant, rows: list[OccurrenceRow], now: dtm.datetime) -> Verdict:
    """Which claimed rows still go out now, and which are recorded as missed or cancelled."""
    verdict = Verdict()
    if participant.status != "active":
        verdict.missed = [r.id for r in rows]
    elif participant.paused_until and participant.paused_until > epoch(now):
        verdict.cancelled = [r.id for r in rows]  # e.g. a check-in nudge planned before /pause
    else:
        quiet: bool | None = None  # worked out only for a row that is late
        for row in rows:
            due = from_epoch(row.due_at)
            if due < now and quiet is None:
                wake = dtm.time.fromisoformat(participant.wake)
                bed = dtm.time.fromisoformat(participant.bed)
                quiet = is_quiet(now, participant.timezone, wake, bed)
            if late_verdict(due, now, bool(quiet)) == "missed":
                verdict.missed.append(row.id)
            else:
                verdict.send.append(row)
    return verdict


def local_hm(instant: dtm.datetime, zone: str) -> str:
    from zoneinfo import ZoneInfo

    return instant.astimezone(ZoneInfo(zone)).strftime("%H:%M")


class Dispatcher:
    def __init__(
        self,
        store: Store,
        sender: Sender,
        clock: Clock,
        *,
        plan_batch: int = 500,
        plan_ahead: int = 60,
        max_inflight: int = 600,
        max_composing: int = 64,
        events: EventDeliverer | None = None,
    ) -> None:
        self.events = events
        self.store = store
        self.sender = sender
        self.clock = clock
        self.plan_batch = plan_batch
        self.plan_ahead = plan_ahead
        self.max_inflight = max_inflight
        self._inflight: dict[int, asyncio.Task[None]] = {}  # by person: claimed, not done
        self._lock = asyncio.Lock()
        # Claimed messages are composed a few at a time, as the pacer takes them: composing
        # a whole tick's worth at once would hold the event loop (and the pacer) for ~0.5 s.
        # 64 keeps about two seconds of sending queued in the pacer at Telegram's pace.
        self._composing = asyncio.Semaphore(max_composing)
        # SQLite's log is copied back after each tick in a worker thread, off the event loop.
        self._checkpointing: asyncio.Task[None] | None = None
        store.manual_checkpoints()

    async def tick(self) -> TickReport:
        """Plan what is overdue, mark what is too late, claim what is due and start sending
        it; then plan ahead with the time the tick has left."""
        async with self._lock:
            _freeze_startup_heap()
            started = time.perf_counter()
            now = self.clock.now()
            report = TickReport()
            report.planned = plan_overdue(self.store, now, self.plan_batch)
            with self.store.transaction():
                report.missed = self.store.mark_missed(now - LATE_GRACE)
                self.store.expire_checkins(now)
            # In chunks, letting the event loop run in between: a whole tick's claim at once
            # would hold the pacer long enough for two sends to reach Telegram back to back.
            while True:
                capacity = min(CLAIM_CHUNK, self.max_inflight - len(self._inflight))
                if capacity <= 0:
                    break
                people = self.store.due_participants(now, capacity, skip=self._inflight)
                if people:
                    # Everything due within the next quarter of an hour goes in the same message.
                    self.store.claim(people, now + COMBINE_WINDOW)
                for person in people:
                    task = asyncio.create_task(self._deliver(person, now))
                    self._inflight[person] = task
                    task.add_done_callback(functools.partial(self._done, person))
                report.claimed += len(people)
                if len(people) < capacity:
                    break
                report.work_seconds += time.perf_counter() - started
                await asyncio.sleep(0)
                started = time.perf_counter()
            if report.planned < self.plan_batch:  # no backlog of overdue planning left
                ahead = 0
                while (
                    ahead < self.plan_ahead
                    and report.work_seconds + time.perf_counter() - started < TICK_BUDGET_S
                ):
                    group = min(PLAN_GROUP, self.plan_ahead - ahead)
                    done = plan_ahead(self.store, now, group)
                    ahead += done
                    if done < group:
                        break
                report.planned += ahead
            if self._checkpointing is None or self._checkpointing.done():
                self._checkpointing = asyncio.create_task(self._checkpoint())
            report.work_seconds += time.perf_counter() - started
            return report

    async def _checkpoint(self) -> None:
        try:
            await asyncio.to_thread(self.store.checkpoint)
        except Exception:  # the next tick tries again; the log only grows meanwhile
            log.exception("database checkpoint failed")

    def _done(self, person: int, task: asyncio.Task[None]) -> None:
        if self._inflight.get(person) is task:
            del self._inflight[person]

    def _compose(
        self, participant: Participant, rows: list[OccurrenceRow], now: dtm.datetime
    ) -> tuple[str, InlineKeyboardMarkup, str]:
        """Text, buttons and the tip shown, for a message of reminders."""
        zone = participant.timezone
        language = participant.language
        first = rows[0]
        kinds = [r.kind for r in rows if r.kind in KINDS]
        day = dtm.date.fromisoformat(first.local_date)
        phase = phase_on(participant.start or day, day)
        kind = kinds[0]
        tip = pick_tip(kind, phase, self.store.last_tip(participant.id, kind, day))
        times = {r.id: local_hm(from_epoch(r.due_at), zone) for r in rows}
        items = [
            Item(k, times[r.id], now - from_epoch(r.due_at) > LATE_NOTICE)
            for r, k in zip(rows, kinds, strict=True)
        ]
        text = render_reminder(language, items, tip)
        # Drawn as delivered: a snoozed row coming back gets its buttons again.
        delivered = [replace(r, status="sent") for r in rows]
        itch_day = day if "winddown" in kinds else None
        itch = self.store.itch_on(participant.id, itch_day) if itch_day else None
        markup = reminder_keyboard(language, delivered, times, itch=(itch_day, itch))
        return text, markup, tip.key

    async def _deliver(self, person: int, now: dtm.datetime) -> None:
        """Send a claimed person what is due: their reminders in one message, then a check-in
        (or its nudge) in a message of its own; then release the claim."""
        try:
            async with self._composing:
                participant = self.store.participant(person)
                if participant is None:  # erased (/delete) meanwhile: their rows went with them
                    return
                rows = self.store.claimed_rows(person)
                verdict = sort_claimed(participant, rows, now)
                with self.store.transaction():
                    self.store.set_status(verdict.missed, "missed", only_from="planned")
                    self.store.set_status(verdict.cancelled, "cancelled", only_from="planned")
                reminders = [r for r in verdict.send if r.kind not in CHECKIN_EVENTS]
                messages = [reminders] if reminders else []
                messages += [[r] for r in verdict.send if r.kind in CHECKIN_EVENTS]
                for message_rows in messages:
                    await self._send(participant, message_rows, now)
        finally:
            self.store.release(person)

    async def _send(
        self, participant: Participant, rows: list[OccurrenceRow], now: dtm.datetime
    ) -> None:
        first = rows[0]
        ids = [r.id for r in rows]
        tips: dict[int, str] = {}
        request_started.set(False)
        try:
            if first.kind in CHECKIN_EVENTS:
                if self.events is None:
                    raise RuntimeError("no check-in deliverer configured")
                message = await self.events(participant, first, now)
                if message == "cancelled":
                    self.store.set_status(ids, "cancelled", only_from="planned")
                    return
            else:
                text, markup, tip_key = self._compose(participant, rows, now)
                tips[first.id] = tip_key
                message = await self.sender.send(participant.id, text, markup)
        except asyncio.CancelledError:
            if request_started.get():  # it may have reached Telegram: never send it again
                self.store.set_status(ids, "failed", only_from="planned")
            raise  # else shut down while still queued: the rows stay planned
        except Exception:
            log.exception("unexpected error while sending a reminder")
            self.store.set_status(ids, "failed", only_from="planned")
            return
        if message is None:
            self.store.set_status(ids, "failed", only_from="planned")
            return
        self.store.record_sent(ids, message.message_id, tips, self.clock.now())

    async def drain(self) -> None:
        """Wait until everything claimed so far has been sent (or failed)."""
        while self._inflight:
            await asyncio.gather(*list(self._inflight.values()), return_exceptions=True)
        if self._checkpointing is not None:
            await asyncio.gather(self._checkpointing, return_exceptions=True)

    async def shutdown(self) -> None:
        for task in list(self._inflight.values()):
            task.cancel()
        await asyncio.gather(*list(self._inflight.values()), return_exceptions=True)
        if self._checkpointing is not None:  # a thread cannot be cancelled: let it finish
            await asyncio.gather(self._checkpointing, return_exceptions=True)
