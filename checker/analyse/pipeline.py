"""check_snapshot: the pure core every front end calls. check_url = fetch + check_snapshot."""

from __future__ import annotations

from decimal import Decimal

from checker.analyse.checks import CHECKS
from checker.figures import own_total
from checker.figures.area_sum import area_sum_blamed
from checker.figures.below_listed import held_below_listed
from checker.figures.below_reading import held_below_reading
from checker.figures.claims import extract_claims
from checker.figures.compare import compare_claims, figures_status
from checker.figures.copied_reading import held_to_copied, progress_of_copied
from checker.figures.contrasted import refute_contrasted
from checker.figures.far_share import far_blamed
from checker.figures.own_corrections import refute_corrected
from checker.figures.record_corrections import refute_by_record
from checker.figures.beside_count import BESIDE_COUNT
from checker.figures.count_slips import FINAL_SLIP
from checker.figures.final_result import held_final_results
from checker.figures.hoax_figures import mark_refuted
from checker.figures.interim import held_interim
from checker.figures.period_only import held_period_only
from checker.figures.other_base import held_other_base
from checker.figures.own_margin import margin_blamed
from checker.figures.own_repeat import repeat_blamed
from checker.figures.own_shares import blamed_shares
from checker.figures.stray_thousands import magnitude_blamed
from checker.figures.part_count import held_part_counts
from checker.figures.past_pairs import number_quotes
from checker.figures.cut_short import cut_short
from checker.figures.race_names import name_races
from checker.figures.pinned_share import held_to_pinned
from checker.figures.regency_read_in import held_regency_read_in
from checker.figures.plenary_drift import held_plenary_drift
from checker.figures.projected import held_projections
from checker.figures.own_tally import hold_own_tallies
from checker.figures.over_station import over_station
from checker.figures.parts_past_whole import parts_blamed
from checker.figures.over_valid import over_valid
from checker.figures.pair_reach import beyond_reach_blamed
from checker.figures.reported_counts import camp_medium, hold_reported_counts, reports_counts
from checker.figures.restated_basis import hold_restated_bases
from checker.figures.slip_area import placed_slips
from checker.figures.stated_base import base_blamed
from checker.figures.same_reading import held_to_reading
from checker.figures.share_bound import beyond_share_blamed
from checker.figures.share_sum import share_sum_blamed
from checker.figures.swapped_shares import swapped_blamed
from checker.figures.teaser_flags import held_teaser_flags
from checker.figures.total_by_areas import blamed_by_areas
from checker.figures.grade_bounds import decimal_bounds
from checker.context import Context
from checker.analyse.page import Page, extract
from checker.analyse.checks.common import kpu_host
from checker.models import SEVERITIES, Finding, Report, Snapshot, Source, replace
from checker.analyse.verdict import decide


def _domain_check(check: str) -> bool:
    return CHECKS[check].__module__.rsplit(".", 1)[-1] == "domain"


# The rules on the figures' grades (FIG020-FIG022) are decided once, on the final comparisons:
# stages after the other rules still hold or grade figures (blind hunt 57).
_ON_FINAL_GRADES = "figures_compared"


def run_rules(page: Page, context: Context, *, address: bool = True) -> tuple[Finding, ...]:
    """Every rule on the page but those on the figures' grades (`with_grade_findings`);
    `address=False` (an image that shows no web address): the domain rules are skipped, there
    is no host to judge."""
    return _ranked(_findings([rule for rule in context.rules.rules
                              if rule.check != _ON_FINAL_GRADES and
                              (address or not _domain_check(rule.check))], page, context))


def with_grade_findings(findings: tuple[Finding, ...], page: Page,
                        context: Context) -> tuple[Finding, ...]:
    """`findings` and those of the rules on the figures' grades, on `page`, whose comparisons
    are the final ones."""
    return _ranked([*findings, *_findings([rule for rule in context.rules.rules
                                           if rule.check == _ON_FINAL_GRADES], page, context)])


def _findings(rules, page: Page, context: Context) -> list[Finding]:
    return [Finding(rule.code, rule.severity, rule.confidence, evidence) for rule in rules
            for evidence in CHECKS[rule.check](page, context, rule.params)]


def _ranked(findings) -> tuple[Finding, ...]:
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return tuple(sorted(findings, key=lambda f: (-rank[f.severity], f.code)))


