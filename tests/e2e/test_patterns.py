"""Noting a suspected trigger on the day, and /patterns, as a person uses them in Telegram."""

from __future__ import annotations

import datetime as dtm
import io
import json
import zipfile

from bot.botapi import User
from bot.callbacks import ItchPress, PickerPress
from tests import stored
from tests.harness import Harness, local


async def test_trigger_ticks_are_kept_at_once_and_done_sums_them_up(harness: Harness) -> None:
    ada = User(8201, "Ada", language_code="nl")
    await harness.onboard(ada, first_checkin="")
    harness.clock.set(local(2026, 11, 24, 12, 0))
    [ask] = await harness.say(ada, "/trigger")
    assert (ask.text or "").startswith("Wat viel je op, vandaag (dinsdag 24 november)?")
    await harness.press(ada, ask, "Zuivel")
    await harness.press(ada, ask, "Zweet")
    await harness.press(ada, ask, "Zweet")  # a second tap takes it off again
    assert "✓ Zuivel" in [label for label, _ in ask.buttons()]
    assert harness.store.diary.trigger_days(ada.id) == {"dairy": [dtm.date(2026, 11, 24)]}
    # Yesterday, one tap away; onboarding was on Monday 23rd, so it is within the programme.
    await harness.press(ada, ask, "Gisteren")
    assert "gisteren (maandag 23 november)" in (ask.text or "")
    await harness.press(ada, ask, "Stress")
    await harness.press(ada, ask, "Klaar")
    assert ask.text == "Genoteerd voor gisteren (maandag 23 november): stress."
    assert ask.buttons() == []  # done: the list closes
    # Dairy, a food: the line about cutting foods out comes with it.
    [again] = await harness.say(ada, "/trigger")
    await harness.press(ada, again, "Klaar")
    assert (again.text or "").startswith("Genoteerd voor vandaag (dinsdag 24 november): zuivel.")
    assert "samen met je huisarts of een diëtist" in (again.text or "")


async def test_the_evening_message_opens_the_days_list(harness: Harness) -> None:
    bo = User(8202, "Bo", language_code="en")
    await harness.onboard(bo, language="en", first_checkin="")
    harness.clock.set(local(2026, 11, 23, 22, 0))
    await harness.tick()
    evening = harness.last_message(bo)
    [opened] = await harness.press(bo, evening, "Noticed something today?")
    assert (opened.text or "").startswith("What did you notice, today (Monday 23 November)?")
    # Three days later the same button is too old: it changes nothing.
    harness.clock.set(local(2026, 11, 26, 12, 0))
    answer = await harness.server_press_stale(
        bo, evening, PickerPress(dtm.date(2026, 11, 23), "open").data
    )
    assert answer is not None and harness.new_messages(bo) == []


async def test_patterns_from_six_weeks_of_notes_and_evenings(harness: Harness) -> None:
    cas = User(8203, "Cas", language_code="nl")
    await harness.onboard(cas, first_checkin="")
    [empty] = await harness.say(cas, "/patterns")
    assert (empty.text or "").startswith("Nog niets te zien.")
    start = dtm.date(2026, 11, 23)
    # Dairy on twelve irregular days; the evening after each the itch is 7, else 2.
    dairy = [1, 4, 8, 11, 14, 18, 21, 24, 28, 31, 35, 38]
    for n in range(42):
        day = start + dtm.timedelta(days=n)
        harness.clock.set(local(day.year, day.month, day.day, 21, 0))
        await harness.tick()
        if n in dairy:
            [ask] = await harness.say(cas, "/trigger")
            await harness.press(cas, ask, "Zuivel")
        score = 7 if n - 1 in dairy else 2
        harness.clock.set(local(day.year, day.month, day.day, 22, 30))
        await harness.tick()
        await harness.press_data(cas, harness.last_message(cas), ItchPress(day, score).data)
        if n == 9:
            # Three days noted: the numbers, and what is still missing for a comparison.
            [early] = await harness.say(cas, "/patterns")
            body = early.text or ""
            assert (
                "• Zuivel (3 dagen): jeuk gemiddeld 2 de avond ervoor en 7 de avond erna "
                "(3 keer); 2 op de andere avonden (5 avonden). Om te vergelijken heb ik nodig: "
                "minstens 10 dagen waarop je het noteerde (nu 3) en minstens 10 andere avonden "
                "uit dezelfde weken, met een cijfer die avond en twee avonden eerder (nu 5). Met "
                "zo weinig kan een verschil makkelijk toeval zijn." in body
            )
            [progress, _] = await harness.say(cas, "/progress")
            assert "/patterns" not in (progress.text or "")
    [text] = await harness.say(cas, "/patterns")
    body = text.text or ""
    assert body.startswith(
        "Wat je eigen cijfers laten zien. Per ding dat je noteerde: je jeuk op de avond vóór een "
        "dag waarop je het noteerde en op de avond ná die dag"
    )
    assert (
        "• Zuivel (12 dagen): jeuk gemiddeld 2 de avond ervoor en 7 de avond erna (12 keer); "
        "2 op de andere avonden (28 avonden). Van de avond ervoor tot de avond erna steeg je "
        "jeuk meer dan anders in twee dagen in die weken. Dat is de moeite waard om met je "
        "huisarts of een diëtist te bespreken; het kan ook komen door wanneer je noteerde, door "
        "het seizoen of door toeval." in body
    )
    assert body.endswith(
        "Dit laat zien wat samen voorkwam, niet waar het door komt.\n"
        "Iets uit je eten schrappen doe je samen met je huisarts of een diëtist."
    )
    assert "toeval zijn" not in body and "niet snel toeval" not in body
    [progress, _] = await harness.say(cas, "/progress")
    assert (progress.text or "").endswith("Je hebt genoeg genoteerd om te vergelijken: /patterns.")
    # In the export, and gone with /delete.
    [document] = await harness.say(cas, "/export")
    with zipfile.ZipFile(io.BytesIO(document.file_bytes or b"")) as archive:
        data = json.loads(archive.read("data.json"))
        assert len(data["triggers"]) == 12 and "triggers.csv" in archive.namelist()
    [confirm] = await harness.say(cas, "/delete")
    await harness.press(cas, confirm, "Ja, wis alles")
    assert stored.count_rows(harness.store, "day_triggers") == 0
