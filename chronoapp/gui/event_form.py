"""The review page's event form: the fields an editor corrects (date, headline, type, actors, places, toll,
attribution, tags, notes), the Accept/Reject/Skip buttons and the tabs with each source's claims and the event's
change log, with its text read and written as one dict."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QTableWidget, QTabWidget, QVBoxLayout, QWidget,
)

from chronoapp.core.model import EVENT_TYPES
from chronoapp.gui.colors import tint
from chronoapp.gui.flow import FlowLayout
from chronoapp.gui.form_dates import PRECISION_CHOICES
from chronoapp.gui.keys import native_keys
from chronoapp.gui.labels import FieldLabel, FittedLabel
from chronoapp.gui.list_fields import LIST_HINT


class EventForm(QWidget):
    """The event form's fields and buttons, with the Sources and Change log tabs under them, laid out; its text is
    filled from and read as one dict of what the fields say (the page's 'raw' form: start, end, headline, ...).
    Reading that text as an Event and acting on the buttons are the review page's."""
    edited = Signal()  # a field's text changed (typed, or filled in)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eventForm")
        self.setAccessibleName("Event form")
        self.reasonLabel = QLabel(objectName="dateReasonLabel")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.altBox = FlowLayout(spacing=6)   # the other readings wrap in a narrow window
        self.dateStartEdit = self._edit("dateStartEdit", "Date (start)", "2017-09-01, March 2011, 14-15 Sep 2017")
        self.dateEndEdit = self._edit("dateEndEdit", "Date (end)", "empty = one date; 'open' = ongoing")
        self.precisionCombo = QComboBox(objectName="precisionCombo")
        self.precisionCombo.setAccessibleName("Date precision")
        self.precisionCombo.addItems(PRECISION_CHOICES)
        self.precisionCombo.setToolTip("How precisely the date is known; changing it widens or narrows the date")
        self.approxCheck = QCheckBox("approxi&mate (c.)", objectName="approxCheck")
        self.approxCheck.setAccessibleName("Date is approximate")
        self.approxCheck.toggled.connect(self._changed)
        self.datePreview = FittedLabel(objectName="datePreviewLabel")
        self.datePreview.setWordWrap(True)  # (a relative date's reading is told in full, not cut at the edge)
        self.datePreview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # (right under the date)
        self.dateTextEdit = self._edit("dateTextEdit", "Date as written", "the words in the article")
        self.headlineEdit = self._edit("headlineEdit", "Headline", "what happened, in a few words")
        self.descriptionEdit = self._text("descriptionEdit", "Description", 2)
        self.eventTypeCombo = QComboBox(objectName="eventTypeCombo")
        self.eventTypeCombo.setAccessibleName("Event type")
        self.eventTypeCombo.addItems(["", *EVENT_TYPES])
        self.eventTypeCombo.activated.connect(self._changed)
        self.actorsEdit = self._edit("actorsEdit", "Actors", "separate with ;  e.g. Syrian Army; ISIS")
        self.actorsEdit.setToolTip(f"Actors: {LIST_HINT}")
        self.locationEdit = self._edit("locationEdit", "Location", "town, district or country")
        self.otherPlacesEdit = self._edit("otherPlacesEdit", "Other places", "other places it names, separate with ;")
        self.otherPlacesEdit.setToolTip(f"Other places the event names, beside its location: {LIST_HINT}")
        self.admin1Edit = self._edit("admin1Edit", "Region", "province or region (ACLED's admin1)")
        self.countryEdit = self._edit("countryEdit", "Country", "country")
        self.fatalitiesEdit = self._edit("fatalitiesEdit", "Fatalities", "12, 8-23 or at least 13; empty if unknown")
        self.attributionEdit = self._edit("attributionEdit", "Attribution", "according to whom")
        self.tagsEdit = self._edit("tagsEdit", "Tags", "separate with ;  e.g. siege; civilians")
        self.tagsEdit.setToolTip(f"Tags: {LIST_HINT}")
        self.notesEdit = self._text("notesEdit", "Notes", 2)

        date_row = QGridLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.dateStartEdit, 0, 0)
        date_row.addWidget(QLabel("to"), 0, 1)
        date_row.addWidget(self.dateEndEdit, 0, 2)
        date_row.addWidget(self.precisionCombo, 1, 0)
        date_row.addWidget(self.approxCheck, 1, 2)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(label: str, widget_or_layout, buddy=None) -> None:
            lab = FieldLabel(label)
            lab.setBuddy(buddy or widget_or_layout)
            form.addRow(lab, widget_or_layout)

        row("&Date:", date_row, self.dateStartEdit)
        form.addRow("", self.datePreview)
        row("As &written:", self.dateTextEdit)
        row("Head&line:", self.headlineEdit)
        row("Descri&ption:", self.descriptionEdit)
        row("T&ype:", self.eventTypeCombo)
        row("Ac&tors:", self.actorsEdit)
        row("Lo&cation:", self.locationEdit)
        region_row = QHBoxLayout()
        region_row.setContentsMargins(0, 0, 0, 0)
        region_row.addWidget(self.admin1Edit, 1)
        country_label = FieldLabel("Country:")
        country_label.setBuddy(self.countryEdit)
        region_row.addWidget(country_label)
        region_row.addWidget(self.countryEdit, 1)
        row("Region:", region_row, self.admin1Edit)
        row("Also at:", self.otherPlacesEdit)
        row("Fatal&ities:", self.fatalitiesEdit)
        row("Attri&bution:", self.attributionEdit)
        row("Ta&gs:", self.tagsEdit)
        row("N&otes:", self.notesEdit)

        self.validationLabel = QLabel(objectName="validationLabel")
        self.validationLabel.setWordWrap(True)
        tint(self.validationLabel, "error", "color: {}; font-weight: bold;")
        self.validationLabel.hide()
        self.duplicateLabel = QLabel(objectName="duplicateHintLabel")
        self.duplicateLabel.setWordWrap(True)
        self.duplicateLabel.setAccessibleName("Possible duplicate")
        self.duplicateLabel.setStyleSheet("background: #fff4ce; color: #3b2f00; padding: 4px;")
        self.duplicateLabel.hide()

        self.acceptButton = QPushButton(native_keys("&Accept  (Ctrl+Return)"), objectName="acceptButton")
        self.acceptButton.setAccessibleName("Accept event")
        self.acceptButton.setToolTip(native_keys("Ctrl+Return (or Alt+A): saves this event as confirmed and goes to the next"))
        self.acceptAnotherButton = QPushButton("Accept + a&nother like it", objectName="acceptAnotherButton")
        self.acceptAnotherButton.setAccessibleName("Accept and add another like this")
        self.acceptAnotherButton.setToolTip(native_keys("Ctrl+Shift+Return: saves this event and starts a new one "
                                                        "with the same date, type, actors, place and source"))
        self.rejectButton = QPushButton("&Reject", objectName="rejectButton")
        self.rejectButton.setAccessibleName("Reject event")
        self.rejectButton.setToolTip("Alt+R: keeps it as rejected (never proposed again) and goes to the next")
        self.skipButton = QPushButton("&Skip", objectName="skipButton")
        self.skipButton.setAccessibleName("Skip to the next candidate")
        self.skipButton.setToolTip("Alt+S: leaves it undecided and goes to the next (Alt+Down / Alt+Up move too)")
        self.mergeButton = QPushButton("Add as source of an e&xisting event\u2026", objectName="mergeIntoButton")
        self.mergeButton.setAccessibleName("Add as a source to an existing event")
        self.mergeButton.setToolTip("Alt+X: the same event is already in the chronology; add this article as "
                                    "one more source of it, with its own claims")
        buttons = QGridLayout()
        buttons.addWidget(self.acceptButton, 0, 0)
        buttons.addWidget(self.acceptAnotherButton, 0, 1)
        buttons.addWidget(self.rejectButton, 1, 0)
        buttons.addWidget(self.skipButton, 1, 1)
        buttons.addWidget(self.mergeButton, 2, 0, 1, 2)

        self.evidenceTable = QTableWidget(0, 4, objectName="evidenceTable")
        self.evidenceTable.setAccessibleName("Sources and what each claims")
        self.evidenceTable.setHorizontalHeaderLabels(["Source", "Quote", "Fatalities", "Attribution"])
        self.evidenceTable.verticalHeader().hide()
        self.evidenceTable.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between its cells)
        header = self.evidenceTable.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 170), (2, 75), (3, 160)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.evidenceTable.setColumnWidth(column, width)
        self.evidenceTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidenceTable.setWordWrap(True)
        self.evidenceTable.setToolTip("One row per source: what each claims (toll, attribution) is kept side by "
                                      "side. Double-click a toll or attribution to correct it.")
        self.evidenceTable.itemChanged.connect(self._changed)
        self.removeSourceAction = QAction("Remove this source from the event", self.evidenceTable,
                                          objectName="removeSourceAction")
        self.removeSourceAction.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.removeSourceAction.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.evidenceTable.addAction(self.removeSourceAction)
        self.evidenceTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.evidenceTable.setToolTip(self.evidenceTable.toolTip() + native_keys(
            " Delete (or right-click) removes a source added by mistake; Ctrl+Z brings it back."))

        self.historyView = QPlainTextEdit(objectName="historyView", readOnly=True)
        self.historyView.setAccessibleName("Change log")
        self.detailTabs = QTabWidget(objectName="eventDetailTabs")
        self.detailTabs.setAccessibleName("Sources and change log")
        self.detailTabs.addTab(self.evidenceTable, "Sources and their claims")
        self.detailTabs.addTab(self.historyView, "Change log")
        self.detailTabs.setMinimumHeight(150)

        outer = QVBoxLayout(self)
        # (above the form, in a box layout: the other readings wrap into as many rows as they need, which a
        # form row, sized for one, let spill over the date fields)
        outer.addWidget(self.reasonLabel)
        outer.addLayout(self.altBox)
        outer.addLayout(form)
        outer.addWidget(self.validationLabel)
        outer.addWidget(self.duplicateLabel)
        outer.addLayout(buttons)
        outer.addWidget(self.detailTabs, 1)

    def _edit(self, name: str, accessible: str, placeholder: str = "") -> QLineEdit:
        w = QLineEdit(objectName=name, placeholderText=placeholder)
        w.setAccessibleName(accessible)
        w.textChanged.connect(self._changed)
        return w

    def _text(self, name: str, accessible: str, lines: int) -> QPlainTextEdit:
        w = QPlainTextEdit(objectName=name)
        w.setAccessibleName(accessible)
        w.setTabChangesFocus(True)
        w.setFixedHeight(w.fontMetrics().lineSpacing() * lines + 12)
        w.textChanged.connect(self._changed)
        return w

    def _changed(self, *_args) -> None:
        self.edited.emit()

    def fill(self, raw: dict) -> None:
        """Put a raw form's text in the fields (the Sources table's claims are filled by the page, which knows the
        sources)."""
        self.dateStartEdit.setText(raw["start"])
        self.dateEndEdit.setText(raw["end"])
        self.approxCheck.setChecked(raw["approximate"])
        self.dateTextEdit.setText(raw["date_text"])
        self.headlineEdit.setText(raw["headline"])
        self.descriptionEdit.setPlainText(raw["description"])
        self.eventTypeCombo.setCurrentText(raw["event_type"])
        self.actorsEdit.setText(raw["actors"])
        self.locationEdit.setText(raw["location"])
        self.otherPlacesEdit.setText(raw["other_places"])
        self.admin1Edit.setText(raw["admin1"])
        self.countryEdit.setText(raw["country"])
        self.fatalitiesEdit.setText(raw["fatalities"])
        self.attributionEdit.setText(raw["attribution"])
        self.tagsEdit.setText(raw["tags"])
        for edit in (self.dateTextEdit, self.headlineEdit, self.actorsEdit, self.locationEdit, self.otherPlacesEdit,
                     self.attributionEdit, self.tagsEdit):
            edit.setCursorPosition(0)  # a text longer than its field shows its start (setText shows its end)
        self.notesEdit.setPlainText(raw["notes"])

    def raw(self) -> dict:
        """What the fields say, as typed (the page reads it as an Event, and keeps it as an unsaved draft)."""
        evidence = []
        for r in range(self.evidenceTable.rowCount()):
            evidence.append([(self.evidenceTable.item(r, c).text() if self.evidenceTable.item(r, c) else "")
                             for c in (2, 3)])
        return dict(start=self.dateStartEdit.text(), end=self.dateEndEdit.text(),
                    approximate=self.approxCheck.isChecked(), date_text=self.dateTextEdit.text(),
                    headline=self.headlineEdit.text(), description=self.descriptionEdit.toPlainText(),
                    event_type=self.eventTypeCombo.currentText(), actors=self.actorsEdit.text(),
                    location=self.locationEdit.text(), other_places=self.otherPlacesEdit.text(),
                    admin1=self.admin1Edit.text(), country=self.countryEdit.text(), fatalities=self.fatalitiesEdit.text(),
                    attribution=self.attributionEdit.text(), tags=self.tagsEdit.text(),
                    notes=self.notesEdit.toPlainText(), evidence=evidence)
