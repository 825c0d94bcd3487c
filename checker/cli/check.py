"""`cekresmi check`: URLs, saved pages, web archives, one or many at once, through
checker.service.check_targets; then one report per target in the chosen format."""

from __future__ import annotations

import click

from checker.cli.options import (EXIT_ERROR, EXIT_FAIL_ON, FORMATS, LABELS, db_option, error_text,
                                 fail, lang_option, load_context, progress_bar, read_targets,
                                 rules_dir_option, write_output)
from checker.report.terminal import echo, visible


@click.command()
@click.argument("targets", nargs=-1)
@click.option("--from", "from_file", type=click.Path(dir_okay=False, allow_dash=True),
              help="Read URLs or files to check from this file, one a line ('-' = stdin).")
@click.option("--url", help="Where a saved page came from, or which URL to pick in a WARC.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@lang_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write the report to this file instead of standard output.")
@click.option("--short", is_flag=True, help="With --format text: a short summary for chat.")
@click.option("--full", is_flag=True,
              help="Text/Markdown: every reason with its evidence, every area, the hashes.")
@click.option("--warc-out", metavar="PATH", type=click.Path(),
              help="Save everything fetched (each redirect, the page and, when rendered, every "
                   "sub-resource, the screenshot and the rendered DOM) as a WARC 1.1 capture "
                   "with SHA-256 digests; the report states its SHA-256. One URL: PATH is the "
                   "FILE.warc.gz (or FILE.wacz for a WACZ). Several URLs: PATH is a folder "
                   "(created if missing) with one NNN-host.warc.gz per URL, in input order. "
                   "Replay with `cekresmi check FILE.warc.gz`. URLs only: a saved page or "
                   "archive was not fetched.")
@click.option("--fail-on", default="", metavar="LABELS",
              help="Exit 1 when a verdict is one of these (comma-separated), "
                   "e.g. impostor,unofficial.")
@click.option("--allow-private", is_flag=True,
              help="Allow fetching local/private addresses (off by default: SSRF guard).")
@click.option("--timeout", type=click.FloatRange(0.5, 300), default=15.0, show_default=True,
              help="Seconds allowed for each fetch, redirects included.")
@click.option("--max-bytes", type=click.IntRange(1024, 200_000_000), default=5_000_000,
              show_default=True, help="Largest page accepted (after decompression).")
@click.option("--concurrency", type=click.IntRange(1, 256), default=16, show_default=True,
              help="How many URLs to fetch at once.")
@click.option("--render", type=click.Choice(("auto", "always", "never")), default="auto",
              show_default=True,
              help="Render in Chromium: auto = pages whose figures are drawn by JavaScript.")
@click.option("--browser", "browser_path", metavar="PATH", envvar="CEKRESMI_CHROMIUM",
              help="Chromium to render with (default: $CEKRESMI_CHROMIUM, else /usr/bin/chromium).")
@click.option("--render-timeout", type=click.FloatRange(1, 300), default=20.0, show_default=True,
              help="Seconds a page may take to load and settle in the browser.")
@rules_dir_option
@click.option("--template-dir", type=click.Path(file_okay=False), envvar="CEKRESMI_TEMPLATE_DIR",
              help="Templates here override the bundled reports/ (rebranding).")
