"""Typed answers read the way people type them (bot/programme/answers.py), without Telegram.

Covers `fold`, `match_label`, `read_yes_no`, `read_weekday`, `read_number`, `read_clock` and
`resolve`: properties over every time of day, the English 12-hour forms, the Dutch spoken
forms ("half 9", "kwart voor 7", "8 uur") and which half of the day `resolve` gives them, every
weekday name in both languages, button labels typed in any case, with or without accents and
punctuation; then tables of the tricky cases.
"""

from __future__ import annotations

import datetime as dtm
import re
import unicodedata
from collections.abc import Callable
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.programme.answers import (
    NO,
    YES,
    Clock,
    Usual,
    fold,
    match_label,
    read_clock,
    read_number,
    read_weekday,
    read_yes_no,
    resolve,
)
from messages import LANGUAGES, t
from messages.words import day_names

USUALS: tuple[Usual, ...] = ("morning", "evening", "bedtime")
SPACES = st.text(alphabet=" ", max_size=3)


# -- helpers -------------------------------------------------------------------------------------


def hm(text: str) -> dtm.time:
    return dtm.time.fromisoformat(text)


def minutes(at: dtm.time) -> int:
    return at.hour * 60 + at.minute


def strip_accents(text: str) -> str:
    """What a person without an accent key types: "Curaçao" -> "Curacao"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@st.composite
def any_case(draw: st.DrawFn, text: str) -> str:
    """`text` with each letter upper or lower case at random."""
    ups = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(ch.upper() if up else ch.lower() for ch, up in zip(text, ups, strict=True))


@st.composite
def retyped(draw: st.DrawFn, label: str) -> str:
    """A label as someone might type it: any case, accents perhaps left off, the punctuation
    and spaces between its words changed, something before and after."""
    text = strip_accents(label) if draw(st.booleans()) else label
    words = re.findall(r"[^\W_]+", text)
    seps = st.sampled_from([" ", "  ", ", ", "-", "/", ".", " - ", "_"])
    joined = words[0] + "".join(draw(seps) + word for word in words[1:])
    ending = draw(st.sampled_from(["", ".", "!", " ", "?", " :)"]))
    return draw(SPACES) + draw(any_case(joined)) + ending


def accented(word: str, marks: list[bool]) -> str:
    """`word` with an acute accent on the letters `marks` picks (as "oké", "néé")."""
    return "".join(
        ch + ("\u0301" if mark and ch.isalpha() else "")
        for ch, mark in zip(word, marks, strict=True)
    )


# -- fold ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("✓ Curaçao", "curacao"),
        ("1–2 dagen", "1 2 dagen"),
        ("  Ja,   ik geef TOESTEMMING! ", "ja ik geef toestemming"),
        ("Suiker/bewerkt", "suiker bewerkt"),
        ("I'm a parent/carer", "i m a parent carer"),
        ("snake_case", "snake case"),
        ("Oké", "oke"),
        ("Straße", "strasse"),
        ("ＡＢＣ１２", "abc12"),  # full-width letters and digits
        ("≤4", "4"),
        ("!!!", ""),
        ("", ""),
    ],
)
def test_fold_keeps_words_of_letters_and_digits(typed: str, folded: str) -> None:
    assert fold(typed) == folded


# -- match_label ---------------------------------------------------------------------------------


def labels(language: str, keys: list[str], **values: object) -> list[tuple[str, str]]:
    """(label, key) for message keys: a set of buttons as the bot draws them."""
    return [(t(language, key, **values), key) for key in keys]


ZONES = ("Amsterdam", "Brussels", "Berlin", "London")
TRIGGERS = ("dairy", "gluten", "eggs", "soy", "nuts", "sugar", "stress", "weather", "other")
TRIGGERS_OF_A_DAY = (*TRIGGERS, "sweat", "care_product")
POEM = ("none", "1_2", "3_4", "5_6", "every")
ALWAYS = ("button.skip_question", "button.pause_checkin")


def label_sets(language: str) -> dict[str, list[tuple[str, str]]]:
    """The sets of buttons the bot shows together, in one language."""
    age = ("button.age_adult", "button.age_parent", "button.age_under")
    probiotic = ("button.probiotic_yes", "button.probiotic_start", "button.probiotic_no")
    zones = [f"zone.Europe/{city}" for city in ZONES]
    zones += ["zone.America/Paramaribo", "zone.America/Curacao"]
    triggers = [f"trigger.{x}" for x in TRIGGERS_OF_A_DAY]
    triggers += ["button.triggers_none", "button.triggers_done", *ALWAYS]
    first = ("button.first_now", "button.first_later", "button.first_tomorrow")
    return {
        f"age-{language}": labels(language, list(age)),
        f"consent-{language}": labels(language, ["button.consent_yes", "button.consent_no"]),
        f"probiotic-{language}": labels(language, list(probiotic)),
        f"zones-{language}": labels(language, zones),
        f"triggers-{language}": labels(language, triggers),
        f"poem-{language}": labels(language, [*(f"checkin.poem.{x}" for x in POEM), *ALWAYS]),
        f"first-{language}": labels(language, list(first), at="10:30"),
    }


LABEL_SETS = {name: s for language in LANGUAGES for name, s in label_sets(language).items()}


def test_every_label_set_folds_to_distinct_labels() -> None:
    """The property tests below rely on it: no two buttons of a set read the same typed."""
    for name, choices in LABEL_SETS.items():
        folded = [fold(label) for label, _ in choices]
        assert len(set(folded)) == len(folded), name
        assert all(folded), name


@given(data=st.data(), name=st.sampled_from(sorted(LABEL_SETS)))
def test_a_label_typed_any_which_way_gives_its_value(data: st.DataObject, name: str) -> None:
    choices = LABEL_SETS[name]
    label, value = data.draw(st.sampled_from(choices))
    typed = data.draw(retyped(label))
    assert match_label(typed, choices) == value, typed


@pytest.mark.parametrize("name", sorted(LABEL_SETS))
def test_a_labels_first_words_match_when_no_other_label_starts_so(name: str) -> None:
    choices = LABEL_SETS[name]
    words = {value: fold(label).split() for label, value in choices}
    for value, own in words.items():
        for n in range(1, len(own) + 1):
            prefix = own[:n]
            sharing = [v for v, w in words.items() if w[:n] == prefix]
            whole = [v for v, w in words.items() if w == prefix]
            typed = " ".join(prefix).upper()
            if whole:  # a whole label typed: that one, whatever starts the same
                assert match_label(typed, choices) == whole[0], typed
            elif not any(ch.isalpha() for ch in typed):  # a number is not a label's start
                assert match_label(typed, choices) is None, typed
            elif sharing == [value]:
                assert match_label(typed, choices) == value, typed
            else:
                assert match_label(typed, choices) is None, typed


@pytest.mark.parametrize(
    ("typed", "choices", "expected"),
    [
        ("later", [("Later, om 10:30", "later"), ("Nu", "now")], "later"),
        ("ja", [("Ja, ik geef toestemming", "yes"), ("Nee, liever niet", "no")], "yes"),
        ("JA IK", [("Ja, ik geef toestemming", "yes"), ("Ja, wis alles", "erase")], "yes"),
        # Two labels start with "ja": which one is meant is not known.
        ("ja", [("Ja, ik geef toestemming", "yes"), ("Ja, wis alles", "erase")], None),
        ("later", [("Later, om 10:30", "a"), ("Later verder", "b")], None),
        # A whole label wins over one that merely starts with it.
        ("later", [("Later", "a"), ("Later, om 10:30", "b")], "a"),
        # The same label twice: ambiguous.
        ("klaar", [("Klaar", "a"), ("Klaar", "b")], None),
        # Only whole words match: "sug" is not "Sugar/processed".
        ("sug", [("Sugar/processed", "sugar")], None),
        ("sugar", [("Sugar/processed", "sugar")], "sugar"),
        ("processed", [("Sugar/processed", "sugar")], None),  # words from the start only
        ("✓ Zuivel", [("Zuivel", "dairy")], "dairy"),
        ("curacao", [("Curaçao", "America/Curacao")], "America/Curacao"),
        ("1-2", [("Geen", "0"), ("1–2", "1"), ("3–4", "2")], "1"),
        ("", [("Geen", "0")], None),
        ("?!", [("Geen", "0")], None),
        ("geen idee", [("Geen", "0")], None),  # more words than the label has
        ("x", [], None),
    ],
)
def test_match_label_table(
    typed: str, choices: list[tuple[str, str]], expected: str | None
) -> None:
    assert match_label(typed, choices) == expected


# -- read_yes_no ---------------------------------------------------------------------------------


@given(
    data=st.data(),
    word_and_answer=st.sampled_from(sorted([(w, True) for w in YES] + [(w, False) for w in NO])),
)
def test_yes_and_no_in_any_case_with_accents_and_punctuation(
    data: st.DataObject, word_and_answer: tuple[str, bool]
) -> None:
    word, answer = word_and_answer
    marks = data.draw(st.lists(st.booleans(), min_size=len(word), max_size=len(word)))
    cased = data.draw(any_case(accented(word, marks)))
    typed = data.draw(SPACES) + cased + data.draw(st.sampled_from(["", ".", "!", "!!", " ,"]))
    assert read_yes_no(typed) is answer, typed


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ja", True),
        ("JA", True),
        ("Oké", True),
        ("Nee.", False),
        ("okay!", True),
        ("Liever, niet.", False),
        ("Not now", False),
        ("NEEN", False),
        ("ja nee", None),
        ("misschien", None),
        ("", None),
        ("jaa", None),
    ],
)
def test_read_yes_no_table(typed: str, expected: bool | None) -> None:
    assert read_yes_no(typed) is expected


def test_yes_and_no_share_no_word() -> None:
    assert not YES & NO


# -- read_weekday --------------------------------------------------------------------------------

WIDTHS: tuple[Literal["wide", "abbreviated"], ...] = ("wide", "abbreviated")
DAY_NAMES: list[tuple[str, str, int, str]] = [
    (language, width, index, name)
    for language in LANGUAGES
    for width in WIDTHS
    for index, name in day_names(language, width).items()
]


def test_the_day_names_are_the_ones_expected() -> None:
    """Babel's names, as the tests below read them (a new CLDR would show here first)."""
    assert day_names("nl", "wide")[6] == "zondag"
    assert day_names("nl", "abbreviated")[6] == "zo"
    assert day_names("en", "wide")[6] == "Sunday"
    assert day_names("en", "abbreviated")[6] == "Sun"
    assert len(DAY_NAMES) == 28


