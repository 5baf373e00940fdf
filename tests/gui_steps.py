"""Small steps the GUI tests share: read the chronology file as it is on disk, type as a user would."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


def rows(path, sql, params=()):
    """Rows of a query on the file itself (a connection of its own, not the app's)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def set_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Select all and type over it, as a user would."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
