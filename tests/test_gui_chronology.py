"""The chronology view driven like a user: filters, sorting, timeline drag, delete + undo, screenshots."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QToolTip

from chronoapp.core.dates import FuzzyDate
from chronoapp.core.model import Event, Evidence, Source
from chronoapp.core.store import Store
from chronoapp.gui.chronology import DATE, HEADLINE, MAX_PAGES, PAGE, STATUS, ChronologyView
from gui_steps import choose_from_list, click_menu_entry, open_list, open_menu, press_delete_in_source_dialog, rows

REUTERS = Source(id="src-reuters", outlet="Reuters", title="Syrian army ousts IS from Uqairabat", published="2017-09-05",
                 text="On Friday, the Syrian Army ousted ISIS from Uqairabat, killing 13.")
AP = Source(id="src-ap", outlet="AP", title="Protests in Daraa", published="2011-03-30", text="In March protests spread.")


def chronology_events() -> list[Event]:
    """Mixed precision: day, month, approximate month, year, open-ended, range."""
    return [
        Event(id="uqairabat", date=FuzzyDate("2017-09-01"), headline="Syrian Army ousts ISIS from Uqairabat",
              event_type="battle", actors=["Syrian Army", "ISIS"], location="Uqairabat", country="Syria",
              fatalities=13, status="confirmed", date_text="On Friday",
              evidence=[Evidence(source_id=REUTERS.id, quote="the Syrian Army ousted ISIS from Uqairabat", start=10, end=52)]),
        Event(id="daraa", date=FuzzyDate("2011-03"), headline="Protests spread from Daraa", event_type="protest",
              actors=["Protesters"], location="Daraa", country="Syria", status="confirmed",
              evidence=[Evidence(source_id=AP.id, quote="In March protests spread.", start=0, end=25)]),
        Event(id="caliphate", date=FuzzyDate("2014"), headline="ISIS declares a caliphate",
              event_type="strategic development", actors=["ISIS"], location="Raqqa", country="Syria", status="confirmed"),
        Event(id="astana", date=FuzzyDate("2017-09-14", "2017-09-15"), headline="Astana talks agree de-escalation zones",
              event_type="diplomacy", actors=["Russia", "Iran", "Turkey"], location="Astana", country="Kazakhstan",
              status="candidate"),
        Event(id="siege", date=FuzzyDate("2017-01", None), headline="Siege of Deir ez-Zor airbase", event_type="battle",
              actors=["ISIS", "Syrian Army"], location="Deir ez-Zor", country="Syria", status="candidate"),
        Event(id="damascus", date=FuzzyDate("2012-07-18"), headline="Damascus bombing kills defence minister",
              event_type="explosion/remote violence", actors=["Free Syrian Army"], location="Damascus", country="Syria",
              fatalities=4, status="rejected"),
        Event(id="ghouta", date=FuzzyDate("2013-08", approximate=True), headline="Chemical attack in Ghouta",
              event_type="violence against civilians", actors=["Syrian Army"], location="Ghouta", country="Syria",
              fatalities=1400, fatalities_low=281, fatalities_high=1729, status="confirmed"),
    ]


IN_DATE_ORDER = ["daraa", "damascus", "ghouta", "caliphate", "siege", "uqairabat", "astana"]


def build(path) -> None:
    with Store(path) as store:
        for source in (REUTERS, AP):
            store.add_source(source)
        for event in chronology_events():
            store.save_event(event)


def show_chronology(qtbot, store):
    """A chronology view of `store` in a shown 1280x800 window, its first query done."""
    window = QMainWindow()
    stack = QUndoStack(window)
    view = ChronologyView(stack)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(view.resultsUpdated):
        view.set_store(store)
    return window, view, stack


@pytest.fixture
def chrono(qtbot, tmp_path):
    path = tmp_path / "war.sqlite"
    build(path)
    store = Store(path)
    window, view, stack = show_chronology(qtbot, store)
    yield SimpleNamespace(window=window, view=view, store=store, stack=stack, path=path)
    view.set_store(None)
    store.close()


def shown_ids(view) -> list[str]:
    return list(view.model.ids)


def cell(view, row, col) -> str:
    return view.model.index(row, col).data()


def row_of(view, event_id) -> int:
    return shown_ids(view).index(event_id)


def wait_for_ids(qtbot, view, expected):
    qtbot.waitUntil(lambda: shown_ids(view) == expected, timeout=3000)


# --- what the user sees on opening ------------------------------------------------------------
def test_opens_in_chronological_order_with_honest_dates(chrono):
    view = chrono.view
    assert shown_ids(view) == IN_DATE_ORDER
    assert [cell(view, r, DATE) for r in range(7)] == [
        "March 2011", "18 July 2012", "c. August 2013", "2014", "since January 2017", "1 September 2017",
        "14\u201315 September 2017"]
    assert view.eventCountLabel.text() == "7 of 7 events"
    tip = lambda event_id: view.model.index(row_of(view, event_id), DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip("daraa").startswith("Known only to the month")
    assert tip("siege").startswith("Open-ended")
    assert "As written: \u201cOn Friday\u201d" in tip("uqairabat")
    ghouta = row_of(view, "ghouta")
    assert cell(view, ghouta, 5) == "1,400 (281\u20131,729)"
    assert cell(view, row_of(view, "uqairabat"), 7) == "1"  # sources
    assert cell(view, row_of(view, "astana"), STATUS) == "Candidate"


def test_a_toll_given_as_a_bound_reads_in_words_in_the_table(qtbot, tmp_path):
    """'at least 13' entered in the form showed as '13–' in the Fatalities column (and 'up to 40' as '–40'):
    it read as a typo or a range cut short, and said otherwise than the form, the ACLED notes and the slides."""
    with Store(tmp_path / "war.sqlite") as store:
        for event_id, low, high in (("floor", 13, None), ("ceiling", None, 40), ("range", 8, 23)):
            store.save_event(Event(id=event_id, date=FuzzyDate("2017-09-01"), headline=event_id, status="confirmed",
                                   fatalities_low=low, fatalities_high=high))
        _window, view, _stack = show_chronology(qtbot, store)
        shown = {event_id: cell(view, row_of(view, event_id), 5) for event_id in ("floor", "ceiling", "range")}
        view.set_store(None)
    assert shown == {"floor": "at least 13", "ceiling": "up to 40", "range": "8\u201323"}


def test_a_part_of_a_period_shows_in_its_words_and_its_tooltip_says_what_they_stand_for(qtbot, tmp_path):
    """'early 2012' typed in the form is stored as the approximate January–April 2012: the table says 'early 2012',
    and the tooltip which months it takes."""
    with Store(tmp_path / "war.sqlite") as store:
        store.save_event(Event(id="early", date=FuzzyDate.parse("early 2012"), headline="Fighting", status="confirmed"))
        _window, view, _stack = show_chronology(qtbot, store)
        assert cell(view, 0, DATE) == "early 2012"
        tip = view.model.index(0, DATE).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("A part of a period: early 2012, taken as January\u2013April 2012 (approximate)")
        view.set_store(None)


# --- filters ----------------------------------------------------------------------------------
def test_text_filter_is_debounced_full_text_search(chrono, qtbot):
    view = chrono.view
    updates = []
    view.resultsUpdated.connect(lambda shown, total: updates.append(shown))
    qtbot.keyClicks(view.filterTextEdit, "astan")
    assert len(shown_ids(view)) == 7  # nothing yet: typing waits for a pause
    wait_for_ids(qtbot, view, ["astana"])
    assert updates == [1]  # one query for five keystrokes
    assert view.eventCountLabel.text() == "1 of 7 events"
    view.filterTextEdit.clear()
    qtbot.keyClicks(view.filterTextEdit, "ousted")  # found in the source quote, not the headline
    wait_for_ids(qtbot, view, ["uqairabat"])
    assert view.current_query().text == "ousted"


def test_date_range_keeps_events_whose_fuzzy_date_overlaps(chrono, qtbot):
    view = chrono.view
    qtbot.keyClicks(view.filterFromEdit, "2011-03-15")
    qtbot.keyClicks(view.filterToEdit, "2011-03-20")
    wait_for_ids(qtbot, view, ["daraa"])  # "March 2011" may include 15-20 March
    view.filterFromEdit.clear()
    view.filterToEdit.clear()
    qtbot.keyClicks(view.filterFromEdit, "2017-09-15")
    wait_for_ids(qtbot, view, ["siege", "astana"])  # open-ended and the 14-15 range; not 1 September
    view.filterFromEdit.clear()
    qtbot.keyClicks(view.filterToEdit, "2013")  # the whole of 2013
    wait_for_ids(qtbot, view, ["daraa", "damascus", "ghouta"])
    view.filterToEdit.clear()
    qtbot.keyClicks(view.filterFromEdit, "March 2011")
    qtbot.keyClicks(view.filterToEdit, "March 2011")
    wait_for_ids(qtbot, view, ["daraa"])
    assert view.current_query().date_from == dt.date(2011, 3, 1)
    assert view.current_query().date_to == dt.date(2011, 3, 31)


def test_date_filters_read_early_mid_and_late_as_the_tagger_tells_them(chrono, qtbot):
    """'late 2016' is how articles (and the 'As written' of a date) say it: the filter refused it as a date that
    cannot be stored. A part of a period is its third: late 2013 is September to December."""
    view = chrono.view
    qtbot.keyClicks(view.filterFromEdit, "late 2013")
    qtbot.keyClicks(view.filterToEdit, "mid-2014")
    wait_for_ids(qtbot, view, ["caliphate"])  # 2014 may be any of it; c. August 2013 ends before September
    assert not view.filterMessageLabel.isVisible()
    assert (view.current_query().date_from, view.current_query().date_to) == (dt.date(2013, 9, 1), dt.date(2014, 8, 31))
    view.filterFromEdit.clear()
    view.filterToEdit.clear()
    qtbot.keyClicks(view.filterFromEdit, "Early March 2011")
    qtbot.keyClicks(view.filterToEdit, "the end of 2012")
    wait_for_ids(qtbot, view, ["daraa", "damascus"])
    assert (view.current_query().date_from, view.current_query().date_to) == (dt.date(2011, 3, 1), dt.date(2012, 12, 31))
    view.filterFromEdit.clear()
    qtbot.keyClicks(view.filterFromEdit, "c. late 2011")  # an approximate date as shown: the same days, no box to tick
    wait_for_ids(qtbot, view, ["damascus"])
    assert not view.filterMessageLabel.isVisible()
    assert view.current_query().date_from == dt.date(2011, 9, 1)
    view.filterFromEdit.clear()
    view.filterToEdit.clear()
    qtbot.keyClicks(view.filterToEdit, "late March")  # still no year: still said
    qtbot.waitUntil(view.filterMessageLabel.isVisible)
    assert "no year" in view.filterMessageLabel.text()


def test_a_slow_search_says_so_and_the_ui_stays_usable(chrono, qtbot, monkeypatch):
    import threading

    from chronoapp.gui import chronology

    release = threading.Event()
    real_search = chronology._search

    def slow_search(store, req):
        release.wait(10)
        return real_search(store, req)

    monkeypatch.setattr(chronology, "_search", slow_search)
    view = chrono.view
    qtbot.keyClicks(view.filterTextEdit, "caliphate")
    qtbot.waitUntil(lambda: view.eventCountLabel.text() == "Searching\u2026")
    qtbot.keyClicks(view.filterActorEdit, "isis")  # typing goes on while the search runs
    assert view.filterActorEdit.text() == "isis"
    release.set()
    wait_for_ids(qtbot, view, ["caliphate"])
    assert view.eventCountLabel.text() == "1 of 7 events"


def test_unreadable_date_is_explained_and_keeps_results(chrono, qtbot):
    view = chrono.view
    qtbot.keyClicks(view.filterFromEdit, "2017")
    wait_for_ids(qtbot, view, ["siege", "uqairabat", "astana"])
    view.filterFromEdit.clear()
    qtbot.keyClicks(view.filterFromEdit, "Smarch 2011")
    qtbot.waitUntil(view.filterMessageLabel.isVisible)
    assert view.filterMessageLabel.text().startswith("From: 'Smarch 2011' is not a real date")
    assert "March 2011" in view.filterMessageLabel.text()  # with examples of what works
    assert "border" in view.filterFromEdit.styleSheet()
    view.apply_filters()
    assert shown_ids(view) == ["siege", "uqairabat", "astana"]  # the last good results stay
    view.filterFromEdit.clear()
    qtbot.keyClicks(view.filterFromEdit, "2015")
    qtbot.keyClicks(view.filterToEdit, "2012")
    qtbot.waitUntil(lambda: "before" in view.filterMessageLabel.text())
    view.filterToEdit.clear()
    qtbot.waitUntil(lambda: not view.filterMessageLabel.isVisible())
    assert view.filterFromEdit.styleSheet() == ""


def test_a_mistyped_month_in_a_date_filter_is_called_a_month_not_a_backward_span_of_years(chrono, qtbot):
    """'2017-13' typed for a month was explained only as two years, 'the end (2013) is before the start (2017);
    write both years in full': an editor who meant a month could not see what was wrong."""
    view = chrono.view
    qtbot.keyClicks(view.filterFromEdit, "2017-13")
    qtbot.waitUntil(view.filterMessageLabel.isVisible)
    assert view.filterMessageLabel.text().startswith("From: '2017-13': there is no month 13 (a month is 01 to 12)")
    view.filterFromEdit.clear()
    qtbot.keyClicks(view.filterFromEdit, "2016-17")  # two years written short: read, no message
    qtbot.waitUntil(lambda: not view.filterMessageLabel.isVisible())
    wait_for_ids(qtbot, view, ["siege", "uqairabat", "astana"])


