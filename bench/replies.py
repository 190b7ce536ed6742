"""How long a person waits for the bot's answer while others keep it busy.

Probes are people who each type `/help` and, once answered, tap a button (forged data, so the
answer is the quick "no longer works" pop-up): the time from the moment the server hands the
update out to the moment the bot's reply, or its answer to the tap, arrives there. Both sides
share the system's monotonic clock.

- `flood`: one person sends 40 messages as fast as they can; 20 probes ask meanwhile.
- During a burst (`bench.burst`): probes ask while everyone's reminders go out.

    python -m bench.replies --server URL --out FILE    (the flood case)
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dtm
import logging
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import httpx
from pydantic import SecretStr

from bench.common import percentile, write_json
from bench.server import RemoteServer
from bot.app import build_application
from bot.botapi import TOKEN
from bot.callbacks import ReminderPress
from bot.config import Settings
from bot.demo.local import stop_application
from bot.storage import Store
from jobs.clock import SystemClock
from jobs.pacer import Pacer
from tests.factories import onboard

PROBE_IDS: Final = 990_000_000  # people who never took part: /help works for anyone
FLOOD_MESSAGES: Final = 40
FLOOD_PROBES: Final = 20
POLL_S: Final = 0.02
FORGED_TAP: Final = ReminderPress(1, "done").data


@dataclass
class Latencies:
    commands: list[float] = field(default_factory=list)
    taps: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, float | int]:
        out: dict[str, float | int] = {"probes": len(self.commands)}
        for name, values in (("command", self.commands), ("tap", self.taps)):
            if values:
                out[f"{name}_p50"] = percentile(values, 50)
                out[f"{name}_p95"] = percentile(values, 95)
                out[f"{name}_max"] = max(values)
        both = self.commands + self.taps
        if both:
            out["p95"] = percentile(both, 95)
        return out


class Probes:
    """People who ask and tap at set moments; one poller watches for every answer."""

    def __init__(self, base_url: str) -> None:
        self.root = base_url.rsplit("/bot", 1)[0]
        self.client = httpx.AsyncClient(timeout=30)
        self.latencies = Latencies()
        self._waiting: dict[int, asyncio.Future[float]] = {}  # user: first reply's time
        self._taps: dict[str, asyncio.Future[float]] = {}  # query id: its answer's time

    async def close(self) -> None:
        await self.client.aclose()

    async def say(self, user: int, text: str) -> float:
        response = await self.client.post(
            f"{self.root}/bench/say", json={"user": user, "text": text}
        )
        return float(response.json()["at"])

    async def _tap(self, user: int, data: str) -> tuple[float, str]:
        response = await self.client.post(
            f"{self.root}/bench/tap", json={"user": user, "data": data}
        )
        body = response.json()
        return float(body["at"]), str(body["query"])

    async def probe(self, user: int) -> None:
        """/help, then a tap on the answer: both round trips timed."""
        loop = asyncio.get_running_loop()
        replied: asyncio.Future[float] = loop.create_future()
        self._waiting[user] = replied
        asked = await self.say(user, "/help")
        self.latencies.commands.append(await replied - asked)
        tapped, query = await self._tap(user, FORGED_TAP)
        answered: asyncio.Future[float] = loop.create_future()
        self._taps[query] = answered
        self.latencies.taps.append(await answered - tapped)

    async def run(self, users: list[int], every: float) -> Latencies:
        poller = asyncio.create_task(self._poll())
        try:
            tasks = []
            for user in users:
                tasks.append(asyncio.create_task(self.probe(user)))
                await asyncio.sleep(every)
            await asyncio.wait_for(asyncio.gather(*tasks), timeout=120)
        finally:
            poller.cancel()
            await asyncio.gather(poller, return_exceptions=True)
        return self.latencies

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(POLL_S)
            users = [u for u, f in self._waiting.items() if not f.done()]
            if not users and not any(not f.done() for f in self._taps.values()):
                continue
            response = await self.client.get(
                f"{self.root}/bench/replies", params={"users": ",".join(map(str, users))}
            )
            body = response.json()
            for user, times in body["messages"].items():
                future = self._waiting.get(int(user))
                if times and future is not None and not future.done():
                    future.set_result(float(times[0]))
            for query, at in body["answered"].items():
                future = self._taps.get(query)
                if future is not None and not future.done():
                    future.set_result(float(at))


async def flood_case(
    base_url: str,
    workdir: Path,
    *,
    messages: int = FLOOD_MESSAGES,
    probes: int = FLOOD_PROBES,
    every: float = 0.5,
) -> dict[str, Any]:
    """The real bot (production pacing and flood limit) and one person flooding it."""
    db_path = workdir / "flood.db"
    store = Store.open(db_path)
    [flooder] = onboard(store, 1, dtm.datetime.now(dtm.UTC))
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=SecretStr(TOKEN),
        database_path=db_path,
        telegram_api_base_url=base_url,
    )
    app = build_application(
        settings, store=store, clock=SystemClock(), run_dispatcher=False, pacer=Pacer()
    )
    await app.initialize()
    assert app.post_init is not None and app.updater is not None
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(timeout=10, poll_interval=0)
    asking = Probes(base_url)
    try:
        started = time.monotonic()
        for n in range(messages):  # as fast as one HTTP call after another goes
            await asking.say(flooder.id, f"hello {n}")
        flood_seconds = time.monotonic() - started
        users = [PROBE_IDS + i for i in range(probes)]
        latencies = await asking.run(users, every=every)
    finally:
        await asking.close()
        await stop_application(app)
    return {
        "flood_messages": messages,
        "flood_seconds": flood_seconds,
        **latencies.summary(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="The flood case, against a running server.")
    parser.add_argument("--server", required=True, help="base URL of `python -m bench.server`")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="bench-flood-") as tmp:
        result = asyncio.run(flood_case(RemoteServer(args.server).base_url, Path(tmp)))
    write_json(args.out, result)


if __name__ == "__main__":
    main()
