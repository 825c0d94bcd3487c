"""The real Sirekap data the tests, benchmarks and scripts use: the one way to reach it.

It ships in tests/data/ (provenance, licences and how it was made: tests/data/SOURCES.md).
Big trees are `.tar.xz` archives (byte-for-byte copies of the published files, about 1 MB
instead of 16 MB and 3,600 files in git); small files are plain. On first use in a process
everything needed is laid out in one private temporary folder, exactly as the original
collection is laid out:

    <root>/sirekap-pilkada2024-snapshot/           pilkada_snapshot()
    <root>/sirekap-pemilu2024-aggregates/          pemilu_aggregates()
    <root>/sirekap-pemilu2024-tps-samples/         pemilu_tps_samples()
    <root>/sirekap-pemilu2024-corrected-tps/       pemilu_corrected_tps()
    <root>/derived_pilgub2024_sirekap_snapshot_20241128.csv   governor_csv()

The folder is private to the process (no two test runs share or race on it) and removed
when the process ends, so a test that writes into it by mistake cannot spoil the next run.
Tests, benchmarks and scripts read the data through these functions and nothing else.
"""

from __future__ import annotations

import atexit
import shutil
import tarfile
import tempfile
from functools import lru_cache
from pathlib import Path, PurePosixPath

DATA = Path(__file__).resolve().parent / "data"

PILKADA = "sirekap-pilkada2024-snapshot"
PEMILU = "sirekap-pemilu2024-aggregates"
TPS_SAMPLES = "sirekap-pemilu2024-tps-samples"
CORRECTED = "sirekap-pemilu2024-corrected-tps"
GOVERNOR_CSV = "derived_pilgub2024_sirekap_snapshot_20241128.csv"

ARCHIVED = (PILKADA, PEMILU, TPS_SAMPLES)  # tests/data/<name>.tar.xz
PLAIN = (CORRECTED, GOVERNOR_CSV)          # tests/data/<name>, copied as they are


@lru_cache(maxsize=1)
def _scratch() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="cekresmi-realdata-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _checked_members(archive: tarfile.TarFile, name: str) -> list[tarfile.TarInfo]:
    """Only plain files and folders inside the tree the archive is named after: an archive
    swapped for a hostile one cannot write outside the scratch folder (no links, devices,
    absolute paths or `..`)."""
    members = archive.getmembers()
    for member in members:
        path = PurePosixPath(member.name)
        if not (member.isfile() or member.isdir()) or path.is_absolute() or ".." in path.parts \
                or path.parts[0] != name:
            raise ValueError(f"{name}.tar.xz: unexpected member {member.name!r}")
    return members


@lru_cache(maxsize=None)
def _tree(name: str) -> Path:
    target = _scratch() / name
    if name in ARCHIVED:
        with tarfile.open(DATA / f"{name}.tar.xz", "r:xz") as archive:
            members = _checked_members(archive, name)
            if hasattr(tarfile, "data_filter"):  # Python >= 3.11.4: a second guard
                archive.extractall(_scratch(), members=members, filter="data")
            else:
                archive.extractall(_scratch(), members=members)
    elif (DATA / name).is_dir():  # contents only, not modes: the copy stays removable
        shutil.copytree(DATA / name, target, copy_function=shutil.copyfile)
    else:
        shutil.copyfile(DATA / name, target)
    return target


def pilkada_snapshot() -> Path:
    """Pilkada 2024 Sirekap snapshot of 28 Nov 2024 (the files data-pemilu.pages.dev charted)."""
    return _tree(PILKADA)


def pemilu_aggregates() -> Path:
    """Pemilu 2024 presidential tallies (`pemilu/hhcw/...`), region lists (`wilayah_samples/`)
    and the full region tree (`wilayah_ppwp_pemilu2024.csv`)."""
    return _tree(PEMILU)


def pemilu_tps_samples() -> Path:
    """1,053 raw TPS-level presidential responses for Jakarta, 14-18 Feb 2024."""
    return _tree(TPS_SAMPLES)


def pemilu_corrected_tps() -> Path:
    """One TPS as first served (15 Feb 2024), before the correction the aggregates hold."""
    return _tree(CORRECTED)


def governor_csv() -> Path:
    """One row per governor pair in the 37 provinces, derived from the Pilkada snapshot."""
    return _tree(GOVERNOR_CSV)


def root() -> Path:
    """The whole collection in one folder, laid out like the original."""
    for name in ARCHIVED + PLAIN:
        _tree(name)
    return _scratch()
