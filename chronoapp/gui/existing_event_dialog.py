"""Choosing the event already in the chronology that a candidate is one more source for (several sources, one
event): the events whose dates overlap the candidate's, those that look like it first, or any found by a search."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QVBoxLayout)

from chronoapp.core.dates import FuzzyDate
from chronoapp.core.store import EventQuery
from chronoapp.gui.flow import screen_room


class ExistingEventDialog(QDialog):
    """Pick the confirmed event this candidate is another source for."""

    def __init__(self, store, date: FuzzyDate | None, parent=None, exclude: str | None = None,
                 likely: list | None = None, headline: str = ""):
        super().__init__(parent)
        self.exclude = exclude  # the event being added (a stored duplicate is no target for itself)
        self.likely = list(likely or [])  # events that look like this one (merge.likely_duplicates): listed first
        self.setWindowTitle("Add as a source to an existing event")
        self.setObjectName("existingEventDialog")
        self.store, self.date = store, date
        self.search = QLineEdit(objectName="existingEventSearch", placeholderText="search headlines, quotes and places")
        self.search.setAccessibleName("Search events")
        self.search.installEventFilter(self)  # the arrows move through the list below, as in the chronology's search
        self.list = QListWidget(objectName="existingEventList")
        self.list.setAccessibleName("Matching events")
        self.list.setWordWrap(True)  # a long headline wraps: its place, at the end, was cut off at the right edge
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # which candidate is being added, in words ('this one' left the editor to remember it)
        this = (f"{date.display()}" if date is not None else "") + (f" (\u201c{headline}\u201d)" if headline else "")
        hint = QLabel(f"Events whose dates overlap {this or 'this one'}; type to search all events.",
                      objectName="existingEventHint")
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.fill)
        self.resize(QSize(640, 420).boundedTo(screen_room(self)))
        self.fill()

    def fill(self) -> None:
        text = self.search.text()
        q = EventQuery(text=text, status=("confirmed", "candidate"), limit=200)
        if not text.strip() and self.date is not None:
            q.date_from, q.date_to = self.date.first_day, min(self.date.last_day, dt.date(9999, 12, 30))
        self.list.clear()
        likely = self.likely if not text.strip() else []
        shown = {e.id for e in likely}
        for e in [*likely, *(e for e in self.store.query(q) if e.id not in shown)]:
            if e.id == self.exclude:
                continue
            it = QListWidgetItem(("Likely the same: " if e.id in shown else "")
                                 + f"{e.date.display()} \u2014 {e.headline}" + (f" ({e.location})" if e.location else ""))
            it.setData(Qt.ItemDataRole.UserRole, e.id)
            self.list.addItem(it)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            QApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(obj, event)

    def chosen_id(self) -> str | None:
        it = self.list.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it else None
