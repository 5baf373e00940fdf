"""First-run welcome page, the shipped sample article, and the Help → About / Shortcuts dialogs."""
from __future__ import annotations

import datetime as dt
import html
import json
import platform
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, Signal, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from chronoapp import __version__
from chronoapp.core.resources import resource_path
from chronoapp.gui.flow import screen_room
from chronoapp.gui.keys import native_keys


@dataclass(frozen=True)
class SampleArticle:
    text: str
    outlet: str
    url: str
    title: str
    published: dt.date


def load_sample() -> SampleArticle:
    """The short fictional article shipped in resources/sample/, so a new user can try extraction."""
    meta = json.loads(resource_path("sample", "sample.json").read_text(encoding="utf-8"))
    text = resource_path("sample", meta["text"]).read_text(encoding="utf-8")
    return SampleArticle(text=text.strip(), outlet=meta["outlet"], url=meta["url"], title=meta["title"],
                         published=dt.date.fromisoformat(meta["published"]))


def app_icon() -> QIcon:
    """The application icon in every shipped size (window, taskbar, dialogs)."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"chronoapp-{size}.png")), QSize(size, size))
    return icon


_STEPS = (
    ("Paste an article",
     "Paste a news story and give its publication date, so that “on Friday” or “last week” "
     "can be turned into real dates."),
    ("Review what was found",
     "chronoapp proposes every dated event with the sentence it came from. Confirm, correct or "
     "reject each one in a form."),
    ("Build your chronology",
     "Confirmed events form a sourced chronology you can filter and export to CSV, Markdown, "
     "TimelineJS or ACLED-style CSV."),
)


class WelcomeView(QWidget):
    """Shown when there is no chronology yet: explains the workflow and offers three ways in."""

    sampleRequested = Signal()
    newRequested = Signal()
    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeView")
        self.setAccessibleName("Welcome")

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel("Welcome to chronoapp")
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)

        intro = QLabel("Turn news articles into a sourced, dated chronology of a conflict — "
                       "every event keeps the sentence it came from.")
        intro.setWordWrap(True)

        steps = []
        for n, (head, body) in enumerate(_STEPS, 1):
            step = QLabel(f"<b>{n}. {head}</b><br>{body}")
            step.setObjectName(f"welcomeStep{n}")
            step.setWordWrap(True)
            steps.append(step)

        self.try_sample_button = self._button(
            "Try a sample article", "trySampleButton", self.sampleRequested,
            "Load a short sample article and see what chronoapp finds in it")
        self.try_sample_button.setDefault(True)
        self.new_button = self._button("New chronology…", "newChronologyButton", self.newRequested,
                                       "Create an empty chronology file")
        self.open_button = self._button("Open…", "openChronologyButton", self.openRequested,
                                        "Open an existing chronology file")

        column = QVBoxLayout()
        column.addWidget(logo)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(8)
        for step in steps:
            column.addWidget(step)
        column.addSpacing(8)
        for button in (self.try_sample_button, self.new_button, self.open_button):
            column.addWidget(button)
        panel = QWidget()
        panel.setLayout(column)
        panel.setFixedWidth(560)

        # Stretches rather than an alignment flag: aligned widgets lose height-for-width, which
        # would clip the wrapped labels.
        content = QWidget()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        inner = QVBoxLayout(content)
        inner.addStretch(1)
        inner.addLayout(row)
        inner.addStretch(2)
        # a short window (or a large system font) scrolls the page instead of cutting its lines in half
        scroll = QScrollArea()
        scroll.setObjectName("welcomeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _button(self, text: str, name: str, signal, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.setMinimumHeight(36)
        button.clicked.connect(signal)
        return button


def show_about(parent: QWidget | None, data_location: Path) -> QMessageBox:
    """Help → About: version, licence, where the data lives, Qt/Python versions. Non-blocking."""
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle("About chronoapp")
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<h3>chronoapp {__version__}</h3>"
                "<p>A chronology builder for journalists covering armed conflicts.</p>")
    box.setInformativeText(
        f"<p>Licence: MIT</p><p>Data location:<br><code>{html.escape(str(data_location))}</code></p>"
        f"<p>Qt {qVersion()} · PySide6 {pyside_version} · Python {platform.python_version()}</p>")
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box


def show_shortcuts(parent: QWidget | None, shortcuts: list[tuple[str, str]]) -> QDialog:
    """Help → Keyboard shortcuts: a two-column table of (action, keys). Non-blocking."""
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle("Keyboard shortcuts")
    table = QTableWidget(len(shortcuts), 2, dialog)
    table.setObjectName("shortcutsTable")
    table.setAccessibleName("Keyboard shortcuts")
    table.setHorizontalHeaderLabels(["Action", "Shortcut"])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for row, (action, keys) in enumerate(shortcuts):
        table.setItem(row, 0, QTableWidgetItem(action))
        table.setItem(row, 1, QTableWidgetItem(native_keys(keys)))
    table.setWordWrap(False)
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    # no larger than the screen (at 200% a 1280×720 laptop is 640×360): the table scrolls
    dialog.resize(QSize(table.columnWidth(0) + table.columnWidth(1) + 70, min(700, rows + 110)).boundedTo(
        screen_room(parent or dialog)))
    dialog.open()
    return dialog
