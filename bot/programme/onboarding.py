"""Onboarding as a step function: the participant on a step, an answer to it, and what follows.

`onboarding_step` reads a button's value or a typed answer to the step the participant is on
and says what comes of it: the next step with what to store, the same question again with what
was wrong, or leaving (too young, or no consent: then nothing is kept). Storage and Telegram
are the caller's; this holds the rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from bot.programme.records import Participant, with_changes
from bot.programme.settings import (
    CHILD_BED_DEFAULT,
    COLUMN,
    TIMED,
    TIMES,
    check_change,
    child_age_changes,
    error_key,
    moved_out_of_sleep,
    next_step,
    typed_value,
)
from messages.words import weekday


@dataclass(frozen=True)
class Next:
    """Store `changes` (participant columns), and go on to `step` ("done": onboarding ends)."""

    step: str
    changes: Mapping[str, object] = field(default_factory=dict)
    consent: bool = False  # the consent text shown was agreed to, now
    recorded: str | None = None  # a typed answer as it was read, to say back ("22:30")


@dataclass(frozen=True)
class Again:
    """The same question again, after what was wrong (a message key and its values)."""

    reason: str
    values: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Leave:
    """Under 16, or no consent: everything goes, and the person is told why."""

    reason: Literal["under", "declined"]


OnboardingOutcome = Next | Again | Leave


def onboarding_step(participant: Participant, answer: str, *, typed: bool) -> OnboardingOutcome:
    """The answer (a button's value, or typed text) to the step `participant` is on."""
    step = participant.step
    value = typed_value(participant, step, answer) if typed else answer
    if value is None:
        return Again(error_key(step))
    if step == "age" and value == "under":
        return Leave("under")
    if step == "consent" and value == "no":
        return Leave("declined")
    changes: dict[str, object] = {}
    if step == "age":
        changes["age_group"] = value
        if value == "parent":  # the wind-down follows the child's bedtime
            changes["bed"] = CHILD_BED_DEFAULT
    elif step == "probiotic_use":
        # "No" switches its reminder off (and so its tips); /settings can switch it on.
        changes[COLUMN[step]] = int(value != "no")
    elif step in COLUMN:
        change = check_change(participant, step, value)
        if change is None:
            return Again(error_key(step))
        if change.problem is not None:
            return Again(change.problem)
        if change.asleep and step in TIMED.values():
            return Again(
                "input.asleep",
                {"at": str(change.value), "wake": participant.wake, "bed": participant.bed},
            )
        changes[change.column] = change.value
        if step == "bed":  # defaults that would fall in the sleep window move out of it
            changes |= moved_out_of_sleep(participant, change)
        if step == "child_age":
            changes |= child_age_changes(value)
    after = with_changes(participant, changes)
    recorded = _said_back(participant, step, value) if typed else None
    return Next(next_step(step, after), changes, step == "consent", recorded)


def _said_back(participant: Participant, step: str, value: str) -> str | None:
    """A typed time, zone or day as the bot understood it, to show with the next question."""
    if step in TIMES:
        return f"{value[:2]}:{value[2:]}"
    if step == "timezone":
        return value
    if step == "checkin_day":
        return weekday(participant.language, int(value))
    return None
