"""A small chronology that exercises every export: fuzzy dates (day, week, month, season, year, decade,
range, open-ended, approximate), Arabic/Persian/accented names, quotes, commas, newlines, several
sources per event and injection attempts (spreadsheet formulas, Markdown links, HTML)."""
from __future__ import annotations

from chronoapp.core.dates import FuzzyDate
from chronoapp.core.model import Event, Evidence, Source
from chronoapp.core.store import Store

STAMP = "2026-01-02T03:04:05+00:00"

REUTERS = Source(id="src-reuters", outlet="Reuters", title="Syrian army, allies oust IS from Uqairabat",
                 url="https://www.reuters.com/article/syria-uqairabat", published="2017-09-05",
                 text="On Friday, the Syrian Army ousted ISIS from Uqairabat, killing 13.", retrieved_at=STAMP)
ALJAZEERA = Source(id="src-aljazeera", outlet="Al Jazeera", title="معارك في ريف حماة",
                   url="https://www.aljazeera.net/news/2017/9/6/hama", published="2017-09-06",
                   text="قتل 15 شخصا", retrieved_at=STAMP)
EVIL = Source(id="src-evil", outlet="=cmd|' /C calc'!A0", title="[click](javascript:alert(1)) <b>bold</b>",
              url="javascript:alert(1)", published="2016-05-20", text="Nothing to see.", retrieved_at=STAMP)


def events() -> list[Event]:
    return [
        Event(id="ev-01-day", date=FuzzyDate("2017-09-01"), headline="Syrian Army ousts ISIS from Uqairabat",
              description="Government forces and allies took the town after a week of fighting.",
              event_type="battle", actors=["Syrian Army", "ISIS"], location="Uqairabat", admin1="Hama",
              country="Syria", latitude=35.0306, longitude=37.2431, fatalities=13, fatalities_low=13,
              fatalities_high=15, attribution="Syrian Observatory for Human Rights", status="confirmed",
              confidence=0.9, date_text="On Friday", date_reason="the Friday before publication (5 September 2017)", tags=["offensive"], notes="Check the toll with SOHR.",
              evidence=[Evidence(id="evd-01a", source_id=REUTERS.id, quote="the Syrian Army ousted ISIS from Uqairabat",
                                 start=10, end=52, fatalities=13, attribution="SOHR", date_text="On Friday"),
                        Evidence(id="evd-01b", source_id=ALJAZEERA.id, quote="قتل 15 شخصا", start=0, end=11,
                                 fatalities=15)]),
        Event(id="ev-02-month", date=FuzzyDate("2011-03"),
              headline='Protests in Daraa spread to "Damascus", Homs and Baniyas',
              description="First protests after arrests of schoolboys.\nSecond line, with a comma; and a semicolon.",
              event_type="protest", actors=["Protesters"], location="Daraa", country="Syria", status="confirmed"),
        Event(id="ev-03-year", date=FuzzyDate("2014"), headline='ISIS declares a "caliphate" in الرقة',
              event_type="strategic development", actors=["ISIS"], location="الرقة", country="سوريا",
              status="confirmed"),
        Event(id="ev-04-range", date=FuzzyDate("2017-09-14", "2017-09-15"), headline="Astana talks agree de-escalation zones",
              event_type="diplomacy", actors=["Iran", "Russia", "Turkey"], location="Astana", country="Kazakhstan",
              status="confirmed"),
        Event(id="ev-05-open", date=FuzzyDate("2017-01", None), headline="Siege of Deir ez-Zor airbase continues",
              event_type="battle", actors=["ISIS", "Syrian Army"], location="Deir ez-Zor", country="Syria",
              status="candidate"),
        Event(id="ev-06-persian", date=FuzzyDate("2018-06-03"), headline="حمله به کاروان در خرمشهر",
              event_type="violence against civilians", location="خرمشهر", country="ایران", fatalities=4,
              status="confirmed", longitude=-48.18, latitude=30.44),
        Event(id="ev-07-accents", date=FuzzyDate("2017-W35"), headline="Ceasefire talks at a café in Genève — São Tomé envoy joins",
              event_type="diplomacy", location="Genève", country="Suisse", status="confirmed"),
        Event(id="ev-08-injection", date=FuzzyDate("2016-05", approximate=True),
              headline='=HYPERLINK("http://evil.example","click me")',
              description="+1 more; @SUM(A1:A2) [link](javascript:alert(1)) <script>alert(1)</script> ![img](x.png) *bold* _it_ `code` # not a heading",
              event_type="riot", actors=["-Minus Brigade", "@handle"], location="@home [link](javascript:alert(1)) <script>alert(1)</script>", country="<b>Nowhere</b>",
              attribution="\tTabbed source", status="rejected", notes="\rcarriage return", tags=["'quoted"],
              evidence=[Evidence(id="evd-08", source_id=EVIL.id, quote="'=already quoted", fatalities=None)]),
        Event(id="ev-09-decade", date=FuzzyDate("199"), headline="Exiles organise abroad", event_type="context",
              status="confirmed"),
        Event(id="ev-10-season", date=FuzzyDate("2014-SU"), headline="Summer offensive in Anbar", event_type="battle",
              location="Anbar", country="Iraq", status="confirmed",
              evidence=[Evidence(id="evd-10", source_id=REUTERS.id, quote="")]),
    ]


def build(path) -> Store:
    """A fresh chronology file with the fixture events; timestamps fixed so exports are byte-stable."""
    store = Store(path)
    for src in (REUTERS, ALJAZEERA, EVIL):
        store.add_source(src)
    for e in events():
        store.save_event(e)
    store.db.execute("UPDATE event SET created_at = ?, updated_at = ?", [STAMP, STAMP])
    store.db.conn.commit()
    return store
