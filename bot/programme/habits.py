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
from dataclasses import dataclass, field
from typing import Final

from bot.programme.kinds import DECLARED
from bot.programme.records import DONE, SKIPPED, OccurrenceStatus, ReminderAnswer
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
Record = tuple[dtm.date, str, OccurrenceStatus, ReminderAnswer | None]


# The kinds whose message carries the evening's itch question (the wind-down).
BY_ITCH: Final = frozenset(d.name for d in DECLARED if d.done_by_itch)


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
            DONE if kind in BY_ITCH and answer is None and day in answered else answer,
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


@dataclass(frozen=True)
class WeekCount:
    """One programme week of one kind, compacted: the reminders sent, ticked off, skipped and
    snoozed (at least once), as they were stored; and the wind-downs left unanswered whose
    evening has an itch score, which count as ticked off (`with_itch_answers`)."""

    week_start: dtm.date
    kind: str
    sent: int
    done: int
    skipped: int
    snoozed: int
    itch_done: int = 0

    @property
    def ticked(self) -> int:
        """Ticked off as the habits count it: the itch answers included."""
        return self.done + self.itch_done


@dataclass(frozen=True)
class Carry:
    """What the habit score and the streak of a kind need from the days before `boundary`,
    once their reminder rows are compacted: the score is a running average, so its value at
    the boundary carries it on; the streak is the done days in a row ending the day before."""

    kind: str
    boundary: dtm.date
    first_day: dtm.date
    score: float | None
    streak: int


@dataclass(frozen=True)
class Compacted:
    """A person's compacted reminder history: weekly counts, and each kind's carry."""

    weeks: tuple[WeekCount, ...] = ()
    carry: dict[str, Carry] = field(default_factory=dict)

    def since(self) -> dtm.date | None:
        return min((c.first_day for c in self.carry.values()), default=None)

    def totals(self, kind: str) -> tuple[int, int, int]:
        """(sent, done, skipped) of a kind over the compacted weeks."""
        weeks = [w for w in self.weeks if w.kind == kind]
        return (
            sum(w.sent for w in weeks),
            sum(w.ticked for w in weeks),
            sum(w.skipped for w in weeks),
        )


NOTHING_COMPACTED: Final = Compacted()


@dataclass(frozen=True)
class History:
    """A person's reminder history: the rows still kept, and what older ones were compacted
    into (storage's `Reminders.history`)."""

    records: Sequence[Record]
    compacted: Compacted = NOTHING_COMPACTED

    def since(self) -> dtm.date | None:
        """The first day a reminder was sent."""
        kept = min((day for day, *_ in self.records), default=None)
        before = self.compacted.since()
        if kept is None or before is None:
            return kept or before
        return min(kept, before)


def as_history(reminders: History | Sequence[Record]) -> History:
    return reminders if isinstance(reminders, History) else History(list(reminders))


def _by_day(records: Iterable[Record], today: dtm.date) -> dict[str, dict[dtm.date, Day]]:
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
    return days


def _fold(
    score: float | None, history: Sequence[tuple[dtm.date, Day]], today: dtm.date
) -> float | None:
    """The running average carried on over `history` (sorted by day)."""
    for day, entry in history:
        if day == today and entry.open:
            continue  # not over, and still waiting for an answer
        value = entry.value()
        if value is not None:
            score = value if score is None else step(score, value)
    return score


def streak_back(done: set[dtm.date], last: dtm.date, carry: Carry | None = None) -> int:
    """Days in a row in `done` ending on `last`; going on into the compacted days when the
    run reaches the boundary."""
    count = 0
    cursor = last
    while cursor in done:
        count += 1
        cursor -= dtm.timedelta(days=1)
    if carry is not None and cursor == carry.boundary - dtm.timedelta(days=1):
        count += carry.streak
    return count


