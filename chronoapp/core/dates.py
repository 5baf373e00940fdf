"""Fuzzy dates: what a chronology knows about *when*, no more and no less.

A FuzzyDate holds TIMEX3 values for its start and end ("2017-09-01", "2011-03", "201",
"2017-W35", "2014-SU", ...). "March 2011" stays a month: it is never turned into 2011-03-01.
Concrete first/last days are derived for sorting and for overlap tests against filters.

    point          start == end                 "1 September 2017", "March 2011"
    range          start != end                 "14–15 September 2017"
    open-ended     end is None                  "since January 2017"
"""
from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass

from dateutil import parser as dateutil_parser

MIN_DAY = dt.date(1, 1, 1)
MAX_DAY = dt.date(9999, 12, 31)
# Publication dates extraction accepts: relative expressions ("next year", "500 years ago")
# are counted from one and must stay inside MIN_DAY..MAX_DAY
PUBLISHED_MIN, PUBLISHED_MAX = dt.date(1000, 1, 1), dt.date(8999, 12, 31)

# Coarse-to-fine order; the rank breaks sorting ties (a month sorts before its days).
PRECISIONS = ("century", "decade", "year", "half", "season", "quarter", "month", "week", "day")
_RANK = {p: i for i, p in enumerate(PRECISIONS)}

MONTHS = [calendar.month_name[i] for i in range(1, 13)]
_SEASONS = {"WI": ("winter", 12, 2), "SP": ("spring", 3, 5), "SU": ("summer", 6, 8), "FA": ("autumn", 9, 11)}
_SEASON_WORDS = {"winter": "WI", "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA"}

_TIMEX = re.compile(
    r"""^(?:
      (?P<day>(?P<dy>\d{4})-(?P<dm>\d{2})-(?P<dd>\d{2}))(?:T(?P<time>[0-9:]{2,8}|MO|AF|EV|NI|DT))? |
      (?P<month>(?P<my>\d{4})-(?P<mm>\d{2})) |
      (?P<week>(?P<wy>\d{4})-W(?P<ww>\d{2})(?P<we>-WE)?) |
      (?P<quarter>(?P<qy>\d{4})-Q(?P<qq>[1-4])) |
      (?P<half>(?P<hy>\d{4})-H(?P<hh>[12])) |
      (?P<season>(?P<sy>\d{4})-(?P<ss>WI|SP|SU|FA)) |
      (?P<year>\d{4}) |
      (?P<decade>\d{3}) |
      (?P<century>\d{2})
    )$""",
    re.VERBOSE | re.ASCII,  # \d is 0-9 only: a value in other digits is read by FuzzyDate.parse, not stored as is
)


class DateError(ValueError):
    """A date that cannot be understood or is impossible; the message says why."""


@dataclass(frozen=True)
class Period:
    """One TIMEX3 calendar value with its first and last day."""

    value: str
    precision: str
    first: dt.date
    last: dt.date


