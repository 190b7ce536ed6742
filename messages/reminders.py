"""How a reminder reads: the text of one (possibly combined) reminder and its rotating tip."""

from __future__ import annotations

from dataclasses import dataclass

from messages import t, tc
from messages.tips import TIPS, Tip, tip_text


def pick_tip(kind: str, phase: int, last_key: str | None, *, child: bool = False) -> Tip:
    """The next tip for this kind that fits the phase (and a child, for a parent), never the
    one shown last time.

    Walks the kind's list from just after the last tip, so over days every fitting tip comes
    round in turn.
    """
    tips = tuple(tip for tip in TIPS[kind] if (tip.for_child if child else tip.for_adult))
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
    kind: str  # a reminder kind: probiotic, hydration, fibre or winddown
    at: str  # local "HH:MM" it was due
    late: bool


def render_reminder(language: str, items: list[Item], tip: Tip, *, child: bool = False) -> str:
    """One message for everything due within the same quarter of an hour: what is due, the
    itch question when it is the evening's, then one tip. At most three short lines and the
    tip (PRODUCT, Voice)."""
    if len(items) == 1:
        item = items[0]
        kind = "winddown_late" if item.kind == "winddown" and item.late else item.kind
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
    lines.append(t(language, "reminder.tip", tip=tip_text(tip, language, child)))
    return "\n".join(lines)
