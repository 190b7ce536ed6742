"""The choices a participant makes, asked the same way in onboarding and in /settings.

Each field has its choices, how to read a typed answer, and the participant column it fills.
The buttons themselves are drawn by `bot.keyboards`.
"""

from __future__ import annotations

import dataclasses
import datetime as dtm
from dataclasses import dataclass
from typing import Final

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
from bot.programme.records import Participant
from bot.programme.schedule import (
    KINDS,
    MAX_HYDRATION,
    asleep_at,
    asleep_reminders,
    day_problem,
    hydration_times,
    into_waking_hours,
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
    "probiotic",
    "fibre",
    "checkin_day",
    "checkin_time",
)
TYPED: Final[frozenset[str]] = frozenset(
    {"timezone", "wake", "bed", "probiotic", "fibre", "checkin_time"}
)
SETTINGS_FIELDS: Final[tuple[str, ...]] = (
    "for_whom",
    "child_age",
    "language",
    "timezone",
    "wake",
    "bed",
    "probiotic",
    "probiotic_name",
    "probiotic_pack",
    "fibre",
    "hydration",
    "checkin_day",
    "checkin_time",
)
# Asked in /settings only of a parent; and after a switch of "for whom", the probiotic again.
PARENT_ONLY: Final = frozenset({"child_age"})
ASKED_IN_SETTINGS: Final[tuple[str, ...]] = (*SETTINGS_FIELDS, "probiotic_use")
# What a switch of "for whom" asks after the consent, in turn (docs/programme.md).
AFTER_SWITCH: Final[dict[str, tuple[str, ...]]] = {
    "parent": ("child_age", "bed", "probiotic_use"),
    "adult": ("bed", "probiotic_use"),
}


def child_age_changes(band: str) -> dict[str, object]:
    """What a child's age band switches off by default: for a baby, water and fibre."""
    return {"hydration_on": 0, "fibre_on": 0} if no_food_tips(band) else {}


COLUMN: Final[dict[str, str]] = {
    "for_whom": "age_group",
    "child_age": "child_age",
    "probiotic_use": "probiotic_on",
    "language": "language",
    "timezone": "timezone",
    "wake": "wake",
    "bed": "bed",
    "probiotic": "probiotic_time",
    "fibre": "fibre_time",
    "hydration": "hydration_count",
    "checkin_day": "checkin_day",
    "checkin_time": "checkin_time",
    "probiotic_name": "probiotic_name",
    "probiotic_pack": "probiotic_pack",
}
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
TIMES: Final[dict[str, tuple[str, ...]]] = {
    "wake": ("06:00", "06:30", "07:00", "07:30", "08:00", "08:30"),
    "bed": ("21:30", "22:00", "22:30", "23:00", "23:30", "00:00"),
    "probiotic": ("07:00", "07:30", "08:00", "08:30", "09:00", "12:30"),
    "fibre": ("16:30", "17:00", "17:30", "18:00", "18:30", "19:00"),
    "checkin_time": ("09:00", "12:00", "18:00", "19:00", "20:00", "21:00"),
}
# A parent's day follows their child's: the child's bedtime, when the wind-down comes.
CHILD_BED_TIMES: Final[tuple[str, ...]] = ("18:30", "19:00", "19:30", "20:00", "20:30", "21:00")
CHILD_BED_DEFAULT: Final = "19:30"
# Whether the person takes a probiotic: "yes", "start" (wants to), "no" (its reminder is off).
PROBIOTIC_USE: Final[tuple[str, ...]] = ("yes", "start", "no")


# The values a choice button may carry for each field answered by buttons only.
CLOSED: Final[dict[str, frozenset[str]]] = {
    "language": frozenset({"nl", "en"}),
    "disclaimer": frozenset({"ok"}),
    "age": frozenset({"adult", "parent", "under"}),
    "for_whom": frozenset({"adult", "parent"}),
    "consent": frozenset({"yes", "no"}),
    "probiotic_use": frozenset(PROBIOTIC_USE),
    "child_age": frozenset(AGE_BANDS),
    "hydration": frozenset(str(n) for n in range(1, MAX_HYDRATION + 1)),
    "checkin_day": frozenset(str(d) for d in range(7)),
}


# A yes or a no typed at a question whose buttons mean yes and no.
YES_NO: Final[dict[str, dict[bool, str]]] = {
    "disclaimer": {True: "ok"},
    "consent": {True: "yes", False: "no"},
    "probiotic_use": {True: "yes", False: "no"},
}
# The half of the day a time typed without am or pm means, per question.
USUAL: Final[dict[str, Usual]] = {
    "wake": "morning",
    "probiotic": "morning",
    "bed": "bedtime",
    "fibre": "evening",
    "checkin_time": "evening",
}


