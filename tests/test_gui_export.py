"""File → Export / Import / Merge dialogs, driven like a user would (file dialogs replaced by tmp paths)."""
from __future__ import annotations

import csv
import io
import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget

from chronoapp.core.export import CSV_COLUMNS
from chronoapp.core.merge import DUPLICATE_TAG
from chronoapp.core.store import EventQuery, Store
from chronoapp.gui.export_dialogs import export_dialog, import_dialog, merge_dialog
from chronology_fixture import build


@pytest.fixture
def store(tmp_path):
    s = build(tmp_path / "war.sqlite")
    yield s
    s.close()


def file_dialog(monkeypatch, kind: str, path) -> list:
    """Make QFileDialog.<kind> answer with path (None = the user cancels); records its arguments."""
    calls = []

    def answer(*args, **kwargs):
        calls.append(args)
        return (str(path), "") if path is not None else ("", "")

    monkeypatch.setattr(QFileDialog, kind, staticmethod(answer))
    return calls


def while_modal(qtbot, steps):
    """Run steps(dialog) once the modal dialog opened by the next call is showing."""
    failures = []

    def run():
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog is not None, "no modal dialog is showing"
            steps(dialog)
        except BaseException as exc:  # reported after exec() returns; never leave the dialog blocking
            failures.append(exc)
        finally:
            if dialog is not None and dialog.isVisible():
                if getattr(dialog, "job", None) is not None:  # a running import/merge keeps it open
                    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
                dialog.reject()

    QTimer.singleShot(0, run)
    return failures


def click(qtbot, widget):
    assert widget.isEnabled() and widget.isVisible()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def finished(qtbot, dialog):
    """Wait until the dialog's worker job (import, merge or merge preview) has ended."""
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)


def gate(monkeypatch, module, name):
    """Make module.name (run in the worker; a merge preview passes) report 0 of 250 done, then wait until
    the returned event is set, so a test can look at the dialog while the work is running."""
    real, opened = getattr(module, name), threading.Event()

    def held(*args, **kwargs):
        if not kwargs.get("dry_run"):
            kwargs["progress"](0, 250)
            opened.wait(20)  # a safety net only: the test opens the gate itself
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return opened


def test_export_csv_with_bom_uses_the_current_filters(qtbot, store, tmp_path, monkeypatch):
    target = tmp_path / "out" / "battles.csv"
    target.parent.mkdir()
    calls = file_dialog(monkeypatch, "getSaveFileName", target)
    seen = {}

    def steps(dialog):
        seen["count"] = dialog.findChild(QLabel, "exportCountLabel").text()
        combo = dialog.formatCombo
        combo.setCurrentIndex(combo.findData("csv"))
        assert dialog.bomCheck.isEnabled() and dialog.bomCheck.isChecked()
        click(qtbot, dialog.exportButton)

    failures = while_modal(qtbot, steps)
    written = export_dialog(None, store, EventQuery(event_type="battle"))
    assert not failures, failures
    assert seen["count"] == "3 of 10 events match the current filters (type battle)."
    assert calls[0][2].endswith("war.csv")  # suggested name next to the chronology
    assert written == str(target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert list(rows[0])[:len(CSV_COLUMNS)] == list(CSV_COLUMNS)
    assert {r["id"] for r in rows} == {"ev-01-day", "ev-05-open", "ev-10-season"}


def test_markdown_export_with_a_typed_title(qtbot, store, tmp_path, monkeypatch, screenshot_dir):
    file_dialog(monkeypatch, "getSaveFileName", tmp_path / "chronology")  # no extension typed

    def steps(dialog):
        dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("markdown"))
        assert not dialog.bomCheck.isEnabled()
        dialog.titleEdit.clear()
        qtbot.keyClicks(dialog.titleEdit, "Syria, 2011 to 2018")
        dialog.grab().save(str(screenshot_dir / "export_dialog.png"))
        click(qtbot, dialog.exportButton)

    failures = while_modal(qtbot, steps)
    written = export_dialog(None, store, EventQuery(status="confirmed"))
    assert not failures, failures
    assert written == str(tmp_path / "chronology.md")
    text = (tmp_path / "chronology.md").read_text(encoding="utf-8")
    assert text.startswith("# Syria, 2011 to 2018\n") and "Deir ez\\-Zor" not in text and "Deir ez-Zor" not in text


