"""The election a page of no stated year reports, from the number of the KPU decree it quotes
(claims._only_earlier_election asks when the text names no election with its year). Pure.

A decree's number ends in the year it was issued: "Surat Keputusan KPU Pacitan Nomor
580/HK.04.2-KPT/3501/KPU.KAB/12/2020" (blind hunt 7, republika.co.id: the Pilkada Pacitan 2020
plenary, dated only "Selasa (15/12)", whose winners ran again in 2024, so their 72,1 % was read
as the 2024 race's). Only a numbered decision ("Keputusan", "SK") in the slashed form: a rule
cited as "PKPU Nomor 8 Tahun 2024" is a legal basis, no result's date."""

from __future__ import annotations

import re

from checker.figures.cues import election_key

__all__ = ["decree_election"]

_DECREE = re.compile(r"\b(?:keputusan|sk)\b[^.\n]{0,60}?\b(?:nomor|no\.?)[^\S\n]*:?[^\S\n]*"
                     r"\d[\w.\-]*(?:/[\w.\-]+){1,8}?/((?:19|20)\d\d)\b(?![/\d])", re.IGNORECASE)


def decree_election(text: str) -> str | None:
    """The election of the one year before 2024 the decree numbers in `text` end in (none,
    or several years: None)."""
    years = {int(m.group(1)) for _, m in zip(range(20), _DECREE.finditer(text))}
    if len(years) != 1:
        return None
    year = years.pop()
    return election_key(None, year) if year < 2024 else None
