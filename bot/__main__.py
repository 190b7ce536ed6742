"""`python -m bot` (what `make run` does): read the settings and poll Telegram.

Whatever fails at start-up ends in one line on stderr that says what to do, and a non-zero
exit; the token is never printed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys

from pydantic import ValidationError
from telegram import Bot, Update
from telegram.error import InvalidToken, TelegramError

from bot.app import build_application
from bot.config import Settings, settings_error
from bot.logs import configure_logging
from bot.storage import StorageError

NO_TOKEN = (
    "No bot token: ask @BotFather in Telegram for one (/newbot) and put it in .env as "
    "TELEGRAM_BOT_TOKEN=... (see .env.example)."
)
REJECTED = (
    "Telegram rejected the bot token in TELEGRAM_BOT_TOKEN: copy it again from @BotFather "
    "(/mybots, API Token)."
)


def main() -> int:
    try:
        settings = Settings()
    except ValidationError as exc:
        print(settings_error(exc), file=sys.stderr)
        return 2
    token = settings.telegram_bot_token.get_secret_value().strip()
    if not token:
        print(NO_TOKEN, file=sys.stderr)
        return 1
    configure_logging(settings.log_level, secrets=[token])
    failure = asyncio.run(_reach_telegram(settings))
    if failure is not None:
        print(failure, file=sys.stderr)
        return 1
    try:
        application = build_application(settings)
    except (StorageError, OSError) as exc:
        print(
            f"Cannot open the database at {settings.database_path} (DATABASE_PATH): "
            f"{type(exc).__name__}.",
            file=sys.stderr,
        )
        return 1
    logging.getLogger(__name__).info("starting long polling")
    try:
        application.run_polling(
            allowed_updates=[Update.MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]
        )
    except TelegramError as exc:  # the server went away between the check and the start
        print(_unreachable(settings, exc), file=sys.stderr)
        return 1
    return 0


async def _reach_telegram(settings: Settings) -> str | None:
    """Ask the Bot API server who we are, before anything else starts: a rejected token or a
    server out of reach is then one line, not python-telegram-bot's retries and tracebacks."""
    bot = Bot(
        settings.telegram_bot_token.get_secret_value(), base_url=settings.telegram_api_base_url
    )
    try:
        await bot.get_me()
    except InvalidToken:
        return REJECTED
    except TelegramError as exc:
        return _unreachable(settings, exc)
    finally:
        with contextlib.suppress(Exception):
            await bot.shutdown()
    return None


def _unreachable(settings: Settings, error: TelegramError) -> str:
    cause = type(error.__cause__ or error).__name__
    return (
        f"Cannot reach the Bot API server at {settings.telegram_api_base_url} "
        f"(TELEGRAM_API_BASE_URL): {cause}. Is the address right, and the network up?"
    )


if __name__ == "__main__":
    sys.exit(main())
