"""What is due when: table tests, DST days among the rows."""

from __future__ import annotations

import dataclasses
import datetime as dtm
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.programme.schedule import (
    ReminderSettings,
    asleep_at,
    asleep_reminders,
    day_problem,
    evening_minutes,
    hydration_times,
    into_waking_hours,
    is_quiet,
    late_verdict,
    local_to_utc,
    occurrences_for,
    their_day,
)

AMS = ZoneInfo("Europe/Amsterdam")
UTC = dtm.UTC


def hm(text: str) -> dtm.time:
    h, m = text.split(":")
    return dtm.time(int(h), int(m))


@pytest.mark.parametrize(
    ("day", "at", "expected_utc"),
    [
        # An ordinary winter and summer day.
        ("2026-01-15", "07:30", "2026-01-15T06:30"),
        ("2026-07-15", "07:30", "2026-07-15T05:30"),
        # Spring forward (29 March 2026): 07:30 is still 07:30 local, now at +02:00.
        ("2026-03-29", "07:30", "2026-03-29T05:30"),
        ("2026-03-28", "07:30", "2026-03-28T06:30"),
        # 02:30 does not exist that night: it moves to the first valid minute, 03:00 CEST.
        ("2026-03-29", "02:30", "2026-03-29T01:00"),
        ("2026-03-29", "02:00", "2026-03-29T01:00"),
        ("2026-03-29", "03:00", "2026-03-29T01:00"),
        # Fall back (25 October 2026): 07:30 local at +01:00.
        ("2026-10-25", "07:30", "2026-10-25T06:30"),
        ("2026-10-24", "07:30", "2026-10-24T05:30"),
        # 02:30 happens twice: the first one (still CEST) is taken.
        ("2026-10-25", "02:30", "2026-10-25T00:30"),
    ],
)
def test_local_to_utc(day: str, at: str, expected_utc: str) -> None:
    instant = local_to_utc(dtm.date.fromisoformat(day), hm(at), AMS)
    assert instant == dtm.datetime.fromisoformat(expected_utc).replace(tzinfo=UTC)


def settings(**overrides: object) -> ReminderSettings:
    values: dict[str, object] = {
        "zone": "Europe/Amsterdam",
        "wake": hm("07:00"),
        "bed": hm("23:00"),
        "times": {"probiotic": hm("08:00"), "fibre": hm("17:30")},
        "hydration_count": 4,
        "enabled": frozenset({"probiotic", "hydration", "fibre", "winddown"}),
        "checkin_day": 2,  # a Wednesday: none of the reminder rows below fall on one
    }
    values.update(overrides)
    return ReminderSettings(**values)  # type: ignore[arg-type]


def local_times(day: str, s: ReminderSettings) -> list[tuple[str, int, str]]:
    return [
        (o.kind, o.slot, o.due.astimezone(ZoneInfo(s.zone)).strftime("%d %H:%M"))
        for o in occurrences_for(s, dtm.date.fromisoformat(day))
    ]


@pytest.mark.parametrize("day", ["2026-01-15", "2026-03-29", "2026-10-25", "2026-03-28"])
def test_default_day_is_the_same_wall_clock_on_dst_days(day: str) -> None:
    d = day[-2:]
    assert local_times(day, settings()) == [
        ("hydration", 0, f"{d} 07:30"),
        ("probiotic", 0, f"{d} 08:00"),
        ("hydration", 1, f"{d} 12:00"),
        ("hydration", 2, f"{d} 16:30"),
        ("fibre", 0, f"{d} 17:30"),
        ("hydration", 3, f"{d} 21:00"),
        ("winddown", 0, f"{d} 22:00"),
    ]


def test_bedtime_after_midnight_belongs_to_the_same_programme_day() -> None:
    s = settings(
        wake=hm("09:00"),
        bed=hm("01:30"),
        hydration_count=2,
        enabled=frozenset({"hydration", "winddown"}),
    )
    assert local_times("2026-01-15", s) == [
        ("hydration", 0, "15 09:30"),
        ("hydration", 1, "15 23:30"),
        ("winddown", 0, "16 00:30"),
    ]


@pytest.mark.parametrize(
    ("at", "wake", "bed", "minutes"),
    [
        ("20:00", "07:00", "23:00", 1200),  # bed before midnight: the calendar day's
        ("00:30", "10:00", "02:00", 1470),  # before bed after midnight: this day's evening
        ("01:59", "10:00", "02:00", 1559),
        ("02:00", "10:00", "02:00", 120),  # from bedtime on: asleep, the calendar day's
        ("10:00", "10:00", "02:00", 600),
        ("23:30", "10:00", "02:00", 1410),
        ("00:00", "09:00", "00:30", 1440),  # midnight itself, before a bedtime of 00:30
        ("00:10", "07:00", "00:00", 10),  # bed at midnight: nothing after it is evening
    ],
)
def test_a_time_after_midnight_before_bed_is_the_days_evening(
    at: str, wake: str, bed: str, minutes: int
) -> None:
    assert evening_minutes(hm(at), hm(wake), hm(bed)) == minutes


