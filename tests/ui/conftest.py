"""Helpers for driving the Clients tab as a user does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ae_desktop.domain.enums import ClientStatus, InteractionKind, Tier
from ae_desktop.services import clients, contacts, interactions
from ae_desktop.ui.clients.tab import ClientsTab

TODAY = date(2026, 11, 27)


@pytest.fixture(autouse=True)
def _english_locale() -> Iterator[None]:
    """Figures as the app shows them in English (install_translators sets the default locale;
    without it Qt's C locale groups no thousands): "€25,000", "3 Dec 2026"."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def make_client(db: object) -> Callable[..., int]:
    def make(
        name: str,
        tier: Tier = Tier.STANDARD,
        status: ClientStatus = ClientStatus.ACTIVE,
        industry: str = "",
        contact: tuple[str, str] | None = None,
        touched_days_ago: int | None = None,
    ) -> int:
        client_id = clients.create_client(
            clients.ClientInput(
                name, industry=industry, tier=tier, status=status, potential_revenue=Decimal(0)
            ),
            allow_duplicate=True,
        )
        if contact is not None:
            contacts.add_contact(
                client_id, contacts.ContactInput(contact[0], email=contact[1], is_primary=True)
            )
        if touched_days_ago is not None:
            interactions.log_interaction(
                interactions.InteractionInput(
                    client_id,
                    InteractionKind.CALL,
                    datetime.combine(
                        TODAY - timedelta(days=touched_days_ago), datetime.min.time()
                    ).replace(hour=10),
                    "Weekly check-in",
                ),
                now=datetime.combine(TODAY, datetime.max.time()),
            )
        return client_id

    return make


@pytest.fixture
def tab(qtbot: object, db: object) -> Iterator[ClientsTab]:
    widget = ClientsTab(today=lambda: TODAY)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1400, 800)
    widget.show()
    yield widget


@pytest.fixture
def when_modal() -> Callable[[Callable[[QDialog], None]], None]:
    return run_on_next_modal


def run_on_next_modal(action: Callable[[QDialog], None], timeout_ms: int = 3000) -> None:
    """Run *action* on the next modal dialog as soon as it opens (for exec()-ed dialogs)."""
    waited = [0]

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            action(dialog)
        elif waited[0] < timeout_ms:
            waited[0] += 20
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)
