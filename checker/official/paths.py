"""What a file of a Sirekap tree is, from its folder and its name (importer.py reads it).

A folder's answers are worked out once per folder (Folder), a file's from them (classify):
a large tree has hundreds of thousands of files in a hundred thousand folders (issue 12).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from checker.official.facts import PRESIDENT_CANDIDATES, SEGMENTS
from checker.official.store import is_code

__all__ = ["FLAT_COPY", "Folder", "classify", "is_president_tps"]

FLAT_COPY = re.compile(r"(pkwkp|pkwkk|ppwp)_(\d+)_(\d+)")
_CODE_LENGTHS = (2, 4, 6, 10, 13)


def _nested(codes: list[str]) -> bool:
    """Each code a prefix of the next (the scraper repeats the last: pkwkp/31/31.json)."""
    if not all(len(c) in _CODE_LENGTHS and is_code(c) for c in codes):
        return False
    return all(b.startswith(a) for a, b in zip(codes, codes[1:]))


@dataclass(frozen=True)
class Folder:
    """What a folder's path says about every file in it, worked out once per folder (issue
    12: classifying each of a folder's hundreds of TPS files from its whole path was a
    per-file cost). `dirs` are the folder's absolute path parts."""

    dirs: tuple[str, ...]
    paslon: bool           # paslon/
    regions: tuple | None  # ("regions", election) under wilayah/
    district: str | None   # district/<p>/: the file <p>.json is a region list
    segment: str | None    # the innermost pkwkp|pkwkk|ppwp folder above, if any
    codes: tuple[str, ...]  # the folders below it
    nested: bool           # those folders nest as codes
    hhcw: bool

    @classmethod
    def of(cls, dirs: tuple[str, ...]) -> "Folder":
        regions = None
        if "wilayah" in dirs:
            after = dirs[len(dirs) - 1 - dirs[::-1].index("wilayah") + 1:]
            regions = ("regions", "pilkada2024" if "pilkada" in after[:1]
                       else "pemilu2024" if "pemilu" in after[:1] else None)
        segment, codes = None, ()
        for i in range(len(dirs) - 1, -1, -1):
            if dirs[i] in SEGMENTS:
                segment, codes = dirs[i], dirs[i + 1:]
                break
        return cls(dirs, dirs[-1:] == ("paslon",), regions,
                   dirs[-1] if len(dirs) >= 2 and dirs[-2] == "district" else None,
                   segment, codes, segment is not None and _nested(list(codes)),
                   dirs[-1:] == ("hhcw",))

    def child(self, name: str) -> "Folder | None":
        """Folder.of(self.dirs + (name,)) worked out from this folder's answers: a tree has
        one folder per desa (issue 12: classifying each from its whole path was 5% of a
        presidential import under cProfile). None where `name` may start a region list's
        path (under wilayah/: Folder.of works it out)."""
        if name == "wilayah" or self.dirs[-1] == "wilayah":
            return None
        dirs = self.dirs + (name,)
        if name in SEGMENTS:
            segment, codes, nested = name, (), True  # _nested([]) is true
        else:
            segment = self.segment
            codes = self.codes + (name,) if segment is not None else ()
            # _nested(codes): the parent's codes nest, so only the new one is checked
            nested = segment is not None and self.nested and len(name) in _CODE_LENGTHS \
                and ((name.isdigit() and name.isascii()) or is_code(name)) \
                and (not self.codes or name.startswith(self.codes[-1]))
        return Folder(dirs, name == "paslon", self.regions,
                       name if self.dirs[-1] == "district" else None,
                       segment, codes, nested, name == "hhcw")


def classify(where: Folder, stem: str, file: str):
    """What a file is, from its folder (see Folder) and its name, in this order."""
    if where.paslon and stem in ("pkwkp", "pkwkk"):
        return ("paslon", stem)
    if where.regions is not None:
        return where.regions
    if stem == "province" and not where.dirs[-1:] == ("district",):
        return ("regions", _tree_election(Path(file).parent))
    if where.district is not None and stem == where.district:
        return ("regions", _tree_election(Path(file).parent.parent.parent))
    flat = FLAT_COPY.fullmatch(stem) if "_" in stem else None
    if flat and _nested([flat.group(2), flat.group(3)]):
        return ("tally", flat.group(1), flat.group(3))
    if where.segment is not None:
        codes = where.codes
        if stem == "0" and not codes:
            return ("compiled",) if where.segment != "ppwp" else None
        # _nested(folder + stem), with the folder's part worked out once per folder
        nested = where.nested and len(stem) in _CODE_LENGTHS and \
            ((stem.isdigit() and stem.isascii()) or is_code(stem)) \
            and (not codes or stem.startswith(codes[-1]))
        return ("tally", where.segment, stem) if nested else None
    if stem == "ppwp" and where.hhcw:
        return ("tally", "ppwp", "")
    if stem.isdigit() and len(stem) == 13:
        return ("tps", "ppwp", stem)
    return None


def _tree_election(folder: Path) -> str | None:
    """province.json and district/ carry no election in their path: the tree they sit in
    tells (the Pilkada snapshot keeps them beside pkwkp/, pkwkk/ and paslon/)."""
    pilkada = any((folder / d).is_dir() for d in ("pkwkp", "pkwkk", "paslon"))
    pemilu = (folder / "pemilu").is_dir() or (folder / "ppwp").is_dir()
    if pilkada == pemilu:
        return None
    return "pilkada2024" if pilkada else "pemilu2024"


def is_president_tps(data: object) -> bool:
    """A bare TPS file is Pemilu presidential only if its shape says so: a top-level chart
    (or null) beside `administrasi`, and no candidate id other than the three pairs."""
    if not isinstance(data, dict) or "chart" not in data or "administrasi" not in data:
        return False
    chart = data["chart"]
    if chart is None:
        return True
    ids = {k for k in chart if k.isdigit()} if isinstance(chart, dict) else {None}
    return ids <= set(PRESIDENT_CANDIDATES)
