"""Claims and comparisons as report data: the JSON shape of the contract, and one table per
race (candidate, claimed, official, difference, status) with a plain headline sentence.

Words come from reports/strings.yaml (passed in as `words`); numbers are written the way the
reader's language writes them (id: 2.181.939 and 50,07; en: 2,181,939 and 50.07).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, Iterable, Mapping

from checker.figures.compare import figures_status
from checker.models import Claim, Comparison
from checker.report.races import pair_name, place_name, race_title, when_words

__all__ = ["claim_dict", "claim_labels", "comparison_dict", "number", "race_tables", "when"]

_WIB_OFFSET_HOURS = 7


def number(value: Any, lang: str, places: int | None = None) -> str:
    """2181939 -> '2.181.939' (id) / '2,181,939' (en); Decimal('50.07') -> '50,07' / '50.07'."""
    if value is None:
        return "-"
    if isinstance(value, Decimal) or places is not None:
        text = f"{Decimal(value):,.{2 if places is None else places}f}"
    else:
        text = f"{int(value):,d}"
    if lang == "id":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def _signed(value: Any, lang: str) -> str:
    if value is None:
        return "-"
    text = number(abs(value), lang)
    return ("+" if value > 0 else "\u2212" if value < 0 else "\u00b1") + text


def when(moment: datetime | None) -> str:
    """Times are shown in WIB, as Sirekap and the press write them."""
    if moment is None:
        return "-"
    wib = moment.astimezone(timezone(timedelta(hours=_WIB_OFFSET_HOURS)))
    if (wib.hour, wib.minute, wib.second) == (0, 0, 0):  # a plenary decree has a date only
        return wib.strftime("%Y-%m-%d")
    return wib.strftime("%Y-%m-%d %H:%M WIB")


def claim_dict(claim: Claim) -> dict[str, Any]:
    """A claim in the JSON contract (numbers as exact strings or ints)."""
    value = str(claim.value) if isinstance(claim.value, Decimal) else claim.value
    return {
        "kind": claim.kind, "value": value,
        "election": claim.election, "race_kind": claim.race_kind,
        "region": {"code": claim.region_code, "name": claim.region_name},
        "candidate": {"nomor_urut": claim.nomor_urut, "id": claim.candidate_id,
                      "name": claim.candidate_name},
        "claim_type": claim.claim_type, "claimed_by": claim.claimed_by,
        "page_time": claim.page_time, "origin": claim.origin, "excerpt": claim.excerpt,
        "progress": {"done": claim.progress_done, "total": claim.progress_total},
        "source_url": claim.source_url, "hold": claim.hold, "quoted": claim.quoted,
        "race_region": claim.race_region, "approximate": claim.approximate,
        "race_region_name": claim.race_region_name,
    }


def _exact(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    return {
        "claim": comparison.claim, "status": comparison.status,
        "official_value": _exact(comparison.official_value),
        "difference": _exact(comparison.difference), "tier": comparison.tier,
        "as_of": comparison.as_of.isoformat() if comparison.as_of else None,
        "progress": _exact(comparison.progress), "source": comparison.source,
        "reason": comparison.reason, "official_page": comparison.official_page,
        "sirekap": None if comparison.sirekap_value is None else {
            "value": _exact(comparison.sirekap_value),
            "as_of": comparison.sirekap_as_of.isoformat() if comparison.sirekap_as_of else None,
            "progress": _exact(comparison.sirekap_progress)},
    }


def _race_key(claim: Claim) -> tuple:
    """The race a claim belongs to: an area inside a governor race shares the governor race."""
    region = claim.race_region if claim.race_region is not None else (
        claim.region_code or claim.region_name)
    return (claim.election, claim.race_kind, region)


def _names(claims: list[Claim], words: Mapping[str, str]) -> tuple[dict, dict]:
    """Race titles by race key, and area names by region code, from the claims' own names."""
    places: dict[str, str] = {}
    for claim in claims:
        if claim.region_code and claim.region_code not in places:
            places[claim.region_code] = place_name(claim.region_name, claim.region_code, words)
    titles = {}
    for claim in claims:
        key = _race_key(claim)
        if key not in titles:
            region = key[2] or ""
            place = places.get(region) or (
                place_name(claim.region_name, region, words) if region == claim.region_code
                else place_name(claim.race_region_name, region, words)
                if claim.race_region_name else region)
            titles[key] = race_title(claim.race_kind, place, None, words)
    return titles, places


