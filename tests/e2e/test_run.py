"""`make run` as an operator meets it: `python -m bot` in its own process, against our server."""

from __future__ import annotations

import asyncio
import os
import signal
import stat
import sys
from pathlib import Path

import pytest

from bot.botapi import TOKEN, FakeBotApi, User
from bot.botapi.model import BOT_USERNAME

ROOT = Path(__file__).resolve().parents[2]  # tests/e2e/ -> the repository


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update({"PYTHONPATH": str(ROOT), "DATABASE_PATH": str(tmp_path / "data" / "coach.db")})
    env.update(extra)
    return env


async def test_without_a_token_it_says_how_to_get_one(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=_env(tmp_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 1
    lines = stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "@BotFather" in lines[0] and ".env" in lines[0]
    assert stdout == b""
    assert not (tmp_path / "data").exists()


async def test_it_polls_answers_and_never_logs_the_token(
    tmp_path: Path, server: FakeBotApi
) -> None:
    env = _env(
        tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=server.base_url, LOG_LEVEL="DEBUG"
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await server.wait_until(
            lambda: any(c.method == "getUpdates" for c in server.calls),
            timeout=60,
            what="the bot polls",
        )
        assert set(server.commands) == {"nl", "en", None}
        anna = User(5001, "Anna", language_code="nl")
        server.send_text(anna, "/start")
        welcome = await server.wait_for_message(anna.id, timeout=20)
        assert "Welkom bij Darm-Huid Coach" in (welcome.text or "")
    finally:
        process.send_signal(signal.SIGINT)
        stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    log = stderr.decode() + stdout.decode()
    assert process.returncode == 0, log
    assert "starting long polling" in log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    database = tmp_path / "data" / "coach.db"
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE(database.parent.stat().st_mode) == 0o700


async def _fails_at_start(tmp_path: Path, **settings: str) -> tuple[int | None, list[str]]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=_env(tmp_path, **settings),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    output = (stdout + stderr).decode()
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    return process.returncode, output.strip().splitlines()


async def test_a_rejected_token_is_one_line_and_never_printed(
    tmp_path: Path, server: FakeBotApi
) -> None:
    code, lines = await _fails_at_start(
        tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=server.base_url + "x"
    )
    assert code != 0
    assert len(lines) == 1 and "rejected the bot token" in lines[0], lines


async def test_an_unreachable_bot_api_server_is_one_line(tmp_path: Path) -> None:
    closed = FakeBotApi()
    await closed.start()
    url = closed.base_url
    await closed.stop()  # nobody listens there any more
    code, lines = await _fails_at_start(
        tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=url
    )
    assert code != 0
    assert len(lines) == 1 and "Cannot reach the Bot API server" in lines[0], lines
    assert "TELEGRAM_API_BASE_URL" in lines[0]


async def test_an_invalid_setting_names_itself_and_what_is_allowed(tmp_path: Path) -> None:
    code, lines = await _fails_at_start(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        LOG_LEVEL="verbose",
        DEFAULT_TIMEZONE="Mars/Olympus_Mons",
        ADMIN_CHAT_IDS="12,abc",
    )
    assert code == 2
    assert len(lines) == 1, lines
    assert "LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR (got 'verbose')" in lines[0]
    assert "DEFAULT_TIMEZONE must be a time zone" in lines[0]
    assert "ADMIN_CHAT_IDS must be Telegram chat ids" in lines[0]
    assert not (tmp_path / "data").exists()


async def test_once_running_it_says_which_bot_it_is(tmp_path: Path, server: FakeBotApi) -> None:
    """An operator learns from `make run` where to find the bot: its @username and link."""
    env = _env(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=server.base_url)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        first = (await asyncio.wait_for(process.stdout.readline(), timeout=60)).decode()
        # It runs: it answers.
        anna = User(5002, "Anna", language_code="nl")
        server.send_text(anna, "/start")
        await server.wait_for_message(anna.id, timeout=20)
    finally:
        process.send_signal(signal.SIGINT)
        stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 0, stderr.decode()
    assert first == (
        f"Darm-Huid Coach runs as @{BOT_USERNAME}: https://t.me/{BOT_USERNAME} (Ctrl-C stops it)\n"
    )
    assert BOT_USERNAME not in stdout.decode()  # said once
    assert TOKEN not in (first + stdout.decode() + stderr.decode())


@pytest.mark.parametrize(
    ("token", "hint"),
    [
        ("no-colon-in-this-token", ""),
        ("123456 :SECRET-part", ""),
        ("123456:SECRET part", ""),
        ("bot" + TOKEN, "Leave out the 'bot' in front"),
    ],
)
async def test_a_token_of_the_wrong_shape_is_one_line_before_any_request(
    tmp_path: Path, server: FakeBotApi, token: str, hint: str
) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=_env(tmp_path, TELEGRAM_BOT_TOKEN=token, TELEGRAM_API_BASE_URL=server.base_url),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    lines = stderr.decode().strip().splitlines()
    assert process.returncode == 1 and stdout == b""
    assert len(lines) == 1 and "does not look like a bot token" in lines[0], lines
    assert hint in lines[0]
    for part in token.replace(":", " ").split():
        assert part.removeprefix("bot") not in lines[0]  # no piece of the token is shown
    assert server.calls == []  # nothing went out: not even getMe
    assert not (tmp_path / "data").exists()
