"""Entry script of the bundled ``examsite-cli`` executable (the console twin of the GUI)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
