"""The prose reader's C-speed looks before a regex (issue 11, issue 12): each gives what the
plain search gave, on sentences in the style of the news pages that ask them, with the letters
a case-blind pattern takes for ASCII ones ("ſ", dotless and dotted i, the Kelvin sign)."""

import itertools

from checker.figures import carried_area, ranks

_RANK_TEXTS = [
    "Di posisi kedua Anies-Muhaimin dengan 120.085 suara, disusul Ganjar-Mahfud.",
    "AHM-Rivai ketiga dengan 7.484 suara; paling bawah pasangan nomor urut 3.",
    "Ganjar-Mahfud kedua, meraih 5 suara; keempat mendapat 2; terakhir, mengantongi 1",
    "Urutan terakhir ditempati X. Di bawahnya Y, terbanyak kedua Z.",
    "PoſiſI KEDUA: 12 suara; urutan\u0131 kedua; peringkat ke-2; tempat ke 3",
    "Di provinsi itu Prabowo-Gibran menang; di sana juga; provinsinya; kabupatennya",
    "di wilayah pemilihan Yunani itu; dari Kota Bogor tersebut; untuk \u212aota itu",
]


def _windows(text: str):
    step = 3 if len(text) < 400 else 41
    for start, end in itertools.combinations(range(0, len(text) + 1, step), 2):
        yield start, end
    yield 0, 1 << 62  # a sentence's end past the text (layout._FAR)


def test_rank_look_is_the_plain_search():
    long = " ".join(_RANK_TEXTS) * 8  # (past 400 characters: the page-wide look)
    found = 0
    for text in [*_RANK_TEXTS, long]:
        for start, end in _windows(text):
            plain = ranks.RANK.search(text, start, end) is not None
            assert ranks.ranked(text, start, end) == plain, (text, start, end)
            found += plain
    assert found > 100  # (the texts do rank pairs)


def test_back_look_is_the_plain_search():
    long = " ".join(_RANK_TEXTS) * 8
    found = 0
    for text in [*_RANK_TEXTS, long]:
        for start, end in _windows(text):
            plain = carried_area._BACK.search(text, start, end) is not None
            assert carried_area._back(text, start, end) == plain, (text, start, end)
            found += plain
    assert found > 100  # (the texts do point back)
