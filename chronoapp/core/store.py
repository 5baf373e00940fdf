"""The chronology file: one SQLite database holding sources, events and the evidence linking them.

Schema changes are numbered sqlite-utils migrations; PRAGMA user_version records how many have
run, so a file written by a newer chronoapp is refused instead of being damaged, and PRAGMA
application_id marks the file as ours. Every write runs in one transaction (db.atomic()).
"""
from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from chronoapp.core.dates import MAX_DAY, PRECISIONS, FuzzyDate
from chronoapp.core.model import LABEL_CHARS, Event, Evidence, Source, now_iso

APPLICATION_ID = 0x4348524E  # "CHRN"
migrations = Migrations("chronoapp")


class StoreError(Exception):
    """A problem with the chronology file, phrased for the user."""


class NotAChronologyError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class ReadOnlyError(StoreError):
    pass


class LockedError(StoreError):
    pass


# --- migrations: append only; never edit one that has shipped ---------------------------
@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["source"].create(
        {"id": str, "outlet": str, "url": str, "title": str, "published": str, "retrieved_at": str,
         "text": str, "sha256": str},
        pk="id",
    )
    db["event"].create(
        {"id": str, "date_start": str, "date_end": str, "precision": str, "approximate": int,
         "date_text": str, "date_reason": str, "sort_start": str, "sort_end": str, "precision_rank": int,
         "headline": str, "description": str, "event_type": str, "actors": str, "location": str,
         "admin1": str, "country": str, "latitude": float, "longitude": float, "fatalities": int,
         "fatalities_low": int, "fatalities_high": int, "attribution": str, "status": str,
         "confidence": float, "tags": str, "notes": str, "created_at": str, "updated_at": str},
        pk="id",
    )
    db["evidence"].create(
        {"id": str, "event_id": str, "source_id": str, "quote": str, "start": int, "end": int,
         "fatalities": int, "attribution": str, "date_text": str},
        pk="id",
        foreign_keys=[("event_id", "event", "id"), ("source_id", "source", "id")],
    )
    db["event"].create_index(["sort_start", "precision_rank", "sort_end"])
    db["event"].create_index(["status"])
    db["evidence"].create_index(["event_id"])
    db["evidence"].create_index(["source_id"])
    db["source"].create_index(["sha256"])


@migrations()
def m002_history_vocabulary_search(db: sqlite_utils.Database) -> None:
    """Change log per event, learned actors/places, full-text search over headline/description/quotes."""
    db["event_history"].create(
        {"id": int, "event_id": str, "at": str, "action": str, "changes": str},
        pk="id",
    )
    db["event_history"].create_index(["event_id"])
    db["vocabulary"].create({"kind": str, "name": str, "uses": int}, pk=("kind", "name"))
    db.execute(
        "CREATE VIRTUAL TABLE event_fts USING fts5(headline, description, quotes, tokenize='unicode61 remove_diacritics 2')"
    )
    for row in db.execute("SELECT rowid FROM event").fetchall():
        _reindex_rowid(db, row[0], places=False)
    db["event"].create_index(["event_type"])



@migrations()
def m003_event_order_index(db: sqlite_utils.Database) -> None:
    """Covering index for the display order: listing all ids of 100k events reads only the index."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_event_order ON event(sort_start, precision_rank, sort_end, id)")


@migrations()
def m004_filter_indexes(db: sqlite_utils.Database) -> None:
    """Type and status filters read their matches already in date order (100k events: 0.8 s -> 0.05 s).
    They supersede the single-column indexes, as m003's covering index supersedes the date one."""
    db.execute("DROP INDEX IF EXISTS idx_event_sort_start_precision_rank_sort_end")
    db.execute("DROP INDEX IF EXISTS idx_event_status")
    db.execute("DROP INDEX IF EXISTS idx_event_event_type")
    for column in ("status", "event_type"):
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_event_{column}_order"
                   f" ON event({column}, sort_start, precision_rank, sort_end, id)")

@migrations()
def m005_headline_index(db: sqlite_utils.Database) -> None:
    """Sorting 100k events by headline reads this index instead of sorting the table."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_event_headline"
               " ON event(headline COLLATE NOCASE, sort_start, precision_rank, sort_end, id)")


# An event's place in its first source as m006 worked it out (the order of the quotes without offsets was left to the
# id; see _SOURCE_POSITION for today's).
_SOURCE_POSITION_M006 = ("(SELECT coalesce(source.published, '') || '|' || evidence.source_id || '|'"
                    " || printf('%010d', coalesce(evidence.start, 9999999999))"
                    " FROM evidence JOIN source ON source.id = evidence.source_id"
                    " WHERE evidence.event_id = event.id ORDER BY evidence.rowid LIMIT 1)")


@migrations()
def m006_source_order(db: sqlite_utils.Database) -> None:
    """Events of the same day are listed in the order their article tells them (then by id), not by id
    alone: "on Monday X, then Y" showed Y first when Y had the smaller id. The display-order indexes
    take the new column before the id, so listing 100k events still reads only an index."""
    db.execute("ALTER TABLE event ADD COLUMN sort_source TEXT NOT NULL DEFAULT ''")
    db.execute(f"UPDATE event SET sort_source = coalesce({_SOURCE_POSITION_M006}, '')")
    order = "sort_start, precision_rank, sort_end, sort_source, id"
    db.execute("DROP INDEX IF EXISTS idx_event_order")
    db.execute(f"CREATE INDEX idx_event_order ON event({order})")
    for column in ("status", "event_type"):
        db.execute(f"DROP INDEX IF EXISTS idx_event_{column}_order")
        db.execute(f"CREATE INDEX idx_event_{column}_order ON event({column}, {order})")
    db.execute("DROP INDEX IF EXISTS idx_event_headline")
    db.execute(f"CREATE INDEX idx_event_headline ON event(headline COLLATE NOCASE, {order})")


@migrations()
def m007_alphabetical_sort_keys(db: sqlite_utils.Database) -> None:
    """Headline, place and actor columns sort alphabetically whatever the accents and case ('Ālbū Kamāl'
    beside 'Aleppo', 'Éire' before 'Homs'); SQLite's NOCASE put every accented initial after 'Z'. The keys
    are stored (sort_key() below), so the CLI, the table and exports need no collation of their own."""
    for column in ("sort_headline", "sort_location", "sort_actors"):
        db.execute(f"ALTER TABLE event ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE event SET sort_headline = sort_key(headline), sort_location = sort_key(location),"
               " sort_actors = sort_key((SELECT group_concat(value, '; ') FROM json_each(event.actors)))")
    db.execute("DROP INDEX IF EXISTS idx_event_headline")
    db.execute("CREATE INDEX idx_event_headline ON event(sort_headline, sort_start, precision_rank, sort_end,"
               " sort_source, id)")


@migrations()
def m008_search_without_apostrophes(db: sqlite_utils.Database) -> None:
    """Word search finds "Ma'arrat" as Maarrat and 'Dar\u2018a' as Dara (see searchable): the events whose text has
    an apostrophe inside a word are indexed again."""
    rows = db.execute("SELECT event.rowid, headline || ' ' || coalesce(description, '') || ' ' || coalesce("
                      "(SELECT group_concat(quote, ' ') FROM evidence WHERE event_id = event.id), '') FROM event")
    for rowid in [rowid for rowid, text in rows if _INNER_APOSTROPHES.search(text or "")]:
        _reindex_rowid(db, rowid, places=False)


@migrations()
def m009_other_places(db: sqlite_utils.Database) -> None:
    """An event's other places (a JSON list, as actors): the region or second town an article names beside the
    event's place were dropped when a candidate was accepted."""
    db.execute("ALTER TABLE event ADD COLUMN other_places TEXT NOT NULL DEFAULT '[]'")


