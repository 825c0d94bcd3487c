"""Wrong figures a fact-check quotes (issue 10, errors caught): the hoax's figures must be read
and, where the record can speak for them, graded; where it cannot, reported as the hoax's.
Each test is the wording pattern behind one missed error, in our own words with real figures."""

from __future__ import annotations

from decimal import Decimal

from test_precision import run, statuses

D = Decimal

# A debunk of a doctored TV quick-count screen (Voxpol, Pilpres 2024): the page never writes
# "Pilpres" or "Pemilu"; its result words are all in the debunk.
VOXPOL = ("<html><head><title>Viral Hasil Quick Count Anies 41 Persen, Voxpol Pastikan Hoaks"
          "</title></head><body><h1>Viral Hasil Quick Count Anies 41 Persen, Voxpol Pastikan "
          "Hoaks</h1><p>Tangkapan layar yang beredar menempatkan paslon 01 Anies Baswedan-"
          "Muhaimin Iskandar di angka 41,47 persen. Paslon 02 Prabowo Subianto-Gibran "
          "Rakabuming Raka tertulis mendapat 33,33 persen, dan paslon 03 Ganjar Pranowo-Mahfud "
          "MD 25,20 persen.</p><p>Direktur Voxpol memastikan gambar itu hoaks.</p></body></html>")


def test_a_debunk_whose_result_words_are_all_debunked_is_still_read():
    # The page's result phrases ("quick count" in the headline) are negated because the page
    # debunks them; with no election word besides, no figure was read at all, and the hoax's
    # 41,47 for Anies (KPU: 24.95) went uncaught.
    claims = run(VOXPOL, "https://wartatangsel.example/voxpol")
    assert {(c.value, c.nomor_urut) for c in claims if c.kind == "share"} >= {
        (D("41.47"), 1), (D("33.33"), 2), (D("25.20"), 3)}
    assert all(c.quoted for c in claims)
    graded = statuses(VOXPOL, "https://wartatangsel.example/voxpol")
    assert graded[D("41.47")][0] == "discrepant"
    assert graded[D("33.33")][0] == "discrepant"


def test_a_page_whose_only_result_word_is_negated_is_still_not_read():
    # "bukan quick count" on a page that is no debunk and names no election: no result.
    body = ("<html><head><title>Ini bukan quick count</title></head><body><h1>Ini bukan quick "
            "count</h1><p>Diskon 41,47 persen untuk paket 01.</p></body></html>")
    assert run(body) == ()