@pytest.mark.parametrize(
    ("language", "width", "index", "name"), DAY_NAMES, ids=[n for *_, n in DAY_NAMES]
)
@pytest.mark.parametrize("case", [str.upper, str.lower, str.title])
def test_every_day_name_in_any_case_reads_back(
    language: str, width: str, index: int, name: str, case: Callable[[str], str]
) -> None:
    """The wide and abbreviated names, and the first three letters of a wide name (no two
    days share those, in either language)."""
    assert read_weekday(case(name)) == index
    if width == "wide":
        assert read_weekday(case(name[:3])) == index


@given(
    day=st.sampled_from([(i, n) for lang in LANGUAGES for i, n in day_names(lang).items()]),
    data=st.data(),
)
def test_a_wide_name_or_its_start_in_random_case_reads_back(
    day: tuple[int, str], data: st.DataObject
) -> None:
    """Any start of three letters or more of a wide name, with spaces and a full stop."""
    index, name = day
    length = data.draw(st.integers(3, len(name)))
    typed = data.draw(SPACES) + data.draw(any_case(name[:length])) + data.draw(SPACES)
    assert read_weekday(typed + data.draw(st.sampled_from(["", ".", "!"]))) == index, typed


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zo", 6),
        ("ZO.", 6),
        ("za", 5),
        ("do", 3),
        ("Thu", 3),
        ("thurs", 3),
        ("woe", 2),
        ("sun", 6),
        ("zon", 6),
        ("z", None),  # too short to be a start
        ("th", None),
        ("m", None),
        ("zondagavond", None),
        ("weekend", None),
        ("", None),
        ("7", None),
    ],
)
def test_read_weekday_table(typed: str, expected: int | None) -> None:
    assert read_weekday(typed) == expected


