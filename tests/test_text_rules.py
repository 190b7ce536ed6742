"""Pure rules about what people type, the programme's phases and the message catalogues."""

from __future__ import annotations

import datetime as dtm
import re
import string

import pytest

from bot.phases import phase_of_day, phase_on
from bot.timeparse import parse_time, parse_zone
from messages import CATALOGUES, language_or_default, t


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07:30", dtm.time(7, 30)),
        ("7.30", dtm.time(7, 30)),
        ("0730", dtm.time(7, 30)),
        ("730", dtm.time(7, 30)),
        ("7", dtm.time(7, 0)),
        ("7u", dtm.time(7, 0)),
        (" 22:05 ", dtm.time(22, 5)),
        ("23.59", dtm.time(23, 59)),
        ("00:00", dtm.time(0, 0)),
        ("24:00", dtm.time(0, 0)),
        ("24:30", None),
        ("25:00", None),
        ("7:60", None),
        ("half acht", None),
        ("", None),
        ("07:30:00", None),
        ("-1", None),
        ("١٢:٠٠", None),
    ],
)
def test_parse_time(text: str, expected: dtm.time | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Europe/Amsterdam", "Europe/Amsterdam"),
        ("europe/amsterdam", "Europe/Amsterdam"),
        (" America/Sao Paulo ", "America/Sao_Paulo"),
        ("Amsterdam", None),
        ("Mars/Base", None),
        ("", None),
        ("../../etc/passwd", None),
    ],
)
def test_parse_zone(text: str, expected: str | None) -> None:
    assert parse_zone(text) == expected


@pytest.mark.parametrize(
    ("day", "phase"),
    [
        (-3, 1),
        (0, 1),
        (27, 1),
        (28, 2),
        (59, 2),
        (60, 3),
        (119, 3),
        (120, 4),
        (179, 4),
        (180, 5),
        (800, 5),
    ],
)
def test_phase_of_day(day: int, phase: int) -> None:
    assert phase_of_day(day) == phase


def test_phase_counts_calendar_days_across_dst() -> None:
    assert phase_on(dtm.date(2026, 3, 1), dtm.date(2026, 3, 29)) == 2


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_catalogues_have_the_same_keys_and_placeholders() -> None:
    nl, en = CATALOGUES["nl"], CATALOGUES["en"]
    assert set(nl) == set(en)
    for key in nl:
        assert placeholders(nl[key]) == placeholders(en[key]), key
        assert nl[key].strip() and en[key].strip(), key


def test_no_exclamation_storms_and_at_most_one_emoji() -> None:
    emoji = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
    for language, catalogue in CATALOGUES.items():
        for key, text in catalogue.items():
            assert "!!" not in text, (language, key)
            assert len(emoji.findall(text)) <= 1, (language, key)


@pytest.mark.parametrize(
    ("code", "expected"),
    [("nl", "nl"), ("nl-BE", "nl"), ("en-GB", "en"), ("de", "nl"), (None, "nl")],
)
def test_language_from_telegram(code: str | None, expected: str) -> None:
    assert language_or_default(code) == expected


def test_lookup_fills_placeholders() -> None:
    assert t("en", "answer.snoozed", at="10:30") == "I'll remind you again at 10:30."