@migrations()
def m010_search_case_folded(db: sqlite_utils.Database) -> None:
    """Word search finds 'Straße' as Strasse (see searchable): the events whose text has a word case folding
    spells otherwise are indexed again."""
    rows = db.execute("SELECT event.rowid, headline || ' ' || coalesce(description, '') || ' ' || coalesce("
                      "(SELECT group_concat(quote, ' ') FROM evidence WHERE event_id = event.id), '') FROM event")
    for rowid in [rowid for rowid, text in rows if any(len(_spellings(w)) > 1 for w in _WORD.findall(text or ""))]:
        _reindex_rowid(db, rowid, places=False)


@migrations()
def m011_search_places(db: sqlite_utils.Database) -> None:
    """Word search looks in an event's places too (location, region, country, other places): an editor typing
    'Goma' expects the events placed there. FTS5 tables take no new column: the index is built again, its texts
    copied as indexed (100k events: about 2 s to open, where indexing each event anew took 5.5 s)."""
    db.execute("ALTER TABLE event_fts RENAME TO event_fts_before_places")
    db.execute(f"CREATE VIRTUAL TABLE event_fts USING fts5({', '.join(_FTS_COLUMNS)},"
               " tokenize='unicode61 remove_diacritics 2')")
    rows = db.execute("SELECT f.rowid, f.headline, f.description, f.quotes, location, admin1, country, other_places"
                      " FROM event_fts_before_places f JOIN event ON event.rowid = f.rowid")
    db.conn.executemany(_FTS_INSERT, ([*row[:4], _places_text(*row[4:])] for row in rows))
    db.execute("DROP TABLE event_fts_before_places")


@migrations()
def m012_learned_places_are_names(db: sqlite_utils.Database) -> None:
    """Places learned before learnable_places() that no confirmed event teaches now ('near Goma', 'Uqairabat,
    Hama', a country-only event's country) are forgotten; nothing is learned anew (a name forgotten on
    purpose stays forgotten)."""
    taught = {name for location, country, other_places in db.execute(
        "SELECT location, country, other_places FROM event WHERE status = 'confirmed'")
        for name in learnable_places(Event(FuzzyDate("2000"), "-", location=location or "", country=country or "",
                                           other_places=json.loads(other_places or "[]")))}
    stale = [name for (name,) in db.execute("SELECT name FROM vocabulary WHERE kind = 'place'") if name not in taught]
    db.conn.executemany("DELETE FROM vocabulary WHERE kind = 'place' AND name = ?", [(n,) for n in stale])


@migrations()
def m013_approximate_in_date_order(db: sqlite_utils.Database) -> None:
    """Events of the same days are listed exact first, then approximate ('March 2011' before 'c. March 2011'):
    without the flag in the order, an article's order split one date label in two. The display-order indexes
    take it after the days, so listing 100k events still reads only an index."""
    _date_order_indexes(db, "sort_start, precision_rank, sort_end, approximate, sort_source, id")


def _date_order_indexes(db: sqlite_utils.Database, order: str) -> None:
    """The indexes the chronology reads in display order: the date order alone, after a status or a type (the
    filters), and after the headline's sort key (the headline sort)."""
    for name, columns in (("idx_event_order", order), ("idx_event_status_order", f"status, {order}"),
                          ("idx_event_event_type_order", f"event_type, {order}"),
                          ("idx_event_headline", f"sort_headline, {order}")):
        db.execute(f"DROP INDEX IF EXISTS {name}")
        db.execute(f"CREATE INDEX {name} ON event({columns})")


# An event's place in its first source: the article's publication date, the article, then the offset of the quote in
# it, so that events of one day keep the order the article tells them in. A quote without offsets (imported from an
# export, which carries no article text to place it in) comes after those with, in the order the quotes were stored:
# an import stores a file's rows in order, and an export writes them in the chronology's order.
_SOURCE_POSITION = ("(SELECT coalesce(source.published, '') || '|' || evidence.source_id || '|'"
                    " || CASE WHEN evidence.start IS NULL THEN printf('9999999999|%012d', evidence.rowid)"
                    " ELSE printf('%010d|%012d', evidence.start, evidence.rowid) END"
                    " FROM evidence JOIN source ON source.id = evidence.source_id"
                    " WHERE evidence.event_id = event.id ORDER BY evidence.rowid LIMIT 1)")
# Two events of one sentence ('Accept + another like it') follow in the order they were accepted (the quote stored
# first, first). Events no article places (typed by hand, `chronoapp add`) come before the day's articles, in the
# order they were entered, not by their random id.
_SORT_SOURCE = f"coalesce({_SOURCE_POSITION}, printf(' %s|%012d', event.created_at, event.rowid))"


# the row a deleted event's quote was stored in, noted on its Evidence by delete_event for restore_events (not a
# field: no column, no export)
_STORED_ROW = "_stored_row"


@migrations()
def m014_quotes_without_offsets_in_stored_order(db: sqlite_utils.Database) -> None:
    """Events of one day whose quotes have no offsets (imported from a CSV or TimelineJS export) are listed in the
    order the quotes were stored, the file's order, not by id (random: a round trip shuffled a day's events)."""
    db.execute(f"UPDATE event SET sort_source = coalesce({_SOURCE_POSITION}, '') WHERE sort_source LIKE '%|9999999999'")


SCHEMA_VERSION = len(migrations._migrations)

# Columns of the event table that map 1:1 onto Event attributes.
_PLAIN = ("headline", "description", "event_type", "location", "admin1", "country", "latitude", "longitude",
          "fatalities", "fatalities_low", "fatalities_high", "attribution", "status", "confidence",
          "date_text", "date_reason", "notes", "created_at", "updated_at", "id")
_SORTS = {
    # the same days: exact before approximate, so one date label sits together; then the order the article tells
    "date": "sort_start {d}, precision_rank {d}, sort_end {d}, approximate {d}, sort_source {d}",
    "headline": "sort_headline {d}",
    "event_type": "event_type {d}",
    "location": "sort_location = '', sort_location {d}",  # events with no place last, either way
    "actors": "sort_actors = '', sort_actors {d}",
    "status": "status {d}",
    # an unknown toll is not a small one: last; 'at least 400' or '8-23' (no best figure) sorts by the figure the
    # Fatalities column shows first, as ACLED codes it, not among the unknown
    "fatalities": "coalesce(fatalities, fatalities_low, fatalities_high) IS NULL, "
                  "coalesce(fatalities, fatalities_low, fatalities_high) {d}",
    "updated": "updated_at {d}",
}
SORTS = tuple(_SORTS)


