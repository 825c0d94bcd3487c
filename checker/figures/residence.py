"""A person's home is no count's area (corpus-ar, Republika on Sirekap's DPD count in Jawa
Barat; tests/test_fix_left34.py), nor is an office a person holds or held (held_office, below).
Pure.

"Komeng, komedian yang tinggal di Sentul, Kabupaten Bogor, itu mengantongi 1.794.034 suara"
says where the candidate lives, not where the votes were counted: read as a region mention it
gave the count, and the next paragraph's, Kabupaten Bogor's area instead of the province's.
A place right after "(yang) tinggal / berdomisili / bermukim / menetap / lahir di", "asal" or
"kelahiran" (a winner's profile: "Khofifah lahir di Surabaya" on a page of Jawa Timur's count) (a few words and a comma between at most: "di Sentul, Kabupaten Bogor")
describes whoever lives there or comes from there ("caleg asal Kota Bogor"); it is a count's
area only when those are the voters ("pemilih / warga / penduduk yang tinggal di X": X's
count) or a place ("TPS asal", "daerah asal"), which the words before the verb tell.
("warga X" alone is left: "warga Kecamatan X memberi ..." is the voters there.)
"""

from __future__ import annotations

import re

from checker.figures.camp_speaker import SAYS
from checker.figures.wording import may_hold, word_pattern

__all__ = ["held_office", "neighbour", "residence"]

# "yang tinggal di Sentul, " right before the place
_LIVES = re.compile(r"\b(?:(?:tinggal|berdomisili|bermukim|menetap|lahir|dilahirkan)\s+di|asal|"
                    r"kelahiran)\s+"
                    r"(?:[\w.'-]+,?\s+){0,3}$", re.IGNORECASE)
# Who lives there, right before the verb ("pemilih yang tinggal di"): the voters, an area's count
_VOTERS = re.compile(r"\b(?:pemilih\w*|warga\w*|penduduk\w*|masyarakat\w*|konstituen\w*|"
                     r"orang|jiwa|rakyat\w*|dpt|tps|daerah|wilayah)\s+(?:yang\s+)?$", re.IGNORECASE)
_REACH = 60
# A word every _LIVES match holds, lower case ("dilahirkan", "kelahiran": "lahir").
_LIVES_WORDS = ("tinggal", "berdomisili", "bermukim", "menetap", "lahir", "asal")


def residence(text: str, mention) -> bool:
    """Is the region `mention` (its .start) where a person lives, not an area of votes?"""
    before = max(0, mention.start - _REACH)
    if not may_hold(text, before, mention.start, _LIVES_WORDS):
        return False  # (a C-speed look first: asked of every region the prose names)
    lives = _LIVES.search(text, before, mention.start)
    if lives is None or "\n" in text[lives.start():mention.start]:
        return False
    return _VOTERS.search(text, max(0, lives.start() - 40), lives.start()) is None


# A person's former office is no count's area (blind hunt 31, English pages on the 2024
# results; tests/test_blind31.py). Pure.
#
# "The opposing pair of former Jakarta governor Anies Baswedan and Muhaimin Iskandar garnered
# 24.9%" and "besting rivals Anies Baswedan, the former Jakarta governor, and Ganjar Pranowo,
# the former Central Java governor" give the national Pilpres share; read as a region mention,
# "Jakarta" made it DKI Jakarta's and the national figure was flagged against Jakarta's count.
# The same in Indonesian: "mantan Gubernur DKI Jakarta Anies Baswedan". The place inside a title
# a person held (a word of "former" before it, and the title right after it in English or right
# before it in Indonesian) describes the person, not where the votes were counted. A place with
# no "former" ("Jakarta governor race", "Gubernur DKI Jakarta" of a Pilkada page) is left: that
# can name the race itself.
_TITLE = r"(?:vice[\s-]+|deputy[\s-]+)?(?:governor|regent|mayor)"
# English: "former Jakarta governor", "the ex-Central Java governor": "former" a word or two
# before the place (the place's own words are matched by the caller), the title right after.
_FORMER_EN = re.compile(r"\b(?:former|ex)[\s-]+(?:[A-Z][\w.]*\s+){0,1}$", re.IGNORECASE)
_TITLE_AFTER = re.compile(r"\s+" + _TITLE + r"\b", re.IGNORECASE)
# Indonesian: "mantan Gubernur DKI Jakarta", "eks Wali Kota Solo", "bekas Bupati Kabupaten
# Bogor": the title (and a province's or city's prefix) right before the place.
# English "the former governor of Jakarta" too.
# The office; "wali" alone before a mention that begins with its own "Kota" ("Wali |Kota
# Surakarta|")
_OFFICE_END = r"(?:gubernur|bupati|wali(?:\s*kota)?)"
_OFFICE_WORDS = ("gubernur", "bupati", "wali")  # each of _OFFICE_END's, lower case
# a province's or city's prefix before the place
_PREFIX = r"(?:(?:provinsi|prov\.|dki|daerah\s+istimewa|kabupaten|kab\.|kota)\s+)?"
_FORMER_ID = re.compile(r"\b(?:mantan|eks|bekas|former|ex)[\s-]+(?:(?:wakil\s+)?" + _OFFICE_END
                        + "|" + _TITLE + r")\s+(?:of\s+)?" + _PREFIX + "$", re.IGNORECASE)
