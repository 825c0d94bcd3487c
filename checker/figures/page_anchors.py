"""What the page's own figures say about each comparison, after each claim was set against the
record alone: a sum of the 38 provinces graded against the country less abroad, plenary
figures graded from anchors the page gives (the other pairs' counts, a nearly complete Sirekap
reading), a count or share one keystroke off what the record's final figure or the page's
other figures give, then every hold that knows better than a lone comparison (an early count, a
real count dated before a later reading, a share of no moment beside a reading mid-count, a
province's figure dated before any plenary, a race's plenary before its decree, a campaign's
rounded share, a reading the page tells as of an earlier moment, a table row's reading of
its own progress, a volunteers' count, a quick count restated in the lead, a hoax's quoted set).
The holds come last, so a hold always wins over a grade."""

from __future__ import annotations

from decimal import Decimal
from typing import Mapping

from checker.figures.before_plenary import hold_before_plenary
from checker.figures.beside_count import grade_beside_count
from checker.figures.campaign_counts import grade_campaign_counts
from checker.figures.civic_counts import hold_civic_counts
from checker.figures.count_ratios import grade_outlying_counts
from checker.figures.count_slips import grade_slips
from checker.figures.dated_reading import hold_dated_interim
from checker.figures.early_count import hold_early_counts
from checker.figures.earlier_reading import hold_earlier_readings
from checker.figures.mid_count import hold_mid_count_shares
from checker.figures.outsized import grade_outsized
from checker.figures.provinces_only import grade_provinces_only
from checker.figures.quoted_sets import hold_quoted_sets
from checker.figures.restated_quick import hold_restated_quick_counts
from checker.figures.row_moment import hold_row_readings
from checker.figures.settled import grade_settled
from checker.figures.under_way import hold_under_way_shares
from checker.figures.unfinished import hold_unfinished

__all__ = ["with_page_anchors"]


def with_page_anchors(claims: list, races: list, results: tuple, record,
                      bounds: Mapping[str, Decimal]) -> tuple:
    """compare_claims' last step: `results` (one Comparison per claim) as the page's own
    figures grade or hold them."""
    results = grade_provinces_only(claims, races, results, record, bounds)  # abroad left out
    results = grade_settled(claims, races, results, record)
    results = grade_beside_count(claims, races, results, record, bounds)  # no base of its count
    results = grade_outlying_counts(claims, races, results, record)
    results = grade_slips(claims, races, results, record, bounds)  # one keystroke off
    results = grade_outsized(claims, races, results, record)  # beyond all votes cast there
    results = hold_unfinished(claims, races, hold_early_counts(claims, races, results, record),
                              record)
    results = hold_under_way_shares(claims, races, results, record)  # the record mid-count
    results = hold_dated_interim(claims, races, hold_mid_count_shares(claims, races, results,
                                                                      record), record)
    results = hold_before_plenary(claims, races, results, record)  # no province's plenary yet
    results = hold_civic_counts(claims, grade_campaign_counts(
        claims, races, results, bounds["share_consistent"], record))
    results = hold_earlier_readings(claims, races, results)  # a reading told as then
    results = hold_row_readings(claims, races, results)  # a table's row of its own hour
    return hold_quoted_sets(claims, hold_restated_quick_counts(claims, races, results),
                            bounds["share_minor"])
