import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from chronoapp import __version__
from chronoapp.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "war.sqlite")
    assert run(capsys, "init", path)[0] == 0
    return path


def test_init_creates_an_empty_chronology(tmp_path, capsys):
    path = tmp_path / "new.sqlite"
    code, out, _ = run(capsys, "init", str(path))
    assert code == 0 and "0 events" in out and path.exists()


def test_add_then_list_in_every_format(db, capsys):
    assert run(capsys, "add", db, "--date", "March 2011", "--headline", "Uprising begins", "--type", "context",
               "--place", "Syria")[0] == 0
    code, out, _ = run(capsys, "add", db, "--date", "2017-09-01", "--headline", "Army ousts ISIS, again",
                       "--actor", "Syrian Army", "--actor", "ISIS", "--place", "Uqairabat", "--type", "battle",
                       "--fatalities", "800")
    assert code == 0 and len(out.strip()) == 36  # the new event's uuid

    code, out, _ = run(capsys, "list", db)
    lines = out.splitlines()
    assert lines[0].startswith("March 2011") and "Uprising begins" in lines[0]
    assert lines[1].startswith("1 September 2017") and "Uqairabat" in lines[1]
    assert lines[-1] == "2 events"

    code, out, _ = run(capsys, "list", db, "--format", "json", "--actor", "isis")
    events = json.loads(out)
    assert [e["headline"] for e in events] == ["Army ousts ISIS, again"]
    assert events[0]["date_start"] == "2017-09-01" and events[0]["precision"] == "day"
    assert events[0]["actors"] == ["Syrian Army", "ISIS"] and events[0]["fatalities"] == 800

    code, out, _ = run(capsys, "list", db, "--format", "csv", "--type", "context")
    rows = out.splitlines()
    assert "date_start" in rows[0] and len(rows) == 2 and "2011-03" in rows[1]


def test_add_keeps_other_places_and_list_finds_the_event_by_any_of_them(db, capsys):
    assert run(capsys, "add", db, "--date", "2021-08-12", "--headline", "Drones strike Debre Tabor", "--place",
               "Debre Tabor", "--other-place", "Woldia", "--other-place", "Gondar; Bahir Dar")[0] == 0
    _, out, _ = run(capsys, "list", db, "--format", "json", "--place", "bahir")
    [event] = json.loads(out)
    assert (event["location"], event["other_places"]) == ("Debre Tabor", ["Woldia", "Gondar", "Bahir Dar"])


def test_list_filters_by_date_overlap_and_text(db, capsys):
    run(capsys, "add", db, "--date", "since 2015", "--headline", "Insurgency spreads")
    run(capsys, "add", db, "--date", "14-15 September 2017", "--headline", "Talks in Astana")
    run(capsys, "add", db, "--date", "2010", "--headline", "Before the war")
    _, out, _ = run(capsys, "list", db, "--from", "2017-09-15", "--to", "2017-09", "--format", "json")
    assert {e["headline"] for e in json.loads(out)} == {"Insurgency spreads", "Talks in Astana"}
    _, out, _ = run(capsys, "list", db, "--text", "astana", "--format", "json")
    assert [e["date_end"] for e in json.loads(out)] == ["2017-09-15"]
    _, out, _ = run(capsys, "list", db, "--format", "json", "--from", "2016")
    assert [e["date_end"] for e in json.loads(out) if e["headline"] == "Insurgency spreads"] == [None]


def test_list_reads_early_mid_and_late_as_the_window_does(db, capsys):
    """'--from "late 2016"' was refused as a date that cannot be stored; a filter can search a third of a year."""
    for date, headline in (("2016-06", "June"), ("2016-10", "October"), ("2017", "Next year"), ("2017-09-25", "Late Sept")):
        run(capsys, "add", db, "--date", date, "--headline", headline)
    code, out, err = run(capsys, "list", db, "--from", "late 2016", "--to", "mid-2017", "--format", "json")
    assert code == 0, err
    assert [e["headline"] for e in json.loads(out)] == ["October", "Next year"]
    _, out, _ = run(capsys, "list", db, "--from", "late September 2017", "--format", "json")
    assert [e["headline"] for e in json.loads(out)] == ["Next year", "Late Sept"]
    code, _, err = run(capsys, "list", db, "--from", "late 2017", "--to", "early 2017")
    assert code == 1 and "is after --to" in err


@pytest.mark.parametrize("bad", ["2017-13-45", "yesterday-ish"])
def test_add_refuses_invalid_dates_with_the_reason(db, capsys, bad):
    code, out, err = run(capsys, "add", db, "--date", bad, "--headline", "x")
    assert code == 1 and err.startswith("chronoapp: invalid --date") and "\n" == err[-1] and err.count("\n") == 1
    assert sqlite3.connect(db).execute("SELECT count(*) FROM event").fetchone()[0] == 0


def test_unknown_status_is_refused(db, capsys):
    code, _, err = run(capsys, "list", db, "--status", "maybe")
    assert code == 1 and "unknown status" in err


def test_not_a_chronology_is_one_line_and_untouched(tmp_path, capsys):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"\x00\x01 not sqlite at all")
    code, _, err = run(capsys, "list", str(path))
    assert code == 1 and "not a chronology file" in err and err.count("\n") == 1
    assert path.read_bytes() == b"\x00\x01 not sqlite at all"
    code, _, err = run(capsys, "add", str(path), "--date", "2017", "--headline", "x")
    assert code == 1 and path.read_bytes() == b"\x00\x01 not sqlite at all"


def test_list_of_missing_file_does_not_create_it(tmp_path, capsys):
    code, _, err = run(capsys, "list", str(tmp_path / "missing.sqlite"))
    assert code == 1 and "does not exist" in err and not (tmp_path / "missing.sqlite").exists()


