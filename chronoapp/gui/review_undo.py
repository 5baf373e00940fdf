"""The review page's undo step: the events an action (accept, reject, add as a source, remove a source) already
wrote to the file, and the item's state before and after, so Edit → Undo and Redo write them back in one
transaction."""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from chronoapp.core.model import Event
from chronoapp.core.store import StoreError
from chronoapp.gui.candidates import ReviewItem
from chronoapp.gui.chronology import keep_place
from chronoapp.gui.keys import menu_text

if TYPE_CHECKING:
    from chronoapp.gui.review import ReviewPage


class StoreCommand(QUndoCommand):
    """A review step: events already written to the store; undo puts back what was there before (and the item
    state). (The chronology table's edits are chronology._ChronologyEditCommand.)"""

    def __init__(self, page: "ReviewPage", text: str, item: ReviewItem, before: tuple,
                 saves: list[tuple[Event | None, Event | None]]):
        super().__init__(f"{text}\n{menu_text(text)}")  # text() as written; the Edit menu's Undo/Redo from the second
        self.page, self.item, self.saves = page, item, saves
        self.before = before  # (state, edits, event) of the item before the action
        self.after = (item.state, None, copy.deepcopy(item.event))
        self.first = True
        self.decision = True  # a decision (accept, reject…): redo goes on to the next candidate
        self.skip_next = False  # see chronology.keep_place

    def _set_item(self, state) -> None:
        self.item.state, self.item.edits, event = state
        self.item.event = copy.deepcopy(event)
        self.page.store_changed()

    def _note_in_file(self, undone: bool) -> None:
        """Whether the item's event is in the file after this step (undoing its first save takes it out)."""
        for before, after in self.saves:
            if (after or before).id == self.item.event.id:
                self.item.in_file = (before if undone else after) is not None

    def redo(self) -> None:
        if self.first:  # the write already happened (so that a failure could be shown before pushing)
            self.first = False
            return
        if self.skip_next:  # an undo that failed: the file still holds this step
            self.skip_next = False
            return
        try:
            with self.page.store.batch():  # all of it or, the file refusing, none: then Redo can try again
                for before, after in self.saves:
                    if after is None:  # the step deleted this event
                        self.page.store.delete_event(before.id)
                    else:
                        self.page.store.save_event(copy.deepcopy(after), action="redone")
        except StoreError as exc:
            self.page.show_validation(f"Could not redo: {exc}")
            keep_place(self.page.undo_stack, self)
            return
        self._set_item(self.after)
        self._note_in_file(undone=False)
        self.page.show_decided(self.item, stay=not self.decision)

    def undo(self) -> None:
        if self.skip_next:  # a redo that failed: the file never got this step back
            self.skip_next = False
            return
        try:
            with self.page.store.batch():  # all of it or, the file refusing, none: then Ctrl+Z can try again
                for before, after in reversed(self.saves):
                    if before is None:
                        self.page.store.delete_event(after.id)
                    else:
                        self.page.store.save_event(copy.deepcopy(before), action="undone")
        except StoreError as exc:
            self.page.show_validation(f"Could not undo: {exc}")
            keep_place(self.page.undo_stack, self)
            return
        self._set_item(self.before)
        self._note_in_file(undone=True)
        self.page.show_decided(self.item, stay=True)
