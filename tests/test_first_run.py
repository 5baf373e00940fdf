"""First run: the welcome view, the shipped sample article, Help → About / Keyboard shortcuts, and
a crash in the middle of a review that loses nothing."""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
import sys
import threading
from contextlib import closing

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QLineEdit, QListView, QMessageBox, QPlainTextEdit, QPushButton, QTableWidget,
)

from chronoapp import __version__
from chronoapp.core.store import Store
from chronoapp.gui import drafts, paths
from chronoapp.gui.app import SHORTCUTS
from chronoapp.gui.welcome import SampleArticle, WelcomeView, load_sample


def find(parent, cls, name):
    widget = parent.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# --- the sample article -----------------------------------------------------------------------
def test_sample_article_is_shipped_with_its_metadata():
    sample = load_sample()
    assert isinstance(sample, SampleArticle)
    assert sample.published == dt.date(2023, 10, 17)
    assert sample.outlet and sample.title and sample.url.startswith("https://example.org/")
    assert 250 <= len(sample.text.split()) <= 350
    # the kinds of dates the sample is there to demonstrate
    for phrase in ("on Sunday", "last week", "since August", "between 9 and 10 October", "since March 2019",
                   "according to the provincial health directorate", "on Thursday"):
        assert phrase in sample.text, phrase
    assert "fictional" in sample.text  # nobody mistakes it for news


def test_sample_article_yields_dated_candidates():
    from chronoapp.core.extract import extract

    sample = load_sample()
    candidates = extract(sample.text, sample.published).events
    dates = {(c.date_start, c.date_end) for c in candidates}
    [market] = [c for c in candidates if "crowded market" in c.headline]
    assert (market.date_start, market.date_end) == ("2023-10-15", "2023-10-15")  # "on Sunday", published a Tuesday
    assert market.fatalities == 12 and "health directorate" in market.attribution
    assert ("2023-10-09", "2023-10-10") in dates  # "between 9 and 10 October"
    assert ("2019-03", None) in dates  # "since March 2019": open-ended


# --- the welcome view on its own ----------------------------------------------------------------
@pytest.mark.parametrize("name, signal", [("trySampleButton", "sampleRequested"),
                                          ("newChronologyButton", "newRequested"),
                                          ("openChronologyButton", "openRequested")])
def test_welcome_buttons_emit_their_signals(qtbot, name, signal):
    view = WelcomeView()
    qtbot.addWidget(view)
    view.show()
    button = find(view, QPushButton, name)
    assert button.accessibleName() and button.isVisible()
    with qtbot.waitSignal(getattr(view, signal), timeout=1000):
        click(qtbot, button)


def test_welcome_explains_the_three_steps_and_sample_is_the_default(qtbot):
    view = WelcomeView()
    qtbot.addWidget(view)
    view.show()
    assert view.objectName() == "welcomeView"
    steps = [view.findChild(object, f"welcomeStep{n}").text() for n in (1, 2, 3)]
    assert "Paste" in steps[0] and "Review" in steps[1] and "chronology" in steps[2]
    assert find(view, QPushButton, "trySampleButton").isDefault()
    with qtbot.waitSignal(view.sampleRequested, timeout=1000):  # keyboard users get there too
        find(view, QPushButton, "trySampleButton").setFocus()
        qtbot.keyClick(find(view, QPushButton, "trySampleButton"), Qt.Key.Key_Space)


# --- first run through the real main window ---------------------------------------------------
@pytest.fixture
def fresh_window(main_window):
    """What `chronoapp` shows on a machine that never ran it: no file given, none remembered."""
    assert not paths.default_chronology().exists()
    return main_window(None)


