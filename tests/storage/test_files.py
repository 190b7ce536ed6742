"""The database on disk: the folder the bot makes is its owner's only, the file too, and a file
that others could read is repaired (and said so in the log)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from bot.storage import Store


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_folder_is_0700_and_the_file_0600(tmp_path: Path) -> None:
    path = tmp_path / "data" / "deeper" / "coach.db"
    Store.open(path).close()
    assert mode(path.parent) == 0o700
    assert mode(path) == 0o600


def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    Store.open(tmp_path / "coach.db").close()
    assert mode(tmp_path) == 0o755  # not ours to change: the operator chose it


def test_a_file_others_can_read_is_repaired_with_one_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "coach.db"
    Store.open(path).close()
    os.chmod(path, 0o644)  # copied in with the wrong mode, say
    with caplog.at_level(logging.WARNING):
        Store.open(path).close()
    assert mode(path) == 0o600
    assert [r.getMessage() for r in caplog.records] == [
        "the database file was readable by others; it is now owner-only (0600)"
    ]
