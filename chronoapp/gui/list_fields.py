"""Fields where names are typed (actors, places, tags): a list of names read and written as text, and completers
that offer the names a chronology knows as the editor types."""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from chronoapp.gui.utf16 import python_offset

LIST_HINT = "separate with ;  (or commas, if no ; is typed)"
_SEPARATORS = str.maketrans({"\u061b": ";", "\uff1b": ";", "\u037e": ";", "\u060c": ",", "\uff0c": ",",
                             "\u3001": ","})


def split_list(text: str) -> list[str]:
    """Actors or tags as typed: separated by ';' (as the CSV writes them), or by ',' when no ';' is typed.
    The Arabic and full-width marks ('؛' '،', '；' '，') an editor types in those scripts count as the same. A name
    given twice is kept once (the second is often one the completer offered again: 'Sudanese Army; militia; Sud')."""
    text = text.translate(_SEPARATORS)
    sep = r"[;\n]" if re.search(r"[;\n]", text) else ","
    names: dict[str, str] = {}
    for name in re.split(sep, text):
        if name.strip():
            names.setdefault(name.strip().casefold(), name.strip())
    return list(names.values())


def join_list(items: list[str]) -> str:
    return "; ".join(items)


class ClosingCompleter(QCompleter):
    """A QCompleter whose suggestions close when the focus leaves their field for another (a shortcut such as
    Alt+C, Ctrl+Return): QCompleter keeps them open then, and an open list takes the keys for its own field
    (in the form, 'Qusair' typed after Alt+C went into Actors)."""

    def eventFilter(self, obj, event) -> bool:
        if (obj is self.widget() and event.type() == QEvent.Type.FocusOut
                and event.reason() != Qt.FocusReason.PopupFocusReason and self.popup().isVisible()):
            self.popup().hide()
        return super().eventFilter(obj, event)


class ListCompleter(ClosingCompleter):
    """Completes the name being typed in a list field ('Hezbollah; Syr' offers Syrian Army), keeping the names
    before it. Names end as the field is read: split_list's ';' (or ',' when no ';' is typed), or `separators`
    (PLACE_SEP for the location, where a comma stays part of 'Uqairabat, Hama')."""

    def __init__(self, edit: QLineEdit, separators: re.Pattern | None = None):
        super().__init__(QStringListModel(edit), edit)
        self.separators = separators
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _separator(self, text: str) -> re.Pattern | str:
        return self.separators or (r"[;\n]" if re.search(r"[;\n]", text.translate(_SEPARATORS)) else ",")

    def _cut(self, text: str) -> int:
        """Where the name being typed starts."""
        ends = [m.end() for m in re.finditer(self._separator(text), text.translate(_SEPARATORS))]
        return ends[-1] if ends else 0

    def unfinished_name(self) -> str | None:
        """The name the cursor is in while its suggestions are open, when it is none of the known names ('Phil'
        with Philippine Army offered); None otherwise. (A suggestion chosen with the arrows is in the text already.)"""
        edit = self.widget()
        if not self.popup().isVisible():
            return None
        text, read = edit.text(), edit.text().translate(_SEPARATORS)  # (the same length: one mark for one)
        cursor = python_offset(text, edit.selectionEnd() if edit.hasSelectedText() else edit.cursorPosition())
        start = self._cut(text[:cursor])
        after = re.compile(self._separator(text)).search(read, start)
        name = text[start:after.start() if after else len(text)].strip()
        known = {n.casefold() for n in self.model().stringList()}
        return name if name and name.casefold() not in known else None

    def offered(self, most: int = 3) -> list[str]:
        """The first names the open list offers."""
        return [self.completionModel().index(row, 0).data() for row in range(min(most, self.completionCount()))]

    def splitPath(self, path: str) -> list[str]:
        return [path[self._cut(path):].lstrip()]

    def pathFromIndex(self, index) -> str:
        text = self.widget().text()
        cut = self._cut(text)
        before = text[:cut].rstrip()
        return f"{before} {super().pathFromIndex(index)}" if before else super().pathFromIndex(index)
