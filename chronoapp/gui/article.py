"""The article page: paste or open an article, say where and when it was published, extract."""
from __future__ import annotations

import datetime as dt
import re
import threading
import time
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit, QDateTimeEdit, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QProgressBar,
    QPushButton, QVBoxLayout, QWidget,
)

from chronoapp.core.dates import PUBLISHED_MAX, PUBLISHED_MIN, display_period, stated_publication_date
from chronoapp.core.model import Source, title_line
from chronoapp.gui.colors import tint
from chronoapp.gui.keys import native_keys
from chronoapp.gui.workers import Job

ARTICLE_FILTER = "Articles (*.txt *.html *.htm *.md *.markdown *.rtf);;All files (*)"
LONG_TEXT = 200_000  # characters; above this, say that extraction may take a moment
DRAFT_KEY = "article"  # drafts.json key (+ ":" + the window's owner token) of the article not extracted yet
MAX_DRAFT_TEXT = 2_000_000  # characters; a bigger paste is not copied to the drafts file at every pause
DRAFT_DELAY_MS = 800


# a sentence that takes every part of the engine through its first use (patterns, vocabularies, gazetteer)
WARM_UP_TEXT = "On 3 May 2017 the army said ten people were killed in an air strike on Aleppo."
_engine_lock = threading.Lock()  # one thread loads the engine; an extraction started meanwhile waits for it
_engine_warm = False
_warm_up_started = False


def warm_up_engine() -> None:
    """Load the extraction engine, once: imported, it still loads its vocabularies and gazetteer at its first
    extraction (about 1.5 s in all). Called from worker threads only."""
    global _engine_warm
    with _engine_lock:
        if not _engine_warm:
            from chronoapp.core.extract import extract

            extract(WARM_UP_TEXT, dt.date(2017, 5, 4))
            _engine_warm = True


def engine_warm() -> bool:
    """Whether warm_up_engine has finished: the engine is loaded, its first extraction done."""
    return _engine_warm


def warm_up_engine_in_background() -> None:
    """Start loading the engine in a daemon thread (once per process), so that it is ready by the first paste.
    (Its pure-Python work takes turns with the UI thread; what holds the interpreter longer happens now, while
    the editor finds the article, rather than after Extract is pressed.)"""
    global _warm_up_started
    if _warm_up_started:
        return
    _warm_up_started = True

    def run() -> None:
        try:
            warm_up_engine()
        except Exception:  # (an extraction meets the same error again, and reports it)
            pass

    threading.Thread(target=run, name="chronoapp-engine-warm-up", daemon=True).start()


def run_extraction(raw: str, published: dt.date, known_actors=(), known_places=(), should_stop=None):
    """Worker-thread body: clean the pasted text, then extract from the cleaned text (offsets match).
    Actors and places editors confirmed before are recognised in new articles too. Cancelled
    (should_stop), it ends early; its result is dropped unread then.
    The engine is first imported here, in the worker: importing it compiles its patterns (about a second), which
    froze the window when the UI thread did it at the first extraction."""
    warm_up_engine()  # (at once if the warm-up has ended; else the end of its work is waited for, not redone)
    from chronoapp.core.extract import ExtractionCancelled, clean_text, extract

    text = clean_text(raw)
    if not text.strip():
        return text, None
    try:
        return text, extract(text, published, known_actors=known_actors, known_places=known_places,
                             should_stop=should_stop)
    except ExtractionCancelled:  # (should_stop is true only once the job is cancelled: no one reads this)
        return text, None


def read_article_file(path: Path) -> tuple[str, str, str | None, tuple[dt.date, str] | None]:
    """(cleaned text, title from an HTML <title>, a Markdown heading or a first line standing as one, decoding note, the publication date
    a page gives in its markup with its value) of an article file; ValueError for binary data.
    (From extract.article, the light module: importing the extract package on the interface's thread waited for
    the engine's warm-up importing it; the module alone is ready at once.)"""
    from chronoapp.core.extract.article import article_title, clean_text, decode_article, page_published

    raw, note = decode_article(path.read_bytes())
    text = clean_text(raw)
    return text, article_title(raw, text) or title_line(text), note, page_published(raw)


