"""Group chats: the programme handles health data, so the bot explains once and leaves."""

from __future__ import annotations

import contextlib
import logging

from telegram import ChatMemberUpdated, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.context import Context
from jobs.housekeeping import block
from messages import t

log = logging.getLogger(__name__)


async def refuse_group(update: Update, context: Context) -> None:
    """Anything from a group or channel: say why once, leave, and handle nothing else."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.PRIVATE:
        return
    member = update.my_chat_member
    if member is not None and not _bot_joined(member):
        raise ApplicationHandlerStop  # we were removed or left: nothing to say
    c = context.coach
    language = c.settings.default_language
    with contextlib.suppress(TelegramError):
        if chat.type != ChatType.CHANNEL:
            await context.bot.send_message(chat.id, t(language, "group.refuse"))
        await context.bot.leave_chat(chat.id)
    log.info("left a non-private chat")
    raise ApplicationHandlerStop


def _bot_joined(member: ChatMemberUpdated) -> bool:
    return member.new_chat_member.status in ("member", "administrator", "restricted")


async def on_private_membership(update: Update, context: Context) -> None:
    """The person blocked the bot in their private chat: stop sending until they /start."""
    member = update.my_chat_member
    chat = update.effective_chat
    if member is None or chat is None or chat.type != ChatType.PRIVATE:
        return
    if member.new_chat_member.status in ("kicked", "left") and block(context.coach.store, chat.id):
        log.info("participant blocked the bot; reminders stopped")
