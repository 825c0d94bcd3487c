"""Claims from HTML tables: rows of candidate / ballot number / votes / percentage in any
column order, found by header words (rules/figures.yaml `table_headers`), optionally with a
region column (a national overview: one row per province and candidate), or one column per
candidate ("Paslon 01 | Paslon 02", or the pairs' names) with one row per region. A table with
no header is read row by row from what its cells look like.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from checker.figures.collect import Collector, Scope
from checker.figures.infobox_table import read_infobox
from checker.analyse.page import Page
from checker.figures.matching import RegionHit, fold
from checker.figures.moment import without_periods
from checker.figures.numbers import detect_style, find_fractions, find_numbers
from checker.figures.sub_area_rows import area_header, sub_area_scope

__all__ = ["collect"]

_BALLOT_HEADER = re.compile(r"(?:paslon|pasangan|calon|no\.?|nomor(?:\s+urut)?|kandidat)?\s*"
                            r"0?(\d{1,2})\b(?:\s*\(?\s*(?:%|persen|suara)\s*\)?)?", re.IGNORECASE)
_SMALL_INT = re.compile(r"\(?\s*0?(\d{1,2})\s*\)?\.?")
_MAX_BALLOT = 20
_PAIR = re.compile(r"[A-Z][\w'.]+\s*[-\u2013/&]\s*[A-Z]")


_ROW_NUMBER = re.compile(r"^\d{1,3}[.)]\s+")
_KIND_AFTER = re.compile(r"\s*\((kab\.?|kabupaten|kota)\)\s*$", re.IGNORECASE)
_COUNTRY = re.compile(r"nasional|indonesia|luar negeri", re.IGNORECASE)


class _Table:
    def __init__(self, out: Collector, grid, context: str) -> None:
        self.out = out
        self.grid = grid
        self.excerpt = context
        self.style = detect_style(" ".join(c for row in grid[:200] for c in row)[:20000])
        headers = out.figures.table_headers
        self.words = {role: sorted((fold(w) for w in words if fold(w)), key=len, reverse=True)
                      for role, words in headers.items()}
        self.totals = frozenset(fold(w) for w in out.figures.total_rows)
        self.cells: set[str] = set()  # the region column's cells, folded (read())
        self.grouped = False  # the region column names island groups (read())
        self.own_kecamatan = None  # the kab/kota whose kecamatan the region column lists (read())
        self.scope = self._scope(context)

    def _scope(self, context: str) -> Scope:
        out, page = self.out, self.out.scope
        regions = {(r.code, r.name.lower()): r for r in out.matcher.region_mentions(context)}
        if len(regions) > 1 and "\n" in context:
            # the heading's province and the lead-in's kab/kota: the lead-in's one place
            last = context.rsplit("\n", 1)[1]
            said = {(r.code, r.name.lower()): r for r in out.matcher.region_mentions(last)}
            regions = said if len(said) == 1 else regions
        kinds = {m.value for m in out.cues.race_kinds(context)}
        types = out.cues.claim_types(context)
        times = without_periods(context, out.cues.times(context))
        # the election the caption or heading names ("Hasil Pilgub Jatim 2018"), else the
        # page's: a table of 2018 under a title of 2018 is no 2024 result
        elections = {m.value for m in out.cues.elections(context)}
        return Scope(
            election=elections.pop() if len(elections) == 1 else page.election,
            region=next(iter(regions.values())) if len(regions) == 1 else page.region,
            kind=kinds.pop() if len(kinds) == 1 else page.kind,
            claim_type=types[0].value if types else page.claim_type,
            claimed_by=types[0].extra if types else page.claimed_by,
            page_time=times[0].value if times else page.page_time)

    # -- header ----------------------------------------------------------------------------
    def _role(self, cell: str):
        text = cell.strip()
        folded = fold(text)
        if not text or len(text) > 60:
            return None
        if "%" in text or re.search(r"\bpersen", folded):
            ballot = _BALLOT_HEADER.fullmatch(text)
            return ("ballot", int(ballot.group(1)), "percent") if ballot and \
                re.search(r"\d", text) else "share"
        ballot = _BALLOT_HEADER.fullmatch(text)
        if ballot and re.search(r"\d", text) and int(ballot.group(1)) <= _MAX_BALLOT:
            return ("ballot", int(ballot.group(1)), "votes" if "suara" in folded else None)
        best, size = None, 0
        for role, words in self.words.items():
            for word in words:
                if len(word) > size and re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)",
                                                  folded):
                    best, size = role, len(word)
        return best if area_header(best, folded, self.words) else None

    def _header(self):
        """The header row(s): the first row naming two roles (or a candidate column), merged
        with a second header row below it ("Perolehan suara" over "Paslon 01 | Paslon 02")."""
        for r, row in enumerate(self.grid[:3]):
            roles = [self._role(c) for c in row]
            named = [x for x in roles if x]
            if len(named) >= 2 or any(isinstance(x, tuple) for x in named):
                break
            if named and r + 1 < len(self.grid) and not any(find_numbers(c) for c in row) \
                    and any(find_numbers(c) for c in self.grid[r + 1]):
                break  # "Daerah | Luluk-Lukmanul | Khofifah-Emil" over rows of figures
        else:
            return None, None
        if r + 1 < len(self.grid):
            below = [self._role(c) for c in self.grid[r + 1]]
            if any(isinstance(x, tuple) for x in below) and not any(
                    find_numbers(c, self.style, default_unit=None) and not _BALLOT_HEADER.
                    fullmatch(c.strip()) for c in self.grid[r + 1]):
                merged = []
                for i in range(max(len(roles), len(below))):
                    top = roles[i] if i < len(roles) else None
                    low = below[i] if i < len(below) else None
                    if isinstance(low, tuple) and low[2] is None and top in ("votes", "share"):
                        low = (low[0], low[1], "votes" if top == "votes" else "percent")
                    merged.append(low if isinstance(low, tuple) else (top or low))
                return r + 1, merged
        return r, roles

    # -- rows ------------------------------------------------------------------------------
    def read(self) -> None:
        start, roles = self._header()
        if roles is None:
            if read_infobox(self):  # one row per field, one column per pair
                return
            for row in self.grid:
                if self.out.full:
                    return
                self._loose_row(row)
            return
        body = self.grid[start + 1:]
        # A "No" column counting rows (1..104 in a national overview) is not a ballot number.
        for i, role in enumerate(roles):
            if role != "number":
                continue
            cells = [row[i].strip() for row in body if i < len(row) and row[i].strip()]
            ballots = [c for c in cells if _SMALL_INT.fullmatch(c)
                       and int(_SMALL_INT.fullmatch(c).group(1)) <= _MAX_BALLOT]
            if len(ballots) < len(cells) or not cells:
                roles[i] = None
        for column, role in enumerate(roles):
            # One column per pair, headed by its name ("Pramono-Rano | Ridwan Kamil-Suswono").
            if role is None and column < len(self.grid[start]):
                header = self.grid[start][column].strip()
                if header and self._numeric_column(body, column) and self._pair_name(header):
                    roles[column] = ("name", header, None)
        # The cells of the region column, folded: a table that lists "Kota Bogor" in a row of
        # its own writes the kabupaten bare ("Bogor"), as Sirekap does.
        column = roles.index("region") if "region" in roles else None
        self.cells = {fold(row[column]) for row in body[:500] if column is not None
                      and column < len(row)}
        self.grouped = column is not None and self._of_groups([row[column] for row in body[:60]
                                                               if column < len(row)])
        self.own_kecamatan = self._own_kecamatan(
            [row[column] for row in body[:200] if column < len(row)]) if column is not None else None
        last_region = None
        for row in body:
            if self.out.full:
                return
            last_region = self._row(row, roles, last_region)

    def _own_kecamatan(self, cells) -> str | None:
        """Is the region column one of the kecamatan of the table's own kab/kota? Many
        kecamatan carry their regency's name (Konawe in Kabupaten Konawe, Pacitan in Kabupaten
        Pacitan): under a table of Kab. Konawe whose other rows are places the record does not
        know, the row "Konawe" is that kecamatan, not the regency."""
        if self.out.record is None:
            return None
        # the kab/kota the table's heading names ("... di Kabupaten Konawe", beside its province)
        owns = {r.code for r in self.out.matcher.region_mentions(self.excerpt)
                if r.code is not None and len(r.code) == 4}
        if len(owns) != 1:
            return None
        own = owns.pop()
        hits = [self._region(c) for c in cells if c.strip()]
        named = [h for h in hits if h is not None and (h.code is not None or h.options)]
        unknown = len(hits) - len(named)
        return own if unknown >= 2 and all(h.code == own for h in named) else None

    def _of_groups(self, cells) -> bool:
        """Is the region column one of island groups (a quick count's "Sumatera Bagian Utara |
        Kalimantan | Sulawesi | Maluku | Papua")? Its rows named like a province are groups too
        (Maluku beside Sulawesi is the islands, not the province). A group names several
        provinces; besides one, a second group or a place the record does not know."""
        hits = [self._region(c) for c in cells if c.strip()] if self.out.record is not None else []
        groups = sum(1 for h in hits if h is not None and h.code is None and len(h.options) > 1
                     and all(len(code) == 2 for code in h.options))
        unknown = sum(1 for h in hits if h is not None and h.code is None and not h.options
                      and not _COUNTRY.search(h.name))
        return groups >= 1 and groups + unknown >= 2

    def _pair_name(self, header: str) -> bool:
        if self.out.record is not None:
            area = self.scope.region.code if self.scope.region is not None else None
            return self.out.candidate(area, self.scope.kind, None, header) is not None
        return bool(_PAIR.search(header))

    def _numeric_column(self, body, column: int) -> bool:
        cells = [row[column] for row in body[:20] if column < len(row) and row[column].strip()]
        return bool(cells) and all(find_numbers(c, self.style) for c in cells)

    def _region(self, cell: str) -> RegionHit | None:
        text = _ROW_NUMBER.sub("", cell.strip())  # "1. Sidoarjo"
        if not text or fold(text) in self.totals:
            return None
        kind = _KIND_AFTER.search(text)  # "Sidoarjo (Kab.)"
        if kind is not None:
            text = ("Kota " if kind.group(1).lower() == "kota" else "Kabupaten ") + \
                text[:kind.start()]
        hit = self.out.matcher.region(text)
        if hit is not None and hit.options and "kota " + fold(text) in self.cells:
            hit = self.out.matcher.region("kabupaten " + text) or hit
        return hit or RegionHit(None, text, None)

    def _row(self, row, roles, last_region):
        cells = {role: row[i] for i, role in enumerate(roles) if role and i < len(row)
                 and isinstance(role, str)}
        name = cells.get("candidate", "").strip()
        first = fold(row[0]) if row else ""
        if fold(name) in self.totals or first in self.totals:
            return last_region
        region = self._region(cells["region"]) if "region" in cells else None
        region = region or (last_region if "region" in cells else None)
        if region is not None and region.code is not None and region.code == self.own_kecamatan:
            region = RegionHit(None, region.name, None)  # the kecamatan of the regency's name
        # A row's place the record's names do not know (a kecamatan, a misspelt regency): its
        # figures are no figures of the race's whole region (issue 10, region precision).
        unknown = region is not None and region.code is None and not region.options and \
            self.out.record is not None and not _COUNTRY.search(region.name)
        scope = self.scope if region is None else Scope(
            region, self.scope.kind, self.scope.claim_type, self.scope.claimed_by,
            self.scope.page_time, lower=unknown, place=unknown, unclear=self.grouped,
            election=self.scope.election)
        area = scope.region.code if scope.region is not None else None
        # the pairs are the table's area's; a row of a kecamatan is that kecamatan's figures
        scope = sub_area_scope(self.out, scope, cells, self.totals)
        # A row opening with its race ("Pilwalkot | 57,18% | 42,82%", "Pilgub | 65,96% | ..."
        # under "Paslon 1 | Paslon 2"): the row's pairs are that race's (blind hunt 33, probed:
        # the governor row read as the mayor race's pairs, both flagged).
        kinds = {m.value for m in self.out.cues.race_kinds(row[0])} if row and len(row[0]) <= 60 \
            and not re.search(r"\d", row[0]) else ()
        if len(kinds) == 1 and (kind := next(iter(kinds))) != scope.kind:
            scope = replace(scope, kind=kind)
        if scope.claim_type == "plenary" and self._under_way(cells.get("progress", "")):
            # A row that states how many TPS are in ("Rabu 27/11 pukul 20.00 WIB | 61 persen |
            # ...") is Sirekap's count at that hour, under a caption that names the plenary it
            # led to: a plenary has no TPS progress (blind hunts 43, 47). row_moment.py dates it.
            scope = replace(scope, claim_type="real_count")
        excerpt = " | ".join(c for c in row if c)
        if self.excerpt:
            excerpt = f"{self.excerpt[:60]}: {excerpt}"
        nomor = self._nomor(cells.get("number", ""))
        if name or nomor is not None:
            cand = self.out.candidate(area, scope.kind, nomor, name or None,
                                      "region" not in cells, self.scope.election)
            self._values(cells.get("votes"), "votes", scope, cand, nomor, name, excerpt)
            self._values(cells.get("share"), "percent", scope, cand, nomor, name, excerpt)
        for i, role in enumerate(roles):
            if isinstance(role, tuple) and i < len(row) and row[i].strip():
                kind, key, unit = role
                b_nomor = key if kind == "ballot" else None
                b_name = key if kind == "name" else None
                cand = self.out.candidate(area, scope.kind, b_nomor, b_name,
                                          "region" not in cells, self.scope.election)
                self._values(row[i], unit, scope, cand, b_nomor, b_name or "", excerpt)
        if "progress" in cells:
            self._progress(cells["progress"], scope, excerpt)
        return region or last_region

    def _nomor(self, cell: str) -> int | None:
        match = _SMALL_INT.fullmatch(cell.strip())
        return int(match.group(1)) if match and 0 < int(match.group(1)) <= _MAX_BALLOT else None

    def _values(self, cell, unit, scope, cand, nomor, name, excerpt) -> None:
        if not cell:
            return
        for number in find_numbers(cell, self.style, default_unit=unit, limit=4):
            if number.unit is None:  # a column without a unit: the number's form decides
                if isinstance(number.value, int):  # "2.181.939", "14,1 juta"
                    number_unit, value = "votes", number.value
                else:
                    number_unit, value = "percent", number.value
            else:
                number_unit, value = number.unit, number.value
            if number_unit == "votes" and isinstance(value, int):
                self.out.add("votes", value, "table", excerpt, scope, candidate=cand,
                             nomor=nomor, name=name or None, approximate=number.approximate)
            elif number_unit == "percent":
                self.out.add("share", value, "table", excerpt, scope, candidate=cand,
                             nomor=nomor, name=name or None)

    def _under_way(self, cell: str) -> bool:
        """Does a progress cell say the count was short of every TPS?"""
        return any(n.unit == "percent" and n.value < 100
                   for n in find_numbers(cell, self.style, default_unit="percent")) or any(
            f.done < f.total for f in find_fractions(cell, self.style))

    def _progress(self, cell: str, scope: Scope, excerpt: str) -> None:
        """"99,93%", "14.825/14.835" or both: the share of TPS counted."""
        fraction = next(find_fractions(cell, self.style), None)
        percent = next((n for n in find_numbers(cell, self.style, default_unit="percent")
                        if n.unit == "percent"), None)
        if percent is not None:
            value = percent.value
        elif fraction is not None:
            value = (Decimal(fraction.done) * 100 / Decimal(fraction.total)).quantize(
                Decimal("0.01"))
        else:
            return
        self.out.add("progress", value, "table", excerpt, scope,
                     done=fraction.done if fraction else None,
                     total=fraction.total if fraction else None)

    def _loose_row(self, row) -> None:
        """A row of a table without a header: a name, maybe a ballot number, and figures."""
        name, nomor, figures = None, None, []
        for cell in row:
            text = cell.strip()
            if not text:
                continue
            found = find_numbers(text, self.style, limit=4)
            if not found:
                if name is None and re.search(r"[A-Za-z]{2}", text) and len(text) <= 120:
                    name = text
            elif nomor is None and _SMALL_INT.fullmatch(text) and not figures:
                nomor = self._nomor(text)
            else:
                figures.append(text)
        if not figures or (name is None and nomor is None) or \
                (name is not None and fold(name) in self.totals):
            return
        scope = self.scope
        area = scope.region.code if scope.region is not None else None
        cand = self.out.candidate(area, scope.kind, nomor, name, election=scope.election)
        if self.out.record is not None and cand is None and name is not None:
            return  # with a record, a name that names nobody is probably not a candidate
        excerpt = " | ".join(c for c in row if c)
        for text in figures:
            self._values(text, None, scope, cand, nomor, name or "", excerpt)


def collect(out: Collector, page: Page) -> None:
    figures = out.figures
    limit, rows = figures.param("max_tables"), figures.param("max_table_rows")
    for index, (grid, context) in enumerate(zip(page.tables, page.table_contexts)):
        if out.full or index >= limit:
            return
        _Table(out, grid[:rows], context).read()
