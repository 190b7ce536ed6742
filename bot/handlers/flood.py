"""A person who sends more than the bot can sensibly answer: one polite note, in their
language; what they sent meanwhile is not read (bot/updates.py counts and drops it)."""

from __future__ import annotations

import contextlib
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ExtBot

from bot.context import Coach
from bot.updates import FLOOD_WINDOW_S
from messages import language_or_default, t


async def slow_down(update: Update, coach: Coach, bot: ExtBot[Any]) -> None:
    chat, user = update.effective_chat, update.effective_user
    if chat is None or chat.type != ChatType.PRIVATE:
        return  # groups are refused elsewhere; nothing to say to a channel
    participant = coach.store.participants.get(user.id) if user else None
    if participant is not None:
        language = participant.language
    else:
        code = user.language_code if user else None
        language = language_or_default(code, coach.settings.default_language)
    text = t(language, "flood.slow_down", seconds=int(FLOOD_WINDOW_S))
    with contextlib.suppress(TelegramError):  # a note about too many messages: not retried
        await bot.send_message(chat.id, text)
