"""The /settings session applied to storage (`bot.programme.settings_session`): each outcome
opens the question the session shows next, and a saved change is stored (with the consent it
needs) and the routine planned again around what was promised."""

from __future__ import annotations

import datetime as dtm
from collections.abc import Mapping

from bot.programme.conversation import Menu, Quiet, Setting, Switch
from bot.programme.records import Participant
from bot.programme.settings_session import (
    AskField,
    AskQuiet,
    AskSwitch,
    Close,
    Save,
    SettingsOutcome,
    ShowMenu,
)
from bot.services.lifecycle import give_consent
from bot.storage import Store
from jobs.planner import replan


def apply(
    store: Store,
    participant: Participant,
    outcome: SettingsOutcome,
    now: dtm.datetime,
    message_id: int | None,
) -> Participant:
    """Store what `outcome` says, in the session shown in `message_id`; returns the
    participant after it, with the session's next question open."""
    pid = participant.id
    match outcome:
        case ShowMenu():
            return store.participants.ask(pid, Menu(message_id))
        case AskField(field, _, _, then):
            return store.participants.ask(pid, Setting(field, message_id, then))
        case AskQuiet(field, value):
            return store.participants.ask(pid, Quiet(field, value, message_id))
        case AskSwitch(to):
            return store.participants.ask(pid, Switch(to, message_id))
        case Save(changes, _, consent_for, then):
            with store.transaction():
                if changes:
                    _change(store, participant, changes, now)
                if consent_for is not None:
                    give_consent(store, pid, now, for_child=consent_for == "parent")
                replan(store, pid, now)
                question = Setting(then.field, message_id, then.then) if then else Menu(message_id)
                return store.participants.ask(pid, question)
        case Close():
            return store.participants.close_question(pid)
    return participant


def switch_on(
    store: Store, participant: Participant, changes: Mapping[str, object], now: dtm.datetime
) -> Participant:
    """A kind switched on from its offer: stored and planned, no question opened (whatever
    the person was answering stays open)."""
    with store.transaction():
        store.participants.change_settings(participant.id, changes)
        return replan(store, participant.id, now)


def _change(
    store: Store, participant: Participant, changes: Mapping[str, object], now: dtm.datetime
) -> None:
    """Store `changes`. A new time zone remembers the one before and when it changed; a pack
    size set (a new pack) is counted from today, its running out not yet told."""
    pid = participant.id
    store.participants.change_settings(pid, changes)
    zone = changes.get("timezone")
    if zone is not None and zone != participant.timezone:
        store.participants.zone_changed(pid, participant.timezone, now)
    if "probiotic_pack" in changes:
        store.participants.new_pack(pid, participant.day_at(now))
