"""`cekresmi official sync`: the live client for KPU's Sirekap data endpoints (SOURCES.md).

Polite and resumable: at most 4 requests in flight, the Referer/Origin of the public front end
(as the scrapers sent them), bounded retries with exponential backoff on 403 (bot protection),
429, 5xx and timeouts. Each fetched file is written with its "fetched" mark in one transaction,
so an interrupted sync keeps what it finished and the next run skips it (unless refresh).

Walk, stage by stage (each stage's list comes from the store, so a resumed run needs no
re-fetch): candidate pairs and region lists first, then the tallies down to kab/kota files
(whose tables give the kecamatan figures), the same depth as the scrapers' snapshot. With
`tps` and a region, on down to every TPS of that region (its lists, then its tallies).
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal

from checker.errors import CheckError
from checker.retrieve.fetch import get_bytes, json_client
from checker.official.facts import ELECTIONS, endpoint_url, region_list_url
from checker.official.sirekap import ShapeError, parse_paslon, parse_region_list, parse_tally
from checker.official.store import Batch, Store, is_code

__all__ = ["SyncSummary", "sync", "sync_async"]

_RETRY_STATUS = frozenset({403, 429, 500, 502, 503, 504})
_RETRY_ERRORS = frozenset({"timeout", "connect_failed", "protocol_error"})
_MAX_DELAY = 30.0


@dataclass
class SyncSummary:
    fetched: int = 0
    skipped: int = 0                      # done by an earlier run (resume)
    missing: list[str] = field(default_factory=list)   # 404: not published
    failed: list[tuple[str, CheckError]] = field(default_factory=list)
    results: int = 0
    quirks: Counter = field(default_factory=Counter)


def sync(store: Store, election: str, region: str | None = None, *, client=None,
         progress=None, refresh: bool = False, **options) -> SyncSummary:
    """Blocking wrapper (CLI, scripts); see sync_async for the options."""
    return asyncio.run(sync_async(store, election, region, client=client, progress=progress,
                                  refresh=refresh, **options))


async def sync_async(store: Store, election: str, region: str | None = None, *, client=None,
                     progress=None, refresh: bool = False, retries: int = 4,
                     backoff: float = 0.5, concurrency: int = 4, tps: bool = False,
                     sleep=asyncio.sleep) -> SyncSummary:
    """Fetch `election` ("pilkada2024" | "pemilu2024"), optionally only `region` (a 2- or
    4-digit code), into `store`. With `tps` (a region required: a whole election is ~820,000
    TPS files) the walk goes on below the kab/kota: kecamatan, desa and TPS lists, then their
    tallies, down to each TPS's own figures. `progress(done, total)` is called as each URL
    finishes.
    `client` is an httpx.AsyncClient from checker.retrieve.fetch.json_client (tests pass a mock
    transport through it); failures are collected in the summary, never half-written."""
    if election not in ELECTIONS:
        raise CheckError("official_unknown_election", election=election)
    if region is not None and not (is_code(region) and len(region) in (2, 4)) or \
            tps and region is None:
        raise CheckError("official_unknown_region", region=region or "-", election=election)
    front = ELECTIONS[election].front
    headers = {"Referer": front + "/", "Origin": front}
    run = _Run(store, election, region, headers, refresh, retries, backoff, sleep, progress)
    own = client is None
    client = client or json_client(max_connections=concurrency)
    run.gate = asyncio.Semaphore(max(1, min(concurrency, 4)))
    try:
        stages = [_lists, _region_lists]
        if tps:  # each level's list comes from the one fetched before it
            stages += [_lists_below(4), _lists_below(6), _lists_below(10)]
        for stage in stages + [_tallies] + ([_tps_tallies] if tps else []):
            await run.fetch_all(client, stage(run))
    finally:
        if own:
            await client.aclose()
    if region is not None and not run.known(region):
        raise CheckError("official_unknown_region", region=region, election=election)
    return run.summary


class _Run:
    def __init__(self, store, election, region, headers, refresh, retries, backoff, sleep,
                 progress) -> None:
        self.store, self.election, self.region = store, election, region
        self.headers, self.refresh = headers, refresh
        self.retries, self.backoff, self.sleep = retries, backoff, sleep
        self.progress = progress
        self.summary = SyncSummary()
        self.done = self.total = 0
        self.gate: asyncio.Semaphore | None = None

    # -- what the store already knows ------------------------------------------------------
    def codes(self, length: int, prefix: str = "") -> list[str]:
        rows = self.store.db.execute(
            "SELECT code FROM region_names WHERE election = ? AND length(code) = ? "
            "AND code LIKE ? ORDER BY code", (self.election, length, prefix + "%"))
        return [c for (c,) in rows if self.wanted(c)]

    def race_regions(self, kind: str) -> list[str]:
        rows = self.store.db.execute(
            "SELECT region FROM races WHERE election = ? AND kind = ? ORDER BY region",
            (self.election, kind))
        return [c for (c,) in rows if self.wanted(c)]

    def wanted(self, code: str) -> bool:
        """In the requested region (or on the way to it)."""
        r = self.region
        return r is None or code.startswith(r) or r.startswith(code)

    def known(self, code: str) -> bool:
        return bool(self.store.db.execute(
            "SELECT 1 FROM region_names WHERE code = ? AND election = ? UNION "
            "SELECT 1 FROM races WHERE region = ? AND election = ?",
            (code, self.election, code, self.election)).fetchone())

    # -- fetching --------------------------------------------------------------------------
    async def fetch_all(self, client, jobs: list[tuple[str, object]]) -> None:
        todo = []
        for url, parse in dict(jobs).items():
            if not self.refresh and self.store.db.execute(
                    "SELECT 1 FROM fetched WHERE url = ?", (url,)).fetchone():
                self.summary.skipped += 1
            else:
                todo.append((url, parse))
        self.total += len(jobs)
        self.done += len(jobs) - len(todo)
        self._tick()
        await asyncio.gather(*(self._one(client, url, parse) for url, parse in todo))

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total)

    async def _one(self, client, url: str, parse) -> None:
        try:
            async with self.gate:
                status, body = await self._get(client, url)
            self._store(url, status, body, parse)
        except CheckError as exc:
            self.summary.failed.append((url, exc))
        self.done += 1
        self._tick()

    async def _get(self, client, url: str) -> tuple[int, bytes]:
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                status, body = await get_bytes(client, url, headers=self.headers)
            except CheckError as exc:
                if exc.code not in _RETRY_ERRORS or last:
                    raise
            else:
                if status not in _RETRY_STATUS and status < 500:
                    return status, body
                if last:
                    raise CheckError("sync_http_status", url=url, status=status)
            await self.sleep(min(_MAX_DELAY, self.backoff * 2 ** attempt))
        raise AssertionError("unreachable")

    def _store(self, url: str, status: int, body: bytes, parse) -> None:
        batch = Batch()
        if status == 404:
            self.summary.missing.append(url)  # not published (yet): remembered, not an error
        elif status != 200:
            raise CheckError("sync_http_status", url=url, status=status)
        else:
            try:
                parse(batch, self.summary.quirks, json.loads(body, parse_float=Decimal))
            except (ValueError, ShapeError) as exc:
                raise CheckError("official_file_corrupt", path=url,
                                 reason=str(exc).splitlines()[0][:120]) from None
        with self.store.transaction():
            self.store.write(batch)
            self.store.db.execute(
                "INSERT INTO fetched VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                "status = excluded.status, fetched_at = excluded.fetched_at",
                (url, status, datetime.now(timezone.utc).isoformat(timespec="seconds")))
        self.summary.fetched += 1
        self.summary.results += len(batch.results)


# -- the stages: (url, parse(batch, quirks, data)) ----------------------------------------------

def _lists(run: _Run) -> list:
    host = ELECTIONS[run.election].host
    jobs = [(region_list_url(run.election, ""), _regions(run.election))]
    if run.election == "pilkada2024":
        for segment in ("pkwkp", "pkwkk"):
            jobs.append((f"{host}/pilkada/paslon/{segment}.json",
                         lambda b, q, d, s=segment: parse_paslon(b, q, s, d)))
    return jobs


def _region_lists(run: _Run) -> list:
    return [(region_list_url(run.election, p), _regions(run.election)) for p in run.codes(2)]


def _tallies(run: _Run) -> list:
    e = run.election
    jobs = []
    if e == "pemilu2024":
        if run.region is None:
            jobs.append(_tally(e, "ppwp", ""))
        for p in run.codes(2):
            jobs.append(_tally(e, "ppwp", p))
            jobs += [_tally(e, "ppwp", k) for k in run.codes(4, p)]
        return jobs
    # Only provinces with a governor race (paslon/pkwkp.json): Yogyakarta elects none.
    for p in run.race_regions("governor") or run.codes(2):
        if len(run.region or "") < 4:
            jobs.append(_tally(e, "pkwkp", p))
        jobs += [_tally(e, "pkwkp", k) for k in run.codes(4, p)]
    regencies = run.race_regions("regent_mayor")
    for p in sorted({k[:2] for k in regencies}):
        if len(run.region or "") < 4:
            jobs.append(_tally(e, "pkwkk", p))
    jobs += [_tally(e, "pkwkk", k) for k in regencies]
    return jobs


def _lists_below(length: int):
    """The lists of regions inside each wanted region of `length` digits (4: the kecamatan of
    each kab/kota, 6: their desa, 10: their TPS)."""
    def stage(run: _Run) -> list:
        return [(region_list_url(run.election, c), _regions(run.election))
                for c in run.codes(length, (run.region or "")[:length])]
    return stage


def _tps_tallies(run: _Run) -> list:
    """Below the kab/kota: each kecamatan's, desa's and TPS's own tally, in every race the
    area votes in (Pemilu: the president; Pilkada: the governor and the regent or mayor)."""
    e = run.election
    if e == "pemilu2024":
        segments = ("ppwp",)
    else:
        governors = set(run.race_regions("governor"))
        regencies = set(run.race_regions("regent_mayor"))
    jobs = []
    for length in (6, 10, 13):
        for code in run.codes(length, run.region or ""):
            if e != "pemilu2024":
                segments = tuple(s for s, races, n in (("pkwkp", governors, 2),
                                                       ("pkwkk", regencies, 4))
                                 if code[:n] in races)
            jobs += [_tally(e, segment, code) for segment in segments]
    return jobs


def _tally(election: str, segment: str, code: str):
    return (endpoint_url(election, segment, code),
            lambda b, q, d: parse_tally(b, q, segment, code, d,
                                        endpoint_url(election, segment, code)))


def _regions(election: str):
    return lambda b, q, d: parse_region_list(b, q, election, d)