@dataclass
class EventQuery:
    """Filters shared by the chronology view, the CLI and exports. Empty fields do not filter."""

    text: str = ""                   # full-text search (prefix match on each word)
    date_from: dt.date | None = None  # keeps events whose fuzzy date overlaps [date_from, date_to]
    date_to: dt.date | None = None
    actor: str = ""                  # substring of any actor, ignoring case and accents (see fold)
    location: str = ""               # substring of location, admin1, country or one of the other places
    event_type: str = ""
    source_id: str = ""
    status: str | tuple[str, ...] = ""
    tag: str = ""
    sort: str = "date"
    descending: bool = False
    limit: int | None = None
    offset: int = 0

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.text.strip() and re.search(r"\w", unicodedata.normalize("NFKC", self.text)):
            clauses.append("event.rowid IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?)")
            params.append(fts_query(self.text))
        elif self.text.strip():  # no word to look up (an emoji, a symbol): the characters themselves
            clauses.append("(instr(headline, ?) OR instr(coalesce(description, ''), ?))")
            params += [unicodedata.normalize("NFC", self.text.strip())] * 2
        if self.date_from:
            clauses.append("sort_end >= ?")
            params.append(self.date_from.isoformat())
        if self.date_to:
            clauses.append("sort_start <= ?")
            params.append(self.date_to.isoformat())
        if self.actor.strip():
            # LIKE on the JSON text first: cheap, and rules out most rows before json_each runs
            clause = (_folded_like("actors") + " AND EXISTS (SELECT 1 FROM json_each(event.actors) WHERE "
                      + _folded_like("json_each.value") + ")")
            params += _folded_params(self.actor) * 2
            others = other_names(self.actor)
            if others:  # 'Daesh' typed finds what is stored as ISIS or 'Islamic State': whole names only
                # an ASCII name as one JSON string ('"isis"', any case) rules rows in at C speed; lower() is
                # fold() for ASCII; values beyond ASCII or with an apostrophe (few) are folded in Python
                ascii_names = [n for n in others if n.isascii()]
                marks = ", ".join("?" * len(others))
                prefilter = ["actors LIKE ? ESCAPE '\\'"] * len(ascii_names) + ["actors GLOB ?"]
                clause = (f"({clause}) OR (({' OR '.join(prefilter)}) AND EXISTS (SELECT 1 FROM json_each(event.actors)"
                          f" WHERE lower(json_each.value) IN ({marks}) OR (json_each.value GLOB ? AND "
                          f"fold(json_each.value) IN ({marks}))))")
                params += [_like(json.dumps(n, ensure_ascii=False)) for n in ascii_names] + [_NON_ASCII]
                params += others + [_NON_ASCII] + others
            clauses.append(f"({clause})")
        if self.location.strip():
            clauses.append(f"({_folded_like('location')} OR {_folded_like('admin1')} OR {_folded_like('country')}"
                           f" OR other_places != '[]' AND {_folded_like('other_places')})")  # (most have none: quick)
            params += _folded_params(self.location) * 4
        if self.event_type:
            clauses.append("event_type = ?")
            params.append(self.event_type)
        if self.source_id:
            clauses.append("EXISTS (SELECT 1 FROM evidence WHERE evidence.event_id = event.id AND source_id = ?)")
            params.append(self.source_id)
        if self.status:
            statuses = (self.status,) if isinstance(self.status, str) else tuple(self.status)
            clauses.append(f"status IN ({', '.join('?' * len(statuses))})")
            params += list(statuses)
        if self.tag.strip():
            clauses.append(_folded_like("tags") + " AND EXISTS (SELECT 1 FROM json_each(event.tags) WHERE "
                           + _folded_like("json_each.value") + ")")
            params += _folded_params(self.tag) * 2
        return (" AND ".join(clauses) or "1"), params

    def table(self) -> str:
        """Substring filters must look at every row anyway: a table scan and one sort beats walking
        the date index and fetching each row at random (100k events, actor filter: 1.4 s -> 0.1 s)."""
        scans = self.actor.strip() or self.location.strip() or self.tag.strip()
        return "event NOT INDEXED" if scans else "event"

    def order_by(self) -> str:
        if self.sort not in _SORTS:
            raise ValueError(f"cannot sort by '{self.sort}' (choose from {', '.join(_SORTS)})")
        order = _SORTS[self.sort].format(d="DESC" if self.descending else "ASC")
        return order + (", " + _SORTS["date"].format(d="ASC") if self.sort != "date" else "") + ", id"


# an apostrophe or ayn inside a word, as transliterations write it or leave it out: Ma'arrat, Ma\u02bfarrat, Maarrat;
# Dar\u2018a, Dara; Sana'a, Sanaa
_APOSTROPHES = "'\u2018\u2019\u02bb\u02bc\u02be\u02bf`"
_WORD = re.compile(rf"[^\W{_APOSTROPHES}]+(?:[{_APOSTROPHES}]+[^\W{_APOSTROPHES}]+)*")
_INNER_APOSTROPHES = re.compile(rf"(?<=\w)[{_APOSTROPHES}]+(?=\w)")


def _spellings(word: str) -> list[str]:
    """A word without the apostrophe inside it ("Ma'arrat": Maarrat), then case-folded when folding spells it
    otherwise than the index's lower case does ('Straße': strasse, as the place filter's fold() reads it)."""
    plain = _INNER_APOSTROPHES.sub("", word)
    folded = plain.casefold()
    return [plain] + ([folded] if folded != plain.lower() else [])


def searchable(text: str) -> str:
    """Text as the word index holds it: as written, then each word's other spellings (see _spellings), so
    "Ma'arrat" is found as Ma'arrat and as Maarrat ('d\u2019Ivoire' as Ivoire and as dIvoire), 'Straße' as
    Strasse."""
    others = [s for w in _WORD.findall(text) for s in _spellings(w) if s != w]
    return " ".join([text, *others]) if others else text


