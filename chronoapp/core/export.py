"""Exports and imports of chronologies: CSV, Markdown, TimelineJS (JSON and sheet CSV), ACLED-style CSV.

Writers take events (with evidence) plus the sources they cite and write text to a stream;
`export_to_file` writes through a temp file in the target folder and renames it, so a failed
export never leaves a partial file. Readers parse the own CSV and TimelineJS JSON into events
with a per-row error report; `import_file` stores the good rows in one transaction (or none in
strict mode).

Spreadsheet safety: every text cell of a CSV export that starts with = + - @ tab CR NUL (or with the
quote itself) gets a single leading quote, so Excel/LibreOffice/Sheets show it as text instead of
running it as a formula; the importer removes exactly that one quote, so round trips are lossless.
The TimelineJS sheet, read as HTML, writes such a first character as a character reference instead ('&#61;').
"""
from __future__ import annotations

import codecs
import contextlib
import csv
import dataclasses
import datetime as dt
import glob
import html
import io
import itertools
import json
import os
import re
import sqlite3
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TextIO

from chronoapp.core.dates import MONTHS, DateError, FuzzyDate, Period, display_period, parse_timex
from chronoapp.core.model import (EVENT_TYPES, Event, Evidence, Source, bidi_isolate, headline_from, new_id, now_iso,
                                  toll_text)
from chronoapp.core.store import ReadOnlyError, StoreError

FORMATS = {  # name -> (label, file extension)
    "csv": ("CSV (all fields, re-importable)", ".csv"),
    "markdown": ("Markdown chronology", ".md"),
    "timelinejs-json": ("TimelineJS JSON", ".json"),
    "timelinejs-csv": ("TimelineJS spreadsheet (CSV)", ".csv"),
    "acled": ("ACLED-style CSV", ".csv"),
}
CSV_FORMATS = ("csv", "timelinejs-csv", "acled")


class ExportError(Exception):
    """An export or import that cannot be done; the message is one human line."""


# --- CSV: the own format -------------------------------------------------------------------
# Stable columns, in this order. One event per row; list cells (actors, tags) are joined by "; ".
CSV_COLUMNS = (
    "id", "date_start", "date_end", "precision", "date_display", "headline", "description", "event_type",
    "actors", "location", "fatalities", "attribution", "status",
    "source_outlet", "source_title", "source_url", "source_published", "quote", "source_fatalities",
    "source_attribution",
    "approximate", "date_text", "date_reason", "admin1", "country", "latitude", "longitude", "fatalities_low", "fatalities_high",
    "confidence", "tags", "notes", "created_at", "updated_at", "other_places",
)
# One group of columns per source. The first source uses the names above; a second source adds
# source_outlet_2 ... source_attribution_2 at the end of the header, and so on.
SOURCE_COLUMNS = ("source_outlet", "source_title", "source_url", "source_published", "quote", "source_fatalities",
                  "source_attribution")
OPEN_END = ".."  # date_end of an open-ended event ("since January 2017"), as in ISO 8601 intervals
LIST_SEP = "; "

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\x00")  # as OWASP ASVS 1.2.10 lists them


def neutralise(text: str) -> str:
    """Stop a spreadsheet from reading a cell as a formula: prefix one quote (see module doc)."""
    if text and text.startswith(_FORMULA_START + ("'",)):
        return "'" + text
    return text


def unneutralise(text: str) -> str:
    """Undo exactly the prefix neutralise() adds; other leading quotes are kept."""
    if text.startswith("'") and text[1:].startswith(_FORMULA_START + ("'",)):
        return text[1:]
    return text


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    return neutralise(str(value))


def _sheet_html_cell(value) -> str:
    """A cell of the TimelineJS sheet, whose text cells TimelineJS reads as HTML: a leading formula character (or
    quote) is written as its HTML character reference ('&#61;' for '='). Google Sheets keeps that as plain text,
    never a formula, and TimelineJS shows the character itself; the one-quote prefix of the other CSV formats
    would show on the slide ('\'=x') or, with a headline that opens with a quote, eat the quote."""
    cell = _cell(value)
    if isinstance(value, str) and cell != value:  # neutralise() prefixed its quote
        return f"&#{ord(value[0])};{value[1:]}"
    return cell


SPREADSHEET_CELL = 32_767  # the most characters (UTF-16 units) a cell holds in Excel; beyond, a CSV row spills over
_CUT_NOTE = " [… {n:,} more characters cut here: a spreadsheet cell holds {limit:,}; the full text is in the chronology]"


def _fitted(cells: list[str], names, e: Event, cut: list[str] | None, *, markup: bool = False) -> list[str]:
    """A row's cells as a spreadsheet can hold them. A text longer than SPREADSHEET_CELL (a quote of pages selected
    by hand, a pasted report as description) is cut, and says so where it ends; Excel would cut it silently, or
    spill the rest into the rows below and shift every column after it. `cut` collects 'quote of “headline”' for each,
    for the export to tell. markup: HTML cells (TimelineJS), not cut inside a tag or an entity."""
    out = []
    for name, cell in zip(names, cells):
        if len(cell) > SPREADSHEET_CELL // 2 and len(cell.encode("utf-16-le")) // 2 > SPREADSHEET_CELL:
            cell = _cut(cell, markup)
            if cut is not None:
                headline = " ".join(e.headline.split())
                cut.append(f"{name} of “{headline[:60]}{'…' if len(headline) > 60 else ''}”")
        out.append(cell)
    return out


