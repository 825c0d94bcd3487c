"""Known causes of false flags that the hunts on unseen news pages found and had not fixed
(tests/corpus/findings/hunt.md), each as the wording behind it, in our own words with the
real figures."""

from __future__ import annotations

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot

FLAGS = ("minor", "discrepant")


def report(title: str, body: str, url: str = "https://berita.example/a"):
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            "</article></body></html>")
    return check_snapshot(snapshot(url, html.encode()), context())


def graded(title: str, body: str) -> list:
    """[(claim, comparison)] of the page's claims."""
    rep = report(title, body)
    return [(rep.claims[c.claim], c) for c in rep.comparisons]


def test_a_spokesman_s_given_name_is_not_a_candidate_of_another_province_s_race():
    # tirto.id, Pilgub DKI, 27 Nov 2024: the Pramono-Rano team's secretary, Aria Bima, then
    # "Aria" alone before the team's "50,9 persen" (a slip for 50,09): Mataram's mayor
    # candidate LALU ARIA DHARMA is nobody this page speaks of (NTB is never named).
    body = ("<p>Sekretaris Tim Pemenangan Pramono-Rano, Aria Bima, mengatakan Pramono-Rano "
            "memperoleh 50,09 persen suara di DKI Jakarta.</p>"
            "<p>Aria menyebutkan perhitungan 50,9 persen itu dihitung Tim Pemenangan "
            "Pramono-Rano dari formulir C1 di 14.835 TPS di DKI Jakarta.</p>")
    for claim, comparison in graded("Tim Pemenangan Klaim Pramono-Rano Menang", body):
        assert "ARIA" not in (claim.candidate_name or "").upper(), claim
        assert not (claim.region_code or "").startswith("52"), claim

