"""Small steps the GUI tests share: read the chronology file as it is on disk, type as a user would."""
from __future__ import annotations

import contextlib
import sqlite3
import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit


def rows(path, sql, params=()):
    """Rows of a query on the file itself (a connection of its own, not the app's)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def set_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Select all and type over it, as a user would. Characters beyond ASCII (Arabic, Cyrillic, emoji) are
    committed as an input method does: QTest has no key for them and aborts the whole test run."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(edit, ch)
        else:
            edit.insert(ch)


def add_as_source_of(qtbot, review, event_id: int, search: str = "", offered: list | None = None) -> None:
    """Click "Add as source of an existing event...", optionally type a search, pick event_id in the
    dialog and accept; `offered` collects the ids the dialog listed."""
    def choose():
        dialog = QApplication.activeModalWidget()
        try:
            if search:
                qtbot.keyClicks(dialog.search, search)
            ids = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]
            if offered is not None:
                offered.extend(ids)
            dialog.list.setCurrentRow(ids.index(event_id))
            dialog.accept()
        finally:
            if dialog.isVisible():  # never leave a modal dialog blocking the test
                dialog.reject()

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(review.mergeButton, Qt.MouseButton.LeftButton)


@contextlib.contextmanager
def busy_while_held(monkeypatch, owner, name: str):
    """Hold the first call of owner.name (a slow write: a very large file) until the window, still handling
    events, shows its busy dialog; yields the list of what that dialog said. Run on the interface thread
    instead, the write holds the window (3 s) and the list stays empty."""
    release, said, real = threading.Event(), [], getattr(owner, name)
    first = [True]

    def held(*args, **kwargs):
        if first:
            first.clear()
            release.wait(3)
        return real(*args, **kwargs)

    def look():
        busy = QApplication.activeModalWidget()
        if busy is not None and busy.objectName() == "busyDialog":
            said.append(busy.findChild(QLabel, "busyLabel").text())
            release.set()
        elif not release.is_set():
            QTimer.singleShot(20, look)

    monkeypatch.setattr(owner, name, held)
    QTimer.singleShot(20, look)
    try:
        yield said
    finally:
        release.set()
        monkeypatch.setattr(owner, name, real)


def press_delete_in_source_dialog(qtbot, answer=None, said: list | None = None):
    """What to run once the source dialog is open (QTimer.singleShot(0, ...) before clicking Edit…): press its
    Delete button, answering the question with `answer` when given, note the dialog's message in `said`,
    then close the dialog if it is still open."""
    from PySide6.QtWidgets import QMessageBox, QPushButton

    def run():
        dialog = QApplication.activeModalWidget()
        try:
            if answer is not None:
                QMessageBox.question.answer = answer
            qtbot.mouseClick(dialog.findChild(QPushButton, "deleteSourceButton"), Qt.MouseButton.LeftButton)
            if said is not None:
                said.append(dialog.messageLabel.text())
        finally:
            if dialog.isVisible():
                dialog.reject()
    return run
