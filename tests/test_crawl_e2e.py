"""`cekresmi crawl` end to end, in subprocesses, against the loopback site farm: every verdict,
pages drawn by JavaScript, redirects, dead links, robots.txt, discovery, digests of two crawls
with changes in between, alerts, kill -9 and resume, the SSRF guard, schedules."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from sitefarm import SiteFarm, plain_page, results_page
from test_crawl_units import _Hook

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = any(Path(p).is_file() for p in ("/usr/bin/chromium",))
CLI = [sys.executable, "-c", "from checker.cli.main import main; main()"]
FAST = ["--allow-private", "--no-autothrottle", "--per-domain", "4", "--timeout", "10"]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A store with the shipped official record already loaded (loading it takes seconds:
    done once here, then copied for each test)."""
    from checker.official import default_record

    path = tmp_path_factory.mktemp("seed") / "db.sqlite3"
    default_record(path)
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture()
def db(seeded, tmp_path) -> Path:
    path = tmp_path / "db.sqlite3"
    shutil.copyfile(seeded, path)
    return path


def _env(db: Path) -> dict:
    env = {**os.environ, "CEKRESMI_DB": str(db), "PYTHONPATH": str(ROOT)}
    env.pop("CEKRESMI_NOTIFY", None)
    return env


def crawl(db: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "crawl", *args],
                          capture_output=True, text=True, env=_env(db), timeout=timeout, cwd=ROOT)


def rows(db: Path, crawl_id: str | None = None) -> list[tuple]:
    with sqlite3.connect(db) as con:
        if crawl_id is None:
            crawl_id = con.execute("SELECT id FROM crawls ORDER BY started_at DESC, id DESC "
                                   "LIMIT 1").fetchone()[0]
        return con.execute("SELECT url, label, http_status, error, rendered, robots_override "
                           "FROM crawl_checks WHERE crawl = ?", (crawl_id,)).fetchall()


