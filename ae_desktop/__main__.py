"""Entry point for ``python -m ae_desktop``."""

import sys

from ae_desktop.cli import main

sys.exit(main())
