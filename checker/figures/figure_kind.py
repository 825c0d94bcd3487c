"""What kind of figure a number in running text is (from_text's first question about it): a
pair's votes or share, progress, an area's total, or nothing to compare (a margin, a bound, a
year). Kept apart from the reader so each stays small."""

from __future__ import annotations

import re
from decimal import Decimal

from checker.figures.bracket_label import label_before
from checker.figures.changes import changed
from checker.figures.count_reached import count_reached
from checker.figures.counted_share import share_of_counted
from checker.figures.data_so_far import COUNT_SOURCE, data_reached, data_so_far, recap_reached
from checker.figures.kecamatan_runs import run_place
from checker.figures.labels import bare_share, labelled_count, listed_share, small_count_line
from checker.figures.led_in_count import led_in_count, leads_with
from checker.figures.listed_counts import next_listed_count
from checker.figures.money import is_money
from checker.figures.numbers import Number
from checker.figures.own_lead import after_own_lead
from checker.figures.parties import party_owns
from checker.figures.progress_list import listed_progress
from checker.figures.roll_base import of_the_roll
from checker.figures.sample_strata import sample_part
from checker.figures.shared_unit import (against_count, obtained_from, shares_next_unit,
                                         small_said_once)
from checker.figures.sums import worked_sum
from checker.figures.survey_answers import survey_answer
from checker.figures.totals import is_total
from checker.figures.voters import chose_pair, may_choose
from checker.figures.winning_rule import states_rule
from checker.figures.wording import (CLAUSE as _CLAUSE, GAINS, NOT_VOTES as _NOT_VOTES,
                                     OWNER_AFTER as _OWNER_AFTER,
                                     PROGRESS_AFTER as _PROGRESS_AFTER,
                                     STATIONS, TOPIC_CLAUSE as _TOPIC_CLAUSE,
                                     VOTE_CONTEXT as _VOTE_CONTEXT, YEAR, assured, data_label,
                                     longest_words, may_end_with, may_hold, may_say_between)

__all__ = ["figure_kind"]

# "54.008 suara di Kabupaten Aceh Tenggara, 32.274 di Kabupaten Aceh Singkil": a count with no
# unit between the counts of other areas in one list is a count of votes too.
_LISTED_BEFORE = re.compile(r"\d[\d.,]*\s+suara\s+di\s+[^\d,;.:]{2,60},\s*$", re.IGNORECASE)
# "73.468 suara di Jembrana, 100.350 di Tabanan, 111.062 di Badung": the run's later items may
# drop "suara" too, once an item before them in the sentence said it.
_RUN_BEFORE = re.compile(r"\d[\d.,]*\s+di\s+[^\d,;.:]{2,60},\s*$")
_RUN_OPENED = re.compile(r"\d[\d.,]*\s+suara\s+di\s", re.IGNORECASE)
_AREA_AFTER = re.compile(r"\s+di\s+[A-Z]")
# "Koster-Giri menang di Badung dengan 204.186 berbanding 111.062 suara": the count after
# "berbanding" is the rival's, whom the sentence may not name; only a name written right after
# it ("... 45.370 suara untuk Isran-Hadi") says whose it is.
_VERSUS_BEFORE = re.compile(r"\d(?:\s*(?:suara|persen|%))?\s*,?\s*(?:berbanding|dibanding(?:kan)?"
                            r"(?:\s+dengan)?|vs\.?)\s+$", re.IGNORECASE)
