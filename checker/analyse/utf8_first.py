"""The text bs4's UnicodeDammit gives a page whose first try decodes, without importing bs4
(its import, with soupsieve and charset_normalizer, is ~50 ms of a cold check of a saved page;
decode_body only needs its decoder) nor building its detector (25 us a page that declares a
charset other than UTF-8, such as the hostile iso-8859-1 and windows-1252 pages: issue 12 §5).
Anything else is left to UnicodeDammit.

UnicodeDammit (bs4 4.x) tries, in order: the encodings the headers declare, the one a
byte-order mark implies, the one the document declares (an XML declaration in the first
1,024 bytes, else a <meta> charset in the first max(2,048 bytes, 5 %)), then detection. The
first that decodes the bytes strictly is the page's text. So when the first of these names a
codec Python knows and the bytes decode strictly with it, its answer is `str(body, that
name)`; the document's declaration is found with bs4's own two patterns, copied here.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["declared_first", "utf8_first"]

# bs4.dammit's xml_encoding and html_meta, as bytes, case-insensitive
_XML = re.compile(rb"^\s*<\?.*encoding=['\"](.*?)['\"].*\?>", re.I)
_META = re.compile(rb"<\s*meta[^>]+charset\s*=\s*[\"']?([^>]*?)[ /;'\">]", re.I)
_BOMS = (b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00\x00\xfe\xff")


# Names UnicodeDammit.find_codec maps to another before its lookup: left to it.
_ALIASED = frozenset(("macintosh", "x-sjis"))


def _first(body: bytes, declared: list[str]) -> str:
    """The name UnicodeDammit tries first, lower case ("" for none, or after a BOM)."""
    if body.startswith(_BOMS):
        return ""
    if declared:
        first = declared[0]
    else:
        match = _XML.search(body, 0, 1024) or \
            _META.search(body, 0, max(2048, int(len(body) * 0.05)))
        first = match.group(1).decode("ascii", "replace") if match else ""
    return first.lower()


def declared_first(body: bytes, declared: list[str]) -> str | None:
    """The text UnicodeDammit(body, known_definite_encodings=declared, is_html=True) gives,
    when its first try succeeds; None when it is not so (then ask UnicodeDammit)."""
    first = _first(body, declared)
    if not first or first in _ALIASED:
        return None
    try:
        codecs.lookup(first)  # (find_codec: a name Python knows is tried as it is)
        return str(body, first) or None  # (an empty text: UnicodeDammit tries on)
    except (LookupError, ValueError):  # (UnicodeDecodeError is a ValueError)
        return None


def utf8_first(body: bytes, declared: list[str]) -> str | None:
    """declared_first's text when the first try is a UTF-8 codec (most pages)."""
    first = _first(body, declared)
    try:
        if not first or codecs.lookup(first).name != "utf-8":
            return None
    except LookupError:
        return None
    return declared_first(body, declared)
