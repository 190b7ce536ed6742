"""Months by name and short dates with their year, from Babel: what the doctor's page writes
on its axis and in its tables."""

from __future__ import annotations

import datetime as dtm

import pytest

from messages.words import month_year, short_date_year


@pytest.mark.parametrize(
    ("language", "day", "month", "short"),
    [
        ("nl", dtm.date(2026, 1, 5), "jan 2026", "5 jan 2026"),
        ("nl", dtm.date(2027, 3, 28), "mrt 2027", "28 mrt 2027"),
        ("nl", dtm.date(2026, 5, 1), "mei 2026", "1 mei 2026"),
        ("en", dtm.date(2026, 1, 5), "Jan 2026", "5 Jan 2026"),
        ("en", dtm.date(2026, 12, 31), "Dec 2026", "31 Dec 2026"),
    ],
)
def test_months_by_name(language: str, day: dtm.date, month: str, short: str) -> None:
    assert month_year(language, day) == month
    assert short_date_year(language, day) == short
