"""The callback grammar: every kind of button press is one class here, with its encoder
(`data`) and its parser (`parse`), and nothing else in the bot writes or reads callback data.

`bot/app.py` routes a press by `parse` (PTB calls it as the handler's pattern), so routing is
the parse: data that no class reads (an old version's, or forged) reaches the one stale answer.
A handler parses again with the same class. Telegram allows 64 bytes of data; every format
here stays far below that.

    o:<reminder id>:<action>          ReminderPress   done, later, skip, a snooze, +1 glass, ...
    i:<date>:<0-10>                   ItchPress       the evening's worst-itch scale
    w:<date>                          WaterPress      +1 glass under /today
    set:<field>:<value>               OnboardPress    a choice in onboarding
    cfg:<field>:<value>               SettingPress    a choice in a /settings question
    menu:<field>|back|done            MenuPress       open a setting, back to the overview, close
    toggle:<kind>                     TogglePress     a reminder kind on or off
    quiet:move|keep                   QuietPress      a change that would land in the night
    switch:adult|parent               SwitchPress     consent for the new "for whom"
    tt:<date>:<trigger>               TickPress       a suspected trigger of a day, on or off
    tp:<date>:open|swap|done          PickerPress     open a day's list, the other day, done
    sum:plain|notes                   SummaryPress    the doctor's page, with notes or without
    first:now|later                   FirstPress      the first check-in now or later today
    id:<date>                         ItchDayPress    /itch: the other day's scale
    pause:<days>                      PausePress      a pause of so many days
    rh:on|stop                        RhythmPress     still with it after a silent week, or stop
    c:<id>:<step>:<value>             CheckinPress    an answer to a check-in question
    c:<id>:resume                     ResumePress     carry on with an open check-in
    fix:<id>[:<step>[:<value>]]       FixPress        change an answer, for a day after
    rep:yes|no                        ReplacePress    a second check-in this week: replace?
    agree:yes|no                      AgreePress      a changed consent text: agree, or not
    del:yes|no|export                 DeletePress     erase everything, not, or a copy first
    tr:add|stop|daily|back            TreatmentPress  /treatment: add, stop, ask daily, the list
    tf:<id>:skin|gut|other            TreatmentForPress     what the one being added is for
    ts:<id>                           TreatmentSincePress   it began today
    te:<id>                           TreatmentEndPress     this one stopped (since when?)
    tx:<id>                           TreatmentStoppedPress it stopped today
    tdy:<id>                          TreatmentDailyPress   asked each evening, on or off
    tu:<id>:<date>                    TreatmentUsePress     the evening's "used it today?"
"""

from __future__ import annotations

import datetime as dtm
from dataclasses import dataclass
from typing import ClassVar, Final, Literal, Self, get_args

from bot.programme.checkin import QUESTIONS, SKIP, TRIGGERS
from bot.programme.instruments import ITCH_MAX
from bot.programme.kinds import KINDS, Kind
from bot.programme.patterns import DAY_TRIGGERS
from bot.programme.planning import MAX_PAUSE_DAYS
from bot.programme.settings import ASKED_IN_SETTINGS, SETTINGS_FIELDS, button_value_ok
from bot.programme.treatment import Purpose, purpose_of

SNOOZE_MINUTES: Final = (30, 60, 180)
ReminderAction = Literal[
    "done", "skip", "later", "back", "glass", "info", "tomorrow", "s30", "s60", "s180", "undo"
]
REMINDER_ACTIONS: Final[dict[str, ReminderAction]] = {a: a for a in get_args(ReminderAction)}
CheckinValue = str  # a choice's value, "skip", "pause", "none", "done" or "t-<trigger>"
CHECKIN_WORDS: Final = frozenset({SKIP, "pause", "none", "done"})
_ID_MAX: Final = 2**63 - 1  # SQLite's largest integer
_MAX_DIGITS: Final = 19


def number(text: str, low: int, high: int) -> int | None:
    """ASCII digits only (not `²` or `①`, which `str.isdigit` accepts), within [low, high]."""
    if not (text.isascii() and text.isdigit()) or len(text) > _MAX_DIGITS:
        return None
    value = int(text)
    return value if low <= value <= high else None


def _date(text: str) -> dtm.date | None:
    if not (text.isascii() and len(text) == 10):
        return None
    try:
        return dtm.date.fromisoformat(text)
    except ValueError:
        return None


def _parts(data: str, prefix: str, count: int) -> list[str] | None:
    """The `count` parts after `prefix:`, or None when the data is not of that shape."""
    head, sep, rest = data.partition(":")
    if head != prefix or not sep:
        return None
    parts = rest.split(":")
    return parts if len(parts) == count else None


