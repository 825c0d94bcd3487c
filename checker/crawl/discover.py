"""Which links a discovering crawl follows. Pure: links in, queue items out.

Same-site links are followed up to the crawl's depth. An outbound link is followed only when
its address or its anchor text looks like election results or like KPU, and that is decided by
the project's own rules, not by new patterns here: the link is dressed as a tiny page (its
host's words and its anchor text as the title, at the link's address) and run through
`check_snapshot`. If the domain rules call the address an impostor, or the vocabulary finds
result claims in the words, the link is worth a check; KPU's own hosts and known independent
sources are not (they are not the lookalikes a newsroom is looking for).
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone
from typing import Iterable

from checker.store.crawls import QueueItem
from checker.errors import CheckError
from checker.analyse.hosts import parse_url
from checker.models import Snapshot

__all__ = ["MAX_LINKS_PER_PAGE", "follow", "looks_electoral", "same_site"]

MAX_LINKS_PER_PAGE = 500  # hostile pages carry thousands of links; the first ones will do
_INTERESTING = frozenset({"impostor", "unofficial"})
_WORDS = re.compile(r"[.\-_]+")
_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


def same_site(a: str, b: str) -> bool:
    try:
        return parse_url(a).registered_domain == parse_url(b).registered_domain
    except CheckError:
        return False


def looks_electoral(url: str, anchor: str, context) -> bool:
    try:
        host = parse_url(url).unicode_host
    except CheckError:
        return False
    return _verdict(url, host, " ".join(anchor.split())[:200], context) in _INTERESTING


_CACHE: dict[tuple, str] = {}  # (context id, url, words) -> label; a crawl asks again and again


def _cached(url: str, words: str, context) -> str:
    from checker.service import check_one

    key = (id(context), url, words)
    if key in _CACHE:
        return _CACHE[key]
    if len(_CACHE) > 20_000:
        _CACHE.clear()

    title = html.escape(words)
    body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>"
    snapshot = Snapshot(requested_url=url, final_url=url, status=200,
                        headers=(("content-type", "text/html; charset=utf-8"),),
                        body=body.encode("utf-8"), fetched_at=_EPOCH, origin="file")
    _CACHE[key] = label = check_one(snapshot, context).report.label
    return label


def _verdict(url: str, host: str, anchor: str, context) -> str:
    # The host's words ("hasil-pilkada.pages.dev" -> "hasil pilkada pages dev") and the
    # anchor text are what a reader sees of a link before clicking it.
    words = f"{_WORDS.sub(' ', host)} | {anchor}".strip(" |")
    # Only the host and path shape matter to the domain rules: drop the query (cache hits).
    return _cached(url.split("?", 1)[0].split("#", 1)[0], words, context)


def follow(page_url: str, links: Iterable[tuple[str, str]], depth: int, max_depth: int,
           context) -> list[QueueItem]:
    """The links of a page at `depth` that a discovering crawl queues (none past max_depth)."""
    if depth >= max_depth:
        return []
    out, seen = [], set()
    for url, anchor in list(links)[:MAX_LINKS_PER_PAGE]:
        url = url.split("#", 1)[0]
        if url in seen or not url.startswith(("http://", "https://")):
            continue
        seen.add(url)
        if same_site(url, page_url):
            out.append(QueueItem(url, depth + 1, "same_site", page_url, anchor))
        elif looks_electoral(url, anchor, context):
            out.append(QueueItem(url, depth + 1, "outbound", page_url, anchor))
    return out