@pytest.mark.parametrize(
    ("moment", "wake", "bed", "day"),
    [
        ("2026-11-24T00:35", "10:00", "02:00", "2026-11-23"),  # an owl's evening goes on
        ("2026-11-24T01:59", "10:00", "02:00", "2026-11-23"),
        ("2026-11-24T02:00", "10:00", "02:00", "2026-11-24"),  # in bed: the next day's night
        ("2026-11-24T00:35", "07:00", "23:00", "2026-11-24"),  # in bed before midnight
        ("2026-11-23T23:59", "10:00", "02:00", "2026-11-23"),
        ("2026-03-29T01:30", "10:00", "03:00", "2026-03-28"),  # the night the clocks go forward
    ],
)
def test_their_day_runs_to_their_bedtime(moment: str, wake: str, bed: str, day: str) -> None:
    instant = dtm.datetime.fromisoformat(moment).replace(tzinfo=AMS)
    assert their_day(instant, "Europe/Amsterdam", hm(wake), hm(bed)).isoformat() == day


def test_a_night_owls_chosen_time_after_midnight_comes_that_night() -> None:
    """Up at 10:00, in bed at 02:00, the probiotic at 00:30: Thursday's comes in the night to
    Friday, as its wind-down does; a check-in's day is chosen with its time, so Sunday 00:30
    stays Sunday's."""
    s = settings(
        wake=hm("10:00"),
        bed=hm("02:00"),
        times={**settings().times, "probiotic": hm("00:30")},
        enabled=frozenset({"probiotic", "winddown"}),
        checkin_day=6,
        checkin_time=hm("00:30"),
    )
    assert local_times("2026-01-15", s) == [
        ("probiotic", 0, "16 00:30"),
        ("winddown", 0, "16 01:00"),
    ]
    sunday = local_times("2026-01-18", s)
    assert ("checkin", 0, "18 00:30") in sunday and ("probiotic", 0, "19 00:30") in sunday


def test_disabled_kinds_are_not_planned() -> None:
    s = settings(enabled=frozenset({"fibre"}))
    assert [o.kind for o in occurrences_for(s, dtm.date(2026, 1, 15))] == ["fibre"]


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, []), (1, [450]), (2, [450, 1260]), (4, [450, 720, 990, 1260])],
)
def test_hydration_is_spread_from_wake_to_two_hours_before_bed(
    count: int, expected: list[int]
) -> None:
    assert hydration_times(hm("07:00"), hm("23:00"), count) == expected


@given(
    wake=st.integers(0, 23 * 60 + 59),
    awake=st.integers(4 * 60, 20 * 60),
    count=st.integers(1, 8),
)
def test_hydration_never_in_the_last_two_hours_before_bed(
    wake: int, awake: int, count: int
) -> None:
    w = dtm.time(wake // 60, wake % 60)
    bed_minutes = (wake + awake) % 1440
    b = dtm.time(bed_minutes // 60, bed_minutes % 60)
    times = hydration_times(w, b, count)
    assert len(times) == count
    assert times == sorted(times)
    assert all(wake + 30 <= t <= wake + awake - 120 for t in times)


@pytest.mark.parametrize(
    ("local_time", "quiet"),
    [("22:59", False), ("23:00", True), ("03:00", True), ("06:59", True), ("07:00", False)],
)
def test_quiet_hours(local_time: str, quiet: bool) -> None:
    instant = dtm.datetime.combine(dtm.date(2026, 1, 15), hm(local_time), AMS)
    assert is_quiet(instant, "Europe/Amsterdam", hm("07:00"), hm("23:00")) is quiet


def test_quiet_hours_with_bedtime_after_midnight() -> None:
    at = dtm.datetime(2026, 1, 15, 0, 30, tzinfo=AMS)
    assert not is_quiet(at, "Europe/Amsterdam", hm("09:00"), hm("01:00"))
    assert is_quiet(at.replace(hour=2), "Europe/Amsterdam", hm("09:00"), hm("01:00"))


@pytest.mark.parametrize(
    ("late_by", "quiet", "verdict"),
    [
        (dtm.timedelta(0), False, "send"),
        (dtm.timedelta(minutes=119), False, "send"),
        (dtm.timedelta(hours=2), False, "send"),
        (dtm.timedelta(hours=2, seconds=1), False, "missed"),
        (dtm.timedelta(minutes=10), True, "send"),
        (dtm.timedelta(minutes=20), True, "missed"),
    ],
)
def test_late_verdict(late_by: dtm.timedelta, quiet: bool, verdict: str) -> None:
    due = dtm.datetime(2026, 1, 15, 7, 30, tzinfo=UTC)
    assert late_verdict(due, due + late_by, quiet) == verdict


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2026-03-29", "29 19:00"),  # Sunday, spring forward
        ("2026-10-25", "25 19:00"),  # Sunday, fall back
        ("2026-11-22", "22 19:00"),
    ],
)
def test_weekly_checkin_on_its_day_at_its_local_time(day: str, expected: str) -> None:
    s = settings(checkin_day=6, checkin_time=hm("19:00"))
    rows = [r for r in local_times(day, s) if r[0] == "checkin"]
    assert rows == [("checkin", 0, expected)]
    monday = dtm.date.fromisoformat(day) + dtm.timedelta(days=1)
    assert [r for r in local_times(monday.isoformat(), s) if r[0] == "checkin"] == []


