"""The SSRF guard's rules: which addresses a check may never connect to. Pure (no network):
the fetcher applies them to every hop it resolves, and a browser that renders a page must apply
the same rules to every sub-request it makes.
"""

from __future__ import annotations

import ipaddress
import re
import socket

__all__ = ["forbidden", "ip_literal", "refused"]

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
