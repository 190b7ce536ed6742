"""A coach that fits a real life (issue 20), driven as a person would through the suite's Bot
API server: an allergic reaction typed anywhere, ..."""

from __future__ import annotations

import datetime as dtm

import pytest

from bot.botapi import User
from bot.callbacks import FixPress
from tests import stored
from tests.e2e.test_conversation_findings import to_the_note
from tests.harness import Harness, local

URGENT = {"nl": "bel direct 112", "en": "call 112 now"}


@pytest.mark.parametrize(
    ("language", "note"),
    [("nl", "rode uitslag rond de mond na ei, lippen dik"), ("en", "hives after peanut")],
)
async def test_a_reaction_in_the_note_gets_the_urgent_line_and_the_note_is_kept(
    harness: Harness, language: str, note: str
) -> None:
    ria = User(9301, "Ria", language_code=language)
    await harness.onboard(ria, language=language)
    await to_the_note(harness, ria)
    urgent, saved = await harness.say(ria, note)
    assert URGENT[language] in (urgent.text or "")
    assert "huisartsenpost" in (urgent.text or "") or "out-of-hours" in (urgent.text or "")
    assert "(14/14)" not in (saved.text or "")  # the check-in closed with the note
    assert [(c.status, c.note) for c in harness.store.checkins.all(ria.id)] == [("done", note)]


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_a_reaction_typed_out_of_the_blue_comes_first(
    harness: Harness, language: str
) -> None:
    sam = User(9302, "Sam", language_code=language)
    await harness.onboard(sam, language=language, first_checkin="")
    # With the first check-in's offer open, the line comes first, then the offer's pointer.
    urgent, pointer = await harness.say(sam, "Zijn tong is opgezwollen na de pinda")
    assert URGENT[language] in (urgent.text or "")
    assert "later" in (pointer.text or "").lower()
    await harness.say(sam, "later")
    harness.new_messages(sam)
    # With nothing open, the urgent line is the whole answer: no "I don't understand".
    [urgent] = await harness.say(sam, "swollen lips after lunch")
    assert URGENT[language] in (urgent.text or "")


@pytest.mark.parametrize(
    ("language", "caption"),
    [("nl", "Zo zag hij eruit na de pinda: dikke lippen"), ("en", "hives after the peanut")],
)
async def test_a_photo_whose_caption_describes_a_reaction_gets_the_urgent_line(
    harness: Harness, language: str, caption: str
) -> None:
    """A photo is not kept and not read; its caption is read only for a reaction: the urgent
    line first, then what the bot can do with a photo (nothing)."""
    pia = User(9321, "Pia", language_code=language)
    await harness.onboard(pia, language=language, first_checkin="")
    urgent, pointer = await harness.send_photo(pia, caption)
    assert URGENT[language] in (urgent.text or "")
    assert "/help" in (pointer.text or "")
    [pointer] = await harness.send_photo(pia)  # no caption: the pointer alone
    assert URGENT[language] not in (pointer.text or "") and "/help" in (pointer.text or "")
    [pointer] = await harness.send_photo(pia, "mijn arm vandaag")  # nothing urgent in it
    assert URGENT[language] not in (pointer.text or "")
    # Neither the photo's caption nor anything of it is stored.
    assert stored.texts_containing(harness.store, ["pinda", "peanut", "mijn arm"]) == []


