"""Where the app keeps per-user files (default chronology, crash log, drafts)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

APP_NAME = "chronoapp"
# the files the app keeps in its data folder: one of them in the folder earlier versions used says it is in use
DATA_FILES = ("chronology.sqlite", "drafts.json", "crash.log")


def name_app() -> None:
    """The application's name, and no organisation: Qt puts a data folder under the organisation's name, then the
    application's, so an organisation also named chronoapp made it …/chronoapp/chronoapp on Linux, Windows and macOS
    alike. (Settings name both explicitly: see app.settings.)"""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")


def data_dir() -> Path:
    """The user's data folder for chronoapp (created on demand): ~/.local/share/chronoapp on Linux,
    %APPDATA%\\chronoapp on Windows, ~/Library/Application Support/chronoapp on macOS; the nested
    …/chronoapp/chronoapp of earlier versions while it holds their files, so none is left behind."""
    if not QCoreApplication.applicationName():
        name_app()
    path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    earlier = path / APP_NAME
    if any((earlier / name).exists() for name in DATA_FILES):
        return earlier
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only or full home: the window still opens; each write there says when it fails
        pass
    return path


def default_chronology() -> Path:
    return data_dir() / "chronology.sqlite"
