"""The race of the figure before, for a pair named by its ballot number alone after it
(layout._kind_of_before). Where the figure before named a ballot number its race lacks
("Paslon 03" in Pilwalkot Solo's two-pair race, a writer's slip for 02; corpus-av), its pair
is nobody and its figure held `candidate_unknown`, never given to another race's 03; but the
race it was read in still stands for the figures after it: "di Kecamatan Serengan, Paslon 01
meraih 10.762 suara" goes on in the mayor race, as it did before the slip. Pure."""

from __future__ import annotations

__all__ = ["race_before"]


def race_before(layout, previous) -> str | None:
    """The race kind of `previous` (from_text's (sentence, end, who) of the figure before):
    its pair's race, else, for a ballot number the race its claim was read in lacks (the last
    claim read, of that number), that race."""
    if previous is None:
        return None
    who = previous[2]
    if who[0] is not None:
        return who[0].race.kind
    claims = layout.out.claims
    if who[1] is None or who[2] is not None or not claims:
        return None
    last, record = claims[-1], layout.out.record
    if last.nomor_urut != who[1] or last.candidate_id is not None or last.origin != "text" or \
            record is None or None in (last.election, last.race_kind, last.race_region):
        return None
    race = record.race_for(last.election, last.race_kind, last.race_region)
    if race is None or any(c.nomor_urut == who[1] for c in record.candidates_of(race)):
        return None  # (a number the race has, left unresolved between two races: no slip)
    return race.kind
