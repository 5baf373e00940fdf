"""Shortcuts written into texts (labels, tooltips, status messages, the shortcuts list) as this platform writes
them: the code and the README say 'Ctrl+Return', which macOS users press and read as ⌘↩ (Qt maps Ctrl to
Command there). User text put in a menu is kept from reading as a shortcut letter's mark (menu_text)."""
from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence

# A key combination inside a sentence: 'Ctrl+Shift+Z', 'Ctrl+1', 'Alt+A' (not the 'Delete' of 'Delete the event').
_COMBO = re.compile(r"(?<![\w+])(?:(?:Ctrl|Shift|Alt)\+)+(?:Return|Enter|Delete|Tab|[A-Z0-9])(?![\w+])")


def _native(combo: str) -> str:
    return QKeySequence(combo).toString(QKeySequence.SequenceFormat.NativeText)


def native_keys(text: str) -> str:
    """text with every key combination in it written as this platform does (unchanged on Windows and Linux)."""
    return _COMBO.sub(lambda m: _native(m.group()), text)


def menu_text(text: str) -> str:
    """User text (a headline, a folder) for a menu item, which would read its '&' as a shortcut letter's mark."""
    return text.replace("&", "&&")
