"""The /settings session applied to storage (`bot.programme.settings_session`): each outcome
opens the question the session shows next, and a saved change is stored (with the consent it
needs) and the routine planned again around what was promised."""

from __future__ import annotations

import datetime as dtm
from collections.abc import Mapping

from bot.programme.conversation import Menu, Quiet, Setting, Switch
from bot.programme.records import Participant
from bot.programme.schedule import local_date
from bot.programme.settings_session import (
    AskField,
    AskQuiet,
    AskSwitch,
    Close,
    Save,
    SettingsOutcome,
    ShowMenu,
)
from bot.programme.times import epoch
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
                    zone = _zone_change(participant, changes, now)
                    pack = _pack_change(participant, changes, now)
                    store.participants.update(pid, **changes, **zone, **pack)
                if consent_for is not None:
                    give_consent(store, pid, now, for_child=consent_for == "parent")
                replan(store, pid, now)
                question = Setting(then.field, message_id, then.then) if then else Menu(message_id)
                return store.participants.ask(pid, question)
        case Close():
            return store.participants.close_question(pid)
    return participant


def _zone_change(
    participant: Participant, changes: Mapping[str, object], now: dtm.datetime
) -> dict[str, object]:
    """A new time zone remembers the one before and when it changed."""
    zone = changes.get("timezone")
    if zone is None or zone == participant.timezone:
        return {}
    return {"zone_before": participant.timezone, "zone_changed_at": epoch(now)}


def _pack_change(
    participant: Participant, changes: Mapping[str, object], now: dtm.datetime
) -> dict[str, object]:
    """A pack size set (a new pack): counted from today, its running out not yet told."""
    if "probiotic_pack" not in changes:
        return {}
    today = local_date(now, participant.timezone)
    return {"pack_started": today.isoformat(), "stock_told": 0}
