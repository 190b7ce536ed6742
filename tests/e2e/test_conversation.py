"""A conversation that never puts an answer in the wrong place: one open question at a time,
a way back, times that make sense, tidy chats. One test per finding of the conversation issue
(the wording of plurals and dates is in tests/messages/test_words.py and the e2e tests)."""

from __future__ import annotations

import datetime as dtm
import io

from PIL import Image

from bot.botapi import FakeBotApi, User
from bot.callbacks import FirstPress, OnboardPress, SettingPress
from bot.render.chart import render_progress_chart
from tests import stored
from tests.e2e.test_checkin import answer_checkin
from tests.harness import Harness, local, onboarding_data


async def _to_step(harness: Harness, user: User, step: str) -> None:
    await harness.say(user, "/start")
    for answer in ["language:nl", "disclaimer:ok", "age:adult", "consent:yes"]:
        await harness.press_data(user, harness.last_message(user), onboarding_data(answer))
    for answer in ["timezone:Europe/Amsterdam", "wake:0700", "bed:2300", "probiotic:0800"]:
        if answer.startswith(step):
            break
        await harness.press_data(user, harness.last_message(user), onboarding_data(answer))
    harness.new_messages(user)


async def test_1_an_answer_after_an_error_lands_on_the_question_it_answers(
    harness: Harness, server: FakeBotApi
) -> None:
    """Typed quickly after a wrong answer, a right one answers the same question: the error
    and the question come back as one message, so there is no gap to answer into."""
    ann = User(9001, "Ann", language_code="nl")
    await _to_step(harness, ann, "wake")
    first = server.send_text(ann, "half acht")
    second = server.send_text(ann, "07:30")  # before the bot has answered the first
    await harness._processed(first)
    await harness._processed(second)
    participant = harness.participant(ann)
    assert participant is not None and participant.wake == "07:30" and participant.step == "bed"
    assert participant.bed == "23:00"  # untouched: no answer landed here
    replies = harness.new_messages(ann)
    assert len(replies) == 2  # the error with the question again; then the next question
    assert "herken ik niet" in (replies[0].text or "") and replies[0].buttons()
    assert "slapen" in (replies[1].text or "")


async def test_2_wake_and_bed_must_make_a_day_and_reminders_keep_out_of_the_night(
    harness: Harness,
) -> None:
    bea = User(9002, "Bea", language_code="nl")
    await _to_step(harness, bea, "wake")
    await harness.say(bea, "12:00")
    [again] = await harness.say(bea, "12:00")  # bedtime equal to wake-up
    assert "te weinig dag" in (again.text or "") and again.buttons()
    await harness.say(bea, "04:00")  # sleeps 04:00 to 12:00
    participant = harness.participant(bea)
    assert participant is not None and participant.bed == "04:00"
    # The default probiotic at 08:00 would be in the night: it moved to half an hour after
    # waking, and is offered as the default.
    assert participant.times["probiotic"] == "12:30"
    await harness.press(bea, harness.last_message(bea), "Ja, ik neem er een")
    question = harness.last_message(bea)
    assert ("12:30 (standaard)", OnboardPress("probiotic", "1230").data) in question.buttons()
    presses = [OnboardPress.parse(data) for _, data in question.buttons()]
    assert all(press is not None and press.value >= "1230" for press in presses)
    [again] = await harness.say(bea, "08:00")  # typed into the night
    assert "valt in de nachtrust (04:00 tot 12:00)" in (again.text or "")
    participant = harness.participant(bea)
    assert participant is not None and participant.times["probiotic"] == "12:30"