@db_option
def check(targets, from_file, url, fmt, lang, output, short, full, warc_out, fail_on, allow_private,
          timeout, max_bytes, concurrency, render, browser_path, render_timeout, rules_dir,
          template_dir, db):
    """Check URLs, saved HTML pages (with --url), WARC captures, or images (screenshots and
    forwarded graphics: PNG, JPEG, WebP, GIF, recognised by content and read by OCR).
    Anything in the known-hoax register (`cekresmi hoaxes`) is flagged at the top.

    \b
    Examples:
      cekresmi check https://data-pemilu.pages.dev/gubernur
      cekresmi check tangkapan-layar.jpg --format html -o laporan.html
      cekresmi check page.html --url https://example.pages.dev/
      cekresmi check capture.warc.gz --format html -o report.html
      cekresmi check https://example.pages.dev/ --warc-out capture.warc.gz
      cekresmi check https://example.pages.dev/ --render always --format html -o r.html
      cekresmi check --from urls.txt --format json --fail-on impostor
      cekresmi check capture.warc.gz --format png -o figures.png
    """
    from checker.bounds import clean_text
    from checker.retrieve.targets import parse_target
    from checker.service import check_targets
    from checker.errors import CheckError
    from checker.retrieve.fetch_config import FetchConfig

    fail_labels = {x.strip() for x in fail_on.split(",") if x.strip()}
    unknown = fail_labels - set(LABELS)
    if unknown:
        raise click.BadParameter(f"{', '.join(sorted(unknown))} (choose from {', '.join(LABELS)})",
                                 param_hint="--fail-on")
    if short and fmt != "text":
        raise click.BadParameter("--short goes with --format text", param_hint="--short")
    # A byte the locale could not decode arrives as a lone surrogate: U+FFFD in a URL (file
    # paths stay as given: the file system needs them exactly).
    url = clean_text(url) if url else url
    raw = list(targets)
    if from_file:
        try:
            raw += read_targets(from_file)
        except OSError as exc:
            raise fail(error_text(CheckError("file_unreadable", path=from_file,
                                          reason=exc.strerror or exc), lang, template_dir)) from None
    if not raw:
        raise click.UsageError("give at least one URL or file, or --from FILE")
    context = load_context(rules_dir, lang, db, record=True)
    from checker.cli.hoaxes import open_hoaxes

    try:
        with open_hoaxes(db) as store:
            register = store.register()
    except CheckError as exc:
        raise fail(error_text(exc, lang, template_dir)) from None

    # One outcome per input, in input order: a Report, or the CheckError that stopped it.
    outcomes: list = [None] * len(raw)
    parsed, slots = [], []
    for index, text in enumerate(raw):
        try:
            parsed.append(parse_target(text))
            slots.append(index)
        except CheckError as exc:
            outcomes[index] = exc
    save = None
    if warc_out and parsed:
        try:
            save = _warc_saver(warc_out, parsed)
        except CheckError as exc:  # before anything is fetched
            raise fail(error_text(exc, lang, template_dir)) from None
    from checker.retrieve.render_config import RenderConfig

    config = FetchConfig(timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
    render_config = RenderConfig(executable=browser_path or "", time_limit=render_timeout)
    with progress_bar(len(parsed)) as progress:
        task = progress.add_task("check", total=len(parsed))
        results = check_targets(
            parsed, context, fetch_config=config, url=url, concurrency=concurrency,
            on_snapshot=save, on_done=lambda i, r: progress.advance(task),
            render=render, render_config=render_config, hoaxes=register,
            on_note=lambda note: progress.console.print(
                visible(error_text(note, lang, template_dir)), markup=False, highlight=False,
                soft_wrap=True))
    for index, result in zip(slots, results):
        outcomes[index] = result
    reports = [r for r in outcomes if not isinstance(r, CheckError)]
    errors = [(text, r) for text, r in zip(raw, outcomes) if isinstance(r, CheckError)]
    for text, exc in errors:
        echo(_error_for(text, exc, lang, template_dir, len(raw) > 1), err=True)
    try:
        if fmt == "json" and len(raw) > 1:
            # A batch JSON array keeps one item per input, so item i is always input i.
            write_output(_json_items(raw, outcomes, context.rules, lang, template_dir), output)
        elif reports:
            write_output(_render(reports, context.rules, fmt, lang, short, template_dir, full), output)
    except CheckError as exc:
        raise fail(error_text(exc, lang, template_dir)) from None
    if errors:
        raise click.exceptions.Exit(EXIT_ERROR)
    if any(r.label in fail_labels for r in reports):
        raise click.exceptions.Exit(EXIT_FAIL_ON)


def _error_for(text: str, exc, lang: str, template_dir, batch: bool) -> str:
    """The error's line; in a batch it starts with the input it is about, unless it names it."""
    line = error_text(exc, lang, template_dir)
    shown = "".join(ch if ch.isprintable() else "?" for ch in text.strip())[:200]
    return line if not batch or shown in line else f"{shown}: {line}"


def _json_items(raw, outcomes, rules, lang, template_dir) -> str:
    import json

    from checker.errors import CheckError
    from checker.report.formats import report_dict

    items = []
    for text, outcome in zip(raw, outcomes):
        if isinstance(outcome, CheckError):
            items.append({"input": text, "error": {
                "code": outcome.code, "message": error_text(outcome, lang, template_dir)}})
        else:
            items.append(report_dict(outcome, rules, lang))
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def _warc_saver(warc_out: str, targets):
    """on_snapshot for check_targets: each fetched target's WARC, to a path fixed up front."""
    from checker.errors import CheckError
    from checker.retrieve.warc import warc_paths, write_capture

    files = [t.value for t in targets if t.kind != "url"]
    if files:
        raise CheckError("warc_out_not_fetched", path=files[0])
    paths = warc_paths(warc_out, [t.value for t in targets])
    return lambda index, snapshot: write_capture(snapshot, paths[index])


def _render(reports, rules, fmt, lang, short, template_dir, full=False) -> str:
    import json

    from checker.report.formats import claimreview, render, render_many

    if fmt == "png":  # the figures picture of the first report (one picture per chat message)
        from checker.report.formats import render_png

        return render_png(reports[0], rules, lang)
    if fmt == "claimreview":
        items = [claimreview(r, rules, lang, template_dir=template_dir) for r in reports]
        return json.dumps(items[0] if len(items) == 1 else items, ensure_ascii=False, indent=2)
    if len(reports) == 1:
        return render(reports[0], rules, fmt, lang, short=short, full=full,
                      template_dir=template_dir)
    return render_many(reports, rules, fmt, lang, short=short, full=full,
                       template_dir=template_dir)
