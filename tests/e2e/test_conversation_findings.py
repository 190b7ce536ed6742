"""The eleven findings of trying the bot as a new participant (issue 17), each end to end over
HTTP: what a person typed or tapped, and where it landed. In nl and en, for an adult and for a
parent where the two differ."""

from __future__ import annotations

import datetime as dtm
import io
import zipfile

import pytest

from bot.botapi import SentMessage, User
from bot.callbacks import CheckinPress, ReminderPress
from bot.programme.conversation import Note
from tests import stored
from tests.e2e.test_checkin import answer_checkin
from tests.harness import Harness, local


def labels(message: SentMessage) -> list[str]:
    return [label for label, _ in message.buttons()]


async def to_the_note(harness: Harness, user: User) -> SentMessage:
    """From the first question of the open check-in to its note: skip to the triggers, none."""
    for _ in range(12):
        question = harness.last_message(user)
        skip = next(d for _, d in question.buttons() if CheckinPress.parse(d).value == "skip")  # type: ignore[union-attr]
        await harness.press_data(user, question, skip)
    triggers = harness.last_message(user)
    await harness.press(user, triggers, "None" if user.language_code == "en" else "Geen")
    return harness.last_message(user)


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_finding_1_export_works_after_none_at_the_trigger_question(
    harness: Harness, language: str
) -> None:
    ann = User(9101, "Ann", language_code=language)
    await harness.onboard(ann, language=language)
    note = await to_the_note(harness, ann)
    await harness.press(ann, note, "Skip" if language == "en" else "Overslaan")
    assert stored.checkin_triggers(harness.store) == ["none"]
    [document] = await harness.say(ann, "/export")
    assert document.method == "sendDocument"
    archive = zipfile.ZipFile(io.BytesIO(document.file_bytes or b""))
    assert "none" in archive.read("data.json").decode() and archive.testzip() is None


