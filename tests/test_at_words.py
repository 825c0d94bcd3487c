"""checker/figures/at_words.py: a cue pattern tried only at the words its keys name finds
exactly what plain finditer finds, in the same order, on real pages, on tricky wordings
(apostrophes, case-blind look-alike letters, words of digits and letters) and on random text
made of the patterns' own words."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from checker import load_rules
from checker.figures import cues as cue_module
from checker.figures import official_names, places, poll_page, written_years
from checker.figures import respectively
from checker.figures.at_words import Keys, find_at_words
from checker.figures.places import (ABROAD, LEGISLATIVE, NATIONAL, NATIONAL_KEYS, PLACE,
                                    PLACE_KEYS)
from checker.paths import rules_dir

ROOT = Path(__file__).resolve().parent.parent


def _finders():
    rules = load_rules(rules_dir())
    cues = cue_module.cues_for(rules.figures, ("bukan",))
    return [
        ("time", cue_module._TIME, cue_module._TIME_KEYS, None),
        ("ballot", cue_module._BALLOT, cue_module._BALLOT_KEYS, "(0"),
        ("ballot word", cue_module._BALLOT_WORD, cue_module._BALLOT_WORD_KEYS, None),
        ("election", cue_module._ELECTION_YEAR, cue_module._ELECTION_KEYS, None),
        ("past year", cue_module._PAST_YEAR, cue_module._PAST_YEAR_KEYS, None),
        ("lower", cue_module._LOWER, cue_module._LOWER_KEYS, None),
        ("upper", cue_module._UPPER, cue_module._UPPER_KEYS, None),
        ("claim type", cues._type_re, cues._type_keys, None),
        ("pollster", cues._pollster_re, cues._pollster_keys, None),
        ("race word", cues._race_re, cues._race_keys, None),
        ("abroad", ABROAD, places.ABROAD_KEYS, None),
        ("legislative", LEGISLATIVE, places.HOUSE_KEYS, None),
        ("national", NATIONAL, NATIONAL_KEYS, None),
        ("place", PLACE, PLACE_KEYS, None),
        ("respectively", respectively._WORD, respectively.WORD_KEYS, None),
        ("official title", official_names._TITLE, official_names.TITLE_KEYS, None),
        ("poll", poll_page.POLL, poll_page.POLL_KEYS, None),
        ("announced", written_years._FUTURE, written_years.FUTURE_KEYS, None),
    ]


FINDERS = _finders()

TRICKY = (
    "Hasil 'quick count' Litbang Kompas: rekapitulasi's 'real count' dan ſirekap, "
    "Pemilu’ 2024 di TPS09, di TPS itu, İTPS 05, ıtps 7, tps no.3, TPS nomor 012 (01) (02) "
    "paslon2 paslon nomor urut dua, no.urut 3, nourut 4, No. 1, capres-cawapres nomor urut "
    "satu, Kec. Gambir, kecamatan Gambir, Desa Bojong, Kota Banjar Gelar, banjar Kaja, "
    "se-Indonesia, seIndonesia, se-provinsi, SE-INDONESIA, seluruh  Indonesia, nationwide, "
    "Nationally, tingkat Nasional, skala nasional, level nasional, 38 provinsi dan luar negeri "
    "(PPLN, 34 Provinsi dan 128 panitia pemilihan PPLN, x38 provinsi dan PPLN, 1.38 provinsi "
    "dan luar negeri, Kabupaten Mahulu, Kab. Bogor, Kab.Bogor, KOTA Banjar, Kota  Solo, "
    "kota Medan, Kec. Gambir, Provinsi Aceh, xKota Bandung, Kota_Baru X, Kota\nBaru, "
    "masing-masing, Masing-Masing, MASING-MASING, berturut-turut, xmasing-masing, masing2, "
    "tingkatprovinsi, secara nasional, keseluruhan, "
    "Pilkada, 2024; pilgub Jatim tahun lalu 2018, pada 2019, periode 2025-2030, "
    "pukul 10.00 WIB, Kamis (28/11/2024) pukul 15.30 WIB, jam10:15, 28 November 2024, "
    "real_count, DPRD, DPR RI, Dewan Perwakilan Daerah, caleg, luar negeri, Hong Kong, "
    "Kuala Lumpur, PPLN, \u212aPU, \u00c9lection, P\u00e9milu 2024, \uff12\uff10\uff12\uff14, "
    "gubernur, Gubernur Jatim, mantan Gubernur, wali kota, walikota, cawalkot, "
    "hitung cepat, Hitung  Cepat\ninternal tim, versi tim, hasil resmi KPU, sirekap. "
    "pasangan 3, pasangan calon nomor urut dua, cagub nomor urut tiga, kandidat nomor urut "
    "empat, no urut lima, pemilihan gubernur Jawa Barat 2018, sejak 2019, dalam TPS tersebut, "
    "pada TPS yang sama, Kel. Sumerta, Arab Saudi, 4/5/2024, 7 Mei 2024 8:30, 5.30 WIB, "
    "6 Desember 2024, 9/12/24.\n"
    "Ketua PPK Gedong Tataan, Supriyanto, Sekretaris Desa Jeruk, Pj. Kepala Desa Bojong, "
    "pj  kepala desa X, Sekdes, KADES Budi, xCamat, Camat's, caKat, Anggota KPPS 3, "
    "_Lurah, lurah-lurah, sekretaris ppk, Kepala Nagari.\n"
    "Survei Indikator, hasil surveinya, SURVEY LSI, xsurvei, survei's, ſurvei, jajak  pendapat, "
    "Jajak\npendapat, elektabilitas, Elektabilitasnya, keterpilihan, kepuasan publik, "
    "approval rating, Approval\tRating, approvalrating, pra-survei.\n"
    "Pilkada 2024 akan dilaksanakan pada 27 November 2024, PEMILU 2029 akan kembali digelar, "
    "pesta  demokrasi tahun 2024 akan diselenggarakan, xakan dilaksanakan 2025, Pemilihan "
    "serentak 2024 akan dihelat, akan kembali menggelar pilkada pada 2024, pemilu’ 2024 akan "
    "digelar, pilpres2024 akan digelar 2024.\n")


def _same(text: str) -> None:
    for name, pattern, keys, opener in FINDERS:
        also = cue_module.found_at(text, opener) if opener else ()
        fast = [(m.span(), m.groups()) for m in find_at_words(pattern, text, keys, also)]
        plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert fast == plain, name


def test_every_finder_has_keys():
    assert all(keys is not None for _, _, keys, _ in FINDERS)


def test_tricky_wordings():
    _same(TRICKY)
    _same(TRICKY.upper())
    _same(TRICKY.lower())
    _same(TRICKY.replace(" ", "\u00a0"))


def _vocabulary() -> list[str]:
    words = TRICKY.replace("\n", " ").split()
    for _, pattern, keys, _ in FINDERS:
        words += list(keys.exact) + list(keys.prefixes)
    figures = load_rules(rules_dir()).figures
    words += [p for phrases in figures.claim_types.values() for p in phrases]
    words += [a for pollster in figures.pollsters for a in pollster.aliases]
    words += [w for ws in figures.race_words.values() for w in ws]
    return words


VOCABULARY = _vocabulary()
_NUMBERS = ("2019", "2024", "2018", "2009", "09", "1", "01", "15.30", "28/11/2024", "12:05")


def test_random_text_of_the_patterns_words():
    rng = random.Random(12)
    vocabulary = VOCABULARY
    gaps = [" "] * 12 + ["  ", "\n", ", ", ". ", "-", "/", "'", "\u2019", "(", ")", ":", ""]
    for _ in range(200):
        parts = []
        while sum(map(len, parts)) < 700:
            word = rng.choice(vocabulary)
            word = rng.choice((word, word.upper(), word.title(), rng.choice(_NUMBERS),
                               rng.choice(_NUMBERS), "Kota", "Prabowo"))
            parts += [word, rng.choice(gaps)]
        _same("".join(parts))


@pytest.mark.parametrize("folder", sorted((ROOT / "tests" / "fixtures" / "pages").iterdir())[::4],
                         ids=lambda p: p.name)
def test_golden_pages(folder):
    _same((folder / "page.html").read_bytes().decode("utf-8", "replace"))


def test_a_page_in_another_script_is_searched_the_plain_way():
    text = " ".join(["pemilu\u00e9 2024 TPS 05"] * 3000)
    _same(text)


def test_keys_name_the_words_a_match_opens_with():
    text = "x " * 300 + "TPS09 dan di TPS itu"
    keys = Keys(("di",), ("tps",))
    found = [m.group(0) for m in find_at_words(cue_module._LOWER, text, keys)]
    assert found == ["TPS09", "di TPS itu"]
    # without the key "tps" the pattern is never tried at "TPS09"
    assert [m.group(0) for m in find_at_words(cue_module._LOWER, text, Keys(("di",)))] == \
        ["di TPS itu"]
