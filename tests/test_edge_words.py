"""wording.edge_words, may_end_with and may_hold: the C-speed tests that spare is_bound's,
is_margin's and is_total's regexes never say no where the regex would match (window after
window of a page full of those words, in any case, cut anywhere, with odd letters)."""

from __future__ import annotations

import random

from checker.figures import totals
from checker.figures.cues import Cues
from checker.figures.wording import edge_words, may_end_with, may_hold
from checker.paths import rules_dir
from checker.ruleset.load import load_rules

PAGE = ("Di Kabupaten Bogor, Prabowo UNGGUL sebanyak 57,9 persen; selisih suara mencapai "
        "10 persen. Jumlah suara sah 31.819, suara tidak sah: 901 dan total suara masuk \n"
        "KOTA Depok: kalah tipis, terpaut lebih dari  2.000 suara, (kurang 181 suara), "
        "jarak  Perolehan 3.000, keunggulan\tsekitar 4.000, minimal 5 persen, Over 6.\n") * 6


def _cues() -> Cues:
    return Cues(load_rules(rules_dir()).figures, ())


def test_edge_words():
    assert edge_words(["lebih dari", "(kurang", "sekurang-kurangnya"]) == \
        ("dari", "(kurang", "sekurang-kurangnya")
    assert edge_words(["jarak suara", "Selisih"], last=False) == ("jarak", "selisih")
    assert edge_words(["lebih dari", "\u00fcber"]) is None  # not ASCII: ask the regex
    assert edge_words([]) is None and edge_words(["  "]) is None


def _windows(text: str, seed: int):
    rnd = random.Random(seed)
    for _ in range(3000):
        end = rnd.randrange(0, len(text) + 1)
        yield max(0, end - rnd.randrange(0, 300)), end


def _never_no(text: str, seed: int) -> None:
    cues = _cues()
    label = totals._LABEL_BEFORE
    for start, end in _windows(text, seed):
        window = text[start:end]
        if cues._bound_re.search(window):
            assert may_end_with(text, start, end, cues._bound_ends), window
        if cues._margin_re.search(window):
            assert may_end_with(text, start, end, cues._margin_ends), window
        if cues._margin_topic_re.search(text, start, end):
            assert may_hold(text, start, end, cues._topic_firsts), window
        if label.search(text, start, end):
            assert may_hold(text, start, end, totals._LABEL_WORDS), window


def test_windows_of_a_page():
    _never_no(PAGE, 1)
    _never_no(PAGE.upper(), 2)
    _never_no(PAGE.lower(), 3)


def test_a_page_with_odd_letters():
    # dotless i, long s, dotted capital I: re.IGNORECASE takes them for i and s
    odd = PAGE.replace("selisih", "\u017felisih").replace("minimal", "m\u0131n\u0131mal") \
        .replace("Jumlah", "JUMLAH \u0130") + " SAH\u0130 \u0131"
    _never_no(odd, 4)
    cues = _cues()
    text = "Prabowo unggul, m\u0131n\u0131mal 5 persen"
    at = text.index("5 persen")
    assert cues.is_bound(text, at)


def test_answers_as_before():
    # The answers of is_bound and is_margin are their regexes' (a window the test spares is
    # one where the regex finds nothing).
    cues = _cues()
    for start, end in _windows(PAGE, 5):
        near = max(start, end - 40)
        assert cues.is_bound(PAGE, end) == bool(cues._bound_re.search(PAGE[max(0, end - 40):end]))
        assert cues.is_margin(PAGE, start, end, end) == bool(
            cues._margin_re.search(PAGE[near:end]) or cues._margin_topic_re.search(
                PAGE, start, end))


def test_a_party_name_holds_a_word_the_quick_search_finds():
    # parties.party_owns asks _NAMED before _PARTY: every window _PARTY matches in, it finds.
    from checker.figures import parties
    text = ("Prabowo 58,51% PDIP 17,96%, PDI-P meraih 21,9 juta, PDI Perjuangan, Partai Buruh "
            "3%, NasDem, Nasdem 9%, PKB, PKS; PAN, PSI Perindo PPP Hanura Gelora PBB Golkar "
            "Gerindra Demokrat 5%. DPD: Hj. Nanik 2.000, PPPKB, xPKS, PANDAI. ") * 4
    rnd = random.Random(6)
    found = 0
    for _ in range(3000):
        end = rnd.randrange(0, len(text) + 1)
        window = text[max(0, end - rnd.randrange(0, 80)):end]
        if parties._PARTY.search(window):
            found += 1
            assert parties._NAMED.search(window), window
    assert found > 1000
    assert parties.party_owns("Prabowo 58,51% PDIP 17,96%", 20, 0)
    assert not parties.party_owns("yang diusung PDIP meraih 227.312 suara", 25, 0)