# The words _VERSUS_BEFORE's matches end with (wording.may_end_with: a C-speed test first).
_VERSUS_ENDS = ("berbanding", "dibanding", "dibandingkan", "dengan", "vs", "vs.")
# "..., dari (total) 85% suara yang sudah masuk": how much of the count is in, not a share
# (a pair "meraih 50% suara yang masuk" has no "dari" before its figure).
_OF_BEFORE = re.compile(r"\bdari(?:\s+(?:total|seluruh|jumlah))?\s*$", re.IGNORECASE)
# ("dari total 80 persen hasil penghitungan suara yang telah masuk", blind hunt 23: the count's
# progress as a campaign told it, read as its pair's share)
# "jumlah suara 100 persen ada sebanyak 163.987 suara" (a campaign's tally, blind hunt 23): the
# whole vote, all of it in, no pair's share of it ("mencatat 100 persen dari 15.666 suara", a
# pair's verb before it, is a pair's share of an early count)
_WHOLE_BEFORE = re.compile(r"\b(?:jumlah|total)\s+(?:suara|data)\s*$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"\s*(?:(?:hasil\s+)?(?:peng|per)?hitungan\s+)?(?:suara|data|tps)\s+"
                            r"yang\s+(?:sudah\s+|telah\s+)?(?:masuk|dihitung|terhitung|terkumpul)\b",
                            re.IGNORECASE)
# "entri data formulir Model C1 sudah rampung seratus persen": a count done to that point
# ("rekap sudah rampung di 7.107 kecamatan atau 98,72 persen" is a share of kecamatan).
_DONE_BEFORE = re.compile(r"\b(?:sudah|telah)\s+(?:rampung|selesai)\s*$", re.IGNORECASE)
# "57 Persen Warga DKI Inginkan Gubernur Baru": a part of the residents, no pair's share,
# unless the clause says they voted for someone ("... persen warga memilih ...").
_PEOPLE_AFTER = re.compile(r"\s*(?:warga|penduduk|masyarakat|rakyat)\b(?![^,.;:\n]{0,60}?\b"
                           r"(?<!tidak\s)(?:memilih|mencoblos|memberikan\s+suara)\b)",
                           re.IGNORECASE)
# (The percent sign or word a figure may have, with the space around it: where the words that
# follow a figure are read from, in the patterns below.)
_PERCENT = r"[^\S\n]*(?:%|persen)?[^\S\n]*"
# "meraih 60 persen dari 45 kursi DPRD Badung": a party's share of seats, no vote share.
_SEATS_AFTER = re.compile(_PERCENT + r"(?:dari[^\S\n]+(?:total[^\S\n]+)?"
                          r"(?:\d+[^\S\n]+)?)?kursi\b", re.IGNORECASE)
# "Tahapan Pilkada Kaur sudah nyaris 100 persen tuntas": how far a process is done, no pair's
# share (nor a count's progress the record could hold).
_DONE_AFTER = re.compile(r"[^\S\n]*(?:tuntas|selesai|rampung)\b", re.IGNORECASE)
# "cadangan 2 persen dari DPT", "2,5 persen surat suara": a share of the voter roll or of the
# ballots printed (the reserve KPU adds), no pair's share of the votes (blind run, Papua Barat).
_ROLL_AFTER = re.compile(_PERCENT + r"(?:dari[^\S\n]+)?(?:(?:total|jumlah|"
                         r"seluruh)[^\S\n]+)?(?:dpt\w*|dpk|daftar[^\S\n]+pemilih|(?:surat|kertas)"
                         r"[^\S\n]+suara|logistik)\b", re.IGNORECASE)
# "mencapai 50 persen plus satu", "50%+1 suara": the rule a first round must pass, no pair's
# share; also with the "satu" left out where the clause ends (blind hunt 27), and the margin
# over it ("memperoleh 50 persen plus 2.943 suara": blind 64/39, fix-known14).
_PLUS_ONE = re.compile(_PERCENT + r"(?:plus|tambah|\+)(?:[^\S\n]*(?:satu|1|\d[\d.]* suara)\b|"
                       r"[^\S\n]*(?=[\"'\u201d\u2019,.;:!?)]|\n|$))", re.IGNORECASE)
