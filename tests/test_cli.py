"""The `cekresmi` command end to end: files, loopback URLs, exit codes, languages, errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli.main import cli
from loopback import LoopbackServer

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "data-pemilu-gubernur.html"
SAMPLE_URL = "https://data-pemilu.pages.dev/gubernur"


@pytest.fixture()
def http_server():
    with LoopbackServer() as server:
        yield server


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_sample_is_unofficial_in_indonesian_by_default():
    result = run("check", str(SAMPLE), "--url", SAMPLE_URL)
    assert result.exit_code == 0, result.output
    assert "TIDAK RESMI" in result.output
    assert "Cloudflare Pages" in result.output
    assert "pilkada2024.kpu.go.id" in result.output


def test_english_switches_every_word():
    result = run("check", str(SAMPLE), "--url", SAMPLE_URL, "--lang", "en")
    assert result.exit_code == 0
    assert "UNOFFICIAL" in result.output and "TIDAK RESMI" not in result.output
    assert "Hosted on a public platform" in result.output


def test_json_contract():
    result = run("check", str(SAMPLE), "--url", SAMPLE_URL, "--format", "json")
    data = json.loads(result.stdout)
    assert data["schema"] == "cekresmi.report/1"
    assert data["verdict"]["label"] == "unofficial"
    assert data["source"]["hosting_platform"] == "Cloudflare Pages"
    assert data["source"]["registered_domain"] == "data-pemilu.pages.dev"
    assert data["source"]["is_official"] is False
    assert re.fullmatch(r"[0-9a-f]{64}", data["source"]["sha256"])
    codes = {f["code"] for f in data["findings"]}
    assert {"DOM020", "PAG001", "PAG003", "PAG014", "PAG020"} <= codes
    assert data["figures_status"] == "none" and data["claims"] == []
    assert isinstance(data["algorithm_version"], int) and data["rules_version"]


@pytest.mark.parametrize("fmt", ["html", "md", "claimreview", "text"])
def test_every_format_to_a_file(tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    result = run("check", str(SAMPLE), "--url", SAMPLE_URL, "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert "data-pemilu.pages.dev" in text
    if fmt == "claimreview":
        assert json.loads(text)["@type"] == "ClaimReview"


def test_short_text_fits_a_chat_message():
    result = run("check", str(SAMPLE), "--url", SAMPLE_URL, "--short")
    assert result.exit_code == 0
    assert len(result.output.strip()) <= 500


def test_fail_on_matches_exit_1_and_other_labels_exit_0():
    assert run("check", str(SAMPLE), "--url", SAMPLE_URL, "--fail-on",
               "impostor,unofficial").exit_code == 1
    assert run("check", str(SAMPLE), "--url", SAMPLE_URL, "--fail-on", "impostor").exit_code == 0


def test_fail_on_rejects_unknown_labels():
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "--url", SAMPLE_URL,
                                      "--fail-on", "fake"])
    assert result.exit_code == 2 and "fake" in result.output


def test_saved_page_without_url_is_a_one_line_error():
    result = CliRunner().invoke(cli, ["check", str(SAMPLE)])
    assert result.exit_code == 2
    assert "--url" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("target", ["ftp://kpu.go.id/", "http://", "bukan sebuah alamat",
                                    "http://[::1/", "nosuchfile.html"])
def test_bad_targets_exit_2_with_one_line(target):
    result = CliRunner().invoke(cli, ["check", target])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_english_errors():
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "--lang", "en"])
    assert result.exit_code == 2 and "--url" in result.output
    assert "Berkas" not in result.output


def test_private_address_refused_without_allow_private(http_server):
    result = CliRunner().invoke(cli, ["check", http_server.url("/")])
    assert result.exit_code == 2
    assert "--allow-private" in result.output


def test_many_urls_concurrently_with_one_failure(http_server, tmp_path):
    urls = [http_server.url(f"/page/{i}") for i in range(5)]
    listing = tmp_path / "urls.txt"
    listing.write_text("# watch-list\n" + "\n".join(urls) + "\n\n", "utf-8")
    bad = "http://127.0.0.1:9/unreachable"
    result = CliRunner().invoke(cli, ["check", bad, "--from", str(listing), "--format", "json",
                                      "--allow-private", "--timeout", "3"])
    assert result.exit_code == 2  # one target failed; the others are still reported
    data = json.loads(result.stdout)
    assert "127.0.0.1" in result.stderr  # the failure, on its own line
    assert len(data) == 6  # one item per input: the failed one is an error object
    assert data[0]["input"] == bad and data[0]["error"]["code"]
    assert data[0]["error"]["message"] and "\n" not in data[0]["error"]["message"]
    assert [d["source"]["requested_url"] for d in data[1:]] == urls


def test_every_batch_error_names_its_input(tmp_path):
    empty = tmp_path / "kosong.html"
    empty.write_bytes(b"")
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "bukan alamat", str(empty),
                                      "--url", SAMPLE_URL, "--format", "json", "--lang", "en"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert "bukan alamat" in lines[0] and str(empty) in lines[1]
    data = json.loads(result.stdout)
    assert [("error" in d) for d in data] == [False, True, True]
    assert data[1]["input"] == "bukan alamat" and data[2]["error"]["code"] == "file_empty"


def test_stdin_listing(http_server):
    result = run("check", "--from", "-", "--allow-private", "--format", "json",
                 input=http_server.url("/page/a") + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["source"]["final_url"].endswith("/page/a")


def test_rules_list_and_explain_in_both_languages():
    listing = run("rules", "list")
    assert listing.exit_code == 0 and "DOM010" in listing.output and "PAG001" in listing.output
    explain = run("rules", "explain", "DOM010", "--lang", "en")
    assert "embedded" in explain.output and "kpu.go.id.co" in explain.output
    assert "fires on" in explain.output and "passes" in explain.output
    assert run("rules", "explain", "dom010").exit_code == 0


def test_rules_explain_unknown_code():
    result = CliRunner().invoke(cli, ["rules", "explain", "XYZ999"])
    assert result.exit_code == 2 and "rules list" in result.output


def test_broken_rules_dir_is_a_one_line_error(tmp_path):
    for path in (ROOT / "rules").glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text("utf-8"), "utf-8")
    text = (tmp_path / "domain-rules.yaml").read_text("utf-8")
    (tmp_path / "domain-rules.yaml").write_text(text.replace("severity: info", "severty: info", 1),
                                                "utf-8")
    result = CliRunner().invoke(cli, ["rules", "list", "--rules-dir", str(tmp_path)])
    assert result.exit_code == 2 and "severty" in result.output


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    commands = [("check",), ("rules", "list"), ("rules", "explain"), ("official", "import"),
                ("official", "import-rekap"), ("official", "sync"), ("official", "status")]
    for words in commands:
        result = run(*words, "--help")
        assert result.exit_code == 0 and len(result.output) > 100
        assert "cekresmi " + " ".join(words) in readme, f"README does not document {words}"


def test_help_does_not_load_heavy_libraries():
    code = ("import sys; from checker.cli.main import cli; "
            "heavy = [m for m in ('httpx', 'scrapy', 'playwright', 'fastapi', 'lxml', 'bs4', "
            "'warcio', 'rich', 'tldextract') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _warc(path: Path, records) -> Path:
    """A small WARC with (url, status line, headers, body) response records."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, status, headers, body in records:
            http = StatusAndHeaders(status, list(headers), protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                          http_headers=http))
    return path


