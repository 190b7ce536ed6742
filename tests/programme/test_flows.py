"""The conversation's flows as step functions, table by table: no Telegram, no database.

- onboarding: `onboarding_step` for each step, by button and typed;
- /settings: `settings_step` for each move, with the question open at the time;
- the check-in: `checkin_step` for buttons and typed text at each kind of question, old and
  expired check-ins; `programme_week`, `this_weeks` and `next_weekly`;
- the trigger picker: `picker_step` and `typed_pick`;
- planning: `first_offer_step`, `is_promise`, `snoozes_that_fit`, `first_after_pause`,
  `promise_after_pause`, and `plan_for` in the minute that has begun.

Records are built by hand from a base record and `dataclasses.replace`.
"""

from __future__ import annotations

import dataclasses
import datetime as dtm
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.programme.checkin import (
    EXPIRES_AFTER,
    NOTE_MAX,
    QUESTIONS,
    TOTAL,
    Answered,
    CheckinMove,
    CheckinOutcome,
    Choose,
    Current,
    PausedCheckin,
    Pointer,
    Resume,
    StaleCheckin,
    Ticked,
    Typed,
    checkin_step,
    next_weekly,
    programme_week,
    this_weeks,
)
from bot.programme.conversation import Menu, OpenQuestion, Quiet, Setting, Switch
from bot.programme.kinds import DEFAULT_ON
from bot.programme.onboarding import Again, Leave, Next, OnboardingOutcome, onboarding_step
from bot.programme.patterns import DAY_TRIGGERS
from bot.programme.picker import (
    Noted,
    PickerOutcome,
    ShowDay,
    StalePick,
    Tick,
    picker_step,
    typed_pick,
)
from bot.programme.planning import (
    first_after_pause,
    first_offer_step,
    is_paused,
    is_promise,
    pause_end,
    plan_for,
    promise_after_pause,
    snoozes_that_fit,
    sort_claimed,
)
from bot.programme.records import About, CheckinRow, OccurrenceRow, Participant, with_changes
from bot.programme.schedule import EventKind
from bot.programme.settings import Change, consent_tag, needs_new_consent, next_step
from bot.programme.settings_session import Answer as SettingAnswer
from bot.programme.settings_session import (
    AskField,
    AskQuiet,
    AskSwitch,
    Back,
    Close,
    Finish,
    OpenField,
    QuietChoice,
    Save,
    SettingsMove,
    SettingsOutcome,
    ShowMenu,
    StaleSetting,
    SwitchConsent,
    Toggle,
    settings_step,
)
from messages import t

AMS = ZoneInfo("Europe/Amsterdam")
D = dtm.date


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dtm.datetime:
    """A wall-clock time in Amsterdam."""
    return dtm.datetime(year, month, day, hour, minute, tzinfo=AMS)


# -- participants --------------------------------------------------------------------------------

# Someone who just sent /start: the database's defaults.
NEWCOMER = Participant(
    id=1000,
    language="nl",
    status="onboarding",
    step="language",
    age_group=None,
    consent_version=None,
    consent_at=None,
    timezone="Europe/Amsterdam",
    wake="07:00",
    bed="23:00",
    hydration_count=4,
    reminders_on=DEFAULT_ON,
    times={"probiotic": "08:00", "fibre": "17:30"},
    start_date=None,
    paused_until=None,
    planned_through=None,
    next_plan_at=None,
    created_at=dtm.datetime(1970, 1, 1, tzinfo=dtm.UTC),
    checkin_day=6,
    checkin_time="19:00",
)
# Onboarded on Monday 23 November 2026: up at 07:00, in bed at 23:00, check-in Sunday 19:00.
ANNA = dataclasses.replace(
    NEWCOMER,
    status="active",
    step="done",
    age_group="adult",
    consent_version=consent_tag(False),
    start_date=dtm.date(2026, 11, 23),
)
# A night owl: up at 10:00, in bed at 02:00.
OWL = dataclasses.replace(ANNA, wake="10:00", bed="02:00")


def anna(**changes: Any) -> Participant:
    """Anna with `changes` written, by column as the rules hand them to storage."""
    return with_changes(ANNA, changes)


def on(step: str, **changes: Any) -> Participant:
    """The newcomer at an onboarding step."""
    return with_changes(NEWCOMER, {"step": step, **changes})


# -- onboarding ----------------------------------------------------------------------------------

ASLEEP = {"wake": "07:00", "bed": "23:00"}


