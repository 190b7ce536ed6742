"""Fixtures: a Bot API server on 127.0.0.1, a clock the test moves, the real Application; and
a store of its own for the tests below the Telegram side."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot.botapi import FakeBotApi
from bot.storage import Store
from jobs.clock import FakeClock
from tests.harness import Harness, local


@pytest.fixture
async def server() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest.fixture
async def harness(server: FakeBotApi, tmp_path: Path) -> AsyncIterator[Harness]:
    # A Monday in November, 06:00 in Amsterdam: early enough that the whole day is ahead.
    h = Harness(server, FakeClock(local(2026, 11, 23, 6, 0)), tmp_path / "coach.db")
    await h.start()
    try:
        yield h
    finally:
        await h.stop()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "coach.db")
    yield s
    s.close()
