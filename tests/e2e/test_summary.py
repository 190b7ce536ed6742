"""/summary as a person meets it: a one-page A4 PDF for the doctor, read back as text and
rendered as an image: in the third person, with a legend, a week axis with dates, months by
name, the period of each part and the itch of every evening."""

from __future__ import annotations

import io
import re

import pypdfium2
from pypdf import PdfReader

from bot.botapi import SentMessage, User
from tests.e2e.test_checkin import simulate_weeks
from tests.harness import Harness

WEEKS = [
    [4, 4, 2, 2, 2, 1, 1],
    [4, 4, 2, 2, 2, 1, 0],
    [4, 3, 1, 1, 1, 1, 1],
    [3, 3, 1, 1, 1, 1, 0],
    [3, 2, 1, 1, 1, 1, 0],
]


async def _summary(harness: Harness, user: User, button: str) -> SentMessage:
    [ask] = await harness.say(user, "/summary")
    [document] = await harness.press(user, ask, button)
    assert ask.buttons() == []  # asked and answered
    return document


def _text(pdf: bytes) -> tuple[str, int, tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    text = " ".join((page.extract_text() or "").split())
    return text, len(reader.pages), (float(page.mediabox.width), float(page.mediabox.height))


SECOND_PERSON = {
    "nl": re.compile(r"\b(je|jij|jou|jouw|u|uw)\b", re.IGNORECASE),
    "en": re.compile(r"\b(you|your|yours)\b", re.IGNORECASE),
}


def assert_third_person(text: str, language: str) -> None:
    """Nothing addressed to the reader, no advice: the page is the GP's."""
    assert SECOND_PERSON[language].findall(text) == [], text
    assert "meekijken" not in text and "take a look" not in text


async def test_a_one_page_a4_summary_with_the_key_numbers(harness: Harness) -> None:
    noa = User(8301, "Noa", language_code="nl")
    await harness.onboard(noa)
    await simulate_weeks(harness, noa, WEEKS, itch=[7, 7, 6, 4, 3])
    document = await _summary(harness, noa, "Zonder notities")
    assert document.method == "sendDocument" and document.file_name is not None
    assert document.file_name.startswith("darm-huid-samenvatting-") and document.file_name.endswith(
        ".pdf"
    )
    pdf = document.file_bytes or b""
    text, pages, size = _text(pdf)
    assert pages == 1
    assert abs(size[0] - 595.3) < 1 and abs(size[1] - 841.9) < 1  # A4, in points
    assert "Samenvatting voor de huisarts of dermatoloog" in text
    assert (
        "Van 23 november 2026 tot en met 27 december 2026: dag 35 van het programma, fase 1 "
        in (text)
    )
    assert "Ingevuld door de deelnemer zelf." in text
    # The latest score, with its date: the one drawn for its week.
    assert (
        "Laatste huidscore (27 dec 2026): 9 van 28, matig eczeem (5 check-ins met een score)."
        in (text)
    )
    assert (
        "Startpunt (gemiddelde van de eerste twee check-ins, 23 nov 2026 en 6 dec 2026): 15,5."
        in (text)
    )
    assert "zeer waarschijnlijk een betekenisvolle verandering (6,5 punten beter" in text
    assert "Jeuk (weekgemiddelde): startpunt 7 (ernstig), laatste week 3;" in text
    # The week axis, with the date each week began, as the page's text.
    for label in ("week 1", "23 nov 2026", "week 2", "30 nov", "week 5", "21 dec"):
        assert label in text
    # The legend, and the itch of every evening with its period.
    for item in (
        "huidscore (as links; lager is beter)",
        "startpunt (15,5)",
        "jeuk, weekgemiddelde (as rechts)",
        "banden (Charman 2013)",
        "jeuk per avond, onderste strook (24 nov 2026 t/m 27 dec 2026; 34 avonden ingevuld)",
    ):
        assert item in text
    # Months by name, each part's period.
    assert "slaap en stress per maand (nov 2026 t/m dec 2026)" in text
    assert "nov 2026 1 " in text and "dec 2026 4 " in text and "2026-1" not in text
    assert "Gewoontes (24 nov 2026 t/m 27 dec 2026)" in text
    assert "Tot rust komen: afgevinkt 34 van 34" in text  # the evening's itch counts
    assert "Zuivel" not in text  # nothing ticked, nothing invented
    assert "Geen vermoede triggers genoteerd." in text
    # What the bands and the verdict rest on, and what the page is not.
    assert "Banden: Charman 2013 (0–2 / 3–7 / 8–16 / 17–24 / 25–28" in text
    assert "Verandering: Howells 2018" in text and "≥ 3 punten op twee check-ins op rij" in text
    assert "geen diagnose" in text
    assert_third_person(text, "nl")
    # Rendered, the page is not blank: the chart and the text put ink on a good part of it.
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=1).to_pil().convert("L")
    dark = sum(image.histogram()[:200])  # pixels darker than light grey
    assert dark > 0.02 * image.width * image.height


