"""Scrapy's answers in our values: a Response becomes a Snapshot (what `cekresmi check` would
have fetched), a failed download becomes the CheckError `cekresmi check` would have raised."""

from __future__ import annotations

from datetime import datetime, timezone

from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError,
                               DownloadConnectionRefusedError, DownloadTimeoutError,
                               IgnoreRequest)
from twisted.internet.error import (ConnectError, ConnectionRefusedError, DNSLookupError,
                                    TimeoutError as TwistedTimeout)

from checker.errors import CheckError, connect_reason
from checker.models import Hop, Snapshot

from spiders.middlewares import Refused

__all__ = ["error_for", "snapshot_from"]


def _latin1(value: bytes) -> str:
    return value.decode("latin-1")


def snapshot_from(response, requested_url: str, now: datetime | None = None) -> Snapshot:
    """The redirect chain comes from RedirectMiddleware's meta (every hop's URL and status)."""
    urls = list(response.meta.get("redirect_urls", ()))
    reasons = list(response.meta.get("redirect_reasons", ()))
    chain = urls + [response.url]
    hops = tuple(Hop(url=chain[i], status=reasons[i] if isinstance(reasons[i], int) else 0,
                     location=chain[i + 1]) for i in range(len(urls)) if i < len(reasons))
    # Scrapy's Headers is a dict of its normalised names to lists of values: read as a dict,
    # not through Headers.items(), which normalises every name again to look it up.
    headers = tuple((_latin1(k).lower(), _latin1(v)) for k, values in dict.items(response.headers)
                    for v in values)
    return Snapshot(requested_url=requested_url, final_url=response.url,
                    status=response.status, headers=headers, body=response.body,
                    fetched_at=now or datetime.now(timezone.utc), redirects=hops,
                    origin="live")


def error_for(failure, url: str, host: str, timeout: float, max_bytes: int) -> CheckError:
    """A download failure as the CheckError with the same code `cekresmi check` uses."""
    exc = failure.value
    if isinstance(exc, Refused):
        return exc.error
    if isinstance(exc, IgnoreRequest) and "robots.txt" in str(exc):
        return CheckError("robots_disallowed", url=url)
    if isinstance(exc, (DNSLookupError, CannotResolveHostError)):
        return CheckError("dns_failed", host=host)
    if isinstance(exc, (DownloadTimeoutError, TwistedTimeout)):
        return CheckError("timeout", url=url, seconds=timeout)
    if isinstance(exc, DownloadCancelledError) and "max" in str(exc).lower():
        return CheckError("too_large", url=url, limit=max_bytes)
    if isinstance(exc, (DownloadConnectionRefusedError, ConnectionRefusedError, ConnectError)):
        return CheckError("connect_failed", host=host, reason=connect_reason(exc))
    return CheckError("protocol_error", url=url, reason=f"{type(exc).__name__}: {exc}"[:300])
