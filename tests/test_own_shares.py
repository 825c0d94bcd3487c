"""Shares against the page's own counts (FIG003) and shares that must add up (FIG001) are
findings about the page itself: they fire only on a set of figures that is one count of one
race. A national race with a pair's count not on the page, or several pollsters' estimates
side by side, are not one such set."""

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot


def codes(body: str, title: str = "Hasil Pilpres 2024") -> set[str]:
    html = f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"
    rep = check_snapshot(snapshot("https://berita.example/a", html.encode()), context())
    return {f.code for f in rep.findings}


def test_a_national_count_with_one_pair_s_votes_not_given_is_not_checked_against_itself():
    # Prabowo-Gibran's count is not on the page: the other two pairs' shares are of a total the
    # page does not give, not of their own sum.
    body = ("<p>Rekapitulasi nasional Pilpres 2024 rampung. Anies Baswedan-Muhaimin Iskandar "
            "memperoleh 40.971.906 suara atau 24,95 persen, dan Ganjar Pranowo-Mahfud MD meraih "
            "27.040.878 suara atau 16,47 persen.</p>")
    assert "FIG003" not in codes(body)


def test_a_national_count_whose_shares_do_not_follow_from_its_votes_is_a_finding():
    body = ("<p>Rekapitulasi nasional Pilpres 2024 rampung. Anies Baswedan-Muhaimin Iskandar "
            "memperoleh 40.971.906 suara atau 24,95 persen, Prabowo Subianto-Gibran Rakabuming "
            "Raka meraih 96.214.691 suara atau 61,90 persen, dan Ganjar Pranowo-Mahfud MD meraih "
            "27.040.878 suara atau 16,47 persen.</p>")
    assert "FIG003" in codes(body)


def test_two_pollsters_quick_counts_side_by_side_are_two_sets_of_shares():
    body = ("<p>Hasil quick count Pilgub DKI Jakarta 2024. Menurut quick count LSI Denny JA, "
            "Pramono Anung-Rano Karno 49,07 persen dan Ridwan Kamil-Suswono 40,02 persen. "
            "Sementara quick count Indikator mencatat Pramono Anung-Rano Karno 50,12 persen dan "
            "Ridwan Kamil-Suswono 39,13 persen. Hasil hitung cepat bukan hasil resmi.</p>")
    assert "FIG001" not in codes(body, "Quick count Pilgub Jakarta")
