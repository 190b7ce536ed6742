"""What each clinical situation makes the bot say, word for word, in both languages, for an
adult and for a parent: the message that closes a check-in, and the itch line of /progress.

The safety lines (a doctor named, what to do if it gets worse) must stand in the same message
as the score that calls for them; these tables are where a change of wording or of rule shows.
"""

from __future__ import annotations

import datetime as dtm

import pytest

from bot.programme.habits import Record
from bot.programme.instruments import itch_verdict
from bot.programme.progress import checkin_result, itch_line, look_back, standing

SAVED_NL = "Dank je, je check-in is bewaard."
SAVED_EN = "Thank you, your check-in is saved."
FIRST_NL = "Na de volgende check-in is er een startpunt; daarna laat /progress zien hoe het gaat."
FIRST_EN = "After the next check-in there is a starting point; then /progress shows how it goes."
SCORE_FIRST_NL = (
    "Huidscore (POEM-schaal, een gangbare vragenlijst voor eczeem; 0 betekent: de afgelopen "
    "week geen klachten): "
)
SCORE_FIRST_EN = (
    "Skin score (POEM scale, a common questionnaire for eczema; 0 means: no symptoms in the "
    "past week): "
)
NEXT_NL = "Met /progress zie je hoe het gaat."
NEXT_EN = "/progress shows how it is going."
INFECTION_NL = (
    "Plekken die plotseling nat worden of pijn doen, gele korstjes, pijnlijke blaasjes of "
    "koorts kunnen op een infectie wijzen: bel dan nog dezelfde dag je huisarts ('s avonds en "
    "in het weekend: de huisartsenpost)."
)
INFECTION_EN = (
    "Patches that suddenly weep or hurt, yellow crusts, painful blisters or a fever can mean "
    "an infection: call your GP the same day (in the evening or at the weekend, the "
    "out-of-hours GP service)."
)
INFECTION_CHILD_NL = INFECTION_NL.replace("je huisarts", "de huisarts")
INFECTION_CHILD_EN = INFECTION_EN.replace("your GP", "the GP")
SEVERE_NL = (
    "Je huidscore valt in de ernstige zone. Maak deze week een afspraak bij je huisarts of "
    "dermatoloog."
)
SEVERE_EN = (
    "Your skin score is in the severe range. Make an appointment with your GP or dermatologist "
    "this week."
)
VERY_SEVERE_EN = SEVERE_EN.replace("the severe", "the very severe")
VERY_SEVERE_CHILD_NL = (
    "De huidscore van je kind valt in de zeer ernstige zone. Maak deze week een afspraak bij de "
    "huisarts van je kind of een dermatoloog."
)
VERY_SEVERE_CHILD_EN = (
    "Your child's skin score is in the very severe range. Make an appointment with your "
    "child's GP or a dermatologist this week."
)
WORSENING_NL = (
    "Je huidscore is duidelijk slechter dan bij je startpunt. Neem contact op met je huisarts "
    "of dermatoloog."
)
WORSENING_EN = (
    "Your skin score is clearly worse than at your starting point. Please contact your GP or "
    "dermatologist."
)
WORSENING_CHILD_NL = (
    "De huidscore van je kind is duidelijk slechter dan bij het startpunt. Neem contact op met "
    "de huisarts van je kind of met een dermatoloog."
)
SIX_WEEKS_NL = (
    "Na 6 weken zie ik nog geen duidelijke verbetering. Dat is een goed moment om je huisarts "
    "of dermatoloog te laten meekijken; vaak werkt een dermatoloog samen met een diëtist het "
    "best."
)
SIX_WEEKS_EN = (
    "After 6 weeks I see no clear improvement yet. This is a good moment to have your GP or "
    "dermatologist take a look; a dermatologist and a dietitian together often work best."
)
SIX_WEEKS_CHILD_EN = (
    "After 6 weeks I see no clear improvement yet. This is a good moment to have your child's "
    "GP or a dermatologist take a look; a dermatologist and a paediatric dietitian together "
    "often work best."
)
WORSE_QUICKLY_NL = (
    "Gaat het snel slechter of maak je je zorgen, neem dan contact op met je huisarts."
)
WORSE_QUICKLY_EN = "If it gets worse quickly or you are worried, contact your GP."
WORSE_QUICKLY_CHILD_NL = (
    "Gaat het snel slechter of maak je je zorgen, neem dan contact op met de huisarts van je kind."
)


def unconfirmed_nl(points: str, direction: str) -> str:
    return (
        f"Vergeleken met het startpunt: {points} punten {direction}. Eén check-in is te weinig "
        "om zeker te zijn; na de volgende kijk ik opnieuw."
    )


