"""The SSRF guard for crawls: every request's host, crawled or discovered, goes through the
crawl's one checker.retrieve.guard.Vetter (the same resolve + vet + pin `cekresmi check` uses),
made once per crawler from the CEKRESMI_GUARD setting (`vetter_for`).

Scrapy resolves names itself when it connects, so vetting alone would leave a window: a name
that answered a public address to us could answer 127.0.0.1 to the connection (DNS
rebinding). So the vetted address is *pinned*: `PinnedResolver`, installed as Scrapy's
resolver, answers each name with the address the Vetter vetted and never asks DNS again.
Rendering adds no path of its own: Chromium is served the page Scrapy downloaded here, and its
sub-requests are fetched through the same Vetter (spiders/capture.py).

The setting's `resolve` (a mapping name -> IP) replaces DNS for chosen names, like curl's
--resolve: tests point kpu.go.id names at their loopback site farm; the guard still vets the
mapped address.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.referer import RefererMiddleware
from scrapy.spidermiddlewares.start import StartSpiderMiddleware
from scrapy.spidermiddlewares.urllength import UrlLengthMiddleware
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import defer
from twisted.internet.base import ThreadedResolver
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IResolverSimple
from zope.interface import implementer

from checker.errors import CheckError
from checker.retrieve.guard import Vetter

__all__ = ["GUARD_SETTING", "GuardMiddleware", "PinnedResolver", "RedirectsFollowed",
           "RefererOnRedirects", "Refused", "RobotsTxt", "StartRequests", "UrlLength",
           "guard_setting", "vetter_for"]

GUARD_SETTING = "CEKRESMI_GUARD"


class Refused(IgnoreRequest):
    """The guard refused a request; carries the CheckError a report words."""

    def __init__(self, error: CheckError) -> None:
        super().__init__(str(error))
        self.error = error


def guard_setting(allow_private: bool, allowed_networks=(), resolve=None) -> dict:
    """The CEKRESMI_GUARD setting (plain values, so a crawl's settings stay JSON-like)."""
    return {"allow_private": bool(allow_private), "allowed": [str(n) for n in allowed_networks],
            "resolve": dict(resolve or {})}


def vetter_for(crawler) -> Vetter:
    """The crawl's one Vetter, shared by the middleware, the resolver and the renderer: the
    pins one of them made are the addresses the others connect to."""
    vetter = getattr(crawler, "cekresmi_vetter", None)
    if vetter is None:
        guard = crawler.settings.getdict(GUARD_SETTING) or guard_setting(False)
        vetter = Vetter(guard.get("allow_private", False), guard.get("allowed", ()),
                        resolve=guard.get("resolve"), remember=True)
        crawler.cekresmi_vetter = vetter
    return vetter


def _port(parts) -> int:
    return parts.port or (443 if parts.scheme == "https" else 80)


class GuardMiddleware:
    """Downloader middleware (before robots.txt, so a refused host is never contacted at all)."""

    def __init__(self, vetter: Vetter) -> None:
        self.vetter = vetter

    @classmethod
    def from_crawler(cls, crawler):
        return cls(vetter_for(crawler))

    async def process_request(self, request, spider=None):
        # Split once per request: robots.txt and the downloader read the same cached split.
        parts = urlparse_cached(request)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise Refused(CheckError("bad_scheme", url=request.url, scheme=parts.scheme or "-"))
        try:
            await self.vetter.vet(parts.hostname, _port(parts))
        except CheckError as exc:
            raise Refused(exc) from None
        return None


@implementer(IResolverSimple)
class PinnedResolver(ThreadedResolver):
    """Scrapy's resolver (TWISTED_DNS_RESOLVER): answers with the address the crawl's Vetter
    pinned. A name that never went through GuardMiddleware (none should) is refused, not
    looked up. Scrapy builds the resolver once per process, from the CrawlerProcess rather
    than a Crawler, so it asks the Vetter of each crawler the process runs (one, in practice)
    when a connection needs an address."""

    def __init__(self, reactor, owner=None) -> None:
        super().__init__(reactor)
        self.owner = owner  # the CrawlerProcess (or, in a test, one crawler)

    @classmethod
    def from_crawler(cls, crawler, reactor):
        return cls(reactor, crawler)

    def install_on_reactor(self) -> None:
        self.reactor.installResolver(self)

    def pinned(self, name: str) -> list[str]:
        owners = getattr(self.owner, "crawlers", None) or [self.owner]
        for owner in owners:
            vetter = getattr(owner, "cekresmi_vetter", None)
            if vetter is not None and vetter.pinned(name):
                return vetter.pinned(name)
        return []

    def getHostByName(self, name, timeout=()):
        pinned = self.pinned(name)
        if pinned:
            ipv4 = [a for a in pinned if ":" not in a]
            return defer.succeed((ipv4 or pinned)[0])
        return defer.fail(DNSLookupError(f"{name}: not vetted by the cekresmi guard"))


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


# --- Scrapy's spider middlewares, without the layer they add to every page's output ---------
# Our callback yields only Results (links are scheduled by StorePipeline), and these three
# only act on requests: on a page's output each was one more async generator a page went
# through to come out unchanged. What they do elsewhere stays: start requests marked and
# held to the URL length limit, the Referer a redirect carries (RedirectMiddleware asks the
# RefererMiddleware instance for it).

def _absent(self):
    raise AttributeError("left out")  # hasattr() is False: Scrapy leaves it out of that chain


class _NoOutputLayer:
    process_spider_output = property(_absent)
    process_spider_output_async = property(_absent)


class StartRequests(_NoOutputLayer, StartSpiderMiddleware):
    """Marks start requests (meta is_start_request)."""


class UrlLength(_NoOutputLayer, UrlLengthMiddleware):
    """Start requests over URLLENGTH_LIMIT are dropped, as before."""


class RefererOnRedirects(_NoOutputLayer, RefererMiddleware):
    """Only the Referer of a redirect's next hop (a start request's is always none)."""

    process_start = property(_absent)
