"""The choices a participant makes, asked the same way in onboarding and in /settings.

Each field has its choices, how to read a typed answer, and the participant column it fills.
The buttons themselves are drawn by `bot.keyboards`.
"""

from __future__ import annotations

import dataclasses
import datetime as dtm
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from bot.programme.answers import (
    Usual,
    fold,
    match_label,
    read_clock,
    read_number,
    read_weekday,
    read_yes_no,
    resolve,
)
from bot.programme.kinds import CHOSEN, DECLARED, Kind, kind
from bot.programme.records import Participant
from bot.programme.schedule import (
    MAX_HYDRATION,
    asleep_at,
    asleep_reminders,
    day_problem,
    hydration_times,
    into_waking_hours,
    planned_at,
    winddown_minutes,
    winddown_time,
)
from bot.programme.times import canonical_zone, format_time, parse_time, parse_zone
from messages import t, tc
from messages.audience import AGE_BANDS, no_food_tips
from messages.words import weekday, weekday_label

# The consent text's version, stored with each consent (the text itself is in messages/);
# a parent's consent, for their child's data, is stored as consent_tag(True).
# 2026-12-02.1: the suspected triggers noted on a day, and a child's age band, are named.
CONSENT_VERSION: Final = "2026-12-03.1"


def consent_tag(for_child: bool) -> str:
    """The consent_version stored for a consent to the adult or the parent's text."""
    return f"{CONSENT_VERSION}/child" if for_child else CONSENT_VERSION


def needs_new_consent(participant: Participant) -> bool:
    """Whether an onboarded participant agreed to an older text (or the other person's):
    until they agree to the one in force, nothing new is stored or sent but the question."""
    return participant.onboarded and participant.consent_version != consent_tag(
        participant.for_child
    )


# The probiotic's pack: the sizes offered, the most one may type, and a name's longest.
PACK_SIZES: Final[tuple[int, ...]] = (30, 60, 90, 120)
MAX_PACK: Final = 400
NO_PACK: Final = "0"  # not counted
NO_NAME: Final = "-"  # no name
NAME_MAX: Final = 60
ZONES: Final[tuple[str, ...]] = (
    "Europe/Amsterdam",
    "Europe/Brussels",
    "Europe/Berlin",
    "Europe/London",
    "America/Paramaribo",
    "America/Curacao",
)
# A parent's day follows their child's: the child's bedtime, when the wind-down comes.
CHILD_BED_TIMES: Final[tuple[str, ...]] = ("18:30", "19:00", "19:30", "20:00", "20:30", "21:00")
CHILD_BED_DEFAULT: Final = "19:30"
# Whether the person takes a probiotic: "yes", "start" (wants to), "no" (its reminder is off).
PROBIOTIC_USE: Final[tuple[str, ...]] = ("yes", "start", "no")

# How an answer to a field is read: one of its buttons' values ("choice"); whether one takes
# a probiotic ("use", stored as its reminder's switch); a time zone, a clock time, a number
# of glasses, a weekday, a pack's size, a product's name.
Reads = Literal["choice", "use", "zone", "time", "count", "day", "pack", "name"]
ERRORS: Final[dict[Reads, str]] = {
    "zone": "input.bad_zone",
    "time": "input.bad_time",
    "count": "input.bad_count",
    "day": "input.bad_day",
    "pack": "input.bad_pack",
    "name": "input.bad_name",
}