# A place a person ruled, said with a verb: "Ganjar Pranowo, who governed Central Java for a
# decade", "Anies, yang pernah memimpin Jakarta" ("who led Jakarta" is left: a count's lead).
_RULED = re.compile(r"\b(?:who\s+(?:had\s+)?(?:governed|ruled|ran)|yang\s+pernah\s+(?:memimpin|"
                    r"menjabat\s+(?:sebagai\s+)?" + _OFFICE_END + r"))\s+$", re.IGNORECASE)
# A word every _FORMER_ID and _FORMER_EN match holds, and one every _RULED match holds, lower
# case: the patterns end at the place, so each was tried at every position of the 60
# characters before every region the prose names (145 a 20 KB news page).
_FORMER_WORDS = ("mantan", "eks", "bekas", "former", "ex")
_RULED_WORDS = ("who", "pernah")


# A candidate's own office, no "former" (blind hunt 32, an essay on the Pilpres count;
# tests/test_blind32.py). "Dengan popularitas Anies Baswedan sebagai Gubernur DKI Jakarta, ...
# Ganjar-Mahfud 9,85%" made the national shares after it DKI Jakarta's; so did "Anies Baswedan,
# Gubernur DKI Jakarta 2017-2022," and "Ganjar yang dua periode menjabat Gubernur Jawa Tengah".
# A head of region's title is the person's record, not where votes were counted, when the
# words say so: his standing before "sebagai" ("popularitas / pengalaman / dikenal / rekam
# jejak ... X sebagai Gubernur P"), a term's length before "menjabat" ("yang dua periode /
# selama sepuluh tahun / sempat menjabat Gubernur P"), or the term's years in an apposition
# ("X, Gubernur P 2017-2022,"). An official on duty is not (kept as his area: "dihadiri X
# sebagai Gubernur P", "X selaku Bupati Q", "X, Gubernur P, yang hadir ..."), nor the title
# being won ("ditetapkan sebagai Gubernur P terpilih", "periode 2025-2030": a word of winning
# before it in its sentence, or after the place "terpilih", a year of the new term, the
# incumbent's "petahana" / "kembali"), nor an official speaking ("..., menyebut").
_STANDING = re.compile(r"\b(?:popularitas|pengalaman|dikenal|reputasi|rekam\s+jejak|kiprah|"
                       r"latar\s+belakang|ketokohan|nama\s+besar|citra|kinerja|prestasi|"
                       r"capaian)\b", re.IGNORECASE)
_AS_OFFICE = re.compile(r"\bsebagai\s+(?:wakil\s+)?" + _OFFICE_END + r"\s+" + _PREFIX + "$",
                        re.IGNORECASE)
_TERM_HELD = re.compile(r"\byang\s+(?:(?:[\w-]+\s+){0,2}?(?:(?:dua|tiga|\d+)\s+periode|selama"
                        r"(?:\s+[\w-]+){1,3}|sempat|dulu))\s+menjabat\s+(?:sebagai\s+)?"
                        r"(?:wakil\s+)?" + _OFFICE_END + r"\s+" + _PREFIX + "$", re.IGNORECASE)
# A candidate's office said as his, with no "former" (blind hunt 36, a 2025 page on Sumut's
# governor: "Bobby Nasution, yang juga Wali Kota Medan periode sebelumnya, berhasil memenangkan
# Pilgub ... 64,47 persen" gave Sumut's share Kota Medan's area; in a real count of 28 Nov the
# same words flagged the province's 64,52 against Medan's 63.55): "yang juga (menjabat) Wali
# Kota P", or a title whose term is past right after the place ("Bupati P periode
# sebelumnya", "dua periode").
_ALSO = re.compile(r"\byang\s+juga\s+(?:(?:masih|pernah|sempat)\s+)?(?:menjabat\s+(?:sebagai\s+)?)?"
                   r"(?:wakil\s+)?" + _OFFICE_END + r"\s+" + _PREFIX + "$", re.IGNORECASE)
_OFFICE_BEFORE = re.compile(r"\b(?:wakil\s+)?" + _OFFICE_END + r"\s+" + _PREFIX + "$",
                            re.IGNORECASE)
