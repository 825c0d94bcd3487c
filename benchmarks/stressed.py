"""Context stress (issue 10, precision first): real news pages carry context the corpus pages
rarely combine, and each piece is a chance to flag an accurate figure. For each dev page,
one snippet at a time is written into an in-memory copy of its page and the copy is checked
again the way accuracy.py checks pages. The snippets are our own words around REAL figures of
OTHER races: the shipped record's (the best result the record holds, its basis and moment
stated) or other dev pages' annotated figures (an earlier election, a quick count, a
legislative race), never the page's own races.

    baca_juga     a "Baca juga:" teaser after the paragraph holding a figure
    related       a "Berita Terkait" list of two headlines at the end of the article
    sidebar       a "Terpopuler" aside of two headlines at the end of the body
    other_region  a paragraph with a second region's pair, votes and share
    past          a paragraph recalling an earlier election's figure (same region preferred)
    legislative   a DPR/DPRD paragraph with a party's or member's votes
    quick_count   a quick count's share (the page's own race preferred: beside the plenary)
                  (these four after the paragraph of the page's last figure: the story's own
                  figures told, the page turns to other races)
    dateline      another city's dateline opening the first paragraph
    byline        an author line with a date, a time and a reading count
    (and the kinds of benchmarks/stress_more.py: seats, other_gov, turnout, past_self,
    survey, kec_table, inline_baca)

Counted per snippet: (a) the page's own annotated accurate figures whose claims turn
discrepant/minor (or refuted) that were not before, (b) the page's own figures some claim named
exactly before and none names after, (c) new flagged claims that are no own figure: on a
snippet figure attributed to its own race (the comparison is wrong), on a snippet figure
attributed elsewhere (`misattributed`), or on no snippet figure (`stray`: a date, a count of
readers). Deterministic: one random.Random per (seed, page, kind). Nothing is written to disk.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

import accuracy
import stress_more
from planted import _check_html, _status
from stress_words import basis, pct, place, race_label, short, value_text, votes

KINDS = ("baca_juga", "related", "sidebar", "other_region", "past", "legislative",
         "quick_count", "dateline", "byline") + stress_more.KINDS
_PAST = {"pilkada2020": "Pilkada 2020", "pilkada2018": "Pilkada 2018",
         "pilkada2017": "Pilkada 2017", "pemilu2019": "Pilpres 2019"}
# When a page with no publication date would have been written, for its byline.
_WRITTEN = {"pilkada2024": "Kamis, {day} Desember 2024", "pemilu2024": "Kamis, {day} Februari 2024",
            "pemilu2019": "Selasa, {day} Mei 2019", "pilkada2020": "Kamis, {day} Desember 2020",
            "pilkada2018": "Jumat, {day} Juli 2018", "pilkada2017": "Senin, {day} Februari 2017"}
_HELD = {"pemilu2024": date(2024, 2, 14), "pilkada2024": date(2024, 11, 27),
         "pemilu2019": date(2019, 4, 17), "pilkada2020": date(2020, 12, 9),
         "pilkada2018": date(2018, 6, 27), "pilkada2017": date(2017, 2, 15)}
__all__ = ["KINDS", "Stress", "stress_pages", "summary"]


@dataclass
class Stress:
    slug: str
    kind: str
    snippet: str
    own_flagged: list = field(default_factory=list)    # (a)
    own_lost: list = field(default_factory=list)       # (b)
    snippet_flags: list = field(default_factory=list)  # (c): (where, text)


def _own_races(page) -> set:
    return {(f.get("election"), accuracy.RACE_KIND.get(f.get("race") or ""), f.get("race_region"))
            for f in page.truth.get("figures", [])}


def _page_day(page) -> date:
    """When the page was written: its publication date, else the day of the newest election
    its figures are of (a page cannot quote a race held after it was written)."""
    if page.meta.get("published"):
        return date.fromisoformat(page.meta["published"][:10])
    held = [_HELD[f["election"]] for f in page.truth.get("figures", [])
            if f.get("election") in _HELD]
    return max(held, default=_HELD["pilkada2024"])


def _record_pick(record, page, rng: random.Random, races) -> tuple | None:
    """(race, area, result, pair): another race of the record with a result the page could
    have quoted when it was written, one of the page's province if any; before the Pilkada,
    the Pilpres in another area (a province, or a kabupaten of the page's province)."""
    own = _own_races(page)
    regions = {r for _, _, r in own if r} | {f.get("region_code") for f in
                                              page.truth.get("figures", []) if f.get("region_code")}
    day = _page_day(page)
    if day >= _HELD["pilkada2024"]:
        spots = [(r, r.region) for r in races if r.election == "pilkada2024"
                 and (r.election, r.kind, r.region) not in own and r.region not in regions]
    elif day >= _HELD["pemilu2024"] + timedelta(days=2):
        president = [r for r in races if r.election == "pemilu2024"]
        areas = [code for code in sorted(record.regions) if code not in regions and
                 len(code) in (2, 4)] if president else []
        spots = [(president[0], code) for code in areas]
    else:
        return None
    near = [s for s in spots if any(s[1][:2] == g[:2] for g in regions)]
    for race, area in rng.sample(near, len(near)) + rng.sample(spots, min(len(spots), 30)):
        result = record.best(race, area, before=datetime.combine(day, time(23, 59),
                                                                  timezone.utc))
        pairs = [c for c in record.candidates_of(race) if not c.is_empty_box]
        if result is None or not pairs or not result.total:
            continue
        pair = max(pairs, key=lambda c: result.votes.get(c.id, 0)) if rng.random() < 0.6 \
            else rng.choice(pairs)
        if pair.id not in result.votes:
            continue
        return race, area, result, pair
    return None


def _figures_of(race, area, result, pair, kinds=("votes", "share", "progress")) -> list[dict]:
    race_name = {"regent_mayor": "regent"}.get(race.kind, race.kind)
    base = {"election": race.election, "race": race_name, "race_region": race.region,
            "region_code": area, "nomor_urut": pair.nomor_urut, "accurate": True}
    out = []
    if "votes" in kinds:
        out.append(dict(base, kind="votes", value=str(result.votes[pair.id]),
                        text=votes(result.votes[pair.id])))
    if "share" in kinds:
        share = round(result.share(pair.id), 2)
        out.append(dict(base, kind="share", value=str(share), text=pct(share)))
    if "progress" in kinds and result.tier == "sirekap" and result.progress is not None:
        done = round(result.progress, 2)
        out.append(dict(base, kind="progress", value=str(done), text=pct(done), nomor_urut=None))
    return out


def _headline(record, page, rng, races) -> tuple[str, list]:
    picked = _record_pick(record, page, rng, races)
    if picked is None:
        return "", []
    race, area, result, pair = picked
    label, name = race_label(race, area, record), short(pair.name)
    if rng.random() < 0.5:
        figs = _figures_of(race, area, result, pair, ("share",))
        return f"{name} Unggul {figs[0]['text']} Persen di {label}", figs
    figs = _figures_of(race, area, result, pair, ("votes",))
    return f"Hasil {label}: {name} Raih {figs[0]['text']} Suara", figs


def _annotated_pool(pages) -> list[dict]:
    """Other dev pages' annotated figures fit to quote: a real value (not marked wrong),
    a written pair or party name, a count or share."""
    pool = []
    for page in pages:
        for f in page.truth.get("figures", []):
            name = f.get("candidate") or ""
            if (f.get("accurate") is False or f.get("kind") not in ("votes", "share")
                    or f.get("quoted_hoax") or not re.fullmatch(r"[A-Za-z' .,\-–&]{4,50}", name)
                    or re.search(r"(?i)paslon|nomor|pasangan|each", name)):
                continue
            pool.append(dict(f, slug=page.slug))
    return pool


def _from_pool(pool, page, rng, test) -> dict | None:
    own = _own_races(page)
    day = _page_day(page)
    fits = [f for f in pool if f["slug"] != page.slug and test(f)
            and _HELD.get(f.get("election"), date.max) <= day]
    regions = {r for _, _, r in own if r}
    same = [f for f in fits if f.get("race_region") in regions or f.get("region_code") in regions]
    foreign = [f for f in fits if (f.get("election"), accuracy.RACE_KIND.get(f.get("race") or ""),
                                   f.get("race_region")) not in own]
    for choice in (same, foreign):
        if choice:
            return rng.choice(choice)
    return None


def _snippet(kind, page, record, rng, races, pool, wide=()) -> tuple[str, list, str]:
    """(html, figures, where): where is 'after_figure', 'after_last', 'end', 'body_end',
    'first_p' or 'top'."""
    if kind == "baca_juga":
        title, figs = _headline(record, page, rng, races)
        return (f'<p><strong>Baca juga:</strong> <a href="/berita/1">{title}</a></p>', figs,
                "after_figure") if figs else ("", [], "")
    if kind in ("related", "sidebar"):
        items, figs = [], []
        for _ in range(2):
            title, got = _headline(record, page, rng, races)
            if got:
                items.append(f'<li><a href="/berita/{len(items) + 2}">{title}</a></li>')
                figs += got
        if not items:
            return "", [], ""
        if kind == "related":
            return f'<div class="related"><h3>Berita Terkait</h3><ul>{"".join(items)}</ul></div>', \
                figs, "end"
        return f'<aside class="sidebar"><h4>Terpopuler</h4><ol>{"".join(items)}</ol></aside>', \
            figs, "body_end"
    if kind == "other_region":
        # "Meanwhile in another race" is written beside this year's results, not in a
        # page about an earlier election.
        if not any(e in ("pilkada2024", "pemilu2024") for e, _, _ in _own_races(page)):
            return "", [], ""
        picked = _record_pick(record, page, rng, races)
        if picked is None:
            return "", [], ""
        race, area, result, pair = picked
        figs = _figures_of(race, area, result, pair)
        return (f"<p>Sementara itu pada {race_label(race, area, record)}, pasangan nomor urut "
                f"{pair.nomor_urut}, {short(pair.name)}, memperoleh {figs[0]['text']} suara "
                f"atau {figs[1]['text']} persen menurut {basis(result)}.</p>", figs,
                "after_last")
    if kind in ("past", "legislative", "quick_count"):
        test = {"past": lambda f: f.get("election") in _PAST and f.get("race") in
                ("president", "governor", "regent", "mayor"),
                "legislative": lambda f: f.get("race") in ("dpr", "dprd"),
                "quick_count": lambda f: f.get("basis") == "quick_count"}[kind]
        f = _from_pool(pool, page, rng, test)
        if f is None:
            return "", [], ""
        where = place(record, f.get("region_code") or f.get("race_region") or "") or ""
        at = f" di {where}" if where else (" secara nasional" if f.get("race_region") == ""
                                            else "")
        if kind == "past":
            text = (f"<p>Pada {_PAST[f['election']]} lalu, pasangan {f['candidate']} "
                    f"memperoleh {value_text(f)}{at}.</p>")
        elif kind == "legislative":
            house = "DPR RI" if f["race"] == "dpr" else "DPRD"
            text = (f"<p>Adapun untuk pemilihan anggota {house}, {f['candidate']} mengumpulkan "
                    f"{value_text(f)}{at}.</p>")
        else:
            text = (f"<p>Hasil hitung cepat sebuah lembaga survei sebelumnya menempatkan "
                    f"{f['candidate']} di angka {value_text(f)}{at}.</p>")
        return text, [f], "after_last"
    if kind == "dateline":
        own = {r for _, _, r in _own_races(page) if r}
        cities = [r for r in races if r.kind == "regent_mayor" and r.region not in own
                  and place(record, r.region).startswith("Kota ")]
        if not cities:
            return "", [], ""
        city = place(record, rng.choice(cities).region).removeprefix("Kota ").upper()
        return f"<strong>{city}</strong> &ndash; ", [], "first_p"
    if kind == "byline":
        elections = [f.get("election") for f in page.truth.get("figures", [])]
        main = max(_WRITTEN, key=elections.count)
        date = page.meta.get("published") or _WRITTEN[main].format(day=rng.randint(1, 28))
        return (f'<div class="byline">Penulis: Redaksi | {date} | '
                f'{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d} WIB | Dibaca '
                f'{votes(rng.randint(1000, 99999))} kali</div>', [], "top")
    return stress_more.snippet(kind, page, record, rng, races, (pool, wide),
                               (_record_pick, _from_pool, _figures_of, _headline))


def _insert(html: str, page, snippet: str, where: str, rng: random.Random) -> str | None:
    if where in ("in_last_p", "in_paragraph"):
        return stress_more.insert(html, page, snippet, where, rng)
    lower = html.lower()
    if where in ("after_figure", "after_last"):
        # A teaser stands between any two paragraphs; a paragraph on another race closes the
        # story's own figures (put between two items of a list, it would rightly take them).
        spots = []
        for f in page.truth.get("figures", []):
            at = html.find(f["text"])
            end = lower.find("</p>", at) if at >= 0 else -1
            if end >= 0:
                spots.append(end + 4)
        if not spots:
            return None
        at = rng.choice(sorted(set(spots))) if where == "after_figure" else max(spots)
        return html[:at] + snippet + html[at:]
    if where in ("first_p", "top"):
        first = min((html.find(f["text"]) for f in page.truth.get("figures", [])
                     if html.find(f["text"]) >= 0), default=-1)
        start = lower.rfind("<p", 0, first) if first >= 0 else -1
        while start >= 0 and lower[start + 2:start + 3] not in (">", " "):
            start = lower.rfind("<p", 0, start)
        if start < 0:
            return None
        if where == "top":
            return html[:start] + snippet + html[start:]
        open_end = lower.find(">", start) + 1
        return html[:open_end] + snippet + html[open_end:]
    tag = "</article>" if where == "end" and "</article>" in lower else "</body>"
    at = lower.rfind(tag)
    if at < 0:
        return None
    return html[:at] + snippet + html[at:]


def _recalled(result, figure) -> bool:
    return any(accuracy.matches(c, figure) for c in result.report.claims)


def _flag_keys(result) -> set:
    return {(c.kind, str(c.value), c.election, c.race_kind, c.race_region, c.region_code,
             c.nomor_urut) for i, c in enumerate(result.report.claims)
            if accuracy.flagged(result.statuses.get(i))}


def stress_pages(results, context, seed: int = 10, kinds: tuple[str, ...] = KINDS) -> list[Stress]:
    split = accuracy.load_split()
    record = context.official
    dev = [r for r in results if r.part == "dev"]
    pool = _annotated_pool(r.page for r in dev)
    wide = stress_more.wide_pool(r.page for r in dev)
    races = sorted(record.races(), key=lambda r: (r.election, r.kind, r.region))
    out: list[Stress] = []
    for result in dev:
        page = result.page
        figures = page.truth.get("figures", [])
        html = page.html_path.read_text("utf-8")
        before = [_status(result, f) for f in figures]
        recalled = [_recalled(result, f) for f in figures]
        flags_before = _flag_keys(result)
        for kind in kinds:
            rng = random.Random(f"{seed}:{page.slug}:{kind}")
            snippet, figs, where = _snippet(kind, page, record, rng, races, pool, wide)
            copy = _insert(html, page, snippet, where, rng) if snippet else None
            if copy is None:
                continue
            after = _check_html(page, copy, context, split)
            stress = Stress(page.slug, kind, re.sub(r"<[^>]+>", "", snippet)[:160])
            for n, f in enumerate(figures):
                now = _status(after, f)
                if (f.get("accurate") is True and any(s in accuracy.FLAGS or r == accuracy.REFUTED
                                                      for s, r in now)
                        and now != before[n]):
                    stress.own_flagged.append(f"{f['text']!r} {before[n]} -> {now}")
                if recalled[n] and not _recalled(after, f):
                    stress.own_lost.append(repr(f["text"]))
            for i, claim in enumerate(after.report.claims):
                comparison = after.statuses.get(i)
                key = (claim.kind, str(claim.value), claim.election, claim.race_kind,
                       claim.race_region, claim.region_code, claim.nomor_urut)
                if not accuracy.flagged(comparison) or key in flags_before:
                    continue
                if any(accuracy.matches(claim, f) for f in figures):
                    continue  # an own figure: counted in (a) when accurate
                if any(f.get("accurate") is False and accuracy.matches_stated(claim, f)
                       for f in figures):
                    continue  # the page's own wrong figure (a hoax a fact-check refutes)
                said = (f"{claim.kind} {claim.value} el={claim.election} race={claim.race_kind}/"
                        f"{claim.race_region} region={claim.region_code} "
                        f"nomor={claim.nomor_urut} {comparison.status} vs "
                        f"{comparison.official_value} | {claim.excerpt[:60]}")
                if any(accuracy.matches(claim, f) for f in figs):
                    stress.snippet_flags.append(("own race", said))
                elif any(accuracy.same_value(claim.value, f["value"]) and claim.kind == f["kind"]
                         for f in figs):
                    stress.snippet_flags.append(("misattributed", said))
                elif any(f.get("accurate") is not False and f["kind"] == claim.kind
                         and accuracy.same_value(claim.value, f["value"]) for f in figures):
                    stress.own_flagged.append(f"misattributed own figure: {said}")
                else:
                    stress.snippet_flags.append(("stray", said))
            out.append(stress)
    return out


def summary(stresses: list[Stress]) -> dict:
    by_kind = {}
    for kind in KINDS:
        these = [s for s in stresses if s.kind == kind]
        by_kind[kind] = {"inserted": len(these),
                         "own_flagged": sum(len(s.own_flagged) for s in these),
                         "own_lost": sum(len(s.own_lost) for s in these),
                         "snippet_flags": sum(len(s.snippet_flags) for s in these)}
    total = {key: sum(k[key] for k in by_kind.values()) for key in
             ("inserted", "own_flagged", "own_lost", "snippet_flags")}
    return dict(total, pages=len({s.slug for s in stresses}), by_kind=by_kind)