def test_warc_capture_with_redirect_and_url_pick(tmp_path):
    html = [("Content-Type", "text/html; charset=utf-8")]
    archive = _warc(tmp_path / "capture.warc.gz", [
        ("https://s.id/rc", "302 Found", [("Location", "https://kpu-realcount.vercel.app/")], b""),
        ("https://kpu-realcount.vercel.app/", "200 OK", html,
         b"<title>Real Count KPU</title><h1>Real Count Pilkada 2024</h1>"),
        ("https://kawalpemilu.org/", "200 OK", html, b"<title>KawalPemilu</title>"),
    ])
    first = json.loads(run("check", str(archive), "--format", "json").output)
    assert first["verdict"]["label"] == "impostor"
    assert first["source"]["redirects"] == ["https://s.id/rc"]
    assert {"DOM013", "DOM021"} <= {f["code"] for f in first["findings"]}
    picked = json.loads(run("check", str(archive), "--url", "https://kawalpemilu.org/",
                            "--format", "json").output)
    assert picked["verdict"]["label"] == "independent"


def test_corrupt_archive_is_a_one_line_error(tmp_path):
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    result = CliRunner().invoke(cli, ["check", str(broken)])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_progress_bar_on_a_terminal(http_server, monkeypatch):
    """On a terminal a batch shows progress on stderr; the report still goes to stdout."""
    import rich.console

    monkeypatch.setattr(rich.console.Console, "is_terminal", property(lambda self: True))
    import rich.progress

    seen = []
    real_advance = rich.progress.Progress.advance

    def advance(self, task, amount=1):
        seen.append(amount)
        return real_advance(self, task, amount)

    monkeypatch.setattr(rich.progress.Progress, "advance", advance)
    urls = [http_server.url(f"/page/{i}") for i in range(3)]
    result = run("check", *urls, "--allow-private", "--format", "json")
    assert result.exit_code == 0
    assert len(seen) == 3 and len(json.loads(result.stdout)) == 3


def test_undecodable_page_prints_no_library_warnings(tmp_path):
    page = tmp_path / "garbage.html"
    page.write_bytes(bytes(range(256)) * 40)
    result = run("check", str(page), "--url", "https://x.example/", "--short", "--lang", "en")
    assert result.exit_code == 2  # binary bytes are not a saved page: one line naming the file
    assert result.stderr.strip() == result.stderr.strip().splitlines()[0]
    assert "garbage.html" in result.stderr and "binary" in result.stderr
    page.write_bytes(b"<p>" + bytes(range(128, 256)) * 40)  # no charset fits, yet text-like
    result = run("check", str(page), "--url", "https://x.example/", "--short")
    assert result.exit_code == 0 and result.stderr == ""


