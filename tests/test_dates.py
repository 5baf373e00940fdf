import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from chronoapp.core.dates import DateError, FuzzyDate, display_period, parse_timex, stated_publication_date, timex_for

D = dt.date


@pytest.mark.parametrize(
    "value, precision, first, last",
    [
        ("2017-09-01", "day", D(2017, 9, 1), D(2017, 9, 1)),
        ("2011-03", "month", D(2011, 3, 1), D(2011, 3, 31)),
        ("2016-02", "month", D(2016, 2, 1), D(2016, 2, 29)),
        ("2017", "year", D(2017, 1, 1), D(2017, 12, 31)),
        ("201", "decade", D(2010, 1, 1), D(2019, 12, 31)),
        ("19", "century", D(1900, 1, 1), D(1999, 12, 31)),
        ("2017-W35", "week", D(2017, 8, 28), D(2017, 9, 3)),
        ("2011-W24-WE", "week", D(2011, 6, 18), D(2011, 6, 19)),
        ("2017-Q3", "quarter", D(2017, 7, 1), D(2017, 9, 30)),
        ("2014-H2", "half", D(2014, 7, 1), D(2014, 12, 31)),
        ("2014-SU", "season", D(2014, 6, 1), D(2014, 8, 31)),
        ("2014-WI", "season", D(2014, 12, 1), D(2015, 2, 28)),
    ],
)
def test_timex_values_cover_their_whole_period(value, precision, first, last):
    p = parse_timex(value)
    assert (p.precision, p.first, p.last) == (precision, first, last)


@pytest.mark.parametrize("bad", ["2017-13-45", "2017-02-30", "2017-W54", "PXD", "PRESENT_REF", "yesterday", "", "2017-9-1"])
def test_invalid_timex_values_are_refused(bad):
    with pytest.raises(DateError):
        parse_timex(bad)


@pytest.mark.parametrize(
    "typed, timex, shown",
    [
        ("2017-09-01", "2017-09-01", "1 September 2017"),
        ("1 September 2017", "2017-09-01", "1 September 2017"),
        ("Sept 1, 2017", "2017-09-01", "1 September 2017"),
        ("March 2011", "2011-03", "March 2011"),
        ("2011-03", "2011-03", "March 2011"),
        ("2011", "2011", "2011"),
        ("1990s", "199", "the 1990s"),
        ("summer 2014", "2014-SU", "summer 2014"),
        ("Q3 2017", "2017-Q3", "Q3 2017"),
        ("14-15 September 2017", "2017-09-14/2017-09-15", "14–15 September 2017"),
        ("between 14 and 15 September 2017", "2017-09-14/2017-09-15", "14–15 September 2017"),
        ("2017-09-30/2017-10-02", "2017-09-30/2017-10-02", "30 September – 2 October 2017"),
        ("2016-12/2017-01", "2016-12/2017-01", "December 2016 – January 2017"),
        ("since January 2017", "2017-01/..", "since January 2017"),
        ("2015/..", "2015/..", "since 2015"),
        ("c. 2011", "2011", "c. 2011"),
        ("about March 2011", "2011-03", "c. March 2011"),
    ],
)
def test_editor_input_keeps_stated_precision(typed, timex, shown):
    d = FuzzyDate.parse(typed)
    assert d.to_timex() == timex
    assert d.display() == shown


def test_month_is_never_silently_a_day():
    d = FuzzyDate.parse("March 2011")
    assert d.precision == "month"
    assert d.start == "2011-03" and d.end == "2011-03"
    assert (d.first_day, d.last_day) == (D(2011, 3, 1), D(2011, 3, 31))


@pytest.mark.parametrize("bad, why", [("2017-13-45", "not a real date"), ("yesterday-ish", "not a date"),
                                      ("September", "no year"), ("", "empty"), ("2017-09-15/2017-09-14", "before the start")])
def test_bad_input_is_refused_with_a_reason(bad, why):
    with pytest.raises(DateError, match=why):
        FuzzyDate.parse(bad)


@pytest.mark.parametrize("typo, meant", [("14 Octber 2023", "14 October 2023"), ("Febuary 2012", "February 2012"),
                                         ("14-15 Ocotber 2023", "14 October 2023"), ("since Jnue 2019", "June 2019")])