# -- read_number ---------------------------------------------------------------------------------

UNITS = [
    "dagen",
    "dag",
    "day",
    "days",
    "nachten",
    "nacht",
    "night",
    "nights",
    "uur",
    "uren",
    "hour",
    "hours",
    "u",
    "h",
    "keer",
    "times",
    "x",
]


@given(
    number=st.integers(0, 999),
    unit=st.sampled_from(["", *UNITS]),
    space=SPACES,
    data=st.data(),
)
def test_a_number_with_or_without_its_unit_reads_back(
    number: int, unit: str, space: str, data: st.DataObject
) -> None:
    typed = data.draw(SPACES) + str(number) + space + data.draw(any_case(unit))
    assert read_number(typed) == number, typed


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3", 3),
        ("3 dagen", 3),
        ("7 hours", 7),
        ("1 dag", 1),
        ("2 Nachten", 2),
        ("8u", 8),
        ("3x", 3),
        ("007", 7),
        ("1000", None),  # three digits at most
        ("3 weken", None),
        ("drie", None),
        ("3.5", None),
        ("1-2", None),
        ("", None),
        ("dagen", None),
        ("3 dagen geleden", None),
    ],
)
def test_read_number_table(typed: str, expected: int | None) -> None:
    assert read_number(typed) == expected


