"""A volunteers' count of the C1 form photos they collect (KawalPemilu, issue 10, basis). Pure.

Such a count is neither KPU's (the plenary, Sirekap) nor a pollster's sample: it tallies the TPS
whose forms its volunteers photographed, so at any moment it covers other TPS than Sirekap and,
even when it stops, not all of them (82 % in 2024). Reported accurately it differs from the
record: "54,14 persen" for Prabowo-Gibran on KawalPemilu on 23 Feb 2024 is no misquote of the
decree's 58.59 (third hunt on unseen news pages). Its graded figures are held `civic_count`,
the official figure and gap still shown; one that agrees with the record does so by chance, as
a quick count's does (JagaSuara's 53,24 in Depok beside Sirekap's 53,25 was graded consistent,
a KPU figure it is not: blind hunt 5). A fact-check's quote of a hoax keeps its grade.
"""

from __future__ import annotations

from dataclasses import replace

from checker.models import Claim, Comparison

__all__ = ["hold_civic_counts"]


def hold_civic_counts(claims: list[Claim],
                      comparisons: tuple[Comparison, ...]) -> tuple[Comparison, ...]:
    """The comparisons with each graded figure of a volunteers' count held `civic_count`."""
    return tuple(replace(c, status="unverifiable", reason="civic_count")
                 if c.status in ("consistent", "minor", "discrepant") and
                 claims[i].claim_type == "civic_count" and not claims[i].quoted
                 else c for i, c in enumerate(comparisons))
