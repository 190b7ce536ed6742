"""Webhook mode in process: the real Application behind our web server (bot/web.py), with the
suite's Bot API server posting updates to it as Telegram does; /healthz and /metrics."""

from __future__ import annotations

import datetime as dtm
import io
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from prometheus_client import REGISTRY
from pydantic import SecretStr
from telegram import Update

from bot.app import App, build_application
from bot.botapi import TOKEN, FakeBotApi, User
from bot.config import Settings
from bot.context import Context
from bot.serve import ALLOWED_UPDATES, Service, StartFailed
from bot.storage import Store
from bot.storage.backup import backups, take
from bot.updates import FloodWindow
from bot.web import MAX_BODY, SECRET_HEADER
from jobs.clock import FakeClock
from jobs.pacer import Pacer
from tests.factories import onboard
from tests.harness import local
from tests.stored import count_rows, delete_every_reminder, drop_table, inbox_rows

SECRET = "test-secret-0123456789-abcdefghijklmnop"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def webhook_settings(server: FakeBotApi, db: Path, port: int, **extra: Any) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=SecretStr(TOKEN),
        database_path=db,
        telegram_api_base_url=server.base_url,
        webhook_url=f"http://127.0.0.1:{port}/telegram",
        webhook_secret=SecretStr(SECRET),
        listen_port=port,
        **extra,
    )


@dataclass
class Bot:
    service: Service
    app: App
    clock: FakeClock
    url: str
    processed: list[int] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)

    @property
    def store(self) -> Store:
        return self.app.bot_data.coach.store


async def start_bot(settings: Settings, clock: FakeClock) -> Bot:
    processed: list[int] = []
    app = build_application(
        settings,
        store=Store.open(settings.database_path),
        clock=clock,
        run_dispatcher=False,
        pacer=Pacer(rate=1000.0, per_chat_interval=0.0, window=None),
        flood_window=FloodWindow(limit=1_000_000),
        on_processed=lambda u: processed.append(u.update_id) if isinstance(u, Update) else None,
    )
    bot = Bot(Service(app), app, clock, f"http://127.0.0.1:{settings.listen_port}", processed)

    async def record(update: object, context: Context) -> None:
        assert context.error is not None
        bot.errors.append(context.error)

    app.add_error_handler(record)
    try:
        await bot.service.start()
    except BaseException:
        await bot.service.stop()  # as `serve` does: nothing left open
        raise
    return bot


@pytest.fixture
async def bot(server: FakeBotApi, tmp_path: Path) -> AsyncIterator[Bot]:
    settings = webhook_settings(
        server, tmp_path / "coach.db", free_port(), backup_dir=tmp_path / "backups"
    )
    running = await start_bot(settings, FakeClock(local(2026, 11, 23, 6, 0)))
    try:
        yield running
    finally:
        await running.service.stop()
    assert running.errors == []


def message_update(update_id: int, user: User, text: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1_790_000_000,
            "chat": {"id": user.id, "type": "private", "first_name": user.first_name},
            "from": user.to_json(),
            "text": text,
            **(
                {"entities": [{"type": "bot_command", "offset": 0, "length": len(text)}]}
                if text.startswith("/")
                else {}
            ),
        },
    }


async def post(
    url: str, body: bytes | io.BytesIO, headers: dict[str, str] | None = None
) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=body, headers=headers or {}) as response,
    ):
        return response.status, await response.text()


def stored(bot: Bot) -> int:
    return count_rows(bot.store, "inbox")


async def test_set_webhook_names_the_url_secret_updates_and_keeps_pending(
    bot: Bot, server: FakeBotApi
) -> None:
    call = next(c for c in server.calls if c.method == "setWebhook")
    assert call.params["url"] == bot.url + "/telegram"
    assert call.params["secret_token"] == SECRET
    assert call.params["allowed_updates"] == [str(kind) for kind in ALLOWED_UPDATES]
    assert call.params["max_connections"] == 40
    assert not call.params.get("drop_pending_updates")
    assert not any(c.method == "getUpdates" for c in server.calls)