def test_fresh_profile_sample_to_candidates(qtbot, fresh_window):
    window = fresh_window
    welcome = find(window, WelcomeView, "welcomeView")
    assert welcome.isVisible() and window.store is None

    click(qtbot, find(welcome, QPushButton, "trySampleButton"))
    sample = load_sample()
    assert not welcome.isVisible() and window.tabs.currentWidget() is window.article
    assert find(window, QPlainTextEdit, "articleEdit").toPlainText() == sample.text
    assert find(window, QLineEdit, "outletEdit").text() == sample.outlet
    assert find(window, QLineEdit, "titleEdit").text() == sample.title
    assert find(window, QLineEdit, "urlEdit").text() == sample.url
    assert window.findChild(object, "publishedDateEdit").date().toPython() == sample.published
    assert window.store is not None and window.store.path == paths.default_chronology()

    with qtbot.waitSignal(window.article.extracted, timeout=20000):
        click(qtbot, find(window, QPushButton, "extractButton"))
    candidates = find(window, QListView, "candidateList")
    assert window.tabs.currentWidget() is window.review and candidates.model().rowCount() >= 5
    shown = [candidates.model().index(r, 0).data() for r in range(candidates.model().rowCount())]
    assert any("15 October 2023" in s for s in shown), shown
    with closing(sqlite3.connect(paths.default_chronology())) as conn:
        assert conn.execute("SELECT outlet, published FROM source").fetchall() == [(sample.outlet, "2023-10-17")]


def test_welcome_new_chronology_creates_the_chosen_file(qtbot, fresh_window, tmp_path, monkeypatch):
    target = tmp_path / "yemen"  # the extension is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, find(fresh_window, QPushButton, "newChronologyButton"))
    assert fresh_window.store is not None and fresh_window.store.path == tmp_path / "yemen.sqlite"
    assert (tmp_path / "yemen.sqlite").is_file()
    assert not find(fresh_window, WelcomeView, "welcomeView").isVisible()


def test_welcome_open_shows_an_existing_chronology(qtbot, fresh_window, tmp_path, monkeypatch):
    existing = tmp_path / "syria.sqlite"
    Store(existing).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(existing), ""))
    click(qtbot, find(fresh_window, QPushButton, "openChronologyButton"))
    assert fresh_window.store.path == existing
    assert "syria.sqlite" in fresh_window.windowTitle()


