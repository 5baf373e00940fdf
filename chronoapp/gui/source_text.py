"""The article a candidate comes from, as the review page shows it under the list: its title, outlet and date, its
text with every date expression tinted, the sentence of the event in the form marked, and the button that makes
an event of a sentence the engine missed."""
from __future__ import annotations

import bisect
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTextEdit, QVBoxLayout, QWidget

from chronoapp.core.dates import display_period
from chronoapp.core.model import Source
from chronoapp.gui.candidates import ReviewItem
from chronoapp.gui.colors import MARK_TEXT
from chronoapp.gui.keys import native_keys
from chronoapp.gui.utf16 import utf16_offsets


class TimexHighlighter(QSyntaxHighlighter):
    """Tints every date expression; works block by block, so long articles stay responsive."""

    def __init__(self, document):
        super().__init__(document)
        self.spans: list[tuple[int, int]] = []  # Qt positions, sorted
        self.fmt = QTextCharFormat()
        self.fmt.setBackground(QColor("#d6e9ff"))
        self.fmt.setForeground(QColor("#0b3d91"))

    def set_spans(self, spans: list[tuple[int, int]], rehighlight: bool = True) -> None:
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]
        if rehighlight:
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if not self.spans:
            return
        pos = self.currentBlock().position()
        end = pos + self.currentBlock().length() - 1  # UTF-16 units, as positions are (len(text) is not)
        i = max(bisect.bisect_right(self._starts, pos) - 1, 0)
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e = self.spans[i]
            if e > pos:
                self.setFormat(max(s, pos) - pos, min(e, end) - max(s, pos), self.fmt)
            i += 1


class SourceTextPanel(QWidget):
    """The article text beside the candidates, its heading, the legend of its marks and New event from selection
    (the page connects the button)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.sourceLabel = QLabel(objectName="reviewSourceLabel")
        self.sourceLabel.setWordWrap(True)
        self.textView = QPlainTextEdit(objectName="sourceTextView", readOnly=True)
        self.textView.setAccessibleName("Article text with dates highlighted")
        self.textView.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.highlighter = TimexHighlighter(self.textView.document())
        self.fromSelectionButton = QPushButton("New event from selection", objectName="fromSelectionButton")
        self.fromSelectionButton.setAccessibleName("New event from selected text")
        self.fromSelectionButton.setToolTip(native_keys("Select the sentence the engine missed, then press this (Ctrl+Shift+N)"))
        self._to_qt = lambda i: i  # Python offset → Qt position in the text shown
        bl = QVBoxLayout(self)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.sourceLabel)
        bl.addWidget(self.textView, 1)
        sel_row = QHBoxLayout()
        legend = QLabel("Blue: dates \u00b7 yellow: this event's sentence")
        legend.setToolTip("Dates are tinted blue; the sentence of the event in the form is marked yellow, its "
                          "date words orange.")
        legend.setWordWrap(True)
        sel_row.addWidget(legend, 1)
        sel_row.addWidget(self.fromSelectionButton)
        bl.addLayout(sel_row)

    def show_text(self, src: Source | None, timexes: list[list]) -> None:
        """Show an article (None: an event without a source) with its date expressions ([start, end, TIMEX value],
        Python offsets) tinted."""
        text = src.text if src else ""
        self._to_qt = utf16_offsets(text)
        # spans first: setPlainText then highlights each block once as the text is laid out
        self.highlighter.set_spans([(self._to_qt(s), self._to_qt(e)) for s, e, _v in timexes], rehighlight=False)
        self.textView.setPlainText(text)
        if src:
            self.sourceLabel.setText(f"<b>{html.escape(src.title or 'Untitled article', quote=False)}</b> \u2014 "
                                     f"{html.escape(src.outlet or 'unknown outlet', quote=False)}, published "
                                     f"{display_period(src.published) if src.published else 'date unknown'}")
        else:
            self.sourceLabel.setText("No source text for this event.")

    def mark(self, item: ReviewItem) -> None:
        """Mark the candidate's sentence (and its date words) in the article and scroll to it."""
        selections = []
        ev = item.event.evidence[0] if item.event.evidence else None
        if ev is not None and ev.start is not None and ev.end is not None:
            for (s, e), color in (((ev.start, ev.end), "#fff2a8"),
                                  (item.timex or (None, None), "#ffc857")):
                if s is None:
                    continue
                sel = QTextEdit.ExtraSelection()
                sel.format.setBackground(QColor(color))
                sel.format.setForeground(QColor(MARK_TEXT))
                cursor = QTextCursor(self.textView.document())
                cursor.setPosition(self._to_qt(s))
                cursor.setPosition(self._to_qt(e), QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                selections.append(sel)
            cursor = QTextCursor(self.textView.document())
            cursor.setPosition(self._to_qt(ev.start))
            self.textView.setTextCursor(cursor)
            self.textView.centerCursor()
        self.textView.setExtraSelections(selections)
