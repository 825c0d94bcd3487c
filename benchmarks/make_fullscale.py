"""Write a Sirekap-shaped Pilkada 2024 governor tree at full scale into a folder, so anyone can
reproduce the import and lookup benchmarks of issue 12 (bench_import.py, bench_lookup.py).

Real: the provinces, kab/kota and governor candidate pairs of the shipped record
(checker/official/data/record.json.gz) and each kab/kota's TPS count (its `progres.total` in
the Sirekap snapshot, ~425,770 in all). Synthetic, deterministic (seeded by region code): the
kecamatan, desa and TPS below, their names, votes and timestamps. Layout and shapes are the
endpoint's (`pkwkp/31/3171/317101/3171011001/3171011001001.json`, `tungsura.chart/table`,
`progres`, `administrasi`), plus `paslon/pkwkp.json` and the region lists the importer reads
(`wilayah/pilkada/pkwkp/<codes>.json` down to the desa).

Run: python benchmarks/make_fullscale.py OUT_DIR [--scale 1.0]   (a few minutes, ~2.5 GB)
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "checker" / "official" / "data" / "record.json.gz"
DESA_PER_KEC = 25
SYLLABLES = ("ba", "ka", "ma", "sa", "ri", "ja", "nu", "wa", "lo", "te", "gi", "pu", "so", "di")


def shipped() -> tuple[dict, dict, dict]:
    """Province names, kab/kota (code -> (name, TPS count)) and governor pairs per province."""
    doc = json.loads(gzip.decompress(RECORD.read_bytes()))
    names = {code: name for code, level, _, election, name in doc["regions"]
             if election == "pilkada2024" and level in (1, 2)}
    pairs, race_of = {}, {}
    for i, (election, kind, region, cands) in enumerate(doc["races"]):
        if election == "pilkada2024" and kind == "governor":
            pairs[region] = [(cid, nomor, name) for cid, nomor, name, _ in cands]
            race_of[i] = region
    tps = {}
    for race, area, tier, _, _, total, *_ in doc["results"]:
        if race in race_of and tier == "sirekap" and len(area) == 4 and total:
            tps[area] = max(tps.get(area, 0), total)
    kabs = {code: (names.get(code, code), n) for code, n in tps.items() if code[:2] in pairs}
    provinces = {code: names.get(code, code) for code in pairs}
    return provinces, kabs, pairs


def name(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).upper()
                    for _ in range(rng.randint(1, 2)))


def stamp(rng: random.Random) -> str:
    return f"2024-11-28 {rng.randint(0, 10):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def write(path: Path, doc) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, separators=(",", ":")), "utf-8")


def tally(votes: dict, done: int, total: int, table: dict | None, rng: random.Random,
          admin: bool = False) -> dict:
    chart = dict(votes, progres={"total": total, "persen": round(100 * done / total, 2),
                                 "progres": done})
    doc = {"mode": "hhcw", "psu": None, "ts": stamp(rng),
           "progres": {"total": total, "progres": done},
           "tungsura": {"chart": chart, "table": table}}
    if admin:
        doc["administrasi"] = {"suara_sah": sum(votes.values())}
        doc["images"] = [None, f"https://example.invalid/c1/{rng.getrandbits(48):x}.jpg", None]
    return doc


def row(votes: dict, done: int, total: int) -> dict:
    return dict(votes, psu="Reguler", progres={"total": total, "persen": round(
        100 * done / total, 2), "progres": done}, status_progress=done == total)


def kab_tree(out: Path, prov: str, kab: str, n_tps: int, pairs: list) -> tuple[dict, int, int]:
    """Every file below one kab/kota; returns its votes, TPS done and TPS total."""
    rng = random.Random(int(kab))
    ids = [cid for cid, _, _ in pairs]
    n_desa = max(1, round(n_tps / 2.5))
    n_kec = max(1, round(n_desa / DESA_PER_KEC))
    kab_votes, kab_done, kab_rows, kec_list = dict.fromkeys(ids, 0), 0, {}, []
    base = out / "pkwkp" / prov / kab
    index = 0  # desa number within the kab/kota: spreads its TPS evenly
    for k in range(n_kec):
        kec = f"{kab}{k + 1:02d}"
        desas = n_desa // n_kec + (1 if k < n_desa % n_kec else 0)
        kec_list.append({"nama": name(rng), "id": int(kec), "kode": kec, "tingkat": 3})
        kec_votes, kec_done, kec_total, kec_rows, desa_list = dict.fromkeys(ids, 0), 0, 0, {}, []
        for d in range(desas):
            desa = f"{kec}{2001 + d:04d}" if d % 3 else f"{kec}{1001 + d:04d}"
            tps_here = n_tps // n_desa + (1 if index < n_tps % n_desa else 0)
            index += 1
            desa_list.append({"nama": name(rng), "id": int(desa), "kode": desa, "tingkat": 4})
            desa_votes, desa_done, desa_rows = dict.fromkeys(ids, 0), 0, {}
            for t in range(tps_here):
                code = f"{desa}{t + 1:03d}"
                votes = {cid: rng.randint(0, 180) for cid in ids}
                done = 0 if rng.random() < 0.01 else 1
                write(base / kec / desa / f"{code}.json",
                      tally(votes if done else {}, done, 1, None, rng, admin=True))
                if done:
                    desa_rows[code] = row(votes, 1, 1)
                    for cid in ids:
                        desa_votes[cid] += votes[cid]
                desa_done += done
            write(base / kec / f"{desa}.json", tally(desa_votes, desa_done, tps_here,
                                                     desa_rows, rng))
            write(out / "wilayah" / "pilkada" / "pkwkp" / prov / kab / kec / f"{desa}.json",
                  [{"nama": f"TPS {t + 1:03d}", "id": int(f"{desa}{t + 1:03d}"),
                    "kode": f"{desa}{t + 1:03d}", "tingkat": 5} for t in range(tps_here)])
            kec_rows[desa] = row(desa_votes, desa_done, tps_here)
            for cid in ids:
                kec_votes[cid] += desa_votes[cid]
            kec_done += desa_done
            kec_total += tps_here
        write(base / f"{kec}.json", tally(kec_votes, kec_done, kec_total, kec_rows, rng))
        write(out / "wilayah" / "pilkada" / "pkwkp" / prov / kab / f"{kec}.json", desa_list)
        kab_rows[kec] = row(kec_votes, kec_done, kec_total)
        for cid in ids:
            kab_votes[cid] += kec_votes[cid]
        kab_done += kec_done
    total = n_tps
    write(base / f"{kab}.json", tally(kab_votes, kab_done, total, kab_rows, rng))
    write(out / "wilayah" / "pilkada" / "pkwkp" / prov / f"{kab}.json", kec_list)
    return kab_votes, kab_done, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0,
                        help="fraction of each kab/kota's TPS (tests use a small one)")
    parser.add_argument("--provinces", default="", help="comma-separated codes (default all)")
    args = parser.parse_args()
    provinces, kabs, pairs = shipped()
    wanted = set(args.provinces.split(",")) - {""} or set(provinces)
    started = time.perf_counter()
    out: Path = args.out
    write(out / "paslon" / "pkwkp.json",
          {prov: {cid: {"nama": n, "nomor_urut": nomor, "warna": "#000000"}
                  for cid, nomor, n in pairs[prov]} for prov in sorted(wanted)})
    write(out / "wilayah" / "pilkada" / "pkwkp" / "0.json",
          [{"nama": provinces[p], "id": int(p), "kode": p, "tingkat": 1} for p in sorted(wanted)])
    all_tps = 0
    for prov in sorted(wanted):
        mine = sorted(k for k in kabs if k[:2] == prov)
        prov_votes, prov_done, prov_total, prov_rows = {}, 0, 0, {}
        rng = random.Random(int(prov))
        for kab in mine:
            n_tps = max(1, round(kabs[kab][1] * args.scale))
            votes, done, total = kab_tree(out, prov, kab, n_tps, pairs[prov])
            prov_rows[kab] = row(votes, done, total)
            for cid, n in votes.items():
                prov_votes[cid] = prov_votes.get(cid, 0) + n
            prov_done += done
            prov_total += total
        all_tps += prov_total
        write(out / "pkwkp" / prov / f"{prov}.json",
              tally(prov_votes, prov_done, max(prov_total, 1), prov_rows, rng))
        write(out / "wilayah" / "pilkada" / "pkwkp" / f"{prov}.json",
              [{"nama": kabs[k][0], "id": int(k), "kode": k, "tingkat": 2} for k in mine])
        print(f"{prov} {provinces[prov]}: {prov_total} TPS", file=sys.stderr)
    files = sum(1 for p in out.rglob("*.json"))
    print(f"{all_tps} TPS, {files} files in {time.perf_counter() - started:.0f} s -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
