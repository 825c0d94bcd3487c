"""Which count a figure of running text comes from (its claim type), from the count words
around it (from_text's Scope asks): the nearest before it ("menurut rekapitulasi nasional
Pilpres 2019" is an earlier election's, not this figure's), or the one after it in its
sentence when its paragraph names none before or it is named right after the figure ("50,07
persen menurut quick count Litbang Kompas"). A candidate's or campaign's own words are the
campaign's count, whatever count they name (corpus-z: "real count KPUD ... dan penghitungan
formulir C hasil KWK ... sudah mencapai 100 persen TPS ... 2.183.577 suara," ujar Pramono: the
team's C forms, not Sirekap's progress). Pure."""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.figures.bare_team import stale_team, tied
from checker.figures.before_vote import before_the_vote
from checker.figures.basis_sentence import note_split, off_count
from checker.figures.camp_speaker import CAMPAIGN as _CAMPAIGN, camp_speaker
from checker.figures.cues import Mark, mark_before
from checker.figures.forecast import forecast_before, pollster_reports, survey_in_sentence
from checker.figures.kpu_named import kpu_named
from checker.figures.named_pollster import with_named_pollster
from checker.figures.own_tally import own_tally
from checker.figures.poll_before import poll_before
from checker.figures.poll_page import election_result, poll_page
from checker.figures.respondents import poll_answers
from checker.figures.survey_after import survey_attached
from checker.figures.team_forms import team_forms
from checker.figures.teasers import in_teaser
from checker.figures.wording import SPEECH_VERBS

__all__ = ["count_mark"]

# After a quote's closing mark, a speech verb and its speaker ('...," ujar Pramono dalam
# konferensi pers'): the speaker's words up to the next clause. "tambah"/"imbuh" as
# speaker_count reads them ('... hampir 100 persen," tambah Koster': blind hunt 64, a
# candidate's own tally of the regencies still counting, graded as a real count's share)
_SAID = re.compile(r"[\"\u201d][^\S\n]*(?:" + SPEECH_VERBS + r"|imbuh|tambah|klaim)(?:nya)?"
                   r"[^\S\n]+([^\n\"\u201c\u201d.;,!?()]{1,80})")
_OFFICIAL = re.compile(r"\b(?:kpu|kpud|kip|bawaslu|komisioner|ketua|anggota|divisi|sekretaris|"
                       r"mk|hakim|penjabat|pj)\b", re.IGNORECASE)
_REACH = 600  # characters from a figure to its quote's attribution
_NAME = re.compile(r"[A-Z][\w'\u2019-]*(?:[^\S\n]+[A-Z][\w'\u2019-]*){0,2}")
# The figure's own count named right after it ("memperoleh 58,25% dalam quick count CSIS,
# sedangkan hasil KPU 58,59%"): its basis, whatever count the sentence before named (corpus-aj:
# a quick count set against KPU's, sentence by sentence, took the other half's basis).
# Or in brackets: "50,08 persen (versi JagaSuara)" beside "50,07 persen (versi KPU)" (kpu_named).
_ATTACHED = re.compile(r"[\d.,]+[^\S\n]*(?:%|persen)?[^\S\n]*(?:suara[^\S\n]+)?(?:\([^\S\n]*)?(?:"
                       r"dalam|menurut|versi|berdasarkan|berdasar)[^\S\n]+(?:hasil[^\S\n]+|"
                       r"data[^\S\n]+)?", re.IGNORECASE)


# A line crediting the lines above it: "(Sumber: quick count Litbang Kompas)", "Data: ...".
_CREDIT = re.compile(r"[^\S\n]*\(?[^\S\n]*(?:sumber|data|via|diolah)\b", re.IGNORECASE)


def _run_on(text: str, where: tuple[int, int, int, int], mark: Mark, after: Mark) -> bool:
    """Does the figure's "sentence" run on past its own line (no full stop ends it) into a
    later paragraph that names another count than `mark`, a real count named before the
    figure, and opens no credit of the lines (the paragraph of `after`)? (The same count named
    after a heading, "1. Danny-Azhar mengumpulkan 23,66% suara" over "Hasil quick count
    Indikator ...", says whose it is. A "rekapitulasi sementara KPU" before a Sirekap list is
    no plenary: KawalPemilu's name after it kept it from being graded as one, blind hunt 27.)"""
    line = text[where[2]:where[3]].rstrip()
    if not line or line[-1] in ".!?" or mark.value != "real_count" or after.value == mark.value:
        return False
    opens = text.rfind("\n", where[3], after.start) + 1 or where[3]
    return _CREDIT.match(text, opens) is None


