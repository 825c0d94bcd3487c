"""Figures met on the dev pages of corpus-an (tests/corpus/findings/corpus-an.md), taken as
general shapes. Each case is a short page in our own words holding the real figures of the
dev page named beside it (and other races' figures from the shipped record); each has variants
and negative controls."""

from __future__ import annotations

from builders import check_article

FLAGS = ("minor", "discrepant")


def claims(title: str, body: str, record) -> dict:
    """{value as written: [(kind, nomor, region, hold, status, reason), ...]}."""
    report = check_article(title, body, record=record)
    found = {c.claim: c for c in report.comparisons}
    out: dict = {}
    for i, c in enumerate(report.claims):
        key = format(c.value, "f") if not isinstance(c.value, int) else str(c.value)
        out.setdefault(key, []).append(
            (c.kind, c.nomor_urut, c.region_code, c.hold, found[i].status if i in found else None,
             found[i].reason if i in found else None))
    return out


# ---- 1. A percentage restating a count taken from the voter roll is a turnout
# (news-inidesa-pilbup-pemalang-pleno: "dari total Daftar Pemilih Tetap (DPT) 1.174.448, suara
# yang masuk ... sebanyak 624, 704 atau 58,48%" was read as a progress of 58,48 % of TPS).
PEMALANG = ("<p>Pemalang - KPU Kabupaten Pemalang menetapkan hasil rekapitulasi Pemilihan Bupati "
            "Pemalang 2024. Paslon nomor urut 3 Anom Widiyantoro-Nurkholes memperoleh 278.043 "
            "suara sah atau 44,51%.</p>")


def test_a_share_of_the_roll_after_yang_masuk_is_no_progress(shipped_record):
    for roll in ("Ketua KPU menyebut, dari total Daftar Pemilih Tetap (DPT) 1.174.448, suara yang "
                 "masuk pada Pilkada 2024 sebanyak 624, 704 atau 58,48%.",
                 "Dari total DPT 1.174.448, suara yang masuk sebanyak 624.704 atau 53,19 persen.",
                 "Dari jumlah DPT sebanyak 1.174.448 pemilih, suara yang masuk 624.704 (53,19 "
                 "persen)."):
        found = claims("Hasil Pilbup Pemalang", PEMALANG + f"<p>{roll}</p>", shipped_record)
        assert found["278043"][0][:3] == ("votes", 3, "3327"), found
        assert not any(c[0] == "progress" for v in found.values() for c in v), (roll, found)


def test_the_same_shape_in_another_regency(shipped_record):
    # Bojonegoro's roll and voters (news-jtvbojonegoro-pilbup-bojonegoro-rekap's figures).
    body = ("<p>Bojonegoro - KPU Bojonegoro merampungkan rekapitulasi Pilbup Bojonegoro 2024. "
            "Pasangan nomor urut 2 Setyo Wahono dan Nurul Azizah meraih 701.249 suara.</p>"
            "<p>Dari jumlah DPT 1.026.363 pemilih, data yang masuk mencatat 804.441 orang atau "
            "78,38 persen.</p>")
    found = claims("Rekap Pilbup Bojonegoro", body, shipped_record)
    assert found["701249"][0][:3] == ("votes", 2, "3522"), found
    assert "78.38" not in found, found


def test_a_pairs_share_after_the_roll_stays_its_share(shipped_record):
    # Negative controls: a pair named between the roll and the figure owns it; a progress
    # with no roll before it is still a progress.
    body = ("<p>Pemalang - KPU Kabupaten Pemalang menetapkan hasil rekapitulasi Pemilihan Bupati "
            "Pemalang 2024. Dari total DPT 1.174.448, paslon nomor urut 3 Anom Widiyantoro-"
            "Nurkholes meraih 278.043 suara atau 44,51%.</p>")
    found = claims("Hasil Pilbup Pemalang", body, shipped_record)
    assert found["44.51"][0][:3] == ("share", 3, "3327"), found
    body = ("<p>Real count Pilbup Pemalang 2024 di Sirekap: data yang masuk sebanyak 1.950 TPS "
            "atau 99,05 persen. Anom Widiyantoro-Nurkholes meraih 44,48 persen.</p>")
    found = claims("Real count Pilbup Pemalang", body, shipped_record)
    assert found["99.05"][0][0] == "progress", found
    assert found["44.48"][0][:3] == ("share", 3, "3327"), found
