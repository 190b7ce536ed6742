"""The dispatcher: one repeating job that plans ahead, claims what is due and hands it on.

There is no job per participant: the database says what is due, so start-up is a query, not
100,000 scheduler entries. A claimed row goes planned → sending → sent/failed; a row a crash left
in 'sending' is never sent again (Telegram has no idempotency key, so at most once).
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
from collections import defaultdict
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
from jobs.planner import plan_due
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
EventDeliverer = Callable[
    [Participant, OccurrenceRow, dtm.datetime], Awaitable[Message | Literal["cancelled"] | None]
]
# A reminder is "late" (and says so) when it leaves more than this after its time.
LATE_NOTICE = dtm.timedelta(minutes=10)


@dataclass
class Batch:
    participant_id: int  # the person is read when the message is composed, not at claim
    rows: list[OccurrenceRow]


@dataclass
class TickReport:
    planned: int = 0
    missed: int = 0
    claimed: int = 0
    messages: int = 0
    batches: list[Batch] = field(default_factory=list)


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
        plan_ahead: int = 25,
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
        self._inflight: set[asyncio.Task[None]] = set()
        self._lock = asyncio.Lock()
        # Claimed messages are composed a few at a time, as the pacer takes them: composing
        # a whole tick's worth at once would hold the event loop (and the pacer) for ~0.5 s.
        # 64 keeps about two seconds of sending queued in the pacer at Telegram's pace.
        self._composing = asyncio.Semaphore(max_composing)
        # SQLite's log is copied back after each tick in a worker thread, off the event loop.
        self._checkpointing: asyncio.Task[None] | None = None
        store.manual_checkpoints()

    async def tick(self) -> TickReport:
        """Plan, mark what is too late, claim what is due and start sending it."""
        async with self._lock:
            now = self.clock.now()
            report = TickReport()
            report.planned = plan_due(self.store, now, self.plan_batch, self.plan_ahead)
            with self.store.transaction():  # one commit for the tick's bookkeeping
                report.missed = self.store.mark_missed(now - LATE_GRACE)
                self.store.expire_checkins(now)
                batches = self.claim(now, report)
            for batch in batches:
                task = asyncio.create_task(self._deliver(batch, now))
                self._inflight.add(task)
                task.add_done_callback(self._inflight.discard)
            if self._checkpointing is None or self._checkpointing.done():
                self._checkpointing = asyncio.create_task(self._checkpoint())
            return report

    async def _checkpoint(self) -> None:
        try:
            await asyncio.to_thread(self.store.checkpoint)
        except Exception:  # the next tick tries again; the log only grows meanwhile
            log.exception("database checkpoint failed")

    def claim(self, now: dtm.datetime, report: TickReport) -> list[Batch]:
        capacity = self.max_inflight - len(self._inflight)
        if capacity <= 0:
            return []
        order = self.store.due_participants(now, capacity)
        if not order:
            return []
        recipients = self.store.recipients(order)
        # Everything due within the next quarter of an hour goes out in the same message.
        pending: dict[int, list[OccurrenceRow]] = defaultdict(list)
        for row in self.store.planned_before_many(order, now + COMBINE_WINDOW):
            pending[row.participant_id].append(row)
        batches: list[Batch] = []
        missed: list[int] = []
        cancelled: list[int] = []
        sending: list[int] = []
        for participant_id in order:
            rows = pending[participant_id]
            participant = recipients.get(participant_id)
            if participant is None or participant.status != "active":
                missed += [r.id for r in rows]
                continue
            if participant.paused_until and participant.paused_until > epoch(now):
                cancelled += [r.id for r in rows]  # e.g. a check-in nudge planned before /pause
                continue
            wake = dtm.time.fromisoformat(participant.wake)
            bed = dtm.time.fromisoformat(participant.bed)
            quiet = is_quiet(now, participant.timezone, wake, bed)
            keep: list[OccurrenceRow] = []
            for row in rows:
                if late_verdict(from_epoch(row.due_at), now, quiet) == "missed":
                    missed.append(row.id)
                else:
                    keep.append(row)
            sending += [r.id for r in keep]
            # A check-in or its nudge is its own message; reminders share one.
            reminders = [r for r in keep if r.kind not in CHECKIN_EVENTS]
            if reminders:
                batches.append(Batch(participant_id, reminders))
            batches += [Batch(participant_id, [r]) for r in keep if r.kind in CHECKIN_EVENTS]
        self.store.set_status(missed, "missed", only_from="planned")
        self.store.set_status(cancelled, "cancelled", only_from="planned")
        self.store.set_status(sending, "sending", only_from="planned")
        report.missed += len(missed)
        report.claimed = len(sending)
        report.messages = len(batches)
        report.batches = batches
        return batches

    def _compose(
        self, participant: Participant, batch: Batch, now: dtm.datetime
    ) -> tuple[str, InlineKeyboardMarkup, str]:
        """Text, buttons and the tip shown, for a message of reminders."""
        zone = participant.timezone
        language = participant.language
        first = batch.rows[0]
        kinds = [r.kind for r in batch.rows if r.kind in KINDS]
        day = dtm.date.fromisoformat(first.local_date)
        phase = phase_on(participant.start or day, day)
        kind = kinds[0]
        tip = pick_tip(kind, phase, self.store.last_tip(participant.id, kind))
        times = {r.id: local_hm(from_epoch(r.due_at), zone) for r in batch.rows}
        items = [
            Item(k, times[r.id], now - from_epoch(r.due_at) > LATE_NOTICE)
            for r, k in zip(batch.rows, kinds, strict=True)
        ]
        text = render_reminder(language, items, tip)
        # Drawn as delivered: a snoozed row coming back gets its buttons again.
        delivered = [replace(r, status="sent") for r in batch.rows]
        itch_day = day if "winddown" in kinds else None
        itch = self.store.itch_on(participant.id, itch_day) if itch_day else None
        markup = reminder_keyboard(language, delivered, times, itch=(itch_day, itch))
        return text, markup, tip.key

    async def _deliver(self, batch: Batch, now: dtm.datetime) -> None:
        first = batch.rows[0]
        ids = [r.id for r in batch.rows]
        tips: dict[int, str] = {}
        request_started.set(False)
        try:
            async with self._composing:
                participant = self.store.participant(batch.participant_id)
                if participant is None:  # erased (/delete) meanwhile: their rows went with them
                    return
                if first.kind in CHECKIN_EVENTS:
                    if self.events is None:
                        raise RuntimeError("no check-in deliverer configured")
                    message = await self.events(participant, first, now)
                    if message == "cancelled":
                        self.store.set_status(ids, "cancelled", only_from="sending")
                        return
                else:
                    text, markup, tip_key = self._compose(participant, batch, now)
                    tips[first.id] = tip_key
                    message = await self.sender.send(participant.id, text, markup)
        except asyncio.CancelledError:
            if not request_started.get():
                # Shut down while still queued: Telegram never saw it, so it may go out later.
                self.store.set_status(ids, "planned", only_from="sending")
            raise
        except Exception:
            log.exception("unexpected error while sending a reminder")
            self.store.set_status(ids, "failed", only_from="sending")
            return
        if message is None:
            self.store.set_status(ids, "failed", only_from="sending")
            return
        self.store.record_sent(ids, message.message_id, tips, self.clock.now())

    async def drain(self) -> None:
        """Wait until everything claimed so far has been sent (or failed)."""
        while self._inflight:
            await asyncio.gather(*list(self._inflight), return_exceptions=True)
        if self._checkpointing is not None:
            await asyncio.gather(self._checkpointing, return_exceptions=True)

    async def shutdown(self) -> None:
        for task in list(self._inflight):
            task.cancel()
        await asyncio.gather(*list(self._inflight), return_exceptions=True)
        if self._checkpointing is not None:  # a thread cannot be cancelled: let it finish
            await asyncio.gather(self._checkpointing, return_exceptions=True)
