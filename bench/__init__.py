"""The benchmark: `make bench` (see docs/benchmark.md). Each part runs in its own process."""
