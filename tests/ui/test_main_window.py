"""The main window: tabs in order, honest empty states, geometry remembered across restarts."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ae_desktop.ui.main_window import MainWindow


def make_window(qtbot, tmp_path, today):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, today=lambda: today)
    qtbot.addWidget(window)
    window.load()
    return window


def test_tabs_in_order_with_honest_empty_states(qtbot, db, tmp_path, today):
    window = make_window(qtbot, tmp_path, today)
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert titles == ["Clients", "Deals", "Agenda"]
    window.tabs.setCurrentIndex(1)  # the Deals tab loads when first shown
    assert window.deals_tab.loaded
    assert window.deals_tab.empty.title.text() == "No deals yet"
    window.tabs.setCurrentIndex(2)  # the Agenda tab loads when first shown
    assert window.agenda_tab.loaded


def test_window_geometry_is_remembered(qtbot, db, tmp_path, today):
    window = make_window(qtbot, tmp_path, today)
    window.show()
    window.resize(1200, 611)
    qtbot.waitUntil(lambda: window.height() == 611)
    window.close()
    again = make_window(qtbot, tmp_path, today)
    # The offscreen test screen is 800 px wide, so only the height comes back unclamped.
    assert again.height() == 611


def test_sample_data_reaches_tabs_opened_before_it_was_loaded(qtbot, db, tmp_path, today):
    window = make_window(qtbot, tmp_path, today)
    window.tabs.setCurrentIndex(1)
    window.tabs.setCurrentIndex(2)
    assert window.deals_tab.rows == {} and window.agenda_tab.tasks == []
    window.tabs.setCurrentIndex(0)
    window.clients_tab.sample_button.click()
    qtbot.waitUntil(lambda: bool(window.deals_tab.rows), timeout=20_000)
    assert window.agenda_tab.tasks


def test_the_weekly_report_is_in_its_menu_with_its_shortcut(qtbot, db, tmp_path, today):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication, QDialog

    from ae_desktop.ui.report.dialog import ReportDialog

    window = make_window(qtbot, tmp_path, today)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    report_menu = menus["Report"]
    assert [a.text().replace("&", "") for a in report_menu.actions()] == ["Weekly report…"]
    action = report_menu.actions()[0]
    assert action.shortcut() == QKeySequence("Ctrl+R")  # the menu shows it beside the text
    opened: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ReportDialog):
            opened.append(dialog.week.label)
            dialog.done(QDialog.DialogCode.Rejected)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, close_it)
    action.trigger()
    assert opened == ["2026-W48"]
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)  # its pages, laid out in a worker
