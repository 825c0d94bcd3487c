"""decode_body reads a UTF-8 page without bs4 (checker/analyse/utf8_first.py): its text must
be UnicodeDammit's, byte for byte, on every page we hold and on the edges of its rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4.dammit import UnicodeDammit

from builders import snapshot
from checker.analyse.page import decode_body
from checker.analyse.utf8_first import utf8_first

HERE = Path(__file__).parent
PAGES = sorted((HERE / "fixtures" / "pages").glob("*/page.html")) + \
    sorted((HERE / "corpus" / "pages").glob("*/page.html"))


def _declared(content_type: str) -> list[str]:
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return [match.group(1)] if match else []


def _dammit(body: bytes, content_type: str) -> str:
    """decode_body as it was: UnicodeDammit on every page."""
    declared = _declared(content_type)
    text = UnicodeDammit(body, known_definite_encodings=declared, is_html=True).unicode_markup
    return text or body.decode("utf-8", "replace")


def _content_type(page: Path) -> str:
    meta = json.loads((page.parent / "meta.json").read_text("utf-8"))
    return meta.get("content_type", "text/html")


def test_every_page_we_hold_decodes_as_unicode_dammit_does():
    fast = 0
    for page in PAGES:
        body, ctype = page.read_bytes(), _content_type(page)
        assert decode_body(snapshot("https://x.example/", body, content_type=ctype)) == \
            _dammit(body, ctype), page.parent.name
        fast += utf8_first(body, _declared(ctype)) is not None
    assert fast > len(PAGES) // 2  # most pages are UTF-8: bs4 is not needed for them


PADDING = b"<!-- " + b"x" * 3000 + b" -->"
EDGES = [
    (b'<meta charset="utf-8"><p>Caf\xc3\xa9 52,1%</p>', "text/html"),  # the usual page
    (b'<meta charset="UTF8"><p>Caf\xc3\xa9</p>', "text/html"),
    (b'<meta charset="utf-8"><p>Caf\xe9</p>', "text/html"),  # says UTF-8, is not
    (b'<meta charset="iso-8859-1"><p>Caf\xc3\xa9</p>', "text/html"),
    (b'<meta charset="utf-8"><p>Caf\xc3\xa9</p>', "text/html; charset=windows-1252"),
    (b'<meta charset="windows-1252"><p>Caf\xc3\xa9</p>', "text/html; charset=UTF-8"),
    (b'<meta charset="utf-8"><p>Caf\xc3\xa9</p>', "text/html; charset=bogus"),
    (b'<?xml version="1.0" encoding="latin-1"?><meta charset="utf-8"><p>\xc3\xa9</p>',
     "text/html"),  # the XML declaration comes first
    (PADDING + b'<meta charset="utf-8"><p>Caf\xc3\xa9</p>', "text/html"),  # past 2,048 bytes
    (b'<meta charset=""><p>Caf\xc3\xa9</p>', "text/html"),
    (b'<meta charset="utf-8-sig"><p>Caf\xc3\xa9</p>', "text/html"),
    (b'\xef\xbb\xbf<meta charset="utf-8"><p>Caf\xc3\xa9</p>', "text/html"),  # a BOM
    (b'\xff\xfe<\x00p\x00>\x00', "text/html; charset=utf-8"),
    (b'<p>Caf\xc3\xa9, no charset anywhere</p>', "text/html"),
    (b"", "text/html; charset=utf-8"),
]


@pytest.mark.parametrize("body, ctype", EDGES)
def test_the_edges_of_unicode_dammits_order(body, ctype):
    assert decode_body(snapshot("https://x.example/", body, content_type=ctype)) == \
        _dammit(body, ctype)


def test_fold_of_ascii_text_is_the_patterns_fold():
    """fold() turns ASCII text with one str.translate: what the two patterns made of it
    (lower case; ' . ` dropped; every other non-word character a space)."""
    from checker.figures.region_words import fold

    def patterns(text: str) -> str:
        dropped = re.sub(r"['\u2019.`]", "", text.lower())
        return " ".join(re.sub(r"[^\w]+", " ", dropped).split())

    every = "".join(map(chr, range(128)))
    texts = ["Dr. Ir. PRAMONO ANUNG WIBOWO, M.M. - H. RANO KARNO, S.IP. (SI DOEL)",
             "MAS'UD `x` a_b\t\x1c\x1fC-3", every, every[::-1] * 3,
             *(every[i:i + 7] for i in range(0, 128, 3))]
    for text in texts:
        assert fold(text) == patterns(text), repr(text)
