"""The four daily reminders, end to end: the clock moves, the dispatcher sends, a person taps."""

from __future__ import annotations

import datetime as dtm

from bot.botapi import SentMessage, User
from bot.callbacks import ReminderPress
from tests.harness import Harness, local

MINUTE = dtm.timedelta(minutes=1)


def local_time_of(message: SentMessage, harness: Harness) -> str:
    """When the clock said the message went out, in Amsterdam wall-clock time."""
    return harness.clock.now().astimezone(local(2026, 1, 1).tzinfo).strftime("%H:%M")


async def run_and_collect(
    harness: Harness, user: User, until: dtm.datetime, step: dtm.timedelta = MINUTE
) -> list[tuple[str, str]]:
    """Tick minute by minute; returns (local time, first line) of every reminder received."""
    received: list[tuple[str, str]] = []
    while harness.clock.now() < until:
        harness.clock.set(min(harness.clock.now() + step, until))
        await harness.tick()
        for message in harness.new_messages(user):
            received.append((local_time_of(message, harness), (message.text or "").split("\n")[0]))
    return received


async def test_each_kind_arrives_at_its_local_time(harness: Harness) -> None:
    anna = User(2001, "Anna", language_code="nl")
    await harness.onboard(anna)
    received = await run_and_collect(harness, anna, local(2026, 11, 23, 23, 59))
    assert received == [
        ("07:30", "Tijd voor een glas water."),
        ("08:00", "Tijd voor je probioticum."),
        ("12:00", "Tijd voor een glas water."),
        ("16:30", "Tijd voor een glas water."),
        ("17:30", "Een seintje voor je vezels vandaag."),
        ("21:00", "Tijd voor een glas water."),
        ("22:00", "Over een uur is het bedtijd: tijd om tot rust te komen."),
    ]
    statuses = {row.status for row in harness.store.reminders.day(anna.id, dtm.date(2026, 11, 23))}
    assert statuses == {"sent"}


async def test_buttons_record_done_snooze_and_skip(harness: Harness) -> None:
    bob = User(2002, "Bob", language_code="en")
    await harness.onboard(bob, language="en")
    await harness.run_until(local(2026, 11, 23, 8, 0))
    [hydration, probiotic] = harness.new_messages(bob)
    assert "probiotic" in (probiotic.text or "") and "Tip:" in (probiotic.text or "")
    assert [label for label, _ in probiotic.buttons()] == ["✓ Done", "Later", "Skip"]

    assert await harness.press_data(bob, probiotic, probiotic.button("Done")) == "Noted: done."
    assert probiotic.buttons()[0][0] == "✓ Probiotic: done"
    # A second press changes nothing, and says so.
    again = await harness.server_press_stale(bob, probiotic, probiotic.buttons()[0][1])
    assert again == "You had already answered this one: done. Nothing changed."
    done_again = probiotic.buttons()[0][1].replace(":info", ":done")
    assert "Nothing changed" in (await harness.server_press_stale(bob, probiotic, done_again) or "")

    assert await harness.press_data(bob, hydration, hydration.button("Skip")) == "Noted: skipped."
    answers = sorted(
        (row.kind, row.answer)
        for row in harness.store.reminders.all(bob.id)
        if row.answer is not None
    )
    assert answers == [("hydration", "skipped"), ("probiotic", "done")]

    # Later opens the snooze choices; 1 hour moves this one reminder.
    await harness.run_until(local(2026, 11, 23, 12, 0), step=dtm.timedelta(minutes=5))
    [noon] = harness.new_messages(bob)
    await harness.press_data(bob, noon, noon.button("Later"))
    assert [label for label, _ in noon.buttons()] == ["30 min", "1 hour", "3 hours", "Back"]
    reply = await harness.press_data(bob, noon, noon.button("1 hour"))
    assert reply == "I'll remind you again at 13:00."
    assert noon.buttons()[0][0] == "Water: at 13:00"
    harness.clock.set(local(2026, 11, 23, 12, 59))
    await harness.tick()
    assert harness.new_messages(bob) == []
    harness.clock.set(local(2026, 11, 23, 13, 0))
    await harness.tick()
    [snoozed] = harness.new_messages(bob)
    assert "glass of water" in (snoozed.text or "")
    reply = await harness.press_data(bob, snoozed, snoozed.button("+1 glass"))
    assert reply == "Noted: 1 glass of water on Monday 23 November."
    [today] = await harness.say(bob, "/today")
    assert "Water: 1 glass" in (today.text or "")
    assert "08:00  Probiotic: done" in (today.text or "")
    assert "07:30  Water: skipped" in (today.text or "")


