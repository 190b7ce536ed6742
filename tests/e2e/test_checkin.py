"""The weekly check-in, the daily itch and /progress, driven over HTTP with the clock moved."""

from __future__ import annotations

import datetime as dtm
import io
from collections.abc import Sequence

from PIL import Image

from bot.botapi import SentMessage, User
from bot.callbacks import CheckinPress, ItchPress, ReminderPress
from tests import stored
from tests.harness import AMS, Harness, local


def _data(message: SentMessage, value: str) -> str:
    """The data of the one check-in button on `message` that answers `value`."""
    hits = [
        d
        for _, d in message.buttons()
        if (press := CheckinPress.parse(d)) is not None and press.value == value
    ]
    assert len(hits) == 1, (value, message.buttons())
    return hits[0]


async def answer_checkin(
    harness: Harness,
    user: User,
    *,
    poem: Sequence[int | None],
    gut: tuple[int, int, int] = (1, 0, 2),
    sleep: int = 7,
    stress: int = 4,
    triggers: tuple[str, ...] = (),
    note: str | None = None,
) -> SentMessage:
    """Answer the open check-in's 14 questions from its current (last) message; returns the
    bot's closing message."""
    for item in poem:
        question = harness.last_message(user)
        await harness.press_data(
            user, question, _data(question, "skip" if item is None else str(item))
        )
    for value in (*gut, sleep, stress):
        question = harness.last_message(user)
        await harness.press_data(user, question, _data(question, str(value)))
    question = harness.last_message(user)
    for trigger in triggers:
        await harness.press_data(user, question, _data(question, f"t-{trigger}"))
    await harness.press_data(user, question, _data(question, "done"))
    question = harness.last_message(user)
    assert "(14/14)" in (question.text or "")
    if note is None:
        await harness.press_data(user, question, _data(question, "skip"))
    else:
        await harness.say(user, note)
    return harness.last_message(user)


async def test_baseline_checkin_after_onboarding_is_scored_as_poem(harness: Harness) -> None:
    anna = User(7001, "Anna", language_code="nl")
    await harness.onboard(anna)
    first = harness.last_message(anna)
    assert "(1/14)" in (first.text or "") and "Jeuk door het eczeem" in (first.text or "")
    assert [label for label, _ in first.buttons()] == [
        "Geen",
        "1–2",
        "3–4",
        "5–6",
        "Elke dag",
        "Overslaan",
        "Later verder",
    ]
    # Item scores 4+3+2+0+1+2+4 = 16 (moderate); one skipped item would count 0.
    done = await answer_checkin(
        harness,
        anna,
        poem=[4, 3, 2, 0, 1, 2, 4],
        triggers=("dairy", "stress"),
        note="Drukke week op werk.",
    )
    assert "eczeem; 0 betekent: de afgelopen week geen klachten): 16 van 28, matig eczeem." in (
        done.text or ""
    )
    assert "startpunt" in (done.text or "")
    row = [
        (c.status, c.skin_score, c.bloating, c.pain, c.stools, c.sleep, c.stress, c.note, c.source)
        for c in harness.store.checkins.all(anna.id)
    ]
    assert row == [("done", 16, 1, 0, 2, 7.0, 4, "Drukke week op werk.", "baseline")]
    assert stored.checkin_triggers(harness.store) == ["dairy,stress"]


async def test_two_skipped_skin_items_give_no_score(harness: Harness) -> None:
    bob = User(7002, "Bob", language_code="en")
    await harness.onboard(bob, language="en")
    done = await answer_checkin(harness, bob, poem=[4, None, 2, 0, None, 2, 4])
    assert "no skin score this week" in (done.text or "")
    assert [c.skin_score for c in harness.store.checkins.all(bob.id)] == [None]
    cas = User(7003, "Cas", language_code="en")
    await harness.onboard(cas, language="en")
    done = await answer_checkin(harness, cas, poem=[4, None, 2, 0, 1, 2, 4])
    assert "eczema; 0 means: no symptoms in the past week): 13 of 28, moderate eczema." in (
        done.text or ""
    )


