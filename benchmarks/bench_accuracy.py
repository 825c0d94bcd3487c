"""Accuracy on real pages (issue 10 §4): the corpus in tests/corpus/pages checked offline with
the shipped record, scored against the hand annotations (benchmarks/accuracy.py says how).

Targets: attribution precision >= 98 %, recall (figures whose race the record holds) >= 90 %,
no false discrepant/minor on accurate figures, no false impostor.

Run: .venv/bin/python benchmarks/bench_accuracy.py [--json] [--show SLUG] [--part dev|holdout|all]
     [--only GLOB ...]
     --planted [--seed N] [--per-page N]: plant one error at a time into each dev page's graded
     right figures and count how many the check now flags (benchmarks/planted.py)
     --stressed [--seed N] [--kinds K,..]: write realistic context (teasers, an earlier election, another
     region, a quick count, a dateline...) with other races' real figures into each dev page,
     one snippet at a time, and count the false flags it causes (benchmarks/stressed.py)
(the lists behind the numbers are printed for dev, or for the part given with --part)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402  (benchmarks/accuracy.py)
import planted  # noqa: E402  (benchmarks/planted.py)
import stressed  # noqa: E402  (benchmarks/stressed.py)


def _pct(value) -> str:
    return "  n/a" if value is None else f"{value * 100:5.1f} %"


def _print_part(name: str, s: dict, details: bool) -> None:
    print(f"== {name}: {s['pages']} pages, {s['claims']} claims")
    print(f"  attribution precision   {_pct(s['precision'])}  ({s['claims_correct']}/{s['claims']};"
          f" {s['claims_unattributed']} of the wrong ones name no election and no region)")
    print(f"  precision, stated parts {_pct(s['precision_stated'])}  ({s['claims_stated_right']}/"
          f"{s['claims']}; a part left unknown is an abstention)")
    print(f"  precision, graded only  {_pct(s['precision_graded'])}  ({s['graded_correct']}/"
          f"{s['graded']}; the claims the report grades)")
    print(f"  recall, race in record  {_pct(s['recall_in_record'])}  "
          f"({s['recalled_in_record']}/{s['figures_in_record']})")
    print(f"  recall, all figures     {_pct(s['recall_all'])}  ({s['recalled_all']}/{s['figures_all']})")
    print(f"  false discrepant/minor  {len(s['false_flags'])}"
          f"  (flags on figures of unknown accuracy: {s['flags_on_unknown']})")
    print(f"  errors caught           {len(s['errors_caught'])}/{s['errors']}"
          f"  ({s['errors_in_record']} of them in a race the record holds; "
          f"{s['errors_refuted']} caught as the refuted hoax's, not graded)")
    print(f"  label accuracy          {_pct(s['label_accuracy'])}  ({s['labels_right']}/{s['pages']})")
    print(f"  false impostor          {len(s['false_impostor'])}")
    if details:
        for title, key in (("false flags", "false_flags"), ("graded wrong", "graded_wrong"),
                           ("label errors", "label_errors"),
                           ("false impostor", "false_impostor"),
                           ("errors missed", "errors_missed")):
            for line in s[key]:
                print(f"    {title}: {line}")


def _print_mode(mode, key: str, items: list, as_json: bool, took: float) -> int:
    """A mode's (planted, stressed) summary of its items: as JSON with every item under `key`
    (--json), else in the mode's own words (_PRINTERS)."""
    summary = mode.summary(items)
    if as_json:
        summary[key] = [vars(item) for item in items]
        print(json.dumps(summary, indent=1, ensure_ascii=False))
    else:
        _PRINTERS[mode](summary, items, took)
    return 0


def _print_table(head: str, groups: dict, row) -> None:
    """A mode's summary line, then one line per group of its items: row(name, counts)."""
    print(head)
    for name, counts in groups.items():
        print(row(name, counts))


