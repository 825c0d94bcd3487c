"""More context-stress snippets (benchmarks/stressed.py), kinds news pages carry that the first
set lacked. Our own words around real figures: the shipped record's (another province's
governor race, another race's kecamatan table) or other dev pages' annotated figures (seats,
turnout and voter lists, an earlier election of the page's own candidate), never the page's
own races' results.

    seats         a party's DPRD/DPR seats, written as the page's pair's backers' strength
    other_gov     another province's governor race, in the paragraph of the page's last figure
    turnout       another area's participation and DPT (voter list) count
    past_self     the page's own candidate's earlier result ("Pada Pilpres 2019, Prabowo ...")
    survey        a survey's electability share of the page's own pair before the vote (no
                  result: the share is the pair's record share moved by a few points, as
                  surveys miss; graded as a result it is a false flag)
    kec_table     a kecamatan table of another province's governor race (heading and rows)
    inline_baca   a "Baca Juga:" headline inside the flow of a paragraph holding a figure
"""

from __future__ import annotations

import re
from decimal import Decimal

import accuracy
from stress_words import pct, place, race_label, short, value_text, votes

KINDS = ("seats", "other_gov", "turnout", "past_self", "survey", "kec_table", "inline_baca")
_PAST = {"pilkada2020": "Pilkada 2020", "pilkada2018": "Pilkada 2018",
         "pilkada2017": "Pilkada 2017", "pemilu2019": "Pilpres 2019"}
_LABEL = {"pilkada2024": "Pilkada 2024", "pemilu2024": "Pemilu 2024", **_PAST}
__all__ = ["KINDS", "insert", "snippet", "wide_pool"]


def wide_pool(pages) -> list[dict]:
    """Other dev pages' annotated seats, turnout and DPT figures (real values, not marked
    wrong, of a stated area), which stressed._annotated_pool (pairs' counts and shares) leaves
    out."""
    return [dict(f, slug=page.slug) for page in pages for f in page.truth.get("figures", [])
            if f.get("kind") in ("seats", "turnout", "dpt") and f.get("accurate") is not False
            and not f.get("quoted_hoax") and (f.get("region_code") or f.get("race_region"))]


def _provinces(page) -> set:
    return {(f.get("race_region") or f.get("region_code") or "")[:2]
            for f in page.truth.get("figures", [])} - {""}


def _names(page) -> set:
    """The words (4 letters or more) of the page's own candidates' written names."""
    return {w.lower() for f in page.truth.get("figures", []) if f.get("election") in
            ("pilkada2024", "pemilu2024") for w in re.findall(r"[A-Za-z']{4,}",
                                                             f.get("candidate") or "")}


def _own_pairs(page, record) -> list:
    """The record's candidates of the page's own races (a 2024 race the record holds)."""
    out = []
    for f in page.truth.get("figures", []):
        kind = accuracy.RACE_KIND.get(f.get("race") or "")
        if kind and f.get("election") in ("pilkada2024", "pemilu2024") and \
                f.get("race_region") is not None:
            race = record.race_for(f["election"], kind, f["race_region"])
            if race is not None and race not in [r for r, _ in out]:
                out += [(race, c) for c in record.candidates_of(race) if not c.is_empty_box]
    return out


def _other_governor(page, record, rng, races, pick) -> tuple | None:
    provinces = _provinces(page)
    governors = [r for r in races if r.kind == "governor" and r.region[:2] not in provinces]
    return pick(record, page, rng, governors) if governors else None


def _seats(page, record, rng, pool, from_pool) -> tuple:
    f = from_pool(pool, page, rng, lambda f: f.get("kind") == "seats" and f.get("candidate")
                  and f.get("race") in ("dpr", "dprd")
                  and f.get("election") in ("pemilu2019", "pemilu2024"))
    if f is None:
        return "", [], ""
    where = place(record, f.get("region_code") or f.get("race_region") or "")
    house = "DPR RI" if f["race"] == "dpr" else f"DPRD {where}".strip()
    n = int(Decimal(f["value"]))
    year = {"pemilu2019": "2019"}.get(f.get("election"), "2024")  # the seats' own election
    return (f"<p>Salah satu partai pengusung, {f['candidate']}, pada Pemilu {year} lalu meraih "
            f"{n} kursi di {house}.</p>", [f], "after_last")


def _turnout(page, record, rng, pool, from_pool) -> tuple:
    f = from_pool(pool, page, rng, lambda f: f.get("kind") == "turnout"
                  and f.get("region_code") and f.get("election") in _LABEL)
    if f is None:
        return "", [], ""
    where = place(record, f["region_code"]) or "daerah itu"
    dpt = [g for g in pool if g["slug"] == f["slug"] and g.get("kind") == "dpt"
           and g.get("region_code") == f["region_code"] and g.get("election") == f["election"]]
    text = (f"<p>Tingkat partisipasi pemilih di {where} pada {_LABEL[f['election']]} tercatat "
            f"{pct(Decimal(f['value']))} persen")
    if dpt:
        text += f" dari {votes(Decimal(dpt[0]['value']))} pemilih yang terdaftar dalam DPT"
    return text + ".</p>", [f] + dpt[:1], "after_last"


