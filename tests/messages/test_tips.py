"""Checks on the rotating coaching tips: counts, phases, voice, vocabulary, content boundaries."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from bot.programme.phases import PHASE_STARTS, phase_of_day
from bot.programme.schedule import KINDS, Kind
from messages.reminders import pick_tip
from messages.tips import (
    ALL_PHASES,
    PHASE_EXPECTATIONS,
    TIPS,
    Tip,
    tips_for,
)

PHASES = (1, 2, 3, 4, 5)
LANGS = ("nl", "en")
MAX_TIP_CHARS = 200
MAX_EXPECTATION_CHARS = 240
MAX_SOURCE_CHARS = 120
SEED_NAME = "000_06fec86267391f31.txt"

ALL_TIPS: list[Tip] = [tip for kind in KINDS for tip in TIPS[kind]]
ALL_TEXTS: list[tuple[str, str, str]] = [
    (tip.key, lang, getattr(tip, lang)) for tip in ALL_TIPS for lang in LANGS
] + [
    (f"phase{phase}", lang, text)
    for phase, texts in PHASE_EXPECTATIONS.items()
    for lang, text in texts.items()
]

# Claims and topics the bot never makes (PRODUCT "Content boundaries"), matched case-insensitively
# at the start of a word, in either language.
FORBIDDEN = (
    "geneest",
    "genezen",
    "genezing",
    "cure",
    "cures",
    "cured",
    "curing",
    "guarantee",
    "gegarandeerd",
    "garantie",
    "bewezen",
    "proven",
    "wondermiddel",
    "miracle",
    "IgG",
    "zonuline",
    "zonulin",
    "leaky",
    "lekkende darm",
    "darmdoorlaatbaarheid",
    "eliminatie",
    "elimination",
    "vermijd",
    "avoid",
    "cut out",
    "stop met je",
    "stoppen met je",
    "stop your",
    "stop taking",
    "stop using",
    "zalf",
    "cortico",
    "steroid",
    "ointment",
)

# Words that must not replace the project's recurring vocabulary (PRODUCT "Voice").
WRONG_WORDS: dict[str, tuple[str, ...]] = {
    "nl": (
        "huidbarriere",
        "huid-barrière",
        "barrière van de huid",
        "barriere van de huid",
        "microbioom",
        "darmmicrobioom",
        "uitbraak",
        "opvlamming",
        "flare",
        "fiber",
        "jeukt",
    ),
    "en": ("fiber", "flareup", "flare up", "microbiome", "gut flora's", "gutflora", "itching"),
}

# The same concept in both languages: a Dutch stem and its English counterpart.
PAIRED_TERMS = (
    ("darmflora", "gut flora"),
    ("huidbarrière", "skin barrier"),
    ("opflakkering", "flare-up"),
    ("probioti", "probiotic"),
    ("vezel", "fibre"),
    ("jeuk", "itch"),
)

# Jargon may appear only with a word of explanation next to it.
JARGON: dict[str, dict[str, str]] = {
    "nl": {
        "CFU": "levende bacteriën",
        "prebiotica": "voeding voor de bacteriën",
        "butyraat": "stoffen die",
    },
    "en": {
        "CFU": "live bacteria",
        "prebiotic": "food for the bacteria",
        "butyrate": "substances that",
    },
}

# Phase-bound facts: text matching the pattern may only appear in the given phases.
PHASE_BOUND: tuple[tuple[str, re.Pattern[str], frozenset[int]], ...] = (
    ("start low", re.compile(r"lagere dosis|lower dose", re.I), frozenset({1, 2})),
    ("build up", re.compile(r"\bbouw\w*\b.*\bop\b|opbouw|build\w* up", re.I), frozenset({1, 2})),
    ("early gas", re.compile(r"\bgas\b", re.I), frozenset({1, 2})),
    ("full effect", re.compile(r"2 tot 3 maanden|2 to 3 months", re.I), frozenset({1, 2, 3})),
    ("maintenance", re.compile(r"onderhoud|maintenance", re.I), frozenset({4, 5})),
)


def _count_emoji(text: str) -> int:
    count = 0
    for char in text:
        code = ord(char)
        if (
            unicodedata.category(char) == "So"
            or 0x1F000 <= code <= 0x1FAFF
            or 0x2600 <= code <= 0x27BF
        ):
            count += 1
    return count


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _seed_text() -> str | None:
    root = Path(__file__).resolve().parents[2]  # tests/messages/ -> the repository
    for candidate in (root / "seed" / SEED_NAME, root.parent / "shared" / "seed" / SEED_NAME):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return None


def _normalise(text: str) -> str:
    return " ".join(text.split())


# --- structure and counts -------------------------------------------------------------------


def test_every_kind_has_tips() -> None:
    assert set(TIPS) == set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_at_least_twelve_tips_per_kind(kind: Kind) -> None:
    assert len(TIPS[kind]) >= 12


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("phase", PHASES)
def test_at_least_four_tips_per_kind_and_phase(kind: Kind, phase: int) -> None:
    fitting = tips_for(kind, phase)
    assert len(fitting) >= 4
    assert all(phase in tip.phases for tip in fitting)


def test_keys_are_unique() -> None:
    counts = Counter(tip.key for tip in ALL_TIPS)
    assert [key for key, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("kind", KINDS)
def test_keys_are_prefixed_with_their_kind(kind: Kind) -> None:
    for tip in TIPS[kind]:
        assert re.fullmatch(rf"{kind}\.[a-z0-9_]+", tip.key), tip.key


def test_phases_are_valid_and_non_empty() -> None:
    assert frozenset(PHASES) == ALL_PHASES
    for tip in ALL_TIPS:
        assert tip.phases, tip.key
        assert tip.phases <= ALL_PHASES, tip.key


def test_tips_for_returns_only_fitting_tips() -> None:
    for kind in KINDS:
        for phase in PHASES:
            expected = [tip.key for tip in TIPS[kind] if phase in tip.phases]
            assert [tip.key for tip in tips_for(kind, phase)] == expected


def test_phase_expectations_cover_every_phase_in_both_languages() -> None:
    assert set(PHASE_EXPECTATIONS) == set(PHASES)
    for phase in PHASES:
        assert set(PHASE_EXPECTATIONS[phase]) == set(LANGS)
        for lang in LANGS:
            assert PHASE_EXPECTATIONS[phase][lang].strip(), (phase, lang)
            assert len(PHASE_EXPECTATIONS[phase][lang]) <= MAX_EXPECTATION_CHARS, (phase, lang)


def test_phase_five_mentions_a_maintenance_routine() -> None:
    assert "onderhoudsroutine" in PHASE_EXPECTATIONS[5]["nl"]
    assert "maintenance routine" in PHASE_EXPECTATIONS[5]["en"]


# --- voice ----------------------------------------------------------------------------------


@pytest.mark.parametrize("tip", ALL_TIPS, ids=lambda tip: tip.key)
def test_texts_are_non_empty_and_short(tip: Tip) -> None:
    for lang in LANGS:
        text: str = getattr(tip, lang)
        assert text.strip(), (tip.key, lang)
        assert text == text.strip(), (tip.key, lang)
        assert len(text) <= MAX_TIP_CHARS, (tip.key, lang, len(text))
        assert "  " not in text, (tip.key, lang)


@pytest.mark.parametrize("tip", ALL_TIPS, ids=lambda tip: tip.key)
def test_one_or_two_sentences(tip: Tip) -> None:
    for lang in LANGS:
        text: str = getattr(tip, lang)
        # Abbreviated genus names ("L. rhamnosus") are not sentence ends.
        cleaned = re.sub(r"\b[A-Z]\. ", "", text)
        ends = re.findall(r"[.!?](?:\s|$)", cleaned)
        assert 1 <= len(ends) <= 2, (tip.key, lang, text)


@pytest.mark.parametrize(("key", "lang", "text"), ALL_TEXTS)
def test_at_most_one_emoji_and_one_exclamation_mark(key: str, lang: str, text: str) -> None:
    assert _count_emoji(text) <= 1, (key, lang)
    assert text.count("!") <= 1, (key, lang)


def test_emoji_counter_counts_emoji() -> None:
    assert _count_emoji("Goed bezig 💧🌿") == 2
    assert _count_emoji("Geen emoji, wel huidbarrière – en één.") == 0


# --- content boundaries ---------------------------------------------------------------------


@pytest.mark.parametrize(("key", "lang", "text"), ALL_TEXTS)
def test_no_forbidden_claims(key: str, lang: str, text: str) -> None:
    for phrase in FORBIDDEN:
        assert not re.search(rf"\b{re.escape(phrase)}", text, re.I), (key, lang, phrase)


def test_forbidden_check_catches_a_cure_claim() -> None:
    claim = "Dit probioticum geneest je eczeem."
    assert any(re.search(rf"\b{re.escape(p)}", claim, re.I) for p in FORBIDDEN)
    assert not any(re.search(rf"\b{re.escape(p)}", "Keep it secure.", re.I) for p in FORBIDDEN)


@pytest.mark.parametrize("tip", ALL_TIPS, ids=lambda tip: tip.key)
def test_phase_bound_facts_only_in_their_phases(tip: Tip) -> None:
    for name, pattern, allowed in PHASE_BOUND:
        if pattern.search(tip.nl) or pattern.search(tip.en):
            assert tip.phases <= allowed, (tip.key, name, sorted(tip.phases))


def test_child_tip_refers_to_pharmacist_or_gp() -> None:
    for tip in ALL_TIPS:
        if re.search(r"\bkind\b", tip.nl) or re.search(r"\bchild\b", tip.en):
            assert "apotheker" in tip.nl and "huisarts" in tip.nl, tip.key
            assert "pharmacist" in tip.en and "GP" in tip.en, tip.key


def test_no_water_amounts_the_seed_does_not_give() -> None:
    for key, lang, text in ALL_TEXTS:
        assert not re.search(r"\d\s*(?:l|liter|litre|liters|litres|ml)\b", text, re.I), (key, lang)


# --- vocabulary -----------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "lang", "text"), ALL_TEXTS)
def test_recurring_words_are_used_consistently(key: str, lang: str, text: str) -> None:
    for wrong in WRONG_WORDS[lang]:
        assert wrong.lower() not in text.lower(), (key, lang, wrong)


@pytest.mark.parametrize(
    ("key", "nl", "en"),
    [(tip.key, tip.nl, tip.en) for tip in ALL_TIPS]
    + [(f"phase{p}", d["nl"], d["en"]) for p, d in PHASE_EXPECTATIONS.items()],
)
def test_paired_terms_appear_in_both_languages(key: str, nl: str, en: str) -> None:
    for nl_term, en_term in PAIRED_TERMS:
        in_nl = nl_term in nl.lower()
        in_en = en_term in en.lower()
        assert in_nl == in_en, (key, nl_term, en_term)


@pytest.mark.parametrize(("key", "lang", "text"), ALL_TEXTS)
def test_jargon_comes_with_an_explanation(key: str, lang: str, text: str) -> None:
    for term, explanation in JARGON[lang].items():
        if re.search(rf"\b{re.escape(term)}", text):
            assert explanation in text, (key, lang, term)


def test_english_uses_british_spelling_of_fibre() -> None:
    for tip in ALL_TIPS:
        assert "fiber" not in tip.en.lower(), tip.key


# --- the seed -------------------------------------------------------------------------------


@pytest.mark.parametrize("tip", ALL_TIPS, ids=lambda tip: tip.key)
def test_source_is_a_short_quote(tip: Tip) -> None:
    assert tip.source.strip(), tip.key
    assert len(tip.source) <= MAX_SOURCE_CHARS, (tip.key, len(tip.source))


def test_sources_are_verbatim_quotes_from_the_seed() -> None:
    seed = _seed_text()
    if seed is None:
        pytest.skip("seed text not available next to the project")
    normalised = _normalise(seed)
    missing = [tip.key for tip in ALL_TIPS if _normalise(tip.source) not in normalised]
    assert missing == []


def test_tips_do_not_copy_seed_sentences() -> None:
    seed = _seed_text()
    if seed is None:
        pytest.skip("seed text not available next to the project")
    run = 7
    seed_words = _words(seed)
    seed_runs = {tuple(seed_words[i : i + run]) for i in range(len(seed_words) - run + 1)}
    copied: list[str] = []
    for key, lang, text in ALL_TEXTS:
        if lang != "nl":
            continue
        words = _words(text)
        if any(tuple(words[i : i + run]) in seed_runs for i in range(len(words) - run + 1)):
            copied.append(key)
    assert copied == []


def test_a_tip_never_repeats_two_days_running() -> None:
    for kind in KINDS:
        last: str | None = None
        for day in range(0, 400):
            tip = pick_tip(kind, phase_of_day(day), last)
            assert tip.key != last, (kind, day)
            assert phase_of_day(day) in tip.phases, (kind, day, tip.key)
            last = tip.key


def test_tips_rotate_through_every_fitting_tip() -> None:
    for kind in KINDS:
        for phase_start in PHASE_STARTS:
            phase = phase_of_day(phase_start)
            fitting = {tip.key for tip in TIPS[kind] if phase in tip.phases}
            seen: set[str] = set()
            last: str | None = None
            for _ in range(len(TIPS[kind])):
                tip = pick_tip(kind, phase, last)
                seen.add(tip.key)
                last = tip.key
            assert seen == fitting, (kind, phase)