# "the 50 percent threshold", "cleared the 50% mark": the mark a share is measured against,
# no pair's share (blind hunt 31: "surpassing the 50 percent threshold by 2,925 votes").
_MARK_AFTER = re.compile(r"[^\S\n]+(?:threshold|mark|barrier|hurdle)\b", re.IGNORECASE)
# "mencapai 99,95 persen atau 1899 dari 1900 TPS": a share of polling stations counted.
_STATIONS_AFTER = re.compile(r"\s*(?:persen|%)?\s*(?:atau|\(|,)\s*\d[\d.]*\s+dari\s+(?:total\s+)?"
                             r"\d[\d.]*\s+tps\b", re.IGNORECASE)
# "28.186 dari 45.875 atau 61,44 persen TPS": the share of the TPS just counted (corpus-ai).
_THEIR_FRACTION = re.compile(r"\d[\d.]*\s+dari\s+(?:total\s+)?\d[\d.]*\s*(?:atau|\()\s*$",
                             re.IGNORECASE)
_SHARE_OF_STATIONS = re.compile(r"\s*(?:atau|\()\s*\d{1,3}(?:[.,]\d{1,2})?\s*(?:persen\b|%)\s*"
                                r"\)?\s*" + STATIONS + r"\b", re.IGNORECASE)
# "LSI Denny JA Pilkada Jabar 77%: Acep-Gitalis 10,64%, ...": a percentage that opens, after a
# colon, a list of names each with its percentage is the sample's progress, no pair's share.
_OPENS_SHARES = re.compile(r"[^\S\n]*(?:%|(?i:persen))?[^\S\n]*:[^\S\n]*[A-Z][^\d\n:;]{1,60}?"
                           r"\d{1,2}(?:[.,]\d{1,2})?[^\S\n]*(?:%|(?i:persen))")
# "61 persen suara sah dari 80 persen TPS": the TPS the share is of, whatever word opened the
# clause ("suara sah" made the progress no figure: blind7, Pangkalpinang); not "cakupan 30% TPS"
# (a third party's coverage: no "dari" before it)
_OF_STATIONS = re.compile(r"\s*(?:(?:persen|%)\s*)?" + STATIONS + r"\b", re.IGNORECASE)
# "data dari 99,6 persen seluruh TPS": the TPS counted, never a pair's share (blind run); so
# are "100 persen dari 17.231 TPS" and "100 persen data TPS" (a campaign's count, corpus dev)
_OF_ALL_STATIONS = re.compile(r"\s*(?:(?:persen|%)\s*)?(?:(?:dari\s+)?(?:seluruh|total|jumlah|"
                              r"semua)\s+|dari\s+\d[\d.]*\s+|data\s+)" + STATIONS + r"\b",
                              re.IGNORECASE)
# "99,60 persen lembar C1 dari 14.835 TPS", "97 persen formulir C Hasil": a share of the TPS
# result forms a team or KPU holds, the count's coverage (blind hunt, suara.com DKI)
_FORMS_AFTER = re.compile(_PERCENT + r"(?:(?:lembar|formulir|form|salinan|"
                          r"dokumen)[^\S\n]+)?(?:C1|C[.\-\s]?Hasil)\b", re.IGNORECASE)
# "Total Suara 0,09% di Atas Ambang Batas", "sudah 8 persen di atas magic number (50 persen)",
# "masih 24,7 persen di bawah 50 persen": a lead over (or a gap to) the share a first round
# needs, named or written as a figure; no pair's share. After a verb of obtaining it is the
# pair's own ("meraih 58,45 persen di atas magic number"): _OWN_BEFORE.
_OVER_BAR = re.compile(_PERCENT + r"(?:(?:di[^\S\n]+)?(?:atas|bawah)[^\S\n]+"
                       r"(?:ambang|magic[^\S\n]+number|angka[^\S\n]+ajaib|batas|syarat)\b|di"
                       r"[^\S\n]+(?:atas|bawah)[^\S\n]+(?:angka[^\S\n]+|batas[^\S\n]+)?\d{1,2}"
                       r"(?:[.,]\d+)?[^\S\n]*(?:%|persen\b))", re.IGNORECASE)
