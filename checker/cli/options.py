"""What every `cekresmi` command shares: the common options, exit codes, one-line errors in the
user's language, the context loader and the progress bar. Commands import from here; nothing
here imports a command (so the CLI modules form no cycle)."""

from __future__ import annotations

import functools
import os
from contextlib import contextmanager

import click

from checker.report.terminal import echo

LANGS = ("id", "en")
FORMATS = ("text", "json", "html", "md", "claimreview", "png")
LABELS = ("official", "impostor", "independent", "unofficial", "no_claims")
EXIT_OK, EXIT_FAIL_ON, EXIT_ERROR = 0, 1, 2


def default_lang() -> str:
    lang = os.environ.get("CEKRESMI_LANG", "id")
    return lang if lang in LANGS else "id"


def lang_option(func):
    return click.option("--lang", type=click.Choice(LANGS), default=default_lang,
                        show_default="id, or $CEKRESMI_LANG",
                        help="Report language: Bahasa Indonesia (id) or English (en).")(func)


def rules_dir_option(func):
    return click.option("--rules-dir", type=click.Path(file_okay=False),
                        envvar="CEKRESMI_RULES_DIR",
                        help="Use rules from this directory instead of the bundled rules/.")(func)


def fail(message: str) -> "click.exceptions.Exit":
    echo(message, err=True)
    return click.exceptions.Exit(EXIT_ERROR)


def db_option(func):
    return click.option("--db", type=click.Path(dir_okay=False), envvar="CEKRESMI_DB",
                        help="The official-record database (default: $CEKRESMI_DB, else "
                             "$XDG_DATA_HOME/cekresmi/cekresmi.sqlite3).")(func)


def load_context(rules_dir, lang, db=None, record=False):
    """checker.context.load_context, with its errors as one line and exit status 2."""
    from checker.context import load_context as load
    from checker.errors import CheckError
    from checker.ruleset.schema import RulesError

    try:
        return load(rules_dir, db, record=record)
    except RulesError as exc:
        prefix = "Aturan tidak valid" if lang == "id" else "Invalid rules"
        raise fail(f"{prefix}: {exc}") from None
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None


def error_text(exc, lang, template_dir=None) -> str:
    from checker.report.messages import error_line

    return error_line(exc, lang, template_dir)


@contextmanager
def one_line_errors(lang, template_dir=None):
    """A CheckError inside becomes its one line in the user's language and exit status 2."""
    from checker.errors import CheckError

    try:
        yield
    except CheckError as exc:
        raise fail(error_text(exc, lang, template_dir)) from None


def read_targets(path: str) -> list[str]:
    """One target a line; blank lines and # comments skipped ('-' reads stdin)."""
    with click.open_file(path, encoding="utf-8", errors="replace") as handle:
        return [line.strip() for line in handle
                if line.strip() and not line.lstrip().startswith("#")]


def progress_bar(total: int):
    """A progress bar on stderr for batches; silent when stderr is not a terminal."""
    if total < 2:
        return _NoBar()
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    return Progress(TextColumn("cekresmi"), BarColumn(), MofNCompleteColumn(), console=console,
                    transient=True, disable=total < 2 or not console.is_terminal)


class _NoBar:
    """A single check shows no bar: rich (~30 ms of a cold check) is imported only if a note
    is printed on its console."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass

    def add_task(self, *args, **kwargs) -> int:
        return 0

    def advance(self, *args, **kwargs) -> None:
        pass

    @functools.cached_property
    def console(self):
        from rich.console import Console

        return Console(stderr=True)


def write_output(text: str | bytes, output: str | None) -> None:
    if isinstance(text, bytes):  # --format png
        if not output or output == "-":
            click.get_binary_stream("stdout").write(text)
            return
        from checker.report.files import write_bytes

        write_bytes(output, text)
        return
    if not output or output == "-":
        echo(text, nl=not text.endswith("\n"))
        return
    from checker.report.files import write_text

    write_text(output, text)
