"""Wrong answers met on pages never seen while tuning (issue 10, corpus-o: the dev pages of
tests/corpus/batches/corpus-o.txt, measured alone before any change; tests/corpus/README.md and
tests/corpus/findings/corpus-o.md). Each test is the wording pattern behind one wrong answer,
in our own words with the real figures of those pages (scripts/record_lookup.py)."""

from __future__ import annotations

from decimal import Decimal

from test_precision import graded, run, statuses

D = Decimal

# -- 3. a quick count's nicknamed pairs and its sample's progress ------------------------------
# KedaiKOPI's quick count of the NTB governor race (Halontb, 28 Nov 2024). KPU's roster:
# 1 SITTI ROHMI DJALILAH - W. MUSYAFIRIN, 2 ZULKIEFLIMANSYAH - MOH. SUHAILI FADIL TOHIR,
# 3 LALU MUHAMAD IQBAL - INDAH DHAMAYANTI PUTRI.
_QC = ("<h1>Quick Count KedaiKOPI: Iqbal-Dinda Unggul di Pilgub NTB</h1><p>Hitung cepat "
       "lembaga survei KedaiKOPI menempatkan pasangan nomor urut 3, Lalu Muhammad Iqbal - Indah "
       "Dhamayanti Putri (Iqbal-Dinda), di posisi teratas Pilgub NTB 2024. Dengan 99,75 persen "
       "data suara masuk, Iqbal-Dinda mengantongi 42,17 persen suara, disusul pasangan "
       "Zul-Uhel dengan 29,91 persen, lalu Rohmi-Firin dengan 27,92 persen.</p>")


def _by_value(body: str) -> dict:
    return {c.value: c for c in run(body)}


def test_a_pair_named_by_its_members_short_names_after_a_lower_case_word_is_that_pair():
    # "lalu" (then) is also a word of LALU MUHAMAD IQBAL: it opens no name in running text, so
    # "Rohmi-Firin" (ROHMI of pair 1's first member, FIRIN the end of MUSYAFIRIN) is pair 1.
    claim = _by_value(_QC)[D("27.92")]
    assert (claim.nomor_urut, claim.race_region) == (1, "52")


def test_a_campaign_nickname_that_does_not_follow_from_kpus_names_comes_from_the_rules():
    # "Uhel" is Suhaili's spoken name: rules/candidates.yaml, with its source.
    claim = _by_value(_QC)[D("29.91")]
    assert (claim.nomor_urut, claim.race_region) == (2, "52")


def test_a_lower_case_word_before_a_pair_of_another_race_names_nobody():
    # The same "lalu" before a pair no NTB pair's members make ("Ridwan-Rano"): nobody.
    body = _QC.replace("Rohmi-Firin", "Ridwan-Rano")
    claim = _by_value(body)[D("27.92")]
    assert claim.nomor_urut is None and claim.candidate_id is None


def test_a_quick_counts_data_suara_masuk_is_its_progress_never_a_share():
    claims = run(_QC)
    progress = [c for c in claims if c.value == D("99.75")]
    assert [c.kind for c in progress] == ["progress"]
    assert progress[0].claim_type == "quick_count"
    assert statuses(_QC)[D("99.75")][0] == "unverifiable"
    assert not any(s in ("discrepant", "minor") for s in graded(_QC).values())
