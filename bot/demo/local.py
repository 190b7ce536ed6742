"""The real Application against the embedded Bot API server on 127.0.0.1: how `make demo` and
the test suite start and stop the bot. The same builder, handlers, dispatcher, pacer and
storage as `make run`; only the server, the clock and the pace are theirs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import SecretStr
from telegram import Update

from bot.app import App, build_application
from bot.botapi import TOKEN, FakeBotApi
from bot.config import Settings
from bot.context import Context
from bot.storage import Store
from bot.updates import FloodWindow
from jobs.clock import Clock
from jobs.pacer import Pacer


def local_settings(server: FakeBotApi, database_path: Path) -> Settings:
    """Settings for a bot that talks to `server`, whatever `.env` or the environment say."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=SecretStr(TOKEN),
        database_path=database_path,
        telegram_api_base_url=server.base_url,
    )


async def start_local(
    settings: Settings,
    clock: Clock,
    *,
    processed: Callable[[int], None],
    pace: float = 1000.0,
    per_chat_interval: float = 0.0,
    flood_window: FloodWindow | None = None,
    read_timeout: float | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> App:
    """Start the Application polling, with the dispatcher left to the caller's clock.

    `processed(update_id)` is called once every handler has finished with an update. The
    pacer's default is far faster than Telegram's 30/s and 1 s per chat: nobody here is
    Telegram, and a person at a terminal (or a test) should not wait for its spacing.
    """
    app = build_application(
        settings,
        store=Store.open(settings.database_path),
        clock=clock,
        run_dispatcher=False,
        pacer=Pacer(rate=pace, per_chat_interval=per_chat_interval, window=None),
        read_timeout=read_timeout,
        # Typed or scripted far faster than a person types: no flood limit unless asked.
        flood_window=flood_window or FloodWindow(limit=1_000_000),
        on_processed=lambda update: (
            processed(update.update_id) if isinstance(update, Update) else None
        ),
    )

    if on_error is not None:
        report = on_error

        async def record(update: object, context: Context) -> None:
            assert context.error is not None
            report(context.error)

        app.add_error_handler(record)
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    return app


async def stop_application(app: App) -> None:
    """Stop an Application the way `run_polling` does at the end: updater, then application,
    with the post-stop and post-shutdown hooks in between."""
    assert app.updater is not None
    await app.updater.stop()
    await app.stop()
    assert app.post_stop is not None and app.post_shutdown is not None
    await app.post_stop(app)
    await app.shutdown()
    await app.post_shutdown(app)
