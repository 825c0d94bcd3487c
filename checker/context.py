"""What a check needs besides the snapshot, loaded at the edge and passed in (never read
from files, clocks or networks inside the core)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from checker.ruleset.load import RuleSet


@dataclass(frozen=True)
class Context:
    rules: RuleSet
    now: datetime | None = None
    official: Any = None  # the official record (figures issue); None = not loaded
