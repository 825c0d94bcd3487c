"""The limits of one rendered page, apart from the browser code (checker.retrieve.capture,
which imports asyncio and Playwright's world): every `cekresmi check` builds one, and a check
of a saved page renders nothing."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["RenderConfig"]


@dataclass(frozen=True)
class RenderConfig:
    """Limits for one rendered page. The defaults fit a results page on a slow site."""

    executable: str = ""            # "" = $CEKRESMI_CHROMIUM, else Debian's (find_chromium)
    isolation: str = "auto"         # auto: no network of its own when the kernel allows | none
    time_limit: float = 20.0        # seconds for loading and settling, per page
    settle: float = 3.0             # at most this long waiting for the network to go quiet
    quiet: float = 0.5              # "quiet" = no request in flight for this long
    max_requests: int = 300         # sub-requests per page; past it they are refused
    max_total_bytes: int = 30_000_000  # decoded bytes served to one page, all requests
    concurrency: int = 4            # pages rendered at once in one browser
    width: int = 1280
    height: int = 900
    max_screenshot_height: int = 8000
    max_dom_chars: int = 5_000_000  # a script can grow the DOM without bound: keep this much
