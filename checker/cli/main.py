"""The `cekresmi` command: parse, call the library, format. Nothing else lives here.

Heavy libraries load inside the commands that need them, so `cekresmi --help` stays fast.
Exit status: 0 the check ran, 1 a --fail-on label matched, 2 an input or fetch error.
"""

from __future__ import annotations

import os
import sys

import click

LANGS = ("id", "en")
FORMATS = ("text", "json", "html", "md", "claimreview")
LABELS = ("official", "impostor", "independent", "unofficial", "no_claims")
EXIT_OK, EXIT_FAIL_ON, EXIT_ERROR = 0, 1, 2


def _default_lang() -> str:
    lang = os.environ.get("CEKRESMI_LANG", "id")
    return lang if lang in LANGS else "id"


def lang_option(func):
    return click.option("--lang", type=click.Choice(LANGS), default=_default_lang,
                        show_default="id, or $CEKRESMI_LANG",
                        help="Report language: Bahasa Indonesia (id) or English (en).")(func)


def rules_dir_option(func):
    return click.option("--rules-dir", type=click.Path(file_okay=False),
                        envvar="CEKRESMI_RULES_DIR",
                        help="Use rules from this directory instead of the bundled rules/.")(func)


def _fail(message: str) -> "click.exceptions.Exit":
    click.echo(message, err=True)
    return click.exceptions.Exit(EXIT_ERROR)


def db_option(func):
    return click.option("--db", type=click.Path(dir_okay=False), envvar="CEKRESMI_DB",
                        help="The official-record database (default: $CEKRESMI_DB, else "
                             "$XDG_DATA_HOME/cekresmi/cekresmi.sqlite3).")(func)


def _load_context(rules_dir, lang, db=None, record=False):
    from checker.context import Context
    from checker.paths import rules_dir as find_rules
    from checker.ruleset.load import load_rules
    from checker.ruleset.schema import RulesError

    try:
        rules = load_rules(find_rules(rules_dir))
    except RulesError as exc:
        prefix = "Aturan tidak valid" if lang == "id" else "Invalid rules"
        raise _fail(f"{prefix}: {exc}") from None
    if not record:
        return Context(rules=rules)
    # The official record figures are compared against (the shipped data on first use).
    from checker.errors import CheckError
    from checker.official import default_record

    try:
        return Context(rules=rules, official=default_record(db))
    except CheckError as exc:
        raise _fail(_error(exc, lang)) from None


def _error(exc, lang, template_dir=None) -> str:
    from checker.report.messages import error_line

    return error_line(exc, lang, template_dir)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cekresmi")
def cli():
    """cekresmi: is this election-results page KPU, an impostor, or unofficial?

    Run `cekresmi check URL` to check a page; `cekresmi rules list` shows what is checked.
    """


def _read_from(path: str) -> list[str]:
    """One target a line; blank lines and # comments skipped ('-' reads stdin)."""
    with click.open_file(path, encoding="utf-8", errors="replace") as handle:
        return [line.strip() for line in handle
                if line.strip() and not line.lstrip().startswith("#")]


def _progress(total: int):
    """A progress bar on stderr for batches; silent when stderr is not a terminal."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    return Progress(TextColumn("cekresmi"), BarColumn(), MofNCompleteColumn(), console=console,
                    transient=True, disable=total < 2 or not console.is_terminal)


def _write(text: str, output: str | None) -> None:
    if not output or output == "-":
        click.echo(text, nl=not text.endswith("\n"))
        return
    from checker.report.files import write_text

    write_text(output, text)


@cli.command()
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
def check(targets, from_file, url, fmt, lang, output, short, warc_out, fail_on, allow_private,
          timeout, max_bytes, concurrency, render, browser_path, render_timeout, rules_dir,
          template_dir, db):
    """Check URLs, saved HTML pages (with --url) or WARC captures.

    \b
    Examples:
      cekresmi check https://data-pemilu.pages.dev/gubernur
      cekresmi check page.html --url https://example.pages.dev/
      cekresmi check capture.warc.gz --format html -o report.html
      cekresmi check https://example.pages.dev/ --warc-out capture.warc.gz
      cekresmi check https://example.pages.dev/ --render always --format html -o r.html
      cekresmi check --from urls.txt --format json --fail-on impostor
    """
    from checker.service import check_targets, parse_target
    from checker.errors import CheckError
    from checker.retrieve.fetch import FetchConfig

    fail_labels = {x.strip() for x in fail_on.split(",") if x.strip()}
    unknown = fail_labels - set(LABELS)
    if unknown:
        raise click.BadParameter(f"{', '.join(sorted(unknown))} (choose from {', '.join(LABELS)})",
                                 param_hint="--fail-on")
    if short and fmt != "text":
        raise click.BadParameter("--short goes with --format text", param_hint="--short")
    raw = list(targets)
    if from_file:
        try:
            raw += _read_from(from_file)
        except OSError as exc:
            raise _fail(_error(CheckError("file_unreadable", path=from_file,
                                          reason=exc.strerror or exc), lang, template_dir)) from None
    if not raw:
        raise click.UsageError("give at least one URL or file, or --from FILE")
    context = _load_context(rules_dir, lang, db, record=True)

    parsed, errors = [], []
    for text in raw:
        try:
            parsed.append(parse_target(text))
        except CheckError as exc:
            errors.append(exc)
    save = None
    if warc_out and parsed:
        try:
            save = _warc_saver(warc_out, parsed)
        except CheckError as exc:  # before anything is fetched
            raise _fail(_error(exc, lang, template_dir)) from None
    from checker.retrieve.capture import RenderConfig

    config = FetchConfig(timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
    render_config = RenderConfig(executable=browser_path or "", time_limit=render_timeout)
    with _progress(len(parsed)) as progress:
        task = progress.add_task("check", total=len(parsed))
        results = check_targets(
            parsed, context, fetch_config=config, url=url, concurrency=concurrency,
            on_snapshot=save, on_done=lambda i, r: progress.advance(task),
            render=render, render_config=render_config,
            on_note=lambda note: progress.console.print(
                _error(note, lang, template_dir), markup=False, highlight=False,
                soft_wrap=True))
    reports = [r for r in results if not isinstance(r, CheckError)]
    errors += [r for r in results if isinstance(r, CheckError)]
    for exc in errors:
        click.echo(_error(exc, lang, template_dir), err=True)
    if reports:
        try:
            _write(_render(reports, context.rules, fmt, lang, short, template_dir), output)
        except CheckError as exc:
            raise _fail(_error(exc, lang, template_dir)) from None
    if errors:
        raise click.exceptions.Exit(EXIT_ERROR)
    if any(r.label in fail_labels for r in reports):
        raise click.exceptions.Exit(EXIT_FAIL_ON)


def _warc_saver(warc_out: str, targets):
    """on_snapshot for check_targets: each fetched target's WARC, to a path fixed up front."""
    from checker.errors import CheckError
    from checker.retrieve.warc import warc_paths, write_capture

    files = [t.value for t in targets if t.kind != "url"]
    if files:
        raise CheckError("warc_out_not_fetched", path=files[0])
    paths = warc_paths(warc_out, [t.value for t in targets])
    return lambda index, snapshot: write_capture(snapshot, paths[index])


