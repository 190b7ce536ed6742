"""How a reminder reads: the text of one (possibly combined) reminder and its rotating tip."""

from __future__ import annotations

import datetime as dtm
from dataclasses import dataclass

from messages import t, tc
from messages.audience import no_food_tips, small_child
from messages.tips import TIPS, Tip, tip_text


def fits(tip: Tip, *, child: bool, band: str | None = None, at: dtm.time | None = None) -> bool:
    """Whether a tip may be shown: to an adult, or to a parent about a child of this age
    band (messages/audience.py), with a reminder due at local time `at`."""
    if tip.before is not None and at is not None and at >= tip.before:
        return False
    if not child:
        return tip.for_adult
    if not tip.for_child or (tip.food and no_food_tips(band)):
        return False
    return tip.small_child or not small_child(band)


def pick_tip(
    kind: str,
    phase: int,
    last_key: str | None,
    *,
    child: bool = False,
    band: str | None = None,
    at: dtm.time | None = None,
) -> Tip | None:
    """The next tip for this kind that fits the phase (and the child, for a parent), never the
    one shown last time; None when no tip fits (a baby's water, say).

    Walks the kind's list from just after the last tip, so over days every fitting tip comes
    round in turn.
    """
    tips = tuple(tip for tip in TIPS[kind] if fits(tip, child=child, band=band, at=at))
    if not tips:
        return None
    start = 0
    for index, tip in enumerate(tips):
        if tip.key == last_key:
            start = index + 1
            break
    for offset in range(len(tips)):
        tip = tips[(start + offset) % len(tips)]
        if phase in tip.phases and tip.key != last_key:
            return tip
    return tips[start % len(tips)]


@dataclass(frozen=True)
class Item:
    kind: str  # a reminder kind (bot/programme/kinds.py declares them)
    at: str  # local "HH:MM" it was due
    late: bool


def render_reminder(
    language: str,
    items: list[Item],
    tip: Tip | None,
    *,
    child: bool = False,
    band: str | None = None,
) -> str:
    """One message for everything due within the same quarter of an hour: what is due, the
    itch question when it is the evening's, then one tip (when one fits). At most three short
    lines and the tip (docs/programme.md, "Voice"). For a child under 4 a drink is not "a glass
    of water"."""
    if len(items) == 1:
        item = items[0]
        kind = "winddown_late" if item.kind == "winddown" and item.late else item.kind
        if kind == "hydration" and child and small_child(band):
            kind = "hydration_small"
        lines = [tc(language, f"reminder.single.{kind}", child)]
        if item.late:
            lines.append(t(language, "reminder.late", at=item.at))
    else:
        listed = ", ".join(
            t(language, "reminder.combined_item", label=t(language, f"kind.{i.kind}"), at=i.at)
            for i in items
        )
        lines = [tc(language, "reminder.combined", child, items=listed)]
    # The question first: a tip about putting the phone away should not come before a tap.
    if any(item.kind == "winddown" for item in items):
        lines.append(tc(language, "reminder.itch_question", child))
    if tip is not None:
        lines.append(t(language, "reminder.tip", tip=tip_text(tip, language, child)))
    return "\n".join(lines)
