"""The accuracy corpus (tests/corpus/pages) is well formed: files, schema, and every annotated
figure's text on the page (tests/corpus/check_corpus.py holds the checks)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "corpus"))

import check_corpus  # noqa: E402

SLUGS = sorted(p.name for p in check_corpus.PAGES.iterdir() if p.is_dir()) \
    if check_corpus.PAGES.is_dir() else []


@pytest.mark.parametrize("slug", SLUGS)
def test_corpus_page_is_well_formed(slug):
    assert check_corpus.problems(check_corpus.PAGES / slug) == []


def test_the_validator_catches_a_figure_not_on_the_page_and_a_bad_schema(tmp_path):
    # The validator must be able to fail: copy a real page and break it two ways.
    source = check_corpus.PAGES / SLUGS[0]
    folder = tmp_path / SLUGS[0]
    shutil.copytree(source, folder)
    truth = json.loads((folder / "truth.json").read_text("utf-8"))
    truth["figures"].append({"text": "9.999.999.999 suara", "kind": "votes", "value": "9,9",
                             "election": "pilkada2024", "race": "governor", "region_code": "31",
                             "race_region": "31", "nomor_urut": 1, "accurate": True})
    (folder / "truth.json").write_text(json.dumps(truth), "utf-8")
    found = check_corpus.problems(folder)
    assert any("does not occur" in p for p in found), found
    assert any("normalised decimal" in p for p in found), found


def test_the_corpus_is_not_empty():
    assert len(SLUGS) >= 10, f"only {len(SLUGS)} corpus pages"


def test_no_address_is_in_the_corpus_twice():
    # Two helpers writing batches side by side once wrote the same two articles under two
    # slugs each: a page counted twice weighs twice in every figure.
    seen: dict[str, str] = {}
    twice = []
    for slug in SLUGS:
        url = json.loads((check_corpus.PAGES / slug / "meta.json").read_text("utf-8"))["url"]
        key = url.split("#")[0].rstrip("/").lower()
        if key in seen:
            twice.append(f"{slug} and {seen[key]}: {url}")
        seen[key] = slug
    assert not twice, twice
