"""The weekly check-in's questions and how an answer is read: plain data, no Telegram.

Fourteen questions, one per message: the seven skin symptoms of the POEM scale (in our own
words, scored exactly as POEM), three gut items, sleep, stress, triggers and a free note.
"""

from __future__ import annotations

import datetime as dtm
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal

from bot.programme.instruments import POEM_CHOICES, poem_total
from bot.programme.records import CheckinRow
from messages import t, tc

QuestionKind = Literal["poem", "days", "sleep", "stress", "triggers", "note"]
EXPIRES_AFTER: Final = dtm.timedelta(days=3)
NUDGE_AFTER: Final = dtm.timedelta(days=1)
NOTE_MAX = 500


@dataclass(frozen=True)
class Question:
    key: str  # the column it fills, and the text key `checkin.q.<key>`
    kind: QuestionKind


QUESTIONS: Final[tuple[Question, ...]] = (
    *(Question(f"poem{i}", "poem") for i in range(1, 8)),
    Question("bloating", "days"),
    Question("pain", "days"),
    Question("stools", "days"),
    Question("sleep", "sleep"),
    Question("stress", "stress"),
    Question("triggers", "triggers"),
    Question("note", "note"),
)
TOTAL = len(QUESTIONS)
TRIGGERS: Final[tuple[str, ...]] = (
    "dairy",
    "gluten",
    "eggs",
    "soy",
    "nuts",
    "sugar",
    "stress",
    "weather",
    "other",
)
# The foods people cut out (review B3): ticking one brings the line about doing that with the
# GP or a dietitian. Sugar is not an elimination diet, so it brings none.
FOODS: Final = frozenset({"dairy", "gluten", "eggs", "soy", "nuts"})
SLEEP_CHOICES: Final[tuple[int, ...]] = (4, 5, 6, 7, 8, 9)  # 4 = "4 or less", 9 = "9 or more"
# A child sleeps longer: 8 = "8 or less", 13 = "13 or more".
CHILD_SLEEP_CHOICES: Final[tuple[int, ...]] = (8, 9, 10, 11, 12, 13)
SKIP = "skip"


def options(question: Question, child: bool = False) -> list[str]:
    """The button values of a question (labels come from messages/); `child`: asked of a
    parent about their child."""
    if question.kind == "poem":
        return [str(score) for score, _ in POEM_CHOICES]
    if question.kind == "days":
        return [str(n) for n in range(8)]
    if question.kind == "sleep":
        return [str(h) for h in (CHILD_SLEEP_CHOICES if child else SLEEP_CHOICES)]
    if question.kind == "stress":
        return [str(n) for n in range(11)]
    return []


def read_choice(question: Question, raw: str, child: bool = False) -> int | float | None:
    """A button value for a question; None when it is not one of its choices (or `skip`)."""
    if raw not in options(question, child):
        return None
    return float(raw) if question.kind == "sleep" else int(raw)


def skin_score(items: list[int | None]) -> int | None:
    return poem_total(items)


# "Nothing I noticed": an answer, unlike a skipped question (which leaves it empty).
NO_TRIGGERS: Final = "none"


def normalise_triggers(selected: set[str]) -> str:
    return ",".join(t for t in TRIGGERS if t in selected)


# Characters that reorder what follows them: kept, a note could read differently in an export.
BIDI_CONTROLS: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_note(text: str) -> str:
    """A typed note as it is kept: composed (NFC), without control characters (new lines and
    tabs stay) or direction overrides, trimmed."""
    composed = unicodedata.normalize("NFC", text)
    kept = "".join(
        ch
        for ch in composed
        if ch in "\n\t" or (unicodedata.category(ch) != "Cc" and ch not in BIDI_CONTROLS)
    )
    return kept.strip()


def question_text(language: str, checkin: CheckinRow) -> str:
    """ "(3/14) Itch from your eczema: ..." for the check-in's current question, about the
    child where a parent answers for one; before the note, when a food was ticked as a
    trigger, that cutting foods out belongs with a GP or dietitian (PRODUCT, Content
    boundaries)."""
    step, child = checkin.step, checkin.for_child
    text = (
        t(language, "checkin.progress", n=step + 1, total=TOTAL)
        + " "
        + tc(language, f"checkin.q.{QUESTIONS[step].key}", child)
    )
    if QUESTIONS[step].kind == "note" and checkin.trigger_set() & FOODS:
        text = tc(language, "checkin.food_caveat", child) + "\n\n" + text
    return text


def waiting_for_note(step: int) -> bool:
    return step < TOTAL and QUESTIONS[step].kind == "note"
