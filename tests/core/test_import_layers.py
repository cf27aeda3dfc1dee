"""The packages of madoguchi/ import each other in one direction only (DESIGN.md, "Layers"):
no cycle between packages, counting imports inside functions (an import moved into a function
to dodge a cycle is still one), and transport/ (protocol I/O) imports neither actions/ nor web/.
Every module is imported too, so a module that cannot be imported on its own fails here."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections import defaultdict
from pathlib import Path

import pytest

import madoguchi

ROOT = Path(madoguchi.__file__).parent
# Edges known to break the layering, to be removed: none left (the outbox's orchestration
# moved to worker/sending.py).
KNOWN_EDGES: set[tuple[str, str]] = set()


def _modules() -> list[str]:
    names = ["madoguchi"]
    for info in pkgutil.walk_packages([str(ROOT)], "madoguchi."):
        if ".migrations." not in info.name and not info.name.endswith(".migrations"):
            names.append(info.name)
    return names


def _path(module: str) -> Path:
    relative = Path(*module.split(".")[1:])
    package = ROOT / relative / "__init__.py"
    return package if package.exists() else (ROOT / relative).with_suffix(".py")


def _package(module: str) -> str | None:
    """The package of madoguchi/ a module belongs to: `mail`, `actions`, … or a top-level
    module's own name (`cli`, `settings`)."""
    parts = module.split(".")
    if parts[0] != "madoguchi" or len(parts) < 2:
        return None
    return parts[1]


def _imported(module: str) -> set[str]:
    """Every madoguchi module a module imports, at any depth of its code."""
    path = _path(module)
    if not path.exists():  # a C extension (search/_tokens): it imports nothing of ours
        return set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                anchor = anchor if is_package else anchor[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("madoguchi.")}


def _edges() -> dict[tuple[str, str], set[str]]:
    """(importing package, imported package) → the modules that make the edge."""
    edges: dict[tuple[str, str], set[str]] = defaultdict(set)
    for module in _modules():
        source = _package(module)
        for target_module in _imported(module):
            target = _package(target_module)
            if source and target and source != target:
                if (module, target) not in KNOWN_EDGES:
                    edges[(source, target)].add(module)
    return edges


def _cycles(edges: dict[tuple[str, str], set[str]]) -> list[list[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for source, target in edges:
        graph[source].add(target)
    cycles = []
    for start in sorted(graph):
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for following in sorted(graph[node]):
                if following == start:
                    cycles.append(path)
                elif following not in path and following > start:
                    stack.append((following, [*path, following]))
    return cycles


@pytest.mark.parametrize("module", _modules())
def test_every_module_imports(module: str) -> None:
    importlib.import_module(module)


def test_there_is_no_import_cycle_between_packages() -> None:
    edges = _edges()
    problems = [
        " → ".join([*cycle, cycle[0]])
        + " ("
        + "; ".join(
            f"{a}→{b}: {', '.join(sorted(edges[(a, b)]))}"
            for a, b in zip(cycle, [*cycle[1:], cycle[0]], strict=True)
        )
        + ")"
        for cycle in _cycles(edges)
    ]
    assert problems == []


def test_transport_imports_neither_actions_nor_web() -> None:
    edges = _edges()
    assert {
        (target, module)
        for (source, target), modules in edges.items()
        if source == "transport" and target in ("actions", "web", "worker")
        for module in modules
    } == set()


def test_the_outbox_does_not_import_actions_either() -> None:
    assert "actions" not in {_package(name) for name in _imported("madoguchi.transport.outbox")}
