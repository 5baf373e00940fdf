"""The review page: candidate events beside their article, and the form that confirms each one.

Each candidate is a ReviewItem: the event as proposed (or as last saved) plus the editor's raw,
unsaved form text (`edits`). Accept/Reject write to the store at once (one transaction) and push
an undo command onto the window's QUndoStack; unsaved form text is kept as a draft on disk
(debounced) so a crash loses nothing.

Its parts live beside it: the list's items and model in candidates.py, the article text in source_text.py, the
form's widgets in event_form.py, dates typed in the form in form_dates.py, name lists and their completers in
list_fields.py, the undo step in review_undo.py, the Alt+X dialog in existing_event_dialog.py.
"""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import html
import sqlite3
from collections import Counter

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFrame, QLabel, QListView, QMessageBox, QPushButton, QScrollArea, QSplitter,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from chronoapp.core.dates import (PRECISIONS, DateError, FuzzyDate, display_period, editable, part_named,
                                  says_approximate, timex_for)
from chronoapp.core.model import PLACE_SEP, Event, Evidence, Source, headline_from, new_id, parse_fatalities
from chronoapp.core.merge import likely_duplicates
from chronoapp.core.store import EventQuery, StoreError, event_changes
from chronoapp.gui.candidates import CandidateModel, ReviewItem, readings_offered
from chronoapp.gui.colors import tint
from chronoapp.gui.event_form import EventForm
from chronoapp.gui.existing_event_dialog import ExistingEventDialog
from chronoapp.gui.form_dates import (PRECISION_CHOICES, EngineNotReady, date_fields, engine_loaded, is_calendar,
                                      load_engine, read_form_date, reading_text, timex_of, year_assumed)
from chronoapp.gui.keys import native_keys
from chronoapp.gui.list_fields import ListCompleter, join_list, split_list
from chronoapp.gui.review_undo import StoreCommand
from chronoapp.gui.source_text import SourceTextPanel
from chronoapp.gui.utf16 import python_offset
from chronoapp.gui.workers import Job

DRAFT_DELAY_MS = 500
EDITOR_REASON = "set by the editor"
WAITING_BATCH = 500  # candidates already in the file offered at a time (the next ones when these are done)
RECOVER_DELAY_MS = 400  # how long a waiting candidate stays selected before its article is read again
MAX_RECOVER_CHARS = 300_000  # a stored article read again for its date marks and readings (longer: not, too slow)
MAX_DRAFT_CANDIDATES = 300  # above this, untouched candidates are re-extracted rather than drafted


def fatalities_text(e: Event) -> str:
    """The toll as the form shows it; parse_fatalities reads it back to the same three figures."""
    best, low, high = e.fatalities, e.fatalities_low, e.fatalities_high
    if low is not None and high is not None:
        return f"{best} ({low}-{high})" if best is not None else f"{low}-{high}"
    if best is not None:
        return str(best)  # a best figure beside only one bound keeps the bound when the field is untouched
    if low is not None:
        return f"at least {low}"
    if high is not None:
        return f"up to {high}"
    return ""


