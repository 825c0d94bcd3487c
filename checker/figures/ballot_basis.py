"""A share of all ballots, not of valid votes (issue 10, basis; checker/figures/scope_gate.py
holds such a figure as "other_basis"): the page's own count of ballots or voters explains it
(119.643 of 274.048 "surat suara" is 44 %), while its pairs' votes added up do not. Pure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from checker.models import Claim

__all__ = ["ballot_basis", "race_counts", "voters_base"]

# Counts of all ballots or voters: a share computed on them is not a share of valid votes.
_BALLOTS = re.compile(r"\b(?:surat\s+suara|hak\s+pilih|pemilih|DPT|suara\s+masuk|partisipasi|"
                      r"kehadiran|seluruh\s+suara|total\s+suara)\b", re.IGNORECASE)
# Before the share, only a count of ballots cast itself ("perolehan suara yang masuk sebanyak
# 97.194"): a "total suara" there may be the pairs' own total (valid votes) that a wrong pair
# count no longer matches.
_CAST = re.compile(r"\b(?:suara\s+(?:yang\s+)?(?:sudah\s+|telah\s+)?masuk|surat\s+suara|"
                   r"hak\s+pilih|pemilih|DPT|partisipasi|kehadiran)\b", re.IGNORECASE)
_COUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)|(?<![\d.,])\d{4,9}(?![\d.,])")


# "62,19 persen suara dari total pengguna hak pilih": the sentence names the share's base, and it
# is the voters who came, the roll or all ballots, not the valid votes the record's shares are
# of (blind hunt 24: an op-ed's share of the votes abroad, 687.978 voters, graded against the
# decree). "dari total suara sah" is the record's base and no match.
_VOTERS_BASE = (r"\s*(?:%|persen)(?:\s+suara)?\s+(?:dari|atas)\s+(?:total\s+|jumlah\s+|seluruh\s+)?"
                r"(?:pengguna\s+hak\s+pilih|pemilih|DPT|daftar\s+pemilih|surat\s+suara)\b")


def voters_base(claim: Claim, sentence: str) -> bool:
    """Does `sentence` write the share as one of the voters or ballots ("62,19 persen suara
    dari total pengguna hak pilih"), a base other than the valid votes?"""
    lowered = sentence.lower()
    if claim.kind != "share" or not any(word in lowered for word in ("pemilih", "pilih", "dpt", "surat")):
        return False  # (every base _VOTERS_BASE names holds one of these)
    digits = re.escape(format(Decimal(claim.value), "f")).replace(r"\.", "[.,]")
    return re.search(r"(?<![\d.,])" + digits + _VOTERS_BASE, sentence, re.IGNORECASE) is not None


def _number(written: str) -> int:
    return int(written.replace(".", ""))


def _tolerance(claim: Claim) -> Decimal:
    """Half a unit of the last digit the page wrote: "44 persen" is 43.5 to 44.5."""
    exponent = Decimal(claim.value).normalize().as_tuple().exponent
    return Decimal(5) * Decimal(10) ** (min(exponent, 0) - 1)


def _explains(count: int, total: int, share: Decimal, tolerance: Decimal) -> bool:
    """Is count / total written as `share`: rounded to its last digit, or cut short there (the
    digits after it dropped, as newsrooms often write: 787.024 of 3.285.272 is 23,956 %,
    written "23,95 persen")?"""
    exact = Decimal(count) * 100 / total
    return abs(exact - share) <= tolerance or share <= exact < share + 2 * tolerance


def race_counts(votes: list[Claim]) -> tuple[dict[int, int], int | None]:
    """One race's vote claims (in order): each ballot number's first count, and the valid
    count its pairs' votes add up to (each number's last count; None below two pairs)."""
    first: dict[int, int] = {}
    pairs: dict[int, int] = {}
    for v in votes:
        if v.nomor_urut is not None:
            first.setdefault(v.nomor_urut, int(v.value))
            pairs[v.nomor_urut] = int(v.value)
    return first, (sum(pairs.values()) if len(pairs) >= 2 else None)


def _ballot_counts(sentence: str) -> tuple[int, ...]:
    """The counts a sentence about ballots or voters gives (none when it is not about them)."""
    if not _BALLOTS.search(sentence):
        return ()
    return tuple(_number(match.group(0)) for match in _COUNT.finditer(sentence))


def _cast_counts(sentence: str) -> tuple[int, ...]:
    """The counts a sentence about the ballots cast gives (for the paragraphs before)."""
    if not _CAST.search(sentence):
        return ()
    return tuple(_number(match.group(0)) for match in _COUNT.finditer(sentence))


def ballot_basis(claim: Claim, by_race: dict[tuple, tuple[dict[int, int], int | None]],
                 text, paragraphs: set[int]) -> bool:
    """A share the page's own ballot count explains (votes / ballots), while the page's own
    valid count (its pairs' votes added up) does not: a share of all ballots. `by_race`: each
    race's race_counts; `text`, the page's prose as scope_gate's _Text (lines, sentences,
    once) holds it: a sentence's ballot counts are worked out once per page."""
    if claim.nomor_urut is None or (claim.race_kind, claim.region_code) not in by_race:
        return False
    first, valid = by_race[(claim.race_kind, claim.region_code)]
    count = first.get(claim.nomor_urut)
    if count is None:
        return False
    share, tolerance = Decimal(claim.value), _tolerance(claim)
    if valid and _explains(count, valid, share, tolerance):
        return False
    # The ballots cast may be given a few paragraphs after the shares (one sentence a
    # paragraph: the pairs' counts and shares, then "Pemilih yang memberikan suara ..."); that
    # far only when the page's own valid count (every pair's votes) was ruled out above. Or
    # in the paragraph or two before, the share computed on it ("perolehan suara yang masuk
    # sebanyak 97.194." then "Berdasarkan jumlah suara tersebut, ... 58,48 persen": hunt A).
    window = {i + d for i in paragraphs for d in range(-2, 8 if valid else 4) if i + d >= 0}
    first_paragraph = min(paragraphs, default=0)
    for index in sorted(window):
        if index >= len(text.lines):
            continue
        counts = _ballot_counts if index >= first_paragraph else _cast_counts
        for start, end in text.sentences(index):
            for total in text.once(counts, text.lines[index][start:end]):
                if total > count and (valid is None or total > valid) and \
                        _explains(count, total, share, tolerance):
                    return True
    return valid is not None and _with_invalid(count, valid, share, tolerance, text, window)


# The invalid votes ("suara tidak sah sebanyak 5.236", "13.571 suara dinyatakan tidak sah").
_INVALID = re.compile(r"\btidak\s+sah\b", re.IGNORECASE)


def _invalid_counts(sentence: str) -> tuple[int, ...]:
    if not _INVALID.search(sentence):
        return ()
    return tuple(_number(match.group(0)) for match in _COUNT.finditer(sentence))


def _with_invalid(count: int, valid: int, share: Decimal, tolerance: Decimal, text,
                  window: set[int]) -> bool:
    """The page's own invalid votes added to its pairs' votes explain the share: "64.861 suara
    atau 43,28 persen ... suara tidak sah sebanyak 5.236 suara atau 3,49 persen" (Tabalong,
    blind16) is 64.861 of the 149.852 ballots. A count above the valid votes there is the
    ballots already ("suara sah dan tidak sah berjumlah 709.063")."""
    for index in sorted(window):
        if index >= len(text.lines):
            continue
        for start, end in text.sentences(index):
            for invalid in text.once(_invalid_counts, text.lines[index][start:end]):
                total = invalid if invalid > valid else valid + invalid
                if invalid != valid and _explains(count, total, share, tolerance):
                    return True
    return False
