"""Temporal tagger: behaviour found on fresh wire, Wikinews and war-history texts (session 7b)."""
import datetime as dt

from chronoapp.core.extract.timex import tag


def found(text, expr, dct):
    return [t for t in tag(text, dct) if t.text == expr]


def value(text, expr, dct, nth=0):
    """The value of the nth timex whose text is ``expr``."""
    hits = found(text, expr, dct)
    assert len(hits) > nth, f"{expr!r} not tagged: {[(t.text, t.value) for t in tag(text, dct)]}"
    return hits[nth].value


def test_a_plan_told_in_the_past_is_the_weekday_the_story_named():
    # a story about a crash on Monday, published on Friday: the flight was due that Monday
    text = ("The jetliner plunged into the Pacific Ocean on Monday, killing all 88 people aboard. "
            "The MD-83 was due in San Francisco at 4:45 p.m. Monday on its way to Seattle.")
    assert value(text, "4:45 p.m. Monday", dt.date(2000, 2, 4)) == "2000-01-31T16:45"
    text = "Ministers met on Monday. He was expected to discuss the crisis on Monday."
    assert value(text, "Monday", dt.date(1998, 8, 25), 1) == "1998-08-24"


def test_a_plan_for_a_weekday_ahead_still_looks_ahead():
    # "Monday" named before was in the past, but the plan is told in the present
    text = "Ministers met on Friday. They are expected to meet again on Friday."
    assert value(text, "Friday", dt.date(1994, 9, 29), 1) == "1994-09-30"
    # no earlier Monday in the story: a plan told in the past keeps looking ahead
    text = "Protesters said on Thursday they were planning to march on Monday."
    assert value(text, "Monday", dt.date(1994, 9, 29)) == "1994-10-03"


def test_a_day_declared_for_something_lies_ahead():
    text = "Washington Gov. Gary Locke declared Sunday a day of mourning."
    assert value(text, "Sunday", dt.date(2000, 2, 4)) == "2000-02-06"
    text = "The president proclaimed Friday a national holiday."
    assert value(text, "Friday", dt.date(2008, 9, 29)) == "2008-10-03"
    # a declaration made on a day is still that past day
    assert value("He declared Sunday that the war was over.", "Sunday", dt.date(2008, 9, 29)) == "2008-09-28"


def test_before_a_day_after_a_modal_is_ahead():
    text = "Analysts warned that other European banks could need government help before the weekend."
    assert value(text, "the weekend", dt.date(2008, 9, 29)) == "2008-W40-WE"
    assert value("He said troops had left before Friday.", "Friday", dt.date(2008, 9, 29)) == "2008-09-26"


def test_the_nth_day_in_apposition_restates_the_day():
    text = "On Tuesday, the third day of the crisis, trading on the currency exchange was suspended."
    assert value(text, "the third day", dt.date(1998, 8, 26)) == "1998-08-25"
    # a later count keeps that day one
    text = ("Police surrounded the compound on Monday, the fourth day of the confrontation. "
            "On the sixth day, the gunmen surrendered.")
    assert value(text, "the sixth day", dt.date(1998, 8, 26)) == "1998-08-26"


def test_over_as_a_quantity_before_a_length_of_time():
    text = "Greece had been at war for over nine years. He waited over an hour."
    nine = found(text, "over nine years", dt.date(2011, 6, 1))
    assert nine and nine[0].value == "P9Y" and nine[0].mod == "MORE_THAN"
    assert value(text, "over an hour", dt.date(2011, 6, 1)) == "PT1H"
    assert value("The war lasted over nine years.", "over nine years", dt.date(2012, 5, 1)) == "P9Y"
    # a preposition: "over three years" of talks is the length alone
    assert value("Talks over three years failed.", "three years", dt.date(2011, 6, 1)) == "P3Y"


def test_half_a_century_written_as_a_half_century():
    text = "The defeat shaped the country's politics for the next half century."
    assert value(text, "the next half century", dt.date(2011, 6, 1)) == "P50Y"
    assert value("Over the past half-century, trade grew.", "the past half-century", dt.date(2011, 6, 1)) == "P50Y"


def test_a_bare_plural_length_before_after_or_before():
    text = "In December 1944, weeks after the German withdrawal, fighting broke out in Athens."
    assert value(text, "weeks", dt.date(2011, 6, 1)) == "PXW"
    assert value("Hours after the quake, rescuers arrived.", "Hours", dt.date(2010, 3, 3)) == "PTXH"
    # a noun phrase's plural is no length: "in the days before the vote"
    assert not found("In the days before the vote, police arrested him.", "days", dt.date(2010, 3, 3))


def test_a_date_in_an_aside_takes_the_asides_tense():
    text = "Fortis shares, which were suspended on Friday afternoon, are expected to resume trading."
    assert value(text, "Friday afternoon", dt.date(2008, 9, 29)) == "2008-09-26TAF"


def test_before_a_day_with_no_verb_to_date_it_is_a_limit_ahead():
    text = "Talks continue, but there is no sign of a compromise before the weekend."
    assert value(text, "the weekend", dt.date(2010, 3, 3)) == "2010-W09-WE"
    # a day counted back from another keeps the past reading
    assert value("Two days before Christmas, he died.", "Christmas", dt.date(2010, 3, 3)) == "2009-12-25"


def test_an_announced_start_that_was_blocked_is_past():
    text = "A planned 12-day strike starting on December 22 was blocked by the High Court in December."
    assert value(text, "December 22", dt.date(2010, 3, 20)) == "2009-12-22"
    # an announced start still ahead
    text = "Unions agreed to a strike starting on April 2, a spokesman said."
    assert value(text, "April 2", dt.date(2010, 3, 20)) == "2010-04-02"
