"""Table tests for the measurement rules (POEM scoring, Charman 2013 bands, Howells 2018 change)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.programme.instruments import (
    POEM_CHOICES,
    Direction,
    Escalation,
    ItchBand,
    ItchKind,
    ItchTrend,
    SkinBand,
    SkinVerdict,
    Verdict,
    baseline,
    change_verdict,
    escalations,
    itch_band,
    itch_verdict,
    poem_item_score,
    poem_total,
    referral_due,
    skin_band,
    skin_verdict,
    weekly_mean,
)

# --- POEM items and total ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "score"),
    [(0, 0), (1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (6, 3), (7, 4)],
)
def test_poem_item_score_every_day_count(days: int, score: int) -> None:
    assert poem_item_score(days) == score


@pytest.mark.parametrize("days", [-1, 8, 100])
def test_poem_item_score_rejects_impossible_day_counts(days: int) -> None:
    with pytest.raises(ValueError):
        poem_item_score(days)


def test_poem_choices_are_the_five_answers_in_order() -> None:
    assert POEM_CHOICES == ((0, "none"), (1, "1_2"), (2, "3_4"), (3, "5_6"), (4, "every"))
    # Each choice's score is what its day range scores to.
    first_day = {"none": 0, "1_2": 1, "3_4": 3, "5_6": 5, "every": 7}
    for score, suffix in POEM_CHOICES:
        assert poem_item_score(first_day[suffix]) == score


@pytest.mark.parametrize(
    ("items", "total"),
    [
        ([0, 0, 0, 0, 0, 0, 0], 0),
        ([4, 4, 4, 4, 4, 4, 4], 28),
        ([1, 2, 3, 4, 0, 1, 2], 13),
        # One unanswered item counts 0.
        ([None, 4, 4, 4, 4, 4, 4], 24),
        ([1, 2, 3, 4, 0, 1, None], 11),
        # Two or more unanswered: no score.
        ([None, None, 4, 4, 4, 4, 4], None),
        ([4, None, 4, 4, None, 4, 4], None),
        ([None] * 7, None),
    ],
)
def test_poem_total_missing_items(items: list[int | None], total: int | None) -> None:
    assert poem_total(items) == total


@pytest.mark.parametrize(
    "items",
    [
        [0] * 6,
        [0] * 8,
        [],
        [5, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, -1, 0, 0, 0],
        [None, 0, 0, 0, 0, 0, 5],
    ],
)
def test_poem_total_rejects_wrong_length_or_range(items: list[int | None]) -> None:
    with pytest.raises(ValueError):
        poem_total(items)


@given(st.lists(st.one_of(st.none(), st.integers(0, 4)), min_size=7, max_size=7))
def test_poem_total_is_in_range_or_none(items: list[int | None]) -> None:
    total = poem_total(items)
    missing = items.count(None)
    if missing >= 2:
        assert total is None
    else:
        assert total is not None
        assert 0 <= total <= 28
        assert total == sum(i for i in items if i is not None)


# --- Bands ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0, "clear"),
        (2, "clear"),
        (3, "mild"),
        (7, "mild"),
        (8, "moderate"),
        (16, "moderate"),
        (17, "severe"),
        (24, "severe"),
        (25, "very_severe"),
        (28, "very_severe"),
        # Non-integer means are rounded half up first.
        (2.4, "clear"),
        (2.5, "mild"),
        (7.49, "mild"),
        (7.5, "moderate"),
        (16.5, "severe"),
        (24.5, "very_severe"),
    ],
)
def test_skin_band_edges(score: float, band: SkinBand) -> None:
    assert skin_band(score) == band


@pytest.mark.parametrize("score", [-0.1, 28.1, 29, math.nan])
def test_skin_band_rejects_out_of_range(score: float) -> None:
    with pytest.raises(ValueError):
        skin_band(score)


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (0, "mild"),
        (3, "mild"),
        (4, "moderate"),
        (6, "moderate"),
        (7, "severe"),
        (10, "severe"),
        (3.49, "mild"),
        (3.5, "moderate"),
        (6.5, "severe"),
    ],
)
def test_itch_band_edges(value: float, band: ItchBand) -> None:
    assert itch_band(value) == band


@pytest.mark.parametrize("value", [-1, 10.5, math.nan])
def test_itch_band_rejects_out_of_range(value: float) -> None:
    with pytest.raises(ValueError):
        itch_band(value)


@given(st.floats(0, 28), st.floats(0, 28))
def test_skin_band_is_monotone(a: float, b: float) -> None:
    order: list[SkinBand] = ["clear", "mild", "moderate", "severe", "very_severe"]
    low, high = sorted((a, b))
    assert order.index(skin_band(low)) <= order.index(skin_band(high))


# --- Weekly itch mean -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "mean"),
    [([], None), ([5], 5.0), ([0, 10], 5.0), ([1, 2, 2], 5 / 3), ([3, 4, 4, 4, 4, 4, 4], 27 / 7)],
)
def test_weekly_mean(values: list[int], mean: float | None) -> None:
    assert weekly_mean(values) == mean


def test_weekly_mean_rejects_impossible_answers() -> None:
    with pytest.raises(ValueError):
        weekly_mean([3, 11])


# --- Skin verdict (Howells 2018) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("scores", "base"),
    [([], None), ([12], None), ([12, 13], 12.5), ([12, 13, 0], 12.5), ([0, 28, 5, 5], 14.0)],
)
def test_baseline_is_mean_of_first_two(scores: list[int], base: float | None) -> None:
    assert baseline(scores) == base


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ([], SkinVerdict("not_enough_data", "same", None, None)),
        ([12], SkinVerdict("not_enough_data", "same", None, None)),
        # Baseline known with two, no verdict yet.
        ([12, 13], SkinVerdict("not_enough_data", "same", 12.5, None)),
    ],
)
def test_skin_verdict_not_enough_data(scores: list[int], expected: SkinVerdict) -> None:
    assert skin_verdict(scores) == expected


# Realistic rows: scores are ints, baselines halves, so changes are multiples of 0.5.
@pytest.mark.parametrize(
    ("scores", "verdict", "direction", "change"),
    [
        # No change at all.
        ([12, 12, 12], "no_clear_change", "same", 0.0),
        # 2.0: no clear change, once or sustained, either way.
        ([12, 12, 10], "no_clear_change", "same", 2.0),
        ([12, 12, 10, 10], "no_clear_change", "same", 2.0),
        ([12, 12, 14, 14], "no_clear_change", "same", -2.0),
        # 2.5 (fractional baseline 12.5): small, even if sustained.
        ([12, 13, 10], "small_change", "better", 2.5),
        ([12, 13, 10, 10], "small_change", "better", 2.5),
        ([12, 13, 15, 15], "small_change", "worse", -2.5),
        # 3.0: unconfirmed on one later check-in, probably meaningful sustained over two.
        ([12, 12, 9], "unconfirmed_change", "better", 3.0),
        ([12, 12, 9, 9], "probably_meaningful", "better", 3.0),
        ([12, 13, 16, 16], "probably_meaningful", "worse", -3.5),
        # 3.5: sustained is still only "probably".
        ([12, 13, 9, 9], "probably_meaningful", "better", 3.5),
        # 4.0: single is unconfirmed, sustained very likely.
        ([12, 12, 8], "unconfirmed_change", "better", 4.0),
        ([12, 12, 8, 8], "very_likely_meaningful", "better", 4.0),
        ([12, 13, 8, 8], "very_likely_meaningful", "better", 4.5),
        # Worsening (a higher score), the same rules the other way.
        ([12, 12, 15], "unconfirmed_change", "worse", -3.0),
        ([12, 12, 15, 15], "probably_meaningful", "worse", -3.0),
        ([12, 12, 16, 17], "very_likely_meaningful", "worse", -5.0),
        ([12, 12, 14], "no_clear_change", "same", -2.0),
        # Sustained means the LAST two: >= 3 then a smaller change is not sustained.
        ([12, 12, 8, 10], "no_clear_change", "same", 2.0),
        ([12, 12, 8, 8, 10], "no_clear_change", "same", 2.0),
        ([12, 12, 8, 13, 9], "unconfirmed_change", "better", 3.0),
        ([12, 12, 8, 8, 9], "probably_meaningful", "better", 3.0),
        # An old sustained improvement no longer counts once the latest weeks are back up.
        ([12, 12, 6, 6, 12], "no_clear_change", "same", 0.0),
        # >= 3 both, but in opposite directions: not sustained.
        ([12, 12, 8, 16], "unconfirmed_change", "worse", -4.0),
        # Only one of the last two >= 4: probably, not very likely.
        ([12, 12, 9, 8], "probably_meaningful", "better", 4.0),
        # The review's case (A2): 4, 4, 14 is ten points worse on one check-in, not "small".
        ([4, 4, 14], "unconfirmed_change", "worse", -10.0),
        ([4, 4, 20], "unconfirmed_change", "worse", -16.0),
        # 2.5 after a sustained 3+: small again, whatever came before.
        ([12, 13, 9, 10], "small_change", "better", 2.5),
        ([12, 12, 8, 9], "probably_meaningful", "better", 3.0),
    ],
)
def test_skin_verdict_rows(
    scores: list[int], verdict: Verdict, direction: Direction, change: float
) -> None:
    result = skin_verdict(scores)
    assert result == SkinVerdict(verdict, direction, baseline(scores), change)


# Threshold rows the ints cannot reach, on the changes themselves (positive = better).
@pytest.mark.parametrize(
    ("latest", "once", "sustained"),
    [
        (2.0, "no_clear_change", "no_clear_change"),
        (2.1, "small_change", "small_change"),
        (2.9, "small_change", "small_change"),
        (3.0, "unconfirmed_change", "probably_meaningful"),
        (3.9, "unconfirmed_change", "probably_meaningful"),
        (4.0, "unconfirmed_change", "very_likely_meaningful"),
        # Float arithmetic must not move a row across a threshold.
        (12.5 - 10.5, "no_clear_change", "no_clear_change"),
        (7.3 - 5.2, "small_change", "small_change"),  # 2.0999999999999996
        (7.1 - 4.1, "unconfirmed_change", "probably_meaningful"),  # 2.9999999999999996
        (6.1 - 2.1, "unconfirmed_change", "very_likely_meaningful"),  # 3.9999999999999996
    ],
)
@pytest.mark.parametrize("sign", [1, -1])
def test_change_verdict_thresholds(
    latest: float, once: Verdict, sustained: Verdict, sign: int
) -> None:
    change = sign * latest
    moved: Direction = "better" if sign > 0 else "worse"
    expect_once: Direction = "same" if once == "no_clear_change" else moved
    expect_sustained: Direction = "same" if sustained == "no_clear_change" else moved
    assert change_verdict([change]) == (once, expect_once)
    assert change_verdict([change, change]) == (sustained, expect_sustained)


def test_change_verdict_without_later_check_ins() -> None:
    assert change_verdict([]) == ("not_enough_data", "same")


@given(st.lists(st.integers(0, 28), min_size=3, max_size=12))
def test_skin_verdict_mirrors(scores: list[int]) -> None:
    """Mirroring every score (28 - s) keeps the verdict and flips the direction."""
    flip: dict[Direction, Direction] = {"better": "worse", "worse": "better", "same": "same"}
    straight = skin_verdict(scores)
    mirrored = skin_verdict([28 - s for s in scores])
    assert mirrored.verdict == straight.verdict
    assert mirrored.direction == flip[straight.direction]
    assert straight.change is not None
    assert mirrored.change == -straight.change


@pytest.mark.parametrize("scores", [[12, 29, 3], [12, 12, -1]])
def test_skin_verdict_rejects_impossible_scores(scores: list[int]) -> None:
    with pytest.raises(ValueError):
        skin_verdict(scores)


# --- Itch verdict -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("means", "kind", "trend", "base", "change"),
    [
        ([], "not_enough_data", None, None, None),
        ([6.0], "not_enough_data", None, None, None),
        ([6.0, 5.0], "not_enough_data", None, 5.5, None),
        # Baseline >= 4: a fall of 4.0 is a response, 3.9 is not.
        ([6.0, 6.0, 2.0], "response", "falling", 6.0, 4.0),
        ([6.0, 6.0, 2.1], "no_response", "falling", 6.0, 3.9),
        ([6.1, 6.1, 2.1], "response", "falling", 6.1, 4.0),  # 3.9999999999999996 in floats
        ([4.0, 4.0, 0.0], "response", "falling", 4.0, 4.0),
        ([8.0, 7.0, 2.0], "response", "falling", 7.5, 5.5),
        ([6.0, 6.0, 6.0], "no_response", "flat", 6.0, 0.0),
        ([6.0, 6.0, 7.0], "no_response", "rising", 6.0, -1.0),
        # The response looks at the latest week only; the trend at the last two later weeks.
        ([6.0, 6.0, 6.0, 2.0], "response", "falling", 6.0, 4.0),
        ([6.0, 6.0, 1.0, 5.0], "no_response", "falling", 6.0, 1.0),
        # Baseline < 4: trend only, never a response, even with the largest possible fall.
        ([3.5, 3.5, 0.0], "trend_only", "falling", 3.5, 3.5),
        ([3.9, 3.9, 0.0], "trend_only", "falling", 3.9, 3.9),
        ([3.0, 2.0, 2.5], "trend_only", "flat", 2.5, 0.0),
        ([3.0, 2.0, 8.0], "trend_only", "rising", 2.5, -5.5),
    ],
)
def test_itch_verdict_rows(
    means: list[float],
    kind: ItchKind,
    trend: ItchTrend | None,
    base: float | None,
    change: float | None,
) -> None:
    result = itch_verdict(means)
    assert result.kind == kind
    assert result.trend == trend
    assert result.change == change
    if base is None:
        assert result.baseline is None
    else:
        assert result.baseline == pytest.approx(base)


@pytest.mark.parametrize(
    ("means", "trend"),
    [
        # Fall / rise of exactly 1.0 against the baseline counts; 0.9 does not.
        ([5.0, 5.0, 4.0], "falling"),
        ([5.0, 5.0, 4.1], "flat"),
        ([5.0, 5.0, 6.0], "rising"),
        ([5.0, 5.0, 5.9], "flat"),
        # Mean of the last two later weeks: (3 + 5) / 2 = 4 → falling; (4 + 6) / 2 = 5 → flat.
        ([5.0, 5.0, 3.0, 5.0], "falling"),
        ([5.0, 5.0, 4.0, 6.0], "flat"),
        # Only the last two later weeks count, not the older ones.
        ([5.0, 5.0, 0.0, 5.0, 5.0], "flat"),
        # Baseline weeks are not part of the trend (with one later week, it alone).
        ([1.0, 9.0, 4.0], "falling"),
    ],
)
def test_itch_trend(means: list[float], trend: ItchTrend) -> None:
    assert itch_verdict(means).trend == trend


@given(st.lists(st.floats(0, 3.99), min_size=2, max_size=2), st.lists(st.floats(0, 10), min_size=1))
def test_itch_below_4_is_never_a_response(first: list[float], later: list[float]) -> None:
    assert itch_verdict(first + later).kind == "trend_only"


def test_itch_verdict_rejects_impossible_means() -> None:
    with pytest.raises(ValueError):
        itch_verdict([5.0, 5.0, 10.5])


# --- Escalations ------------------------------------------------------------------------------

NO_DATA = skin_verdict([12])
BASELINE_ONLY = skin_verdict([12, 12])
NO_CHANGE = skin_verdict([12, 12, 12, 12])
UNCONFIRMED_BETTER = skin_verdict([12, 12, 9])
PROBABLY_BETTER = skin_verdict([12, 12, 9, 9])
VERY_LIKELY_BETTER = skin_verdict([12, 12, 7, 7])
UNCONFIRMED_WORSE = skin_verdict([12, 12, 15])
PROBABLY_WORSE = skin_verdict([12, 12, 15, 15])
VERY_LIKELY_WORSE = skin_verdict([12, 12, 16, 16])


def test_escalation_fixtures_have_the_intended_verdicts() -> None:
    assert NO_DATA.verdict == "not_enough_data" and NO_DATA.baseline is None
    assert BASELINE_ONLY.verdict == "not_enough_data" and BASELINE_ONLY.baseline == 12.0
    assert NO_CHANGE.verdict == "no_clear_change"
    assert (UNCONFIRMED_BETTER.verdict, UNCONFIRMED_BETTER.direction) == (
        "unconfirmed_change",
        "better",
    )
    assert (PROBABLY_BETTER.verdict, PROBABLY_BETTER.direction) == ("probably_meaningful", "better")
    assert VERY_LIKELY_BETTER.verdict == "very_likely_meaningful"
    assert VERY_LIKELY_BETTER.direction == "better"
    assert (UNCONFIRMED_WORSE.verdict, UNCONFIRMED_WORSE.direction) == (
        "unconfirmed_change",
        "worse",
    )
    assert (PROBABLY_WORSE.verdict, PROBABLY_WORSE.direction) == ("probably_meaningful", "worse")
    assert VERY_LIKELY_WORSE.verdict == "very_likely_meaningful"
    assert VERY_LIKELY_WORSE.direction == "worse"


@pytest.mark.parametrize(
    ("skin", "latest", "expected"),
    [
        (NO_CHANGE, 12, []),
        (NO_DATA, None, []),
        # Meaningful worsening escalates at any time; one not yet confirmed does not (its verdict
        # says to call the GP if it gets worse quickly).
        (PROBABLY_WORSE, 15, ["worsening"]),
        (VERY_LIKELY_WORSE, 16, ["worsening"]),
        (UNCONFIRMED_WORSE, 15, []),
        # Severe band: 17 escalates, 16 does not; any verdict.
        (NO_DATA, 16, []),
        (NO_DATA, 17, ["severe"]),
        (NO_DATA, 28, ["severe"]),
        (PROBABLY_BETTER, 17, ["severe"]),
        (VERY_LIKELY_WORSE, 25, ["worsening", "severe"]),
    ],
)
def test_escalations(skin: SkinVerdict, latest: int | None, expected: list[Escalation]) -> None:
    assert escalations(skin, latest) == expected


def weekly(scores: list[int], first_day: int = 0) -> list[tuple[int, int]]:
    return [(first_day + 7 * n, score) for n, score in enumerate(scores)]


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        # Before 6 weeks (day 42), never.
        (weekly([12, 12, 12, 12, 12, 12]), None),  # the sixth check-in is day 35
        # From day 42 with no meaningful improvement and a moderate skin or worse: once.
        (weekly([12, 12, 12, 12, 12, 12, 12]), "first"),
        (weekly([12, 12, 12, 12, 12, 12, 12, 12]), None),  # a week later: not again
        (weekly([12] * 11), "again"),  # four weeks after it was said
        (weekly([12] * 10), None),
        (weekly([12] * 7 + [13]), "again"),  # the score rose since it was said
        (weekly([12] * 7 + [13, 13]), None),  # and not again for the same score
        # Clear or mild skin has nothing to refer for (the review's A-new-5).
        (weekly([1, 1, 0, 1, 1, 1, 0]), None),
        (weekly([7, 7, 7, 7, 7, 7, 7]), None),
        (weekly([8, 8, 8, 8, 8, 8, 8]), "first"),
        # An improvement of 3 or more waiting for its confirmation: not now.
        (weekly([16, 16, 16, 16, 16, 16, 10]), None),
        # A meaningful improvement: no.
        (weekly([16, 16, 16, 16, 16, 12, 12]), None),
        # Without a baseline there is nothing to compare.
        ([(42, 12)], None),
        # A check-in later than a week: the days count, not the number of check-ins.
        ([(0, 12), (7, 12), (60, 12)], "first"),
    ],
)
def test_referral_due(history: list[tuple[int, int]], expected: str | None) -> None:
    assert referral_due(history) == expected
