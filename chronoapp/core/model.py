"""Domain types shared by extraction, storage, exports and the GUI."""
from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import hashlib
import re
import unicodedata
import uuid
from dataclasses import dataclass, field

from chronoapp.core.dates import DateError, FuzzyDate, display_period

STATUSES = ("candidate", "confirmed", "rejected")

# ACLED's event types plus the three a chronology also needs.
EVENT_TYPES = (
    "battle",
    "explosion/remote violence",
    "violence against civilians",
    "protest",
    "riot",
    "strategic development",
    "diplomacy",
    "statement",
    "context",
)


def new_id() -> str:
    return str(uuid.uuid4())


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


LABEL_CHARS = 60  # the start of an untitled article that names it in lists


@dataclass
class Source:
    """An article (or report) events were taken from."""

    outlet: str = ""
    url: str = ""
    title: str = ""
    published: str | None = None  # ISO date of publication, the anchor of relative dates
    text: str = ""
    id: str = field(default_factory=new_id)
    retrieved_at: str = field(default_factory=now_iso)

    @property
    def sha256(self) -> str:
        return sha256_text(self.text)

    def label(self, *, readable_date: bool = False) -> str:
        """'Outlet — Title — 2017-09-05' (readable_date: '— 5 September 2017', as the window writes dates); an
        article pasted without outlet or title is named by its link, else by its first words (several pasted the
        same day all read '2017-09-05')."""
        name = " — ".join(p for p in (self.outlet, self.title) if p) or self.url
        if not name:
            words = " ".join(self.text[:LABEL_CHARS].split())
            more = "\u2026" if len(self.text) > LABEL_CHARS else ""
            name = f"untitled: \u201c{words}{more}\u201d" if words else "untitled source"
        if not self.published:
            return name
        published = self.published
        if readable_date:
            with contextlib.suppress(DateError):  # (an imported source's odd date is shown as written)
                published = display_period(published)
        return f"{name} — {published}"


@dataclass
class Evidence:
    """One source supporting an event: the exact quote, where it is, and what that source claims."""

    source_id: str
    quote: str = ""
    start: int | None = None  # character offsets of the quote in the source text (end exclusive)
    end: int | None = None
    fatalities: int | None = None  # this source's claim, kept beside other sources' claims
    attribution: str | None = None  # who this source says reported it
    date_text: str | None = None
    id: str = field(default_factory=new_id)


MAX_TOLL = 1_000_000_000  # no war's toll comes near it; beyond SQLite's integers it could not be stored


PLACE_SEP = re.compile("[;\u061b\uff1b]")  # places listed in one field as the app lists names (';', Arabic, full width)