def test_a_misspelt_month_is_refused_with_the_date_it_likely_means(typo, meant):
    """'14 Octber 2023' was refused as 'not a real date', with nothing to say the month was misspelt."""
    with pytest.raises(DateError, match=f"did you mean \u2018{meant}\u2019"):
        FuzzyDate.parse(typo)


@pytest.mark.parametrize("bad", ["yesterday-ish", "14 Sunday 2023", "the ides 2011", "31 Febuary 2024"])
def test_no_month_is_suggested_for_words_far_from_every_month(bad):
    # (nor a date that would be refused in turn: February has no 31st)
    with pytest.raises(DateError) as refused:
        FuzzyDate.parse(bad)
    assert "did you mean" not in str(refused.value)


def test_from_timex_drops_time_of_day_but_keeps_the_day():
    assert FuzzyDate.from_timex("2007-10-24TNI").start == "2007-10-24"
    assert FuzzyDate.from_timex("2017-06-09T10:30").precision == "day"


def test_open_ended_and_range_flags():
    since = FuzzyDate("2017-01", None)
    assert since.is_open and not since.is_range and since.last_day.year == 9999
    rng = FuzzyDate("2017-09-14", "2017-09-15")
    assert rng.is_range and not rng.is_open
    assert not FuzzyDate("2017").is_range


def test_sorting_is_chronological_coarse_before_fine():
    dates = [FuzzyDate("2017-09-02"), FuzzyDate("2017-09"), FuzzyDate("2017"), FuzzyDate("2017-09-01"),
             FuzzyDate("2016-12-31"), FuzzyDate("201")]
    ordered = [d.start for d in sorted(dates, key=FuzzyDate.sort_key)]
    assert ordered == ["201", "2016-12-31", "2017", "2017-09", "2017-09-01", "2017-09-02"]


def test_sorting_puts_exact_before_approximate_as_the_chronology_lists_them():
    """The store lists 'March 2011' before 'c. March 2011' (one label together): the key says the same."""
    dates = [FuzzyDate("2011-03", approximate=True), FuzzyDate("2011-03"), FuzzyDate("2011-03", approximate=True)]
    assert [d.display() for d in sorted(dates, key=FuzzyDate.sort_key)] == ["March 2011", "c. March 2011",
                                                                            "c. March 2011"]


def test_overlap_with_filter_ranges():
    march = FuzzyDate("2011-03")
    assert march.overlaps(D(2011, 3, 15), D(2011, 3, 20))
    assert march.overlaps(None, D(2011, 3, 1))
    assert not march.overlaps(D(2011, 4, 1), None)
    since = FuzzyDate("2015", None)
    assert since.overlaps(D(2024, 1, 1), D(2024, 2, 1))
    assert not since.overlaps(D(2010, 1, 1), D(2014, 12, 31))


def test_display_of_coarse_periods():
    assert display_period("2017-W35") == "the week of 28 August 2017"
    assert display_period("2014-H2") == "second half of 2014"
    # 'the 2000s' was shown both for the century 20 (2000-2099) and for the decade 200 (2000-2009)
    assert display_period("20") == "the 21st century" and display_period("200") == "the 2000s"
    assert display_period("19") == "the 20th century"


