"""The local Bot API server for the benchmark, in its own process or in this one.

In its own process (what `make bench` does) its work never counts as the bot's CPU time, and
both share the system's monotonic clock, so its receive times line up with the bot's.
`python -m bench.server [--rate-limit]` prints `READY <base_url>` and serves until stdin closes.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import math
import subprocess
import sys
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Protocol, Self

import httpx
from aiohttp import web

from bot.botapi import FakeBotApi, RateLimit, User


@dataclass
class ServerStats:
    count_429: int
    count_429_chat: int  # of which: a second message to one chat within the second
    count_ok_sends: int
    min_chat_interval: float  # inf when no chat got two messages
    messages: int  # messages recorded so far (sendMessage, sendPhoto, sendDocument)
    sends: list[tuple[int, float]]  # (chat id, monotonic receive time) since the asked index
    cpu_seconds: float

    @classmethod
    def of(cls, api: FakeBotApi, since: int | None) -> ServerStats:
        sent = api.sent[since:] if since is not None else []
        return cls(
            count_429=api.count_429,
            count_429_chat=api.count_429_chat,
            count_ok_sends=api.count_ok_sends,
            min_chat_interval=api.min_chat_interval,
            messages=len(api.sent),
            sends=[(m.chat_id, m.sent_at) for m in sent if m.method == "sendMessage"],
            cpu_seconds=time.process_time(),
        )

    def to_json(self) -> dict[str, Any]:
        interval = None if math.isinf(self.min_chat_interval) else self.min_chat_interval
        return {
            "count_429": self.count_429,
            "count_429_chat": self.count_429_chat,
            "count_ok_sends": self.count_ok_sends,
            "min_chat_interval": interval,
            "messages": self.messages,
            "sends": self.sends,
            "cpu_seconds": self.cpu_seconds,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ServerStats:
        interval = data["min_chat_interval"]
        return cls(
            count_429=int(data["count_429"]),
            count_429_chat=int(data["count_429_chat"]),
            count_ok_sends=int(data["count_ok_sends"]),
            min_chat_interval=math.inf if interval is None else float(interval),
            messages=int(data["messages"]),
            sends=[(int(c), float(t)) for c, t in data["sends"]],
            cpu_seconds=float(data["cpu_seconds"]),
        )


class Server(Protocol):
    base_url: str

    async def stats(self, since: int | None = None) -> ServerStats:
        """Counters, and the sends recorded from message index `since` on (None: no list)."""
        ...


class BenchBotApi(FakeBotApi):
    """The suite's server plus routes for the other process: `/bench/stats` (counters),
    `/bench/say` and `/bench/tap` (a person types or taps; the answer holds when), and
    `/bench/replies` (when the bot's answers to them arrived)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.answered: dict[str, float] = {}  # callback query id: when it was answered

    def _add_routes(self, app: web.Application) -> None:
        app.router.add_get("/bench/stats", self._stats)
        app.router.add_post("/bench/say", self._say)
        app.router.add_post("/bench/tap", self._tap)
        app.router.add_get("/bench/replies", self._replies)

    async def _stats(self, request: web.Request) -> web.Response:
        since = request.query.get("since")
        stats = ServerStats.of(self, int(since) if since is not None else None)
        return web.json_response(stats.to_json())

    async def _say(self, request: web.Request) -> web.Response:
        body = await request.json()
        at = time.monotonic()
        self.send_text(User(int(body["user"]), "Probe", language_code="en"), str(body["text"]))
        return web.json_response({"at": at})

    async def _tap(self, request: web.Request) -> web.Response:
        """Tap `data` on the last message the person got (forged data gets a stale answer)."""
        body = await request.json()
        user = User(int(body["user"]), "Probe", language_code="en")
        message = self.messages_to(user.id)[-1]
        at = time.monotonic()
        self.press(user, message, str(body["data"]), check=False)
        query = self._updates[-1]["callback_query"]["id"]
        return web.json_response({"at": at, "query": query})

    async def _replies(self, request: web.Request) -> web.Response:
        users = [int(u) for u in request.query.get("users", "").split(",") if u]
        messages = {u: [m.sent_at for m in self.messages_to(u)] for u in users}
        return web.json_response({"messages": messages, "answered": self.answered})

    def _m_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        answered = super()._m_answerCallbackQuery(params)
        self.answered[str(params["callback_query_id"])] = time.monotonic()
        return answered


class InProcessServer:
    """The server in this process's event loop: for the quick smoke test."""

    def __init__(self, api: FakeBotApi) -> None:
        self.api = api
        self.base_url = api.base_url

    async def stats(self, since: int | None = None) -> ServerStats:
        return ServerStats.of(self.api, since)


class ServerProcess:
    """`python -m bench.server` as a child process; `with ServerProcess() as server: ...`."""

    def __init__(self, *, rate_limit: bool) -> None:
        self.rate_limit = rate_limit
        self.base_url = ""
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> Self:
        args = [sys.executable, "-m", "bench.server"] + (
            ["--rate-limit"] if self.rate_limit else []
        )
        self._process = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline().strip()
        if not line.startswith("READY "):
            self.close()
            raise RuntimeError(f"bench server did not start: {line!r}")
        self.base_url = line.split(" ", 1)[1]
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        assert process.stdin is not None
        process.stdin.close()  # the server's signal to stop
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    async def stats(self, since: int | None = None) -> ServerStats:
        return await fetch_stats(self.base_url, since)


class RemoteServer:
    """A server another process started (the orchestrator passes its base URL down)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    async def stats(self, since: int | None = None) -> ServerStats:
        return await fetch_stats(self.base_url, since)


async def fetch_stats(base_url: str, since: int | None) -> ServerStats:
    root = base_url.rsplit("/bot", 1)[0]
    params = {} if since is None else {"since": str(since)}
    async with httpx.AsyncClient(timeout=60) as client:
        response = await client.get(f"{root}/bench/stats", params=params)
        response.raise_for_status()
        data = response.json()
    assert isinstance(data, dict)
    return ServerStats.from_json(data)


async def _serve(rate_limit: bool) -> None:
    # The simulated Telegram must count requests when they arrive. It keeps every message it
    # is sent, and its garbage collector's full passes over them stalled its event loop for
    # 30, 65, 98 and 212 ms during a 10,000 burst; the requests queued meanwhile were then
    # counted back to back, as if sent together, and one got a 429 the bot never earned (its
    # own send times were 1.05 s per 31). It frees nothing in a run, so it collects nothing.
    gc.disable()
    api = BenchBotApi(rate_limit=RateLimit() if rate_limit else None)
    await api.start()
    print(f"READY {api.base_url}", flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)  # returns when the parent closes stdin
    await api.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--rate-limit",
        action="store_true",
        help="answer 429 + retry_after above 30 messages/s overall or 1/s per chat",
    )
    args = parser.parse_args()
    asyncio.run(_serve(args.rate_limit))


if __name__ == "__main__":
    main()
