"""The main window: first run, opening files (good and bad), settings, menus, screenshots."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QWidget

from chronoapp.core.dates import FuzzyDate
from chronoapp.core.model import Event
from chronoapp.core.store import SCHEMA_VERSION, EventQuery, Store
from chronoapp.gui import app as app_mod
from chronoapp.gui import paths
from gui_steps import click_menu_entry, open_menu, set_text

SAMPLE_EVENTS = [("2023-10-15", "Market shelling kills 12 in Kessara"), ("2019-03", "Front takes control of Kessara"),
                 ("2023-10-09", "Army recaptures Dorel")]


def make_chronology(path):
    with Store(path) as store:
        for date, headline in SAMPLE_EVENTS:
            store.save_event(Event(FuzzyDate(date), headline, status="confirmed", location="Kessara"))
    return path


def test_fresh_profile_without_a_file_shows_the_welcome_page(qtbot, main_window, isolated_profile):
    assert not paths.default_chronology().exists()
    assert str(paths.data_dir()).startswith(str(isolated_profile))  # the real profile is never touched
    window = main_window(None)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.store is None and window.isVisible()
    welcome = window.findChild(QWidget, "welcomeView")
    assert welcome is not None and welcome.isVisible()
    sample = [b for b in welcome.findChildren(QPushButton) if "sample" in b.text().lower()][0]
    qtbot.mouseClick(sample, Qt.MouseButton.LeftButton)
    # the sample opens in a new chronology in the data folder, on the article page, ready to extract
    assert window.store is not None and window.store.path == paths.default_chronology()
    assert window.tabs.currentWidget() is window.article and window.stack.currentIndex() == 0
    assert "Kessara" in window.findChild(QPlainTextEdit, "articleEdit").toPlainText()
    assert window.article.publishedDateEdit.date().toPython() == dt.date(2023, 10, 17)
    with qtbot.waitSignal(window.article.extracted, timeout=20000):
        qtbot.keyClick(window.article.articleEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.review.model.rowCount() > 0


def test_the_engine_is_loaded_in_the_background_once_the_window_is_up(qtbot, main_window, chronology_path,
                                                                     monkeypatch):
    """Loading the extraction engine (patterns, vocabularies, gazetteer) takes about 1.5 s: done at the first
    Extract, it kept the first result waiting and, on the UI thread, froze the window (qa21). It is loaded as the
    window comes up, by a thread of its own, ready by the first paste."""
    import threading

    import chronoapp.core.extract as engine
    from chronoapp.gui import article as article_mod

    loaded_by, real_extract = [], engine.extract

    def extract(*args, **kwargs):
        loaded_by.append(threading.current_thread())
        return real_extract(*args, **kwargs)

    monkeypatch.setattr(engine, "extract", extract)
    with article_mod._engine_lock:  # (as in a new session: not loaded, nor being loaded)
        monkeypatch.setattr(article_mod, "_engine_warm", False)
        monkeypatch.setattr(article_mod, "_warm_up_started", False)
    main_window(chronology_path)
    qtbot.waitUntil(lambda: article_mod._engine_warm, timeout=20000)
    assert loaded_by and threading.main_thread() not in loaded_by


def test_run_app_reopens_the_last_file(qtbot, chronology_path, main_window, monkeypatch):
    make_chronology(chronology_path)
    window = main_window(chronology_path)
    window.close()
    s = QSettings("chronoapp", "chronoapp")
    assert s.value("lastFile") == str(chronology_path.resolve())
    assert s.value("recentFiles", [], type=list)[0] == str(chronology_path.resolve())
    opened = []
    monkeypatch.setattr(app_mod, "open_main_window", lambda p: opened.append(p) or app_mod.MainWindow(p))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_mod.run_app(None) == 0
    assert str(opened[0]) == str(chronology_path.resolve())


def test_window_geometry_and_splitters_are_remembered(qtbot, chronology_path, main_window):
    window = main_window(chronology_path)
    window.resize(990, 560)
    window.review.splitter.setSizes([300, 400])
    sizes = window.review.splitter.sizes()
    window.close()
    again = main_window(chronology_path)
    assert again.height() == 560  # (the width is clamped to the 800-pixel offscreen screen)
    assert again.review.splitter.sizes() == sizes


def test_bad_files_say_why_and_the_app_stays_usable(qtbot, tmp_path, chronology_path, main_window, message_boxes,
                                                    monkeypatch):
    make_chronology(chronology_path)
    window = main_window(chronology_path)
    notes = tmp_path / "notes.sqlite"
    notes.write_text("my notes, not a database")
    foreign = tmp_path / "customers.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE customers (name TEXT)")
    future = tmp_path / "future.sqlite"
    Store(future).close()
    with sqlite3.connect(future) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for path, reason in ((notes, "not an SQLite database"), (foreign, "not a chronoapp chronology"),
                         (future, "newer chronoapp"), (tmp_path / "missing-folder" / "x.sqlite", "does not exist")):
        assert window.open_chronology(path) is False
        kind, title, text = message_boxes[-1]
        assert kind == "warning" and reason in text, text
        assert window.store.path == chronology_path and window.store.count() == len(SAMPLE_EVENTS)
    # a read-only file (simulated: root ignores permission bits)
    readonly = make_chronology(tmp_path / "ro.sqlite")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(readonly) and mode == os.W_OK
                        else real_access(p, mode))
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.question.answer = QMessageBox.StandardButton.No  # offered read-only (see the test below): declined
    assert window.open_chronology(readonly) is False
    assert message_boxes[-1][0] == "question" and "read-only" in message_boxes[-1][2]
    assert notes.read_text() == "my notes, not a database"  # nothing was damaged
    assert window.windowTitle().startswith(chronology_path.name)
    # still usable: open an event of the current file in the form
    event_id = window.store.event_ids()[0]
    window.open_event(event_id)
    assert window.tabs.currentWidget() is window.review and window.review.eventForm.headlineEdit.text()


def test_save_a_copy(qtbot, tmp_path, chronology_path, main_window):
    make_chronology(chronology_path)
    window = main_window(chronology_path)
    copy = tmp_path / "backup.sqlite"
    assert window.save_copy_to(copy)
    with Store(copy, readonly=True) as store:
        assert sorted(e.headline for e in store.query()) == sorted(h for _d, h in SAMPLE_EVENTS)


def test_menus_are_wired(qtbot, chronology_path, main_window, monkeypatch):
    make_chronology(chronology_path)
    window = main_window(chronology_path)
    calls = []
    import chronoapp.gui.export_dialogs as dialogs

    monkeypatch.setattr(dialogs, "export_dialog", lambda parent, store, query: calls.append(("export", query)))
    monkeypatch.setattr(dialogs, "import_dialog", lambda parent, store: calls.append(("import",)) or True)
    monkeypatch.setattr(dialogs, "merge_dialog", lambda parent, store: calls.append(("merge",)) or False)
    for name in ("exportAction", "importAction", "mergeAction"):
        window.findChild(type(window.menuBar().actions()[0]), name).trigger()
    assert [c[0] for c in calls] == ["export", "import", "merge"]
    assert calls[0][1] == window.current_query()
    dialog = window.show_shortcuts()
    table = dialog.findChild(QWidget, "shortcutsTable")
    assert table.rowCount() == len(app_mod.SHORTCUTS) and table.item(0, 1).text() == "Ctrl+N"
    dialog.close()
    about = window.show_about()
    assert "MIT" in about.informativeText() and str(paths.data_dir()) in about.informativeText()
    about.close()
    # pages by keyboard
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.article


def test_every_interactive_widget_has_a_name_for_tests_and_screen_readers(qtbot, chronology_path, main_window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QDateEdit, QLineEdit

    window = main_window(chronology_path)
    for name in ("articleEdit", "outletEdit", "urlEdit", "titleEdit", "publishedDateEdit", "extractButton",
                 "candidateList", "eventForm", "dateStartEdit", "dateEndEdit", "precisionCombo", "headlineEdit",
                 "eventTypeCombo", "actorsEdit", "locationEdit", "fatalitiesEdit", "attributionEdit", "acceptButton",
                 "rejectButton"):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    for page in (window.article, window.review):
        for w in page.findChildren(QWidget):
            if isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QAbstractItemView)) \
                    and w.objectName() and not w.objectName().startswith("qt_"):
                assert w.accessibleName(), w.objectName()


def test_screenshots_of_each_screen(qtbot, chronology_path, main_window, screenshot_dir):
    """Grabs every screen at 1280×800 (look at them: text readable, nothing clipped or overlapping)."""
    make_chronology(chronology_path)
    window = main_window(chronology_path)
    window.resize(1280, 800)
    from chronoapp.gui.welcome import load_sample

    sample = load_sample()
    window.load_article(sample.text, outlet=sample.outlet, url=sample.url, title=sample.title,
                        published=sample.published)
    def grab(widget):
        for _ in range(3):  # let queued layout and scrolling finish, as on screen
            QApplication.processEvents()
        return widget.grab()

    shots = {"article": grab(window)}
    with qtbot.waitSignal(window.article.extracted, timeout=20000):
        window.article.start_extraction()
    shots["review"] = grab(window)
    window.review.select_row(2)
    set_text(qtbot, window.review.eventForm.dateStartEdit, "2023-10-10")
    set_text(qtbot, window.review.eventForm.dateEndEdit, "2023-10-08")  # an invalid range: the inline message
    qtbot.mouseClick(window.review.eventForm.acceptButton, Qt.MouseButton.LeftButton)
    shots["review-invalid"] = grab(window)
    window.show_page(2)
    shots["chronology"] = grab(window)
    shots["shortcuts"] = grab(window.show_shortcuts())
    fresh = main_window(None)
    fresh.resize(1280, 800)
    shots["welcome"] = grab(fresh)
    for name, pixmap in shots.items():
        assert name == "shortcuts" or (pixmap.width(), pixmap.height()) == (1280, 800)
        assert pixmap.save(str(screenshot_dir / f"{name}.png"))
    print("screenshots in", screenshot_dir)
    # the review form fits without horizontal scrolling at this size, and says why it will not save
    window.show_page(1)
    grab(window)
    scroll = window.findChild(QWidget, "eventFormScroll")
    assert not scroll.horizontalScrollBar().isVisible()
    assert "before the start" in window.findChild(QLabel, "validationLabel").text()


def test_alt_letters_are_unique_on_each_page(qtbot, chronology_path, main_window):
    """Two widgets sharing an Alt+letter make Qt cycle between them instead of acting."""
    import re

    from PySide6.QtWidgets import QAbstractButton

    window = main_window(chronology_path)
    menus = [a.text() for a in window.menuBar().actions()]
    for page in (window.article, window.review, window.chronology):
        widgets = page.findChildren(QLabel) + page.findChildren(QAbstractButton)
        texts = menus + [w.text() for w in widgets if w.objectName() != "alternativeButton"]
        letters = [m.group(1).lower() for t in texts for m in [re.search(r"&([^&\s])", t)] if m]
        assert len(letters) == len(set(letters)), sorted(letters)


def test_recent_files_menu_reopens_a_file(qtbot, tmp_path, main_window):
    first, second = make_chronology(tmp_path / "first.sqlite"), tmp_path / "second.sqlite"
    window = main_window(first)
    assert window.open_chronology(second) and window.store.count() == 0
    open_menu(qtbot, window.recentMenu, window)  # File → Open Recent
    entries = [a.text() for a in window.recentMenu.actions()]
    assert entries[:2] == [str(second.resolve()), str(first.resolve())]
    click_menu_entry(qtbot, window.recentMenu, window.recentMenu.actions()[1])
    assert window.store.path == first and window.store.count() == len(SAMPLE_EVENTS)
    assert window.windowTitle().startswith("first.sqlite")


def test_opening_a_file_counts_its_events_in_words(qtbot, tmp_path, main_window):
    """The status bar said 'Opened one.sqlite: 1 events.' and 'Opened big.sqlite: 100000 events.' beside
    '100,000 of 100,000 events' in the chronology."""
    with Store(tmp_path / "one.sqlite") as store:
        store.save_event(Event(FuzzyDate("2017-09-04"), "Douma shelled", status="confirmed"))
    window = main_window(tmp_path / "one.sqlite")
    assert window.statusBar().currentMessage() == "Opened one.sqlite: 1 event."
    with Store(tmp_path / "many.sqlite") as store, store.batch():
        for i in range(1200):
            store.save_event(Event(FuzzyDate("2017-09-04"), f"Shelling {i}"))
    assert window.open_chronology(tmp_path / "many.sqlite")
    assert window.statusBar().currentMessage().startswith(
        "Opened many.sqlite: 1,200 events. 1,200 candidates wait for review")
    # a name typed wrong ('chronoapp war.sqlit') makes a new file: said, not 'Opened war.sqlit: 0 events'
    assert window.open_chronology(tmp_path / "war.sqlit")
    assert window.statusBar().currentMessage() == f"Created war.sqlit, a new empty chronology in {tmp_path}."


def test_opening_an_older_file_says_where_the_file_as_it_was_is_kept(qtbot, tmp_path, main_window):
    """The upgrade made the file unreadable to a colleague's older chronoapp without a word: the status bar
    names the copy kept for older versions."""
    from test_store import make_v1_file

    make_v1_file(tmp_path / "war.sqlite")
    window = main_window(tmp_path / "war.sqlite")
    message = window.statusBar().currentMessage()
    assert message.startswith("Opened war.sqlite: 1 event.")
    assert f"war.before-v{SCHEMA_VERSION}.sqlite" in message and "older chronoapp" in message
    assert (tmp_path / f"war.before-v{SCHEMA_VERSION}.sqlite").exists()


def test_the_note_on_an_upgraded_file_stays_in_sight_until_dismissed(qtbot, tmp_path, main_window, screenshot_dir):
    """The note naming the copy kept for older versions was only in the status bar, gone after 8 seconds: a bar
    above the pages says it, with the copy's path, until OK; it is said once (the file is not upgraded twice)."""
    from PySide6.QtWidgets import QFrame
    from test_store import make_v1_file

    make_v1_file(tmp_path / "war.sqlite")
    window = main_window(tmp_path / "war.sqlite")
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    bar, label = window.findChild(QFrame, "upgradeBar"), window.findChild(QLabel, "upgradeLabel")
    copy_path = tmp_path / f"war.before-v{SCHEMA_VERSION}.sqlite"
    assert bar.isVisible() and str(copy_path) in label.text() and label.text().startswith("Note: war.sqlite was saved by an older")
    window.grab().save(str(screenshot_dir / "upgrade_bar.png"))
    window.statusBar().clearMessage()  # as it is after 8 seconds
    assert bar.isVisible()
    qtbot.mouseClick(window.findChild(QPushButton, "dismissUpgradeButton"), Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    window.close()
    again = main_window(tmp_path / "war.sqlite")  # upgraded already: nothing more to say
    again.show()
    qtbot.waitExposed(again)
    assert not again.findChild(QFrame, "upgradeBar").isVisible()


def test_shortcuts_written_in_the_window_are_the_platforms(qtbot, tmp_path, main_window, monkeypatch):
    """macOS users press and read ⌘↩ where the window wrote 'Ctrl+Return' (Qt's Ctrl is Command there): every
    text naming a shortcut goes through native_keys, Qt's native text. Here a macOS-like native text stands in."""
    from PySide6.QtWidgets import QPlainTextEdit, QPushButton

    from chronoapp.gui import keys

    assert keys.native_keys("Ctrl+Z / Ctrl+Shift+Z; Alt+A; Delete the events") == (
        "Ctrl+Z / Ctrl+Shift+Z; Alt+A; Delete the events")  # as written, off macOS
    mac = {"Ctrl": "\u2318", "Shift": "\u21e7", "Alt": "\u2325", "Return": "\u21a9"}
    monkeypatch.setattr(keys, "_native", lambda combo: "".join(mac.get(k, k) for k in combo.split("+")))
    assert keys.native_keys("Undo (Ctrl+Z), redo (Ctrl+Shift+Z)") == "Undo (\u2318Z), redo (\u2318\u21e7Z)"
    window = main_window(tmp_path / "war.sqlite")
    texts = [window.findChild(QPushButton, "extractButton").text(),
             window.findChild(QPushButton, "acceptButton").text(),
             window.findChild(QPushButton, "acceptButton").toolTip(),
             window.findChild(QPushButton, "acceptAnotherButton").toolTip(),
             window.findChild(QPushButton, "openArticleButton").toolTip(),
             window.findChild(QPlainTextEdit, "articleEdit").placeholderText()]
    dialog = window.show_shortcuts()
    table = dialog.findChild(QWidget, "shortcutsTable")
    texts += [table.item(r, 1).text() for r in range(table.rowCount())]
    dialog.close()
    assert "\u2318\u21a9" in texts[0] and not [t for t in texts if "Ctrl+" in t]


def test_readme_lists_the_same_shortcuts_as_help():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Keyboard shortcuts", 1)[1].split("\n## ", 1)[0]
    for action, keys in app_mod.SHORTCUTS:
        assert f"| {action} | {keys} |" in section, action


def test_a_bad_file_on_the_command_line_says_why_and_offers_the_welcome_page(qtbot, tmp_path, main_window,
                                                                            message_boxes):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a chronology")
    window = main_window(notes)
    assert window.store is None and "not an SQLite database" in message_boxes[-1][2]
    assert window.stack.currentWidget() is window.welcome


def test_a_locked_file_says_so_and_the_open_file_stays(qtbot, tmp_path, chronology_path, main_window, message_boxes):
    make_chronology(chronology_path)
    window = main_window(chronology_path)
    locked = make_chronology(tmp_path / "locked.sqlite")
    other = sqlite3.connect(locked, isolation_level=None)
    other.execute("PRAGMA journal_mode = DELETE")  # a program holding the file in rollback mode
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert window.open_chronology(locked) is False  # (after SQLite's short busy wait)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "locked by another program" in message_boxes[-1][2]
    assert window.store.path == chronology_path and window.store.count() == len(SAMPLE_EVENTS)


def test_every_page_fits_a_half_screen_window(qtbot, chronology_path, main_window):
    """A laptop split screen: 760 pixels wide. Nothing on any page is cut off at the right edge."""
    from PySide6.QtCore import QPoint

    window = main_window(make_chronology(chronology_path))
    assert window.minimumSizeHint().width() <= 760
    window.resize(760, 600)
    qtbot.waitUntil(lambda: window.width() == 760)
    pages = [lambda i=i: window.show_page(i) for i in range(window.tabs.count())] + [window.show_welcome]
    for show in pages:
        show()
        page = window.stack.currentWidget() if window.stack.currentIndex() else window.tabs.currentWidget()
        qtbot.waitUntil(page.isVisible)
        shown = [w for w in page.findChildren(QWidget)
                 if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.objectName()]
        assert len(shown) >= 3, page.objectName()
        for w in shown:
            left, right = w.mapTo(window, QPoint(0, 0)).x(), w.mapTo(window, QPoint(w.width(), 0)).x()
            assert 0 <= left and right <= window.width() and w.width() > 0, (page.objectName(), w.objectName())


def test_a_read_only_chronology_is_offered_read_only_to_browse_and_export(qtbot, tmp_path, main_window,
                                                                          message_boxes, monkeypatch):
    """A colleague's chronology on a read-only share: it was refused with 'open it read-only or save a copy
    elsewhere', and nothing in the window could open it read-only, so it could not even be read or exported."""
    from chronoapp.gui.export_dialogs import _export

    window = main_window(None)
    readonly = make_chronology(tmp_path / "colleague.sqlite")
    before = readonly.read_bytes()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(readonly) and mode == os.W_OK
                        else real_access(p, mode))
    assert window.open_chronology(readonly) is True  # answered Yes
    [(kind, _title, text)] = message_boxes
    assert kind == "question" and "Open it read-only?" in text
    assert "(read-only)" in window.windowTitle() and window.store.readonly
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.chronology
    qtbot.waitUntil(lambda: view.model.rowCount() == len(SAMPLE_EVENTS), timeout=5000)
    n, _cut = _export(str(readonly), EventQuery(), "csv", str(tmp_path / "out.csv"), False, "")
    assert n == len(SAMPLE_EVENTS)
    # a change is refused with a reason, and the file stays as it was
    view.chronologyTable.selectRow(0)
    qtbot.keyClick(view.chronologyTable, Qt.Key.Key_Delete)
    assert "open read-only" in message_boxes[-1][2]
    assert readonly.read_bytes() == before and window.store.count() == len(SAMPLE_EVENTS)


