"""Figures a page states for one polling station (TPS): "di TPS 05 Desa Sukamaju, Kecamatan
Cibadak, paslon 2 dapat 0 suara", the C1 / C.Hasil form read out ("C1 TPS 003 Kelurahan
Gambir: 01 = 45, 02 = 120"), and tables of TPS rows (TPS | Desa | 01 | 02 | 03).

A TPS is matched to its 13-digit code: the desa (or kelurahan) by name inside the kecamatan
the page names, else inside the kab/kota it names (in the same sentence, else the page's
headline), and the TPS number appended (desa code + 3 digits, Sirekap's scheme). A desa name
that is not unique where the page looks gives no claim: never a guess between two. Pure; the
record's deeper regions are read through its query interface (children, region).
"""

from __future__ import annotations

import re

from checker.figures.collect import Collector, Scope
from checker.figures.regions import RegionHit, fold, kecamatans_named
from checker.analyse.page import Page

__all__ = ["collect", "without_shadowed"]

_NAME = r"[A-Z][\w'\u2019.-]*(?:[ \t]+(?!(?:Kec|Kecamatan|Kab|Kabupaten|Kota|Desa|Kel|Kelurahan|Ds)\b)[A-Z0-9][\w'\u2019.-]*){0,3}"
_TPS = re.compile(
    r"\bTPS\s*(?:No\.?\s*|Nomor\s*)?0*(?P<n>\d{1,3})\b[\s,]*(?:di\s+)?"
    r"(?:(?:Desa|Kelurahan|Kel\.|Ds\.)(?:\s*/\s*(?:Desa|Kelurahan|Kel\.))?\s+(?P<desa>" + _NAME + r"))"
    r"(?:[\s,]+(?:Kecamatan|Kec\.)\s+(?P<kec>" + _NAME + r"))?", re.UNICODE)
_FORM = re.compile(r"\b(?:C\.?\s?Hasil|C1(?:[-\s]Plano)?|formulir\s+C)\b", re.IGNORECASE)
# "paslon 2 dapat 0 suara", "nomor urut 01 meraih 1.204 suara", "01: 45", "02 = 120"
_BALLOT = re.compile(
    r"(?:\b(?:paslon|pasangan(?:\s+calon)?|nomor\s+urut|no\.?\s*urut|nomor|no\.)\s*0?(?P<a>\d)\b"
    r"[^\d.;]{0,40}?(?P<va>\d{1,3}(?:\.\d{3})*|\d+)\s*suara)"
    r"|(?:\b0(?P<b>\d)\s*[:=]\s*(?P<vb>\d{1,4})\b)", re.IGNORECASE)
_NAMED = re.compile(r"(?P<name>[A-Z][\w'\u2019.]+(?:[\s-]+[A-Z][\w'\u2019.]+){0,3})"
                    r"\s*(?:[:=]|mendapat(?:kan)?|meraih|memperoleh|dapat|raih)?\s*"
                    r"(?P<v>\d{1,3}(?:\.\d{3})*|\d+)\s*suara\b")
_TPS_HEADS = {"tps", "no tps", "nomor tps", "tps no", "kode tps"}
_MAX_MENTIONS = 200
_SPAN = 400  # characters after a TPS mention its figures may sit in


def collect(out: Collector, page: Page) -> None:
    if out.record is None or not hasattr(out.record, "children"):
        return
    reader = _Reader(out)
    for line in page.prose.splitlines()[:5000]:
        if "TPS" in line and not out.full:
            reader.prose(line)
    for grid, context in zip(page.tables, page.table_contexts):
        if out.full:
            return
        reader.table(grid, context)


def without_shadowed(claims: list) -> list:
    """Drop race-wide readings of a TPS's figures: the same number for the same candidate,
    read by another reader from a sentence a TPS claim was read from."""
    tps = [c for c in claims if c.region_code and len(c.region_code) == 13]
    if not tps:
        return claims
    seen = {(c.candidate_id, str(c.value)) for c in tps}
    excerpts = [c.excerpt for c in tps]
    mine = {id(c) for c in tps}
    return [c for c in claims if id(c) in mine or (c.candidate_id, str(c.value)) not in seen
            or not any(c.excerpt in e or e in c.excerpt for e in excerpts)]


