"""Checks on the figures a page states: against themselves (no official data needed) and
against the official record (the comparisons the pipeline made). Each yields evidence.

The page's claims and comparisons arrive on the Page (`page.claims`, `page.comparisons`),
filled by the pipeline after extraction.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta, timezone
from decimal import Decimal
from itertools import groupby

from checker.analyse.page import normalise
from checker.analyse.checks import Param, register
from checker.analyse.checks.common import first_under, kpu_host, speaks_as_kpu
from checker.analyse.hosts import parse_url
from checker.errors import CheckError
from checker.figures.moment import stated_moment

_HUNDREDTH = Decimal("0.01")


def _race_key(claim):
    # The count type is part of the key: a page that sets a campaign's internal count beside
    # the Sirekap figure ("hitung internal 60,41 persen ... Sirekap 58,70 persen", golden
    # unofficial_fig_jatim_internal_count_khofifah) states two sets of shares, not one that
    # adds up to 158.
    # So is who counted: several pollsters' quick counts side by side are several sets.
    return (claim.election or "", claim.race_kind or "", claim.region_code or claim.region_name
            or "", claim.origin, claim.claim_type or "", claim.claimed_by or "")


def _groups(claims, kind):
    """Claims of one kind, grouped by race, region, origin and count type (one table, one
    caption, one count)."""
    chosen = sorted((c for c in claims if c.kind == kind), key=_race_key)
    for key, group in groupby(chosen, key=_race_key):
        yield key, list(group)


def _where(key) -> str:
    return " / ".join(part for part in key[:3] if part) or "-"


def _race_of(claim, record):
    """The race of a claim as the record names it: the country for the president, else the
    race's own region (a kab/kota's figures in a governor race belong to the governor race)."""
    if record is None or not claim.election or not claim.race_kind:
        return None
    if claim.race_kind == "president":
        region = ""
    else:
        region = claim.race_region if claim.race_region is not None else claim.region_code
    return record.race_for(claim.election, claim.race_kind, region) if region is not None \
        else None


@register("shares_sum", params={"tolerance": Param(Decimal, Decimal("0.5"), low=0)})
def shares_sum(page, ctx, params):
    """Shares of all candidates add up to 100: above it is impossible, below it only when some
    candidate is missing (the record tells how many there are)."""
    tolerance = params["tolerance"]
    record = ctx.official
    for key, group in _groups(page.claims, "share"):
        # One share per candidate: a page that restates a pair's share another way in the
        # same count ("50,07 persen" ... "50,1 persen") states one set of shares, not two.
        first: dict = {}
        for claim in group:
            first.setdefault(claim.candidate_id or claim.nomor_urut or claim.candidate_name, claim)
        group = list(first.values())
        if len(group) < 2:
            continue
        total = sum(Decimal(c.value) for c in group)
        race = record.race_for(key[0], key[1], key[2]) if record and key[0] else None
        # A survey's shares leave its undecided respondents out: below 100 says nothing.
        complete = race is not None and len(group) >= len(record.candidates_of(race)) and \
            key[4] != "survey"
        if total > 100 + tolerance or (complete and total < 100 - tolerance):
            yield {"where": _where(key), "total": total.quantize(_HUNDREDTH), "count": len(group)}


@register("progress_over_100")
def progress_over_100(page, ctx, params):
    for claim in page.claims:
        if claim.kind != "progress":
            continue
        over_count = claim.progress_total and (claim.progress_done or 0) > claim.progress_total
        if Decimal(claim.value) > 100 or over_count:
            yield {"value": claim.value, "excerpt": claim.excerpt}
            return


@register("shares_from_votes", params={"tolerance": Param(Decimal, Decimal("0.1"), low=0)})
def shares_from_votes(page, ctx, params):
    """Where a page gives votes and percentages for the same candidates, the percentages must
    follow from its own votes (within rounding)."""
    tolerance = params["tolerance"]
    record = ctx.official
    votes = {key: group for key, group in _groups(page.claims, "votes")}
    for key, shares in _groups(page.claims, "share"):
        counted = votes.get(key)
        if not counted or len(counted) < 2:
            continue
        race = _race_of(counted[0], record)
        if race is None or len({c.candidate_id for c in counted}) < \
                len(record.candidates_of(race)):
            # Some pair's votes were not read (or not given), or the race and so its pairs are
            # unknown: the page's shares may be of a total we do not have, so they cannot be
            # checked against its own votes (a national count without one pair's votes read
            # gave "24,95 persen" against an implied 60.24).
            continue
        total = sum(int(c.value) for c in counted)
        by_candidate = {(c.candidate_id, c.nomor_urut, c.candidate_name): int(c.value)
                        for c in counted}
        for claim in shares:
            mine = by_candidate.get((claim.candidate_id, claim.nomor_urut, claim.candidate_name))
            if mine is None or not total:
                continue
            implied = Decimal(mine) * 100 / Decimal(total)
            if abs(implied - Decimal(claim.value)) > tolerance:
                yield {"where": _where(key), "claimed": claim.value,
                       "implied": implied.quantize(_HUNDREDTH), "excerpt": claim.excerpt}
                return


@register("full_progress_claim")
def full_progress_claim(page, ctx, params):
    """'100% data masuk' while the official count never reached 100%: the DKI fake did this.
    A campaign's "100 persen TPS" is the forms its own people gathered, no word on KPU's count
    (checker/figures/campaign_counts.py, reported_counts.py): never the page's false claim."""
    for index, claim in enumerate(page.claims):
        if claim.kind == "progress" and Decimal(claim.value) >= 100 and \
                claim.claim_type != "internal_count":
            comparison = page.comparisons[index] if index < len(page.comparisons) else None
            if comparison and comparison.official_value is not None \
                    and Decimal(comparison.official_value) < 100:
                yield {"claimed": claim.value, "official_value": comparison.official_value,
                       "as_of": comparison.as_of}
                return


