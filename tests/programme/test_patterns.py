"""The pattern finder's rules: which evenings count (the evening before a noted day and the
evening after it), the comparison evenings (the rest of the same weeks), the thresholds, the
shift test with Holm's correction, and words that never go further than the numbers."""

from __future__ import annotations

import datetime as dtm
import random

import pytest

from bot.programme.patterns import (
    MIN_DAYS,
    Pattern,
    find_patterns,
    holm,
    pattern_line,
    pattern_line_doctor,
    patterns_text,
    student_tail,
    worth_a_look,
)
from messages import CATALOGUES

D0 = dtm.date(2027, 3, 1)  # a Monday


def day(n: int) -> dtm.date:
    return D0 + dtm.timedelta(days=n)


def wobbly(days: int, seed: int, mean: float = 4.0) -> dict[dtm.date, int]:
    """Evening itch that runs in spells (day-to-day correlation 0.7), the same every run."""
    rng = random.Random(seed)
    level, itch = mean, {}
    for n in range(days):
        level = mean + 0.7 * (level - mean) + rng.gauss(0, 1.2)
        itch[day(n)] = min(10, max(0, round(level)))
    return itch


def scattered(days: int, every: float, seed: int) -> list[int]:
    """Day numbers with about one in `every` chosen, irregularly, the same every run."""
    rng = random.Random(seed)
    return [n for n in range(1, days - 1) if rng.random() < 1 / every]


def test_a_trigger_that_always_comes_before_a_rise_is_worth_discussing() -> None:
    # Dairy on 14 irregular days; the evening after each, the itch is 3 points higher.
    noted = scattered(90, 6, seed=1)
    itch = wobbly(90, seed=2, mean=3.0)
    for n in noted:
        itch[day(n + 1)] = min(10, itch[day(n + 1)] + 3)
    [found] = find_patterns({"dairy": [day(n) for n in noted]}, itch)
    assert found.days == len(noted) >= MIN_DAYS
    assert found.times == len(noted)  # every one has an evening before and after
    assert found.after is not None and found.before is not None and found.other is not None
    assert found.after - found.before > 2
    assert found.p is not None and found.p < 0.001
    assert found.tier == "worth_discussing"
    line = pattern_line(found, "nl")
    assert "Van de avond ervoor tot de avond erna steeg je jeuk meer dan anders" in line
    assert "met je huisarts of een diëtist te bespreken" in line
    assert "door wanneer je noteerde, door het seizoen of door toeval" in line


def test_noting_on_bad_days_alone_is_no_clear_difference() -> None:
    # Itch comes in waves of two weeks; stress is noted on every peak, so the evenings after
    # are well above the others, but just as high as the evenings before: no effect.
    wave = [2, 2, 3, 4, 5, 6, 7, 8, 7, 6, 5, 4, 3, 2]
    itch = {day(n): wave[n % 14] for n in range(168)}
    peaks = [day(n) for n in range(168) if n % 14 == 7]
    around = [day(n) for n in range(168) if n % 14 in (3, 11)]  # ten more, on the slopes
    [found] = find_patterns({"stress": peaks + around}, itch)
    assert found.after is not None and found.other is not None and found.after > found.other
    assert found.before == found.after
    assert found.tier == "no_clear_difference"
    assert "niet duidelijk meer" in pattern_line(found, "nl")
    assert "did not clearly rise more" in pattern_line(found, "en")


def test_too_few_days_shows_the_numbers_and_what_is_missing() -> None:
    itch = wobbly(60, seed=3)
    assert find_patterns({"eggs": [day(3), day(9)]}, itch) == []  # under 3 days: no line
    assert find_patterns({"eggs": [day(3), day(3), day(9)]}, itch) == []  # a day counts once
    nine = [day(n) for n in range(2, 56, 6)]
    [found] = find_patterns({"eggs": nine}, itch)
    assert (found.days, found.times, found.tier, found.missing) == (9, 9, "too_few", ("days",))
    assert found.p is None
    line = pattern_line(found, "nl")
    assert line.startswith("• Eieren (9 dagen): jeuk gemiddeld ")
    assert "Om te vergelijken heb ik nodig: minstens 10 dagen waarop je het noteerde (nu 9)." in (
        line
    )
    assert line.endswith("Met zo weinig kan een verschil makkelijk toeval zijn.")
    [ten] = find_patterns({"eggs": [*nine, day(57)]}, itch)
    assert ten.tier != "too_few"


