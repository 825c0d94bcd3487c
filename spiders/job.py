"""What one crawl process is asked to do, passed from `cekresmi crawl` to its child process as
JSON. Plain values only: importing this module does not import Scrapy."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

__all__ = ["CrawlJob"]


@dataclass(frozen=True)
class CrawlJob:
    db: str                          # the SQLite store (results, frontier)
    crawl: str                       # the crawl id the results belong to
    rules_dir: str | None = None
    render: str = "auto"             # auto | always | never (as `cekresmi check --render`)
    discover: bool = False
    depth: int = 1
    allow_private: bool = False
    resolve: dict = field(default_factory=dict)  # name -> IP, replaces DNS (tests)
    allowed_networks: list = field(default_factory=list)  # CIDRs the guard lets through (tests)
    per_domain: int = 2              # requests in flight per site
    concurrency: int = 16
    delay: float = 0.0               # seconds between requests to one site (autothrottle's floor)
    autothrottle: bool = True
    timeout: float = 15.0
    max_bytes: int = 5_000_000
    user_agent: str = ""
    redis: str | None = None         # redis://... : share the queue with other processes
    chromium: str | None = None      # the browser for rendering; None: found on PATH
    log_level: str = "WARNING"
    workers: int | None = None       # analysis processes; None: one per core (up to 4)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "CrawlJob":
        return cls(**json.loads(text))
