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

_REACTION: Final = re.compile(
    "|".join(
        (
            # Dutch: "lippen dik", "tong was opgezwollen", "dikke lip", "zwelling rond de mond"
            rf"\b{_PART_NL}\s+(is |zijn |was |waren |werd |werden |werden heel |erg |heel |"
            r"helemaal |flink )?(dik|dikker|gezwollen|opgezwollen|opgezet|gezwel|zwellen|"
            r"zwollen|zwol)\b",
            rf"\b(dikke|gezwollen|opgezwollen|opgezette)\s+{_PART_NL}\b",
            rf"\bzwelling\s+(van|in|aan|rond|om)\s+{_OWNER_NL}{_PART_NL}\b",
            r"\b(netelroos|galbult\w*|urticaria)\b",
            r"\b(benauwd\w*|ademnood|kortademig\w*)\b",
            r"\bmoeite met (adem\w*|slikken)\b",
            r"\b(kan|kon|kun|kunnen|konden) (bijna |haast |slecht |amper |nauwelijks )?"
            r"(niet )?(meer )?(goed )?(ademen|slikken)\b",
            # Not "EpiPen" alone: it is also what someone lists under /treatment.
            r"\b(anafyla\w*|anaphyla\w*)\b",
            # English: "swollen lips", "lips swelled", "swelling of the tongue", "hives"
            rf"\b(swollen|puffy|puffed[- ]up)\s+{_PART_EN}\b",
            rf"\bswelling\s+(of|in|around|on)\s+{_OWNER_EN}{_PART_EN}\b",
            rf"\b{_PART_EN}\s+(is |are |was |were |got |went |looked |looks |became )?"
            r"(all |really |very )?(swollen|swelled|swelling|puffy|puffed up|swole)\b",
            r"\b(hives|welts)\b",
            r"\b(trouble|difficulty|struggling|struggled|hard) (with |to )?"
            r"(breath\w*|swallow\w*)\b",
            r"\b(can'?t|cannot|could ?n'?t|could not) (breathe|swallow)\b",
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
