"""The written-pair checks read as one per-page index (written_pairs; branch perf-mates): the
same pairs as the plain pattern they replace, the same answers whichever check asks first, and
a pair a page repeats read once."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings, strategies as st

from checker.figures.matching import matcher_for
from checker.figures.written_pairs import _PAIR, WrittenPairs

# The pattern before perf-mates (no possessive parts, "\b" before "pasangan"): the reference.
_NAME = r"[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,3}"
_PLAIN = re.compile(rf"({_NAME})\s*[-\u2013\u2014/]\s*({_NAME})|"
                    rf"\b[Pp]asangan\s+({_NAME})\s+dan\s+({_NAME})")

# Pieces a page's text is cut from: names, mid-word capitals, joins with and without spaces,
# "pasangan" glued to a word, dots and apostrophes inside words, newlines.
_PIECES = ["Edi", "Rendi", "Solihin", "Aulia", "Rahman", "Basri", "KPU", "dan", "pasangan",
           "Pasangan", "xpasangan", "Ma'ruf", "St.", "Wa", "Ode", "nomor", "meraih", "2024",
           "-", " - ", "\u2013", " \u2014 ", "/", " / ", " ", "  ", "\n", ", ", ". ", "aB", "(",
           "pasangan Edi dan Rendi", "xpasangan Aulia Rahman dan Rendi", "(pasangan Wa Ode dan",
           "Edi Rendi Solihin Aulia Rahman - Basri", "KPU Kukar-Edi", "St. Ma'ruf/Wa  Ode"]


def _spans(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_the_pair_pattern_finds_what_the_plain_one_does(pieces):
    text = " ".join(pieces) if len(pieces) % 2 else "".join(pieces)
    assert _spans(_PAIR, text) == _spans(_PLAIN, text)


def test_the_pair_pattern_on_long_runs_of_names():
    rng = random.Random(7)
    words = ["Andi", "Sudirman", "Sulaiman", "Hugua", "La", "Ode", "Yasin", "dan", "pasangan"]
    for _ in range(200):
        text = "".join(rng.choice(words) + rng.choice([" ", "-", " - ", "/", "  ", ""])
                       for _ in range(30))
        assert _spans(_PAIR, text) == _spans(_PLAIN, text)


def _pairs(shipped_context, text):
    matcher = matcher_for(shipped_context.official, shipped_context.rules.figures)
    return WrittenPairs(lambda: text, matcher), matcher


def _cand(matcher, needle):
    return next(c for cs in matcher._by_race.values() for c in cs if needle in c.name)


def test_a_repeated_pair_is_read_once_and_answers_alike(shipped_context):
    text = ("KPU Kukar menetapkan pasangan Aulia Rahman Basri dan Rendi Solihin. "
            "Aulia Rahman Basri-Rendi Solihin meraih 209.905 suara. ")
    once, matcher = _pairs(shipped_context, text)
    twice, _ = _pairs(shipped_context, text * 3)
    edi = _cand(matcher, "EDI DAMANSYAH")
    assert once.contradict(edi) and twice.contradict(edi)
    assert len(twice._written()) == len(once._written()) == 2
    # the shared member's name alone is not the record's pair; the other member's still is
    assert twice.contradict(edi, "Rendi Solihin") and not twice.contradict(edi, "Edi Damansyah")


def test_the_members_of_a_written_name_serve_every_check(shipped_context):
    pairs, matcher = _pairs(shipped_context, "")
    edi = _cand(matcher, "EDI DAMANSYAH")
    assert pairs.members("Aulia Rahman Basri-Rendi Solihin") == (
        ("aulia", "rahman", "basri"), ("rendi", "solihin"))
    assert pairs.other_mate("Aulia Rahman Basri-Rendi Solihin", edi)
    assert not pairs.names("Aulia Rahman Basri-Rendi Solihin", edi)
    assert pairs.names("Edi-Rendi", edi) and not pairs.other_mate("Edi-Rendi", edi)
    assert not pairs.other_mate("Rendi Solihin", edi)  # one member alone still matches
