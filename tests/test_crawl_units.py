"""Crawl building blocks without a crawl: the store's keys, the report codec, the digest's
comparison, discovery, watch-list files, durations, alerts (to a loopback webhook only)."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from builders import context, snapshot
from loopback import LoopbackServer
from checker.report import codec as reportcodec
from checker.cli.main import cli
from checker.cli.crawl import parse_duration, read_watchlist
from checker.store.crawls import CheckRow, CrawlStore, QueueItem, WatchEntry
from checker.crawl.digest import build_digest, has_news, slug
from checker.crawl.discover import follow, looks_electoral
from checker.errors import CheckError
from checker.crawl.notify import parse_targets, send
from checker.analyse.pipeline import check_snapshot
from loopback import RESULTS_PAGE


@pytest.fixture()
def store(tmp_path):
    with CrawlStore(tmp_path / "db.sqlite3") as s:
        yield s


def _report(url="https://hasil-pilkada.pages.dev/", html=RESULTS_PAGE):
    return check_snapshot(snapshot(url, html), context())


def _row(crawl, url, report=None, **kw):
    values = dict(url=url, host=url.split("/")[2], crawl=crawl)
    if report is not None:
        values.update(label=report.label, figures_status=report.figures_status, http_status=200,
                      final_url=url, report=reportcodec.dumps(report))
    values.update(kw)
    return CheckRow(**values)


def test_report_codec_round_trips_every_value():
    report = _report()
    again = reportcodec.loads(reportcodec.dumps(report))
    assert again == report
    assert again.claims and type(again.claims[0].value) is type(report.claims[0].value)
    assert dict(again.findings[0].evidence) == dict(report.findings[0].evidence)


def test_report_codec_never_builds_other_classes():
    with pytest.raises(ValueError):
        reportcodec.loads('{"$dc": "Popen", "v": {"args": "ls"}}')


def test_store_keeps_one_result_per_crawl_and_url(store):
    crawl, resumed = store.open_crawl([QueueItem("https://a.example/"),
                                       QueueItem("https://b.example/")])
    assert not resumed and [i.url for i in store.pending(crawl)] == ["https://a.example/",
                                                                      "https://b.example/"]
    link = QueueItem("https://a.example/x", 1, "same_site", "https://a.example/")
    stored, new = store.record(crawl, _row(crawl, "https://a.example/", _report()), b"<p>",
                               [link])
    assert stored and new == [link]
    # The same result again (a resumed crawl, another Redis process) changes nothing.
    stored, new = store.record(crawl, _row(crawl, "https://a.example/", error="timeout"), None,
                               [link])
    assert not stored and new == []
    assert [r.label for r in store.rows(crawl)] == ["unofficial"]
    assert [i.url for i in store.pending(crawl)] == ["https://b.example/", "https://a.example/x"]
    # A killed crawl is still unfinished: the next run resumes it, seeds added once.
    again, resumed = store.open_crawl([QueueItem("https://b.example/")])
    assert again == crawl and resumed
    assert store.counts(crawl) == {"queued": 3, "done": 1, "errors": 0}
    store.finish(crawl)
    fresh, resumed = store.open_crawl([QueueItem("https://b.example/")])
    assert fresh != crawl and not resumed


def test_store_keeps_each_page_body_once(store):
    crawl, _ = store.open_crawl([QueueItem("https://a.example/")])
    report = _report()
    row = _row(crawl, "https://a.example/", report, body_sha256="ab" * 32)
    store.record(crawl, row, b"page bytes")
    assert store.body("ab" * 32) == b"page bytes"


def test_watchlist_add_list_remove(store):
    store.watch_add([WatchEntry("https://a.example/", "note"), WatchEntry("https://b.example/")])
    store.watch_add([WatchEntry("https://a.example/", "", True)])  # override kept, note kept
    assert [(e.url, e.note, e.ignore_robots) for e in store.watch_list()] == [
        ("https://a.example/", "note", True), ("https://b.example/", "", False)]
    assert store.watch_remove("https://b.example/") and not store.watch_remove("https://b.example/")


def test_watchlist_files_plain_and_csv(tmp_path):
    plain = tmp_path / "list.txt"
    plain.write_text("# pantauan\ndata-pemilu.pages.dev/gubernur viral di WA\n\n"
                     "https://kpu.go.id.co/\n", "utf-8")
    assert [(e.url, e.note) for e in read_watchlist(str(plain))] == [
        ("https://data-pemilu.pages.dev/gubernur", "viral di WA"), ("https://kpu.go.id.co/", "")]
    table = tmp_path / "list.csv"
    table.write_text('url,note,ignore_robots\nhttps://a.example/,"catatan, panjang",ya\n', "utf-8")
    assert read_watchlist(str(table)) == [WatchEntry("https://a.example/", "catatan, panjang",
                                                     True)]
    table.write_text("url,note\njavascript:alert(1),x\n", "utf-8")
    with pytest.raises(CheckError) as err:
        read_watchlist(str(table))
    assert err.value.code == "watchlist_bad_line" and err.value.params["line"] == 2


def test_watch_commands(tmp_path):
    db = str(tmp_path / "db.sqlite3")
    runner = CliRunner()
    out = runner.invoke(cli, ["watch", "add", "kpu.go.id.co", "--note", "mirip KPU", "--db", db])
    assert out.exit_code == 0, out.output
    out = runner.invoke(cli, ["watch", "list", "--db", db])
    assert "https://kpu.go.id.co/\tmirip KPU" in out.output
    out = runner.invoke(cli, ["watch", "remove", "kpu.go.id.co", "--db", db, "--lang", "en"])
    assert "Removed from the watch-list" in out.output
    out = runner.invoke(cli, ["watch", "add", "ftp://x", "--db", db])
    assert out.exit_code == 2 and "Traceback" not in out.output


def test_durations():
    assert parse_duration("30m") == 1800 and parse_duration("1h30m") == 5400
    for bad in ("", "30", "soon", "5x"):
        with pytest.raises(ValueError):
            parse_duration(bad)


def test_discovery_follows_same_site_and_electoral_outbound_links_only():
    links = [("https://hasil.example/page2", "berikutnya"),
             ("https://kpu-realcount.vercel.app/", "lihat"),          # a KPU lookalike
             ("https://berita.example/x", "Real count Pilgub DKI terbaru"),  # result words
             ("https://resep.example/", "Resep nasi goreng"),          # unrelated
             ("https://pilkada2024.kpu.go.id/", "KPU"),                # KPU itself
             ("https://kawalpemilu.org/", "KawalPemilu"),              # known source
             ("javascript:alert(1)", "x")]
    found = follow("https://hasil.example/", links, 0, 1, context())
    assert [(i.url, i.kind, i.depth) for i in found] == [
        ("https://hasil.example/page2", "same_site", 1),
        ("https://kpu-realcount.vercel.app/", "outbound", 1),
        ("https://berita.example/x", "outbound", 1)]
    assert follow("https://hasil.example/", links, 1, 1, context()) == []
    assert looks_electoral("https://hasil-pilkada-2024.pages.dev/", "", context())


def _digest(old, new, old_reports, new_reports, hosts_before=frozenset()):
    return build_digest({"id": "2", "started_at": "b", "finished_at": "c"}, new, new_reports,
                        {"id": "1", "started_at": "a", "finished_at": "a"}, old, old_reports,
                        hosts_before)


def test_digest_shows_exactly_what_changed():
    same = _report("https://same.example/")
    moved = _report("https://moved.example/")
    moved_later = _report("https://moved.example/", RESULTS_PAGE.replace("50,07", "57,07")
                          .replace("39,40", "32,40"))
    blog = _report("https://blog.example/", "<html><title>Blog</title><p>hai</p></html>")
    old = [_row("1", "https://same.example/", same), _row("1", "https://moved.example/", moved),
           _row("1", "https://blog.example/", blog)]
    new = [_row("2", "https://same.example/", same),
           _row("2", "https://moved.example/", moved_later),
           _row("2", "https://blog.example/", error="connect_failed",
                error_params={"host": "blog.example", "reason": "refused"}),
           _row("2", "https://baru.example/", _report("https://baru.example/"))]
    reports = lambda rows: {r.url: r.report and reportcodec.loads(r.report) for r in rows}  # noqa
    d = _digest(old, new, reports(old), reports(new),
                {"same.example", "moved.example", "blog.example"})
    assert [c["url"] for c in d["changes"]] == ["https://moved.example/"]
    change = d["changes"][0]
    assert change["what"] == ["figures_status", "figures"]
    assert change["old"]["figures_status"] == "consistent"
    assert {(f["candidate"], f["old"], f["new"]) for f in change["figures"]} == {
        ("Pramono-Rano", "50.07", "57.07"), ("Ridwan Kamil-Suswono", "39.40", "32.40")}
    assert [o["url"] for o in d["offline"]] == ["https://blog.example/"]
    assert [s["host"] for s in d["new_sites"]] == ["baru.example"]
    assert d["discrepancies"][0]["url"] == "https://moved.example/"
    assert d["discrepancies"][0]["magnitude"] == "7.00"
    counts = {v["label"]: (v["count"], v["previous"]) for v in d["verdicts"]}
    assert counts["unofficial"] == (3, 2) and counts["no_claims"] == (0, 1)
    assert has_news(d)
    quiet = _digest(old, [replace(r, crawl="2") for r in old], reports(old), reports(old),
                    {"same.example", "moved.example", "blog.example"})
    assert not has_news(quiet) and quiet["changes"] == []


def test_slugs_are_plain_file_names():
    assert slug(7, "kpu.go.id.co") == "0007-kpu.go.id.co"
    assert slug(1, "../../etc/passwd") == "0001-etc-passwd"
    assert "/" not in slug(2, "a/b\\c")


class _Hook:
    def __init__(self):
        self.bodies = []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                hook.bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(204)
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook?token=rahasia"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def test_alerts_go_only_when_something_changed():
    hook = _Hook()
    try:
        targets = parse_targets([f"webhook={hook.url}"])
        report = _report()
        rows = [_row("1", "https://hasil.example/", report)]
        news = build_digest({"id": "1", "started_at": "a", "finished_at": "b"}, rows,
                            {"https://hasil.example/": report})
        results = send(targets, news, "en")
        assert [error for _, error in results] == [None]
        assert "rahasia" not in results[0][0]  # secrets in a hook URL are never printed
        body = hook.bodies[0]
        assert body["schema"] == "cekresmi.alert/1" and body["new_sites"][0]["label"] == "unofficial"
        quiet = build_digest({"id": "2", "started_at": "c", "finished_at": "d"}, rows,
                             {"https://hasil.example/": report}, {"id": "1", "started_at": "a",
                                                                   "finished_at": "b"}, rows,
                             {"https://hasil.example/": report}, {"hasil.example"})
        assert send(targets, quiet, "en") == [] and len(hook.bodies) == 1
    finally:
        hook.close()


def test_alert_targets_are_checked():
    for bad in ("slack", "webhook=ftp://x", "pager=https://x"):
        with pytest.raises(CheckError):
            parse_targets([bad])


def test_every_crawl_error_code_has_words_and_every_command_is_documented():
    import re
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent.parent
    words = yaml.safe_load((root / "reports" / "errors.yaml").read_text("utf-8"))["errors"]
    sources = [*root.glob("checker/crawl/*.py"), *root.glob("checker/cli/crawl*.py"),
               root / "checker" / "crawl" / "notify.py", root / "checker" / "crawl" / "digest_files.py",
               *root.glob("spiders/*.py")]
    codes = {c for p in sources for c in re.findall(r'CheckError\(\s*"(\w+)"', p.read_text("utf-8"))}
    codes |= {"robots_disallowed", "analysis_failed"}  # raised through error_for / analysis
    assert codes - set(words) == set()
    for code in codes:
        assert list(words[code]) == ["id", "en"], code
    readme = (root / "README.md").read_text("utf-8")
    for command in (("watch", "add"), ("watch", "list"), ("watch", "remove"),
                    ("watch", "import"), ("crawl",), ("digest",)):
        result = CliRunner().invoke(cli, [*command, "--help"])
        assert result.exit_code == 0 and len(result.output) > 100, command
        assert "cekresmi " + " ".join(command) in readme, command


def test_digest_outputs_defuse_hostile_pages(tmp_path):
    from checker.crawl.digest_files import render_digest, write_digest

    evil = "<script>alert(1)</script>=HYPERLINK(\"http://x\")"
    report = _report("https://evil.example/", RESULTS_PAGE.replace(
        "<title>Real Count Pilkada 2024</title>", f"<title>Real Count {evil}</title>"))
    row = _row("1", "https://evil.example/", report)
    digest = build_digest({"id": "1", "started_at": "a", "finished_at": "b"}, [row],
                          {row.url: report})
    for lang in ("id", "en"):
        html = render_digest(digest, "html", lang)
        assert "<script>alert" not in html and "&lt;script&gt;" in html
        md = render_digest(digest, "md", lang)
        assert "<script>" not in md
    digest["sites"][0]["title"] = "=HYPERLINK(1)"
    assert "'=HYPERLINK" in render_digest(digest, "csv")
    page = write_digest(tmp_path / "out", digest, {row.url: report}, context().rules, "en")
    assert page.is_file() and (tmp_path / "out" / "sites" / "0001-evil.example.html").is_file()


def test_download_failures_get_the_check_error_codes():
    from scrapy import Request
    from scrapy.exceptions import IgnoreRequest
    from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TimeoutError
    from twisted.python.failure import Failure

    from spiders.middlewares import Refused
    from spiders.snapshots import error_for

    def code(exc):
        failure = Failure(exc)
        failure.request = Request("http://a.example/")
        return error_for(failure, "http://a.example/", "a.example", 15, 1000).code

    assert code(DNSLookupError("x")) == "dns_failed"
    assert code(ConnectionRefusedError()) == "connect_failed"
    assert code(TimeoutError()) == "timeout"
    assert code(IgnoreRequest("Forbidden by robots.txt")) == "robots_disallowed"
    assert code(Refused(CheckError("address_refused", host="a", address="10.0.0.1"))) == \
        "address_refused"
    assert code(ValueError("odd")) == "protocol_error"


def test_digest_without_crawls_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["digest", "--db", str(tmp_path / "db.sqlite3"),
                                      "--lang", "en"])
    assert result.exit_code == 2 and "No crawl has finished yet" in result.output


def test_apprise_targets_need_the_optional_extra_and_bad_schedules_are_refused(tmp_path):
    import importlib.util

    report = _report()
    rows = [_row("1", "https://hasil.example/", report)]
    news = build_digest({"id": "1", "started_at": "a", "finished_at": "b"}, rows,
                        {"https://hasil.example/": report})
    if importlib.util.find_spec("apprise") is None:
        [(shown, error)] = send(parse_targets(["apprise=tgram://123:abc/456"]), news, "en")
        assert error.code == "apprise_missing" and "abc" not in shown
    result = CliRunner().invoke(cli, ["crawl", "--every", "soon", "--db",
                                      str(tmp_path / "db.sqlite3")])
    assert result.exit_code == 2 and "30m" in result.output
    result = CliRunner().invoke(cli, ["crawl", "--db", str(tmp_path / "db.sqlite3"),
                                      "--lang", "en"])
    assert result.exit_code == 2 and "watch-list is empty" in result.output


# --- the crawl's guard: one Vetter per crawler (spiders/middlewares.py) ----------------------

class _Crawler:
    def __init__(self, **guard):
        from scrapy.settings import Settings

        from spiders.middlewares import GUARD_SETTING, guard_setting

        self.settings = Settings({GUARD_SETTING: guard_setting(**guard)})


def test_the_crawl_guard_vets_once_pins_and_shares_one_vetter():
    import asyncio

    from scrapy import Request
    from twisted.internet import reactor

    from spiders.middlewares import GuardMiddleware, PinnedResolver, Refused, vetter_for

    crawler = _Crawler(allow_private=False, allowed_networks=["127.0.0.1/32"],
                       resolve={"site.example": "127.0.0.1", "inner.example": "127.0.0.3"})
    guard, resolver = GuardMiddleware.from_crawler(crawler), PinnedResolver.from_crawler(
        crawler, reactor)
    assert guard.vetter is vetter_for(crawler)

    def outcome(url):
        try:
            return asyncio.run(guard.process_request(Request(url)))
        except Refused as exc:
            return exc.error.code

    assert outcome("http://site.example:8080/") is None
    assert outcome("http://inner.example/") == "address_refused"  # loopback, not allowed
    assert outcome("http://127.0.0.2/") == "address_refused"
    assert outcome("http://[::1]:80/") == "address_refused"
    assert outcome("ftp://site.example/") == "bad_scheme"
    seen = []
    resolver.getHostByName("SITE.example.").addCallback(seen.append)
    assert seen == ["127.0.0.1"]  # the vetted address, never a fresh lookup
    failed = []
    resolver.getHostByName("inner.example").addErrback(failed.append)
    assert failed  # never vetted through: refused, not looked up
    # Two crawlers, two guards: nothing kept in module globals.
    other = _Crawler(allow_private=True)
    assert vetter_for(other) is not vetter_for(crawler) and vetter_for(other).allow_private


def test_rendered_sub_requests_are_fetched_through_the_crawl_vetter_every_hop_included():
    import asyncio

    from checker.errors import CheckError
    from spiders.capture import CrawlRenderer
    from spiders.middlewares import vetter_for

    crawler = _Crawler(allow_private=False, allowed_networks=["127.0.0.1/32"],
                       resolve={"site.example": "127.0.0.1"})
    renderer = CrawlRenderer(vetter_for(crawler), None, "cekresmi-test/1")
    with LoopbackServer({"/secret": (200, {"Content-Type": "text/plain"}, "s")},
                        host="127.0.0.2") as inner, \
            LoopbackServer({"/data.json": (302, {"Location": inner.url("/secret")}, ""),
                            "/ok.json": (200, {"Content-Type": "application/json"}, "{}")}
                           ) as outer:
        from checker.retrieve.capture import LiveSource

        source = LiveSource(renderer.fetch_config, vetter=renderer.vetter)
        with pytest.raises(CheckError) as refused:
            asyncio.run(source.get(f"http://site.example:{outer.port}/data.json", {}))
        assert refused.value.code == "address_refused"
        assert inner.hits == []  # the redirect's target was never asked
        served = asyncio.run(source.get(f"http://site.example:{outer.port}/ok.json", {}))
        assert (served.status, served.body) == (200, b"{}")
    assert renderer.fetch_config.user_agent == "cekresmi-test/1"


def test_a_rendered_report_is_stored_with_its_rendering():
    from datetime import datetime, timezone

    from checker.models import Rendering

    report = _report()
    rendered = replace(report, rendering=Rendering(
        html="<p>x</p>", screenshot=b"\x89PNG", rendered_at=datetime.now(timezone.utc),
        browser="Chromium 1", finished=True, requests=2, isolation="netns"))
    again = reportcodec.loads(reportcodec.dumps(rendered))
    assert again.findings == report.findings
    assert again.rendering == rendered.rendering


def test_watch_remove_finds_an_entry_listed_before_urls_were_normalised(tmp_path):
    from checker.store.crawls import CrawlStore, WatchEntry

    db = str(tmp_path / "db.sqlite3")
    with CrawlStore(db) as store:
        store.watch_add([WatchEntry("https://kpu.go.id.co", "lama", False)])
    out = CliRunner().invoke(cli, ["watch", "remove", "kpu.go.id.co", "--db", db])
    assert out.exit_code == 0, out.output
    with CrawlStore(db) as store:
        assert store.watch_list() == []


def _worded_digest(lang="id"):
    from checker.crawl.digest_files import render_digest

    moved = _report("https://moved.example/")
    later = _report("https://moved.example/", RESULTS_PAGE.replace("50,07", "57,07")
                    .replace("39,40", "32,40"))
    old = [_row("1", "https://moved.example/", moved, note="situs tiruan dari grup WA")]
    new = [_row("2", "https://moved.example/", later, note="situs tiruan dari grup WA"),
           _row("2", "https://hilang.example/", later, http_status=404)]
    reports = lambda rows: {r.url: r.report and reportcodec.loads(r.report) for r in rows}  # noqa
    d = build_digest({"id": "2", "started_at": "2024-12-08T03:00:00+00:00",
                      "finished_at": "2024-12-08T03:05:00+00:00"}, new, reports(new),
                     {"id": "1", "started_at": "2024-12-07T03:00:00", "finished_at": None},
                     old, reports(old), {"moved.example"})
    return d, render_digest(d, "md", lang), render_digest(d, "html", lang)


def test_a_404_is_counted_offline_not_as_no_claims():
    d, md, _ = _worded_digest()
    counts = {v["label"]: v["count"] for v in d["verdicts"]}
    assert counts["unofficial"] == 1 and sum(counts.values()) == 1
    assert d["totals"]["offline"] == 1


def test_digest_times_are_in_wib_and_notes_are_shown():
    _, md, html = _worded_digest("id")
    assert "8 Des 2024 10.00 WIB" in md and "8 Des 2024 10.00 WIB" in html
    assert "7 Des 2024 10.00 WIB" in md and "T03:00" not in md
    assert "situs tiruan dari grup WA" in md
    assert "8 Dec 2024 10:00 WIB" in _worded_digest("en")[1]


def test_digest_share_differences_are_points_and_votes_are_whole():
    from checker.crawl.digest_files import _num, _worded

    d, md, _ = _worded_digest("id")
    worded = _worded(d, "id", None)
    shares = [x for x in worded["discrepancies"] if x["kind"] == "share"]
    assert shares and all(x["difference_text"].endswith(" poin persentase") for x in shares)
    en = _worded(d, "en", None)
    assert all(x["difference_text"].endswith(" pp") for x in en["discrepancies"]
               if x["kind"] == "share")
    words = {"dg_missing": "-"}
    assert _num("152235.00", "id", words, "votes") == "152.235"
    assert _num("152235", "en", words, "votes") == "152,235"
    assert _num("50.07", "id", words, "share") == "50,07"


def test_digest_figures_without_a_pair_are_labelled():
    from checker.crawl.digest_files import _worded

    d, _, _ = _worded_digest("id")
    d["changes"][0]["figures"].append({"kind": "progress", "region": "DKI JAKARTA",
                                       "candidate": "", "old": "90.00", "new": "100.00"})
    worded = _worded(d, "id", None)
    rows = [f["who"] for f in worded["changes"][0]["figures"]]
    assert "data masuk" in rows and all(rows)


def test_alert_bodies_are_in_the_language_with_old_and_new_figures_and_the_link():
    from checker.crawl.notify import alert_text

    d, _, _ = _worded_digest()
    title, body = alert_text(d, "id", None, "/srv/digest/digest.html")
    assert "50,07% -> 57,07%" in body and "Pramono-Rano" in body
    assert "/srv/digest/digest.html" in body
    assert "figures_status" not in body and "unofficial" not in body
    _, english = alert_text(d, "en", None, "/srv/digest/digest.html")
    assert "50.07% -> 57.07%" in english and english != body
