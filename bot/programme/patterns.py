"""The pattern finder: what a person's own evening itch did after the days they noted a
suspected trigger, against the days with nothing noted before them.

Pure numbers, and words that never go further than they can: what the numbers showed, never
what caused it (PRODUCT "Content boundaries"). For each trigger noted on at least MIN_DAYS
days: the mean itch of the evenings in the 48 hours after (the evening of the day it was noted
and the next), against the evenings with no trigger of any kind noted that day or the day
before; how many evenings stand behind each mean; and how easily chance alone could give such
a difference (a Mann-Whitney rank test, which needs no assumption about how itch scores are
spread, with its normal approximation; with few evenings no test is trusted at all).

Days are the person's local dates, so a daylight-saving day is one day like any other.
"""

from __future__ import annotations

import datetime as dtm
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import NormalDist, fmean
from typing import Final, Literal

from bot.programme.checkin import FOODS, TRIGGERS
from messages import t, tc
from messages.words import decimal, tn

# The check-in's list, and what people note on the day besides ("other" stays last).
DAY_TRIGGERS: Final[tuple[str, ...]] = (
    *(trigger for trigger in TRIGGERS if trigger != "other"),
    "sweat",
    "care_product",
    "other",
)
MIN_DAYS: Final = 3  # noted on fewer days: nothing to say yet
WINDOW_DAYS: Final = 2  # the day it was noted and the next: the 48 hours after
# Fewer evenings than this on either side: "this could easily be chance", whatever the test.
MIN_EVENINGS: Final = 6
ALPHA: Final = 0.05

Chance = Literal["no_itch", "easily_chance", "could_be_chance", "unlikely_chance"]


@dataclass(frozen=True)
class Pattern:
    trigger: str
    days: int  # days it was noted
    after: float | None  # mean itch of the evenings in the 48 hours after
    after_evenings: int
    clear: float | None  # mean itch of the evenings with nothing noted in the 48 hours before
    clear_evenings: int
    p: float | None  # two-sided, from the rank test; None when not computed
    chance: Chance


def _window(day: dtm.date) -> list[dtm.date]:
    return [day + dtm.timedelta(days=n) for n in range(WINDOW_DAYS)]


def find_patterns(
    noted: Mapping[str, Sequence[dtm.date]], itch: Mapping[dtm.date, int]
) -> list[Pattern]:
    """One Pattern per trigger noted on at least MIN_DAYS days, most-noted first."""
    any_noted = {day for days in noted.values() for day in days}
    after_any = {d for day in any_noted for d in _window(day)}
    clear = [score for day, score in itch.items() if day not in after_any]
    found = []
    for trigger, days in noted.items():
        distinct = sorted(set(days))
        if len(distinct) < MIN_DAYS:
            continue
        evenings = sorted({d for day in distinct for d in _window(day)})
        after = [itch[d] for d in evenings if d in itch]
        found.append(_pattern(trigger, len(distinct), after, clear))
    found.sort(key=lambda p: (-p.days, DAY_TRIGGERS.index(p.trigger)))
    return found


def _pattern(trigger: str, days: int, after: list[int], clear: list[int]) -> Pattern:
    after_mean = fmean(after) if after else None
    clear_mean = fmean(clear) if clear else None
    if not after or not clear:
        return Pattern(
            trigger, days, after_mean, len(after), clear_mean, len(clear), None, "no_itch"
        )
    if min(len(after), len(clear)) < MIN_EVENINGS:
        chance: Chance = "easily_chance"
        p = None
    else:
        p = rank_test(after, clear)
        chance = "unlikely_chance" if p < ALPHA else "could_be_chance"
    return Pattern(trigger, days, after_mean, len(after), clear_mean, len(clear), p, chance)


def rank_test(first: Sequence[float], second: Sequence[float]) -> float:
    """Two-sided p-value of the Mann-Whitney U test, normal approximation with the tie
    correction and a continuity correction; 1.0 when every value is the same."""
    n1, n2 = len(first), len(second)
    pooled = sorted([(v, 0) for v in first] + [(v, 1) for v in second])
    ranks: list[float] = [0.0] * len(pooled)
    ties = 0.0
    i = 0
    while i < len(pooled):
        j = i
        while j + 1 < len(pooled) and pooled[j + 1][0] == pooled[i][0]:
            j += 1
        mid = (i + j) / 2 + 1  # ranks start at 1
        for k in range(i, j + 1):
            ranks[k] = mid
        size = j - i + 1
        ties += size**3 - size
        i = j + 1
    r1 = sum(rank for rank, (_, group) in zip(ranks, pooled, strict=True) if group == 0)
    u = r1 - n1 * (n1 + 1) / 2
    n = n1 + n2
    variance = n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1)))
    if variance <= 0:
        return 1.0
    z = (abs(u - n1 * n2 / 2) - 0.5) / math.sqrt(variance)
    return min(1.0, 2 * (1 - NormalDist().cdf(max(z, 0.0))))


def pattern_line(pattern: Pattern, language: str) -> str:
    """One trigger: the means after and without, the evenings behind each, and chance."""
    label = t(language, f"trigger.{pattern.trigger}")
    noted = tn(language, "count.days", pattern.days)
    if pattern.after is None or pattern.clear is None:
        return t(language, "patterns.no_itch", label=label, noted=noted)
    line = t(
        language,
        "patterns.line",
        label=label,
        noted=noted,
        after=decimal(pattern.after, language),
        after_n=tn(language, "count.evenings", pattern.after_evenings),
        clear=decimal(pattern.clear, language),
        clear_n=tn(language, "count.evenings", pattern.clear_evenings),
    )
    return line + " " + t(language, f"patterns.{pattern.chance}")


def patterns_text(found: Sequence[Pattern], language: str, child: bool) -> str:
    """/patterns: per trigger what the numbers showed, how easily chance could do that, and
    never more than that (PRODUCT, Content boundaries)."""
    if not found:
        return tc(language, "patterns.none", child, minimum=MIN_DAYS)  # a plural: 3 or more
    lines = [tc(language, "patterns.header", child)]
    lines += [pattern_line(pattern, language) for pattern in found]
    lines.append("")
    lines.append(tc(language, "patterns.footer", child))
    if any(p.trigger in FOODS for p in found):
        lines.append(tc(language, "checkin.food_caveat", child))
    return "\n".join(lines)


def worth_a_look(found: Sequence[Pattern]) -> bool:
    """Something /progress should point to: a trigger with itch on both sides to compare."""
    return any(p.chance != "no_itch" for p in found)