def parse_timex(value: str) -> Period:
    """Period of a calendar TIMEX3 value; raises DateError for anything else (durations, refs)."""
    value = (value or "").strip()
    m = _TIMEX.match(value)
    if not m:
        raise DateError(f"'{value}' is not a calendar date value (expected e.g. 2017-09-01, 2017-09, 2017)")
    g = m.groupdict()
    try:
        if g["day"]:
            d = dt.date(int(g["dy"]), int(g["dm"]), int(g["dd"]))
            return Period(g["day"], "day", d, d)
        if g["month"]:
            y, mo = int(g["my"]), int(g["mm"])
            return Period(value, "month", dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]))
        if g["week"]:
            y, w = int(g["wy"]), int(g["ww"])
            monday = dt.date.fromisocalendar(y, w, 1)
            if g["we"]:
                return Period(value, "week", monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
            return Period(value, "week", monday, monday + dt.timedelta(days=6))
        if g["quarter"]:
            y, q = int(g["qy"]), int(g["qq"])
            first_month = 3 * (q - 1) + 1
            return Period(value, "quarter", dt.date(y, first_month, 1), _month_end(y, first_month + 2))
        if g["half"]:
            y, h = int(g["hy"]), int(g["hh"])
            return Period(value, "half", dt.date(y, 6 * (h - 1) + 1, 1), _month_end(y, 6 * h))
        if g["season"]:
            y = int(g["sy"])
            _, m1, m2 = _SEASONS[g["ss"]]
            if g["ss"] == "WI":  # winter 2017 = Dec 2017 – Feb 2018 (northern meteorological winter)
                return Period(value, "season", dt.date(y, 12, 1), _month_end(y + 1, 2))
            return Period(value, "season", dt.date(y, m1, 1), _month_end(y, m2))
        if g["year"]:
            y = int(value)
            return Period(value, "year", dt.date(y, 1, 1), dt.date(y, 12, 31))
        if g["decade"]:
            y = int(value) * 10
            return Period(value, "decade", dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31))
        y = int(value) * 100
        return Period(value, "century", dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31))
    except ValueError as exc:  # impossible calendar values such as 2017-13-45 or 2017-02-30
        raise DateError(f"'{value}' is not a real date ({exc})") from None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def timex_for(day: dt.date, precision: str) -> str:
    """TIMEX3 value of the period of the given precision that contains day."""
    if precision == "day":
        return day.isoformat()
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "decade":
        return f"{day.year // 10:03d}"
    if precision == "century":
        return f"{day.year // 100:02d}"
    if precision == "week":
        y, w, _ = day.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if precision == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if precision == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if precision == "season":
        code = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")
        year = day.year - 1 if day.month in (1, 2) else day.year
        return f"{year:04d}-{code}"
    raise DateError(f"unknown precision '{precision}'")


