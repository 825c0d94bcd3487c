"""The vocabulary finders' fast paths give what the plain regexes give (checker/analyse/phrases)."""

from __future__ import annotations

import random
import re

from checker.analyse import phrases
from checker.analyse.phrases import FIGURE, _matches, _phrase_pattern, find
from checker.paths import rules_dir
from checker.ruleset.load import load_rules

_PHRASES = ("real count", "real count kpu", "count kpu", "kpu", "situs resmi kpu", "resmi",
            "quick count", "hasil resmi")


def _texts():
    pieces = ["real count kpu", "real count", "kpureal count", "xkpu", "kpux", "situs resmi kpu",
              "hasil resmi kpu", "quick count", " ", ", ", "\n", "resmi", "count kpu", "kpu kpu",
              "hasil", "real", "50,07 persen", "2.181.939 suara", "kpu."]
    rng = random.Random(7)
    for _ in range(40):
        words = [rng.choice(pieces) for _ in range(rng.randint(300, 900))]
        yield "".join(words)
    yield "kpu " * 3000
    yield "x" * 5000 + "situs resmi kpu"
    yield "a" * 5000


def test_matches_are_finditer_on_long_texts():
    pattern = _phrase_pattern(_PHRASES)
    for text in _texts():
        assert len(text) > phrases._SHORT
        assert [(m.span(), m.group(0)) for m in _matches(pattern, _PHRASES, text)] == \
            [(m.span(), m.group(0)) for m in pattern.finditer(text)]


def test_find_on_a_long_text_keeps_the_first_twenty_hits_in_order():
    voc = load_rules(rules_dir()).vocabulary
    text = "bukan real count kpu. " + "lihat real count kpu di sini. " * 200
    hits = find(("real count kpu", "real count"), voc, text, "text")
    assert len(hits) == 20
    assert [h.phrase for h in hits] == ["real count kpu"] * 20
    assert hits[0].negated and not hits[1].negated
    starts = [m.start() for m in re.finditer("real count kpu", text)][:20]
    assert [text.find(h.excerpt) for h in hits][:1] == [max(0, starts[0] - 60)]


def test_figure_pattern_matches_what_its_plain_form_matches():
    plain = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|persen\b)|\d{1,3}(?:\.\d{3})+\s+suara\b",
                       re.IGNORECASE)
    rng = random.Random(3)
    pieces = ["1", "12", "123", "1234", ".", ",", "%", " ", "persen", "PERSEN", "suara", "x",
              ".000", "2.181.939 suara", "50,07 persen", "42.02%", "9", "\n"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
        assert [m.span() for m in FIGURE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_nfkc_in_pieces_is_nfkc_of_the_whole():
    """phrases.nfkc cuts a long text before ASCII characters and normalises the pieces: the
    same text as normalising it whole, whatever stands at a cut (a combining mark right after
    it, a ligature, Hangul jamo, a no-break space, an ellipsis, fullwidth letters)."""
    import unicodedata

    tricky = ["\u0301", "\u0308\u0327", "\u00a0", "\u2026", "\uff2b\uff30\uff35", "\u212a",
              "\u017f", "\u1100\u1161\u11a8", "\u0345\u0399", "\u1fb3", "\u0f73\u0f71\u0f72",
              "\u00bd", "\ufb01", "\u05b0", "\u212b", "\u1e9b\u0323", "e\u030a", "\u0650\u064b"]
    rng = random.Random(11)
    for _ in range(60):
        parts = []
        while sum(map(len, parts)) < 9000:
            parts.append(rng.choice(tricky) if rng.random() < 0.3 else
                         rng.choice(["a", "b ", "KPU ", "\n", "50,07 ", "x" * rng.randint(1, 40)]))
        text = "".join(parts)
        assert phrases.nfkc(text) == unicodedata.normalize("NFKC", text)
    # A cut lands on the first ASCII character after every 2,048: marks on both sides of it.
    for filler in ("a", "\u0301", "\u00e9", "\uac00"):
        text = filler * 2047 + "e\u0301\u0308" + "\u1100" * 3000 + "A\u0301" * 2000
        assert phrases.nfkc(text) == unicodedata.normalize("NFKC", text)


def test_ends_with_is_the_ending_pattern():
    """phrases._ends_with (a set and str.endswith before the pattern) says what
    bool(_ending_pattern(phrases).search(window)) says, for the rules' lists and for a list
    with a phrase that ends with a quote (looked at by the pattern alone)."""
    rules = load_rules(rules_dir())
    voc = rules.vocabulary
    lists = [voc.references, voc.self_introductions, ("kata '", "lihat di", "di"), ("x",)]
    pieces = ["di ", "lihat di", "mengunjungi ", "tersedia di", "(", "\"", "'", "\u201c",
              "\u2018", " ", "\n", "\u00a0", "kpu", "adi", "x", "kata '", "selamat datang di"]
    pieces += [p for phrases in lists for p in phrases]
    rng = random.Random(5)
    for _ in range(4000):
        window = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))[-40:]
        for phrases_ in lists:
            pattern = phrases._ending_pattern(phrases_)
            assert phrases._ends_with(pattern, phrases_, window) == \
                bool(pattern.search(window)), (phrases_, window)


def test_phrases_in_names_the_phrases_find_hits():
    # page.election_words reads only the phrases: phrases_in gives the same set as the hits
    # of find() over each text (their first 20 each), without building the hits.
    from checker import load_rules
    from checker.analyse.phrases import find, phrases_in
    from checker.paths import rules_dir

    voc = load_rules(rules_dir()).vocabulary
    texts = ("hasil pilkada 2024", "", "pemilu " * 3000 + "pilpres", "pilgub jakarta",
             "pemilihan " * 30, "tidak ada")
    want = {h.phrase for t in texts for h in find(voc.election_words, voc, t, "text")}
    assert want and phrases_in(voc.election_words, texts) == want
