"""Telegram's faults, injected by the suite's Bot API server, each with the one outcome it may
have: delivered once, or recorded as failed and never sent again."""

from __future__ import annotations

import asyncio
import datetime as dtm

import pytest

from bot.botapi import FakeBotApi, Fault, SentMessage, User
from tests import stored
from tests.harness import READ_TIMEOUT, Harness, local

DUE = local(2026, 11, 23, 7, 30)  # the first glass of water after onboarding


def water_row(harness: Harness) -> list[tuple[str, object]]:
    return stored.reminder_outcomes(harness.store, "hydration", 0, DUE.date())


@pytest.mark.parametrize(
    ("fault", "code", "delivered"),
    [
        ("error", 500, 0),  # a 5xx: Telegram does not say whether it was processed
        ("error", 502, 0),
        ("error_after", 502, 1),  # delivered, then a 502 from the front end
        ("reset_before", 0, 0),
        ("reset_after", 0, 1),
        ("hang_after", 0, 1),  # delivered; the answer comes after the client gave up
        ("bad_json", 0, 1),
    ],
)
async def test_an_ambiguous_fault_is_recorded_and_never_resent(
    harness: Harness, server: FakeBotApi, fault: Fault, code: int, delivered: int
) -> None:
    ann = User(3101, "Ann", language_code="nl")
    await harness.onboard(ann)
    onboarded = len(server.calls)
    server.inject(
        "sendMessage",
        fault,
        chat_id=ann.id,
        error_code=code or 502,
        description="Internal Server Error" if code == 500 else "Bad Gateway",
        hang_seconds=READ_TIMEOUT + 1.0,
    )
    harness.clock.set(DUE)
    await harness.tick()
    assert len(harness.new_messages(ann)) == delivered
    assert water_row(harness) == [("failed", "uncertain")]
    # Later ticks never send it again.
    harness.clock.set(DUE + dtm.timedelta(minutes=1))
    await harness.tick()
    assert harness.new_messages(ann) == []
    attempts = [
        c
        for c in server.calls[onboarded:]
        if c.method == "sendMessage" and c.params["chat_id"] == ann.id
    ]
    assert len(attempts) == 1  # one request, whatever became of it


async def test_429_waits_and_is_delivered_once(harness: Harness, server: FakeBotApi) -> None:
    bob = User(3102, "Bob", language_code="nl")
    await harness.onboard(bob)
    server.fail_next(
        "sendMessage",
        error_code=429,
        chat_id=bob.id,
        retry_after=1,
        description="Too Many Requests: retry after 1",
    )
    harness.clock.set(DUE)
    await harness.tick()
    assert len(harness.new_messages(bob)) == 1
    assert water_row(harness) == [("sent", None)]


async def test_403_records_the_rows_keeps_history_and_stops_until_start(
    harness: Harness, server: FakeBotApi
) -> None:
    cas = User(3103, "Cas", language_code="nl")
    await harness.onboard(cas)
    server.fail_next(
        "sendMessage",
        error_code=403,
        chat_id=cas.id,
        description="Forbidden: bot was blocked by the user",
    )
    harness.clock.set(DUE)
    await harness.tick()
    assert harness.new_messages(cas) == []
    assert water_row(harness) == [("failed", "blocked")]  # recorded, not deleted
    participant = harness.participant(cas)
    assert participant is not None and participant.status == "blocked"
    assert [row for row in harness.store.reminders.all(cas.id) if row.status == "planned"] == []
    await harness.run_until(local(2026, 11, 23, 23, 0), step=dtm.timedelta(minutes=10))
    assert harness.new_messages(cas) == []
    await harness.say(cas, "/start")
    participant = harness.participant(cas)
    assert participant is not None and participant.status == "active"
    assert water_row(harness) == [("failed", "blocked")]


async def test_a_locked_database_after_a_send_never_sends_it_again(
    harness: Harness, server: FakeBotApi
) -> None:
    """Another process takes the write lock the moment Telegram has the message: recording it
    waits until the lock is gone, and nothing is sent twice."""
    people = [User(3110 + i, f"P{i}", language_code="nl") for i in range(3)]
    for person in people:
        await harness.onboard(person)
    outsider = stored.outside_connection(harness.db_path)
    locked: list[int] = []

    def lock_once(message: SentMessage) -> None:
        if not locked:
            stored.take_write_lock(outsider)  # held from now on
            locked.append(message.chat_id)

    server.on_delivery = lock_once

    async def release_later() -> None:
        await asyncio.sleep(1.5)
        stored.release_write_lock(outsider)

    releasing = asyncio.create_task(release_later())
    harness.clock.set(DUE)
    await harness.tick()  # waits for every outcome to be recorded
    await releasing
    server.on_delivery = None
    outsider.close()
    assert locked
    harness.clock.set(DUE + dtm.timedelta(minutes=1))
    await harness.tick()
    for person in people:
        assert len(harness.new_messages(person)) == 1
    assert [status for status, _ in water_row(harness)] == ["sent"] * 3
    assert stored.count_rows(harness.store, "claims") == 0
