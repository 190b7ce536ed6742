"""Reading a typed answer the way people type it: one parser per kind of answer, nl and en.

- a button's own label, typed (any case, with or without accents or punctuation): `match_label`
- yes or no ("ja", "nee", "yes", "no", ...): `read_yes_no`
- a day of the week ("zondag", "zo", "Sunday", "sun"): `read_weekday`
- a clock time ("07:30", "7.30", "0730", "8am", "8:30 pm", "8 uur", "half 9", "kwart voor 7",
  "middernacht", "noon"): `read_clock`, then `resolve` for a time without am or pm
- a number, with or without its unit ("3", "3 dagen", "7 hours"): `read_number`

Pure functions of the text; what a question makes of the value is the question's business.
"""

from __future__ import annotations

import datetime as dtm
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal, TypeVar

from bot.programme.instruments import ITCH_MAX
from messages import LANGUAGES
from messages.words import day_names

V = TypeVar("V")


def fold(text: str) -> str:
    """What is left of typed text to compare: lower case, no accents, words of letters and
    digits separated by one space ("✓ Curaçao" -> "curacao", "1–2 dagen" -> "1 2 dagen")."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.findall(r"[^\W_]+", plain))


def match_label(text: str, choices: Sequence[tuple[str, V]]) -> V | None:
    """The value of the one choice whose label was typed: the whole label, or its first
    words ("later" for "Later, om 10:30", "ja" for "Ja, ik geef toestemming"; words, not
    numbers). None when no label, or more than one, fits."""
    typed = fold(text)
    if not typed:
        return None
    exact = [value for label, value in choices if fold(label) == typed]
    if exact:
        return exact[0] if len(exact) == 1 else None
    if not any(ch.isalpha() for ch in typed):  # "12" is noon, not the start of "12:30"
        return None
    words = typed.split()
    starts = [value for label, value in choices if fold(label).split()[: len(words)] == words]
    return starts[0] if len(starts) == 1 else None


YES: Final = frozenset(
    {"ja", "jawel", "jazeker", "zeker", "graag", "prima", "akkoord", "goed", "oke", "ok", "okay"}
    | {"j", "y", "yes", "yeah", "yep", "yup", "sure", "begrepen", "understood"}
)
NO: Final = frozenset({"nee", "neen", "niet", "liever niet", "n", "no", "nope", "nah", "not now"})


def read_yes_no(text: str) -> bool | None:
    typed = fold(text)
    if typed in YES:
        return True
    if typed in NO:
        return False
    return None


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    """Every name of a weekday, folded, in both languages: wide and abbreviated (0 = Monday)."""
    names: dict[str, int] = {}
    for language in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for index, name in day_names(language, width).items():
                names[fold(name)] = index
    return names


def read_weekday(text: str) -> int | None:
    """0 (Monday) to 6 (Sunday), from a day's name or its start (at least three letters)."""
    typed = fold(text)
    names = _weekdays()
    if typed in names:
        return names[typed]
    if len(typed) >= 3:
        found = {index for name, index in names.items() if name.startswith(typed)}
        if len(found) == 1:
            return found.pop()
    return None


_UNITS: Final = r"(?:dagen|dag|days?|nachten|nacht|nights?|uur|uren|hours?|u|h|keer|times|x)"
_NUMBER: Final = re.compile(rf"^(\d{{1,3}})(?:\s*{_UNITS})?$")


def read_number(text: str) -> int | None:
    """A whole number typed on its own or with its unit ("3", "3 dagen", "7 hours"); never
    a negative one."""
    if "-" in text or "−" in text:
        return None
    match = _NUMBER.match(fold(text))
    return int(match.group(1)) if match else None


Half = Literal["am", "pm", "evening", "night"]


@dataclass(frozen=True)
class Clock:
    """A clock time as typed. `ambiguous`: said the 12-hour way without saying which half of
    the day ("8 uur", "half 9"): `time` is then the morning's reading."""

    time: dtm.time
    ambiguous: bool = False


# Words that say which half of the day: "'s avonds" and "'s nachts" (and "at night") are
# evening hours, but twelve is midnight, and "2 uur 's nachts" is after it.
_HALVES: Final[tuple[tuple[str, Half], ...]] = (
    *((word, "am") for word in ("am", "a m", "in the morning", "s ochtends", "s morgens")),
    *((word, "am") for word in ("in de ochtend",)),
    *((word, "pm") for word in ("pm", "p m", "in the afternoon", "s middags", "in de middag")),
    *((word, "evening") for word in ("in the evening", "s avonds", "in de avond")),
    *((word, "night") for word in ("at night", "s nachts", "in de nacht")),
)
_NOON: Final = frozenset({"noon", "midday", "12 noon", "middag", "12 uur s middags"})
_MIDNIGHT: Final = frozenset({"midnight", "middernacht", "12 midnight"})
_UNIT: Final = r"(?:\s*(?:u|uur|h))?"
_DIGITS: Final = re.compile(rf"^(\d{{1,2}})\s*[:.hu ]\s*(\d{{2}}){_UNIT}$")
_COMPACT: Final = re.compile(rf"^(\d{{1,2}})(\d{{2}}){_UNIT}$")
_HOUR: Final = re.compile(r"^(\d{1,2})\s*(?:u|uur|h|o\s?clock)?$")
_DUTCH: Final = re.compile(r"^(half|kwart over|kwart voor)\s+(\d{1,2})(?:\s*uur)?$")


