"""Running the bot until it is told to stop (`python -m bot`): long polling or the webhook, the
web server for /healthz and /metrics, the nightly backup, and a graceful stop.

python-telegram-bot's `run_polling` and `run_webhook` are not used: the webhook is ours
(bot/web.py), and a stop must finish what is in hand in an order PTB does not know about.

SIGTERM (systemd, Docker) or SIGINT (Ctrl-C) stops it within STOP_WITHIN_S:
  1. no more updates: the web server stops listening (Telegram keeps what it could not
     deliver and sends it later), or polling stops;
  2. every update in hand is handled to the end, and the JobQueue stops (no more ticks);
  3. reminders: those still waiting for their turn are not sent (their rows stay planned and
     go out after the restart), those on the wire are waited for and recorded;
  4. the write-ahead log is copied into the database file, and the process exits 0.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import signal
from typing import Final

from telegram import Update
from telegram.error import TelegramError

from bot.app import EVERY_RUN_ONCE, App
from bot.backup import CHECK_EVERY_S, NightlyBackup
from bot.config import Settings
from bot.context import Context
from bot.storage import StorageError
from bot.updates import PerPersonUpdates
from bot.web import WebServer
from jobs.compaction import Compaction
from jobs.pacer import Pacer
from jobs.sender import durably

log = logging.getLogger(__name__)

ALLOWED_UPDATES: Final = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]
# The whole graceful stop; systemd waits 15 s (TimeoutStopSec) and Docker 10 s before SIGKILL.
STOP_WITHIN_S: Final = 8.0
# An update handed on again at this many starts without being handled is given up.
MAX_REPLAYS: Final = 3
BACKUP_JOB: Final = "nightly-backup"
COMPACTION_JOB: Final = "nightly-compaction"


class StartFailed(Exception):
    """The bot could not start; the message is one line for the operator."""


class Service:
    """The running bot: `start`, then `stop` (graceful) once, in the same event loop."""

    def __init__(self, application: App, *, port: int | None = None) -> None:
        self.application = application
        self.coach = application.bot_data.coach
        self.settings: Settings = self.coach.settings
        listen = self.settings.listen_on
        self.web: WebServer | None = None
        if listen is not None:
            self.web = WebServer(
                application,
                self.coach,
                host=listen[0],
                port=listen[1] if port is None else port,
                webhook_path=self.settings.webhook_route if self.settings.webhook else None,
                secret=self.settings.webhook_secret.get_secret_value().strip(),
                backup_dir=self.settings.backup_dir,
            )
        self.nightly: NightlyBackup | None = None
        if self.settings.backup_dir is not None:
            self.nightly = NightlyBackup(
                self.settings.database_path,
                self.settings.backup_dir,
                self.coach.clock,
                self.settings.default_timezone,
            )
        self.compaction = Compaction(
            self.coach.store,
            self.coach.clock,
            self.settings.history_days,
            self.settings.default_timezone,
        )
        self._settling: set[asyncio.Task[None]] = set()
        self._initialized = False

    async def start(self) -> None:
        app, settings = self.application, self.settings
        await app.initialize()
        self._initialized = True
        assert app.post_init is not None
        await app.post_init(app)
        if settings.webhook:
            updates = app.update_processor
            assert isinstance(updates, PerPersonUpdates)
            updates.listeners.append(self._settled)
            self._replay()
        if self.web is not None:
            try:
                await self.web.start()
            except OSError as exc:
                raise StartFailed(
                    f"Cannot listen on {self.web.host}:{self.web.port} (LISTEN_HOST, LISTEN_PORT): "
                    f"{exc.strerror or type(exc).__name__}."
                ) from None
        if settings.webhook:
            assert settings.webhook_url is not None
            try:
                await app.bot.set_webhook(
                    settings.webhook_url,
                    secret_token=settings.webhook_secret.get_secret_value().strip(),
                    allowed_updates=ALLOWED_UPDATES,
                    max_connections=settings.webhook_max_connections,
                    drop_pending_updates=False,  # never: they are people's messages
                )
            except TelegramError as exc:
                raise StartFailed(
                    f"Telegram refused the webhook at {settings.webhook_url} (WEBHOOK_URL): "
                    f"{exc.message}"
                ) from None
            assert self.web is not None
            log.info(
                "starting the webhook: Telegram calls %s, heard on %s:%d%s",
                settings.webhook_url,
                self.web.host,
                self.web.port,
                settings.webhook_route,
            )
        else:
            assert app.updater is not None
            await app.updater.start_polling(
                allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False
            )
            log.info("starting long polling")
        if self.nightly is not None and app.job_queue is not None:
            app.job_queue.run_repeating(
                self._backup,
                interval=CHECK_EVERY_S,
                first=1.0,
                name=BACKUP_JOB,
                job_kwargs=EVERY_RUN_ONCE,
            )
        if app.job_queue is not None:
            app.job_queue.run_repeating(
                self._compact,
                interval=CHECK_EVERY_S,
                first=5.0,
                name=COMPACTION_JOB,
                job_kwargs=EVERY_RUN_ONCE,
            )
        await app.start()
        if self.web is not None:
            log.info("health at http://%s:%d/healthz", self.web.host, self.web.port)

    def _replay(self) -> None:
        """Hand on what the inbox holds from before the last stop, before anything new."""
        store, app = self.coach.store, self.application
        pending, given_up = store.inbox.replay(MAX_REPLAYS, self.coach.clock.now())
        if given_up:
            log.error("gave up %d stored updates after %d tries each", given_up, MAX_REPLAYS)
        for update_id, body in pending:
            try:
                update = Update.de_json(json.loads(body), app.bot)
            except Exception as exc:
                log.error(
                    "stored update %s unreadable (%s); skipped", update_id, type(exc).__name__
                )
                store.inbox.done(update_id, self.coach.clock.now())
                continue
            app.update_queue.put_nowait(update)
        if pending:
            log.info("handing on %d updates stored before the last stop", len(pending))

    def _settled(self, update: object, took: float | None) -> None:
        """An update's handlers are done (or it was dropped): its body leaves the inbox."""
        if not isinstance(update, Update):
            return
        done = functools.partial(
            self.coach.store.inbox.done, update.update_id, self.coach.clock.now()
        )
        try:
            done()
        except StorageError:  # until it sticks: else a restart would handle it again
            task = asyncio.create_task(durably(done, "an update's end"))
            self._settling.add(task)
            task.add_done_callback(self._settling.discard)

    async def _compact(self, context: Context) -> None:
        await self.compaction.run_if_due()

    async def _backup(self, context: Context) -> None:
        if self.nightly is not None:
            await self.nightly.run_if_due()

    async def stop(self) -> None:
        """The graceful stop (the module's docstring); safe after a start that failed."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + STOP_WITHIN_S
        app = self.application
        if self.web is not None and self.settings.webhook:
            await self.web.stop()
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        started = app.running
        if started:
            await app.stop()  # handles every update in hand; stops the JobQueue
        pacer = app.bot.rate_limiter
        if isinstance(pacer, Pacer):
            pacer.close()
        dispatcher = self.coach.dispatcher
        still = await dispatcher.finish(deadline - loop.time())
        if still:
            log.warning("stopping: %d reminder sends still open; recorded as uncertain", still)
        if started and app.post_stop is not None:
            await app.post_stop(app)
        if self.web is not None:
            await self.web.stop()
        if self._settling:
            await asyncio.wait(self._settling, timeout=max(0.1, deadline - loop.time()))
        if self._initialized:
            try:
                if not self.coach.store.checkpoint_all():
                    log.warning("stopping: the database log could not be emptied (a reader)")
            except StorageError as exc:
                log.error("stopping: database checkpoint failed (%s)", type(exc).__name__)
            await app.shutdown()
            if app.post_shutdown is not None:
                await app.post_shutdown(app)
        else:
            self.coach.store.close()


async def serve(application: App, *, stop: asyncio.Event | None = None) -> None:
    """Run until SIGTERM or SIGINT (or `stop` is set), then stop gracefully."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    service = Service(application)
    try:
        await service.start()
        await stop.wait()
        log.info("stopping: finishing what is in hand")
    finally:
        await service.stop()  # a second signal meanwhile changes nothing
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
    log.info("stopped")
