"""`python -m bot` as its own process, stopped the hard way and the graceful way.

- Webhook mode, kill -9 right after Telegram heard 200 for an update: the update was stored
  before the 200, so the next start handles it, once; one handled before the kill is not
  handled again, and Telegram sending it again changes nothing. The running bot can be
  backed up, and refuses a restore until it stops.
- SIGTERM in the middle of a burst of reminders (long polling): the process exits 0 within
  10 s, what was on the wire is recorded as sent, what waited for its turn stays planned and
  goes out after the restart, a person's update in hand is answered, nothing is sent twice,
  and the write-ahead log is folded into the database file.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import io
import json
import os
import signal
import sys
import time
from pathlib import Path

import aiohttp

from bot.backup import command
from bot.botapi import TOKEN, FakeBotApi, RateLimit, SentMessage, User
from bot.config import Settings
from bot.storage import Store
from bot.storage.backup import take
from bot.web import SECRET_HEADER
from tests import stored
from tests.crashes import _burst_database, _count
from tests.e2e.test_webhook import SECRET, free_port, message_update

ROOT = Path(__file__).resolve().parents[2]
STOP_LIMIT_S = 10.0


async def start_bot(path: Path, server: FakeBotApi, **extra: str) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "DATABASE_PATH": str(path),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "LOG_LEVEL": "INFO",
            **extra,
        }
    )
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=path.parent,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )


def webhook_env(port: int) -> dict[str, str]:
    return {
        "WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram",
        "WEBHOOK_SECRET": SECRET,
        "LISTEN_PORT": str(port),
    }


def inbox(path: Path) -> list[tuple[int, bool]]:
    """(update_id, still to be handled) of each stored update."""
    store = Store.open(path)
    try:
        return [(u, handled is None) for u, _, handled in stored.inbox_rows(store)]
    finally:
        store.close()


async def stop(process: asyncio.subprocess.Process) -> str:
    process.send_signal(signal.SIGTERM)
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    log = stderr.decode()
    assert process.returncode == 0, log
    return log


async def test_kill_9_right_after_the_200_the_update_is_handled_after_restart_once(
    tmp_path: Path,
) -> None:
    path, port = tmp_path / "coach.db", free_port()
    anna = User(6001, "Anna", language_code="nl")
    bert = User(6002, "Bert", language_code="nl")
    async with FakeBotApi() as server:
        process = await start_bot(path, server, **webhook_env(port))
        await server.wait_until(lambda: server.webhook_url is not None, timeout=60, what="start")
        first = server.send_text(anna, "/start")
        await server.wait_for_message(anna.id, timeout=20)
        # Her update is marked handled just after her answer leaves: wait for that too.
        await server.wait_until(
            lambda: inbox(path) == [(first, False)], timeout=20, what="Anna's update handled"
        )

        # The kill comes the moment Telegram hears 200 for Bert's update. Should his answer
        # be on its way by then, it is held there (never delivered), so the update is surely
        # in hand, not yet handled.
        server.inject("sendMessage", "hang_before", chat_id=bert.id, hang_seconds=60)

        def kill_on_200(update_id: int, status: int | None) -> None:
            if update_id == second and status == 200:
                os.kill(process.pid, signal.SIGKILL)

        server.on_webhook_answer = kill_on_200
        second = server.send_text(bert, "/start")
        await asyncio.wait_for(process.wait(), timeout=30)
        server.on_webhook_answer = None
        server.clear_faults()  # if the answer had not left yet, the next start's goes through
        assert process.returncode == -signal.SIGKILL
        assert server.messages_to(bert.id) == []
        assert inbox(path) == [(first, False), (second, True)]  # stored, not yet handled

        process = await start_bot(path, server, **webhook_env(port))
        welcome = await server.wait_for_message(bert.id, timeout=30)
        assert "Welkom" in (welcome.text or "")
        await server.wait_until(lambda: inbox(path)[-1] == (second, False), what="handled")

        # Telegram sends Bert's update again (as if our 200 was lost), then his /help: the
        # /help is answered after anything earlier of his, and the resend is not.
        body = json.dumps(message_update(second, bert, "/start")).encode()
        headers = {"Content-Type": "application/json", SECRET_HEADER: SECRET}
        async with (
            aiohttp.ClientSession() as session,
            session.post(f"http://127.0.0.1:{port}/telegram", data=body, headers=headers) as r,
        ):
            assert r.status == 200
        server.send_text(bert, "/help")
        await server.wait_for_message(bert.id, timeout=20)

        # The running bot can be backed up, and holds its database against a restore.
        made = take(path, tmp_path / "backups", dtm.datetime.now(dtm.UTC))
        err = io.StringIO()
        settings = Settings(_env_file=None, database_path=path)  # type: ignore[call-arg]
        assert command(["restore", str(made.path)], settings, err=err) == 1
        assert "another process holds" in err.getvalue()
        await stop(process)
    assert len(server.messages_to(anna.id)) == 1  # handled before the kill: not again
    assert len(server.messages_to(bert.id)) == 2  # the welcome once, then the help
    assert all(pending is False for _, pending in inbox(path))


async def test_sigterm_mid_burst_loses_nothing_and_sends_nothing_twice(tmp_path: Path) -> None:
    path, people = tmp_path / "coach.db", 120
    _burst_database(path, people)
    anna = User(6101, "Anna", language_code="nl")
    signalled: list[float] = []
    async with FakeBotApi(rate_limit=RateLimit(per_second=30, per_chat_interval=1.0)) as server:
        process = await start_bot(path, server)

        def term_mid_burst(message: SentMessage) -> None:
            # This request is on the wire (Telegram has it, the bot awaits the answer); a
            # person's update arrives at the same moment.
            if len(server.sent) == 40 and not signalled:
                signalled.append(time.monotonic())
                server.send_text(anna, "/start")
                os.kill(process.pid, signal.SIGTERM)

        server.on_delivery = term_mid_burst
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
        took = time.monotonic() - signalled[0]
        server.on_delivery = None
        assert process.returncode == 0, stderr.decode()
        assert took < STOP_LIMIT_S
        sent_first = len([m for m in server.sent if m.chat_id != anna.id])
        assert _count(path, "sent") == sent_first  # what was on the wire is recorded as sent
        assert _count(path, "failed") == 0
        assert _count(path, "planned") == people - sent_first  # the rest waits, unclaimed
        wal = Path(f"{path}-wal")
        assert not wal.exists() or wal.stat().st_size == 0  # noqa: ASYNC240

        process = await start_bot(path, server)
        try:
            await server.wait_until(
                lambda: _count(path, "planned") == 0, timeout=60, what="the rest of the burst"
            )
        except AssertionError:  # once seen, not understood: keep what the bot said
            process.terminate()
            _, said = await process.communicate()
            raise AssertionError(f"the restarted bot said: {said.decode()[-4000:]}") from None
        await server.wait_until(lambda: bool(server.messages_to(anna.id)), timeout=20)
        await stop(process)
    per_chat: dict[int, int] = {}
    for message in server.sent:
        per_chat[message.chat_id] = per_chat.get(message.chat_id, 0) + 1
    assert per_chat.pop(anna.id) == 1  # answered once, in the first run or the second
    assert len(per_chat) == people and set(per_chat.values()) == {1}
    assert _count(path, "sent") == people and _count(path, "failed") == 0
    assert server.count_429 == 0
