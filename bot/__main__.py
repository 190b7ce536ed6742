"""`python -m bot` (what `make run` does): read the settings and poll Telegram."""

from __future__ import annotations

import logging
import sys

from pydantic import ValidationError
from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.logs import configure_logging

NO_TOKEN = (
    "No bot token: ask @BotFather in Telegram for one (/newbot) and put it in .env as "
    "TELEGRAM_BOT_TOKEN=... (see .env.example)."
)


def main() -> int:
    try:
        settings = Settings()
    except ValidationError as exc:
        fields = ", ".join(str(error["loc"][0]) for error in exc.errors() if error["loc"])
        print(f"Invalid configuration in .env or the environment: {fields}", file=sys.stderr)
        return 2
    token = settings.telegram_bot_token.get_secret_value().strip()
    if not token:
        print(NO_TOKEN, file=sys.stderr)
        return 1
    configure_logging(settings.log_level, secrets=[token])
    application = build_application(settings)
    logging.getLogger(__name__).info("starting long polling")
    application.run_polling(
        allowed_updates=[Update.MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
