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


def pdf_with(lines: list[str], title: str = "") -> bytes:
    """A one-page PDF whose text is `lines` (Helvetica), with a correct cross-reference table."""
    ops = "BT /F1 12 Tf 72 720 Td 16 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
        for line in lines) + " ET"
    info = f"<< /Title ({title}) >>" if title else "<< >>"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(ops)} >>\nstream\n{ops}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        info,
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def test_a_pdf_is_read_by_content_not_name_and_checked_as_text(tmp_path):
    path = tmp_path / "hasil.html"  # named like a page, holds a PDF
    path.write_bytes(pdf_with(["Hasil Pilkada DKI Jakarta 2024",
                               "Pramono-Rano 50,07%"], title="Rekap resmi"))
    snap = load_path(path, URL)
    assert snap.origin == "pdf" and snap.final_url == URL
    assert b"Pramono-Rano 50,07%" in snap.body and b"<title>Rekap resmi</title>" in snap.body


def test_a_pdf_needs_its_url_and_a_broken_or_scanned_pdf_is_one_line(tmp_path):
    good = tmp_path / "rekap.pdf"
    good.write_bytes(pdf_with(["Hasil"]))
    with pytest.raises(CheckError) as caught:
        load_path(good)
    assert caught.value.code == "pdf_url_required" and str(good) in error_line(caught.value)
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert refusal(broken).code in ("pdf_unreadable", "pdf_no_text")
    scan = tmp_path / "pindaian.pdf"
    scan.write_bytes(pdf_with([]))
    err = refusal(scan)
    assert err.code == "pdf_no_text" and "\n" not in error_line(err, "en")


def test_a_pdf_report_says_where_its_text_came_from(tmp_path):
    import json

    from click.testing import CliRunner

    from checker.cli.main import cli

    path = tmp_path / "rekap.pdf"
    path.write_bytes(pdf_with(["Hasil Pilkada 2024", "Pramono-Rano 50,07%"]))
    result = CliRunner().invoke(cli, ["check", str(path), "--url", URL, "--format", "json"])
    assert result.exit_code == 0, result.output
    source = json.loads(result.stdout)["source"]
    assert source["origin"] == "pdf" and source["status"] is None


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