def count_mark(layout, position: int, where: tuple[int, int, int, int], area: str | None,
               kind: str | None) -> Mark | None:
    """The claim-type mark of the figure at `position` (`where`: Layout._where of it) in the
    race of `area` and `kind` as far as known."""
    sentence, sentence_end, paragraph = where[0], where[1], where[2]
    forecast = forecast_before(layout.text, position)
    if forecast == "survey" or survey_attached(layout.text, position) or \
            before_the_vote(layout.text, sentence, position):
        # "yang disurvey 34,8%", "28,4% dalam survei", "sebelum pencoblosan ... 28,8 persen"
        return Mark(position, position, "survey")
    types, starts = layout.types, layout.type_starts
    mark = mark_before(types, starts, position)
    while mark is not None and mark.start < sentence and (
            layout._past(mark.start) or off_count(layout, mark.start) and
            mark.value != "quick_count" or _aside(layout, mark, position)):
        # "menurut rekapitulasi nasional Pilpres 2019": that count's basis, not this one's;
        # nor is "rekapitulasi" of a sentence on the voter roll or the schedule (basis_sentence),
        # nor the count another article's headline names ("Baca Juga: Kalah di Pilkada Solo
        # versi Quick Count ...": the kecamatan paragraphs after it are KPU's plenary, corpus-av).
        # A quick count stays named in a sentence that looks ahead: "X tampaknya akan menjadi
        # pemenang ... berdasarkan hasil hitung cepat" still says whose the figures after it
        # are (blind hunt 64: dropped for its "akan", the pollster's 57,62 was graded against
        # Jawa Tengah's decree, discrepant)
        mark = mark_before(types, starts, mark.start)
    if mark is not None and stale_team(layout, mark, where) and not tied(layout, position, where):
        # "Tim pemenangan X meminta relawan ...", no figure, a paragraph before: no count
        while mark is not None and stale_team(layout, mark, where):
            mark = mark_before(types, starts, mark.start)
    mark = team_forms(layout, mark, position)  # "tim X ... . Disusun dari form C1 ...": X's
    following = bisect_right(starts, position)
    after = types[following] if following < len(types) else None
    if after is not None and (after.start >= sentence_end or after.start >= where[3] and
                              mark is not None and (layout._intro(paragraph) <= mark.start or
                                                    _run_on(layout.text, where, mark, after))):
        # (not in the figure's sentence. A list's lines end in no full stop, so the sentence
        # of one ran on into the next paragraph's "hasil resmi dari KPU nantinya ...": the
        # count its intro names, "Hasil hitung cepat ... sebagai berikut:", is its count.
        # So is the count named before a line of no full stop whose intro ends in one, or
        # names no count: blind hunt 43's Sirekap lists were typed by "lembaga survei juga
        # melakukan hitung cepat" and "Rapat Pleno Terbuka Rekapitulasi" after them.)
        after = None
    if after is not None and _ATTACHED.fullmatch(layout.text, position, after.start):
        mark = after  # ("58,25% dalam quick count CSIS": whatever was named before it)
    mark = with_named_pollster(layout, mark, after, position, paragraph)
    own = kpu_named(layout.text, position)  # "58,77 persen (versi KPU)": KPU's count
    if own is not None and (own.value is not None or mark is None or
                            mark.value not in ("real_count", "plenary")):
        mark = own  # (a basis said before stands: "menurut KPU setempat" after a plenary's)
    if forecast is not None and mark is not None and mark.value == "plenary":
        return Mark(position, position, "survey")  # "yang diprediksi meraih 40,4%" (forecast)
    if mark is None or mark.value in ("real_count", "plenary") and mark.start < position:
        # (a survey named after the count word: "KPU mencatat X 40,86 persen, jauh dari
        # prediksi survei yang ... 28 persen" is the survey's 28)
        if survey_in_sentence(layout.text, max(sentence, mark.end if mark else 0), position):
            return Mark(position, position, "survey")  # "pada survei Desember, X ... 41,2%"
        if (pollster := pollster_reports(layout, max(sentence, mark.end if mark else 0),
                                         position)) is not None:
            return Mark(pollster.start, pollster.end, "quick_count", pollster.value)
        if poll_before(layout, mark.end if mark else 0, position, paragraph,
                       sentence_end) and \
                not election_result(layout.text, sentence, position, sentence_end):
            return Mark(position, position, "survey")  # "... merilis hasil survei. X 48,4%"
    elif mark.value == "quick_count" and mark.start < sentence and \
            survey_in_sentence(layout.text, sentence, position) and \
            not _COUNTS_SURVEY.search(layout.text, sentence, position):
        # A pollster named sentences before does surveys too: "Survei yang melibatkan 800
        # responden ini menunjukkan ... 12,2 persen" after "Sigi LSI pada 27 Juli-4 Agustus
        # 2024" (blind hunt 28, page 55) is its survey, not the quick count the page led with.
        # Not where the sentence calls the count itself a survey: "survei Indikator ... ketika
        # data terkumpul 61,60 persen" (the pollster's product: a fact-check's quick count),
        # "hasil survei sementara yang masuk" (quick counts averaged, blind28 page 31),
        # "jajak pendapat keluaran" (an exit poll).
        return Mark(position, position, "survey")
    if (mark is None or mark.start < paragraph) and \
            (poll := poll_answers(layout, position, paragraph, where[3])) is not None:
        return poll  # "... dipilih 42,8%. ... 2,3% responden": a survey's answers
    if mark is None and poll_page(layout) and \
            not election_result(layout.text, sentence, position, sentence_end):
        return Mark(position, position, "survey")  # "Survei ...: Kepuasan Publik" over "X 60%"
    if (mark is None or mark.value in (None, "real_count", "plenary")) and \
            (speaker := _campaign_quote(layout, position, where, area, kind)) is not None:
        return Mark(position, position, "internal_count", speaker)
    if (mark is None or mark.value in (None, "real_count") and mark.extra is None) and \
            (speaker := camp_speaker(layout.text, position, max(sentence, paragraph))):
        return Mark(position, position, "internal_count", speaker)  # "Menurut Ketua Relawan"
    if (mark is None or mark.value in (None, "real_count", "plenary", "internal_count")) and \
            (tally := own_tally(layout.text, position, max(sentence, paragraph))):
        return Mark(position, position, "internal_count", tally)  # "Saya menghitung sendiri"
    note_split(layout, position, mark, where)
    return mark