@pytest.mark.parametrize(
    ("participant", "answer", "typed", "expected"),
    [
        # language
        (on("language"), "nl", False, Next("disclaimer", {"language": "nl"})),
        (on("language"), "en", False, Next("disclaimer", {"language": "en"})),
        (on("language"), "English", True, Next("disclaimer", {"language": "en"})),
        (on("language"), "EN", True, Next("disclaimer", {"language": "en"})),
        (on("language"), "frans", True, Again("input.use_buttons")),
        # disclaimer
        (on("disclaimer"), "ok", False, Next("age")),
        (on("disclaimer"), "Begrepen", True, Next("age")),
        (on("disclaimer"), "ja", True, Next("age")),
        (on("disclaimer"), "nee", True, Again("input.use_buttons")),
        # age
        (on("age"), "adult", False, Next("consent", {"age_group": "adult"})),
        (on("age"), "under", False, Leave("under")),
        (on("age"), "parent", False, Next("consent", {"age_group": "parent", "bed": "19:30"})),
        (on("age"), "Ja", True, Next("consent", {"age_group": "adult"})),
        (
            on("age"),
            "ik ben ouder",
            True,
            Next("consent", {"age_group": "parent", "bed": "19:30"}),
        ),
        (on("age"), "Nee, jonger dan 16", True, Leave("under")),
        (on("age", language="en"), "no", True, Leave("under")),
        (on("age"), "ouder", True, Again("input.use_buttons")),
        # consent
        (on("consent"), "yes", False, Next("timezone", consent=True)),
        (on("consent"), "no", False, Leave("declined")),
        (on("consent"), "JA", True, Next("timezone", consent=True)),
        (on("consent"), "Nee, liever niet", True, Leave("declined")),
        (on("consent", language="en"), "No.", True, Leave("declined")),
        (on("consent"), "misschien", True, Again("input.use_buttons")),
        # timezone
        (
            on("timezone"),
            "Amsterdam",
            True,
            Next("wake", {"timezone": "Europe/Amsterdam"}, recorded="Europe/Amsterdam"),
        ),
        (
            on("timezone"),
            "europe/berlin",
            True,
            Next("wake", {"timezone": "Europe/Berlin"}, recorded="Europe/Berlin"),
        ),
        (
            on("timezone"),
            "Berlijn",
            True,
            Next("wake", {"timezone": "Europe/Berlin"}, recorded="Europe/Berlin"),
        ),
        (
            on("timezone"),
            "new york",
            True,
            Next("wake", {"timezone": "America/New_York"}, recorded="America/New_York"),
        ),
        (on("timezone"), "Europe/London", False, Next("wake", {"timezone": "Europe/London"})),
        (on("timezone"), "blabla", True, Again("input.bad_zone")),
        (on("timezone"), "Europe/Nowhere", False, Again("input.bad_zone")),
        # wake
        (on("wake"), "0730", False, Next("bed", {"wake": "07:30"})),
        (on("wake"), "7", True, Next("bed", {"wake": "07:00"}, recorded="07:00")),
        (on("wake"), "07:30", True, Next("bed", {"wake": "07:30"}, recorded="07:30")),
        (on("wake"), "7.30", True, Next("bed", {"wake": "07:30"}, recorded="07:30")),
        (on("wake"), "half 8", True, Next("bed", {"wake": "07:30"}, recorded="07:30")),
        (on("wake"), "8am", True, Next("bed", {"wake": "08:00"}, recorded="08:00")),
        # A bare number is an hour, never the start of a button's time (12 is not 12:30).
        (
            on("probiotic"),
            "12",
            True,
            Next("fibre", {"probiotic_time": "12:00"}, recorded="12:00"),
        ),
        (on("wake"), "kwart over 6", True, Next("bed", {"wake": "06:15"}, recorded="06:15")),
        (on("wake"), "6 uur", True, Next("bed", {"wake": "06:00"}, recorded="06:00")),
        (on("wake"), "16:00", True, Again("input.short_day")),
        (on("wake"), "xyz", True, Again("input.bad_time")),
        (on("wake"), "7:30 uur", True, Next("bed", {"wake": "07:30"}, recorded="07:30")),
        # bed: a time without am or pm is at night
        (on("bed"), "2300", False, Next("probiotic_use", {"bed": "23:00"})),
        (on("bed"), "half 11", True, Next("probiotic_use", {"bed": "22:30"}, recorded="22:30")),
        (on("bed"), "11 pm", True, Next("probiotic_use", {"bed": "23:00"}, recorded="23:00")),
        (on("bed"), "10", True, Next("probiotic_use", {"bed": "22:00"}, recorded="22:00")),
        (on("bed"), "middernacht", True, Next("probiotic_use", {"bed": "00:00"}, recorded="00:00")),
        (on("bed"), "12", True, Next("probiotic_use", {"bed": "00:00"}, recorded="00:00")),
        (on("bed"), "half 1", True, Next("probiotic_use", {"bed": "00:30"}, recorded="00:30")),
        (on("bed"), "1 uur", True, Next("probiotic_use", {"bed": "01:00"}, recorded="01:00")),
        (on("bed"), "09:00", True, Again("input.short_day")),
        # an early bedtime moves the reminders it would put in the night
        (
            on("bed"),
            "1500",
            False,
            Next("probiotic_use", {"bed": "15:00", "fibre_time": "13:30", "checkin_time": "13:30"}),
        ),
        # a parent: the child's bedtime
        (
            on("bed", age_group="parent", bed="19:30"),
            "half 8",
            True,
            Next("probiotic_use", {"bed": "19:30"}, recorded="19:30"),
        ),
        (
            on("bed", age_group="parent", bed="19:30"),
            "7",
            True,
            Next("probiotic_use", {"bed": "19:00", "checkin_time": "17:30"}, recorded="19:00"),
        ),
        # probiotic_use: "no" switches it off, and its time is not asked
        (on("probiotic_use"), "yes", False, Next("probiotic", {"probiotic_on": 1})),
        (on("probiotic_use"), "start", False, Next("probiotic", {"probiotic_on": 1})),
        (on("probiotic_use"), "no", False, Next("fibre", {"probiotic_on": 0})),
        (on("probiotic_use"), "nee", True, Next("fibre", {"probiotic_on": 0})),
        (on("probiotic_use"), "ja", True, Next("probiotic", {"probiotic_on": 1})),
        (
            on("probiotic_use"),
            "Ik wil ermee beginnen",
            True,
            Next("probiotic", {"probiotic_on": 1}),
        ),
        # probiotic: not in the sleep window
        (on("probiotic"), "0800", False, Next("fibre", {"probiotic_time": "08:00"})),
        (on("probiotic"), "8", True, Next("fibre", {"probiotic_time": "08:00"}, recorded="08:00")),
        (
            on("probiotic"),
            "half 1",
            True,
            Next("fibre", {"probiotic_time": "12:30"}, recorded="12:30"),
        ),
        (on("probiotic"), "23:30", True, Again("input.asleep", {"at": "23:30", **ASLEEP})),
        (on("probiotic"), "3am", True, Again("input.asleep", {"at": "03:00", **ASLEEP})),
        (on("probiotic"), "2330", False, Again("input.asleep", {"at": "23:30", **ASLEEP})),
        # fibre: in the evening
        (on("fibre"), "6", True, Next("checkin_day", {"fibre_time": "18:00"}, recorded="18:00")),
        (
            on("fibre"),
            "half 6",
            True,
            Next("checkin_day", {"fibre_time": "17:30"}, recorded="17:30"),
        ),
        (on("fibre"), "05:00", True, Again("input.asleep", {"at": "05:00", **ASLEEP})),
        # checkin_day: said back in the participant's language
        (on("checkin_day"), "6", False, Next("checkin_time", {"checkin_day": 6})),
        (
            on("checkin_day"),
            "zondag",
            True,
            Next("checkin_time", {"checkin_day": 6}, recorded="zondag"),
        ),
        (
            on("checkin_day"),
            "Sunday",
            True,
            Next("checkin_time", {"checkin_day": 6}, recorded="zondag"),
        ),
        (
            on("checkin_day", language="en"),
            "zondag",
            True,
            Next("checkin_time", {"checkin_day": 6}, recorded="Sunday"),
        ),
        (
            on("checkin_day"),
            "ZO",
            True,
            Next("checkin_time", {"checkin_day": 6}, recorded="zondag"),
        ),
        (
            on("checkin_day"),
            "ma",
            True,
            Next("checkin_time", {"checkin_day": 0}, recorded="maandag"),
        ),
        (on("checkin_day"), "7", False, Again("input.bad_day")),
        (on("checkin_day"), "weekend", True, Again("input.bad_day")),
        # checkin_time: in the evening; the last step
        (on("checkin_time"), "1900", False, Next("done", {"checkin_time": "19:00"})),
        (on("checkin_time"), "8", True, Next("done", {"checkin_time": "20:00"}, recorded="20:00")),
        (
            on("checkin_time"),
            "half 8",
            True,
            Next("done", {"checkin_time": "19:30"}, recorded="19:30"),
        ),
        (
            on("checkin_time"),
            "7 pm",
            True,
            Next("done", {"checkin_time": "19:00"}, recorded="19:00"),
        ),
        (on("checkin_time"), "02:00", True, Again("input.asleep", {"at": "02:00", **ASLEEP})),
    ],
)
def test_onboarding_step(
    participant: Participant, answer: str, typed: bool, expected: OnboardingOutcome
) -> None:
    assert onboarding_step(participant, answer, typed=typed) == expected


def test_a_probiotic_taken_is_asked_about_and_one_not_taken_is_not() -> None:
    """After "no" the probiotic's question is skipped even when the record still says on."""
    taken = onboarding_step(on("probiotic_use", probiotic_on=0), "yes", typed=False)
    assert taken == Next("probiotic", {"probiotic_on": 1})
    skipped = onboarding_step(on("probiotic_use", probiotic_on=1), "no", typed=False)
    assert skipped == Next("fibre", {"probiotic_on": 0})


# -- /settings -----------------------------------------------------------------------------------

