"""/treatment (/behandeling), driven as a person would through the suite's Bot API server: the
list of what the person (or a parent's child) uses, in their own words; add one (the name as
typed, what for by button, since when typed or "today"), mark one stopped (since when, the
same way), at most MAX_ACTIVE in use; /export and the doctor's page show it."""

from __future__ import annotations

import datetime as dtm
import io
import zipfile

import pytest
from pypdf import PdfReader

from bot.botapi import User
from bot.callbacks import (
    TreatmentEndPress,
    TreatmentPress,
    TreatmentSincePress,
    TreatmentStoppedPress,
)
from bot.programme.treatment import MAX_ACTIVE
from tests.harness import Harness, local

WORDS = {
    "nl": {
        "add": "Toevoegen",
        "stop": "Iets gestopt",
        "daily": "Elke avond vragen",
        "use": "Vaseline vandaag gebruikt?",
        "used": "✓ Vaseline vandaag gebruikt",
        "skin": "Huid",
        "gut": "Darm",
        "today": "Vandaag",
        "empty": "Er staat nog niets",
        "child": "je kind",
        "since": "sinds 12 nov 2026",
        "stopped": "23 nov 2026 tot 25 nov 2026",
        "stopped_header": "Gestopt:",
        "bad_since": "kan ik niet lezen",
        "date": "12 november",
        "before": "Die datum ligt voor 23 nov 2026",
        "yesterday": "gisteren",
        "reaction": "sinds gisteren dikke lippen en benauwd na de zalf",
        "urgent": "bel direct 112",
    },
    "en": {
        "add": "Add",
        "stop": "Something stopped",
        "daily": "Ask each evening",
        "use": "Used Vaseline today?",
        "used": "✓ Used Vaseline today",
        "skin": "Skin",
        "gut": "Gut",
        "today": "Today",
        "empty": "Nothing is listed yet",
        "child": "your child",
        "since": "since 12 Nov 2026",
        "stopped": "23 Nov 2026 to 25 Nov 2026",
        "stopped_header": "Stopped:",
        "bad_since": "cannot read that date",
        "date": "12 November",
        "before": "That date is before 23 Nov 2026",
        "yesterday": "yesterday",
        "reaction": "swollen lips and hives since yesterday, after the cream",
        "urgent": "call 112 now",
    },
}


def used_days(harness: Harness, user: User) -> list[str]:
    """The days a treatment was noted as used, as the person's /export lists them."""
    uses = harness.store.export(user.id)["treatment_uses"]
    return [use["local_date"].isoformat() for use in uses]


async def add(harness: Harness, user: User, language: str, name: str, purpose: str) -> None:
    """/treatment, Add, the name, what for; since when is left to the caller."""
    w = WORDS[language]
    [listed] = await harness.say(user, "/treatment")
    await harness.press(user, listed, w["add"])
    assert listed.buttons() == []  # the list's buttons went with the tap
    [ask_for] = await harness.say(user, name)
    assert name in (ask_for.text or "")
    await harness.press(user, ask_for, w[purpose])