@dataclass(frozen=True)
class ReminderPress:
    PREFIX: ClassVar[str] = "o"
    occurrence_id: int
    action: ReminderAction

    @property
    def data(self) -> str:
        return f"o:{self.occurrence_id}:{self.action}"

    @classmethod
    def parse(cls, data: str) -> ReminderPress | None:
        parts = _parts(data, cls.PREFIX, 2)
        if parts is None:
            return None
        occurrence_id = number(parts[0], 0, _ID_MAX)
        action = REMINDER_ACTIONS.get(parts[1])
        if occurrence_id is None or action is None:
            return None
        return cls(occurrence_id, action)


@dataclass(frozen=True)
class ItchPress:
    PREFIX: ClassVar[str] = "i"
    day: dtm.date
    score: int

    @property
    def data(self) -> str:
        return f"i:{self.day.isoformat()}:{self.score}"

    @classmethod
    def parse(cls, data: str) -> ItchPress | None:
        parts = _parts(data, cls.PREFIX, 2)
        if parts is None:
            return None
        day, score = _date(parts[0]), number(parts[1], 0, ITCH_MAX)
        return cls(day, score) if day is not None and score is not None else None


@dataclass(frozen=True)
class ItchDayPress:
    """Under /itch: the scale for the other day (today or yesterday)."""

    PREFIX: ClassVar[str] = "id"
    day: dtm.date

    @property
    def data(self) -> str:
        return f"id:{self.day.isoformat()}"

    @classmethod
    def parse(cls, data: str) -> ItchDayPress | None:
        parts = _parts(data, cls.PREFIX, 1)
        day = _date(parts[0]) if parts else None
        return cls(day) if day is not None else None


@dataclass(frozen=True)
class FixPress:
    """Under a check-in's result, for a day: change an answer. Without a step, the list of
    questions; with one, its choices; with a value, that answer."""

    PREFIX: ClassVar[str] = "fix"
    checkin_id: int
    step: int | None = None
    value: str | None = None

    @property
    def data(self) -> str:
        parts = [str(self.checkin_id)]
        if self.step is not None:
            parts.append(str(self.step))
            if self.value is not None:
                parts.append(self.value)
        return "fix:" + ":".join(parts)

    @classmethod
    def parse(cls, data: str) -> FixPress | None:
        head, sep, rest = data.partition(":")
        if head != cls.PREFIX or not sep:
            return None
        parts = rest.split(":")
        if not 1 <= len(parts) <= 3:
            return None
        checkin_id = number(parts[0], 1, 2**62)
        step = number(parts[1], 0, 99) if len(parts) > 1 else None
        if checkin_id is None or (len(parts) > 1 and step is None):
            return None
        value = parts[2] if len(parts) == 3 else None
        if value is not None and not checkin_value_ok(value):
            return None
        return cls(checkin_id, step, value)


@dataclass(frozen=True)
class WaterPress:
    PREFIX: ClassVar[str] = "w"
    day: dtm.date

    @property
    def data(self) -> str:
        return f"w:{self.day.isoformat()}"

    @classmethod
    def parse(cls, data: str) -> WaterPress | None:
        parts = _parts(data, cls.PREFIX, 1)
        day = _date(parts[0]) if parts else None
        return cls(day) if day is not None else None


def _field_value(data: str, prefix: str) -> tuple[str, str] | None:
    head, sep, rest = data.partition(":")
    field, sep2, value = rest.partition(":")
    if head != prefix or not sep or not sep2 or not button_value_ok(field, value):
        return None
    return field, value


@dataclass(frozen=True)
class OnboardPress:
    """A choice in onboarding; a leftover one is never taken for a change of settings."""

    PREFIX: ClassVar[str] = "set"
    field: str
    value: str

    @property
    def data(self) -> str:
        return f"set:{self.field}:{self.value}"

    @classmethod
    def parse(cls, data: str) -> OnboardPress | None:
        found = _field_value(data, cls.PREFIX)
        return cls(*found) if found else None


@dataclass(frozen=True)
class SettingPress:
    PREFIX: ClassVar[str] = "cfg"
    field: str
    value: str

    @property
    def data(self) -> str:
        return f"cfg:{self.field}:{self.value}"

    @classmethod
    def parse(cls, data: str) -> SettingPress | None:
        found = _field_value(data, cls.PREFIX)
        return cls(*found) if found and found[0] in ASKED_IN_SETTINGS else None


MENU_MOVES: Final = ("back", "done")


