"""A heading line that names an area and another together: the figures under it are the two
areas' sum, none of theirs (issue 10, region; audit2a, purnawarta on PPI's Jakarta count):

    "Jakarta Timur"                                  (a line: the figures under it are its)
    "- Ridwan Kamil-Suswono: 40,64% - ... - Pramono Anung-Rano Karno: 48,66%"
    "Jakarta Utara dan Kepulauan Seribu"             (two areas: one tally of both)
    "- Ridwan Kamil-Suswono: 39,09% - ... - Pramono Anung-Rano Karno: 49,08%"

The second area is often no region the page's index reads ("Kepulauan Seribu" counts there
only after "di" or alone on its line), so joined_areas' "<area> dan <area>" did not see two,
and the first area, named a paragraph before and without figures of its own yet, gave way to
the race's: the sum went to DKI Jakarta, where a plenary page's would have been graded against
the province. The line must be the area, "dan"/"serta"/"&" and a few capitalised words, and
nothing else: a sentence ("Jakarta Utara dan sekitarnya diguyur hujan") is no heading, nor is
a place and the one it lies in ("Rabat, Maroko", "Kecamatan Toili, Banggai"), with a comma.
Pure; asked by joined_areas.among_several."""

from __future__ import annotations

import re

__all__ = ["joined_heading"]

# The rest of the line after the area: the joint and a capitalised name of up to four words.
_REST = re.compile(r"[^\S\n]+(?:dan|serta|&)[^\S\n]+(?:(?:Kab\.|Kabupaten|Kota|Kepulauan|Pulau)"
                   r"[^\S\n]+)?[A-Z][\w'-]*(?:[^\S\n]+[A-Z][\w'-]*){0,3}[^\S\n]*:?[^\S\n]*(?:\n|$)")


def joined_heading(text: str, region) -> bool:
    """Is `region` the first area of a line that names it and another together, alone?"""
    line = text.rfind("\n", 0, region.start) + 1
    if text[line:region.start].strip():
        return False  # the area does not open its line
    return _REST.match(text, region.end) is not None
