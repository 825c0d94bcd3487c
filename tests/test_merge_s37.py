"""Shapes met while merging stop 37's branches (blind32's and corpus-az's readings of a
pointer after the empty box's figure met on one page), each in our own words with real
figures of the shipped record and the near shape that must keep its grade."""

from __future__ import annotations

from decimal import Decimal

from builders import page_claims

PANGKAL = "KPU Kota Pangkalpinang menetapkan hasil rekapitulasi Pilwalkot Pangkalpinang 2024."
BANGKA = "KPU Kabupaten Bangka menetapkan hasil rekapitulasi Pilbup Bangka 2024."


def _got(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.value, claim.nomor_urut, c.status if c is not None else None,
             c.reason if c is not None else None) for claim, c in page_claims(ctx, title, body)]


def _of(got: list, value: str) -> list:
    return [g[1:] for g in got if g[0] == Decimal(value)]


# A hope on a page that reports the plenary is no count: "mereka" after the box's figure is
# the pair (blind32), and "yakin menang 100 persen" is the pair's hope, held, never graded
# against its 42,02 (the page's type, plenary, is the page's; the hope word is the figure's).
def test_a_hope_on_a_plenary_page_is_held(shipped_context):
    for hope in ("yakin menang", "optimistis meraih", "menargetkan"):
        got = _got(shipped_context, "Hasil Pilwalkot Pangkalpinang 2024", PANGKAL,
                   "Maulan Aklil-Masagus M Hakim cuma memperoleh 35.177 suara atau 42,02 "
                   "persen. Kotak kosong, nomor urut 1, mendapat 57,98 persen atau 48.528 "
                   f"suara. Padahal semula mereka {hope} 100 persen.")
        assert all(status not in ("minor", "discrepant") for _, status, _ in
                   _of(got, "100")), (hope, got)
        assert _of(got, "42.02") == [(2, "consistent", None)], got


def test_a_plenary_figure_after_a_hope_turned_from_is_graded(shipped_context):
    # the hope the sentence turns from leaves the result after it graded: a wrong one caught
    # (by the page's own counts, 35.177 of 83.705: 42,02, since session 41's merge)
    for share, status, reason in (("42,02", "consistent", None),
                                  ("44,02", "discrepant", "own_votes")):
        got = _got(shipped_context, "Hasil Pilwalkot Pangkalpinang 2024", PANGKAL,
                   "Kotak kosong, nomor urut 1, mendapat 57,98 persen atau 48.528 suara. "
                   "Maulan Aklil-Masagus M Hakim semula yakin menang, namun cuma memperoleh "
                   f"35.177 suara atau {share} persen.")
        assert (2, status, reason) in _of(got, share.replace(",", ".")), got
