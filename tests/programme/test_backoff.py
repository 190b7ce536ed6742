"""Backing off when ignored (bot/programme/backoff.py): the rhythm by days of silence, the one
message a day, and the rest after three weeks, as tables."""

from __future__ import annotations

import dataclasses
import datetime as dtm
from typing import Any

import pytest

from bot.programme.backoff import daily_kind, kept_when_daily, rests, rhythm
from bot.programme.planning import sort_claimed
from bot.programme.records import OccurrenceRow, ParticipantStatus, with_changes
from bot.programme.schedule import EventKind
from tests.harness import local
from tests.programme.test_planning import ANNA

NOW = local(2026, 12, 14, 8, 0)  # a Monday; Anna's check-in is on Sunday


def heard(days: float) -> dtm.datetime:
    return NOW - dtm.timedelta(days=days)


@pytest.mark.parametrize(
    ("silent_days", "expected"),
    [(0, "usual"), (6.99, "usual"), (7, "daily"), (20.99, "daily"), (21, "rest"), (90, "rest")],
)
def test_the_rhythm_follows_the_days_of_silence(silent_days: float, expected: str) -> None:
    anna = dataclasses.replace(ANNA, heard_at=heard(silent_days))
    assert rhythm(anna, NOW) == expected


def test_someone_never_heard_counts_as_heard() -> None:
    assert rhythm(dataclasses.replace(ANNA, heard_at=None), NOW) == "usual"


@pytest.mark.parametrize(
    ("off", "kind"),
    [
        ((), "winddown"),
        (("winddown_on",), "probiotic"),
        (("winddown_on", "probiotic_on"), "fibre"),
        (("winddown_on", "probiotic_on", "fibre_on"), "hydration"),
        (("winddown_on", "probiotic_on", "fibre_on", "hydration_on"), None),
    ],
)
def test_the_one_message_is_the_most_important_kind_on(off: tuple[str, ...], kind: str) -> None:
    switched_off: dict[str, Any] = dict.fromkeys(off, 0)
    anna = with_changes(ANNA, switched_off)
    assert daily_kind(anna) == kind


def row(kind: EventKind, day: dtm.date, slot: int = 0, id: int = 1) -> OccurrenceRow:
    due = NOW.astimezone(dtm.UTC)
    return OccurrenceRow(id, ANNA.id, kind, slot, day, due, "planned", None, 0, None, None)


MONDAY, SUNDAY = dtm.date(2026, 12, 14), dtm.date(2026, 12, 20)


@pytest.mark.parametrize(
    ("kind", "day", "slot", "kept"),
    [
        ("winddown", MONDAY, 0, True),  # the evening's, with the itch question
        ("probiotic", MONDAY, 0, False),
        ("hydration", MONDAY, 0, False),
        ("hydration", MONDAY, 2, False),
        ("fibre", MONDAY, 0, False),
        ("checkin_nudge", MONDAY, 0, False),  # check-in nudges follow the same rule
        ("checkin", SUNDAY, 0, True),  # on its day the check-in is the one message...
        ("winddown", SUNDAY, 0, False),  # ...and the evening's is not sent
        ("zone_ask", MONDAY, 0, True),  # questions that change what may be stored or sent
        ("consent_ask", MONDAY, 0, True),
        ("rest_notice", MONDAY, 0, True),
    ],
)
def test_one_message_a_day(kind: EventKind, day: dtm.date, slot: int, kept: bool) -> None:
    assert kept_when_daily(ANNA, row(kind, day, slot)) is kept


def test_a_silent_week_sorts_a_claim_down_to_the_one_message() -> None:
    silent = dataclasses.replace(ANNA, heard_at=heard(8))
    rows = [row("probiotic", MONDAY, id=1), row("winddown", MONDAY, id=2)]
    verdict = sort_claimed(silent, rows, NOW)
    assert [r.id for r in verdict.send] == [2] and verdict.cancelled == [1]
    answered = dataclasses.replace(ANNA, heard_at=heard(1))
    assert [r.id for r in sort_claimed(answered, rows, NOW).send] == [1, 2]


@pytest.mark.parametrize(
    ("silent_days", "status", "paused", "expected"),
    [
        (21, "active", False, True),
        (20, "active", False, False),
        (21, "active", True, False),  # already paused (by them, or by the bot)
        (21, "stopped", False, False),
    ],
)
def test_three_weeks_of_silence_rest(
    silent_days: int, status: ParticipantStatus, paused: bool, expected: bool
) -> None:
    anna = dataclasses.replace(ANNA, heard_at=heard(silent_days), status=status)
    assert rests(anna, NOW, paused) is expected


def test_during_a_rest_only_the_line_that_says_so_goes_out() -> None:
    resting = dataclasses.replace(
        ANNA, heard_at=heard(22), paused_until=NOW + dtm.timedelta(days=60)
    )
    rows = [row("rest_notice", MONDAY, id=1), row("winddown", MONDAY, id=2)]
    verdict = sort_claimed(resting, rows, NOW)
    assert [r.id for r in verdict.send] == [1] and verdict.cancelled == [2]


@pytest.mark.parametrize(
    ("paused_days_ago", "rested", "expected"),
    [
        (None, False, "daily"),  # heard 8 days ago, no break: a silent week
        (1, False, "usual"),  # a break of theirs ended yesterday: not silence
        (8, False, "daily"),  # ended 8 days ago: a silent week since
        (1, True, "rest"),  # the bot's own rest for silence is not a break they took
    ],
)
def test_a_break_they_took_is_not_silence(
    paused_days_ago: int | None, rested: bool, expected: str
) -> None:
    anna = dataclasses.replace(
        ANNA,
        heard_at=heard(30 if paused_days_ago is not None else 8),
        paused_until=None if paused_days_ago is None else heard(paused_days_ago),
        rested_at=heard(40) if rested else None,
    )
    assert rhythm(anna, NOW) == expected


def test_the_one_message_late_in_the_night_is_recorded_missed() -> None:
    """Down from the evening until 02:00: yesterday's one message is not sent in the night."""
    silent = dataclasses.replace(ANNA, heard_at=heard(8))
    night = local(2026, 12, 15, 2, 0)
    due = local(2026, 12, 14, 22).astimezone(dtm.UTC)
    evening = dataclasses.replace(row("winddown", MONDAY), due_at=due)
    verdict = sort_claimed(silent, [evening], night)
    assert verdict.send == [] and verdict.missed == [evening.id]
