"""What people will ask that the programme deliberately does not answer itself.

docs/programme.md, "Content boundaries": no IgG food-intolerance tests, no "leaky gut"
(zonulin) tests; asked about tests, the bot says to discuss them with the GP. This recognises
such a question in typed Dutch or English, whatever else the person was asked at that moment.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Whole words or phrases: "test" alone is too common ("ik test het even"), so a test is named
# with what it tests for, or by a name of its own.
_TESTS: Final = re.compile(
    r"\b("
    r"igg\d?|ig-g|zonulin\w*|"
    r"leaky[- ]gut|lekke(nde)? darm\w*|darmlekkage|"
    r"(voedsel)?intoleranti\w*[- ]?test\w*|(food[- ])?intolerance[- ]test\w*|"
    r"(food[- ])?sensitivity[- ]test\w*|"
    r"allergi\w*[- ]?test\w*|allergy[- ]test\w*|"
    r"darm(flora)?[- ]?(test|onderzoek)\w*|gut[- ](flora[- ]|microbiome[- ])?test\w*|"
    r"microbioom[- ]?(test|onderzoek)\w*|microbiome[- ]test\w*|"
    r"ontlasting(s)?[- ]?(test|onderzoek)\w*|poep[- ]?(test|onderzoek)\w*|"
    r"(darm\w*|poep|ontlasting|microbioom|bloed)\s+(laten\s+)?(testen|onderzoeken)|"
    r"stool[- ]test\w*|stool (sample|analysis)|feces[- ]?(test|onderzoek)\w*|"
    # The seed's own words and what people type besides (the review's B-new-2).
    r"(stoelgang|ontlasting|darmflora|microbioom|voedsel\w*|voedings?)s?[- ]?"
    r"(analyse|test|onderzoek)\w*|"
    r"(food|gut|microbiome|stool)[- ](allergy[- ])?(analysis|test)\w*|"
    r"thuistest\w*|home[- ]test\w*|ig[aeg]\d?[- ]?test\w*"
    r")\b",
    re.IGNORECASE,
)


def asks_about_tests(text: str) -> bool:
    """Whether typed text names a test the bot leaves to the GP (IgG, intolerance, leaky gut,
    gut flora, stool)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _TESTS.search(folded) is not None