@dataclass(frozen=True)
class Field:
    """A choice a participant makes, asked the same way in onboarding and in /settings."""

    name: str
    reads: Reads
    column: str | None = None  # the participant's column it fills (None: onboarding's own)
    # The values its buttons carry, in their order, and each one's label: a message key with
    # {value} (None: the value is its own label).
    choices: tuple[str, ...] = ()
    label: str | None = None
    times: tuple[str, ...] = ()  # a time's buttons
    usual: Usual | None = None  # the half of the day a time typed without am or pm means
    yes_no: Mapping[bool, str] | None = None  # what a typed yes or no stands for
    prompt: str | None = None  # its question's key (None: onboarding.<name>)
    settings_prompt: str | None = None  # asked differently in /settings
    per_row: int = 3
    in_settings: bool = False  # in the /settings overview
    parent_only: bool = False  # in /settings only for a parent

    @property
    def error(self) -> str:
        """What was wrong with an answer it cannot read (a message key)."""
        return ERRORS.get(self.reads, "input.use_buttons")


def _time_of_kind(name: str) -> Field:
    declared = kind(name)
    column = declared.time_column
    return Field(name, "time", column, times=declared.times, usual=declared.usual, in_settings=True)


# In the order of the /settings overview; onboarding asks its own (STEPS) in its own order.
FIELDS: Final[tuple[Field, ...]] = (
    Field(
        "for_whom",
        "choice",
        "age_group",
        ("adult", "parent"),
        "button.for_whom_{value}",
        prompt="settings.for_whom",
        per_row=2,
        in_settings=True,
    ),
    Field(
        "child_age",
        "choice",
        "child_age",
        AGE_BANDS,
        "button.child_age_{value}",
        per_row=2,
        in_settings=True,
        parent_only=True,
    ),
    Field(
        "language",
        "choice",
        "language",
        ("nl", "en"),
        settings_prompt="settings.language",
        per_row=2,
        in_settings=True,
    ),
    Field("timezone", "zone", "timezone", ZONES, "zone.{value}", per_row=2, in_settings=True),
    Field(
        "wake",
        "time",
        "wake",
        times=("06:00", "06:30", "07:00", "07:30", "08:00", "08:30"),
        usual="morning",
        in_settings=True,
    ),
    Field(
        "bed",
        "time",
        "bed",
        times=("21:30", "22:00", "22:30", "23:00", "23:30", "00:00"),
        usual="bedtime",
        in_settings=True,
    ),
    # Each reminder kind with a time of its own (kinds.CHOSEN); the probiotic's name and pack
    # follow its time.
    *(
        field
        for name in CHOSEN
        for field in (
            _time_of_kind(name),
            *(
                (
                    Field(
                        "probiotic_name",
                        "name",
                        "probiotic_name",
                        prompt="settings.probiotic_name",
                        in_settings=True,
                    ),
                    Field(
                        "probiotic_pack",
                        "pack",
                        "probiotic_pack",
                        prompt="settings.probiotic_pack",
                        in_settings=True,
                    ),
                )
                if name == "probiotic"
                else ()
            ),
        )
    ),
    Field(
        "hydration",
        "count",
        "hydration_count",
        tuple(str(n) for n in range(1, MAX_HYDRATION + 1)),
        prompt="settings.hydration",
        per_row=4,
        in_settings=True,
    ),
    Field(
        "checkin_day",
        "day",
        "checkin_day",
        tuple(str(d) for d in range(7)),
        per_row=4,
        in_settings=True,
    ),
    Field(
        "checkin_time",
        "time",
        "checkin_time",
        times=("09:00", "12:00", "18:00", "19:00", "20:00", "21:00"),
        usual="evening",
        in_settings=True,
    ),
    # Asked in onboarding only (and the probiotic again after a switch of "for whom").
    Field("disclaimer", "choice", None, ("ok",), "button.understood", yes_no={True: "ok"}),
    Field("age", "choice", None, ("adult", "parent", "under"), "button.age_{value}", per_row=1),
    Field(
        "consent",
        "choice",
        None,
        ("yes", "no"),
        "button.consent_{value}",
        yes_no={True: "yes", False: "no"},
        per_row=2,
    ),
    Field(
        "probiotic_use",
        "use",
        kind("probiotic").enabled_column,
        PROBIOTIC_USE,
        "button.probiotic_{value}",
        yes_no={True: "yes", False: "no"},
        per_row=1,
    ),
)
FIELD: Final[dict[str, Field]] = {field.name: field for field in FIELDS}

