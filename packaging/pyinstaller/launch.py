"""What the bundled executable runs: the same entry point as `python -m ae_desktop`."""

import sys

from ae_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
