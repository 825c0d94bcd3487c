"""Issue 12 §5, the cost of a check, after merge-s37: C-speed looks that spare a search the new
checks ran before every figure give the same answers as the search alone.

- projected.where: an excerpt's place in the prose, found by str.find in the prose spaced once
  per page (each whitespace run one space), not by a pattern built and compiled per figure
  (every plenary figure became a possible hope in merge-s37: 456 patterns per five news pages);
- count_reached: the count-source patterns ("dari real count 65,16%", "(Real Count 65,16%")
  are tried only where a count word stands in the 70 characters before the percentage;
- won_part: "secara keseluruhan / tingkat provinsi" after the place, only where those words are;
- residence._holds: the three held-office patterns, only where an office word is before the place;
- not_owner.names_no_owner: the judge ("Hakim Konstitusi, X, ..."), only where "hakim" is;

Each is held to the plain search at every position of sentences in our own words (names and
figures from the record), look-alike letters included, and each still finds what it did.
"""

from __future__ import annotations

import re
from types import SimpleNamespace


from checker.figures import count_reached, not_owner, projected, residence, won_part

_SENTENCES = [
    "Prabowo 64,37%, Anies 8,86%, dan Ganjar 26,77% dari Real Count 25,16% KPU Blora.",
    "Ganjar-Mahfud meraih 34,35 persen menurut real count 65,16 persen KPU Jateng.",
    "(Sirekap KPU 58,84%) Prabowo-Gibran unggul di Jawa Tengah dengan 53,08 persen.",
    "Dengan popularitas Anies Baswedan sebagai Gubernur DKI Jakarta, Anies-Muhaimin 41,07%.",
    "Ganjar yang dua periode menjabat Gubernur Jawa Tengah meraih 34,35 persen di sana.",
    "Hakim Konstitusi, Daniel Yusmic, menjelaskan pemohon mengklaim mendapat 113.426 suara.",
    "Luthfi-Yasin kalah di Kota Semarang dengan 34,04 persen, meski secara keseluruhan menang "
    "dengan 59,14 persen.",
    "Hitungan sementara dari 1.020 TPS, Prabowo-Gibran mendapat suara 99.000 di Kota Depok.",
    # look-alike letters: a Kelvin sign, a long s, a dotless i, a dotted capital I
    "Anies yang dulu menjabat Gubernur D\u212aI Jakarta meraih 41,07 persen; hakim \u017fetuju.",
    "Real count KPU sudah mencapai 65,16 persen; BUPATI Banyuwang\u0131 mengatakan 12,5 persen.",
    "HAK\u0130M MK, Arief Hidayat, menyebut termohon meraih 58,58 persen dari real\ncount 70%.",
    "Pramono-Rano   meraih\n\n2.183.239 suara\u00a0atau 50,07 persen suara sah di Jakarta.",
]
_TEXT = "\n\n".join(_SENTENCES)


def _plain_where(excerpt: str, prose: str) -> int:
    words = excerpt.split()[:8]
    if not words:
        return -1
    found = re.search(r"\s+".join(map(re.escape, words)), prose)
    return found.start() if found else -1


def test_where_is_the_plain_search_and_builds_no_pattern(monkeypatch):
    cases = [(_TEXT[i:j], _TEXT) for i in range(0, len(_TEXT), 7)
             for j in (i + 1, i + 12, i + 40, i + 90)]
    cases += [("meraih 2.183.239 suara atau", _TEXT), ("meraih  2.183.239\tsuara", _TEXT),
              ("Rano meraih", _TEXT), ("tidak ada di sini", _TEXT), ("", _TEXT),
              ("a  b", "xa\u2003\u2003b a b"), ("a b", "a\x1cb"), ("ab b", "a ab\n\nb")]
    expected = [_plain_where(e, p) for e, p in cases]
    assert any(x > 0 for x in expected) and -1 in expected

    def built(*args, **kwargs):
        raise AssertionError("a pattern built per figure")
    monkeypatch.setattr(re, "search", built)
    assert [projected.where(e, p) for e, p in cases] == expected


