"""The SSRF guard for crawls: every request's host, crawled or discovered, is resolved here and
every address vetted with checker.retrieve.guard's rules (the same rules `cekresmi check` applies).

Scrapy resolves names itself when it connects, so vetting alone would leave a window: a name
that answered a public address to us could answer 127.0.0.1 to the connection (DNS
rebinding). So the vetted address is *pinned*: `PinnedResolver`, installed as Scrapy's
resolver, answers each name with the address this middleware vetted and never asks DNS
again. Rendering with Chromium is the one residual: the browser resolves sub-requests itself;
`abort_unsafe` vets each of them before it goes, but a rebinding name could still answer the
browser differently a moment later (documented in the README).

`resolve` (a mapping name -> IP) replaces DNS for chosen names, like curl's --resolve: tests
point kpu.go.id names at their loopback site farm; the guard still vets the mapped address.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred
from scrapy.exceptions import IgnoreRequest
from twisted.internet import defer
from twisted.internet.base import ThreadedResolver
from twisted.internet.error import DNSLookupError
from zope.interface import implementer
from twisted.internet.interfaces import IResolverSimple

from checker.errors import CheckError
from checker.retrieve.guard import ip_literal, refused

from spiders.capture import capture_for

__all__ = ["GuardMiddleware", "PinnedResolver", "RedirectsFollowed", "Refused", "RobotsTxt", "abort_unsafe",
           "configure", "vet"]

# One crawl per process, so one table per process: host -> vetted addresses or the refusal.
_PINS: dict[str, list[str]] = {}
_REFUSED: dict[str, CheckError] = {}
_CONFIG = {"allow_private": False, "allowed": (), "resolve": {}}


class Refused(IgnoreRequest):
    """The guard refused a request; carries the CheckError a report words."""

    def __init__(self, error: CheckError) -> None:
        super().__init__(str(error))
        self.error = error


def configure(allow_private: bool, allowed_networks=(), resolve=None) -> None:
    _CONFIG.update(allow_private=allow_private,
                   allowed=tuple(ipaddress.ip_network(n) for n in allowed_networks),
                   resolve=dict(resolve or {}))
    _PINS.clear()
    _REFUSED.clear()


async def _lookup(host: str, port: int) -> list[str]:
    mapped = _CONFIG["resolve"].get(host)
    if mapped:
        return [mapped]
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


async def vet(host: str, port: int) -> list[str]:
    """The vetted addresses of `host`; CheckError when it does not resolve or one address is
    refused (one bad answer refuses the host: no cherry-picking among round-robin answers)."""
    host = host.lower().rstrip(".")
    if host in _REFUSED:
        raise _REFUSED[host]
    if host in _PINS:
        return _PINS[host]
    literal = ip_literal(host)
    try:
        if literal is not None:
            addresses = [ipaddress.ip_address(literal)]
        else:
            try:
                answers = await _lookup(host, port)
                addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in answers]
            except (OSError, ValueError, UnicodeError):
                raise CheckError("dns_failed", host=host) from None
            if not addresses:
                raise CheckError("dns_failed", host=host)
        if not _CONFIG["allow_private"]:
            for ip in addresses:
                if refused(ip, _CONFIG["allowed"]):
                    raise CheckError("address_refused", host=host, address=str(ip))
    except CheckError as exc:
        if exc.code == "address_refused":
            _REFUSED[host] = exc
        raise
    _PINS[host] = [str(ip) for ip in addresses]
    return _PINS[host]


class GuardMiddleware:
    """Downloader middleware (before robots.txt, so a refused host is never contacted at all)."""

    async def process_request(self, request, spider=None):
        parts = urlsplit(request.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise Refused(CheckError("bad_scheme", url=request.url, scheme=parts.scheme or "-"))
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            await vet(parts.hostname, port)
        except CheckError as exc:
            raise Refused(exc) from None
        return None


@implementer(IResolverSimple)
class PinnedResolver(ThreadedResolver):
    """Scrapy's resolver (TWISTED_DNS_RESOLVER): answers with the pinned, vetted address.
    A name that never went through GuardMiddleware (none should) is refused, not looked up."""

    @classmethod
    def from_crawler(cls, crawler, reactor):
        return cls(reactor)

    def install_on_reactor(self) -> None:
        self.reactor.installResolver(self)

    def getHostByName(self, name, timeout=()):
        key = name.lower().rstrip(".")
        pinned = _PINS.get(key)
        if pinned:
            ipv4 = [a for a in pinned if ":" not in a]
            return defer.succeed((ipv4 or pinned)[0])
        return defer.fail(DNSLookupError(f"{name}: not vetted by the cekresmi guard"))


async def abort_unsafe(playwright_request) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: refuse the browser's sub-requests the guard would refuse.
    data: and blob: URLs stay inside the browser; anything not http(s) is aborted. A page
    rendered for a check also has its caps (spiders/capture.py), and every refusal is noted
    in its Rendering, as `cekresmi check --render` notes them."""
    parts = urlsplit(playwright_request.url)
    if parts.scheme in ("data", "blob"):
        return False
    capture = capture_for(playwright_request)
    reason = capture.admit(playwright_request) if capture is not None else None
    if reason is None and (parts.scheme not in ("http", "https") or not parts.hostname):
        reason = "scheme"
    if reason is None:
        try:
            await vet(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
        except CheckError as exc:
            reason = exc.code
    if reason is not None and capture is not None:
        capture.block(playwright_request.url, reason)
    return reason is not None


class RedirectsFollowed(RedirectMiddleware):
    """Every redirect is followed, even to a URL the crawl has seen: the redirect belongs to
    the check of the URL that was asked for, whose result would otherwise go missing."""

    def process_response(self, request, response, spider=None):
        result = super().process_response(request, response)
        if isinstance(result, Request):
            result.dont_filter = True
        return result


class RobotsTxt(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with one fix: requests to a site that wait while its
    robots.txt is being fetched share one Deferred, and in Scrapy 2.19 the first waiter
    consumes its result, so the others saw "no robots.txt" and were let through (found by the
    site-farm test). After waiting, read the parser the middleware stored instead."""

    async def robot_parser(self, request):
        parser = await super().robot_parser(request)
        stored = self._parsers.get(urlparse_cached(request).netloc)
        return parser if isinstance(stored, Deferred) else stored
