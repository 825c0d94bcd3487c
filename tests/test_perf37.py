"""Issue 12 §5, the cost of the figure reading (perf37): C-speed looks and answers kept once
give the same answers as the plain way, and spare the passes they are there to spare.

- kecamatan_said: the patterns that hold a kecamatan's word (Kecamatan, Kec., Kapanewon,
  Kemantren, Distrik: _BEFORE, _JUXTAPOSED, _PROGRESS_OF, _TOPIC_AT) are searched in a figure's
  window only when one of those words, case as written, stands in it;
- respondents: a paragraph is searched for "responden" (case-blind, look-alike letters
  included) only when the word is in it;
- basis_sentence.off_count: the off-count words' pattern only where one of each phrase's
  longest words is in the sentence;
- partial_tally.written: one pattern per value as written (58,51 and 58,510 stay apart).

Each is held to the plain search over sentences in our own words (names and places from the
record), look-alike letters included, and each still finds what it did.
"""

from __future__ import annotations

import random
from decimal import Decimal
from types import SimpleNamespace

from checker.figures import basis_sentence, kecamatan_said, partial_tally, respondents
from checker.figures.wording import word_pattern

_SENTENCES = [
    "Di Kecamatan Batu, Paslon 02 meraih 20.748 suara untuk Wali Kota.",
    "berasal dari Kapanewon Sentolo dengan 10.432 suara",
    "perolehan terbanyak di Distrik Tembagapura diraih Paslon 1 dengan 4.421 suara",
    "Kec. Bumiaji dengan progress 16 dari 79 TPS (20,25 persen), yaitu 56 suara",
    "di Kemantren Gondokusuman Heroe-Pena 8.112 suara",
    "Pramono-Rano memperoleh 2.183.239 suara atau 50,07 persen di Jakarta.",
    "kecamatan Batu 63,43% (huruf kecil: tidak dibaca)",
    "KECAMATAN BATU 63,43%",
    "Secara nasional Prabowo-Gibran meraih 96.214.691 suara.",
    "Di Distrik, 45 suara",
    "di Kecamatan Pekalongan Timur dengan 22.775 suara bagi Aaf-Balgies dan 14.388 suara",
]


