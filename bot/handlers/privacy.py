"""The participant's rights: a copy of everything (/export), erasure (/delete), and consent
that always matches the text they were shown."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any, Final

from telegram import Chat, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.callbacks import AgreePress, DeletePress
from bot.context import Coach, Context
from bot.handlers.commands import remove_menu
from bot.handlers.prologue import person, tapped
from bot.keyboards import delete_keyboard
from bot.outgoing import consent_question
from bot.programme.conversation import Consent
from bot.programme.records import Participant
from bot.programme.settings import needs_new_consent
from bot.render.export import export_archive
from bot.services.lifecycle import agree_to_new_consent, stop
from bot.storage import StorageError, Store
from jobs.clock import Clock
from jobs.housekeeping import MESSAGES_DELETABLE_FOR
from messages import t

log = logging.getLogger(__name__)

EXPORT_NAME = "darm-huid-coach-export.zip"
SENT_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})
DELETE_AT_ONCE = 100  # deleteMessages takes at most this many ids


async def export_command(update: Update, context: Context) -> None:
    """/export: everything stored about you, as a zip of readable tables and JSON."""
    assert update.effective_message
    who = person(update, context)
    if who.participant is None:
        await update.effective_message.reply_text(t(who.language, "export.none"))
        return
    c = who.coach
    archive = export_archive(c.store.export(who.participant.id), c.clock.now())
    await update.effective_message.reply_document(
        archive, filename=EXPORT_NAME, caption=t(who.language, "export.caption")
    )


async def delete_command(update: Update, context: Context) -> None:
    """/delete: erase everything, after one confirmation."""
    assert update.effective_message
    who = person(update, context)
    if who.participant is None:
        await update.effective_message.reply_text(t(who.language, "export.none"))
        return
    await update.effective_message.reply_text(
        t(who.language, "delete.confirm"), reply_markup=delete_keyboard(who.language)
    )


async def on_delete_button(update: Update, context: Context) -> None:
    """Yes: erase the participant and everything that belongs to them, and take the bot's own
    messages of the last 48 hours out of the chat; no: nothing happens."""
    pressed = await tapped(update, context, DeletePress, onboarded=False)
    if pressed is None:
        return
    participant, message, c = pressed.participant, pressed.message, pressed.coach
    code = participant.language
    await pressed.query.answer()
    if pressed.press.choice == "export":  # the copy, then the same question again below it
        await pressed.clear_buttons()
        archive = export_archive(c.store.export(participant.id), c.clock.now())
        await message.chat.send_document(
            archive, filename=EXPORT_NAME, caption=t(code, "export.caption")
        )
        await message.chat.send_message(
            t(code, "delete.confirm_after_export"), reply_markup=delete_keyboard(code)
        )
        return
    await pressed.clear_buttons()
    if pressed.press.choice == "no":
        await message.chat.send_message(t(code, "delete.kept"))
        return
    recent = c.store.messages.since(participant.id, c.clock.now() - MESSAGES_DELETABLE_FOR)
    c.store.participants.delete(participant.id)
    for start in range(0, len(recent), DELETE_AT_ONCE):
        with contextlib.suppress(TelegramError):  # already gone, or too old by now
            await context.bot.delete_messages(
                message.chat.id, recent[start : start + DELETE_AT_ONCE]
            )
    await remove_menu(context.bot, message.chat.id)
    await message.chat.send_message(t(code, "delete.done"))


# What someone who has not agreed to the consent text in force may still do: nothing of these
# stores anything new (withdrawing must stay as easy as agreeing).
OPEN_DURING_CONSENT: Final = frozenset({"help", "export", "delete", "stop"})


async def consent_gate(update: Update, context: Context) -> None:
    """Someone who agreed to an older consent text is asked to agree to the new one, and
    nothing else they send is handled (so nothing new is stored) until they do; /help,
    /export, /delete and /stop still work."""
    chat = update.effective_chat
    if update.effective_user is None or chat is None or chat.type != ChatType.PRIVATE:
        return
    try:
        who = person(update, context)
    except StorageError:
        return  # the update's own handler meets the same trouble, and says so once
    participant = who.participant
    if participant is None or not needs_new_consent(participant):
        return
    query = update.callback_query
    if query is not None:
        data = query.data or ""
        if AgreePress.parse(data) is not None or DeletePress.parse(data) is not None:
            return
        await query.answer(t(participant.language, "consent.first"))
        if participant.question == Consent():
            raise ApplicationHandlerStop
    else:
        text = (update.effective_message.text if update.effective_message else None) or ""
        command = text[1:].split()[0].split("@")[0].lower() if text.startswith("/") else None
        if command in OPEN_DURING_CONSENT:
            return
        if participant.question == Consent() and command is None and text:
            return  # typed yes or no: bot/handlers/text.py reads it
    who.coach.store.participants.ask(participant.id, Consent())
    text, markup = consent_question(participant)
    await chat.send_message(text, reply_markup=markup)
    raise ApplicationHandlerStop


async def on_agree_button(update: Update, context: Context) -> None:
    """Agreed to the consent text in force, or not (then nothing more is sent or stored)."""
    pressed = await tapped(update, context, AgreePress, onboarded=True)
    if pressed is None:
        return
    await answer_consent(
        pressed.message.chat, pressed.coach, pressed.participant, pressed.press.agreed
    )
    await pressed.query.answer()
    await pressed.clear_buttons()


async def answer_consent(chat: Chat, c: Coach, participant: Participant, agreed: bool) -> None:
    language = participant.language
    if not needs_new_consent(participant):
        await chat.send_message(t(language, "answer.stale"))
        return
    if agreed:
        agree_to_new_consent(c.store, participant, c.clock.now())
        await chat.send_message(t(language, "consent.thanks"))
        return
    stop(c.store, participant.id)
    await chat.send_message(t(language, "consent.declined_new"))


def remember_sent(store: Store, clock: Clock) -> Callable[[str, dict[str, Any], Any], None]:
    """For the pacer: keep the id (never the content) of each message sent to a participant,
    so /delete can take it out of the chat while Telegram still lets it."""

    def remember(endpoint: str, data: dict[str, Any], result: Any) -> None:
        if endpoint not in SENT_METHODS or not isinstance(result, dict):
            return
        try:
            chat, message_id = int(data["chat_id"]), int(result["message_id"])
        except (KeyError, TypeError, ValueError):
            return
        if chat > 0:  # a private chat is the person's own id
            try:
                store.messages.remember(chat, message_id, clock.now())
            except StorageError as exc:  # a message id is not worth failing a send for
                log.warning("could not keep a message id (%s)", type(exc).__name__)

    return remember
