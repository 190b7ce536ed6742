"""kill -9 at random moments of a burst, 20 times: what each kill cost (tests/crashes.py does
the work; `make test` runs 10 of these, the benchmark the full 20).

    python -m bench.crash --out FILE [--kills 20]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
from pathlib import Path

from bench.common import write_json
from tests.crashes import run_kills

KILLS = 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=KILLS)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    # A kill in the middle of a request is the point: the server need not report each one.
    logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)
    with tempfile.TemporaryDirectory(prefix="bench-crash-") as tmp:
        run = asyncio.run(run_kills(Path(tmp), args.kills))
    write_json(args.out, run.to_json())


if __name__ == "__main__":
    main()