def test_counts_over_a_thousand_have_a_separator_in_review_and_export(qtbot, tmp_path, main_window):
    """'1200 candidates from the file to review (the first 500 …)' and '1200 events match the current filters'
    beside '1,200 of 1,200 events' in the chronology and 'Opened many.sqlite: 1,200 events'."""
    from chronoapp.gui.export_dialogs import ExportDialog

    with Store(tmp_path / "many.sqlite") as store, store.batch():
        for i in range(1200):
            store.save_event(Event(FuzzyDate("2017-09-04"), f"Shelling {i}"))
    window = main_window(tmp_path / "many.sqlite")
    said = []
    window.review.status.connect(said.append)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the Review page lists them
    assert said[-1].startswith("1,200 candidates from the file to review (the first 500;")
    dialog = ExportDialog(window, window.store, EventQuery())
    assert dialog.countLabel.text() == "All 1,200 events of the chronology (no filter is set)."
    dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("markdown"))
    assert dialog.countLabel.text().startswith("All 1,200 events of the chronology (no filter is set). 1,200 of the events "
                                               "exported are candidates not yet reviewed")
    dialog.deleteLater()


def test_an_export_or_an_article_opened_as_a_chronology_says_how_it_does_get_in(qtbot, tmp_path, main_window,
                                                                                  message_boxes):
    """Ctrl+O on war.csv (an export) or on an article file said only 'not a chronology file (it is not an SQLite
    database)': the editor had Import and Open article file in mind and was not told where they are."""
    window = main_window(None)
    export_file, article = tmp_path / "war.csv", tmp_path / "story.txt"
    export_file.write_text("id,date_start,headline\nx,2017-09-01,Strike\n", encoding="utf-8")
    article.write_text("On Monday, rebels shelled Idlib.", encoding="utf-8")
    for path, hint in ((export_file, "File \u2192 Import\u2026"), (article, "File \u2192 Open article file\u2026")):
        assert window.open_chronology(path) is False
        assert "not a chronology file" in message_boxes[-1][2] and hint in message_boxes[-1][2]
    assert export_file.read_text(encoding="utf-8").startswith("id,")  # left as it was


