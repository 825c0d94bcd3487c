"""Client-rendered result pages on the loopback site farm (tests/sitefarm.py), for the rendered
crawl benchmark (benchmarks/bench_crawl_render.py) and its test: pages whose figures exist only
after a browser ran their scripts.

Two kinds, both already in the repository:
- the seven synthetic client-rendered layouts of the accuracy corpus
  (tests/corpus/pages/pilkada-synthetic-*: the figures sit in an inline JSON block that a
  script draws as cards, lists, tables, bar charts);
- the bundled sample results site (samples/site/gubernur.html, like data-pemilu.pages.dev):
  the page fetches the real Sirekap snapshot JSON (four files) from a second host on the farm
  and draws three governor races from it.

Every name ends in .my.id: Chromium upgrades .dev and .app to https (HSTS preload list), and a
bare browser (the scrapy-playwright baseline) reaches the farm with
`--host-resolver-rules=MAP *.my.id 127.0.0.1`, as our crawl does with --resolve.
"""

from __future__ import annotations

from results_site import JSON, data_routes, page_html
from sitefarm import CORPUS, SiteFarm

__all__ = ["DATA_HOST", "LAYOUTS", "add_rendered_pages", "drawn"]

DATA_HOST = "data-sirekap.my.id"
# The page kinds, in the order pages cycle through them: the corpus's script-drawn layouts,
# then the page that loads its figures from JSON on another host.
LAYOUTS = tuple(sorted(p.parent.name for p in CORPUS.glob("pilkada-synthetic-*/page.html")
                       if "<script" in p.read_text("utf-8"))) + ("gubernur",)


def drawn(layout: str) -> str:
    """A JavaScript condition that is true once the page's figures are on screen (what a bare
    spider that reads the figures must wait for: the gubernur page draws its third race after
    four sequential fetches; the corpus layouts draw theirs before the load event)."""
    if layout == "gubernur":
        return "document.querySelectorAll('#root table').length >= 3"
    return "document.readyState === 'complete'"


def add_rendered_pages(farm: SiteFarm, count: int, sites: int = 10) -> list[tuple[str, str]]:
    """Serve `count` client-rendered pages on `sites` hosts of the farm (and the JSON the
    gubernur pages load, on DATA_HOST); returns (url, layout) for each page."""
    data = farm.host(DATA_HOST, 0)
    for path, (status, headers, body) in data_routes("/d/").items():
        farm.set_page(data, path, body.decode("utf-8"), status, headers or JSON)
    gubernur = page_html(f"http://{data}/d/")
    bodies = {name: (CORPUS / name / "page.html").read_text("utf-8")
              for name in LAYOUTS if name != "gubernur"}
    bodies["gubernur"] = gubernur
    pages = []
    for n in range(count):
        layout = LAYOUTS[n % len(LAYOUTS)]
        host = farm.host(f"hasil-{n % sites}.my.id", n % sites)
        path = f"/render/{n}"
        farm.set_page(host, path, bodies[layout])
        pages.append((f"http://{host}{path}", layout))
    return pages