@dataclass(frozen=True)
class MenuPress:
    PREFIX: ClassVar[str] = "menu"
    field: str  # a setting to ask about, "back" (to the overview) or "done" (close)

    @property
    def data(self) -> str:
        return f"menu:{self.field}"

    @classmethod
    def parse(cls, data: str) -> MenuPress | None:
        parts = _parts(data, cls.PREFIX, 1)
        if parts is None or (parts[0] not in SETTINGS_FIELDS and parts[0] not in MENU_MOVES):
            return None
        return cls(parts[0])


@dataclass(frozen=True)
class TogglePress:
    PREFIX: ClassVar[str] = "toggle"
    kind: Kind

    @property
    def data(self) -> str:
        return f"toggle:{self.kind}"

    @classmethod
    def parse(cls, data: str) -> TogglePress | None:
        parts = _parts(data, cls.PREFIX, 1)
        kind = next((k for k in KINDS if parts and k == parts[0]), None)
        return cls(kind) if kind is not None else None


OfferChoice = Literal["yes", "time", "no"]
OFFER_CHOICES: Final[tuple[OfferChoice, ...]] = get_args(OfferChoice)


@dataclass(frozen=True)
class OfferPress:
    """A reminder kind that is off, offered once: on at its time, on at another, or no."""

    PREFIX: ClassVar[str] = "offer"
    kind: Kind
    choice: OfferChoice

    @property
    def data(self) -> str:
        return f"offer:{self.kind}:{self.choice}"

    @classmethod
    def parse(cls, data: str) -> OfferPress | None:
        parts = _parts(data, cls.PREFIX, 2)
        if parts is None:
            return None
        kind = next((k for k in KINDS if k == parts[0]), None)
        choice = next((c for c in OFFER_CHOICES if c == parts[1]), None)
        return cls(kind, choice) if kind is not None and choice is not None else None


def _choice(data: str, prefix: str, words: tuple[str, str]) -> bool | None:
    """For a press with two meanings: True for the first word, False for the second."""
    parts = _parts(data, prefix, 1)
    if parts is None or parts[0] not in words:
        return None
    return parts[0] == words[0]


@dataclass(frozen=True)
class QuietPress:
    PREFIX: ClassVar[str] = "quiet"
    move: bool

    @property
    def data(self) -> str:
        return f"quiet:{'move' if self.move else 'keep'}"

    @classmethod
    def parse(cls, data: str) -> QuietPress | None:
        move = _choice(data, cls.PREFIX, ("move", "keep"))
        return cls(move) if move is not None else None


@dataclass(frozen=True)
class SwitchPress:
    """Consent given for the new "for whom": "adult" (yourself) or "parent" (your child)."""

    PREFIX: ClassVar[str] = "switch"
    to: str

    @property
    def data(self) -> str:
        return f"switch:{self.to}"

    @classmethod
    def parse(cls, data: str) -> SwitchPress | None:
        parent = _choice(data, cls.PREFIX, ("parent", "adult"))
        return cls("parent" if parent else "adult") if parent is not None else None


@dataclass(frozen=True)
class TickPress:
    """A suspected trigger of one day, ticked or unticked."""

    PREFIX: ClassVar[str] = "tt"
    day: dtm.date
    trigger: str

    @property
    def data(self) -> str:
        return f"tt:{self.day.isoformat()}:{self.trigger}"

    @classmethod
    def parse(cls, data: str) -> TickPress | None:
        parts = _parts(data, cls.PREFIX, 2)
        if parts is None or parts[1] not in DAY_TRIGGERS:
            return None
        day = _date(parts[0])
        return cls(day, parts[1]) if day is not None else None


PickerMove = Literal["open", "swap", "done"]
PICKER_MOVES: Final[dict[str, PickerMove]] = {m: m for m in get_args(PickerMove)}


@dataclass(frozen=True)
class PickerPress:
    """On a day's list of triggers: "open" it (from the evening message), "swap" to the other
    of today and yesterday, or "done"."""

    PREFIX: ClassVar[str] = "tp"
    day: dtm.date
    move: PickerMove

    @property
    def data(self) -> str:
        return f"tp:{self.day.isoformat()}:{self.move}"

    @classmethod
    def parse(cls, data: str) -> PickerPress | None:
        # Evening messages sent before this format still carry "dt:<day>:open".
        parts = _parts(data, cls.PREFIX, 2) or (
            p if (p := _parts(data, "dt", 2)) and p[1] == "open" else None
        )
        if parts is None:
            return None
        day = _date(parts[0])
        move = PICKER_MOVES.get(parts[1])
        return cls(day, move) if day is not None and move is not None else None


