"""`--render auto`: which static pages get rendered in Chromium."""

import pytest

from checker.analyse.pipeline import check_snapshot, should_render

from builders import context, snapshot

SHELL = '<html><body><div id="root"></div><script src="/app.js"></script></body></html>'
FIGURES = ("<html><body><h1>Real Count Pilgub DKI Jakarta 2024</h1><script src='/a.js'></script>"
           "<table><tr><th>Paslon</th><th>Suara</th></tr>"
           "<tr><td>Pramono Anung - Rano Karno</td><td>50,07%</td></tr></table></body></html>")


def hint(html, url="https://data-pemilu.pages.dev/gubernur"):
    return check_snapshot(snapshot(url, html), context()).render_hint


def test_an_app_shell_wants_rendering():
    assert hint(SHELL)


def test_scripts_and_no_figures_want_rendering():
    assert hint("<html><body><p>Memuat data...</p><script>load()</script></body></html>")


def test_a_page_without_scripts_does_not():
    assert not hint("<html><body><p>Hasil Pilkada belum ada.</p></body></html>")


def test_a_page_whose_figures_are_in_the_html_does_not():
    assert not hint(FIGURES)


def test_json_is_never_rendered():
    assert not hint('{"a": 1}')


@pytest.mark.parametrize("mode,shell,expected", [
    ("auto", True, True), ("auto", False, False), ("always", False, True),
    ("never", True, False)])
def test_modes(mode, shell, expected):
    report = check_snapshot(snapshot("https://x.example/", SHELL if shell else "<p>x</p>"),
                            context())
    assert should_render(mode, report) is expected


def test_an_unknown_mode_is_refused():
    report = check_snapshot(snapshot("https://x.example/", SHELL), context())
    with pytest.raises(ValueError):
        should_render("sometimes", report)


# Issue 10 §3: an archive (WARC/WACZ) replays the page's JSON, so the static check already
# has figures; but what the page SHOWS (often shares computed in the browser) is its claim,
# and that is in the rendered DOM. A page whose every figure came from JSON, none from its
# visible text or tables, is drawn by scripts: it is rendered, app-shell marker or not.
UNMARKED_SHELL = ("<html><head><title>Hasil Pilgub 2024</title></head><body>"
                  "<div id='hasil' class='container'><p>Memuat data...</p></div>"
                  "<script src='/static/app.js'></script></body></html>")


def _with_json(html):
    """The page `html` with the JSON the bundled sample archive holds (real Sirekap files)."""
    import dataclasses
    from pathlib import Path

    from checker.retrieve.archive import load_warc

    sample = Path(__file__).resolve().parent.parent / "samples" / "data-pemilu-gubernur.warc.gz"
    resources = load_warc(sample).resources
    snap = snapshot("https://data-pemilu.pages.dev/gubernur", html)
    return check_snapshot(dataclasses.replace(snap, resources=resources), context())


def test_figures_only_from_the_archives_json_still_want_rendering():
    report = _with_json(UNMARKED_SHELL)
    assert report.claims and {c.origin for c in report.claims} == {"json"}
    assert report.render_hint


def test_figures_the_html_shows_do_not_need_rendering_even_with_json():
    report = _with_json(FIGURES)
    assert any(c.origin != "json" for c in report.claims)
    assert not report.render_hint
