"""Write a Sirekap-shaped Pilkada 2024 governor tree at full scale into a folder, so anyone can
reproduce the import and lookup benchmarks of issue 12 (bench_import.py, bench_lookup.py).

Real: the provinces, kab/kota and governor candidate pairs of the shipped record
(checker/official/data/record.json.gz) and each kab/kota's TPS count (its `progres.total` in
the Sirekap snapshot, ~425,770 in all). Synthetic, deterministic (seeded by region code): the
kecamatan, desa and TPS below, their names, votes and timestamps. Layout and shapes are the
endpoint's (`pkwkp/31/3171/317101/3171011001/3171011001001.json`, `tungsura.chart/table`,
`progres`, `administrasi`), plus `paslon/pkwkp.json` and the region lists the importer reads
(`wilayah/pilkada/pkwkp/<codes>.json` down to the desa).

With `--election pemilu`: the Pemilu 2024 presidential (ppwp) tree instead. Real: every
province, kab/kota, kecamatan and desa of Sirekap's region tree with its name and its TPS count
(`wilayah_ppwp_pemilu2024.csv` in tests/data/sirekap-pemilu2024-aggregates.tar.xz: 83,859 desa,
822,116 TPS) and the three candidate pairs. Synthetic, deterministic: the TPS votes and times.
Layout and shapes are the endpoint's (`pemilu/hhcw/ppwp.json`, `pemilu/hhcw/ppwp/11/1101/110101/
1101012001/1101012001001.json`: top-level `chart`, `table`, `persen`, `administrasi`) plus the
region lists `wilayah/pemilu/ppwp/...` down to the TPS. `--scale` keeps that fraction of each
kecamatan's desa (each desa kept whole, with its real TPS count). Write it into its own folder
and import both trees into one store.

Run: python benchmarks/make_fullscale.py OUT_DIR [--scale 1.0]   (a few minutes, ~2.5 GB)
     python benchmarks/make_fullscale.py OUT_DIR --election pemilu   (~1 million files, ~4 GB)
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import random
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "checker" / "official" / "data" / "record.json.gz"
PEMILU = ROOT / "tests" / "data" / "sirekap-pemilu2024-aggregates.tar.xz"
PEMILU_CSV = "sirekap-pemilu2024-aggregates/wilayah_ppwp_pemilu2024.csv"
PRESIDENT = ("100025", "100026", "100027")  # Sirekap's ids of the three pairs
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
    # A kecamatan code is the kab/kota's and two digits: 99 at most (a kab/kota with more
    # than ~6,200 TPS has more desa per kecamatan, as Bogor has), or the codes stop nesting
    n_kec = min(99, max(1, round(n_desa / DESA_PER_KEC)))
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


def pemilu_regions() -> list[dict]:
    """Sirekap's Pemilu region tree as the repository keeps it (real codes, names, TPS)."""
    with tarfile.open(PEMILU) as tar:
        text = tar.extractfile(PEMILU_CSV).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def pemilu_tally(votes: dict, done: int, total: int, table: dict | None,
                 rng: random.Random) -> dict:
    """A Pemilu tally above the TPS: top-level chart with `persen` (TPS done, percent)."""
    doc = {"ts": stamp(rng).replace("2024-11-28", "2024-03-07"), "psu": "Reguler",
           "mode": "hhcw", "chart": dict(votes, persen=round(100 * done / max(total, 1), 2))}
    if table is not None:
        doc["table"] = table
    return doc


def pemilu_row(votes: dict, done: int, total: int) -> dict:
    return dict(votes, psu="Reguler", persen=round(100 * done / max(total, 1), 2),
                status_progress=done == total)


