"""The C-speed looks and per-page reuse of branch perf-prose4 (issue 12 §5): each gives what the
plain search or the plain call gave, on texts in the style of the pages that ask them, with the
letters a case-blind pattern takes for ASCII ones ("ſ", dotless and dotted i, the Kelvin sign)."""

import itertools
import re

from checker.analyse.opening_words import first_opening
from checker.figures import claims, ppk_reading, section_heads, voters
from checker.figures.region_words import prose_mentions, scan_words
from checker.figures.wording import may_say_between

_TEXTS = [
    "Hasil Pilpres 2024: Prabowo-Gibran unggul, capres nomor urut 2 meraih 58,59 persen.",
    "Pemilihan Presiden dan pemilihan  presiden; PEMILIHAN\nPRESIDEN; pemilihanpresiden",
    "pilpresx capresnya cawapres-nya PPWP ppwp2024 presidential debate; Presidential.",
    "Rekapitulasi Pilgub Jawa Barat: tidak ada kata itu di sini sama sekali.",
    "Pilpreſ, \u0131 CAPRES c\u0130pres, \u212aota; pilpres",
]


def test_first_opening_is_the_plain_search():
    words = claims._PRESIDENTIAL_WORDS
    found = 0
    for text in [*_TEXTS, " ".join(_TEXTS) * 5]:
        for start in range(0, len(text), 7):
            piece = text[start:]
            plain = claims._PRESIDENTIAL.search(piece)
            mine = first_opening(claims._PRESIDENTIAL, piece, words)
            assert (mine and mine.span()) == (plain and plain.span()), piece
            found += plain is not None
    assert found > 20


