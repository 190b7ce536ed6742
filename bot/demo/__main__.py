"""`python -m bot.demo` (what `make demo` does): chat with the real bot in the terminal.

No token, no network, no `.env`: the bot talks to the embedded Bot API server on 127.0.0.1,
as in the test suite, and the clock moves only when told to. With `--script FILE` the lines
come from the file and the transcript goes to standard output.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dtm
import logging
import os
import sys
import tempfile
import threading
from pathlib import Path

from bot.demo.session import ZONE, DemoSession
from bot.logs import configure_logging

# A Monday morning, so a script's first week is a calendar week.
START = dtm.datetime(2026, 11, 23, 7, 30, tzinfo=ZONE)

INTRO = """\
Darm-Huid Coach, demo: the real bot, talking to a Telegram stand-in on this computer.
No bot token, no network; nothing leaves this machine. You are a participant:
  type text or a command (/start to begin, /help for the rest);
  type a button's number to press it;
  /clock shows the bot's time, /clock +2h, +1d, +6w, 2027-03-28T07:25 or next moves it on
  (everything due on the way happens in order);
  /quit leaves. Files the bot sends are saved in {folder}."""


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make demo", description=__doc__.split("\n\n")[0])
    parser.add_argument("--script", type=Path, help="replay the lines of this file")
    parser.add_argument(
        "--db", type=Path, help="keep the demo's database here (default: a temporary folder)"
    )
    parser.add_argument(
        "--out", type=Path, help="save the files the bot sends here (default: a new folder in /tmp)"
    )
    parser.add_argument(
        "--language",
        choices=("nl", "en"),
        default="nl",
        help="the language of the participant's Telegram app (default: nl)",
    )
    parser.add_argument(
        "--start",
        type=_moment,
        default=START,
        help="the clock's start, e.g. 2026-11-23T07:30 (Europe/Amsterdam unless a zone is given)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = parse(sys.argv[1:] if argv is None else argv)
    # The bot's HTTP client would send even its 127.0.0.1 requests through a proxy named in
    # the environment: the demo talks to this machine only.
    for name in ("NO_PROXY", "no_proxy"):
        os.environ[name] = ",".join(filter(None, (os.environ.get(name), "127.0.0.1", "localhost")))
    # The bot's warnings still show; its routine lines would drown the conversation.
    configure_logging("WARNING", secrets=[])
    for handler in logging.getLogger().handlers:  # python-telegram-bot's INFO lines too
        handler.setLevel(logging.WARNING)
    script = None
    if options.script is not None:
        try:
            script = options.script.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            print(
                f"Cannot read the script {options.script}: {type(exc).__name__}.", file=sys.stderr
            )
            return 2
    # Files outlive the demo, for the person to open; the database only with --db.
    out = options.out or Path(tempfile.mkdtemp(prefix="darm-huid-demo-"))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="darm-huid-demo-db-") as scratch:
        db = options.db or Path(scratch) / "demo.sqlite3"
        db.parent.mkdir(parents=True, exist_ok=True)
        try:
            return asyncio.run(_run(options, db, out, script))
        except KeyboardInterrupt:
            print(file=sys.stderr)
            return 130


async def _run(options: argparse.Namespace, db: Path, out: Path, script: list[str] | None) -> int:
    session = DemoSession(workdir=out, start=options.start, language=options.language)
    await session.open(db)
    try:
        session.write(INTRO.format(folder=out))
        session.write(f"  [clock: {session.stamp(session.clock.now())}]")
        if script is not None:
            await session.play(script)
        else:
            while (typed := await _typed("\n> ")) is not None:
                if not await session.enter(typed):
                    break
    finally:
        await session.close()
    return 0


async def _typed(prompt: str) -> str | None:
    """The next line typed at the terminal, None at its end (Ctrl-D). Read in a daemon
    thread, so that Ctrl-C ends the demo at once instead of waiting for a line."""
    loop = asyncio.get_running_loop()
    line: asyncio.Future[str | None] = loop.create_future()

    def read() -> None:
        try:
            typed: str | None = input(prompt)
        except EOFError:
            typed = None
        with contextlib.suppress(RuntimeError):  # the demo ended meanwhile
            loop.call_soon_threadsafe(line.set_result, typed)

    threading.Thread(target=read, daemon=True).start()
    return await line


def _moment(text: str) -> dtm.datetime:
    moment = dtm.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


if __name__ == "__main__":
    sys.exit(main())
