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
    ("  pilkada2024.kpu.go.id  ", "url", "https://pilkada2024.kpu.go.id"),
])
def test_parse_target_urls(text, kind, value):
    assert parse_target(text) == Target(kind, value)


def test_parse_target_existing_file(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<p>x</p>")
    assert parse_target(str(page)) == Target("file", str(page))


@pytest.mark.parametrize("text", ["", "   ", "missing.html", "bukan alamat", "./x.warc.gz"])
def test_parse_target_rejects(text):
    with pytest.raises(CheckError) as caught:
        parse_target(text)
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