_COUNTS_SURVEY = re.compile(r"\b(?:survei|survey)[^\S\n]+(?:(?-i:[A-Z])|sementara\b)|"
                            r"\b(?:yang|suara|data)[^\S\n]+masuk\b|\bkeluaran\b|"
                            r"\bexit[^\S\n]+poll|\bhitung[^\S\n]+cepat\b|\bquick[^\S\n]+count",
                            re.IGNORECASE)


def _aside(layout, mark: Mark, position: int) -> bool:
    """Is `mark` in another article's headline line that `position` is not in, naming another
    count than the article's own nearest before it? (Where both name the same count, "Real
    Count KPU ..." in a related list over a real count's figures, the aside's words stand: they
    may say whose count it is.)"""
    line = in_teaser(layout, mark.start)
    if line is None or line[0] <= position < line[1]:
        return False
    own = mark_before(layout.types, layout.type_starts, line[0])
    while own is not None and in_teaser(layout, own.start) is not None:
        own = mark_before(layout.types, layout.type_starts, own.start)
    return own is not None and own.value != mark.value


def _campaign_quote(layout, position: int, where: tuple[int, int, int, int], area: str | None,
                    kind: str | None) -> str | None:
    """The speaker, when the figure is inside a quote its paragraph gives to a candidate or a
    campaign team."""
    text = layout.text
    # (bounded both ways: a hostile page's one paragraph may be the whole page)
    said = _SAID.search(text, position, min(where[3], len(text), position + _REACH))
    if said is None or text.count('"', position, said.start()) + \
            text.count("\u201d", position, said.start()) > 0:
        return None  # the quote closes before the speech verb (another quote's attribution)
    start = max(where[2], position - 4 * _REACH)
    if text.count('"', start, position) % 2 == 0 and \
            text.rfind("\u201c", start, position) <= text.rfind("\u201d", start, position):
        return None  # not inside a quote
    speaker = said.group(1)
    if _CAMPAIGN.search(speaker):
        return " ".join(speaker.split())[:80]
    if _OFFICIAL.search(speaker):
        return None
    name = _NAME.match(speaker)
    if name is None or (area is None and kind != "president"):
        return None
    found = layout.out.candidate(area, kind, None, name.group(), False)
    return name.group() if found is not None else None
