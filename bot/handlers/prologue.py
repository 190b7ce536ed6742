"""Who is this? What every handler asks first, written once.

Someone unknown is pointed to /start (nothing is stored about them until they ask to begin),
someone halfway through onboarding is asked the question they are on; a button press is
parsed once, by its class in bot/callbacks.py, and one that nothing can act on (old, forged,
or someone else's) gets the one stale answer.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from telegram import CallbackQuery, Chat, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest

from bot.context import Coach, Context
from bot.keyboards import prompt_keyboard
from bot.programme.conversation import Onboarding
from bot.programme.records import Participant
from bot.programme.settings import prompt
from bot.services import backoff
from bot.storage import StorageError
from messages import language_or_default, t

# Someone who left during onboarding (under 16, or no consent) keeps nothing stored; the
# language they chose is remembered in memory only, so the next reply is still in it.
LEFT_LANGUAGES: OrderedDict[int, str] = OrderedDict()
LEFT_LANGUAGES_MAX = 10_000


def remember_language(user_id: int, language: str) -> None:
    LEFT_LANGUAGES[user_id] = language
    LEFT_LANGUAGES.move_to_end(user_id)
    while len(LEFT_LANGUAGES) > LEFT_LANGUAGES_MAX:
        LEFT_LANGUAGES.popitem(last=False)


@dataclass
class Person:
    """Whoever sent this update: their record, if any, and the language to answer in."""

    coach: Coach
    participant: Participant | None
    language: str


def person(update: Update, context: Context) -> Person:
    """Who this is; someone unknown is answered in the language they chose before they left,
    or else their Telegram app's."""
    user = update.effective_user
    assert user is not None
    c = context.coach
    participant = c.store.participants.get(user.id)
    if participant is not None:
        return Person(c, participant, participant.language)
    language = LEFT_LANGUAGES.get(user.id) or language_or_default(
        user.language_code, c.settings.default_language
    )
    return Person(c, None, language)


async def ask(chat: Chat, participant: Participant, *, before: str = "") -> None:
    """The onboarding question the participant is on, with its choices as buttons; `before`
    (what was wrong, say) in the same message, so an answer never lands on the wrong
    question."""
    question = prompt(participant, participant.step, onboarding=True)
    text = f"{before}\n\n{question.text}" if before else question.text
    await chat.send_message(text, reply_markup=prompt_keyboard(participant.step, question))


async def onboarded(update: Update, context: Context) -> Participant | None:
    """The onboarded participant behind this update, or None after telling the person why.
    Someone unknown is pointed to /start: nothing is stored before they ask to begin."""
    assert update.effective_message and update.effective_chat
    who = person(update, context)
    participant = who.participant
    if participant is None:
        await update.effective_message.reply_text(t(who.language, "start.first"))
        return None
    if not participant.onboarded:
        before = t(participant.language, "onboarding.finish_first")
        await ask(update.effective_chat, participant, before=before)
        return None
    return participant


P = TypeVar("P")
P_co = TypeVar("P_co", covariant=True)


class Parser(Protocol[P_co]):
    """A press class of bot/callbacks.py: its `parse` reads callback data."""

    def parse(self, data: str, /) -> P_co | None: ...


@dataclass
class Tap(Generic[P]):
    """A button press that may be acted on: what its data says, who pressed it, and the
    message the button was on."""

    query: CallbackQuery
    press: P
    coach: Coach
    participant: Participant
    message: Message

    async def clear_buttons(self) -> None:
        """An answered question loses its buttons, so an old tap cannot be taken for a new one."""
        with contextlib.suppress(BadRequest):
            await self.message.edit_reply_markup(None)


async def tapped(
    update: Update, context: Context, kind: Parser[P], *, onboarded: bool
) -> Tap[P] | None:
    """The press if its data is a `kind`, it comes from a participant (one who finished
    onboarding, where `onboarded`) and its message can still be reached; else the one stale
    answer, and None."""
    query = update.callback_query
    assert query is not None
    who = person(update, context)
    press = kind.parse(query.data or "")
    participant = who.participant
    message = query.message
    if (
        press is None
        or participant is None
        or not isinstance(message, Message)
        or (onboarded and not participant.onboarded)
    ):
        await query.answer(t(who.language, "answer.stale"))
        return None
    return Tap(query, press, who.coach, participant, message)


async def close_on_command(update: Update, context: Context) -> None:
    """A command closes the open question (a command that asks one opens it again).
    Onboarding's question stays: it is where the person is until onboarding ends."""
    message = update.effective_message
    if update.effective_user is None or message is None or not message.text:
        return
    first = message.entities[0] if message.entities else None
    if first is None or first.type != "bot_command" or first.offset != 0:
        return
    with contextlib.suppress(StorageError):  # the command's own handler will say so
        who = person(update, context)
        participant = who.participant
        question = participant.question if participant is not None else None
        if (
            participant is not None
            and question is not None
            and not isinstance(question, Onboarding)
        ):
            who.coach.store.participants.close_question(participant.id)


async def heard_from(update: Update, context: Context) -> None:
    """Any tap or message from a participant, in their private chat: the usual rhythm again
    (bot/programme/backoff.py)."""
    chat = update.effective_chat
    if update.effective_user is None or chat is None or chat.type != ChatType.PRIVATE:
        return
    with contextlib.suppress(StorageError):  # the update's own handler will say so
        who = person(update, context)
        participant = who.participant
        if participant is None:
            return
        message = update.effective_message
        resuming = message is not None and (message.text or "").startswith("/resume")
        # /resume ends the bot's pause for their silence itself, and says so.
        if backoff.heard(
            who.coach.store, participant, who.coach.clock.now(), end_rest=not resuming
        ):
            await chat.send_message(t(participant.language, "resume.done"))


async def stale(update: Update, context: Context) -> None:
    """The one answer to a button nothing can act on (old, forged, or not yours)."""
    assert update.callback_query is not None
    await update.callback_query.answer(t(person(update, context).language, "answer.stale"))


async def on_unknown_button(update: Update, context: Context) -> None:
    """A button whose data nothing understands (an old version of the bot, or tampering)."""
    await stale(update, context)


def joined(before: str, text: str) -> str:
    """Two parts of one message: what happened, then the question."""
    return f"{before}\n\n{text}" if before else text


async def edit(message: Message, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Edit a message of the bot's in place; "message is not modified" is fine."""
    with contextlib.suppress(BadRequest):
        await message.edit_text(text, reply_markup=markup)
