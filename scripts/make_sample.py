"""Build samples/data-pemilu-gubernur.warc.gz: a capture of a small client-rendered results page
that behaves like data-pemilu.pages.dev/gubernur did in November 2024.

The page (samples/site/gubernur.html) and the real Sirekap snapshot JSON it loads
(tests/data, read through tests/realdata.py: the very files the site charted) are served from a
local loopback server, one folder per host. cekresmi's own renderer captures it: Chromium asks
for https://data-pemilu.pages.dev/gubernur and for the JSON at its raw.githubusercontent.com
paths, and each request is answered by the local server through the guarded fetcher. The WARC
records carry the original URLs; WARC-IP-Address says 127.0.0.1, because that is where the
bytes really came from, and the warcinfo record says this is a reconstruction.

Run from the repository root (needs Chromium):
    .venv/bin/python scripts/make_sample.py [--out samples/data-pemilu-gubernur.warc.gz]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from loopback import LoopbackServer  # noqa: E402  (tests/loopback.py)
from realdata import pilkada_snapshot  # noqa: E402  (tests/realdata.py)

from checker.retrieve.capture import Browser, RenderConfig, Served  # noqa: E402
from checker.retrieve.fetch import FetchConfig, fetch_async  # noqa: E402
from checker.retrieve.warc import write_warc  # noqa: E402

PAGE_URL = "https://data-pemilu.pages.dev/gubernur"
DATA_BASE = "https://raw.githubusercontent.com/razanfawwaz/pilkada-scrap/refs/heads/main/"
PROVINCES = ("31", "32", "35")
# raw.githubusercontent.com serves files as text/plain and allows any origin.
RAW_HEADERS = {"Content-Type": "text/plain; charset=utf-8", "Access-Control-Allow-Origin": "*"}
PAGE_HEADERS = {"Content-Type": "text/html; charset=utf-8", "Server": "cloudflare"}
LOCAL = FetchConfig(allowed_networks=("127.0.0.1/32",), timeout=10)


def routes() -> dict:
    """Local paths: /<host><path> for the page and every file it loads."""
    page = (ROOT / "samples" / "site" / "gubernur.html").read_text("utf-8")
    out = {"/data-pemilu.pages.dev/gubernur":
           (200, PAGE_HEADERS, page.replace("{{DATA_BASE}}", DATA_BASE))}
    data = urlsplit(DATA_BASE)
    files = ["paslon/pkwkp.json"] + [f"pkwkp/{c}/{c}.json" for c in PROVINCES]
    snapshot = pilkada_snapshot()
    for name in files:
        out[f"/{data.netloc}{data.path}{name}"] = (200, RAW_HEADERS, (snapshot / name).read_bytes())
    return out


class Mirror:
    """A renderer Source answering original URLs from the local server, recording the
    exchanges under the original URL."""

    kind = "live"

    def __init__(self, server: LoopbackServer) -> None:
        self.server = server

    def local(self, url: str) -> str:
        parts = urlsplit(url)
        return self.server.url(f"/{parts.netloc}{parts.path}")

    async def fetch(self, url: str, headers=None):
        got = await fetch_async(self.local(url), LOCAL, headers=headers)
        exchanges = tuple(replace(x, url=url) for x in got.exchanges)
        return replace(got, requested_url=url, final_url=url, exchanges=exchanges)

    async def get(self, url: str, headers: dict) -> Served:
        got = await self.fetch(url, headers)
        return Served(got.status, got.headers, got.body, got.exchanges)


async def capture(out: Path) -> None:
    with LoopbackServer(routes()) as server:
        mirror = Mirror(server)
        page = await mirror.fetch(PAGE_URL)
        async with Browser(RenderConfig()) as browser:
            rendered = await browser.render(page, mirror)
    if rendered.rendering is None or rendered.rendering.blocked:
        raise SystemExit(f"capture incomplete: {rendered.rendering and rendered.rendering.blocked}")
    saved = write_warc(rendered, out, note=(
        "Reconstruction made by cekresmi scripts/make_sample.py: a page behaving like "
        "data-pemilu.pages.dev/gubernur (Nov 2024) and the real Sirekap snapshot JSON it loaded "
        "(razanfawwaz/pilkada-scrap @ 481f1a6), served from a local loopback server under their "
        "original URLs."))
    print(f"{out}: {saved.size} bytes, sha256 {saved.sha256}, "
          f"{len(rendered.exchanges)} exchanges, {rendered.rendering.requests} sub-requests")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "samples" / "data-pemilu-gubernur.warc.gz")
    args = parser.parse_args()
    asyncio.run(capture(args.out))


if __name__ == "__main__":
    main()
