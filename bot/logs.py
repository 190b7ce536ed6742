"""Logging that never shows the bot token, a person's words or who they are.

Our own lines name a participant by `Store.log_id` (a keyed hash), never by Telegram id, and
hold no text or answer. The libraries are kept above their chatty levels, whatever LOG_LEVEL
says: python-telegram-bot's DEBUG lines hold every update and every Bot API result (message
texts, callback data, first and last names, usernames), httpx logs each request's URL, which
holds the token, and fontTools names at INFO every glyph of a PDF it subsets (so the letters
of a person's note). Any other library's line is shown from WARNING only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Final

REDACTED = "[redacted]"
# The lowest level each library may log at, whatever the bot's own level; any library not
# named here, WARNING (`OursOrWarnings`).
LIBRARY_LEVELS: Final[dict[str, int]] = {
    "telegram": logging.INFO,
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "apscheduler": logging.WARNING,
    "aiohttp": logging.WARNING,
    "fontTools": logging.WARNING,
    "matplotlib": logging.WARNING,
    "PIL": logging.WARNING,
}
# The loggers that are ours (`python -m bot` runs bot/__main__.py as "__main__").
OURS: Final = ("bot", "jobs", "messages", "__main__")


def _top(name: str) -> str:
    return name.partition(".")[0]


class OursOrWarnings(logging.Filter):
    """Our own lines at the level LOG_LEVEL asks; a library's from its level in
    LIBRARY_LEVELS, any other library's from WARNING: a library added later cannot bring
    a chatty logger with it."""

    def filter(self, record: logging.LogRecord) -> bool:
        top = _top(record.name)
        if top in OURS:
            return True
        return record.levelno >= LIBRARY_LEVELS.get(top, logging.WARNING)


class RedactSecrets(logging.Filter):
    """Replaces each secret in the formatted message; a last line of defence, not the first."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self._secrets):
            for secret in self._secrets:
                message = message.replace(secret, REDACTED)
            record.msg, record.args = message, None
        if record.exc_info:
            # Tracebacks can carry URLs (and so the token): keep only the exception type.
            kind = record.exc_info[0].__name__ if record.exc_info[0] else "error"
            record.msg = f"{record.getMessage()} [{kind}]"
            record.args, record.exc_info, record.exc_text = None, None, None
        return True


def configure_logging(level: str, secrets: Iterable[str]) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(OursOrWarnings())
    handler.addFilter(RedactSecrets(secrets))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    quiet_library_logs()


def quiet_library_logs() -> None:
    for name, level in LIBRARY_LEVELS.items():
        logging.getLogger(name).setLevel(level)
