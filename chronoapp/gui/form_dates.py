"""Dates as the editor types them in the review form: the start and end fields read as a FuzzyDate (a year taken
from the date being corrected when none is typed), a relative date ('Monday', 'yesterday') read against the article's
publication date by the engine, and the readings offered beside the date (TIMEX values or words) written out."""
from __future__ import annotations

import datetime as dt
import re

from chronoapp.core.dates import PRECISIONS, DateError, FuzzyDate, display_period, editable
from chronoapp.gui.article import engine_warm, warm_up_engine

OPEN_END = ("open", "ongoing", "...", "\u2026", "..")
PRECISION_CHOICES = tuple(reversed(PRECISIONS))  # day first: the usual case
RELATIVE_LEAD = ("", "on", "in", "at", "during")  # a word typed before a relative date ("on Monday")


def date_fields(d: FuzzyDate) -> tuple[str, str]:
    """(start, end) texts of the form for a date: end empty for a point, 'open' when open-ended; a part of a
    period in its words ('early 2012'), as typed."""
    if part := d.part():
        return part, ""
    if d.end is None:
        return editable(d.start), "open"
    return editable(d.start), ("" if d.end == d.start else editable(d.end))


def parse_form_date(start: str, end: str, approximate: bool, year: int | None = None) -> FuzzyDate:
    """The form's date fields as a FuzzyDate. With year (the year of the date being corrected), a day or
    month typed without one ("9-10 October") takes it, as the article's own dates did."""
    start, end = start.strip(), end.strip()
    if not start:
        raise DateError("the date is empty: type when it happened (2017-09-01, March 2011, 14-15 September 2017)")

    def parse(text: str) -> FuzzyDate:
        try:
            return FuzzyDate.parse(text)
        except DateError as exc:
            if year is None or "no year" not in str(exc) or text.endswith("/"):
                raise
            if re.fullmatch(r"\d{1,2}[/.]\d{1,2}\.?", text):  # "17/9" → 17/9/2017
                return FuzzyDate.parse(f"{text.rstrip('.')}{re.search(r'[/.]', text).group()}{year}")
            return FuzzyDate.parse(f"{text} {year}")

    if end.lower() in OPEN_END:
        # a whole span typed over an open-ended date ("9-10 October 2023" while the end says open)
        whole, why = None, None
        try:
            whole = parse(start)
        except DateError as exc:
            why = exc
        if whole is not None and (whole.is_range or whole.is_open):
            d = whole
        elif whole is not None:
            d = FuzzyDate(whole.start, None, whole.approximate)
        else:
            try:
                d = FuzzyDate.parse(start + "/")
            except DateError:
                raise why or DateError(f"'{start}' is not a date this app understands") from None
    elif end:
        a, b = parse(start), parse(end)
        d = FuzzyDate(a.start, b.end if b.end is not None else b.start, a.approximate or b.approximate)
    else:
        d = parse(start)
    return FuzzyDate(d.start, d.end, approximate or d.approximate)


def engine_loaded() -> bool:
    """Whether the engine has finished loading (the start-up warm-up, an extraction or load_engine has run): reading
    a typed 'Monday' is then instant; otherwise it is loaded in the background first, never on the interface's
    thread. (Its module in sys.modules was not enough: it is there as soon as the warm-up starts importing it, and
    the interface's thread waited for the rest of the import.)"""
    return engine_warm()


def load_engine() -> None:
    """Load the engine, or wait for the warm-up loading it (run off the UI thread)."""
    warm_up_engine()


def read_relative_date(text: str, published: dt.date, *, planned: bool = False
                       ) -> tuple[FuzzyDate, str, list[str]] | None:
    """A relative date typed in the form ('Monday', 'yesterday', 'last week', 'two days ago') read against the
    article's publication date as the engine reads the article's own, with the engine's reason and the other
    readings (TIMEX values); None when the text is not one date (or is a duration, a time of day alone).

    A day or month without a year that the engine, with no verb to go by, puts after the publication date ('Oct
    14' in an article of May) is read as the last one before it: the event an article reports has happened. This
    year's stays the first other reading (a plan, an announced date). Planned (the event corrected is a plan, dated
    after the article), the engine's reading stands."""
    from chronoapp.core.extract.timex import tag

    try:
        found = [t for t in tag(text, published) if t.type in ("DATE", "TIME")]
    except ValueError:  # a publication date out of the tagger's range
        return None
    if len(found) != 1:
        return None
    t = found[0]
    if text[:t.start].strip().lower() not in RELATIVE_LEAD or text[t.end:].strip(" .,"):
        return None
    if t.type == "TIME" and re.search(r"\d", t.text):  # a clock time ('3 p.m.') says no day: not the article's own
        return None
    try:
        read = FuzzyDate.from_timex(t.value)
    except DateError:  # PRESENT_REF, a time without its day
        return None
    others = [a for a in t.alternatives if is_calendar(a)]
    before = [a for a in others if FuzzyDate.from_timex(a).last_day <= published]
    if read.first_day > published and before and not planned and not re.search(r"\d{3}", text):
        past = max(before, key=lambda a: FuzzyDate.from_timex(a).first_day)
        reason = (f"{read.display()} would be after the article's date ({display_period(published.isoformat())}) and "
                  f"an article reports what has happened: the year before; a plan for {read.display()} is the other "
                  "reading")
        return FuzzyDate.from_timex(past), reason, [t.value, *(a for a in others if a != past)]
    return read, t.reason, others