@dataclass(frozen=True)
class FuzzyDate:
    """A date known to some precision, a range of such dates, or an open-ended span.

    start/end are TIMEX3 calendar values; end None means open-ended ("since ...").
    approximate marks "about", "around", "c." dates.
    """

    start: str
    end: str | None = ""  # "" in the constructor means "same as start" (a point)
    approximate: bool = False

    def __post_init__(self) -> None:
        start = parse_timex(self.start)
        object.__setattr__(self, "start", start.value)
        if self.end == "":
            object.__setattr__(self, "end", start.value)
        elif self.end is not None:
            end = parse_timex(self.end)
            object.__setattr__(self, "end", end.value)
            if end.last < start.first:
                raise DateError(f"the end ({end.value}) is before the start ({start.value})")

    # --- construction -------------------------------------------------------------------
    @classmethod
    def from_timex(cls, value: str, end: str | None = "", approximate: bool = False) -> "FuzzyDate":
        """From TIMEX3 values; a time of day ("2017-09-01T10:30", "...TNI") keeps its day."""
        return cls(_strip_time(value), _strip_time(end) if end else end, approximate)

    @classmethod
    def parse(cls, text: str) -> "FuzzyDate":
        """Parse what an editor types: TIMEX values, ranges and human dates.

        "2017-09-01", "2017-09", "2017", "1990s", "2017-09-14/2017-09-15", "2017-01/" (open),
        "1 September 2017", "March 2011", "14-15 September 2017", "since January 2017",
        "summer 2014", "Q3 2017", "c. 2011", "about March 2011".
        """
        raw = (text or "").strip()
        if not raw:
            raise DateError("the date is empty")
        s = re.sub(r"\s+", " ", raw.replace("\u2013", "-").replace("\u2014", "-"))
        s = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in s)  # ٢٠١٧ → 2017
        # a time of day after the date ('2017-09-01 00:00:00' from a spreadsheet): the day is what is stored, and
        # left in, it turned dateutil's day-first reading of '2017-09-01 10:00' into 9 January
        s = _TIME_OF_DAY.sub("", s)
        if re.match(r"^-\s*\d", s) or re.search(r"\d\s*(?:BC|BCE|B\.\s?C\.(?:\s?E\.)?)$", s, re.I):
            # dateutil read '-0044' as 2044 and dropped the sign of '-2011': a wrong year, saved without a word
            raise DateError(f"'{raw}': dates before year 1 (BC) cannot be stored; write the period in the "
                            "headline or notes and give the nearest date that can be stored")
        approximate = False
        m = re.match(rf"^{_ABOUT}\s*(.+)$", s, re.I)
        if m:
            approximate, s = True, m.group(1)
        m = re.match(rf"^(since|from)\s+{_ABOUT}\s*(.+)$", s, re.I)
        if m:  # 'since c. 1 September 2017', as display() writes an approximate open-ended date
            approximate, s = True, f"{m.group(1)} {m.group(2)}"
        m = _PART_OF.match(s)
        if m:  # 'early 2012', 'mid-October 2023': a third of one period, approximate (see third_of)
            try:
                whole = cls.parse(m.group(2))
            except DateError:
                if not re.search(r"\b(?:early|mid|late|middle of|beginning of|start of|end of)\b", m.group(2), re.I):
                    raise
                whole = None  # 'early 2012 to late 2013'
            if whole is None or whole.end != whole.start:
                raise DateError(f"'{raw}': early, mid and late go with one period (late 2016, early March 2011); "
                                "for a span, type its two ends (2012-01 to 2013-12)")
            return cls(*third_of(whole.start, _THIRD[" ".join(m.group(1).lower().split())]), approximate=True)
        if re.fullmatch(r"\d{1,2}[/.]\d{1,2}\.?", s):  # "17/9": a day and month, not a range of centuries
            raise DateError(f"'{raw}' has no year: add it (e.g. {s.rstrip('.')}/2017)")
        m = re.match(r"^(\d{4})\s*[-/]\s*(\d{2})$", s)
        if m and int(m.group(2)) > 12:  # "2017/18", "1990-95": two years, the second written short
            first = int(m.group(1))
            last = first // 100 * 100 + int(m.group(2))
            if last < first:
                # no span runs backwards: likelier a month mistyped ('2014-13'), so that is said first
                raise DateError(f"'{raw}': there is no month {m.group(2)} (a month is 01 to 12), and as two years the "
                                f"end ({last}) would be before the start ({first}); write both years in full")
            return cls(f"{first:04d}", f"{last:04d}", approximate)
        m = re.match(r"^(\d{1,2})[/.-](\d{4})$", s) or re.match(r"^(\d{4})[/.](\d{1,2})$", s)
        if m:  # a month: "09/2017", "9/2017", "2017.09"
            y, mo = (int(m.group(2)), int(m.group(1))) if len(m.group(1)) <= 2 else (int(m.group(1)),
                                                                                  int(m.group(2)))
            return cls(parse_timex(f"{y:04d}-{mo:02d}").value, "", approximate)
        m = re.match(r"^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$", s) or re.match(r"^(\d{4})(\d{2})(\d{2})$", s)
        # year first, '2017-09-01' or ISO 8601's compact '20170901' (dateutil read that as 9 January): year-month-day
        if m:
            y, mo, d = (int(g) for g in m.groups())
            return cls(parse_timex(f"{y:04d}-{mo:02d}-{d:02d}").value, "", approximate)
        m = re.match(r"^(?:from\s+|between\s+)?(\d{4})\s*(?:-|to|until|till|and)\s*(\d{4})$", s, re.I)
        if m:  # "2017-2018", "from 2012 until 2014"
            return cls(m.group(1), m.group(2), approximate)
        m = re.match(r"^([A-Za-z]{3,})\.?\s*-\s*([A-Za-z]{3,})\.?,?\s+(\d{4})$", s)
        if m:  # "June-July 2017"
            return cls(_parse_point(f"{m.group(1)} {m.group(3)}"), _parse_point(f"{m.group(2)} {m.group(3)}"),
                       approximate)
        m = re.match(r"^from\s+(.+?)\s+(?:to|until|till|-)\s+(.+)$", s, re.I)
        if m:  # "from June to July 2017" is a range, not an open-ended date
            s = f"{m.group(1)} to {m.group(2)}"
        else:
            m = re.match(r"^(?:since|from)\s+(.+?)(?:\s+(?:onwards?|on))?$", s, re.I) or re.match(
                r"^(.+?)\s+onwards?$", s, re.I)
            if m:
                return cls(_parse_point(m.group(1)), None, approximate)
        if s.endswith("/") or s.endswith("/.."):
            return cls(_parse_point(s.split("/")[0]), None, approximate)
        if "/" in s and not re.match(r"^\d{1,2}/\d{1,2}/\d{2,4}$", s) and not re.match(r"^\d{1,2}\s*/\s*\d{1,2}\s", s):
            a, b = s.split("/", 1)
            return cls(_parse_point(a), _parse_point(b), approximate)
        # "14-15 September 2017", "between 14 and 15 September 2017", "September 14-15, 2017"
        day = r"(\d{1,2})(?:st|nd|rd|th)?"
        m = (re.match(rf"^(?:between\s+)?{day}\s*(?:-|/|and|to)\s*{day}\s+([A-Za-z]+)\.?(?:,?\s*(\d{{4}}))?$", s, re.I)
             or re.match(rf"^(?:between\s+)?([A-Za-z]+)\.?\s+{day}\s*(?:-|and|to)\s*{day}(?:,?\s*(\d{{4}}))?$", s, re.I))
        if m:
            groups = m.groups()
            month = groups[2] if groups[0].isdigit() else groups[0]
            first_day, last_day = (groups[0], groups[1]) if groups[0].isdigit() else (groups[1], groups[2])
            if not groups[3]:
                raise DateError(f"'{raw}' has no year: add it (e.g. '{first_day}-{last_day} {month} 2017')")
            first, last = (_parse_point(f"{d} {month} {groups[3]}") for d in (first_day, last_day))
            return cls(first, last, approximate)
        m = re.match(r"^(?:between\s+)?(.+?)\s+(?:-|to|and|until)\s+(.+)$", s, re.I)
        if m and not re.match(r"^\d{4}-\d{2}(-\d{2})?$", s):
            last = _parse_point(m.group(2))
            try:
                first = _parse_point(m.group(1))
            except DateError as exc:  # "14 September to 2 October 2017": the year is written once, at the end
                if "no year" not in str(exc):
                    raise
                first = _parse_point(f"{m.group(1)} {last[:4]}")
            return cls(first, last, approximate)
        return cls(_parse_point(s), "", approximate)

    # --- derived ------------------------------------------------------------------------
    @property
    def precision(self) -> str:
        return parse_timex(self.start).precision

    @property
    def first_day(self) -> dt.date:
        return parse_timex(self.start).first

    @property
    def last_day(self) -> dt.date:
        """Last day covered; MAX_DAY for an open-ended span."""
        return MAX_DAY if self.end is None else parse_timex(self.end).last

    @property
    def is_open(self) -> bool:
        return self.end is None

    @property
    def is_range(self) -> bool:
        return self.end is not None and self.end != self.start

    def sort_key(self) -> tuple:
        """Chronological order: first day, then coarser before finer, then shorter first, then exact before
        approximate (the chronology's order: store.py's date sort)."""
        return (self.first_day, _RANK[self.precision], self.last_day, self.approximate)

    def overlaps(self, first: dt.date | None, last: dt.date | None) -> bool:
        """True when any day of this date may fall in [first, last] (None = unbounded)."""
        return (last is None or self.first_day <= last) and (first is None or self.last_day >= first)

    def to_timex(self) -> str:
        """One string: "2017-09", "2017-09-14/2017-09-15", "2017-01/.." for open-ended."""
        if self.end is None:
            return f"{self.start}/.."
        return self.start if self.end == self.start else f"{self.start}/{self.end}"

    def __str__(self) -> str:
        return self.display()

    def part(self) -> str | None:
        """'early 2012', 'mid-October 2023', 'the late 1990s' when the date is, approximately, a third of one year,
        month, decade or century (as such words are stored); None otherwise."""
        if not self.approximate or not self.is_range:
            return None
        a = parse_timex(self.start)
        whole_precision = {"day": "month", "month": "year", "year": "decade", "decade": "century"}.get(a.precision)
        if whole_precision is None:
            return None
        whole = timex_for(a.first, whole_precision)
        for third, word in enumerate(("early", "mid", "late")):
            if third_of(whole, third) == (self.start, self.end):
                shown = display_period(whole)
                the, rest = ("the ", shown[4:]) if shown.startswith("the ") else ("", shown)
                return f"{the}{word}{'-' if word == 'mid' else ' '}{rest}"
        return None

    def display(self) -> str:
        """Human text: "1 September 2017", "March 2011", "14–15 September 2017", "since January 2017", and
        "early 2012" for the approximate first third of 2012 (January–April)."""
        if part := self.part():
            return part
        prefix = "c. " if self.approximate else ""
        if self.end is None:
            return f"since {prefix}{display_period(self.start)}"
        if self.end == self.start:
            return prefix + display_period(self.start)
        a, b = parse_timex(self.start), parse_timex(self.end)
        if a.precision == b.precision == "day":
            if a.first.year == b.first.year and a.first.month == b.first.month:
                return f"{prefix}{a.first.day}\u2013{b.first.day} {MONTHS[b.first.month - 1]} {b.first.year}"
            if a.first.year == b.first.year:
                return f"{prefix}{a.first.day} {MONTHS[a.first.month - 1]} \u2013 {display_period(self.end)}"
        if a.precision == b.precision == "month" and a.first.year == b.first.year:
            return f"{prefix}{MONTHS[a.first.month - 1]}\u2013{MONTHS[b.first.month - 1]} {b.first.year}"
        if a.precision == b.precision == "year":
            return f"{prefix}{a.value}\u2013{b.value}"
        return f"{prefix}{display_period(self.start)} \u2013 {display_period(self.end)}"


