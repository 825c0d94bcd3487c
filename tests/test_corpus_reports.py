"""Every corpus page's report renders in every format and both languages (issue 10).

The accuracy benchmark scores claims without rendering them, so a reason or a headline the
report strings lack went unnoticed: a kecamatan list graded against its own kab/kota count
(reason own_area_sum) raised KeyError while rendering, and `cekresmi check` of that page
printed a traceback. Rendering the real pages is the guard that cannot drift from the code."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import accuracy  # noqa: E402

from checker.report.formats import FORMATS, render  # noqa: E402


@pytest.fixture(scope="module")
def checked():
    context = accuracy.load_context()
    return context, accuracy.check_pages(accuracy.load_pages(), context)


def test_every_corpus_report_renders_in_every_format_and_language(checked):
    context, results = checked
    failures = []
    for result in results:
        for fmt in FORMATS:
            for lang in ("id", "en"):
                try:
                    out = render(result.report, context.rules, fmt, lang)
                except Exception as error:  # noqa: BLE001 - the list names every page that fails
                    failures.append(f"{result.page.slug} {fmt}/{lang}: {error!r}")
                    continue
                assert out.strip(), f"{result.page.slug} {fmt}/{lang}: empty"
    assert not failures, "\n".join(failures)


def test_a_page_graded_against_its_own_kecamatan_sum_has_a_headline(checked):
    context, results = checked
    graded = [r for r in results if any(
        c.reason == "own_area_sum" for c in r.report.comparisons)]
    assert graded, "the corpus no longer has a kecamatan list graded against its own sum"
    text = " ".join(render(graded[0].report, context.rules, "text", "en").split())
    assert "do not agree with each other" in text


def test_a_race_is_titled_by_its_region_name_not_its_code(checked):
    """A page whose figures are all a race's kecamatan, or held with no area, once titled the
    race "Pilgub 15" (Jambi) or "Pilbup 3509" (Jember): the record's name rides on the claim."""
    context, results = checked
    coded = re.compile(r"\bPil(?:gub|bup|walkot) (?!(?:19|20)\d\d)\d{2,4}\b")  # a code, no year
    titled = [f"{r.page.slug}: {m.group(0)}" for r in results
              for m in coded.finditer(render(r.report, context.rules, "text", "id"))]
    assert not titled, titled
