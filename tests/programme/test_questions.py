"""Typed questions about tests are recognised, in Dutch and English, and ordinary text is not."""

from __future__ import annotations

import pytest

from bot.programme.questions import asks_about_tests


@pytest.mark.parametrize(
    "text",
    [
        "Moet ik een IgG test laten doen?",
        "Wat vind je van een voedselintolerantietest?",
        "Heb ik misschien een lekkende darm?",
        "Is een zonuline test zinvol",
        "Kan ik een darmflora onderzoek laten doen?",
        "Mijn moeder raadt een ontlastingsonderzoek aan",
        "should I do a food intolerance test?",
        "What about leaky gut?",
        "Is a stool test worth it",
        "my friend did an IgG4 panel",
        "Gut microbiome test, yes or no?",
        "Allergietest bij de huisarts?",
        "Is een zonulinetest zinvol?",
        "Heb ik een lekke darm?",
        "Kan ik mijn darmflora laten testen?",
        "Moet ik mijn poep laten onderzoeken?",
        "What about a food sensitivity test?",
        # The review's B-new-2: the seed's own words, and what people type besides.
        "Kan ik een voedselallergietest laten doen?",
        "Wat vind je van een darmflora-analyse?",
        "Is een ontlastingsanalyse zinvol?",
        "microbioomanalyse, ja of nee?",
        "Ik heb een voedingstest gedaan bij de drogist",
        "Een thuistest voor de darm?",
        "Wat zegt een IgE-test?",
        "stoelganganalyse bij de drogist",
        "Should I get a food allergy test?",
        "What about a gut microbiome analysis?",
        "Is a home test kit any good?",
        "My IgA test came back",
    ],
)
def test_questions_about_tests_are_recognised(text: str) -> None:
    assert asks_about_tests(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik test het even",
        "Vandaag ging het beter met mijn huid",
        "Drukke week op het werk, veel gekrabd.",
        "The contest at work was stressful",
        "I tested the new cream, it was fine",
        "07:30",
        "",
        "ik heb een voedselintolerantie voor lactose",
        "I have a food intolerance to lactose",
        "bloedtest bij de huisarts gehad, alles goed",
        "voeding is belangrijk voor mijn darmen",
        "The analysis of my week: itchy",
    ],
)
def test_ordinary_text_is_not_a_question_about_tests(text: str) -> None:
    assert not asks_about_tests(text)