def test_days_without_an_itch_answer_are_left_out_not_counted_as_zero() -> None:
    itch = {day(n): 4 for n in range(80)}
    soy = [day(n) for n in range(2, 80, 6)]  # 13 days: 2, 8, 14, ..., 74
    for n in (1, 7, 13, 19):  # no answer the evening before four of them
        del itch[day(n)]
    itch[day(27)] = 9  # ... and the evening after day 26 a high one
    [found] = find_patterns({"soy": soy}, itch)
    assert (found.days, found.times) == (13, 9)
    assert found.missing == ("times",)  # noted on enough days, but too few with both evenings
    assert found.before == 4 and found.after == pytest.approx((8 * 4 + 9) / 9)
    assert "minstens 10 van die dagen met een cijfer de avond ervoor én de avond erna (nu 9)" in (
        pattern_line(found, "nl")
    )
    none = find_patterns({"soy": soy}, {})
    assert none[0].times == 0 and none[0].before is None and none[0].other is None
    assert pattern_line(none[0], "en").startswith("• Soy (13 days). To compare, I need ")
    assert "chance" not in pattern_line(none[0], "en")  # no numbers: nothing to call chance


def test_a_daylight_saving_day_is_a_day_like_any_other() -> None:
    # Clocks go forward in Amsterdam on Sunday 28 March 2027: noted on the Saturday, the
    # evening after is that Sunday's, the evening before Friday's; the other two a week apart.
    saturday = dtm.date(2027, 3, 27)
    itch = {saturday + dtm.timedelta(days=n): 3 for n in range(-20, 20)}
    itch[saturday - dtm.timedelta(days=1)] = 0
    itch[saturday + dtm.timedelta(days=1)] = 9
    sweat = [saturday + dtm.timedelta(days=n) for n in (-7, 0, 7)]
    [found] = find_patterns({"sweat": sweat}, itch)
    assert found.times == 3
    assert (found.before, found.after) == (2.0, 5.0)  # (0 + 3 + 3) / 3 and (9 + 3 + 3) / 3


def test_the_window_at_the_edges_of_the_data() -> None:
    itch = {day(n): 5 for n in range(30)}
    itch[day(1)] = 9  # the evening after day 0, which has no evening before: not counted
    # On the first day there is no evening before; on the last, no evening after; a day
    # before the first score or after the last has neither.
    care = [day(-3), day(0), day(10), day(20), day(29), day(33)]
    [found] = find_patterns({"care_product": care}, itch)
    assert (found.days, found.times) == (6, 2)  # only days 10 and 20
    assert found.after == 5.0
    # The comparison evenings: the rest of the weeks of evenings 11 and 21 (8-14 and 22-28
    # March), every one with a score two evenings before.
    assert found.others == 7 + 7 - 2


def test_comparison_evenings_come_only_from_the_same_weeks() -> None:
    # Four weeks from Monday 1 March; the trigger's evenings after fall in the first two
    # only, and the last two weeks' itch (9) must not be compared with.
    itch = {day(n): (2 if n < 14 else 9) for n in range(28)}
    weather = [day(1), day(4), day(8), day(11)]
    [found] = find_patterns({"weather": weather}, itch)
    assert {day(n + 1).isocalendar()[1] for n in (1, 4, 8, 11)} == {9, 10}
    assert found.other == 2.0
    # Evenings 2..13 have one two evenings before; take out the four after the trigger.
    assert found.others == 12 - 4


def test_holm_across_the_triggers_a_person_tracks() -> None:
    assert holm({"a": 0.01, "b": 0.02, "c": 0.04}, 0.05) == {"a", "b", "c"}
    assert holm({"a": 0.01, "b": 0.03, "c": 0.04}, 0.05) == {"a"}  # 0.03 > 0.05 / 2: stop
    assert holm({"a": 0.02, "b": 0.02, "c": 0.02}, 0.05) == set()  # 0.02 > 0.05 / 3
    assert holm({"a": 0.04}, 0.05) == {"a"}
    assert holm({}, 0.05) == set()


