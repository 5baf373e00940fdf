"""File → Export / Import / Merge dialogs. The work is done by chronoapp.core.export and .merge;
these dialogs only choose files and options and show what happened, row by row. Exports, imports and
merges (seconds for thousands of events) run in a worker thread while the dialog shows their progress."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QMainWindow, QMessageBox, QProgressBar, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from chronoapp.core import export
from chronoapp.core.dates import display_period
from chronoapp.core.merge import DUPLICATE_TAG, MergeReport, merge_file
from chronoapp.core.store import EventQuery, Store, StoreError
from chronoapp.gui.colors import tint
from chronoapp.gui.flow import screen_room
from chronoapp.gui.workers import Job

CHRONOLOGY_FILTER = "Chronologies (*.sqlite *.db *.chronology);;All files (*)"
# Excel saves its "Unicode Text" (tab-separated) as .txt
IMPORT_FILTER = "chronoapp CSV or TimelineJS JSON (*.csv *.json *.tsv *.txt);;All files (*)"
_FILTERS = {".csv": "CSV files (*.csv)", ".md": "Markdown files (*.md)", ".json": "JSON files (*.json)"}


def _named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def _filters_text(store: Store, query: EventQuery) -> str:
    """The filters in force, as the chronology's fields read: 'type battle; place “Qusair”' ('' when none)."""
    parts = [f"words \u201c{query.text}\u201d" if query.text else "",
             f"from {display_period(query.date_from.isoformat())}" if query.date_from else "",
             f"until {display_period(query.date_to.isoformat())}" if query.date_to else "",
             f"actor \u201c{query.actor}\u201d" if query.actor else "",
             f"place \u201c{query.location}\u201d" if query.location else "",
             f"type {query.event_type}" if query.event_type else "",
             f"tag \u201c{query.tag}\u201d" if query.tag else ""]
    if query.source_id:
        source = store.get_source(query.source_id)
        parts.append(f"source \u201c{source.outlet or source.title or source.url}\u201d" if source else "one source")
    if query.status:
        statuses = (query.status,) if isinstance(query.status, str) else query.status
        parts.append("status " + " or ".join(statuses))
    return "; ".join(p for p in parts if p)


def _count_text(store: Store, query: EventQuery) -> str:
    """'3 of 17 events match the current filters (type battle).': a filter set on the chronology page and
    forgotten made a partial export that the dialog called only '3 events match the current filters.'"""
    count, filters = store.count(query), _filters_text(store, query)
    if not filters:
        return f"All {count:,} event{'s' if count != 1 else ''} of the chronology (no filter is set)."
    total = store.count(EventQuery())
    verb = "matches" if count == 1 else "match"
    return f"{count:,} of {total:,} event{'s' if total != 1 else ''} {verb} the current filters ({filters})."


def _status(parent, text: str) -> None:
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(text, 8000)