PROBIOTIC_AT_NIGHT = Change("probiotic", "probiotic_time", "23:30", asleep=("probiotic",))
BED_AT_THREE = Change("bed", "bed", "15:00", asleep=("fibre", "checkin"))
# A switch asks, in turn, the child's age band (to a parent), the bedtime, and the probiotic
# again, which is off until answered (the review's A-new-2).
SWITCHED_TO_PARENT = Save(
    {"age_group": "parent", "probiotic_on": 0},
    consent_for="parent",
    then=AskField("child_age", "settings.switched_parent", then=("bed", "probiotic_use")),
    field="for_whom",
)
SWITCHED_TO_ADULT = Save(
    {"age_group": "adult", "probiotic_on": 0, "child_age": None},
    consent_for="adult",
    then=AskField("bed", "settings.switched_adult", then=("probiotic_use",)),
    field="for_whom",
)


def answer(field: str, value: str, typed: bool = False) -> SettingAnswer:
    return SettingAnswer(field, value, typed)


@pytest.mark.parametrize(
    ("participant", "question", "move", "expected"),
    [
        # the overview's own moves
        (ANNA, Menu(), OpenField("wake"), AskField("wake")),
        (ANNA, Setting("wake"), Back(), ShowMenu()),
        (ANNA, Menu(), Finish(), Close()),
        (ANNA, Menu(), Toggle("fibre"), Save({"fibre_on": 0}, "answer.saved")),
        (anna(fibre_on=0), Menu(), Toggle("fibre"), Save({"fibre_on": 1}, "answer.saved")),
        (ANNA, None, Toggle("winddown"), Save({"winddown_on": 0}, "answer.saved")),
        # an answer to the question that is open
        (ANNA, Setting("wake"), answer("wake", "0730"), Save({"wake": "07:30"}, field="wake")),
        (
            ANNA,
            Setting("wake"),
            answer("wake", "half 8", typed=True),
            Save({"wake": "07:30"}, field="wake"),
        ),
        (
            ANNA,
            Setting("language"),
            answer("language", "en"),
            Save({"language": "en"}, "language.saved", field="language"),
        ),
        (
            ANNA,
            Setting("language"),
            answer("language", "English", typed=True),
            Save({"language": "en"}, "language.saved", field="language"),
        ),
        (
            ANNA,
            Setting("timezone"),
            answer("timezone", "Berlijn", typed=True),
            Save({"timezone": "Europe/Berlin"}, field="timezone"),
        ),
        (
            ANNA,
            Setting("hydration"),
            answer("hydration", "6 keer", typed=True),
            Save({"hydration_count": 6}, field="hydration"),
        ),
        (
            ANNA,
            Setting("checkin_day"),
            answer("checkin_day", "zaterdag", typed=True),
            Save({"checkin_day": 5}, field="checkin_day"),
        ),
        (
            ANNA,
            Setting("checkin_time", message_id=42),
            answer("checkin_time", "8", typed=True),
            Save({"checkin_time": "20:00", "quiet_ok": frozenset()}, field="checkin_time"),
        ),
        # a time chosen again is where it goes: its kept-in-the-night mark goes, others stay
        (
            anna(quiet_ok=frozenset({"fibre", "probiotic"})),
            Setting("probiotic"),
            answer("probiotic", "0900"),
            Save({"probiotic_time": "09:00", "quiet_ok": frozenset({"fibre"})}, field="probiotic"),
        ),
        (
            anna(quiet_ok=frozenset({"checkin", "probiotic"})),
            Setting("probiotic"),
            answer("probiotic", "2330"),
            AskQuiet("probiotic", "2330", PROBIOTIC_AT_NIGHT),
        ),
        # an answer while another question is open
        (ANNA, Setting("bed"), answer("wake", "0730"), StaleSetting()),
        (ANNA, Menu(), answer("wake", "0730"), StaleSetting()),
        (ANNA, None, answer("wake", "0730"), StaleSetting()),
        (ANNA, Quiet("bed", "1500"), answer("bed", "2200"), StaleSetting()),
        # what the field cannot read, or cannot be
        (
            ANNA,
            Setting("wake"),
            answer("wake", "xyz", typed=True),
            AskField("wake", "input.bad_time"),
        ),
        (
            ANNA,
            Setting("timezone"),
            answer("timezone", "Atlantis", typed=True),
            AskField("timezone", "input.bad_zone"),
        ),
        (
            ANNA,
            Setting("hydration"),
            answer("hydration", "9", typed=True),
            AskField("hydration", "input.bad_count"),
        ),
        (
            ANNA,
            Setting("checkin_day"),
            answer("checkin_day", "weekend", typed=True),
            AskField("checkin_day", "input.bad_day"),
        ),
        (ANNA, Setting("wake"), answer("wake", "1900"), AskField("wake", "input.short_day")),
        (ANNA, Setting("bed"), answer("bed", "0900"), AskField("bed", "input.short_day")),
        # an answer that lands in the sleep window: move or keep?
        (
            ANNA,
            Setting("probiotic"),
            answer("probiotic", "2330"),
            AskQuiet("probiotic", "2330", PROBIOTIC_AT_NIGHT),
        ),
        (
            ANNA,
            Setting("probiotic"),
            answer("probiotic", "half 1 's nachts", typed=True),
            AskQuiet(
                "probiotic",
                "0030",
                Change("probiotic", "probiotic_time", "00:30", asleep=("probiotic",)),
            ),
        ),
        (ANNA, Setting("bed"), answer("bed", "1500"), AskQuiet("bed", "1500", BED_AT_THREE)),
        (
            ANNA,
            Setting("wake"),
            answer("wake", "12", typed=True),
            AskQuiet("wake", "1200", Change("wake", "wake", "12:00", asleep=("probiotic",))),
        ),
        # the answer to that
        (
            ANNA,
            Quiet("bed", "1500"),
            QuietChoice(move=True),
            Save({"bed": "15:00", "fibre_time": "13:30", "checkin_time": "13:30"}, field="bed"),
        ),
        (
            ANNA,
            Quiet("bed", "1500"),
            QuietChoice(move=False),
            Save({"bed": "15:00", "quiet_ok": frozenset({"checkin", "fibre"})}, field="bed"),
        ),
        (
            ANNA,
            Quiet("probiotic", "2330"),
            QuietChoice(move=True),
            Save({"probiotic_time": "21:30", "quiet_ok": frozenset()}, field="probiotic"),
        ),
        (
            ANNA,
            Quiet("probiotic", "2330"),
            QuietChoice(move=False),
            Save(
                {"probiotic_time": "23:30", "quiet_ok": frozenset({"probiotic"})}, field="probiotic"
            ),
        ),
        (
            anna(quiet_ok=frozenset({"fibre"})),
            Quiet("probiotic", "2330"),
            QuietChoice(move=False),
            Save(
                {"probiotic_time": "23:30", "quiet_ok": frozenset({"fibre", "probiotic"})},
                field="probiotic",
            ),
        ),
        # the day changed meanwhile: no longer in the night, so asked again
        (ANNA, Quiet("probiotic", "0900"), QuietChoice(move=False), AskField("probiotic")),
        (ANNA, Setting("probiotic"), QuietChoice(move=True), StaleSetting()),
        (ANNA, None, QuietChoice(move=False), StaleSetting()),
        # for whom: consent to the other text first, then the bedtime question
        (ANNA, Setting("for_whom"), answer("for_whom", "parent"), AskSwitch("parent")),
        (
            ANNA,
            Setting("for_whom"),
            answer("for_whom", "voor mijn kind", typed=True),
            AskSwitch("parent"),
        ),
        (
            ANNA,
            Setting("for_whom"),
            answer("for_whom", "adult"),
            Save({"age_group": "adult"}, field="for_whom"),
        ),
        (
            anna(age_group="parent"),
            Setting("for_whom"),
            answer("for_whom", "adult"),
            AskSwitch("adult"),
        ),
        (ANNA, Switch("parent"), SwitchConsent("parent"), SWITCHED_TO_PARENT),
        (anna(age_group="parent"), Switch("adult"), SwitchConsent("adult"), SWITCHED_TO_ADULT),
        (ANNA, Switch("adult"), SwitchConsent("parent"), StaleSetting()),
        (ANNA, Setting("for_whom"), SwitchConsent("parent"), StaleSetting()),
        (ANNA, Menu(), SwitchConsent("parent"), StaleSetting()),
        (ANNA, None, SwitchConsent("parent"), StaleSetting()),
    ],
)
def test_settings_step(
    participant: Participant,
    question: OpenQuestion | None,
    move: SettingsMove,
    expected: SettingsOutcome,
) -> None:
    assert settings_step(participant, question, move) == expected


