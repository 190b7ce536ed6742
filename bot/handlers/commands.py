"""The list of commands, which /help, Telegram's command menu and the README share; and /help."""

from __future__ import annotations

import contextlib
from typing import Final

from telegram import Bot, BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError

from bot.context import Context
from bot.handlers.prologue import person
from bot.programme.records import Participant
from messages import t

# Every command, in menu order; /help, set_my_commands and the README are built from this.
COMMANDS: Final[tuple[str, ...]] = (
    "start",
    "today",
    "itch",
    "treatment",
    "checkin",
    "progress",
    "trigger",
    "patterns",
    "summary",
    "settings",
    "pause",
    "resume",
    "language",
    "stop",
    "export",
    "delete",
    "help",
)


def help_text(language: str) -> str:
    lines = [
        t(language, "help.line", command=command, description=t(language, f"cmd.{command}"))
        for command in COMMANDS
    ]
    return t(language, "help", commands="\n".join(lines))


def bot_commands(language: str) -> list[BotCommand]:
    """Telegram's command menu in one language."""
    return [BotCommand(name, t(language, f"cmd.{name}")) for name in COMMANDS]


async def set_menu(bot: Bot, participant: Participant) -> None:
    """The person's own command menu, in their language (the app's language may differ)."""
    with contextlib.suppress(TelegramError):  # the menu is a nicety, not worth a failure
        await bot.set_my_commands(
            bot_commands(participant.language), scope=BotCommandScopeChat(participant.id)
        )


async def remove_menu(bot: Bot, chat_id: int) -> None:
    with contextlib.suppress(TelegramError):
        await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id))


async def help_command(update: Update, context: Context) -> None:
    """/help: every command in the participant's language."""
    assert update.effective_message
    await update.effective_message.reply_text(help_text(person(update, context).language))
