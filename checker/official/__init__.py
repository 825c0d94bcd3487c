"""The official record: the SQLite store, the importers, the embedded default, and the
read model the pure core compares against (model.py). The live client is
checker.official.sync (imported on its own: it needs the network stack).

    from checker.official import default_record
    record = default_record()          # StoreRecord over the user's store (--db / $CEKRESMI_DB)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.lazy import lazy_names

__all__ = ["Candidate", "ImportSummary", "MemoryRecord", "Race", "Region", "Result", "StatusRow",
           "Store", "StoreRecord", "default_record", "ensure_embedded", "import_rekap_csv",
           "import_sirekap_tree", "load_record", "open_store", "status"]

# Names load on first use (PEP 562): a check needs the record (embedded, lookup), not the
# importers and their CSV and Sirekap readers.
_HOME = {"Candidate": "model", "ImportSummary": "importer", "MemoryRecord": "model",
         "Race": "model", "Region": "model", "Result": "model", "StatusRow": "record",
         "Store": "store", "StoreRecord": "lookup", "default_record": "embedded",
         "ensure_embedded": "embedded", "import_rekap_csv": "rekap",
         "import_sirekap_tree": "importer", "load_record": "record", "open_store": "embedded",
         "status": "record"}


__getattr__ = lazy_names(__name__, _HOME)


if TYPE_CHECKING:
    from checker.official.embedded import default_record, ensure_embedded, open_store
    from checker.official.importer import ImportSummary, import_sirekap_tree
    from checker.official.lookup import StoreRecord
    from checker.official.model import Candidate, MemoryRecord, Race, Region, Result
    from checker.official.record import StatusRow, load_record, status
    from checker.official.rekap import import_rekap_csv
    from checker.official.store import Store