async def test_2_a_later_bedtime_change_asks_whether_to_move_or_keep(harness: Harness) -> None:
    cor = User(9003, "Cor", language_code="nl")
    await harness.onboard(cor, checkin_time="2100", first_checkin="")
    [overview] = await harness.say(cor, "/settings")
    await harness.press(cor, overview, "Bedtijd")
    [again] = await harness.say(cor, "20:30")  # the 21:00 check-in would fall at night
    assert "nachtrust (20:30 tot 07:00)" in (again.text or "")
    assert "Check-in om 21:00 (verplaatst: 19:00)" in (again.text or "")
    participant = harness.participant(cor)
    assert participant is not None and participant.bed == "23:00"  # nothing saved yet
    overview = again
    await harness.press(cor, overview, "Verplaatsen")
    participant = harness.participant(cor)
    assert participant is not None and (participant.bed, participant.checkin_time) == (
        "20:30",
        "19:00",
    )
    assert "Opgeslagen" in (overview.text or "")
    # Or kept on purpose: then it is sent at its time, inside the night.
    await harness.press(cor, overview, "Tijd check-in")
    [again] = await harness.say(cor, "22:00")
    await harness.press(cor, again, "Bewust zo houden")
    participant = harness.participant(cor)
    assert participant is not None and participant.checkin_time == "22:00"
    assert participant.quiet_ok == {"checkin"}


async def test_2_a_reminder_near_bedtime_on_a_dst_night_keeps_out_of_the_night(
    harness: Harness,
) -> None:
    """On the night clocks go back, a reminder typed for 02:30 (the sleep window 01:00 to
    09:00) is planned at the nearest waking time instead, once."""
    dirk = User(9004, "Dirk", language_code="nl")
    harness.clock.set(local(2026, 10, 24, 12, 0))
    await harness.onboard(dirk, wake="0900", bed="0100", first_checkin="")
    # Set before the rules:
    harness.store.participants.change_settings(dirk.id, {"probiotic_time": "02:30"})
    from jobs.planner import replan

    replan(harness.store, dirk.id, harness.clock.now())
    await harness.run_until(local(2026, 10, 25, 12, 0), step=dtm.timedelta(minutes=10))
    sent = [
        row
        for row in harness.store.reminders.all(dirk.id)
        if row.kind == "probiotic" and row.status == "sent"
    ]
    times = [row.due_at.astimezone(local(2026, 1, 1).tzinfo) for row in sent]
    assert [f"{t:%m-%d %H:%M}" for t in times] == ["10-24 23:30"]  # 90 minutes before bed


async def test_3_a_command_closes_an_open_settings_question(harness: Harness) -> None:
    eva = User(9005, "Eva", language_code="nl")
    await harness.onboard(eva, first_checkin="")
    [overview] = await harness.say(eva, "/settings")
    await harness.press(eva, overview, "Opstaan")
    await harness.say(eva, "/today")
    [reply] = await harness.say(eva, "dank je wel")
    assert "herken ik niet als tijd" not in (reply.text or "")
    assert "/help" in (reply.text or "")
    # The question's buttons no longer work either.
    answer = await harness.server_press_stale(eva, overview, SettingPress("wake", "0630").data)
    assert answer is not None and "werkt niet meer" in answer
    participant = harness.participant(eva)
    assert participant is not None and participant.wake == "07:00"


async def test_3_every_settings_question_has_a_way_back(harness: Harness) -> None:
    fem = User(9006, "Fem", language_code="en")
    await harness.onboard(fem, language="en", first_checkin="")
    [overview] = await harness.say(fem, "/settings")
    await harness.press(fem, overview, "Bedtime")
    await harness.press(fem, overview, "Back")
    assert "Your settings" in (overview.text or "")
    [reply] = await harness.say(fem, "22:00")
    assert "/help" in (reply.text or "")  # nothing was open any more


async def test_4_a_leftover_onboarding_button_is_stale_after_onboarding(harness: Harness) -> None:
    gus = User(9007, "Gus", language_code="nl")
    await harness.say(gus, "/start")
    welcome = harness.last_message(gus)
    await harness.onboard(gus)
    before = harness.participant(gus)
    answer = await harness.server_press_stale(gus, welcome, OnboardPress("language", "en").data)
    assert answer is not None and "werkt niet meer" in answer
    assert harness.participant(gus) == before


