"""The list of suspected triggers of a day (/trigger, or the evening message's button) as a
step function: only today and yesterday can be noted (a trigger is remembered on the day or
not at all), and only days of the programme."""

from __future__ import annotations

import datetime as dtm
from dataclasses import dataclass
from typing import Literal

from bot.programme.answers import match_label
from bot.programme.patterns import DAY_TRIGGERS
from bot.programme.phases import within_programme
from messages import t

ONE_DAY = dtm.timedelta(days=1)


@dataclass(frozen=True)
class ShowDay:
    """The list of `day`, to show (again)."""

    day: dtm.date


@dataclass(frozen=True)
class Tick:
    """Note `trigger` on `day`, or take it off again; then the list of that day."""

    day: dtm.date
    trigger: str


@dataclass(frozen=True)
class Noted:
    """Done: what was noted for `day` is said back, and the list closes."""

    day: dtm.date


@dataclass(frozen=True)
class StalePick:
    pass


PickerOutcome = ShowDay | Tick | Noted | StalePick
PickerMove = Literal["open", "swap", "done"]


def picker_step(
    day: dtm.date, move: PickerMove | str, today: dtm.date, start: dtm.date | None
) -> PickerOutcome:
    """A move on `day`'s list: a trigger (its tick), "open", "swap" (to the other of today
    and yesterday, where that is in the programme) or "done"."""
    if day not in (today, today - ONE_DAY) or not within_programme(start, today, day):
        return StalePick()
    if move in DAY_TRIGGERS:
        return Tick(day, move)
    if move == "swap":
        other = today - ONE_DAY if day == today else today
        return ShowDay(other if within_programme(start, today, other) else day)
    if move == "done":
        return Noted(day)
    if move == "open":
        return ShowDay(day)
    return StalePick()


def picker_choices(language: str, noted: set[str]) -> list[tuple[str, str]]:
    """(label, trigger) of the list, a tick before what is noted."""
    return [
        (("✓ " if trigger in noted else "") + t(language, f"trigger.{trigger}"), trigger)
        for trigger in DAY_TRIGGERS
    ]


def typed_pick(language: str, text: str, day: dtm.date, today: dtm.date) -> str | None:
    """A label of the list typed: a trigger, the other day's button or Done."""
    other = "button.trigger_yesterday" if day == today else "button.trigger_today"
    return match_label(
        text,
        [
            *picker_choices(language, set()),
            (t(language, other), "swap"),
            (t(language, "button.triggers_done"), "done"),
        ],
    )
