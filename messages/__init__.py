"""Every user-facing text, in Dutch and English, looked up by key.

`nl.TEXTS` and `en.TEXTS` have the same keys and the same `{placeholders}` (a test checks this).
"""

from __future__ import annotations

from typing import Final

from messages import en as en
from messages import nl as nl

LANGUAGES: Final[tuple[str, ...]] = ("nl", "en")
DEFAULT_LANGUAGE: Final[str] = "nl"
CATALOGUES: Final[dict[str, dict[str, str]]] = {"nl": nl.TEXTS, "en": en.TEXTS}


def language_or_default(code: str | None, default: str = DEFAULT_LANGUAGE) -> str:
    """Map Telegram's `language_code` (`nl-BE`, `en`, ...) to one of ours."""
    if code:
        short = code.split("-")[0].lower()
        if short in CATALOGUES:
            return short
    return default


def t(lang: str, key: str, /, **values: object) -> str:
    catalogue = CATALOGUES.get(lang, CATALOGUES[DEFAULT_LANGUAGE])
    return catalogue[key].format(**values)


def tc(lang: str, key: str, child: bool, /, **values: object) -> str:
    """`key`, or its wording for a parent about their child (`key.child`) where one exists."""
    catalogue = CATALOGUES.get(lang, CATALOGUES[DEFAULT_LANGUAGE])
    if child and f"{key}.child" in catalogue:
        key = f"{key}.child"
    return catalogue[key].format(**values)
