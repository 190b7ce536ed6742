"""Who is this? What every handler asks first, written once.

Someone unknown is pointed to /start (nothing is stored about them until they ask to begin),
someone halfway through onboarding is asked the question they are on; a button press is
parsed once, and one that nothing can act on (old, forged, or someone else's) gets the one
stale answer.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Generic, TypeVar

from telegram import CallbackQuery, Chat, Message, Update
from telegram.error import BadRequest

from bot.context import Coach, Context, coach
from bot.keyboards import (
    CheckinPress,
    MenuPress,
    Press,
    QuietPress,
    SettingPress,
    parse,
    prompt_keyboard,
)
from bot.programme.records import Participant
from bot.programme.settings import SETTINGS_FIELDS, prompt
from bot.storage import StorageError
from messages import language_or_default, t


@dataclass
class Person:
    """Whoever sent this update: their record, if any, and the language to answer in."""

    coach: Coach
    participant: Participant | None
    language: str


def person(update: Update, context: Context) -> Person:
    """Who this is; someone unknown is answered in their Telegram app's language."""
    user = update.effective_user
    assert user is not None
    c = coach(context)
    participant = c.store.participants.get(user.id)
    if participant is not None:
        return Person(c, participant, participant.language)
    return Person(c, None, language_or_default(user.language_code, c.settings.default_language))


async def ask(chat: Chat, participant: Participant, field: str, *, before: str = "") -> None:
    """An onboarding question, with its choices as buttons; `before` (what was wrong, say) in
    the same message, so an answer can never land on the wrong question."""
    question = prompt(participant, field, onboarding=True)
    text = f"{before}\n\n{question.text}" if before else question.text
    await chat.send_message(text, reply_markup=prompt_keyboard(field, question))


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
        await ask(update.effective_chat, participant, participant.step, before=before)
        return None
    return participant


P = TypeVar("P", bound=Press)


@dataclass
class Tap(Generic[P]):
    """A button press that may be acted on: what its data says, who pressed it, and the
    message the button was on."""

    query: CallbackQuery
    press: P
    coach: Coach
    participant: Participant
    message: Message | None

    def acted(self) -> None:
        """Called once the press is acted on: a button of another flow closes the open
        question, so typed text is no longer taken as its answer. (A stale press changes
        nothing, that question included.)"""
        awaiting = self.participant.awaiting
        if awaiting and not belongs(self.press, awaiting):
            self.participant = self.coach.store.participants.update(
                self.participant.id, awaiting=None
            )

    async def clear_buttons(self) -> None:
        """An answered question loses its buttons, so an old tap cannot be taken for a new one."""
        if self.message is None:
            return
        with contextlib.suppress(BadRequest):
            await self.message.edit_reply_markup(None)


async def tapped(
    update: Update, context: Context, kind: type[P], *, onboarded: bool
) -> Tap[P] | None:
    """The press if its data is a `kind` and it comes from a participant (one who finished
    onboarding, where `onboarded`); else the one stale answer, and None."""
    query = update.callback_query
    assert query is not None
    who = person(update, context)
    press = parse(query.data or "")
    participant = who.participant
    if (
        not isinstance(press, kind)
        or participant is None
        or (onboarded and not participant.onboarded)
    ):
        await query.answer(t(who.language, "answer.stale"))
        return None
    message = query.message if isinstance(query.message, Message) else None
    return Tap(query, press, who.coach, participant, message)


def belongs(press: Press, awaiting: str) -> bool:
    """Whether a press answers (or moves within) the open question."""
    if isinstance(press, SettingPress):
        return press.field == awaiting
    if isinstance(press, MenuPress | QuietPress):
        return awaiting in SETTINGS_FIELDS or awaiting.startswith("quiet:")
    if isinstance(press, CheckinPress):
        return awaiting == "checkin"
    return False


async def close_on_command(update: Update, context: Context) -> None:
    """A command closes the open question (a command that asks one opens it again)."""
    message = update.effective_message
    if update.effective_user is None or message is None or not message.text:
        return
    first = message.entities[0] if message.entities else None
    if first is None or first.type != "bot_command" or first.offset != 0:
        return
    with contextlib.suppress(StorageError):  # the command's own handler will say so
        who = person(update, context)
        if who.participant is not None and who.participant.awaiting:
            who.coach.store.participants.update(who.participant.id, awaiting=None)


async def stale(update: Update, context: Context) -> None:
    """The one answer to a button nothing can act on (old, forged, or not yours)."""
    assert update.callback_query is not None
    await update.callback_query.answer(t(person(update, context).language, "answer.stale"))


async def on_unknown_button(update: Update, context: Context) -> None:
    """A button whose data nothing understands (an old version of the bot, or tampering)."""
    await stale(update, context)
