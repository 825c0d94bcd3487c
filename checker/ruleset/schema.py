"""A small strict validator for the YAML in rules/: unknown keys and wrong types fail loudly.

Kept tiny on purpose: the rules are data a newsroom may edit, and a typo ("severty") must stop
the program with the file and the key, not be silently ignored.
"""

from __future__ import annotations

from typing import Any


class RulesError(ValueError):
    """The rules data is malformed. The message names the file and the path inside it."""


class Field:
    def __init__(self, kind: Any, required: bool = True, default: Any = None) -> None:
        self.kind = kind
        self.required = required
        self.default = default


def opt(kind: Any, default: Any = None) -> Field:
    return Field(kind, required=False, default=default)


TEXT = {"id": Field(str), "en": Field(str)}


def validate(value: Any, kind: Any, where: str) -> Any:
    """Check `value` against `kind` and return it (dicts get defaults filled in).

    kind is a Python type, a dict of Field (a mapping with known keys), a one-item list
    [kind] (a list of kind), a tuple of literal choices, or a Field.
    """
    if isinstance(kind, Field):
        kind = kind.kind
    if isinstance(kind, dict):
        if not isinstance(value, dict):
            raise RulesError(f"{where}: expected a mapping, got {type(value).__name__}")
        unknown = sorted(set(value) - set(kind))
        if unknown:
            raise RulesError(f"{where}: unknown key(s) {', '.join(map(str, unknown))}")
        out = {}
        for key, spec in kind.items():
            if key in value:
                out[key] = validate(value[key], spec, f"{where}.{key}")
            elif spec.required:
                raise RulesError(f"{where}: missing key {key}")
            else:
                out[key] = spec.default
        return out
    if isinstance(kind, list):
        if not isinstance(value, list):
            raise RulesError(f"{where}: expected a list, got {type(value).__name__}")
        return [validate(item, kind[0], f"{where}[{i}]") for i, item in enumerate(value)]
    if isinstance(kind, tuple):
        if value not in kind:
            raise RulesError(f"{where}: {value!r} is not one of {', '.join(map(str, kind))}")
        return value
    if kind is Any:
        return value
    # bool is an int in Python; a YAML `no` must not pass as a number or a string.
    if kind is str and not isinstance(value, str):
        raise RulesError(f"{where}: expected text, got {type(value).__name__} {value!r}"
                         " (quote words such as no/on/off)")
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise RulesError(f"{where}: expected a whole number, got {value!r}")
    if kind is bool and not isinstance(value, bool):
        raise RulesError(f"{where}: expected true/false, got {value!r}")
    if kind is dict and not isinstance(value, dict):
        raise RulesError(f"{where}: expected a mapping, got {type(value).__name__}")
    return value
