"""A demo session: the real bot (the same Application, handlers, dispatcher, pacer and storage
as `make run`) against the embedded Bot API server on 127.0.0.1, one participant at a
terminal, and a clock that only moves when told to.

Moving the clock runs the dispatcher at every moment something falls due in between (a
reminder, a check-in, its nudge, a day's planning, an expiry), in order, so weeks of the
programme pass in seconds and every message arrives at the local time it would in life.
"""

from __future__ import annotations

import datetime as dtm
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.app import App, coach_of
from bot.botapi import FakeBotApi, SentMessage, User
from bot.demo.local import local_settings, start_local, stop_application
from bot.storage import Store
from jobs.clock import FakeClock

DEMO_USER = 7_000_001
ZONE = ZoneInfo("Europe/Amsterdam")
STEP = re.compile(r"^\+(\d+)([mhdw])$")
PNG = b"\x89PNG\r\n\x1a\n"
# A move of the clock longer than this prints its messages one line each, but for the last
# day: six weeks of reminders in full would be a thousand lines to scroll through.
BRIEF_AFTER = dtm.timedelta(days=1)
UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


@dataclass(frozen=True)
class Shown:
    """What was last shown of a message, to show it again only when it changed."""

    text: str | None
    buttons: tuple[tuple[str, str], ...]
    deleted: bool