async def test_a_parent_is_told_about_the_child(harness: Harness) -> None:
    pia = User(9303, "Pia", language_code="nl")
    await harness.onboard(pia, age="parent", first_checkin="")
    urgent, _ = await harness.say(pia, "Ze kreeg galbulten na het ei")
    assert "bij je kind" in (urgent.text or "") and "huisarts van je kind" in (urgent.text or "")


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_today_after_a_zone_change_shows_the_hours_each_reminder_was_lived(
    harness: Harness, language: str
) -> None:
    """Flown from Amsterdam to New York: at 01:00 Amsterdam (19:00 Monday in New York) the
    new local day is Monday, whose reminders went out at Amsterdam's hours. They are shown at
    those hours, said so; not at 01:30 to 16:00, hours the person never saw them."""
    ned = User(9304, "Ned", language_code=language)
    await harness.onboard(ned, language=language, first_checkin="")
    await harness.skip_to(local(2026, 11, 24, 1, 0))
    [overview] = await harness.say(ned, "/settings")
    await harness.press(ned, overview, {"nl": "Tijdzone", "en": "Time zone"}[language])
    await harness.say(ned, "America/New_York")
    [today] = await harness.say(ned, "/today")
    text = today.text or ""
    assert {"nl": "maandag 23 november", "en": "Monday 23 November"}[language] in text
    previous = {"nl": "(tijd in Europe/Amsterdam", "en": "(Europe/Amsterdam time"}[language]
    assert f"07:30  {'Water'}" in text and previous in text
    assert "01:30" not in text and "16:00" not in text
    # The next day is the new zone's: its reminders at New York's hours, said nothing more.
    await harness.skip_to(local(2026, 11, 24, 14, 0))  # 08:00 in New York
    [today] = await harness.say(ned, "/today")
    text = today.text or ""
    assert {"nl": "dinsdag 24 november", "en": "Tuesday 24 November"}[language] in text
    assert "07:30  Water" in text and previous not in text


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_delete_offers_a_copy_first(harness: Harness, language: str) -> None:
    dora = User(9305, "Dora", language_code=language)
    await harness.onboard(dora, language=language, first_checkin="")
    [confirm] = await harness.say(dora, "/delete")
    copy = {"nl": "Eerst een kopie", "en": "First a copy"}[language]
    assert confirm.buttons()[0][0].startswith(copy)
    document, again = await harness.press(dora, confirm, copy)
    assert document.method == "sendDocument" and confirm.buttons() == []
    assert harness.participant(dora) is not None  # nothing erased by the copy
    await harness.press(
        dora, again, {"nl": "Ja, wis alles", "en": "Yes, erase everything"}[language]
    )
    assert harness.participant(dora) is None


async def test_a_pause_asked_in_the_evening_counts_from_tomorrow(harness: Harness) -> None:
    """/pause 2 at 23:30, after the day's last reminder: tomorrow and the day after, not
    today (already over) and tomorrow."""
    pim = User(9306, "Pim", language_code="nl")
    await harness.onboard(pim, first_checkin="")
    await harness.skip_to(local(2026, 11, 23, 23, 30))
    [paused] = await harness.say(pim, "/pause 2")
    assert "Gepauzeerd tot en met woensdag 25 november" in (paused.text or "")
    harness.new_messages(pim)
    await harness.skip_to(local(2026, 11, 26, 9, 0))
    assert harness.new_messages(pim)  # back on Thursday morning
    first = min(
        row.local_date
        for row in harness.store.reminders.all(pim.id)
        if row.status == "sent" and row.local_date > dtm.date(2026, 11, 23)
    )
    assert first == dtm.date(2026, 11, 26)


async def silent_days(harness: Harness, user: User, first: dtm.date, days: int) -> list[str]:
    """Each day from `first`: what the person received, as "date: n message(s), first words"."""
    lines = []
    for offset in range(days):
        day = first + dtm.timedelta(days=offset)
        await harness.skip_to(local(day.year, day.month, day.day, 23, 59))
        sent = harness.new_messages(user)
        words = " | ".join((m.text or "").split("\n")[0][:40] for m in sent)
        lines.append(f"{day:%a %d %b}: {len(sent)} {words}".rstrip())
    return lines


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_a_participant_who_goes_silent_gets_less_then_a_rest_then_all_again(
    harness: Harness, language: str
) -> None:
    """Onboarded on Monday 23 November and never a tap again: the usual set for a week, then
    one message a day (on Sundays the check-in, without its nudge), then after three weeks one
    kind line and nothing more; a word from them brings the usual rhythm back at once."""
    sil = User(9307, "Sil", language_code=language)
    await harness.onboard(sil, language=language, first_checkin="")
    harness.new_messages(sil)
    days = await silent_days(harness, sil, dtm.date(2026, 11, 23), 28)
    counts = [int(line.split(": ")[1].split(" ")[0]) for line in days]
    still = {"nl": "Nog bezig?", "en": "Still with me?"}[language]
    # A week of the usual set (Sunday's check-in the eighth); heard last on Monday 23 at
    # 06:00, so from Monday 30 one message a day; three weeks after, on the first planning
    # after that (Tuesday 15 December), the rest and its one line; then nothing.
    assert counts[:7] == [7, 7, 7, 7, 7, 7, 8], days
    assert counts[7:22] == [1] * 15, days
    assert counts[22] == 1 and counts[23:] == [0] * 5, days
    messages = harness.server.messages_to(sil.id)
    daily = [m for m in messages if still in (m.text or "")]
    assert len(daily) == 13  # on the two Sundays the one message is the check-in
    rest = {"nl": "drie weken niets van je", "en": "three weeks"}[language]
    assert rest in (messages[-1].text or "") and "/resume" in (messages[-1].text or "")
    # Any word: welcome back, and the usual rhythm the next day.
    back = await harness.say(sil, "hallo")
    assert {"nl": "Welkom terug", "en": "Welcome back"}[language] in (back[0].text or "")
    after = await silent_days(harness, sil, dtm.date(2026, 12, 21), 2)
    assert int(after[1].split(": ")[1].split(" ")[0]) == 7, after