# -- the check-in --------------------------------------------------------------------------------

NOW = local(2026, 11, 29, 19, 30)
STEP = {question.key: index for index, question in enumerate(QUESTIONS)}


def utc(instant: dtm.datetime, seconds: int = 0) -> dtm.datetime:
    """A moment as storage hands it out (aware, UTC), `seconds` on."""
    return (instant + dtm.timedelta(seconds=seconds)).astimezone(dtm.UTC)


OPEN = CheckinRow(
    id=7,
    participant_id=ANNA.id,
    source="scheduled",
    local_date=D(2026, 11, 29),
    opened_at=utc(NOW, -1800),
    expires_at=utc(NOW + EXPIRES_AFTER),
    status="open",
    step=0,
    poem1=None,
    poem2=None,
    poem3=None,
    poem4=None,
    poem5=None,
    poem6=None,
    poem7=None,
    bloating=None,
    pain=None,
    stools=None,
    sleep=None,
    stress=None,
    triggers=frozenset(),
    note=None,
    skin_score=None,
    completed_at=None,
)


def ticks(text: str) -> frozenset[str]:
    """The trigger question's ticks, written as stored ("dairy,eggs")."""
    return frozenset(name for name in text.split(",") if name)


def ticked(text: str, cleared: tuple[str, ...] = ()) -> Ticked:
    return Ticked(ticks(text), cleared)


def at(key: str, triggers: str = "", **changes: Any) -> CheckinRow:
    """The open check-in waiting at the question that fills `key`, with these ticks."""
    return dataclasses.replace(OPEN, step=STEP[key], triggers=ticks(triggers), **changes)


def test_the_questions_come_in_this_order() -> None:
    """The tables below name questions by their column; this is where each one is."""
    assert [q.key for q in QUESTIONS] == [
        *(f"poem{i}" for i in range(1, 8)),
        "bloating",
        "pain",
        "stools",
        "sleep",
        "stress",
        "triggers",
        "note",
    ]
    assert TOTAL == 14


def pressed(key: str, value: str) -> Choose:
    """A button of the question that fills `key`."""
    return Choose(STEP[key], value)


@pytest.mark.parametrize(
    ("checkin", "move", "expected"),
    [
        # the skin questions: a score 0-4
        (at("poem1"), pressed("poem1", "0"), Answered("poem1", 0, 1)),
        (at("poem1"), pressed("poem1", "4"), Answered("poem1", 4, 1)),
        (at("poem7"), pressed("poem7", "2"), Answered("poem7", 2, 7)),
        (at("poem1"), pressed("poem1", "5"), StaleCheckin("old")),
        # the gut questions: days 0-7
        (at("bloating"), pressed("bloating", "0"), Answered("bloating", 0, 8)),
        (at("stools"), pressed("stools", "7"), Answered("stools", 7, 10)),
        (at("pain"), pressed("pain", "8"), StaleCheckin("old")),
        # sleep: hours, the child's scale for a child
        (at("sleep"), pressed("sleep", "4"), Answered("sleep", 4.0, 11)),
        (at("sleep"), pressed("sleep", "9"), Answered("sleep", 9.0, 11)),
        (at("sleep"), pressed("sleep", "13"), StaleCheckin("old")),
        (at("sleep", about="child"), pressed("sleep", "13"), Answered("sleep", 13.0, 11)),
        (at("sleep", about="child"), pressed("sleep", "4"), StaleCheckin("old")),
        # stress 0-10
        (at("stress"), pressed("stress", "10"), Answered("stress", 10, 12)),
        (at("stress"), pressed("stress", "11"), StaleCheckin("old")),
        # skip and pause, at every kind of question
        (at("poem1"), pressed("poem1", "skip"), Answered("poem1", None, 1)),
        (at("pain"), pressed("pain", "skip"), Answered("pain", None, 9)),
        (at("sleep"), pressed("sleep", "skip"), Answered("sleep", None, 11)),
        (at("note"), pressed("note", "skip"), Answered("note", None, 14)),
        (at("poem3"), pressed("poem3", "pause"), PausedCheckin()),
        (at("triggers"), pressed("triggers", "pause"), PausedCheckin()),
        (at("note"), pressed("note", "pause"), PausedCheckin()),
        # triggers: ticks, "none" and "done"
        (at("triggers"), pressed("triggers", "t-dairy"), ticked("dairy")),
        (at("triggers", triggers="dairy,eggs"), pressed("triggers", "t-dairy"), ticked("eggs")),
        (
            at("triggers", triggers="dairy"),
            pressed("triggers", "t-other"),
            ticked("dairy,other"),
        ),
        (at("triggers", triggers="stress"), pressed("triggers", "t-dairy"), ticked("dairy,stress")),
        (at("triggers", triggers="none"), pressed("triggers", "t-nuts"), ticked("nuts")),
        (at("triggers"), pressed("triggers", "t-sweat"), StaleCheckin("old")),  # the picker's
        (at("triggers"), pressed("triggers", "t-"), StaleCheckin("old")),
        (at("triggers"), pressed("triggers", "none"), Answered("triggers", ticks("none"), 13)),
        (
            at("triggers", triggers="none"),
            pressed("triggers", "none"),
            Answered("triggers", ticks("none"), 13),
        ),
        # "none" after ticks takes them off, and says which: nothing dropped silently
        (
            at("triggers", triggers="stress,dairy"),
            pressed("triggers", "none"),
            ticked("none", ("dairy", "stress")),
        ),
        (at("triggers"), pressed("triggers", "done"), Answered(None, None, 13)),
        (at("triggers", triggers="dairy"), pressed("triggers", "done"), Answered(None, None, 13)),
        (at("triggers", triggers="dairy"), pressed("triggers", "skip"), Answered(None, None, 13)),
        (at("triggers"), pressed("triggers", "3"), StaleCheckin("old")),
        (at("note"), pressed("note", "3"), StaleCheckin("old")),
        # a button of another question, an old or expired check-in
        (at("poem1"), pressed("poem2", "3"), StaleCheckin("old")),
        (at("poem2"), pressed("poem1", "3"), StaleCheckin("old")),
        (at("poem1", status="done"), pressed("poem1", "1"), StaleCheckin("old")),
        (at("poem1", status="replaced"), pressed("poem1", "1"), StaleCheckin("old")),
        (dataclasses.replace(OPEN, step=TOTAL), Choose(TOTAL, "1"), StaleCheckin("old")),
        (at("poem1", status="expired"), pressed("poem1", "1"), StaleCheckin("expired")),
        (at("poem1", expires_at=utc(NOW)), pressed("poem1", "1"), StaleCheckin("expired")),
        (at("poem1", expires_at=utc(NOW, 1)), pressed("poem1", "1"), Answered("poem1", 1, 1)),
        (at("note", expires_at=utc(NOW, -60)), Typed("Jeuk", "nl"), StaleCheckin("expired")),
        (at("poem1", status="done"), Typed("3", "nl"), StaleCheckin("old")),
        # carrying on: the question again
        (at("stress"), Resume(), Current()),
        (at("poem1", status="done"), Resume(), StaleCheckin("old")),
    ],
)
def test_checkin_step_buttons(
    checkin: CheckinRow, move: CheckinMove, expected: CheckinOutcome
) -> None:
    assert checkin_step(checkin, move, NOW) == expected