def unconfirmed_en(points: str, direction: str) -> str:
    return (
        f"Compared with the starting point: {points} points {direction}. One check-in is too "
        "few to be sure; I'll look again after the next one."
    )


def lines(*parts: str) -> str:
    return "\n".join(parts)


def weekly(scores: list[int], day: int) -> list[tuple[int, int]]:
    """The scores as check-ins a week apart, the last on programme `day`."""
    return [(day - 7 * (len(scores) - 1 - n), score) for n, score in enumerate(scores)]


# (scores of every completed check-in, this one last; programme day; language; for a child;
#  the whole message).
SITUATIONS = [
    pytest.param(
        [24],
        0,
        "nl",
        False,
        lines(
            SAVED_NL,
            SCORE_FIRST_NL + "24 van 28, ernstig eczeem.",
            SEVERE_NL,
            INFECTION_NL,
            FIRST_NL,
        ),
        id="first check-in severe, nl",
    ),
    pytest.param(
        [24],
        0,
        "en",
        False,
        lines(
            SAVED_EN,
            SCORE_FIRST_EN + "24 of 28, severe eczema.",
            SEVERE_EN,
            INFECTION_EN,
            FIRST_EN,
        ),
        id="first check-in severe, en",
    ),
    pytest.param(
        [26],
        0,
        "nl",
        True,
        lines(
            "Dank je, de check-in is bewaard.",
            "Huidscore van je kind (POEM-schaal, een gangbare vragenlijst voor eczeem; 0 betekent: "
            "de afgelopen week geen klachten): 26 van 28, zeer ernstig eczeem.",
            VERY_SEVERE_CHILD_NL,
            INFECTION_CHILD_NL,
            FIRST_NL,
        ),
        id="first check-in very severe, parent, nl",
    ),
    pytest.param(
        [26],
        0,
        "en",
        True,
        lines(
            "Thank you, the check-in is saved.",
            "Your child's skin score (POEM scale, a common questionnaire for eczema; 0 means: "
            "no symptoms in the past week): 26 of 28, very severe eczema.",
            VERY_SEVERE_CHILD_EN,
            INFECTION_CHILD_EN,
            FIRST_EN,
        ),
        id="first check-in very severe, parent, en",
    ),
    pytest.param(
        [5],
        0,
        "nl",
        False,
        lines(SAVED_NL, SCORE_FIRST_NL + "5 van 28, mild eczeem.", FIRST_NL),
        id="first check-in mild: no doctor",
    ),
    pytest.param(
        [5, 5, 26],
        14,
        "en",
        False,
        lines(
            SAVED_EN,
            "Skin score (POEM scale): 26 of 28, very severe eczema.",
            unconfirmed_en("21", "worse"),
            WORSE_QUICKLY_EN,
            VERY_SEVERE_EN,
            INFECTION_EN,
        ),
        id="mild then very severe, en",
    ),
    pytest.param(
        [5, 5, 26],
        14,
        "nl",
        True,
        lines(
            "Dank je, de check-in is bewaard.",
            "Huidscore van je kind (POEM-schaal): 26 van 28, zeer ernstig eczeem.",
            unconfirmed_nl("21", "slechter"),
            WORSE_QUICKLY_CHILD_NL,
            VERY_SEVERE_CHILD_NL,
            INFECTION_CHILD_NL,
        ),
        id="mild then very severe, parent, nl",
    ),
    # Worse by 3, 5 and 10: unconfirmed on one check-in, confirmed on two in a row.
    pytest.param(
        [4, 4, 7],
        14,
        "nl",
        False,
        lines(
            SAVED_NL,
            "Huidscore (POEM-schaal): 7 van 28, mild eczeem.",
            unconfirmed_nl("3", "slechter"),
            WORSE_QUICKLY_NL,
        ),
        id="worse by 3, unconfirmed, nl",
    ),
    pytest.param(
        [4, 4, 7, 7],
        21,
        "nl",
        False,
        lines(
            SAVED_NL,
            "Huidscore (POEM-schaal): 7 van 28, mild eczeem.",
            "Vergeleken met het startpunt: waarschijnlijk een betekenisvolle verandering "
            "(3 punten slechter, twee check-ins op rij).",
            WORSENING_NL,
            INFECTION_NL,
        ),
        id="worse by 3, confirmed, nl",
    ),
    pytest.param(
        [4, 4, 9],
        14,
        "en",
        False,
        lines(
            SAVED_EN,
            "Skin score (POEM scale): 9 of 28, moderate eczema.",
            unconfirmed_en("5", "worse"),
            WORSE_QUICKLY_EN,
        ),
        id="worse by 5, unconfirmed, en",
    ),
    pytest.param(
        [4, 4, 9, 9],
        21,
        "en",
        False,
        lines(
            SAVED_EN,
            "Skin score (POEM scale): 9 of 28, moderate eczema.",
            "Compared with the starting point: very likely a meaningful change (5 points worse, "
            "two check-ins in a row).",
            WORSENING_EN,
            INFECTION_EN,
        ),
        id="worse by 5, confirmed, en",
    ),
    pytest.param(
        [4, 4, 14],
        14,
        "nl",
        False,
        lines(
            SAVED_NL,
            "Huidscore (POEM-schaal): 14 van 28, matig eczeem.",
            unconfirmed_nl("10", "slechter"),
            WORSE_QUICKLY_NL,
        ),
        id="worse by 10, unconfirmed (the review's A2), nl",
    ),
    pytest.param(
        [4, 4, 14, 14],
        21,
        "nl",
        True,
        lines(
            "Dank je, de check-in is bewaard.",
            "Huidscore van je kind (POEM-schaal): 14 van 28, matig eczeem.",
            "Vergeleken met het startpunt: zeer waarschijnlijk een betekenisvolle verandering "
            "(10 punten slechter, twee check-ins op rij).",
            WORSENING_CHILD_NL,
            INFECTION_CHILD_NL,
        ),
        id="worse by 10, confirmed, parent, nl",
    ),
    # Six weeks without a meaningful improvement: said with the result of that check-in.
    pytest.param(
        [12, 12, 12, 11, 11, 11, 11],
        42,
        "en",
        False,
        lines(
            SAVED_EN,
            "Skin score (POEM scale): 11 of 28, moderate eczema.",
            "Compared with the starting point: no clear change (1 point difference).",
            SIX_WEEKS_EN,
            INFECTION_EN,
        ),
        id="no improvement at week 6, en",
    ),
    pytest.param(
        [12, 12, 12, 11, 11, 11, 11],
        42,
        "en",
        True,
        lines(
            "Thank you, the check-in is saved.",
            "Your child's skin score (POEM scale): 11 of 28, moderate eczema.",
            "Compared with the starting point: no clear change (1 point difference).",
            SIX_WEEKS_CHILD_EN,
            INFECTION_CHILD_EN,
        ),
        id="no improvement at week 6, parent, en",
    ),
    pytest.param(
        [12, 12, 12, 11, 11, 11, 11],
        42,
        "nl",
        False,
        lines(
            SAVED_NL,
            "Huidscore (POEM-schaal): 11 van 28, matig eczeem.",
            "Vergeleken met het startpunt: geen duidelijke verandering (1 punt verschil).",
            SIX_WEEKS_NL,
            INFECTION_NL,
        ),
        id="no improvement at week 6, nl",
    ),
    # Improvement: told plainly, and no doctor is named.
    pytest.param(
        [16, 16, 10],
        21,
        "nl",
        False,
        lines(
            SAVED_NL,
            "Huidscore (POEM-schaal): 10 van 28, matig eczeem.",
            unconfirmed_nl("6", "beter"),
            NEXT_NL,
        ),
        id="better by 6 once, nl",
    ),
    pytest.param(
        [16, 16, 10, 9],
        49,
        "en",
        False,
        lines(
            SAVED_EN,
            "Skin score (POEM scale): 9 of 28, moderate eczema.",
            "Compared with the starting point: very likely a meaningful change (7 points better, "
            "two check-ins in a row).",
            NEXT_EN,
        ),
        id="better, confirmed, after week 6, en",
    ),
    pytest.param(
        [16, 16, 10, 9],
        49,
        "nl",
        True,
        lines(
            "Dank je, de check-in is bewaard.",
            "Huidscore van je kind (POEM-schaal): 9 van 28, matig eczeem.",
            "Vergeleken met het startpunt: zeer waarschijnlijk een betekenisvolle verandering "
            "(7 punten beter, twee check-ins op rij).",
            NEXT_NL,
        ),
        id="better, confirmed, parent, nl",
    ),
]


