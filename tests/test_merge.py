"""Merging a colleague's chronology file: newer wins, history keeps the older version, look-alikes are flagged."""
from __future__ import annotations

import pytest

from chronoapp.cli import main
from chronoapp.core.dates import FuzzyDate
from chronoapp.core.merge import DUPLICATE_TAG, merge_file
from chronoapp.core.model import Event, Evidence, Source
from chronoapp.core.store import EventQuery, Store, StoreError
from chronology_fixture import REUTERS, STAMP, build

LATER = "2026-03-01T00:00:00+00:00"
EARLIER = "2025-12-01T00:00:00+00:00"
BBC = Source(id="src-bbc", outlet="BBC", title="Uqairabat falls", url="https://www.bbc.co.uk/news/uqairabat",
             published="2017-09-02", text="The army took Uqairabat, killing 14.", retrieved_at=STAMP)


@pytest.fixture
def ours(tmp_path):
    s = build(tmp_path / "ours.sqlite")
    yield s
    s.close()


def colleague(tmp_path) -> Store:
    """The same fixture, then edited separately: one event newer, one older, new events."""
    theirs = build(tmp_path / "theirs.sqlite")
    theirs.add_source(BBC)
    day = theirs.get_event("ev-01-day")
    day.fatalities = 14
    day.evidence.append(Evidence(id="evd-bbc", source_id=BBC.id, quote="The army took Uqairabat", fatalities=14))
    theirs.save_event(day)
    rng = theirs.get_event("ev-04-range")
    rng.headline = "Astana talks (their older wording)"
    theirs.save_event(rng)
    theirs.save_event(Event(id="new-1", date=FuzzyDate("2017-09"), headline="Army takes Uqairabat from ISIS",
                            event_type="battle", location="uqairabat", status="confirmed",
                            evidence=[Evidence(id="evd-new-1", source_id=BBC.id, quote="The army took Uqairabat")]))
    theirs.save_event(Event(id="new-2", date=FuzzyDate("2019-03-23"), headline="Baghuz falls", event_type="battle",
                            location="Baghuz", status="confirmed"))
    theirs.save_event(Event(id="new-3", date=FuzzyDate("2017-09-02"), headline="Army ousts ISIS from Uqairabat",
                            event_type="battle", location="Hama", status="confirmed"))  # same words, other place
    for event_id, when in (("ev-01-day", LATER), ("ev-04-range", EARLIER)):
        theirs.db.execute("UPDATE event SET updated_at = ? WHERE id = ?", [when, event_id])
    theirs.db.conn.commit()
    return theirs


def test_merge_newer_wins_older_kept_in_history_lookalikes_flagged(ours, tmp_path):
    colleague(tmp_path).close()
    report = merge_file(ours, tmp_path / "theirs.sqlite")
    assert sorted(report.added) == ["new-2", "new-3"]
    assert report.updated == ["ev-01-day"]
    assert report.flagged == [("new-1", "ev-01-day")]
    assert "ev-04-range" in report.unchanged and len(report.unchanged) == 9
    assert report.summary() == "2 added, 1 updated, 9 unchanged, 1 flagged as possible duplicates"

    day = ours.get_event("ev-01-day")  # theirs was newer: their toll, and every source of both
    assert day.fatalities == 14 and day.updated_at == LATER
    assert {ev.id for ev in day.evidence} == {"evd-01a", "evd-01b", "evd-bbc"}
    assert ours.get_source("src-bbc").outlet == "BBC"
    assert ours.history("ev-01-day")[-1]["changes"]["fatalities"] == [13, 14]

    rng = ours.get_event("ev-04-range")  # ours was newer: kept, their wording in the history
    assert rng.headline == "Astana talks agree de-escalation zones"
    last = ours.history("ev-04-range")[-1]
    assert last["changes"]["headline"] == ["Astana talks (their older wording)", "Astana talks agree de-escalation zones"]

    twin = ours.get_event("new-1")  # added, not merged into ev-01-day
    assert DUPLICATE_TAG in twin.tags and "ev-01-day" in twin.notes
    assert ours.get_event("ev-01-day").headline == "Syrian Army ousts ISIS from Uqairabat"
    assert [e.id for e in ours.query(EventQuery(tag=DUPLICATE_TAG))] == ["new-1"]
    assert DUPLICATE_TAG not in ours.get_event("new-3").tags


def test_merging_again_changes_nothing(ours, tmp_path):
    colleague(tmp_path).close()
    merge_file(ours, tmp_path / "theirs.sqlite")
    count, history = ours.count(), ours.db.execute("SELECT count(*) FROM event_history").fetchone()[0]
    again = merge_file(ours, tmp_path / "theirs.sqlite")
    assert (again.added, again.updated, again.flagged) == ([], [], []) and ours.count() == count
    assert ours.db.execute("SELECT count(*) FROM event_history").fetchone()[0] == history


