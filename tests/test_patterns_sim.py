"""The pattern finder's false alarms, a small version of `bench/patterns_sim.py` (which
`make bench` runs with 2,000 simulated participants per row): on itch with no effect at all,
correlated from day to day at 0.7 and at 0.9, five triggers noted more on bad days, 120 days,
at most 5% of participants may be shown any "worth discussing" line. Seeded: the same
participants every run."""

from __future__ import annotations

import random

import pytest

from bench.patterns_sim import (
    TARGET_FALSE_ALARMS,
    TRIGGERS,
    Model,
    false_alarms,
    participant,
    power,
    wilson,
)

SEED = 18  # not the benchmark's: these are other participants
PARTICIPANTS = 300


@pytest.mark.parametrize("correlation", [0.7, 0.9])
def test_at_most_5_percent_are_shown_worth_discussing_without_an_effect(
    correlation: float,
) -> None:
    result = false_alarms(correlation, PARTICIPANTS, SEED)
    assert result["n"] == PARTICIPANTS
    assert result["share"] <= TARGET_FALSE_ALARMS, result
    # Not by comparing nothing: most of each person's five triggers are compared.
    assert result["triggers_compared_per_participant"] >= 3


def test_a_real_effect_is_seen_by_many_after_20_noted_days() -> None:
    result = power(0.9, 60, SEED)
    assert result["noted_days"] == 20
    assert result["share"] >= 0.4, result


def test_the_simulated_people_note_more_on_bad_days() -> None:
    rng = random.Random(SEED)
    bad = good = bad_noted = good_noted = 0
    for _ in range(50):
        noted, itch = participant(rng, Model(0.7))
        mean = sum(itch.values()) / len(itch)
        days = {d for trigger in TRIGGERS for d in noted[trigger]}
        for d, score in itch.items():
            if score >= mean + 2:
                bad, bad_noted = bad + 1, bad_noted + (d in days)
            elif score <= mean:
                good, good_noted = good + 1, good_noted + (d in days)
    assert bad_noted / bad > 2 * good_noted / good
    assert all(len(itch) < 120 for _, itch in [participant(rng, Model(0.7))])  # some unanswered


def test_wilson_interval() -> None:
    low, high = wilson(10, 200)
    assert low == pytest.approx(0.0274, abs=1e-4) and high == pytest.approx(0.0896, abs=1e-4)
    assert wilson(0, 100)[0] == 0.0
