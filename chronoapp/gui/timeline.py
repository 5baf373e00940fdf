"""Events per month, drawn above the chronology table; dragging across it picks a date range.

Counts come from Store.month_counts (one GROUP BY in SQL), split into events dated within the
month and vaguer ones (a year, a longer range, open-ended) that merely start there: the vague
part is drawn hatched so a January full of year-only dates does not look like a real peak.
When months get thinner than a few pixels they are grouped into quarters, years, 5 years...
"""
from __future__ import annotations

import calendar
import datetime as dt
import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from chronoapp.core.dates import MONTHS

_BIN_MONTHS = (1, 3, 6, 12, 24, 60, 120, 240, 600, 1200)
_MIN_BIN_PX = 4
_MARGIN = 8
_HEADER = 16
_AXIS = 18
_CLICK_PX = 4  # a press and release closer than this is a click (clears the range)


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _first_day(index: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, 1)


def _last_day(index: int) -> dt.date:
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _bin_label(first: int, months: int) -> str:
    """"March 2011", "Jan–Mar 2011", "2011", "2010–2014"."""
    year, month = divmod(first, 12)
    if months == 1:
        return f"{MONTHS[month]} {year}"
    if months < 12:
        last = first + months - 1
        return f"{MONTHS[month][:3]}\u2013{MONTHS[last % 12][:3]} {last // 12}"
    if months == 12:
        return str(year)
    return f"{year}\u2013{(first + months - 1) // 12}"


