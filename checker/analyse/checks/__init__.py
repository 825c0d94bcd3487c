"""The registry of checks that rules/*.yaml refer to by name.

A check is a pure function `check(page, ctx, params) -> Iterable[evidence mapping]`; each
evidence mapping it yields becomes one Finding with the rule's code, severity and confidence.
Registration is explicit: an unknown name in the rules fails when the rules load.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

Check = Callable[..., Iterable[Mapping[str, Any]]]
CHECKS: dict[str, Check] = {}


def register(name: str) -> Callable[[Check], Check]:
    def add(func: Check) -> Check:
        if name in CHECKS:
            raise ValueError(f"check {name!r} registered twice")
        CHECKS[name] = func
        return func
    return add


# Importing the modules registers their checks (explicitly listed, no discovery magic).
from checker.analyse.checks import domain
from checker.analyse.checks import figures
from checker.analyse.checks import page  # noqa: E402,F401