# Onboarding asks these in order; the first four are answered with buttons only.
STEPS: Final[tuple[str, ...]] = (
    "language",
    "disclaimer",
    "age",
    "consent",
    "child_age",
    "timezone",
    "wake",
    "bed",
    "probiotic_use",
    *(declared.name for declared in DECLARED if declared.in_onboarding),
    "checkin_day",
    "checkin_time",
)
# Derived from FIELDS, for the rules that ask by name.
SETTINGS_FIELDS: Final = tuple(f.name for f in FIELDS if f.in_settings)
TYPED: Final = frozenset(f.name for f in FIELDS if f.reads in ("zone", "time"))
COLUMN: Final = {f.name: f.column for f in FIELDS if f.column is not None}
TIMES: Final = {f.name: f.times for f in FIELDS if f.reads == "time"}
CLOSED: Final = {
    f.name: frozenset(f.choices) for f in FIELDS if f.reads in ("choice", "use", "count", "day")
}
YES_NO: Final = {f.name: f.yes_no for f in FIELDS if f.yes_no is not None}
USUAL: Final = {f.name: f.usual for f in FIELDS if f.usual is not None}
# Asked in /settings only of a parent; and after a switch of "for whom", the probiotic again.
PARENT_ONLY: Final = frozenset(f.name for f in FIELDS if f.parent_only)
ASKED_IN_SETTINGS: Final[tuple[str, ...]] = (*SETTINGS_FIELDS, "probiotic_use")
# What a switch of "for whom" asks after the consent, in turn (docs/programme.md).
AFTER_SWITCH: Final[dict[str, tuple[str, ...]]] = {
    "parent": ("child_age", "bed", "probiotic_use"),
    "adult": ("bed", "probiotic_use"),
}


def child_age_changes(band: str) -> dict[str, object]:
    """What a child's age band switches off by default: for a baby, the kinds about food and
    drink (kinds.ReminderKind.for_baby)."""
    if not no_food_tips(band):
        return {}
    return {d.enabled_column: 0 for d in DECLARED if not d.for_baby}


def button_value_ok(field: str, value: str) -> bool:
    """Whether `set:<field>:<value>` is one the bot could have drawn: a known field, and a value
    from its closed list, a time as HHMM, or a time zone one may choose."""
    found = FIELD.get(field)
    if found is None:
        return False
    match found.reads:
        case "zone":
            return canonical_zone(value) == value
        case "pack":
            return value in {NO_PACK, *(str(n) for n in PACK_SIZES)}
        case "name":
            return value == NO_NAME
        case "time":
            return len(value) == 4 and value.isascii() and parse_time(value) is not None
    return value in found.choices


def error_key(field: str) -> str:
    """What was wrong with an answer a field cannot read (a message key)."""
    found = FIELD.get(field)
    return found.error if found is not None else "input.use_buttons"


def next_step(step: str, participant: Participant | None = None) -> str:
    """The onboarding question after `step`; the probiotic's time only for someone who takes
    (or wants to take) one."""
    index = STEPS.index(step)
    following = STEPS[index + 1] if index + 1 < len(STEPS) else "done"
    if (
        following == "probiotic"
        and participant is not None
        and not participant.enabled("probiotic")
    ):
        return next_step(following, participant)
    if following == "child_age" and participant is not None and not participant.for_child:
        return next_step(following, participant)
    return following


def current_value(participant: Participant, field: str) -> str:
    if field == "probiotic_use":  # asked again after a switch: "no" is the default then
        return "yes" if participant.enabled("probiotic") else "no"
    if field == "probiotic_pack":
        return str(participant.probiotic_pack or NO_PACK)
    if field == "probiotic_name":
        return participant.probiotic_name or NO_NAME
    if field in CHOSEN:
        return participant.time_of(field)
    return str(getattr(participant, COLUMN[field]))


