"""cekresmi: is this election-results page the KPU, an impostor, or an unofficial count?

The public API. Everything here is pure except `check_url` (which fetches) and the loaders
(`load_rules`, `load_path`), which read files. Shells (CLI, web, crawls) use only these names.
"""

from .context import Context
from .errors import CheckError
from .models import (ALGORITHM_VERSION, REPORT_SCHEMA, Finding, Hop, Report, Resource, Snapshot,
                     Source)
from .pipeline import check_snapshot, check_url
from .rules import RuleSet, load_rules
from .schema import RulesError

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