# a part of a period, as articles (and so the 'As written' of a date) tell it: 'late 2016', 'mid-October 2023', 'the
# early 1990s'; typed into the form or a filter, it is a third of that period (third_of)
_PART_OF = re.compile(r"^(?:the\s+)?(early|mid|middle\s+of|late|beginning\s+of|start\s+of|end\s+of)(?:\s*-\s*|\s+)(.+)$",
                      re.I)
_THIRD = {"early": 0, "beginning of": 0, "start of": 0, "mid": 1, "middle of": 1, "late": 2, "end of": 2}
# what a period's thirds are counted in: a century's decades, a decade's years, a year's months, a month's days
_THIRD_UNIT = {"century": "decade", "decade": "year", "year": "month", "half": "month", "season": "month",
               "quarter": "month", "month": "day", "week": "day"}


def third_of(value: str, third: int) -> tuple[str, str]:
    """(start, end) TIMEX values of the first, middle or last third (0, 1, 2) of a calendar period, in whole units
    of it: late 2016 is 2016-09 to 2016-12, early March 2011 the 1st to the 10th, the early 1990s 1990 to 1992,
    early summer 2014 June. A period of fewer than three units (a day, a weekend) is its own third."""
    p = parse_timex(value)
    unit = _THIRD_UNIT.get(p.precision)
    units: list[str] = []
    day = p.first
    while unit and day <= p.last:
        units.append(timex_for(day, unit))
        day = parse_timex(units[-1]).last + dt.timedelta(days=1)
    if len(units) < 3:
        return p.value, p.value
    cuts = [0, len(units) // 3, 2 * len(units) // 3, len(units)]
    return units[cuts[third]], units[cuts[third + 1] - 1]


def part_named(words: str, value: str) -> FuzzyDate | None:
    """The part of the period `value` that the words name when they say 'early', 'mid' or 'late' ('early March' with
    2011-03 is the approximate 1-10 March 2011; 'late last year' with 2022 is late 2022): the tagger gives the whole
    period with the words. None when they name no part, or the part has no words of its own (see FuzzyDate.part)."""
    m = _PART_OF.match(" ".join((words or "").split()))
    try:
        part = FuzzyDate(*third_of(value, _THIRD[" ".join(m.group(1).lower().split())]), approximate=True) if m else None
    except DateError:  # not a calendar value
        return None
    return part if part and part.part() else None


def says_approximate(text: str) -> bool:
    """Whether a date as typed says in its words that it is approximate, as soon as they are typed: 'c. 2011',
    'around 2011', 'since c. 2017', 'early 2012' (FuzzyDate.parse stores each as approximate)."""
    typed = " ".join((text or "").split())
    return bool(re.match(rf"^(?:(?:since|from)\s+)?{_ABOUT}", typed, re.I) or _PART_OF.match(typed))


@dataclass(frozen=True)
class DaySpan:
    """The days a date typed into a filter stands for (last is MAX_DAY when open-ended), and how it was typed."""

    first: dt.date
    last: dt.date
    text: str


def filter_span(text: str) -> DaySpan:
    """The days of a date typed into a filter: whatever FuzzyDate.parse reads, a part of one period ('late 2016',
    'early March 2011', 'mid-2016', 'c. late 2016') included, as its third (third_of)."""
    date = FuzzyDate.parse(text)
    typed = " ".join((text or "").replace("\u2013", "-").replace("\u2014", "-").split())
    return DaySpan(date.first_day, date.last_day, typed)


def display_period(value: str) -> str:
    """Human text for one TIMEX3 calendar value."""
    p = parse_timex(value)
    d = p.first
    if p.precision == "day":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if p.precision == "month":
        return f"{MONTHS[d.month - 1]} {d.year}"
    if p.precision == "year":
        return str(d.year)
    if p.precision == "decade":
        return f"the {value}0s"
    if p.precision == "century":  # not 'the 2000s', which is how the decade 200 reads
        return f"the {_century(value)}"
    if p.precision == "week":
        if value.endswith("-WE"):
            return f"the weekend of {p.first.day}\u2013{p.last.day} {MONTHS[p.last.month - 1]} {p.last.year}" if p.first.month == p.last.month else f"the weekend of {p.first.day} {MONTHS[p.first.month - 1]} {p.first.year}"  # noqa: E501
        return f"the week of {d.day} {MONTHS[d.month - 1]} {d.year}"
    if p.precision == "quarter":
        return f"Q{value[-1]} {d.year}"
    if p.precision == "half":
        return f"{'first' if value.endswith('1') else 'second'} half of {d.year}"
    season = _SEASONS[value[-2:]][0]
    return f"{season} {value[:4]}"


_ABOUT = r"(?:c\.|ca\.|circa|about|around|approximately|approx\.|roughly|~)"  # an approximate date's mark, as typed or shown
_TIME_OF_DAY = re.compile(r"(?<=\d)(?:T|,?\s+(?:at\s+)?)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*"
                         r"(?:[ap]\.?m\.?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$", re.I)


def _strip_time(value: str) -> str:
    return value.split("T", 1)[0] if value and "T" in value else value


_SENTINEL_A = dt.datetime(1, 1, 1)
_SENTINEL_B = dt.datetime(2, 2, 2)


def editable(value: str) -> str:
    """A TIMEX3 point as an editor types it back: a bare '199' or '19' is refused as a typo for a year,
    so decades and centuries are written out ('1990s', '20th century'); other values stay as they are."""
    if re.fullmatch(r"\d{3}", value or ""):
        return f"{value}0s"
    if re.fullmatch(r"\d{2}", value or ""):
        return _century(value)
    return value


def _century(value: str) -> str:
    """'19' → '20th century'."""
    n = int(value) + 1
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} century"


