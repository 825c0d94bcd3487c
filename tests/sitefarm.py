"""A loopback "site farm" for crawl tests and the crawl benchmark: many generated sites on
127.0.0.1, on several ports, told apart by the Host header (names such as
pilkada2024.kpu.go.id are mapped to 127.0.0.1 with `cekresmi crawl --resolve`, tests only).

Every verdict label is there, plus pages drawn by JavaScript, redirects, dead links (a closed
port, a 404, a 500) and a site whose robots.txt disallows everything. Pages can be changed
between two crawls (`set_page`), and every request is counted (`hits`).
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from realdata import pilkada_snapshot

HTML = {"Content-Type": "text/html; charset=utf-8"}


def results_page(title: str, shares=("50,07", "39,40", "10,53"), extra: str = "") -> str:
    """A Pilkada DKI governor results page (the real plenary shares by default)."""
    a, b, c = shares
    return (f"<html><head><title>{title}</title></head><body><h1>Real Count Pilgub DKI Jakarta"
            f"</h1><p>Pramono-Rano {a} persen, Ridwan Kamil-Suswono {b} persen, Dharma-Kun {c}"
            f" persen.</p>{extra}</body></html>")


CORPUS = Path(__file__).resolve().parent / "corpus" / "pages"
_CHROME = ('<nav>' + "".join(f'<a href="/kanal/{k}">{k.title()}</a> ' for k in (
    "nasional", "politik", "daerah", "ekonomi", "olahraga", "hiburan", "teknologi", "opini"))
    + '</nav><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push('
    'arguments)}gtag("js",new Date());</script><style>body{font-family:sans-serif}'
    '.teaser{margin:1em 0}</style>')


@lru_cache(maxsize=1)
def _corpus_articles() -> tuple[tuple[str, str], ...]:
    """(title, body) of the real pages tests/corpus/bench_articles.txt lists, in its order: the
    same pages every run, and the same as the corpus grows (a page added sorted in between)."""
    out = []
    listed = (CORPUS.parent / "bench_articles.txt").read_text("utf-8").splitlines()
    for slug in (line.strip() for line in listed if line.strip() and not line.startswith("#")):
        html = (CORPUS / slug / "page.html").read_text("utf-8", errors="replace")
        title = re.search(r"<title>(.*?)</title>", html, re.S)
        body = re.search(r"<body[^>]*>(.*)</body>", html, re.S)
        if title and body:
            out.append((title.group(1), body.group(1)))
    return tuple(out)


def news_page(n: int, size: int = 20_000) -> str:
    """A realistic news page of about `size` bytes: real page n of the corpus (tests/corpus/pages,
    saved Indonesian election-result articles) as the article, in site chrome (menu, script,
    style) with the next real articles as "Berita terkait" teasers until the size is reached
    (news sites run to 20 KB and more of such markup around one story)."""
    articles = _corpus_articles()
    title, body = articles[n % len(articles)]
    parts = [f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{title}"
             f"</title></head><body>{_CHROME}{body}<aside><h2>Berita terkait</h2>"]
    total, k = sum(map(len, parts)), n + 1
    while total < size:
        related_title, related = articles[k % len(articles)]
        teaser = (f'<div class="teaser"><h3><a href="/berita/{k}">{related_title}</a></h3>'
                  f"{related}</div>")
        parts.append(teaser)
        total += len(teaser)
        k += 1
    parts.append("</aside><footer>Hak cipta dilindungi undang-undang.</footer></body></html>")
    return "".join(parts)


def plain_page(title: str, text: str = "Resep nasi goreng kampung yang gurih.") -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>"


# Drawn by JavaScript: the static HTML is an app shell; only a browser sees the figures.
APP_SHELL = ("<html><head><title>Pilkada 2024</title></head><body><div id=\"root\"></div>"
             "<script>document.getElementById('root').innerHTML = '<h1>Real Count Pilgub DKI "
             "Jakarta</h1><p>Pramono-Rano 50,07 persen, Ridwan Kamil-Suswono 39,40 persen, "
             "Dharma-Kun 10,53 persen.</p>';</script></body></html>")


# The real Sirekap file data-pemilu.pages.dev loaded from GitHub for the Jakarta governor race
# (Pilkada 2024), served as raw.githubusercontent.com serves it (text/plain, open to any
# origin). A page drawn from it by JavaScript: its figures come from another host (FIG030).
SIREKAP_PATH = "/razanfawwaz/pilkada-scrap/refs/heads/main/pkwkp/31/31.json"
RAW = {"Content-Type": "text/plain; charset=utf-8", "Access-Control-Allow-Origin": "*"}


def json_app(data_url: str, also: str = "") -> str:
    """An app shell that fetches Sirekap JSON and draws its progress and vote counts (and runs
    the script `also`)."""
    return ("<html><head><title>Real Count Pilkada 2024 Gubernur</title></head><body>"
            f"<div id=\"root\">Memuat...</div><script>{also}"
            f"fetch({json.dumps(data_url)}).then(r => r.json()).then(d => {{"
            "const c = d.tungsura.chart; const rows = Object.keys(c).filter(k => k !== "
            "'progres').map(k => '<tr><td>Paslon ' + k + '</td><td>' + c[k] + '</td></tr>');"
            "document.getElementById('root').innerHTML = '<h1>Real Count Pilgub DKI Jakarta"
            "</h1><p>Progres ' + c.progres.persen + '%</p><table>' + rows.join('') + "
            "'</table>';});</script></body></html>")


@dataclass(frozen=True)
class Site:
    url: str           # the URL a watch-list lists
    expect: str        # a verdict label, or "error:<code>", or "http:<status>"
    rendered: bool = False


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SiteFarm:
    """`with SiteFarm() as farm:` serves the sites; `farm.sites` lists them with what a check
    should say; `farm.resolve` is the name -> 127.0.0.1 map for --resolve."""

    def __init__(self, ports: int = 3, clients_rendered: int = 2, extra_static: int = 0,
                 delay: float = 0.0) -> None:
        self.delay = delay  # seconds each page takes (slow sites; kill-and-resume tests)
        self.pages: dict[tuple[str, str], tuple[int, dict, str]] = {}
        self.hits: Counter = Counter()
        self.sites: list[Site] = []
        self.hosts: dict[str, str] = {}
        self._lock = threading.Lock()
        self.servers = [self._server() for _ in range(ports)]
        self.ports = [s.server_address[1] for s in self.servers]
        self._build(clients_rendered, extra_static)

    # -- serving -----------------------------------------------------------------------------
    def _server(self) -> ThreadingHTTPServer:
        farm = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self):
                super().setup()
                # Headers and body go out in two writes: without TCP_NODELAY, Nagle holds the
                # second until the client's delayed ACK (~40 ms on Linux), so every keep-alive
                # request would cost 40 ms whatever the client does (bench_crawl measured that).
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, *args):
                pass

            def do_GET(self):
                host = (self.headers.get("Host") or "").lower()
                path = self.path.split("?", 1)[0]
                with farm._lock:
                    farm.hits[(host, path)] += 1
                    route = farm.pages.get((host, path))
                if route is None and path == "/robots.txt":
                    route = (404, {"Content-Type": "text/plain"}, "")
                status, headers, body = route or (404, {"Content-Type": "text/plain"}, "tidak ada")
                if farm.delay and path != "/robots.txt":
                    time.sleep(farm.delay)
                data = body.encode("utf-8")
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.request_queue_size = 128
        return server

    def __enter__(self) -> "SiteFarm":
        self.threads = [threading.Thread(target=s.serve_forever, daemon=True)
                        for s in self.servers]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()

    # -- building ----------------------------------------------------------------------------
    def host(self, name: str, i: int) -> str:
        """name:port (the Host header a client sends): a name keeps the port it first got."""
        if name not in self.hosts:
            self.hosts[name] = f"{name}:{self.ports[i % len(self.ports)]}"
        return self.hosts[name]

    def set_page(self, host: str, path: str, body: str, status: int = 200, headers=None) -> None:
        with self._lock:
            self.pages[(host, path)] = (status, headers or HTML, body)

    def add(self, name: str, i: int, expect: str, body: str = "", path: str = "/",
            status: int = 200, headers=None, rendered: bool = False) -> str:
        host = self.host(name, i)
        if body or status != 200:
            self.set_page(host, path, body, status, headers)
        self.sites.append(Site(f"http://{host}{path}", expect, rendered))
        return host

    def _build(self, clients_rendered: int, extra_static: int) -> None:
        i = 0
        for name in ("pilkada2024.kpu.go.id", "pemilu2024.kpu.go.id", "kpu.go.id",
                     "jdih.kpu.go.id", "infopemilu.kpu.go.id"):
            self.add(name, i, "official", results_page("KPU: Hasil Pilkada 2024"))
            i += 1
        for name in ("kpu.go.id.co", "kpu-realcount.vercel.app", "sirekap-kpu.pages.dev",
                     "kpu.or.id", "kpu-go.id", "pilkada2024-kpu.netlify.app",
                     "real-count-kpu.web.app", "kpu2024.github.io"):
            self.add(name, i, "impostor", results_page("Situs Resmi KPU - Real Count"))
            i += 1
        for name in ("kawalpemilu.org", "jagasuara2024.org", "perludem.org", "tempo.co",
                     "antaranews.com"):
            self.add(name, i, "independent", results_page("Hasil hitung Pilkada 2024"))
            i += 1
        for n in range(14):
            shares = ("50,07", "39,40", "10,53") if n % 2 else ("55,07", "34,40", "10,53")
            self.add(f"hasil-pilkada-{n}.pages.dev", i, "unofficial",
                     results_page(f"Real Count Pilkada 2024 #{n}", shares))
            i += 1
        # Links for --discover: one page further on the same site, a KPU lookalike elsewhere
        # (not on the watch-list: it is proposed), and a recipe blog (not followed).
        first = self.host("hasil-pilkada-0.pages.dev", 0)
        lookalike = self.host("kpu-hasil-2024.my.id", 1)
        self.set_page(lookalike, "/", results_page("KPU Hasil Pilkada 2024"))
        self.set_page(first, "/arsip", results_page("Arsip real count"))
        self.discoverable = {f"http://{first}/arsip": "same_site",
                             f"http://{lookalike}/": "outbound"}
        links = (f'<a href="/arsip">Arsip</a> <a href="http://{lookalike}/">Cek hasil</a> '
                 f'<a href="http://{self.host("blog-0.example.com", 2)}/">Resep</a>')
        self.set_page(first, "/", results_page("Real Count Pilkada 2024 #0",
                                               ("55,07", "34,40", "10,53"), links))
        for n in range(10 + extra_static):
            self.add(f"blog-{n}.example.com", i, "no_claims", plain_page(f"Dapur {n}"))
            i += 1
        for n in range(clients_rendered):
            # Not .dev or .app: Chromium upgrades those to https (HSTS preload list).
            self.add(f"app-{n}.my.id", i, "unofficial", APP_SHELL, rendered=True)
            i += 1
        # A page drawn from JSON on another host: {page URL: the host its figures came from}.
        self.loaded_from: dict[str, str] = {}
        self.data_hits: list[tuple[str, str]] = []  # what rendering those pages fetches
        if clients_rendered:
            sirekap = pilkada_snapshot() / SIREKAP_PATH.split("/main/", 1)[1]
            data = self.host("raw.githubusercontent.com", i)
            self.set_page(data, SIREKAP_PATH, sirekap.read_text("utf-8"), headers=RAW)
            # Two requests a rendering does not serve: a POST (we never send data on a
            # page's behalf) and a closed port.
            self.refused_port = _closed_port()
            also = (f"fetch('http://{data}/hit', {{method: 'POST', body: 'x'}}).catch(e => 0);"
                    f"fetch('http://127.0.0.1:{self.refused_port}/x.json').catch(e => 0);")
            page = self.add("data-pemilu.my.id", i, "unofficial",
                            json_app(f"http://{data}{SIREKAP_PATH}", also), rendered=True)
            self.loaded_from[f"http://{page}/"] = "raw.githubusercontent.com"
            self.data_hits.append((data, SIREKAP_PATH))
            i += 1
        # Redirects: to another site (the verdict is about where it ends) and within a site.
        # A redirect's target is fetched once more for the page that redirects to it.
        self.redirect_targets = [(self.host("hasil-pilkada-1.pages.dev", 20), "/"),
                                 (self.host("pilkada2024.kpu.go.id", 0), "/")]
        target = self.host("hasil-pilkada-1.pages.dev", 20)
        self.add("go.example.net", i, "unofficial", path="/r", status=302,
                 headers={"Location": f"http://{target}/"}, body=" ")
        i += 1
        kpu = self.host("pilkada2024.kpu.go.id", 0)
        self.add("short.example.net", i, "official", path="/kpu", status=301,
                 headers={"Location": f"http://{kpu}/"}, body=" ")
        i += 1
        moved = self.add("moved.example.org", i, "no_claims", path="/old", status=301,
                         headers={"Location": "/new"}, body=" ")
        self.set_page(moved, "/new", plain_page("Pindah"))
        i += 1
        # Dead links: nothing listening, a missing page, a broken server.
        self.sites.append(Site(f"http://127.0.0.1:{_closed_port()}/", "error:connect_failed"))
        self.add("gone.example.org", i, "http:404", path="/hilang", status=404,
                 body=plain_page("404"))
        i += 1
        self.add("broken.example.org", i, "http:500", status=500, body="Internal Server Error")
        i += 1
        # robots.txt says no: not fetched, and said so.
        shy = self.add("shy.example.org", i, "error:robots_disallowed",
                       results_page("Real count rahasia"))
        self.set_page(shy, "/robots.txt", "User-agent: *\nDisallow: /\n",
                      headers={"Content-Type": "text/plain"})
        i += 1

    @property
    def resolve(self) -> dict[str, str]:
        return {name: "127.0.0.1" for name in sorted(self.hosts)}

    def resolve_args(self) -> list[str]:
        return [arg for name in sorted(self.hosts) for arg in ("--resolve", f"{name}=127.0.0.1")]

    def watchlist(self, path, rendered: bool = True) -> None:
        lines = [s.url for s in self.sites if rendered or not s.rendered]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def expected_hits(self, rendered: bool = False) -> Counter:
        """Requests per (host, path) a crawl of the watch-list makes: each page once, a
        redirect target once more, a 500 once more (retried), a rendered page once too (the
        browser is served the bytes the crawl fetched) and the JSON it loads once."""
        hits = Counter()
        for site in self.sites:
            if site.expect.startswith("error:"):
                continue
            parts = urlsplit(site.url)
            hits[(parts.netloc, parts.path or "/")] += 1
            if site.expect == "http:500":  # a server error is retried once
                hits[(parts.netloc, parts.path or "/")] += 1
        if rendered:
            hits.update(self.data_hits)
        hits.update(self.redirect_targets)
        moved = self.hosts["moved.example.org"]
        hits[(moved, "/new")] += 1
        return hits

    def page_hits(self) -> Counter:
        """Requests per (host, path), robots.txt left out."""
        return Counter({k: v for k, v in self.hits.items() if k[1] != "/robots.txt"})