async def test_a_snooze_moves_that_one_occurrence_only(harness: Harness) -> None:
    cas = User(2003, "Cas", language_code="nl")
    await harness.onboard(cas)
    await harness.run_until(local(2026, 11, 23, 8, 0))
    probiotic = harness.new_messages(cas)[-1]
    await harness.press_data(cas, probiotic, probiotic.button("Later"))
    await harness.press_data(cas, probiotic, probiotic.button("3 uur"))
    due = sorted(
        (row.local_date, row.due_at)
        for row in harness.store.reminders.all(cas.id)
        if row.kind == "probiotic"
    )
    assert [d for d, _ in due] == [dtm.date(2026, 11, 23), dtm.date(2026, 11, 24)]
    moved = due[0][1]
    tomorrow = due[1][1]
    assert moved == local(2026, 11, 23, 11, 0)
    assert tomorrow == local(2026, 11, 24, 8, 0)  # the daily schedule did not move
    p = harness.participant(cas)
    assert p is not None and p.times["probiotic"] == "08:00"


async def test_reminders_within_fifteen_minutes_come_as_one_message(harness: Harness) -> None:
    dana = User(2004, "Dana", language_code="nl")
    await harness.onboard(dana, probiotic="0740")
    harness.clock.set(local(2026, 11, 23, 7, 30))
    await harness.tick()
    [combined] = harness.new_messages(dana)
    lines = (combined.text or "").split("\n")
    # One line for what is due, one for the tip (docs/programme.md, "Voice").
    assert lines[0] == "Nu aan de beurt: Water (07:30), Probioticum (07:40)."
    assert lines[1].startswith("Tip: ") and len(lines) == 2
    rows = [[label for label, _ in row] for row in _rows(combined)]
    assert rows == [["💧 +1 glas", "Later", "Overslaan"], ["✓ Probioticum", "Later", "Overslaan"]]
    await harness.press_data(dana, combined, combined.button("✓ Probioticum"))
    assert [[label for label, _ in row] for row in _rows(combined)] == [
        ["💧 +1 glas", "Later", "Overslaan"],
        ["✓ Probioticum: gedaan", "↩ Ongedaan maken"],  # for the rest of the day
    ]
    harness.clock.set(local(2026, 11, 23, 7, 45))
    await harness.tick()
    assert harness.new_messages(dana) == []  # 07:40 was not sent a second time


def _rows(message: SentMessage) -> list[list[tuple[str, str]]]:
    keyboard = (message.reply_markup or {}).get("inline_keyboard", [])
    return [[(b["text"], b["callback_data"]) for b in row] for row in keyboard]


async def test_an_old_button_records_for_its_own_day(harness: Harness) -> None:
    eva = User(2005, "Eva", language_code="nl")
    await harness.onboard(eva)
    await harness.run_until(local(2026, 11, 23, 17, 30), step=dtm.timedelta(minutes=5))
    fibre = harness.new_messages(eva)[-1]
    await harness.run_until(local(2026, 11, 24, 9, 0), step=dtm.timedelta(minutes=5))
    reply = await harness.press_data(eva, fibre, fibre.button("Gedaan"))
    assert reply == "Genoteerd voor maandag 23 november: gedaan."
    assert [
        (row.local_date, row.answer)
        for row in harness.store.reminders.all(eva.id)
        if row.kind == "fibre" and row.answer is not None
    ] == [(dtm.date(2026, 11, 23), "done")]
    # Yesterday's reminder can't be snoozed into today any more.
    await harness.run_until(local(2026, 11, 24, 22, 0), step=dtm.timedelta(minutes=5))
    winddown = harness.new_messages(eva)[-1]
    harness.clock.set(local(2026, 11, 25, 7, 0))
    await harness.press_data(eva, winddown, winddown.button("Later"))
    reply = await harness.press_data(eva, winddown, winddown.button("30 min"))
    assert reply == (
        "Deze herinnering is van dinsdag 24 november; uitstellen kan niet meer, afvinken of "
        "overslaan wel."
    )


async def test_stale_and_forged_buttons_change_nothing(harness: Harness) -> None:
    fien = User(2006, "Fien", language_code="nl")
    other = User(2007, "Other", language_code="nl")
    await harness.onboard(fien)
    await harness.onboard(other)
    await harness.run_until(local(2026, 11, 23, 8, 0), step=dtm.timedelta(minutes=5))
    message = harness.new_messages(fien)[-1]
    data = message.button("Gedaan")
    # Someone else's reminder id, an unknown id, and nonsense (broken data, forged on purpose).
    for forged in (data, ReminderPress(999999, "done").data, "o:abc:done", "zz:1"):
        reply = await harness.server_press_stale(other, message, forged)
        assert reply is not None and ("werkt niet meer" in reply or "herken" in reply), forged
    answered = [
        row
        for user in (fien, other)
        for row in harness.store.reminders.all(user.id)
        if row.answer is not None
    ]
    assert answered == []


async def test_glass_counter_from_today(harness: Harness) -> None:
    gert = User(2008, "Gert", language_code="en")
    await harness.onboard(gert, language="en")
    [today] = await harness.say(gert, "/today")
    assert "Water: 0 glasses" in (today.text or "")
    for expected in (1, 2, 3):
        reply = await harness.press_data(gert, today, today.button("+1 glass"))
        glasses = "glass" if expected == 1 else "glasses"
        assert reply == f"Noted: {expected} {glasses} of water on Monday 23 November."
    [today] = await harness.say(gert, "/today")
    assert "Water: 3 glasses" in (today.text or "")
