"""An editor on deadline reviews by keyboard only: each key lands where the editor expects, on the event the form
shows, and what was typed is what is saved."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

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
    """A key as the editor presses it: to whatever has the focus, or to an open list of suggestions, which takes
    the keys as the window system sends them."""
    qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget(), key, modifier)


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
    assert review.eventForm.headlineEdit.text() == "Martial law declared on Mindanao"
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
    assert "not a number" in review.eventForm.validationLabel.text()
    assert QApplication.focusWidget() is review.eventForm.fatalitiesEdit
    press(qtbot, Qt.Key.Key_I, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "40")
    assert review.eventForm.fatalitiesEdit.text() == "40"
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert rows(chronology_path, "SELECT fatalities, status FROM event WHERE id = ?", [event_id]) == [(40, "confirmed")]


def in_dialog(qtbot, name: str, steps) -> list:
    """Run steps(dialog) once the modal dialog of that objectName is open and active (a button's Alt+letter opens
    it after Qt's 100 ms press animation); then make sure it is closed. Returns what steps returned, in a list."""
    done = []

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != name or not dialog.isActiveWindow():  # (keys go to its focus)
            QTimer.singleShot(20, look)
            return
        try:
            done.append(steps(dialog))
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(20, look)
    return done


def test_adding_as_a_source_picks_the_event_with_the_arrows_from_the_search_and_shows_whole_rows(
        qtbot, window, chronology_path):
    """A second report retells the clashes of 23 May. Alt+X: the list of events of that day opened with the focus
    in its search field, where Down did nothing: choosing the second event took Tab first. Its rows ran off the
    right edge (the place at their end hidden), and 'overlap this one' did not say which one."""
    martial, clashes = _chronology(chronology_path,
                                   ("President Rodrigo Duterte declared martial law on the southern island of Mindanao "
                                    "after militants rampaged through the city", "confirmed", "Philippine President"),
                                   ("Two soldiers and a police officer were killed in clashes with militants who "
                                    "rampaged through the city", "confirmed", "Two soldiers"))
    with Store(chronology_path) as store:
        for event_id in (martial, clashes):
            event = store.get_event(event_id)
            event.location = "Marawi"
            store.save_event(event)
    w = window()
    review = extract(qtbot, w, "MARAWI, June 9 (DMS) - Fighting in the city started on May 23, the army said.",
                     "9 June 2017")
    item = review.current_item()
    candidate = item.event
    seen = in_dialog(qtbot, "existingEventDialog", lambda dialog: (
        dialog.findChild(QLabel, "existingEventHint").text(),
        [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())],
        dialog.list.horizontalScrollBar().maximum(),
        press(qtbot, Qt.Key.Key_Down), press(qtbot, Qt.Key.Key_Return)))
    press(qtbot, Qt.Key.Key_X, ALT)
    qtbot.waitUntil(lambda: item.state == "merged")
    hint, listed, hidden_width = seen[0][:3]
    assert "23 May 2017" in hint and candidate.headline in hint
    assert sorted(listed) == sorted([martial, clashes]) and hidden_width == 0
    assert rows(chronology_path, "SELECT event_id FROM evidence WHERE start = ?",
                [candidate.evidence[0].start]) == [(listed[1],)]


def test_reject_and_skip_say_what_they_did_in_the_status_bar(qtbot, window, chronology_path):
    """After Ctrl+Return, Alt+R: the status bar went on saying 'Saved: ...' of the event accepted before, so the
    editor could not tell whether the reject had been taken, or what had been saved."""
    w = window()
    review = extract(qtbot, w)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    rejected, skipped = review.current_item().event, review.model.items[2].event
    press(qtbot, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: review.current_item().event is not rejected)  # (after Qt's press animation)
    said = w.statusBar().currentMessage()
    assert said.startswith("Rejected: ") and rejected.headline in said and "Ctrl+Z" in said
    assert review.current_item().event is skipped
    press(qtbot, Qt.Key.Key_S, ALT)  # the last undecided: it stays selected
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() != said)
    said = w.statusBar().currentMessage()
    assert said.startswith("Skipped: ") and skipped.headline in said
    assert rows(chronology_path, "SELECT headline, status FROM event ORDER BY status") == [
        (review.model.items[0].event.headline, "confirmed"), (rejected.headline, "rejected")]


def test_the_next_candidates_stay_in_sight_as_the_review_goes_down_a_long_list(qtbot, window):
    """A long roundup: accepting one after another, the current candidate sat on the bottom edge of the list, the
    next one out of sight or cut in half, so the editor could not see what came next."""
    towns = ["Butig", "Marawi", "Iligan", "Malabang", "Piagapo", "Saguiaran", "Balindong", "Marantao", "Ditsaan",
             "Bubong", "Kapai", "Tamparan", "Poona", "Bayang", "Lumba", "Masiu", "Tugaya", "Madalum", "Bacolod",
             "Ganassi", "Pualas", "Binidayan", "Wao", "Kauswagan", "Pantar"]
    text = " ".join(f"On {day} May 2017 the army shelled {town}, killing {day} people." for day, town in
                    enumerate(towns, start=1))
    w = window()
    review = extract(qtbot, w, text, "31 May 2017")
    view = review.candidateList
    shown = view.viewport().rect()
    assert len(review.model.items) == len(towns) > shown.height() // view.visualRect(view.model().index(0, 0)).height()
    for _ in range(len(towns) - 3):
        press(qtbot, Qt.Key.Key_Return, CTRL)
        row = view.currentIndex().row()
        for near in (row - 1, row, row + 1, row + 2):
            assert shown.contains(view.visualRect(view.model().index(near, 0))), (row, near)


