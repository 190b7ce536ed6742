"""The probiotic's pack (issue 20): its settings as typed and tapped, and when its running
out is said."""

from __future__ import annotations

import dataclasses

import pytest

from bot.programme.settings import button_value_ok, parse_answer, typed_value
from bot.programme.stock import doses_left, tell_running_out
from tests.programme.test_planning import ANNA


@pytest.mark.parametrize(
    ("pack", "taken", "told", "left", "tell"),
    [
        (None, 0, 0, None, None),  # not counted
        (30, 0, 0, 30, None),
        (30, 24, 0, 6, None),
        (30, 25, 0, 5, 5),  # five doses left: said
        (30, 29, 0, 1, 1),  # set late (or taps missed): said when first seen
        (30, 25, 1, 5, None),  # once per pack
        (30, 40, 0, 0, 0),  # more taps than doses: nothing left, not less than nothing
        (0, 5, 0, None, None),  # "don't count"
    ],
)
def test_the_pack_counts_down_with_the_done_taps(
    pack: int | None, taken: int, told: int, left: int | None, tell: int | None
) -> None:
    anna = dataclasses.replace(ANNA, probiotic_pack=pack, stock_told=told)
    assert doses_left(anna, taken) == left
    assert tell_running_out(anna, taken) == tell


@pytest.mark.parametrize(
    ("field", "typed", "value"),
    [
        ("probiotic_pack", "60", "60"),
        ("probiotic_pack", "45 stuks", None),
        ("probiotic_pack", "0", None),  # typed: a pack holds at least one dose
        ("probiotic_pack", "401", None),
        ("probiotic_pack", "Niet bijhouden", "0"),  # the button's own label
        ("probiotic_name", "Lacto Plus  forte", "Lacto Plus forte"),
        ("probiotic_name", "Geen naam", "-"),
        ("probiotic_name", "/settings", None),
        ("probiotic_name", "x" * 61, None),
    ],
)
def test_typed_pack_and_name(field: str, typed: str, value: str | None) -> None:
    assert typed_value(ANNA, field, typed) == value


@pytest.mark.parametrize(
    ("field", "raw", "column", "stored"),
    [
        ("probiotic_pack", "30", "probiotic_pack", 30),
        ("probiotic_pack", "0", "probiotic_pack", 0),
        ("probiotic_name", "-", "probiotic_name", ""),
        ("probiotic_name", "Lacto Plus", "probiotic_name", "Lacto Plus"),
    ],
)
def test_pack_and_name_are_stored(field: str, raw: str, column: str, stored: object) -> None:
    parsed = parse_answer(field, raw)
    assert parsed is not None and (parsed.column, parsed.value) == (column, stored)


def test_buttons_carry_only_their_own_values() -> None:
    assert button_value_ok("probiotic_pack", "90") and button_value_ok("probiotic_pack", "0")
    assert not button_value_ok("probiotic_pack", "91")
    assert button_value_ok("probiotic_name", "-")
    assert not button_value_ok("probiotic_name", "Lacto")
