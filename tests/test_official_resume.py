"""A large import killed midway (kill -9) and run again: whole chunks only were written, the
second run starts after them, and the store ends equal to one clean import (nothing twice)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.official import import_sirekap_tree
from checker.official.store import Store

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("regions", "region_names", "races", "candidates", "results", "result_votes")


def _dump(store):
    return {t: sorted(store.db.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    out = tmp_path_factory.mktemp("fullscale") / "tree"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_fullscale.py"), str(out),
                    "--scale", "0.03", "--provinces", "31"], check=True, capture_output=True)
    return out


def _mark(db: Path) -> str | None:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as con:
            row = con.execute("SELECT value FROM meta WHERE key LIKE 'import:%'").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None


def test_killed_import_resumes_without_duplicates(tree, tmp_path):
    clean = Store(tmp_path / "clean.sqlite3")
    whole = import_sirekap_tree(clean, tree, chunk_files=40)
    assert whole.files_read > 600 and not whole.resumed
    db = tmp_path / "killed.sqlite3"
    Store(db).close()
    code = ("import sys; from checker.official import import_sirekap_tree; "
            "from checker.official.store import Store; "
            f"import_sirekap_tree(Store(sys.argv[1]), sys.argv[2], chunk_files=40)")
    child = subprocess.Popen([sys.executable, "-c", code, str(db), str(tree)], cwd=ROOT)
    deadline = time.monotonic() + 120
    while _mark(db) is None and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    mark = _mark(db)
    assert mark is not None, "the import finished before it could be killed"
    done = int(mark.split("\t")[0])
    store = Store(db)
    partial = store.counts()["results"]
    assert 0 < partial < clean.counts()["results"]
    resumed = import_sirekap_tree(store, tree, chunk_files=40)
    assert resumed.resumed == done and resumed.files_read == whole.files_read - done
    from checker.official.words import import_lines
    assert f"{done:,} files were already stored" in " ".join(import_lines(resumed, "en"))
    assert _dump(store) == _dump(clean)
    assert store.meta("import:" + str(tree.resolve())) is None  # finished: no mark left
    again = import_sirekap_tree(store, tree, chunk_files=40)  # a full re-run changes nothing
    assert not again.resumed and _dump(store) == _dump(clean)


def test_a_changed_tree_is_read_again_from_the_start(tree, tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    store.set_meta("import:" + str(tree.resolve()), "3\tno/such/file.json")
    summary = import_sirekap_tree(store, tree, chunk_files=40)
    assert not summary.resumed and summary.files_read > 600
