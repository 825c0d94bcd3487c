"""The batch runner: input order kept, one failure never sinks the others."""

import pytest
from builders import context
from loopback import LoopbackServer

from checker import service as batch
from checker.service import Target, check_targets, parse_target
from checker.errors import CheckError
from checker.retrieve.fetch import FetchConfig


@pytest.mark.parametrize("text,kind,value", [
    ("https://kpu.go.id/", "url", "https://kpu.go.id/"),
    ("data-pemilu.pages.dev/gubernur", "url", "https://data-pemilu.pages.dev/gubernur"),
    ("  pilkada2024.kpu.go.id  ", "url", "https://pilkada2024.kpu.go.id/"),
])
def test_parse_target_urls(text, kind, value):
    assert parse_target(text) == Target(kind, value)


def test_parse_target_existing_file(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<p>x</p>")
    assert parse_target(str(page)) == Target("file", str(page))


@pytest.mark.parametrize("text,code", [
    ("", "target_missing"), ("   ", "target_missing"), ("missing.html", "target_unknown"),
    ("bukan alamat", "target_unknown"), ("./x.warc.gz", "target_unknown"),
    ("javascript:alert(1)", "bad_scheme"), ("ftp://example.org/x", "bad_scheme"),
    ("https://a.org/\x00", "bad_url"), ("x" * 3000 + ".org", "target_too_long"),
])
def test_parse_target_rejects_like_the_web(text, code):
    """The CLI and the web read a pasted address with one parser: the same refusals."""
    from checker.retrieve.targets import parse_url_target

    for parse in (parse_target, parse_url_target):
        with pytest.raises(CheckError) as caught:
            parse(text)
        assert caught.value.code == code


def test_only_the_cli_reads_files(tmp_path, monkeypatch):
    from checker.retrieve.targets import parse_url_target

    (tmp_path / "saved.html").write_text("<p>x</p>")
    monkeypatch.chdir(tmp_path)
    assert parse_target("saved.html") == Target("file", "saved.html")
    with pytest.raises(CheckError) as caught:
        parse_url_target("saved.html")
    assert caught.value.code == "target_unknown"


def test_a_bug_in_one_analysis_does_not_sink_the_batch(monkeypatch):
    real = batch.check_snapshot

    def flaky(snapshot, ctx):
        if snapshot.final_url.endswith("/page/boom"):
            raise ZeroDivisionError("simulated bug")
        return real(snapshot, ctx)

    monkeypatch.setattr(batch, "check_snapshot", flaky)
    with LoopbackServer() as server:
        urls = [server.url("/page/a"), server.url("/page/boom"), server.url("/page/c")]
        results = check_targets([Target("url", u) for u in urls], context(),
                                fetch_config=FetchConfig(allow_private=True))
    assert [getattr(r, "label", None) for r in results] == ["unofficial", None, "unofficial"]
    assert results[1].code == "analysis_failed" and "ZeroDivisionError" in results[1].params["reason"]


@pytest.mark.parametrize("origin,mode,wanted", [
    ("live", "auto", True), ("live", "never", False), ("warc", "auto", True),
    ("file", "auto", False), ("file", "always", True),   # a saved page has nothing to load
    ("sent", "auto", False), ("sent", "always", False),  # already what a browser showed
])
def test_one_rendering_decision_for_every_source(origin, mode, wanted):
    from dataclasses import replace

    from builders import snapshot
    from checker.service import check_one, render_wanted

    shell = replace(snapshot("https://x.example/", "<html><body><div id='app'></div>"
                             "<script src='/app.js'></script></body></html>"), origin=origin)
    checked = check_one(shell, context(), mode)
    assert checked.report.render_hint  # scripts and no figures: worth rendering
    assert checked.render is wanted is render_wanted(mode, shell, checked.report)


def test_a_snapshot_in_hand_is_checked_like_a_fetched_one():
    """The web's "send what I see" and the crawl hand check_targets a Snapshot: it is
    checked by the same step as a fetched page, in its slot."""
    from builders import snapshot
    from loopback import RESULTS_PAGE

    with LoopbackServer() as server:
        url = server.url("/page/a")
        held = snapshot(url, RESULTS_PAGE)
        fetched, given = check_targets([Target("url", url), held], context(),
                                       fetch_config=FetchConfig(allow_private=True))
    assert given.source.origin == "file" and fetched.source.origin == "live"
    assert (given.label, given.claims, given.comparisons) == \
        (fetched.label, fetched.claims, fetched.comparisons)
    assert [f.code for f in given.findings] == [f.code for f in fetched.findings]
