"""How a reminder reads: the text of one (possibly combined) reminder and its rotating tip."""

from __future__ import annotations

from dataclasses import dataclass

from messages import t
from messages.tips import TIPS, Tip


def pick_tip(kind: str, phase: int, last_key: str | None) -> Tip:
    """The next tip for this kind that fits the phase, never the one shown last time.

    Walks the kind's list from just after the last tip, so over days every fitting tip comes
    round in turn.
    """
    tips = TIPS[kind]
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


def render_reminder(language: str, items: list[Item], tip: Tip) -> str:
    """One message for everything due within the same quarter of an hour."""
    tip_text = tip.nl if language == "nl" else tip.en
    if len(items) == 1:
        item = items[0]
        lines = [t(language, f"reminder.single.{item.kind}")]
        if item.late:
            lines.append(t(language, "reminder.late", at=item.at))
    else:
        lines = [t(language, "reminder.combined")]
        lines += [
            t(language, "reminder.combined_item", label=t(language, f"kind.{i.kind}"), at=i.at)
            for i in items
        ]
    lines.append(t(language, "reminder.tip", tip=tip_text))
    if any(item.kind == "winddown" for item in items):
        lines.append(t(language, "reminder.itch_question"))
    return "\n".join(lines)