def _month_typo(text: str) -> str:
    """': did you mean ‘14 October 2023’?' for a date refused over a misspelt month ('14 Octber 2023',
    'Febuary 2012'); '' when no word of it is close to a month's name."""
    months = [m.lower() for m in MONTHS]
    for word in re.findall(r"[^\W\d_]{4,}", text):
        if word.lower() in months:
            continue
        close = difflib.get_close_matches(word.lower(), months, n=1, cutoff=0.75)
        if close:
            fixed = text.replace(word, close[0].capitalize(), 1).strip()
            try:
                FuzzyDate.parse(fixed)
            except DateError:
                return ""  # ('31 Febuary': no '31 February' to offer)
            return f": did you mean \u2018{fixed}\u2019?"
    return ""


def _parse_point(text: str) -> str:
    """One point as a TIMEX3 value, keeping only the parts the text states."""
    s = text.strip().rstrip(".,")
    if re.fullmatch(r"\d{1,3}", s):
        # TIMEX would read '17' as the 1700s and '199' as the 1990s; typed, it is a cut-off year or a
        # day without its month, never what the editor means
        raise DateError(f"'{s}' is not a date: type the year in full (2017), a day with its month "
                        f"(17 September 2017), or a decade as '1990s'")
    m = re.match(r"^(?:the\s+)?(\d{1,3})(?:st|nd|rd|th)\s+century$", s, re.I)
    if m and 1 <= int(m.group(1)) <= 100:  # (the century values '00'-'99': the 1st to the 100th century)
        return f"{int(m.group(1)) - 1:02d}"
    if _TIMEX.match(s):
        return parse_timex(s).value
    m = re.match(r"^(?:the\s+)?(\d{3})0['\u2019]?s$", s, re.I)
    if m:
        return m.group(1)
    m = re.match(r"^(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})$", s, re.I)
    if m:
        return f"{m.group(2)}-{_SEASON_WORDS[m.group(1).lower()]}"
    m = re.match(r"^Q([1-4])\s+(\d{4})$|^(\d{4})[- ]Q([1-4])$", s, re.I)
    if m:
        return f"{m.group(2) or m.group(3)}-Q{m.group(1) or m.group(4)}"
    # the halves and weeks as display_period shows them, so what the chronology shows can be typed back
    m = re.match(r"^(?:the\s+)?(first|second|1st|2nd)\s+half\s+of\s+(\d{4})$|^H([12])\s+(\d{4})$", s, re.I)
    if m:
        half = m.group(3) or ("1" if m.group(1).lower() in ("first", "1st") else "2")
        return f"{m.group(2) or m.group(4)}-H{half}"
    m = re.match(r"^(?:the\s+)?(week|weekend)\s+of\s+(.+)$", s, re.I)
    if m:  # 'the weekend of 2-3 September 2017': its first day names it
        days = FuzzyDate.parse(m.group(2))
        if days.precision != "day":
            raise DateError(f"'{text}': name a day of the {m.group(1).lower()} (the {m.group(1).lower()} of "
                            "28 August 2017)")
        return timex_for(days.first_day, "week") + ("-WE" if m.group(1).lower() == "weekend" else "")
    if re.search(r"[a-z]", s, re.I) and not re.search(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", s, re.I):
        raise DateError(f"'{text}' is not a date this app understands"
                        + (_month_typo(text) or " (try 2017-09-01, 2017-09, 'March 2011')"))
    # dateutil fills missing parts from the default; parsing with two different defaults shows
    # which parts the text really stated, so "March 2011" stays a month.
    try:
        a = dateutil_parser.parse(s, default=_SENTINEL_A, dayfirst=True)
        b = dateutil_parser.parse(s, default=_SENTINEL_B, dayfirst=True)
    except (ValueError, OverflowError) as exc:
        if "Unknown string format" in str(exc):  # dateutil's words mean nothing to an editor
            raise DateError(f"'{text}' is not a real date{_month_typo(text)}") from None
        raise DateError(f"'{text}' is not a real date ({exc})") from None
    has_year, has_month, has_day = a.year == b.year, a.month == b.month, a.day == b.day
    if has_year and not re.search(r"\d{3}", s) and not re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2}", s):
        has_year = False  # dateutil reads the 14 of "14-15 September" as the year 2014: no year was written
    if not has_year:
        raise DateError(f"'{text}' has no year")
    if has_day and has_month:
        return a.date().isoformat()
    if has_month:
        return f"{a.year:04d}-{a.month:02d}"
    return f"{a.year:04d}"


