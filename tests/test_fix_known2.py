"""Known open shapes from earlier blind hunts (tests/corpus/findings/hunt.md), fixed on branch
fix-known2. Each case is a short page in our own words with real figures of the shipped record;
each has variants and a negative control that must still be read, graded or caught."""

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


# ---- 2. A change between readings written before its figure, in a headline or a sentence:
# "Anies-Muhaimin Turun 3 Juta" was read as a count of 3.000.000 votes. The national decree:
# Anies-Muhaimin 40.971.906, Prabowo-Gibran 96.214.691, Ganjar-Mahfud 27.040.878.
DECREE = ("Dalam rekapitulasi nasional KPU, Prabowo-Gibran meraih 96.214.691 suara secara "
          "nasional.")


def test_a_change_before_its_figure_is_no_pairs_figure(shipped_context):
    for title, change in (("Suara Anies-Muhaimin Turun 3 Juta di Real Count KPU", 3000000),
                          ("Real Count KPU: Prabowo-Gibran Naik 2 Juta Suara", 2000000),
                          ("Sirekap: Suara Ganjar-Mahfud Berkurang 500 Ribu", 500000),
                          ("Real Count KPU: Anies-Muhaimin Turun Sekitar 1,5 Persen", 1.5)):
        pairs = found(shipped_context, title, DECREE)
        assert change not in values(pairs), (title, pairs)
        assert 96214691 in values(pairs), (title, pairs)


def test_a_change_in_the_prose_is_no_pairs_figure(shipped_context):
    for sentence in ("Dibanding pekan lalu, suara Anies-Muhaimin bertambah 1,2 juta.",
                     "Dibanding pekan lalu, perolehan Ganjar-Mahfud meningkat sebesar 812.000 "
                     "suara."):
        pairs = found(shipped_context, "Rekapitulasi Nasional KPU", DECREE, sentence)
        assert not values(pairs) - {96214691}, (sentence, pairs)


def test_a_figure_the_change_reaches_is_still_read_and_caught(shipped_context):
    # Negative controls: "naik menjadi N" and "turun ke N" give the new figure itself, and a
    # wrong count beside a change is still flagged.
    pairs = found(shipped_context, "Rekapitulasi Nasional KPU",
                  "Dalam rekapitulasi nasional KPU, suara Anies-Muhaimin naik menjadi 40.971.906 "
                  "suara secara nasional.")
    assert 40971906 in values(pairs), pairs
    pairs = found(shipped_context, "Rekapitulasi Nasional KPU: Prabowo-Gibran Naik 2 Juta",
                  DECREE.replace("96.214.691", "92.214.691"))
    assert status(pairs, 92214691) == "discrepant", pairs
