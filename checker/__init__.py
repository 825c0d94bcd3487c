"""cekresmi: is this election-results page the KPU, an impostor, or an unofficial count?

The public API. Everything here is pure except `check_url` (which fetches) and `load_rules`
(which reads files). Shells (CLI, web, crawls) use only these names.

Names load on first use (PEP 562), so `cekresmi --help` does not pay for the analysis stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.lazy import lazy_names

__all__ = [
    "ALGORITHM_VERSION",
    "CheckError",
    "Context",
    "Finding",
    "Hop",
    "REPORT_SCHEMA",
    "Report",
    "Resource",
    "RuleSet",
    "RulesError",
    "Snapshot",
    "Source",
    "check_snapshot",
    "check_url",
    "load_rules",
]

_HOME = {
    "ALGORITHM_VERSION": "models", "CheckError": "errors", "Context": "context",
    "Finding": "models", "Hop": "models", "REPORT_SCHEMA": "models", "Report": "models",
    "Resource": "models", "RuleSet": "ruleset.model", "RulesError": "ruleset.schema",
    "Snapshot": "models", "Source": "models", "check_snapshot": "analyse.pipeline",
    "check_url": "analyse.pipeline", "load_rules": "ruleset.load",
}


__getattr__ = lazy_names(__name__, _HOME)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:  # for type checkers and IDEs: the same names, imported eagerly
    from checker.context import Context
    from checker.errors import CheckError
    from checker.models import (ALGORITHM_VERSION, REPORT_SCHEMA, Finding, Hop, Report, Resource,
                         Snapshot, Source)
    from checker.analyse.pipeline import check_snapshot, check_url
    from checker.ruleset.load import load_rules
    from checker.ruleset.model import RuleSet
    from checker.ruleset.schema import RulesError
