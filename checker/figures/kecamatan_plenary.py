"""A page about one kecamatan's plenary (blind hunt 29, a Garut outlet on the PPK of Cibalong):

    "Rapat pleno terbuka rekapitulasi hasil penghitungan perolehan suara tingkat kecamatan
     untuk Pemilihan Gubernur ... serta Pemilihan Bupati ... di Aula Kecamatan Cibalong,
     Kabupaten Garut ..."
    "Untuk pemilihan Gubernur dan Wakil Gubernur Jawa Barat, pasangan calon nomor urut 01
     mendapatkan 12,20% suara, ..."

The lead says the recapitulation is a kecamatan's and names that one kecamatan: the page's
figures are that kecamatan's, whatever wider area the race's own name carries ("Gubernur ...
Jawa Barat"). They were graded against the province (12,20 against Jawa Barat's 9,71), when
they are Cibalong's exact shares. scope_gate holds such a figure below the record's level
(lower_level) unless its own sentence says it was counted in the wider area ("secara
keseluruhan di Kabupaten Garut"), or it is exactly a reading the record holds of the race's
area (the page quotes the area's result: a kecamatan's shares equal to its regency's to the
last decimal do not happen; the dev corpus holds no such page, the holdout lost two correct
grades without this). A lead that speaks of every kecamatan ("di seluruh
kecamatan", "42 kecamatan", "tiap kecamatan") reports the kecamatan tier as a whole, the sum of
the PPKs' readings: no one kecamatan's page.

The committee may say the tier itself (blind hunt 40, PPK plenaries of Banyuwangi, Bekasi,
Melawi): "PPK Cikarang Timur menggelar rapat pleno rekapitulasi ...", "Panitia Pemilihan
Kecamatan (PPK) Belimbing Hulu sukses menyelesaikan proses rekapitulasi", "rapat pleno PPK
Tanah Abang": the PPK holds the plenary, so it is its kecamatan's, with no "tingkat
kecamatan" written. Their shares were graded against the province's decree (Pramono-Rano's
52,3 in one kecamatan against 50,07). A PPK that reads its result out at the kab/kota's
plenary ("PPK Kecamatan Bulang membacakan ...": ppk_reading) holds no plenary of its own and
says nothing here.

The place may follow the tier with "di" and nothing before it (blind hunt 47's probe of a
Banyuwangi kecamatan): "rapat pleno terbuka rekapitulasi tingkat kecamatan di Pesanggaran".
As often that "di" names the regency whose PPKs are all at work ("tingkat kecamatan di
Garut"), or the hall ("di Aula Kantor Camat"): the name is the kecamatan's only when it is no
kab/kota or province the caller knows (`wider`) and no building. Pure.
"""

from __future__ import annotations

import re

from checker.figures.copied_reading import of_reading
from checker.figures.wording import may_say

__all__ = ["area_reading", "one_kecamatan_plenary"]

_TIER = re.compile(r"\btingkat\s+(?:kecamatan|PPK)\b", re.IGNORECASE)
# The PPK as the one holding the plenary: "PPK Pesanggaran menuntaskan rekapitulasi", "(PPK)
# Cikarang Timur Kabupaten Bekasi, menyelenggarakan Rapat Pleno", "pleno terbuka PPK Genteng".
_NAME = r"[A-Z][\w'-]*(?:[^\S\n]+[A-Z][\w'-]*){0,4}"
_HELD_BY_PPK = re.compile(
    rf"\bPPK\)?[^\S\n]+(?:(?:Kecamatan|Kec\.)[^\S\n]+)?{_NAME},?[^\S\n]+"
    r"(?:(?:telah|sukses|resmi|berhasil|mulai)[^\S\n]+)?(?:menggelar|menyelenggarakan|"
    r"menuntaskan|merampungkan|menyelesaikan|melaksanakan|memulai)\b"
    rf"|\b(?i:pleno)[^\S\n]+(?i:terbuka[^\S\n]+)?(?i:rekapitulasi[^\S\n]+)?PPK[^\S\n]+{_NAME}")
