"""A demo session: the real bot (the same Application, handlers, dispatcher, pacer and storage
as `make run`) against the embedded Bot API server on 127.0.0.1, one participant at a
terminal, and a clock that only moves when told to.

Moving the clock runs the dispatcher at every moment something falls due in between (a
reminder, a check-in, its nudge, a day's planning, an expiry), in order, so weeks of the
programme pass in seconds and every message arrives at the local time it would in life.

What the person types is taken as they mean it (`RULES`): a number at a question whose buttons
are numbers is that value, a time is a time, and otherwise a number presses the button shown
with it. Any button still on a message can be pressed (`/buttons` lists them), none that an
edit took away; and what the bot recorded is said back when its own reply does not show it.
"""

from __future__ import annotations

import datetime as dtm
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.app import App
from bot.botapi import FakeBotApi, SentMessage, User
from bot.demo.local import local_settings, start_local, stop_application
from bot.demo.recorded import recorded
from bot.programme.checkin import QUESTIONS, choices
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
# `#7`: the seventh button, also where the buttons are numbers themselves.
BY_NUMBER = re.compile(r"^#(\d+)$")
# A button whose answer is a number once a tick and a "(standaard)" are taken off: "7", "1–2",
# "≤4", and with a unit, "3 dagen" or "30 min" (not "+1 glas", "12:30" or "1 to 3 years").
NUMERIC = re.compile(r"^[≤≥]?(\d+)(\s*[–-]\s*\d+)?(\s+[^\W\d_]+)?$")
MARKS = re.compile(r"^✓\s*|\s*\([^)]*\)$")
# How many of the latest messages with buttons `/buttons` lists (`/buttons all`: every one).
LISTED = 10

RULES = """\
How to answer the bot here:
  type text or a command, as in Telegram (/start to begin, /help for the bot's commands);
  type a number to press the button shown with it: 2 presses [2];
  but where the buttons are numbers themselves (an itch score 0-10, days, hours), a number
  is that value: 3 answers "3", or "3-4" days; #2 presses button [2] there (and anywhere);
  a time is a time: 0730, 7:30 or 7.30 is sent as typed;
  /buttons lists the buttons still on the bot's latest messages, numbered to press;
  /clock shows the bot's time; /clock +30m, +2h, +1d, +6w, 2027-03-28T07:25 or next moves it
  on (next: to the bot's next message; everything due on the way happens in order);
  /demo shows this again; /quit (or Ctrl-D) leaves."""
HINT = "  (here a number is its value: 3 answers 3; #3 presses button [3]; /demo for more)"


@dataclass(frozen=True)
class Shown:
    """What was last shown of a message, to show it again only when it changed."""

    text: str | None
    buttons: tuple[tuple[str, str], ...]
    deleted: bool


@dataclass(frozen=True, eq=False)
class Button:
    """A button as it was shown, on the message it belongs to (which edits change in place)."""

    label: str
    data: str
    message: SentMessage

    def on_screen(self) -> bool:
        """Still on its message: not deleted, and no edit has taken it away."""
        return not self.message.deleted and any(d == self.data for _, d in self.message.buttons())


