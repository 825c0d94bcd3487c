"""The public API is explicit and guarded: a change to it must be a deliberate change here."""

import zipfile
import subprocess
import sys
from pathlib import Path

import checker

ROOT = Path(__file__).resolve().parent.parent

PUBLIC = [
    "ALGORITHM_VERSION", "CheckError", "Context", "Finding", "Hop", "REPORT_SCHEMA", "Report",
    "Resource", "RuleSet", "RulesError", "Snapshot", "Source", "check_snapshot", "check_url",
    "load_rules",
]


def test_public_api_is_sorted_and_unchanged():
    assert checker.__all__ == sorted(checker.__all__)
    assert checker.__all__ == PUBLIC
    for name in checker.__all__:
        assert hasattr(checker, name), name


def test_modules_with_all_keep_it_sorted():
    import importlib

    for path in sorted((ROOT / "checker").glob("*.py")):
        module = importlib.import_module(f"checker.{path.stem}")
        names = getattr(module, "__all__", None)
        if names is not None:
            assert list(names) == sorted(names), path.name


def test_only_fetch_imports_httpx():
    offenders = [p.name for p in (ROOT / "checker").rglob("*.py")
                 if p.name != "fetch.py" and "import httpx" in p.read_text("utf-8")]
    assert offenders == []


def test_core_does_not_touch_network_clock_or_files():
    """check_snapshot's modules must stay pure: no httpx, sockets, datetime.now or open()."""
    pure = ["pipeline.py", "extract.py", "verdict.py", "hosts.py", "models.py", "context.py",
            "analysers/domain.py", "analysers/page.py", "analysers/figures.py",
            "analysers/common.py", "analysers/__init__.py", "claims.py", "claims_json.py",
            "claims_table.py", "claims_text.py", "cues.py", "matching.py", "numbers.py",
            "pagedata.py", "regions.py", "compare.py", "official/model.py", "figure_rules.py"]
    for name in pure:
        source = (ROOT / "checker" / name).read_text("utf-8")
        for forbidden in ("import httpx", "import socket", "datetime.now", "open(", "time.time"):
            assert forbidden not in source, f"{name} uses {forbidden}"


def test_wheel_ships_rules_and_reports(tmp_path):
    """A plain `pip install .` outside the checkout must find rules/ and reports/."""
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                          "-q", "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    wheel = next(tmp_path.glob("cekresmi-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in list((ROOT / "rules").glob("*.yaml")) + list((ROOT / "reports").rglob("*.*")):
        rel = path.relative_to(ROOT)
        assert f"checker/_data/{rel.as_posix()}" in names, rel
    assert "checker/cli.py" in names and "spiders/settings.py" in names
    entry = [n for n in names if n.endswith("entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry[0]).decode()
    assert "cekresmi = checker.cli:main" in text


def test_every_public_name_has_a_home():
    assert set(checker._HOME) == set(checker.__all__)


def test_importing_the_package_loads_no_analysis_code():
    code = ("import sys, checker; "
            "print([m for m in ('checker.pipeline', 'checker.rules', 'yaml', 'lxml') "
            "if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
