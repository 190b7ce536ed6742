"""The connection and its owner: opening, migrating, transactions and checkpoints.

One process, one connection, WAL: a write never waits on another writer of ours, so the event
loop is never held on a lock; the short busy timeout only guards against outside tools.
"""

from __future__ import annotations

import datetime as dtm
import hashlib
import hmac
import logging
import os
import sqlite3
import stat
import threading
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bot.storage.checkins import Checkins
from bot.storage.diary import Diary
from bot.storage.export import export
from bot.storage.inbox import Inbox
from bot.storage.messages import ChartPhotos, SentMessages
from bot.storage.migrations import apply as migrate
from bot.storage.participants import Participants
from bot.storage.reminders import Reminders
from bot.storage.stats import aggregate_counts
from bot.storage.timeline import demo_clock, next_event, save_demo_clock
from bot.storage.treatments import Treatments

BUSY_TIMEOUT_S = 0.5

log = logging.getLogger(__name__)


def open_database(path: Path | str) -> Database:
    """Open (creating with owner-only permissions) and migrate the database file."""
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", timeout=BUSY_TIMEOUT_S)
    else:
        path = Path(path)
        _private_file(path)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    db = Database(conn)
    # Before the first table: a new database gives the space of compacted reminder rows back
    # page by page (incremental vacuum). An older file keeps its mode until a one-off VACUUM.
    db.execute("PRAGMA auto_vacuum = INCREMENTAL")
    if str(path) != ":memory:":
        db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")
    # 32 MB of page cache (SQLite's default is 2 MB): the pages a dispatcher tick reads stay
    # in memory between ticks instead of being read again from the file each time.
    db.execute("PRAGMA cache_size = -32768")
    migrate(db)
    return db


def _private_file(path: Path) -> None:
    """Health data: the folder the bot makes is its owner's only (0700), and the file is
    readable by its owner only (0600) from the first byte on. A file that others can read
    (copied in with the wrong mode, say) is repaired, with one line in the log."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
        os.chmod(path.parent, 0o700)  # mkdir's mode passes through the umask
    if path.exists() and stat.S_IMODE(path.stat().st_mode) & 0o077:
        log.warning("the database file was readable by others; it is now owner-only (0600)")
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


class Store:
    """The one owner of the connection; each part holds the queries of what it stores."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # The database's file ("" in memory), for connections of its own in worker threads.
        self.file: str = db.execute("PRAGMA database_list").fetchone()[2]
        self.participants = Participants(db)
        self.reminders = Reminders(db, self.participants)
        self.checkins = Checkins(db)
        self.diary = Diary(db)
        self.messages = SentMessages(db)
        self.charts = ChartPhotos(db)
        self.inbox = Inbox(db)
        self.treatments = Treatments(db)
        key = db.execute("SELECT value FROM meta WHERE key = 'log_key'").fetchone()[0]
        self._log_key = bytes.fromhex(key)
        self._checkpoint_path: str | None = None
        self._checkpointer: sqlite3.Connection | None = None
        self._checkpoint_lock = threading.Lock()

    @classmethod
    def open(cls, path: Path | str) -> Store:
        return cls(open_database(path))

    def close(self) -> None:
        with self._checkpoint_lock:  # waits for a checkpoint running in a worker thread
            if self._checkpointer is not None:
                self._checkpointer.close()
            self._checkpointer = self._checkpoint_path = None
        self.db.close()

    def checkpoint_all(self) -> bool:
        """At a graceful stop: copy the whole write-ahead log into the database file and empty
        it, so the file alone is the database (a copy of it, or of a backup, needs nothing
        else). False when a reader elsewhere kept part of it (the log then stays, still valid)."""
        if not self.file:
            return True
        with self._checkpoint_lock:
            busy, _, _ = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return int(busy) == 0

    def ping(self) -> None:
        """A read that touches the file: raises StorageError when the database does not answer."""
        self.db.execute("SELECT count(*) FROM meta").fetchone()

    def transaction(self) -> AbstractContextManager[Database]:
        """Many writes, one commit (a commit costs more than a small write); nests."""
        return self.db.atomic()

    def manual_checkpoints(self) -> None:
        """Stop SQLite from copying the write-ahead log back inside whichever commit makes it
        pass 1,000 pages (tens of ms, on the event loop); `checkpoint` does it instead."""
        if self.file:  # an in-memory database has no log
            self._checkpoint_path = self.file
            self.db.execute("PRAGMA wal_autocheckpoint = 0")

    def checkpoint(self) -> None:
        """Copy the log into the database file, on a connection of its own: safe to run in a
        worker thread while the event loop goes on reading and writing (PASSIVE never waits)."""
        with self._checkpoint_lock:
            if self._checkpoint_path is None:
                return
            if self._checkpointer is None:
                self._checkpointer = sqlite3.connect(
                    self._checkpoint_path, timeout=BUSY_TIMEOUT_S, check_same_thread=False
                )
            self._checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def log_id(self, participant_id: int) -> str:
        """How logs name a participant: stable within this installation, meaningless outside
        it, and not the Telegram id (which would identify the person)."""
        digest = hmac.new(self._log_key, str(participant_id).encode(), hashlib.sha256)
        return "p" + digest.hexdigest()[:10]

    def next_event(self, after: dtm.datetime) -> dtm.datetime | None:
        """The first instant after `after` at which there is something to send or do."""
        return next_event(self.db, after)

    def demo_clock(self) -> dtm.datetime | None:
        """Where `make demo`'s clock stood when it last stopped on this database."""
        return demo_clock(self.db)

    def save_demo_clock(self, instant: dtm.datetime) -> None:
        save_demo_clock(self.db, instant)

    def export(self, participant_id: int) -> dict[str, Any]:
        """Everything stored about one person, as plain data (the right of access, AVG art. 15)."""
        return export(self.db, participant_id)

    def aggregate_counts(self, since: dtm.datetime) -> dict[str, int]:
        """Counts for the operator; never anyone's answers.

        They scan whole tables (measured: 1.3 s at 100,000 people with a week of history, and
        growing with every day kept), so they run on a read-only connection of their own, meant
        for a worker thread: the event loop, and everyone's reminders, go on meanwhile."""
        if not self.file:  # in memory (a store's own tests): no other connection can see it
            return aggregate_counts(self.db.conn, since)
        reader = sqlite3.connect(
            f"{Path(self.file).as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S
        )
        try:
            return aggregate_counts(reader, since)
        finally:
            reader.close()