def test_a_status_message_too_long_for_the_window_ends_in_an_ellipsis_clear_of_the_file_label(qtbot, main_window,
                                                                                           tmp_path):
    """At about 900 px the message ran into the file label on the right, cut mid-word with no sign that more was
    said. It stops short of the label with '…', and its whole text is in the tooltip."""
    window = main_window(make_chronology(tmp_path / "war chronology 2024.sqlite"))
    window.resize(900, 600)
    message = ("Opened war chronology 2024.sqlite: 3 events. Your unfinished review in other.sqlite is kept: open "
               "other.sqlite again to restore it. 12 candidates wait for review on the Review page (Ctrl+2).")
    window.show_status(message)
    bar, label = window.statusBar(), window.fileLabel
    qtbot.waitUntil(lambda: label.x() > 0 and bar.currentMessage() == message)
    image = bar.grab().toImage()
    ratio = image.devicePixelRatio()
    # the strip just left of the label holds no ink: one colour, the bar's background
    strip = {image.pixel(int(x * ratio), int(y * ratio)) for x in range(label.x() - 8, label.x() - 2)
             for y in range(label.y(), label.y() + label.height())}
    assert len(strip) == 1
    assert bar.toolTip() == message
    window.resize(1900, 600)
    qtbot.waitUntil(lambda: bar.toolTip() == "")  # it all fits: no tooltip repeating it


