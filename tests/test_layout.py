"""The package layout is the pipeline (ARCHITECTURE.md): no import cycles, small modules,
checker never needs spiders to import, and the command runs as a module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("checker", "spiders")
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(path: Path, modules: dict[str, Path], *, top_level_only: bool) -> set[str]:
    """The project modules `path` imports: every import statement, or only those that run
    when the module loads (top level, try/if bodies; `if TYPE_CHECKING:` excluded)."""
    tree = ast.parse(path.read_text("utf-8"))
    if top_level_only:
        nodes, stack = [], list(tree.body)
        while stack:
            node = stack.pop()
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, (ast.If, ast.Try)):
                stack += node.body + node.orelse + getattr(node, "finalbody", [])
                stack += [s for h in getattr(node, "handlers", []) for s in h.body]
            else:
                nodes.append(node)
    else:
        nodes = list(ast.walk(tree))
    found = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in modules}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in modules:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def _graph(*, top_level_only: bool) -> dict[str, set[str]]:
    modules = _modules()
    # A module always loads its parent packages; that is not a cycle of ours.
    return {name: {m for m in _imports(path, modules, top_level_only=top_level_only)
                   if not name.startswith(m + ".")}
            for name, path in modules.items()}


def test_no_import_cycles_even_through_imports_inside_functions():
    assert _cycles(_graph(top_level_only=False)) == []


def test_checker_never_imports_spiders_when_it_loads():
    graph = _graph(top_level_only=True)
    offenders = {name: sorted(m for m in deps if m.startswith("spiders"))
                 for name, deps in graph.items() if name.startswith("checker")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_modules_stay_small():
    long = {str(p.relative_to(ROOT)): n for p in _modules().values()
            if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_the_command_runs_as_a_module():
    out = subprocess.run([sys.executable, "-m", "checker.cli", "--help"], capture_output=True,
                         text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "check" in out.stdout and "crawl" in out.stdout