async def test_a_restart_mid_checkin_resumes_at_the_same_question(harness: Harness) -> None:
    dana = User(7004, "Dana", language_code="nl")
    await harness.onboard(dana)
    for value in ("2", "1", "0"):
        question = harness.last_message(dana)
        await harness.press_data(dana, question, _data(question, value))
    assert "(4/14)" in (harness.last_message(dana).text or "")
    await harness.restart()
    [again] = await harness.say(dana, "/checkin")
    assert "staat nog open" in (again.text or "") and "(4/14)" in (again.text or "")
    assert [(c.step, c.poem1, c.poem2, c.poem3) for c in harness.store.checkins.all(dana.id)] == [
        (3, 2, 1, 0)
    ]


async def test_pause_then_continue_later(harness: Harness) -> None:
    eva = User(7005, "Eva", language_code="en")
    await harness.onboard(eva, language="en")
    question = harness.last_message(eva)
    await harness.press_data(eva, question, _data(question, "3"))
    question = harness.last_message(eva)
    await harness.press_data(eva, question, question.button("Continue later"))
    assert "answers are saved" in (harness.last_message(eva).text or "")
    [resumed] = await harness.say(eva, "/checkin")
    assert "(2/14)" in (resumed.text or "")


async def test_an_old_button_changes_nothing_and_says_so(harness: Harness) -> None:
    fien = User(7006, "Fien", language_code="nl")
    await harness.onboard(fien)
    question = harness.last_message(fien)
    first_answer = _data(question, "2")
    await harness.press_data(fien, question, first_answer)
    reply = await harness.server_press_stale(fien, question, first_answer.replace(":2", ":4"))
    assert (
        reply == "Deze vraag is al beantwoord of de check-in is afgesloten. Er is niets veranderd."
    )
    assert [(c.step, c.poem1) for c in harness.store.checkins.all(fien.id)] == [(1, 2)]
    await answer_checkin(harness, fien, poem=[1, 1, 1, 1, 1, 1])  # the remaining six items
    reply = await harness.server_press_stale(fien, question, first_answer)
    assert reply is not None and "Er is niets veranderd" in reply


async def test_expiry_after_three_days_with_one_nudge(harness: Harness) -> None:
    gijs = User(7007, "Gijs", language_code="nl")
    await harness.onboard(gijs)  # Monday 06:00: the baseline opens
    question = harness.last_message(gijs)
    await harness.run_until(local(2026, 11, 26, 7, 0), step=dtm.timedelta(minutes=30))
    nudges = [m for m in harness.server.messages_to(gijs.id) if "staat nog open" in (m.text or "")]
    assert len(nudges) == 1
    assert "Verder" in [label for label, _ in nudges[0].buttons()]
    reply = await harness.press_data(gijs, question, _data(question, "2"))
    assert reply == (
        "Deze check-in is verlopen. Er is niets veranderd; met /checkin begin je een nieuwe."
    )
    assert [(c.status, c.poem1) for c in harness.store.checkins.all(gijs.id)] == [("expired", None)]
    [fresh] = await harness.say(gijs, "/checkin")
    assert "(1/14)" in (fresh.text or "")


async def test_a_finished_checkin_gets_no_nudge(harness: Harness) -> None:
    hans = User(7008, "Hans", language_code="nl")
    await harness.onboard(hans)
    await answer_checkin(harness, hans, poem=[1, 1, 1, 1, 1, 1, 1])
    await harness.run_until(local(2026, 11, 24, 20, 0), step=dtm.timedelta(minutes=30))
    assert not [
        m for m in harness.server.messages_to(hans.id) if "staat nog open" in (m.text or "")
    ]
    assert [
        row.status for row in harness.store.reminders.all(hans.id) if row.kind == "checkin_nudge"
    ] == ["cancelled"]