def pemilu_tree(out: Path, scale: float, wanted: set[str]) -> int:
    """Every file of the presidential tree (see the module's docstring); returns its TPS."""
    rows = pemilu_regions()
    children: dict[str, list[dict]] = {}
    for r in rows:
        children.setdefault(r["kode_induk"], []).append(r)
    lists, base = out / "wilayah" / "pemilu" / "ppwp", out / "pemilu" / "hhcw" / "ppwp"

    def listing(path: Path, items: list[dict], level: int) -> None:
        write(path, [{"nama": r["nama"], "id": int(r["sirekap_id"]), "kode": r["kode"],
                      "tingkat": level} for r in items])

    def desa_tree(desa: dict, folder: Path) -> tuple[dict, int, int]:
        code, n = desa["kode"], int(desa["jumlah_tps"] or 0)
        rng = random.Random(code)  # a str seed is stable; abroad codes are not numbers (99AA)
        votes, done, table = dict.fromkeys(PRESIDENT, 0), 0, {}
        for t in range(1, n + 1):
            tps = f"{code}{t:03d}"
            filled = rng.random() >= 0.01
            got = {cid: rng.randint(0, 150) for cid in PRESIDENT} if filled else {}
            valid = sum(got.values())
            write(folder / code / f"{tps}.json", {
                "mode": "hhcw", "chart": dict({"null": None}, **got) if filled else None,
                "images": [f"https://example.invalid/c1/{rng.getrandbits(48):x}.jpg", None,
                           None],
                "administrasi": {"suara_sah": valid, "suara_tidak_sah": rng.randint(0, 5)}
                if filled else None, "psu": None,
                "ts": stamp(rng).replace("2024-11-28", "2024-02-20"), "status_suara": filled,
                "status_adm": filled})
            if filled:
                table[tps] = pemilu_row(got, 1, 1)
                for cid in PRESIDENT:
                    votes[cid] += got[cid]
            done += filled
        write(folder / f"{code}.json", pemilu_tally(votes, done, n, table, rng))
        write(lists / folder.relative_to(base) / f"{code}.json",
              [{"nama": f"TPS {t:03d}", "id": int(desa["sirekap_id"]) * 1000 + t,
                "kode": f"{code}{t:03d}", "tingkat": 5} for t in range(1, n + 1)])
        return votes, done, n

    def area(region: dict, folder: Path, level: int) -> tuple[dict, int, int]:
        """A province, kab/kota or kecamatan: its children, then its own tally and list."""
        code = region["kode"]
        kids = children.get(code, [])
        if level == 3:  # a kecamatan: keep `scale` of its desa (each desa whole)
            kids = kids[:max(1, round(len(kids) * scale))] if kids else []
        votes, done, total, table = dict.fromkeys(PRESIDENT, 0), 0, 0, {}
        for kid in kids:
            got = desa_tree(kid, folder / code) if level == 3 else \
                area(kid, folder / code, level + 1)
            table[kid["kode"]] = pemilu_row(*got)
            for cid in PRESIDENT:
                votes[cid] += got[0][cid]
            done, total = done + got[1], total + got[2]
        write(folder / f"{code}.json", pemilu_tally(votes, done, total, table,
                                                    random.Random(code)))
        listing(lists / folder.relative_to(base) / f"{code}.json", kids, level + 1)
        return votes, done, total

    provinces = [r for r in children[""] if not wanted or r["kode"] in wanted]
    votes, done, total, table = dict.fromkeys(PRESIDENT, 0), 0, 0, {}
    for prov in provinces:
        got = area(prov, base, 1)
        table[prov["kode"]] = pemilu_row(*got)
        for cid in PRESIDENT:
            votes[cid] += got[0][cid]
        done, total = done + got[1], total + got[2]
        print(f"{prov['kode']} {prov['nama']}: {got[2]} TPS", file=sys.stderr)
    write(out / "pemilu" / "hhcw" / "ppwp.json", pemilu_tally(votes, done, total, table,
                                                              random.Random(0)))
    listing(lists / "0.json", provinces, 1)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0,
                        help="fraction of each kab/kota's TPS (pemilu: of each kecamatan's "
                        "desa; tests use a small one)")
    parser.add_argument("--provinces", default="", help="comma-separated codes (default all)")
    parser.add_argument("--election", choices=("pilkada", "pemilu"), default="pilkada",
                        help="pilkada: the governor tree; pemilu: the presidential tree")
    args = parser.parse_args()
    if args.election == "pemilu":
        started = time.perf_counter()
        all_tps = pemilu_tree(args.out, args.scale, set(args.provinces.split(",")) - {""})
        files = sum(1 for p in args.out.rglob("*.json"))
        print(f"{all_tps} TPS, {files} files in {time.perf_counter() - started:.0f} s "
              f"-> {args.out}")
        return 0
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
