"""`make demo`: the real bot in the terminal, with no token and no network."""