def test_version_and_help_run_as_a_program():
    out = subprocess.run([sys.executable, "-m", "chronoapp.cli", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == f"chronoapp {__version__}"
    out = subprocess.run([sys.executable, "-m", "chronoapp.cli", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "list" in out.stdout and "add" in out.stdout


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"<html><head><title>x</title></head><body> </body></html>"])
def test_ingest_of_a_file_without_text_stores_nothing(db, tmp_path, capsys, content):
    article = tmp_path / "empty.html"
    article.write_bytes(content)
    code, _, err = run(capsys, "ingest", db, str(article), "--published", "2017-10-10")
    assert code == 1 and "no article text" in err and err.count("\n") == 1
    assert sqlite3.connect(db).execute("SELECT count(*) FROM source").fetchone() == (0,)


def test_a_reversed_date_range_is_refused_not_answered(db, capsys):
    # an open-ended event matched '--from 2018 --to 2017', as if the range were fine
    run(capsys, "add", db, "--date", "since January 2017", "--headline", "Siege")
    for command in (["list"], ["export", "--format", "csv"]):
        code, out, err = run(capsys, *command[:1], db, *command[1:], "--from", "2018", "--to", "2017")
        assert code == 1 and "is after --to" in err and out == ""


def test_ingest_stores_the_article_and_its_candidates_or_nothing(db, tmp_path, capsys, monkeypatch):
    from chronoapp.core.store import Store, StoreError

    article = tmp_path / "a.txt"
    article.write_text("Rebels shelled Kafr Nabl on Sunday. The army retook Saraqeb on 3 October 2017.",
                       encoding="utf-8")
    real, calls = Store.save_event, []

    def full_disk(self, event, **kwargs):
        calls.append(event)
        if len(calls) == 2:
            raise StoreError("the disk holding war.sqlite is full: nothing was saved; free some space and try again")
        return real(self, event, **kwargs)

    monkeypatch.setattr(Store, "save_event", full_disk)
    code, _, err = run(capsys, "ingest", db, str(article), "--published", "2017-10-10")
    assert code == 1 and "full" in err and len(calls) == 2
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT (SELECT count(*) FROM source), (SELECT count(*) FROM event)").fetchone() == (0, 0)


def test_an_unknown_sort_or_a_negative_limit_is_one_line_not_a_traceback(db, capsys):
    """'--sort nope' printed a Python traceback; '--limit -1' listed everything (SQLite's 'no limit')."""
    with pytest.raises(SystemExit) as exit_:
        main(["list", db, "--sort", "nope"])
    assert exit_.value.code == 2 and "--sort" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["export", db, "--format", "csv", "--limit", "-1"])
    assert exit_.value.code == 2 and "--limit" in capsys.readouterr().err


def test_ingesting_the_same_article_twice_does_not_duplicate_its_candidates(db, tmp_path, capsys):
    """A second 'ingest' of an article already stored (a re-run script, a retry) added every candidate
    again: the chronology then held each event twice."""
    article = tmp_path / "a.txt"
    article.write_text("Rebels shelled Kafr Nabl on Monday, killing 3 people, medics said.\n\n"
                       "On Sunday, the army retook Tal Rifaat.", encoding="utf-8")
    args = ["ingest", db, str(article), "--published", "2023-10-17", "--outlet", "Wire"]
    assert run(capsys, *args)[0] == 0
    first = sqlite3.connect(db).execute("SELECT count(*) FROM event").fetchone()[0]
    code, out, _ = run(capsys, *args)
    assert code == 0 and "already" in out
    assert sqlite3.connect(db).execute("SELECT count(*) FROM event").fetchone()[0] == first == 2


def test_an_updated_version_of_an_article_at_the_same_link_adds_only_its_new_sentences(db, tmp_path, capsys):
    """The outlet updated its story (the toll rose) and the script ingested the link again: every candidate was
    stored a second time, unchanged sentences and all, and nothing said so."""
    article = tmp_path / "a.txt"
    article.write_text("Rebels shelled Kafr Nabl on Monday, killing 3 people, medics said.\n\n"
                       "On Sunday, the army retook Tal Rifaat.", encoding="utf-8")
    args = ["ingest", db, str(article), "--published", "2023-10-17", "--url", "https://wire.example/kafr-nabl"]
    assert run(capsys, *args)[0] == 0
    article.write_text("Rebels shelled Kafr Nabl on Monday, killing 5 people, medics said.\n\n"
                       "On Sunday, the army retook Tal Rifaat.", encoding="utf-8")
    code, out, _ = run(capsys, *args)
    assert code == 0 and "1 already stored from an earlier version of this link" in out
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM event").fetchone()[0] == 3
    assert sorted(r[0] for r in conn.execute("SELECT fatalities FROM event WHERE fatalities > 0")) == [3, 5]  # new toll
    assert conn.execute("SELECT count(*) FROM source").fetchone()[0] == 2  # both versions kept as they were read
    # another article with no link is never taken for an earlier version
    other = tmp_path / "b.txt"
    other.write_text("On Sunday, the army retook Tal Rifaat.", encoding="utf-8")
    assert run(capsys, "ingest", db, str(other), "--published", "2023-10-17")[0] == 0
    assert conn.execute("SELECT count(*) FROM event").fetchone()[0] == 4


def test_a_mistyped_command_is_pointed_out_instead_of_opening_a_new_file_by_that_name(tmp_path, capsys,
                                                                                        monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "exprot", "war.sqlite")[0] == 2
    code, _out, err = run(capsys, "lsit")
    assert code == 2 and "did you mean 'list'" in err
    assert list(tmp_path.iterdir()) == []


def test_the_table_keeps_one_line_per_event(db, capsys):
    run(capsys, "add", db, "--date", "2017", "--headline", "Line one\nline two")
    out = run(capsys, "list", db)[1]
    assert out.splitlines() == ["2017                         Line one line two (confirmed)", "1 event"]


def test_actors_and_tags_given_with_semicolons_are_separate_as_in_the_csv(db, capsys):
    """'--tag "siege; civilians"' stored one tag holding a ';', which the CSV export then wrote as two:
    importing that export gave a different event."""
    run(capsys, "add", db, "--date", "2017", "--headline", "x", "--actor", "Syrian Army; ISIS", "--actor", "SDF",
        "--tag", "siege; civilians")
    (event,) = json.loads(run(capsys, "list", db, "--format", "json")[1])
    assert event["actors"] == ["Syrian Army", "ISIS", "SDF"] and event["tags"] == ["siege", "civilians"]


def test_vocabulary_lists_learned_names_and_forgets_a_wrong_one(db, capsys):
    """A name learned by mistake was recognised in every later article, with no way to remove it."""
    assert run(capsys, "add", db, "--date", "2023-10-15", "--headline", "Clash in Tripoli", "--actor",
               "Radaa Forse; Nawasi Brigade", "--place", "Wadi al-Rabie")[0] == 0
    code, out, _ = run(capsys, "vocabulary", db)
    assert code == 0 and out.splitlines() == ["actor\tNawasi Brigade", "actor\tRadaa Forse", "place\tWadi al-Rabie"]
    code, _, err = run(capsys, "vocabulary", db, "--forget", "Radaa Forse")
    assert code == 1 and "--kind" in err
    code, _, err = run(capsys, "vocabulary", db, "--kind", "actor", "--forget", "Radaa Forse")
    assert code == 0 and "forgot the actor 'Radaa Forse'" in err
    assert run(capsys, "vocabulary", db, "--kind", "actor")[1].splitlines() == ["actor\tNawasi Brigade"]
    code, _, err = run(capsys, "vocabulary", db, "--kind", "actor", "--forget", "Radaa Forse")
    assert code == 1 and "is not a learned actor" in err and err.count("\n") == 1


def test_export_of_a_published_format_leaves_out_rejected_events_and_says_so(db, tmp_path, capsys):
    from chronoapp.core.store import Store

    run(capsys, "add", db, "--date", "2017-09-01", "--headline", "Confirmed strike")
    _code, out, _err = run(capsys, "add", db, "--date", "2017-09-02", "--headline", "A strike that never happened")
    with Store(db) as s:
        s.set_status(out.strip(), "rejected")
    code, out, err = run(capsys, "export", db, "--format", "markdown")
    assert code == 0 and "Confirmed strike" in out and "never happened" not in out
    assert "1 rejected event left out" in err
    code, out, err = run(capsys, "export", db, "--format", "markdown", "--status", "confirmed,rejected")
    assert "never happened" in out and err == ""
    code, out, err = run(capsys, "export", db, "--format", "csv", "-o", str(tmp_path / "all.csv"))
    assert "left out" not in err and "never happened" in (tmp_path / "all.csv").read_text(encoding="utf-8")


def test_a_mistyped_chronology_name_is_not_created_silently(tmp_path, capsys):
    """'chronoapp add war.sqlit ...' (a typo) created a new, empty chronology and said nothing: the editor
    believed the event was in war.sqlite. An import of a file that does not exist created the chronology too."""
    path = tmp_path / "war.sqlit"
    code, out, err = run(capsys, "add", str(path), "--date", "2017", "--headline", "x")
    assert code == 0 and out.strip() and f"created a new chronology {path}" in err
    code, out, err = run(capsys, "add", str(path), "--date", "2017", "--headline", "y")
    assert code == 0 and err == ""  # once it exists, nothing to say
    other = tmp_path / "other.sqlite"
    code, _, err = run(capsys, "import", str(other), str(tmp_path / "missing.csv"))
    assert code == 1 and "cannot read" in err and not other.exists()


def test_every_command_explains_its_arguments_and_the_exit_codes(capsys):
    """'chronoapp list --help' showed a bare 'db' and '--from DATE_FROM', 'extract --help' showed --published as
    optional (it is required), and no help said what the exit codes mean."""
    from chronoapp.cli import SUBCOMMANDS, build_parser

    parser = build_parser()
    top = parser.format_help()
    assert "exit codes" in top.lower() and "0" in top and "1" in top and "2" in top
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in SUBCOMMANDS:
        text = sub.choices[name].format_help()
        assert "DATE_FROM" not in text and "DATE_TO" not in text, name
        for action in sub.choices[name]._actions:
            assert action.help, f"{name}: {action.dest} has no help"
    assert "required" in sub.choices["extract"].format_help().split("--published")[2][:120]


def test_export_to_a_file_counts_in_english(db, tmp_path, capsys):
    run(capsys, "add", db, "--date", "2017-09-01", "--headline", "One strike")
    code, _, err = run(capsys, "export", db, "--format", "csv", "-o", str(tmp_path / "one.csv"))
    assert code == 0 and "exported 1 event to" in err


def test_export_over_the_chronology_itself_is_refused(db, capsys):
    """'chronoapp export war.sqlite --format csv -o war.sqlite' (the wrong name from the shell history) replaced
    the chronology with a CSV file: every event was gone, and 'exported 1 event' was all it said."""
    run(capsys, "add", db, "--date", "2017-09-01", "--headline", "One strike")
    code, _, err = run(capsys, "export", db, "--format", "csv", "-o", db)
    assert code == 1 and "chronology" in err and err.count("\n") == 1
    assert run(capsys, "list", db)[1].endswith("1 event\n")


def test_a_limit_beyond_what_sqlite_counts_is_no_limit(db, capsys):
    """'--limit 99999999999999999999' said 'war.sqlite: datatype mismatch', as if the file were damaged."""
    run(capsys, "add", db, "--date", "2017-09-01", "--headline", "One strike")
    code, out, err = run(capsys, "list", db, "--limit", "99999999999999999999")
    assert code == 0 and out.endswith("1 event\n") and err == ""


def test_a_publication_date_without_leading_zeros_is_read(tmp_path, capsys):
    """'--published 2017-9-5' was refused as 'not a date like 2017-09-05'."""
    article = tmp_path / "a.txt"
    article.write_text("On Friday the army shelled Homs, killing 4 people.", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(article), "--published", "2017-9-5")
    assert code == 0 and json.loads(out)["published"] == "2017-09-05"
    with pytest.raises(SystemExit):
        main(["extract", str(article), "--published", "2017-13-5"])
    assert "is not a date like" in capsys.readouterr().err


def test_a_source_can_be_corrected_and_deleted_without_losing_confirmed_events_unasked(db, tmp_path, capsys):
    """A source's link, outlet or title could not be changed after ingest (a link that moved, an outlet
    misspelt), nor a wrongly ingested article removed."""
    article = tmp_path / "a.txt"
    article.write_text("DAMASCUS - Syrian forces shelled Douma on Monday, killing 12 people, activists said. "
                       "On Sunday, rebels attacked an army post in Harasta.\n", encoding="utf-8")
    assert run(capsys, "ingest", db, str(article), "--published", "2017-09-05", "--outlet", "Reutres",
               "--url", "http://old.example/a")[0] == 0
    code, out, _ = run(capsys, "sources", db)
    [(source_id, published, outlet, title, url, used)] = [line.split("\t") for line in out.splitlines()]
    assert (published, outlet, url, used) == ("2017-09-05", "Reutres", "http://old.example/a", "2 events")
    assert run(capsys, "sources", db, source_id, "--outlet", "Reuters", "--url", "https://www.reuters.com/a")[0] == 0
    exported = json.loads(run(capsys, "export", db, "--format", "timelinejs-json", "--status", "candidate")[1])
    assert {s["source_url"] for e in exported["events"] for s in e["chronoapp"]["sources"]} == {"https://www.reuters.com/a"}
    assert "Reuters" in run(capsys, "export", db, "--format", "csv")[1]
    # one candidate confirmed: deleting the source asks first and changes nothing
    events = json.loads(run(capsys, "list", db, "--format", "json")[1])
    conn = sqlite3.connect(db)
    conn.execute("UPDATE event SET status = 'confirmed' WHERE id = ?", [events[0]["id"]])
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "sources", db, source_id, "--delete")
    assert code == 1 and "1 confirmed or rejected event" in err and "--yes" in err
    assert "--dry-run lists each one" in err  # the way to see which, before agreeing to delete them
    assert len(json.loads(run(capsys, "list", db, "--format", "json")[1])) == 2
    code, _, err = run(capsys, "sources", db, source_id, "--delete", "--yes")
    assert code == 0 and "2 events deleted" in err
    assert run(capsys, "sources", db)[1] == "" and json.loads(run(capsys, "list", db, "--format", "json")[1]) == []
    assert run(capsys, "sources", db, source_id, "--delete")[0] == 1  # gone: said, not a traceback
    # one line per source, whatever its title holds
    assert run(capsys, "ingest", db, str(article), "--published", "2017-09-05", "--title", "Two\tcolumns\nand lines")[0] == 0
    [line] = run(capsys, "sources", db)[1].splitlines()
    assert line.split("\t")[3] == "Two columns and lines"


