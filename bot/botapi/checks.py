"""The checks Telegram makes on what a bot sends, made the same way (an error is the error
Telegram would answer with)."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from bot.botapi.model import HTML_TAGS, TEXT_FIELDS, ApiError


def decode(key: str, value: Any) -> Any:
    """Undo PTB's JSON encoding of non-string form values."""
    if not isinstance(value, str) or key in TEXT_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def check_html(text: str) -> str:
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
        if name not in HTML_TAGS:
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


def check_text(text: Any, parse_mode: Any, *, limit: int, what: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, f"Bad Request: {what} is empty")
    visible = check_html(text) if str(parse_mode).lower() == "html" else text
    if utf16_len(visible) > limit:
        raise ApiError(400, f"Bad Request: {what} is too long")
    return text


def check_markup(markup: Any) -> dict[str, Any] | None:
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