# -- read_clock: the 24-hour way -----------------------------------------------------------------


@pytest.mark.parametrize("hour", range(24))
def test_every_time_of_day_written_the_24_hour_way_reads_back(hour: int) -> None:
    """All 1440 minutes, in each of "07:05", "07.05" and "0705": taken as written."""
    for minute in range(60):
        at = dtm.time(hour, minute)
        for pattern in ("%H:%M", "%H.%M", "%H%M"):
            typed = at.strftime(pattern)
            clock = read_clock(typed)
            assert clock == Clock(at, ambiguous=False), typed
            assert [resolve(clock, usual) for usual in USUALS] == [at, at, at]


@given(
    at=st.times().map(lambda x: x.replace(second=0, microsecond=0)), usual=st.sampled_from(USUALS)
)
def test_resolve_keeps_a_time_that_is_not_ambiguous(at: dtm.time, usual: Usual) -> None:
    assert resolve(Clock(at), usual) == at


# -- read_clock: the English 12-hour forms -------------------------------------------------------


@given(
    hour=st.integers(1, 12),
    minute=st.integers(0, 59),
    half=st.sampled_from(["am", "pm"]),
    data=st.data(),
)
def test_twelve_hour_times_read_back_as_24_hour_times(
    hour: int, minute: int, half: str, data: st.DataObject
) -> None:
    """ "8am", "8 a.m.", "08:30 PM", "8.30pm", "830 pm", "12am" (00:00), "12pm" (12:00)."""
    expected = dtm.time(hour % 12 + (12 if half == "pm" else 0), minute)
    said = data.draw(st.sampled_from([half, f"{half[0]}.m.", f"{half[0]}.m"]))
    hours = data.draw(st.sampled_from([str(hour), f"{hour:02d}"]))
    forms = [f"{hours}:{minute:02d}", f"{hours}.{minute:02d}", f"{hours}{minute:02d}"]
    if minute == 0:
        forms.append(str(hour))
    number = data.draw(st.sampled_from(forms))
    typed = data.draw(SPACES) + number + data.draw(SPACES) + data.draw(any_case(said))
    typed += data.draw(SPACES)
    assert read_clock(typed) == Clock(expected, ambiguous=False), typed


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("8am", "08:00"),
        ("8 am", "08:00"),
        ("8 AM", "08:00"),
        ("8:30 pm", "20:30"),
        ("8.30pm", "20:30"),
        ("830pm", "20:30"),
        ("12am", "00:00"),
        ("12pm", "12:00"),
        ("12:30 am", "00:30"),
        ("8.30 P.M.", "20:30"),
        ("8 in the evening", "20:00"),
        ("7 in the morning", "07:00"),
        ("8 uur 's avonds", "20:00"),
        ("half 9 ’s avonds", "20:30"),
        ("3 uur 's nachts", "03:00"),
        ("half 1 's nachts", "00:30"),
        ("kwart over 12 's middags", "12:15"),
        ("noon", "12:00"),
        ("Middernacht", "00:00"),
        ("12 uur 's middags", "12:00"),
    ],
)
def test_half_of_the_day_said(typed: str, expected: str) -> None:
    assert read_clock(typed) == Clock(hm(expected), ambiguous=False)


