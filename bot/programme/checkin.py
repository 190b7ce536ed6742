"""The weekly check-in's questions, how an answer is read, and the check-in as a step
function: plain data, no Telegram.

Fourteen questions, one per message: the seven skin symptoms of the POEM scale (in our own
words, scored exactly as POEM), three gut items, sleep, stress, triggers and a free note.
`checkin_step` takes a check-in, a move (a button's value, typed text, carrying on) and the
time, and says what comes of it. One check-in counts per programme week: `this_weeks` finds
the one a new check-in would replace.
"""

from __future__ import annotations

import datetime as dtm
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from bot.programme.answers import fold, match_label, read_number
from bot.programme.instruments import POEM_CHOICES, poem_item_score, poem_total
from bot.programme.questions import asks_about_tests
from bot.programme.records import CHECKIN_DONE, CHECKIN_EXPIRED, CHECKIN_OPEN, CheckinRow
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
NOTHING_NOTICED: Final = frozenset({NO_TRIGGERS})


def normalise_triggers(selected: set[str]) -> frozenset[str]:
    return frozenset(t for t in TRIGGERS if t in selected)


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
    trigger, that cutting foods out belongs with a GP or dietitian (docs/programme.md,
    "Content boundaries")."""
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


def choices(language: str, checkin: CheckinRow) -> list[tuple[str, str]]:
    """(label, value) of the current question's answers, in order; for the triggers, a tick
    for each one noted, then "none" and "done". The note has none: it is typed."""
    question = QUESTIONS[checkin.step]
    if question.kind == "triggers":
        selected = checkin.trigger_set()
        found = [
            (
                ("✓ " if trigger in selected else "") + t(language, f"trigger.{trigger}"),
                f"t-{trigger}",
            )
            for trigger in TRIGGERS
        ]
        none = t(language, "button.triggers_none")
        found.append((f"✓ {none}" if checkin.triggers == NOTHING_NOTICED else none, NO_TRIGGERS))
        found.append((t(language, "button.triggers_done"), "done"))
        return found
    return [
        (_label(language, question, value, checkin.for_child), value)
        for value in options(question, checkin.for_child)
    ]


def always(language: str) -> list[tuple[str, str]]:
    """What every question offers besides its answers: skip it, or carry on later."""
    return [
        (t(language, "button.skip_question"), SKIP),
        (t(language, "button.pause_checkin"), "pause"),
    ]


PER_ROW: Final[dict[QuestionKind, int]] = {
    "poem": 3,
    "days": 4,
    "sleep": 3,
    "stress": 6,
    "triggers": 3,
    "note": 2,
}


def _label(language: str, question: Question, value: str, child: bool) -> str:
    if question.kind == "poem":
        suffix = dict(POEM_CHOICES)[int(value)]
        return t(language, f"checkin.poem.{suffix}")
    if question.kind == "sleep":
        ends = {"8": "≤8", "13": "≥13"} if child else {"4": "≤4", "9": "≥9"}
        return ends.get(value, value)
    return value


# -- the check-in as a step function -----------------------------------------------------------


@dataclass(frozen=True)
class Choose:
    """A button of question `step` (or its label typed): an answer, skip, pause, a trigger's
    tick ("t-dairy"), "none" or "done"."""

    step: int
    value: str


@dataclass(frozen=True)
class Typed:
    text: str
    language: str  # the labels it may name are in this language


@dataclass(frozen=True)
class Resume:
    pass


CheckinMove = Choose | Typed | Resume


@dataclass(frozen=True)
class Answered:
    """Store `value` in `column` (None: nothing to store) and go on to `next_step`."""

    column: str | None
    value: object
    next_step: int

    @property
    def complete(self) -> bool:
        return self.next_step >= TOTAL


@dataclass(frozen=True)
class Ticked:
    """The trigger question's ticks are now `triggers`; `cleared`: what "none" took off."""

    triggers: frozenset[str]
    cleared: tuple[str, ...] = ()


@dataclass(frozen=True)
class PausedCheckin:
    pass


@dataclass(frozen=True)
class Current:
    """The current question (again), after `reason` (a message key) when there is one."""

    reason: str | None = None


@dataclass(frozen=True)
class Pointer:
    """Typed text at a question answered by buttons: where the question is (and the line
    about tests, when the text asked about one)."""

    tests: bool


@dataclass(frozen=True)
class StaleCheckin:
    reason: Literal["old", "expired"]


CheckinOutcome = Answered | Ticked | PausedCheckin | Current | Pointer | StaleCheckin


def checkin_step(checkin: CheckinRow, move: CheckinMove, now: dtm.datetime) -> CheckinOutcome:
    """What a move does to a check-in at `now`: an answer stored, a tick, a pause, the
    question again, or nothing (an old or expired check-in's button)."""
    if checkin.status == CHECKIN_OPEN and checkin.expires_at <= now:
        return StaleCheckin("expired")
    if checkin.status != CHECKIN_OPEN or checkin.step >= TOTAL:
        return StaleCheckin("expired" if checkin.status == CHECKIN_EXPIRED else "old")
    if isinstance(move, Resume):
        return Current()
    if isinstance(move, Typed):
        return _typed(checkin, move.text, move.language)
    if move.step != checkin.step:
        return StaleCheckin("old")
    return _choose(checkin, move.value)


def _choose(checkin: CheckinRow, value: str) -> CheckinOutcome:
    step = checkin.step
    question = QUESTIONS[step]
    if value == "pause":
        return PausedCheckin()
    if question.kind == "triggers":
        return _triggers(checkin, value)
    if value == SKIP:  # every question may be left unanswered
        return Answered(question.key, None, step + 1)
    answer = read_choice(question, value, checkin.for_child)
    if answer is None:
        return StaleCheckin("old")
    return Answered(question.key, answer, step + 1)


