"""Checks on the rotating coaching tips: counts, phases, voice, vocabulary, content boundaries.

Also the content lint (review of 2026-11-29): no promise words anywhere, a child-safety list for
every text a parent can see, the review's wording rules, and the seed's copy in the repository
(messages/seed/) so that the seed checks run on a fresh clone. The lint's own checks are
functions of a text, so each is also fed a deliberately bad example and must catch it.
"""

from __future__ import annotations

import datetime as dtm
import hashlib
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from bot.programme.kinds import KINDS, Kind
from bot.programme.phases import PHASE_STARTS, phase_of_day
from messages.audience import AGE_BANDS
from messages.reminders import Item, fits, pick_tip, render_reminder
from messages.tips import (
    ALL_PHASES,
    PHASE_EXPECTATIONS,
    PHASE_EXPECTATIONS_CHILD,
    TIPS,
    Tip,
    tip_text,
    tips_for,
)

PHASES = (1, 2, 3, 4, 5)
LANGS = ("nl", "en")
MAX_TIP_CHARS = 200
MAX_EXPECTATION_CHARS = 270  # attributed to the article, plus "your own numbers below"
MAX_SOURCE_CHARS = 120
MIN_CHILD_TIPS_PER_PHASE = 3
SEED_NAME = "000_06fec86267391f31.txt"
ROOT = Path(__file__).resolve().parents[2]  # tests/messages/ -> the repository
SEED_COPY = ROOT / "messages" / "seed" / SEED_NAME  # committed, byte-identical to the shared one
SEED_SHA256 = "97ee47370033768e4ccfed48db8ee3681f5a4ba7a885d165d7c4f58e7a06217a"

ALL_TIPS: list[Tip] = [tip for kind in KINDS for tip in TIPS[kind]]
CHILD_TIPS: list[Tip] = [tip for tip in ALL_TIPS if tip.for_child]


def _child_wording(tip: Tip, lang: str) -> str | None:
    return tip.child_nl if lang == "nl" else tip.child_en


# Every wording of a tip, as (key, lang, text): the adult one and, where there is one, the child's.
TIP_TEXTS: list[tuple[str, str, str]] = [
    (tip.key, lang, getattr(tip, lang)) for tip in ALL_TIPS for lang in LANGS
] + [
    (f"{tip.key}.child", lang, text)
    for tip in ALL_TIPS
    for lang in LANGS
    if (text := _child_wording(tip, lang)) is not None
]
PHASE_TEXTS: list[tuple[str, str, str]] = [
    (f"phase{phase}", lang, text)
    for phase, texts in PHASE_EXPECTATIONS.items()
    for lang, text in texts.items()
] + [
    (f"phase{phase}.child", lang, text)
    for phase, texts in PHASE_EXPECTATIONS_CHILD.items()
    for lang, text in texts.items()
]
ALL_TEXTS: list[tuple[str, str, str]] = TIP_TEXTS + PHASE_TEXTS
# What a parent taking part for a child can be shown.
PARENT_TEXTS: list[tuple[str, str, str]] = [
    (tip.key, lang, tip_text(tip, lang, True)) for tip in CHILD_TIPS for lang in LANGS
] + [
    (f"phase{phase}.child", lang, text)
    for phase, texts in PHASE_EXPECTATIONS_CHILD.items()
    for lang, text in texts.items()
]
# The same text in both languages, as (key, nl, en).
TEXT_PAIRS: list[tuple[str, str, str]] = (
    [(tip.key, tip.nl, tip.en) for tip in ALL_TIPS]
    + [
        (f"{tip.key}.child", tip.child_nl, tip.child_en)
        for tip in ALL_TIPS
        if tip.child_nl is not None and tip.child_en is not None
    ]
    + [(f"phase{p}", d["nl"], d["en"]) for p, d in PHASE_EXPECTATIONS.items()]
    + [(f"phase{p}.child", d["nl"], d["en"]) for p, d in PHASE_EXPECTATIONS_CHILD.items()]
)

