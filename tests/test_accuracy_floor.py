"""Accuracy on the real-page corpus may only go up: a ratchet (benchmarks/accuracy.py scores).

The floors are what the corpus measured when they were last set, minus nothing. The lead raises
them as the extractor improves, towards the targets of issue 10 §4: attribution precision
>= 98 %, recall (figures whose race the record holds) >= 90 %, no false discrepant/minor on an
accurate figure, no false impostor. When pages are added the measure may drop for honest
reasons (harder pages): then lower a floor in the same commit that adds the pages, and say so.
Run `python benchmarks/bench_accuracy.py` for the full picture and the lists behind a failure.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import accuracy  # noqa: E402

# Measured on 2026-12-05 over all 106 pages (corpus-a, -b, -c merged) with the national
# Pilpres plenary in the shipped record: precision 472/741, recall 510/802, labels 81/106,
# errors caught 13/37, 75 false discrepant/minor (60 before the plenary was shipped: provincial
# Pilpres figures with no resolved region are still compared with the national result), 1
# false impostor. Raised after the attribution work of issue 10 part 1 (pair first, structure,
# elections and levels held unverifiable, quotes, basis): precision 600/755, recall 630/802,
# labels 81/106, errors caught 17/37, 20 false discrepant/minor, 1 false impostor.
# Reset on 2026-12-05 when the corpus grew from 106 to 145 pages (39 new real and one synthetic
# page, chosen to be unlike the first 106: regency/kecamatan/TPS plenaries, earlier elections,
# partial tallies, quick counts, fact-checks, pages without results). Measured on the 39 new
# pages alone before adding them: precision 135/299, recall 110/171, 17 false flags.
# Then, merged: branch precision (time, election, region and basis need evidence on the page),
# branch catch (plenary held to the decree, the page's own totals and shares, more figure
# forms) and branch unseen (scope gate: national needs evidence, partial tallies, an article
# about a smaller region, ranges, shares of all ballots). All 145 pages: precision 757/1077,
# graded-only precision 297/299, recall 757/973, labels 127/145, errors caught 23/45,
# 2 false discrepant/minor (both on holdout pages, which stay out of the loop), 0 false impostor.
# Raised after branch acc-national (datelines, a count's size, unsigned lists of shares, the
# page's date, a lone word no far-away candidate, provinces won are no partial tally): all 145
# pages, precision 776/1075, graded-only 305/305, recall 777/973, 0 false discrepant/minor.
# Merged 2026-12-05 (branches acc-national, acc-unseen, acc-catch, acc-labels, perf-prose) on
# 176 pages (31 more real pages, corpus-e, tests/corpus/batches/corpus-e.txt; measured alone
# before any change: precision 173/241, graded-only 15/23, recall 180/275, 8 false
# discrepant): precision 985/1325, graded-only 460/460, recall 1000/1248, labels 162/176,
# errors caught 33/51 (the new pages brought 6 errors, none caught), 0 false discrepant/minor,
# 0 false impostor.
# Raised after branch acc-lists (a pair's votes listed regency by regency after its total, read
# with each item's own area: the read.id Gorontalo plenary, +23 claims, all right): precision
# 1008/1348, graded-only 472/472, recall 1023/1248, 0 false discrepant/minor.
# Raised after branch acc-catch (rules/sources.yaml widened from reports of Dewan Pers
# verification; a headline giving the date the result is due is no result; a share stated
# after a complete count gets no moment leeway; a hoax's quick count quoted far off is graded;
# a news page's "menurut unggahan yang viral" quotes; an earlier election's share held to the
# page's own votes; a known name after "KPU Kota" is no unknown place): precision 1017/1347,
# graded-only 480/480, recall 1028/1248, labels 170/176 (dev 137/137), errors caught 39/51
# (dev 39/48), 0 false discrepant/minor, 0 false impostor.
# Raised after branch acc-wrong (no wrong part stated: totals are no pair's votes, a regency's
# Pilpres plenary names the regency, the race a place holds in the record, bare "Yogyakarta" is
# DIY, list items take their introducing line's election, venues and site names are no area, a
# race named on a city's page leaves the area unknown, progress worded as data in): precision
# 1029/1330, precision of the stated parts 1243/1330 (dev 1070/1116), graded-only 478/478,
# recall 1042/1248, 0 false discrepant/minor.
# Reset on 2026-12-05 when the corpus grew from 176 to 200 pages (24 more real pages,
# corpus-f, tests/corpus/batches/corpus-f.txt: new provinces and outlets; measured alone
# before any change: precision 106/148, graded-only 20/21, recall 115/210, 1 false
# discrepant (a holdout page), errors caught 0/11, labels 19/24). After branch acc-f's fixes
# (names ending in "dan", a heading's names, an unknown pair nearer the figure, a TPS's count,
# a nearer ballot number, regions in brackets or written as one word, a headline verb, a
# "Name: figure" item is no heading): the
# 176 earlier pages alone stand at or above the old floors (precision 1007/1329, graded-only
# 466/466, recall 1023/1248, labels 162/176, errors caught 33/51, 0 false flags); all 200:
# precision 1128/1479, graded-only 489/490, recall 1152/1458, labels 181/200, errors caught
# 33/62, 1 false discrepant (on a holdout page of corpus-f, kept out of the loop), 0 false
# impostor. The floors below are the 200-page figures: precision raised, the others lowered
# only by the new pages' weight.
# Merged 2026-12-05 (acc-catch, acc-wrong, acc-f, acc-recall; 200 pages with corpus-f): the
# 176 earlier pages stand at precision 1086/1312, stated 1238/1312, graded-only 488/488, recall
# 1066/1248, labels 170/176, errors caught 40/51, 0 false flags; all 200 below. The one false
# discrepant is on a corpus-f holdout page, kept out of the development loop (measured, not
# fixed); the ceiling holds it at 1 so a second one fails.
# Reset on 2026-12-05 when the corpus grew from 200 to 224 pages (24 more real pages the code
# had never seen, corpus-g, tests/corpus/batches/corpus-g.txt: Pilkada 2018/2020 and Pemilu
# 2019 pages, regent/mayor races of Sulawesi, a Bali TPS, Humbahas kecamatan voters, Pilpres
# abroad and a Sirekap share typo, quick counts, pages without results). Measured alone before
# any change (commit e93868f, extractor unchanged): precision 65/136, graded-only 15/26, recall
# 61/75, 10 false discrepant/minor (9 on dev pages: Pilkada 2020 and 2018 figures compared with
# the 2024 record; 1 on a holdout page), errors caught 0/2, labels 20/24. The 200 earlier pages
# stand exactly where they were (precision 1208/1459, graded-only 511/512, recall 1196/1458,
# labels 191/200, errors caught 40/62, 1 false flag); the floors below are the 224-page figures,
# lowered only by the unseen pages' weight, and the false-flag ceiling holds the 11 measured.
# Reset again the same day when 7 more unseen pages joined (corpus-g2, batches/corpus-g2.txt;
# measured alone before any change: precision 26/45, graded-only 12/13, recall 28/34, 1 false
# discrepant (a regency's Pilpres votes, "Sidrap", compared with the province), errors caught
# 0/2): all 231 pages below; the 224 before them unchanged.
# Raised after branch acc-gfix (corpus-g/-g2 dev mistakes: a running mate is never another
# pair's initial, cut-off member or headline verb; the one earlier election a page of unknown
# date names is its figures'; a pair the 2024 roster lacks takes no 2024 ballot number; short
# regency names Sidrap/Pangkep/Humbahas, "Tanah Toraja"; a list's last place is no later
# figure's area;
# "nomor urut 02 ini" is the pair named before; a DPD list under its line): precision
# 1334/1641, stated 1522/1641, graded-only 540/542, recall 1288/1567, 0 false flags on dev
# pages (the 2 left are on holdout pages, kept out of the loop).
# Raised after branch acc-catch (second pass): a debunk whose result words are all debunked is
# still read; a debunk's hoax figures the record holds nothing for are reported as the refuted
# hoax's (scored as a flag both ways: caught on a wrong figure, false flag on a right one); a
# debunk that reports a pollster's own count shows results; "Rekapitulasi Hasil Penghitungan
# Suara" names the process; Asumsi listed; KPU Kalsel's plenary shipped. All 200 pages:
# precision 1218/1470, stated 1374/1470, graded-only 520/521, recall 1205/1458, labels
# 194/200 (dev 154/154), errors caught 57/64 (dev 56/60, 6 of them as the refuted hoax's;
# with KPU Malut's plenary shipped too),
# 1 false discrepant (the corpus-f holdout page), 0 false impostor.
# Raised after branch acc-recall (issue 10, recall: a card's heading that is the pair, a pair's
# kecamatan list, a kab/kota list under a sentence ending in a colon, a paragraph about one
# pair, names KPU writes shorter or the page abbreviates, a bare count in a list of counts,
# "886. 251 suara"; tests/test_recall_lists.py): dev recall in record 1019/1200 -> 1080/1200
# (90.0 %), dev precision 1028/1198 -> 1089/1257, 0 false flags on dev; all 200 below.
# Raised after branch acc-nomor (ballot numbers and elections: a pair matched member by member
# in its race, a name after "TPS" is a place, "N suara untuk X", "mereka" is no empty box,
# progress before another race's pairs, a dated count or a later paragraph after the body
# named the Pilpres 2024 is not the head's earlier election; the benchmark counts an election
# outside the annotations' keys as their "other"): all 200 pages, precision 1229/1456, stated
# 1376/1456, graded-only 517/518, recall 1212/1458 (dev 1048/1195, 1034/1200, 0 false flags;
# holdout 181/261, 178/258, the same 1 false flag as before).
# Branch acc-region (2026-12-05, region and race attribution, tests/test_region_scope.py):
# dev precision 1028/1198 -> 1055/1195, stated 1158 -> 1170, recall 1019 -> 1039/1200, 0 false
# flags; holdout precision 180/261 -> 181/261, recall 177 -> 178/258 (looked at, never opened).
# All seven of 5 December's afternoon branches merged (acc-gfix, acc-catch, acc-recall,
# acc-nomor, acc-region with perf-text and perf-rest), 231 pages: dev precision 1256/1411,
# stated 1387/1411 (98.3 %), graded-only 527/527, recall in record 1198/1286 (93.2 %), 0 false
# flags; holdout 197/295, 229/295, 63/65, 196/281, the same 2 false flags (not opened).
# Branch acc-labels2 (labels of corpus-g's dev pages, tests/test_labels_g.py): ERA.id and
# Kantor Berita MINA listed, a quick-count explainer without figures shows no result, the
# kecamatan each pair won are results: labels dev 175/180 -> 179/180, holdout 45/51 (the
# same), all 220/231 -> 224/231; every other figure unchanged.
# Branch acc-errs3 (errors caught, planted errors; tests/test_same_reading.py,
# test_plenary_far.py, test_errors_caught_g.py, test_planted_errors.py): Voxpol's doctored-screen
# sample progress re-annotated accurate:null (nothing says it was altered); a figure off the
# reading the page's other pairs copy exactly is minor; a plenary share far beyond a nearly
# complete Sirekap count is graded; counts whose shares are the country's prove the national
# tally. Errors caught dev 60/64 -> 60/63, holdout 1/4 -> 2/4, all 61/68 -> 62/67; false flags
# unchanged (0 dev, 2 holdout); planted errors on dev 348/515 -> 389/515.
# Reset on 2026-12-05 when the corpus grew from 231 to 246 pages (corpus-i, 15 real pages the
# code had never seen, batches/corpus-i.txt: Pilpres per province and nationally, DPD, quick
# counts, a 2019 hoax list, earlier elections that read like 2024). Measured before any fix
# (all 246): precision 1537/1833, stated 1729/1833, graded-only 601/605, recall 1449/1626,
# 4 false flags (2 on corpus-i dev pages: Pilpres 2019 votes graded against 2024), errors
# caught 61/96 (the new pages brought 28 errors, none caught), labels 239/246. After branch
# fix-i (tests/test_unseen_i.py: the latest earlier election a page names is its default, a
# relative clause's year dates its own sentence, a count no province reaches is the
# country's, invalid votes/'selisihnya'/'dari N% suara yang sudah masuk'/residents/'24, 8'
# are no pair's figure, a hoax's '01 : share' list read and refuted, a rival stands in its
# opponent's race, progress in words, 'N suara memilih pasangan X'): all 246 pages below.
# Precision and catch rate sit below the old floors only by the new pages' weight (the 231
# earlier pages: precision 1456/1705 -> 1457/1703, stated 1615 -> 1616, graded-only 598/600
# -> 599/600, recall 1397 -> 1398/1567, errors caught 61/68, labels 224/231, false flags 2 ->
# 1: at or above their old floors); the others are raised, and
# the false-flag ceiling falls to the 1 left (a holdout page, not opened).
# Branch acc-prec3 (region names, tests/test_region_names.py: short forms and spellings with
# sources in rules/regions.yaml, a kabupaten/kota name left open unless a prefix, a race word
# or the pair's race says which; a table row's place written "1. Sidoarjo" or "Sidoarjo
# (Kab.)", a row of a place the record does not know is region_unknown; "Sidoarjo 612.345
# suara, Gresik ..." places each figure): dev precision 1259 -> 1260/1410, stated 1386 ->
# 1387, recall 1201 -> 1202/1286, 0 false flags; holdout 197/295 -> 212/298, stated 229 ->
# 244, graded-only 63/65 -> 75/77, recall 196 -> 211/281, the same 2 false flags (looked at,
# never opened); all 1472/1708, 1631/1708, 610/612, 1413/1567.
# Reset on 2026-12-05 when the corpus grew from 231 to 246 pages (15 regional Pilkada pages
# never seen, corpus-h, tests/corpus/batches/corpus-h.txt; the merged tree measured 1520/1806,
# stated 1697/1806, graded-only 611/613, recall 1441/1641, 2 false flags, errors caught 64/79,
# labels 237/246 with them before any fix). After branch fix-h (tests/test_unseen_h.py:
# bracketed dash initials "(BW-MI)", bounds before counts, progress "atau 1899 dari 1900 TPS",
# a split decimal, dd-mm-yyyy bylines, a regency KPU's plenary of the governor race, a
# headline's "N suara di <kab/kota>", shares adding to over 101 %, unit-less list items,
# "Paslon petahana ini" across a paragraph, BATAMTODAY and Padangkita listed): all 246 pages
# below. Precision, stated, recall and catch rate sit under the 231-page floors by the new
# pages' weight only (the 231 earlier pages did not fall); the false-flag ceiling drops to 1.
# Merged on 2026-12-05 (evening): corpus-h (15), corpus-i (15) and corpus-j (16) added, 277
# pages. corpus-j was written after the day's fixes began and never tuned on: on main 6ee5603
# precision 43/71, recall 45/73, 0 false flags; after the merge 45/72, 48/73, 0 false flags.
# acc-errs3's far-off plenary share rule was reverted at the merge: it flagged an accurate
# figure on a corpus-j holdout page. Floors are the merged tree's 277 pages (lower than the
# 231-page floors by the new, unseen pages' weight). The 231 earlier pages alone: precision
# 1456/1705 -> 1476/1707, stated 1615 -> 1635, graded-only 598/600 -> 613/614, recall
# 1397 -> 1417/1567, false flags 2 -> 1, errors caught 61/68 -> 62/67, labels 224/231; their
# holdout (51, never opened) 197/295 -> 216/299, recall 196 -> 215/281.
# Then corpus-k (12 pages, written and measured on the merged tree, never tuned on): 58/70,
# graded-only 23/23, recall 62/92, 0 false flags; one approximate count ("kisaran 2,4 juta")
# graded discrepant on a dev page became tests/test_approximate.py. 289 pages below.
# Branch fix-h2 (tests/test_unseen_h.py: a title-case headline's "63 Persen di Kotabaru",
# "Suara tertinggi tercatat di Bukittinggi, 89,46%" after the one pair's total, a split
# thousands point never read after an identifier): dev 1471 -> 1477/1668, stated 1633 ->
# 1639, graded-only 565/565 -> 567/567, recall 1330 -> 1337/1449, 0 false flags; holdout
# unchanged (248/368, 250/324, 1 false flag).
# Branch fix-i2 (tests/test_unseen_i.py, the corpus-i dev causes fix-i left: a range read as
# its first number and held, 'Penantang itu' / 'Paslon ini' back to the one pair named in the
# sentences before (of any election), people counted who 'memilih' a pair, a related-article
# headline's figure only for a record's pair, Cambodia abroad): dev precision 1471/1666 ->
# 1476/1672, stated 1633 -> 1641, recall 1330 -> 1332/1449, all figures 1557 -> 1563/1873,
# errors caught 89 -> 91/104, 0 false flags; holdout 248/368 -> 248/366 (not opened), the
# rest unchanged. All 277 pages below.
# The evening's merge, all of it (branches above plus fix-h2, fix-i2, perf-gate, scale-mem and
# the merge's own fixes; two corpus-i pages that repeated corpus-h's articles removed): 287
# pages below. corpus-j (never tuned on) 45/71, recall 48/73;
# corpus-k 58/70, 62/92; both 0 false flags. The 231 earlier pages: 1477/1706, recall
# 1419/1567, errors caught 64/67; their holdout 216/298, recall 215/281, 1 false flag.
# Branch fix-jk (tests/test_unseen_jk.py, the corpus-j/k dev causes; tests/corpus/findings/
# corpus-jk.md): a "Baca juga" line's race is not the page's, "belum menembus 25 persen" is a
# bound, a list's "Total suara:" is the area's, nicknames in brackets name the pair, a region's
# name never spans a line break, a kab/kota's plenary of its own race and the governor's, a
# share someone "memperoleh" after a progress word, "data ... yang terkumpul ... sudah
# mencapai", "Angka itu setara dengan N suara". Dev 1489/1685 -> 1500/1683, stated 1655 ->
# 1664, graded-only 586/586 -> 590/590, recall 1382 -> 1393/1505, 0 false flags; holdout (not
# opened) 267/393 -> 271/393, stated 334 -> 339, recall 269 -> 273/360, the same 1 false flag.
# Branch fix-region (tests/test_region_confidence.py: a region never guessed: no name across a
# line break, no place past the sentence's next item, the title's place not carried past
# another of the race's, a province named as the race on a city's page, a place alone under
# the headline as the dateline, the last of a list a sentence before): dev 1489/1685 ->
# 1489/1683, stated 1655 -> 1660; holdout (not opened) 267/393, stated 334 -> 335; the rest
# unchanged. All 287 pages below.
# Lowered on 2026-12-05 (evening) because of new unseen pages only: corpus-m (14 real pages
# the extractor had never seen, tests/corpus/batches/corpus-m.txt: PPLN counts city by city,
# kecamatan lists, a partial national recap next to a party's DPR share; measured alone before
# any code change: precision 29/98, graded-only 4/5, recall 38/156, 1 false discrepant, errors
# caught 0/5, labels 13/14; findings in tests/corpus/findings/corpus-m.md). The 287 pages
# before them are unchanged (the old floors hold on them); the extractor was not touched. 301
# pages below; the false-flag ceiling rises to the 2 measured (the second is a corpus-m dev
# page's party share read as a pair's, left for the fixer).
# Branch fix-m (tests/test_unseen_m.py, corpus-m's dev causes): a figure a party owns ("PDIP
# 17,96%") is legislative, never a pair's; a national count the page also writes beside a
# partial recap ("di 36 provinsi") is that partial tally: the ceiling falls back to 1. Then
# a PPLN city is its record area (99xx) for the 2024 Pemilu, and a bracketed "(kurang 181
# suara ...)" is a difference: dev precision 1515/1778 -> 1533/1776, stated 1729 -> 1727
# (Sydney's PPLN code 99AL, which the corpus truth cannot hold), recall 1417 -> 1435/1656,
# false flags 1 -> 0; holdout unchanged (270/398, 272/365, 1 false flag). 301 pages below.
# Corpus-l (14 unseen pages, measured before any code change; the only allowed lowering):
# 2025 re-votes read as the 2024 round, a kecamatan list under roman headings put at the
# regency, 'H. L.' for Lalu, a count without 'suara', three newsrooms/monitors not yet known.
# The 287 pages before it still reach the old floors (1756/2078, 1989/2078, 681/682,
# 1651/1865, 277/287, 99/119). 301 pages below.
# Raised after branch fix-l (re-votes held after the record's round are another round; a list
# introduced as per kecamatan is below the record's level; a clock time is no English number
# style; short names after "atau" and of members' initials; three register-verified newsrooms
# and a Bawaslu-accredited monitor): corpus-l dev 23/83 -> 78/85, recall 24/54 -> 48/54,
# labels 9/13 -> 13/13, 0 false flags; all 301 pages below (holdout 287/416 -> 305/433).
# The merge of 5 Dec's late evening (fix-jk, fix-region, fix-m, fix-l with corpus-l and
# corpus-m, and three speed branches, reports byte for byte the same): 315 pages, 28 of them
# added this evening unseen (their measure before fixes above). Dev 1633/1861, holdout (not
# opened) 312/438, 1 false flag (the old holdout one). The catch rate falls with the new pages'
# uncaught errors only (a re-vote's typo has no record to be caught against; 99 caught as before).
# Corpus-n (10 unseen pages, measured before any change: dev 41/58, holdout 15/20, six false
# discrepant on one dev page, a national plenary's province counts graded as the country's):
# a presidential pair's count small enough to be one province's is not the country's on a page whose
# only national word is the lead's (tests/test_unseen_n.py): the six flags go, nothing else
# moves. 325 pages below.
# Raised after branch fix-m2 (a pair's kecamatan list in brackets, "Kecamatan Gerokgak
# (15.381), Seririt (15.835)", read at the record's kecamatan codes): dev 1633/1861 ->
# 1665/1893, holdout unchanged (312/438), no new false flag; then a count said of one
# kecamatan the record holds ("23.858 suara di Kecamatan Sukasada", "di Kecamatan Busungbiu
# dengan 12.612 suara") at its code: dev 1668/1893; then "N suara di 127 wilayah PPLN" (and
# the next sentence's "Di urutan kedua ...") as the votes abroad (99), held partial: dev
# 1669/1893, holdout 313/438 (not opened).
# With branch fix-m2 merged too (a pair's kecamatan list in brackets read at the record's
# kecamatan; "di N wilayah PPLN" is the votes abroad, a partial tally): dev 1710/1951, holdout
# 328/458, 1 false flag (the old holdout one). 325 pages below.
# Raised after branch fix-old (rules/past-candidates.yaml, figures/past_pairs.py: the pairs and
# ballot numbers of Pilpres 2014/2019, Pilgub DKI 2017, 16 governor races of 2018 and 9 of
# 2020, each verified against a report stating them; a pair named member by member that stood
# in one past election only decides that election, and fixes its race over a place named before;
# a page of unknown date naming only one past election's pairs is that election's;
# tests/test_past_pairs.py. Dev truth of four
# 2018 pages completed with those numbers, Sultra's list-order swap corrected): dev precision
# 1710/1951 -> 1806/1953, stated 1909 -> 1914, recall all figures 1822 -> 1922/2223; holdout
# (not opened) 328/458 -> 375/458, stated 399 -> 403; the same 1 false flag; recall in record,
# graded-only, labels and catch unchanged. 325 pages below.
# Corpus-o (10 unseen pages, measured on main 7fcea70 before any code change: dev 26/58,
# holdout 15/15, no false flag): a kecamatan list with the name on its own line, a kecamatan's
# counts read at a city plenary, a quick count's nicknamed pairs. The 325 pages before them
# still measure 2038/2409, 2308/2409, 752/753, 1921/2222, 99/126; the new pages alone lower
# precision, stated precision, recall and the catch rate (the only allowed lowering). 335 pages.
# Raised after branch fix-o (a kecamatan's bare name on its own line heads the pair lines under
# it; a PPK's reading at a city plenary is the kecamatan's; a lower-case "lalu" before a pair's
# short names, "Zul-Uhel" in rules/candidates.yaml, "persen data suara masuk" as progress; a
# pair's kecamatan list against its kab/kota count): corpus-o dev 26/58 -> 59/59, holdout
# 15/15 (not opened), errors 1/3 -> 3/3; all 2112/2483, no new false flag. 335 pages.
# Raised after branch fix-pilkada (Pilkada 2024 scope: "diikuti 03 dengan 8.806 suara" names
# ballot 3; a margin before a colon leaves the list after it; a pair's total after its
# kecamatan list is the race's area; a kab/kota name inside a kecamatan's is not that kab/kota;
# "di ketiga TPS" is below; the province after "Kabupaten X," is its address; a related
# article's line takes no area from this one; a headline's count "... Menang di Badung" is
# Badung's; "Tahun 2024" names nobody; "jarak keduanya" is a margin): dev 1710/1951 ->
# 1738/1956, holdout 328/458 -> 331/458 (not opened), all 2069/2414, stated 2333/2414, recall
# in record 1945/2222, errors caught 100/126, no new false flag.
# Raised after branch fix-pilpres (tests/test_pilpres_area.py: the area of a Pilpres count:
# a partial tally opening the next paragraph is not this figure's; a province or PPLN carried
# over short paragraphs by words pointing back to it, "Di provinsi itu", "di posisi kedua"
# after its count, a paragraph opening with it that ranks the pairs; "Unggul di Luar Negeri"
# is the record's area 99, whose real count moves beyond the 10-point drift; "KPU Cilacap" in
# the headline is the regency reported on): dev 1710/1951 -> 1740/1953, stated 1909 ->
# 1917, graded-only 652/652 -> 674/674, recall 1588 -> 1614/1777, 0 false flags, errors
# caught 92 -> 94/112; holdout (not opened) 328/458, stated 399 -> 401, the same 1 false flag;
# planted errors on dev 499/687 -> 521/704.
# Lowered on 2026-12-05 (late evening) because of new unseen pages only: corpus-p (10 real
# pages mixing elections and levels, tests/corpus/batches/corpus-p.txt, all 10 in dev by the
# slug hash; measured before any code change: precision 17/47, graded-only 11/11, recall
# 17/31, 0 false flags, errors caught 1/3, labels 9/10; findings in
# tests/corpus/findings/corpus-p.md). The 325 pages before them measure exactly what they did
# (2038/2409, 2308/2409, 752/753, 1921/2222, 315/325, 99/126); the extractor was not touched.
# 335 pages below.
# Branch fix-p (corpus-p's dev causes, tests/test_unseen_p.py: a masthead in capitals before
# the city is a dateline, "38 provinsi di Indonesia dan 128 wilayah luar negeri" is the country,
# KPU "menetapkan" is the plenary; the leader owns a share after the rivals it leads; dapils and
# list places of the legislature are no region and no ballot number, a Pileg named before keeps
# its year; a regency KPU's address is no area; a pair named takes a figure out of a DPRD page's
# legislature; kapanewon are kecamatan; turnouts, thresholds and targets are no shares;
# Pasundan Ekspres listed): dev precision 1727/1998 -> 1747/1987, stated 1926 -> 1948, recall
# 1605 -> 1614/1808, errors caught 93 -> 95/115, labels 259 -> 260/264, 0 false flags; holdout
# unchanged (328/458, 100/101, 333/445, 7/14, 1 false flag); all 335 pages below.
# The lead's merge of fix-old, fix-o, fix-pilkada, fix-pilpres, fix-p (and the report-neutral
# perf-fig, perf-hostile), 345 pages with corpus-o and corpus-p: dev 1954/2055 (stated
# 2035, graded 737/737, recall in record 1725/1868, errors 101/118), holdout 395/473 (not
# opened; stated 424, recall 348/461), the same 1 false flag (the old holdout page).
# Then fix-bare, a trade made on purpose (precision first): a bare kab/kota name before a figure
# in its sentence ("menyebut Bukittinggi ..., yaitu 89,46%") makes the figure's area unclear
# instead of the province's (tests/test_bare_names.py: it would have been graded against the
# province). Dev unchanged; holdout (not opened) strict 395 -> 393, recall in record 348 ->
# 345, two correct graded claims held instead: precision 2349 -> 2347, recall 2073 -> 2070.
# Lowered on 2026-12-06 because of new unseen pages only: corpus-r (10 real pages the
# extractor had never seen, tests/corpus/batches/corpus-r.txt: debunks, Pilpres by province,
# the Papua Selatan and Kaltara Pilgub plenaries, a 2025 Pilkada ulang quick count, a quick
# count, pages without results; 8 dev, 2 holdout by the slug hash; measured before any code
# change: dev 45/49, graded-only 8/8, recall 44/64, errors caught 1/4, labels 7/8, 0 false
# flags; holdout 3/7, 2 false discrepant; findings in tests/corpus/findings/corpus-r.md). The
# 345 pages before them measure exactly what they did (2347/2528, 2460/2528, 842/843,
# 2070/2329, 335/345, 108/132); the extractor was not touched. The false-flag ceiling rises to
# the 3 measured: the old holdout one and two on a corpus-r holdout page (not opened, left for
# a fixer who may only look at their numbers). 355 pages below.
# Raised by fix-r (tests/test_fix_r.py): an early real-count share its page's own counts show
# small is of another moment; a 2025 "pilkada ulang" is a re-vote (the two corpus-r holdout
# false flags go, ceiling 1); a pair's count beyond an incomplete reading's total is still the
# pair's; nickname lists tied to pairs by the page's sums; a total's typo singled out by the
# page's area list; "keunggulan <pair> dengan N%"; a ranked party owns its share. Dev
# 2016/2121, stated 2098, graded 747/747, recall 1786/1932, errors 104/122, 0 false flags
# (10 on figures of unknown accuracy, 13 before); holdout (not opened) 400/480, 1 false flag.
# Lowered on 2026-12-06 because of new unseen pages only (the one allowed lowering): corpus-q
# (10 real Pilkada 2024 regent/mayor pages, tests/corpus/batches/corpus-q.txt, 9 dev and 1
# holdout by the slug hash; measured before any code change: dev precision 50/73, stated 71/73,
# graded-only 24/24, recall 51/91, errors caught 1/5, labels 9/9; holdout 7/9, recall 7/10; no
# false flag, 2 flags on figures of unknown accuracy; findings in
# tests/corpus/findings/corpus-q.md). The 345 pages before them measure exactly what they did
# (2347/2528, 2460/2528, 842/843, 2070/2329, 335/345, 108/132); the extractor was not touched.
# Labels rise (the new pages are all labelled right); the ceiling stays at the 1 old holdout flag.
# 355 pages below.
# The lead's merge of fix-r (with corpus-r) and corpus-q (365 pages; corpus-q's fixes not yet
# in): dev 2066/2194, stated 2169, graded 771/771, recall 1837/2023, errors 105/127, 0 false
# flags; holdout (not opened) 407/489, stated 439, 108/109, recall 355/474, 1 false flag.
# Branch fix-names (which pair a figure is: tests/test_fix_names.py: a pair written after the
# figure's giving word owns it, a party's name is no pair's, a pair by its members' initials,
# ranking words and a headline's "Raih" no part of a name, one small count "masing-masing" each
# pair's, a headline's winner owns the figure after the pair it beat): dev 1954/2055 ->
# 1965/2053 (stated 2035 -> 2037, graded 737 -> 740/740, recall in record 1725 -> 1730/1868),
# holdout unchanged (393/473, 1 false flag); all below.
# The lead's merge with fix-names: dev 2077/2192 (stated 2171, graded 774/774, recall
# 1842/2023), holdout (not opened) 407/489, 1 false flag.
# Branch fix-catch (errors caught from evidence on the page, tests/test_fix_catch.py: a figure
# off the reading its race's other figures copy exactly is held to it at any moment; a
# plenary figure stated twice one digit apart is held to the statement the record or the
# page's own counts settle; a count that breaks the page's own margin; shares missing 100
# singled out by a reading still under way): errors caught 108 -> 109/132 (dev 101 -> 102/118:
# Surabaya's cut "81,3" beside its "81,4"), no new false flag (0 dev, the 1 old holdout);
# precision, recall and labels unchanged; planted errors on dev 575/784 -> 622/784.
# The lead's merge with fix-catch (its catches: a figure departing from the one reading its
# neighbours copy, a plenary figure stated twice one digit apart, a count breaking the page's
# stated margin, the share-sum culprit singled out by a Sirekap reading under way).
# Branch fix-regency (regency and kecamatan attribution, tests/test_fix_regency.py: a kab/kota
# then its own province after a comma is one place; a kecamatan the sentence names, in the
# race's or the page's kab/kota; a related headline's KPU names its area; "di Tingkat Kota" is a
# stage, not a city; a count too large for the kecamatan named before it is their kab/kota's
# when the record shows it fits; "(19/2)." ends a sentence; Batu's truth given Sirekap's
# kecamatan codes): dev 1954 -> 1972/2056, recall in record 1725 -> 1744/1868, graded 738/738,
# 0 false flags; holdout (not opened) 393/473 -> 393/472, recall 345/461 unchanged, the same 1
# false flag; all 2365/2528, stated 2461, graded 843/844, recall 2089/2329.
# The lead's merge with fix-regency.
# Branch fix-nat (national and abroad figures, tests/test_fix_nat.py): a tally of many
# provinces is the country's count so far ("", held partial_tally, as the corpus annotates it;
# one dev truth aligned), "suara sah nasional dan PPLN" is the country, "Abu Dhabi, UEA" is a
# PPLN's line, provinces a pair won are not its count's area, a head over many provinces and a
# quick count are no one province's, "Name: 80" lines of a PPLN list are counts, the record's
# PPLN codes with letters (99AI) annotated as such (two dev truths): dev 1954/2055 ->
# 1995/2073 (stated 2035 -> 2056), recall in record 1725 -> 1767/1868, 0 false flags; holdout
# unchanged (393/473, 345/461, 1 false flag); all 2388/2546, stated 2481, 2112/2329.
# The lead's merge with fix-nat (partial national tallies carry the country and stay held;
# country plus abroad is the country; PPLN lines and letter codes; a truth aligned to the
# partial-tally convention, disclosed in its branch).
# Raised after branch fix-q (tests/test_fix_q.py, corpus-q's dev causes): a labelled count
# under its pair's line ("Kabupaten Asahan: pair" / "Raihan suara: 122.437", count_lines), a
# heading ending in "Kota" opens no unknown place with the next line's word ("Limapuluh Kota" /
# "Deni Asra-..."), "dari kabupaten itu" leaves a province's figure area-unclear, an earlier
# Pilkada's province names no governor race, a whole share the record's value cuts short to is
# consistent ("91 persen" for 91.62): dev 2004/2128 -> 2021/2141, stated 2106 -> 2119, graded
# 761/761 -> 765/765, recall 1776 -> 1793, flags on unknown-accuracy figures 12 -> 11; holdout
# (not opened) unchanged.
# The lead's merge with fix-q (a labelled count line under a pair, a place prefix shares a line
# with its name, 'kabupaten itu' is no province, an earlier Pilkada's province alone implies no
# 2024 governor race, a headline's share cut short is the record's) and perf-cold, perf-prose
# (reports the same) and the hash-seed fix of region names.
# Lowered on 2026-12-06 because of new unseen pages only (the one allowed lowering): corpus-s
# (10 real pages, tests/corpus/batches/corpus-s.txt: Pilkada 2024 regent/mayor/governor pages of
# Pekalongan, Flores Timur, Kubu Raya, Maluku Utara, Kalteng; Pilpres of Maluku Utara, NTT and
# the first Sirekap evening; a Jakarta hoax report; a plenary report without figures; 9 dev and
# 1 holdout by the slug hash; measured on the merged tree 3a8c919 before any code change: dev
# precision 33/47, stated 42/47, graded-only 15/15, recall 34/43, errors caught 1/2, labels 6/9;
# holdout 3/3, recall 3/3, errors 3/3; no false flag; findings in
# tests/corpus/findings/corpus-s.md). The 365 pages before them measure exactly what they did
# (2543/2699, 2632/2699, 883/884, 2258/2497, 354/365, 113/141); the extractor was not touched.
# The ceiling stays at the 1 old holdout flag. 375 pages below.
# The lead's merge with corpus-s (375 pages: the night's fixes measured on 10 more unseen pages
# first, in corpus-s's own comment above).
# Corpus-t (branch acc-t, tests/corpus/findings/corpus-t.md): 10 pages never seen (all dev by the
# split), measured with the merged extractor unchanged: precision 45/68, stated 53/68, graded-only
# 18/18, recall in record 22/29, labels 7/10, errors caught 3/3, 0 false flags, 0 false impostor.
# The one allowed lowering: the floors are reset to the 375-page "all" figures (the 365 pages
# before them measure exactly the old floors; precision, stated, recall and labels fall only by
# the new pages' weight, the catch rate rises). The false-flag ceiling stays 1.
# acc-t2: reset to the 372-page "all"; 3 corpus-t pages dropped as corpus-s duplicates, no fix.
# The lead's merge with corpus-t (7 pages after the three duplicates of corpus-s left; 382
# pages).
# The lead's merge with fix-unread (progress in prose, kecamatan lists without the word, one
# unit for two counts, a count after 'unggul tipis ... berbanding'). Its card reading of 'Raihan
# suara: N' under a pair duplicated fix-q's count_lines: one implementation kept (count_lines,
# which also takes 'Perolehan: N').
# Raised by fix-s (tests/test_fix_s.py: corpus-s's dev causes 1-6 of findings/corpus-s.md):
# dev 2184/2271 -> 2195/2275, holdout 410/491 -> 426/508, errors caught 117 -> 118/146.
# The lead's merge with fix-s (a count far below a nearly complete Sirekap reading, a place
# after a speech verb is the venue, headline verbs no part of a name, campaign package names,
# kecamatan after a lead-in, one-capital short names in brackets).
# fix-t (corpus-t causes 1-3: a ranked list goes on with its place for every race; 'pasangan
# usungan ... itu'; the votes abroad beside a tally of provinces; all kab/kota of a province
# summed): raised to the 382-page 'all' measured (2645/2814, 2739/2814, 921/922, 2332/2560,
# 365/382, 119/148); dev false flags 0, the ceiling stays 1.
# The lead's merge with fix-t (a results list keeps its place through rank words, 'pasangan
# usungan <backers> itu', votes abroad stay abroad, a list of every kab/kota summed is the
# province). fix-unread's and fix-t's backers' anaphora were one rule written twice: fix-t's
# (capitalised backers or an acronym) kept.
# Then other_race (tests/test_other_race.py, found by the stress mode): a pair of the area's
# other Pilkada race named in the sentence ('Sementara itu pada Pilkada Kabupaten Pulang Pisau,
# pasangan nomor urut 1, Ahmad-Ahmad, ...' on a Pilgub page) is that race's, not the page's
# race's pair of that number; dev unchanged, holdout (not opened) +1.
# corpus-x: floors reset to the 390-page figures
# Corpus-v (branch acc-v, tests/corpus/findings/corpus-v.md): 8 Pemilu 2024 results pages never
# seen (7 dev, 1 holdout by the split), measured with the merged extractor unchanged: precision
# 24/41, stated 26/41, graded-only 10/12, recall in record 25/40, labels 5/8, no wrong figure in
# the originals, 0 false impostor, and 2 FALSE FLAGS, both on the one holdout page (causes not
# studied). The one allowed lowering: reset to the 390-page 'all' figures; the 382 pages
# before them measure exactly the old floors. The false-flag ceiling rises from 1 to the 3
# measured (the old holdout one and the two new), to fall again when they are fixed.
# corpus-u: floors reset to the 389-page figures
# corpus-w: floors reset to the 389-page figures
# corpus-u, v, w and x merged: floors reset to the 412-page figures
# corpus-y: floors reset to the 390-page figures (8 pages of Java and Bali Pilkada results never
# seen, extractor unchanged; 0 new false flags, 0 false impostor)
# corpus-y merged: floors reset to the 420-page figures
# merge of corpus-x and corpus-v: floors reset to the 398-page figures
# fix-xv (tests/test_fix_xv.py: the dev causes of corpus-x and corpus-v): a KPU office named as
# the reading's source is its area; a place won before named in passing is no area; province
# epithets; shares the page's ballots cast explain, rounded or cut short, held other_basis;
# shares of a count of regencies or of a process done are no shares; a list's items are the
# place its introducing sentence names. Dev 2290/2385 -> 2299/2379, all 2756/2943 -> 2765/2937,
# stated 2855 -> 2862, recall in record 2441 -> 2450/2661; holdout unchanged but one share held
# (graded 127/130 -> 126/129); false flags 3 (all holdout), ceiling stays 3.
# fix-xv merged
# fix-catch2: count_ratios and settled grade plenary figures far off a nearly complete Sirekap
# count where the page's other figures place them (errors caught 120 -> 121).
# fix-catch2 merged
# fix-attr: a title-case headline's 'Kecamatan Rampung' is no place, 'dari N suara sah' and '50
# persen plus satu' are no pair's figures, 'di lima kecamatan' of a five-kecamatan kab/kota is
# all of it, a progress before one race's pairs with no area is that race's, a progress after
# a pair of the record (member by member) under a 2019 headline is 2024's
# fix-attr merged
# corpus-z: floors reset to the 390-page figures
# acc-z, fix-hunt, perf-crawl merged: the 428-page figures
# merge of corpus-u and corpus-w: floors reset to the 396-page figures
# fix-uw: raised after branch fix-uw (corpus-u and corpus-w dev causes: an earlier race the text
# names with its year and pairs outweighs the page's date; 'Pilkada Kabupaten/Kota X' is the
# regent/mayor race; '01 = 19,5%' quoted lines read; a fabricated poll's shares beside one
# caught are the refuted hoax's; a subjectless share takes the pair named before; the recap's
# own progress is no share; 'rekapitulasi internal' is an internal count)
# fix-uw, fix-incl merged: the 428-page figures
# fix-z: a survey's shares held, a campaign's quoted count, page-defined short names, the 38
# provinces without abroad
# fix-z, perf-prose2 merged: the 428-page figures
# fix-hunt2 merged
# fix-camp and fix-name merged: the 428-page figures
# fix-name reverted (it broke test_region_scope's Denpasar TPS case): the 428-page figures
# corpus-aa: floors reset to the 436-page figures
# fix-aa: a party's count carried through its speaker's next quote, a regency with its acronyms
# then its province, a year opening a list line, shares of TPS with a photo, '<'/'>' bounds,
# progress said in speech, a mid-count Sirekap share not confirmed by the decree
# fix-dev: a debunk's past-election quotes numbered after the hoax marking, progress of TPS, of
# a list's opening percentage and of 'suara sudah masuk', restated shares and voters, headline
# owners and units, quick counts by island group: the 428-page figures
# corpus-ab: floors reset to the 436-page figures (8 pages of margins, thresholds and re-vote
# counts measured before any fix: precision 11/32, recall in record 6/23; one new false
# discrepant on a dev page, Takalar's 'perbedaan suara ... mencapai 41 persen' read as ballot
# 1's share, so the false-flag ceiling is 4)
# fix-ab: raised after branch fix-ab (corpus-ab dev causes: a gap between two pairs ('perbedaan
# suara antara A dan B') is a margin, never a share; a re-vote's earlier count, added votes and
# total read each with its round; a count from a few TPS or at TPS level is below the kab/kota;
# a pair's TPS list read item by item; 'kedua paslon itu masing-masing A dan B' takes the
# sentence before's pairs and kecamatan; a share of seats and a law's year are no election
# figure); false-flag ceiling back to 3
# Floors after the session's merge (444 pages: corpus-aa and corpus-ab added; on the 428 pages
# before them precision 2878 -> 2918, recall in record 2571 -> 2599, labels 396 -> 399, errors
# caught 136/163 as before)
# Raised after branch labels-outlets (issue 10 §2: rules/sources.yaml lists the press companies
# of Dewan Pers's register, 1,025 hosts from its 2022 copy, and TIMES Indonesia's times.co.id;
# 17 dev labels re-judged independent on the register's evidence; holdout untouched): labels
# 409/444 -> 412/444 (dev 325 -> 332/351, holdout 84 -> 80/93: holdout pages stay unopened, so
# their truth was not re-judged as the dev pages' was).
# labels: holdout truths of register hosts re-judged, bakabar.com
# after fix-kec merge
# fix-missed: count_slips grades a count or share one keystroke off where the page pins it as a
# slip; detikBali Banjar 22.139 annotated as the slip it is (catch 137/165 -> 138/166)
# after fix-missed merge
# after fix-interim merge
# Measured after branch fix-campaign (a campaign's count a news page reports is the team's,
# quoted: held campaign_quoted): graded-only 1021/1024 -> 1023/1026, every other ratio the same.
# after fix-campaign merge
# after fix-blind5 merge
# Branch labels2 (2026-12-06): Radio Sonora, nusantaratv.com and two ANTARA bureau addresses
# listed in rules/sources.yaml with their sources; PAG001 reads party tallies and infobox cells.
# Labels 422 -> 425/444; no other figure moved.
# Branch labels2: a headline reporting a plenary being held is no result (dev noresult-
# satuarahnews). Labels 425 -> 426/444.
# kec-compare: a sub-area's figure compared at its kecamatan (sub_area_kecamatan) and a
# kecamatan aside no longer holding the next paragraph (ranked_aside)
# after kec-compare merge
# Floors raised to the measured 'all' after fix-strict (a kecamatan's bare name, lead-ins, list
# items and section headings read: precision 3016 -> 3025/3189, graded 1017/1020 -> 1026/1029,
# recall in record 2681 -> 2690/2882).
# after fix-strict merge
# corpus-ac: floors reset to the 452-page figures (8 Pilkada 2024 regent and mayor pages outside
# Java measured before any fix: precision 52/67, recall in record 57/73, no false flag)
# corpus-ad: floors reset to the 452-page figures (8 unseen pages of Pemilu 2024 and Pilkada
# 2024 results, extractor unchanged; the 444 earlier pages measure exactly the floors they had:
# 3025/3189, 3110, 1026/1029, 2690/2882, 426/444, 139/166). No new false flag: the ceiling stays
# 3.
# corpus-ac + corpus-ad merged: floors reset to the 460-page figures
# Raised after branch fix-missed3 (a pair's short name on the area's other race's page, a
# kab/kota's name restating its kecamatan named just before, a plenary 'tingkat KPU kota', one
# rule for a DPR figure's race region): dev strict 2524 -> 2534/2583, graded 876 -> 882/882,
# recall 2238 -> 2246/2294; holdout unchanged.
# after fix-missed3 merge
# fix-caught (2026-12-06): shares no reading of the page's own figures bears out
# (share_readings), a held count's own shares, two plenary counts a slip apart told apart by a
# complete Sirekap reading: errors caught 140 -> 142/166, graded-only 1026/1029 -> 1028/1031
# after fix-caught merge
# fix-ac: floors raised to the measured 'all' (asides skipped by the prose around them,
# semicolon kecamatan clauses, a city's counts after a kecamatan list, spaced-dash short names,
# a count's 'sudah mencapai' progress: precision 3077 -> 3094/3257, graded 1036/1039 ->
# 1042/1045, recall in record 2747 -> 2764/2955)
# after fix-ac merge
# fix-ad: corpus-ad's dev shapes (places won listed after a count, votes abroad carried past a
# heading, an office title naming a person, a share after a margin with its own figure):
# precision 3078/3242, stated 3163, graded 1043/1046, recall in record 2746/2945, recall all
# 3263/3643; flags unchanged
# after fix-ad merge
# after fix-blind7 merge and the after_lists guard
# fix-caught2: Madina's outsized count graded, two debunks' contrasted post figures refuted
# (catch 150/171, precision 3158/3309).
# Branch labels4 (2026-12-06): Cenderawasih Pos (ceposonline.com), Suara Pemred and Lingkar
# Jateng listed with a stored page naming publisher, editors and office; 14 dev pages whose host
# no page shows to be an established newsroom relabelled unofficial (issue 10 §2). Labels dev
# 345->363/365, holdout 92/95 unchanged, all 437->455/460.
# fix-left4: an undated page's ballot numbers held where its own roster is another election's; a
# line without a stop ends the sentence of the figure after it
# corpus-af: floors reset to the 468-page figures
# fix-af: a count before a re-vote is the first round's and the total after keeps the race's
# area, across sentences; an MK side's word owns a figure as the pair the page names as that
# side; a pair named by its parties listed with commas: precision 3183/3339, stated 3266, graded
# 1073/1076, recall in record 2844/3031; flags unchanged
# Reset on 2026-12-06 when corpus-ae added 8 pages (figures in document structure,
# tests/corpus/batches/corpus-ae.txt; all 8 dev), measured alone before any change: precision
# 87/137, stated 121/137, graded-only 51/58, recall 88/149, labels 7/8, errors caught 0/2, 7
# false discrepant (kept in the ceiling below): the floors below are the 468-page figures.
# fix-ae: corpus-ae's dev shapes (an island regency as pages write it, 'Pulau Seribu'; a count a
# twentieth of its pair's in the area on a page naming the area's parts held region_unclear; 'Di
# sini' after the paragraph naming a regency; the outlet's name no place; 'adapun lawan' the
# other pair): dev false flags 7 -> 0, the false-flag ceiling back to 3
# fix-ae: the acronym a page gives a pair ('dengan akronim GAS'): precision 3255/3448, recall in
# record 2927/3167
# merge-s29 (476 pages: corpus-ae and corpus-af added, 16 pages whose first contact measured
# lower; every branch's fixes merged): floors reset to the merged tree's measured all values
# corpus-ag: floors reset to the 484-page figures
# fix-ag (2026-12-06): 'N suara di X' runs read with the area after each figure, a stray 'juta'
# after an exact count, Iqbal-Dinda's alias, a regency page's own counts and a province recap's
# seat: raised to the measured 'all' values.
# fix-ae2: a 'Di sini' opening whose place cannot be carried is held region_unclear; kecamatan
# passages given their own progress; the trailing pair after 'tertinggal' goes on with the
# leader's place (dev precision 2763->2782, recall in record 2472->2491; holdout unchanged)
# merge-s29 final (484 pages: corpus-ae/af/ag added; every branch of the session merged): floors
# at the merged tree's measured all values
# fix-caught3: a pair's kecamatan list with 'sebanyak'/'sebesar' or a comma before each count
# (and one whose first item opens its sentence at the kecamatan) reaches each kecamatan; a count
# one keystroke off (or one digit too many) its area's final count is graded where the page's
# other counts of the race pin the final count: raised to the measured 'all' values
# fix-leg: legislative figures (a party's or caleg's count under its name and the page's area, a
# house's progress no pair's, one-dapil provinces) raise precision and stated precision
# corpus-ah: floors reset to the 492-page figures (labels fell: the Radar Sorong page's only
# figures sit before the pair at a sentence's start and are not read, so the page reads as no
# claims)
# fix-ah (2026-12-06): a campaign's count past the forms it was built from stays the team's; a
# count fronted before the pair is the subject's; "40. 676" before its share is one number.
# Recall in record 3079 -> 3081, labels 486 -> 487; graded 1157/1160 -> 1156/1159 (the AIYE
# campaign's 28 % no longer graded).
# fix-dev (round 2): a kecamatan's progress, a regency page's governor shares and presidential
# figures, kecamatan counts in three more wordings placed; dev 2881/2944.
# merge-s30: floors set to the merged tree's measured all values (fix-blind12/13, fix-leg, fix-
# caught3, fix-ah, fix-dev, perf-mates, perf-hostile, the opponent-after rule)
# dapil-rules (2026-12-06): an election named after a figure as the base it is compared with
# ('bertambah 136.489 suara dari Pemilu 2019', 'naik dibanding Pilpres 2019') no longer dates
# it. Precision 3483 -> 3484/3653, stated 3570 -> 3571.
# merge-s30 + dapil-rules: floors set to the merged tree's all values
# final merge-s30 tree (with fix-unknown): floors at its measured all values
# corpus-ai: floors reset to the 500-page figures
# corpus-aj: floors reset to the 500-page figures
# fix-caught4: a count under three quarters of its pair's nearly complete Sirekap reading in a
# list of one pair per area whose other counts stand at their readings is graded
# (below_listed.py); a count beyond its area's votes that is its final count with two
# neighbouring digits swapped is a slip (count_slips). Errors caught 154 -> 155/177, graded
# 1163/1166 -> 1164/1167.
# fix-dev6: a pair's kecamatan list that drops 'Kecamatan' once under way, a kecamatan written
# right before its count, every pair line of a kecamatan block, a joined spelling of a two-word
# kecamatan; dev 2956/3009 -> 2988/3032, recall 2617 -> 2649/2708, holdout unchanged
# merge-s31: floors at the merged 508-page figures
# fix-left5: counts with an English thousands comma, a share of the roll or ballots, a colon
# dateline (one holdout claim more attributed right): 3500/3652, recall 3112/3341
# corpus-ak: floors reset to the 516-page figures
# fix-ai (corpus-ai causes 1-3 and 6): a city's appositive naming its province, running
# kecamatan and regency lists after the pair is named once, the leader's figure after
# 'mengungguli A dan B di Provinsi P', data from KPU's site under a 'Quick Count' headline.
# fix-nation (2026-12-06): on a Pilpres page about one area, a figure whose area was guessed is
# held where the record's readings say it is the other one's (nation_or_area). Holdout false
# flags 3 -> 1, stated 3581 -> 3584, graded 1163/1166 -> 1163/1164.
# merge-s31: floors after fix-nation
# fix-aj: a page's own correction ('182, bukan 482', 'Padahal ... sebenarnya') refutes the
# figure it corrects (catch rate 154/187 to 160/187); several areas written together ('Bali-NTT-
# NTB') hold their figures (stated 3636 to 3640)
# merge-s31: floors after fix-aj
# x
# fix-ak: corpus-ak causes (initials with the Haji's letter, a later pair's bare 'sebesar N',
# the Minangkabau 'Dt.' title, sentence-opening 'Dalam', a bracketed party name in a back-
# reference): dev 3131/3206, recall in record 2794/2896.
# merge-s31: floors after fix-ak
# fix-b16b: machinery words no candidate names, kecamatan table rows their own kecamatan's, a
# party's total the party's, the venue's kecamatan no level
# merge-s31: floors after fix-b16b, fix-b17, fix-after
# Set on 2026-12-06 (seventh session's merge-s32, 540 pages: corpus-al, -am, -an added 24 pages, 7 of them holdout; blind19, blind20, fix-known2, unify-kec, perf-s32 merged; the new pages' uncaught wrong originals lower the catch rate): precision 3840/4044, recall 3444/3683, false flags 1.
# merge-s33 (564 pages: 24 new in corpus-ao/ap/aq; on the 540 old pages every part rose: dev 3242->3247, holdout 598->607, caught 166->172): precision 4007/4240, recall 3582/3837, false flags 1.
# merge-s33 with fix-left (564 pages): precision 4011/4239, recall 3586/3837, false flags 1.
# merge-s34 (588 pages: corpus-ar, -as, -at added 24; on the 564 pages of stop 33 no figure fell): precision 4202/4435, recall 3764/4046, false flags 1.
# merge-s34 with fix-left34 (588 pages; dev precision 3536->3538, nothing fell): precision 4204/4435, recall 3764/4046, false flags 1.
# Stop 35 (merge-s35): 24 new pages (corpus-au, -av, -aw) and nine branches: precision 4339/4594, recall 3906/4215, false flags 2.
# stop 36: 628 pages (corpus-ax, corpus-ay added; the new holdout pages lower the all-part ratios, every dev and old-holdout figure the same or higher): precision 4454/4728, recall 4008/4339, false flags 2.
# stop 37's merge: corpus-az and corpus-ba (16 new pages), blind hunts 32-35, fix-known7 (annotation convention for shares of all ballots: 7 errors now null), caught-s37, fix-held, fix-s37c: precision 4557/4832, recall 4119/4448, false flags 2.
# stop 38: 660 pages (corpus-bb and corpus-bc added 16; catch rate and labels fall with them: bb's holdout page has two uncaught swapped-digit shares, bc's and bb's new small outlets are labelled unofficial): precision 4681/4959, recall 4220/4549, false flags 2.
# merge-s39 (stop 39): 16 new pages (corpus-bd, corpus-be) and eleven branches; no dev count down but one graded figure now held (a related-story line, accuracy unknown): precision 4738/5028, recall 4292/4662, false flags 2.
# merge-s40 (stop 40): 693 pages (corpus-bf and corpus-bg added 17, all dev; corpus-bg's 22 uncaught wrong kecamatan figures and its 2015/2019 pages lower the dev ratios and the catch rate) and twelve branches; every count of the 676 old pages the same or higher: precision 4860/5173, recall 4389/4761, false flags 2.
# merge-s41 (stop 41), first wave: 702 pages (corpus-bh added 9: 8 dev, 1 holdout), blind hunts 54, 55, 57, caught-s41, fix-known11; no count of the 693 old pages down, caught 191 -> 206: precision 4902/5223, recall 4432/4815, false flags 2.
# merge-s41, second wave: blind hunts 56, 58, 59, fix-known12, rekap-s41 (15 more governor decrees: graded 1553 -> 1643): precision 4908/5229, recall 4438/4815, false flags 2.
# merge-s41 (stop 41): 711 pages (corpus-bh 9, corpus-bi 9: 14 dev, 4 holdout), nineteen branches, 26 governor decrees shipped (graded 1517 -> 1723); no count of the 693 old pages down, caught 191 -> 209: precision 4975/5306, recall 4463/4847, false flags 2.
# merge-s42 so far (corpus-bj's nine pages): precision 5016/5348, recall 4502/4891, false flags 2.
# merge-s42 wave 1 (rekap3's four decrees, corpus-bj): precision 5016/5348, recall 4502/4891, false flags 2.
FLOORS = {
    "precision": 0.9379,         # 5016/5348
    "precision_stated": 0.9755,  # 5217/5348: a part left unknown is an abstention, not wrong
    "precision_graded": 0.9988,  # 1760/1762: the claims a report grades, attributed exactly
    "recall_in_record": 0.9204,  # 4502/4891
    "label_accuracy": 0.9833,    # 708/720 (identity, issue 10 §2)
    "catch_rate": 0.8007,        # 209/261 (49 of them as the refuted hoax's)
}
CEILINGS = {            # counts that may only fall (targets: 0 and 0)
    "false_flags": 2,   # two on one new holdout page (corpus-aw, stop 35), measured blind;
                        # the old holdout one is fixed by blind26's general shape (corpus-ae's
                        # seven on dev pages fixed by fix-ae; two holdout ones by fix-nation)
    "false_impostor": 0,
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    context = accuracy.load_context(tmp_path_factory.mktemp("corpus") / "record.sqlite3")
    results = accuracy.check_pages(accuracy.load_pages(), context)
    assert results, "no corpus pages"
    return accuracy.score(results, context.official)["all"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_ratio_does_not_fall_below_its_floor(scores, name):
    assert scores[name] is not None and scores[name] >= FLOORS[name], (
        f"{name} is {scores[name]}, floor {FLOORS[name]}")


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_count_does_not_rise_above_its_ceiling(scores, name):
    assert len(scores[name]) <= CEILINGS[name], "\n".join(scores[name])


def test_value_rounding_tolerance():
    assert accuracy.same_value("50.07", "50.1")
    assert not accuracy.same_value("50.07", "50.08")
    assert accuracy.same_value(2183239, "2183239")
    assert not accuracy.same_value(2183239, "2183238")


def test_split_is_fixed_by_the_slug_alone():
    split = accuracy.load_split()
    parts = [accuracy.part_of(f"page-{i}", split) for i in range(1000)]
    assert 150 < parts.count("holdout") < 250            # about a fifth
    assert parts == [accuracy.part_of(f"page-{i}", split) for i in range(1000)]


def test_a_claim_counts_only_when_every_attribution_field_agrees():
    from decimal import Decimal

    from checker.models import Claim

    figure = {"kind": "share", "value": "50.07", "election": "pilkada2024", "race": "governor",
              "region_code": "31", "race_region": "31", "nomor_urut": 3}
    claim = Claim(kind="share", value=Decimal("50.07"), origin="text", excerpt="",
                  election="pilkada2024", race_kind="governor", region_code="31",
                  nomor_urut=3, race_region="31")
    assert accuracy.matches(claim, figure)
    for wrong in ({"nomor_urut": 1}, {"region_code": "3171"}, {"election": "pemilu2024"},
                  {"value": Decimal("39.40")}, {"kind": "votes"}):
        assert not accuracy.matches(replace(claim, **wrong), figure), wrong


def test_select_pages_takes_globs_and_files_of_globs(tmp_path):
    pages = [accuracy.CorpusPage(slug, tmp_path, {}, {}) for slug in
             ("pilkada-a", "pilkada-b", "pilpres-c", "qc-d")]
    assert [p.slug for p in accuracy.select_pages(pages, ["pilkada-*"])] == ["pilkada-a",
                                                                             "pilkada-b"]
    listing = tmp_path / "batch.txt"
    listing.write_text("# a batch\nqc-d\npilpres-*  # every Pilpres page\n\n", "utf-8")
    assert [p.slug for p in accuracy.select_pages(pages, [f"@{listing}", "pilkada-b"])] == [
        "pilkada-b", "pilpres-c", "qc-d"]
    assert accuracy.select_pages(pages, ["nothing-*"]) == []


def test_every_batch_listing_names_corpus_pages():
    slugs = {p.slug for p in accuracy.load_pages()}
    for listing in (accuracy.CORPUS / "batches").glob("*.txt"):
        chosen = accuracy.select_pages([accuracy.CorpusPage(s, listing, {}, {}) for s in slugs],
                                       [f"@{listing}"])
        names = [line.split("#", 1)[0].strip() for line in listing.read_text("utf-8").splitlines()]
        assert len(chosen) == len([n for n in names if n]), listing.name


def test_a_hoax_figure_reported_as_refuted_is_a_flag_both_ways():
    # Caught when the figure is wrong; a false flag when it is right (benchmarks/accuracy.py).
    from checker.models import Comparison

    assert accuracy.flagged(Comparison(0, "unverifiable", reason="hoax_refuted"))
    assert accuracy.flagged(Comparison(0, "minor"))
    assert not accuracy.flagged(Comparison(0, "unverifiable", reason="other_election"))
    assert not accuracy.flagged(None)


def test_an_election_the_annotations_have_no_key_for_is_their_other():
    # The corpus names seven elections and "other" for the rest (Pilpres 2014, Pilkada DKI
    # 2007: tests/corpus/check_corpus.py ELECTIONS). A claim the tool rightly puts in
    # "pemilu2014" is the annotators' "other", not a wrong election.
    from decimal import Decimal

    from checker.models import Claim

    figure = {"kind": "votes", "value": "70997851", "election": "other", "race": "president",
              "region_code": "", "race_region": "", "nomor_urut": 2}
    claim = Claim(kind="votes", value=Decimal("70997851"), origin="text", excerpt="",
                  election="pemilu2014", race_kind="president", region_code="",
                  nomor_urut=2, race_region="")
    assert accuracy.matches(claim, figure) and accuracy.matches_stated(claim, figure)
    for known in ("pemilu2019", "pilkada2017"):
        assert not accuracy.matches(replace(claim, election=known), figure)
        assert not accuracy.matches_stated(replace(claim, election=known), figure)
    sys.path.insert(0, str(accuracy.CORPUS))
    import check_corpus  # noqa: E402 (the corpus checker's own list: the two must agree)

    assert accuracy.ANNOTATED_ELECTIONS == check_corpus.ELECTIONS