def button_value_ok(field: str, value: str) -> bool:
    """Whether `set:<field>:<value>` is one the bot could have drawn: a known field, and a value
    from its closed list, a time as HHMM, or a time zone one may choose."""
    if field in CLOSED:
        return value in CLOSED[field]
    if field == "timezone":
        return canonical_zone(value) == value
    if field == "probiotic_pack":
        return value in {NO_PACK, *(str(n) for n in PACK_SIZES)}
    if field == "probiotic_name":
        return value == NO_NAME
    if field in TIMES:
        return len(value) == 4 and value.isascii() and parse_time(value) is not None
    return False


def error_key(field: str) -> str:
    """What was wrong with an answer a field cannot read (a message key)."""
    if field == "timezone":
        return "input.bad_zone"
    if field in TYPED:
        return "input.bad_time"
    if field == "checkin_day":
        return "input.bad_day"
    if field == "hydration":
        return "input.bad_count"
    if field == "probiotic_pack":
        return "input.bad_pack"
    if field == "probiotic_name":
        return "input.bad_name"
    return "input.use_buttons"


def next_step(step: str, participant: Participant | None = None) -> str:
    """The onboarding question after `step`; the probiotic's time only for someone who takes
    (or wants to take) one."""
    index = STEPS.index(step)
    following = STEPS[index + 1] if index + 1 < len(STEPS) else "done"
    if following == "probiotic" and participant is not None and not participant.probiotic_on:
        return next_step(following, participant)
    if following == "child_age" and participant is not None and not participant.for_child:
        return next_step(following, participant)
    return following


def current_value(participant: Participant, field: str) -> str:
    if field == "probiotic_use":  # asked again after a switch: "no" is the default then
        return "yes" if participant.probiotic_on else "no"
    if field == "probiotic_pack":
        return str(participant.probiotic_pack or NO_PACK)
    if field == "probiotic_name":
        return participant.probiotic_name or NO_NAME
    return str(getattr(participant, COLUMN[field]))


def _options(participant: Participant, field: str) -> list[tuple[str, str]]:
    language = participant.language
    if field == "language":
        # The language we guessed comes first, so the default is the first tap.
        codes = sorted(("nl", "en"), key=lambda code: code != language)
        return [(t(code, "language.name"), code) for code in codes]
    if field == "disclaimer":
        return [(t(language, "button.understood"), "ok")]
    if field == "age":
        return [(t(language, f"button.age_{v}"), v) for v in ("adult", "parent", "under")]
    if field == "consent":
        return [(t(language, f"button.consent_{v}"), v) for v in ("yes", "no")]
    if field == "for_whom":
        return [(t(language, f"button.for_whom_{v}"), v) for v in ("adult", "parent")]
    if field == "child_age":
        return [(t(language, f"button.child_age_{band}"), band) for band in AGE_BANDS]
    if field == "probiotic_use":
        child = participant.for_child
        return [(tc(language, f"button.probiotic_{v}", child), v) for v in PROBIOTIC_USE]
    if field == "timezone":
        return [(t(language, f"zone.{zone}"), zone) for zone in ZONES]
    if field == "hydration":
        return [(str(n), str(n)) for n in range(1, MAX_HYDRATION + 1)]
    if field == "checkin_day":
        return [(weekday_label(language, d), str(d)) for d in range(7)]
    if field == "probiotic_pack":
        sizes = [(str(n), str(n)) for n in PACK_SIZES]
        return [*sizes, (t(language, "button.pack_none"), NO_PACK)]
    if field == "probiotic_name":
        return [(t(language, "button.name_none"), NO_NAME)]
    times = list(CHILD_BED_TIMES if field == "bed" and participant.for_child else TIMES[field])
    if field in ("wake", "bed") and current_value(participant, field) not in times:
        times.append(current_value(participant, field))  # e.g. after a switch of "for whom"
        times.sort(key=lambda at: (_minutes_of(at) - 12 * 60) % (24 * 60))
    if field in TIMED.values():  # only times in the waking day are offered, the current one too
        wake, bed = _hm(participant.wake), _hm(participant.bed)
        times = [at for at in times if not asleep_at(_hm(at), wake, bed)]
        current = current_value(participant, field)
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
    yes_no = read_yes_no(text)
    if yes_no is not None and yes_no in YES_NO.get(field, {}):
        return YES_NO[field][yes_no]
    if field == "language" and fold(text) in ("nl", "en"):
        return fold(text)
    if field == "checkin_day":
        day = read_weekday(text)
        return str(day) if day is not None else None
    if field == "hydration":
        count = read_number(text)
        return str(count) if count is not None and 1 <= count <= MAX_HYDRATION else None
    if field == "timezone":
        return parse_zone(text)
    if field == "probiotic_pack":
        count = read_number(text)
        return str(count) if count is not None and 1 <= count <= MAX_PACK else None
    if field == "probiotic_name":
        return probiotic_name(text)
    if field in TIMES:
        clock = read_clock(text)
        return format_time(resolve(clock, USUAL[field])).replace(":", "") if clock else None
    return None


@dataclass(frozen=True)
class Prompt:
    """A question with its choices as (label, value); the current value is marked."""

    text: str
    choices: list[tuple[str, str]]
    per_row: int