# Claims and topics the bot never makes (docs/programme.md), matched case-insensitively
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

# Words that must not replace the project's recurring vocabulary (docs/programme.md, "Voice").
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
        # Review C7: the Dutch wording fixes.
        "korte-keten",
        "handje linzen",
        "vanaf ongeveer week",
        "de lijn over weken",
    ),
    "en": (
        "fiber",
        "flareup",
        "flare up",
        "microbiome",
        "gut flora's",
        "gutflora",
        "itching",
        # Review C6 and C8: "belly" for buik; the English wording fixes.
        "tummy",
        "stomach",
        "little lights",
        "restless gut",
        "top-level",
    ),
}

# The same concept in both languages: a Dutch stem and its English counterpart.
PAIRED_TERMS = (
    ("darmflora", "gut flora"),
    ("huidbarrière", "skin barrier"),
    ("opflakkering", "flare-up"),
    ("probioti", "probiotic"),
    ("vezel", "fibre"),
    ("jeuk", "itch"),
    ("buik", "belly"),
    ("levende culturen", "live cultures"),
    ("voedselallergie", "food allergy"),
    ("apotheker of huisarts", "pharmacist or gp"),  # English is compared in lower case
    ("bijsluiter", "package leaflet"),
    ("cochrane-review (2018)", "cochrane review (2018)"),
    ("weinig of geen verschil", "little or no difference"),
)

# Jargon may appear only with a word of explanation next to it.
JARGON: dict[str, dict[str, str]] = {
    "nl": {
        "CFU": "levende bacteriën",
        "prebiotica": "voeding voor de bacteriën",
        "butyraat": "stoffen die",
        "korteketenvetzuren": "kleine vetzuren",
    },
    "en": {
        "CFU": "live bacteria",
        "prebiotic": "food for the bacteria",
        "butyrate": "substances that",
        "short-chain fatty acids": "small fatty acids",
    },
}

# Review C5: an abbreviated genus ("L. plantarum") only after the full name in the same text.
GENERA = (("L", "Lactobacillus"), ("B", "Bifidobacterium"))

# Words that promise (the bot never promises a cure), whole words, case-insensitive,
# checked in every text of either language.
PROMISES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"\bgenezen\b",
        r"\bgeneest\b",
        r"\bbewezen\b",
        r"\bgarantie\b",
        r"\bgegarandeerd\b",
        r"\bzal\b[^.?!]*\bgene(?:zen|est)\b",
        r"\bcure\b",
        r"\bcures\b",
        r"\bproven\b",
        r"\bguarantee\b",
        r"\bguaranteed\b",
        r"\bwill heal\b",
    )
)

# What a parent never reads about a child (docs/programme.md).
CHILD_NEVER: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"\bkombucha",
        r"\bgroene thee",
        r"\bgreen tea",
        r"\bkoffie",
        r"\bcoffee",
        r"\bcafe[iï]ne",
        r"\bcaffeine",
        r"\brauwe melk",
        r"\brauwmelks",
        r"\braw[- ]milk",
    )
)
# Adult amounts: in a parent's text only next to the pharmacist/GP line.
ADULT_AMOUNTS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"\bCFU\b",
        r"\bmiljard",
        r"\bbillion",
        r"\bgram",
        r"\d\s*g\b",
        r"\d+\s*(?:tot|to|en|and|-|–)\s*\d+\s*(?:uur|hours?)\b",
        r"\d+\s*(?:uur|hours?)\s+(?:of\s+)?(?:slaap|sleep)",
    )
)
ASK_PHARMACIST: dict[str, re.Pattern[str]] = {
    "nl": re.compile(r"apotheker of huisarts"),
    "en": re.compile(r"pharmacist or GP"),
}
# A supplement or a dose in a parent's text comes with the pharmacist/GP line.
SUPPLEMENT_OR_DOSE: dict[str, re.Pattern[str]] = {
    "nl": re.compile(r"\b(?:probioticum|supplement|dosis|dosering)\b", re.I),
    "en": re.compile(r"\b(?:probiotic|supplement|dose|dosage)\b", re.I),
}

