"""Entry point of the PyInstaller bundle: the same `chronoapp` command as `pip install` gives."""
import sys

from chronoapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
