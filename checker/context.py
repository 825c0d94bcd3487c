"""What a check needs besides the snapshot, loaded at the edge and passed in (never read
from files, clocks or networks inside the core). `load_context` is the one way every shell
(CLI, web service, crawl) builds it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from checker.ruleset.model import RuleSet

__all__ = ["Context", "load_context"]


@dataclass(frozen=True)
class Context:
    rules: RuleSet
    now: datetime | None = None
    official: Any = None  # the official record (figures issue); None = not loaded


def load_context(rules_dir: str | None = None, db: str | None = None, *,
                 record: bool = True) -> Context:
    """The rules (a user's --rules-dir first, else the bundled rules/) and, with `record`, the
    official record (the shipped data on first use). Raises RulesError or CheckError, which
    each shell turns into words."""
    from checker.paths import rules_dir as find_rules
    from checker.ruleset.load import load_rules

    rules = load_rules(find_rules(rules_dir))
    if not record:
        return Context(rules=rules)
    from checker.official import default_record

    return Context(rules=rules, official=default_record(db))