def test_status_messages_are_announced_to_screen_readers(qtbot, main_window, tmp_path, monkeypatch):
    """'Exported 3 events to war.csv', 'Opened war.sqlite: 3 events': a screen reader user heard none of them (a
    status bar is not read as it changes), so an export or a save seemed to do nothing. Every message the status
    bar shows is sent to assistive technology as a polite announcement (it does not cut off what is being read);
    the message clearing is not."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    window = main_window(make_chronology(tmp_path / "war.sqlite"))
    heard = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", lambda event: isinstance(
        event, QAccessibleAnnouncementEvent) and heard.append((event.object(), event.message(), event.politeness())))
    window.show_status("Exported 3 events to war.csv.")
    window.statusBar().clearMessage()
    assert heard == [(window.statusBar(), "Exported 3 events to war.csv.", QAccessible.AnnouncementPoliteness.Polite)]


def test_the_first_window_fits_a_small_screen(qtbot, main_window, tmp_path):
    """With no saved size the window opened at 1280×800 whatever the screen: on a 1280×720 laptop (or at 200% on
    a 2560×1440 one) its bottom, with the Extract button and the status bar, was under the screen's edge."""
    window = main_window(make_chronology(tmp_path / "war.sqlite"))
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height() - 30  # and its title bar
    assert window.width() >= min(1280, room.width()) * 0.9  # as large as it fits, not shrunk for nothing