@pytest.mark.parametrize(
    "typed", ["13 pm", "13:00 pm", "0 am", "0:30am", "12:60 pm", "pm", "am 8", "8 pmx"]
)
def test_impossible_twelve_hour_times_are_not_read(typed: str) -> None:
    assert read_clock(typed) is None


@pytest.mark.parametrize(
    ("typed", "expected"), [("12 uur 's avonds", "00:00"), ("half 12 's nachts", "23:30")]
)
def test_the_part_of_the_day_said_holds_around_midnight(typed: str, expected: str) -> None:
    assert read_clock(typed) == Clock(hm(expected))


# -- read_clock: the Dutch spoken forms, and resolve ---------------------------------------------

DUTCH_MINUTES = {"half": -30, "kwart over": 15, "kwart voor": -15, "uur": 0}


def spoken(form: str, n: int) -> str:
    return f"{n} uur" if form == "uur" else f"{form} {n}"


def twelve_hour_reading(form: str, n: int) -> tuple[int, int]:
    """The hour on a 12-hour clock (1..12) and the minute a Dutch form says: "half 9" is
    8:30, "kwart voor 1" is 12:45."""
    hours, minute = divmod(n * 60 + DUTCH_MINUTES[form], 60)
    return hours % 12 or 12, minute


@given(
    form=st.sampled_from(sorted(DUTCH_MINUTES)),
    n=st.integers(1, 12),
    data=st.data(),
)
def test_dutch_spoken_times_are_ambiguous_and_resolve_by_the_usual_half(
    form: str, n: int, data: st.DataObject
) -> None:
    """resolve's rule: the morning reads the 12-hour clock as AM (12 stays 12:xx), the evening
    as PM (12 stays 12:xx), bedtime as 00:xx-05:xx for 12 and 1-5 and as PM from 6 on."""
    text = spoken(form, n)
    if form != "uur" and data.draw(st.booleans()):
        text += " uur"  # "half 9 uur" is said too
    typed = data.draw(any_case(text))
    clock = read_clock(typed)
    twelve, minute = twelve_hour_reading(form, n)
    assert clock is not None and clock.ambiguous, typed
    morning = resolve(clock, "morning")
    evening = resolve(clock, "evening")
    bedtime = resolve(clock, "bedtime")
    assert morning == dtm.time(twelve, minute)
    if twelve == 12:
        assert evening == morning
    else:
        assert minutes(evening) - minutes(morning) == 12 * 60
    if twelve == 12 or twelve <= 5:
        assert bedtime == dtm.time(twelve % 12, minute)  # 00:xx-05:xx
    else:
        assert bedtime == evening


@pytest.mark.parametrize("n", range(1, 12))
def test_n_uur_differs_by_twelve_hours_between_morning_and_evening(n: int) -> None:
    clock = read_clock(f"{n} uur")
    assert clock is not None
    assert clock == Clock(dtm.time(n, 0), ambiguous=True)
    assert resolve(clock, "morning") == dtm.time(n, 0)
    assert resolve(clock, "evening") == dtm.time(n + 12, 0)