async def test_updates_pushed_by_telegram_are_handled_and_leave_the_inbox(
    bot: Bot, server: FakeBotApi
) -> None:
    anna = User(7001, "Anna", language_code="nl")
    update_id = server.send_text(anna, "/start")
    welcome = await server.wait_for_message(anna.id, timeout=10)
    assert "Welkom" in (welcome.text or "")
    await server.wait_until(lambda: update_id in bot.processed, what="handled")
    assert (update_id, 200) in server.webhook_answers
    [(body, handled_at)] = [(b, h) for u, b, h in inbox_rows(bot.store) if u == update_id]
    assert body is None and handled_at is not None  # the words are gone, the id stays a day
    assert bot.store.inbox.pending() == []


async def test_a_wrong_or_missing_secret_is_refused_and_nothing_stored(bot: Bot) -> None:
    body = json.dumps(message_update(90001, User(7002), "/start")).encode()
    json_type = {"Content-Type": "application/json"}
    url = bot.url + "/telegram"
    assert (await post(url, body, json_type))[0] == 403
    wrong = {**json_type, SECRET_HEADER: SECRET[:-1] + "x"}
    assert (await post(url, body, wrong))[0] == 403
    longer = {**json_type, SECRET_HEADER: SECRET + "x"}
    assert (await post(url, body, longer))[0] == 403
    assert stored(bot) == 0 and 90001 not in bot.processed


@pytest.mark.filterwarnings("ignore:Sending a large body:ResourceWarning")
async def test_json_with_or_without_a_charset_anything_else_refused(bot: Bot) -> None:
    user = User(7003, "Cas", language_code="en")
    url = bot.url + "/telegram"

    def headers(content_type: str) -> dict[str, str]:
        return {"Content-Type": content_type, SECRET_HEADER: SECRET}

    def body(update_id: int) -> bytes:
        return json.dumps(message_update(update_id, user, "/help")).encode()

    assert (await post(url, body(90010), headers("application/json; charset=utf-8")))[0] == 200
    assert (await post(url, body(90011), headers("application/json")))[0] == 200
    assert (await post(url, body(90012), headers("text/plain")))[0] == 415
    assert (await post(url, b"{not json", headers("application/json")))[0] == 400
    assert (await post(url, b'{"update": 1}', headers("application/json")))[0] == 400
    huge = b'{"update_id": 90013, "pad": "' + b"x" * MAX_BODY + b'"}'
    assert (await post(url, huge, headers("application/json")))[0] == 413  # by its length
    chunked = io.BytesIO(huge)  # no Content-Length: stopped while it is read
    assert (await post(url, chunked, headers("application/json")))[0] == 413
    rows = inbox_rows(bot.store)
    assert [r[0] for r in rows] == [90010, 90011]


async def test_a_resent_update_is_handled_once(bot: Bot, server: FakeBotApi) -> None:
    """Telegram sends an update again when our 200 got lost on the way back."""
    dirk = User(7004, "Dirk", language_code="nl")
    body = json.dumps(message_update(90020, dirk, "/start")).encode()
    headers = {"Content-Type": "application/json", SECRET_HEADER: SECRET}
    url = bot.url + "/telegram"
    assert (await post(url, body, headers))[0] == 200
    await server.wait_until(lambda: 90020 in bot.processed, what="the first")
    assert (await post(url, body, headers))[0] == 200
    # A later update of the same person is handled after anything earlier of theirs.
    later = json.dumps(message_update(90021, dirk, "/help")).encode()
    assert (await post(url, later, headers))[0] == 200
    await server.wait_until(lambda: 90021 in bot.processed, what="the later one")
    assert bot.processed.count(90020) == 1
    assert len(server.messages_to(dirk.id)) == 2  # the welcome and the help, once each


