"""Moving data in and out: CSV, vCard, iCalendar and JSON files (issue 8)."""
