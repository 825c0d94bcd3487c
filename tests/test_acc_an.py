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


# ---- 2. An election infobox written as its source: the fields of Wikipedia's {{Infobox
# election}} as a revision comparison or a mirror shows them (blog-wikiindonesia-pilbup-
# semarang-revisi: popular_vote1 = '''445.567''', percentage1 = '''80,26%''', the pair in
# nominee1 and running_mate1; nothing was read).
def infobox(*fields: str, date: str = "27 November 2024") -> list[str]:
    return ["{{Infobox election", f"| election_date = {date}", *fields, "}}"]


SEMARANG = ("| nominee1 = '''[[Ngesti Nugraha]]'''", "| running_mate1 = '''Nur Arifah'''",
            "| party1 = Partai Demokrasi Indonesia Perjuangan",
            "| popular_vote1 = '''445.567'''", "| percentage1 = '''80,26%'''",
            "| nominee2 = Nurul Huda", "| running_mate2 = Yarmuji",
            "| party2 = Partai Persatuan Pembangunan", "| popular_vote2 = 109.571",
            "| percentage2 = 19,74%")
TITLE = "Pemilihan umum Bupati Semarang 2024: Perbedaan antara revisi"


def as_rows(lines: list[str]) -> str:  # a revision comparison: one source line a row
    return "<table>" + "".join(f"<tr><td>+</td><td>{line}</td></tr>" for line in lines) + \
        "</table>"


def as_pre(lines: list[str]) -> str:
    return "<pre>" + "\n".join(lines) + "</pre>"


def test_the_fields_of_an_infobox_source_are_the_pairs_figures(shipped_record):
    for body in (as_rows(infobox(*SEMARANG)), as_pre(infobox(*SEMARANG))):
        found = claims(TITLE, body, shipped_record)
        assert found["445567"][0][:3] == ("votes", 1, "3322"), found
        assert found["80.26"][0][:3] == ("share", 1, "3322"), found
        assert found["109571"][0][:3] == ("votes", 2, "3322"), found
        assert found["19.74"][0][:3] == ("share", 2, "3322"), found
        assert not any(c[4] in FLAGS for v in found.values() for c in v), found


def test_the_same_fields_in_another_race_and_order(shipped_record):
    # Kota Serang's mayor race (the record's Sirekap at 100 %: 78.602, 212.276, 61.416),
    # written as candidateN, the infobox's order not the ballot order, and a wrong count.
    fields = ("| candidate1 = [[Budi Rustandi]]", "| running_mate1 = Nur Agis Aulia",
              "| popular_vote1 = 212.276", "| percentage1 = 60,26%",
              "| candidate2 = Ratu Ria Maryana", "| running_mate2 = Subadri Ushuludin",
              "| popular_vote2 = 78.602", "| candidate3 = Syafrudin",
              "| running_mate3 = Heriyanto Citra Buana", "| popular_vote3 = 71.416")
    found = claims("Pemilihan umum Wali Kota Serang 2024", as_rows(infobox(*fields)),
                   shipped_record)
    assert found["212276"][0][:3] == ("votes", 2, "3673"), found
    assert found["212276"][0][4] == "consistent", found
    assert found["78602"][0][:2] == ("votes", 1), found
    assert found["71416"][0][:2] == ("votes", 3), found
    assert found["71416"][0][4] in FLAGS, found  # a wrong figure is still caught


def test_fields_of_another_year_or_in_two_versions_are_not_read(shipped_record):
    # Negative controls: the 2020 infobox of the same regency (Ngesti Nugraha stood then too),
    # a field whose two versions differ (a revision comparison's old and new line), and a
    # value with no pair's name field.
    found = claims("Pemilihan umum Bupati Semarang 2020",
                   as_rows(infobox(*SEMARANG, date="9 Desember 2020")), shipped_record)
    assert not any(c[4] in FLAGS for v in found.values() for c in v), found
    assert "445567" not in found, found
    both = infobox(*SEMARANG[:3], "| popular_vote1 = 400.000", *SEMARANG[3:])
    found = claims(TITLE, as_rows(both), shipped_record)
    assert "400000" not in found and "445567" not in found, found
    assert found["109571"][0][:2] == ("votes", 2), found
    found = claims(TITLE, as_rows(infobox("| popular_vote1 = 445.567",
                                          "| registered = 807.204")), shipped_record)
    assert "445567" not in found and "807204" not in found, found
