"""One error handler: the person gets a kind reply in their language, the log one safe line."""

from __future__ import annotations

import logging
import traceback

from telegram import Update
from telegram.error import TelegramError

from bot.context import Context
from messages import language_or_default, t

log = logging.getLogger(__name__)


def where(error: BaseException) -> str:
    """File and line where the error was raised; no message text, which could hold user input."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno}"


async def on_error(update: object, context: Context) -> None:
    error = context.error
    if error is None:
        return
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("handler failed: %s at %s (update %s)", type(error).__name__, where(error), update_id)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.effective_chat.type != "private":
        return
    user = update.effective_user
    language = language_or_default(
        user.language_code if user else None, context.coach.settings.default_language
    )
    try:
        participant = context.coach.store.participants.get(user.id) if user else None
        if participant is not None:
            language = participant.language
    except Exception:  # the store itself may be what failed
        pass
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(t(language, "error.generic"))
        else:
            await context.bot.send_message(update.effective_chat.id, t(language, "error.generic"))
    except TelegramError:
        log.warning("could not tell the participant about the error")
