"""The state `cekresmi serve --workers N` shares between its processes (checker.web.shared):
token buckets spent once across processes, one running job per key, a short-lived cache; the
same behaviour from the SQLite file and from Redis."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.errors import CheckError
from checker.web.shared import RedisShared, SharedLimiter, SqliteShared, open_shared
from conftest import free_port as _free_port

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(params=["sqlite", "redis"])
def shared(request, tmp_path):
    if request.param == "sqlite":
        state = SqliteShared(tmp_path / "state.sqlite3")
    else:
        state = RedisShared(request.getfixturevalue("redis_url"))
    yield state
    state.close()


def test_a_bucket_gives_its_burst_then_asks_to_wait_and_refills(shared):
    limiter = SharedLimiter(shared, "t", per_minute=60, burst=3)  # one token a second
    assert [limiter.take("a") for _ in range(3)] == [0, 0, 0]
    assert limiter.take("a") == 1  # empty: about a second to the next token
    assert limiter.take("b") == 0  # another client has its own bucket
    time.sleep(1.1)
    assert limiter.take("a") == 0 and limiter.take("a") >= 1
    # Two limiters with different names never share a bucket.
    assert SharedLimiter(shared, "other", per_minute=60, burst=1).take("a") == 0


def test_one_running_job_per_key_and_its_key_freed_when_it_ends(shared):
    first = {"id": "job1", "key": "live:u", "kind": "live", "url": "u", "stage": "queued",
             "report_id": None, "error": None, "started": shared.now(), "finished": None}
    assert shared.claim(first, timeout=60) is None
    second = {**first, "id": "job2"}
    assert shared.claim(second, timeout=60)["id"] == "job1"
    assert shared.load("job2") is None
    assert shared.running("live:u", 60)["id"] == "job1"
    shared.update("job1", stage="failed", error=CheckError("fetch_failed", url="u", reason="x"),
                  finished=shared.now())
    done = shared.load("job1")
    assert done["error"].code == "fetch_failed" and done["error"].params["url"] == "u"
    assert shared.running("live:u", 60) is None
    assert shared.claim(second, timeout=60) is None  # the key is free again
    assert shared.running("live:u", 60)["id"] == "job2"


def test_a_job_older_than_the_timeout_does_not_hold_its_key(tmp_path):
    """Its process died mid-check: the next check of the URL runs instead of waiting forever."""
    shared = SqliteShared(tmp_path / "state.sqlite3")
    stale = {"id": "old", "key": "live:u", "kind": "live", "url": "u", "stage": "fetching",
             "report_id": None, "error": None, "started": shared.now() - 500, "finished": None}
    assert shared.claim(stale, timeout=120) is None
    assert shared.running("live:u", 120) is None
    assert shared.claim({**stale, "id": "new", "started": shared.now()}, timeout=120) is None
    assert shared.running("live:u", 120)["id"] == "new"
    shared.close()


def test_the_cache_forgets_after_its_time(shared):
    shared.remember("live:u", "abc 2026-01-01T00:00:00+00:00", ttl=0.3)
    assert shared.recall("live:u").startswith("abc ")
    time.sleep(0.4)
    assert shared.recall("live:u") is None


_SPENDER = """
import sys
from checker.web.shared import open_shared
state = open_shared(sys.argv[1], None)
granted = sum(state.take("burst", "client", 0.0001, 100)[0] for _ in range(150))
print(granted)
"""


@pytest.mark.parametrize("kind", ["sqlite", "redis"])
def test_two_processes_spend_one_bucket_once(kind, tmp_path, request):
    """Two processes each try 150 requests on one client's bucket of 100 (no refill to
    speak of): between them exactly 100 are granted, never 100 each."""
    spec = (str(tmp_path / "state.sqlite3") if kind == "sqlite"
            else request.getfixturevalue("redis_url"))
    open_shared(spec, None).close()  # the file exists before both start
    runs = [subprocess.Popen([sys.executable, "-c", _SPENDER, spec], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True) for _ in range(2)]
    granted = [int(run.communicate(timeout=60)[0]) for run in runs]
    assert sum(granted) == 100, granted


def test_an_unreachable_redis_is_one_line_error():
    port = _free_port()  # nothing listens there
    with pytest.raises(CheckError) as err:
        open_shared(f"redis://:secret@127.0.0.1:{port}/0", None)
    assert err.value.code == "serve_state_unusable"
    assert "secret" not in err.value.params["path"]


class _Counting:
    """A shared state that counts the calls reaching it (a database write or Redis call each)."""

    def __init__(self, shared) -> None:
        self.shared, self.calls = shared, 0

    def take(self, *args):
        self.calls += 1
        return self.shared.take(*args)

    def forget_full(self, *args) -> None:
        self.shared.forget_full(*args)


def test_a_busy_client_takes_its_tokens_in_batches_and_the_bucket_once(shared):
    counting = _Counting(shared)
    now = [0.0]
    limiter = SharedLimiter(counting, "t", per_minute=0.006, burst=160, clock=lambda: now[0])
    assert limiter.batch == 8  # burst / 16, at most 8
    assert [limiter.take("a") for _ in range(160)] == [0] * 160
    assert counting.calls == 20  # one shared write per 8 requests, not per request
    assert limiter.take("a") >= 1  # the bucket is empty: refused...
    calls = counting.calls
    assert limiter.take("a") >= 1 and counting.calls == calls  # ...then from memory
    # A second process (another limiter on the same state) finds the bucket spent too.
    other = SharedLimiter(shared, "t", per_minute=0.006, burst=160, clock=lambda: now[0])
    assert other.take("a") >= 1
    # Held tokens lapse: after a pause the next request goes back to the shared bucket.
    fresh = _Counting(shared)
    paused = SharedLimiter(fresh, "p", per_minute=0.006, burst=160, clock=lambda: now[0])
    assert paused.take("b") == 0 and fresh.calls == 1
    now[0] += SharedLimiter.HOLD + 0.5
    assert paused.take("b") == 0 and fresh.calls == 2


def test_a_small_bucket_is_taken_one_token_at_a_time(shared):
    counting = _Counting(shared)
    limiter = SharedLimiter(counting, "c", per_minute=30, burst=10)  # the checks' limit
    assert limiter.batch == 1
    assert [limiter.take("a") for _ in range(10)] == [0] * 10 and counting.calls == 10


_BATCH_SPENDER = """
import sys
from checker.web.shared import SharedLimiter, open_shared
limiter = SharedLimiter(open_shared(sys.argv[1], None), "burst", 0.006, 160)
print(sum(limiter.take("client") == 0 for _ in range(250)))
"""


@pytest.mark.parametrize("kind", ["sqlite", "redis"])
def test_two_processes_taking_batches_still_spend_one_bucket_once(kind, tmp_path, request):
    """Each process takes 8 tokens at a time: between them at most the bucket's 160 are
    granted (a few may sit unspent in the other process's hand), never 160 each."""
    spec = (str(tmp_path / "state.sqlite3") if kind == "sqlite"
            else request.getfixturevalue("redis_url"))
    open_shared(spec, None).close()
    runs = [subprocess.Popen([sys.executable, "-c", _BATCH_SPENDER, spec], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True) for _ in range(2)]
    granted = [int(run.communicate(timeout=60)[0]) for run in runs]
    assert 160 - 2 * 7 <= sum(granted) <= 160, granted
