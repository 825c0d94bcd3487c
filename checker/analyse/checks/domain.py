"""Checks on the address alone: who owns the host, and does it imitate KPU.

Each check yields evidence mappings; the rule (code, severity, words) lives in
rules/domain-rules.yaml. Sigma's lookalike-domain rules and dnstwist's permutation kinds are
the model: embedded official names, brand tokens, homoglyphs, second-level swaps.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator

from checker.analyse.ampcache import amp_publisher
from checker.analyse.hosts import HostInfo, host_tails, is_under, to_unicode
from checker.analyse.checks import Param, register
from checker.analyse.checks.common import (archive_service, archived_original, by_name,
                                           first_under, former_kpu_office, kpu_host)

_PIECES = re.compile(r"[.\-_]+")
_DIGIT_SWAPS = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"}


def _kpu(page, ctx) -> bool:
    return kpu_host(page.final.host, ctx)


def _all_urls(page, ctx) -> list[HostInfo]:
    """The requested URL, every redirect hop, the final URL and, for an archive link, the
    archived original (a copy of an impostor page is still an impostor's page)."""
    seen, out = set(), []
    original = archived_original(page.final, ctx)
    for info in (page.requested, *page.hops, page.final, *((original,) if original else ())):
        if info.url not in seen:
            seen.add(info.url)
            out.append(info)
    return out


def _government(host: str, ctx) -> bool:
    return not host_tails(host).isdisjoint(ctx.rules.government_suffixes)  # (is_under)


def _platform(info: HostInfo, ctx):
    return first_under(info.host, ctx.rules.platforms)


def _tenant(info: HostInfo, platform) -> str:
    """The part of the address a platform customer chose: `data-pemilu` in
    data-pemilu.pages.dev, `kpu-realcount` in sites.google.com/view/kpu-realcount."""
    if platform.tenant == "path":
        segments = [s for s in info.path.split("/") if s]
        for prefix in platform.path_prefixes:
            if segments[:1] == [prefix] and len(segments) > 1:
                return segments[1]
        return segments[0] if segments else ""
    return info.host[: -len(platform.suffix)].rstrip(".")


@register("official_host")
def official_host(page, ctx, params):
    if _kpu(page, ctx):
        yield {"host": page.final.host}


@register("left_official")
def left_official(page, ctx, params):
    """Started on kpu.go.id but ended elsewhere (an open redirect makes a KPU link lie)."""
    if _kpu(page, ctx):
        return
    for info in (page.requested, *page.hops):
        if kpu_host(info.host, ctx):
            yield {"from": info.url, "to": page.final.url}
            return


@register("other_authority")
def other_authority(page, ctx, params):
    for authority in ctx.rules.authorities:
        if is_under(page.final.host, authority.domain):
            yield {"host": page.final.host, "authority": authority.name.id,
                   "authority_en": authority.name.en, "reference": authority.reference}


@register("former_kpu_office")
def former_office(page, ctx, params):
    """kpu-kedirikab.go.id: a KPU office's own old go.id address (common.former_kpu_office)."""
    if not _kpu(page, ctx) and former_kpu_office(page.final, ctx):
        yield {"host": page.final.host}


def _named_like_kpu(info: HostInfo, ctx) -> bool:
    """KPU's name in the labels, plainly or in lookalike letters (kpu1, kpú): whoever
    registered it, it is not a differently named body."""
    labels = [to_unicode(label) for label in _labels_to_judge(info, ctx)]
    tokens = ("kpu", "kpud", "sirekap", "komisipemilihanumum", "kpuri")
    return bool(_brand_hits(labels, tokens, 6)
                or _brand_hits([skeleton(label, _DIGIT_SWAPS) for label in labels], tokens, 6))


@register("government_host")
def government_host(page, ctx, params):
    """Another government body (kpk.go.id, jakarta.go.id): a real, differently named body,
    never a KPU lookalike. A go.id host named like KPU (kpu1.go.id, kpú.go.id) is not one."""
    host = page.final.host
    # The suffix first: most hosts are no government's, and the lookalike test below (every
    # label folded and skeletonised) was a fifth of the domain rules' time on every page.
    if not _government(host, ctx):
        return
    if _kpu(page, ctx) or any(is_under(host, a.domain) for a in ctx.rules.authorities):
        return
    if former_kpu_office(page.final, ctx) or _named_like_kpu(page.final, ctx):
        return
    yield {"host": host}


def _not_kpu_urls(page, ctx) -> Iterator[HostInfo]:
    for info in _all_urls(page, ctx):
        if not kpu_host(info.host, ctx):
            yield info


@register("embedded_official_host")
def embedded_official_host(page, ctx, params):
    """`kpu.go.id.co`, `pilkada2024.kpu.go.id-hasil.com`: the official name inside another host."""
    for info in _not_kpu_urls(page, ctx):
        for name in ctx.rules.kpu_domains:
            if name in info.host or name in info.unicode_host:
                yield {"host": info.unicode_host, "official": name, "url": info.url}
                return


@register("official_in_userinfo", params={"tokens": Param([str], ())})
def official_in_userinfo(page, ctx, params):
    """`https://kpu.go.id@evil.example/`: readers see kpu.go.id, browsers go to evil.example.
    Only a userinfo that looks like KPU (its domain, or a KPU token, lookalike letters
    included) imitates KPU; `user:secret@intranet.example` is old-fashioned, not KPU."""
    tokens = params["tokens"]
    for info in _all_urls(page, ctx):
        if not info.userinfo:
            continue
        shown = info.userinfo.lower()
        for text in dict.fromkeys((shown, skeleton(shown, {}))):
            if any(name in text for name in ctx.rules.kpu_domains) or _brand_hits(
                    [text], tokens, 6):
                yield {"userinfo": info.userinfo, "host": info.unicode_host, "url": info.url}
                return


@register("official_in_path")
def official_in_path(page, ctx, params):
    for info in _not_kpu_urls(page, ctx):
        if archive_service(info, ctx):
            continue  # an archive link carries the original address in its path by design
        lowered = info.path.lower()
        for name in ctx.rules.kpu_domains:
            if name in lowered:
                yield {"host": info.unicode_host, "official": name, "path": info.path[:200]}
                return


def _labels_to_judge(info: HostInfo, ctx) -> list[str]:
    """Labels a site owner chose: everything left of the public suffix, or the tenant."""
    if info.is_ip:
        return []
    platform = _platform(info, ctx)
    if platform is not None:
        return [_tenant(info, platform).lower()]
    return [p for p in (info.subdomain, info.domain) if p]


def _token_in(piece: str, token: str, min_substring: int) -> bool:
    if piece == token or piece.startswith(token) or piece.endswith(token):
        return True
    return len(token) >= min_substring and token in piece


def _brand_hits(labels: list[str], tokens, min_substring: int) -> list[tuple[str, str]]:
    hits = []
    for label in labels:
        for piece in _PIECES.split(label):
            for token in tokens:
                if piece and _token_in(piece, token, min_substring):
                    hits.append((token, label))
    return hits


@register("brand_token", params={"tokens": Param([str], ()),
                                "min_substring": Param(int, 6, low=1)})
def brand_token(page, ctx, params):
    """`kpu-realcount.vercel.app`, `sirekap-kpu.com`: KPU's names in a host KPU does not own.
    Whole-word or edge matches only for short tokens, so `takpuas` is not `kpu`."""
    tokens, min_sub = params["tokens"], params["min_substring"]
    for info in _not_kpu_urls(page, ctx):
        if former_kpu_office(info, ctx):
            continue  # KPU's own old address (DOM005)
        # Under go.id too: kpu1.go.id is not a differently named body (issue 10 §2); kpk.go.id
        # carries no KPU token and never reaches here.
        for token, label in _brand_hits(_labels_to_judge(info, ctx), tokens, min_sub):
            if _swapped(info, ctx, params) is None:
                yield {"host": info.unicode_host, "token": token, "label": label}
                return


@lru_cache(maxsize=4096)
def _latin_for(char: str) -> str:
    from confusable_homoglyphs import confusables

    found = confusables.is_confusable(char, greedy=True, preferred_aliases=["latin"])
    for item in found or ():
        for glyph in item["homoglyphs"]:
            if glyph["c"].isascii():
                return glyph["c"].lower()
    return char


def skeleton(text: str, swaps: dict[str, str]) -> str:
    """UTS #39-style skeleton: decompose, map confusables to Latin, drop combining marks,
    then undo the ASCII swaps hoaxers use (0->o, 1->i)."""
    out = []
    for char in unicodedata.normalize("NFD", text.lower()):
        if unicodedata.combining(char):
            continue
        out.append(char if char.isascii() else _latin_for(char))
    result = "".join(out)
    for old, new in swaps.items():
        result = result.replace(old, new)
    return result


@register("homoglyph", params={"tokens": Param([str], ()), "swaps": Param({str: str}, {})})
def homoglyph(page, ctx, params):
    """`kрu-pilkada.com` with a Cyrillic р, `kpu.gо.id`, `s1rekap.com`: looks like KPU, is not."""
    tokens, swaps = params["tokens"], dict(params["swaps"])
    for info in _not_kpu_urls(page, ctx):
        # go.id included: kpú.go.id is KPU's name in lookalike letters (issue 10 §2).
        shown = info.unicode_host
        skel = skeleton(shown, swaps)
        if skel == shown:
            continue
        for name in ctx.rules.kpu_domains:
            if name in skel and name not in shown:
                yield {"host": shown, "ascii": info.host, "looks_like": name}
                return
        labels = [to_unicode(label) for label in _labels_to_judge(info, ctx)]
        raw = _brand_hits(labels, tokens, 6)
        disguised = _brand_hits([skeleton(label, swaps) for label in labels], tokens, 6)
        if disguised and not raw:
            yield {"host": shown, "ascii": info.host, "looks_like": disguised[0][0]}
            return


def _swapped(info: HostInfo, ctx, params) -> str | None:
    """`kpu.or.id`, `kpu.web.id`, `kpu-go.id`, `kpugo.id`: KPU's own name with the suffix
    swapped, or the dots of kpu.go.id turned into dashes or dropped."""
    if info.is_ip or _government(info.host, ctx):
        return None
    if any(name in info.host for name in ctx.rules.kpu_domains):
        return None  # embedded_official_host says it better
    collapsed = _PIECES.sub("", info.host)
    for name in ctx.rules.kpu_domains:
        label = name.split(".", 1)[0]
        if info.domain == label:
            return name
        if collapsed.startswith(_PIECES.sub("", name)):
            return name
    return None


@register("suffix_swap")
def suffix_swap(page, ctx, params):
    for info in _not_kpu_urls(page, ctx):
        official = _swapped(info, ctx, params)
        if official:
            yield {"host": info.unicode_host, "official": official}
            return


@register("punycode_host")
def punycode_host(page, ctx, params):
    for info in _all_urls(page, ctx):
        if "xn--" in info.host:
            yield {"host": info.unicode_host, "ascii": info.host}
            return


@register("hosting_platform")
def hosting_platform(page, ctx, params):
    platform = _platform(page.final, ctx)
    if platform is not None:
        yield {"host": page.final.host, "platform": platform.name,
               "tenant": _tenant(page.final, platform)}


@register("url_shortener")
def url_shortener(page, ctx, params):
    for info in _all_urls(page, ctx):
        if not host_tails(info.host).isdisjoint(ctx.rules.shorteners):  # (is_under)
            yield {"host": info.host, "url": info.url, "to": page.final.url}
            return


@register("ip_host")
def ip_host(page, ctx, params):
    if page.final.is_ip:
        yield {"host": page.final.host}


@register("archived_copy", params={"of_kpu": Param(bool, False)})
def archived_copy(page, ctx, params):
    """web.archive.org, archive.today: the host is the archive's, the content the original's.
    Fact-checkers cite archive links all the time, so they must not read as KPU lookalikes.
    `of_kpu` selects copies of KPU pages (true) or of anything else (false)."""
    archive = archive_service(page.final, ctx)
    if archive is None:
        return
    original = archived_original(page.final, ctx)
    of_kpu = original is not None and kpu_host(original.host, ctx)
    if of_kpu == params["of_kpu"]:
        yield {"host": page.final.host, "archive": archive.name,
               "original": original.url if original else "-"}


def _domains(source) -> tuple[str, ...]:
    return source.domains


@register("known_source")
def known_source(page, ctx, params):
    """The first source (in the rules' order) with a domain the host is under, unless the
    host is under one of its `excluded` (looked up by the host's own names: a thousand
    sources, a handful of labels). An AMP cache's page is looked up by its publisher."""
    host, sources = page.final.host, ctx.rules.sources
    # An AMP cache's copy is the publisher's page: looked up by the publisher's host.
    tails = host_tails(amp_publisher(page.final, ctx.rules.amp_caches) or host)
    index = by_name(sources, _domains)
    for i in sorted({i for name in tails if name in index for i in index[name]}):
        source = sources[i]
        if not any(x in tails for x in source.excluded):
            yield {"host": host, "name": source.name, "kind": source.kind,
                   "reference": source.reference}
            return
