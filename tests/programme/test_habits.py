"""The forgiving habit score: Loop Habit Tracker's moving average, skips and pauses frozen."""

from __future__ import annotations

import datetime as dtm

import pytest

from bot.programme.habits import MULTIPLIER, Record, habit_scores, step

D0 = dtm.date(2026, 11, 23)


def day(n: int) -> dtm.date:
    return D0 + dtm.timedelta(days=n)


def daily(answers: list[str | None], kind: str = "probiotic") -> list[Record]:
    """One reminder a day from D0; "-" for a day with nothing sent (a pause)."""
    return [(day(n), kind, "sent", a) for n, a in enumerate(answers) if a != "-"]


def test_the_multiplier_halves_a_days_weight_in_thirteen_days() -> None:
    assert abs(MULTIPLIER**13 - 0.5) < 1e-12
    assert step(0.0, 1.0) == pytest.approx(1 - MULTIPLIER)  # about 5.2% for one day done


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ([], 0.0),
        (["done"], 1 - MULTIPLIER),
        (["done"] * 13, 1 - MULTIPLIER**13),  # 13 days in a row: half way to 100%
        (["done"] * 200, pytest.approx(1.0, abs=1e-4)),
        # A skip changes nothing; neither does a day with nothing sent.
        (["done", "skip", "done"], 1 - MULTIPLIER**2),
        (["done", "-", "-", "done"], 1 - MULTIPLIER**2),
        # A day asked and not done lowers it.
        (["done", None], (1 - MULTIPLIER) * MULTIPLIER),
    ],
)
def test_daily_scores(answers: list[str | None], expected: float) -> None:
    today = day(len(answers) + 1)
    assert habit_scores(daily(answers), ["probiotic"], today)["probiotic"] == pytest.approx(
        expected
    )


def test_several_a_day_count_as_the_share_done() -> None:
    records: list[Record] = [
        (D0, "hydration", "sent", "done"),
        (D0, "hydration", "sent", "done"),
        (D0, "hydration", "sent", None),
        (D0, "hydration", "sent", "skip"),
    ]
    score = habit_scores(records, ["hydration"], day(1))["hydration"]
    assert score == pytest.approx(step(0.0, 2 / 3))


def test_today_counts_only_once_everything_sent_has_an_answer() -> None:
    records = daily(["done", "done"])
    waiting = [*records, (day(2), "probiotic", "sent", None)]
    answered = [*records, (day(2), "probiotic", "sent", "done")]
    two = habit_scores(records, ["probiotic"], day(2))["probiotic"]
    assert habit_scores(waiting, ["probiotic"], day(2))["probiotic"] == pytest.approx(two)
    assert habit_scores(answered, ["probiotic"], day(2))["probiotic"] > two
    # Once the day is over, an unanswered reminder counts as not done.
    assert habit_scores(waiting, ["probiotic"], day(3))["probiotic"] < two


def test_a_few_missed_days_after_a_long_run_do_not_wipe_it_out() -> None:
    long_run = habit_scores(daily(["done"] * 60), ["probiotic"], day(61))["probiotic"]
    after = habit_scores(daily(["done"] * 60 + [None] * 3), ["probiotic"], day(64))["probiotic"]
    assert long_run > 0.95 and after > 0.8