def _source(snapshot: Snapshot, page: Page, context: Context, findings, address: bool) -> Source:
    platform = next((f.evidence["platform"] for f in findings if f.code == "DOM020"), None)
    return Source(
        requested_url=snapshot.requested_url, final_url=snapshot.final_url if address else "",
        host=page.final.unicode_host if address else "",
        registered_domain=page.final.registered_domain if address else "",
        is_official=address and kpu_host(page.final.host, context),
        hosting_platform=platform, redirects=snapshot.redirects, fetched_at=snapshot.fetched_at,
        sha256=snapshot.sha256 if snapshot.body else None, status=snapshot.status,
        content_type=snapshot.content_type, origin=snapshot.origin,
    )


def _needs_rendering(page: Page, claims) -> bool:
    """Scripts draw what a reader sees: an app shell, or no figure read from the page's own
    text or tables. Figures from JSON alone (an archive replays the JSON the page loaded) are
    not what the page shows: it often computes shares in the browser, and those shown figures
    are its claims, read from the rendered DOM (issue 10 §3)."""
    if not page.is_html or page.script_count == 0:
        return False
    return page.app_shell or not any(c.origin != "json" for c in claims)


def _own(claims, comparisons) -> dict:
    """The claims the rules see: the page's own. Figures a fact-check quotes from a hoax stay
    in the report (compared, marked quoted) but never trigger findings about the page itself
    (issue 10: a debunk is not `discrepant`, nor a "real count KPU" for the Pilkada)."""
    keep = [i for i, claim in enumerate(claims) if not claim.quoted]
    if len(keep) == len(claims):
        return {"claims": claims, "comparisons": comparisons}
    new = {old: new for new, old in enumerate(keep)}
    return {"claims": tuple(claims[i] for i in keep),
            "quoted": tuple(claim for claim in claims if claim.quoted),
            "comparisons": tuple(replace(c, claim=new[c.claim]) for c in comparisons
                                 if c.claim in new)}


def _own_total(page: Page, claims, comparisons, context: Context) -> tuple:
    """A pair's count that breaks the sum of the page's own figures, singled out by the record
    (checker/figures/own_total.py), or the one share that does not follow from the page's own
    votes (own_shares.py), or the one share that keeps a race's shares from adding to 100
    (share_sum.py), or the one kecamatan count that keeps a pair's list from adding up to its
    kab/kota count (area_sum.py), or the one pair's count the total and its own area list
    both contradict (total_by_areas.py), or a count beyond its own share of every vote the race
    there could have (share_bound.py), or a plenary count beyond anything its pair could reach
    there (pair_reach.py), or the far items of an area list that adds up past its own whole
    (parts_past_whole.py), or a plenary figure the page states twice, two ways
    (own_repeat.py), or a count that breaks the margin the page states (own_margin.py), or two
    shares given by ballot number the wrong way round (swapped_shares.py), or a count whose
    stray "ribu" the page's own shares prove (stray_thousands.py), is
    graded against what the page's figures imply, unless the record already flagged it (a
    count one keystroke off the final figure, count_slips.py, and a share its own count beside
    it rules out, beside_count.py, are the page's contradictions too: its own words say more).
    (Their modules are imported with this one: every check asks them, and an import statement
    inside the function cost 2-4 us each at each call; issue 12.)"""
    record = context.official
    reach = context.rules.figures.param("max_text_chars")
    totals = own_total.page_totals(page.prose, reach)
    gaps = own_total.sum_gaps(claims, totals, record)
    limits = _limits(context)
    blamed = {**share_sum_blamed(claims, record, limits), **blamed_shares(claims, record, limits),
              **own_total.blamed(gaps, claims, record, limits),
              **area_sum_blamed(claims, record, limits), **repeat_blamed(claims, record, limits),
              **margin_blamed(claims, page.prose[:reach], record, limits),
              **blamed_by_areas(gaps, claims, limits), **swapped_blamed(claims, record, limits),
              **beyond_share_blamed(claims, record, limits),
              **beyond_reach_blamed(claims, record, limits),
              **parts_blamed(claims, record, limits),
              **magnitude_blamed(claims, record, limits)}
    if blamed:
        comparisons = _graded_by_page(comparisons, blamed, lambda c: c.status not in (
            "discrepant", "minor") or c.reason in (FINAL_SLIP, BESIDE_COUNT))
    # A share no base the page states allows (stated_base.py), or far below any base at all
    # (far_share.py): only where the record left it ungraded (a share the record finds
    # consistent may copy a reading of another moment).
    return _graded_by_page(comparisons, {**base_blamed(claims, page.prose[:reach], totals,
                                                       record, limits),
                                         **far_blamed(claims, record, limits)},
                           lambda c: c.status == "unverifiable")


