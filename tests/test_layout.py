"""The package's layout rules (issue 13), checked on the source so they stay true: no import
circles (imports inside functions count too), SQL only under store/, cli and serve over Graph
(no store module; cli takes only the app factory from serve), no function over 60 lines but the
time grammar's table."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import networkx as nx

SRC = Path(__file__).resolve().parents[1] / "src" / "diplograph"
LONGEST = 60
TABLES = {("extract/timex_grammar.py", "kind_patterns")}  # the time grammar's table
SQL = re.compile(
    r"""["'](?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|PRAGMA \w+|CREATE TABLE)\b"""
)


def _modules() -> dict[str, tuple[Path, ast.Module]]:
    found = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = (path, ast.parse(path.read_text(encoding="utf-8")))
    return found


def _imports(name: str, path: Path, tree: ast.Module, known: set[str]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            module = ".".join([*base, node.module] if node.module else base) if node.level else (
                node.module or "")  # fmt: skip
            targets = [module, *(f"{module}.{a.name}" for a in node.names)]
        else:
            continue
        out |= {t for t in targets if t in known and t != name}
    return out


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Lines of imports under ``if TYPE_CHECKING:`` (no import at run time)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            lines |= {n.lineno for n in ast.walk(node) if hasattr(n, "lineno")}
    return lines


def test_no_import_circles_even_inside_functions() -> None:
    modules = _modules()
    graph = nx.DiGraph()
    for name, (path, tree) in modules.items():
        for target in _imports(name, path, tree, set(modules)):
            graph.add_edge(name, target)
    circles = list(nx.simple_cycles(graph))
    assert not circles, circles[:5]


def test_sql_only_in_store() -> None:
    outside = [
        f"{path.relative_to(SRC)}:{number}"
        for name, (path, _) in _modules().items()
        if not name.startswith("diplograph.store")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SQL.search(line)
    ]
    assert not outside, outside


def test_cli_and_serve_stand_on_graph() -> None:
    modules = _modules()
    wrong = []
    for name, (_, tree) in modules.items():
        if not name.startswith(("diplograph.cli", "diplograph.serve")):
            continue
        hidden = _type_checking_only(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.lineno not in hidden:
                if node.module.startswith("diplograph.store"):
                    wrong.append(f"{name} imports {node.module}")
                if (
                    name.startswith("diplograph.cli")
                    and node.module.startswith("diplograph.serve")
                    and node.module != "diplograph.serve.app"
                ):
                    wrong.append(f"{name} imports {node.module}")
    assert not wrong, wrong


def test_no_function_over_sixty_lines_but_the_time_grammar_table() -> None:
    long = [
        f"{path.relative_to(SRC)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1})"
        for path, tree in _modules().values()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > LONGEST
        and (str(path.relative_to(SRC)), node.name) not in TABLES
    ]
    assert not long, long
