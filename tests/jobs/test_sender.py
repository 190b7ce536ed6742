"""The sender against a real HTTP server that is not there yet: a connection that was never
made is the one failure that is tried again."""

from __future__ import annotations

import datetime as dtm
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram.ext import ExtBot

from bot.botapi import TOKEN, FakeBotApi
from bot.storage import Store
from jobs.clock import FakeClock
from jobs.pacer import Pacer
from jobs.sender import NETWORK_RETRIES, Outgoing, Sender

AT = dtm.datetime(2026, 11, 23, 7, 30, tzinfo=dtm.UTC)


@pytest.fixture
async def down() -> AsyncIterator[tuple[ExtBot[Any], int]]:
    """A bot that knows its server, and that server gone: every connection is refused."""
    server = FakeBotApi()
    await server.start()
    bot: ExtBot[Any] = ExtBot(
        TOKEN,
        base_url=server.base_url,
        rate_limiter=Pacer(1000.0, per_chat_interval=0.0, window=None),
    )
    await bot.initialize()
    port = server.port
    await server.stop()  # closes every connection it had, too
    try:
        yield bot, port
    finally:
        await bot.shutdown()


async def test_a_connection_never_made_is_tried_again_and_delivered_once(
    down: tuple[ExtBot[Any], int], store: Store
) -> None:
    bot, port = down
    back = FakeBotApi(port=port)
    waits: list[float] = []

    async def server_comes_back(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 1:
            await back.start()

    turns: list[int] = []
    sender = Sender(bot, store, FakeClock(AT), sleep=server_comes_back)
    try:
        outcome = await sender.send(42, Outgoing("Tijd voor water.", None), lambda: turns.append(1))
    finally:
        await back.stop()
    assert outcome.status == "sent" and outcome.message_id is not None
    assert len(waits) == 1 and len(turns) == 2  # refused once, then sent
    assert [m.chat_id for m in back.sent] == [42]  # once


async def test_a_server_that_stays_away_leaves_the_reminder_planned(
    down: tuple[ExtBot[Any], int], store: Store
) -> None:
    bot, _ = down
    waits: list[float] = []

    async def no_wait(seconds: float) -> None:
        waits.append(seconds)

    sender = Sender(bot, store, FakeClock(AT), sleep=no_wait)
    outcome = await sender.send(42, Outgoing("Tijd voor water.", None), lambda: None)
    assert (outcome.status, outcome.reason) == ("unsent", "unreachable")
    assert len(waits) == NETWORK_RETRIES
