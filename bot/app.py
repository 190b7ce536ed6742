"""The bot's table of contents: build the Application and register every handler in one place.

Layers, each importing only from those above it in this list (tests/test_layers.py checks):
    messages/        the words, nl and en
    bot/programme/   the programme's rules: pure functions of plain values
    bot/storage/     the only SQL
    jobs/            by the clock: planning, the dispatcher, the pacer, the sender
    bot/handlers/    one module per feature a person meets; bot/keyboards.py draws their buttons
    bot/app.py       this file: wires it all together
"""

from __future__ import annotations

import os
from collections.abc import Callable, Coroutine
from typing import Any, Final

from telegram import Update
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

from bot import metrics
from bot.callbacks import (
    AgreePress,
    CheckinPress,
    DeletePress,
    FirstPress,
    FixPress,
    ItchDayPress,
    ItchPress,
    MenuPress,
    OfferPress,
    OnboardPress,
    PausePress,
    PickerPress,
    QuietPress,
    ReminderPress,
    ReplacePress,
    ResumePress,
    RhythmPress,
    SettingPress,
    SummaryPress,
    SwitchPress,
    TickPress,
    TogglePress,
    TreatmentDailyPress,
    TreatmentEndPress,
    TreatmentForPress,
    TreatmentPress,
    TreatmentSincePress,
    TreatmentStoppedPress,
    TreatmentUsePress,
    WaterPress,
)
from bot.config import Settings
from bot.context import BotData, Coach, Context, context_types
from bot.handlers import (
    checkin,
    checkin_fix,
    commands,
    errors,
    flood,
    groups,
    itch,
    onboarding,
    patterns,
    pause,
    privacy,
    progress,
    prologue,
    reminders,
    settings,
    stats,
    summary,
    text,
    treatment,
)
from bot.handlers.prologue import Parser
from bot.logs import quiet_library_logs
from bot.outgoing import Composer
from bot.storage import Store
from bot.updates import FloodWindow, PerPersonUpdates
from jobs.clock import Clock, SystemClock
from jobs.dispatcher import TICK_SECONDS, Dispatcher
from jobs.housekeeping import ask_new_consent, repair_zones
from jobs.pacer import Pacer
from jobs.sender import Sender
from messages import LANGUAGES

# RetryAfter.retry_after as a timedelta, without PTB's deprecation warning (PTB 22.2+).
os.environ.setdefault("PTB_TIMEDELTA", "1")

App = Application[ExtBot[Any], Context, dict[Any, Any], dict[Any, Any], BotData, Any]
# Every handler: an update and its context, answered asynchronously.
Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]
PRIVATE = filters.ChatType.PRIVATE
DISPATCHER_JOB = "dispatcher"
# A repeating job's APScheduler settings: a late run still runs, once (never silently
# skipped, never piled up), and never two at a time.
EVERY_RUN_ONCE: Final = {"misfire_grace_time": None, "coalesce": True, "max_instances": 1}
FIRST_TICK_JOB = "dispatcher-start"