def _limits(context: Context) -> dict[str, Decimal]:
    """The rules' thresholds as Decimals, as the page's own-figure checks compare them."""
    return decimal_bounds(context.rules.thresholds)


def _graded_by_page(comparisons, blamed: dict, replaces) -> tuple:
    """`comparisons` with each blamed claim graded by the page's own figures (its official
    page kept), where `replaces(comparison)` says the page's grade wins over the record's."""
    return tuple(replace(blamed[c.claim], official_page=c.official_page)
                 if c.claim in blamed and replaces(c) else c for c in comparisons)


# The holds of a moment the page does not state: a share the page's own shares prove wrong is
# wrong at every moment, so they do not void that grade.
_MOMENT_HOLDS = frozenset({"interim_unstated", "another_moment", "plenary_not_loaded"})


def _sums_over_moments(claims, comparisons, context: Context) -> tuple:
    """A share whose race's shares add to no hundred, singled out by the record (share_sum.py,
    `fine`: by hundredths too, "60,75%" beside 39,27), graded by the page where the record
    found it consistent or held it as a figure of some moment of the count ("Hasil Sementara":
    Sarmi's "41,10%" beside 52,90 is wrong whenever it was read). A grade the record's own
    readings gave (same_reading, copied_reading) stays."""
    if not any(c.status == "consistent" and claims[c.claim].kind == "share" or
               c.reason in _MOMENT_HOLDS for c in comparisons):
        return comparisons
    blamed = share_sum_blamed(claims, context.official, _limits(context), fine=True)
    return _graded_by_page(comparisons, blamed,
                           lambda c: c.status == "consistent" or c.reason in _MOMENT_HOLDS)


