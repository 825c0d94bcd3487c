"""Many targets at once: URLs fetched concurrently, files read from disk, each checked by the
same pure core. Results keep the input order; a failure is a CheckError in its slot, so one
bad link never stops the other hundred."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from .context import Context
from .errors import CheckError
from .models import EvidenceFile, Report, Snapshot
from .pipeline import check_snapshot

__all__ = ["Target", "check_targets", "parse_target"]


@dataclass(frozen=True)
class Target:
    kind: str   # url | file
    value: str  # the URL (scheme added when missing) or the file path


def parse_target(text: str) -> Target:
    """A pasted address or a file on disk. Fact-checkers paste hosts without a scheme
    ("data-pemilu.pages.dev/gubernur"); those get https://."""
    raw = text.strip()
    if not raw:
        raise CheckError("target_unknown", target=text)
    if "://" in raw:
        return Target("url", raw)
    if os.path.exists(raw):
        return Target("file", raw)
    head = raw.split("/", 1)[0]
    if "." in head and " " not in raw and not raw.startswith((".", "/")) \
            and not head.lower().endswith((".html", ".htm", ".warc", ".gz", ".txt")):
        return Target("url", "https://" + raw)
    raise CheckError("target_unknown", target=raw)


def _load_file(target: Target, url: str | None, max_bytes: int) -> Snapshot:
    from .archive import load_path

    return load_path(Path(target.value), url, max_bytes=max_bytes)


def check_targets(targets: list[Target], context: Context, *, fetch_config=None,
                  url: str | None = None, concurrency: int = 16,
                  on_done: Callable[[int, object], None] | None = None,
                  on_snapshot: Callable[[int, Snapshot], EvidenceFile | None] | None = None
                  ) -> list[Report | CheckError]:
    """Check every target; `url` names the origin of a saved page (or picks a WARC record).

    `on_snapshot(index, snapshot)` runs on each snapshot before it is analysed (the CLI writes
    its WARC there): the EvidenceFile it returns becomes the report's `warc`, and a CheckError
    it raises fails that target alone.
    """
    from .fetch import FetchConfig

    config = fetch_config or FetchConfig()
    results: list[Report | CheckError | None] = [None] * len(targets)

    def settle(index: int, outcome) -> None:
        if isinstance(outcome, Snapshot):
            try:
                saved = on_snapshot(index, outcome) if on_snapshot else None
                outcome = check_snapshot(outcome, context)
                if saved is not None:
                    outcome = replace(outcome, warc=saved)
            except CheckError as exc:  # e.g. a recorded URL that is not a web URL
                outcome = exc
            except Exception as exc:  # noqa: BLE001 - a bug must not sink the other targets
                outcome = CheckError("analysis_failed", url=outcome.final_url,
                                     reason=f"{type(exc).__name__}: {exc}")
        results[index] = outcome
        if on_done:
            on_done(index, outcome)

    url_slots = [i for i, t in enumerate(targets) if t.kind == "url"]
    for i, target in enumerate(targets):
        if target.kind == "file":
            try:
                settle(i, _load_file(target, url, config.max_bytes))
            except CheckError as exc:
                settle(i, exc)
    if url_slots:
        import asyncio

        from .fetch import fetch_many

        asyncio.run(fetch_many([targets[i].value for i in url_slots], config,
                               concurrency=concurrency,
                               on_done=lambda j, outcome: settle(url_slots[j], outcome)))
    return results  # type: ignore[return-value]
