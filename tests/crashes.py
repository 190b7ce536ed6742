"""kill -9 in the middle of a burst, again and again: `python -m bot` as its own process against
the suite's Bot API server, what each kill cost, and what the database says at the end. Used by
tests/e2e/test_crash.py (10 kills) and the benchmark (`python -m bench --only crash`, 20)."""

from __future__ import annotations

import asyncio
import datetime as dtm
import os
import random
import signal
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bot.botapi import TOKEN, FakeBotApi, RateLimit, SentMessage
from bot.programme.schedule import local_date
from bot.storage import Store
from tests import stored
from tests.factories import onboard

ROOT = Path(__file__).resolve().parents[1]  # tests/ -> the repository
PEOPLE = 150  # about five seconds of sending at Telegram's pace


def _burst_database(path: Path, people: int) -> None:
    """`people` participants, each with one reminder due right now (on the real clock)."""
    now = dtm.datetime.now(dtm.UTC)
    store = Store.open(path)
    try:
        everyone = onboard(store, people, now - dtm.timedelta(days=1))
        with store.transaction():
            stored.delete_every_reminder(store)
            for person in everyone:
                today = local_date(now, person.timezone)
                store.reminders.add(person.id, "probiotic", today, now)
                # Planned through the day after tomorrow: nothing more is planned in the test.
                store.reminders.save_plan(
                    person.id,
                    [],
                    (now + dtm.timedelta(days=2)).date(),
                    now + dtm.timedelta(days=1),
                )
    finally:
        store.close()


async def _start(path: Path, server: FakeBotApi) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "DATABASE_PATH": str(path),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "LOG_LEVEL": "WARNING",
        }
    )
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=path.parent,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


def _on_wire(path: Path) -> int:
    """How many reminders the killed bot had marked as on their way to Telegram."""
    store = Store.open(path)
    try:
        return stored.count_on_wire(store)
    finally:
        store.close()


def _count(path: Path, status: str) -> int:
    store = Store.open(path)
    try:
        return stored.count_reminders(store, status)
    finally:
        store.close()


@dataclass
class CrashRun:
    kills: int
    people: int
    on_wire: list[int]  # per kill: reminders the killed bot had on their way to Telegram
    sent: int
    failed: int
    planned: int  # left planned at the end (stuck)
    claims: int  # left claimed at the end (stuck)
    duplicates: int  # chats that got more than one message
    sent_not_arrived: int  # rows recorded as sent whose message never reached the chat
    count_429: int

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["lost_max"] = max(self.on_wire, default=0)
        data["lost_mean"] = sum(self.on_wire) / max(1, self.kills)
        return data


async def run_kills(
    workdir: Path, kills: int, people: int = PEOPLE, seed: int = 20261129
) -> CrashRun:
    """Start the bot on a burst, kill it with SIGKILL, `kills` times (half of them while
    Telegram holds a request, half at a random moment), then let it finish."""
    path = workdir / "coach.db"
    _burst_database(path, people)
    chance = random.Random(seed)
    on_wire: list[int] = []
    async with FakeBotApi(rate_limit=RateLimit(per_second=30, per_chat_interval=1.0)) as server:
        for cycle in range(kills):
            process = await _start(path, server)
            if cycle % 2 == 0:
                # While Telegram handles a request: the bot dies with it on the wire.
                target = len(server.sent) + chance.randint(1, 12)

                def kill_at(
                    message: SentMessage, target: int = target, pid: int = process.pid
                ) -> None:
                    if len(server.sent) == target:
                        os.kill(pid, signal.SIGKILL)

                server.on_delivery = kill_at
                await asyncio.wait_for(process.wait(), timeout=60)
                server.on_delivery = None
            else:
                # At a random moment of the burst, between two requests or during one.
                started = len(server.sent)

                def begun(started: int = started) -> bool:
                    return len(server.sent) > started

                await server.wait_until(begun, timeout=60, what="the burst")
                await asyncio.sleep(chance.uniform(0.0, 0.6))
                process.kill()
                await process.wait()
            # The next start-up records what was on the wire as failed; the rest goes out.
            on_wire.append(_on_wire(path))
        process = await _start(path, server)
        await server.wait_until(
            lambda: _count(path, "planned") == 0, timeout=90, what="the rest of the burst"
        )
        process.send_signal(signal.SIGINT)
        await asyncio.wait_for(process.wait(), timeout=60)
        rate_limited = server.count_429
    store = Store.open(path)
    try:
        statuses = stored.reminder_statuses(store)
        sent = stored.sent_reminder_messages(store)
        claims = stored.count_rows(store, "claims")
    finally:
        store.close()
    per_chat: dict[int, int] = {}
    for message in server.sent:
        per_chat[message.chat_id] = per_chat.get(message.chat_id, 0) + 1
    delivered = {(m.chat_id, m.message_id) for m in server.sent}
    return CrashRun(
        kills=kills,
        people=people,
        on_wire=on_wire,
        sent=int(statuses.get("sent", 0)),
        failed=int(statuses.get("failed", 0)),
        planned=int(statuses.get("planned", 0)),
        claims=claims,
        duplicates=sum(1 for n in per_chat.values() if n > 1),
        sent_not_arrived=sum(1 for row in sent if tuple(row) not in delivered),
        count_429=rate_limited,
    )
