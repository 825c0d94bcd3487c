"""Screenshots of the bundled sample's HTML report for the README: desktop (1280 px) and phone
(375 px), Indonesian and English, first screen only, into docs/screenshots/.

    .venv/bin/python scripts/make_screenshots.py [--chromium /usr/bin/chromium]

Checks samples/data-pemilu-gubernur.warc.gz offline (replayed in Chromium, as `cekresmi check`
does), renders the report with checker.report.formats, then opens each file in headless
Chromium through Playwright and saves the visible viewport as PNG.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "data-pemilu-gubernur.warc.gz"
OUT = ROOT / "docs" / "screenshots"
VIEWPORTS = {"desktop": (1280, 900), "phone": (375, 812)}


def sample_report():
    sys.path.insert(0, str(ROOT))
    from checker.context import load_context
    from checker.service import check_targets, parse_target

    context = load_context(None, None, record=True)
    [report] = check_targets([parse_target(str(SAMPLE))], context, render="auto")
    if isinstance(report, Exception):
        raise SystemExit(f"the sample could not be checked: {report}")
    return report, context.rules


def shoot(pages: dict[str, Path], chromium: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            for lang, html in pages.items():
                for name, (width, height) in VIEWPORTS.items():
                    page = browser.new_page(viewport={"width": width, "height": height},
                                            device_scale_factor=1)
                    page.goto(html.as_uri())
                    overflow = page.evaluate(
                        "document.documentElement.scrollWidth - window.innerWidth")
                    if overflow > 0:
                        print(f"warning: {lang} {name} scrolls sideways by {overflow} px")
                    target = OUT / f"report-{lang}-{name}.png"
                    page.screenshot(path=str(target))
                    page.close()
                    written.append(target)
        finally:
            browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from checker.report.formats import render, render_png

    report, rules = sample_report()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pages = {}
        for lang in ("id", "en"):
            pages[lang] = Path(tmp) / f"report-{lang}.html"
            pages[lang].write_text(render(report, rules, "html", lang), encoding="utf-8")
        written = shoot(pages, args.chromium)
    figures = OUT / "figures-id.png"
    figures.write_bytes(render_png(report, rules, "id"))
    for path in written + [figures]:
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
