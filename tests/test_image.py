"""The container image (deploy/Dockerfile) built and run the way deploy/compose.yaml runs it:
read-only, every capability dropped, as its own user, the database on a volume. Against the
suite's Bot API server (the container on the host's network): /healthz answers and Docker
calls it healthy, a person's /start is answered, `python -m bot backup` works inside, SIGTERM
(`docker stop`) ends it with 0 within 10 s, and started again on the same volume it still
knows the person.

It needs a running Docker daemon and the base image already on this machine, and never pulls:
where either is missing it is skipped and says so (`docker pull python:3.11-slim-bookworm`).
It builds with Docker's classic builder, which any Docker has.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from bot.botapi import TOKEN, FakeBotApi, User
from tests.e2e.test_webhook import free_port

ROOT = Path(__file__).resolve().parent.parent
BASE = "python:3.11-slim-bookworm"
IMAGE = "darm-huid-coach:test"
STOP_LIMIT_S = 10.0
UID = "10001"


def docker(*args: str, timeout: float = 120, check: bool = True) -> str:
    done = subprocess.run(
        ["docker", *args], capture_output=True, text=True, timeout=timeout, check=False
    )
    if check and done.returncode != 0:
        raise AssertionError(f"docker {' '.join(args)}: {done.stderr[-2000:]}")
    return done.stdout.strip()


@pytest.fixture(scope="module")
def image() -> str:
    if shutil.which("docker") is None:
        pytest.skip("docker is not installed here")
    if subprocess.run(["docker", "info"], capture_output=True, timeout=60).returncode != 0:
        pytest.skip("no Docker daemon answers here")
    present = subprocess.run(["docker", "image", "inspect", BASE], capture_output=True)
    if present.returncode != 0:
        pytest.skip(f"the base image is not here (docker pull {BASE}); this test never pulls")
    done = subprocess.run(
        ["docker", "build", "-f", "deploy/Dockerfile", "-t", IMAGE, "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "DOCKER_BUILDKIT": "0"},
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return IMAGE


@pytest.fixture
def container(image: str) -> Iterator[tuple[str, str]]:
    """A name for the container and its volume; both removed afterwards."""
    name = f"coach-test-{os.getpid()}-{time.monotonic_ns()}"
    try:
        yield name, name
    finally:
        docker("rm", "-f", name, check=False)
        docker("volume", "rm", "-f", name, check=False)


async def healthy(port: int, name: str, timeout: float = 60) -> None:
    """Until /healthz answers 200 and Docker's own health check says healthy."""
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as answer:
                    ok = answer.status == 200
            except aiohttp.ClientError:
                ok = False
            if ok and docker("inspect", "-f", "{{.State.Health.Status}}", name) == "healthy":
                return
            if time.monotonic() > deadline:
                logs = docker("logs", "--tail", "40", name, check=False)
                raise AssertionError(f"not healthy after {timeout} s: {logs}")
            await asyncio.sleep(0.5)


async def test_the_image_runs_read_only_as_its_user_and_stops_cleanly(
    container: tuple[str, str],
) -> None:
    name, volume = container
    port = free_port()
    anna = User(6201, "Anna", language_code="en")
    async with FakeBotApi() as server:
        docker(
            "run",
            "--detach",
            "--name",
            name,
            "--network",
            "host",
            "--read-only",
            "--tmpfs",
            "/tmp",
            "--cap-drop",
            "ALL",
            "--security-opt",
            "no-new-privileges:true",
            "--volume",
            f"{volume}:/data",
            "--env",
            f"TELEGRAM_BOT_TOKEN={TOKEN}",
            "--env",
            f"TELEGRAM_API_BASE_URL={server.base_url}",
            "--env",
            f"LISTEN_PORT={port}",
            "--health-interval",
            "2s",
            IMAGE,
        )
        await healthy(port, name)
        assert docker("exec", name, "id", "-u") == UID
        server.send_text(anna, "/start")
        first = await server.wait_for_message(anna.id, timeout=30)
        server.press(anna, first, first.button("English"))
        await server.wait_until(
            lambda: len(server.messages_to(anna.id)) >= 2, timeout=30, what="the next step"
        )
        # The database and its backups: the user's own, on the volume.
        modes = docker("exec", name, "stat", "-c", "%a %u %n", "/data/coach.db")
        assert modes == f"600 {UID} /data/coach.db"
        backed = docker("exec", name, "python", "-m", "bot", "backup")
        assert "Backed up /data/coach.db to /data/backups/" in backed
        assert docker("exec", name, "ls", "/data/backups")

        started = time.monotonic()
        docker("stop", "--time", "15", name, timeout=60)
        assert time.monotonic() - started < STOP_LIMIT_S
        assert docker("inspect", "-f", "{{.State.ExitCode}}", name) == "0"

        # Again on the same volume: the person is known (no language question this time).
        before = len(server.messages_to(anna.id))
        docker("start", name)
        await healthy(port, name)
        server.send_text(anna, "/start")
        await server.wait_until(
            lambda: len(server.messages_to(anna.id)) > before, timeout=30, what="a reply"
        )
        again = server.messages_to(anna.id)[-1]
        assert again.text != first.text
        assert "English" not in [label for label, _ in again.buttons()]
        docker("stop", "--time", "15", name, timeout=60)