def shown_value(participant: Participant, field: str) -> str:
    """A setting as the person is shown it: a kind's time as it is planned (a default in the
    sleep window, never chosen, comes in the waking day, and is shown so)."""
    if field in CHOSEN:
        return effective_time(participant, field)
    return current_value(participant, field)


def _options(participant: Participant, field: str) -> list[tuple[str, str]]:
    language = participant.language
    found = FIELD[field]
    if field == "language":
        # The language we guessed comes first, so the default is the first tap.
        codes = sorted(found.choices, key=lambda code: code != language)
        return [(t(code, "language.name"), code) for code in codes]
    match found.reads:
        case "choice" | "use" | "zone" | "count":
            child = participant.for_child
            return [
                (tc(language, found.label.format(value=v), child) if found.label else v, v)
                for v in found.choices
            ]
        case "day":
            return [(weekday_label(language, int(d)), d) for d in found.choices]
        case "pack":
            sizes = [(str(n), str(n)) for n in PACK_SIZES]
            return [*sizes, (t(language, "button.pack_none"), NO_PACK)]
        case "name":
            return [(t(language, "button.name_none"), NO_NAME)]
    times = list(CHILD_BED_TIMES if field == "bed" and participant.for_child else found.times)
    if field in ("wake", "bed") and current_value(participant, field) not in times:
        times.append(current_value(participant, field))  # e.g. after a switch of "for whom"
        times.sort(key=lambda at: (_minutes_of(at) - 12 * 60) % (24 * 60))
    if field in TIMED.values():  # only times in the waking day are offered, the current one too
        wake, bed = _hm(participant.wake), _hm(participant.bed)
        times = [at for at in times if not asleep_at(_hm(at), wake, bed)]
        current = shown_value(participant, field)
        if current not in times:
            times.append(current)
        start = _hm(participant.wake).hour * 60 + _hm(participant.wake).minute
        times.sort(key=lambda at: (_minutes_of(at) - start) % (24 * 60))
    return [(at, at.replace(":", "")) for at in times]


def typed_value(participant: Participant, field: str, text: str) -> str | None:
    """What a typed answer to a field's question stands for, as the value its button would
    carry: a button's own label, a yes or a no, a day's name, a number, a zone or a clock time
    as people type them. None when it is none of these."""
    found = match_label(text, _options(participant, field))
    if found is not None:
        return found
    asked = FIELD[field]
    yes_no = read_yes_no(text)
    if yes_no is not None and asked.yes_no is not None and yes_no in asked.yes_no:
        return asked.yes_no[yes_no]
    if field == "language" and fold(text) in asked.choices:
        return fold(text)
    match asked.reads:
        case "day":
            day = read_weekday(text)
            return str(day) if day is not None else None
        case "count":
            count = read_number(text)
            return str(count) if count is not None and str(count) in asked.choices else None
        case "zone":
            return parse_zone(text)
        case "pack":
            count = read_number(text)
            return str(count) if count is not None and 1 <= count <= MAX_PACK else None
        case "name":
            return probiotic_name(text)
        case "time":
            clock = read_clock(text)
            usual = asked.usual or "morning"
            return format_time(resolve(clock, usual)).replace(":", "") if clock else None
    return None


@dataclass(frozen=True)
class Prompt:
    """A question with its choices as (label, value); the current value is marked."""

    text: str
    choices: list[tuple[str, str]]
    per_row: int


def prompt(participant: Participant, field: str, *, onboarding: bool) -> Prompt:
    language = participant.language
    asked = FIELD[field]
    key = asked.prompt or f"onboarding.{field}"
    if asked.settings_prompt is not None and not onboarding:
        key = asked.settings_prompt
    current = shown_value(participant, field) if asked.column is not None else None
    choices = []
    for label, value in _options(participant, field):
        chosen = current is not None and value in (current, current.replace(":", ""))
        if chosen:
            label = (
                t(language, "button.default_choice", label=label) if onboarding else f"✓ {label}"
            )
        choices.append((label, value))
    child = participant.for_child
    text = (
        tc(language, key, child, terms=tc(language, "consent.terms", child))
        if field == "consent"
        else tc(language, key, child)
    )
    return Prompt(text, choices, asked.per_row)


