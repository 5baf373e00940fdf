"""Message colours that stay readable in a light and in a dark system theme."""
from __future__ import annotations

import weakref

import shiboken6
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


# widget -> (kind, style sheet with {} for the colour): re-coloured when the theme changes (retint)
_TINTED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def tint(widget: QWidget, kind: str | None, css: str = "color: {};") -> None:
    """Colour widget's text in the tone for kind ('error', 'ok', 'muted'; None: the theme's own), now and whenever
    the theme changes while the app runs (a desktop that turns dark at sunset)."""
    if kind is None:
        _TINTED.pop(widget, None)
        widget.setStyleSheet("")
        return
    _TINTED[widget] = (kind, css)
    widget.setStyleSheet(css.format(tone(kind, widget)))


def retint() -> None:
    """The application's palette changed: every tinted widget takes the tone of the new theme (read from the
    application, as a tinted label's own palette follows only later)."""
    for widget, (kind, css) in list(_TINTED.items()):
        if shiboken6.isValid(widget):
            widget.setStyleSheet(css.format(tone(kind)))
