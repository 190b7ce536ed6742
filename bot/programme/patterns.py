"""The pattern finder: what a person's own evening itch did around the days they noted a
suspected trigger, measured so that its false alarms are known (docs/benchmark.md).

What people note is not an experiment: they note more on bad days, itch runs in spells of
days, and several triggers are looked at at once. So, for each trigger:

- **Which evenings count** (the window): for each day it was noted, the evening *after* that
  day (the evening of the next day) against the evening *before* it (the evening of the day
  before), when both have a score. The noted day's own evening is not used: that day's itch
  may have come before whatever was noted, and people note more on bad days.
- **What they are compared with**: the other evenings of the same calendar weeks (Monday to
  Sunday) as those evenings after: every evening there that does not follow a day the trigger
  was noted, with a score that evening and two evenings before.
- **What is compared**: the change over those two days. A trigger's change is the evening
  after minus the evening before; another evening's is that evening minus the evening two
  days earlier. Why before and after, and not the day itself: when people note more on the
  days their itch is high, the evening before and the evening after are, with no effect at
  all, equally likely to be the higher one (itch that comes and goes as much forward in time as
  backward), so noting on bad days does not by itself make "after" look worse. The change
  from the noted day itself would be pulled down instead (a bad day is usually followed by a
  better one), which hides real effects. (Flares that start suddenly and fade slowly break
  that symmetry a little: "when you noted things" stays in the words.)
- **The test**: the trigger's noted days are moved as one block along the person's own
  timeline (a circular shift by every whole number of days, at least MIN_SHIFT from where they
  were), which keeps the runs of itch and the way the noting clusters; each shift gives the
  difference it would have shown. How far the real difference lies above the shifted ones, in
  standard deviations of them, read as Student's t with one less degree of freedom than the
  days counted, gives a one-sided p-value (only a larger rise counts); then Holm's correction
  across every trigger of this person that was compared, at ALPHA for the person as a whole.
  Deterministic: the same data always give the same words.
- **Thresholds**: a line from MIN_SHOWN noted days; a comparison only from MIN_DAYS noted
  days, with at least MIN_EVENINGS days counted and MIN_EVENINGS comparison evenings, and
  MIN_SPAN_DAYS days of scores. Below that the line shows the numbers it has and says what is
  still missing.

On simulated data with no effect (`bench/patterns_sim.py`) at most 5% of participants are
ever shown "worth discussing"; the measured shares and the power against a real effect are in
docs/benchmark.md. Days are the person's local dates, so a daylight-saving day is one day like any
other. The words never go further than the numbers (docs/programme.md): what was
seen, never a cause, and that when things were noted, the season or chance can explain it.
"""

from __future__ import annotations

import datetime as dtm
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Final, Literal

from babel.lists import format_list

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
MIN_SHOWN: Final = 3  # noted on fewer days: no line at all yet
MIN_DAYS: Final = 10  # noted on fewer days: the numbers only, "too few to compare"
MIN_EVENINGS: Final = 10  # days counted (before and after), and comparison evenings, each
MIN_SPAN_DAYS: Final = 28  # from the first score to the last: room to move the days around
MIN_SHIFT: Final = 7  # a shifted copy lies at least a week away from the real days
MIN_SHIFTS: Final = 14  # shifted copies that could be compared, at least
ALPHA: Final = 0.05  # for the whole person: one-sided, Holm across their compared triggers

Tier = Literal["too_few", "no_clear_difference", "worth_discussing"]
Missing = Literal["days", "times", "others", "span"]


@dataclass(frozen=True)
class Pattern:
    trigger: str
    days: int  # distinct days it was noted
    times: int  # of those, the days with a score the evening before and the evening after
    before: float | None  # mean itch of those evenings before
    after: float | None  # mean itch of those evenings after
    others: int  # comparison evenings: the same weeks, not after a day it was noted
    other: float | None  # their mean itch
    difference: float | None  # the trigger's mean change minus the comparison evenings'
    p: float | None  # one-sided, from the shifts; None when not compared
    tier: Tier
    missing: tuple[Missing, ...] = ()  # for "too_few": what there is not enough of yet


@dataclass(frozen=True)
class _Compared:
    times: int
    before: float | None
    after: float | None
    others: int
    other: float | None
    difference: float | None
    shifts: list[float]  # the difference each shifted copy would have shown


