"""The SSRF guard: which addresses a check may never connect to (`refused`, pure), and the one
Vetter that resolves a host, vets its answers and pins them, used by every path that connects:
the httpx fetcher for every hop, a rendered page's sub-requests (fetched by that fetcher, never
by Chromium) and Scrapy's downloads in a crawl.
"""

from __future__ import annotations

import ipaddress
import re
import socket

from checker.errors import CheckError

__all__ = ["Vetter", "forbidden", "ip_literal", "refused", "system_resolver"]

_IPV4_SPELLING = re.compile(r"[0-9a-fx.]+")  # 0x7f.1, 2130706433, 0177.0.0.1 ...
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP a host spells, including the odd IPv4 forms inet_aton (and browsers) accept."""
    host = host.rstrip(".")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        if not _IPV4_SPELLING.fullmatch(host):
            return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def forbidden(ip) -> bool:
    # is_global alone misses some ranges on older Pythons (e.g. ::/8 forms), so say it all.
    return (not ip.is_global or ip.is_private or ip.is_loopback or ip.is_link_local
            or ip.is_multicast or ip.is_reserved or ip.is_unspecified
            or (ip.version == 6 and ip.is_site_local))


def refused(ip, allowed: tuple) -> bool:
    """True when a check must not connect to `ip` (unless it is inside an `allowed` network)."""
    if any(ip in net for net in allowed):
        return False
    inner = [ip]
    if ip.version == 6:  # IPv6 forms that carry an IPv4 address a gateway would reach
        inner += [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
        if ip in _NAT64:
            inner.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return any(forbidden(x) for x in inner if x is not None)


async def system_resolver(host: str, port: int) -> list[str]:
    import asyncio  # here, as in fetch: a check of a saved page needs no event loop

    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [info[4][0] for info in infos]


class Vetter:
    """Resolve a host once, vet every address it answered, and say which addresses to connect
    to (pin). The one gate for every fetch path: the httpx fetcher (checker.retrieve.fetch),
    the sub-requests of a page in Chromium (through that fetcher) and Scrapy's downloads
    (spiders.middlewares, whose resolver answers only with pinned addresses).

    `resolve` maps names to an IP instead of DNS (curl's --resolve; crawl tests point KPU
    names at a loopback farm): a mapped address is still vetted. `resolver(host, port)` is
    an async DNS stand-in (tests). With `remember`, each host's answer (or its refusal) is
    kept for the Vetter's life, so every later connection to that host goes to the address
    vetted first: a crawl needs this, since Scrapy and the browser's fetches ask again."""

    def __init__(self, allow_private: bool = False, allowed_networks=(), *,
                 resolve: dict[str, str] | None = None, resolver=None,
                 remember: bool = False) -> None:
        self.allow_private = allow_private
        self.allowed = tuple(ipaddress.ip_network(n) for n in allowed_networks)
        self.resolve = {k.lower().rstrip("."): v for k, v in (resolve or {}).items()}
        self.resolver = resolver or system_resolver
        self.remember = remember
        self._pins: dict[str, list] = {}
        self._refusals: dict[str, CheckError] = {}

    async def vet(self, host: str, port: int, shown: str | None = None) -> list:
        """The addresses to connect to (ipaddress objects, in resolver order). CheckError
        dns_failed when the name does not resolve, address_refused when any answer is one a
        check may not reach (one bad answer refuses the host: no cherry-picking among
        round-robin answers). `shown` is the host as the error message names it."""
        key = host.lower().rstrip(".")
        if key in self._refusals:
            raise self._refusals[key]
        if key in self._pins:
            return self._pins[key]
        shown = shown or host
        try:
            addresses = await self._addresses(key, port, shown)
            if not self.allow_private:
                for ip in addresses:
                    if refused(ip, self.allowed):
                        raise CheckError("address_refused", host=shown, address=str(ip))
        except CheckError as exc:
            if self.remember and exc.code == "address_refused":
                self._refusals[key] = exc
            raise
        if self.remember:
            self._pins[key] = addresses
        return addresses

    async def _addresses(self, host: str, port: int, shown: str) -> list:
        literal = ip_literal(host)
        if literal is not None:
            return [literal]
        mapped = self.resolve.get(host)
        try:
            answers = [mapped] if mapped else await self.resolver(host, port)
            addresses = list(dict.fromkeys(
                ipaddress.ip_address(str(a).split("%", 1)[0]) for a in answers))
        except (OSError, ValueError, UnicodeError):
            raise CheckError("dns_failed", host=shown) from None
        if not addresses:
            raise CheckError("dns_failed", host=shown)
        return addresses

    def pinned(self, host: str) -> list[str]:
        """The addresses vetted for `host` (remembering Vetters only); [] when none were."""
        return [str(ip) for ip in self._pins.get(host.lower().rstrip("."), ())]