class _Reader:
    def __init__(self, out: Collector) -> None:
        self.out = out
        self.record = out.record
        self.mentions = 0

    # -- where: region names -> the desa's code ---------------------------------------------
    def _area(self, text: str) -> str | None:
        """The kab/kota (or province) the sentence names, else the page's headline one."""
        hits = [h for h in self.out.matcher.region_mentions(text, limit=8) if h.code]
        hit = next((h for h in hits if h.level == 2), None) or \
            next((h for h in hits if h.level == 1), None) or self.out.scope.region
        return hit.code if hit is not None and hit.code else None

    def desa(self, desa: str, kec: str | None, text: str) -> str | None:
        area = self._area(text)
        if area is None or len(area) not in (2, 4):
            return None
        if kec:
            kecs = kecamatans_named(self.record, area, kec)
        elif len(area) == 4:
            kecs = list(self.record.children(area))
        else:
            return None  # a desa name across a whole province: too many namesakes
        key = fold(desa)
        desas = [d for k in kecs[:80] for d in self.record.children(k.code) if fold(d.name) == key]
        return desas[0].code if len(desas) == 1 else None

    # -- what: figures -> claims -----------------------------------------------------------
    def _scope(self, code: str, name: str, text: str) -> Scope:
        kinds = {m.value for m in self.out.cues.race_kinds(text)}
        kind = kinds.pop() if len(kinds) == 1 else self.out.scope.kind
        return Scope(region=RegionHit(code, name, 5), kind=kind,
                     claim_type=self.out.scope.claim_type, page_time=self.out.scope.page_time)

    def _claim(self, code: str, scope: Scope, value: int, origin: str, excerpt: str,
               nomor: int | None = None, name: str | None = None) -> None:
        cand = self.out.candidate(code, scope.kind, nomor, name, fallback=False)
        if cand is not None:
            self.out.add("votes", value, origin, excerpt, scope, candidate=cand, nomor=nomor)

    def prose(self, line: str) -> None:
        marks = list(_TPS.finditer(line))
        for i, m in enumerate(marks):
            self.mentions += 1
            if self.mentions > _MAX_MENTIONS or self.out.full:
                return
            end = marks[i + 1].start() if i + 1 < len(marks) else min(len(line), m.end() + _SPAN)
            start = line.rfind(". ", 0, m.start()) + 1
            sentence = line[start:end]
            desa = self.desa(m["desa"].strip(" .,"), (m["kec"] or "").strip(" .,") or None,
                             sentence)
            if desa is None:
                continue
            code = f"{desa}{int(m['n']):03d}"
            label = f"TPS {int(m['n']):03d} {self.record.region(desa).name}"
            scope = self._scope(code, label, sentence)
            tail = line[m.end():end]
            form = _FORM.search(sentence) is not None
            for f in _BALLOT.finditer(tail):
                if f["a"]:
                    self._claim(code, scope, int(f["va"].replace(".", "")), "text", sentence,
                                nomor=int(f["a"]))
                elif form:  # "01: 45" only where the C1 form is being read out
                    self._claim(code, scope, int(f["vb"]), "text", sentence, nomor=int(f["b"]))
            for f in _NAMED.finditer(tail):
                self._claim(code, scope, int(f["v"].replace(".", "")), "text", sentence,
                            name=f["name"])

    def table(self, grid, context: str) -> None:
        if not grid:
            return
        head = [fold(c) for c in grid[0]]
        tps_col = next((i for i, h in enumerate(head) if h in _TPS_HEADS), None)
        if tps_col is None:
            return
        desa_col = next((i for i, h in enumerate(head) if "desa" in h or "kelurahan" in h), None)
        kec_col = next((i for i, h in enumerate(head) if "kecamatan" in h), None)
        context_desa = _context_desa(context)
        columns = []
        for i, cell in enumerate(grid[0]):
            if i in (tps_col, desa_col, kec_col):
                continue
            nomor = re.fullmatch(r"(?:paslon|no\.?|nomor(?:\s+urut)?|pasangan)?\s*0?(\d)",
                                 fold(cell))
            columns.append((i, int(nomor[1]) if nomor else None, None if nomor else cell))
        for row in grid[1:200]:
            if self.out.full or len(row) <= tps_col:
                return
            number = re.search(r"\d{1,3}", row[tps_col])
            desa_name = row[desa_col] if desa_col is not None and desa_col < len(row) \
                else context_desa[0]
            kec_name = row[kec_col] if kec_col is not None and kec_col < len(row) \
                else context_desa[1]
            if number is None or not desa_name:
                continue
            desa = self.desa(desa_name.strip(), kec_name, context)
            if desa is None:
                continue
            code = f"{desa}{int(number[0]):03d}"
            scope = self._scope(code, f"TPS {int(number[0]):03d} "
                                f"{self.record.region(desa).name}", context)
            excerpt = " | ".join(row)
            for i, nomor, name in columns:
                value = row[i].replace(".", "").strip() if i < len(row) else ""
                if value.isdigit():
                    self._claim(code, scope, int(value), "table", excerpt, nomor=nomor, name=name)


_CONTEXT = re.compile(r"(?:Desa|Kelurahan|Kel\.|Ds\.)\s+(?P<desa>" + _NAME + r")"
                      r"(?:[\s,]+(?:Kecamatan|Kec\.)\s+(?P<kec>" + _NAME + r"))?")


def _context_desa(context: str) -> tuple[str | None, str | None]:
    m = _CONTEXT.search(context or "")
    return (m["desa"].strip(" .,"), (m["kec"] or "").strip(" .,") or None) if m else (None, None)