async def test_weekly_checkin_arrives_on_its_day(harness: Harness) -> None:
    """On its day and time, in the next programme week: the Sunday of the first week (day
    6) already has the baseline of the Monday, so the first weekly one comes a week later,
    and the baseline's result says when."""
    ilse = User(7009, "Ilse", language_code="en")
    await harness.onboard(ilse, language="en")
    first = await answer_checkin(harness, ilse, poem=[2, 2, 2, 2, 2, 2, 2])
    assert "Your next check-in comes on Sunday 6 December at 19:00." in (first.text or "")
    harness.new_messages(ilse)
    await harness.run_until(local(2026, 12, 6, 18, 55), step=dtm.timedelta(hours=1))
    assert not any("check-in" in (m.text or "") for m in harness.new_messages(ilse))
    harness.clock.set(local(2026, 12, 6, 19, 0))
    await harness.tick()
    [weekly] = [m for m in harness.new_messages(ilse) if "weekly check-in" in (m.text or "")]
    assert "(1/14)" in (weekly.text or "")
    done = await answer_checkin(harness, ilse, poem=[1, 1, 1, 1, 1, 1, 1])
    assert "/progress" in (done.text or "")
    checkin_row = next(
        row.id
        for row in harness.store.reminders.all(ilse.id)
        if row.kind == "checkin" and row.status == "sent"
    )
    stale = ReminderPress(checkin_row, "done").data
    reply = await harness.server_press_stale(ilse, weekly, stale)
    assert reply is not None and "no longer works" in reply
    [today] = await harness.say(ilse, "/today")  # a check-in day lists the reminders only
    assert "Today, Sunday 6 December" in (today.text or "") and "Winding down" in (today.text or "")
    assert [(c.source, c.skin_score) for c in harness.store.checkins.all(ilse.id)] == [
        ("baseline", 14),
        ("weekly", 7),
    ]


async def test_daily_itch_on_the_evening_message(harness: Harness) -> None:
    jan = User(7010, "Jan", language_code="nl")
    await harness.onboard(jan)
    harness.clock.set(local(2026, 11, 23, 22, 0))
    await harness.tick()
    evening = [m for m in harness.new_messages(jan) if "jeuk vandaag" in (m.text or "")][-1]
    assert "Hoe erg was de jeuk vandaag" in (evening.text or "")
    labels = [label for label, _ in evening.buttons()]
    assert labels[-12:-1] == [str(n) for n in range(11)]  # then "noticed something today?"
    monday = dtm.date(2026, 11, 23)
    assert await harness.press_data(jan, evening, ItchPress(monday, 5).data) == (
        "Genoteerd: jeuk 5 op maandag 23 november."
    )
    assert "✓5" in [label for label, _ in evening.buttons()]
    assert await harness.press_data(jan, evening, ItchPress(monday, 7).data) == (
        "Bijgewerkt: jeuk op maandag 23 november van 5 naar 7."
    )
    assert harness.store.diary.itch_history(jan.id) == [(dtm.date(2026, 11, 23), 7)]
    # The wind-down row still works beside the scale.
    assert await harness.press_data(jan, evening, evening.button("✓ Tot rust")) == (
        "Genoteerd: gedaan."
    )
    assert "✓7" in [label for label, _ in evening.buttons()]
    # An itch button for a day that hasn't happened yet is refused.
    later = ItchPress(dtm.date(2026, 11, 30), 3).data
    reply = await harness.server_press_stale(jan, evening, later)
    assert reply is not None and "werkt niet meer" in reply


async def test_progress_with_little_data_says_what_comes_next(harness: Harness) -> None:
    kim = User(7011, "Kim", language_code="nl")
    await harness.onboard(kim)
    [text, photo] = await harness.say(kim, "/progress")
    assert "dag 1 van je programma, fase 1" in (text.text or "")
    assert "nog geen check-in" in (text.text or "")
    assert photo.method == "sendPhoto"
    await harness.say(kim, "/checkin")
    await answer_checkin(harness, kim, poem=[2, 2, 2, 2, 2, 2, 2])
    [text, _] = await harness.say(kim, "/progress")
    assert "Na de volgende (zondag om 19:00) heb je een startpunt" in (text.text or "")
    assert "huisarts" not in (text.text or "")


