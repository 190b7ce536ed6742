"""Settings read from the environment or `.env`; the token is a SecretStr so it never prints."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

TELEGRAM_API = "https://api.telegram.org/bot"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr = SecretStr("")
    database_path: Path = Path("data/coach.db")
    default_language: Literal["nl", "en"] = "nl"
    default_timezone: str = "Europe/Amsterdam"
    telegram_api_base_url: str = TELEGRAM_API
    admin_chat_ids: Annotated[frozenset[int], NoDecode] = Field(default_factory=frozenset)
    log_level: str = "INFO"

    @field_validator("default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("admin_chat_ids", mode="before")
    @classmethod
    def _comma_list(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(int(part) for part in value.replace(" ", "").split(",") if part)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _default_api(cls, value: str) -> str:
        return value.strip() or TELEGRAM_API

    @field_validator("log_level")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()

    @property
    def file_base_url(self) -> str:
        """`…/bot` → `…/file/bot`, the same way Telegram lays out its own URLs."""
        base = self.telegram_api_base_url
        head, sep, tail = base.rpartition("/bot")
        if not sep:
            return base.rstrip("/") + "/file/bot"
        return f"{head}/file/bot{tail}"
