"""Ctrl+K: one box to find any client, contact, deal, task or interaction, or run a command."""
