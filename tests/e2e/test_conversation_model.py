"""The whole conversation as a model (tests/model.py): random sequences of what a person does,
clock moves across days and DST nights, and restarts, against the real Application and the
suite's Bot API server, with the invariants checked after every step. `make test` plays a
bounded, repeatable number of them; `make fuzz` plays many more, at random.

Every failure the model finds stays below as a named test of its own."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from hypothesis import HealthCheck, settings

from tests.model import STARTS, Conversation

TestConversation = Conversation.TestCase
TestConversation.settings = settings(
    max_examples=40,
    stateful_step_count=30,
    deadline=None,
    derandomize=True,  # the same conversations on every run of `make test`
    suppress_health_check=list(HealthCheck),
)


def replay(steps: Callable[[Conversation], Iterable[None]]) -> None:
    """A sequence the model once failed on, step by step, with the invariants after each."""
    state = Conversation()
    try:
        for _ in steps(state):
            state.export_reads_back()
    finally:
        state.teardown()


def test_found_1_a_tick_on_an_older_checkin_trigger_list_opens_that_question_again() -> None:
    """Found by `make fuzz`: after /trigger's list was closed, a tick on the check-in's trigger
    question redrew it, but typed text no longer went to the check-in (no question open)."""

    def steps(state: Conversation) -> Iterator[None]:
        yield state.begin(start=STARTS[0], age="adult", language="nl", how="now")
        yield state.command(command="/start")
        yield state.command(command="/delete")
        yield state.command(command="/pause 1")
        yield state.restart(crash=True)
        yield state.answer_on(picks=[17, 11, 11, 0, 13, 0, 0, 0, 0, 15, 11, 0, 0, 18])
        yield state.answer_on(picks=[0, 9, 0, 5, 0, 14, 15])
        yield state.command(command="/patterns")
        yield state.press(back=2)
        yield state.answer_on(picks=[0])
        yield state.answer_on(picks=[0, 0, 0, 0, 11, 12, 0])
        yield state.type_text(text="Nederlands")
        yield state.type_text(text="Nederlands")
        yield state.answer_on(picks=[11])
        yield state.restart(crash=True)
        yield state.command(command="/checkin")
        yield state.restart(crash=False)
        yield state.answer_on(picks=[10, 20, 15])
        yield state.press(back=48)
        yield state.command(command="/trigger")
        yield state.answer_on(picks=[1, 12, 9, 16])

    replay(steps)


def test_found_2_a_checkin_nudge_moves_out_of_a_sleep_window_changed_after_it_was_planned() -> None:
    """Found by `make fuzz`: the bedtime moved to 18:30 after the check-in opened, and its
    nudge, planned for 19:00 the next day, came in the night."""

    def steps(state: Conversation) -> Iterator[None]:
        yield state.begin(start=STARTS[0], age="adult", language="nl", how="now")
        yield state.command(command="/start")
        yield state.command(command="/delete")
        yield state.command(command="/pause 1")
        yield state.restart(crash=True)
        yield state.answer_on(picks=[17, 11, 11, 0, 13, 0, 0, 0, 0, 15, 11, 0, 0, 18])
        yield state.answer_on(picks=[0, 9, 0, 5, 0, 14, 15])
        yield state.answer_on(picks=[3, 2, 8, 5, 17, 2, 1, 16, 6])
        yield state.command(command="/patterns")
        yield state.wait(minutes=4320)

    replay(steps)