def test_an_ampersand_in_a_headline_or_a_folder_shows_in_the_menus(qtbot, main_window, tmp_path):
    """Menus read '&' as the mark of a shortcut letter: 'Undo Accept “Shelling of Hama & Homs”' showed as
    'Hama  Homs' with the H underlined, and a chronology in '~/War & Peace/' was listed as 'War  Peace'."""
    folder = tmp_path / "War & Peace"
    folder.mkdir()
    window = main_window(make_chronology(folder / "war.sqlite"))
    open_menu(qtbot, window.recentMenu, window)  # File → Open Recent
    assert [a.iconText() for a in window.recentMenu.actions()] == [str((folder / "war.sqlite").resolve())]
    window.recentMenu.hide()
    window.load_article("HAMA (Wire) - Shelling of Hama and Homs killed 4 people on Sunday, the governor said.",
                        outlet="Wire", published=dt.date(2023, 10, 17))
    with qtbot.waitSignal(window.article.extracted, timeout=20000):
        qtbot.mouseClick(window.article.extractButton, Qt.MouseButton.LeftButton)
    set_text(qtbot, window.review.eventForm.headlineEdit, "Shelling of Hama & Homs")
    qtbot.mouseClick(window.review.eventForm.acceptButton, Qt.MouseButton.LeftButton)
    edit_menu = next(m.menu() for m in window.menuBar().actions() if m.text() == "&Edit")
    undo = edit_menu.actions()[0]
    assert undo.iconText() == "Undo Accept \u201cShelling of Hama & Homs\u201d"
    assert window.undo_stack.text(0) == "Accept \u201cShelling of Hama & Homs\u201d"  # as written, elsewhere


