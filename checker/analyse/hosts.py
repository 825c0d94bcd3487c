"""Pure host handling: split a URL into the parts every domain judgement needs.

Hosts are normalised once here (case, trailing dot, IDNA both ways, userinfo, port, IP
literals) so no analyser ever compares raw strings. Registrable domains come from
tldextract's *bundled* public suffix list with the private section on (read by
checker.suffixlist): `data-pemilu.pages.dev` is its own site on the `pages.dev` platform,
exactly as browsers treat it for cookies.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from checker.errors import CheckError
from checker.suffixlist import split_host

__all__ = ["HostInfo", "host_tails", "is_under", "parse_url", "registrable_label", "to_ascii",
           "to_unicode"]


@dataclass(frozen=True)
class HostInfo:
    url: str
    scheme: str
    host: str            # ASCII (punycode) form, lower case, no trailing dot
    unicode_host: str    # the same host as a reader sees it (xn-- labels decoded)
    port: int | None
    userinfo: str        # "" when absent; `https://kpu.go.id@evil.example/` puts kpu.go.id here
    path: str
    is_ip: bool
    subdomain: str
    domain: str          # the registrable label ("data-pemilu", "kpu")
    suffix: str          # public suffix, private section included ("pages.dev", "go.id")
    registered_domain: str


def registrable_label(ascii_host: str) -> str:
    """The registrable label of an ASCII host ("kpu" for "jatim.kpu.go.id"; "" for a public
    suffix such as "co.id"); the rules' loader (checker.ruleset.sources) asks too."""
    return split_host(ascii_host)[1]


def to_ascii(host: str) -> str:
    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append(label.encode("idna").decode("ascii"))
        except UnicodeError:
            # Python's IDNA 2003 codec refuses some labels; punycode keeps them comparable.
            labels.append("xn--" + label.encode("punycode").decode("ascii"))
    return ".".join(labels)


def to_unicode(host: str) -> str:
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                label = label[4:].encode("ascii").decode("punycode")
            except UnicodeError:
                pass
        labels.append(label)
    return ".".join(labels)


def _legacy_ipv4(host: str) -> str | None:
    """Browsers read `2130706433`, `0x7f.1` and `0177.0.0.1` as 127.0.0.1 (the WHATWG URL
    standard's IPv4 parser); SSRF payloads use exactly these spellings."""
    parts = host.split(".")
    if parts and parts[-1] == "":
        parts.pop()
    if not parts or len(parts) > 4:
        return None
    numbers = []
    for part in parts:
        base, digits = 10, part
        if part[:2] in ("0x", "0X"):
            base, digits = 16, part[2:] or "0"
        elif len(part) > 1 and part.startswith("0"):
            base, digits = 8, part[1:]
        try:
            numbers.append(int(digits, base))
        except ValueError:
            return None
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return str(ipaddress.IPv4Address(value))


def _ip(host: str) -> str | None:
    candidate = host.strip("[]")
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return _legacy_ipv4(candidate) if candidate[-1:].isalnum() else None


@lru_cache(maxsize=4096)
def parse_url(url: str) -> HostInfo:
    """Split and normalise; raise CheckError('bad_url') for anything that is not a web URL."""
    text = (url or "").strip()
    try:
        parts = urlsplit(text)
        port = parts.port
        raw_host = parts.hostname
    except ValueError:
        raise CheckError("bad_url", url=text) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise CheckError("bad_scheme", url=text, scheme=parts.scheme or "-")
    if not raw_host:
        raise CheckError("bad_url", url=text)
    host = unquote(raw_host).lower().rstrip(".")
    if not host or any(c in host for c in " /\\@"):
        raise CheckError("bad_url", url=text)
    ip = _ip(host)
    if ip:
        ascii_host = ip
        sub = domain = suffix = ""
        registered = ip
    else:
        ascii_host = to_ascii(host)
        sub, domain, suffix = split_host(ascii_host)
        registered = f"{domain}.{suffix}" if domain and suffix else ascii_host
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    return HostInfo(
        url=text, scheme=parts.scheme.lower(), host=ascii_host,
        unicode_host=ascii_host if ip else to_unicode(ascii_host), port=port,
        userinfo=unquote(userinfo), path=unquote(parts.path or "/"), is_ip=bool(ip),
        subdomain=sub, domain=domain, suffix=suffix, registered_domain=registered,
    )


def is_under(host: str, domain: str) -> bool:
    """True when host is `domain` itself or one of its subdomains (label-wise, not substring)."""
    return host == domain or host.endswith("." + domain)


@lru_cache(maxsize=4096)
def host_tails(host: str) -> frozenset[str]:
    """The host and every name it is under, label-wise ("a.b.c": a.b.c, b.c, c):
    is_under(host, d) is `d in host_tails(host)`, so a list of hundreds of domains is one
    set lookup per label instead of a comparison per domain."""
    return frozenset([host] + [host[i + 1:] for i, c in enumerate(host) if c == "."])
