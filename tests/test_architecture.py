"""The import rule of the architecture, enforced: who may import what.

drafting/ and storage/ never import Qt; only storage/ knows TinyDB; only main.py
imports ui; drafting/ (the domain) imports neither storage/ nor ui/; nothing imports
packaging/; clause_templates/ is data.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_MODULES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
# Tests, benchmarks and docs scripts may reach anything: they are not shipped code paths.
UNRESTRICTED = {"tests", "benchmarks", "docs", ".venv", "build", "dist"}


def imported_top_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module.split(".")[0])
    return modules


def shipped_python_files() -> list[Path]:
    files = []
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in UNRESTRICTED or relative.parts[0].startswith("."):
            continue
        files.append(relative)
    return sorted(files)


def owner(relative: Path) -> str:
    return relative.parts[0] if len(relative.parts) > 1 else relative.name


FORBIDDEN: dict[str, set[str]] = {
    "drafting": QT_MODULES | {"tinydb", "storage", "ui", "packaging"},
    "storage": QT_MODULES | {"ui", "packaging"},
    "ui": {"tinydb", "packaging"},
    "main.py": {"tinydb", "packaging"},
    "clause_templates": {"*"},
    "packaging": {"tinydb", "drafting", "storage", "ui"},
}


def test_the_rule_sees_the_packages() -> None:
    owners = {owner(path) for path in shipped_python_files()}
    assert {"drafting", "storage", "ui", "main.py"} <= owners


@pytest.mark.parametrize("relative", shipped_python_files(), ids=str)
def test_imports_follow_the_architecture(relative: Path) -> None:
    modules = imported_top_modules(ROOT / relative)
    forbidden = FORBIDDEN.get(owner(relative), set())
    if "*" in forbidden:
        assert not modules, f"{relative} is data-only but imports {sorted(modules)}"
        return
    bad = sorted(modules & forbidden)
    assert not bad, f"{relative} imports {bad}, which the architecture forbids for {owner(relative)}/"


def test_the_checker_catches_a_forbidden_import(tmp_path: Path) -> None:
    # Guard against a checker that silently sees nothing.
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6.QtWidgets import QWidget\nfrom tinydb import TinyDB\n")
    assert imported_top_modules(sample) == {"os", "PySide6", "tinydb"}