def test_dry_run_reports_without_changing_the_file(ours, tmp_path):
    colleague(tmp_path).close()
    before = [(e.id, e.updated_at, e.fatalities) for e in ours.query()]
    report = merge_file(ours, tmp_path / "theirs.sqlite", dry_run=True)
    assert report.updated == ["ev-01-day"] and len(report.added) == 2
    assert [(e.id, e.updated_at, e.fatalities) for e in ours.query()] == before
    assert ours.get_source("src-bbc") is None



def test_merge_reports_progress_over_the_other_files_events(ours, tmp_path, monkeypatch):
    import chronoapp.core.merge

    monkeypatch.setattr(chronoapp.core.merge, "PROGRESS_EVERY", 5)
    colleague(tmp_path).close()
    calls = []
    report = merge_file(ours, tmp_path / "theirs.sqlite", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 13), (5, 13), (10, 13), (13, 13)]
    assert len(report.added) + len(report.updated) + len(report.unchanged) + len(report.flagged) == 13

def test_merge_leaves_the_other_file_untouched(ours, tmp_path):
    theirs = colleague(tmp_path)
    rows = [(e.id, e.updated_at) for e in theirs.query()]
    theirs.close()
    merge_file(ours, tmp_path / "theirs.sqlite")
    with Store(tmp_path / "theirs.sqlite", readonly=True) as again:
        assert [(e.id, e.updated_at) for e in again.query()] == rows


def test_merge_refuses_itself_and_non_chronologies(ours, tmp_path):
    with pytest.raises(StoreError, match="into itself"):
        merge_file(ours, ours.path)
    junk = tmp_path / "notes.txt"
    junk.write_text("hello")
    with pytest.raises(StoreError, match="not a chronology"):
        merge_file(ours, junk)
    with pytest.raises(StoreError, match="does not exist"):
        merge_file(ours, tmp_path / "missing.sqlite")


def test_merge_sources_with_the_same_text_are_not_duplicated(ours, tmp_path):
    with Store(tmp_path / "other.sqlite") as other:
        same = Source(**{**REUTERS.__dict__, "id": "another-id-same-article"})
        other.add_source(same)
        other.save_event(Event(date=FuzzyDate("2020"), headline="Later", evidence=[Evidence(source_id=same.id)]))
    merge_file(ours, tmp_path / "other.sqlite")
    assert len(ours.sources()) == 3
    (later,) = [e for e in ours.query(with_evidence=True) if e.headline == "Later"]
    assert later.evidence[0].source_id == REUTERS.id