def test_a_refused_date_is_told_in_one_sentence_with_its_question_mark(qtbot, window, chronology_path):
    """'14 Octber 2023' typed: the form said 'did you mean ‘14 October 2023’?.', a full stop after the question."""
    w = window()
    review = extract(qtbot, w)
    press(qtbot, Qt.Key.Key_D, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "22 Mayy 2017")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert review.eventForm.validationLabel.text().endswith("did you mean \u201822 May 2017\u2019?")
    press(qtbot, Qt.Key.Key_D, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "22 May 2017")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert rows(chronology_path, "SELECT date_start FROM event") == [("2017-05-22",)]


def test_ctrl_return_with_suggestions_open_does_not_save_a_fragment_of_a_name_unsaid(qtbot, window, chronology_path):
    """'Phil' typed in Actors, the list offering Philippine Army: Ctrl+Return saved 'Phil', an actor of its own in
    the chronology and its filters. Now it is said, nothing saved, the list left open: Down and Return take the name
    offered. A name typed in full is saved at once; a new one the list still offers longer names for ('Maute'
    beside Maute group) is saved at the second Ctrl+Return. A suggestion chosen with the arrows is saved as shown."""
    [known] = _chronology(chronology_path, ("Martial law declared", "confirmed", "Philippine President"))
    with Store(chronology_path) as store:
        event = store.get_event(known)
        event.actors = ["Philippine Army", "Maute group"]
        store.save_event(event)
    ids = _chronology(chronology_path, *((f"Candidate {n}", "candidate", "The army shelled Butig") for n in range(4)))
    w = window()
    press(qtbot, Qt.Key.Key_2, CTRL)
    review = w.review
    popup = review.eventForm.actorsEdit.completer().popup()

    def actors_typed(text: str, offered: bool) -> str:
        press(qtbot, Qt.Key.Key_T, ALT)
        qtbot.keyClicks(QApplication.focusWidget(), text)
        assert popup.isVisible() == offered
        return review.current_item().event.id

    def saved(event_id):
        return rows(chronology_path, "SELECT status, actors FROM event WHERE id = ?", [event_id])[0]

    fragment = actors_typed("Phil", offered=True)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert saved(fragment) == ("candidate", "[]")
    assert popup.isVisible() and "\u201cPhil\u201d" in review.eventForm.validationLabel.text()
    assert "Philippine Army" in review.eventForm.validationLabel.text()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert saved(fragment) == ("confirmed", '["Philippine Army"]')

    chosen = actors_typed("Philippine Army; mau", offered=True)
    press(qtbot, Qt.Key.Key_Down)  # highlighted in the list, and shown in the field
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert saved(chosen) == ("confirmed", '["Philippine Army", "Maute group"]')

    in_full = actors_typed("Abu Sayyaf", offered=False)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert saved(in_full) == ("confirmed", '["Abu Sayyaf"]')

    new = actors_typed("Maute", offered=True)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert saved(new) == ("candidate", "[]") and "new actor" in review.eventForm.validationLabel.text()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert saved(new) == ("confirmed", '["Maute"]')
    assert sorted([fragment, chosen, in_full, new]) == sorted(ids)


def test_a_name_given_twice_in_a_list_is_saved_once(qtbot, window, chronology_path):
    """'Sudanese Army; militia; Sud', and the completer's Sudanese Army taken with Down and Return: the actor
    was saved twice, and counted twice in the exports."""
    known, _waiting = _chronology(chronology_path, ("Martial law declared", "confirmed", "Philippine President"),
                                  ("The army shelled Butig", "candidate", "The army shelled Butig"))
    with Store(chronology_path) as store:
        event = store.get_event(known)
        event.actors = ["Philippine Army"]
        store.save_event(event)
    w = window()
    press(qtbot, Qt.Key.Key_2, CTRL)
    event_id = w.review.current_item().event.id
    press(qtbot, Qt.Key.Key_T, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "Philippine Army; Maute group; phil")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_G, ALT)  # the tags too
    qtbot.keyClicks(QApplication.focusWidget(), "siege; civilians; Siege")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert rows(chronology_path, "SELECT actors, tags FROM event WHERE id = ?", [event_id]) == [
        ('["Philippine Army", "Maute group"]', '["siege", "civilians"]')]


def test_a_relative_date_typed_over_the_start_of_a_range_says_what_to_do(qtbot, window, chronology_path):
    """A candidate dated 22-24 May; the editor types 'last Friday' over its start, the end left in the 'to' field:
    the form said 'not a date this app understands', though the same words alone are read. It says how they read
    and what to do; with the end emptied, they are saved."""
    w = window()
    review = extract(qtbot, w)
    event_id = review.current_item().event.id
    press(qtbot, Qt.Key.Key_D, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "last Friday")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is review.eventForm.dateEndEdit
    qtbot.keyClicks(review.eventForm.dateEndEdit, "2017-05-24")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    said = review.eventForm.validationLabel.text()
    assert "not a date this app understands" not in said
    assert "19 May 2017" in said and "2017-05-19" in said and "\u2018to\u2019" in said
    review.eventForm.dateEndEdit.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert rows(chronology_path, "SELECT date_start, status FROM event WHERE id = ?", [event_id]) == [
        ("2017-05-19", "confirmed")]
