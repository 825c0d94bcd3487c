"""load_json_file (the importer's fast path) gives load_json's value and load_json's error
for every file, the common Sirekap file and the odd ones alike."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.bounds import MAX_JSON_DEPTH, load_json, load_json_file

CASES = [
    b'{"ts":"2024-02-20 00:38:19","chart":{"100025":50,"null":null},"persen":100.0}',
    b'{"a": [1, 2.5, {"b": null}]}\n',
    b'[{"kode":"17","nama":"BENGKULU","tingkat":1}] \r\n\t',
    b'{"nama": "KOTA \\u00e9 \\ud800"}',  # an escape, a lone surrogate: cleaned
    b'\xef\xbb\xbf{"a": 1}',  # a BOM
    b'"text"', b"17", b"{", b"", b'{"a": 1} {"b": 2}', b'{"a": 1}x', b"{'a': 1}",
    b'{"a": NaN}', b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1),
    b'{"a": "\xff"}', '{"a": 1}'.encode("utf-16"), b" {\"a\": 1}",
]


def _outcome(read, data):
    try:
        value = read(data, parse_float=Decimal)
    except (ValueError, UnicodeDecodeError) as exc:
        return ("error", type(exc), str(exc))
    return ("value", repr(value))


@pytest.mark.parametrize("data", CASES)
def test_same_as_load_json(data):
    assert _outcome(load_json_file, data) == _outcome(load_json, data)


def test_decimal_and_shape_kept():
    value = load_json_file(b'{"persen": 99.5, "chart": {"100025": 3}}', Decimal)
    assert value == {"persen": Decimal("99.5"), "chart": {"100025": 3}}
    assert type(value["persen"]) is Decimal
