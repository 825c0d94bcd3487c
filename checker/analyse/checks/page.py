"""Checks on what the page says: does it show results, does it claim to be KPU, does it only
cite KPU. Identity checks never run on KPU's own hosts, nor on an archive's copy of a KPU
page (KPU branding there is KPU's)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from checker.errors import CheckError
from checker.analyse.page import normalise
from checker.analyse.hosts import is_under, parse_url
from checker.analyse.checks import Param, register, tallies
from checker.analyse.checks.common import speaks_as_kpu
from checker.figures.months import MONTH


def _claims(hits):
    return [h for h in hits if not h.negated]


# Right after a result phrase, the date it is due: "Hasil Resmi Diumumkan 15 Desember 2024",
# "hasil resmi akan diumumkan pada 15 Desember" announce when the result comes (a schedule),
# they state none (corpus noresult-pintasan-jadwal-rekapitulasi-pilkada-15-desember). "Hasil
# Resmi Diumumkan: Pramono-Rano Menang" gives no date there and stays a result.
_DUE = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:akan\s+|baru\s+)?(?:diumumkan|dijadwalkan|ditetapkan|"
                  r"keluar|diumumkan\s+kpu)\s+(?:keluar\s+)?(?:pada\s+)?(?:tanggal\s+)?"
                  r"\d{1,2}\s+" + MONTH, re.IGNORECASE)
# Right before it, the plenary being held: "KPU Basel Gelar Rapat Pleno Terbuka Hasil Pilkada
# 2024" names the meeting it is held on, as "Rapat Pleno Rekapitulasi Suara" does (the process
# phrases), and states no result (corpus noresult-satuarahnews-kpu-basel-pleno-kabupaten).
# "Pleno Hasil Pilkada: Dico-Ali Ditetapkan" reports no meeting being held and stays a result.
_MEETING = re.compile(r"(?<!\w)(?:gelar|menggelar|digelar|buka|membuka|dibuka|laksanakan|"
                      r"melaksanakan|dilaksanakan|jadwalkan|menjadwalkan)\s+(?:rapat\s+)?pleno"
                      r"(?:\s+terbuka)?(?:\s+(?:penetapan|rekapitulasi))?\s*$")


def _still_to_come(hit) -> bool:
    """The headline phrase names what is still to come: the date the result is due after it
    (_DUE), or the plenary being held on it before it (_MEETING)."""
    excerpt = normalise(hit.excerpt)
    at = excerpt.find(normalise(hit.phrase))
    return at >= 0 and bool(_DUE.search(excerpt[at + len(normalise(hit.phrase)):])
                            or _MEETING.search(excerpt[:at]))


def _evidence(hits, limit: int = 3) -> dict:
    return {"phrases": sorted({h.phrase for h in hits})[:limit],
            "where": sorted({h.where for h in hits}),
            "excerpt": hits[0].excerpt if hits else ""}


@register("result_claims", params={"min_figures": Param(int, 2, low=0)})
def result_claims(page, ctx, params):
    """Shows election results: a strong result phrase in the title or a heading, or result
    phrases on a page with figures (a percentage, "2.181.939 suara"). A weak word ("menang",
    "unggul", "TPS") counts only on a page about an election and right next to a figure (or
    in a heading): "resep ini menang lomba" on a recipe blog that also says "lemak 10 persen"
    is not a result."""
    hits = _claims(page.result_hits)
    voc = ctx.rules.vocabulary
    strong = _normalised(voc.result_strong)
    # "Rapat Pleno Rekapitulasi Suara" as a headline is news of a step, not a result.
    process = _normalised(voc.result_process)
    headline = [h for h in hits if h.where != "text" and h.phrase in strong - process
                and not _still_to_come(h)]
    counted = [h for h in hits if h.phrase in strong
               or page.election_words and (h.near_figures or h.where != "text")]
    # Candidate figures read from the page (checker/figures/claims.py) are results by themselves.
    candidate_figures = [c for c in page.claims if c.kind in ("share", "votes")
                         and (c.candidate_id or c.candidate_name or c.nomor_urut)]
    stated = _stated_results(page, voc) + tallies.shown_tallies(page)
    if headline and not (page.figure_count or candidate_figures or stated) \
            and _explains(page, voc):
        headline = []   # "Apa Itu Hitung Cepat": the topic of an explainer, no count given
    if headline or candidate_figures or stated or (
            counted and page.figure_count >= params["min_figures"]):
        evidence = _evidence(headline or counted)
        if not evidence["phrases"] and (candidate_figures or stated):
            evidence = _figure_evidence((candidate_figures + stated)[0])
        yield {**evidence, "figures": page.figure_count,
               "claims": len(candidate_figures) + len(stated)}
    elif page.election_words and (won := tallies.areas_won(page.text, voc.negations)):
        yield {"phrases": won[:3], "where": ["text"], "excerpt": won[0],
               "figures": page.figure_count, "claims": len(won)}


def _figure_evidence(first) -> dict:
    """No result phrase on the page: the first figure's own words are the evidence, so the
    finding never quotes an empty phrase ('klaim hasil pemilu (""; ...)')."""
    excerpt = first if isinstance(first, str) else first.excerpt  # a tally line, or a claim's
    words = " ".join(excerpt.split())
    quote = words if len(words) <= 80 else words[:80].rsplit(" ", 1)[0] + "\u2026"
    return {"phrases": [quote], "where": ["text"], "excerpt": excerpt}


def _explains(page, voc) -> bool:
    """The title or a heading explains a result phrase ("Apa Itu Hitung Cepat dan Mengapa
    Penting"): the page is about counting, and says nothing of a count's outcome by itself."""
    words = _words(tuple(voc.result_explainers))
    return bool(words) and any(words.search(normalise(place))
                               for place in (page.title, *page.headings))


@lru_cache(maxsize=16)
def _normalised(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalise(p) for p in phrases)


def _stated_results(page, voc) -> list:
    """The figures a fact-check quotes but states itself as what the official source shows
    ("Pantauan di situs resmi KPU ... menunjukkan data masuk 73,37%"): the page's own result
    claims, unless the same sentence gives them as the hoax's ("diklaim", "narasi")."""
    sources = _words(tuple(voc.stated_sources))
    hoax = _words(tuple(voc.hoax_attributions))
    if sources is None:
        return []
    from checker.figures.hoax_figures import hoax_s

    stated = [c for c in page.quoted if c.kind in ("share", "votes", "progress")
              and sources.search(normalise(c.excerpt))
              and not (hoax and hoax.search(normalise(c.excerpt)))]
    # A pair's figure that neither its sentence nor its count gives as the post's is the
    # debunk's own report ("Pada saat itu Prabowo-Gibran berada di angka 58,04 persen": the
    # pollster's real count the page sets against the doctored screen).
    quoted = list(page.quoted)
    theirs = hoax_s(quoted, tuple(voc.hoax_attributions), tuple(voc.hoax_corrections),
                    page.prose)
    own = [c for i, c in enumerate(quoted) if i not in theirs and c.kind in ("share", "votes")
           and (c.candidate_id or c.nomor_urut) and c not in stated]
    return stated + own


@lru_cache(maxsize=8)
def _words(phrases: tuple[str, ...]):
    if not phrases:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(normalise(p)) for p in phrases)
                      + r")(?!\w)")


