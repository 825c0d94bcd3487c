"""Claims against the official record (pure): which tier, as of when, and how far off.

- Shares are each candidate's share of all candidate votes, the way pages compute them, in
  percentage points: consistent <= `consistent` pp, minor <= `minor` pp, discrepant beyond.
- Vote counts are compared against the Sirekap figure at the TPS progress the page states,
  else against the plenary result (rekap); otherwise they are `unverifiable` and the report
  says why.
- The plenary tier is preferred wherever it exists; the Sirekap figure is shown beside it.
Thresholds come from rules/figure-rules.yaml (RuleSet.thresholds), never from code.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Mapping

from checker.figures.after_recap import plenary_basis, to_last_digit
from checker.figures.decree_day import states_decree
from checker.figures.empty_box import named_not_box
from checker.figures.moment import COMPLETE, DRIFT, FAR, after_complete, bounds_progress, same_day, stated_day
from checker.figures.numbers import last_unit, rounded_reading
from checker.figures.own_shares import progress_off_its_fraction
from checker.figures.hedges import NEAR
from checker.figures.page_anchors import with_page_anchors
from checker.models import Claim, Comparison
from checker.official.model import Candidate, MemoryRecord, Race, Result
from checker.official.pages import official_page

__all__ = ["claim_race", "compare_claims", "figures_status"]
_HUNDREDTH = Decimal("0.01")

# A real count stated for another moment is graded only beyond moment.FAR off ("89,9 persen"
# against 24.95). Not abroad (99): Ganjar-Mahfud had 37,77 at 38,5 % of TPS on 16 Feb, 17.63 at
# the end (post comes late).
_ABROAD = "99"
# Past half the TPS, a count within this many points of progress of a reading moves less than
# DRIFT: the page's moment is near enough to grade beyond it.
_HALF, _NEAR_PROGRESS = Decimal(50), Decimal(10)
_RANK = {"consistent": 0, "minor": 1, "discrepant": 2}


def _grade(difference: Decimal, consistent: Decimal, minor: Decimal) -> str:
    size = abs(difference)
    if size <= consistent:
        return "consistent"
    return "minor" if size <= minor else "discrepant"


def _held_to_decree(claim: Claim, result: Result, difference, status: str) -> str:
    """A figure the page gives as the plenary result, set against the plenary decree: the
    decree is exact, so the drift allowed for a count still coming in does not apply. A count
    off by ten votes ("1.797.322" for 1.797.332) or a share beyond one unit of the page's own
    last decimal ("58,90 persen" for 58,59) is a wrong figure, a typo at least: `minor`."""
    if not states_decree(claim, result) or status != "consistent" or claim.approximate or \
            difference is None:
        return status
    if claim.kind == "votes":
        return "minor" if difference else status
    return "minor" if abs(Decimal(difference)) > last_unit(claim.value) else status


def claim_race(claim: Claim, record: MemoryRecord) -> Race | None:
    if not (claim.election and claim.race_kind):
        return None
    if claim.race_kind == "president":
        region = ""  # one national race; a province is an area in it
    else:
        region = claim.race_region if claim.race_region is not None else claim.region_code
    if region is None:
        return None
    return record.race_for(claim.election, claim.race_kind, region)


def _candidate(claim: Claim, race: Race, record: MemoryRecord) -> Candidate | None:
    for candidate in record.candidates_of(race):
        if claim.candidate_id and candidate.id == claim.candidate_id:
            return candidate
        if claim.candidate_id is None and claim.nomor_urut == candidate.nomor_urut:
            return None if named_not_box(claim.candidate_name, candidate) else candidate
    return None


def _stated_progress(claims: list[Claim], races: list[Race | None]) -> dict[tuple, list[Claim]]:
    """The progress the page states, by (race, area) the claims resolve to, not region_code as
    written: a Pilpres page's progress has no region (None), its pairs' figures the country
    ("") (golden independent_fig_kumparan_pilpres_prabowo_gibran). Built once per page: a page with
    hundreds of figures made a per-claim scan quadratic (the data-pemilu sample, 334)."""
    found: dict[tuple, list[Claim]] = {}
    for claim, own in zip(claims, races):
        if claim.kind == "progress" and claim.claim_type != "quick_count":
            if own is not None:
                found.setdefault((own, own.area_of(claim.region_code)), []).append(claim)
    return found


def _same_progress(stated: list[Claim], result: Result) -> bool:
    """Counts move with every form: only Sirekap at the page's stated TPS progress fits them."""
    for claim in stated:
        if claim.progress_total and result.progress_total:
            if (claim.progress_done, claim.progress_total) == (result.progress_done,
                                                               result.progress_total):
                return True
        elif result.progress is not None and abs(Decimal(claim.value) - result.progress) <= \
                _HUNDREDTH:
            return True
    return False


