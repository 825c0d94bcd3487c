"""Compile reports/locale/*/LC_MESSAGES/cekresmi.po (the source, edited by hand) to the .mo
files `cekresmi` reads (checker/cli/i18n.py). Run after editing a .po:

    python scripts/compile_locale.py

tests/test_cli_lang.py fails when a .mo is older than its .po, or when a help text has no
translation.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent


def compile_all(root: Path = ROOT) -> list[Path]:
    written = []
    for po in sorted((root / "reports" / "locale").glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as handle:
            catalog = read_po(handle)
        with po.with_suffix(".mo").open("wb") as handle:
            write_mo(handle, catalog)
        written.append(po.with_suffix(".mo"))
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(path.relative_to(ROOT))
