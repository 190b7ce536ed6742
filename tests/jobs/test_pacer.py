"""The pacer on a fake clock: time moves only when the pacer sleeps, so nothing really waits."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import os
from collections import deque
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram.error import Forbidden, RetryAfter

from jobs.pacer import BULK, INTERACTIVE, LATE_WAKE, PACE, WINDOW, Pacer, Priority, Result

# RetryAfter reads its own .retry_after in __init__; without this PTB warns (an error here).
os.environ.setdefault("PTB_TIMEDELTA", "1")

EPS = 1e-6
SLOT = 1 / 29


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps = 0

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps += 1
        # Yield first: requests just granted must reach "Telegram" at the time they were granted.
        await asyncio.sleep(0)
        self.now += max(seconds, 0.0)


class FakeTelegram:
    """Records every attempt as (time, chat_id, endpoint, tag); raises what a test scripted."""

    def __init__(self, clock: FakeTime) -> None:
        self.clock = clock
        self.attempts: list[tuple[float, Any, str, Any]] = []
        self.failures: dict[Any, deque[Exception]] = {}

    async def call(self, endpoint: str, data: dict[str, Any]) -> Result:
        chat_id = data.get("chat_id")
        self.attempts.append((self.clock.now, chat_id, endpoint, data.get("tag")))
        planned = self.failures.get(chat_id)
        if planned:
            raise planned.popleft()
        return True

    def request(
        self,
        pacer: Pacer,
        chat_id: Any,
        priority: Priority | None = None,
        endpoint: str = "sendMessage",
        tag: Any = None,
    ) -> Coroutine[Any, Any, Result]:
        data = {"chat_id": chat_id, "tag": tag} if chat_id is not None else {"tag": tag}
        return pacer.process_request(self.call, (endpoint, data), {}, endpoint, data, priority)

    def times(self) -> list[float]:
        return [a[0] for a in self.attempts]

    def chats(self) -> list[Any]:
        return [a[1] for a in self.attempts]


@asynccontextmanager
async def running(
    rate: float = 29.0,
    max_retries_429: int = 5,
    clock: FakeTime | None = None,
    window: tuple[int, float] | None = None,
) -> AsyncIterator[tuple[Pacer, FakeTime, FakeTelegram]]:
    clock = clock or FakeTime()
    pacer = Pacer(
        rate,
        1.0,
        max_retries_429=max_retries_429,
        window=window,
        monotonic=clock.monotonic,
        sleep=clock.sleep,
    )
    await pacer.initialize()
    try:
        yield pacer, clock, FakeTelegram(clock)
    finally:
        await pacer.shutdown()


async def until(condition: Any) -> None:
    for _ in range(10_000):
        if condition():
            return
        await asyncio.sleep(0)
    raise AssertionError("condition never became true")


def gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(times)]


async def test_bulk_to_many_chats_is_spaced_evenly_in_fifo_order() -> None:
    async with running() as (pacer, _, api):
        await asyncio.gather(*(api.request(pacer, chat, BULK) for chat in range(90)))
    assert api.chats() == list(range(90))
    assert all(SLOT - EPS <= gap <= SLOT + EPS for gap in gaps(api.times()))
    assert api.times()[-1] - api.times()[0] == pytest.approx(89 / 29)
    assert pacer.sent_total == 90


async def test_never_more_than_thirty_in_any_window_and_never_closer_than_the_grid() -> None:
    count, seconds = WINDOW
    async with running(rate=PACE, window=WINDOW) as (pacer, _, api):
        await asyncio.gather(*(api.request(pacer, chat, BULK) for chat in range(3 * count)))
    times = api.times()
    assert api.chats() == list(range(3 * count))
    assert min(gaps(times)) >= 1 / PACE - EPS
    assert all(
        later - first >= seconds - EPS for first, later in zip(times, times[count:], strict=False)
    )
    # 30 on the grid, then the window's room, and again: 28.7 a second on average.
    assert times[-1] == pytest.approx(2 * seconds + (count - 1) / PACE)


async def test_a_chat_with_two_messages_waiting_goes_first_so_no_second_is_left_empty() -> None:
    async with running() as (pacer, _, api):
        chats = [*range(1, 41), 40]  # the last chat has a second message, a check-in say
        await asyncio.gather(
            *(api.request(pacer, chat, BULK, tag=i) for i, chat in enumerate(chats))
        )
    order = api.chats()
    assert order[0] == 40  # its clock starts first, so its second need not wait at the end
    assert [a[3] for a in api.attempts if a[1] == 40] == [39, 40]  # in order within the chat
    times = [t for t, c, _, _ in api.attempts if c == 40]
    assert times[1] - times[0] >= 1.0 - EPS
    # Without it: 40's first at 39/29 s, its second a whole second later, alone.
    assert api.times()[-1] == pytest.approx(40 / 29)


class LateTime(FakeTime):
    """Timers that fire late, as the event loop's do (on whole milliseconds, or after a
    stall): every sleep overshoots by `late`, one of them by `stall`."""

    def __init__(self, late: float, stall: float = 0.0, stall_at: int = -1) -> None:
        super().__init__()
        self.late, self.stall, self.stall_at = late, stall, stall_at

    async def sleep(self, seconds: float) -> None:
        overshoot = self.stall if self.sleeps == self.stall_at else self.late
        await super().sleep(max(seconds, 0.0) + overshoot)


@pytest.mark.parametrize("late", [0.0005, 0.001, LATE_WAKE - 0.001])
async def test_late_timers_keep_the_pace(late: float) -> None:
    async with running(clock=LateTime(late)) as (pacer, _, api):
        await asyncio.gather(*(api.request(pacer, chat, BULK) for chat in range(88)))
    times = api.times()
    # Late wake-ups do not add up: 88 turns still take 87 slots (plus the last one's lateness).
    assert times[-1] - times[0] == pytest.approx(87 * SLOT + late, abs=1e-6)
    assert min(gaps(times)) >= SLOT - late - EPS


async def test_a_stall_never_earns_a_burst() -> None:
    async with running(clock=LateTime(0.001, stall=0.2, stall_at=30)) as (pacer, _, api):
        await asyncio.gather(*(api.request(pacer, chat, BULK) for chat in range(60)))
    times = api.times()
    stalled = max(range(1, 60), key=lambda i: times[i] - times[i - 1])
    assert times[stalled] - times[stalled - 1] > 0.2
    # After the stall the grid starts again from then: no turns squeezed in to catch up.
    assert min(gaps(times[stalled:])) >= SLOT - 0.001 - EPS
    assert times[stalled + 28] - times[stalled] >= 28 * SLOT - EPS


async def test_same_chat_waits_its_interval_while_other_chats_go_ahead() -> None:
    async with running() as (pacer, _, api):
        chats = [1, 1, *range(2, 41)]
        await asyncio.gather(*(api.request(pacer, chat, BULK) for chat in chats))
    first, second = (t for t, chat, _, _ in api.attempts if chat == 1)
    assert second - first >= 1.0 - EPS
    assert second - first <= 1.0 + SLOT + EPS  # not pushed behind the whole queue
    assert api.chats()[1:29] == list(range(2, 30))  # others filled the second
    assert min(gaps(api.times())) >= SLOT - EPS


async def test_interactive_overtakes_queued_bulk() -> None:
    async with running() as (pacer, clock, api):
        bulk = [asyncio.create_task(api.request(pacer, chat, BULK)) for chat in range(50)]
        await until(lambda: len(api.attempts) == 3)
        asked_at = clock.now
        await api.request(pacer, 999)
        await asyncio.gather(*bulk)
    # The next turn is its own; at most one bulk turn already granted may still be under way.
    position = api.chats().index(999)
    assert position <= 4
    assert api.chats() == [*range(position), 999, *range(position, 50)]
    assert api.times()[position] - asked_at <= SLOT + EPS
    assert min(gaps(api.times())) >= SLOT - EPS


async def test_callback_answers_go_at_once_and_take_no_turn() -> None:
    async with running() as (pacer, _, api):
        bulk = [asyncio.create_task(api.request(pacer, chat, BULK)) for chat in range(20)]
        await until(lambda: len(api.attempts) == 1)
        await api.request(pacer, None, BULK, endpoint="answerCallbackQuery")
        await asyncio.gather(*bulk)
    endpoints = [a[2] for a in api.attempts]
    assert endpoints.index("answerCallbackQuery") <= 2
    sends = [t for t, _, endpoint, _ in api.attempts if endpoint == "sendMessage"]
    assert sends == pytest.approx([i * SLOT for i in range(20)])  # not one turn lost to it


async def test_429_pauses_everything_then_retries_the_same_request_first() -> None:
    async with running() as (pacer, _, api):
        api.failures[5] = deque([RetryAfter(dt.timedelta(seconds=1))])
        await asyncio.gather(*(api.request(pacer, chat, BULK) for chat in range(10)))
    failed_at = api.times()[5]
    assert api.chats() == [0, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9]
    assert api.times()[6] - failed_at >= 1.0 - EPS  # nothing at all was sent during the pause
    assert api.times()[6] - failed_at <= 1.0 + SLOT + EPS
    assert min(gaps(api.times())) >= SLOT - EPS
    assert (pacer.sent_total, pacer.retries_429) == (10, 1)


async def test_429_with_seconds_as_a_number_is_understood() -> None:
    async with running() as (pacer, _, api):
        api.failures[1] = deque([RetryAfter(2)])
        await api.request(pacer, 1)
    assert gaps(api.times()) == [pytest.approx(2.0)]


async def test_429_beyond_max_retries_is_raised_and_the_queue_moves_on() -> None:
    async with running(max_retries_429=2) as (pacer, _, api):
        api.failures[1] = deque(RetryAfter(dt.timedelta(seconds=1)) for _ in range(3))
        with pytest.raises(RetryAfter):
            await api.request(pacer, 1)
        assert await api.request(pacer, 2) is True
    assert api.chats() == [1, 1, 1, 2]
    assert (pacer.sent_total, pacer.retries_429) == (1, 2)


async def test_other_errors_propagate_unchanged_and_do_not_stall() -> None:
    blocked = Forbidden("Forbidden: bot was blocked by the user")
    async with running() as (pacer, _, api):
        api.failures[3] = deque([blocked])
        results = await asyncio.gather(
            *(api.request(pacer, chat, BULK) for chat in range(6)), return_exceptions=True
        )
    assert results[3] is blocked
    assert [r for i, r in enumerate(results) if i != 3] == [True] * 5
    assert api.times() == pytest.approx([i * SLOT for i in range(6)])


async def test_a_cancelled_waiter_leaves_the_queue_and_costs_no_slot() -> None:
    async with running() as (pacer, clock, api):
        tasks = [asyncio.create_task(api.request(pacer, chat, BULK)) for chat in range(5)]
        await until(lambda: pacer.queued_bulk == 5)
        tasks[2].cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        assert tasks[2].cancelled()
        assert pacer.queued_bulk == 0
        assert api.chats() == [0, 1, 3, 4]
        assert api.times() == pytest.approx([i * SLOT for i in range(4)])
        # Idle means asleep on an event: no more (fake) sleeps, the clock stands still.
        settled = (clock.now, clock.sleeps)
        for _ in range(100):
            await asyncio.sleep(0)
        assert (clock.now, clock.sleeps) == settled


class ManualTime(FakeTime):
    """Sleepers wait until the test moves the clock: lets a request arrive while the pump idles."""

    def __init__(self) -> None:
        super().__init__()
        self.sleepers: list[tuple[float, asyncio.Future[None]]] = []

    async def sleep(self, seconds: float) -> None:
        wake: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.sleepers.append((self.now + seconds, wake))
        await wake

    async def advance(self, seconds: float) -> None:
        self.now += seconds
        for deadline, wake in self.sleepers:
            if deadline <= self.now + EPS and not wake.done():
                wake.set_result(None)
        for _ in range(10):
            await asyncio.sleep(0)


async def test_new_work_wakes_a_pump_waiting_for_a_cooling_chat() -> None:
    clock = ManualTime()
    pacer = Pacer(1000.0, 1.0, window=None, monotonic=clock.monotonic, sleep=clock.sleep)
    api = FakeTelegram(clock)
    await pacer.initialize()
    try:
        repeat = [asyncio.create_task(api.request(pacer, 1)) for _ in range(2)]
        await until(lambda: len(api.attempts) == 1)
        await clock.advance(0.5)  # chat 1 is done for now; its second message must wait to 1.0
        assert api.attempts == [(0.0, 1, "sendMessage", None)]
        other = asyncio.create_task(api.request(pacer, 2))
        await clock.advance(0)
        assert api.attempts[1] == (0.5, 2, "sendMessage", None)  # at once, not at 1.0
        await clock.advance(0.5)
        await asyncio.gather(*repeat, other)
        assert api.times() == [0.0, 0.5, 1.0]
    finally:
        await pacer.shutdown()


async def test_shutdown_stops_the_pump_and_releases_waiters() -> None:
    forever = asyncio.Event()

    async def never_wakes(seconds: float) -> None:
        await forever.wait()

    clock = FakeTime()
    pacer = Pacer(monotonic=clock.monotonic, sleep=never_wakes)
    api = FakeTelegram(clock)
    await pacer.initialize()
    waiting = [asyncio.create_task(api.request(pacer, chat)) for chat in (1, 2, 3)]
    await until(lambda: len(api.attempts) == 1 and pacer.queued_interactive == 2)
    await pacer.shutdown()
    results = await asyncio.gather(*waiting, return_exceptions=True)
    assert results[0] is True
    assert all(isinstance(r, asyncio.CancelledError) for r in results[1:])
    assert (pacer.queued_interactive, pacer.queued_bulk) == (0, 0)


requests = st.lists(
    st.tuples(
        st.integers(0, 5),  # chat
        st.sampled_from([None, INTERACTIVE, BULK]),
        st.integers(0, 30),  # submitted once this many attempts were made
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(
    requests,
    st.sampled_from([29.0, 10.0, 3.0]),
    st.sampled_from([None, (5, 1.0), (30, 1.045), (2, 0.9)]),
)
async def test_property_spacing_holds_and_everything_is_served_once(
    plan: list[tuple[int, Priority | None, int]], rate: float, window: tuple[int, float] | None
) -> None:
    async with running(rate, window=window) as (pacer, _, api):
        submitted = []
        for tag, (chat, priority, after) in enumerate(plan):
            # Only wait for attempts that requests already submitted will surely make.
            need = min(after, tag)
            await until(lambda need=need: len(api.attempts) >= need)
            submitted.append(asyncio.create_task(api.request(pacer, chat, priority, tag=tag)))
        await asyncio.gather(*submitted)

    assert sorted(a[3] for a in api.attempts) == list(range(len(plan)))
    times = api.times()
    for i, first in enumerate(times):  # never more than the rate, over any stretch
        for k, later in enumerate(times[i + 1 :], start=1):
            assert later - first >= k / rate - LATE_WAKE - EPS
    if window is not None:  # never more than window[0] turns in window[1] seconds
        count, seconds = window
        assert all(b - a >= seconds - EPS for a, b in zip(times, times[count:], strict=False))
    for chat in range(6):
        same_chat = [t for t, c, _, _ in api.attempts if c == chat]
        assert all(gap >= 1.0 - EPS for gap in gaps(same_chat))
        for priority in (INTERACTIVE, BULK):  # FIFO per chat and priority
            tags = [i for i, (c, p, _) in enumerate(plan) if c == chat and (p or 0) == priority]
            assert [a[3] for a in api.attempts if a[3] in tags] == tags
