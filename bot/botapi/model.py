"""What the embedded Bot API server deals in: the messages it keeps, the calls it records,
the people who talk to the bot, Telegram's limits and the faults it can play."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Literal

from aiohttp import web

TOKEN = "123456:TEST-TOKEN-never-log-me"
BOT_USERNAME = "darmhuid_test_bot"
JSON = dict[str, Any]

# Form fields PTB sends as plain strings; everything else is JSON-encoded by PTB.
TEXT_FIELDS = frozenset(
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
METHODS = (
    "getMe",
    "deleteWebhook",
    "setWebhook",
    "getWebhookInfo",
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
CANONICAL = {m.lower(): m for m in METHODS}
TRIVIAL = frozenset({"sendChatAction", "close", "logOut"})
SENDS = frozenset({"sendMessage", "sendPhoto", "sendDocument", "sendChatAction"})
RATE_LIMITED = frozenset({"sendMessage", "sendPhoto", "sendDocument", "editMessageText"})
HTML_TAGS = frozenset(
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
NOT_MODIFIED = (
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
# ("bad_json"). "reset_before" resets the connection before anything is delivered, and
# "hang_before" holds the request for hang_seconds before it is delivered (not at all if the
# client has gone by then).
Fault = Literal[
    "error", "error_after", "reset_before", "hang_before", "reset_after", "hang_after", "bad_json"
]


@dataclass
class Failure:
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
