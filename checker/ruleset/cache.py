"""The loaded RuleSet kept between runs: parsing, validating and building the rules is ~45 ms
of every cold `check`, loading the kept copy ~1 ms (benchmarks/bench_coldstart.py).

An entry is keyed by a SHA-256 of the rule files' bytes, of the code that turns them into a
RuleSet (this package, the models, the checks' declared params, the host splitting) and of
Python's version, so an edited rule file or loader is simply a new key. A missing, corrupt,
stale or foreign entry, or a cache folder that cannot be read or written, means the rules are
built from the files as before; nothing here can make loading fail.

Why pickle: the RuleSet is a tree of frozen dataclasses, Decimals and read-only mappings, and
pickle's C loader is what makes the kept copy cheap. The file lives in the user's own cache
folder (checker.paths.cache_dir: mode 0700, refused if another user owns it), beside the
report templates' compiled bytecode, which is code too: whoever can write there can already
run code as the user. Even so the loader accepts only the rule classes, Decimal and a
read-only mapping, so a planted file can build nothing else.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import sys
from dataclasses import is_dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from checker import paths
from checker.ruleset.model import RuleSet

__all__ = ["keep_rules", "kept_rules", "rules_key"]

_FORMAT = b"cekresmi.rules-cache/1\n"
_KEEP = 8  # entries kept (a user's own rules folder and the bundled one, old versions)
_CHECKER = Path(__file__).resolve().parent.parent
# The code a RuleSet is built by: a change to any of it is a change of key.
_CODE = ("ruleset/*.py", "analyse/checks/*.py", "models.py", "analyse/hosts.py",
         "suffixlist.py", "yamlsafe.py")
_ALLOWED = {("decimal", "Decimal")}
_ALLOWED_MODULES = ("checker.ruleset.model", "checker.ruleset.figures", "checker.ruleset.past",
                    "checker.ruleset.regions")


def _proxy(items: dict) -> Mapping:
    return MappingProxyType(items)


_ALLOWED.add((__name__, "_proxy"))


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):
        if type(obj) is MappingProxyType:  # pickle has no reduction for it
            return _proxy, (dict(obj),)
        return NotImplemented


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        if module in _ALLOWED_MODULES:  # the rule value classes defined there, nothing else
            found = super().find_class(module, name)
            if isinstance(found, type) and found.__module__ == module and is_dataclass(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a RuleSet")


def rules_key(files: Mapping[str, bytes]) -> str:
    """The key of the RuleSet these rule files (name -> bytes) make with this code."""
    digest = hashlib.sha256(_FORMAT + sys.version.encode())
    for pattern in _CODE:
        for path in sorted(_CHECKER.glob(pattern)):
            code = path.read_bytes()
            digest.update(f"{path.relative_to(_CHECKER)}:{len(code)}:".encode() + code)
    for name, raw in files.items():
        digest.update(f"{name}:{len(raw)}:".encode() + raw)
    return digest.hexdigest()


def kept_rules(key: str) -> RuleSet | None:
    """The kept RuleSet for `key`, or None (no cache, no entry, or an entry not to be used)."""
    directory = paths.cache_dir("rules")
    if directory is None:
        return None
    try:
        data = (directory / f"{key}.pickle").read_bytes()
        if not data.startswith(_FORMAT + key.encode() + b"\n"):
            return None  # another format or a file renamed into place: not ours to trust
        rules = _Unpickler(io.BytesIO(data[len(_FORMAT) + len(key) + 1:])).load()
    except Exception:  # noqa: BLE001 - a damaged entry of any kind is rebuilt, never fatal
        return None
    return rules if type(rules) is RuleSet else None


def keep_rules(key: str, rules: RuleSet) -> None:
    """Keep `rules` under `key`, written whole or not at all (paths.keep_entry), so a
    concurrent run reads either nothing or a complete entry."""
    directory = paths.cache_dir("rules")
    if directory is None:
        return
    buffer = io.BytesIO()
    buffer.write(_FORMAT + key.encode() + b"\n")
    try:
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(rules)
    except Exception:  # noqa: BLE001 - an odd value: the next run builds again
        return
    paths.keep_entry(directory / f"{key}.pickle", buffer.getvalue(), "*.pickle", _KEEP)
