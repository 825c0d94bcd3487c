"""`cekresmi official ...`: the official record figures are compared against. Thin commands:
parse, call checker.official, format. Heavy imports stay inside the commands."""

from __future__ import annotations

import click

from checker.cli.options import EXIT_ERROR, db_option, error_text, fail, lang_option, progress_bar
from checker.report.terminal import echo

@click.group()
def official():
    """The official record figures are compared against: import, sync, status.

    \b
    Ships with the Pilkada 2024 Sirekap snapshot, the Pemilu 2024 aggregates and three
    governor plenary results, loaded into your database on first use.
    """


@official.command("import")
@click.argument("path", type=click.Path())
@db_option
@lang_option
def official_import(path, db, lang):
    """Import a folder of Sirekap JSON as scrapers save it (Pilkada pkwkp/pkwkk/paslon, Pemilu
    pemilu/hhcw/ppwp, region lists). Importing twice changes nothing.

    \b
    Example:
      cekresmi official import pilkada-scrap/
    """
    from checker.errors import CheckError
    from checker.official import import_sirekap_tree, open_store
    from checker.official.words import import_lines

    try:
        with open_store(db) as store:
            summary = import_sirekap_tree(store, path)
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None
    for line in import_lines(summary, lang):
        echo(line)


@official.command("import-rekap")
@click.argument("csv_file", metavar="FILE.csv", type=click.Path())
@db_option
@lang_option
def official_import_rekap(csv_file, db, lang):
    """Import plenary recapitulation results (tier rekap) from a CSV, one row per candidate:
    election,race_kind,region_code[,area_code],nomor_urut|candidate_id,votes,as_of,source.
    A bad row stops the import with the line named; nothing is half-imported."""
    from checker.errors import CheckError
    from checker.official import import_rekap_csv, open_store
    from checker.official.words import words

    try:
        with open_store(db) as store:
            count = import_rekap_csv(store, csv_file)
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None
    echo(words(lang)["rekap_done"].format(results=count, path=csv_file))


@official.command("sync")
@click.option("--election", required=True, type=click.Choice(["pilkada2024", "pemilu2024"]),
              help="Which Sirekap data to fetch.")
@click.option("--region", metavar="CODE",
              help="Only this province (2 digits) or kab/kota (4 digits), e.g. 31 or 3171.")
@click.option("--refresh", is_flag=True, help="Fetch again what an earlier run already fetched.")
@click.option("--tps", is_flag=True, help="Go on down to each TPS of --region (kecamatan, desa "
              "and TPS figures; a province is tens of thousands of requests).")
@db_option
@lang_option
def official_sync(election, region, refresh, tps, db, lang):
    """Fetch Sirekap figures live from KPU's data hosts (polite: 4 requests at a time, retries
    with backoff). Resumable: run it again after a failure to fetch only what is missing."""
    from checker.errors import CheckError
    from checker.official import open_store
    from checker.official.sync import sync
    from checker.official.words import words

    try:
        with open_store(db) as store, progress_bar(2) as bar:
            task = bar.add_task("sync", total=None)
            summary = sync(store, election, region, refresh=refresh, tps=tps,
                           progress=lambda done, total: bar.update(task, completed=done,
                                                                   total=total))
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None
    w = words(lang)
    echo(w["sync_done"].format(fetched=summary.fetched, skipped=summary.skipped,
                                     missing=len(summary.missing), results=summary.results))
    if summary.failed:
        for _, exc in summary.failed[:20]:
            echo(error_text(exc, lang), err=True)
        echo(w["sync_failed"].format(count=len(summary.failed)), err=True)
        raise click.exceptions.Exit(EXIT_ERROR)


@official.command("status")
@db_option
@lang_option
def official_status(db, lang):
    """What is loaded: per election, race kind and tier, with time span and TPS progress."""
    from checker.errors import CheckError
    from checker.official import open_store, status
    from checker.official.words import status_lines

    try:
        with open_store(db) as store:
            rows = status(store)
            lines = status_lines(rows, lang, path=store.path, embedded=store.meta("embedded"),
                                 fetched=store.counts()["fetched"])
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None
    for line in lines:
        echo(line)