def fts_query(text: str) -> str:
    """User words → an FTS5 query: every word must appear (as a prefix); no FTS syntax leaks through. A word
    is looked up in each spelling searchable() indexes: without its inner apostrophe, 'Straße' as itself or
    strasse (a text written Strasse)."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text))  # 'e' + combining accent is 'é'; full width

    def term(word: str) -> str:
        alternatives = ['"' + s.replace('"', '""') + '"*' for s in _spellings(word)]
        return alternatives[0] if len(alternatives) == 1 else f"({' OR '.join(alternatives)})"

    return " ".join(term(w) for w in words) or '""'


def fold(text):
    """Text compared without case, accents or apostrophes inside words, in every script: 'Ḥalab' → 'halab',
    'КИЇВ' → 'київ', "Dar'a" → 'dara' (SQL fold())."""
    if not isinstance(text, str):
        return text
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    return _INNER_APOSTROPHES.sub("", folded)  # Dar'a, Dar\u2018a and Dara are one place (see searchable)


# letters with no decomposition into a base letter and an accent, read as the letter they are sorted with
_SORT_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "ß": "ss",
                               "æ": "ae", "œ": "oe", "þ": "th", "ŀ": "l", "ĸ": "k"})


def sort_key(text):
    """Where a name goes in alphabetical order, whatever its accents and case and in every script: 'Ālbū Kamāl'
    beside 'Aleppo', 'Şırnak' among the S, 'Łódź' among the L; quote marks, an ʿayn or a hamza written
    before it do not move it (stored in the sort_* columns, SQL sort_key())."""
    if not isinstance(text, str) or not text:
        return ""
    if text.isascii():  # most names: no accents to take off (and quicker at every save)
        folded = text.casefold()
        return re.sub(r"^[\W_]+", "", folded) or folded
    folded = fold(text).translate(_SORT_LETTERS)
    folded = "".join(c for c in folded if unicodedata.category(c) not in ("Lm", "Sk"))  # ʿ ʾ ˈ
    return re.sub(r"^[\W_]+", "", folded) or folded


# GLOB: the value holds a character beyond ASCII, or an apostrophe (' or `), which fold() may take out
_NON_ASCII = f"*[^{chr(1)}-{chr(38)}{chr(40)}-{chr(95)}{chr(97)}-{chr(127)}]*"


def _folded_like(column: str) -> str:
    """column contains the (folded) ? pattern, ignoring case and accents. SQLite's LIKE only ignores
    the case of A-Z, so values beyond ASCII (few, found by GLOB at C speed) are folded in Python."""
    return f"({column} LIKE ? ESCAPE '\\' OR ({column} GLOB ? AND fold({column}) LIKE ? ESCAPE '\\'))"


def _register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("fold", 1, fold, deterministic=True)
    conn.create_function("sort_key", 1, sort_key, deterministic=True)


def _folded_params(text: str) -> list[str]:
    pattern = _like(text)
    return [pattern, _NON_ASCII, pattern]


@lru_cache(maxsize=1)
def _actor_names() -> dict[str, tuple[str, ...]]:
    """Folded name or alias -> the folded names of that actor in the shipped vocabulary (ISIS = ISIL = Daesh)."""
    from chronoapp.core.resources import resource_path

    try:
        actors = json.loads(resource_path("vocab", "actors.json").read_text(encoding="utf-8"))["actors"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    names: dict[str, tuple[str, ...]] = {}
    for actor in actors:
        group = tuple(dict.fromkeys(fold(n) for n in (actor.get("name", ""), *actor.get("aliases", ())) if n))
        for name in group:
            names[name] = tuple(dict.fromkeys(names.get(name, ()) + group))
    return names


# words typed that fit the names of more actors than this name none in particular ('forces', 'army')
_MAX_ACTORS_BY_WORD = 5


def other_names(actor: str) -> list[str]:
    """The other names (folded) of the actor typed when it is one the vocabulary knows; and the name of each actor
    (up to a few) one of whose names holds the words typed as whole words: 'regime' finds government forces
    ('regime forces'), 'Assad' the Syrian Army ('Assad's forces'), 'Rapid Support' the RSF, never 'ISIS' the
    coalition fighting it ('anti-ISIS coalition'). Else []."""
    typed = fold(" ".join(actor.split()))
    names = _actor_names()
    others = [n for n in names.get(typed, ()) if n != typed]
    if len(typed) >= 3:
        words = re.compile(r"(?<![\w-])" + re.escape(typed) + r"(?!\w)")
        actors = {group[0] for name, group in names.items() if words.search(name)}
        if len(actors) <= _MAX_ACTORS_BY_WORD:
            others += sorted(n for n in actors if n != typed and n not in others)
    return others


def _like(text: str) -> str:
    escaped = fold(text.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# the word index: an event's texts, then every place it names (each run through searchable())
_FTS_COLUMNS = ("headline", "description", "quotes", "places")
_FTS_INSERT = f"INSERT INTO event_fts(rowid, {', '.join(_FTS_COLUMNS)}) VALUES (?, ?, ?, ?, ?)"
_FTS_SOURCE = ("SELECT rowid, headline, description, (SELECT group_concat(quote, ' ') FROM evidence WHERE"
               " event_id = event.id), location, admin1, country, other_places FROM event")


def _places_text(location, admin1, country, other_places) -> str:
    return searchable("; ".join(p for p in (location, admin1, country, *json.loads(other_places or "[]")) if p))


def _fts_values(row) -> list:
    rowid, headline, description, quotes = row[:4]
    return [rowid, *(searchable(text or "") for text in (headline, description, quotes)), _places_text(*row[4:])]


def _reindex_rowid(db: sqlite_utils.Database, rowid: int, places: bool = True) -> None:
    """Index one event again. places=False: as the migrations before m011 did, when the index had no places
    column (and events no other_places); m011 then indexes every event anew."""
    db.execute("DELETE FROM event_fts WHERE rowid = ?", [rowid])
    if places:
        row = db.execute(_FTS_SOURCE + " WHERE rowid = ?", [rowid]).fetchone()
        if row:
            db.execute(_FTS_INSERT, _fts_values(row))
        return
    row = db.execute(
        "SELECT headline, description, (SELECT group_concat(quote, ' ') FROM evidence WHERE event_id = event.id)"
        " FROM event WHERE rowid = ?",
        [rowid],
    ).fetchone()
    if row:
        db.execute("INSERT INTO event_fts(rowid, headline, description, quotes) VALUES (?, ?, ?, ?)",
                   [rowid, *(searchable(text or "") for text in row)])


# where a place lies, written after its name ('Uqairabat, Hama', 'Sake (North Kivu)'), and a description in
# place of a name: it opens with a lower-case word ('near Goma', 'outskirts of Aleppo', 'between Sake and Goma')
_PLACE_QUALIFIER = re.compile(r"\s*[,(\uff0c\u060c].*", re.S)
_DESCRIBED_PLACE = re.compile(r"[a-z]+\s")


def learnable_places(e: Event) -> list[str]:
    """The places of a confirmed event that later articles should recognise: each name as an editor would find
    it in a text, never a description ('near Goma'), never what follows its name ('Uqairabat, Hama' teaches
    Uqairabat), never the event's own country (its field holds it, the gazetteer knows every country, and
    it was offered among the towns as they type)."""
    country = fold(e.country.strip())
    names = (_PLACE_QUALIFIER.sub("", p).strip() for p in e.places())
    return list(dict.fromkeys(n for n in names if n and not _DESCRIBED_PLACE.match(n) and fold(n) != country))


@dataclass
class DeletedSource:
    """A source as Store.source_backup found it before deleting it: the article and every event citing it."""

    source: Source
    events: list[Event]


class Store:
    """A chronology file. Open with Store(path); use as a context manager or call close()."""

    def __init__(self, path: str | os.PathLike, *, create: bool = True, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        exists = self.path.exists() and self.path.stat().st_size > 0
        if not exists and (not create or readonly):
            if self.path.is_file():  # (an empty file: the wrong name, or a chronology never written to)
                raise StoreError(f"{self.path} is an empty file, not a chronology (chronoapp init makes one)")
            raise StoreError(f"{self.path} does not exist")
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a chronology file")
        if exists:
            self._check_header()
        if not readonly and exists and not os.access(self.path, os.W_OK):
            raise ReadOnlyError(f"{self.path.name} is read-only: open it read-only or save a copy elsewhere")
        self._notice: str | None = None
        try:
            if readonly:
                conn = _read_only_connection(self.path)
            else:
                if not self.path.parent.exists():
                    raise StoreError(f"the folder {self.path.parent} does not exist")
                conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=2)
            self.db = sqlite_utils.Database(conn)
            _register_functions(conn)
            self._prepare(exists)
        except sqlite3.DatabaseError as exc:
            raise _translate(exc, self.path) from None
        self.identity = _identity(self.path)
        self.wrote = False  # written to since it was opened (so it is worth writing back if moved away)

    def take_notice(self) -> str | None:
        """Something the user must hear about that happened while opening (an older file upgraded) or during a
        write (once), else None."""
        notice, self._notice = self._notice, None
        return notice

    def moved_away(self) -> bool:
        """True when the file at self.path is no longer the one this store has open (deleted, moved,
        replaced while open)."""
        return _identity(self.path) != self.identity

    # --- opening ---------------------------------------------------------------------------
    def _check_header(self) -> None:
        with open(self.path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                # an export or an article opened as a chronology (Ctrl+O on war.csv): say how it does get in
                kind = self.path.suffix.lower()
                hint = ("; to bring in the events of a CSV or TimelineJS export, import it into a chronology "
                        "(File \u2192 Import\u2026, or chronoapp import)" if kind in (".csv", ".json", ".tsv") else
                        "; to read an article, open it with File \u2192 Open article file\u2026 (Ctrl+Shift+O), or "
                        "chronoapp ingest" if kind in (".txt", ".html", ".htm", ".md") else "")
                raise NotAChronologyError(f"{self.path.name} is not a chronology file (it is not an SQLite database)"
                                          + hint)

    def _prepare(self, exists: bool) -> None:
        conn = self.db.conn
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0
        if exists and has_tables and app_id != APPLICATION_ID:
            raise NotAChronologyError(f"{self.path.name} is an SQLite database but not a chronoapp chronology")
        if version > SCHEMA_VERSION:
            raise NewerSchemaError(
                f"{self.path.name} was saved by a newer chronoapp (file format {version}, this version reads up to "
                f"{SCHEMA_VERSION}); update chronoapp to open it"
            )
        conn.execute("PRAGMA foreign_keys = ON")
        if self.readonly:
            if version < SCHEMA_VERSION:
                # Read an older file through an upgraded copy in memory: the file itself stays as it is.
                memory = sqlite3.connect(":memory:", check_same_thread=False)
                conn.backup(memory)
                conn.close()
                self.db = sqlite_utils.Database(memory)
                _register_functions(memory)
                migrations.apply(self.db)
            return
        if version < SCHEMA_VERSION:
            if version == 0 and has_tables and not conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'"
            ).fetchone():
                raise NotAChronologyError(f"{self.path.name} is not a chronoapp chronology")
            if has_tables:
                self._keep_copy_before_upgrade(version)
            self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrations.apply(self.db)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if self.db.journal_mode != "wal":
            self.db.enable_wal()

    def _keep_copy_before_upgrade(self, version: int) -> None:
        """An older chronoapp refuses the file once it is upgraded: keep the file as it was beside it
        (war.before-v12.sqlite, never over an earlier copy), so a colleague on that version can be given it."""
        n, copy_path = 1, self.path.with_name(f"{self.path.stem}.before-v{SCHEMA_VERSION}{self.path.suffix}")
        while copy_path.exists():
            n += 1
            copy_path = self.path.with_name(f"{self.path.stem}.before-v{SCHEMA_VERSION}-{n}{self.path.suffix}")
        upgraded = (f"{self.path.name} was saved by an older chronoapp (file format {version}) and is upgraded to "
                    f"format {SCHEMA_VERSION}, which older versions cannot open")
        try:
            if not os.access(self.path.parent, os.W_OK):
                raise PermissionError("the folder is read-only")
            target = sqlite3.connect(str(copy_path))
            try:
                self.db.conn.backup(target)  # the -wal's changes too, which a file copy would leave out
                target.execute("PRAGMA journal_mode = DELETE")  # one file to hand over
            finally:
                target.close()
        except (sqlite3.Error, OSError) as exc:
            with contextlib.suppress(OSError):
                copy_path.unlink(missing_ok=True)
            self._notice = (f"{upgraded}; no copy of the older file could be kept in {self.path.parent} ({exc})")
            return
        self._notice = f"{upgraded}; the file as it was is kept as {copy_path} for older versions"

    def close(self) -> None:
        """Close the file. One deleted, moved or replaced since this store last wrote to it is written back
        first (the other file set aside), else everything written since would go with the deleted file."""
        if self.wrote and not self.readonly:
            try:
                self.ensure_in_place()
            except StoreError:
                pass  # nothing better can be done while closing; the caller was told on the last write
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _write(self):
        """One transaction per user-visible write; errors come back as StoreError."""
        if self.readonly:
            raise ReadOnlyError(f"{self.path.name} is open read-only")
        self.ensure_in_place()
        self.wrote = True
        return _Atomic(self)

    def batch(self):
        """Several writes (a bulk action on many events) as one transaction: all of them or, on an error, none;
        and one commit instead of one per event (rejecting 1,741 events took 15 s)."""
        return self._write()

    def ensure_in_place(self) -> None:
        """Before a write: if the file was deleted or moved while open, write it back first."""
        if self.moved_away():
            self._write_back()

    def _write_back(self) -> None:
        """The file was deleted or moved while open: SQLite would go on writing into the deleted file,
        and all of it would be gone when the file is closed. Like an editor saving a deleted document,
        write everything this chronology holds back to its place, then go on there."""
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.restore")
        try:
            target = sqlite3.connect(str(tmp))
            try:
                self.db.conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # no WAL of its own next to a temp name
            finally:
                target.close()
            self.db.conn.close()  # checkpoints into the deleted file; removes its -wal and -shm
            aside = None
            if self.path.exists():  # replaced, not deleted: keep the file put in its place
                stamp = dt.datetime.now().strftime("%Y-%m-%d %H.%M.%S")
                aside = self.path.with_name(f"{self.path.stem} (replaced while open {stamp}){self.path.suffix}")
                os.replace(self.path, aside)
            os.replace(tmp, self.path)
            if aside is not None:
                self._notice = (f"{self.path.name} was replaced by another file while it was open. Your chronology "
                                f"is written back in its place; the other file is kept as “{aside.name}” "
                                "(open it, or merge it with File → Merge).")
            conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=2)
            self.db = sqlite_utils.Database(conn)
            _register_functions(conn)
            self._prepare(True)
            self.identity = _identity(self.path)
        except (sqlite3.Error, OSError) as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"{self.path.name} was deleted or moved while open and could not be written back "
                             f"({exc}): nothing was saved; use File \u2192 Save a copy as\u2026 to keep your work"
                             ) from None

    # --- sources ---------------------------------------------------------------------------
    def add_source(self, source: Source, *, refresh_details: bool = False) -> str:
        """Store a source; the same text from the same URL is stored once (its id is returned). With
        refresh_details (the editor extracting the article again), its outlet, title and publication
        date take the ones given now, where given: they were corrected."""
        existing = self.db.execute(
            "SELECT id, outlet, title, published FROM source WHERE sha256 = ? AND coalesce(url, '') = ?",
            [source.sha256, source.url or ""]
        ).fetchone()
        if existing:
            changes = {k: v for k, v, old in (("outlet", source.outlet, existing[1]), ("title", source.title, existing[2]),
                                              ("published", source.published, existing[3])) if v and v != old}
            if refresh_details and changes:
                with self._write():
                    self.db["source"].update(existing[0], changes)
            return existing[0]
        with self._write():
            self.db["source"].insert(
                {"id": source.id, "outlet": source.outlet, "url": source.url, "title": source.title,
                 "published": source.published, "retrieved_at": source.retrieved_at, "text": source.text,
                 "sha256": source.sha256}
            )
        return source.id

    def update_source(self, source_id: str, **details: str) -> Source:
        """Correct a stored source's outlet, url or title (a link that moved, an outlet misspelt at ingest).
        Its text, and so every quote and offset into it, stays as it is."""
        unknown = set(details) - {"outlet", "url", "title"}
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))} of a source")
        if self.get_source(source_id) is None:
            raise StoreError("that source no longer exists")
        with self._write():
            if details:
                self.db["source"].update(source_id, {k: (v or "").strip() for k, v in details.items()})
        return self.get_source(source_id)

    def source_events(self, source_id: str) -> dict[str, list[str]]:
        """What deleting a source would do to its events, by id: 'shared' (another source supports them:
        they lose only this one's quote), 'candidates' (undecided, from this source only: deleted with it)
        and 'decided' (confirmed or rejected, from this source only: deleted only when the editor agrees)."""
        out: dict[str, list[str]] = {"shared": [], "candidates": [], "decided": []}
        for event_id, status, others in self.db.execute(
                "SELECT event.id, event.status, (SELECT count(*) FROM evidence o WHERE o.event_id = event.id"
                " AND o.source_id != ?) FROM event WHERE event.id IN"
                " (SELECT event_id FROM evidence WHERE source_id = ?) ORDER BY event.rowid", [source_id, source_id]):
            out["shared" if others else "candidates" if status == "candidate" else "decided"].append(event_id)
        return out

    def delete_source(self, source_id: str, *, delete_decided: bool = False) -> dict[str, list[str]]:
        """Delete a source and its quotes in one transaction (see source_events for what happens to its events).
        Confirmed or rejected events that only this source supports are never deleted silently: without
        delete_decided, a StoreError says how many and nothing changes."""
        if self.get_source(source_id) is None:
            raise StoreError("that source no longer exists")
        plan = self.source_events(source_id)
        if plan["decided"] and not delete_decided:
            n = len(plan["decided"])
            raise StoreError(f"{n} confirmed or rejected event{'s come' if n != 1 else ' comes'} only from this "
                             "source and would be deleted with it: nothing was deleted (agree to delete "
                             f"{'them' if n != 1 else 'it'} too, or add another source to {'them' if n != 1 else 'it'} first)")
        with self._write():
            for event_id in plan["shared"]:
                event = self.get_event(event_id)
                event.evidence = [ev for ev in event.evidence if ev.source_id != source_id]
                self.save_event(event, action="source deleted")
            for event_id in plan["candidates"] + plan["decided"]:
                self.delete_event(event_id)
            self.db.execute("DELETE FROM evidence WHERE source_id = ?", [source_id])
            self.db.execute("DELETE FROM source WHERE id = ?", [source_id])
        return plan

    def source_backup(self, source_id: str) -> "DeletedSource":
        """Everything delete_source would take away, for restore_source to put back (undo)."""
        source = self.get_source(source_id)
        if source is None:
            raise StoreError("that source no longer exists")
        ids = [i for ids in self.source_events(source_id).values() for i in ids]
        # in the order their quotes were stored, restored in it: the events of a day whose quotes have no offsets
        # keep their order among themselves (see _SOURCE_POSITION)
        stored = dict(self.db.execute("SELECT event_id, min(rowid) FROM evidence WHERE source_id = ? GROUP BY event_id",
                                      [source_id]))
        return DeletedSource(source, [self.get_event(i) for i in sorted(ids, key=stored.get)])

    def restore_source(self, backup: "DeletedSource") -> str:
        """Put back a deleted source, its quotes and the events deleted with it, in one transaction. An event
        kept by another source gets its quote back where it was; one changed since keeps the change. The same
        article stored again meanwhile (extracted anew) takes the quotes back: the file holds it once. Returns
        the id of the source the quotes are under."""
        again = self.db.execute("SELECT id FROM source WHERE sha256 = ? AND coalesce(url, '') = ? AND id != ?",
                                [backup.source.sha256, backup.source.url or "", backup.source.id]).fetchone()
        if again:
            backup = copy.deepcopy(backup)
            for ev in (ev for e in backup.events for ev in e.evidence if ev.source_id == backup.source.id):
                ev.source_id = again[0]
            backup.source.id = again[0]
        with self._write():
            if self.get_source(backup.source.id) is None:
                s = backup.source
                self.db["source"].insert(
                    {"id": s.id, "outlet": s.outlet, "url": s.url, "title": s.title, "published": s.published,
                     "retrieved_at": s.retrieved_at, "text": s.text, "sha256": s.sha256})
            gone = [before for before in backup.events if self.get_event(before.id) is None]
            self.restore_events(gone)  # in one go: what was created since is looked up once
            for before in backup.events:
                if before in gone:
                    continue
                now = self.get_event(before.id)
                current = {ev.id: ev for ev in now.evidence}
                now.evidence = [current.pop(ev.id, ev) for ev in before.evidence
                                if ev.id in current or ev.source_id == backup.source.id] + list(current.values())
                # rewritten in that order: the first quote decides the event's place among the day's events
                self.db.execute("DELETE FROM evidence WHERE event_id = ?", [now.id])
                self.save_event(now, action="source restored")
        return backup.source.id

    def get_source(self, source_id: str) -> Source | None:
        rows = list(self.db.query("SELECT * FROM source WHERE id = ?", [source_id]))
        return _source(rows[0]) if rows else None

    def sources(self, *, with_text: bool = True) -> list[Source]:
        """Every source; with_text=False leaves the article texts out (a list of labels for a menu)."""
        columns = "*" if with_text else (  # an untitled article keeps the start that names it (Source.label)
            "id, outlet, url, title, published, retrieved_at, CASE WHEN coalesce(outlet, '') = '' AND "
            f"coalesce(title, '') = '' AND coalesce(url, '') = '' THEN substr(text, 1, {LABEL_CHARS + 1}) ELSE '' END AS text")
        return [_source(r) for r in self.db.query(f"SELECT {columns} FROM source ORDER BY published, outlet")]

    # --- events ----------------------------------------------------------------------------
    def save_event(self, event: Event, *, action: str | None = None) -> Event:
        """Insert or update an event with its evidence; records what changed in the event's history. An event
        listed without its evidence (evidence_loaded False) keeps the sources stored: what it carries is added or
        updated, nothing is dropped (only an event loaded whole, by get_event or query(with_evidence=True), can)."""
        before = self.get_event(event.id)
        if not event.evidence_loaded:
            carried = {ev.id: ev for ev in event.evidence}
            event.evidence = [carried.pop(ev.id, ev) for ev in (before.evidence if before else [])]
            event.evidence += carried.values()
            event.evidence_loaded = True
        event.tidy()
        event.validate()
        event.updated_at = now_iso()
        if before is None:
            event.created_at = event.created_at or event.updated_at
        with self._write():
            _upsert(self.db, "event", _event_row(event))
            for ev in event.evidence:
                _upsert(self.db, "evidence", _evidence_row(event.id, ev))
            kept = [ev.id for ev in event.evidence]
            self.db.execute(
                f"DELETE FROM evidence WHERE event_id = ? AND id NOT IN ({', '.join('?' * len(kept))})",
                [event.id, *kept],
            )
            self.db.execute(f"UPDATE event SET sort_source = {_SORT_SOURCE} WHERE id = ?",
                            [event.id])
            self._reindex(event.id)
            changes = event_changes(before, event)
            if before is None or changes:
                self._log(event.id, action or ("created" if before is None else "edited"), changes)
            self._learn(before, event)
        return event

    def get_event(self, event_id: str) -> Event | None:
        rows = list(self.db.query("SELECT * FROM event WHERE id = ?", [event_id]))
        if not rows:
            return None
        event = _event(rows[0])
        event.evidence = [_evidence(r) for r in self.db.query(
            "SELECT * FROM evidence WHERE event_id = ? ORDER BY rowid", [event_id])]
        return event

    def set_status(self, event_id: str, status: str) -> Event:
        event = self.get_event(event_id)
        if event is None:
            raise StoreError("that event no longer exists")
        event.status = status
        return self.save_event(event, action=status)

    def delete_event(self, event_id: str) -> Event | None:
        """Delete an event and its evidence; returns it (with evidence) so it can be restored."""
        event = self.get_event(event_id)
        if event is None:
            return None
        stored = dict(self.db.execute("SELECT id, rowid FROM evidence WHERE event_id = ?", [event_id]))
        for ev in event.evidence:  # see _quotes_back_in_place
            setattr(ev, _STORED_ROW, stored.get(ev.id))
        with self._write():
            rowid = self.db.execute("SELECT rowid FROM event WHERE id = ?", [event_id]).fetchone()[0]
            self.db.execute("DELETE FROM event_fts WHERE rowid = ?", [rowid])
            self.db.execute("DELETE FROM evidence WHERE event_id = ?", [event_id])
            self.db.execute("DELETE FROM event WHERE id = ?", [event_id])
            self._learn(event, None)
            self._log(event_id, "deleted", {})
        return event

    def restore_event(self, event: Event) -> Event:
        """Put back an event removed by delete_event (undo); returns the event it is in the file as (see
        restore_events)."""
        return self.restore_events([event])[0]

    def restore_events(self, events: list[Event]) -> list[Event]:
        """Put back events removed by delete_event (undo), returning each as it is in the file now. One whose
        sentence was accepted again since it was deleted (in another window, by the command line) has a new event
        citing the same quote: that one stays, and takes the quotes of other sources the deleted one had, rather
        than the file holding the event twice; the returned event then has its id. One saved again meanwhile
        (another window said yes to saving it) keeps that save, as restore_source keeps a change. A copy only
        proposed again (the article ingested again: a candidate) gives way to the editor's decision instead."""
        deleted: dict[str, int] = {}
        for chunk in _chunks([e.id for e in events], 500):
            deleted.update(self.db.execute(
                f"SELECT event_id, max(id) FROM event_history WHERE action = 'deleted' AND event_id IN"
                f" ({', '.join('?' * len(chunk))}) GROUP BY event_id", chunk))
        # events created since the first of these deletions (few, usually none), looked up once for all
        created = self.db.execute(
            "SELECT event_id, min(id) AS first FROM event_history WHERE id > ? GROUP BY event_id"
            " HAVING first = (SELECT min(id) FROM event_history h WHERE h.event_id = event_history.event_id)"
            " ORDER BY first", [min(deleted.values())]).fetchall() if deleted else []
        return [self._restore(event, [i for i, first in created if first > deleted.get(event.id, first)])
                for event in events]

    def _restore(self, event: Event, created_since: list[str]) -> Event:
        again = self.get_event(event.id) or self._copy_among(event, created_since)
        if again is not None and again.id != event.id and again.status == "candidate" and event.status != "candidate":
            held = {_quote_key(ev) for ev in event.evidence}
            event = copy.copy(event)  # the caller's backup stays as it was (redo, undo again)
            event.evidence = event.evidence + [ev for ev in again.evidence if _quote_key(ev) not in held]
            self.delete_event(again.id)
            again = None
        if again is None:
            with self._write():  # the event and its quotes' places, as one write
                restored = self.save_event(event, action="restored")
                self._quotes_back_in_place(restored, event.evidence)
            return restored
        held = {_quote_key(ev) for ev in again.evidence}
        missing = [ev for ev in event.evidence if _quote_key(ev) not in held]
        if not missing:
            return again
        again.evidence += missing
        return self.save_event(again, action="restored the sources of a deleted copy")

    def _quotes_back_in_place(self, event: Event, evidence: list[Evidence]) -> None:
        """A restored event's quotes take back the rows they were stored in (when still free): quotes without offsets
        are ordered by their row (_SOURCE_POSITION), so an imported event restored alone came back after the other
        events of its day and article, its quotes stored anew."""
        rows = [(row, ev.id) for ev in evidence if (row := getattr(ev, _STORED_ROW, None)) is not None]
        if not rows:
            return
        for row, evidence_id in rows:
            self.db.execute("UPDATE evidence SET rowid = ? WHERE id = ? AND event_id = ?"
                            " AND NOT EXISTS (SELECT 1 FROM evidence WHERE rowid = ?)",
                            [row, evidence_id, event.id, row])
        self.db.execute(f"UPDATE event SET sort_source = {_SORT_SOURCE} WHERE id = ?", [event.id])

    def _copy_among(self, event: Event, ids: list[str]) -> Event | None:
        """The first of these events (created since `event` was deleted) citing one of its quotes, the same passage
        of the same source. Two events told by one sentence, both there before the deletion, are no copies."""
        quotes = {_quote_key(ev) for ev in event.evidence if ev.start is not None or ev.quote}
        for other in (self.get_event(i) for i in ids):
            if other is not None and quotes & {_quote_key(ev) for ev in other.evidence}:
                return other
        return None

    def history(self, event_id: str) -> list[dict]:
        return [
            {"at": r["at"], "action": r["action"], "changes": json.loads(r["changes"] or "{}")}
            for r in self.db.query("SELECT * FROM event_history WHERE event_id = ? ORDER BY id", [event_id])
        ]

    # --- queries ---------------------------------------------------------------------------
    def query(self, q: EventQuery | None = None, *, with_evidence: bool = False) -> list[Event]:
        """Events matching q; without with_evidence their sources are not read (evidence_loaded False)."""
        q = q or EventQuery()
        where, params = q.where()
        sql = f"SELECT * FROM {q.table()} WHERE {where} ORDER BY {q.order_by()}"
        if q.limit is not None:
            sql += f" LIMIT {int(q.limit)} OFFSET {int(q.offset)}"
        events = [_event(r) for r in self.db.query(sql, params)]
        for e in events:
            e.evidence_loaded = with_evidence
        if with_evidence and events:
            by_id = {e.id: e for e in events}
            for chunk in _chunks(list(by_id), 500):
                for r in self.db.query(
                    f"SELECT * FROM evidence WHERE event_id IN ({', '.join('?' * len(chunk))}) ORDER BY rowid", chunk
                ):
                    by_id[r["event_id"]].evidence.append(_evidence(r))
        return events

    def count(self, q: EventQuery | None = None) -> int:
        q = q or EventQuery()
        where, params = q.where()
        return self.db.execute(f"SELECT count(*) FROM {q.table()} WHERE {where}", params).fetchone()[0]

    def event_ids(self, q: EventQuery | None = None) -> list[str]:
        """Ids in display order: cheap enough for 100k events, so views can fetch rows lazily."""
        q = q or EventQuery()
        where, params = q.where()
        return [r[0] for r in self.db.execute(f"SELECT id FROM {q.table()} WHERE {where} ORDER BY {q.order_by()}", params)]

    def rows(self, ids: list[str], columns: tuple[str, ...] = ("*",)) -> dict[str, dict]:
        """Raw event rows for the given ids (dates as stored), keyed by id."""
        out: dict[str, dict] = {}
        cols = ", ".join(columns) if columns != ("*",) else "*"
        for chunk in _chunks(ids, 500):
            for r in self.db.query(f"SELECT {cols}, id AS _id FROM event WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
                out[r["_id"]] = r
        return out

    def month_counts(self, q: EventQuery | None = None) -> dict[str, tuple[int, int]]:
        """{"YYYY-MM": (exact, vague)} by the month each matching event starts in; "vague" counts
        dates not confined to that month (years, longer ranges, open-ended), so charts can say so."""
        q = q or EventQuery()
        where, params = q.where()
        sql = (f"SELECT substr(sort_start, 1, 7) AS month, sum(precision_rank >= {PRECISIONS.index('month')}"
               f" AND substr(sort_end, 1, 7) = substr(sort_start, 1, 7)), count(*)"
               f" FROM {q.table()} WHERE {where} GROUP BY month")
        return {m: (exact, total - exact) for m, exact, total in self.db.execute(sql, params)}

    def distinct(self, column: str) -> list[str]:
        """Known values for filter completions: 'event_type', 'location', 'other_places', 'actors' or 'tags'."""
        if column in ("actors", "tags", "other_places"):
            sql = f"SELECT DISTINCT j.value FROM event, json_each(event.{column}) j ORDER BY j.value COLLATE NOCASE"
        elif column in ("event_type", "location", "country", "status"):
            sql = f"SELECT DISTINCT {column} FROM event WHERE coalesce({column}, '') != '' ORDER BY {column} COLLATE NOCASE"
        else:
            raise ValueError(f"no completions for {column}")
        # in alphabetical order whatever the accents: 'Ḥalab' beside 'Homs', not after 'Zabadani'
        return sorted((r[0] for r in self.db.execute(sql)), key=lambda v: (sort_key(v), v))

    def vocabulary(self, kind: str) -> list[str]:
        """Actors or places editors have confirmed, most used first (kind: 'actor' or 'place')."""
        return [r[0] for r in self.db.execute(
            "SELECT name FROM vocabulary WHERE kind = ? ORDER BY uses DESC, name", [kind])]

    # --- internals -------------------------------------------------------------------------
    def _reindex(self, event_id: str) -> None:
        row = self.db.execute("SELECT rowid FROM event WHERE id = ?", [event_id]).fetchone()
        if row:
            _reindex_rowid(self.db, row[0])

    def _log(self, event_id: str, action: str, changes: dict) -> None:
        self.db.execute(
            "INSERT INTO event_history(event_id, at, action, changes) VALUES (?, ?, ?, ?)",
            [event_id, now_iso(), action, json.dumps(changes, ensure_ascii=False)],
        )

    def _learn(self, before: Event | None, after: Event | None) -> None:
        """Learn the actors and places of a confirmed event; a name no confirmed event uses any more (corrected,
        rejected, deleted) is forgotten, so a misspelling is not offered or recognised for good."""
        def names(e: Event | None) -> set[tuple[str, str]]:
            if e is None or e.status != "confirmed":
                return set()
            return {("actor", a.strip()) for a in e.actors if a.strip()} | {("place", p) for p in learnable_places(e)}

        old, new = names(before), names(after)
        for kind, name in new - old:
            self.db.execute(
                "INSERT INTO vocabulary(kind, name, uses) VALUES (?, ?, 1)"
                " ON CONFLICT(kind, name) DO UPDATE SET uses = uses + 1",
                [kind, name],
            )
        for kind, name in old - new:
            row = self.db.execute("SELECT uses FROM vocabulary WHERE kind = ? AND name = ?", [kind, name]).fetchone()
            if row is None:
                continue
            if row[0] > 1:  # used by other events too (counted once per confirmed event)
                self.db.execute("UPDATE vocabulary SET uses = uses - 1 WHERE kind = ? AND name = ?", [kind, name])
                continue
            if kind == "actor":  # the last use by the count: make sure (a scan, so only then)
                used = self.db.execute(
                    "SELECT 1 FROM event NOT INDEXED WHERE status = 'confirmed' AND instr(actors, ?) AND EXISTS"
                    " (SELECT 1 FROM json_each(event.actors) WHERE trim(json_each.value) = ?) LIMIT 1",
                    [json.dumps(name, ensure_ascii=False)[1:-1], name]).fetchone()
            else:  # (instr rules rows in; the place must be one of the event's, not part of a longer name)
                used = any(name in learnable_places(_event(r)) for r in self.db.query(
                    "SELECT * FROM event NOT INDEXED WHERE status = 'confirmed' AND (instr(location, ?)"
                    " OR instr(other_places, ?))", [name, json.dumps(name, ensure_ascii=False)[1:-1]]))
            if not used:
                self.db.execute("DELETE FROM vocabulary WHERE kind = ? AND name = ?", [kind, name])

    def forget(self, kind: str, name: str) -> bool:
        """Remove a learned actor or place (kind 'actor' or 'place'); False when it was not learned."""
        with self._write():
            return self.db.execute("DELETE FROM vocabulary WHERE kind = ? AND name = ?",
                                   [kind, name.strip()]).rowcount > 0


class _Atomic:
    """db.atomic() that turns SQLite errors into StoreError messages for the user."""

    def __init__(self, store: Store):
        self.store = store
        self.cm = store.db.atomic()

    def __enter__(self):
        try:
            return self.cm.__enter__()
        except sqlite3.DatabaseError as exc:
            raise _translate(exc, self.store.path) from None

    def __exit__(self, exc_type, exc, tb):
        try:
            self.cm.__exit__(exc_type, exc, tb)
        except sqlite3.DatabaseError as err:
            raise _translate(err, self.store.path) from None
        if isinstance(exc, sqlite3.DatabaseError):
            raise _translate(exc, self.store.path) from None
        return False


def read_only_uri(path) -> str:
    """The SQLite URI that opens path read-only, its path percent-encoded: written as it is, a '#' or '?' in a file
    name ('Syria #2.sqlite') ended the path, and SQLite opened another file (created it empty, and not read-only),
    so the chronology view, exports and 'chronoapp list' showed no events."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """A read-only connection to path. Even to read, SQLite makes the -shm file of a file saved in WAL mode (every
    chronology) beside it, so one in a folder nobody may write to (a read-only share, a write-protected stick)
    could not be opened at all. Such a file closed properly holds everything in itself: it is read as immutable
    (no -shm needed). Unsaved changes left in a -wal file beside it would be skipped that way: those are
    refused with what to do instead."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False, timeout=2)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        if os.access(path.parent, os.W_OK):
            raise  # not the folder: locked, or something the caller translates
        conn.close()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise ReadOnlyError(f"{path.name} was not closed properly: its latest changes are in {wal.name} beside it, "
                            "which cannot be read in a folder you may not write to; copy both files to a "
                            "folder of yours and open the copy")
    return sqlite3.connect(read_only_uri(path) + "&immutable=1", uri=True, check_same_thread=False, timeout=2)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _translate(exc: sqlite3.DatabaseError, path: Path) -> StoreError:
    msg = str(exc).lower()
    if "locked" in msg or "busy" in msg:
        return LockedError(f"{path.name} is locked by another program; close it there and try again")
    if "readonly" in msg or "read-only" in msg:
        return ReadOnlyError(f"{path.name} cannot be written (read-only file or folder)")
    if "malformed" in msg:
        return NotAChronologyError(f"{path.name} is damaged (part of it cannot be read): open a backup copy and "
                                   "keep this file aside for recovery (sqlite3's .recover)")
    if "not a database" in msg:
        return NotAChronologyError(f"{path.name} is not a chronology file or is damaged")
    if "disk" in msg and "full" in msg:
        return StoreError(f"the disk holding {path.name} is full: nothing was saved; free some space and try again")
    if "unable to open" in msg:
        return StoreError(f"cannot open {path}: check the folder exists and you may write to it")
    return StoreError(f"{path.name}: {exc}")


translate_error = _translate  # for callers that read through the connection directly (the CLI)


def _upsert(db: sqlite_utils.Database, table: str, row: dict) -> None:
    """Insert or update by id in one statement (sqlite-utils' upsert re-reads the schema on every call)."""
    cols = ", ".join(f'"{c}"' for c in row)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in row if c != "id")
    db.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})"
               f" ON CONFLICT(id) DO UPDATE SET {updates}", list(row.values()))


