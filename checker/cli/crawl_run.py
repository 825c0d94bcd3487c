"""`cekresmi crawl`: check a watch-list (and what it links to) in a child process, then write
the digest and send alerts; `--every 30m` repeats it until stopped."""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta, timezone

import click

from checker.cli.options import (db_option, error_text, fail, lang_option, load_context,
                                 rules_dir_option)
from checker.cli.crawl import crawl_store, crawl_words, parse_duration, read_watchlist
from checker.report.terminal import echo


def _duration(ctx, param, value):
    if value is None:
        return None
    try:
        seconds = parse_duration(value)
    except ValueError:
        raise click.BadParameter(f"{value!r}: write e.g. 30m, 1h, 90s") from None
    if seconds < 1:
        raise click.BadParameter("at least 1s")
    return seconds


def _networks(ctx, param, values):
    import ipaddress

    try:
        return [str(ipaddress.ip_network(v.strip())) for v in values]
    except ValueError:
        raise click.BadParameter("write a network such as 127.0.0.1/32") from None


def _resolve(ctx, param, values):
    out = {}
    for value in values:
        name, sep, ip = value.partition("=")
        if not sep or not name or not ip:
            raise click.BadParameter(f"{value!r}: write NAME=IP")
        out[name.strip().lower()] = ip.strip()
    return out


class _Progress:
    """Pages done, queued and errors while the crawl runs: a bar on a terminal, else a line
    every 10 seconds (cron and systemd logs)."""

    def __init__(self, lang: str) -> None:
        from rich.console import Console

        self.words = crawl_words(lang)
        self.console = Console(stderr=True)
        self.bar = None
        self.last_line = 0.0
        self.state = {"done": 0, "queued": 0, "errors": 0}
        self.printed = None  # the last line written to a log (not a terminal)

    def __enter__(self):
        if self.console.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.bar = Progress(TextColumn("cekresmi crawl"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.description}"), console=self.console,
                                transient=True)
            self.bar.__enter__()
            self.task = self.bar.add_task("", total=None)
        return self

    def __call__(self, event: dict) -> None:
        if event.get("event") not in ("start", "result"):
            return
        self.state = {k: event.get(k, self.state[k]) for k in self.state}
        line = self.words["cr_progress"].format(**self.state)
        if self.bar is not None:
            self.bar.update(self.task, completed=self.state["done"], total=self.state["queued"],
                            description=f"errors {self.state['errors']}")
        elif time.monotonic() - self.last_line > 10:
            self.last_line = time.monotonic()
            self._print(line)

    def _print(self, line: str) -> None:
        self.printed = line
        echo(line, err=True)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)
        elif self.printed is not None:
            # A log must end on the final count: a crawl shorter than the 10 s between lines
            # left "0/5" as its last word although every page was done.
            line = self.words["cr_progress"].format(**self.state)
            if line != self.printed:
                self._print(line)


def _job(o: dict):
    from spiders.job import CrawlJob
    from checker.retrieve.browser_launch import find_chromium

    return CrawlJob(db="", crawl="", rules_dir=o["rules_dir"], render=o["render"],
                    discover=o["discover"], depth=o["depth"], allow_private=o["allow_private"],
                    resolve=o["resolve"], allowed_networks=list(o["allowed_networks"]),
                    per_domain=o["per_domain"],
                    concurrency=o["concurrency"], delay=o["delay"],
                    autothrottle=o["autothrottle"], timeout=o["timeout"],
                    max_bytes=o["max_bytes"], redis=o["redis"],
                    chromium=find_chromium() if o["render"] != "never" else None)


def _once(o: dict, lang: str) -> int:
    """One crawl, its digest and its alerts. Returns the exit status."""
    from checker.crawl.run import gather, run_crawl, run_redis_crawl, seeds_from
    from checker.crawl.digest_files import digest_link, write_digest
    from checker.errors import CheckError
    from checker.crawl.notify import send

    words = crawl_words(lang)
    with crawl_store(o["db"]) as store:
        entries = read_watchlist(o["watchlist"]) if o["watchlist"] else store.watch_list()
        if not entries:
            raise CheckError("crawl_empty")
        seeds = seeds_from(entries)
        options = {k: o[k] for k in ("discover", "depth", "render")}
        started = time.monotonic()
        with _Progress(lang) as progress:
            if o["redis"]:
                outcome, last = run_redis_crawl(
                    store, _job(o), seeds, o["redis"], on_event=progress, options=options,
                    joined=lambda c: echo(words["cr_joined"].format(crawl=c), err=True))
                crawl = outcome.crawl
                echo(words["cr_redis_share"].format(
                    done=outcome.stats.get("done", 0) - outcome.stats.get("resumed", 0)))
                if not last:
                    echo(words["cr_redis_others"].format(crawl=crawl))
                    return 0
            else:
                outcome = run_crawl(store, _job(o), seeds, on_event=progress, fresh=o["new"],
                                    options=options)
                crawl = outcome.crawl
        seconds = time.monotonic() - started
        digest, reports = gather(store, crawl)
    totals = digest["totals"]
    echo(words["cr_summary"].format(pages=totals["pages"], sites=totals["sites"],
                                          seconds=f"{seconds:.1f}", errors=totals["errors"]))
    echo("  " + " · ".join(f"{words['label_' + v['label']]}: {v['count']}"
                                 for v in digest["verdicts"]))
    echo("  " + words["cr_news"].format(
        new=len(digest["new_sites"]), changes=len(digest["changes"]),
        offline=len(digest["offline"]), proposed=len(digest["proposed"])))
    path = None
    if o["out"]:
        rules = load_context(o["rules_dir"], lang).rules
        path = write_digest(o["out"], digest, reports, rules, lang, o["template_dir"],
                            o["digest_url"])
        echo(words["cr_digest_written"].format(path=path))
    status = 0
    if o["notify"]:
        link = digest_link(o["out"], o["digest_url"]) if o["out"] else o["digest_url"]
        results = send(o["notify"], digest, lang, link, template_dir=o["template_dir"])
        if not results:
            echo(words["cr_quiet"])
        for target, error in results:
            if error is None:
                echo(words["cr_notified"].format(target=target))
            else:
                echo(error_text(error, lang), err=True)
                status = 2
    return status


