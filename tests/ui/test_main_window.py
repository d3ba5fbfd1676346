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
