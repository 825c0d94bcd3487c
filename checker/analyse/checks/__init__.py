"""The registry of checks that rules/*.yaml refer to by name.

A check is a pure function `check(page, ctx, params) -> Iterable[evidence mapping]`; each
evidence mapping it yields becomes one Finding with the rule's code, severity and confidence.
Registration is explicit: an unknown name in the rules fails when the rules load.

Each check declares the params a rule may give it, with their types and defaults:
`register("shares_sum", params={"tolerance": Param(Decimal, Decimal("0.5"))})`. The rules
loader (checker.ruleset.load) validates every rule's params against that declaration (an
unknown or misspelt key, or a wrong type, fails with the file, the rule code and the key) and
fills in the defaults, so a check reads `params["tolerance"]` already typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

__all__ = ["CHECKS", "PARAMS", "Param", "register"]

Check = Callable[..., Iterable[Mapping[str, Any]]]


@dataclass(frozen=True)
class Param:
    """One param of a check. `kind`: bool, int, str, Decimal (written as quoted text in YAML,
    "0.5", so no float rounding), [str] (a list of text) or {str: str} (a mapping of text)."""

    kind: Any
    default: Any
    low: Any = None   # bounds for a number (a check would fail on an hour of 25)
    high: Any = None


CHECKS: dict[str, Check] = {}
PARAMS: dict[str, Mapping[str, Param]] = {}


def register(name: str, params: Mapping[str, Param] | None = None) -> Callable[[Check], Check]:
    def add(func: Check) -> Check:
        if name in CHECKS:
            raise ValueError(f"check {name!r} registered twice")
        CHECKS[name] = func
        PARAMS[name] = dict(params or {})
        return func
    return add


# Importing the modules registers their checks (explicitly listed, no discovery magic).
from checker.analyse.checks import domain  # noqa: E402,F401
from checker.analyse.checks import figures  # noqa: E402,F401
from checker.analyse.checks import own  # noqa: E402,F401
from checker.analyse.checks import page  # noqa: E402,F401
