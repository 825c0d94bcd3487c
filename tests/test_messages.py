"""Every error the program can raise has one line of words in both languages."""

import re
from pathlib import Path

import yaml

from checker.errors import CheckError
from checker.report.messages import error_line

ROOT = Path(__file__).resolve().parent.parent


def test_every_raised_code_is_worded_in_both_languages():
    words = yaml.safe_load((ROOT / "reports" / "errors.yaml").read_text("utf-8"))["errors"]
    raised = set()
    for path in (ROOT / "checker").rglob("*.py"):
        raised |= set(re.findall(r'CheckError\(\s*"(\w+)"', path.read_text("utf-8")))
    assert raised, "the scan found no CheckError at all"
    assert raised <= set(words), sorted(raised - set(words))
    for code in words:
        assert list(words[code]) == ["id", "en"], code
        assert words[code]["id"] != words[code]["en"], code


def test_error_line_is_one_printable_line_in_each_language():
    error = CheckError("address_refused", host="evil.example\x1b[2J\nsecond line",
                       address="127.0.0.1")
    line_id = error_line(error, "id")
    line_en = error_line(error, "en")
    assert "\n" not in line_id and "\x1b" not in line_id
    assert "--allow-private" in line_id and "--allow-private" in line_en
    assert line_id != line_en


def test_unknown_code_still_gives_a_line():
    assert error_line(CheckError("no_such_code", x=1)) == "no_such_code: x=1"


def test_numbers_in_errors_are_formatted_for_the_language():
    err = CheckError("file_too_large", path="halaman.html", limit=5_000_000)
    assert "5.000.000 bita" in error_line(err, "id")
    assert "5,000,000-byte" in error_line(err, "en")
    slow = CheckError("timeout", url="https://x.example/", seconds=2.5)
    assert "2,5 detik" in error_line(slow, "id") and "2.5 seconds" in error_line(slow, "en")


def test_line_numbers_and_codes_are_not_grouped():
    err = CheckError("rekap_bad_value", path="c1.csv", line=12345, value="x", column="suara")
    assert "12345" in error_line(err, "en")