def test_export_to_an_unwritable_place_shows_why_and_writes_nothing(qtbot, store, tmp_path, monkeypatch):
    file_dialog(monkeypatch, "getSaveFileName", tmp_path / "missing" / "out.csv")
    seen = {}

    def steps(dialog):
        click(qtbot, dialog.exportButton)
        assert dialog.isVisible()  # stays open so the user can pick another place
        seen["error"] = dialog.errorLabel.text()
        assert dialog.errorLabel.isVisible()

    failures = while_modal(qtbot, steps)
    assert export_dialog(None, store, EventQuery()) is None
    assert not failures, failures
    assert seen["error"].startswith("Nothing was written: cannot write") and "does not exist" in seen["error"]
    assert not (tmp_path / "missing").exists()


def test_an_export_never_replaces_a_chronology_file(qtbot, store, tmp_path, monkeypatch):
    """The editor picked the chronology itself (or a colleague's) in the save dialog and said Yes to 'Replace?':
    the export was renamed over the open file, and every event, source and quote in it was gone."""
    colleague = build(tmp_path / "colleague.sqlite")
    colleague.close()
    for target in (store.path, tmp_path / "colleague.sqlite"):
        before = target.read_bytes()
        file_dialog(monkeypatch, "getSaveFileName", target)
        seen = {}

        def steps(dialog):
            click(qtbot, dialog.exportButton)
            assert dialog.isVisible()  # stays open so the user can pick another name
            seen["error"] = dialog.errorLabel.text()

        failures = while_modal(qtbot, steps)
        assert export_dialog(None, store, EventQuery()) is None
        assert not failures, failures
        assert seen["error"].startswith("Nothing was written:") and "chronology" in seen["error"]
        assert target.read_bytes() == before
    with Store(tmp_path / "colleague.sqlite") as other:
        assert store.count() == other.count() == 10


def test_cancelling_the_file_dialog_exports_nothing(qtbot, store, tmp_path, monkeypatch):
    file_dialog(monkeypatch, "getSaveFileName", None)

    def steps(dialog):
        click(qtbot, dialog.exportButton)
        assert dialog.isVisible()
        click(qtbot, dialog.cancelButton)

    failures = while_modal(qtbot, steps)
    assert export_dialog(None, store, EventQuery()) is None
    assert not failures, failures
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("war.sqlite")) == []


BAD_CSV = ("id,date_start,headline,event_type\n"
           "a,2017-09-01,Good one,battle\n"
           "b,2017-02-30,Impossible day,battle\n"
           "c,2018,Good two,\n")


def test_import_lists_failed_rows_then_imports_the_good_ones(qtbot, tmp_path, monkeypatch, screenshot_dir):
    path = tmp_path / "in.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    file_dialog(monkeypatch, "getOpenFileName", path)
    seen = {}

    def steps(dialog):
        finished(qtbot, dialog)  # the file is read in the worker first
        table = dialog.errorsTable
        seen["rows"] = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
        seen["before"] = dialog.summaryLabel.text()
        dialog.grab().save(str(screenshot_dir / "import_dialog.png"))
        click(qtbot, dialog.importButton)
        finished(qtbot, dialog)
        seen["after"] = dialog.summaryLabel.text()
        assert not dialog.importButton.isEnabled()
        click(qtbot, dialog.closeButton)

    with Store(tmp_path / "db.sqlite") as s:
        failures = while_modal(qtbot, steps)
        assert import_dialog(None, s) is True
        assert not failures, failures
        assert seen["rows"] == [("3", "bad date: '2017-02-30' is not a real date (day is out of range for month)")]
        assert seen["before"] == "2 events can be imported from in.csv. 1 row cannot, for the reasons below."
        assert seen["after"] == "Done: 2 added, 0 updated, 0 unchanged; 1 row failed."
        assert sorted(e.id for e in s.query()) == ["a", "c"]