@pytest.mark.parametrize(("scores", "day", "language", "child", "expected"), SITUATIONS)
def test_the_message_that_closes_a_check_in(
    scores: list[int], day: int, language: str, child: bool, expected: str
) -> None:
    where = standing(weekly(scores, day))
    assert checkin_result(scores[-1], where, len(scores), language, child) == expected


def test_a_check_in_without_a_score_still_names_the_doctor_when_the_trend_calls_for_it() -> None:
    where = standing(weekly([12, 12, 12, 12, 12, 12], 42))  # the seventh check-in had no score
    text = checkin_result(None, where, 7, "nl", False)
    assert text.splitlines()[0].startswith("Dank je, je check-in is bewaard. Er zijn twee")
    assert SIX_WEEKS_NL in text and INFECTION_NL in text


@pytest.mark.parametrize(
    ("means", "language", "expected"),
    [
        # From a start of 4 or more, a fall of 4 is a response.
        (
            [6.0, 5.0, 1.5],
            "nl",
            "Jeuk: het weekgemiddelde is minstens 4 punten lager dan het startpunt (5,5, "
            "matig). Dat telt als een duidelijke daling.",
        ),
        (
            [8.0, 7.0, 3.5],
            "en",
            "Itch: the weekly mean is at least 4 points below the starting point (7.5, "
            "severe). That counts as a clear fall.",
        ),
        (
            [6.0, 5.0, 4.0],
            "en",
            "Itch: starting point 5.5 (moderate); no fall of 4 points yet, the trend is falling.",
        ),
        # From a start below 4 there is no room to fall 4: only the trend.
        (
            [3.0, 3.0, 0.0],
            "nl",
            "Jeuk: het startpunt was 3 (mild), dus ik laat alleen de trend zien: dalend.",
        ),
        (
            [3.0, 2.0, 4.0],
            "en",
            "Itch: the starting point was 2.5 (mild), so I only show the trend: rising.",
        ),
        ([5.0, 5.0], "nl", None),
    ],
)
def test_the_itch_line(means: list[float], language: str, expected: str | None) -> None:
    assert itch_line(itch_verdict(means), language) == expected


