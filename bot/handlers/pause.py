"""Taking a break: /pause (a few days without reminders), /resume, and /stop (no messages at
all until /start)."""

from __future__ import annotations

import contextlib

from telegram import Chat, InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot.callbacks import PausePress, RhythmPress, number
from bot.context import Context
from bot.handlers.prologue import onboarded, person, tapped
from bot.keyboards import pause_keyboard
from bot.programme.planning import MAX_PAUSE_DAYS, first_after_pause, last_paused_day
from bot.programme.records import BLOCKED, STOPPED, Participant
from bot.programme.schedule import local_date
from bot.programme.times import local_hm
from bot.services.lifecycle import pause, reactivate, resume, stop
from messages import t
from messages.words import day_and_date


async def pause_command(update: Update, context: Context) -> None:
    """/pause [days]: no reminders for a while; without a number, buttons ask how long."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message and update.effective_chat
    code = participant.language
    args = context.args or []
    if not args:
        await update.effective_message.reply_text(
            t(code, "pause.ask"), reply_markup=pause_keyboard(code)
        )
        return
    days = number(args[0], 1, MAX_PAUSE_DAYS) if len(args) == 1 else None
    if days is None:
        await update.effective_message.reply_text(t(code, "pause.bad", max=MAX_PAUSE_DAYS))
        return
    await _pause(update.effective_chat, context, participant, days)


async def on_pause_button(update: Update, context: Context) -> None:
    """One of the /pause choices."""
    pressed = await tapped(update, context, PausePress, onboarded=True)
    if pressed is None:
        return
    await pressed.query.answer()
    await pressed.clear_buttons()
    assert update.effective_chat
    await _pause(update.effective_chat, context, pressed.participant, pressed.press.days)


async def _pause(chat: Chat, context: Context, participant: Participant, days: int) -> None:
    """Paused: until when, when the first message comes after it (in the morning, never in
    the night), and where a promised first check-in went."""
    c = context.coach
    paused, moved = pause(c.store, participant, days, c.clock.now())
    language, zone = participant.language, participant.timezone
    last = last_paused_day(paused)
    assert last is not None
    lines = [t(language, "pause.done", until=day_and_date(language, last))]
    first = first_after_pause(paused)
    if first is not None:
        day = day_and_date(language, local_date(first, zone))
        lines.append(t(language, "pause.first_after", day=day, at=local_hm(first, zone)))
    if moved is not None:
        day = day_and_date(language, local_date(moved, zone))
        lines.append(t(language, "pause.first_checkin_moved", day=day, at=local_hm(moved, zone)))
    await chat.send_message("\n".join(lines))


async def resume_command(update: Update, context: Context) -> None:
    """/resume: reminders again after a pause (or after /stop)."""
    participant = await onboarded(update, context)
    if participant is None:
        return
    assert update.effective_message
    c = context.coach
    now = c.clock.now()
    if participant.status in (STOPPED, BLOCKED):
        reactivate(c.store, participant.id, now)
        await update.effective_message.reply_text(t(participant.language, "resume.done"))
        return
    key = "resume.done" if resume(c.store, participant, now) else "resume.not_paused"
    await update.effective_message.reply_text(t(participant.language, key))


async def stop_command(update: Update, context: Context) -> None:
    """/stop: no more messages until /start."""
    assert update.effective_message
    who = person(update, context)
    participant = who.participant
    if participant is not None:
        if participant.onboarded:
            stop(who.coach.store, participant.id)
        else:
            # Half-way through onboarding there is nothing worth keeping.
            who.coach.store.participants.delete(participant.id)
    await update.effective_message.reply_text(t(who.language, "stop.done"))


async def on_rhythm_button(update: Update, context: Context) -> None:
    """Under the one message a day after a silent week: still with it (the usual rhythm came
    back with the tap itself), or stop."""
    pressed = await tapped(update, context, RhythmPress, onboarded=True)
    if pressed is None:
        return
    participant, message = pressed.participant, pressed.message
    if not pressed.press.carry_on:
        await pressed.query.answer()
        await pressed.clear_buttons()
        stop(pressed.coach.store, participant.id)
        await message.chat.send_message(t(participant.language, "stop.done"))
        return
    await pressed.query.answer(t(participant.language, "backoff.on"))
    markup = message.reply_markup
    if markup is None:
        return
    # The reminder's own buttons stay; the question whether they are still with it goes.
    kept = [
        row
        for row in markup.inline_keyboard
        if not any(isinstance(b.callback_data, str) and _asks_rhythm(b.callback_data) for b in row)
    ]
    with contextlib.suppress(BadRequest):  # already edited
        await message.edit_reply_markup(InlineKeyboardMarkup(kept))


def _asks_rhythm(data: str) -> bool:
    return RhythmPress.parse(data) is not None or PausePress.parse(data) is not None
