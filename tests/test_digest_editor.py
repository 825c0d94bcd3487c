"""Issue 13, item 7: a digest an editor acts on. One headline sentence (id and en), the pages in
the order to act on them (new impostors, changed figures, new sites, gone offline), one name per
pair, WIB times, thumbnails of rendered pages, an Atom feed beside the files, alert bodies with
the headline, old -> new figures and the digest link, and a crawl log that ends on its final
count."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime, timezone

from PIL import Image

from builders import context, snapshot
from loopback import RESULTS_PAGE
from checker.analyse.pipeline import check_snapshot
from checker.crawl.digest import build_digest, pair_names
from checker.crawl.digest_files import render_digest, worded, write_digest
from checker.crawl.headline import headline
from checker.crawl.notify import alert_text
from checker.models import Rendering
from checker.report import codec as reportcodec
from checker.report.formats import ui
from checker.store.crawls import CheckRow

ATOM = "{http://www.w3.org/2005/Atom}"
FAKE_PAGE = RESULTS_PAGE.replace("<title>", "<title>Situs Resmi KPU ")


def _report(url, html=RESULTS_PAGE, shot: bytes | None = None):
    report = check_snapshot(snapshot(url, html), context())
    if shot:
        report = replace(report, rendering=Rendering(
            html=html, screenshot=shot, rendered_at=datetime(2024, 12, 8, tzinfo=timezone.utc),
            browser="Chromium", finished=True, requests=0))
    return report


def _row(crawl, url, report=None, **kw):
    values = dict(url=url, host=url.split("/")[2], crawl=crawl)
    if report is not None:
        values.update(label=report.label, figures_status=report.figures_status, http_status=200,
                      final_url=url, report=reportcodec.dumps(report))
    values.update(kw)
    return CheckRow(**values)


def _png(width=800, height=1600) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def _news(shot=None):
    """Crawl 2 against crawl 1: a new impostor (rendered), a page whose DKI figures moved, a new
    unofficial site, a page that now answers 404."""
    moved = _report("https://moved.example/")
    later = _report("https://moved.example/", RESULTS_PAGE.replace("50,07", "57,07")
                    .replace("39,40", "32,40"))
    fake = _report("https://kpu-go.id.example/", FAKE_PAGE, shot)
    old = [_row("1", "https://moved.example/", moved), _row("1", "https://gone.example/", moved)]
    new = [_row("2", "https://gone.example/", http_status=404),
           _row("2", "https://baru.example/", moved),
           _row("2", "https://moved.example/", later),
           _row("2", "https://kpu-go.id.example/", fake)]
    decoded = lambda rows: {r.url: r.report and reportcodec.loads(r.report) for r in rows}  # noqa
    reports = decoded(new)
    d = build_digest({"id": "2", "started_at": "2024-12-08T03:00:00+00:00",
                      "finished_at": "2024-12-08T03:05:00+00:00"}, new, reports,
                     {"id": "1", "started_at": "2024-12-07T03:00:00+00:00",
                      "finished_at": "2024-12-07T03:04:00+00:00"}, old, decoded(old),
                     {"moved.example", "gone.example"})
    return d, reports


def test_the_digest_opens_with_one_sentence_in_each_language():
    d, _ = _news()
    assert fake_label() == "impostor"
    assert headline(d, ui("id")) == ("1 situs baru meniru KPU; 1 situs mengubah angka DKI "
                                     "Jakarta; 1 situs baru; 1 situs tidak bisa diakses lagi")
    assert headline(d, ui("en")) == ("1 new site imitates KPU; 1 site changed its figures for "
                                     "DKI Jakarta; 1 new site; 1 site went offline")
    md, html = render_digest(d, "md", "id"), render_digest(d, "html", "en")
    assert md.split("\n")[2] == ("**1 situs baru meniru KPU; 1 situs mengubah angka DKI Jakarta; "
                                 "1 situs baru; 1 situs tidak bisa diakses lagi.**")
    assert '<p class="headline">1 new site imitates KPU;' in html
    # Before the act-on list come no other sections.
    assert html.index('class="headline"') < html.index('class="act"') < html.index("<table")


def fake_label():
    return _report("https://kpu-go.id.example/", FAKE_PAGE).label


def test_a_quiet_crawl_says_so_and_a_first_crawl_says_what_it_checked():
    d, _ = _news()
    quiet = dict(d, new_sites=[], changes=[], offline=[], act=[])
    assert headline(quiet, ui("id")).startswith("Tidak ada yang berubah sejak perayapan")
    assert headline(dict(quiet, previous=None), ui("en")) == "First crawl: 4 pages checked"


def test_pages_come_in_the_order_an_editor_acts_on_them():
    d, _ = _news()
    assert [(a["why"], a["host"]) for a in d["act"]] == [
        ("impostor", "kpu-go.id.example"), ("figures", "moved.example"),
        ("new", "baru.example"), ("offline", "gone.example")]
    md = render_digest(d, "md", "id")
    first = md.index("## Tindak lanjuti lebih dulu (4)")
    assert first < md.index("## Jumlah per label")
    order = [md.index(x, first) for x in ("1. **Situs baru meniru KPU:** https://kpu-go.id",
                                          "2. **Angkanya berubah:** https://moved.example/",
                                          "3. **Situs baru:** https://baru.example/",
                                          "4. **Tidak bisa diakses lagi:** https://gone.example/")]
    assert order == sorted(order)
    assert "DKI Jakarta · Pramono-Rano \\(persentase\\): 50,07% → 57,07%" in md


def test_a_page_that_turns_into_an_impostor_comes_first_and_is_said_so():
    d, _ = _news()
    before = _report("https://moved.example/")
    fake = _report("https://moved.example/", FAKE_PAGE)
    rows_old = [_row("1", "https://moved.example/", before)]
    rows_new = [_row("2", "https://moved.example/", fake)]
    turned = build_digest({"id": "2", "started_at": "2024-12-08T03:00:00+00:00"}, rows_new,
                          {"https://moved.example/": fake}, {"id": "1", "started_at": "x"},
                          rows_old, {"https://moved.example/": before}, {"moved.example"})
    assert [(a["why"], a["turned"]) for a in turned["act"]] == [("impostor", True)]
    assert headline(turned, ui("id")) == "1 situs kini meniru KPU"
    assert headline(turned, ui("en")) == "1 site now imitates KPU"


def test_a_pair_has_one_name_in_the_whole_digest():
    b = _report("https://b.example/", RESULTS_PAGE.replace("50,07", "57,07")
                .replace("39,40", "32,40"))
    # Page a names the pairs as KPU files them (the record's spelling, as a JSON feed copies it).
    full = {"Pramono-Rano": "Dr. Ir. PRAMONO ANUNG WIBOWO, M.M. - H. RANO KARNO, S.IP.",
            "Ridwan Kamil-Suswono": "H. MOCHAMAD RIDWAN KAMIL, S.T. - Ir. H. SUSWONO, M.M.A."}
    a = replace(b, claims=tuple(replace(c, candidate_name=full.get(c.candidate_name,
                                                                   c.candidate_name))
                                for c in b.claims))
    assert {c.candidate_name for c in a.claims} & set(full.values())
    names = pair_names([a, b])
    assert "Pramono-Rano" in names.values()
    # The press's short name, as a page wrote it, wins over one derived from the record's.
    assert "Ridwan Kamil-Suswono" in names.values() and "Ridwan-Suswono" not in names.values()
    assert not any(n.isupper() or "," in n for n in names.values())
    rows = [_row("1", "https://a.example/", a), _row("1", "https://b.example/", b)]
    d = build_digest({"id": "1", "started_at": "x"}, rows, {"https://a.example/": a,
                                                           "https://b.example/": b})
    pairs = {(x["region"], x["candidate"]) for x in d["discrepancies"]}
    assert pairs and all(name in names.values() for _, name in pairs)
    # Alone, the record's spelling is shortened as the press writes it.
    assert set(pair_names([a]).values()) >= {"Pramono-Rano"}


def test_rendered_pages_get_a_thumbnail_in_the_html_digest():
    d, reports = _news(_png())
    html = render_digest(d, "html", "id", reports=reports)
    assert html.count('<img src="data:image/jpeg;base64,') == 1
    assert 'alt="Tangkapan layar halaman saat diperiksa"' in html
    thumb = html.split('src="data:image/jpeg;base64,')[1].split('"')[0]
    import base64
    with Image.open(io.BytesIO(base64.b64decode(thumb))) as image:
        assert image.size == (240, 180)  # the top of the page, not its whole length
    # A screenshot that does not decode is no thumbnail, and no failure.
    d2, broken = _news(b"\x89PNG\r\n\x1a\nnot really")
    assert "data:image/jpeg" not in render_digest(d2, "html", "id", reports=broken)


def test_digest_times_are_wib_in_every_section():
    d, _ = _news()
    for lang, mark in (("id", "8 Des 2024 10.00 WIB"), ("en", "8 Dec 2024 10:00 WIB")):
        for fmt in ("md", "html"):
            text = render_digest(d, fmt, lang)
            assert mark in text and "+00:00" not in text and "T03:00" not in text


def test_the_atom_feed_is_written_beside_the_digest_and_keeps_earlier_crawls(tmp_path):
    d, reports = _news()
    rules = context().rules
    write_digest(tmp_path, d, reports, rules, "id", digest_url="https://redaksi.example/dg/")
    again = dict(d, crawl={"id": "3", "started_at": "2024-12-08T04:00:00+00:00",
                           "finished_at": "2024-12-08T04:05:00+00:00"})
    write_digest(tmp_path, again, reports, rules, "id", digest_url="https://redaksi.example/dg/")
    write_digest(tmp_path, again, reports, rules, "id", digest_url="https://redaksi.example/dg/")
    root = ET.parse(tmp_path / "feed.xml").getroot()
    entries = root.findall(ATOM + "entry")
    assert [e.findtext(ATOM + "id") for e in entries] == ["urn:cekresmi:crawl:3",
                                                          "urn:cekresmi:crawl:2"]
    first = entries[0]
    assert first.findtext(ATOM + "title").startswith("1 situs baru meniru KPU")
    assert first.findtext(ATOM + "updated") == "2024-12-08T04:05:00Z"
    assert first.find(ATOM + "link").get("href") == "https://redaksi.example/dg/digest.html"
    assert "Situs baru meniru KPU: https://kpu-go.id.example/" in first.findtext(ATOM + "summary")
    html = (tmp_path / "digest.html").read_text("utf-8")
    assert 'type="application/atom+xml" href="feed.xml"' in html


def test_the_feed_escapes_what_pages_bring(tmp_path):
    from checker.crawl.feed import atom

    text = atom([{"id": "urn:x", "title": "<script>&\x07", "link": "a?b=1&c=<2>",
                  "updated": "2024-12-08T04:05:00Z", "summary": "]]> <b>"}],
                title="t", feed_id="urn:f", self_link="feed.xml", alternate="digest.html",
                lang="id")
    root = ET.fromstring(text)  # well-formed although a control character came in
    node = root.find(ATOM + "entry")
    assert node.findtext(ATOM + "title") == "<script>&\ufffd"
    assert "<script>" not in text and node.find(ATOM + "link").get("href") == "a?b=1&c=<2>"


def test_alert_bodies_open_with_the_headline_and_end_with_the_digest_link():
    d, _ = _news()
    title, body = alert_text(d, "id", None, "https://redaksi.example/dg/digest.html")
    lines = body.split("\n")
    assert title == "cekresmi: " + lines[0][:-1]
    assert lines[0].startswith("1 situs baru meniru KPU;")
    assert lines[1].startswith("- Situs baru meniru KPU: https://kpu-go.id.example/")
    assert "  DKI Jakarta · Pramono-Rano (persentase): 50,07% -> 57,07%" in lines
    assert lines[-1] == "Ringkasan lengkap: https://redaksi.example/dg/digest.html"
    _, english = alert_text(d, "en", None, "https://redaksi.example/dg/digest.html")
    assert english.startswith("1 new site imitates KPU;")
    assert "Full digest: https://redaksi.example/dg/digest.html" in english
    assert "impostor ->" not in english and "figures_status" not in english


def test_worded_digest_keeps_the_data_digest_untouched():
    d, _ = _news()
    before = repr(d)
    worded(d, "id")
    assert repr(d) == before


def test_a_crawl_log_ends_on_its_final_count(capsys):
    from checker.cli.crawl_run import _Progress

    with _Progress("id") as progress:
        progress({"event": "start", "done": 0, "queued": 5, "errors": 0})
        for done in range(1, 6):
            progress({"event": "result", "done": done, "queued": 5, "errors": 1})
    lines = capsys.readouterr().err.strip().split("\n")
    assert lines[0] == "diperiksa 0/5, galat 0"
    assert lines[-1] == "diperiksa 5/5, galat 1"
