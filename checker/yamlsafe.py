"""YAML read at run time (rules/, reports/): libyaml's CSafeLoader when PyYAML was built with it,
else the pure-Python SafeLoader. Both build only plain data (the safe constructors: no Python
objects); the C loader parses the rule files about ten times faster, a cold start's largest cost.

CEKRESMI_PURE_YAML=1 forces the pure loader (benchmarks/bench_coldstart.py times both)."""

from __future__ import annotations

import os
from typing import Any

import yaml

__all__ = ["LOADER", "safe_load"]

# CSafeLoader subclasses CParser + SafeConstructor + Resolver: the same safe constructors.
LOADER: type = (yaml.SafeLoader if os.environ.get("CEKRESMI_PURE_YAML")
                else getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def safe_load(text: str | bytes) -> Any:
    """Plain data (dict, list, str, int, float, bool, None, date) from YAML text."""
    return yaml.load(text, Loader=LOADER)  # noqa: S506 - LOADER is a safe loader
