"""Planted errors (issue 10: every planted or real error caught): for each dev page, each
accurate figure the tool grades against the record gets one realistic error written into a
copy of its page, in memory, and the copy is checked again the way accuracy.py checks pages.

    digit     one digit of the figure changed          ("2.183.239" -> "2.183.539")
    swap      two neighbouring digits swapped          ("50,07" -> "50,70")
    points    a share or progress off by 2 to 5 points ("50,07" -> "53,07")
    round     a vote count off by a round number       ("2.183.239" -> "2.193.239")

A plant is caught when a claim naming the figure (every attribution part as annotated, the
value now the planted one) is reported discrepant/minor, or as the refuted hoax's
(accuracy.flagged). A plant whose written number cannot be found in the page's HTML is
skipped, and so is one whose figure no longer names its figure after planting (the planted
value read as another figure is then a `lost` plant, listed apart). Beside each plant the
other annotated figures are compared before and after: any whose reported status changed is
`collateral` (a sibling share now flagged because the planted votes no longer add up is the
tool reasoning, not an accident, but it is listed so a reader can judge).

Deterministic: one random.Random per (seed, page, figure, type). Nothing is written to disk.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

import accuracy

TYPES = ("digit", "swap", "points", "round")
# A number as written: "2.183.239", "50,07", "58.59", "886. 251" is not one (two tokens).
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d+)*(?![\d])")

__all__ = ["TYPES", "Plant", "plant_pages", "summary"]


@dataclass
class Plant:
    slug: str
    figure: str          # the annotated text
    kind: str
    type: str
    written: str         # the number as the page wrote it
    planted: str         # the number as planted
    outcome: str         # caught | missed | lost
    status: str = ""     # what the report said of the planted figure
    collateral: list = field(default_factory=list)


def _value_of(written: str, kind: str) -> Decimal | None:
    """The written number read as the annotation normalises it, or None when it reads
    differently (a "14,1 juta" figure's "14,1" is not its value 14100000)."""
    try:
        if kind == "votes":
            if "," in written and "." in written:
                return None
            if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", written):
                return Decimal(re.sub(r"[.,]", "", written))
            return Decimal(written) if written.isdigit() else None
        return Decimal(written.replace(",", ".")) if written.count(",") + written.count(".") <= 1 \
            else None
    except InvalidOperation:
        return None


def _normal(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _mutate(written: str, kind: str, kind_of_error: str, rng: random.Random) -> str | None:
    digits = [i for i, ch in enumerate(written) if ch.isdigit()]
    chars = list(written)
    if kind_of_error == "digit":
        # Not the leading digit (a "0" there is no number a writer prints).
        at = rng.choice(digits[1:]) if len(digits) > 1 else digits[0]
        chars[at] = rng.choice([d for d in "0123456789" if d != chars[at]
                                and not (at == digits[0] and d == "0")])
        return "".join(chars)
    if kind_of_error == "swap":
        pairs = [(a, b) for a, b in zip(digits, digits[1:]) if chars[a] != chars[b]
                 and not (a == digits[0] and chars[b] == "0")]
        if not pairs:
            return None
        a, b = rng.choice(pairs)
        chars[a], chars[b] = chars[b], chars[a]
        return "".join(chars)
    value = _value_of(written, kind)
    if kind_of_error == "points" and kind in ("share", "progress"):
        step = Decimal(rng.choice((2, 3, 4, 5))) * rng.choice((1, -1))
        new = value + step if Decimal(0) < value + step < Decimal(100) else value - step
        decimals = len(written) - written.index(",") - 1 if "," in written else (
            len(written) - written.index(".") - 1 if "." in written else 0)
        text = f"{new:.{decimals}f}"
        return text.replace(".", ",") if "," in written else text
    if kind_of_error == "round" and kind == "votes" and value >= 100:
        size = len(str(int(value)))
        step = Decimal(10) ** max(size - 3, 1) * rng.choice((1, 2, 5)) * rng.choice((1, -1))
        new = value + step if value + step > 0 else value - step
        sep = "." if "." in written else ("," if "," in written else "")
        text = f"{int(new):,}".replace(",", sep) if sep else str(int(new))
        return text
    return None


def _spots(html: str, text: str, figure: dict) -> list[tuple[int, int]]:
    """Where the figure's number is written in the HTML: inside each occurrence of its
    annotated text, the token that reads as its value."""
    want = accuracy._decimal(figure.get("value"))
    found = []
    start = html.find(text)
    while start >= 0 and want is not None:
        for m in _NUMBER.finditer(text):
            if _value_of(m.group(), figure["kind"]) == want:
                found.append((start + m.start(), start + m.end()))
                break
        start = html.find(text, start + len(text))
    return found


def _status(result, figure: dict) -> tuple:
    """What the report says of an annotated figure: the statuses of the claims naming it."""
    return tuple(sorted((c.status, c.reason or "") for i, claim in enumerate(result.report.claims)
                        if accuracy.matches(claim, figure)
                        and (c := result.statuses.get(i)) is not None))


def _graded_accurate(result) -> list[int]:
    """The page's right figures the report grades against the record: annotated accurate, or
    of accuracy left open by the annotator (an internal count, a moment not given) and
    graded consistent, i.e. equal to the record within its limits, so that a planted change
    departs from the record all the same."""
    picked = []
    for n, figure in enumerate(result.page.truth.get("figures", [])):
        if figure.get("accurate") is False or figure.get("kind") not in accuracy.CLAIM_KINDS:
            continue
        if any(s == "consistent" for s, _ in _status(result, figure)):
            picked.append(n)
    return picked


def _check_html(page, html: str, context, split):
    from checker import check_snapshot

    planted = replace(accuracy._snapshot(page), body=html.encode("utf-8"))
    report = check_snapshot(planted, context)
    return accuracy.PageResult(page, accuracy.part_of(page.slug, split), report,
                               {c.claim: c for c in report.comparisons})


def plant_pages(results, context, seed: int = 10, per_page: int = 3,
                types: tuple[str, ...] = TYPES) -> list[Plant]:
    """Plants for every dev page of `results` (accuracy.check_pages output): at most
    `per_page` figures a page (chosen with the seed), each with every type that applies."""
    split = accuracy.load_split()
    plants: list[Plant] = []
    for result in results:
        if result.part != "dev":
            continue
        page = result.page
        figures = page.truth.get("figures", [])
        chosen = _graded_accurate(result)
        random.Random(f"{seed}:{page.slug}").shuffle(chosen)
        html = page.html_path.read_text("utf-8")
        before = [_status(result, f) for f in figures]
        for n in sorted(chosen[:per_page]):
            figure = figures[n]
            spots = _spots(html, figure["text"], figure)
            if not spots:
                continue
            written = html[spots[0][0]:spots[0][1]]
            for kind_of_error in types:
                rng = random.Random(f"{seed}:{page.slug}:{n}:{kind_of_error}")
                planted = _mutate(written, figure["kind"], kind_of_error, rng)
                value = _value_of(planted, figure["kind"]) if planted else None
                if value is None or value == _value_of(written, figure["kind"]):
                    continue
                copy = html
                for a, b in reversed(spots):
                    copy = copy[:a] + planted + copy[b:]
                after = _check_html(page, copy, context, split)
                wrong = dict(figure, value=_normal(value))
                said = [(after.statuses.get(i), claim) for i, claim in
                        enumerate(after.report.claims) if accuracy.matches(claim, wrong)]
                caught = any(accuracy.flagged(c) for c, _ in said)
                outcome = "caught" if caught else ("missed" if said else "lost")
                status = ", ".join(sorted({f"{c.status}:{c.reason or c.official_value}"
                                           for c, _ in said if c is not None})) or "-"
                same_text = {m for m, f in enumerate(figures) if f["text"] == figure["text"]}
                collateral = [f"{figures[m]['text']!r} {before[m]} -> {now}"
                              for m in range(len(figures)) if m not in same_text
                              and (now := _status(after, figures[m])) != before[m]]
                plants.append(Plant(page.slug, figure["text"], figure["kind"], kind_of_error,
                                    written, planted, outcome, status, collateral))
    return plants


def summary(plants: list[Plant]) -> dict:
    by_type = {}
    for t in TYPES:
        these = [p for p in plants if p.type == t]
        kept = [p for p in these if p.outcome != "lost"]
        caught = sum(p.outcome == "caught" for p in kept)
        by_type[t] = {"plants": len(these), "compared": len(kept), "caught": caught,
                      "lost": len(these) - len(kept),
                      "rate": round(caught / len(kept), 4) if kept else None}
    kept = [p for p in plants if p.outcome != "lost"]
    caught = sum(p.outcome == "caught" for p in kept)
    return {"plants": len(plants), "compared": len(kept), "caught": caught,
            "rate": round(caught / len(kept), 4) if kept else None, "by_type": by_type,
            "pages": len({p.slug for p in plants}),
            "collateral": sum(bool(p.collateral) for p in plants)}
