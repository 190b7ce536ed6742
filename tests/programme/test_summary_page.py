"""The doctor's page from plain records: what it says in each clinical situation, in the third
person and without advice, the period of every part, months by name, and one A4 page with
everything above its footer however much there is to say. Read back with pypdf and pypdfium2."""

from __future__ import annotations

import dataclasses
import datetime as dtm
import io
import re
from collections.abc import Sequence

import pypdfium2
import pytest
from pypdf import PdfReader

from bot.programme.progress import ReminderRecord
from bot.programme.records import DONE, SKIPPED, CheckinRow, Participant
from bot.programme.summary import summarise
from bot.programme.times import from_epoch
from bot.programme.treatment import MAX_ACTIVE, NAME_MAX, TreatmentRow, UseCount
from bot.render.summary_pdf import render_summary, treatment_lines
from tests.harness import local
from tests.programme.test_planning import ANNA

START = dtm.date(2026, 1, 5)  # a Monday
# Anna of the planning tests, started on START.
PERSON = dataclasses.replace(ANNA, id=1, consent_version="1", start_date=START)
SECOND_PERSON = {
    "nl": re.compile(r"\b(je|jij|jou|jouw|u|uw)\b", re.IGNORECASE),
    "en": re.compile(r"\b(you|your|yours)\b", re.IGNORECASE),
}
ADVICE = {
    "nl": re.compile(r"meekijken|afspraak|neem contact|bel |kijk ik|ik laat", re.IGNORECASE),
    "en": re.compile(r"take a look|appointment|contact your|call |I'll|I only", re.IGNORECASE),
}


def person(language: str = "nl", child: bool = False) -> Participant:
    return dataclasses.replace(PERSON, language=language, age_group="parent" if child else "adult")


def checkin(
    week: int,
    score: int | None,
    *,
    day: int = 6,
    triggers: str = "",
    note: str | None = None,
    child: bool = False,
) -> CheckinRow:
    """A completed check-in on day `day` of programme week `week`."""
    date = START + dtm.timedelta(days=7 * week + day)
    return CheckinRow(
        id=week * 10 + day,
        participant_id=PERSON.id,
        source="weekly",
        local_date=date,
        opened_at=from_epoch(0),
        expires_at=from_epoch(0),
        status="done",
        step=14,
        poem1=None,
        poem2=None,
        poem3=None,
        poem4=None,
        poem5=None,
        poem6=None,
        poem7=None,
        bloating=2,
        pain=1,
        stools=3,
        sleep=7.0,
        stress=5,
        triggers=frozenset(name for name in triggers.split(",") if name),
        note=note,
        skin_score=score,
        completed_at=from_epoch(week * 10 + day),
        about="child" if child else "self",
    )


def day(n: int) -> dtm.date:
    return START + dtm.timedelta(days=n)


def page(
    who: Participant,
    checkins: Sequence[CheckinRow],
    *,
    days: int,
    itch: Sequence[tuple[dtm.date, int]] = (),
    reminders: Sequence[ReminderRecord] = (),
    noted: dict[str, list[dtm.date]] | None = None,
    notes: bool = False,
    treatments: Sequence[TreatmentRow] = (),
) -> bytes:
    today = day(days)
    return render_summary(
        summarise(
            who,
            checkins,
            itch,
            reminders,
            noted or {},
            local(today.year, today.month, today.day, 20, 0),
            include_notes=notes,
            treatments=treatments,
        )
    )


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join((reader.pages[0].extract_text() or "").split())


def assert_third_person(text: str, language: str) -> None:
    assert SECOND_PERSON[language].findall(text) == [], text
    assert ADVICE[language].findall(text) == [], text


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("child", [False, True])
def test_an_unconfirmed_change_is_a_fact_not_a_promise_to_look_again(
    language: str, child: bool
) -> None:
    scores = [checkin(0, 12, child=child), checkin(1, 12, child=child), checkin(2, 22, child=child)]
    text = text_of(page(person(language, child), scores, days=20))
    expected = {
        "nl": "Vergeleken met het startpunt: 10 punten slechter op de laatste check-in (één "
        "meting, nog niet bevestigd).",
        "en": "Compared with the starting point: 10 points worse at the latest check-in (one "
        "measurement, not yet confirmed).",
    }
    assert expected[language] in text
    severe = {"nl": "Laatste score in de ernstige band (≥ 17).", "en": "severe band (≥ 17)."}
    assert severe[language] in text
    assert_third_person(text, language)


@pytest.mark.parametrize(
    ("score", "line"),
    [
        (16, None),
        (17, "Laatste score in de ernstige band (≥ 17)."),
        (24, "Laatste score in de ernstige band (≥ 17)."),
        (25, "Laatste score in de zeer ernstige band (≥ 25)."),
    ],
)
def test_the_severe_band_is_said_as_a_fact(score: int, line: str | None) -> None:
    text = text_of(page(person("nl", child=True), [checkin(0, score, child=True)], days=6))
    assert f"{score} van 28" in text
    if line is None:
        assert "band (≥" not in text
    else:
        assert line in text
    assert_third_person(text, "nl")
    assert "het kind" in text