# -- times that make sense ---------------------------------------------------------------------

T = dtm.time


@pytest.mark.parametrize(
    ("wake", "bed", "problem"),
    [
        (T(7, 0), T(23, 0), None),
        (T(12, 0), T(12, 0), "short_day"),  # the same time: no day at all
        (T(7, 0), T(14, 59), "short_day"),  # under 8 hours awake
        (T(7, 0), T(15, 0), None),
        (T(7, 0), T(3, 1), "short_night"),  # under 4 hours asleep
        (T(7, 0), T(3, 0), None),
        (T(14, 0), T(6, 0), None),  # a night shift's rhythm
    ],
)
def test_wake_and_bed_make_a_day(wake: dtm.time, bed: dtm.time, problem: str | None) -> None:
    assert day_problem(wake, bed) == problem


@pytest.mark.parametrize(
    ("at", "wake", "bed", "asleep", "moved"),
    [
        (T(8, 0), T(7, 0), T(23, 0), False, T(8, 0)),
        (T(23, 0), T(7, 0), T(23, 0), True, T(21, 30)),  # bedtime itself: before winding down
        (T(23, 30), T(7, 0), T(23, 0), True, T(21, 30)),  # nearer to bed
        (T(6, 59), T(7, 0), T(23, 0), True, T(7, 30)),  # nearer to waking up
        (T(8, 0), T(12, 0), T(6, 0), True, T(4, 30)),  # sleeps 06:00-12:00: nearer to bed
        (T(10, 0), T(12, 0), T(6, 0), True, T(12, 30)),  # nearer to waking up
        (T(2, 0), T(14, 0), T(6, 0), False, T(2, 0)),  # a night shift's 02:00 is daytime
        (T(0, 30), T(7, 0), T(0, 30), True, T(23, 0)),  # bed after midnight
    ],
)
def test_a_time_in_the_sleep_window_moves_to_the_nearest_waking_time(
    at: dtm.time, wake: dtm.time, bed: dtm.time, asleep: bool, moved: dtm.time
) -> None:
    assert asleep_at(at, wake, bed) == asleep
    assert into_waking_hours(at, wake, bed) == moved


def test_asleep_reminders_leave_out_what_is_kept_on_purpose() -> None:
    times = {"probiotic": T(8, 0), "fibre": T(17, 30), "checkin": T(21, 0)}
    assert asleep_reminders(times, T(7, 0), T(20, 30), frozenset()) == ["checkin"]
    assert asleep_reminders(times, T(7, 0), T(20, 30), frozenset({"checkin"})) == []
    assert asleep_reminders(times, T(12, 0), T(6, 0), frozenset()) == ["probiotic"]


def test_a_reminder_in_the_sleep_window_is_planned_at_the_nearest_waking_time() -> None:
    # Wakes at 12:00: the default probiotic at 08:00 would wake them; it comes at 12:30.
    settings = ReminderSettings(
        zone="Europe/Amsterdam",
        wake=T(12, 0),
        bed=T(3, 0),
        times={"probiotic": T(8, 0), "fibre": T(17, 30)},
        hydration_count=4,
        enabled=frozenset({"probiotic"}),
    )
    [pill] = occurrences_for(settings, dtm.date(2026, 11, 23))
    assert pill.due.astimezone(AMS).time() == T(12, 30)
    kept = dataclasses.replace(settings, quiet_ok=frozenset({"probiotic"}))
    [pill] = occurrences_for(kept, dtm.date(2026, 11, 23))
    assert pill.due.astimezone(AMS).time() == T(8, 0)  # kept there on purpose