class _Spy:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def search(self, *args):
        self.calls += 1
        return self.pattern.search(*args)


def _looks_all(monkeypatch, module):
    """The module with its C-speed look answering yes everywhere (the plain search)."""
    monkeypatch.setattr(module, "may_hold", lambda *args: True)


def _percents(text):
    return [m.start() for m in re.finditer(r"\d[\d.,]*\s*(?:%|persen)", text)]


def test_count_reached_looks_before_its_patterns(monkeypatch):
    reader = SimpleNamespace(text=_TEXT, runs=lambda *args, **kwargs: [])
    spy = _Spy(count_reached._OF_COUNT_AT)
    monkeypatch.setattr(count_reached, "_OF_COUNT_AT", spy)
    fast = [count_reached.count_reached(reader, 0, p) for p in _percents(_TEXT)]
    assert spy.calls < len(fast)  # (most percentages: no count word before them)
    assert fast[_percents(_TEXT).index(_TEXT.index("25,16%"))]  # "dari Real Count 25,16%"
    assert not fast[_percents(_TEXT).index(_TEXT.index("26,77%"))]  # Ganjar's share
    _looks_all(monkeypatch, count_reached)
    assert [count_reached.count_reached(reader, 0, p) for p in _percents(_TEXT)] == fast


def _mentions(text, names):
    return [SimpleNamespace(start=m.start(), end=m.end(), code="33", line=False)
            for name in names for m in re.finditer(re.escape(name), text)]


def test_held_office_looks_before_its_patterns(monkeypatch):
    mentions = _mentions(_TEXT, ["DKI Jakarta", "D\u212aI Jakarta", "Jawa Tengah", "Jakarta",
                                 "Kota Semarang", "Kota Depok", "Banyuwang\u0131"])
    spy = _Spy(residence._TERM_HELD)
    monkeypatch.setattr(residence, "_TERM_HELD", spy)
    fast = [residence.held_office(_TEXT, m) for m in mentions]
    assert spy.calls < len(fast) and any(fast) and not all(fast)
    _looks_all(monkeypatch, residence)
    assert [residence.held_office(_TEXT, m) for m in mentions] == fast


def test_won_part_whole_after_looks_first(monkeypatch):
    layout = SimpleNamespace(text=_TEXT, sentences=[0], out=SimpleNamespace(
        scope=SimpleNamespace(region=None)))
    spy = _Spy(won_part._WHOLE_AFTER)
    monkeypatch.setattr(won_part, "_WHOLE_AFTER", spy)
    mentions = _mentions(_TEXT, ["Kota Semarang", "Jawa Tengah", "Kota Depok", "Jakarta"])
    cases = [(m, p) for m in mentions for p in _percents(_TEXT) if p > m.end]
    fast = [won_part.won_part(layout, m, p, (0, 0, 0, len(_TEXT))) for m, p in cases]
    assert spy.calls < len(cases) and "whole" in fast
    _looks_all(monkeypatch, won_part)
    assert [won_part.won_part(layout, m, p, (0, 0, 0, len(_TEXT))) for m, p in cases] == fast


def test_judge_looks_before_its_pattern(monkeypatch):
    runs = [(m.start(), m.end()) for m in re.finditer(r"[A-Z\u0130\u212a][\w\u0130\u212a.-]*",
                                                        _TEXT)]
    cases = [(s, e, p) for s, e in runs for p in _percents(_TEXT) + [_TEXT.index("113.426")]
             if p > e][:400]
    spy = _Spy(not_owner._JUDGE)
    monkeypatch.setattr(not_owner, "_JUDGE", spy)
    fast = [not_owner.names_no_owner(_TEXT, s, e, p) for s, e, p in cases]
    assert spy.calls < len(cases)
    assert not_owner.names_no_owner(_TEXT, _TEXT.index("Daniel"), _TEXT.index(", menj"),
                                    _TEXT.index("113.426"))
    _looks_all(monkeypatch, not_owner)
    assert [not_owner.names_no_owner(_TEXT, s, e, p) for s, e, p in cases] == fast