class TimelineStrip(QWidget):
    """Bars of events per month; drag to select a period, click to clear it."""

    rangeSelected = Signal(object, object)  # first day, last day (datetime.date)
    rangeCleared = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineStrip")
        self.setAccessibleName("Timeline of events per month")
        self.setAccessibleDescription("Drag across the timeline to show only that period; click it to show all dates again.")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._counts: dict[int, tuple[int, int]] = {}  # month index -> (exact, vague)
        self._selection: tuple[dt.date | None, dt.date | None] | None = None
        self._press_x: int | None = None
        self._drag: tuple[int, int] | None = None  # month indexes under the press and the pointer
        self._cache: QPixmap | None = None  # bars and axis; the selection is drawn over it
        self.empty_text = "No events match the filters"  # shown when there is no bar (the view says why)
        self._layout()

    def sizeHint(self) -> QSize:
        return QSize(600, 96)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 96)

    # --- data ------------------------------------------------------------------------------
    def set_empty_text(self, text: str) -> None:
        """What the strip says when it has no bar to draw."""
        if text != self.empty_text:
            self.empty_text, self._cache = text, None
            self.update()

    def set_counts(self, counts: dict[str, tuple[int, int]]) -> None:
        """{"YYYY-MM": (exact, vague)} as returned by Store.month_counts."""
        self._counts = {}
        for key, value in counts.items():
            try:
                year, month = int(key[:4]), int(key[5:7])
            except (ValueError, TypeError):
                continue
            if 1 <= month <= 12 and year < 9999:  # year 9999: no real event starts there
                self._counts[year * 12 + month - 1] = tuple(value)
        self._layout()
        self.update()

    def set_selection(self, first: dt.date | None, last: dt.date | None) -> None:
        """Show the date filter currently applied (None, None: no date filter)."""
        self._selection = (first, last) if (first or last) else None
        self.update()

    def total(self) -> int:
        return sum(a + b for a, b in self._counts.values())

    # --- geometry --------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        self._layout()
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._cache = None
        super().changeEvent(event)

    def _layout(self) -> None:
        """Choose the bin size so bars stay at least a few pixels wide, aligned to calendar units."""
        self._cache = None
        if not self._counts:
            self._axis_first, self._bin, self._n_bins = 0, 1, 0
            return
        # whole calendar years: a single month of events was one bar across the whole strip, which read as
        # a year or more; within its year it reads as the month it is
        first, last = min(self._counts) // 12 * 12, max(self._counts) // 12 * 12 + 11
        width = max(1, self.width() - 2 * _MARGIN)
        for months in _BIN_MONTHS:
            n = last // months - first // months + 1
            if width / n >= _MIN_BIN_PX:
                break
        self._bin, self._axis_first, self._n_bins = months, first // months * months, n

    def _bar_width(self) -> float:
        return (self.width() - 2 * _MARGIN) / max(1, self._n_bins)

    def _x_of_month(self, index: int) -> float:
        return _MARGIN + (index - self._axis_first) / self._bin * self._bar_width()

    def month_at(self, x: float) -> int | None:
        """Month index under x (snapped to the start of its bin), None when there is no data."""
        if not self._n_bins:
            return None
        b = min(self._n_bins - 1, max(0, math.floor((x - _MARGIN) / self._bar_width())))
        return self._axis_first + b * self._bin

    def x_of_date(self, day: dt.date) -> float:
        """Horizontal position of the start of the month holding day (for tests and tools)."""
        return self._x_of_month(_month_index(day))

    def _bins(self) -> dict[int, tuple[int, int]]:
        out: dict[int, list[int]] = {}
        for index, (exact, vague) in self._counts.items():
            slot = out.setdefault(index // self._bin * self._bin, [0, 0])
            slot[0] += exact
            slot[1] += vague
        return {k: (v[0], v[1]) for k, v in out.items()}

    def tooltip_at(self, x: float) -> str:
        start = self.month_at(x)
        if start is None:
            return ""
        exact, vague = self._bins().get(start, (0, 0))
        total = exact + vague
        text = f"{_bin_label(start, self._bin)}: {total:,} event{'s' if total != 1 else ''}"
        if vague:
            text += f"\n{vague:,} of them with vaguer dates starting then (a year, a longer range or open-ended)"
        return text + "\nDrag to show only a period; click to clear."

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache.size() != self.size() * ratio:
            self._cache = QPixmap(self.size() * ratio)
            self._cache.setDevicePixelRatio(ratio)
            self._paint_chart(QPainter(self._cache))
        p = QPainter(self)
        p.drawPixmap(0, 0, self._cache)
        span = self._drag_span() or self._selection_span()
        if span:
            x1, x2 = span
            top, height = _HEADER + 2, self.height() - _AXIS - _HEADER - 2
            color = self.palette().color(QPalette.ColorRole.Highlight)
            shade = QColor(color)
            shade.setAlpha(45)
            p.fillRect(QRectF(x1, top - 2, max(2.0, x2 - x1), height + 2), shade)
            p.setPen(QPen(color, 1))
            p.drawRect(QRectF(x1, top - 2, max(2.0, x2 - x1), height + 2))
        p.end()

    def _paint_chart(self, p: QPainter) -> None:
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        p.setPen(pal.color(QPalette.ColorRole.Mid))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        text_color = pal.color(QPalette.ColorRole.Text)
        small = self.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        p.setFont(small)
        fm = QFontMetrics(small)
        top, bottom = _HEADER + 2, self.height() - _AXIS

        unit = {1: "month", 3: "quarter", 6: "half-year", 12: "year"}.get(self._bin, f"{self._bin // 12} years")
        p.setPen(text_color)
        p.drawText(_MARGIN, 2, self.width(), _HEADER, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   f"Events per {unit}")
        exact_color = pal.color(QPalette.ColorRole.Highlight)
        vague_brush = QBrush(exact_color, Qt.BrushStyle.BDiagPattern)
        legend = "vaguer dates"
        lx = self.width() - _MARGIN - fm.horizontalAdvance(legend)
        p.drawText(lx, 2, fm.horizontalAdvance(legend), _HEADER, Qt.AlignmentFlag.AlignVCenter, legend)
        p.fillRect(QRectF(lx - 14, 6, 10, 8), vague_brush)
        legend2 = "within the month"
        lx2 = lx - 24 - fm.horizontalAdvance(legend2)
        p.drawText(lx2, 2, fm.horizontalAdvance(legend2), _HEADER, Qt.AlignmentFlag.AlignVCenter, legend2)
        p.fillRect(QRectF(lx2 - 14, 6, 10, 8), exact_color)

        if not self._n_bins:
            p.drawText(self.rect().adjusted(0, _HEADER, 0, 0), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.empty_text)
            p.end()
            return
        bins = self._bins()
        peak = max(a + b for a, b in bins.values()) or 1
        height = bottom - top
        w = self._bar_width()
        gap = 1 if w >= 4 else 0
        for start, (exact, vague) in bins.items():
            x = self._x_of_month(start)
            h_exact = height * exact / peak
            h_vague = height * vague / peak
            p.fillRect(QRectF(x, bottom - h_exact, w - gap, h_exact), exact_color)
            p.fillRect(QRectF(x, bottom - h_exact - h_vague, w - gap, h_vague), vague_brush)

        # axis: a tick at each year (or each labelled period), labels where they fit
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid)))
        p.drawLine(_MARGIN, bottom, self.width() - _MARGIN, bottom)
        first_year, last_year = self._axis_first // 12, (self._axis_first + self._n_bins * self._bin - 1) // 12
        year_px = 12 / self._bin * w
        label_w = fm.horizontalAdvance("0000") + 8
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10000) if s * year_px >= label_w)
        for year in range(first_year, last_year + 2):
            x = self._x_of_month(year * 12)
            if x < _MARGIN - 0.5 and year == first_year and self._x_of_month(year * 12 + 12) - _MARGIN >= label_w:
                # the axis starts within this year: label it at the left edge, without a tick
                p.setPen(text_color)
                p.drawText(QRectF(_MARGIN, bottom + 2, label_w, _AXIS - 2), Qt.AlignmentFlag.AlignLeft, str(year))
                continue
            if x < _MARGIN - 0.5 or x > self.width() - _MARGIN + 0.5:
                continue
            labelled = year % step == 0
            p.setPen(pal.color(QPalette.ColorRole.Mid))
            p.drawLine(int(x), bottom, int(x), bottom + (5 if labelled else 3))
            # a label that would not fit before the right edge is left out rather than cut
            if labelled and year <= last_year and x + 2 + fm.horizontalAdvance(str(year)) <= self.width():
                p.setPen(text_color)
                cell = min(step * year_px, label_w * 2)
                p.drawText(QRectF(x + 2, bottom + 2, cell, _AXIS - 2), Qt.AlignmentFlag.AlignLeft, str(year))

        p.end()

    def _drag_span(self) -> tuple[float, float] | None:
        if not self._drag:
            return None
        a, b = sorted(self._drag)
        return self._x_of_month(a), self._x_of_month(b + self._bin)

    def _selection_span(self) -> tuple[float, float] | None:
        if not self._selection or not self._n_bins:
            return None
        first, last = self._selection
        left = self._x_of_month(_month_index(first)) if first else _MARGIN
        right = self._x_of_month(_month_index(last) + 1) if last else self.width() - _MARGIN
        left, right = max(_MARGIN, left), min(self.width() - _MARGIN, right)
        return (left, right) if right > left else None

    # --- interaction -----------------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.position().x() if hasattr(event, "position") else event.pos().x())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            x = event.position().x()
            self._press_x = int(x)
            month = self.month_at(x)
            self._drag = (month, month) if month is not None else None
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drag:
            month = self.month_at(event.position().x())
            self._drag = (self._drag[0], month)
            self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press_x is not None:
            x = int(event.position().x())
            drag, self._drag, press, self._press_x = self._drag, None, self._press_x, None
            if abs(x - press) < _CLICK_PX or not drag:
                self.rangeCleared.emit()
            else:
                end = self.month_at(x)
                a, b = sorted((drag[0], end))
                self.rangeSelected.emit(_first_day(a), _last_day(b + self._bin - 1))
            self.update()
        super().mouseReleaseEvent(event)