@dataclass
class Seen:
    """What one look at the chat found: the lines to print, whether any message was new or
    changed, and the words a person can read in it (pop-ups, the texts of messages sent or
    edited, the labels of keyboards that an edit changed)."""

    lines: list[str] = field(default_factory=list)
    changed: bool = False
    words: list[str] = field(default_factory=list)


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
    # The buttons that typed numbers press, numbered from 1: those last printed.
    buttons: list[Button] = field(default_factory=list)
    _shown: dict[int, Shown] = field(default_factory=dict)
    _first_shown: dict[int, str] = field(default_factory=dict)
    _answers: int = 0
    _processed: set[int] = field(default_factory=set)
    _files: int = 0
    _hinted: bool = False
    _listed: bool = False  # the numbers are `/buttons`' own, to press, not values

    def __post_init__(self) -> None:
        self.clock = FakeClock(self.start)
        self.user = User(DEMO_USER, "Demo", language_code=self.language)

    async def open(self, db_path: Path) -> None:
        await self.server.start()
        self.app = await start_local(
            local_settings(self.server, db_path), self.clock, processed=self._processed.add
        )

    async def close(self) -> None:
        """Stop the bot, leaving the clock in the database for `--db` to go on from."""
        app, self.app = self.app, None
        if app is not None:
            app.bot_data.coach.store.save_demo_clock(self.clock.now())
            await stop_application(app)
        await self.server.stop()

    # -- what the person does ----------------------------------------------------------------

    async def play(self, script: Iterable[str]) -> None:
        """Replay a script's lines as typed, each echoed after `> `. Blank lines and `#`
        comments are for the script's reader (`#7` is typed: it presses button 7); `# --`
        headings go into the transcript too."""
        heading = False
        for line in script:
            if line.startswith("# --"):
                self.write(line if heading else f"\n{line}")
            heading = line.startswith("# --")
            comment = line.lstrip().startswith("#") and not BY_NUMBER.match(line.strip())
            if not line.strip() or comment:
                continue
            self.write(f"\n> {line.strip()}")
            if not await self.enter(line):
                break

    async def enter(self, line: str) -> bool:
        """One line as typed (see `RULES`). False when the person wants to leave."""
        line = line.strip()
        if not line:
            return True
        if line in QUIT:
            return False
        word = line.split()[0]
        if word == "/clock":
            await self.move_clock(line.removeprefix("/clock").strip())
        elif word == "/buttons":
            self.list_buttons(everything=line.split()[1:] == ["all"])
        elif word == "/demo":
            self.write(RULES)
        elif by_number := BY_NUMBER.match(line):
            await self.press(int(by_number.group(1)))
        elif line.isascii() and line.isdigit():
            await self.number(line)
        else:
            await self.say(line)
        return True

    async def number(self, typed: str) -> None:
        """A number as a person means it. At a question whose buttons are numbers it is that
        value: the button that says it, or else the number sent as typed, which the bot reads
        as it reads anyone's ("3" days at "1–2, 3–4" is 3–4). Three or four digits that make
        a time (0730) are a time, sent as typed. Otherwise the button shown with that number."""
        numeric = [] if self._listed else self._numeric_question()
        if numeric:
            same = [button for button in numeric if _value(button.label) == int(typed)]
            if same:
                await self._press(same[0])
            else:
                await self.say(typed)
        elif _clock_digits(typed):
            await self.say(typed)
        else:
            await self.press(int(typed))

    async def press(self, number: int) -> None:
        """The button printed as [number] last time buttons were printed."""
        if not 1 <= number <= len(self.buttons):
            self.write(f"  (there is no button {number} on show; /buttons lists them)")
            return
        await self._press(self.buttons[number - 1])

    async def say(self, text: str) -> None:
        """Send `text` as typed in the chat."""
        before = None if text.startswith("/") else self._snapshot()
        await self._wait(self.server.send_text(self.user, text))
        self._print(self._look(), before, typed=text)

    async def _press(self, button: Button) -> None:
        if not button.on_screen():
            self.write(
                f"  (“{button.label}” is no longer on its message: the bot took it away;"
                " /buttons lists the buttons still there)"
            )
            return
        if not button.data:
            self.write(f"  ({button.label} is a link: it opens outside Telegram)")
            return
        before = self._snapshot()
        await self._wait(self.server.press(self.user, button.message, button.data, check=False))
        self._print(self._look(), before, typed=None)

    def list_buttons(self, *, everything: bool = False) -> None:
        """The bot's latest messages that still have buttons, one line each with their
        buttons under it, numbered afresh: a number typed next presses one of these (also
        where they are numbers themselves), until the bot shows new buttons."""
        messages = [m for m in self.server.messages_to(self.user.id) if not m.deleted]
        with_buttons = [m for m in messages if m.buttons()]
        if not with_buttons:
            self.write("  (no message has buttons)")
            return
        listed = with_buttons if everything else with_buttons[-LISTED:]
        if len(listed) < len(with_buttons):
            self.write(f"  ({len(with_buttons) - len(listed)} earlier ones too: /buttons all)")
        numbered: list[Button] = []
        for message in listed:
            self.write(_one_line(self._first_shown.get(message.message_id, ""), message, None))
            lines: list[str] = []
            _keyboard(message, numbered, lines)
            for line in lines:
                self.write("  " + line)
        self.buttons, self._listed = numbered, True

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
        self._store().save_demo_clock(self.clock.now())
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
        dispatcher = self.app.bot_data.coach.dispatcher
        self.clock.set(instant)
        await dispatcher.tick()
        await dispatcher.drain()
        return self.show(stamp=True, brief=brief)

    # -- what the bot sent -------------------------------------------------------------------

    def show(self, *, stamp: bool = False, brief: bool = False) -> bool:
        """Print what is new or changed since last time; whether anything was."""
        seen = self._look(stamp=stamp, brief=brief)
        for line in seen.lines:
            self.write(line)
        return seen.changed

    def _look(self, *, stamp: bool = False, brief: bool = False) -> Seen:
        """What is new or changed since the last look: messages, edits and pop-ups, keyboard
        rows as Telegram lays them out. The buttons of what is printed are numbered on from 1,
        replacing the ones on show. `brief`: one line per new message, for long moves of the
        clock."""
        seen = Seen()
        for answer in self.server.callback_answers[self._answers :]:
            if answer.get("text"):
                seen.lines.append(f"  (pop-up) {answer['text']}")
                seen.words.append(str(answer["text"]))
        self._answers = len(self.server.callback_answers)
        numbered: list[Button] = []
        deleted = 0
        for message in self.server.messages_to(self.user.id):
            now = Shown(message.text, tuple(message.buttons()), message.deleted)
            before = self._shown.get(message.message_id)
            if before == now:
                continue
            self._shown[message.message_id] = now
            seen.changed = True
            if message.deleted:
                deleted += before is not None
                continue
            if before is None:
                self._first_shown[message.message_id] = self.stamp(self.clock.now())
            else:
                seen.words.extend(label for label, _ in message.buttons())
            saved = self._save(message) if message.file_bytes is not None else None
            if message.text and (before is None or before.text != message.text):
                seen.words.append(message.text)
            if brief:
                if before is None:
                    seen.lines.append(_one_line(self.stamp(self.clock.now()), message, saved))
                continue
            if before is None:
                when = f" {self.stamp(self.clock.now())}" if stamp else ""
                seen.lines.append(f"--- Coach{when} ---")
            elif before.text != message.text:
                seen.lines.append("--- Coach (edited) ---")
            if saved is not None:
                seen.lines.append(f"  [file saved: {saved}]")
            if message.text and (before is None or before.text != message.text):
                seen.lines.append(message.text)
            first = len(numbered)
            rows: list[str] = []
            _keyboard(message, numbered, rows)
            seen.lines.extend("  " + row for row in rows)
            if not self._hinted and _numeric(numbered[first:]):
                self._hinted = True
                seen.lines.append(HINT)
        if deleted:
            seen.lines.append(f"  (the bot took {deleted} of its messages out of the chat)")
        if numbered:
            self.buttons, self._listed = numbered, False
        return seen

    def _print(self, seen: Seen, before: dict[str, Any] | None, *, typed: str | None) -> None:
        """The bot's answer, after a line with what it recorded that the answer does not show
        (a number typed at a check-in question: the answer it became)."""
        if before is not None:
            visible = "\n".join(seen.words)
            said = [
                item
                for item in recorded(before, self._snapshot(), self._choice_label)
                if not item.shown_in(visible) and item.values != (typed,)
            ]
            if said:
                self.write("  (recorded: " + "; ".join(item.line() for item in said) + ")")
        for line in seen.lines:
            self.write(line)

    def stamp(self, instant: dtm.datetime) -> str:
        local = instant.astimezone(self.zone())
        return f"{local:%a %d %b %Y %H:%M} {local.tzname()}"

    def zone(self) -> ZoneInfo:
        """The participant's own time zone (Amsterdam until they have chosen one)."""
        participant = self._store().participants.get(self.user.id)
        return ZoneInfo(participant.timezone) if participant and participant.timezone else ZONE

    def _numeric_question(self) -> list[Button]:
        """The buttons still on screen of the latest message whose buttons were printed, when
        its answers are numbers (two or more of them); else none."""
        if not self.buttons:
            return []
        latest = self.buttons[-1].message
        on_screen = [b for b in self.buttons if b.message is latest and b.on_screen()]
        return on_screen if _numeric(on_screen) else []

    def _snapshot(self) -> dict[str, Any]:
        return self._store().export(self.user.id)

    def _choice_label(self, checkin_id: int, key: str, value: Any) -> str | None:
        """The label of the button a stored check-in answer has ("3–4" for POEM's 2)."""
        store = self._store()
        checkin = store.checkins.get(self.user.id, checkin_id)
        participant = store.participants.get(self.user.id)
        step = next((n for n, question in enumerate(QUESTIONS) if question.key == key), None)
        if checkin is None or participant is None or step is None:
            return None
        wanted = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
        labels = choices(participant.language, replace(checkin, step=step))
        return next((label for label, choice in labels if choice == wanted), None)

    def _store(self) -> Store:
        assert self.app is not None
        return self.app.bot_data.coach.store

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


