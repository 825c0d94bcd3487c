"""Facts about an address that both the domain and the page checks need."""

from __future__ import annotations

import re

from checker.errors import CheckError
from checker.analyse.hosts import HostInfo, is_under, parse_url

_EMBEDDED_URL = re.compile(r"https?:/{1,2}", re.IGNORECASE)


def kpu_host(host: str, ctx) -> bool:
    return any(is_under(host, d) for d in ctx.rules.kpu_domains)


def former_kpu_office(info: HostInfo, ctx) -> bool:
    """kpu-kedirikab.go.id: a KPU office's own go.id address from before the kpu.go.id
    subdomains (rules/domains.yaml kpu.former_offices). Only government bodies can register
    under go.id, and the name follows the local-government scheme, so the host is KPU's."""
    if info.is_ip or info.suffix != "go.id" or info.subdomain not in ("", "www"):
        return False
    return any(re.fullmatch(p, info.domain) for p in ctx.rules.kpu_former_offices)


def first_under(host: str, entries):
    """The first entry (a platform, an archive...) whose `suffix` the host is under."""
    return next((entry for entry in entries if is_under(host, entry.suffix)), None)


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


def speaks_as_kpu(page, ctx) -> bool:
    """KPU's own page, or an archive's copy of one: KPU branding there is KPU's, not a
    costume, so the identity checks stay quiet."""
    if kpu_host(page.final.host, ctx) or former_kpu_office(page.final, ctx):
        return True
    original = archived_original(page.final, ctx)
    return original is not None and kpu_host(original.host, ctx)
