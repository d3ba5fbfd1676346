"""Every string a user reads goes through translation, and the Spanish file translates it.

Three checks (issue 9):
1. a scan of the GUI code: text handed to a widget (setText, QLabel(...), addAction, message
   boxes, file dialogs…) is `self.tr(...)` / `translate(...)`, never a bare literal or f-string;
2. a scan of the layers without Qt (services, interop, store): a sentence raised in an
   exception or returned as a message goes through `ae_desktop.translation.translate`;
3. the Spanish .ts: what pyside6-lupdate extracts from the code today is all in it, and every
   entry is finished.
Each check is parametrised by file, so one area can be run alone (`-k ui/clients`).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "ae_desktop"
SPANISH_TS = ROOT / "resources" / "translations" / "ae_desktop_es.ts"

# Calls whose string arguments a user reads.
TEXT_CALLS = frozenset(
    {
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
        "setPlaceholderText", "setTitle", "setLabelText", "setSuffix", "setPrefix",
        "setSpecialValueText", "setAccessibleName", "setAccessibleDescription", "addTab",
        "insertTab", "setTabText", "setTabToolTip", "addAction", "addMenu", "addItem",
        "insertItem", "setItemText", "setHeaderLabels", "showMessage", "information",
        "warning", "critical", "question", "about", "setInformativeText", "setButtonText",
        "getOpenFileName", "getSaveFileName", "getExistingDirectory", "setNameFilter",
        "setNameFilters", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton",
        "QGroupBox", "QAction", "QMenu", "QMessageBox", "addRow", "addButton", "drawText",
        "setHeaderData", "QUndoCommand",
    }
)  # fmt: skip
# Receivers whose warning()/critical()/information() are log records, not message boxes.
_LOGGERS = frozenset({"log", "logger", "logging", "_log", "LOG"})
# Literals that are not words to translate.
ALLOWED = frozenset({"AE Desktop"})
_WORDS = re.compile(r"[A-Za-zÁÉÍÓÚáéíóúÑñ]{2,}")


def _is_words(node: ast.expr) -> bool:
    """A literal (or f-string) with at least one word in it, e.g. "Save", f"{n} clients"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(_WORDS.search(node.value)) and node.value not in ALLOWED
    if isinstance(node, ast.JoinedStr):
        return any(_is_words(part) for part in node.values)
    if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "format":
        return _is_words(node.func.value)  # type: ignore[attr-defined]
    if isinstance(node, ast.List | ast.Tuple):
        return any(_is_words(element) for element in node.elts)
    return False


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def untranslated_gui_text(source: str) -> list[int]:
    """Lines where a literal reaches a widget without self.tr()/translate()."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _english_date_names(node):
            lines.append(node.lineno)
        if isinstance(node, ast.Call) and _call_name(node) in TEXT_CALLS and not _logged(node):
            arguments = [*node.args, *(k.value for k in node.keywords)]
            if any(_is_words(argument) for argument in arguments):
                lines.append(node.lineno)
    return sorted(set(lines))


def _english_date_names(node: ast.Call) -> bool:
    """QDate.toString("dddd d MMMM") names days and months in English whatever the language:
    only QLocale().toString(date, format) names them in the user's."""
    if _call_name(node) != "toString" or not node.args:
        return False
    fmt = node.args[0]
    named = isinstance(fmt, ast.Constant) and re.search(r"ddd|MMM", str(fmt.value))
    receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
    by_locale = isinstance(receiver, ast.Call) and _call_name(receiver) == "QLocale"
    return bool(named) and not by_locale


def _logged(node: ast.Call) -> bool:
    receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
    return isinstance(receiver, ast.Name) and receiver.id in _LOGGERS


def _is_exception_call(node: ast.Call) -> bool:
    name = _call_name(node)
    return name.endswith(("Error", "Exception")) or name in {"RowProblem", "CheckFailed"}


