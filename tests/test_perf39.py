"""Issue 12 §5, the analysis of a 20 KB news page by stage (perf39): passes that one page-wide
index or a C-speed look can spare give the same answers as the plain way, and are not made.

- turnout_subject._heads: the turnout words ("partisipasi", "golput", "suara tidak sah", ...)
  found at the words that open them in the prose's word index (at_words), not by a case-blind
  pattern tried at every character of the text;
- residence.residence and residence.held_office: the patterns that end at a region the prose
  names ("tinggal di", "mantan Gubernur", "yang pernah memimpin") searched only when a word
  each match holds stands in the 60 characters before it (wording.may_hold); so is
  title_holder's head of region's title right before it ("Wali Kota Medan Bobby Nasution");
- figure_kind: a small bare count ("nomor urut 2", a date's day) is dropped before the money
  test is asked of it (both drop it: the money test answered None for it too, 50 a page);
- over_valid: only the pairs' counts are found in the text by their excerpts (own_corrections.
  figures_at, `kinds`), not their shares as well, which it then left.

Texts in our own words; the pairs, places and figures are the record's.
"""

from __future__ import annotations

import random
import re

import pytest

from builders import check_article
from checker.figures import residence, title_holder, turnout_subject

# ---- turnout_subject._heads: at the words' starts, the same matches as finditer.

_TURNOUT_WORDS = ["partisipasi", "Partisipasinya", "PARTISIPASI", "kehadiran", "Kehadirannya",
                  "golput", "Golputnya", "golongan putih", "Golongan  Putih", "suara tidak sah",
                  "Suara Tidak Sahnya", "pengguna hak pilih", "Pengguna Hak Pilih",
                  # near shapes that are no turnout word: no match either way
                  "partisipatif", "golongan darah", "suara sah", "penggunaan hak pilih",
                  "nonpartisipasi", "x_partisipasi",
                  # what the word index cannot fold plainly: tried letter by letter
                  "ſuara tidak sah", "partiſipaſi", "o'partisipasi", "golput’s",
                  "KEHADIRAN"]
_FILLER = ["Pilkada", "Kota", "Medan", "2024", "mencapai", "34,8", "persen", "dan", "Bobby",
           "Nasution-Surya", "meraih", "64,52", "persen.", "\n", "di", "Kabupaten", "Sampang",
           "yang", "(", ")", ",", "—", "Sumut", "Kabupaten Deli Serdang", "suara", "tidak"]


def _text(seed: int) -> str:
    rng = random.Random(seed)
    words = [rng.choice(_TURNOUT_WORDS) if rng.random() < 0.3 else rng.choice(_FILLER)
             for _ in range(rng.randint(30, 160))]
    return " ".join(words)


def _plain_heads(text: str):
    found = [(m.start(), m.end()) for m in turnout_subject._TURNOUT.finditer(text)]
    return tuple(s for s, _ in found), tuple(e for _, e in found)


@pytest.mark.parametrize("seed", range(60))
def test_turnout_heads_are_the_plain_search(seed):
    text = _text(seed)
    turnout_subject._heads.cache_clear()
    assert turnout_subject._heads(text) == _plain_heads(text)


def test_turnout_heads_of_a_text_with_none_and_a_short_one():
    for text in ("Prabowo-Gibran meraih 58,59 persen suara sah di Jawa Barat. " * 5,
                 "partisipasi 70%", ""):
        turnout_subject._heads.cache_clear()
        assert turnout_subject._heads(text) == _plain_heads(text)


