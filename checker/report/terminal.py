"""Text from pages, archives and the store, made safe to print to a terminal.

A crawled title or a watch-list note is hostile text: an ESC sequence in it can recolour the
screen, hide lines, set the window title, write the clipboard (OSC 52) or plant a link (OSC 8);
a backspace or carriage return can overwrite what was printed before it; a bidi override can
make `evil.example/kpu.go.id` read as something else. `visible` turns every such character
into its escape, written `\\u001b`: readable to a person, and still valid inside a JSON string
(so `--format json` on a terminal keeps parsing to the same text).
"""

from __future__ import annotations

import re

import click

__all__ = ["echo", "visible"]

# C0 and DEL, C1, the bidi embeddings/overrides/isolates and marks, and the Unicode line and
# paragraph separators (some terminals and editors break lines at them), and lone surrogates
# (no terminal encoding can write them).
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
                       "\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def visible(text: str, keep: str = "\n\t") -> str:
    """`text` with every control character but those in `keep` written as \\uXXXX."""
    return _CONTROLS.sub(lambda m: m[0] if m[0] in keep else f"\\u{ord(m[0]):04x}", text)


def echo(text: str = "", *, nl: bool = True, err: bool = False, keep: str = "\n\t") -> None:
    """click.echo of `text` made visible: for anything that may hold page or stored text."""
    click.echo(visible(str(text), keep), nl=nl, err=err)
