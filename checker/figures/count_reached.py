"""Progress stated of the count itself (issue 10): "penghitungan di Aceh Utara sudah mencapai
93,81%", "real count KPU baru mencapai 77,57 persen", "Penghitungan bertahap (real count) ...
untuk wilayah DKI Jakarta sudah mencapai 69,45 persen". The count is the clause's subject and
what reached the figure; a pair between them ("Dalam real count, Prabowo-Gibran sudah mencapai
58,84 persen") owns a share instead, so is every pair word, pronoun or verb of obtaining.
So is the count a share was taken "of" (blind hunt 32, a regency's headline): "Prabowo 64,37%,
Anies 8,86%, dan Ganjar 26,77% dari Real Count 25,16% KPU Blora", "34,35 persen dari real count
KPU sementara 65,16 persen": the percentage right after "dari (hasil) real count / hitung
suara / Sirekap (KPU) (sementara)" is how far that count has come, no pair's share. So is the
percentage right after the count named as a source (fix-held): "Ganjar-Mahfud meraih 34,35 persen
menurut real count 65,16 persen KPU Jateng", "..., real count 65,16 persen", "(Real Count 65,16%
KPU Jateng)", "| Real Count KPU 65,16%": carried to the pair before, it was flagged."""

from __future__ import annotations

import re

from checker.figures.wording import GAINS, may_hold

__all__ = ["count_reached"]

# The count as a subject (not the plenary "rekapitulasi": "rekapitulasi tingkat nasional sudah
# 60 persen" is the share of provinces done, no share of polling stations counted), then up to
# a sentence's words without a figure of per cent or a clause stop (a dot inside a web address
# is no stop), then "sudah/telah/baru (mencapai)".
_COUNT_REACHED = re.compile(
    r"\b(?:penghitungan|perhitungan|hitung\s+cepat|quick\s+count|real\s+count|hitungan)"
    r"\b(?:[^.;!?\n%]|\.(?=\S)){0,160}?\b(?:sudah|telah|baru)\s+"
    r"(?:mencapai\s+|sebesar\s+)?$", re.IGNORECASE)
# Its end alone, tried first on a few characters (most percentages have none of it).
_REACHED = re.compile(r"\b(?:sudah|telah|baru)\s+(?:mencapai\s+|sebesar\s+)?$", re.IGNORECASE)
# Whose figure it would be instead: a pair named by a word or a pronoun, or someone obtaining.
# "mereka" after a noun is its owner's, not a pair's: "real count internal tim mereka yang telah
# mencapai 99,99 persen" is the team's count reaching its coverage (hunt A, Pilgub DKI).
_OWNER_BETWEEN = re.compile(
    r"\b(?:paslon|pasangan|calon|nomor\s+urut|kandidat|kotak\s+kosong|"
    r"(?<!tim\s)(?<!kubu\s)(?<!data\s)(?<!internal\s)mereka|keduanya|ia|dia|"
    + GAINS + r"|mengumpulkan|unggul|menang|"
    r"kalah|suara(?!\s+(?:masuk|sah))\s+(?:milik|untuk))\b", re.IGNORECASE)


# "dari real count 65,16%": the count a share is of, then its progress (the words between: the
# count's owner, "sementara", "yang (sudah) mencapai")
_OF_COUNT_AT = re.compile(
    r"\bdari\s+[\"\u201c']?(?:hasil\s+)?(?:real\s*count|hitung\s+(?:suara|nyata)|sirekap)"
    r"(?:\s+kpu\w*)?(?:\s+(?:sementara|terbaru|terkini))?(?:\s+yang)?"
    r"(?:\s+(?:sudah|telah|baru|mencapai|sebesar))*\s+$", re.IGNORECASE)


# ... the count named as a source: after a stop, a bracket, a bar or "menurut/berdasarkan/versi/
# sesuai/mengacu/merujuk" (not "X unggul di Sirekap 58 persen": a pair's words before it)
_AT_COUNT = re.compile(
    r"(?:^|[(\[|,:;\u2013\u2014\"\u201c']|\b(?:menurut|berdasarkan|versi|sesuai|"
    r"(?:mengacu|merujuk)(?:\s+(?:pada|ke))?))\s*(?:hasil\s+)?"
    r"(?:real\s*count|hitung\s+(?:suara|nyata)|sirekap)(?:\s+kpu\w*)?"
    r"(?:\s+(?:sementara|terbaru|terkini))?(?:\s+(?:yang\s+)?(?:sudah|telah|baru|mencapai|"
    r"sebesar))*\s+$", re.IGNORECASE)
# ... unless the percentage is then given to someone: "Sirekap 58,58 persen untuk Prabowo-Gibran",
# "real count 58,58% Prabowo-Gibran", "... 53,08 persen atau 12.096.454 suara"
_OWNED_AFTER = re.compile(
    r"\s*(?:%|persen)?\s*[,:]?\s*(?:untuk|bagi|milik|diraih|diperoleh|didapat|dikantongi|"
    r"suara\b(?!\s+(?:yang\s+)?(?:sudah\s+|telah\s+)?masuk)|atau\s+\d|paslon|pasangan|"
    r"nomor|calon|(?-i:[A-Z])\w+-(?-i:[A-Z]))", re.IGNORECASE)
_PERCENT = re.compile(r"\d[\d.,]*")
_COUNT_WORDS = ("count", "hitung", "sirekap")  # one of them in each of the two patterns above


def count_reached(reader, start: int, position: int) -> bool:
    """The percentage at `position` is how far the count named before it has come: the count
    word and "sudah/telah/baru (mencapai)" in text[start:position], no owner between; or the
    count a share was of, right before it ("dari real count 65,16%")."""
    text = reader.text
    # (a C-speed look first: both patterns name the count, and most percentages have none of
    # its words in the 70 characters before them)
    if may_hold(text, max(0, position - 70), position, _COUNT_WORDS):
        if _OF_COUNT_AT.search(text, max(0, position - 70), position):
            return True
        if _AT_COUNT.search(text, max(0, position - 70), position) and \
                (figure := _PERCENT.match(text, position)) and \
                not _OWNED_AFTER.match(text, figure.end()):
            return True
    if not _REACHED.search(text, max(start, position - 24), position):
        return False
    found = _COUNT_REACHED.search(text, max(start, position - 200), position)
    if not found:
        return False
    return not _OWNER_BETWEEN.search(text, found.start(), position) and \
        not reader.runs(found.start(), position, first=True)
