"""The one rate limiter for every Bot API request (PTB calls it for all but getUpdates).

Telegram allows about 30 messages/s per bot and 1/s per chat, and answers bursts with 429 even
within those budgets. Turns are handed out on an even grid at up to 30 a second, and besides
never more than 30 in any WINDOW seconds, counted over the turns actually granted: a late or
idle moment is made up for (up to 30 a second) instead of lost, and 30 turns always leave room
before the next 30. Replies to a person go first because someone is waiting; reminders
(`rate_limit_args=BULK`) fill what is left.

A 429 pauses *all* traffic: the flood limit is per bot, so other requests would only earn more.
Reading `RetryAfter.retry_after` without PTB_TIMEDELTA=1 raises a deprecation warning; bot.app
sets it, and both the timedelta and the old number form are accepted here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import itertools
import math
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Coroutine
from contextlib import suppress
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeAlias

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

Result: TypeAlias = bool | dict[str, Any] | list[dict[str, Any]]
Callback: TypeAlias = Callable[..., Coroutine[Any, Any, Result]]


class Priority(enum.IntEnum):
    """Lower value is served first; the value doubles as the index of its queue."""

    INTERACTIVE = 0
    BULK = 1


INTERACTIVE = Priority.INTERACTIVE
BULK = Priority.BULK


@dataclass(frozen=True)
class Bulk:
    """`rate_limit_args` of a reminder: served after people's replies, and `on_turn` runs the
    moment its turn comes, before a byte of the request is written. If it raises, the request
    is not made."""

    on_turn: Callable[[], None]


PacerArgs: TypeAlias = Priority | Bulk

# Not messages, so outside Telegram's 30 a second: they go at once, taking no turn. A callback
# answer stops the spinner on someone's phone; the others happen at start-up.
_UNPACED = frozenset(
    {
        "answerCallbackQuery",
        "answerInlineQuery",
        "getMe",
        "deleteWebhook",
        "setMyCommands",
        "deleteMyCommands",
        "getMyCommands",
        "logOut",
        "close",
    }
)
# Not messages: Telegram's one-per-second per chat is about what lands in the chat, and a
# button's redrawn keyboard right before the next question must not delay that question.
_NO_CHAT_SPACING = frozenset(
    {"editMessageReplyMarkup", "deleteMessage", "deleteMessages", "leaveChat"}
)
# How far past a head-of-queue chat that is still cooling down we look for a ready one.
_SCAN = 256
# A clock that lands a hair before a deadline (float rounding) must not cause a second sleep.
_EPS = 1e-9
# Per-chat deadlines are dropped once they have passed, but only this rarely, to keep it cheap.
_PRUNE_AT = 4096


# Telegram counts about 30 a second where requests arrive. Evenly spaced at 29/s, 31 requests
# span 1.034 s: a stall of 35 ms on either side (a garbage collection, a busy host) squeezes
# them into one second and earns a 429 (measured: 1 in 11,000 in a 10,000-person burst).
# So at most 30 turns in any 1.045 s: 31 requests span at least that, 45 ms of tolerance,
# and 28.7 a second on average (a fixed grid at 28.5/s reached 0.94 of 30 in the bench,
# losing time to every late or idle moment; this window makes it up).
PACE = 30.0  # the grid: turns never closer than 1/PACE
WINDOW = (30, 1.045)  # at most this many turns in any this many seconds
# Per chat likewise: Telegram's one a second, measured where requests arrive, with 50 ms of
# room (spaced exactly 1.000 s, they arrived 0.989 s apart now and then: a 429 each time).
PER_CHAT_INTERVAL = 1.05
# How late a turn may be granted and still keep its place on the grid (see Pacer).
LATE_WAKE = 0.005

# Set in the caller's task the moment its request leaves the queue for Telegram, so a sender
# that is cancelled can tell "never sent" (safe to plan again) from "maybe sent" (never resend).
request_started: ContextVar[bool] = ContextVar("request_started", default=False)


@dataclass(eq=False)
class _Ticket:
    chat: int | str | None
    priority: Priority
    turn: asyncio.Future[None]


class Pacer(BaseRateLimiter[PacerArgs]):
    """Grants turns on a grid `1/rate` apart overall, never more than `window[0]` in any
    `window[1]` seconds, and `per_chat_interval` apart per chat.

    Any k+1 turns in a row span at least k/rate - LATE_WAKE: a wake-up a millisecond late
    (timers fire on whole milliseconds) keeps the grid instead of pushing every later turn
    back, which cost 2.5 % of the pace; after a longer stall the grid starts again from then,
    and the window, counted over the turns actually granted, lets it make up the lost time
    without ever putting more than window[0] turns in window[1] seconds.
    """

    def __init__(
        self,
        rate: float = PACE,
        per_chat_interval: float = PER_CHAT_INTERVAL,
        max_retries_429: int = 5,
        *,
        window: tuple[int, float] | None = WINDOW,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate <= 0 or per_chat_interval < 0 or max_retries_429 < 0:
            raise ValueError("rate must be > 0; interval and retries must be >= 0")
        if window is not None and (window[0] < 1 or window[1] <= 0):
            raise ValueError("a window holds at least one turn, over a positive time")
        self._spacing = 1.0 / rate
        self._window = window
        # The last window[0] turns granted: the oldest says when the next one may come.
        self._granted: deque[float] = deque(maxlen=window[0] if window else 1)
        self._per_chat = per_chat_interval
        self._max_retries = max_retries_429
        self._monotonic = monotonic
        self._sleep = sleep
        self._queues: tuple[deque[_Ticket], deque[_Ticket]] = (deque(), deque())
        self._chat_ready: dict[int | str | None, float] = {}
        self._queued_per_chat: Counter[int | str | None] = Counter()
        self._next_slot = -math.inf
        self._paused_until = -math.inf
        self._wake = asyncio.Event()
        self._pump_task: asyncio.Task[None] | None = None
        self.sent_total = 0  # requests Telegram accepted (the callback returned)
        # Told of every message Telegram accepted (/delete keeps their ids for 48 hours).
        self.on_sent: Callable[[str, dict[str, Any], Result], None] | None = None
        # Told of every request's end: (method, "ok" | "429" | the error's class name).
        self.on_call: Callable[[str, str], None] | None = None
        self.retries_429 = 0
        self._closed = False

    @property
    def queued_interactive(self) -> int:
        return len(self._queues[INTERACTIVE])

    @property
    def queued_bulk(self) -> int:
        return len(self._queues[BULK])

    async def initialize(self) -> None:
        """Nothing to start: the pump starts with the first request that needs a turn, so a
        start-up that fails before one (a rejected token) leaves no task behind."""

    def close(self) -> None:
        """A graceful stop: no more turns. Each request still waiting for one, and each asked
        for from now on, is cancelled before a byte of it is written (a reminder's rows stay
        planned); requests already on their way finish as usual."""
        self._closed = True
        for queue in self._queues:
            while queue:
                queue.popleft().turn.cancel()
        self._queued_per_chat.clear()

    async def shutdown(self) -> None:
        task, self._pump_task = self._pump_task, None
        if task is not None:
            task.cancel()
            await asyncio.wait([task])  # unlike `await task`, never swallows our own cancellation
        for queue in self._queues:  # nobody will grant these turns any more
            while queue:
                queue.popleft().turn.cancel()
        self._queued_per_chat.clear()

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: PacerArgs | None,
    ) -> Result:
        if endpoint in _UNPACED:
            result = await self._call(endpoint, callback, args, kwargs)
            self.sent_total += 1
            return result
        if isinstance(rate_limit_args, Bulk):
            priority = BULK
        else:
            priority = rate_limit_args if rate_limit_args is not None else INTERACTIVE
        loop = asyncio.get_running_loop()
        chat = None if endpoint in _NO_CHAT_SPACING else _chat_key(data.get("chat_id"))
        ticket = _Ticket(chat, priority, loop.create_future())
        retries = 0
        while True:
            await self._await_turn(ticket, at_head=retries > 0)
            if isinstance(rate_limit_args, Bulk) and retries == 0:
                rate_limit_args.on_turn()
            request_started.set(True)
            try:
                result = await self._call(endpoint, callback, args, kwargs)
            except RetryAfter as exc:
                resume = self._monotonic() + _seconds(exc)
                self._paused_until = max(self._paused_until, resume)
                if retries >= self._max_retries:
                    raise
                retries += 1
                self.retries_429 += 1
                continue
            self.sent_total += 1
            if self.on_sent is not None:
                self.on_sent(endpoint, data, result)
            return result

    async def _call(
        self, endpoint: str, callback: Callback, args: Any, kwargs: dict[str, Any]
    ) -> Result:
        if self.on_call is None:
            return await callback(*args, **kwargs)
        try:
            result = await callback(*args, **kwargs)
        except RetryAfter:
            self.on_call(endpoint, "429")
            raise
        except Exception as exc:
            self.on_call(endpoint, type(exc).__name__)
            raise
        self.on_call(endpoint, "ok")
        return result

    async def _await_turn(self, ticket: _Ticket, *, at_head: bool) -> None:
        if self._closed:
            raise asyncio.CancelledError  # closed: nothing more goes out (see close)
        self._ensure_pump()
        queue = self._queues[ticket.priority]
        if ticket.turn.done():  # a retry: the previous turn was used up
            ticket.turn = asyncio.get_running_loop().create_future()
        if at_head:  # a 429'd request already had its turn; it must not lose its place
            queue.appendleft(ticket)
        else:
            queue.append(ticket)
        self._queued_per_chat[ticket.chat] += 1
        self._wake.set()
        try:
            await ticket.turn
        except asyncio.CancelledError:
            # A caller that gave up must not keep a place (or be granted a slot nobody uses).
            with suppress(ValueError):
                queue.remove(ticket)
                self._unqueue(ticket)
            raise

    def _unqueue(self, ticket: _Ticket) -> None:
        self._queued_per_chat[ticket.chat] -= 1
        if self._queued_per_chat[ticket.chat] <= 0:
            del self._queued_per_chat[ticket.chat]

    def _ensure_pump(self) -> None:
        if self._pump_task is None or self._pump_task.done():
            self._wake = asyncio.Event()  # a fresh one, in case this is a different event loop
            loop = asyncio.get_running_loop()
            self._pump_task = loop.create_task(self._pump(), name="pacer-pump")

    async def _pump(self) -> None:
        while True:
            now = self._monotonic()
            gate = max(self._next_slot, self._paused_until, self._window_opens())
            if gate > now + _EPS:
                await self._sleep(gate - now)
                continue
            ticket, ready_at = self._pick(now)
            if ticket is None:
                await self._idle(None if ready_at is None else ready_at - now)
            elif not ticket.turn.done():  # done = its waiter was cancelled: costs no slot
                ticket.turn.set_result(None)
                on_time = now - self._next_slot <= LATE_WAKE  # else idle or stalled: restart
                self._next_slot = (self._next_slot if on_time else now) + self._spacing
                self._granted.append(now)
                if ticket.chat is not None:
                    self._chat_ready[ticket.chat] = now + self._per_chat
                if len(self._chat_ready) > _PRUNE_AT:
                    self._chat_ready = {c: t for c, t in self._chat_ready.items() if t > now}

    def _window_opens(self) -> float:
        """When the next turn fits in the window: a window's worth of turns after the oldest
        of the last window's worth granted."""
        if self._window is None or len(self._granted) < self._window[0]:
            return -math.inf
        return self._granted[0] + self._window[1]

    def _pick(self, now: float) -> tuple[_Ticket | None, float | None]:
        """The oldest ready ticket, interactive first; else when the first blocked chat frees.

        Among reminders, a ready chat with more messages waiting goes first: its next one must
        wait a second after this one, so starting its clock early keeps that second filled
        with other chats' messages instead of leaving it, at the end of a burst, empty.
        """
        soonest: float | None = None
        for priority, queue in enumerate(self._queues):
            first: int | None = None
            for i, ticket in enumerate(itertools.islice(queue, _SCAN)):
                ready_at = self._chat_ready.get(ticket.chat, now)
                if ready_at > now + _EPS:
                    soonest = ready_at if soonest is None else min(soonest, ready_at)
                    continue
                if first is None:
                    first = i
                    if priority == INTERACTIVE:
                        break
                if ticket.chat is not None and self._queued_per_chat[ticket.chat] > 1:
                    first = i
                    break
            if first is not None:
                ticket = queue[first]
                del queue[first]
                self._unqueue(ticket)
                return ticket, None
        return None, soonest

    async def _idle(self, ready_in: float | None) -> None:
        """Sleep until new work arrives or, if given, a cooling-down chat becomes ready."""
        self._wake.clear()
        if ready_in is None:
            await self._wake.wait()
            return
        # Race the two: new work for a ready chat must not wait out another chat's interval.
        waits = [
            asyncio.ensure_future(self._wake.wait()),
            asyncio.ensure_future(self._sleep(ready_in)),
        ]
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiting in waits:
                waiting.cancel()
            await asyncio.gather(*waits, return_exceptions=True)


def _chat_key(chat_id: Any) -> int | str | None:
    """A chat may be named "123" or 123; both must share one per-chat budget."""
    try:
        return int(chat_id)
    except (TypeError, ValueError):
        return None if chat_id is None else str(chat_id)


def _seconds(exc: RetryAfter) -> float:
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
