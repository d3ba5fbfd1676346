"""Sample data for an empty database: a deterministic, believable book of business around today."""

from ae_desktop.store.demo.generator import DatabaseNotEmptyError, generate
from ae_desktop.store.demo.sizes import Size

__all__ = ["DatabaseNotEmptyError", "Size", "generate"]
