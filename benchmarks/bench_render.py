"""Rendering benchmarks (issue 4), each printed next to its static-fetch baseline from the same run.

1. Cold rendered check: `cekresmi check URL --render always` in a new process (Python start,
   record load, Chromium launch, page, four JSON sub-requests from a second loopback host,
   screenshot) against `--render never` of the same page. Aim: under 3 s.
2. A batch of 20 rendered pages in one process, one browser (check_targets, render="always")
   against the static batch of the same 20 URLs. Aim: 3 pages a second or more.

The pages are samples/site/gubernur.html with the real Sirekap snapshot JSON (tests/results_site.py).
Run: .venv/bin/python benchmarks/bench_render.py [--rounds N] [--pages N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from _timing import best_of  # noqa: E402  (benchmarks/_timing.py)
from results_site import results_site  # noqa: E402  (tests/results_site.py)

from checker.service import check_targets, parse_target  # noqa: E402
from checker.retrieve.fetch import FetchConfig  # noqa: E402
from checker.models import Report  # noqa: E402

CLI = str(Path(sys.executable).with_name("cekresmi"))
LOCAL = FetchConfig(allowed_networks=("127.0.0.1/32", "127.0.0.2/32"), timeout=10)


def cli_check(url: str, render: str) -> None:
    done = subprocess.run([CLI, "check", url, "--allow-private", "--render", render,
                           "--format", "json"], capture_output=True, text=True)
    if done.returncode != 0 or (render == "always" and '"rendering": null' in done.stdout):
        raise SystemExit(f"check failed ({render}): {done.stderr.strip()[:300]}")


def batch(urls: list[str], render: str) -> None:
    results = check_targets([parse_target(u) for u in urls], CONTEXT, fetch_config=LOCAL,
                            render=render)
    bad = [r for r in results if not isinstance(r, Report)
           or (render == "always" and r.rendering is None)]
    if bad:
        raise SystemExit(f"batch failed ({render}): {bad[0]}")


def launch_browser() -> None:
    import asyncio

    from checker.retrieve.capture import Browser

    async def run() -> None:
        async with Browser():
            pass

    asyncio.run(run())


def main() -> None:
    global CONTEXT
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    from checker.cli.options import load_context

    CONTEXT = load_context(None, "id", record=True)
    with results_site(pages=args.pages) as (site, _):
        url = site.url("/gubernur")
        static = best_of(lambda: cli_check(url, "never"), args.rounds)
        rendered = best_of(lambda: cli_check(url, "always"), args.rounds)
        print(f"cold check, one page, new process: rendered {rendered:.2f} s "
              f"(static fetch of the same page {static:.2f} s; aim < 3 s: "
              f"{'met' if rendered < 3 else 'NOT met'})")

        urls = [url] + [site.url(f"/gubernur/{i}") for i in range(1, args.pages)]
        static = best_of(lambda: batch(urls, "never"), args.rounds)
        rendered = best_of(lambda: batch(urls, "always"), args.rounds)
        launch = best_of(launch_browser, args.rounds)
        n = len(urls)
        print(f"batch of {n} pages, one browser: rendered {n / rendered:.1f} pages/s "
              f"({rendered:.2f} s; static fetch of the same pages {n / static:.1f} pages/s, "
              f"{static:.2f} s; aim >= 3 pages/s: {'met' if n / rendered >= 3 else 'NOT met'})")
        print(f"  of which starting Chromium {launch:.2f} s; without it "
              f"{n / max(rendered - launch, 1e-9):.1f} pages/s")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"(benchmark ran {time.perf_counter() - started:.0f} s)")