@dataclass
class DemoSession:
    """One participant at a terminal, the bot, and a clock that moves when told to."""

    workdir: Path
    start: dtm.datetime
    language: str = "nl"
    write: Callable[[str], None] = print
    server: FakeBotApi = field(default_factory=FakeBotApi)
    clock: FakeClock = field(init=False)
    app: App | None = None
    user: User = field(init=False)
    # The buttons on show, numbered from 1: (label, callback data, the message they are on).
    buttons: list[tuple[str, str, SentMessage]] = field(default_factory=list)
    _shown: dict[int, Shown] = field(default_factory=dict)
    _answers: int = 0
    _processed: set[int] = field(default_factory=set)
    _files: int = 0

    def __post_init__(self) -> None:
        self.clock = FakeClock(self.start)
        self.user = User(DEMO_USER, "Demo", language_code=self.language)

    async def open(self, db_path: Path) -> None:
        await self.server.start()
        self.app = await start_local(
            local_settings(self.server, db_path), self.clock, processed=self._processed.add
        )

    async def close(self) -> None:
        app, self.app = self.app, None
        if app is not None:
            await stop_application(app)
        await self.server.stop()

    # -- what the person does ----------------------------------------------------------------

    async def play(self, script: Iterable[str]) -> None:
        """Replay a script's lines as typed, each echoed after `> `. Blank lines and `#`
        comments are for the script's reader; `# --` headings go into the transcript too."""
        heading = False
        for line in script:
            if line.startswith("# --"):
                self.write(line if heading else f"\n{line}")
            heading = line.startswith("# --")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            self.write(f"\n> {line.strip()}")
            if not await self.enter(line):
                break

    async def enter(self, line: str) -> bool:
        """One line as typed: a command, text, a button's number or a move of the clock.
        False when the person wants to leave."""
        line = line.strip()
        if not line:
            return True
        if line in QUIT:
            return False
        if line.split()[0] == "/clock":
            await self.move_clock(line.removeprefix("/clock").strip())
        elif line.isascii() and line.isdigit():
            await self.press(int(line))
        else:
            await self._wait(self.server.send_text(self.user, line))
            self.show()
        return True

    async def press(self, number: int) -> None:
        if not 1 <= number <= len(self.buttons):
            self.write(f"  (there is no button {number} on show)")
            return
        label, data, message = self.buttons[number - 1]
        if not data:
            self.write(f"  ({label} is a link: it opens outside Telegram)")
            return
        await self._wait(self.server.press(self.user, message, data, check=False))
        self.show()

    async def move_clock(self, argument: str) -> None:
        """`/clock` shows the time; `+2h`, `+1d`, `+6w`, `2027-03-28T07:25` or `next` moves
        it forward, with everything due in between happening on the way."""
        now = self.clock.now()
        if argument == "next":
            if not await self.advance_to_message():
                self.write("  (nothing more is due)")
        elif argument:
            target = clock_target(argument, now, self.zone())
            if target is None:
                self.write("  (/clock +30m, +2h, +1d, +6w, 2027-03-28T07:25 or next)")
                return
            if target < now:
                self.write("  (the clock only moves forward)")
                return
            await self.advance(target)
        self.write(f"  [clock: {self.stamp(self.clock.now())}]")

    async def advance_to_message(self) -> bool:
        """Move the clock on until the bot sends something; False if nothing more is due."""
        while (due := self._store().next_event(self.clock.now())) is not None:
            if await self._tick_at(due):
                return True
        return False

    async def advance(self, target: dtm.datetime) -> None:
        """Run the dispatcher at each moment something falls due until `target`, as the
        minute-by-minute job of `make run` would have, then once more at `target`."""
        brief = target - self.clock.now() > BRIEF_AFTER
        if brief:
            self.write("  (a long move: one line per message; the last day in full)")
        while (due := self._store().next_event(self.clock.now())) is not None and due <= target:
            await self._tick_at(due, brief=brief and target - due > BRIEF_AFTER)
        await self._tick_at(target)

    async def _tick_at(self, instant: dtm.datetime, *, brief: bool = False) -> bool:
        """Set the clock, run the dispatcher once, wait for its sends and show them."""
        assert self.app is not None
        dispatcher = coach_of(self.app).dispatcher
        self.clock.set(instant)
        await dispatcher.tick()
        await dispatcher.drain()
        return self.show(stamp=True, brief=brief)

    # -- what the bot sent -------------------------------------------------------------------

    def show(self, *, stamp: bool = False, brief: bool = False) -> bool:
        """Print what is new or changed since last time: messages, edits and pop-ups, keyboard
        rows as Telegram lays them out. The buttons of what is printed are numbered on from 1,
        replacing the ones on show. `brief`: one line per new message, for long moves of the
        clock. Whether any message was new or changed."""
        for answer in self.server.callback_answers[self._answers :]:
            if answer.get("text"):
                self.write(f"  (pop-up) {answer['text']}")
        self._answers = len(self.server.callback_answers)
        numbered: list[tuple[str, str, SentMessage]] = []
        printed = False
        deleted = 0
        for message in self.server.messages_to(self.user.id):
            now = Shown(message.text, tuple(message.buttons()), message.deleted)
            before = self._shown.get(message.message_id)
            if before == now:
                continue
            self._shown[message.message_id] = now
            printed = True
            if message.deleted:
                deleted += before is not None
                continue
            saved = self._save(message) if message.file_bytes is not None else None
            if brief:
                if before is None:
                    self.write(_one_line(self.stamp(self.clock.now()), message, saved))
                continue
            if before is None:
                when = f" {self.stamp(self.clock.now())}" if stamp else ""
                self.write(f"--- Coach{when} ---")
            elif before.text != message.text:
                self.write("--- Coach (edited) ---")
            if saved is not None:
                self.write(f"  [file saved: {saved}]")
            if message.text and (before is None or before.text != message.text):
                self.write(message.text)
            for row in (message.reply_markup or {}).get("inline_keyboard", []):
                labels = []
                for button in row:
                    numbered.append((button["text"], button.get("callback_data", ""), message))
                    labels.append(f"[{len(numbered)}] {button['text']}")
                self.write("  " + "  ".join(labels))
        if deleted:
            self.write(f"  (the bot took {deleted} of its messages out of the chat)")
        if numbered:
            self.buttons = numbered
        return printed

    def stamp(self, instant: dtm.datetime) -> str:
        local = instant.astimezone(self.zone())
        return f"{local:%a %d %b %Y %H:%M} {local.tzname()}"

    def zone(self) -> ZoneInfo:
        """The participant's own time zone (Amsterdam until they have chosen one)."""
        participant = self._store().participants.get(self.user.id)
        return ZoneInfo(participant.timezone) if participant and participant.timezone else ZONE

    def _store(self) -> Store:
        assert self.app is not None
        return coach_of(self.app).store

    def _save(self, message: SentMessage) -> Path:
        """Write a photo or document the bot sent into the demo's folder."""
        self._files += 1
        data = message.file_bytes or b""
        name = Path(message.file_name or "file").name
        if message.method == "sendPhoto" and data.startswith(PNG):
            name = "chart.png"  # a photo's upload name is python-telegram-bot's, not ours
        path = self.workdir / f"{self._files:02d}-{name}"
        path.write_bytes(data)
        return path

    async def _wait(self, update_id: int) -> None:
        await self.server.wait_until(
            lambda: update_id in self._processed, timeout=30, what="the bot's answer"
        )


QUIT = frozenset({"/quit", "/exit"})


def _one_line(stamp: str, message: SentMessage, saved: Path | None) -> str:
    first = (message.text or "").split("\n", 1)[0]
    if len(first) > 60:
        first = first[:59] + "…"
    if saved is not None:
        first = f"{first} [file saved: {saved}]".strip()
    return f"  {stamp}  {first}"


def clock_target(argument: str, now: dtm.datetime, zone: ZoneInfo) -> dtm.datetime | None:
    """Where `/clock ARGUMENT` moves to. Days and weeks are counted on the wall clock, as a
    person counts them (07:00 plus a day is 07:00, on a DST day too); minutes and hours are
    real time. A time without a zone is the participant's local time."""
    step = STEP.match(argument)
    if step:
        amount, unit = int(step.group(1)), UNITS[step.group(2)]
        delta = dtm.timedelta(**{unit: amount})
        if unit in ("days", "weeks"):
            return (now.astimezone(zone) + delta).astimezone(dtm.UTC)
        return now + delta
    try:
        moment = dtm.datetime.fromisoformat(argument)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)
