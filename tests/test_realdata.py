"""The real data ships with the project: tests/data holds what tests/data/SOURCES.md says, unpacks
safely through tests/realdata.py, and nothing in the checkout reads a folder beside it."""

from __future__ import annotations

import hashlib
import io
import os
import re
import tarfile
from pathlib import Path

import pytest

import realdata

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (realdata.DATA / "SOURCES.md").read_text("utf-8")


def test_every_archive_matches_the_sha256_in_sources():
    for name in realdata.ARCHIVED:
        digest = hashlib.sha256((realdata.DATA / f"{name}.tar.xz").read_bytes()).hexdigest()
        assert re.search(rf"^\| `{name}\.tar\.xz` \|.*`{digest}` \|$", SOURCES, re.M), \
            f"{name}.tar.xz changed (sha256 {digest}); say how and why in SOURCES.md"


def test_the_layout_is_the_original_collection():
    root = realdata.root()
    assert sorted(p.name for p in root.iterdir()) == sorted(realdata.ARCHIVED + realdata.PLAIN)
    counts = {name: sum(1 for p in (root / name).rglob("*") if p.is_file())
              for name in realdata.ARCHIVED + (realdata.CORRECTED,)}
    assert counts == {realdata.PILKADA: 1134, realdata.PEMILU: 157, realdata.TPS_SAMPLES: 1054,
                      realdata.CORRECTED: 1}
    assert realdata.pilkada_snapshot() == root / realdata.PILKADA
    assert (realdata.pilkada_snapshot() / "pkwkp" / "31" / "31.json").is_file()
    assert (realdata.pemilu_aggregates() / "wilayah_ppwp_pemilu2024.csv").is_file()
    assert realdata.governor_csv().read_text("utf-8").count("\n") == 105  # header + 104 pairs


def test_the_mit_licences_travel_with_their_data():
    for name in (realdata.PEMILU, realdata.TPS_SAMPLES):
        inside = (realdata.root() / name / "LICENSE").read_bytes()
        assert inside.startswith(b"MIT License")
        assert (realdata.DATA / f"LICENSE.{name}").read_bytes() == inside
        assert f"`LICENSE.{name}`" in SOURCES


def _tar(*members: tarfile.TarInfo, data: bytes = b"x") -> tarfile.TarFile:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as out:
        for member in members:
            out.addfile(member, io.BytesIO(data) if member.isfile() else None)
    buffer.seek(0)
    return tarfile.open(fileobj=buffer)


def _member(name: str, kind: bytes = tarfile.REGTYPE, link: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.linkname, info.size = kind, link, 1 if kind == tarfile.REGTYPE else 0
    return info


@pytest.mark.parametrize("member", [
    _member("tree/../../escape.json"),
    _member("/etc/cron.d/x"),
    _member("other/file.json"),
    _member("tree/link", tarfile.SYMTYPE, "/etc/passwd"),
    _member("tree/hard", tarfile.LNKTYPE, "tree/a.json"),
    _member("tree/fifo", tarfile.FIFOTYPE),
], ids=["dotdot", "absolute", "outside-tree", "symlink", "hardlink", "fifo"])
def test_a_hostile_archive_is_refused_before_anything_is_written(member):
    archive = _tar(_member("tree/a.json"), member)
    with pytest.raises(ValueError, match="unexpected member"):
        realdata._checked_members(archive, "tree")


def test_a_plain_archive_passes_the_check():
    archive = _tar(_member("tree", tarfile.DIRTYPE), _member("tree/pkwkp/31.json"))
    assert [m.name for m in realdata._checked_members(archive, "tree")] == \
        ["tree", "tree/pkwkp/31.json"]


# Built from pieces so this file does not match itself.
_OUTSIDE = re.compile("|".join([
    re.escape("shared" + "/data"),                       # the old folder beside the checkout
    "[\"']shared[\"']" + r"\s*/\s*" + "[\"']data[\"']",  # ... written as Path parts
    re.escape(".." + "/shared"), re.escape("/work" + "/"),
]).encode())
# A Python file in tests/, benchmarks/ or scripts/ that climbs above the checkout.
_CLIMB = re.compile((r"parents\[[2-9]\]|\.parent\.parent\.parent|ROOT\.parent\b").encode())
# Caches the tools write (ignored by git): Hypothesis keeps constants it collected from every
# imported module, the machine's paths among them.
_SKIP_DIRS = {".git", ".venv", "venv", "__pycache__", ".pytest_cache", ".hypothesis", "build",
              "dist", "node_modules", "out", "artifacts"}


def _checkout_files():
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in _SKIP_DIRS and not d.endswith(".egg-info")]
        for name in files:
            if name == ".git":  # a worktree's pointer to its repository, not project content
                continue
            path = Path(folder) / name
            yield path, path.relative_to(ROOT).parts


def test_nothing_in_the_checkout_reads_a_folder_beside_it():
    found = []
    for path, parts in _checkout_files():
        body = path.read_bytes()
        if _OUTSIDE.search(body):
            found.append("/".join(parts))
        elif parts[0] in {"tests", "benchmarks", "scripts"} and path.suffix == ".py" \
                and _CLIMB.search(body):
            found.append("/".join(parts) + " (climbs above the checkout)")
    assert not found, f"these refer to data outside the checkout: {found}"
