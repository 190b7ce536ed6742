"""Backups of the live database, and putting one back.

A backup is `VACUUM INTO` a new file: one read transaction, so a consistent snapshot of every
commit before it began, taken while the bot goes on writing (in WAL mode a reader never waits
for the writer, nor the writer for it). `Connection.backup` in steps restarts each time
another connection writes, so under a busy writer it may never finish; VACUUM INTO does not.
The copy is written under a temporary name with owner-only permissions, flushed to disk
(SQLite does not fsync it), checked (`PRAGMA integrity_check`), and only then renamed into
place: a file named like a backup is a whole, checked one.

Kept: the newest backup of each of the last 7 days, 4 weeks and 12 months (UTC) that have
one; the others are removed. Only files named like our backups are ever touched.
"""

from __future__ import annotations

import contextlib
import datetime as dtm
import fcntl
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from bot.storage.migrations import migrations

PREFIX: Final = "coach-"
_NAME = re.compile(r"coach-(\d{8}T\d{6}Z)\.db")
_STAMP: Final = "%Y%m%dT%H%M%SZ"
KEEP_DAILY: Final = 7
KEEP_WEEKLY: Final = 4
KEEP_MONTHLY: Final = 12
READ_TIMEOUT_S: Final = 5.0


class BackupError(Exception):
    """A backup or a restore that could not be done; the message says why, with no data."""


class DatabaseInUse(BackupError):
    """Another process (a running bot, or a restore) holds the database."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dtm.datetime  # UTC, to the second, from its name
    seconds: float = 0.0  # how long taking it took
    size: int = 0  # bytes


def backup_name(taken: dtm.datetime) -> str:
    return f"{PREFIX}{taken.astimezone(dtm.UTC).strftime(_STAMP)}.db"


def taken_at(path: Path) -> dtm.datetime | None:
    found = _NAME.fullmatch(path.name)
    if found is None:
        return None
    return dtm.datetime.strptime(found.group(1), _STAMP).replace(tzinfo=dtm.UTC)


def backups(folder: Path) -> list[Backup]:
    """The backups in `folder`, newest first (files named like ours; nothing else)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        taken = taken_at(path)
        if taken is not None and path.is_file():
            found.append(Backup(path, taken, size=path.stat().st_size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def latest(folder: Path) -> Backup | None:
    found = backups(folder)
    return found[0] if found else None


def take(database: Path, folder: Path, now: dtm.datetime) -> Backup:
    """A consistent, checked copy of the live database in `folder`, named by `now` (UTC)."""
    if not database.is_file():
        raise BackupError(f"there is no database at {database}")
    _private_folder(folder)
    final = folder / backup_name(now)
    if final.exists():
        raise BackupError(f"{final.name} exists already (one backup a second at most)")
    partial = folder / f".{final.name}.partial"
    partial.unlink(missing_ok=True)  # left by a backup that died halfway
    # VACUUM INTO writes into an empty file it is given: made first, so that not a byte of
    # the copy is ever readable by others.
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    started = time.perf_counter()
    try:
        source = sqlite3.connect(f"{database.resolve().as_uri()}?mode=rw", uri=True)
        source.execute(f"PRAGMA busy_timeout = {int(READ_TIMEOUT_S * 1000)}")
        try:
            source.execute("VACUUM INTO ?", [str(partial)])
        finally:
            source.close()
        _fsync(partial)
        problem = check(partial)
        if problem is not None:
            raise BackupError(f"the copy failed its check: {problem}")
        os.replace(partial, final)
        _fsync_folder(folder)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return Backup(final, taken_at(final) or now, time.perf_counter() - started, _size(final))


def check(path: Path) -> str | None:
    """None when `path` is a whole database of this bot that this version can open; else why
    not (in words for the operator)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return f"it cannot be opened ({type(exc).__name__})"
    try:
        try:
            result = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:  # SQLite's words name pages, never data
            return f"PRAGMA integrity_check found damage: {exc}"
        if result != ["ok"]:
            return "PRAGMA integrity_check found damage: " + "; ".join(result[:3])
        tables = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
        if not {"meta", "participants", "_sqlite_migrations"} <= tables:
            return "it is not a Darm-Huid Coach database"
        applied = {
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [migrations.name]
            )
        }
        known = {migration.name for migration in migrations._migrations}
        if applied - known:
            return "it was made by a newer version of the bot (unknown migrations)"
    except sqlite3.Error as exc:
        return f"it cannot be read ({type(exc).__name__})"
    finally:
        conn.close()
    return None


def to_keep(
    taken: Iterable[dtm.datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[dtm.datetime]:
    """The newest of each of the last `daily` days, `weekly` ISO weeks and `monthly` months
    (UTC) that have a backup."""
    newest_first = sorted(set(taken), reverse=True)
    keep: set[dtm.datetime] = set()
    for count, bucket in (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ):
        seen: set[object] = set()
        for instant in newest_first:
            key = bucket(instant.astimezone(dtm.UTC))
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(instant)
    return keep


def prune(folder: Path) -> list[Path]:
    """Remove the backups `to_keep` does not keep. Returns what was removed."""
    found = backups(folder)
    keep = to_keep(b.taken for b in found)
    removed = []
    for backup in found:
        if backup.taken not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    if removed:
        _fsync_folder(folder)
    return removed


@contextlib.contextmanager
def exclusive(database: Path) -> Iterator[None]:
    """Held by a running bot and by a restore, so that neither starts while the other runs.
    An advisory lock on `<database>.lock`: the kernel drops it when the holder dies, even by
    kill -9, so it is never stale."""
    _private_folder(database.parent)
    lock = database.with_name(database.name + ".lock")
    fd = os.open(lock, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DatabaseInUse(
                f"another process holds {database} (a running bot, or a restore): stop it first"
            ) from None
        yield
    finally:
        os.close(fd)


def restore(copy: Path, database: Path, now: dtm.datetime) -> Path | None:
    """Put a backup in place of the database; call it holding `exclusive(database)`.

    The copy is checked first. The current database (with its write-ahead log, if a crash
    left one) is kept aside as `<name>.before-restore-<time>`, whose path is returned (None
    when there was none), and the copy goes in under a temporary name, flushed, then renamed.
    """
    problem = check(copy)
    if problem is not None:
        raise BackupError(f"{copy} cannot be restored: {problem}")
    _private_folder(database.parent)
    aside: Path | None = None
    if database.exists():
        _fold_log(database)
        aside = database.with_name(f"{database.name}.before-restore-{now.strftime(_STAMP)}")
        for suffix in ("", "-wal", "-shm"):
            current = database.with_name(database.name + suffix)
            if current.exists():
                os.replace(current, aside.with_name(aside.name + suffix))
    incoming = database.with_name(f".{database.name}.restoring")
    incoming.unlink(missing_ok=True)
    fd = os.open(incoming, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as target, copy.open("rb") as source:
        shutil.copyfileobj(source, target, 1 << 20)
        target.flush()
        os.fsync(target.fileno())
    os.replace(incoming, database)
    _fsync_folder(database.parent)
    return aside


def _fold_log(database: Path) -> None:
    """Copy a write-ahead log a crash left into the database file, so the file set aside is
    whole on its own; a database too damaged for that is set aside as it is."""
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=rw", uri=True)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass


def _private_folder(folder: Path) -> None:
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        os.chmod(folder, 0o700)  # mkdir's mode passes through the umask


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """A rename is durable once the folder that holds it is flushed."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _size(path: Path) -> int:
    return path.stat().st_size