_OWN_BEFORE = re.compile(r"\b(?:" + GAINS + r"|sebesar|dengan|perolehan)(?:[^\S\n]+suara)?"
                         r"[^\S\n]*$", re.IGNORECASE)
# A figure and at most two words (its unit) right before a bracket: the bracket restates it.
_FIGURE_BEFORE = re.compile(r"\d[^\S\n]*(?:[^\W\d]+[^\S\n]*){0,2}$")
# "di angka 50 + 1 suara", "50 persen plus 1 suara": the majority rule; the count after the sign
# is no pair's (blind run 17).
_PLUS_BEFORE = re.compile(r"\d" + _PERCENT + r"(?:\+|plus|tambah)[^\S\n]*$",
                          re.IGNORECASE)
# "12 kabupaten/kota atau 2,33 persen sudah menuntaskan pleno", "sebanyak 13 kabupaten/kota
# (2,53 persen)", "baru 12 dari 514 kabupaten/kota, atau 2,33 persen": a share of a number of
# areas (those done with a plenary, those a pair won), no pair's share of the votes.
_AREAS_BEFORE = re.compile(r"\b\d[\d.]*\s+(?:dari\s+\d[\d.]*\s+)?(?:kabupaten/kota|kab/kota|"
                           r"kabupaten|kota|provinsi|kecamatan|desa|kelurahan|distrik|nagari)"
                           r"\s*,?\s*(?:atau|\()\s*$", re.IGNORECASE)
# "Foto warga ada di 271.240 TPS = 32,9%", "foto Sirekap tersedia di 653.179 TPS atau 79,3
# persen": the share of TPS that have something (a photo, a form), neither the count's progress
# nor a pair's share (corpus-aa, KawalPemilu's photos beside Sirekap's).
_TPS_WITH_BEFORE = re.compile(r"\b(?:ada|tersedia|terdapat)\s+(?:di\s+)?\d[\d.]*\s+TPS\s*"
                              r"(?:=|atau|\(|,)\s*$", re.IGNORECASE)
# "Dari 7 TPS sampel di sana, mereka hanya memperoleh 68,31% suara": someone obtained the
# share after the progress word (a pronoun: no name to see), it is no progress (corpus-j).
_GETS = re.compile(r"\b(?:" + GAINS + r"|mengumpulkan)\b", re.IGNORECASE)
# "dengan 68.991 suara sah atau sekitar 25,53 persen": a pair's count, then the same as its
# share; "suara sah" there is the count's unit, not what the percentage is of (Pilgub Papua
# Selatan's plenary, corpus dev), unlike "jumlah suara sah 97,5 persen".
_COUNT_RESTATED = re.compile(r"\d[\d.]*[^\S\n]+suara[^\S\n]+sah[^\S\n]+atau[^\S\n]+"
                             r"(?:sekitar[^\S\n]+|sebesar[^\S\n]+)?$", re.IGNORECASE)
# "dengan 24, 8 persen": a decimal comma followed by a stray space (as printed). The number
# after the space is no figure of its own; the whole cannot be read for sure, so neither is.
_SPLIT_DECIMAL = re.compile(r"\d,[^\S\n]$")
# "angkanya 73,9 persen": the figure of the sentence's topic, restated for another moment.
_RESTATED = re.compile(r"\bangka(?:nya|\s+(?:itu|ini|tersebut))\b[^\d.;]{0,20}$", re.IGNORECASE)
# The same topic's figure at another moment or in a formula: "partisipasi ... 79,84 persen,
# dibandingkan Pileg 2024 sebesar 80 persen", "... lebih rendah daripada Pilkada 2020 yang 82
# persen", "Partisipasi kehadiran = (DPT + DPTb) : (DPT + DPTb) = 170.144 : 247.858 = 68,65%".
# Only where the sentence has a not-share word and no verb of obtaining comes between.
# (a result after "=" only where a number comes before it: "Pramono-Rano = 50,15 persen" in a
# list below "Margin of error = 1 persen" is a pair's share)
_COMPARED = re.compile(r"(?:\b(?:dibandingkan|dibanding|ketimbang|daripada)\b[^;]{0,60}|"
                       r"\d[^\S\n]*=[^\S\n]*)$", re.IGNORECASE)


