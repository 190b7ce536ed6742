"""/settings as a step function: the open question of the settings session, a move (a button,
or a typed answer) and what comes of it.

A session is one message: the overview (`Menu`), edited into one setting's question
(`Setting`), and into the overview again once answered, with one line that says what was
saved. An answer that would put reminders in the sleep window asks first (`Quiet`); choosing
answers about someone else asks for consent first (`Switch`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from bot.programme.conversation import OpenQuestion, Quiet, Setting, Switch
from bot.programme.kinds import Kind
from bot.programme.kinds import kind as kind_of
from bot.programme.records import Participant
from bot.programme.settings import (
    AFTER_SWITCH,
    COLUMN,
    TIMED,
    Change,
    check_change,
    child_age_changes,
    current_value,
    effective_time,
    error_key,
    moved_out_of_sleep,
    typed_value,
)
from messages import t
from messages.audience import no_food_tips

# -- moves --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenField:
    """A setting's button on the overview: ask about it."""

    field: str


@dataclass(frozen=True)
class Back:
    pass


@dataclass(frozen=True)
class Finish:
    pass


@dataclass(frozen=True)
class Answer:
    """A choice in a setting's question, or a typed answer to it (`typed`)."""

    field: str
    value: str
    typed: bool = False


@dataclass(frozen=True)
class Toggle:
    kind: Kind


@dataclass(frozen=True)
class SwitchOn:
    """A kind that was off, switched on from its offer: at its time, or choosing one first."""

    kind: Kind
    choose_time: bool


@dataclass(frozen=True)
class QuietChoice:
    move: bool  # move the reminders out of the sleep window, or keep them there on purpose


@dataclass(frozen=True)
class SwitchConsent:
    to: str


SettingsMove = OpenField | Back | Finish | Answer | Toggle | SwitchOn | QuietChoice | SwitchConsent

# -- outcomes -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShowMenu:
    """The overview, open for the next change."""


@dataclass(frozen=True)
class AskField:
    """A setting's question, after what was wrong (a message key and its values); `then`: the
    settings to ask after it, in turn."""

    field: str
    reason: str | None = None
    values: Mapping[str, str] = dataclasses.field(default_factory=dict)
    then: tuple[str, ...] = ()


@dataclass(frozen=True)
class AskQuiet:
    field: str
    value: str  # as answered, kept with the question until the person chooses
    change: Change


@dataclass(frozen=True)
class AskSwitch:
    to: str


@dataclass(frozen=True)
class Save:
    """Store `changes` (participant columns) and plan again; then the overview with `saved`
    (a message key) on top, or, after a switch of "for whom", the bedtime question."""

    changes: Mapping[str, object]
    saved: str = "settings.saved"
    consent_for: str | None = None  # "adult" or "parent": consent given to that text
    then: AskField | None = None
    field: str | None = None  # the setting answered, if one was


@dataclass(frozen=True)
class Close:
    pass


@dataclass(frozen=True)
class StaleSetting:
    pass


SettingsOutcome = ShowMenu | AskField | AskQuiet | AskSwitch | Save | Close | StaleSetting


