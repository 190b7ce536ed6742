"""How updates are processed: one person's in the order they came, different people's at the
same time, and a person who floods the bot slowed down without slowing anyone else.

python-telegram-bot handles updates one at a time by default, so one person's 40 quick texts
(each reply waiting its turn in the one-message-a-second budget of their chat) held up
everyone's replies; `concurrent_updates=True` would lose each person's order. This is what
grammY's runner calls `sequentialize`, on PTB's `BaseUpdateProcessor`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any, Final

from telegram import Update
from telegram.ext import BaseUpdateProcessor

log = logging.getLogger(__name__)

MAX_CONCURRENT: Final = 256
FLOOD_LIMIT: Final = 20  # updates a person may send ...
FLOOD_WINDOW_S: Final = 10.0  # ... in any this many seconds; more are dropped

OnFlood = Callable[[Update], Awaitable[None]]
# Told of each update once it is settled: its handlers' time in seconds, or None when the update
# was dropped (a flood) and no handler ran.
Listener = Callable[[object, float | None], None]


class FloodWindow:
    """Per person, how many updates came in the last `window` seconds; the clock is passed in."""

    def __init__(self, limit: int = FLOOD_LIMIT, window: float = FLOOD_WINDOW_S) -> None:
        self.limit, self.window = limit, window
        self._seen: dict[int, deque[float]] = {}

    def allow(self, person: int, now: float) -> bool:
        seen = self._seen.setdefault(person, deque())
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(seen) >= self.limit:
            return False
        seen.append(now)
        return True

    def forget_idle(self, now: float) -> None:
        """Drop people whose last update left the window, so the table stays small."""
        self._seen = {p: s for p, s in self._seen.items() if s and s[-1] > now - self.window}


def person_of(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return update.effective_user.id
    return update.effective_chat.id if update.effective_chat is not None else None


class PerPersonUpdates(BaseUpdateProcessor):
    """One lock per person (made when needed, dropped when nobody waits on it)."""

    def __init__(
        self,
        on_flood: OnFlood,
        log_id: Callable[[int], str],
        *,
        max_concurrent: int = MAX_CONCURRENT,
        flood: FloodWindow | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        on_done: Callable[[object], None] | None = None,
    ) -> None:
        super().__init__(max_concurrent)
        # Called once every handler group has finished with an update (the demo and the
        # tests wait on it), including when a group stopped the rest.
        self._on_done = on_done
        self._on_flood = on_flood
        self._log_id = log_id
        self._flood = flood or FloodWindow()
        self._monotonic = monotonic
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}
        self._dropped: dict[int, int] = {}  # person: updates dropped in their current flood
        self._checked = 0.0
        # The webhook's inbox and the metrics (bot/serve.py, bot/metrics.py) listen here.
        self.listeners: list[Listener] = []

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        person = person_of(update)
        if person is None:
            started = self._monotonic()
            await coroutine
            self._done(update, self._monotonic() - started)
            return
        if not self._admit(person):
            _close(coroutine)
            self._settled(update, None)
            if self._dropped[person] == 1:  # the first of this flood: one polite note
                assert isinstance(update, Update)
                log.warning("participant %s floods the bot; slowing down", self._log_id(person))
                await self._on_flood(update)
            return
        lock = self._locks.setdefault(person, asyncio.Lock())
        self._waiting[person] = self._waiting.get(person, 0) + 1
        try:
            async with lock:
                started = self._monotonic()
                await coroutine
                took = self._monotonic() - started
        finally:
            self._waiting[person] -= 1
            if not self._waiting[person]:
                del self._waiting[person], self._locks[person]
        self._done(update, took)

    def _done(self, update: object, took: float) -> None:
        self._settled(update, took)
        if self._on_done is not None:
            self._on_done(update)

    def _settled(self, update: object, took: float | None) -> None:
        for listener in self.listeners:
            try:
                listener(update, took)
            except Exception as exc:  # a listener's failure is not the update's
                log.error("update listener failed (%s)", type(exc).__name__)

    def _admit(self, person: int) -> bool:
        now = self._monotonic()
        if now - self._checked > FLOOD_WINDOW_S:
            self._flood.forget_idle(now)
            self._checked = now
        if self._flood.allow(person, now):
            dropped = self._dropped.pop(person, 0)
            if dropped:
                log.warning("dropped %d updates from participant %s", dropped, self._log_id(person))
            return True
        self._dropped[person] = self._dropped.get(person, 0) + 1
        return False


def _close(coroutine: Awaitable[Any]) -> None:
    """A dropped update's handler never runs: close it, so Python does not warn it was never
    awaited."""
    close = getattr(coroutine, "close", None)
    if close is not None:
        close()