def _quoted_readings(claims: list[Claim], races: list, record: MemoryRecord) -> dict[tuple, list]:
    """The Sirekap readings the page quotes, by (race, area): those that two or more of its
    pairs' counts equal to the vote, where it gives each pair one count. The page states that
    moment by quoting it, so its other counts there are of that moment too ("113.122" beside two exact counts of 131.122's
    snapshot is a wrong figure, not a count at another moment)."""
    found: dict[tuple, dict[int, set[str]]] = {}
    readings: dict[tuple, list[Result]] = {}
    counts: dict[tuple, set[int]] = {}
    for claim, race in zip(claims, races):
        if claim.kind != "votes" or claim.hold is not None:
            continue
        candidate = _candidate(claim, race, record) if race is not None else None
        if candidate is None:
            continue
        key = (race, race.area_of(claim.region_code))
        counts.setdefault(key + (candidate.id,), set()).add(int(claim.value))
        if key not in readings:
            readings[key] = [r for r in record.results_for(*key) if r.tier == "sirekap"]
        for i, reading in enumerate(readings[key]):
            if reading.votes.get(candidate.id) == int(claim.value):
                found.setdefault(key, {}).setdefault(i, set()).add(candidate.id)
    # A page that gives one pair two counts there (Sirekap's and a local desk's, a party's)
    # reports more than one count: its other figures may be of either.
    several = {k[:2] for k, values in counts.items() if len(values) > 1}
    return {key: [readings[key][i] for i, ids in sorted(hits.items()) if len(ids) >= 2]
            for key, hits in found.items() if key not in several}


def _one_progress(stated: list[Claim]) -> list[Claim]:
    """The progress the page states for a race and area, when it states one: a page that
    gives several (KPU's 99,84 persen and a party's 89,654) does not say which a figure was
    counted at."""
    values = {Decimal(c.value).quantize(_HUNDREDTH) for c in stated}
    return stated if len(values) <= 1 else []


def _moment(claim: Claim, stated: list[Claim], results: list[Result]) -> str:
    """"same" when a Sirekap reading the record holds is of the moment the page states (its
    progress within two points; its day where either gives no progress), "near" when both are
    past half the TPS and within ten points of progress, "other" when the page states a moment
    and no reading is of it, "unstated" when the page states none."""
    readings = [r for r in results if r.tier == "sirekap"]
    day = stated_day(claim.page_time)
    progress = [Decimal(c.value) for c in _one_progress(stated)]
    if day is None and not progress:
        return "unstated"
    for reading in readings:
        if progress and reading.progress is not None:
            # The progress the page states names its moment before its day does: a reading of
            # that day at another progress is another moment ("61 persen ... dari 80 persen
            # TPS" on 27 Nov 2024 is not Pangkalpinang's complete count read that day).
            if any(abs(p - reading.progress) <= 2 for p in progress):
                return "same"
        elif day is not None and same_day(day, reading.as_of):
            return "same"
    if any(r.progress is not None and r.progress >= _HALF and p >= _HALF and
           abs(p - r.progress) <= _NEAR_PROGRESS for r in readings for p in progress):
        return "near"
    return "other"


