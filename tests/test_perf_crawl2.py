"""The crawl's overlap of downloading and analysis on few cores (issue 12 §7)."""

from __future__ import annotations

import os

import pytest

from spiders.analysis import default_workers


@pytest.mark.parametrize(("cores", "workers"), [(1, 0), (2, 2), (3, 3), (4, 4), (16, 4)])
def test_analysis_workers_use_every_core(monkeypatch, cores, workers):
    """The crawl process needs less than a core (on a small page about as much CPU as the
    analysis; on a news page a thirtieth), and it idles once the downloads are done while the
    analysis still has pages queued: with one worker per *spare* core, a 2-core machine ran the
    end of every crawl on one core. One worker per core (up to 4) keeps both busy; a single
    core still checks in-process."""
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert default_workers() == workers
