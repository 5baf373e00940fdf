"""An editor on deadline reviews by keyboard only: each key lands where the editor expects, on the event the form
shows, and what was typed is what is saved."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from chronoapp.core.dates import FuzzyDate
from chronoapp.core.model import Event, Evidence, Source
from chronoapp.core.store import Store
from gui_steps import rows

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
MARAWI = ("MANILA, May 24 (Reuters) - Philippine President Rodrigo Duterte declared martial law on Mindanao late on "
          "Tuesday after militants rampaged through Marawi. Two soldiers and a police officer were killed in the "
          "clashes on Tuesday, the army said. The army shelled Butig on Wednesday.")


def _chronology(path, *events: tuple[str, str, str]) -> list[str]:
    """A file holding events (headline, status, the phrase of MARAWI each quotes): their ids, in that order."""
    ids = []
    with Store(path) as store:
        source_id = store.add_source(Source(outlet="Wire", title="Marawi", published="2017-05-24", text=MARAWI))
        for headline, status, phrase in events:
            start = MARAWI.index(phrase)
            evidence = Evidence(source_id=source_id, quote=phrase, start=start, end=start + len(phrase))
            ids.append(store.save_event(Event(FuzzyDate("2017-05-23"), headline, status=status,
                                              evidence=[evidence])).id)
    return ids


@pytest.fixture
def window(main_window, chronology_path, qtbot):
    def make():
        w = main_window(chronology_path)
        w.resize(1280, 800)
        qtbot.waitUntil(w.isActiveWindow)
        return w
    return make


def press(qtbot, key, modifier=NONE):
    """A key as the editor presses it: to whatever has the focus."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_an_event_opened_from_the_chronology_is_the_one_the_form_shows_with_candidates_waiting(
        qtbot, window, chronology_path):
    """The file holds a candidate waiting for review (chronoapp ingest). The editor picks a confirmed event in the
    chronology and presses Return: coming to the Review page listed the waiting candidates in its place, so the
    form showed the candidate, and the actor typed next was saved on it, which was accepted unseen."""
    confirmed, waiting = _chronology(chronology_path,
                                     ("Martial law declared on Mindanao", "confirmed", "Philippine President"),
                                     ("The army shelled Butig", "candidate", "The army shelled Butig"))
    w = window()
    press(qtbot, Qt.Key.Key_3, CTRL)
    table = w.chronology.chronologyTable
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    while table.model().event_id(table.currentIndex().row()) != confirmed:
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    review = w.review
    assert w.tabs.currentWidget() is review
    assert review.headlineEdit.text() == "Martial law declared on Mindanao"
    press(qtbot, Qt.Key.Key_T, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "Maute group")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert rows(chronology_path, "SELECT id, status, actors FROM event ORDER BY headline") == [
        (confirmed, "confirmed", '["Maute group"]'), (waiting, "candidate", "[]")]
    # the waiting candidate is still offered, after the event opened
    assert [i.event.id for i in review.model.items if i.state == "pending"] == [waiting]


def extract(qtbot, w, text=MARAWI, published="24 May 2017"):
    """Ctrl+1, the article typed in, Alt+P and its date, Ctrl+Return: the Review page with its candidates."""
    press(qtbot, Qt.Key.Key_1, CTRL)
    w.article.articleEdit.setPlainText(text)  # (a paste)
    press(qtbot, Qt.Key.Key_P, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), published)
    with qtbot.waitSignal(w.article.extracted, timeout=30000):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert w.review.isAncestorOf(QApplication.focusWidget())
    return w.review


def test_alt_and_a_field_letter_selects_its_text_even_when_the_field_has_the_focus(qtbot, window, chronology_path):
    """'about forty' typed as the toll is refused and the focus stays in the field. Alt+I, the field's key, selects
    what a field holds when the focus comes from elsewhere, and the editor types over it; here it selected nothing,
    and '40' went after the words: 'about forty40', refused again."""
    w = window()
    review = extract(qtbot, w)
    event_id = review.current_item().event.id
    press(qtbot, Qt.Key.Key_I, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "about forty")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert "not a number" in review.validationLabel.text()
    assert QApplication.focusWidget() is review.fatalitiesEdit
    press(qtbot, Qt.Key.Key_I, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "40")
    assert review.fatalitiesEdit.text() == "40"
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert rows(chronology_path, "SELECT fatalities, status FROM event WHERE id = ?", [event_id]) == [(40, "confirmed")]
