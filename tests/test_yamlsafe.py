"""The run-time YAML loader is fast (libyaml when present) and still safe: no Python objects."""

import subprocess
import sys

import pytest
import yaml

from checker.yamlsafe import LOADER, safe_load


@pytest.mark.parametrize("loader", [yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)])
def test_python_tags_are_refused(loader):
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("x: !!python/object/apply:os.system ['true']", Loader=loader)  # noqa: S506


def test_plain_data_and_refusal_through_safe_load():
    assert safe_load("a: [1, '0.5', yes]") == {"a": [1, "0.5", True]}
    with pytest.raises(yaml.YAMLError):
        safe_load("!!python/name:os.system")


def test_libyaml_used_when_present_and_pure_loader_forced_by_env():
    if getattr(yaml, "__with_libyaml__", False):
        assert LOADER is yaml.CSafeLoader
    out = subprocess.run([sys.executable, "-c", "from checker.yamlsafe import LOADER;"
                          "print(LOADER.__name__)"], capture_output=True, text=True, check=True,
                         env={"CEKRESMI_PURE_YAML": "1", "PATH": ""})
    assert out.stdout.strip() == "SafeLoader"
