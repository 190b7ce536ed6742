"""/treatment (/behandeling): what the person (or their child) uses, in their own words.

A short list: the name as typed, what it is for (skin, gut, other), since when, and when it
stopped. The bot keeps it and shows it back (and on the doctor's page and in /export); it
never comments on a treatment, a dose or stopping one. Pure: the rules and the reading of a
typed date, no storage and no clock.
"""

from __future__ import annotations

import datetime as dtm
import re
from dataclasses import dataclass
from typing import Final, Literal, get_args

Purpose = Literal["skin", "gut", "other"]
PURPOSES: Final[tuple[Purpose, ...]] = get_args(Purpose)
MAX_ACTIVE: Final = 10  # a short list: what is in use now
NAME_MAX: Final = 60  # characters of a name kept (a name, not a note)


@dataclass(frozen=True)
class TreatmentRow:
    id: int
    name: str
    purpose: Purpose | None  # None: still being added (the person has not picked yet)
    since: dtm.date
    stopped: dtm.date | None
    about: str  # "self", or "child" when a parent added it for their child
    daily: bool = False  # the evening message asks "used it today?"

    @property
    def active(self) -> bool:
        return self.stopped is None


@dataclass(frozen=True)
class UseCount:
    """The evenings a treatment was ticked as used (under the evening message): how many, the
    first and the last."""

    evenings: int
    first: dtm.date
    last: dtm.date


def read_name(text: str) -> str | None:
    """A name as typed, tidied (one line, spaces collapsed, at most NAME_MAX), or None when
    nothing is left."""
    name = " ".join(text.split())[:NAME_MAX].strip()
    return name or None


def purpose_of(value: str | None) -> Purpose | None:
    for purpose in PURPOSES:
        if value == purpose:
            return purpose
    return None


_MONTHS: Final[dict[str, int]] = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "january", "jan"),
            ("februari", "february", "feb"),
            ("maart", "march", "mrt", "mar", "maa"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("augustus", "august", "aug"),
            ("september", "sept", "sep"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_TODAY: Final = frozenset({"vandaag", "today", "nu", "now"})
_YESTERDAY: Final = frozenset({"gisteren", "yesterday"})
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:e|st|nd|rd|th)?\s+([a-z]+)\.?(?:\s+(\d{4}))?")
_MONTH_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:e|st|nd|rd|th)?(?:\s+(\d{4}))?")
_MONTH_YEAR = re.compile(r"([a-z]+)\.?\s+(\d{4})")


def _day(year: int | None, month: int, day: int, today: dtm.date) -> dtm.date | None:
    """The date; without a year, the last such date up to today."""
    try:
        if year is not None:
            return dtm.date(year, month, day)
        found = dtm.date(today.year, month, day)
        return found if found <= today else dtm.date(today.year - 1, month, day)
    except ValueError:
        return None


def read_since(text: str, today: dtm.date, calendar: dtm.date | None = None) -> dtm.date | None:
    """A typed "since when" (nl or en): "vandaag", "gisteren", "12 november", "nov 12",
    "12-11-2026", "2026-11-12", "maart 2025" (its first day); None for anything else, or a
    date still to come. "Vandaag" is the person's day (`today`); a date is read against the
    calendar's (`calendar`, the same unless a night owl's evening goes on past midnight)."""
    latest = calendar or today
    words = " ".join(text.lower().replace(",", " ").split())
    found: dtm.date | None = None
    if words in _TODAY:
        found = today
    elif words in _YESTERDAY:
        found = today - dtm.timedelta(days=1)
    elif m := _ISO.fullmatch(words):
        found = _day(int(m[1]), int(m[2]), int(m[3]), latest)
    elif m := _NUMERIC.fullmatch(words):  # day first, as in the Netherlands
        year = None if m[3] is None else int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        found = _day(year, int(m[2]), int(m[1]), latest)
    elif (m := _DAY_MONTH.fullmatch(words)) and m[2] in _MONTHS:
        found = _day(None if m[3] is None else int(m[3]), _MONTHS[m[2]], int(m[1]), latest)
    elif (m := _MONTH_DAY.fullmatch(words)) and m[1] in _MONTHS:
        found = _day(None if m[3] is None else int(m[3]), _MONTHS[m[1]], int(m[2]), latest)
    elif (m := _MONTH_YEAR.fullmatch(words)) and m[1] in _MONTHS:
        found = _day(int(m[2]), _MONTHS[m[1]], 1, latest)
    elif words in _MONTHS:  # a month alone: its first day, the last one up to today
        found = _day(None, _MONTHS[words], 1, latest)
    if found is None or found > latest or found.year < 1900:
        return None
    return found


def asked_in_evening(
    treatments: list[TreatmentRow], about: str, day: dtm.date
) -> list[TreatmentRow]:
    """The ones the evening message of `day` asks about: marked daily, in use, begun."""
    return [x for x in shown(treatments, about) if x.daily and x.active and x.since <= day]


def shown(treatments: list[TreatmentRow], about: str) -> list[TreatmentRow]:
    """The list as shown: the ones about this person (or child), complete, active first,
    then by start date."""
    mine = [x for x in treatments if x.about == about and x.purpose is not None]
    return sorted(mine, key=lambda x: (not x.active, x.since, x.id))
