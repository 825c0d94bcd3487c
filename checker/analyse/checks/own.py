"""Checks on the page's own figures against each other that need the record to know the race's
pairs: the pairs' votes against the valid votes the page states (checker/figures/own_total)."""

from __future__ import annotations

from checker.analyse.checks import register
from checker.figures import own_total


@register("votes_sum_total")
def votes_sum_total(page, ctx, params):
    """The pairs' votes of one race add up to the valid votes ("suara sah") the page states;
    one finding per race where they do not (one of the figures is wrong)."""
    totals = own_total.page_totals(page.prose, ctx.rules.figures.param("max_text_chars"))
    for gap in own_total.sum_gaps(page.claims, totals, ctx.official):
        area = ctx.official.region(gap.area) if gap.area else None
        yield {"where": area.name if area is not None else gap.race.region or "-",
               "sum": gap.sum, "total": gap.total, "gap": abs(gap.total - gap.sum),
               "count": len(gap.claims)}
