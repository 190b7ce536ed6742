"""`python -m bot backup [DIR]` and `python -m bot restore FILE`, and the nightly backup a
running bot takes when BACKUP_DIR is set. How a backup is made, checked and kept:
bot/storage/backup.py. What an operator does with them: docs/deploy.md.

Each command prints one line that says what it did (or why not) and exits 0 when it did it;
neither needs the bot token.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TextIO
from zoneinfo import ZoneInfo

from bot import metrics
from bot.config import Settings
from bot.storage import StorageError
from bot.storage.backup import (
    Backup,
    BackupError,
    backups,
    exclusive,
    latest,
    prune,
    restore,
    take,
)
from jobs.clock import Clock, SystemClock

log = logging.getLogger(__name__)

USAGE: Final = "Usage: python -m bot backup [DIR] | python -m bot restore FILE"
# Local time (DEFAULT_TIMEZONE) from which the nightly backup is due, once a day.
NIGHTLY_AT: Final = dtm.time(3, 30)
# How often a running bot looks whether the nightly backup is due.
CHECK_EVERY_S: Final = 600.0
COMMANDS: Final = ("backup", "restore")
MB: Final = 1_000_000


@dataclass(frozen=True)
class Taken:
    backup: Backup
    removed: int
    kept: int


def take_and_prune(database: Path, folder: Path, now: dtm.datetime) -> Taken:
    backup = take(database, folder, now)
    removed = prune(folder)
    return Taken(backup, len(removed), len(backups(folder)))


def describe(taken: Taken) -> str:
    b = taken.backup
    return (
        f"{b.path} ({b.size / MB:.1f} MB in {b.seconds:.2f} s); "
        f"{taken.kept} backups kept, {taken.removed} removed"
    )


def command(
    argv: list[str],
    settings: Settings,
    clock: Clock | None = None,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    """Run `backup` or `restore` (argv without the program name); the exit status."""
    clock = clock or SystemClock()
    database = settings.database_path
    if not argv or argv[0] not in COMMANDS:
        print(USAGE, file=err)
        return 2
    if argv[0] == "backup":
        if len(argv) > 2:
            print(USAGE, file=err)
            return 2
        folder = Path(argv[1]) if len(argv) == 2 else settings.backup_dir
        if folder is None:
            print("Where to? Give a folder (python -m bot backup DIR) or set BACKUP_DIR.", file=err)
            return 2
        try:
            taken = take_and_prune(database, folder, clock.now())
        except (BackupError, StorageError, OSError) as exc:
            print(f"No backup of {database}: {_why(exc)}.", file=err)
            return 1
        print(f"Backed up {database} to {describe(taken)}.", file=out)
        return 0
    if len(argv) != 2:
        print(USAGE, file=err)
        return 2
    copy = Path(argv[1])
    if not copy.is_file():
        print(f"Not restored: there is no file {copy}.", file=err)
        return 1
    try:
        with exclusive(database):
            aside = restore(copy, database, clock.now())
    except (BackupError, StorageError, OSError) as exc:
        print(f"Not restored: {_why(exc)}.", file=err)
        return 1
    kept = f"; the database it replaced is kept as {aside}" if aside else ""
    print(f"Restored {copy} as {database}{kept}. Start the bot again.", file=out)
    return 0


def _why(error: Exception) -> str:
    if isinstance(error, BackupError):
        return str(error)
    if isinstance(error, OSError) and error.strerror:
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror}{where}"
    return type(error).__name__


class NightlyBackup:
    """Once a day, from NIGHTLY_AT local time (or at once when BACKUP_DIR has no backup yet):
    a backup in a worker thread, so the event loop and everyone's reminders go on."""

    def __init__(self, database: Path, folder: Path, clock: Clock, zone: str) -> None:
        self.database, self.folder, self.clock = database, folder, clock
        self.zone = ZoneInfo(zone)
        self._running = False

    def due(self, now: dtm.datetime) -> bool:
        newest = latest(self.folder)
        if newest is None:
            return True
        here = now.astimezone(self.zone)
        return here.time() >= NIGHTLY_AT and newest.taken.astimezone(self.zone).date() < here.date()

    async def run_if_due(self) -> Taken | None:
        now = self.clock.now()
        if self._running or not self.due(now):
            return None
        self._running = True
        try:
            taken = await asyncio.to_thread(take_and_prune, self.database, self.folder, now)
        except (BackupError, StorageError, OSError) as exc:
            metrics.BACKUPS.labels("failed").inc()
            log.error("nightly backup failed: %s", _why(exc))
            return None
        finally:
            self._running = False
        metrics.BACKUPS.labels("ok").inc()
        log.info("nightly backup: %s", describe(taken))
        return taken
