"""A figure of no pair that took a Pilkada race from its area alone, on a page whose pairs are
all the Pilpres's: the Pilpres in that area. A fact-check (corpus-be, portkesmas) traced a
video to a news title "Quick Count Indikator di DKI Suara 30,04%: Anies Melesat 43,41% ...":
Anies's 43,41 was read as the Pilpres in DKI, the data-in 30,04 of the same title as the Jakarta
governor race, since "DKI" with no race word and no pair is that race (collect.area_race). A
page that names two or more of the Pilpres's pairs, the pair of no other race, and no race word
but the Pilpres's is about the Pilpres; its province's or kab/kota's progress is that race's
there. Pure."""

from __future__ import annotations

from dataclasses import replace

from checker.figures.collect import ELECTION_OF

__all__ = ["follow_pilpres_pairs"]

_AREA_RACES = ("governor", "regent_mayor")


def follow_pilpres_pairs(claims: tuple, text: str, cues) -> tuple:
    """`claims` with each Pilkada-by-area figure of no pair made the Pilpres's in its area,
    when the page (`text`: title, headings, prose) is the Pilpres's only (above)."""
    pairs = [c for c in claims if c.candidate_id is not None]
    if not pairs or any(c.race_kind != "president" for c in pairs) or \
            len({c.candidate_id for c in pairs}) < 2:
        return claims
    if any(mark.value != "president" for mark in cues.race_kinds(text)):
        return claims  # "Pilgub", "bupati": the page names another race
    president = ELECTION_OF["president"]
    return tuple(replace(c, race_kind="president", election=president, race_region="")
                 if _by_area(c) else c for c in claims)


def _by_area(claim) -> bool:
    """A figure of no pair whose race is its own area's Pilkada 2024 race, or that has no race
    at all (pilpres_pairs: a page whose opening names the Pilpres's pairs only gives an area no
    Pilkada race of its own)."""
    if claim.candidate_id is not None or claim.nomor_urut is not None or \
            claim.region_code is None:
        return False
    if claim.race_kind is None and claim.election is None:
        # a province or a kab/kota the reader placed it in and held nothing for; never the
        # votes abroad, which no Pilkada race could have taken ("Ganjar Hanya di Luar
        # Negeri": where a pair won alone is no area of the page, test_blind24)
        return len(claim.region_code) <= 4 and claim.region_code != "99" and claim.hold is None
    return claim.race_kind in _AREA_RACES and claim.election == ELECTION_OF["governor"] and \
        claim.region_code == claim.race_region