def test_the_shortcuts_list_fits_a_small_screen(qtbot, main_window, tmp_path, monkeypatch):
    """At 200% on a 1280×720 laptop (640×360 to Qt) the shortcut list opened 784×596, its Close button and
    half its rows off the screen. It fits the screen's room and scrolls instead."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    window = main_window(make_chronology(tmp_path / "war.sqlite"))
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 640, 360))
    dialog = window.show_shortcuts()
    assert dialog.width() <= 640 and dialog.height() <= 360 - 30  # and its title bar
    table = dialog.findChild(QWidget, "shortcutsTable")
    assert table.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    dialog.close()
    from chronoapp.gui.crash import CrashDialog
    from chronoapp.gui.export_dialogs import _WorkDialog
    from chronoapp.gui.existing_event_dialog import ExistingEventDialog

    for other in (ExistingEventDialog(window.store, None, window), _WorkDialog(window, window.store, "import"),
                  CrashDialog("Traceback: boom")):  # 640×420 where there is room
        assert other.width() <= 640 and other.height() <= 360 - 30, type(other).__name__


def test_a_long_file_name_leaves_the_status_message_room(qtbot, main_window, tmp_path):
    """A chronology named 'Хроніка війни на сході України 2014–2024 (робоча копія для редакції).sqlite' took the
    whole status bar at 700 px: every message was cut to 'Ope…'. The file label takes at most half the bar, its
    name shortened in the middle ('…'), the count of events kept; its tooltip is the whole path."""
    name = "\u0425\u0440\u043e\u043d\u0456\u043a\u0430 \u0432\u0456\u0439\u043d\u0438 " * 4 + "(2014\u20132024).sqlite"
    window = main_window(make_chronology(tmp_path / name))
    window.resize(700, 500)
    bar, label = window.statusBar(), window.fileLabel
    window.show_status("Opened the chronology: 3 events.")
    qtbot.waitUntil(lambda: label.x() > 0 and label.width() <= bar.width() // 2)
    assert bar.message_rect().width() >= bar.width() // 3
    shown = label.shown_text()
    assert "\u2026" in shown and shown.endswith("3 confirmed events") and shown.startswith("\u0425\u0440\u043e\u043d")
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.text().startswith(name) and label.toolTip() == str(tmp_path / name)  # whole where it is read


_PASTE_DURING_WARM_UP = r"""
import importlib.abc, importlib.machinery, os, pathlib, sys, threading
os.environ["QT_QPA_PLATFORM"] = "offscreen"
reached, release, let_go = threading.Event(), threading.Event(), threading.Event()

