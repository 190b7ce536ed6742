"""An allergic reaction, as people type it, gets the urgent line; ordinary notes do not."""

from __future__ import annotations

import pytest

from bot.programme.safety import describes_allergic_reaction
from messages import CATALOGUES

REACTIONS = [
    "rode uitslag rond de mond na ei, lippen dik",
    "Na de pinda werd zijn tong dik",
    "dikke lip na het eten van kiwi",
    "Gezicht helemaal opgezwollen vanochtend",
    "zwelling rond de mond na de noten",
    "zwelling van haar tong",
    "Ze kreeg galbulten over haar hele lijf",
    "netelroos na de aardbeien",
    "Hij was benauwd na het eten",
    "moeite met ademen en slikken",
    "Ik kon bijna niet ademen",
    "kan niet goed slikken sinds gisteren",
    "oogleden gezwollen na de kat",
    "hives after peanut",
    "Swollen lips after eating egg",
    "her tongue was swollen",
    "swelling of the face this morning",
    "trouble breathing after lunch",
    "he couldn't breathe properly",
    "My throat felt tight after the shrimp",
    "Difficulty swallowing since the nuts",
    "short of breath and wheezing",
    "lips got really puffy",
    "anafylactische reactie na de pinda",
    # The second review's list: the most common Dutch wording, and a degree word in between.
    "moeilijk ademen",
    "moeilijk slikken",
    "ademhalingsproblemen na de noten",
    "hij krijgt geen lucht",
    "mijn keel zit dicht",
    "keel voelt dik",
    "tong voelt dik",
    "lippen een beetje dik",
    "lip is wat dik",
    "haar lippen waren erg dik",
    "tongue feels swollen",
    "facial swelling after the prawns",
]

ORDINARY = [
    "Moet ik een IgG-test laten doen?",
    "Zwemmen in het chloorbad, daarna jeuk",
    "rode plekken op mijn arm",
    "droge lippen door de kou",
    "Lippen gesprongen, verder rustig",
    "ademhalingsoefeningen gedaan voor het slapen",
    "dikke trui aan, veel gezweet",
    "Buik opgeblazen na de bonen",
    "jeuk aan mijn gezicht",
    "mondhoekjes ingescheurd",
    "tong uitgestoken naar zijn zus",
    "slikte het probioticum goed door",
    "dry skin on my face",
    "my lips are chapped",
    "breathing exercises before bed",
    "a swollen ankle after football",
    "felt a bit tired, face itchy",
    "EpiPen",  # a name typed under /treatment
    "ik was benauwd dat het niet zou lukken",  # worried
    "het was benauwd warm in de klas",  # a stuffy room
    "kortademig bij sport",
    "het gezicht is dik ingesmeerd",
    "I can't swallow pills",
    "trouble swallowing the capsule",
    "hard to swallow pill",
    "cetirizine tegen netelroos",  # a treatment's name
    "",
]


@pytest.mark.parametrize("text", REACTIONS)
def test_a_described_reaction_is_recognised(text: str) -> None:
    assert describes_allergic_reaction(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_note_is_not(text: str) -> None:
    assert not describes_allergic_reaction(text)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("key", ["safety.allergic", "safety.allergic.child"])
def test_the_line_says_where_to_call(language: str, key: str) -> None:
    text = CATALOGUES[language][key]
    assert "112" in text
    assert {"nl": "huisartsenpost", "en": "out-of-hours GP service"}[language] in text
    assert {"nl": "vandaag", "en": "today"}[language] in text
