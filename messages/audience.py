"""Whom a text is for, as far as the words depend on it: a parent's child, by age band.

docs/programme.md, "Parents and children": the child's age band is asked once. Under 1 year
there are no food tips (the consultatiebureau or the huisarts guides a baby's food); from 1
to 3 years no "glass of water" wording and no raw sauerkraut or kefir. The bands are stored,
never a birth date.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

AgeBand = Literal["under1", "1to3", "4to11", "12to15"]
AGE_BANDS: Final[tuple[AgeBand, ...]] = get_args(AgeBand)


def no_food_tips(band: str | None) -> bool:
    """A baby: what it eats and drinks is the consultatiebureau's and the huisarts's."""
    return band == "under1"


def small_child(band: str | None) -> bool:
    """Under 4: no "glass of water", no raw sauerkraut, no kefir."""
    return band in ("under1", "1to3")
