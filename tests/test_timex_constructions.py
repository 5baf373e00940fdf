"""Temporal tagger: constructions of wire, corporate and war-history writing that unseen texts
showed (fiscal quarters, datelines, plans told in the past, days that look ahead, asides)."""
import datetime as dt

from chronoapp.core.extract.timex import tag


def found(text, expr, dct):
    return [t for t in tag(text, dct) if t.text == expr]


def value(text, expr, dct, nth=0):
    """The value of the nth timex whose text is ``expr``."""
    hits = found(text, expr, dct)
    assert len(hits) > nth, f"{expr!r} not tagged: {[(t.text, t.value) for t in tag(text, dct)]}"
    return hits[nth].value


def test_the_quarter_of_a_company_with_a_fiscal_year_is_the_fiscal_quarter_named():
    # TimeBank values a fiscal quarter by its own number ("the fiscal first quarter" 1989-Q1);
    # "the quarter ended June 29" is then that quarter, not the calendar quarter of June 29
    text = ("Harbor Foods reported a rise in profit for its fiscal third quarter on Thursday. "
            "Net income in the quarter ended June 29 rose to $214 million from $191 million a year earlier.")
    assert value(text, "the quarter", dt.date(2024, 8, 1)) == "2024-Q3"
    assert value(text, "a year earlier", dt.date(2024, 8, 1)) == "2023-Q3"
    text = ("Net income for Apple's fiscal third quarter rose. Revenue for the quarter, which ended on "
            "June 25, rose. It sold 20 million iPhones in early June, up from the same quarter last year.")
    assert value(text, "the same quarter last year", dt.date(2011, 7, 21)) == "2010-Q3"


def test_a_calendar_company_keeps_the_calendar_quarter():
    text = "Profit in the quarter ended Sept. 30 fell. It announced the deal on Tuesday."
    assert value(text, "the quarter", dt.date(1989, 11, 2)) == "1989-Q3"


def test_today_in_a_dispatch_dated_the_day_before_publication_is_the_datelines_day():
    text = ("WASHINGTON, Nov. 15 -- The shutdown entered its third day today, and Mr. Gingrich said "
            "this afternoon that the House would vote Thursday.")
    dct = dt.date(1995, 11, 16)
    assert value(text, "today", dct) == "1995-11-15"
    assert value(text, "this afternoon", dct) == "1995-11-15TAF"
    assert value(text, "Thursday", dct) == "1995-11-16"
    text = "BEIJING, March 12 (Xinhua) -- Chinese leaders held talks here today with visitors."
    assert value(text, "today", dt.date(1998, 3, 13)) == "1998-03-12"


def test_a_dateline_of_the_publication_day_or_a_date_in_the_body_changes_nothing():
    dct = dt.date(1998, 3, 12)
    assert value("BEIJING, March 12 (Xinhua) -- Talks were held here today.", "today", dct) == "1998-03-12"
    # a date opening a sentence is no dateline
    text = "The talks ended. On March 10, they met again, and today they signed."
    assert value(text, "today", dct) == "1998-03-12"


def test_the_same_quarter_last_year_is_one_timex_a_year_before_the_quarter_meant():
    # TimeBank: "the quarter a year ago", "the corresponding period last year" 1988-Q3
    dct = dt.date(1989, 11, 2)
    text = ("Net income in the third quarter rose, up from the same quarter last year. Sales were "
            "lower in the corresponding period a year earlier. Revenue in the quarter rose 5%.")
    assert value(text, "the same quarter last year", dct) == "1988-Q3"
    assert value(text, "the corresponding period a year earlier", dct) == "1988-Q3"
    # a year-on-year comparison does not move the story: "the quarter" is still this year's
    assert value(text, "the quarter", dct) == "1989-Q3"


def test_by_a_weekday_after_a_modal_verb_is_a_target_still_ahead():
    dct = dt.date(1995, 11, 15)   # a Wednesday
    assert value("Mr. Dole said he hoped a deal could be reached by Friday.", "Friday", dct) == "1995-11-17"
    assert value("He said the talks should end by Friday.", "Friday", dct) == "1995-11-17"
    assert value("The bill was passed by Friday, he said.", "Friday", dct) == "1995-11-10"


def test_a_month_naming_an_event_is_no_date():
    text = "The Yom Kippur War, also known as the October War, began in October 1973."
    assert [t.text for t in tag(text, dt.date(2012, 5, 1))] == ["October 1973"]
    text = "The February Revolution of 1917 toppled the tsar."
    assert [t.text for t in tag(text, dt.date(2012, 5, 1))] == ["1917"]


def test_the_first_half_of_a_decade_or_war_is_no_half_of_the_publication_year():
    text = ("The war began in 1912. In the first half of the decade, trade grew. "
            "In the second half of the war, the navy dominated. Some 40 years later, peace came.")
    found = {t.text: t.value for t in tag(text, dt.date(2012, 5, 1))}
    assert "the first half" not in found and "the second half" not in found
    assert found["Some 40 years later"] == "1952"
    assert value("In the first half of the year it grew.", "the first half of the year", dt.date(2012, 5, 1)) == "2012-H1"