def _pair(claim: Claim, words: Mapping[str, str], aliases: Mapping[str, Any]) -> str:
    return pair_name(claim.candidate_name, aliases.get(claim.candidate_id or "")) or (
        f"{words['ballot']} {claim.nomor_urut}" if claim.nomor_urut else
        words["all_tps"] if claim.kind == "progress" else "-")


def claim_labels(claims: Iterable[Claim], words: Mapping[str, str],
                 aliases: Mapping[str, Any] | None = None) -> list[tuple[str, str]]:
    """(race, pair) as a reader names them, per claim: "Kab. Bogor (Pilgub Jawa Barat)",
    "Pramono-Rano". Every claim gets one, whatever caps the race tables apply."""
    claims, aliases = list(claims), aliases or {}
    titles, places = _names(claims, words)
    out = []
    for claim in claims:
        race = _race_key(claim)
        area = claim.region_code or claim.region_name
        name = (words["race_area"].format(area=places.get(area, area), race=titles[race])
                if area is not None and area != race[2] else titles[race])
        out.append((name, _pair(claim, words, aliases)))
    return out


def _shown(claim: Claim, value: Any, lang: str) -> str:
    if value is None:
        return "-"
    if claim.kind in ("share", "progress"):
        return number(Decimal(value), lang) + "%"
    return number(value, lang)


def _row(claim: Claim, comparison: Comparison | None, words, lang, aliases) -> dict[str, Any]:
    status = comparison.status if comparison else "unverifiable"
    reason = comparison.reason if comparison else None
    sirekap = comparison.sirekap_value if comparison else None
    return {
        "kind": words.get(f"kind_{claim.kind}", claim.kind),
        "candidate": _pair(claim, words, aliases),
        "claimed": _shown(claim, claim.value, lang),
        "official": _shown(claim, comparison.official_value if comparison else None, lang),
        "difference": _signed(comparison.difference, lang) if comparison and
        comparison.difference is not None else "-",
        "status": status, "status_text": words.get(f"status_{status}", status),
        "reason": words.get(f"reason_{reason}", reason) if reason else "",
        "sirekap": _shown(claim, sirekap, lang) if sirekap is not None else "",
        "claim_type": words["quoted_claim"] if claim.quoted else
        words["quoted_campaign"] if reason == "campaign_quoted" else
        words.get(f"claim_type_{claim.claim_type}", "") if claim.claim_type else "",
        "origin": claim.origin, "excerpt": claim.excerpt,
        "official_page": comparison.official_page if comparison else None,
        "full_name": claim.candidate_name or "",
    }


def _headline(name: str, status: str, graded: list[tuple[Claim, Comparison]], words,
              lang: str, reasons: Counter, aliases, shown: Comparison | None = None) -> str:
    if status == "unverifiable" or not graded:
        reason = reasons.most_common(1)[0][0] if reasons else "no_record"
        return words["fig_headline_unverifiable"].format(
            race=name, reason=words.get(f"reason_{reason}", reason))
    candidates = [p for p in graded if p[0].kind != "progress"] or graded
    first = shown or candidates[0][1]
    claim, worst = max(candidates, key=lambda p: abs(Decimal(p[1].difference or 0)))
    own = [p for p in graded if p[1].tier == "page"]
    if own and status != "consistent":
        # The page contradicts itself (its pairs' votes miss its own valid total): that is
        # what the reader learns, not a difference from KPU's figures.
        claim, worst = own[0]
        return words[f"fig_headline_{worst.reason}"].format(
            race=name, difference=_signed(worst.difference, lang),
            candidate=pair_name(claim.candidate_name, aliases.get(claim.candidate_id or ""))
            or str(claim.nomor_urut or "-"))
    return words[f"fig_headline_{status}"].format(
        race=name, tier=words.get(f"tier_{first.tier}", first.tier),
        as_of=when_words(first.as_of, lang),
        candidate=pair_name(claim.candidate_name, aliases.get(claim.candidate_id or ""))
        or str(claim.nomor_urut or "-"),
        difference=_signed(worst.difference, lang))