def stored_clock(db_path: Path) -> dtm.datetime | None:
    """Where the clock of the demo that last used this database stood (None for a new one)."""
    if not db_path.is_file():
        return None
    store = Store.open(db_path)
    try:
        return store.demo_clock()
    finally:
        store.close()


def _keyboard(message: SentMessage, numbered: list[Button], lines: list[str]) -> None:
    """A message's keyboard rows, each button numbered on from `numbered`."""
    for row in (message.reply_markup or {}).get("inline_keyboard", []):
        labels = []
        for button in row:
            numbered.append(Button(button["text"], button.get("callback_data", ""), message))
            labels.append(f"[{len(numbered)}] {button['text']}")
        lines.append("  ".join(labels))


def _bare(label: str) -> str:
    """A label without its tick or its "(standaard)": "✓ 7" -> "7"."""
    return MARKS.sub("", label.strip()).strip()


def _numeric(buttons: list[Button]) -> bool:
    """Whether these buttons answer with numbers: two or more of them are numbers."""
    return sum(NUMERIC.match(_bare(button.label)) is not None for button in buttons) >= 2


def _value(label: str) -> int | None:
    """The number a button says, when it says one number ("7", "3 dagen"; not "1–2")."""
    found = NUMERIC.match(_bare(label))
    if found is None or found.group(2) or _bare(label)[0] in "≤≥":
        return None
    return int(found.group(1))


def _clock_digits(typed: str) -> bool:
    """ "0730" or "730": hours and minutes without a colon."""
    if len(typed) not in (3, 4):
        return False
    hours, minutes = int(typed[:-2]), int(typed[-2:])
    return hours < 24 and minutes < 60


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
