"""The participant's rights: a copy of everything (/export), erasure (/delete), and consent
that always matches the text they were shown."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError

from bot.callbacks import DeletePress
from bot.context import Context
from bot.handlers.commands import remove_menu
from bot.handlers.prologue import person, tapped
from bot.keyboards import delete_keyboard
from bot.programme.export import export_archive
from bot.programme.settings import consent_tag
from bot.storage import StorageError, Store
from jobs.clock import Clock
from jobs.lifecycle import MESSAGES_DELETABLE_FOR
from messages import t, tc

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
    await pressed.clear_buttons()
    if not pressed.press.confirmed:
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


async def show_new_consent_text(update: Update, context: Context) -> None:
    """Someone who consented to an older text is shown the new one, once, at their next
    message or tap (and then handled as usual)."""
    chat = update.effective_chat
    if update.effective_user is None or chat is None or chat.type != ChatType.PRIVATE:
        return
    try:
        who = person(update, context)
        participant = who.participant
        tag = consent_tag(participant.for_child) if participant is not None else None
        if participant is None or participant.consent_version in (None, tag):
            return
        who.coach.store.participants.update(participant.id, consent_version=tag)
    except StorageError:
        return  # the update's own handler meets the same trouble, and says so once
    terms = tc(who.language, "consent.terms", participant.for_child)
    await chat.send_message(t(who.language, "consent.updated", terms=terms))


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
