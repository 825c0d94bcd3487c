"""paths.Folder.child (a folder from its parent's answers) agrees with Folder.of (from the
whole path) on every folder of the layouts the importer knows, and on odd ones."""

from __future__ import annotations

import pytest

from checker.official.paths import Folder

BASE = ("/", "tmp", "tree")
PATHS = [
    "pemilu/hhcw/ppwp/17/1701/170101/1701012001",
    "pemilu/hhcw/ppwp/99/99AA/99AA01",
    "pilkada/hhcw/pkwkp/31/3171/317101/3171011001",
    "pkwkp/31/31", "pkwkk/31/3171/3172", "pkwkp/31/x/3171", "pkwkp/3/31",
    "wilayah/pemilu/ppwp/17/1701/170101", "wilayah/pilkada/pkwkp/31/wilayah/pemilu/17",
    "data/wilayah/other/17", "district/31", "district/31/district/32", "paslon", "x/paslon/y",
    "pemilu/hhcw", "ppwp/pkwkp/31/3171", "pkwkp/31/ppwp", "a/hhcw/b", "pkwkp/３１/3171",
]


@pytest.mark.parametrize("path", PATHS)
def test_child_agrees_with_of(path):
    names = path.split("/")
    folder = Folder.of(BASE)
    for i, name in enumerate(names):
        whole = Folder.of(BASE + tuple(names[:i + 1]))
        derived = folder.child(name)
        assert derived is None or derived == whole, names[:i + 1]
        folder = whole
    # the layouts' own folders are derived, not worked out from the path
    if not path.startswith("wilayah"):
        assert Folder.of(BASE + tuple(names[:-1])).child(names[-1]) is not None
