"""The choices a participant makes, asked the same way in onboarding and in /settings.

Each field has its choices, how to read a typed answer, and the participant column it fills.
The buttons themselves are drawn by `bot.keyboards`.
"""

from __future__ import annotations

import datetime as dtm
from dataclasses import dataclass
from typing import Final

from bot.programme.records import Participant
from bot.programme.schedule import KINDS, MAX_HYDRATION, hydration_times, winddown_time
from bot.programme.times import canonical_zone, format_time, parse_time, parse_zone
from messages import t
from messages.words import weekday, weekday_label

# The consent text's version, stored with each consent (the text itself is in messages/).
CONSENT_VERSION: Final = "2026-11-29.1"

# Onboarding asks these in order; the first four are answered with buttons only.
STEPS: Final[tuple[str, ...]] = (
    "language",
    "disclaimer",
    "age",
    "consent",
    "timezone",
    "wake",
    "bed",
    "probiotic",
    "fibre",
    "checkin_day",
    "checkin_time",
)
TYPED: Final[frozenset[str]] = frozenset(
    {"timezone", "wake", "bed", "probiotic", "fibre", "checkin_time"}
)
SETTINGS_FIELDS: Final[tuple[str, ...]] = (
    "language",
    "timezone",
    "wake",
    "bed",
    "probiotic",
    "fibre",
    "hydration",
    "checkin_day",
    "checkin_time",
)
COLUMN: Final[dict[str, str]] = {
    "language": "language",
    "timezone": "timezone",
    "wake": "wake",
    "bed": "bed",
    "probiotic": "probiotic_time",
    "fibre": "fibre_time",
    "hydration": "hydration_count",
    "checkin_day": "checkin_day",
    "checkin_time": "checkin_time",
}
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


# The values a choice button may carry for each field answered by buttons only.
CLOSED: Final[dict[str, frozenset[str]]] = {
    "language": frozenset({"nl", "en"}),
    "disclaimer": frozenset({"ok"}),
    "age": frozenset({"adult", "parent", "under"}),
    "consent": frozenset({"yes", "no"}),
    "hydration": frozenset(str(n) for n in range(1, MAX_HYDRATION + 1)),
    "checkin_day": frozenset(str(d) for d in range(7)),
}


def button_value_ok(field: str, value: str) -> bool:
    """Whether `set:<field>:<value>` is one the bot could have drawn: a known field, and a value
    from its closed list, a time as HHMM, or a time zone one may choose."""
    if field in CLOSED:
        return value in CLOSED[field]
    if field == "timezone":
        return canonical_zone(value) == value
    if field in TIMES:
        return len(value) == 4 and value.isascii() and parse_time(value) is not None
    return False


def next_step(step: str) -> str:
    index = STEPS.index(step)
    return STEPS[index + 1] if index + 1 < len(STEPS) else "done"


def current_value(participant: Participant, field: str) -> str:
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
    if field == "timezone":
        return [(zone.split("/")[-1].replace("_", " "), zone) for zone in ZONES]
    if field == "hydration":
        return [(str(n), str(n)) for n in range(1, MAX_HYDRATION + 1)]
    if field == "checkin_day":
        return [(weekday_label(language, d), str(d)) for d in range(7)]
    return [(at, at.replace(":", "")) for at in TIMES[field]]


@dataclass(frozen=True)
class Prompt:
    """A question with its choices as (label, value); the current value is marked."""

    text: str
    choices: list[tuple[str, str]]
    per_row: int


def prompt(participant: Participant, field: str, *, onboarding: bool) -> Prompt:
    language = participant.language
    key = {"hydration": "settings.hydration"}.get(field, f"onboarding.{field}")
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
    per_row = 2 if field in ("age", "consent", "timezone", "language") else 3
    if field in ("hydration", "checkin_day"):
        per_row = 4
    text = (
        t(language, key, terms=t(language, "consent.terms"))
        if field == "consent"
        else t(language, key)
    )
    return Prompt(text, choices, 1 if field == "age" else per_row)


@dataclass(frozen=True)
class Parsed:
    column: str
    value: str | int


def parse_answer(field: str, raw: str) -> Parsed | None:
    """A button value or typed text for a settable field, validated; None when it isn't valid."""
    if field == "language":
        return Parsed("language", raw) if raw in ("nl", "en") else None
    if field == "timezone":
        zone = parse_zone(raw)
        return Parsed("timezone", zone) if zone else None
    if field == "hydration":
        if raw.strip().isdigit() and 1 <= int(raw) <= MAX_HYDRATION:
            return Parsed("hydration_count", int(raw))
        return None
    if field == "checkin_day":
        if raw.strip().isdigit() and 0 <= int(raw) <= 6:
            return Parsed("checkin_day", int(raw))
        return None
    if field in TIMES:
        at = parse_time(raw)
        return Parsed(COLUMN[field], format_time(at)) if at else None
    return None


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
        language=t(language, "language.name"),
        timezone=participant.timezone,
        wake=participant.wake,
        bed=participant.bed,
        probiotic=participant.probiotic_time,
        fibre=participant.fibre_time,
        hydration_count=participant.hydration_count,
        winddown=format_time(winddown_time(settings.bed)),
        checkin_day=weekday(language, participant.checkin_day),
        checkin_time=participant.checkin_time,
        **states,
    )
