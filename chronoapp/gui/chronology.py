"""The chronology: filter bar, timeline strip and a lazy table over the chronology file.

Filtering and sorting happen in SQL (EventQuery). The query runs on a background thread with
its own read-only connection, so a filter change costs the UI thread only a model reset, even
with 100,000 events. The table model holds just the ordered event ids and fetches rows a page at
a time when the view paints them (the way Anki's browser table works). Deletes and status
changes are QUndoCommands on the window's shared undo stack.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import math
import queue
import sqlite3
import threading
import weakref
from collections import OrderedDict
from functools import lru_cache

import shiboken6
from PySide6.QtCore import (QAbstractTableModel, QEvent, QModelIndex, QObject, QStringListModel, Qt, QTimer,
                            Signal, Slot)
from PySide6.QtGui import QAction, QColor, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMenu, QMessageBox, QPushButton, QSizePolicy, QTableView, QVBoxLayout,
                               QWidget)

from chronoapp.core.dates import MAX_DAY, DateError, FuzzyDate, display_period, filter_span
from chronoapp.core.model import EVENT_TYPES, toll_text
from chronoapp.core.store import DeletedSource, EventQuery, Store, StoreError
from chronoapp.gui.colors import tint, tone
from chronoapp.gui.flow import FlowLayout
from chronoapp.gui.keys import native_keys
from chronoapp.gui.list_fields import ClosingCompleter
from chronoapp.gui.source_dialog import SourceDialog, delete_source, restore_source
from chronoapp.gui.timeline import TimelineStrip
from chronoapp.gui.workers import write_in_worker

DEBOUNCE_MS = 150
SLOW_MS = 250       # a search taking longer than this shows "Searching…"
WATCH_MS = 2000     # how often the file is checked for writes by other programs while the table is shown
PAGE = 100          # rows fetched per store.rows() call
MAX_PAGES = 40      # pages kept in the model's cache

# (header, EventQuery.sort key or None when the column cannot be sorted in SQL)
COLUMNS = (("Date", "date"), ("Headline", "headline"), ("Type", "event_type"), ("Actors", "actors"),
           ("Location", "location"), ("Fatalities", "fatalities"), ("Status", "status"), ("Sources", None))
DATE, HEADLINE, TYPE, ACTORS, LOCATION, FATALITIES, STATUS, SOURCES = range(len(COLUMNS))
_ROW_COLUMNS = ("date_start", "date_end", "approximate", "date_text", "date_reason", "headline", "event_type",
                "actors", "location", "admin1", "country", "other_places", "fatalities", "fatalities_low", "fatalities_high",
                "status", "(SELECT count(*) FROM evidence WHERE evidence.event_id = event.id) AS n_sources")
_STATUS_FILTERS = (("Any status", ""), ("Confirmed", "confirmed"), ("Candidates", "candidate"),
                   ("Rejected", "rejected"), ("Not rejected", ("candidate", "confirmed")))
_PRECISION_WORDS = {"day": "the day", "month": "the month", "year": "the year", "week": "the week",
                    "quarter": "the quarter", "half": "the half-year", "season": "the season",
                    "decade": "the decade", "century": "the century"}


# --- background search ----------------------------------------------------------------------
@dataclasses.dataclass
class _Request:
    view_key: int
    gen: int
    path: str
    query: EventQuery
    timeline_query: EventQuery | None  # None: the strip's counts are still valid
    keep_place: bool                   # refresh: keep the scroll position, not just the selection


@dataclasses.dataclass
class _Result:
    request: _Request
    ids: list[str] = dataclasses.field(default_factory=list)
    total: int = 0
    months: dict | None = None
    error: str = ""


def _search(store: Store, req: _Request) -> _Result:
    months = store.month_counts(req.timeline_query) if req.timeline_query is not None else None
    return _Result(req, store.event_ids(req.query), store.count(), months)


class _Bridge(QObject):
    """Carries results from search threads to the UI thread (a queued signal), to live views only."""

    done = Signal(object)

    def __init__(self):
        super().__init__()
        self.done.connect(self._deliver)

    @Slot(object)
    def _deliver(self, result: _Result) -> None:
        view = _views.get(result.request.view_key)
        if view is not None and shiboken6.isValid(view):
            view._show_result(result)


_bridge: _Bridge | None = None
_views: weakref.WeakValueDictionary[int, "ChronologyView"] = weakref.WeakValueDictionary()
_view_keys = itertools.count(1)


class _Searcher:
    """One daemon thread per view running the latest query on its own read-only connection.

    A daemon thread (not a QThread) can be abandoned at exit or when the view goes away; newer
    requests interrupt the running query, and stale ones are skipped.
    """

    def __init__(self, bridge: _Bridge):
        self._bridge = bridge
        self._requests: queue.SimpleQueue = queue.SimpleQueue()
        self._store: Store | None = None
        self.latest = 0
        threading.Thread(target=self._run, name="chronoapp-search", daemon=True).start()

    def submit(self, req: _Request) -> None:
        self.latest = req.gen
        self._interrupt()
        self._requests.put(req)

    def release(self) -> None:
        """Close the connection (the file is being closed or replaced)."""
        self._interrupt()
        self._requests.put("release")

    def stop(self) -> None:
        self.latest = math.inf
        self._interrupt()
        self._requests.put(None)

    def _interrupt(self) -> None:
        store = self._store
        if store is not None:
            try:
                store.db.conn.interrupt()
            except sqlite3.ProgrammingError:  # already closed
                pass

    def _run(self) -> None:
        while True:
            req = self._requests.get()
            if req is None or req == "release":
                self._close()
                if req is None:
                    return
                continue
            if req.gen < self.latest:
                continue
            try:
                if self._store is None or str(self._store.path) != req.path or self._store.moved_away():
                    self._close()
                    self._store = Store(req.path, readonly=True)
                result = _search(self._store, req)
            except sqlite3.OperationalError as exc:
                if req.gen < self.latest:  # interrupted by a newer request
                    continue
                result = _Result(req, error=str(exc))
            except Exception as exc:  # shown to the user by the view, which retries on its own connection
                result = _Result(req, error=str(exc) or type(exc).__name__)
            if req.gen >= self.latest:
                self._bridge.done.emit(result)

    def _close(self) -> None:
        store, self._store = self._store, None
        if store is not None:
            store.close()


# --- table model ----------------------------------------------------------------------------
# data() runs for every visible cell and role at each repaint: plain ints and tuples keep it cheap.
_DISPLAY, _TOOLTIP, _ALIGN = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), \
    int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND, _ID = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.UserRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
# the header reads alignment flags, not ints as the cells do
_RIGHT_FLAG, _LEFT_FLAG = Qt.AlignmentFlag(_RIGHT), Qt.AlignmentFlag(_LEFT)
_DELETED = (("", "(deleted)", "", "", "", "", "", ""), {}, "deleted")
_UNREADABLE = (("", "(cannot be read: the file is damaged)", "", "", "", "", "", ""), {}, "deleted")


@lru_cache(maxsize=8192)
def _date_text(start: str, end: str | None, approximate: bool) -> str:
    """Human date; many events share one, so it is worked out once."""
    try:
        return FuzzyDate(start, end, approximate).display()
    except (DateError, TypeError):
        return str(start or "")


def _date_tooltip(row: dict) -> str:
    """How precise the date is and how it was written (built only when the user hovers)."""
    try:
        date = FuzzyDate(row["date_start"], row["date_end"], bool(row["approximate"]))
    except (DateError, TypeError):
        return "This date could not be read"
    text = date.display()
    if date.is_open:
        tip = f"Open-ended: since {display_period(date.start)}, no end known"
    elif date.part():  # 'early 2012': what its words stand for
        tip = f"A part of a period: {text}, taken as {FuzzyDate(date.start, date.end).display()}"
    elif date.is_range:
        tip = f"A range: {text}, exact day unknown"
    elif date.precision == "day":
        tip = "Known to the day"
    else:
        tip = f"Known only to {_PRECISION_WORDS.get(date.precision, date.precision)}: {text}"
    if date.approximate:
        tip += " (approximate)"
    if row.get("date_text"):
        tip += f"\nAs written: \u201c{row['date_text']}\u201d"
    if row.get("date_reason"):
        tip += f"\n{row['date_reason']}"
    return tip


def _fatalities_cell(row: dict) -> str:
    return toll_text(row["fatalities"], row["fatalities_low"], row["fatalities_high"])


def _other_places(row: dict) -> list[str]:
    try:
        return json.loads(row["other_places"] or "[]")
    except (ValueError, TypeError):
        return []


def _place_tooltip(raw: dict) -> str | None:
    """'Debre Tabor, Amhara, Ethiopia; also Woldia': the place with its region and country, then the others."""
    where = ", ".join(p for p in (raw["location"], raw["admin1"], raw["country"]) if p)
    others = ", ".join(_other_places(raw))
    return "; also ".join(p for p in (where, others) if p) or None


def _display_row(row: dict | None) -> tuple[tuple, dict, str]:
    """(cells, raw row for tooltips, status) for one event, computed once per page fetch."""
    if row is None:  # deleted since the ids were fetched
        return _DELETED
    try:
        actors = "; ".join(json.loads(row["actors"] or "[]"))
    except (ValueError, TypeError):
        actors = row["actors"] or ""
    status = row["status"] or ""
    place = "; ".join(p for p in (row["location"], *_other_places(row)) if p)  # every place, most precise first
    cells = (_date_text(row["date_start"], row["date_end"], bool(row["approximate"])), row["headline"] or "",
             row["event_type"] or "", actors, place or row["admin1"] or row["country"] or "",
             _fatalities_cell(row), status.capitalize(), str(row["n_sources"]))
    return cells, row, status


class EventTableModel(QAbstractTableModel):
    """Rows = event ids in display order; cells fetched from the store a page at a time."""

    sortRequested = Signal(int, Qt.SortOrder)
    readFailed = Signal(str)  # rows could not be read (a damaged file): the view says so

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._store: Store | None = None
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._hot: tuple[int, list] = (-1, [])  # the page last read: most data() calls hit it

    def set_ids(self, store: Store | None, ids: list[str]) -> None:
        self.beginResetModel()
        try:
            self._store, self._ids = store, ids
            self._forget()
        finally:
            self.endResetModel()

    def _forget(self) -> None:
        self._pages.clear()
        self._hot = (-1, [])

    @property
    def ids(self) -> list[str]:
        return self._ids

    def event_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, event_id: str) -> int | None:
        try:
            return self._ids.index(event_id)
        except ValueError:
            return None

    def cells(self, row: int) -> tuple:
        return self._row(row)[0]

    def _row(self, row: int) -> tuple[tuple, dict, str]:
        page, offset = divmod(row, PAGE)
        if self._hot[0] == page:
            return self._hot[1][offset]
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * PAGE:(page + 1) * PAGE]
            try:
                raw = self._store.rows(ids, _ROW_COLUMNS) if self._store else {}
                missing = _DELETED
            except (sqlite3.Error, StoreError) as exc:
                raw, missing = {}, _UNREADABLE  # not "(deleted)": nothing was deleted
                self.readFailed.emit(f"Some events in {self._store.path.name} cannot be read: the file is damaged "
                                     f"({exc}). Open a backup copy (File \u2192 Open) and keep this file aside "
                                     "for recovery (sqlite3's .recover).")
            rows = self._pages[page] = [_display_row(raw.get(i)) if i in raw else missing for i in ids]
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        self._hot = (page, rows)
        return rows[offset]

    # --- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if role == _DISPLAY:
            return self._row(index.row())[0][index.column()]
        if role == _FOREGROUND:
            # rejected rows are greyed, not set in italic: an oblique face often lacks Arabic (DejaVu's does) and
            # showed boxes; greyed in the muted tone of the theme shown, as in the review list (the theme's
            # disabled text was #bebebe on white, 1.9:1)
            return QColor(tone("muted")) if self._row(index.row())[2] in ("rejected", "deleted") else None
        if role == _ALIGN:
            return _RIGHT if index.column() in (FATALITIES, SOURCES) else _LEFT
        if role == _TOOLTIP:
            cells, raw, _status = self._row(index.row())
            col = index.column()
            if col == DATE and raw:
                return _date_tooltip(raw)
            if col == LOCATION and raw:
                return _place_tooltip(raw)
            return cells[col] or None
        if role == _ID:
            return self._ids[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return COLUMNS[section][0]
        if role == _ALIGN:  # a header stands over its column's values: numbers right, text left
            return _RIGHT_FLAG if section in (FATALITIES, SOURCES) else _LEFT_FLAG
        if role == _TOOLTIP:
            return "Click to sort" if COLUMNS[section][1] else "This column cannot be sorted"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sortRequested.emit(column, order)


# --- undo commands --------------------------------------------------------------------------
class _ChronologyEditCommand(QUndoCommand):
    """Base of the chronology table's edits (of events or a source, by id) of the view's file; it does nothing once
    another file is open in the view. (The review form's undo steps, which put a candidate's event and state back,
    are review_undo.StoreCommand.)"""

    def __init__(self, view: "ChronologyView", ids: list[str], text: str):
        super().__init__(text)
        self.view, self.store, self.ids = view, view.store, list(ids)
        self.skip_next = False  # see keep_place
        self.done = False  # run once: a refusal from now on is a redo's, which keeps the step to try again

    def _usable(self) -> bool:
        if self.skip_next:
            self.skip_next = False
            return False  # a failed step moved back over: the file is already as this step leaves it
        if self.view.store is not self.store:
            self.setObsolete(True)
            return False
        return True

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self.view, "Could not change the chronology", str(exc))

    def _undo_failed(self, exc: Exception) -> None:
        self._failed(exc)
        keep_place(self.view.undo_stack, self)

    def _redo_failed(self, exc: Exception) -> None:
        self._failed(exc)
        keep_place(self.view.undo_stack, self)


def keep_place(stack: QUndoStack, command: QUndoCommand) -> None:
    """An undo or redo that failed (the file locked by another program) changed nothing, but QUndoStack moves over
    the command all the same: after an undo, Ctrl+Z pressed again (as the message says) went on to the step before
    and Redo ran this one again (a delete, finding nothing left to delete, forgot the events it had deleted); after
    a redo, the redo was gone and Ctrl+Z would have undone a step the file never got back. Once the stack has
    moved, move it back without running the command (its undo()/redo() sees skip_next and only clears it), so
    that the same key can try again."""
    def back() -> None:
        at = stack.index()
        if at < stack.count() and stack.command(at) is command:  # stepped back over a failed undo
            command.skip_next = True
            stack.redo()
        elif at > 0 and stack.command(at - 1) is command:  # stepped forward over a failed redo
            command.skip_next = True
            stack.undo()

    QTimer.singleShot(0, back)


BULK = 50  # a write of this many events or more runs in a worker behind a busy dialog


def _write_events(view: "ChronologyView", count: int, what: str, work):
    """work(store), a write of `count` events, as one transaction (all of it or, on an error, none): from
    BULK events on, in a worker on a connection of its own while a busy dialog says what is happening
    (deleting, restoring or rejecting 5,000 events of a 100,000-event file took 4-6 s with the window
    frozen). Returns what work returns; a StoreError (or ValueError) comes back as a StoreError."""
    store = view.store
    if count < BULK:
        try:
            with store.batch():
                return work(store)
        except ValueError as exc:  # an event that cannot be saved as it is (rolled back)
            raise StoreError(str(exc)) from None
    ok, result = write_in_worker(view, store, f"{what} {count:,} events\u2026", _write_in_own_connection, work)
    if not ok:
        raise StoreError(result)
    return result


def _write_in_own_connection(path: str, work):
    with Store(path, create=False) as store, store.batch():
        return work(store)


class DeleteEventsCommand(_ChronologyEditCommand):
    """Delete events with their evidence; undo puts them back exactly (store.restore_event)."""

    def __init__(self, view: "ChronologyView", ids: list[str]):
        super().__init__(view, ids, "Delete event" if len(ids) == 1 else f"Delete {len(ids):,} events")
        self.events: list = []

    def redo(self) -> None:
        if not self._usable():
            return
        after = self.view.neighbour(self.ids)  # selected next, so Delete can be pressed again
        ids = self.ids

        def delete(store: Store) -> list:
            return [e for e in (store.delete_event(i) for i in ids) if e is not None]

        try:
            self.events = _write_events(self.view, len(ids), "Deleting", delete)
        except StoreError as exc:
            if self.done:  # a redo refused: the events are still in the file, and this step can be redone later
                self._redo_failed(exc)
                return
            self.events = []  # rolled back: nothing was deleted
            after = None
            self._failed(exc)
        self.done = True
        if not self.events:
            self.setObsolete(True)
        self.view.data_changed(select=after)

    def undo(self) -> None:
        if not self._usable():
            return
        events = self.events

        def restore(store: Store) -> list[str]:
            return [event.id for event in store.restore_events(events)]

        try:
            ids = _write_events(self.view, len(events), "Restoring", restore)
        except StoreError as exc:
            self._undo_failed(exc)
            return
        self.view.data_changed(select=list(dict.fromkeys(ids)))
        kept = sum(1 for event, now in zip(events, ids) if now != event.id)
        if kept:  # accepted again elsewhere while deleted: in the file once, so the editor is not left looking for it
            these = "1 event" if kept == 1 else f"{kept:,} events"
            QMessageBox.information(
                self.view, "Accepted again meanwhile",
                f"{these} had been accepted again after the deletion (in another window or by another program): the "
                "file keeps the one accepted again, with every source the deleted copy had, rather than holding the "
                "event twice. It is selected.")


class SetStatusCommand(_ChronologyEditCommand):
    """Confirm / reject / back to candidate; undo restores each event's previous status."""

    LABELS = {"confirmed": "Confirm", "rejected": "Reject", "candidate": "Mark as candidate"}

    def __init__(self, view: "ChronologyView", ids: list[str], status: str):
        label = self.LABELS.get(status, status)
        super().__init__(view, ids, f"{label} event" if len(ids) == 1 else f"{label} {len(ids):,} events")
        self.status = status
        self.before: dict[str, str] = {}

    def redo(self) -> None:
        if not self._usable():
            return
        self._apply({i: self.status for i in self.ids}, remember=True)

    def undo(self) -> None:
        if self._usable():
            self._apply(self.before, remember=False)

    def _apply(self, statuses: dict[str, str], remember: bool) -> None:
        """Set these statuses; undoing (not remember) a change the file refuses keeps the step to try again."""
        def change(store: Store) -> dict[str, str]:
            before = {}
            for event_id, status in statuses.items():
                event = store.get_event(event_id)
                if event is None or event.status == status:
                    continue
                before[event_id] = event.status
                event.status = status
                store.save_event(event, action=status)
            return before

        try:
            before = _write_events(self.view, len(statuses), "Changing the status of", change)
        except StoreError as exc:
            if not remember:
                self._undo_failed(exc)
                return
            if self.done:  # a redo refused: nothing changed, and this step can be redone later
                self._redo_failed(exc)
                return
            before = {}  # rolled back: nothing changed
            self._failed(exc)
        self.done = True
        if remember:
            self.before = before
            if not before:
                self.setObsolete(True)
        self.view.data_changed()


