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
