"""What the charts draw comes from the Report /progress's text is made of: the week's last
score, adherence with the evening's itch counted as the wind-down answered, and one rule for
when the chart begins and the text has its starting point."""

from __future__ import annotations

import datetime as dtm

import pytest

from bot.programme.progress import ReminderRecord, Report, analyse, chart_points, render_text
from bot.programme.records import DONE
from bot.render.chart import render_progress_chart
from messages import t
from tests.harness import local
from tests.programme.test_summary_page import checkin, day, person

BASELINE = t("nl", "progress.baseline", baseline="\x00").split("\x00")[0]


def _report(scores: list[int | None], *, same_week: bool = False, days: int = 40) -> Report:
    """A report of check-ins with these scores, one a programme week (or all in week 0)."""
    checkins = [
        checkin(0 if same_week else week, score, day=week if same_week else 6)
        for week, score in enumerate(scores)
    ]
    today = day(days)
    return analyse(person(), checkins, [], [], local(today.year, today.month, today.day, 20))


@pytest.mark.parametrize(
    ("scores", "same_week"),
    [
        ([], False),
        ([None], False),
        ([14], False),
        ([None, 14], False),
        ([14, None], False),
        ([14, 12], False),
        ([None, 14, None, 12], False),
        ([14, 12, 9], False),
        # Kept from before one check-in counted per programme week: two in one week.
        ([14, 12], True),
        ([14, None, 12], True),
    ],
)
def test_the_chart_begins_exactly_when_the_text_gives_its_starting_point(
    scores: list[int | None], same_week: bool
) -> None:
    report = _report(scores, same_week=same_week)
    card = render_progress_chart([], 0, "nl")
    drawn = render_progress_chart(
        chart_points(report), report.day // 7, "nl", baseline=report.skin.baseline
    )
    has_start = BASELINE in render_text(report, person())
    assert has_start == (len([s for s in scores if s is not None]) >= 2)
    assert has_start == (drawn != card)


def test_a_week_draws_its_last_check_in() -> None:
    report = _report([20, 16, 9], same_week=True, days=6)
    [point] = chart_points(report)
    assert point.skin == 9.0  # the latest score, as the text gives it; not the mean 15


def test_an_evening_whose_itch_was_given_counts_as_wound_down_on_the_chart() -> None:
    reminders: list[ReminderRecord] = [
        (day(1), "winddown", "sent", None),  # unanswered, but the itch was given
        (day(2), "winddown", "sent", None),  # unanswered, no itch
        (day(3), "winddown", "sent", DONE),
        (day(1), "probiotic", "sent", None),
    ]
    itch: list[tuple[dtm.date, int]] = [(day(1), 5)]
    today = day(6)
    report = analyse(person(), [], itch, reminders, local(today.year, today.month, today.day, 20))
    [point] = chart_points(report)
    assert point.adherence["winddown"] == pytest.approx(2 / 3)
    assert point.adherence["probiotic"] == 0.0  # sent, none ticked off: a 0 on the chart
    assert point.adherence["fibre"] is None  # nothing sent: no mark
