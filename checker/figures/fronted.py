"""A count in a clause fronted before the pair it is of: "Dengan raihan suara terbanyak, yakni
40.676 suara sah (68,08 %) dari total suara sah Pilkada Kabupaten Sorong, pasangan calon nomor
urut 1, Johny Kamuru - Ahmad Sutejo resmi ditetapkan ...", "Dengan perolehan 40.676 suara,
pasangan X unggul", "Meraup 40.676 suara, pasangan X menang" (corpus-ah, Radar Sorong: the
page's only figures, read as no claim at all). Pure.

Indonesian fronts the means or the gain in a clause before the subject; the subject after the
comma owns the clause's figures, as it owns its verb. The prose reader looks for a figure's
pair before it in its sentence, and after it only behind a giving word ("untuk", "diraih"), so
such a figure was nobody's. Read here, and only this shape:
- the sentence opens (after a dateline at most) with the fronting word: "Dengan", "Berbekal",
  or a verb of gaining ("Meraup", "Meraih", "Mengantongi", "Memperoleh", "Mendulang",
  "Mengumpulkan"), "Berhasil meraup", "Unggul dengan";
- no pair is named in the clause before the figure, and the clause's figures are one count in
  its two forms at most ("40.676 suara (68,08 %)", "... suara atau 68,08 persen"): "Dengan
  40.676 suara dan 16.221 untuk lawannya, ..." has two counts of two pairs;
- the clause closes with a comma (not a decimal comma, not one inside brackets) within its
  sentence, and no pair is named between the figure and that comma;
- right after it stands the subject: a name, or "pasangan (calon) (petahana) (nomor urut N)"
  with a name or the number. A subject that is no pair ("Dengan 40.676 suara, KPU menetapkan
  ...") leaves the figure nobody's, never a pair named elsewhere.
"""

from __future__ import annotations

import re

from checker.figures.numbers import find_numbers
from checker.figures.wording import may_hold

__all__ = ["fronted_owner"]

_W = r"[^\S\n]"
# A dateline before the sentence's first word ("SORONG, Radar Sorong \u2013 ", "TIMIKA - ").
_DATELINE = rf"(?:[A-Z][A-Z.]+(?:{_W}+[A-Z][A-Z.]+)*(?:,[^\n\u2013\u2014-]{{1,40}})?{_W}*" \
            rf"[-\u2013\u2014]{_W}*)?"
_FRONT = re.compile(rf"[\"'\u201c(]*{_DATELINE}(?:(?:berhasil|unggul){_W}+)?(?:dengan|berbekal|"
                    rf"meraup|meraih|mengantongi|memperoleh|mendulang|mengumpulkan){_W}",
                    re.IGNORECASE)
# The same count's other form between two figures of the clause: "40.676 suara sah (68,08 %)",
# "40.676 suara atau 68,08 persen", "yakni 68,08 persen".
_SAME_COUNT = re.compile(rf"{_W}*(?:suara)?(?:{_W}*sah)?{_W}*(?:\(|atau|setara(?:{_W}+dengan)?|"
                         rf"yakni|yaitu)?{_W}*$", re.IGNORECASE)
# The subject that opens the main clause: a pair, said as one or by its ballot number.
_OFFICE = rf"(?:bupati|wali{_W}*kota|gubernur)"
_SUBJECT = re.compile(rf"{_W}*(?:(?:pasangan|paslon)(?:{_W}+calon)?(?:{_W}+petahana)?"
                      rf"(?:{_W}+{_OFFICE}(?:{_W}+dan{_W}+wakil{_W}+{_OFFICE})?)?"
                      rf"(?:{_W}+(?:nomor|no\.?){_W}*(?:urut{_W}+)?(\d{{1,2}}))?{_W}*,?{_W}*)?",
                      re.IGNORECASE)
# Every _FRONT match holds one of these, on the line it opens (none of its parts crosses a
# line): a C-speed look at the line spares the match, whose dateline part (case-blind, so any
# words) is tried word by word (5 us a figure of a news page); lines longer than _LOOK (a
# hostile page's one endless paragraph) are matched the plain way.
_FRONT_WORDS = ("dengan", "berbekal", "meraup", "meraih", "mengantongi", "memperoleh",
                "mendulang", "mengumpulkan")
_LOOK = 2000
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLAUSE = 160  # characters a fronted clause may run before or after its figure
_CLOSE = re.compile(r"[,()\n;]|[.!?](?!\d)")


def fronted_owner(layout, number, scope):
    """The (candidate, nomor, written) of the subject after the fronted clause holding
    `number`, when its sentence has that shape (see the module); else None."""
    text = layout.text
    sentence = layout._start_of(layout.sentences, number.start)
    front = _front(layout, text, sentence)
    if front is None or number.start - front.end() > _CLAUSE or \
            any(layout.name_of(sentence, number.start, scope)):
        return None
    comma = _closing_comma(text, number.end, min(len(text), number.end + _CLAUSE))
    if comma is None or any(layout.name_of(number.end, comma, scope)):
        return None
    figures = [n for n in find_numbers(text[front.end():comma])
               if n.unit is not None or not _YEAR.fullmatch(n.text)]  # "Pilkada ... 2024"
    if len(figures) > 2 or any(not _SAME_COUNT.fullmatch(text, front.end() + a.end,
                                                         front.end() + b.start)
                               for a, b in zip(figures, figures[1:])):
        return None  # two counts in the clause: whose is which is not said
    subject = _SUBJECT.match(text, comma + 1)
    runs = layout.runs(subject.end(), min(len(text), subject.end() + 80), first=True)
    end = runs[0][1] if runs and runs[0][0] == subject.end() else \
        subject.end() if subject.group(1) else None
    if end is None:
        return None
    who = layout.name_of(comma + 1, end, scope)
    return who if who[0] is not None or who[1] is not None else None


def _front(layout, text: str, sentence: int) -> re.Match | None:
    """_FRONT.match(text, sentence), once per sentence of the page (its figures all ask)."""
    known = layout.__dict__.setdefault("_fronts", {})
    if sentence not in known:
        stop = text.find("\n", sentence, sentence + _LOOK)
        if stop < 0 and sentence + _LOOK >= len(text):
            stop = len(text)
        known[sentence] = None if stop >= 0 and not may_hold(text, sentence, stop, _FRONT_WORDS) \
            else _FRONT.match(text, sentence)
    return known[sentence]


def _closing_comma(text: str, start: int, end: int) -> int | None:
    """Where the clause from `start` closes with a comma (a decimal comma and brackets
    passed over); None when its sentence or line ends first."""
    depth = 0
    for mark in _CLOSE.finditer(text, start, end):
        char = mark.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            at = mark.start()
            if not (text[at - 1:at].isdigit() and text[at + 1:at + 2].isdigit()):
                return at
        elif char != ",":
            return None
    return None
