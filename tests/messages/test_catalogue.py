"""The message catalogues: the same keys and placeholders in nl and en, the voice rules, and
how a Telegram language code picks one."""

from __future__ import annotations

import re
import string

import pytest

from messages import CATALOGUES, language_or_default, t


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
