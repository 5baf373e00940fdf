"""Merge another chronology file into the open one, so two colleagues can combine their work.

- Same event id in both: the version with the newer updated_at wins; the other version's differing
  fields are kept in the event's history (as {field: [other value, kept value]}); the winner keeps
  its own updated_at, so a later merge compares edit times, not merge times.
- Evidence and sources are carried over: an event keeps every source either file cites for it.
- A new event that looks like one already here (dates overlap, same place, same type, similar
  headline) is added, not combined: it gets the tag "possible-duplicate" and a note naming the
  other event's id, and the report lists the pair for review.
All of it runs in one transaction; dry_run=True computes the report and rolls back.
progress(done, total), if given, is called every PROGRESS_EVERY events of the other file and at the end.
"""
from __future__ import annotations

import dataclasses
import re
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from chronoapp.core.export import PROGRESS_EVERY
from chronoapp.core.model import Event, Source, event_to_dict
from chronoapp.core.store import EventQuery, ReadOnlyError, Store, StoreError, fold, read_only_uri

DUPLICATE_TAG = "possible-duplicate"
# ACLED's political violence: outlets (and the engine) tell one air strike as a battle or as remote violence
VIOLENCE = {"battle", "explosion/remote violence", "violence against civilians"}
SIMILAR_HEADLINE = 80  # rapidfuzz token_set_ratio (0–100) from which two headlines count as similar
_IGNORED = ("id", "created_at", "updated_at", "date_display")


@dataclass
class MergeReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    flagged: list[tuple[str, str]] = field(default_factory=list)  # (added event id, existing look-alike id)
    flagged_text: list[str] = field(default_factory=list)  # the same pairs described for people

    def summary(self) -> str:
        return (f"{len(self.added):,} added, {len(self.updated):,} updated, {len(self.unchanged):,} unchanged, "
                f"{len(self.flagged):,} flagged as possible duplicates")

    def lines(self) -> list[str]:
        return [f"possible duplicate: {new} (added, tagged {DUPLICATE_TAG}) looks like {old}: {text}"
                for (new, old), text in zip(self.flagged, self.flagged_text)]


class _Rollback(Exception):
    pass


Progress = Callable[[int, int], None]


def merge_file(store: Store, other_path, *, dry_run: bool = False, progress: Progress | None = None) -> MergeReport:
    other_path = Path(other_path)
    if other_path.exists() and store.path.exists() and other_path.resolve() == store.path.resolve():
        raise StoreError("cannot merge a chronology into itself")
    try:
        other = Store(other_path, create=False, readonly=True)
    except ReadOnlyError:  # an older file format: upgrade a temporary copy, never the colleague's file
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / other_path.name
            with sqlite3.connect(read_only_uri(other_path), uri=True) as src, sqlite3.connect(copy) as dst:
                src.backup(dst)  # a consistent snapshot, including anything still in the -wal file
            src.close()
            dst.close()
            with Store(copy, create=False) as upgraded:
                return merge(store, upgraded, dry_run=dry_run, progress=progress)
    with other:
        return merge(store, other, dry_run=dry_run, progress=progress)


def merge(store: Store, other: Store, *, dry_run: bool = False, progress: Progress | None = None) -> MergeReport:
    if store.readonly:
        raise ReadOnlyError(f"{store.path.name} is open read-only")
    report = MergeReport()
    try:
        if not dry_run:
            store.ensure_in_place()
        with store.db.atomic():
            _merge(store, other, report, progress)
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    except sqlite3.DatabaseError as exc:  # from the direct updates; save_event translates its own
        raise StoreError(f"{store.path.name}: nothing was merged ({exc})") from None
    except ValueError as exc:  # an event of the other file this version refuses (a toll of twenty billion)
        raise StoreError(f"{store.path.name}: nothing was merged: an event in {other.path.name} cannot be saved "
                         f"({exc}); correct it there and merge again") from None
    return report


def _merge(store: Store, other: Store, report: MergeReport, progress: Progress | None) -> None:
    source_ids = {src.id: _same_source(store, src) for src in other.sources()}
    lookalikes = defaultdict(list)  # (type, place) -> events already here, for duplicate checks
    for e in store.query(EventQuery()):
        if e.location.strip():
            lookalikes[_place_key(e)].append(e)
    events = other.query(EventQuery(), with_evidence=True)
    for done, theirs in enumerate(events):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(events))
        for ev in theirs.evidence:
            ev.source_id = source_ids.get(ev.source_id, ev.source_id)
        ours = store.get_event(theirs.id)
        if ours is None:
            _add(store, theirs, lookalikes, report)
            continue
        newer, older = (theirs, ours) if theirs.updated_at > ours.updated_at else (ours, theirs)
        ids, quotes = {x.id for x in newer.evidence}, {(x.source_id, x.quote) for x in newer.evidence}
        extra = [ev for ev in older.evidence if ev.id not in ids and (ev.source_id, ev.quote) not in quotes]
        differs = _content(newer) != _content(older)
        if (newer is ours or not differs) and not extra:
            if differs and theirs.updated_at < ours.updated_at:  # keep their older version in the history
                _log_once(store, ours.id, "merge kept this newer version", _changes(theirs, ours))
            report.unchanged.append(ours.id)
            continue
        kept_time = newer.updated_at
        merged = dataclasses.replace(newer, evidence=newer.evidence + extra)
        store.save_event(merged, action="merged")
        _set_updated_at(store, merged.id, kept_time)
        report.updated.append(merged.id)
    if progress is not None:
        progress(len(events), len(events))