def test_the_import_dialog_counts_what_the_import_will_really_do(qtbot, store, tmp_path, monkeypatch, screenshot_dir):
    """The dialog said '11 events can be imported' for a chronology's own export with one row edited and one added,
    before checking which were stored: the import then added 1, updated 1 and left 9 as they were."""
    from chronoapp.core.export import export_to_file

    everything = EventQuery(status=("candidate", "confirmed", "rejected"))
    path = tmp_path / "out.csv"
    export_to_file(store, everything, "csv", path)
    with open(path, encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    table[0]["headline"] += " (corrected)"
    table.append({**table[1], "id": "new-one", "headline": "A new event"})
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(table[0]))
        writer.writeheader()
        writer.writerows(table)
    file_dialog(monkeypatch, "getOpenFileName", path)
    seen = {}

    def steps(dialog):
        finished(qtbot, dialog)
        seen["before"] = dialog.summaryLabel.text()
        dialog.grab().save(str(screenshot_dir / "import_plan.png"))
        click(qtbot, dialog.importButton)
        finished(qtbot, dialog)
        seen["after"] = dialog.summaryLabel.text()
        click(qtbot, dialog.closeButton)

    failures = while_modal(qtbot, steps)
    assert import_dialog(None, store) is True
    assert not failures, failures
    assert seen["before"] == ("2 events can be imported from out.csv: 1 new, 1 already in the chronology that the file "
                              "changes (the change log keeps the old values); 9 more are in it as they are (left "
                              "unchanged).")
    assert seen["after"] == "Done: 1 added, 1 updated, 9 unchanged."
    assert store.get_event("new-one").headline == "A new event"


def test_a_csv_saved_by_excel_on_windows_imports_and_the_dialog_says_how_it_was_read(qtbot, tmp_path, monkeypatch,
                                                                                   message_boxes):
    """Excel's "CSV (Comma delimited)" is Windows-1252: it was refused as 'not UTF-8 text'. The dialog names the
    guess, with the words it read, before and after the import."""
    path = tmp_path / "sheet.csv"
    path.write_bytes("headline,date_start\r\nCeasefire in Zürich talks,2017-09-01\r\n".encode("cp1252"))
    file_dialog(monkeypatch, "getOpenFileName", path)
    note = ("\n\nNote: sheet.csv is not UTF-8: read as Windows-1252 (“Zürich”); if those letters look wrong, save it "
            "as “CSV UTF-8” and import that.")
    seen = {}

    def steps(dialog):
        finished(qtbot, dialog)
        seen["before"] = dialog.summaryLabel.text()
        click(qtbot, dialog.importButton)
        finished(qtbot, dialog)
        seen["after"] = dialog.summaryLabel.text()
        click(qtbot, dialog.closeButton)

    with Store(tmp_path / "db.sqlite") as s:
        failures = while_modal(qtbot, steps)
        assert import_dialog(None, s) is True
        assert not failures, failures
        assert seen["before"] == "1 event can be imported from sheet.csv." + note
        assert seen["after"] == "Done: 1 added, 0 updated, 0 unchanged." + note
        assert [e.headline for e in s.query()] == ["Ceasefire in Zürich talks"] and message_boxes == []


def test_a_sheet_saved_as_excels_unicode_text_can_be_chosen_and_imports(qtbot, tmp_path, monkeypatch, message_boxes):
    """Excel's "Unicode Text" is a tab-separated UTF-16 file named .txt: the file dialog hid it (it offered *.csv and
    *.json only) and the import refused it as 'not UTF-8 text'."""
    path = tmp_path / "sheet.txt"
    path.write_bytes(b"\xff\xfe" + "headline\tdate_start\r\nسقوط حلب, again\t2016-12-22\r\n".encode("utf-16-le"))
    offered = file_dialog(monkeypatch, "getOpenFileName", path)
    seen = {}

    def steps(dialog):
        finished(qtbot, dialog)
        seen["before"] = dialog.summaryLabel.text()
        click(qtbot, dialog.importButton)
        finished(qtbot, dialog)
        click(qtbot, dialog.closeButton)

    with Store(tmp_path / "db.sqlite") as s:
        failures = while_modal(qtbot, steps)
        assert import_dialog(None, s) is True
        assert not failures, failures
        assert "*.txt" in offered[0][3].split(";;")[0]
        assert seen["before"] == "1 event can be imported from sheet.txt."  # nothing was guessed
        assert [e.headline for e in s.query()] == ["سقوط حلب, again"] and message_boxes == []


