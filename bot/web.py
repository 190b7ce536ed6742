"""The bot's own web server (aiohttp): the webhook, `GET /healthz` and `GET /metrics`.

The webhook is ours, not python-telegram-bot's `run_webhook` (whose tornado server answers
200 before the update is handled, refuses `application/json; charset=utf-8` and compares the
secret with `!=`). Here each update is committed to the inbox (bot/storage/inbox.py) *before*
Telegram hears 200, then handed to the Application; a crash in between loses nothing, because
the next start hands the inbox on again. Whatever is not from Telegram (no secret, a wrong
one, something else than JSON, too big) is refused before a byte of it is stored.

It listens where a reverse proxy (Caddy, docs/deploy.md) can reach it: 127.0.0.1:8080 by
default. Nothing it logs holds an update's content or a person's id.
"""

from __future__ import annotations

import datetime as dtm
import hmac
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from aiohttp import web
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from telegram import Update

from bot import metrics
from bot.app import App
from bot.context import Coach
from bot.storage import StorageError
from bot.storage.backup import latest

log = logging.getLogger(__name__)

SECRET_HEADER: Final = "X-Telegram-Bot-Api-Secret-Token"
# An update is a few kilobytes (a message of 4,096 characters with its entities, a tap with
# the message it was on); far more is not Telegram.
MAX_BODY: Final = 1 << 20
# /healthz: the dispatcher ticks every 15 s; one that has not ticked for this long is stuck.
TICK_STALE: Final = dtm.timedelta(minutes=2)
PROMETHEUS_TYPE: Final = "text/plain; version=0.0.4; charset=utf-8"


class WebServer:
    """Routes: POST <webhook path> (in webhook mode), GET /healthz, GET /metrics."""

    def __init__(
        self,
        application: App,
        coach: Coach,
        *,
        host: str,
        port: int,
        webhook_path: str | None,
        secret: str,
        backup_dir: Path | None,
    ) -> None:
        self.application = application
        self.coach = coach
        self.host, self.port = host, port
        self.webhook_path = webhook_path
        self._secret = secret.encode()
        self._runner: web.AppRunner | None = None
        self._registry = CollectorRegistry()
        self._registry.register(_Readings(coach, backup_dir))
        self._last_forget: dtm.datetime | None = None

    async def start(self) -> None:
        app = web.Application(client_max_size=MAX_BODY)
        if self.webhook_path is not None:
            app.router.add_post(self.webhook_path, self._webhook)
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        # access_log=None: a request line is nobody's business but the proxy's.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=5.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        address = self._runner.addresses[0]
        self.port = int(address[1])

    async def stop(self) -> None:
        """Stop listening (a request already in hand is answered first)."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    # -- the webhook -------------------------------------------------------------------------

    def authentic(self, request: web.Request) -> bool:
        given = request.headers.get(SECRET_HEADER, "").encode()
        return hmac.compare_digest(given, self._secret)

    async def _webhook(self, request: web.Request) -> web.Response:
        status = await self._receive(request)
        metrics.WEBHOOK_REQUESTS.labels(str(status)).inc()
        return web.Response(status=status)

    async def _receive(self, request: web.Request) -> int:
        if not self.authentic(request):
            return 403
        if request.content_type != "application/json":  # charset or none: both are JSON
            return 415
        if request.content_length is not None and request.content_length > MAX_BODY:
            return 413
        try:
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return 413
        try:
            data = json.loads(raw)
        except ValueError:
            return 400
        update_id = data.get("update_id") if isinstance(data, dict) else None
        if not isinstance(update_id, int) or isinstance(update_id, bool):
            return 400
        try:
            update = Update.de_json(data, self.application.bot)
        except Exception as exc:  # from Telegram, yet unreadable: a resend would not help
            log.error("webhook update %s unreadable (%s); skipped", update_id, type(exc).__name__)
            return 200
        now = self.coach.clock.now()
        try:
            new = self.coach.store.inbox.add(update_id, raw.decode("utf-8"), now)
            self._forget_old(now)
        except StorageError as exc:  # not stored, so not 200: Telegram sends it again later
            log.error("webhook update %s not stored (%s)", update_id, type(exc).__name__)
            return 503
        if new:
            self.application.update_queue.put_nowait(update)
        return 200

    def _forget_old(self, now: dtm.datetime) -> None:
        """Once an hour, the ids of updates handled over a day ago go (see inbox.FORGET_AFTER)."""
        if self._last_forget is None or now - self._last_forget >= dtm.timedelta(hours=1):
            self._last_forget = now
            self.coach.store.inbox.forget(now)

    # -- health and metrics --------------------------------------------------------------------

    def health(self) -> list[str]:
        """What is wrong, in a few words each; empty when all is well."""
        reasons = []
        try:
            self.coach.store.ping()
        except StorageError as exc:
            reasons.append(f"database: {type(exc).__name__}")
        last = self.coach.dispatcher.last_tick
        if last is None:
            reasons.append("dispatcher: no tick yet")
        else:
            age = self.coach.clock.now() - last
            if age > TICK_STALE:
                reasons.append(f"dispatcher: last tick {int(age.total_seconds())} s ago")
        return reasons

    async def _healthz(self, request: web.Request) -> web.Response:
        reasons = self.health()
        body = {"status": "ok" if not reasons else "unhealthy", "reasons": reasons}
        return web.json_response(body, status=200 if not reasons else 503)

    async def _metrics(self, request: web.Request) -> web.Response:
        body = generate_latest(REGISTRY) + generate_latest(self._registry)
        return web.Response(body=body, headers={"Content-Type": PROMETHEUS_TYPE})


class _Readings(Collector):
    """Read at the moment of a scrape: the dispatcher's last tick, the inbox, the last backup."""

    def __init__(self, coach: Coach, backup_dir: Path | None) -> None:
        self.coach = coach
        self.backup_dir = backup_dir

    def collect(self) -> Iterator[Metric]:
        now = self.coach.clock.now()
        last = self.coach.dispatcher.last_tick
        yield GaugeMetricFamily(
            "coach_dispatcher_last_tick_age_seconds",
            "Seconds since the dispatcher last ticked (it ticks every 15 s)",
            value=(now - last).total_seconds() if last is not None else float("inf"),
        )
        try:
            pending = float(self.coach.store.inbox.count_pending())
        except StorageError:
            pending = float("nan")
        yield GaugeMetricFamily(
            "coach_inbox_pending", "Webhook updates stored and not yet handled", value=pending
        )
        if self.backup_dir is not None:
            newest = latest(self.backup_dir)
            age = (now - newest.taken).total_seconds() if newest is not None else float("inf")
            yield GaugeMetricFamily(
                "coach_last_backup_age_seconds",
                "Seconds since the newest backup in BACKUP_DIR was taken (+Inf: none yet)",
                value=age,
            )