def test_cli_merge(ours, tmp_path, capsys):
    colleague(tmp_path).close()
    db = str(ours.path)
    ours.close()
    assert main(["merge", db, str(tmp_path / "theirs.sqlite")]) == 0
    out = capsys.readouterr().out
    assert "possible duplicate: new-1" in out and out.strip().endswith("1 flagged as possible duplicates")
    assert main(["merge", db, str(tmp_path / "nope.sqlite")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_merging_the_file_a_csv_came_from_changes_nothing(ours, tmp_path):
    """Colleague B imported A's CSV export; merging A's file later must not double the sources."""
    from chronoapp.core.export import export_to_file, import_file

    export_to_file(ours, EventQuery(), "csv", tmp_path / "a.csv")
    with Store(tmp_path / "b.sqlite") as b:
        import_file(b, tmp_path / "a.csv")
        report = merge_file(b, ours.path)
        assert (report.added, report.updated, report.flagged) == ([], [], [])
        assert len(b.sources()) == 3
        assert b.get_source(b.get_event("ev-01-day").evidence[0].source_id).text == REUTERS.text  # text filled in


def test_a_file_in_an_older_format_is_merged_from_an_upgraded_copy(ours, tmp_path):
    theirs = colleague(tmp_path)
    theirs.db.execute("PRAGMA user_version = 1")  # as if written by an older chronoapp
    theirs.close()
    before = (tmp_path / "theirs.sqlite").read_bytes()
    report = merge_file(ours, tmp_path / "theirs.sqlite")
    assert report.updated == ["ev-01-day"] and len(report.added) == 2
    assert (tmp_path / "theirs.sqlite").read_bytes() == before  # the colleague's file is not upgraded in place


def test_merging_into_a_read_only_chronology_is_refused(ours, tmp_path):
    colleague(tmp_path).close()
    with Store(ours.path, readonly=True) as readonly, pytest.raises(StoreError, match="read-only"):
        merge_file(readonly, tmp_path / "theirs.sqlite")


def test_likely_duplicates_are_other_reports_of_the_same_day_and_place(tmp_path):
    from chronoapp.core.merge import likely_duplicates

    with Store(tmp_path / "c.sqlite") as s:
        strike = s.save_event(Event(FuzzyDate("2019-07-22"), "An air strike killed 13 civilians in Maarat al-Numan",
                                    event_type="explosion/remote violence", location="Maarat al-Numan"))
        s.save_event(Event(FuzzyDate("2019-07-22"), "Rebels shelled Aleppo", event_type="explosion/remote violence",
                           location="Aleppo"))
        s.save_event(Event(FuzzyDate("2019"), "A year of air strikes on Maarat al-Numan",
                           event_type="explosion/remote violence", location="Maarat al-Numan"))
        s.save_event(Event(FuzzyDate("2019-07-25"), "Another strike in Maarat al-Numan",
                           event_type="explosion/remote violence", location="Maarat al-Numan"))
        other = Event(FuzzyDate("2019-07-22"), "Warplanes struck a market in Ma\u02bcarrat al-Nu\u02bfman",
                      event_type="explosion/remote violence", location="maarat al-numan")
        assert [e.id for e in likely_duplicates(s, other)] == [strike.id]
        assert likely_duplicates(s, strike) == []  # not itself; nothing else that day and place
        assert likely_duplicates(s, Event(FuzzyDate("2019"), "Strikes", location="Maarat al-Numan")) == []


def test_a_colleagues_event_this_version_refuses_stops_the_merge_with_the_reason(tmp_path):
    """A colleague's file held a toll typed with a slip of the finger (twenty billion, accepted by older versions):
    the merge stopped with a traceback (a crash dialog in the window) instead of saying which figure to correct."""
    import sqlite3

    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.merge import merge_file
    from chronoapp.core.model import Event
    from chronoapp.core.store import Store, StoreError

    with Store(tmp_path / "colleague.sqlite") as other:
        other.save_event(Event(FuzzyDate("2017-09-01"), "Strike", fatalities=20, status="confirmed"))
    conn = sqlite3.connect(tmp_path / "colleague.sqlite")
    conn.execute("UPDATE event SET fatalities = 20000000000")
    conn.commit()
    conn.close()
    with Store(tmp_path / "mine.sqlite") as mine:
        with pytest.raises(StoreError, match="nothing was merged.*20,000,000,000"):
            merge_file(mine, tmp_path / "colleague.sqlite")
        assert mine.count() == 0


def test_one_shelling_placed_at_the_camp_by_one_outlet_and_at_the_town_by_another_is_a_likely_duplicate(tmp_path):
    """Sudan Monitor places the shelling at 'Abu Shouk', Horn Wire at 'El Fasher' with 'the Abu Shouk camp' named
    too; one outlet's air strike is the engine's 'battle', the other's 'remote violence'. Only the same location
    and the same type counted, so neither was pointed out. Two strikes in other towns still are not."""
    from chronoapp.core.merge import likely_duplicates

    with Store(tmp_path / "c.sqlite") as s:
        shelling = s.save_event(Event(FuzzyDate("2025-09-15"), "RSF shells Abu Shouk camp, 27 killed",
                                      event_type="explosion/remote violence", location="Abu Shouk"))
        strike = s.save_event(Event(FuzzyDate("2025-09-14"), "The army said its aircraft struck RSF positions",
                                    event_type="battle", location="Kutum"))
        s.save_event(Event(FuzzyDate("2025-09-15"), "Drone hits Tawila market",
                           event_type="explosion/remote violence", location="Tawila", other_places=["Abu Shouk"]))
        s.save_event(Event(FuzzyDate("2025-09-14"), "Burhan visits Kutum", event_type="statement", location="Kutum"))
        camp = Event(FuzzyDate("2025-09-15"), "Paramilitaries shelled the camp for displaced people",
                     event_type="explosion/remote violence", location="El Fasher",
                     other_places=["Abu Shouk displacement camp"])
        market = Event(FuzzyDate("2025-09-14"), "An air strike hit the livestock market",
                       event_type="explosion/remote violence", location="Kutum")
        assert [e.id for e in likely_duplicates(s, camp)] == [shelling.id]
        assert [e.id for e in likely_duplicates(s, market)] == [strike.id]  # not the visit: no violence
        elsewhere = Event(FuzzyDate("2025-09-15"), "Shelling of Zamzam", event_type="explosion/remote violence",
                          location="Zamzam camp", other_places=["El Fasher"])
        assert likely_duplicates(s, elsewhere) == []
