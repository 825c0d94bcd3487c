"""The sides of a dispute at the Constitutional Court (MK) as a report names them: "Pemohon" (the
applicant, a pair that lost), "Termohon" (the KPU), "Pihak Terkait" (the pair declared the
winner). A report gives their counts by the side's word alone: "Paslon 03 ... meraih 395.092
suara, sementara Pemohon mendapat 73.520 suara" (faktapers.id on Klaten), "perolehan suara
pemohon adalah sebanyak 65.787 suara" (IDN Times quoting the court on Puncak Jaya).

Such a figure is the pair the page names as that side, once: "paslon nomor urut 02 ... sebagai
Pemohon", "Pemohon (Syamsari-Natsir)", "pemohon adalah Pasangan Calon ... Nomor Urut 2", and for
the applicant "<pair> mengajukan / menarik / mencabut gugatan", "gugatan (yang diajukan)
<pair>". Two pairs named as one side (a page on several cases), or none, and the figure is no
one's: never the pair of the figure before it. A side's word that is not the owner ("menurut
Pemohon", "antara Pihak Terkait dan Pemohon adalah N") leaves the figure as it was. Pure: the
page's words only; looked for only when a side's word stands before a figure.

    owned_by_side(layout, start, at) -> str | None       the side whose word owns the figure
    side_pair(layout, side, scope) -> (cand, nomor, written) | None   that side's one pair
"""

from __future__ import annotations

import re

__all__ = ["owned_by_side", "side_pair"]

_SIDE = r"(?P<side>pemohon|pihak\s+terkait)"
# The side's word, then only what it got: "Pemohon mendapat", "pemohon adalah sebanyak",
# "Pihak Terkait (Paslon Nomor Urut 1) meraih", "Pemohon hanya", "Pemohon:".
_OWNER = re.compile(r"\b" + _SIDE + r"\s*(?:\([^()\n]{0,80}\)\s*)?:?\s*(?:(?:hanya|juga|cuma|"
                    r"sendiri|justru|adalah|ialah|yaitu|sebesar|sebanyak|dengan|mendapat(?:kan)?|"
                    r"memperoleh|meraih|meraup|mengantongi|mengumpulkan|mendulang)\s+){0,3}$",
                    re.IGNORECASE)
# What may stand before the side's word when it is the subject: the clause's start, a contrast
# ("sementara", "sedangkan"), "perolehan suara", or "dan" after the other side's count.
_OPENS = re.compile(r"(?:^|[,;:.!?\n(]\s*|\b(?:sementara|sedangkan|adapun|lalu|kemudian|namun|"
                    r"tetapi)\s+|(?:suara|persen|%|\d)\s*,?\s+"
                    r"(?:dan|serta)\s+)(?:(?:perolehan|jumlah|total)\s+)?(?:suara\s+)?"
                    r"(?:pihak\s+(?=pemohon))?$", re.IGNORECASE)
_REACH = 120  # characters before a figure where its side's word may stand

# Statements naming a side's pair, the pair before the words: "paslon nomor urut 02 sebagai
# Pemohon", "... bertindak selaku Pihak Terkait".
_AS_SIDE = re.compile(r"\b(?:sebagai|selaku|menjadi)\s+" + _SIDE + r"\b", re.IGNORECASE)
# ... the pair after them: "Pemohon (Syamsari-Natsir)", "pemohon adalah Pasangan Calon ...
# Nomor Urut 2", "Pihak Terkait, yakni paslon nomor urut 1".
_SIDE_IS = re.compile(r"\b" + _SIDE + r"(?:\s*\(|\s*,\s*(?:yakni|yaitu|ialah)\s+|"
                      r"\s+(?:adalah|yakni|yaitu|ialah|merupakan)\s+)", re.IGNORECASE)
