"""Many crawler processes, on any number of machines, on one crawl (scrapy-redis).

Redis holds what they share: the crawl's id (`cekresmi:crawl`, so every process that starts
joins the same crawl), scrapy-redis's request queue and duplicate filter (spiders/run.py), the
live workers (a sorted set of heartbeats), and every stored result (`...:results`, so the
process that finishes last can bring them all into its own store and write the digest).
"""

from __future__ import annotations

import json
import os
import secrets
import threading
import time

from checker.store.crawls import CheckRow, CrawlStore, QueueItem, new_crawl_id
from checker.errors import CheckError

__all__ = ["RedisCrawl", "result_key"]

CURRENT = "cekresmi:crawl"
# Seconds between heartbeats; a worker silent for three (killed) no longer counts as alive.
# $CEKRESMI_REDIS_HEARTBEAT changes it (tests use a short one).
_HEARTBEAT = 10.0
_KEEP_SECONDS = 7 * 86400  # a finished crawl's keys are dropped after a week
# Leave atomically: drop our heartbeat; if no live worker is left and the queue is empty, the
# crawl is over and we are the ones to close it (exactly one process sees 1).
_LEAVE = """
redis.call('ZREM', KEYS[1], ARGV[1])
if redis.call('ZCOUNT', KEYS[1], ARGV[2], '+inf') == 0 and redis.call('ZCARD', KEYS[2]) == 0
   and redis.call('GET', KEYS[3]) == ARGV[3] then
  redis.call('DEL', KEYS[3])
  return 1
end
return 0
"""


def result_key(crawl: str) -> str:
    return f"cekresmi:{crawl}:results"


class RedisCrawl:
    def __init__(self, url: str) -> None:
        import redis

        self.url = url
        try:
            self.r = redis.Redis.from_url(url, socket_timeout=30)
            self.r.ping()
        except (redis.RedisError, ValueError) as exc:
            raise CheckError("redis_unavailable", url=_safe(url), reason=str(exc)[:200]) from None
        self.worker = secrets.token_hex(6)
        self.heartbeat = float(os.environ.get("CEKRESMI_REDIS_HEARTBEAT", _HEARTBEAT))
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def join(self) -> tuple[str, bool]:
        """(crawl id, created): the crawl in progress, or a new one this process starts."""
        candidate = new_crawl_id()
        created = bool(self.r.set(CURRENT, candidate, nx=True))
        crawl = candidate if created else (self.r.get(CURRENT) or b"").decode()
        if not crawl:  # it finished between the two calls: start again
            return self.join()
        return crawl, created

    def _workers(self, crawl: str) -> str:
        return f"cekresmi:{crawl}:workers"

    def start(self, crawl: str) -> None:
        """Count this process as a live worker until leave(); a heartbeat keeps it counted."""
        def beat() -> None:
            while not self._stop.is_set():
                self.r.zadd(self._workers(crawl), {self.worker: time.time() + 3 * self.heartbeat})
                self._stop.wait(self.heartbeat)

        self.r.zadd(self._workers(crawl), {self.worker: time.time() + 3 * self.heartbeat})
        self._beat = threading.Thread(target=beat, daemon=True)
        self._beat.start()

    def leave(self, crawl: str) -> bool:
        """Stop counting; True when this process was the last and closed the crawl."""
        self._stop.set()
        if self._beat:
            self._beat.join(timeout=5)
        last = bool(self.r.eval(_LEAVE, 3, self._workers(crawl), f"cekresmi:{crawl}:requests",
                                CURRENT, self.worker, time.time(), crawl))
        if last:
            for key in (self._workers(crawl), f"cekresmi:{crawl}:dupefilter",
                        f"cekresmi:{crawl}:requests", result_key(crawl)):
                self.r.expire(key, _KEEP_SECONDS)
        return last

    def share(self, crawl: str, item: QueueItem, row: CheckRow, links: list[QueueItem]) -> None:
        """Publish a stored result (first writer wins, like the store's own key)."""
        value = {"item": item.__dict__, "row": row.__dict__,
                 "links": [link.__dict__ for link in links]}
        self.r.hsetnx(result_key(crawl), row.url, json.dumps(value, default=str))

    def collect(self, crawl: str, store: CrawlStore) -> int:
        """Bring every shared result of the crawl into `store` (idempotent); how many were new."""
        added = 0
        for _, raw in self.r.hscan_iter(result_key(crawl)):
            value = json.loads(raw)
            row = CheckRow(**value["row"])
            store.enqueue(crawl, [QueueItem(**value["item"])])  # found elsewhere: its origin
            links = [QueueItem(**link) for link in value["links"]]
            stored, _ = store.record(crawl, row, None, links)
            added += stored
        return added


def _safe(url: str) -> str:
    """A Redis URL without its password, for messages."""
    head, sep, tail = url.rpartition("@")
    return f"{url.split('://', 1)[0]}://…@{tail}" if sep else url
