"""Extraction: every date in an article, and the events around them, as candidates to confirm.

    text = clean_text(raw)                      # store and extract from the same cleaned text
    result = extract(text, date(2017, 9, 5))    # pure, thread-safe
    result.events[0].to_event(source_id)        # an Event with status "candidate" and its evidence

Offsets (start/end) are Python string offsets into the text passed to extract (end exclusive).
With published=None, relative dates ("on Friday") stay unresolved: the tagger says so in each
timex's reason, and only absolute dates become events.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import asdict, dataclass, field, fields

from chronoapp.core.dates import FuzzyDate
from chronoapp.core.extract import events as _events
from chronoapp.core.extract import sentences as _sentences
from chronoapp.core.extract import vocab as _vocab
from chronoapp.core.extract.timex import Timex, tag
from chronoapp.core.model import Event, Evidence

__all__ = ["Candidate", "Extraction", "clean_text", "extract", "read_article", "Timex"]

_BLOCK_TAGS = re.compile(r"<\s*(?:br|/p|/div|/h[1-6]|/li|/tr|/blockquote|/section|/article|/header|/figure)\b[^>]{0,500}>", re.I)
_DROP = re.compile(r"<(script|style|noscript|template|svg|head)\b[^>]{0,500}>.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<!--.*?-->|<[A-Za-z/!][^<>]{0,2000}>", re.S)
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0e-\x1f\x7f]")


def clean_text(raw: str) -> str:
    """Plain text from a paste or file: HTML tags and entities out (block tags become line
    breaks), \\r\\n and \\r to \\n, odd spaces to plain spaces, invisible characters out, runs of
    blank lines to one. Letters, quotes and dashes are kept as they are."""
    text = raw or ""
    if re.search(r"<(?:p|div|br|span|a|html|body|h[1-6]|li|script|style)\b[^>]{0,500}>", text, re.I):
        text = _DROP.sub(" ", text)
        text = _BLOCK_TAGS.sub("\n\n", text)
        text = _TAG.sub("", text)
        text = html.unescape(text)
    elif "&" in text:
        text = re.sub(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#x[0-9a-fA-F]{1,6});", lambda m: html.unescape(m.group()), text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text))
    text = re.sub(r"[ ]{2,}", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def read_article(data: bytes) -> tuple[str, str | None]:
    """Cleaned text of an article file and a note on how it was decoded (None for plain UTF-8).
    UTF-8 (with or without BOM), else Windows-1252, else Latin-1; HTML is stripped.
    Raises ValueError for binary data."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text, note = data.decode("utf-16"), "decoded as UTF-16"
    elif data.count(b"\x00") > len(data) // 100 or sum(b < 9 or 13 < b < 32 for b in data[:4096]) > 40:
        raise ValueError("this looks like binary data, not a text or HTML article")
    else:
        try:
            text, note = data.decode("utf-8-sig"), None
        except UnicodeDecodeError:
            try:
                text, note = data.decode("cp1252"), "not UTF-8; decoded as Windows-1252"
            except UnicodeDecodeError:
                text, note = data.decode("latin-1"), "not UTF-8; decoded as Latin-1"
    return clean_text(text), note


@dataclass
class Candidate(_events.EventFields):
    """A proposed event: what the review form shows, and what becomes an Event on accept."""

    headline: str
    quote: str            # == text[start:end]
    start: int
    end: int

    def to_dict(self) -> dict:
        return asdict(self)

    def fuzzy_date(self) -> FuzzyDate:
        return FuzzyDate.from_timex(self.date_start, "" if self.date_end == self.date_start else self.date_end)

    def to_event(self, source_id: str) -> Event:
        location = self.locations[0] if self.locations else ""
        places = _vocab.load().places  # the country of a known place (ACLED exports need it)
        return Event(
            date=self.fuzzy_date(), headline=self.headline, event_type=self.event_type, actors=list(self.actors),
            location=location, country=places.get(location, ""), fatalities=self.fatalities,
            attribution=self.attribution, status="candidate", confidence=self.confidence,
            date_text=self.date_text, date_reason=self.date_reason,
            evidence=[Evidence(source_id=source_id, quote=self.quote, start=self.start, end=self.end,
                               fatalities=self.fatalities, attribution=self.attribution,
                               date_text=self.date_text or None)],
        )


@dataclass
class Extraction:
    text: str
    published: dt.date | None
    timexes: list[Timex] = field(default_factory=list)
    events: list[Candidate] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"published": self.published.isoformat() if self.published else None,
                "timexes": [t.to_dict() for t in self.timexes],
                "events": [e.to_dict() for e in self.events]}


def extract(text: str, published: dt.date | None, *, numeric_order: str = "auto",
            known_actors=(), known_places=()) -> Extraction:
    """Dates and event candidates of an article. `known_actors`/`known_places`: names editors
    confirmed before (Store.vocabulary("actor"/"place")), recognised on top of the vocabularies."""
    if isinstance(published, dt.datetime):
        published = published.date()
    text = text or ""
    timexes = tag(text, published, numeric_order=numeric_order)
    builder = _events.Builder(text, published, timexes, _sentences.split(text), _vocab.load(),
                              known_actors, known_places)
    shared = [f.name for f in fields(_events.EventFields)]
    candidates = [
        Candidate(**{name: getattr(d, name) for name in shared}, headline=d.headline,
                  quote=text[d.span_start:d.span_end], start=d.span_start, end=d.span_end)
        for d in builder.run()
    ]
    return Extraction(text, published, timexes, candidates)
