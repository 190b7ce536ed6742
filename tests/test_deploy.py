"""The deployment files in deploy/ are what they claim: the systemd units pass
`systemd-analyze verify` and `security --offline=true` (exposure at most 2.0), the Caddyfile
`caddy validate`, the compose file `docker compose config`; the Dockerfile runs as a user,
exec form, with a health check; and MemoryDenyWriteExecute= breaks nothing the bot does.

A test whose tool is missing is skipped and says how to get it: `make deploy-tools` installs
systemd-analyze and caddy from Debian's packages (caddy 2.6 on Debian 12); docker compose comes
with Docker (`apt-get install docker-compose` on Debian). CI runs `make deploy-tools` and sets
COACH_DEPLOY_TOOLS=required, and then a missing systemd-analyze or caddy fails instead.
"""

from __future__ import annotations

import datetime as dtm
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.backup import NIGHTLY_AT
from bot.config import Settings

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
UNITS = ("darm-huid-coach.service", "darm-huid-coach-backup.service")
INSTALLED_AT = "/opt/darm-huid-coach"
MAX_EXPOSURE = 2.0


def tool(name: str, install: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("COACH_DEPLOY_TOOLS") == "required":
            pytest.fail(f"{name} is required here (COACH_DEPLOY_TOOLS) and missing: {install}")
        pytest.skip(f"{name} is not installed here ({install})")
    return found


def unit_text(name: str) -> str:
    return (DEPLOY / "systemd" / name).read_text(encoding="utf-8")


def settings_of(name: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in unit_text(name).splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            found.setdefault(key.strip(), []).append(value.strip())
    return found


@pytest.fixture
def units_here(tmp_path: Path) -> Path:
    """The units as they would run from this checkout: its Python in place of /opt's."""
    for path in (DEPLOY / "systemd").iterdir():
        text = path.read_text(encoding="utf-8")
        text = text.replace(f"{INSTALLED_AT}/.venv/bin/python", sys.executable)
        (tmp_path / path.name).write_text(text.replace(INSTALLED_AT, str(ROOT)), encoding="utf-8")
    return tmp_path


def test_the_service_is_hardened_as_promised() -> None:
    unit = settings_of("darm-huid-coach.service")
    for key, value in {
        "DynamicUser": "yes",
        "StateDirectory": "darm-huid-coach",
        "ProtectSystem": "strict",
        "NoNewPrivileges": "yes",
        "UMask": "0077",
        "Restart": "on-failure",
        "MemoryDenyWriteExecute": "yes",
    }.items():
        assert unit[key] == [value], key
    assert unit["SystemCallFilter"][0] == "@system-service"
    credentials = [c.partition(":")[0] for c in unit["LoadCredential"]]
    assert credentials == ["telegram_bot_token", "webhook_secret"]  # Settings' field names
    assert "TELEGRAM_BOT_TOKEN" not in unit_text("darm-huid-coach.service")
    # The backup runs as the same made-up user, so it can read the database.
    backup = settings_of("darm-huid-coach-backup.service")
    assert backup["User"] == unit["User"] and backup["StateDirectory"] == unit["StateDirectory"]
    assert backup["ExecStart"] == [f"{INSTALLED_AT}/.venv/bin/python -m bot backup"]
    timer = settings_of("darm-huid-coach-backup.timer")
    assert timer["Persistent"] == ["true"]
    # Before the bot's own nightly backup (from 03:30 in DEFAULT_TIMEZONE), which then finds
    # the day's and takes none; with its randomized delay too.
    assert timer["OnCalendar"] == ["*-*-* 03:00:00 Europe/Amsterdam"]
    assert timer["RandomizedDelaySec"] == ["10min"]
    assert Settings.model_fields["default_timezone"].default == "Europe/Amsterdam"
    assert dtm.time(3, 30) == NIGHTLY_AT
    assert (
        backup["Environment"][1]
        == unit["Environment"][1]
        == ("BACKUP_DIR=/var/lib/darm-huid-coach/backups")
    )


def test_systemd_analyze_verify(units_here: Path) -> None:
    analyze = tool("systemd-analyze", "make deploy-tools")
    for name in (*UNITS, "darm-huid-coach-backup.timer"):
        done = subprocess.run(
            [analyze, "verify", str(units_here / name)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0 and not done.stderr.strip(), (name, done.stderr)


@pytest.mark.parametrize("name", UNITS)
def test_systemd_analyze_security_exposure(units_here: Path, name: str) -> None:
    analyze = tool("systemd-analyze", "make deploy-tools")
    done = subprocess.run(
        [analyze, "security", "--offline=true", "--no-pager", str(units_here / name)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    found = re.search(r"Overall exposure level for \S+: (\d+\.\d)", done.stdout)
    assert found is not None, done.stdout + done.stderr
    assert float(found.group(1)) <= MAX_EXPOSURE, done.stdout


def test_memory_deny_write_execute_breaks_nothing(tmp_path: Path) -> None:
    """The unit's MemoryDenyWriteExecute=yes, as Linux 6.3's PR_SET_MDWE, around the bot's
    heaviest native code: matplotlib's charts and the summary PDF, through the real bot."""
    probe = (
        "import ctypes, mmap, sys\n"
        "libc = ctypes.CDLL(None, use_errno=True)\n"
        "if libc.prctl(65, 1, 0, 0, 0) != 0:\n"
        "    sys.exit(77)\n"
        "try:\n"
        "    mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)\n"
        "    sys.exit(78)\n"
        "except OSError:\n"
        "    pass\n"
        "import pytest\n"
        "sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', 'tests/e2e/test_summary.py']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    if done.returncode == 77:
        pytest.skip("this kernel has no PR_SET_MDWE (Linux 6.3 or newer)")
    assert done.returncode != 78, "PR_SET_MDWE did not refuse a writable, executable mapping"
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


def test_caddy_validates_the_caddyfile() -> None:
    caddy = tool("caddy", "make deploy-tools")
    done = subprocess.run(
        [caddy, "validate", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    adapted = subprocess.run(
        [caddy, "adapt", "--config", str(DEPLOY / "Caddyfile")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert '"dial":"127.0.0.1:8080"' in adapted.stdout  # the bot's default LISTEN_HOST/PORT
    assert '"max_size":1000000' in adapted.stdout


def test_the_dockerfile_runs_a_user_in_exec_form_with_a_health_check() -> None:
    lines = [
        line.strip()
        for line in (DEPLOY / "Dockerfile").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    final = lines[max(i for i, line in enumerate(lines) if line.startswith("FROM ")) :]
    assert final[0].startswith("FROM python:3.11-slim")
    users = [line.split()[1] for line in final if line.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert 'CMD ["python", "-m", "bot"]' in final  # exec form: SIGTERM reaches Python
    health = next(i for i, line in enumerate(final) if line.startswith("HEALTHCHECK "))
    assert "/healthz" in final[health + 1] and final[health + 1].startswith("CMD [")
    assert 'VOLUME ["/data"]' in final and "STOPSIGNAL SIGTERM" in final
    text = "\n".join(final)
    assert "DATABASE_PATH=/data/coach.db" in text and "LISTEN_PORT=8080" in text


def test_docker_compose_config(tmp_path: Path) -> None:
    compose = shutil.which("docker-compose")
    command = [compose] if compose else None
    docker = shutil.which("docker")
    if command is None and docker is not None:
        has_plugin = subprocess.run([docker, "compose", "version"], capture_output=True)
        command = [docker, "compose"] if has_plugin.returncode == 0 else None
    if command is None:
        pytest.skip("docker compose is not installed here (apt-get install docker-compose)")
    folder = tmp_path / "deploy"
    folder.mkdir()
    shutil.copy(DEPLOY / "compose.yaml", folder)
    shutil.copy(ROOT / ".env.example", folder / "coach.env")
    for secret in ("telegram_bot_token", "webhook_secret"):
        (folder / secret).write_text("placeholder\n")
    done = subprocess.run(
        [*command, "-f", str(folder / "compose.yaml"), "config"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "COACH_DOMAIN": "coach.example.org"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "stop_grace_period: 15s" in done.stdout and "read_only: true" in done.stdout


def test_the_example_env_sets_nothing_the_units_set() -> None:
    """systemd lets EnvironmentFile= (coach.env, a copy of .env.example) win over the unit's
    own Environment=: a path the units set must not be an active line there."""
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    active = {
        line.partition("=")[0]
        for line in example.splitlines()
        if "=" in line and not line.startswith("#")
    }
    for name in UNITS:
        for assignment in settings_of(name).get("Environment", []):
            for pair in assignment.split():
                key = pair.partition("=")[0]
                assert key not in active, (name, key)