async def test_the_inbox_is_replayed_at_start_in_order_and_once(
    server: FakeBotApi, tmp_path: Path
) -> None:
    """What a crash left stored but unhandled is handled at the next start."""
    db = tmp_path / "coach.db"
    eva = User(7005, "Eva", language_code="nl")
    store = Store.open(db)
    now = local(2026, 11, 23, 6, 0)
    for update_id, text in ((90030, "/start"), (90031, "/help")):
        store.inbox.add(update_id, json.dumps(message_update(update_id, eva, text)), now)
    store.inbox.add(90029, json.dumps(message_update(90029, eva, "/help")), now)
    store.inbox.done(90029, now)  # handled before the crash: not again
    store.close()
    bot = await start_bot(webhook_settings(server, db, free_port()), FakeClock(now))
    try:
        await server.wait_until(lambda: 90031 in bot.processed, what="the replay")
        assert bot.processed[:2] == [90030, 90031]
        assert 90029 not in bot.processed
        assert bot.store.inbox.pending() == []
        assert len(server.messages_to(eva.id)) == 2
    finally:
        await bot.service.stop()
    assert bot.errors == []


async def test_an_update_replayed_three_times_without_an_end_is_given_up(
    store: Store,
) -> None:
    now = local(2026, 11, 23, 6, 0)
    store.inbox.add(1, "{}", now)
    for _ in range(3):
        pending, given_up = store.inbox.replay(3, now)
        assert [u for u, _ in pending] == [1] and given_up == 0
    assert store.inbox.replay(3, now) == ([], 1)
    store.inbox.add(1, "{}", now)  # Telegram's resend of it is still recognised
    assert store.inbox.pending() == []
    store.inbox.add(2, "{}", now)
    store.inbox.done(2, now)
    assert store.inbox.forget(now + dtm.timedelta(hours=23)) == 0
    assert store.inbox.forget(now + dtm.timedelta(hours=25)) == 2
    assert store.inbox.add(2, "{}", now)  # a day on, an id is new again


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


async def test_healthz_says_what_is_wrong(bot: Bot) -> None:
    status, body = await get(bot.url + "/healthz")
    assert status == 503 and json.loads(body)["reasons"] == ["dispatcher: no tick yet"]
    dispatcher = bot.app.bot_data.coach.dispatcher
    await dispatcher.tick()
    status, body = await get(bot.url + "/healthz")
    assert status == 200 and json.loads(body) == {"status": "ok", "reasons": []}
    bot.clock.advance(dtm.timedelta(minutes=3))
    status, body = await get(bot.url + "/healthz")
    assert status == 503 and json.loads(body)["reasons"] == ["dispatcher: last tick 180 s ago"]
    await dispatcher.tick()
    drop_table(bot.store, "meta")  # the database stops answering as it should
    status, body = await get(bot.url + "/healthz")
    assert status == 503 and json.loads(body)["reasons"] == ["database: OperationalError"]


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_metrics_count_updates_calls_reminders_and_the_backup(
    bot: Bot, server: FakeBotApi, tmp_path: Path
) -> None:
    before = {
        "updates": sample("coach_updates_total", type="message"),
        "handled": sample("coach_handler_seconds_count"),
        "sends": sample("coach_bot_api_calls_total", method="sendMessage", outcome="ok"),
        "429": sample("coach_bot_api_calls_total", method="sendMessage", outcome="429"),
        "sent": sample("coach_reminders_total", outcome="sent"),
        "late": sample("coach_reminder_lateness_seconds_count"),
        "403": sample("coach_webhook_requests_total", status="403"),
    }
    fien = User(7006, "Fien", language_code="nl")
    server.fail_next("sendMessage", error_code=429, description="Too Many Requests", retry_after=1)
    update_id = server.send_text(fien, "/start")
    await server.wait_until(lambda: update_id in bot.processed, what="handled")
    await post(bot.url + "/telegram", b"{}", {"Content-Type": "application/json"})
    # A reminder due five minutes ago goes out at this tick.
    bot.clock.set(local(2026, 11, 23, 9, 0))
    now = bot.clock.now()
    person = onboard(bot.store, 1, now - dtm.timedelta(days=1))[0]
    with bot.store.transaction():
        delete_every_reminder(bot.store)
        bot.store.reminders.add(
            person.id, "probiotic", dtm.date(2026, 11, 23), now - dtm.timedelta(minutes=5)
        )
    dispatcher = bot.app.bot_data.coach.dispatcher
    await dispatcher.tick()
    await dispatcher.drain()
    take(Path(bot.store.file), tmp_path / "backups", now - dtm.timedelta(hours=2))

    status, text = await get(bot.url + "/metrics")
    assert status == 200
    assert sample("coach_updates_total", type="message") == before["updates"] + 1
    assert sample("coach_handler_seconds_count") == before["handled"] + 1
    assert sample("coach_bot_api_calls_total", method="sendMessage", outcome="429") == (
        before["429"] + 1
    )
    assert sample("coach_bot_api_calls_total", method="sendMessage", outcome="ok") >= (
        before["sends"] + 2
    )
    assert sample("coach_reminders_total", outcome="sent") == before["sent"] + 1
    assert sample("coach_reminder_lateness_seconds_count") == before["late"] + 1
    assert sample("coach_webhook_requests_total", status="403") == before["403"] + 1
    lines = text.splitlines()
    assert "coach_last_backup_age_seconds 7200.0" in lines
    assert "coach_inbox_pending 0.0" in lines
    assert "coach_dispatcher_last_tick_age_seconds 0.0" in lines
    assert 'coach_reminder_lateness_seconds_bucket{le="300.0"}' in text
    # Kinds and counts only: no person, no text.
    assert str(fien.id) not in text and "Fien" not in text and "/start" not in text


