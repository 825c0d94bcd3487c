"""Whose count a count word borrowed from another sentence is (blind run 13). A figure with no
count word in its own sentence takes the nearest before it; but that word is its basis only
when its sentence is about the count of votes. "Berdasarkan rekapitulasi KPU, total pemilih di
Pulau Jawa tercatat 115.384.664 orang" is about the voter roll, "Rekapitulasi ... dijadwalkan
mulai 15 Februari" about the schedule: the Sirekap count after either is no plenary result
(`off_count`, over rules/figures.yaml's `off_count_words` and `result_words`). And when the
figure's paragraph names both of the record's counts before it, in different sentences about
the count ("Sirekap mencatat data masuk 76 persen. Rekapitulasi di kecamatan masih
berlangsung. X meraih ..."), and its own sentence names neither, nothing says which count the
figure is: it is held `basis_unclear` (`split_basis`), never graded on the nearer by distance.
(A page's headline is no such second basis: outlets title a plenary's report "Hasil Real
Count", and write "real count atau rekapitulasi" as one count.) Pure."""

from __future__ import annotations

from bisect import bisect_right

from checker.figures.wording import may_match, word_pattern

__all__ = ["note_split", "off_count", "split_basis"]

_BASES = frozenset({"plenary", "real_count"})  # the two counts KPU's record holds
_LOOK = 8  # count words looked at before the borrowed one
_SPAN = 600  # characters of a sentence looked at (a hostile page's one sentence may be long)


def off_count(layout, position: int) -> bool:
    """Is the sentence at `position` about something else than a count of votes (the voter
    roll, a schedule, a future step), giving no result?"""
    sentence, end = layout._where(position)[:2]
    known = layout.__dict__.setdefault("_off_count", {})  # once a sentence
    if sentence not in known:
        figures = layout.out.figures
        words = layout.text[sentence:min(end, sentence + _SPAN)]
        # (a C-speed look for each phrase's longest word spares the case-blind pass)
        known[sentence] = may_match(words, figures.off_count_words) and \
            bool(word_pattern(figures.off_count_words).search(words)) and \
            not word_pattern(figures.result_words).search(words)
    return known[sentence]


def note_split(layout, position: int, mark, where: tuple[int, int, int, int]) -> None:
    """Note the figure at `position` (`where`: Layout._where of it) when its count word `mark`,
    borrowed from a sentence before its own, names one of the record's two counts and another
    sentence of its paragraph before it, about the count too, names the other one."""
    sentence, paragraph = where[0], where[2]
    if mark is None or mark.start >= sentence or mark.value not in _BASES:
        return
    own = layout._where(mark.start)[0]
    index = bisect_right(layout.type_starts, mark.start) - 1
    for other in reversed(layout.types[max(0, index - _LOOK):index]):
        if other.start < paragraph:
            return
        if other.value in _BASES and other.value != mark.value and other.start < own and \
                not layout._past(other.start) and not off_count(layout, other.start):
            layout.__dict__.setdefault("_split_basis", set()).add(position)
            return


def split_basis(layout, position: int) -> str | None:
    """The hold of the figure at `position` when its bases compete (note_split)."""
    return "basis_unclear" if position in layout.__dict__.get("_split_basis", ()) else None