# The applicant by what it did: "<pair> mengajukan gugatan", "... menarik gugatan",
# "<pair> menggugat"; and after the suit's word: "gugatan (yang diajukan oleh) <pair>".
_SUED = re.compile(r"\b(?:mengajukan|menarik|mencabut|melayangkan|mendaftarkan)\s+(?:kembali\s+)?"
                   r"(?:gugatan|permohonan)\b|\bmenggugat\b", re.IGNORECASE)
_SUIT_OF = re.compile(r"\b(?:gugatan|permohonan)\s+(?:yang\s+diajukan\s+(?:oleh\s+)?)?",
                      re.IGNORECASE)
_CLOSE = re.compile(r"[,;()\n]|\.(?!\d)(?:\s|$)")  # where a pair's words after a side end
_AFTER = 120  # characters after a side's word where its pair may be named
# A pair's ballot number, not a case's ("perkara Nomor 22/PHPU.BUP-XXIII/2025").
_BALLOT = re.compile(r"\b(?:nomor\s+urut|no\.?\s*urut|paslon|pasangan(?:\s+calon)?)\s+"
                     r"(?:nomor\s+)?(?:urut\s+)?0*\d{1,2}\b", re.IGNORECASE)


def _side(word: str) -> str:
    return "pemohon" if word.lower() == "pemohon" else "terkait"


def owned_by_side(layout, start: int, at: int) -> str | None:
    """The side ("pemohon", "terkait") whose word alone owns the figure at `at`: it stands
    in text[start:at], in the figure's sentence, as the subject of what the figure counts."""
    text = layout.text
    sentence = layout._where(at)[0]
    low = max(start, sentence, at - _REACH)
    found = _OWNER.search(text, low, at)
    if found is None:
        return None
    prefix = text[max(low, found.start() - 60):found.start()]
    if max(low, found.start() - 60) == sentence:
        prefix = "\n" + prefix
    return _side(found.group("side").split()[-1]) if _OPENS.search(prefix) else None


def _statements(layout) -> list[tuple[str, int, int]]:
    """(side, start, end) of the page's words that name a side's pair, once per page."""
    known = layout.__dict__.get("_court_sides")
    if known is not None:
        return known
    text, found = layout.text, []
    for m in _AS_SIDE.finditer(text):
        start = max(layout._where(m.start())[0], m.start() - _AFTER)
        cut = [c.end() for c in re.finditer(r"[,;:\n]", text[start:m.start()])]
        found.append((_side(m.group("side").split()[-1]), start + (cut[-1] if cut else 0),
                      m.start()))
    for m in _SIDE_IS.finditer(text):
        close = _CLOSE.search(text, m.end(), m.end() + _AFTER)
        found.append((_side(m.group("side").split()[-1]), m.end(),
                      close.start() if close else min(len(text), m.end() + _AFTER)))
    for m in _SUED.finditer(text):  # its subject: its sentence's words on its line
        start = max(layout._where(m.start())[0], m.start() - _AFTER,
                    text.rfind("\n", 0, m.start()) + 1)
        found.append(("pemohon", start, m.start()))
    for m in _SUIT_OF.finditer(text):
        close = _CLOSE.search(text, m.end(), m.end() + _AFTER // 2)
        found.append(("pemohon", m.end(), close.start() if close else
                      min(len(text), m.end() + _AFTER // 2)))
    layout.__dict__["_court_sides"] = found
    return found


def side_pair(layout, side: str, scope):
    """The one pair of the record the page names as `side`, as (candidate, nomor, written);
    None when it names none, or two."""
    pairs = {}
    for named, start, end in _statements(layout):
        if named != side or start >= end:
            continue
        who = layout.name_of(start, end, scope)
        if who[0] is not None:  # the record's pair, by name or number; a number no pair of
            pairs.setdefault(who[0].nomor_urut, who)  # the race has is none ("perkara Nomor
        elif who[1] is not None and who[2] is None and _BALLOT.search(layout.text, start, end):
            pairs.setdefault(who[1], who)  # 22/PHPU..."); "Pihak Terkait (Paslon Nomor Urut 1)"
    if len(pairs) != 1:
        return None
    return next(iter(pairs.values()))
