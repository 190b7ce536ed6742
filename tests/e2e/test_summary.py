"""/summary as a person meets it: a one-page A4 PDF for the doctor, read back as text and
rendered as an image."""

from __future__ import annotations

import io

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
    assert "Ingevuld door de deelnemer zelf." in text
    assert "Laatste huidscore: 9 van 28, matig eczeem (5 check-ins met een score)." in text
    assert "Startpunt (gemiddelde van de eerste twee check-ins): 15,5." in text
    assert "zeer waarschijnlijk een betekenisvolle verandering (6,5 punten beter" in text
    assert "Zuivel" not in text  # nothing ticked, nothing invented
    assert "geen diagnose" in text
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
    assert "Swimming pool on Tuesday" in with_notes
    assert "Summary for the GP or dermatologist" in with_notes


async def test_a_parents_summary_is_about_the_child(harness: Harness) -> None:
    ivo = User(8303, "Ivo", language_code="nl")
    await harness.onboard(ivo, language="nl", age="parent", probiotic_use="no", first_checkin="")
    text, pages, _ = _text((await _summary(harness, ivo, "Zonder notities")).file_bytes or b"")
    assert pages == 1
    assert "over een kind" in text and "Ingevuld door een ouder of verzorger" in text
    assert "Nog geen check-in met een huidscore." in text


async def test_the_page_for_the_doctor_holds_no_advice_to_the_person(harness: Harness) -> None:
    """A severe first score: the person's result says to see the GP; the page for the GP
    gives the score and no words addressed to the person."""
    eli = User(8304, "Eli", language_code="nl")
    await harness.onboard(eli)
    from tests.e2e.test_checkin import answer_checkin

    closing = await answer_checkin(harness, eli, poem=[4, 4, 3, 3, 3, 3, 3])
    assert "Laat je huisarts of dermatoloog meekijken." in (closing.text or "")
    text, _, _ = _text((await _summary(harness, eli, "Zonder notities")).file_bytes or b"")
    assert "23 van 28, ernstig eczeem" in text
    assert "meekijken" not in text and "Vergeleken met het startpunt" not in text
