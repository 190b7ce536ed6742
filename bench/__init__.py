"""The benchmark: `make bench` (see README, "Benchmark"). Each part runs in its own process."""