def _quote_key(ev: Evidence) -> tuple:
    """The passage a quote is: its source and offsets, or its words when it has no offsets (an import)."""
    return (ev.source_id, ev.start, ev.end) if ev.start is not None else (ev.source_id, ev.quote)


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _event_row(e: Event, *, sort_keys: bool = True) -> dict:
    d = e.date
    row = {name: getattr(e, name) for name in _PLAIN}
    row.update(
        date_start=d.start, date_end=d.end, precision=d.precision, approximate=int(d.approximate),
        sort_start=d.first_day.isoformat(), sort_end=d.last_day.isoformat(),
        precision_rank=PRECISIONS.index(d.precision),
        actors=json.dumps(e.actors, ensure_ascii=False), tags=json.dumps(e.tags, ensure_ascii=False),
        other_places=json.dumps(e.other_places, ensure_ascii=False),
    )
    if sort_keys:
        row.update(sort_headline=sort_key(e.headline), sort_location=sort_key(e.location),
                   sort_actors=sort_key("; ".join(e.actors)))
    return row


def _event(r: dict) -> Event:
    kwargs = {name: r[name] for name in _PLAIN}
    kwargs = {k: ("" if v is None and k in ("headline", "description", "event_type", "location", "admin1",
                                            "country", "date_text", "date_reason", "notes") else v)
              for k, v in kwargs.items()}
    date = FuzzyDate(r["date_start"], r["date_end"], bool(r["approximate"]))
    return Event(date=date, actors=json.loads(r["actors"] or "[]"), tags=json.loads(r["tags"] or "[]"),
                 other_places=json.loads(r.get("other_places") or "[]"), **kwargs)


