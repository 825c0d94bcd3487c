"""An official record built straight from the real data in ../shared/data, for testing the
comparison without the store: the 37 governor races from the derived Sirekap CSV (28 Nov 2024,
10:00-10:15 WIB), the earlier 01:00 WIB DKI copy, and the plenary results of DKI, Jawa Barat and
Jawa Timur reported in the press on 8-9 Dec 2024 (the issue's facts)."""

import csv
import json
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

from checker.official.model import Candidate, MemoryRecord, Race, Region, Result

WIB = timezone(timedelta(hours=7))
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SIREKAP = "https://sirekappilkada-obj-data.kpu.go.id/pilkada/hhcw/pkwkp/{}.json"
REKAP = {  # province: (date, votes by ballot number, source)
    "31": ("2024-12-08", [1718160, 459230, 2183239], "KPU Provinsi DKI Jakarta, pleno 8 Des 2024"),
    "32": ("2024-12-09", [2204452, 2116017, 4260072, 14130192],
           "KPU Provinsi Jawa Barat, pleno Des 2024"),
    "35": ("2024-12-09", [1797332, 12192165, 6743095], "KPU Provinsi Jawa Timur, pleno Des 2024"),
}


def _wib(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=WIB)


@lru_cache(maxsize=2)
def governor_record(with_rekap: bool = True) -> MemoryRecord:
    record = MemoryRecord()
    rows: dict[str, list[dict]] = {}
    with open(DATA / "derived_pilgub2024_sirekap_snapshot_20241128.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rows.setdefault(row["kode_prov"], []).append(row)
    for code, group in rows.items():
        race = Race("pilkada2024", "governor", code)
        record.add_region(Region(code, group[0]["provinsi"], 1, ""))
        record.add_candidates(race, [Candidate(race, r["paslon_id"], int(r["nomor_urut"]),
                                               r["nama_paslon"]) for r in group])
        record.add_result(Result(race, code, "sirekap", _wib(group[0]["ts_sirekap"]),
                                 {r["paslon_id"]: int(r["suara"]) for r in group},
                                 int(group[0]["tps_masuk"]), int(group[0]["tps_total"]),
                                 source=SIREKAP.format(code)))
        if with_rekap and code in REKAP:
            date, votes, source = REKAP[code]
            ids = [r["paslon_id"] for r in sorted(group, key=lambda r: int(r["nomor_urut"]))]
            record.add_result(Result(race, code, "rekap", _wib(date + "T00:00:00"),
                                     dict(zip(ids, votes)), source=source))
    early = json.loads((DATA / "sirekap-pilkada2024-snapshot" / "_snapshot_9e11531" /
                        "pkwkp_31_31.json").read_text("utf-8"))
    chart = early["tungsura"]["chart"]
    record.add_result(Result(Race("pilkada2024", "governor", "31"), "31", "sirekap",
                             _wib(early["ts"].replace(" ", "T")),
                             {k: v for k, v in chart.items() if k.isdigit()},
                             chart["progres"]["progres"], chart["progres"]["total"],
                             source=SIREKAP.format("31")))
    return record
