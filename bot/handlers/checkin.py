"""The weekly check-in in Telegram (/checkin, and on the chosen day by the dispatcher): one
question per message, answers by buttons, resumable.

Where the participant is lives in the `checkins` row (its `step`), so a restart resumes at the
same question, and a button of an old, finished or expired check-in changes nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dtm
from zoneinfo import ZoneInfo

from telegram import Chat, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.context import Context, coach
from bot.handlers.prologue import onboarded, stale, tapped
from bot.keyboards import (
    CheckinPress,
    FirstCheckinPress,
    checkin_keyboard,
    first_checkin_keyboard,
    resume_checkin_keyboard,
)
from bot.programme.checkin import (
    NO_TRIGGERS,
    NOTE_MAX,
    QUESTIONS,
    SKIP,
    TOTAL,
    TRIGGERS,
    clean_note,
    normalise_triggers,
    question_text,
    read_choice,
    skin_score,
)
from bot.programme.phases import programme_day
from bot.programme.planning import first_checkin_later
from bot.programme.progress import checkin_result, look_back, standing
from bot.programme.records import CheckinRow, OccurrenceRow, Participant
from bot.programme.schedule import local_date
from bot.programme.settings import schedule_lines
from bot.programme.times import epoch, from_epoch, local_hm
from bot.storage import Store
from jobs.checkins import FIRST_SLOT, OPEN, Source, current_checkin, open_checkin
from jobs.sender import Outgoing
from messages import t
from messages.words import weekday


def question_message(
    participant: Participant, checkin: CheckinRow
) -> tuple[str, InlineKeyboardMarkup]:
    """The text and buttons of the check-in's current question."""
    language = participant.language
    return question_text(language, checkin), checkin_keyboard(language, checkin)


def compose_event(
    store: Store, participant: Participant, row: OccurrenceRow, now: dtm.datetime
) -> Outgoing | None:
    """What the dispatcher sends for a due check-in (its first question, or where the person
    left off) or its nudge; None when the nudge has nothing left to nudge about."""
    language = participant.language
    checkin = current_checkin(store, participant.id, now)
    if row.kind == "checkin_nudge":
        if checkin is None:
            return None  # finished or expired
        until = from_epoch(checkin.expires_at)
        text = t(language, "checkin.nudge", until=_day_time(until, participant))
        return Outgoing(text, resume_checkin_keyboard(language, checkin.id))
    first = not store.checkins.completed(participant.id)
    if checkin is not None:
        intro = "checkin.resume"
    else:
        checkin = open_checkin(store, participant, "baseline" if first else "weekly", now)
        intro = "checkin.intro_baseline" if first else "checkin.intro"
    store.participants.update(participant.id, awaiting=OPEN, question_message_id=None)
    text, markup = question_message(participant, checkin)
    return Outgoing(t(language, intro) + "\n\n" + text, markup)


def _day_time(instant: dtm.datetime, participant: Participant) -> str:
    local = instant.astimezone(ZoneInfo(participant.timezone))
    return f"{weekday(participant.language, local.weekday())} {local:%H:%M}"


async def start_interactive(
    chat: Chat, store: Store, participant: Participant, now: dtm.datetime, source: Source
) -> None:
    """/checkin, or the baseline right after onboarding: resume or open, then ask."""
    language = participant.language
    checkin = current_checkin(store, participant.id, now)
    if checkin is not None:
        intro = t(language, "checkin.resume")
    else:
        checkin = open_checkin(store, participant, source, now)
        intro = t(language, "checkin.intro_baseline" if source == "baseline" else "checkin.intro")
    store.participants.update(participant.id, awaiting=OPEN, question_message_id=None)
    text, markup = question_message(participant, checkin)
    await chat.send_message(intro + "\n\n" + text, reply_markup=markup)


async def offer_first_checkin(chat: Chat, participant: Participant, now: dtm.datetime) -> None:
    """Right after onboarding: what the daily rhythm will be, and the first check-in (the
    first half of the starting point) now or later today, in one message."""
    language = participant.language
    at, today = first_checkin_later(participant, now)
    local = local_hm(at, participant.timezone)
    later = t(language, "button.first_later" if today else "button.first_tomorrow", at=local)
    text = (
        t(language, "onboarding.done", schedule=schedule_lines(participant))
        + "\n\n"
        + t(language, "checkin.first_offer")
    )
    await chat.send_message(text, reply_markup=first_checkin_keyboard(language, later))


async def on_first_checkin(update: Update, context: Context) -> None:
    """Now: the first question. Later: planned for later today (or tomorrow morning)."""
    pressed = await tapped(update, context, FirstCheckinPress, onboarded=True)
    if pressed is None:
        return
    c, participant, message = pressed.coach, pressed.participant, pressed.message
    now = c.clock.now()
    already = current_checkin(c.store, participant.id, now) or c.store.checkins.completed(
        participant.id
    )
    planned = c.store.reminders.first_checkin_planned(participant.id)
    if message is None or already or planned:
        await stale(update, context)
        return
    pressed.acted()
    await pressed.query.answer()
    await pressed.clear_buttons()
    if pressed.press.now:
        await start_interactive(message.chat, c.store, participant, now, "baseline")
        return
    at, today = first_checkin_later(participant, now)
    c.store.reminders.add(
        participant.id, "checkin", local_date(at, participant.timezone), at, slot=FIRST_SLOT
    )
    local = local_hm(at, participant.timezone)
    when = t(
        participant.language, "checkin.later_today" if today else "checkin.later_tomorrow", at=local
    )
    await message.chat.send_message(t(participant.language, "checkin.later_ok", when=when))