def _cut(text: str, markup: bool) -> str:
    budget = SPREADSHEET_CELL - len(_CUT_NOTE.format(n=len(text), limit=SPREADSHEET_CELL))
    keep = text[:budget]
    keep = keep[:budget - (len(keep.encode("utf-16-le")) // 2 - len(keep))]  # characters beyond the BMP count twice
    opened = max(keep.rfind("<"), keep.rfind("&"))
    if markup and opened > max(keep.rfind(">"), keep.rfind(";")):  # a tag or an entity cut in two shows as text
        keep = keep[:opened]
    return keep + _CUT_NOTE.format(n=len(text) - len(keep), limit=SPREADSHEET_CELL)


def _source_cells(ev: Evidence, src: Source | None) -> list:
    return [src.outlet if src else "", src.title if src else "", src.url if src else "",
            (src.published or "") if src else "", ev.quote, ev.fatalities, ev.attribution]


def write_events_csv(events: Iterable[Event], out: TextIO, sources: Mapping[str, Source] | None = None,
                     cut: list[str] | None = None) -> None:
    """The own CSV (RFC 4180 via the csv module): every field needed to import the events again (but for a text
    too long for a spreadsheet cell, cut and listed in `cut`: see _fitted)."""
    events = list(events)
    sources = sources or {}
    extra = max((len(e.evidence) for e in events), default=1) - 1
    header = list(CSV_COLUMNS) + [f"{c}_{n}" for n in range(2, extra + 2) for c in SOURCE_COLUMNS]
    w = csv.writer(out)
    w.writerow(header)
    for e in events:
        d = e.date
        row = {name: getattr(e, name, None) for name in CSV_COLUMNS}
        row.update(date_start=d.start, date_end=OPEN_END if d.end is None else d.end, precision=d.precision,
                   date_display=d.display(), approximate=d.approximate, actors=LIST_SEP.join(e.actors),
                   tags=LIST_SEP.join(e.tags), other_places=LIST_SEP.join(e.other_places))
        for n, ev in enumerate(e.evidence, start=1):
            suffix = "" if n == 1 else f"_{n}"
            row.update((c + suffix, v) for c, v in zip(SOURCE_COLUMNS, _source_cells(ev, sources.get(ev.source_id))))
        w.writerow(_fitted([_cell(row.get(c)) for c in header], header, e, cut))


# --- ACLED-style CSV -----------------------------------------------------------------------
ACLED_COLUMNS = ("event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                 "country", "admin1", "location", "latitude", "longitude", "source", "notes", "fatalities")
# chronoapp type -> (ACLED event_type, sub_event_type). The last three are not ACLED types; ACLED
# codes such non-violent developments as "Strategic developments / Other".
ACLED_TYPES = {
    "battle": ("Battles", ""),
    "explosion/remote violence": ("Explosions/Remote violence", ""),
    "violence against civilians": ("Violence against civilians", ""),
    "protest": ("Protests", ""),
    "riot": ("Riots", ""),
    "strategic development": ("Strategic developments", ""),
    "diplomacy": ("Strategic developments", "Other"),
    "statement": ("Strategic developments", "Other"),
    "context": ("Strategic developments", "Other"),
}


def acled_date(date: FuzzyDate) -> tuple[str, int]:
    """(event_date, time_precision): the day itself (1); the middle day of a span of up to a week (2);
    the middle day of anything longer, or the first day of an open-ended span (3)."""
    first, last = date.first_day, date.last_day
    if date.is_open:
        return first.isoformat(), 3
    middle = first + (last - first) / 2
    span = (last - first).days + 1
    return middle.isoformat(), 1 if span == 1 else 2 if span <= 7 else 3


def _acled_says(date: FuzzyDate, precision: int) -> bool:
    """Whether event_date and time_precision tell the date: not for an approximate or open-ended one, nor one
    vaguer than a month (precision 3 means 'within the month')."""
    if date.approximate or date.is_open:
        return False
    first, last = date.first_day, date.last_day
    return precision < 3 or (first.day == 1 and (first.year, first.month) == (last.year, last.month)
                             and (last + dt.timedelta(days=1)).day == 1)


# the words of a date that name a part of its period ('early March', 'the end of the month'), which the engine
# reads as the whole period and ACLED's time_precision cannot say
_PART_OF_PERIOD = re.compile(r"\b(?:early|mid|late|beginning|start|end|middle)\b", re.I)


def _reported_date(e: Event) -> str:
    """The date, and the article's words for it when they say more or otherwise: 2016 ("late 2016")."""
    shown, written = e.date.display(), " ".join((e.date_text or "").split())
    return f"{shown} (\u201c{written}\u201d)" if written and _words(written) != _words(shown) else shown


def _words(date_text: str) -> str:
    """A date's words without what only spells them ('the 1990s' and '1990s', '2017–2018' and '2017-2018')."""
    return re.sub(r"^the ", "", date_text.casefold().replace("\u2013", "-"))


def _reported_toll(e: Event) -> str:
    """A toll given as a range or a bound, as reported: '8–23', 'at least 13', '1,400 (281–1,729)'; '' for one
    figure (the fatalities column says it)."""
    if e.fatalities_low is None and e.fatalities_high is None:
        return ""
    return toll_text(e.fatalities, e.fatalities_low, e.fatalities_high)


# the engine's actor, or ACLED's own 'Civilians (Sudan)'; never a militia named so ('Civilian Joint Task Force')
_CIVILIANS = re.compile(r"\s*civilians?\s*(?:\([^()]*\)\s*)?$", re.I)


def write_acled_csv(events: Iterable[Event], out: TextIO, sources: Mapping[str, Source] | None = None,
                    cut: list[str] | None = None) -> None:
    sources = sources or {}
    w = csv.writer(out)
    w.writerow(ACLED_COLUMNS)
    for e in events:
        event_date, precision = acled_date(e.date)
        kind, sub = ACLED_TYPES.get(e.event_type, ("", ""))
        outlets = dict.fromkeys(s.outlet for s in (sources.get(ev.source_id) for ev in e.evidence) if s and s.outlet)
        notes = f"{e.headline.rstrip('.')}. {e.description}" if e.description else e.headline
        # ACLED codes civilians as the second actor (the first is whoever acts), so they follow the others named
        actors = sorted(e.actors, key=lambda a: bool(_CIVILIANS.match(a)))
        if len(actors) > 2:  # ACLED has two actor columns; the others are named in the notes
            notes = f"{notes.rstrip('.')}. Also involved: {', '.join(actors[2:])}."
        # ACLED has one location per row; a row per place would count the dead twice (a comma is kept: 'Douma,
        # Rif Dimashq' is one place)
        places = e.places()
        if len(places) > 1:
            notes = f"{notes.rstrip('.')}. Also at: {', '.join(places[1:])}."
        if not _acled_says(e.date, precision) or precision > 1 and _PART_OF_PERIOD.search(e.date_text or ""):
            # 'the 1990s' is not '1994-12-31, within a month'; 'early March', read as March, is more than it
            notes = f"{notes.rstrip('.')}. Date as reported: {_reported_date(e)}."
        if toll := _reported_toll(e):
            notes = f"{notes.rstrip('.')}. Fatalities as reported: {toll}."
        # ACLED codes the most conservative figure reported: the lower bound when no best figure is given
        fatalities = e.fatalities if e.fatalities is not None else e.fatalities_low
        w.writerow(_fitted([_cell(v) for v in (
            event_date, int(event_date[:4]), precision, kind, sub, actors[0] if actors else "",
            actors[1] if len(actors) > 1 else "", e.country, e.admin1, places[0] if places else "", e.latitude,
            e.longitude, LIST_SEP.join(outlets), notes, fatalities)], ACLED_COLUMNS, e, cut))


# --- TimelineJS ----------------------------------------------------------------------------
# Field names checked against NUKnightLab/TimelineJS3: src/js/core/ConfigFactory.js (sheet columns,
# extractEventFromCSVObject), src/js/core/TimelineConfig.js (title/events, unique_id, text
# {headline, text} sanitised as HTML, display_date and group stripped of markup) and
# src/js/date/TLDate.js (date objects {year, month, day}; missing parts default to 1, so only the
# parts we know are written and TimelineJS picks the matching display format).
TIMELINEJS_COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
                      "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
                      "Media Thumbnail", "Type", "Group", "Background")


def date_label(date: FuzzyDate) -> str:
    """The date as the heading of a slide or a bullet: "Since January 2017", "Summer 2014", "The 1990s", as
    "March 2011" reads; the "c." of an approximate date stays as abbreviations are written."""
    text = date.display()
    return text if text.startswith("c. ") else text[:1].upper() + text[1:]


def _events_count(n: int) -> str:
    """The title slide's line: '1 event', '1,204 events'."""
    return f"{n:,} event{'' if n == 1 else 's'}"


def _tl_date(p: Period, last: bool) -> dict[str, str]:
    d = p.last if last else p.first
    if p.precision in ("day", "week"):
        return {"year": str(d.year), "month": str(d.month), "day": str(d.day)}
    if p.precision in ("month", "quarter", "half", "season"):
        return {"year": str(d.year), "month": str(d.month)}
    return {"year": str(d.year)}


def timelinejs_dates(date: FuzzyDate) -> tuple[dict, dict | None]:
    """start_date and end_date (None when open-ended or the same) with only the known precision."""
    start_p = parse_timex(date.start)
    start = _tl_date(start_p, last=False)
    if date.end is None:
        return start, None
    end = _tl_date(parse_timex(date.end), last=True)
    return start, (None if end == start else end)


def _esc(text: str | None, attribute: bool = False) -> str:
    """HTML-escape user text; quotes only need escaping inside attribute values."""
    return html.escape(text or "", quote=attribute)


def _link(url: str, label: str) -> str:
    if re.match(r"^https?://", url or "", re.I):
        return f'<a href="{_esc(url, attribute=True)}">{_esc(label)}</a>'
    return _esc(label)


def _place(e: Event) -> str:
    """'Debre Tabor, Amhara, Ethiopia; also Woldia, Gondar': the place with its region and country, then the others."""
    where = ", ".join(dict.fromkeys(p for p in (e.location, e.admin1, e.country) if p))
    others = ", ".join(e.other_places)
    return "; also ".join(p for p in (where, others) if p)


def _killed(e: Event) -> str:
    """The toll as a published chronology says it: '13 killed (according to SOHR)', 'at least 4 killed'; ''."""
    toll = toll_text(e.fatalities, e.fatalities_low, e.fatalities_high)
    return f"{toll} killed" + (f" (according to {e.attribution})" if e.attribution else "") if toll else ""


def _source_label(src: Source) -> str:
    return " — ".join(p for p in (src.outlet, src.title) if p) or src.url or "untitled source"


def timelinejs_text(e: Event, sources: Mapping[str, Source]) -> str:
    """The slide body: escaped HTML (TimelineJS renders text.text as sanitised HTML)."""
    parts = []
    if e.description:
        parts.append("<p>" + _esc(e.description).replace("\n", "<br>") + "</p>")
    facts = [_place(e), ", ".join(e.actors)]
    facts.append(_killed(e))
    facts = [_esc(f) for f in facts if f]
    if facts:
        parts.append("<p>" + " · ".join(facts) + "</p>")
    if e.date.is_open:  # TimelineJS shows it at its start: the slide says it did not end there (no end is made up)
        reported = max((src.published[:10] for src in (sources.get(ev.source_id) for ev in e.evidence)
                        if src and src.published), default=None)
        parts.append("<p>No end is known" + (f"; last reported {_esc(_human_day(reported))}" if reported else "")
                     + ".</p>")
    items = []
    for ev in e.evidence:
        src = sources.get(ev.source_id)
        if src is None:
            continue
        when = f" ({_esc(_human_day(src.published))})" if src.published else ""
        quote = f"<br><q>{_esc(ev.quote)}</q>" if ev.quote else ""
        items.append(f"<li>{_link(src.url, _source_label(src))}{when}{quote}</li>")
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "".join(parts)


def timelinejs_json(events: Iterable[Event], sources: Mapping[str, Source] | None = None, title: str = "") -> dict:
    """The JSON object TimelineJS3 loads. Each slide also carries a "chronoapp" block (ignored by
    TimelineJS) so importing it back keeps fuzzy dates, actors and sources. Private notes are left out."""
    sources = sources or {}
    slides = []
    for e in events:
        start, end = timelinejs_dates(e.date)
        slide = {"start_date": start}
        if end:
            slide["end_date"] = end
        slide.update(
            display_date=date_label(e.date),
            text={"headline": _esc(e.headline), "text": timelinejs_text(e, sources)},
            group=e.event_type,
            unique_id=e.id,
            chronoapp=_portable(e, sources),
        )
        slides.append(slide)
    return {"title": {"text": {"headline": _esc(title or "Chronology"),
                               "text": f"<p>{_events_count(len(slides))}</p>"}},
            "events": slides}


def _portable(e: Event, sources: Mapping[str, Source]) -> dict:
    out = {"date_start": e.date.start, "date_end": e.date.end, "approximate": e.date.approximate}
    for name in ("headline", "description", "event_type", "actors", "location", "admin1", "country", "other_places",
                 "latitude", "longitude", "fatalities", "fatalities_low", "fatalities_high", "attribution", "status",
                 "date_text", "date_reason", "confidence", "tags", "created_at", "updated_at"):
        out[name] = getattr(e, name)
    out["sources"] = [_source_dict(ev, sources.get(ev.source_id)) for ev in e.evidence]
    return out


def _source_dict(ev: Evidence, src: Source | None) -> dict:
    return dict(zip(SOURCE_COLUMNS, _source_cells(ev, src)))


def write_timelinejs_json(events, out: TextIO, sources=None, title: str = "") -> None:
    json.dump(timelinejs_json(events, sources, title), out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_timelinejs_csv(events, out: TextIO, sources=None, title: str = "", cut: list[str] | None = None) -> None:
    """Rows for Knight Lab's Google Sheets template: a title row, then one row per event."""
    sources = sources or {}
    w = csv.writer(out)
    w.writerow(TIMELINEJS_COLUMNS)
    events = list(events)
    blank = dict.fromkeys(TIMELINEJS_COLUMNS, "")
    w.writerow([_sheet_html_cell(v) for v in {**blank, "Headline": _esc(title or "Chronology"),
                                   "Text": f"<p>{_events_count(len(events))}</p>", "Type": "title"}.values()])
    for e in events:
        start, end = timelinejs_dates(e.date)
        end = end or {}
        row = {**blank, "Year": start["year"], "Month": start.get("month", ""), "Day": start.get("day", ""),
               "End Year": end.get("year", ""), "End Month": end.get("month", ""), "End Day": end.get("day", ""),
               "Display Date": date_label(e.date), "Headline": _esc(e.headline), "Text": timelinejs_text(e, sources),
               "Group": e.event_type}
        w.writerow(_fitted([_sheet_html_cell(v) for v in row.values()], row, e, cut, markup=True))


# --- Markdown ------------------------------------------------------------------------------
DENSE_YEAR = 12  # more events than this in one year → one sub-heading per month
_MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "~": "&#126;", "|": "&#124;"}
_MD_BACKSLASHED = "\\`*_[]#"  # the rest is inert where user text goes (never at a line start)


def md_escape(text: str | None) -> str:
    """User text as inert inline Markdown: one line, no links, images, emphasis or raw HTML; a direction override
    or isolate left open (text pasted from social media) is closed, so it cannot reverse the rest of the line.
    Text with right-to-left letters is isolated (FSI … PDI): an Arabic headline and a Hebrew place joined by ' — '
    were one right-to-left run, shown place first."""
    text = " ".join((text or "").split())
    return bidi_isolate("".join(_MD_ENTITIES.get(c) or ("\\" + c if c in _MD_BACKSLASHED else c) for c in text))


def _human_day(iso: str | None) -> str:
    try:
        return display_period((iso or "")[:10])
    except DateError:
        return iso or ""


def _md_heading(e: Event) -> str:
    return display_period(e.date.start).capitalize() if e.date.precision in ("decade", "century") \
        else str(e.date.first_day.year)


def write_markdown(events: Iterable[Event], out: TextIO, sources: Mapping[str, Source] | None = None,
                   title: str = "") -> None:
    """Headings per year (and per month in dense years), one bullet per event, a footnote per source."""
    sources = sources or {}
    notes: dict[str, int] = {}  # source id -> footnote number, in order of first citation
    out.write(f"# {md_escape(title or 'Chronology')}\n")
    for heading, group in itertools.groupby(events, key=_md_heading):
        group = list(group)
        out.write(f"\n## {heading}\n\n")
        dense = len(group) > DENSE_YEAR
        month = None
        for e in group:
            if dense and e.date.precision in ("day", "week", "month"):
                m = f"{MONTHS[e.date.first_day.month - 1]} {e.date.first_day.year}"
            elif dense and e.date.precision in ("half", "season", "quarter"):
                m = display_period(e.date.start)  # its own heading: under the month before, it read as that month
                m = m[:1].upper() + m[1:]
            else:
                m = month
            if m != month:
                month = m
                out.write(f"\n### {md_escape(m)}\n\n")
            refs = ""
            for ev in e.evidence:
                if ev.source_id in sources:
                    n = notes.setdefault(ev.source_id, len(notes) + 1)
                    refs += f"[^{n}]"
            place = f" — {md_escape(_place(e))}" if _place(e) else ""
            toll = f" — {md_escape(_killed(e))}" if _killed(e) else ""
            out.write(f"- **{md_escape(date_label(e.date))}** — {md_escape(e.headline)}{place}{toll}{refs}\n")
    for source_id, n in notes.items():
        s = sources[source_id]
        parts = [md_escape(s.outlet), f"“{md_escape(s.title)}”" if s.title else ""]
        if re.match(r"^https?://[^\s<>]+$", s.url or "", re.I):
            parts.append(f"<{s.url}>")
        elif s.url:
            parts.append(md_escape(s.url))
        if s.published:
            parts.append(f"published {md_escape(_human_day(s.published))}")
        text = ", ".join(p for p in parts if p) or "Untitled source"
        if not re.search(r"\s", text):  # '[^1]: Reuters.' is a link definition to CommonMark: the source vanished
            text = f"Source: {text}"
        # a blank line before each: plain CommonMark (no footnotes) shows one paragraph per source, not one for all
        out.write(f"\n[^{n}]: {text}.\n")


WRITERS: dict[str, Callable] = {
    "csv": write_events_csv,
    "markdown": write_markdown,
    "timelinejs-json": write_timelinejs_json,
    "timelinejs-csv": write_timelinejs_csv,
    "acled": write_acled_csv,
}


# --- exporting from a store ----------------------------------------------------------------
def cited_sources(store, events: Iterable[Event]) -> dict[str, Source]:
    ids = dict.fromkeys(ev.source_id for e in events for ev in e.evidence)
    return {i: s for i in ids if (s := store.get_source(i)) is not None}


PUBLISHED_FORMATS = ("markdown", "timelinejs-json", "timelinejs-csv", "acled")  # read as facts, no status column


def exported_query(query, fmt: str):
    """The events a format gets: one that is published as it is (Markdown, TimelineJS, ACLED: no status shown)
    leaves out the events the editor rejected unless a status filter asks for them; CSV, the full record, keeps
    every status in its own column."""
    if fmt in PUBLISHED_FORMATS and not query.status:
        return dataclasses.replace(query, status=("candidate", "confirmed"))
    return query


def unreviewed_count(store, query, fmt: str) -> int:
    """The candidates (proposed by extraction, never reviewed) a published format carries as facts when no status
    filter was chosen: said before exporting, since nothing in the file will tell them from confirmed events."""
    if fmt not in PUBLISHED_FORMATS or query.status:
        return 0
    return store.count(dataclasses.replace(query, status=("candidate",)))


def unreviewed_note(n: int, how: str) -> str:
    """'3 of the events exported are candidates not yet reviewed, published as fact too (… to publish only …)'."""
    if not n:
        return ""
    which = f"{n:,} of the events exported are candidates" if n != 1 else "1 of the events exported is a candidate"
    return f"{which} not yet reviewed, published as fact too ({how} to publish only the events you confirmed)"


def export_events(store, query, fmt: str, out: TextIO, *, title: str = "", cut: list[str] | None = None) -> int:
    """Write the events matching query (the chronology view's filters) in fmt; returns how many. `cut` collects
    the CSV cells too long for a spreadsheet, cut to fit ('quote of “headline”')."""
    if fmt not in WRITERS:
        raise ExportError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")
    query = exported_query(query, fmt)
    if fmt == "markdown":  # headings need chronological order whatever the view's sort
        query = dataclasses.replace(query, sort="date", descending=False)
    events = store.query(query, with_evidence=True)
    sources = cited_sources(store, events)
    if fmt in ("csv", "acled"):
        WRITERS[fmt](events, out, sources, cut=cut)
    elif fmt == "timelinejs-csv":
        WRITERS[fmt](events, out, sources, title=title or store.path.stem, cut=cut)
    else:
        WRITERS[fmt](events, out, sources, title=title or store.path.stem)
    return len(events)


def check_target(store, fmt: str, path) -> None:
    """Raise ExportError, before any work, when an export cannot or must not be written to path: a folder, a
    folder that does not exist, a read-only file, or a chronology (any SQLite database: this one, a
    colleague's), which an export must never replace, since all its events would be gone."""
    target = Path(path)
    with contextlib.suppress(OSError):
        with open(target, "rb") as fh:
            database = fh.read(16) == b"SQLite format 3\x00"
        if database:
            what = "the chronology you are exporting" if target.resolve() == Path(store.path).resolve() \
                else "a chronology (an SQLite database)"
            raise ExportError(f"{target.name} is {what}: an export would replace it and every event in it; "
                              f"choose another name (e.g. {target.stem}{FORMATS[fmt][1] if fmt in FORMATS else '.txt'})")
    _check_writable(target)


def export_to_file(store, query, fmt: str, path, *, bom: bool = False, title: str = "",
                   cut: list[str] | None = None) -> int:
    """Export to a file atomically (see check_target for what is refused); bom=True starts CSV files with a
    UTF-8 BOM (for Excel)."""
    check_target(store, fmt, path)
    count = 0

    def write(fh: TextIO) -> None:
        nonlocal count
        if bom and fmt in CSV_FORMATS:
            fh.write("\ufeff")
        count = export_events(store, query, fmt, fh, title=title, cut=cut)

    write_atomic(path, write)
    return count


def cut_note(cut: list[str]) -> str:
    """What the export tells when it cut cells to fit a spreadsheet ('' when none)."""
    if not cut:
        return ""
    named = "; ".join(cut[:3]) + (f"; and {len(cut) - 3:,} more" if len(cut) > 3 else "")
    return (f"{len(cut):,} text{'s' if len(cut) != 1 else ''} longer than a spreadsheet cell holds "
            f"({SPREADSHEET_CELL:,} characters) {'were' if len(cut) != 1 else 'was'} cut, each marked where it "
            f"ends ({named}); the full text stays in the chronology")


def _check_writable(target: Path) -> None:
    if target.is_dir():
        raise ExportError(f"{target} is a folder; choose a file name")
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    with contextlib.suppress(OSError):
        if target.is_file() and not target.stat().st_mode & 0o222:  # renaming over it would ignore the flag
            raise ExportError(f"{target.name} is read-only, so it was kept as it is: choose another name, or make "
                              "it writable first")


def write_atomic(path, write: Callable[[TextIO], None]) -> None:
    """Write a UTF-8 text file via a temp file in the same folder + os.replace: all or nothing."""
    target = Path(path)
    _check_writable(target)
    folder = target.parent
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise ExportError(f"cannot write to the folder {folder}: {exc.strerror or exc}") from None
    try:
        with open(fd, "w", encoding="utf-8", newline="") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _file_mode(target))
        os.replace(tmp, target)
        _clear_stale_parts(target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, PermissionError):
            raise ExportError(f"cannot write {target}: {exc.strerror or exc} (is it open in another program?)") from None
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
        raise


STALE_PART_SECONDS = 600


def _clear_stale_parts(target: Path) -> None:
    """Remove this file's temporary parts left by exports killed half-way (untouched for 10 minutes: a part
    written to now belongs to an export still running); they were left hidden beside it for good."""
    cutoff = time.time() - STALE_PART_SECONDS
    for part in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < cutoff:
                part.unlink()


def _file_mode(target: Path) -> int:
    """Keep an existing file's permissions; new files get the usual ones (mkstemp makes them 0600)."""
    if target.exists():
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


# --- reading files back --------------------------------------------------------------------
@dataclass
class RowError:
    row: int  # CSV: the spreadsheet row (header = 1); JSON: the event's position (first = 1)
    reason: str


@dataclass
class SourceRef:
    """A source as named in an imported file; resolved to a stored source when importing."""

    outlet: str = ""
    title: str = ""
    url: str = ""
    published: str | None = None


@dataclass
class ParsedFile:
    kind: str  # "csv" or "timelinejs-json"
    unit: str  # "row" or "event", for messages
    events: list[tuple[int, Event, list[SourceRef]]] = field(default_factory=list)  # evidence[i] ↔ refs[i]
    errors: list[RowError] = field(default_factory=list)
    present: frozenset[str] = frozenset()  # Event fields the file states; others keep stored values
    note: str = ""  # how the file was read when its encoding was a guess: to show with the result
    code_page: str = ""  # the code page it was read as ('cp1252'), which may have stood '?' for letters it lacks


@dataclass
class ImportReport:
    unit: str = "row"
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    strict: bool = False
    kept: list[str] = field(default_factory=list)  # events whose stored text the file had with '?' for letters

    @property
    def imported(self) -> int:
        return len(self.added) + len(self.updated)

    def summary(self) -> str:
        n = len(self.errors)
        failed = f"{n:,} {self.unit}{'s' if n != 1 else ''} failed"
        if self.errors and self.strict:
            return f"nothing imported: {failed} and strict mode is on"
        text = f"{len(self.added):,} added, {len(self.updated):,} updated, {len(self.unchanged):,} unchanged"
        if self.kept:
            text += f"; {self.kept_text()}"
        return text + (f"; {failed}" if self.errors else "")

    def kept_text(self) -> str:
        n = len(self.kept)
        return (f"{n:,} event{'s' if n != 1 else ''} kept {'their' if n != 1 else 'its'} stored names and text where "
                "the file had '?' for letters its encoding lacks")

    def lines(self) -> list[str]:
        return [f"{self.unit} {e.row}: {e.reason}" for e in self.errors]


def detect_format(path, text: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix == ".json" or (suffix != ".csv" and text.lstrip().startswith("{")):
        return "timelinejs-json"
    return "csv"


def read_file(path) -> ParsedFile:
    """Parse an own CSV or a TimelineJS JSON file; raises ExportError when the whole file is unusable."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ExportError(f"cannot read {path}: {exc.strerror or exc}") from None
    name = Path(path).name
    if raw.startswith(b"SQLite format 3\x00"):
        raise ExportError(f"{name} is a chronology file, not a CSV or TimelineJS file: merge it instead "
                          "(chronoapp merge, or File \u2192 Merge)")
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"\xd0\xcf\x11\xe0"):  # .xlsx (a zip), .xls
        raise ExportError(f"{name} is a spreadsheet workbook, not a CSV file: in Excel or LibreOffice, save it "
                          "as \u201cCSV UTF-8\u201d and import that")
    text, note, code_page = decode_import(raw, name)
    parsed = parse_timelinejs_json(text) if detect_format(path, text) == "timelinejs-json" else parse_csv(text)
    parsed.note, parsed.code_page = note, code_page
    return parsed


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 LE's mark starts as UTF-16 LE's


def decode_import(raw: bytes, name: str) -> tuple[str, str, str]:
    """The text of a file to import, a note when it had to be guessed ('' when it did not), and the code page when
    it was read as one ('' for Unicode). UTF-8 (with or without BOM); text with a byte order mark, as Excel's
    "Unicode Text" (UTF-16); UTF-16 without one; else a code page Excel writes (see _code_page). Raises
    ExportError for a file that is not text."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), "", ""
            except UnicodeDecodeError:
                raise ExportError(f"{name} starts as {codec.upper().replace('-SIG', '')} text but is not: is it "
                                  "damaged? Nothing was imported") from None
    sample = raw[:4096]
    halves = sample[1::2], sample[0::2]
    for zeros, others, codec in ((*halves, "utf-16-le"), (*halves[::-1], "utf-16-be")):  # ASCII: every other byte 0
        if len(raw) % 2 == 0 and zeros.count(0) > len(zeros) // 2 and others.count(0) <= len(others) // 8:
            with contextlib.suppress(UnicodeDecodeError):
                return raw.decode(codec), f"{name} does not say its encoding: read as UTF-16", ""
    if raw.count(0) > len(raw) // 100 or sum(b < 9 or 13 < b < 32 for b in sample) > 40:
        raise ExportError(f"{name} is not a text file (a CSV or TimelineJS JSON): nothing was imported")
    try:
        return raw.decode("utf-8"), "", ""
    except UnicodeDecodeError:
        codec = _code_page(raw)
        text = raw.decode(codec)
        words = dict.fromkeys(re.findall(r"[^\W\d_]{0,20}[^\x00-\x7f][^\W\d_]{0,20}", text))
        shown = ", ".join(f"\u201c{w}\u201d" for w in ([w for w in words if w.isalpha()] or list(words))[:3])
        return text, (f"{name} is not UTF-8: read as {_CODE_PAGE_NAMES[codec]} ({shown}); if those letters look "
                      "wrong, save it as \u201cCSV UTF-8\u201d and import that"), codec


_CODE_PAGE_NAMES = {"cp1252": "Windows-1252", "mac_roman": "Mac Roman"}


def _code_page(raw: bytes) -> str:
    """Bytes that are not UTF-8, as Excel's CSV without "UTF-8" writes them: Windows-1252 on Windows, Mac Roman
    on a Mac ("Comma Separated Values"). Mac Roman when Windows-1252 lacks a byte, or reads an accented capital
    inside a word (Mac Roman's 'Café' is 'CafŽ') more often than Mac Roman does (Windows' 'Café' is 'CafÈ')."""
    try:
        windows = raw.decode("cp1252")
    except UnicodeDecodeError:
        return "mac_roman"  # every byte is a character there
    return "mac_roman" if _odd_capitals(windows) > _odd_capitals(raw.decode("mac_roman")) else "cp1252"


def _odd_capitals(text: str) -> int:
    return sum(1 for m in re.finditer(r"[a-z]([^\x00-\x7f])", text) if m.group(1).isupper())


_TRUE = {"true", "1", "yes", "y"}
_FALSE = {"false", "0", "no", "n", ""}


def _int(text: str, name: str) -> int | None:
    # thousands grouped ('1,400', '1.400', '1 400'); '12,0' (a European decimal comma) or '1,5' is refused: it was 120, 15
    text = re.sub(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))", "", text.strip())
    if not text:
        return None
    if not re.fullmatch(r"\d+", text):
        raise ValueError(f"{name} must be a whole number, not '{text}'")
    return int(text)


def _float(text: str, name: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"[-+]?\d+,\d+", text):  # a decimal comma, as a European Excel writes 35,0306
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{name} must be a number, not '{text}'") from None


_FIRST_OF_MONTH = re.compile(r"^(\d{4}-\d{2})-01$")
_SHEET_TIME = re.compile(r"(?<=^\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")  # '2017-09-01 00:00:00'


def _bad_date(exc: DateError, start: str) -> ValueError:
    """The error for an imported date that cannot be read, with the likely cause when it looks like one."""
    if re.search(r"/|[A-Za-z]{3}", start):  # '01/09/2017', 'Mar-11': a spreadsheet's own date format
        return ValueError(f"bad date: {exc}; a spreadsheet probably rewrote it in its own format (read "
                          "day-first or month-first, it cannot be told): format the date_start and date_end "
                          "columns as Text before saving, or type 2017-09-01, 2017-09 or 2017")
    return ValueError(f"bad date: {exc}")


def _date(start: str, end: str, approximate: str, display: str, precision: str = "") -> FuzzyDate:
    start, end = _SHEET_TIME.sub("", start.strip()), _SHEET_TIME.sub("", end.strip())
    if approximate.strip().lower() not in _TRUE | _FALSE:
        raise ValueError(f"approximate must be true or false, not '{approximate}'")
    if precision.strip() == "month":  # a spreadsheet read '2017-09' as a date and saved '2017-09-01': a month
        start = _FIRST_OF_MONTH.sub(r"\1", start)
        month_end = _FIRST_OF_MONTH.sub(r"\1", end)  # the end too, unless shown as that day ('March – 1 May 2014')
        with contextlib.suppress(DateError):
            if FuzzyDate(start, end, approximate.strip().lower() in _TRUE).display() != display.strip():
                end = month_end
    try:
        if not start:
            if not display.strip():
                raise ValueError("the date is empty (fill date_start, e.g. 2017-09-01, 2017-09 or 2017)")
            return FuzzyDate.parse(display)
        return FuzzyDate(_year_first(start), None if end == OPEN_END else _year_first(end),
                         approximate.strip().lower() in _TRUE)
    except DateError as exc:
        raise _bad_date(exc, start) from None


def _year_first(value: str) -> str:
    """A hand-made sheet's '2017-9-1' or '2017/09/01' (year first, so unambiguous) as its TIMEX value."""
    if re.fullmatch(r"\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?", value) and not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value):
        with contextlib.suppress(DateError):
            return FuzzyDate.parse(value).start
    return value


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.split(";") if p.strip()]


