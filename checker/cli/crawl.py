"""`cekresmi watch ...`, `cekresmi crawl`, `cekresmi digest`: newsroom crawls. Thin commands:
parse, call checker.crawl.run / digest / notify, format. Scrapy runs only in the crawl's child
process (spiders/run.py), never in this one."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import click

from checker.cli.options import (db_option, lang_option, load_context, one_line_errors,
                                 rules_dir_option)
from checker.report.terminal import echo

# `cekresmi crawl` lives in crawl_run.py (its options are many); main.py registers all three.
__all__ = ["crawl_store", "crawl_words", "digest", "parse_duration", "read_watchlist", "watch"]

_DURATION = re.compile(r"(\d+)\s*([smhd])")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def crawl_store(db):
    from checker.store.crawls import CrawlStore
    from checker.paths import official_db_path

    return CrawlStore(official_db_path(db))


def crawl_words(lang):
    from checker.report.formats import ui

    return ui(lang)


def parse_duration(text: str) -> float:
    """'30m', '1h30m', '90s', '2d' -> seconds; ValueError otherwise."""
    text = text.strip().lower()
    parts = _DURATION.findall(text)
    if not parts or _DURATION.sub("", text).strip():
        raise ValueError(text)
    return float(sum(int(n) * _UNITS[u] for n, u in parts))


def _since(text: str | None) -> str | None:
    """--since 24h (ago) or an ISO time -> the ISO UTC time crawls are compared by."""
    from checker.errors import CheckError

    if not text:
        return None
    try:
        moment = datetime.now(timezone.utc) - timedelta(seconds=parse_duration(text))
    except ValueError:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise CheckError("bad_since", value=text) from None
        if moment.tzinfo is None:  # a bare time is WIB, as Indonesian newsrooms write it
            moment = moment.replace(tzinfo=timezone(timedelta(hours=7)))
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _entry(text: str, note: str = "", ignore_robots: bool = False):
    from checker.bounds import clean_text
    from checker.retrieve.targets import parse_target
    from checker.store.crawls import WatchEntry
    from checker.errors import CheckError
    from checker.analyse.hosts import parse_url

    target = parse_target(text)
    if target.kind != "url":
        raise CheckError("bad_url", url=text)
    parse_url(target.value)  # http(s) with a host, or CheckError
    return WatchEntry(target.value, clean_text(note.strip()), ignore_robots)


def read_watchlist(path: str) -> list:
    """One URL a line (words after it are its note; # comments), or CSV with a header
    naming `url` and optionally `note` and `ignore_robots`. A bad line stops the import."""
    import csv  # here: every `cekresmi` command loads this module, few read a watch-list

    from checker.errors import CheckError

    try:
        text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        raise CheckError("file_unreadable", path=path, reason=exc.strerror or exc) from None
    first = text.lstrip().split("\n", 1)[0].lower()
    entries = []
    if "url" in first and "," in first:
        # The csv module on the whole text: a quoted note may hold a line break or a U+2028
        # (str.splitlines would cut the row there). A row is reported by its first line.
        reader = csv.reader(io.StringIO(text, newline=""))
        line = 1
        try:
            header = []
            while not header:  # blank lines before the header
                header = [(k or "").strip().lower() for k in next(reader)]
            while True:
                line = reader.line_num + 1
                cells = next(reader, None)
                if cells is None:
                    break
                if not any(c.strip() for c in cells):
                    continue
                row = dict(zip(header, cells))
                try:
                    entries.append(_entry(row.get("url", ""), row.get("note", ""),
                                          row.get("ignore_robots", "").strip().lower()
                                          in ("1", "true", "yes", "ya")))
                except CheckError:
                    raise CheckError("watchlist_bad_line", path=path, line=line,
                                     value=row.get("url", "")) from None
        except csv.Error:
            raise CheckError("watchlist_bad_line", path=path, line=line, value="") from None
        return entries
    for line, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        url, _, note = raw.partition(" ")
        try:
            entries.append(_entry(url, note))
        except CheckError:
            raise CheckError("watchlist_bad_line", path=path, line=line, value=url) from None
    return entries


# --- watch ----------------------------------------------------------------------------------

@click.group()
def watch():
    """The watch-list: pages a newsroom re-checks on every crawl (kept in the store)."""


@watch.command("add")
@click.argument("urls", nargs=-1, required=True)
@click.option("--note", default="", help="Why this page is watched (shown in digests).")
@click.option("--ignore-robots", is_flag=True,
              help="Check it even if its robots.txt disallows (recorded in every report).")
@db_option
@lang_option
def watch_add(urls, note, ignore_robots, db, lang):
    """Add pages to the watch-list (a page already listed gets the new note)."""
    _watch_add(lambda: [_entry(u, note, ignore_robots) for u in urls], db, lang)


@watch.command("import")
@click.argument("path", type=click.Path(dir_okay=False))
@db_option
@lang_option
def watch_import(path, db, lang):
    """Import a watch-list file: one URL a line (a note may follow it), or CSV with the
    columns url, note, ignore_robots. Nothing is imported when a line is bad."""
    _watch_add(lambda: read_watchlist(path), db, lang)


def _watch_add(read_entries, db, lang) -> None:
    """Store the entries `read_entries()` gives (all or none: a bad one stops it before the
    store is opened) and say how many; a CheckError is one line and exit status 2."""
    with one_line_errors(lang):
        entries = read_entries()
        with crawl_store(db) as store:
            count = store.watch_add(entries)
    echo(crawl_words(lang)["watch_added"].format(count=count))


@watch.command("list")
@click.option("--proposed", is_flag=True,
              help="Instead: pages the last crawl found through links and proposes to watch.")
@db_option
@lang_option
def watch_list(proposed, db, lang):
    """List the watch-list: URL, robots.txt override, note."""
    words = crawl_words(lang)
    with one_line_errors(lang), crawl_store(db) as store:
        if proposed:
            from checker.crawl.run import gather

            digest, _ = gather(store)
            for site in digest["proposed"]:
                echo(f"{site['url']}\t{site['label']}\t{site.get('parent') or ''}")
            return
        entries = store.watch_list()
    if not entries:
        echo(words["watch_empty"])
    for e in entries:
        flags = f"\t[{words['watch_robots']}]" if e.ignore_robots else ""
        echo(f"{e.url}{flags}\t{e.note}".rstrip())


@watch.command("remove")
@click.argument("urls", nargs=-1, required=True)
@db_option
@lang_option
def watch_remove(urls, db, lang):
    """Remove pages from the watch-list (their history stays in the store)."""
    words = crawl_words(lang)
    with one_line_errors(lang), crawl_store(db) as store:
        for url in urls:
            target = _entry(url).url
            # Before one parser served the CLI and the web, a bare host was listed
            # without its "/" ("https://host"): such entries are removed too.
            legacy = [target[:-1]] if target.endswith("/") else []
            removed = any(store.watch_remove(u) for u in [target, url, *legacy])
            key = "watch_removed" if removed else "watch_not_listed"
            echo(words[key].format(url=target))


# --- digest ---------------------------------------------------------------------------------

@click.command("digest")
@click.option("--since", metavar="WHEN",
              help="Compare with the newest crawl before this time: 24h, 30m, 7d (ago) or an "
                   "ISO time (WIB unless it says otherwise). Default: the crawl before.")
@click.option("--crawl", "crawl_id", metavar="ID", help="Which crawl (default: the newest).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False),
              help="Write digest.html/.md/.csv/.json and per-page reports into this folder.")
@click.option("--digest-url", metavar="URL", envvar="CEKRESMI_DIGEST_URL",
              help="The address the --out folder is published at: the Atom feed links there.")
@click.option("--format", "fmt", type=click.Choice(["md", "json", "csv", "html"]), default="md",
              show_default=True, help="Without --out: what to print.")
@click.option("--list", "list_crawls", is_flag=True, help="List the stored crawls instead.")
@lang_option
@rules_dir_option
@click.option("--template-dir", type=click.Path(file_okay=False), envvar="CEKRESMI_TEMPLATE_DIR",
              help="Templates here override the bundled reports/ (rebranding).")
@db_option
def digest(since, crawl_id, out_dir, digest_url, fmt, list_crawls, lang, rules_dir, template_dir,
           db):
    """The digest of a crawl: verdict counts, new sites, what changed since the previous crawl
    (old and new side by side), pages gone offline, the largest differences from the official
    record, links to each page's report. It opens with one sentence and the pages to act on
    first; with --out an Atom feed (feed.xml) of the digests written there is kept too."""
    from checker.crawl.run import gather
    from checker.crawl.digest_files import render_digest, write_digest

    with one_line_errors(lang, template_dir):
        with crawl_store(db) as store:
            if list_crawls:
                from checker.crawl.digest_files import when

                for cid, started, finished in store.crawls():  # times in WIB, as the digest
                    counts = store.counts(cid)
                    echo(f"{cid}\t{when(started, lang)}\t{when(finished, lang) if finished else '-'}"
                         f"\t{counts['done']}")
                return
            data, reports = gather(store, crawl_id, _since(since))
        if out_dir:
            context = load_context(rules_dir, lang)
            path = write_digest(out_dir, data, reports, context.rules, lang, template_dir,
                                digest_url)
            echo(crawl_words(lang)["cr_digest_written"].format(path=path))
        else:
            echo(render_digest(data, fmt, lang, template_dir), nl=False)
