"""A file is judged by what it holds: empty, binary and PDF files are not saved HTML pages."""

from __future__ import annotations

import pytest

from checker.errors import CheckError
from checker.report.messages import error_line
from checker.retrieve.local import load_path

URL = "https://pilkada2024.kpu.go.id/"


def refusal(path):
    with pytest.raises(CheckError) as caught:
        load_path(path, URL)
    return caught.value


def test_empty_file_is_refused_naming_it(tmp_path):
    path = tmp_path / "hasil.html"
    path.write_bytes(b"")
    err = refusal(path)
    assert err.code == "file_empty"
    for lang in ("id", "en"):
        line = error_line(err, lang)
        assert str(path) in line and "\n" not in line


def test_whitespace_only_file_is_empty(tmp_path):
    path = tmp_path / "hasil.html"
    path.write_bytes(b" \r\n\t\n")
    assert refusal(path).code == "file_empty"


def test_binary_file_is_refused_whatever_its_name(tmp_path):
    path = tmp_path / "hasil.html"
    path.write_bytes(bytes(range(256)) * 8)
    err = refusal(path)
    assert err.code == "file_binary"
    assert str(path) in error_line(err, "en")


def test_pdf_is_refused_clearly_by_content_not_name(tmp_path):
    path = tmp_path / "hasil.html"  # named like a page, holds a PDF
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    err = refusal(path)
    assert err.code == "file_pdf"
    assert "PDF" in error_line(err, "id") and str(path) in error_line(err, "id")


def test_utf16_html_with_bom_is_still_a_page(tmp_path):
    path = tmp_path / "hasil.html"
    path.write_bytes("\ufeff<html><body>Hasil</body></html>".encode("utf-16-le"))
    assert load_path(path, URL).origin == "file"


def test_plain_html_still_loads(tmp_path):
    path = tmp_path / "hasil.htm"
    path.write_bytes(b"<!doctype html><title>Hasil</title><p>Paslon 1: 52,3%</p>")
    assert load_path(path, URL).body.startswith(b"<!doctype")


@pytest.mark.parametrize("fmt", ["text", "md", "html", "json"])
def test_a_saved_page_report_invents_no_http_status(fmt):
    import json
    from pathlib import Path

    from click.testing import CliRunner

    from checker.cli.main import cli

    sample = Path(__file__).resolve().parent.parent / "samples" / "data-pemilu-gubernur.html"
    result = CliRunner().invoke(cli, ["check", str(sample), "--url",
                                      "https://data-pemilu.pages.dev/gubernur", "--format", fmt,
                                      "--lang", "en"])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        source = json.loads(result.stdout)["source"]
        assert source["status"] is None and source["content_type"] is None
        assert source["origin"] == "file"
    else:
        assert "HTTP status" not in result.stdout and "text/html" not in result.stdout.replace(
            'content="text/html', "")