@dataclass(frozen=True)
class SummaryPress:
    PREFIX: ClassVar[str] = "sum"
    notes: bool

    @property
    def data(self) -> str:
        return f"sum:{'notes' if self.notes else 'plain'}"

    @classmethod
    def parse(cls, data: str) -> SummaryPress | None:
        notes = _choice(data, cls.PREFIX, ("notes", "plain"))
        return cls(notes) if notes is not None else None


@dataclass(frozen=True)
class FirstPress:
    PREFIX: ClassVar[str] = "first"
    now: bool

    @property
    def data(self) -> str:
        return f"first:{'now' if self.now else 'later'}"

    @classmethod
    def parse(cls, data: str) -> FirstPress | None:
        now = _choice(data, cls.PREFIX, ("now", "later"))
        return cls(now) if now is not None else None


@dataclass(frozen=True)
class RhythmPress:
    """Under a reminder sent after a week without an answer: still with it, or stop."""

    PREFIX: ClassVar[str] = "rh"
    carry_on: bool

    @property
    def data(self) -> str:
        return f"rh:{'on' if self.carry_on else 'stop'}"

    @classmethod
    def parse(cls, data: str) -> RhythmPress | None:
        carry_on = _choice(data, cls.PREFIX, ("on", "stop"))
        return cls(carry_on) if carry_on is not None else None


@dataclass(frozen=True)
class PausePress:
    PREFIX: ClassVar[str] = "pause"
    days: int

    @property
    def data(self) -> str:
        return f"pause:{self.days}"

    @classmethod
    def parse(cls, data: str) -> PausePress | None:
        parts = _parts(data, cls.PREFIX, 1)
        days = number(parts[0], 1, MAX_PAUSE_DAYS) if parts else None
        return cls(days) if days is not None else None


def checkin_value_ok(value: str) -> bool:
    """A value a check-in button may carry (whether it fits its question is the flow's to say)."""
    if value in CHECKIN_WORDS:
        return True
    if value.startswith("t-"):
        return value[2:] in TRIGGERS
    return number(value, 0, 13) is not None


@dataclass(frozen=True)
class CheckinPress:
    PREFIX: ClassVar[str] = "c"
    checkin_id: int
    step: int
    value: CheckinValue

    @property
    def data(self) -> str:
        return f"c:{self.checkin_id}:{self.step}:{self.value}"

    @classmethod
    def parse(cls, data: str) -> CheckinPress | None:
        parts = _parts(data, cls.PREFIX, 3)
        if parts is None or not checkin_value_ok(parts[2]):
            return None
        checkin_id = number(parts[0], 0, _ID_MAX)
        step = number(parts[1], 0, len(QUESTIONS) - 1)
        if checkin_id is None or step is None:
            return None
        return cls(checkin_id, step, parts[2])


@dataclass(frozen=True)
class ResumePress:
    PREFIX: ClassVar[str] = "c"
    checkin_id: int

    @property
    def data(self) -> str:
        return f"c:{self.checkin_id}:resume"

    @classmethod
    def parse(cls, data: str) -> ResumePress | None:
        parts = _parts(data, cls.PREFIX, 2)
        if parts is None or parts[1] != "resume":
            return None
        checkin_id = number(parts[0], 0, _ID_MAX)
        return cls(checkin_id) if checkin_id is not None else None


@dataclass(frozen=True)
class ReplacePress:
    PREFIX: ClassVar[str] = "rep"
    replace: bool

    @property
    def data(self) -> str:
        return f"rep:{'yes' if self.replace else 'no'}"

    @classmethod
    def parse(cls, data: str) -> ReplacePress | None:
        replace = _choice(data, cls.PREFIX, ("yes", "no"))
        return cls(replace) if replace is not None else None


@dataclass(frozen=True)
class AgreePress:
    """The consent text changed: agree to the new one, or not."""

    PREFIX: ClassVar[str] = "agree"
    agreed: bool

    @property
    def data(self) -> str:
        return f"agree:{'yes' if self.agreed else 'no'}"

    @classmethod
    def parse(cls, data: str) -> AgreePress | None:
        agreed = _choice(data, cls.PREFIX, ("yes", "no"))
        return cls(agreed) if agreed is not None else None


# Erase everything, keep everything, or first a copy of it all (/export).
DeleteChoice = Literal["yes", "no", "export"]


