"""The crawl's per-page costs (issue 12 §7): what a crawl does once is not done once per worker
or once per page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A crawl process as spiders.run starts one, in a fresh interpreter (nothing imported by other
# tests): the analysis worker's first page, and what that page imported.
_FIRST_PAGE = r"""
import json, sys
from datetime import datetime, timezone
from checker.models import Snapshot
from spiders.analysis import Analyser, analyse
from spiders.job import CrawlJob
from spiders.watchlist import load_context

PAGE = (b"<html><head><title>Real Count Pilgub DKI Jakarta</title></head><body><h1>Real Count"
        b" Pilgub DKI Jakarta</h1><p>Pramono-Rano 50,07 persen, Ridwan Kamil-Suswono 39,40"
        b" persen, Dharma-Kun 10,53 persen.</p></body></html>")

def first_page():
    before = set(sys.modules)
    url = "https://hasil-pilkada.example/"
    got = analyse(Snapshot(url, url, 200, (("content-type", "text/html"),), PAGE,
                           datetime(2026, 1, 1, tzinfo=timezone.utc), origin="live"))
    return sorted(m for m in set(sys.modules) - before if m.startswith("checker")), got["report"]

analyser = Analyser(load_context(CrawlJob(db=sys.argv[1], crawl="x")), "never", 1)
imported, report = analyser.pool.submit(first_page).result()
analyser.close()
print(json.dumps({"imported": imported, "report": report}))
"""


def test_analysis_workers_start_warm():
    """The modules a check loads on first use are loaded before the workers are forked, so
    each worker shares them instead of importing and compiling them again on its first page."""
    out = subprocess.run([sys.executable, "-c", _FIRST_PAGE, os.environ["CEKRESMI_DB"]],
                         capture_output=True, text=True, cwd=ROOT, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["imported"] == []
    report = json.loads(got["report"])
    assert report["verdict"]["label"] and report["claims"]  # checked, figures and all


def test_a_reports_words_are_found_without_asking_the_file_system_again(monkeypatch):
    """Storing a crawl's report asks for the UI words four times (report_dict, its tables,
    labels and summary); where the template folders are was worked out from the disk each time,
    a quarter of the report's encoding on a small page. Once per process is enough: the folders
    do not move, and their words are already kept per folder."""
    from checker.report.templates import ui

    monkeypatch.delenv("CEKRESMI_TEMPLATE_DIR", raising=False)
    words = ui("id")

    def no_disk(*args, **kwargs):
        raise AssertionError("the file system was asked again")

    monkeypatch.setattr(os, "stat", no_disk)
    monkeypatch.setattr(os, "lstat", no_disk)
    assert ui("id") is words and ui("en")
