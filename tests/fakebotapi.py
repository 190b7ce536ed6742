"""A local fake Telegram Bot API server speaking real HTTP/JSON.

Why: the test-suite and the benchmark run the *real* ``telegram.ext.Application`` (long
polling, request encoding, error mapping) against this server instead of mocking PTB, so the
whole path bot -> HTTP -> Telegram semantics is exercised. It records what the bot sent, lets
tests inject what a person does, and can inject failures (429/403/...) and flood control.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import math
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal, Self

from aiohttp import web

TOKEN = "123456:TEST-TOKEN-never-log-me"
BOT_USERNAME = "darmhuid_test_bot"
JSON = dict[str, Any]

# Form fields PTB sends as plain strings; everything else is JSON-encoded by PTB.
_TEXT_FIELDS = frozenset(
    {
        "text",
        "caption",
        "callback_query_id",
        "language_code",
        "parse_mode",
        "action",
        "url",
        "inline_message_id",
        "business_connection_id",
        "message_effect_id",
        "file_id",
    }
)
_METHODS = (
    "getMe",
    "deleteWebhook",
    "getUpdates",
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "deleteMessage",
    "deleteMessages",
    "answerCallbackQuery",
    "setMyCommands",
    "deleteMyCommands",
    "getMyCommands",
    "leaveChat",
    "sendPhoto",
    "sendDocument",
    "sendChatAction",
    "close",
    "logOut",
)
_CANONICAL = {m.lower(): m for m in _METHODS}
_TRIVIAL = frozenset({"sendChatAction", "close", "logOut"})
_SENDS = frozenset({"sendMessage", "sendPhoto", "sendDocument", "sendChatAction"})
_RATE_LIMITED = frozenset({"sendMessage", "sendPhoto", "sendDocument", "editMessageText"})
_HTML_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    }
)
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


@dataclass
class SentMessage:
    """A message the bot sent; edits and deletes update it in place."""

    message_id: int
    chat_id: int
    method: str
    text: str | None
    reply_markup: dict[str, Any] | None
    file_bytes: bytes | None = None
    file_name: str | None = None
    edits: list[str] = field(default_factory=list)
    deleted: bool = False
    sent_at: float = field(default_factory=time.monotonic)
    date: int = field(default_factory=lambda: int(time.time()))
    parse_mode: str | None = None
    file_id: str | None = None

    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of all inline buttons, row by row ("" for URL buttons)."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]

    def button(self, label_substring: str) -> str:
        """callback_data of the one button whose label contains ``label_substring``."""
        hits = [data for label, data in self.buttons() if label_substring in label]
        if len(hits) != 1:
            labels = [label for label, _ in self.buttons()]
            raise AssertionError(
                f"expected exactly one button containing {label_substring!r} in message "
                f"{self.message_id} ({self.text!r}), found {len(hits)}; labels: {labels}"
            )
        return hits[0]


@dataclass
class ApiCall:
    """One request the bot made (params with JSON strings decoded, uploads as Upload)."""

    method: str
    params: dict[str, Any]
    at: float


@dataclass
class Upload:
    """A multipart file part."""

    filename: str | None
    data: bytes


@dataclass
class User:
    """A person talking to the bot."""

    id: int
    first_name: str = "Test"
    language_code: str | None = "nl"
    last_name: str | None = None
    username: str | None = None

    def to_json(self) -> JSON:
        out: JSON = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        for key in ("language_code", "last_name", "username"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out


@dataclass
class RateLimit:
    """Telegram-like flood control: sends beyond these limits get 429 + retry_after."""

    per_second: float = 30.0
    per_chat_interval: float = 1.0
    retry_after: int = 1


# What an injected fault does. "error" answers with an error before anything is delivered;
# the others first deliver (a send is recorded as sent) and then: answer with an error
# ("error_after", a 502 from a front end, say), reset the connection ("reset_after"), answer
# too late for the client ("hang_after") or answer with something that is not JSON
# ("bad_json"). "reset_before" resets the connection before anything is delivered.
Fault = Literal["error", "error_after", "reset_before", "reset_after", "hang_after", "bad_json"]


@dataclass
class _Failure:
    method: str
    chat_id: int | None
    error_code: int
    description: str
    retry_after: int | None
    times: int
    fault: Fault = "error"
    hang_seconds: float = 0.0


class ApiError(Exception):
    """Raised inside handlers to answer with a Telegram error object."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after

    def response(self) -> web.Response:
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return web.json_response(body, status=self.code)


