"""The newsroom's crawls, read-only, in `cekresmi serve`: the watch-list (/watch), the latest
digest (/digest, or ?crawl=ID), each checked page's report (/digest/ID/sites/NNNN-host.html)
and an Atom feed of digests (/digest/feed.xml).

Nothing here writes: the crawl store is opened read-only (SQLite mode=ro, query_only), and
there is no form and no POST. Nothing secret is shown: alert targets live on the crawler's
command line, never in the store. Page titles, URLs and notes are hostile: the templates
escape them, and links go to our own reports only, never to a crawled page.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from checker.errors import CheckError
from checker.store.crawls import CrawlStore
from checker.web.pages import error_page, lang_of, page, remember_lang
from checker.web.security import csp

__all__ = ["FEED_ENTRIES", "router"]

router = APIRouter(include_in_schema=False)
FEED_ENTRIES = 10
_CRAWL = re.compile(r"[A-Za-z0-9._:-]{1,80}")
_SITE = re.compile(r"\d{4}-[a-z0-9.-]{1,60}")


class _ReadOnly(CrawlStore):
    """The crawl store opened so that no statement can change it."""

    threaded = True

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(f"file:{quote(str(self.path))}?mode=ro", uri=True,
                             isolation_level=None, timeout=self.busy_seconds,
                             check_same_thread=False)
        db.execute("PRAGMA query_only = ON")
        with self._lock:
            self._opened.append(db)
        return db

    def _migrate(self) -> None:
        self.db.execute("SELECT value FROM crawl_meta WHERE key = 'schema'").fetchone()


def _store(request: Request) -> _ReadOnly | None:
    """The crawl store beside the official record, or None when there has been no crawl."""
    from checker.paths import official_db_path

    path = Path(official_db_path(request.app.state.cekresmi.settings.db))
    if not path.is_file():
        return None
    try:
        return _ReadOnly(path)
    except CheckError:  # a file with no crawl tables: no crawl yet
        return None


class _Cache:
    """A few digests of finished crawls (they never change; one decodes every report of two
    crawls, so only the last few are kept) and the feed's small entries."""

    def __init__(self, size: int) -> None:
        self.size, self.items, self.lock = size, {}, threading.Lock()

    def get(self, key, make):
        with self.lock:
            if key in self.items:
                return self.items[key]
        value = make()  # outside the lock: two threads may both build it, and that is fine
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.pop(next(iter(self.items)))
        return value


def _cache(request: Request, name: str, size: int) -> _Cache:
    cache = getattr(request.app.state, name, None)
    if cache is None:
        cache = _Cache(size)
        setattr(request.app.state, name, cache)
    return cache


def _gather(request: Request, crawl: str | None, keep: bool = True) -> tuple[dict, dict] | None:
    from checker.crawl.run import gather

    store = _store(request)
    if store is None:
        return None
    with store:
        finished = store.crawls(finished_only=True)
        if not finished:
            return None
        crawl = crawl or finished[-1][0]
        if not keep:
            return gather(store, crawl)
        return _cache(request, "cekresmi_digests", 3).get(crawl, lambda: gather(store, crawl))


def _crawl_param(request: Request) -> str | None:
    value = request.query_params.get("crawl")
    if value is None:
        return None
    if not _CRAWL.fullmatch(value):
        raise CheckError("crawl_unknown", crawl=value[:80])
    return value


def _report_page_csp() -> str:
    # A per-page report is the self-contained file `cekresmi check --format html` writes: its
    # style is inline and its pictures are data: URIs; it runs no script.
    return csp(style_src="'unsafe-inline'", img_src="data:")


@router.get("/watch")
async def watch_page(request: Request):
    def read():
        store = _store(request)
        if store is None:
            return []
        with store:
            return store.watch_list()

    entries = await run_in_threadpool(read)
    return page(request, "watch.html", entries=entries,
                headers={"cache-control": "no-store"})


@router.get("/digest")
async def digest_page(request: Request):
    from checker.crawl.digest_files import worded

    state = request.app.state.cekresmi
    lang = lang_of(request)
    try:
        found = await run_in_threadpool(_gather, request, _crawl_param(request))
    except CheckError as exc:
        return error_page(request, exc)
    if found is None:
        return page(request, "digest.html", d=None, sites="", feed="/digest/feed.xml",
                    headers={"cache-control": "no-store"})
    digest, reports = found
    thumbs = await run_in_threadpool(_thumbs, digest, reports)
    d = worded(digest, lang, state.settings.template_dir, thumbs)
    sites = f"/digest/{quote(digest['crawl']['id'], safe='')}/sites/"
    return page(request, "digest.html", d=d, sites=sites, feed="/digest/feed.xml",
                headers={"cache-control": "no-store"})


def _thumbs(digest: dict, reports: dict) -> dict:
    from checker.crawl.digest_files import thumbnails

    return thumbnails(digest, reports)


@router.get("/digest/feed.xml")
async def digest_feed(request: Request):
    from checker.web.views import base_url

    lang = lang_of(request)
    base = base_url(request)
    text = await run_in_threadpool(_feed, request, lang, base)
    return Response(text, media_type="application/atom+xml; charset=utf-8",
                    headers={"cache-control": "no-cache"})


def _feed(request: Request, lang: str, base: str) -> str:
    from checker.crawl.digest_files import worded
    from checker.crawl.feed import atom, entry
    from checker.report.formats import ui

    template_dir = request.app.state.cekresmi.settings.template_dir
    words = ui(lang, template_dir)
    entries = []
    store = _store(request)
    if store is not None:
        with store:
            finished = [c[0] for c in store.crawls(finished_only=True)][-FEED_ENTRIES:]
        entries_cache = _cache(request, "cekresmi_feed", 4 * FEED_ENTRIES)
        for crawl in reversed(finished):
            link = f"{base}/digest?crawl={quote(crawl, safe='')}"

            def make(crawl=crawl, link=link):
                found = _gather(request, crawl, keep=False)
                return entry(worded(found[0], lang, template_dir), link, words) if found else None

            item = entries_cache.get((crawl, lang, link), make)
            if item:
                entries.append(item)
    return atom(entries, title=f"{words['app_name']}: {words['dg_title']}",
                feed_id=f"{base}/digest/feed.xml", self_link=f"{base}/digest/feed.xml",
                alternate=f"{base}/digest", lang=lang)


@router.get("/digest/{crawl}/sites/{name}.html")
async def site_report(request: Request, crawl: str, name: str):
    from checker.report.formats import render

    state = request.app.state.cekresmi
    lang = lang_of(request)
    if not _CRAWL.fullmatch(crawl) or not _SITE.fullmatch(name):
        return error_page(request, CheckError("web_not_found"))
    try:
        found = await run_in_threadpool(_gather, request, crawl)
    except CheckError as exc:
        return error_page(request, exc)
    site = next((s for s in (found[0]["sites"] if found else []) if s["report"] == name), None)
    report = found[1].get(site["url"]) if site else None
    if report is None:
        return error_page(request, CheckError("web_not_found"))
    html = await run_in_threadpool(render, report, state.context.rules, "html", lang,
                                   template_dir=state.settings.template_dir)
    return remember_lang(request, HTMLResponse(html, headers={
        "content-security-policy": _report_page_csp(), "cache-control": "no-store",
        "x-robots-tag": "noindex"}))
