"""Reading what people type: clock times and time-zone names."""

from __future__ import annotations

import datetime as dtm

import pytest

from bot.programme.times import canonical_zone, parse_time, parse_zone


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
        # A city alone names its zone (finding 11: the button label typed).
        ("Amsterdam", "Europe/Amsterdam"),
        ("new york", "America/New_York"),
        ("Atlantis", None),
        ("Mars/Base", None),
        ("", None),
        ("../../etc/passwd", None),
        # Only the canonical list (IANA's zone.tab and Etc/UTC); legacy names give theirs.
        ("US/Pacific", "America/Los_Angeles"),
        ("asia/calcutta", "Asia/Kolkata"),
        ("Europe/Kiev", "Europe/Kyiv"),
        ("UTC", "Etc/UTC"),
        ("America/Curacao", "America/Curacao"),  # tzdata links it, zone.tab keeps it
        ("localtime", None),
        ("Factory", None),
        ("posixrules", None),
        ("Etc/GMT+5", None),
    ],
)
def test_parse_zone(text: str, expected: str | None) -> None:
    assert parse_zone(text) == expected


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("Europe/Amsterdam", "Europe/Amsterdam"),
        ("US/Pacific", "America/Los_Angeles"),  # a legacy link
        ("US/Pacific-New", "America/Los_Angeles"),  # removed from tzdata in 2020b
        ("Canada/East-Saskatchewan", "America/Regina"),  # removed in 2017c
        ("Mars/Olympus_Mons", None),
        ("Factory", None),
        ("localtime", None),
    ],
)
def test_canonical_zone_of_a_stored_name(stored: str, expected: str | None) -> None:
    assert canonical_zone(stored) == expected