@register("quick_count_too_early", params={"hour_wib": Param(int, 15, low=0, high=23)})
def quick_count_too_early(page, ctx, params):
    """Quick counts may be published only from two hours after polls close in western
    Indonesia, i.e. 15:00 WIB on polling day (UU 7/2017 Pasal 449 ayat 5; UU 10/2016 for the
    Pilkada via PKPU)."""
    days = {e.key: date.fromisoformat(e.date) for e in ctx.rules.elections}
    opening = time(params["hour_wib"], 0)
    wib = timezone(timedelta(hours=7))
    for claim in page.claims:
        if claim.claim_type != "quick_count" or not claim.page_time:
            continue
        moment = stated_moment(claim.page_time)
        if moment is None:
            continue
        local = moment.astimezone(wib)
        polling_day = days.get(claim.election or "")
        if local.date() == polling_day and local.time() < opening:
            yield {"page_time": claim.page_time, "wib": local.strftime("%H:%M"),
                   "excerpt": claim.excerpt}
            return


def _registered(name: str, ctx) -> bool:
    """On the list of pollsters in rules/figures.yaml (by name or alias, whole words)."""
    wanted = normalise(name)
    for pollster in ctx.rules.figures.pollsters:
        for known in (pollster.name, *pollster.aliases):
            if re.search(r"(?<!\w)" + re.escape(normalise(known)) + r"(?!\w)", wanted):
                return True
    return False


@register("unregistered_pollster")
def unregistered_pollster(page, ctx, params):
    for claim in page.claims:
        if claim.claim_type == "quick_count" and claim.claimed_by \
                and not _registered(claim.claimed_by, ctx):
            yield {"pollster": claim.claimed_by, "excerpt": claim.excerpt}
            return


@register("quick_count_without_disclaimer")
def quick_count_without_disclaimer(page, ctx, params):
    """A quick count must say it is not the official result ('bukan hasil resmi')."""
    if not any(c.claim_type == "quick_count" for c in page.claims):
        return
    if not any(h.negated for h in page.result_hits):
        first = next(c for c in page.claims if c.claim_type == "quick_count")
        yield {"excerpt": first.excerpt}


@register("kpu_count_for_pilkada", params={"phrases": Param([str], ())})
def kpu_count_for_pilkada(page, ctx, params):
    """Figures for the Pilkada 2024 presented as KPU's real count: KPU published none
    (KPU statement on data-pemilu.pages.dev, 28-29 Nov 2024)."""
    if kpu_host(page.final.host, ctx):
        return
    phrases = set(params["phrases"])
    hits = [h for h in page.headline_hits + page.result_hits + page.claim_hits
            if not h.negated and h.phrase in phrases]
    pilkada = [c for c in page.claims if c.election == "pilkada2024"]
    if hits and pilkada:
        yield {"phrases": sorted({h.phrase for h in hits}), "claims": len(pilkada)}


def _compared(page, status):
    # Figures graded against the page's own total (tier "page") are FIG009's, not a
    # difference from the official record.
    return [(page.claims[c.claim], c) for c in page.comparisons
            if c.status == status and c.claim < len(page.claims) and c.tier != "page"]


def _comparison_evidence(pairs) -> dict:
    claim, comparison = max(pairs, key=lambda p: abs(Decimal(p[1].difference or 0)))
    return {"count": len(pairs), "claimed": claim.value,
            "unit": "%" if claim.kind in ("share", "progress") else "",
            "official_value": comparison.official_value, "difference": comparison.difference,
            "tier": comparison.tier, "as_of": comparison.as_of,
            "candidate": claim.candidate_name or str(claim.nomor_urut or "-"),
            "region": claim.region_name or claim.region_code or "-"}


@register("figures_compared", params={
    "status": Param(("discrepant", "minor", "consistent"), "discrepant")})
def figures_compared(page, ctx, params):
    """One finding per comparison status (`status` param): discrepant, minor or consistent."""
    pairs = _compared(page, params["status"])
    if pairs:
        yield _comparison_evidence(pairs)


def _loaded_hosts(page):
    """{host: figures read from it} for the figures a page loaded from other files (rendering,
    or an archive's resources): where the numbers really came from."""
    counts: dict[str, int] = {}
    for claim in page.claims:
        if not claim.source_url or claim.source_url == page.final.url:
            continue
        try:
            host = parse_url(claim.source_url).host
        except CheckError:
            continue
        counts[host] = counts.get(host, 0) + 1
    return counts


@register("figures_loaded_from", params={"kpu": Param(bool, False)})
def figures_loaded_from(page, ctx, params):
    """"Figures loaded from raw.githubusercontent.com (GitHub), not KPU": the host serving
    the data says more about a page than its own words. `kpu: true` reports KPU's own data
    hosts instead (a copy of Sirekap's numbers on a page that is not KPU)."""
    if speaks_as_kpu(page, ctx):
        return
    want_kpu = params["kpu"]
    for host, count in sorted(_loaded_hosts(page).items()):
        if kpu_host(host, ctx) != want_kpu:
            continue
        platform = first_under(host, ctx.rules.platforms)
        hosted_on = platform.name if platform else parse_url(f"https://{host}/").registered_domain
        yield {"host": host, "count": count, "hosted_on": hosted_on or host}