@dataclass
class Event:
    date: FuzzyDate
    headline: str
    description: str = ""
    event_type: str = ""
    actors: list[str] = field(default_factory=list)
    location: str = ""
    admin1: str = ""
    country: str = ""
    # the event's other places, beside the most precise one in location (a second town the article names, or a
    # region in another country): kept, shown and found, never the ACLED location itself
    other_places: list[str] = field(default_factory=list)
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    attribution: str | None = None
    status: str = "candidate"
    confidence: float | None = None
    date_text: str = ""  # the date as written in the source ("On Friday")
    date_reason: str = ""  # how the date was worked out
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)
    evidence: list[Evidence] = field(default_factory=list)
    # False on an event listed without its sources (Store.query's default): its evidence list is then no more than
    # what a caller added, and saving it keeps the sources already stored rather than dropping them
    evidence_loaded: bool = field(default=True, compare=False, repr=False)

    def tidy(self) -> None:
        """Headline, actors, place and tags each on one line: a spreadsheet cell broken with Alt+Enter or a
        TimelineJS <br> hid the rest of a headline in the chronology's row. Description and notes keep theirs."""
        self.headline, self.location, self.admin1, self.country = (
            one_line(t) for t in (self.headline, self.location, self.admin1, self.country))
        self.actors = [a for a in map(one_line, self.actors) if a]
        self.other_places = [p for p in dict.fromkeys(map(one_line, self.other_places)) if p and p != self.location]
        self.tags = [t for t in map(one_line, self.tags) if t]

    def places(self) -> list[str]:
        """Each place the event names, most precise first: those of its location ('A; B' typed by an editor is two
        places) and its other places; never 'A; B' as one name."""
        return list(dict.fromkeys(p.strip() for p in [*PLACE_SEP.split(self.location or ""), *self.other_places]
                                  if p.strip()))

    def validate(self) -> None:
        """Raise ValueError with a human reason when the event cannot be saved."""
        if not self.headline.strip():
            raise ValueError("the headline is empty")
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        tolls = [(name.replace("_", " "), getattr(self, name)) for name in ("fatalities", "fatalities_low",
                                                                           "fatalities_high")]
        tolls += [("the fatalities a source gives", ev.fatalities) for ev in self.evidence]
        for name, v in tolls:
            if v is not None and v < 0:
                raise ValueError(f"{name} cannot be negative")
            if v is not None and v > MAX_TOLL:  # a slip of the finger; SQLite could not even store twenty digits
                raise ValueError(f"{name} of {v:,} cannot be right (more than {MAX_TOLL:,}): check the figure")
        if self.fatalities_low is not None and self.fatalities_high is not None and self.fatalities_low > self.fatalities_high:
            raise ValueError("the low fatality figure is above the high one")


def parse_fatalities(text: str) -> tuple[int | None, int | None, int | None]:
    """A toll as editors type it, in the review form and `chronoapp add --fatalities`:
    '12' → (12, None, None); '8-23' → (None, 8, 23); '1400 (281-1729)' → (1400, 281, 1729);
    'at least 13' or '13+' → (None, 13, None); 'up to 40' → (None, None, 40); '' → unknown."""
    # thousands grouped as in any country ('1,400', '1.400', '1 400'); a comma or dot not before a group of three
    # digits ('1,5') is no toll and stays to be refused: it was read as 15
    s = re.sub(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))", "", text.strip()).replace("\u2013", "-")
    if not s:
        return None, None, None
    if m := re.fullmatch(r"(\d+)\s*\(\s*(\d+)\s*-\s*(\d+)\s*\)", s):
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    if m := re.fullmatch(r"(\d+)\s*-\s*(\d+)", s):
        return None, int(m.group(1)), int(m.group(2))
    if m := re.fullmatch(r"(?:at least\s+(\d+)|(\d+)\s*\+)", s, re.I):
        return None, int(m.group(1) or m.group(2)), None
    if m := re.fullmatch(r"(?:up to|at most)\s+(\d+)", s, re.I):
        return None, None, int(m.group(1))
    if s.isdigit():
        return int(s), None, None
    raise ValueError(f"fatalities: '{text}' is not a number (type 12, a range such as 8-23, 'at least 13'; "
                     "empty if unknown)")


def toll_text(best: int | None, low: int | None, high: int | None) -> str:
    """A toll as a reader should see it: '12', '8–23', 'at least 13', 'up to 40', '1,400 (281–1,729)'; '' unknown.
    A bound is said in words: '13–' read as a typo or a range with its end cut off."""
    bounds = (f"{low:,}\u2013{high:,}" if low is not None and high is not None else
              f"at least {low:,}" if low is not None else f"up to {high:,}" if high is not None else "")
    if best is None:
        return bounds
    return f"{best:,} ({bounds})" if bounds else f"{best:,}"


# marks a copy from a web page or a right-to-left text brings along at a name's ends, invisible and meaningless
# there (left-to-right and right-to-left marks, Arabic letter mark, zero-width space, word joiner, byte order mark,
# soft hyphen); inside a text they stay (bidi_isolate closes what they open)
_EDGE_MARKS = "\u200b\u200e\u200f\u061c\u2060\ufeff\u00ad"