def test_an_export_saved_back_by_excel_without_arabic_letters_keeps_the_stored_names(qtbot, store, tmp_path,
                                                                                    monkeypatch, message_boxes):
    """The CSV export, opened in Excel and saved as "CSV (Comma delimited)", has '?' for each Arabic or Persian
    letter: imported back, headlines, places and quotes became '???? ?? ?????' (the quote a second piece of evidence)."""
    from chronoapp.core.export import export_to_file

    everything = EventQuery(status=("candidate", "confirmed", "rejected"))
    before = store.query(everything, with_evidence=True)
    path = tmp_path / "edited.csv"
    export_to_file(store, everything, "csv", path)
    path.write_bytes(path.read_bytes().decode("utf-8").encode("cp1252", errors="replace"))
    file_dialog(monkeypatch, "getOpenFileName", path)
    seen = {}

    def steps(dialog):
        finished(qtbot, dialog)
        seen["before"] = dialog.summaryLabel.text()
        seen["import"] = dialog.importButton.isEnabled()  # nothing it would change: nothing to press
        click(qtbot, dialog.closeButton)

    failures = while_modal(qtbot, steps)
    import_dialog(None, store)
    assert not failures, failures
    assert seen["before"].startswith("Nothing to import from edited.csv: all 10 events are in the chronology as they "
                                     "are; 3 events kept their stored names and text where the file had '?' for "
                                     "letters its encoding lacks.\n\nNote: edited.csv is not UTF-8: read as Windows-1252")
    assert not seen["import"]
    assert store.query(everything, with_evidence=True) == before and message_boxes == []


def test_strict_import_imports_nothing(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "in.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    file_dialog(monkeypatch, "getOpenFileName", path)
    seen = {}

    def steps(dialog):
        finished(qtbot, dialog)  # the file is read in the worker first
        dialog.strictCheck.setFocus()
        qtbot.keyClick(dialog.strictCheck, Qt.Key.Key_Space)
        assert dialog.strictCheck.isChecked()
        click(qtbot, dialog.importButton)
        finished(qtbot, dialog)
        seen["after"] = dialog.summaryLabel.text()
        click(qtbot, dialog.closeButton)

    with Store(tmp_path / "db.sqlite") as s:
        failures = while_modal(qtbot, steps)
        assert import_dialog(None, s) is False
        assert not failures, failures
        assert "nothing imported" in seen["after"] and s.count() == 0


def test_import_of_an_unusable_file_says_why(qtbot, tmp_path, monkeypatch, message_boxes):
    path = tmp_path / "notes.csv"
    path.write_text("name,when\nx,2017\n", encoding="utf-8")
    file_dialog(monkeypatch, "getOpenFileName", path)
    with Store(tmp_path / "db.sqlite") as s:
        assert import_dialog(None, s) is False
    assert message_boxes == [("warning", "Cannot import", message_boxes[0][2])]
    assert message_boxes[0][2].startswith("wrong columns")



def many_events_csv(tmp_path, n=250):
    path = tmp_path / "many.csv"
    path.write_text("id,date_start,headline,event_type\n" + "".join(f"m{i},2016,Event {i},battle\n" for i in range(n)),
                    encoding="utf-8")
    return path


def test_import_runs_in_the_background_showing_progress_and_cannot_be_closed_mid_write(
        qtbot, store, tmp_path, monkeypatch):
    from chronoapp.core import export

    file_dialog(monkeypatch, "getOpenFileName", many_events_csv(tmp_path))
    opened = gate(monkeypatch, export, "import_parsed")
    seen = {}

    def steps(dialog):
        finished(qtbot, dialog)  # the file is read in the worker first
        try:
            click(qtbot, dialog.importButton)
            qtbot.waitUntil(lambda: dialog.progressBar.isVisible() and dialog.progressBar.maximum() == 250)
            seen["running"] = dialog.summaryLabel.text()
            assert not dialog.importButton.isEnabled() and not dialog.closeButton.isEnabled()
            assert not dialog.strictCheck.isEnabled()
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            dialog.close()  # the title bar's close button
            assert dialog.isVisible()
        finally:
            opened.set()
        finished(qtbot, dialog)
        assert not dialog.progressBar.isVisible() and not dialog.importButton.isEnabled()
        seen["after"] = dialog.summaryLabel.text()
        click(qtbot, dialog.closeButton)

    failures = while_modal(qtbot, steps)
    assert import_dialog(None, store) is True
    assert not failures, failures
    assert seen["running"] == "Importing 250 events\u2026"
    assert seen["after"] == "Done: 250 added, 0 updated, 0 unchanged."
    with Store(store.path, readonly=True) as again:
        assert again.count() == 260 and again.get_event("m249").headline == "Event 249"


def test_what_an_import_wrote_is_written_back_when_the_file_was_deleted_while_open(qtbot, tmp_path, monkeypatch):
    """The import writes from the worker's own connection, so the window's store did not count it as its own:
    the file deleted while open (a sync client, a slip in the file manager) after an import was not written back
    on closing, and the imported events went with it."""
    path = tmp_path / "war.sqlite"
    build(path).close()
    store = Store(path)  # opened, then only imported into
    file_dialog(monkeypatch, "getOpenFileName", many_events_csv(tmp_path, n=3))

    def steps(dialog):
        finished(qtbot, dialog)
        click(qtbot, dialog.importButton)
        finished(qtbot, dialog)
        click(qtbot, dialog.closeButton)

    failures = while_modal(qtbot, steps)
    assert import_dialog(None, store) is True
    assert not failures, failures
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    store.close()
    with Store(path, readonly=True) as again:
        assert again.count() == 13 and again.get_event("m2").headline == "Event 2"


def test_import_into_a_locked_file_says_so_keeps_every_event_and_can_be_retried(qtbot, store, tmp_path,
                                                                                monkeypatch):
    file_dialog(monkeypatch, "getOpenFileName", many_events_csv(tmp_path))
    other_program = sqlite3.connect(store.path, isolation_level=None)
    other_program.execute("BEGIN IMMEDIATE")  # holds the write lock
    seen = {}

    def steps(dialog):
        finished(qtbot, dialog)  # the file is read in the worker first
        click(qtbot, dialog.importButton)
        finished(qtbot, dialog)
        seen["locked"] = dialog.summaryLabel.text()
        other_program.execute("ROLLBACK")
        click(qtbot, dialog.importButton)  # enabled again: the user can retry
        finished(qtbot, dialog)
        seen["after"] = dialog.summaryLabel.text()

    try:
        failures = while_modal(qtbot, steps)
        assert import_dialog(None, store) is True
    finally:
        other_program.close()
    assert not failures, failures
    assert seen["locked"] == ("Nothing was imported: war.sqlite is locked by another program; "
                              "close it there and try again")
    assert seen["after"].startswith("Done: 250 added")
    assert store.count() == 260 and store.get_event("ev-01-day") is not None


def test_merge_runs_in_the_background_and_cannot_be_closed_mid_write(qtbot, store, tmp_path, monkeypatch):
    import chronoapp.gui.export_dialogs as dialogs
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "colleague.sqlite") as other:
        other.save_event(Event(id="fresh", date=FuzzyDate("2019-03-23"), headline="Baghuz falls", event_type="battle",
                               location="Baghuz", status="confirmed"))
    file_dialog(monkeypatch, "getOpenFileName", tmp_path / "colleague.sqlite")
    opened = gate(monkeypatch, dialogs, "merge_file")
    seen = {}

    def steps(dialog):
        finished(qtbot, dialog)  # the preview (a dry run) is not held
        try:
            click(qtbot, dialog.mergeButton)
            qtbot.waitUntil(lambda: dialog.progressBar.isVisible() and dialog.progressBar.maximum() == 250)
            assert not dialog.mergeButton.isEnabled() and not dialog.closeButton.isEnabled()
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            assert dialog.isVisible()
        finally:
            opened.set()
        finished(qtbot, dialog)
        seen["after"] = dialog.summaryLabel.text()

    failures = while_modal(qtbot, steps)
    assert merge_dialog(None, store) is True
    assert not failures, failures
    assert seen["after"] == "Done: 1 added, 0 updated, 0 unchanged, 0 flagged as possible duplicates."
    with Store(store.path, readonly=True) as again:
        assert again.get_event("fresh").headline == "Baghuz falls" and again.count() == 11

