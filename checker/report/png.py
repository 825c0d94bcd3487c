"""The figures picture as a PNG for chats (`--format png`, /reports/ID.png, og:image): a verdict
card with the page's address defanged, then each race's bars, page claim against the official
value, with the official value's tier and time.

Drawn with Pillow's own font (ImageFont.load_default at a size: no system fonts needed), so the
same picture comes out on any machine.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any, Mapping

from checker.report.chart import scale, shown
from checker.report.templates import oneline

__all__ = ["figures_png"]

_W, _PAD = 1200, 40
_COLOURS = {"official": "#1e6b33", "impostor": "#a00000", "independent": "#1f4e8c",
            "unofficial": "#a65400", "no_claims": "#555555"}
_PAGE, _OFFICIAL, _INK, _MUTED = "#333333", "#8fb7d9", "#1a1a1a", "#555555"
_MAX_RACES = 3


def _font(size: int):
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


def _fit(draw, text: str, font, width: int) -> str:
    """Cut a line to the width, with an ellipsis."""
    text = oneline(text)
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "\u2026", font=font) > width:
        text = text[:-1]
    return text + "\u2026"


def _height(r: Mapping[str, Any]) -> int:
    races = [r["figure_tables"][i] for i in r["summary"]["races"][:_MAX_RACES]]
    return 230 + sum(86 + 56 * len(t["bars"][:6]) for t in races) + 40


def figures_png(r: Mapping[str, Any], words: Mapping[str, str], lang: str) -> bytes:
    """A report dict (checker.report.formats.report_dict) as a PNG image."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (_W, _height(r)), "white")
    draw = ImageDraw.Draw(image)
    big, mid, small = _font(40), _font(26), _font(22)
    colour = _COLOURS.get(r["verdict"]["label"], _MUTED)
    draw.rectangle((0, 0, 16, image.height), fill=colour)
    y = _PAD
    draw.text((_PAD, y), _fit(draw, r["verdict"]["title"], big, _W - 2 * _PAD), font=big,
              fill=colour)
    y += 56
    address = r["summary"]["host_defanged"]
    draw.text((_PAD, y), _fit(draw, f"{address} · {words['sum_checked']} "
                                    f"{r['summary']['checked_at']}", small, _W - 2 * _PAD),
              font=small, fill=_MUTED)
    y += 36
    if r["summary"]["action"]:
        draw.text((_PAD, y), _fit(draw, r["summary"]["action"], mid, _W - 2 * _PAD), font=mid,
                  fill=_INK)
        y += 40
    look = f"{words['sum_look']}: {', '.join(r['summary']['official_hosts'])}"
    draw.text((_PAD, y), _fit(draw, look, small, _W - 2 * _PAD), font=small, fill=_INK)
    y += 54
    label_w, bar_x = 260, _PAD + 270
    bar_w = _W - bar_x - 260
    for i in r["summary"]["races"][:_MAX_RACES]:
        table = r["figure_tables"][i]
        draw.text((_PAD, y), _fit(draw, f"{table['race']}: {table['status_text']}", mid,
                                  _W - 2 * _PAD), font=mid, fill=_INK)
        y += 34
        if table["tier"]:
            draw.text((_PAD, y), _fit(draw, f"{words['chart_official']}: {table['tier']}, "
                                            f"{table['as_of']}", small, _W - 2 * _PAD),
                      font=small, fill=_MUTED)
        y += 36
        bars = table["bars"][:6]
        top = scale(bars)
        for bar in bars:
            draw.text((_PAD, y + 8), _fit(draw, bar["name"], small, label_w), font=small,
                      fill=_INK)
            for key, fill, label in (("claimed", _PAGE, words["chart_page"]),
                                     ("official", _OFFICIAL, words["chart_official"])):
                value = bar[key]
                width = 0 if value is None else int(Decimal(str(value)) / top * bar_w)
                if width > 0:
                    draw.rectangle((bar_x, y, bar_x + width, y + 22), fill=fill)
                draw.text((bar_x + width + 8, y), f"{label} {shown(value, bar['kind'], lang)}",
                          font=small, fill=_INK)
                y += 26
            y += 4
        y += 16
    draw.text((_PAD, image.height - 34), "cekresmi", font=small, fill=_MUTED)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
