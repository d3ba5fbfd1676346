"""Use cases the UI calls; they take plain values and return dataclasses, never records."""