@pytest.mark.parametrize(("language", "age"), [("nl", "adult"), ("en", "parent")])
async def test_finding_2_something_else_can_be_ticked_on_day_one_and_after(
    harness: Harness, language: str, age: str
) -> None:
    bo = User(9102, "Bo", language_code=language)
    await harness.onboard(bo, language=language, age=age, first_checkin="")
    other, yesterday = (
        ("Something else", "Yesterday") if language == "en" else ("Iets anders", "Gisteren")
    )
    [picker] = await harness.say(bo, "/trigger")
    await harness.press(bo, picker, other)
    assert f"✓ {other}" in labels(picker)
    assert harness.store.diary.trigger_days(bo.id) == {"other": [dtm.date(2026, 11, 23)]}
    # The evening's list, the next day: ticking it stays on that day; the day switch is its own.
    winddown = 18 if age == "parent" else 22  # an hour before the child's 19:30 or 23:00
    harness.clock.set(local(2026, 11, 24, winddown, 30 if age == "parent" else 0))
    await harness.tick()
    evening = harness.last_message(bo)
    [picker] = await harness.press(bo, evening, "?")
    await harness.press(bo, picker, other)
    await harness.press(bo, picker, yesterday)
    assert f"✓ {other}" in labels(picker)  # yesterday's list: the tick of day one
    assert sorted(
        day for days in harness.store.diary.trigger_days(bo.id).values() for day in days
    ) == [
        dtm.date(2026, 11, 23),
        dtm.date(2026, 11, 24),
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_finding_3_the_nudges_continue_opens_the_note_for_typing_again(
    harness: Harness, language: str
) -> None:
    cas = User(9103, "Cas", language_code=language)
    await harness.onboard(cas, language=language)
    await to_the_note(harness, cas)
    await harness.say(cas, "/today")  # a command: the note question is no longer open
    harness.clock.set(local(2026, 11, 24, 19, 0))
    await harness.tick()
    nudge = harness.last_message(cas)
    [again] = await harness.press(cas, nudge, "Continue" if language == "en" else "Verder")
    assert "(14/14)" in (again.text or "")
    done = await harness.say(cas, "Itchy after the gym")
    assert [(c.status, c.note) for c in harness.store.checkins.all(cas.id)] == [
        ("done", "Itchy after the gym")
    ]
    assert done and ("saved" in (done[-1].text or "") or "bewaard" in (done[-1].text or ""))


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_finding_4_a_question_about_tests_at_the_note_is_answered_not_stored(
    harness: Harness, language: str
) -> None:
    dee = User(9104, "Dee", language_code=language)
    await harness.onboard(dee, language=language)
    await to_the_note(harness, dee)
    [reply] = await harness.say(dee, "Moet ik een IgG-test laten doen?")
    assert "IgG" in (reply.text or "") and "(14/14)" in (reply.text or "")
    participant = harness.participant(dee)
    assert participant is not None and isinstance(participant.question, Note)
    assert [(c.status, c.note) for c in harness.store.checkins.all(dee.id)] == [("open", None)]
    await harness.say(dee, "Drukke week")
    assert [(c.status, c.note) for c in harness.store.checkins.all(dee.id)] == [
        ("done", "Drukke week")
    ]


async def test_finding_5_a_settings_change_keeps_the_promised_first_checkin(
    harness: Harness,
) -> None:
    eli = User(9105, "Eli", language_code="nl")
    await harness.onboard(eli, first_checkin="later")  # "Later, om 09:00"
    [overview] = await harness.say(eli, "/settings")
    await harness.press(eli, overview, "Bedtijd")
    await harness.press(eli, overview, "22:30")  # tapped
    await harness.press(eli, overview, "Opstaan")
    await harness.say(eli, "06:45")  # typed
    harness.new_messages(eli)
    await harness.run_until(local(2026, 11, 23, 9, 0))
    first = [m for m in harness.new_messages(eli) if "(1/14)" in (m.text or "")]
    assert len(first) == 1 and "eerste check-in" in (first[0].text or "")


async def test_finding_5_a_reminder_moved_to_this_minute_is_still_sent_today(
    harness: Harness,
) -> None:
    fay = User(9106, "Fay", language_code="en")
    await harness.onboard(fay, language="en", probiotic="0900", first_checkin="")
    # Not yet the probiotic's time; half a minute into 08:40.
    harness.clock.set(local(2026, 11, 23, 8, 40) + dtm.timedelta(seconds=30))
    await harness.tick()
    [overview] = await harness.say(fay, "/settings")
    await harness.press(fay, overview, "Probiotic time")
    [saved] = await harness.say(fay, "8:40")
    assert "Probiotic 08:40" in (saved.text or "")
    [today] = await harness.say(fay, "/today")
    assert "08:40  Probiotic" in (today.text or "")
    harness.clock.set(local(2026, 11, 23, 8, 41))
    await harness.tick()
    sent = [m for m in harness.new_messages(fay) if "probiotic" in (m.text or "").lower()]
    assert sent, "today's probiotic went out at its new time"


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_finding_6_none_after_a_tick_takes_it_off_and_says_so(
    harness: Harness, language: str
) -> None:
    gus = User(9107, "Gus", language_code=language)
    await harness.onboard(gus, language=language)
    for _ in range(12):
        question = harness.last_message(gus)
        skip = next(d for _, d in question.buttons() if CheckinPress.parse(d).value == "skip")  # type: ignore[union-attr]
        await harness.press_data(gus, question, skip)
    triggers = harness.last_message(gus)
    dairy, none = ("Dairy", "None") if language == "en" else ("Zuivel", "Geen")
    await harness.press(gus, triggers, dairy)
    answer = await harness.press_data(gus, triggers, triggers.button(none))
    assert answer is not None and dairy in answer  # said, not silently dropped
    assert f"✓ {none}" in labels(triggers) and f"✓ {dairy}" not in labels(triggers)
    assert "(13/14)" in (harness.last_message(gus).text or "")  # still the same question
    await harness.press(gus, triggers, "Done" if language == "en" else "Klaar")
    assert stored.checkin_triggers(harness.store) == ["none"]


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_finding_7_a_second_checkin_the_same_week_replaces_only_when_asked(
    harness: Harness, language: str
) -> None:
    hal = User(9108, "Hal", language_code=language)
    await harness.onboard(hal, language=language)
    await answer_checkin(harness, hal, poem=[4, 4, 4, 4, 4, 4, 4])  # 28
    [ask] = await harness.say(hal, "/checkin")
    assert ask.buttons() and "(1/14)" not in (ask.text or "")
    [kept] = await harness.press(hal, ask, "No" if language == "en" else "Nee")
    assert ("stays" if language == "en" else "blijft staan") in (kept.text or "")
    assert len(harness.store.checkins.all(hal.id)) == 1
    [ask] = await harness.say(hal, "/checkin")
    await harness.press(hal, ask, "Yes" if language == "en" else "Ja")
    done = await answer_checkin(harness, hal, poem=[0, 0, 0, 0, 0, 0, 0])  # minutes later: 0
    assert ("0 of 28" if language == "en" else "0 van 28") in (done.text or "")
    assert [(c.skin_score, c.status) for c in harness.store.checkins.all(hal.id)] == [
        (28, "replaced"),
        (0, "done"),
    ]
    [progress, _chart] = await harness.say(hal, "/progress")
    assert "14" not in (progress.text or "")  # no baseline of 28 and 0 minutes apart
    start = "Starting point" if language == "en" else "Startpunt"
    assert start not in (progress.text or "")


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_finding_8_a_typed_settings_answer_is_confirmed_once(
    harness: Harness, language: str
) -> None:
    ida = User(9109, "Ida", language_code=language)
    await harness.onboard(ida, language=language, first_checkin="")
    [overview] = await harness.say(ida, "/settings")
    await harness.press(ida, overview, "Bedtime" if language == "en" else "Bedtijd")
    replies = await harness.say(ida, "22:30")
    saved = "Saved" if language == "en" else "Opgeslagen"
    confirmations = [m for m in harness.server.messages_to(ida.id) if saved in (m.text or "")]
    assert len(replies) == 1 and len(confirmations) == 1


@pytest.mark.parametrize(("app_language", "chosen"), [("nl", "en"), ("en", "nl")])
async def test_finding_9_the_chosen_language_outlives_the_under_16_exit(
    harness: Harness, app_language: str, chosen: str
) -> None:
    jo = User(9110, "Jo", language_code=app_language)
    await harness.say(jo, "/start")
    await harness.press(jo, harness.last_message(jo), "English" if chosen == "en" else "Nederlands")
    await harness.press(
        jo, harness.last_message(jo), "Understood" if chosen == "en" else "Begrepen"
    )
    [goodbye] = await harness.press(
        jo, harness.last_message(jo), "under 16" if chosen == "en" else "jonger dan 16"
    )
    assert harness.participant(jo) is None
    [reply] = await harness.say(jo, "hallo?")
    expected = "Send /start" if chosen == "en" else "Stuur /start"
    assert (reply.text or "").startswith(expected), (goodbye.text, reply.text)


async def test_finding_10_a_snooze_never_lands_in_the_night(harness: Harness) -> None:
    kim = User(9111, "Kim", language_code="en")
    await harness.onboard(kim, language="en", bed="2300", first_checkin="")
    harness.clock.set(local(2026, 11, 23, 21, 0))
    await harness.tick()
    water = harness.last_message(kim)
    await harness.press(kim, water, "Later")
    shown = labels(water)
    assert "3 hours" not in shown and "1 hour" in shown and "Tomorrow at 07:30" in shown
    row = ReminderPress.parse(water.button("1 hour"))
    assert row is not None
    # An older keyboard's 3 hours: said, and nothing moved.
    answer = await harness.server_press_stale(
        kim, water, ReminderPress(row.occurrence_id, "s180").data
    )
    assert answer is not None and "sleep window" in answer
    assert [
        r.snoozes for r in harness.store.reminders.all(kim.id) if r.id == row.occurrence_id
    ] == [0]
    answer = await harness.press_data(kim, water, water.button("Tomorrow"))
    assert answer == "Fine, you'll hear from me again tomorrow at 07:30."


@pytest.mark.parametrize(
    ("language", "answers", "stored"),
    [
        (
            "en",
            [
                "English",
                "ok",
                "yes",
                "yes",
                "Amsterdam",
                "8am",
                "10pm",
                "yes",
                "9am",
                "5pm",
                "sunday",
                "7 pm",
            ],
            ("Europe/Amsterdam", "08:00", "22:00", "09:00", "17:00", 6, "19:00"),
        ),
        (
            "nl",
            [
                "nederlands",
                "begrepen",
                "ja",
                "ja",
                "berlin",
                "half 8",
                "11 uur",
                "JA",
                "8 uur",
                "half 6",
                "Zondag",
                "19:30",
            ],
            ("Europe/Berlin", "07:30", "23:00", "08:00", "17:30", 6, "19:30"),
        ),
    ],
)
async def test_finding_11_answers_typed_as_people_type_them(
    harness: Harness, language: str, answers: list[str], stored: tuple[object, ...]
) -> None:
    lou = User(9112, "Lou", language_code=language)
    await harness.say(lou, "/start")
    for answer in answers:
        [reply] = await harness.say(lou, answer)
        assert "herken" not in (reply.text or "") and "recognise" not in (reply.text or ""), answer
    p = harness.participant(lou)
    assert p is not None and p.onboarded
    assert (
        p.timezone,
        p.wake,
        p.bed,
        p.times["probiotic"],
        p.times["fibre"],
        p.checkin_day,
        p.checkin_time,
    ) == stored