def test_sleep_is_stored_as_hours_with_a_fraction() -> None:
    outcome = checkin_step(at("sleep"), pressed("sleep", "7"), NOW)
    assert isinstance(outcome, Answered) and isinstance(outcome.value, float)


TOO_LONG = "x" * (NOTE_MAX + 1)
LONGEST = "y" * NOTE_MAX


@pytest.mark.parametrize(
    ("checkin", "text", "language", "expected"),
    [
        # a label typed at a skin question, or a number of days (POEM's bands)
        (at("poem1"), "3", "nl", Answered("poem1", 2, 1)),
        (at("poem1"), "geen", "nl", Answered("poem1", 0, 1)),
        (at("poem1"), "None", "en", Answered("poem1", 0, 1)),
        (at("poem1"), "1-2", "nl", Answered("poem1", 1, 1)),
        (at("poem1"), "Elke dag", "nl", Answered("poem1", 4, 1)),
        (at("poem1"), "every day", "en", Answered("poem1", 4, 1)),
        (at("poem1"), "0", "nl", Answered("poem1", 0, 1)),
        (at("poem1"), "2", "nl", Answered("poem1", 1, 1)),
        (at("poem1"), "4", "nl", Answered("poem1", 2, 1)),
        (at("poem1"), "6", "nl", Answered("poem1", 3, 1)),
        (at("poem1"), "7", "nl", Answered("poem1", 4, 1)),
        (at("poem5"), "3 dagen", "nl", Answered("poem5", 2, 5)),
        (at("poem5"), "2 days", "en", Answered("poem5", 1, 5)),
        (at("poem1"), "8", "nl", Pointer(tests=False)),
        (at("poem1"), "1–2 dagen", "nl", Answered("poem1", 1, 1)),
        (at("bloating"), "geen", "nl", Answered("bloating", 0, 8)),
        (at("bloating"), "never", "en", Answered("bloating", 0, 8)),
        # the buttons every question has
        (at("poem1"), "Overslaan", "nl", Answered("poem1", None, 1)),
        (at("poem1"), "skip", "en", Answered("poem1", None, 1)),
        (at("poem1"), "later verder", "nl", PausedCheckin()),
        (at("poem1"), "Continue later", "en", PausedCheckin()),
        (at("stress"), "LATER", "nl", PausedCheckin()),
        # labels of the other language are not read
        (at("poem1"), "Elke dag", "en", Pointer(tests=False)),  # a label of the other language
        (at("poem1"), "skip", "nl", Pointer(tests=False)),
        # text that is no answer: a pointer to the question (and to the GP about tests)
        (at("poem1"), "hallo", "nl", Pointer(tests=False)),
        (at("poem1"), "", "nl", Pointer(tests=False)),
        (at("poem1"), "Is een IgG-test zinvol?", "nl", Pointer(tests=True)),
        (at("stress"), "leaky gut test?", "en", Pointer(tests=True)),
        # days
        (at("bloating"), "3", "nl", Answered("bloating", 3, 8)),
        (at("bloating"), "7 dagen", "nl", Answered("bloating", 7, 8)),
        (at("pain"), "0", "en", Answered("pain", 0, 9)),
        (at("pain"), "8", "nl", Pointer(tests=False)),
        (at("stools"), "overslaan", "nl", Answered("stools", None, 10)),
        # sleep: a number of hours beyond the ends is the end it passes
        (at("sleep"), "7", "nl", Answered("sleep", 7.0, 11)),
        (at("sleep"), "7 uur", "nl", Answered("sleep", 7.0, 11)),
        (at("sleep"), "7 hours", "en", Answered("sleep", 7.0, 11)),
        (at("sleep"), "≤4", "nl", Answered("sleep", 4.0, 11)),
        (at("sleep"), "3", "nl", Answered("sleep", 4.0, 11)),
        (at("sleep"), "0", "nl", Answered("sleep", 4.0, 11)),
        (at("sleep"), "12", "nl", Answered("sleep", 9.0, 11)),
        (at("sleep"), "24", "nl", Answered("sleep", 9.0, 11)),
        (at("sleep"), "25", "nl", Pointer(tests=False)),
        (at("sleep", about="child"), "3", "nl", Answered("sleep", 8.0, 11)),
        (at("sleep", about="child"), "11 uur", "nl", Answered("sleep", 11.0, 11)),
        (at("sleep", about="child"), "14", "en", Answered("sleep", 13.0, 11)),
        # stress
        (at("stress"), "10", "nl", Answered("stress", 10, 12)),
        (at("stress"), "11", "nl", Pointer(tests=False)),
        # triggers: a trigger's label is its tick
        (at("triggers"), "zuivel", "nl", ticked("dairy")),
        (at("triggers"), "Dairy", "en", ticked("dairy")),
        (at("triggers"), "suiker", "nl", ticked("sugar")),
        (at("triggers"), "Iets anders", "nl", ticked("other")),
        (at("triggers", triggers="dairy"), "✓ Zuivel", "nl", ticked("")),
        (at("triggers"), "geen", "nl", Answered("triggers", ticks("none"), 13)),
        (at("triggers", triggers="dairy"), "geen", "nl", ticked("none", ("dairy",))),
        (at("triggers", triggers="dairy"), "klaar", "nl", Answered(None, None, 13)),
        (at("triggers"), "Done", "en", Answered(None, None, 13)),
        (at("triggers"), "3", "nl", Pointer(tests=False)),
        (at("triggers"), "kaas", "nl", Pointer(tests=False)),
        # the note: the person's own words, kept cleaned
        (at("note"), "  Jeuk na de kaas.  ", "nl", Answered("note", "Jeuk na de kaas.", 14)),
        (at("note"), "nul\x00byte", "nl", Answered("note", "nulbyte", 14)),
        (at("note"), "cafe\u0301", "nl", Answered("note", "café", 14)),
        (at("note"), "   ", "nl", Answered("note", None, 14)),
        (at("note"), LONGEST, "nl", Answered("note", LONGEST, 14)),
        (at("note"), f"  {LONGEST}  ", "nl", Answered("note", LONGEST, 14)),
        (at("note"), TOO_LONG, "nl", Current("checkin.note_too_long")),
        # a question about tests is answered, and the note is still to come
        (at("note"), "Moet ik een IgG-test laten doen?", "nl", Current("input.tests")),
        (at("note"), "Overslaan", "nl", Answered("note", None, 14)),
        (at("note"), "Later verder", "nl", PausedCheckin()),
    ],
)
def test_checkin_step_typed(
    checkin: CheckinRow, text: str, language: str, expected: CheckinOutcome
) -> None:
    assert checkin_step(checkin, Typed(text, language), NOW) == expected


# -- one check-in per programme week -------------------------------------------------------------