def test_unwritable_output_is_a_one_line_error(tmp_path):
    target = tmp_path / "missing-folder" / "report.html"
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "--url", SAMPLE_URL, "--format", "html",
                                      "-o", str(target)])
    assert result.exit_code == 2 and "missing-folder" in result.output
    assert len(result.output.strip().splitlines()) == 1 and not target.exists()


# --- --warc-out: save what was fetched, replay it offline ---------------------------------------


def _results_server():
    import gzip as gz

    from loopback import RESULTS_PAGE

    page = gz.compress(RESULTS_PAGE.encode("utf-8"))
    return LoopbackServer({
        "/rc": (302, {"Location": "/hasil", "Content-Type": "text/html"}, "<a href=/hasil>x</a>"),
        "/hasil": (301, {"Location": "/real-count/dki"}, ""),
        "/real-count/dki": (200, {"Content-Type": "text/html; charset=utf-8",
                                  "Content-Encoding": "gzip"}, page),
    })


def _same_check(live: dict, replay: dict) -> None:
    for key in ("verdict", "findings", "claims", "comparisons", "figures_status"):
        assert live[key] == replay[key], key
    for key in ("requested_url", "final_url", "redirect_chain", "sha256", "status", "host"):
        assert live["source"][key] == replay["source"][key], key


def test_warc_out_round_trip_gives_the_same_report(tmp_path):
    import hashlib

    capture = tmp_path / "x.warc.gz"
    with _results_server() as server:
        live = run("check", server.url("/rc"), "--allow-private", "--warc-out", str(capture),
                   "--format", "json")
    assert live.exit_code == 0, live.output
    live = json.loads(live.stdout)
    assert len(live["source"]["redirect_chain"]) == 2 and live["claims"]  # 2 hops, figures read
    assert live["evidence"]["warc"] == {
        "path": str(capture), "sha256": hashlib.sha256(capture.read_bytes()).hexdigest(),
        "bytes": capture.stat().st_size}
    replay = run("check", str(capture), "--format", "json")  # the server is gone by now
    assert replay.exit_code == 0, replay.output
    replay = json.loads(replay.stdout)
    _same_check(live, replay)
    assert replay["source"]["origin"] == "warc" and replay["evidence"]["warc"] is None
    out = subprocess.run([sys.executable, "-m", "warcio.cli", "check", str(capture)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout


def test_warc_out_is_stated_in_the_text_report(tmp_path):
    capture = tmp_path / "x.warc.gz"
    with _results_server() as server:
        result = run("check", server.url("/rc"), "--allow-private", "--warc-out", str(capture),
                     "--lang", "en")
    assert result.exit_code == 0
    import hashlib

    assert "SHA-256 of the WARC file" in result.output
    assert hashlib.sha256(capture.read_bytes()).hexdigest() in result.output


def test_warc_out_with_several_urls_writes_one_file_each_in_a_folder(tmp_path):
    folder = tmp_path / "caps"
    with _results_server() as server:
        urls = [server.url("/rc"), server.url("/page/kedua")]
        result = run("check", *urls, "--allow-private", "--warc-out", str(folder),
                     "--format", "json")
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["001-127.0.0.1.warc.gz", "002-127.0.0.1.warc.gz"]
    assert [r["evidence"]["warc"]["path"] for r in reports] == [str(folder / n) for n in names]
    for name, live in zip(names, reports):
        _same_check(live, json.loads(run("check", str(folder / name), "--format", "json").stdout))


def test_warc_out_for_a_saved_page_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "--url", SAMPLE_URL,
                                      "--warc-out", str(tmp_path / "x.warc.gz"), "--lang", "en"])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "nothing was fetched" in result.output and not (tmp_path / "x.warc.gz").exists()


def test_unwritable_warc_out_fails_before_fetching(http_server, tmp_path):
    target = tmp_path / "missing-folder" / "x.warc.gz"
    result = CliRunner().invoke(cli, ["check", http_server.url("/page/1"), "--allow-private",
                                      "--warc-out", str(target)])
    assert result.exit_code == 2 and "missing-folder" in result.output
    assert len(result.output.strip().splitlines()) == 1 and http_server.hits == []


def test_several_urls_and_a_warc_file_is_a_one_line_error(http_server, tmp_path):
    target = tmp_path / "x.warc.gz"
    target.write_bytes(b"")
    result = CliRunner().invoke(cli, ["check", http_server.url("/page/1"),
                                      http_server.url("/page/2"), "--allow-private",
                                      "--warc-out", str(target), "--lang", "en"])
    assert result.exit_code == 2 and "must be a folder" in result.output
    assert http_server.hits == []
