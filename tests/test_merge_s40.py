"""What the merge of stop 40 found, each with the case that showed it."""

from __future__ import annotations

from builders import check_article


def _pag001(report):
    return [f for f in report.findings if f.code == "PAG001"]


def test_a_result_finding_with_no_result_phrase_quotes_the_figure_s_words(shipped_context):
    # Kompas Cek Fakta on Sirekap's misread TPS (corpus factcheck-kompas-sirekap-...): figures of
    # pairs and no result phrase, so PAG001 said 'klaim hasil pemilu (""; 1 angka ...)'.
    report = check_article(
        "Penjelasan KPU soal Angka di Satu TPS",
        "<p>Pada Kamis malam, di TPS 06 itu pasangan Anies-Muhaimin tertulis memperoleh 3.514.615 "
        "suara, sedangkan Prabowo-Gibran 445 suara dan Ganjar-Mahfud 315 suara.</p>",
        ctx=shipped_context)
    found = _pag001(report)
    assert found, report.findings
    phrases = list(found[0].evidence["phrases"])
    assert phrases and all(p.strip() for p in phrases), found[0].evidence
    # the words quoted are the page's own, from the figure's sentence
    assert phrases[0].rstrip("\u2026") in " ".join(report.claims[0].excerpt.split()), phrases
