"""`chronoapp [DB]` opens the desktop app; `chronoapp COMMAND ...` runs core work headless.

Each subcommand is a small function registered in SUBCOMMANDS; they share the chronology
filters (add_filter_args / query_from_args) so the CLI, exports and the GUI filter alike.
"""
from __future__ import annotations

import argparse
import codecs
import datetime as dt
import difflib
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from chronoapp import __version__
from chronoapp.core.dates import (PUBLISHED_MAX, PUBLISHED_MIN, DateError, DaySpan, FuzzyDate, filter_span,
                                  stated_publication_date)
from chronoapp.core.model import (EVENT_TYPES, STATUSES, Event, bidi_isolate, event_to_dict, one_line,
                                  parse_fatalities)
from chronoapp.core.store import SORTS, EventQuery, Store, StoreError, translate_error


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""


Configure = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace], int]
# name -> (add its arguments, run it, one-line help)
SUBCOMMANDS: dict[str, tuple[Configure, Run, str]] = {}


def _count_of(n: int, noun: str) -> str:
    """'1 event', '2 events', '100,000 events'."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def subcommand(name: str, help: str, configure: Configure):
    """Register a headless command: @subcommand("list", "list events", _list_args)."""
    def register(run: Run) -> Run:
        SUBCOMMANDS[name] = (configure, run, help)
        return run
    return register


# --- shared filters --------------------------------------------------------------------------
def _iso_date(text: str) -> DaySpan:
    """--from/--to accept any fuzzy date, and 'late 2016' as the window does; --from takes its first day, --to its
    last (see query_from_args)."""
    try:
        return filter_span(text)
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of events (0 or more)")
    return min(value, 2**63 - 1)  # more than SQLite can count is no limit ('datatype mismatch' blamed the file)


def _toll(text: str) -> tuple[int | None, int | None, int | None]:
    """--fatalities as the review form reads a toll: (best figure, low, high)."""
    try:
        return parse_fatalities(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a death toll (e.g. 12, 1,200, 8-23, 'at least 13'; "
                                         "leave --fatalities out when unknown)") from None


def add_filter_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters (the same as the chronology view)")
    g.add_argument("--text", default="", help="full-text search in headline, description, quotes and places")
    g.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE", help="events overlapping this date or later (e.g. 2017-09, 2017-09-01)")
    g.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE", help="events overlapping this date or earlier")
    g.add_argument("--actor", default="", help="actor name contains (or is another name of it: Daesh finds ISIS)")
    g.add_argument("--place", default="", help="location, province or country contains")
    g.add_argument("--type", dest="event_type", default="", choices=["", *EVENT_TYPES], metavar="TYPE",
                   help=f"event type: {', '.join(EVENT_TYPES)}")
    g.add_argument("--source", default="", metavar="ID", help="id of a source ('chronoapp sources FILE' lists "
                   "them; the source_id of its events in 'list --format json')")
    g.add_argument("--status", default="", help=f"comma-separated: {', '.join(STATUSES)} (default: all)")
    g.add_argument("--tag", default="", help="tag contains")
    g.add_argument("--sort", default="date", choices=SORTS, metavar="SORT", help=", ".join(SORTS))
    g.add_argument("--desc", action="store_true", help="newest first")
    g.add_argument("--limit", type=_count, metavar="N", help="at most this many events")


def query_from_args(a: argparse.Namespace) -> EventQuery:
    statuses = tuple(s.strip() for s in a.status.split(",") if s.strip())
    for s in statuses:
        if s not in STATUSES:
            raise CliError(f"unknown status '{s}' (choose from {', '.join(STATUSES)})")
    if a.date_from and a.date_to and a.date_from.first > a.date_to.last:
        raise CliError(f"--from {a.date_from.text} is after --to {a.date_to.text}: swap them")
    return EventQuery(
        text=a.text, date_from=a.date_from.first if a.date_from else None,
        date_to=a.date_to.last if a.date_to else None, actor=a.actor, location=a.place,
        event_type=a.event_type, source_id=a.source, status=statuses, tag=a.tag, sort=a.sort,
        descending=a.desc, limit=a.limit,
    )


def check_source(store: Store, a: argparse.Namespace) -> None:
    """A --source id not in the file is a typo (or an id cut short): said, not answered with no events."""
    if a.source and store.get_source(a.source) is None:
        raise CliError(f"no source '{a.source}' in {a.db} (chronoapp sources {a.db} lists them)")


def open_store(path: str, *, create: bool = False, readonly: bool = False) -> Store:
    """The chronology at path; with create, a missing one is created and that is said (a mistyped name would
    otherwise take the events into a new file without a word)."""
    new = create and not readonly and not (Path(path).is_file() and Path(path).stat().st_size)
    store = Store(path, create=create, readonly=readonly)
    if new:
        print(f"chronoapp: note: created a new chronology {path}", file=sys.stderr)
    upgraded = store.take_notice()  # an older file upgraded on opening: where its copy for older versions is
    if upgraded:
        print(f"chronoapp: note: {upgraded}", file=sys.stderr)
    return store


# --- subcommands -----------------------------------------------------------------------------
def _init_args(p):
    p.add_argument("db", help="chronology file to create (.sqlite)")


@subcommand("init", "create an empty chronology file", _init_args)
def cmd_init(a) -> int:
    with open_store(a.db, create=True) as store:
        print(f"chronology ready: {store.path} ({_count_of(store.count(), 'event')})")
    return 0


DB_HELP = "chronology file (.sqlite)"


def _list_args(p):
    p.add_argument("db", help=DB_HELP)
    add_filter_args(p)
    p.add_argument("--format", choices=["table", "json", "csv"], default="table",
                   help="table: one line per event (default); json: every field; csv: as 'export --format csv'")


def date_column(labels: list[str], least: int = 28) -> int:
    """Width of a table's date column: `least`, or the longest label shown ('since the week of 20 May 2013' is 29),
    so that every headline starts in one column."""
    return max([least, *map(len, labels)])


@subcommand("list", "list events (filters as in the chronology view)", _list_args)
def cmd_list(a) -> int:
    query = query_from_args(a)
    with open_store(a.db, readonly=True) as store:
        check_source(store, a)
        events = store.query(query, with_evidence=a.format != "table")
        # a --limit that cut the list: '2 of 100,000 events', not '2 events' as if that were all
        total = store.count(query) if query.limit is not None and len(events) == query.limit else len(events)
    out = sys.stdout
    if a.format == "json":
        json.dump([event_to_dict(e) for e in events], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif a.format == "csv":  # the same writer as `chronoapp export --format csv`
        from chronoapp.core import export
        with open_store(a.db, readonly=True) as store:
            export.write_events_csv(events, out, export.cited_sources(store, events))
    else:
        width = date_column([e.date.display() for e in events])
        for e in events:
            # one line per event, whatever the headline holds; an Arabic headline beside a Hebrew or Latin place
            # each keeps its own direction (bidi_isolate), not one run shown place first
            place = f" — {bidi_isolate(one_line(e.location))}" if e.location else ""
            kind = f" [{e.event_type}]" if e.event_type else ""
            out.write(f"{e.date.display():<{width}} {bidi_isolate(one_line(e.headline))}{place}{kind} ({e.status})\n")
        shown = f"{len(events):,} of {_count_of(total, 'event')}" if total > len(events) else _count_of(len(events), 'event')
        out.write(f"{shown}\n")
    return 0


def _add_args(p):
    p.add_argument("db", help=DB_HELP + "; created if missing")
    p.add_argument("--date", required=True, help="2017-09-01, 2017-09, 2017, 'March 2011', '14-15 September 2017', 'since 2015'")
    p.add_argument("--headline", required=True, help="what happened, in one line")
    p.add_argument("--description", default="", help="more detail")
    p.add_argument("--place", default="", help="location")
    p.add_argument("--other-place", action="append", default=[], metavar="PLACE",
                   help="another place the event names, beside its location (repeat, or separate with ;)")
    p.add_argument("--actor", action="append", default=[], help="repeat for several actors (or separate with ;)")
    p.add_argument("--type", dest="event_type", default="", choices=["", *EVENT_TYPES], metavar="TYPE",
                   help=f"event type: {', '.join(EVENT_TYPES)}")
    p.add_argument("--fatalities", type=_toll, default=(None, None, None), metavar="N",
                   help="death toll, as the review form reads it: 12, 1,200, a range 8-23, 'at least 13', "
                   "'1400 (281-1729)' (leave out when unknown)")
    p.add_argument("--attribution", help="who gives the toll or the account ('according to ...')")
    p.add_argument("--status", default="confirmed", choices=STATUSES, help="default: confirmed")
    p.add_argument("--tag", action="append", default=[], help="repeat for several tags (or separate with ;)")


@subcommand("add", "add one event by hand", _add_args)
def cmd_add(a) -> int:
    try:
        date = FuzzyDate.parse(a.date)
    except DateError as exc:
        raise CliError(f"invalid --date: {exc}") from None
    def names(values: list[str]) -> list[str]:  # ';' separates names, as in the CSV columns
        return [n.strip() for v in values for n in v.split(";") if n.strip()]

    event = Event(date=date, headline=a.headline, description=a.description, location=a.place,
                  other_places=names(a.other_place),
                  actors=names(a.actor), event_type=a.event_type, fatalities=a.fatalities[0],
                  fatalities_low=a.fatalities[1], fatalities_high=a.fatalities[2], attribution=a.attribution, status=a.status, tags=names(a.tag), date_text=a.date)
    try:
        event.validate()
    except ValueError as exc:
        raise CliError(str(exc)) from None
    with open_store(a.db, create=True) as store:
        store.save_event(event)
    print(event.id)
    return 0


def _export_args(p):
    from chronoapp.core.export import FORMATS
    p.add_argument("db", help=DB_HELP)
    p.add_argument("--format", required=True, choices=list(FORMATS), help="see 'Export formats' in the README")
    add_filter_args(p)
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.add_argument("--bom", action="store_true", help="start CSV output with a UTF-8 BOM so Excel reads non-ASCII names (off by default, so "
                   "scripts reading the output see no change; the File > Export dialog has it on)")
    p.add_argument("--title", default="", help="title of a Markdown or TimelineJS export (default: the file name)")


@subcommand("export", "export events (filters as in the chronology view)", _export_args)
def cmd_export(a) -> int:
    from chronoapp.core import export
    query = query_from_args(a)
    with open_store(a.db, readonly=True) as store:
        check_source(store, a)
        left_out = store.count(query) - store.count(export.exported_query(query, a.format))
        note = (f"{left_out} rejected event{'s' if left_out != 1 else ''} left out (--status rejected or "
                "--status candidate,confirmed,rejected to publish them)") if left_out else ""
        unreviewed = export.unreviewed_note(export.unreviewed_count(store, query, a.format), "--status confirmed")
        note = "; ".join(n for n in (note, unreviewed) if n)
        cut: list[str] = []
        try:
            if a.output:
                n = export.export_to_file(store, query, a.format, a.output, bom=a.bom, title=a.title, cut=cut)
                print(f"exported {_count_of(n, 'event')} to {a.output}" + (f"; {note}" if note else ""), file=sys.stderr)
                if a.format in export.CSV_FORMATS and not a.bom and not Path(a.output).read_bytes().isascii():
                    # scripts get the file as before; the editor who opens it in Excel is told why it looks garbled
                    print("note: without --bom, Excel shows non-Latin and accented names garbled in this file; "
                          "export with --bom for a file to open in Excel", file=sys.stderr)
            else:
                if note:
                    print(note, file=sys.stderr)
                if hasattr(sys.stdout, "reconfigure"):  # RFC 4180 line ends and UTF-8 whatever the console
                    sys.stdout.reconfigure(encoding="utf-8", newline="")
                if a.bom and a.format in export.CSV_FORMATS:
                    sys.stdout.write("\ufeff")
                export.export_events(store, query, a.format, sys.stdout, title=a.title, cut=cut)
        except export.ExportError as exc:
            raise CliError(str(exc)) from None
        if cut:
            print(f"note: {export.cut_note(cut)}", file=sys.stderr)
    return 0


def _import_args(p):
    p.add_argument("db", help=DB_HELP + "; created if missing")
    p.add_argument("file", help="a chronoapp CSV export or a TimelineJS JSON file")
    p.add_argument("--strict", action="store_true", help="import nothing if any row fails")


@subcommand("import", "import events from a chronoapp CSV or TimelineJS JSON file", _import_args)
def cmd_import(a) -> int:
    from chronoapp.core import export
    try:
        parsed = export.read_file(a.file)  # first: a file that cannot be read creates no chronology
    except export.ExportError as exc:  # named, for a script importing a folder of files one by one
        said = str(exc)
        raise CliError(said if Path(a.file).name in said else f"{a.file}: {said}") from None
    if parsed.note:  # a guessed encoding: said before the result, so wrong letters can be traced to it
        print(f"chronoapp: note: {parsed.note}", file=sys.stderr)
    try:
        with open_store(a.db, create=True) as store:
            report = export.import_parsed(store, parsed, strict=a.strict)
    except export.ExportError as exc:
        raise CliError(str(exc)) from None
    for line in report.lines():
        print(line)
    if report.errors:
        raise CliError(report.summary())
    print(report.summary())
    return 0


def _merge_args(p):
    p.add_argument("db", help="the chronology to merge into")
    p.add_argument("other", help="another chronology file (.sqlite); it is only read")


@subcommand("merge", "merge another chronology file into this one", _merge_args)
def cmd_merge(a) -> int:
    from chronoapp.core.merge import merge_file
    with open_store(a.db) as store:
        report = merge_file(store, a.other)
    for line in report.lines():
        print(line)
    print(report.summary())
    return 0


def _vocabulary_args(p):
    p.add_argument("db", help="the chronology file")
    p.add_argument("--kind", choices=["actor", "place"], help="only actors or only places")
    p.add_argument("--forget", metavar="NAME", action="append", default=[],
                   help="stop recognising a learned name (with --kind; repeat for several)")


@subcommand("vocabulary", "the actors and places learned from confirmed events, or forget a wrong one",
            _vocabulary_args)
def cmd_vocabulary(a) -> int:
    if a.forget and not a.kind:
        raise CliError("--forget needs --kind actor or --kind place")
    with open_store(a.db, readonly=not a.forget) as store:
        for name in a.forget:
            if not store.forget(a.kind, name):
                raise CliError(f"'{name}' is not a learned {a.kind} (chronoapp vocabulary {a.db} --kind {a.kind} "
                               "lists them)")
            print(f"forgot the {a.kind} '{name}'", file=sys.stderr)
        if not a.forget:
            for kind in [a.kind] if a.kind else ["actor", "place"]:
                for name in store.vocabulary(kind):
                    print(f"{kind}\t{name}")
    return 0


def _sources_args(p):
    p.add_argument("db", help="chronology file (.sqlite)")
    p.add_argument("id", nargs="?", help="the source to correct or delete (ids are in the list this command "
                   "prints without one)")
    p.add_argument("--outlet", help="correct the outlet")
    p.add_argument("--url", help="correct the link")
    p.add_argument("--title", help="correct the title")
    p.add_argument("--delete", action="store_true", help="delete the source and its quotes: events that only it "
                   "supports are deleted with it (candidates at once; confirmed or rejected ones only with --yes)")
    p.add_argument("--yes", action="store_true", help="with --delete: also delete the confirmed or rejected "
                   "events that only this source supports")
    p.add_argument("--dry-run", action="store_true", help="with --delete: list the events it would delete or "
                   "change, and change nothing (a deletion cannot be undone here: check first, or copy the file)")


@subcommand("sources", "list the stored articles, correct one's outlet, link or title, or delete one",
            _sources_args)
def cmd_sources(a) -> int:
    details = {k: getattr(a, k) for k in ("outlet", "url", "title") if getattr(a, k) is not None}
    if (details or a.delete) and not a.id:
        raise CliError("name the source to change: chronoapp sources FILE lists their ids")
    if details and a.delete:
        raise CliError("--delete cannot be combined with --outlet, --url or --title")
    if a.yes and not a.delete:
        raise CliError("--yes only goes with --delete")
    if a.dry_run and not a.delete:
        raise CliError("--dry-run only goes with --delete")
    with open_store(a.db, readonly=not (details or a.delete) or a.dry_run) as store:
        if a.id and store.get_source(a.id) is None:
            raise CliError(f"no source '{a.id}' in {a.db} (chronoapp sources {a.db} lists them)")
        if a.dry_run:
            _print_deletion_plan(store, a.id)
            return 0
        if a.delete:
            decided = len(store.source_events(a.id)["decided"])
            if decided and not a.yes:
                raise CliError(f"{_count_of(decided, 'confirmed or rejected event')} only from this source would be "
                               "deleted with it: nothing was deleted (--dry-run lists each one; add --yes to "
                               "delete them too)")
            plan = store.delete_source(a.id, delete_decided=a.yes)
            print(f"deleted source {a.id}: {_count_of(len(plan['candidates']) + len(plan['decided']), 'event')} "
                  f"deleted with it ({len(plan['decided'])} confirmed or rejected), "
                  f"{_count_of(len(plan['shared']), 'event')} kept with their other sources", file=sys.stderr)
            return 0
        if details:
            store.update_source(a.id, **details)
            print(f"updated source {a.id}: {', '.join(sorted(details))}", file=sys.stderr)
        counts = dict(store.db.execute("SELECT source_id, count(DISTINCT event_id) FROM evidence GROUP BY source_id"))
        for src in store.sources(with_text=False):
            if a.id in (None, src.id):
                cells = [src.id, src.published or "", src.outlet, src.title, src.url,
                         _count_of(counts.get(src.id, 0), "event")]
                print("\t".join(" ".join(c.split()) for c in cells))  # a tab or line break in a title: one line
    return 0


def _print_deletion_plan(store: Store, source_id: str) -> None:
    """What `sources ID --delete` would do, event by event: the command line has no undo."""
    plan = store.source_events(source_id)
    what = {"candidates": "would be deleted", "decided": "would be deleted only with --yes",
            "shared": "would keep its other sources, losing this one's quote"}
    listed = [(kind, store.get_event(i)) for kind in ("decided", "candidates", "shared") for i in plan[kind]]
    width = date_column([event.date.display() for _kind, event in listed])
    for kind, event in listed:
        print(f"{event.date.display():<{width}} {bidi_isolate(one_line(event.headline))} ({event.status}): {what[kind]}")
    print(f"nothing was deleted (dry run): {_count_of(len(plan['candidates']), 'candidate')} and "
          f"{_count_of(len(plan['decided']), 'confirmed or rejected event')} only from this source, "
          f"{_count_of(len(plan['shared']), 'event')} shared with other sources", file=sys.stderr)


def _published(text: str) -> dt.date:
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", text)  # '2017-9-5' as well as '2017-09-05'
    try:
        day = dt.date(*(int(g) for g in m.groups())) if m else dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2017-09-05") from None
    if not PUBLISHED_MIN <= day <= PUBLISHED_MAX:
        raise argparse.ArgumentTypeError(f"'{text}' is out of range: a publication date lies between "
                                         f"{PUBLISHED_MIN.isoformat()} and {PUBLISHED_MAX.isoformat()}")
    return day


def _article_args(p, *, with_db: bool):
    if with_db:
        p.add_argument("db", help="chronology file (.sqlite); created if missing")
    p.add_argument("file", help="article as a text or HTML file, or - for standard input")
    p.add_argument("--published", type=_published, metavar="YYYY-MM-DD",
                   help="publication date, required: relative dates ('on Friday') are resolved against it")
    p.add_argument("--numeric-order", choices=["auto", "MDY", "DMY"], default="auto",
                   help="how to read 05/09/2017: auto (default) decides from the text and the publication date")


def _extract_args(p):
    _article_args(p, with_db=False)
    p.add_argument("--format", choices=["json", "table"], default="json",
                   help="json: time expressions and events with offsets (default); table: one line per event")


def _read_article(a):
    """The article as a Cleaned text: extraction and the store use its cleaned text; `extract`
    reports offsets into the text as given (its raw)."""
    from chronoapp.core.extract import Cleaned, decode_article
    from chronoapp.core.extract.article import DOCUMENTS

    def require_published(text: str = "") -> None:
        if a.published is None:
            from chronoapp.core.extract.article import page_published

            # said, never assumed: a dateline can be a day off
            stated = stated_publication_date(text) or page_published(text)
            hint = (f"; the article states “{stated[1]}”: --published {stated[0].isoformat()}"
                    if stated else "")
            raise CliError("--published YYYY-MM-DD is required: relative dates such as 'on Friday' are "
                           "resolved against the publication date" + hint)

    if a.file == "-":  # (before waiting on standard input; a file is read first: a missing one is the real problem)
        require_published()
    try:
        data = sys.stdin.buffer.read() if a.file == "-" else open(a.file, "rb").read()
    except OSError as exc:
        raise CliError(f"cannot read {a.file}: {exc.strerror or exc}") from None
    try:
        text, note = decode_article(data)
    except ValueError as exc:
        if data.startswith(b"SQLite format 3\x00"):  # the two files swapped: 'ingest article.txt war.sqlite'
            order = f": the chronology comes first (chronoapp ingest {a.file} ARTICLE)" if a.command == "ingest" else ""
            raise CliError(f"{a.file} is a chronology file, not an article{order}") from None
        kind, program = DOCUMENTS.get(Path(a.file).suffix.lower(), ("", ""))
        advice = (f"; it is {kind} document, which chronoapp does not read: open it in {program}, copy its text into "
                  "a plain text (.txt) file and give chronoapp that file") if kind else ""
        raise CliError(f"{a.file}: {exc}{advice}") from None
    require_published(text)
    if note:
        print(f"chronoapp: note: {a.file}: {note}", file=sys.stderr)
    return Cleaned(text)


@subcommand("extract", "propose the dated events of an article (JSON or a table)", _extract_args)
def cmd_extract(a) -> int:
    from chronoapp.core.extract import extract

    article = _read_article(a)
    result = extract(article.text, a.published, numeric_order=a.numeric_order)
    if a.format == "json":
        json.dump(result.to_dict(source=article), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    width = date_column([c.fuzzy_date().display() for c in result.events], least=26)
    for c in result.events:
        date = c.fuzzy_date().display()
        names = [", ".join(map(bidi_isolate, c.locations)), ", ".join(map(bidi_isolate, c.actors[:3]))]
        extra = "; ".join(x for x in (*names, f"{c.fatalities} killed" if c.fatalities is not None else "",
                                       f"per {bidi_isolate(c.attribution)}" if c.attribution else "") if x)
        print(f"{date:<{width}} [{c.event_type}] {bidi_isolate(one_line(c.headline))}" + (f" ({extra})" if extra else ""))
    print(f"{_count_of(len(result.events), 'candidate event')}, {_count_of(len(result.timexes), 'time expression')}")
    return 0


def _ingest_args(p):
    _article_args(p, with_db=True)
    p.add_argument("--outlet", default="", help="who published it (e.g. Reuters)")
    p.add_argument("--url", default="", help="link to the article")
    p.add_argument("--title", default="", help="the article's headline (default: an HTML file's <title>, a Markdown file's # heading, "
                   "or a first line standing apart as a title)")


@subcommand("ingest", "store an article and its proposed events (status candidate)", _ingest_args)
def cmd_ingest(a) -> int:
    from chronoapp.core.extract import article_title, extract
    from chronoapp.core.model import Source, title_line

    article = _read_article(a)
    text = article.text
    if not text.strip():  # an empty or markup-only file: storing it would only add an empty source
        raise CliError(f"{a.file}: there is no article text in it (after removing markup): nothing was stored")
    with open_store(a.db, create=True) as store:
        result = extract(text, a.published, numeric_order=a.numeric_order,
                         known_actors=store.vocabulary("actor"), known_places=store.vocabulary("place"))
        try:
            with store.db.atomic():  # the article and its candidates, or nothing (a full disk half-way)
                # as the window takes it from the file: its <title> or # heading, else a first line standing as one
                title = a.title or article_title(article.raw, text) or title_line(text)
                source_id = store.add_source(Source(outlet=a.outlet, url=a.url, title=title,
                                                    published=a.published.isoformat(), text=text),
                                             refresh_details=True)
                # the same article ingested again (a re-run script): its sentences already stored stay once
                stored = {tuple(r) for r in store.db.execute("SELECT start, end FROM evidence WHERE source_id = ?",
                                                               [source_id])}
                # an updated version of an article at the same link: its unchanged sentences are stored already
                earlier = {r[0] for r in store.db.execute(
                    "SELECT evidence.quote FROM evidence JOIN source ON source.id = evidence.source_id"
                    " WHERE source.url = ? AND source.id != ? AND evidence.quote != ''", [a.url, source_id])
                } if a.url.strip() else set()
                new = [c for c in result.events if (c.start, c.end) not in stored and c.quote not in earlier]
                again = sum(1 for c in result.events if (c.start, c.end) not in stored and c.quote in earlier)
                for c in new:
                    store.save_event(c.to_event(source_id), action="extracted")
        except sqlite3.DatabaseError as exc:
            raise translate_error(exc, store.path) from None
    already = len(result.events) - len(new) - again
    note = f"; {already} already stored from this article, not added again" if already else ""
    if again:
        note += f"; {again} already stored from an earlier version of this link, not added again"
    print(f"stored source {source_id} with {_count_of(len(new), 'candidate event')} "
          f"({_count_of(len(result.timexes), 'time expression')}) in {a.db}{note}")
    return 0


# --- entry point -----------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chronoapp", description="Build sourced chronologies of conflicts from news articles. "
        "'chronoapp [FILE.sqlite]' opens the window; the commands below work without it.",
        epilog="Exit codes: 0 done; 1 an error the message explains (a missing, locked, read-only or damaged "
        "file, a bad date, rows that could not be imported); 2 a mistyped command or option; 130 interrupted "
        "(Ctrl+C). 'chronoapp COMMAND --help' explains each command.")
    parser.add_argument("--version", action="version", version=f"chronoapp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (configure, _run, help_text) in SUBCOMMANDS.items():
        configure(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="chronoapp", description="Open the chronoapp window. Subcommands: "
                                + ", ".join(SUBCOMMANDS) + " (chronoapp COMMAND --help).")
    p.add_argument("--version", action="version", version=f"chronoapp {__version__}")
    p.add_argument("db", nargs="?", help="chronology file to open (default: the last one used)")
    p.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)  # packaging smoke test
    return p


def _write_every_script() -> None:
    """Arabic, Cyrillic and Burmese names print whatever the code page: output that cannot hold every script (a
    Windows cp1252 when redirected to a file) is switched to UTF-8, as exports to standard output are."""
    for stream in (sys.stdout, sys.stderr):
        try:
            name = codecs.lookup(getattr(stream, "encoding", None) or "ascii").name
        except LookupError:
            name = "ascii"
        if name not in ("utf-8", "utf-16", "utf-32", "gb18030") and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def _no_display() -> bool:
    """On Linux without a display Qt aborts the program (a core dump, exit 134) after lines about xcb plugins."""
    return sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = None
    try:
        if argv and argv[0] in SUBCOMMANDS:
            _write_every_script()
            args = build_parser().parse_args(argv)
            return SUBCOMMANDS[args.command][1](args)
        if argv and argv[0] in ("-h", "--help") and len(argv) == 1:
            build_parser().print_help()
            return 0
        if argv and not argv[0].startswith("-") and not Path(argv[0]).suffix and not Path(argv[0]).exists():
            close = difflib.get_close_matches(argv[0], SUBCOMMANDS, n=1, cutoff=0.6)
            if close:  # 'chronoapp lsit war.sqlite' would open (and create) a chronology called 'lsit'
                print(f"chronoapp: unknown command '{argv[0]}' (did you mean '{close[0]}'? "
                      "chronoapp --help lists the commands)", file=sys.stderr)
                return 2
        args = gui_parser().parse_args(argv)
        if _no_display():
            raise CliError("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set, as over "
                           "ssh or in a console): start chronoapp from the desktop, or use the commands that work "
                           "without a window ('chronoapp --help' lists them)")
        from chronoapp.gui.app import run_app  # Qt is only imported when the window is wanted

        return run_app(args.db, quit_after_show=args.quit_after_show)
    except (StoreError, CliError) as exc:
        print(f"chronoapp: {exc}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as exc:  # a read of a damaged file (writes are translated by the store)
        print(f"chronoapp: {translate_error(exc, Path(getattr(args, 'db', '') or 'the chronology'))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
