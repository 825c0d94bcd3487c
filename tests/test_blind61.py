"""Blind hunt 61 (governor races whose provincial decree now ships: Bali, NTB, NTT, Kalimantan,
Sulawesi Tengah, Papua Barat Daya; tests/corpus/findings/hunt.md, "Blind hunt 61").

A figure after "(masih) jauh dari" is a mark the count has not reached, no reading: a campaign
declaring its lead while its own tally was in from 89,6 % of the TPS said the count was "still far
from 100 percent in", and that 100 was read as Klungkung's progress and flagged discrepant against
Sirekap's 99,70 %. "jauh dari" joins the bound words ("belum mencapai", "kurang dari"): the
figure right after it states no value. Controls: "jauh dari" before a pair's name leaves the
pair's share after it graded; a progress stated as reached stays a progress.

Short pages in our own words with the record's figures of the Bali governor race (decree of
8 Dec 2024: Koster-Giri 1.413.604 and Mulia-PAS 886.251 of 2.299.855 valid votes, 61,46 and
38,54 %) and Sirekap's last reading of Klungkung (99,70 % of the TPS)."""

from __future__ import annotations

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")
TITLE = "Koster Nyatakan Unggul Sementara di Pilgub Bali 2024"
LEAD = ("DENPASAR - Calon gubernur Bali nomor urut 2 Wayan Koster menyatakan unggul dalam "
        "Pilgub Bali, Rabu (27/11/2024).")


def _claims(ctx, paragraph: str):
    report = check_article(TITLE, f"<p>{LEAD}</p><p>{paragraph}</p>",
                           url="https://berita.example/koster-unggul-sementara", ctx=ctx)
    return [(claim, c) for claim, c in every_claim(report)]


def _of(found, value: str):
    return [(claim, c) for claim, c in found if str(claim.value) == value]


FAR_FROM = [
    "Meski suara masuk dari Kabupaten Klungkung baru 70 persen, sehingga walau masih jauh dari "
    "100 persen suara masuk, keunggulan Koster-Giri di sana tidak akan berubah.",
    "Di Kabupaten Klungkung suara yang masuk jauh dari 100 persen, namun Koster-Giri sudah "
    "unggul.",
]


def test_a_figure_after_far_from_is_no_reading(shipped_context):
    for paragraph in FAR_FROM:
        found = _claims(shipped_context, paragraph)
        assert not _of(found, "100"), [(str(claim.value), claim.kind, c and c.status)
                                       for claim, c in found]
        assert not [c for _, c in found if c is not None and c.status in FLAGS]


def test_the_reached_progress_beside_it_is_still_read(shipped_context):
    found = _claims(shipped_context, FAR_FROM[0])
    assert [claim.kind for claim, _ in _of(found, "70")] == ["progress"]


def test_far_from_before_a_rival_leaves_the_share_after_it_graded(shipped_context):
    found = _claims(shipped_context, "Koster-Giri unggul jauh dari Mulia-PAS dengan 61,46 persen "
                                     "suara menurut hasil rekapitulasi KPU Bali.")
    graded = _of(found, "61.46")
    assert graded and graded[0][1] is not None and graded[0][1].status == "consistent", \
        [(str(claim.value), c and c.status) for claim, c in found]


# The NTT press names pair 1 (KPU: YOHANIS FRANSISKUS LEMA - JANE NATALIA SURYANTO) "Ansy-Jane"
# or "Ansy Lema": the quick-count page of the hunt left its share unresolved (candidate_unknown).
# Decree of 8 Dec 2024: 873.524 of 2.689.932 valid votes, 32,47 %.
NTT_TITLE = "KPU NTT Tetapkan Hasil Pilgub 2024"


def test_ansy_jane_is_pair_one_of_the_ntt_governor_race(shipped_context):
    for name in ("Ansy-Jane", "Ansy Lema-Jane Natalia"):
        report = check_article(NTT_TITLE, "<p>KUPANG - KPU Nusa Tenggara Timur menetapkan hasil "
                               "rekapitulasi Pilgub NTT 2024 dalam rapat pleno, Minggu "
                               f"(8/12/2024). Pasangan {name} meraih 873.524 suara atau 32,47 "
                               "persen.</p>", url="https://berita.example/pleno-ntt",
                               ctx=shipped_context)
        found = {str(claim.value): c and c.status for claim, c in every_claim(report)}
        assert found.get("873524") == "consistent" and found.get("32.47") == "consistent", found