def build_application(
    config: Settings,
    *,
    store: Store | None = None,
    clock: Clock | None = None,
    run_dispatcher: bool = True,
    pacer: Pacer | None = None,
    read_timeout: float | None = None,
    flood_window: FloodWindow | None = None,
    on_processed: Callable[[object], None] | None = None,
) -> App:
    """The real Application; tests pass a FakeClock and drive the dispatcher themselves, and
    `on_processed` to hear when an update is done with."""
    quiet_library_logs()
    store = store or Store.open(config.database_path)
    clock = clock or SystemClock()
    updates = PerPersonUpdates(
        lambda update: flood.slow_down(update, application.bot_data.coach, application.bot),
        store.log_id,
        flood=flood_window,
        on_done=on_processed,
    )
    pacer = pacer or Pacer()
    pacer.on_sent = privacy.remember_sent(store, clock)
    builder = ApplicationBuilder().concurrent_updates(updates)
    if config.webhook:  # updates come to our own web server (bot/web.py), not by polling
        builder = builder.updater(None)
    if read_timeout is not None:  # how long to wait for Telegram's answer to a request
        builder = builder.read_timeout(read_timeout)
    application: App = (
        builder.context_types(context_types())
        .token(config.telegram_bot_token.get_secret_value())
        .base_url(config.telegram_api_base_url)
        .base_file_url(config.file_base_url)
        .rate_limiter(pacer)
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        .build()
    )
    sender = Sender(application.bot, store, clock)
    dispatcher = Dispatcher(store, sender, clock, Composer(store))
    application.bot_data.coach = Coach(config, store, clock, dispatcher)
    application.bot_data.run_dispatcher = run_dispatcher
    metrics.install(application, updates, pacer, sender)

    def command(name: str, callback: Handler) -> None:
        application.add_handler(CommandHandler(name, callback, filters=PRIVATE))

    def button(press: Parser[object], callback: Handler) -> None:
        # Routed by the press class's own parser (bot/callbacks.py): routing is the parse.
        def parses(data: object) -> bool:
            return isinstance(data, str) and press.parse(data) is not None

        application.add_handler(CallbackQueryHandler(callback, pattern=parses))

    # Any tap or message: heard from, so the usual rhythm again (bot/programme/backoff.py).
    application.add_handler(TypeHandler(Update, prologue.heard_from), group=-4)
    # A command closes the open question, so later typed text is not taken as its answer.
    application.add_handler(TypeHandler(Update, prologue.close_on_command), group=-3)
    # Someone who agreed to an older consent text is asked to agree to the new one first;
    # until then nothing else they send is handled (nothing new is stored).
    application.add_handler(TypeHandler(Update, privacy.consent_gate), group=-2)
    # Group chats are refused before anything else sees the update.
    application.add_handler(TypeHandler(Update, groups.refuse_group), group=-1)
    application.add_handler(
        ChatMemberHandler(groups.on_private_membership, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    # Commands, each listed in commands.COMMANDS (the /help text and the menu come from there).
    command("start", onboarding.start)
    command("today", reminders.today)
    command("itch", itch.itch_command)
    command("jeuk", itch.itch_command)  # the Dutch name, said in /help
    command("treatment", treatment.treatment_command)
    command("behandeling", treatment.treatment_command)  # the Dutch name, said in /help
    command("checkin", checkin.checkin_command)
    command("progress", progress.progress)
    command("trigger", patterns.trigger_command)
    command("patterns", patterns.patterns_command)
    command("summary", summary.summary_command)
    command("settings", settings.settings)
    command("pause", pause.pause_command)
    command("resume", pause.resume_command)
    command("language", settings.language)
    command("stop", pause.stop_command)
    command("export", privacy.export_command)
    command("delete", privacy.delete_command)
    command("help", commands.help_command)
    # Operators only (ADMIN_CHAT_IDS), so not in the menu or /help: counts, never answers.
    command("stats", stats.stats)
    # Buttons, each kind by its press class (bot/callbacks.py has the formats).
    button(OnboardPress, onboarding.on_choice)
    button(MenuPress, settings.on_menu_button)
    button(SettingPress, settings.on_setting_button)
    button(QuietPress, settings.on_quiet_button)
    button(SwitchPress, settings.on_switch_button)
    button(TogglePress, settings.on_toggle_button)
    button(OfferPress, settings.on_offer_button)
    button(FirstPress, checkin.on_first_checkin)
    button(CheckinPress, checkin.on_checkin_button)
    button(ResumePress, checkin.on_resume_button)
    button(ReplacePress, checkin.on_replace_button)
    button(ReminderPress, reminders.on_reminder_button)
    button(WaterPress, reminders.on_water_button)
    button(ItchPress, reminders.on_itch_button)
    button(TickPress, patterns.on_tick_button)
    button(PickerPress, patterns.on_picker_button)
    button(SummaryPress, summary.on_summary_button)
    button(PausePress, pause.on_pause_button)
    button(RhythmPress, pause.on_rhythm_button)
    button(ItchDayPress, itch.on_itch_day_button)
    button(FixPress, checkin_fix.on_fix_button)
    button(AgreePress, privacy.on_agree_button)
    button(DeletePress, privacy.on_delete_button)
    button(TreatmentPress, treatment.on_treatment_button)
    button(TreatmentForPress, treatment.on_purpose_button)
    button(TreatmentSincePress, treatment.on_since_button)
    button(TreatmentEndPress, treatment.on_end_button)
    button(TreatmentStoppedPress, treatment.on_stopped_button)
    button(TreatmentDailyPress, treatment.on_daily_button)
    button(TreatmentUsePress, treatment.on_use_button)
    # Anything else: an old version of the bot, or tampering.
    application.add_handler(CallbackQueryHandler(prologue.on_unknown_button))
    # Typed text answers the open question; anything else gets a pointer to /help.
    application.add_handler(MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, text.on_text))
    application.add_handler(MessageHandler(PRIVATE, text.on_other))
    application.add_error_handler(errors.on_error)
    return application


async def _post_init(application: App) -> None:
    """Menus per language, the crash rule for half-sent rows, and the one dispatcher job."""
    c = application.bot_data.coach
    c.store.reminders.abandon_claims()
    repair_zones(c.store, c.settings.default_timezone, c.clock.now())
    ask_new_consent(c.store, c.clock.now())
    for language in LANGUAGES:
        await application.bot.set_my_commands(
            commands.bot_commands(language), language_code=language
        )
    await application.bot.set_my_commands(commands.bot_commands(c.settings.default_language))
    if application.bot_data.run_dispatcher and application.job_queue is not None:
        # At once: what fell due while the bot was down is due now, not a tick later. (A
        # repeating job scheduled here, before the JobQueue runs, starts one interval late.)
        application.job_queue.run_once(
            _dispatch, when=0, name=FIRST_TICK_JOB, job_kwargs={"misfire_grace_time": None}
        )
        application.job_queue.run_repeating(
            _dispatch,
            interval=TICK_SECONDS,
            first=TICK_SECONDS,
            name=DISPATCHER_JOB,
            job_kwargs=EVERY_RUN_ONCE,
        )


async def _dispatch(context: Context) -> None:
    await context.coach.dispatcher.tick()


async def _post_stop(application: App) -> None:
    await application.bot_data.coach.dispatcher.shutdown()


async def _post_shutdown(application: App) -> None:
    application.bot_data.coach.store.close()
