"""Where a speaker spoke is no area of the figures he read out (issue 10, corpus-s): in
`"... 73.980 suara," ujar Ketua KPU Malut, Pudja Sutamat, di Ternate, Minggu.` the place after
the speech verb and its speaker is the venue, as a dateline is: KPU Malut read the province's
counts out in its capital; so is where he was met ("saat ditemui di Kendari"). Pattern only;
places.institution applies it. So is the seat of a province's recapitulation: "KPU Bali
menetapkan hasil Pilgub Bali sesudah rekapitulasi tingkat provinsi di Kabupaten Badung": the
province's plenary sat in Badung, its figures are the province's (corpus-ag); places.venue
applies it. So is where a result was presented, the day after the place: "Hasil survei ini
dipaparkan oleh peneliti LSI Denny JA ... di Jakarta, Selasa (30/1)", "Hasil itu dibacakan oleh
Ketua KPU ... di Jakarta, Rabu (20/3/2024) malam" (blind hunt 46: the national shares after it
put in DKI Jakarta)."""

from __future__ import annotations

import re

from checker.figures.building_name import in_building
from checker.figures.meeting_seat import body_seat
from checker.figures.wording import SPEECH_VERBS

__all__ = ["after_speech", "recap_seat"]

# A speech verb where an attribution puts it, after a quote's closing mark or a comma
# ("...," ujar ...; ..., kata ...: not "jelas unggul di Ternate"), then the speaker (no sentence
# end, no quote mark), then ", di" or " di" right before the place.
_SAID = re.compile(r"[,\"\u201d][^\S\n]*(?:" + SPEECH_VERBS + r")(?:nya)?\b"
                   r"[^.;!?\n\"\u201c\u201d]{0,80}?,?[^\S\n]+di[^\S\n]+$")
_WORDS = re.compile(SPEECH_VERBS)
# Where the speaker was met or reached, in the verbs pages use for it: "Ketua KPU Provinsi
# Sultra Asril saat ditemui di Kendari, Minggu, mengatakan ..." (blind hunt 5: the province's
# plenary counts put in Kota Kendari), "ketika dikonfirmasi wartawan di Ternate".
_MET = re.compile(r"\b(?:ditemui|dijumpai|dihubungi|dikonfirmasi|diwawancarai|dicegat)\b"
                  r"(?:[^\S\n]+(?:wartawan|awak[^\S\n]+media|media|jurnalis|[\w.]+\.(?:com|id)))?"
                  r"[^\S\n]*,?[^\S\n]+di[^\S\n]+$", re.IGNORECASE)


# A verb of presenting a result, then its agent or setting (no sentence end), then " di".
_PRESENTED = re.compile(r"\b(?:di(?:paparkan|bacakan|umumkan|rilis|sampaikan)|memaparkan|"
                        r"membacakan|mengumumkan|merilis|menyampaikan)\b[^.;!?\n\"\u201c\u201d]{0,90}?"
                        r"[^\S\n]di[^\S\n]+$", re.IGNORECASE)
# The place's name (a few words), then the day: ", Rabu (20/3)", " pada Rabu".
_DAY_AFTER = re.compile(r"[^\n.,;:!?()]{1,40}?(?:,[^\S\n]*|[^\S\n]+pada[^\S\n]+)(?:senin|selasa|"
                        r"rabu|kamis|jumat|jum'at|sabtu|minggu)\b", re.IGNORECASE)


def after_speech(text: str, start: int) -> bool:
    """Is the place at `start` the venue of a speech verb written before it, or where a
    result was presented on the day written after it?"""
    near = text[max(0, start - 110):start]
    # asked for every region of a page: the string test first, most places have no "di"
    # right before them
    return near.rstrip()[-3:] in (" di", "\tdi") and (
        _WORDS.search(near) is not None and _SAID.search(near) is not None or
        "di" in near[:-3] and _MET.search(near) is not None or
        _PRESENTED.search(near) is not None and _DAY_AFTER.match(text, start) is not None)


# "rekapitulasi tingkat provinsi di Kabupaten Badung", "pleno tingkat provinsi yang digelar di
# Kota Mataram": a kab/kota after a province-level stage is where the stage sat.
_PROVINCE_STAGE = re.compile(r"\btingkat[^\S\n]+provinsi\b[^.;!?\n\d]{0,40}?[^\S\n]di[^\S\n]+"
                             r"(?:(?:Kabupaten|Kab\.|Kota)[^\S\n]+)?$", re.IGNORECASE)


def recap_seat(text: str, region) -> bool:
    """Is the kab/kota at `region` the seat of a province-level recapitulation written before
    it? (Not a province: "tingkat provinsi di Sulawesi Selatan" names the area itself.)"""
    near = text[max(0, region.start - 70):region.start]
    return region.level == 2 and "ingkat" in near and \
        _PROVINCE_STAGE.search(text, max(0, region.start - 70), region.start) is not None or \
        body_seat(text, region) or in_building(text, region)  # "di Pendopo Kabupaten Jember"