def test_actor_location_type_status_source_filters(chrono, qtbot):
    view = chrono.view
    view.filterActorEdit.setFocus()
    assert "Syrian Army" in view.filterActorEdit.completer().model().stringList()
    qtbot.keyClicks(view.filterActorEdit, "isis")  # any actor, case-insensitive
    wait_for_ids(qtbot, view, ["caliphate", "siege", "uqairabat"])
    qtbot.keyClicks(view.filterLocationEdit, "deir")
    wait_for_ids(qtbot, view, ["siege"])
    assert view.eventCountLabel.text() == "1 of 7 events"
    view.clear_filters()
    wait_for_ids(qtbot, view, IN_DATE_ORDER)

    view.filterTypeCombo.setCurrentIndex(view.filterTypeCombo.findData("battle"))
    wait_for_ids(qtbot, view, ["siege", "uqairabat"])
    assert view.timelineStrip.total() == 2  # the strip follows the non-date filters
    view.filterTypeCombo.setCurrentIndex(0)
    view.filterStatusCombo.setCurrentIndex(view.filterStatusCombo.findText("Rejected"))
    wait_for_ids(qtbot, view, ["damascus"])
    view.filterStatusCombo.setCurrentIndex(view.filterStatusCombo.findText("Not rejected"))
    wait_for_ids(qtbot, view, [i for i in IN_DATE_ORDER if i != "damascus"])
    view.filterStatusCombo.setCurrentIndex(0)
    view.filterSourceCombo.setCurrentIndex(view.filterSourceCombo.findData(AP.id))
    wait_for_ids(qtbot, view, ["daraa"])
    qtbot.mouseClick(view.clearFiltersButton, Qt.MouseButton.LeftButton)
    wait_for_ids(qtbot, view, IN_DATE_ORDER)
    assert view.filterSourceCombo.currentIndex() == 0 and view.timelineStrip.total() == 7