def test_presidential_reads_the_word_after_the_first_characters():
    # "capres" ending right at the end of the first characters, a letter after it: no word
    # of its own there, and none later either
    text = "x " * ((claims._EARLY - 6) // 2) + "capresnya menang"
    assert text.index("capres") + len("capres") == claims._EARLY
    assert claims._PRESIDENTIAL.search(text, 0, claims._EARLY) is not None
    assert claims._presidential(text) is False
    assert claims._presidential(text + " Pilpres") is True
    for text in [*_TEXTS, *("a " * 1500 + t for t in _TEXTS)]:
        assert claims._presidential(text) == bool(claims._PRESIDENTIAL.search(text))


def test_heading_line_is_the_case_blind_search():
    prose = ("Hasil Pilgub NTB di Lombok Tengah\nRekap KPU Kota Banjar. HASIL PILGUB NTB DI "
             "LOMBOK TENGAH; Perolehan Suara di Kabupaten Garut (Jabar)\n\u212aota Bogor")
    headings = ["hasil pilgub ntb di lombok tengah", "Perolehan Suara di Kabupaten Garut (Jabar)",
                "kota bogor", "tidak ada", "rekap kpu kota banjar.", "Kot\u00e1 Bogor"]
    for text in (prose, prose + " pilgub \u0131", prose + " \u0130stanbul"):
        lowered = section_heads.lowered_alike(text)
        for heading in headings:
            plain = re.search(re.escape(heading), text, re.IGNORECASE)
            assert section_heads._line(heading, text, lowered) == (plain and plain.span())


class _Matcher:
    """Answers region_mentions like the real scan: the first `limit` of its hits."""

    def __init__(self, hits):
        self.hits, self.asked = hits, []

    def region_mentions(self, text, limit=200):
        self.asked.append(limit)
        return list(self.hits[:limit])


def test_prose_mentions_are_the_scans_first_hits():
    text = "".join(["Bogor Garut "] * 300)  # (a new text object per test: compared by identity)
    few = _Matcher(list(range(150)))
    assert prose_mentions(few, text) == list(range(150))
    assert prose_mentions(few, text, limit=2000) == list(range(150))  # all found: no new scan
    assert few.asked == [200]
    many = _Matcher(list(range(3000)))
    assert prose_mentions(many, text) == list(range(200))
    assert prose_mentions(many, text, limit=2000) == list(range(2000))  # more asked: scanned
    assert prose_mentions(many, text, limit=50) == list(range(50))
    assert many.asked == [200, 2000]
    hits = prose_mentions(many, text, limit=10)
    hits.append("changed")  # a copy: the next caller gets the scan's hits
    assert prose_mentions(many, text, limit=10) == list(range(10))


def test_short_texts_do_not_evict_the_page():
    page = "Pilkada di Kabupaten Garut. " * 200
    first = scan_words(page)
    for n in range(30):
        scan_words(f"Judul {n} di Kota Bogor")  # a page's headings, one by one
    assert scan_words(page) is first


def test_chosen_pair_looks_keep_every_match():
    texts = ["Sebanyak 3.018 WNI di Kamboja memilih Jokowi - Ma'ruf, sedangkan yang memilih "
             "Prabowo - Sandi hanya 202 orang",
             "Prabowo-Gibran didukung oleh sebanyak 12.096.454 pemilih di sana",
             "Mahyeldi-Vasko meraih 77,15% suara, setara dengan 1.754.310 pemilih",
             "YANG MEMILIH PASLON Anies hanya 20 orang; DIDUKUNG 5 warga; SETARA 7 pemilih",
             "yang memiliħ X 3 orang; dıdukung 4; ſetara 5 pemilih"]
    found = 0
    for text in [*texts, " ".join(texts) * 2]:  # (past 400 characters: the page-wide look)
        step = 5 if len(text) < 400 else 23
        for start, end in itertools.combinations(range(0, len(text) + 1, step), 2):
            if voters._CHOSE_BEFORE.search(text, start, end):
                assert may_say_between(text, start, end, "memilih")
                found += 1
            if voters._BACKED_BEFORE.search(text, start, end):
                assert may_say_between(text, start, end, "didukung", "setara")
                found += 1
    assert found > 50


def test_ppk_look_is_the_plain_reading():
    text = ("Di pleno itu, PPK Kecamatan Bulang membacakan hasil rekapitulasi. Paslon 1 meraih "
            "3.141 suara. PPK Galang menyampaikan 4.636 suara; ppk Bulang membacakan 5 suara")
    found = 0
    for start, end in itertools.combinations(range(0, len(text) + 1, 4), 2):
        plain = list(ppk_reading._PPK.finditer(text, start, end))
        plain = plain[-1] if plain and len({m.group(1) for m in plain}) == 1 else None
        mine = ppk_reading._last_ppk(text, start, end)
        assert (mine and mine.span()) == (plain and plain.span())
        found += plain is not None
    assert found > 20


def test_anaphora_look_is_the_plain_search():
    from checker.figures.wording import ANAPHORA, ANAPHORA_OPENS, search_between

    texts = ["Pasangan itu memperoleh 14,1 juta. Perolehan suara mereka mencapai 10 persen; dia",
             "Paslon usungan PDIP dan Partai Golkar itu meraih 5 suara, penantang ini 4 suara",
             "Bupati petahana itu unggul; hasil suara akhirnya 130.947; angkanya setara 3 suara",
             "Suara tertingginya datang dari Kapanewon Pengasih. Media Indonesia: ia, beliau.",
             "PASANGAN TERSEBUT; Keduanya; dıa; Paſlon ini; \u212aeduanya; "
             "wali kota petahana ini"]
    found = 0
    # (past 400 characters and asked again and again: the page's places; with an odd case in
    # it, the plain search)
    for text in [*texts, " ".join(texts[:4]) * 3, " ".join(texts) * 3]:
        step = 3 if len(text) < 400 else 17
        for start, end in itertools.combinations(range(0, len(text) + 1, step), 2):
            plain = ANAPHORA.search(text, start, end)
            mine = search_between(ANAPHORA, text, start, end, ANAPHORA_OPENS)
            assert (mine and mine.span()) == (plain and plain.span()), (text, start, end)
            found += plain is not None
    assert found > 1000