def test_merge_previews_flags_lookalikes_and_merges(qtbot, store, tmp_path, monkeypatch):
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "colleague.sqlite") as other:
        other.save_event(Event(id="dup", date=FuzzyDate("2017-09"), headline="Army ousts ISIS from Uqairabat",
                               event_type="battle", location="Uqairabat", status="confirmed"))
        other.save_event(Event(id="fresh", date=FuzzyDate("2019-03-23"), headline="Baghuz falls", event_type="battle",
                               location="Baghuz", status="confirmed"))
    file_dialog(monkeypatch, "getOpenFileName", tmp_path / "colleague.sqlite")
    seen = {}

    def steps(dialog):
        assert dialog.progressBar.isVisible() and not dialog.mergeButton.isEnabled()  # the dry run is running
        finished(qtbot, dialog)
        assert not dialog.progressBar.isVisible()
        seen["preview"] = dialog.summaryLabel.text()
        seen["flagged"] = [dialog.flaggedList.item(i).text() for i in range(dialog.flaggedList.count())]
        assert store.get_event("fresh") is None  # the preview changed nothing
        click(qtbot, dialog.mergeButton)
        finished(qtbot, dialog)
        seen["after"] = dialog.summaryLabel.text()
        click(qtbot, dialog.closeButton)

    failures = while_modal(qtbot, steps)
    assert merge_dialog(None, store) is True
    assert not failures, failures
    assert "1 added, 0 updated, 0 unchanged, 1 flagged" in seen["preview"]
    assert seen["flagged"] == ["“Army ousts ISIS from Uqairabat” (September 2017) looks like "
                               "“Syrian Army ousts ISIS from Uqairabat” (1 September 2017)"]
    assert seen["after"].startswith("Done: 1 added")
    assert store.get_event("fresh").headline == "Baghuz falls"
    assert DUPLICATE_TAG in store.get_event("dup").tags


