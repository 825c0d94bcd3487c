"""The publisher behind an AMP cache address (rules/domains.yaml `amp_caches`).

An AMP cache serves a publisher's AMP page under its own host, e.g.
www-kompas-com.cdn.ampproject.org/c/s/www.kompas.com/read/...: the first label spells the
publisher's host ("-" for ".", "--" for "-", in Unicode, then back to punycode) and the path
names it again. Only when both agree is the page the publisher's; a label the path does not
match (someone else's host in the path) or a hashed label gives no publisher.
"""

from __future__ import annotations

import re

from checker.analyse.hosts import HostInfo, is_under, to_ascii, to_unicode

__all__ = ["amp_publisher"]

_PATH = re.compile(r"/c/(?:s/)?([^/?#]+)")


def _label_for(host: str) -> str:
    return to_ascii(to_unicode(host).replace("-", "--").replace(".", "-"))


def amp_publisher(info: HostInfo, caches) -> str | None:
    """The publisher's host (ASCII, lower case) of an AMP cache page, else None."""
    for cache in caches:
        if not is_under(info.host, cache.suffix) or info.host == cache.suffix:
            continue
        label = info.host[: -len(cache.suffix) - 1]
        match = _PATH.match(info.path)
        if "." in label or match is None:
            return None
        publisher = to_ascii(match.group(1).lower().rstrip("."))
        return publisher if _label_for(publisher) == label else None
    return None
