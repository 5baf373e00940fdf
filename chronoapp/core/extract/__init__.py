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
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields

from chronoapp.core.dates import FuzzyDate
from chronoapp.core.extract import draft as _draft
from chronoapp.core.extract import events as _events
from chronoapp.core.extract import sentences as _sentences
from chronoapp.core.extract import vocab as _vocab
from chronoapp.core.extract.article import Cleaned, article_title, clean_text, decode_article, read_article
from chronoapp.core.extract.events import ExtractionCancelled
from chronoapp.core.extract.timex import Timex, tag
from chronoapp.core.model import Event, Evidence

__all__ = ["Candidate", "Cleaned", "article_title", "Extraction", "ExtractionCancelled", "clean_text", "decode_article", "extract", "read_article", "Timex"]


# the kind word of an ACLED admin1 unit, left out of the name as ACLED writes it ('Latakia province' -> 'Latakia')
_ADMIN1_KIND = re.compile(r"\s+(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Gg]overnorate|[Oo]blast|[Kk]rai|[Pp]refecture)$")


@dataclass
class Candidate(_draft.EventFields):
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
        """The candidate as an event: its most precise place is the location; of the others, the first region
        named in the same country is ACLED's admin1 ('Amhara region' -> 'Amhara'), the location's country its
        country, and every other place is kept in other_places, none dropped."""
        vocab = _vocab.load()  # the country of a known place (ACLED exports need it), which places are regions
        location, *rest = self.locations or [""]
        country, admin1, region = vocab.places.get(location, ""), "", None

        def region_name(name: str) -> str | None:  # 'Amhara region' and a listed 'Tigray' are regions
            bare = _ADMIN1_KIND.sub("", name)
            return bare if bare != name and bare not in vocab.countries or name in vocab.regions else None

        if not (location in vocab.countries or region_name(location)):
            for place in rest:
                bare = region_name(place)
                its_country = vocab.places.get(place) or vocab.places.get(bare or "", "")
                # a region known to lie in the location's country (or the location unknown), or named as a region
                # when neither country is known; not the Sahel, across borders, for Gao
                if bare and ((not country or its_country == country) if its_country else bare != place and not country):
                    admin1, region, country = bare, place, country or its_country
                    break
        if not country and location not in vocab.countries:
            # a place the gazetteer does not know ('Dabaa', 'Jamhour area') lies in the country of the towns and
            # regions named with it, when every country among the others agrees (not beside Miami and Cuba); a
            # country named alone is no guide ('Washington, Jordan': where the news came from)
            countries = {vocab.places.get(p) or vocab.country(p) for p in rest} - {None, ""}
            if len(countries) == 1 and any(vocab.places.get(p) and p not in vocab.countries for p in rest):
                country = countries.pop()
        others = [p for p in rest if p != region and not (p == country and p in vocab.countries)]
        return Event(
            date=self.fuzzy_date(), headline=self.headline, event_type=self.event_type, actors=list(self.actors),
            location=location, admin1=admin1, country=country, other_places=others, fatalities=self.fatalities,
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

    def to_dict(self, source: Cleaned | None = None) -> dict:
        """As JSON. With `source`, the Cleaned this text came from, offsets point into the text
        as given (source.raw); for plain text, quotes and timex texts are then its own characters
        (double spaces and all), for HTML they stay the cleaned text."""
        out = {"published": self.published.isoformat() if self.published else None,
               "timexes": [t.to_dict() for t in self.timexes],
               "events": [e.to_dict() for e in self.events]}
        if source is not None:
            for field_name, items in (("text", out["timexes"]), ("quote", out["events"])):
                for item in items:
                    item["start"], item["end"] = source.raw_span(item["start"], item["end"])
                    if not source.is_html:
                        item[field_name] = source.raw[item["start"]:item["end"]]
        return out


def extract(text: str, published: dt.date | str | None, *, numeric_order: str = "auto",
            known_actors=(), known_places=(), should_stop: Callable[[], bool] | None = None) -> Extraction:
    """Dates and event candidates of an article. `known_actors`/`known_places`: names editors
    confirmed before (Store.vocabulary("actor"/"place")), recognised on top of the vocabularies.
    `should_stop`, asked now and then, stops the work with ExtractionCancelled when it says so."""
    if isinstance(published, str):   # "2017-09-05"
        published = dt.date.fromisoformat(published[:10])
    if isinstance(published, dt.datetime):
        published = published.date()
    text = text or ""
    timexes = tag(text, published, numeric_order=numeric_order)
    if should_stop is not None and should_stop():
        raise ExtractionCancelled
    builder = _events.Builder(text, published, timexes, _sentences.split(text), _vocab.load(),
                              known_actors, known_places, should_stop)
    shared = [f.name for f in fields(_draft.EventFields)]
    candidates = [
        Candidate(**{name: getattr(d, name) for name in shared}, headline=d.headline,
                  quote=text[d.span_start:d.span_end], start=d.span_start, end=d.span_end)
        for d in builder.run()
    ]
    return Extraction(text, published, timexes, candidates)
