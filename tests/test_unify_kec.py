"""One reader for a pair's running kecamatan list (kecamatan_runs, which running_counts was
folded into): the cases the union reads that neither reader read alone, each a short page in
our own words with the record's real kecamatan counts, and the near shapes that must still be
held or flagged.

1. The level word in lower case on a later item ("Berikutnya kecamatan Wampu 16.943") after an
   item the page placed at a kecamatan: the old kecamatan_runs took "Kecamatan" only, the old
   running_counts went on only from a first item written "kecamatan <name>".
2. "oleh" after the word that carries the list into the next sentence or paragraph ("Disusul
   oleh Blimbing 42.652 suara") after such an item: kecamatan_runs took no "oleh", and
   running_counts went on only from a first item or one it had read itself."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")

# Langkat's kecamatan on KPU's count for Prabowo-Gibran (news-antarasumut-pilpres-langkat-
# kecamatan): Stabat 28.974, Selesai 24.595, Secanggang 24.041, Padang Tualang 18.623, Wampu
# 16.943, Bahorok 15.453.
LANGKAT = ("Kabupaten Langkat Sumbang Suara Terbanyak untuk Prabowo-Gibran",
           "<p>Menurut real count KPU, Kabupaten Langkat, Sumatera Utara, menjadi penyumbang "
           "suara terbanyak bagi Prabowo-Gibran di provinsi ini.</p>")
# Kota Malang's kecamatan on Sirekap for Khofifah-Emil (Pilgub Jatim): Kedungkandang 49.187,
# Sukun 47.528, Blimbing 42.652, Lowokwaru 36.919.
MALANG = ("Khofifah-Emil Unggul di Kota Malang",
          "<p>Menurut Sirekap KPU, Khofifah-Emil unggul di Kota Malang.</p>")
# Lombok Tengah's kecamatan for Iqbal-Dinda (Pilgub NTB): Pujut 39.368, Praya 34.765, Praya
# Barat 25.411, Jonggat 23.863.
# Buleleng's kecamatan for Koster-Giri (Pilgub Bali, the plenary):
# Kubutambahan 18.321, Tejakula 24.980, Banjar 23.139, Gerokgak 28.569.
BALI = ("Koster-Giri Menang di Buleleng",
        "<p>Singaraja - Pasangan nomor urut 2 Pilgub Bali, Wayan Koster-Nyoman Giri Prasta "
        "(Koster-Giri), dan pasangan nomor urut 1, Made Muliawan Arya-Putu Agus Suradnyana "
        "(Mulia-PAS), bersaing di Kabupaten Buleleng.</p>")
NTB = ("Iqbal-Dinda Menang Telak di Lombok Tengah",
       "<p>Praya - Pasangan calon gubernur NTB nomor urut 3, Lalu Muhamad Iqbal-Indah "
       "Dhamayanti Putri (Iqbal-Dinda), unggul di Kabupaten Lombok Tengah pada Pilgub NTB "
       "2024.</p>")


def read(ctx, page: tuple, body: str) -> list:
    """[(claim, comparison or None)] of the page's claims, in the page's order."""
    title, lead = page
    return every_claim(check_article(title, lead + body, "https://berita.example/a", ctx))


def at(found: list, value) -> list:
    """[(region_code, nomor_urut, status)] of the claims of `value`."""
    return [(c.region_code, c.nomor_urut, cmp.status if cmp else None)
            for c, cmp in found if c.value == value]


@pytest.mark.parametrize("page, body, expected", [
    # 1. the level word in lower case, opening the next paragraph's items
    (LANGKAT, "<p>Suara terbanyak Prabowo-Gibran datang dari kecamatan Stabat 28.974 suara, "
     "Selesai 24.595 dan Padang Tualang 18.623 suara.</p><p>Berikutnya kecamatan Wampu "
     "16.943, Bahorok 15.453 dan kecamatan lain di bawah angka tersebut.</p>",
     ((16943, "120508", 2), (15453, "120501", 2))),
    # ... another province and race, on the plenary's figures
    (BALI, "<p>Koster-Giri unggul di Kecamatan Kubutambahan 18.321 suara, Tejakula 24.980 "
     "suara.</p><p>Berikutnya kecamatan Gerokgak 28.569, Banjar 23.139.</p>",
     ((28569, "510801", 2), (23139, "510804", 2))),
    # both in one list, on the plenary's figures
    (BALI, "<p>Koster-Giri unggul di Kecamatan Kubutambahan 18.321 suara, Tejakula 24.980 "
     "suara. Disusul oleh Banjar 23.139 suara, kemudian kecamatan Gerokgak 28.569 suara.</p>",
     ((23139, "510804", 2), (28569, "510801", 2))),
    # 2. "oleh" after the word that carries the list into the next paragraph
    (LANGKAT, "<p>Suara terbanyak Prabowo-Gibran datang dari kecamatan Stabat 28.974 suara, "
     "Selesai 24.595 suara.</p><p>Selanjutnya oleh Secanggang 24.041.</p>",
     ((24041, "120509", 2),)),
    # ... into the next sentence, another race
    (MALANG, "<p>Suara terbanyak pasangan itu diraih di Kecamatan Kedungkandang 49.187 suara, "
     "Sukun 47.528 suara. Disusul oleh Blimbing 42.652 suara dan Lowokwaru 36.919 suara.</p>",
     ((42652, "357301", 2), (36919, "357305", 2))),
])
def test_the_union_reads_each_item_at_its_kecamatan(shipped_context, page, body, expected):
    found = read(shipped_context, page, body)
    for value, code, nomor in expected:
        (region, number, status), = at(found, value)
        assert (region, number) == (code, nomor) and status not in FLAGS, (value, found)


@pytest.mark.parametrize("body, value, code", [
    # a wrong count in such an item is still caught (Banjar's is 23.139) ...
    ("<p>Koster-Giri unggul di Kecamatan Kubutambahan 18.321 suara, Tejakula 24.980 suara. "
     "Disusul oleh Banjar 25.139 suara.</p>", 25139, "510804"),
    # (... and Gerokgak's 28.569)
    ("<p>Koster-Giri unggul di Kecamatan Kubutambahan 18.321 suara, Tejakula 24.980 suara, "
     "lalu kecamatan Gerokgak 26.569 suara.</p>", 26569, "510801"),
])
def test_a_wrong_count_in_such_an_item_is_flagged(shipped_context, body, value, code):
    found = read(shipped_context, BALI, body)
    (region, _, status), = at(found, value)
    assert region == code and status in FLAGS, found


@pytest.mark.parametrize("page, body, value", [
    # a name the kab/kota holds no kecamatan of, after "oleh": no item
    (MALANG, "<p>Suara terbanyak pasangan itu diraih di Kecamatan Kedungkandang 49.187 suara, "
     "Sukun 47.528 suara. Disusul oleh Golkar 9.393 suara.</p>", 9393),
    # the level word in lower case before another kab/kota's kecamatan: no item
    (LANGKAT, "<p>Suara terbanyak Prabowo-Gibran datang dari kecamatan Stabat 28.974 suara, "
     "Selesai 24.595 suara.</p><p>Berikutnya kecamatan Sukun 4.210 dan kecamatan lain.</p>",
     4210),
    # a share after a count's first item the page held: no count's item, no kecamatan
    (NTB, "<p>Iqbal-Dinda unggul di Kecamatan Pujut 39.368 suara, Jonggat 40,1 persen, dan "
     "Lombok Timur 50.112 suara.</p>", None),
])
def test_no_kecamatan_is_guessed_for_what_is_no_item(shipped_context, page, body, value):
    found = read(shipped_context, page, body)
    others = [(c, cmp) for c, cmp in found if value is None and c.kind == "share"
              or c.value == value]
    assert all(c.region_code is None or len(c.region_code) != 6
                          for c, _ in others), found
    assert all(cmp is None or cmp.status not in FLAGS for _, cmp in found), found


def test_a_percentage_read_as_no_figure_is_no_count_of_the_list(shipped_context):
    # negative control: after the pair's placed items, a percentage the reader takes for no
    # figure (a margin over the threshold) is never the next item's votes
    body = ("<p>Koster-Giri unggul di Kecamatan Kubutambahan 18.321 suara, Tejakula 7 persen di "
            "atas ambang batas.</p>")
    found = read(shipped_context, BALI, body)
    assert at(found, 18321) == [("510808", 2, "consistent")], found
    assert not [c for c, _ in found if c.kind == "votes" and c.value == 7], found