def habits(
    records: Iterable[Record],
    kinds: Iterable[str],
    today: dtm.date,
    compacted: Compacted = NOTHING_COMPACTED,
) -> dict[str, Habit]:
    """Each kind's habit up to `today`, for the kinds with something sent; the compacted
    weeks and carry (if any) go before the records."""
    days = _by_day(records, today)
    found: dict[str, Habit] = {}
    for kind in kinds:
        history = sorted(days[kind].items())
        carry = compacted.carry.get(kind)
        if not history and carry is None:
            continue
        first = carry.first_day if carry is not None else history[0][0]
        score = _fold(carry.score if carry is not None else None, history, today)
        old_enough = (today - first).days >= MIN_DAYS  # whole days behind it
        sent, done, skipped = compacted.totals(kind)
        found[kind] = Habit(
            kind,
            sent=sent + sum(e.done + e.skipped + e.open for _, e in history),
            done=done + sum(e.done for _, e in history),
            skipped=skipped + sum(e.skipped for _, e in history),
            score=score if old_enough else None,
        )
    return found


# (local date, kind, status, answer, snoozes) of a reminder row about to be compacted.
Row = tuple[dtm.date, str, OccurrenceStatus, ReminderAnswer | None, int]


def week_start(start: dtm.date, day: dtm.date) -> dtm.date:
    """The first day of the programme week `day` falls in (weeks counted from `start`)."""
    return start + dtm.timedelta(days=7 * ((day - start).days // 7))


def week_counts(
    rows: Sequence[Row], start: dtm.date, records: Sequence[Record] | None = None
) -> list[WeekCount]:
    """The weekly counts of reminder rows about to go, per programme week and kind. `records`
    are the rows as the habits read them (a wind-down done by the evening's itch answer,
    `with_itch_answers`), counted apart in `itch_done`; without them, the rows as stored (the
    other reminders: a check-in, its nudge, an offer, a question asked again)."""
    read = records if records is not None else [(d, k, s, a) for d, k, s, a, _ in rows]
    counts: dict[tuple[dtm.date, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for (day, kind, _status, answer), (*_, stored, snoozes) in zip(read, rows, strict=True):
        entry = counts[week_start(start, day), kind]
        entry[0] += 1
        if answer == DONE:
            entry[1 if stored == DONE else 4] += 1
        elif answer == SKIPPED:
            entry[2] += 1
        if snoozes:
            entry[3] += 1
    return [WeekCount(w, k, *c) for (w, k), c in sorted(counts.items())]


def compact(
    rows: Iterable[Row],
    itch_days: Iterable[tuple[dtm.date, int]],
    start: dtm.date,
    before: dict[str, Carry],
    boundary: dtm.date,
) -> tuple[list[WeekCount], dict[str, Carry]]:
    """The weekly counts and the new carry of the reminder rows before `boundary` (all of
    them sent or answered, none from before the last boundary): what `habits`, the streaks
    and the weekly adherence need of them once they are gone."""
    rows = [r for r in rows if r[0] < boundary]
    records = with_itch_answers([(d, k, s, a) for d, k, s, a, _ in rows], itch_days)
    weeks = week_counts(rows, start, records)
    done_days: dict[str, set[dtm.date]] = defaultdict(set)
    for day, kind, _status, answer in records:
        if answer == DONE:
            done_days[kind].add(day)
    days = _by_day(records, boundary)
    carry: dict[str, Carry] = {}
    for kind in sorted(set(before) | set(days)):
        old = before.get(kind)
        history = sorted(days[kind].items()) if kind in days else []
        first = old.first_day if old is not None else history[0][0]
        score = _fold(old.score if old is not None else None, history, boundary)
        last = boundary - dtm.timedelta(days=1)
        streak = streak_back(done_days[kind], last, old)
        carry[kind] = Carry(kind, boundary, first, score, streak)
    return weeks, carry


def habit_scores(
    records: Iterable[Record],
    kinds: Iterable[str],
    today: dtm.date,
    compacted: Compacted = NOTHING_COMPACTED,
) -> dict[str, float]:
    """The habit score per kind, for the kinds old enough to have one."""
    return {
        kind: habit.score
        for kind, habit in habits(records, kinds, today, compacted).items()
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
