"""The PySide6 desktop app. `open_main_window(path)` is the entry point for tests and tools."""
from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """PySide6 6.12 on Python < 3.12 drops a reference to None on every call of a C++ method that
    returns void (widget.update(), painter.fillRect()...): after a few thousand calls Python aborts
    with "deallocating None". Python 3.12+ makes None immortal; here, only when the bug is seen,
    None gets enough extra references never to reach zero."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(20):
        probe.setObjectName("probe")
    if sys.getrefcount(None) < before - 10:
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_keep_none_alive()


def open_main_window(path):
    """Create (with a QApplication if none exists), show and return the main window on that file."""
    from chronoapp.gui.app import open_main_window as _open

    return _open(path)


__all__ = ["open_main_window"]
