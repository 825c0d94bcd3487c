"""The figures picture: per race, the page's claim against the official value for each pair.

Three drawings of the same `bars` (checker.report.figures._bars): text bars for the terminal,
an inline SVG for HTML (no script; role=img with <title>/<desc>; the report's table is its text
equivalent) and a PNG for chats (checker.report.png). Every name in them comes from the record
or the page, so the SVG escapes all text.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Mapping

from markupsafe import Markup, escape

from checker.report.figures import number
from checker.report.templates import oneline

__all__ = ["scale", "shown", "svg", "text_bars"]

_FULL, _PARTS = "\u2588", " \u258f\u258e\u258d\u258c\u258b\u258a\u2589"


def _value(v: Any) -> Decimal | None:
    try:
        return None if v is None else Decimal(str(v))
    except ArithmeticError:
        return None


def scale(bars: list[dict[str, Any]]) -> Decimal:
    """The value a full bar stands for: 100 for shares when nothing exceeds it."""
    values = [v for b in bars for v in (_value(b["claimed"]), _value(b["official"])) if v]
    top = max(values, default=Decimal(1))
    if bars and bars[0]["kind"] == "share" and top <= 100:
        return max(top, Decimal(1))
    return top if top > 0 else Decimal(1)


def shown(value: Any, kind: str, lang: str) -> str:
    v = _value(value)
    if v is None:
        return "-"
    return number(v, lang) + "%" if kind == "share" else number(int(v), lang)


def _bar(value: Decimal | None, top: Decimal, width: int) -> str:
    if value is None or value <= 0:
        return ""
    eighths = int((value / top * width * 8).to_integral_value())
    return _FULL * (eighths // 8) + (_PARTS[eighths % 8] if eighths % 8 else "")


def text_bars(bars: list[dict[str, Any]], words: Mapping[str, str], lang: str,
              width: int = 30, indent: str = "  ") -> list[str]:
    """Two lines per pair: the page's bar and the official bar, each with its value."""
    if not bars:
        return []
    top = scale(bars)
    name_w = min(18, max(len(oneline(b["name"])) for b in bars))
    page, official = words["chart_page"], words["chart_official"]
    tag_w = max(len(page), len(official))
    lines = []
    for b in bars:
        name = oneline(b["name"])[:name_w].ljust(name_w)
        for label, key in ((page, "claimed"), (official, "official")):
            bar = _bar(_value(b[key]), top, width).ljust(width)
            lines.append(f"{indent}{name} {label.ljust(tag_w)} {bar} {shown(b[key], b['kind'], lang)}"
                         .rstrip())
            name = " " * name_w
    return lines


_ROW, _GAP, _LEFT, _RIGHT, _WIDTH = 17, 8, 118, 118, 400


def svg(table: Mapping[str, Any], words: Mapping[str, str], lang: str) -> Markup:
    """An inline SVG bar chart of one race (empty when there is nothing to draw)."""
    bars = table.get("bars") or []
    if not bars:
        return Markup("")
    top = scale(bars)
    inner = _WIDTH - _LEFT - _RIGHT
    height = len(bars) * (2 * _ROW + _GAP) + 28
    title = words["chart_title"].format(race=oneline(table["race"]))
    desc = words["chart_desc"].format(tier=oneline(table.get("tier") or "-"),
                                      as_of=oneline(table.get("as_of") or "-"))
    out = [f'<svg class="chart" role="img" viewBox="0 0 {_WIDTH} {height}" '
           f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">',
           f"<title>{escape(title)}</title>", f"<desc>{escape(desc)}</desc>"]
    y = 4
    for b in bars:
        out.append(f'<text x="0" y="{y + _ROW + 4}" class="name">{escape(oneline(b["name"])[:16])}</text>')
        for key, cls, label in (("claimed", "page", words["chart_page"]),
                                ("official", "official", words["chart_official"])):
            v = _value(b[key])
            w = 0 if v is None or v <= 0 else max(1, int(v / top * inner))
            out.append(f'<rect x="{_LEFT}" y="{y}" width="{w}" height="{_ROW - 3}" class="{cls}"/>')
            out.append(f'<text x="{_LEFT + w + 4}" y="{y + _ROW - 5}" class="value">'
                       f'{escape(label)} {escape(shown(b[key], b["kind"], lang))}</text>')
            y += _ROW
        y += _GAP
    legend_y = height - 8
    out.append(f'<rect x="0" y="{legend_y - 9}" width="10" height="10" class="page"/>'
               f'<text x="14" y="{legend_y}" class="legend">{escape(words["chart_page"])}</text>'
               f'<rect x="80" y="{legend_y - 9}" width="10" height="10" class="official"/>'
               f'<text x="94" y="{legend_y}" class="legend">'
               f'{escape(words["chart_official"])} · {escape(oneline(table.get("tier") or ""))}</text>')
    out.append("</svg>")
    return Markup("".join(out))