def test_one_trigger_alone_is_worth_discussing_but_not_among_four() -> None:
    # Dairy adds 2 points to the evening after, in a diary where three more things are
    # noted about as often and do nothing: its p-value (about 0.034) holds for one trigger,
    # not for four (Holm: the smallest must be under 0.05 / 4).
    rng = random.Random(89)
    level, itch = 4.0, {}
    noted: dict[str, list[dtm.date]] = {"dairy": [], "eggs": [], "stress": [], "sweat": []}
    bumped = set()
    for n in range(84):
        level = 4 + 0.7 * (level - 4) + rng.gauss(0, 1.2)
        itch[day(n)] = min(10, max(0, round(level + (2 if n in bumped else 0))))
        for trigger in noted:
            if rng.random() < 0.2:
                noted[trigger].append(day(n))
                if trigger == "dairy":
                    bumped.add(n + 1)
    [alone] = find_patterns({"dairy": noted["dairy"]}, itch)
    assert alone.p is not None and 0.0125 < alone.p < 0.05
    assert alone.tier == "worth_discussing"
    among = {p.trigger: p for p in find_patterns(noted, itch)}
    assert all(p.tier != "too_few" for p in among.values())
    assert among["dairy"].p == alone.p  # the other triggers do not change its comparison
    assert among["dairy"].tier == "no_clear_difference"
    assert not any(p.tier == "worth_discussing" for p in among.values())


def test_the_parent_hears_what_is_missing_not_too_few_itch_scores() -> None:
    # Dairy noted on almost every day: plenty of itch scores, but hardly an evening that does
    # not follow a day with dairy.
    itch = wobbly(40, seed=5)
    dairy = [day(n) for n in range(40) if n % 9 != 4]
    [found] = find_patterns({"dairy": dairy}, itch)
    assert found.missing == ("others",) and found.times >= MIN_DAYS
    text = patterns_text([found], "nl", True)
    assert text.startswith("Wat de cijfers van je kind laten zien.")
    assert "de jeuk van je kind op de avond vóór een dag waarop je het noteerde" in text
    assert (
        f"Om te vergelijken heb ik nodig: minstens 10 andere avonden uit dezelfde weken, met "
        f"een cijfer die avond en twee avonden eerder (nu {found.others})." in text
    )
    assert "jeukscores" not in text
    english = patterns_text([found], "en", True)
    assert "at least 10 other evenings in the same weeks" in english
    assert "your child's itch on the evening before a day you noted it" in english


def test_the_header_says_exactly_which_evenings_count() -> None:
    one = find_patterns({"nuts": [day(n) for n in (3, 9, 15)]}, wobbly(20, seed=6))
    nl = patterns_text(one, "nl", False)
    assert nl.startswith(
        "Wat je eigen cijfers laten zien. Per ding dat je noteerde: je jeuk op de avond vóór een "
        "dag waarop je het noteerde en op de avond ná die dag, naast je jeuk op de andere "
        "avonden uit dezelfde weken. Een dag telt mee als je de avond ervoor en de avond erna "
        "een cijfer gaf.\n• Noten (3 dagen): jeuk gemiddeld "
    )
    en = patterns_text(one, "en", False)
    assert "your itch on the evening before a day you noted it and on the evening after" in en


def test_foods_get_the_dietitian_line_once_and_only_foods() -> None:
    food = Pattern("dairy", 12, 11, 3.0, 6.0, 30, 3.5, 2.9, 0.001, "worth_discussing")
    weather = Pattern("weather", 12, 11, 3.0, 3.2, 30, 3.5, 0.1, 0.6, "no_clear_difference")
    text = patterns_text([food, weather], "nl", False)
    assert text.count("diëtist") == 2  # "worth discussing with", then "cutting out" once
    assert text.endswith(
        "Dit laat zien wat samen voorkwam, niet waar het door komt.\n"
        "Iets uit je eten schrappen doe je samen met je huisarts of een diëtist."
    )
    assert "Goed om bij te houden" not in text
    assert "diëtist" not in patterns_text([weather], "nl", False)
    worth_weather = Pattern("weather", 12, 11, 3.0, 6.0, 30, 3.5, 2.9, 0.001, "worth_discussing")
    assert "met je huisarts te bespreken" in pattern_line(worth_weather, "nl")
    child = patterns_text([food], "nl", True)
    assert "met de huisarts of een kinderdiëtist te bespreken" in child
    assert child.endswith(
        "altijd samen met de huisarts of een kinderdiëtist, zodat je kind niets tekortkomt."
    )
    assert patterns_text([], "nl", False).startswith("Nog niets te zien.")


