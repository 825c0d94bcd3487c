"""Shared timing helper for the benchmarks (each prints its figure next to its baseline)."""

import time


def best_of(func, rounds: int) -> float:
    """The fastest of `rounds` runs, in seconds: the least disturbed by the rest of the
    machine, so two figures from one run compare fairly."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)