def test_the_source_filter_is_chosen_with_the_arrows_without_opening_its_list(qtbot, chrono):
    """An article extracted since the chronology was shown, then Tab to the Source filter and Down: the list is
    re-read only as it opens, so the arrows went through the old list and the new article could not be chosen
    from the keyboard."""
    view = chrono.view
    bbc = chrono.store.add_source(Source(outlet="BBC", title="Looking back", text="In 2010 it began."))
    chrono.store.save_event(Event(date=FuzzyDate("2010"), headline="Before it all", id="early",
                                  evidence=[Evidence(source_id=bbc, quote="In 2010 it began.")]))
    view.refresh()
    wait_for_ids(qtbot, view, ["early"] + IN_DATE_ORDER)
    chrono.window.activateWindow()
    qtbot.waitActive(chrono.window)
    view.filterStatusCombo.setFocus()
    qtbot.keyClick(view.filterStatusCombo, Qt.Key.Key_Tab)
    combo = view.filterSourceCombo
    assert combo.hasFocus()
    for _ in range(4):  # the three articles, in the list's order
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        if combo.currentData() == bbc:
            break
    assert combo.currentData() == bbc and "BBC" in combo.currentText()
    wait_for_ids(qtbot, view, ["early"])


def test_the_source_filter_writes_dates_as_the_window_does(chrono, qtbot):
    """The Source filter listed 'Reuters — … — 2017-09-05' beside '5 September 2017' everywhere else."""
    combo = chrono.view.filterSourceCombo
    open_list(qtbot, combo)
    text = combo.itemText(combo.findData("src-reuters"))
    assert text.startswith("Reuters — ") and text.endswith(" — 5 September 2017") and "2017-09" not in text
    assert combo.itemData(combo.findData("src-reuters"), Qt.ItemDataRole.ToolTipRole) == text  # (whole: not cut)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)


def test_a_shortcut_from_the_actor_filter_closes_its_suggestions_so_the_place_typed_lands_in_place(qtbot, chrono):
    """'Syr' in the Actor filter (Syrian Army, Free Syrian Army offered), Alt+P, 'Daraa': the focus went to Place
    but the open suggestions took the keys, so the actor filter became 'SyrDaraa' and nothing was found."""
    from PySide6.QtWidgets import QApplication

    view = chrono.view
    chrono.window.activateWindow()
    qtbot.waitActive(chrono.window)
    view.filterActorEdit.setFocus()
    qtbot.keyClicks(view.filterActorEdit, "Syr")
    popup = view.filterActorEdit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert view.filterLocationEdit.hasFocus() and not popup.isVisible()
    qtbot.keyClicks(QApplication.activePopupWidget() or view.filterLocationEdit, "Ghouta")
    assert view.filterActorEdit.text() == "Syr" and view.filterLocationEdit.text() == "Ghouta"
    wait_for_ids(qtbot, view, ["ghouta"])

# --- sorting ----------------------------------------------------------------------------------
def click_header(qtbot, view, column):
    header = view.chronologyTable.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_sort_by_clicking_headers_requeries(chrono, qtbot):
    view = chrono.view
    by_headline = sorted(IN_DATE_ORDER, key=lambda i: cell(view, row_of(view, i), HEADLINE).lower())
    click_header(qtbot, view, HEADLINE)
    wait_for_ids(qtbot, view, by_headline)
    assert view.current_query().sort == "headline" and not view.current_query().descending
    click_header(qtbot, view, HEADLINE)
    wait_for_ids(qtbot, view, by_headline[::-1])
    assert view.current_query().descending
    click_header(qtbot, view, 7)  # Sources cannot be sorted in SQL: nothing changes
    assert view.current_query().sort == "headline"
    assert view.chronologyTable.horizontalHeader().sortIndicatorSection() == HEADLINE
    click_header(qtbot, view, DATE)
    wait_for_ids(qtbot, view, IN_DATE_ORDER)


# --- opening, deleting, undo ------------------------------------------------------------------
def cell_center(view, row, col=HEADLINE) -> QPoint:
    return view.chronologyTable.visualRect(view.model.index(row, col)).center()


def test_double_click_and_enter_open_the_event(chrono, qtbot):
    view, table = chrono.view, chrono.view.chronologyTable
    pos = cell_center(view, row_of(view, "ghouta"))
    with qtbot.waitSignal(view.eventActivated) as blocker:
        # a real double-click is a click then a double-click event (QTest sends only the second)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["ghouta"]
    table.setFocus()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(view, row_of(view, "daraa")))
    with qtbot.waitSignal(view.eventActivated) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == ["daraa"]


def test_delete_asks_first_and_undo_restores_view_and_file(chrono, qtbot, monkeypatch):
    view, table, path = chrono.view, chrono.view.chronologyTable, chrono.path
    questions, answer = [], [QMessageBox.StandardButton.No]

    def question(parent, title, text, *args):
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(view, row_of(view, "uqairabat")))
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # answered No
    assert len(questions) == 1 and "Syrian Army ousts ISIS" in questions[0]
    assert chrono.stack.count() == 0 and rows(path, "SELECT count(*) FROM event") == [(7,)]

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    wait_for_ids(qtbot, view, [i for i in IN_DATE_ORDER if i != "uqairabat"])
    assert view.eventCountLabel.text() == "6 of 6 events"
    assert rows(path, "SELECT count(*) FROM event WHERE id = 'uqairabat'") == [(0,)]
    assert rows(path, "SELECT count(*) FROM evidence WHERE event_id = 'uqairabat'") == [(0,)]
    assert chrono.stack.undoText() == "Delete event"
    assert view.selected_ids() == ["astana"]  # the next event, ready for another Delete

    chrono.stack.undo()
    wait_for_ids(qtbot, view, IN_DATE_ORDER)
    assert rows(path, "SELECT headline, fatalities FROM event WHERE id = 'uqairabat'") == [
        ("Syrian Army ousts ISIS from Uqairabat", 13)]
    assert rows(path, "SELECT quote, start, end FROM evidence WHERE event_id = 'uqairabat'") == [
        ("the Syrian Army ousted ISIS from Uqairabat", 10, 52)]
    assert view.selected_ids() == ["uqairabat"]  # the restored row is selected again
    chrono.stack.redo()
    wait_for_ids(qtbot, view, [i for i in IN_DATE_ORDER if i != "uqairabat"])
    assert rows(path, "SELECT count(*) FROM event") == [(6,)]


