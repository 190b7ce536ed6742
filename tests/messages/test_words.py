"""Words from CLDR, not by hand: plural forms, day names and dates in Dutch and English."""

from __future__ import annotations

import datetime as dtm
import re
from pathlib import Path

import pytest

from messages import CATALOGUES
from messages.words import day_and_date, short_date, tn, weekday, weekday_label

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("nl", 0, "Water: 0 glazen"),
        ("nl", 1, "Water: 1 glas"),
        ("nl", 2, "Water: 2 glazen"),
        ("en", 0, "Water: 0 glasses"),
        ("en", 1, "Water: 1 glass"),
        ("en", 12, "Water: 12 glasses"),
    ],
)
def test_a_count_takes_its_plural_form(language: str, count: int, expected: str) -> None:
    assert tn(language, "today.water", count) == expected


@pytest.mark.parametrize(
    ("language", "day", "in_sentence", "on_its_own", "long", "short"),
    [
        ("nl", dtm.date(2026, 11, 29), "zondag", "Zondag", "zondag 29 november", "29 nov"),
        ("en", dtm.date(2026, 11, 29), "Sunday", "Sunday", "Sunday 29 November", "29 Nov"),
        ("nl", dtm.date(2027, 3, 28), "zondag", "Zondag", "zondag 28 maart", "28 mrt"),
        ("en", dtm.date(2026, 12, 1), "Tuesday", "Tuesday", "Tuesday 1 December", "1 Dec"),
    ],
)
def test_days_and_dates(
    language: str, day: dtm.date, in_sentence: str, on_its_own: str, long: str, short: str
) -> None:
    assert weekday(language, day.weekday()) == in_sentence
    assert weekday_label(language, day.weekday()) == on_its_own
    assert day_and_date(language, day) == long
    assert short_date(language, day) == short


def test_every_counted_text_has_both_plural_forms() -> None:
    for language, catalogue in CATALOGUES.items():
        for key, text in catalogue.items():
            if "{count}" in text:
                stem, _, form = key.rpartition(".")
                assert form in ("one", "other"), (language, key)
                assert f"{stem}.one" in catalogue and f"{stem}.other" in catalogue, key


def test_no_hand_made_dates_or_plurals_in_the_code() -> None:
    code = "\n".join(p.read_text() for p in (ROOT / "bot").rglob("*.py"))
    assert not re.search(r'strftime\("%d-%m', code)
    assert "day.{" not in code  # day names come from Babel
    for catalogue in CATALOGUES.values():
        assert not any("{glasses}" in text or "{days}" in text for text in catalogue.values())
