"""Settings read from the environment or `.env`; the token is a SecretStr so it never prints.

Each setting is checked when the bot starts; a wrong one stops it with one line that names
the setting and what it may be (see `bot.__main__`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.programme.times import canonical_zone

TELEGRAM_API = "https://api.telegram.org/bot"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
# Settings whose value may be shown back in an error: never the token.
_SHOWN = frozenset(
    {"database_path", "default_language", "default_timezone", "log_level", "admin_chat_ids"}
)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr = SecretStr("")
    database_path: Path = Path("data/coach.db")
    default_language: Literal["nl", "en"] = "nl"
    default_timezone: str = "Europe/Amsterdam"
    telegram_api_base_url: str = TELEGRAM_API
    admin_chat_ids: Annotated[frozenset[int], NoDecode] = Field(default_factory=frozenset)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

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

    @property
    def file_base_url(self) -> str:
        """`…/bot` → `…/file/bot`, the same way Telegram lays out its own URLs."""
        base = self.telegram_api_base_url
        head, sep, tail = base.rpartition("/bot")
        if not sep:
            return base.rstrip("/") + "/file/bot"
        return f"{head}/file/bot{tail}"


def settings_error(error: ValidationError) -> str:
    """One line: each wrong setting by its name in .env, what it may be, and (unless it is the
    token) what it was."""
    parts = []
    for problem in error.errors():
        field = str(problem["loc"][0]) if problem["loc"] else "?"
        reason = str(problem["msg"]).removeprefix("Value error, ")
        if field == "log_level":
            reason = "must be one of " + ", ".join(LOG_LEVELS)
        shown = f" (got {problem['input']!r})" if field in _SHOWN and "input" in problem else ""
        parts.append(f"{field.upper()} {reason}{shown}")
    return "Invalid setting in .env or the environment: " + "; ".join(parts) + "."
