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


# -- the content lint on the catalogue: promises, and what a parent is shown -----------------

from tests.messages.test_tips import (  # noqa: E402
    ADULT_AMOUNTS,
    ASK_PHARMACIST,
    CHILD_NEVER,
    promises,
)


def _catalogue_texts() -> list[tuple[str, str, str]]:
    return [(lang, key, text) for lang, texts in CATALOGUES.items() for key, text in texts.items()]


def _parent_sees(key: str, catalogue: dict[str, str]) -> bool:
    """A text a parent can be shown: a `.child` wording, or one that has none (it is then
    the same for both)."""
    return key.endswith(".child") or f"{key}.child" not in catalogue


def child_problems(text: str, lang: str) -> list[str]:
    """ "Parents and children" (docs/programme.md) for the catalogue: nothing a child must not
    have, and no adult amount without the pharmacist or GP. (A label such as "Probioticum" is
    no advice: the tips' stricter rule for supplements is in tests/messages/test_tips.py.)"""
    found = [m.group(0) for pattern in CHILD_NEVER if (m := pattern.search(text))]
    if not ASK_PHARMACIST[lang].search(text):
        found += [m.group(0) for pattern in ADULT_AMOUNTS if (m := pattern.search(text))]
    return found


PARENT_SEES = [
    (lang, key, text)
    for lang, key, text in _catalogue_texts()
    if _parent_sees(key, CATALOGUES[lang])
]


@pytest.mark.parametrize(("lang", "key", "text"), _catalogue_texts())
def test_no_text_promises(lang: str, key: str, text: str) -> None:
    assert promises(text) == [], (lang, key)


@pytest.mark.parametrize(("lang", "key", "text"), PARENT_SEES)
def test_what_a_parent_sees_passes_the_child_safety_list(lang: str, key: str, text: str) -> None:
    assert child_problems(text, lang) == [], (lang, key)


def test_every_child_wording_has_its_own_key_beside_it() -> None:
    for lang, texts in CATALOGUES.items():
        for key in texts:
            if key.endswith(".child"):
                assert key.removesuffix(".child") in texts, (lang, key)


def test_the_catalogue_lint_fails_on_bad_texts() -> None:
    assert promises("Dit probioticum geneest je eczeem.") != []
    assert promises("A proven cure for eczema.") != []
    assert child_problems("Geef je kind een glas kombucha.", "nl") != []
    assert child_problems("Aim for 7 to 9 hours of sleep.", "en") != []
    assert child_problems("Aim for 7 to 9 hours; ask your pharmacist or GP.", "en") == []
    assert not _parent_sees("reminder.single.probiotic", {"reminder.single.probiotic.child": ""})
