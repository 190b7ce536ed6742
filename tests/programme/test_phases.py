"""The programme's phases, counted in calendar days from the start date."""

from __future__ import annotations

import datetime as dtm

import pytest

from bot.programme.phases import phase_of_day, phase_on


@pytest.mark.parametrize(
    ("day", "phase"),
    [
        (-3, 1),
        (0, 1),
        (27, 1),
        (28, 2),
        (59, 2),
        (60, 3),
        (119, 3),
        (120, 4),
        (179, 4),
        (180, 5),
        (800, 5),
    ],
)
def test_phase_of_day(day: int, phase: int) -> None:
    assert phase_of_day(day) == phase


def test_phase_counts_calendar_days_across_dst() -> None:
    assert phase_on(dtm.date(2026, 3, 1), dtm.date(2026, 3, 29)) == 2