def _decode(key: str, value: Any) -> Any:
    """Undo PTB's JSON encoding of non-string form values."""
    if not isinstance(value, str) or key in _TEXT_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _check_html(text: str) -> str:
    """Reject markup Telegram's HTML parser rejects; return the visible text."""
    stack: list[str] = []
    for m in re.finditer(r"<(/?)([^\s>/]*)[^>]*(>?)", text):
        closing, name, end = m.group(1), m.group(2).lower(), m.group(3)
        if not end:
            raise ApiError(
                400,
                "Bad Request: can't parse entities: Can't find end of the tag "
                f"starting at byte offset {len(text[: m.start()].encode())}",
            )
        if name not in _HTML_TAGS:
            raise ApiError(
                400,
                "Bad Request: can't parse entities: Unsupported start tag "
                f'"{name}" at byte offset {len(text[: m.start()].encode())}',
            )
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            raise ApiError(
                400,
                "Bad Request: can't parse entities: Can't find end tag "
                f'corresponding to start tag "{name}"',
            )
    if stack:
        raise ApiError(
            400,
            "Bad Request: can't parse entities: Can't find end tag "
            f'corresponding to start tag "{stack[-1]}"',
        )
    return html.unescape(re.sub(r"<[^>]*>", "", text))


def _check_text(text: Any, parse_mode: Any, *, limit: int, what: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, f"Bad Request: {what} is empty")
    visible = _check_html(text) if str(parse_mode).lower() == "html" else text
    if _utf16_len(visible) > limit:
        raise ApiError(400, f"Bad Request: {what} is too long")
    return text


