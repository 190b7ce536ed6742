"""The weekly check-in in Telegram (/checkin, and on the chosen day by the dispatcher): one
question per message, answers by buttons (or their labels typed), resumable.

Where the participant is lives in the `checkins` row (its `step`), so a restart resumes at the
same question, and a button of an old, finished or expired check-in changes nothing. The rules
are bot/programme/checkin.py; bot/services/checkins.py applies them.
"""

from __future__ import annotations

import contextlib
import datetime as dtm
from typing import Any

from telegram import Chat, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.callbacks import CheckinPress, FirstPress, ReplacePress, ResumePress
from bot.context import Coach, Context
from bot.handlers.prologue import Tap, joined, onboarded, stale, tapped
from bot.keyboards import (
    checkin_keyboard,
    first_checkin_keyboard,
    fix_offer_keyboard,
    replace_keyboard,
)
from bot.outgoing import begun_text, question_message
from bot.programme.answers import match_label, read_yes_no
from bot.programme.checkin import (
    NOTE_MAX,
    TOTAL,
    Answered,
    CheckinMove,
    Choose,
    Current,
    PausedCheckin,
    Pointer,
    Resume,
    StaleCheckin,
    Ticked,
    Typed,
)
from bot.programme.conversation import Replace
from bot.programme.planning import first_checkin_later
from bot.programme.questions import asks_about_tests
from bot.programme.records import Participant
from bot.programme.settings import schedule_lines
from bot.programme.times import local_hm
from bot.services import checkins
from bot.services.checkins import AskReplace, Begun
from messages import t
from messages.audience import no_food_tips
from messages.words import day_and_date


def _replace_text(participant: Participant, ask: AskReplace) -> tuple[str, InlineKeyboardMarkup]:
    language = participant.language
    day = day_and_date(language, ask.done.local_date)
    return t(language, "checkin.replace_ask", date=day), replace_keyboard(language)


async def offer_first_checkin(
    chat: Chat, participant: Participant, now: dtm.datetime, *, before: str = ""
) -> None:
    """Right after onboarding: what the daily rhythm will be, and the first check-in (the
    first half of the starting point) now or later today, in one message."""
    language = participant.language
    at, today = first_checkin_later(participant, now)
    local = local_hm(at, participant.timezone)
    later = t(language, "button.first_later" if today else "button.first_tomorrow", at=local)
    text = t(language, "onboarding.done", schedule=schedule_lines(participant))
    if participant.for_child and no_food_tips(participant.child_age):
        text += "\n" + t(language, "children.baby_note")
    text += "\n\n" + t(language, "checkin.first_offer")
    await chat.send_message(
        joined(before, text), reply_markup=first_checkin_keyboard(language, later)
    )


async def _first(chat: Chat, c: Coach, participant: Participant, now_chosen: bool) -> bool:
    """The first check-in now or later; False when that was settled meanwhile."""
    now = c.clock.now()
    chosen = checkins.first_offer(c.store, participant, now_chosen, now)
    if chosen is None:
        return False
    if isinstance(chosen, Begun):
        text, markup = begun_text(participant, chosen)
        await chat.send_message(text, reply_markup=markup)
        return True
    at, today = chosen
    local = local_hm(at, participant.timezone)
    language = participant.language
    when = t(language, "checkin.later_today" if today else "checkin.later_tomorrow", at=local)
    await chat.send_message(t(language, "checkin.later_ok", when=when))
    return True


async def on_first_checkin(update: Update, context: Context) -> None:
    """Now: the first question. Later: planned for later today (or tomorrow morning)."""
    pressed = await tapped(update, context, FirstPress, onboarded=True)
    if pressed is None:
        return
    message = pressed.message
    if not await _first(message.chat, pressed.coach, pressed.participant, pressed.press.now):
        await stale(update, context)
        return
    await pressed.query.answer()
    await pressed.clear_buttons()


async def on_typed_first(message: Message, c: Coach, participant: Participant, text: str) -> None:
    """Typed at the first check-in's offer: "nu", "later" (or "ja" for now)."""
    language = participant.language
    choice = match_label(
        text, [(t(language, "button.first_now"), True), (t(language, "button.later"), False)]
    )
    if choice is None:
        choice = read_yes_no(text) or None
    if choice is None or not await _first(message.chat, c, participant, choice):
        before = t(language, "input.tests") if asks_about_tests(text) else ""
        await message.reply_text(joined(before, t(language, "checkin.first_pointer")))


async def start_interactive(chat: Chat, c: Coach, participant: Participant) -> None:
    """/checkin: resume, or ask whether to replace this week's, or open and ask."""
    begun = checkins.begin(c.store, participant, "manual", c.clock.now())
    if isinstance(begun, AskReplace):
        text, markup = _replace_text(participant, begun)
    else:
        assert begun is not None
        text, markup = begun_text(participant, begun)
    await chat.send_message(text, reply_markup=markup)