class DeleteSourceCommand(_ChronologyEditCommand):
    """Source → Delete, done by the dialog (in a worker) before it is pushed; undo puts the article, its quotes
    and the events deleted with it back, redo deletes them again (both in a worker too)."""

    def __init__(self, view: "ChronologyView", backup: DeletedSource):
        super().__init__(view, [e.id for e in backup.events], "Delete source")
        self.backup, self.first = backup, True

    def redo(self) -> None:
        if self.first:  # the dialog has deleted it already
            self.first = False
            return
        if not self._usable():
            return
        ok, result = delete_source(self.view, self.store, self.backup.source.id)
        if not ok:
            self._redo_failed(StoreError(result))
            return
        self.backup = result
        self.view.source_gone(self.backup.source.id)

    def undo(self) -> None:
        if not self._usable():
            return
        ok, result = restore_source(self.view, self.store, self.backup)
        if not ok:
            self._undo_failed(StoreError(result))
            return
        self.backup.source.id = result  # the article extracted again meanwhile: its quotes went back under it
        self.view.sourceRestored.emit(result)
        self.view._fill_sources()
        self.view.data_changed(select=self.ids)


# --- the view -------------------------------------------------------------------------------
class _SourceCombo(QComboBox):
    """Tells when its list is about to open, so the view fills it only then."""

    aboutToShowPopup = Signal()

    def showPopup(self) -> None:
        self.aboutToShowPopup.emit()
        super().showPopup()


