"""The `cekresmi` command: the click group and its commands, each from its own module.

Heavy libraries load inside the commands that need them, so `cekresmi --help` stays fast.
Exit status: 0 the check ran, 1 a --fail-on label matched, 2 an input or fetch error.
"""

from __future__ import annotations

import os
import sys

import click

from checker.cli.check import check
from checker.cli.crawl import digest, watch
from checker.cli.crawl_run import crawl
from checker.cli.hoaxes import hoaxes
from checker.cli.i18n import LocalisedGroup
from checker.cli.official import official
from checker.cli.options import EXIT_ERROR
from checker.cli.rules import rules
from checker.cli.serve import serve
from checker.report.terminal import echo


@click.group(cls=LocalisedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cekresmi")
def cli():
    """cekresmi: is this election-results page KPU, an impostor, or unofficial?

    Run `cekresmi check URL` to check a page; `cekresmi rules list` shows what is checked.
    """


for _command in (check, rules, official, serve, watch, crawl, digest, hoaxes):
    cli.add_command(_command)


def main() -> None:
    """Console entry point: no traceback reaches a user unless CEKRESMI_DEBUG is set."""
    try:
        cli.main(standalone_mode=True)
    except KeyboardInterrupt:
        echo("dibatalkan / interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug of ours; say so in one line
        if os.environ.get("CEKRESMI_DEBUG"):
            raise
        echo(f"cekresmi: internal error ({type(exc).__name__}: {exc}); "
                   "run again with CEKRESMI_DEBUG=1 and report it", err=True)
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    main()