@given(st.dates(min_value=D(1000, 1, 1), max_value=D(9998, 12, 31)),
       st.sampled_from(["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]))
@example(D(9900, 1, 1), "century")  # 'the 100th century': three digits (hypothesis found it refused)
def test_every_period_shown_can_be_typed_back(day, precision):
    """What the chronology shows ('first half of 2014', 'the week of 28 August 2017') is what an editor types
    into the form or a filter: it was refused, or read as another period."""
    value = timex_for(day, precision)
    assert FuzzyDate.parse(display_period(value)).to_timex() == value
    if precision == "week":
        assert FuzzyDate.parse(display_period(value + "-WE")).to_timex() == value + "-WE"


@given(st.dates(min_value=D(1000, 1, 1), max_value=D(9998, 12, 31)),
       st.sampled_from(["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]))
def test_every_day_lies_inside_its_own_period(day, precision):
    p = parse_timex(timex_for(day, precision))
    assert p.first <= day <= p.last
    assert p.precision == precision


@given(st.dates(min_value=D(1000, 1, 1), max_value=D(9998, 12, 31)))
def test_display_parses_back_to_the_same_day(day):
    d = FuzzyDate(day.isoformat())
    assert FuzzyDate.parse(d.display()) == d


@given(st.dates(min_value=D(1000, 1, 1), max_value=D(9997, 12, 31)),
       st.sampled_from(["day", "week", "month", "quarter", "half", "season", "year", "decade"]),
       st.sampled_from(["point", "open", "range"]), st.booleans())
def test_what_the_chronology_shows_can_be_typed_back(day, precision, shape, approximate):
    """An approximate open-ended date shows as 'since c. 1 September 2017', which the date field and the filters
    refused ('c. 1 September 2017' is not a real date): every date shown must read back as itself."""
    start = timex_for(day, precision)
    end = {"point": "", "open": None, "range": timex_for(day + dt.timedelta(days=400), precision)}[shape]
    d = FuzzyDate(start, end, approximate)
    assert FuzzyDate.parse(d.display()) == d


@pytest.mark.parametrize(
    "typed, timex",
    [
        ("September 14-15, 2017", "2017-09-14/2017-09-15"),  # the US way news writes a two-day span
        ("Sept. 14-15, 2017", "2017-09-14/2017-09-15"),
        ("September 14 to 15 2017", "2017-09-14/2017-09-15"),
        ("14 September to 2 October 2017", "2017-09-14/2017-10-02"),  # the year written once, at the end
        ("between 14 September and 2 October 2017", "2017-09-14/2017-10-02"),
        ("March to May 2011", "2011-03/2011-05"),
        ("3-4 March 2017", "2017-03-03/2017-03-04"),
    ],
)
def test_day_ranges_written_as_news_writes_them(typed, timex):
    assert FuzzyDate.parse(typed).to_timex() == timex


@pytest.mark.parametrize("typed", ["14-15 September", "between 14 and 15 September", "3-4 March", "1-2 May",
                                   "September 14-15", "14 September"])
def test_a_day_range_without_a_year_is_refused_not_read_as_a_year(typed):
    # '14-15 September' was read as 15 September 2014 and '3-4 March' as 4 March 2003: wrong, silently
    with pytest.raises(DateError, match="no year"):
        FuzzyDate.parse(typed)


@pytest.mark.parametrize(
    "typed, timex",
    [
        ("2017-9-1", "2017-09-01"),  # year first is year-month-day: it was read as 9 January 2017
        ("2017/9/14", "2017-09-14"),
        ("2017-2018", "2017/2018"),  # ranges of years as news writes them: refused before
        ("2016\u20132017", "2016/2017"),
        ("June-July 2017", "2017-06/2017-07"),
        ("from June to July 2017", "2017-06/2017-07"),  # 'from X to Y' is a range, not open-ended
        ("from 2012 until 2014", "2012/2014"),
        ("1990's", "199"),
        ("the 1990's", "199"),
        ("March 2011 onwards", "2011-03/.."),
        ("09/2017", "2017-09"),  # was the range 'the 0900s – 2017'
        ("9/2017", "2017-09"),  # was refused: ''9' has no year'
        ("2017.09", "2017-09"),  # was the year 2017: the month was dropped
        ("2017/09", "2017-09"),
    ],
)
def test_more_ways_editors_write_dates(typed, timex):
    assert FuzzyDate.parse(typed).to_timex() == timex


@pytest.mark.parametrize("typed", ["17", "5", "99", "00", "199", "c. 17", "since 17", "17/2017-09-01"])
def test_a_bare_one_to_three_digit_number_is_refused_not_read_as_a_century(typed):
    """'17' was stored as the 1700s and '99' as the 9900s without a word (TIMEX reads 2 digits as a
    century, 3 as a decade); typed by an editor it is a cut-off year or a day without its month."""
    with pytest.raises(DateError, match="type the year in full"):
        FuzzyDate.parse(typed)


@pytest.mark.parametrize("timex, typed", [("199", "1990s"), ("18", "19th century"), ("20", "21st century"),
                                          ("00", "1st century"), ("2017-09", "2017-09"), ("2017", "2017")])
def test_decades_and_centuries_are_written_out_for_editing_and_read_back(timex, typed):
    from chronoapp.core.dates import editable
    assert editable(timex) == typed
    assert FuzzyDate.parse(typed).to_timex() == timex


@pytest.mark.parametrize("typed, timex", [
    ("2017 09 01", "2017-09-01"),                 # was 9 January 2017 without a word
    ("3/4 May 2017", "2017-05-03/2017-05-04"),    # the night of 3 to 4 May
    ("2017/18", "2017/2018"), ("1990-95", "1990/1995"), ("1998-2001", "1998/2001"),
    ("\u0662\u0660\u0661\u0667", "2017"),        # Arabic-Indic digits are stored as 2017
    ("\u0661 \u0633\u0628\u062a\u0645\u0628\u0631 2017", None),
])
def test_more_dates_as_journalists_type_them(typed, timex):
    if timex is None:
        with pytest.raises(DateError):
            FuzzyDate.parse(typed)
        return
    assert FuzzyDate.parse(typed).to_timex() == timex


@pytest.mark.parametrize("typed, timex, shown", [
    ("early 2012", "2012-01/2012-04", "early 2012"), ("mid-2014", "2014-05/2014-08", "mid-2014"),
    ("late 2015", "2015-09/2015-12", "late 2015"), ("end of 2016", "2016-09/2016-12", "late 2016"),
    ("the beginning of 2016", "2016-01/2016-04", "early 2016"), ("c. early 2012", "2012-01/2012-04", "early 2012"),
    ("mid-October 2023", "2023-10-11/2023-10-20", "mid-October 2023"),
    ("late March 2011", "2011-03-21/2011-03-31", "late March 2011"),
    ("early February 2024", "2024-02-01/2024-02-09", "early February 2024"),
    ("the early 1990s", "1990/1992", "the early 1990s"), ("the late 20th century", "196/199", "the late 20th century"),
    ("early summer 2014", "2014-06", "c. June 2014"),  # a third of a season is a month: no words for it
])
def test_early_mid_and_late_are_stored_as_an_approximate_third_and_shown_in_the_same_words(typed, timex, shown):
    """'early 2012' was refused ('type the whole period and tick approximate'): it is the approximate first third
    of the year, its months (never a made-up day), shown and typed back as 'early 2012'."""
    d = FuzzyDate.parse(typed)
    assert (d.to_timex(), d.approximate, d.display()) == (timex, True, shown)
    assert FuzzyDate.parse(d.display()) == d


@pytest.mark.parametrize("typed", ["c. 2011", "c.2011", "ca. 2011", "circa 2011", "around 2011", "about 2011",
                                   "approximately 2011", "approx. 2011", "roughly 2011", "~2011"])
def test_every_way_editors_mark_a_date_approximate_is_read(typed):
    """'approx. 2011' and 'roughly 2011' were refused as dates the app does not understand."""
    d = FuzzyDate.parse(typed)
    assert (d.to_timex(), d.approximate, d.display()) == ("2011", True, "c. 2011")


def test_a_range_that_is_a_third_but_not_approximate_stays_a_range():
    """'January–April 2012' as typed is exact: only the approximate one reads 'early 2012'."""
    assert FuzzyDate.parse("January-April 2012").display() == "January\u2013April 2012"
    assert FuzzyDate.parse("c. January-April 2012").display() == "early 2012"


@pytest.mark.parametrize("typed", ["early 2012 to late 2013", "late March"])
def test_early_mid_and_late_of_a_span_or_without_a_year_are_refused(typed):
    with pytest.raises(DateError, match="one period|no year"):
        FuzzyDate.parse(typed)


def test_a_two_digit_end_year_before_the_start_is_refused():
    with pytest.raises(DateError):
        FuzzyDate.parse("2017/15")


def test_a_day_and_month_in_figures_without_a_year_asks_for_the_year():
    """'17/9' was split as a range and refused as '17 is not a date'."""
    with pytest.raises(DateError, match="has no year"):
        FuzzyDate.parse("17/9")


@pytest.mark.parametrize("typed", ["-0044", "-44", "-2011", "44 BC", "44 B.C.", "63 BCE", "March 44 BC"])
def test_a_year_before_the_common_era_is_refused_not_stored_as_another_year(typed):
    """'-0044' (TIMEX for 44 BC) was saved as the year 2044 and '-2011' as 2011: a wrong date in the file."""
    with pytest.raises(DateError, match="before year 1"):
        FuzzyDate.parse(typed)


@pytest.mark.parametrize("typed", ["2017-09-01 10:00", "2017-09-01 00:00:00", "2017-09-01, 14:30", "2017-09-01T10:00:00Z",
                                   "2017-09-01T00:00:00+03:00", "2017-09-01 10:00 UTC", "01/09/2017 10:00",
                                   "1 September 2017 10:00", "2017-09-01 10:00 AM", "2017-09-01 8:46 p.m.", "20170901"])
def test_a_date_with_a_time_of_day_keeps_its_day(typed):
    """A date copied from a spreadsheet or a database export ('2017-09-01 00:00:00', as pandas and LibreOffice write
    it) or typed with its hour was read as 9 January 2017: dateutil's day-first reading swapped month and day
    once a time followed, and the wrong day was saved without a word. A time of day is dropped; the day stays.
    ISO 8601's compact form ('20170901', in file names and identifiers) was read as 9 January too."""
    assert FuzzyDate.parse(typed) == FuzzyDate("2017-09-01")


@pytest.mark.parametrize("head, day, words", [
    ("KYIV, May 14, 2023 (AP) \u2014 Strikes hit the city.", "2023-05-14", "KYIV, May 14, 2023 (AP)"),
    ("GOMA, Democratic Republic of Congo, 1 May 2024 \u2014 Rebels seized it.", "2024-05-01",
     "GOMA, Democratic Republic of Congo, 1 May 2024"),
    ("Syria: troops advance\nPublished: 28 May 2013\nBEIRUT: Backed by Hezbollah", "2013-05-28", "Published: 28 May 2013"),
    ("Updated 14:03 GMT, 28 May 2013\nBEIRUT -", "2013-05-28", "Updated 14:03 GMT, 28 May 2013"),
    ("By A Reporter\nTuesday 28 May 2013 14.03 BST\nBEIRUT -", "2013-05-28", "Tuesday 28 May 2013 14.03 BST"),
    ("Posted on Jan. 5, 2024 by admin\nText", "2024-01-05", "Posted on Jan. 5, 2024"),
])
def test_the_publication_date_an_article_states_in_its_head(head, day, words):
    assert stated_publication_date(head) == (dt.date.fromisoformat(day), words)


@pytest.mark.parametrize("head", [
    "BEIRUT: Regime troops advanced Monday. The war began on 15 March 2011.",  # a date of the story
    "On 12 June 2019, rebels attacked.", "JUBA, May 18 (Reuters) - no year", "Date: 31 June 2019\nx",
    "Published 28/05/2013",  # day or month first? not guessed
    "\n" * 9 + "Published: 28 May 2013",  # far below the head
])
def test_no_publication_date_is_read_from_a_story_or_a_doubtful_line(head):
    assert stated_publication_date(head) is None


@pytest.mark.parametrize("head, near, day, words", [
    ("NAIROBI, Sept 16 (Reuters) - Shells hit a camp.", "2025-09-17", "2025-09-16", "NAIROBI, Sept 16 (Reuters)"),
    ("JUBA, 30 Dec (AFP) \u2014 Talks resumed.", "2026-01-02", "2025-12-30", "JUBA, 30 Dec (AFP)"),  # the year before
    ("KHARTOUM, May 18 (Reuters) - Fighting.", "2026-11-27", "2026-05-18", "KHARTOUM, May 18 (Reuters)"),
])
def test_a_wire_dateline_without_a_year_takes_the_year_nearest_the_date_before(head, near, day, words):
    """Wires name no year in their datelines ('JUBA, May 18 (Reuters) -'): with the date the editor last worked
    with, the day nearest to it and not after today is read; without one nothing is guessed (see above)."""
    assert stated_publication_date(head, near=dt.date.fromisoformat(near), today=dt.date(2026, 11, 27)) == (
        dt.date.fromisoformat(day), words)


def test_a_dateline_with_its_weekday_on_a_line_of_its_own_is_read():
    """'London, Thursday 18 September 2025 (The Observer Weekly)': a weekday before the day, and the outlet closing
    the line instead of a dash, left the date unread."""
    head = "Darfur's long week\nAnalysis\n\nLondon, Thursday 18 September 2025 (The Observer Weekly)\n\nThe week began."
    assert stated_publication_date(head) == (dt.date(2025, 9, 18),
                                             "London, Thursday 18 September 2025 (The Observer Weekly)")
