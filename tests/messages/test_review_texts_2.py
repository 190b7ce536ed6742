"""The second text review's findings about wording (texts-2.md, A-new-6 and C-new-5 to
C-new-17), each as rows of a table: what the text must say now, and what it may no longer say.

Findings fixed in code rather than in words have their tests beside that code: C-new-8 and
C-new-9 in tests/programme/test_situations.py, C-new-13 in tests/messages/test_tips.py, C-new-1
to C-new-4 in tests/programme/test_summary_page.py, C-new-16 in tests/programme/test_chart.py.
"""

from __future__ import annotations

import pytest

from messages import CATALOGUES
from messages.tips import TIPS

# (finding, language, key, must contain, may not contain)
ROWS: list[tuple[str, str, str, str, str]] = [
    ("C-new-5", "nl", "checkin.food_caveat", "doe je samen met je huisarts", "het best"),
    ("C-new-5", "en", "checkin.food_caveat", "something to do with your GP", "best done"),
    ("C-new-6", "nl", "progress.patterns", "genoeg genoteerd om te vergelijken", "iets te zien"),
    ("C-new-6", "en", "progress.patterns", "noted enough to compare", "something to see"),
    ("C-new-10", "nl", "checkin.done_first", "0 betekent: de afgelopen week geen klachten",
     "0 is geen eczeem"),
    ("C-new-10", "nl", "checkin.done_first.child", "0 betekent: de afgelopen week geen klachten",
     "0 is geen eczeem"),
    ("C-new-10", "en", "checkin.done_first", "0 means: no symptoms in the past week",
     "0 is no eczema"),
    ("C-new-10", "en", "checkin.done_first.child", "0 means: no symptoms in the past week",
     "0 is no eczema"),
    ("C-new-11", "nl", "cmd.patterns", "wat de jeuk deed", "je jeuk"),
    ("C-new-11", "en", "cmd.patterns", "what the itch did", "your itch"),
    ("C-new-11", "nl", "cmd.summary", "de huisarts of dermatoloog", "je huisarts"),
    ("C-new-11", "en", "cmd.summary", "the GP or dermatologist", "your GP"),
    ("C-new-11", "nl", "progress.header.child", "Voortgang van je kind", "Je voortgang"),
    ("C-new-11", "en", "progress.header.child", "Your child's progress", "Your progress"),
    ("C-new-11", "nl", "onboarding.consent.child",
     "Ook voor je kind: stop nooit met een voorgeschreven behandeling zonder overleg met de "
     "huisarts.", "\0"),
    ("C-new-11", "en", "onboarding.consent.child",
     "For your child too: never stop a prescribed treatment without talking to the GP.", "\0"),
    ("C-new-12", "nl", "onboarding.disclaimer",
     "Stop nooit met een voorgeschreven behandeling zonder overleg met je arts",
     "zonder overleg met je arts met een"),
    ("C-new-14", "en", "summary.ask", "or would you rather leave them out?", "or rather not"),
]  # fmt: skip


@pytest.mark.parametrize(("finding", "language", "key", "says", "not_said"), ROWS)
def test_a_finding_is_fixed_in_its_text(
    finding: str, language: str, key: str, says: str, not_said: str
) -> None:
    text = CATALOGUES[language][key]
    assert says in text, (finding, key)
    assert not_said not in text, (finding, key)


# Phrases the review found anywhere in a catalogue; none may come back under another key.
GONE: dict[str, tuple[str, ...]] = {
    "nl": ("tegen de avonden", "zonder iets genoteerd", "nooit alleen", "niet snel toeval"),
    "en": ("what came together", "done of sent", "or rather not", "mixed results"),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_text_says_what_the_review_found(language: str) -> None:
    for key, text in CATALOGUES[language].items():
        for phrase in GONE[language]:
            assert phrase not in text, (key, phrase)


def tip(key: str) -> tuple[str, str, str | None, str | None]:
    found = next(t for tips in TIPS.values() for t in tips if t.key == key)
    return found.nl, found.en, found.child_nl, found.child_en


def test_a_new_6_strains_come_with_cochrane() -> None:
    nl, en, child_nl, child_en = tip("probiotic.strains_lgg")
    for text in (nl, child_nl or ""):
        assert "Cochrane-review (2018) vond weinig of geen verschil bij eczeem" in text
        assert "wisselende uitkomsten" not in text
    for text in (en, child_en or ""):
        assert "Cochrane review (2018) found little or no difference in eczema" in text


def test_c_new_15_a_childs_fibre_is_asked_of_the_gp_clinic_or_dietitian() -> None:
    _, _, child_nl, child_en = tip("fibre.build_gradually")
    assert "Vraag je huisarts, het consultatiebureau of een (kinder)diëtist" in (child_nl or "")
    assert "Ask your GP, the child health clinic or a (paediatric) dietitian" in (child_en or "")
    assert "apotheker" not in (child_nl or "") and "pharmacist" not in (child_en or "")


def test_c_new_17_the_dose_is_the_sources_and_the_leaflet_rules() -> None:
    nl, en, _, _ = tip("probiotic.dose_cfu")
    assert "De bron noemt meestal 10 tot 50 miljard CFU per dag; volg de bijsluiter" in nl
    assert "The source usually names 10 to 50 billion CFU a day; follow the package leaflet" in en
