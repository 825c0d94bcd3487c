"""Counts whose reading the words after them settle (issue 10, figures never read):

    "Pleno KPU Kabupaten Kediri: Deny-Mudawamah 376.770, Dhito-Dewi 489.900 Suara"
        a headline writes the unit once for two counts: the first is votes too (and the
        second in "Koster-Giri 1,4 Juta Suara, De Gadjah-PAS 886 Ribu");
    "kedua paslon itu masing-masing meraup 10.919 dan 11.680 suara"
        the unit written once for two counts: the first is votes too;
    "Di Kutai Barat, Rudy-Seno unggul tipis 47.010 suara berbanding 45.370 suara untuk
     Isran-Hadi"
        a lead stated count against count: the first is the leader's count, no margin;
    "..., unggul tipis dengan selisih 9.043 suara atas pasangan nomor urut 01, Erzaldi Rosman
     dan Yuri Kemal Fadlullah, yang meraih 290.548 suara"
        the margin's words stand before what the rival obtained: its count, no margin.

Only the next count's own unit "suara" settles the first two, a verb of obtaining right
before the figure the third; anything else (a count of TPS, a
year, a margin "atas Isran-Hadi") leaves the figure as it was read before. Pure."""

from __future__ import annotations

import re

from checker.figures.wording import GAINS

__all__ = ["against_count", "obtained_from", "shares_next_unit", "small_after_unit",
           "small_in_vote_list", "small_said_once"]

# A count of thousands with its unit ("489.900 suara"); a pair's, not "suara sah", "suara
# tidak sah" or "suara masuk" (_OWN_COUNT).
_COUNT = r"\d{1,3}(?:\.\d{3})+[^\S\n]+suara\b"
_OWN_COUNT = _COUNT + r"(?![^\S\n]*(?:sah|tidak|masuk))"
# ", Dhito-Dewi 489.900 Suara": a comma, the next pair's name (no figure, no clause stop),
# its count and the unit, then the end of the clause.
_NEXT_WITH_UNIT = re.compile(r"[^\S\n]*,[^\S\n]*(?:dan[^\S\n]+)?[A-Z][^\d,.;:!?\n]{1,60}?"
                             r"[^\S\n]" + _OWN_COUNT +
                             # "masing-masing meraup 10.919 dan 11.680 suara": one unit for two
                             r"|[^\S\n]+dan[^\S\n]+" + _OWN_COUNT, re.IGNORECASE)
# " berbanding 45.370 suara": the rival's count right after the leader's.
_VERSUS_COUNT = re.compile(r"[^\S\n]*,?[^\S\n]*(?:berbanding|dibanding(?:kan)?|melawan|vs\.?)"
                           r"[^\S\n]+(?:dengan[^\S\n]+)?" + _COUNT, re.IGNORECASE)


# "Koster-Giri 1,4 Juta Suara, De Gadjah-PAS 886 Ribu": the pair before's count with
# "suara", a comma, this pair's name (no figure, no clause stop) right before this count.
_PREVIOUS_WITH_UNIT = re.compile(r"\d(?:[\d.,]*\d)?(?:[^\S\n]+(?:juta|ribu))?[^\S\n]+suara"
                                 r"[^\S\n]*,[^\S\n]*(?:dan[^\S\n]+)?[A-Z][^\d,.;:!?\n]{1,60}?"
                                 r"[^\S\n]$",
                                 re.IGNORECASE)


def shares_next_unit(text: str, number) -> bool:
    """A unit-less count of thousands followed by the next pair's count with "suara", or
    right after the pair before's count with it."""
    return number.unit is None and isinstance(number.value, int) and number.value >= 1000 and \
        (_NEXT_WITH_UNIT.match(text, number.end) is not None or
         _PREVIOUS_WITH_UNIT.search(text, max(0, number.start - 100), number.start) is not None)


# "Anies-Muhaimin 67 suara, Prabowo-Gibran ": the pair before's small count with "suara", a
# comma, this pair's short name (capitalised, hyphened: "Prabowo-Gibran", never "paslon 2")
# right before this count, which ends its item (", dan", "." : not "2 106 suara").
_SMALL_BEFORE_WITH_UNIT = re.compile(r"(?<![\d.,])[1-9]\d{0,2}[^\S\n]+[Ss](?:uara|UARA)[^\S\n]*,"
                                     r"[^\S\n]*(?:dan[^\S\n]+)?[A-Z][^\d\W]*(?:[^\S\n][A-Z]\w*)?"
                                     r"[^\S\n]?-[^\S\n]?[A-Z][^\d\W]*(?:[^\S\n][A-Z]\w*)?"
                                     r"[^\S\n]$")
_ITEM_END = re.compile(r"[^\S\n]*(?:[,.;]|dan\b|$)")


def small_after_unit(text: str, number) -> bool:
    """A polling station's unit-less count right after the pair before's with "suara" ("Anies-
    Muhaimin 67 suara, Prabowo-Gibran 447, dan ..."): the unit written once serves both. Kept
    only for a pair of the record (votes_named), as every unit-less count is."""
    return number.unit is None and isinstance(number.value, int) and \
        0 < number.value < 1000 and number.text[:1] != "0" and not number.approximate and \
        _SMALL_BEFORE_WITH_UNIT.search(text, max(0, number.start - 100), number.start) is not None \
        and _ITEM_END.match(text, number.end) is not None