@click.command("crawl")
@click.option("--watchlist", type=click.Path(dir_okay=False),
              help="Check the URLs in this file (one a line, or CSV with notes) instead of "
                   "the stored watch-list.")
@click.option("--discover", is_flag=True,
              help="Also follow links: same site up to --depth, and outbound links whose "
                   "address or text looks like election results or like KPU.")
@click.option("--depth", type=click.IntRange(0, 5), default=1, show_default=True,
              help="How many links away from a watched page --discover goes.")
@click.option("--out", type=click.Path(file_okay=False),
              help="Write the digest (HTML, Markdown, CSV, JSON + per-page reports) here.")
@click.option("--digest-url", metavar="URL", envvar="CEKRESMI_DIGEST_URL",
              help="The address the --out folder is published at (https://example.org/digest): "
                   "alerts and the Atom feed link there instead of to the local file.")
@click.option("--render", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="Render pages in Chromium: when the static page needs "
                                      "it (auto), always, or never.")
@click.option("--notify", "notify", multiple=True, metavar="TARGET",
              help="Alert when something changed: webhook=URL (JSON POST) or apprise=URL "
                   "(Telegram, Slack, e-mail... needs cekresmi[alerts]). Repeatable; also "
                   "$CEKRESMI_NOTIFY.")
@click.option("--every", callback=_duration, metavar="DURATION",
              help="Crawl again every DURATION (30m, 1h...) until stopped, each in a new process.")
@click.option("--runs", type=click.IntRange(1), help="With --every: stop after this many crawls.")
@click.option("--new", is_flag=True, help="Do not resume a stopped crawl; start a new one.")
@click.option("--redis", metavar="URL",
              help="Share the queue with other crawler processes: redis://host:6379/0.")
@click.option("--allow-private", is_flag=True,
              help="Allow local/private addresses (off by default: SSRF guard).")
@click.option("--per-domain", type=click.IntRange(1, 32), default=2, show_default=True,
              help="Requests in flight per site.")
@click.option("--concurrency", type=click.IntRange(1, 256), default=16, show_default=True,
              help="Requests in flight in all.")
@click.option("--delay", type=click.FloatRange(0, 60), default=0.0, show_default=True,
              help="Least seconds between two requests to one site.")
@click.option("--autothrottle/--no-autothrottle", default=True, show_default=True,
              help="Slow down for sites that answer slowly (Scrapy AutoThrottle).")
@click.option("--timeout", type=click.FloatRange(0.5, 300), default=15.0, show_default=True,
              help="Seconds allowed for each page.")
@click.option("--max-bytes", type=click.IntRange(1024, 200_000_000), default=5_000_000,
              show_default=True, help="Largest page accepted.")
@click.option("--resolve", multiple=True, callback=_resolve, hidden=True, metavar="NAME=IP",
              help="Answer DNS for NAME with IP (tests: a loopback site farm).")
@click.option("--allow-network", "allowed_networks", multiple=True, callback=_networks,
              hidden=True, metavar="CIDR",
              help="Let the guard through to this network only (tests: a loopback farm).")
@lang_option
@rules_dir_option
@click.option("--template-dir", type=click.Path(file_okay=False), envvar="CEKRESMI_TEMPLATE_DIR",
              help="Templates here override the bundled reports/ (rebranding).")
@db_option
def crawl(**o):
    """Check every page of the watch-list with the same checks as `cekresmi check`, store each
    result with its history, and write a digest of what changed.

    \b
    Examples:
      cekresmi crawl --out digest/
      cekresmi crawl --discover --depth 2 --out digest/ --notify webhook=https://example.org/hook
      cekresmi crawl --every 30m --out /var/www/digest
      cekresmi crawl --redis redis://10.0.0.5:6379/0      # on every crawler machine
    """
    from checker.errors import CheckError

    lang = o["lang"]
    try:
        from checker.crawl.notify import parse_targets

        o["notify"] = parse_targets(o["notify"])
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None
    if o["every"] is None:
        try:
            sys.exit(_once(o, lang))
        except CheckError as exc:
            raise fail(error_text(exc, lang, o["template_dir"])) from None
    runs = 0
    while True:  # Ctrl-C ends it (main() prints "interrupted"); each crawl is its own process
        started = time.monotonic()
        try:
            _once(o, lang)
        except CheckError as exc:  # one failed crawl does not end the schedule
            echo(error_text(exc, lang, o["template_dir"]), err=True)
        runs += 1
        if o["runs"] and runs >= o["runs"]:
            return
        wait = max(0.0, o["every"] - (time.monotonic() - started))
        at = datetime.now(timezone.utc) + timedelta(seconds=wait)
        echo(crawl_words(lang)["cr_next"].format(
            time=at.astimezone(timezone(timedelta(hours=7))).strftime("%H:%M:%S WIB")))
        time.sleep(wait)