async def test_notes_only_when_the_person_chooses_them(harness: Harness) -> None:
    sam = User(8302, "Sam", language_code="en")
    await harness.onboard(sam, language="en")
    from tests.e2e.test_checkin import answer_checkin

    await answer_checkin(harness, sam, poem=[2, 2, 2, 2, 2, 2, 2], note="Swimming pool on Tuesday")
    plain, _, _ = _text((await _summary(harness, sam, "Without notes")).file_bytes or b"")
    assert "Swimming pool" not in plain
    with_notes, _, _ = _text((await _summary(harness, sam, "With my notes")).file_bytes or b"")
    assert "The participant's notes (23 Nov 2026)" in with_notes
    assert "23 Nov 2026: Swimming pool on Tuesday" in with_notes
    assert "Summary for the GP or dermatologist" in with_notes
    assert "Filled in by the participant." in with_notes
    assert "skin score (left axis; lower is better)" in with_notes
    assert_third_person(with_notes, "en")


async def test_a_parents_summary_is_about_the_child(harness: Harness) -> None:
    ivo = User(8303, "Ivo", language_code="nl")
    await harness.onboard(ivo, language="nl", age="parent", probiotic_use="no", first_checkin="")
    text, pages, _ = _text((await _summary(harness, ivo, "Zonder notities")).file_bytes or b"")
    assert pages == 1
    assert (
        "over een kind" in text and "Ingevuld door een ouder of verzorger, over het kind." in text
    )
    assert "Huidscore van het kind" in text
    assert "Nog geen check-in met een huidscore." in text
    assert "Nog geen jeukscores per avond." in text
    assert_third_person(text, "nl")


async def test_a_severe_score_about_a_child_is_a_fact_on_the_page(harness: Harness) -> None:
    """The parent is told to see the child's GP; the GP's page says what the score is, in
    the third person: the severe band, never "je kind" or advice (C-new-1)."""
    ivo = User(8305, "Ivo", language_code="nl")
    await harness.onboard(ivo, language="nl", age="parent", probiotic_use="no")
    from tests.e2e.test_checkin import answer_checkin

    closing = await answer_checkin(
        harness, ivo, poem=[4, 4, 3, 3, 3, 3, 3], sleep=10, note="Veel gekrabd na het zwemmen"
    )
    assert "je kind" in (closing.text or "")
    text, pages, _ = _text((await _summary(harness, ivo, "Met mijn notities")).file_bytes or b"")
    assert pages == 1
    assert "Laatste huidscore (23 nov 2026): 23 van 28, ernstig eczeem (1 check-in" in text
    assert "Laatste score in de ernstige band (≥ 17)." in text
    assert "Notities van de ouder of verzorger (23 nov 2026)" in text
    assert "het kind" in text
    assert_third_person(text, "nl")


async def test_the_page_for_the_doctor_holds_no_advice_to_the_person(harness: Harness) -> None:
    """A severe first score: the person's result says to see the GP; the page for the GP
    gives the score and no words addressed to the person."""
    eli = User(8304, "Eli", language_code="nl")
    await harness.onboard(eli)
    from tests.e2e.test_checkin import answer_checkin

    closing = await answer_checkin(harness, eli, poem=[4, 4, 3, 3, 3, 3, 3])
    assert "Maak deze week een afspraak bij je huisarts of dermatoloog." in (closing.text or "")
    text, _, _ = _text((await _summary(harness, eli, "Zonder notities")).file_bytes or b"")
    assert "23 van 28, ernstig eczeem" in text
    assert "Laatste score in de ernstige band (≥ 17)." in text
    assert "meekijken" not in text and "Vergeleken met het startpunt" not in text
    assert_third_person(text, "nl")