def test_a_limited_list_says_how_many_of_how_many(db, capsys):
    """'list --limit 2' of a chronology of three said '2 events', as if that were all of it."""
    for day in ("2017-09-01", "2017-09-02", "2017-09-03"):
        run(capsys, "add", db, "--date", day, "--headline", "Strike")
    assert run(capsys, "list", db, "--limit", "2")[1].splitlines()[-1] == "2 of 3 events"
    assert run(capsys, "list", db, "--limit", "3")[1].splitlines()[-1] == "3 events"
    assert run(capsys, "list", db, "--limit", "2", "--from", "2017-09-03")[1].splitlines()[-1] == "1 event"


def test_deleting_a_source_on_the_command_line_can_be_checked_first(db, tmp_path, capsys):
    """'sources ID --delete' has no undo and said only afterwards what it had deleted: '--dry-run' lists each
    event it would delete or change, and changes nothing."""
    article = tmp_path / "a.txt"
    article.write_text("DAMASCUS - Syrian forces shelled Douma on Monday, killing 12 people, activists said. "
                       "On Sunday, rebels attacked an army post in Harasta.\n", encoding="utf-8")
    run(capsys, "ingest", db, str(article), "--published", "2017-09-05")
    source_id = run(capsys, "sources", db)[1].split("\t")[0]
    before = run(capsys, "list", db, "--format", "json")[1]
    code, out, err = run(capsys, "sources", db, source_id, "--delete", "--dry-run")
    assert code == 0 and len(out.splitlines()) == 2 and all("would be deleted" in line for line in out.splitlines())
    assert "nothing was deleted" in err and "2 candidates" in err
    assert run(capsys, "list", db, "--format", "json")[1] == before and source_id in run(capsys, "sources", db)[1]
    assert run(capsys, "sources", db, source_id, "--dry-run")[0] == 1  # without --delete: said, not ignored


