"""The prose reader's C-speed looks before a regex (issue 11, issue 12): each gives what the
plain search gave, on sentences in the style of the news pages that ask them, with the letters
a case-blind pattern takes for ASCII ones ("ſ", dotless and dotted i, the Kelvin sign)."""

import itertools

from checker.figures import ranks, won_part

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
            plain = won_part._BACK.search(text, start, end) is not None
            assert won_part.points_back(text, start, end) == plain, (text, start, end)
            found += plain
    assert found > 100  # (the texts do point back)


def test_lower_name_look_is_the_plain_search():
    from checker.figures import places
    from checker.figures.regions import RegionHit

    texts = ["TPS 03 Kampung Buantan Besar Kecamatan Siak: 120 suara; Kec. Pati, Kel. Bugis",
             "di Desa Sumerta Kaja Denpasar, Nagari Koto Baru Solok, Gampong Lamreung Aceh",
             "Dusun Krajan Malang; Kelurahan Kota Baru Jambi; kecamatan Buleleng; Kabupaten Pati"]
    found = 0
    for text in texts:
        for start in range(len(text) + 1):
            hit = RegionHit("3318", "Pati", 2, start, len(text))
            plain = places._LOWER_NAME.search(text, max(0, start - 60), start) is not None \
                and places._PREFIXED.match(text, start) is None
            assert places.in_lower_name(text, hit) == plain, (text, start)
            found += plain
    assert found > 10


def test_versus_look_keeps_every_match():
    from checker.figures import figure_kind as fk
    from checker.figures.wording import may_end_with

    texts = ["menang dengan 204.186 berbanding 111.062 suara; 50,1% vs 49,9%; 12 VS. 10",
             "45 persen dibandingkan dengan 40 persen, 3 suara, dibanding 2; 7 DIBANDINGKAN 6",
             "5 vſ 4; 10 suara berbandinG\u00a0 9; 1, dibandin\u212aan 2"]
    found = 0
    for text in texts:
        for start, end in itertools.combinations(range(len(text) + 1), 2):
            if fk._VERSUS_BEFORE.search(text, start, end):
                assert may_end_with(text, start, end, fk._VERSUS_ENDS), (text, start, end)
                found += 1
    assert found > 50


def test_inline_teasers_are_the_plain_searchs_matches():
    from checker.analyse import pagedata
    from checker.analyse.opening_words import opening_at

    pieces = ["Baca juga", "baca JUGA:", "SIMAK pula", "lihat  juga :", "\x00", " \x00 ",
              "Prabowo-Gibran Raih 150.619 Suara", "\n", "xbaca juga", "Lihat\u00a0juga",
              "ſimak juga", "lihat jugaK", "baca baca juga"]
    texts = ["... suara. \x00Baca Juga: \x00Prabowo-Gibran Raih 150.619 Suara\x00 Pasangan",
             "Koster-Giri 75,04%. \x00Simak juga\x00 Hasil Pilkada\x00 Berikutnya \u0130 x"]
    texts += ["".join(p) for p in itertools.product(pieces, repeat=4)]
    found = 0
    for text in texts:
        plain = [(m.span(), m.groups()) for m in pagedata._INLINE_TEASER.finditer(text)]
        assert [(m.span(), m.groups()) for m in opening_at(
            pagedata._INLINE_TEASER, text, ("baca", "simak", "lihat"))] == plain, text
        found += len(plain)
    assert found > 300


def test_margins_are_the_plain_searchs_matches():
    from checker.analyse.opening_words import opening_at
    from checker.figures import own_margin

    pieces = ["Selisih", "unggul", "KEUNGGULAN", "mengungguli", "kalah telak", "terpaut",
              "jarak antara keduanya", "\u017felisih", "unggul's", "38.024 suara", "319 suara",
              ". ", "\n", "xselisih", "dengan 1.204 suara"]
    texts = ["Dengan selisih 38.024 suara, Samani dan Bellinda menang; unggul 319 suara atas X"]
    texts += [" ".join(p) for p in itertools.product(pieces, repeat=4)]
    found = 0
    for text in texts:
        plain = [(m.span(), m.groups()) for m in own_margin._MARGIN.finditer(text)]
        assert [(m.span(), m.groups()) for m in opening_at(
            own_margin._MARGIN, text, own_margin._MARGIN_WORDS)] == plain, text
        found += len(plain)
    assert found > 1000


def test_lead_and_rival_looks_keep_every_match():
    from checker.figures import own_lead as fk  # (the "keunggulan" looks, out of figure_kind)
    from checker.figures import rivals
    from checker.figures.wording import may_hold

    texts = ["memperlihatkan keunggulan Prabowo - Gibran dengan 59,35% dari 98,08% data",
             "KEUNGGULAN Anies dengan 40%; pasangan itu jauh di depan dua pesaingnya, A dan B, "
             "dengan 63,23% suara; Halim-Joko Ungguli Suharsono-Totok, Raih 305.563 Suara",
             "X kalah dari Y karena hanya mendapat 34,29%; dengan raihan suara 58%; kEunggulan "
             "Z dengan 5 persen, RAIH 7; \u212aeunggulan W dengan 6%"]
    found = 0
    for text in texts:
        for start, end in itertools.combinations(range(len(text) + 1), 2):
            if fk._OWN_LEAD.search(text, start, end) or fk._OWN_LEAD_WHERE.search(text, start, end):
                assert may_hold(text, start, end, ("keunggulan",)), (text, start, end)
                found += 1
            if rivals._WITH.search(text, start, end):
                assert may_hold(text, start, end, ("dengan", "raih", "karena")), (text, start, end)
                found += 1
    assert found > 1000


def test_institution_look_keeps_every_match():
    from checker.figures import places
    from checker.figures.wording import may_end_with

    texts = ["Ketua KPU Provinsi Jawa Barat; Bawaslu Kab. Bogor; kantor Pemprov DKI; Polres  \n",
             "KPUD Kota Malang, KIP Aceh, DPRD Prov. Riau, Pemkab Pati, Pemkot Solo, Polda Bali ",
             "KPU\u00a0Kabupaten\tKulon Progo; KIP  Kota \u212aupang; Pemkot\u2003"]
    found = 0
    for text in texts:
        for start, end in itertools.combinations(range(len(text) + 1), 2):
            if places._INSTITUTION.search(text, start, end):
                assert may_end_with(text, start, end, places._INSTITUTION_ENDS), (text, start, end)
                found += 1
    assert found > 200


def test_label_and_area_list_looks_keep_every_match():
    from checker.figures import labels

    texts = ["Pramono-Rano: 2.183.239\nMulia-PAS :\u00a0111.062; Paslon 01:  5; nomor urut 2 :7",
             "Kabupaten Badung: Koster-Giri 204.186, Mulia-PAS 111.062 dan X-Y 5.000",
             "Perolehan suara Koster-Giri per kabupaten/kota: Badung 204.186, Tabanan 204.031"]
    found = 0
    for text in texts:
        for start, end in itertools.combinations(range(len(text) + 1), 2):
            if labels._LABEL_BEFORE.search(text, start, end):
                assert text[start:end].rstrip().endswith(":"), (text, start, end)
                found += 1
            if labels._AREA_ITEMS.search(text, start, end) or \
                    labels._PAIR_AREAS.search(text, start, end):
                assert ":" in text[start:end], (text, start, end)
                found += 1
    assert found > 300
