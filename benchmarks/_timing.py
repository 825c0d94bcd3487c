"""Shared timing helper for the benchmarks (each prints its figure next to its baseline)."""

import argparse
import resource
import time


def best_of(func, rounds: int, clock=time.perf_counter) -> float:
    """The fastest of `rounds` runs, in seconds: the least disturbed by the rest of the
    machine, so two figures from one run compare fairly. `clock=time.process_time` times the
    CPU this process spent (user + system) instead of the wall clock, which on a shared
    machine mostly measures the neighbours."""
    times = []
    for _ in range(rounds):
        start = clock()
        func()
        times.append(clock() - start)
    return min(times)


def timed_crawl(process, spider_cls, cpu: dict | None = None) -> float:
    """Run one Scrapy spider in `process` and return the seconds from its opening to its
    closing (the reactor's start and stop are not the crawl's). With `cpu`, cpu["seconds"] is
    the CPU this process spent in that window (on a shared machine the wall clock mostly
    measures the neighbours)."""
    from scrapy import signals

    times = {}

    def opened():
        times["open"] = time.perf_counter()
        times["cpu_open"] = time.process_time()

    def closed():
        times["close"] = time.perf_counter()
        times["cpu_close"] = time.process_time()

    crawler = process.create_crawler(spider_cls)
    # (Scrapy holds signal handlers weakly: named functions that live until the end.)
    crawler.signals.connect(opened, signals.spider_opened)
    crawler.signals.connect(closed, signals.spider_closed)
    process.crawl(crawler)
    process.start()
    if cpu is not None:
        cpu["seconds"] = times["cpu_close"] - times["cpu_open"]
    return times["close"] - times["open"]


def children_cpu(run, *args) -> tuple:
    """run(*args) and the CPU seconds (user + system) its reaped child processes used meanwhile
    (resource.RUSAGE_CHILDREN: a crawl's child process and what it started, start-up included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    got = run(*args)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return got, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def crawl_bench_args(pages: int, workers_help: str) -> argparse.ArgumentParser:
    """The options both crawl benchmarks take: how many pages, rounds and analysis workers, and
    --bare-child, with which a benchmark runs its bare competitor in a child process of itself."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=pages)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None, help=workers_help)
    parser.add_argument("--bare-child")
    return parser