# --- the publication date an article states in its head ------------------------------------------
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_STATED_MONTH = (r"(?P<{}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                 r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_STATED_DAY = (rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_STATED_MONTH.format('m1')},?\s+(?P<y1>(?:19|20)\d\d)"
               rf"|{_STATED_MONTH.format('m2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
               r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))(?!\d)")
_STATED_DAY_RE = re.compile(_STATED_DAY, re.I)
_ANY_STATED_DAY = re.sub(r"\?P<\w+>", "", _STATED_DAY)  # the same, unnamed, to say where one may stand
_WEEKDAY_BEFORE = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_DATELINE_PLACE = r"[A-Z][A-Z .'\u2019-]{1,40}(?:,\s+[A-Z][A-Za-z .'\u2019-]{1,40})?,\s+"
# a wire's dateline names no year ('JUBA, May 18 (Reuters) -'): read only with a date to take the year from
_WIRE_DATELINE = re.compile(
    rf"^[ \t]*{_DATELINE_PLACE}{_WEEKDAY_BEFORE}(?:{_STATED_MONTH.format('m1')}\s+(?P<d1>\d{{1,2}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_STATED_MONTH.format('m2')})[ \t]*\([^()\n]{{1,40}}\)[ \t]*[-\u2013\u2014]",
    re.M | re.I)
