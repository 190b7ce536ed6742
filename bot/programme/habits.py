"""The habits, per reminder kind: how many reminders were sent and ticked off ("afgevinkt":
a tap on Done, not proof of anything), how many skipped, and a forgiving habit score.

The score is Loop Habit Tracker's published formula (uhabits, `Score.compute`): an exponential
moving average, score = previous * m + value * (1 - m) with m = 0.5 ** (sqrt(frequency) / 13),
so for a daily habit (frequency 1) a day's weight halves in 13 days. As in Loop, a skip
leaves the score where it was, and so does a day on which nothing of the kind was sent (a
pause, the reminder switched off, the bot down): only what was asked and not done lowers it.
It starts from the first day's share (Loop starts from 0, which makes a perfect first week
read 31%), and is shown only once the kind has MIN_DAYS days behind it: before that it says
too little.

A day counts once it is over, or as soon as everything of the kind sent that day has an
answer; several reminders a day (water) count as the share of them done. The evening's
wind-down carries the day's itch question: an itch score given that evening counts as the
wind-down answered.
"""

from __future__ import annotations

import datetime as dtm
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from bot.programme.records import DONE, SKIPPED
from messages import t

HALF_LIFE_DAYS: Final = 13.0
DAILY: Final = 1.0
MULTIPLIER: Final = 0.5 ** (math.sqrt(DAILY) / HALF_LIFE_DAYS)
MIN_DAYS: Final = 14


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


def with_itch_answers(
    records: Iterable[Record], itch_days: Iterable[tuple[dtm.date, int]]
) -> list[Record]:
    """The records with each unanswered wind-down of an evening whose itch was given counted
    as answered: the itch scale is on that very message."""
    answered = {day for day, _ in itch_days}
    return [
        (
            day,
            kind,
            status,
            DONE if kind == "winddown" and answer is None and day in answered else answer,
        )
        for day, kind, status, answer in records
    ]


@dataclass(frozen=True)
class Habit:
    """One kind's record: reminders sent, ticked off and skipped, and its habit score (0..1),
    None while the kind has fewer than MIN_DAYS days behind it."""

    kind: str
    sent: int
    done: int
    skipped: int
    score: float | None


def habits(records: Iterable[Record], kinds: Iterable[str], today: dtm.date) -> dict[str, Habit]:
    """Each kind's habit up to `today`, for the kinds with something sent."""
    days: dict[str, dict[dtm.date, Day]] = defaultdict(lambda: defaultdict(Day))
    for day, kind, _status, answer in records:
        if day > today:
            continue
        entry = days[kind][day]
        if answer == DONE:
            entry.done += 1
        elif answer == SKIPPED:
            entry.skipped += 1
        else:
            entry.open += 1
    found: dict[str, Habit] = {}
    for kind in kinds:
        history = sorted(days[kind].items())
        if not history:
            continue
        score: float | None = None
        for day, entry in history:
            if day == today and entry.open:
                continue  # not over, and still waiting for an answer
            value = entry.value()
            if value is not None:
                score = value if score is None else step(score, value)
        old_enough = (today - history[0][0]).days >= MIN_DAYS  # whole days behind it
        found[kind] = Habit(
            kind,
            sent=sum(e.done + e.skipped + e.open for _, e in history),
            done=sum(e.done for _, e in history),
            skipped=sum(e.skipped for _, e in history),
            score=score if old_enough else None,
        )
    return found


def habit_scores(
    records: Iterable[Record], kinds: Iterable[str], today: dtm.date
) -> dict[str, float]:
    """The habit score per kind, for the kinds old enough to have one."""
    return {
        kind: habit.score
        for kind, habit in habits(records, kinds, today).items()
        if habit.score is not None
    }


def habit_label(habit: Habit, language: str) -> str:
    """ "Probioticum: afgevinkt 12 van 14, gewoontescore 64%": the same words in /progress,
    the chart and the doctor's page."""
    label = t(language, f"kind.{habit.kind}")
    if habit.score is None:
        return t(language, "habit.ticked", label=label, done=habit.done, sent=habit.sent)
    return t(
        language,
        "habit.ticked_scored",
        label=label,
        done=habit.done,
        sent=habit.sent,
        score=round(100 * habit.score),
    )


def habit_labels(found: Sequence[Habit], language: str) -> list[str]:
    return [habit_label(habit, language) for habit in found]