def parse_csv(text: str) -> ParsedFile:
    """The own CSV → events. Only date_start (or date_display) and headline are required columns."""
    result = ParsedFile("csv", "row")
    first_line, *rest = re.split(r"\r\n?|\n", text, maxsplit=1)  # lines end in CR alone in Excel's "CSV (Macintosh)"
    if said := re.fullmatch(r"sep=(.)", first_line):  # Excel's own hint of the separator, before the header
        delimiter, text = said[1], "".join(rest)  # Excel hides that line: the header stays row 1
    else:  # Excel in much of Europe saves CSV with semicolons, its "Unicode Text" with tabs: the one the header uses most
        delimiter = max((",", ";", "\t"), key=first_line.count)
    # a cell may be as long as the file (a whole report as description): the csv module refused any over 128 KiB
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    try:
        # a hand-made or retyped header: 'Headline', ' Date Start', a second byte order mark
        header = [re.sub(r"\s+", "_", h.strip().strip("\ufeff").strip().lower()) for h in next(reader)]
    except StopIteration:
        raise ExportError("the file is empty") from None
    except csv.Error as exc:
        raise ExportError(f"the header row is not valid CSV ({exc})") from None
    if "headline" not in header or not {"date_start", "date_display"} & set(header):
        if "headline" in header and "year" in header:
            raise ExportError("this is a TimelineJS spreadsheet; import the TimelineJS JSON or a chronoapp CSV")
        raise ExportError("wrong columns: a chronoapp CSV needs at least 'headline' and 'date_start' "
                          f"(found: {', '.join(h for h in header[:8] if h) or 'none'})")
    groups = [""] + [m.group(1) for h in header if (m := re.fullmatch(r"source_outlet(_\d+)", h))]
    result.present = frozenset(header)
    seen_ids: dict[str, int] = {}
    row_no = 1
    while True:
        row_no += 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.errors.append(RowError(row_no, f"not valid CSV ({exc}); the rest of the file was not read"))
            break
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            result.errors.append(RowError(row_no, f"{len(cells)} cells but the header has {len(header)} "
                                                  "(a quote or comma may be missing)"))
            continue
        row = {h: unneutralise(c) for h, c in zip(header, cells)}
        try:
            event, refs = _csv_event(row, groups)
        except ValueError as exc:
            result.errors.append(RowError(row_no, str(exc)))
            continue
        if event.id in seen_ids:
            result.errors.append(RowError(row_no, f"id {event.id} is also used in row {seen_ids[event.id]}"))
            continue
        seen_ids[event.id] = row_no
        result.events.append((row_no, event, refs))
    return result


