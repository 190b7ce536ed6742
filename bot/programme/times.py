"""Times: reading what people type (clock times, zone names), showing a local time, and the
whole seconds since 1970 the database stores instants as."""

from __future__ import annotations

import datetime as dtm
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final
from zoneinfo import ZoneInfo

_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h ]?(\d{2}))?\s*(?:u|uur|h)?\s*$", re.IGNORECASE | re.ASCII)


def parse_time(text: str) -> dtm.time | None:
    """`07:30`, `7.30`, `0730`, `730`, `7` and `7u` all mean half past seven / seven o'clock."""
    match = _TIME.match(text)
    if not match:
        return None
    hours_text, minutes_text = match.groups()
    if minutes_text is None and len(hours_text) > 2:
        return None
    hours, minutes = int(hours_text), int(minutes_text or 0)
    if hours == 24 and minutes == 0:
        hours = 0
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        return None
    return dtm.time(hours, minutes)


def format_time(at: dtm.time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def local_hm(instant: dtm.datetime, zone: str) -> str:
    """ "07:30": an instant on the participant's wall clock."""
    return instant.astimezone(ZoneInfo(zone)).strftime("%H:%M")


def epoch(instant: dtm.datetime) -> int:
    return int(instant.timestamp())


def from_epoch(seconds: int) -> dtm.datetime:
    return dtm.datetime.fromtimestamp(seconds, dtm.UTC)


# Zones tzdata removed altogether (not even kept as a link), with the zone that took over.
REMOVED_ZONES: Final[dict[str, str]] = {
    "US/Pacific-New": "America/Los_Angeles",  # removed in 2020b
    "Canada/East-Saskatchewan": "America/Regina",  # removed in 2017c
}


@dataclass(frozen=True)
class _Zones:
    canonical: frozenset[str]  # what a person may choose
    successor: dict[str, str]  # a legacy or removed name -> its canonical zone
    folded: dict[str, str]  # casefolded name (canonical or legacy) -> canonical zone
    cities: dict[str, str]  # casefolded last part of a zone's name ("new_york") -> the zone


@lru_cache(maxsize=1)
def _zones() -> _Zones:
    """The zones people choose from: IANA's zone.tab, one per region of a country (it keeps
    Europe/Amsterdam and America/Curacao, which tzdata itself now links to other zones), plus
    Etc/UTC. Legacy names (`US/Pacific`, `Asia/Calcutta`) come from tzdata.zi's links; names
    tzdata dropped altogether from REMOVED_ZONES. Read once from the tzdata package."""
    root = resources.files("tzdata") / "zoneinfo"
    canonical = {"Etc/UTC"}
    for line in (root / "zone.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            canonical.add(line.split("\t")[2])
    successor = dict(REMOVED_ZONES)
    for line in (root / "tzdata.zi").read_text(encoding="utf-8").splitlines():
        if line.startswith("L "):
            _, target, alias = line.split()
            if alias not in canonical and target in canonical:
                successor[alias] = target
    folded = {name.casefold(): successor[name] for name in successor}
    folded |= {name.casefold(): name for name in canonical}
    by_city: dict[str, set[str]] = {}
    for name in canonical:
        by_city.setdefault(name.rsplit("/", 1)[-1].casefold(), set()).add(name)
    cities = {city: names.pop() for city, names in by_city.items() if len(names) == 1}
    return _Zones(frozenset(canonical), successor, folded, cities)


def canonical_zone(name: str) -> str | None:
    """The zone to store for a stored or chosen name: itself if canonical, its successor if
    legacy or removed, None when there is none (`localtime`, `Factory`, made up)."""
    zones = _zones()
    if name in zones.canonical:
        return name
    return zones.successor.get(name)


def parse_zone(text: str) -> str | None:
    """A time zone as typed, forgiving case and spaces (`europe/amsterdam`, `America/Sao
    Paulo`), or by its city alone (`Berlin`, `new york`); a legacy name (`US/Pacific`) gives
    its canonical zone."""
    candidate = text.strip().replace(" ", "_").casefold()
    if not candidate:
        return None
    zones = _zones()
    name = zones.folded.get(candidate) or zones.cities.get(candidate)
    if name is None:
        return None
    ZoneInfo(name)
    return name
