"""A share of a group of voters ("8,4 persen dari pemilih pemula memilih Anies-Muhaimin", "69
persen pemilih PDIP memilih Ganjar-Mahfud", "65 persen responden Gen Z", "di kalangan pemilih
perempuan, Prabowo-Gibran meraih 60 persen"): an exit poll's or survey's breakdown, how one
group split, never a pair's share of the votes in any area. Read as one (blind hunt 28), it was
held as an exit poll's, and on a real-count page the same sentence was graded against the
national count and flagged. The group has to be named: "dipilih 16,47 persen pemilih" (all the
voters), "persen pemilih di Jawa Barat" (an area) stay shares. Pure."""

from __future__ import annotations

import re

__all__ = ["group_share"]

# Who a group of voters is: by age, sex, faith, schooling, the party they back, whom they chose
# before. A party's name or abbreviation after "pemilih" is a party's voters.
_GROUP = (r"(?:pemula|muda|milenial|gen(?:erasi)?[^\S\n]*[xyz]|perempuan|wanita|laki-laki|pria|"
          r"lansia|senior|berusia|usia|berpendidikan|lulusan|perkotaan|pedesaan|loyal|setia|"
          r"mengambang|nahdliyin|nu|muhammadiyah|muslim|islam|kristen|katolik|hindu|etnis|suku|"
          r"partai|parpol|jokowi|pdi[^\S\n]*-?[^\S\n]*p(?:erjuangan)?|gerindra|golkar|pkb|nasdem|"
          r"pks|demokrat|pan|psi|perindo|ppp|hanura|gelora|garuda|ummat)\b")
# Those who vote ("pemilih", "pendukung", "konstituen"), then the group.
_VOTERS = r"(?:pemilih|pendukung|simpatisan|konstituen)[^\S\n]+" + _GROUP
# A group with no "pemilih": "responden", "Gen Z", "kaum muda", "mahasiswa".
_BARE = (r"(?:responden\b|gen(?:erasi)?[^\S\n]*[xyz]\b|milenial\b|(?:kaum|anak)[^\S\n]+muda\b|"
         r"pemuda\b|mahasiswa\b)")
# After the figure: "8,4 persen dari pemilih pemula", "69 persen pemilih PDIP", "60% responden".
_AFTER = re.compile(r"[^\S\n]*(?:%|persen)?[^\S\n]*(?:(?:dari|di[^\S\n]+antara|di[^\S\n]+kalangan)"
                    r"[^\S\n]+)?(?:(?:total|seluruh|para)[^\S\n]+)?(?:" + _VOTERS + "|" + _BARE + ")",
                    re.IGNORECASE)
# Before it, in its sentence: "Di kalangan pemilih pemula, Prabowo-Gibran meraih 65 persen".
_AMONG = re.compile(r"\b(?:kalangan|segmen|kelompok|di[^\S\n]+antara)[^\S\n]+(?:para[^\S\n]+)?"
                    r"(?:" + _VOTERS + "|" + _BARE + ")", re.IGNORECASE)


def group_share(text: str, sentence: int, start: int, end: int) -> bool:
    """Is the percentage at text[start:end] (its sentence opening at `sentence`) the share of a
    named group of voters: the group right after it, or "di kalangan <group>" before it?"""
    return _AFTER.match(text, end) is not None or \
        _AMONG.search(text, max(sentence, start - 100), start) is not None
