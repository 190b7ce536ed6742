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
from dataclasses import dataclass, field, replace

from bot.keyboards import reminder_keyboard
from bot.pacer import request_started
from bot.phases import phase_on
from bot.sender import Sender
from bot.storage import OccurrenceRow, Participant, Store, from_epoch
from jobs.clock import Clock
from jobs.planner import plan_due
from jobs.schedule import COMBINE_WINDOW, LATE_GRACE, is_quiet, late_verdict
from messages.reminders import Item, pick_tip, render_reminder

log = logging.getLogger(__name__)

TICK_SECONDS = 15.0
# A reminder is "late" (and says so) when it leaves more than this after its time.
LATE_NOTICE = dtm.timedelta(minutes=10)


@dataclass
class Batch:
    participant: Participant
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
        max_inflight: int = 600,
    ) -> None:
        self.store = store
        self.sender = sender
        self.clock = clock
        self.plan_batch = plan_batch
        self.max_inflight = max_inflight
        self._inflight: set[asyncio.Task[None]] = set()
        self._lock = asyncio.Lock()

    async def tick(self) -> TickReport:
        """Plan, mark what is too late, claim what is due and start sending it."""
        async with self._lock:
            now = self.clock.now()
            report = TickReport()
            report.planned = plan_due(self.store, now, self.plan_batch)
            report.missed = self.store.mark_missed(now - LATE_GRACE)
            for batch in self.claim(now, report):
                task = asyncio.create_task(self._deliver(batch, now))
                self._inflight.add(task)
                task.add_done_callback(self._inflight.discard)
            return report

    def claim(self, now: dtm.datetime, report: TickReport) -> list[Batch]:
        capacity = self.max_inflight - len(self._inflight)
        if capacity <= 0:
            return []
        due = self.store.due_occurrences(now, capacity)
        order: list[int] = []
        for row in due:
            if row.participant_id not in order:
                order.append(row.participant_id)
        if not order:
            return []
        participants = self.store.participants(order)
        # Everything due within the next quarter of an hour goes out in the same message.
        pending: dict[int, list[OccurrenceRow]] = defaultdict(list)
        for row in self.store.planned_before_many(order, now + COMBINE_WINDOW):
            pending[row.participant_id].append(row)
        batches: list[Batch] = []
        missed: list[int] = []
        sending: list[int] = []
        for participant_id in order:
            rows = pending[participant_id]
            participant = participants.get(participant_id)
            if participant is None or participant.status != "active":
                missed += [r.id for r in rows]
                continue
            quiet = is_quiet(
                now,
                participant.timezone,
                participant.reminder_settings().wake,
                participant.reminder_settings().bed,
            )
            keep: list[OccurrenceRow] = []
            for row in rows:
                if late_verdict(from_epoch(row.due_at), now, quiet) == "missed":
                    missed.append(row.id)
                else:
                    keep.append(row)
            if keep:
                sending += [r.id for r in keep]
                batches.append(Batch(participant, keep))
        self.store.set_status(missed, "missed", only_from="planned")
        self.store.set_status(sending, "sending", only_from="planned")
        report.missed += len(missed)
        report.claimed = len(sending)
        report.messages = len(batches)
        report.batches = batches
        return batches

    async def _deliver(self, batch: Batch, now: dtm.datetime) -> None:
        participant = batch.participant
        zone = participant.timezone
        language = participant.language
        first = batch.rows[0]
        start = participant.start or dtm.date.fromisoformat(first.local_date)
        phase = phase_on(start, dtm.date.fromisoformat(first.local_date))
        tip = pick_tip(first.kind, phase, self.store.last_tip(participant.id, first.kind))
        times = {r.id: local_hm(from_epoch(r.due_at), zone) for r in batch.rows}
        items = [
            Item(r.kind, times[r.id], now - from_epoch(r.due_at) > LATE_NOTICE) for r in batch.rows
        ]
        text = render_reminder(language, items, tip)
        # Drawn as delivered: a snoozed row coming back gets its buttons again.
        delivered = [replace(r, status="sent") for r in batch.rows]
        markup = reminder_keyboard(language, delivered, times)
        ids = [r.id for r in batch.rows]
        request_started.set(False)
        try:
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
        self.store.record_sent(ids, message.message_id, {first.id: tip.key}, self.clock.now())

    async def drain(self) -> None:
        """Wait until everything claimed so far has been sent (or failed)."""
        while self._inflight:
            await asyncio.gather(*list(self._inflight), return_exceptions=True)

    async def shutdown(self) -> None:
        for task in list(self._inflight):
            task.cancel()
        await asyncio.gather(*list(self._inflight), return_exceptions=True)