class _Timeline:
    """The person's evenings from their first score to their last, by day index."""

    def __init__(self, itch: Mapping[dtm.date, int]) -> None:
        self.first = min(itch) if itch else dtm.date.min
        self.size = (max(itch) - self.first).days + 1 if itch else 0
        scored = [False] * self.size
        self.score = [0] * self.size
        for day, score in itch.items():
            scored[(day - self.first).days] = True
            self.score[(day - self.first).days] = score
        # An evening with a two-day change: a score that evening and two evenings before.
        self.pair = [i >= 2 and scored[i] and scored[i - 2] for i in range(self.size)]
        self.change = [
            float(self.score[i] - self.score[i - 2]) if self.pair[i] else 0.0
            for i in range(self.size)
        ]
        monday = self.first.toordinal() - self.first.weekday()
        self.week = [(self.first.toordinal() + i - monday) // 7 for i in range(self.size)]
        # Per week, the evenings with a change and the sum of their changes.
        self.week_count: dict[int, int] = {}
        self.week_change: dict[int, float] = {}
        for i in range(self.size):
            if self.pair[i]:
                week = self.week[i]
                self.week_count[week] = self.week_count.get(week, 0) + 1
                self.week_change[week] = self.week_change.get(week, 0.0) + self.change[i]

    def index(self, days: Iterable[dtm.date]) -> set[int]:
        return {i for day in days if 0 <= (i := (day - self.first).days) < self.size}

    def evenings_after(self, noted: Iterable[int]) -> list[int]:
        """The evenings after these noted days that have a score, and one the evening before
        the noted day."""
        return [j + 1 for j in noted if j + 1 < self.size and self.pair[j + 1]]

    def difference(self, after: list[int]) -> float | None:
        """The mean change on these evenings minus that on the other evenings of their weeks."""
        weeks = {self.week[c] for c in after}
        others = sum(self.week_count.get(w, 0) for w in weeks) - len(after)
        if not after or others <= 0:
            return None
        changes = sum(self.change[c] for c in after)
        other_changes = sum(self.week_change.get(w, 0.0) for w in weeks) - changes
        return changes / len(after) - other_changes / others


def find_patterns(
    noted: Mapping[str, Sequence[dtm.date]], itch: Mapping[dtm.date, int]
) -> list[Pattern]:
    """One Pattern per trigger noted on at least MIN_SHOWN days, most-noted first."""
    timeline = _Timeline(itch)
    found: dict[str, tuple[int, _Compared, tuple[Missing, ...]]] = {}
    p_values: dict[str, float] = {}
    for trigger, days in noted.items():
        distinct = set(days)
        if len(distinct) < MIN_SHOWN:
            continue
        compared = _compare(timeline, timeline.index(distinct))
        missing = _missing(len(distinct), compared, timeline.size)
        found[trigger] = (len(distinct), compared, missing)
        if not missing:
            p_values[trigger] = _p_value(compared)
    flagged = holm(p_values, ALPHA)
    patterns = []
    for trigger, (noted_on, c, missing) in found.items():
        tier: Tier = "too_few"
        if not missing:
            worth = trigger in flagged and (c.difference or 0.0) > 0
            tier = "worth_discussing" if worth else "no_clear_difference"
        patterns.append(
            Pattern(
                trigger=trigger,
                days=noted_on,
                times=c.times,
                before=c.before,
                after=c.after,
                others=c.others,
                other=c.other,
                difference=c.difference,
                p=p_values.get(trigger),
                tier=tier,
                missing=missing,
            )
        )
    patterns.sort(key=lambda p: (-p.days, _order(p.trigger)))
    return patterns


def _order(trigger: str) -> int:
    return DAY_TRIGGERS.index(trigger) if trigger in DAY_TRIGGERS else len(DAY_TRIGGERS)


def _compare(timeline: _Timeline, noted: set[int]) -> _Compared:
    """The trigger's days against the other evenings of the same weeks, and every shift."""
    n, score, week = timeline.size, timeline.score, timeline.week
    after = timeline.evenings_after(noted)
    weeks = {week[c] for c in after}
    following = set(after)
    comparison = [
        c for c in range(n) if timeline.pair[c] and week[c] in weeks and c not in following
    ]
    shifts = []
    if noted:
        for shift in range(MIN_SHIFT, n - MIN_SHIFT + 1):
            moved = timeline.evenings_after((i + shift) % n for i in noted)
            value = timeline.difference(moved)
            if value is not None:
                shifts.append(value)
    return _Compared(
        times=len(after),
        before=fmean(score[c - 2] for c in after) if after else None,
        after=fmean(score[c] for c in after) if after else None,
        others=len(comparison),
        other=fmean(score[c] for c in comparison) if comparison else None,
        difference=timeline.difference(after),
        shifts=shifts,
    )


def _missing(days: int, c: _Compared, span: int) -> tuple[Missing, ...]:
    missing: list[Missing] = []
    if days < MIN_DAYS:
        missing.append("days")
    elif c.times < MIN_EVENINGS:  # never more days counted than noted: "days" says it then
        missing.append("times")
    if c.others < MIN_EVENINGS:
        missing.append("others")
    if not missing and (span < MIN_SPAN_DAYS or len(c.shifts) < MIN_SHIFTS):
        missing.append("span")
    return tuple(missing)


def _p_value(c: _Compared) -> float:
    """One-sided: how far the real difference lies above the shifted copies', in standard
    deviations of them, read as Student's t with one less degree of freedom than the days
    counted (a mean of few whole-number changes has heavier tails than the normal curve);
    1.0 when every shift gives the same difference."""
    assert c.difference is not None
    mean = fmean(c.shifts)
    spread = math.sqrt(fmean((value - mean) ** 2 for value in c.shifts))
    if spread == 0:
        return 1.0
    return student_tail((c.difference - mean) / spread, c.times - 1)


def student_tail(t: float, df: int) -> float:
    """P(T > t) for Student's t with `df` (a whole number, at least 1) degrees of freedom,
    from the exact finite sums (Abramowitz and Stegun 26.7.3 and 26.7.4)."""
    theta = math.atan(abs(t) / math.sqrt(df))
    cos2 = math.cos(theta) ** 2
    if df % 2:  # odd
        term = total = math.sin(theta) * math.cos(theta) if df > 1 else 0.0
        for k in range(3, df, 2):  # cos^(k) terms, k = 3, 5, ..., df - 2
            term *= cos2 * (k - 1) / k
            total += term
        within = 2 / math.pi * (theta + total)
    else:
        term = total = math.sin(theta)
        for k in range(2, df, 2):  # cos^(k) terms, k = 2, 4, ..., df - 2
            term *= cos2 * (k - 1) / k
            total += term
        within = total
    tail = (1 - within) / 2
    return tail if t >= 0 else 1 - tail


def holm(p_values: Mapping[str, float], alpha: float) -> set[str]:
    """Holm's step-down correction: the names whose p-value holds at `alpha` for the family."""
    ordered = sorted(p_values.items(), key=lambda item: (item[1], _order(item[0])))
    flagged = set()
    for rank, (name, p) in enumerate(ordered):
        if p > alpha / (len(ordered) - rank):
            break
        flagged.add(name)
    return flagged


def _numbers(pattern: Pattern, language: str) -> dict[str, str]:
    return {
        "label": t(language, f"trigger.{pattern.trigger}"),
        "noted": tn(language, "count.days", pattern.days),
        "before": decimal(pattern.before or 0.0, language),
        "after": decimal(pattern.after or 0.0, language),
        "times": tn(language, "patterns.times", pattern.times),
        "other": decimal(pattern.other or 0.0, language),
        "others": tn(language, "count.evenings", pattern.others),
    }


def pattern_line(pattern: Pattern, language: str, child: bool = False) -> str:
    """/patterns, one trigger: what was seen and the numbers behind it, then what is still
    missing for a comparison, "no clear difference", or "worth discussing" with what else can
    explain it. `child`: the words for a parent about their child."""
    numbers = _numbers(pattern, language)
    if not pattern.times:
        shown = t(language, "patterns.line.none", **numbers)
    elif not pattern.others:
        shown = t(language, "patterns.line.after", **numbers)
    else:
        shown = t(language, "patterns.line", **numbers)
    if pattern.tier == "worth_discussing":
        kind = "food" if pattern.trigger in FOODS else "other"
        return shown + " " + tc(language, f"patterns.worth.{kind}", child)
    if pattern.tier == "no_clear_difference":
        return shown + " " + tc(language, "patterns.no_clear", child)
    needed = [
        t(language, f"patterns.need.{what}", minimum=_minimum(what), now=_now(pattern, what))
        for what in pattern.missing
    ]
    text = shown + " " + t(language, "patterns.need", needed=format_list(needed, locale=language))
    if pattern.times:
        text += " " + t(language, "patterns.easily_chance")
    return text


def _minimum(what: Missing) -> int:
    return MIN_SPAN_DAYS // 7 if what == "span" else {"days": MIN_DAYS}.get(what, MIN_EVENINGS)


def _now(pattern: Pattern, what: Missing) -> int:
    return {"days": pattern.days, "times": pattern.times, "others": pattern.others}.get(what, 0)


def pattern_line_doctor(pattern: Pattern, language: str) -> str:
    """For the doctor's one-page summary, in the third person: the days noted, the mean itch
    of the evenings before and after those days and of the other evenings of the same weeks,
    and how many stand behind each. No verdict, no advice."""
    numbers = _numbers(pattern, language)
    if not pattern.times:
        return t(language, "patterns.doctor.none", **numbers)
    if not pattern.others:
        return t(language, "patterns.doctor.after", **numbers)
    return t(language, "patterns.doctor", **numbers)


def patterns_text(found: Sequence[Pattern], language: str, child: bool) -> str:
    """/patterns: which evenings count, per trigger what was seen and how far it goes, and
    once, where a food is shown, that cutting foods out belongs with the GP or a dietitian
    (docs/programme.md, "Content boundaries")."""
    if not found:
        return tc(language, "patterns.none", child, minimum=MIN_SHOWN)  # a plural: 3 or more
    lines = [tc(language, "patterns.header", child)]
    lines += [pattern_line(pattern, language, child) for pattern in found]
    lines.append("")
    lines.append(tc(language, "patterns.footer", child))
    if any(p.trigger in FOODS for p in found):
        lines.append(tc(language, "patterns.foods", child))
    return "\n".join(lines)


def worth_a_look(found: Sequence[Pattern]) -> bool:
    """Something /progress should point to: a trigger noted on enough days, with enough
    evenings, to be compared at all (not that the comparison found anything)."""
    return any(p.tier != "too_few" for p in found)