async def test_carry_on_under_the_one_message_restores_the_rhythm(harness: Harness) -> None:
    tim = User(9308, "Tim", language_code="nl")
    await harness.onboard(tim, first_checkin="")
    await silent_days(harness, tim, dtm.date(2026, 11, 23), 9)
    [one] = [m for m in harness.server.messages_to(tim.id)[-1:]]
    assert "Nog bezig?" in (one.text or "")
    await harness.press(tim, one, "Ik doe mee")
    assert not any("Ik doe mee" in label for label, _ in one.buttons())
    assert any("Gedaan" in label for label, _ in one.buttons())  # the reminder's own stay
    after = await silent_days(harness, tim, dtm.date(2026, 12, 2), 1)
    assert int(after[0].split(": ")[1].split(" ")[0]) == 7, after


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_itch_logs_yesterday_and_a_correction_says_what_it_replaced(
    harness: Harness, language: str
) -> None:
    """The evening message was missed: /itch yesterday logs it; /itch 3 then corrects today's
    6, says so, and /export keeps what it replaced."""
    ivy = User(9309, "Ivy", language_code=language)
    await harness.onboard(ivy, language=language, first_checkin="")
    await harness.skip_to(local(2026, 11, 24, 10, 0))
    yesterday = {"nl": "gisteren", "en": "yesterday"}[language]
    [asked] = await harness.say(ivy, f"/itch {yesterday}")
    assert {"nl": "maandag 23 november", "en": "Monday 23 November"}[language] in (asked.text or "")
    await harness.press(ivy, asked, "5")
    assert harness.store.diary.itch_history(ivy.id) == [(dtm.date(2026, 11, 23), 5)]
    assert "✓5" in [label for label, _ in asked.buttons()]
    await harness.press(ivy, asked, {"nl": "Vandaag", "en": "Today"}[language])
    assert {"nl": "dinsdag 24 november", "en": "Tuesday 24 November"}[language] in (
        asked.text or ""
    )
    await harness.press(ivy, asked, "6")
    [fixed] = await harness.say(ivy, "/jeuk 3")
    assert {"nl": "van 6 naar 3", "en": "from 6 to 3"}[language] in (fixed.text or "")
    assert harness.store.diary.itch_history(ivy.id) == [
        (dtm.date(2026, 11, 23), 5),
        (dtm.date(2026, 11, 24), 3),
    ]
    assert corrections(harness, ivy) == [("itch", "6", "3")]
    [bad] = await harness.say(ivy, "/itch 11")
    assert "0" in (bad.text or "") and "10" in (bad.text or "")


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_a_done_tapped_by_mistake_is_undone_that_day_and_kept_in_the_history(
    harness: Harness, language: str
) -> None:
    uma = User(9310, "Uma", language_code=language)
    await harness.onboard(uma, language=language, first_checkin="")
    await harness.skip_to(local(2026, 11, 23, 8, 0))
    [message] = [m for m in harness.new_messages(uma) if "probiotic" in (m.text or "").lower()]
    done = {"nl": "Gedaan", "en": "Done"}[language]
    undo = {"nl": "Ongedaan maken", "en": "Undo"}[language]
    await harness.press(uma, message, done)
    await harness.press(uma, message, undo)
    assert probiotic_answers(harness, uma) == [None]
    assert any(done in label for label, _ in message.buttons())  # open again
    assert corrections(harness, uma) == [("reminder:probiotic", "done", None)]
    await harness.press(uma, message, done)
    # The next day the same message's Undo no longer works: the day's record stands.
    await harness.skip_to(local(2026, 11, 24, 9, 0))
    await harness.press_data(uma, message, message.button(undo))
    assert probiotic_answers(harness, uma) == ["done"]


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_a_checkin_answer_is_changed_within_a_day_and_the_score_follows(
    harness: Harness, language: str
) -> None:
    from tests.e2e.test_checkin import answer_checkin

    fay = User(9311, "Fay", language_code=language)
    await harness.onboard(fay, language=language)
    result = await answer_checkin(harness, fay, poem=[4, 2, 0, 0, 1, 1, 2])
    assert [c.skin_score for c in harness.store.checkins.all(fay.id)] == [10]
    change = {"nl": "Een antwoord wijzigen", "en": "Change an answer"}[language]
    await harness.press(fay, result, change)
    itch = {"nl": "Jeuk (0-4): Elke dag", "en": "Itch (0-4): Every day"}[language]
    await harness.press(fay, result, itch)
    question = harness.last_message(fay)
    await harness.press(fay, question, "3–4")
    text = question.text or ""
    assert {"nl": "Gewijzigd: Jeuk (0-4)", "en": "Changed: Itch (0-4)"}[language] in text
    assert {"nl": "Huidscore nu 8 van 28", "en": "Skin score now 8 of 28"}[language] in text
    assert [(c.poem1, c.skin_score) for c in harness.store.checkins.all(fay.id)] == [(2, 8)]
    assert corrections(harness, fay) == [("checkin:poem1", "4", "2")]
    # A day later the answers stand.
    harness.clock.set(harness.clock.now() + dtm.timedelta(hours=25))
    [checkin] = harness.store.checkins.all(fay.id)
    await harness.press_data(fay, result, FixPress(checkin.id, 0).data)
    assert [c.poem1 for c in harness.store.checkins.all(fay.id)] == [2]
    assert result.buttons() == []


