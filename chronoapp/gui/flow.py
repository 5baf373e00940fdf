"""Fitting small screens: a layout that wraps its items into rows, for bars that must fit a narrow window, and the
room a window may take on its screen."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Puts its items left to right and wraps to a new row when the width runs out, so a filter bar
    or a row of buttons fits a half-screen window; each row's spare width goes to its horizontally expanding items, in
    proportion to their widths. Its minimum width is that of its widest item."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def minimumSize(self) -> QSize:
        size = QSize(0, 0)
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def sizeHint(self) -> QSize:
        widths = [item.sizeHint().width() for item in self._items if not item.isEmpty()]
        width = sum(widths) + self.spacing() * max(len(widths) - 1, 0)
        return QSize(width, self.heightForWidth(width))

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lays the rows out in rect (if place); returns the height they take."""
        gap, rows, row, used = self.spacing(), [], [], 0
        for item in (i for i in self._items if not i.isEmpty()):
            width = item.sizeHint().width()
            if row and used + gap + width > rect.width():
                rows.append(row)
                row, used = [], 0
            used += (gap if row else 0) + width
            row.append(item)
        if row:
            rows.append(row)
        y = rect.y()
        for row in rows:
            height = max(item.sizeHint().height() for item in row)
            if place:
                widths = [item.sizeHint().width() for item in row]
                spare = rect.width() - sum(widths) - gap * (len(row) - 1)
                growing = [i for i, item in enumerate(row) if item.expandingDirections() & Qt.Orientation.Horizontal]
                grown = sum(widths[i] for i in growing) or 1
                for i in growing:
                    widths[i] += spare * widths[i] // grown
                if spare < 0:  # one item wider than the whole row: give it the row
                    widths = [max(rect.width(), row[0].minimumSize().width())]
                x = rect.x()
                for item, width in zip(row, widths):
                    item.setGeometry(QRect(x, y, width, height))
                    x += width + gap
            y += height + gap
        return max(y - gap - rect.y(), 0)


def screen_room(widget: QWidget) -> QSize:
    """The most a window may take on widget's screen: its available area less a title bar (outside the window).
    At 200% a 1280×720 laptop is 640×360 to Qt."""
    return widget.screen().availableGeometry().size() - QSize(0, 40)