# --- export --------------------------------------------------------------------------------
class ExportDialog(QDialog):
    """Format, BOM and title; exports the events the chronology view currently shows."""

    def __init__(self, parent, store: Store, query: EventQuery):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export chronology")
        self.store, self.query = store, query
        self.exported_path: str | None = None
        count = store.count(query)
        self.countLabel = _named(QLabel(_count_text(store, query)), "exportCountLabel", "Events to export")
        self.formatCombo = _named(QComboBox(), "exportFormatCombo", "Export format")
        for fmt, (label, ext) in export.FORMATS.items():
            self.formatCombo.addItem(f"{label} ({ext})", fmt)
        self.bomCheck = _named(QCheckBox("UTF-8 with BOM, so Excel shows Arabic, Persian and accented names"),
                               "exportBomCheck", "Write a byte order mark for Excel")
        self.bomCheck.setChecked(True)
        self.titleEdit = _named(QLineEdit(store.path.stem), "exportTitleEdit", "Title of the exported chronology")
        self.errorLabel = _named(QLabel(), "exportErrorLabel", "Export error")
        self.errorLabel.setWordWrap(True)
        tint(self.errorLabel, "error")
        self.errorLabel.hide()
        self.progressBar = _named(QProgressBar(), "exportProgressBar", "Exporting")
        self.progressBar.setRange(0, 0)  # busy: writing takes seconds for 100,000 events
        self.progressBar.setFormat("Exporting\u2026")
        self.progressBar.hide()
        self.job: Job | None = None
        form = QFormLayout()
        form.addRow("&Format:", self.formatCombo)
        form.addRow("", self.bomCheck)
        form.addRow("&Title:", self.titleEdit)
        buttons = QDialogButtonBox()
        self.exportButton = _named(buttons.addButton("&Export…", QDialogButtonBox.ButtonRole.AcceptRole),
                                   "exportButton", "Choose a file and export")
        self.cancelButton = _named(buttons.addButton(QDialogButtonBox.StandardButton.Cancel), "exportCancelButton",
                                   "Cancel")
        self.exportButton.setEnabled(count > 0)
        buttons.rejected.connect(self.reject)
        self.exportButton.clicked.connect(self.choose_file_and_export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.countLabel)
        layout.addLayout(form)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.progressBar)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.formatCombo.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def fmt(self) -> str:
        return self.formatCombo.currentData()

    def _format_changed(self) -> None:
        count = self.store.count(self.query)
        left_out = count - self.store.count(export.exported_query(self.query, self.fmt()))
        unreviewed = export.unreviewed_count(self.store, self.query, self.fmt())
        self.countLabel.setText(_count_text(self.store, self.query)
                                + (f" The {left_out:,} rejected one{'s are' if left_out != 1 else ' is'} left out of "
                                   "this format, which publishes every event as fact (choose Status: Rejected in the"
                                   " chronology to export them)." if left_out else "")
                                + (" " + export.unreviewed_note(unreviewed, "choose Status: Confirmed in the "
                                                                "chronology") + "." if unreviewed else ""))
        self.countLabel.setWordWrap(True)
        self.exportButton.setEnabled(count - left_out > 0)
        self.bomCheck.setEnabled(self.fmt() in export.CSV_FORMATS)
        self.titleEdit.setEnabled(self.fmt() in ("markdown", "timelinejs-json", "timelinejs-csv"))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to a note that wraps onto more lines (rejected events left out, an error): a dialog keeps its
        height, so the note lay over the Format box and squeezed the Title field."""
        self.layout().activate()
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def choose_file_and_export(self) -> None:
        ext = export.FORMATS[self.fmt()][1]
        suffix = {"timelinejs-csv": "-timelinejs", "acled": "-acled"}.get(self.fmt(), "")
        suggested = str(self.store.path.parent / f"{self.store.path.stem}{suffix}{ext}")
        path, _ = QFileDialog.getSaveFileName(self, "Export chronology", suggested,
                                              f"{_FILTERS[ext]};;All files (*)")
        if not path:
            return
        if not Path(path).suffix:
            path += ext
        try:  # what can be refused at once is, before the work starts
            export.check_target(self.store, self.fmt(), path)
            if not self.store.readonly:
                self.store.ensure_in_place()  # a file deleted while open is written back, for the worker to read
        except (export.ExportError, StoreError) as exc:
            self._failed(str(exc))
            return
        # written from a connection of the worker's own: 100,000 events took 13-20 s with the window frozen
        self.job = Job(_export, str(self.store.path), self.query, self.fmt(), path, self.bomCheck.isChecked(),
                       self.titleEdit.text().strip(), parent=self, expected=(StoreError, export.ExportError))
        self.job.finished.connect(lambda n: self._exported(path, n))
        self.job.failed.connect(lambda message: self._failed(message.splitlines()[0]))
        self.errorLabel.hide()
        self.progressBar.show()
        for widget in (self.buttons, self.formatCombo, self.bomCheck, self.titleEdit):
            widget.setEnabled(False)
        self.job.start()

    def _exported(self, path: str, result: tuple[int, list[str]]) -> None:
        self.job = None
        self.exported_path = path
        n, cut = result
        _status(self.parent(), f"Exported {n:,} event{'s' if n != 1 else ''} to {path}")
        if cut:  # told before the editor sends the file on: a spreadsheet would show those texts shortened
            note = export.cut_note(cut)
            QMessageBox.information(self, "Long texts cut", f"{note[0].upper()}{note[1:]}.")
        self.accept()

    def _failed(self, message: str) -> None:
        self.job = None
        self.progressBar.hide()
        self.buttons.setEnabled(True)
        self._format_changed()  # the options as they were
        self.formatCombo.setEnabled(True)
        self.errorLabel.setText(f"Nothing was written: {message}")
        self.errorLabel.show()
        self._fit_height()

    def reject(self) -> None:
        if self.job is None:  # an export being written ends first (its file appears whole or not at all)
            super().reject()


def _export(path: str, query: EventQuery, fmt: str, target: str, bom: bool, title: str) -> tuple[int, list[str]]:
    """(events exported, texts cut to fit a spreadsheet cell)"""
    cut: list[str] = []
    with Store(path, create=False, readonly=True) as store:
        return export.export_to_file(store, query, fmt, target, bom=bom, title=title, cut=cut), cut


def export_dialog(parent, store: Store, query: EventQuery) -> str | None:
    """Ask for format and file, export the events matching query; returns the file written, if any."""
    dialog = ExportDialog(parent, store, query)
    dialog.exec()
    return dialog.exported_path


# --- import and merge: reads and writes in a worker thread ----------------------------------
def _import(path, readonly: bool, parsed: export.ParsedFile, strict: bool, progress) -> export.ImportReport:
    # SQLite connections belong to one thread: the worker writes through its own (WAL lets the window read on)
    with Store(path, create=False, readonly=readonly) as store:
        return export.import_parsed(store, parsed, strict=strict, progress=progress)


def _read_and_plan(path, readonly: bool, file: str) -> tuple[export.ParsedFile, export.ImportReport]:
    """The file read, and what importing it would do to the chronology (nothing written)."""
    parsed = export.read_file(file)
    with Store(path, create=False, readonly=readonly) as store:
        return parsed, export.import_plan(store, parsed)


def _merge(path, readonly: bool, other: str, dry_run: bool, progress) -> MergeReport:
    with Store(path, create=False, readonly=readonly) as store:
        return merge_file(store, other, dry_run=dry_run, progress=progress)


class _WorkDialog(QDialog):
    """A dialog whose work runs in a worker thread. While it runs a progress bar shows, the buttons are
    disabled and the dialog cannot be closed, so a write always ends as one committed (or rolled back)
    transaction instead of being abandoned half-way. If its first job (reading the file) fails, the
    dialog closes and `error` says why."""

    def __init__(self, parent, store: Store, name: str):
        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self.resize(QSize(640, 420).boundedTo(screen_room(self)))
        self.store, self.changed, self.job, self.error = store, False, None, ""
        self.progressBar = _named(QProgressBar(), f"{name}ProgressBar", "Progress")
        self.progressBar.setFormat("%v of %m events")
        self.progressBar.hide()
        self.buttons = QDialogButtonBox()
        self.buttons.rejected.connect(self.reject)

    def run_job(self, fn, *args, done, failed, with_progress: bool = True) -> None:
        """fn(*args[, progress=...]) in a worker; then done(result) or failed(one-line message)."""
        self.job = Job(fn, *args, parent=self, with_progress=with_progress,
                       expected=(StoreError, export.ExportError))
        self.job.progress.connect(self._progress)
        self.job.finished.connect(lambda result: self._end(done, result))
        self.job.failed.connect(lambda message: self._end(failed, message.splitlines()[0]))
        self.progressBar.setRange(0, 0)  # busy until a report gives the total
        self.progressBar.show()
        self.buttons.setEnabled(False)
        self.job.start()

    def _progress(self, done: int, total: int) -> None:
        self.progressBar.setRange(0, total)
        self.progressBar.setValue(done)

    def _end(self, handler, payload) -> None:
        self.job = None
        self.progressBar.hide()
        self.buttons.setEnabled(True)
        handler(payload)

    def _cannot(self, message: str) -> None:
        self.error = message  # shown by import_dialog/merge_dialog once this dialog is gone
        self.reject()

    def reject(self) -> None:
        if self.job is None:  # Esc, the title bar's close and Cancel all land here
            super().reject()


class ImportDialog(_WorkDialog):
    """Reads the file, shows which rows can be imported and why the others cannot, then imports."""

    def __init__(self, parent, store: Store, path: str):
        super().__init__(parent, store, "import")
        self.setWindowTitle(f"Import {Path(path).name}")
        self.path, self.parsed, self.plan_count = path, None, 0  # plan_count: events the import adds or updates
        self.summaryLabel = _named(QLabel(f"Reading {Path(path).name}\u2026"), "importSummaryLabel", "Import summary")
        self.summaryLabel.setWordWrap(True)
        self.errorsTable = _named(QTableWidget(0, 2), "importErrorsTable", "Rows that cannot be imported")
        self.errorsTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.errorsTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.errorsTable.verticalHeader().hide()
        self.errorsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errorsTable.hide()
        self.strictCheck = _named(QCheckBox("Import &nothing if any row has a problem"), "importStrictCheck",
                                  "Strict import: all rows or none")
        self.strictCheck.hide()
        self.importButton = _named(self.buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole),
                                   "importButton", "Import the events")
        self.closeButton = _named(self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel),
                                  "importCloseButton", "Close")
        self.importButton.setEnabled(False)
        self.importButton.clicked.connect(self.run_import)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self.errorsTable, 1)
        layout.addStretch()  # keeps the summary at the top while the table is hidden
        for w in (self.strictCheck, self.progressBar, self.buttons):
            layout.addWidget(w)
        self.run_job(_read_and_plan, store.path, store.readonly, path, with_progress=False, done=self._read,
                     failed=self._cannot)

    def _read(self, read: tuple[export.ParsedFile, export.ImportReport]) -> None:
        parsed, plan = read
        self.parsed = parsed
        ok, bad = plan.imported, len(parsed.errors)
        text = _plan_text(plan, Path(self.path).name)
        if bad:
            text += f" {bad:,} {parsed.unit}{'s' if bad != 1 else ''} cannot, for the reasons below."
        self.summaryLabel.setText(text + self._note())
        self.errorsTable.setRowCount(bad)
        self.errorsTable.setHorizontalHeaderLabels([parsed.unit.capitalize(), "Problem"])
        for i, err in enumerate(parsed.errors):
            self.errorsTable.setItem(i, 0, QTableWidgetItem(str(err.row)))
            self.errorsTable.setItem(i, 1, QTableWidgetItem(err.reason))
        self.errorsTable.setVisible(bad > 0)
        self.strictCheck.setVisible(bad > 0)
        self.importButton.setEnabled(ok > 0)
        self.plan_count = ok

    def _note(self) -> str:
        """How the file was read when its encoding was a guess, kept in sight until the dialog closes."""
        return f"\n\nNote: {self.parsed.note}." if self.parsed.note else ""

    def run_import(self) -> None:
        n = self.plan_count
        self.summaryLabel.setText(f"Importing {n:,} event{'s' if n != 1 else ''}\u2026")
        self.strictCheck.setEnabled(False)
        self.run_job(_import, self.store.path, self.store.readonly, self.parsed, self.strictCheck.isChecked(),
                     done=self._imported, failed=self._failed)

    def _imported(self, report: export.ImportReport) -> None:
        self.changed = report.imported > 0
        self.summaryLabel.setText("Done: " + report.summary() + "." + self._note())
        self.importButton.setEnabled(False)
        self.closeButton.setText("Close")
        _status(self.parent(), f"Import: {report.summary()}")

    def _failed(self, message: str) -> None:
        self.summaryLabel.setText(f"Nothing was imported: {message}")
        self.strictCheck.setEnabled(True)


def _plan_text(plan: export.ImportReport, name: str) -> str:
    """What importing will do, as checked against the chronology: '3 events can be imported from in.csv: 1 new, 2
    already in the chronology that the file changes (their history keeps the old values); 4 more are in it as
    they are (left unchanged).'"""
    new, changed, same = len(plan.added), len(plan.updated), len(plan.unchanged)
    if not new and not changed:
        if not same:
            return f"Nothing to import from {name}: it has no event that can be read."
        text = (f"Nothing to import from {name}: {'its' if same == 1 else 'all'} {same:,} event{'s' if same != 1 else ''}"
                f" {'is' if same == 1 else 'are'} in the chronology as {'it is' if same == 1 else 'they are'}")
        return text + (f"; {plan.kept_text()}." if plan.kept else ".")
    n = new + changed
    text = f"{n:,} event{'s' if n != 1 else ''} can be imported from {name}"
    if changed:
        text += (f": {new:,} new, {changed:,} already in the chronology that the file changes (the change log keeps "
                 "the old values)")
    if same:
        text += f"; {same:,} more {'is' if same == 1 else 'are'} in it as {'it is' if same == 1 else 'they are'} " \
                "(left unchanged)"
    if plan.kept:
        text += f"; {plan.kept_text()}"
    return text + "."


