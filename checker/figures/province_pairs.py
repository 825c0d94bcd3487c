"""A kab/kota named with no race word, then a pair by its ballot number alone, on a page whose
figures so far are the governor race of the province that holds it (blind hunt 27, a Kaltim
campaign's count regency by regency: "Paser: 58% (Paslon 02) vs 42% (Paslon 01)"). The number
may be the governor's pair (the page's race, counted in that regency) or the regent's pair
there: the page does not say which, so the figure is compared with neither (precision first).
A pair's name, a race word, or a page with no governor figure before it decides as before.
Pure; one call from collect."""

from __future__ import annotations

__all__ = ["area_race"]


def area_race(out, region, nomor: int | None, name: str | None,
              hold: str | None) -> tuple[str | None, str | None]:
    """The race a kab/kota named with no race word holds (Collector._race_there), and the hold
    when its unnamed ballot number could as well be the governor's pair of the page's figures."""
    kind = out._race_there(region)
    if kind != "regent_mayor" or nomor is None or name or region.code is None or \
            region.level != 2:
        return kind, hold
    province = region.code[:2]
    if any(c.race_kind == "governor" and (c.region_code or "").startswith(province)
           for c in out.claims):
        return kind, hold or "race_unclear"
    # So on a page about the province's Pilkada ("Hasil Real Count Pilkada Jateng 2024": its
    # governor race, or every race of it in a round-up) or its governor race: "di Kabupaten
    # Banyumas paslon nomor urut 2 unggul dengan 55,23 persen" is Luthfi-Yasin's share there
    # as likely as the regent pair 2's (blind hunt 33, probed: flagged against the regent's).
    page = out.scope
    if page.kind == "governor" or page.region is not None and page.region.level == 1 and \
            page.region.code == province:
        return kind, hold or "race_unclear"
    return kind, hold
