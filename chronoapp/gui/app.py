"""The application and its main window: Article / Review / Chronology pages, menus, settings.

QSettings holds UI state only (geometry, splitters, last and recent files); all data lives in
the chronology file, written at every accept, so there is no "Save".
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QPainter, QUndoStack
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QFrame, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QSizeGrip,
    QStackedWidget, QStatusBar, QStyle, QStyleOption, QTabWidget, QVBoxLayout, QWidget,
)

from chronoapp.core.dates import display_period
from chronoapp.core.model import LABEL_CHARS
from chronoapp.core.store import EventQuery, ReadOnlyError, Store, StoreError
from chronoapp.gui import drafts, paths, workers
from chronoapp.gui.article import ArticlePage, warm_up_engine_in_background
from chronoapp.gui.chronology import ChronologyView
from chronoapp.gui.colors import MARK_TEXT, retint
from chronoapp.gui.crash import install_crash_handler
from chronoapp.gui.flow import screen_room
from chronoapp.gui.keys import menu_text, native_keys
from chronoapp.gui.labels import ElidedLabel
from chronoapp.gui.review import ReviewPage
from chronoapp.gui.welcome import WelcomeView, load_sample, show_about, show_shortcuts

try:  # screen reader announcements: Qt 6.8+ (pyproject allows 6.6, where messages go unannounced)
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:
    QAccessibleAnnouncementEvent = None

APP_NAME = paths.APP_NAME
CHRONOLOGY_FILTER = "Chronologies (*.sqlite *.db *.chronology);;All files (*)"
MAX_RECENT = 8
ENGINE_WARM_UP_AFTER_MS = 0  # after the first paint: the window shows as fast as without it

# Every shortcut, for Help → Keyboard shortcuts (the README section mirrors this list).
SHORTCUTS = [
    ("New chronology", "Ctrl+N"),
    ("Open chronology", "Ctrl+O"),
    ("Save a copy as", "Ctrl+Shift+S"),
    ("Export", "Ctrl+E"),
    ("Quit", "Ctrl+Q"),
    ("Undo / Redo", "Ctrl+Z / Ctrl+Shift+Z"),
    ("Article / Review / Chronology page", "Ctrl+1 / Ctrl+2 / Ctrl+3"),
    ("Open an article file", "Ctrl+Shift+O"),
    ("Extract events from the article", "Ctrl+Return"),
    ("Cancel a running extraction", "Esc"),
    ("Accept the event and go to the next", "Ctrl+Return (review page) or Alt+A"),
    ("Accept and add another like this", "Ctrl+Shift+Return"),
    ("Reject / Skip", "Alt+R / Alt+S"),
    ("New event from the selected text", "Ctrl+Shift+N"),
    ("Add as a source of an existing event", "Alt+X"),
    ("Remove a source from the event", "Delete (in its Sources table; undo with Ctrl+Z)"),
    ("Use the other reading of the date (and back)", "Alt+U (review page)"),
    ("Next / previous candidate", "Alt+Down / Alt+Up"),
    ("Go to the candidate list", "Ctrl+L"),
    ("Jump to a form field", "Alt + underlined letter"),
    ("Move between fields", "Tab / Shift+Tab"),
    ("Search the chronology", "Ctrl+F (chronology page); Down goes to the results"),
    ("Empty a filter field / clear all filters", "Esc / Alt+L (chronology page)"),
    ("Open the selected event in the form", "Return or double-click (chronology page)"),
    ("Delete the selected events", "Delete (chronology page; undo with Ctrl+Z)"),
    ("Sort the chronology", "Alt+V, then S (View \u2192 Sort chronology by), or the Menu key in the table"),
    ("Keyboard shortcuts", "F1"),
]


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    paths.name_app()
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("chronoapp")  # Wayland matches the window to packaging/chronoapp.desktop
    from chronoapp.gui.welcome import app_icon

    app.setWindowIcon(app_icon())
    return app


def settings() -> QSettings:
    return QSettings(APP_NAME, APP_NAME)


class StatusBar(QStatusBar):
    """The window's status bar: a message longer than the room left of the file label ends in '\u2026', its whole
    text in the tooltip. QStatusBar cut it mid-word against the label, with no sign that more was said."""

    GAP = 12  # between the message and the file label

    def __init__(self, parent=None):
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._update_tooltip)
        self.messageChanged.connect(self._announce)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        super().addPermanentWidget(widget, stretch)
        self._permanent.append(widget)

    def message_rect(self) -> QRect:
        """Where the message goes: from the left edge to the first permanent widget (mirrored right to left)."""
        edges = [w.geometry() for w in self._permanent + self.findChildren(QSizeGrip) if w.isVisible()]
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            left = max([r.right() + self.GAP for r in edges], default=12)
            return QRect(left, 0, self.width() - 6 - left, self.height())
        right = min([r.left() - self.GAP for r in edges], default=self.width() - 12)
        return QRect(6, 0, right - 6, self.height())

    def shown_message(self) -> str:
        """The message as it fits (currentMessage() stays whole)."""
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideRight,
                                             max(0, self.message_rect().width()))

    def _update_tooltip(self, *_args) -> None:
        message = self.currentMessage()
        self.setToolTip(message if message and self.shown_message() != message else "")

    def _announce(self, message: str) -> None:
        """Screen readers do not read a status bar as it changes: each message goes to them as a polite
        announcement (read after what is being read; Qt passes it on only when one is listening)."""
        if message and QAccessibleAnnouncementEvent is not None:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))

    def resizeEvent(self, event) -> None:
        for widget in self._permanent:  # half the bar at most: a long file name left messages 'Ope…'
            widget.setMaximumWidth(max(1, self.width() // 2))
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        # as QStatusBar paints (its panel, the frames of the permanent widgets), with the message elided
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent:
            if widget.isVisible():
                frame = QStyleOption()
                frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
                frame.palette = self.palette()
                self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_rect(), Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                         | Qt.TextFlag.TextSingleLine, self.shown_message())


class MainWindow(QMainWindow):
    def __init__(self, path: str | Path | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setStatusBar(StatusBar(self))
        self.store: Store | None = None
        self.undo_stack = QUndoStack(self)
        self.settings = settings()

        self.article = ArticlePage(self)
        self.review = ReviewPage(self.undo_stack, self)
        self.chronology = ChronologyView(self.undo_stack, self)
        self.draft_owner = drafts.new_owner()  # this window's drafts, apart from other windows' and instances'
        self.article.draft_owner = self.review.draft_owner = self.draft_owner
        self.tabs = QTabWidget(objectName="pages")
        self.tabs.setAccessibleName("Pages")
        self.tabs.addTab(self.article, "&1 Article")
        self.tabs.addTab(self.review, "&2 Review")
        self.tabs.addTab(self.chronology, "&3 Chronology")
        self.draftBar = self._make_draft_bar()
        self.newCandidatesBar = self._make_new_candidates_bar()
        self.upgradeBar = self._make_upgrade_bar()
        center = QWidget()
        box = QVBoxLayout(center)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.draftBar)
        box.addWidget(self.newCandidatesBar)
        box.addWidget(self.upgradeBar)
        box.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(objectName="mainStack")
        self.stack.addWidget(center)
        self.welcome = None
        self.setCentralWidget(self.stack)

        self.fileLabel = ElidedLabel(objectName="fileLabel")
        self.statusBar().addPermanentWidget(self.fileLabel)
        self.article.status.connect(self.show_status)
        self.review.status.connect(self.show_status)
        self.article.extracted.connect(self._extracted)
        self.review.eventsChanged.connect(self._events_changed)
        self.review.eventsChanged.connect(self._show_waiting_when_done)
        self.chronology.eventActivated.connect(self.open_event)
        self.chronology.eventsChanged.connect(self._update_title)
        self.chronology.eventsChanged.connect(self.review.sync_with_store)  # Ctrl+Z on the Review page included
        self.chronology.sourceDeleted.connect(self.review.forget_source)
        self.chronology.sourceDeleted.connect(self._drop_waiting_of)
        self.chronology.sourceRestored.connect(self.review.source_restored)
        self.chronology.sourceChanged.connect(self.review.source_changed)
        self.chronology.eventsChanged.connect(self._say_store_notice)
        self.undo_stack.indexChanged.connect(self._say_store_notice)

        self._build_menus()
        self._restore_ui_state()
        if path is not None:
            self.open_chronology(path)
        self.article.restore_draft()
        self._update_title()

    # --- construction ------------------------------------------------------------------------
    def _make_draft_bar(self) -> QFrame:
        # a pale yellow of its own, so a dark text of its own too: the dark theme's light text was unreadable on it
        bar, self.draftLabel = _notice_bar("draftBar", "draftLabel", "#fff4ce", "#e0c060")
        self.restoreDraftButton = QPushButton("Restore", objectName="restoreDraftButton")
        self.restoreDraftButton.setAccessibleName("Restore unsaved review")
        self.discardDraftButton = QPushButton("Discard", objectName="discardDraftButton")
        self.discardDraftButton.setAccessibleName("Discard unsaved review")
        self.restoreDraftButton.clicked.connect(self.restore_draft)
        self.discardDraftButton.clicked.connect(self.discard_draft)
        bar.layout().addWidget(self.restoreDraftButton)
        bar.layout().addWidget(self.discardDraftButton)
        self._draft_key: str | None = None
        return bar

    def _make_new_candidates_bar(self) -> QFrame:
        """Candidates of an article extracted while the editor was correcting an event: they wait here."""
        bar, self.newCandidatesLabel = _notice_bar("newCandidatesBar", "newCandidatesLabel", "#e3effc", "#9cbfe6")
        self.showNewCandidatesButton = QPushButton("Show them", objectName="showNewCandidatesButton")
        self.showNewCandidatesButton.setAccessibleName("Show the new candidates")
        self.showNewCandidatesButton.clicked.connect(self.show_waiting_extraction)
        bar.layout().addWidget(self.showNewCandidatesButton)
        self._waiting_extraction: tuple | None = None  # (source, extraction) held back by _extracted
        return bar

    def _make_upgrade_bar(self) -> QFrame:
        """An older file upgraded on opening: where the file as it was is kept, in sight until dismissed (said only in
        the status bar, it was gone after 8 seconds)."""
        bar, self.upgradeLabel = _notice_bar("upgradeBar", "upgradeLabel", "#e3effc", "#9cbfe6")
        self.upgradeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.upgradeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path, to copy
        self.dismissUpgradeButton = QPushButton("OK", objectName="dismissUpgradeButton")
        self.dismissUpgradeButton.setAccessibleName("Dismiss the note on the upgraded file")
        self.dismissUpgradeButton.clicked.connect(bar.hide)
        bar.layout().addWidget(self.dismissUpgradeButton)
        return bar

    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        self._action(file, "&New chronology\u2026", self.new_chronology, QKeySequence.StandardKey.New, "newAction")
        self._action(file, "&Open chronology\u2026", self.choose_chronology, QKeySequence.StandardKey.Open, "openAction")
        self.recentMenu = file.addMenu("Open &recent")
        self.recentMenu.setObjectName("recentMenu")
        self.recentMenu.aboutToShow.connect(self._fill_recent)
        self._action(file, "Save a &copy as\u2026", self.save_copy, "Ctrl+Shift+S", "saveCopyAction")
        file.addSeparator()
        self._action(file, "Open &article file\u2026", self._open_article_file, "Ctrl+Shift+O", "openArticleAction")
        file.addSeparator()
        self._action(file, "&Import\u2026", self.import_events, None, "importAction")
        self._action(file, "&Export\u2026", self.export_events, "Ctrl+E", "exportAction")
        self._action(file, "&Merge another chronology\u2026", self.merge_chronology, None, "mergeAction")
        file.addSeparator()
        # Ctrl+Q (Cmd+Q on macOS) as the shortcut list says: the platform's Quit key is empty on Windows
        self._action(file, "&Quit", self.close, QKeySequence("Ctrl+Q"), "quitAction")

        edit = bar.addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        for action, undoing in ((undo, True), (redo, False)):  # (their text and enabling still follow the stack)
            action.triggered.disconnect()
            action.triggered.connect(lambda _=False, undoing=undoing: self.step_back_or_forth(undoing))
        edit.addAction(undo)
        edit.addAction(redo)

        view = bar.addMenu("&View")
        for i, name in enumerate(("&Article", "&Review", "&Chronology")):
            self._action(view, name, lambda _=False, i=i: self.show_page(i), f"Ctrl+{i + 1}")
        view.addSeparator()
        view.addMenu(self.chronology.sortMenu)  # sorting by keyboard (the table's headers take only clicks)
        self.chronology.sortMenu.triggered.connect(lambda _action: self.show_page(2))  # where the sort shows

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents,
                     "shortcutsAction")
        self._action(help_menu, "&About chronoapp", self.show_about, None, "aboutAction")

    # --- settings (UI state only) ------------------------------------------------------------
    def _restore_ui_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):  # first run: as large as fits, up to 1280×800
            self.resize(QSize(1280, 800).boundedTo(screen_room(self)))
        for splitter, key in ((self.review.splitter, "review/splitter"),
                              (self.review.leftSplitter, "review/leftSplitter")):
            state = self.settings.value(key)
            if state is not None:
                splitter.restoreState(state)
        # the chronology's column widths and sort come back; its filters start empty on purpose (a filter
        # forgotten since yesterday would hide events without a word)
        header = self.settings.value("chronology/header")
        if header is not None:
            self.chronology.restore_header(header)

    def _save_ui_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("review/splitter", self.review.splitter.saveState())
        self.settings.setValue("review/leftSplitter", self.review.leftSplitter.saveState())
        self.settings.setValue("chronology/header", self.chronology.chronologyTable.horizontalHeader().saveState())
        self.settings.sync()

    def recent_files(self) -> list[str]:
        return [p for p in self.settings.value("recentFiles", [], type=list) if p]

    def _remember(self, path: Path) -> None:
        path_s = str(path.resolve())
        recent = [path_s] + [p for p in self.recent_files() if p != path_s]
        self.settings.setValue("recentFiles", recent[:MAX_RECENT])
        self.settings.setValue("lastFile", path_s)
        self.settings.sync()

    def _fill_recent(self) -> None:
        self.recentMenu.clear()
        for p in self.recent_files():
            action = self.recentMenu.addAction(menu_text(p))
            action.triggered.connect(lambda _=False, p=p: self._open_recent(p))
        if not self.recentMenu.actions():
            self.recentMenu.addAction("(no recent files)").setEnabled(False)

    def _open_recent(self, path: str) -> bool:
        """A recent file that is not there any more is reported, not silently re-created empty."""
        if not Path(path).exists():
            self.settings.setValue("recentFiles", [p for p in self.recent_files() if p != path])
            QMessageBox.warning(self, "Chronology not found", missing_file_message(path))
            return False
        return self.open_chronology(path)

    # --- the chronology file -----------------------------------------------------------------
    def open_chronology(self, path: str | Path) -> bool:
        """Open (or create) a chronology file; on a problem say so and keep the current one."""
        path = Path(path).expanduser()
        new = not path.exists()
        try:
            store = Store(path, create=True)
        except ReadOnlyError:
            store = self._open_read_only(path)
            if store is None:
                return False
        except StoreError as exc:
            QMessageBox.warning(self, "Cannot open the chronology", str(exc))
            return False
        upgraded = store.take_notice()  # an older file upgraded on opening: where its copy for older versions is
        left = self.store.path.name if self.store is not None and self.store.path != store.path and any(
            i.state == "pending" or i.edits for i in self.review.model.items) else None
        self._set_store(store)
        self._remember(path)
        kept = f" Your unfinished review in {left} is kept: open {left} again to restore it." if left else ""
        waiting = self.review.waiting_count()
        if waiting:
            kept += native_keys(f" {waiting:,} candidate{'s wait' if waiting != 1 else ' waits'} for review on the "
                                "Review page (Ctrl+2).")
        if upgraded:
            kept += f" Note: {upgraded}."
        self.upgradeLabel.setText(f"Note: {upgraded}." if upgraded else "")  # (not 'War.sqlite': a name as it is)
        self.upgradeBar.setVisible(bool(upgraded))  # (another file opened: its note is no longer this one's)
        count = store.count()
        if new:  # 'chronoapp war.sqlit', a typo: a new empty file, not 'Opened war.sqlit: 0 events' as if it held none
            self.show_status(f"Created {path.name}, a new empty chronology in {path.parent}.{kept}")
        else:
            self.show_status(f"Opened {path.name}: {count:,} event{'s' if count != 1 else ''}.{kept}")
        self._offer_drafts()
        return True

    def _open_read_only(self, path: Path) -> Store | None:
        """A file chronoapp may not write to (a colleague's on a read-only share, a write-protected stick): offered
        read-only, to browse, filter and export, rather than only refused; the message said 'open it read-only'
        and nothing in the window could."""
        answer = QMessageBox.question(
            self, "Read-only chronology",
            f"{path.name} is read-only: chronoapp may not change it.\n\nOpen it read-only? You can browse, filter and "
            "export its events; File \u2192 Save a copy as\u2026 makes a copy you can change.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            return Store(path, readonly=True)
        except StoreError as again:
            QMessageBox.warning(self, "Cannot open the chronology", str(again))
            return None

    def _set_store(self, store: Store | None) -> None:
        old = self.store
        self._drop_waiting()  # candidates of an article in the file being closed
        self.review.set_store(None)
        self.store = store
        self.undo_stack.clear()
        self.article.store = store
        self.review.set_store(store)
        self.chronology.set_store(store)
        if old is not None:
            old.close()
        self.stack.setCurrentIndex(0)
        self._update_title()

    def _update_title(self) -> None:
        if self.store is None:
            self.setWindowTitle("chronoapp")
            self.fileLabel.setText("no chronology open")
            return
        name = self.store.path.name + (" (read-only)" if self.store.readonly else "")
        self.setWindowTitle(f"{name} \u2014 chronoapp")
        confirmed = self.store.count(EventQuery(status='confirmed'))
        self.fileLabel.setText(f"{name}  \u00b7  {confirmed:,} confirmed event{'s' if confirmed != 1 else ''}")
        self.fileLabel.setToolTip(str(self.store.path))

    def new_chronology(self) -> None:
        start = str(paths.data_dir() / "chronology.sqlite")
        path, _ = QFileDialog.getSaveFileName(self, "New chronology", start, CHRONOLOGY_FILTER)
        if not path:
            return
        if not Path(path).suffix:
            path += ".sqlite"
        if Path(path).exists() and Path(path).stat().st_size > 0:
            QMessageBox.warning(self, "File exists",
                                f"{Path(path).name} already exists; choose Open to work on it, or another name.")
            return
        self.open_chronology(path)

    def choose_chronology(self) -> None:
        start = str(self.store.path.parent) if self.store else str(paths.data_dir())
        path, _ = QFileDialog.getOpenFileName(self, "Open chronology", start, CHRONOLOGY_FILTER)
        if path:
            self.open_chronology(path)

    def save_copy(self) -> None:
        if self.store is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Save a copy as", str(self.store.path.with_name(
            f"{self.store.path.stem}-copy-{dt.date.today().isoformat()}.sqlite")), CHRONOLOGY_FILTER)
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self, path: Path) -> bool:
        """A consistent copy of the open file (SQLite online backup: safe while the file is in use)."""
        if self.store is not None and path.resolve() == self.store.path.resolve():
            QMessageBox.warning(self, "Save a copy", "Choose another file name: that is the file that is open.")
            return False
        # written beside the target and renamed when complete: a full disk never leaves a half copy,
        # and never spoils an older copy of the same name
        tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC))  # a refusal in the system's words
            target = sqlite3.connect(str(tmp))
            try:
                self.store.db.conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # a plain single file, no -wal beside it
            finally:
                target.close()
            os.replace(tmp, path)
        except (sqlite3.Error, OSError) as exc:
            tmp.unlink(missing_ok=True)
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(self, "Save a copy", f"The copy could not be written in {path.parent} ({why}): choose "
                                "another folder, or free some disk space. The chronology itself is unchanged.")
            return False
        self.show_status(f"Copy saved: {path}")
        return True

    # --- pages and events ----------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(0)
        self.tabs.setCurrentIndex(index)
        page = self.tabs.widget(index)
        if index == 2:
            self.chronology.focus_table()
            return
        if index == 0:
            self.article.focus_text()
            return
        focus = {1: self.review.candidateList}.get(index, page)
        focus.setFocus()

    def step_back_or_forth(self, undoing: bool) -> None:
        """Edit → Undo (Ctrl+Z) or Redo, saying which step it was: the status bar went on saying 'Saved: …' of
        the accept just undone. A message the step gives itself ('All candidates reviewed') is left."""
        stack, said = self.undo_stack, self.statusBar().currentMessage()
        before = stack.index()
        stack.undo() if undoing else stack.redo()
        if stack.index() == before or self.statusBar().currentMessage() != said:
            return  # refused (a locked file: the page says why), or the step said what happened
        step = stack.command(stack.index() if undoing else stack.index() - 1)
        if step is not None and step.text():
            self.show_status(f"Undone: {step.text()} ({native_keys('Ctrl+Shift+Z')} redoes it)" if undoing else f"Redone: {step.text()}")

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def load_article(self, text: str, *, outlet: str = "", url: str = "", title: str = "",
                     published: dt.date | None = None) -> None:
        self.article.load_article(text, outlet=outlet, url=url, title=title, published=published)
        self.show_page(0)

    def _open_article_file(self) -> None:
        self.show_page(0)
        self.article.choose_file()

    def _extracted(self, source, extraction) -> None:
        self.chronology.refresh()  # the article is in the file now: the Source filter lists it when opened
        if self._editing_in_review():
            # replacing the page now would take the form from under the editor's typing (their correction to a
            # draft, the keys to the candidate list): the candidates wait until the event is decided, or asked for
            self._waiting_extraction = (source, extraction)
            n = len(extraction.events)
            self.newCandidatesLabel.setText(
                f"Extraction of {_draft_article(source, {})} finished: {n:,} candidate event{'s' if n != 1 else ''} "
                "found. They show when you accept or reject this event.")
            self.newCandidatesBar.show()
            self.show_status("Extraction finished: the new candidates wait above the Review page (Show them).")
            return
        self._drop_waiting()
        self._start_review(source, extraction)

    def _editing_in_review(self) -> bool:
        """The editor is on the Review page with corrections typed into the event in the form."""
        item = self.review.current_item()
        return self.tabs.currentWidget() is self.review and item is not None and bool(item.edits)

    def show_waiting_extraction(self) -> None:
        waiting = self._waiting_extraction
        self._drop_waiting()
        if waiting is not None:
            self._start_review(*waiting)

    def _show_waiting_when_done(self) -> None:
        if self._waiting_extraction is not None:
            # after the accept or reject has finished (it goes on to select the next candidate of the old list)
            QTimer.singleShot(0, self._show_waiting_unless_editing)

    def _show_waiting_unless_editing(self) -> None:
        if not self._editing_in_review():
            self.show_waiting_extraction()

    def _drop_waiting(self) -> None:
        self._waiting_extraction = None
        self.newCandidatesBar.hide()

    def _drop_waiting_of(self, source_id: str) -> None:
        if self._waiting_extraction is not None and self._waiting_extraction[0].id == source_id:
            self._drop_waiting()  # its article was deleted meanwhile: nothing left to review

    def _start_review(self, source, extraction) -> None:
        edited = self.review.draft_key() if self.review.has_unsaved_edits() else None
        self.review.start_session(source, extraction)
        self.show_page(1)
        if edited and edited != self.review.draft_key():
            # the previous article's corrections are in its draft: offer them back now, not at the next start
            self._offer_drafts(only=edited)

    def _events_changed(self) -> None:
        self.chronology.refresh()
        self._update_title()
        self._say_store_notice()

    def _say_store_notice(self, *_args) -> None:
        """Tell the editor what the store had to do on its own during a write (a file replaced while open)."""
        notice = self.store.take_notice() if self.store is not None else None
        if notice:
            self.show_status(notice)
            QMessageBox.warning(self, "Chronology file replaced", notice)

    def open_event(self, event_id: str) -> None:
        if self.store is None or self.store.get_event(event_id) is None:
            return
        # the page first: coming to it lists the candidates waiting in the file, and the event opened joins them
        # (opened first, it was replaced by them, and the form showed a waiting candidate in its place)
        self.show_page(1)
        if self.review.open_event(event_id):
            # selected, as Tab or Alt+L leaves it: with the cursor at its start, typing went in front of the headline
            self.review.eventForm.headlineEdit.setFocus()
            self.review.eventForm.headlineEdit.selectAll()

    def current_query(self) -> EventQuery:
        return self.chronology.current_query()

    # --- exports, imports, merges (dialogs built in export_dialogs) --------------------------
    def export_events(self) -> None:
        if self.store is not None:
            from chronoapp.gui.export_dialogs import export_dialog

            unreadable = self.chronology.unreadable_filter()
            if unreadable is not None:
                edit, why = unreadable
                self.show_page(2)
                QMessageBox.warning(self, "Export", f"{why} Correct it or clear it, then export: the chronology "
                                    "still shows the results of the last filter it could read.")
                edit.setFocus()
                return
            export_dialog(self, self.store, self.current_query())

    def import_events(self) -> None:
        if self.store is not None:
            from chronoapp.gui.export_dialogs import import_dialog

            if import_dialog(self, self.store):
                self._events_changed()

    def merge_chronology(self) -> None:
        if self.store is not None:
            from chronoapp.gui.export_dialogs import merge_dialog

            if merge_dialog(self, self.store):
                self._events_changed()

    # --- drafts (unsaved review state from an earlier session) -------------------------------
    def _offer_drafts(self, only: str | None = None) -> None:
        path = str(self.store.path.resolve())
        live = self.review.draft_key()  # the review on screen is no draft to restore
        found = [(k, d) for k, d in drafts.load_drafts().items() if k.startswith("review:") and d.get("store") == path
                 and (only is None or k == only) and k != live
                 and (d.get("owner") == self.draft_owner or not drafts.owner_alive(d.get("owner")))]
        if not found:
            self.draftBar.hide()
            return
        key, state = max(found, key=lambda kd: kd[1].get("saved_at", ""))
        pending = state.get("pending", sum(1 for i in state.get("items", []) if i.get("state") == "pending"))
        src = self.store.get_source(state["source_id"]) if state.get("source_id") else None
        edited = [i.get("state") == "pending" for i in state.get("items", []) if i.get("edits")]
        self.draftLabel.setText(f"Unsaved review of {_draft_article(src, state)}{_draft_time(state.get('saved_at'))}: "
                                f"{_draft_contents(pending, edited.count(True), edited.count(False))}. Restore it?")
        self._draft_key = key
        self._draft_state = state
        self.draftBar.show()

    def restore_draft(self) -> None:
        self.draftBar.hide()
        if self._draft_key is None:
            return
        self.review.restore_draft(self._draft_state)
        if self.review.draft_key() is not None:  # this window's now: not offered again, not left behind
            drafts.adopt_draft(self._draft_key, self.review.draft_key(), self.draft_owner)
        self._draft_key = None
        self.show_page(1)

    def discard_draft(self) -> None:
        self.draftBar.hide()
        if self._draft_key is not None:
            drafts.clear_draft(self._draft_key)
            self._draft_key = None
        if self.store is not None:
            self._offer_drafts()  # there may be another one

    # --- help ----------------------------------------------------------------------------------
    def show_shortcuts(self):
        return show_shortcuts(self, SHORTCUTS)

    def show_about(self):
        return show_about(self, paths.data_dir())

    # --- first run -----------------------------------------------------------------------------
    def show_welcome(self) -> None:
        if self.welcome is None:
            self.welcome = WelcomeView(self)
            self.welcome.sampleRequested.connect(self.try_sample)
            self.welcome.newRequested.connect(self.new_chronology)
            self.welcome.openRequested.connect(self.choose_chronology)
            self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)

    def try_sample(self) -> None:
        if self.store is None and not self.open_chronology(paths.default_chronology()):
            return
        sample = load_sample()
        self.load_article(sample.text, outlet=sample.outlet, url=sample.url, title=sample.title,
                          published=sample.published)
        self.show_status(native_keys("A sample article: check the date, then press Extract (Ctrl+Return)."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # a new system theme
            retint()
        super().changeEvent(event)

    # --- closing -------------------------------------------------------------------------------
    def _close_when_answered(self) -> None:
        """Close as asked during a write, once any message the write's outcome raised has been read."""
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(200, self._close_when_answered)
        else:
            self.close()

    def closeEvent(self, event) -> None:
        if workers.busy():  # the 300 ms before the busy dialog shows: the write finishes and is shown first
            event.ignore()
            self.show_status("Still writing to the chronology: the window closes as soon as that is done.")
            workers.when_idle(self._close_when_answered)
            return
        self.article.flush_draft()
        if self._waiting_extraction is not None:  # the waiting candidates are kept as a draft, as on the page
            self.review.start_session(*self._waiting_extraction)
            self._drop_waiting()
        self.review.flush_draft()
        if not self._may_close_with_unkept_drafts():
            event.ignore()
            return
        self.article.cancel()  # an extraction still running is abandoned, never waited for
        self._save_ui_state()
        if self.store is not None and self.store.wrote:  # moved or replaced since the last write: write back now
            try:
                self.store.ensure_in_place()
            except StoreError as exc:
                QMessageBox.warning(self, "Chronology not written back", str(exc))
            self._say_store_notice()
        self._set_store(None)  # closes the file; late events (a delayed click) find no store
        drafts.release_owner(self.draft_owner)  # what it left may be offered to the next window
        super().closeEvent(event)

    def _may_close_with_unkept_drafts(self) -> bool:
        """What the editor typed and has not saved is kept as a draft on closing; when it cannot be (a full disk,
        a read-only data folder), closing would lose it without a word: ask first."""
        unkept = [(what, how) for page, what, how in (
            (self.review, "Your corrections and the candidates not yet decided", "accept the events to save them"),
            (self.article, "The article on the Article page", "extract the article to store it"))
            if not page.draft_kept]
        if not unkept:
            return True
        said = "\n\n".join(drafts.not_kept(what, how + " in the chronology") for what, how in unkept)
        answer = QMessageBox.question(
            self, "Close and lose unsaved work?",
            f"{said}\n\nClose anyway and lose what you typed? No keeps the window open.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def missing_file_message(path: str | Path, last: bool = False) -> str:
    path = Path(path)
    what = f"The chronology you used last, {path.name}," if last else f"The chronology {path.name}"
    return (f"{what} is not in {path.parent} any more: it was moved, renamed "
            "or deleted, or it is on a drive that is not connected. Nothing was created in its place; open it "
            "where it is now (File \u2192 Open\u2026).")


def open_main_window(path: str | Path | None) -> MainWindow:
    """Create (with a QApplication if needed) and show the main window, without running the loop."""
    make_app()
    window = MainWindow(path)
    if window.store is None:  # first run, or the file given could not be opened
        window.show_welcome()
    window.show()
    window.activateWindow()
    # the extraction engine loads in the background once the window is up, not at the first Extract
    QTimer.singleShot(ENGINE_WARM_UP_AFTER_MS, window, warm_up_engine_in_background)
    return window


def _draft_article(src, state: dict) -> str:
    """The article of a draft as the Source filter names it: its title or outlet, else its first words. Without
    an article in the file: events opened from the chronology, or an article deleted since, named by its
    first event's headline ('an article', with no hint, left the editor guessing what Restore would bring)."""
    if src is None:
        if not state.get("source_id"):
            return "events opened from the chronology"
        first = next((_opening(h) for i in state.get("items", []) if (h := (i.get("event") or {}).get("headline"))), "")
        return "an article no longer in this chronology" + (f" (first event: {first})" if first else "")
    if src.title or src.outlet:
        return f"\u201c{src.title or src.outlet}\u201d"
    words = _opening(src.text)
    return f"the article {words}" if words else "an article"


def _opening(text: str) -> str:
    """A text's first words, quoted: '\u201cKHARTOUM: Darfur rebels raided\u2026\u201d'."""
    words = " ".join(text[:LABEL_CHARS].split())
    more = "\u2026" if len(text) > LABEL_CHARS else ""
    return f"\u201c{words}{more}\u201d" if words else ""


def _notice_bar(name: str, label_name: str, background: str, border: str) -> tuple[QFrame, QLabel]:
    """A hidden bar above the tabs: its wrapped message first, then the buttons the caller adds to its layout."""
    bar = QFrame(objectName=name)
    bar.setStyleSheet(f"#{name} {{ background: {background}; border-bottom: 1px solid {border}; }}"
                      f" #{label_name} {{ color: {MARK_TEXT}; }}")  # (a light theme's text, on a light bar)
    label = QLabel(objectName=label_name)
    label.setWordWrap(True)
    QHBoxLayout(bar).addWidget(label, 1)
    bar.hide()
    return bar, label


def _draft_contents(pending: int, edited_pending: int, edited_decided: int) -> str:
    """'5 candidates not yet decided, 1 of them with your edits'. Corrections to events already decided (an event
    opened from the chronology) are said apart: they read '0 candidates not yet decided, 1 of them with your
    edits'."""
    parts = []
    if pending or not edited_decided:
        parts.append(f"{pending:,} candidate{'s' if pending != 1 else ''} not yet decided"
                     + (f", {edited_pending:,} of them with your edits" if edited_pending else ""))
    if edited_decided:
        parts.append(f"your corrections to {edited_decided:,} event{'s' if edited_decided != 1 else ''} "
                     "already accepted or rejected")
    return "; ".join(parts)


def _draft_time(saved_at: str | None) -> str:
    """' from 27 November 2026, 04:14', as the app writes dates."""
    try:
        when = dt.datetime.fromisoformat(saved_at or "")
    except ValueError:
        return ""
    return f" from {display_period(when.date().isoformat())}, {when:%H:%M}"


def run_app(db_path: str | None, quit_after_show: bool = False) -> int:
    """What `chronoapp [DB]` runs: the file given, else the last one used, else the welcome page."""
    started = time.perf_counter()
    app = make_app()
    install_crash_handler(app)
    path: str | Path | None = db_path
    missing = None
    if path is None:
        last = settings().value("lastFile", "")
        if last and Path(last).exists():
            path = last
        else:
            missing = last or None
            if paths.default_chronology().exists():
                path = paths.default_chronology()
    window = open_main_window(path)
    if missing:  # moved, renamed, or on a drive not connected: say so rather than show another file
        QMessageBox.warning(window, "Chronology not found", missing_file_message(missing, last=True))
    if quit_after_show:  # packaging smoke test: say the window came up, then leave
        QTimer.singleShot(0, lambda: print(f"chronoapp: window shown: {window.isVisible()}", flush=True))
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, app.quit)
    window.show_status(f"Ready in {time.perf_counter() - started:.2f} s.")
    return app.exec()
