"""Addresses an image shows, and what each one is. Pure.

- `bar`: a browser's address bar, the first lines at the top of a screenshot, holding little
  but the address: where the screenshot was taken.
- `watermark`: an address alone on a line (a graphic's footer or corner): who made it.
- `cited`: an address after "sumber:", "source:", "data dari": what it cites. Citing KPU is
  not being KPU (issue 7), so a cited KPU address never becomes the image's own address;
  a cited non-KPU address (a graphic relaying data-pemilu.pages.dev) is where its figures
  come from, and is judged when the image shows no address of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.errors import CheckError
from checker.analyse.hosts import parse_url
from checker.image.layout import Layout, Line

__all__ = ["Address", "find_addresses", "own_address"]

_HOST = re.compile(r"(?<![\w@-])((?:https?://)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
                   r"[a-z]{2,24}(?::\d{1,5})?(?:/[^\s]*)?)", re.IGNORECASE)
_CITE = re.compile(r"(sumber|source|data dari|data:|dikutip dari|via)\s*:?\s*$", re.IGNORECASE)
# OCR writes "data-pemilu. pages.dev": a space after a dot between two letters.
_DOT_SPACE = re.compile(r"(?<=[a-z0-9])\s?\.\s(?=[a-z]{2})", re.IGNORECASE)
_BAR_SHARE = 0.15   # an address bar sits in the top 15% of a screenshot
_BAR_LINES = 4      # among its first lines (a phone's status bar comes first)


@dataclass(frozen=True)
class Address:
    url: str          # https://host/path as read (lower-cased host)
    host: str
    kind: str         # bar | watermark | cited
    line: int         # index of the line in the layout
    text: str         # the line as read


def _candidates(line: Line) -> tuple[list[tuple[str, int]], str]:
    text = _DOT_SPACE.sub(".", line.text)
    return [(m.group(1), m.start(1)) for m in _HOST.finditer(text)], text


def _url(found: str) -> tuple[str, str] | None:
    url = found if "://" in found.lower() else "https://" + found
    try:
        info = parse_url(url)
    except CheckError:
        return None
    if info.is_ip or not (info.domain and info.suffix):  # "M.Hum", "S.IP" are not hosts
        return None
    host = info.host.lower()
    path = url.split(host, 1)[-1] if host in url.lower() else "/"
    return "https://" + host + (path if path.startswith("/") else "/"), host


def find_addresses(layout: Layout, image_height: int) -> list[Address]:
    """Every web address the lines show (hosts with a real public suffix), classified."""
    out = []
    first = [i for i, l in enumerate(layout.lines) if l.kind != "merged"][:_BAR_LINES]
    for i, line in enumerate(layout.lines):
        if line.kind == "merged":
            continue
        found, text = _candidates(line)
        for raw, start in found:
            made = _url(raw.rstrip(".,;)"))
            if made is None:
                continue
            url, host = made
            before = text[:start]
            if _CITE.search(before):
                kind = "cited"
            elif i in first and line.box.bottom <= _BAR_SHARE * image_height \
                    and len(raw) >= 0.6 * len(text.strip()):
                kind = "bar"
            elif len(raw) >= 0.6 * len(text.strip()):
                kind = "watermark"
            else:
                continue  # an address inside a sentence: neither the image's nor a citation
            out.append(Address(url, host, kind, i, line.text))
    return out


def own_address(addresses: list[Address], kpu_host) -> Address | None:
    """The address the image is judged by: its address bar, else its watermark, else a
    non-KPU address it takes its figures from. `kpu_host(host)` says whether a host is KPU's."""
    for kind in ("bar", "watermark"):
        found = next((a for a in addresses if a.kind == kind), None)
        if found is not None:
            return found
    return next((a for a in addresses if a.kind == "cited" and not kpu_host(a.host)), None)