def settings_step(
    participant: Participant, question: OpenQuestion | None, move: SettingsMove
) -> SettingsOutcome:
    """What a move in the settings session does, with `question` the one open now."""
    match move:
        case OpenField(name):
            return AskField(name)
        case Back():
            return ShowMenu()
        case Finish():
            return Close()
        case Toggle(kind):
            declared = kind_of(kind)
            if participant.enabled(kind):
                off = {declared.enabled_column: 0, **_decided(participant, kind)}
                return Save(off, "answer.saved")
            return Save(_switched_on(participant, kind), "answer.saved")
        case SwitchOn(kind, choose_time):
            on = _switched_on(participant, kind)
            if choose_time:
                return Save(on, "answer.saved", then=AskField(kind, "offer.on_choose"), field=kind)
            return Save(on, "answer.saved", field=kind)  # said by the handler: offer.on
        case Answer(name, value, typed):
            if not (isinstance(question, Setting) and question.field == name):
                return StaleSetting()
            raw = typed_value(participant, name, value) if typed else value
            if raw is None:
                return AskField(name, error_key(name), then=question.then)
            found = _answer(participant, name, raw)
            if isinstance(found, Save) and question.then:  # the next of a switch's questions
                return dataclasses.replace(
                    found, then=AskField(question.then[0], then=question.then[1:])
                )
            if isinstance(found, AskField):
                return dataclasses.replace(found, then=question.then)
            return found
        case QuietChoice(move_them):
            if not isinstance(question, Quiet):
                return StaleSetting()
            change = check_change(participant, question.field, question.value)
            if change is None or change.problem is not None or not change.asleep:
                return AskField(question.field)  # the day changed meanwhile: ask again
            extra: dict[str, object]
            if move_them:
                extra = dict(moved_out_of_sleep(participant, change))
            else:
                extra = {"quiet_ok": participant.quiet_ok | set(change.asleep)}
            return Save(
                _values(participant, change, extra), _saved_key(change.field), field=change.field
            )
        case SwitchConsent(to):
            if not (isinstance(question, Switch) and question.to == to):
                return StaleSetting()
            # Then, in turn: the child's age band, the bedtime (the child's, or one's own), and
            # the probiotic again with "no" as the default, so nobody else's reminder carries on.
            first, *rest = AFTER_SWITCH[to]
            then = AskField(first, f"settings.switched_{to}", then=tuple(rest))
            changes: dict[str, object] = {"age_group": to, COLUMN["probiotic_use"]: 0}
            if to == "adult":
                changes["child_age"] = None
            return Save(changes, consent_for=to, then=then, field="for_whom")
    return StaleSetting()


def _decided(participant: Participant, kind: Kind) -> dict[str, object]:
    """A kind offered once, switched on or off in /settings: decided, so never offered."""
    if kind_of(kind).offer_day is None or kind in participant.offers_done:
        return {}
    return {"offers_done": participant.offers_done | {kind}}


def _switched_on(participant: Participant, kind: Kind) -> dict[str, object]:
    """A kind switched on, at the time it will come: a time in the sleep window (a default
    the day moved past) is written as the waking time it is planned at."""
    declared = kind_of(kind)
    on: dict[str, object] = {declared.enabled_column: 1, **_decided(participant, kind)}
    at = effective_time(participant, kind) if declared.time_column else None
    if declared.time_column is not None and at != participant.time_of(kind):
        on[declared.time_column] = at
    return on


def _answer(participant: Participant, name: str, raw: str) -> SettingsOutcome:
    if name == "for_whom" and raw != participant.age_group:
        # Answers about someone else need that consent first: the parent's, for their
        # child's data, or the adult's own.
        return AskSwitch(raw)
    change = check_change(participant, name, raw)
    if change is None:
        return AskField(name, error_key(name))
    if change.problem is not None:
        return AskField(name, change.problem)
    if change.asleep:
        return AskQuiet(name, raw, change)
    values = _values(participant, change, {})
    if name == "child_age":
        values |= child_age_changes(str(change.value))
    return Save(values, _saved_key(name, change.value), field=name)


def _values(
    participant: Participant, change: Change, extra: dict[str, object]
) -> dict[str, object]:
    values: dict[str, object] = {change.column: change.value, **extra}
    if change.field in TIMED.values() and "quiet_ok" not in extra:
        # Choosing a time again is choosing where it goes: a kept-in-the-night mark goes.
        kinds = {kind for kind, name in TIMED.items() if name == change.field}
        values["quiet_ok"] = participant.quiet_ok - kinds
    return values


def _saved_key(name: str, value: object = None) -> str:
    if name == "language":
        return "language.saved"
    if name == "child_age" and no_food_tips(str(value)):
        return "settings.saved_baby"
    return "settings.saved"


def quiet_text(participant: Participant, change: Change) -> str:
    """ "This would fall in your sleep window: ... move it, or keep it so on purpose?" """
    language = participant.language
    moved = moved_out_of_sleep(participant, change)
    wake = str(change.value) if change.field == "wake" else participant.wake
    bed = str(change.value) if change.field == "bed" else participant.bed
    items = []
    for kind in change.asleep:
        column = COLUMN[TIMED[kind]]
        at = (
            str(change.value)
            if change.field == TIMED[kind]
            else current_value(participant, TIMED[kind])
        )
        label = t(language, f"kind.{kind}")
        items.append(t(language, "settings.quiet_item", label=label, at=at, moved=moved[column]))
    return t(language, "settings.quiet", bed=bed, wake=wake, items="\n".join(items))