def test_merge_of_a_file_that_is_not_a_chronology_says_why(qtbot, store, tmp_path, monkeypatch, message_boxes):
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not sqlite")
    file_dialog(monkeypatch, "getOpenFileName", junk)
    assert merge_dialog(None, store) is False
    assert message_boxes[0][:2] == ("warning", "Cannot merge") and "not a chronology" in message_boxes[0][2]
    file_dialog(monkeypatch, "getOpenFileName", None)
    assert merge_dialog(None, store) is False and len(message_boxes) == 1


def test_dialog_widgets_have_accessible_names(qtbot, store):
    from chronoapp.gui.export_dialogs import ExportDialog

    dialog = ExportDialog(None, store, EventQuery())
    qtbot.addWidget(dialog)
    for name in ("exportFormatCombo", "exportBomCheck", "exportTitleEdit", "exportButton", "exportCancelButton"):
        widget = dialog.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name


def test_file_menu_export_uses_the_chronology_filters_and_import_refreshes_the_view(
        qtbot, tmp_path, monkeypatch, main_window):
    from PySide6.QtGui import QAction

    build(tmp_path / "war.sqlite").close()
    window = main_window(tmp_path / "war.sqlite")
    window.show_page(2)
    qtbot.keyClicks(window.findChild(QWidget, "filterTextEdit"), "Uqairabat")
    count = window.findChild(QLabel, "eventCountLabel")
    qtbot.waitUntil(lambda: window.current_query().text == "Uqairabat")
    file_dialog(monkeypatch, "getSaveFileName", tmp_path / "filtered.csv")
    seen = {}

    def export_steps(dialog):
        seen["count"] = dialog.countLabel.text()
        dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("csv"))
        click(qtbot, dialog.exportButton)

    failures = while_modal(qtbot, export_steps)
    window.findChild(QAction, "exportAction").trigger()
    assert not failures, failures
    assert seen["count"] == "1 of 10 events matches the current filters (words \u201cUqairabat\u201d)."
    rows = list(csv.DictReader(io.StringIO((tmp_path / "filtered.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert [r["id"] for r in rows] == ["ev-01-day"]

    window.findChild(QWidget, "filterTextEdit").clear()
    qtbot.waitUntil(lambda: window.current_query().text == "")
    path = tmp_path / "in.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    file_dialog(monkeypatch, "getOpenFileName", path)

    def import_steps(dialog):
        finished(qtbot, dialog)  # the file is read in the worker first
        click(qtbot, dialog.importButton)
        finished(qtbot, dialog)
        click(qtbot, dialog.closeButton)

    failures = while_modal(qtbot, import_steps)
    # the view counts in a worker: wait for its results, not for any change of the label ("Searching…" is one)
    with qtbot.waitSignal(window.chronology.resultsUpdated, timeout=5000,
                          check_params_cb=lambda shown, total: total == 12):
        window.findChild(QAction, "importAction").trigger()
    assert not failures, failures
    assert count.text() == "12 of 12 events"


def test_a_timelinejs_export_of_any_status_says_how_many_events_go_out_unreviewed(qtbot, store, tmp_path,
                                                                                  monkeypatch):
    """Candidates (proposed, never reviewed) go into a published chronology as facts when the chronology shows
    any status: the dialog said only '… events match the current filters.'"""
    candidates = store.count(EventQuery(status="candidate"))
    assert candidates > 0
    file_dialog(monkeypatch, "getSaveFileName", tmp_path / "timeline.json")
    seen = {}

    def steps(dialog):
        for fmt in ("csv", "timelinejs-json"):
            dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData(fmt))
            seen[fmt] = dialog.countLabel.text()
        click(qtbot, dialog.exportButton)

    failures = while_modal(qtbot, steps)
    export_dialog(None, store, EventQuery())
    assert not failures, failures
    which = f"{candidates} of the events exported are candidates" if candidates != 1 else \
        "1 of the events exported is a candidate"
    assert f"{which} not yet reviewed, published as fact too (choose Status: Confirmed" in seen["timelinejs-json"]
    assert "not yet reviewed" not in seen["csv"]  # the full record: its status column says it
    assert (tmp_path / "timeline.json").exists()


def test_a_markdown_export_of_any_status_says_the_rejected_events_are_left_out(qtbot, store, tmp_path, monkeypatch):
    """With 'Any status' in the chronology, Markdown and TimelineJS published the rejected events as facts."""
    file_dialog(monkeypatch, "getSaveFileName", tmp_path / "chronology.md")
    seen = {}

    def steps(dialog):
        seen["csv"] = dialog.countLabel.text()
        dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("markdown"))
        seen["markdown"] = dialog.countLabel.text()
        click(qtbot, dialog.exportButton)

    failures = while_modal(qtbot, steps)
    export_dialog(None, store, EventQuery())
    assert not failures, failures
    assert "rejected" not in seen["csv"] and "The 1 rejected one is left out" in seen["markdown"]
    text = (tmp_path / "chronology.md").read_text(encoding="utf-8")
    assert "Siege of Deir ez" in text and "evil.example" not in text  # the candidate stays, the rejected goes


def test_a_long_export_runs_beside_the_window_and_cannot_be_abandoned_half_written(qtbot, store, tmp_path,
                                                                                   monkeypatch):
    """Exporting 100,000 events took 13 to 20 s with the window frozen (no repaint, no word of progress):
    the export now writes from a worker thread while the dialog says it is exporting."""
    from PySide6.QtWidgets import QProgressBar

    from chronoapp.core import export

    target = tmp_path / "all.csv"
    file_dialog(monkeypatch, "getSaveFileName", target)
    real, gate_open, started = export.export_to_file, threading.Event(), threading.Event()

    def slow(*args, **kwargs):  # stands for a very large chronology
        started.set()
        gate_open.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(export, "export_to_file", slow)
    seen = {}

    def steps(dialog):
        click(qtbot, dialog.exportButton)
        qtbot.waitUntil(started.is_set)
        QApplication.processEvents()  # the window goes on painting and answering
        seen["busy"] = dialog.findChild(QProgressBar, "exportProgressBar").isVisible()
        seen["export enabled"] = dialog.exportButton.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # an export being written is not abandoned
        seen["open after Esc"] = dialog.isVisible()
        gate_open.set()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)

    failures = while_modal(qtbot, steps)
    written = export_dialog(None, store, EventQuery())
    assert not failures, failures
    assert seen == {"busy": True, "export enabled": False, "open after Esc": True}
    assert written == str(target) and len(list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))) == 10


