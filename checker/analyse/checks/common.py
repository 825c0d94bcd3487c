"""Facts about an address that both the domain and the page checks need."""

from __future__ import annotations

import re

from checker.errors import CheckError
from checker.analyse.hosts import HostInfo, host_tails, parse_url

_EMBEDDED_URL = re.compile(r"https?:/{1,2}", re.IGNORECASE)


def kpu_host(host: str, ctx) -> bool:
    return not host_tails(host).isdisjoint(ctx.rules.kpu_domains)  # (is_under, one set look)


def former_kpu_office(info: HostInfo, ctx) -> bool:
    """kpu-kedirikab.go.id: a KPU office's own go.id address from before the kpu.go.id
    subdomains (rules/domains.yaml kpu.former_offices). Only government bodies can register
    under go.id, and the name follows the local-government scheme, so the host is KPU's."""
    if info.is_ip or info.suffix != "go.id" or info.subdomain not in ("", "www"):
        return False
    return any(re.fullmatch(p, info.domain) for p in ctx.rules.kpu_former_offices)


_INDEXES: dict[tuple, tuple[object, dict[str, list[int]]]] = {}


def by_name(entries: tuple, names) -> dict[str, list[int]]:
    """{name: indexes of the entries whose names(entry) list it}, built once per rules tuple
    (the rules are loaded once, the checks run for every page)."""
    key = (id(entries), names)
    found = _INDEXES.get(key)
    if found is None or found[0] is not entries:
        index: dict[str, list[int]] = {}
        for i, entry in enumerate(entries):
            for name in names(entry):
                index.setdefault(name, []).append(i)
        if len(_INDEXES) >= 32:
            _INDEXES.clear()
        found = _INDEXES[key] = (entries, index)
    return found[1]


def _suffix(entry) -> tuple[str]:
    return (entry.suffix,)


def first_under(host: str, entries):
    """The first entry (a platform, an archive...) whose `suffix` the host is under."""
    index = by_name(entries, _suffix)
    found = [index[name][0] for name in host_tails(host) if name in index]
    return entries[min(found)] if found else None


def archive_service(info: HostInfo, ctx):
    return first_under(info.host, ctx.rules.archives)


def archived_original(info: HostInfo, ctx) -> HostInfo | None:
    """The page an archive link is a copy of: web.archive.org/web/2024.../https://x/ -> x.
    Short archive.today ids (archive.ph/AbCd1) do not name the original; None then."""
    if archive_service(info, ctx) is None:
        return None
    tail = info.url.split("://", 1)[-1]
    match = _EMBEDDED_URL.search(tail)
    if not match:
        return None
    scheme = match.group(0).split(":", 1)[0].lower()
    try:
        return parse_url(f"{scheme}://{tail[match.end():]}")
    except CheckError:
        return None


_SPEAKS: tuple | None = None  # (final address, rules, answer) of the last page asked


def speaks_as_kpu(page, ctx) -> bool:
    """KPU's own page, or an archive's copy of one: KPU branding there is KPU's, not a
    costume, so the identity checks stay quiet. Eight checks ask it of each page: the
    answer for the last address and rules is kept (one tuple, read and replaced whole)."""
    global _SPEAKS
    last = _SPEAKS
    if last is not None and last[0] is page.final and last[1] is ctx.rules:
        return last[2]
    answer = kpu_host(page.final.host, ctx) or former_kpu_office(page.final, ctx)
    if not answer:
        original = archived_original(page.final, ctx)
        answer = original is not None and kpu_host(original.host, ctx)
    _SPEAKS = (page.final, ctx.rules, answer)
    return answer
