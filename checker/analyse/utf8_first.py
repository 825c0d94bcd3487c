"""A page that bs4's UnicodeDammit would read as UTF-8 at its first try, decoded without
importing bs4 (its import, with soupsieve and charset_normalizer, is ~50 ms of a cold check
of a saved page; decode_body only needs its decoder). Anything else is left to UnicodeDammit.

UnicodeDammit (bs4 4.x) tries, in order: the encodings the headers declare, the one a
byte-order mark implies, the one the document declares (an XML declaration in the first
1,024 bytes, else a <meta> charset in the first max(2,048 bytes, 5 %)), then detection. The
first that decodes the bytes strictly is the page's text. So when the first of these is a
UTF-8 codec and the bytes are valid UTF-8, its answer is `body.decode(that codec)`; the
document's declaration is found with bs4's own two patterns, copied here.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["utf8_first"]

# bs4.dammit's xml_encoding and html_meta, as bytes, case-insensitive
_XML = re.compile(rb"^\s*<\?.*encoding=['\"](.*?)['\"].*\?>", re.I)
_META = re.compile(rb"<\s*meta[^>]+charset\s*=\s*[\"']?([^>]*?)[ /;'\">]", re.I)
_BOMS = (b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00\x00\xfe\xff")


def utf8_first(body: bytes, declared: list[str]) -> str | None:
    """The text UnicodeDammit(body, known_definite_encodings=declared, is_html=True) gives,
    when its first try is UTF-8 and succeeds; None when it is not so (then ask UnicodeDammit)."""
    if body.startswith(_BOMS):
        return None
    if declared:
        first = declared[0]
    else:
        match = _XML.search(body, 0, 1024) or \
            _META.search(body, 0, max(2048, int(len(body) * 0.05)))
        first = match.group(1).decode("ascii", "replace") if match else ""
    first = first.lower()
    try:
        if not first or codecs.lookup(first).name != "utf-8":
            return None
        return body.decode(first)
    except (LookupError, ValueError):  # (UnicodeDecodeError is a ValueError)
        return None
