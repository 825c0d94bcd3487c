"""A Report as JSON and back, losslessly, so a crawl's stored result can be rendered again
later (digests, per-site reports) exactly as it was checked, whatever the rules say by then.

Tagged JSON: dataclasses, Decimals, datetimes, tuples and mappings each carry a tag, so a
figure stays a Decimal and a tuple stays a tuple. Only the model classes below are decoded:
a stored row can never name another class.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from decimal import Decimal
from typing import Any, Mapping

from .models import Claim, Comparison, EvidenceFile, Finding, Hop, Report, Source

__all__ = ["dumps", "loads"]

_CLASSES = {cls.__name__: cls for cls in (Claim, Comparison, EvidenceFile, Finding, Hop, Report,
                                          Source)}


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if dataclasses.is_dataclass(value) and type(value).__name__ in _CLASSES:
        return {"$c": type(value).__name__,
                "f": {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)
                      if f.init}}
    if isinstance(value, Decimal):
        return {"$d": str(value)}
    if isinstance(value, datetime):
        return {"$t": value.isoformat()}
    if isinstance(value, Mapping):
        return {"$m": [[str(k), _encode(v)] for k, v in value.items()]}
    if isinstance(value, tuple):
        return {"$l": [_encode(v) for v in value]}
    if isinstance(value, list):  # evidence keeps lists as lists (equality tells them apart)
        return {"$L": [_encode(v) for v in value]}
    return str(value)  # anything else an analyser put in evidence: its text


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    if "$c" in value:
        cls = _CLASSES[value["$c"]]  # KeyError on an unknown class: never instantiate it
        return cls(**{k: _decode(v) for k, v in value["f"].items()})
    if "$d" in value:
        return Decimal(value["$d"])
    if "$t" in value:
        return datetime.fromisoformat(value["$t"])
    if "$m" in value:
        return {k: _decode(v) for k, v in value["$m"]}
    if "$l" in value:
        return tuple(_decode(v) for v in value["$l"])
    if "$L" in value:
        return [_decode(v) for v in value["$L"]]
    raise ValueError(f"unknown tag in stored report: {sorted(value)}")


def dumps(report: Report) -> str:
    return json.dumps(_encode(report), ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Report:
    report = _decode(json.loads(text))
    if not isinstance(report, Report):
        raise ValueError("stored value is not a report")
    return report