def test_a_right_to_left_headline_beside_a_place_keeps_each_in_its_own_direction(db, tmp_path, capsys):
    """'list' wrote an Arabic headline and a Hebrew (or Arabic) place joined by ' — ': one right-to-left run in a
    terminal or a pasted report, shown place first. Each is isolated (FSI … PDI), as in the Markdown export; a
    Latin line is written as it was, with no invisible characters."""
    FSI, PDI = "\u2068", "\u2069"
    run(capsys, "add", db, "--date", "2017-09-01", "--headline", "قصف سوق في حلب", "--place", "חברון",
        "--type", "battle")
    run(capsys, "add", db, "--date", "2017-09-02", "--headline", "Strike on Douma", "--place", "Douma")
    arabic, latin = run(capsys, "list", db)[1].splitlines()[:2]
    assert f"{FSI}قصف سوق في حلب{PDI} — {FSI}חברון{PDI} [battle] (confirmed)" in arabic
    assert latin.endswith(" Strike on Douma — Douma (confirmed)")
    # an override left open in a pasted headline is closed within it, so it cannot reverse the rest of the line
    run(capsys, "add", db, "--date", "2017-09-03", "--headline", "Strike \u202eon Idlib", "--place", "Idlib")
    assert "Strike \u202eon Idlib\u202c — Idlib" in run(capsys, "list", db)[1].splitlines()[2]
    article = tmp_path / "a.txt"
    article.write_text("On Monday, fighters of هيئة تحرير الشام shelled the town of Douma, killing 12 people.\n",
                       encoding="utf-8")
    [headline] = [e["headline"] for e in json.loads(run(capsys, "extract", str(article), "--published", "2017-09-05")[1])["events"]]
    [line, _count] = run(capsys, "extract", str(article), "--published", "2017-09-05", "--format", "table")[1].splitlines()
    assert f"{FSI}{headline}{PDI}" in line and "هيئة" in headline


