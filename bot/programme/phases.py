"""The programme's phases, counted in days from the participant's start date (docs/programme.md)."""

from __future__ import annotations

import datetime as dtm
from typing import Final

# First day of each phase; the seed's windows leave gaps, these bounds close them.
PHASE_STARTS: Final[tuple[int, ...]] = (0, 28, 60, 120, 180)


def programme_day(start: dtm.date, today: dtm.date) -> int:
    return (today - start).days


def phase_of_day(day: int) -> int:
    """Phase 1..5 of a programme day; days before the start count as phase 1."""
    phase = 1
    for number, first_day in enumerate(PHASE_STARTS, start=1):
        if day >= first_day:
            phase = number
    return phase


def phase_on(start: dtm.date, today: dtm.date) -> int:
    return phase_of_day(programme_day(start, today))


def within_programme(start: dtm.date | None, today: dtm.date, day: dtm.date) -> bool:
    """A day a diary entry (itch, water) may be for: from the start date up to today."""
    return (start is None or day >= start) and day <= today
