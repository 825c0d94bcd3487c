"""Issue 13, item 5: `--help` and usage errors in Indonesian with `--lang id` or
CEKRESMI_LANG=id (the default, as every report), English with --lang en. click's own words
and every help text of ours come from reports/locale/id/LC_MESSAGES/cekresmi.po."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import click
import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from click.testing import CliRunner

from checker.cli.i18n import lang_from_args
from checker.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "reports" / "locale" / "id" / "LC_MESSAGES" / "cekresmi.po"


def _run(args, **env):
    return CliRunner().invoke(cli, args, env={"CEKRESMI_LANG": None, **env})


def _texts(command, out=None):
    out = [] if out is None else out
    if command.help:
        out.append(inspect.cleandoc(command.__dict__.get("_cekresmi_english", {}).get("help")
                                    or command.help))
    for param in command.params:
        english = param.__dict__.get("_cekresmi_english", {})
        text = english.get("help", getattr(param, "help", None))
        if text:
            out.append(text)
        shown = english.get("show_default", getattr(param, "show_default", None))
        if isinstance(shown, str):
            out.append(shown)
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _texts(sub, out)
    return out


def test_help_is_indonesian_with_lang_id_and_english_with_lang_en():
    id_ = _run(["digest", "--help", "--lang", "id"])
    assert id_.exit_code == 0
    assert id_.output.startswith("Cara pakai: ") and "Opsi:" in id_.output
    assert "Ringkasan satu perayapan" in id_.output
    assert "Tampilkan pesan ini lalu keluar." in id_.output
    assert ("Bahasa laporan: Bahasa Indonesia (id) atau Inggris (en)."
            in " ".join(id_.output.split()))
    en = _run(["digest", "--help", "--lang", "en"])
    assert en.output.startswith("Usage: ") and "Show this message and exit." in en.output
    assert "The digest of a crawl" in en.output and "Ringkasan" not in en.output
    # The environment chooses when the command line does not; the command line wins.
    assert _run(["--help"], CEKRESMI_LANG="en").output.startswith("Usage: ")
    assert _run(["--help"], CEKRESMI_LANG="id").output.startswith("Cara pakai: ")
    assert _run(["check", "--lang=en", "--help"], CEKRESMI_LANG="id").output.startswith("Usage")
    # Examples stay runnable: only their heading is translated.
    check = _run(["check", "--help"], CEKRESMI_LANG="id").output
    assert "Contoh:" in check and "cekresmi check https://data-pemilu.pages.dev/gubernur" in check


@pytest.mark.parametrize("args, indonesian, english", [
    (["check", "--bogus", "--lang", "id"], "Galat: Tidak ada opsi '--bogus'.",
     "Error: No such option '--bogus'."),
    (["digest", "--format", "xx", "--lang", "id"],
     "Galat: Nilai tidak valid untuk '--format': 'xx' bukan salah satu pilihan:",
     "Error: Invalid value for '--format': 'xx' is not one of"),
    (["watch", "add", "--lang", "id"], "Galat: Argumen belum diisi 'URLS...'.",
     "Error: Missing argument 'URLS...'."),
    (["check", "--lang", "id", "-o"], "Galat: Opsi '-o' perlu 1 nilai.",
     "Error: Option '-o' requires an argument."),
    (["tidakada", "--lang", "id"], "Galat: Tidak ada perintah 'tidakada'.",
     "Error: No such command 'tidakada'."),
])
def test_usage_errors_follow_the_language(args, indonesian, english):
    result = _run(args)
    assert result.exit_code == 2 and indonesian in result.output, result.output
    assert "Error" not in result.output and "Usage" not in result.output
    swapped = ["en" if a == "id" else a for a in args]
    result = _run(swapped)
    assert result.exit_code == 2 and english in result.output, result.output


def test_lang_is_read_before_parsing():
    assert lang_from_args(["check", "--lang", "en", "x"]) == "en"
    assert lang_from_args(["check", "--lang=en"]) == "en"
    assert lang_from_args(["check", "--", "--lang", "en"]) == "id"
    assert lang_from_args(["check", "--lang", "xx"]) == "id"


def test_every_help_text_and_click_message_has_indonesian():
    with PO.open("rb") as handle:
        catalog = read_po(handle)
    missing = [t for t in dict.fromkeys(_texts(cli)) if not (catalog.get(t) and catalog.get(t).string)]
    assert missing == [], "add to cekresmi.po, then run scripts/compile_locale.py"
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), message.id
        # Placeholders survive translation (click formats them in).
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        for s in strings:
            wanted = {p for i in ids for p in _fields(i)}
            assert _fields(s) <= wanted, (message.id, s)


def _fields(text: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_compiled_catalogue_matches_its_source():
    def flat(catalog):
        tup = lambda v: tuple(v) if isinstance(v, (list, tuple)) else v  # noqa: E731
        return {tup(m.id): tup(m.string) for m in catalog if m.id}

    with PO.open("rb") as handle:
        source = flat(read_po(handle))
    with PO.with_suffix(".mo").open("rb") as handle:
        compiled = flat(read_mo(handle))
    assert compiled == source, "run scripts/compile_locale.py"


def test_installed_command_speaks_indonesian_in_a_fresh_process():
    out = subprocess.run([sys.executable, "-m", "checker.cli", "check", "--nope"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60,
                         env={"PATH": "/usr/bin:/bin", "CEKRESMI_LANG": "id"})
    assert out.returncode == 2 and "Galat: Tidak ada opsi '--nope'." in out.stderr