# where a page or a wire puts its date: a label ('Published: 28 May 2013', 'Updated 14:03 GMT, 28 May 2013'), a
# dateline ('KYIV, May 14, 2023 (AP) \u2014', 'GOMA, Democratic Republic of Congo, 1 May 2024 \u2014'), or a line of
# its own ('Tuesday 28 May 2013 14.03 BST')
_STATED_DATE = re.compile(
    rf"^[ \t]*(?:(?:(?:First\s+)?Published|Posted|Updated|Last\s+updated|Date|Dated)\b[^\n\d]{{0,12}}"
    rf"(?:\d{{1,2}}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:[A-Z]{{2,4}}\s*)?,?\s*)?{_WEEKDAY_BEFORE}"
    rf"(?P<labelled>{_ANY_STATED_DAY})"
    rf"|{_DATELINE_PLACE}{_WEEKDAY_BEFORE}(?P<dateline>{_ANY_STATED_DAY})"
    r"(?:[^\n]{0,40}?(?:\s[-\u2013\u2014]|:)|[ \t]*\([^()\n]{1,40}\)[ \t]*$)"
    rf"|{_WEEKDAY_BEFORE}(?P<alone>{_ANY_STATED_DAY})[^\n\w]*(?:\d{{1,2}}[:.]\d\d[^\n]{{0,12}})?$)",
    re.M | re.I)


