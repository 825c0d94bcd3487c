"""Per-TPS claims: a page's figures for one polling station matched to its 13-digit code,
compared with the stored TPS result (the Pemilu TPS samples in tests/data), the difference
stated, and KPU's page for that TPS (figures and C1 photos) in every report format."""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from builders import snapshot
from checker.analyse.page import extract
from checker.context import Context
from checker.figures.claims import extract_claims
from checker.figures.compare import compare_claims
from checker.official import StoreRecord, import_sirekap_tree
from checker.official.model import Region
from checker.official.pages import official_page
from checker.official.store import Store
from checker.paths import rules_dir
from checker.ruleset.load import load_rules
from official_helpers import PEMILU, PILKADA, TPS_SAMPLES

TPS = "3173011006272"      # Cengkareng Timur, Cengkareng, Jakarta Barat: 72 / 109 / 35
PAGE = "https://pemilu2024.kpu.go.id/pilpres/hitung-suara/31/3173/317301/3173011006/" + TPS


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    db = tmp_path_factory.mktemp("tps") / "db.sqlite3"
    with Store(db) as store:
        for tree in (PEMILU / "wilayah_ppwp_pemilu2024.csv", PILKADA / "province.json",
                     PILKADA / "district", TPS_SAMPLES / "tingkat6_1000data"):
            import_sirekap_tree(store, tree)
    found = StoreRecord(db)
    yield found
    found.close()


@lru_cache(maxsize=1)
def rules():
    return load_rules(rules_dir())


def check(body, record):
    snap = snapshot("https://x.example/berita", f"<html><body>{body}</body></html>")
    page = extract(snap, rules().vocabulary, rules().figures.params)
    claims = extract_claims(page, snap, record, rules())
    return claims, compare_claims(claims, record, rules().thresholds)


def test_kpu_page_addresses():
    class Names:
        regions = {"33": Region("33", "JAWA TENGAH", 1, ""),
                   "3326": Region("3326", "PEKALONGAN", 2, "33"),
                   "52": Region("52", "NUSA TENGGARA BARAT", 1, ""),
                   "5272": Region("5272", "KOTA BIMA", 2, "52")}

        def region(self, code):
            return self.regions.get(code)

    names = Names()
    assert official_page("pemilu2024", "president", TPS, None) == PAGE
    assert official_page("pemilu2024", "president", "", None) == \
        "https://pemilu2024.kpu.go.id/pilpres/hitung-suara"
    assert official_page("pilkada2024", "governor", "3326122005005", names) == \
        "https://pilkada2024.kpu.go.id/pilgub/jawa-tengah/pekalongan/332612/3326122005/" \
        "3326122005005"
    assert official_page("pilkada2024", "governor", "33", names) == \
        "https://pilkada2024.kpu.go.id/pilgub/jawa-tengah"
    assert official_page("pilkada2024", "regent_mayor", "5272011001", names) == \
        "https://pilkada2024.kpu.go.id/pilwalkot/nusa-tenggara-barat/bima/527201/5272011001"
    assert official_page("pilkada2024", "regent_mayor", "3326", names).startswith(
        "https://pilkada2024.kpu.go.id/pilbup/jawa-tengah/pekalongan")
    assert official_page("pilkada2024", "governor", "99", names) is None  # no names: no link
    assert official_page("pemilu2024", "president", "31/../x", None) is None


def test_a_tps_sentence_is_matched_compared_and_linked(record):
    claims, comparisons = check(
        "<p>Pilpres 2024: di TPS 272 Kelurahan Cengkareng Timur, Kecamatan Cengkareng, "
        "Kota Jakarta Barat, paslon 2 hanya dapat 9 suara dan paslon 1 dapat 72 suara.</p>",
        record)
    tps = {c.nomor_urut: (c, co) for c, co in zip(claims, comparisons)
           if c.region_code == TPS}
    assert set(tps) == {1, 2}
    claim, comparison = tps[2]
    assert claim.candidate_id == "100026" and claim.value == 9 and claim.origin == "text"
    assert claim.race_kind == "president" and claim.kind == "votes"
    assert comparison.official_value == 109 and comparison.difference == -100
    assert comparison.status == "discrepant" and comparison.tier == "sirekap"
    assert comparison.official_page == PAGE
    assert tps[1][1].status == "consistent" and tps[1][1].difference == 0
    # the TPS's 9 votes are not also read as a national figure for Prabowo-Gibran
    assert not [c for c in claims if c.value == 9 and c.region_code != TPS]


def test_the_c1_form_read_out(record):
    claims, comparisons = check(
        "<p>Pemilu presiden. Formulir C.Hasil TPS 272 Kelurahan Cengkareng Timur Kecamatan "
        "Cengkareng, Kota Jakarta Barat: 01: 72, 02: 190, 03: 35.</p>", record)
    found = {c.nomor_urut: co for c, co in zip(claims, comparisons) if c.region_code == TPS}
    assert {n: co.status for n, co in found.items()} == {
        1: "consistent", 2: "discrepant", 3: "consistent"}
    assert found[2].difference == 81 and all(co.official_page == PAGE for co in found.values())


def test_a_table_of_tps_rows(record):
    table = ("<h2>Hasil Pilpres per TPS, Kelurahan Cengkareng Timur, Kecamatan Cengkareng, "
             "Kota Jakarta Barat</h2><table><tr><th>TPS</th><th>01</th><th>02</th>"
             "<th>03</th></tr><tr><td>TPS 272</td><td>72</td><td>109</td><td>35</td></tr>"
             "</table>")
    claims, comparisons = check(table, record)
    found = [(c, co) for c, co in zip(claims, comparisons) if c.region_code == TPS]
    assert len(found) == 3 and all(co.status == "consistent" for _, co in found)
    assert {c.origin for c, _ in found} == {"table"}


def test_a_desa_that_is_not_there_gives_no_tps_claim(record):
    claims, _ = check("<p>Pilpres: di TPS 4 Desa Antah Berantah, Kecamatan Cengkareng, Kota "
                      "Jakarta Barat, paslon 2 dapat 9 suara.</p>", record)
    assert not [c for c in claims if c.region_code and len(c.region_code) == 13]


def test_the_kpu_page_is_in_every_format(record):
    from checker.analyse.pipeline import check_snapshot
    from checker.report.formats import render

    body = ("<html><head><title>Hasil Pilpres di TPS</title></head><body><p>Pilpres 2024: di "
            "TPS 272 Kelurahan Cengkareng Timur, Kecamatan Cengkareng, Kota Jakarta Barat, "
            "paslon 2 hanya dapat 9 suara.</p></body></html>")
    snap = snapshot("https://x.example/berita", body)
    report = check_snapshot(snap, Context(rules=rules(), official=record))
    doc = json.loads(render(report, rules(), "json", "id"))
    assert PAGE in [c.get("official_page") for c in doc["comparisons"]]
    for fmt in ("text", "md", "html"):
        assert PAGE in render(report, rules(), fmt, "id"), fmt
    assert f"<{PAGE}>" in render(report, rules(), "md", "en")
    assert f'href="{PAGE}"' in render(report, rules(), "html", "en")