# --- the page --------------------------------------------------------------------------------
class ReviewPage(QWidget):
    eventsChanged = Signal()  # something was written to the store
    status = Signal(str)

    def __init__(self, undo_stack, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.store = None
        self.published: dt.date | None = None
        self.session_source_id: str | None = None
        # source id → its date expressions: [start, end, TIMEX value] (Python offsets)
        self.timexes: dict[str, list[list]] = {}
        self._sources: dict[str, Source] = {}
        self._forgotten: dict[str, tuple] = {}  # source id → what forget_source took off the list (for undo)
        self._shown_source: str | None = None
        self._current: ReviewItem | None = None
        self._filling = False
        self._unfinished_said: tuple | None = None  # (item, field, its text) of the name _name_unfinished told
        self._readings: list[str] = []  # the other readings of the date offered as buttons (Alt+U: the first)
        self._reextract: Job | None = None  # re-finding a restored huge article's candidates
        self._waiting = False  # the list holds the file's waiting candidates (load_waiting)
        self._waiting_more = 0  # ... and how many more wait beyond them
        self._recovering: dict[str, Job] = {}  # stored articles being read again for their dates (by source id)
        self._engine_job: Job | None = None  # the temporal tagger loading, to read a relative date typed
        self._approx_by_text = False  # ticked because the typed date said 'c.' (not by the editor)
        self._typed_readings: list[str] = []
        self._recover_timer = QTimer(self, singleShot=True, interval=RECOVER_DELAY_MS)
        self._recover_timer.timeout.connect(
            lambda: self._current is not None and not self._recovering and self._recover_readings(self._current.source_id))
        self.draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self.draft_kept = True  # False while the last draft could not be written (a full disk): closing asks first
        from chronoapp.gui import drafts

        self.draft_owner = drafts.new_owner()  # the main window gives its own (one per window)

        # left: candidates above the article text
        self.model = CandidateModel(self)
        self.candidateList = QListView(objectName="candidateList")
        self.candidateList.setAccessibleName("Candidate events")
        self.candidateList.setModel(self.model)
        self.candidateList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidateList.setUniformItemSizes(True)
        self.candidateList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.candidateList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.candidateList.selectionModel().currentChanged.connect(self._current_changed)
        self.countLabel = QLabel(objectName="candidateCountLabel")
        self.countLabel.setWordWrap(True)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.countLabel)
        tl.addWidget(self.candidateList)
        self.sourcePanel = SourceTextPanel()  # the article, under the list
        self.sourcePanel.fromSelectionButton.clicked.connect(self.new_from_selection)
        self.leftSplitter = QSplitter(Qt.Orientation.Vertical, objectName="reviewLeftSplitter")
        self.leftSplitter.addWidget(top)
        self.leftSplitter.addWidget(self.sourcePanel)
        self.leftSplitter.setStretchFactor(0, 2)
        self.leftSplitter.setStretchFactor(1, 3)

        # right: the form
        self.eventForm = EventForm()
        self._connect_form()
        scroll = QScrollArea(objectName="eventFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list straight into the form's fields
        scroll.setWidget(self.eventForm)
        # never narrower than the form: the splitter narrows the article side instead of cutting off the
        # right of every field (a 900 px window with a large system font)
        scroll.setMinimumWidth(self.eventForm.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="reviewSplitter")
        self.splitter.addWidget(self.leftSplitter)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        def shortcut(keys: str, slot) -> None:
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        shortcut("Ctrl+Return", self.accept_current)
        shortcut("Ctrl+Enter", self.accept_current)
        shortcut("Ctrl+Shift+Return", self.accept_and_add_another)
        shortcut("Ctrl+Shift+Enter", self.accept_and_add_another)
        shortcut("Ctrl+Shift+N", self.new_from_selection)
        shortcut("Alt+Down", lambda: self.select_row(self._row() + 1))
        shortcut("Alt+Up", lambda: self.select_row(self._row() - 1))
        shortcut("Ctrl+L", self.candidateList.setFocus)
        shortcut("Alt+U", self.use_other_reading)
        self.set_store(None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh_completions()  # the chronology page may have deleted or rejected events since
        if not self.model.items:
            self.load_waiting()
        else:
            self.sync_with_store()
            if not any(i.state == "pending" or i.edits for i in self.model.items):
                self.load_waiting()  # all decided: candidates stored since (chronoapp ingest, an import) come next
        if self._current is not None:  # scroll to the marked sentence now that the text is laid out
            QTimer.singleShot(0, lambda: self._current is not None and self.sourcePanel.mark(self._current))

    # --- the form's wiring ---------------------------------------------------------------------
    def _connect_form(self) -> None:
        """The form's edits and buttons act on the candidate it shows."""
        form = self.eventForm
        form.edited.connect(self._form_edited)
        form.precisionCombo.activated.connect(self._precision_chosen)
        form.approxCheck.clicked.connect(self._approx_clicked)
        for edit in (form.dateStartEdit, form.dateEndEdit):
            edit.textEdited.connect(self._approx_as_typed)
        form.acceptButton.clicked.connect(self.accept_current)
        form.acceptAnotherButton.clicked.connect(self.accept_and_add_another)
        form.rejectButton.clicked.connect(self.reject_current)
        form.skipButton.clicked.connect(self.skip_current)
        form.mergeButton.clicked.connect(self.merge_into_existing)
        form.removeSourceAction.triggered.connect(lambda: self.remove_source(form.evidenceTable.currentRow()))

    # --- store and sessions ------------------------------------------------------------------
    def _cancel_reextract(self) -> None:
        if self._reextract is not None:
            self._reextract.cancel()
            self._reextract = None

    def set_store(self, store) -> None:
        self.flush_draft()
        self._cancel_reextract()
        for job in self._recovering.values():
            job.cancel()
        self._recovering.clear()
        self.store = store
        self._sources.clear()
        self._forgotten.clear()
        self.timexes.clear()
        self.session_source_id = None
        self._load_items([])
        self._refresh_completions()

    def _refresh_completions(self) -> None:
        """The actors and places editors confirmed, offered as they type: learned (and forgotten) as events
        are saved, not only when the file is opened."""
        form = self.eventForm
        for edit, kind, separators in ((form.actorsEdit, "actor", None), (form.locationEdit, "place", PLACE_SEP),
                                       (form.otherPlacesEdit, "place", None)):
            try:
                names = self.store.vocabulary(kind) if self.store is not None else []
            except (StoreError, sqlite3.Error):
                continue
            if edit.completer() is None:
                edit.setCompleter(ListCompleter(edit, separators))
            if edit.completer().model().stringList() != names:
                edit.completer().model().setStringList(names)

    def start_session(self, source: Source, extraction) -> None:
        """Show the candidates the engine found in a freshly extracted article."""
        self.flush_draft()
        self._cancel_reextract()
        self._sources[source.id] = source
        previous, self.session_source_id = self.session_source_id, source.id
        self.published = extraction.published
        self.timexes[source.id] = [[t.start, t.end, t.value] for t in extraction.timexes]
        decided = self._decided_quotes(source.id)
        # the same article extracted again: what the editor corrected or added and has not decided yet stays,
        # in place of the engine's fresh proposal for that sentence
        own = [i for i in self.model.items if i.state == "pending" and (i.edits or i.by_hand)
               and i.source_id == source.id]
        by_quote: dict[tuple, list[ReviewItem]] = {}
        for i in own:
            by_quote.setdefault((i.event.evidence[0].start, i.event.evidence[0].end), []).append(i)
        items = []
        for c in extraction.events:
            if (c.start, c.end) in decided:
                continue
            mine = by_quote.get((c.start, c.end))
            items.append(mine.pop(0) if mine else ReviewItem.from_candidate(c, source.id))
        items += [i for rest in by_quote.values() for i in rest]
        if source.id == previous:  # the same review's draft is rewritten: other corrected events stay listed
            items += [i for i in self.model.items if i.edits and i not in own]
        self._load_items(items)
        self.status.emit(_extraction_summary(items, own, [decided[c.start, c.end] for c in extraction.events
                                                          if (c.start, c.end) in decided]))
        if not items:
            self._show_source(source.id)
            self.countLabel.setText("No new dated events found in this article. If one was missed, select its "
                                    "sentence in the text below and press \u201cNew event from selection\u201d.")
        self.save_draft()

    def _decided_quotes(self, source_id: str) -> dict[tuple[int, int], str]:
        """Offsets of sentences of this source already in the file (confirmed, rejected or waiting as candidates),
        with their event's status, so they are not proposed twice."""
        if self.store is None:
            return {}
        return {(r[0], r[1]): r[2] for r in self.store.db.execute(
            "SELECT start, end, event.status FROM evidence JOIN event ON event.id = evidence.event_id"
            " WHERE source_id = ?", [source_id])}

    def sync_with_store(self) -> None:
        """Back from the chronology (or another window), or after it changed the file: events confirmed, rejected
        or deleted there show as they are now; one deleted shows as a candidate again. A waiting candidate deleted there leaves the list; it was offered again, and accepting it wrote
        it back to the file."""
        items = self.model.items
        if self.store is None or not items:
            return
        statuses: dict[str, str] = {}
        try:
            ids = [i.event.id for i in items]
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                statuses.update(self.store.db.execute(
                    f"SELECT id, status FROM event WHERE id IN ({', '.join('?' * len(chunk))})", chunk).fetchall())
        except (StoreError, sqlite3.Error):
            return
        keep, changed = [], False
        for item in items:
            status = statuses.get(item.event.id)
            if status is None:
                if self._waiting and item.state == "pending" and not item.by_hand and not item.edits:
                    changed = True  # deleted elsewhere
                    continue
                if item.in_file and item.state in ("accepted", "rejected"):
                    # deleted (in the chronology, or undone there): not decided any more, and accepting it
                    # again writes it back, rather than asking whether an event deleted elsewhere should be
                    item.state, item.in_file, changed = "pending", False, True
            elif item.state != "merged":
                state = {"confirmed": "accepted", "rejected": "rejected"}.get(status, "pending")
                if state != item.state:
                    item.state, changed = state, True
                item.in_file = True  # (put back by an undo of its deletion)
            keep.append(item)
        if not changed:
            return
        self.draft_timer.start()  # the draft follows: a deletion undone leaves no 'candidate not decided' behind
        if not keep:
            self._load_items([])
            self.load_waiting()
            return
        current = self._current
        self._current = None
        self.model.set_items(keep)
        if current in keep and current.state == "pending":
            self.select_row(keep.index(current))
        else:
            self.select_row(next((r for r, i in enumerate(keep) if i.state == "pending"), 0))
        self._update_count()

    def _recover_readings(self, source_id: str | None) -> None:
        """Candidates stored by 'chronoapp ingest' (or an import) keep their date but not the engine's other
        readings of it nor the article's date marks: read the stored article again, once and in the background,
        to offer them (Alt+U). A date the editor changed since is left alone."""
        if source_id is None or source_id in self.timexes:
            return
        self.timexes[source_id] = []
        src = self._source(source_id)
        if src is None or not src.text or len(src.text) > MAX_RECOVER_CHARS:
            return
        try:
            published = dt.date.fromisoformat(src.published) if src.published else None
        except ValueError:
            published = None
        job = Job(_extract_source, src.text, published)
        self._recovering[source_id] = job
        job.finished.connect(lambda extraction, sid=source_id: self._readings_recovered(sid, extraction))
        job.failed.connect(lambda _why, sid=source_id: self._recovering.pop(sid, None))
        job.start()

    def _readings_recovered(self, source_id: str, extraction) -> None:
        if self._recovering.pop(source_id, None) is None:
            return  # another file was opened meanwhile
        self.timexes[source_id] = [[t.start, t.end, t.value] for t in extraction.timexes]
        by_span = {(c.start, c.end): c for c in extraction.events}
        for item in self.model.items:
            ev = item.event.evidence[0] if item.event.evidence else None
            if ev is None or ev.source_id != source_id or item.alternatives or item.state != "pending":
                continue
            c = by_span.get((ev.start, ev.end))
            if c is None or c.fuzzy_date().to_timex() != item.event.date.to_timex():
                continue
            item.alternatives = readings_offered(c)
            if c.timex_start is not None:
                item.timex = (c.timex_start, c.timex_end)
        current = self._current
        if current is not None and current.source_id not in self.timexes:
            self._recover_timer.start()  # the editor moved on to another article meanwhile
        if current is not None and current.source_id == source_id:
            self._shown_source = None
            self._show_source(source_id)
            self.sourcePanel.mark(current)
            self._refresh_date_feedback()

    def source_changed(self, source_id: str) -> None:
        """The editor corrected an article's outlet, link or title (chronology → Source → Edit…): the article's
        heading and the Sources table show the new details, not the ones read before."""
        self._sources.pop(source_id, None)
        item = self._current
        if item is not None and item.cites(source_id):
            self._shown_source = None
            self._show_source(item.source_id)
            self.sourcePanel.mark(item)
            self._filling = True
            try:
                self._fill_evidence(item, (item.edits or self._raw_from_event(item.event))["evidence"])
            finally:
                self._filling = False

    def forget_source(self, source_id: str) -> None:
        """The editor deleted an article (chronology → Source → Edit…). Its candidates leave the list, and an
        event kept because another article reports it comes back as stored: accepting them as they were
        would have put back quotes of the deleted article (and failed on the missing source)."""
        items, touched, dropped = [], [], []
        for position, item in enumerate(self.model.items):
            if not item.cites(source_id):
                items.append(item)
                continue
            touched.append(item)
            stored = self.store.get_event(item.event.id) if item.in_file and self.store is not None else None
            if stored is not None:
                item.event = stored
                items.append(item)
            else:
                dropped.append((position, item))
        self._sources.pop(source_id, None)
        # what went, for Edit → Undo (source_restored)
        self._forgotten[source_id] = (items, touched, dropped, self.timexes.pop(source_id, None),
                                      self.session_source_id == source_id)
        if self.session_source_id == source_id:
            self.session_source_id = None
        if touched:
            self._shown_source = None
            self._load_items(items, waiting=self._waiting)
            self.status.emit("The deleted article's candidates left the Review page.")

    def source_restored(self, source_id: str) -> None:
        """Edit → Undo of deleting an article: its candidates come back, with corrections typed in them, where
        they were (if the list is still the one the delete left; another article's list stays as it is)."""
        forgotten = self._forgotten.pop(source_id, None)
        if forgotten is None:
            return
        left, touched, dropped, timexes, session = forgotten
        if len(left) != len(self.model.items) or any(a is not b for a, b in zip(left, self.model.items)):
            return
        items = list(left)
        for position, item in dropped:
            items.insert(position, item)
        for item in touched:  # as the file has them again, their quotes of the article back
            stored = self.store.get_event(item.event.id) if item.in_file and self.store is not None else None
            item.event = stored or item.event
        if timexes is not None:
            self.timexes[source_id] = timexes
        if session:
            self.session_source_id = source_id
        self._sources.pop(source_id, None)
        self._shown_source = None
        self._load_items(items, waiting=self._waiting)
        self.status.emit("The article's candidates are back on the Review page.")

    def waiting_count(self) -> int:
        """Candidates in the file not decided yet (from 'chronoapp ingest', an import, a merge, an earlier day)."""
        try:
            return self.store.count(EventQuery(status="candidate")) if self.store is not None else 0
        except (StoreError, sqlite3.Error):
            return 0

    def load_waiting(self) -> int:
        """Offer the candidates already in the file for review, article by article in the order they were
        stored and each tells them; the page said 'Nothing to review yet' although the file held them."""
        if self.store is None:
            return 0
        try:
            ids = [r[0] for r in self.store.db.execute(
                "SELECT event.id FROM event LEFT JOIN evidence ON evidence.rowid ="
                " (SELECT min(rowid) FROM evidence WHERE evidence.event_id = event.id)"
                " LEFT JOIN source ON source.id = evidence.source_id WHERE event.status = 'candidate'"
                " ORDER BY source.rowid IS NULL, source.rowid, evidence.start, event.sort_start, event.id LIMIT ?",
                [WAITING_BATCH])]
            events = [e for e in (self.store.get_event(i) for i in ids) if e is not None]
        except (StoreError, sqlite3.Error):
            return 0
        if not events:
            return 0
        total = self.waiting_count()
        self.session_source_id = None
        self._waiting_more = max(total - len(events), 0)
        items = [ReviewItem(e, "pending", reading=FuzzyDate(e.date.start, e.date.end).to_timex()) for e in events]
        for item in items:
            item.in_file = True
        self._load_items(items, waiting=True)
        self._update_count()
        more = f" (the first {len(events):,}; the next ones follow)" if total > len(events) else ""
        self.status.emit(f"{total:,} candidate{'s' if total != 1 else ''} from the file to review{more}: "
                         + native_keys("accept (Ctrl+Return), edit or reject each."))
        return len(events)

    def _load_items(self, items: list[ReviewItem], *, waiting: bool = False) -> None:
        self._waiting = waiting  # the file's waiting candidates (load_waiting), not an article's
        self._current = None
        self.model.set_items(items)
        self._update_count()
        if items:
            self.select_row(0)
        else:
            self._fill_form(None)
            self.sourcePanel.textView.clear()
            self._shown_source = None

    def open_event(self, event_id: str) -> bool:
        """Open a stored event in the form (double-click in the chronology)."""
        if self.store is None or (event := self.store.get_event(event_id)) is None:
            return False
        for row, item in enumerate(self.model.items):
            if item.event.id == event_id:
                if item is self._current:  # already shown: show it as the file has it now
                    self._refresh_from_store(item)
                    self._fill_form(item)
                    self.model.changed(row)
                self.select_row(row)
                return True
        state = {"confirmed": "accepted", "rejected": "rejected"}.get(event.status, "pending")
        item = ReviewItem(event, state, reading=FuzzyDate(event.date.start, event.date.end).to_timex())
        item.in_file = True
        self.model.beginInsertRows(QModelIndex(), len(self.model.items), len(self.model.items))
        self.model.items.append(item)
        self.model.endInsertRows()
        self._update_count()
        self.select_row(len(self.model.items) - 1)
        return True

    # --- selection ---------------------------------------------------------------------------
    def _row(self) -> int:
        return self.candidateList.currentIndex().row()

    def select_row(self, row: int) -> None:
        if 0 <= row < len(self.model.items):
            self.candidateList.setCurrentIndex(self.model.index(row))

    def current_item(self) -> ReviewItem | None:
        return self._current

    def _current_changed(self, current: QModelIndex, _previous=None) -> None:
        self._current = self.model.items[current.row()] if current.isValid() else None
        if current.isValid():
            self._keep_neighbours_in_sight(current.row())
        if self._current is not None:
            self._refresh_from_store(self._current)
            if self._waiting:  # once the editor stays on it (running through the list reads nothing)
                self._recover_timer.start()
        self._fill_form(self._current)
        if self._current is not None:
            self._show_source(self._current.source_id)
            self.sourcePanel.mark(self._current)

    def _keep_neighbours_in_sight(self, row: int) -> None:
        """The two candidates after the current one and the one before it are scrolled into sight, the current one
        last (in a list too short for all): going down the list, the current one sat on the bottom edge, the next
        one hidden or cut in half."""
        for near in (row + 2, row - 1, row):
            if 0 <= near < len(self.model.items):
                self.candidateList.scrollTo(self.model.index(near))

    def _refresh_from_store(self, item: ReviewItem) -> None:
        """An item already saved shows the event as the file has it now: since it was accepted, another
        candidate may have been added as its source, or the chronology changed its status. Saving the
        older copy would undo that (and delete the added source). Unsaved edits stay on top."""
        if self.store is None or item.state == "merged":
            return
        try:
            stored = self.store.get_event(item.event.id)
        except (StoreError, sqlite3.Error):
            return
        if stored is None:
            return
        if item.edits:
            self._rebase(item, stored, item.edits)
        else:
            item.event = stored
        item.state = {"confirmed": "accepted", "rejected": "rejected"}.get(stored.status, "pending")

    def _rebase(self, item: ReviewItem, stored: Event, form: dict) -> None:
        """Put the form's text on the event as the file has it now: what the editor changed stays on top, a
        field left as it was shown takes the file's value (a change made elsewhere is not undone by saving the
        form's older copy), and a toll or attribution typed beside a source stays with that source though a
        source removed or added elsewhere moved its row."""
        base, theirs = self._raw_from_event(item.event), self._raw_from_event(stored)
        merged = {k: (form[k] if k in form and form[k] != base[k] else theirs[k]) for k in theirs}
        typed = {ev.id: claim for ev, shown, claim in zip(item.event.evidence, base["evidence"],
                                                           form.get("evidence", base["evidence"])) if claim != shown}
        merged["evidence"] = [typed.get(ev.id, claim) for ev, claim in zip(stored.evidence, theirs["evidence"])]
        item.event, item.edits = stored, merged

    def _next_pending(self, after: int) -> None:
        """After a decision: the next undecided candidate, with the focus in the list (so that Ctrl+Z
        undoes the decision rather than typing in a field, and Up/Down/Ctrl+Return go on)."""
        items = self.model.items
        order = list(range(after + 1, len(items))) + list(range(0, after + 1))
        if self.isAncestorOf(self.focusWidget()):
            self.candidateList.setFocus()
        for row in order:
            if items[row].state == "pending":
                self.select_row(row)
                return
        if self._waiting and not any(i.edits for i in items) and self.load_waiting():
            return  # the next candidates waiting in the file
        self.select_row(after)  # everything reviewed: stay where we are
        waiting = self.waiting_count()
        self.status.emit(native_keys("All candidates reviewed. " + (
            f"{waiting:,} more from the file (chronoapp ingest, an import, a merge) "
            f"{'wait' if waiting != 1 else 'waits'}: listed when you come back to this page (Ctrl+3, Ctrl+2)."
            if waiting else "Paste the next article, or see the chronology (Ctrl+3).")))

    def _update_count(self) -> None:
        items = self.model.items
        counts = Counter(i.state for i in items)
        if not items:
            self.countLabel.setText(native_keys("Nothing to review yet: paste an article on the Article page "
                                                "(Ctrl+1) and press Extract."))
        else:
            self.countLabel.setText(
                f"{len(items):,} candidate{'s' if len(items) != 1 else ''} \u00b7 {counts['pending']:,} to review \u00b7 "
                f"{counts['accepted']:,} accepted \u00b7 {counts['rejected']:,} rejected"
                + (f" \u00b7 {counts['merged']:,} added as sources" if counts["merged"] else "")
                + (f" \u00b7 {self._waiting_more:,} more wait{'s' if self._waiting_more == 1 else ''} in the file, "
                   "listed when these are done"
                   if self._waiting and self._waiting_more else ""))
        enabled = self._current is not None and self.store is not None
        for w in (self.eventForm,):
            w.setEnabled(enabled)

    # --- the source text -----------------------------------------------------------------------
    def _source(self, source_id: str | None) -> Source | None:
        if source_id is None or self.store is None:
            return None
        if source_id not in self._sources:
            src = self.store.get_source(source_id)
            if src is None:
                return None
            self._sources[source_id] = src
        return self._sources[source_id]

    def _show_source(self, source_id: str | None) -> None:
        if source_id is not None and source_id == self._shown_source:
            return  # (an event without a source always says so: the panel was left blank)
        self._shown_source = source_id
        self.sourcePanel.show_text(self._source(source_id), self.timexes.get(source_id, []))

    # --- form <-> item -------------------------------------------------------------------------
    def _fill_form(self, item: ReviewItem | None) -> None:
        self._filling = True
        self._approx_by_text = False
        try:
            raw = self._raw_from_event(item.event if item else None)
            raw.update(item.edits or {} if item else {})  # (a draft from before a field was added lacks it)
            self.eventForm.fill(raw)
            self._fill_evidence(item, raw["evidence"])
            self._fill_history(item)
        finally:
            self._filling = False
        self._show_duplicates(item)
        self._update_count()
        self._refresh_date_feedback()
        self.show_validation("")

    def _likely_duplicates(self, item: ReviewItem | None) -> list[Event]:
        if item is None or self.store is None or item.state != "pending":
            return []
        try:
            return likely_duplicates(self.store, item.event, limit=3)
        except (StoreError, sqlite3.Error, ValueError):
            return []

    def _show_duplicates(self, item: ReviewItem | None) -> None:
        """Another outlet's report of an event already in the file is pointed out, with the key that makes
        this article one more source of it; it was only found by opening Alt+X's list on a hunch."""
        form = self.eventForm
        found = self._likely_duplicates(item)
        if not found:
            form.duplicateLabel.hide()
            return
        e = found[0]
        where = f", {html.escape(e.location, quote=False)}" if e.location else ""
        status = "" if e.status == "confirmed" else " (a candidate)"
        more = f" and {len(found) - 1} other{'s' if len(found) > 2 else ''}" if len(found) > 1 else ""
        headline, date = html.escape(e.headline, quote=False), html.escape(e.date.display(), quote=False)
        form.duplicateLabel.setText(f"Looks like \u201c{headline}\u201d ({date}{where}){status}{more}, already in the "
                                    "file. The same event? Press Alt+X to add this article as its source, keeping "
                                    "both quotes and claims.")
        form.duplicateLabel.show()

    def _raw_from_event(self, e: Event | None) -> dict:
        if e is None:
            return dict(start="", end="", approximate=False, date_text="", headline="", description="",
                        event_type="", actors="", location="", other_places="", admin1="", country="", fatalities="",
                        attribution="", tags="", notes="", evidence=[])
        start, end = date_fields(e.date)
        return dict(start=start, end=end, approximate=e.date.approximate, date_text=e.date_text,
                    headline=e.headline, description=e.description, event_type=e.event_type,
                    actors=join_list(e.actors), location=e.location, other_places=join_list(e.other_places),
                    admin1=e.admin1, country=e.country, fatalities=fatalities_text(e),
                    attribution=e.attribution or "", tags=join_list(e.tags), notes=e.notes,
                    evidence=[["" if ev.fatalities is None else str(ev.fatalities), ev.attribution or ""]
                              for ev in e.evidence])

    def event_from_form(self, item: ReviewItem) -> Event:
        """The item's event with the form applied; raises ValueError (DateError) with a human reason."""
        raw = self.eventForm.raw()
        e = copy.deepcopy(item.event)
        e.date, relative = self._form_date(item)
        if raw["fatalities"] != fatalities_text(item.event):  # a field left as shown keeps every figure
            e.fatalities, e.fatalities_low, e.fatalities_high = parse_fatalities(raw["fatalities"])
        e.date_text = raw["date_text"].strip()
        e.headline = raw["headline"].strip()
        e.description = raw["description"].strip()
        e.event_type = raw["event_type"]
        # a field left as shown keeps its list: a stored name may hold a comma ("Ministry of Defence, Ukraine")
        if raw["actors"] != join_list(item.event.actors):
            e.actors = split_list(raw["actors"])
        e.location = raw["location"].strip()
        if raw["other_places"] != join_list(item.event.other_places):
            e.other_places = split_list(raw["other_places"])
        e.admin1, e.country = raw["admin1"].strip(), raw["country"].strip()
        e.attribution = raw["attribution"].strip() or None
        if raw["tags"] != join_list(item.event.tags):
            e.tags = split_list(raw["tags"])
        e.notes = raw["notes"].strip()
        for ev, (fat, attribution) in zip(e.evidence, raw["evidence"]):
            try:
                ev.fatalities = int(fat) if fat.strip() else None
            except ValueError:
                raise ValueError(f"the toll claimed by a source must be a number, not '{fat}'") from None
            ev.attribution = attribution.strip() or None
        edited_date = (raw["start"], raw["end"]) != date_fields(item.event.date)
        if edited_date and e.date_reason and not e.date_reason.startswith(EDITOR_REASON):
            e.date_reason = f"{EDITOR_REASON} (the engine read {reading_text(item.reading)}: {e.date_reason})"
        year, approximate = self._context_year(item), self.eventForm.approxCheck.isChecked()
        if relative:
            e.date_reason = f"{EDITOR_REASON}: {relative}"
        elif edited_date and year_assumed(raw["start"], raw["end"], approximate, year):
            # what was typed, and the year it was given: the date shown ('14–15 September 2017') no longer says either
            engine = e.date_reason[len(EDITOR_REASON):] if e.date_reason.startswith(f"{EDITOR_REASON} (") else ""
            e.date_reason = (f"{EDITOR_REASON}: \u201c{' '.join(raw['start'].split())}\u201d in {year}, the year of "
                             f"the date corrected{engine}")
        e.validate()
        return e

    def _fill_evidence(self, item: ReviewItem | None, claims: list) -> None:
        form = self.eventForm
        table = form.evidenceTable
        table.blockSignals(True)
        try:
            evidence = item.event.evidence if item else []
            table.setRowCount(len(evidence))
            for r, ev in enumerate(evidence):
                src = self._source(ev.source_id)
                fat, attribution = claims[r] if r < len(claims) else ("", "")
                cells = [src.label(readable_date=True) if src else "(source missing)", ev.quote or "(no quote)", fat, attribution]
                for c, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    if c < 2:
                        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                        cell.setToolTip(text)
                    table.setItem(r, c, cell)
            table.resizeRowsToContents()
            form.detailTabs.setTabText(0, f"Sources and their claims ({len(evidence)})")
        finally:
            table.blockSignals(False)

    def _fill_history(self, item: ReviewItem | None) -> None:
        form = self.eventForm
        if item is None or self.store is None:
            form.historyView.setPlainText("")
            return
        history = self.store.history(item.event.id)
        if not history:
            conf = f" (confidence {item.event.confidence:.0%})" if item.event.confidence is not None else ""
            form.historyView.setPlainText(f"Not saved yet: proposed by the extraction engine{conf}.")
            return
        lines = []
        for h in history:
            changes = "; ".join(f"{k}: {_short(v[0])} \u2192 {_short(v[1])}" for k, v in h["changes"].items())
            lines.append(f"{_local_time(h['at'])}  {h['action']}" + (f" \u2014 {changes}" if changes else ""))
        form.historyView.setPlainText("\n".join(lines))

    def _form_edited(self, *_args) -> None:
        if self._filling or self._current is None:
            return
        self._current.edits = self.eventForm.raw()
        self.model.changed(self._row())
        self._refresh_date_feedback()
        self.show_validation("")
        self.draft_timer.start()

    # --- the date and how it was worked out -----------------------------------------------------
    def _refresh_date_feedback(self) -> None:
        form = self.eventForm
        item = self._current
        while form.altBox.count():
            w = form.altBox.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        self._readings: list[str] = []
        if item is None:
            form.reasonLabel.setText("")
            form.datePreview.setText("")
            return
        try:
            d, relative = self._form_date(item)
        except DateError as exc:
            d = None
            form.datePreview.setText(f"\u26a0 {exc}")
            tint(form.datePreview, "error")
        else:
            kind = "open-ended" if d.is_open else ("range" if d.is_range else d.precision)
            if d.part():  # what 'early 2012' stands for
                kind = f"approximate: {FuzzyDate(d.start, d.end).display()}"
            if relative:
                kind += f"; {relative}"
            elif year_assumed(form.dateStartEdit.text(), form.dateEndEdit.text(), form.approxCheck.isChecked(),
                            self._context_year(item)):
                kind += f"; year {self._context_year(item)} taken from the date you are correcting"
            form.datePreview.setText(f"\u2192 {d.display()}  ({kind})")
            tint(form.datePreview, "ok")
            with_signals_blocked(form.precisionCombo, lambda: form.precisionCombo.setCurrentText(d.precision))
        e = item.event
        if e.date_reason:
            published = f", article dated {display_period(self.published.isoformat())}" if self.published and \
                item.source_id == self.session_source_id else ""
            said = f"\u201c{e.date_text}\u201d \u2192 " if e.date_text else ""
            reading = reading_text(item.reading) if item.reading else e.date.display()
            reason = (e.date_reason[:1].upper() + e.date_reason[1:]).rstrip(".")
            form.reasonLabel.setText(f"How the date was worked out: {said}{reading}{published}. {reason}.")
        else:
            form.reasonLabel.setText(f"Date: {e.date.display()}" + (f" (written \u201c{e.date_text}\u201d)" if e.date_text else ""))
        current = d.to_timex() if d else None
        typed_readings = self._typed_readings if d else []
        # 'early 2012' as the article wrote it, which the engine reads as the whole of 2012: offered in those words
        written = part_named(e.date_text, item.reading) if item.reading else None
        readings = [r for r in dict.fromkeys([*typed_readings, *([written.part()] if written else []), item.reading,
                                              *item.alternatives]) if r and timex_of(r) != current]
        self._readings = readings[:4]
        # Tab follows what is drawn: the readings (above the date fields), then the date. They go after the
        # widget Tab reaches before the date (setTabOrder ignores one that takes no focus, such as a label).
        previous = form.dateStartEdit.previousInFocusChain()
        while not previous.focusPolicy() & Qt.FocusPolicy.TabFocus and previous is not form.dateStartEdit:
            previous = previous.previousInFocusChain()
        for n, value in enumerate(self._readings):
            label = ("Back to the engine's reading: " if value == item.reading else "Other reading: ") + reading_text(value)
            button = QPushButton(label, objectName="alternativeButton")  # Alt+U in the tooltip: fits a narrow form
            button.setAccessibleName(label)
            button.setToolTip("Puts this reading in the date fields" + (" (Alt+U)" if n == 0 else ""))
            button.clicked.connect(lambda _=False, v=value: self.use_reading(v))
            form.altBox.addWidget(button)
            QWidget.setTabOrder(previous, button)
            previous = button

    def _approx_as_typed(self, _text: str = "") -> None:
        """Tick 'approximate' as the typed date says it ('c. 2011', 'around 2011', 'early 2012'), not once the field
        is left; untick it when those words go, unless the editor ticked it."""
        form = self.eventForm
        says = any(says_approximate(edit.text()) for edit in (form.dateStartEdit, form.dateEndEdit))
        if says and not form.approxCheck.isChecked():
            self._approx_by_text = True
            form.approxCheck.setChecked(True)
        elif not says and self._approx_by_text:
            self._approx_by_text = False
            form.approxCheck.setChecked(False)

    def _approx_clicked(self, _checked: bool = False) -> None:
        self._approx_by_text = False  # the editor's own choice: the typed words no longer untick it

    def use_other_reading(self) -> None:
        """Alt+U: the first other reading of the date (the engine's own once another was chosen)."""
        if self._current is not None and self._readings and self.eventForm.isEnabled():
            self.use_reading(self._readings[0])

    def use_reading(self, value: str) -> None:
        """Put a reading (a TIMEX value, possibly 'start/end' or 'start/..', or words: 'early 2012') into the date
        fields."""
        form = self.eventForm
        start, _, end = value.partition("/")
        form.dateStartEdit.setText(editable(start))
        form.dateEndEdit.setText("open" if end == ".." else editable(end))
        self._approx_as_typed()
        self._form_edited()

    def _precision_chosen(self, index: int) -> None:
        form = self.eventForm
        precision = PRECISION_CHOICES[index]
        try:
            d, _relative = self._form_date(self._current)
        except DateError as exc:
            self.show_validation(f"Fix the date first: {exc}")
            return
        if PRECISIONS.index(precision) > PRECISIONS.index(d.precision):  # finer: that would invent a date
            with_signals_blocked(form.precisionCombo, lambda: form.precisionCombo.setCurrentText(d.precision))
            self.show_validation(f"To make the date more precise than a {d.precision}, type it "
                                 "(e.g. 2023-10-15): chronoapp never invents the missing part.")
            form.dateStartEdit.setFocus()
            form.dateStartEdit.selectAll()
            return
        start = timex_for(d.first_day, precision)
        end = "open" if d.is_open else timex_for(d.last_day, precision)
        form.dateStartEdit.setText(start)
        form.dateEndEdit.setText("" if end == start else end)
        self._form_edited()

    def _form_date(self, item: ReviewItem | None) -> tuple[FuzzyDate, str | None]:
        """The form's date, with how a relative one ('Monday', 'yesterday') was read against the article's
        publication date (None for a date typed out); raises DateError with a human reason."""
        form = self.eventForm
        self._typed_readings: list[str] = []  # the other readings of a date typed without its year, offered first
        published = self._published(item) if item is not None else None
        try:
            d, relative, self._typed_readings = read_form_date(
                form.dateStartEdit.text(), form.dateEndEdit.text(), form.approxCheck.isChecked(), published=published,
                year=self._context_year(item), planned=published is not None and self._planned(item, published))
        except EngineNotReady:
            self._load_engine()  # (the date is read again once it has loaded)
            raise
        return d, relative

    @staticmethod
    def _planned(item: ReviewItem | None, published: dt.date) -> bool:
        """Whether the date being corrected is after the article's date: a plan, whose days typed without a year
        keep its year (an event reported as done takes the year before rather than a day still to come)."""
        try:
            return item is not None and item.event.date.first_day > published
        except (DateError, ValueError, AttributeError):
            return False

    def _load_engine(self) -> None:
        """Load the temporal tagger in the background, then read the typed date again."""
        if self._engine_job is not None:
            return
        self._engine_job = job = Job(load_engine, parent=self)
        job.finished.connect(self._engine_loaded)
        job.failed.connect(self._engine_loaded)
        job.start()

    def _engine_loaded(self, *_result) -> None:
        self._engine_job = None
        if engine_loaded():
            self._refresh_date_feedback()

    def _published(self, item: ReviewItem) -> dt.date | None:
        """The publication date of the item's article, if known."""
        src = self._source(item.source_id)
        try:
            return dt.date.fromisoformat(src.published) if src and src.published else None
        except ValueError:
            return None

    @staticmethod
    def _context_year(item: ReviewItem | None) -> int | None:
        """The year of the date the editor is correcting (the engine's reading, or the stored date)."""
        if item is None:
            return None
        try:
            return item.event.date.first_day.year
        except (DateError, ValueError, AttributeError):
            return None

    def show_validation(self, text: str) -> None:
        form = self.eventForm
        form.validationLabel.setText(text)
        form.validationLabel.setVisible(bool(text))

    # --- actions -------------------------------------------------------------------------------
    def _save(self, item: ReviewItem, target: Event, state: str, label: str) -> bool:
        """Write target (the item's event, or for "merged" the event it joins) to the store now; on
        success push the undo command. Store errors are shown inline and nothing changes."""
        try:
            before = self.store.get_event(target.id)
            if before is not None and state == item.state and state != "merged" and _unchanged(before, target):
                # decided again as it is: nothing to write (nor a newer time stamp a merge would prefer), and no
                # undo step that would change nothing, so Ctrl+Z still undoes the last real change
                item.edits = None
                self.store_changed()
                return True
            saved = self.store.save_event(copy.deepcopy(target), action=_action(state, before))
        except (StoreError, ValueError) as exc:
            self.show_validation(f"Not saved: {exc}")
            return False
        saves = [(before, copy.deepcopy(saved))]
        before_item = (item.state, item.edits, copy.deepcopy(item.event))
        if state != "merged":
            target.created_at, target.updated_at = saved.created_at, saved.updated_at  # as the file has it
            item.event = target
            item.in_file = True
        item.state, item.edits = state, None
        self.undo_stack.push(StoreCommand(self, label, item, before_item, saves))
        self.store_changed()
        return True

    def _checked_event(self, status: str) -> Event | None:
        item = self._current
        if item is None or self.store is None:
            return None
        if not self._take_changes_made_elsewhere(item):
            return None
        try:
            event = self.event_from_form(item)
        except ValueError as exc:
            said = str(exc)[0].upper() + str(exc)[1:]
            self.show_validation(said if said.endswith((".", "?", "!", "\u2026")) else said + ".")  # not '…2017’?.'
            return None
        event.status = status
        return event

    def _take_changes_made_elsewhere(self, item: ReviewItem) -> bool:
        """The event was saved elsewhere (another window, an import, the command line) since the form
        showed it: keep what the editor changed in the form, and take everything else from the file, so
        saving does not undo the other change with the form's older copy. Deleted elsewhere: saving would
        bring it back, so the editor is asked first; False when the save should not go on."""
        form = self.eventForm
        if item.state == "merged":
            return True
        try:
            stored = self.store.get_event(item.event.id)
        except (StoreError, sqlite3.Error):
            return True
        if stored is None and item.in_file:
            headline = form.headlineEdit.text().strip() or item.event.headline
            answer = QMessageBox.question(
                self, "Event deleted elsewhere",
                f"\u201c{headline}\u201d was deleted from {self.store.path.name} since it was shown here (on the "
                "Chronology page, in another window or by another program).\n\nSave it again, with the corrections in this form?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.status.emit("Not saved: the event stays deleted. Your corrections are still in the form.")
                return False
            item.in_file = False
            return True
        if stored is None or _content(stored) == _content(item.event):
            return True
        self._rebase(item, stored, form.raw())
        self._fill_form(item)
        self.status.emit("This event was changed elsewhere (another window, an import) since it was shown: "
                         "your corrections are saved on top of those changes; its Change log lists both.")
        return True

    def _name_unfinished(self) -> bool:
        """Ctrl+Return while an actor or place list offers names and the one typed is none of them ('Phil' with
        Philippine Army offered): saved, the fragment became a name of its own in the chronology and its filters.
        Said once, not saved, the list left open to pick from; pressed again, the name is saved as typed (a new
        one, 'Maute' beside a known 'Maute group')."""
        form = self.eventForm
        for edit, kind in ((form.actorsEdit, "actor"), (form.locationEdit, "place"), (form.otherPlacesEdit, "place")):
            completer = edit.completer()
            name = completer.unfinished_name() if isinstance(completer, ListCompleter) else None
            if name is None:
                continue
            said = (self._current, edit, edit.text())
            if said == self._unfinished_said:
                return False
            self._unfinished_said = said
            offered = completer.offered()
            more = "\u2026" if completer.completionCount() > len(offered) else ""
            self.show_validation(native_keys(
                f"Not saved yet: \u201c{name}\u201d is none of this chronology's {kind}s. Down, then Return, takes one "
                f"of those offered ({'; '.join(offered)}{more}); Ctrl+Return again saves \u201c{name}\u201d as a new "
                f"{kind}."))
            return True
        return False

    def accept_current(self) -> bool:
        if self._name_unfinished():
            return False
        row, event = self._row(), self._checked_event("confirmed")
        if event is None or not self._save(self._current, event, "accepted", f"Accept \u201c{event.headline}\u201d"):
            return False
        self.status.emit(f"Saved: {event.date.display()} \u2014 {event.headline}")
        self._next_pending(row)
        return True

    def reject_current(self) -> bool:
        item, row = self._current, self._row()
        if item is None or self.store is None:
            return False
        if not self._take_changes_made_elsewhere(item):
            return False
        try:
            event = self.event_from_form(item)
        except ValueError:
            event = copy.deepcopy(item.event)  # a rejected candidate need not be valid as edited
        event.status = "rejected"
        if not self._save(item, event, "rejected", f"Reject \u201c{event.headline}\u201d"):
            return False
        # said, as accepting is: the status bar went on with 'Saved: …' of the event accepted before
        self.status.emit(native_keys(f"Rejected: {event.date.display()} \u2014 {event.headline} (not proposed again; "
                                     "Ctrl+Z brings it back)"))
        self._next_pending(row)
        return True

    def remove_source(self, row: int) -> bool:
        """Take one source (and its claims) off a saved event, as one undo step; a source added to the wrong
        event (Alt+X) could not be removed. The last source stays: reject or delete the event instead.
        Edits typed in the form and not accepted yet stay in the form."""
        item = self._current
        if item is None or self.store is None or not 0 <= row < len(item.event.evidence):
            return False
        stored = self.store.get_event(item.event.id)
        if stored is None:
            self.show_validation("This event is not saved yet: accept it first, then remove a source.")
            return False
        if len(stored.evidence) <= 1:
            self.show_validation("An event keeps at least one source: to drop this one, reject the event or delete "
                                 "it in the chronology.")
            return False
        gone = item.event.evidence[row]
        target = copy.deepcopy(stored)
        target.evidence = [ev for ev in stored.evidence if ev.id != gone.id]
        try:
            saved = self.store.save_event(copy.deepcopy(target), action="source removed")
        except (StoreError, ValueError) as exc:
            self.show_validation(f"Not saved: {exc}")
            return False
        before_item = (item.state, item.edits, copy.deepcopy(item.event))
        edits = copy.deepcopy(item.edits)
        if edits and row < len(edits.get("evidence", [])):
            del edits["evidence"][row]  # the claims typed for the other sources stay with them
        item.event = copy.deepcopy(saved)
        command = StoreCommand(self, "Remove a source", item, before_item, [(stored, copy.deepcopy(saved))])
        command.after = (item.state, edits, copy.deepcopy(saved))
        command.decision = False
        item.edits = edits
        self.undo_stack.push(command)
        self.store_changed()
        src = self._source(gone.source_id)
        self.status.emit(f"Removed the source {src.label(readable_date=True) if src else ''} from this event "
                         f"({native_keys('Ctrl+Z')} brings it back).")
        return True

    def show_decided(self, item: ReviewItem, *, stay: bool) -> None:
        """After an undo (stay), the candidate whose decision came back is selected, so the editor sees it (and
        can decide again); after a redo of a decision, the list goes on to the next undecided one."""
        row = next((r for r, it in enumerate(self.model.items) if it is item), None)
        if row is None:
            return
        if stay:
            self.select_row(row)
        else:
            self._next_pending(row)

    def skip_current(self) -> None:
        item = self._current
        if item is not None:
            self.status.emit(f"Skipped: {item.event.date.display()} \u2014 {item.event.headline} (left undecided)")
        self._next_pending(self._row())

    def accept_and_add_another(self) -> None:
        item, row = self._current, self._row()
        if item is None or not self.accept_current():
            return
        twin = copy.deepcopy(item.event)
        twin.id = new_id()
        twin.status, twin.headline, twin.description, twin.notes = "candidate", "", "", ""
        twin.fatalities = twin.fatalities_low = twin.fatalities_high = None
        twin.evidence = [dataclasses.replace(ev, id=new_id(), fatalities=None)
                         for ev in twin.evidence]
        new = ReviewItem(twin, alternatives=list(item.alternatives), reading=item.reading, timex=item.timex)
        new.by_hand = True
        self._insert(row + 1, new)
        self.eventForm.headlineEdit.setFocus()

    def _insert(self, row: int, item: ReviewItem) -> None:
        self.model.beginInsertRows(QModelIndex(), row, row)
        self.model.items.insert(row, item)
        self.model.endInsertRows()
        self.select_row(row)
        self._update_count()
        self.draft_timer.start()

    def new_from_selection(self) -> None:
        """A new candidate from the text selected in the article (what the engine missed)."""
        form = self.eventForm
        cursor = self.sourcePanel.textView.textCursor()
        src = self._source(self._shown_source)
        if src is None or not cursor.hasSelection():
            self.show_validation("Select the sentence in the article text first, then press "
                                 f"\u201cNew event from selection\u201d ({native_keys('Ctrl+Shift+N')}).")
            return
        start = python_offset(src.text, cursor.selectionStart())
        end = python_offset(src.text, cursor.selectionEnd())
        quote = src.text[start:end].strip()
        start += len(src.text[start:end]) - len(src.text[start:end].lstrip())
        end = start + len(quote)
        # the date: the first date expression in the selection, else the last one before it
        timexes = [t for t in self.timexes.get(src.id, []) if is_calendar(t[2])]
        found = [t for t in timexes if start <= t[0] < end] or [t for t in timexes if t[1] <= start][-1:]
        timex = found[0] if found else None
        if timex is not None:
            date = FuzzyDate.from_timex(timex[2])
            date_text, reason = src.text[timex[0]:timex[1]], "taken from the date words nearest your selection"
        else:
            date = FuzzyDate(src.published) if src.published else None
            date_text, reason = "", "no date words near the selection: the publication date, check it"
        event = Event(date=date or FuzzyDate("2000"), headline=headline_from(quote), date_text=date_text,
                      date_reason=reason,
                      evidence=[Evidence(source_id=src.id, quote=quote, start=start, end=end, date_text=date_text)])
        item = ReviewItem(event, reading=date.to_timex() if date else "",
                          timex=(timex[0], timex[1]) if timex else None)
        item.by_hand = True
        row = self._row() + 1 if self._row() >= 0 else len(self.model.items)
        self._insert(row, item)
        if date is None:
            form.dateStartEdit.clear()
        self.status.emit("New event from your selection: check its date and fields, then accept.")
        form.headlineEdit.setFocus()
        form.headlineEdit.selectAll()

    def merge_into_existing(self) -> None:
        """This candidate is another source for an event already in the chronology."""
        item = self._current
        if item is None or self.store is None:
            return
        try:
            event = self.event_from_form(item)
        except ValueError:
            event = item.event
        dialog = ExistingEventDialog(self.store, event.date, self, exclude=item.event.id,
                                     likely=self._likely_duplicates(item), headline=event.headline)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen_id():
            return
        self.add_as_source(item, event, dialog.chosen_id())

    def add_as_source(self, item: ReviewItem, event: Event, target_id: str) -> bool:
        target = self.store.get_event(target_id)
        if target is None:
            return False
        known = {(ev.source_id, ev.start, ev.end) for ev in target.evidence}
        # a toll or source typed in the form is this report's claim, unless its Sources row was corrected too: the
        # event keeps its own figures, and what the editor typed is not lost
        for ev, was in zip(event.evidence, item.event.evidence):
            if event.fatalities != item.event.fatalities and ev.fatalities == was.fatalities:
                ev.fatalities = event.fatalities
            if event.attribution != item.event.attribution and ev.attribution == was.attribution:
                ev.attribution = event.attribution
        target.evidence += [dataclasses.replace(ev, id=new_id()) for ev in event.evidence
                            if (ev.source_id, ev.start, ev.end) not in known]
        # the places this report names that the event lacks are kept with it: its location stays (a place-less
        # event takes this report's), the region fills an empty admin1 in the same country, the rest join the others
        if not target.location.strip():
            target.location = event.location
        if not target.admin1 and target.country in ("", event.country):
            target.admin1, target.country = event.admin1, target.country or event.country
        held = {p.casefold() for p in (*target.places(), target.admin1, target.country) if p}
        target.other_places += [p for p in dict.fromkeys(event.places() + [event.admin1]) if p and p.casefold() not in held]
        narrower = _narrower(event.date, target.date)
        if narrower:  # 'July 2019' in one report, 'Monday 22 July' in the other: the event keeps the better date
            target.date, target.date_text = event.date, event.date_text or target.date_text
            target.date_reason = f"from {event.date_text or event.date.display()} in the source added later"
        row = self._row()
        stored = self.store.get_event(item.event.id) if target_id != item.event.id else None
        if not self._save(item, target, "merged", f"Add source to \u201c{target.headline}\u201d"):
            return False
        if stored is not None:  # a duplicate already in the chronology: it lives on as the other event's source
            try:
                self.store.delete_event(stored.id)
            except StoreError as exc:
                self.show_validation(f"Its source was added, but the duplicate could not be removed: {exc}")
            else:
                self.undo_stack.command(self.undo_stack.count() - 1).saves.append((stored, None))
        self.status.emit(f"Added as a source of \u201c{target.headline}\u201d; its claims are kept beside the others."
                         + (f" Its date is now {target.date.display()}, the more precise one." if narrower else ""))
        self._next_pending(row)
        return True

    def store_changed(self) -> None:
        """After a write or an undo: refresh the list, the form's change log, the draft and the chronology."""
        row = self._row()
        if row >= 0:
            self.model.changed(row)
        self.model.dataChanged.emit(self.model.index(0), self.model.index(max(len(self.model.items) - 1, 0)))
        if self._current is not None:
            self._fill_form(self._current)
            self.sourcePanel.mark(self._current)
        self._update_count()
        self._refresh_completions()
        self.draft_timer.start()
        self.eventsChanged.emit()

    # --- drafts ----------------------------------------------------------------------------------
    def has_unsaved_edits(self) -> bool:
        """Corrections typed into a candidate's form and not yet accepted or rejected."""
        return any(i.edits for i in self.model.items)

    def draft_key(self) -> str | None:
        if self.store is None or not self.model.items:
            return None
        return f"review:{self.store.path.resolve()}:{self.session_source_id or 'opened'}:{self.draft_owner}"

    def draft_state(self) -> dict:
        """What to offer back. A huge article's untouched candidates are left out (writing thousands of
        them at every pause in typing would freeze the window): re-extracting brings them back."""
        items = self.model.items
        omit = sum(1 for i in items if i.untouched) > MAX_DRAFT_CANDIDATES and self.session_source_id is not None
        kept = [i for i in items if not (omit and i.untouched)]
        current = self.current_item()
        return {"store": str(self.store.path.resolve()), "source_id": self.session_source_id, "owner": self.draft_owner,
                "published": self.published.isoformat() if self.published else None,
                "timexes": [] if omit else self.timexes.get(self.session_source_id, []),
                "current_id": current.event.id if current is not None and not (omit and current.untouched) else None,
                "items": [i.to_state() for i in kept], "reextract": omit,
                "pending": sum(1 for i in items if i.state == "pending"),
                "saved_at": dt.datetime.now().isoformat(timespec="seconds")}

    def save_draft(self) -> None:
        """Keep undecided candidates and unsaved edits on disk; none left → no draft."""
        self.draft_timer.stop()
        key = self.draft_key()
        if key is None:
            self.draft_kept = True  # nothing to keep
            return
        from chronoapp.gui import drafts

        # candidates waiting in the file are kept there: only corrections need a draft
        kept = True
        if any(i.edits or (i.state == "pending" and not self._waiting) for i in self.model.items):
            kept = drafts.save_draft(key, self.draft_state())
        else:
            drafts.clear_draft(key)
        if self.draft_kept and not kept:
            self.status.emit(drafts.not_kept("Your corrections and the candidates not yet decided",
                                             "accept the events to save them in the chronology"))
        self.draft_kept = kept

    def flush_draft(self) -> None:
        if self.draft_timer.isActive() or not self.draft_kept:  # (a draft that failed is tried again)
            self.save_draft()

    def restore_draft(self, state: dict) -> None:
        self.flush_draft()
        self.session_source_id = state.get("source_id")
        self.published = dt.date.fromisoformat(state["published"]) if state.get("published") else None
        if self.session_source_id:
            self.timexes[self.session_source_id] = state.get("timexes", [])
        self._shown_source = None
        items = [ReviewItem.from_state(d) for d in state["items"]]
        self._load_items(items)
        rows = [r for r, i in enumerate(items) if i.event.id == state.get("current_id")]
        self.select_row(rows[0] if rows else 0)
        self.status.emit("Unsaved review restored.")
        src = self._source(self.session_source_id)
        if state.get("reextract") and src is not None:
            self.status.emit("Unsaved review restored; finding the article's other candidates again\u2026")
            self._reextract = Job(_extract_source, src.text, self.published)
            self._reextract.finished.connect(self._add_reextracted)
            self._reextract.start()

    def _add_reextracted(self, extraction) -> None:
        """Candidates of a restored huge article, minus those decided or already in the list."""
        self._reextract = None
        source_id = self.session_source_id
        self.timexes[source_id] = [[t.start, t.end, t.value] for t in extraction.timexes]
        known = set(self._decided_quotes(source_id)) | {
            (i.event.evidence[0].start, i.event.evidence[0].end) for i in self.model.items if i.event.evidence}
        new = [ReviewItem.from_candidate(c, source_id) for c in extraction.events if (c.start, c.end) not in known]
        first = len(self.model.items)
        if new:
            self.model.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.model.items.extend(new)
            self.model.endInsertRows()
        self._shown_source = None
        if self._current is not None:
            self._show_source(self._current.source_id)
            self.sourcePanel.mark(self._current)
        self._update_count()
        self.status.emit(f"Unsaved review restored, with {len(new):,} more candidates from the article.")


def _extraction_summary(items: list[ReviewItem], kept: list[ReviewItem], decided: list[str]) -> str:
    """What an extraction left to review, and, when the article was extracted before, what became of each kind
    of its events: new proposals, candidates with the editor's corrections kept, sentences decided earlier."""
    pending = [i for i in items if i.state == "pending"]
    if not (kept or decided):
        head = f"{len(pending):,} candidate event{'s' if len(pending) != 1 else ''} found"
    else:
        fresh = sum(1 for i in pending if not i.edits and not i.by_hand)
        parts = [f"{fresh:,} new"] if fresh else []
        parts += [f"{len(kept):,} with your corrections kept"] if kept else []
        head = (f"{len(pending):,} candidate event{'s' if len(pending) != 1 else ''} to review"
                + (f" ({', '.join(parts)})" if pending else ""))
        if decided:  # the sentences of events already in the file
            reviewed = " and ".join(f"{decided.count(status):,} {word}" for status, word in
                                    (("confirmed", "accepted"), ("rejected", "rejected")) if status in decided)
            gone = ([f"{reviewed} earlier"] if reviewed else []) + (
                [f"{decided.count('candidate'):,} waiting in the file"] if "candidate" in decided else [])
            head += f"; not proposed again: {', '.join(gone)}"
    return head + native_keys(". Accept (Ctrl+Return), edit or reject each." if pending else
                              ". Select a sentence the engine missed and press New event from selection (Ctrl+Shift+N).")


def _narrower(new: FuzzyDate, old: FuzzyDate) -> bool:
    """new lies within old and says more precisely when (a day of the month the event was known to)."""
    if new.is_open or old.is_open or new.approximate:
        return False
    inside = old.first_day <= new.first_day and new.last_day <= old.last_day
    return inside and (new.last_day - new.first_day) < (old.last_day - old.first_day)


def _extract_source(text: str, published: dt.date | None):
    from chronoapp.core.extract import extract

    return extract(text, published)


def _content(e: Event) -> dict:
    """An event's fields without its timestamps (which count whole seconds)."""
    d = dataclasses.asdict(e)
    d.pop("created_at", None)
    d.pop("updated_at", None)
    return d


def _unchanged(stored: Event, target: Event) -> bool:
    tidied = copy.deepcopy(target)
    tidied.tidy()
    return not event_changes(stored, tidied)


def _local_time(iso: str) -> str:
    """A stored UTC timestamp in the user's time zone."""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _short(value) -> str:
    text = "\u2014" if value in (None, "") else str(value)
    return f"\u2018{text[:40]}\u2019" + ("\u2026" if len(text) > 40 else "")


def _action(state: str, before: Event | None) -> str:
    if state == "accepted":
        return "confirmed" if before is None or before.status != "confirmed" else "edited"
    if state == "rejected":
        return "rejected"
    return "source added"


def with_signals_blocked(widget, fn) -> None:
    old = widget.blockSignals(True)
    try:
        fn()
    finally:
        widget.blockSignals(old)
