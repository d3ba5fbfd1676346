"""Layering of DESIGN §4, checked on the parsed imports of every module."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "ae_desktop"


def imported_modules(source: str, module: str) -> set[str]:
    """Every module *source* imports, wherever the import statement is, as absolute names.

    *module* is the dotted name of the file itself, used to resolve relative imports.
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[: -node.level]
                prefix = ".".join([*base, node.module] if node.module else base)
            else:
                prefix = node.module or ""
            found.add(prefix)
            found.update(f"{prefix}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            arg = node.args[0]
            if name in {"import_module", "__import__"} and isinstance(arg, ast.Constant):
                found.add(str(arg.value))
    return found


def _imports_of(layer: str) -> dict[str, set[str]]:
    result = {}
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        result[module] = imported_modules(path.read_text(encoding="utf-8"), module)
    return result


def _offenders(layer: str, forbidden: str) -> list[str]:
    return sorted(
        f"{module} imports {name}"
        for module, names in _imports_of(layer).items()
        for name in names
        if name == forbidden or name.startswith(forbidden + ".")
    )


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("domain", "PySide6"),
        ("domain", "peewee"),
        ("domain", "ae_desktop.store"),
        ("domain", "ae_desktop.ui"),
        ("store", "PySide6"),
        ("store", "ae_desktop.ui"),
        ("services", "PySide6"),
        ("services", "ae_desktop.ui"),
        ("ui", "ae_desktop.store"),
        ("ui", "peewee"),
    ],
)
def test_layer_does_not_import(layer: str, forbidden: str) -> None:
    assert len(_imports_of(layer)) >= 3, f"no modules found under ae_desktop/{layer}"
    assert _offenders(layer, forbidden) == []


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "import PySide6.QtCore as qc",
        "from PySide6 import QtWidgets",
        "from PySide6.QtGui import QColor",
        "def later():\n    from PySide6.QtCore import Qt\n",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtCore import Qt\n",
        "try:\n    import PySide6\nexcept ImportError:\n    pass\n",
        "import importlib\nimportlib.import_module('PySide6.QtCore')\n",
        "__import__('PySide6')",
        "from ..ui import widgets",
    ],
)
def test_the_checker_sees_every_form_of_import(source: str) -> None:
    names = imported_modules(source, "ae_desktop.domain.example")
    assert any(n == "PySide6" or n.startswith(("PySide6.", "ae_desktop.ui")) for n in names)


def test_the_checker_does_not_flag_lookalikes() -> None:
    names = imported_modules("import PySide6_helpers\nfrom peeweex import y\n", "x.y")
    assert not any(n == "PySide6" or n.startswith("PySide6.") for n in names)
    assert not any(n == "peewee" or n.startswith("peewee.") for n in names)


def test_packaging_folder_is_not_a_python_package() -> None:
    # A package named "packaging" would shadow the library pip and setuptools import.
    folder = ROOT / "packaging"
    assert not (folder / "__init__.py").exists()
    strays = sorted(folder.rglob("__init__.py")) if folder.is_dir() else []
    assert strays == []


def test_import_packaging_still_finds_the_library() -> None:
    spec = importlib.util.find_spec("packaging")
    assert spec is not None and spec.origin is not None
    assert not Path(spec.origin).resolve().is_relative_to(ROOT / "packaging")
