"""Typed words that need an urgent line before anything else: an allergic reaction.

Swelling of the lips, mouth, face, tongue or throat, hives, or trouble breathing or swallowing
can be an allergic reaction, after a food or not; the bot does not judge it, it says at once
where to call (112 when breathing or swallowing is hard; otherwise the GP or the out-of-hours
GP service today). Whatever else the text was (a check-in note, an answer), it is still taken
as that: the line comes first, nothing is lost.

Phrasings are matched, not single words: "dik" or "tong" alone are everyday words; "lippen dik"
and "dikke tong" are not.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

_PART_NL: Final = r"(lip|lippen|lipje|lipjes|mond|mondje|gezicht|gezichtje|tong|keel|ogen|oogleden)"
_PART_EN: Final = r"(lip|lips|mouth|face|tongue|throat|eyelids?|eyes)"
_OWNER_NL: Final = r"(de |het |z'n |zijn |haar |mijn |m'n |je |zn )?"
_OWNER_EN: Final = r"(the |my |his |her |their |your )?"

# Words between a body part and how it is: "lip is wat dik", "tong voelt dik".
_VERB_NL: Final = r"(is |zijn |was |waren |werd |werden |wordt |voelt |voelde |voelen |zit |zat )?"
_DEGREE_NL: Final = r"(erg |heel |zo |wat |een beetje |beetje |helemaal |flink |echt )?"
_VERB_EN: Final = r"(is |are |was |were |got |went |looked |looks |became |feels |felt |feel )?"
# "Swallow" of a pill is no symptom: "I can't swallow pills", "moeite met pillen slikken".
_NOT_A_PILL_EN: Final = r"(?!\s+(the |a |my |those |these |his |her )?(pills?|capsules?|tablets?))"

_REACTION: Final = re.compile(
    "|".join(
        (
            # Dutch: "lippen dik", "tong was opgezwollen", "dikke lip", "zwelling rond de mond"
            rf"\b{_PART_NL}\s+{_VERB_NL}{_DEGREE_NL}(dik|dikker|gezwollen|opgezwollen|opgezet|"
            r"gezwel|zwellen|zwollen|zwol)\b(?!\s+(ingesmeerd|ingevet|gesmeerd))",
            rf"\b(dikke|gezwollen|opgezwollen|opgezette)\s+{_PART_NL}\b",
            rf"\bzwelling\s+(van|in|aan|rond|om)\s+{_OWNER_NL}{_PART_NL}\b",
            r"\bkeel\s+(zit |zat |voelt |voelde |is |was |ging )?(helemaal )?(dicht|dik|"
            r"toegeknepen)\b",
            r"\b(netelroos|galbult\w*|urticaria)\b(?<!tegen netelroos)",
            # Short of breath after something, not worried ("benauwd dat") or a stuffy room.
            r"\b(werd|word|wordt|was|is|kreeg|krijgt|raakte|erg|heel|zo)\s+(het\s+)?benauwd\b"
            r"(?!\s+(dat|warm|heet|om|voor))",
            r"\b(benauwd|kortademig)\s+na\b",
            r"\bademnood\b",
            r"\b(geen|nauwelijks|amper) lucht\b",
            r"\b(moeite met|moeilijk|zwaar) (adem\w*|slikken)\b",
            r"\bademhalingsproblemen\b",
            r"\b(kan|kon|kun|kunnen|konden) (bijna |haast |slecht |amper |nauwelijks )?"
            r"(niet )?(meer )?(goed )?(ademen|slikken)\b",
            # Not "EpiPen" alone: it is also what someone lists under /treatment.
            r"\b(anafyla\w*|anaphyla\w*)\b",
            # English: "swollen lips", "lips swelled", "swelling of the tongue", "hives"
            rf"\b(swollen|puffy|puffed[- ]up)\s+{_PART_EN}\b",
            rf"\b(swelling\s+(of|in|around|on)\s+{_OWNER_EN}{_PART_EN}|facial swelling)\b",
            rf"\b{_PART_EN}\s+{_VERB_EN}(all |really |very |a bit |so )?"
            r"(swollen|swelled|swelling|puffy|puffed up|swole|thick)\b",
            r"\b(hives|welts)\b",
            r"\b(trouble|difficulty|struggling|struggled|hard) (with |to )?"
            rf"(breath\w*|swallow\w*{_NOT_A_PILL_EN})\b",
            rf"\b(can'?t|cannot|could ?n'?t|could not) (breathe|swallow{_NOT_A_PILL_EN})\b",
            r"\b(short(ness)? of breath|wheez\w*)\b",
            r"\bthroat (is |was |felt |feels )?(closing|tight|tightening)\b",
        )
    ),
    re.IGNORECASE,
)


def describes_allergic_reaction(text: str) -> bool:
    """Whether typed text describes swelling of the lips, mouth, face, tongue or throat, hives,
    or trouble breathing or swallowing (nl or en)."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return _REACTION.search(folded) is not None