def _print_planted(s: dict, plants: list, took: float) -> None:
    _print_table(f"planted errors on {s['pages']} dev pages in {took:.1f} s: caught "
                 f"{s['caught']}/{s['compared']} ({_pct(s['rate'])}); "
                 f"{s['plants'] - s['compared']} lost (the planted figure no longer named its "
                 "figure)", s["by_type"],
                 lambda name, t: f"  {name:7s} {t['caught']:4d}/{t['compared']:<4d} "
                                 f"{_pct(t['rate'])}  ({t['lost']} lost)")
    print(f"  plants that changed another figure's status: {s['collateral']}")
    for p in plants:
        if p.outcome != "caught":
            print(f"    {p.outcome}: {p.slug}: {p.type} {p.figure!r} {p.written} -> "
                  f"{p.planted}: {p.status}")
    for p in plants:
        for line in p.collateral:
            print(f"    collateral: {p.slug}: {p.type} {p.written} -> {p.planted}: {line}")


def _print_stressed(s: dict, stresses: list, took: float) -> None:
    _print_table(f"context stress on {s['pages']} dev pages in {took:.1f} s: {s['inserted']} "
                 f"snippets; (a) own accurate figures now flagged {s['own_flagged']}, (b) own "
                 f"figures that lost their attribution {s['own_lost']}, (c) flags on snippet "
                 f"figures {s['snippet_flags']}", s["by_kind"],
                 lambda name, k: f"  {name:12s} {k['inserted']:4d} inserted  (a) "
                                 f"{k['own_flagged']:3d}  (b) {k['own_lost']:3d}  (c) "
                                 f"{k['snippet_flags']:3d}")
    for x in stresses:
        for line in x.own_flagged:
            print(f"    (a) {x.slug}: {x.kind}: {line}  << {x.snippet}")
        for where, line in x.snippet_flags:
            print(f"    (c) {where}: {x.slug}: {x.kind}: {line}  << {x.snippet}")
    for x in stresses:
        for line in x.own_lost:
            print(f"    (b) {x.slug}: {x.kind}: {line}")


_PRINTERS = {planted: _print_planted, stressed: _print_stressed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--show", metavar="SLUG", help="one page's claims beside its truth")
    parser.add_argument("--part", choices=accuracy.PARTS, help="print only this part")
    parser.add_argument("--only", metavar="GLOB", action="append",
                        help="only pages whose slug matches (repeatable; @FILE reads the globs "
                             "from FILE, e.g. @tests/corpus/batches/corpus-e.txt)")
    parser.add_argument("--planted", action="store_true",
                        help="planted-error mode: catch rate by error type on dev pages")
    parser.add_argument("--seed", type=int, default=10, help="planted mode: the random seed")
    parser.add_argument("--per-page", type=int, default=3,
                        help="planted mode: figures planted into per page, at most")
    parser.add_argument("--stressed", action="store_true",
                        help="context-stress mode: false flags caused by other races' figures "
                             "written into dev pages")
    parser.add_argument("--kinds", help="context-stress mode: only these snippet kinds "
                                        "(comma-separated; default all)")
    args = parser.parse_args()

    pages = accuracy.load_pages()
    if args.only:
        pages = accuracy.select_pages(pages, args.only)
    if args.show:
        pages = [p for p in pages if p.slug == args.show]
        if not pages:
            print(f"no corpus page {args.show!r} in {accuracy.PAGES}", file=sys.stderr)
            return 2
    if not pages:
        print(f"no pages in {accuracy.PAGES}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    context = accuracy.load_context()
    loaded = time.perf_counter() - started
    results = accuracy.check_pages(pages, context)
    checked = time.perf_counter() - started - loaded
    if args.show:
        print(accuracy.show(results[0], context.official))
        return 0
    if args.planted:
        return _print_mode(planted, "plants_list",
                           planted.plant_pages(results, context, args.seed, args.per_page),
                           args.json, time.perf_counter() - started - loaded)
    if args.stressed:
        return _print_mode(stressed, "stresses", stressed.stress_pages(
            results, context, args.seed, tuple(args.kinds.split(",")) if args.kinds
            else stressed.KINDS), args.json, time.perf_counter() - started - loaded)
    parts = accuracy.score(results, context.official)
    if args.part:
        parts = {args.part: parts[args.part]}
    if args.json:
        print(json.dumps(parts, indent=1, ensure_ascii=False))
        return 0
    print(f"{len(pages)} pages checked in {checked:.2f} s (record loaded in {loaded:.2f} s)")
    for name, s in parts.items():
        # The lists behind the numbers name pages and figures: shown for dev (tune on it) or
        # for the part asked for; the holdout's pages stay unread unless asked by name.
        _print_part(name, s, details=name == "dev" or args.part is not None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
