"""`python -m bot` (what `make run` does): read the settings and run the bot, by long polling
or, with WEBHOOK_URL set, as a webhook (bot/serve.py). `python -m bot backup [DIR]` and
`python -m bot restore FILE` back the database up and put a backup back (bot/backup.py).

Whatever fails at start-up ends in one line on stderr that says what to do, and a non-zero
exit; the token is never printed.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sys

from pydantic import ValidationError
from pydantic_settings import SettingsError
from telegram import Bot
from telegram.error import InvalidToken, TelegramError

from bot import backup
from bot.app import App, build_application
from bot.config import Settings, settings_error, unreadable_settings
from bot.context import Context
from bot.logs import configure_logging
from bot.serve import StartFailed, serve
from bot.storage import StorageError
from bot.storage.backup import DatabaseInUse, exclusive

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
    except SettingsError as exc:
        print(unreadable_settings(exc), file=sys.stderr)
        return 2
    if sys.argv[1:]:  # python -m bot backup [DIR] | restore FILE: no token needed
        configure_logging(settings.log_level, secrets=[])
        return backup.command(sys.argv[1:], settings)
    token = settings.telegram_bot_token.get_secret_value().strip()
    if not token:
        print(NO_TOKEN, file=sys.stderr)
        return 1
    if (misshapen := _token_shape(token)) is not None:  # before any request carries it
        print(misshapen, file=sys.stderr)
        return 1
    configure_logging(settings.log_level, secrets=[token])
    failure = asyncio.run(_reach_telegram(settings))
    if failure is not None:
        print(failure, file=sys.stderr)
        return 1
    # One bot per database, and none while a restore runs (bot/storage/backup.py).
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(exclusive(settings.database_path))
            application = build_application(settings)
        except DatabaseInUse as exc:
            print(f"{exc} (DATABASE_PATH).", file=sys.stderr)
            return 1
        except (StorageError, OSError) as exc:
            print(
                f"Cannot open the database at {settings.database_path} (DATABASE_PATH): "
                f"{type(exc).__name__}.",
                file=sys.stderr,
            )
            return 1
        _say_who_once_running(application)
        try:
            # Long polling, or the webhook when WEBHOOK_URL is set; SIGTERM stops it gracefully.
            asyncio.run(serve(application))
        except StartFailed as exc:
            print(exc, file=sys.stderr)
            return 1
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


# What @BotFather hands out: the bot's id, a colon, and a secret of letters, digits, - and _.
TOKEN_SHAPE = re.compile(r"\d+:[A-Za-z0-9_-]+")


def _token_shape(token: str) -> str | None:
    """Why `token` cannot be a bot token, in one line that never shows it; None if it can."""
    if TOKEN_SHAPE.fullmatch(token):
        return None
    hint = ""
    if token.lower().startswith("bot") and TOKEN_SHAPE.fullmatch(token[3:]):
        hint = " Leave out the 'bot' in front: that belongs to the URL, not the token."
    elif token[:1] in "\"'" and TOKEN_SHAPE.fullmatch(token.strip("\"'")):
        hint = " Leave out the quotes around it."
    return (
        "TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters, "
        "digits, - and _, with no spaces): copy it again from @BotFather (/mybots, API Token)."
        + hint
    )


def _say_who_once_running(application: App) -> None:
    """Once the bot runs, print which bot it is, so that an operator knows where to find it:
    its @username and t.me link (from Telegram's getMe at start-up). A job due at once runs
    when the JobQueue starts, which is the last thing a start does."""
    post_init = application.post_init

    async def say_who(context: Context) -> None:
        name = context.bot.username
        print(f"Darm-Huid Coach runs as @{name}: https://t.me/{name} (Ctrl-C stops it)", flush=True)

    async def then_say_who(app: App) -> None:
        if post_init is not None:
            await post_init(app)
        assert app.job_queue is not None
        app.job_queue.run_once(say_who, 0, name="say-who", job_kwargs={"misfire_grace_time": None})

    application.post_init = then_say_who


if __name__ == "__main__":
    sys.exit(main())