@pytest.fixture
def deleted_in_window(qtbot, tmp_path, main_window, message_boxes):
    """(path, window, view, table): the main window on the chronology page, its Uqairabat event just deleted with
    the Delete key (message_boxes answers Yes)."""
    path = tmp_path / "war.sqlite"
    build(path)
    window = main_window(path)
    window.show_page(2)
    view, table = window.chronology, window.chronology.chronologyTable
    wait_for_ids(qtbot, view, IN_DATE_ORDER)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(view, row_of(view, "uqairabat")))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    wait_for_ids(qtbot, view, [i for i in IN_DATE_ORDER if i != "uqairabat"])
    return path, window, view, table


def test_an_undo_the_locked_file_refused_can_be_tried_again(qtbot, deleted_in_window, message_boxes):
    """Ctrl+Z of a delete while another program held the file: 'locked by another program; close it there and try
    again', but the undo stack had stepped back all the same. Pressed again, Ctrl+Z did nothing; Redo would have
    'deleted' the event again and forgotten it, so the deleted event could no longer be brought back."""
    import sqlite3

    path, window, view, table = deleted_in_window

    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writing
    try:
        qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert "locked by another program" in message_boxes[-1][2]
        qtbot.waitUntil(lambda: window.undo_stack.canUndo(), timeout=2000)  # the step is still there to undo
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert window.undo_stack.undoText() == "Delete event" and not window.undo_stack.canRedo()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # tried again, as the message said
    wait_for_ids(qtbot, view, IN_DATE_ORDER)
    assert rows(path, "SELECT headline FROM event WHERE id = 'uqairabat'") == [("Syrian Army ousts ISIS from Uqairabat",)]


def test_a_redo_the_locked_file_refused_can_be_tried_again(qtbot, deleted_in_window, message_boxes):
    """Redo of a delete while another program held the file: 'locked by another program', and the step was dropped
    from the undo stack (the event stayed in the file, but the redo was gone)."""
    import sqlite3

    path, window, view, table = deleted_in_window
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_ids(qtbot, view, IN_DATE_ORDER)
    redo = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writing
    try:
        qtbot.keyClick(table, Qt.Key.Key_Z, redo)
        assert "locked by another program" in message_boxes[-1][2]
        qtbot.waitUntil(lambda: window.undo_stack.canRedo(), timeout=2000)  # the step is still there to redo
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert window.undo_stack.redoText() == "Delete event"
    qtbot.keyClick(table, Qt.Key.Key_Z, redo)  # tried again
    wait_for_ids(qtbot, view, [i for i in IN_DATE_ORDER if i != "uqairabat"])
    assert rows(path, "SELECT count(*) FROM event WHERE id = 'uqairabat'") == [(0,)]
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # and undone again: nothing forgotten
    wait_for_ids(qtbot, view, IN_DATE_ORDER)


def test_status_changes_from_the_context_menu_are_undoable(chrono, qtbot):
    view, table, path = chrono.view, chrono.view.chronologyTable, chrono.path
    shown = []

    def choose_reject():
        menu = QApplication.activePopupWidget()
        shown.append([a.text() for a in menu.actions() if not a.isSeparator()])
        next(a for a in menu.actions() if a.text() == "Reject").trigger()
        menu.close()

    QTimer.singleShot(0, choose_reject)  # runs inside the menu's own event loop
    pos = cell_center(view, row_of(view, "astana"))
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, table.viewport().mapToGlobal(pos)))
    assert shown == [["Open in the form", "Confirm", "Mark as candidate", "Reject", "Delete\u2026", "&Sort chronology by"]]
    qtbot.waitUntil(lambda: cell(view, row_of(view, "astana"), STATUS) == "Rejected")
    assert rows(path, "SELECT status FROM event WHERE id = 'astana'") == [("rejected",)]
    assert chrono.stack.undoText() == "Reject event"
    chrono.stack.undo()
    qtbot.waitUntil(lambda: cell(view, row_of(view, "astana"), STATUS) == "Candidate")
    assert rows(path, "SELECT status FROM event WHERE id = 'astana'") == [("candidate",)]
    assert [h["action"] for h in chrono.store.history("astana")] == ["created", "rejected", "candidate"]


def test_keyboard_context_menu_acts_on_all_selected_events_in_one_undo_step(chrono, qtbot):
    view, table, path = chrono.view, chrono.view.chronologyTable, chrono.path
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(view, row_of(view, "astana")))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     cell_center(view, row_of(view, "siege")))
    assert sorted(view.selected_ids()) == ["astana", "siege"]

    def choose_confirm():
        menu = QApplication.activePopupWidget()
        next(a for a in menu.actions() if a.text() == "Confirm").trigger()
        menu.close()

    QTimer.singleShot(0, choose_confirm)
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5),
                                                               table.viewport().mapToGlobal(QPoint(5, 5))))
    qtbot.waitUntil(lambda: rows(path, "SELECT status FROM event WHERE id IN ('astana', 'siege')")
                    == [("confirmed",), ("confirmed",)])
    assert chrono.stack.count() == 1 and chrono.stack.undoText() == "Confirm 2 events"
    qtbot.waitUntil(lambda: cell(view, row_of(view, "siege"), STATUS) == "Confirmed")
    chrono.stack.undo()
    qtbot.waitUntil(lambda: cell(view, row_of(view, "astana"), STATUS) == "Candidate")
    assert rows(path, "SELECT status FROM event WHERE id IN ('astana', 'siege') ORDER BY id") == [
        ("candidate",), ("candidate",)]


def test_refresh_keeps_selection_and_shows_new_events(chrono, qtbot):
    view = chrono.view
    view.chronologyTable.selectRow(row_of(view, "caliphate"))
    bbc = chrono.store.add_source(Source(outlet="BBC", title="Looking back", text="In 2010 it began."))
    chrono.store.save_event(Event(date=FuzzyDate("2010"), headline="Before it all", id="early",
                                  evidence=[Evidence(source_id=bbc, quote="In 2010 it began.")]))
    view.refresh()
    wait_for_ids(qtbot, view, ["early"] + IN_DATE_ORDER)
    assert view.selected_ids() == ["caliphate"]
    assert view.eventCountLabel.text() == "8 of 8 events"
    combo = view.filterSourceCombo
    combo.showPopup()  # the new source is listed when the list opens
    assert combo.findData(bbc) > 0 and "BBC" in combo.itemText(combo.findData(bbc))
    combo.hidePopup()
    combo.setCurrentIndex(combo.findData(bbc))
    wait_for_ids(qtbot, view, ["early"])