def stated_publication_date(head: str, near: dt.date | None = None,
                            today: dt.date | None = None) -> tuple[dt.date, str] | None:
    """The publication date an article states in its first lines, with the words it was read from; None when
    it states none. A date in its story is none: only a label, a dateline or a line of its own is. A wire's
    dateline without a year ('NAIROBI, Sept 16 (Reuters) -') is read only given `near` (the date the editor
    last worked with), taking the year that puts the day nearest to it, never after today (nothing is published
    in the future); the words then name no year."""
    head = "\n".join(head[:1200].splitlines()[:8])
    return _stated_with_year(head) or (_stated_without_year(head, near, today or dt.date.today()) if near else None)


def _stated_without_year(head: str, near: dt.date, today: dt.date) -> tuple[dt.date, str] | None:
    m = _WIRE_DATELINE.search(head)
    if not m:
        return None
    month, day = _month_number(m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2"))
    days = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            if (stated := dt.date(year, month, day)) <= today:
                days.append(stated)
        except ValueError:  # 29 February, 31 June
            pass
    if not days:
        return None
    return min(days, key=lambda d: abs(d - near)), " ".join(m.group().split()).rstrip(" -\u2013\u2014:")


def _stated_with_year(head: str) -> tuple[dt.date, str] | None:
    for m in _STATED_DATE.finditer(head):
        g = _STATED_DAY_RE.fullmatch(m.group("labelled") or m.group("dateline") or m.group("alone")).groupdict()
        try:
            if g["d1"]:
                day = dt.date(int(g["y1"]), _month_number(g["m1"]), int(g["d1"]))
            elif g["d2"]:
                day = dt.date(int(g["y2"]), _month_number(g["m2"]), int(g["d2"]))
            else:
                day = dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        except ValueError:  # 31 June
            continue
        return day, " ".join(m.group().split()).rstrip(" -\u2013\u2014:")
    return None


def _month_number(name: str) -> int:
    return next(i for i, full in enumerate(_MONTH_NAMES, 1) if full.startswith(name.lower().rstrip(".")[:3]))
