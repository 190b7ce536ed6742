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
import re
import shutil
import sys
import tempfile
import threading
from pathlib import Path
from typing import NoReturn

from bot.demo.session import RULES, ZONE, DemoSession, stored_clock
from bot.logs import configure_logging
from bot.storage import StorageError

# A Monday morning, so a script's first week is a calendar week.
START = dtm.datetime(2026, 11, 23, 7, 30, tzinfo=ZONE)

INTRO = """\
Darm-Huid Coach, demo: the real bot, talking to a Telegram stand-in on this computer.
No bot token, no network; nothing leaves this machine. You are a participant.
{rules}
Files the bot sends are saved in {folder}."""
MORE = "make demo ARGS=--help lists every option."


class ArgumentProblem(Exception):
    """An option the demo cannot use, said in plain words."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise ArgumentProblem(_plain(message))


def parse(argv: list[str]) -> argparse.Namespace:
    parser = _Parser(
        prog="make demo ARGS=...",
        description=__doc__.split("\n\n")[0],
        epilog=RULES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--script", type=Path, help="replay the lines of this file")
    parser.add_argument(
        "--db",
        type=Path,
        help="the demo's database; an existing one goes on where its clock stopped "
        "(default: a new one in a temporary folder)",
    )
    parser.add_argument(
        "--out", type=Path, help="save the files the bot sends here (default: the temporary folder)"
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the temporary folder (its files and database) when the demo ends",
    )
    parser.add_argument(
        "--language",
        type=_language,
        default="nl",
        help="the language of the participant's Telegram app: nl or en (default: nl)",
    )
    parser.add_argument(
        "--start",
        type=_moment,
        help="the clock's start, e.g. 2026-11-23T07:30 (Amsterdam time unless a zone is given; "
        "default: Monday 23 November 2026, 07:30)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    try:
        options = parse(sys.argv[1:] if argv is None else argv)
        script = _script(options.script)
    except ArgumentProblem as problem:
        print(f"make demo: {problem} {MORE}", file=sys.stderr)
        return 2
    # One temporary folder for the files the bot sends and the database, unless --out and
    # --db name others; it goes when the demo ends, unless --keep.
    scratch = Path(tempfile.mkdtemp(prefix="darm-huid-demo-"))
    try:
        out = options.out or scratch
        db = options.db or scratch / "demo.sqlite3"
        try:
            start = _start(options.start, db)
            _folder(out)
        except ArgumentProblem as problem:
            print(f"make demo: {problem}", file=sys.stderr)
            return 2
        _quiet()
        try:
            return asyncio.run(_run(options, db, out, script, start))
        except KeyboardInterrupt:
            print(file=sys.stderr)
            return 130
    finally:
        _leave(scratch, keep=options.keep)


def _script(path: Path | None) -> list[str] | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ArgumentProblem(f"cannot read the script {path} ({type(exc).__name__}).") from None


def _folder(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ArgumentProblem(
            f"--out {out} cannot be made a folder ({exc.strerror or type(exc).__name__})."
        ) from None


def _quiet() -> None:
    """Talk to this machine only, and keep the bot's routine log lines off the screen."""
    # The bot's HTTP client would send even its 127.0.0.1 requests through a proxy named in
    # the environment.
    for name in ("NO_PROXY", "no_proxy"):
        os.environ[name] = ",".join(filter(None, (os.environ.get(name), "127.0.0.1", "localhost")))
    # The bot's warnings still show; its routine lines would drown the conversation.
    configure_logging("WARNING", secrets=[])
    for handler in logging.getLogger().handlers:  # python-telegram-bot's INFO lines too
        handler.setLevel(logging.WARNING)


def _start(asked: dtm.datetime | None, db: Path) -> tuple[dtm.datetime, bool]:
    """Where the clock starts, and whether that is where a database's clock stopped."""
    if db.exists() and not db.is_file():
        raise ArgumentProblem(f"--db wants a file for the demo's database; {db} is a folder.")
    try:
        stopped = stored_clock(db)
    except (StorageError, OSError) as exc:
        raise ArgumentProblem(
            f"--db {db} is not a database the demo can use ({type(exc).__name__})."
        ) from None
    if stopped is None:
        return asked or START, False
    if asked is not None:
        raise ArgumentProblem(
            f"the database {db} already has its clock at {stopped.astimezone(ZONE):%Y-%m-%dT%H:%M}"
            " and the demo goes on from there: leave out --start, or give --db a new file."
        )
    return stopped, True


def _leave(scratch: Path, *, keep: bool) -> None:
    """Remove the temporary folder, or say where it is kept and how to go on from it."""
    if not keep or not any(scratch.iterdir()):
        shutil.rmtree(scratch, ignore_errors=True)
        return
    database = scratch / "demo.sqlite3"
    more = f'; make demo ARGS="--db {database}" goes on from here' if database.exists() else ""
    print(f"\n(kept: {scratch}{more})")


async def _run(
    options: argparse.Namespace,
    db: Path,
    out: Path,
    script: list[str] | None,
    start: tuple[dtm.datetime, bool],
) -> int:
    moment, resumed = start
    session = DemoSession(workdir=out, start=moment, language=options.language)
    await session.open(db)
    try:
        session.write(INTRO.format(rules=RULES, folder=out))
        if resumed:
            session.write(f"Going on where {db} left its clock.")
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
    try:
        moment = dtm.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            "wants a date and time such as 2026-11-23T07:30 (Amsterdam time unless a zone is "
            f"given, as in 2026-11-23T07:30+01:00), not {text!r}."
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=ZONE)


def _language(text: str) -> str:
    if text.strip().lower() not in ("nl", "en"):
        raise argparse.ArgumentTypeError(f"is nl (Dutch) or en (English), not {text!r}.")
    return text.strip().lower()


def _plain(message: str) -> str:
    """argparse's words as a person would say them."""
    option = re.match(r"argument (\S+?)(?:/\S+)?: (.*)$", message)
    if option is not None:
        name, rest = option.groups()
        if rest.startswith("expected one argument"):
            return f"{name} needs a value after it."
        if rest.startswith("ignored explicit argument"):
            return f"{name} takes no value."
        return f"{name} {rest}"
    unknown = re.match(r"unrecognized arguments: (.*)$", message)
    if unknown is not None:
        return f"the demo has no option {unknown.group(1)}."
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


if __name__ == "__main__":
    sys.exit(main())