def _same_source(store: Store, src: Source) -> str:
    """Our id for their source: the same id, else the same URL (e.g. a source imported from a CSV,
    which then gains the article text), else a new copy."""
    if store.get_source(src.id):
        return src.id
    if src.url:
        row = store.db.execute("SELECT id, text FROM source WHERE url = ? ORDER BY length(text) DESC LIMIT 1",
                               [src.url]).fetchone()
        if row:
            if not row[1] and src.text:
                store.db.execute("UPDATE source SET text = ?, sha256 = ? WHERE id = ?", [src.text, src.sha256, row[0]])
            return row[0]
    return store.add_source(src)


def _add(store: Store, event: Event, lookalikes: dict, report: MergeReport) -> None:
    kept_time = event.updated_at
    twin = _lookalike(event, lookalikes.get(_place_key(event), [])) if event.location.strip() else None
    if twin is not None:
        event.tags = [*event.tags, DUPLICATE_TAG] if DUPLICATE_TAG not in event.tags else event.tags
        note = f"Possible duplicate of {twin.id} (“{twin.headline}”): check both and merge by hand."
        event.notes = f"{event.notes}\n{note}" if event.notes else note
        report.flagged.append((event.id, twin.id))
        report.flagged_text.append(f"“{event.headline}” ({event.date.display()}) looks like “{twin.headline}” "
                                   f"({twin.date.display()})")
    else:
        report.added.append(event.id)
    store.save_event(event, action="merged")
    _set_updated_at(store, event.id, kept_time)


def _lookalike(event: Event, candidates: list[Event]) -> Event | None:
    best, best_score = None, SIMILAR_HEADLINE - 1
    for c in candidates:
        if not c.date.overlaps(event.date.first_day, event.date.last_day):
            continue
        score = fuzz.token_set_ratio(event.headline.casefold(), c.headline.casefold())
        if score > best_score:
            best, best_score = c, score
    return best


def _place_key(e: Event) -> tuple[str, str]:
    return e.event_type, " ".join(e.location.casefold().split())


def _content(e: Event) -> dict:
    d = event_to_dict(e)
    for k in _IGNORED:
        d.pop(k)
    return d


def _changes(old: Event, kept: Event) -> dict:
    a, b = _content(old), _content(kept)
    return {k: [a[k], b[k]] for k in b if a[k] != b[k]}


def _log_once(store: Store, event_id: str, action: str, changes: dict) -> None:
    """Add a history entry unless the last one says the same (merging the same file twice)."""
    last = store.history(event_id)[-1:]
    if not last or (last[0]["action"], last[0]["changes"]) != (action, changes):
        store._log(event_id, action, changes)


def _set_updated_at(store: Store, event_id: str, when: str) -> None:
    store.db.execute("UPDATE event SET updated_at = ? WHERE id = ?", [when, event_id])


MAX_DUPLICATE_SPAN_DAYS = 31  # a date vaguer than this ("2019") overlaps too much to suggest anything


def likely_duplicates(store: Store, event: Event, limit: int = 5) -> list[Event]:
    """Events already in the file that may be this one told by another outlet, likeliest first: their dates
    overlap (both known to a month or better) and they share the place (and the type, both being violence, or
    some headline words), or their headlines are alike. The place is shared when the locations are the same or
    one's location is among the other's places: one outlet places the shelling of a camp at the camp, another
    at the town beside it with the camp named too. The editor decides (Alt+X in the review); nothing is merged
    here."""
    d = event.date
    if d.is_open or (d.last_day - d.first_day).days > MAX_DUPLICATE_SPAN_DAYS:
        return []
    q = EventQuery(date_from=d.first_day, date_to=d.last_day, status=("confirmed", "candidate"), limit=500)
    own_sources = {ev.source_id for ev in event.evidence}
    place, places = _folded_place(event.location), {_folded_place(p) for p in event.places()}
    scored = []
    for other in store.query(q, with_evidence=True):
        od = other.date
        if other.id == event.id or od.is_open or (od.last_day - od.first_day).days > MAX_DUPLICATE_SPAN_DAYS:
            continue
        if own_sources & {ev.source_id for ev in other.evidence}:
            continue  # told by the same article: another event of it, not another outlet's report
        words = fuzz.token_set_ratio(fold(event.headline), fold(other.headline))
        other_place = _folded_place(other.location)
        same_place = bool(place) and (place == other_place or place in {_folded_place(p) for p in other.places()}
                                      or other_place in places)
        same_kind = other.event_type == event.event_type or {other.event_type, event.event_type} <= VIOLENCE
        if same_place and (same_kind or words >= 50):
            scored.append((words + 100, other))
        elif words >= SIMILAR_HEADLINE:
            scored.append((words, other))
    scored.sort(key=lambda s: -s[0])
    return [e for _score, e in scored[:limit]]


# a place's generic last word, which one outlet writes and another leaves out: 'the Abu Shouk (displacement) camp'
_GENERIC_PLACE_WORD = re.compile(r"\s+(?:(?:displacement|refugee|idp)\s+)?(?:camp|town|village|city|district|"
                                 r"neighbou?rhood|area)$")


def _folded_place(name: str) -> str:
    """The place as two outlets' spellings of it compare: case, accents, spaces and a generic last word aside."""
    return _GENERIC_PLACE_WORD.sub("", fold(" ".join(name.split())))
