"""The one open question a participant may have: what a typed answer answers, declared once.

The bot asks one thing at a time. Whatever it asked last and is still waiting for is the
participant's open question, one of the types below; typed text goes to it (or gets a pointer
to it), and nothing else. Storage encodes it in one column and hands it back as one of these;
no other code reads or writes that column (tests/test_layers.py checks).

    Onboarding(step)      a step of onboarding (the step itself is kept as onboarding's progress)
    Menu()                the settings overview: "tap what you want to change"
    Setting(field)        one setting's question (buttons, or a typed value), and what to ask
                          after it (a switch of "for whom" asks a few in turn)
    Quiet(field, value)   a change that would put reminders in the sleep window: move or keep?
    Switch(to)            consent to answers about someone else ("for whom"), before switching
    Checkin(id)           a check-in question answered by buttons
    Note(id)              the check-in's last question: the person's own words
    Replace()             this programme week already has a check-in: replace it?
    Picker(day)           the suspected triggers of a day (/trigger)
    FirstOffer()          right after onboarding: the first check-in now, or later today
    Consent()             the consent text changed: agree to the new one (nothing new is
                          stored until then)
    Treatment(step, id)   /treatment: the name of what is used ("name"), what it is for
                          ("purpose", by button), or since when ("since", typed or a button);
                          or since when one is no longer used ("stopped", the same way)

The settings questions are asked in one message, edited as the person goes (`message_id`), so
a typed answer can put the overview back where the question was.
"""

from __future__ import annotations

import datetime as dtm
from dataclasses import dataclass


@dataclass(frozen=True)
class Onboarding:
    step: str


@dataclass(frozen=True)
class Menu:
    message_id: int | None = None


@dataclass(frozen=True)
class Setting:
    field: str
    message_id: int | None = None
    then: tuple[str, ...] = ()  # the settings still to ask after this one (after a switch)


@dataclass(frozen=True)
class Quiet:
    field: str
    value: str  # the answer as typed or tapped, read again when the person chooses
    message_id: int | None = None


@dataclass(frozen=True)
class Switch:
    to: str  # "adult" or "parent"
    message_id: int | None = None


@dataclass(frozen=True)
class Checkin:
    checkin_id: int


@dataclass(frozen=True)
class Note:
    checkin_id: int


@dataclass(frozen=True)
class Replace:
    pass


@dataclass(frozen=True)
class Picker:
    day: dtm.date


@dataclass(frozen=True)
class FirstOffer:
    pass


@dataclass(frozen=True)
class Consent:
    pass


@dataclass(frozen=True)
class Treatment:
    step: str  # "name", "purpose", "since", or "stopped" (since when no longer used)
    treatment_id: int | None = None  # the row being added, once it has a name


OpenQuestion = (
    Onboarding
    | Menu
    | Setting
    | Quiet
    | Switch
    | Checkin
    | Note
    | Replace
    | Picker
    | FirstOffer
    | Consent
    | Treatment
)
# The settings session: one message, edited from the overview into a question and back.
SettingsQuestion = Menu | Setting | Quiet | Switch


def session_message(question: OpenQuestion | None) -> int | None:
    """The settings message a question is asked in, if it is one of the session's."""
    if isinstance(question, Menu | Setting | Quiet | Switch):
        return question.message_id
    return None
