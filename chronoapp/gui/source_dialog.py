"""Correct a stored article's outlet, link and title, or delete it (File menu on the chronology's Source filter).

Deleting says first what happens to the article's events: those another article also reports keep that
other source; candidates only from it go with it; confirmed or rejected ones only from it are named in the
question, so nothing the editor confirmed goes without being asked. Edit → Undo puts all of it back.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout)

from chronoapp.core.dates import DateError, display_period
from chronoapp.core.store import DeletedSource, Store, StoreError
from chronoapp.gui.keys import native_keys
from chronoapp.gui.workers import write_in_worker


class SourceDialog(QDialog):
    def __init__(self, store: Store, source_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.setWindowTitle("Source")
        self.store, self.source_id = store, source_id
        self.deleted = False
        self.backup: DeletedSource | None = None  # what Edit → Undo puts back after a delete
        source = store.get_source(source_id)
        self.outletEdit = QLineEdit(source.outlet, objectName="sourceOutletEdit")
        self.urlEdit = QLineEdit(source.url, objectName="sourceUrlEdit")
        self.titleEdit = QLineEdit(source.title, objectName="sourceTitleEdit")
        form = QFormLayout()
        for label, edit in (("&Outlet", self.outletEdit), ("&Link", self.urlEdit), ("&Title", self.titleEdit)):
            edit.setAccessibleName(label.replace("&", ""))
            form.addRow(label, edit)
        self.publishedLabel = QLabel(_published(source.published), objectName="sourcePublishedLabel")
        form.addRow("Published", self.publishedLabel)
        self.messageLabel = QLabel(objectName="sourceMessageLabel", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.deleteButton = QPushButton("&Delete source\u2026", objectName="deleteSourceButton")
        buttons.addButton(self.deleteButton, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.deleteButton.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        try:
            self.store.update_source(self.source_id, outlet=self.outletEdit.text(), url=self.urlEdit.text(),
                                     title=self.titleEdit.text())
        except StoreError as exc:
            self.messageLabel.setText(str(exc))
            return
        self.accept()

    def delete(self) -> None:
        plan = self.store.source_events(self.source_id)
        lines = []
        if plan["shared"]:
            lines.append(_events(plan["shared"], "also reported by another article {keep} that other source."))
        if plan["candidates"]:
            lines.append(_events(plan["candidates"], "not yet reviewed, found only in this article, {are} deleted."))
        if plan["decided"]:
            lines.append(_events(plan["decided"], "you confirmed or rejected {come} only from this article and {are} "
                                                  "deleted too."))
        answer = QMessageBox.question(
            self, "Delete source", "Delete this article and its quotes?\n\n" + "\n".join(lines or ["No event uses it."])
            + native_keys("\n\nEdit \u2192 Undo (Ctrl+Z) brings them back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, result = delete_source(self, self.store, self.source_id)
        if not ok:
            self.messageLabel.setText(result)
            return
        self.deleted, self.backup = True, result
        self.accept()


# Deleting or restoring an article is written from a worker's own connection, while a busy dialog shows:
# 735 events of a file of 100,000 took 2 s, with the window frozen.
def delete_source(parent, store: Store, source_id: str) -> tuple[bool, DeletedSource | str]:
    """Delete the source (and what goes with it); (True, what restore_source needs) or (False, why not)."""
    return write_in_worker(parent, store, "Deleting the article and its events\u2026", _delete_source, source_id)


def restore_source(parent, store: Store, backup: DeletedSource) -> tuple[bool, str]:
    """Put it back; (True, the id of the source its quotes are under now) or (False, why not)."""
    return write_in_worker(parent, store, "Putting the article and its events back\u2026", _restore_source, backup)


def _delete_source(path: str, source_id: str) -> DeletedSource:
    with Store(path, create=False) as store, store.batch():
        backup = store.source_backup(source_id)
        store.delete_source(source_id, delete_decided=True)
    return backup


def _restore_source(path: str, backup: DeletedSource) -> str:
    with Store(path, create=False) as store:
        return store.restore_source(backup)


def _events(ids: list[str], says: str) -> str:
    """'1 event … comes', '3 events … come': says names its verbs in braces, in the plural."""
    one = len(ids) == 1
    verbs = {"keep": "keeps" if one else "keep", "are": "is" if one else "are", "come": "comes" if one else "come"}
    return f"{len(ids):,} event{'' if one else 's'} " + says.format(**verbs)


def _published(value: str | None) -> str:
    """The publication date as the app writes dates ('27 January 2020')."""
    if not value:
        return "unknown"
    try:
        return display_period(value)
    except (DateError, ValueError):
        return value