def check_snapshot(snapshot: Snapshot, context: Context, *, address: bool = True) -> Report:
    """Analyse what was retrieved. Pure: no network, clock, database or files.

    Every input takes this one path, a screenshot too (checker.image.check turns its OCR'd
    lines into markup first). `address=False`: the input shows no web address of its own (an
    image with no address bar, watermark or cited source), so `final_url` is a placeholder
    extraction needs; no domain rule runs and the report's source names no host."""
    page = extract(snapshot, context.rules.vocabulary, context.rules.figures.params)
    # Figures: what the page claims, then the same claims against the official record. Both
    # ride on the Page so the figures rules read them like any other fact.
    claims = name_races(extract_claims(page, snapshot, context.official, context.rules),
                        context.official)
    comparisons = held_to_reading(claims, cut_short(claims, compare_claims(
        claims, context.official, context.rules.thresholds)), context.official)
    comparisons = _own_total(page, claims, comparisons, context)
    # Then the readings the page's figures copy: where the page contradicts itself, that is
    # what the reader learns first (own_total and its kin already graded those figures).
    comparisons = held_to_copied(claims, comparisons, context.official, context.rules.thresholds)
    comparisons = progress_of_copied(claims, comparisons, context.official,
                                     context.rules.thresholds)
    comparisons = held_below_reading(claims, comparisons, context.official)
    comparisons = held_below_listed(claims, comparisons, context.official)
    # None of those holds a plenary count to Sirekap closer than the two tallies drift apart,
    # nor grades a figure the page gives as a projection as KPU's count.
    comparisons = held_plenary_drift(claims, comparisons, context.official)
    # And a share beside its pair's count equal to a Sirekap reading is that reading's.
    comparisons = held_to_pinned(claims, comparisons, context.official)
    # A governor pair's count near its count in one kab/kota is that regency's, not a slip.
    comparisons = held_regency_read_in(claims, comparisons, context.official)
    comparisons = held_projections(claims, comparisons, page.prose,
                                   context.rules.figures.projection_words, context.official,
                                   context.rules.figures.hope_words,
                                   context.rules.figures.hope_contrasts)
    comparisons = held_interim(claims, comparisons, page.prose, "\n".join(
        [page.title, page.og_title, *page.headings[:1]]), context.rules.figures.interim_words,
        context.official)
    comparisons = held_period_only(claims, comparisons, page.prose, context.official)
    comparisons = _sums_over_moments(claims, comparisons, context)
    # A share given as the final result is the plenary's, as one the page calls so is.
    comparisons = held_final_results(claims, comparisons, page.prose,
                                     context.rules.figures.final_words, context.official)
    # A share beside a count of part of the TPS is that moment's, as its held count is.
    comparisons = held_part_counts(claims, comparisons, page.prose, context.official)
    # A debunk's hoax figures the record holds nothing for: reported as the hoax's.
    voc = context.rules.vocabulary
    comparisons = mark_refuted(claims, comparisons, page.debunk, voc.hoax_attributions,
                               voc.hoax_corrections, page.prose)
    # A campaign's own count that a news page reports is the team's, quoted: not the page's.
    comparisons = hold_reported_counts(claims, comparisons, lambda: reports_counts(
        page, any(CHECKS["known_source"](page, context, {})), context.rules.figures))
    # And a tally the page gives as someone's own (a person's, a team's), unless it is the camp's.
    comparisons = hold_own_tallies(claims, comparisons,
                                   lambda: camp_medium(page, context.rules.figures))
    # A flag on another article's headline ("Baca juga: ...", a related story's link) is not
    # this page's.
    comparisons = held_teaser_flags(claims, comparisons, page)
    # A headline's figure of no basis said is the body's same figure, on the body's basis.
    comparisons = hold_restated_bases(claims, comparisons)
    # Shares the page's own counts show to be of a larger base (all ballots) than the record's.
    comparisons = held_other_base(claims, comparisons, page.prose, context.official)
    # A count held for its size that a slip's grade places again names the area it was graded for.
    claims = placed_slips(claims, comparisons)
    page = replace(page, **_own(claims, comparisons))
    findings = run_rules(page, context, address=address)
    ruled = claims  # as the rules saw them: before the quotes are numbered
    claims = number_quotes(claims, context.rules.figures)  # after the hoax's and the label
    # Numbered, a past election's quote the debunk sets against its own figure is the hoax's.
    claims, comparisons = refute_contrasted(claims, comparisons, page.debunk,
                                            voc.hoax_attributions, voc.hoax_corrections,
                                            page.prose)
    # And a news page's own correction ("182, bukan 482") refutes the figure it corrects.
    claims, comparisons = refute_corrected(claims, comparisons, page.prose)
    # So does a misreading it sets right with the record's own figure ("91, padahal ... 19").
    comparisons = refute_by_record(claims, comparisons, page.prose)
    # A count the record cannot grade, above every valid vote the page gives its place.
    comparisons = over_valid(claims, comparisons, page.prose, context.official, _limits(context))
    # And a pair's count at one polling station beyond any station's roll (a misread form).
    comparisons = over_station(claims, comparisons, page.prose)
    # The findings on the grades say what the figures list says: a flag the stages since the
    # rules held (a misread the page sets right with the record's own figure) is no longer the
    # page's, and a count they graded (a station's beyond any roll) is (blind hunt 57).
    findings = with_grade_findings(findings, replace(page, **_own(ruled, comparisons)),
                                   context)
    words = set(page.election_words)
    elections = tuple(e.key for e in context.rules.elections if words & set(e.words))
    return Report(
        label=decide((f.code for f in findings), context.rules.verdicts),
        source=_source(snapshot, page, context, findings, address),
        findings=findings, page_title=page.title[:500], rules_version=context.rules.version,
        elections=elections, claims=claims, comparisons=comparisons,
        figures_status=figures_status(comparisons, claims),
        rendering=snapshot.rendering,
        render_hint=_needs_rendering(page, claims),
    )


RENDER_MODES = ("auto", "always", "never")


def should_render(mode: str, report: Report) -> bool:
    """`--render auto|always|never` for a page whose static check gave `report`."""
    if mode not in RENDER_MODES:
        raise ValueError(f"render mode {mode!r} (choose from {', '.join(RENDER_MODES)})")
    return mode == "always" or (mode == "auto" and report.render_hint)


def check_url(url: str, context: Context, config=None) -> Report:
    from checker.retrieve.fetch import FetchConfig, fetch

    return check_snapshot(fetch(url, config or FetchConfig()), context)