START = D(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(
    ("start", "day", "week"),
    [
        (START, D(2026, 11, 22), -1),
        (START, START, 0),
        (START, D(2026, 11, 29), 0),
        (START, D(2026, 11, 30), 1),
        (START, D(2026, 12, 6), 1),
        (START, D(2026, 12, 7), 2),
        # Dates, not instants: the spring-forward and autumn nights change nothing.
        (START, D(2027, 3, 28), 17),
        (START, D(2027, 3, 29), 18),
        (START, D(2027, 10, 31), 48),
        (START, D(2027, 11, 1), 49),
        # A start on a Wednesday: weeks run Wednesday to Tuesday.
        (D(2026, 11, 25), D(2026, 12, 1), 0),
        (D(2026, 11, 25), D(2026, 12, 2), 1),
    ],
)
def test_programme_week(start: dtm.date, day: dtm.date, week: int) -> None:
    assert programme_week(start, day) == week


def done(day: dtm.date, about: About = "self", id: int = 1) -> CheckinRow:
    """A completed check-in of `day`."""
    return dataclasses.replace(OPEN, id=id, local_date=day, status="done", step=TOTAL, about=about)


SELF_SUNDAY = done(D(2026, 11, 29), id=1)
CHILD_SATURDAY = done(D(2026, 11, 28), about="child", id=2)
SELF_FRIDAY = done(D(2026, 11, 27), id=3)
SELF_LAST_WEEK = done(D(2026, 11, 22), id=4)  # the day before the start


@pytest.mark.parametrize(
    ("completed", "today", "about", "expected"),
    [
        ([], D(2026, 11, 29), "self", None),
        ([SELF_SUNDAY], D(2026, 11, 29), "self", SELF_SUNDAY),
        ([SELF_SUNDAY], D(2026, 11, 23), "self", SELF_SUNDAY),  # same week, any day of it
        ([SELF_SUNDAY], D(2026, 11, 30), "self", None),  # the next week
        # about the child or about oneself: each has its own week
        ([CHILD_SATURDAY], D(2026, 11, 29), "self", None),
        ([CHILD_SATURDAY], D(2026, 11, 29), "child", CHILD_SATURDAY),
        ([SELF_FRIDAY, CHILD_SATURDAY], D(2026, 11, 29), "self", SELF_FRIDAY),
        ([SELF_FRIDAY, CHILD_SATURDAY], D(2026, 11, 29), "child", CHILD_SATURDAY),
        # two this week (an older database): the latest
        ([SELF_FRIDAY, SELF_SUNDAY], D(2026, 11, 29), "self", SELF_SUNDAY),
        ([SELF_LAST_WEEK], D(2026, 11, 23), "self", None),
    ],
)
def test_this_weeks(
    completed: list[CheckinRow], today: dtm.date, about: str, expected: CheckinRow | None
) -> None:
    assert this_weeks(completed, START, today, about) == expected


@pytest.mark.parametrize(
    ("start", "today", "checkin_day", "expected"),
    [
        (START, D(2026, 11, 23), 6, D(2026, 12, 6)),  # Sunday 29th is still week 0
        (START, D(2026, 11, 23), 0, D(2026, 11, 30)),
        (START, D(2026, 11, 25), 2, D(2026, 12, 2)),
        (START, D(2026, 11, 28), 6, D(2026, 12, 6)),
        (START, D(2026, 11, 29), 6, D(2026, 12, 6)),
        (START, D(2026, 11, 29), 0, D(2026, 11, 30)),
        (START, D(2026, 11, 30), 6, D(2026, 12, 13)),
        (START, D(2027, 3, 22), 6, D(2027, 4, 4)),  # over the spring-forward Sunday
        (START, D(2027, 10, 30), 6, D(2027, 11, 7)),  # over the autumn one
        (D(2026, 11, 25), D(2026, 11, 25), 6, D(2026, 12, 6)),
        (D(2026, 11, 25), D(2026, 12, 1), 6, D(2026, 12, 6)),
        (D(2026, 11, 25), D(2026, 12, 1), 1, D(2026, 12, 8)),
    ],
)
def test_next_weekly(
    start: dtm.date, today: dtm.date, checkin_day: int, expected: dtm.date
) -> None:
    assert next_weekly(start, today, checkin_day) == expected


@given(
    start=st.dates(D(2026, 1, 1), D(2030, 12, 31)),
    days_in=st.integers(0, 400),
    checkin_day=st.integers(0, 6),
)
def test_the_next_weekly_check_in_is_on_its_day_in_the_next_programme_week(
    start: dtm.date, days_in: int, checkin_day: int
) -> None:
    today = start + dtm.timedelta(days=days_in)
    day = next_weekly(start, today, checkin_day)
    assert day.weekday() == checkin_day
    assert programme_week(start, day) == programme_week(start, today) + 1


# -- the trigger picker --------------------------------------------------------------------------

TODAY = D(2026, 11, 25)
YESTERDAY = D(2026, 11, 24)


@pytest.mark.parametrize(
    ("day", "move", "start", "expected"),
    [
        (TODAY, "dairy", START, Tick(TODAY, "dairy")),
        (YESTERDAY, "dairy", START, Tick(YESTERDAY, "dairy")),
        (TODAY, "dairy", None, Tick(TODAY, "dairy")),
        # only today and yesterday, and only days of the programme
        (D(2026, 11, 23), "dairy", START, StalePick()),
        (D(2026, 11, 26), "dairy", START, StalePick()),
        (YESTERDAY, "dairy", TODAY, StalePick()),
        (YESTERDAY, "open", TODAY, StalePick()),
        # the other day, where that is a day of the programme
        (TODAY, "swap", START, ShowDay(YESTERDAY)),
        (YESTERDAY, "swap", START, ShowDay(TODAY)),
        (TODAY, "swap", None, ShowDay(YESTERDAY)),
        (TODAY, "swap", TODAY, ShowDay(TODAY)),
        (TODAY, "swap", YESTERDAY, ShowDay(YESTERDAY)),
        (TODAY, "open", START, ShowDay(TODAY)),
        (YESTERDAY, "done", START, Noted(YESTERDAY)),
        (TODAY, "done", START, Noted(TODAY)),
        # not a trigger of the list
        (TODAY, "none", START, StalePick()),
        (TODAY, "t-dairy", START, StalePick()),
        (TODAY, "", START, StalePick()),
    ],
)
def test_picker_step(
    day: dtm.date, move: str, start: dtm.date | None, expected: PickerOutcome
) -> None:
    assert picker_step(day, move, TODAY, start) == expected


@pytest.mark.parametrize("trigger", DAY_TRIGGERS)
@pytest.mark.parametrize("day", [TODAY, YESTERDAY])
def test_every_trigger_is_a_tick_never_a_day_switch(trigger: str, day: dtm.date) -> None:
    """ "other" included: it once shared its data with the day switch."""
    assert picker_step(day, trigger, TODAY, START) == Tick(day, trigger)
    for language in ("nl", "en"):
        label = t(language, f"trigger.{trigger}")
        assert typed_pick(language, label, day, TODAY) == trigger, label


def test_the_picker_has_these_triggers() -> None:
    assert DAY_TRIGGERS == (
        "dairy",
        "gluten",
        "eggs",
        "soy",
        "nuts",
        "sugar",
        "stress",
        "weather",
        "sweat",
        "care_product",
        "other",
    )


@pytest.mark.parametrize(
    ("language", "text", "day", "expected"),
    [
        ("nl", "Gisteren", TODAY, "swap"),
        ("nl", "gisteren", YESTERDAY, None),  # the button there says "Vandaag"
        ("nl", "Vandaag", YESTERDAY, "swap"),
        ("nl", "vandaag", TODAY, None),
        ("en", "yesterday", TODAY, "swap"),
        ("en", "Today!", YESTERDAY, "swap"),
        ("nl", "Iets anders", TODAY, "other"),
        ("nl", "iets", TODAY, "other"),
        ("en", "something else", YESTERDAY, "other"),
        ("nl", "klaar", TODAY, "done"),
        ("en", "Done.", YESTERDAY, "done"),
        ("nl", "zweet", TODAY, "sweat"),
        ("nl", "nieuw verzorgingsproduct", TODAY, "care_product"),
        ("nl", "suiker", TODAY, "sugar"),
        ("nl", "anders", TODAY, None),
        ("nl", "dairy", TODAY, None),
        ("en", "hallo", TODAY, None),
    ],
)
def test_typed_pick(language: str, text: str, day: dtm.date, expected: str | None) -> None:
    assert typed_pick(language, text, day, TODAY) == expected


# -- planning ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now_chosen", "settled", "expected"),
    [(True, False, "now"), (False, False, "later"), (True, True, None), (False, True, None)],
)
def test_first_offer_step(now_chosen: bool, settled: bool, expected: str | None) -> None:
    assert first_offer_step(now_chosen, settled=settled) == expected


