"""What an operator may tune about the web service. Requests never change any of it: the SSRF
guard, the limits and the networks a check may reach are fixed when the app is built."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    db: str | None = None            # the SQLite file of the official record
    # The SQLite file of stored reports; None: $CEKRESMI_REPORTS_DB, else the same file as db
    # (checker.paths.reports_db_path).
    reports_db: str | None = None
    rules_dir: str | None = None
    template_dir: str | None = None
    # Absolute address the service is reached at (https://cek.example.org), used in the
    # bookmarklets and permalinks. None: taken from each request (fine on one machine).
    public_url: str | None = None
    # Names the Host header may carry (besides the --public-url's and loopback's): any other
    # is refused with 400, so no request can make our links point elsewhere.
    allowed_hosts: tuple = ()
    # Networks a check may fetch from although the SSRF guard refuses them. For tests on
    # loopback pages only: no option of `cekresmi serve` and nothing in a request sets it.
    allowed_networks: tuple = ()

    fetch_timeout: float = 15.0      # seconds for one page, redirects included
    max_page_bytes: int = 5_000_000  # largest page (after decompression) a check reads
    max_upload_bytes: int = 20_000_000  # a saved page or WARC sent to POST /upload
    max_sent_chars: int = 2_000_000  # "send what I see": the page's HTML (the bookmarklet cuts)
    max_body_bytes: int = 64_000     # any other request body (forms, API JSON)
    max_url_chars: int = 2_048
    body_timeout: float = 30.0       # a request body must arrive within this (slow uploads)

    checks_per_minute: float = 30.0  # new checks per client (cached reports do not count)
    check_burst: int = 10
    requests_per_minute: float = 240.0  # every request per client
    request_burst: int = 120

    check_threads: int = 4           # checks running at once in each process
    max_pending: int = 64            # checks waiting beyond those: more get 503
    job_timeout: float = 120.0       # a check still running after this is reported as failed
    reuse_seconds: float = 600.0     # /check of the same URL within this shows the stored report
    inline_wait: float = 2.0         # /check waits this long before showing the progress page
    api_wait: float = 25.0           # POST /api/v1/checks waits this long before answering 202
    recent: int = 10                 # recent checks on the front page
    # Rendering in Chromium, as `cekresmi check --render`: "auto" | "always" | "never"
    # (checker/web/work.py passes it to check_targets).
    render: str = "auto"
    secret: bytes | None = None      # signs CSRF tokens; None: random at each start
    # What the processes of one service share (rate limits, jobs, recent reports): a SQLite
    # file, or a redis:// URL. None: a file beside the reports database (checker.web.shared).
    state: str | None = None

    def trusted_hosts(self) -> list[str]:
        """The Host names requests may use: the configured ones, the public URL's, loopback."""
        from urllib.parse import urlsplit

        names = [h.strip().lower() for h in self.allowed_hosts if h.strip()]
        if self.public_url:
            names.append((urlsplit(self.public_url).hostname or "").lower())
        return [*dict.fromkeys(n for n in [*names, "localhost", "127.0.0.1", "::1"] if n)]

    def __post_init__(self) -> None:
        nets = tuple(ipaddress.ip_network(n) for n in self.allowed_networks)
        object.__setattr__(self, "allowed_networks", nets)
        if self.public_url is not None:
            object.__setattr__(self, "public_url", self.public_url.rstrip("/"))