@dataclass(frozen=True)
class DeletePress:
    PREFIX: ClassVar[str] = "del"
    choice: DeleteChoice

    @property
    def data(self) -> str:
        return f"del:{self.choice}"

    @classmethod
    def parse(cls, data: str) -> DeletePress | None:
        parts = _parts(data, cls.PREFIX, 1)
        if parts is None:
            return None
        match parts[0]:
            case "yes" | "no" | "export" as choice:
                return cls(choice)
        return None


TreatmentAction = Literal["add", "stop", "daily", "back"]


@dataclass(frozen=True)
class TreatmentPress:
    """Under /treatment: add one, stop one (the list of those in use), or back to the list."""

    PREFIX: ClassVar[str] = "tr"
    action: TreatmentAction

    @property
    def data(self) -> str:
        return f"tr:{self.action}"

    @classmethod
    def parse(cls, data: str) -> TreatmentPress | None:
        parts = _parts(data, cls.PREFIX, 1)
        if parts is None:
            return None
        match parts[0]:
            case "add" | "stop" | "daily" | "back" as action:
                return cls(action)
        return None


@dataclass(frozen=True)
class TreatmentForPress:
    """What the treatment being added is for."""

    PREFIX: ClassVar[str] = "tf"
    treatment_id: int
    purpose: Purpose

    @property
    def data(self) -> str:
        return f"tf:{self.treatment_id}:{self.purpose}"

    @classmethod
    def parse(cls, data: str) -> TreatmentForPress | None:
        parts = _parts(data, cls.PREFIX, 2)
        if parts is None:
            return None
        treatment_id, purpose = number(parts[0], 0, _ID_MAX), purpose_of(parts[1])
        if treatment_id is None or purpose is None:
            return None
        return cls(treatment_id, purpose)


@dataclass(frozen=True)
class _OneTreatment:
    """A press about one treatment, by its id: `<PREFIX>:<id>`."""

    PREFIX: ClassVar[str]
    treatment_id: int

    @property
    def data(self) -> str:
        return f"{self.PREFIX}:{self.treatment_id}"

    @classmethod
    def parse(cls, data: str) -> Self | None:
        parts = _parts(data, cls.PREFIX, 1)
        treatment_id = number(parts[0], 0, _ID_MAX) if parts else None
        return cls(treatment_id) if treatment_id is not None else None


@dataclass(frozen=True)
class TreatmentSincePress(_OneTreatment):
    """The treatment being added began today."""

    PREFIX: ClassVar[str] = "ts"


@dataclass(frozen=True)
class TreatmentEndPress(_OneTreatment):
    """This treatment stopped: since when is asked next."""

    PREFIX: ClassVar[str] = "te"


@dataclass(frozen=True)
class TreatmentStoppedPress(_OneTreatment):
    """The treatment being marked stopped stopped today."""

    PREFIX: ClassVar[str] = "tx"


@dataclass(frozen=True)
class TreatmentDailyPress(_OneTreatment):
    """Under /treatment: the evening message asks about this one, or no longer."""

    PREFIX: ClassVar[str] = "tdy"


@dataclass(frozen=True)
class TreatmentUsePress:
    """Under the evening message: this treatment used on this day, or not after all."""

    PREFIX: ClassVar[str] = "tu"
    treatment_id: int
    day: dtm.date

    @property
    def data(self) -> str:
        return f"tu:{self.treatment_id}:{self.day.isoformat()}"

    @classmethod
    def parse(cls, data: str) -> TreatmentUsePress | None:
        parts = _parts(data, cls.PREFIX, 2)
        if parts is None:
            return None
        treatment_id, day = number(parts[0], 0, _ID_MAX), _date(parts[1])
        return cls(treatment_id, day) if treatment_id is not None and day is not None else None


Press = (
    ReminderPress
    | ItchPress
    | ItchDayPress
    | FixPress
    | WaterPress
    | OnboardPress
    | SettingPress
    | MenuPress
    | TogglePress
    | OfferPress
    | QuietPress
    | SwitchPress
    | TickPress
    | PickerPress
    | SummaryPress
    | FirstPress
    | PausePress
    | RhythmPress
    | CheckinPress
    | ResumePress
    | ReplacePress
    | AgreePress
    | DeletePress
    | TreatmentPress
    | TreatmentForPress
    | TreatmentSincePress
    | TreatmentEndPress
    | TreatmentStoppedPress
    | TreatmentDailyPress
    | TreatmentUsePress
)
PRESSES: Final[tuple[type[Press], ...]] = get_args(Press)


def parse(data: str) -> Press | None:
    """Whatever press `data` is, or None: for code that meets a button of any kind."""
    for kind in PRESSES:
        found = kind.parse(data)
        if found is not None:
            return found
    return None
