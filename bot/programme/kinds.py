"""The daily reminders, each declared once.

Everything else about a kind is derived from its declaration here: the kinds the schedule
plans and in what order, the participant's columns (`<name>_on`, `<name>_time`), the settings
field for its own time with the times offered and how a typed time is read, the SQL's list of
habit kinds, the chart's colour, the export's columns, the tips' key (messages/tips.py), the
one message of a day when someone goes quiet, and whether a baby's parent gets it. The texts
come from messages/ by the name: `kind.<name>` (its label), `reminder.<name>` (the message),
`button.set_<name>` for a kind with a time of its own, `offer.<name>` for a kind offered once.

A new kind is one more `ReminderKind` below, its texts and tips, and a migration that adds its
columns; the rules, storage, the chart, the doctor's page and the export follow from here.
"""

from __future__ import annotations

import datetime as dtm
from dataclasses import dataclass
from typing import Final, Literal

from bot.programme.answers import Usual

Kind = Literal["probiotic", "hydration", "fibre", "winddown", "skincare"]

# How a kind's time is found: a time the person chooses; a number of reminders spread over
# the waking day; or a fixed while before bedtime.
TimeRule = Literal["chosen", "spread", "before_bed"]

WINDDOWN_BEFORE_BED: Final = dtm.timedelta(minutes=60)


@dataclass(frozen=True)
class ReminderKind:
    name: Kind
    rule: TimeRule
    # Chart colour, from Okabe & Ito (2008): readable with every common colour-vision deficiency.
    colour: str
    # On for a new participant (an off kind is offered in /settings, or once, see offer_day).
    default_on: bool = True
    # A chosen time: the times offered as buttons, the default, and the half of the day a
    # time typed without am/pm means.
    times: tuple[str, ...] = ()
    default_time: str | None = None
    usual: Usual = "morning"
    # Asked in onboarding (its time, after the probiotic's question where it applies).
    in_onboarding: bool = False
    # Off by default for a baby's parent: a baby's food and drink are the consultatiebureau's.
    for_baby: bool = True
    # The programme day (0 = the start) from which an off kind is offered once, if any (on
    # the first day in the next four weeks the person is taking part: schedule.OFFER_WEEKS).
    offer_day: int | None = None
    # Counts as done on an evening whose itch was answered (the wind-down carries the question).
    done_by_itch: bool = False

    def __post_init__(self) -> None:
        # An offer comes at the kind's own time, and a chosen time needs its times and default.
        if self.offer_day is not None and self.rule != "chosen":
            raise ValueError(f"{self.name}: only a kind with a chosen time can be offered")
        # The offer does not know a child's age: a kind off for a baby's parent would be
        # offered to them all the same.
        if self.offer_day is not None and not self.for_baby:
            raise ValueError(f"{self.name}: a kind off for a baby cannot be offered (yet)")
        if self.rule == "chosen" and not (self.times and self.default_time):
            raise ValueError(f"{self.name}: a chosen time needs its times and a default")

    @property
    def enabled_column(self) -> str:
        return f"{self.name}_on"

    @property
    def time_column(self) -> str | None:
        """The participant's column holding a chosen time (its settings field is the name)."""
        return f"{self.name}_time" if self.rule == "chosen" else None


# In the order the person meets them in /settings, /today and the chart; the first kind of
# a day when someone goes quiet is the first of ONE_A_DAY that is on. A new kind goes at the
# end: an offer's stored slot is its kind's place here (tests/programme/test_kinds.py pins it).
DECLARED: Final[tuple[ReminderKind, ...]] = (
    ReminderKind(
        "probiotic",
        "chosen",
        "#E69F00",  # orange
        times=("07:00", "07:30", "08:00", "08:30", "09:00", "12:30"),
        default_time="08:00",
        usual="morning",
        in_onboarding=True,
    ),
    ReminderKind("hydration", "spread", "#56B4E9", for_baby=False),  # sky blue
    ReminderKind(
        "fibre",
        "chosen",
        "#009E73",  # bluish green
        times=("16:30", "17:00", "17:30", "18:00", "18:30", "19:00"),
        default_time="17:30",
        usual="evening",
        in_onboarding=True,
        for_baby=False,
    ),
    ReminderKind("winddown", "before_bed", "#CC79A7", done_by_itch=True),  # reddish purple
    ReminderKind(
        "skincare",
        "chosen",
        "#F0E442",  # yellow
        default_on=False,
        times=("07:30", "08:00", "08:30", "19:00", "20:00", "21:00"),
        default_time="20:00",
        usual="evening",
        offer_day=3,
    ),
)
BY_NAME: Final[dict[str, ReminderKind]] = {kind.name: kind for kind in DECLARED}
KINDS: Final[tuple[Kind, ...]] = tuple(kind.name for kind in DECLARED)
# What a new participant has switched on.
DEFAULT_ON: Final[frozenset[Kind]] = frozenset(k.name for k in DECLARED if k.default_on)
# Each kind's columns, to the kind: its switch, and its time where it chooses one.
SWITCH_COLUMNS: Final[dict[str, Kind]] = {d.enabled_column: d.name for d in DECLARED}
TIME_COLUMNS: Final[dict[str, Kind]] = {
    d.time_column: d.name for d in DECLARED if d.time_column is not None
}
# The kinds with a time of their own: each one's settings field is its name.
CHOSEN: Final[tuple[Kind, ...]] = tuple(k.name for k in DECLARED if k.rule == "chosen")
# The one message of a day for someone who has gone quiet, by what it carries: the itch
# question, then the chosen product, then the rest.
ONE_A_DAY: Final[tuple[Kind, ...]] = ("winddown", "probiotic", "skincare", "fibre", "hydration")


def kind(name: str) -> ReminderKind:
    return BY_NAME[name]
