"""Where the app keeps per-user files (default chronology, crash log, drafts)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths


def data_dir() -> Path:
    """The user's data folder for chronoapp (created on demand), e.g. ~/.local/share/chronoapp."""
    if not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName("chronoapp")
        QCoreApplication.setOrganizationName("chronoapp")
    path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only or full home: the window still opens; each write there says when it fails
        pass
    return path


def default_chronology() -> Path:
    return data_dir() / "chronology.sqlite"
