"""The official record for tests, built from the real Sirekap data shipped in tests/data
(through realdata) with the project's own importer (checker/official), once per test session."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from checker.official.importer import import_sirekap_tree
from checker.official.model import MemoryRecord
from checker.official.record import load_record
from checker.official.store import Store
from realdata import governor_csv, pemilu_aggregates, pilkada_snapshot

PILKADA = pilkada_snapshot()
PEMILU = pemilu_aggregates() / "pemilu"
# The JSON as the unofficial site loaded it, from the scraper's public repository.
RAW_BASE = "https://raw.githubusercontent.com/razanfawwaz/pilkada-scrap/refs/heads/main/"


@lru_cache(maxsize=1)
def record() -> MemoryRecord:
    """Pilkada 2024 (governor and regent/mayor races, regions) and the Pemilu 2024
    presidential race, as the importer reads them."""
    store = Store(":memory:")
    try:
        import_sirekap_tree(store, PILKADA)
        import_sirekap_tree(store, PEMILU)
        return load_record(store)
    finally:
        store.close()


@lru_cache(maxsize=1)
def record_with_rekap() -> MemoryRecord:
    """The same record plus the plenary results the package ships (30 governor races' decrees,
    the Pilpres decree): what a fresh install compares against."""
    from checker.official.rekap import import_rekap_csv

    store = Store(":memory:")
    try:
        import_sirekap_tree(store, PILKADA)
        import_sirekap_tree(store, PEMILU)
        import_rekap_csv(store, REKAP_CSV)
        return load_record(store)
    finally:
        store.close()


REKAP_CSV = Path(__file__).resolve().parent.parent / "checker" / "official" / "data" / \
    "rekap_2024.csv"


@lru_cache(maxsize=1)
def governor_rows() -> tuple[dict[str, str], ...]:
    """One row per governor pair in the 37 provinces (the derived CSV of the snapshot)."""
    with governor_csv().open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))