def _csv_event(row: dict[str, str], groups: list[str]) -> tuple[Event, list[SourceRef]]:
    g = row.get
    event = Event(
        date=_date(g("date_start", ""), g("date_end", ""), g("approximate", ""), g("date_display", ""),
                   g("precision", "")),
        headline=g("headline", "").strip(), description=g("description", ""),
        event_type=g("event_type", "").strip(), actors=_split(g("actors", "")), location=g("location", "").strip(),
        admin1=g("admin1", "").strip(), country=g("country", "").strip(), other_places=_split(g("other_places", "")),
        latitude=_float(g("latitude", ""), "latitude"), longitude=_float(g("longitude", ""), "longitude"),
        fatalities=_int(g("fatalities", ""), "fatalities"),
        fatalities_low=_int(g("fatalities_low", ""), "fatalities_low"),
        fatalities_high=_int(g("fatalities_high", ""), "fatalities_high"),
        attribution=g("attribution", "") or None, status=g("status", "").strip() or "confirmed",
        confidence=_float(g("confidence", ""), "confidence"), date_text=g("date_text", ""),
        date_reason=g("date_reason", ""),
        tags=_split(g("tags", "")), notes=g("notes", ""), id=g("id", "").strip() or new_id(),
    )
    event.created_at = g("created_at", "").strip() or event.created_at
    event.updated_at = g("updated_at", "").strip() or event.updated_at
    _check(event)
    refs = []
    for suffix in groups:
        cells = {c: g(c + suffix, "") for c in SOURCE_COLUMNS}
        if not any(v.strip() for v in cells.values()):
            continue
        refs.append(SourceRef(cells["source_outlet"].strip(), cells["source_title"].strip(),
                              cells["source_url"].strip(), cells["source_published"].strip() or None))
        event.evidence.append(Evidence(source_id="", quote=cells["quote"],
                                       fatalities=_int(cells["source_fatalities"], "source_fatalities" + suffix),
                                       attribution=cells["source_attribution"] or None))
    return event, refs


