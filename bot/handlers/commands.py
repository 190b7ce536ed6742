"""The list of commands, which /help, Telegram's command menu and the README share; and /help."""

from __future__ import annotations

from typing import Final

from telegram import BotCommand, Update

from bot.context import Context
from bot.handlers.prologue import person
from messages import t

# Every command, in menu order; /help, set_my_commands and the README are built from this.
COMMANDS: Final[tuple[str, ...]] = (
    "start",
    "today",
    "checkin",
    "progress",
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


async def help_command(update: Update, context: Context) -> None:
    """/help: every command in the participant's language."""
    assert update.effective_message
    await update.effective_message.reply_text(help_text(person(update, context).language))
