"""A pair's votes listed area by area after its total (issue 10, recall): "Suara Gusnar-Idah
tersebar di Kabupaten Gorontalo 104.695 suara, Boalemo 35.523 suara, ...". Each item's area is
the regency or city named in the item; the pair is the one the sentence (or, after "Rinciannya",
"Pasangan itu", the sentence before) is about. Our own sentences, with the Gorontalo plenary's
figures (read.id, 7 Dec 2024)."""

from __future__ import annotations

from test_precision import graded, run

HEAD = ("<h1>Rekapitulasi Pilgub Gorontalo 2024</h1><p>Dalam pleno KPU Provinsi Gorontalo, "
        "paslon nomor urut 4 Gusnar Ismail dan Idah Syahidah meraih 295.983 suara.</p>")


def _by_value(body: str) -> dict:
    return {c.value: c for c in run(body)}


def test_items_after_the_pair_in_one_sentence_are_its_votes_per_regency():
    body = HEAD + ("<p>Suara Gusnar-Idah datang dari Kabupaten Gorontalo 104.695 suara, "
                   "Boalemo 35.523 suara, Gorontalo Utara 44.706 suara, dan Kota Gorontalo "
                   "44.221 suara.</p>")
    claims = _by_value(body)
    for value, code in ((104695, "7501"), (35523, "7502"), (44706, "7505"), (44221, "7571")):
        assert claims[value].nomor_urut == 4, value
        assert claims[value].region_code == code, value
        assert claims[value].race_region == "75"
    assert not any(s == "discrepant" for s in graded(body).values())


def test_a_breakdown_sentence_after_the_total_belongs_to_that_pair():
    body = HEAD + ("<p>Di posisi kedua, paslon nomor urut 1 Tonny Uloli dan Marten Taha "
                   "memperoleh 193.222 suara.</p><p>Rinciannya di Kabupaten Gorontalo "
                   "59.079 suara, Boalemo 26.495 suara, dan Pohuwato 24.471 suara.</p>")
    claims = _by_value(body)
    for value, code in ((59079, "7501"), (26495, "7502"), (24471, "7504")):
        assert claims[value].nomor_urut == 1, value
        assert claims[value].region_code == code, value
    assert not any(s == "discrepant" for s in graded(body).values())


def test_an_area_outside_the_race_is_no_item_of_its_list():
    # Bantaeng is in South Sulawesi: never a Gorontalo regency of this pair.
    body = HEAD + ("<p>Suara Gusnar-Idah datang dari Kabupaten Gorontalo 104.695 suara, "
                   "Bantaeng 35.523 suara.</p>")
    claim = _by_value(body).get(35523)
    assert claim is None or claim.hold is not None or claim.region_code != "7302"
    assert not any(s == "discrepant" for s in graded(body).values())


def test_a_list_with_no_pair_before_it_names_nobody():
    body = ("<h1>Pilgub Gorontalo 2024</h1><p>Partisipasi pemilih di Pilgub Gorontalo naik."
            "</p><p>Rinciannya di Kabupaten Gorontalo 104.695 suara, Boalemo 35.523 suara.</p>")
    assert all(c.nomor_urut is None and c.candidate_id is None for c in run(body))