def _pct(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(_HUNDREDTH)


def _beside(sirekap: Result | None, value) -> dict:
    """The Sirekap figure shown next to a plenary comparison, with its time and progress."""
    if value is None or sirekap is None:
        return {}
    return {"sirekap_value": value, "sirekap_as_of": sirekap.as_of,
            "sirekap_progress": _pct(sirekap.progress)}


def _unverifiable(index: int, reason: str) -> Comparison:
    return Comparison(claim=index, status="unverifiable", reason=reason)


def _compare_one(index: int, claim: Claim, race: Race | None, progress: Mapping[tuple, list],
                 record: MemoryRecord, limits: Mapping[str, Decimal], quoted: Mapping) -> Comparison:
    if claim.hold is not None:
        # Extraction found the figure is about something the record cannot speak for (another
        # election, a single TPS, a pair named in another region's race...): precision first,
        # it is listed, never graded.
        return _unverifiable(index, claim.hold)
    if race is None:
        return _unverifiable(index, "race_unknown")
    area = race.area_of(claim.region_code)
    best = record.best(race, area)
    if best is None:
        return _unverifiable(index, "no_official_figure")
    sirekap = best if best.tier == "sirekap" else record.best(race, area, tier="sirekap")
    if claim.kind == "progress":
        if claim.claim_type == "quick_count":
            # A quick count's "data masuk 100%" is its sample of TPS, not KPU's count: Sirekap's
            # progress says nothing about it (golden independent_pollster_quick_count fired
            # FIG004 and FIG020 on a pollster's complete sample).
            return _unverifiable(index, "quick_count_sample")
        return _compare_progress(index, claim, race, area, record)
    candidate = _candidate(claim, race, record)
    if candidate is None:
        return _unverifiable(index, "candidate_unknown")
    if claim.kind == "share":
        official = best.share(candidate.id)
        if official is None:
            return _unverifiable(index, "no_official_figure")
        if claim.claim_type == "quick_count" and not (
                claim.quoted and abs(Decimal(claim.value) - official) > DRIFT):
            # A pollster's estimate from its own sample: reported accurately it may still
            # differ from KPU's count, and "slightly off the official record" would be said of
            # an accurate article (issue 10, basis). Shown beside the official figure, never
            # graded; unless a fact-check quotes it as a hoax's and it is further off than a
            # sample misses by (the fabricated Kebumen "exit poll", 62,3 against 55.59).
            return Comparison(index, "unverifiable", official.quantize(_HUNDREDTH),
                              (Decimal(claim.value) - official).quantize(_HUNDREDTH),
                              best.tier, best.as_of, _pct(best.progress), best.source,
                              reason="quick_count_estimate")
        difference = (Decimal(claim.value) - official).quantize(_HUNDREDTH)
        status = _grade(difference, limits["share_consistent"], limits["share_minor"])
        if claim.approximate and 0 <= difference <= NEAR and Decimal(claim.value) % 1 == 0:
            status = "consistent"  # "hampir 60 persen" for 58,59: the mark it nears (hedges)
        if best.tier == "rekap" and not states_decree(claim, best) and sirekap is not None \
                and sirekap is not best and status != "consistent":
            # A real count (or a figure of unstated basis) is Sirekap's at some moment, not
            # the plenary: "16,98 persen" of Sirekap at 78% is not "slightly off" the decree's
            # 16.47 (issue 10, basis). The closer of the two tiers is the yardstick.
            side = sirekap.share(candidate.id)
            if side is not None:
                gap = (Decimal(claim.value) - side).quantize(_HUNDREDTH)
                graded = _grade(gap, limits["share_consistent"], limits["share_minor"])
                if _RANK[graded] < _RANK[status]:  # only when it changes the grade
                    best, official, difference, status = sirekap, side, gap, graded
        status = _held_to_decree(claim, best, difference, status)
        if status != "consistent" and claim.claim_type in (None, "real_count"):
            # A real count (or a share of unstated basis) is Sirekap at one moment: graded only
            # against a reading of that moment, or when it is further off than any count moves
            # (issue 10, time). "44,82 persen" in Bali on 21 Feb is not "slightly off" the
            # 43.85 of 7 Mar; a "real count" that states no moment may be any reading.
            results = record.results_for(race, area)
            stated = _one_progress(progress.get((race, area), []))
            moment = _moment(claim, stated, results)
            # A real count that says no moment presents itself as the count as it stands: fair
            # to grade against a reading of a (nearly) complete count, not against one of a
            # count under way (Pilpres, 7 Mar 2024: 78 % of TPS).
            complete = any(r.tier == "sirekap" and r.progress is not None and
                           r.progress >= COMPLETE for r in results)
            near = moment == "near" or (moment == "unstated" and
                                        claim.claim_type == "real_count" and not complete)
            if ((moment == "other" and (abs(difference) <= FAR or area[:2] == _ABROAD)) or
                    (near and abs(difference) <= DRIFT)) and \
                    (any(Decimal(c.value) < COMPLETE for c in stated) or  # not the count
                     not after_complete(claim.page_time, results, COMPLETE)):  # as it stood
                return Comparison(index, "unverifiable", official.quantize(_HUNDREDTH),
                                  difference, best.tier, best.as_of, _pct(best.progress),
                                  best.source, reason="another_moment")
        if best.tier != "rekap" and (status != "consistent" or not to_last_digit(
                claim.value, official, claim.approximate)) and plenary_basis(claim):
            # A plenary share (said, or dated after the recap closed: after_recap.py), the record
            # only Sirekap: equal to the page's last digit they agree; beyond it the decree may
            # differ (Sumsel 51,62 against 51.50 at 98 % of TPS), and half a point's leeway would
            # pass a misquoted "51,7": Sirekap's figure shown, no grade (issue 10; blind 14).
            return Comparison(index, "unverifiable", official.quantize(_HUNDREDTH), difference,
                              best.tier, best.as_of, _pct(best.progress), best.source,
                              reason="plenary_not_loaded")
        side = sirekap.share(candidate.id) if sirekap and sirekap is not best else None
        return Comparison(index, status, official.quantize(_HUNDREDTH), difference, best.tier,
                          best.as_of, _pct(best.progress), best.source,
                          **_beside(sirekap, side.quantize(_HUNDREDTH) if side is not None else None))
    if claim.claim_type == "quick_count":
        return _unverifiable(index, "quick_count_estimate")
    # Votes: the Sirekap figure taken at the progress the page states is the exact match for
    # what the page saw; so is a Sirekap figure equal to the page's count to the vote (the
    # page quoted that snapshot without saying its progress). Without either, only the
    # plenary result is a fair yardstick (counts move with every form that comes in).
    stated = _one_progress(progress.get((race, area), []))
    sirekap_history = [r for r in record.results_for(race, area) if r.tier == "sirekap"]
    matching = [r for r in sirekap_history if _same_progress(stated, r)] if stated else []
    matching = matching or [r for r in sirekap_history
                            if r.votes.get(candidate.id) == int(claim.value)]
    matching = matching or list(quoted.get((race, area), ()))
    if matching:
        target = matching[0]
    elif len(area) == 13 and sirekap_history:
        # One TPS: its C1 form is the whole count there, no progress to line up; the newest
        # reading of it is the yardstick (a corrected form replaces the first reading).
        target = sirekap_history[0]
    elif best.tier == "rekap" and not stated and claim.claim_type != "real_count":
        target = best
    elif claim.claim_type == "real_count":
        # Sirekap's running count at a moment the record does not hold: the plenary decree
        # is another basis, not the yardstick ("16.937.627 suara" on 21 Feb).
        return _unverifiable(index, "another_moment")
    else:
        # A real count's votes, or votes at a progress the page states, are a count at one
        # moment: the decree's final count is no yardstick for them (issue 10, time).
        return _unverifiable(index, "progress_differs")
    official_votes = target.votes.get(candidate.id)
    if official_votes is None:
        return _unverifiable(index, "no_official_figure")
    difference = int(claim.value) - official_votes
    relative = (Decimal(difference) * 100 / Decimal(official_votes)) if official_votes else \
        Decimal(100 if difference else 0)
    status = claim.approximate and rounded_reading(int(claim.value), difference) or \
        _grade(relative, limits["votes_consistent"], limits["votes_minor"])
    status = _held_to_decree(claim, target, difference, status)
    side = sirekap.votes.get(candidate.id) if sirekap and target.tier == "rekap" else None
    return Comparison(index, status, official_votes, difference, target.tier, target.as_of,
                      _pct(target.progress), target.source, **_beside(sirekap, side),
                      reason="rounding_unclear" if status == "unverifiable" else None)


def _compare_progress(index: int, claim: Claim, race: Race, area: str,
                      record: MemoryRecord) -> Comparison:
    """Progress moves by the minute: consistent if Sirekap ever showed it, discrepant only past
    every TPS or past a reading taken soon after the page's moment (moment.bounds_progress)."""
    history = [r for r in record.results_for(race, area)
               if r.tier == "sirekap" and r.progress is not None]
    if not history:
        return _unverifiable(index, "no_official_figure")
    claimed = Decimal(claim.value)
    for result in history:
        if abs(claimed - result.progress) <= _HUNDREDTH:
            return Comparison(index, "consistent", result.progress.quantize(_HUNDREDTH),
                              Decimal(0).quantize(_HUNDREDTH), "sirekap", result.as_of,
                              _pct(result.progress), result.source)
    highest = max(history, key=lambda r: r.progress)
    if claimed > 100 or (claimed > highest.progress and bounds_progress(claim.page_time,
                                                                        highest.as_of)):
        # Beyond every TPS there is, or beyond a reading taken after the page's moment (the
        # count only grows: "100%" at 09:47 on 28 Nov, 99.93% at 10:00). Otherwise (the same
        # day, no hour) a progress higher than the newest reading may simply be later.
        return Comparison(index, "discrepant", highest.progress.quantize(_HUNDREDTH),
                          (claimed - highest.progress).quantize(_HUNDREDTH), "sirekap",
                          highest.as_of, _pct(highest.progress), highest.source)
    # The newest reading is shown beside it (FIG004 still says Sirekap was lower then).
    return Comparison(index, "unverifiable", highest.progress.quantize(_HUNDREDTH),
                      (claimed - highest.progress).quantize(_HUNDREDTH), "sirekap",
                      highest.as_of, _pct(highest.progress), highest.source,
                      reason="progress_changes")


def _with_page(comparison: Comparison, claim: Claim, race: Race | None, record: MemoryRecord,
               pages: dict[tuple, str | None]) -> Comparison:
    """A known race's comparison carries its area's KPU page (figures, the C1 photos); `pages`:
    the addresses so far. `comparison` is new (_compare_one's): its page is set in place."""
    if race is None:
        return comparison
    key = (race.election, race.kind, race.area_of(claim.region_code))
    page = pages[key] if key in pages else pages.setdefault(key, official_page(*key, record))
    if page:
        object.__setattr__(comparison, "official_page", page)
    return comparison


def compare_claims(claims: Iterable[Claim], record: MemoryRecord | None,
                   limits: Mapping[str, Decimal]) -> tuple[Comparison, ...]:
    """One Comparison per claim, in claim order; `limits` are RuleSet.thresholds."""
    claims = list(claims)
    if record is None:
        return tuple(_unverifiable(i, "no_record") for i in range(len(claims)))
    bounds = {k: Decimal(str(v)) for k, v in limits.items()}
    races = [claim_race(claim, record) for claim in claims]  # once: three passes below ask it
    progress = _stated_progress(claims, races)
    quoted = _quoted_readings(claims, races, record)
    pages: dict[tuple, str | None] = {}
    results = progress_off_its_fraction(claims, tuple(
        _with_page(_compare_one(i, claim, race, progress, record, bounds, quoted), claim,
                   race, record, pages)
        for i, (claim, race) in enumerate(zip(claims, races))), bounds)
    return with_page_anchors(claims, races, results, record, bounds)


def figures_status(comparisons: Iterable[Comparison],
                   claims: Iterable[Claim] | None = None) -> str:
    """consistent | minor | discrepant | mixed | unverifiable | none, for the whole page. With
    the claims, figures a fact-check quotes from a hoax do not count: they are not the page's
    own (a debunk of a fake count is not itself `discrepant`)."""
    comparisons = list(comparisons)
    if claims is not None:
        claims = list(claims)
        comparisons = [c for c in comparisons
                       if c.claim >= len(claims) or not claims[c.claim].quoted]
    if not comparisons:
        return "none"
    graded = {c.status for c in comparisons} - {"unverifiable"}
    if not graded:
        return "unverifiable"
    if graded == {"consistent"}:
        return "consistent"
    if graded == {"discrepant"}:
        return "discrepant"
    return "mixed" if "discrepant" in graded else "minor"
