"""Typed text, and anything else a person sends: the answer to their one open question, or a
pointer to it, or to /help.

The open question is onboarding's step while onboarding lasts, else the participant's
`awaiting`: a settings question (a field), a check-in question ("checkin"), or whether
reminders may move out of the sleep window ("quiet:..."). A command or another button closes
it (bot/handlers/prologue.py), so typed text never lands on a question no longer asked.
"""

from __future__ import annotations

from telegram import Update

from bot.context import Context
from bot.handlers.checkin import on_note_text, pointer
from bot.handlers.onboarding import advance
from bot.handlers.prologue import ask, person
from bot.handlers.settings import QUIET, on_typed_setting
from bot.programme.checkin import waiting_for_note
from bot.programme.questions import asks_about_tests
from bot.programme.settings import COLUMN, TYPED
from jobs.checkins import OPEN, current_checkin
from messages import t

# Longer than any answer the bot asks for; the rest is not read.
TEXT_MAX = 1000


async def on_text(update: Update, context: Context) -> None:
    """Typed text: an answer to the open question, a pointer to it, or to /help."""
    message = update.effective_message
    assert message and update.effective_chat
    who = person(update, context)
    participant, c = who.participant, who.coach
    if participant is None:  # unknown, or erased by /delete: nothing is stored
        if asks_about_tests(message.text or ""):
            await message.reply_text(t(who.language, "input.tests"))
        await message.reply_text(t(who.language, "start.first"))
        return
    text = (message.text or "")[:TEXT_MAX]
    tests = asks_about_tests(text)
    if not participant.onboarded:
        step = participant.step
        if tests:  # answered kindly, and the open question asked again in the same message
            before = t(participant.language, "input.tests")
            await ask(update.effective_chat, participant, step, before=before)
        elif step in TYPED:
            await advance(update.effective_chat, participant, step, text, context)
        else:
            before = t(participant.language, "input.use_buttons")
            await ask(update.effective_chat, participant, step, before=before)
        return
    awaiting = participant.awaiting or ""
    if awaiting == OPEN:
        now = c.clock.now()
        checkin = current_checkin(c.store, participant.id, now)
        if checkin is not None and waiting_for_note(checkin.step):
            await on_note_text(message, c.store, participant, checkin, now)  # their own words
            if tests:  # kept as written, and the question in it answered too
                await message.reply_text(t(participant.language, "input.tests"))
            return
        if checkin is not None:
            answer = pointer(participant, checkin)
            if tests:
                answer = t(participant.language, "input.tests") + "\n\n" + answer
            await message.reply_text(answer)
            return
    if tests:  # whatever else is open stays open: a question is not an answer to it
        await message.reply_text(t(participant.language, "input.tests"))
        return
    if awaiting.startswith(QUIET):
        await message.reply_text(t(participant.language, "settings.quiet_pointer"))
        return
    if awaiting in COLUMN:
        await on_typed_setting(message, c, participant)
        return
    await message.reply_text(t(participant.language, "input.unknown"))


async def on_other(update: Update, context: Context) -> None:
    """Stickers, photos, unknown commands: nothing is stored, the person gets a pointer."""
    message = update.effective_message
    assert message and update.effective_chat
    who = person(update, context)
    participant = who.participant
    if participant is not None and not participant.onboarded:
        before = t(participant.language, "input.use_buttons")
        await ask(update.effective_chat, participant, participant.step, before=before)
        return
    await message.reply_text(t(who.language, "input.unknown"))