def test_the_weekly_look_back() -> None:
    today = dtm.date(2026, 12, 6)
    itch = [(today - dtm.timedelta(days=n), 6 if n >= 7 else 4) for n in range(14)]
    records: list[Record] = [
        (today - dtm.timedelta(days=n), "probiotic", "sent", "done") for n in range(14)
    ]
    assert look_back(itch, records, today, "nl") == [
        "Jeuk deze week gemiddeld 4, de week ervoor 6.",
        # Two weeks of the kind, today's included: ticked off, no score until it has
        # fourteen whole days behind it.
        "Gewoontes: Probioticum: afgevinkt 14 van 14.",
    ]
    longer: list[Record] = [
        (today - dtm.timedelta(days=n), "probiotic", "sent", "done") for n in range(15)
    ]
    assert look_back(itch, longer, today, "nl")[1] == (
        "Gewoontes: Probioticum: afgevinkt 15 van 15, gewoontescore 100%."
    )
    assert look_back(itch[:3], [], today, "en") == ["Itch this week: mean 4."]
    assert look_back([], [], today, "en") == []


def test_a_check_in_without_a_score_repeats_no_verdict_and_says_whose_score_was_severe() -> None:
    unconfirmed = checkin_result(None, standing(weekly([4, 4, 14], 21)), 4, "nl", False)
    assert "Vergeleken met het startpunt" not in unconfirmed
    severe = checkin_result(None, standing(weekly([20, 20], 21)), 3, "en", False)
    assert "Your last skin score was in the severe range." in severe
    assert "Your skin score is in the severe range." not in severe
    child = checkin_result(None, standing(weekly([20, 20], 21)), 3, "nl", True)
    assert "De vorige huidscore van je kind viel in de ernstige zone." in child


def test_six_weeks_without_improvement_is_said_once_and_not_for_clear_skin() -> None:
    """The review's A-new-5: clear skin is never referred for "no improvement", a child six
    points better is not told "no clear improvement" on the next line, and the referral (with
    the infection line) is said once, not every week."""
    clear = checkin_result(0, standing(weekly([1, 1, 0, 1, 1, 1, 0], 42)), 7, "nl", False)
    assert SIX_WEEKS_NL not in clear and INFECTION_NL not in clear
    better = checkin_result(10, standing(weekly([16, 16, 10], 42)), 3, "en", True)
    assert "6 points better" in better and "no clear improvement" not in better
    said = checkin_result(11, standing(weekly([12] * 6 + [11], 42)), 7, "nl", False)
    assert SIX_WEEKS_NL in said and INFECTION_NL in said
    week_after = checkin_result(11, standing(weekly([12] * 6 + [11, 11], 49)), 8, "nl", False)
    assert SIX_WEEKS_NL not in week_after and INFECTION_NL not in week_after
    month_after = standing(weekly([12] * 6 + [11] * 5, 70))
    again = checkin_result(11, month_after, 11, "nl", False)
    assert SIX_WEEKS_NL in again and INFECTION_NL not in again  # the warning once, not always
