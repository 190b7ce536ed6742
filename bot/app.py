"""The bot's table of contents: build the Application and register every handler in one place."""

from __future__ import annotations

import functools
import os
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ExtBot,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import buttons, checkin_flow, commands, conversation, groups, privacy
from bot.coach import KEY, Coach, Context, coach
from bot.config import Settings
from bot.errors import on_error
from bot.logs import quiet_http_logs
from bot.pacer import Pacer
from bot.sender import Sender
from bot.storage import Store
from jobs.clock import Clock, SystemClock
from jobs.dispatcher import TICK_SECONDS, Dispatcher
from messages import LANGUAGES, t

# RetryAfter.retry_after as a timedelta, without PTB's deprecation warning (PTB 22.2+).
os.environ.setdefault("PTB_TIMEDELTA", "1")

App = Application[ExtBot[Any], Context, dict[Any, Any], dict[Any, Any], dict[Any, Any], Any]
PRIVATE = filters.ChatType.PRIVATE
DISPATCHER_JOB = "dispatcher"


def build_application(
    settings: Settings,
    *,
    store: Store | None = None,
    clock: Clock | None = None,
    run_dispatcher: bool = True,
    pacer: Pacer | None = None,
) -> App:
    """The real Application; tests pass a FakeClock and drive the dispatcher themselves."""
    quiet_http_logs()
    store = store or Store.open(settings.database_path)
    clock = clock or SystemClock()
    application: App = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.file_base_url)
        .rate_limiter(pacer or Pacer())
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        .build()
    )
    sender = Sender(application.bot, store)
    dispatcher = Dispatcher(
        store, sender, clock, events=functools.partial(checkin_flow.deliver_event, sender, store)
    )
    application.bot_data[KEY] = Coach(settings, store, clock, dispatcher)
    application.bot_data["run_dispatcher"] = run_dispatcher

    # Group chats are refused before anything else sees the update.
    application.add_handler(TypeHandler(Update, groups.refuse_group), group=-1)
    application.add_handler(
        ChatMemberHandler(groups.on_private_membership, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    # Commands, each listed in commands.COMMANDS (the /help text and the menu come from there).
    application.add_handler(CommandHandler("start", commands.start, filters=PRIVATE))
    application.add_handler(CommandHandler("today", commands.today, filters=PRIVATE))
    application.add_handler(
        CommandHandler("checkin", checkin_flow.checkin_command, filters=PRIVATE)
    )
    application.add_handler(CommandHandler("progress", commands.progress, filters=PRIVATE))
    application.add_handler(CommandHandler("settings", commands.settings, filters=PRIVATE))
    application.add_handler(CommandHandler("pause", commands.pause_command, filters=PRIVATE))
    application.add_handler(CommandHandler("resume", commands.resume_command, filters=PRIVATE))
    application.add_handler(CommandHandler("language", commands.language, filters=PRIVATE))
    application.add_handler(CommandHandler("stop", commands.stop_command, filters=PRIVATE))
    application.add_handler(CommandHandler("export", privacy.export_command, filters=PRIVATE))
    application.add_handler(CommandHandler("delete", privacy.delete_command, filters=PRIVATE))
    application.add_handler(CommandHandler("help", commands.help_command, filters=PRIVATE))
    # Operators only (ADMIN_CHAT_IDS), so not in the menu or /help: counts, never answers.
    application.add_handler(CommandHandler("stats", commands.stats, filters=PRIVATE))
    # Buttons, by the prefix of their callback data (see bot.keyboards and bot.preferences).
    application.add_handler(CallbackQueryHandler(conversation.on_set_button, pattern=r"^set:"))
    application.add_handler(CallbackQueryHandler(buttons.on_reminder_button, pattern=r"^o:"))
    application.add_handler(CallbackQueryHandler(buttons.on_water_button, pattern=r"^w:"))
    application.add_handler(CallbackQueryHandler(buttons.on_itch_button, pattern=r"^i:"))
    application.add_handler(CallbackQueryHandler(checkin_flow.on_checkin_button, pattern=r"^c:"))
    application.add_handler(
        CallbackQueryHandler(buttons.on_menu_button, pattern=r"^(menu|toggle):")
    )
    application.add_handler(CallbackQueryHandler(buttons.on_pause_button, pattern=r"^pause:"))
    application.add_handler(CallbackQueryHandler(privacy.on_delete_button, pattern=r"^del:"))
    application.add_handler(CallbackQueryHandler(buttons.on_unknown_button))
    # Typed text answers the open question; anything else gets a pointer to /help.
    application.add_handler(
        MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, conversation.on_text)
    )
    application.add_handler(MessageHandler(PRIVATE, conversation.on_other))
    application.add_error_handler(on_error)
    return application


def bot_commands(language: str) -> list[BotCommand]:
    return [BotCommand(name, t(language, f"cmd.{name}")) for name in commands.COMMANDS]


async def _post_init(application: App) -> None:
    """Menus per language, the crash rule for half-sent rows, and the one dispatcher job."""
    c = coach_of(application)
    c.store.abandon_claims()
    for language in LANGUAGES:
        await application.bot.set_my_commands(bot_commands(language), language_code=language)
    await application.bot.set_my_commands(bot_commands(c.settings.default_language))
    if application.bot_data.get("run_dispatcher") and application.job_queue is not None:
        application.job_queue.run_repeating(
            _dispatch,
            interval=TICK_SECONDS,
            first=0,
            name=DISPATCHER_JOB,
            # A late tick still runs once (never silently skipped), and never two at a time.
            job_kwargs={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
        )


async def _dispatch(context: Context) -> None:
    await coach(context).dispatcher.tick()


async def _post_stop(application: App) -> None:
    await coach_of(application).dispatcher.shutdown()


async def _post_shutdown(application: App) -> None:
    coach_of(application).store.close()


def coach_of(application: App) -> Coach:
    found = application.bot_data[KEY]
    assert isinstance(found, Coach)
    return found
