"""The review workflow driven like a user: paste, extract, accept/edit/reject/add, check the file."""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import threading

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QScrollArea

from chronoapp.core.dates import FuzzyDate, display_period
from chronoapp.core.model import Event
from chronoapp.core.resources import resource_path
from chronoapp.core.store import Store
from chronoapp.gui import article as article_mod
from chronoapp.gui import drafts
from gui_steps import add_as_source_of, choose_from_list, rows, set_text, type_in_cell

SAMPLE = resource_path("sample", "article.txt").read_text(encoding="utf-8").strip()
PUBLISHED = dt.date(2023, 10, 17)


def find(window, cls, name):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def extract_while_editing(qtbot, window, monkeypatch, text=None):
    """From the Review page, go to the Article page, paste `text` (else keep the article there), start extracting and
    come back to the form before it finishes, as an editor does to go on correcting; return (source, extraction)
    once it has finished."""
    release, real = threading.Event(), article_mod.run_extraction

    def held(*args, **kwargs):  # (the worker finishes once the editor is back on the Review page)
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(article_mod, "run_extraction", held)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    if text is not None:
        article = find(window, QPlainTextEdit, "articleEdit")
        article.selectAll()
        article.insertPlainText(text)
    qtbot.mouseClick(find(window, QPushButton, "extractButton"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.review
    with qtbot.waitSignal(window.article.extracted, timeout=20000) as done:
        release.set()
    return done.args


def paste_and_extract(qtbot, window, text=SAMPLE, published=PUBLISHED):
    article = find(window, QPlainTextEdit, "articleEdit")
    article.setPlainText(text[:-20])  # a paste...
    qtbot.keyClick(article, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(article, text[-20:])  # ...and some typing at the end
    qtbot.keyClicks(find(window, QLineEdit, "outletEdit"), "Sample Wire")
    qtbot.keyClicks(find(window, QLineEdit, "titleEdit"), "Market shelling in Kessara")
    window.findChild(object, "publishedDateEdit").setDate(QDate(published))
    with qtbot.waitSignal(window.article.extracted, timeout=20000):
        qtbot.mouseClick(find(window, QPushButton, "extractButton"), Qt.MouseButton.LeftButton)
    candidates = find(window, QListView, "candidateList")
    assert candidates.model().rowCount() > 0
    assert window.tabs.currentWidget() is window.review
    return candidates


@pytest.fixture
def window(main_window, chronology_path):
    return main_window(chronology_path)


def test_review_a_pasted_article_end_to_end(qtbot, window, chronology_path, main_window, screenshot_dir):
    window.resize(1280, 800)
    candidates = paste_and_extract(qtbot, window)
    review = window.review
    n = candidates.model().rowCount()
    assert n >= 3
    # the article is stored, cleaned, with its metadata
    [(source_id, outlet, published, text)] = rows(chronology_path, "SELECT id, outlet, published, text FROM source")
    assert (outlet, published) == ("Sample Wire", "2023-10-17")
    assert text == SAMPLE
    # every date in the text is highlighted; the first candidate's sentence is marked
    assert review.sourcePanel.highlighter.spans and len(review.sourcePanel.textView.extraSelections()) >= 1
    assert "How the date was worked out" in find(window, QLabel, "dateReasonLabel").text()
    window.grab().save(str(screenshot_dir / "review.png"))

    # 1. accept the first candidate as proposed
    first = review.current_item().event
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    assert rows(chronology_path, "SELECT headline, status, date_start FROM event WHERE id = ?", [first.id]) == [
        (first.headline, "confirmed", first.date.start)]
    assert candidates.currentIndex().row() == 1  # moved on to the next

    # 2. correct the date and place of the second, then accept with the keyboard
    second = review.current_item().event
    set_text(qtbot, find(window, QLineEdit, "dateStartEdit"), "14 October 2023")
    assert "14 October 2023" in find(window, QLabel, "datePreviewLabel").text()
    set_text(qtbot, find(window, QLineEdit, "locationEdit"), "Kessara market")
    set_text(qtbot, find(window, QLineEdit, "actorsEdit"), "Army; Northern Liberation Front")
    qtbot.keyClick(find(window, QLineEdit, "locationEdit"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert rows(chronology_path, "SELECT date_start, precision, location, actors, status FROM event WHERE id = ?",
                [second.id]) == [("2023-10-14", "day", "Kessara market", '["Army", "Northern Liberation Front"]',
                                  "confirmed")]
    [(reason,)] = rows(chronology_path, "SELECT date_reason FROM event WHERE id = ?", [second.id])
    assert reason.startswith("set by the editor (the engine read ")  # the change of date is traceable

    # 3. reject the third
    third = review.current_item().event
    qtbot.mouseClick(find(window, QPushButton, "rejectButton"), Qt.MouseButton.LeftButton)
    assert rows(chronology_path, "SELECT status FROM event WHERE id = ?", [third.id]) == [("rejected",)]
    assert "3 accepted" not in review.countLabel.text() and "1 rejected" in review.countLabel.text()

    # 4. a sentence the engine missed: select it in the article and make an event of it
    missed = "Local officials said some 340 families fled Dorel last week"
    start = SAMPLE.index(missed)
    cursor = review.sourcePanel.textView.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(missed), QTextCursor.MoveMode.KeepAnchor)
    review.sourcePanel.textView.setTextCursor(cursor)
    qtbot.mouseClick(find(window, QPushButton, "fromSelectionButton"), Qt.MouseButton.LeftButton)
    assert find(window, QLineEdit, "dateTextEdit").text() == "last week"
    set_text(qtbot, find(window, QLineEdit, "headlineEdit"), "340 families flee Dorel")
    find(window, object, "eventTypeCombo").setCurrentText("strategic development")
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    [(event_id, date_start, quote, q_start, q_end)] = rows(
        chronology_path, "SELECT event.id, date_start, quote, start, end FROM event JOIN evidence ON event_id = event.id"
                         " WHERE headline = '340 families flee Dorel'")
    assert date_start == "2023-W41" and quote == missed and SAMPLE[q_start:q_end] == missed

    # the change log of an edited event is visible in the form
    review.open_event(second.id)
    set_text(qtbot, find(window, QLineEdit, "fatalitiesEdit"), "3")
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    review.open_event(second.id)
    log = find(window, QPlainTextEdit, "historyView").toPlainText()
    assert "confirmed" in log and "fatalities" in log

    # 5. everything is there in a new window on the same file
    window.close()
    again = main_window(chronology_path)
    with Store(chronology_path) as store:
        confirmed = {e.headline: e for e in store.query() if e.status == "confirmed"}
    assert {first.headline, second.headline, "340 families flee Dorel"} <= set(confirmed)
    assert confirmed[second.headline].location == "Kessara market"
    assert again.review.open_event(event_id)
    assert find(again, QLineEdit, "headlineEdit").text() == "340 families flee Dorel"
    assert again.review.sourcePanel.textView.toPlainText() == SAMPLE  # the source text beside it, quote marked
    assert again.review.sourcePanel.textView.extraSelections()


def test_validation_messages_and_alternative_reading(qtbot, window, chronology_path):
    paste_and_extract(qtbot, window)
    review = window.review
    validation = find(window, QLabel, "validationLabel")
    set_text(qtbot, find(window, QLineEdit, "dateStartEdit"), "2023-10-10")
    set_text(qtbot, find(window, QLineEdit, "dateEndEdit"), "2023-10-09")
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    assert validation.isVisible() and "before the start" in validation.text()
    set_text(qtbot, find(window, QLineEdit, "dateEndEdit"), "")
    set_text(qtbot, find(window, QLineEdit, "dateStartEdit"), "2023-02-30")
    assert "not a real date" in find(window, QLabel, "datePreviewLabel").text()
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    assert "not a real date" in validation.text()
    set_text(qtbot, find(window, QLineEdit, "dateStartEdit"), "2023-10")
    set_text(qtbot, find(window, QLineEdit, "headlineEdit"), "")
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    assert "headline is empty" in validation.text()
    assert rows(chronology_path, "SELECT count(*) FROM event") == [(0,)]  # nothing invalid was saved

    # the engine's other reading of a date is one click away, and back again
    for row, item in enumerate(review.model.items):
        if item.alternatives:
            review.select_row(row)
            break
    else:
        pytest.fail("the sample article has a date with two readings")
    original = review.current_item().reading  # the engine's reading (the form may hold edits)
    def buttons(prefix):
        return [b for b in window.findChildren(QPushButton, "alternativeButton")
                if b.isVisible() and b.text().startswith(prefix)]

    qtbot.waitUntil(lambda: bool(buttons("Other reading")))
    qtbot.mouseClick(buttons("Other reading")[0], Qt.MouseButton.LeftButton)
    assert find(window, QLineEdit, "dateStartEdit").text() not in (original, "2023-10")
    qtbot.waitUntil(lambda: bool(buttons("Back")))
    qtbot.mouseClick(buttons("Back")[0], Qt.MouseButton.LeftButton)
    assert find(window, QLineEdit, "dateStartEdit").text() == original

    # precision: widening a day to its month keeps it honest ("October 2023", not 1 October)
    set_text(qtbot, find(window, QLineEdit, "dateStartEdit"), "2023-10-15")
    combo = find(window, object, "precisionCombo")
    choose_from_list(qtbot, combo, text="month")
    assert find(window, QLineEdit, "dateStartEdit").text() == "2023-10"
    # ...and narrowing it back is refused rather than inventing "1 October"
    choose_from_list(qtbot, combo, text="day")
    assert find(window, QLineEdit, "dateStartEdit").text() == "2023-10"
    assert combo.currentText() == "month" and "never invents" in validation.text()


def test_accept_and_add_another_then_undo(qtbot, window, chronology_path):
    paste_and_extract(qtbot, window)
    review = window.review
    first = review.current_item().event
    set_text(qtbot, find(window, QLineEdit, "locationEdit"), "Kessara")
    qtbot.mouseClick(find(window, QPushButton, "acceptAnotherButton"), Qt.MouseButton.LeftButton)
    twin = review.current_item()
    assert twin.event.id != first.id and twin.state == "pending"
    assert find(window, QLineEdit, "locationEdit").text() == "Kessara"
    assert find(window, QLineEdit, "headlineEdit").text() == ""
    assert find(window, QLineEdit, "dateStartEdit").text() == first.date.start
    qtbot.keyClicks(find(window, QLineEdit, "headlineEdit"), "Second shell hits the mosque")
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    assert rows(chronology_path, "SELECT count(*) FROM event WHERE status = 'confirmed'") == [(2,)]

    qtbot.keyClick(review.candidateList, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(chronology_path, "SELECT headline FROM event") == [(first.headline,)]
    assert twin.state == "pending"
    qtbot.keyClick(review.candidateList, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert rows(chronology_path, "SELECT count(*) FROM event WHERE status = 'confirmed'") == [(2,)]


def test_events_accepted_one_like_another_keep_the_order_they_were_entered_in_the_chronology(qtbot, window):
    """One sentence tells of a shelling, then the funeral, then a protest: the editor accepts the first and adds the
    others with 'Accept + another like it'. The chronology listed the three, of one day and one sentence, in the
    order of their random ids, not the order the editor entered them."""
    from PySide6.QtWidgets import QTableView

    paste_and_extract(qtbot, window)
    headlines = [window.review.current_item().event.headline, "Funeral of the victims", "Protest at the market",
                 "Curfew declared"]
    for headline in headlines[1:]:
        qtbot.mouseClick(find(window, QPushButton, "acceptAnotherButton"), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(find(window, QLineEdit, "headlineEdit"), headline)
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    window.show_page(2)
    table = window.chronology.findChild(QTableView, "chronologyTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 4)
    shown = [table.model().index(r, 1).data() for r in range(4)]
    assert shown == headlines


def test_second_source_keeps_its_own_claims(qtbot, window, chronology_path):
    paste_and_extract(qtbot, window)
    review = window.review
    first = review.current_item()
    set_text(qtbot, find(window, QLineEdit, "fatalitiesEdit"), "12")
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    # a second article about the same attack claims another toll
    other = ("KESSARA (Other Wire) - Twenty-three people died on Sunday in the shelling of the market in Kessara, "
             "the Northern Liberation Front said.")
    window.show_page(0)
    paste_and_extract(qtbot, window, other)
    # this source's claims, corrected in its Sources table
    type_in_cell(qtbot, review.eventForm.evidenceTable, 0, 2, "25")
    type_in_cell(qtbot, review.eventForm.evidenceTable, 0, 3, "Northern Liberation Front")
    add_as_source_of(qtbot, review, first.event.id)
    claims = rows(chronology_path, "SELECT fatalities, attribution FROM evidence WHERE event_id = ? ORDER BY rowid",
                  [first.event.id])
    assert len(claims) == 2 and claims[1] == (25, "Northern Liberation Front")
    review.open_event(first.event.id)
    table = review.eventForm.evidenceTable
    assert table.rowCount() == 2
    assert {table.item(r, 2).text() for r in range(2)} >= {"25"}
    day = display_period(PUBLISHED.isoformat())  # the window's own way of writing a date, not ISO
    assert table.item(0, 0).text() == f"Sample Wire — Market shelling in Kessara — {day}"
    window.activateWindow()  # (the dialog that chose the event had the focus)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(review.candidateList, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(rows(chronology_path, "SELECT id FROM evidence WHERE event_id = ?", [first.event.id])) == 1


def test_a_toll_and_source_typed_in_the_form_stay_as_the_claims_of_a_report_added_as_source(qtbot, window,
                                                                                           chronology_path):
    paste_and_extract(qtbot, window)
    review = window.review
    first = review.current_item()
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    other = ("KESSARA (Other Wire) - Twenty-three people died on Sunday in the shelling of the market in Kessara, "
             "the Northern Liberation Front said.")
    window.show_page(0)
    paste_and_extract(qtbot, window, other)
    # corrected in the form's own fields, as for any candidate, not in the Sources table
    set_text(qtbot, find(window, QLineEdit, "fatalitiesEdit"), "25")
    set_text(qtbot, find(window, QLineEdit, "attributionEdit"), "NLF spokesman")
    add_as_source_of(qtbot, review, first.event.id)
    claims = rows(chronology_path, "SELECT fatalities, attribution FROM evidence WHERE event_id = ? ORDER BY rowid",
                  [first.event.id])
    assert len(claims) == 2 and claims[1] == (25, "NLF spokesman")


def test_a_report_added_as_source_brings_the_places_the_event_lacked(qtbot, window, chronology_path):
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    target = window.store.save_event(Event(FuzzyDate("2023-10-15"), "Drones strike Debre Tabor", status="confirmed",
                                           location="Debre Tabor", country="Ethiopia"))
    paste_and_extract(qtbot, window, text=("Drones struck Debre Tabor in the Amhara region of Ethiopia on Sunday and "
                                           "shelled the town of Woldia, officials said."))
    add_as_source_of(qtbot, window.review, target.id)
    stored = window.store.get_event(target.id)
    assert (stored.location, stored.admin1, stored.country) == ("Debre Tabor", "Amhara", "Ethiopia")
    assert stored.other_places == ["Woldia"]  # once, and not the place it already had


def test_empty_text_explains_what_is_needed(qtbot, window, chronology_path):
    qtbot.mouseClick(find(window, QPushButton, "extractButton"), Qt.MouseButton.LeftButton)
    message = find(window, QLabel, "articleMessage")
    assert message.isVisible() and "paste the article" in message.text()
    qtbot.keyClicks(find(window, QPlainTextEdit, "articleEdit"), "   ")
    qtbot.keyClick(find(window, QPlainTextEdit, "articleEdit"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert message.isVisible()
    assert window.article.job is None and window.tabs.currentWidget() is window.article


def test_closing_during_extraction_neither_hangs_nor_crashes(qtbot, window, chronology_path, monkeypatch):
    release, finished = threading.Event(), threading.Event()
    real = article_mod.run_extraction

    def slow(raw, published, *vocabulary, **stop):  # (should_stop: the job can be cancelled)
        release.wait(30)
        try:
            return real(raw, published, *vocabulary, **stop)
        finally:
            finished.set()

    monkeypatch.setattr(article_mod, "run_extraction", slow)
    find(window, QPlainTextEdit, "articleEdit").setPlainText(SAMPLE)
    qtbot.mouseClick(find(window, QPushButton, "extractButton"), Qt.MouseButton.LeftButton)
    assert window.article.job is not None and find(window, object, "extractProgress").isVisible()
    window.close()  # returns at once although the worker is busy
    assert not window.isVisible()
    release.set()
    qtbot.waitUntil(finished.is_set)
    qtbot.wait(50)  # let the abandoned result reach the event loop: it must be dropped quietly
    assert rows(chronology_path, "SELECT count(*) FROM source") == [(0,)]


def test_a_long_extraction_says_how_long_it_has_run_beside_the_busy_bar(qtbot, window, monkeypatch):
    """The status bar's 'Extracting events from 3,599,398 characters…' went after 8 s; then a busy bar without a
    word was all a 3 MB paste showed for minutes."""
    big = (SAMPLE + "\n\n") * 300
    window.article.articleEdit.setPlainText(big)
    release, received = threading.Event(), threading.Event()

    def worker(raw, published, *vocabulary, **stop):  # holds the worker as a long extraction does
        received.set()
        release.wait(30)
        return "", None

    monkeypatch.setattr(article_mod, "run_extraction", worker)
    size = find(window, QLabel, "articleSizeLabel")
    qtbot.mouseClick(find(window, QPushButton, "extractButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(received.is_set, timeout=5000)
    assert size.text() == f"{len(big):,} characters \u00b7 extracting\u2026 0 s"
    window.article._busy_since -= 65  # as the seconds tick (no test waits for them)
    window.article.elapsedTimer.timeout.emit()
    assert size.text() == f"{len(big):,} characters \u00b7 extracting\u2026 1 min 05 s"
    qtbot.keyClick(window.article.articleEdit, Qt.Key.Key_Escape)
    assert size.text() == f"{len(big):,} characters" and not window.article.elapsedTimer.isActive()
    release.set()


def test_the_first_extraction_loads_the_engine_in_the_worker_not_the_ui_thread(qtbot, window, monkeypatch):
    """Importing the extraction engine compiles its patterns (about a second the first time): imported by the UI
    thread as Extract was pressed, it froze the window for that second (qa21). Only the worker asks for it."""
    import builtins

    asked, real_import = [], builtins.__import__

    def recording_import(name, *args, **kwargs):  # (an import statement asks even for a module loaded already)
        if name.startswith("chronoapp.core.extract"):
            asked.append(threading.current_thread() is threading.main_thread())
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", recording_import)
    find(window, QPlainTextEdit, "articleEdit").setPlainText(SAMPLE)
    with qtbot.waitSignal(window.article.extracted, timeout=20000):
        qtbot.mouseClick(find(window, QPushButton, "extractButton"), Qt.MouseButton.LeftButton)
        asked_by_ui_thread = [by_ui for by_ui in asked if by_ui]
    assert asked_by_ui_thread == []
    assert False in asked  # the worker imported it
    assert window.review.model.rowCount() > 0


def test_large_paste_is_extracted_off_the_ui_thread(qtbot, window, monkeypatch):
    big = (SAMPLE + "\n\n") * 2900  # ≈ 5 MB
    assert len(big) > 5_000_000
    window.article.articleEdit.setPlainText(big)
    received, release, real = [], threading.Event(), article_mod.run_extraction

    def worker(raw, published, *vocabulary, **stop):  # stands in for the engine, holding the worker thread like a long extraction
        received.append((len(raw), threading.current_thread() is threading.main_thread()))
        release.wait(30)
        return real(SAMPLE, published, *vocabulary, **stop)

    monkeypatch.setattr(article_mod, "run_extraction", worker)
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer(interval=20, timeout=lambda: ticks.append(1))
    timer.start()
    qtbot.mouseClick(find(window, QPushButton, "extractButton"), Qt.MouseButton.LeftButton)
    assert window.article.job is not None  # returned at once; the UI thread keeps running
    assert find(window, object, "extractProgress").isVisible()
    assert "long text" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: len(ticks) >= 5 and bool(received), timeout=5000)
    assert received == [(len(big), False)]
    timer.stop()
    qtbot.keyClick(window.article.articleEdit, Qt.Key.Key_Escape)  # cancel...
    assert window.article.job is None and not find(window, object, "extractProgress").isVisible()
    qtbot.mouseClick(find(window, QPushButton, "extractButton"), Qt.MouseButton.LeftButton)  # ...and again
    with qtbot.waitSignal(window.article.extracted, timeout=20000):
        release.set()
    assert window.tabs.currentWidget() is window.review and window.review.model.rowCount() > 0


def test_the_offer_to_restore_a_review_names_its_article_and_time_as_the_app_writes_them(qtbot, window,
                                                                                       chronology_path, main_window):
    """The bar read 'Unsaved review of “an article” from 2026-11-27 04:14:26: 5 candidate(s) not yet decided' for
    an article pasted without title or outlet: an ISO stamp, a '(s)', and no hint of which article it was."""

    paste_and_extract(qtbot, window)
    window.store.update_source(window.review.session_source_id, outlet="", title="")
    set_text(qtbot, find(window, QLineEdit, "headlineEdit"), "Half-typed headline")
    qtbot.waitUntil(lambda: any("Half-typed headline" in str(d) for d in drafts.load_drafts().values()))
    pending = sum(1 for i in window.review.model.items if i.state == "pending")
    window.close()
    text = main_window(chronology_path).draftLabel.text()
    assert "\u201cKESSARA (Sample Wire)" in text  # the article's first words, as the Source filter names it
    assert f"from {display_period(dt.date.today().isoformat())}, " in text and "T" not in text.split("from")[1][:25]
    assert f"{pending} candidates not yet decided, 1 of them with your edits" in text and "(s)" not in text


def test_the_offer_to_restore_a_review_without_its_article_says_what_it_holds(qtbot, window, chronology_path,
                                                                              main_window):
    """With no article in the file the bar read 'Unsaved review of an article': for events opened from the
    chronology (a review of no article) and for an article deleted since the crash. It names what Restore
    brings back: the events opened, or the deleted article's first event."""
    paste_and_extract(qtbot, window)
    source_id = window.review.session_source_id
    set_text(qtbot, find(window, QLineEdit, "headlineEdit"), "Shelling of \u0645\u0627\u0631\u0639 market")
    qtbot.waitUntil(lambda: any("\u0645\u0627\u0631\u0639" in str(d) for d in drafts.load_drafts().values()))
    window.close()
    with Store(chronology_path) as store:
        store.delete_source(source_id, delete_decided=True)
    text = main_window(chronology_path).draftLabel.text()
    assert "an article no longer in this chronology (first event: \u201c" in text and "of an article from" not in text

    with Store(chronology_path) as store:
        store.save_event(Event(FuzzyDate("2023-10-16"), "Strike on Kessara bridge", status="confirmed", id="bridge"))
    for key in drafts.load_drafts():
        drafts.clear_draft(key)
    again = main_window(chronology_path)
    again.open_event("bridge")
    set_text(qtbot, find(again, QLineEdit, "headlineEdit"), "Strike on the Kessara bridge")
    qtbot.waitUntil(lambda: any("the Kessara bridge" in str(d) for d in drafts.load_drafts().values()))
    again.close()
    text = main_window(chronology_path).draftLabel.text()
    assert text.startswith("Unsaved review of events opened from the chronology from ")
    assert text.endswith(": your corrections to 1 event already accepted or rejected. Restore it?")  # not '0 ... 1 of them'


def test_unsaved_form_is_kept_as_a_draft_and_offered_back(qtbot, window, chronology_path, main_window):
    paste_and_extract(qtbot, window)
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    set_text(qtbot, find(window, QLineEdit, "headlineEdit"), "Half-typed headline")
    qtbot.waitUntil(lambda: any("Half-typed headline" in str(d) for d in drafts.load_drafts().values()))
    edited_id = window.review.current_item().event.id
    window.close()  # as after a crash: nothing was accepted since the typing

    again = main_window(chronology_path)
    bar = again.draftBar
    assert bar.isVisible() and "Restore" in find(again, QPushButton, "restoreDraftButton").text()
    qtbot.mouseClick(find(again, QPushButton, "restoreDraftButton"), Qt.MouseButton.LeftButton)
    review = again.review
    assert review.current_item().event.id == edited_id
    assert find(again, QLineEdit, "headlineEdit").text() == "Half-typed headline"
    assert review.model.items[0].state == "accepted"
    # once everything is decided the draft is gone
    for _ in range(len(review.model.items)):
        if review.current_item().state == "pending":
            qtbot.mouseClick(find(again, QPushButton, "rejectButton"), Qt.MouseButton.LeftButton)
    review.flush_draft()
    assert not [k for k in drafts.load_drafts() if k.startswith("review:")]


def test_closing_when_the_draft_cannot_be_written_asks_before_losing_the_typing(qtbot, window, chronology_path,
                                                                               main_window, message_boxes, monkeypatch):
    """A full disk: the draft of the form could not be written, and closing the window lost the corrections
    typed without a word. The status bar says so as it happens; closing asks first, and No keeps everything on
    screen; once there is room again, closing keeps the draft as usual."""
    import errno

    from PySide6.QtWidgets import QMessageBox

    paste_and_extract(qtbot, window)
    room = drafts.tempfile.mkstemp

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(drafts.tempfile, "mkstemp", disk_full)
    set_text(qtbot, find(window, QLineEdit, "headlineEdit"), "Half-typed headline")
    qtbot.waitUntil(lambda: "could not be kept as a draft" in window.statusBar().currentMessage(), timeout=5000)
    assert "No space left on device" in window.statusBar().currentMessage()

    QMessageBox.question.answer = QMessageBox.StandardButton.No
    window.close()
    [(kind, _title, text)] = message_boxes
    assert kind == "question" and "No space left on device" in text and "lose what you typed" in text
    assert window.isVisible() and find(window, QLineEdit, "headlineEdit").text() == "Half-typed headline"

    monkeypatch.setattr(drafts.tempfile, "mkstemp", room)  # space freed
    window.close()
    assert not window.isVisible() and len(message_boxes) == 1
    again = main_window(chronology_path)
    qtbot.mouseClick(find(again, QPushButton, "restoreDraftButton"), Qt.MouseButton.LeftButton)
    assert find(again, QLineEdit, "headlineEdit").text() == "Half-typed headline"


def test_a_data_folder_that_cannot_be_made_neither_stops_the_window_nor_hides_that_drafts_are_not_kept(
        qtbot, chronology_path, main_window, isolated_profile, message_boxes):
    """A read-only home (a locked-down or live system): making the data folder for drafts and crash.log raised,
    so the window did not open at all, and the crash dialog, naming that folder, raised again."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    blocked = next(p for p in [folder, *folder.parents] if p.parent == isolated_profile or p.parent.exists())
    assert isolated_profile in blocked.parents and not blocked.exists()
    blocked.write_text("a file where the data folder should go: nothing can be made under it")
    window = main_window(chronology_path)
    assert window.store is not None
    paste_and_extract(qtbot, window)
    set_text(qtbot, find(window, QLineEdit, "headlineEdit"), "Half-typed headline")
    qtbot.waitUntil(lambda: "could not be kept as a draft" in window.statusBar().currentMessage(), timeout=5000)
    window.close()  # answered Yes: close and lose it
    assert [kind for kind, _title, _text in message_boxes] == ["question"] and not window.isVisible()


def test_an_undo_the_locked_file_refused_can_be_tried_again(qtbot, window, chronology_path):
    """Ctrl+Z of an accept while another program held the file said 'Could not undo: ... locked', but the undo
    stack had stepped back all the same: Ctrl+Z pressed again undid the step before instead."""
    ctrl = Qt.KeyboardModifier.ControlModifier
    paste_and_extract(qtbot, window)
    review = window.review
    qtbot.keyClick(review.candidateList, Qt.Key.Key_Return, ctrl)  # accept the first
    first = review.model.items[0]
    qtbot.keyClick(review.candidateList, Qt.Key.Key_Return, ctrl)  # and the second
    second = review.model.items[1]
    assert (first.state, second.state) == ("accepted", "accepted")
    other = sqlite3.connect(chronology_path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, ctrl)
        assert "Could not undo" in find(window, QLabel, "validationLabel").text()
        qtbot.waitUntil(lambda: not window.undo_stack.canRedo(), timeout=2000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, ctrl)  # tried again: the second accept is undone
    assert (first.state, second.state) == ("accepted", "pending")
    assert rows(chronology_path, "SELECT count(*) FROM event WHERE id = ?", [second.event.id]) == [(0,)]
    assert rows(chronology_path, "SELECT status FROM event WHERE id = ?", [first.event.id]) == [("confirmed",)]


def test_a_redo_the_locked_file_refused_can_be_tried_again(qtbot, window, chronology_path):
    """Redo (Ctrl+Shift+Z) of an accept while another program held the file said 'Could not redo: ... locked', but
    the undo stack had stepped forward all the same: the redo was gone, and Ctrl+Z would have undone an accept the
    file never got back."""
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    paste_and_extract(qtbot, window)
    review = window.review
    qtbot.keyClick(review.candidateList, Qt.Key.Key_Return, ctrl)  # accept the first
    first = review.model.items[0]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, ctrl)  # undone
    assert first.state == "pending" and window.undo_stack.canRedo()
    other = sqlite3.connect(chronology_path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, ctrl | shift)
        assert "Could not redo" in find(window, QLabel, "validationLabel").text()
        qtbot.waitUntil(lambda: window.undo_stack.canRedo(), timeout=2000)  # the step is still there to redo
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert first.state == "pending"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, ctrl | shift)  # tried again: accepted
    assert first.state == "accepted" and not window.undo_stack.canRedo()
    assert rows(chronology_path, "SELECT status FROM event WHERE id = ?", [first.event.id]) == [("confirmed",)]


def test_store_errors_while_saving_are_shown_inline(qtbot, window, chronology_path):
    paste_and_extract(qtbot, window)
    other = sqlite3.connect(chronology_path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
        assert "locked by another program" in find(window, QLabel, "validationLabel").text()
        assert window.review.current_item().state == "pending"
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    assert rows(chronology_path, "SELECT count(*) FROM event WHERE status = 'confirmed'") == [(1,)]


def test_a_huge_review_drafts_only_the_work_and_re_extracts_the_rest(qtbot, window, chronology_path, main_window,
                                                                     monkeypatch):
    from chronoapp.gui import review as review_mod

    monkeypatch.setattr(review_mod, "MAX_DRAFT_CANDIDATES", 2)  # stands for "thousands of candidates"
    candidates = paste_and_extract(qtbot, window)
    total = candidates.model().rowCount()
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    set_text(qtbot, find(window, QLineEdit, "headlineEdit"), "Edited by hand")
    window.review.flush_draft()
    [state] = [d for k, d in drafts.load_drafts().items() if k.startswith("review:")]
    assert state["reextract"] and len(state["items"]) == 2  # the accepted one and the edited one
    window.close()

    again = main_window(chronology_path)
    with qtbot.waitSignal(again.review.status, timeout=20000,
                          check_params_cb=lambda text: "more candidates" in text):
        qtbot.mouseClick(find(again, QPushButton, "restoreDraftButton"), Qt.MouseButton.LeftButton)
    assert find(again, QLineEdit, "headlineEdit").text() == "Edited by hand"
    # every candidate is back once (the accepted one is not proposed twice)
    assert again.review.model.rowCount() == total
    assert again.review.sourcePanel.highlighter.spans


def test_open_article_files(qtbot, window, tmp_path):
    page = window.article
    html_file = tmp_path / "story.html"
    html_file.write_bytes("<html><head><title>Shelling in Kessara &amp; Dorel</title><style>p{}</style></head>"
                          "<body><p>KESSARA \u2014 Twelve people were killed on Sunday.</p><p>Talks failed.</p>"
                          "</body></html>".encode("cp1252"))
    page.open_file(html_file)
    assert page.titleEdit.text() == "Shelling in Kessara & Dorel"
    text = page.articleEdit.toPlainText()
    assert "<p>" not in text and "Twelve people were killed on Sunday." in text and "p{}" not in text
    md = tmp_path / "notes.md"
    md.write_text("# Ceasefire talks\n\nThe envoy met both sides on 4 October.\n", encoding="utf-8")
    page.open_file(md)
    assert page.titleEdit.text() == "Ceasefire talks" and "4 October" in page.articleEdit.toPlainText()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    page.open_file(binary)
    message = find(window, QLabel, "articleMessage")
    assert message.isVisible() and "binary" in message.text()
    assert "4 October" in page.articleEdit.toPlainText()  # the previous article is still there
    for name, content in (("empty.txt", b""), ("blank.html", b"<html><body><p> </p><script>x()</script></body></html>")):
        (tmp_path / name).write_bytes(content)
        page.open_file(tmp_path / name)  # said, and the article in the box is kept
        assert name in message.text() and "no article text" in message.text()
        assert "4 October" in page.articleEdit.toPlainText()
    rtf = tmp_path / "wire.rtf"  # WordPad's or TextEdit's format: its text, not its codes
    rtf.write_bytes(rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22 Shelling resumed on 4 October\'97 "
                    rb"the mayor said.\par}")
    page.open_file(rtf)
    assert page.articleEdit.toPlainText() == "Shelling resumed on 4 October\u2014 the mayor said."
    # a Word or PDF file a journalist was sent: said what it is and how to get its text in
    for name, program in (("report.docx", "open it in Word"), ("statement.pdf", "open it in a PDF reader")):
        document = tmp_path / name
        document.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20)
        page.open_file(document)
        assert program in message.text() and "paste it here (Ctrl+V)" in message.text()


def test_a_whole_page_pasted_from_a_browser_is_pasted_without_its_furniture(qtbot, window):
    """Ctrl+A, Ctrl+C on a news page and Ctrl+V here pasted the browser's plain text: menus, cookie banner, related
    stories and footer, whose dates became candidates. The page's HTML says which is which."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    from test_article_text import SAVED_PAGE

    article = find(window, QPlainTextEdit, "articleEdit")
    page = QMimeData()
    page.setHtml(SAVED_PAGE)
    page.setText(re.sub(r"<[^>]+>", "\n", SAVED_PAGE.split("</head>")[1]))  # what a browser puts beside it: every word
    assert "cookies" in page.text()
    QApplication.clipboard().setMimeData(page)
    article.setFocus()
    qtbot.keyClick(article, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    text = article.toPlainText()
    assert "Shelling killed five civilians on Friday" in text and "The army said it would respond." in text
    assert "cookies" not in text and "Idlib" not in text and "2 September 2017" not in text
    # a paste of a few sentences (no furniture in its HTML) is the browser's plain text, as before
    article.clear()
    part = QMimeData()
    part.setHtml("<p>Shelling <b>killed</b> five.</p>")
    part.setText("Shelling killed five.")
    QApplication.clipboard().setMimeData(part)
    qtbot.keyClick(article, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().clear()  # (data left on the clipboard crashed Python at exit, after the last test)
    assert article.toPlainText() == "Shelling killed five."


def test_double_click_in_the_chronology_opens_the_event_in_the_form(qtbot, window, chronology_path):
    paste_and_extract(qtbot, window)
    accepted = window.review.current_item().event
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    window.show_page(2)
    table = window.findChild(object, "chronologyTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # is click + double
    assert window.tabs.currentWidget() is window.review
    assert window.review.current_item().event.id == accepted.id
    assert find(window, QLineEdit, "headlineEdit").text() == accepted.headline


def test_an_article_without_dates_says_what_to_do(qtbot, window, chronology_path):
    text = "The minister spoke to reporters. Nobody said when the convoy would leave."
    window.article.articleEdit.setPlainText(text)
    with qtbot.waitSignal(window.article.extracted, timeout=20000):
        qtbot.mouseClick(find(window, QPushButton, "extractButton"), Qt.MouseButton.LeftButton)
    review = window.review
    assert review.model.rowCount() == 0
    assert "New event from selection" in review.countLabel.text()
    assert review.sourcePanel.textView.toPlainText() == text  # the text is there to select from
    cursor = review.sourcePanel.textView.textCursor()
    cursor.setPosition(text.index("Nobody"))
    cursor.setPosition(len(text), QTextCursor.MoveMode.KeepAnchor)
    review.sourcePanel.textView.setTextCursor(cursor)
    review.sourcePanel.textView.setFocus()
    qtbot.keyClick(review.sourcePanel.textView, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert review.model.rowCount() == 1
    assert review.current_item().event.evidence[0].quote == text[text.index("Nobody"):]


def test_the_whole_review_by_keyboard(qtbot, window, chronology_path):
    qtbot.waitUntil(window.isActiveWindow)
    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    article = find(window, QPlainTextEdit, "articleEdit")
    article.setFocus()
    for i, paragraph in enumerate(SAMPLE.split("\n\n")[:3]):  # typed, not pasted
        if i:
            qtbot.keyClick(article, Qt.Key.Key_Return)
            qtbot.keyClick(article, Qt.Key.Key_Return)
        qtbot.keyClicks(article, paragraph)  # (QTest types ASCII only: these paragraphs are)
    window.article.publishedDateEdit.setDate(QDate(PUBLISHED))
    with qtbot.waitSignal(window.article.extracted, timeout=20000):
        qtbot.keyClick(article, Qt.Key.Key_Return, ctrl)
    review = window.review
    focus = window.focusWidget()
    assert review.isAncestorOf(focus)
    first = review.current_item().event
    qtbot.keyClick(focus, Qt.Key.Key_Return, ctrl)  # accept
    assert rows(chronology_path, "SELECT status FROM event WHERE id = ?", [first.id]) == [("confirmed",)]
    second = review.current_item()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, alt)  # Alt+L: the headline field
    assert window.focusWidget() is find(window, QLineEdit, "headlineEdit")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_R, alt)  # reject (Qt animates the button press first)
    qtbot.waitUntil(lambda: second.state == "rejected")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, ctrl)  # undo the rejection
    assert second.state == "pending"
    assert rows(chronology_path, "SELECT count(*) FROM event WHERE id = ?", [second.event.id]) == [(0,)]
    row = review.candidateList.currentIndex().row()
    assert row > 0
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Up, alt)  # previous candidate
    assert review.candidateList.currentIndex().row() == row - 1
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Down, alt)  # next candidate
    assert review.candidateList.currentIndex().row() == row
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_3, ctrl)
    assert window.tabs.currentWidget() is window.chronology
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_2, ctrl)
    assert window.tabs.currentWidget() is review and review.isAncestorOf(window.focusWidget())


def test_a_dropped_file_opens_as_the_article(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QUrl

    story = tmp_path / "dropped.txt"
    story.write_text("Fighting resumed near Dorel on Monday, officials said.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(story))])
    edit = window.article.articleEdit
    assert edit.canInsertFromMimeData(mime)
    edit.insertFromMimeData(mime)
    assert edit.toPlainText() == "Fighting resumed near Dorel on Monday, officials said."
    assert window.article.titleEdit.text() == "dropped"


def test_choosing_the_existing_event_a_candidate_also_reports(qtbot, chronology_path):
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event
    from chronoapp.gui.existing_event_dialog import ExistingEventDialog

    with Store(chronology_path) as store:
        for date, headline in (("2023-10-15", "Market shelled in Kessara"), ("2023-10", "Dorel offensive"),
                               ("2019-03", "Front takes Kessara")):
            store.save_event(Event(FuzzyDate(date), headline, status="confirmed"))
        dialog = ExistingEventDialog(store, FuzzyDate("2023-10-15"))
        qtbot.addWidget(dialog)
        shown = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert shown == ["October 2023 \u2014 Dorel offensive", "15 October 2023 \u2014 Market shelled in Kessara"]
        qtbot.keyClicks(dialog.search, "front")
        assert dialog.list.count() == 1 and "Front takes Kessara" in dialog.list.item(0).text()
        assert store.get_event(dialog.chosen_id()).headline == "Front takes Kessara"


def test_actors_editors_confirmed_are_recognised_in_the_next_article(qtbot, window, chronology_path):
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    story = "KESSARA - Fighters of the Qorvan Brotherhood shelled the town of Kessara on Sunday, officials said."
    candidates = paste_and_extract(qtbot, window, text=story)
    assert "Qorvan Brotherhood" not in find(window, QLineEdit, "actorsEdit").text()  # unknown name
    window.store.save_event(Event(FuzzyDate("2023-10-01"), "Earlier raid", actors=["Qorvan Brotherhood"],
                                  status="confirmed"))
    candidates = paste_and_extract(qtbot, window, text=story.replace("Sunday", "Monday"))
    candidates.setCurrentIndex(candidates.model().index(candidates.model().rowCount() - 1, 0))
    assert "Qorvan Brotherhood" in find(window, QLineEdit, "actorsEdit").text()


@pytest.mark.parametrize("typed, timex", [("17/9", "2017-09-17"), ("17.9.", "2017-09-17"), ("1/9", "2017-09-01")])
def test_a_day_and_month_in_figures_take_the_year_of_the_date_being_corrected(typed, timex):
    from chronoapp.gui.form_dates import parse_form_date
    assert parse_form_date(typed, "", False, 2017).to_timex() == timex


def test_an_event_without_a_source_says_so_beside_the_form(qtbot, main_window, chronology_path):
    """An event added on the command line has no article: the article panel was blank, with no word why."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event
    from chronoapp.core.store import Store

    with Store(chronology_path) as store:
        event = store.save_event(Event(FuzzyDate("2020"), "Added by hand", status="confirmed"))
    window = main_window(chronology_path)
    window.open_event(event.id)
    assert window.review.sourcePanel.sourceLabel.text() == "No source text for this event."


@pytest.mark.parametrize("typed, figures", [("1,400", (1400, None, None)), ("1.400", (1400, None, None)),
                                            ("1 400", (1400, None, None)), ("1\u202f400", (1400, None, None)),
                                            ("2.500 (2.000-3.000)", (2500, 2000, 3000)), ("12", (12, None, None))])
def test_a_toll_with_thousands_grouped_as_in_any_country_is_read(typed, figures):
    """'1.400' and '1 400' (German, French grouping) were refused as 'not a number'."""
    from chronoapp.core.model import parse_fatalities

    assert parse_fatalities(typed) == figures


@pytest.mark.parametrize("typed", ["1,5", "12,15", "1.5"])
def test_a_toll_that_is_no_grouped_number_is_refused_not_misread(typed):
    """'1,5' (a slip for 1-5, or a decimal) was saved as a toll of 15, '12,15' as 1,215."""
    from chronoapp.core.model import parse_fatalities

    with pytest.raises(ValueError, match="not a number"):
        parse_fatalities(typed)


def test_a_candidate_without_a_date_phrase_offers_no_other_reading(qtbot, window, monkeypatch):
    """A candidate the engine dated to the publication day for want of any date phrase ('No date phrase: news
    present') still offered 'Other reading: 11 July 2006', a reading of words the sentence does not have (the
    engine had passed on another sentence's readings). A reading needs a phrase to be read."""
    import chronoapp.core.extract as engine

    real, undated = engine.extract, []

    def extract(*args, **kwargs):
        result = real(*args, **kwargs)
        c = next(c for c in result.events if c.date_alternatives)
        c.date_text, c.timex_start, c.timex_end = "", None, None
        c.date_reason = "no date phrase: news present, dated to the publication day"
        undated.append(c)
        return result

    monkeypatch.setattr(engine, "extract", extract)
    paste_and_extract(qtbot, window)
    review = window.review
    [row] = [n for n, item in enumerate(review.model.items) if item.event.date_reason == undated[0].date_reason]
    review.select_row(row)
    assert "No date phrase" in find(window, QLabel, "dateReasonLabel").text()
    assert not [b for b in window.findChildren(QPushButton, "alternativeButton") if b.isVisible()]
    assert review.current_item().alternatives == []


def test_every_place_of_a_candidate_is_shown_editable_and_kept_on_accept(qtbot, window, chronology_path):
    """Town, region, country and the other town the sentence names: none is lost between the form and the file,
    and the chronology's place filter and the event opened again show them."""
    story = ("Drones struck Debre Tabor in the Amhara region of Ethiopia on Sunday and shelled the town of Woldia, "
             "officials said.")
    paste_and_extract(qtbot, window, text=story)
    shown = [find(window, QLineEdit, name).text() for name in ("locationEdit", "admin1Edit", "countryEdit",
                                                                 "otherPlacesEdit")]
    assert shown[1:3] == ["Amhara", "Ethiopia"]
    assert sorted([shown[0], shown[3]]) == ["Debre Tabor", "Woldia"]
    also = find(window, QLineEdit, "otherPlacesEdit")
    set_text(qtbot, also, also.text() + "; Gondar")  # the editor adds a place
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    [(location, admin1, country, others)] = rows(chronology_path,
                                                 "SELECT location, admin1, country, other_places FROM event")
    assert (admin1, country) == ("Amhara", "Ethiopia")
    assert sorted([location, *json.loads(others)]) == ["Debre Tabor", "Gondar", "Woldia"]
    assert sorted(window.store.vocabulary("place")) == ["Debre Tabor", "Gondar", "Woldia"]

    window.show_page(2)
    view = window.chronology
    table = window.findChild(object, "chronologyTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    cell = table.model().index(0, 4)  # the Location column lists every place, its tooltip the region and country
    assert sorted(cell.data().split("; ")) == ["Debre Tabor", "Gondar", "Woldia"]
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith(f"{location}, Amhara, Ethiopia; also ")
    qtbot.keyClicks(view.filterLocationEdit, "gondar")  # a place beside the location is found
    qtbot.waitUntil(lambda: view.eventCountLabel.text() == "1 of 1 event")
    qtbot.keyClicks(view.filterLocationEdit, "x")
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    view.clear_filters()
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentWidget() is window.review
    assert find(window, QLineEdit, "otherPlacesEdit").text().endswith("; Gondar")
    assert find(window, QLineEdit, "admin1Edit").text() == "Amhara"


def test_the_name_typed_after_a_semicolon_is_completed_keeping_the_names_before_it(qtbot, window):
    """Actors and places are ';' lists, but the learned names were offered for the whole field only: typing
    the second actor ('Hezbollah; Syr') offered nothing, so every name after the first was typed in full."""
    window.store.save_event(Event(FuzzyDate("2013-05-20"), "Qusair shelled", actors=["Syrian Army", "Hezbollah"],
                                  location="Qusair", other_places=["Dabaa"], status="confirmed"))
    paste_and_extract(qtbot, window)
    review = window.review
    for edit, typed, offered, chosen in (
            (review.eventForm.actorsEdit, "Hezbollah; syr", "Syrian Army", "Hezbollah; Syrian Army"),
            (review.eventForm.otherPlacesEdit, "Homs;Dab", "Dabaa", "Homs; Dabaa"),
            (review.eventForm.locationEdit, "Qus", "Qusair", "Qusair")):
        set_text(qtbot, edit, typed)
        completer = edit.completer()
        qtbot.waitUntil(completer.popup().isVisible)
        assert completer.completionModel().index(0, 0).data() == offered
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
        assert edit.text() == chosen


def test_a_candidates_tooltip_in_the_list_says_every_place_and_actor(qtbot, window):
    """Among hundreds of candidates, the list showed date and headline only, its tooltip the quote: where and who
    meant selecting each one."""
    candidates = paste_and_extract(qtbot, window)
    for row in range(candidates.model().rowCount()):
        e = window.review.model.items[row].event
        tip = candidates.model().index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert all(p in tip.split("\n", 1)[-1] for p in [*e.places(), e.admin1, e.country, *e.actors] if p), tip


def test_a_relative_date_typed_in_the_form_is_read_against_the_article_date(qtbot, window, chronology_path):
    """'Monday', 'yesterday', 'last week' typed as the date are read as the engine reads the article (the sample
    is dated Tuesday 17 October 2023), the preview says how, and the event is saved with that date and reason."""
    paste_and_extract(qtbot, window)
    preview = find(window, QLabel, "datePreviewLabel")
    start = find(window, QLineEdit, "dateStartEdit")
    set_text(qtbot, start, "last week")
    assert "week of 9 October 2023" in preview.text() and "publication date" in preview.text()
    set_text(qtbot, start, "on Monday")
    assert "16 October 2023" in preview.text() and "\u201con Monday\u201d read against the article" in preview.text()
    set_text(qtbot, start, "Monday and Friday")  # not one date: refused as before
    assert "\u26a0" in preview.text()
    set_text(qtbot, start, "yesterday")
    event_id = window.review.current_item().event.id
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    [(date, reason)] = rows(chronology_path, "SELECT date_start, date_reason FROM event WHERE id = ?", [event_id])
    assert date == "2023-10-16" and "yesterday" in reason and reason.startswith("set by the editor")


def test_the_date_preview_takes_the_height_of_its_lines_and_no_more(qtbot, window):
    """A reading that wraps onto two lines left a blank band of three more under it, pushing the form (and the
    Sources table under the buttons) down, as the label kept the height of its text wrapped at a narrow width."""
    window.resize(1280, 800)
    paste_and_extract(qtbot, window)
    preview = find(window, QLabel, "datePreviewLabel")
    for typed in ("last week", "2023-10-14"):  # a reading told on two lines, then on one
        set_text(qtbot, find(window, QLineEdit, "dateStartEdit"), typed)
        qtbot.waitUntil(lambda: preview.height() == preview.heightForWidth(preview.width()))  # every line shows
    lines = preview.height()
    window.resize(700, 800)  # narrower: the reading wraps onto more lines, and still shows whole
    set_text(qtbot, find(window, QLineEdit, "dateStartEdit"), "last week")
    qtbot.waitUntil(lambda: preview.height() == preview.heightForWidth(preview.width()) > lines)


def test_a_relative_date_typed_before_the_engine_is_loaded_is_read_once_it_is(qtbot, window, monkeypatch):
    """The engine is loaded off the interface's thread: the preview says so, then shows the date."""
    from chronoapp.gui import form_dates
    from chronoapp.gui import review as review_mod

    paste_and_extract(qtbot, window)
    loaded = threading.Event()
    for module in (review_mod, form_dates):  # (the form's date is read in form_dates, the engine loaded from review)
        monkeypatch.setattr(module, "engine_loaded", loaded.is_set)
    monkeypatch.setattr(review_mod, "load_engine", loaded.set)
    preview = find(window, QLabel, "datePreviewLabel")
    set_text(qtbot, find(window, QLineEdit, "dateStartEdit"), "yesterday")
    qtbot.waitUntil(lambda: "16 October 2023" in preview.text(), timeout=5000)
    assert loaded.is_set()


def test_a_relative_date_typed_while_the_engine_warms_up_waits_for_it_off_the_interface_thread(qtbot, window,
                                                                                                 monkeypatch):
    """At start-up a background thread loads the engine after the first paint. Its module was counted as loaded as
    soon as that thread began importing it, so 'yesterday' typed meanwhile was read on the interface's thread,
    which waited for the rest of the import. Here the warm-up is under way (it holds the engine's lock): the
    preview says the engine is loading, and reads the date once the warm-up is done."""
    from chronoapp.gui import article

    paste_and_extract(qtbot, window)
    monkeypatch.setattr(article, "_engine_warm", False)
    preview = find(window, QLabel, "datePreviewLabel")
    with article._engine_lock:  # the warm-up thread's hold, while it loads the engine
        set_text(qtbot, find(window, QLineEdit, "dateStartEdit"), "yesterday")
        assert "loading the date engine" in preview.text()
    qtbot.waitUntil(lambda: "16 October 2023" in preview.text(), timeout=5000)


@pytest.mark.parametrize("typed, start", [("yesterday", "2023-10-16"), ("last Monday", "2023-10-16"),
                                          ("two days ago", "2023-10-15"), ("last month", "2023-09"),
                                          ("3 p.m.", None), ("since Monday", None), ("Monday or Friday", None),
                                          ("a week", None)])
def test_only_one_whole_relative_date_is_read_from_what_is_typed(typed, start):
    from chronoapp.gui.form_dates import read_relative_date

    read = read_relative_date(typed, PUBLISHED)
    assert (read[0].start if read else None) == start


def test_the_form_date_is_read_without_the_window():
    """The form's date logic reads from plain values (the fields, the article's date, the year corrected)."""
    from chronoapp.gui.form_dates import load_engine, read_form_date

    load_engine()  # (the window loads it in the background)

    def read(start, end="", *, year=2023, planned=False):
        d, relative, others = read_form_date(start, end, False, published=PUBLISHED, year=year, planned=planned)
        return d.start, d.end, bool(relative), others

    assert read("2017-09-01") == ("2017-09-01", "2017-09-01", False, [])
    assert read("9-10 October") == ("2023-10-09", "2023-10-10", False, [])           # the year corrected
    assert read("yesterday")[:3] == ("2023-10-16", "2023-10-16", True)
    assert read("14-15 November") == ("2022-11-14", "2022-11-15", True, ["2023-11-14/2023-11-15"])  # after: before
    assert read("14-15 November", planned=True)[:2] == ("2023-11-14", "2023-11-15")  # a plan keeps its year


def test_a_claim_typed_for_a_source_stays_with_it_when_another_source_is_removed_elsewhere(qtbot, main_window,
                                                                                          chronology_path):
    """The toll typed beside the second source is saved for that source, though another window removed the
    first source meanwhile (its row gone, the typed row moved up): not dropped, and never given to another."""
    from chronoapp.core.model import Evidence, Source

    with Store(chronology_path) as s:
        a = s.add_source(Source(outlet="A", text="Shelling in Douma on Monday."))
        b = s.add_source(Source(outlet="B", text="Douma was shelled on Monday."))
        event = Event(FuzzyDate("2017-09-04"), "Douma shelled", status="confirmed",
                      evidence=[Evidence(a, "Shelling in Douma", fatalities=3), Evidence(b, "Douma was shelled")])
        s.save_event(event)
    window = main_window(chronology_path)
    review = window.review
    assert review.open_event(event.id)
    window.show_page(1)
    type_in_cell(qtbot, review.eventForm.evidenceTable, 1, 2, "5")  # B's toll, typed in the table
    with Store(chronology_path) as other:  # another window takes article A out of the chronology
        other.delete_source(a)
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    assert rows(chronology_path, "SELECT source_id, fatalities FROM evidence WHERE event_id = ?",
                [event.id]) == [(b, 5)]


def test_a_change_made_elsewhere_while_the_editor_looked_at_another_event_is_kept_on_saving(qtbot, main_window,
                                                                                          chronology_path):
    """The editor corrects a place, looks at another event, comes back and saves: a headline another window changed
    meanwhile stays (only what the editor changed is saved on top), as the place typed does."""
    with Store(chronology_path) as s:
        first = s.save_event(Event(FuzzyDate("2017-09-04"), "Douma shelled", location="Duma", status="confirmed"))
        second = s.save_event(Event(FuzzyDate("2017-09-05"), "Talks in Astana", status="confirmed"))
    window = main_window(chronology_path)
    review = window.review
    assert review.open_event(first.id)
    set_text(qtbot, find(window, QLineEdit, "locationEdit"), "Douma")
    assert review.open_event(second.id)  # the correction waits, unsaved
    with Store(chronology_path) as other:
        theirs = other.get_event(first.id)
        theirs.headline = "Douma shelled by government forces"
        other.save_event(theirs)
    assert review.open_event(first.id)
    assert find(window, QLineEdit, "headlineEdit").text() == "Douma shelled by government forces"
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    assert rows(chronology_path, "SELECT headline, location FROM event WHERE id = ?", [first.id]) == [
        ("Douma shelled by government forces", "Douma")]


def test_a_correction_to_a_decided_event_survives_extracting_the_article_again(qtbot, window, chronology_path):
    """An accepted event reopened and corrected, not yet saved, stays in the list (with the correction) when the
    same article is extracted again, as corrections to undecided candidates already did: the review's draft is
    rewritten under the same name, so nothing else would keep it."""
    paste_and_extract(qtbot, window)
    review = window.review
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    accepted = review.model.items[0]
    review.select_row(0)
    set_text(qtbot, find(window, QLineEdit, "headlineEdit"), "Corrected headline")
    window.show_page(0)
    with qtbot.waitSignal(window.article.extracted, timeout=20000):
        qtbot.mouseClick(find(window, QPushButton, "extractButton"), Qt.MouseButton.LeftButton)
    kept = [i for i in review.model.items if i.event.id == accepted.event.id]
    assert kept and kept[0].edits["headline"] == "Corrected headline"
    review.select_row(review.model.items.index(kept[0]))
    assert find(window, QLineEdit, "headlineEdit").text() == "Corrected headline"


def test_an_extraction_finishing_mid_edit_waits_behind_a_bar_until_the_event_is_decided(qtbot, window, monkeypatch,
                                                                                       screenshot_dir):
    """An article extracted in the background finished while the editor was correcting an event opened from the
    chronology: the Review page was replaced under their typing (the correction went to a draft with a Restore
    bar, the focus to the candidate list). The form stays as it is; the new candidates wait behind a bar and
    show when the event is accepted (or when the editor asks for them)."""
    window.resize(1100, 760)
    paste_and_extract(qtbot, window)
    review = window.review
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    accepted = review.model.items[0].event.id
    # a second article, extracted in the background while the editor goes on working
    release, real = threading.Event(), article_mod.run_extraction

    def slow(raw, published, *vocabulary, **stop):
        release.wait(30)
        return real(raw, published, *vocabulary, **stop)

    monkeypatch.setattr(article_mod, "run_extraction", slow)
    window.show_page(0)
    set_text(qtbot, find(window, QLineEdit, "titleEdit"), "Second report")
    qtbot.mouseClick(find(window, QPushButton, "extractButton"), Qt.MouseButton.LeftButton)
    window.show_page(2)
    window.open_event(accepted)
    headline = find(window, QLineEdit, "headlineEdit")
    set_text(qtbot, headline, "Corrected head")
    with qtbot.waitSignal(window.article.extracted, timeout=20000):
        release.set()
    qtbot.keyClicks(window.focusWidget(), "line")  # the editor was still typing
    window.grab().save(str(screenshot_dir / "extraction-mid-edit.png"))
    print(screenshot_dir / "extraction-mid-edit.png")
    assert window.tabs.currentWidget() is review and review.current_item().event.id == accepted
    assert headline.text() == "Corrected headline" and window.focusWidget() is headline
    assert not window.draftBar.isVisible()
    bar = find(window, QLabel, "newCandidatesLabel")
    assert bar.isVisible() and "\u201cSecond report\u201d" in bar.text() and "candidate events found" in bar.text()
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)  # finished: they show
    qtbot.waitUntil(lambda: review.session_source_id is not None and review.sourcePanel.sourceLabel.text() != ""
                    and not bar.isVisible())
    assert window.store.get_event(accepted).headline == "Corrected headline"
    assert review.model.rowCount() > 0 and all(i.state == "pending" for i in review.model.items)
    assert not window.draftBar.isVisible()  # nothing left behind to restore


def test_new_candidates_waiting_behind_the_bar_show_when_asked(qtbot, window, monkeypatch):
    paste_and_extract(qtbot, window)
    review = window.review
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    source_id = review.session_source_id
    accepted = review.model.items[0].event.id
    window.open_event(accepted)
    set_text(qtbot, find(window, QLineEdit, "headlineEdit"), "Half-typed")
    first = review.current_item()
    extract_while_editing(qtbot, window, monkeypatch)  # the same article extracted again
    assert review.current_item() is first
    qtbot.mouseClick(find(window, QPushButton, "showNewCandidatesButton"), Qt.MouseButton.LeftButton)
    assert not find(window, QLabel, "newCandidatesLabel").isVisible()
    assert review.session_source_id == source_id
    assert any(i.edits and i.edits["headline"] == "Half-typed" for i in review.model.items)  # the correction stays


def test_new_candidates_still_waiting_when_the_window_closes_are_offered_back(qtbot, window, main_window,
                                                                              chronology_path, monkeypatch):
    paste_and_extract(qtbot, window)
    review = window.review
    qtbot.mouseClick(find(window, QPushButton, "acceptButton"), Qt.MouseButton.LeftButton)
    window.open_event(review.model.items[0].event.id)
    set_text(qtbot, find(window, QLineEdit, "headlineEdit"), "Half-typed")
    other, extraction = extract_while_editing(qtbot, window, monkeypatch, "ARVAN (Other Wire) - Two soldiers were "
                                              "killed on Monday when a drone struck a checkpoint near Arvan, officials said.")
    assert find(window, QLabel, "newCandidatesLabel").isVisible()
    window.close()
    kept = {d.get("source_id"): d for d in drafts.load_drafts().values()}
    assert kept[other.id]["pending"] == len(extraction.events) > 0  # the waiting candidates
    assert any(i["edits"] and i["edits"]["headline"] == "Half-typed"  # and the correction
               for d in kept.values() for i in d["items"])


def test_other_readings_that_wrap_never_cover_the_date_fields(qtbot, window):
    """Three readings ('Back to the engine's reading', two others) wrapped to a second row in a form row sized
    for one, and that row lay over the Date field; a relative date's reading was cut at the form's edge."""
    paste_and_extract(qtbot, window)
    window.resize(1280, 800)
    review = window.review
    row = next(n for n, item in enumerate(review.model.items) if len(item.alternatives) >= 2)
    review.select_row(row)
    start = find(window, QLineEdit, "dateStartEdit")
    set_text(qtbot, start, "yesterday")  # the engine's reading becomes one more button
    qtbot.waitUntil(lambda: len([b for b in window.findChildren(QPushButton, "alternativeButton") if b.isVisible()]) >= 3)
    buttons = [b for b in window.findChildren(QPushButton, "alternativeButton") if b.isVisible()]
    date_top = start.mapTo(window, start.rect().topLeft()).y()
    assert all(b.mapTo(window, b.rect().bottomLeft()).y() < date_top for b in buttons)
    preview = find(window, QLabel, "datePreviewLabel")
    assert "yesterday" in preview.text()
    view = window.findChild(QScrollArea, "eventFormScroll").viewport()
    assert preview.mapTo(view, preview.rect().topRight()).x() <= view.width()  # every word of the reading shows


def test_tab_reaches_the_other_readings_where_they_are_drawn_above_the_date(qtbot, window):
    """The other readings are drawn above the date fields, but Tab reached them only after the date fields (from
    'approximate' back up the form): a keyboard user's focus jumped up and down. Tab goes through them, in the
    order they are drawn, and on to the date."""
    paste_and_extract(qtbot, window)
    review = window.review
    review.select_row(next(n for n, item in enumerate(review.model.items) if len(item.alternatives) >= 2))
    set_text(qtbot, review.eventForm.dateStartEdit, "yesterday")  # the engine's reading becomes one more button
    qtbot.waitUntil(lambda: len([b for b in window.findChildren(QPushButton, "alternativeButton") if b.isVisible()]) >= 3)
    buttons = [b for b in review.eventForm.altBox.parentWidget().findChildren(QPushButton, "alternativeButton")
               if b.isVisible()]
    buttons.sort(key=lambda b: (b.mapTo(window, b.rect().topLeft()).y(), b.mapTo(window, b.rect().topLeft()).x()))
    buttons[0].setFocus()
    visited = [buttons[0]]
    for _ in range(len(buttons) + 1):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        visited.append(window.focusWidget())
    assert visited == [*buttons, review.eventForm.dateStartEdit, review.eventForm.dateEndEdit]
    for widget in (review.eventForm.dateStartEdit, buttons[-1]):  # and Shift+Tab goes back up to them
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert window.focusWidget() is widget


def test_a_headline_longer_than_its_field_shows_its_start(qtbot, window):
    """On a laptop screen (or at 200%) the form's fields are narrow: a candidate's headline showed its last words
    ('…tillery shells struck a crowded market'), the words that say what happened cut off on the left."""
    window.resize(700, 500)
    paste_and_extract(qtbot, window)
    for row in range(window.review.model.rowCount()):
        window.review.select_row(row)
        form = window.review.eventForm
        for edit in (form.headlineEdit, form.actorsEdit, form.attributionEdit):
            assert edit.cursorPosition() == 0, edit.text()
    edit = window.review.eventForm.headlineEdit
    assert edit.fontMetrics().horizontalAdvance(edit.text()) > edit.width()  # the case in point: it does not fit


@pytest.mark.parametrize("typed, stored, shown", [
    ("early 2012", ("2012-01", "2012-04", 1), "early 2012"),
    ("mid-October 2023", ("2023-10-11", "2023-10-20", 1), "mid-October 2023"),
    ("late March 2011", ("2011-03-21", "2011-03-31", 1), "late March 2011"),
    ("the summer of 2014", ("2014-SU", "2014-SU", 0), "summer 2014"),
    ("between 14 and 15 September 2017", ("2017-09-14", "2017-09-15", 0), "14\u201315 September 2017"),
    ("c. 2011", ("2011", "2011", 1), "c. 2011"), ("circa 2011", ("2011", "2011", 1), "c. 2011"),
    ("around 2011", ("2011", "2011", 1), "c. 2011"),
])
def test_honest_fuzzy_dates_typed_in_the_form_are_kept_as_they_say(qtbot, window, chronology_path, screenshot_dir,
                                                                   typed, stored, shown):
    """'early 2012' was refused, or (with the article's date) read by the engine as the whole of 2012: it is the
    approximate first third of the year, saved so and shown back in its words, never as a made-up day."""
    window.resize(1280, 800)
    paste_and_extract(qtbot, window)
    review = window.review
    set_text(qtbot, review.eventForm.dateStartEdit, typed)
    assert review.eventForm.datePreview.text().startswith(f"\u2192 {shown}  (")
    window.grab().save(str(screenshot_dir / "fuzzy.png"))
    event_id = review.current_item().event.id
    qtbot.mouseClick(review.eventForm.acceptButton, Qt.MouseButton.LeftButton)
    assert rows(chronology_path, "SELECT date_start, date_end, approximate FROM event WHERE id = ?", [event_id]) == [
        stored]
    assert review.open_event(event_id)  # opened again: the same date, said the same way
    assert review.eventForm.datePreview.text().startswith(f"\u2192 {shown}  (")
    assert review.eventForm.approxCheck.isChecked() == bool(stored[2])
    if shown.startswith(("early", "mid", "late")):
        assert review.eventForm.dateStartEdit.text() == shown and review.eventForm.dateEndEdit.text() == ""


def test_the_approximate_box_ticks_as_c_is_typed_and_unticks_when_it_goes(qtbot, window, chronology_path):
    """'c. 2011' typed left the box unticked until the field was left: it ticks with the 'c.', unticks when it is
    deleted, and a box the editor ticked stays ticked."""
    paste_and_extract(qtbot, window)
    review = window.review
    start, box = review.eventForm.dateStartEdit, review.eventForm.approxCheck
    set_text(qtbot, start, "c")
    assert not box.isChecked()
    qtbot.keyClicks(start, ".")
    assert box.isChecked() and start.hasFocus()  # still typing
    qtbot.keyClicks(start, " 2011")
    assert box.isChecked() and review.eventForm.datePreview.text().startswith("\u2192 c. 2011")
    start.setCursorPosition(0)
    for _ in range(3):
        qtbot.keyClick(start, Qt.Key.Key_Delete)
    assert start.text() == "2011" and not box.isChecked()
    set_text(qtbot, start, "around 2011")
    assert box.isChecked()
    set_text(qtbot, start, "mid-October 2023")  # a part of a period is approximate too
    assert box.isChecked()
    set_text(qtbot, start, "2011")
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # ticked by the editor: typing does not untick it
    set_text(qtbot, start, "c. 2012")
    set_text(qtbot, start, "2012")
    assert box.isChecked()
    event_id = review.current_item().event.id
    qtbot.mouseClick(review.eventForm.acceptButton, Qt.MouseButton.LeftButton)
    assert rows(chronology_path, "SELECT date_start, approximate FROM event WHERE id = ?", [event_id]) == [("2012", 1)]


def test_a_day_typed_without_a_year_after_the_articles_date_is_last_years_with_this_years_offered(
        qtbot, window, chronology_path, screenshot_dir):
    """'Nov 14' typed for an article of 17 October 2023 was 14 November 2023, a day the article could not report:
    it is the year before, the preview says why, and this year's (a plan) is the first other reading."""
    window.resize(1280, 800)
    paste_and_extract(qtbot, window)
    review = window.review
    set_text(qtbot, review.eventForm.dateStartEdit, "Nov 14")
    preview = review.eventForm.datePreview.text()
    assert preview.startswith("\u2192 14 November 2022") and "after the article's date" in preview, preview
    def plan_button():
        return next((b for b in review.findChildren(QPushButton, "alternativeButton")
                     if b.isVisible() and b.text() == "Other reading: 14 November 2023"), None)

    qtbot.waitUntil(lambda: plan_button() is not None)
    assert review._readings[0] == "2023-11-14"  # the first other reading: Alt+U
    review.grab().save(str(screenshot_dir / "no_year.png"))
    set_text(qtbot, review.eventForm.dateStartEdit, "Oct 14")  # before the article's date: this year's, as before
    assert review.eventForm.datePreview.text().startswith("\u2192 14 October 2023")
    set_text(qtbot, review.eventForm.dateStartEdit, "9-10 November")  # a range without its year, the same
    assert review.eventForm.datePreview.text().startswith("\u2192 9\u201310 November 2022"), review.eventForm.datePreview.text()
    assert review._readings[0] == "2023-11-09/2023-11-10"
    set_text(qtbot, review.eventForm.dateStartEdit, "in December")
    assert review.eventForm.datePreview.text().startswith("\u2192 December 2022")
    event_id = review.current_item().event.id
    qtbot.mouseClick(review.eventForm.acceptButton, Qt.MouseButton.LeftButton)
    [(start, reason)] = rows(chronology_path, "SELECT date_start, date_reason FROM event WHERE id = ?", [event_id])
    assert start == "2022-12" and "after the article's date" in reason
    assert review.open_event(event_id)
    set_text(qtbot, review.eventForm.dateStartEdit, "Nov 14")
    qtbot.waitUntil(lambda: plan_button() is not None)
    qtbot.mouseClick(plan_button(), Qt.MouseButton.LeftButton)  # the plan it may be
    assert review.eventForm.dateStartEdit.text() == "2023-11-14" and review.eventForm.datePreview.text().startswith("\u2192 14 November 2023")
    set_text(qtbot, review.eventForm.dateStartEdit, "2023-11-20")  # the event is a plan, dated after the article
    qtbot.mouseClick(review.eventForm.acceptButton, Qt.MouseButton.LeftButton)
    assert review.open_event(event_id)
    for typed, shown in (("Nov 14", "14 November 2023"), ("9-10 November", "9\u201310 November 2023")):
        set_text(qtbot, review.eventForm.dateStartEdit, typed)  # a plan's days keep its year
        assert review.eventForm.datePreview.text().startswith(f"\u2192 {shown}"), review.eventForm.datePreview.text()


def test_early_mid_or_late_as_the_article_wrote_it_is_offered_as_a_reading(qtbot, window, chronology_path):
    """The engine reads 'in early 2012' as 2012 and 'in mid-October' as October (the part is only a mark on the
    period): the form offers the article's words as a reading, Alt+U puts them in the date, stored as their third."""
    text = ("Rebels seized the border town of Kessara in early 2012, residents said.\n\n"
            "Government troops shelled the town of Dorel in mid-October, killing four people, officials said.")
    paste_and_extract(qtbot, window, text=text, published=dt.date(2023, 11, 2))
    review = window.review
    for words, engine, stored in (("early 2012", "2012", ("2012-01", "2012-04")),
                                  ("mid-October", "2023-10", ("2023-10-11", "2023-10-20"))):
        row = next(n for n, item in enumerate(review.model.items) if item.event.date_text == words)
        review.select_row(row)
        item = review.current_item()
        assert item.event.date.to_timex() == engine
        assert review._readings[0] == FuzzyDate(*stored, approximate=True).display()
        qtbot.waitUntil(lambda: any(b.isVisible() and b.text().startswith("Other reading: ")
                                    for b in review.findChildren(QPushButton, "alternativeButton")))
        qtbot.keyClick(review.eventForm.dateStartEdit, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        assert review.eventForm.approxCheck.isChecked()
        assert "(approximate: " in review.eventForm.datePreview.text()
        event_id = item.event.id
        qtbot.mouseClick(review.eventForm.acceptButton, Qt.MouseButton.LeftButton)
        assert rows(chronology_path, "SELECT date_start, date_end, approximate FROM event WHERE id = ?",
                    [event_id]) == [(*stored, 1)]


def test_a_plain_text_article_opened_from_a_file_takes_its_first_line_standing_as_a_title(qtbot, window, tmp_path):
    """A .txt article whose first line is its headline was titled by its file name, as `chronoapp ingest` left it
    untitled; a lede opening the text is no title (the file name stays)."""
    page = window.article
    story = tmp_path / "marawi.txt"
    story.write_text("Over 200 militants still hold center of Marawi\n\nJune 9, 2017\n\nThe army said on Friday that "
                     "fighting went on.\n", encoding="utf-8")
    page.open_file(story)
    assert page.titleEdit.text() == "Over 200 militants still hold center of Marawi"
    lede = tmp_path / "lede.txt"
    lede.write_text("BEIRUT (Reuters) - Rebels shelled Kafr Nabl on Sunday.\n\nTalks failed.\n", encoding="utf-8")
    page.open_file(lede)
    assert page.titleEdit.text() == "lede"
