"""A Report as text and back for the crawl store: the web's report-store encoding
(checker.store.reports: tagged JSON, only the model classes ever decoded), so the crawl and the
web keep reports one way. Lossless, Rendering and its screenshot included, so a crawl's stored
result renders again later exactly as it was checked."""

from __future__ import annotations

from checker.store.reports import decode_report as loads
from checker.store.reports import encode_report as dumps

__all__ = ["dumps", "loads"]