def corrections(harness: Harness, user: User) -> list[tuple[str, str | None, str | None]]:
    """(what, old, new) of each answer the person changed, as their /export keeps them."""
    return [(c["what"], c["old"], c["new"]) for c in harness.store.export(user.id)["corrections"]]


def probiotic_answers(harness: Harness, user: User) -> list[str | None]:
    """The answer to each probiotic reminder of Monday 23 November."""
    day = harness.store.reminders.day(user.id, dtm.date(2026, 11, 23))
    return [row.answer for row in day if row.kind == "probiotic"]


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_the_pack_running_out_is_said_once_about_five_days_ahead(
    harness: Harness, language: str
) -> None:
    """A pack of 8, named, set in /settings by typing; each morning's probiotic ticked off:
    on the fourth morning 5 are left, and that reminder says so; the fifth says nothing."""
    pip = User(9312, "Pip", language_code=language)
    await harness.onboard(pip, language=language, first_checkin="")
    [overview] = await harness.say(pip, "/settings")
    await harness.press(pip, overview, {"nl": "Verpakking", "en": "Probiotic pack"}[language])
    await harness.say(pip, "8")  # typed: the overview comes again, below the answer
    overview = harness.last_message(pip)
    await harness.press(pip, overview, {"nl": "Naam probioticum", "en": "Probiotic name"}[language])
    await harness.say(pip, "Lacto Plus")
    overview = harness.last_message(pip)
    assert {"nl": "Lacto Plus · verpakking van 8", "en": "Lacto Plus · pack of 8"}[language] in (
        overview.text or ""
    )
    said = []
    for day in range(23, 28):
        harness.new_messages(pip)
        await harness.skip_to(local(2026, 11, day, 8, 1))
        [message] = [m for m in harness.new_messages(pip) if "probiotic" in (m.text or "").lower()]
        said.append("(Lacto Plus)" in (message.text or ""))
        await harness.press(pip, message, {"nl": "Gedaan", "en": "Done"}[language])
    assert said == [False, False, False, True, False]


