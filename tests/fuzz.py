"""`make fuzz`: many more random conversations with the real bot than `make test` plays
(tests/model.py says what is checked after every step), and how many steps a second.

    make fuzz                      200 conversations of up to 60 steps
    make fuzz ARGS="--examples 1000 --steps 80"

A failure prints the shortest sequence of steps that shows it; keep it as a named test in
tests/e2e/test_conversation_model.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from tests.model import Conversation


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200, help="conversations to play")
    parser.add_argument("--steps", type=int, default=60, help="steps at most in each")
    args = parser.parse_args(argv)
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    chosen = settings(
        max_examples=args.examples,
        stateful_step_count=args.steps,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    started = time.perf_counter()
    try:
        run_state_machine_as_test(Conversation, settings=chosen)
    finally:
        elapsed = time.perf_counter() - started
        steps = Conversation.steps
        print(
            f"{steps} steps in {elapsed:.1f} s: {steps / elapsed:.1f} steps/s "
            f"({args.examples} conversations of up to {args.steps} steps)"
        )
        for what, count in sorted(Conversation.seen.items()):
            print(f"  {count:6d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
