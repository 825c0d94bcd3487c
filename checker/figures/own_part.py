"""Which kab/kota a governor race's count on a kab/kota's page is the part of (issue 10, recall
of kab/kota counts): the one place the page's lead reports on or whose KPU it names ("KPU Kota
Denpasar menggelar rapat pleno rekapitulasi Pilgub Bali"), when no sentence says where the count
was made. scope_gate keeps such a count held (page_region_below) either way; this only says
whose part it is, so the report and the benchmark name the right area. Pure."""

from __future__ import annotations

from checker.models import Claim

__all__ = ["deepest", "kabkota_part"]


def deepest(codes: set[str]) -> str | None:
    """The one region of `codes` that every other contains ("33", "3319" -> "3319"), if any."""
    found = max(codes, key=len, default=None)
    return found if found and all(found.startswith(c) for c in codes) else None


def kabkota_part(claim: Claim, subjects: set[str], offices: set[str], own_races: set[str],
                 record) -> str | None:
    """The kab/kota of the province whose part the governor count is, else None: the lead's
    one place (or, naming none, its one kab/kota KPU) where the page gives that kab/kota's own
    regent or mayor race too; or the one kab/kota whose KPU the lead names, no other place
    beside it, where the count is a pair's votes that fit in the kab/kota's valid votes (a
    province's total on a city's page does not). A place the lead only reports on is not
    enough: a city's page may quote a small province's counts (dev: Merauke, Palangka Raya)."""
    if claim.race_kind != "governor" or claim.claim_type == "quick_count" or \
            not claim.region_code:
        return None
    code = deepest(subjects) or deepest(offices)
    if code is None or len(code) != 4 or not code.startswith(claim.region_code):
        return None
    if code in own_races:
        return code
    code = deepest(offices)
    if code is None or len(code) != 4 or not code.startswith(claim.region_code) or \
            deepest(subjects | offices) != code:
        return None
    if record is None or claim.kind != "votes" or claim.nomor_urut is None or \
            claim.election is None:
        return None
    race = record.race_for(claim.election, "governor", claim.race_region)
    best = record.best(race, code) if race is not None else None
    if best is None or not best.total or int(claim.value) >= best.total:
        return None
    return code
