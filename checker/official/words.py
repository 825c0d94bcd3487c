"""Words for the official-record commands (reports/official.yaml), id or en; a user's
template dir may reword them, as with errors.yaml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


from checker.paths import template_dirs
from checker.official.facts import WIB
from checker.yamlsafe import safe_load

__all__ = ["import_lines", "status_lines", "words"]


@lru_cache(maxsize=4)
def _catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for directory in reversed(template_dirs()):  # bundled first, a user dir wins
        path = Path(directory) / "official.yaml"
        if path.is_file():
            merged.update((safe_load(path.read_text("utf-8")) or {}).get("words", {}))
    return merged


def words(lang: str) -> dict[str, str]:
    return {key: entry.get(lang) or entry.get("id", key) for key, entry in _catalogue().items()}


def _n(value: int, lang: str) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "id" else text


def _pct(value, lang: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "id" else text


def import_lines(summary, lang: str) -> list[str]:
    """An ImportSummary in the user's language: totals, every skipped Sirekap-looking file
    with its reason, and the quirks seen (so nothing is dropped silently)."""
    w = words(lang)
    lines = [w["import_done"].format(files=_n(summary.files_read, lang),
                                     races=_n(summary.races, lang),
                                     candidates=_n(summary.candidates, lang),
                                     results=_n(summary.results, lang),
                                     regions=_n(summary.regions, lang))]
    if getattr(summary, "resumed", 0):
        lines.append(w["import_resumed"].format(files=_n(summary.resumed, lang)))
    other = 0
    for path, reason in summary.skipped:
        if reason == "not_sirekap":
            other += 1
            continue
        code = reason.split(" ")[0]
        lines.append(w["import_skipped"].format(path=path, reason=w.get(f"reason_{code}", reason)))
    if other:
        lines.append(w["import_skipped_other"].format(count=_n(other, lang)))
    if summary.quirks:
        quirks = ", ".join(f"{k} {_n(v, lang)}" for k, v in sorted(summary.quirks.items()))
        lines.append(w["import_quirks"].format(quirks=quirks))
    return lines


def status_lines(rows, lang: str, *, path, embedded: str | None, fetched: int) -> list[str]:
    w = words(lang)
    state = (w["status_loaded"].format(version=embedded) if embedded
             else w["status_not_loaded"])
    lines = [w["status_db"].format(path=path), w["status_embedded"].format(state=state)]
    for row in rows:
        if row.progress_total:
            progress = w["status_tps"].format(
                done=_n(row.progress_done or 0, lang), total=_n(row.progress_total, lang),
                percent=_pct(row.progress_done * 100 / row.progress_total, lang))
        elif row.progress_percent is not None:
            progress = w["status_percent"].format(percent=_pct(row.progress_percent, lang))
        else:
            progress = ""
        lines.append(w["status_row"].format(
            election=row.election, kind=w.get(f"kind_{row.kind}", row.kind), tier=row.tier,
            races=_n(row.races, lang), results=_n(row.results, lang),
            first=_when(row.first), last=_when(row.last), progress=progress))
    if not rows:
        lines.append(w["status_empty"])
    if fetched:
        lines.append(w["status_fetched"].format(count=_n(fetched, lang)))
    return lines


def _when(moment) -> str:
    return moment.astimezone(WIB).strftime("%Y-%m-%d %H:%M") + " WIB"