def test_welcome_cancelled_dialogs_keep_the_welcome(qtbot, fresh_window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    click(qtbot, find(fresh_window, QPushButton, "openChronologyButton"))
    assert fresh_window.store is None and find(fresh_window, WelcomeView, "welcomeView").isVisible()


def test_an_existing_chronology_skips_the_welcome(qtbot, main_window, chronology_path):
    window = main_window(chronology_path)
    welcome = window.findChild(WelcomeView, "welcomeView")
    assert welcome is None or not welcome.isVisible()


# --- Help menu --------------------------------------------------------------------------------
def visible_top_level(name):
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def test_help_about_tells_version_licence_and_data_location(qtbot, fresh_window):
    find(fresh_window, object, "aboutAction").trigger()
    [box] = visible_top_level("aboutDialog")
    text = box.text() + box.informativeText()
    assert __version__ in text and "MIT" in text and str(paths.data_dir()) in text
    assert re.search(r"Qt \d+\.\d+", text) and "Python 3." in text
    box.button(QMessageBox.StandardButton.Close).click()
    assert not visible_top_level("aboutDialog")


def test_f1_lists_every_keyboard_shortcut(qtbot, fresh_window):
    fresh_window.activateWindow()
    qtbot.keyClick(fresh_window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(visible_top_level("shortcutsDialog")))
    [dialog] = visible_top_level("shortcutsDialog")
    table = find(dialog, QTableWidget, "shortcutsTable")
    listed = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert listed == SHORTCUTS and ("Keyboard shortcuts", "F1") in listed
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not visible_top_level("shortcutsDialog")


# --- a crash while reviewing loses nothing ------------------------------------------------------
@pytest.fixture
def crash_handler(qapp, monkeypatch):
    from chronoapp.gui.crash import install_crash_handler

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = install_crash_handler(qapp)
    yield reporter
    if reporter.dialog is not None:
        reporter.dialog.close()


def test_crash_while_typing_keeps_the_form_and_the_draft(qtbot, fresh_window, crash_handler, main_window):
    window = fresh_window
    click(qtbot, find(window, QPushButton, "trySampleButton"))
    with qtbot.waitSignal(window.article.extracted, timeout=20000):
        click(qtbot, find(window, QPushButton, "extractButton"))
    headline = find(window, QLineEdit, "headlineEdit")
    headline.setFocus()
    headline.selectAll()
    qtbot.keyClicks(headline, "Market in Kessara shelled")

    def bug():
        raise ZeroDivisionError("a bug somewhere in chronoapp")

    QTimer.singleShot(0, bug)
    qtbot.waitUntil(lambda: bool(visible_top_level("crashDialog")))
    [dialog] = visible_top_level("crashDialog")
    assert "ZeroDivisionError: a bug somewhere in chronoapp" in dialog.details.toPlainText()
    assert "ZeroDivisionError" in (paths.data_dir() / "crash.log").read_text(encoding="utf-8")
    # the app carries on: what was typed is still there, and it reaches the disk as a draft
    assert headline.text() == "Market in Kessara shelled"
    qtbot.waitUntil(lambda: "Market in Kessara shelled" in str(drafts.load_drafts()), timeout=5000)
    on_disk = (paths.data_dir() / "drafts.json").read_bytes()
    click(qtbot, find(dialog, QPushButton, "crashCloseButton"))
    qtbot.keyClicks(headline, " again")
    assert headline.text() == "Market in Kessara shelled again"

    # had the process died after the draft was written, the next start offers the review back
    path = window.store.path
    window.close()
    (paths.data_dir() / "drafts.json").write_bytes(on_disk)  # what a dead process leaves behind
    again = main_window(path)
    assert again.draftBar.isVisible()
    click(qtbot, find(again, QPushButton, "restoreDraftButton"))
    assert find(again, QLineEdit, "headlineEdit").text() == "Market in Kessara shelled"


def test_about_shows_an_odd_data_path_literally(qtbot):
    from pathlib import Path

    from chronoapp.gui.welcome import show_about

    box = show_about(None, Path("/home/a&b/<data>"))
    qtbot.addWidget(box)
    assert "/home/a&amp;b/&lt;data&gt;" in box.informativeText()


def test_the_data_folder_is_named_once_after_the_app_and_about_shows_it(qtbot, fresh_window):
    """Qt puts the data folder under the organisation's name, then the application's: both were 'chronoapp', so
    About showed (and the app used) …/chronoapp/chronoapp on Linux, Windows and macOS alike."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    from chronoapp.gui.app import make_app

    make_app()  # named as the app names itself
    folder = paths.data_dir()
    assert folder.name == "chronoapp" and folder.parent.name != "chronoapp"
    if sys.platform.startswith("linux"):  # the XDG data home's own folder, as other applications have
        generic = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
        assert folder == Path(generic) / "chronoapp"
    find(fresh_window, object, "aboutAction").trigger()
    [box] = visible_top_level("aboutDialog")
    assert f"<code>{folder}</code>" in box.informativeText()
    box.close()


def test_the_data_folder_of_an_earlier_version_stays_in_use_while_it_holds_its_files(qtbot):
    """Files an earlier version kept in …/chronoapp/chronoapp (the sample's chronology, drafts, the crash log) are
    not left behind: that folder stays the data folder."""
    flat = paths.data_dir()
    earlier = flat / "chronoapp"
    earlier.mkdir()
    assert paths.data_dir() == flat  # an empty folder of that name is no earlier data folder
    (earlier / "drafts.json").write_text("{}", encoding="utf-8")
    assert paths.data_dir() == earlier and paths.default_chronology() == earlier / "chronology.sqlite"