def _check_markup(markup: Any) -> dict[str, Any] | None:
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if set(button) <= {"text"}:
                raise ApiError(
                    400, "Bad Request: text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    return markup


class FakeBotApi:
    """The fake server; see module docstring. Use ``async with FakeBotApi() as api``."""

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
        self._failures: list[_Failure] = []
        self._callback_ids: set[str] = set()
        self._cursors: dict[int, int] = {}
        self._files: dict[str, tuple[bytes, str | None]] = {}
        self._last_send: dict[int, float] = {}
        self._window: deque[float] = deque()
        self._runner: web.AppRunner | None = None

    # --- lifecycle -------------------------------------------------------------------------
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
        method = _CANONICAL.get(raw_method.lower())
        self.calls.append(ApiCall(method or raw_method, params, time.monotonic()))
        if method is None:
            return ApiError(404, "Not Found").response()
        injected = self._injected(method, params)
        if injected is not None and injected.fault == "reset_before":
            return await self._reset(request)
        try:
            if injected is not None and injected.fault == "error":
                raise ApiError(injected.error_code, injected.description, injected.retry_after)
            if method in _SENDS and self._chat_id(params) in self._forbidden:
                raise ApiError(403, self._forbidden[self._chat_id(params)])
            if method in _RATE_LIMITED:
                self._check_rate(self._chat_id(params))
            if method == "getUpdates":
                result: Any = await self._get_updates(params)
            elif method in _TRIVIAL:
                result = True
            elif method in ("sendMessage", "sendPhoto", "sendDocument"):
                result = self._send(method, params)
            else:
                result = getattr(self, f"_m_{method}")(params)
            if method in _RATE_LIMITED:
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
        return {key: _decode(key, value) for key, value in raw.items()}

    # --- checks ----------------------------------------------------------------------------
    @staticmethod
    def _chat_id(params: JSON) -> int:
        try:
            return int(params["chat_id"])
        except (KeyError, ValueError, TypeError):
            raise ApiError(400, "Bad Request: chat not found") from None

    def _injected(self, method: str, params: JSON) -> _Failure | None:
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

    # --- methods (``_m_<name>``) -----------------------------------------------------------
    def _m_getMe(self, params: JSON) -> JSON:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _m_deleteWebhook(self, params: JSON) -> bool:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _get_updates(self, params: JSON) -> list[JSON]:
        """Long poll: confirm by offset, then block until an update or the timeout."""
        offset = int(params.get("offset") or 0)
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            self._confirmed = max(self._confirmed, offset)
        if params.get("allowed_updates") is not None:
            self._allowed = list(params["allowed_updates"])
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while True:
            wakeup = self._wakeup
            ready = [u for u in self._updates if not self._allowed or set(u) & set(self._allowed)]
            remaining = deadline - time.monotonic()
            if ready or remaining <= 0 or self._closing:
                return ready[:limit]
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wakeup.wait(), remaining)

    def _send(self, method: str, params: JSON) -> JSON:
        chat_id = self._chat_id(params)
        data: bytes | None = None
        name: str | None = None
        file_id: str | None = None
        if method == "sendMessage":
            text: str | None = _check_text(
                params.get("text"), params.get("parse_mode"), limit=4096, what="message text"
            )
        else:
            text = params.get("caption")
            if text is not None:
                _check_text(text, params.get("parse_mode"), limit=1024, what="message caption")
            upload = params.get("photo" if method == "sendPhoto" else "document")
            if isinstance(upload, Upload):
                data, name, file_id = upload.data, upload.filename, f"F{next(self._ids)}"
                self._files[file_id] = (data, name)
            elif isinstance(upload, str) and upload in self._files:
                file_id = upload
                data, name = self._files[upload]
            else:
                raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        msg = SentMessage(
            next(self._ids),
            chat_id,
            method,
            text,
            _check_markup(params.get("reply_markup")),
            data,
            name,
            parse_mode=params.get("parse_mode"),
            file_id=file_id,
        )
        self.sent.append(msg)
        self._by_key[(chat_id, msg.message_id)] = msg
        self._by_chat.setdefault(chat_id, []).append(msg)
        if self.on_delivery is not None:
            self.on_delivery(msg)
        return self._message_json(msg)

    def _m_editMessageText(self, params: JSON) -> JSON:
        msg = self._find(params, "edit")
        text = _check_text(
            params.get("text"), params.get("parse_mode"), limit=4096, what="message text"
        )
        markup = _check_markup(params.get("reply_markup"))  # omitted => keyboard removed
        if msg.method != "sendMessage":
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        if text == msg.text and markup == msg.reply_markup:
            raise ApiError(400, _NOT_MODIFIED)
        msg.text, msg.reply_markup, msg.parse_mode = text, markup, params.get("parse_mode")
        msg.edits.append(text)
        return self._message_json(msg)

    def _m_editMessageReplyMarkup(self, params: JSON) -> JSON:
        msg = self._find(params, "edit")
        markup = _check_markup(params.get("reply_markup"))
        if markup == msg.reply_markup:
            raise ApiError(400, _NOT_MODIFIED)
        msg.reply_markup = markup
        return self._message_json(msg)

    def _m_deleteMessage(self, params: JSON) -> bool:
        self._find(params, "delete").deleted = True
        return True

    def _m_deleteMessages(self, params: JSON) -> bool:
        """Up to 100 ids in one chat; ids that are not there are skipped, as Telegram does."""
        chat_id, ids = self._chat_id(params), params.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise ApiError(400, "Bad Request: message_ids must be 1-100 identifiers")
        for message_id in ids:
            message = self._by_key.get((chat_id, int(message_id)))
            if message is not None:
                message.deleted = True
        return True

    def _m_answerCallbackQuery(self, params: JSON) -> bool:
        if params.get("callback_query_id") not in self._callback_ids:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        self.callback_answers.append(params)
        return True

    def _m_setMyCommands(self, params: JSON) -> bool:
        commands = list(params["commands"])
        scope = params.get("scope") or {}
        for cmd in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(cmd.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(cmd.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        if scope.get("type") == "chat":
            self.chat_commands[int(scope["chat_id"])] = commands
        else:
            self.commands[params.get("language_code") or None] = commands
        return True

    def _m_deleteMyCommands(self, params: JSON) -> bool:
        scope = params.get("scope") or {}
        if scope.get("type") == "chat":
            self.chat_commands.pop(int(scope["chat_id"]), None)
        else:
            self.commands.pop(params.get("language_code") or None, None)
        return True

    def _m_getMyCommands(self, params: JSON) -> list[dict[str, str]]:
        return self.commands.get(params.get("language_code") or None, [])

    def _m_leaveChat(self, params: JSON) -> bool:
        chat_id = self._chat_id(params)
        self.left_chats.append(chat_id)
        self._forbidden[chat_id] = "Forbidden: bot is not a member of the group chat"
        return True

    # --- injecting what people do ----------------------------------------------------------
    def _queue(self, kind: str, payload: JSON) -> int:
        update_id = next(self._update_ids)
        self._updates.append({"update_id": update_id, kind: payload})
        self._wakeup.set()
        self._wakeup = asyncio.Event()
        return update_id

    def send_text(
        self, user: User, text: str, *, chat_id: int | None = None, chat_type: str = "private"
    ) -> int:
        """Queue a text message; a leading /command gets a bot_command entity."""
        cid = user.id if chat_id is None else chat_id
        if chat_type == "private":
            chat: JSON = {"id": cid, "type": "private", "first_name": user.first_name}
        else:
            chat = {"id": cid, "type": chat_type, "title": f"Test group {cid}"}
        self._chats[cid] = chat
        message: JSON = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user.to_json(),
            "text": text,
        }
        if command := re.match(r"/\S+", text):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command.group())}
            ]
        return self._queue("message", message)

    def press(
        self, user: User, message: SentMessage, callback_data: str, *, check: bool = True
    ) -> int:
        """Queue a callback_query; ``check`` asserts the button is really on the message."""
        if check:
            assert not message.deleted, f"message {message.message_id} was deleted"
            datas = [data for _, data in message.buttons()]
            assert callback_data in datas, f"{callback_data!r} not among buttons {datas}"
        query_id = f"cq{next(self._ids)}"
        self._callback_ids.add(query_id)
        return self._queue(
            "callback_query",
            {
                "id": query_id,
                "from": user.to_json(),
                "message": self._message_json(message),
                "chat_instance": f"ci{message.chat_id}",
                "data": callback_data,
            },
        )

    def _member_update(self, user: User, chat: JSON, old: JSON, new: JSON) -> int:
        self._chats[chat["id"]] = chat
        return self._queue(
            "my_chat_member",
            {
                "chat": chat,
                "from": user.to_json(),
                "date": int(time.time()),
                "old_chat_member": {"user": self.bot_user, **old},
                "new_chat_member": {"user": self.bot_user, **new},
            },
        )

    def add_bot_to_group(self, user: User, group_id: int, group_type: str = "group") -> int:
        """Queue my_chat_member (left -> member) for a group; sends there work again."""
        self._forbidden.pop(group_id, None)
        chat = {"id": group_id, "type": group_type, "title": f"Test group {group_id}"}
        return self._member_update(user, chat, {"status": "left"}, {"status": "member"})

    def block_bot(self, user: User) -> int:
        """Queue my_chat_member (member -> kicked); later sends to the user answer 403."""
        self._forbidden[user.id] = "Forbidden: bot was blocked by the user"
        chat = {"id": user.id, "type": "private", "first_name": user.first_name}
        return self._member_update(
            user, chat, {"status": "member"}, {"status": "kicked", "until_date": 0}
        )

    def unblock_bot(self, user: User) -> int:
        """Queue my_chat_member (kicked -> member); sends to the user work again."""
        self._forbidden.pop(user.id, None)
        chat = {"id": user.id, "type": "private", "first_name": user.first_name}
        return self._member_update(
            user, chat, {"status": "kicked", "until_date": 0}, {"status": "member"}
        )

    def fail_next(
        self,
        method: str,
        *,
        error_code: int,
        description: str,
        retry_after: int | None = None,
        chat_id: int | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` (for ``chat_id``) with an error."""
        self.inject(
            method,
            "error",
            error_code=error_code,
            description=description,
            retry_after=retry_after,
            chat_id=chat_id,
            times=times,
        )

    def inject(
        self,
        method: str,
        fault: Fault,
        *,
        chat_id: int | None = None,
        times: int = 1,
        error_code: int = 502,
        description: str = "Bad Gateway",
        retry_after: int | None = None,
        hang_seconds: float = 0.0,
    ) -> None:
        """The next ``times`` calls of ``method`` (for ``chat_id``) meet ``fault``."""
        assert method in _METHODS, f"unknown method {method!r}"
        self._failures.append(
            _Failure(
                method, chat_id, error_code, description, retry_after, times, fault, hang_seconds
            )
        )

    # --- inspecting and waiting ------------------------------------------------------------
    def messages_to(self, chat_id: int) -> list[SentMessage]:
        return list(self._by_chat.get(chat_id, []))

    def _recent(self) -> str:
        return ", ".join(f"{c.method}({c.params.get('chat_id', '')})" for c in self.calls[-12:])

    async def wait_until(
        self,
        predicate: Callable[[], bool],
        *,
        timeout: float = 5.0,
        what: str = "",
    ) -> None:
        """Poll ``predicate`` (tests must never sleep fixed times)."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"timed out after {timeout}s waiting for "
                    f"{what or 'condition'}; recent calls: {self._recent()}"
                )
            await asyncio.sleep(0.005)

    async def wait_for_message(
        self,
        chat_id: int,
        *,
        after: int = 0,
        timeout: float = 5.0,
    ) -> SentMessage:
        """Next message to ``chat_id`` not yet returned (per-chat cursor); ``after`` skips
        the first ``after`` messages of that chat."""
        index = max(self._cursors.get(chat_id, 0), after)
        try:
            await self.wait_until(
                lambda: len(self.messages_to(chat_id)) > index,
                timeout=timeout,
                what=f"message #{index} to chat {chat_id}",
            )
        except AssertionError as err:
            texts = [m.text for m in self.messages_to(chat_id)]
            raise AssertionError(f"{err}; messages to chat so far: {texts}") from None
        self._cursors[chat_id] = index + 1
        return self.messages_to(chat_id)[index]

    async def wait_confirmed(self, update_id: int, *, timeout: float = 5.0) -> None:
        """Until the bot called getUpdates with an offset beyond ``update_id``."""
        await self.wait_until(
            lambda: self._confirmed > update_id,
            timeout=timeout,
            what=f"bot to confirm update {update_id}",
        )
