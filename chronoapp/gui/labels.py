"""Labels that fit their text to the room they get: shortened in the middle on one line, as tall as their wrapped
lines, or a form field's label whose Alt+letter selects the field's text."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QLineEdit


class ElidedLabel(QLabel):
    """A one-line label shortened in the middle ('…') when narrower than its text: a file's name, its count kept."""

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("\u2026" * 8), super().minimumSizeHint().height())

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.contentsRect(), self.alignment() | Qt.TextFlag.TextSingleLine, self.shown_text())


class FittedLabel(QLabel):
    """A wrapping label as tall as its lines at its width: in the form a QLabel kept the height of its text wrapped
    at a narrow width, a blank band under a reading told on one or two lines."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(self.width())
        if height >= 0 and self.maximumHeight() != height:
            self.setMaximumHeight(height)


class FieldLabel(QLabel):
    """A form field's label: its Alt+letter selects the field's text, to type over, also when the field has the
    focus already (Qt selects it only as the focus comes in: after a refused toll, Alt+I and '40' made 'about
    forty40')."""

    def event(self, event) -> bool:
        handled = super().event(event)
        field = self.buddy()
        if event.type() == QEvent.Type.Shortcut and isinstance(field, QLineEdit) and field.hasFocus():
            field.selectAll()
        return handled