def untranslated_messages(source: str) -> list[int]:
    """Lines where a layer without Qt raises or reports an English sentence as it is."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if _error_entry(node):
            lines.append(node.lineno)
        if not isinstance(node, ast.Call) or not _is_exception_call(node):
            continue
        values: list[ast.expr] = [*node.args, *(k.value for k in node.keywords)]
        for value in list(values):
            if isinstance(value, ast.Dict):  # ValidationError({"field": "message"})
                values += [v for v in value.values if v is not None]
        if any(_sentence(value) for value in values):
            lines.append(node.lineno)
    return sorted(set(lines))


def _error_entry(node: ast.AST) -> bool:
    """errors["field"] = "A sentence." — a field's message collected before it is raised."""
    if not isinstance(node, ast.Assign) or not _sentence(node.value):
        return False
    return any(
        isinstance(t, ast.Subscript) and getattr(t.value, "id", "") in {"errors", "problems"}
        for t in node.targets
    )


def _sentence(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return len(_WORDS.findall(node.value)) >= 2
    if isinstance(node, ast.JoinedStr):
        return any(_sentence(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _sentence(node.left) or _sentence(node.right)
    if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "format":
        return _sentence(node.func.value)  # type: ignore[attr-defined]
    return False


def _files(*folders: str) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        path = PACKAGE / folder
        found += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return found


GUI_FILES = _files("ui", "app.py")
MESSAGE_FILES = _files("services", "interop", "store", "report_command.py", "interop_command.py")


@pytest.mark.parametrize("path", GUI_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_gui_text_is_marked_for_translation(path: Path) -> None:
    lines = untranslated_gui_text(path.read_text(encoding="utf-8"))
    assert lines == [], f"{path.relative_to(ROOT)}: wrap the text in self.tr() at lines {lines}"


@pytest.mark.parametrize("path", MESSAGE_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_messages_below_the_gui_are_marked_for_translation(path: Path) -> None:
    lines = untranslated_messages(path.read_text(encoding="utf-8"))
    assert lines == [], (
        f"{path.relative_to(ROOT)}: use ae_desktop.translation.translate() at lines {lines}"
    )


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('label.setText("Save")', True),
        ('QLabel(f"{n} clients")', True),
        ('box.addItem("Key account", "key")', True),
        ('label.setText(self.tr("Save"))', False),
        ('label.setText("—")', False),
        ("label.setText(name)", False),
        ('menu.addAction(self.tr("Quit"), self.close)', False),
        ('self.setWindowTitle("AE Desktop")', False),
        ('painter.drawText(rect, flags, "No meetings")', True),
        ('log.warning("Could not read the file %s", path)', False),
        ('label.setText(day.toString("dddd d MMMM yyyy"))', True),
        ('label.setText(QLocale().toString(day, "ddd d"))', False),
    ],
)
def test_the_gui_scan_itself(source: str, flagged: bool) -> None:
    assert bool(untranslated_gui_text(source)) is flagged


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('raise ValidationError({"name": "A client needs a name."})', True),
        ('raise ImportFileError(f"The file is {size} MB.")', True),
        ('return RowProblem(line, "No deal title.")', True),
        ('raise ImportFileError(translate("import", "The file is empty."))', False),
        ('raise ValueError("read at most 900 tasks")', True),
        ("raise NotFoundError(client_id)", False),
    ],
)
def test_the_message_scan_itself(source: str, flagged: bool) -> None:
    assert bool(untranslated_messages(source)) is flagged


def _entries(ts: Path) -> tuple[set[tuple[str, str]], list[tuple[str, str]]]:
    """(context, source) of every message, and those not translated (or unfinished)."""
    root = ElementTree.parse(ts).getroot()
    every, open_ = set(), []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            every.add(key)
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            if not done or not (translation.text or "").strip():  # type: ignore[union-attr]
                open_.append(key)
    return every, open_


def test_every_spanish_entry_is_finished() -> None:
    _, open_ = _entries(SPANISH_TS)
    assert open_ == [], f"{len(open_)} unfinished entries in {SPANISH_TS.name}: {open_[:10]}"


@pytest.mark.slow
def test_the_spanish_file_has_everything_the_code_says(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted(PACKAGE.rglob("*.py"))]
    subprocess.run(
        [str(lupdate if lupdate.exists() else "pyside6-lupdate"), "-extensions", "py",
         *sources, "-ts", str(fresh)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    in_code, _ = _entries(fresh)
    in_file, _ = _entries(SPANISH_TS)
    missing = sorted(in_code - in_file)
    assert missing == [], f"run `make lupdate` and translate these: {missing[:20]}"
