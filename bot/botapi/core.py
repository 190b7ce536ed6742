"""The embedded Bot API server's state: what it was sent and keeps, the updates waiting for the
bot, and the lookups the methods and the people who talk to the bot share."""

from __future__ import annotations

import asyncio
import itertools
import math
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from aiohttp import web

from bot.botapi.model import (
    BOT_USERNAME,
    JSON,
    TOKEN,
    ApiCall,
    ApiError,
    Failure,
    RateLimit,
    SentMessage,
)


class Core:
    """State and shared lookups; the methods, the people and the HTTP side build on it."""

    def __init__(
        self, token: str = TOKEN, *, rate_limit: RateLimit | None = None, port: int = 0
    ) -> None:
        self.token = token
        self.port = port  # 0: any free port
        self.rate_limit = rate_limit
        self.bot_user: JSON = {
            "id": int(token.split(":")[0]),
            "is_bot": True,
            "first_name": "Darm-Huid Coach",
            "username": BOT_USERNAME,
        }
        self.base_url = ""
        self.base_file_url = ""
        self.calls: list[ApiCall] = []
        self.sent: list[SentMessage] = []
        self.callback_answers: list[dict[str, Any]] = []
        self.commands: dict[str | None, list[dict[str, str]]] = {}
        self.left_chats: list[int] = []
        self.chat_commands: dict[int, list[dict[str, str]]] = {}  # menus set for one chat
        self.count_429 = 0
        self.count_429_chat = 0  # of which: a second message to one chat within the interval
        self.count_ok_sends = 0
        self.faults_after_delivery = 0
        # Called with each message as it is delivered, before the client hears of it.
        self.on_delivery: Callable[[SentMessage], None] | None = None
        self.resets = 0
        self.min_chat_interval = math.inf  # min seconds between two successful sends to a chat
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._updates: list[JSON] = []
        self._allowed: list[str] = []
        self._wakeup = asyncio.Event()
        self._confirmed = 0
        self._closing = False
        self._chats: dict[int, JSON] = {}
        self._by_key: dict[tuple[int, int], SentMessage] = {}
        self._by_chat: dict[int, list[SentMessage]] = {}  # messages_to() is polled often
        self._forbidden: dict[int, str] = {}
        self._failures: list[Failure] = []
        self._callback_ids: set[str] = set()
        self._cursors: dict[int, int] = {}
        self._files: dict[str, tuple[bytes, str | None]] = {}
        self._last_send: dict[int, float] = {}
        self._window: deque[float] = deque()
        self._runner: web.AppRunner | None = None
        # Webhooks (bot/botapi/webhook.py).
        self.webhook_url: str | None = None
        self.webhook_params: JSON | None = None
        self.webhook_answers: list[tuple[int, int | None]] = []
        self.on_webhook_answer: Callable[[int, int | None], None] | None = None
        self._pusher: asyncio.Task[None] | None = None

    # --- checks ----------------------------------------------------------------------------
    @staticmethod
    def _chat_id(params: JSON) -> int:
        try:
            return int(params["chat_id"])
        except (KeyError, ValueError, TypeError):
            raise ApiError(400, "Bad Request: chat not found") from None

    def _injected(self, method: str, params: JSON) -> Failure | None:
        for failure in self._failures:
            chat = params.get("chat_id")
            if failure.method == method and failure.chat_id in (None, chat, str(chat)):
                failure.times -= 1
                if failure.times <= 0:
                    self._failures.remove(failure)
                return failure
        return None

    def _check_rate(self, chat_id: int) -> None:
        if self.rate_limit is None:
            return
        now = time.monotonic()
        while self._window and self._window[0] <= now - 1.0:
            self._window.popleft()
        last = self._last_send.get(chat_id)
        too_soon_for_chat = last is not None and now - last < self.rate_limit.per_chat_interval
        if len(self._window) >= self.rate_limit.per_second or too_soon_for_chat:
            self.count_429 += 1
            self.count_429_chat += too_soon_for_chat
            retry = self.rate_limit.retry_after
            raise ApiError(429, f"Too Many Requests: retry after {retry}", retry)

    def _record_send(self, chat_id: int) -> None:
        now = time.monotonic()
        self.count_ok_sends += 1
        self._window.append(now)
        if (last := self._last_send.get(chat_id)) is not None:
            self.min_chat_interval = min(self.min_chat_interval, now - last)
        self._last_send[chat_id] = now

    # --- JSON objects ----------------------------------------------------------------------
    def _chat(self, chat_id: int) -> JSON:
        if chat_id in self._chats:
            return self._chats[chat_id]
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "Test"}
        return {"id": chat_id, "type": "group", "title": f"Test group {chat_id}"}

    def _message_json(self, msg: SentMessage) -> JSON:
        out: JSON = {
            "message_id": msg.message_id,
            "date": msg.date,
            "chat": self._chat(msg.chat_id),
            "from": self.bot_user,
        }
        if msg.method == "sendMessage":
            out["text"] = msg.text or ""
        elif msg.text is not None:
            out["caption"] = msg.text
        size = len(msg.file_bytes or b"")
        file_obj = {"file_id": msg.file_id, "file_unique_id": f"u{msg.file_id}", "file_size": size}
        if msg.method == "sendPhoto":
            out["photo"] = [{**file_obj, "width": 800, "height": 600}]
        elif msg.method == "sendDocument":
            out["document"] = {**file_obj, "file_name": msg.file_name or "file"}
        if msg.reply_markup and "inline_keyboard" in msg.reply_markup:
            out["reply_markup"] = msg.reply_markup
        if msg.edits:
            out["edit_date"] = int(time.time())
        return out

    def _find(self, params: JSON, verb: str) -> SentMessage:
        key = (self._chat_id(params), int(params.get("message_id", 0)))
        msg = self._by_key.get(key)
        if msg is None or msg.deleted:
            raise ApiError(400, f"Bad Request: message to {verb} not found")
        return msg

    def _queue(self, kind: str, payload: JSON) -> int:
        update_id = next(self._update_ids)
        self._updates.append({"update_id": update_id, kind: payload})
        self._wakeup.set()
        self._wakeup = asyncio.Event()
        return update_id
