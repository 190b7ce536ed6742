"""Whatever a person sends, in whatever state they are in: no handler error, every update
answered, the database's foreign keys hold, and nobody else's rows change.

Hypothesis draws the update (every callback prefix with random data, every command with random
arguments, random text with odd Unicode) and the state of the person who sends it: a stranger,
each onboarding step, mid-check-in, a settings question open (or the sleep-window one),
onboarded, paused, stopped, or just erased by /delete.
"""

from __future__ import annotations

import datetime as dtm
import itertools
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.botapi import SentMessage, User
from bot.callbacks import PRESSES
from bot.handlers.commands import COMMANDS
from bot.programme.conversation import (
    FirstOffer,
    Menu,
    Onboarding,
    Picker,
    Quiet,
    Replace,
    Setting,
    Treatment,
)
from bot.programme.schedule import local_date
from bot.programme.settings import CONSENT_VERSION, STEPS
from bot.services.checkins import open_checkin, question_of
from bot.services.lifecycle import finish_onboarding, pause, stop
from bot.storage import Store
from tests import stored
from tests.harness import Harness

STATES = (
    "stranger",
    *(f"onboarding:{step}" for step in STEPS),
    "checkin",
    "menu",
    "replace",
    "picker",
    "first",
    "treatment:name",
    "treatment:purpose",
    "treatment:since",
    "settings:wake",
    "settings:hydration",
    "settings:timezone",
    "quiet:bed:2030",
    "onboarded",
    "paused",
    "stopped",
    "deleted",
)
# Every press class's prefix, an old one ("dt") and some nobody uses.
PREFIXES = (*sorted({kind.PREFIX for kind in PRESSES}), "dt", "x", "")
ODD = "0123456789:-²①٣ ‮​\u0000é𝟙"
ids = itertools.count(100_000)

odd_text = st.text(alphabet=st.sampled_from(ODD) | st.characters(), max_size=80)
callbacks = st.builds(
    lambda prefix, parts: ":".join([prefix, *parts])[:64],
    st.sampled_from(PREFIXES),
    st.lists(odd_text, max_size=4),
)
commands = st.builds(
    lambda name, args: f"/{name} {args}".strip(),
    st.sampled_from([*COMMANDS, "stats", "unknown"]),
    odd_text,
)
texts = st.text(max_size=300).filter(lambda text: not text.startswith("/"))
updates = st.one_of(
    st.tuples(st.just("tap"), callbacks),
    st.tuples(st.just("say"), commands),
    st.tuples(st.just("say"), texts),
    st.tuples(st.just("say"), st.just("x" * 4096)),
)


def put_in_state(store: Store, person: int, state: str, now: dtm.datetime) -> None:
    if state == "stranger":
        return
    participant = store.participants.begin_onboarding(person, "en", "Europe/Amsterdam", now)
    if state.startswith("onboarding:"):
        step = state.split(":", 1)[1]
        consented = STEPS.index(step) > STEPS.index("consent")
        if consented:
            store.participants.consent(person, CONSENT_VERSION, now)
        store.participants.ask(person, Onboarding(step))
        return
    store.participants.consent(person, CONSENT_VERSION, now)
    participant = finish_onboarding(store, participant, now)
    if state.startswith("settings:"):
        store.participants.ask(person, Setting(state.removeprefix("settings:"), 1))
    elif state.startswith("quiet:"):
        _, field, value = state.split(":")
        store.participants.ask(person, Quiet(field, value, 1))
    elif state == "checkin":
        checkin = open_checkin(store, participant, "manual", now)
        store.checkins.answer(person, checkin.id, 0, None, None, person % 14)
        moved = store.checkins.get(person, checkin.id)
        assert moved is not None
        store.participants.ask(person, question_of(moved))
    elif state == "menu":
        store.participants.ask(person, Menu(1))
    elif state == "replace":
        store.participants.ask(person, Replace())
    elif state == "picker":
        store.participants.ask(person, Picker(local_date(now, participant.timezone)))
    elif state == "first":
        store.participants.ask(person, FirstOffer())
    elif state == "treatment:name":
        store.participants.ask(person, Treatment("name"))
    elif state.startswith("treatment:"):
        made = store.treatments.add(person, "Vaseline", now.date(), "self", now)
        if state == "treatment:since":
            store.treatments.set_purpose(person, made, "skin")
        store.participants.ask(person, Treatment(state.removeprefix("treatment:"), made))
    elif state == "paused":
        pause(store, participant, 3, now)
    elif state == "stopped":
        stop(store, person)
    elif state == "deleted":
        store.participants.delete(person)


def snapshot(harness: Harness, person: int) -> list[Any]:
    tables = ("participants", "occurrences", "checkins", "itch", "water", "claims", "treatments")
    return [stored.rows_about(harness.store, table, person) for table in tables]


def every_state(test: Any) -> Any:
    """An explicit example per state, so each is tried whatever Hypothesis draws besides."""
    for number, state in enumerate(STATES):
        update = ("tap", f"c:{number}:0:1") if number % 2 else ("say", f"/pause {number}²")
        test = example(state=state, update=update)(test)
    return test


@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@every_state
@given(state=st.sampled_from(STATES), update=updates)
async def test_any_update_in_any_state_is_answered_and_harms_nobody(
    harness: Harness, state: str, update: tuple[str, str]
) -> None:
    if harness.store.participants.get(4242) is None:
        await harness.onboard(User(4242, "Bystander", language_code="nl"))
    bystander = snapshot(harness, 4242)
    person = next(ids)
    put_in_state(harness.store, person, state, harness.clock.now())
    user = User(person, "Hostile", language_code="en")
    kind, payload = update
    before = len(harness.server.messages_to(person))
    if kind == "tap":
        message = SentMessage(1, person, "sendMessage", "an old message", None)
        answer_count = len(harness.server.callback_answers)
        await harness._processed(harness.server.press(user, message, payload, check=False))
        assert len(harness.server.callback_answers) > answer_count  # the spinner stops
    else:
        await harness._processed(harness.server.send_text(user, payload))
        assert len(harness.server.messages_to(person)) > before  # a reply, always
    assert harness.errors == []
    assert stored.foreign_key_violations(harness.store) == []
    assert snapshot(harness, 4242) == bystander