# "Kecamatan Cibalong", "Kec. Cibalong", "PPK Cibalong", "(PPK) Cikarang Timur": the place
# of the plenary.
_NAMED = re.compile(r"\b(?i:kecamatan|kec\.|PPK)\)?[^\S\n]+((?:[A-Z][\w'-]*)"
                    r"(?:[^\S\n]+[A-Z][\w'-]*){0,2})")
# "tingkat kecamatan di Pesanggaran": a place after the tier, which may be a kecamatan.
_AFTER_TIER = re.compile(r"\b(?i:tingkat[^\S\n]+(?:kecamatan|PPK)[^\S\n]+di)[^\S\n]+"
                         r"((?:[A-Z][\w'-]*)(?:[^\S\n]+[A-Z][\w'-]*){0,2})")
# A building or a village hall after "di" is where the plenary sat, not the kecamatan's name;
# the country is no kab/kota the record's names know, nor a kecamatan.
_BUILDING = frozenset({"aula", "kantor", "gedung", "hotel", "balai", "pendopo", "pendapa", "gor",
                       "ruang", "ruangan", "hall", "ballroom", "wisma", "rumah", "masjid",
                       "sekolah", "lapangan", "desa", "kelurahan", "kampung", "jalan", "jl",
                       # nor the country ("tingkat kecamatan di Indonesia", "di Tanah Air")
                       "indonesia", "tanah", "nusantara", "luar"})
# The wider areas a name runs into when no comma stops it ("Cibalong Kabupaten Garut").
_WIDER = re.compile(r"(?:^|[^\S\n]+)(?:Kabupaten|Kab\.?|Kota|Provinsi)\b.*$")
# "PPK Kecamatan Bulang": the name after the committee's.
_LEADING = re.compile(r"^(?i:kecamatan|kec\.)[^\S\n]+")
# The kecamatan tier as a whole: every kecamatan, a number of them, "se-kecamatan".
_EVERY = re.compile(r"\b(?:seluruh|semua|setiap|tiap|masing-masing|sejumlah|beberapa|\d+)"
                    r"[^\S\n]+(?:\w+[^\S\n]+)?kecamatan\b|\bse-?kecamatan\b|"
                    r"\bkecamatan-kecamatan\b", re.IGNORECASE)


def one_kecamatan_plenary(lead: str, heads, wider=None) -> bool:
    """Does the lead (with the opening paragraph a long headline kept it from: scope_gate)
    report the plenary of one kecamatan its prose names? `heads`: the page's title and
    headings; a line of them (an <h1> the title holds) is no prose: a headline's capitalised
    words name nothing ("Rekapitulasi di Kecamatan Rampung"). `wider(name)`: the kab/kota or
    province the name is, or None (a name that is one names no kecamatan after the tier).
    """
    if not may_say(lead, "kecamatan", "ppk") or _EVERY.search(lead) or not (
            _TIER.search(lead) or (may_say(lead, "ppk") and _HELD_BY_PPK.search(lead))):
        return False
    heads = [head.lower() for head in heads]
    prose = "\n".join(line for line in lead.split("\n")
                      if not any(line.strip().lower() in head for head in heads))
    # (by its first word: a name may run on into the next capitalised word)
    names = {name.split()[0].lower() for m in _NAMED.finditer(prose)
             if (name := _LEADING.sub("", _WIDER.sub("", m.group(1))))}
    if wider is not None:
        names |= {name.split()[0].lower() for m in _AFTER_TIER.finditer(prose)
                  if (name := _LEADING.sub("", _WIDER.sub("", m.group(1))))
                  and name.split()[0].lower() not in _BUILDING and wider(name) is None}
    return len(names) == 1


def area_reading(claim, record) -> bool:
    """Is the claim's figure exactly one of the record's readings of its race in its area?"""
    if record is None or not claim.candidate_id or claim.race_kind is None:
        return False
    race = record.race_for(claim.election, claim.race_kind, claim.race_region)
    if race is None:
        return False
    area = None if claim.region_code == claim.race_region else claim.region_code
    return any(of_reading(claim, reading) for reading in record.results_for(race, area))
