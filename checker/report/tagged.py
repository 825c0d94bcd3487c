"""The tagged JSON cekresmi stored reports in before they were kept as the documented
`cekresmi.report/1` JSON (checker.report.codec): plain JSON with tags for what JSON lacks
(Decimal, datetime, tuple, bytes, the model dataclasses). Still used for two things: reading
rows an older cekresmi wrote (and migrating them), and keeping the exact Python types of a
finding's evidence where the documented JSON would flatten them (a Decimal 42.02 shown as
"42,02" in Indonesian must not come back as the string "42.02").

Never pickle: a database file may come from someone else. Only the model classes named here
are ever built from a tag."""

from __future__ import annotations

import base64
import dataclasses
import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from checker.models import (Claim, Comparison, Debunk, EvidenceFile, Finding, Hop, ImageInfo,
                            ImageRegion, Rendering, Report, Source)

__all__ = ["decode_tagged", "is_tagged", "tag", "untag"]

_CLASSES = {cls.__name__: cls for cls in (Report, Source, Hop, Finding, Claim, Comparison,
                                          EvidenceFile, Rendering, ImageInfo, ImageRegion,
                                          Debunk)}


def tag(value: Any) -> Any:
    """A value as tagged JSON (TypeError for a type it cannot keep: a new model needs a tag)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else {"$float": str(value)}
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple):
        return {"$tuple": [tag(v) for v in value]}
    if isinstance(value, list):
        return [tag(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return {"$set": [tag(v) for v in sorted(value, key=repr)]}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, Mapping):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: tag(v) for k, v in value.items()}
        return {"$map": [[tag(k), tag(v)] for k, v in value.items()]}
    name = type(value).__name__
    if dataclasses.is_dataclass(value) and _CLASSES.get(name) is type(value):
        return {"$dc": name, "v": {f.name: tag(getattr(value, f.name))
                                   for f in dataclasses.fields(value)}}
    raise TypeError(f"cannot store a {name} in a report")


def untag(value: Any) -> Any:
    """The value tag() wrote. KeyError for an unknown class name, ValueError for a bad tag."""
    if isinstance(value, list):
        return [untag(v) for v in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1 or "$dc" in value:
        name = next(iter(value))
        if name == "$dec":
            return Decimal(value[name])
        if name == "$dt":
            return datetime.fromisoformat(value[name])
        if name == "$date":
            return date.fromisoformat(value[name])
        if name == "$tuple":
            return tuple(untag(v) for v in value[name])
        if name == "$set":
            return frozenset(untag(v) for v in value[name])
        if name == "$bytes":
            return base64.b64decode(value[name])
        if name == "$float":
            return float(value[name])
        if name == "$map":
            return {untag(k): untag(v) for k, v in value[name]}
        if "$dc" in value:
            cls = _CLASSES[value["$dc"]]
            known = {f.name for f in dataclasses.fields(cls)}
            # Fields a newer cekresmi added are dropped; ones it removed take their defaults.
            return cls(**{k: untag(v) for k, v in value["v"].items() if k in known})
    return {k: untag(v) for k, v in value.items()}


def is_tagged(text: str) -> bool:
    """A report in the old tagged encoding (what cekresmi wrote before schema 2 of its stores)."""
    return text.lstrip().startswith('{"$dc"')


def decode_tagged(text: str) -> Report:
    """The Report an older cekresmi stored. ValueError when the text is not one."""
    try:
        report = untag(json.loads(text))
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise ValueError(f"not a stored report ({type(exc).__name__}: {exc})") from None
    if not isinstance(report, Report):
        raise ValueError("not a stored report")
    return report