async def test_itch_yesterday_on_the_first_day_logs_nothing_and_says_why(harness: Harness) -> None:
    day_one = User(9313, "Dee", language_code="nl")
    await harness.onboard(day_one, first_checkin="")
    [reply] = await harness.say(day_one, "/itch gisteren 4")
    assert "vóór je start" in (reply.text or "")
    assert harness.store.diary.itch_history(day_one.id) == []
    [asked] = await harness.say(day_one, "/itch")  # no yesterday to switch to on day one
    assert "Gisteren" not in [label for label, _ in asked.buttons()]


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_a_night_owls_hour_after_midnight_is_still_the_evening_before(
    harness: Harness, language: str
) -> None:
    """Up at 10:00, in bed at 02:00, the probiotic at 00:30: Monday's comes in the night to
    Tuesday, and for them 00:35 is still Monday evening: Later offers its snoozes, Done is
    today's, /today is Monday's with the 00:30 and the 01:00 wind-down, and /itch is Monday's."""
    owl = User(9320, "Olle", language_code=language)
    await harness.onboard(
        owl, language=language, wake="10:00", bed="02:00", probiotic="00:30", first_checkin=""
    )
    await harness.skip_to(local(2026, 11, 24, 0, 35))
    word = {"nl": "probioticum", "en": "probiotic"}[language]
    [pill] = [m for m in harness.new_messages(owl) if word in (m.text or "").lower()]
    [row, *_] = [r for r in harness.store.reminders.all(owl.id) if r.kind == "probiotic"]
    assert row.local_date == dtm.date(2026, 11, 23) and row.status == "sent"
    await harness.press(owl, pill, "Later")
    labels = [label for label, _ in pill.buttons()]  # the snoozes that land before 02:00
    assert labels[:2] == {"nl": ["30 min", "1 uur"], "en": ["30 min", "1 hour"]}[language]
    await harness.press(owl, pill, {"nl": "Terug", "en": "Back"}[language])
    done = {"nl": "Gedaan", "en": "Done"}[language]
    answer = await harness.press_data(owl, pill, pill.button(done))
    assert answer == {"nl": "Genoteerd: gedaan.", "en": "Noted: done."}[language]
    [listing] = await harness.say(owl, "/today")
    monday = {"nl": "maandag 23 november", "en": "Monday 23 November"}[language]
    text = listing.text or ""
    assert monday in text and "00:30" in text and "01:00" in text
    await harness.say(owl, "/itch 4")
    assert harness.store.diary.itch_history(owl.id) == [(dtm.date(2026, 11, 23), 4)]
    [picker] = await harness.say(owl, "/trigger")  # a trigger noted now is the evening's too
    assert monday in (picker.text or "")
    # From bedtime on it is Tuesday: the night is the next day's.
    await harness.skip_to(local(2026, 11, 24, 10, 30))
    [listing] = await harness.say(owl, "/today")
    assert {"nl": "dinsdag 24 november", "en": "Tuesday 24 November"}[language] in (
        listing.text or ""
    )


async def test_a_night_owls_pause_at_half_past_midnight_is_for_the_rest_of_their_evening(
    harness: Harness,
) -> None:
    """Up at 10:00, in bed at 02:00: /pause 1 at 00:30 pauses what is left of Monday evening
    (the 01:00 wind-down), and Tuesday comes as usual."""
    uil = User(9322, "Uil", language_code="nl")
    await harness.onboard(uil, wake="10:00", bed="02:00", first_checkin="")
    await harness.skip_to(local(2026, 11, 24, 0, 30))
    [paused] = await harness.say(uil, "/pause 1")
    assert "maandag 23 november" in (paused.text or "")
    harness.new_messages(uil)
    await harness.skip_to(local(2026, 11, 24, 11, 0))
    sent = [r for r in harness.store.reminders.all(uil.id) if r.status == "sent"]
    assert not [r for r in sent if r.kind == "winddown" and r.local_date == dtm.date(2026, 11, 23)]
    assert [r for r in sent if r.local_date == dtm.date(2026, 11, 24)]  # Tuesday as usual
