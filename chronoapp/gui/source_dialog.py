"""Correct a stored article's outlet, link and title, or delete it (File menu on the chronology's Source filter).

Deleting says first what happens to the article's events: those another article also reports keep that
other source; candidates only from it go with it; confirmed or rejected ones only from it are named in the
question, so nothing the editor confirmed goes without being asked.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout)

from chronoapp.core.store import Store, StoreError


class SourceDialog(QDialog):
    def __init__(self, store: Store, source_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.setWindowTitle("Source")
        self.store, self.source_id = store, source_id
        self.deleted = False
        source = store.get_source(source_id)
        self.outletEdit = QLineEdit(source.outlet, objectName="sourceOutletEdit")
        self.urlEdit = QLineEdit(source.url, objectName="sourceUrlEdit")
        self.titleEdit = QLineEdit(source.title, objectName="sourceTitleEdit")
        form = QFormLayout()
        for label, edit in (("&Outlet", self.outletEdit), ("&Link", self.urlEdit), ("&Title", self.titleEdit)):
            edit.setAccessibleName(label.replace("&", ""))
            form.addRow(label, edit)
        form.addRow("Published", QLabel(source.published or "unknown"))
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
            lines.append(f"{_events(plan['shared'])} also reported by another article keep that other source.")
        if plan["candidates"]:
            lines.append(f"{_events(plan['candidates'])} not yet reviewed, found only in this article, are deleted.")
        if plan["decided"]:
            lines.append(f"{_events(plan['decided'])} you confirmed or rejected come only from this article and "
                         "are deleted too.")
        answer = QMessageBox.question(
            self, "Delete source", "Delete this article and its quotes?\n\n" + "\n".join(lines or ["No event uses it."])
            + "\n\nThis cannot be undone (File \u2192 Save a copy as\u2026 keeps a copy first).",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete_source(self.source_id, delete_decided=True)
        except StoreError as exc:
            self.messageLabel.setText(str(exc))
            return
        self.deleted = True
        self.accept()


def _events(ids: list[str]) -> str:
    return f"{len(ids):,} event{'s' if len(ids) != 1 else ''}"