def _render(reports, rules, fmt, lang, short, template_dir) -> str:
    import json

    from checker.report.formats import claimreview, render, render_many

    if fmt == "claimreview":
        items = [claimreview(r, rules, lang, template_dir=template_dir) for r in reports]
        return json.dumps(items[0] if len(items) == 1 else items, ensure_ascii=False, indent=2)
    if len(reports) == 1:
        return render(reports[0], rules, fmt, lang, short=short, template_dir=template_dir)
    return render_many(reports, rules, fmt, lang, short=short, template_dir=template_dir)


@cli.group()
def rules():
    """List and explain the rules behind every finding."""


@rules.command("list")
@lang_option
@rules_dir_option
def rules_list(lang, rules_dir):
    """List every rule: code, severity, confidence and title."""
    from checker.report.formats import ui

    context = _load_context(rules_dir, lang)
    words = ui(lang)
    for rule in context.rules.rules:
        click.echo(f"{rule.code}  {words['sev_' + rule.severity]:<10} "
                   f"{words['conf_' + rule.confidence]:<7} {rule.title.get(lang)}")


@rules.command("explain")
@click.argument("code")
@lang_option
@rules_dir_option
def rules_explain(code, lang, rules_dir):
    """Explain one rule (e.g. DOM010): what it means, its parameters and examples."""
    from checker.report.formats import ui

    context = _load_context(rules_dir, lang)
    words = ui(lang)
    try:
        rule = context.rules.rule(code.upper())
    except KeyError:
        raise _fail(words["explain_unknown"].format(code=code)) from None
    click.echo(f"{rule.code}: {rule.title.get(lang)}")
    click.echo(f"  {words['severity']}: {words['sev_' + rule.severity]}   "
               f"{words['confidence']}: {words['conf_' + rule.confidence]}"
               f"   {words['explain_check']}: {rule.check}")
    click.echo(f"  {words['explain_message']}: {rule.message.get(lang)}")
    for key, value in rule.params.items():
        click.echo(f"  {words['explain_param']} {key}: {value}")
    for ref in rule.references:
        click.echo(f"  {words['references']}: {ref}")
    for note in rule.falsepositives:
        click.echo(f"  {words['explain_falsepositive']}: {note}")
    for kind in ("fires", "passes"):
        for example in getattr(rule, kind):
            shown = example if isinstance(example, str) else example.get("url", "")
            extra = "" if isinstance(example, str) else (
                f"  ({', '.join(k for k in example if k != 'url')})")
            click.echo(f"  {words['explain_' + kind]}: {shown}{extra}")


# `cekresmi official ...` lives in its own module (the record commands); registered here.
from checker.cli.official import official  # noqa: E402

cli.add_command(official)
from checker.cli import serve as cli_serve  # noqa: E402,F401  (`cekresmi serve` registers itself)

from checker.cli.crawl import COMMANDS as _CRAWL_COMMANDS  # noqa: E402  (watch, crawl, digest)

for _command in _CRAWL_COMMANDS:
    cli.add_command(_command)


def main() -> None:
    """Console entry point: no traceback reaches a user unless CEKRESMI_DEBUG is set."""
    try:
        cli.main(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("dibatalkan / interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug of ours; say so in one line
        if os.environ.get("CEKRESMI_DEBUG"):
            raise
        click.echo(f"cekresmi: internal error ({type(exc).__name__}: {exc}); "
                   "run again with CEKRESMI_DEBUG=1 and report it", err=True)
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    main()