def _quoted(graded: list[tuple[Claim, Comparison]], words) -> str:
    """A race graded only on figures a debunk quotes: the headline says whose they are, so a
    fact-check is never read as "far from the official record" itself (issue 10, quotes)."""
    return words["fig_headline_quoted"] + " " if graded and all(
        cl.quoted for cl, _ in graded) else ""


def _bars(pairs: list[tuple[Claim, Comparison | None]], aliases) -> list[dict[str, Any]]:
    """What the figures picture draws: each pair's claimed and official value, shares when the
    page gives them (what readers compare), else vote counts."""
    candidates = [(cl, co) for cl, co in pairs if cl.kind != "progress"]
    kind = "share" if any(cl.kind == "share" for cl, _ in candidates) else "votes"
    bars, seen = [], set()
    for claim, comparison in candidates:
        name = pair_name(claim.candidate_name, aliases.get(claim.candidate_id or "")) or (
            str(claim.nomor_urut) if claim.nomor_urut else "?")
        if claim.kind != kind or name in seen:
            continue
        seen.add(name)
        # The value the page's own total implies is not an official figure: no bar for it.
        official = comparison.official_value if comparison and comparison.tier != "page" \
            else None
        bars.append({"name": name, "kind": kind, "claimed": _exact(claim.value),
                     "official": _exact(official),
                     "status": comparison.status if comparison else "unverifiable"})
    return bars[:12]


def race_tables(claims: Iterable[Claim], comparisons: Iterable[Comparison],
                words: Mapping[str, str], lang: str,
                aliases: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """One table per race and area, in the order they first appear on the page. A table for an
    area inside a race (a regency in a governor race) names its race in `parent` (the index of
    the race's own table, or None when the page gives no race-wide figures)."""
    claims, by_claim = list(claims), {c.claim: c for c in comparisons}
    aliases = aliases or {}
    titles, places = _names(claims, words)
    groups: dict[tuple, list[int]] = {}
    for index, claim in enumerate(claims):
        key = (_race_key(claim), claim.region_code or claim.region_name)
        groups.setdefault(key, []).append(index)
    # Race-wide tables first, then their areas, each in page order.
    order = sorted(groups, key=lambda k: (list(groups).index(k) if k[1] == k[0][2] else
                                          len(groups) + list(groups).index(k)))
    tables: list[dict[str, Any]] = []
    race_index: dict[tuple, int] = {}
    for key in order[:60]:
        race, area = key
        pairs = [(claims[i], by_claim.get(i)) for i in groups[key]]
        compared = [c for _, c in pairs if c is not None]
        graded = [(cl, co) for cl, co in pairs if co is not None and co.status != "unverifiable"]
        status = figures_status(compared)
        reasons = Counter(co.reason for _, co in pairs if co is not None and co.reason)
        # The tier a reader cares about is that of the candidates' figures, not of progress.
        # The picture's figures (shares when the page gives them) set the tier shown with it.
        bars = _bars(pairs, aliases)
        drawn = bars[0]["kind"] if bars else "share"
        ranked = sorted(graded, key=lambda p: (p[0].kind == "progress", p[0].kind != drawn))
        first = ranked[0][1] if ranked else None
        is_area = area != race[2] and area is not None
        name = (words["race_area"].format(area=places.get(area, area), race=titles[race])
                if is_area else titles[race])
        if not is_area:
            race_index[race] = len(tables)
        pages = [co.official_page for _, co in pairs if co is not None and co.official_page]
        page = pages[0] if pages else None
        rows = [_row(cl, co, words, lang, aliases) for cl, co in pairs][:200]
        for row in rows:  # a row names its page only where it is not the table's
            row["own_page"] = row["official_page"] if row["official_page"] != page else None
        tables.append({
            "race": name, "status": status, "status_text": words.get(f"status_{status}", status),
            "parent": race_index.get(race) if is_area else None,
            "area": places.get(area, area) if is_area else "",
            "tier": words.get(f"tier_{first.tier}", first.tier) if first else "",
            "as_of": when_words(first.as_of, lang) if first else "",
            "source": first.source if first else "",
            "headline": _quoted(graded, words) +
            _headline(name, status, graded, words, lang, reasons, aliases, first),
            "official_page": page,
            "bars": bars,
            "rows": rows,
        })
    return tables