@register("disclaimer")
def disclaimer(page, ctx, params):
    hits = [h for h in page.result_hits + page.claim_hits if h.negated]
    if hits:
        yield _evidence(hits)


@register("client_rendered", params={"max_text": Param(int, 400, low=0)})
def client_rendered(page, ctx, params):
    """An app shell: scripts, little text, no figures. What a reader sees is drawn later by
    JavaScript (data-pemilu.pages.dev was one), so the static HTML under-reports. Judged on
    the HTML as served, also when the page was rendered."""
    page = page.static or page
    if not page.is_html or page.script_count == 0 or page.figure_count:
        return
    if page.app_shell or len(page.text) < params["max_text"]:
        yield {"scripts": page.script_count, "text_chars": len(page.text)}


@register("self_claim")
def self_claim(page, ctx, params):
    if speaks_as_kpu(page, ctx):
        return
    # Only where the page speaks for itself (Page.identity_hits): a news story inside an
    # <article> saying "pantau di laman resmi KPU" reports about KPU (issue 10 §2). And
    # "mengunjungi situs resmi KPU", "tersedia di situs resmi KPU": pointing readers to KPU's
    # site is the opposite of claiming to be it (cites_kpu reports those).
    hits = [h for h in _claims(page.identity_hits) if not h.reference]
    if hits:
        yield _evidence(hits)


_FILLER = frozenset("hasil resmi terbaru terkini update live online data indonesia ri nasional "
                    "serentak tahun situs website portal web".split())
_YEAR = re.compile(r"(?:19|20)\d\d")


