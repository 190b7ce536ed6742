"""Backups and restores: consistent under a busy writer, checked, kept 7/4/12, put back only
when no bot holds the database; the commands an operator types, and the nightly one."""

from __future__ import annotations

import asyncio
import datetime as dtm
import io
import os
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.backup import NightlyBackup, command
from bot.config import Settings
from bot.storage import Store
from bot.storage.backup import (
    BackupError,
    DatabaseInUse,
    backup_name,
    backups,
    check,
    exclusive,
    prune,
    restore,
    take,
    to_keep,
)
from jobs.clock import FakeClock

ROOT = Path(__file__).resolve().parents[2]
UTC = dtm.UTC
NOW = dtm.datetime(2026, 2, 4, 3, 30, tzinfo=UTC)


def database(tmp_path: Path, padding_rows: int = 0) -> Path:
    """A migrated database, with `padding_rows` of about 1 kB each so a copy takes a while."""
    path = tmp_path / "data" / "coach.db"
    store = Store.open(path)
    try:
        with store.transaction():
            store.db.conn.executemany(
                "INSERT INTO inbox (update_id, body, received_at, handled_at) VALUES (?, ?, 0, 0)",
                [(-i, "x" * 1000) for i in range(1, padding_rows + 1)],
            )
    finally:
        store.close()
    return path


def settings(path: Path, backup_dir: Path | None = None) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=SecretStr(""),
        database_path=path,
        backup_dir=backup_dir,
    )


# -- what is kept ------------------------------------------------------------------------------


def test_seven_daily_four_weekly_twelve_monthly_are_kept() -> None:
    daily = [NOW - dtm.timedelta(days=i) for i in range(400)]
    keep = sorted(t.date().isoformat() for t in to_keep(daily))
    assert keep == [
        "2025-03-31",
        "2025-04-30",
        "2025-05-31",
        "2025-06-30",
        "2025-07-31",
        "2025-08-31",
        "2025-09-30",
        "2025-10-31",
        "2025-11-30",
        "2025-12-31",
        "2026-01-18",  # the newest of ISO week 3
        "2026-01-25",  # week 4
        *(f"2026-01-{d}" for d in range(29, 32)),  # the last seven days
        *(f"2026-02-0{d}" for d in range(1, 5)),
    ]
    # Two a day: the newest of each day counts.
    twice = [NOW - dtm.timedelta(hours=12 * i) for i in range(20)]
    assert to_keep(twice, daily=3, weekly=0, monthly=0) == {
        NOW,  # 4 February, 03:30
        NOW - dtm.timedelta(hours=12),  # 3 February, 15:30
        NOW - dtm.timedelta(hours=36),  # 2 February, 15:30
    }
    assert to_keep([]) == set()


def test_prune_removes_only_backups_to_let_go(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for i in range(30):
        (folder / backup_name(NOW - dtm.timedelta(days=i))).write_bytes(b"")
    (folder / "notes.txt").write_text("the operator's own file")
    (folder / "coach-latest.db").write_bytes(b"")  # not one of our names
    removed = prune(folder)
    assert len(removed) == 30 - len(backups(folder))
    assert [b.taken.date() for b in backups(folder)][:7] == [
        (NOW - dtm.timedelta(days=i)).date() for i in range(7)
    ]
    assert (folder / "notes.txt").exists() and (folder / "coach-latest.db").exists()


# -- taking one --------------------------------------------------------------------------------


def test_a_backup_is_a_checked_private_copy(tmp_path: Path) -> None:
    path = database(tmp_path, padding_rows=100)
    folder = tmp_path / "backups"
    made = take(path, folder, NOW)
    assert made.path == folder / "coach-20260204T033000Z.db"
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert check(made.path) is None
    assert [p.name for p in folder.iterdir()] == [made.path.name]  # no partial left behind
    with pytest.raises(BackupError, match="exists already"):
        take(path, folder, NOW)
    with pytest.raises(BackupError, match="no database"):
        take(tmp_path / "nowhere.db", folder, NOW + dtm.timedelta(seconds=1))
    assert not (tmp_path / "nowhere.db").exists()


def test_restore_drill_during_a_burst_of_writes(tmp_path: Path) -> None:
    """A writer commits every few milliseconds while the backup runs; the restored copy holds
    every row committed before the backup began, and is whole."""
    path = database(tmp_path, padding_rows=30_000)  # ~35 MB
    committed: list[tuple[int, float]] = []  # (row, when its commit returned)
    stop = threading.Event()

    def writer() -> None:
        conn = sqlite3.connect(path, timeout=5)
        n = 0
        while not stop.is_set():
            n += 1
            conn.execute("INSERT INTO inbox (update_id, body, received_at) VALUES (?, 'b', 0)", [n])
            conn.commit()
            committed.append((n, time.monotonic()))
            time.sleep(0.002)
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(committed) < 50:
            time.sleep(0.005)
        began = time.monotonic()
        made = take(path, tmp_path / "backups", NOW)
        ended = time.monotonic()
        while committed[-1][1] < ended + 0.05:  # the writer went on through and after it
            time.sleep(0.005)
    finally:
        stop.set()
        thread.join()
    before = [n for n, at in committed if at < began]
    during = [n for n, at in committed if began <= at < ended]
    assert len(before) >= 50 and during, "the writer must have written while the copy ran"

    target = tmp_path / "restored" / "coach.db"
    assert restore(made.path, target, NOW) is None  # nothing was there to set aside
    conn = sqlite3.connect(target)
    rows = {n for (n,) in conn.execute("SELECT update_id FROM inbox WHERE update_id > 0")}
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert set(before) <= rows  # every commit before the backup began
    assert rows == set(range(1, max(rows) + 1))  # a snapshot: no gaps, nothing half
    assert max(rows) < committed[-1][0]  # and not what came after it
    Store.open(target).close()  # the bot opens it (migrations, log key)


def test_restore_keeps_the_current_database_aside_with_its_log(tmp_path: Path) -> None:
    path = database(tmp_path)
    made = take(path, tmp_path / "backups", NOW)
    store = Store.open(path)
    store.inbox.add(424242, "after the backup", NOW)
    store.db.conn.close()  # as a crash leaves it: the write only in the write-ahead log
    aside = restore(made.path, path, NOW + dtm.timedelta(minutes=5))
    assert aside == path.with_name("coach.db.before-restore-20260204T033500Z")
    assert not Path(f"{path}-wal").exists()
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT body FROM inbox WHERE update_id = 424242").fetchone() == (
        "after the backup",
    )
    kept.close()
    restored = Store.open(path)
    assert restored.inbox.pending() == []
    restored.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_restore_refuses_while_a_bot_holds_the_database(tmp_path: Path) -> None:
    path = database(tmp_path)
    made = take(path, tmp_path / "backups", NOW)
    out, err = io.StringIO(), io.StringIO()
    with exclusive(path):  # what `python -m bot` holds while it runs
        with pytest.raises(DatabaseInUse), exclusive(path):
            pass
        code = command(["restore", str(made.path)], settings(path), out=out, err=err)
    assert code == 1 and "another process holds" in err.getvalue()
    assert not list(path.parent.glob("*.before-restore-*"))  # nothing was touched
    assert command(["restore", str(made.path)], settings(path), out=out, err=err) == 0
    assert "Restored" in out.getvalue() and "before-restore" in out.getvalue()