def _evidence_row(event_id: str, ev: Evidence) -> dict:
    row = {f.name: getattr(ev, f.name) for f in fields(Evidence)}
    row["event_id"] = event_id
    return row


def _evidence(r: dict) -> Evidence:
    return Evidence(**{f.name: r[f.name] for f in fields(Evidence)})


def _source(r: dict) -> Source:
    return Source(id=r["id"], outlet=r["outlet"] or "", url=r["url"] or "", title=r["title"] or "",
                  published=r["published"], text=r["text"] or "", retrieved_at=r["retrieved_at"])


def event_changes(before: Event | None, after: Event) -> dict:
    """{field: [old, new]} for the fields an editor sees (after tidied, as save_event tidies it)."""
    if before is None:
        return {}
    a, b = _event_row(before, sort_keys=False), _event_row(after, sort_keys=False)
    skip = {"updated_at", "created_at", "sort_start", "sort_end", "precision_rank"}
    changes = {k: [a[k], b[k]] for k in b if k not in skip and a.get(k) != b[k]}
    old_ev = [(e.source_id, e.quote, e.fatalities, e.attribution) for e in before.evidence]
    new_ev = [(e.source_id, e.quote, e.fatalities, e.attribution) for e in after.evidence]
    if old_ev != new_ev:
        changes["sources"] = [len(old_ev), len(new_ev)]
    return changes


__all__ = ["Store", "EventQuery", "event_changes", "SORTS", "StoreError", "NotAChronologyError", "NewerSchemaError", "ReadOnlyError",
           "LockedError", "SCHEMA_VERSION", "APPLICATION_ID", "MAX_DAY", "fts_query"]
