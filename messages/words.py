"""Words that depend on a number or a date, from CLDR (via Babel) instead of by hand: which
plural form a count takes, day names, and dates as people write them in Dutch and English."""

from __future__ import annotations

import datetime as dtm
from decimal import Decimal
from functools import cache
from typing import Literal

from babel import Locale
from babel.dates import format_date, get_day_names

from messages import t


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


def tn(language: str, key: str, count: int, /, **values: object) -> str:
    """The text `key.one` or `key.other` (the count's plural form in this language), with the
    count filled in as {count}."""
    return t(language, plural_key(language, key, count), count=count, **values)


def decimal(value: float, language: str, /) -> str:
    """A measured value as people write it: one decimal at most, "4,5" in Dutch, "4.5" in
    English, "5" for 5.0."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "nl" else text


def plural_key(language: str, key: str, number: float, /) -> str:
    """`key.one` or `key.other`, as `number` takes it ("1 punt", "1,5 punten", "2 punten")."""
    exact = int(number) if float(number).is_integer() else Decimal(str(number))
    form = _locale(language).plural_form(exact)
    return f"{key}.{'one' if form == 'one' else 'other'}"


def day_names(language: str, width: Literal["wide", "abbreviated"] = "wide") -> dict[int, str]:
    """The names of the days in one language, 0 (Monday) to 6: "wide" ("zondag") or
    "abbreviated" ("zo")."""
    return {int(i): str(name) for i, name in get_day_names(width, locale=_locale(language)).items()}


def weekday(language: str, index: int) -> str:
    """A day of the week as it stands in a sentence: "zondag", "Sunday" (0 is Monday)."""
    return str(get_day_names("wide", locale=_locale(language))[index])


def weekday_label(language: str, index: int) -> str:
    """A day of the week on its own, on a button or at the start of a line: "Zondag"."""
    name = weekday(language, index)
    return name[:1].upper() + name[1:]


def day_and_date(language: str, day: dtm.date) -> str:
    """ "zondag 29 november", "Sunday 29 November"."""
    return str(format_date(day, "EEEE d MMMM", locale=_locale(language)))


def full_date(language: str, day: dtm.date) -> str:
    """ "23 november 2026", "23 November 2026": for a document read later, with the year."""
    return str(format_date(day, "d MMMM y", locale=_locale(language)))


def short_date(language: str, day: dtm.date) -> str:
    """ "29 nov.", "29 Nov"."""
    return str(format_date(day, "d MMM", locale=_locale(language)))


def short_date_year(language: str, day: dtm.date) -> str:
    """ "29 nov 2026", "29 Nov 2026": a short date read later, with its year."""
    return str(format_date(day, "d MMM y", locale=_locale(language)))


def month_year(language: str, day: dtm.date) -> str:
    """ "jan 2027", "Jan 2027": the month of `day` by name, in a table or on an axis."""
    return str(format_date(day, "LLL y", locale=_locale(language)))
