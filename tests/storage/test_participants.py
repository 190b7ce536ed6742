"""A participant at the storage boundary: a day comes back a `date`, a moment an aware UTC
`datetime`, the status one of its constants, each stored as before (an ISO date, whole seconds
since 1970, the consent's moment as ISO text); a state changes by a named write, and a person's
choices cannot carry one."""

from __future__ import annotations

import datetime as dtm
from pathlib import Path

import pytest

from bot.programme.records import ACTIVE, BLOCKED, ONBOARDING, STOPPED
from bot.storage import Store
from jobs.clock import UTC
from tests import stored

NOW = dtm.datetime(2026, 11, 23, 8, 0, 30, tzinfo=UTC)


def test_days_and_moments_come_back_as_values_and_are_stored_as_before(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "coach.db")
    people = store.participants
    anna = people.begin_onboarding(1, "nl", "Europe/Amsterdam", NOW)
    assert anna.status == ONBOARDING and anna.created_at == NOW and anna.start_date is None
    people.consent(1, "v1", NOW)
    people.finish_onboarding(1, NOW.date())
    until = NOW + dtm.timedelta(days=2)
    people.pause_until(1, until)
    people.zone_changed(1, "Europe/London", NOW)
    anna = people.new_pack(1, NOW.date())
    assert anna.status == ACTIVE
    assert (anna.consent_version, anna.consent_at) == ("v1", NOW)
    assert anna.start_date == anna.pack_started == NOW.date()
    assert anna.paused_until == until and anna.paused_until.tzinfo is not None
    assert (anna.zone_before, anna.zone_changed_at) == ("Europe/London", NOW)
    [values] = stored.rows_about(store, "participants", 1)
    row = dict(zip(stored.columns(store, "participants"), values, strict=True))
    assert row["consent_at"] == NOW.isoformat()
    assert row["start_date"] == row["pack_started"] == "2026-11-23"
    assert row["paused_until"] == int(until.timestamp())
    assert row["created_at"] == row["zone_changed_at"] == int(NOW.timestamp())
    assert store.export(1)["participant"]["paused_until"] == until
    store.close()


def test_each_state_change_is_a_named_write(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "coach.db")
    people = store.participants
    people.begin_onboarding(1, "nl", "Europe/Amsterdam", NOW)
    people.finish_onboarding(1, NOW.date())
    assert people.stop(1).status == STOPPED
    assert people.reactivate(1).status == ACTIVE
    assert people.block(1).status == BLOCKED
    people.reactivate(1)
    people.rest(1, NOW + dtm.timedelta(days=60), NOW)
    resumed = people.resume(1)
    assert resumed.paused_until is None and resumed.rested_at is None
    assert people.repair_zone(1, "Europe/Kyiv").timezone == "Europe/Kyiv"
    changed = people.change_settings(1, {"wake": "06:30", "quiet_ok": frozenset({"fibre"})})
    assert changed.wake == "06:30" and changed.quiet_ok == frozenset({"fibre"})
    for state in ({"status": STOPPED}, {"paused_until": NOW}, {"consent_version": "v0"}):
        with pytest.raises(ValueError, match="not a participant's choice"):
            people.change_settings(1, state)
        with pytest.raises(ValueError, match="not a participant's choice"):
            people.onboarding_answer(1, state)
    store.close()
