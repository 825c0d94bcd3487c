"""A large import's memory stays flat in the size of the tree (issue 12 §2): what the importer
holds is bounded by one chunk, never by how many files it has read. Measured on the
presidential tree into the full governor store, the peak was a chunk of 5,000 region-list
files (one desa list names 10 to 80 TPS: 100,000 rows in a dense window), and between chunks
the ts cache kept one entry per TPS file. These tests fail if either comes back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker import bounds
from checker.official import facts, importer, import_sirekap_tree, paths, sirekap, store
from checker.official.store import Store

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("regions", "region_names", "races", "candidates", "results", "result_votes")


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    # Banten at 5%: 4,117 TPS files (each with its own time), ~4,800 files, ~10,000 rows
    out = tmp_path_factory.mktemp("pemilu") / "tree"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_fullscale.py"), str(out),
                    "--election", "pemilu", "--scale", "0.05", "--provinces", "36"],
                   check=True, capture_output=True)
    return out


class _Watched(Store):
    """A store that notes how many rows each chunk hands it."""

    def __init__(self, path) -> None:
        super().__init__(path)
        self.chunks: list[int] = []

    def write(self, batch):
        self.chunks.append(len(batch.results) + len(batch.regions))
        return super().write(batch)


def _rows(file: Path) -> int:
    """Rows one file can add: a region list's entries, a tally's table and its own chart."""
    doc = json.loads(file.read_text())
    return len(doc) if isinstance(doc, list) else len(doc.get("table") or {}) + 1


def _dump(db: Store) -> dict:
    return {t: sorted(db.db.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}


def test_a_chunk_ends_at_its_rows_not_only_its_files(tree, tmp_path):
    chunked = _Watched(tmp_path / "chunked.sqlite3")
    split = import_sirekap_tree(chunked, tree, chunk_rows=300)  # by files: one chunk
    largest = max(_rows(f) for f in tree.rglob("*.json"))  # a file is never split
    assert sum(chunked.chunks) > 20 * (300 + largest)  # the bound below can fail
    assert len(chunked.chunks) > 20 and max(chunked.chunks) < 300 + largest
    whole = _Watched(tmp_path / "whole.sqlite3")
    one = import_sirekap_tree(whole, tree)  # the defaults: the tree is one chunk
    assert len(whole.chunks) == 1
    assert _dump(chunked) == _dump(whole)  # the same rows, whatever the chunks
    # and the same counts (test_official_import: a region in two chunks is counted once)
    assert (split.regions, split.results) == (one.regions, one.results)


def test_the_importers_caches_do_not_keep_an_entry_per_file(tree, tmp_path):
    caches = [f for module in (bounds, facts, importer, paths, sirekap, store)
              for f in vars(module).values() if hasattr(f, "cache_info")]
    assert sirekap._as_of in caches
    for cache in caches:
        cache.cache_clear()
    times = {json.loads(f.read_text())["ts"] for f in tree.rglob("*.json")
             if len(f.stem) == 13}
    assert len(times) > 3000  # each TPS file its own time
    import_sirekap_tree(Store(tmp_path / "db.sqlite3"), tree)
    held = {cache.__qualname__: cache.cache_info().currsize for cache in caches}
    assert max(held.values()) <= 1024, held