@dataclass(frozen=True)
class Parsed:
    column: str
    value: str | int


def parse_answer(field: str, raw: str) -> Parsed | None:
    """A button value or typed text for a settable field, validated; None when it isn't valid."""
    asked = FIELD.get(field)
    if asked is None or asked.column is None:
        return None
    value: str | int | None = None
    match asked.reads:
        case "choice":
            value = raw if raw in asked.choices else None
        case "use":
            value = int(raw != "no") if raw in asked.choices else None
        case "zone":
            value = parse_zone(raw)
        case "count" | "day":
            value = _number(raw, int(asked.choices[0]), int(asked.choices[-1]))
        case "pack":
            value = _number(raw, 0, MAX_PACK)
        case "name":
            value = "" if raw == NO_NAME else probiotic_name(raw)
        case "time":
            at = parse_time(raw)
            value = format_time(at) if at else None
    return Parsed(asked.column, value) if value is not None else None


def probiotic_name(text: str) -> str | None:
    """A probiotic's name as typed: one line of printable text, at most NAME_MAX characters;
    None for nothing, or for a command."""
    name = " ".join("".join(ch for ch in text if ch.isprintable()).split())
    if not name or name.startswith("/") or len(name) > NAME_MAX:
        return None
    return name


def _number(raw: str, low: int, high: int) -> int | None:
    text = raw.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 3:
        return None
    return int(text) if low <= int(text) <= high else None


# The reminders with a time of their own, by kind, and the setting that holds it.
TIMED: Final[dict[str, str]] = {**{name: name for name in CHOSEN}, "checkin": "checkin_time"}


@dataclass(frozen=True)
class Change:
    """A new value for a setting, read and checked against the rest of the day: why it cannot
    be (a message key), or which reminders it would put in the sleep window."""

    field: str
    column: str
    value: str | int
    problem: str | None = None
    asleep: tuple[str, ...] = ()


def check_change(participant: Participant, field: str, raw: str) -> Change | None:
    """None when the answer cannot be read at all."""
    parsed = parse_answer(field, raw)
    if parsed is None:
        return None
    values = {name: current_value(participant, name) for name in ("wake", "bed", *TIMED.values())}
    if field in values:
        values[field] = str(parsed.value)
    wake, bed = _hm(values["wake"]), _hm(values["bed"])
    change = Change(field, parsed.column, parsed.value)
    if field in ("wake", "bed"):
        problem = day_problem(wake, bed)
        if problem is not None:
            return dataclasses.replace(change, problem=f"input.{problem}")
    if field not in ("wake", "bed", *TIMED.values()):
        return change
    # Only what would come: a reminder that is off is asked about when it is switched on.
    times = {
        kind: _hm(values[name])
        for kind, name in TIMED.items()
        if kind == "checkin" or participant.enabled(kind)  # type: ignore[arg-type]
    }
    kept = participant.quiet_ok
    if field in TIMED.values():  # choosing a time again is choosing where it goes
        kept -= {kind for kind, name in TIMED.items() if name == field}
    asleep = asleep_reminders(times, wake, bed, kept)
    return dataclasses.replace(change, asleep=tuple(asleep))


def moved_out_of_sleep(participant: Participant, change: Change) -> dict[str, str]:
    """The columns to write when the person lets the change move the reminders it would put
    in the sleep window to the nearest waking time."""
    values = {name: current_value(participant, name) for name in ("wake", "bed", *TIMED.values())}
    values[change.field] = str(change.value)
    wake, bed = _hm(values["wake"]), _hm(values["bed"])
    return {
        COLUMN[TIMED[kind]]: format_time(into_waking_hours(_hm(values[TIMED[kind]]), wake, bed))
        for kind in change.asleep
    }


