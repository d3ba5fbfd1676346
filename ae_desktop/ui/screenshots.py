"""--screenshots DIR: every tab and the main dialogs saved as PNG, to look at them as a user."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ae_desktop.ui.about import AboutDialog
from ae_desktop.ui.clients.client_form import NewClientDialog
from ae_desktop.ui.clients.contacts import ContactDialog
from ae_desktop.ui.clients.log_dialog import LogInteractionDialog
from ae_desktop.ui.main_window import MainWindow

SIZE = (1440, 900)

# Called with each widget and its file name just before it is saved (tests look at the
# widgets as they are shown: the pseudo-translation run checks for clipped labels).
Inspect = Callable[[QWidget, str], None]
_inspect: list[Inspect] = []


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    _settle()
    for inspect in _inspect:
        inspect(widget, path.name)
    widget.grab().save(str(path))
    return path


def _save_dialog(dialog: QDialog, path: Path) -> Path:
    dialog.show()
    saved = _save(dialog, path)
    dialog.close()
    return saved


def save_screenshots(window: MainWindow, out: Path, inspect: Inspect | None = None) -> list[Path]:
    """Every tab and the main dialogs as PNG files in *out*; *inspect* (if any) sees each
    widget as it is shown, just before it is saved."""
    if inspect is not None:
        _inspect.append(inspect)
    try:
        return _save_all(window, out)
    finally:
        if inspect is not None:
            _inspect.remove(inspect)


def _save_all(window: MainWindow, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    window.set_size(*SIZE)
    window.show()
    saved = []
    names = ["clients", "deals"]  # the Agenda once its Today strip is read, below
    for index, name in enumerate(names):
        window.tabs.setCurrentIndex(index)
        saved.append(_save(window, out / f"tab-{index + 1}-{name}.png"))
    window.tabs.setCurrentIndex(0)
    tab = window.clients_tab
    client_id = tab.current_client_id()
    if client_id is not None:
        tab.detail.sections.setCurrentIndex(1)
        saved.append(_save(window, out / "tab-1-clients-contacts.png"))
        tab.detail.sections.setCurrentIndex(0)
        saved.append(
            _save_dialog(
                LogInteractionDialog(client_id, datetime.now(), window),
                out / "dialog-log-interaction.png",
            )
        )
        saved.append(
            _save_dialog(ContactDialog(client_id, None, window), out / "dialog-contact.png")
        )
    saved.append(_save_dialog(NewClientDialog(window), out / "dialog-new-client.png"))
    saved.append(_save_dialog(AboutDialog(window), out / "dialog-about.png"))
    saved.append(_palette_screenshot(window, out / "dialog-command-palette.png"))
    saved += _deals_screenshots(window, out)
    saved += _agenda_screenshots(window, out)
    saved += _reminder_screenshots(window, out)
    saved += _report_screenshots(window, out)
    saved += _settings_screenshots(window, out)
    saved += _interop_screenshots(window, out)
    return saved


def _palette_screenshot(window: MainWindow, path: Path) -> Path:
    """Ctrl+K over the Clients tab with a query typed: "pena" (finding Peña, accents and all)
    when there is data, else "plan" (the commands)."""
    import time

    from ae_desktop.ui.palette.dialog import PaletteDialog

    window.palette_commands.show_palette()
    palette = window.palette_commands.palette
    assert isinstance(palette, PaletteDialog)
    deadline = time.monotonic() + 30
    while palette.building and time.monotonic() < deadline:  # the index, read in a worker
        QApplication.processEvents()
        time.sleep(0.01)
    palette.query.setText("pena" if window.clients_tab.current_client_id() else "plan")
    _settle()
    for inspect in _inspect:
        inspect(palette, path.name)
    # The window with the palette where it shows, over it: one picture, as the user sees it.
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(palette.mapToGlobal(QPoint(0, 0))), palette.grab())
    painter.end()
    picture.save(str(path))
    palette.reject()
    return path


SAMPLE_CSV = (
    "Record ID,First Name,Last Name,Email,Phone Number,Job Title,Company Name,"
    "Lifecycle Stage,Create Date\n"
    "5101,Lucía,Fernández,lucia@norte-logistica.example,+34 944 120 330,COO,Norte Logística,"
    "customer,2026-03-02\n"
    "5102,Tom,Baker,tom.baker@harbourfoods.example,+44 20 7946 0101,Buyer,Harbour Foods,"
    "lead,2026-04-11\n"
    "5103,Marta,Soler,marta.soler@,+34 600 555 010,CFO,Soler Industrial,lead,2026-05-20\n"
    "5104,Jonas,Weber,j.weber@kraftwerk-retail.example,,Head of IT,Kraftwerk Retail,"
    "opportunity,2026-06-08\n"
    "5105,Aiko,Tanaka,aiko@tanaka-design.example,+81 3 5550 1234,Founder,Tanaka Design,"
    "customer,2026-07-15\n"
    "5106,,,,,,,lead,2026-08-01\n"
)


def _interop_screenshots(window: MainWindow, out: Path) -> list[Path]:
    """The Import dialog on a small HubSpot-like contacts export, and the Export dialog."""
    import tempfile
    import time

    from PySide6.QtCore import QThreadPool

    from ae_desktop.ui.interop.export_dialog import ExportDialog
    from ae_desktop.ui.interop.import_dialog import ImportDialog

    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "hubspot-contacts.csv"
        sample.write_text(SAMPLE_CSV, encoding="utf-8")
        dialog = ImportDialog(sample, window)
        dialog.show()
        dialog.resize(1180, 720)  # its size on a desktop; the offscreen screen is 800 wide
        deadline = time.monotonic() + 30
        while dialog.plan is None and not dialog.message.text() and time.monotonic() < deadline:
            QThreadPool.globalInstance().waitForDone(1000)  # reading, then checking the rows
            _settle()
        saved = [_save_dialog(dialog, out / "dialog-import.png")]
        dialog.deleteLater()
    export = ExportDialog(window, window.clients_tab.current_client_id())
    saved.append(_save_dialog(export, out / "dialog-export.png"))
    export.deleteLater()
    return saved


def _settings_screenshots(window: MainWindow, out: Path) -> list[Path]:
    """Settings, each page (Backups: the data folder's backups, only listed), and the
    damaged-database dialog in its no-backup form."""
    from ae_desktop import paths
    from ae_desktop.ui.recovery import RecoveryDialog
    from ae_desktop.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(window)
    dialog.show()
    saved = []
    for page, name in (
        (dialog.profile_page, "profile"),
        (dialog.workday_page, "workday"),
        (dialog.priorities_page, "priorities"),
        (dialog.general_page, "general"),
        (dialog.backups_page, "backups"),
    ):
        dialog.show_page(page)
        saved.append(_save(dialog, out / f"dialog-settings-{name}.png"))
    dialog.close()
    dialog.deleteLater()
    problem = "its contents are malformed (database disk image is malformed)"
    damaged = RecoveryDialog(problem, paths.database_path(), None, None, window)
    saved.append(_save_dialog(damaged, out / "dialog-damaged-database.png"))
    return saved


def _report_screenshots(window: MainWindow, out: Path) -> list[Path]:
    """The Weekly report dialog with this week's pages previewed, and page 1 of its PDF."""
    from PySide6.QtCore import QThreadPool

    from ae_desktop.report.render import render_pages
    from ae_desktop.ui.report.dialog import ReportDialog

    dialog = ReportDialog(window.settings, date.today(), window)
    dialog.show()
    QThreadPool.globalInstance().waitForDone(30_000)  # the pages are laid out in a worker
    saved = [_save(dialog, out / "dialog-weekly-report.png")]
    dialog.close()
    if dialog.report is not None:
        first = render_pages(dialog.report, paper=dialog.paper, zoom=1.5)[0]
        first.save(str(out / "report-page-1.png"))
        saved.append(out / "report-page-1.png")
    return saved


def _agenda_screenshots(window: MainWindow, out: Path) -> list[Path]:
    """The Agenda with its Today strip filled in, with a plan proposed, and quick add."""
    from PySide6.QtCore import QThreadPool

    from ae_desktop.ui.agenda.quick_add import QuickAddDialog
    from ae_desktop.ui.agenda.review import ReviewDialog

    window.tabs.setCurrentWidget(window.agenda_host)
    QThreadPool.globalInstance().waitForDone(10_000)  # the Today strip is read in a worker
    saved = [_save(window, out / "tab-3-agenda.png")]
    agenda = window.agenda_tab
    agenda.day.plan_my_day()
    saved.append(_save(window, out / "tab-3-agenda-plan.png"))
    agenda.day.discard_plan()
    saved.append(_save_dialog(QuickAddDialog(date.today(), window), out / "dialog-quick-task.png"))
    review = ReviewDialog(date.today(), datetime.now(), window, open_tasks=agenda.tasks)
    saved.append(_save_dialog(review, out / "dialog-end-of-day.png"))
    window.tabs.setCurrentIndex(0)
    return saved


def _reminder_screenshots(window: MainWindow, out: Path) -> list[Path]:
    """The reminder banner (shown where there is no system tray) over the Agenda, ten minutes
    before today's first meeting (or block); a made-up meeting on a day without one."""
    from datetime import time, timedelta

    from ae_desktop.domain.enums import BlockKind
    from ae_desktop.domain.reminders import Reminder, ReminderKind
    from ae_desktop.services.time_blocks import blocks_on
    from ae_desktop.ui.reminders import Reminders

    today = date.today()
    meeting = {b.id for b in blocks_on(today) if b.fixed or b.kind == BlockKind.MEETING}
    blocks = sorted(blocks_on(today), key=lambda b: (b.id not in meeting, b.start))[:2]
    due = [
        Reminder(
            f"block:{b.id}:{today}:{b.start}",
            ReminderKind.MEETING if b.id in meeting else ReminderKind.BLOCK,
            b.id,
            today,
            datetime.combine(today, time()) + timedelta(minutes=b.start),
            b.title,
            end=b.end,
        )
        for b in blocks
    ] or [
        Reminder(
            "block:0",
            ReminderKind.MEETING,
            0,
            today,
            datetime.combine(today, time(10)),
            "Board review",
            end=11 * 60,
        )
    ]
    now = due[0].at - timedelta(minutes=10)
    window.tabs.setCurrentWidget(window.agenda_host)
    reminders = Reminders(window, lambda: now, tray=False)
    reminders.notify(due)
    saved = [_save(window, out / "reminder-banner.png")]
    reminders.banner.hide()
    reminders.banner.deleteLater()
    reminders.deleteLater()
    window.tabs.setCurrentIndex(0)
    return saved


def _deals_screenshots(window: MainWindow, out: Path) -> list[Path]:
    """The table view and the deal editor (the board is tab-2-deals.png)."""
    from ae_desktop.ui.deals.editor import DealEditor
    from ae_desktop.ui.deals.stages_dialog import StagesDialog

    deals_tab = window.deals_tab
    window.tabs.setCurrentWidget(window.deals_host)
    saved = []
    if deals_tab.rows:
        deals_tab.table_button.click()
        saved.append(_save(window, out / "tab-2-deals-table.png"))
        deals_tab.board_button.click()
        first = next(iter(deals_tab.rows))
        editor = DealEditor(date.today(), deal_id=first, parent=window)
        saved.append(_save_dialog(editor, out / "dialog-deal.png"))
    saved.append(_save_dialog(DealEditor(date.today(), parent=window), out / "dialog-new-deal.png"))
    saved.append(_save_dialog(StagesDialog(window), out / "dialog-stages.png"))
    window.tabs.setCurrentIndex(0)
    return saved
