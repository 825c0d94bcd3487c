"""Pilkada 2024 figures whose area or race the reader left unknown or got wrong (issue 10,
branch fix-pilkada, from the corpus's dev pages): how a page scopes a figure. Each test is one
wording pattern, in our own words with the real figures of those pages, and the same words
where the scope must stay open."""

from __future__ import annotations

from decimal import Decimal

from builders import context, snapshot
from checker.analyse.page import extract
from checker.figures.claims import extract_claims
from official_data import record_with_rekap


def claims(body: str, title: str, url: str = "https://berita.example/a"):
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>")
    snap = snapshot(url, html.encode())
    rules = context().rules
    page = extract(snap, rules.vocabulary, rules.figures.params)
    return extract_claims(page, snap, record_with_rekap(), rules)


def parts(found):
    return {(c.kind, c.value): (c.race_kind, c.race_region, c.region_code, c.nomor_urut)
            for c in found}


# -- a zero-padded ballot number standing alone names the pair ---------------------------------

_BUKITTINGGI = "Rapat pleno KPU tetapkan Ramlan-Ibnu menangkan Pilkada Bukittinggi 2024"


def test_a_bare_zero_padded_ballot_number_in_a_list_names_its_pair():
    # ANTARA Sumbar: "Paslon 04 meraih 10.608 suara, diikuti 03 dengan 8.806 suara, lalu 01
    # dengan 1.178 suara": each count is the pair whose number comes right before it, not
    # the "Paslon 04" that opened the sentence.
    found = parts(claims(
        "<p>Keempatnya, berturut-turut menurut nomor urut: 01 Marfendi-Fauzan, 02 Nofil-Reja, "
        "03 Erman-Heldo, dan 04 Ramlan-Ibnu.</p><p>Rinciannya, di Kecamatan Guguak Panjang "
        "Paslon 04 meraih 10.608 suara, diikuti 03 dengan 8.806 suara, lalu 01 dengan 1.178 "
        "suara dan 02 dengan 585 suara.</p><p>Di Kecamatan Aur Birugo Tigo Baleh, 04 mendapat "
        "6.242 suara, 03 meraih 5.220 suara, 01 memperoleh 1.094 dan 02 mendapat 404 suara."
        "</p>", _BUKITTINGGI))
    for value, nomor in ((10608, 4), (8806, 3), (1178, 1), (585, 2), (6242, 4), (5220, 3),
                         (404, 2)):
        race, area, region, number = found[("votes", value)]
        assert (race, area, number) == ("regent_mayor", "1375", nomor), value
        assert region is None, value  # a kecamatan's count: never the city's


def test_zero_padded_numbers_that_are_no_ballot_numbers_stay_unread_as_such():
    from checker.figures.cues import cues_for

    cues = cues_for(context().rules.figures, ())
    text = ("Rapat dimulai pukul 09.00 di TPS 03, Selasa (03/12), RT 02 RW 05, "
            "dengan 03 orang saksi dan skor 01-02.")
    assert [m.value for m in cues.ballots(text)] == []


def test_a_margin_before_a_colon_does_not_swallow_the_list_after_it():
    # "selisih ... nyaris 5.000 suara: Paslon 04 Ramlan-Ibnu meraih 14.630 suara, ...": the
    # margin is the clause before the colon; the list after it is the pairs' counts.
    found = parts(claims(
        "<p>Di Kecamatan Mandiangin Koto Selayan, selisih peraih suara terbanyak dengan "
        "pesaingnya nyaris 5.000 suara: Paslon 04 Ramlan-Ibnu meraih 14.630 suara, Paslon 03 "
        "Erman-Heldo hanya 9.837 suara dan Paslon 02 901 suara.</p><p>Di Kecamatan Aur Birugo "
        "Tigo Baleh, 04 dan 03 hanya terpaut sekitar seribu suara: 04 mendapat 6.242 suara, "
        "03 meraih 5.220 suara.</p>", _BUKITTINGGI))
    assert ("votes", 5000) not in found
    for value, nomor in ((14630, 4), (9837, 3), (901, 2), (6242, 4), (5220, 3)):
        assert found[("votes", value)][3] == nomor, value
        assert found[("votes", value)][2] is None, value


def test_a_margin_written_as_a_label_stays_a_margin():
    found = parts(claims(
        "<p>Paslon 04 Ramlan-Ibnu meraih 31.480 suara. Selisih suara: 7.617 suara.</p>",
        _BUKITTINGGI))
    assert ("votes", 7617) not in found