def test_markdown_of_an_arabic_headline_and_a_hebrew_place_reads_headline_first(qtbot, tmp_path):
    """'- **14 September 2017** — <Arabic headline> — <Hebrew place>': the two right-to-left texts and the dash
    between them made one right-to-left run, so a CMS page showed the place before the headline. Laid out as a
    browser would (Qt's bidi algorithm, left-to-right page), the headline now comes first."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.export import write_markdown
    from chronoapp.core.model import Event

    headline, place = "غارة جوية على دوما", "דמשק"
    out = io.StringIO()
    write_markdown([Event(FuzzyDate("2017-09-14"), headline, location=place)], out)
    [line] = [line for line in out.getvalue().splitlines() if line.startswith("- ")]
    layout = QTextLayout(line, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    row = layout.createLine()
    row.setLineWidth(100_000)
    layout.endLayout()

    def span(text):
        start = line.index(text)
        xs = [row.cursorToX(i)[0] for i in range(start, start + len(text) + 1)]
        return min(xs), max(xs)

    assert span(headline)[1] <= span(place)[0]


def test_an_export_that_cut_a_text_too_long_for_a_spreadsheet_says_so(qtbot, store, tmp_path, monkeypatch,
                                                                      message_boxes):
    """A description longer than a spreadsheet cell holds is cut in the CSV, marked where: the dialog says which,
    before the editor sends the file on (the status bar alone went by in eight seconds)."""
    event = store.get_event("ev-01-day")
    event.description = "A long report. " * 3000
    store.save_event(event)
    target = tmp_path / "long.csv"
    file_dialog(monkeypatch, "getSaveFileName", target)

    def steps(dialog):
        dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("acled"))
        click(qtbot, dialog.exportButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)

    failures = while_modal(qtbot, steps)
    assert export_dialog(None, store, EventQuery()) == str(target)
    assert not failures, failures
    [(kind, title, text)] = message_boxes
    assert kind == "information" and "1 text longer than a spreadsheet cell holds" in text
    assert f"notes of “{event.headline}”" in text and "more characters cut here" in target.read_text(encoding="utf-8")


def test_the_export_dialog_grows_when_its_note_on_rejected_events_takes_more_lines(qtbot, tmp_path):
    """Switching the format from CSV to Markdown adds a three-line note (rejected events are left out): the dialog
    kept its height, so the note lay over the Format box and the Title field was squeezed to a sliver."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event
    from chronoapp.gui.export_dialogs import ExportDialog

    with Store(tmp_path / "war.sqlite") as s:
        s.save_event(Event(FuzzyDate("2017"), "Kept", status="confirmed"))
        s.save_event(Event(FuzzyDate("2017"), "Refused", status="rejected"))
        dialog = ExportDialog(None, s, EventQuery())
        qtbot.addWidget(dialog)
        dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("csv"))
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("markdown"))
        qtbot.waitUntil(lambda: "rejected one is left out" in dialog.countLabel.text())
        QApplication.processEvents()
        label, combo, title = dialog.countLabel, dialog.formatCombo, dialog.titleEdit
        assert label.height() >= label.heightForWidth(label.width())  # every line of the note shows
        assert combo.geometry().top() >= label.geometry().bottom()    # and nothing lies over the next row
        assert title.height() >= title.sizeHint().height() and title.geometry().bottom() <= dialog.height()