# A ballot number and what it got, right before a small count: "paslon 02 sebanyak ",
# "nomor urut 1 memperoleh ", ", 03 dengan " (a bare zero-padded number after a list's comma).
_PAIR_GOT = re.compile(r"(?:\b(?:paslon|pasangan(?:[^\S\n]+calon)?|calon|nomor[^\S\n]+urut|"
                       r"no\.?[^\S\n]*urut)[^\S\n]+(?:nomor[^\S\n]+(?:urut[^\S\n]+)?)?0?[1-9]|"
                       r"(?:^|[,;:][^\S\n]*|\bdan[^\S\n]+)0[1-9])[^\S\n]*,?[^\S\n]*"
                       r"(?:sebanyak|sejumlah|berjumlah|" + GAINS + r"|dengan|ada)[^\S\n]+$",
                       re.IGNORECASE)
# The sentence's subject is votes: "perolehan suara di TPS 3:", "hasil penghitungan suara".
_VOTES_SUBJECT = re.compile(r"\b(?:perolehan|raihan|hasil|jumlah|rekapitulasi|rekap|"
                            r"(?:peng|per)?hitungan)[^\S\n]+(?:(?:hasil|perolehan|"
                            r"(?:peng|per)?hitungan)[^\S\n]+)?suara\b(?![^\S\n]+(?:sah|tidak|"
                            r"masuk|rusak))", re.IGNORECASE)
_REACH = 200  # characters back to the sentence's subject


def small_in_vote_list(text: str, number, sentence: int) -> bool:
    """A polling station's unit-less count after a ballot number's verb in a sentence whose
    subject is votes: "perolehan suara di TPS 3: paslon 01 sebanyak 98, paslon 02 sebanyak
    124" (the unit said once, before the list). The count ends its item (", paslon 03 ...",
    "dan", "."), so "sebanyak 12 TPS" is none. Kept only for a pair of the record
    (votes_named), as every unit-less count is."""
    if not (number.unit is None and isinstance(number.value, int) and 0 < number.value < 1000
            and number.text[:1] != "0" and not number.approximate and
            _ITEM_END.match(text, number.end)):
        return False
    got = _PAIR_GOT.search(text, max(sentence, number.start - 40), number.start)
    return got is not None and _VOTES_SUBJECT.search(
        text, max(sentence, number.start - _REACH), got.start()) is not None


def small_said_once(text: str, number, sentence: int) -> bool:
    """A small unit-less count whose unit the pair before wrote, or the sentence's subject."""
    return small_after_unit(text, number) or small_in_vote_list(text, number, sentence)


def against_count(text: str, number) -> bool:
    """A count of votes set against the rival's count right after it."""
    return number.unit == "votes" and _VERSUS_COUNT.match(text, number.end) is not None


# "yang meraih ", "dan mengamankan sekitar " right before the figure: what someone obtained.
_OBTAINED = re.compile(r"\b(?:yang[^\S\n]+)?(?:memperoleh|meraih|mendapat(?:kan)?|mengantongi|"
                       r"meraup|mengumpulkan|mengamankan|menguasai|menyabet|menggaet|"
                       r"membukukan)[^\S\n]+(?:(?:sebanyak|total|sekitar|sekira|hampir|"
                       r"mencapai|sebesar)[^\S\n]+)?$", re.IGNORECASE)

# The margin's words and their own figure right after them: "selisih 9.043 suara".
_MARGIN_WORD = re.compile(r"\b(?:selisih(?:nya)?|unggul|terpaut|keunggulan|kalah)\b",
                          re.IGNORECASE)
# "1,4 juta suara", or the unit first: "terpaut selisih suara 40.774 atau mengumpulkan ..."
_OWN_FIGURE = re.compile(r"[^\d.;!?\n]{0,30}?\d[\d.,]*[^\S\n]*(?:(?:juta|ribu|rb|jt)\.?"
                         r"[^\S\n]*)?(?:suara|persen|%)|[^\S\n]+suara[^\S\n]+(?:sebesar[^\S\n]+|"
                         r"sebanyak[^\S\n]+)?\d", re.IGNORECASE)


def obtained_from(text: str, start: int, position: int) -> int:
    """Where the words that may make the figure at `position` a margin begin: at a verb of
    obtaining right before it when the margin said earlier in the sentence has its own figure
    ("selisih 9.043 suara atas X, yang meraih 290.548": not this figure's; "Selisih suara
    antara X yang meraih ... adalah 9.043" keeps every figure of the sentence unread), else
    `start`."""
    verb = _OBTAINED.search(text, max(start, position - 40), position)
    if verb is None:
        return start
    last = None
    for last in _MARGIN_WORD.finditer(text, start, verb.start()):
        pass
    if last is None or not _OWN_FIGURE.match(text, last.end(), verb.start()):
        return start
    return max(start, verb.start())
