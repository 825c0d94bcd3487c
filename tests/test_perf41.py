"""Issue 12 §5, the per-figure reading of a 20 KB news page (perf41): a look made once per page
gives the answers of the looks per word it spares, and a lookup left out is one whose answer
could not matter.

- name_runs: whether a name-like word stands inside a region's name, a dateline or an
  official's title is one bisection over those spans merged once a page (runs asked the
  regions by bisection, then each dateline and title in turn, for every name-like word near
  every figure);
- split_halves.halves_apart: the second half of a written pair ("X-Y") is looked up only when
  the first names a pair of the race (with the first naming nobody the answer is no, whatever
  the second names).

Texts in our own words; the pairs, places and figures are the record's.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

from builders import check_article
from checker.figures import from_text
from checker.figures.name_runs import NameRuns
from checker.figures.official_names import official_names
from checker.figures.split_halves import halves_apart

# ---- name_runs: the merged spans against the looks they replace.

_TEXT = ("JAKARTA - Ketua PPK Gedong Tataan, Supriyanto, mengatakan pasangan Ridwan Kamil-"
         "Suswono meraih 39,40 persen di Jakarta Timur, sedangkan Pramono-Rano 50,07 persen. "
         "Wali Kota Medan Bobby Nasution hadir. Ketua KPPS Sukamaju, Budi, mencatat 212 suara.")


def _old_blocked(regions, datelines, officials, position: int) -> bool:
    """runs()'s two looks as they were: inside a region (the regions' furthest end by
    bisection), then inside any dateline or official's title."""
    return any(r.start <= position < r.end for r in regions) or \
        any(start <= position < end for start, end in [*datelines, *officials])


def _blocked(reader, position: int) -> bool:
    from bisect import bisect_right
    starts, reach = NameRuns._no_name_spans(reader)
    index = bisect_right(starts, position) - 1
    return index >= 0 and reach[index] > position


def test_the_merged_spans_answer_as_the_looks_they_replace():
    officials = official_names(_TEXT)
    assert officials  # (the text names two officials' places and names)
    rng = random.Random(41)
    for _ in range(300):
        # regions sorted by start and possibly nested or overlapping (a country's name inside
        # a region's), datelines anywhere, touching or inside the others
        regions = sorted((SimpleNamespace(start=a, end=a + rng.randint(1, 30)) for a in
                          rng.sample(range(len(_TEXT)), rng.randint(0, 8))),
                         key=lambda r: r.start)
        datelines = [(a, a + rng.randint(1, 20)) for a in
                     rng.sample(range(len(_TEXT)), rng.randint(0, 4))]
        reader = SimpleNamespace(text=_TEXT, regions=regions, datelines=datelines)
        for position in range(len(_TEXT) + 1):
            assert _blocked(reader, position) == \
                _old_blocked(regions, datelines, officials, position), (regions, datelines)


def test_the_merged_spans_are_worked_out_once_a_page():
    reader = SimpleNamespace(text=_TEXT, regions=[SimpleNamespace(start=3, end=9)],
                             datelines=[(0, 7)])
    first = NameRuns._no_name_spans(reader)
    reader.datelines.append((100, 120))  # (a page's datelines are fixed once read)
    assert NameRuns._no_name_spans(reader) is first


def test_a_pair_after_an_officials_name_and_a_dateline_is_still_read(shipped_context):
    # DKI Jakarta 2024, KPU's plenary: Ridwan Kamil-Suswono 1.718.160, Pramono-Rano 2.183.239
    report = check_article(
        "Hasil Pilgub Jakarta 2024",
        "JAKARTA - Ketua KPU DKI Jakarta Wahyu Dinata membacakan hasil rekapitulasi Pilgub "
        "Jakarta 2024. Pasangan Pramono-Rano meraih 2.183.239 suara, sedangkan Ridwan "
        "Kamil-Suswono meraih 1.718.160 suara.", ctx=shipped_context)
    graded = {(c.value, c.candidate_id is not None) for c in report.claims}
    assert (2183239, True) in graded and (1718160, True) in graded, report.claims


# ---- split_halves: the second half is asked only when the first names a pair.

BONE = ("Watampone - Berdasarkan real count KPU di Sirekap, data Pilkada Bone 2024 yang masuk "
        "sudah 99,1 persen. Pasangan Andi Rio-Andi Akmal meraih 198.543 suara.")


class _Asked:
    """A page's real Collector whose name lookups are written down."""

    def __init__(self, out):
        self._out, self.names = out, []

    def __getattr__(self, name):
        return getattr(self._out, name)

    def candidate(self, area, kind, nomor, name, fallback=True, election=None):
        self.names.append(name)
        return self._out.candidate(area, kind, nomor, name, fallback, election)


def _collector(shipped_context, monkeypatch):
    """The Collector and (area, race) of the Bone page's "Andi Rio-Andi Akmal"."""
    kept = []
    real = from_text.halves_apart

    def keep(out, area, race, name):
        kept.append((out, area, race))
        return real(out, area, race, name)

    monkeypatch.setattr(from_text, "halves_apart", keep)
    check_article("Hasil Pilkada Bone", BONE, ctx=shipped_context)
    assert kept
    return kept[0]


def test_the_second_half_is_not_asked_when_the_first_names_nobody(shipped_context, monkeypatch):
    out, area, race = _collector(shipped_context, monkeypatch)
    # Bone 2024: Andi Rio (pair 1's head), Andi Akmal (pair 3's running mate)
    asked = _Asked(out)
    assert halves_apart(asked, area, race, "Andi Rio-Andi Akmal")
    assert asked.names == ["Andi Rio-Andi Akmal", "Andi Rio", "Andi Akmal"]
    asked = _Asked(out)
    assert not halves_apart(asked, area, race, "Sutarno Wibisono-Andi Akmal")
    assert asked.names == ["Sutarno Wibisono-Andi Akmal", "Sutarno Wibisono"]
    # the whole pair of the record: no halves asked
    asked = _Asked(out)
    assert not halves_apart(asked, area, race, "Andi Asman-Andi Akmal")
    assert asked.names == ["Andi Asman-Andi Akmal"]
