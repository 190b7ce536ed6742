"""Times: reading what people type (clock times, zone names), showing a local time, and the
whole seconds since 1970 the database stores instants as."""

from __future__ import annotations

import datetime as dtm
import re
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

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


@lru_cache(maxsize=1)
def _zones_by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


def parse_zone(text: str) -> str | None:
    """An IANA zone name, forgiving case and spaces (`europe/amsterdam`, `America/Sao Paulo`)."""
    candidate = text.strip().replace(" ", "_").casefold()
    if not candidate:
        return None
    name = _zones_by_folded_name().get(candidate)
    if name is None:
        return None
    ZoneInfo(name)
    return name
