"""Persistence: peewee records over one SQLite file, migrations, backups, demo data."""
