"""Settings read from the environment or `.env`; the token is a SecretStr so it never prints.

Each setting is checked when the bot starts; a wrong one stops it with one line that names
the setting and what it may be (see `bot.__main__`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Literal, Self
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict, SettingsError

from bot.programme.times import canonical_zone

TELEGRAM_API = "https://api.telegram.org/bot"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
# Settings whose value may be shown back in an error: never the token.
_SHOWN = frozenset(
    {
        "database_path",
        "default_language",
        "default_timezone",
        "log_level",
        "admin_chat_ids",
        "webhook_url",
        "webhook_path",
        "webhook_max_connections",
        "listen_host",
        "listen_port",
        "backup_dir",
    }
)
# The port the webhook listens on when LISTEN_PORT is not set (polling listens on none).
WEBHOOK_PORT = 8080
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
# What Telegram allows in a secret token; 32 or more of them, so it cannot be guessed.
_SECRET = re.compile(r"[A-Za-z0-9_-]{32,256}")


class Settings(BaseSettings):
    # Under systemd, LoadCredential= puts secrets in files under $CREDENTIALS_DIRECTORY, one
    # per setting, named like it (telegram_bot_token, webhook_secret); the environment and .env
    # come first.
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        # An empty line (`BACKUP_DIR=`, as .env.example has them) means unset: the default,
        # or the credential file, which an empty `TELEGRAM_BOT_TOKEN=` would otherwise hide.
        env_ignore_empty=True,
        secrets_dir=os.environ.get("CREDENTIALS_DIRECTORY") or None,
    )

    telegram_bot_token: SecretStr = SecretStr("")
    database_path: Path = Path("data/coach.db")
    default_language: Literal["nl", "en"] = "nl"
    default_timezone: str = "Europe/Amsterdam"
    telegram_api_base_url: str = TELEGRAM_API
    admin_chat_ids: Annotated[frozenset[int], NoDecode] = Field(default_factory=frozenset)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # Webhook mode (docs/deploy.md) when WEBHOOK_URL is set; long polling otherwise.
    webhook_url: str | None = None
    webhook_secret: SecretStr = SecretStr("")
    webhook_path: str | None = None
    webhook_max_connections: int = Field(default=40, ge=1, le=100)
    listen_host: str = "127.0.0.1"
    listen_port: int | None = Field(default=None, ge=1, le=65535)
    # Where `python -m bot backup` writes, and where the bot backs up nightly when set.
    backup_dir: Path | None = None
    # Reminder rows older than this many days are compacted nightly into weekly counts
    # (jobs/compaction.py); chosen from the bench's simulated year (docs/benchmark.md): the
    # numbers are the same whatever it is, and 7 is the longest that keeps a year at 100,000
    # people under 5 GB. Not less: the last tip shown and /stats read a week of single rows.
    history_days: int = Field(default=7, ge=7)

    @field_validator("default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        zone = canonical_zone(value)
        if zone is None:
            raise ValueError("must be a time zone such as Europe/Amsterdam (IANA's zone.tab)")
        return zone

    @field_validator("admin_chat_ids", mode="before")
    @classmethod
    def _comma_list(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [part for part in value.replace(" ", "").split(",") if part]
            if not all(part.lstrip("-").isascii() and part.lstrip("-").isdigit() for part in parts):
                raise ValueError("must be Telegram chat ids separated by commas, like 12345,67890")
            return frozenset(int(part) for part in parts)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _default_api(cls, value: str) -> str:
        value = value.strip() or TELEGRAM_API
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// address, like " + TELEGRAM_API)
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        """`info` is INFO; anything else stays as typed, so the error can show it."""
        if isinstance(value, str) and value.strip().upper() in LOG_LEVELS:
            return value.strip().upper()
        return value

    @field_validator("webhook_url", "webhook_path", "listen_port", "backup_dir", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        """`WEBHOOK_URL=` in .env (as .env.example has it) means not set."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("webhook_url")
    @classmethod
    def _public_https(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        parts = urlsplit(value)
        local = parts.scheme == "http" and parts.hostname in LOOPBACK
        if not (parts.scheme == "https" or local) or not parts.hostname:
            raise ValueError(
                "must be the public https:// address Telegram calls, like "
                "https://coach.example.org/telegram"
            )
        return value

    @field_validator("webhook_path")
    @classmethod
    def _a_path(cls, value: str | None) -> str | None:
        if value is not None and (not value.startswith("/") or value.startswith("//")):
            raise ValueError("must be a path that begins with one /, like /telegram")
        return value

    @model_validator(mode="after")
    def _webhook_needs_a_secret(self) -> Self:
        if self.webhook_url is None:
            return self
        secret = self.webhook_secret.get_secret_value().strip()
        if not _SECRET.fullmatch(secret):
            raise ValueError(
                "WEBHOOK_SECRET must be 32 to 256 letters, digits, _ or - when WEBHOOK_URL is "
                "set (make one with: python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
            )
        return self

    @property
    def webhook(self) -> bool:
        return self.webhook_url is not None

    @property
    def webhook_route(self) -> str:
        """The path the webhook answers on: WEBHOOK_PATH, else WEBHOOK_URL's own, else
        /telegram (a proxy in front may map one to the other)."""
        if self.webhook_path:
            return self.webhook_path
        path = urlsplit(self.webhook_url or "").path
        return path if path.startswith("/") and path != "/" else "/telegram"

    @property
    def listen_on(self) -> tuple[str, int] | None:
        """Where the bot's own web server (webhook, /healthz, /metrics) listens, if at all."""
        if self.listen_port is not None:
            return self.listen_host, self.listen_port
        return (self.listen_host, WEBHOOK_PORT) if self.webhook else None

    @property
    def file_base_url(self) -> str:
        """`…/bot` → `…/file/bot`, the same way Telegram lays out its own URLs."""
        base = self.telegram_api_base_url
        head, sep, tail = base.rpartition("/bot")
        if not sep:
            return base.rstrip("/") + "/file/bot"
        return f"{head}/file/bot{tail}"


def unreadable_settings(error: SettingsError) -> str:
    """One line for a setting that could not even be read (a credential file the bot's user
    may not read, say): which one and why, never its content."""
    found = re.search(r'field "(\w+)" from source "(\w+)"', str(error))
    field, source = found.groups() if found else ("", "")
    where = {"SecretsSettingsSource": " from its credential file"}.get(source, "")
    cause = error.__cause__
    reason = f": {type(cause).__name__}" if cause is not None else ""
    if isinstance(cause, OSError) and cause.strerror:
        reason += f" ({cause.strerror})"
    return f"Could not read the setting {field.upper() or '?'}{where}{reason}."


def settings_error(error: ValidationError) -> str:
    """One line: each wrong setting by its name in .env, what it may be, and (unless it is the
    token) what it was."""
    parts = []
    for problem in error.errors():
        field = str(problem["loc"][0]) if problem["loc"] else ""
        reason = str(problem["msg"]).removeprefix("Value error, ")
        if not field:  # a rule about several settings: its message names them
            parts.append(reason)
            continue
        if field == "log_level":
            reason = "must be one of " + ", ".join(LOG_LEVELS)
        shown = f" (got {problem['input']!r})" if field in _SHOWN and "input" in problem else ""
        parts.append(f"{field.upper()} {reason}{shown}")
    return "Invalid setting in .env or the environment: " + "; ".join(parts) + "."
