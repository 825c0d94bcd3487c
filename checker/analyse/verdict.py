"""Findings -> one label, from the ordered table in rules/verdicts.yaml (first match wins)."""

from __future__ import annotations

from typing import Iterable

from checker.ruleset.model import VerdictRow


def decide(codes: Iterable[str], table: tuple[VerdictRow, ...]) -> str:
    fired = set(codes)
    for row in table:
        if row.none_of and fired & set(row.none_of):
            continue
        if not row.any_of or fired & set(row.any_of):
            return row.label
    raise ValueError("the verdict table has no default row")  # the loader forbids this
