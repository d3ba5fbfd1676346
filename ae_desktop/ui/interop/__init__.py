"""Import and export dialogs (CSV, vCard, iCalendar, JSON)."""