def pointer(participant: Participant, checkin: CheckinRow) -> str:
    """What typed text during a check-in question gets: where the open question is."""
    return t(participant.language, "checkin.pointer", n=checkin.step + 1, total=TOTAL)


async def checkin_command(update: Update, context: Context) -> None:
    """/checkin: the weekly questions now, or where you left off."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_chat
    c = coach(context)
    await start_interactive(update.effective_chat, c.store, participant, c.clock.now(), "manual")


async def on_checkin_button(update: Update, context: Context) -> None:
    """An answer button, a trigger toggle, skip, pause or resume of a check-in."""
    pressed = await tapped(update, context, CheckinPress, onboarded=False)
    if pressed is None:
        return
    query, c, participant, message, press = (
        pressed.query,
        pressed.coach,
        pressed.participant,
        pressed.message,
        pressed.press,
    )
    now = c.clock.now()
    checkin = c.store.checkins.get(participant.id, press.checkin_id)
    if checkin is None or message is None:
        await stale(update, context)
        return
    language = participant.language
    if checkin.status == "open" and checkin.expires_at <= epoch(now):
        c.store.checkins.expire(now)
        checkin = c.store.checkins.get(participant.id, checkin.id) or checkin
    if checkin.status == "expired":
        await query.answer(t(language, "answer.checkin_expired"))
        return
    if checkin.status != "open":
        await query.answer(t(language, "answer.checkin_old"))
        return
    if press.resume:
        await query.answer()
        text, markup = question_message(participant, checkin)
        await message.chat.send_message(text, reply_markup=markup)
        return
    if press.step != checkin.step:
        await query.answer(t(language, "answer.checkin_old"))
        return
    step, value = checkin.step, press.value
    question = QUESTIONS[step]
    if value == "pause":
        await query.answer()
        await pressed.clear_buttons()
        c.store.participants.update(participant.id, awaiting=None)
        await message.chat.send_message(t(language, "checkin.paused"))
        return
    if question.kind == "triggers" and value.startswith("t-") and value[2:] in TRIGGERS:
        selected = checkin.trigger_set() ^ {value[2:]}
        c.store.checkins.set_triggers(
            participant.id, checkin.id, step, normalise_triggers(selected)
        )
        await query.answer()
        updated = c.store.checkins.get(participant.id, checkin.id) or checkin
        with contextlib.suppress(BadRequest):
            await message.edit_reply_markup(checkin_keyboard(language, updated))
        return
    if question.kind == "triggers" and value == "none":
        c.store.checkins.set_triggers(participant.id, checkin.id, step, NO_TRIGGERS)
        column, answer = None, None
    elif question.kind == "triggers" and value == "done":
        column, answer = None, None
    elif value == SKIP:  # every question may be left unanswered
        column, answer = (question.key if question.kind != "triggers" else None), None
    else:
        answer = read_choice(question, value, checkin.for_child)
        if answer is None:
            await stale(update, context)
            return
        column = question.key
    if not c.store.checkins.answer(participant.id, checkin.id, step, column, answer, step + 1):
        await query.answer(t(language, "answer.checkin_old"))
        return
    await query.answer()
    await pressed.clear_buttons()
    await _next(message.chat, c.store, participant, checkin.id, now)


async def _next(
    chat: Chat, store: Store, participant: Participant, checkin_id: int, now: dtm.datetime
) -> None:
    """After an answer: the next question, or the result when all are answered."""
    checkin = store.checkins.get(participant.id, checkin_id)
    assert checkin is not None
    if checkin.step < TOTAL:
        text, markup = question_message(participant, checkin)
        await chat.send_message(text, reply_markup=markup)
        return
    score = skin_score(checkin.poem_items())
    store.checkins.complete(participant.id, checkin.id, score, now)
    store.participants.update(participant.id, awaiting=None)
    # Judged with the check-ins about the same person only (a parent may have switched).
    completed = [c for c in store.checkins.completed(participant.id) if c.about == checkin.about]
    today = local_date(now, participant.timezone)
    where = standing(
        [c.skin_score for c in completed if c.skin_score is not None],
        programme_day(participant.start or today, today),
    )
    back = look_back(
        store.diary.itch_history(participant.id, checkin.about),
        store.reminders.history(participant.id),
        today,
        participant.language,
    )
    text = checkin_result(
        score, where, len(completed), participant.language, checkin.for_child, back
    )
    await chat.send_message(text)


async def on_note_text(
    message: Message,
    store: Store,
    participant: Participant,
    checkin: CheckinRow,
    now: dtm.datetime,
) -> None:
    """Typed text while the check-in waits for its free note."""
    text = clean_note(message.text or "")
    if len(text) > NOTE_MAX:
        await message.reply_text(t(participant.language, "checkin.note_too_long", max=NOTE_MAX))
        return
    if not store.checkins.answer(
        participant.id, checkin.id, checkin.step, "note", text, checkin.step + 1
    ):
        await message.reply_text(t(participant.language, "answer.checkin_old"))
        return
    await _next(message.chat, store, participant, checkin.id, now)