def test_a_pluperfect_in_an_earlier_clause_does_not_send_a_date_back_a_year():
    text = ("The First Balkan War began on 8 October 1912, when Montenegro declared war. An armistice "
            "was signed on 3 December, but fighting resumed in February 1913. Adrianople fell on 26 March "
            "after a five-month siege. The Treaty of London was signed on 30 May. A month later, Bulgaria "
            "attacked its former allies. By the end of July, Bulgaria had asked for peace, and the Treaty of "
            "Bucharest was signed on 10 August. The following year, the world war began.")
    assert value(text, "10 August", dt.date(2012, 5, 1)) == "1913-08-10"


def test_a_count_with_a_thousands_comma_is_a_number():
    text = "In 404 BC Athens surrendered. Some 2,400 years later, historians still read Thucydides."
    assert value(text, "Some 2,400 years later", dt.date(2012, 5, 1)) == "1997"


def test_a_closure_in_the_present_tense_is_on_the_coming_weekday():
    dct = dt.date(2008, 9, 29)   # a Monday
    assert value("Congress is closed on Tuesday for the Jewish new year.", "Tuesday", dct) == "2008-09-30"
    assert value("The store was closed on Tuesday.", "Tuesday", dct) == "2008-09-23"


def test_a_records_since_date_does_not_move_the_story():
    text = "The quake struck on Tuesday. It was the strongest since March 1939. Rescuers arrived two days later."
    assert value(text, "two days later", dt.date(1999, 11, 19)) == "1999-11-18"
    text = "He has lived there since 1990. A year later he left."
    assert value(text, "A year later", dt.date(1999, 11, 19)) == "1991"


def test_the_week_of_a_day_is_that_week():
    # TimeBank/AQUAINT: "the week of March 6" DATE 2000-W10
    text = "Toyota will halt production at five plants for the week of February 1."
    assert value(text, "the week of February 1", dt.date(2010, 1, 27)) == "2010-W05"
    assert value("Talks are set for the week of March 6, 2000.", "the week of March 6, 2000", dt.date(2000, 2, 20)) == "2000-W10"


def test_a_quarter_of_an_hour_is_fifteen_minutes():
    dct = dt.date(1994, 9, 30)
    assert value("It took only a quarter of an hour.", "a quarter of an hour", dct) == "PT15M"
    assert value("He ruled for a quarter of a century.", "a quarter of a century", dct) == "P25Y"
    assert value("It lasted three quarters of an hour.", "three quarters of an hour", dct) == "PT45M"


def test_the_end_of_the_quarter_is_the_quarter_meant_with_its_end():
    text = "Net income in the third quarter rose. Apple had $76 billion in cash at the end of the quarter."
    t = [t for t in tag(text, dt.date(2011, 7, 21)) if t.text == "the end of the quarter"]
    assert t and t[0].value == "2011-Q3" and t[0].mod == "END"


def test_earlier_or_later_in_the_day_week_month_or_year():
    dct = dt.date(1998, 3, 12)
    text = "Qian held talks with Primakov today. Earlier in the day, Primakov met Li Peng."
    assert value(text, "Earlier in the day", dct) == "1998-03-12"
    assert value("Talks resume later in the week.", "later in the week", dct) == "1998-W11"
    assert [t.text for t in tag("He works in the day and sleeps at night.", dct)] == []


def test_a_century_spelt_out_is_a_century():
    dct = dt.date(2012, 5, 1)
    assert value("In the nineteenth century the empire declined.", "the nineteenth century", dct) == "18"
    assert value("In the twenty-first century, wars changed.", "the twenty-first century", dct) == "20"
    assert value("In the first century BC Rome fought civil wars.", "the first century BC", dct) == "BC00"
    # a count of centuries is no date
    assert tag("The first century of the republic was calm. Its second century began.", dct) == []


def test_a_fortnight_ago_is_two_weeks_back():
    found = tag("A fortnight ago, he left.", dt.date(1998, 3, 12))
    assert found[0].value == "1998-W09" and "1998-02-26" in found[0].alternatives


def test_a_distance_after_a_date_in_apposition_restates_that_date():
    dct = dt.date(2012, 5, 1)
    text = ("A ceasefire took effect on 12 June 1935. The peace treaty was not signed until 21 July 1938, "
            "three years later. Adrianople fell on 26 March 1913, a week later. Two days later, they left.")
    assert value(text, "three years later", dct) == "1938"
    # the date restated stays the one later distances count from
    assert value(text, "Two days later", dct) == "1913-03-28"


def test_earlier_in_the_day_after_a_year_is_the_publication_day():
    text = "Trade should reach 20 billion by the year 2000. Earlier in the day, Primakov met Li Peng."
    assert value(text, "Earlier in the day", dt.date(1998, 3, 12)) == "1998-03-12"


def test_a_weekday_after_an_indefinite_article_is_no_date():
    dct = dt.date(2012, 5, 1)
    assert value("He was born on a Tuesday.", "Tuesday", dct) == "XXXX-WXX-2"
    assert value("Yom Kippur fell on a Saturday that year.", "Saturday", dct) == "XXXX-WXX-6"
    # a weekday qualifying a noun after the article is the day it names
    assert value("They attended a Sunday night memorial service.", "Sunday night", dct) == "2012-04-29TNI"


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
