"""`cekresmi hoaxes ...`: the known-hoax register (checker.store.hoaxes). A checked URL or
image that matches an entry gets "already debunked: <link>, <date>" at the top of its report."""

from __future__ import annotations

import json

import click

from checker.cli.options import db_option, error_text, fail, lang_option, write_output


def open_hoaxes(db):
    """The register in the same SQLite file as the official record (--db, CEKRESMI_DB)."""
    from checker.paths import official_db_path
    from checker.store.hoaxes import HoaxStore

    return HoaxStore(official_db_path(db))


@click.group()
def hoaxes():
    """Known hoaxes: images and addresses fact-checkers already debunked.

    \b
    Ships with publicly sourced entries only (KPU DKI Jakarta's 28 Nov 2024 statement that
    data-pemilu.pages.dev/gubernur is not KPU's); add your newsroom's debunks.
    """


@hoaxes.command("add")
@click.argument("item")
@click.option("--debunk", required=True, metavar="URL", help="Where the debunk is published.")
@click.option("--note", default="", help="A short note shown with the match.")
@db_option
@lang_option
def hoaxes_add(item, debunk, note, db, lang):
    """Register an IMAGE file (matched by perceptual hash: re-compressed, resized, cropped
    and re-screenshotted copies too) or a URL (matched by normalised address; a bare host
    covers the whole site).

    \b
    Examples:
      cekresmi hoaxes add hoaks-rido.jpg --debunk https://cekfakta.example/rido --note "RIDO 42,02%"
      cekresmi hoaxes add data-pemilu.pages.dev/gubernur --debunk https://example.org/klarifikasi
    """
    import os
    from datetime import date

    from checker.analyse.hosts import parse_url
    from checker.errors import CheckError
    from checker.store.hoaxes import Hoax, image_entry, normalise_address

    try:
        parse_url(debunk)
        if os.path.isfile(item):
            with open(item, "rb") as handle:
                entry = image_entry(handle.read(), item, debunk, note)
        else:
            entry = Hoax("url", normalise_address(item), debunk, date.today().isoformat(), note)
        with open_hoaxes(db) as store:
            store.add_many([entry])
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None
    except OSError as exc:
        raise fail(error_text(CheckError("file_unreadable", path=item, reason=exc.strerror),
                              lang)) from None
    click.echo(f"{entry.kind} {entry.key}")


@hoaxes.command("list")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text",
              show_default=True)
@db_option
@lang_option
def hoaxes_list(fmt, db, lang):
    """Every entry: id, kind, key (address or image SHA-256), date, debunk link, note."""
    from checker.errors import CheckError

    try:
        with open_hoaxes(db) as store:
            if fmt == "json":
                click.echo(json.dumps(store.export(), ensure_ascii=False, indent=1))
                return
            for h in store.entries():
                click.echo(f"{h.id}\t{h.kind}\t{h.key}\t{h.added}\t{h.debunk}\t{h.note[:80]}")
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None


@hoaxes.command("remove")
@click.argument("what")
@db_option
@lang_option
def hoaxes_remove(what, db, lang):
    """Remove an entry by its id, its address, or its image SHA-256."""
    from checker.errors import CheckError

    try:
        with open_hoaxes(db) as store:
            if not store.remove(what):
                raise CheckError("hoax_not_found", value=what)
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None


@hoaxes.command("export")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True))
@db_option
@lang_option
def hoaxes_export(output, db, lang):
    """The register as JSON (cekresmi.hoaxes/1), for another newsroom's `hoaxes import`."""
    from checker.errors import CheckError

    try:
        with open_hoaxes(db) as store:
            write_output(json.dumps(store.export(), ensure_ascii=False, indent=1) + "\n", output)
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None


@hoaxes.command("import")
@click.argument("path", type=click.Path(dir_okay=False))
@db_option
@lang_option
def hoaxes_import(path, db, lang):
    """Add the entries of a JSON export (all or nothing; an entry with the same key is
    updated)."""
    from checker.errors import CheckError

    try:
        with open_hoaxes(db) as store:
            count = store.import_file(path)
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None
    click.echo(count)
