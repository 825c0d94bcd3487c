"""Caps for values that come from outside (pages, archives, Sirekap files, CSV rows, command
lines), applied where they enter, so that no input ends in an internal error further on:

- counts: a vote or TPS count has at most 13 digits (more than a thousand times Indonesia's
  voters) and fits SQLite's INTEGER (int() of a 5,000-digit string is a ValueError, and
  SQLite cannot store 10^30);
- JSON nesting: at most MAX_JSON_DEPTH levels, measured without recursion (json.loads of
  '[' * 100000 is a RecursionError, and so is any recursive walk of a deep value);
- text: a lone surrogate (JSON "\\ud800", or a command-line byte Python could not decode)
  becomes U+FFFD; it cannot be encoded as UTF-8 (SQLite, files, the terminal).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import accumulate
from typing import Any

__all__ = ["MAX_COUNT", "MAX_COUNT_DIGITS", "MAX_JSON_DEPTH", "SQLITE_MAX", "clean_strings",
           "clean_text", "count_ok", "json_depth", "load_json", "load_json_file", "shown"]

MAX_COUNT_DIGITS = 13
MAX_COUNT = 10 ** MAX_COUNT_DIGITS - 1
SQLITE_MAX = 2 ** 63 - 1
MAX_JSON_DEPTH = 100

_SURROGATE = re.compile("[\ud800-\udfff]")
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
_NOT_BRACKET = bytes(b for b in range(256) if b not in _STEP)


def count_ok(value: object) -> bool:
    """A whole, non-negative count within MAX_COUNT (bool is not a count)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_COUNT


def clean_text(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def clean_strings(value: Any) -> Any:
    """The same value with lone surrogates replaced in every string and key (iteratively, so
    depth costs no stack)."""
    if isinstance(value, str):
        return clean_text(value)
    if not isinstance(value, (dict, list)):
        return value
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, str):
                    node[i] = clean_text(item)
                elif isinstance(item, (dict, list)):
                    stack.append(item)
        else:
            for key in list(node):
                item = node[key]
                if isinstance(item, str):
                    item = clean_text(item)
                elif isinstance(item, (dict, list)):
                    stack.append(item)
                if isinstance(key, str) and _SURROGATE.search(key):
                    del node[key]
                    node[clean_text(key)] = item
                else:
                    node[key] = item
    return value


def json_depth(data: str | bytes) -> int:
    """How deeply the JSON text nests arrays and objects (brackets inside strings not
    counted); no recursion, and no parsing."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    # The brackets alone (every other byte deleted) summed as steps, all in C: a generator
    # step per bracket was most of a JSON bomb's parse.
    brackets = _STRING.sub(b"", raw).translate(None, _NOT_BRACKET)
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def load_json(data: str | bytes, max_depth: int = MAX_JSON_DEPTH, **options) -> Any:
    """json.loads, refusing (ValueError) a value nested deeper than `max_depth`, with lone
    surrogates replaced."""
    # A text cannot nest deeper than it has openers: counting them (in C) spares most files
    # the full measure (issue 12: a Sirekap TPS file has a dozen).
    openers = data.count(b"[" if isinstance(data, bytes) else "[") \
        + data.count(b"{" if isinstance(data, bytes) else "{")
    if openers > max_depth:
        depth = json_depth(data)
        if depth > max_depth:
            raise ValueError(f"JSON nested {depth} levels deep (at most {max_depth})")
    needs_cleaning = (b"\\u" if isinstance(data, bytes) else "\\u") in data
    if options.keys() <= {"parse_float"}:
        # json.loads builds a new decoder for every call with options; one per option set
        # is kept (a large import parses hundreds of thousands of files).
        if isinstance(data, (bytes, bytearray)):
            # json.detect_encoding's answer for text that opens an object or array with no
            # NUL after it (UTF-16/32 would have one), without the call (issue 12)
            utf8 = data[:1] in (b"{", b"[") and data[1:2] not in (b"\x00", b"")
            data = data.decode("utf-8" if utf8 else json.detect_encoding(data), "surrogatepass")
        elif data.startswith("\ufeff"):
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", data, 0)
        value = _decoder(options.get("parse_float")).decode(data)
    else:
        value = json.loads(data, **options)
    return clean_strings(value) if needs_cleaning else value


def load_json_file(data: bytes, parse_float=None) -> Any:
    """load_json(data, parse_float=...) of a file's bytes, in fewer steps for the common
    file (UTF-8 opening with { or [, shallow, no \\u escape, nothing after the value but
    whitespace): its scanner called directly (issue 12: a large import reads hundreds of
    thousands of small files). Any other file, a bad one included, goes through load_json,
    so the value and the errors are load_json's."""
    if data[:1] in (b"{", b"[") and data[1:2] not in (b"\x00", b"") and \
            data.count(b"[") + data.count(b"{") <= MAX_JSON_DEPTH and b"\\u" not in data:
        try:
            text = data.decode("utf-8", "surrogatepass")
            value, end = _decoder(parse_float).scan_once(text, 0)
        except (ValueError, StopIteration):
            pass  # load_json says why
        else:
            if end == len(text) or not text[end:].strip(" \t\n\r"):  # JSON's whitespace
                return value
    return load_json(data, parse_float=parse_float)


@lru_cache(maxsize=8)
def _decoder(parse_float) -> json.JSONDecoder:
    return json.JSONDecoder(parse_float=parse_float)


def shown(value: object, limit: int = 40) -> str:
    """A value quoted in an error line: cut to `limit` characters."""
    try:
        text = clean_text(str(value))
    except ValueError:  # an int longer than Python will write (4,300 digits)
        text = f"{value.bit_length()}-bit number" if isinstance(value, int) else "?"
    return text if len(text) <= limit else text[:limit] + "…"