class EngineNotReady(DateError):
    """The typed date must be read by the engine, which is still loading: read it again once it has loaded."""


def read_form_date(start: str, end: str, approximate: bool, *, published: dt.date | None, year: int | None,
                   planned: bool) -> tuple[FuzzyDate, str | None, list[str]]:
    """The form's date: (date, how a relative one was read against the article's publication date (None for a
    date typed out), the other readings of a date typed without its year, offered first). `year` is the year of the
    date being corrected, `planned` whether that date is after the article's (a plan). Raises DateError with a
    human reason; EngineNotReady when the engine must read it and has not loaded yet."""
    import contextlib

    typed = start.strip()
    try:
        return parse_form_date(start, end, approximate), None, []  # a date typed whole
    except DateError as exc:
        no_year = "no year" in str(exc)
    worded = re.search(r"[^\W\d_]", typed)  # a relative date has words
    if published is not None and not end.strip() and (no_year or worded):
        # a relative date ('Monday'), or one day or month without its year ('December', 'in December'), is read
        # against the publication date as the engine reads the article's own, whatever word comes before it
        if not engine_loaded():
            raise EngineNotReady(f"reading \u2018{typed}\u2019 against the article's date "
                                 f"({display_period(published.isoformat())}): loading the date engine\u2026")
        if read := read_relative_date(typed, published, planned=planned):
            d, reason, others = read
            return (FuzzyDate(d.start, d.end, approximate or d.approximate),
                    f"\u201c{typed}\u201d read against the article's date: {reason}", others)
    try:  # a range without its year ('9-10 October') takes the year of the date being corrected
        d = parse_form_date(start, end, approximate, year)
    except DateError:
        if published is None and worded and not end.strip():
            raise DateError(f"\u2018{typed}\u2019 counts from the article's publication date, which is "
                            "unknown: type the date (2017-09-01)") from None
        if published is not None and worded and end.strip() and engine_loaded() and (
                alone := read_relative_date(typed, published, planned=planned)):
            # typed over the start of a range, 'last Friday' was 'not a date', with the end left in the other field
            raise DateError(f"\u2018{typed}\u2019 is read against the article's date as a date of its own "
                            f"({alone[0].display()}), not as the start of a range: empty the \u2018to\u2019 "
                            f"field, or type the start as a date ({editable(alone[0].start)})") from None
        raise
    if published is not None and year is not None and d.first_day > published and not planned and \
            year_assumed(start, end, approximate, year):
        with contextlib.suppress(DateError):  # (29 February)
            before = parse_form_date(start, end, approximate, year - 1)
            if before.last_day <= published:  # as for one day typed without its year (read_relative_date)
                return before, (f"\u201c{typed}\u201d: {d.display()} would be after the article's date "
                                f"({display_period(published.isoformat())}) and an article reports what has "
                                f"happened: the year before; a plan for {d.display()} is the other reading"), \
                    [d.to_timex()]
    return d, None, []


def year_assumed(start: str, end: str, approximate: bool, year: int | None) -> bool:
    """True when the form's date only reads with the year given (the editor typed none)."""
    if year is None:
        return False
    try:
        parse_form_date(start, end, approximate)
    except DateError as exc:
        return "no year" in str(exc)
    return False


def reading_text(value: str) -> str:
    """A reading (a TIMEX value, 'start/end', or words such as 'early 2012') as the window writes dates."""
    start, _, end = value.partition("/")
    try:
        return FuzzyDate(start, None if end == ".." else end).display()
    except DateError:
        pass
    try:
        return FuzzyDate.parse(value).display()
    except DateError:
        return value


def timex_of(reading: str) -> str:
    """A reading's TIMEX value ('early 2012' is 2012-01/2012-04)."""
    if re.search(r"[a-z]", reading, re.I) and not is_calendar(reading):
        try:
            return FuzzyDate.parse(reading).to_timex()
        except DateError:
            pass
    return reading


def is_calendar(value: str) -> bool:
    """Whether a TIMEX value is a calendar date (not PRESENT_REF, a duration, a time without its day)."""
    try:
        FuzzyDate.from_timex(value)
        return True
    except DateError:
        return False