def test_deleting_and_rejecting_many_events_keeps_the_window_alive_and_undo_brings_them_back(qtbot, tmp_path,
                                                                                            message_boxes, monkeypatch):
    """Selecting thousands of events and pressing Delete (or Reject) wrote them on the interface thread: 5,000
    events of a 100,000-event file took 4-6 s with the window frozen under a wait cursor. From BULK events on,
    the write runs in a worker while a busy dialog says what is happening; undo restores every one."""
    from chronoapp.gui.chronology import BULK
    from gui_steps import busy_while_held

    n = BULK + 10
    path = tmp_path / "many.sqlite"
    with Store(path) as store:
        source = store.add_source(Source(outlet="AP", text="Shelling."))
        for i in range(n):
            store.save_event(Event(FuzzyDate(f"2017-{1 + i % 12:02d}-{1 + i % 28:02d}"), f"Shelling {i}",
                                   status="confirmed", location="Douma", actors=["Army"], id=f"e{i:03d}",
                                   evidence=[Evidence(source_id=source, quote="Shelling.")]))
    columns = "SELECT id, headline, status, location, actors, sort_start FROM event ORDER BY id"
    before = rows(path, columns)
    with Store(path) as store:
        listed = [e.id for e in store.query()]
    store = Store(path)
    window, view, stack = show_chronology(qtbot, store)
    table = view.chronologyTable
    qtbot.waitUntil(lambda: len(view.model.ids) == n)
    table.setFocus()
    table.selectAll()

    with busy_while_held(monkeypatch, Store, "delete_event") as said:
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert said == [f"Deleting {n} events\u2026"]
    # (it said 'Delete these 60 events with its source quotes? … brings it back')
    assert message_boxes[-1][2] == (f"Delete these {n} events with their source quotes?\n\n"
                                    "Edit \u2192 Undo (Ctrl+Z) brings them back.")
    assert rows(path, "SELECT count(*) FROM event") == [(0,)] and rows(path, "SELECT count(*) FROM evidence") == [(0,)]
    qtbot.waitUntil(lambda: view.model.ids == [])

    with busy_while_held(monkeypatch, Store, "restore_events") as said:
        stack.undo()
    assert said == [f"Restoring {n} events\u2026"]
    assert rows(path, columns) == before and [e.id for e in store.query()] == listed
    qtbot.waitUntil(lambda: len(view.model.ids) == n)

    table.selectAll()
    with busy_while_held(monkeypatch, Store, "save_event") as said:
        view.rejectAction.trigger()
    assert said == [f"Changing the status of {n} events\u2026"]
    assert rows(path, "SELECT DISTINCT status FROM event") == [("rejected",)]
    assert stack.undoText() == f"Reject {n} events"
    stack.undo()
    assert rows(path, "SELECT DISTINCT status FROM event") == [("confirmed",)]
    assert store.vocabulary("place") == ["Douma"]
    view.set_store(None)
    for suffix in ("", "-wal", "-shm"):  # deleted while open (a sync client, a slip in the file manager)
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    store.close()  # what the worker wrote is this window's work too: written back
    assert rows(path, "SELECT count(*) FROM event WHERE status = 'confirmed'") == [(n,)]


def test_a_status_change_that_cannot_be_saved_says_why_and_changes_nothing(chrono, qtbot, message_boxes,
                                                                           monkeypatch):
    view = chrono.view

    def refuse(store, event, **kwargs):
        raise ValueError("the low fatality figure is above the high one")

    monkeypatch.setattr(Store, "save_event", refuse)
    view.chronologyTable.selectRow(row_of(view, "uqairabat"))
    view.rejectAction.trigger()
    assert message_boxes[-1][1:] == ("Could not change the chronology", "the low fatality figure is above the high one")
    assert rows(chrono.path, "SELECT status FROM event WHERE id = 'uqairabat'") == [("confirmed",)]
    assert chrono.stack.count() == 0


def test_read_only_file_refuses_deletes_with_a_message(chrono, qtbot, message_boxes):
    view = chrono.view
    readonly = Store(chrono.path, readonly=True)
    try:
        with qtbot.waitSignal(view.resultsUpdated):
            view.set_store(readonly)
        view.chronologyTable.selectRow(0)
        qtbot.keyClick(view.chronologyTable, Qt.Key.Key_Delete)
        assert message_boxes[-1][0] == "information" and "read-only" in message_boxes[-1][2]
        assert rows(chrono.path, "SELECT count(*) FROM event") == [(7,)]
    finally:
        view.set_store(None)
        readonly.close()


# --- timeline strip ---------------------------------------------------------------------------
def test_timeline_drag_sets_the_date_filter_and_click_clears_it(chrono, qtbot):
    view, strip = chrono.view, chrono.view.timelineStrip
    assert strip.total() == 7
    assert strip.tooltip_at(strip.x_of_date(dt.date(2011, 3, 1)) + 2).startswith("March 2011: 1 event")
    y = strip.height() // 2
    x1 = int(strip.x_of_date(dt.date(2017, 1, 1))) + 2
    x2 = int(strip.x_of_date(dt.date(2017, 9, 1))) + 2
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(x1, y))
    qtbot.mouseMove(strip, QPoint((x1 + x2) // 2, y))
    qtbot.mouseMove(strip, QPoint(x2, y))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(x2, y))
    assert (view.filterFromEdit.text(), view.filterToEdit.text()) == ("2017-01", "2017-09")
    wait_for_ids(qtbot, view, ["siege", "uqairabat", "astana"])  # January to 30 September 2017
    assert view.timelineStrip.total() == 7  # the strip keeps showing every date
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(x1, y))
    wait_for_ids(qtbot, view, IN_DATE_ORDER)
    assert (view.filterFromEdit.text(), view.filterToEdit.text()) == ("", "")