def import_dialog(parent, store: Store) -> bool:
    """Choose a chronoapp CSV or TimelineJS JSON file, review its problems, import; True if events changed."""
    return _choose_and_run(parent, store, ImportDialog, "Import events", IMPORT_FILTER, "Cannot import")


def _choose_and_run(parent, store: Store, dialog_class, caption: str, file_filter: str, failure: str) -> bool:
    """Ask for a file, run the dialog on it; an unusable file is reported under `failure`."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, str(store.path.parent), file_filter)
    if not path:
        return False
    dialog = dialog_class(parent, store, path)
    dialog.exec()
    if dialog.changed:  # written from the worker's connection, but this window's work: written back if need be
        store.wrote = True
    if dialog.error:
        QMessageBox.warning(parent, failure, dialog.error)
    return dialog.changed


class MergeDialog(_WorkDialog):
    """Shows what merging another chronology would do (a dry run, in the worker too), then merges."""

    def __init__(self, parent, store: Store, path: str):
        super().__init__(parent, store, "merge")
        self.setWindowTitle(f"Merge {Path(path).name}")
        self.path = path
        self.summaryLabel = _named(QLabel(f"Checking what merging {Path(path).name} into {store.path.name} "
                                          "would do\u2026"), "mergeSummaryLabel", "Merge summary")
        self.summaryLabel.setWordWrap(True)
        self.flaggedList = _named(QListWidget(), "mergeFlaggedList", "Possible duplicates to review")
        self.flaggedList.setWordWrap(True)
        self.flaggedLabel = QLabel(f"These will be added with the tag \u201c{DUPLICATE_TAG}\u201d for you to review:")
        self.mergeButton = _named(self.buttons.addButton("&Merge", QDialogButtonBox.ButtonRole.AcceptRole),
                                  "mergeButton", "Merge the other chronology into this one")
        self.closeButton = _named(self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel), "mergeCloseButton",
                                  "Close")
        self.mergeButton.setEnabled(False)
        self.mergeButton.clicked.connect(self.run_merge)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self.flaggedLabel)
        layout.addWidget(self.flaggedList, 1)
        layout.addStretch()  # keeps the summary at the top while the list is hidden
        layout.addWidget(self.progressBar)
        layout.addWidget(self.buttons)
        self._show_flagged([])
        self.run_job(_merge, store.path, store.readonly, path, True, done=self._previewed, failed=self._cannot)

    def _show_flagged(self, texts: list[str]) -> None:
        self.flaggedList.clear()
        self.flaggedList.addItems(texts)
        for w in (self.flaggedLabel, self.flaggedList):
            w.setVisible(bool(texts))

    def _previewed(self, preview: MergeReport) -> None:
        self.summaryLabel.setText(
            f"Merging {Path(self.path).name} into {self.store.path.name} will give: {preview.summary()}. Where an "
            "event is in both files the newer version wins and the other is kept in its history; sources are "
            "carried over.")
        self._show_flagged(preview.flagged_text)
        self.mergeButton.setEnabled(bool(preview.added or preview.updated or preview.flagged))

    def run_merge(self) -> None:
        self.summaryLabel.setText(f"Merging {Path(self.path).name}\u2026")
        self.run_job(_merge, self.store.path, self.store.readonly, self.path, False, done=self._merged,
                     failed=lambda message: self.summaryLabel.setText(f"Nothing was merged: {message}"))

    def _merged(self, report: MergeReport) -> None:
        self.changed = bool(report.added or report.updated or report.flagged)
        self.summaryLabel.setText(f"Done: {report.summary()}.")
        self.mergeButton.setEnabled(False)
        self.closeButton.setText("Close")
        _status(self.parent(), f"Merge: {report.summary()}")


def merge_dialog(parent, store: Store) -> bool:
    """Choose another chronology file, preview the merge, merge; True if events changed."""
    return _choose_and_run(parent, store, MergeDialog, "Merge another chronology", CHRONOLOGY_FILTER, "Cannot merge")
