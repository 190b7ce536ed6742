"""The log as `python -m bot` configures it (bot/logs.py), at its most talkative: our own
lines at DEBUG, no library's chatty ones. A person's /progress chart and /summary PDF with a
note go through matplotlib, Pillow and fontTools, which at INFO and DEBUG name fonts, files
and every glyph they subset (the letters of the note); none of that reaches the log."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.botapi import User
from bot.logs import OursOrWarnings, configure_logging
from tests.e2e.test_checkin import answer_checkin
from tests.harness import Harness

NOTE = "Zwembad op dinsdag, daarna jeuk aan de knieën"


@pytest.fixture
def configured() -> Iterator[io.StringIO]:
    """configure_logging("DEBUG") writing to a buffer; the logging set-up restored after."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in logging.root.manager.loggerDict}
    buffer = io.StringIO()
    configure_logging("DEBUG", secrets=[])
    for handler in root.handlers:
        assert isinstance(handler, logging.StreamHandler)
        handler.setStream(buffer)
    try:
        yield buffer
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        for name, was in levels.items():
            logging.getLogger(name).setLevel(was)


async def test_charts_and_the_pdf_bring_no_library_lines_into_the_log(
    harness: Harness, configured: io.StringIO
) -> None:
    noor = User(8501, "Noor", language_code="nl")
    await harness.onboard(noor)
    await answer_checkin(harness, noor, poem=[2, 2, 2, 2, 2, 2, 2], note=NOTE)
    await harness.say(noor, "/progress")
    [ask] = await harness.say(noor, "/summary")
    [document] = await harness.press(noor, ask, "Met mijn notities")
    assert document.file_bytes
    logging.getLogger("bot.handlers.summary").debug("a line of ours")
    log = configured.getvalue()
    assert "DEBUG bot.handlers.summary: a line of ours" in log  # the capture works
    for name in ("fontTools", "matplotlib", "PIL", "fpdf", "httpx", "httpcore"):
        assert f" {name}" not in log, name
    for words in (NOTE, "knieën", "eacute", "ediaeresis", "glyph"):
        assert words.casefold() not in log.casefold(), words


@pytest.mark.parametrize(
    ("name", "level", "shown"),
    [
        ("bot.handlers.summary", logging.DEBUG, True),
        ("jobs.dispatcher", logging.DEBUG, True),
        ("__main__", logging.INFO, True),
        ("telegram.ext.Application", logging.INFO, True),
        ("telegram.ext.Application", logging.DEBUG, False),
        ("fontTools.subset", logging.INFO, False),
        ("fontTools.subset", logging.WARNING, True),
        ("a_library_added_later", logging.INFO, False),
        ("a_library_added_later", logging.WARNING, True),
        ("botanist", logging.DEBUG, False),  # not ours: only the name's first part counts
    ],
)
def test_ours_at_any_level_a_librarys_from_its_own(name: str, level: int, shown: bool) -> None:
    record = logging.LogRecord(name, level, __file__, 1, "a line", None, None)
    assert OursOrWarnings().filter(record) is shown
