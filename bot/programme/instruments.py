"""Measurement rules for the skin score (POEM scale) and the daily itch (docs/programme.md).

Pure functions: no I/O and no clock, everything is passed in, so every rule is table-tested.

Sources, briefly:
- POEM (Charman, Venn & Williams 2004): seven items answered by number of days in the past week,
  scored 0-4 each, total 0-28; one unanswered item counts 0, two or more give no score.
- Bands (Charman et al. 2013): 0-2 clear/almost clear, 3-7 mild, 8-16 moderate, 17-24 severe,
  25-28 very severe.
- Meaningful change (Howells et al. 2018): baseline = mean of the first two check-ins; weekly
  scores are noisy, so a verdict needs a change sustained over two consecutive check-ins.
- Itch 0-10 (generic worst-itch scale): bands 0-3 / 4-6 / 7-10; a fall of >= 4 in the weekly mean
  is a response, and only from a baseline of at least 4 (below that only a trend is reported).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

SkinBand = Literal["clear", "mild", "moderate", "severe", "very_severe"]
ItchBand = Literal["mild", "moderate", "severe"]
Verdict = Literal[
    "not_enough_data",
    "no_clear_change",
    "small_change",
    "unconfirmed_change",
    "probably_meaningful",
    "very_likely_meaningful",
]
Direction = Literal["better", "worse", "same"]
Escalation = Literal["no_improvement_6_weeks", "worsening", "severe"]
ItchKind = Literal["not_enough_data", "response", "no_response", "trend_only"]
ItchTrend = Literal["falling", "rising", "flat"]

POEM_ITEMS: Final = 7
POEM_ITEM_MAX: Final = 4
POEM_MAX: Final = POEM_ITEMS * POEM_ITEM_MAX  # 28
ITCH_MAX: Final = 10

# The five POEM answers as (item score, suffix of the message key of its button label).
POEM_CHOICES: Final[tuple[tuple[int, str], ...]] = (
    (0, "none"),
    (1, "1_2"),
    (2, "3_4"),
    (3, "5_6"),
    (4, "every"),
)

# Scores are ints and baselines means of two ints, but itch means are arbitrary floats: every
# threshold is compared with this tolerance so that e.g. 12.5 - 9.5 counts as exactly 3.0.
EPS: Final = 1e-9

# Howells 2018 thresholds on the change against baseline (points on the 0-28 scale).
NO_CLEAR_CHANGE_MAX: Final = 2.0
MEANINGFUL_MIN: Final = 3.0
VERY_LIKELY_MIN: Final = 4.0

# Itch: a response is a fall of >= 4 from a baseline of >= 4; a trend needs a shift of >= 1 point.
ITCH_RESPONSE_FALL: Final = 4.0
ITCH_RESPONSE_BASELINE_MIN: Final = 4.0
ITCH_TREND_MIN: Final = 1.0

# Escalation: "after 6 weeks" (programme day 0 is the start date) and the severe skin band.
NO_IMPROVEMENT_DAY: Final = 42
SEVERE_SCORE_MIN: Final = 17
VERY_SEVERE_SCORE_MIN: Final = 25
# "No clear improvement after 6 weeks" is for a skin that still has something to improve: a
# score in the moderate band or worse (Charman 2013); said once, and again only 4 weeks later
# or when the score has risen since.
REFERRAL_SCORE_MIN: Final = 8
REFERRAL_AGAIN_AFTER_DAYS: Final = 28

_MEANINGFUL: Final[frozenset[Verdict]] = frozenset(
    {"probably_meaningful", "very_likely_meaningful"}
)


def poem_item_score(days: int) -> int:
    """POEM item score for "on how many days in the past week": 0→0, 1-2→1, 3-4→2, 5-6→3, 7→4."""
    if not 0 <= days <= 7:
        raise ValueError(f"days must be 0..7, got {days}")
    if days == 7:
        return 4
    return (days + 1) // 2


def poem_total(items: Sequence[int | None]) -> int | None:
    """POEM total 0-28 from the seven item scores; None = unanswered.

    POEM's own scoring rule: one unanswered item counts 0, two or more unanswered give no score.
    """
    if len(items) != POEM_ITEMS:
        raise ValueError(f"POEM has {POEM_ITEMS} items, got {len(items)}")
    answered = [item for item in items if item is not None]
    for item in answered:
        if not 0 <= item <= POEM_ITEM_MAX:
            raise ValueError(f"POEM item scores are 0..{POEM_ITEM_MAX}, got {item}")
    if POEM_ITEMS - len(answered) >= 2:
        return None
    return sum(answered)


def _round_half_up(value: float) -> int:
    """Round to the nearest integer, halves upward (Python's round() would send 2.5 to 2)."""
    return math.floor(value + 0.5)


def _check_range(value: float, high: float, what: str) -> None:
    # `not (0 <= v <= high)` also rejects NaN.
    if not 0 <= value <= high:
        raise ValueError(f"{what} must be 0..{high}, got {value}")


def skin_band(score: float) -> SkinBand:
    """Charman 2013 band of a skin score (POEM scale, 0-28).

    The bands are defined on integer totals; a non-integer mean (e.g. a phase mean of 2.5) is first
    rounded half up to the nearest integer (2.5 → 3 → mild), so no mean falls between two bands.
    """
    _check_range(score, POEM_MAX, "skin score")
    whole = _round_half_up(score)
    if whole <= 2:
        return "clear"
    if whole <= 7:
        return "mild"
    if whole <= 16:
        return "moderate"
    if whole <= 24:
        return "severe"
    return "very_severe"


def itch_band(value: float) -> ItchBand:
    """Band of an itch value (0-10): 0-3 mild, 4-6 moderate, 7-10 severe.

    Weekly means are rounded half up to an integer first (3.5 → 4 → moderate), as for skin_band.
    """
    _check_range(value, ITCH_MAX, "itch")
    whole = _round_half_up(value)
    if whole <= 3:
        return "mild"
    if whole <= 6:
        return "moderate"
    return "severe"


def weekly_mean(values: Sequence[int]) -> float | None:
    """Weekly itch = mean of a week's daily 0-10 answers (how trials measure itch); None if none."""
    if not values:
        return None
    for value in values:
        _check_range(value, ITCH_MAX, "daily itch")
    return sum(values) / len(values)


def _display(value: float) -> float:
    """Round to 1 decimal for display; `+ 0.0` turns a -0.0 into 0.0."""
    return round(value, 1) + 0.0


@dataclass(frozen=True)
class SkinVerdict:
    """Howells 2018 verdict on the skin score against baseline.

    `change` is baseline - latest score: positive means better skin (a lower POEM score).
    """

    verdict: Verdict
    direction: Direction
    baseline: float | None
    change: float | None


def baseline(scores: Sequence[int]) -> float | None:
    """Baseline = mean of the first two check-in scores (Howells 2018); None with fewer than two."""
    if len(scores) < 2:
        return None
    return (scores[0] + scores[1]) / 2


def _direction(change: float) -> Direction:
    return "better" if change > 0 else "worse"


def skin_verdict(scores: Sequence[int]) -> SkinVerdict:
    """Verdict on all check-in skin scores in order (check-ins without a score already dropped).

    The first two form the baseline; only the check-ins after them are judged. The latest change
    decides the band: <= 2 no clear change, 2.1-2.9 small, >= 3 probably meaningful and >= 4 very
    likely meaningful, but the last two only if the last two later check-ins are both past that
    threshold in the same direction ("no verdict rests on one week"); a change of >= 3 on the
    latest check-in alone is "unconfirmed": too big to call small, too early to call meaningful.
    """
    for score in scores:
        _check_range(score, POEM_MAX, "skin score")
    base = baseline(scores)
    if base is None or len(scores) < 3:
        return SkinVerdict("not_enough_data", "same", base, None)

    changes = [base - score for score in scores[2:]]
    verdict, direction = change_verdict(changes)
    return SkinVerdict(verdict, direction, base, _display(changes[-1]))


def change_verdict(changes: Sequence[float]) -> tuple[Verdict, Direction]:
    """Howells 2018 verdict on the changes against baseline of the check-ins after the baseline.

    Each change is baseline - score (positive = better). Split out of skin_verdict because scores
    are ints and baselines halves, so changes like 2.1 or 3.9 only reach the thresholds here.
    """
    if not changes:
        return "not_enough_data", "same"
    latest = changes[-1]
    if abs(latest) <= NO_CLEAR_CHANGE_MAX + EPS:
        return "no_clear_change", "same"

    direction = _direction(latest)
    if abs(latest) < MEANINGFUL_MIN - EPS:
        return "small_change", direction
    last_two = changes[-2:]
    sustained = len(last_two) == 2 and all(
        abs(c) >= MEANINGFUL_MIN - EPS and _direction(c) == direction for c in last_two
    )
    if not sustained:
        return "unconfirmed_change", direction
    if all(abs(c) >= VERY_LIKELY_MIN - EPS for c in last_two):
        return "very_likely_meaningful", direction
    return "probably_meaningful", direction


@dataclass(frozen=True)
class ItchVerdict:
    """Verdict on the weekly itch means; `change` is baseline - latest (positive = less itch)."""

    kind: ItchKind
    trend: ItchTrend | None
    baseline: float | None
    change: float | None


def itch_verdict(weekly_means: Sequence[float]) -> ItchVerdict:
    """Verdict on the weekly itch means in order (weeks without answers already dropped).

    Baseline = mean of the first two weeks, as for the skin score; at least 3 weeks are needed.
    From a baseline >= 4, a fall >= 4 in the latest weekly mean is a "response", otherwise
    "no_response"; from a baseline < 4 the scale has too little room to fall, so only the trend is
    reported ("trend_only"), never a response.

    Trend: the mean of the (up to) last two weeks AFTER the baseline weeks against the baseline —
    baseline weeks are left out so they do not dilute it; with only one later week, that week alone.
    A fall of >= 1 point is "falling", a rise of >= 1 "rising", anything smaller "flat".
    `baseline` is the exact mean; `change` is rounded to 1 decimal; all decisions use exact values.
    """
    for value in weekly_means:
        _check_range(value, ITCH_MAX, "weekly itch")
    if len(weekly_means) < 2:
        return ItchVerdict("not_enough_data", None, None, None)
    base = (weekly_means[0] + weekly_means[1]) / 2
    if len(weekly_means) < 3:
        return ItchVerdict("not_enough_data", None, base, None)

    later = weekly_means[2:][-2:]
    shift = base - sum(later) / len(later)
    trend: ItchTrend
    if shift >= ITCH_TREND_MIN - EPS:
        trend = "falling"
    elif shift <= -ITCH_TREND_MIN + EPS:
        trend = "rising"
    else:
        trend = "flat"

    change = base - weekly_means[-1]
    kind: ItchKind
    if base < ITCH_RESPONSE_BASELINE_MIN - EPS:
        kind = "trend_only"
    elif change >= ITCH_RESPONSE_FALL - EPS:
        kind = "response"
    else:
        kind = "no_response"
    return ItchVerdict(kind, trend, base, _display(change))


def escalations(skin: SkinVerdict, latest_score: int | None) -> list[Escalation]:
    """When the bot must say plainly it is time to see a GP or dermatologist (docs/programme.md,
    "When to see a doctor"), whenever it holds: a meaningful worsening (Howells 2018), a latest
    score in the severe or very severe band (>= 17, Charman 2013). The third reason, no improvement
    after 6 weeks, is `referral_due`'s: it is said once, not at every check-in."""
    found: list[Escalation] = []
    if skin.verdict in _MEANINGFUL and skin.direction == "worse":
        found.append("worsening")
    if latest_score is not None and latest_score >= SEVERE_SCORE_MIN:
        found.append("severe")
    return found


Referral = Literal["first", "again"]


def _no_improvement(day: int, scores: Sequence[int]) -> bool:
    """At a check-in on programme `day` with these scores so far: 6 weeks in, a baseline, a
    skin still in the moderate band or worse, no meaningful improvement, and none of 3 or more
    waiting for its confirmation."""
    skin = skin_verdict(scores)
    improving = skin.direction == "better" and (
        skin.verdict in _MEANINGFUL or skin.verdict == "unconfirmed_change"
    )
    return (
        day >= NO_IMPROVEMENT_DAY
        and skin.baseline is not None
        and scores[-1] >= REFERRAL_SCORE_MIN
        and not improving
    )


def referral_due(history: Sequence[tuple[int, int]]) -> Referral | None:
    """Whether the latest of these check-ins ((programme day, skin score), in order) says "no
    clear improvement after 6 weeks: time for your GP or dermatologist": the first time it
    holds ("first"), and after that only 4 weeks on or when the score has risen since it was
    said ("again"); else None. A warning every week teaches people to pass over warnings."""
    said: tuple[int, int] | None = None  # (day, score) when it was last said
    due: Referral | None = None
    for n, (day, score) in enumerate(history):
        due = None
        if not _no_improvement(day, [s for _, s in history[: n + 1]]):
            continue
        if said is None:
            due = "first"
        elif day - said[0] >= REFERRAL_AGAIN_AFTER_DAYS or score > said[1]:
            due = "again"
        if due is not None:
            said = (day, score)
    return due
