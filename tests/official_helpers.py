"""Shared helpers for the official-record tests: the real Sirekap data shipped in tests/data
(through realdata) and a MockTransport that serves it by the real Sirekap URL paths."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import httpx

import realdata

PILKADA = realdata.pilkada_snapshot()
PEMILU = realdata.pemilu_aggregates()
TPS_SAMPLES = realdata.pemilu_tps_samples()
CORRECTED = realdata.pemilu_corrected_tps()

PILKADA_HOST = "sirekappilkada-obj-data.kpu.go.id"
PEMILU_HOST = "sirekap-obj-data.kpu.go.id"


def local_file(url: httpx.URL) -> Path | None:
    """The data file a real Sirekap URL stands for (None: not in the samples)."""
    path = url.path
    if url.host == PILKADA_HOST:
        if m := re.fullmatch(r"/pilkada/paslon/(pkwkp|pkwkk)\.json", path):
            return PILKADA / "paslon" / f"{m[1]}.json"
        if m := re.fullmatch(r"/pilkada/hhcw/(pkwkp|pkwkk)/(\d{2})(?:/(\d{4}))?\.json", path):
            code = m[3] or m[2]  # the scraper saved pkwkp/31.json as pkwkp/31/31.json
            return PILKADA / m[1] / m[2] / f"{code}.json"
        if path == "/wilayah/pilkada/pkwkp/0.json":
            return PILKADA / "province.json"
        if m := re.fullmatch(r"/wilayah/pilkada/pkwkp/(\d{2})\.json", path):
            return PILKADA / "district" / m[1] / f"{m[1]}.json"
    elif url.host == PEMILU_HOST:
        if path.startswith("/pemilu/hhcw/"):
            return PEMILU / path[1:]
        if path.startswith("/wilayah/pemilu/"):
            return PEMILU / "wilayah_samples" / path[1:]
    return None


class SirekapServer:
    """An async MockTransport handler: serves the real data, records requests, tracks how many
    are in flight, and can be told to fail some URLs first (status codes or timeouts)."""

    def __init__(self, failures: dict[str, list] | None = None) -> None:
        self.failures = {k: list(v) for k, v in (failures or {}).items()}
        self.requests: list[httpx.Request] = []
        self.in_flight = self.peak = 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(0)  # let other requests start: measures concurrency
            plan = self.failures.get(str(request.url))
            if plan:
                step = plan.pop(0)
                if step == "timeout":
                    raise httpx.ReadTimeout("mock timeout", request=request)
                return httpx.Response(step, text="busy")
            file = local_file(request.url)
            if file is None or not file.is_file():
                return httpx.Response(404, text="not found")
            return httpx.Response(200, content=file.read_bytes(),
                                  headers={"content-type": "application/json"})
        finally:
            self.in_flight -= 1

    def urls(self) -> list[str]:
        return [str(r.url) for r in self.requests]


def mock_client(server: SirekapServer):
    from checker.retrieve.fetch import json_client

    return json_client(transport=httpx.MockTransport(server))
