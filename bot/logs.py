"""Logging that never shows the bot token, a person's words or who they are.

Our own lines name a participant by `Store.log_id` (a keyed hash), never by Telegram id, and
hold no text or answer. The libraries are kept above their chatty levels, whatever LOG_LEVEL
says: python-telegram-bot's DEBUG lines hold every update and every Bot API result (message
texts, callback data, first and last names, usernames), and httpx logs each request's URL,
which holds the token.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Final

REDACTED = "[redacted]"
# The lowest level each library may log at, whatever the bot's own level.
LIBRARY_LEVELS: Final[dict[str, int]] = {
    "telegram": logging.INFO,
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "apscheduler": logging.WARNING,
    "aiohttp": logging.WARNING,
}


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
    handler.addFilter(RedactSecrets(secrets))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    quiet_library_logs()


def quiet_library_logs() -> None:
    for name, level in LIBRARY_LEVELS.items():
        logging.getLogger(name).setLevel(level)
