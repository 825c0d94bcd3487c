"""Known open shapes from earlier blind hunts (tests/corpus/findings/hunt.md: blind20, fix-known2),
fixed on branch fix-known3. Each case is a short page in our own words with real figures of the
shipped record; each has variants and a negative control that must still be read, graded or
caught."""

from __future__ import annotations

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")


def found(ctx, title: str, *paragraphs: str) -> list:
    """[(claim, comparison or None)] of a news page of these paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return every_claim(check_article(title, body, ctx=ctx))


def values(pairs: list) -> set:
    return {float(claim.value) for claim, _ in pairs if claim.kind in ("votes", "share")}


def status(pairs: list, value) -> str | None:
    hits = [c for claim, c in pairs if float(claim.value) == float(value)]
    assert len(hits) == 1, (value, pairs)
    return hits[0].status if hits[0] is not None else None


# ---- 2. A pair's number, its names in brackets, then a bare count, in a sentence that opened
# as the pairs' votes: "perolehan suaranya untuk paslon 1 (Ngurah Ambara-Adi Susanto) 75.963"
# was not read (blind20, KPU Denpasar). Kota Denpasar, Sirekap complete: 75.963 / 217.568;
# DKI Jakarta's plenary: Ridwan Kamil-Suswono 1.718.160, Dharma-Kun 459.230, Pramono-Rano
# 2.183.239.
DENPASAR = "Denpasar - KPU Kota Denpasar menyampaikan hasil pleno rekapitulasi pemilihan wali kota."
JAKARTA = "Jakarta - KPU Provinsi DKI Jakarta menetapkan hasil pleno rekapitulasi pemilihan gubernur."


def test_a_bracketed_pair_then_a_bare_count_is_read(shipped_context):
    for opening, sentence, counts in (
            (DENPASAR, "Untuk wali kota, perolehan suaranya untuk paslon 1 (Ngurah Ambara-Adi "
                       "Susanto) 75.963 dan paslon 2 (IGN Jaya Negara-Kadek Agus Arya Wibawa) "
                       "217.568.", (75963, 217568)),
            (DENPASAR, "Raihan suara paslon 2 (Jaya Negara-Arya Wibawa) 217.568, sedangkan paslon "
                       "1 (Ngurah Ambara-Adi Susanto) 75.963.", (75963, 217568)),
            (JAKARTA, "Perolehan suara paslon 1 (Ridwan Kamil-Suswono) 1.718.160, paslon 2 "
                      "(Dharma Pongrekun-Kun Wardana) 459.230, dan paslon 3 (Pramono Anung-Rano "
                      "Karno) 2.183.239.", (1718160, 459230, 2183239))):
        pairs = found(shipped_context, "Hasil Rekapitulasi KPU", opening, sentence)
        for count in counts:
            assert status(pairs, count) == "consistent", (sentence, pairs)


def test_the_other_spellings_of_the_same_list_stay_read(shipped_context):
    for sentence in ("Paslon nomor urut 2, Jaya Negara-Arya Wibawa, dengan 217.568 suara.",
                     "Pasangan (Jaya Negara-Arya Wibawa) meraih 217.568 suara.",
                     "Paslon 2 (Jaya Negara-Arya Wibawa) sebesar 217.568 suara."):
        pairs = found(shipped_context, "Hasil Rekapitulasi KPU", DENPASAR, sentence)
        assert status(pairs, 217568) == "consistent", (sentence, pairs)


def test_a_wrong_bracketed_count_is_caught_and_a_bare_one_without_votes_unread(shipped_context):
    pairs = found(shipped_context, "Hasil Rekapitulasi KPU", DENPASAR,
                  "Perolehan suaranya untuk paslon 1 (Ngurah Ambara-Adi Susanto) 57.963 dan "
                  "paslon 2 (Jaya Negara-Arya Wibawa) 217.568.")
    assert status(pairs, 57963) in FLAGS, pairs
    assert status(pairs, 217568) == "consistent", pairs
    # No word of votes in the sentence: a bare number after a bracketed name is no count.
    pairs = found(shipped_context, "Hasil Rekapitulasi KPU", DENPASAR,
                  "Kegiatan paslon 1 (Ngurah Ambara-Adi Susanto) 75.963 dan seterusnya.")
    assert 75963 not in values(pairs), pairs
