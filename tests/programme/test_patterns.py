"""The pattern finder's rules: the 48-hour window, the clear days, too few days, chance."""

from __future__ import annotations

import datetime as dtm

import pytest

from bot.programme.patterns import find_patterns, rank_test

D0 = dtm.date(2027, 3, 1)


def day(n: int) -> dtm.date:
    return D0 + dtm.timedelta(days=n)


def test_a_trigger_that_always_precedes_high_itch() -> None:
    # Dairy on days 0, 10, 20, ..., 70: those evenings and the next are 8, every other is 2.
    dairy = [day(n) for n in range(0, 80, 10)]
    itch = {day(n): 8 if n % 10 in (0, 1) else 2 for n in range(80)}
    [found] = find_patterns({"dairy": dairy}, itch)
    assert (found.trigger, found.days) == ("dairy", 8)
    assert (found.after, found.after_evenings) == (8.0, 16)
    assert (found.clear, found.clear_evenings) == (2.0, 64)
    assert found.p is not None and found.p < 0.001 and found.chance == "unlikely_chance"


def test_a_trigger_with_no_effect() -> None:
    weather = [day(n) for n in range(0, 60, 7)]
    itch = {day(n): 3 + n % 3 for n in range(60)}  # 3, 4, 5, 3, 4, 5, ... whatever is noted
    [found] = find_patterns({"weather": weather}, itch)
    assert found.chance == "could_be_chance" and found.p is not None and found.p > 0.3
    assert abs((found.after or 0) - (found.clear or 0)) < 0.5


def test_too_few_days_says_nothing_and_few_evenings_is_easily_chance() -> None:
    itch = {day(n): 5 for n in range(30)}
    assert find_patterns({"eggs": [day(3), day(9)]}, itch) == []
    # The same day noted twice is one day.
    assert find_patterns({"eggs": [day(3), day(3), day(9)]}, itch) == []
    # Three days, but the last at the end of the data: five evenings, too few to test.
    [found] = find_patterns({"eggs": [day(3), day(9), day(29)]}, {**itch, day(3): 9})
    assert found.chance == "easily_chance" and found.p is None and found.after_evenings == 5


def test_days_without_an_itch_answer_are_left_out_not_counted_as_zero() -> None:
    soy = [day(0), day(10), day(20)]
    itch = {day(n): 4 for n in range(30) if n not in (0, 1, 10)}  # no answers after two of them
    [found] = find_patterns({"soy": soy}, itch)
    assert (found.after, found.after_evenings) == (4.0, 3)  # day 11, 20, 21
    none_after = {d: s for d, s in itch.items() if d not in (day(11), day(20), day(21))}
    [empty] = find_patterns({"soy": soy}, none_after)
    assert empty.chance == "no_itch" and empty.after is None and empty.after_evenings == 0


def test_the_window_at_the_edges_of_the_data() -> None:
    # Noted on the last day: only that evening is in the data; on the first: no day before.
    stress = [day(0), day(14), day(29)]
    itch = {day(n): 6 for n in range(30)}
    [found] = find_patterns({"stress": stress}, itch)
    assert found.after_evenings == 2 + 2 + 1
    # Clear evenings exclude the day noted and the day after, for every trigger noted.
    assert found.clear_evenings == 30 - 5


def test_any_trigger_noted_keeps_an_evening_out_of_the_clear_ones() -> None:
    itch = {day(n): 5 for n in range(20)}
    found = find_patterns(
        {"dairy": [day(0), day(5), day(10)], "other": [day(15)]},
        itch,
    )
    assert [p.trigger for p in found] == ["dairy"]  # "other": one day, nothing to say
    assert found[0].clear_evenings == 20 - 6 - 2


def test_dst_days_are_days_like_any_other() -> None:
    # 28 March 2027, clocks forward in Amsterdam: a local date, one evening.
    sunday = dtm.date(2027, 3, 28)
    sweat = [sunday - dtm.timedelta(days=7), sunday, sunday + dtm.timedelta(days=7)]
    itch = {sunday + dtm.timedelta(days=n): 5 for n in range(-10, 10)}
    [found] = find_patterns({"sweat": sweat}, itch)
    assert found.after_evenings == 6


def test_most_noted_first() -> None:
    itch = {day(n): 5 for n in range(40)}
    found = find_patterns(
        {"gluten": [day(n) for n in (0, 8, 16)], "nuts": [day(n) for n in (4, 12, 20, 28)]},
        itch,
    )
    assert [p.trigger for p in found] == ["nuts", "gluten"]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ([1, 2, 3], [4, 5, 6], 0.0809),  # scipy.stats.mannwhitneyu(..., method="asymptotic")
        ([5, 5, 5], [5, 5, 5], 1.0),
        ([1, 2, 3, 4], [1, 2, 3, 4], 1.0),
    ],
)
def test_rank_test(first: list[int], second: list[int], expected: float) -> None:
    assert rank_test(first, second) == pytest.approx(expected, abs=1e-4)


def test_the_words_never_go_further_than_the_numbers() -> None:
    from bot.programme.patterns import Pattern, patterns_text

    one = Pattern("dairy", 3, 6.0, 1, 2.0, 9, None, "easily_chance")
    text = patterns_text([one], "en", False)
    assert "• Dairy (3 days): itch mean 6 afterwards (1 evening), 2 without (9 evenings)." in text
    assert "With so few evenings this could easily be chance." in text
    assert "not what caused it" in text and "never alone" in text
    assert "Cutting a food out is best done with your GP or a dietitian" in text  # dairy: food
    child = patterns_text([one], "nl", True)
    assert "de jeuk van je kind" in child and "kinderdiëtist" in child
    weather = Pattern("weather", 4, None, 0, 3.0, 20, None, "no_itch")
    assert "te weinig jeukscores" in patterns_text([weather], "nl", False)
    assert "diëtist, en bij een kind altijd" not in patterns_text([weather], "nl", False)
    assert patterns_text([], "nl", False).startswith("Nog niets te zien.")
