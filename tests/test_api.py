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

    for path in sorted((ROOT / "checker").rglob("*.py")):
        if path.name == "__main__.py":
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        module = importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
        names = getattr(module, "__all__", None)
        if names is not None:
            assert list(names) == sorted(names), path


def test_only_fetch_imports_httpx():
    offenders = [p.name for p in (ROOT / "checker").rglob("*.py")
                 if p.name != "fetch.py" and "import httpx" in p.read_text("utf-8")]
    assert offenders == []


def test_core_does_not_touch_network_clock_or_files():
    """check_snapshot's modules must stay pure: no httpx, sockets, datetime.now or open()."""
    pure = ["models.py", "context.py", "official/model.py", "ruleset/figures.py",
            "ruleset/schema.py"]
    pure += [p.relative_to(ROOT / "checker").as_posix()
             for package in ("analyse", "figures") for p in (ROOT / "checker" / package).rglob("*.py")]
    assert "analyse/pipeline.py" in pure and "figures/claims.py" in pure
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
    assert "checker/cli/main.py" in names and "spiders/settings.py" in names
    entry = [n for n in names if n.endswith("entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry[0]).decode()
    assert "cekresmi = checker.cli.main:main" in text


def test_every_public_name_has_a_home():
    assert set(checker._HOME) == set(checker.__all__)


def test_importing_the_package_loads_no_analysis_code():
    code = ("import sys, checker; "
            "print([m for m in ('checker.analyse.pipeline', 'checker.ruleset.load', 'yaml', 'lxml') "
            "if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
