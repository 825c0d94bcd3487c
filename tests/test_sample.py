"""The README's main command: the bundled WARC sample, replayed offline into Chromium."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli.main import cli
from results_site import chromium

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "data-pemilu-gubernur.warc.gz"


@pytest.fixture(scope="module")
def report():
    chromium()
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_not_kpu_but_cloudflare_pages(report):
    assert report["verdict"]["label"] == "unofficial"
    assert report["source"]["final_url"] == "https://data-pemilu.pages.dev/gubernur"
    assert report["source"]["hosting_platform"] == "Cloudflare Pages"
    assert report["source"]["origin"] == "warc"


def test_replayed_in_chromium_from_the_archive_alone(report):
    rendering = report["rendering"]
    assert rendering["source"] == "archive" and rendering["finished"]
    assert rendering["requests"] == 4 and rendering["blocked"] == []
    assert report["evidence"]["screenshot"]["bytes"] > 1000


def test_figures_loaded_from_a_github_hosted_copy(report):
    fig030 = next(f for f in report["findings"] if f["code"] == "FIG030")
    assert fig030["evidence"]["host"] == "raw.githubusercontent.com"
    assert fig030["evidence"]["hosted_on"].startswith("GitHub")


def test_figures_match_sirekap_of_28_november_and_differ_from_the_plenary(report):
    claims, comparisons = report["claims"], report["comparisons"]
    sirekap = [c for c in comparisons if c["tier"] == "sirekap"]
    assert sirekap and all(c["status"] == "consistent" for c in sirekap)
    assert all(c["as_of"].startswith("2024-11-28") for c in sirekap)
    # Shares of the three provinces with a plenary result: compared with it, Sirekap beside.
    plenary = [(claims[c["claim"]], c) for c in comparisons if c["tier"] == "rekap"]
    regions = {claim["region"]["code"] for claim, _ in plenary}
    assert {"31", "32", "35"} <= regions
    jatim = [c for claim, c in plenary if claim["region"]["code"] == "35"
             and claim["kind"] == "share" and claim["candidate"]["nomor_urut"] == 2]
    assert jatim and jatim[0]["sirekap"]["value"] is not None
    assert jatim[0]["official_value"] != jatim[0]["sirekap"]["value"]  # the plenary moved it


def test_html_report_embeds_the_screenshot():
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "--format", "html", "--lang", "en"],
                                catch_exceptions=False)
    assert 'src="data:image/png;base64,iVBORw0KGgo' in result.stdout
    assert "raw.githubusercontent.com" in result.stdout


def test_without_chromium_the_check_still_runs_and_says_so_on_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "--format", "json", "--browser",
                                      str(tmp_path / "no-chromium")], catch_exceptions=False)
    assert result.exit_code == 0
    assert len(result.stderr.strip().splitlines()) == 1 and "Chromium" in result.stderr
    data = json.loads(result.stdout)
    assert data["rendering"] is None and data["verdict"]["label"] == "unofficial"
    # The archive's own JSON still says where the figures came from.
    assert any(f["code"] == "FIG030" for f in data["findings"])


def _unmarked_wacz(tmp_path) -> Path:
    """The sample as a WACZ whose page no longer carries an app-shell marker (`<div id="root"
    class="hasil">`): the archive still replays the JSON, so the static check has figures."""
    import io

    from warcio.archiveiterator import ArchiveIterator
    from warcio.warcwriter import WARCWriter

    from checker.retrieve.wacz import write_wacz

    warc = tmp_path / "unmarked.warc.gz"
    with open(SAMPLE, "rb") as source, open(warc, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for record in ArchiveIterator(source):
            if record.rec_type not in ("response", "resource", "metadata"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            http = record.http_headers if record.rec_type == "response" else None
            if http is not None:
                for name in ("Content-Length", "Transfer-Encoding", "Content-Encoding"):
                    http.remove_header(name)
            if uri == "https://data-pemilu.pages.dev/gubernur" and record.rec_type == "response":
                body = body.replace(b'<div id="root"></div>', b'<div id="root" class="hasil"></div>')
            headers = {k: v for k, v in record.rec_headers.headers
                       if k in ("WARC-Date", "Content-Type")}
            writer.write_record(writer.create_warc_record(
                uri, record.rec_type, payload=io.BytesIO(body), http_headers=http,
                warc_headers_dict=headers))
    wacz = tmp_path / "unmarked.wacz"
    write_wacz(warc, wacz, [("https://data-pemilu.pages.dev/gubernur", "2024-11-28T03:15:00Z",
                             "Real Count Pilkada 2024")])
    return wacz


def test_render_auto_reads_what_an_unmarked_app_shows_from_a_wacz(tmp_path):
    """Issue 10 §3: figures only from the archive's JSON are not what the page shows; `--render
    auto` renders it and reads the shares the browser computed from the DOM."""
    chromium()
    wacz = _unmarked_wacz(tmp_path)
    static = CliRunner().invoke(cli, ["check", str(wacz), "--render", "never", "--format", "json"],
                                catch_exceptions=False)
    assert {c["origin"] for c in json.loads(static.stdout)["claims"]} == {"json"}
    result = CliRunner().invoke(cli, ["check", str(wacz), "--render", "auto", "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["rendering"]["source"] == "archive" and report["rendering"]["finished"]
    shown = [c for c in report["claims"] if c["origin"] != "json"]
    assert shown and {c["kind"] for c in shown} >= {"share"}


# --- issue 13: the report people read (one screen first, details folded) ---------------------

@pytest.fixture(scope="module")
def checked():
    """The sample checked once as `cekresmi check` does (rendered in Chromium), kept as a
    Report so each format is rendered from the same check."""
    from checker.context import load_context
    from checker.retrieve.targets import parse_target
    from checker.service import check_targets

    chromium()
    context = load_context(None, None, record=True)
    [result] = check_targets([parse_target(str(SAMPLE))], context, render="auto")
    assert not isinstance(result, Exception), result
    return result, context.rules


def test_default_text_report_fits_one_screen_with_full_detail_on_request(checked):
    from checker.report.formats import render

    report, rules = checked
    text = render(report, rules, "text", "id")
    lines = text.splitlines()
    assert len(lines) < 80, text
    head = "\n".join(lines[:12])
    assert "TIDAK RESMI" in head and "Jangan sebarkan angkanya sebagai hasil resmi" in head
    assert "pilkada2024.kpu.go.id" in head
    # Races as readers name them; a regency is never "Gubernur BOGOR".
    assert "Pilgub DKI Jakarta" in text and "Pilgub Jawa Barat" in text
    assert "Gubernur BOGOR" not in text and "Gubernur KOTA" not in text
    # Short pair names, no titles or cut names.
    assert "Pramono-Rano" in text and "Dedi-Erwan" in text and "Dr. Ir." not in text
    # Plain words, no raw evidence keys or ISO times, no severity labels.
    for raw in ("hosted_on", "satuan", "T00:00:00", "+07:00", "INFORMASI", "[SEDANG]"):
        assert raw not in text, raw
    assert "--full" in text and "█" in text  # the figures picture, as text bars
    full = render(report, rules, "text", "id", full=True)
    assert len(full.splitlines()) > len(lines)
    assert "Kab. Bogor (Pilgub Jawa Barat)" in full and "Kota Jakarta Pusat (Pilgub DKI Jakarta)" in full
    for raw in ("hosted_on", "satuan", "+07:00", "[INFORMASI]"):
        assert raw not in full, raw


def test_the_reason_that_decided_the_label_comes_first(checked):
    from checker.report.formats import report_dict

    report, rules = checked
    data = report_dict(report, rules, "en")
    # unofficial is decided by PAG001 (the page shows results): it leads, not the medium-
    # severity PAG020 that sorted first before.
    assert data["summary"]["reasons"][0]["code"] == "PAG001"
    assert len(data["summary"]["reasons"]) == 3


def test_short_chat_text_names_every_race_and_keeps_three_reasons(checked):
    from checker.report.formats import short_text

    report, rules = checked
    text = short_text(report, rules, "id", link="https://cek.example/reports/AAAAAAAAAAAA")
    for race in ("Pilgub DKI Jakarta", "Pilgub Jawa Barat", "Pilgub Jawa Timur"):
        assert race in text, race
    assert "hxxps://data-pemilu[.]pages[.]dev/gubernur" in text and "WIB" in text
    assert text.count("\n- ") >= 6 and "https://cek.example/reports/AAAAAAAAAAAA" in text