def occurrence(
    kind: EventKind, when: dtm.datetime, *, slot: int = 0, snoozes: int = 0
) -> OccurrenceRow:
    """A planned, unanswered row of Anna's."""
    due = when.astimezone(dtm.UTC)
    return OccurrenceRow(
        1, ANNA.id, kind, slot, when.date(), due, "planned", None, snoozes, None, None
    )


MONDAY_10 = local(2026, 11, 23, 10, 0)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (occurrence("probiotic", MONDAY_10, snoozes=1), True),  # "in 30 minutes"
        (occurrence("hydration", MONDAY_10, slot=2, snoozes=3), True),
        (occurrence("checkin", MONDAY_10, slot=1), True),  # the first check-in, "later"
        (occurrence("checkin", MONDAY_10, slot=0, snoozes=1), True),
        (occurrence("checkin_nudge", MONDAY_10), True),
        (occurrence("zone_ask", MONDAY_10), True),
        (occurrence("checkin", MONDAY_10, slot=0), False),  # the weekly one: the routine
        (occurrence("probiotic", MONDAY_10), False),
        (occurrence("hydration", MONDAY_10, slot=1), False),
        (occurrence("winddown", MONDAY_10), False),
    ],
)
def test_is_promise(row: OccurrenceRow, expected: bool) -> None:
    assert is_promise(row) is expected


SNOOZES = (30, 60, 180)


@pytest.mark.parametrize(
    ("participant", "now", "fit", "some_do_not"),
    [
        (ANNA, local(2026, 11, 23, 15, 0), [30, 60, 180], False),
        (ANNA, local(2026, 11, 23, 21, 30), [30, 60], True),  # 00:30 is in the night
        (ANNA, local(2026, 11, 23, 22, 0), [30], True),  # 23:00 is bedtime itself
        (ANNA, local(2026, 11, 23, 22, 30), [], True),
        (ANNA, local(2026, 11, 23, 3, 0), [], True),  # in the night already
        (ANNA, local(2026, 11, 23, 5, 30), [180], True),  # 06:00 and 06:30 still asleep
        (OWL, local(2026, 11, 23, 21, 30), [30, 60, 180], False),
        (OWL, local(2026, 11, 23, 22, 59), [30, 60, 180], False),  # 01:59
        (OWL, local(2026, 11, 23, 23, 0), [30, 60], True),  # 02:00 is bedtime
        (OWL, local(2026, 11, 24, 1, 0), [30], True),
        (OWL, local(2026, 11, 24, 1, 30), [], True),
    ],
)
def test_snoozes_that_fit(
    participant: Participant, now: dtm.datetime, fit: list[int], some_do_not: bool
) -> None:
    assert snoozes_that_fit(participant, SNOOZES, now) == (fit, some_do_not)


def paused(participant: Participant, until: dtm.datetime) -> Participant:
    return dataclasses.replace(participant, paused_until=until)


ALL_OFF = {"probiotic_on": 0, "hydration_on": 0, "fibre_on": 0, "winddown_on": 0}


@pytest.mark.parametrize(
    ("participant", "expected"),
    [
        (ANNA, None),  # no pause
        (paused(ANNA, local(2026, 11, 26)), local(2026, 11, 26, 7, 30)),  # the first water
        (paused(anna(hydration_on=0), local(2026, 11, 26)), local(2026, 11, 26, 8, 0)),
        (paused(anna(**ALL_OFF), local(2026, 11, 26)), None),
        # the check-in is not the routine: a pause ending on a Sunday with all else off
        (paused(anna(**ALL_OFF), local(2026, 11, 29)), None),
        (
            paused(anna(**{**ALL_OFF, "fibre_on": 1}), local(2026, 11, 26)),
            local(2026, 11, 26, 17, 30),
        ),
        # a pause that ends in the day: what is left of it; late at night: the next morning
        (paused(ANNA, local(2026, 11, 26, 12, 0)), local(2026, 11, 26, 12, 0)),
        (paused(ANNA, local(2026, 11, 26, 23, 30)), local(2026, 11, 27, 7, 30)),
        (paused(OWL, local(2026, 11, 26)), local(2026, 11, 26, 10, 30)),
        # the spring-forward day: 07:30 on the wall clock
        (paused(ANNA, local(2027, 3, 28)), local(2027, 3, 28, 7, 30)),
    ],
)
def test_first_after_pause(participant: Participant, expected: dtm.datetime | None) -> None:
    assert first_after_pause(participant) == expected


FIRST_LATER = occurrence("checkin", local(2026, 11, 23, 14, 30), slot=1)


@pytest.mark.parametrize(
    ("participant", "row", "expected"),
    [
        (paused(ANNA, local(2026, 11, 26)), FIRST_LATER, local(2026, 11, 26, 14, 30)),
        (ANNA, FIRST_LATER, None),
        # the pause ends before the promise: nothing moves
        (paused(ANNA, local(2026, 11, 23, 14, 0)), FIRST_LATER, None),
        (paused(ANNA, local(2026, 11, 23, 14, 30)), FIRST_LATER, None),
        # same wall-clock time on the other side of the spring-forward night
        (
            paused(ANNA, local(2027, 3, 29)),
            occurrence("checkin", local(2027, 3, 27, 14, 30), slot=1),
            local(2027, 3, 29, 14, 30),
        ),
    ],
)
def test_promise_after_pause(
    participant: Participant, row: OccurrenceRow, expected: dtm.datetime | None
) -> None:
    assert promise_after_pause(participant, row) == expected


