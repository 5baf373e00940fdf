"""Message colours that stay readable in a light and in a dark system theme."""
from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

# kind -> (on a light window, on a dark window); each at least 4.5:1 against its background (WCAG AA)
_TONES = {"error": ("#a31515", "#ff8a80"), "ok": ("#1d5e20", "#8fd694"), "muted": ("#666666", "#a0a0a0")}
MARK_TEXT = "#1a1a1a"  # text over the pale yellow / orange marks in the article, whatever the theme


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone(kind: str, widget: QWidget | None = None) -> str:
    """The colour for an 'error' or 'ok' message shown on widget's window background."""
    light, dark = _TONES[kind]
    return dark if is_dark(widget) else light