def test_the_doctors_line_gives_numbers_only() -> None:
    food = Pattern("dairy", 12, 11, 3.0, 6.0, 30, 3.5, 2.9, 0.001, "worth_discussing")
    assert pattern_line_doctor(food, "nl") == (
        "• Zuivel (12 dagen genoteerd): jeuk gemiddeld 3 op de avond vóór en 6 op de avond ná "
        "zo'n dag (11 keer); 3,5 op de andere avonden uit dezelfde weken (30 avonden)."
    )
    assert pattern_line_doctor(food, "en") == (
        "• Dairy (noted on 12 days): mean itch 3 on the evening before and 6 on the evening "
        "after such a day (11 times); 3.5 on the other evenings of the same weeks (30 evenings)."
    )
    alone = Pattern("dairy", 4, 1, 3.0, 6.0, 0, None, None, None, "too_few", ("days", "others"))
    assert pattern_line_doctor(alone, "nl").endswith(
        "(1 keer); geen andere avonden uit dezelfde weken."
    )
    empty = Pattern("dairy", 4, 0, None, None, 0, None, None, None, "too_few", ("days",))
    assert pattern_line_doctor(empty, "en") == (
        "• Dairy (noted on 4 days): no day with an itch score the evening before and after."
    )
    for pattern in (food, alone, empty):
        for language in ("nl", "en"):
            line = pattern_line_doctor(pattern, language).lower()
            assert not any(word in line for word in ("bespreken", "discuss", "toeval", "chance"))


def test_progress_points_to_patterns_once_a_comparison_can_be_made() -> None:
    too_few = Pattern("eggs", 5, 5, 3.0, 4.0, 20, 3.0, 1.0, None, "too_few", ("days",))
    compared = Pattern("eggs", 12, 11, 3.0, 3.2, 30, 3.5, 0.1, 0.6, "no_clear_difference")
    assert not worth_a_look([too_few]) and not worth_a_look([])
    assert worth_a_look([too_few, compared])  # compared, whatever the comparison found
    assert CATALOGUES["nl"]["progress.patterns"] == (
        "Je hebt genoeg genoteerd om te vergelijken: /patterns."
    )


FORBIDDEN = (
    "niet snel toeval",
    "unlikely",
    "not easily",
    "oorzaak",
    "cause",
    "bevestig",
    "confirm",
    "bewezen",
    "proven",
    "nooit alleen",
    "never alone",
)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_words_never_go_further_than_the_numbers(language: str) -> None:
    texts = {k: v for k, v in CATALOGUES[language].items() if k.startswith("patterns.")}
    assert texts
    for key, text in texts.items():
        assert not any(word in text.lower() for word in FORBIDDEN), key


@pytest.mark.parametrize(
    ("t", "df", "expected"),
    [
        (2.262157, 9, 0.025),  # the two-sided 5% point of t with 9 degrees of freedom
        (1.833113, 9, 0.05),
        (2.085963, 20, 0.025),
        (12.7062, 1, 0.025),
        (4.302653, 2, 0.025),
        (0.0, 7, 0.5),
        (-1.833113, 9, 0.95),
    ],
)
def test_student_tail(t: float, df: int, expected: float) -> None:
    assert student_tail(t, df) == pytest.approx(expected, abs=1e-5)


def test_the_same_data_give_the_same_answer() -> None:
    itch = wobbly(120, seed=7)
    noted = {"dairy": [day(n) for n in scattered(120, 5, seed=8)]}
    assert find_patterns(noted, itch) == find_patterns(noted, itch)