@pytest.mark.parametrize(
    ("probiotic_time", "now", "planned"),
    [
        ("10:00", local(2026, 11, 23, 10, 0) + dtm.timedelta(seconds=40), True),
        ("10:00", local(2026, 11, 23, 10, 0), True),
        ("10:00", local(2026, 11, 23, 9, 59) + dtm.timedelta(seconds=59), True),
        ("09:59", local(2026, 11, 23, 10, 0) + dtm.timedelta(seconds=40), False),
        ("10:00", local(2026, 11, 23, 10, 1), False),
    ],
)
def test_plan_for_plans_a_reminder_due_in_the_minute_that_has_begun(
    probiotic_time: str, now: dtm.datetime, planned: bool
) -> None:
    participant = anna(probiotic_time=probiotic_time)
    occurrences, through, plan_again = plan_for(participant, now.astimezone(dtm.UTC))
    due = local(2026, 11, 23, *map(int, probiotic_time.split(":")))
    today = [(o.kind, o.due) for o in occurrences if o.local_date == D(2026, 11, 23)]
    assert (("probiotic", due) in today) is planned
    assert through == D(2026, 11, 24)
    assert plan_again == local(2026, 11, 24)
    # Tomorrow is planned whole: 1 probiotic, 4 water, fibre, wind-down.
    assert len([o for o in occurrences if o.local_date == D(2026, 11, 24)]) == 7


def test_a_night_owls_evening_goes_on_after_midnight_when_planned_again() -> None:
    """Settings changed at 00:15 (planned anew from then): the rest of the evening before,
    the probiotic at 00:30 and the wind-down at 01:00, is planned again, as that day's."""
    owl = dataclasses.replace(OWL, times={**OWL.times, "probiotic": "00:30"})
    occurrences, through, _ = plan_for(owl, local(2026, 11, 24, 0, 15))
    evening = [(o.kind, o.due) for o in occurrences if o.local_date == D(2026, 11, 23)]
    assert evening == [
        ("probiotic", local(2026, 11, 24, 0, 30)),
        ("winddown", local(2026, 11, 24, 1, 0)),
    ]
    assert through == D(2026, 11, 25)
    # Someone in bed before midnight: 00:15 is the new day's, nothing of the day before.
    early, _, _ = plan_for(ANNA, local(2026, 11, 24, 0, 15))
    assert min(o.local_date for o in early) == D(2026, 11, 24)
    # Begun at 00:15 (the programme's first day is the calendar's): nothing before it.
    begun = dataclasses.replace(owl, start_date=D(2026, 11, 24))
    first, _, _ = plan_for(begun, local(2026, 11, 24, 0, 15))
    assert min(o.local_date for o in first) == D(2026, 11, 24)


def test_a_night_owls_day_never_begins_before_the_programme() -> None:
    """Begun at 00:20 on Tuesday, in bed at 02:00: Monday evening is not theirs to log."""
    begun = dataclasses.replace(OWL, start_date=D(2026, 11, 24))
    assert begun.day_at(local(2026, 11, 24, 0, 20)) == D(2026, 11, 24)
    assert OWL.day_at(local(2026, 11, 24, 0, 20)) == D(2026, 11, 23)
    assert OWL.day_at(local(2026, 11, 24, 2, 0)) == D(2026, 11, 24)


@pytest.mark.parametrize(
    ("at", "until"),
    [
        # 00:30, their Monday evening, its 01:00 wind-down still to come: the rest of Monday,
        # to its end at bedtime (paused now, so a snooze due at 00:45 waits too).
        (local(2026, 11, 24, 0, 30), local(2026, 11, 24, 2, 0)),
        # 01:30, Monday's routine over: Tuesday, as for anyone after the day's last reminder.
        (local(2026, 11, 24, 1, 30), local(2026, 11, 25, 2, 0)),
        # 02:30, in bed: Tuesday.
        (local(2026, 11, 24, 2, 30), local(2026, 11, 25, 2, 0)),
    ],
)
def test_a_night_owls_pause_after_midnight_counts_from_their_day(
    at: dtm.datetime, until: dtm.datetime
) -> None:
    assert pause_end(OWL, 1, at) == until
    assert is_paused(paused(OWL, until), at)
    occurrences, _, _ = plan_for(paused(OWL, until), at)
    assert all(o.local_date >= until.date() for o in occurrences)


def test_a_night_owls_paused_day_is_left_out_of_planning() -> None:
    owl = paused(OWL, local(2026, 11, 26))  # paused up to and including Wednesday 25th
    occurrences, _, _ = plan_for(owl, local(2026, 11, 25, 12, 0))
    assert min(o.due for o in occurrences) == first_after_pause(owl)


# -- a parent's child, by age band (issue 18: a parent route safe for a baby) -------------------


@pytest.mark.parametrize(
    ("question", "move", "expected"),
    [
        # After a switch, the age band, then the bedtime, then the probiotic: each in turn.
        (
            Setting("child_age", then=("bed", "probiotic_use")),
            answer("child_age", "under1"),
            Save(
                {"child_age": "under1", "hydration_on": 0, "fibre_on": 0},
                "settings.saved_baby",
                then=AskField("bed", then=("probiotic_use",)),
                field="child_age",
            ),
        ),
        (
            Setting("child_age", then=("bed", "probiotic_use")),
            answer("child_age", "4 tot 12 jaar", typed=True),
            Save(
                {"child_age": "4to11"},
                then=AskField("bed", then=("probiotic_use",)),
                field="child_age",
            ),
        ),
        (
            Setting("child_age", then=("bed", "probiotic_use")),
            answer("child_age", "oud", typed=True),
            AskField("child_age", "input.use_buttons", then=("bed", "probiotic_use")),
        ),
        (
            Setting("probiotic_use"),
            answer("probiotic_use", "nee", typed=True),
            Save({"probiotic_on": 0}, field="probiotic_use"),
        ),
        (
            Setting("probiotic_use"),
            answer("probiotic_use", "yes"),
            Save({"probiotic_on": 1}, field="probiotic_use"),
        ),
    ],
)
def test_a_switchs_questions_come_in_turn(
    question: OpenQuestion, move: SettingsMove, expected: SettingsOutcome
) -> None:
    parent = anna(age_group="parent", bed="19:30")
    assert settings_step(parent, question, move) == expected


@pytest.mark.parametrize(
    ("band", "changes"),
    [
        ("under1", {"child_age": "under1", "hydration_on": 0, "fibre_on": 0}),
        ("1to3", {"child_age": "1to3"}),
        ("4to11", {"child_age": "4to11"}),
        ("12to15", {"child_age": "12to15"}),
    ],
)
def test_onboarding_asks_a_parent_the_childs_age_band(
    band: str, changes: dict[str, object]
) -> None:
    parent = on("child_age", age_group="parent")
    assert onboarding_step(parent, band, typed=False) == Next("timezone", changes)
    assert next_step("consent", on("consent", age_group="adult")) == "timezone"
    assert next_step("consent", parent) == "child_age"


KINDS_SENT: tuple[EventKind, ...] = ("probiotic", "checkin", "consent_ask")


def test_until_a_changed_consent_text_is_agreed_only_its_question_goes_out() -> None:
    """The review's B-new-1: nothing but the question about the new text, and nothing new
    stored; the same rows go out once the text in force is agreed to."""
    rows = [
        dataclasses.replace(occurrence(kind, local(2026, 11, 24, 8)), id=n)
        for n, kind in enumerate(KINDS_SENT, start=1)
    ]
    now = local(2026, 11, 24, 8, 0)
    older = anna(consent_version="2026-11-30.1")
    verdict = sort_claimed(older, rows, now)
    assert [r.kind for r in verdict.send] == ["consent_ask"]
    assert verdict.cancelled == [rows[0].id, rows[1].id]
    agreed = anna(consent_version=consent_tag(False))
    assert [r.kind for r in sort_claimed(agreed, rows, now).send] == [
        "probiotic",
        "checkin",
        "consent_ask",
    ]
    assert needs_new_consent(anna(age_group="parent", consent_version=consent_tag(False)))
    assert not needs_new_consent(on("wake", consent_version=None))
