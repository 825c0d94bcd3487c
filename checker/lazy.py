"""Names that load on first use (PEP 562), for the packages whose public names live in modules
a given command may never need: `cekresmi --help` must not pay for the analysis stack, a page
check not for OCR or the importers."""

from __future__ import annotations

import importlib
import sys
from typing import Any, Callable


def lazy_names(package: str, home: dict[str, str]) -> Callable[[str], Any]:
    """The module `__getattr__` of `package`: a name of `home` is imported from
    `package.<home[name]>` the first time it is asked for and kept in the package, so later
    look-ups never come back here."""
    def __getattr__(name: str) -> Any:
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value
    return __getattr__
