"""Issue 12 §5, the fixed cost of a small page: what a check worked out again for every figure
and page, and now keeps or skips, gives the same answers as before.

A reading's total and shares (official.model.Result) are asked for every figure by compare,
copied_reading and the own-total checks; the record's results outlive the pages, so each is
worked out once per Result.

at_words: a short text of 80 characters or more (a heading, a small page's prose) is searched
at the words its keys name too, not at every character; every finder still finds in a short
text exactly what plain finditer finds, look-alike letters and other scripts' digits included."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timezone
from decimal import Decimal

from checker.figures import cues as cue_module
from checker.figures.at_words import find_at_words
from checker.official.model import Race, Result
from test_at_words import _NUMBERS, FINDERS, TRICKY, VOCABULARY

_RACE = Race("pilkada2024", "governor", "32")


def _reading(votes: dict[str, int]) -> Result:
    return Result(_RACE, "32", "sirekap", datetime(2024, 12, 1, tzinfo=timezone.utc), votes)


def test_shares_are_the_votes_over_the_total_asked_once_or_many_times():
    reading = _reading({"a": 5_023_112, "b": 2_771_001, "c": 0})
    total = 5_023_112 + 2_771_001
    for _ in range(3):
        assert reading.total == total
        assert reading.share("a") == Decimal(5_023_112) * 100 / Decimal(total)
        assert reading.share("b") == Decimal(2_771_001) * 100 / Decimal(total)
        assert reading.share("c") == Decimal(0)
        assert reading.share("x") is None


def test_a_reading_with_no_votes_has_no_share():
    reading = _reading({"a": 0, "b": 0})
    assert reading.share("a") is None and reading.share("a") is None
    assert reading.total == 0


def test_a_replaced_reading_works_out_its_own_shares():
    reading = _reading({"a": 1, "b": 3})
    assert reading.share("a") == Decimal(25)
    other = replace(reading, votes={"a": 3, "b": 1})
    assert other.total == 4 and other.share("a") == Decimal(75)
    assert reading.share("a") == Decimal(25)


def test_kept_shares_leave_equality_and_the_fields_alone():
    reading, twin = _reading({"a": 1, "b": 3}), _reading({"a": 1, "b": 3})
    reading.share("a")
    assert reading == twin and repr(reading) == repr(twin)


def test_a_share_is_worked_out_once_per_reading():
    reading = _reading({"a": 2, "b": 5})
    assert reading.share("a") is reading.share("a")
    assert reading.share("a") is not _reading({"a": 2, "b": 5}).share("a")


def _same_short(text: str) -> None:
    assert len(text) < 400
    for name, pattern, keys, opener in FINDERS:
        also = cue_module.found_at(text, opener) if opener else ()
        fast = [(m.span(), m.groups()) for m in find_at_words(pattern, text, keys, also)]
        plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert fast == plain, (name, text)


def test_short_pieces_of_tricky_wordings():
    for line in TRICKY.split(", "):
        for text in (line, line.upper(), line.lower(), f"Hasil {line} 35,2%", ""):
            _same_short(text)


def test_look_alike_letters_in_a_short_text():
    # the long s, the Kelvin sign, the dotted and dotless I, Arabic-Indic digits: words whose
    # folded form is no key, yet the patterns match them
    texts = ("\u017firekap", "\u0131tps 7", "\u0130TPS 05", "\u212aPU \u212aecamatan X",
             "\u0663\u0660/\u0661\u0661/\u0662\u0660\u0662\u0664", "rekapitulasi's real count")
    lead = "Perolehan suara pasangan calon di Kabupaten Garut menurut rekapitulasi terakhir: "
    for text in texts:
        _same_short(text)
        _same_short(lead + text)  # (80 characters or more: searched at its words)
    assert any(pattern.search(text) for text in texts for _, pattern, _, _ in FINDERS)


def test_random_short_texts_of_the_patterns_words():
    rng = random.Random(5)
    gaps = [" "] * 12 + ["  ", "\n", ", ", ". ", "-", "/", "'", "\u2019", "(", ")", ":", ""]
    for _ in range(600):
        parts: list[str] = []
        while sum(map(len, parts)) < rng.choice((20, 60, 150, 300)):
            word = rng.choice(VOCABULARY)
            word = rng.choice((word, word.upper(), word.title(), rng.choice(_NUMBERS),
                               "Garut", "\u00b7", "\u00a9 2024"))
            parts += [word, rng.choice(gaps)]
        _same_short("".join(parts)[:399])