async def test_polling_with_listen_port_serves_health_metrics_and_nightly_backups(
    server: FakeBotApi, tmp_path: Path
) -> None:
    port = free_port()
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=SecretStr(TOKEN),
        database_path=tmp_path / "coach.db",
        telegram_api_base_url=server.base_url,
        listen_port=port,
        backup_dir=tmp_path / "backups",
    )
    bot = await start_bot(settings, FakeClock(local(2026, 11, 23, 6, 0)))
    try:
        await server.wait_until(
            lambda: any(c.method == "getUpdates" for c in server.calls), what="polling"
        )
        url = f"http://127.0.0.1:{port}"
        assert (await get(url + "/healthz"))[0] == 503  # no tick yet
        await bot.app.bot_data.coach.dispatcher.tick()
        assert (await get(url + "/healthz"))[0] == 200
        status, text = await get(url + "/metrics")
        assert status == 200 and "coach_last_backup_age_seconds" in text
        assert (await post(url + "/telegram", b"{}", {SECRET_HEADER: ""}))[0] == 404
        # No backup in BACKUP_DIR yet: the nightly job takes one at once.
        await server.wait_until(
            lambda: bool(backups(tmp_path / "backups")), timeout=10, what="a backup"
        )
    finally:
        await bot.service.stop()
    assert bot.errors == []


async def test_a_port_in_use_or_a_refused_webhook_is_one_line(
    server: FakeBotApi, tmp_path: Path
) -> None:
    clock = FakeClock(local(2026, 11, 23, 6, 0))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        with pytest.raises(StartFailed, match=f"Cannot listen on 127.0.0.1:{port}"):
            await start_bot(webhook_settings(server, tmp_path / "a.db", port), clock)
    server.fail_next(
        "setWebhook", error_code=400, description="Bad Request: bad webhook: Failed to resolve host"
    )
    with pytest.raises(
        StartFailed, match=r"Telegram refused the webhook .*: Bad webhook: failed to resolve"
    ):
        await start_bot(webhook_settings(server, tmp_path / "b.db", free_port()), clock)
