"""A negation ends with its sentence (stress run after the 2026-12-06 third merge: a quick
count's share inserted after a page's last paragraph was graded `minor` against the record).

"Tahap berikutnya adalah penetapan hasil yang tanggalnya belum pasti." ends with "belum pasti";
the next sentence, "Hasil hitung cepat sebuah lembaga survei ... 38,80 persen", opens with
"hitung cepat" three words after that "belum". Read across the full stop, the quick count was
taken for a negated one ("belum ada hitung cepat"), the share lost its quick-count basis and
was compared with the DKI governor race's count (39,40). A negation reaches back over its own
sentence only."""
from __future__ import annotations

from builders import check_article, compared

PLENARY = ("<p>Ketua KPU Bojonegoro merinci, dari 784.958 suara sah, Teguh Haryono-Farida "
           "Hidayati mendapat 83.709 suara, sedangkan Setyo Wahono-Nurul Azizah meraih 701.249 "
           "suara.</p>")
QUICK = ("<p>Hasil hitung cepat sebuah lembaga survei sebelumnya menempatkan Ridwan "
         "Kamil-Suswono di angka 38,80 persen di DKI Jakarta.</p>")
TITLE = "KPU Bojonegoro pastikan Wahono-Nurul unggul di Pilkada 2024"


def status_of(body: str, value: str = "38.80") -> tuple:
    report = check_article(TITLE, body)
    return next((c.status, c.reason) for claim, c in compared(report) if str(claim.value) == value)


def test_a_negation_ending_the_sentence_before_does_not_negate_a_quick_count():
    body = PLENARY + ("<p>Tahap berikutnya adalah penetapan hasil yang tanggalnya belum "
                      "pasti.</p>") + QUICK
    assert status_of(body) == ("unverifiable", "quick_count_estimate")


def test_nor_one_ending_a_sentence_of_the_same_paragraph():
    body = PLENARY.replace("suara.</p>", "suara. Penetapannya belum pasti. ") + QUICK[3:]
    assert status_of(body) == ("unverifiable", "quick_count_estimate")


def test_a_quick_count_after_another_sentence_is_held_as_before():
    body = PLENARY + "<p>Hasil pleno itu diharapkan diterima semua pihak.</p>" + QUICK
    assert status_of(body) == ("unverifiable", "quick_count_estimate")


def test_a_negation_in_the_claim_types_own_sentence_still_negates(shipped_context):
    from checker.figures.cues import cues_for
    rules = shipped_context.rules
    cues = cues_for(rules.figures, tuple(rules.vocabulary.negations))
    kinds = lambda text: [m.value for m in cues.claim_types(text)]  # noqa: E731
    assert "quick_count" not in kinds("Lembaga itu belum merilis hitung cepat apa pun.")
    assert "quick_count" in kinds("Tanggalnya belum pasti. Hasil hitung cepat menempatkan X.")
    assert "quick_count" in kinds("Tanggalnya belum pasti!\nHasil hitung cepat menempatkan X.")