def test_farm_crawl_and_digests_of_two_crawls(tmp_path, db):
    out1, out2 = tmp_path / "d1", tmp_path / "d2"
    with SiteFarm() as farm:
        assert len(farm.sites) >= 50
        watchlist = tmp_path / "watch.txt"
        farm.watchlist(watchlist)
        args = ["--watchlist", str(watchlist), "--discover", *FAST, *farm.resolve_args()]
        first = crawl(db, *args, "--out", str(out1), "--lang", "en")
        assert first.returncode == 0, first.stderr + first.stdout
        assert "Done: " in first.stdout and "errors" in first.stdout

        got = {url: (label, status, error, rendered) for url, label, status, error, rendered, _
               in rows(db)}
        for site in farm.sites:
            label, status, error, rendered = got[site.url]
            kind, _, value = site.expect.partition(":")
            if kind == "error":
                assert error == value, site
            elif kind == "http":
                assert status == int(value), site
            elif site.rendered and not CHROMIUM:
                assert label == "no_claims", site  # no browser here: the static verdict stands
            else:
                assert (label, error) == (site.expect, None), site
                assert rendered == (site.rendered and CHROMIUM), site
        if CHROMIUM:
            _pages_drawn_from_json_say_where_from(db, farm, out1)
            # Rendered pages were fetched once: Chromium was served the crawl's own bytes.
            hits = farm.page_hits()
            for site in farm.sites:
                if site.rendered:
                    assert hits[(site.url.split("/")[2], "/")] == 1, site
        # robots.txt said no: the page itself was never requested.
        assert not any(host.startswith("shy.") for host, _ in farm.page_hits())
        # --discover: the same-site page and the lookalike were checked; the recipe was not.
        for url, kind in farm.discoverable.items():
            assert url in got, url
        assert len(got) == len(farm.sites) + len(farm.discoverable)
        digest = json.loads((out1 / "digest.json").read_text("utf-8"))
        assert [p["url"] for p in digest["proposed"]] == [
            u for u, k in farm.discoverable.items() if k == "outbound"]
        assert digest["previous"] is None and digest["totals"]["pages"] == len(got)
        html = (out1 / "digest.html").read_text("utf-8")
        assert "Crawl digest" in html and html.count('href="sites/') >= 40
        for site in digest["sites"]:
            if site["report"]:
                assert (out1 / "sites" / f"{site['report']}.html").is_file()
        assert (out1 / "digest.md").is_file() and (out1 / "digest.csv").is_file()

        # Between the crawls: figures change on one site, a blog starts showing results, an
        # impostor disappears, and a new site joins the watch-list.
        # hasil-pilkada-3 (its shares are the record's; nothing redirects to it)
        changed = next(s for s in farm.sites if s.url.startswith("http://hasil-pilkada-3."))
        host = changed.url.split("/")[2]
        farm.set_page(host, "/", results_page("Real Count Pilkada 2024", ("48,07", "41,40",
                                                                         "10,53")))
        blog = next(s for s in farm.sites if s.url.startswith("http://blog-3."))
        farm.set_page(blog.url.split("/")[2], "/", results_page("Hitung cepat versi kami"))
        gone = next(s for s in farm.sites if s.url.startswith("http://kpu.or.id"))
        farm.set_page(gone.url.split("/")[2], "/", plain_page("Not Found"), status=404)
        newcomer = farm.host("kpu-pilkada-baru.my.id", 7)
        farm.set_page(newcomer, "/", results_page("Situs Resmi KPU Pilkada"))
        with watchlist.open("a") as handle:
            handle.write(f"http://{newcomer}/\n")
        args += ["--resolve", "kpu-pilkada-baru.my.id=127.0.0.1"]
        hook = _Hook()
        try:
            second = crawl(db, *args, "--out", str(out2), "--notify", f"webhook={hook.url}",
                           "--digest-url", "https://redaksi.example/digest/")
            assert second.returncode == 0, second.stderr + second.stdout
            digest = json.loads((out2 / "digest.json").read_text("utf-8"))
            assert digest["previous"]["id"] == json.loads(
                (out1 / "digest.json").read_text("utf-8"))["crawl"]["id"]
            changes = {c["url"]: c for c in digest["changes"]}
            assert set(changes) == {changed.url, blog.url}
            assert changes[blog.url]["old"]["label"] == "no_claims"
            assert changes[blog.url]["new"]["label"] == "unofficial"
            figures = {(f["candidate"], f["old"], f["new"]) for f in changes[changed.url]["figures"]}
            assert figures == {("Pramono-Rano", "50.07", "48.07"),
                               ("Ridwan Kamil-Suswono", "39.40", "41.40")}
            assert [o["url"] for o in digest["offline"]] == [gone.url]
            assert [s["host"] for s in digest["new_sites"]] == ["kpu-pilkada-baru.my.id"]
            assert len(hook.bodies) == 1 and hook.bodies[0]["changes"]
            assert hook.bodies[0]["digest"] == "https://redaksi.example/digest/digest.html"
            feed = (out2 / "feed.xml").read_text("utf-8")
            assert feed.count("<entry>") == 1 and "https://redaksi.example/digest/digest.html" in feed
            md = (out2 / "digest.md").read_text("utf-8")
            assert "50,07% → 48,07%" in md  # old and new side by side, the reader's way
            assert md.split("\n")[2].startswith("**1 situs baru meniru KPU;")  # one sentence
            # A third crawl with nothing changed: stored, but no alert is sent.
            third = crawl(db, *args, "--notify", f"webhook={hook.url}", "--lang", "en")
            assert third.returncode == 0 and "Nothing changed; no alert sent." in third.stdout
            assert len(hook.bodies) == 1
        finally:
            hook.close()
    digest_cmd = subprocess.run([*CLI, "digest", "--format",
                                 "json", "--since", "1d"], capture_output=True, text=True,
                                env=_env(db), cwd=ROOT)
    assert digest_cmd.returncode == 0, digest_cmd.stderr
    assert json.loads(digest_cmd.stdout)["previous"]["id"] == digest["previous"]["id"]


