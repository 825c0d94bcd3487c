"""Which kab/kota a governor race's count on a kab/kota's page is the part of (issue 10, recall
of kab/kota counts): the one place the page's lead reports on or whose KPU it names ("KPU Kota
Denpasar menggelar rapat pleno rekapitulasi Pilgub Bali"), when no sentence says where the count
was made. scope_gate keeps such a count held (page_region_below) either way; this only says
whose part it is, so the report and the benchmark name the right area. Pure."""

from __future__ import annotations

from decimal import Decimal

from checker.models import Claim

__all__ = ["deepest", "kabkota_office", "kabkota_part"]

# A pair's count on such a page is the kab/kota's only if at most this much above the pair's own
# count there in the record (a Sirekap reading may lag the plenary); the pair's count in the
# whole province is several times its count in any one kab/kota.
_ABOVE_OWN = 1.5
_NEAR_SHARE = 1  # percentage points


def deepest(codes: set[str]) -> str | None:
    """The one region of `codes` that every other contains ("33", "3319" -> "3319"), if any."""
    found = max(codes, key=len, default=None)
    return found if found and all(found.startswith(c) for c in codes) else None


def kabkota_office(offices: set[str]) -> str | None:
    """The one kab/kota whose KPU the lead names ("KPU Kabupaten Kulon Progo menggelar rapat
    pleno"), never a province's KPU (a national page may name one)."""
    code = deepest(offices)
    return code if code is not None and len(code) == 4 else None


def kabkota_part(claim: Claim, subjects: set[str], offices: set[str], own_races: set[str],
                 record) -> str | None:
    """The kab/kota of the province whose part the governor count is, else None: the lead's
    one place (or, naming none, its one kab/kota KPU) where the page gives that kab/kota's own
    regent or mayor race too; or the one kab/kota whose KPU the lead names (else the one it
    reports on), no other place beside it, where the count is a pair's votes near that pair's
    own count in the kab/kota (its count in the province is far above). Without that size a
    place the lead only reports on is not enough: a city's page may quote a small province's
    counts (dev: Merauke, Palangka Raya)."""
    if claim.race_kind != "governor" or claim.claim_type == "quick_count" or \
            not claim.region_code:
        return None
    code = deepest(subjects) or deepest(offices)
    if code is not None and len(code) == 4 and code.startswith(claim.region_code) and \
            code in own_races:
        return code
    # (or, naming no KPU, the one kab/kota the lead reports on: "TAPAKTUAN - Di Kabupaten Aceh
    # Selatan, pasangan ... nomor urut 2 ... peraih suara terbanyak pada Pilgub Aceh 2024";
    # sized the same way, so a province's count quoted on a city's page stays the province's)
    code = kabkota_office(offices) or kabkota_office(subjects)
    if code is None or not code.startswith(claim.region_code) or \
            deepest(subjects | offices) != code:
        return None
    if record is None or claim.kind not in ("votes", "share") or claim.candidate_id is None \
            or claim.election is None:
        return None
    race = record.race_for(claim.election, "governor", claim.race_region)
    best = record.best(race, code) if race is not None else None
    if claim.kind == "share":
        # A pair's share is no size: the kab/kota's only if within a point of the pair's share
        # there and more than a point off its share in the whole province (Koster-Giri's 57,31
        # persen in Buleleng, 61,46 in Bali); a kab/kota that is most of its province (Merauke
        # in Papua Selatan) tells nothing apart.
        whole = record.best(race, race.region) if best is not None else None
        there, wide = (r.share(claim.candidate_id) if r is not None else None for r in (best, whole))
        value = Decimal(claim.value)
        return code if there is not None and wide is not None and \
            abs(value - there) <= _NEAR_SHARE < abs(value - wide) else None
    own = best.votes.get(claim.candidate_id) if best is not None else None
    if not own or int(claim.value) > own * _ABOVE_OWN:
        return None
    return code
