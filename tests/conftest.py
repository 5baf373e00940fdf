"""Shared fixtures. Qt runs offscreen, and every test gets its own empty user profile.

Fixtures here are used by several test modules: add new ones at the end, keep existing names.
"""
from __future__ import annotations

import os
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path_factory, monkeypatch):
    """A fresh HOME, XDG folders, QSettings and QStandardPaths for each test: the real user's files
    (settings, recent files, data folder, drafts, crash log) are never read or written."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("APPDATA", str(home / "AppData"))  # Windows
    # run_app installs the crash handler's hooks; each test starts (and ends) with Python's own
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    QStandardPaths.setTestModeEnabled(True)
    from chronoapp.gui.paths import name_app

    name_app()  # as the app names itself (its data folder is named after it)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
    yield home
    QSettings("chronoapp", "chronoapp").clear()  # QSettings caches per path; leave nothing for the next test


@pytest.fixture
def chronology_path(tmp_path):
    """Where a test's chronology file goes (not created yet)."""
    return tmp_path / "chronology.sqlite"


@pytest.fixture
def message_boxes(monkeypatch):
    """Record QMessageBox.warning/critical/information/question calls instead of blocking on them.

    Each call appends (kind, title, text); question() answers with the value in `answers`
    (default: Yes)."""
    from PySide6.QtWidgets import QMessageBox

    calls: list[tuple[str, str, str]] = []

    def recorder(kind):
        def record(parent, title, text, *args, **kwargs):
            calls.append((kind, title, text))
            if kind == "question":
                return record.answer
            return QMessageBox.StandardButton.Ok
        record.answer = QMessageBox.StandardButton.Yes
        return staticmethod(record)

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return calls


@pytest.fixture
def main_window(qtbot):
    """Factory: main_window(path) opens the real main window on that file (closed at teardown)."""
    from chronoapp.gui import open_main_window

    def make(path):
        window = open_main_window(path)
        qtbot.addWidget(window)  # closed (store closed, settings saved) at teardown
        return window

    return make


@pytest.fixture
def screenshot_dir(tmp_path_factory):
    """A folder for QWidget.grab() screenshots (printed so a reviewer can look at them)."""
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def themes(qapp):
    """(light, dark): the app's palette and a dark desktop theme's; the light one is put back after the test."""
    from PySide6.QtGui import QColor, QPalette

    light = qapp.palette()
    dark = QPalette(light)
    for role, color in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6")):
        dark.setColor(role, QColor(color))
    yield light, dark
    qapp.setPalette(light)