async def test_5_the_command_menu_follows_the_persons_language(
    harness: Harness, server: FakeBotApi
) -> None:
    hal = User(9008, "Hal", language_code="nl")
    await harness.onboard(hal, first_checkin="")
    assert server.chat_commands[hal.id][0]["description"].startswith("beginnen")
    [question] = await harness.say(hal, "/language")
    await harness.press(hal, question, "English")
    assert server.chat_commands[hal.id][0]["description"].startswith("start")
    [confirm] = await harness.say(hal, "/delete")
    await harness.press(hal, confirm, "erase everything")
    assert hal.id not in server.chat_commands


async def test_6_plus_one_glass_updates_the_message_it_was_tapped_on(harness: Harness) -> None:
    ida = User(9009, "Ida", language_code="nl")
    await harness.onboard(ida, first_checkin="")
    [today] = await harness.say(ida, "/today")
    assert "Water: 0 glazen" in (today.text or "")
    await harness.press_data(ida, today, today.button("+1 glas"))
    await harness.press_data(ida, today, today.button("+1 glas"))
    assert "Water: 2 glazen" in (today.text or "")
    await harness.run_until(local(2026, 11, 23, 7, 30))
    [reminder] = harness.new_messages(ida)
    await harness.press_data(ida, reminder, reminder.button("+1 glas"))
    assert "+1 glas (vandaag 3)" in [label for label, _ in reminder.buttons()]


async def test_8_the_first_check_in_can_wait_until_later_today(harness: Harness) -> None:
    jan = User(9010, "Jan", language_code="en")
    await harness.onboard(jan, language="en", first_checkin="")
    offer = harness.last_message(jan)
    assert "Later, at 09:00" in [label for label, _ in offer.buttons()]
    [ok] = await harness.press(jan, offer, "Later")
    assert "At 09:00 I'll send you the first questions" in (ok.text or "")
    assert harness.store.checkins.all(jan.id) == []
    await harness.run_until(local(2026, 11, 23, 9, 0))
    first = [m for m in harness.new_messages(jan) if "(1/14)" in (m.text or "")]
    assert len(first) == 1 and "first check-in" in (first[0].text or "")
    assert [c.source for c in harness.store.checkins.all(jan.id)] == ["baseline"]
    stale = FirstPress(now=True).data
    assert await harness.server_press_stale(jan, offer, stale) is not None


async def test_9_every_check_in_question_can_be_skipped_triggers_can_be_none_and_text_points(
    harness: Harness,
) -> None:
    kim = User(9011, "Kim", language_code="en")
    await harness.onboard(kim, language="en")
    question = harness.last_message(kim)
    [pointer] = await harness.say(kim, "my skin is fine")
    assert "question 1 of 14 above" in (pointer.text or "")
    for n in range(12):  # every question up to the triggers, skipped
        question = question if n == 0 else harness.last_message(kim)
        assert any(label == "Skip" for label, _ in question.buttons()), question.text
        await harness.press_data(kim, question, question.button("Skip"))
    triggers = harness.last_message(kim)
    assert "(13/14)" in (triggers.text or "")
    await harness.press_data(kim, triggers, triggers.button("None"))
    note = harness.last_message(kim)
    assert "(14/14)" in (note.text or "")
    await harness.press_data(kim, note, note.button("Skip"))
    assert [
        (c.poem1, c.bloating, c.sleep, c.stress, c.skin_score)
        for c in harness.store.checkins.all(kim.id)
    ] == [(None, None, None, None, None)]
    assert stored.checkin_triggers(harness.store) == ["none"]


async def test_11_the_chart_before_there_is_a_trend_says_when_it_starts(
    harness: Harness,
) -> None:
    lot = User(9012, "Lot", language_code="nl")
    await harness.onboard(lot)
    await answer_checkin(harness, lot, poem=[1, 1, 1, 1, 1, 1, 1])
    [_, chart] = await harness.say(lot, "/progress")
    image = Image.open(io.BytesIO(chart.file_bytes or b""))
    assert image.size == (1200, 1000)
    assert chart.file_bytes == render_progress_chart([], 0, "nl")  # the "starts later" picture
