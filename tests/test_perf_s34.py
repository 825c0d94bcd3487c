"""Issue 12 §5, the cost of a check (perf-s34): C-speed looks that spare a pattern tried at
every position of a line, or a ratio worked out for every word of every pair, give the same
answers as the plain way.

- captions: a line's credit label, bracketed credit, bracketed date and posing words are
  searched only when the character every match holds (a colon, a closing bracket) or one of
  the posing words (case-blind, look-alike letters included) is in the line; its figure is
  searched from its first digit;
- spelt_otherwise: a pair of the races is asked for its near spellings only when one of the
  written words is one of its words as it is (fuzz.ratio 100 is the same word);
- teasers: a line's headline bound (200 characters before its trailing space, no sentence
  end) is tested at C speed, and a results row's count searched only when the line ends in
  a digit, a dot or a comma.

Each is held to the plain search over lines and names in our own words (names from the
record), look-alike letters, Unicode spaces and digits included, and each still finds what it
did.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

from rapidfuzz import fuzz

from checker.figures import captions, spelt_otherwise, teasers

_LINES = [
    "Foto: ANTARA/Budi Santoso",
    "FOTO : Dok. KPU Jatim",
    "Khofifah-Emil berfoto bersama pendukung di Jember, Minggu (10/11/2024)",
    "Suasana rapat pleno KPU Jawa Timur (ANTARA FOTO/Didik Suhartono)",
    "Debat pertama Pilgub Banten (Tangkapan layar Youtube)",
    "Ketua KPU Melawi saat membacakan hasil (Istimewa).",
    "Ilustrasi: surat suara Pilkada 2024",
    "Pramono-Rano tampak di posko pemenangan (@TangerangNews / Yanto)",
    "Ketika pleno berlangsung di Gedung Serba Guna, Selasa (3/12/2024)",
    "Seusai debat, Andika-Hendi BERPOSE bersama tim.",
    "Rapat pleno Pukul 10:30 di kantor KPU",
    "Pasangan Luthfi-Yasin meraih 59,14 persen suara (data KPU)",
    "Terlihat para saksi menandatangani berita acara",
    "Dok\u017f: arsip",  # no credit label: the long s is no letter of "Dok"
    "Suasana \u017faat pleno (Dok. KPU)",  # a long s: "saat" case-blind
    "Ba\u0131k (foto/KPU)",
    "Berita terkait",
    "",
    "Anies-Muhaimin: 2.653.762",
    "Gubernur U\u017fai debat (Antara/Ani)",
    "SAAT pleno (12/3)",
]


def _credited_plain(line: str) -> bool:
    return captions._CREDIT_LABEL.search(line[:160]) is not None or \
        captions._CREDIT_END.search(line[-120:]) is not None


def _pictured_plain(line: str) -> bool:
    return captions._DATE_END.search(line[-40:]) is not None or \
        captions._PICTURED.search(line) is not None


def _variants(seed: int = 34):
    rng = random.Random(seed)
    words = ["foto", "Foto", "FOTO", "saat", "S\u017fAT", "usai", "tampak", "terlihat", ":", "(",
             ")", "(3/12/2024)", "ANTARA/Budi", "Dok.", "dok :", "\u212aetika", "ketika",
             "berpose", "Pramono-Rano", "Jember", "  ", ".", "(Istimewa)", "@KPU"]
    for _ in range(600):
        yield " ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))


def test_caption_looks_match_the_plain_search():
    for line in [*_LINES, *_variants()]:
        assert captions._credited(line) == _credited_plain(line), line
        assert captions._pictured(line) == _pictured_plain(line), line


def test_captions_still_found_and_figures_kept():
    lines = ["Pleno KPU Jatim", "Foto: ANTARA/Budi", "Khofifah-Emil berfoto bersama, Minggu (10/11/2024)",
             "Khofifah-Emil meraih 12.192.165 suara atau 58,81 persen."]
    found = captions.caption_lines(lines)
    assert 1 in found and 3 not in found
    # a posing line beside a credit-only line is a caption; with a figure it is not
    assert captions.caption_lines(["Suasana saat pleno di Surabaya", "(Dok. KPU)"]) == {0, 1}
    assert captions.caption_lines(["Saat pleno Khofifah-Emil 58,81 persen", "(Dok. KPU)"]) == {1}
    # a look-alike letter still makes the posing word (case-blind): "ſaat" is "saat"
    assert captions.caption_lines(["Suasana \u017faat pleno di Surabaya", "(Dok. KPU)"]) == {0, 1}


def _spelt_plain(matcher, name, races, found, fallback):
    if found is not None or not fallback or not races or not name:
        return found, fallback
    tokens = matcher.written_tokens(name)
    if len(tokens) < 2:
        return found, fallback
    near = []
    for cand, words in matcher.race_words(races):
        best = [max((fuzz.ratio(w, t) for t in words), default=0.0) for w in tokens]
        if max(best) == 100 and min(best) >= spelt_otherwise._NEAR:
            near.append(cand)
    if not near:
        return found, fallback
    return (near[0] if len(near) == 1 else None), False


# Pairs of the record (Pilkada Pulau Taliabu, Bener Meriah 2024) and a few namesakes' words.
_PAIRS = {
    "ABIDIN JAABA - DEDY MIRZAN": frozenset({"abidin", "jaaba", "dedy", "mirzan"}),
    "EDI SARIMAN USMAN - RAIS ABIDIN": frozenset({"edi", "sariman", "usman", "rais", "abidin"}),
    "HENDRY CH BANGUN - RAHMAD": frozenset({"hendry", "ch", "bangun", "rahmad"}),
    "EMPTY": frozenset(),
}


def _matcher():
    return SimpleNamespace(
        written_tokens=lambda name: tuple(w.lower() for w in name.replace("-", " ").split()),
        race_words=lambda races: iter(_PAIRS.items()))


def test_spelt_otherwise_matches_the_plain_ratios():
    matcher, rng = _matcher(), random.Random(12)
    words = ["Abidin", "Dedi", "Dedy", "Edi", "Hendri", "Bangun", "Rahmat", "Rais", "Jaaba",
             "Mirzan", "Usman", "Sariman", "Andi", "Abidn"]
    names = ["Abidin-Dedi", "Hendri-Rahmad", "Edi-Rais", "Abidin Jaaba", "Andi", "Dedi Mirsan"]
    names += ["-".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(400)]
    for name in names:
        for found, fallback in ((None, True), (None, False), ("x", True)):
            assert spelt_otherwise.spelt_otherwise(matcher, name, ("race",), found, fallback) == \
                _spelt_plain(matcher, name, ("race",), found, fallback), name


def test_spelt_otherwise_still_finds_the_near_spelling():
    matcher = _matcher()
    assert spelt_otherwise.spelt_otherwise(matcher, "Jaaba-Dedi", ("race",), None, True) == \
        ("ABIDIN JAABA - DEDY MIRZAN", False)  # "Dedi" for DEDY, "Jaaba" as it is
    # two pairs nearly spelt (EDI ... RAIS ABIDIN too): nobody, and no look further afield
    assert spelt_otherwise.spelt_otherwise(matcher, "Abidin-Dedi", ("race",), None, True) == \
        (None, False)
    assert spelt_otherwise.spelt_otherwise(matcher, "Hendri Bangun", ("race",), None, True) == \
        ("HENDRY CH BANGUN - RAHMAD", False)
    # no written word as the record has it: nobody, and the look goes on
    assert spelt_otherwise.spelt_otherwise(matcher, "Hendri Bangan", ("race",), None, True) == \
        (None, True)


def _titled_plain(text: str, start: int, end: int) -> bool:
    if not teasers._HEADLINE.fullmatch(text, start, end) or "|" in text[start:end] or \
            teasers._ROW_END.search(text, start, end):
        return False
    words = teasers._WORD.findall(text, start, end)
    return len(words) >= teasers._WORDS and all(
        w[0].isupper() for w in words if w.lower() not in teasers._SMALL)


def _lines(seed: int = 34):
    rng = random.Random(seed)
    words = ["Prabowo-Gibran", "Unggul", "di", "Pilkada", "Kabupaten", "Purwakarta", "48,55",
             "Persen", "2024", "suara", "12.192.165", "Hasil", "Real", "Count", "KPU", ".", "!",
             "?", "\u201d", "'", "\"", "|", " ", "\u00a0", "\t", "\x1c", "\u2003", "7.13%", "01",
             "\u0663", "\u00b2", ",", "Dan", "Yang"]
    for _ in range(1500):
        line = " ".join(rng.choice(words) for _ in range(rng.randint(0, 14)))
        if rng.random() < 0.2:
            line = line * rng.randint(5, 30)  # past 200 characters
        if rng.random() < 0.3:
            line += rng.choice(["", " ", "\u00a0 ", ".", ". ", "\u201d  ", "9"]) * rng.randint(1, 3)
        yield line


def test_headline_look_matches_the_pattern():
    for line in _lines():
        assert teasers._headline(line) == bool(teasers._HEADLINE.fullmatch(line)), repr(line)
    for size in range(195, 206):  # the 200 characters' edge, with and without space after
        for tail in ("", " ", "  ", ".", ". ", "a" * 3):
            line = "A" * size + tail
            assert teasers._headline(line) == bool(teasers._HEADLINE.fullmatch(line)), size
            line = "A" * (size - 1) + "." + tail
            assert teasers._headline(line) == bool(teasers._HEADLINE.fullmatch(line)), size


def test_titled_matches_the_plain_tests_and_still_finds_headlines():
    text = "\n".join(_lines(7))
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        assert teasers._titled(text, start, end) == _titled_plain(text, start, end), repr(line)
        start = end + 1
    head = "Hasil Real Count KPU di Bali dengan Suara Masuk 42,15% Prabowo Unggul"
    assert teasers._titled(head, 0, len(head))
    for row in ("Pasangan Tonny Uloli dan Marten Taha Raih Suara 31.691",  # a results row
                head + ".", head + " | Politik", "Hasil Real Count KPU Bali"):
        assert not teasers._titled(row, 0, len(row)), row
    year = "Hasil Pilkada Kabupaten Bogor Pada Pemilu 2019 Dan 2024"  # a year ends a headline
    assert teasers._titled(year, 0, len(year))


def test_figure_look_from_the_first_digit_matches_the_plain_search():
    for line in [*_LINES, *_variants(), *_lines(3), "tanggal \u0663\u0664 Mei: 45,5 persen",
                 "Pada 2024 hanya 12 %", "57,95 PERSEN", "no digit at all", "1.234"]:
        assert captions._holds_figure(line) == (captions._FIGURE.search(line) is not None), line
