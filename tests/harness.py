"""Drives the real Application against the suite's Bot API server, with a clock the test moves."""

from __future__ import annotations

import datetime as dtm
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.app import App
from bot.botapi import FakeBotApi, SentMessage, User
from bot.callbacks import FirstPress, OnboardPress
from bot.config import Settings
from bot.demo.local import local_settings, start_local, stop_application
from bot.programme.records import Participant
from bot.storage import Store
from bot.updates import FloodWindow
from jobs.clock import FakeClock
from jobs.dispatcher import TickReport

AMS = ZoneInfo("Europe/Amsterdam")
# Long enough for any answer of the local server under load, short enough for a test of an
# answer that never comes.
READ_TIMEOUT = 2.0


def onboarding_data(answer: str) -> str:
    """The data of the onboarding button that gives `answer`, written "field:value"."""
    field_name, _, value = answer.partition(":")
    return OnboardPress(field_name, value).data


def local(
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    zone: ZoneInfo = AMS,
    fold: int = 0,
) -> dtm.datetime:
    return dtm.datetime(year, month, day, hour, minute, tzinfo=zone, fold=fold)


@dataclass
class Harness:
    server: FakeBotApi
    clock: FakeClock
    db_path: Path
    app: App | None = None
    errors: list[BaseException] = field(default_factory=list)
    processed: set[int] = field(default_factory=set)
    order: list[int] = field(default_factory=list)  # update ids, in the order they finished
    _seen: dict[int, int] = field(default_factory=dict)
    # Telegram's pace (28.5/s, 1 s per chat) would make every tap here wait in real time; the
    # pacer's own tests and the benchmark check that spacing. A test about what is on the wire
    # at a given moment sets a slow pace of its own.
    pace: float = 1000.0
    per_chat_interval: float = 0.0
    flood_limit: bool = False

    # -- life cycle --------------------------------------------------------------------------

    def settings(self) -> Settings:
        return local_settings(self.server, self.db_path)

    async def start(self) -> None:
        def mark(update_id: int) -> None:
            self.processed.add(update_id)
            self.order.append(update_id)

        self.app = await start_local(
            self.settings(),
            self.clock,
            processed=mark,
            pace=self.pace,
            per_chat_interval=self.per_chat_interval,
            # A test taps through onboarding and a check-in far faster than a person: no
            # flood limit, but where a test asks for Telegram's own.
            flood_window=FloodWindow() if self.flood_limit else None,
            read_timeout=READ_TIMEOUT,
            on_error=self.errors.append,
        )

    async def stop(self) -> None:
        app = self.app
        if app is None:
            return
        self.app = None
        await stop_application(app)

    async def restart(self, *, pace: float | None = None) -> None:
        """A new Application on the same database, as after a crash or a deploy."""
        await self.stop()
        if pace is not None:
            self.pace = pace
        await self.start()

    async def crash(self) -> None:
        """Like kill -9 after the last commit: nothing graceful runs, the database stays."""
        app = self.app
        assert app is not None and app.updater is not None
        self.app = None
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        app.bot_data.coach.store.close()
        await self.start()

    # -- what a person does ------------------------------------------------------------------

    async def _processed(self, update_id: int) -> None:
        await self.server.wait_until(
            lambda: update_id in self.processed or bool(self.errors),
            what=f"update {update_id} processed",
        )
        if self.errors:
            raise AssertionError(f"handler raised: {self.errors!r}")

    async def say(self, user: User, text: str) -> list[SentMessage]:
        """Type a message (or command) and return what the bot answered to it."""
        self.new_messages(user)
        await self._processed(self.server.send_text(user, text))
        return self.new_messages(user)

    async def send_photo(self, user: User, caption: str | None = None) -> list[SentMessage]:
        """Send a photo (with a caption, if given) and return what the bot answered to it."""
        self.new_messages(user)
        await self._processed(self.server.send_photo(user, caption))
        return self.new_messages(user)

    async def press(self, user: User, message: SentMessage, label: str) -> list[SentMessage]:
        """Tap the button whose label contains `label`; returns the messages the bot sent."""
        self.new_messages(user)
        await self.press_data(user, message, message.button(label))
        return self.new_messages(user)

    async def press_data(self, user: User, message: SentMessage, data: str) -> str | None:
        """Tap a button by its callback data; returns the text of the callback answer."""
        before = len(self.server.callback_answers)
        await self._processed(self.server.press(user, message, data))
        answers = self.server.callback_answers[before:]
        assert answers, "the bot did not answer the callback query"
        text = answers[-1].get("text")
        return str(text) if text is not None else None

    async def server_press_stale(self, user: User, message: SentMessage, data: str) -> str | None:
        """Tap a button that is no longer on the message (an old keyboard, or a forged one)."""
        before = len(self.server.callback_answers)
        await self._processed(self.server.press(user, message, data, check=False))
        answers = self.server.callback_answers[before:]
        assert answers, "the bot did not answer the callback query"
        text = answers[-1].get("text")
        return str(text) if text is not None else None

    def new_messages(self, user: User) -> list[SentMessage]:
        messages = self.server.messages_to(user.id)
        seen = self._seen.get(user.id, 0)
        self._seen[user.id] = len(messages)
        return messages[seen:]

    def last_message(self, user: User) -> SentMessage:
        messages = self.server.messages_to(user.id)
        assert messages, "the bot sent nothing to this user"
        return messages[-1]

    # -- time and the dispatcher ---------------------------------------------------------------

    async def tick(self) -> TickReport:
        """One dispatcher run at the clock's current time, waiting until its sends are done."""
        assert self.app is not None
        dispatcher = self.app.bot_data.coach.dispatcher
        report = await dispatcher.tick()
        await dispatcher.drain()
        if self.errors:
            raise AssertionError(f"handler raised: {self.errors!r}")
        return report

    async def skip_to(self, until: dtm.datetime) -> None:
        """Move the clock to `until`, ticking at each moment something falls due on the way
        (as `make demo`'s /clock does): days pass in a few dispatcher runs each."""
        while True:
            found = self.store.next_event(self.clock.now())
            if found is None or found > until:
                break
            self.clock.set(max(found, self.clock.now()))
            await self.tick()
        self.clock.set(until)
        await self.tick()

    async def run_until(
        self, until: dtm.datetime, step: dtm.timedelta = dtm.timedelta(minutes=1)
    ) -> None:
        """Move the clock to `until` in steps, ticking at each: what a day of uptime does."""
        while self.clock.now() < until:
            self.clock.set(min(self.clock.now() + step, until))
            await self.tick()

    # -- storage ----------------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        assert self.app is not None
        return self.app.bot_data.coach.store

    def participant(self, user: User) -> Participant | None:
        return self.store.participants.get(user.id)

    # -- onboarding ------------------------------------------------------------------------------

    async def onboard(
        self,
        user: User,
        *,
        language: str = "nl",
        age: str = "adult",
        zone: str | None = None,
        wake: str | None = None,
        bed: str | None = None,
        probiotic_use: str = "yes",
        probiotic: str | None = None,
        fibre: str | None = None,
        checkin_day: str | None = None,
        checkin_time: str | None = None,
        first_checkin: str = "now",
        child_age: str = "4to11",
    ) -> None:
        """Complete onboarding by tapping; None means the default button. A parent's child is
        of `child_age` (a school child unless said). The first check-in is then started ("now",
        its first question the last message and left open), put off ("later"), or left alone
        ("")."""
        await self.say(user, "/start")
        prompt = self.last_message(user)
        await self.press_data(user, prompt, OnboardPress("language", language).data)
        await self.press_data(user, self.last_message(user), OnboardPress("disclaimer", "ok").data)
        await self.press_data(user, self.last_message(user), OnboardPress("age", age).data)
        await self.press_data(user, self.last_message(user), OnboardPress("consent", "yes").data)
        if age == "parent":
            age_band = OnboardPress("child_age", child_age).data
            await self.press_data(user, self.last_message(user), age_band)
        for field_name, value in (
            ("timezone", zone),
            ("wake", wake),
            ("bed", bed),
            ("probiotic_use", probiotic_use),
            ("probiotic", probiotic),
            ("fibre", fibre),
            ("checkin_day", checkin_day),
            ("checkin_time", checkin_time),
        ):
            if field_name == "probiotic" and probiotic_use == "no":
                continue  # not asked: its reminder is off
            prompt = self.last_message(user)
            if value is None:
                data = next(
                    d
                    for label, d in prompt.buttons()
                    if "(standaard)" in label or "(default)" in label
                )
            else:
                data = OnboardPress(field_name, value).data
            if data in (d for _, d in prompt.buttons()):
                await self.press_data(user, prompt, data)
            else:
                await self.say(user, value or "")  # typed, as a person would for other values
        participant = self.participant(user)
        assert participant is not None and participant.onboarded
        if first_checkin:
            first = FirstPress(now=first_checkin == "now").data
            await self.press_data(user, self.last_message(user), first)
        self.new_messages(user)
