"""/treatment's rules: a typed "since when" in nl and en, a name as typed, the list as shown,
and a content lint: no text the list, its questions, the doctor's page or /export use about a
treatment advises, judges, or speaks of a dose or of stopping as advice."""

from __future__ import annotations

import datetime as dtm
import re

import pytest

from bot.programme.summary import TREATMENTS_SHOWN, treatments_shown
from bot.programme.treatment import NAME_MAX, TreatmentRow, read_name, read_since, shown
from messages import CATALOGUES

TODAY = dtm.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("vandaag", TODAY),
        ("Today", TODAY),
        (" gisteren ", dtm.date(2026, 11, 22)),
        ("yesterday", dtm.date(2026, 11, 22)),
        ("12 november", dtm.date(2026, 11, 12)),
        ("12 November", dtm.date(2026, 11, 12)),
        ("12 nov", dtm.date(2026, 11, 12)),
        ("12 nov.", dtm.date(2026, 11, 12)),
        ("November 12", dtm.date(2026, 11, 12)),
        ("Nov 12, 2025", dtm.date(2025, 11, 12)),
        ("12th November", dtm.date(2026, 11, 12)),
        ("3 maart 2025", dtm.date(2025, 3, 3)),
        ("3 mrt", dtm.date(2026, 3, 3)),
        ("1 mei", dtm.date(2026, 5, 1)),
        ("2026-11-12", dtm.date(2026, 11, 12)),
        ("12-11-2026", dtm.date(2026, 11, 12)),
        ("12/11/2026", dtm.date(2026, 11, 12)),
        ("12.11.26", dtm.date(2026, 11, 12)),
        ("12-11", dtm.date(2026, 11, 12)),
        ("maart 2025", dtm.date(2025, 3, 1)),
        ("september", dtm.date(2026, 9, 1)),
        ("oktober 2026", dtm.date(2026, 10, 1)),
        # Without a year, a day still to come this year is last year's.
        ("25 december", dtm.date(2025, 12, 25)),
        ("31-12", dtm.date(2025, 12, 31)),
        ("december", dtm.date(2025, 12, 1)),
        # Not a date, or not one that has begun.
        ("2026-12-25", None),
        ("morgen", None),
        ("tomorrow", None),
        ("31 februari", None),
        ("2026-02-30", None),
        ("13-13-2026", None),
        ("12 nowember", None),
        ("sinds kort", None),
        ("", None),
        ("1800-01-01", None),
        ("12", None),
    ],
)
def test_since_when_as_typed(typed: str, expected: dtm.date | None) -> None:
    assert read_since(typed, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Hydrocortison crème", "Hydrocortison crème"),
        ("  Vaseline\n  (vet) ", "Vaseline (vet)"),
        ("   ", None),
        ("", None),
        ("x" * 200, "x" * NAME_MAX),
    ],
)
def test_a_name_is_kept_as_typed_tidied(typed: str, expected: str | None) -> None:
    assert read_name(typed) == expected


def row(n: int, since: int, stopped: int | None = None, about: str = "self") -> TreatmentRow:
    day = TODAY - dtm.timedelta(days=100)
    return TreatmentRow(
        n,
        f"T{n}",
        "skin",
        day + dtm.timedelta(days=since),
        None if stopped is None else day + dtm.timedelta(days=stopped),
        about,
    )


def test_the_list_shows_this_persons_complete_ones_in_use_first() -> None:
    unfinished = TreatmentRow(9, "Half", None, TODAY, None, "self")
    rows = [row(1, 5, 10), row(2, 8), row(3, 1), row(4, 0, about="child"), unfinished]
    assert [x.name for x in shown(rows, "self")] == ["T3", "T2", "T1"]
    assert [x.name for x in shown(rows, "child")] == ["T4"]


def test_the_page_keeps_all_in_use_then_the_latest_stopped() -> None:
    active = [row(n, n) for n in range(8)]
    stopped = [row(100 + n, 0, 10 + n) for n in range(10)]
    kept = treatments_shown(active + stopped, "self")
    assert len(kept) == TREATMENTS_SHOWN
    assert [x.id for x in kept[:8]] == list(range(8))
    assert {x.id for x in kept[8:]} == {106, 107, 108, 109}  # the four stopped last


# Words of advice, judgement, dose or a push to go on or stop: none in what the bot says
# about a treatment (the person's own words are shown back; the bot adds nothing to them).
FORBIDDEN = {
    "nl": re.compile(
        r"\b(moet\w*|zou|zoud\w*|beter|goed\w*|slecht\w*|verstandig|raad|advie\w*|adviseer\w*|"
        r"probeer\w*|dos\w+|hoeveel|mg|milligram|vaker|minder|afbouw\w*|overleg\w*|arts|"
        r"huisarts|apothe\w+|bijwerking\w*|veilig|gevaarlijk|werkt|helpt|let op|blijf\w*|"
        r"ga door|doorgaan|super|knap|jammer|gelukkig|helaas|wijs)\b|!",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(should|must|ought|better|good|bad|wise|advi\w+|recommend\w*|try|dos\w+|"
        r"how much|amount|mg|more often|less|taper\w*|consult\w*|doctor|gp|pharmac\w*|"
        r"side effects?|safe|dangerous|works|helps|keep (using|going)|go on|great|"
        r"well done|sorry|unfortunately|glad)\b|!",
        re.IGNORECASE,
    ),
}


def treatment_texts(language: str) -> dict[str, str]:
    catalogue = CATALOGUES[language]
    return {
        key: text
        for key, text in catalogue.items()
        if key.startswith(("treatment.", "summary.treatment", "button.treatment_"))
        or key in ("cmd.treatment", "export.file.treatments.csv")
    }


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_text_about_a_treatment_advises_judges_or_speaks_of_a_dose(language: str) -> None:
    texts = treatment_texts(language)
    assert len(texts) > 30  # the list, its questions, the page's section, /export's file
    for key, text in texts.items():
        assert FORBIDDEN[language].findall(text) == [], (key, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Goed zo! Blijf de crème gebruiken."),
        ("nl", "Overleg met je arts voordat je stopt."),
        ("nl", "Let op de dosering."),
        ("en", "Great, keep using it!"),
        ("en", "Ask your doctor about the dose."),
        ("en", "You should taper it off."),
    ],
)
def test_the_lint_catches_advice(language: str, text: str) -> None:
    assert FORBIDDEN[language].findall(text)


def test_a_night_owl_at_half_past_midnight_types_the_calendars_date() -> None:
    """Tuesday 00:30, still Monday evening for them: "vandaag" is Monday, "24 november" is
    the calendar's Tuesday (not last year's), and Wednesday is still to come."""
    monday, tuesday = dtm.date(2026, 11, 23), dtm.date(2026, 11, 24)
    assert read_since("vandaag", monday, tuesday) == monday
    assert read_since("gisteren", monday, tuesday) == dtm.date(2026, 11, 22)
    assert read_since("24 november", monday, tuesday) == tuesday
    assert read_since("24-11-2026", monday, tuesday) == tuesday
    assert read_since("25 november", monday, tuesday) == dtm.date(2025, 11, 25)
    assert read_since("2026-11-25", monday, tuesday) is None