def test_a_csv_file_with_arabic_exported_without_bom_says_how_excel_will_read_it(db, tmp_path, capsys):
    """The CLI keeps its output as scripts know it (no BOM unless --bom), but a CSV file with names beyond ASCII,
    written without one, opens garbled in Excel: the command says so and how to avoid it."""
    run(capsys, "add", db, "--date", "2017-09-01", "--headline", "One strike")
    code, _, err = run(capsys, "export", db, "--format", "csv", "-o", str(tmp_path / "ascii.csv"))
    assert code == 0 and "--bom" not in err                      # nothing to garble
    run(capsys, "add", db, "--date", "2017-09-02", "--headline", "Shelling of \u062d\u0645\u0635")
    for fmt in ("csv", "timelinejs-csv", "acled"):
        out = tmp_path / f"{fmt}.csv"
        code, _, err = run(capsys, "export", db, "--format", fmt, "-o", str(out))
        assert code == 0 and "Excel" in err and "--bom" in err, fmt
        assert not out.read_bytes().startswith(b"\xef\xbb\xbf")
        code, _, err = run(capsys, "export", db, "--format", fmt, "-o", str(out), "--bom")
        assert code == 0 and "--bom" not in err and out.read_bytes().startswith(b"\xef\xbb\xbf")
    code, _, err = run(capsys, "export", db, "--format", "markdown", "-o", str(tmp_path / "c.md"))
    assert "--bom" not in err                                      # not a spreadsheet


