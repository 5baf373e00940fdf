"""The review list: one ReviewItem per candidate or event (the event as proposed or last saved, with the editor's
unsaved form text) and the Qt model that lists them, each marked with its state."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics

from chronoapp.core.dates import FuzzyDate
from chronoapp.core.model import Event, Evidence
from chronoapp.gui.colors import tone

STATE_MARKS = {"pending": "", "accepted": "\u2713 ", "rejected": "\u2717 ", "merged": "\u21aa "}


def readings_offered(candidate) -> list[str]:
    """The other readings of a candidate's date phrase offered as buttons; none without a phrase ('no date phrase:
    dated to the publication day' offered 'Other reading: 11 July 2006', a reading of no words of the text)."""
    return list(candidate.date_alternatives) if candidate.date_text.strip() else []


class ReviewItem:
    """One candidate or event in the review list.

    Items made from engine candidates build their Event only when first needed (shown, edited,
    saved), so an article with thousands of candidates opens at once.
    """

    def __init__(self, event: Event | None = None, state: str = "pending", edits: dict | None = None,
                 alternatives: list[str] | None = None, reading: str | None = None,
                 timex: tuple[int, int] | None = None, *, candidate=None, source_id: str | None = None):
        self._event, self._candidate, self._candidate_source = event, candidate, source_id
        self.state = state  # pending | accepted | rejected | merged
        self.edits = edits  # raw form text not yet saved
        self.alternatives = list(alternatives or [])  # other readings of the date (TIMEX values)
        self._reading = reading  # the engine's reading, so the editor can go back to it
        self.timex = timex  # where the date expression is in the source text
        self.by_hand = False  # made by the editor (from a selection, "another like it"), not by the engine
        self.in_file = False  # its event is known to be in the file (opened from it, or saved here)

    @classmethod
    def from_candidate(cls, candidate, source_id: str) -> "ReviewItem":
        timex = (candidate.timex_start, candidate.timex_end) if candidate.timex_start is not None else None
        return cls(alternatives=readings_offered(candidate), timex=timex, candidate=candidate, source_id=source_id)

    @property
    def event(self) -> Event:
        if self._event is None:
            self._event = self._candidate.to_event(self._candidate_source)
        return self._event

    @event.setter
    def event(self, value: Event) -> None:
        self._event = value

    @property
    def reading(self) -> str:
        if self._reading is None:
            self._reading = self.event.date.to_timex()
        return self._reading

    @property
    def untouched(self) -> bool:
        """A pending candidate exactly as the engine proposed it (re-extracting gives it back)."""
        return self.state == "pending" and not self.edits and self._candidate is not None

    @property
    def source_id(self) -> str | None:
        return self.event.evidence[0].source_id if self.event.evidence else None

    def cites(self, source_id: str) -> bool:
        """Any of its quotes comes from that source (an untouched candidate is not built to find out)."""
        if self._event is None:
            return self._candidate_source == source_id
        return any(ev.source_id == source_id for ev in self._event.evidence)

    def to_state(self) -> dict:
        return {"event": dataclasses.asdict(self.event), "state": self.state, "edits": self.edits,
                "alternatives": self.alternatives, "reading": self.reading,
                "timex": list(self.timex) if self.timex else None, "by_hand": self.by_hand, "in_file": self.in_file}

    @classmethod
    def from_state(cls, d: dict) -> "ReviewItem":
        e = dict(d["event"])
        e["date"] = FuzzyDate(**e["date"])
        e["evidence"] = [Evidence(**x) for x in e["evidence"]]
        item = cls(Event(**e), d["state"], d["edits"], list(d["alternatives"]), d["reading"],
                   tuple(d["timex"]) if d["timex"] else None)
        item.by_hand = bool(d.get("by_hand"))
        item.in_file = bool(d.get("in_file"))
        return item


class CandidateModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[ReviewItem] = []
        bold = QFont()
        bold.setBold(True)
        self.row_height = QFontMetrics(bold).height() + 4

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        try:
            self.items = items
        finally:
            self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        e = item.event
        if role == Qt.ItemDataRole.DisplayRole:
            edited = "\u270e " if item.edits and item.state == "pending" else ""
            return f"{STATE_MARKS[item.state]}{edited}{e.date.display()} \u2014 {e.headline or '(no headline)'}"
        if role == Qt.ItemDataRole.ToolTipRole:  # where and who, as the chronology's place tooltip says them
            quote = e.evidence[0].quote if e.evidence else ""
            where = "; also ".join(p for p in (", ".join(p for p in (e.location, e.admin1, e.country) if p),
                                                ", ".join(e.other_places)) if p)
            return "\n".join([f"{item.state}: {quote}", *([f"Where: {where}"] if where else []),
                              *([f"Who: {'; '.join(e.actors)}"] if e.actors else [])])
        if role == Qt.ItemDataRole.ForegroundRole and item.state in ("rejected", "merged"):
            return QColor(tone("muted"))  # decided: greyed, still readable (#777 was 4.5:1 on white, 3.7:1 on dark)
        if role == Qt.ItemDataRole.FontRole and item.state == "pending":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.SizeHintRole:  # as wide as the view: long headlines end in "…"
            return QSize(1, self.row_height)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.state}, {e.date.display()}, {e.headline}"
        return None

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row), self.index(row))
