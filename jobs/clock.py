"""The one clock: every piece of code that needs "now" asks a Clock, so tests can move time."""

from __future__ import annotations

import datetime as dtm
from typing import Protocol

UTC = dtm.UTC


class Clock(Protocol):
    def now(self) -> dtm.datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> dtm.datetime:
        return dtm.datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to; used by tests and the benchmark."""

    def __init__(self, start: dtm.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> dtm.datetime:
        return self._now

    def set(self, instant: dtm.datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = instant.astimezone(UTC)

    def advance(self, delta: dtm.timedelta) -> None:
        self._now += delta