# Review B7: common allergens come with the allergy line.
ALLERGENS: dict[str, re.Pattern[str]] = {
    "nl": re.compile(
        r"\b(?:yoghurt|kefir|kimchi|walno\w*|noten|pinda\w*|hennep\w*|vis|zalm|makreel|"
        r"ei|eieren|soja|melk|zuivel|garnal\w*)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:yoghurt|kefir|kimchi|walnuts?|nuts|peanuts?|hemp|fish|salmon|mackerel|"
        r"eggs?|soy|soya|milk|dairy|shrimps?|prawns?)\b",
        re.I,
    ),
}
ALLERGY_LINE: dict[str, str] = {"nl": "voedselallergie", "en": "food allergy"}

# Review C6 and C10: fermented foods bring "levende culturen", not "probiotica"; yoghurt, kefir
# and kombucha no fibre; sauerkraut raw, flaxseed ground, the fibre goal a minimum.
FERMENTED: dict[str, re.Pattern[str]] = {
    "nl": re.compile(r"yoghurt|kefir|zuurkool|kimchi|kombucha|gefermenteerd", re.I),
    "en": re.compile(r"yoghurt|kefir|sauerkraut|kimchi|kombucha|fermented", re.I),
}
GENERIC_PROBIOTICS: dict[str, re.Pattern[str]] = {
    "nl": re.compile(r"\bprobiotica\b", re.I),
    "en": re.compile(r"\bprobiotics\b", re.I),
}
NO_FIBRE_FOODS: dict[str, re.Pattern[str]] = {
    "nl": re.compile(r"yoghurt|kefir|kombucha", re.I),
    "en": re.compile(r"yoghurt|kefir|kombucha", re.I),
}
FIBRE_WORD: dict[str, re.Pattern[str]] = {
    "nl": re.compile(r"vezel", re.I),
    "en": re.compile(r"fibre", re.I),
}
QUALIFIED: dict[str, tuple[tuple[str, str], ...]] = {
    # (word, what must stand right before it)
    "nl": (("zuurkool", "rauwe "), ("lijnzaad", "gemalen ")),
    "en": (("sauerkraut", "raw "), ("flaxseed", "ground ")),
}
FIBRE_GOAL: dict[str, tuple[str, str]] = {
    "nl": ("25 tot 30", "minimaal"),
    "en": ("25 to 30", "at least"),
}

# Reviews B2 and A-new-6: a named strain always comes with the evidence as Cochrane weighed it
# (little or no difference), never as "studied for eczema" or "mixed results".
STRAIN_CODES = re.compile(r"\b(?:GG|HN019|LS01|WCFS1)\b")
MIXED_EVIDENCE: dict[str, str] = {
    "nl": "Cochrane-review (2018) vond weinig of geen verschil",
    "en": "Cochrane review (2018) found little or no difference",
}
OVERSTATED: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"bij eczeem (?:zijn |is )?onderzocht",
        r"studied in people with eczema",
        r"volle effect",
        r"full effect",
        r"vezels zijn prebiotica",
        r"fibre is a prebiotic",
    )
)

# Review B6 and B10: reassurance about symptoms, and flare-ups, come with a safety net.
REASSURANCE: dict[str, re.Pattern[str]] = {
    "nl": re.compile(r"komt (?:\w+ )*vaak voor|opflakkering", re.I),
    "en": re.compile(r"\bis common|common for|flare-up", re.I),
}
SAFETY_NET: dict[str, re.Pattern[str]] = {
    "nl": re.compile(r"huisarts"),
    "en": re.compile(r"\bGP\b"),
}

