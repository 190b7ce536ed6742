"""The settings of running in production: the webhook's, the web server's, BACKUP_DIR, and
secrets from systemd's credentials (LoadCredential=)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from bot.config import Settings, settings_error

SECRET = "s3cret-" + "x" * 30


def make(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def error(**values: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        make(**values)
    return settings_error(caught.value)


def test_polling_by_default_with_no_web_server() -> None:
    settings = make()
    assert not settings.webhook and settings.listen_on is None and settings.backup_dir is None
    assert make(listen_port=9100).listen_on == ("127.0.0.1", 9100)  # /healthz, /metrics


def test_webhook_listens_on_8080_and_takes_its_path_from_the_url() -> None:
    settings = make(webhook_url="https://coach.example.org/hook", webhook_secret=SECRET)
    assert settings.webhook and settings.listen_on == ("127.0.0.1", 8080)
    assert settings.webhook_route == "/hook"
    bare = make(webhook_url="https://coach.example.org", webhook_secret=SECRET)
    assert bare.webhook_route == "/telegram"
    assert (
        make(
            webhook_url="https://coach.example.org/x", webhook_secret=SECRET, webhook_path="/y"
        ).webhook_route
        == "/y"
    )


def test_empty_values_from_env_example_mean_unset() -> None:
    settings = make(webhook_url="", webhook_path="", listen_port="", backup_dir="")
    assert settings.webhook_url is None and settings.listen_port is None
    assert settings.backup_dir is None and settings.webhook_path is None


def test_a_webhook_needs_https_and_a_long_secret() -> None:
    assert "WEBHOOK_URL must be the public https:// address" in error(
        webhook_url="http://coach.example.org/telegram", webhook_secret=SECRET
    )
    missing = error(webhook_url="https://coach.example.org/telegram")
    assert "WEBHOOK_SECRET must be 32 to 256" in missing and "secrets.token_urlsafe" in missing
    short = error(webhook_url="https://coach.example.org/telegram", webhook_secret="abc")
    assert "WEBHOOK_SECRET" in short and "abc" not in short  # a secret is never shown
    odd = error(webhook_url="https://coach.example.org/telegram", webhook_secret="é" * 40)
    assert "WEBHOOK_SECRET" in odd
    # Plain http only to this machine (a local Bot API server in tests).
    assert make(webhook_url="http://127.0.0.1:8443/telegram", webhook_secret=SECRET).webhook


def test_ports_paths_and_connections_are_checked() -> None:
    assert "LISTEN_PORT" in error(listen_port=70000)
    assert "WEBHOOK_PATH must be a path" in error(webhook_path="telegram")
    assert "WEBHOOK_MAX_CONNECTIONS" in error(webhook_max_connections=0)


def test_secrets_come_from_systemd_credentials(tmp_path: Path) -> None:
    (tmp_path / "telegram_bot_token").write_text("123:from-a-credential\n")
    (tmp_path / "webhook_secret").write_text(SECRET + "\n")
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        _secrets_dir=tmp_path,
        webhook_url="https://coach.example.org/telegram",
    )
    assert settings.telegram_bot_token.get_secret_value() == "123:from-a-credential"
    assert settings.webhook_secret.get_secret_value() == SECRET


ROOT = Path(__file__).resolve().parent.parent


def test_the_example_env_file_hides_no_credential_and_no_default(tmp_path: Path) -> None:
    """coach.env, a copy of .env.example as docs/deploy.md says, with the credentials beside
    it: its empty lines leave the token and the secret to their files and every other value
    to its default."""
    (tmp_path / "telegram_bot_token").write_text("123:from-a-credential\n")
    (tmp_path / "webhook_secret").write_text(SECRET + "\n")
    settings = Settings(
        _env_file=ROOT / ".env.example",  # type: ignore[call-arg]
        _secrets_dir=tmp_path,
    )
    assert settings.telegram_bot_token.get_secret_value() == "123:from-a-credential"
    assert settings.webhook_secret.get_secret_value() == SECRET
    assert settings == Settings(
        _env_file=None,  # type: ignore[call-arg]
        _secrets_dir=tmp_path,
    )


def test_an_empty_variable_in_the_environment_means_unset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "telegram_bot_token").write_text("123:from-a-credential\n")
    for name in ("TELEGRAM_BOT_TOKEN", "DATABASE_PATH", "BACKUP_DIR", "LISTEN_PORT"):
        monkeypatch.setenv(name, "")
    settings = Settings(_env_file=None, _secrets_dir=tmp_path)  # type: ignore[call-arg]
    assert settings.telegram_bot_token.get_secret_value() == "123:from-a-credential"
    assert settings.database_path == Path("data/coach.db") and settings.backup_dir is None


def test_a_credential_that_cannot_be_read_stops_the_bot_with_one_line(tmp_path: Path) -> None:
    """Not a traceback: which setting, from where, why; never what the file holds."""
    (tmp_path / "telegram_bot_token").write_bytes(b"\xff\xfe123:secret-part")
    done = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env={**os.environ, "CREDENTIALS_DIRECTORY": str(tmp_path), "TELEGRAM_BOT_TOKEN": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "Could not read the setting TELEGRAM_BOT_TOKEN from its credential file: "
        "UnicodeDecodeError."
    ]
    assert "secret-part" not in done.stdout + done.stderr