def test_each_part_says_its_period_months_by_name_and_triggers_with_their_denominator() -> None:
    checkins = [
        checkin(week, 14 - week // 3, triggers="gluten,dairy" if week % 3 == 0 else "none")
        for week in range(10)
    ]
    itch = [(day(n), 6 - n // 20) for n in range(1, 70)]
    reminders: list[ReminderRecord] = [
        (day(n), "probiotic", "sent", DONE if n % 4 else SKIPPED) for n in range(1, 70)
    ]
    text = text_of(page(person(), checkins, days=69, itch=itch, reminders=reminders))
    # The period, the phases, the dated week axis.
    assert (
        "Van 5 januari 2026 tot en met 15 maart 2026: dag 70 van het programma, fase 1 t/m 3."
        in (text)
    )
    assert "week 1" in text and "5 jan 2026" in text and "week 9" in text and "2 mrt" in text
    # Months by name, the table's period, and no ISO month.
    assert "(jan 2026 t/m mrt 2026)" in text
    assert "jan 2026" in text and "feb 2026" in text and "mrt 2026" in text
    assert re.search(r"\b2026-\d\d\b", text) is None
    # The habits' period, in habit_label's words and no other percentage.
    assert "Gewoontes (6 jan 2026 t/m 15 mrt 2026)" in text
    assert "Probioticum: afgevinkt 52 van 69, gewoontescore 100%" in text  # skips leave it
    # Triggers: how many check-ins of how many, and when.
    assert (
        "Als vermoede trigger aangevinkt in de check-ins (11 jan 2026 t/m 15 mrt 2026): Zuivel "
        "in 4 van 10, Gluten in 4 van 10." in text
    )
    assert "Samen voorgekomen, geen oorzaak: zelf genoteerd, niet getest." in text
    # The legend, and the itch of every evening with its period and count.
    for item in (
        "huidscore (as links; lager is beter)",
        "startpunt (14)",
        "jeuk, weekgemiddelde (as rechts)",
        "banden (Charman 2013)",
        "jeuk per avond, onderste strook (6 jan 2026 t/m 15 mrt 2026; 69 avonden ingevuld)",
    ):
        assert item in text
    # The footer: the bands and what the verdict rests on (C-new-4).
    assert "Banden: Charman 2013 (0–2 / 3–7 / 8–16 / 17–24 / 25–28" in text
    assert "Howells 2018" in text and "≥ 3 punten op twee check-ins op rij" in text
    assert_third_person(text, "nl")


def test_the_latest_score_is_the_one_drawn_and_written() -> None:
    """Two check-ins kept in one programme week (as before one counted per week): the page,
    like its chart, gives the later one."""
    checkins = [checkin(0, 20), checkin(1, 18, day=1), checkin(1, 9, day=5)]
    text = text_of(page(person("en"), checkins, days=13))
    assert "Latest skin score (17 Jan 2026): 9 of 28, moderate eczema (3 check-ins" in text
    assert "week 2" in text and "12 Jan" in text


def _chars_above_footer(pdf: bytes, footer_start: str) -> tuple[int, float, float]:
    """(characters written before the footer, the lowest of their bottoms, the footer's top),
    in PDF points from the bottom of the page."""
    document = pypdfium2.PdfDocument(pdf)
    text = document[0].get_textpage()
    searcher = text.search(footer_start)
    found = searcher.get_next()
    assert found is not None
    first, _ = found
    footer_top = text.get_charbox(first)[3]
    lowest = min(
        text.get_charbox(i)[1] for i in range(first) if not text.get_text_range(i, 1).isspace()
    )
    return first, lowest, footer_top


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_page_with_everything_stays_one_page_with_all_above_its_footer(language: str) -> None:
    """A year of weekly check-ins, every trigger ticked, daily triggers for the pattern
    finder, all four habits and six long notes: one page, the footer whole, nothing over it,
    the latest notes shown, and the itch of every evening still drawn."""
    ticks = "dairy,gluten,eggs,soy,nuts,sugar,stress,weather,other"
    checkins = [
        checkin(week, (week * 7) % 29, triggers=ticks, note=f"Week {week}: " + "lang " * 120)
        for week in range(52)
    ]
    itch = [(day(n), (n * 5) % 11) for n in range(365)]
    kinds = ("probiotic", "hydration", "fibre", "winddown")
    reminders: list[ReminderRecord] = [
        (day(n), kind, "sent", DONE if (n + len(kind)) % 3 else None)
        for n in range(365)
        for kind in kinds
    ]
    noted = {
        trigger: [day(n) for n in range(offset, 365, 4 + offset)]
        for offset, trigger in enumerate(("dairy", "gluten", "sweat", "stress", "care_product"))
    }
    treatments = [
        TreatmentRow(
            n,
            (f"Middel {n} " + "lang " * 20)[:NAME_MAX],
            "skin" if n % 2 else "gut",
            day(n),
            None if n < MAX_ACTIVE else day(n + 30),
            "self",
        )
        for n in range(MAX_ACTIVE + 5)
    ]
    pdf = page(
        person(language),
        checkins,
        days=364,
        itch=itch,
        reminders=reminders,
        noted=noted,
        notes=True,
        treatments=treatments,
    )
    text = text_of(pdf)
    footer = {"nl": "De huidscore volgt", "en": "The skin score follows"}[language]
    made = {"nl": "Gemaakt op 4 januari 2027", "en": "Made on 4 January 2027"}[language]
    assert made in text  # the footer's last words: whole
    count, lowest, footer_top = _chars_above_footer(pdf, footer)
    assert count > 500
    assert lowest >= footer_top  # nothing written into the footer
    assert "Week 51:" in text and "Week 50:" in text  # the latest notes, as many as fit
    assert "Week 46:" not in text  # NOTES_SHOWN: the six latest at most
    evenings = {"nl": "365 avonden ingevuld", "en": "365 evenings answered"}[language]
    assert evenings in text
    assert "Middel 0 " in text  # in use first; as many as fit, then how many more
    assert re.search({"nl": r"en nog \d+\.? ", "en": r"and \d+ more"}[language], text), text


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("child", [False, True])
def test_third_person_everywhere(language: str, child: bool) -> None:
    """Everything the page can say, the pattern finder's lines for a doctor included, for an
    adult and about a child: no "je"/"you" and no advice."""
    checkins = [
        checkin(week, score, triggers="dairy", note="Zwemmen", child=child)
        for week, score in enumerate([20, 19, 24, 25, 26])
    ]
    itch = [(day(n), 8 - n // 10) for n in range(35)]
    reminders: list[ReminderRecord] = [(day(n), "winddown", "sent", None) for n in range(35)]
    noted = {"dairy": [day(n) for n in range(1, 34, 3)], "sweat": [day(2), day(9)]}
    about = "child" if child else "self"
    text = text_of(
        page(
            person(language, child),
            checkins,
            days=34,
            itch=itch,
            reminders=reminders,
            noted=noted,
            notes=True,
            treatments=[
                TreatmentRow(1, "Hydrocortison", "skin", day(3), None, about),
                TreatmentRow(2, "Probiotica X", "gut", day(0), day(20), about),
                TreatmentRow(3, "Someone else's", "other", day(0), None, "other"),
            ],
        )
    )
    heading = {
        ("nl", False): "Behandeling volgens de deelnemer",
        ("nl", True): "Behandeling volgens de ouder",
        ("en", False): "Treatment as reported by the participant",
        ("en", True): "Treatment as reported by the parent",
    }[language, child]
    assert heading in text
    since, period = {
        "nl": ("Hydrocortison (huid): sinds 8 jan 2026", "Probiotica X (darm): 5 jan 2026 tot"),
        "en": ("Hydrocortison (skin): since 8 Jan 2026", "Probiotica X (gut): 5 Jan 2026 to"),
    }[language]
    assert since in text and period in text
    assert "Someone else's" not in text
    assert {"nl": "Zuivel (11 dagen genoteerd)", "en": "Dairy (noted on 11 days)"}[language] in text
    assert_third_person(text, language)
    if child:
        assert {"nl": "het kind", "en": "the child"}[language] in text
    else:
        assert {"nl": "de deelnemer", "en": "the participant"}[language] in text


@pytest.mark.parametrize(
    ("language", "uses", "line"),
    [
        ("nl", None, "Zalf (huid): sinds 23 nov 2026"),
        (
            "nl",
            (1, 24, 24),
            "Zalf (huid): sinds 23 nov 2026, op 1 avond aangevinkt als gebruikt (24 nov 2026)",
        ),
        (
            "nl",
            (3, 24, 30),
            "Zalf (huid): sinds 23 nov 2026, op 3 avonden aangevinkt als "
            "gebruikt (24 nov 2026 t/m 30 nov 2026)",
        ),
        (
            "en",
            (3, 24, 30),
            "Zalf (skin): since 23 Nov 2026, ticked as used on 3 evenings "
            "(24 Nov 2026 to 30 Nov 2026)",
        ),
    ],
)
def test_a_treatments_line_counts_the_evenings_ticked_as_used(
    language: str, uses: tuple[int, int, int] | None, line: str
) -> None:
    zalf = TreatmentRow(7, "Zalf", "skin", dtm.date(2026, 11, 23), None, "self", daily=True)
    counted = {}
    if uses is not None:
        n, first, last = uses
        counted = {7: UseCount(n, dtm.date(2026, 11, first), dtm.date(2026, 11, last))}
    assert treatment_lines([zalf], language, counted) == [line]
