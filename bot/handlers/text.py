"""Typed text, and anything else a person sends: an answer to the open question (onboarding,
the check-in's note, a setting), or a friendly pointer to /help."""

from __future__ import annotations

from telegram import Update

from bot.context import Context
from bot.handlers.checkin import on_note_text
from bot.handlers.onboarding import advance
from bot.handlers.prologue import ask, person
from bot.handlers.settings import save_setting
from bot.programme.checkin import waiting_for_note
from bot.programme.settings import COLUMN, TYPED
from jobs.checkins import current_checkin
from messages import t

# Longer than any answer the bot asks for; the rest is not read.
TEXT_MAX = 1000


async def on_text(update: Update, context: Context) -> None:
    """Typed text: an answer to the open question, or a friendly pointer to /help."""
    message = update.effective_message
    assert message and update.effective_chat
    who = person(update, context)
    participant, c = who.participant, who.coach
    if participant is None:  # unknown, or erased by /delete: nothing is stored
        await message.reply_text(t(who.language, "start.first"))
        return
    text = (message.text or "")[:TEXT_MAX]
    if not participant.onboarded:
        step = participant.step
        if step in TYPED:
            await advance(message, participant, step, text, context)
        else:
            await message.reply_text(t(participant.language, "input.use_buttons"))
            await ask(update.effective_chat, participant, step)
        return
    now = c.clock.now()
    checkin = current_checkin(c.store, participant.id, now)
    if checkin is not None and waiting_for_note(checkin.step):
        await on_note_text(message, c.store, participant, checkin, now)
        return
    if participant.awaiting in COLUMN:
        await save_setting(message, participant, participant.awaiting, text, context)
        return
    await message.reply_text(t(participant.language, "input.unknown"))


async def on_other(update: Update, context: Context) -> None:
    """Stickers, photos, unknown commands: nothing is stored, the person gets a pointer."""
    message = update.effective_message
    assert message and update.effective_chat
    who = person(update, context)
    participant = who.participant
    if participant is not None and not participant.onboarded:
        await message.reply_text(t(participant.language, "input.use_buttons"))
        await ask(update.effective_chat, participant, participant.step)
        return
    await message.reply_text(t(who.language, "input.unknown"))
