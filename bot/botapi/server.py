"""A local Telegram Bot API server speaking real HTTP/JSON, embedded in the project.

The test suite, the benchmark and `make demo` run the *real* ``telegram.ext.Application``
(long polling, request encoding, error mapping) against it instead of mocking
python-telegram-bot, so the whole path bot -> HTTP -> Telegram semantics is exercised. It keeps
what the bot sent, lets a test or a person at a terminal act as someone talking to the bot, and
can play Telegram's faults (429, 403, 5xx, resets, hangs, bad JSON) and flood control.
"""

from __future__ import annotations

import asyncio
import re
import time
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from bot.botapi.checks import decode
from bot.botapi.methods import Methods
from bot.botapi.model import (
    CANONICAL,
    JSON,
    RATE_LIMITED,
    SENDS,
    TRIVIAL,
    ApiCall,
    ApiError,
    Upload,
)
from bot.botapi.people import People
from bot.botapi.webhook import Webhook


class FakeBotApi(Webhook, Methods, People):
    """The server; use ``async with FakeBotApi() as api``."""

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 2**20)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._add_routes(app)
        # access_log=None: the token is part of every path and must never be logged.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        port = self.port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}/bot"
        self.base_file_url = f"http://127.0.0.1:{port}/file/bot"

    def _add_routes(self, app: web.Application) -> None:
        """Where a subclass adds routes of its own (the benchmark's statistics)."""

    async def stop(self) -> None:
        self._closing = True
        self._wakeup.set()  # release pending long polls so shutdown is immediate
        await self._stop_pushing()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # --- HTTP ------------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        token, raw_method = request.match_info["token"], request.match_info["method"]
        if token != self.token:
            if re.fullmatch(r"\d+:[\w-]+", token):
                return ApiError(401, "Unauthorized").response()
            return ApiError(404, "Not Found").response()
        params = await self._read_params(request)
        method = CANONICAL.get(raw_method.lower())
        self.calls.append(ApiCall(method or raw_method, params, time.monotonic()))
        if method is None:
            return ApiError(404, "Not Found").response()
        injected = self._injected(method, params)
        if injected is not None and injected.fault == "reset_before":
            return await self._reset(request)
        if injected is not None and injected.fault == "hang_before":
            await asyncio.sleep(injected.hang_seconds)
            if request.transport is None or request.transport.is_closing():
                return web.Response(status=500)  # the client has gone: nothing delivered
            injected = None
        try:
            if injected is not None and injected.fault == "error":
                raise ApiError(injected.error_code, injected.description, injected.retry_after)
            if method in SENDS and self._chat_id(params) in self._forbidden:
                raise ApiError(403, self._forbidden[self._chat_id(params)])
            if method in RATE_LIMITED:
                self._check_rate(self._chat_id(params))
            if method == "getUpdates":
                self._refuse_polling()
                result: Any = await self._get_updates(params)
            elif method in TRIVIAL:
                result = True
            elif method in ("sendMessage", "sendPhoto", "sendDocument"):
                result = self._send(method, params)
            else:
                result = getattr(self, f"_m_{method}")(params)
            if method in RATE_LIMITED:
                self._record_send(self._chat_id(params))
        except ApiError as err:
            return err.response()
        except (KeyError, ValueError, TypeError) as exc:
            return ApiError(400, f"Bad Request: {exc!r}").response()
        if injected is not None:  # delivered; what the client hears is the fault
            self.faults_after_delivery += 1
            if injected.fault == "error_after":
                return ApiError(injected.error_code, injected.description).response()
            if injected.fault == "reset_after":
                return await self._reset(request)
            if injected.fault == "hang_after":
                await asyncio.sleep(injected.hang_seconds)
            if injected.fault == "bad_json":
                return web.Response(text="<html>502 Bad Gateway", content_type="text/html")
        return web.json_response({"ok": True, "result": result})

    async def _reset(self, request: web.Request) -> web.Response:
        """Drop the connection without an answer, as a crashing proxy does."""
        if request.transport is not None:
            request.transport.abort()
        self.resets += 1
        return web.Response(status=500)  # never reaches the client

    async def _read_params(self, request: web.Request) -> JSON:
        raw: JSON = dict(request.query)
        if request.content_type == "application/json":
            raw.update(await request.json())
        elif request.can_read_body:
            for key, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    raw[key] = Upload(value.filename, value.file.read())
                else:
                    raw[key] = value
        return {key: decode(key, value) for key, value in raw.items()}