class HoldTheEngine:  # the engine's import, under way in the warm-up thread, stops in events.py until released
    def find_spec(self, name, path=None, target=None):
        if name != "chronoapp.core.extract.events" or threading.current_thread() is threading.main_thread():
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        spec.loader = Held(spec.loader)
        return spec

class Held(importlib.abc.Loader):
    def __init__(self, loader):
        self.loader = loader

    def exec_module(self, module):
        reached.set()
        release.wait(5)  # (so that a window waiting for it ends the test rather than hanging it)
        let_go.set()
        self.loader.exec_module(module)

sys.meta_path.insert(0, HoldTheEngine())
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from chronoapp.gui import open_main_window
from chronoapp.gui.article import warm_up_engine_in_background

folder = pathlib.Path(sys.argv[1])
window = open_main_window(folder / "chronology.sqlite")
warm_up_engine_in_background()
assert reached.wait(20), "the warm-up did not start"
article = folder / "shelling.html"
article.write_text("<html><head><title>Aleppo</title></head><body><p>Ten people were killed in Aleppo.</p></body></html>")
said = []
for data in ("file", "page"):
    mime = QMimeData()
    if data == "file":  # a file copied in the file manager
        mime.setUrls([QUrl.fromLocalFile(str(article))])
    else:  # a whole page copied in the browser
        mime.setHtml("<nav>Home | World</nav><article><p>Two soldiers were killed in Idlib.</p></article>"
                     "<footer>Cookies</footer>")
    QApplication.clipboard().setMimeData(mime)
    edit = window.article.articleEdit
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    said.append((data, edit.toPlainText(), let_go.is_set()))
release.set()
print(said, flush=True)
for thread in threading.enumerate():
    if thread.name == "chronoapp-engine-warm-up":
        thread.join()
window.close()
QApplication.clipboard().clear()  # (the data given to it, left there, crashed the process on its way out)
"""


def test_a_file_or_page_pasted_while_the_engine_warms_up_is_taken_at_once(tmp_path):
    """The engine loads in a thread of its own as the window comes up (about a second). Opening an article file
    then imported the extraction package on the interface's thread, which waited for the warm-up's import of it:
    the window froze until the engine was loaded. An article file and a copied web page only need the light
    module that reads articles, and come in while the engine is still loading. (A process of its own: in this one
    the engine is loaded already.)"""
    import ast
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", _PASTE_DURING_WARM_UP, str(tmp_path)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    said = ast.literal_eval(result.stdout.strip().splitlines()[-1])
    assert [(data, released) for data, _, released in said] == [("file", False), ("page", False)]
    assert "Ten people were killed in Aleppo." in said[0][1]
    assert said[1][1].strip() == "Two soldiers were killed in Idlib."
