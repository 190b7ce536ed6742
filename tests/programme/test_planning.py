"""What to plan and what still goes out, over plain records: no database, no Telegram."""

from __future__ import annotations

import dataclasses
import datetime as dtm

import pytest

from bot.programme.kinds import DEFAULT_ON
from bot.programme.planning import (
    is_paused,
    last_paused_day,
    pause_end,
    plan_for,
    sort_claimed,
)
from bot.programme.records import OccurrenceRow, Participant
from bot.programme.schedule import EventKind
from bot.programme.settings import consent_tag
from tests.harness import local

ANNA = Participant(
    id=1000,
    language="nl",
    status="active",
    step="done",
    age_group="adult",
    consent_version=consent_tag(False),
    consent_at=None,
    timezone="Europe/Amsterdam",
    wake="07:00",
    bed="23:00",
    hydration_count=4,
    reminders_on=DEFAULT_ON,
    times={"probiotic": "08:00", "fibre": "17:30"},
    start_date=dtm.date(2026, 11, 23),
    paused_until=None,
    planned_through=None,
    next_plan_at=None,
    created_at=dtm.datetime(1970, 1, 1, tzinfo=dtm.UTC),
    checkin_day=6,
    checkin_time="19:00",
)


def row(id: int, kind: EventKind, at: dtm.datetime) -> OccurrenceRow:
    """A planned, unanswered reminder of Anna's, due at `at`."""
    due = at.astimezone(dtm.UTC)
    return OccurrenceRow(id, ANNA.id, kind, 0, at.date(), due, "planned", None, 0, None, None)


def test_rows_sort_into_send_missed_and_cancelled() -> None:
    p = ANNA
    at = local(2026, 11, 23, 8, 0)
    # What a claim at 08:00 holds: the 07:30 water (due, unsent) and the 08:00 probiotic.
    rows = [row(1, "hydration", local(2026, 11, 23, 7, 30)), row(2, "probiotic", at)]
    ids = [r.id for r in rows]

    assert sort_claimed(p, rows, at).send == rows
    stopped = dataclasses.replace(p, status="stopped")
    assert sort_claimed(stopped, rows, at).missed == ids
    paused = dataclasses.replace(p, paused_until=local(2026, 11, 25, 0, 0))
    assert sort_claimed(paused, rows, at).cancelled == ids
    ended_pause = dataclasses.replace(p, paused_until=local(2026, 11, 23, 0, 0))
    assert sort_claimed(ended_pause, rows, at).send == rows

    # Three hours late: too late to send at all.
    late = sort_claimed(p, rows, at + dtm.timedelta(hours=3))
    assert late.missed == ids and late.send == []
    # Twenty minutes late by day is still sent; in quiet hours it is not.
    assert sort_claimed(p, rows, at + dtm.timedelta(minutes=20)).send == rows
    early_bed = dataclasses.replace(p, bed="08:10")  # quiet from 08:10 on
    assert sort_claimed(early_bed, rows, at + dtm.timedelta(minutes=20)).missed == ids


@pytest.mark.parametrize(
    ("now", "planned_through", "paused_until", "first_due", "count", "through"),
    [
        # Onboarded at 06:00 on Monday: all of Monday and Tuesday (7 a day).
        (local(2026, 11, 23, 6, 0), None, None, local(2026, 11, 23, 7, 30), 14, "2026-11-24"),
        # At 09:00 what was due before is never planned: the 07:30 water and 08:00 pill.
        (local(2026, 11, 23, 9, 0), None, None, local(2026, 11, 23, 12, 0), 12, "2026-11-24"),
        # Planned through Tuesday, planning again on Tuesday: only Wednesday is added.
        (
            local(2026, 11, 24, 0, 5),
            "2026-11-24",
            None,
            local(2026, 11, 25, 7, 30),
            7,
            "2026-11-25",
        ),
        # Paused until Wednesday 00:00: nothing on Tuesday.
        (
            local(2026, 11, 24, 0, 5),
            None,
            local(2026, 11, 25, 0, 0),
            local(2026, 11, 25, 7, 30),
            7,
            "2026-11-25",
        ),
        # The spring-forward night: Sunday 29 March still has all seven.
        (local(2027, 3, 28, 0, 30), None, None, local(2027, 3, 28, 7, 30), 14, "2027-03-29"),
    ],
)
def test_plan_for_covers_today_and_tomorrow_from_now(
    now: dtm.datetime,
    planned_through: str | None,
    paused_until: dtm.datetime | None,
    first_due: dtm.datetime,
    count: int,
    through: str,
) -> None:
    p = dataclasses.replace(
        ANNA,
        planned_through=dtm.date.fromisoformat(planned_through) if planned_through else None,
        paused_until=paused_until,
        checkin_day=2,  # Wednesday: no check-in in these rows except where noted
    )
    planned, planned_through_day, next_plan_at = plan_for(p, now)
    reminders = [o for o in planned if o.kind != "checkin"]
    assert len(reminders) == count
    assert min(o.due for o in reminders) == first_due
    assert all(o.due > now for o in planned)
    assert planned_through_day.isoformat() == through
    # Plan again when the last planned day begins, so a whole day is always ahead.
    assert next_plan_at == local(
        planned_through_day.year, planned_through_day.month, planned_through_day.day
    )


@pytest.mark.parametrize(
    ("now", "days", "end", "last_day"),
    [
        (local(2026, 11, 23, 9, 0), 1, local(2026, 11, 24), dtm.date(2026, 11, 23)),
        (local(2026, 11, 23, 21, 0), 3, local(2026, 11, 26), dtm.date(2026, 11, 25)),
        # After the evening's last reminder (22:00, an hour before bed) today does not count.
        (local(2026, 11, 23, 22, 1), 3, local(2026, 11, 27), dtm.date(2026, 11, 26)),
        (local(2026, 11, 23, 23, 30), 2, local(2026, 11, 26), dtm.date(2026, 11, 25)),
        (local(2026, 11, 24, 0, 30), 1, local(2026, 11, 25), dtm.date(2026, 11, 24)),
        # Across the last Sunday of March and of October: midnight is still midnight.
        (local(2027, 3, 27, 12, 0), 2, local(2027, 3, 29), dtm.date(2027, 3, 28)),
        (local(2026, 10, 24, 12, 0), 2, local(2026, 10, 26), dtm.date(2026, 10, 25)),
    ],
)
def test_a_pause_ends_at_local_midnight_after_its_last_day(
    now: dtm.datetime, days: int, end: dtm.datetime, last_day: dtm.date
) -> None:
    assert pause_end(ANNA, days, now) == end
    paused = dataclasses.replace(ANNA, paused_until=end)
    assert last_paused_day(paused) == last_day
    assert is_paused(paused, now) and not is_paused(paused, end)
    assert last_paused_day(ANNA) is None and not is_paused(ANNA, now)


@pytest.mark.parametrize("days", [0, -1, 61])
def test_a_pause_outside_one_to_sixty_days_is_refused(days: int) -> None:
    with pytest.raises(ValueError, match="pause days"):
        pause_end(ANNA, days, local(2026, 11, 23, 9, 0))
