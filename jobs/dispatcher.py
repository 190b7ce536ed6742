"""The dispatcher: one repeating job that plans ahead, claims what is due and hands it on.

There is no job per participant: the database says what is due, so start-up is a query, not
100,000 scheduler entries. A tick claims *people* (one small row each, committed before anything
is sent); the reminder rows are written once, as sent, failed or missed. What a crash left
claimed is recorded as failed at start-up, never sent again (Telegram has no idempotency key, so
at most once).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import functools
import gc
import logging
import time
from dataclasses import dataclass
from typing import Protocol

from bot.programme.planning import sort_claimed
from bot.programme.records import CANCELLED, MISSED, PLANNED, OccurrenceRow, Participant
from bot.programme.schedule import COMBINE_WINDOW, EVENTS, LATE_GRACE
from bot.storage import StorageError, Store
from jobs.clock import Clock
from jobs.housekeeping import tidy
from jobs.planner import plan_ahead, plan_overdue
from jobs.sender import Outgoing, Sender, durably

log = logging.getLogger(__name__)

TICK_SECONDS = 15.0
CLAIM_CHUNK = 100  # people per claim transaction: a few ms of the event loop at a time
# Planning ahead (20 hours of slack) only uses what is left of this much work per tick, so a
# tick claiming a full burst does not also plan: the busiest minute stays light.
TICK_BUDGET_S = 0.015
PLAN_GROUP = 5  # people planned between looks at the budget (~2 ms)


class Composer(Protocol):
    """What a message says and which buttons it has: the Telegram side's part (bot/outgoing.py).
    The dispatcher decides what is due and when; the composer, what it looks like."""

    def reminders(
        self, participant: Participant, rows: list[OccurrenceRow], now: dtm.datetime
    ) -> Outgoing:
        """One message for a person's reminders due within the same quarter of an hour."""
        ...

    def event(
        self, participant: Participant, row: OccurrenceRow, now: dtm.datetime
    ) -> Outgoing | None:
        """A check-in (or its nudge); None when there is nothing to send any more."""
        ...


# A person whose delivery raised is left this long, doubling each time it raises again.
HOLD_FIRST = dtm.timedelta(minutes=1)
HOLD_MAX = dtm.timedelta(minutes=30)


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


class _Skip:
    """People not to claim now: those already claimed, and those held after an error."""

    def __init__(
        self,
        inflight: dict[int, asyncio.Task[None]],
        held: dict[int, tuple[dtm.datetime, int]],
        now: dtm.datetime,
    ) -> None:
        self._inflight, self._held, self._now = inflight, held, now

    def __contains__(self, person: object) -> bool:
        if person in self._inflight:
            return True
        hold = self._held.get(person) if isinstance(person, int) else None
        return hold is not None and hold[0] > self._now