async def simulate_weeks(
    harness: Harness, user: User, scores: list[list[int]], itch: list[int]
) -> None:
    """Baseline at onboarding (Monday 23 November), then the weekly check-in each Sunday 19:00
    from the next programme week on (Sunday 6 December; the first Sunday is in the baseline's
    week), and itch every evening: `itch[n]` in programme week n."""
    await answer_checkin(harness, user, poem=scores[0])
    start = local(2026, 11, 23)
    day = start
    week = 1
    while week < len(scores):
        day += dtm.timedelta(days=1)
        if day.weekday() == 6:
            harness.clock.set(day.replace(hour=19))
            await harness.tick()
            if "(1/14)" in (harness.last_message(user).text or ""):
                await answer_checkin(harness, user, poem=scores[week])
                week += 1
        harness.clock.set(day.replace(hour=22))
        await harness.tick()
        evening = harness.last_message(user)
        score = itch[(day.date() - start.date()).days // 7]
        await harness.press_data(user, evening, ItchPress(day.date(), score).data)


async def test_progress_over_weeks_shows_phase_means_and_verdict(harness: Harness) -> None:
    lot = User(7012, "Lot", language_code="nl")
    await harness.onboard(lot)
    # POEM items summing to 16 and 15 (the baseline, 15.5), then 12, 10, 9 and 8: one a
    # programme week, on days 0, 13, 20, 27, 34 and 41.
    weeks = [
        [4, 4, 2, 2, 2, 1, 1],
        [4, 4, 2, 2, 2, 1, 0],
        [4, 3, 1, 1, 1, 1, 1],
        [3, 3, 1, 1, 1, 1, 0],
        [3, 2, 1, 1, 1, 1, 0],
        [3, 2, 1, 1, 1, 0, 0],
    ]
    await simulate_weeks(harness, lot, weeks, itch=[7, 7, 6, 4, 3, 3])
    [text, photo] = await harness.say(lot, "/progress")
    body = text.text or ""
    assert "dag 42 van je programma, fase 2" in body
    assert "Huidscore (POEM-schaal) nu: 8 van 28, matig eczeem." in body
    assert "Startpunt (gemiddelde van de eerste twee check-ins): 15,5." in body
    assert "zeer waarschijnlijk een betekenisvolle verandering (7,5 punten beter" in body
    assert (
        "Fase 1 (week 1–4) · huidscore gemiddeld 13,2 · beste week 4 (10), zwaarste week 1 (16)"
        in body
    )
    assert (
        "Fase 2 (week 5–6) · huidscore gemiddeld 8,5 · beste week 6 (8), zwaarste week 5 (9) "
        "· jeuk gemiddeld 3" in body
    )
    assert "Jeuk: het weekgemiddelde is minstens 4 punten lager" in body
    assert "niet waardoor" in body
    assert "huisarts" not in body  # improving, not severe, and before 6 weeks: no escalation
    image = Image.open(io.BytesIO(photo.file_bytes or b""))
    assert image.format == "PNG" and image.width >= 1000


async def test_progress_escalates_when_scores_get_clearly_worse(harness: Harness) -> None:
    max_ = User(7013, "Max", language_code="en")
    await harness.onboard(max_, language="en")
    weeks = [
        [1, 1, 1, 1, 1, 1, 1],
        [1, 1, 1, 1, 1, 1, 1],
        [3, 2, 2, 2, 1, 1, 1],
        [3, 2, 2, 2, 2, 1, 1],
    ]
    await simulate_weeks(harness, max_, weeks, itch=[2, 2, 3, 3])
    [text, _] = await harness.say(max_, "/progress")
    body = text.text or ""
    assert "very likely a meaningful change (6 points worse, two check-ins in a row)" in body
    assert "clearly worse than at your starting point" in body
    assert "severe range" not in body and "After 6 weeks" not in body
    assert "only show the trend" in body  # itch baseline below 4


async def test_progress_escalates_for_a_severe_score_even_at_the_start(harness: Harness) -> None:
    noor = User(7014, "Noor", language_code="nl")
    await harness.onboard(noor)
    await answer_checkin(harness, noor, poem=[4, 4, 3, 3, 2, 2, 2])  # 20: severe
    [text, _] = await harness.say(noor, "/progress")
    body = text.text or ""
    assert "ernstige zone" in body and "huisarts of dermatoloog" in body
    assert "Na 6 weken" not in body and "duidelijk slechter" not in body


async def test_a_severe_result_names_the_doctor_in_the_same_message(harness: Harness) -> None:
    """The review's A1: the check-in's own closing message, not only /progress, says it is
    time for the GP or dermatologist, with the signs of an infection."""
    sem = User(7016, "Sem", language_code="nl")
    await harness.onboard(sem)
    closing = await answer_checkin(harness, sem, poem=[4, 4, 3, 3, 3, 3, 3])  # 23: severe
    text = closing.text or ""
    assert (
        "eczeem; 0 betekent: de afgelopen week geen klachten): 23 van 28, ernstig eczeem." in text
    )
    assert (
        "Je huidscore valt in de ernstige zone. Maak deze week een afspraak bij je huisarts of "
        "dermatoloog." in text
    )
    assert "bel dan nog dezelfde dag je huisarts ('s avonds en in het weekend" in text


async def test_an_unconfirmed_worsening_is_not_called_small(harness: Harness) -> None:
    """The review's A2: 4, 4, then 14 is ten points worse on one check-in, with what to do
    if it goes on; in /progress the doctor's line comes right under the verdict."""
    max_ = User(7017, "Max", language_code="en")
    await harness.onboard(max_, language="en")
    weeks = [[1, 1, 1, 1, 0, 0, 0], [1, 1, 1, 1, 0, 0, 0], [2] * 7, [2] * 7]
    await simulate_weeks(harness, max_, weeks, itch=[2, 2, 5, 5])
    texts = [m.text or "" for m in harness.server.messages_to(max_.id)]
    closings = [text for text in texts if "check-in is saved" in text]
    assert len(closings) == 4
    assert closings[2].splitlines()[2:4] == [
        "Compared with the starting point: 10 points worse. One check-in is too few to be sure; "
        "I'll look again after the next one.",
        "If it gets worse quickly or you are worried, contact your GP.",
    ]
    assert "small change" not in closings[2] and "dermatologist" not in closings[2]
    assert "Your skin score is clearly worse" in closings[3]  # confirmed: said at once
    [text, _] = await harness.say(max_, "/progress")
    body = text.text or ""
    verdict = body.index("very likely a meaningful change (10 points worse")
    doctor = body.index("Your skin score is clearly worse than at your starting point.")
    assert verdict < doctor < body.index("By phase:")


async def test_progress_escalates_after_six_weeks_without_improvement(harness: Harness) -> None:
    olaf = User(7015, "Olaf", language_code="en")
    await harness.onboard(olaf, language="en")
    steady = [2, 2, 2, 1, 1, 1, 1]  # 10 every week: no clear change
    await simulate_weeks(harness, olaf, [steady] * 7, itch=[5] * 7)
    harness.clock.set(local(2027, 1, 4, 9, 0))  # day 42
    [text, _] = await harness.say(olaf, "/progress")
    body = text.text or ""
    assert "no clear change" in body
    assert "After 6 weeks I see no clear improvement yet" in body
    assert "dermatologist and a dietitian together" in body
    assert "severe range" not in body and "clearly worse" not in body


async def test_an_unchanged_chart_is_sent_again_without_drawing_or_uploading(
    harness: Harness,
) -> None:
    """The photo already on Telegram is reused (its file_id) until what it shows changes."""
    vera = User(7018, "Vera", language_code="nl")
    await harness.onboard(vera)
    await simulate_weeks(harness, vera, [[2] * 7, [2] * 7, [1] * 7], itch=[5, 5, 4])

    def photo_calls() -> list[object]:
        return [c.params.get("photo") for c in harness.server.calls if c.method == "sendPhoto"]

    [_, first] = await harness.say(vera, "/progress")
    [_, again] = await harness.say(vera, "/progress")
    uploads = photo_calls()
    assert not isinstance(uploads[-2], str)  # the first time: uploaded
    assert uploads[-1] == first.file_id  # then: the file_id, nothing uploaded
    assert again.file_bytes == first.file_bytes
    # A new evening itch score changes the chart: drawn and uploaded again.
    day = harness.clock.now().astimezone(AMS).date() + dtm.timedelta(days=1)
    harness.clock.set(local(day.year, day.month, day.day, 22, 30))
    await harness.tick()
    evening = harness.last_message(vera)
    await harness.press_data(vera, evening, ItchPress(day, 9).data)
    [_, changed] = await harness.say(vera, "/progress")
    assert not isinstance(photo_calls()[-1], str) and changed.file_id != first.file_id