# Review B8: the phase texts are the article's, not a promise, and point to the person's numbers.
ATTRIBUTION: dict[str, str] = {
    "nl": "Volgens het artikel waarop dit programma is gebaseerd",
    "en": "The article this programme is based on",
}
OWN_NUMBERS: dict[str, str] = {"nl": "cijfers hieronder", "en": "numbers below"}
CROWD_CLAIMS = re.compile(r"veel mensen|many people", re.I)

# Review C9: a maintenance tip does not assume the habit is there.
ASSUMED_HABIT = re.compile(r"inmiddels|by now|\bnu een vast|\bis a fixed part", re.I)
CONDITIONAL: dict[str, re.Pattern[str]] = {
    "nl": re.compile(r"\bAls\b"),
    "en": re.compile(r"\bIf\b"),
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


def _seed_text() -> str:
    """The seed, from its copy in the repository first (so this runs on a fresh clone)."""
    for candidate in (
        SEED_COPY,
        ROOT / "seed" / SEED_NAME,
        ROOT.parent / "shared" / "seed" / SEED_NAME,
    ):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    pytest.fail(f"the seed text is missing: {SEED_COPY.relative_to(ROOT)}")


def promises(text: str) -> list[str]:
    return [match.group(0) for pattern in PROMISES if (match := pattern.search(text))]


def child_safety_problems(text: str, lang: str) -> list[str]:
    """What in a parent's text breaks the rules for parents (docs/programme.md)."""
    found = [match.group(0) for pattern in CHILD_NEVER if (match := pattern.search(text))]
    if not ASK_PHARMACIST[lang].search(text):
        found += [match.group(0) for pattern in ADULT_AMOUNTS if (match := pattern.search(text))]
        if match := SUPPLEMENT_OR_DOSE[lang].search(text):
            found.append(f"{match.group(0)} without the pharmacist/GP line")
    return found


def allergy_problems(text: str, lang: str) -> list[str]:
    if ALLERGY_LINE[lang] in text:
        return []
    return [match.group(0) for match in ALLERGENS[lang].finditer(text)]


def abbreviation_problems(text: str) -> list[str]:
    return [
        f"{short}. without {full}"
        for short, full in GENERA
        if re.search(rf"\b{short}\. [a-z]", text) and full not in text
    ]


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
            expected = [tip.key for tip in TIPS[kind] if phase in tip.phases and tip.for_adult]
            assert [tip.key for tip in tips_for(kind, phase)] == expected


def test_phase_expectations_cover_every_phase_in_both_languages() -> None:
    assert set(PHASE_EXPECTATIONS) == set(PHASES)
    for phase in PHASES:
        assert set(PHASE_EXPECTATIONS[phase]) == set(LANGS)
        for lang in LANGS:
            assert PHASE_EXPECTATIONS[phase][lang].strip(), (phase, lang)
            assert len(PHASE_EXPECTATIONS[phase][lang]) <= MAX_EXPECTATION_CHARS, (phase, lang)


def test_phase_expectations_for_a_parent_have_the_same_shape() -> None:
    assert set(PHASE_EXPECTATIONS_CHILD) == set(PHASE_EXPECTATIONS)
    for phase in PHASES:
        assert set(PHASE_EXPECTATIONS_CHILD[phase]) == set(LANGS)
        for lang in LANGS:
            text = PHASE_EXPECTATIONS_CHILD[phase][lang]
            assert text.strip() and text == text.strip(), (phase, lang)
            assert len(text) <= MAX_EXPECTATION_CHARS, (phase, lang, len(text))
            assert text != PHASE_EXPECTATIONS[phase][lang], (phase, lang)
            assert ("kind" if lang == "nl" else "child") in text, (phase, lang)


def test_phase_five_mentions_a_maintenance_routine() -> None:
    for texts in (PHASE_EXPECTATIONS, PHASE_EXPECTATIONS_CHILD):
        assert "onderhoudsroutine" in texts[5]["nl"]
        assert "maintenance routine" in texts[5]["en"]


@pytest.mark.parametrize(("key", "lang", "text"), PHASE_TEXTS)
def test_phase_texts_are_attributed_not_promised(key: str, lang: str, text: str) -> None:
    assert text.startswith(ATTRIBUTION[lang]), (key, lang)
    assert OWN_NUMBERS[lang] in text, (key, lang)
    assert not CROWD_CLAIMS.search(text), (key, lang)


# --- the parent route -----------------------------------------------------------------------


@pytest.mark.parametrize("tip", ALL_TIPS, ids=lambda tip: tip.key)
def test_child_wordings_come_in_pairs_and_only_for_child_tips(tip: Tip) -> None:
    assert (tip.child_nl is None) == (tip.child_en is None), tip.key
    if not tip.for_child:
        assert tip.child_nl is None, tip.key


@pytest.mark.parametrize("tip", [tip for tip in ALL_TIPS if tip.child_nl], ids=lambda t: t.key)
def test_child_wordings_speak_about_the_child(tip: Tip) -> None:
    assert re.search(r"\bkind\b", tip.child_nl or ""), tip.key
    assert re.search(r"\bchild(?:'s)?\b", tip.child_en or ""), tip.key
    assert tip.child_nl != tip.nl and tip.child_en != tip.en, tip.key


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("phase", PHASES)
def test_enough_child_tips_per_kind_and_phase(kind: Kind, phase: int) -> None:
    fitting = tips_for(kind, phase, for_child=True)
    assert len(fitting) >= MIN_CHILD_TIPS_PER_PHASE, (kind, phase, [tip.key for tip in fitting])


def test_tips_for_a_child_are_the_child_suitable_fitting_tips() -> None:
    for kind in KINDS:
        for phase in PHASES:
            expected = [t.key for t in TIPS[kind] if phase in t.phases and t.for_child]
            assert [t.key for t in tips_for(kind, phase, for_child=True)] == expected
            assert tips_for(kind, phase, for_child=False) == tips_for(kind, phase)
    assert any(not tip.for_child for tip in ALL_TIPS)  # so the filter is seen to filter


def test_tip_text_picks_the_wording() -> None:
    with_child = next(tip for tip in ALL_TIPS if tip.child_nl is not None)
    without_child = next(tip for tip in CHILD_TIPS if tip.child_nl is None)
    assert tip_text(with_child, "nl", False) == with_child.nl
    assert tip_text(with_child, "en", False) == with_child.en
    assert tip_text(with_child, "nl", True) == with_child.child_nl
    assert tip_text(with_child, "en", True) == with_child.child_en
    assert tip_text(without_child, "nl", True) == without_child.nl
    assert tip_text(without_child, "en", True) == without_child.en


@pytest.mark.parametrize(("key", "lang", "text"), PARENT_TEXTS)
def test_parent_texts_pass_the_child_safety_list(key: str, lang: str, text: str) -> None:
    assert child_safety_problems(text, lang) == [], (key, lang, text)


def test_child_safety_list_catches_bad_examples() -> None:
    assert child_safety_problems("Een glas kombucha bij het ontbijt van je kind.", "nl")
    assert child_safety_problems("A cup of green tea for your child.", "en")
    assert child_safety_problems("Kaas van rauwe melk is ook gefermenteerd.", "nl")
    assert child_safety_problems("Geef je kind 10 tot 50 miljard CFU per dag.", "nl")
    assert child_safety_problems("Aim for 25 to 30 g of fibre a day.", "en")
    assert child_safety_problems("Streef naar 25 gram vezels per dag.", "nl")
    assert child_safety_problems("Your child needs 7 to 9 hours of sleep.", "en")
    assert child_safety_problems("Tussen 7 en 9 uur slaap is een mooi doel.", "nl")
    assert child_safety_problems("Between 7 and 9 hours of sleep a night is a good goal.", "en")
    assert child_safety_problems("Aim for 10 hours of sleep.", "en")
    assert child_safety_problems("Bouw de dosis van het probioticum van je kind rustig op.", "nl")
    # An amount with the pharmacist/GP line passes; kombucha never does.
    assert not child_safety_problems(
        "Voor een kind geldt een andere dosis dan 10 miljard CFU: vraag je apotheker of huisarts.",
        "nl",
    )
    assert child_safety_problems("Kombucha? For a child, ask your pharmacist or GP.", "en")
    assert not child_safety_problems("A glass of water for your child with dinner.", "en")


# --- voice ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "lang", "text"), TIP_TEXTS)
def test_texts_are_non_empty_and_short(key: str, lang: str, text: str) -> None:
    assert text.strip(), (key, lang)
    assert text == text.strip(), (key, lang)
    assert len(text) <= MAX_TIP_CHARS, (key, lang, len(text))
    assert "  " not in text, (key, lang)


@pytest.mark.parametrize(("key", "lang", "text"), TIP_TEXTS)
def test_one_or_two_sentences(key: str, lang: str, text: str) -> None:
    # Abbreviated genus names ("L. rhamnosus") are not sentence ends.
    cleaned = re.sub(r"\b[A-Z]\. ", "", text)
    ends = re.findall(r"[.!?](?:\s|$)", cleaned)
    assert 1 <= len(ends) <= 2, (key, lang, text)


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


@pytest.mark.parametrize(("key", "lang", "text"), ALL_TEXTS)
def test_no_promise_words(key: str, lang: str, text: str) -> None:
    assert promises(text) == [], (key, lang)


def test_promise_check_catches_promises() -> None:
    assert promises("Dit probioticum zal je eczeem genezen.")
    assert promises("Bewezen effectief, met garantie.")
    assert promises("Resultaat gegarandeerd.")
    assert promises("Probiotics cure eczema.")
    assert promises("A proven method.")
    assert promises("Your skin will heal.")
    assert promises("GUARANTEED results")
    assert promises("Dit zal helpen") == []
    assert promises("Lentils in your curry; keep the pack secure; she procured it.") == []


@pytest.mark.parametrize("tip", ALL_TIPS, ids=lambda tip: tip.key)
def test_phase_bound_facts_only_in_their_phases(tip: Tip) -> None:
    texts = [tip.nl, tip.en, tip.child_nl or "", tip.child_en or ""]
    for name, pattern, allowed in PHASE_BOUND:
        if any(pattern.search(text) for text in texts):
            assert tip.phases <= allowed, (tip.key, name, sorted(tip.phases))


@pytest.mark.parametrize(("key", "lang", "text"), ALL_TEXTS)
def test_common_allergens_come_with_the_allergy_line(key: str, lang: str, text: str) -> None:
    assert allergy_problems(text, lang) == [], (key, lang)


def test_allergy_check_catches_a_missing_line() -> None:
    assert allergy_problems("Een handje walnoten is een fijn tussendoortje.", "nl") == ["walnoten"]
    assert allergy_problems("Salmon with dinner.", "en") == ["Salmon"]
    assert (
        allergy_problems(
            "Walnoten zijn fijn. Heb je een voedselallergie, sla dan over wat je niet mag hebben.",
            "nl",
        )
        == []
    )
    assert allergy_problems("Een appel als tussendoortje.", "nl") == []


@pytest.mark.parametrize(("key", "lang", "text"), ALL_TEXTS)
def test_strains_are_named_with_the_mixed_evidence(key: str, lang: str, text: str) -> None:
    if STRAIN_CODES.search(text):
        assert MIXED_EVIDENCE[lang] in text, (key, lang)
    for pattern in OVERSTATED:
        assert not pattern.search(text), (key, lang, pattern.pattern)


@pytest.mark.parametrize(("key", "lang", "text"), TIP_TEXTS)
def test_reassurance_comes_with_a_safety_net(key: str, lang: str, text: str) -> None:
    if REASSURANCE[lang].search(text):
        assert SAFETY_NET[lang].search(text), (key, lang)


@pytest.mark.parametrize(("key", "lang", "text"), TIP_TEXTS)
def test_fermented_food_brings_live_cultures(key: str, lang: str, text: str) -> None:
    if FERMENTED[lang].search(text):
        assert not GENERIC_PROBIOTICS[lang].search(text), (key, lang)
    if NO_FIBRE_FOODS[lang].search(text):
        assert not FIBRE_WORD[lang].search(text), (key, lang)
    for word, before in QUALIFIED[lang]:
        for match in re.finditer(word, text, re.I):
            assert text[: match.start()].lower().endswith(before), (key, lang, word)
    amount, minimum = FIBRE_GOAL[lang]
    if amount in text:
        assert minimum in text, (key, lang)


@pytest.mark.parametrize(
    "tip", [tip for tip in ALL_TIPS if tip.phases <= frozenset({4, 5})], ids=lambda t: t.key
)
def test_maintenance_tips_do_not_assume_the_habit(tip: Tip) -> None:
    for lang in LANGS:
        for text in (getattr(tip, lang), _child_wording(tip, lang)):
            if text is not None:
                assert not ASSUMED_HABIT.search(text), (tip.key, lang)
                assert CONDITIONAL[lang].search(text), (tip.key, lang)


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


@pytest.mark.parametrize(("key", "nl", "en"), TEXT_PAIRS)
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
    assert abbreviation_problems(text) == [], (key, lang)


def test_abbreviation_check_catches_a_bare_abbreviation() -> None:
    assert abbreviation_problems("Zoals L. rhamnosus GG of B. lactis HN019.") == [
        "L. without Lactobacillus",
        "B. without Bifidobacterium",
    ]
    assert abbreviation_problems("Lactobacillus salivarius en L. plantarum.") == []


def test_english_uses_british_spelling_of_fibre() -> None:
    for key, lang, text in ALL_TEXTS:
        if lang == "en":
            assert "fiber" not in text.lower(), key


# --- the seed -------------------------------------------------------------------------------


@pytest.mark.parametrize("tip", ALL_TIPS, ids=lambda tip: tip.key)
def test_source_is_a_short_quote(tip: Tip) -> None:
    assert tip.source.strip(), tip.key
    assert len(tip.source) <= MAX_SOURCE_CHARS, (tip.key, len(tip.source))


def test_the_seed_is_copied_into_the_repository() -> None:
    data = SEED_COPY.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256
    shared = ROOT.parent / "shared" / "seed" / SEED_NAME
    if shared.is_file():  # next to the project too: the copy must be byte-identical
        assert shared.read_bytes() == data


def test_sources_are_verbatim_quotes_from_the_seed() -> None:
    seed = _seed_text()
    normalised = _normalise(seed)
    missing = [tip.key for tip in ALL_TIPS if _normalise(tip.source) not in normalised]
    assert missing == []


def test_tips_do_not_copy_seed_sentences() -> None:
    seed = _seed_text()
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
            assert tip is not None and tip.key != last, (kind, day)
            assert phase_of_day(day) in tip.phases, (kind, day, tip.key)
            last = tip.key


def test_tips_rotate_through_every_fitting_tip() -> None:
    for kind in KINDS:
        for phase_start in PHASE_STARTS:
            phase = phase_of_day(phase_start)
            fitting = {tip.key for tip in TIPS[kind] if phase in tip.phases and tip.for_adult}
            seen: set[str] = set()
            last: str | None = None
            for _ in range(len(TIPS[kind])):
                tip = pick_tip(kind, phase, last)
                assert tip is not None
                seen.add(tip.key)
                last = tip.key
            assert seen == fitting, (kind, phase)


def test_a_parents_tip_reaches_a_parent_and_never_an_adult() -> None:
    adult, parent = set(), set()
    last_adult: str | None = None
    last_parent: str | None = None
    for _ in range(3 * len(TIPS["probiotic"])):
        for_adult = pick_tip("probiotic", 1, last_adult)
        for_parent = pick_tip("probiotic", 1, last_parent, child=True)
        assert for_adult is not None and for_parent is not None
        last_adult, last_parent = for_adult.key, for_parent.key
        adult.add(last_adult)
        parent.add(last_parent)
    assert "probiotic.child_dose" in parent and "probiotic.child_dose" not in adult
    assert "probiotic.dose_cfu" in adult and "probiotic.dose_cfu" not in parent


# -- a parent's child by age band (docs/programme.md) -------------------------------------

GLASS = re.compile(r"\bglas\b|\bglass\b|glaasje", re.IGNORECASE)
RAW_FERMENTED = re.compile(r"zuurkool|sauerkraut|kefir", re.IGNORECASE)


def breaks_band(band: str, tip: Tip, language: str) -> str | None:
    """Why a parent of a child in `band` must not be shown this tip, if they must not."""
    text = tip_text(tip, language, True)
    if band == "under1" and tip.food:
        return "a food or drink tip for a baby"
    if band in ("under1", "1to3") and (GLASS.search(text) or RAW_FERMENTED.search(text)):
        return "a glass of water, raw sauerkraut or kefir for a child under 4"
    return None


@pytest.mark.parametrize("band", AGE_BANDS)
@pytest.mark.parametrize("kind", KINDS)
def test_no_tip_a_parent_can_see_breaks_the_rules_of_the_childs_age(band: str, kind: Kind) -> None:
    shown = [tip for tip in TIPS[kind] if fits(tip, child=True, band=band)]
    for tip in shown:
        for language in LANGS:
            assert breaks_band(band, tip, language) is None, (band, tip.key, language)
    if band == "under1" and kind == "hydration":
        assert shown == []  # and its reminders are off by default, as fibre's are
    if kind in ("probiotic", "winddown"):
        for phase in PHASES:  # every phase still has something to say
            assert pick_tip(kind, phase, None, child=True, band=band) is not None


def test_the_age_rules_catch_bad_examples() -> None:
    water = next(tip for tip in TIPS["hydration"] if tip.key == "hydration.glass_per_meal")
    sauerkraut = next(tip for tip in TIPS["fibre"] if tip.key == "fibre.fermented_side")
    oats = next(tip for tip in TIPS["fibre"] if tip.key == "fibre.oats")
    assert breaks_band("1to3", water, "nl") is not None
    assert breaks_band("1to3", sauerkraut, "en") is not None
    assert breaks_band("under1", oats, "nl") is not None
    assert breaks_band("4to11", water, "nl") is None


@pytest.mark.parametrize("band", AGE_BANDS)
def test_a_small_childs_drink_is_not_a_glass_of_water(band: str) -> None:
    item = Item("hydration", "10:00", late=False)
    for language in LANGS:
        text = render_reminder(language, [item], None, child=True, band=band)
        assert (GLASS.search(text) is None) == (band in ("under1", "1to3")), (band, text)


@pytest.mark.parametrize(
    ("at", "shown"),
    [(dtm.time(8, 0), True), (dtm.time(14, 59), True), (dtm.time(15, 0), False),
     (dtm.time(21, 0), False), (None, True)],
)  # fmt: skip
def test_green_tea_comes_only_with_a_reminder_before_three(
    at: dtm.time | None, shown: bool
) -> None:
    """The review's C-new-13: caffeine is not suggested with the late glasses of water, close
    to the wind-down; nor is any other tip with a time limit picked after it."""
    tea = next(tip for tip in TIPS["hydration"] if tip.key == "hydration.green_tea")
    assert fits(tea, child=False, at=at) is shown
    if at is None:
        return
    last: str | None = None
    for _ in range(2 * len(TIPS["hydration"])):
        tip = pick_tip("hydration", 1, last, at=at)
        assert tip is not None and (tip.before is None or at < tip.before), tip
        last = tip.key