def _pages_drawn_from_json_say_where_from(db: Path, farm: SiteFarm, out: Path) -> None:
    """A page whose figures its script loads from another host (real Sirekap JSON on
    raw.githubusercontent.com): the rendering keeps the JSON with its URL, so the report says
    where the figures came from (FIG030), and the rendering itself is evidence."""
    import hashlib

    from checker.report import codec as reportcodec

    assert farm.loaded_from, "the farm has no page drawn from the Sirekap JSON"
    digest = {site["url"]: site for site in json.loads((out / "digest.json").read_text("utf-8"))
              ["sites"]}
    with sqlite3.connect(db) as con:
        stored = dict(con.execute("SELECT url, report FROM crawl_checks WHERE rendered = 1"))
    for url, host in farm.loaded_from.items():
        report = reportcodec.loads(stored[url])
        loaded = [dict(f.evidence) for f in report.findings if f.code == "FIG030"]
        assert [(e["host"], e["hosted_on"]) for e in loaded] == [(host, "GitHub (raw files)")]
        assert loaded[0]["count"] >= 3
        # The document's own bytes are the body (its hash pins them), not the DOM.
        netloc = url.split("/")[2]
        assert report.source.sha256 == hashlib.sha256(
            farm.pages[(netloc, "/")][2].encode("utf-8")).hexdigest()
        page = (out / "sites" / f"{digest[url]['report']}.html").read_text("utf-8")
        assert f"loaded from {host} (GitHub (raw files)), not from a KPU server" in page
        done = report.rendering
        assert done.finished and done.source == "live" and done.browser.startswith("Chromium")
        assert done.screenshot.startswith(b"\x89PNG") and "Pilgub DKI Jakarta" in done.html
        assert done.requests >= 3  # the JSON, the POST, the closed port
        assert dict(done.blocked) == {
            f"http://{farm.hosts['raw.githubusercontent.com']}/hit": "method",
            f"http://127.0.0.1:{farm.refused_port}/x.json": "connect_failed"}
        assert '<section class="rendering">' in page and "data:image/png;base64," in page