def test_restore_refuses_a_damaged_or_foreign_file(tmp_path: Path) -> None:
    path = database(tmp_path, padding_rows=200)
    made = take(path, tmp_path / "backups", NOW)
    damaged = tmp_path / "damaged.db"
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    for bad, why in (
        (damaged, "integrity_check"),
        (foreign, "not a Darm-Huid Coach database"),
        (tmp_path / "settings.txt", "no file"),
    ):
        err = io.StringIO()
        assert command(["restore", str(bad)], settings(path), err=err) == 1
        assert why in err.getvalue(), err.getvalue()
    assert not list(path.parent.glob("*.before-restore-*"))


def test_the_backup_command_says_what_it_did(tmp_path: Path) -> None:
    path = database(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    clock = FakeClock(NOW)
    assert command(["backup"], settings(path), clock, out, err) == 2
    assert "BACKUP_DIR" in err.getvalue()
    assert command(["backup"], settings(path, tmp_path / "b"), clock, out, err) == 0
    assert "Backed up" in out.getvalue() and "1 backups kept, 0 removed" in out.getvalue()
    assert command(["backup", str(tmp_path / "other")], settings(path), clock, out, err) == 0
    assert command(["nonsense"], settings(path), clock, out, err) == 2
    assert command(["restore"], settings(path), clock, out, err) == 2


def test_python_m_bot_backup_needs_no_token(tmp_path: Path) -> None:
    path = database(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update({"PYTHONPATH": str(ROOT), "DATABASE_PATH": str(path)})
    done = subprocess.run(
        [sys.executable, "-m", "bot", "backup", str(tmp_path / "backups")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Backed up") and len(backups(tmp_path / "backups")) == 1


async def test_the_nightly_backup_runs_once_a_night(tmp_path: Path) -> None:
    path = database(tmp_path)
    folder = tmp_path / "backups"
    clock = FakeClock(dtm.datetime(2026, 11, 23, 14, 0, tzinfo=UTC))
    nightly = NightlyBackup(path, folder, clock, "Europe/Amsterdam")
    assert await nightly.run_if_due() is not None  # none yet: at once
    assert await nightly.run_if_due() is None
    clock.set(dtm.datetime(2026, 11, 24, 2, 0, tzinfo=UTC))  # 03:00 in Amsterdam: not yet
    assert await nightly.run_if_due() is None
    clock.set(dtm.datetime(2026, 11, 24, 2, 31, tzinfo=UTC))  # 03:31
    taken = await nightly.run_if_due()
    assert taken is not None and taken.kept == 2
    clock.set(dtm.datetime(2026, 11, 24, 22, 0, tzinfo=UTC))
    assert await nightly.run_if_due() is None
    assert len(backups(folder)) == 2
    # Taken off the event loop: the loop goes on meanwhile.
    clock.set(dtm.datetime(2026, 11, 25, 3, 0, tzinfo=UTC))
    ticks = 0

    async def ticking() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    other = asyncio.create_task(ticking())
    assert await nightly.run_if_due() is not None
    other.cancel()
    assert ticks > 1