def _names_page(place: str, phrase: str, ctx) -> bool:
    """Is `place` (a title segment, a heading, a site name) just a name built on `phrase`?
    "Real Count KPU Pilkada 2024" names a page; "Sirekap KPU: Pramono-Rano Unggul 50,07
    Persen" and "Real Count KPU Pilkada Bali, Koster-Giri Unggul" are headlines that cite
    KPU (issue 10 §2). A name adds only election words, years and generic words, and at most
    one other word (a region: "Real Count KPU Jateng")."""
    rest = place.replace(phrase, " ", 1)
    if re.search(r"[:,;!?]", rest):
        return False
    election = set(ctx.rules.vocabulary.election_words)
    others = [w for w in re.findall(r"[\w.-]+", rest)
              if w not in _FILLER and w not in election and not _YEAR.fullmatch(w)]
    return len(others) <= 1 and not any(ch.isdigit() for w in others for ch in w)


def _headline_places(page) -> list[str]:
    places = _segments(page.title) + _segments(page.og_title)
    return places + [normalise(h) for h in page.headings[:3] if h not in page.section_headings]


@register("headline_claim")
def headline_claim(page, ctx, params):
    """"Real Count KPU" as the page's own name: its declared site name, or a whole title
    segment or top heading that is the phrase plus election words. A news headline that
    reports KPU's count cites KPU (cites_kpu lists it) and does not fire."""
    if speaks_as_kpu(page, ctx):
        return
    hits = _claims(page.headline_hits)
    places = _headline_places(page) + list(page.site_names)
    named = [h for h in hits
             if any(h.phrase in place and _names_page(place, h.phrase, ctx) for place in places)]
    if named:
        yield _evidence(named)


def headline_citations(page, ctx) -> list:
    """Headline phrases ("Real Count KPU") that cite KPU rather than name the page."""
    places = _headline_places(page) + list(page.site_names)
    return [h for h in _claims(page.headline_hits)
            if not any(h.phrase in p and _names_page(p, h.phrase, ctx) for p in places)]


def _segments(title: str) -> list[str]:
    return [s.strip() for s in re.split(r"\s+[|\-–—:·•»]\s+|[|–—·•»]", normalise(title))
            if s.strip()]


