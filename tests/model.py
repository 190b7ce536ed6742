"""A model of the whole conversation, played against the real bot: hypothesis draws random
sequences of what a person does (commands, typed text of every sort, presses of any button
the bot ever showed them, stale ones included), clock moves across days and DST nights, and
restarts, and checks after every step what must always hold:

1. no handler raised, and everything the person typed or tapped was answered;
2. at most one question is open, and it is the one asked last: the flow of the last message
   that asked something is the flow of the stored open question; a step that asked nothing
   leaves it as it was or closes it; a command closes it;
3. typed text is stored on the open question or answered with a pointer, never stored
   elsewhere (what changed belongs to the question that was open);
4. /export's zip is made and reads back;
5. every promise is kept by the time the clock passes it: the first check-in "later", a
   snoozed reminder, a reminder moved to a time still to come today;
6. nothing is sent in the sleep window unless kept there on purpose (a kind the person keeps
   in the night, or something they were promised at that time).

The machine owns its event loop (`asyncio.Runner`): the real Application polls the suite's
Bot API server on 127.0.0.1 between steps. `tests/e2e/test_conversation_model.py` runs a few
examples in `make test`; `make fuzz` (tests/fuzz.py) runs many more.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dtm
import io
import json
import re
import shutil
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal
from zoneinfo import ZoneInfo

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from bot.botapi import FakeBotApi, SentMessage, User
from bot.callbacks import (
    AgreePress,
    CheckinPress,
    FirstPress,
    MenuPress,
    OnboardPress,
    PickerPress,
    QuietPress,
    ReminderPress,
    ReplacePress,
    SettingPress,
    SwitchPress,
    TickPress,
    TogglePress,
    parse,
)
from bot.programme.conversation import (
    Checkin,
    Consent,
    FirstOffer,
    Menu,
    Note,
    Onboarding,
    OpenQuestion,
    Picker,
    Quiet,
    Replace,
    Setting,
    Switch,
)
from bot.programme.kinds import CHOSEN
from bot.programme.records import Participant
from bot.programme.schedule import asleep_at, is_quiet, local_to_utc
from bot.render.export import export_archive
from jobs.clock import FakeClock
from tests.e2e.test_checkin import answer_checkin
from tests.harness import Harness

AMS = ZoneInfo("Europe/Amsterdam")
PERSON = 770_001
# Mornings to start from: an ordinary Monday, the day before spring's DST night, and the day
# before autumn's.
STARTS = (
    dtm.datetime(2026, 11, 23, 6, 0, tzinfo=AMS),
    dtm.datetime(2027, 3, 27, 6, 0, tzinfo=AMS),
    dtm.datetime(2026, 10, 24, 6, 0, tzinfo=AMS),
)
COMMANDS = (
    "/start",
    "/today",
    "/checkin",
    "/settings",
    "/trigger",
    "/patterns",
    "/pause",
    "/pause 1",
    "/pause 3",
    "/resume",
    "/language",
    "/help",
    "/stop",
    "/export",
    "/delete",
    "/unknown",
)
SLOW_COMMANDS = ("/progress", "/summary")
ANSWERS = (
    *("Nederlands", "English", "nl", "en", "Begrepen", "Understood", "ok", "ja", "nee", "yes"),
    *("no", "Ja, 16 of ouder", "Ik ben ouder/verzorger", "Nee, jonger dan 16", "Amsterdam"),
    *("Europe/London", "berlin", "07:30", "7", "8am", "10pm", "half 9", "8 uur", "23:00"),
    *("22:30", "01:30", "0", "3", "5", "7", "12", "zondag", "Sunday", "woensdag", "Geen"),
    *("None", "Zuivel", "Dairy", "Klaar", "Done", "Overslaan", "Skip", "Later verder", "Nu"),
    *("Now", "Later", "Bedtijd", "Bedtime", "Tijd probioticum", "Probiotic time", "Terug"),
    *("Back", "Verplaatsen", "Bewust zo houden", "Iets anders", "Gisteren", "Vandaag"),
    *("Drukke week, veel gekrabd.", "Itchy after the gym", "Ja, opnieuw invullen"),
)
OTHER_TEXT = (
    *("morgen", "asdf", "99:99", "🙂", "ja nee", "1-2-3", "Wat is POEM?", "danke schön"),
    *("Moet ik een IgG-test laten doen?", "what about a stool test?", "Heb ik een lekkende darm?"),
)
QUESTION_FLOWS: dict[type[Any], str] = {
    OnboardPress: "onboarding",
    MenuPress: "settings",
    SettingPress: "settings",
    QuietPress: "settings",
    SwitchPress: "settings",
    TogglePress: "settings",
    CheckinPress: "checkin",
    ReplacePress: "replace",
    TickPress: "picker",
    PickerPress: "picker",
    FirstPress: "first",
    AgreePress: "consent",
}
# Slack for "by the time the clock passes it": the dispatcher ticks at each due moment here.
SLACK = dtm.timedelta(minutes=2)


def flow_of(question: OpenQuestion | None) -> str | None:
    match question:
        case Onboarding():
            return "onboarding"
        case Menu() | Setting() | Quiet() | Switch():
            return "settings"
        case Checkin() | Note():
            return "checkin"
        case Replace():
            return "replace"
        case Picker():
            return "picker"
        case FirstOffer():
            return "first"
        case Consent():
            return "consent"
    return None


def markup_datas(markup: Any) -> list[str]:
    if not isinstance(markup, dict):
        return []
    return [
        str(button.get("callback_data", ""))
        for row in markup.get("inline_keyboard", [])
        for button in row
    ]


def asking_flow(markup: Any) -> str | None:
    """The question a keyboard asks, if it asks one: a reminder's message (with its itch
    scale and the evening's "noticed something?") and the nudge's Continue ask nothing."""
    presses = [parse(data) for data in markup_datas(markup)]
    if any(isinstance(p, ReminderPress) for p in presses):
        return None
    flows = {QUESTION_FLOWS[type(p)] for p in presses if type(p) in QUESTION_FLOWS}
    return flows.pop() if len(flows) == 1 else None


@dataclass
class Promise:
    kind: Literal["first", "snooze", "setting"]
    due: dtm.datetime
    made: int  # the index in the server's calls when it was made
    row: int | None = None  # the snoozed reminder
    reminder: str | None = None  # the kind of reminder moved to a time today
    day: dtm.date | None = None


@dataclass
class Model:
    promises: list[Promise] = field(default_factory=list)
    pauses: list[tuple[dtm.datetime, dtm.datetime]] = field(default_factory=list)
    kept: int = 0


class Conversation(RuleBasedStateMachine):
    """One person and the real bot, from /start (or onboarded) through whatever comes."""

    steps: ClassVar[int] = 0  # across every example: the steps-per-second of `make fuzz`
    seen: ClassVar[Counter[str]] = Counter()  # what the examples reached, for `make fuzz`

    def __init__(self) -> None:
        super().__init__()
        self.runner = asyncio.Runner()
        self.folder = Path(tempfile.mkdtemp(prefix="coach-model-"))
        self.server = FakeBotApi()
        self.harness: Harness | None = None
        self.user = User(PERSON, "Model", language_code="nl")
        self.buttons: list[tuple[SentMessage, str]] = []  # every button ever shown
        self.model = Model()

    # -- life ---------------------------------------------------------------------------

    @property
    def h(self) -> Harness:
        assert self.harness is not None
        return self.harness

    def run(self, coroutine: Any) -> Any:
        return self.runner.run(coroutine)

    def teardown(self) -> None:
        try:
            if self.harness is not None:
                self.run(self.harness.stop())
            self.run(self.server.stop())
        finally:
            self.runner.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    @initialize(
        start=st.sampled_from(STARTS),
        language=st.sampled_from(("nl", "en")),
        age=st.sampled_from(("adult", "parent")),
        # Weighted toward a week already answered: /checkin then asks whether to replace it.
        how=st.sampled_from(("done", "now", "done", "later", "", "start", "done")),
    )
    def begin(self, start: dtm.datetime, language: str, age: str, how: str) -> None:
        """Onboarded with the first check-in now, later, or not yet chosen; or done (the
        week has its check-in); or only just begun (/start)."""
        Conversation.seen[f"begun: {how or 'no first check-in yet'}"] += 1
        self.run(self.server.start())
        self.harness = Harness(self.server, FakeClock(start), self.folder / "coach.db")
        self.run(self.h.start())
        self.user = User(PERSON, "Model", language_code=language)
        mark = len(self.server.calls)
        if how == "start":
            self.run(self.h.say(self.user, "/start"))
        else:
            first = "now" if how == "done" else how
            self.run(self.h.onboard(self.user, language=language, age=age, first_checkin=first))
            if how == "later":
                self._promise_first(mark)
            if how == "done":
                sleep = 10 if age == "parent" else 7  # a child sleeps longer: other buttons
                self.run(answer_checkin(self.h, self.user, poem=[2, 2, 1, 0, 3, 2, 2], sleep=sleep))
        self._see(mark)

    # -- what a person does ---------------------------------------------------------------

    @rule(text=st.sampled_from(ANSWERS) | st.sampled_from(OTHER_TEXT))
    def type_text(self, text: str) -> None:
        before = self._participant()
        snapshot = self._snapshot()
        mark = len(self.server.calls)
        replies = self.run(self.h.say(self.user, text))
        assert replies, f"no reply to {text!r}"
        self._after_person(mark, before, command=False)
        self._typed_landed(before, snapshot, text)

    @rule(command=st.sampled_from(COMMANDS + SLOW_COMMANDS))
    def command(self, command: str) -> None:
        Conversation.seen[f"command: {command}"] += 1
        before = self._participant()
        mark = len(self.server.calls)
        replies = self.run(self.h.say(self.user, command))
        assert replies, f"no reply to {command}"
        self._after_person(mark, before, command=True)

    @rule(back=st.integers(0, 3) | st.integers(0, 60))
    def press(self, back: int) -> None:
        if not self.buttons:
            return
        message, data = self.buttons[-1 - back % len(self.buttons)]
        before = self._participant()
        mark = len(self.server.calls)
        answer = self.run(self.h.server_press_stale(self.user, message, data))
        self._after_person(mark, before, command=False, answer=answer, data=data)

    @rule(picks=st.lists(st.integers(0, 20), min_size=1, max_size=16))
    def answer_on(self, picks: list[int]) -> None:
        """A quick person: a button of the newest message that has buttons, again and again
        (so check-ins get finished, and second check-ins of a week get asked)."""
        for pick in picks:
            shown = [m for m in self.server.messages_to(PERSON) if m.buttons()]
            if not shown:
                return
            message = shown[-1]
            data = message.buttons()[pick % len(message.buttons())][1]
            before = self._participant()
            mark = len(self.server.calls)
            answer = self.run(self.h.server_press_stale(self.user, message, data))
            self._after_person(mark, before, command=False, answer=answer, data=data)

    @rule(
        minutes=st.sampled_from((1, 10, 30, 60, 180, 480, 24 * 60, 3 * 24 * 60)),
    )
    def wait(self, minutes: int) -> None:
        clock = self.h.clock
        target = clock.now() + dtm.timedelta(minutes=minutes)
        while True:
            found = self.h.store.next_event(clock.now())
            if found is None or found > target:
                break
            clock.set(max(found, clock.now()))
            self._tick()
        clock.set(target)
        self._tick()
        self._check_promises()

    @rule(crash=st.booleans())
    def restart(self, crash: bool) -> None:
        before = self._participant()
        self.run(self.h.crash() if crash else self.h.restart())
        after = self._participant()
        assert (before.question if before else None) == (after.question if after else None)

    # -- after each step ------------------------------------------------------------------

    @invariant()
    def export_reads_back(self) -> None:
        Conversation.steps += 1
        if self.harness is None or self.harness.app is None:
            return
        participant = self._participant()
        if participant is None:
            Conversation.seen["no participant"] += 1
            return
        Conversation.seen[f"open: {flow_of(participant.question)}"] += 1
        archive = zipfile.ZipFile(
            io.BytesIO(export_archive(self.h.store.export(PERSON), self.h.clock.now()))
        )
        assert archive.testzip() is None
        json.loads(archive.read("data.json"))
        for name in archive.namelist():
            if name.endswith(".csv"):
                list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"))))

    def _tick(self) -> None:
        mark = len(self.server.calls)
        self.run(self.h.tick())
        self._see(mark)
        self._quiet_at_night(mark)
        participant = self._participant()
        flow = self._last_asked(mark)
        if flow is not None and participant is not None:
            assert flow_of(participant.question) == flow, (flow, participant.question)

    def _after_person(
        self,
        mark: int,
        before: Participant | None,
        *,
        command: bool,
        answer: str | None = None,
        data: str | None = None,
    ) -> None:
        self._see(mark)
        after = self._participant()
        asked = self._last_asked(mark)
        question_before = before.question if before else None
        question_after = after.question if after else None
        if asked is not None:
            assert flow_of(question_after) == asked, (asked, question_after, self._recent(mark))
        elif command:
            assert question_after is None or isinstance(question_after, Onboarding), question_after
        else:
            assert question_after in (question_before, None), (question_before, question_after)
        self._promises_from(mark, before, after, answer, data)

    # -- invariant 2: the one question asked last -----------------------------------------

    def _see(self, mark: int) -> None:
        """Remember every button shown since `mark`, on the message it was shown on."""
        for call in self.server.calls[mark:]:
            if call.method not in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
                continue
            datas = markup_datas(call.params.get("reply_markup"))
            if not datas:
                continue
            messages = self.server.messages_to(PERSON)
            if call.method == "sendMessage":
                found = [m for m in messages if markup_datas(m.reply_markup) == datas]
            else:
                ident = int(call.params.get("message_id", 0))
                found = [m for m in messages if m.message_id == ident]
            if found:
                self.buttons += [(found[-1], d) for d in datas]
        self.buttons = self.buttons[-400:]

    def _last_asked(self, mark: int) -> str | None:
        asked = None
        for call in self.server.calls[mark:]:
            if call.method in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
                if str(call.params.get("chat_id")) != str(PERSON):
                    continue
                flow = asking_flow(call.params.get("reply_markup"))
                if flow is not None:
                    asked = flow
        return asked

    def _recent(self, mark: int) -> list[str]:
        return [
            f"{c.method} {markup_datas(c.params.get('reply_markup'))[:3]}"
            for c in self.server.calls[mark:]
        ]

    # -- invariant 3: typed text lands on the open question only ----------------------------

    def _snapshot(self) -> dict[str, Any] | None:
        if self._participant() is None:
            return None
        data = self.h.store.export(PERSON)
        stored = data["participant"] or {}
        # Any word is heard (bot/programme/backoff.py) and ends a pause the bot took for
        # the person's silence: bookkeeping of every update, not where the text landed.
        heard = {"heard_at", "rested_at", "paused_until"}
        participant = {
            k: v
            for k, v in stored.items()
            if k not in ("planned_through", "next_plan_at", "plan_errors", "awaiting")
            and k not in ("question_message_id",)
            and k not in heard
        }
        return {
            "participant": participant,
            "checkins": data["checkins"],
            "itch": data["itch"],
            "triggers": data["triggers"],
            "water": data["water"],
            "reminders": [r for r in data["reminders"] if r["status"] != "planned"],
        }

    def _typed_landed(
        self, before: Participant | None, snapshot: dict[str, Any] | None, text: str
    ) -> None:
        after = self._snapshot()
        if before is None or snapshot is None or after is None:
            return
        changed = {key for key in snapshot if snapshot[key] != after[key]}
        allowed = {
            "onboarding": {"participant"},
            "settings": {"participant"},
            "checkin": {"checkins"},
            "replace": {"checkins"},
            "first": {"checkins"},
            "picker": {"triggers"},
            None: set(),
        }[flow_of(before.question)]
        assert changed <= allowed, (text, before.question, changed)

    # -- invariant 5: promises ------------------------------------------------------------

    def _promise_first(self, mark: int) -> None:
        for call in self.server.calls[mark:]:
            text = str(call.params.get("text", ""))
            found = re.search(
                r"\b(Om|At|Morgen om|Tomorrow at) (\d\d):(\d\d) (stuur ik|I.ll send)", text
            )
            if call.method == "sendMessage" and found:
                participant = self._participant()
                assert participant is not None
                zone = ZoneInfo(participant.timezone)
                day = self.h.clock.now().astimezone(zone).date()
                if found.group(1) in ("Morgen om", "Tomorrow at"):
                    day += dtm.timedelta(days=1)
                at = dtm.time(int(found.group(2)), int(found.group(3)))
                due = local_to_utc(day, at, zone)
                self.model.promises.append(Promise("first", due, len(self.server.calls)))
                Conversation.seen["promise made: first"] += 1

    def _promises_from(
        self,
        mark: int,
        before: Participant | None,
        after: Participant | None,
        answer: str | None,
        data: str | None,
    ) -> None:
        self._promise_first(mark)
        now = self.h.clock.now()
        if after is None or after.status != "active":
            self.model.promises.clear()  # /delete, /stop: nothing more is sent, said so
            return
        if before is not None and before.paused_until != after.paused_until:
            if after.paused_until is not None and (
                before.paused_until is None or before.paused_until < after.paused_until
            ):
                self.model.pauses.append((now, after.paused_until))
                self._move_first_past_pause(after)
            elif after.paused_until is None and self.model.pauses:
                start, _ = self.model.pauses[-1]
                self.model.pauses[-1] = (start, now)
        press = ReminderPress.parse(data or "")
        if press is not None and answer is not None:
            found = re.search(r"(?:om|at) (\d\d):(\d\d)", answer)
            if found and ("nog een keer" in answer or "remind you again" in answer):
                zone = ZoneInfo(after.timezone)
                local = now.astimezone(zone)
                at = dtm.time(int(found.group(1)), int(found.group(2)))
                due = local_to_utc(local.date(), at, zone)
                if due < now:
                    due = local_to_utc(local.date() + dtm.timedelta(days=1), at, zone)
                self.model.promises.append(
                    Promise("snooze", due, len(self.server.calls), row=press.occurrence_id)
                )
                Conversation.seen["promise made: snooze"] += 1
        if before is None or not before.onboarded:
            return
        changed = any(
            getattr(before, name) != getattr(after, name)
            for name in ("wake", "bed", "timezone", "quiet_ok", "reminders_on")
        )
        for kind in CHOSEN:
            moved = before.time_of(kind) != after.time_of(kind)
            if changed or moved:
                self.model.promises = [
                    p
                    for p in self.model.promises
                    if not (p.kind == "setting" and p.reminder == kind)
                ]
            if moved:
                self._promise_setting(after, kind, after.time_of(kind), now)

    def _promise_setting(
        self, participant: Participant, kind: str, value: str, now: dtm.datetime
    ) -> None:
        """A reminder moved to a time still to come today (outside the night, and not paused):
        today's goes out then, unless today's was sent already."""
        zone = ZoneInfo(participant.timezone)
        day = now.astimezone(zone).date()
        at = dtm.time.fromisoformat(value)
        wake, bed = (
            dtm.time.fromisoformat(participant.wake),
            dtm.time.fromisoformat(participant.bed),
        )
        due = local_to_utc(day, at, zone)
        if not participant.enabled(kind) or asleep_at(at, wake, bed):  # type: ignore[arg-type]
            return
        if due < now.replace(second=0, microsecond=0) or self._paused_at(due):
            return
        today = self.h.store.reminders.day(PERSON, day)
        if any(r.kind == kind and (r.status != "planned" or r.answer) for r in today):
            return
        if bed < wake and at < wake:  # after midnight: the day before's, planned last night
            return
        self.model.promises.append(
            Promise("setting", due, len(self.server.calls), reminder=kind, day=day)
        )
        Conversation.seen["promise made: setting"] += 1

    def _move_first_past_pause(self, participant: Participant) -> None:
        """A pause moves the promised first check-in to the day after it, same time of day."""
        assert participant.paused_until is not None
        end = participant.paused_until
        zone = ZoneInfo(participant.timezone)
        for promise in self.model.promises:
            if promise.kind == "first" and promise.due < end:
                at = promise.due.astimezone(zone).time()
                promise.due = local_to_utc(end.astimezone(zone).date(), at, zone)

    def _paused_at(self, instant: dtm.datetime) -> bool:
        return any(start <= instant < end for start, end in self.model.pauses)

    def _check_promises(self) -> None:
        now = self.h.clock.now()
        participant = self._participant()
        if participant is None:
            self.model.promises.clear()
            return
        due = [p for p in self.model.promises if p.due + SLACK <= now]
        for promise in due:
            self.model.promises.remove(promise)
            if promise.kind != "first" and self._paused_at(promise.due):
                continue
            sent = self.server.calls[promise.made :]
            if promise.kind == "first":
                done = self.h.store.checkins.completed(PERSON)
                if any(c.completed_at is None or c.completed_at <= promise.due for c in done):
                    continue  # the check-in was done meanwhile: nothing left to ask
                asked = any(
                    c.method == "sendMessage"
                    and any(
                        isinstance(parse(d), CheckinPress)
                        for d in markup_datas(c.params.get("reply_markup"))
                    )
                    for c in sent
                )
                assert asked, ("the first check-in promised", promise.due)
            elif promise.kind == "snooze":
                row = self.h.store.reminders.get(PERSON, promise.row or 0)
                if row is None or row.answer is not None:
                    continue  # answered meanwhile: not sent again, on purpose
                shown = any(
                    c.method == "sendMessage"
                    and ReminderPress(row.id, "later").data
                    in markup_datas(c.params.get("reply_markup"))
                    for c in sent
                )
                assert shown, ("the snoozed reminder", promise.due, row)
            else:
                assert promise.day is not None
                rows = self.h.store.reminders.day(PERSON, promise.day)
                assert any(
                    r.kind == promise.reminder and (r.status == "sent" or r.answer) for r in rows
                ), ("the reminder at its new time today", promise, rows)
            self.model.kept += 1
            Conversation.seen[f"promise kept: {promise.kind}"] += 1

    # -- invariant 6: the night stays quiet -----------------------------------------------

    def _quiet_at_night(self, mark: int) -> None:
        participant = self._participant()
        if participant is None:
            return
        now = self.h.clock.now()
        wake = dtm.time.fromisoformat(participant.wake)
        bed = dtm.time.fromisoformat(participant.bed)
        if not is_quiet(now, participant.timezone, wake, bed):
            return
        kept = set(participant.quiet_ok)
        promised = {p.kind for p in self.model.promises if abs(p.due - now) <= SLACK}
        for call in self.server.calls[mark:]:
            if call.method != "sendMessage" or str(call.params.get("chat_id")) != str(PERSON):
                continue
            presses = [parse(d) for d in markup_datas(call.params.get("reply_markup"))]
            rows = {p.occurrence_id for p in presses if isinstance(p, ReminderPress)}
            kinds = {
                row.kind
                for row in (self.h.store.reminders.get(PERSON, i) for i in rows)
                if row is not None
            }
            snoozed = any(
                (row := self.h.store.reminders.get(PERSON, i)) is not None and row.snoozes
                for i in rows
            )
            if kinds and (kinds <= kept or snoozed):
                continue
            if not kinds and ("checkin" in kept or "first" in promised):
                continue
            raise AssertionError(("sent in the sleep window", now, call.params.get("text")))

    # -- helpers --------------------------------------------------------------------------

    def _participant(self) -> Participant | None:
        if self.harness is None or self.harness.app is None:
            return None
        return self.h.store.participants.get(PERSON)