def test_the_export_dialog_names_the_filters_set_on_the_chronology_page(qtbot, tmp_path, main_window):
    """An editor narrowed the chronology to March 2011 in Daraa to check a few events, went back to the review,
    then pressed Ctrl+E to publish everything: the dialog said only '1 event matches the current filters.' and
    the published chronology held one event of ten, the filters set on another page never named."""
    build(tmp_path / "war.sqlite").close()
    window = main_window(tmp_path / "war.sqlite")
    window.show()
    window.show_page(2)
    qtbot.keyClicks(window.findChild(QWidget, "filterFromEdit"), "March 2011")
    qtbot.keyClicks(window.findChild(QWidget, "filterToEdit"), "2011-03")
    qtbot.keyClicks(window.findChild(QWidget, "filterLocationEdit"), "Daraa")
    qtbot.waitUntil(lambda: window.current_query().location == "Daraa")
    window.show_page(1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen = {}

    def steps(dialog):
        seen["count"] = dialog.countLabel.text()
        click(qtbot, dialog.cancelButton)

    failures = while_modal(qtbot, steps)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not failures, failures
    assert seen["count"] == ("1 of 10 events matches the current filters (from 1 March 2011; until 31 March 2011; "
                             "place \u201cDaraa\u201d).")


def test_a_day_of_one_article_imported_into_a_new_file_shows_in_the_order_it_was_exported(
        qtbot, tmp_path, monkeypatch, main_window):
    """A CSV export of three events of one day, imported with File → Import into a new chronology: the table
    showed them by id (a random order), not in the article's order the export was written in."""
    from PySide6.QtGui import QAction

    from chronoapp.core.export import export_to_file
    from chronoapp.gui.chronology import HEADLINE
    from test_export import one_day_told_against_id_order

    told = one_day_told_against_id_order(tmp_path / "war.sqlite")
    with Store(tmp_path / "war.sqlite") as s:
        export_to_file(s, EventQuery(), "csv", tmp_path / "day.csv")
    window = main_window(tmp_path / "fresh.sqlite")
    window.show_page(2)
    file_dialog(monkeypatch, "getOpenFileName", tmp_path / "day.csv")

    def import_steps(dialog):
        finished(qtbot, dialog)
        click(qtbot, dialog.importButton)
        finished(qtbot, dialog)
        click(qtbot, dialog.closeButton)

    failures = while_modal(qtbot, import_steps)
    with qtbot.waitSignal(window.chronology.resultsUpdated, timeout=5000,
                          check_params_cb=lambda shown, total: total == 3):
        window.findChild(QAction, "importAction").trigger()
    assert not failures, failures
    model = window.chronology.model
    assert [model.index(row, HEADLINE).data() for row in range(3)] == told
