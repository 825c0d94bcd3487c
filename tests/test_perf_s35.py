"""Issue 12 §5, the fixed cost of a check (perf-s35): work a page does not need is not done,
and what is done gives the same answers as before.

- the page scope (claims._page_scope: its title's and headings' regions, races, elections,
  dates) is built when a reader first asks for it, at a figure or a table: a page with no
  figure (no digit, digits that are no figure, figures on a page about no election) never
  builds it, and a page with figures reads them in the same scope as when it was built first.

Pages in our own words; the figures are the record's (Pilgub Jawa Tengah 2024, the
shipped fixture hostile_nul_bytes_hide_claim).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import snapshot
from checker.analyse.pipeline import check_snapshot
from checker.figures import claims
from checker.figures.collect import Collector, Scope

ROOT = Path(__file__).resolve().parent.parent
_PAGES = ROOT / "tests" / "fixtures" / "pages"


def _html(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


@pytest.fixture()
def built(monkeypatch):
    """How many times a check built the page scope."""
    count = []
    plain = claims._page_scope

    def counted(*args, **kwargs):
        count.append(1)
        return plain(*args, **kwargs)

    monkeypatch.setattr(claims, "_page_scope", counted)
    return count


# Pages that state no figure: no digit at all, digits that are a date or a ballot number, a
# share on a page about no election. Each names places and races, which the page scope reads.
_NO_FIGURE = [
    _html("Rekapitulasi Pilgub Jawa Tengah", "KPU Provinsi Jawa Tengah menggelar rapat pleno "
          "rekapitulasi di Semarang.", "Para saksi pasangan calon hadir sejak pagi."),
    _html("Pilbup Garut: Debat Kedua Digelar", "Debat kedua Pilkada Garut 2024 digelar Rabu "
          "(13/11/2024) pukul 19.00 WIB.", "Paslon nomor urut 2 tampil lebih dulu."),
    _html("Resep Rendang Padang", "Kurangi santan hingga 10 persen agar tidak terlalu berminyak.",
          "Masak selama 3 jam dengan api kecil."),
    _html("Hasil Pilkada Kota Medan", ""),
]


@pytest.mark.parametrize("html", _NO_FIGURE)
def test_a_page_with_no_figure_never_builds_its_page_scope(shipped_context, built, html):
    report = check_snapshot(snapshot("https://warta-daerah.example/berita", html),
                            shipped_context)
    assert report.claims == ()
    assert built == []


def _fixture(name: str):
    case = _PAGES / name
    return snapshot("https://realcount-jateng.example/", (case / "page.html").read_bytes())


def test_a_page_with_figures_builds_it_once(shipped_context, built):
    # Negative control: the shares are read (and the page scope built for them, once).
    report = check_snapshot(_fixture("hostile_nul_bytes_hide_claim"), shipped_context)
    assert [str(c.value) for c in report.claims] == ["40.82", "59.18"]
    assert built == [1]


_WITH_FIGURES = [
    _html("Real Count Pilgub Jawa Tengah 2024", "Andika - Hendi 40,82% | Luthfi - Yasin 59,18%"),
    _html("Hasil Pilgub Jateng", "Di Jawa Tengah, Luthfi-Yasin unggul dengan 59,18 persen suara, "
          "sedangkan Andika-Hendi 40,82 persen."),
    _html("Pilgub Jawa Tengah 2024", "Luthfi-Yasin meraih 58,18 persen suara."),  # one off
]


@pytest.mark.parametrize("html", _WITH_FIGURES)
def test_figures_read_in_the_same_scope_as_when_it_was_built_first(shipped_context, monkeypatch,
                                                                    html):
    snap = snapshot("https://warta-jateng.example/hasil", html)
    lazy = check_snapshot(snap, shipped_context)
    plain = Collector.__init__

    def eager(self, page, matcher, figures, cues, scope):
        plain(self, page, matcher, figures, cues, scope() if callable(scope) else scope)

    monkeypatch.setattr(Collector, "__init__", eager)
    first = check_snapshot(snap, shipped_context)
    assert lazy.claims and lazy.claims == first.claims
    assert lazy.comparisons == first.comparisons


def test_a_collector_given_a_scope_keeps_it(shipped_context):
    # (from_tables' and the tests' own Collectors are given one: it is theirs as given)
    scope = Scope(kind="governor", election="pilkada2024")
    page = claims.Page.__new__(claims.Page)
    figures = shipped_context.rules.figures
    out = Collector(page, claims.matcher_for(shipped_context.official, figures), figures,
                    claims.cues_for(figures, ()), scope)
    assert out.scope is scope


# -- models.replace: dataclasses.replace without its walk over every field ---------------------

def _claims(shipped_context):
    return check_snapshot(_fixture("hostile_nul_bytes_hide_claim"), shipped_context)


def test_replace_builds_what_dataclasses_replace_builds(shipped_context):
    import dataclasses

    from checker.figures.regions import RegionHit
    from checker.models import replace

    report = _claims(shipped_context)
    claim, comparison = report.claims[0], report.comparisons[0]
    scope = Scope(region=RegionHit("33", "Jawa Tengah", 1, 0, 11), kind="governor")
    for obj, changes in [(claim, {"race_region_name": "Jateng"}),
                         (claim, {"value": claim.value + 1, "hold": "teaser"}), (claim, {}),
                         (comparison, {"status": "unverifiable", "reason": "interim_unstated"}),
                         (scope, {"region": None, "unclear": True}),
                         (scope.region, {"code": "3374", "level": 2})]:
        new, plain = replace(obj, **changes), dataclasses.replace(obj, **changes)
        assert type(new) is type(plain) and new == plain and vars(new) == vars(plain)
        assert new is not obj and vars(obj) != vars(new) or not changes
    with pytest.raises(TypeError):
        replace(claim, no_such_field=1)  # as dataclasses.replace says


def test_replace_of_a_page_keeps_every_field_and_the_original(shipped_context):
    import dataclasses

    from checker.analyse.page import extract
    from checker.models import replace

    rules = shipped_context.rules
    page = extract(_fixture("hostile_nul_bytes_hide_claim"), rules.vocabulary,
                   rules.figures.params)
    report = _claims(shipped_context)
    new = replace(page, claims=report.claims, comparisons=report.comparisons)
    assert vars(new) == vars(dataclasses.replace(page, claims=report.claims,
                                                 comparisons=report.comparisons))
    assert page.claims == () and new.claims == report.claims and new.text == page.text


def test_replace_goes_the_dataclasses_way_for_what_it_cannot_copy():
    from dataclasses import dataclass
    from functools import cached_property

    from checker.models import Finding, quick_init, replace

    @quick_init
    @dataclass(frozen=True)
    class Kept:
        value: int
        name: str = ""

        @cached_property
        def doubled(self) -> int:
            return self.value * 2

    kept = Kept(3)
    assert kept.doubled == 6  # (a cached value beside the fields in its __dict__)
    new = replace(kept, value=5)
    assert new.doubled == 10 and new == Kept(5)  # the cache is not copied
    finding = Finding("FIG001", "high", "high", {"sum": "101"})  # no quick_init
    assert replace(finding, severity="low") == Finding("FIG001", "low", "high", {"sum": "101"})