class ArticleEdit(QPlainTextEdit):
    """The article text box; a dropped file is opened as an article rather than pasted as its path."""

    fileDropped = Signal(Path)

    def canInsertFromMimeData(self, source) -> bool:
        return source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source) -> None:
        files = [Path(u.toLocalFile()) for u in source.urls() if u.isLocalFile()] if source.hasUrls() else []
        if files:
            self.fileDropped.emit(files[0])
            return
        if source.hasHtml():  # a whole page copied: its HTML tells the story from the menus, footer and banners
            from chronoapp.core.extract.article import story_of_page

            if story := story_of_page(source.html()):
                self.insertPlainText(story)
                return
        super().insertFromMimeData(source)


class TypedDateEdit(QDateEdit):
    """The publication date ('d MMMM yyyy'), typed as editors type a date: '18 July 2006', '18 Jul 2006',
    '18/07/2006', '31.1.2011', and year first as the review form writes dates ('2006-07-18'). Qt's own field moved on after a two-digit day and again at the space that
    followed, so the month was skipped ('18 July 2006' became 18 November 2006, the month shown before, and
    every 'Tuesday' in the article was read in the wrong month); it dropped an abbreviated month at the space,
    took no month number, and refused a day the month shown lacks (31 typed over a November). Here a day and a
    month are read from what is typed in their section, and a separator right after a section filled itself is
    the one already passed. A two-digit year ('18/07/06'), which Qt put back to the year shown, is this century's
    (the last one's when it would be ahead of today). Arrows, Backspace and the calendar work as before."""

    SEPARATORS = " /-.,"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._digits = ""  # the digits typed so far in the day or month section
        self._day = 0  # the day typed, kept when the month typed next is set
        self._moved_on = False  # the last key filled its section and moved to the next
        self._year = ""  # the digits typed in the year section
        self._typed, self._shown = "", QDate()  # what was typed from the day section on, and the date shown before

    def focusInEvent(self, event) -> None:
        self._digits, self._day, self._moved_on, self._year, self._typed = "", 0, False, "", ""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.BacktabFocusReason:  # Qt enters at the year: '18 July 2006' went in there
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def focusOutEvent(self, event) -> None:
        self._finish_year()
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        section = self.currentSection()
        if len(text) != 1 or not text.isprintable() or modifiers:  # arrows, Backspace, Tab, shortcuts
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self._finish_year()
            self._digits, self._moved_on, self._year, self._typed = "", False, "", ""
            super().keyPressEvent(event)
            return
        Section = QDateTimeEdit.Section
        if self._typed or section == Section.DaySection:
            if not self._typed:
                self._shown = self.date()
            self._typed += text
            if self._year_first():
                return
        if text in self.SEPARATORS:
            digits, self._digits = self._digits, ""
            moved_on, self._moved_on = self._moved_on, False
            if moved_on:
                return  # the separator after a day or month that filled its section
            if section == Section.DaySection and digits:
                self.setSelectedSection(Section.MonthSection)
                return
            if section == Section.MonthSection and self._set_month(digits or self.sectionText(section)):
                return
        elif text.isdigit() and section in (Section.DaySection, Section.MonthSection):
            self._digits += text
            number = int(self._digits)
            if section == Section.DaySection and 1 <= number <= 31:
                self._set_day(number)
                if len(self._digits) == 2 or number > 3:  # no day begins with these: the next section
                    self._digits, self._moved_on = "", True
                    self.setSelectedSection(Section.MonthSection)
            elif section == Section.MonthSection and self._set_month(self._digits, move_on=False):
                if len(self._digits) == 2 or number > 1:
                    self._digits, self._moved_on = "", True
                    self.setSelectedSection(Section.YearSection)
            if len(self._digits) >= 2:  # no such day or month (00, 32, 13): typed again from its first digit
                self._digits = ""
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._digits, self._moved_on = "", self.currentSectionIndex() != before
        self._year = self._year + text if section == Section.YearSection and text.isdigit() else ""
        shown = self.date()
        if (section == Section.YearSection and len(self.sectionText(section)) == 4 and self._day > shown.day()
                and QDate(shown.year(), shown.month(), self._day).isValid()):
            self.setDate(QDate(shown.year(), shown.month(), self._day))  # 29 typed for a February: its leap year came

    def _year_first(self) -> bool:
        """Four digits and a separator typed ('2006-', '2006-07-18'): the date is read year first, from what the
        field showed before; the four digits had been taken as a day and a month ('2006-07-18' was 20 June)."""
        iso = re.fullmatch(r"(\d{4})[-/.](?:(\d{1,2})(?:[-/.](\d{0,2}))?)?", self._typed)
        if iso is None or not self.minimumDate().year() <= int(iso[1]) <= self.maximumDate().year():
            return False
        year, month, day = int(iso[1]), int(iso[2] or self._shown.month()), int(iso[3] or self._shown.day())
        if 1 <= month <= 12:
            self.setDate(QDate(year, month, max(1, min(day, QDate(year, month, 1).daysInMonth()))))
        return True

    def _finish_year(self) -> None:
        """Two digits typed for the year: this century's year, or the last one's when that is ahead of today."""
        if len(self._year) == 2:
            today = QDate.currentDate().year()
            year = today // 100 * 100 + int(self._year)
            year -= 100 if year > today else 0
            shown = self.date()
            last = QDate(year, shown.month(), 1).daysInMonth()
            self.setDate(QDate(year, shown.month(), min(self._day or shown.day(), last)))
        self._year = ""

    def _set_day(self, day: int) -> None:
        """That day, in the month shown or, when it has fewer days, the latest month before it that has it."""
        self._day = day
        shown = self.date()
        month = QDate(shown.year(), shown.month(), 1)
        while month.daysInMonth() < day:
            month = month.addMonths(-1)
        self.setDate(QDate(month.year(), month.month(), day))
        self.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def _set_month(self, typed: str, move_on: bool = True) -> bool:
        """The month numbered or named (or begun: 'Jul', 'sept') by `typed`; False when it names none or several."""
        typed = typed.strip().lower().rstrip(".")
        if typed.isdigit():
            months = {int(typed)} & set(range(1, 13))
        else:
            locale = self.locale()
            months = {m for m in range(1, 13) for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
                      if typed and locale.monthName(m, form).lower().rstrip(".").startswith(typed)}
        if len(months) != 1:
            return False
        shown, month = self.date(), months.pop()
        last = QDate(shown.year(), month, 1).daysInMonth()
        self.setDate(QDate(shown.year(), month, min(self._day or shown.day(), last)))
        self.setSelectedSection(QDateTimeEdit.Section.YearSection if move_on else QDateTimeEdit.Section.MonthSection)
        return True