def _past_self(page, record, rng, pool, from_pool) -> tuple:
    names = _names(page)
    if not names:
        return "", [], ""
    f = from_pool(pool, page, rng, lambda f: f.get("election") in _PAST and f.get("race") in
                  ("president", "governor", "regent", "mayor") and names & {
                      w.lower() for w in re.findall(r"[A-Za-z']{4,}", f["candidate"])})
    if f is None:
        return "", [], ""
    where = place(record, f.get("region_code") or f.get("race_region") or "")
    at = f" di {where}" if where else ""
    return (f"<p>Ini bukan kali pertama ia bertarung. Pada {_PAST[f['election']]}, "
            f"{f['candidate']} memperoleh {value_text(f)}{at}.</p>", [f], "after_last")


def _survey(page, record, rng) -> tuple:
    pairs = _own_pairs(page, record)
    if not pairs:
        return "", [], ""
    race, pair = rng.choice(pairs)
    result = record.best(race, race.region)
    share = result.share(pair.id) if result is not None else None
    if share is None:
        return "", [], ""
    moved = max(Decimal("1.5"), round(share + Decimal(rng.choice((-6, -4, -3, 3, 4, 6))), 1))
    month = "Januari 2024" if race.election == "pemilu2024" else "Oktober 2024"
    figure = {"election": race.election, "race": {"regent_mayor": "regent"}.get(race.kind,
                                                                               race.kind),
              "race_region": race.region, "region_code": race.region,
              "nomor_urut": pair.nomor_urut, "kind": "share", "value": str(moved),
              "accurate": False}
    return (f"<p>Sebelum pemungutan suara, survei elektabilitas sebuah lembaga pada {month} "
            f"menempatkan {short(pair.name)} di angka {str(moved).replace('.', ',')} "
            f"persen.</p>", [figure], "after_last")


def _kec_table(page, record, rng, races, pick, figures_of) -> tuple:
    picked = _other_governor(page, record, rng, races, pick)
    if picked is None:
        return "", [], ""
    race = picked[0]
    kabs = [r for r in record.children(race.region)]
    for kab in rng.sample(kabs, len(kabs)):
        kecs = [k for k in record.children(kab.code)][:3]
        results = [(k, record.best(race, k.code)) for k in kecs]
        results = [(k, r) for k, r in results if r is not None and r.total]
        if len(results) < 2:
            continue
        pairs = [c for c in record.candidates_of(race) if not c.is_empty_box][:2]
        head = "".join(f"<th>{short(c.name)}</th>" for c in pairs)
        rows, figs = [], []
        for kec, result in results:
            cells = "".join(f"<td>{votes(result.votes.get(c.id, 0))}</td>" for c in pairs)
            rows.append(f"<tr><td>{kec.name.title()}</td>{cells}</tr>")
            for c in pairs:
                if c.id in result.votes:
                    figs += figures_of(race, kec.code, result, c, ("votes",))
        return (f"<h3>Hasil {race_label(race, race.region, record)} di "
                f"{place(record, kab.code)} per Kecamatan</h3><table><tr><th>Kecamatan</th>"
                f"{head}</tr>{''.join(rows)}</table>", figs, "end")
    return "", [], ""


def snippet(kind, page, record, rng, races, pool, helpers) -> tuple[str, list, str]:
    """(html, figures, where) as stressed._snippet gives them; `pool` is (pairs' figures,
    wide_pool's); `helpers` lends stressed's pickers."""
    pick, from_pool, figures_of, headline = helpers
    pool, wide = pool
    if kind == "seats":
        return _seats(page, record, rng, wide, from_pool)
    if kind == "turnout":
        return _turnout(page, record, rng, wide, from_pool)
    if kind == "past_self":
        return _past_self(page, record, rng, pool, from_pool)
    if kind == "survey":
        return _survey(page, record, rng)
    if kind == "kec_table":
        return _kec_table(page, record, rng, races, pick, figures_of)
    if kind == "other_gov":
        picked = _other_governor(page, record, rng, races, pick)
        if picked is None:
            return "", [], ""
        race, area, result, pair = picked
        figs = figures_of(race, area, result, pair, ("votes", "share"))
        return (f" Adapun di {race_label(race, area, record)} yang digelar serentak, "
                f"{short(pair.name)} meraih {figs[0]['text']} suara atau {figs[1]['text']} "
                f"persen.", figs, "in_last_p")
    if kind == "inline_baca":
        title, figs = headline(record, page, rng, races)
        return (f' <strong>Baca Juga: <a href="/berita/9">{title}</a></strong> ', figs,
                "in_paragraph") if figs else ("", [], "")
    return "", [], ""


def insert(html: str, page, snippet_html: str, where: str, rng) -> str | None:
    """'in_last_p': a sentence at the end of the paragraph of the page's last figure;
    'in_paragraph': between two sentences of a paragraph holding a figure (after the figure)."""
    lower = html.lower()
    spots = []
    for f in page.truth.get("figures", []):
        at = html.find(f["text"])
        end = lower.find("</p>", at) if at >= 0 else -1
        if end < 0:
            continue
        if where == "in_last_p":
            # A sentence closes a paragraph of prose; a list set in lines ("Sulton : 8.363<br>")
            # takes none on its last line.
            if "<br" not in lower[lower.rfind("<p", 0, at):end]:
                spots.append(end)
            continue
        stop = re.compile(r"\.\s+(?=[A-Z])").search(html, at + len(f["text"]), end)
        if stop is not None and "<" not in html[at:stop.end()]:
            spots.append(stop.end())
    if not spots:
        return None
    at = max(spots) if where == "in_last_p" else rng.choice(sorted(set(spots)))
    return html[:at] + snippet_html + html[at:]
