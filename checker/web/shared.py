"""State the web service's processes share, so `cekresmi serve --workers N` acts as one
service: the rate limits (a burst is limited once, not once per process), the job board (the
same URL checked from two processes is one job, and any process can show any job's progress)
and the short-lived cache of recent live reports.

Two backends with the same methods: SQLite (the default, one small file under the data dir
that every process on the machine opens) and Redis (`--state redis://...`, for processes on
several machines). Both take the time from one clock: the host's for SQLite, Redis's own
(`TIME`) for Redis, so processes never disagree about a bucket's age.
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

from checker.store.sqlite import SqliteFile

__all__ = ["RedisShared", "SharedLimiter", "SqliteShared", "open_shared"]

KEEP_FINISHED = 900.0  # seconds a finished job stays on the board (its report is stored for good)
_FIELDS = ("id", "key", "kind", "url", "stage", "report_id", "error", "started", "finished")


class SqliteShared(SqliteFile):
    """The shared state in one SQLite file (WAL: readers never wait; each write is one short
    statement or transaction). Losing it loses nothing of value (buckets refill, jobs are
    re-run), so it is not synced to disk on commit."""

    unusable = "serve_state_unusable"
    threaded = True
    busy_seconds = 2.0
    pragmas = ("synchronous = OFF",)

    def _migrate(self) -> None:
        self.db.executescript("""
            CREATE TABLE IF NOT EXISTS buckets (
                name TEXT NOT NULL, client TEXT NOT NULL, tokens REAL NOT NULL,
                at REAL NOT NULL, granted INTEGER NOT NULL, PRIMARY KEY (name, client)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS jobs (
                id TEXT PRIMARY KEY, key TEXT, kind TEXT, url TEXT, stage TEXT,
                report_id TEXT, error TEXT, started REAL, finished REAL
            );
            CREATE INDEX IF NOT EXISTS jobs_key ON jobs (key) WHERE finished IS NULL;
            CREATE TABLE IF NOT EXISTS cache (
                key TEXT PRIMARY KEY, value TEXT NOT NULL, expires REAL NOT NULL
            ) WITHOUT ROWID;
        """)

    def now(self) -> float:
        return time.time()

    def take(self, name: str, client: str, rate: float, burst: float,
             count: int = 1) -> tuple[int, float]:
        """Up to `count` tokens from the bucket, atomically across processes: (tokens granted,
        0 when the bucket holds less than one; tokens left). One UPSERT statement: SQLite runs
        it under the file's write lock, so two processes never both spend the last token."""
        now = self.now()
        refill = "min(:burst, tokens + max(0.0, :now - at) * :rate)"
        got = f"(CASE WHEN {refill} >= 1 THEN min(:count, CAST({refill} AS INTEGER)) ELSE 0 END)"
        first = "(CASE WHEN :burst >= 1 THEN min(:count, CAST(:burst AS INTEGER)) ELSE 0 END)"
        row = self.db.execute(
            "INSERT INTO buckets (name, client, tokens, at, granted) "
            f"VALUES (:name, :client, :burst - {first}, :now, {first}) "
            f"ON CONFLICT (name, client) DO UPDATE SET granted = {got}, "
            f"tokens = {refill} - {got}, at = max(at, :now) "
            "RETURNING granted, tokens",
            {"name": name, "client": client, "now": now, "rate": rate, "burst": burst,
             "count": count},
        ).fetchone()
        return int(row[0]), float(row[1])

    def forget_full(self, name: str, rate: float, burst: float) -> None:
        """Drop buckets that have refilled: an absent bucket is a full one."""
        self.db.execute("DELETE FROM buckets WHERE name = ? AND tokens + (? - at) * ? >= ?",
                        (name, self.now(), rate, burst))

    # --- the job board -----------------------------------------------------------------
    def claim(self, job: dict, timeout: float) -> dict | None:
        """Put `job` on the board unless an unfinished job with its key, younger than
        `timeout`, is there: then that job is returned and `job` is not added."""
        with self.transaction() as db:
            if job.get("key"):
                rows = db.execute("SELECT * FROM jobs WHERE key = ? AND finished IS NULL",
                                  (job["key"],)).fetchall()
                for row in rows:
                    found = _row(row)
                    if self.now() - found["started"] <= timeout:
                        return found
                    # Its process died or hung: the key is free again (the job's own page
                    # says it timed out, JobRunner.get).
                    db.execute("UPDATE jobs SET key = NULL WHERE id = ?", (found["id"],))
            db.execute(f"INSERT INTO jobs ({', '.join(_FIELDS)}) VALUES "
                       f"({', '.join('?' for _ in _FIELDS)})", _values(job))
        return None

    def load(self, job_id: str) -> dict | None:
        row = self.db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return _row(row) if row else None

    def running(self, key: str, timeout: float) -> dict | None:
        row = self.db.execute("SELECT * FROM jobs WHERE key = ? AND finished IS NULL "
                              "AND started >= ? ORDER BY started DESC LIMIT 1",
                              (key, self.now() - timeout)).fetchone()
        return _row(row) if row else None

    def update(self, job_id: str, **fields) -> None:
        """Write some of a job's fields; a finished job's key is released in the same write."""
        if "error" in fields:
            fields["error"] = _error_text(fields["error"])
        names = ", ".join(f"{name} = ?" for name in fields)
        self.db.execute(f"UPDATE jobs SET {names} WHERE id = ?", (*fields.values(), job_id))

    def prune(self) -> None:
        now = self.now()
        self.db.execute("DELETE FROM jobs WHERE finished < ?", (now - KEEP_FINISHED,))
        self.db.execute("DELETE FROM cache WHERE expires < ?", (now,))

    # --- the short-lived cache ---------------------------------------------------------
    def remember(self, key: str, value: str, ttl: float) -> None:
        self.db.execute("INSERT OR REPLACE INTO cache (key, value, expires) VALUES (?, ?, ?)",
                        (key, value, self.now() + ttl))

    def recall(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM cache WHERE key = ? AND expires > ?",
                              (key, self.now())).fetchone()
        return row[0] if row else None


def _row(row) -> dict:
    job = dict(zip(_FIELDS, row))
    job["error"] = _error_value(job["error"])
    return job


def _values(job: dict) -> tuple:
    return tuple(_error_text(job.get(f)) if f == "error" else job.get(f) for f in _FIELDS)


def _error_text(error) -> str | None:
    """A CheckError as the board keeps it: its code and parameters (the words are made by
    whichever process shows it, in its reader's language)."""
    if error is None:
        return None
    return json.dumps({"code": error.code, "params": error.params}, default=str)


def _error_value(text: str | None):
    if not text:
        return None
    from checker.errors import CheckError

    data = json.loads(text)
    return CheckError(data["code"], **data.get("params", {}))


# One token bucket per client in a Redis hash, updated by one script (atomic in Redis),
# timed by Redis's own clock. Takes up to ARGV[3] tokens; returns {tokens granted, tokens left
# as a string}.
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local rate, burst, count = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3] or 1)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens, at = tonumber(b[1]) or burst, tonumber(b[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
local granted = 0
if tokens >= 1 then granted = math.min(count, math.floor(tokens)); tokens = tokens - granted end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(math.max(at, now)))
local full = rate > 0 and (burst - tokens) / rate or 3600
redis.call('PEXPIRE', KEYS[1], math.ceil(full * 1000) + 1000)
return {granted, tostring(tokens)}
"""
# Release a job's key only if it still names that job.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class RedisShared:
    """The same state in Redis: buckets are hashes with an expiry (a full bucket is gone), a
    job is a hash kept KEEP_FINISHED after it ends, a key's running job is a SET NX that
    expires with the job timeout (a process that died frees it)."""

    def __init__(self, url: str, prefix: str = "cekresmi:web:") -> None:
        import redis

        from checker.errors import CheckError

        self.prefix = prefix
        self.client = redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0,
                                           decode_responses=True)
        try:
            self.client.ping()
        except redis.RedisError as exc:
            raise CheckError("serve_state_unusable", path=_safe_url(url),
                             reason=str(exc)[:200]) from None
        self._take = self.client.register_script(_TAKE)
        self._release = self.client.register_script(_RELEASE)

    def now(self) -> float:
        seconds, micros = self.client.time()
        return seconds + micros / 1e6

    def take(self, name: str, client: str, rate: float, burst: float,
             count: int = 1) -> tuple[int, float]:
        granted, tokens = self._take(keys=[f"{self.prefix}bucket:{name}:{client}"],
                                     args=[rate, burst, count])
        return int(granted), float(tokens)

    def forget_full(self, name: str, rate: float, burst: float) -> None:
        pass  # full buckets expire by themselves

    def claim(self, job: dict, timeout: float) -> dict | None:
        # The job is written first, so whoever reads the key finds the job it names.
        self._write(job)
        if not job.get("key"):
            return None
        keyname = f"{self.prefix}running:{job['key']}"
        while True:
            if self.client.set(keyname, job["id"], nx=True, px=max(1, int(timeout * 1000))):
                return None
            other = self.client.get(keyname)
            found = self.load(other) if other else None
            if found is not None and found["finished"] is None:
                self.client.delete(f"{self.prefix}job:{job['id']}")
                return found
            self._release(keys=[keyname], args=[other or ""])  # a finished job's leftover

    def load(self, job_id: str) -> dict | None:
        data = self.client.hgetall(f"{self.prefix}job:{job_id}")
        if not data:
            return None
        job = {f: data.get(f) or None for f in _FIELDS}
        for number in ("started", "finished"):
            job[number] = float(job[number]) if job[number] is not None else None
        job["error"] = _error_value(job["error"])
        return job

    def running(self, key: str, timeout: float) -> dict | None:
        job_id = self.client.get(f"{self.prefix}running:{key}")
        found = self.load(job_id) if job_id else None
        return found if found is not None and found["finished"] is None else None

    def update(self, job_id: str, **fields) -> None:
        if "error" in fields:
            fields["error"] = _error_text(fields["error"])
        name = f"{self.prefix}job:{job_id}"
        self.client.hset(name, mapping={k: "" if v is None else v for k, v in fields.items()})
        if fields.get("finished") is not None:
            self.client.expire(name, int(KEEP_FINISHED))
            key = self.client.hget(name, "key")
            if key:
                self._release(keys=[f"{self.prefix}running:{key}"], args=[job_id])

    def prune(self) -> None:
        pass  # everything here expires by itself

    def remember(self, key: str, value: str, ttl: float) -> None:
        self.client.set(f"{self.prefix}cache:{key}", value, px=max(1, int(ttl * 1000)))

    def recall(self, key: str) -> str | None:
        return self.client.get(f"{self.prefix}cache:{key}")

    def close(self) -> None:
        self.client.close()

    def _write(self, job: dict) -> None:
        values = {f: "" if job.get(f) is None else job.get(f) for f in _FIELDS}
        values["error"] = _error_text(job.get("error")) or ""
        name = f"{self.prefix}job:{job['id']}"
        self.client.hset(name, mapping=values)
        self.client.expire(name, int(KEEP_FINISHED * 4))  # a job that never ends goes too


def _safe_url(url: str) -> str:
    """A Redis URL for a message: without its password."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    return f"{parts.scheme}://{host}{':' + str(parts.port) if parts.port else ''}{parts.path}"


def open_shared(spec: str | None, default_path: str | Path):
    """`redis://` or `rediss://` URLs open Redis; anything else is a SQLite file (None: the
    default file, beside the reports database)."""
    if spec and spec.split("://", 1)[0] in ("redis", "rediss", "unix"):
        return RedisShared(spec)
    return SqliteShared(spec or default_path)


class SharedLimiter:
    """take(client) -> seconds to wait (0: go ahead), over shared buckets: every process spends
    from the same bucket, so a burst is limited once however many processes serve it.

    A busy client's tokens are taken from the shared bucket a few at a time (`batch`: one
    database write or Redis call per batch instead of per request) and spent from this
    process's memory; what a process holds is only what the shared bucket already gave up, so
    N processes still grant at most one bucket's worth. Held tokens lapse after `hold`
    seconds (a burst after a pause cannot add a process's leftovers to a full bucket; at most
    N x (batch - 1) ride along within `hold`), and a refused client is refused from memory until
    its next token is due (a flood costs no write per request). Small buckets, such as the
    checks', take one token at a time: batch is at most burst / 16."""

    BATCH = 8
    HOLD = 1.0

    def __init__(self, shared, name: str, per_minute: float, burst: int, *,
                 batch: int | None = None, clock=time.monotonic) -> None:
        self.shared, self.name, self.clock = shared, name, clock
        self.rate, self.burst = per_minute / 60.0, float(burst)
        self.batch = batch or max(1, min(self.BATCH, int(burst) // 16))
        self.held: dict[str, tuple[int, float]] = {}  # client -> (tokens, taken at)
        self.refused: dict[str, float] = {}  # client -> when its next token is due
        self._takes = 0

    def take(self, client: str) -> int:
        now = self.clock()
        tokens, taken = self.held.get(client, (0, 0.0))
        if tokens and now - taken < self.HOLD:
            self.held[client] = (tokens - 1, taken)
            return 0
        due = self.refused.get(client)
        if due is not None:
            if now < due:
                return max(1, math.ceil(due - now))
            del self.refused[client]
        granted, left = self.shared.take(self.name, client, self.rate, self.burst, self.batch)
        self._takes += 1
        if self._takes % 4096 == 0:  # memory stays bounded: refilled buckets are forgotten
            self.shared.forget_full(self.name, self.rate, self.burst)
            self._forget(now)
        if granted:
            if granted > 1:
                self.held[client] = (granted - 1, now)
            else:
                self.held.pop(client, None)
            return 0
        if self.rate <= 0:
            return 3600
        wait = (1.0 - left) / self.rate
        self.refused[client] = now + wait
        return max(1, math.ceil(wait))

    def _forget(self, now: float) -> None:
        self.held = {c: h for c, h in self.held.items() if h[0] and now - h[1] < self.HOLD}
        self.refused = {c: due for c, due in self.refused.items() if due > now}
