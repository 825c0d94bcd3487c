"""Causes of wrong attributions on the corpus's dev pages (branch fix-dev), each from a real
dev case told in our own words with its real figures."""

from __future__ import annotations

from decimal import Decimal

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot


def report(body: str, url: str):
    return check_snapshot(snapshot(url, body.encode()), context())


def by_value(rep):
    return {Decimal(c.value): (c, rep.comparisons[i]) for i, c in enumerate(rep.claims)}


def test_a_debunk_reports_which_past_pair_a_quote_is_about_without_calling_it_the_hoax():
    # A 2019 clarification of a Pilkada DKI 2017 quick count screenshot (Saber Hoaks): the
    # shares are the pairs' of round two, Ahok-Djarot (2) and Anies-Sandi (3). The roster says
    # which pair each is; it must not turn a quoted figure into the refuted hoax's.
    rep = report("<h1>Jangan Percaya Hasil Quick Count</h1><p>[DISINFORMASI]</p><p>Beredar "
                 "tangkapan layar artikel quick count LSI pada Pilkada DKI tahun 2017.</p>"
                 "<p>[PENJELASAN]</p><p>Artikel dalam tangkapan layar itu berjudul Quick Count "
                 "Sementara LSI: Ahok-Djarot 55,62%, Anies-Sandi 44,18%. Faktanya, data yang "
                 "masuk waktu itu baru 5% TPS.</p><p>Kesimpulan: quick count bergerak.</p>",
                 "https://saberhoaks.example/2019/04/20/jangan-percaya-quick-count")
    found = by_value(rep)
    ahok, ahok_status = found[Decimal("55.62")]
    anies, anies_status = found[Decimal("44.18")]
    assert (ahok.election, ahok.race_kind, ahok.race_region, ahok.nomor_urut) == \
        ("pilkada2017", "governor", "31", 2)
    assert anies.nomor_urut == 3
    assert (ahok_status.status, ahok_status.reason) == ("unverifiable", "other_election")
    assert (anies_status.status, anies_status.reason) == ("unverifiable", "other_election")
