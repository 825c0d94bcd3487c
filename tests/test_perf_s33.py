"""Issue 12 §5, the cost of a check: C-speed looks that spare a regex search tried at every
position of a window before each figure give the same answers as the search alone.

- not_owner.names_no_owner: the backers' words (_BACKS, 80 characters before a run) are
  searched only when the window ends in one of the words the pattern ends in, and the
  relative clause (_RELATIVE, 160 characters) only when "yang" stands in the window;
- changes.is_change: the change words are searched only when the 40 characters before the
  figure end in a change word or a filler;
- fronted: the fronted clause ("Dengan 40.676 suara, pasangan ...") is matched once per
  sentence, and only when the sentence's line holds a fronting word;
- rivals.rival_owner: the rivals a pair leads ("di depan pesaingnya, A dan B, dengan N%") are
  looked for only when the 300 characters before the figure hold a word every such phrase holds;
- parties.house_at: the parties' nomination count ("diusung ... dengan total dukungan 45
  kursi") and a count restated ("2.001.493 suara atau 2,68 persen") are searched only when the
  window before the figure ends as every match of theirs ends (and holds a nomination word);
- line_breaks.line_sentences: a line goes on to the next ("dan", "yang", a comma) only if it
  ends so; the pattern is searched only at a line that does;
- nation_or_area: a paragraph's region codes come from the region scan the scope gate already
  made of the same text (a one-sentence paragraph), not from a second scan;
- moment._day: a moment's text, asked by every rule that dates a claim, is read once.

Each is held to the plain search over every position of sentences in our own words (names
and figures from the record), look-alike letters included, and each still finds what it did.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from builders import context
from checker.figures import changes, fronted, line_breaks, not_owner, parties, rivals
from checker.figures.gate_text import GateText
from checker.figures.matching import matcher_for
from checker.figures.nation_or_area import _codes
from checker.figures.parties import party_name
from checker.figures.scope_gate import _counted_in
from checker.figures.wording import OWNED_PLACE, may_end_with, may_hold

_CHANGE_WORDS = ("naik", "bertambah", "turun", "berkurang", "meningkat", "menurun", "melonjak",
                 "anjlok", "kenaikan", "lebih banyak", "lebih tinggi")

_SENTENCES = [
    # relative clauses before the head's verb (the rival's name inside the clause)
    "Pramono Anung-Rano Karno yang mengalahkan Ridwan Kamil-Suswono meraih 2.183.239 suara.",
    "Pramono-Rano, yang unggul atas Ridwan Kamil-Suswono, meraih 50,07 persen suara sah.",
    "Dedi Mulyadi-Erwan Setiawan YANG menyalip Ahmad Syaikhu-Ilham Habibie memperoleh 62,22%.",
    "Andika Perkasa-Hendrar Prihadi yang didukung PDIP mendapat 40,82 persen di Jawa Tengah.",
    "Luthfi-Yasin yang kini disalip Andika-Hendi dengan 59,14 persen.",
    # backers before a pair
    "Luthfi-Yasin, jagoan Prabowo-Gibran, meraih 59,14 persen suara.",
    "Pasangan yang diusung koalisi partai pendukung Prabowo-Gibran meraih 11.390.191 suara.",
    "Calon yang didukung oleh Partai Keadilan Sejahtera Ahmad Syaikhu memperoleh 19,92 persen.",
    "Jagoan KIM -koalisi pengusung Prabowo-Gibran di pilpres- ini meraih 53,08 persen.",
    "Yang DISUSUNG PARTAI PENDUKUNG Rico Waas-Zakiyuddin unggul 67,01 persen.",
    # look-alike letters: a long s (matches "s" case-blind), a Kelvin sign, a dotless i
    "Pasangan yang di\u017fokong Rico Waas-Zakiyuddin dari Golkar meraih 67,01 persen.",
    "Ridha Dharmajaya-Rani yang \u212aalah dari Rico Waas-Zakiyuddin meraih 32,99 persen.",
    "Acep Adang-Gitalis yang d\u0131usung koalısı meraih 8,02 persen suara.",
    # fronted clauses, after a dateline too
    "Dengan raihan suara terbanyak, yakni 40.676 suara sah (68,08 %), pasangan calon nomor urut"
    " 1, Johny Kamuru - Ahmad Sutejo resmi ditetapkan.",
    "SORONG, Radar Sorong \u2013 Meraup 40.676 suara, pasangan Johny Kamuru-Ahmad Sutejo menang.",
    "TIMIKA - BERHASIL MEMPEROLEH 62,22 persen, Dedi-Erwan unggul di Jawa Barat.",
    "\u201cBerbekal 59,14 persen suara, Luthfi-Yasin ditetapkan,\u201d kata ketua KPU.",
    "JAKARTA, Kamis (28/11/2024) - Pramono-Rano unggul dengan 50,07 persen.",
    "Me\u0131raih 8,02 persen suara, Acep-Gita di urutan keempat.",
    # rivals led, and the rival's own figure
    "Prabowo-Gibran jauh di depan dua pesaingnya, Anies-Imin dan Ganjar-Mahfud, dengan 58,59%.",
    "Dedi-Erwan MENGUNGGULI Syaikhu-Ilham, Jeje-Ronal dan Acep-Gita dengan 62,22 persen.",
    "Ganjar-Mahfud kalah tipis dari Prabowo-Gibran karena hanya mendapat 34,29 persen.",
    "Luthfi-Yasin menaklukkan Andika-Hendi; Rico Waas taklukkan Ridha, tumbangkan lawannya.",
    "Pramono-Rano menang telak atas Ridwan Kamil-Suswono yang meraih 39,40 persen.",
    "DoaMu meraih kemenangan melawan kotak kosong dengan 93 persen; Mualem menghadapi Bustami.",
    "Rico Waas me\u0131ninggalkan Ridha, tertinggal jauh dari 67,01 persen, mengala\u212akan X.",
    # nominations and restated counts
    "Pasangan ini diusung PDIP dan Gerindra dengan total dukungan 45 kursi di DPRD.",
    "Dedi-Erwan DIUSULKAN delapan partai dengan total akumulasi suara sah 12.345.678 suara.",
    "Usungan koalisi itu memiliki dukungan sebanyak sejumlah 30 kursi; dicalonkan dengan total 12.",
    "PSI tercatat memperoleh 2.001.493 suara atau 2,68 persen; PKB 16.115.655 suara alias 10,62 %.",
    "Partai Golkar meraih 23.208.654 suara (15,29 persen) dan 1.200 SUARA ATAU\n 3 persen.",
    "Koalisi yang di\u017fusung 12 partai berjumlah dukungan \u017fuara 9 kursi.",
    # changes
    "Suara Dedi-Erwan naik sekitar 2 persen menjadi 62,22 persen.",
    "Perolehan Andika-Hendi TURUN 3 juta suara dibanding hitungan sebelumnya.",
    "Jumlah suara sah bertambah sebanyak 136.489 suara; kenaikan 0,4 persen tercatat.",
    "Suara Luthfi-Yasin lebih  banyak\n 1.200 suara dari hitungan kemarin, meningkat hampir 5%.",
    "Suara Rico Waas naik menjadi 182 suara, turun ke 24,49 persen, melonjak lebih dari 10 persen.",
    "Hasil ini me\u0131ningkat 4 persen; NAI\u212a 7 persen; lebih tinggi kurang lebih 3 persen.",
    "Raihan Jeje-Ronal 9,84 persen, Acep-Gita 8,02 persen, tanpa perubahan.",
]


def _said(words: str) -> str:
    return next(text for text in _SENTENCES if words in text)


def _texts():
    yield from _SENTENCES
    yield " ".join(_SENTENCES)
    yield "\n".join(_SENTENCES)


def _plain_names_no_owner(text: str, start: int, end: int, figure: int) -> bool:
    """names_no_owner with every search made (the code before the looks)."""
    if OWNED_PLACE.search(text, max(0, start - 12), start) or party_name(text, start) or \
            not_owner._BACKS.search(text, max(0, start - 80), start):
        return True
    clause = not_owner._RELATIVE.search(text, max(0, start - not_owner._REACH), start)
    return clause is not None and not not_owner._GIVES.search(clause.group(1)) and \
        not not_owner._ENDED.search(clause.group(1)) and \
        not not_owner._WHO.search(text, end, figure) and \
        not_owner._HEADS_VERB.match(text, end, figure) is not None


def test_names_no_owner_answers_as_the_plain_searches_at_every_run():
    asked = found = 0
    for text in _texts():
        figures = [m.start() for m in re.finditer(r"\d", text)]
        for run in re.finditer(r"[A-Z][\w\u017f\u212a\u0131]*(?:[ -][A-Z][\w]*)*", text):
            for figure in (f for f in figures if f > run.end()):
                want = _plain_names_no_owner(text, run.start(), run.end(), figure)
                assert not_owner.names_no_owner(text, run.start(), run.end(), figure) == want, \
                    (text, run.group(), figure)
                asked += 1
                found += want
    assert asked > 500 and found > 20  # the shapes are met, not only passed over


def test_the_backers_and_the_relative_clause_are_still_found():
    text = _said("yang mengalahkan")
    run = text.index("Ridwan")
    assert not_owner.names_no_owner(text, run, text.index(" meraih"), text.index("2.183"))
    text = _said("jagoan Prabowo")
    run = text.index("Prabowo")
    assert not_owner.names_no_owner(text, run, text.index(", meraih"), text.index("59,14"))
    text = _said("\u017fokong")  # the long s: "disokong" as the pattern reads it
    run = text.index("Rico")
    assert not_owner.names_no_owner(text, run, run + 4, text.index("67,01"))
    # a clause that gives the figure to the pair in it, and a new predicate: no such shape
    text = _said("kini disalip")
    run = text.index("Andika")
    assert not not_owner.names_no_owner(text, run, text.index(" dengan"), text.index("59,14"))


def _plain_is_change(words, text: str, position: int) -> bool:
    pattern = changes._change_re(words)[0]
    return pattern.search(text, max(0, position - 40), position) is not None


def test_is_change_answers_as_the_plain_search_at_every_position():
    hits = 0
    for text in _texts():
        for position in range(len(text) + 1):
            want = _plain_is_change(_CHANGE_WORDS, text, position)
            assert changes.is_change(_CHANGE_WORDS, text, position) == want, (text, position)
            hits += want
    assert hits > 40


def test_is_change_still_finds_the_change_and_not_the_new_figure():
    text = _said("naik sekitar")
    assert changes.is_change(_CHANGE_WORDS, text, text.index("2 persen"))
    assert not changes.is_change(_CHANGE_WORDS, text, text.index("62,22"))
    text = _said("NAI")  # the Kelvin sign reads as "k"; a dotless i is no "i"
    assert changes.is_change(_CHANGE_WORDS, text, text.index("7 persen"))
    assert changes.is_change(_CHANGE_WORDS, text, text.index("3 persen"))
    assert not changes.is_change(_CHANGE_WORDS, text, text.index("4 persen"))
    assert not changes.is_change((), text, text.index("7 persen"))


def test_the_fronted_clause_is_matched_as_the_plain_match_at_every_start():
    matched = 0
    for text in [*_texts(), "x" * 2500 + " dengan 1 suara, " + "SORONG - " * 300 + "\nDengan"]:
        layout = SimpleNamespace(text=text)
        step = 1 if len(text) < 2000 else 11
        for start in [*range(0, len(text) + 1, step), 0, 5, len(text)]:  # (asked again: kept)
            want = fronted._FRONT.match(text, start)
            got = fronted._front(layout, text, start)
            assert (got and got.span()) == (want and want.span()), (text, start)
            matched += want is not None
    assert matched > 30


def test_a_fronted_clause_is_still_read():
    text = _said("SORONG")  # after a dateline
    front = fronted._front(SimpleNamespace(text=text), text, 0)
    assert front is not None and text[front.end():].startswith("40.676")
    text = _said("Dengan raihan")
    front = fronted._front(SimpleNamespace(text=text), text, 0)
    assert front is not None and text[front.end():].startswith("raihan")
    text = _said("kini disalip")  # "dengan" after the subject: no fronted clause
    assert fronted._front(SimpleNamespace(text=text), text, 0) is None


def test_every_rivals_phrase_holds_a_word_the_look_asks_for():
    for phrase in ("di depan", "meninggalkan", "mengungguli", "mengalahkan", "menaklukkan",
                   "ungguli", "kalahkan", "taklukkan", "tumbangkan", "unggul tipis atas",
                   "unggul dari", "menang mutlak atas", "kalah telak dari", "tertinggal dari",
                   "melawan", "menghadapi"):
        assert rivals._RIVALS.fullmatch(phrase) and may_hold(phrase, 0, len(phrase),
                                                             rivals._RIVAL_WORDS), phrase
    found = 0
    for text in _texts():
        for match in rivals._RIVALS.finditer(text):
            assert may_hold(text, match.start(), match.end(), rivals._RIVAL_WORDS), match
            found += 1
        for position in range(len(text) + 1):  # a window the look passes over has no match
            if not may_hold(text, max(0, position - 300), position, rivals._RIVAL_WORDS):
                assert rivals._RIVALS.search(text, max(0, position - 300), position) is None
    assert found >= 15


def test_the_nomination_and_restated_looks_pass_over_no_match():
    found = 0
    for text in _texts():
        for position in range(len(text) + 1):
            start = max(0, position - 160)
            want = parties._NOMINATED.search(text, start, position) is not None
            assert parties._nominated(text, start, position) == want, (text, position)
            found += want
            start = max(0, position - 40)
            if parties._RESTATES.search(text, start, position) is not None:
                assert may_end_with(text, start, position, parties._RESTATES_ENDS)
                found += 1
    assert found >= 8


def test_a_restated_party_count_still_owns_its_share():
    text = _said("PSI tercatat")
    assert parties._restated(text, text.index("2,68"), 0)
    assert parties._restated(text, text.index("10,62"), 0)
    assert not parties._restated(text, text.index("16.115"), 0)


def test_a_line_goes_on_only_where_the_plain_search_says_so():
    lines = [line for text in _texts() for line in text.split(" ")]  # (every cut of them)
    lines += ["Perolehan suara Pramono-Rano dan", "Hasil sementara yang  \t", "Total: 1.200 /",
              "Suara sah \u2013", "paslon 01 DENGAN\u00a0", "Dedi-Erwan 62,22 %", "Unggul d\u0131",
              "Hasil Pilkada DKI (", "sebanyak", "di", "Ke", "yaitu\u2003", "ruDI", "kendi"]
    said = 0
    for text in [*_texts(), *lines]:
        for end in range(len(text) + 1):
            line = text[:end]
            want = line_breaks._GOES_ON.search(line) is not None
            assert not want or may_end_with(line, 0, len(line), line_breaks._GOES_ON_ENDS), line
            said += want
    assert said > 100
    text = "Hasil rekapitulasi: Pramono-Rano dan\nRidwan Kamil 39,40 persen\nSuara sah 4.360.629"
    starts = line_breaks.line_sentences(text, [0], [0, text.index("Ridwan"), text.index("Suara")])
    assert starts == [0, text.index("Suara")]  # the line ending in "dan" goes on


@pytest.fixture(scope="module")
def matcher(shipped_record):
    return matcher_for(shipped_record, context().rules.figures)


def test_a_paragraph_is_scanned_for_its_regions_once(matcher):
    paragraph = "Di Jawa Timur, Khofifah-Emil meraih 58,81 persen suara sah."
    other = "Di Kabupaten Sidoarjo, pasangan itu meraih 55,02 persen."
    text = GateText(SimpleNamespace(prose=paragraph + "\n" + other))
    scanned = []

    class Counting:
        def region_mentions(self, written):
            scanned.append(written)
            return matcher.region_mentions(written)

    counting = Counting()
    assert _counted_in(counting, paragraph, "35", text)  # (the scope gate's sentence)
    assert _codes(text, counting, paragraph) == {"35"}
    assert not _counted_in(counting, paragraph, "3515", text)
    assert _codes(text, counting, other) == {"3515"}
    assert _codes(text, counting, other) == {"3515"}
    assert scanned == [paragraph, other]


def test_a_moment_s_day_is_the_same_asked_once_or_again():
    from checker.figures import moment

    for text in ("Kamis (28/11/2024) pukul 15.30 WIB", "28 November 2024, 10:15", "2024-02-21",
                 "21.02.2024", "31/2/2024", "pukul 15.30 WIB", "", "5 Des 24", "1 mei 2019"):
        want = moment._day.__wrapped__(text)
        assert moment._day(text) == want and moment._day(text) == want
    assert moment.stated_day("Kamis (28/11/2024) pukul 15.30 WIB").isoformat() == "2024-11-28"
    assert moment.stated_day("31/2/2024") is None