_PAST_TERM = re.compile(r"\s+(?:(?:periode|masa\s+jabatan)\s+(?:sebelumnya|lalu|terdahulu)|"
                        r"dua\s+periode)\b", re.IGNORECASE)
# "Anies Baswedan, Gubernur DKI Jakarta 2017-2022, ...": a name, its comma, the title, the years
_APPOSED = re.compile(r"(?-i:\b[A-Z][\w.'-]*),\s+(?:wakil\s+)?" + _OFFICE_END + r"\s+"
                      + _PREFIX + "$", re.IGNORECASE)
_TERM_YEARS = re.compile(r"\s+(?:\(\s*)?\d{4}\s*[-–]\s*\d{4}\s*\)?\s*,")
_YEARS = r"(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?"
_THEN = re.compile(_YEARS + ",?")  # to a verb of saying right after the title
# Words of winning or taking office before the title: the place is then the office's area
_WON = word_pattern((
    "tetapkan", "ditetapkan", "menetapkan", "penetapan", "lantik", "dilantik", "melantik",
    "pelantikan", "terpilih", "menggantikan", "diangkat", "mengangkat", "pengangkat",
    "pengangkatan", "dicalonkan", "mencalonkan", "diusung", "mengusung", "dipilih", "memilih",
    "memenangkan", "kemenangan"))
_NEW_TERM = re.compile(r"[^.;]{0,30}?\b(?:terpilih|petahana|kembali|20(?:2[4-9]|[3-9]\d))\b",
                       re.IGNORECASE)


def _clause_before(text: str, position: int) -> str:
    """The sentence's words up to `position` (at most _REACH characters)."""
    clause = text[max(0, position - _REACH):position]
    return clause[max(clause.rfind("."), clause.rfind("!"), clause.rfind("?")) + 1:]


def _holds(text: str, mention) -> bool:
    """Is the region `mention` inside a head of region's title given as a person's record?"""
    before = max(0, mention.start - _REACH)
    if not may_hold(text, before, mention.start, _OFFICE_WORDS):
        return False  # (a C-speed look first: each pattern below ends in an office word)
    hit = _TERM_HELD.search(text, before, mention.start)
    if hit is None:
        hit = _AS_OFFICE.search(text, before, mention.start)
        if hit is not None and not _STANDING.search(_clause_before(text, hit.start())):
            hit = None
    if hit is None:
        hit = _ALSO.search(text, before, mention.start)
    if hit is None and _PAST_TERM.match(text, mention.end):
        hit = _OFFICE_BEFORE.search(text, before, mention.start)
    if hit is None:
        hit = _APPOSED.search(text, before, mention.start)
        if hit is None or not _TERM_YEARS.match(text, mention.end):
            return False
    if SAYS.match(text, _THEN.match(text, mention.end).end()):
        return False  # the official speaking: his area
    return not _WON.search(_clause_before(text, hit.start())) and \
        not _NEW_TERM.match(text, mention.end)


def held_office(text: str, mention) -> bool:
    """Is the region `mention` (its .start, .end) part of a title a person holds or held (not
    the area of any count)?"""
    before = max(0, mention.start - _REACH)
    former = may_hold(text, before, mention.start, _FORMER_WORDS)
    if former and _FORMER_ID.search(text, before, mention.start) or \
            may_hold(text, before, mention.start, _RULED_WORDS) and \
            _RULED.search(text, before, mention.start):
        return True
    if former and _FORMER_EN.search(text, before, mention.start) is not None and \
            _TITLE_AFTER.match(text, mention.end) is not None:
        return True
    return _holds(text, mention)


# A neighbour is no count's area either (blind hunt 64/20, a 2019 page on Pacitan: "Di
# Kecamatan Donorojo yang daerahnya berbatasan langsung dengan Wonogiri, Jawa Tengah, ...";
# Wonogiri, named last, was given the regency's totals in the next paragraph). The place right
# after "berbatasan (langsung) dengan" / "bertetangga dengan" (a few words and a comma between
# at most: "dengan Wonogiri, Jawa Tengah") says what lies next to the place spoken of. Not
# "perbatasan": "di wilayah perbatasan Kabupaten Nunukan" is inside Nunukan.
_BORDERS = re.compile(r"\b(?:berbatasan|bertetangga)(?:\s+langsung)?\s+dengan\s+"
                      r"(?:[\w.'-]+,?\s+){0,3}$", re.IGNORECASE)
_BORDER_WORDS = ("berbatasan", "bertetangga")


def neighbour(text: str, mention) -> bool:
    """Is the region `mention` named as the neighbour of the place spoken of?"""
    before = max(0, mention.start - _REACH)
    if not may_hold(text, before, mention.start, _BORDER_WORDS):
        return False
    border = _BORDERS.search(text, before, mention.start)
    return border is not None and "\n" not in text[border.start():mention.start]