def test_kill_9_then_rerun_loses_and_repeats_nothing(tmp_path, db):
    with SiteFarm(clients_rendered=0, delay=0.15) as farm:
        watchlist = tmp_path / "watch.txt"
        farm.watchlist(watchlist)
        args = [*CLI, "crawl", "--watchlist", str(watchlist),
                "--render", "never", "--allow-private", "--no-autothrottle",
                "--concurrency", "2", *farm.resolve_args()]
        process = subprocess.Popen(args, env=_env(db), cwd=ROOT, start_new_session=True,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if db.exists() and len(_safe_rows(db)) >= 8:
                break
        os.killpg(process.pid, signal.SIGKILL)  # parent and crawler child, mid-crawl
        process.wait()
        before = _safe_rows(db)
        assert 8 <= len(before) < len(farm.sites)
        again = crawl(db, "--watchlist", str(watchlist), "--render", "never", *FAST,
                      *farm.resolve_args())
        assert again.returncode == 0, again.stderr + again.stdout
        with sqlite3.connect(db) as con:
            crawls = con.execute("SELECT id, finished_at FROM crawls").fetchall()
        assert len(crawls) == 1 and crawls[0][1]  # the same crawl, resumed and finished
        after = rows(db)
        urls = Counter(url for url, *_ in after)
        assert set(urls) == {s.url for s in farm.sites} and max(urls.values()) == 1
        kept = {url: row for url, *row in after}
        for url, *row in before:
            assert kept[url] == row  # results stored before the kill are kept as they were


def _safe_rows(db: Path) -> list:
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return con.execute("SELECT url, label, http_status, error, rendered, "
                               "robots_override FROM crawl_checks").fetchall()
    except sqlite3.OperationalError:  # the tables are not there yet
        return []


def test_ssrf_guard_refuses_private_addresses_unless_allowed(tmp_path, db):
    with SiteFarm(clients_rendered=0) as farm:
        site = farm.sites[0]  # pilkada2024.kpu.go.id, which --resolve points at 127.0.0.1
        literal = next(s for s in farm.sites if s.url.startswith("http://127.0.0.1"))
        odd = f"http://2130706433:{farm.ports[0]}/"  # 127.0.0.1 spelled as a number
        watchlist = tmp_path / "watch.txt"
        watchlist.write_text(f"{site.url}\n{literal.url}\n{odd}\n", "utf-8")
        result = crawl(db, "--watchlist", str(watchlist), "--render", "never",
                       "--no-autothrottle", *farm.resolve_args())
        assert result.returncode == 0, result.stderr
        assert {url: error for url, _, _, error, _, _ in rows(db)} == {
            site.url: "address_refused", literal.url: "address_refused", odd: "address_refused"}
        assert not farm.hits  # not even robots.txt was asked for


def test_every_runs_one_child_process_per_crawl_and_robots_override_is_recorded(tmp_path, db):
    with SiteFarm(clients_rendered=0) as farm:
        shy = next(s for s in farm.sites if s.expect == "error:robots_disallowed")
        other = farm.sites[0]
        watchlist = tmp_path / "watch.csv"  # the newsroom overrides robots.txt for one page
        watchlist.write_text(f"url,note,ignore_robots\n{shy.url},keputusan redaksi,ya\n"
                             f"{other.url},,\n", "utf-8")
        result = crawl(db, "--watchlist", str(watchlist), "--every", "1s", "--runs", "2",
                       "--render", "never", "--out", str(tmp_path / "d"), *FAST,
                       *farm.resolve_args())
        assert result.returncode == 0, result.stderr
        assert "Perayapan berikutnya" in result.stdout
        got = {url: (label, override) for url, label, _, _, _, override in rows(db)}
        assert got == {shy.url: ("unofficial", 1), other.url: ("official", 0)}
    with sqlite3.connect(db) as con:
        finished = con.execute("SELECT count(*) FROM crawls WHERE finished_at IS NOT NULL")
        assert finished.fetchone()[0] == 2
    md = (tmp_path / "d" / "digest.md").read_text("utf-8")
    assert "robots.txt diabaikan atas keputusan redaksi" in md


def test_redis_two_processes_share_one_queue_and_check_each_site_once(tmp_path, db, redis_url):
    with SiteFarm(clients_rendered=0, delay=0.05) as farm:
        watchlist = tmp_path / "watch.txt"
        farm.watchlist(watchlist)
        args = [*CLI, "crawl", "--redis", redis_url, "--watchlist", str(watchlist),
                "--render", "never", "--out", str(tmp_path / "digest"), *FAST,
                *farm.resolve_args()]
        workers = [subprocess.Popen(args, env=_env(db), cwd=ROOT, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outputs = [w.communicate(timeout=120) for w in workers]
        assert [w.returncode for w in workers] == [0, 0], outputs
        # Every page fetched exactly once between the two processes...
        assert farm.page_hits() == farm.expected_hits()
    # ...and every result stored once, in one crawl, which the last process closed.
    with sqlite3.connect(db) as con:
        crawls = con.execute("SELECT id, finished_at FROM crawls").fetchall()
    assert len(crawls) == 1 and crawls[0][1]
    urls = Counter(url for url, *_ in rows(db))
    assert set(urls) == {s.url for s in farm.sites} and max(urls.values()) == 1
    summaries = [out for out, _ in outputs if "Selesai:" in out]
    assert len(summaries) == 1, outputs  # one digest, by the process that finished last
    assert (tmp_path / "digest" / "digest.json").is_file()
    shares = [int(re.search(r"memeriksa (\d+) halaman", out).group(1)) for out, _ in outputs]
    assert sum(shares) == len(farm.sites)
    print("pages checked per process:", shares)


def test_redis_crawl_killed_mid_way_is_finished_by_the_next_process(tmp_path, db, redis_url):
    env = {**_env(db), "CEKRESMI_REDIS_HEARTBEAT": "0.3"}
    with SiteFarm(clients_rendered=0, delay=0.3) as farm:
        watchlist = tmp_path / "watch.txt"
        farm.watchlist(watchlist)
        args = [*CLI, "crawl", "--redis", redis_url, "--watchlist", str(watchlist),
                "--render", "never", "--concurrency", "4", "--allow-private",
                "--no-autothrottle", *farm.resolve_args()]
        first = subprocess.Popen(args, env=env, cwd=ROOT, start_new_session=True,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(_safe_rows(db)) < 6:
            time.sleep(0.1)
        os.killpg(first.pid, signal.SIGKILL)  # with pages in flight, lost from the queue
        first.wait()
        assert 6 <= len(_safe_rows(db)) < len(farm.sites)
        time.sleep(1.2)  # its heartbeat runs out
        second = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True,
                                timeout=120)
        assert second.returncode == 0, second.stderr
        assert "Bergabung dengan perayapan" in second.stderr  # it joined the killed crawl
    with sqlite3.connect(db) as con:
        crawls = con.execute("SELECT id, finished_at FROM crawls").fetchall()
    assert len(crawls) == 1 and crawls[0][1]
    urls = Counter(url for url, *_ in rows(db))
    assert set(urls) == {s.url for s in farm.sites} and max(urls.values()) == 1
