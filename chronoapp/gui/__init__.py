"""The PySide6 desktop app. `open_main_window(path)` is the entry point for tests and tools."""
from __future__ import annotations


def open_main_window(path):
    """Create (with a QApplication if none exists), show and return the main window on that file."""
    from chronoapp.gui.app import open_main_window as _open

    return _open(path)


__all__ = ["open_main_window"]
