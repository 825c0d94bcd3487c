"""Issue 12 §5, the fixed cost every page pays (perf38): answers kept once and lookups not made
give the same reports as the plain way, and spare the work they are there to spare.

- owners.race_of_pairs_after: a progress figure's race is that of the pairs named after it
  only when two pairs at least are; fewer than two runs of names after it cannot name two, so
  none of them is looked up in the record (NameRuns.pairs_named(..., least=2));
- grade_bounds.decimal_bounds: the rules' thresholds as Decimals, worked out once per mapping;
- utf8_first.declared_first: a page whose first try (header charset, else its declaration) is
  any codec Python knows decodes without UnicodeDammit, to UnicodeDammit's text.

Pages in our own words; the pairs, places and figures are the record's.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

import pytest

from builders import check_article, context
from checker.figures import grade_bounds, name_runs, owners
from checker.figures.from_text import _Text


def _progress(report):
    return [(c.kind, c.value, c.election, c.race_kind, c.region_code)
            for c in report.claims if c.kind == "progress"]


def _spy(monkeypatch):
    """The spans name_of is asked about while race_of_pairs_after works, per call of it."""
    asked: list[list[tuple[int, int]]] = []
    inside = []
    plain_name_of, plain_race = _Text.name_of, owners.race_of_pairs_after

    def name_of(self, start, end, scope):
        if inside:
            asked[-1].append((start, end))
        return plain_name_of(self, start, end, scope)

    def race_of_pairs_after(layout, scope, number):
        asked.append([])
        inside.append(True)
        try:
            return plain_race(layout, scope, number)
        finally:
            inside.pop()

    monkeypatch.setattr(_Text, "name_of", name_of)
    monkeypatch.setattr(owners, "race_of_pairs_after", race_of_pairs_after)
    import checker.figures.from_text as from_text
    monkeypatch.setattr(from_text, "race_of_pairs_after", race_of_pairs_after)
    return asked


def _plain(monkeypatch):
    """pairs_named as it was: every run looked up, whatever the caller needs."""
    plain = name_runs.NameRuns.pairs_named
    monkeypatch.setattr(name_runs.NameRuns, "pairs_named",
                        lambda self, start, end, scope, least=0: plain(self, start, end, scope))


# A progress, then fewer than two runs of names in its paragraph after it.
_FEW = [
    ("Perolehan Suara Pilbup Garut 2024",
     "<p>Paslon 01 35,2% dan Paslon 02 64,8%.</p><p>Data masuk 100 %. Sumber: Forum Warga</p>"),
    ("Hasil Pilgub Jawa Barat 2024",
     "<p>Data masuk 87,5 persen di Jawa Barat. Dedi Mulyadi-Erwan unggul jauh.</p>"),
    ("Real Count Pilkada Kota Surabaya",
     "<p>Eri Cahyadi-Armuji meraih 79,6 persen suara.</p><p>Progres data 64,12 persen.</p>"),
]


@pytest.mark.parametrize("title,body", _FEW)
def test_fewer_than_two_runs_after_a_progress_are_not_looked_up(monkeypatch, title, body):
    ctx = context()
    asked = _spy(monkeypatch)
    report = check_article(title, body, ctx=ctx)
    assert asked, "the progress was read"
    assert all(spans == [] for spans in asked)
    ours = (_progress(report), report.claims, report.comparisons)
    monkeypatch.undo()
    _plain(monkeypatch)
    plain = check_article(title, body, ctx=ctx)
    assert ours == (_progress(plain), plain.claims, plain.comparisons)


def test_two_pairs_after_a_progress_still_give_their_race(monkeypatch):
    # Negative control (test_ballot_numbers): on a Pilgub Bali page, "Suara Masuk 35% di Bali:
    # Prabowo Unggul 52,89%, Anies 44,38%, Ganjar 35,87%" is the Pilpres's progress in Bali.
    body = ("<p>Real count KPU menempatkan Wayan Koster-I Nyoman Giri Prasta di atas Made "
            "Muliawan Arya-Putu Agus Suradnyana di Bali.</p><p>Real Count KPU Suara Masuk 35% "
            "di Bali: Prabowo Unggul 52,89%, Anies 44,38%, Ganjar 35,87%</p>")
    asked = _spy(monkeypatch)
    report = check_article("Real Count Sementara KPU Pilkada Bali: Koster-Giri 61,46%", body,
                           ctx=context())
    assert any(len(spans) >= 2 for spans in asked)  # the runs after it were looked up
    assert [(e, k) for _, _, e, k, _ in _progress(report)] == [("pemilu2024", "president")]


def test_least_gives_nothing_below_it_and_everything_from_it():
    class Reader(name_runs.NameRuns):
        def __init__(self, runs):
            self._runs, self.looked = runs, []

        def runs(self, start, end, first=False):
            return self._runs

        def name_of(self, a, b, scope):
            self.looked.append((a, b))
            return (type("C", (), {"id": f"c{a}"})(), None, "x")

    one = Reader([(0, 5)])
    assert one.pairs_named(0, 50, None, least=2) == {} and one.looked == []
    assert len(one.pairs_named(0, 50, None)) == 1 and one.looked == [(0, 5)]
    two = Reader([(0, 5), (9, 14)])
    assert len(two.pairs_named(0, 50, None, least=2)) == 2 and two.looked == [(0, 5), (9, 14)]


def test_decimal_bounds_are_the_plain_conversion_once_per_mapping():
    rules = context().rules.thresholds
    plain = {k: Decimal(str(v)) for k, v in rules.items()}
    first = grade_bounds.decimal_bounds(rules)
    assert first == plain and all(type(v) is Decimal for v in first.values())
    assert grade_bounds.decimal_bounds(rules) is first  # kept
    assert grade_bounds.decimal_bounds(first) is first  # the Decimals given back: the same
    # Another mapping (a test's, a rules file changed) is converted as it is, never the last's.
    other = MappingProxyType({"share_minor": 0.25, "votes_minor": 2})
    assert grade_bounds.decimal_bounds(other) == {"share_minor": Decimal("0.25"),
                                                  "votes_minor": Decimal("2")}
    assert grade_bounds.decimal_bounds(rules) == plain
    assert Decimal(str(0.1)) == grade_bounds.decimal_bounds({"x": 0.1})["x"] == Decimal("0.1")


# decode_body: a page whose first try (the header's charset, else the document's declaration)
# is any codec Python knows, not UTF-8 only, is decoded without UnicodeDammit, as it decodes it.
_LATIN = b'<meta charset="iso-8859-1"><title>Pilbup \x96 Kab. Garut</title><p>Paslon 01 \x96 35,2%'
_DECLARED = [
    (_LATIN, "text/html"),
    (_LATIN.replace(b"iso-8859-1", b"ISO-8859-1"), "text/html"),
    (b'<meta charset="windows-1252"><p>\x93Data masuk\x94 100\xa0%</p>', "text/html"),
    (b'<meta charset="windows-1252"><p>\x81\x8d undefined in cp1252</p>', "text/html"),
    (b'<meta charset="latin-1"><p>Caf\xe9</p>', "text/html; charset=utf-8"),  # header first
    (b'<meta charset="utf-8"><p>Caf\xe9</p>', "text/html; charset=iso-8859-1"),
    (b'<?xml version="1.0" encoding="iso-8859-2"?><p>\xb1</p>', "text/html"),
    (b'<meta charset="macintosh"><p>\x8e</p>', "text/html"),  # bs4's own alias: left to it
    (b'<meta charset="x-sjis"><p>\x82\xa0</p>', "text/html"),
    (b'<meta charset="shift_jis"><p>\x82\xa0</p>', "text/html"),
    (b'<meta charset="utf-16"><p>odd</p>', "text/html"),  # odd length: no strict decode
    (b'<meta charset="utf-16"><p>even</p>', "text/html"),
    (b'<meta charset="rot13"><p>abc</p>', "text/html"),  # a codec, no text encoding
    (b'<meta charset="bogus-8"><p>Caf\xe9</p>', "text/html"),
    (b'\xef\xbb\xbf<meta charset="iso-8859-1"><p>Caf\xc3\xa9</p>', "text/html"),  # a BOM
    (b'<p>Caf\xe9, no charset anywhere</p>', "text/html"),
]


@pytest.mark.parametrize("body, ctype", _DECLARED)
def test_a_declared_charset_decodes_as_unicode_dammit_does(body, ctype):
    from bs4.dammit import UnicodeDammit

    from builders import snapshot
    from checker.analyse.page import decode_body

    match = re.search(r"charset=[\"']?([\w.:-]+)", ctype, re.IGNORECASE)
    dammit = UnicodeDammit(body, known_definite_encodings=[match.group(1)] if match else [],
                           is_html=True).unicode_markup or body.decode("utf-8", "replace")
    assert decode_body(snapshot("https://x.example/", body, content_type=ctype)) == dammit


def test_the_hostile_latin_pages_need_no_unicode_dammit(monkeypatch):
    import bs4.dammit

    from builders import snapshot
    from checker.analyse.page import decode_body

    def refused(*args, **kwargs):
        raise AssertionError("UnicodeDammit asked")

    monkeypatch.setattr(bs4.dammit, "UnicodeDammit", refused)
    for name, codec, dash in (("hostile_iso_8859_1_declared", "iso-8859-1", "\x96"),
                              ("hostile_windows_1252", "windows-1252", "\u2013")):
        body = (Path(__file__).parent / "fixtures" / "pages" / name / "page.html").read_bytes()
        text = decode_body(snapshot("https://x.example/", body))
        assert text == body.decode(codec) and dash in text and "\ufffd" not in text
    # Negative control: bytes the declared codec cannot decode still go to UnicodeDammit.
    with pytest.raises(AssertionError, match="UnicodeDammit asked"):
        decode_body(snapshot("https://x.example/", b'<meta charset="utf-8"><p>Caf\xe9</p>'))
