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


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Show the table's tab if it is on one, click the cell, press F2, type, press Return."""
    from PySide6.QtWidgets import QTabWidget

    tabs = table.parent().parent() if table.parent() is not None else None
    if isinstance(tabs, QTabWidget) and tabs.currentWidget() is not table:
        bar = tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(table)).center())
    qtbot.waitUntil(table.isVisible)
    # a table just shown lays its rows out on a zero timer: click only once the cell has its place on screen,
    # or a loaded machine clicks beside it (and F2 then edits nothing)
    cell = lambda: table.visualItemRect(table.item(row, column))  # noqa: E731
    qtbot.waitUntil(lambda: cell().isValid() and not cell().isEmpty())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell().center())
    qtbot.waitUntil(lambda: (table.currentRow(), table.currentColumn()) == (row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible(), "the cell cannot be edited"
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)  # (the editor hands its text over queued)


def open_menu(qtbot, menu, near) -> None:
    """Open a menu as a click does (what it fills or checks on opening, it does), over the widget `near`."""
    menu.popup(near.mapToGlobal(near.rect().center()))
    qtbot.waitUntil(menu.isVisible)


def click_menu_entry(qtbot, menu, action) -> None:
    """Click an entry of an open menu: an action of it, or the text it shows."""
    if isinstance(action, str):
        [action] = [a for a in menu.actions() if a.text() == action]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def open_list(qtbot, combo) -> None:
    """Click a combo box open, as the editor does (a list filled only when it opens is filled then)."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(combo.view().isVisible)


def choose_from_list(qtbot, combo, data=None, *, text=None) -> None:
    """Open a combo box's list with a click and choose the entry holding `data` (or showing `text`) with the arrow
    keys and Return."""
    open_list(qtbot, combo)
    target, view = combo.findData(data) if text is None else combo.findText(text), combo.view()
    assert target >= 0, f"{data if text is None else text!r} is not in the list"
    while view.currentIndex().row() != target:
        qtbot.keyClick(view, Qt.Key.Key_Down if view.currentIndex().row() < target else Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())


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
    qtbot.mouseClick(review.eventForm.mergeButton, Qt.MouseButton.LeftButton)


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
