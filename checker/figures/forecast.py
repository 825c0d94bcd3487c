"""A pollster's forecast set beside the count, figure by figure (blind hunt 28,
tests/test_blind28.py). "Anies yang diprediksi mampu meraih 55,4%, hanya bisa mendapat 45,2%.
Sementara, Prabowo yang disurvey 34,8%, merangkak naik ke 41,5%" (kuninganmass.com: a survey a
month before the vote against KPU's count, Pilpres in Kuningan): the figure right after a verb
of forecasting is the survey's, whatever count the paragraph names ("Rekapitulasi hasil Pemilu
... tak jauh berbeda dengan survei": both figures were typed that count, and on a page of Jabar
the forecasts 40,4 and 48,8 were graded against the plenary's 31,68 and 58,50: false flags).
A figure the survey's verb ("disurvei", "disurvey") gets is typed `survey` (held, never
graded); one a verb of forecasting or estimating gets ("diprediksi", "diperkirakan", ...) is
the survey's too where the count named before it is KPU's plenary (projected.py holds such a
figure `hoped_share` on any other basis, as a forecast whoever makes it, but never on the
plenary's). The count's figure after it in the sentence keeps the paragraph's type.

A survey named in the figure's own sentence before it, with no count word of that sentence
before the figure, says whose figure it is too: "Padahal pada survei Desember 2023,
Ganjar-Mahfud masih unggul dengan 41,2 persen", "Dalam simulasi tiga pasangan, ... 40,1
persen", "Hasil sigi Indikator sepekan sebelum coblosan: ..." after a paragraph on KPU's
plenary took the plenary's type (on a page of Jateng's Pilpres, seven false flags). Such a
figure is the survey's (count_basis asks only when the nearest count word is KPU's and before
the sentence). "lembaga survei" names a pollster, whose figures are a quick count's as often
(rules/figures.yaml not_share_exceptions); the count word then decides. So does a pollster that reports in that sentence ("Sebulan
sebelum pencoblosan, Litbang Kompas mencatat Prabowo-Gibran di angka 38,5 persen"): its figure,
a survey's or a quick count's, never KPU's. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left

from checker.figures.cues import mark_before
from checker.figures.wording import GAINS

__all__ = ["forecast_before", "pollster_reports", "survey_in_sentence"]

_SURVEYED = ("disurvei", "disurvey")

# The verb, then at most four words of reaching between it and the figure ("yang diprediksi
# mampu meraih", "disurvey hanya mampu meraih", "diperkirakan akan memperoleh sekitar").
_FORECAST = re.compile(r"\b(?:diprediksi(?:kan)?|diramal(?:kan)?|diproyeksi(?:kan)?|"
                       r"diperkirakan|diprakirakan|disurvei|disurvey)(?:[^\S\n]+(?:akan|bisa|"
                       r"mampu|hanya|cuma|dapat|sanggup|bakal|" + GAINS + r"|mencapai|sebesar|"
                       r"sekitar|kurang\s+lebih|di\s+angka|pada\s+angka|suara|dengan)){0,4}"
                       r"[^\S\n]*$", re.IGNORECASE)
# (a C-speed look first: most figures have none of these within reach)
_STEMS = ("dipred", "diram", "diproy", "diperk", "diprak", "disurv")


def forecast_before(text: str, position: int) -> str | None:
    """"survey" when the figure at `position` is the object of a survey's verb in its own
    clause, "forecast" when of a verb of forecasting or estimating, else None."""
    start = max(0, position - 80)
    window = text[start:position].lower()
    if not any(stem in window for stem in _STEMS):
        return None
    found = _FORECAST.search(text, start, position)
    if found is None:
        return None
    return "survey" if found.group(0).split()[0].lower() in _SURVEYED else "forecast"


# A survey by its nouns (not "elektabilitas": a count-type word of its own, rules/figures.yaml)
# ("prediksi dua lembaga survei yang memprediksi pasangan itu tak beranjak dari angka 13
# persen": the forecast, kompasiana on Jateng 2018, typed the plenary named before it)
# "sigi" only in lower case: "Sigi" is a regency of Sulawesi Tengah ("Sigi: 51.336 suara")
# Not "polling": an English page's "99.93 percent of polling stations counted" is KPU's count
_SURVEY = re.compile(r"\b(?:survei|survey|(?-i:sigi)|jajak\s+pendapat|simulasi|"
                     r"(?:mem)?prediksi)\b", re.IGNORECASE)
_POLLSTER_WORD = re.compile(r"\blembaga(?:-lembaga)?\s+$", re.IGNORECASE)


_HINTS = ("surve", "sigi", "jajak", "simulasi", "prediksi")
_SPOTS: list[tuple[str, tuple[list[int], ...] | None]] = []  # (text, each hint's starts), last page


def _hint_spots(text: str) -> tuple[list[int], ...] | None:
    """Where each of _HINTS starts in the lower-cased text, found once per page (a figure's
    sentence on a hostile page runs to 100 KB: lower-casing it per figure cost 75 ms of 3.7 s
    on the hostile pages). None where lower-casing changes the length (positions differ):
    then each window is lower-cased as before. Known by the text itself (`is`), as
    own_total.page_totals."""
    last = _SPOTS[-1] if _SPOTS else None  # one read: another thread may replace it
    if last is not None and last[0] is text:
        return last[1]
    low = text.lower()
    spots = None
    if len(low) == len(text):
        spots = tuple(_starts(low, hint) for hint in _HINTS)
    _SPOTS[:] = [(text, spots)]
    return spots


def _starts(low: str, hint: str) -> list[int]:
    """Every start of `hint` in `low`, overlapping ones too ("simulasimulasi")."""
    starts, at = [], low.find(hint)
    while at >= 0:
        starts.append(at)
        at = low.find(hint, at + 1)
    return starts


def _hinted(text: str, start: int, end: int) -> bool:
    """Does text[start:end], lower-cased, hold one of _HINTS?"""
    spots = _hint_spots(text)
    if spots is None:
        window = text[start:end].lower()
        return any(word in window for word in _HINTS)
    for hint, starts in zip(_HINTS, spots):
        at = bisect_left(starts, start)
        if at < len(starts) and starts[at] + len(hint) <= end:
            return True
    return False


def survey_in_sentence(text: str, sentence: int, position: int) -> bool:
    """Does [`sentence`, `position`) (the figure's sentence from its start or from the count
    word in it before the figure) name a survey (not as "lembaga survei", a pollster)?"""
    if not _hinted(text, sentence, position):
        return False
    return any(_POLLSTER_WORD.search(text, max(sentence, m.start() - 20), m.start()) is None
               for m in _SURVEY.finditer(text, sentence, position))


# A pollster's verbs of reporting its own findings, right after its name.
_REPORTS = re.compile(r"[^\S\n]*(?:\([^()\n]{1,40}\)[^\S\n]*)?(?:juga[^\S\n]+|pun[^\S\n]+)?"
                      r"(?:mencatat|merilis|menyebut|menunjukkan|memotret|menemukan|"
                      r"memprediksi|memproyeksikan|menempatkan|mengungkap(?:kan)?)\b",
                      re.IGNORECASE)


def pollster_reports(reader, sentence: int, position: int):
    """The pollster's mark when one named in the figure's sentence before it reports there
    ("Litbang Kompas mencatat ..."), else None. `reader`: from_text's _Text (its pollsters)."""
    named = mark_before(reader.pollsters, reader.pollster_starts, position, sentence)
    if named is None or _REPORTS.match(reader.text, named.end) is None:
        return None
    return named