def one_line(text: str) -> str:
    """Line breaks, tabs and runs of spaces as one space, none at either end, nor an invisible mark
    ('Ḥalab\u200f' pasted from an Arabic page is Ḥalab, found, learned and exported as such)."""
    return " ".join(text.split()).strip(" " + _EDGE_MARKS)


def headline_from(text: str) -> str:
    """A headline made from a passage (a sentence selected in the article, a slide with text only): its first
    sentence, cut at a word after 120 characters."""
    first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "\u2026"


# words a line of dates carries ('June 9, 2017', 'Updated 14:03 GMT, Monday 28 May 2013'): such a line is no title
_DATE_WORDS = {w.lower() for w in (*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name,
                                   *calendar.day_abbr)} | {"published", "updated", "posted", "last", "modified", "gmt",
                                                           "utc", "am", "pm", "on", "at", "sept"}


def title_line(text: str) -> str:
    """The headline a plain-text article opens with: its first line, when a line break sets it apart from more text
    below and it reads as a title, not as the lede (a sentence ending in a full stop, a dateline 'BEIRUT (Reuters) -'),
    a byline ('By Anne Barnard') or a line of dates; else ''. At most 150 characters and 25 words."""
    first, newline, rest = text.strip().partition("\n")
    first = one_line(first)
    words = [w for w in re.findall(r"[^\W\d_]+", first) if w.lower() not in _DATE_WORDS]
    if not newline or not rest.strip() or len(first) > 150 or len(first.split()) > 25 or len(words) < 2:
        return ""
    if first[-1] in ".,;:-\u2013\u2014" or re.match(r"by\s", first, re.I):
        return ""
    return first


def bidi_isolate(text: str) -> str:
    """Text set beside other fields on one line ('headline — place' in Markdown, the command line's table): with
    right-to-left letters it is isolated (FSI … PDI), as an Arabic headline and a Hebrew place joined by ' — ' were
    one right-to-left run, shown place first; a direction override or isolate it leaves open (text pasted from
    social media) is closed, so it cannot reverse the rest of the line."""
    text += _bidi_closers(text)
    return f"\u2068{text}\u2069" if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text) else text


def _bidi_closers(text: str) -> str:
    """PDF / PDI for every embedding, override or isolate the text opens and does not close, innermost first."""
    stack = []
    for c in text:
        if c in "\u202a\u202b\u202d\u202e":
            stack.append("\u202c")
        elif c in "\u2066\u2067\u2068":
            stack.append("\u2069")
        elif c in "\u202c\u2069" and stack and stack[-1] == c:
            stack.pop()
    return "".join(reversed(stack))


def event_to_dict(e: Event) -> dict:
    """JSON-ready event, the shape the CLI prints and exports build on."""
    return {
        "id": e.id,
        "date_start": e.date.start,
        "date_end": e.date.end,
        "precision": e.date.precision,
        "approximate": e.date.approximate,
        "date_display": e.date.display(),
        "date_text": e.date_text,
        "headline": e.headline,
        "description": e.description,
        "event_type": e.event_type,
        "actors": list(e.actors),
        "location": e.location,
        "admin1": e.admin1,
        "country": e.country,
        "other_places": list(e.other_places),
        "latitude": e.latitude,
        "longitude": e.longitude,
        "fatalities": e.fatalities,
        "fatalities_low": e.fatalities_low,
        "fatalities_high": e.fatalities_high,
        "attribution": e.attribution,
        "status": e.status,
        "tags": list(e.tags),
        "notes": e.notes,
        "created_at": e.created_at,
        "updated_at": e.updated_at,
        "sources": [
            {"source_id": ev.source_id, "quote": ev.quote, "start": ev.start, "end": ev.end,
             "fatalities": ev.fatalities, "attribution": ev.attribution}
            for ev in e.evidence
        ],
    }