class _NoPass:
    """_TURNOUT, refusing a pass over the whole text (match at a word's start is allowed)."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern

    def match(self, text, pos=0, endpos=None):
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text, *args):
        raise AssertionError("a case-blind pass over the whole text")

    search = finditer


def test_turnout_heads_make_no_pass_over_a_long_text(monkeypatch):
    text = ("Tingkat partisipasi pemilih di Pilwalkot Medan yang dimenangi Rico Waas-Zakiyuddin "
            "Harahap hanya 34,8 persen, sementara golput mencapai 65,2 persen. ") * 20
    monkeypatch.setattr(turnout_subject, "_TURNOUT", _NoPass(turnout_subject._TURNOUT))
    turnout_subject._heads.cache_clear()
    starts, ends = turnout_subject._heads(text)
    assert len(starts) == 40 and all(text[s:e] in ("partisipasi", "golput")
                                     for s, e in zip(starts, ends))
    # and the turnout is still the subject's: 34,8 said of it, Rico's 49,35 his own
    assert turnout_subject.said_of_turnout(text, 0, text.index("34,8"))


# ---- residence: the patterns before a region asked only when one of their words is there.

class _Mention:
    def __init__(self, start: int, end: int, code: str) -> None:
        self.start, self.end, self.code = start, end, code


_BEFORE_PLACE = ["mantan Gubernur", "eks Wali Kota", "bekas Bupati Kabupaten", "former",
                 "the ex-", "former governor of", "who governed", "who had ruled",
                 "yang pernah memimpin", "yang pernah menjabat sebagai Gubernur",
                 "Anies Baswedan, Gubernur", "yang juga Wali Kota", "tinggal di",
                 "yang lahir di", "caleg asal", "kelahiran", "pemilih yang tinggal di",
                 "dilahirkan di Sentul,", "berdomisili di", "MANTAN GUBERNUR",
                 # the odd cases re.IGNORECASE takes for ASCII letters
                 "ſudah tinggal di", "mantan Gubernur\u212a", "WHO GOVERNED",
                 # near shapes: no pattern matches
                 "Gubernur", "suara di", "menang di", "pasangan nomor urut 1 di", "sebagai"]
_PLACES = [("Jawa Tengah", "33"), ("DKI Jakarta", "31"), ("Kota Medan", "1275"),
           ("Kabupaten Bogor", "3201"), ("Jakarta", "31")]
_AFTER_PLACE = [" periode sebelumnya, meraih 58,2 persen.", " 2017-2022, menyebut", " governor, ",
                " meraih 1.794.034 suara.", " terpilih 2025-2030,", " dua periode ", "."]


def _around(seed: int):
    rng = random.Random(seed)
    lead = " ".join(rng.choice(_FILLER) for _ in range(rng.randint(0, 12)))
    words = f"{lead} {rng.choice(_BEFORE_PLACE)} "
    place, code = rng.choice(_PLACES)
    text = words + place + rng.choice(_AFTER_PLACE)
    return text, _Mention(len(words), len(words) + len(place), code)


@pytest.mark.parametrize("seed", range(120))
def test_residence_and_office_looks_are_the_plain_search(seed, monkeypatch):
    text, mention = _around(seed)
    fast = (residence.residence(text, mention), residence.held_office(text, mention))
    monkeypatch.setattr(residence, "may_hold", lambda *args: True)  # the plain way
    assert fast == (residence.residence(text, mention), residence.held_office(text, mention))


def test_residence_and_office_still_read(monkeypatch):
    # the shapes each look is there for still answer True (negative control: a region of votes)
    for before, lives, held in (("Komeng, yang tinggal di ", True, False),
                                ("pemilih yang tinggal di ", False, False),
                                ("mantan Gubernur ", False, True),
                                ("Anies, yang pernah memimpin ", False, True),
                                ("Ganjar Pranowo, who governed ", False, True),
                                ("Prabowo-Gibran menang di ", False, False)):
        text = before + "Jawa Tengah meraih 53,08 persen."
        mention = _Mention(len(before), len(before) + len("Jawa Tengah"), "33")
        assert (residence.residence(text, mention), residence.held_office(text, mention)) == \
            (lives, held), before


def test_office_patterns_not_tried_without_their_words(monkeypatch):
    text = "Prabowo-Gibran unggul dengan 58,59 persen suara sah di Provinsi Jawa Tengah."
    start = text.index("Jawa")
    mention = _Mention(start, start + len("Jawa Tengah"), "33")
    for name in ("_LIVES", "_FORMER_ID", "_RULED", "_FORMER_EN"):
        monkeypatch.setattr(residence, name, _NoPass(getattr(residence, name)))
    assert not residence.residence(text, mention)
    assert not residence.held_office(text, mention)


# ---- figure_kind: the small bare counts dropped before the money test.

_MONEY_PAGE = (
    "Pasangan nomor urut 2 Prabowo Subianto-Gibran Rakabuming Raka meraih 96.214.691 suara atau "
    "58,59 persen, menurut rekapitulasi KPU pada 20 Maret 2024. Pasangan nomor urut 1 Anies "
    "Baswedan-Muhaimin Iskandar memperoleh 40.971.906 suara (24,95 persen) dan pasangan nomor "
    "urut 3 Ganjar Pranowo-Mahfud MD 27.040.878 suara (16,47 persen).\n"
    "Dana kampanye pasangan nomor urut 3 mencapai Rp 2.809.393.000, dan tim di 38 provinsi "
    "menghabiskan Rp 750 untuk setiap 12 lembar brosur. Rekapitulasi berlangsung 3 hari di 1 "
    "ruangan, dihadiri 17 saksi.")


def _kinds(monkeypatch):
    """[(number text, kind, money asked)] for each number figure_kind reads in _MONEY_PAGE."""
    from checker.figures import figure_kind as module
    from checker.figures import from_text

    seen, asked = [], []
    plain_kind, plain_money = module.figure_kind, module.is_money

    def is_money(figures, text, number, sentence):
        asked.append(number.start)
        return plain_money(figures, text, number, sentence)

    def figure_kind(reader, number, span, sentence):
        kind = plain_kind(reader, number, span, sentence)
        # the order before: the money test right after the year's, whatever the count
        before = None if number.unit != "percent" and \
            plain_money(reader.out.figures, reader.text, number, sentence) else kind
        seen.append((number.text, kind, before, number.start))
        return kind

    monkeypatch.setattr(module, "is_money", is_money)
    monkeypatch.setattr(from_text, "figure_kind", figure_kind)
    report = check_article("Hasil Rekapitulasi Pilpres 2024", _MONEY_PAGE)
    return seen, set(asked), report


def test_small_counts_are_not_asked_the_money_test(monkeypatch):
    seen, asked, report = _kinds(monkeypatch)
    assert all(kind == before for _, kind, before, _ in seen)  # the plain order's kinds
    small = [(text, start) for text, kind, _, start in seen
             if kind is None and text.isdigit() and int(text) < 1000]
    assert {t for t, _ in small} >= {"1", "2", "3", "12", "17", "38"}
    assert not any(start in asked for _, start in small)
    # negative controls: the money is still no figure, the pairs' votes and shares still are
    values = {c.value for c in report.claims}
    assert not values & {2809393000, 2809393, 750}
    assert {96214691, 40971906, 27040878} <= values


# ---- over_valid: only the votes found in the text.

_STATION = ("<p>Warga menemukan kejanggalan data Sirekap KPU untuk TPS 18 Desa Bantur. Di TPS itu "
            "jumlah suara sah hanya {total} orang, tetapi Anies-Muhaimin tercatat {n1} suara "
            "(7,9 persen), Prabowo-Gibran {n2} suara (85,8 persen), dan Ganjar-Mahfud {n3} suara "
            "(6,3 persen).</p>")


def _located(monkeypatch, total: str, n2: str):
    """The report, and the excerpts figures_at looked for in the text (as word lists)."""
    from checker.figures import own_corrections

    asked = []

    class Spaced(own_corrections.Spaced):
        def find(self, words):
            asked.append(list(words))
            return super().find(words)

    monkeypatch.setattr(own_corrections, "Spaced", Spaced)
    report = check_article("Data Sirekap di TPS Kabupaten Malang Janggal",
                           _STATION.format(total=total, n1="25", n2=n2, n3="57"))
    return report, asked


@pytest.mark.parametrize("total,n2,flagged", [("219", "477", True), ("250", "168", False),
                                              ("205", "120", False)])
def test_over_valid_finds_only_the_votes(monkeypatch, total, n2, flagged):
    report, asked = _located(monkeypatch, total, n2)
    claims = report.claims
    shares = [c.excerpt.split() for c in claims if c.kind == "share" and c.origin == "text"]
    assert shares and asked  # the page's shares are read, its counts looked for
    assert not [words for words in asked if words in shares]
    # the count over the valid votes is still caught (negative control: one within is not)
    over = [(claims[c.claim].value, c.status) for c in report.comparisons
            if c.reason == "over_valid"]
    assert over == ([(int(n2), "discrepant")] if flagged else [])


# ---- title_holder: the title before a region asked only when one of its words is there.

_HOLDERS = [("Wali Kota ", "Medan", "1275", " Bobby Nasution unggul 64,52 persen di Pilgub Sumut."),
            ("Gubernur ", "Jawa Tengah", "33", " Ganjar Pranowo meraih 16,47 persen."),
            ("Bupati ", "Purwakarta", "3214", " Dedi Mulyadi meraih 62,22 persen."),
            ("WALIKOTA ", "Surabaya", "3578", " Eri Cahyadi meraih 70 persen."),
            ("calon Wali Kota ", "Medan", "1275", " Rico Waas meraih 61 persen."),
            ("Pasangan ini menang di ", "Medan", "1275", " dengan 61 persen."),
            ("Gubernur Provinsi ", "Jawa Tengah", "33", ". Prabowo-Gibran meraih 53 persen.")]


@pytest.mark.parametrize("before,place,code,after", _HOLDERS)
def test_title_holder_look_is_the_plain_search(shipped_context, monkeypatch,
                                               before, place, code, after):
    from checker.figures.matching import matcher_for

    matcher = matcher_for(shipped_context.official, shipped_context.rules.figures)
    text = "Hasil hitung cepat. " + before + place + after
    start = len("Hasil hitung cepat. ") + len(before)
    mention = _Mention(start, start + len(place), code)
    fast = title_holder._other_race_holder(text, mention, matcher)
    if before == "Wali Kota ":
        assert fast  # Medan's mayor is Sumut's governor candidate: his office, no area
    monkeypatch.setattr(title_holder, "may_hold", lambda *args: True)  # the plain way
    assert fast == title_holder._other_race_holder(text, mention, matcher)


def test_title_pattern_not_tried_without_its_words(monkeypatch):
    text = "Prabowo-Gibran unggul dengan 58,59 persen suara sah di Provinsi Jawa Tengah."
    start = text.index("Jawa")
    mention = _Mention(start, start + len("Jawa Tengah"), "33")
    monkeypatch.setattr(title_holder, "_TITLE", _NoPass(title_holder._TITLE))
    assert not title_holder._other_race_holder(text, mention, None)