class ChronologyView(QWidget):
    """Filter bar + timeline strip + table of the events of one chronology file."""

    eventActivated = Signal(str)       # event id: double-click or Enter; the window opens it in the form
    eventsChanged = Signal()           # this view deleted events or changed a status (or undid that)
    sourceDeleted = Signal(str)        # source id: the editor deleted that article (Source → Edit…)
    sourceChanged = Signal(str)        # source id: the editor corrected its outlet, link or title
    sourceRestored = Signal(str)       # source id: Edit → Undo brought back that deleted article
    resultsUpdated = Signal(int, int)  # events shown, events in the file

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        global _bridge
        if _bridge is None:
            _bridge = _Bridge()
        self.undo_stack = undo_stack
        self.store: Store | None = None
        self._key = next(_view_keys)
        _views[self._key] = self
        self._searcher = _Searcher(_bridge)
        self.destroyed.connect(lambda *_a, s=self._searcher: s.stop())
        self._gen = 0
        self._sort = ("date", False)
        self._timeline_query: EventQuery | None = None
        self._completions_stale = True
        self._select_after: list[str] | None = None
        self._sources_stale = False

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self._slow = QTimer(self)  # says "Searching…" when a query takes a noticeable time
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_MS)
        self._slow.timeout.connect(lambda: self.eventCountLabel.setText("Searching\u2026"))
        self._data_version: int | None = None
        self._watch = QTimer(self)  # events written by another program (the CLI, another window, a script)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.check_changed_elsewhere)
        self._build()
        self.set_store(None)

    # --- construction ----------------------------------------------------------------------
    def _line(self, name: str, placeholder: str, accessible: str, width: int | None = None) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(accessible)
        edit.setClearButtonEnabled(True)
        if width:
            edit.setMinimumWidth(width)
        edit.textChanged.connect(self._schedule)
        clear = QAction(f"Clear {accessible.lower()}", edit)  # Esc empties the field (a completion list closes first)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(edit.clear)
        edit.addAction(clear)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _group(self, parts, grow: bool) -> QWidget:
        """Labels and fields that stay together on one row of the filter bar."""
        group = QWidget(self)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for part in parts:
            row.addWidget(part, 0 if isinstance(part, (QLabel, QPushButton)) else 1)  # fields take the room
        policy = QSizePolicy.Policy.Expanding if grow else QSizePolicy.Policy.Fixed
        group.setSizePolicy(policy, QSizePolicy.Policy.Fixed)
        return group

    def _combo(self, name: str, accessible: str, items, cls=QComboBox) -> QComboBox:
        combo = cls(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def _build(self) -> None:
        self.filterTextEdit = self._line("filterTextEdit", "Words in headlines, quotes, places",
                                         "Search events", 240)
        self.filterTextEdit.setToolTip("Finds events with every word (as a word's start) in their headline, "
                                       "description, source quotes or places")
        self.filterTextEdit.installEventFilter(self)  # Down goes to the results
        self.filterFromEdit = self._line("filterFromEdit", "e.g. March 2011", "Events from date", 120)
        self.filterToEdit = self._line("filterToEdit", "e.g. 2017-09-15", "Events until date", 120)
        for edit in (self.filterFromEdit, self.filterToEdit):
            edit.setToolTip("A year (2017), a month (2017-09, March 2011) or a day. Events whose date overlaps the "
                            "period are kept: \u201cMarch 2011\u201d is shown for a range starting 15 March 2011.")
        self.filterActorEdit = self._line("filterActorEdit", "any actor", "Filter by actor", 130)
        self.filterLocationEdit = self._line("filterLocationEdit", "any place", "Filter by location", 110)
        self._actor_model, self._place_model = QStringListModel(self), QStringListModel(self)
        for edit, model in ((self.filterActorEdit, self._actor_model), (self.filterLocationEdit, self._place_model)):
            completer = ClosingCompleter(model, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
            edit.installEventFilter(self)  # fill completions when the field gets focus

        self.filterTypeCombo = self._combo("filterTypeCombo", "Filter by event type",
                                           [("All types", "")] + [(t.capitalize(), t) for t in EVENT_TYPES])
        self.filterStatusCombo = self._combo("filterStatusCombo", "Filter by status", _STATUS_FILTERS)
        self.filterSourceCombo = self._combo("filterSourceCombo", "Filter by source", [("All sources", "")],
                                             _SourceCombo)
        self.filterSourceCombo.aboutToShowPopup.connect(self._fill_sources_if_stale)
        self.filterSourceCombo.installEventFilter(self)  # filled on focus too: the arrows choose without opening it
        self.filterSourceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filterSourceCombo.setMinimumContentsLength(22)
        self.editSourceButton = QPushButton("Edit…", self, objectName="editSourceButton")
        self.editSourceButton.setAccessibleName("Edit or delete the chosen source")
        self.editSourceButton.setToolTip("Correct the outlet, link or title of the chosen source, or delete it")
        self.editSourceButton.setEnabled(False)
        self.editSourceButton.clicked.connect(self.edit_source)
        self.filterSourceCombo.currentIndexChanged.connect(self._enable_edit_source)
        self.clearFiltersButton = QPushButton("C&lear filters", self)
        self.clearFiltersButton.setObjectName("clearFiltersButton")
        self.clearFiltersButton.setAccessibleName("Clear all filters")
        self.clearFiltersButton.setToolTip("Alt+L; Esc in a field clears that field")
        self.clearFiltersButton.clicked.connect(self.clear_filters)
        self.eventCountLabel = QLabel(self)
        self.eventCountLabel.setObjectName("eventCountLabel")
        self.eventCountLabel.setAccessibleName("Number of events shown")
        self.eventCountLabel.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.eventCountLabel.setMinimumWidth(self.fontMetrics().horizontalAdvance("100,000 of 100,000 events") + 8)
        self.filterMessageLabel = QLabel(self)
        self.filterMessageLabel.setObjectName("filterMessageLabel")
        self.filterMessageLabel.setWordWrap(True)
        tint(self.filterMessageLabel, "error")
        self.filterMessageLabel.hide()

        self.timelineStrip = TimelineStrip(self)
        self.timelineStrip.rangeSelected.connect(self._timeline_range)
        self.timelineStrip.rangeCleared.connect(self._timeline_cleared)

        self.model = EventTableModel(self)
        self.model.sortRequested.connect(self._sort_requested)
        self.model.readFailed.connect(self._read_failed)
        table = self.chronologyTable = QTableView(self)
        table.setObjectName("chronologyTable")
        table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move between cells and rows
        table.setAccessibleName("Chronology of events")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        # Fixed row heights and column widths: sizing to contents would read all 100k rows.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        longest_type = max(EVENT_TYPES, key=table.fontMetrics().horizontalAdvance)  # 'violence against civilians'
        for col, sample in ((DATE, "the week of 25 September 2017"), (HEADLINE, "M" * 26), (TYPE, longest_type),
                            (ACTORS, "M" * 14), (LOCATION, "Deir ez-Zor, Syria"), (FATALITIES, "1,400 (281–1,729)"),
                            (STATUS, "Confirmed "), (SOURCES, "Sources ")):
            table.setColumnWidth(col, table.fontMetrics().horizontalAdvance(sample) + 12)
        # The headline takes the spare width but keeps its ~26 characters: a narrow window scrolls
        # sideways rather than squeeze the one column that says what happened.
        self._headline_min = table.columnWidth(HEADLINE)
        header.sectionResized.connect(lambda column, *_: column != HEADLINE and self._fit_headline())
        table.setSortingEnabled(True)
        header.setSortIndicator(DATE, Qt.SortOrder.AscendingOrder)
        table.doubleClicked.connect(lambda index: self.eventActivated.emit(self.model.event_id(index.row())))
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)  # context menu: by mouse or from the keyboard
        table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.openAction = QAction("Open in the form", self)
        self.openAction.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.openAction.triggered.connect(self._activate_current)
        self.confirmAction = QAction("Confirm", self)
        self.confirmAction.triggered.connect(lambda: self.set_status_selected("confirmed"))
        self.candidateAction = QAction("Mark as candidate", self)
        self.candidateAction.triggered.connect(lambda: self.set_status_selected("candidate"))
        self.rejectAction = QAction("Reject", self)
        self.rejectAction.triggered.connect(lambda: self.set_status_selected("rejected"))
        self.deleteAction = QAction("Delete\u2026", self)
        self.deleteAction.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.deleteAction.triggered.connect(self.delete_selected)
        # Sorting without a mouse (a header cannot take the keyboard): the table's context menu (Menu key,
        # Shift+F10) and View → Sort chronology by; they set the header's indicator, which sorts as a click does.
        self.sortMenu = QMenu("&Sort chronology by", self)
        self.sortMenu.setObjectName("sortMenu")
        self._sort_actions: dict[str, QAction] = {}
        for column, (label, key) in enumerate(COLUMNS):
            if key is not None:
                action = self.sortMenu.addAction(label)
                action.setCheckable(True)
                action.triggered.connect(lambda _=False, c=column: self._sort_by_menu(c))
                self._sort_actions[key] = action
        self.sortMenu.addSeparator()
        self.sortDescendingAction = self.sortMenu.addAction("&Descending (newest, last letter or highest first)")
        self.sortDescendingAction.setCheckable(True)
        self.sortDescendingAction.triggered.connect(lambda: self._sort_by_menu(None))
        self.sortMenu.aboutToShow.connect(self._check_sort_actions)
        find = QAction("Find in chronology", self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.filterTextEdit.setFocus(), self.filterTextEdit.selectAll()))
        self.addAction(find)

        # Each label stays with its field; the groups wrap onto more rows in a narrow window.
        bar = FlowLayout()
        for parts, grow in (
            ((self._label("&Search", self.filterTextEdit), self.filterTextEdit), True),
            ((self._label("F&rom", self.filterFromEdit), self.filterFromEdit,  # not &From: Alt+F opens the File menu
              self._label("t&o", self.filterToEdit), self.filterToEdit), True),
            ((self._label("&Actor", self.filterActorEdit), self.filterActorEdit), True),
            ((self._label("&Place", self.filterLocationEdit), self.filterLocationEdit), True),
            ((self._label("T&ype", self.filterTypeCombo), self.filterTypeCombo), False),
            ((self._label("Stat&us", self.filterStatusCombo), self.filterStatusCombo), False),
            ((self._label("Sour&ce", self.filterSourceCombo), self.filterSourceCombo, self.editSourceButton), True),
            ((self.clearFiltersButton,), False),
            ((self.eventCountLabel,), True),
        ):
            bar.addWidget(self._group(parts, grow))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.filterMessageLabel)
        layout.addWidget(self.timelineStrip)
        layout.addWidget(table, 1)
        self._filter_widgets = (self.filterTextEdit, self.filterFromEdit, self.filterToEdit, self.filterActorEdit,
                                self.filterLocationEdit, self.filterTypeCombo, self.filterStatusCombo,
                                self.filterSourceCombo, self.clearFiltersButton, self.timelineStrip)

    # --- public API ------------------------------------------------------------------------
    def set_store(self, store: Store | None) -> None:
        """Show another chronology file (None: nothing open). Filters are kept."""
        if self.store is not None and store is not self.store:
            self._searcher.release()
        self.store = store
        self._timeline_query = None
        self._completions_stale = True
        self._data_version = self._file_version()
        self._watch.start() if store is not None else self._watch.stop()
        self.model.set_ids(store, [])
        self.timelineStrip.set_counts({})
        for widget in self._filter_widgets:
            widget.setEnabled(store is not None)
        self._fill_sources()
        if store is None:
            self._gen += 1  # drop results still on their way
            self._slow.stop()
            self.eventCountLabel.setText("No chronology open")
            return
        self.eventCountLabel.setText("Loading\u2026")
        self._submit(keep_place=False)

    def _file_version(self) -> int | None:
        """SQLite's data_version: it changes when another connection commits to the file."""
        try:
            return self.store.db.execute("PRAGMA data_version").fetchone()[0] if self.store is not None else None
        except sqlite3.Error:
            return None

    def check_changed_elsewhere(self) -> None:
        """While the table is on screen, show what another program wrote to the file since."""
        if self.store is None or not self.isVisible():
            return
        version = self._file_version()
        if version is not None and version != self._data_version:
            self._data_version = version
            self.refresh()
            self.eventsChanged.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.check_changed_elsewhere()

    def refresh(self) -> None:
        """Re-read the file (after edits elsewhere), keeping the selection and scroll position."""
        if self.store is None:
            return
        self._timeline_query = None
        self._completions_stale = True
        self._sources_stale = True  # re-read when the list is opened (sources hold whole articles)
        self._submit(keep_place=True)

    def current_query(self) -> EventQuery:
        """The filters as shown (a date field that cannot be read is left out)."""
        status = self.filterStatusCombo.currentData() or ""
        return EventQuery(
            text=self.filterTextEdit.text().strip(),
            date_from=self._bound(self.filterFromEdit, last=False)[0],
            date_to=self._bound(self.filterToEdit, last=True)[0],
            actor=self.filterActorEdit.text().strip(),
            location=self.filterLocationEdit.text().strip(),
            event_type=self.filterTypeCombo.currentData() or "",
            source_id=self.filterSourceCombo.currentData() or "",
            status=tuple(status) if isinstance(status, (list, tuple)) else status,
            sort=self._sort[0],
            descending=self._sort[1],
        )

    def unreadable_filter(self) -> tuple[QLineEdit, str] | None:
        """The first date filter that cannot be read, with why (the view then keeps its last results,
        so an export of 'what is shown' must not quietly leave that filter out)."""
        for edit, last, name in ((self.filterFromEdit, False, "From"), (self.filterToEdit, True, "To")):
            error = self._bound(edit, last)[1]
            if error:
                return edit, f"The \u201c{name}\u201d date filter \u201c{edit.text().strip()}\u201d cannot be read ({error})."
        return None

    def clear_filters(self) -> None:
        for edit in (self.filterTextEdit, self.filterFromEdit, self.filterToEdit, self.filterActorEdit,
                     self.filterLocationEdit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        for combo in (self.filterTypeCombo, self.filterStatusCombo, self.filterSourceCombo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()

    def set_date_range(self, first: dt.date | None, last: dt.date | None) -> None:
        """Fill the from/to fields (as the timeline strip does) and filter at once."""
        for edit, day in ((self.filterFromEdit, first), (self.filterToEdit, last)):
            edit.blockSignals(True)
            edit.setText(day.isoformat() if day else "")
            edit.blockSignals(False)
        self.apply_filters()

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.chronologyTable.selectionModel().selectedRows()})
        return [self.model.event_id(r) for r in rows]

    def data_changed(self, select: list[str] | None = None) -> None:
        """Called by the undo commands after they changed the file; select: ids to select afterwards."""
        self._select_after = select
        self.refresh()
        self.eventsChanged.emit()

    def neighbour(self, ids: list[str]) -> list[str]:
        """The event shown after (else before) the given ones: where the selection goes when they vanish."""
        gone, shown = set(ids), self.model.ids
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        if not rows:
            return []
        following = (i for i in shown[max(rows) + 1:] if i not in gone)
        preceding = (i for i in reversed(shown[:min(rows)]) if i not in gone)
        found = next(following, None) or next(preceding, None)
        return [found] if found else []

    # --- filtering -------------------------------------------------------------------------
    @Slot()
    def _schedule(self) -> None:
        self._validate_dates()
        self._debounce.start()

    def _bound(self, edit: QLineEdit, last: bool) -> tuple[dt.date | None, str]:
        text = edit.text().strip()
        if not text:
            return None, ""
        try:
            span = filter_span(text)  # 'late 2016' too, as the 'As written' of a date shows it
        except DateError as exc:
            return None, str(exc)
        if last:
            return (None if span.last == MAX_DAY else span.last), ""
        return span.first, ""

    def _validate_dates(self) -> bool:
        errors = []
        for edit, last, name in ((self.filterFromEdit, False, "From"), (self.filterToEdit, True, "To")):
            day, error = self._bound(edit, last)
            edit.setStyleSheet("QLineEdit { border: 2px solid #b3261e; }" if error else "")
            edit.setAccessibleDescription(error)
            if error:
                errors.append(f"{name}: {error}")
        first, last = self._bound(self.filterFromEdit, False)[0], self._bound(self.filterToEdit, True)[0]
        if first and last and last < first:
            errors.append("The \u201cto\u201d date is before the \u201cfrom\u201d date")
        if any(e.startswith(("From", "To")) for e in errors):
            errors.append("Dates can be written 2011, 2011-03, March 2011, late 2016, 15 March 2011 or 2011-03-15.")
        self.filterMessageLabel.setText("\n".join(errors))
        self.filterMessageLabel.setVisible(bool(errors))
        return not errors

    @Slot()
    def apply_filters(self) -> None:
        """Run the filters now (typing waits DEBOUNCE_MS first). Unreadable dates keep the last results."""
        self._debounce.stop()
        if self._validate_dates() and self.store is not None:
            self._submit(keep_place=False)

    def _submit(self, keep_place: bool) -> None:
        q = self.current_query()
        timeline_q = dataclasses.replace(q, date_from=None, date_to=None, sort="date", descending=False)
        want_timeline = timeline_q != self._timeline_query
        self._gen += 1
        req = _Request(self._key, self._gen, str(self.store.path), q, timeline_q if want_timeline else None,
                       keep_place)
        self._searcher.submit(req)
        self._slow.start()

    def _read_failed(self, message: str) -> None:
        self.filterMessageLabel.setText(message)
        self.filterMessageLabel.show()

    def _search_here(self, req: _Request) -> _Result:
        try:
            return _search(self.store, req)
        except (sqlite3.Error, StoreError) as exc:
            return _Result(req, error=str(exc))

    def _show_result(self, result: _Result) -> None:
        req = result.request
        if req.gen != self._gen or self.store is None:
            return  # superseded
        self._slow.stop()
        if result.error:  # the background connection failed: try on ours
            result = self._search_here(req)
        if result.error:
            self.filterMessageLabel.setText(f"Cannot search this chronology: {result.error}")
            self.filterMessageLabel.show()
            return
        self._replace_ids(result.ids, req.keep_place)
        if self.chronologyTable.hasFocus() and not self.chronologyTable.currentIndex().isValid() and result.ids:
            self.chronologyTable.setCurrentIndex(self.model.index(0, 0))
        if result.months is not None:
            self._timeline_query = req.timeline_query
            self.timelineStrip.set_counts(result.months)
        self.timelineStrip.set_selection(req.query.date_from, req.query.date_to)
        # an empty chronology is no filter's doing: say how events get in (a new user saw 'No events match the filters')
        self.timelineStrip.set_empty_text(
            "No events match the filters: Clear filters (Alt+L) shows them all" if result.total else
            native_keys("No events yet: paste an article on the Article page (Ctrl+1) and extract its events, or "
                        "File \u2192 Import\u2026"))
        shown = len(result.ids)
        self.eventCountLabel.setText(f"{shown:,} of {result.total:,} event{'s' if result.total != 1 else ''}")
        self.resultsUpdated.emit(shown, result.total)

    def _replace_ids(self, ids: list[str], keep_place: bool) -> None:
        """Swap in new results, keeping the selected events selected and, on refresh, the scroll position."""
        table, model = self.chronologyTable, self.model
        selected = self.selected_ids()
        current = table.currentIndex()
        current_id = model.event_id(current.row()) if current.isValid() else None
        if self._select_after is not None:
            selected, self._select_after = self._select_after, None
            current_id = selected[0] if selected else None
        top_row = table.rowAt(0)
        top_id = model.event_id(top_row) if keep_place and top_row >= 0 else None
        scroll = table.verticalScrollBar().value()
        model.set_ids(self.store, ids)
        if not ids:
            return
        if top_id is not None:
            row = model.row_of(top_id)
            if row is not None:
                table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
            else:
                table.verticalScrollBar().setValue(scroll)
        if selected:
            wanted = set(selected)
            rows = [model.row_of(i) for i in selected] if len(selected) <= 20 else \
                [r for r, i in enumerate(ids) if i in wanted]
            selection = table.selectionModel()
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            for row in rows:
                if row is not None:
                    selection.select(model.index(row, 0), flags)
            row = model.row_of(current_id) if current_id else None
            if row is not None:
                selection.setCurrentIndex(model.index(row, 0), selection.SelectionFlag.NoUpdate)
                if top_id is None:
                    table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    @Slot(int, Qt.SortOrder)
    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[column][1]
        header = self.chronologyTable.horizontalHeader()
        if key is None:  # not sortable: put the indicator back where it was
            previous = next(i for i, c in enumerate(COLUMNS) if c[1] == self._sort[0])
            header.blockSignals(True)
            header.setSortIndicator(previous, Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        sort = (key, order == Qt.SortOrder.DescendingOrder)
        if sort != self._sort:
            self._sort = sort
            if self.store is not None:
                self._submit(keep_place=False)

    def _sort_by_menu(self, column: int | None) -> None:
        """Sort chosen in the Sort menu: a column (its current direction), or None to flip the direction."""
        header = self.chronologyTable.horizontalHeader()
        if column is None:
            column = header.sortIndicatorSection()
        descending = self.sortDescendingAction.isChecked()
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)

    def _check_sort_actions(self) -> None:
        for key, action in self._sort_actions.items():
            action.setChecked(key == self._sort[0])
        self.sortDescendingAction.setChecked(self._sort[1])

    @Slot(object, object)
    def _timeline_range(self, first: dt.date, last: dt.date) -> None:
        # Months read better than days in the fields; both parse back to the same bounds.
        first_text = f"{first:%Y-%m}" if first.day == 1 else first.isoformat()
        last_text = f"{last:%Y-%m}" if (last + dt.timedelta(days=1)).day == 1 else last.isoformat()
        for edit, text in ((self.filterFromEdit, first_text), (self.filterToEdit, last_text)):
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        self.apply_filters()

    @Slot()
    def _timeline_cleared(self) -> None:
        if self.filterFromEdit.text() or self.filterToEdit.text():
            self.set_date_range(None, None)

    def _enable_edit_source(self) -> None:
        self.editSourceButton.setEnabled(bool(self.filterSourceCombo.currentData()))

    def _fill_sources_if_stale(self) -> None:
        if self._sources_stale:
            self._fill_sources()

    def _fill_sources(self) -> None:
        self._sources_stale = False
        combo = self.filterSourceCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All sources", "")
        try:
            sources = self.store.sources(with_text=False) if self.store is not None else []  # labels only
        except (sqlite3.Error, StoreError):
            sources = []
        for source in sources:
            label = source.label(readable_date=True)
            combo.addItem(label if len(label) <= 70 else label[:69] + "\u2026", source.id)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        self._enable_edit_source()
        if current and index < 0:  # that source is gone
            self.apply_filters()

    def _fill_completions(self) -> None:
        if not self._completions_stale or self.store is None:
            return
        self._completions_stale = False
        try:
            actors = self.store.vocabulary("actor") + self.store.distinct("actors")
            places = self.store.vocabulary("place") + self.store.distinct("location") + self.store.distinct("other_places")
        except (sqlite3.Error, StoreError):
            return
        self._actor_model.setStringList(list(dict.fromkeys(actors)))
        self._place_model.setStringList(list(dict.fromkeys(places)))

    # --- actions on events -----------------------------------------------------------------
    def _activate_current(self) -> None:
        index = self.chronologyTable.currentIndex()
        if index.isValid():
            self.eventActivated.emit(self.model.event_id(index.row()))

    def _writable(self) -> bool:
        if self.store is not None and self.store.readonly:
            QMessageBox.information(self, "Read-only chronology",
                                    f"{self.store.path.name} is open read-only: save a copy to change it.")
            return False
        return self.store is not None

    def edit_source(self) -> None:
        """Correct or delete the source chosen in the Source filter."""
        source_id = self.filterSourceCombo.currentData()
        if not source_id or not self._writable():
            return
        dialog = SourceDialog(self.store, source_id, self)
        if dialog.exec():
            if dialog.deleted:
                self.undo_stack.push(DeleteSourceCommand(self, dialog.backup))
                self.source_gone(source_id)
            else:
                self.sourceChanged.emit(source_id)
                self._fill_sources()
                self.refresh()
                self.eventsChanged.emit()
        dialog.deleteLater()

    def source_gone(self, source_id: str) -> None:
        """An article was deleted from the file (Source → Delete, or redone)."""
        self.sourceDeleted.emit(source_id)
        self._fill_sources()
        self.refresh()
        self.eventsChanged.emit()

    def delete_selected(self) -> None:
        """Ask, then delete the selected events as one undoable step."""
        ids = self.selected_ids()
        if not ids or not self._writable():
            return
        if len(ids) == 1:
            cells = self.model.cells(self.model.row_of(ids[0]))
            what = f"\u201c{cells[HEADLINE]}\u201d ({cells[DATE]}) with its source quotes"
            title, back = "Delete event", "it"
        else:
            what, title, back = f"these {len(ids):,} events with their source quotes", "Delete events", "them"
        answer = QMessageBox.question(
            self, title, f"Delete {what}?\n\nEdit \u2192 Undo ({native_keys('Ctrl+Z')}) brings {back} back.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_stack.push(DeleteEventsCommand(self, ids))

    def set_status_selected(self, status: str) -> None:
        ids = self.selected_ids()
        if ids and self._writable():
            self.undo_stack.push(SetStatusCommand(self, ids, status))

    def _context_menu(self, event) -> None:
        table = self.chronologyTable
        if event.reason() == event.Reason.Keyboard:  # Menu key / Shift+F10: the current row
            index = table.currentIndex()
            pos = table.visualRect(index).center()
        else:
            pos = event.pos()
            index = table.indexAt(pos)
        if not index.isValid():
            return
        selection = table.selectionModel()
        if not selection.isRowSelected(index.row(), QModelIndex()):
            table.selectRow(index.row())
        selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)  # keeps a multi-row selection
        writable = self.store is not None and not self.store.readonly
        menu = QMenu(self)
        menu.addAction(self.openAction)
        menu.addSeparator()
        for action in (self.confirmAction, self.candidateAction, self.rejectAction, self.deleteAction):
            action.setEnabled(writable)
            menu.addAction(action)
        menu.insertSeparator(self.deleteAction)
        menu.addSeparator()
        menu.addMenu(self.sortMenu)
        menu.exec(table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def restore_header(self, state) -> None:
        """Column widths and sort saved at the last close; a sort the query cannot do falls back to the date."""
        header = self.chronologyTable.horizontalHeader()
        if not header.restoreState(state) or header.count() != len(COLUMNS):
            return
        section = header.sortIndicatorSection()
        if not 0 <= section < len(COLUMNS) or COLUMNS[section][1] is None:
            header.setSortIndicator(DATE, Qt.SortOrder.AscendingOrder)
        self._sort_requested(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def focus_table(self) -> None:
        """The keyboard in the table, on a row: arrows, Return and Delete work at once (Ctrl+3, Down in the
        search field). The row the editor left stays current; otherwise the first one."""
        table = self.chronologyTable
        table.setFocus()
        if not table.currentIndex().isValid() and self.model.rowCount() > 0:
            table.setCurrentIndex(self.model.index(0, 0))

    def _fit_headline(self) -> None:
        header = self.chronologyTable.horizontalHeader()
        others = header.length() - header.sectionSize(HEADLINE)
        header.resizeSection(HEADLINE, max(self._headline_min, self.chronologyTable.viewport().width() - others))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.chronologyTable and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate_current()
                return True
            if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
                self.delete_selected()
                return True
        elif event.type() == QEvent.Type.ContextMenu and obj is self.chronologyTable.viewport():
            self._context_menu(event)
            return True
        elif event.type() == QEvent.Type.Resize and obj is self.chronologyTable.viewport():
            self._fit_headline()
        elif obj is self.filterTextEdit and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down \
                and not event.modifiers():
            self.focus_table()  # from the search words straight to what they found
            return True
        elif event.type() == QEvent.Type.FocusIn and obj in (self.filterActorEdit, self.filterLocationEdit):
            self._fill_completions()
        elif event.type() == QEvent.Type.FocusIn and obj is self.filterSourceCombo:
            self._fill_sources_if_stale()
        return super().eventFilter(obj, event)