def _triggers(checkin: CheckinRow, value: str) -> CheckinOutcome:
    step, selected = checkin.step, checkin.trigger_set()
    if value.startswith("t-") and value[2:] in TRIGGERS:
        return Ticked(normalise_triggers(selected ^ {value[2:]}))
    if value == NO_TRIGGERS:
        if selected:  # a tick is never dropped without a word: taken off, and said so
            return Ticked(NOTHING_NOTICED, tuple(x for x in TRIGGERS if x in selected))
        return Answered("triggers", NOTHING_NOTICED, step + 1)
    if value in ("done", SKIP):
        return Answered(None, None, step + 1)
    return StaleCheckin("old")


def _typed(checkin: CheckinRow, text: str, language: str) -> CheckinOutcome:
    question = QUESTIONS[checkin.step]
    if question.kind == "note":
        # Exactly a button's label ("Overslaan", "Later verder") is that button, not a note.
        button = next((v for label, v in always(language) if fold(label) == fold(text)), None)
        if button is not None:
            return _choose(checkin, button)
        if asks_about_tests(text):  # a question is answered, and the note is still to come
            return Current("input.tests")
        note = clean_note(text)
        if len(note) > NOTE_MAX:
            return Current("checkin.note_too_long")
        return Answered("note", note or None, checkin.step + 1)
    # A button's label typed ("3", "geen", "1-2 dagen", "klaar"), or a number of days.
    labels = [*choices(language, checkin), *always(language)]
    value = match_label(text, labels) or match_label(_without_unit(text), labels)
    if value is None and fold(text) in NOTHING and question.kind in ("poem", "days"):
        value = "0"
    if value is None:
        value = _typed_number(question, read_number(text), checkin.for_child)
    if value is None:
        return Pointer(asks_about_tests(text))
    return _choose(checkin, value)


# "None" as an answer to "on how many days": no days.
NOTHING: Final = frozenset({"geen", "geen dagen", "nooit", "none", "no days", "never", "nul"})
_UNITS: Final = frozenset({"dag", "dagen", "day", "days", "nacht", "nachten", "night", "nights"})


def _without_unit(text: str) -> str:
    """ "1-2 dagen" as the button says it: "1-2"."""
    words = fold(text).split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _UNITS else text


def _typed_number(question: Question, number: int | None, child: bool) -> str | None:
    """A number typed at a question of days or hours: days become the POEM answer they fall
    in ("2" is 1-2 days), hours beyond the ends the end they pass ("3" is "4 or less")."""
    if number is None:
        return None
    if question.kind in ("poem", "days") and 0 <= number <= 7:
        return str(poem_item_score(number)) if question.kind == "poem" else str(number)
    if question.kind == "sleep":
        values = [int(v) for v in options(question, child)]
        return str(min(max(number, values[0]), values[-1])) if number <= 24 else None
    return None


def checkin_question(checkin: CheckinRow) -> Literal["checkin", "note"]:
    """Which open question a check-in waiting at its current step is."""
    return "note" if waiting_for_note(checkin.step) else "checkin"


# -- one check-in per programme week ---------------------------------------------------------


def programme_week(start: dtm.date, day: dtm.date) -> int:
    """Week 0 is the start date and the six days after it."""
    return (day - start).days // 7


def this_weeks(
    completed: Sequence[CheckinRow], start: dtm.date, today: dtm.date, about: str
) -> CheckinRow | None:
    """The check-in already done this programme week about the same person, if any: a new
    one replaces it (asked first), so no week counts twice and a baseline is two weeks."""
    week = programme_week(start, today)
    for checkin in reversed(completed):
        if checkin.about == about and programme_week(start, checkin.local_date) == week:
            return checkin
    return None


def next_weekly(start: dtm.date, today: dtm.date, checkin_day: int) -> dtm.date:
    """The day the next scheduled check-in comes, once this programme week has its answer:
    the first check-in day in a later programme week."""
    day = today + dtm.timedelta(days=1)
    while day.weekday() != checkin_day or programme_week(start, day) <= programme_week(
        start, today
    ):
        day += dtm.timedelta(days=1)
    return day


# -- changing an answer after the check-in -------------------------------------------------------

# For a day after it, one answer may be changed (a slip of the thumb): the scored and counted
# ones; the triggers and the note have their own ways (/trigger; a note stands as written).
FIX_WINDOW: Final = dtm.timedelta(hours=24)
FIXABLE: Final[tuple[int, ...]] = tuple(
    step for step, q in enumerate(QUESTIONS) if q.kind not in ("triggers", "note")
)


def fixable(checkin: CheckinRow, now: dtm.datetime) -> bool:
    """Whether an answer of this check-in may still be changed."""
    if checkin.status != CHECKIN_DONE or checkin.completed_at is None:
        return False
    return now - checkin.completed_at < FIX_WINDOW


def answer_label(language: str, step: int, value: object, child: bool) -> str:
    """A stored answer in the words of its button ("3–4", "≥9"), or "–" when skipped."""
    if value is None:
        return "–"
    raw = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    return _label(language, QUESTIONS[step], raw, child)


def fixed_items(checkin: CheckinRow, step: int, value: int | float) -> list[int | None]:
    """The skin items as they will be once question `step` holds `value`."""
    items = checkin.poem_items()
    key = QUESTIONS[step].key
    if key.startswith("poem"):
        items[int(key[4:]) - 1] = int(value)
    return items
