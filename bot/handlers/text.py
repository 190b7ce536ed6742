"""Typed text, and anything else a person sends: the answer to their one open question, or a
pointer to it, or to /help.

The open question (bot/programme/conversation.py) is what the bot asked last and still waits
for; this is the one place that decides where typed text goes, by its kind. A command closes
it (bot/handlers/prologue.py), so typed text never lands on a question no longer asked.
"""

from __future__ import annotations

from telegram import Message, Update

from bot.context import Context
from bot.handlers import checkin, onboarding, patterns, privacy, settings, treatment
from bot.handlers.prologue import Person, ask, joined, person
from bot.programme.answers import read_yes_no
from bot.programme.conversation import (
    Checkin,
    Consent,
    FirstOffer,
    Menu,
    Note,
    Onboarding,
    Picker,
    Quiet,
    Replace,
    Setting,
    Switch,
    Treatment,
)
from bot.programme.questions import asks_about_tests
from bot.programme.safety import describes_allergic_reaction
from bot.services.checkins import current_checkin
from messages import t, tc

# Longer than any answer the bot asks for; the rest is not read.
TEXT_MAX = 1000


async def on_text(update: Update, context: Context) -> None:
    """Typed text: an answer to the open question, a pointer to it, or to /help."""
    message = update.effective_message
    assert message and update.effective_chat
    who = person(update, context)
    participant, c = who.participant, who.coach
    text = (message.text or "")[:TEXT_MAX]
    # A treatment's name ("cetirizine tegen netelroos") is not a description of a reaction;
    # anything else typed while one is added or stopped may be.
    naming = participant is not None and participant.question == Treatment("name")
    warned = not naming and await warn_of_a_reaction(message, who, text)
    if participant is None:  # unknown, or erased by /delete: nothing is stored
        if asks_about_tests(text):
            await message.reply_text(t(who.language, "input.tests"))
        await message.reply_text(t(who.language, "start.first"))
        return
    match participant.question:
        case Onboarding():
            await onboarding.on_typed(update.effective_chat, context, participant, text)
        case Menu() | Setting() | Quiet() | Switch() as asked:
            await settings.on_typed(message, c, participant, asked, text)
        case Checkin(checkin_id) | Note(checkin_id):
            await checkin.on_typed(message, c, participant, checkin_id, text)
        case Replace():
            await checkin.on_typed_replace(message, c, participant, text)
        case FirstOffer():
            await checkin.on_typed_first(message, c, participant, text)
        case Picker(day):
            await patterns.on_typed_pick(message, c, participant, day, text)
        case Treatment() as asked:
            await treatment.on_typed(message, c, participant, asked, text)
        case Consent():
            agreed = read_yes_no(text)
            if agreed is None:
                await message.reply_text(t(participant.language, "consent.first"))
                return
            await privacy.answer_consent(update.effective_chat, c, participant, agreed)
        case None:
            language = participant.language
            before = t(language, "input.tests") if asks_about_tests(text) else ""
            waiting = current_checkin(c.store, participant.id, c.clock.now())
            pointer = "checkin.open_pointer" if waiting is not None else "input.unknown"
            if warned and not before and waiting is None:
                return  # the urgent line was the answer; "I don't understand" would not be
            if before and waiting is None:
                await message.reply_text(before)  # a question is answered, nothing more
                return
            await message.reply_text(joined(before, t(language, pointer)))


async def on_other(update: Update, context: Context) -> None:
    """Stickers, photos, unknown commands: nothing is stored, the person gets a pointer (and
    a photo whose caption describes an allergic reaction, the urgent line first)."""
    message = update.effective_message
    assert message and update.effective_chat
    who = person(update, context)
    participant = who.participant
    await warn_of_a_reaction(message, who, (message.caption or "")[:TEXT_MAX])
    if participant is not None and not participant.onboarded:
        await ask(update.effective_chat, participant, before=t(who.language, "input.use_buttons"))
        return
    await message.reply_text(t(who.language, "input.unknown"))


async def warn_of_a_reaction(message: Message, who: Person, text: str) -> bool:
    """The urgent line first, when typed words describe an allergic reaction (whatever else
    they are taken as); whether it was given."""
    if not describes_allergic_reaction(text):
        return False
    child = who.participant is not None and who.participant.for_child
    await message.reply_text(tc(who.language, "safety.allergic", child))
    return True
