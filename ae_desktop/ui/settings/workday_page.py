"""Settings -> Workday: the hours Plan my day fills, lunch, buffer, block lengths, reminders."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QTimeEdit, QWidget

from ae_desktop.ui.settings.page import SettingsPage

TIME_KEYS = ("workday_start", "workday_end", "lunch_start", "lunch_end")


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    return edit


class WorkdayPage(SettingsPage):
    keys = (
        *TIME_KEYS,
        "buffer_minutes",
        "default_block_minutes",
        "focus_minutes",
        "reminder_minutes",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "The day Plan my day fills: nothing is proposed outside the workday or over "
                "lunch, and blocks are kept apart by the buffer."
            ),
            parent,
        )
        self.times = {key: _time_edit() for key in TIME_KEYS}
        minutes = self.tr(" min")
        self.buffer = self.minutes_box("buffer_minutes", minutes)
        self.block = self.minutes_box("default_block_minutes", minutes)
        self.block.setSingleStep(15)
        self.focus = self.minutes_box("focus_minutes", minutes)
        self.focus.setSingleStep(15)
        self.reminder = self.minutes_box("reminder_minutes", minutes)
        self.reminder.setSingleStep(5)
        labels = {
            "workday_start": self.tr("Workday &starts"),
            "workday_end": self.tr("Workday &ends"),
            "lunch_start": self.tr("&Lunch starts"),
            "lunch_end": self.tr("Lunch e&nds"),
        }
        for key, edit in self.times.items():
            self.add_field(key, labels[key], edit)
            edit.timeChanged.connect(lambda _time: self.changed.emit())
        self.add_field(
            "buffer_minutes",
            self.tr("B&uffer between blocks"),
            self.buffer,
            self.tr("0 to 60 minutes"),
        )
        self.add_field(
            "default_block_minutes",
            self.tr("&Default block length"),
            self.block,
            self.tr("A new task's estimate; a block added on empty time"),
        )
        self.add_field(
            "focus_minutes",
            self.tr("&Focus block length"),
            self.focus,
            self.tr("The protected block for Schedule tasks"),
        )
        self.add_field(
            "reminder_minutes",
            self.tr("&Remind me before a block starts"),
            self.reminder,
            self.tr("While the app is open; 0 turns reminders off"),
        )

    def load(self, values: dict[str, Any]) -> None:
        for key, edit in self.times.items():
            time = QTime.fromString(str(values.get(key, "")), "HH:mm")
            edit.setTime(time if time.isValid() else QTime(0, 0))
        for key, box in (
            ("buffer_minutes", self.buffer),
            ("default_block_minutes", self.block),
            ("focus_minutes", self.focus),
            ("reminder_minutes", self.reminder),
        ):
            value = values.get(key)
            box.setValue(value if isinstance(value, int) else box.minimum())

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            key: edit.time().toString("HH:mm") for key, edit in self.times.items()
        }
        result["buffer_minutes"] = self.buffer.value()
        result["default_block_minutes"] = self.block.value()
        result["focus_minutes"] = self.focus.value()
        result["reminder_minutes"] = self.reminder.value()
        return result