class ArticlePage(QWidget):
    """Emits extracted(source, extraction) once the article is stored and its events found."""

    extracted = Signal(object, object)
    status = Signal(str)  # one-line messages for the status bar

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = None
        self.job: Job | None = None

        self.outletEdit = self._line("outletEdit", "Outlet", "e.g. Reuters")
        self.urlEdit = self._line("urlEdit", "URL", "https://…")
        self.titleEdit = self._line("titleEdit", "Title", "headline of the article")
        self.publishedDateEdit = TypedDateEdit(QDate.currentDate(), objectName="publishedDateEdit")
        self.publishedDateEdit.setCalendarPopup(True)
        self.publishedDateEdit.setDateRange(QDate(PUBLISHED_MIN), QDate(PUBLISHED_MAX))
        self.publishedDateEdit.setDisplayFormat("d MMMM yyyy")
        self.publishedDateEdit.setAccessibleName("Publication date")
        self.publishedDateEdit.setToolTip("Relative dates in the article (\u201cyesterday\u201d, \u201con Friday\u201d) "
                                          "are worked out from this date")
        self.openButton = QPushButton("Open article file\u2026", objectName="openArticleButton")
        self.openButton.setAccessibleName("Open article file")
        self.openButton.setToolTip(native_keys("Open a .txt, .html or .md file (Ctrl+Shift+O)"))
        self.openButton.clicked.connect(self.choose_file)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Outlet:", self.outletEdit)
        form.addRow("&URL:", self.urlEdit)
        form.addRow("&Title:", self.titleEdit)
        date_box = QWidget()  # a widget, not a bare layout: the form row then grows when the hint wraps
        date_row = QHBoxLayout(date_box)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.publishedDateEdit)
        self.publishedHint = QLabel(objectName="publishedHintLabel")
        self.publishedHint.setWordWrap(True)  # never pushes the field's label out of a narrow window
        self.publishedHint.setToolTip("Relative dates in the article (\u201cyesterday\u201d, \u201con Friday\u201d) "
                                      "are worked out from this date")
        # the date an article states in its head ('KYIV, May 14, 2023 (AP) -'), read as it is pasted: it fills
        # the field unless the date there is vouched for (typed by the editor, or the article's known date)
        self._stated: tuple[dt.date, str] | None = None
        self._page_date: tuple[dt.date, str] | None = None  # an opened page's own, from its markup
        self._date_vouched = False
        self._setting_date = False
        self._last_published: dt.date | None = None  # of the last article extracted, with its size in _last_size
        self._last_size = 0
        self._extracted_revision: int | None = None  # the text box's revision when its article was extracted
        self.publishedDateEdit.dateChanged.connect(self._date_chosen)
        self._published_changed(self.publishedDateEdit.date())
        date_row.addWidget(self.publishedHint, 1)  # all the room there is: it wraps only in a narrow window
        date_row.addWidget(self.openButton)
        label = QLabel("&Published:")
        label.setBuddy(self.publishedDateEdit)
        form.addRow(label, date_box)

        self.articleEdit = ArticleEdit(objectName="articleEdit")
        self.articleEdit.fileDropped.connect(self.open_file)
        self.articleEdit.setAccessibleName("Article text")
        self.articleEdit.setTabChangesFocus(True)  # a keyboard user leaves the text with Tab (news has no tabs to type)
        self.articleEdit.setPlaceholderText(native_keys(
            "Paste the article text here (Ctrl+V), or open (or drop here) a .txt, .html or .md file.\n\n"
            "Then check the publication date above and press Extract (Ctrl+Return)."))
        self.articleEdit.textChanged.connect(self._text_changed)
        # the article's head is read once the paste or load is whole: its stated date, its headline
        self.head_timer = QTimer(self, singleShot=True, interval=0)
        self.head_timer.timeout.connect(self._read_stated_date)
        self.head_timer.timeout.connect(self._read_title_line)
        self._title_from_text = ""  # the title _read_title_line put in the field (the editor typed any other)
        self._title_emptied = None  # the text's title line the editor deleted from the field: not put back
        self.titleEdit.textEdited.connect(self._title_typed)

        self.messageLabel = QLabel(objectName="articleMessage")
        self.messageLabel.setWordWrap(True)
        tint(self.messageLabel, "error")
        self.messageLabel.hide()
        self.sizeLabel = QLabel(objectName="articleSizeLabel")
        self.sizeLabel.setMinimumWidth(1)  # its text while extracting never widens a narrow window: it is cut
        self.progress = QProgressBar(objectName="extractProgress")
        self.progress.setRange(0, 0)  # extraction reports no steps: a busy indicator
        self.progress.setAccessibleName("Extraction in progress")
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancelButton = QPushButton("Cancel  (Esc)", objectName="cancelExtractButton")
        self.cancelButton.setAccessibleName("Cancel extraction")
        self.cancelButton.clicked.connect(self.cancel)
        self.cancelButton.hide()
        # the status bar's 'Extracting …' goes after 8 s and the busy bar says nothing: the time goes beside it
        self.elapsedTimer = QTimer(self, interval=1000)
        self.elapsedTimer.timeout.connect(self._say_elapsed)
        self._busy_since, self._busy_size = 0.0, 0
        self.extractButton = QPushButton(native_keys("E&xtract events  (Ctrl+Return)"), objectName="extractButton")
        self.extractButton.setAccessibleName("Extract events")
        self.extractButton.setDefault(True)
        self.extractButton.clicked.connect(self.start_extraction)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.start_extraction,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Escape"), self, self.cancel, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        buttons = QHBoxLayout()
        buttons.addWidget(self.sizeLabel)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.cancelButton)
        buttons.addWidget(self.extractButton)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.articleEdit, 1)
        layout.addWidget(self.messageLabel)
        layout.addLayout(buttons)
        self._text_changed()

        # what is typed or pasted here is kept as a draft until it is extracted (and so stored)
        self.draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self._big_draft_due = False  # a paste too big to copy at every pause waits to be copied on closing
        self.draft_kept = True  # False while the last draft could not be written (a full disk): closing asks first
        from chronoapp.gui import drafts

        self.draft_owner = drafts.new_owner()  # the main window gives its own (one per window)
        self.articleEdit.textChanged.connect(self.draft_timer.start)
        for edit in (self.outletEdit, self.urlEdit, self.titleEdit):
            edit.textChanged.connect(self.draft_timer.start)
        for edit in (self.urlEdit, self.titleEdit):
            edit.textChanged.connect(self._check_details)
        self.urlEdit.editingFinished.connect(self._check_url)
        self.publishedDateEdit.dateChanged.connect(self.draft_timer.start)

    # --- draft ---------------------------------------------------------------------------------
    def draft_key(self) -> str:
        return f"{DRAFT_KEY}:{self.draft_owner}"

    def save_draft(self, *, closing: bool = False) -> None:
        from chronoapp.gui import drafts

        self.draft_timer.stop()
        self._big_draft_due = False
        if self.articleEdit.document().characterCount() > MAX_DRAFT_TEXT and not closing:
            drafts.clear_draft(self.draft_key())  # never bring back an older article in its place
            self._big_draft_due = True  # copied once, when the window closes (flush_draft)
            return
        state = {"text": self.articleEdit.toPlainText(), "outlet": self.outletEdit.text(),
                 "url": self.urlEdit.text(), "title": self.titleEdit.text(),
                 "published": self.publishedDateEdit.date().toPython().isoformat()}
        kept = True
        if any(state[k].strip() for k in ("text", "outlet", "url", "title")):
            state.update(owner=self.draft_owner, saved_at=dt.datetime.now().isoformat(timespec="seconds"))
            kept = drafts.save_draft(self.draft_key(), state)
        else:
            drafts.clear_draft(self.draft_key())
        if self.draft_kept and not kept:
            self.status.emit(drafts.not_kept("The article", "extract it to store it in the chronology"))
        self.draft_kept = kept

    def flush_draft(self) -> None:
        """On closing: what waits to be copied is copied now, a paste too big to copy at every pause too, and a
        draft that could not be written is tried again."""
        if self.draft_timer.isActive() or self._big_draft_due or not self.draft_kept:
            self.save_draft(closing=True)

    def restore_draft(self) -> bool:
        """Put back the article left unextracted last time (only into an empty page): the newest one of a
        window that is closed; one still open in another window or another chronoapp stays its own."""
        from chronoapp.gui import drafts

        left = [(k, d) for k, d in drafts.load_drafts().items()
                if (k == DRAFT_KEY or k.startswith(DRAFT_KEY + ":")) and not drafts.owner_alive(d.get("owner"))]
        if not left or self.articleEdit.document().characterCount() > 1:
            return False
        key, state = max(left, key=lambda kd: str(kd[1].get("saved_at", "")))
        try:
            published = dt.date.fromisoformat(state.get("published") or "")
        except (TypeError, ValueError):
            published = None
        self.load_article(str(state.get("text") or ""), outlet=str(state.get("outlet") or ""),
                          url=str(state.get("url") or ""), title=str(state.get("title") or ""), published=published)
        self.draft_timer.stop()
        drafts.adopt_draft(key, self.draft_key(), self.draft_owner)  # this window's now
        self.status.emit(native_keys("The article you had not extracted yet is back on the Article page (Ctrl+1)."))
        return True

    def _published_changed(self, date: QDate) -> None:
        """A date after today is almost always a typo in the year: say so (extraction still works); so is a
        date other than the one the article states."""
        stated, day = self._stated, date.toPython()
        no_year = stated and str(stated[0].year) not in stated[1]  # a wire's dateline ('JUBA, May 18 (Reuters) -')
        if date > QDate.currentDate():
            text, warn = "\u26a0 in the future: check the year", True
        elif no_year and (stated[0].month, stated[0].day) == (day.month, day.day):
            text, warn = (f"as the article states (\u201c{stated[1]}\u201d), which names no year: {day.year} is "
                          "the nearest to the date before; check the year"), False
        elif stated and stated[0] != day:
            shown = display_period(stated[0].isoformat()) if not no_year else f"{stated[0].day} {display_period(stated[0].isoformat()[:7]).split()[0]}"
            text, warn = f"\u26a0 the article says \u201c{stated[1]}\u201d ({shown}): check this date", True
        elif stated:
            text, warn = f"as the article states (\u201c{stated[1]}\u201d): relative dates are resolved against it", False
        elif self._last_published == day and not self._date_vouched \
                and self.articleEdit.document().characterCount() not in (1, self._last_size):
            # another article pasted that states no date: the field still holds the last one's, which every
            # 'on Monday' of this one would be worked out from
            text, warn = ("still the date of the last article extracted: check it is this one's (relative dates "
                          "are resolved against it)"), False
        else:
            text, warn = "relative dates are resolved against this day", False
        self.publishedHint.setText(text)
        tint(self.publishedHint, "error" if warn else None)

    def _date_chosen(self, date: QDate) -> None:
        if not self._setting_date:
            self._date_vouched = True  # the editor's choice: an article's own stated date no longer replaces it
        self._published_changed(date)

    def _set_date(self, day: dt.date) -> None:
        """Put a date in the field that the editor did not choose (an article's stated or known date)."""
        self._setting_date = True
        try:
            self.publishedDateEdit.setDate(QDate(day))
        finally:
            self._setting_date = False
        self._published_changed(self.publishedDateEdit.date())

    def _read_stated_date(self) -> None:
        """The publication date the article states in its first lines (first blocks only: cheap in a 5 MB
        paste): it fills the field unless the editor chose the date; otherwise a differing one is pointed out."""
        stated = stated_publication_date(self._head(), near=self.publishedDateEdit.date().toPython()) \
            or self._page_date
        if stated and not PUBLISHED_MIN <= stated[0] <= PUBLISHED_MAX:
            stated = None
        self._stated = stated
        if stated and not self._date_vouched:
            self._set_date(stated[0])
        else:
            self._published_changed(self.publishedDateEdit.date())

    def _read_title_line(self) -> None:
        """A first line standing as the article's headline fills the title, as File \u2192 Open article and
        `chronoapp ingest` take it, unless the editor typed a title: the field is empty or still holds the one taken
        from the text before (the last article's, pasted over, or this one's first line as it was)."""
        title = self.titleEdit.text()
        if title and title != self._title_from_text:
            return
        line = title_line(self._head())
        if not title and line == self._title_emptied:  # the editor emptied it: left so until another article
            return
        self._title_from_text = line
        if self._title_from_text != title:
            self.titleEdit.setText(self._title_from_text)

    def _title_typed(self, text: str) -> None:
        """The editor emptied the title the text's first line gave (it was no headline, or the editor wants
        none): typing on in the article must not fill it again."""
        self._title_emptied = self._title_from_text if not text else None

    def _head(self) -> str:
        """The article's first lines (first blocks only, 300 characters each: cheap in a 5 MB paste)."""
        block, lines = self.articleEdit.document().firstBlock(), []
        while block.isValid() and len(lines) < 8:
            lines.append(block.text()[:300])
            block = block.next()
        return "\n".join(lines)

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(objectName=name, placeholderText=placeholder)
        edit.setAccessibleName(accessible)
        return edit

    # --- filling -----------------------------------------------------------------------------
    def load_article(self, text: str, *, outlet: str = "", url: str = "", title: str = "",
                     published: dt.date | None = None) -> None:
        self.cancel()
        self._page_date = None
        self.articleEdit.setPlainText(text)
        self.outletEdit.setText(outlet)
        self.urlEdit.setText(url)
        self.titleEdit.setText(title)
        self._title_from_text = ""  # a title given with the article (a file's, a draft's) is not replaced
        self._set_date(published or dt.date.today())
        self._date_vouched = published is not None  # the article's known date (a draft, a stored source)
        self.show_message("")
        self.articleEdit.setFocus()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open article", "", ARTICLE_FILTER)
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        try:
            text, title, note, page_date = read_article_file(path)
        except OSError as exc:
            self.show_message(f"Cannot read {path.name}: {exc.strerror or exc}")
            return
        except ValueError as exc:
            from chronoapp.core.extract.article import DOCUMENTS  # (loaded by read_article_file already)

            kind, program = DOCUMENTS.get(path.suffix.lower(), ("", ""))
            advice = native_keys(f" It is {kind} document, which chronoapp does not read: open it in {program}, copy "
                                 "its text (Ctrl+A, Ctrl+C) and paste it here (Ctrl+V), or save it as plain text (.txt)."
                                 ) if kind else ""
            self.show_message(f"Cannot open {path.name}: {exc}.{advice}")
            return
        if not text:  # an empty or markup-only file would only wipe the article in the box
            self.show_message(f"There is no article text in {path.name} (after removing markup): nothing was opened.")
            return
        vouched = self._date_vouched  # the field is kept as it is, and so is who chose it
        self.load_article(text, title=title or path.stem, outlet=self.outletEdit.text(),
                          published=self.publishedDateEdit.date().toPython())
        self._date_vouched = vouched
        self._page_date = (page_date[0], f"published {page_date[1]}") if page_date else None
        self.status.emit(f"Opened {path.name}" + (f" ({note})" if note else "")
                         + "; check the publication date, then extract.")

    def focus_text(self) -> None:
        """The focus in the article box. An article already extracted, as it was, is selected: the next one pasted
        (Ctrl+V) replaces it. The cursor was left at its end, so the next article went in under the last one and
        was extracted with it as one article, the last one's events proposed again."""
        self.articleEdit.setFocus()
        if self._extracted_revision == self.articleEdit.document().revision():
            self.articleEdit.selectAll()

    def _text_changed(self) -> None:
        n = self.articleEdit.document().characterCount() - 1  # cheap even for a 5 MB paste
        if not n:
            self._date_vouched = False  # emptied for the next article: its own date may fill the field
            self._page_date = None
        self.head_timer.start()
        self._show_size()
        if n and self.messageLabel.isVisible():
            self.show_message("")
        self._check_details()

    def _show_size(self) -> None:
        n = self.articleEdit.document().characterCount() - 1
        self.sizeLabel.setText(f"{n:,} characters" if n else "")

    def _say_elapsed(self) -> None:
        """'3,599,398 characters · extracting… 1 min 05 s' while the worker runs (Cancel (Esc) beside it)."""
        secs = int(time.monotonic() - self._busy_since)
        took = f"{secs // 60} min {secs % 60:02d} s" if secs >= 60 else f"{secs} s"
        self.sizeLabel.setText(f"{self._busy_size:,} characters \u00b7 extracting\u2026 {took}")

    def _check_details(self) -> None:
        """A new article pasted after extracting one: its title and link are still the last article's,
        and would be stored as this one's source unless the editor notices."""
        last = getattr(self, "_last_details", None)
        if not last or not self.articleEdit.document().characterCount() > 1:
            return
        title, url = self.titleEdit.text(), self.urlEdit.text()
        # a title taken from the new article's first line is its own: the link may still be the last one's
        own_title = title == self._title_from_text and title != last[0]
        if ((title, url) == last or own_title and url and url == last[1]) \
                and self.articleEdit.document().characterCount() != self._last_size:
            name = last[0] or last[1]
            fields = "outlet, link" if own_title else "outlet, title, link"
            self.show_message(f"New article? The {fields} and date above are still those of the last "
                              f"one (\u201c{name}\u201d): check them before extracting.")
        elif self.messageLabel.text().startswith("New article?"):
            self.show_message("")

    def _check_url(self) -> None:
        """Exports link only http(s) addresses: a link typed as the browser shows it ('www.reuters.com/...') gets
        its https://, and something that is no web address is pointed out (it is kept as typed)."""
        url = self.urlEdit.text().strip()
        if url and not re.match(r"(?i)https?://\S+$", url):
            if re.match(r"(?i)(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$", url):
                self.urlEdit.setText("https://" + url)
                self.status.emit(f"https:// added to the link, so that exports link to the article: {self.urlEdit.text()}")
            else:
                self.show_message(f"The link \u201c{url}\u201d is not a web address (https://\u2026): exports will "
                                  "cite it as text, not as a link.")
                return
        if self.messageLabel.text().startswith("The link "):
            self.show_message("")

    def show_message(self, text: str) -> None:
        self.messageLabel.setText(text)
        self.messageLabel.setVisible(bool(text))

    # --- extraction ----------------------------------------------------------------------------
    def source(self, text: str, published: dt.date | None = None) -> Source:
        """The article as stored; published is the date its dates were worked out from."""
        published = published or self.publishedDateEdit.date().toPython()
        return Source(outlet=self.outletEdit.text().strip(), url=self.urlEdit.text().strip(),
                      title=self.titleEdit.text().strip(), published=published.isoformat(), text=text)

    def start_extraction(self) -> None:
        if self.job is not None:
            return
        raw = self.articleEdit.toPlainText()
        if not raw.strip():
            self.show_message("There is no article text yet: paste the article (or open a file), check its "
                              "publication date, then press Extract.")
            self.articleEdit.setFocus()
            return
        if self.store is None:
            self.show_message("Open or create a chronology file first (File \u2192 Open or New); "
                              "accepted events are saved there.")
            return
        if self.head_timer.isActive():  # extracted right as it was pasted: its date and title read first
            self.head_timer.stop()
            self._read_stated_date()
            self._read_title_line()
        self.show_message("")
        self._check_url()  # Ctrl+Return from the link field leaves it without editingFinished
        published = self.publishedDateEdit.date().toPython()
        # the vocabulary is read here, on the UI thread that owns the database connection; the engine is not
        # imported here but in the worker (run_extraction)
        # (cancelled, the worker stops too: a second extraction does not race a 5 MB one still running)
        self.job = Job(run_extraction, raw, published, self.store.vocabulary("actor"), self.store.vocabulary("place"),
                       with_stop=True)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self._busy(True, len(raw))
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
            self._busy(False)
            self.status.emit("Extraction cancelled.")

    def _busy(self, busy: bool, size: int = 0) -> None:
        self.progress.setVisible(busy)
        self.cancelButton.setVisible(busy)
        self.extractButton.setEnabled(not busy)
        if not busy:
            self.elapsedTimer.stop()
            self._show_size()
            return
        self._busy_since, self._busy_size = time.monotonic(), size
        self._say_elapsed()
        self.elapsedTimer.start()
        note = " (a long text: this can take a while; you can keep working)" if size > LONG_TEXT else ""
        self.status.emit(f"Extracting events from {size:,} characters\u2026{note}")

    def _finished(self, result) -> None:
        self.job = None
        self._busy(False)
        text, extraction = result
        if extraction is None:
            self.show_message("After removing markup nothing readable is left: paste the article's text.")
            return
        if self.store is None:
            return
        from chronoapp.core.store import StoreError

        # the date the dates were worked out from, even if the field was changed while the worker ran
        source = self.source(text, extraction.published)
        try:
            before = self.store.db.execute(
                "SELECT published, (SELECT count(DISTINCT event_id) FROM evidence JOIN event ON event.id = event_id"
                " WHERE source_id = source.id AND event.status != 'candidate') FROM source"
                " WHERE sha256 = ? AND coalesce(url, '') = ?", [source.sha256, source.url or ""]).fetchone()
            source.id = self.store.add_source(source, refresh_details=True)  # details corrected since: kept
        except StoreError as exc:
            self.show_message(f"The article could not be saved: {exc}")
            return
        from chronoapp.gui import drafts

        self.draft_timer.stop()
        self._big_draft_due = False
        drafts.clear_draft(self.draft_key())  # the article is in the chronology file now
        self.draft_kept = True
        self._date_vouched = False  # the next article pasted over this one: the date it states fills the field
        self._last_size = self.articleEdit.document().characterCount()  # to notice the next article pasted
        self._last_published = extraction.published
        self._extracted_revision = self.articleEdit.document().revision()  # the box holds what was extracted
        if source.title or source.url:  # to notice a next article pasted under these details
            self._last_details = (self.titleEdit.text(), self.urlEdit.text())
        self.extracted.emit(source, extraction)
        if before and before[0] and before[0] != source.published and before[1]:
            from chronoapp.core.dates import display_period

            QMessageBox.warning(
                self, "Publication date changed",
                f"This article was extracted before with the publication date {display_period(before[0])}; "
                f"it is now {display_period(source.published)}. {before[1]} event"
                f"{'s' if before[1] != 1 else ''} you already accepted or rejected from it kept the dates worked "
                "out then: check them in the chronology (Source filter).")
        if extraction.published != self.publishedDateEdit.date().toPython():
            self.status.emit(f"The publication date was changed during extraction: dates were worked out from "
                             f"{extraction.published.day} {extraction.published:%B %Y}, and the article is stored "
                             f"with that date. To use the new date, go back to the article ({native_keys('Ctrl+1')}) "
                             "and extract again.")

    def _failed(self, message: str) -> None:
        self.job = None
        self._busy(False)
        self.show_message("Extraction failed: " + message.splitlines()[0])
