"""A count the page gives as someone's own tally of the forms: a person's ("Saya menghitung
sendiri seluruh dokumen C.Hasil ...", "berdasarkan hitungan saya", "perhitungan penulis"), a
campaign team's ("Tim pemenangan menghitung ...", "berdasarkan hitungan tim pemenangan", "real
count internal") or the witnesses' forms ("formulir C1 saksi"). Pure.

Blind measurement 10: a blogger who tallied the C.Hasil scans himself wrote "Hasilnya, pasangan
... unggul dengan raihan 30,57% suara" (Pilbup Muaro Jambi): his votes were within 5 of KPU's,
his share of every ballot cast, invalid included; graded discrepant against Sirekap's 31,81. A
tally of one's own is a basis of its own (which forms, which votes it counts): the record cannot
say the page is wrong, only that the tally differs from KPU's. So such a figure is the claim type
campaigns' counts have (`internal_count`, the tally named as `claimed_by`), and a flag on it is
held `own_count` unless the page is the camp's own medium (its claims are its own:
reported_counts.camp_medium). The basis is in the figure's sentence before it, or in the sentence
before when the figure's gives its result ("Hasilnya, ...", "Dari hitungan itu, ...").

Not when an election body comes between the tally and the figure ("Tim pemenangan menghitung
... Sementara itu, menurut Sirekap KPU, ..."): that figure is KPU's. The forms' source ("di
laman KPU") is no body speaking.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from checker.figures.wording import SPEECH_VERBS, may_hold, search_between
from checker.models import Comparison

__all__ = ["HELD", "hold_own_tallies", "own_tally"]

HELD = "own_count"
_W = r"[^\S\n]+"
_COUNT = r"(?:hitungan|perhitungan|penghitungan|penjumlahan|tabulasi|rekap(?:an|itulasi)?|" \
    r"real\s+count)"
# Whose tally: the writer, a campaign's people, the witnesses (not KPU's "relawan demokrasi")
_SELF = r"(?:saya|aku|kami|penulis)"
_CAMP = (rf"(?:tim(?:{_W}(?:pemenangan|kampanye|sukses|internal|relawan|hukum))?|timses|"
         rf"relawan(?!{_W}demokrasi)|kubu)")
_TEAM = rf"(?:{_CAMP}|saksi)"  # witnesses hold forms; they count nothing ("KPPS bersama saksi")
_OWN = re.compile(
    # "hitungan saya", "perhitungan pribadi penulis", "penghitungan suara oleh tim pemenangan",
    # "real count internal tim", "hitungan internal"
    rf"\b{_COUNT}(?:{_W}(?:suara|internal|pribadi|versi|milik|oleh|dari|para))*{_W}"
    rf"(?:{_SELF}|{_TEAM}|pribadi|internal|sendiri)\b"
    # "saya melakukan perhitungan", "Tim pemenangan menghitung", "kami juga telah merekap"
    # (adding the forms up is counting them: "saya menjumlahkan sendiri dokumen C.Hasil",
    # "berdasarkan penjumlahan saya", corpus-bf's Muaro Jambi blog)
    rf"|\b(?:{_SELF}|{_CAMP})(?:{_W}[\w-]+){{0,4}}?{_W}(?:menghitung|merekap|merekapitulasi|"
    rf"mentabulasi|menjumlahkan|melakukan(?:{_W}\w+)?{_W}(?:perhitungan|penghitungan|"
    rf"penjumlahan|rekap\w*|tabulasi))\b"
    rf"|\b(?:menghitung|merekap|menjumlahkan){_W}sendiri\b"
    # the witnesses' forms: "formulir C1 saksi", "C1 milik saksi", "data saksi"
    rf"|\b(?:c[.-]?1|c[.-]?hasil|formulir|data)(?:{_W}(?:c[.-]?1|plano|milik|dari|para))*"
    rf"{_W}saksi\b"
    # the applicant's version in a dispute at the court: "menurut Pemohon", "versi pemohon",
    # "dalil pemohon", "Pemohon mendalilkan ...", "kuasa hukum Risma-Gus Hans mendalilkan ...
    # seharusnya ..." (blind hunt 30: a Pilgub count so reported was flagged against the
    # decree the suit disputes; the Pileg suits of the run were held only as another race)
    rf"|\b(?:menurut|versi|dalil|klaim|hitungan|perhitungan)(?:{_W}(?:kuasa|tim){_W}hukum)?"
    rf"{_W}pemohon\b"
    rf"|\b(?:pemohon|(?:kuasa|tim){_W}hukum)(?:{_W}[\w-]+){{0,4}}?{_W}(?:mendalilkan|mengklaim|"
    rf"meminta|memohon)\b"
    # what the applicant asks the court to decree: "Dalam petitumnya, ... menetapkan ..."
    rf"|\bpetitum(?:nya)?\b",
    re.IGNORECASE)
# An election body speaking or counting; not the forms' source ("di laman KPU").
_BODY = re.compile(r"(?<!laman )(?<!situs )(?<!website )(?<!portal )(?<!web )"
                   r"(?<!laman resmi )(?<!situs resmi )"
                   r"\b(?:kpu\w*|kip|bawaslu|sirekap|ppk|pps|kpps|komisi\s+pemilihan)\b",
                   re.IGNORECASE)
# The figure's sentence gives the result of a tally named before it.
_RESULT = re.compile(rf"\b(?:hasilnya|(?:dari|berdasarkan|menurut){_W}(?:hasil{_W})?"
                     rf"{_COUNT}{_W}(?:itu|tersebut|ini)|hasil{_W}(?:{_COUNT}{_W})?"
                     rf"(?:itu|tersebut|ini))\b", re.IGNORECASE)
# A body's official speaking the tally's words ('"Kami menghitung ulang ...," kata Ketua KPU'):
# KPU's count, not the writer's.
_BODY_SAYS = re.compile(r"\b(?:" + SPEECH_VERBS + r")(?:nya)?\W+(?:[\w.]+\W+){0,3}?"
                        r"(?:kpu\w*|kip|bawaslu|komisi\s+pemilihan)\b", re.IGNORECASE)
# Words every _OWN match holds (one of the count's, one of the owner's), and every _RESULT
# match: a C-speed look first (asked for every figure; a hostile page's 1,500 figures under
# "Real Count" headings spent 100 ms in the two patterns before it).
_OWN_KEYS = ("hitung", "rekap", "tabulasi", "jumlah", "real", "saksi", "pemohon", "dalil",
             "klaim", "petitum")
_OWNER_KEYS = ("saya", "aku", "kami", "penulis", "tim", "relawan", "kubu", "saksi", "pribadi",
               "internal", "sendiri", "pemohon", "hukum", "petitum")
_RESULT_KEYS = ("hasil", "hitung", "rekap", "tabulasi", "real")  # ("dari hitungan itu")
# What every _RESULT match opens with (wording.search_between: tried only there, not at each
# of the 400 characters before a figure on a page whose "Real Count" passes the keys above)
_RESULT_OPENS = ("hasil", "dari", "berdasarkan", "menurut")
_END = re.compile(r"[.!?][\"\u201d]?\s|\n")
_REACH = 400  # characters of the sentence before
_SAID = 150  # characters after the figure to a quote's attribution


def own_tally(text: str, position: int, sentence: int) -> str | None:
    """The tally, as written, that the sentence starting at `sentence` (or, when it gives a
    result, the one before) gives the figure at `position` to; None when it gives it none."""
    start = max(sentence, position - _REACH)
    found, opens, after = None, start, None
    if _may_own(text, start, position):
        for found in _OWN.finditer(text, start, position):
            pass  # the last one before the figure is its basis
    if found is None and may_hold(text, start, position, _RESULT_KEYS) and \
            search_between(_RESULT, text, start, position, _RESULT_OPENS):
        before = max(0, sentence - _REACH)
        ends = [m.end() for m in _END.finditer(text, before, max(before, sentence - 2))]
        opens = ends[-1] if ends else before
        if _may_own(text, opens, sentence):
            for found in _OWN.finditer(text, opens, sentence):
                pass
        after = sentence  # (the rest of that sentence may name the forms' source, "laman KPU")
    if found is None or _BODY.search(text, opens, found.end()) or \
            _BODY.search(text, after or found.end(), position) or \
            _BODY_SAYS.search(text, found.end(), min(len(text), position + _SAID)):
        return None
    return " ".join(found.group().split())[:80]


def _may_own(text: str, start: int, end: int) -> bool:
    return may_hold(text, start, end, _OWN_KEYS) and may_hold(text, start, end, _OWNER_KEYS)


def hold_own_tallies(claims, comparisons: tuple[Comparison, ...],
                     camp_medium: Callable[[], bool]) -> tuple[Comparison, ...]:
    """`comparisons` with each flag on a figure of someone's own tally (its `claimed_by` one
    own_tally found) held `own_count`, unless `camp_medium()` (asked only then) says the page is
    the camp's own voice."""
    claims = list(claims)
    held = {i for i, c in enumerate(comparisons)
            if c.status in ("minor", "discrepant") and c.tier != "page" and
            0 <= c.claim < len(claims) and _own(claims[c.claim])}
    if not held or camp_medium():
        return comparisons
    return tuple(replace(c, status="unverifiable", reason=HELD) if i in held else c
                 for i, c in enumerate(comparisons))


def _own(claim) -> bool:
    return claim.claim_type == "internal_count" and not claim.quoted and \
        bool(claim.claimed_by) and _OWN.fullmatch(claim.claimed_by) is not None