# What opens a list of the pairs' own figures after a colon: a ballot number, another count,
# or a verb of obtaining ("...: Paslon 04 Ramlan-Ibnu meraih 14.630 suara").
_LIST_OPENS = re.compile(r"\d|\b(?:" + GAINS + r"|mengumpulkan|dengan)\b", re.IGNORECASE)


def _list_after_colon(text: str, line: int, position: int) -> int:
    """Where the words that may make a figure a margin begin: after the last colon before it
    when a list of the pairs' figures opens there ("selisih ... nyaris 5.000 suara: 04
    mendapat 6.242 suara, 03 meraih 5.220 suara": the margin is the clause before the colon,
    ANTARA Sumbar), else `line`. "Selisih suara: 7.617 suara" is still the margin."""
    colon = text.rfind(":", line, position)
    if colon < 0 or not text[colon + 1:colon + 2].isspace() or \
            not _LIST_OPENS.search(text, colon + 1, position):  # (not "pukul 10:30")
        return line
    return colon + 1


# "unggul dari Pemohon (Syamsari-Natsir) sebesar 41 persen", "mengungguli X hingga 65.293
# suara": the lead over the rival named after the verb, measured by a word of amount right
# before the figure; no pair's figure. A word of obtaining between makes it the winner's own
# ("unggul dari X dengan 70,77 persen", "menang atas X dengan perolehan mencapai 55 persen").
# (The words of amount it ends in, then only space; written once for the C-speed look below.)
_LEAD_OVER_ENDS = ("sebesar", "sebanyak", "hingga", "mencapai", "sekitar", "sekira", "sejauh")
_LEAD_OVER = re.compile(r"\b(?:(?:unggul|menang|kalah|tertinggal|terpaut)(?:\s+(?:tipis|telak|"
                        r"jauh))?\s+(?:dari|atas|dibanding(?:kan)?|ketimbang)|mengungguli|"
                        r"mengalahkan)\s+(?:(?!\b(?:dengan|perolehan|raihan|meraih|memperoleh|"
                        r"mendapat\w*|mengantongi|suara)\b)[^\d.!?;\n]){1,80}?\s(?:" +
                        "|".join(_LEAD_OVER_ENDS) + r")\s+$", re.IGNORECASE)
# A count right before a percentage that restates it ("343.192 suara atau 16,64%"): a margin's
# or a total's ("suara yang belum masuk ... 10.981 suara atau 9,19 persen", bj) is no pair's.
_COUNT_BEFORE = re.compile(r"(\d{1,3}(?:[.,]\d{3})+)\s+suara\s*(?:atau|\(|/)\s*$")
# The words _LEAD_OVER (_LEAD_OVER_ENDS, above), and _AREAS_BEFORE or _TPS_WITH_BEFORE, end in
# (then only space): a window that does not end so cannot match them (may_end_with, at C speed;
# the patterns were tried at each of 120 or 60 positions before every figure of a hostile page's
# 1,500).
_AREAS_ENDS = ("atau", "(", "=", ",")
# Every _COMPARED match holds one of these (a C-speed look first), or ends in "=" then space.
_COMPARED_WORDS = ("dibanding", "ketimbang", "daripada")


