"""The check-in's own rules: a typed note as it is kept."""

from __future__ import annotations

import pytest

from bot.programme.checkin import clean_note


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("  Jeuk na de kaas.  ", "Jeuk na de kaas."),
        ("twee\nregels", "twee\nregels"),
        ("nul\x00byte", "nulbyte"),
        ("belt\x07en\x1bescape", "beltenescape"),
        ("\u202etxet desrever", "txet desrever"),  # a direction override would flip it
        ("cafe\u0301", "café"),  # composed
        ("😀 emoji blijft", "😀 emoji blijft"),
        (
            "\u200bzero-width space is geen besturingsteken",
            "\u200bzero-width space is geen besturingsteken",
        ),
        ("", ""),
    ],
)
def test_a_note_is_kept_composed_without_control_characters(typed: str, kept: str) -> None:
    assert clean_note(typed) == kept