async def checkin_command(update: Update, context: Context) -> None:
    """/checkin: the weekly questions now, or where you left off."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_chat
    await start_interactive(update.effective_chat, context.coach, participant)


async def _replace(chat: Chat, c: Coach, participant: Participant, replace: bool) -> None:
    if not replace:
        checkins.keep_this_weeks(c.store, participant)
        await chat.send_message(t(participant.language, "checkin.replace_kept"))
        return
    begun = checkins.begin(c.store, participant, "manual", c.clock.now(), replace=True)
    assert isinstance(begun, Begun)
    text, markup = begun_text(participant, begun)
    await chat.send_message(text, reply_markup=markup)


async def on_replace_button(update: Update, context: Context) -> None:
    """A second check-in this programme week: replace this week's, or keep it."""
    pressed = await tapped(update, context, ReplacePress, onboarded=True)
    if pressed is None:
        return
    if pressed.participant.question != Replace():
        await stale(update, context)
        return
    await pressed.query.answer()
    await pressed.clear_buttons()
    await _replace(pressed.message.chat, pressed.coach, pressed.participant, pressed.press.replace)


async def on_typed_replace(message: Message, c: Coach, participant: Participant, text: str) -> None:
    language = participant.language
    choice = match_label(
        text,
        [(t(language, "button.replace_yes"), True), (t(language, "button.replace_no"), False)],
    )
    if choice is None:
        choice = read_yes_no(text)
    if choice is None:
        before = t(language, "input.tests") if asks_about_tests(text) else ""
        await message.reply_text(joined(before, t(language, "checkin.replace_pointer")))
        return
    await _replace(message.chat, c, participant, choice)


async def on_checkin_button(update: Update, context: Context) -> None:
    """An answer button, a trigger toggle, skip or pause of a check-in question."""
    pressed = await tapped(update, context, CheckinPress, onboarded=False)
    if pressed is None:
        return
    press = pressed.press
    await _move(pressed, press.checkin_id, Choose(press.step, press.value))


async def on_resume_button(update: Update, context: Context) -> None:
    """The nudge's "Continue": the check-in's current question, open for an answer again."""
    pressed = await tapped(update, context, ResumePress, onboarded=False)
    if pressed is None:
        return
    await _move(pressed, pressed.press.checkin_id, Resume())


async def _move(pressed: Tap[Any], checkin_id: int, how: CheckinMove) -> None:
    """A tap on a check-in's question (or its nudge's Continue), applied and shown."""
    query, c, participant, message = (
        pressed.query,
        pressed.coach,
        pressed.participant,
        pressed.message,
    )
    step = checkins.move(c.store, participant, checkin_id, how, c.clock.now())
    language = participant.language
    outcome = step.outcome
    if isinstance(outcome, StaleCheckin):
        await query.answer(t(language, f"answer.checkin_{outcome.reason}"))
        return
    if isinstance(outcome, Ticked):
        await query.answer(_cleared(participant, outcome) or None)
        assert step.checkin is not None
        with contextlib.suppress(BadRequest):
            await message.edit_reply_markup(checkin_keyboard(language, step.checkin))
        return
    await query.answer()
    if not isinstance(outcome, Current):
        with contextlib.suppress(BadRequest):
            await message.edit_reply_markup(None)
    await _show(message.chat, participant, step)


def _cleared(participant: Participant, ticked: Ticked) -> str:
    if not ticked.cleared:
        return ""
    language = participant.language
    items = ", ".join(t(language, f"trigger.{x}") for x in ticked.cleared)
    return t(language, "checkin.ticks_cleared", items=items)


async def _show(chat: Chat, participant: Participant, step: checkins.Step) -> None:
    """What follows a move: the next question, the result, the paused line, or the question
    again after what was wrong."""
    language = participant.language
    outcome, checkin = step.outcome, step.checkin
    if isinstance(outcome, Answered) and step.result is not None and checkin is not None:
        await chat.send_message(step.result, reply_markup=fix_offer_keyboard(language, checkin.id))
    elif isinstance(outcome, PausedCheckin):
        await chat.send_message(t(language, "checkin.paused"))
    elif isinstance(outcome, Answered | Current | Ticked) and checkin is not None:
        reason = outcome.reason if isinstance(outcome, Current) else None
        before = t(language, reason, max=NOTE_MAX) if reason else ""
        if isinstance(outcome, Ticked):
            before = _cleared(participant, outcome)
        text, markup = question_message(participant, checkin)
        await chat.send_message(joined(before, text), reply_markup=markup)


async def on_typed(
    message: Message, c: Coach, participant: Participant, checkin_id: int, text: str
) -> None:
    """Typed text while a check-in question is open: the note, a button's label (or a number
    of days), or a pointer to the question."""
    step = checkins.move(
        c.store, participant, checkin_id, Typed(text, participant.language), c.clock.now()
    )
    outcome = step.outcome
    language = participant.language
    if isinstance(outcome, Pointer) and step.checkin is not None:
        pointer = t(language, "checkin.pointer", n=step.checkin.step + 1, total=TOTAL)
        await message.reply_text(
            joined(t(language, "input.tests") if outcome.tests else "", pointer)
        )
    elif isinstance(outcome, StaleCheckin):
        await message.reply_text(t(language, f"answer.checkin_{outcome.reason}"))
    else:
        await _show(message.chat, participant, step)
