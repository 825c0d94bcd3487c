"""Build Snapshots for tests from the small example shapes used in rules/*.yaml and in the
golden page cases (url, redirects, html, content_type, status, headers)."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from datetime import datetime, timezone
from functools import lru_cache

from checker.context import Context
from checker.models import Hop, Resource, Snapshot
from checker.paths import rules_dir
from checker.ruleset.load import load_rules

FIXED_TIME = datetime(2024, 11, 28, 3, 15, tzinfo=timezone.utc)  # 10:15 WIB


@lru_cache(maxsize=1)
def context() -> Context:
    """The rules, and the official record a fresh install has (real Sirekap data and the
    shipped plenary results)."""
    from official_data import record_with_rekap

    return Context(rules=load_rules(rules_dir()), official=record_with_rekap())


def snapshot(url: str, html: str | bytes | None = None, redirects=(), content_type="text/html",
             status: int = 200, headers=()) -> Snapshot:
    chain = [*redirects, url]
    hops = tuple(Hop(chain[i], 302, chain[i + 1]) for i in range(len(chain) - 1))
    body = html.encode("utf-8") if isinstance(html, str) else (html or b"")
    return Snapshot(
        requested_url=chain[0], final_url=url, status=status,
        headers=(("content-type", content_type), *tuple(headers)), body=body,
        fetched_at=FIXED_TIME, redirects=hops, origin="file",
    )


def from_example(example) -> Snapshot:
    if isinstance(example, str):
        return snapshot(example, "<html><head><title>x</title></head><body></body></html>")
    snap = snapshot(example["url"], example.get("html", "<html><body></body></html>"),
                    redirects=example.get("redirects", ()),
                    content_type=example.get("content_type", "text/html"),
                    status=example.get("status", 200))
    # JSON the page loaded (rendered in Chromium, or an archive's records): figures rules
    # that name where the numbers came from need it.
    loaded = tuple(Resource(r["url"], 200, "application/json", json.dumps(r["json"]).encode())
                   for r in example.get("resources", ()))
    return replace(snap, resources=loaded) if loaded else snap


# A small results page (real Jateng governor shares) whose label depends on its address only:
# the newsroom and source tests ask what each host is called.
RESULTS = ("<html><head><title>Hasil Real Count Pilgub Jateng 2024</title></head><body>"
           "<h1>Hasil Real Count Pilgub Jateng 2024</h1><p>Paslon 01 Andika-Hendi 40,82 persen, "
           "paslon 02 Luthfi-Yasin 59,18 persen.</p></body></html>")


def label(url: str, html: str = RESULTS) -> str:
    from checker.analyse.pipeline import check_snapshot

    return check_snapshot(snapshot(url, html), context()).label


NEWS_URL = "https://berita.example/a"

# A campaign's count keeps its grade on the camp's own site (its footer names it a volunteers'
# medium); a news page that reports the same count quotes it, and its flags are held
# `campaign_quoted` (checker/figures/reported_counts.py, tests/test_fix_campaign.py).
CAMP = "Media relawan tim pemenangan"


def article(title: str, body: str, footer: str = "") -> str:
    """A news article's page: the title in <title> and <h1>, then the body's HTML, then the
    site's footer (where a site says whose voice it is) if one is given."""
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            "</article>" + (f"<footer>{footer}</footer>" if footer else "") + "</body></html>")


def check_article(title: str, body: str, url: str = NEWS_URL, ctx: Context | None = None,
                  record=None, footer: str = ""):
    """The Report of `article(title, body, footer)` served at `url`, with the fresh install's
    context (or `ctx`, or that context with `record` as the official record)."""
    from checker.analyse.pipeline import check_snapshot

    ctx = ctx or context()
    if record is not None:
        ctx = replace(ctx, official=record)
    return check_snapshot(snapshot(url, article(title, body, footer)), ctx)


def compared(report) -> list:
    """[(Claim, Comparison)] of every claim the report compared, in the comparisons' order."""
    return [(report.claims[c.claim], c) for c in report.comparisons]


def compared_article(ctx: Context, title: str, body: str, url: str = "https://berita.example/a",
                     voice: str = "") -> list:
    """compared() of check_article(title, body, url, ctx), `voice` as the page's footer: (claim,
    comparison) of each of the page's compared figures."""
    return compared(check_article(title, body, url, ctx, footer=voice))


def comparisons_at(found: list, value: str) -> list:
    """The comparisons of compared_article's `found` whose claim has `value`."""
    return [c for claim, c in found if claim.value == Decimal(value)]


def every_claim(report) -> list:
    """[(Claim, Comparison or None)] of every claim, in the page's order."""
    by_claim = {c.claim: c for c in report.comparisons}
    return [(claim, by_claim.get(i)) for i, claim in enumerate(report.claims)]


FLAGS = ("minor", "discrepant")


def found(ctx: Context, title: str, *paragraphs: str) -> list:
    """(kind, value, region code, status, reason, ballot number) of every claim compared on a
    news page of these paragraphs, in the comparisons' order (the blind hunts' tests)."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.region_code, c.status, c.reason,
             claim.nomor_urut)
            for claim, c in compared(check_article(title, body, ctx=ctx))]


def flags(figures: list) -> list:
    """The figures `found` graded minor or discrepant."""
    return [f for f in figures if f[3] in FLAGS]


def page_claims(ctx: Context, title: str, body: str, url: str = "https://berita.example/a") -> list:
    """every_claim of check_article(title, body, url, ctx): [(claim, comparison or None)] in the
    page's order."""
    return every_claim(check_article(title, body, url, ctx))


def one(found: list, value):
    """The one (claim, comparison) of `found` whose claim has `value` (fails on none or several)."""
    hits = [pair for pair in found if pair[0].value == value]
    assert len(hits) == 1, (value, found)
    return hits[0]


def read(ctx: Context, title: str, body: str, url: str = "https://berita.example/a"):
    """The report and (kind, value) -> (claim, comparison) of the figures of an article page
    (title as <title> and <h1>, `body` inside <article>)."""
    from checker.analyse.pipeline import check_snapshot

    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            "</article></body></html>")
    rep = check_snapshot(snapshot(url, html.encode()), ctx)
    return rep, {(rep.claims[c.claim].kind, rep.claims[c.claim].value): (rep.claims[c.claim], c)
                 for c in rep.comparisons}


NEWS_PILKADA_URL = "https://www.example-news.co.id/read/pilkada"


def status_claims(title: str, *paragraphs: str, url: str = NEWS_PILKADA_URL,
                  masthead: str = "") -> list:
    """[(claim, its comparison's status or None)] of an article page whose body is `masthead`
    then one <p> a paragraph."""
    body = masthead + "".join(f"<p>{p}</p>" for p in paragraphs)
    rep = check_article(title, body, url)
    status = {c.claim: c.status for c in rep.comparisons}
    return [(c, status.get(i)) for i, c in enumerate(rep.claims)]


def readings(got: list, value: str) -> set:
    """(election, race kind, region code, ballot number, status) of every claim in
    status_claims' `got` with `value`: what a corpus batch's tests compare."""
    return {(c.election, c.race_kind, c.region_code, c.nomor_urut, s) for c, s in got
            if str(c.value) == value}


def one_status(got: list, value: str):
    """The one (claim, status) of status_claims' `got` whose claim has `value` (fails on none
    or several, listing what was read)."""
    hits = [(c, s) for c, s in got if c.value == Decimal(value)]
    assert len(hits) == 1, (value, [(c.value, c.kind, c.region_code, c.nomor_urut, c.hold)
                                    for c, _ in got])
    return hits[0]