def _check(event: Event) -> None:
    if event.event_type and event.event_type not in EVENT_TYPES:
        raise ValueError(f"unknown event_type '{event.event_type}' (choose from {', '.join(EVENT_TYPES)})")
    for name, value, limit in (("latitude", event.latitude, 90), ("longitude", event.longitude, 180)):
        if value is not None and not -limit <= value <= limit:  # also NaN and infinity ('nan' in a spreadsheet)
            raise ValueError(f"the {name} {value} is not on the globe (between -{limit} and {limit}): check the "
                             "figure, or whether latitude and longitude are swapped")
    event.validate()


class _Text(HTMLParser):
    """HTML → plain text (TimelineJS headline/text fields are HTML)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "li", "div") and self.parts:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup or "")
    parser.close()
    return "\n".join(line.strip() for line in "".join(parser.parts).strip().splitlines() if line.strip())


def _tl_timex(d, name: str) -> str:
    if not isinstance(d, dict):
        raise ValueError(f"{name} must be an object like {{\"year\": 2017, \"month\": 9, \"day\": 1}}")
    parts = []
    for key in ("year", "month", "day"):
        v = str(d.get(key, "") if d.get(key) is not None else "").strip()
        if not v:
            break
        if not re.fullmatch(r"-?\d+", v):
            raise ValueError(f"{name}.{key} must be a whole number, not '{v}'")
        parts.append(int(v))
    if not parts:
        raise ValueError(f"{name} has no year")
    if not 1 <= parts[0] <= 9999:
        raise ValueError(f"{name}.year {parts[0]} is outside the years 1–9999 chronoapp handles")
    return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])


def parse_timelinejs_json(text: str) -> ParsedFile:
    result = ParsedFile("timelinejs-json", "event")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportError(f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise ExportError("not a TimelineJS file: it has no \"events\" list")
    result.present = frozenset(_PORTABLE_FIELDS)
    for n, slide in enumerate(data["events"], start=1):
        try:
            event, refs = _slide_event(slide)
        except (ValueError, TypeError, AttributeError) as exc:
            result.errors.append(RowError(n, str(exc)))
            continue
        result.events.append((n, event, refs))
    return result


_PORTABLE_FIELDS = ("headline", "description", "event_type", "actors", "location", "admin1", "country", "other_places",
                    "latitude", "longitude", "fatalities", "fatalities_low", "fatalities_high", "attribution", "status",
                    "date_text", "date_reason", "confidence", "tags")


def _slide_event(slide) -> tuple[Event, list[SourceRef]]:
    if not isinstance(slide, dict):
        raise ValueError("not a slide object")
    own = slide.get("chronoapp")
    if isinstance(own, dict):  # written by chronoapp: every field as it was
        try:
            date = FuzzyDate(own["date_start"], own.get("date_end", ""), bool(own.get("approximate")))
        except (DateError, KeyError) as exc:
            raise ValueError(f"bad date: {exc}") from None
        event = Event(date=date, headline="", id=str(slide.get("unique_id") or new_id()))
        for name in _PORTABLE_FIELDS:
            if own.get(name) is not None:
                setattr(event, name, own[name])
        event.created_at = own.get("created_at") or event.created_at
        event.updated_at = own.get("updated_at") or event.updated_at
        refs = []
        for s in own.get("sources") or []:
            refs.append(SourceRef(s.get("source_outlet") or "", s.get("source_title") or "",
                                  s.get("source_url") or "", s.get("source_published") or None))
            event.evidence.append(Evidence(source_id="", quote=s.get("quote") or "",
                                           fatalities=s.get("source_fatalities"),
                                           attribution=s.get("source_attribution")))
        _check(event)
        return event, refs
    if "start_date" not in slide:
        raise ValueError("no start_date")
    start = _tl_timex(slide["start_date"], "start_date")
    end = _tl_timex(slide["end_date"], "end_date") if slide.get("end_date") else ""
    try:
        date = FuzzyDate(start, end)
    except DateError as exc:
        raise _bad_date(exc, start) from None
    text = slide.get("text") or {}
    group = str(slide.get("group") or "").strip()  # an event type, or else kept as a tag
    known = group in EVENT_TYPES
    description = html_to_text(text.get("text", ""))
    # TimelineJS shows a slide with text and no headline: its first sentence names it here
    event = Event(date=date, headline=html_to_text(text.get("headline", "")) or headline_from(description),
                  description=description, status="confirmed",
                  event_type=group if known else "", tags=[group] if group and not known else [])
    _check(event)
    return event, []


# --- storing parsed events -----------------------------------------------------------------
def import_file(store, path, *, strict: bool = False) -> ImportReport:
    """Import an own CSV or TimelineJS JSON: good rows in one transaction; none at all when strict
    and a row failed. Events whose id is already stored are updated (their history keeps the old values)."""
    return import_parsed(store, read_file(path), strict=strict)


PROGRESS_EVERY = 100  # rows between progress(done, total) calls of import_parsed and merge_file


def import_parsed(store, parsed: ParsedFile, *, strict: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """progress(done, total), if given, is called every PROGRESS_EVERY rows and once at the end."""
    report = ImportReport(unit=parsed.unit, errors=list(parsed.errors), strict=strict)
    if strict and parsed.errors:
        return report
    if store.readonly:
        raise ReadOnlyError(f"{store.path.name} is open read-only")
    try:
        _store_parsed(store, parsed, report, progress)
    except sqlite3.DatabaseError as exc:  # from the direct source inserts; save_event translates its own
        raise StoreError(f"{store.path.name}: nothing was imported ({exc})") from None
    return report


def import_plan(store, parsed: ParsedFile) -> ImportReport:
    """What import_parsed would do, found without writing anything: the events it would add (their id is not
    stored), update (stored, and the file changes them) and leave unchanged."""
    report = ImportReport(unit=parsed.unit, errors=list(parsed.errors))
    cache: dict = {}
    texts: dict[str, str] = {}
    planned: set[str] = set()
    for _row, event, refs in parsed.events:
        event = dataclasses.replace(event, evidence=[dataclasses.replace(ev) for ev in event.evidence])
        for ev, ref in zip(event.evidence, refs):
            ev.source_id = resolve_source(store, ref, cache, create=False)
            _locate_quote(store, ev, texts)
        before = store.get_event(event.id)
        if event.id in planned:  # a second row of one id updates what the first wrote
            report.updated.append(event.id)
        elif before is None:
            report.added.append(event.id)
        elif _same(before, _onto(before, event, parsed.present, parsed.code_page, report)):
            report.unchanged.append(event.id)
        else:
            report.updated.append(event.id)
        planned.add(event.id)
    return report


def _store_parsed(store, parsed: ParsedFile, report: ImportReport, progress) -> None:
    total = len(parsed.events)
    store.ensure_in_place()
    with store.db.atomic():
        cache: dict = {}
        texts: dict[str, str] = {}
        for done, (_row, event, refs) in enumerate(parsed.events):
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
            for ev, ref in zip(event.evidence, refs):
                ev.source_id = resolve_source(store, ref, cache)
                _locate_quote(store, ev, texts)
            before = store.get_event(event.id)
            if before is not None:
                event = _onto(before, event, parsed.present, parsed.code_page, report)
                if _same(before, event):
                    report.unchanged.append(event.id)
                    continue
            edited_at = event.updated_at
            store.save_event(event, action="imported")
            if before is None:  # a new event keeps its file's edit time, as merging does
                store.db.execute("UPDATE event SET updated_at = ? WHERE id = ?", [edited_at, event.id])
                report.added.append(event.id)
            else:
                report.updated.append(event.id)
    if progress is not None:
        progress(total, total)


def _locate_quote(store, ev, texts: dict[str, str]) -> None:
    """A quote from an article the chronology holds gets its offsets there (the review marks its sentence,
    a day's events keep the article's order); a quote not found word for word stays without a place."""
    if ev.start is not None or not ev.quote:
        return
    if ev.source_id not in texts:
        row = store.db.execute("SELECT text FROM source WHERE id = ?", [ev.source_id]).fetchone()
        texts[ev.source_id] = (row[0] or "") if row else ""
    at = texts[ev.source_id].find(ev.quote)
    if at >= 0:
        ev.start, ev.end = at, at + len(ev.quote)


def _onto(before: Event, new: Event, present: frozenset[str], code_page: str = "",
          report: ImportReport | None = None) -> Event:
    """The stored event with the fields the file states. Sources are never dropped by an import:
    evidence already stored keeps its offsets, and stored evidence the file lacks is kept. A text the file has as
    a code page wrote it, without the letters it lacks (an Arabic name saved as Excel's "CSV (Comma delimited)"
    is '?????', a file of ASCII then), keeps the stored text, and the report lists the event."""
    merged = dataclasses.replace(before, date=new.date, evidence=[])
    garbled = False
    for f in dataclasses.fields(Event):
        if f.name in present and f.name not in ("id", "created_at", "updated_at", "evidence"):
            if _lossy(getattr(before, f.name), getattr(new, f.name), code_page):
                garbled = True
            else:
                setattr(merged, f.name, getattr(new, f.name))
    old = {(ev.source_id, ev.quote): ev for ev in before.evidence}
    for ev in new.evidence:
        key = (ev.source_id, ev.quote)
        if key not in old:
            key = next((k for k in old if k[0] == ev.source_id and _lossy(k[1], ev.quote, code_page)), key)
            garbled |= key in old
        kept = old.pop(key, None)
        if kept and _lossy(kept.attribution, ev.attribution, code_page):
            garbled, ev.attribution = True, kept.attribution
        merged.evidence.append(dataclasses.replace(kept, fatalities=ev.fatalities, attribution=ev.attribution)
                               if kept else ev)
    merged.evidence += old.values()
    if garbled and report is not None:
        report.kept.append(before.id)
    return merged


def _lossy(stored, read, code_page: str) -> bool:
    """Whether `read` is the `stored` text (or list of names) as a code page writes it: each character it lacks
    replaced by '?', every other one the same. A file read as Unicode has only ASCII for its code page; one read as
    a code page may also have a letter without its accent ('ă' as 'a', as Excel writes what it lacks)."""
    if isinstance(stored, list) and isinstance(read, list):
        return len(stored) == len(read) and stored != read and all(
            a == b or _lossy(a, b, code_page) for a, b in zip(stored, read))
    if not isinstance(stored, str) or not isinstance(read, str) or len(stored) != len(read) or stored == read:
        return False
    return all(a == b or (not _encodable(a, code_page or "ascii")
                          and (b == "?" or bool(code_page) and unicodedata.normalize("NFKD", a)[0] == b))
               for a, b in zip(stored, read))


def _encodable(char: str, code_page: str) -> bool:
    try:
        char.encode(code_page)
    except UnicodeEncodeError:
        return False
    return True


def _same(a: Event, b: Event) -> bool:
    def key(e: Event):
        d = dataclasses.asdict(dataclasses.replace(e, evidence=[]))
        d.pop("updated_at")
        return d, [(ev.source_id, ev.quote, ev.fatalities, ev.attribution) for ev in e.evidence]
    return key(a) == key(b)


def resolve_source(store, ref: SourceRef, cache: dict, *, create: bool = True) -> str:
    """Id of the stored source a file names: same URL, or (without URL) same outlet, title and date; a new source
    is stored (create=False: only given a new id)."""
    key = (ref.outlet, ref.title, ref.url, ref.published)
    if key in cache:
        return cache[key]
    if ref.url:
        row = store.db.execute("SELECT id FROM source WHERE url = ? ORDER BY length(text) DESC LIMIT 1",
                               [ref.url]).fetchone()
    else:
        row = store.db.execute(
            "SELECT id FROM source WHERE coalesce(url, '') = '' AND coalesce(outlet, '') = ? AND coalesce(title, '') = ?"
            " AND coalesce(published, '') = ? LIMIT 1", [ref.outlet, ref.title, ref.published or ""]).fetchone()
    if row:
        cache[key] = row[0]
        return row[0]
    # Inserted directly: Store.add_source would treat every text-less source without URL as one.
    src = Source(outlet=ref.outlet, title=ref.title, url=ref.url, published=ref.published, retrieved_at=now_iso())
    if not create:
        cache[key] = src.id
        return src.id
    store.db["source"].insert({"id": src.id, "outlet": src.outlet, "url": src.url, "title": src.title,
                               "published": src.published, "retrieved_at": src.retrieved_at, "text": "",
                               "sha256": src.sha256})
    cache[key] = src.id
    return src.id