async def doctors_page(harness: Harness, user: User, language: str) -> str:
    """/summary without notes: the page's text, its spaces as one."""
    [ask] = await harness.say(user, "/summary")
    plain = {"nl": "Zonder notities", "en": "Without notes"}[language]
    [document] = await harness.press(user, ask, plain)
    reader = PdfReader(io.BytesIO(document.file_bytes or b""))
    return " ".join((reader.pages[0].extract_text() or "").split())


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("age", ["adult", "parent"])
async def test_add_list_and_stop_a_treatment(harness: Harness, language: str, age: str) -> None:
    w = WORDS[language]
    tia = User(9501 if age == "adult" else 9502, "Tia", language_code=language)
    await harness.onboard(tia, language=language, age=age, first_checkin="")
    await harness.skip_to(local(2026, 11, 23, 10, 0))
    [empty] = await harness.say(tia, "/behandeling")
    assert w["empty"] in (empty.text or "")
    assert (w["child"] in (empty.text or "")) == (age == "parent")
    assert [label for label, _ in empty.buttons()] == [w["add"]]  # nothing to stop or ask

    [listed] = await harness.say(tia, "/treatment")
    [ask_name] = await harness.press(tia, listed, w["add"])
    assert age == "parent" or w["child"] not in (ask_name.text or "")
    [ask_for] = await harness.say(tia, "  Hydrocortison   crème ")
    assert "Hydrocortison crème" in (ask_for.text or "")
    [ask_since] = await harness.press(tia, ask_for, w["skin"])
    assert (w["child"] in (ask_since.text or "")) == (age == "parent")
    [bad] = await harness.say(tia, "31 december")  # without a year: last year's, so fine
    assert w["since"] not in (bad.text or "")
    assert [t.since for t in harness.store.treatments.all(tia.id)] == [dtm.date(2025, 12, 31)]
    # The second one: a typed date in the future is not taken; then "today" by button.
    await harness.press(tia, bad, w["add"])
    await harness.say(tia, "Probiotica")
    await harness.press(tia, harness.last_message(tia), w["gut"])
    [refused] = await harness.say(tia, "2026-12-25")
    assert w["bad_since"] in (refused.text or "")
    [typed] = await harness.say(tia, w["date"])
    assert w["since"] in (typed.text or "")
    about = "child" if age == "parent" else "self"
    assert [
        (t.name, t.purpose, t.since, t.stopped, t.about)
        for t in harness.store.treatments.all(tia.id)
    ] == [
        ("Hydrocortison crème", "skin", dtm.date(2025, 12, 31), None, about),
        ("Probiotica", "gut", dtm.date(2026, 11, 12), None, about),
    ]
    # A third, begun today by the button; stopped two days later.
    await add(harness, tia, language, "Zinkzalf", "skin")
    [today] = await harness.press(tia, harness.last_message(tia), w["today"])
    assert (w["child"] in (today.text or "")) == (age == "parent")
    await harness.skip_to(local(2026, 11, 25, 10, 0))
    [listed] = await harness.say(tia, "/treatment")
    await harness.press(tia, listed, w["stop"])
    assert [label for label, _ in listed.buttons()][:3] == [
        "Hydrocortison crème",
        "Probiotica",
        "Zinkzalf",
    ]
    [ask_stopped] = await harness.press(tia, listed, "Zinkzalf")
    assert "Zinkzalf" in (ask_stopped.text or "")
    assert (w["child"] in (ask_stopped.text or "")) == (age == "parent")
    # A reaction typed here is not a date: the urgent line comes first, whatever the question.
    urgent, _ = await harness.say(tia, w["reaction"])
    assert w["urgent"] in (urgent.text or "")
    [before] = await harness.say(tia, "22 november")  # before it began: not taken
    assert w["before"] in (before.text or "")
    [refused] = await harness.say(tia, "2026-12-25")  # still to come: not taken
    assert w["bad_since"] in (refused.text or "")
    [done] = await harness.press(tia, refused, w["today"])
    assert w["stopped_header"] in (done.text or "")
    assert w["stopped"] in (done.text or "")
    [zink] = [t for t in harness.store.treatments.all(tia.id) if t.name == "Zinkzalf"]
    assert zink.stopped == dtm.date(2026, 11, 25)
    # The same stop again (an old message): the stale answer, nothing changes.
    stale = await harness.server_press_stale(tia, listed, TreatmentEndPress(zink.id).data)
    assert stale
    stale = await harness.server_press_stale(tia, before, TreatmentStoppedPress(zink.id).data)
    assert stale
    assert [t.stopped for t in harness.store.treatments.all(tia.id) if t.name == "Zinkzalf"] == [
        dtm.date(2026, 11, 25)
    ]
    # Another stopped yesterday, typed: the date it stopped, not the day it is told.
    [listed] = await harness.say(tia, "/treatment")
    await harness.press(tia, listed, w["stop"])
    await harness.press(tia, listed, "Probiotica")
    [done] = await harness.say(tia, w["yesterday"])
    assert [t.stopped for t in harness.store.treatments.all(tia.id) if t.name == "Probiotica"] == [
        dtm.date(2026, 11, 24)
    ]
    participant = harness.participant(tia)
    assert participant is not None and participant.question is None  # nothing left open
    # The Today of a since-question long answered: out of date, the start stays as it was.
    [hydro] = [t for t in harness.store.treatments.all(tia.id) if t.name.startswith("Hydro")]
    stale = await harness.server_press_stale(tia, ask_since, TreatmentSincePress(hydro.id).data)
    assert stale
    assert [t.since for t in harness.store.treatments.all(tia.id) if t.id == hydro.id] == [
        dtm.date(2025, 12, 31)
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_a_list_of_ten_in_use_offers_no_add_and_a_half_added_one_is_dropped(
    harness: Harness, language: str
) -> None:
    w = WORDS[language]
    max_ = User(9503, "Max", language_code=language)
    await harness.onboard(max_, language=language, first_checkin="")
    await harness.skip_to(local(2026, 11, 23, 10, 0))
    [listed] = await harness.say(max_, "/treatment")
    await harness.press(max_, listed, w["add"])
    await harness.say(max_, "Half")  # what for is never picked
    for n in range(MAX_ACTIVE):
        await add(harness, max_, language, f"Crème {n}", "skin")
        await harness.press(max_, harness.last_message(max_), w["today"])
    assert [t for t in harness.store.treatments.all(max_.id) if t.name == "Half"] == []
    [full] = await harness.say(max_, "/treatment")
    assert [label for label, _ in full.buttons()] == [w["daily"], w["stop"]]
    assert str(MAX_ACTIVE) in (full.text or "")
    answer = await harness.server_press_stale(max_, full, TreatmentPress("add").data)
    assert answer is None  # answered, but no name is asked for
    assert harness.participant(max_).question is None  # type: ignore[union-attr]


async def test_typed_text_while_what_for_is_asked_points_to_the_buttons(harness: Harness) -> None:
    ria = User(9504, "Ria", language_code="nl")
    await harness.onboard(ria, first_checkin="")
    [listed] = await harness.say(ria, "/treatment")
    await harness.press(ria, listed, "Toevoegen")
    await harness.say(ria, "Vaseline")
    [pointer] = await harness.say(ria, "huid")
    assert "Vaseline" in (pointer.text or "") and "Huid" in [b for b, _ in pointer.buttons()]
    await harness.press(ria, pointer, "Huid")
    [done] = await harness.press(ria, harness.last_message(ria), "Vandaag")
    assert "Genoteerd: Vaseline (huid)" in (done.text or "")
    # A command closes the question: typed text no longer lands on it.
    [listed] = await harness.say(ria, "/treatment")
    await harness.press(ria, listed, "Toevoegen")
    await harness.say(ria, "/today")
    await harness.say(ria, "Nog iets")
    assert [t.name for t in harness.store.treatments.all(ria.id)] == ["Vaseline"]


@pytest.mark.parametrize(
    ("language", "age", "heading", "line"),
    [
        ("nl", "adult", "Behandeling volgens de deelnemer", "Vaseline (huid): sinds 23 nov 2026"),
        (
            "en",
            "parent",
            "Treatment as reported by the parent",
            "Vaseline (skin): since 23 Nov 2026",
        ),
    ],
)
async def test_the_doctors_page_and_export_show_the_treatments(
    harness: Harness, language: str, age: str, heading: str, line: str
) -> None:
    w = WORDS[language]
    dia = User(9505 if age == "adult" else 9506, "Dia", language_code=language)
    await harness.onboard(dia, language=language, age=age, first_checkin="")
    await harness.skip_to(local(2026, 11, 23, 10, 0))
    await add(harness, dia, language, "Vaseline", "skin")
    await harness.press(dia, harness.last_message(dia), w["today"])
    text = await doctors_page(harness, dia, language)
    assert heading in text and line in text
    [exported] = await harness.say(dia, "/export")
    archive = zipfile.ZipFile(io.BytesIO(exported.file_bytes or b""))
    rows = archive.read("treatments.csv").decode("utf-8-sig").splitlines()
    header = {
        "nl": "Naam,Waarvoor,Sinds,Gestopt op,Over wie,Elke avond gevraagd",
        "en": "Name,What for,Since,Stopped on,About whom,Asked each evening",
    }
    assert rows[0] == header[language]
    about = {"nl": "jezelf", "en": "your child"}[language]
    off = {"nl": "uit", "en": "off"}[language]
    assert rows[1:] == [f"Vaseline,{w['skin'].lower()},2026-11-23,,{about},{off}"]


@pytest.mark.parametrize(("language", "age"), [("nl", "adult"), ("en", "parent")])
async def test_the_evening_asks_used_it_today_for_the_ones_marked_daily(
    harness: Harness, language: str, age: str
) -> None:
    w = WORDS[language]
    eve = User(9507 if age == "adult" else 9508, "Eve", language_code=language)
    await harness.onboard(eve, language=language, age=age, first_checkin="")
    await harness.skip_to(local(2026, 11, 23, 10, 0))
    await add(harness, eve, language, "Vaseline", "skin")
    await harness.press(eve, harness.last_message(eve), w["today"])
    await add(harness, eve, language, "Pil", "gut")
    await harness.press(eve, harness.last_message(eve), w["today"])
    [listed] = await harness.say(eve, "/treatment")
    await harness.press(eve, listed, w["daily"])
    assert (w["child"] in (listed.text or "")) == (age == "parent")
    assert [label for label, _ in listed.buttons()][:2] == ["☐ Vaseline", "☐ Pil"]
    await harness.press(eve, listed, "Vaseline")
    assert [label for label, _ in listed.buttons()][:2] == ["☑ Vaseline", "☐ Pil"]
    assert [(t.name, t.daily) for t in harness.store.treatments.all(eve.id)] == [
        ("Vaseline", True),
        ("Pil", False),
    ]
    await harness.skip_to(local(2026, 11, 23, 23, 0))
    [evening] = [m for m in harness.new_messages(eve) if w["use"] in dict(m.buttons())]
    labels = [label for label, _ in evening.buttons()]
    assert not any("Pil" in label for label in labels)  # not marked daily: not asked
    answer = await harness.press_data(eve, evening, evening.button(w["use"]))
    assert "Vaseline" in (answer or "")
    assert w["used"] in [label for label, _ in evening.buttons()]
    assert used_days(harness, eve) == ["2026-11-23"]
    await harness.press_data(eve, evening, evening.button(w["used"]))  # a slip: taken back
    assert used_days(harness, eve) == []
    assert w["use"] in [label for label, _ in evening.buttons()]
    await harness.press_data(eve, evening, evening.button(w["use"]))
    [exported] = await harness.say(eve, "/export")
    archive = zipfile.ZipFile(io.BytesIO(exported.file_bytes or b""))
    days = archive.read("treatment_days.csv").decode("utf-8-sig").splitlines()
    assert days[1].startswith("2026-11-23,Vaseline,2026-11-23 ")
    # The doctor's page counts the evenings ticked, and says that is what they are.
    await harness.skip_to(local(2026, 11, 24, 23, 0))
    [evening] = [m for m in harness.new_messages(eve) if w["use"] in dict(m.buttons())]
    await harness.press_data(eve, evening, evening.button(w["use"]))
    text = await doctors_page(harness, eve, language)
    used = {
        "nl": "Vaseline (huid): sinds 23 nov 2026, op 2 avonden aangevinkt als gebruikt "
        "(23 nov 2026 t/m 24 nov 2026)",
        "en": "Vaseline (skin): since 23 Nov 2026, ticked as used on 2 evenings "
        "(23 Nov 2026 to 24 Nov 2026)",
    }[language]
    assert used in text
    pil = {"nl": "Pil (darm): sinds 23 nov 2026", "en": "Pil (gut): since 23 Nov 2026"}[language]
    assert pil in text and f"{pil}," not in text  # never ticked: no count
    # No longer used from the 24th: that evening's tick is out of date (kept, not counted).
    [listed] = await harness.say(eve, "/treatment")
    await harness.press(eve, listed, w["stop"])
    [ask_stopped] = await harness.press(eve, listed, "Vaseline")
    await harness.press(eve, ask_stopped, w["today"])
    await harness.press_data(eve, evening, evening.button(w["used"]))  # untick: out of date
    assert used_days(harness, eve) == ["2026-11-23", "2026-11-24"]
    text = await doctors_page(harness, eve, language)
    used = {
        "nl": "Vaseline (huid): 23 nov 2026 tot 24 nov 2026, op 1 avond aangevinkt als "
        "gebruikt (23 nov 2026)",
        "en": "Vaseline (skin): 23 Nov 2026 to 24 Nov 2026, ticked as used on 1 evening "
        "(23 Nov 2026)",
    }[language]
    assert used in text