def prompt(participant: Participant, field: str, *, onboarding: bool) -> Prompt:
    language = participant.language
    key = {
        "hydration": "settings.hydration",
        "for_whom": "settings.for_whom",
        "probiotic_pack": "settings.probiotic_pack",
        "probiotic_name": "settings.probiotic_name",
    }.get(field, f"onboarding.{field}")
    if field == "language" and not onboarding:
        key = "settings.language"
    current = current_value(participant, field) if field in COLUMN else None
    choices = []
    for label, value in _options(participant, field):
        chosen = current is not None and value in (current, current.replace(":", ""))
        if chosen:
            label = (
                t(language, "button.default_choice", label=label) if onboarding else f"✓ {label}"
            )
        choices.append((label, value))
    per_row = (
        2 if field in ("age", "consent", "timezone", "language", "for_whom", "child_age") else 3
    )
    if field in ("hydration", "checkin_day"):
        per_row = 4
    child = participant.for_child
    text = (
        tc(language, key, child, terms=tc(language, "consent.terms", child))
        if field == "consent"
        else tc(language, key, child)
    )
    return Prompt(text, choices, 1 if field in ("age", "probiotic_use") else per_row)


@dataclass(frozen=True)
class Parsed:
    column: str
    value: str | int


def parse_answer(field: str, raw: str) -> Parsed | None:
    """A button value or typed text for a settable field, validated; None when it isn't valid."""
    if field == "language":
        return Parsed("language", raw) if raw in ("nl", "en") else None
    if field == "for_whom":
        return Parsed("age_group", raw) if raw in CLOSED["for_whom"] else None
    if field == "child_age":
        return Parsed("child_age", raw) if raw in CLOSED["child_age"] else None
    if field == "probiotic_use":
        return Parsed("probiotic_on", int(raw != "no")) if raw in PROBIOTIC_USE else None
    if field == "timezone":
        zone = parse_zone(raw)
        return Parsed("timezone", zone) if zone else None
    if field == "hydration":
        count = _number(raw, 1, MAX_HYDRATION)
        return Parsed("hydration_count", count) if count is not None else None
    if field == "checkin_day":
        day = _number(raw, 0, 6)
        return Parsed("checkin_day", day) if day is not None else None
    if field == "probiotic_pack":
        size = _number(raw, 0, MAX_PACK)
        return Parsed("probiotic_pack", size) if size is not None else None
    if field == "probiotic_name":
        name = "" if raw == NO_NAME else probiotic_name(raw)
        return Parsed("probiotic_name", name) if name is not None else None
    if field in TIMES:
        at = parse_time(raw)
        return Parsed(COLUMN[field], format_time(at)) if at else None
    return None


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
TIMED: Final[dict[str, str]] = {
    "probiotic": "probiotic",
    "fibre": "fibre",
    "checkin": "checkin_time",
}


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
    times = {kind: _hm(values[name]) for kind, name in TIMED.items()}
    kept = frozenset(kind for kind in participant.quiet_ok.split(",") if kind)
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


def _hm(text: str) -> dtm.time:
    parsed = parse_time(text)
    assert parsed is not None
    return parsed


def schedule_lines(participant: Participant) -> str:
    """The daily rhythm in the participant's words, one reminder a line, in clock order."""
    language = participant.language
    settings = participant.reminder_settings()
    entries: list[tuple[int, str]] = []
    for kind in KINDS:
        if not participant.enabled(kind):
            continue
        if kind == "hydration":
            times = [
                format_time(dtm.time((m // 60) % 24, m % 60))
                for m in hydration_times(settings.wake, settings.bed, settings.hydration_count)
            ]
            at = ", ".join(times)
            order = _minutes_of(times[0]) if times else 0
        elif kind == "winddown":
            at = format_time(winddown_time(settings.bed))
            order = _minutes_of(at) + (24 * 60 if settings.bed < settings.wake else 0)
        else:
            at = current_value(participant, kind)
            order = _minutes_of(at)
        entries.append(
            (order, t(language, "schedule.line", at=at, label=t(language, f"kind.{kind}")))
        )
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
    """Every setting in one list, in the participant's words."""
    language = participant.language
    settings = participant.reminder_settings()
    states = {
        f"{kind}_state": t(language, "state.on" if participant.enabled(kind) else "state.off")
        for kind in KINDS
    }
    return t(
        language,
        "settings.overview",
        for_whom=_for_whom(participant),
        language=t(language, "language.name"),
        timezone=participant.timezone,
        wake=participant.wake,
        bed=participant.bed,
        probiotic=participant.probiotic_time,
        probiotic_extra=_probiotic_extra(participant),
        fibre=participant.fibre_time,
        hydration_count=participant.hydration_count,
        winddown=format_time(winddown_time(settings.bed)),
        checkin_day=weekday(language, participant.checkin_day),
        checkin_time=participant.checkin_time,
        **states,
    )
