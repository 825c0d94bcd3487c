"""An image checked like a page: OCR'd lines -> a small HTML page -> the same core.

    check_words(decoded, words, context, name) -> Report    (pure: OCR already done)
    check_image(data, name, context) -> Report              (decode + OCR + check_words)

The lines rebuilt from the word boxes become markup with the structure a page would have
(the graphic's title as <title> and <h1>, a results table as <table>, other lines as <p>),
so the one page pipeline (`check_snapshot`: claim readers, quoted figures, rules, verdict)
runs on it. The address the image shows
(address bar, watermark, non-KPU "sumber:") is the snapshot's URL and gets the same domain
analysis as a URL; with no address, no domain rule runs and the image is judged
on its content alone (the report says so: `image.address` is null).
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import datetime, timezone
from decimal import Decimal
from html import escape

from checker.analyse.checks.common import kpu_host
from checker.analyse.pipeline import check_snapshot
from checker.context import Context
from checker.models import ImageInfo, ImageRegion, Report, Snapshot
from checker.image.address import Address, find_addresses, own_address
from checker.image.decode import DecodedImage, ImageLimits, decode_image
from checker.image.layout import Layout, Line, build_layout
from checker.image.ocr import Word, read_words

__all__ = ["NO_ADDRESS", "check_image", "check_words", "layout_html", "preview"]

# The URL extraction needs when the image shows no address of its own; never reported.
NO_ADDRESS = "https://image.invalid/"


def _title(layout: Layout) -> str:
    """The heading block nearest above the first figure row (a graphic's "REAL COUNT KPU /
    PILGUB DKI JAKARTA 2024"), else the first heading: what the image calls itself."""
    lines = [l for l in layout.lines if l.kind != "merged"]
    first_row = next((i for i, l in enumerate(lines) if l.kind == "row"), len(lines))
    block: list[str] = []
    for line in reversed(lines[:first_row]):
        if line.kind == "heading":
            block.insert(0, line.text)
        elif block:
            break
    if not block:
        block = [next((l.text for l in lines if l.kind == "heading"), "")]
    return " ".join(block).strip()


_LEAD_BALLOT = re.compile(r"^(0?[1-9]|1[0-9])\s+(?=[A-Za-z])")
_BALLOT = re.compile(r"^0?[1-9]$|^1[0-9]$")
_VOTES = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


Cell = tuple[str, int, int]  # text, left, right (pixels)


def _row_cells(line: Line) -> list[Cell]:
    """A row's cells with their x extent; "01 RIDWAN KAMIL - SUSWONO" (a bar's label) split
    into its ballot number and its pair, as a table would have them."""
    out: list[Cell] = []
    for cell in line.cells:
        text, box = cell.text, cell.box
        left, right = (box.left, box.right) if box else (0, 0)
        lead = _LEAD_BALLOT.match(text)
        if lead:
            cut = left + (right - left) * lead.end() // max(1, len(text))
            out += [(lead.group(1), left, cut), (text[lead.end():], cut, right)]
        else:
            out.append((text, left, right))
    return out


def _role(column: list[str]) -> str:
    column = [c for c in column if c] or [""]
    if all(_BALLOT.match(c) for c in column):
        return "No"
    if all("%" in c for c in column):
        return "Persentase"
    if all(_VOTES.match(c.replace(" ", "")) for c in column):
        return "Suara"
    return "Pasangan Calon" if any(re.search(r"[A-Za-z]{2}", c) for c in column) else ""


def _column(cell: Cell, columns: list[Cell]) -> int:
    """The column a cell sits under: the most horizontal overlap, else the nearest centre."""
    _, left, right = cell
    overlaps = [min(right, r) - max(left, l) for _, l, r in columns]
    best = max(range(len(columns)), key=lambda i: overlaps[i])
    if overlaps[best] > 0:
        return best
    middle = (left + right) / 2
    return min(range(len(columns)), key=lambda i: abs((columns[i][1] + columns[i][2]) / 2 - middle))


def _table(rows: list[list[Cell]], header: list[Cell] | None) -> str:
    """A table whose cells are placed by where they sit, not by how many a row has (OCR may
    drop a row's "01"): under the header's columns, or else under the columns of the fullest
    row, which are then named from what they hold (ballot numbers, names, %, vote counts),
    as a page's <th> would name them."""
    columns = header or max(rows, key=len)
    grid = []
    for row in rows:
        cells = [""] * len(columns)
        for cell in row:
            i = _column(cell, columns)
            cells[i] = f"{cells[i]} {cell[0]}".strip()
        grid.append(cells)
    names = [c[0] for c in header] if header else \
        [_role([r[i] for r in grid]) for i in range(len(columns))]
    cells = lambda row, tag: "".join(f"<{tag}>{escape(c)}</{tag}>" for c in row)  # noqa: E731
    return ("<table><tr>" + cells(names, "th") + "</tr>"
            + "".join(f"<tr>{cells(r, 'td')}</tr>" for r in grid) + "</table>")


def layout_html(layout: Layout, skip: set[int]) -> str:
    """The lines as markup; `skip`: indexes of lines that are not content (the address bar)."""
    title = _title(layout)
    out = [f"<!doctype html><html><head><meta charset=utf-8><title>{escape(title)}</title>"
           "</head><body>"]
    rows: list[list[Cell]] = []
    header: list[Cell] | None = None
    for i, line in enumerate(layout.lines):
        if line.kind == "merged" or i in skip:
            continue
        if line.kind == "row" and len(line.cells) >= 2:
            rows.append(_row_cells(line))
            continue
        if rows:
            out.append(_table(rows, header))
            rows, header = [], None
        if line.kind == "header":
            header = _row_cells(line)
            continue
        if header is not None:  # a header with no rows after it is text after all
            out.append(f"<p>{escape(' '.join(c[0] for c in header))}</p>")
            header = None
        text = escape(line.text)
        out.append(f"<h1>{text}</h1>" if line.kind == "heading" else f"<p>{text}</p>")
    if rows:
        out.append(_table(rows, header))
    out.append("</body></html>")
    return "\n".join(out)


def _shown(value: Decimal | int, kind: str) -> tuple[str, ...]:
    """How a claimed value is written in the image: "42,02" / "42.02", "1.717.245"."""
    if kind == "votes":
        return (f"{value:,}".replace(",", "."), f"{value:,}", str(value))
    text = f"{Decimal(value):f}"
    return (text.replace(".", ","), text)


def _regions(report_claims, layout: Layout) -> tuple[ImageRegion, ...]:
    """The box of the row (or line) each claim was read from, for the report's overlay."""
    out = []
    for index, claim in enumerate(report_claims):
        forms = _shown(claim.value, claim.kind)
        for line in layout.lines:
            if line.kind == "merged":
                continue
            compact = line.text.replace(" ", "")
            if any(form in compact for form in forms):
                b = line.box
                out.append(ImageRegion(index, b.left, b.top, b.right, b.bottom))
                break
    return tuple(out)


def check_words(decoded: DecodedImage, words: list[Word], context: Context, name: str,
                when: datetime) -> Report:
    """Pure: the OCR'd words of `decoded` checked as a page, by the page's own pipeline
    (`check_snapshot`): the same claim readers, quoted-figure handling, rules and verdict."""
    layout = build_layout(words)
    addresses = find_addresses(layout, decoded.height)
    own: Address | None = own_address(addresses, lambda h: kpu_host(h, context))
    skip = {a.line for a in addresses if a.kind == "bar"}
    url = own.url if own else NO_ADDRESS
    snapshot = Snapshot(requested_url=url, final_url=url, status=200,
                        headers=(("content-type", "text/html; charset=utf-8"),),
                        body=layout_html(layout, skip).encode("utf-8"), fetched_at=when,
                        origin="image")
    report = check_snapshot(snapshot, context, address=own is not None)
    # The source is the image file, not the markup made from it.
    source = replace(report.source, requested_url=name, sha256=decoded.sha256,
                     content_type="image/" + decoded.format.lower())
    info = ImageInfo(
        sha256=decoded.sha256, format=decoded.format, width=decoded.width,
        height=decoded.height, size=decoded.size, frames=decoded.frames,
        address=own.url if own else None, address_kind=own.kind if own else None,
        addresses=tuple((a.url, a.kind) for a in addresses),
        lines=tuple(l.text for l in layout.lines if l.kind != "merged"),
        regions=_regions(report.claims, layout), words=len(words))
    return replace(report, source=source, image=info)


def preview(decoded: DecodedImage, regions: tuple[ImageRegion, ...]) -> bytes:
    """A copy of the image for the HTML report, at most 1080 px wide, with each region that
    became a claim outlined, so a reader sees which number was read where."""
    from PIL import ImageDraw

    img = decoded.image.copy()
    draw = ImageDraw.Draw(img)
    width = max(2, img.width // 300)
    for r in regions:
        draw.rectangle((r.left - width, r.top - width, r.right + width, r.bottom + width),
                       outline=(230, 0, 120), width=width)
    if img.width > _PREVIEW_WIDTH:
        img = img.resize((_PREVIEW_WIDTH, round(img.height * _PREVIEW_WIDTH / img.width)))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


_PREVIEW_WIDTH = 1080


def check_image(data: bytes, name: str, context: Context, *, limits: ImageLimits = ImageLimits(),
                when: datetime | None = None) -> tuple[Report, DecodedImage]:
    """Decode, OCR and check an image's bytes (`name`: the file or upload, for errors).
    The decoded image comes back too (the hoax register fingerprints it)."""
    decoded = decode_image(data, name, limits)
    words = read_words(decoded.image)
    report = check_words(decoded, words, context, name, when or datetime.now(timezone.utc))
    info = replace(report.image, preview=preview(decoded, report.image.regions))
    return replace(report, image=info), decoded
