"""Issue 12 §5, the fixed cost of a small page: what a check worked out again for every figure
and page, and now keeps, gives the same answers as before.

A reading's total and shares (official.model.Result) are asked for every figure by compare,
copied_reading and the own-total checks; the record's results outlive the pages, so each is
worked out once per Result."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from decimal import Decimal

from checker.official.model import Race, Result

_RACE = Race("pilkada2024", "governor", "32")


def _reading(votes: dict[str, int]) -> Result:
    return Result(_RACE, "32", "sirekap", datetime(2024, 12, 1, tzinfo=timezone.utc), votes)


def test_shares_are_the_votes_over_the_total_asked_once_or_many_times():
    reading = _reading({"a": 5_023_112, "b": 2_771_001, "c": 0})
    total = 5_023_112 + 2_771_001
    for _ in range(3):
        assert reading.total == total
        assert reading.share("a") == Decimal(5_023_112) * 100 / Decimal(total)
        assert reading.share("b") == Decimal(2_771_001) * 100 / Decimal(total)
        assert reading.share("c") == Decimal(0)
        assert reading.share("x") is None


def test_a_reading_with_no_votes_has_no_share():
    reading = _reading({"a": 0, "b": 0})
    assert reading.share("a") is None and reading.share("a") is None
    assert reading.total == 0


def test_a_replaced_reading_works_out_its_own_shares():
    reading = _reading({"a": 1, "b": 3})
    assert reading.share("a") == Decimal(25)
    other = replace(reading, votes={"a": 3, "b": 1})
    assert other.total == 4 and other.share("a") == Decimal(75)
    assert reading.share("a") == Decimal(25)


def test_kept_shares_leave_equality_and_the_fields_alone():
    reading, twin = _reading({"a": 1, "b": 3}), _reading({"a": 1, "b": 3})
    reading.share("a")
    assert reading == twin and repr(reading) == repr(twin)


def test_a_share_is_worked_out_once_per_reading():
    reading = _reading({"a": 2, "b": 5})
    assert reading.share("a") is reading.share("a")
    assert reading.share("a") is not _reading({"a": 2, "b": 5}).share("a")