def test_a_csv_saved_by_excel_on_windows_imports_and_says_how_it_was_read(db, tmp_path, capsys):
    """Excel's "CSV (Comma delimited)" is Windows-1252: the import was refused as 'not UTF-8 text'. It is read now,
    and the guess is named with the words it read, so wrong letters are noticed; a UTF-8 file says nothing."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes("headline,date_start\r\nSiege of Ma’arrat al-Nu’man ends,2020-01-28\r\n".encode("cp1252"))
    code, out, err = run(capsys, "import", db, str(sheet))
    assert code == 0 and out.strip() == "1 added, 0 updated, 0 unchanged"
    assert err.strip() == ("chronoapp: note: sheet.csv is not UTF-8: read as Windows-1252 (“Ma’arrat”, “Nu’man”); "
                           "if those letters look wrong, save it as “CSV UTF-8” and import that")
    assert "Siege of Ma’arrat al-Nu’man ends" in run(capsys, "list", db)[1]
    sheet.write_text("headline,date_start\nShelling of Idlib,2020-01-29\n", encoding="utf-8")
    code, out, err = run(capsys, "import", db, str(sheet))
    assert code == 0 and err == ""


@pytest.mark.parametrize("name, encoded, said", [
    ("sheet.csv", "headline,date_start\r\nTalks in Genève,2017-09-01\r\n".encode("utf-8-sig"), ""),  # "CSV UTF-8"
    ("sheet.txt", "\ufeffheadline\tdate_start\r\nTalks in Genève\t2017-09-01\r\n".encode("utf-16-le"), ""),  # "Unicode Text"
    ("sheet.csv", "headline;date_start\r\nTalks in Genève;2017-09-01\r\n".encode("mac_roman"),  # a Mac's, in France
     "chronoapp: note: sheet.csv is not UTF-8: read as Mac Roman (“Genève”)"),
], ids=["csv-utf-8", "unicode-text", "mac-roman"])
def test_every_text_format_excel_saves_imports(db, tmp_path, capsys, name, encoded, said):
    """Excel's "Unicode Text" (UTF-16, tab-separated, named .txt) and a Mac's "Comma Separated Values" (Mac Roman)
    were refused as 'not UTF-8 text'."""
    sheet = tmp_path / name
    sheet.write_bytes(encoded)
    code, out, err = run(capsys, "import", db, str(sheet))
    assert code == 0 and out.strip() == "1 added, 0 updated, 0 unchanged"
    assert err.startswith(said) and bool(err) == bool(said)
    assert "Talks in Genève" in run(capsys, "list", db)[1]


def test_names_excel_saved_as_question_marks_do_not_replace_the_stored_ones(db, tmp_path, capsys):
    """The export, its toll corrected in Excel and saved as "CSV (Comma delimited)" (Windows-1252), has '?' for
    every Arabic letter: imported back, the headline, place and actor became '??? ???' in the chronology."""
    import csv
    import io

    run(capsys, "add", db, "--date", "2016-12-22", "--headline", "سقوط حلب: government retakes the city",
        "--place", "حلب", "--actor", "الجيش السوري; Russia", "--fatalities", "4")
    sheet = tmp_path / "sheet.csv"
    assert run(capsys, "export", db, "--format", "csv", "-o", str(sheet), "--bom")[0] == 0
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"), newline="")))
    rows[1][rows[0].index("fatalities")] = "5"  # the correction
    rows[1][rows[0].index("notes")] = "Toll checked with SOHR"
    out = io.StringIO(newline="")
    csv.writer(out).writerows(rows)
    sheet.write_bytes(out.getvalue().encode("cp1252", errors="replace"))  # as Excel writes what it lacks
    code, out, err = run(capsys, "import", db, str(sheet))
    assert code == 0 and err == ""  # only '?' beyond ASCII: it reads as UTF-8
    assert out.strip() == ("0 added, 1 updated, 0 unchanged; 1 event kept its stored names and text where the file "
                           "had '?' for letters its encoding lacks")
    [event] = json.loads(run(capsys, "list", db, "--format", "json")[1])
    assert (event["headline"], event["location"], event["actors"]) == (
        "سقوط حلب: government retakes the city", "حلب", ["الجيش السوري", "Russia"])
    assert (event["fatalities"], event["notes"]) == (5, "Toll checked with SOHR")


@pytest.mark.parametrize("command", ["list", "export"])
def test_reading_an_empty_file_as_a_chronology_says_it_is_empty_not_missing(tmp_path, capsys, command):
    empty = tmp_path / "war.sqlite"
    empty.write_bytes(b"")
    code, _, err = run(capsys, command, str(empty), *(["--format", "csv"] if command == "export" else []))
    assert code == 1 and "empty file" in err and "does not exist" not in err and "Traceback" not in err


def _future_chronology(tmp_path, capsys, name="future.sqlite"):
    """A chronology as a newer chronoapp would leave it: a file format this version does not know."""
    from chronoapp.core.store import SCHEMA_VERSION
    path = tmp_path / name
    assert run(capsys, "add", str(path), "--date", "2017", "--headline", "kept as it was")[0] == 0
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    return path


def _article_and_csv(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The army shelled Idlib on Monday, killing four people, officials said.\n")
    rows = tmp_path / "rows.csv"
    rows.write_text("headline,date_start\nImported row,2018-01-02\n")
    return article, rows


def _every_command_on(path, other, article, rows):
    """One call of each command that reads or writes a chronology; path is the chronology it works on."""
    p = str(path)
    return {
        "list": ["list", p], "export": ["export", p, "--format", "csv"],
        "add": ["add", p, "--date", "2018", "--headline", "x"],
        "import": ["import", p, str(rows)], "merge": ["merge", p, str(other)],
        "ingest": ["ingest", p, str(article), "--published", "2017-10-10"],
        "sources": ["sources", p], "vocabulary": ["vocabulary", p],
        "forget": ["vocabulary", p, "--kind", "actor", "--forget", "ISIS"],
    }


READING_COMMANDS = {"list", "export", "sources", "vocabulary"}


def test_a_chronology_from_a_newer_chronoapp_is_refused_by_every_command_and_left_untouched(tmp_path, capsys):
    future = _future_chronology(tmp_path, capsys)
    other = tmp_path / "other.sqlite"
    assert run(capsys, "add", str(other), "--date", "2019", "--headline", "from a colleague")[0] == 0
    article, rows = _article_and_csv(tmp_path)
    before = future.read_bytes()
    for name, argv in _every_command_on(future, other, article, rows).items():
        code, out, err = run(capsys, *argv)
        assert code == 1, name
        assert "newer chronoapp" in err and err.count("\n") == 1 and "Traceback" not in err, name
        assert future.read_bytes() == before, name
    # merging a newer colleague's file into ours leaves both files as they were
    ours_before = other.read_bytes()
    code, _, err = run(capsys, "merge", str(other), str(future))
    assert code == 1 and "newer chronoapp" in err
    assert other.read_bytes() == ours_before and future.read_bytes() == before


def test_a_chronology_locked_by_another_program_is_refused_with_nothing_written(tmp_path, capsys):
    path = tmp_path / "war.sqlite"
    assert run(capsys, "add", str(path), "--date", "2017", "--headline", "kept as it was")[0] == 0
    other = tmp_path / "other.sqlite"
    assert run(capsys, "add", str(other), "--date", "2019", "--headline", "from a colleague")[0] == 0
    article, rows = _article_and_csv(tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program in the middle of writing the file
    try:
        for name, argv in _every_command_on(path, other, article, rows).items():
            code, out, err = run(capsys, *argv)
            if name in READING_COMMANDS:  # a chronology is read from its last saved state meanwhile
                assert code == 0 and "Traceback" not in err, name
                continue
            assert code == 1, name
            assert "locked by another program" in err and err.count("\n") == 1 and "Traceback" not in err, name
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    code, out, _ = run(capsys, "list", str(path), "--format", "json")
    assert code == 0 and [e["headline"] for e in json.loads(out)] == ["kept as it was"]
    assert sqlite3.connect(path).execute("SELECT count(*) FROM source").fetchone() == (0,)


def _denied_writing_to(request, *folders) -> list[str]:
    """Make the folders read-only; the command prefix of a process that may then not write to them: none for a
    user, but root writes anywhere, so root's process runs without that capability (setpriv), or the test is
    skipped."""
    import shutil

    for folder in folders:
        folder.chmod(0o555)
        request.addfinalizer(lambda folder=folder: folder.chmod(0o755))  # for pytest's clean-up
    probe = folders[0] / ".probe"
    try:
        probe.touch()
    except PermissionError:
        return []
    probe.unlink()
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: every folder is writable")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


def test_a_chronology_in_a_folder_nobody_may_write_to_is_read(tmp_path, capsys, request):
    """A colleague's chronology on a read-only share or a write-protected stick: SQLite makes a -shm file beside a
    WAL file even to read it, so every reading command (and the window's 'Open it read-only?') said 'cannot be
    written (read-only file or folder)' and showed nothing. Left with unsaved changes in its -wal, the message
    says to copy both files."""
    share = tmp_path / "share"
    share.mkdir()
    path = share / "colleague.sqlite"
    assert run(capsys, "add", str(path), "--date", "2017-09-01", "--headline", "Army retakes Uqairabat")[0] == 0
    unsaved = tmp_path / "unsaved"
    unsaved.mkdir()
    writer = sqlite3.connect(path)  # a copy taken while a chronoapp still had it open: changes only in its -wal
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE event SET headline = 'changed since'")
    writer.commit()
    for name in ("colleague.sqlite", "colleague.sqlite-wal"):
        (unsaved / name).write_bytes((share / name).read_bytes())
    writer.close()  # the changes go into the file itself, and its -wal and -shm are removed
    path.chmod(0o444)
    before = path.read_bytes()
    prefix = _denied_writing_to(request, share, unsaved)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}

    def cli(*argv):
        return subprocess.run([*prefix, sys.executable, "-m", "chronoapp.cli", *argv], capture_output=True,
                              text=True, env=env)

    listed = cli("list", str(path), "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert [e["headline"] for e in json.loads(listed.stdout)] == ["changed since"]
    exported = cli("export", str(path), "--format", "csv", "-o", str(tmp_path / "out.csv"))
    assert exported.returncode == 0 and "changed since" in (tmp_path / "out.csv").read_text(encoding="utf-8")
    refused = cli("add", str(path), "--date", "2017", "--headline", "not written")
    assert refused.returncode == 1 and "read-only" in refused.stderr and "Traceback" not in refused.stderr
    assert path.read_bytes() == before and sorted(p.name for p in share.iterdir()) == ["colleague.sqlite"]
    left = cli("list", str(unsaved / "colleague.sqlite"))
    assert left.returncode == 1 and "copy both files" in left.stderr and "Traceback" not in left.stderr


def test_names_in_any_script_print_whatever_the_output_code_page(db, tmp_path, monkeypatch, capsys):
    """'chronoapp list war.sqlite > list.txt' on Windows writes in the code page (cp1252): an Arabic, Ukrainian or
    Burmese name stopped the command with a UnicodeEncodeError traceback. Output that cannot hold every script
    is written as UTF-8, as exports to standard output already are; nothing is lost or replaced by '?'."""
    import io

    headline = "Shelling of \u0633\u0631\u0627\u0642\u0628 and \u0421\u0430\u043b\u0442\u0456\u0432\u043a\u0430 (\u101b\u101e\u1031\u1037\u1010\u1031\u102c\u1004\u103a)"
    assert run(capsys, "add", db, "--date", "2024-03-12", "--headline", headline)[0] == 0
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="cp1252"))
    assert main(["list", db]) == 0
    sys.stdout.flush()
    shown = raw.getvalue().decode("utf-8")
    assert "\u0633\u0631\u0627\u0642\u0628" in shown and "\u0421\u0430\u043b\u0442\u0456\u0432\u043a\u0430" in shown
    assert "\u101b\u101e\u1031\u1037\u1010\u1031\u102c\u1004\u103a" in shown


def test_acled_export_puts_the_armed_actor_first_and_civilians_second(tmp_path, capsys):
    """The engine names the victims first ('At least 27 civilians were killed when the RSF shelled the camp':
    civilians; RSF). The ACLED-style file coded civilians as actor1, the side ACLED keeps for whoever acts;
    ACLED codes civilians as the second actor, so they follow the armed actors named with them."""
    import csv
    import io

    db = str(tmp_path / "sudan.sqlite")
    for headline, actors in (("RSF shells Abu Shouk camp", ["civilians", "RSF"]),
                             ("Shelling and clashes", ["Civilians", "RSF", "Joint Forces"]),
                             ("Villagers attacked", ["Civilians (Sudan)"]),
                             ("Boko Haram raid repelled", ["Civilian Joint Task Force", "Boko Haram"])):
        assert run(capsys, "add", db, "--date", "2025-09-15", "--headline", headline, "--type",
                   "explosion/remote violence", *(a for actor in actors for a in ("--actor", actor)))[0] == 0
    code, out, _ = run(capsys, "export", db, "--format", "acled")
    assert code == 0
    rows = {r["notes"].split(".")[0]: (r["actor1"], r["actor2"]) for r in csv.DictReader(io.StringIO(out))}
    assert rows["RSF shells Abu Shouk camp"] == ("RSF", "civilians")
    assert rows["Shelling and clashes"] == ("RSF", "Joint Forces")  # the order of the others kept
    assert rows["Villagers attacked"] == ("Civilians (Sudan)", "")  # no one else named: nothing to put first
    assert rows["Boko Haram raid repelled"] == ("Civilian Joint Task Force", "Boko Haram")  # a militia


@pytest.mark.parametrize("command", [["list"], ["export", "--format", "csv", "-o", "out.csv"]])
def test_a_source_id_not_in_the_file_is_said_not_answered_with_no_events(db, tmp_path, capsys, command):
    article = tmp_path / "a.txt"
    article.write_text("Rebels shelled Kessara on Monday, killing four civilians, witnesses said.", encoding="utf-8")
    assert run(capsys, "ingest", db, str(article), "--published", "2017-09-05")[0] == 0
    source_id = run(capsys, "sources", db)[1].split()[0]
    out_file = tmp_path / "out.csv"
    argv = [w.replace("out.csv", str(out_file)) for w in command]
    code, out, err = run(capsys, argv[0], db, *argv[1:], "--source", source_id[:8])  # an id cut short
    assert code == 1 and out == "" and not out_file.exists()
    assert f"no source '{source_id[:8]}'" in err and "chronoapp sources" in err
    code, out, err = run(capsys, argv[0], db, *argv[1:], "--source", source_id)  # the whole id: its events
    assert code == 0 and ("Kessara" in out or "Kessara" in out_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize("typed, figures", [("1,200", (1200, None, None)), ("8-23", (None, 8, 23)),
                                            ("at least 13", (None, 13, None)), ("1400 (281-1729)", (1400, 281, 1729)),
                                            ("12", (12, None, None))])
def test_add_reads_a_toll_as_the_review_form_does(db, capsys, typed, figures):
    code, _, err = run(capsys, "add", db, "--date", "2017-09-05", "--headline", "Shelling of Kessara",
                       "--fatalities", typed)
    assert code == 0, err
    event = json.loads(run(capsys, "list", db, "--format", "json")[1])[0]
    assert (event["fatalities"], event["fatalities_low"], event["fatalities_high"]) == figures


def test_a_toll_that_is_no_number_is_refused_in_words(db, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["add", db, "--date", "2017-09-05", "--headline", "Shelling", "--fatalities", "many"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "'many' is not a death toll" in err and "invalid int" not in err


def test_a_published_export_says_how_many_events_it_carries_unreviewed(db, tmp_path, capsys):
    run(capsys, "add", db, "--date", "2017-09-01", "--headline", "Confirmed strike")
    for day in ("02", "03"):
        run(capsys, "add", db, "--date", f"2017-09-{day}", "--headline", f"Proposed strike {day}", "--status",
            "candidate")
    code, out, err = run(capsys, "export", db, "--format", "timelinejs-json", "-o", str(tmp_path / "t.json"))
    assert code == 0 and "2 of the events exported are candidates not yet reviewed" in err
    assert "--status confirmed" in err
    for chosen in (["--format", "timelinejs-json", "--status", "confirmed"],  # what the note advises: silent
                   ["--format", "markdown", "--status", "candidate"],  # asked for: nothing to warn of
                   ["--format", "csv"]):  # the full record has a status column
        code, out, err = run(capsys, "export", db, *chosen, "-o", str(tmp_path / "x.out"))
        assert code == 0 and "not yet reviewed" not in err, chosen


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux needs DISPLAY or WAYLAND_DISPLAY")
def test_the_window_without_a_display_is_one_line_not_a_qt_abort(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    result = subprocess.run([sys.executable, "-m", "chronoapp.cli", str(tmp_path / "war.sqlite")],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("chronoapp: no display to open the window on") and "xcb" not in result.stderr
    assert "chronoapp --help" in result.stderr and not (tmp_path / "war.sqlite").exists()


def test_a_command_that_upgrades_an_older_file_says_where_the_file_as_it_was_is_kept(tmp_path, capsys):
    """A colleague on the older chronoapp is refused the file once it is upgraded: the copy kept for them is named
    on stderr, once; reading commands upgrade nothing and keep nothing."""
    from test_store import make_v1_file

    from chronoapp.core.store import SCHEMA_VERSION

    path = tmp_path / "war.sqlite"
    make_v1_file(path)
    code, out, err = run(capsys, "list", str(path))
    assert code == 0 and "Protests in Deraa" in out and "before" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["war.sqlite"]
    code, _, err = run(capsys, "add", str(path), "--date", "2012-02-03", "--headline", "Homs shelled")
    copy_name = f"war.before-v{SCHEMA_VERSION}.sqlite"
    assert code == 0 and err.count(copy_name) == 1 and "older chronoapp" in err
    assert (tmp_path / copy_name).exists()
    code, _, err = run(capsys, "add", str(path), "--date", "2012-02-04", "--headline", "Homs shelled again")
    assert code == 0 and "before" not in err


def test_list_and_every_export_keep_one_date_label_together_exact_before_approximate(db, capsys):
    """'March 2011', 'c. March 2011', 'March 2011' again, in the order the article told them: `list` and the
    exports now give one label's events together, exact first, as the window's table does."""
    import csv
    import io

    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event, Evidence, Source
    from chronoapp.core.store import Store

    text = "In March 2011 A. Around March 2011 B. In March 2011 C."
    with Store(db) as s:
        sid = s.add_source(Source(outlet="AP", published="2011-04-02", text=text))
        for headline, approximate in (("A", False), ("B", True), ("C", False)):
            start = text.index(f" {headline}.") - 13
            s.save_event(Event(FuzzyDate("2011-03", approximate=approximate), f"Event {headline}", status="confirmed",
                               evidence=[Evidence(sid, text[start:start + 15], start, start + 15)]))
    in_order = ["Event A", "Event C", "Event B"]
    listed = run(capsys, "list", db)[1].splitlines()[:3]
    assert [line.split("Event ")[1][0] for line in listed] == ["A", "C", "B"]
    assert [line.split("Event ")[0].strip() for line in listed] == ["March 2011", "March 2011", "c. March 2011"]
    rows = list(csv.DictReader(io.StringIO(run(capsys, "export", db, "--format", "csv")[1])))
    assert [r["headline"] for r in rows] == in_order
    markdown = run(capsys, "export", db, "--format", "markdown")[1]
    assert sorted(in_order, key=markdown.index) == in_order
    slides = list(csv.DictReader(io.StringIO(run(capsys, "export", db, "--format", "timelinejs-csv")[1])))
    assert [r["Headline"] for r in slides if r["Type"] != "title"] == in_order


def test_a_day_of_one_article_exported_and_imported_into_a_new_file_lists_in_the_same_order(tmp_path, capsys):
    """`export` then `import` into a new file: the day's events were listed by id, a random order."""
    from test_export import one_day_told_against_id_order

    told = one_day_told_against_id_order(tmp_path / "war.sqlite")
    for fmt, name in (("csv", "day.csv"), ("timelinejs-json", "day.json")):
        assert run(capsys, "export", str(tmp_path / "war.sqlite"), "--format", fmt, "-o", str(tmp_path / name))[0] == 0
        fresh = str(tmp_path / f"fresh-{fmt}.sqlite")
        assert run(capsys, "import", fresh, str(tmp_path / name))[0] == 0
        listed = run(capsys, "list", fresh)[1].splitlines()[:3]
        assert [next(h for h in told if h in line) for line in listed] == told


def test_a_long_date_label_widens_the_list_column_so_every_headline_starts_in_one_column(db, capsys):
    """'since the week of 20 May 2013' is 29 characters: the 28-wide date column pushed its headline one place
    right of the others. The column is as wide as the longest label shown."""
    run(capsys, "add", db, "--date", "since the week of 20 May 2013", "--headline", "Siege")
    run(capsys, "add", db, "--date", "2017-09-01", "--headline", "Strike")
    lines = run(capsys, "list", db)[1].splitlines()[:2]
    assert lines[0].startswith("since the week of 20 May 2013 ")
    assert [line.index(headline) for line, headline in zip(lines, ("Siege", "Strike"))] == [30, 30]


@pytest.mark.parametrize("opening, title", [
    ("Over 200 militants still hold center of Marawi\n\nJune 9, 2017\n\n", "Over 200 militants still hold center of Marawi"),
    ("Spot report: shelling in Donetsk\nThis report is for the media.\n", "Spot report: shelling in Donetsk"),
    ("BEIRUT (Reuters) - Rebels shelled Kafr Nabl on Sunday, a monitor said.\n\n", ""),  # the lede
    ("By Anne Barnard\n\n", ""),  # a byline
    ("June 9, 2017\n\n", ""),  # a date
    ("Rebels shelled Kafr Nabl on Sunday.\n\n", ""),  # a sentence
])
def test_ingest_without_a_title_takes_a_first_line_standing_as_one(db, tmp_path, capsys, opening, title):
    """A plain-text article whose first line is its headline was stored as 'Untitled article'; a lede, a byline or
    a date opening the text is no title."""
    from chronoapp.core.store import Store

    article = tmp_path / "a.txt"
    article.write_text(opening + "The army retook Saraqeb on 3 October 2017.\n", encoding="utf-8")
    assert run(capsys, "ingest", db, str(article), "--published", "2017-10-10")[0] == 0
    with Store(db) as s:
        assert [src.title for src in s.sources()] == [title]