def test_timeline_tooltip_on_hover(chrono, qtbot):
    strip = chrono.view.timelineStrip
    x = int(strip.x_of_date(dt.date(2017, 9, 1))) + 2
    qtbot.mouseMove(strip, QPoint(x, strip.height() // 2))
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(x, strip.height() // 2), strip.mapToGlobal(QPoint(x, 10)))
    strip.event(event)
    assert QToolTip.text().startswith("September 2017: 2 events")


# --- lazy model over many events --------------------------------------------------------------
def test_many_events_are_fetched_lazily_in_pages(qtbot, tmp_path):
    from benchmarks.chronology_bench import generate

    path = tmp_path / "big.sqlite"
    generate(path, 5000)
    store = Store(path)
    view = ChronologyView(QUndoStack())
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    try:
        with qtbot.waitSignal(view.resultsUpdated):
            view.set_store(store)
        assert view.model.rowCount() == 5000
        assert len(view.model._pages) <= 2  # only what is on screen was read
        view.chronologyTable.scrollToBottom()
        qtbot.waitUntil(lambda: view.chronologyTable.rowAt(view.chronologyTable.viewport().height() - 2) == 4999)
        expected = store.event_ids()[-1]
        assert view.model.index(4999, HEADLINE).data() == store.get_event(expected).headline
        for row in range(0, 5000, PAGE // 2):
            view.model.index(row, HEADLINE).data()
        assert len(view.model._pages) <= MAX_PAGES
    finally:
        view.set_store(None)
        store.close()


# --- screenshots ------------------------------------------------------------------------------
def test_screenshots_at_1280x800(chrono, qtbot, screenshot_dir):
    view, window = chrono.view, chrono.window
    shot = window.grab()
    assert (shot.width(), shot.height()) == (1280, 800)
    assert shot.save(str(screenshot_dir / "chronology.png"))
    qtbot.keyClicks(view.filterActorEdit, "syrian army")
    wait_for_ids(qtbot, view, ["damascus", "ghouta", "siege", "uqairabat"])  # "Free Syrian Army" too
    qtbot.keyClicks(view.filterFromEdit, "Smarch")
    qtbot.waitUntil(view.filterMessageLabel.isVisible)
    assert window.grab().save(str(screenshot_dir / "chronology-filtered.png"))
    print("screenshots in", screenshot_dir)
    # every filter widget is fully inside the window and wide enough for its placeholder
    for edit in (view.filterTextEdit, view.filterFromEdit, view.filterToEdit, view.filterActorEdit,
                 view.filterLocationEdit):
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.placeholderText()[:14])
        assert view.rect().contains(in_view(view, edit))
    assert view.eventCountLabel.width() >= view.eventCountLabel.sizeHint().width()
    # on a wide screen the filter bar keeps to two rows, leaving the height to the table, whose
    # headline column takes the spare width
    assert len({in_view(view, w).center().y() for w in filter_widgets(view)}) == 2
    table = view.chronologyTable
    assert table.horizontalHeader().length() == table.viewport().width()
    assert table.columnWidth(HEADLINE) == max(table.columnWidth(c) for c in range(view.model.columnCount()))


def in_view(view, widget) -> QRect:
    return QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())


def filter_widgets(view):
    return (view.filterTextEdit, view.filterFromEdit, view.filterToEdit, view.filterActorEdit, view.filterLocationEdit,
            view.filterTypeCombo, view.filterStatusCombo, view.filterSourceCombo, view.clearFiltersButton,
            view.eventCountLabel)


@pytest.mark.parametrize("width", [760, 640])
def test_filter_bar_wraps_in_a_narrow_window_and_every_filter_stays_usable(chrono, qtbot, width, screenshot_dir):
    view, window = chrono.view, chrono.window
    assert window.minimumSizeHint().width() <= width
    window.resize(width, 600)
    qtbot.waitUntil(lambda: view.width() <= width)
    window.grab().save(str(screenshot_dir / f"chronology-{width}.png"))
    rects = [in_view(view, w) for w in filter_widgets(view)]
    for widget, rect in zip(filter_widgets(view), rects):
        assert widget.isVisible() and view.rect().contains(rect), widget.objectName()
        assert widget.size().expandedTo(widget.minimumSizeHint()) == widget.size(), widget.objectName()
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert view.eventCountLabel.width() >= view.eventCountLabel.sizeHint().width()  # "100,000 of 100,000 events"
    assert in_view(view, view.chronologyTable).top() > max(r.bottom() for r in rects)  # the table is below the bar
    qtbot.keyClicks(view.filterActorEdit, "syrian army")  # and the filters still work
    wait_for_ids(qtbot, view, ["damascus", "ghouta", "siege", "uqairabat"])


def test_headlines_stay_readable_in_a_narrower_window(chrono, qtbot):
    window, table = chrono.window, chrono.view.chronologyTable
    readable = table.fontMetrics().horizontalAdvance("M" * 26)
    for width in (1000, 760, 1280):
        window.resize(width, 700)
        qtbot.waitUntil(lambda: window.width() == width)
        qtbot.waitUntil(lambda: table.horizontalHeader().length() >= table.viewport().width())  # filled
        assert table.columnWidth(HEADLINE) >= readable, width  # the other columns scroll sideways instead
    assert table.horizontalHeader().length() == table.viewport().width()  # wide again: no scrolling

def test_every_interactive_widget_has_an_object_and_accessible_name(chrono):
    from PySide6.QtWidgets import QWidget

    focusable = [w for w in chrono.view.findChildren(QWidget)
                 if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(chrono.view)]
    assert len(focusable) >= 10
    assert all(w.objectName() and w.accessibleName() for w in focusable)
    assert chrono.view.timelineStrip.accessibleName()


# --- through the main window ------------------------------------------------------------------
def test_through_the_main_window(main_window, qtbot, tmp_path):
    path = tmp_path / "war.sqlite"
    build(path)
    window = main_window(path)
    view = window.chronology
    assert isinstance(view, ChronologyView)
    qtbot.waitUntil(lambda: len(shown_ids(view)) == 7)
    qtbot.keyClicks(view.filterTextEdit, "caliphate")
    wait_for_ids(qtbot, view, ["caliphate"])
    assert window.current_query().text == "caliphate"


@pytest.mark.parametrize("action", ["reject", "delete"])
def test_a_bulk_action_that_fails_half_way_changes_nothing(chrono, qtbot, message_boxes, monkeypatch, action):
    """Rejecting or deleting a selection is one transaction: a failure on the third event (a full disk, a lock)
    left the first two changed, while the message said it could not be done; and each event was committed on
    its own (1,741 events took 15 s)."""
    from chronoapp.core.store import StoreError

    view, store, path = chrono.view, chrono.store, chrono.path
    before = rows(path, "SELECT id, status FROM event ORDER BY id")
    real = store.save_event if action == "reject" else store.delete_event
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise StoreError("the disk holding war.sqlite is full: nothing was saved")
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "save_event" if action == "reject" else "delete_event", failing)
    view.chronologyTable.selectAll()
    if action == "reject":
        view.set_status_selected("rejected")
    else:
        view.delete_selected()
    assert any("disk" in text and "full" in text for _kind, _title, text in message_boxes)
    assert rows(path, "SELECT id, status FROM event ORDER BY id") == before
    assert not chrono.stack.canUndo() or chrono.stack.command(0).isObsolete()


def _ink(image, x0: int, x1: int, y0: int, y1: int) -> list[int]:
    """x positions in [x0, x1) where something darker than the background is drawn."""
    light = [[image.pixelColor(x, y).lightness() for y in range(y0, y1)] for x in range(x0, x1)]
    background = max(max(column) for column in light)
    return [x0 + i for i, column in enumerate(light) if min(column) < background - 80]


def test_columns_line_up_headers_over_values_and_every_script_starts_at_the_left(qtbot, tmp_path):
    """With many events the table looked misaligned: headers were centred over left-aligned names and
    right-aligned tolls, an Arabic place (الرقة) sat at the right edge of its column among Latin names at
    the left, and 'explosion/remote violence', the longest event type, was cut."""
    from chronoapp.core.model import EVENT_TYPES
    from chronoapp.gui.chronology import COLUMNS, FATALITIES, LOCATION, TYPE

    path = tmp_path / "scripts.sqlite"
    with Store(path) as store:
        for i, place in enumerate(["Aleppo", "الرقة", "Київ"]):
            store.save_event(Event(FuzzyDate(f"2017-09-0{i + 1}"), f"Shelling {i}", location=place, fatalities=12,
                                   event_type="explosion/remote violence", status="confirmed"))
    store = Store(path)
    window, view, _stack = show_chronology(qtbot, store)
    table = view.chronologyTable
    arabic = [cell(view, r, LOCATION) for r in range(3)].index("الرقة")
    rect = table.visualRect(view.model.index(arabic, LOCATION))
    image = table.viewport().grab().toImage()
    ink = _ink(image, rect.left(), rect.right(), rect.top() + 2, rect.bottom() - 2)
    assert ink and ink[0] - rect.left() < 12, "the Arabic place starts at the left of its column, as the others do"
    header = table.horizontalHeader()
    himage = header.grab().toImage()
    for column, side in ((LOCATION, "left"), (FATALITIES, "right")):
        x0 = header.sectionViewportPosition(column)
        x1 = x0 + header.sectionSize(column)
        ink = _ink(himage, x0 + 2, x1 - 2, 3, header.height() - 3)
        gap = ink[0] - x0 if side == "left" else x1 - ink[-1]
        assert gap < 12, f"the {COLUMNS[column][0]} header stands at the {side}, as its values"
    longest = max(EVENT_TYPES, key=table.fontMetrics().horizontalAdvance)
    assert table.columnWidth(TYPE) >= table.fontMetrics().horizontalAdvance(longest) + 8
    # a week, which the engine proposes for 'last week', was cut: 'the week of 9 October …'
    week = FuzzyDate("2017-W39").display()
    assert week == "the week of 25 September 2017"
    assert table.columnWidth(DATE) >= table.fontMetrics().horizontalAdvance(week) + 8
    view.set_store(None)
    store.close()



def test_the_chosen_source_can_be_corrected_and_deleted_from_the_chronology(chrono, qtbot, message_boxes,
                                                                            monkeypatch):
    """After ingest a source's link, outlet or title could not be corrected, nor the source deleted."""

    from gui_steps import set_text

    view = chrono.view
    combo = view.filterSourceCombo
    assert not view.editSourceButton.isEnabled()  # "All sources": nothing to edit
    choose_from_list(qtbot, combo, AP.id)
    wait_for_ids(qtbot, view, ["daraa"])

    def correct():
        dialog = QApplication.activeModalWidget()
        try:
            set_text(qtbot, dialog.urlEdit, "https://apnews.com/daraa")
            set_text(qtbot, dialog.outletEdit, "Associated Press")
            qtbot.keyClick(dialog.urlEdit, Qt.Key.Key_Return)  # Return saves
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, correct)
    qtbot.mouseClick(view.editSourceButton, Qt.MouseButton.LeftButton)
    assert rows(chrono.path, "SELECT outlet, url, text FROM source WHERE id = ?", [AP.id]) == [
        ("Associated Press", "https://apnews.com/daraa", AP.text)]
    assert combo.currentText().startswith("Associated Press") and shown_ids(view) == ["daraa"]

    # deleting it asks, naming the confirmed event that would go with it; No changes nothing
    message_boxes.clear()
    from PySide6.QtWidgets import QMessageBox

    QTimer.singleShot(0, press_delete_in_source_dialog(qtbot, QMessageBox.StandardButton.No))
    qtbot.mouseClick(view.editSourceButton, Qt.MouseButton.LeftButton)
    [(_kind, _title, question)] = message_boxes
    assert "1 event you confirmed or rejected comes only from this article and is deleted too." in question
    assert rows(chrono.path, "SELECT count(*) FROM event WHERE id = 'daraa'") == [(1,)]
    from chronoapp.gui import workers

    busy = []  # a delete this small shows no busy dialog (it flashed for a few milliseconds)
    monkeypatch.setattr(workers._BusyDialog, "show", lambda dialog: busy.append(dialog))
    QTimer.singleShot(0, press_delete_in_source_dialog(qtbot, QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(view.editSourceButton, Qt.MouseButton.LeftButton)
    assert busy == []
    assert rows(chrono.path, "SELECT count(*) FROM source WHERE id = ?", [AP.id]) == [(0,)]
    assert rows(chrono.path, "SELECT count(*) FROM event WHERE id = 'daraa'") == [(0,)]
    qtbot.waitUntil(lambda: combo.currentData() == "" and "daraa" not in shown_ids(view))
    assert combo.findData(AP.id) < 0 and not view.editSourceButton.isEnabled()


def test_a_source_that_cannot_be_deleted_says_why_in_one_line_and_stays(chrono, qtbot, message_boxes, monkeypatch):
    """Deleting runs in a worker; a file locked by another program, or a fault, is told in the dialog in one line
    (not a traceback), nothing is deleted and nothing lands on the undo stack."""
    import sqlite3


    view = chrono.view
    choose_from_list(qtbot, view.filterSourceCombo, AP.id)
    said = []

    other = sqlite3.connect(chrono.path)  # another program writing to the file
    other.execute("BEGIN IMMEDIATE")
    try:
        QTimer.singleShot(0, press_delete_in_source_dialog(qtbot, said=said))
        qtbot.mouseClick(view.editSourceButton, Qt.MouseButton.LeftButton)
    finally:
        other.rollback()
        other.close()

    def fault(*args, **kwargs):
        raise RuntimeError("disk controller hiccup")

    monkeypatch.setattr(Store, "delete_source", fault)
    QTimer.singleShot(0, press_delete_in_source_dialog(qtbot, said=said))
    qtbot.mouseClick(view.editSourceButton, Qt.MouseButton.LeftButton)
    assert said[0] == "war.sqlite is locked by another program; close it there and try again"
    assert said[1] == "RuntimeError: disk controller hiccup"
    assert rows(chrono.path, "SELECT count(*) FROM source WHERE id = ?", [AP.id]) == [(1,)]
    assert rows(chrono.path, "SELECT count(*) FROM event WHERE id = 'daraa'") == [(1,)]
    assert chrono.stack.count() == 0


def test_a_rejected_event_shows_the_same_letters_greyed_in_every_script(qtbot, tmp_path):
    """Rejected rows were set in italic: with the fonts the README installs (DejaVu, whose oblique face has
    no Arabic), an Arabic place or headline of a rejected event showed as empty boxes."""
    from chronoapp.gui.chronology import LOCATION

    path = tmp_path / "rejected.sqlite"
    with Store(path) as store:
        for i, status in enumerate(("confirmed", "rejected")):
            store.save_event(Event(FuzzyDate(f"2017-09-0{i + 1}"), f"Shelling {i}", location="الرقة", status=status))
    store = Store(path)
    window, view, _stack = show_chronology(qtbot, store)
    table = view.chronologyTable
    table.setCurrentIndex(view.model.index(-1, -1))  # no row highlighted
    table.clearSelection()
    image = table.viewport().grab().toImage()
    shapes = []
    for row in range(2):
        rect = table.visualRect(view.model.index(row, LOCATION))
        light = [min(image.pixelColor(x, y).lightness() for y in range(rect.top() + 2, rect.bottom() - 2))
                 for x in range(rect.left(), rect.right())]
        middle = (max(light) + min(light)) / 2  # grey letters are fainter: half their own contrast
        shapes.append([x for x, v in enumerate(light) if v < middle])
    assert len(shapes[0]) > 10
    assert len(set(shapes[0]) ^ set(shapes[1])) <= len(shapes[0]) // 10  # the same letters (boxes are not)
    view.set_store(None)
    store.close()


def test_a_rejected_event_is_greyed_but_readable_in_a_light_and_a_dark_theme(qtbot, tmp_path, themes):
    """Rejected rows took the theme's colour for disabled text: #bebebe on white, a contrast of 1.9:1, hard to
    read; the review list greys decided candidates in the 'muted' tone (4.5:1 or more), whatever the theme."""
    from PySide6.QtGui import QColor, QPalette

    def luminance(c):
        def ch(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())

    def contrast(a, b):
        hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
        return (hi + 0.05) / (lo + 0.05)

    path = tmp_path / "rejected.sqlite"
    with Store(path) as store:
        store.save_event(Event(FuzzyDate("2017-09-01"), "Shelling", status="rejected"))
    store = Store(path)
    app = QApplication.instance()
    light, dark = themes
    try:
        _window, view, _stack = show_chronology(qtbot, store)
        for palette in (light, dark):  # the theme may change while the app runs
            app.setPalette(palette)
            base = palette.color(QPalette.ColorRole.Base)
            qtbot.waitUntil(lambda: view.chronologyTable.palette().color(QPalette.ColorRole.Base) == base)
            grey = view.model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole)
            assert grey is not None and grey != view.chronologyTable.palette().color(QPalette.ColorRole.Text)
            assert contrast(QColor(grey), base) >= 4.5
    finally:
        view.set_store(None)
        store.close()


def test_one_month_of_events_is_drawn_as_a_month_of_its_year(qtbot):
    """Filtered to one article of March 2011, the strip drew one bar across its whole width under '2011',
    which read as the whole year or more; it is now the third twelfth of 2011."""
    from chronoapp.gui.timeline import TimelineStrip

    strip = TimelineStrip()
    qtbot.addWidget(strip)
    strip.resize(1212, 90)
    strip.set_counts({"2011-03": (4, 0)})
    march, april = strip.x_of_date(dt.date(2011, 3, 1)), strip.x_of_date(dt.date(2011, 4, 1))
    year = strip.x_of_date(dt.date(2012, 1, 1)) - strip.x_of_date(dt.date(2011, 1, 1))
    assert abs((april - march) * 12 - year) < 2 and year <= strip.width()
    assert strip.x_of_date(dt.date(2011, 1, 1)) < march < strip.width() / 4
    image = strip.grab().toImage()
    middle = image.pixelColor(strip.width() // 2, strip.height() // 2)
    assert middle == strip.palette().color(strip.backgroundRole()) or middle.lightness() > 200  # no bar there


def test_an_empty_chronology_says_how_events_get_in_not_that_filters_hide_them(chrono, qtbot, tmp_path):
    """A new chronology, no filter set: the strip said 'No events match the filters', which sent a new user looking
    for filters to clear instead of to the Article page."""
    view = chrono.view
    qtbot.keyClicks(view.filterTextEdit, "zzzznothing")
    qtbot.waitUntil(lambda: view.eventCountLabel.text() == f"0 of {len(chronology_events())} events", timeout=3000)
    assert "Clear filters (Alt+L)" in view.timelineStrip.empty_text
    empty = Store(tmp_path / "new.sqlite")
    try:
        view.set_store(empty)
        qtbot.waitUntil(lambda: view.eventCountLabel.text() == "0 of 0 events", timeout=3000)
        assert "No events yet: paste an article on the Article page (Ctrl+1)" in view.timelineStrip.empty_text
    finally:
        view.set_store(chrono.store)
        empty.close()


def test_the_chronology_can_be_sorted_without_a_mouse(chrono, qtbot, main_window, tmp_path):
    """Sorting needed a click on a column header (a header never takes the keyboard): a keyboard-only editor could
    not sort by place, toll or headline. The table's context menu (Menu key) and View → Sort chronology by can."""
    view = chrono.view
    by_headline = [e.id for e in sorted(chronology_events(), key=lambda e: e.headline.casefold())]

    def choose(label):
        open_menu(qtbot, view.sortMenu, view.chronologyTable)  # opening it checks the current sort
        click_menu_entry(qtbot, view.sortMenu, label)

    choose("Headline")
    wait_for_ids(qtbot, view, by_headline)
    header = view.chronologyTable.horizontalHeader()
    assert view.model.headerData(header.sortIndicatorSection(), Qt.Orientation.Horizontal) == "Headline"
    open_menu(qtbot, view.sortMenu, view.chronologyTable)
    assert [a.text() for a in view.sortMenu.actions() if a.isChecked()] == ["Headline"]
    click_menu_entry(qtbot, view.sortMenu, view.sortDescendingAction)
    wait_for_ids(qtbot, view, by_headline[::-1])
    choose("Date")  # the direction chosen stays
    wait_for_ids(qtbot, view, IN_DATE_ORDER[::-1])
    # the window offers it in its View menu (Alt+V), which the keyboard reaches
    window = main_window(tmp_path / "w.sqlite")
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.chronology.sortMenu.menuAction() in view_menu.actions()


def test_the_source_dialog_gives_the_publication_date_as_the_app_writes_dates(qtbot, tmp_path):
    """The dialog showed 'Published 2020-01-27' where every other window says '27 January 2020'."""
    from chronoapp.core.model import Source
    from chronoapp.gui.source_dialog import SourceDialog

    with Store(tmp_path / "war.sqlite") as s:
        source_id = s.add_source(Source(text="An article.", outlet="AP", published="2020-01-27"))
        undated = s.add_source(Source(text="Another article.", outlet="AFP"))
        dialog = SourceDialog(s, source_id)
        qtbot.addWidget(dialog)
        assert dialog.publishedLabel.text() == "27 January 2020"
        other = SourceDialog(s, undated)
        qtbot.addWidget(other)
        assert other.publishedLabel.text() == "unknown"


def test_one_date_label_sits_together_exact_before_approximate(qtbot, tmp_path):
    """An article told 'in March 2011', 'around March 2011', then 'in March 2011' again: the table showed 'March
    2011', 'c. March 2011', 'March 2011'. One label's events sit together, the exact ones first, as in `list` and
    the exports."""
    text = "In March 2011 A. Around March 2011 B. In March 2011 C."
    with Store(tmp_path / "war.sqlite") as store:
        sid = store.add_source(Source(outlet="AP", published="2011-04-02", text=text))
        for headline, approximate in (("A", False), ("B", True), ("C", False)):
            start = text.index(f" {headline}.") - 13
            store.save_event(Event(FuzzyDate("2011-03", approximate=approximate), headline, status="confirmed",
                                   evidence=[Evidence(sid, text[start:start + 15], start, start + 15)]))
        _window, view, _stack = show_chronology(qtbot, store)
        shown = [(cell(view, r, DATE), cell(view, r, HEADLINE)) for r in range(3)]
        click_header(qtbot, view, DATE)  # newest first: the same groups, mirrored
        qtbot.waitUntil(lambda: cell(view, 0, HEADLINE) == "B", timeout=3000)
        mirrored = [cell(view, r, HEADLINE) for r in range(3)]
        view.set_store(None)
    assert shown == [("March 2011", "A"), ("March 2011", "C"), ("c. March 2011", "B")]
    assert mirrored == ["B", "C", "A"]