class _Pattern:
    """A compiled pattern that counts the searches asked of it."""

    def __init__(self, pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def __getattr__(self, name):
        method = getattr(self.pattern, name)

        def counted(*args, **kwargs):
            self.calls += 1
            return method(*args, **kwargs)
        return counted


def test_kecamatan_words_before_every_pattern_that_holds_one():
    rng = random.Random(37)
    patterns = (kecamatan_said._BEFORE, kecamatan_said._JUXTAPOSED,
                kecamatan_said._PROGRESS_OF, kecamatan_said._TOPIC_AT)
    for sentence in _SENTENCES:
        text = "Hasil pleno. " + sentence + " Selesai."
        for _ in range(60):
            start = rng.randrange(0, len(text))
            end = rng.randrange(start, len(text) + 1)
            if not kecamatan_said._kec_in(text, start, end):
                for pattern in patterns:
                    assert pattern.search(text, start, end) is None, (pattern, text[start:end])
        # the whole sentence: the look says yes wherever a pattern finds one
        for pattern in patterns:
            if pattern.search(text) is not None:
                assert kecamatan_said._kec_in(text, 0, len(text))


def test_a_window_without_a_kecamatan_word_is_not_searched(monkeypatch):
    before = _Pattern(kecamatan_said._BEFORE)
    topic = _Pattern(kecamatan_said._TOPIC_AT)
    monkeypatch.setattr(kecamatan_said, "_BEFORE", before)
    monkeypatch.setattr(kecamatan_said, "_TOPIC_AT", topic)
    text = "Pasangan Bobby-Surya meraih 3.645.611 suara atau 64,01 persen di Sumatera Utara."
    at = text.index("3.645.611")
    reader = SimpleNamespace(regions=[], paragraphs=[0], text=text)
    number = SimpleNamespace(start=at, end=at + len("3.645.611"))
    assert kecamatan_said._written(reader, text, number, 0) is None
    assert (before.calls, topic.calls) == (0, 0)
    # the same sentence at a kecamatan: searched, and found
    text = "Di Kecamatan Medan Johor, Bobby-Surya meraih 3.645.611 suara, yakni 64,01 persen."
    at = text.index("64,01")
    number = SimpleNamespace(start=at, end=at + 5)
    reader = SimpleNamespace(regions=[], paragraphs=[0], text=text)
    found = kecamatan_said._written(reader, text, number, 0)
    assert found is not None and found[0].startswith("Medan Johor")


def _layout(text: str, figures) -> SimpleNamespace:
    layout = SimpleNamespace(text=text, type_starts=[], out=SimpleNamespace(figures=figures))
    layout._where = lambda position: (0, len(text), 0, len(text))
    return layout


def test_respondents_look_matches_the_plain_search():
    texts = ["Survei terhadap 1.200 responden: Andika-Hendi 42,1 persen.",
             "Sebanyak 800 RESPONDEN-RESPONDEN menjawab 55 persen.",
             "Sebanyak 800 re\u017fponden menjawab 55 persen.",  # a long s: case-blind "s"
             "Luthfi-Yasin meraih 59,14 persen suara.",
             "respondensi 12 persen"]
    for text in texts:
        plain = respondents._RESPONDENTS.search(text) is not None
        found = respondents.poll_answers(_layout(text, None), text.index(" ") + 1, 0, len(text))
        assert (found is not None) == plain, text


def test_off_count_look_matches_the_plain_search():
    figures = SimpleNamespace(off_count_words=("total pemilih", "dijadwalkan", "DPT"),
                              result_words=("meraih", "memperoleh"))
    texts = ["Total  pemilih di Jawa Tengah 28.289.413 orang.",
             "Pleno dijadwalkan 3 Desember 2024.",
             "Jumlah dpt mencapai 8.252.897.",
             "Luthfi-Yasin meraih 59,14 persen dari total pemilih.",
             "Andika-Hendi memperoleh 40,86 persen.",
             "Dijadwalkan\u00a0ulang 12 TPS."]
    for text in texts:
        pattern, results = word_pattern(figures.off_count_words), word_pattern(figures.result_words)
        plain = bool(pattern.search(text)) and not results.search(text)
        assert basis_sentence.off_count(_layout(text, figures), 3) == plain, text


def test_off_count_pattern_not_asked_without_its_words(monkeypatch):
    asked = []
    real = basis_sentence.word_pattern
    monkeypatch.setattr(basis_sentence, "word_pattern", lambda w: asked.append(w) or real(w))
    figures = SimpleNamespace(off_count_words=("total pemilih",), result_words=("meraih",))
    assert not basis_sentence.off_count(_layout("Bobby-Surya meraih 64,01 persen.", figures), 3)
    assert asked == []


def _claim(kind: str, value) -> SimpleNamespace:
    return SimpleNamespace(kind=kind, value=value)


def test_written_pattern_per_value_as_written():
    assert partial_tally.written(_claim("votes", 96214691)).search("meraih 96.214.691 suara")
    assert partial_tally.written(_claim("votes", 96214691)).search("96,214,691 suara")
    assert not partial_tally.written(_claim("votes", 96214691)).search("196.214.691")
    share = partial_tally.written(_claim("share", Decimal("58.51")))
    assert share.search("58,51 persen") and share.search("58.51%")
    longer = partial_tally.written(_claim("share", Decimal("58.510")))
    assert longer is not share and longer.search("58,510%") and not longer.search("58,51%")
    assert partial_tally.written(_claim("share", Decimal("58.51"))) is share  # kept
    progress = partial_tally.written(_claim("progress", Decimal("100")))
    assert progress.search("Data masuk 100 %") and not progress.search("1.100 %")


_NOUN_TEXTS = ["paslon someah memperoleh 5.120 suara", "Pasangan calon  santri unggul",
               "PAKET hebat-jaya 12", "sedang paslon\nsomeah", "xpaslon abc", "paslon, abc",
               "\u017fpaslon abc", "pa\u017flon abc ok",  # a long s: case-blind "s"
               "paslon\u2019s abc", "Paslon_ abc", "di paslon  ab cd", "pasangannya abc",
               "Pasangan Dedi-Erwan (Someah) meraih 1.081.244 suara."]


def test_pair_nouns_found_at_their_words_as_by_the_plain_pass():
    from checker.figures import lower_shorts
    from checker.figures.at_words import find_at_words
    rng = random.Random(7)
    page = " ".join(rng.choice(_NOUN_TEXTS) for _ in range(400))
    for text in [*_NOUN_TEXTS, page]:
        plain = [m.span(1) for m in lower_shorts._AFTER_NOUN.finditer(text)]
        keyed = [m.span(1) for m in find_at_words(lower_shorts._AFTER_NOUN, text,
                                                  lower_shorts._NOUN_KEYS)]
        assert keyed == plain, text
    names = SimpleNamespace(defines=lambda word: word == "someah")
    assert lower_shorts.lower_short_starts(page, names) == frozenset(
        m.start(1) for m in list(lower_shorts._AFTER_NOUN.finditer(page))[:lower_shorts._MOST]
        if m.group(1) == "someah")


def test_pair_nouns_not_searched_at_every_position_of_a_page(monkeypatch):
    from checker.figures import lower_shorts
    counted = _Pattern(lower_shorts._AFTER_NOUN)
    monkeypatch.setattr(lower_shorts, "_AFTER_NOUN", counted)
    page = "Hasil rekapitulasi KPU menunjukkan paslon someah unggul tipis. " * 20
    lower_shorts.lower_short_starts(page, SimpleNamespace(defines=lambda word: False))
    assert counted.calls == 20  # a match tried at each "paslon", no pass over the page


_TOTAL_TEXTS = ["Jumlah suara sah 31.819 dan tidak sah 412.", "tidak suara sah 12",
                "Suara  Sah: 1.234.567 orang", "jumlah suara sah dan tidak sah 45.000",
                "suara sah mencapai 12,5%", "\u017fuara sah 1.000",  # a long s: case-blind "s"
                "Suara sah tercatat adalah 98.765 suara", "suarasuara sah 12",
                "SUARA SAH 2.695.348", "memperoleh suara sah sebanyak 46.466"]


def test_valid_totals_found_at_their_word_as_by_the_plain_pass():
    from checker.analyse.opening_words import opening_at
    from checker.figures import over_valid
    rng = random.Random(11)
    page = " ".join(rng.choice(_TOTAL_TEXTS) for _ in range(300))
    for text in [*_TOTAL_TEXTS, page]:
        plain = [m.span() for m in over_valid._TOTAL.finditer(text)]
        opened = [m.span() for m in opening_at(over_valid._TOTAL, text, over_valid._TOTAL_OPENS)]
        assert opened == plain, text


def test_valid_totals_not_searched_at_every_position(monkeypatch):
    from checker.figures import over_valid
    counted = _Pattern(over_valid._TOTAL)
    monkeypatch.setattr(over_valid, "_TOTAL", counted)
    text = "Rekapitulasi selesai. Jumlah suara sah 31.819 di Kota Banjar. " * 5
    over_valid.over_valid((), (), text, object(), {})
    assert counted.calls == 5  # a match at each "suara", no pass over the prose
