"""Checks on what the page says: does it show results, does it claim to be KPU, does it only
cite KPU. Identity checks never run on KPU's own hosts (KPU branding there is KPU)."""

from __future__ import annotations

import re

from ..errors import CheckError
from ..hosts import is_under, parse_url
from . import register


def _on_kpu(page, ctx) -> bool:
    return any(is_under(page.final.host, d) for d in ctx.rules.kpu_domains)


def _claims(hits):
    return [h for h in hits if not h.negated]


def _evidence(hits, limit: int = 3) -> dict:
    return {"phrases": sorted({h.phrase for h in hits})[:limit],
            "where": sorted({h.where for h in hits}),
            "excerpt": hits[0].excerpt if hits else ""}


@register("result_claims")
def result_claims(page, ctx, params):
    """Shows election results: a result phrase in the title or a heading, or one in the text
    next to figures (a percentage, "2.181.939 suara")."""
    hits = _claims(page.result_hits)
    strong = set(p.lower() for p in ctx.rules.vocabulary.result_strong)
    headline = [h for h in hits if h.where != "text" and h.phrase in strong]
    if headline or (hits and page.figure_count >= int(params.get("min_figures", 2))):
        yield {**_evidence(headline or hits), "figures": page.figure_count}


@register("disclaimer")
def disclaimer(page, ctx, params):
    hits = [h for h in page.result_hits + page.claim_hits if h.negated]
    if hits:
        yield _evidence(hits)


@register("client_rendered")
def client_rendered(page, ctx, params):
    """An app shell: scripts, little text, no figures. What a reader sees is drawn later by
    JavaScript (data-pemilu.pages.dev was one), so the static HTML under-reports."""
    if not page.is_html or page.script_count == 0 or page.figure_count:
        return
    if page.app_shell or len(page.text) < int(params.get("max_text", 400)):
        yield {"scripts": page.script_count, "text_chars": len(page.text)}


@register("self_claim")
def self_claim(page, ctx, params):
    if _on_kpu(page, ctx):
        return
    hits = _claims(page.claim_hits)
    if hits:
        yield _evidence(hits)


@register("headline_claim")
def headline_claim(page, ctx, params):
    if _on_kpu(page, ctx):
        return
    hits = _claims(page.headline_hits)
    if hits:
        yield _evidence(hits)


def _segments(title: str) -> list[str]:
    return [s.strip().lower() for s in re.split(r"\s+[|\-–—:·•»]\s+|[|–—·•»]", title) if s.strip()]


@register("kpu_branding")
def kpu_branding(page, ctx, params):
    """KPU's name as the page's own name: a whole title segment, og:site_name or an <h1>
    ("KPU RI | Real Count"). "KPU Tetapkan Hasil..." is a headline about KPU, not branding."""
    if _on_kpu(page, ctx):
        return
    names = [re.compile(n, re.IGNORECASE) for n in ctx.rules.vocabulary.kpu_names]
    places = [("title", s) for s in _segments(page.title)]
    places += [("site_name", s) for s in page.site_names]
    places += [("heading", h) for h in page.headings[:2]]
    for where, value in places:
        if any(n.fullmatch(value) for n in names):
            yield {"where": where, "value": value[:200]}
            return


@register("kpu_logo")
def kpu_logo(page, ctx, params):
    if _on_kpu(page, ctx):
        return
    pattern = re.compile(params.get("pattern", r"(?<![a-z])kpu(?![a-z])"), re.IGNORECASE)
    for logo in page.logos:
        if pattern.search(logo):
            yield {"logo": logo[:300]}
            return


@register("cites_kpu")
def cites_kpu(page, ctx, params):
    """Naming KPU as the source ("sumber: KPU", a link to kpu.go.id) is not impersonation."""
    if _on_kpu(page, ctx):
        return
    hits = _claims(page.citation_hits)
    linked = []
    for href, _text in page.links:
        try:
            host = parse_url(href).host
        except CheckError:
            continue
        if any(is_under(host, d) for d in ctx.rules.kpu_domains):
            linked.append(href)
    if hits or linked:
        yield {**_evidence(hits), "links": sorted(set(linked))[:3]}


@register("pilkada_count")
def pilkada_count(page, ctx, params):
    """KPU publishes no real count or quick count for the Pilkada (KPU statement, 28 Nov 2024);
    a Pilkada "real count" is someone else's count, whatever it says."""
    words = set(params.get("election_words", ()))
    counts = set(params.get("count_phrases", ()))
    hits = [h for h in _claims(page.result_hits) if h.phrase in counts]
    if hits and words & set(page.election_words):
        yield _evidence(hits)


@register("not_html")
def not_html(page, ctx, params):
    if not page.is_html:
        yield {"content_type": page.content_type or "-"}


@register("http_error")
def http_error(page, ctx, params):
    if page.status >= 400:
        yield {"status": page.status}