def read_clock(text: str) -> Clock | None:
    """A time of day as people type it, in Dutch or English; None when it is not one."""
    raw = unicodedata.normalize("NFKC", text).casefold().strip().replace("’", "'")
    spoken = fold(raw)
    if spoken in _NOON:
        return Clock(dtm.time(12, 0))
    if spoken in _MIDNIGHT:
        return Clock(dtm.time(0, 0))
    for word, half in _HALVES:
        if spoken.endswith(" " + word) or (spoken.endswith(word) and spoken[:1].isdigit()):
            return _twelve_hour(spoken[: -len(word)].strip(), raw, half)
    compact = _COMPACT.match(raw)
    digits = _DIGITS.match(raw)
    if compact or digits:  # written the 24-hour way: taken as written
        hours, minutes = (compact or digits).groups()  # type: ignore[union-attr]
        return _valid(int(hours), int(minutes))
    return _spoken(spoken)


def _valid(hours: int, minutes: int, ambiguous: bool = False) -> Clock | None:
    if hours == 24 and minutes == 0:
        hours = 0
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        return None
    return Clock(dtm.time(hours, minutes), ambiguous and 1 <= hours <= 12)


def _spoken(spoken: str) -> Clock | None:
    """ "8 uur", "8", "half 9", "kwart voor 7": the 12-hour way, half of the day unsaid."""
    dutch = _DUTCH.match(spoken)
    if dutch:
        word, hour = dutch.group(1), int(dutch.group(2))
        if not 1 <= hour <= 24:
            return None
        minutes = {"half": -30, "kwart over": 15, "kwart voor": -15}[word]
        total = (hour * 60 + minutes) % (24 * 60)
        hours, rest = divmod(total, 60)
        return _valid(hours or 12 if hour <= 12 else hours, rest, ambiguous=hour <= 12)
    bare = _HOUR.match(spoken)
    if bare:
        hour = int(bare.group(1))
        return _valid(hour, 0, ambiguous=1 <= hour <= 12)
    return None


def _twelve_hour(spoken: str, raw: str, half: Half) -> Clock | None:
    """ "8", "8:30", "830" or a Dutch form, with the half of the day said: the 12-hour clock."""
    numbers = re.findall(r"\d+", raw)
    reading = _spoken(spoken)
    if reading is not None:
        hours, minutes = reading.time.hour, reading.time.minute
    elif len(numbers) == 2 and len(numbers[1]) == 2:
        hours, minutes = int(numbers[0]), int(numbers[1])
    elif len(numbers) == 1 and len(numbers[0]) in (3, 4):
        hours, minutes = divmod(int(numbers[0]), 100)
    else:
        return None
    if not (1 <= hours <= 12 and 0 <= minutes <= 59):
        return None
    twelve = hours % 12  # 0 for twelve o'clock
    if half == "am":
        hours = twelve
    elif half == "pm":
        hours = twelve + 12
    elif half == "evening":
        hours = twelve + 12 if twelve else 0
    else:  # the night: late evening, midnight, and the small hours
        hours = twelve + 12 if twelve >= 6 else twelve
    return Clock(dtm.time(hours, minutes))


# Which half of the day a time said without am or pm most likely means, per question: the
# morning for getting up and the probiotic, the evening for fibre, bedtime and the check-in.
Usual = Literal["morning", "evening", "bedtime"]


def resolve(clock: Clock, usual: Usual) -> dtm.time:
    """The time a reading stands for at a question where `usual` is the likely half of the day:
    "half 11" is 22:30 at bedtime, "8" is 20:00 for the check-in, "8" is 08:00 to get up."""
    at = clock.time
    if not clock.ambiguous:
        return at
    twelve = at.hour % 12 or 12  # 1..12 on the 12-hour clock
    if usual == "morning":
        hours = 12 if twelve == 12 else twelve
    elif usual == "bedtime":  # after midnight up to 05:59, else in the evening
        hours = twelve % 12 if twelve <= 5 or twelve == 12 else twelve + 12
    else:
        hours = 12 if twelve == 12 else twelve + 12
    return dtm.time(hours, at.minute)


# /itch's words for the day, in both languages whatever the person's (people mix them).
ITCH_DAYS: Final[dict[str, int]] = {"vandaag": 0, "today": 0, "gisteren": 1, "yesterday": 1}


def read_itch_command(args: Sequence[str]) -> tuple[int, int | None] | None:
    """/itch's arguments: (days back, score or None) from "", "4", "gisteren", "yesterday 4",
    "4 gisteren"; None for anything else (a score outside 0-10, two days, other words)."""
    typed = " ".join(args)
    if "-" in typed or "−" in typed:
        return None  # a negative score, which folding would turn into a positive one
    days_back: int | None = None
    score: int | None = None
    for word in fold(typed).split():
        if word in ITCH_DAYS and days_back is None:
            days_back = ITCH_DAYS[word]
        elif word.isdigit() and score is None and int(word) <= ITCH_MAX:
            score = int(word)
        else:
            return None
    return (days_back or 0, score)