def figure_kind(reader, number: Number, span: int, sentence: int) -> str | None:
    """What a number is, from the words around it: a pair's "votes" or "share", "progress", an
    area's "total", a share or count with no unit kept only for a pair of the record
    ("share_named", "votes_named"), or None (a margin, a bound, a year, no election figure).
    `reader` is from_text's _Text: its text, cues, sentence and paragraph starts, name runs;
    `span`: where the figure's own words begin; `sentence`: where its sentence does."""
    text, cues = reader.text, reader.out.cues
    line = max(span, reader._start_of(reader.paragraphs, number.start))
    percent = number.unit == "percent"
    if not percent and not number.approximate and YEAR.fullmatch(number.text.split()[0]) and \
            not is_total(text, number.start, number.end, span):
        return None  # a year (one in six numbers of a news page): no test below makes it more
    if number.unit is None and isinstance(number.value, int) and number.value < 1000 and \
            not number.approximate and not may_choose(text, number.end) and not (
                0 < number.value and number.text[:1] != "0" and
                small_count_line(text, number.start, number.end)) and \
            not small_said_once(text, number, sentence) and \
            not is_total(text, number.start, number.end, span):
        return None  # a small bare count ("nomor urut 2", a date) of no people, list, unit, total
    if not percent and is_money(reader.out.figures, text, number, sentence):
        return None  # "Rp 2.809.393.000" (money; after small counts: both None, 50 a page)
    if _PLUS_BEFORE.search(text, max(0, number.start - 16), number.start) or \
            worked_sum(text, number.start):
        return None  # "50 + 1 suara": the rule's one vote; "A + B, totalnya C": a sum (sums)
    if changed(reader.out.figures, text, number.start):
        return None  # "Anies-Muhaimin Turun 3 Juta": a change between readings (changes.py)
    start = after_own_lead(text, _list_after_colon(text, line, number.start), number.start)
    if cues.is_margin(text, start, number.start, number.end, percent) and \
            not against_count(text, number) and cues.is_margin(
                text, obtained_from(text, start, number.start), number.start, number.end, percent):
        return None  # "unggul 465.079 suara", "selisih ... 10,67 persen": a margin
    if percent and (count := _COUNT_BEFORE.search(text, max(start, number.start - 40), number.start)) \
            and (cues.is_margin(text, start, *count.span(1)) or is_total(text, *count.span(1), span)):
        return None  # "dengan perbedaan 343.192 suara atau 16,64%": the margin as a share
    if may_end_with(text, max(start, number.start - 120), number.start, _LEAD_OVER_ENDS) and \
            _LEAD_OVER.search(text, max(start, number.start - 120), number.start):
        return None  # "unggul dari X sebesar 41 persen": a margin
    if number.unit != "percent" and is_total(text, number.start, number.end, span):
        return "total"  # "suara sah 31.819": the area's, no pair's (checker/figures/totals)
    if cues.is_bound(text, number.start):
        return None  # "lebih dari 50 persen", "kurang dari 1.000 suara": a bound, no value
    if may_end_with(text, max(0, number.start - 40), number.start, _VERSUS_ENDS) and \
            _VERSUS_BEFORE.search(text, max(0, number.start - 40), number.start) and \
            not _OWNER_AFTER.match(text, number.end):
        return None  # the rival's, unnamed
    if number.unit == "percent":
        if _SPLIT_DECIMAL.search(text, max(0, number.start - 3), number.start) or \
                of_the_roll(reader, sentence, number.start) or _MARK_AFTER.match(text, number.end):
            return None  # (or "dari total DPT N, ... M atau P%": a turnout, roll_base)
        if _OF_STATIONS.match(text, number.end) and _THEIR_FRACTION.search(
                text, max(0, number.start - 40), number.start) and \
                cues.last_progress_word(text[max(span, number.start - 60):number.start]) < 0:
            # "28.186 dari 45.875 atau 61,44 persen TPS": the share of the TPS just counted, no
            # pair's; not read as a progress either unless a progress word says so ("progres
            # 2.969 dari 3.123 atau 94,95 persen TPS"): said after the pairs' figures of another
            # area, it would be the page's area's progress, and move their moment (corpus-ai)
            return None
        if _STATIONS_AFTER.match(text, number.end) or _OF_ALL_STATIONS.match(text, number.end) \
                or _FORMS_AFTER.match(text, number.end) or _OPENS_SHARES.match(text, number.end):
            return "progress"
        near = max(sentence, number.start - 60)
        if may_end_with(text, near, number.start, _AREAS_ENDS) and (
                _AREAS_BEFORE.search(text, near, number.start) or
                _TPS_WITH_BEFORE.search(text, near, number.start)):
            return None
        topic = max(span, number.start - 80)
        topic = _last_end(_TOPIC_CLAUSE, text, topic, number.start, topic)
        if _COUNT_RESTATED.search(text, max(0, topic - 40), number.start):
            topic = number.start  # (the count, read just before, is where this figure's began)
        if text[topic - 1:topic] in (")", "(") and not text[topic:number.start].strip():
            # "ambang batas parlemen (parliamentary threshold) 4%": the bracket glosses the
            # words before it, the figure's topic; "magic number (50 persen)": the figure in
            # the bracket gives the value of the words before it, unless they hold a figure it
            # restates ("40.676 suara sah (68,08 %)": the count's share, corpus Sorong)
            opening = text.rfind("(", max(span, topic - 60), topic)
            before = _last_end(_TOPIC_CLAUSE, text, max(span, opening - 60), opening,
                               max(span, opening - 60)) if opening > 0 else topic
            if text[topic - 1] == ")" or not _FIGURE_BEFORE.search(
                    text, max(sentence, opening - 40), opening):
                topic = before
        if _OF_BEFORE.search(text, max(0, number.start - 20), number.start) and (
                _OF_STATIONS.match(text, number.end) or _COUNTED_AFTER.match(text, number.end)):
            return "progress"  # "... suara sah dari 80 persen TPS": what the share is of
        at = max(sentence, number.start - 80)
        compared = _COMPARED.search(text, at, number.start) if may_hold(text, at, number.start,
            _COMPARED_WORDS) or may_end_with(text, at, number.start, ("=",)) else None
        if _not_share(reader, topic, number.start) or (_RESTATED.search(
                text, max(span, number.start - 40), number.start) or compared and
                not _GETS.search(text, compared.start(), number.start)) and \
                _not_share(reader, sentence, number.start):
            return None  # (or "partisipasi ... 65,26 persen, padahal pada 2017 angkanya 73,9")
        if _PEOPLE_AFTER.match(text, number.end) or _DONE_AFTER.match(text, number.end) or \
                survey_answer(text, sentence, number.start, number.end) or \
                sample_part(text, sentence, number.start) or \
                _PLUS_ONE.match(text, number.end) or states_rule(text, number.start, number.end) or \
                _OVER_BAR.match(text, number.end) and \
                not _OWN_BEFORE.search(text, max(0, number.start - 30), number.start) or \
                _SEATS_AFTER.match(text, number.end) or _ROLL_AFTER.match(text, number.end):
            return None
        if _DONE_BEFORE.search(text, max(span, number.start - 20), number.start):
            return "progress"
        progress_at = cues.last_progress_word(text[max(span, number.start - 60):number.start])
        if _PROGRESS_AFTER.match(text, number.end) and \
                not share_of_counted(text, number.start, number.end) or \
                data_label(text, number.start) or \
                data_reached(text, max(span, number.start - 160), number.start) or \
                count_reached(reader, sentence, number.start) or listed_progress(reader, number):
            return "progress"
        if progress_at >= 0:
            tail_from = max(span, number.start - 60) + progress_at
            if not led_in_count(text, tail_from, span) and not label_before(reader, number) and \
                    not leads_with(text, tail_from, number.start) and \
                    not reader.runs(tail_from, number.start, first=True) and \
                    not _GETS.search(text, tail_from, number.start) and \
                    not party_owns(text, number.start, tail_from):  # "..., PDIP ... dengan 15,85%"
                return "progress"
        so_far = data_so_far(text, max(span, number.start - 60),
                             max(sentence, number.start - 200), number.start)
        if so_far and COUNT_SOURCE.search(so_far.group()) and \
                not reader.runs(so_far.start() + 4, number.start, first=True) and \
                not _GETS.search(text, so_far.start(), number.start):
            return "progress"
        recap = recap_reached(text, max(span, number.start - 120), number.start)
        if recap and not reader.runs(recap.start(), number.start, first=True):
            return None  # (a pair named between: "... perolehan X-Y telah mencapai" is its)
        if number.value == 100 and _WHOLE_BEFORE.search(text, max(span, number.start - 20),
                                                        number.start):
            return None  # "jumlah suara 100 persen ada sebanyak 163.987 suara": all of it in
        return "share"
    if not number.approximate and YEAR.fullmatch(number.text.split()[0]):
        return None  # a year: "\u00a9 2024 Suara Banten", "suara Pilgub Jatim 2024"
    if _SHARE_OF_STATIONS.match(text, number.end):
        return None  # "dari 28.186 dari 45.875 atau 61,44 persen TPS": TPS, no votes
    if number.unit == "votes":
        return "votes" if isinstance(number.value, int) else None
    if isinstance(number.value, Decimal) and 0 < number.value < 100 and \
            bare_share(text, number.start, number.end):
        return "share"
    if isinstance(number.value, Decimal) and 0 < number.value < 100 and listed_share(
            text, sentence, number.start, number.end, number.text):
        return "share_named"  # a share with no sign: kept only for a pair of the record
    if not isinstance(number.value, int):
        return None  # (every test below is of a count)
    # Where the figure's clause begins, asked only of counts that get this far (most do not).
    clause = _last_end(_CLAUSE, text, max(span, number.start - 200), number.start, sentence)
    if chose_pair(reader, number, clause):
        return "votes"  # "3.018 WNI ... memilih Jokowi - Ma'ruf", "yang memilih X 202 orang"
    if (number.value >= 1000 or number.approximate) \
            and _VOTE_CONTEXT.search(text[max(clause, number.start - 60):number.start]) \
            and not _NOT_VOTES.match(text, number.end):
        return "votes"
    if number.value >= 1000 and _AREA_AFTER.match(text, number.end) and (
            _LISTED_BEFORE.search(text, max(sentence, number.start - 100), number.start) or
            _RUN_BEFORE.search(text, max(sentence, number.start - 100), number.start) and
            _RUN_OPENED.search(text, max(sentence, number.start - 300), number.start)):
        return "votes"
    if number.value >= 1000 and not _NOT_VOTES.match(text, number.end) and (labelled_count(
            text, number.start, number.end, clause, span) or shares_next_unit(text, number) or
            next_listed_count(reader, number, reader.__dict__.get("previous"))):
        return "votes_named"  # a count with no unit: kept only for a pair of the record
    if number.value >= 1000 and run_place(reader, number, reader.__dict__.get("previous")):
        return "votes_named"  # "Kecamatan X 24.806 suara, Labuapi 15.926, Kuripan 12.402"
    if 0 < number.value < 1000 and number.text[:1] != "0" and reader.abroad_named and \
            small_count_line(text, number.start, number.end) or \
            small_said_once(text, number, sentence):  # (or "perolehan suara: paslon 01 sebanyak 98")
        # "Anies-Muhaimin: 80" on its own line under a PPLN, on a page about votes abroad; never
        # a ballot number. Elsewhere such a line may be a village's (below_area).
        return "votes_named"
    return None


def _not_share(reader, start: int, end: int) -> bool:
    """cues.is_not_share once a C-speed look finds a not-share word in its window (from 30 before
    `start`: 5 % of a hostile page's time), or readiness right before it (wording.assured)."""
    keys = longest_words(reader.out.figures.not_share_words)
    if keys is not None and not may_say_between(reader.text, max(0, start - 30), end, *keys):
        return assured(reader.text, end)
    return assured(reader.text, end) or reader.out.cues.is_not_share(reader.text, start, end)


def _last_end(pattern: re.Pattern, text: str, start: int, end: int, default: int) -> int:
    """Where the last match of `pattern` in text[start:end] ends, at least `default` (matches
    are found left to right and never overlap: the last ends furthest)."""
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return max(default, last.end()) if last is not None else default
