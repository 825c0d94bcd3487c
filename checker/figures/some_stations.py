"""A count of some polling stations: "Hitungan sementara dari 1.020 TPS, Prabowo-Gibran mendapat
suara 99.000, ..." (blind hunt 32, Gerindra Depok's count, read as the nation's; "Tim pemenangan
mencatat dari 120 TPS, X meraih 45,55 persen" was graded against the city's whole count and
flagged). A figure whose sentence says, before it, that it was counted "dari N TPS" (a number
of TPS, not "dari seluruh/total N TPS" nor "N dari M TPS", which the progress readers take) is
of those TPS only, part of its area: held `partial_tally`, unless the sentence is a
recapitulation's or plenary's (KPU's count of an area's TPS) or says all the TPS, or names the
TPS by their place ("dari 455 TPS di Kabupaten Bangka") with no word of a team's count or a
count under way. Pure."""

from __future__ import annotations

import re

from checker.figures.wording import STATIONS

__all__ = ["part_of_stations"]

# "dari 1.020 TPS", "dari 120 tempat pemungutan suara"; not "dari total/seluruh ... N TPS", not
# "dari 1.020 TPS dari 5.570 TPS" / "dari 1.020 dari 5.570 TPS" (a progress's fraction)
_SOME = re.compile(r"\bdari[^\S\n]+(?:data[^\S\n]+)?\d{1,3}(?:\.\d{3})*[^\S\n]+" + STATIONS +
                   r"\b(?![^\S\n]*,?[^\S\n]*(?:\(|dari\b|atau\b|yang[^\S\n]+ada\b|se-?))",
                   re.IGNORECASE)
# KPU's own count of an area's TPS, or all of them said: "rekapitulasi ... dari 1.200 TPS"
_WHOLE = re.compile(r"\b(?:rekapitulasi|rekap|pleno|seluruh(?:nya)?|semua(?:nya)?|keseluruhan|"
                    r"total|100[^\S\n]*(?:%|persen))\b", re.IGNORECASE)
# "dari 455 TPS di Kabupaten Bangka": the TPS of a place, as like as not all of them (blind
# hunt 21's Bangka page: 455 was every TPS, its 42,8 consistent and 66.306 a true flag) ...
_OF_PLACE = re.compile(r"[^\S\n]+(?:di|se-?)[^\S\n]*(?:(?:provinsi|kabupaten|kab\.|kota|"
                       r"kecamatan|desa|kelurahan)[^\S\n]+)?(?-i:[A-Z])", re.IGNORECASE)
# ... unless the sentence says the count is a team's or under way
_PART_CUE = re.compile(r"\b(?:sementara|internal|tim|relawan|saksi|kubu|baru|masuk|terkumpul|"
                       r"terhimpun|versi|klaim|mengklaim|diklaim)\b", re.IGNORECASE)
_LOOK = 300  # characters of the sentence before the figure


def part_of_stations(layout, position: int) -> str | None:
    """`partial_tally` when the figure at `position` is said, in its sentence before it, to be
    counted from a number of TPS (see above), else None."""
    text = layout.text
    wide = text[max(0, position - _LOOK):position].lower()
    if "tps" not in wide and "pemungutan" not in wide:
        return None  # (nor in the sentence's part of it, below: no need to place the sentence)
    sentence = max(layout._where(position)[0], position - _LOOK)
    if "tps" not in text[sentence:position].lower() and \
            "pemungutan" not in text[sentence:position].lower():
        return None  # (a C-speed look first: most figures have no TPS before them)
    some = _SOME.search(text, sentence, position)
    if some is None or _WHOLE.search(text, sentence, position):
        return None
    if _OF_PLACE.match(text, some.end()) and not _PART_CUE.search(text, sentence, position):
        return None
    return "partial_tally"
