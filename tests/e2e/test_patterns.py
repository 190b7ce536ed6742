"""Noting a suspected trigger on the day, and /patterns, as a person uses them in Telegram."""

from __future__ import annotations

import datetime as dtm
import io
import json
import zipfile

from bot.botapi import User
from bot.callbacks import ItchPress, PickerPress
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
    rows = harness.rows(
        "SELECT local_date, trigger FROM day_triggers WHERE participant_id = ?", [ada.id]
    )
    assert rows == [("2026-11-24", "dairy")]
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
    assert "samen met je huisarts of diëtist" in (again.text or "")


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


async def test_patterns_from_a_month_of_notes_and_evenings(harness: Harness) -> None:
    cas = User(8203, "Cas", language_code="nl")
    await harness.onboard(cas, first_checkin="")
    [empty] = await harness.say(cas, "/patterns")
    assert (empty.text or "").startswith("Nog niets te zien.")
    start = dtm.date(2026, 11, 23)
    dairy_days = {start + dtm.timedelta(days=n) for n in range(0, 28, 4)}
    for n in range(28):
        day = start + dtm.timedelta(days=n)
        harness.clock.set(local(day.year, day.month, day.day, 21, 0))
        await harness.tick()
        if day in dairy_days:
            [ask] = await harness.say(cas, "/trigger")
            await harness.press(cas, ask, "Zuivel")
        noted_before = day in dairy_days or day - dtm.timedelta(days=1) in dairy_days
        score = 7 if noted_before else 2
        harness.clock.set(local(day.year, day.month, day.day, 22, 30))
        await harness.tick()
        await harness.press_data(cas, harness.last_message(cas), ItchPress(day, score).data)
    [text] = await harness.say(cas, "/patterns")
    body = text.text or ""
    assert "• Zuivel (7 dagen): jeuk gemiddeld 7 erna (14 avonden), 2 zonder (14 avonden)." in body
    assert "Zo'n verschil is niet snel toeval, maar zegt niets over de oorzaak." in body
    assert "niet wat de oorzaak is" in body and "nooit alleen" in body
    [progress, _] = await harness.say(cas, "/progress")
    assert (progress.text or "").endswith("In wat je noteerde is iets te zien: /patterns.")
    # In the export, and gone with /delete.
    [document] = await harness.say(cas, "/export")
    with zipfile.ZipFile(io.BytesIO(document.file_bytes or b"")) as archive:
        data = json.loads(archive.read("data.json"))
        assert len(data["triggers"]) == 7 and "triggers.csv" in archive.namelist()
    [confirm] = await harness.say(cas, "/delete")
    await harness.press(cas, confirm, "Ja, wis alles")
    assert harness.rows("SELECT count(*) FROM day_triggers") == [(0,)]
