"""AE Desktop: an offline CRM and day planner for an account executive."""

__version__ = "0.1.0"
APP_NAME = "AE Desktop"
APP_ID = "io.aedesktop.AEDesktop"
