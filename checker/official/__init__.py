"""The official record: the SQLite store, the importers, the embedded default, and the
read model the pure core compares against (model.py). The live client is
checker.official.sync (imported on its own: it needs the network stack).

    from checker.official import default_record
    record = default_record()          # StoreRecord over the user's store (--db / $CEKRESMI_DB)
"""

from checker.official.embedded import default_record, ensure_embedded, open_store
from checker.official.importer import ImportSummary, import_sirekap_tree
from checker.official.lookup import StoreRecord
from checker.official.model import Candidate, MemoryRecord, Race, Region, Result
from checker.official.record import StatusRow, load_record, status
from checker.official.rekap import import_rekap_csv
from checker.official.store import Store

__all__ = ["Candidate", "ImportSummary", "MemoryRecord", "Race", "Region", "Result", "StatusRow",
           "Store", "StoreRecord", "default_record", "ensure_embedded", "import_rekap_csv",
           "import_sirekap_tree", "load_record", "open_store", "status"]
