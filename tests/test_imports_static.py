"""The project's import graph, read from the source with `ast` (nothing is imported).

Every import counts, including those inside functions: an import moved into a function to dodge a cycle
is still a cycle, only a hidden one. The checks:

- no cycle between the project's modules;
- nothing below the app (core, i18n, charts, exports, runtime, etl, queries) imports streamlit, the
  app's helpers (dashboard/) or its pages (views/, app.py);
- bench/ does not import tests/.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = (
    "views",
    "dashboard",
    "core",
    "i18n",
    "charts",
    "exports",
    "runtime",
    "etl",
    "queries",
    "reports",
    "bench",
    "deploy",
)
TOP_FILES = ("app.py",)
BELOW_APP = ("core", "i18n", "charts", "exports", "runtime", "etl", "queries")
APP_ONLY = ("streamlit", "dashboard", "views", "app")


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_files(root: Path = ROOT) -> list[Path]:
    files = [root / name for name in TOP_FILES if (root / name).exists()]
    for package in PACKAGES:
        files += sorted((root / package).rglob("*.py"))
    return files


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def imported_names(tree: ast.AST, module: str, is_package: bool) -> Iterable[str]:
    """Every dotted name an import in the tree may load, anywhere in the file (functions included).

    ``from pkg import name`` gives both ``pkg`` and ``pkg.name``: the caller keeps ``pkg.name`` when it
    is a module and ``pkg`` otherwise."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".") if package else []
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                yield f"{base}.{alias.name}" if alias.name != "*" else base


def resolve(name: str, modules: Iterable[str]) -> str | None:
    """The project module a dotted name loads: the longest project module it starts with."""
    known = set(modules)
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in known:
            return candidate
    return None


def import_graph(root: Path = ROOT) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(edges between project modules, every top-level name each module imports)."""
    files = {module_name(path, root): path for path in project_files(root)}
    edges: dict[str, set[str]] = {name: set() for name in files}
    externals: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for dotted in imported_names(tree, name, _is_package(path)):
            externals[name].add(dotted.split(".")[0])
            target = resolve(dotted, files)
            if target is not None and target != name:
                edges[name].add(target)
                edges[name] |= _other_packages_run(name, target, files)
    return edges, externals


def _other_packages_run(importer: str, target: str, modules: Iterable[str]) -> set[str]:
    """Loading ``a.b.c`` runs ``a/__init__.py`` and ``a/b/__init__.py`` first: edges to those packages,
    except the importer's own (already running by the time the importer does)."""
    known = set(modules)
    parts = target.split(".")
    ancestors = {".".join(parts[:k]) for k in range(1, len(parts))}
    return {a for a in ancestors if a in known and not (importer == a or importer.startswith(a + "."))}


def find_cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:  # noqa: C901 - Tarjan's algorithm reads best in one piece
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def cycle_path(graph: Mapping[str, Iterable[str]], component: list[str]) -> list[str]:
    """One concrete loop through the component's first module, for the failure message."""
    members = set(component)
    start = component[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in sorted(graph.get(node, ())):
            if child == start:
                return [*paths[node], start]
            if child in members and child not in paths:
                paths[child] = [*paths[node], child]
                queue.append(child)
    return component


def _under(module: str, packages: Iterable[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


# --- the finder itself can fail ---------------------------------------------------------------------


def test_find_cycles_on_a_synthetic_graph():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert find_cycles(graph) == [["a", "b", "c"]]
    assert cycle_path(graph, ["a", "b", "c"]) == ["a", "b", "c", "a"]
    assert find_cycles({"a": {"b"}, "b": set()}) == []
    assert find_cycles({"a": {"b"}, "b": {"a"}, "x": {"y"}, "y": {"x"}}) == [["a", "b"], ["x", "y"]]


def test_imports_inside_functions_and_submodules_are_found(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("from pkg.one import thing\n")
    (tmp_path / "pkg" / "one.py").write_text("thing = 1\n")
    (tmp_path / "pkg" / "two.py").write_text("def f():\n    from pkg import one\n    from . import three\n")
    (tmp_path / "pkg" / "three.py").write_text("def g():\n    import pkg.two\n")
    files = {module_name(p, tmp_path): p for p in sorted((tmp_path / "pkg").rglob("*.py"))}
    edges = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text())
        edges[name] = {
            t
            for d in imported_names(tree, name, _is_package(path))
            if (t := resolve(d, files)) is not None and t != name
        }
    assert edges["pkg.two"] == {"pkg.one", "pkg.three"}
    assert find_cycles(edges) == [["pkg.three", "pkg.two"]]
    assert _other_packages_run("other.mod", "pkg.one", files) == {"pkg"}
    assert _other_packages_run("pkg.two", "pkg.one", files) == set()


# --- the project ------------------------------------------------------------------------------------


def test_no_import_cycles():
    edges, _ = import_graph()
    cycles = find_cycles(edges)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(cycle_path(edges, c)) for c in cycles)


def test_nothing_below_the_app_imports_streamlit_or_the_app():
    edges, externals = import_graph()
    wrong = sorted(
        f"{module} imports {name}"
        for module, names in externals.items()
        if _under(module, BELOW_APP)
        for name in names & set(APP_ONLY)
    )
    assert not wrong, wrong


def test_bench_does_not_import_tests():
    _, externals = import_graph()
    wrong = sorted(m for m, names in externals.items() if _under(m, ("bench",)) and "tests" in names)
    assert not wrong, wrong


# What each package may import of the others: the layers drawn in docs/CONTRIBUTING.md. The domain
# (core) and the loads (etl) know nothing of charts, exports or the app; i18n and runtime import no
# other package of ours.
ALLOWED = {
    "core": {"i18n"},
    "i18n": set(),
    "runtime": set(),
    "etl": {"core", "i18n", "runtime"},
    "exports": {"i18n"},
    "queries": {"core", "exports", "runtime"},
    "charts": {"core", "i18n"},
    "reports": {"core", "etl", "i18n", "queries", "runtime"},
}


def test_each_package_imports_only_the_layers_below_it():
    edges, _ = import_graph()
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in edges.items()
        for target in targets
        if (own := module.split(".")[0]) in ALLOWED
        and (other := target.split(".")[0]) != own
        and other not in ALLOWED[own]
    )
    assert not wrong, wrong