class Dispatcher:
    def __init__(
        self,
        store: Store,
        sender: Sender,
        clock: Clock,
        composer: Composer,
        *,
        plan_batch: int = 500,
        plan_ahead: int = 60,
        max_inflight: int = 600,
        max_composing: int = 64,
    ) -> None:
        self.composer = composer
        self.store = store
        self.sender = sender
        self.clock = clock
        self.plan_batch = plan_batch
        self.plan_ahead = plan_ahead
        self.max_inflight = max_inflight
        self._inflight: dict[int, asyncio.Task[None]] = {}  # by person: claimed, not done
        self._held: dict[int, tuple[dtm.datetime, int]] = {}  # person: (until, failures)
        self._lock = asyncio.Lock()
        # Claimed messages are composed a few at a time, as the pacer takes them: composing
        # a whole tick's worth at once would hold the event loop (and the pacer) for ~0.5 s.
        # 64 keeps about two seconds of sending queued in the pacer at Telegram's pace.
        self._composing = asyncio.Semaphore(max_composing)
        # SQLite's log is copied back after each tick in a worker thread, off the event loop.
        self._checkpointing: asyncio.Task[None] | None = None
        # When the last tick ended (the clock's time): /healthz says whether the bot is alive.
        self.last_tick: dtm.datetime | None = None
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
                report.missed = self.store.reminders.mark_missed(now - LATE_GRACE)
                self.store.checkins.expire(now)
                tidy(self.store, now)
            # In chunks, letting the event loop run in between: a whole tick's claim at once
            # would hold the pacer long enough for two sends to reach Telegram back to back.
            while True:
                capacity = min(CLAIM_CHUNK, self.max_inflight - len(self._inflight))
                if capacity <= 0:
                    break
                skip = _Skip(self._inflight, self._held, now)
                people = self.store.reminders.due_participants(now, capacity, skip=skip)
                if people:
                    # Everything due within the next quarter of an hour goes in the same message.
                    self.store.reminders.claim(people, now + COMBINE_WINDOW)
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
            self.last_tick = now
            return report

    async def _checkpoint(self) -> None:
        try:
            await asyncio.to_thread(self.store.checkpoint)
        except Exception:  # the next tick tries again; the log only grows meanwhile
            log.exception("database checkpoint failed")

    def _done(self, person: int, task: asyncio.Task[None]) -> None:
        if self._inflight.get(person) is task:
            del self._inflight[person]

    async def _deliver(self, person: int, now: dtm.datetime) -> None:
        """Send a claimed person what is due: their reminders in one message, then a check-in
        (or its nudge) in a message of its own; then release the claim."""
        try:
            async with self._composing:
                participant = self.store.participants.get(person)
                if participant is not None:  # else erased (/delete) meanwhile, rows and all
                    await self._deliver_to(participant, now)
            self._held.pop(person, None)
        except asyncio.CancelledError:
            with contextlib.suppress(StorageError):  # else start-up clears the claim
                self.store.reminders.release(person)
            raise
        except Exception as exc:  # this person only: everyone else goes on
            self._hold(person, exc)
        await durably(functools.partial(self.store.reminders.release, person), "a claim's end")

    async def _deliver_to(self, participant: Participant, now: dtm.datetime) -> None:
        rows = self.store.reminders.claimed_rows(participant.id)
        verdict = sort_claimed(participant, rows, now)
        record = self.store.reminders.set_status
        with self.store.transaction():
            record(verdict.missed, MISSED, only_from=PLANNED)
            record(verdict.cancelled, CANCELLED, only_from=PLANNED)
        reminders = [r for r in verdict.send if r.kind not in EVENTS]
        messages = [reminders] if reminders else []
        messages += [[r] for r in verdict.send if r.kind in EVENTS]
        composed: list[tuple[list[int], Outgoing]] = []
        error: Exception | None = None
        for message_rows in messages:
            ids = [r.id for r in message_rows]
            try:
                if message_rows[0].kind in EVENTS:
                    outgoing = self.composer.event(participant, message_rows[0], now)
                    if outgoing is None:
                        record(ids, CANCELLED, only_from=PLANNED)
                        continue
                else:
                    outgoing = self.composer.reminders(participant, message_rows, now)
            except Exception as exc:  # what was composed still goes; the rest waits
                error = exc
                break
            composed.append((ids, outgoing))
        # Queued together: the pacer keeps their order in the chat, and the second need not
        # wait for the first to come back before it takes its place in the queue.
        due = {r.id: r.due_at for message_rows in messages for r in message_rows}
        results = await asyncio.gather(
            *(
                self.sender.deliver(participant.id, ids, out, due=min(due[i] for i in ids))
                for ids, out in composed
            ),
            return_exceptions=True,
        )
        for result in results:
            if isinstance(result, asyncio.CancelledError):
                raise result
        error = error or next((r for r in results if isinstance(r, Exception)), None)
        if error is not None:
            raise error

    def _hold(self, person: int, error: Exception) -> None:
        """Leave a person whose delivery raised for a while, twice as long each time; their
        rows stay planned (the catch-up rules still apply when they go out)."""
        _, failures = self._held.get(person, (self.clock.now(), 0))
        failures += 1
        delay = min(HOLD_FIRST * 2 ** (failures - 1), HOLD_MAX)
        self._held[person] = (self.clock.now() + delay, failures)
        if failures == 1:
            log.error(
                "delivery failed for participant %s (%s); retried with backoff",
                self.store.log_id(person),
                type(error).__name__,
            )

    async def drain(self) -> None:
        """Wait until everything claimed so far has been sent (or failed)."""
        while self._inflight:
            await asyncio.gather(*list(self._inflight.values()), return_exceptions=True)
        if self._checkpointing is not None:
            await asyncio.gather(self._checkpointing, return_exceptions=True)

    async def finish(self, timeout: float) -> int:
        """A graceful stop: wait up to `timeout` seconds for the deliveries in hand (a closed
        pacer has already sent back those that had not begun). Returns how many still run."""
        running = list(self._inflight.values())
        if running:
            _, still = await asyncio.wait(running, timeout=max(timeout, 0.0))
            return len(still)
        return 0

    async def shutdown(self) -> None:
        for task in list(self._inflight.values()):
            task.cancel()
        await asyncio.gather(*list(self._inflight.values()), return_exceptions=True)
        if self._checkpointing is not None:  # a thread cannot be cancelled: let it finish
            await asyncio.gather(self._checkpointing, return_exceptions=True)
