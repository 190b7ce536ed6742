"""The habits: reminders sent, ticked off and skipped, and the forgiving habit score (Loop
Habit Tracker's moving average from the first day's share, skips and pauses frozen, shown
from the fourteenth day on); the answers as storage writes them (`DONE`, `SKIPPED`)."""

from __future__ import annotations

import datetime as dtm

import pytest

from bot.programme.habits import (
    MIN_DAYS,
    MULTIPLIER,
    Habit,
    Record,
    habit_label,
    habit_scores,
    habits,
    step,
    with_itch_answers,
)
from bot.programme.records import DONE, SKIPPED, ReminderAnswer

D0 = dtm.date(2026, 11, 23)


def day(n: int) -> dtm.date:
    return D0 + dtm.timedelta(days=n)


def daily(answers: list[str | None], kind: str = "probiotic") -> list[Record]:
    """One reminder a day from D0; "-" for a day with nothing sent (a pause)."""
    stored: dict[str | None, ReminderAnswer | None] = {DONE: DONE, SKIPPED: SKIPPED, None: None}
    return [(day(n), kind, "sent", stored[a]) for n, a in enumerate(answers) if a != "-"]


def score(answers: list[str | None], today: dtm.date | None = None) -> float | None:
    found = habits(daily(answers), ["probiotic"], today or day(len(answers) + 1))
    return found["probiotic"].score if "probiotic" in found else None


def test_the_multiplier_halves_a_days_weight_in_thirteen_days() -> None:
    assert abs(MULTIPLIER**13 - 0.5) < 1e-12
    assert step(0.0, 1.0) == pytest.approx(1 - MULTIPLIER)  # about 5.2% for one day done


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        # From the first day's share: a perfect run is 100%, not 31% after a week.
        ([DONE] * MIN_DAYS, 1.0),
        ([DONE] * 200, 1.0),
        ([None] + [DONE] * 13, 1 - MULTIPLIER**13),  # half way back in 13 days
        # A skip changes nothing; neither does a day with nothing sent.
        ([DONE, SKIPPED, None, *[DONE] * 11], MULTIPLIER**12 + 1 - MULTIPLIER**11),
        ([DONE, "-", None, *[DONE] * 11], MULTIPLIER**12 + 1 - MULTIPLIER**11),
        # A day asked and not done lowers it.
        ([DONE] * 13 + [None], MULTIPLIER),
    ],
)
def test_daily_scores(answers: list[str | None], expected: float) -> None:
    assert score(answers) == pytest.approx(expected)


def test_a_skip_is_what_storage_writes_and_it_does_not_count_against() -> None:
    skipping = score([DONE, *[SKIPPED] * 12, DONE])
    assert skipping == pytest.approx(1.0)  # every day asked was done
    missing = score([DONE, *[None] * 12, DONE])  # the same days, not answered at all
    assert missing == pytest.approx(MULTIPLIER**13 + 1 - MULTIPLIER)


def test_no_score_before_fourteen_days_but_the_ticks_are_counted() -> None:
    found = habits(daily([DONE] * 13), ["probiotic"], day(13))["probiotic"]
    assert found == Habit("probiotic", sent=13, done=13, skipped=0, score=None)
    assert habit_scores(daily([DONE] * 13), ["probiotic"], day(13)) == {}
    found = habits(daily([DONE] * 14), ["probiotic"], day(14))["probiotic"]
    assert found.score == pytest.approx(1.0)


def test_several_a_day_count_as_the_share_done() -> None:
    records: list[Record] = [
        (D0, "hydration", "sent", DONE),
        (D0, "hydration", "sent", DONE),
        (D0, "hydration", "sent", None),
        (D0, "hydration", "sent", SKIPPED),
    ]
    found = habits(records, ["hydration"], day(MIN_DAYS))["hydration"]
    assert (found.sent, found.done, found.skipped) == (4, 2, 1)
    assert found.score == pytest.approx(2 / 3)


def test_today_counts_only_once_everything_sent_has_an_answer() -> None:
    records = daily([*[DONE] * 14, None])
    waiting = habits(records, ["probiotic"], day(14))["probiotic"]
    assert waiting.score == pytest.approx(1.0) and waiting.sent == 15
    # Once the day is over, an unanswered reminder counts as not done.
    over = habits(records, ["probiotic"], day(15))["probiotic"]
    assert over.score == pytest.approx(MULTIPLIER)


def test_a_few_missed_days_after_a_long_run_do_not_wipe_it_out() -> None:
    after = score([DONE] * 60 + [None] * 3)
    assert after is not None and after > 0.8


def test_an_itch_score_given_on_the_evening_message_answers_the_wind_down() -> None:
    records: list[Record] = [(D0, "winddown", "sent", None), (day(1), "winddown", "sent", None)]
    assert with_itch_answers(records, [(D0, 4)]) == [
        (D0, "winddown", "sent", DONE),
        (day(1), "winddown", "sent", None),
    ]
    # Only the wind-down carries the itch scale.
    water: list[Record] = [(D0, "hydration", "sent", None)]
    assert with_itch_answers(water, [(D0, 4)]) == water


@pytest.mark.parametrize(
    ("habit", "language", "expected"),
    [
        (Habit("probiotic", 14, 12, 1, None), "nl", "Probioticum: afgevinkt 12 van 14"),
        (
            Habit("probiotic", 14, 12, 1, 0.642),
            "nl",
            "Probioticum: afgevinkt 12 van 14, gewoontescore 64%",
        ),
        (Habit("hydration", 56, 40, 0, 0.7), "en", "Water: ticked off 40 of 56, habit score 70%"),
    ],
)
def test_one_label_for_progress_the_chart_and_the_doctors_page(
    habit: Habit, language: str, expected: str
) -> None:
    assert habit_label(habit, language) == expected
