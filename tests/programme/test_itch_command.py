"""/itch's arguments, as people type them."""

from __future__ import annotations

import pytest

from bot.programme.answers import read_itch_command


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], (0, None)),
        (["4"], (0, 4)),
        (["0"], (0, 0)),
        (["10"], (0, 10)),
        (["gisteren"], (1, None)),
        (["Gisteren", "4"], (1, 4)),
        (["4", "gisteren"], (1, 4)),
        (["yesterday", "7"], (1, 7)),
        (["vandaag", "2"], (0, 2)),
        (["today"], (0, None)),
        (["11"], None),
        (["-1"], None),
        (["4", "5"], None),
        (["gisteren", "vandaag"], None),
        (["eergisteren"], None),
        (["vier"], None),
    ],
)
def test_itch_arguments(args: list[str], expected: tuple[int, int | None] | None) -> None:
    assert read_itch_command(args) == expected