def effective_time(participant: Participant, name: Kind) -> str:
    """A kind's chosen time as it is planned: out of the sleep window unless kept there."""
    kept = name in participant.quiet_ok
    at = _hm(participant.time_of(name))
    return format_time(planned_at(at, _hm(participant.wake), _hm(participant.bed), kept=kept))


def _hm(text: str) -> dtm.time:
    parsed = parse_time(text)
    assert parsed is not None
    return parsed


def schedule_lines(participant: Participant) -> str:
    """The daily rhythm in the participant's words, one reminder a line, in clock order."""
    language = participant.language
    settings = participant.reminder_settings()
    entries: list[tuple[int, str]] = []
    for declared in DECLARED:
        if not participant.enabled(declared.name):
            continue
        if declared.rule == "spread":
            times = [
                format_time(dtm.time((m // 60) % 24, m % 60))
                for m in hydration_times(settings.wake, settings.bed, settings.hydration_count)
            ]
            at = ", ".join(times)
            order = _minutes_of(times[0]) if times else 0
        elif declared.rule == "before_bed":
            order = winddown_minutes(settings.wake, settings.bed)
            at = format_time(winddown_time(settings.wake, settings.bed))
        else:
            at = shown_value(participant, declared.name)
            order = _minutes_of(at)
        label = t(language, f"kind.{declared.name}")
        entries.append((order, t(language, "schedule.line", at=at, label=label)))
    lines = [line for _, line in sorted(entries)]
    day = weekday(language, participant.checkin_day)
    lines.append(t(language, "schedule.checkin", day=day, at=participant.checkin_time))
    return "\n".join(lines)


def _minutes_of(hm: str) -> int:
    at = _hm(hm)
    return at.hour * 60 + at.minute


def _for_whom(participant: Participant) -> str:
    language = participant.language
    if not participant.for_child:
        return t(language, "for_whom.adult")
    if participant.child_age is None:
        return t(language, "for_whom.parent")
    age = t(language, f"button.child_age_{participant.child_age}").lower()
    return t(language, "for_whom.parent_aged", age=age)


def _probiotic_extra(participant: Participant) -> str:
    """The probiotic's name and pack in the overview, when the person gave them."""
    language = participant.language
    extra = ""
    if participant.probiotic_name:
        extra += t(language, "overview.probiotic_name", name=participant.probiotic_name)
    if participant.probiotic_pack:
        extra += t(language, "overview.probiotic_pack", pack=participant.probiotic_pack)
    return extra


def settings_fields(participant: Participant) -> tuple[str, ...]:
    """The settings the overview offers this person (a child's age only to a parent)."""
    return tuple(f for f in SETTINGS_FIELDS if participant.for_child or f not in PARENT_ONLY)


def overview_text(participant: Participant) -> str:
    """Every setting in one list, in the participant's words: a line per reminder kind."""
    language = participant.language
    settings = participant.reminder_settings()
    lines = [
        t(
            language,
            f"overview.kind.{declared.name}",
            at=(
                format_time(winddown_time(settings.wake, settings.bed))
                if declared.rule == "before_bed"
                else shown_value(participant, declared.name)
            ),
            number=participant.hydration_count,
            state=t(language, "state.on" if participant.enabled(declared.name) else "state.off"),
            extra=_probiotic_extra(participant) if declared.name == "probiotic" else "",
        )
        for declared in DECLARED
    ]
    return t(
        language,
        "settings.overview",
        for_whom=_for_whom(participant),
        language=t(language, "language.name"),
        timezone=participant.timezone,
        wake=participant.wake,
        bed=participant.bed,
        reminders="\n".join(lines),
        checkin_day=weekday(language, participant.checkin_day),
        checkin_time=participant.checkin_time,
    )
