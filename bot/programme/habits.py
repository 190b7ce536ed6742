"""A forgiving habit score per reminder kind, beside the streaks.

Loop Habit Tracker's published formula (uhabits, `Score.compute`): an exponential moving
average, score = previous * m + value * (1 - m) with m = 0.5 ** (sqrt(frequency) / 13), so for
a daily habit (frequency 1) a day's weight halves in 13 days. As in Loop, a skip leaves the
score where it was, and so does a day on which nothing of the kind was sent (a pause, the
reminder switched off, the bot down): only what was asked and not done lowers it.

A day counts once it is over, or as soon as everything of the kind sent that day has an
answer; several reminders a day (water) count as the share of them done.
"""

from __future__ import annotations

import datetime as dtm
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

HALF_LIFE_DAYS: Final = 13.0
DAILY: Final = 1.0
MULTIPLIER: Final = 0.5 ** (math.sqrt(DAILY) / HALF_LIFE_DAYS)


def step(previous: float, value: float, multiplier: float = MULTIPLIER) -> float:
    """One day of Loop's moving average: `value` is the day's share done, 0..1."""
    return previous * multiplier + value * (1 - multiplier)


@dataclass
class Day:
    done: int = 0
    skipped: int = 0
    open: int = 0  # sent, no answer (yet)

    def value(self) -> float | None:
        """The day's share done; None when the day leaves the score unchanged (only skips)."""
        asked = self.done + self.open
        return self.done / asked if asked else None


# (local date, kind, status, answer) of a reminder that was sent or answered.
Record = tuple[dtm.date, str, str, str | None]


def habit_scores(
    records: Iterable[Record], kinds: Iterable[str], today: dtm.date
) -> dict[str, float]:
    """The score per kind, 0..1, from the reminder history up to `today` (kinds never sent: 0)."""
    days: dict[str, dict[dtm.date, Day]] = defaultdict(lambda: defaultdict(Day))
    for day, kind, _status, answer in records:
        entry = days[kind][day]
        if answer == "done":
            entry.done += 1
        elif answer == "skip":
            entry.skipped += 1
        else:
            entry.open += 1
    scores: dict[str, float] = {}
    for kind in kinds:
        score = 0.0
        for day, entry in sorted(days[kind].items()):
            if day > today or (day == today and entry.open):
                continue  # not over, and still waiting for an answer
            value = entry.value()
            if value is not None:
                score = step(score, value)
        scores[kind] = score
    return scores