@pytest.mark.parametrize(
    ("typed", "morning", "evening", "bedtime"),
    [
        ("8", "08:00", "20:00", "20:00"),
        ("8 uur", "08:00", "20:00", "20:00"),
        ("8u", "08:00", "20:00", "20:00"),
        ("8h", "08:00", "20:00", "20:00"),
        ("8 o'clock", "08:00", "20:00", "20:00"),
        ("half 9", "08:30", "20:30", "20:30"),
        ("half 11", "10:30", "22:30", "22:30"),
        ("half 12", "11:30", "23:30", "23:30"),
        ("half 1", "12:30", "12:30", "00:30"),
        ("half 6", "05:30", "17:30", "05:30"),
        ("half 7", "06:30", "18:30", "18:30"),
        ("kwart over 6", "06:15", "18:15", "18:15"),
        ("kwart voor 7", "06:45", "18:45", "18:45"),
        ("kwart voor 12", "11:45", "23:45", "23:45"),
        ("kwart voor 1", "12:45", "12:45", "00:45"),
        ("kwart over 12", "12:15", "12:15", "00:15"),
        ("12 uur", "12:00", "12:00", "00:00"),
        ("12", "12:00", "12:00", "00:00"),
        ("1 uur", "01:00", "13:00", "01:00"),
        ("5 uur", "05:00", "17:00", "05:00"),
        ("6 uur", "06:00", "18:00", "18:00"),
        ("Half  9", "08:30", "20:30", "20:30"),
    ],
)
def test_resolve_table(typed: str, morning: str, evening: str, bedtime: str) -> None:
    clock = read_clock(typed)
    assert clock is not None and clock.ambiguous
    assert (resolve(clock, "morning"), resolve(clock, "evening"), resolve(clock, "bedtime")) == (
        hm(morning),
        hm(evening),
        hm(bedtime),
    )


# -- read_clock: tricky cases --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24:00", Clock(hm("00:00"))),
        ("2400", Clock(hm("00:00"))),
        ("24", Clock(hm("00:00"))),
        ("24:30", None),
        ("2430", None),
        ("25:00", None),
        ("23:60", None),
        ("Amsterdam", None),
        ("7h30", Clock(hm("07:30"))),
        ("7u30", Clock(hm("07:30"))),
        ("7 30", Clock(hm("07:30"))),
        ("730", Clock(hm("07:30"))),
        (" 07:30 ", Clock(hm("07:30"))),
        ("８：３０", Clock(hm("08:30"))),  # full-width, as some keyboards type it
        ("half 1", Clock(hm("12:30"), ambiguous=True)),
        ("half 13", Clock(hm("12:30"))),  # past 12: the 24-hour clock, not ambiguous
        ("half 24", Clock(hm("23:30"))),
        ("kwart over 24", Clock(hm("00:15"))),
        ("half 0", None),
        ("half 25", None),
        ("13 uur", Clock(hm("13:00"))),
        ("20u", Clock(hm("20:00"))),
        ("0 uur", Clock(hm("00:00"))),
        ("8:5", None),
        ("half negen", None),
        ("", None),
        ("uur", None),
        ("7:30:00", None),
    ],
)
def test_read_clock_table(typed: str, expected: Clock | None) -> None:
    assert read_clock(typed) == expected


@pytest.mark.parametrize("typed", ["19:30 uur", "19.30u", "1930 uur", "19:30h"])
def test_a_time_with_minutes_and_uur_reads_back(typed: str) -> None:
    assert read_clock(typed) == Clock(hm("19:30"))


@given(st.text(max_size=30))
def test_read_clock_never_raises(text: str) -> None:
    clock = read_clock(text)
    if clock is not None:
        assert clock.time.second == 0 and clock.time.microsecond == 0
        assert not clock.ambiguous or 1 <= clock.time.hour <= 12
        for usual in USUALS:
            resolve(clock, usual)