def _compact(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


@lru_cache(maxsize=16)
def _topical(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Election and result words, as whole words and squeezed ("RealCount2024")."""
    words = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(normalise(p)) for p in phrases)
                       + r")(?!\w)")
    return words, tuple(c for c in map(_compact, phrases) if len(c) >= 5)


def _names_itself(page, ctx, segments: list[str], names) -> bool:
    """Does the title also give the page its own, non-KPU name? Either a segment equal to the
    declared og:site_name ("KPU - Suara Surabaya"), or one carrying the site's own domain
    name ("... - Wikipedia bahasa Indonesia", "... - Radar Bogor" on radarbogor.id) that does
    not describe results or an election ("KPU RI | Hasil Pilkada 2024" on hasil-pilkada.net
    and "KPU RI | RealCount2024" on realcount2024.com describe; they do not name). Then a KPU
    segment or <h1> is the topic, not the brand. The two cases cannot be told apart by the
    title alone; a declared site name that is not also in the title does not count, so adding
    og:site_name is not enough to hide "KPU RI" branding."""
    voc = ctx.rules.vocabulary
    words, squeezed = _topical(voc.election_words + voc.result_strong)
    declared = {_compact(n) for n in page.site_names if not any(k.fullmatch(n) for k in names)}
    label = _compact(page.final.domain)
    for segment in segments:
        if any(k.fullmatch(segment) for k in names):
            continue
        compact = _compact(segment)
        if compact and compact in declared:
            return True
        if len(label) >= 4 and label in compact and not words.search(segment) \
                and not any(w in compact for w in squeezed):
            return True
    return False


@lru_cache(maxsize=8)
def _compiled(patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(n, re.IGNORECASE) for n in patterns]


@register("kpu_branding")
def kpu_branding(page, ctx, params):
    """KPU's name as the page's own name: og:site_name, a whole title segment or one of the
    first <h1>-<h3> ("KPU RI | Real Count"). "KPU Tetapkan Hasil..." is a headline about KPU;
    a tag page "KPU - Suara Surabaya" or "Komisi Pemilihan Umum - Wikipedia" is about KPU too."""
    if speaks_as_kpu(page, ctx):
        return
    names = _compiled(ctx.rules.vocabulary.kpu_names)
    segments = _segments(page.title) + _segments(page.og_title)
    places = [("site_name", s) for s in page.site_names]
    if not _names_itself(page, ctx, segments, names):
        places += [("title", s) for s in segments]
        places += [("heading", h) for h in page.headings[:2]]
    for where, value in places:
        if any(n.fullmatch(value) for n in names):
            yield {"where": where, "value": value[:200]}
            return


@register("kpu_logo", params={"pattern": Param(str, r"(?<![a-z])kpu(?![a-z])")})
def kpu_logo(page, ctx, params):
    if speaks_as_kpu(page, ctx):
        return
    pattern = re.compile(params["pattern"], re.IGNORECASE)
    for logo in page.logos:
        if pattern.search(logo):
            yield {"logo": logo[:300]}
            return


@lru_cache(maxsize=4)
def _host_mention(domains: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(d) for d in domains)
    return re.compile(r"(?<![\w.-])(?:[a-z0-9-]+\.)*(?:" + names + r")(?![\w-]|\.[\w-])")


_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")
_TRIES = 20


def _mentioned_hosts(text: str, domains: tuple[str, ...]) -> list[str]:
    """The first three of _host_mention's matches (its finditer tried the look-behind at every
    character: 0.6 ms of a 20 KB news page). A match is a run of host characters ending in a
    domain, so it is tried only where the run holding a domain written opens (inside a run
    the look-behind fails); after _TRIES such runs (hostile), the plain way."""
    pattern, found, cursor = _host_mention(domains), [], 0
    written = {d: text.find(d) for d in domains}  # each domain's next place, from the cursor
    for _ in range(_TRIES):
        written = {d: at if at >= cursor else text.find(d, cursor) for d, at in written.items()}
        written = {d: at for d, at in written.items() if at >= 0}
        if not written or len(found) == 3:
            return found
        start = first = min(written.values())
        while start > cursor and text[start - 1] in _HOST_CHARS:
            start -= 1
        match = pattern.match(text, start)
        if match is not None:
            found.append(match.group(0))
        cursor = match.end() if match is not None else first + 1
    return found + [m.group(0) for m in islice(pattern.finditer(text, cursor), 3 - len(found))]


@register("cites_kpu")
def cites_kpu(page, ctx, params):
    """Naming KPU as the source ("sumber: KPU", a link to kpu.go.id, or KPU's address written
    out: data-pemilu.pages.dev said "Data diambil dari Sirekap (pilkada2024.kpu.go.id)") is
    not impersonation."""
    if speaks_as_kpu(page, ctx):
        return
    # Reporting counts as citing: "di situs resmi KPU" inside an article when the page never
    # speaks as KPU itself, and "Real Count KPU" in a news headline.
    own = [h for h in _claims(page.identity_hits) if not h.reference]
    reported = [h for h in _claims(page.claim_hits) if h.reference or not own]
    hits = _claims(page.citation_hits) + reported + headline_citations(page, ctx)
    linked = _mentioned_hosts(page.text, ctx.rules.kpu_domains)
    for href, _text in page.links:
        try:
            host = parse_url(href).host
        except CheckError:
            continue
        if any(is_under(host, d) for d in ctx.rules.kpu_domains):
            linked.append(href)
    if hits or linked:
        links = sorted(set(linked))[:3]
        evidence = _evidence(hits)
        # One list for the message: the phrases and the KPU addresses the page points to.
        yield {**evidence, "links": links, "cited": evidence["phrases"] + links}


@register("pilkada_count", params={"election_words": Param([str], ()),
                                  "count_phrases": Param([str], ()),
                                  "presidential_words": Param([str], ())})
def pilkada_count(page, ctx, params):
    """KPU publishes no real count or quick count for the Pilkada (KPU statement, 28 Nov 2024);
    a Pilkada "real count" is someone else's count, whatever it says. On KPU's own hosts the
    words are KPU speaking about counts (often to say it publishes none), so it is skipped."""
    if speaks_as_kpu(page, ctx):
        return
    words = set(params["election_words"])
    counts = set(params["count_phrases"])
    if page.claims and not any(c.election == "pilkada2024" for c in page.claims):
        return  # the figures are the Pilpres' (or an earlier election's): no Pilkada count
    head = normalise(" ".join((page.title, *page.headings)))
    presidential = [w for w in params["presidential_words"] if _word_in(w, head)]
    if presidential and not any(_word_in(w, head) for w in words):
        return  # "Real Count KPU Pilpres 2024 ... Anies, mantan gubernur DKI": not a Pilkada
    hits = [h for h in _claims(page.result_hits) if h.phrase in counts]
    if hits and words & set(page.election_words):
        yield _evidence(hits)


def _word_in(word: str, text: str) -> bool:
    # `in` first: the pattern opens with a look-behind, tried at every character.
    return word in text and _word(word).search(text) is not None


@lru_cache(maxsize=256)
def _word(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")


@register("not_html")
def not_html(page, ctx, params):
    if not page.is_html:
        yield {"content_type": page.content_type or "-"}


@register("http_error")
def http_error(page, ctx, params):
    if page.status >= 400:
        yield {"status": page.status}
