"""Temporal tagger: constructions of wire, corporate and war-history writing that unseen texts
showed (fiscal quarters, datelines, plans told in the past, days that look ahead, asides, histories
told on from year to year, possessive weekdays, period ends, times later than a clock time)."""
import datetime as dt

import pytest

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
    # (the era of the common era is in the span too, and "ad" in lower case is a word)
    assert value("The town was founded in the 3rd century AD.", "the 3rd century AD", dct) == "02"
    assert value("In the fifth century A.D., Rome fell.", "the fifth century A.D.", dct) == "04"
    assert value("It was a 20th century ad campaign.", "20th century", dct) == "19"
    # a count of centuries is no date
    assert tag("The first century of the republic was calm. Its second century began.", dct) == []


def test_the_end_of_a_century_is_that_century_with_its_part():
    """'By the end of the 15th century' is one timex, the century with mod END (as 'the end of
    the year' and 'the late 19th century' are), not 'the 15th century' alone."""
    got = tag("By the end of the 15th century only Calais remained English.", dt.date(2009, 3, 1))
    assert [(t.text, t.value, t.mod) for t in got] == [("the end of the 15th century", "14", "END")]
    got = tag("In the middle of the seventeenth century the war ended.", dt.date(2009, 3, 1))
    assert [(t.text, t.value, t.mod) for t in got] == [("the middle of the seventeenth century", "16", "MID")]


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


HISTORY_DCT = dt.date(2010, 3, 1)


# "three weeks later than in 1997" compares two dates: the gap is a length, not a date
def test_later_than_is_a_length_not_a_date():
    text = "Easter falls on April 12 this year, nearly three weeks later than in 1997."
    assert value(text, "nearly three weeks", dt.date(1998, 3, 12)) == "P3W"
    assert not found(text, "nearly three weeks later", dt.date(1998, 3, 12))


# "was expected to hit Vietnam on Sunday": the verb after "to" is a base form, not a past
def test_a_past_looking_verb_after_to_is_no_past():
    text = "The weather bureau said the storm was weakening and was expected to hit central Vietnam on Sunday."
    assert value(text, "Sunday", dt.date(2013, 11, 9)) == "2013-11-10"
    # the same verb as a real past still looks back
    assert value("The storm hit Manila on Friday.", "Friday", dt.date(2013, 11, 9)) == "2013-11-08"


# in a history, "two years later" moves the story: what follows is counted from the later year
def test_years_later_carries_a_history_forward():
    text = ("The war began in the spring of 431 BC. In 424 BC Brasidas captured Amphipolis. "
            "Both generals were killed there two years later, and the peace was signed the following spring. "
            "The peace lasted only six years. In 415 BC Athens sent an expedition to Sicily.")
    assert value(text, "two years later", HISTORY_DCT) == "BC0422"
    assert value(text, "the following spring", HISTORY_DCT) == "BC0421-SP"
    text = ("The First World War broke out in August 1914, and the armies dug in along the Western Front. "
            "Two years later, in July, the British attacked on the Somme.")
    assert value(text, "July", HISTORY_DCT) == "1916-07"


# "the following winter" after a day or month is the first winter a few months on
def test_the_following_season_after_a_month_is_the_next_one_to_begin():
    text = ("The New Model Army destroyed the Royalists at Naseby on 14 June 1645. Bristol surrendered in "
            "September 1645. The king spent the following winter in Oxford and fled in April 1646.")
    assert value(text, "the following winter", HISTORY_DCT) == "1645-WI"
    text = ("The war was fought from 1754 to 1763. In May 1754 Virginia militia ambushed a French party. "
            "The following summer a British army was destroyed on the Monongahela in 1755.")
    assert value(text, "The following summer", HISTORY_DCT) == "1755-SU"
    text = ("The siege lasted from 1942 to 1943. In January 1943 the Sixth Army surrendered at Stalingrad. "
            "The following summer the Germans attacked at Kursk, and in 1944 they were driven back.")
    assert value(text, "The following summer", HISTORY_DCT) == "1943-SU"


# "Last year, ... in December": a news sentence that opens with a year sets the year of its dates
def test_a_year_opening_a_news_sentence_frames_its_months():
    dct = dt.date(2013, 11, 9)
    text = "Last year, Typhoon Bopha killed more than 1,000 people on the southern island of Mindanao in December."
    assert value(text, "December", dct) == "2012-12"
    text = "In 2012, floods hit Manila in August and Cebu on September 3."
    assert value(text, "August", dct) == "2012-08"
    assert value(text, "September 3", dct) == "2012-09-03"
    # "since 2009" is no frame, and the next sentence is news again
    text = "Since 2009, prices have doubled, and in March they hit a record. In 2012, floods hit Manila. Prices rose in March."
    assert value(text, "March", dct) == "2013-03"
    assert value(text, "March", dct, 1) == "2013-03"


# "at 4:40 a.m. local time (2040 GMT Thursday)": the day in brackets is the other clock's
def test_a_day_in_a_bracketed_time_conversion_is_not_the_local_times():
    text = ("The storm smashed into the central Philippines on Friday. It made landfall at 4:40 a.m. "
            "local time (2040 GMT Thursday) in Guiuan.")
    dct = dt.date(2013, 11, 9)
    assert value(text, "4:40 a.m. local time", dct) == "2013-11-08T04:40"
    assert value(text, "2040 GMT Thursday", dct) == "2013-11-07T20:40"
    # a day after the brackets is both times' day
    text = "The quake struck at 10:30 a.m. (0830 GMT) on Tuesday."
    assert value(text, "10:30 a.m.", dct) == "2013-11-05T10:30"


# "By the mid-1940s ... at the end of the decade": the decade just named, not the year before it
def test_the_end_of_the_decade_is_the_decade_just_named():
    text = ("In 1939 he joined Harry James's band. By the mid-1940s he was the idol of the bobby-soxers. "
            "His career faltered at the end of the decade, when his voice failed.")
    assert value(text, "the end of the decade", dt.date(1998, 5, 15)) == "194"
    # a day named after the decade is where the story is
    text = "On 1 November 1995 the accord was signed. By the end of the decade the war was over."
    assert value(text, "the end of the decade", dt.date(2010, 5, 15)) == "199"


# "the first three quarters of 2009" is a length, like "the first nine months"
def test_the_first_quarters_of_a_year_are_a_length():
    text = "Sales rose 5 percent in the first three quarters of 2009, and three quarters of the staff left."
    dct = dt.date(2010, 2, 1)
    assert value(text, "the first three quarters", dct) == "P3Q"
    assert value(text, "2009", dct) == "2009"
    assert not found(text, "three quarters", dct)
    # two quarters of a named year make its half (TimeBank: "first two quarters of 1990", 1990-H1)
    text = "Sales will fall in at least the first two quarters of 1990 and rose in the last two quarters of 1989."
    assert value(text, "the first two quarters of 1990", dct) == "1990-H1"
    assert value(text, "the last two quarters of 1989", dct) == "1989-H2"


# "early in the month", "late in the week": a part of the month or week the story is in
def test_early_or_late_in_the_month_is_a_part_of_the_month_told():
    text = ("The war lasted from 1642 to 1646. In 1643 the Royalists won in the north. In September 1643 "
            "Charles besieged Gloucester, but Essex relieved the city early in the month. In 1645 Naseby was fought.")
    hit = found(text, "early in the month", HISTORY_DCT)
    assert hit and hit[0].value == "1643-09" and hit[0].mod == "START"
    text = "Shares fell late in the week, and the rebels attacked late in the day."
    assert value(text, "late in the week", dt.date(2011, 1, 15)) == "2011-W02"


# "stationed there since 1957": in a history, where a state began is not where the story is
def test_a_year_after_since_does_not_move_a_history():
    text = ("The Six-Day War was fought between 5 and 10 June 1967. Relations had not been normalised after "
            "the 1948 war, and tension rose in the spring of 1967. In mid-May Egypt demanded the withdrawal of the UN force, which had been stationed "
            "there since 1957. On 22 May Nasser closed the Straits of Tiran, and the next day Israel mobilised.")
    assert value(text, "22 May", HISTORY_DCT) == "1967-05-22"
    assert value(text, "the next day", HISTORY_DCT) == "1967-05-23"


# "from 7 April to mid-July 1994": the month with a year that ends a range gives its start a year
def test_a_range_ending_in_a_month_and_year_dates_its_start():
    text = "Over approximately 100 days, from 7 April to mid-July 1994, up to 800,000 people were killed."
    assert value(text, "7 April", dt.date(2010, 4, 7)) == "1994-04-07"
    text = "From 20 November to February 1940 the army held the line."
    assert value(text, "20 November", dt.date(2010, 4, 7)) == "1939-11-20"


# "struck at 11:11 p.m. ... about 19 minutes later": minutes or hours counted from the clock time told
def test_minutes_later_count_from_the_clock_time_told():
    dct = dt.date(2023, 9, 10)
    text = "The quake struck at 11:11 p.m. local time on Friday. About 19 minutes later a second shock hit."
    hit = found(text, "About 19 minutes later", dct)
    assert hit and hit[0].type == "TIME" and hit[0].value == "2023-09-08T23:30"
    # past midnight the day moves on
    text = "The quake struck at 11:11 p.m. on Friday, and two hours later the power failed."
    assert value(text, "two hours later", dct) == "2023-09-09T01:11"
    # "at 16:03 UTC, 28 minutes later": the time just told, again
    text = "The lander touched down at 15:34 UTC yesterday. The signal reached Earth at 16:03 UTC, 28 minutes later."
    assert value(text, "28 minutes later", dt.date(2014, 11, 13)) == "2014-11-12T16:03"
    # no clock time told: TimeML tags the length (TimeBank's "Just over an hour later")
    text = "He was shot in his kitchen on Friday. Just over an hour later, he was declared dead."
    assert value(text, "Just over an hour", dt.date(1998, 10, 25)) == "PT1H"


# "in a single day", "a full year": a length, but "a full-year loss" is an adjective
def test_a_single_day_and_a_full_year_are_lengths():
    text = "Some 250,000 refugees crossed in a single day. The siege took a full year. The firm posted a full-year loss."
    dct = dt.date(2010, 1, 1)
    assert value(text, "a single day", dct) == "P1D"
    assert value(text, "a full year", dct) == "P1Y"
    assert not found(text, "a full-year", dct)


# "had the votes to be re-elected in January": the date belongs to the infinitive, still ahead
def test_a_month_in_an_infinitive_with_be_is_not_told_in_the_past():
    dct = dt.date(1998, 11, 5)
    text = "His supporters said on Wednesday that he still had the votes to be re-elected in January."
    assert value(text, "January", dct) == "1999-01"
    assert value("He was re-elected in January.", "January", dct) == "1998-01"


# "was placed under a trust on Saturday ahead of a sale": what lies ahead is the sale, not the day
def test_ahead_of_after_a_date_does_not_make_it_future():
    dct = dt.date(2009, 6, 1)
    text = "Opel was placed under the control of a trust on Saturday ahead of a sale to Magna International."
    assert value(text, "Saturday", dct) == "2009-05-30"
    assert value("Ministers will meet on Saturday ahead of the summit.", "Saturday", dct) == "2009-06-06"


# "the mid-19th century ... the turn of the century ... the previous century": the century just named
def test_parts_of_a_century_count_from_the_century_just_named():
    text = ("In AD 9 three legions were lost nearby. By the mid-19th century the town was a port. "
            "At the turn of the century the population peaked. In the 18th century it had been rebuilt; "
            "the previous century had been quiet.")
    assert value(text, "the turn of the century", HISTORY_DCT) == "19"
    assert value(text, "the previous century", HISTORY_DCT) == "16"


# "the 1800s" is a century, "the 1810s" a decade
def test_the_1800s_is_a_century():
    text = "In the 1800s railways came, in the early 1700s it was a village and in the 1810s it grew."
    assert value(text, "the 1800s", HISTORY_DCT) == "18"
    assert value(text, "the early 1700s", HISTORY_DCT) == "17"
    assert value(text, "the 1810s", HISTORY_DCT) == "181"


# "The day before, Paris had been evacuated": the day before the one told
def test_the_day_before_counts_from_the_day_told():
    text = ("The Germans reached the Marne on 5 September 1914. The day before, Paris had been evacuated. "
            "A week later they fell back, and the week after, the front froze.")
    assert value(text, "The day before", HISTORY_DCT) == "1914-09-04"
    assert value(text, "the week after", HISTORY_DCT) == "1914-W38"
    # an event to count from follows: no timex of its own; an amount compared: untagged (AQUAINT)
    text = "The night before the attack, troops massed. Profit was $3 million, down from $4 million the year before."
    assert not found(text, "The night before", HISTORY_DCT)
    assert not found(text, "the year before", HISTORY_DCT)
    # a time converted in brackets is the same moment: the local time is counted from
    text = ("The hostages walked free on Friday shortly before 7 p.m. (1430 GMT) and flew to New Delhi, "
            "where they landed about three hours later.")
    assert value(text, "about three hours later", dt.date(1999, 12, 31)) == "1999-12-31T22:00"


# "Some months later": an unspecified length, as "a few months later" (not "in some years")
def test_some_months_is_a_vague_length():
    text = "Some months later the mutinies spread. He lived there for some years. In some years the harvest fails."
    assert value(text, "Some months", HISTORY_DCT) == "PXM"
    assert len(found(text, "some years", HISTORY_DCT)) == 1


# "sales fell in the year to June 30": the end of a reporting period told is behind, not ahead
def test_the_end_of_a_reporting_period_has_passed():
    dct = dt.date(2009, 4, 28)
    text = "Sales fell in the year to June 30. Revenue for the six months ended June 30 rose 4 percent."
    assert value(text, "June 30", dct) == "2008-06-30"
    assert value(text, "June 30", dct, 1) == "2008-06-30"
    text = "The company will report results for the year ending June 30 in August."
    assert value(text, "June 30", dct) == "2009-06-30"


# "get around Wednesday's ruling": a weekday naming an event in a noun phrase is the day it happened
def test_a_possessive_weekday_names_a_past_event_unless_its_own_verb_looks_ahead():
    dct = dt.date(2000, 1, 15)
    text = "The relatives said they would look for ways to get around Wednesday's ruling by the INS."
    assert value(text, "Wednesday", dct) == "2000-01-12"
    assert value("Thursday's meeting will decide the budget.", "Thursday", dct) == "2000-01-20"


# "the previous 20 trading days", "30 business days": market and legal lengths (TimeBank: "Eight trading days")
def test_trading_and_business_days_are_lengths():
    text = "The Dow had fallen on 15 of the previous 20 trading days. Payment is due within 30 business days."
    dct = dt.date(2007, 8, 17)
    assert value(text, "the previous 20 trading days", dct) == "P20D"
    assert value(text, "30 business days", dct) == "P30D"
    # "changed from a fiscal year to a calendar year": a kind of year, not a length
    assert not found("It changed from a fiscal year to a calendar year in December.", "a calendar year", dct)


# "in April and May": a month coordinated with another is a month, even "May"
def test_may_after_another_month_is_a_month():
    text = "The outbreak emptied the resorts for several weeks in April and May. The king and May spoke."
    dct = dt.date(2010, 8, 4)
    assert value(text, "May", dct) == "2010-05"
    assert len(found(text, "May", dct)) == 1


# "Rain was forecast for later on Sunday and Monday": what is forecast lies ahead
def test_a_day_forecast_for_lies_ahead():
    text = "Rain was forecast for later on Sunday and Monday, which would make life harder for the homeless."
    assert value(text, "Monday", dt.date(2015, 4, 26)) == "2015-04-27"


# scanning only around anchor words finds what a full scan finds, also next to "year's end"
def test_a_unit_before_years_end_is_scanned_as_in_a_full_scan():
    from chronoapp.core.extract import timex_patterns as P
    for text in ("THREE year's end WILL 10:30", "The previous year's end was quiet."):
        windowed = P.recognise(text)
        orig, lower = P._windows, P._LOWER_PATTERNS
        try:
            P._windows = lambda t, low=None: {k: [(0, len(t))] for k in P.NEEDS}
            P._LOWER_PATTERNS = dict.fromkeys(lower)
            full = P.recognise(text)
        finally:
            P._windows, P._LOWER_PATTERNS = orig, lower
        assert windowed == full


# --- Constructions of fresh wire, corporate and history texts (round 9) ---

# "could continue for months or even years": the second of two vague lengths is a length too
def test_the_second_of_two_coordinated_vague_lengths_is_a_length():
    dct = dt.date(1999, 10, 19)
    text = "Scientists said the activity could continue for months or even years. Talks may take days or weeks."
    assert value(text, "years", dct) == "PXY"
    assert value(text, "weeks", dct) == "PXW"
    # "days or weeks later" counts from the story: no length of its own
    assert not found("Days or weeks later the army came back.", "weeks", dct)


# "by the end of 50 BC", "in early 44 BC": a part of a year before the common era
def test_a_part_of_a_year_before_the_common_era_is_one_timex_with_its_mod():
    text = "His command was due to expire by the end of 50 BC. In early 44 BC he was made dictator for life."
    t = found(text, "the end of 50 BC", HISTORY_DCT)
    assert t and (t[0].value, t[0].mod) == ("BC0050", "END")
    t = found(text, "early 44 BC", HISTORY_DCT)
    assert t and (t[0].value, t[0].mod) == ("BC0044", "START")


# "sell the boat at auction in the fall": the American autumn, but not a fall that hurts or a fall in prices
def test_in_the_fall_is_the_autumn_unless_it_is_a_fall():
    dct = dt.date(1996, 4, 14)
    assert value("The county plans to sell the ferry at auction in the fall.", "the fall", dct) == "1996-FA"
    assert not found("He broke his hip in the fall.", "the fall", dct)
    assert not found("Exports suffered in the fall in demand.", "the fall", dct)
    assert not found("Thousands fled after the fall of the city.", "the fall", dct)


# "Two years on, the city is still in ruins": with no earlier date told, the time is now
def test_years_on_with_no_earlier_date_is_the_present():
    dct = dt.date(2012, 5, 1)
    assert value("Two years on, the city is still in ruins and many live in tents.", "Two years on", dct) == "2012"
    assert value("Six months on, residents say little has changed.", "Six months on", dct) == "2012-05"
    # after a dated event it counts from that event
    text = "The quake struck in May 2010. Two years on, the town is still in ruins."
    assert value(text, "Two years on", dt.date(2013, 5, 1)) == "2012"


# "up 5% from the same period of 2006": TimeML tags the period with its year as one timex
def test_the_same_period_of_a_year_is_one_timex():
    dct = dt.date(2007, 5, 1)
    text = "Sales rose 5 percent in the first quarter from the same period of 2006."
    assert value(text, "the same period of 2006", dct) == "2006-Q1"
    assert not found(text, "2006", dct)
    text = "Profit in the third quarter rose from the corresponding quarter in 2005."
    assert value(text, "the corresponding quarter in 2005", dct) == "2005-Q3"


# "restored by the evening, but ... until the following morning": the evening is the day told before
def test_a_part_of_day_is_not_the_day_of_a_following_morning_after_it():
    dct = dt.date(2009, 2, 26)
    text = ("The outage began shortly after 6 a.m. on July 14. Calls were restored in most regions by the evening, "
            "but some customers could not use their phones until the following morning.")
    assert value(text, "the evening", dct) == "2008-07-14TEV"
    assert value(text, "the following morning", dct) == "2008-07-15TMO"


# "A storm on 14 November ..., and by January ... arrived in early November": after the story has just
# crossed into a new year, a month of the stretch just told is that one, not one ten months on
def test_a_month_of_the_stretch_just_told_across_a_new_year_steps_back():
    text = ("The allies landed in Crimea on 14 September 1854. The winter of 1854–55 was a disaster. A storm on "
            "14 November sank the supply ships, and by January thousands of men were in hospital. Florence "
            "Nightingale arrived at the hospital in Scutari in early November and reduced the death rate.")
    assert value(text, "January", HISTORY_DCT) == "1855-01"
    assert value(text, "early November", HISTORY_DCT) == "1854-11"
    # a year stated with the new date keeps the story there: "in January 1957 ... in September"
    text = ("The army sent reinforcements in November 1956. The battle began in January 1957. "
            "The last leaders were captured in September.")
    assert value(text, "September", HISTORY_DCT) == "1957-09"


# "Five hundred years later", "for a thousand years": round lengths in words
def test_hundreds_and_a_thousand_in_words_are_lengths():
    text = "The city was founded in 1200. Five hundred years later it fell. It was the coldest winter for three hundred years."
    assert value(text, "Five hundred years later", HISTORY_DCT) == "1700"
    assert value(text, "three hundred years", HISTORY_DCT) == "P300Y"
    assert value("The empire lasted a thousand years.", "a thousand years", HISTORY_DCT) == "P1000Y"


# "on the Ides of March the same year": the day Caesar died, 15 March
def test_the_ides_of_march_is_the_fifteenth():
    text = ("Caesar was made dictator for ten years in 46 BC and dictator for life in February 44 BC. He was "
            "assassinated in the Senate on the Ides of March the same year.")
    assert value(text, "the Ides of March", HISTORY_DCT) == "BC0044-03-15"


# "in the 12th and 13th centuries": two centuries, each its own timex (as "the 1860s and 1870s")
def test_two_coordinated_centuries_are_two_timexes():
    text = "In the 12th and 13th centuries nomads ruled the steppe. In the 5th and 4th centuries BC Athens grew."
    got = [(t.text, t.value) for t in tag(text, HISTORY_DCT)]
    assert got == [("the 12th", "11"), ("13th centuries", "12"), ("the 5th", "BC04"), ("4th centuries BC", "BC03")]


# "prices will rise over the winter" in October: the winter that begins that December (the app's
# winter 2010 is December 2010 to February 2011)
def test_a_winter_ahead_or_behind_is_the_year_it_begins_in():
    dct = dt.date(2010, 10, 12)
    assert value("Fuel prices are expected to rise further over the winter.", "the winter", dct) == "2010-WI"
    assert value("Next winter will be colder.", "Next winter", dct) == "2010-WI"
    assert value("In the winter, sales fell sharply.", "the winter", dct) == "2009-WI"
    assert value("Last winter was cold.", "Last winter", dct) == "2009-WI"


# "to be announced on Wednesday next week": the weekday of the week named after it, not the nearest one
def test_a_weekday_followed_by_next_or_last_week_is_that_weeks():
    dct = dt.date(2010, 10, 12)       # a Tuesday
    assert value("The spending review will be announced on Wednesday next week.", "Wednesday", dct) == "2010-10-20"
    assert value("The strike began on Tuesday last week.", "Tuesday", dct) == "2010-10-05"
    assert value("Talks resume on Monday of next week.", "Monday", dct) == "2010-10-18"
    assert value("He said on Monday last week's vote was void.", "Monday", dct) == "2010-10-11"


# "up 5 percent from the same month last year": one timex, that month a year before
def test_the_same_month_last_year_is_one_timex_a_year_before():
    dct = dt.date(2010, 10, 20)
    text = "Car sales in September rose 5 percent from the same month last year."
    assert value(text, "the same month last year", dct) == "2009-09"
    assert not found(text, "last year", dct)
    text = "Exports in August were 3 percent lower than in the same month of 2009."
    assert value(text, "the same month of 2009", dct) == "2009-08"
    # a comparison does not move the story: "a year earlier" after it still counts from September
    text = "Sales in September rose from the same month last year; orders fell from a year earlier."
    assert value(text, "a year earlier", dct) == "2009-09"
    # "a year earlier" keeps its own timex, as TimeBank tags it
    text = "Sales in December rose 31 percent compared with the same month a year earlier."
    dct = dt.date(2011, 1, 27)
    assert value(text, "the same month", dct) == "2010-12" and value(text, "a year earlier", dct) == "2009-12"


# "in the year to date": this year so far, not a twelve-month period like "the year to June"
def test_the_year_to_date_is_this_year():
    dct = dt.date(2010, 10, 20)
    assert value("In the year to date, exports are up 12 percent.", "the year", dct) == "2010"
    assert value("Sales in the year to June rose.", "the year", dct) == "P1Y"


# "to" before a verb is an infinitive of purpose, not the end of a reporting period
def test_the_year_before_an_infinitive_is_no_period_to_a_date():
    dct = dt.date(2010, 10, 20)
    text = "The government raised rebates for exporters twice during the year to help them compete."
    assert value(text, "the year", dct) == "2010"
    assert value("Profit in the year to 30 June rose.", "the year", dct) == "P1Y"


# "in the first 10 months of this year ... the same period of last year": the year the text is at, not a quarter
def test_the_same_period_after_a_year_is_that_year_before():
    dct = dt.date(2019, 11, 12)
    text = ("In the first 10 months of this year, output rose 6.1 percent, compared with 6.6 percent in the "
            "same period of last year.")
    assert value(text, "the same period of last year", dct) == "2018"
    # after a quarter it stays the quarter
    text = "Net income in the third quarter rose 5 percent from the same period last year."
    assert value(text, "the same period last year", dct) == "2018-Q3"


# a history's "By year's end the Americans controlled Luzon": the end of the year being told
def test_years_end_in_a_history_is_the_storys_year():
    text = ("The war lasted from February 4, 1899, to July 2, 1902. Fighting broke out in Manila on February 4, 1899, "
            "and within a month the Americans held the city. By year's end they controlled most of Luzon.")
    t = found(text, "year's end", HISTORY_DCT)
    assert t and (t[0].value, t[0].mod) == ("1899", "END")
    assert value("The company expects profit to rise by year-end.", "year-end", dt.date(1989, 11, 2)) == "1989"


# "in the late '80s the rents began to rise. A decade later ...": counted from the decade named
def test_a_decade_later_counts_from_a_decade_named_with_a_part():
    dct = dt.date(2024, 4, 14)
    text = ("She married in 1969. In the late '80s the rents began to rise. A decade later the block was "
            "unrecognizable.")
    assert value(text, "A decade later", dct) == "199"


# "scored 15 points in the fourth quarter": a quarter of a game, no date ("a big win in the fourth quarter" is a company's)
def test_a_quarter_of_a_game_is_no_date():
    dct = dt.date(1997, 6, 9)
    text = "Jordan scored 15 points in the fourth quarter, including a 3-pointer with 25 seconds left."
    assert not found(text, "the fourth quarter", dct)
    assert found("The company scored a big win in the fourth quarter, when profit rose.", "the fourth quarter", dct)


# "Game 6 is Wednesday night": an event on the calendar with "is" lies ahead
def test_an_event_that_is_on_a_weekday_lies_ahead():
    dct = dt.date(1997, 6, 9)      # a Monday
    assert value("Game 6 is Wednesday night in Chicago.", "Wednesday night", dct) == "1997-06-11TNI"
    assert value("The funeral is on Saturday.", "Saturday", dct) == "1997-06-14"
    assert value("The final was on Saturday.", "Saturday", dct) == "1997-06-07"
    # (of any occasion, told with "is on": "Her first Prime Minister's Questions is on Wednesday")
    assert value("Her first Prime Minister's Questions is on Wednesday.", "Wednesday", dct) == "1997-06-11"
    assert value("The focus is on Monday's talks.", "Monday", dct) == "1997-06-09"


# "after several quarters of losses": a vague length of quarters ("three quarters of its food" is a fraction)
def test_several_quarters_of_something_is_a_length():
    dct = dt.date(1989, 11, 2)
    text = "The unit achieved profitability after several quarters of losses. Three quarters of its food is imported."
    assert value(text, "several quarters", dct) == "PXQ"
    assert not found(text, "Three quarters", dct)


# "in the near term", "over the medium term": an unspecified future (TimeBank tags "the near term", "the short term")
def test_the_near_and_medium_term_are_the_future():
    dct = dt.date(2011, 4, 7)
    text = "Prices will stay high in the near term. Over the medium term, inflation will ease."
    assert value(text, "the near term", dct) == "FUTURE_REF"
    assert value(text, "the medium term", dct) == "FUTURE_REF"
    assert not found("The short term interest rate rose.", "the short term", dct)


# "The decision comes a day after Portugal asked for help": a length before "after", not a rate like "$5 a day"
def test_a_day_after_an_event_is_a_length_even_after_a_verb_in_s():
    dct = dt.date(2011, 4, 7)
    assert value("The decision comes a day after Portugal asked for a bailout.", "a day", dct) == "P1D"
    assert not found("He earns $5 a day and sells four flights a week.", "a day", dct)


# "at 1:45 p.m. Frankfurt time": the zone named by a city is part of the time, as "local time" is
def test_a_clock_time_takes_a_city_zone_into_its_span():
    dct = dt.date(2011, 4, 7)
    text = "The euro rose after the announcement at 1:45 p.m. Frankfurt time, and at 10 a.m. Beijing time (0200 GMT)."
    assert value(text, "1:45 p.m. Frankfurt time", dct) == "2011-04-07T13:45"
    assert value(text, "10 a.m. Beijing time", dct) == "2011-04-07T10:00"


# news: "the previous Friday" after "by the end of the year" is the Friday before the publication date
def test_the_previous_weekday_after_a_year_in_news_counts_from_the_publication_date():
    dct = dt.date(2011, 11, 7)      # a Monday
    text = ("Unions said they would not return to work before the end of the year. Ministers met the previous "
            "Friday and again over the weekend.")
    assert value(text, "the previous Friday", dct) == "2011-11-04"
    text = "The talks collapsed on Tuesday, March 8. The previous Friday the unions had walked out."
    assert value(text, "The previous Friday", dt.date(2011, 3, 10)) == "2011-03-04"


# A stop imposed for a time ("trading was suspended until Monday") ends at a limit still ahead,
# whatever the tense; a state that lasted ("fighting continued until Monday") ended in the past
def test_a_stop_imposed_until_a_weekday_looks_ahead():
    fri = dt.date(2025, 3, 7)
    assert value("Trading in the shares was suspended until Monday, the exchange said.", "Monday", fri) == "2025-03-10"
    assert value("Schools were closed until Monday after the storm.", "Monday", fri) == "2025-03-10"
    assert value("Fighting continued until Monday, when the rebels withdrew.", "Monday", fri) == "2025-03-03"
    # a limit not yet known ("until at least") lies ahead whatever the verb and however far it is
    text = "Eurostar has cancelled all its trains between London, Paris and Brussels until at least Monday."
    assert value(text, "Monday", dt.date(2009, 12, 19)) == "2009-12-21"


# A quarter or half already over this year, told as still to come, is next year's ("expected to
# close in the first half", said in November); the quarter just ended stays this year's
def test_a_past_quarter_told_as_ahead_is_next_years():
    nov = dt.date(2025, 11, 6)
    assert value("The deal is expected to close by the end of the first half.", "the end of the first half", nov) == "2026-H1"
    assert value("It will open a new plant in the first quarter.", "the first quarter", nov) == "2026-Q1"
    assert value("The company will report third-quarter results on Tuesday.", "third-quarter", nov) == "2025-Q3"
    assert value("Profit fell in the first quarter.", "the first quarter", nov) == "2025-Q1"


# A history that opens by summing up a long stretch ("was fought from 21 February to 18 December
# 1916") then tells it from its start: "four days later", "By the end of March" follow the start
def test_a_history_goes_on_from_the_start_of_the_stretch_it_sums_up():
    text = ("The Battle of Verdun was fought from 21 February to 18 December 1916. Fort Douaumont fell four days "
            "later. By the end of March, German losses had reached 81,000. In June, the Germans took Fort Vaux. "
            "Two years later, the armistice of 11 November ended the fighting.")
    may24 = dt.date(2024, 5, 1)
    assert value(text, "four days later", may24) == "1916-02-25"
    assert value(text, "the end of March", may24) == "1916-03"
    assert value(text, "June", may24) == "1916-06"
    assert value(text, "11 November", may24) == "1918-11-11"
    # a short stretch goes on from its end: "fought from 3 to 5 May. The next day, ..."
    assert value("The battle was fought from 3 May to 5 May 1916. The next day, the town fell.", "The next day", may24) == "1916-05-06"
    # years too: "lasted from 1914 to 1918. In August, Germany invaded Belgium"
    assert value("The First World War lasted from 1914 to 1918. In August, Germany invaded Belgium.", "August", may24) == "1914-08"
    # a stretch told later in the story is left behind: "The following year" is after its end
    later = ("The war began in 1914. " + "Armies marched and fought across the plains for months on end. " * 8
             + "The siege of the city lasted from 1916 to 1917. The following year, the war ended.")
    assert value(later, "The following year", may24) == "1918"


# "was first scheduled for Sunday morning but was called off": a plan told in the past that did
# not happen is the Sunday before, with or without "first" / "originally"
def test_a_plan_undone_with_first_or_originally_is_past():
    mon = dt.date(1998, 2, 9)
    for adverb in ("", "first ", "originally "):
        text = f"The race was {adverb}scheduled for Sunday morning but was called off when high winds swept the course."
        assert value(text, "Sunday morning", mon) == "1998-02-08TMO", adverb


# --- round 10: unseen news, markets and war-history texts ---------------------------------------

# A battle narrative's "she finally sank at dawn on 7 June" is 7 June's dawn, even when the
# sentence named 6 June before it (the day joined to the time by "on" is the time's day)
def test_a_time_joined_to_the_day_told_right_after_it_is_that_days():
    dct = dt.date(2017, 9, 5)
    text = "A submarine torpedoed Yorktown on 6 June 1942, and she finally sank at dawn on 7 June 1942."
    assert value(text, "dawn", dct) == "1942-06-07TMO"
    text = "Police arrived on Monday and the suspect was arrested at 10 p.m. on Tuesday."
    assert value(text, "10 p.m.", dt.date(2007, 11, 7)) == "2007-11-06T22:00"


# A markets story's "in the morning, ... up $2.39 from Tuesday's close" is the morning of the
# trading day reported, not of the day whose close it is compared with
def test_a_possessive_day_later_in_the_sentence_is_not_the_times_day():
    text = "Crude rose as high as $98.62 in the morning, before settling at $96.37, up $2.39 from Tuesday's close."
    assert value(text, "the morning", dt.date(2007, 11, 7)) == "2007-11-07TMO"


# "in today's world", "many of today's personal computers": the present age, which TimeBank and
# AQUAINT annotators leave untagged; "today's editions", "Today's talks" stay the publication day
def test_todays_world_is_no_date_but_todays_talks_are():
    dct = dt.date(1998, 4, 24)
    for text in ("The law applies only to fathers in today's world.",
                 "These are the chips of choice in many of today's personal computers.",
                 "The case is for today's youth what the blockade was for their parents."):
        assert not found(text, "today", dct), text
    assert value("Today's talks ended early.", "Today", dct) == "1998-04-24"
    assert value("The offer, advertised in today's editions of the Journal, expires soon.", "today", dct) == "1998-04-24"


# "Analysts cautioned that September would be weaker": 'that' opens the clause, the month is
# September itself (read by tense); "That September, the plant closed" still points back
def test_that_after_a_verb_of_saying_is_no_part_of_the_month():
    dct = dt.date(2009, 9, 2)
    assert value("Analysts cautioned that September would be weaker.", "September", dct) == "2009-09"
    assert not found("Analysts cautioned that September would be weaker.", "that September", dct)
    assert not found("He said that May was wrong to call the election.", "May", dct)
    assert value("Sales rose in August. That September, the plant closed.", "That September", dct) == "2009-09"


# "died on 10 or 11 June 323 BC", "fought on 2–3 August 216 BC": the first day is of the same
# month and year before the common era, not a day of the publication year
def test_two_days_of_a_month_before_the_common_era():
    dct = dt.date(2017, 9, 5)
    text = "Alexander died in Babylon on 10 or 11 June 323 BC, a month short of his birthday."
    assert value(text, "10", dct) == "BC0323-06-10"
    assert value(text, "11 June 323 BC", dct) == "BC0323-06-11"
    assert value("The battle was fought on 2–3 August 216 BC.", "2", dct) == "BC0216-08-02"


# "50,000 years ago": a year before the common era, not the year 1 the calendar stops at
def test_years_ago_before_the_common_era():
    dct = dt.date(2023, 8, 10)
    assert value("The comet last passed Earth 50,000 years ago.", "50,000 years ago", dct) == "BC47978"
    assert value("The temple was built 3,000 years ago.", "3,000 years ago", dct) == "BC0978"
    assert value("The town was founded 2,000 years ago.", "2,000 years ago", dct) == "0023"


# "up from plans for seven a month": a rate with its count in words is no length of time, like
# "10 jets a month" (TimeBank and AQUAINT leave rates untagged)
def test_a_rate_counted_in_words_is_no_duration():
    dct = dt.date(2009, 8, 27)
    assert not found("Boeing will build ten a month, up from plans for seven a month.", "a month", dct)
    assert value("He was released, and a month later he fled.", "a month later", dct)


# "2.2 million barrels per day": a rate with "per" is no recurring time either, as with "a"
def test_a_rate_per_day_is_no_set():
    dct = dt.date(2008, 12, 17)
    text = "OPEC agreed to cut output by 2.2 million barrels per day from January 1."
    assert not found(text, "per day", dct)
    assert value(text, "January 1", dct) == "2009-01-01"
    assert value("The plant is inspected once per day.", "once per day", dct)


# A year before a singular noun ending in -s is no count ("since the 2008 crisis", "the 2011
# census"), and a year's figures are a date ("below 2008 levels", "its 2007 results", as
# TimeBank's "below the 1987 level"); "1500 tanks" stays a count
def test_a_year_before_crisis_or_levels_is_a_date():
    dct = dt.date(2011, 6, 15)
    assert value("It was the worst day for the market since the 2008 crisis.", "2008", dct) == "2008"
    assert value("The 2011 census showed strong growth.", "2011", dct) == "2011"
    assert value("Sales remain 30 percent below 2008 levels.", "2008", dct) == "2008"
    assert value("Its 2007 results were poor.", "2007", dct) == "2007"
    assert not found("The army deployed 1500 tanks and 2000 trucks.", "1500", dct)


# Earnings told in February about the fourth quarter: "a year ago" is that quarter a year
# before (2005-Q4), not the first quarter; "from the previous quarter" after a named quarter is
# the one before it
def test_last_years_quarter_compared_a_year_ago_and_with_the_previous_quarter():
    feb = dt.date(2007, 2, 5)
    text = "GM reported on Monday a net loss of $2.5 billion for the fourth quarter, compared with a profit a year ago."
    assert value(text, "a year ago", feb) == "2005-Q4"
    nov = dt.date(2007, 11, 5)
    assert value("Profit rose in the third quarter from the previous quarter.", "the previous quarter", nov) == "2007-Q2"
    assert value("Profit rose in the first quarter from the preceding quarter.", "the preceding quarter", dt.date(2007, 5, 5)) == "2006-Q4"
    assert value("Profit rose 5 percent from the previous quarter.", "the previous quarter", nov) == "2007-Q3"


# "The siege began in March 1942. The day before, ...": counted from a month, the day before
# stays in that month's reach (March 1942), not February; after "a decade ago" (1984), "the
# week before" is no week of 1983
def test_the_day_before_a_coarser_date_stays_in_it():
    dct = dt.date(2017, 9, 5)
    text = "The siege began in March 1942. The day before, the garrison had been reinforced."
    assert value(text, "The day before", dct) == "1942-03"
    text = "Discounting was rare a decade ago. The week before, Wal-Mart had cut prices."
    assert value(text, "The week before", dt.date(1994, 11, 29)) == "1984"


# Armed groups and movements named after a day ("the 23 March Movement", M23; "the April 6
# Youth Movement"; "the 14 March alliance"; "the 25 January Revolution") are names, not dates:
# a chronology must not date an event by the group's name
def test_a_day_naming_a_movement_is_no_date():
    dct = dt.date(2013, 6, 15)
    text = ("Fighters of the 23 March Movement seized Goma. The April 6 Youth Movement called for protests. "
            "The 14 March alliance won, and Egypt's 25 January Revolution was remembered.")
    assert tag(text, dct) == []
    assert value("On 23 March 2009 a peace deal was signed. In April the talks resumed.", "23 March 2009", dct) == "2009-03-23"


# Papers and programmes named by a day or a time are sources, not dates: "the Sunday Times",
# "the Mail on Sunday", "USA Today", "NBC's Today show", "CBS's 60 Minutes"; a day told after
# them ("said on Sunday") and a headline's "Talks Last 10 Hours" stay tagged
def test_papers_and_programmes_named_by_a_day_are_no_dates():
    dct = dt.date(1998, 5, 12)
    text = ("The story appeared in the Sunday Times and the Mail on Sunday, on NBC's Today show and in USA Today, "
            "and Gonzalez repeated it on CBS's ''60 Minutes.''")
    assert tag(text, dct) == []
    text = "The Independent on Sunday said on Sunday that the Sunday Telegraph was wrong."
    assert [t.text for t in tag(text, dct)] == ["Sunday"]
    assert value("Talks Last 10 Hours", "10 Hours", dct) == "PT10H"


# Events, treaties and places named after a holiday are names ("the Easter Rising", "the
# Christmas Offensive", "the Good Friday Agreement", "Christmas Island"); "stopped at
# Christmas" stays a date
def test_an_event_named_after_a_holiday_is_no_date():
    dct = dt.date(2017, 9, 5)
    text = ("The Ethiopian Christmas Offensive failed. North Vietnam's Easter Offensive began. "
            "The Good Friday Agreement was welcomed. He flew to Christmas Island.")
    assert tag(text, dct) == []
    assert value("The fighting stopped at Christmas.", "Christmas", dct) == "2016-12-25"


# A story of a few years back, told day by day without repeating the year ("Protests began on
# 15 February 2011. On 17 February ... in early March"), stays in that year while each date
# follows soon after the last; a month still fresh in the news ("up from August 2008. In July,
# sales had fallen", told in September 2009) stays this year's
def test_a_recent_story_told_day_by_day_keeps_its_year():
    dct = dt.date(2017, 9, 5)
    text = ("Protests began in Benghazi on 15 February 2011. On 17 February, activists marched. "
            "Government forces counterattacked in early March, and on 17 March the UN authorised a no-fly zone.")
    assert value(text, "17 February", dct) == "2011-02-17"
    assert value(text, "early March", dct) == "2011-03"
    assert value(text, "17 March", dct) == "2011-03-17"
    text = "Ford sold 182,149 cars last month, up 17 percent from August 2008. In July, sales had fallen 8 percent."
    assert value(text, "July", dt.date(2009, 9, 2)) == "2009-07"


# ---------------------------------------------------------------- session 10b: conflict-report
# ordinal days and weekdays an editor flips

def alternatives(text, expr, dct, nth=0):
    hits = found(text, expr, dct)
    assert len(hits) > nth, f"{expr!r} not tagged: {[(t.text, t.value) for t in tag(text, dct)]}"
    return list(hits[nth].alternatives)


# A report that counts its days as "the 14th, the 15th" keeps them in its own month: a month of
# another year named in passing ("halted in March 2023") does not move "on the 17th" there; a
# day named in that year does
def test_ordinal_days_stay_in_the_reports_month_after_an_old_month_named_in_passing():
    dct = dt.date(2025, 7, 20)
    text = ("The attacks began on the 14th, when two drones struck the Khurmala field. Exports, halted in "
            "March 2023, were due to resume under a deal reached on the 17th. The strikes followed a drone "
            "attack on Erbil airport on the 2nd.")
    assert value(text, "the 17th", dct) == "2025-07-17"
    assert value(text, "the 2nd", dct) == "2025-07-02"
    text = "The attacks began on the 14th. The siege began on 3 March 2023. On the 17th, the army attacked."
    assert value(text, "the 17th", dct) == "2023-03-17"


# "On the 17th another drone struck", "said on the 17th that ...": a day, though a word follows
# the ordinal (a noun after it still makes a unit: "the 24th Infantry Division", "the 3rd brigade")
def test_an_ordinal_day_followed_by_a_determiner_or_clause_is_tagged():
    dct = dt.date(2025, 7, 20)
    assert value("On the 16th a drone crashed, and on the 17th another drone struck the field.", "the 17th", dct) == "2025-07-17"
    assert value("The ministry said on the 17th that the drones came from Iraq.", "the 17th", dct) == "2025-07-17"
    assert value("On the 3rd two soldiers were killed.", "the 3rd", dct) == "2025-07-03"
    assert tag("The order went to the 3rd brigade and the 24th Infantry Division.", dct) == []


# "the night of the 15th to the 16th": both days, as "the night of 15 to 16 February"; the first
# offers the night as its first alternative, as "the night of 5 February" does; "to the 16th"
# alone stays a rank ("rose to the 16th place")
def test_the_night_of_one_ordinal_day_to_the_next_tags_both_days():
    dct = dt.date(2025, 7, 20)
    text = "On the night of the 15th to the 16th, drones hit the Sarsang field."
    tags = tag(text, dct)
    assert [(t.text, t.value) for t in tags] == [("the 15th", "2025-07-15"), ("the 16th", "2025-07-16")]
    assert tags[0].alternatives[0] == "2025-07-15TNI"
    assert value("Between the 15th and the 16th, drones hit the field.", "the 16th", dct) == "2025-07-16"
    assert tag("The team rose to the 16th place.", dct) == []


# A weekday read as the one before ("Friday" in a Saturday article, past tense) says it is the
# day before, and the review form's flip (the first alternative) is the other Friday, as the same
# kind of time ("Friday night" flips to the other Friday night), before the parts of the day
def test_a_weekday_the_day_before_reads_well_and_flips_to_the_other_one():
    dct = dt.date(2025, 7, 19)       # a Saturday
    hit = found("Police said the attack happened on Friday.", "Friday", dct)[0]
    assert hit.value == "2025-07-18" and "the day before the publication date" in hit.reason
    assert list(hit.alternatives)[:2] == ["2025-07-25", "2025-W29"]
    assert alternatives("The attack happened early Friday.", "early Friday", dct)[0] == "2025-07-25"
    assert alternatives("The attack happened Friday night.", "Friday night", dct)[0] == "2025-07-25TNI"
    assert alternatives("The attack happened last Friday night.", "last Friday night", dct)[0] == "2025-07-11TNI"


# "Guterres on the 19th warned", "troops on the 2nd pushed": after "on", a verb in the past
# follows a day (the adjectives of unit names do not: "on the 3rd armoured brigade's front")
def test_an_ordinal_day_before_a_verb_in_the_past_is_tagged():
    dct = dt.date(2024, 5, 2)
    assert value("Guterres on the 19th warned that an attack would be devastating.", "the 19th", dct) == "2024-04-19"
    assert value("RSF drones on the 9th hit an army base.", "the 9th", dct) == "2024-04-09"
    assert tag("He served on the 3rd armoured brigade staff.", dct) == []


# A monthly summary published early the next month: "on the 4th" after the month it sums up was
# last named ("through the end of the month") is that month's; "on the 2nd" told in the past on
# the 2nd is last month's (the day itself would be "today"); the publication month's day is the
# alternative
def test_an_ordinal_day_in_a_monthly_summary_is_a_day_of_the_month_it_sums_up():
    dct = dt.date(2023, 12, 6)
    text = "Fighting in Loikaw continued through the end of November. Air strikes hit villages on the 4th."
    tags = found(text, "the 4th", dct)
    assert tags[0].value == "2023-11-04" and "2023-12-04" in tags[0].alternatives
    hit = found("Army troops on the 2nd pushed RSF out of parts of Omdurman.", "the 2nd", dt.date(2024, 5, 2))[0]
    assert hit.value == "2024-04-02" and hit.alternatives[0] == "2024-05-02"


# A company that reports "its fiscal second quarter" in April numbers its quarters ahead of the
# calendar: "the current quarter" is its third (the calendar quarter is the alternative), and
# "the three months ended March 27 ... a year earlier" compares with that fiscal quarter a year
# before, not with a year (fiscal quarters end on a weekday, not always the 28th or later)
def test_the_current_quarter_of_a_company_with_a_fiscal_year_is_the_next_by_its_count():
    dct = dt.date(2010, 4, 21)
    text = ("Apple reported on Tuesday a jump in profit for its fiscal second quarter. Net income for the three "
            "months ended March 27 rose to $3.07 billion from $1.62 billion a year earlier. Apple expects revenue "
            "of $13 billion in the current quarter.")
    assert value(text, "a year earlier", dct) == "2009-Q2"
    hit = found(text, "the current quarter", dct)[0]
    assert hit.value == "2010-Q3" and "2010-Q2" in hit.alternatives
    assert value("Revenue will rise in the current quarter.", "the current quarter", dct) == "2010-Q2"


# ----------------------------------------------------------------- session 11: wire copy 1998–2000

# A quote in the future with a contraction ("I'll be fine by Friday", "We'll meet them on Sunday"):
# the "'ll" looks ahead as "will" does, so the weekday is the coming one, not the one just past
def test_a_contracted_will_makes_a_weekday_the_coming_one():
    dct = dt.date(1999, 9, 27)   # a Monday
    assert value('"I\'ll be fine by Friday," he said.', "Friday", dct) == "1999-10-01"
    assert value('"We’ll meet them again on Sunday," the coach said.', "Sunday", dct) == "1999-10-03"
    assert value("They'll vote on Tuesday.", "Tuesday", dct) == "1999-09-28"
    assert value("They voted on Tuesday.", "Tuesday", dct) == "1999-09-21"


# A plan told in the past keeps the weekday the story named before ("A vote was expected on
# Monday"), but a present modal after it gives the day a verb that looks ahead from now ("rain
# was expected through the weekend, though it should ease by Monday"): the coming Monday
def test_a_present_modal_after_a_plan_told_in_the_past_looks_ahead():
    dct = dt.date(1999, 10, 21)   # a Thursday
    named = "Helicopters had reached only a handful of villages since Monday. "
    text = named + "More rain was expected through the weekend, though it should ease by Monday."
    assert value(text, "Monday", dct, nth=1) == "1999-10-25"
    text = named + "A vote was expected on Monday, but it was delayed."
    assert value(text, "Monday", dct, nth=1) == "1999-10-18"


# Tickets, books and shares go on sale on a timetable: told in the present, the day is ahead
def test_what_goes_on_sale_on_a_weekday_does_so_on_the_coming_one():
    dct = dt.date(1999, 9, 27)   # a Monday
    text = "Tickets for the first two playoff games at Turner Field go on sale at 10 a.m. Thursday."
    assert value(text, "10 a.m. Thursday", dct) == "1999-09-30T10:00"
    assert value("The book goes on sale Tuesday.", "Tuesday", dct) == "1999-09-28"
    assert value("The tickets did not go on sale until Friday.", "Friday", dct) == "1999-09-24"


# "on a daily basis", "in his weekly radio address": a noun that only says how often, so the
# adjective is the recurring time (news annotators tag it); "daily flights", "the quarterly
# dividend" stay untagged
def test_an_adjective_of_frequency_before_basis_or_address_is_a_set():
    dct = dt.date(1998, 8, 8)
    assert value("We follow hundreds of leads on a daily basis.", "daily", dct) == "P1D"
    hit = found("Clinton said in his weekly radio address that justice would be done.", "weekly", dct)
    assert hit and hit[0].type == "SET" and hit[0].value == "P1W"
    assert tag("Qantas plans daily flights to Bombay. It raised its quarterly dividend.", dct) == []


# "by the year 2000" is one timex, spanned as the annotators span "the year two thousand"
# (and as the tagger already spans the words form); "the fiscal year 2016" keeps its own pattern
def test_the_year_before_a_year_in_figures_is_part_of_the_timex():
    dct = dt.date(1998, 2, 5)
    assert value("Both sides hope to double trade by the year 2000.", "the year 2000", dct) == "2000"
    assert value("In the year 1066 the Normans came.", "the year 1066", dct) == "1066"
    assert value("His promise to halve unemployment by the year two thousand.", "the year two thousand", dct) == "2000"


# "every three hours", "Every hour", "every 10 minutes": a timetable in hours or minutes is a
# recurring time as "every two weeks" is; "every minute counts" (no number) is a saying
def test_every_n_hours_or_minutes_is_a_set():
    dct = dt.date(1999, 12, 8)
    assert value("Reports would be released every three hours.", "every three hours", dct) == "PT3H"
    assert value('"Every hour we hope to find someone alive," he said.', "Every hour", dct) == "PT1H"
    assert value("Buses leave every 10 minutes.", "every 10 minutes", dct) == "PT10M"
    assert tag("Every minute counts, and he enjoyed every minute of it.", dct) == []


# "In the spring of the following year" (histories): one timex, the season of the year after the
# last date told, as "January of the following year" is; "the fall of this year" is a season
# (not "the fall of Rome")
def test_a_season_of_the_following_year_counts_from_the_story():
    dct = dt.date(2017, 9, 5)
    text = "The war began in 1701. In the spring of the following year, Marlborough marched."
    assert value(text, "the spring of the following year", dct) == "1702-SP"
    assert value("In the fall of this year the plant opens.", "the fall of this year", dt.date(1999, 10, 19)) == "1999-FA"
    assert tag("The fall of Rome came later.", dct) == []


# ---------------------------------------------------------------------------------------------
# s12: Wikipedia war histories and Wikinews stories (fresh texts in /tmp/s12/tx)
# ---------------------------------------------------------------------------------------------

# "In the autumn of 1914 ... the following winter": the winter that comes right after that autumn
# (1914-WI, the winter of 1914-15), not a year on; after a winter the next spring stays next
def test_the_following_season_after_a_season_is_the_next_one_to_begin():
    dct = dt.date(2009, 1, 1)
    text = "In the autumn of 1914 Villa broke with Carranza, and the following winter both sides fought for the capital."
    assert value(text, "the following winter", dct) == "1914-WI"
    text = "In the summer of 1914 the army advanced. The following autumn it was checked."
    assert value(text, "The following autumn", dct) == "1914-FA"
    text = "In the autumn of 1914 the army advanced. The following spring it was checked."
    assert value(text, "The following spring", dct) == "1915-SP"
    text = "In the winter of 1914 the army advanced. The following winter it was checked."
    assert value(text, "The following winter", dct) == "1915-WI"


# "In late 1879 ... On 13 January", "By the end of 1914 ... In January": a history told on from a
# year's end goes into the next year (1880, 1915); in news "year end" stays a year to count from
def test_a_history_goes_on_from_the_end_of_a_year_into_the_next():
    dct = dt.date(2009, 1, 1)
    text = ("The war began in 1876. In late 1879 Chile occupied Tarapacá. Two months later the army advanced. "
            "On 13 January it won at Chorrillos.")
    assert value(text, "13 January", dct) == "1880-01-13"
    assert value(text, "Two months later", dct) == "1880-02"
    text = ("The war began in 1912. By the end of 1914 the front was fixed. In January the army attacked. "
            "In March it withdrew. The following year it advanced again.")
    assert value(text, "January", dct) == "1915-01"
    assert value(text, "The following year", dct) == "1916"
    text = ("GM said it expects the plant to reopen by year end. At GMAC, net dropped 3.1% to $234.5 million "
            "from $241.9 million. The unit attributed the decline to higher costs compared with a year earlier.")
    assert value(text, "a year earlier", dt.date(1989, 10, 26)) == "1988"


# "from 1910 to about 1920", "until about 1920": an approximate year after a time preposition is
# a year (as "built around 1200" is); "sold about 1920 cars", "rose to about 1920." stay counts
def test_an_approximate_year_after_a_time_preposition_is_a_year():
    dct = dt.date(2009, 1, 1)
    assert value("The revolution lasted from 1910 to about 1920.", "1920", dct) == "1920"
    assert value("The fighting went on until around 1920, when it ended.", "1920", dct) == "1920"
    assert value("Since about 1990 the town has grown.", "1990", dct) == "1990"
    assert tag("They sold about 1920 cars. The index rose to about 1920.", dct) == []


# "Today, the Demilitarized Zone still divides the peninsula": in a history told long after the
# publication date, today is the present (PRESENT_REF), not the publication day
def test_today_in_a_history_is_the_present():
    text = ("Korea was ruled by Japan from 1910 to 1945 and divided in 1945. The war began on 25 June 1950, and "
            "Seoul fell in 1950 and again in 1951. The armistice was signed on 27 July 1953. The following year "
            "the Geneva Conference of 1954 failed. Today, the Demilitarized Zone still divides the peninsula.")
    assert value(text, "Today", dt.date(2010, 1, 1)) == "PRESENT_REF"
    assert value("The minister said today that the talks had failed.", "today", dt.date(2010, 1, 1)) == "2010-01-01"


# "the PFA Young Player of the Year", "European Car of the Year": an award's name, no timex;
# "profit for the year" stays the year reported on
def test_of_the_year_in_an_award_name_is_no_date():
    dct = dt.date(2010, 8, 31)
    text = "Milner was named the PFA Young Player of the Year in 2009, and the Golf was European Car of the Year."
    assert [t.text for t in tag(text, dct)] == ["2009"]
    assert value("Profit for the year rose 4 percent.", "the year", dct) == "2010"


# "had predicted gains as recently as last weekend", "traded at more than $8 as recently as
# January": 'as recently as' only leads to the date after it, which is the timex
def test_as_recently_as_leaves_recently_untagged():
    dct = dt.date(2011, 11, 29)
    text = "AMR shares fell 84 percent, after trading at more than $8 as recently as January."
    assert [(t.text, t.value) for t in tag(text, dct)] == [("January", "2011-01")]
    assert value("He said recently that the talks had failed.", "recently", dct) == "PAST_REF"


# "three thousand years of Greek presence": a round length in thousands, as "five hundred years"
def test_thousands_of_years_in_words_are_a_length():
    dct = dt.date(2009, 1, 1)
    assert value("The exchange ended three thousand years of Greek presence in Asia Minor.",
                 "three thousand years", dct) == "P3000Y"
    assert value("By the year two thousand, the plan will be done.", "the year two thousand", dct) == "2000"


# "the third explosion since Saturday, occurred at 6:10 am": the day the sentence counts from
# is not the clock time's day; "since Tuesday, when the measure expired at midnight" tells of it
def test_a_clock_time_does_not_take_a_day_after_since():
    dct = dt.date(2011, 3, 15)
    text = ("Radiation levels rose on Tuesday. The blast at the number two reactor, the third explosion "
            "since Saturday, occurred at 6:10 am, officials said.")
    assert value(text, "6:10 am", dct) == "2011-03-15T06:10"
    text = ("Some 800,000 workers have been sent home since Tuesday, when a temporary spending measure "
            "expired at midnight.")
    assert value(text, "midnight", dt.date(1995, 11, 16))[:10] == "1995-11-14"


# "revenue for the first quarter of fiscal 2010, which ended on December 26, ... up 50 percent
# from the year-ago quarter": the company's quarter a year before (2009-Q1), not the calendar one
def test_the_year_ago_quarter_after_a_fiscal_quarter_is_that_fiscal_quarter_a_year_before():
    text = ("On Monday Apple reported record revenue for the first quarter of fiscal 2010, which ended on "
            "December 26, and a quarterly profit of $3.38 billion, up 50 percent from the year-ago quarter.")
    assert value(text, "the year-ago quarter", dt.date(2010, 1, 28)) == "2009-Q1"
    text = "Profit rose 50 percent from the year-ago quarter, the company said on Monday."
    assert value(text, "the year-ago quarter", dt.date(2010, 1, 28)) == "2008-Q4"


# "Analysts expect shares to fall when trading opens on Monday, although the stock has risen":
# the verb after ", although" heads a clause of its own, so the day looks ahead with 'expect'
def test_a_verb_after_a_concessive_comma_does_not_date_the_day_before_it():
    dct = dt.date(2012, 8, 25)
    text = ("Analysts expect Samsung shares to fall sharply when trading opens in Seoul on Monday, although "
            "the stock has risen almost 40 percent over the past four years.")
    assert value(text, "Monday", dct) == "2012-08-27"
    assert value("Shares fell on Monday, although they have since recovered.", "Monday", dct) == "2012-08-20"


# "Within two months Frederick had invaded Silesia, on 16 December": a pluperfect after 'Within'
# tells what was done in the stretch after the last date (1740-12-16), not a flashback to 1739
def test_a_pluperfect_within_a_stretch_goes_forward():
    dct = dt.date(2009, 1, 1)
    text = ("The war lasted from 1740 to 1748. Emperor Charles VI died on 20 October 1740. He had spent the "
            "1720s and 1730s on the Pragmatic Sanction. Within two months Frederick II of Prussia had invaded "
            "Silesia, on 16 December. The Austrians were defeated at Mollwitz on 10 April 1741.")
    assert value(text, "16 December", dct) == "1740-12-16"


# "founded the Republic of Ezo in January. The following spring the fleet sailed north": the
# spring two months on (1869-SP); "In May 1754 ... The following summer" stays a year on
def test_the_following_spring_after_january_is_that_years_spring():
    text = ("The Boshin War lasted from 1868 to 1869. Aizu surrendered on 6 November 1868. The rebels founded "
            "the Republic of Ezo in January. The following spring the imperial fleet sailed north.")
    assert value(text, "The following spring", HISTORY_DCT) == "1869-SP"
    text = ("The war was fought from 1754 to 1763. In May 1754 Virginia militia ambushed a French party. "
            "The following summer a British army was destroyed on the Monongahela in 1755.")
    assert value(text, "The following summer", HISTORY_DCT) == "1755-SU"


# "Saxe won at Fontenoy on 11 May 1745. The same summer Charles Edward Stuart landed": a season
# named again with 'the same' / 'that same', as 'that summer' is
def test_the_same_season_is_the_season_of_the_last_date():
    dct = dt.date(2009, 1, 1)
    text = "Saxe won at Fontenoy on 11 May 1745. The same summer Charles Edward Stuart landed in Scotland."
    assert value(text, "The same summer", dct) == "1745-SU"
    assert value("The army retreated in December 1812. That same winter it lost most of its men.",
                 "That same winter", dct) == "1812-WI"


# "the first three months of the year" is a length and the year, as "the first nine months of the
# year" is in TimeBank (P3M + 2010); "the last two weeks of August" stays one part of a month
def test_the_first_few_months_of_a_year_in_figures_is_a_length_and_the_year():
    dct = dt.date(2010, 4, 22)
    got = [(t.text, t.value) for t in tag("Net profit for the first three months of the year rose to 349 million euros.", dct)]
    assert got == [("the first three months", "P3M"), ("the year", "2010")]
    assert value("Sales fell in the final three months of 1997.", "1997", dct) == "1997"
    assert value("In the last two weeks of August it rained.", "the last two weeks of August", dct) == "2009-08"


# "said after the match that his side had never got going in the first half": a half of a game in
# a match report, no half-year; "profit in the first half" stays H1
def test_the_first_half_of_a_match_is_no_half_year():
    dct = dt.date(2009, 5, 28)
    text = "Sir Alex Ferguson said after the match that his side had never got going in the first half."
    assert tag(text, dct) == []
    assert tag("Arsenal led 3-0 at half-time, and Walcott scored twice in the second half.", dct) == []
    assert value("Profit in the first half failed to match forecasts.", "the first half", dct) == "2009-H1"


# "On the night of 10–11 September 1709 ..., and early the next morning they attacked": the
# morning (or day) that ends a night named by its two days is the second day's, not the day after
def test_the_next_morning_after_a_night_of_two_days_is_the_second_day():
    dct = dt.date(2009, 1, 1)
    text = ("The war lasted from 1701 to 1714. On the night of 10–11 September 1709 the allies took up positions "
            "near Malplaquet, and early the next morning they attacked. Two days later Mons was besieged.")
    assert value(text, "early the next morning", dct) == "1709-09-11TMO"
    assert value(text, "Two days later", dct) == "1709-09-13"
    text = ("The battle was fought from 4 to 7 June 1942. On the night of 4–5 June, Admiral Yamamoto ordered "
            "a withdrawal. The next day American aircraft pursued the retreating fleet.")
    assert value(text, "The next day", dct) == "1942-06-05"
    text = "The war lasted from 1701 to 1714. On the night of 4 June 1709 the fleet sailed. The next morning it attacked."
    assert value(text, "The next morning", dct) == "1709-06-05TMO"


# "his final public Mass on Ash Wednesday": a movable feast counted from Easter; Easter before
# 1583 by the Julian reckoning histories use (Easter 1066 is 16 April); Pentecost and Palm Sunday,
# whose day differs between the churches ("Orthodox Christians were celebrating Pentecost"), stay untagged
def test_movable_feasts_count_from_easter():
    dct = dt.date(2013, 2, 12)
    assert value("Benedict will celebrate his final public Mass on Ash Wednesday.", "Ash Wednesday", dct) == "2013-02-13"
    assert value("King Harold was crowned, and at Easter 1066 a comet was seen.", "Easter 1066", dct) == "1066-04-16"
    assert tag("The attacks came as Orthodox Christians were celebrating the Pentecost holiday.", dct) == []


# "scored 26 goals this season, down from 42 in the previous season", "Last season", "next season":
# a sports season, named by the year it is counted from (this season 2009, the previous 2008)
def test_this_last_and_next_season_are_dated_by_year():
    dct = dt.date(2009, 5, 28)
    text = "Ronaldo scored 26 goals in all competitions this season, down from 42 in the previous season."
    assert value(text, "this season", dct) == "2009"
    assert value(text, "the previous season", dct) == "2008"
    text = "Last season the club finished third, and next season it will play in Europe."
    assert [(t.text, t.value) for t in tag(text, dct)] == [("Last season", "2008"), ("next season", "2010")]
    assert tag("He has played every game of the season.", dct) == []


# a vote or summit named by its day that the sentence looks ahead to: "has withdrawn from Friday's run-off"
# is the coming Friday; a ruling named so is the past one
def test_a_days_scheduled_occasion_looked_ahead_to_is_the_coming_day():
    dct = dt.date(2008, 6, 23)  # a Monday
    assert value("Tsvangirai has withdrawn from Friday's presidential run-off.", "Friday", dct) == "2008-06-27"
    assert value("The opposition will boycott Friday's election.", "Friday", dct) == "2008-06-27"
    assert value("Lawyers would look for ways to get around Wednesday's ruling.", "Wednesday", dct) == "2008-06-18"
    assert value("He criticised Friday's vote.", "Friday", dct) == "2008-06-20"


def test_a_relative_weekday_with_its_date_is_one_date():
    # "next Friday, November 2" is one day; the date after the weekday must not lose its day
    dct = dt.date(2012, 10, 26)
    text = "Sales of the iPad Mini begin next Friday, November 2, in 30 countries."
    assert [(t.text, t.value) for t in tag(text, dct)] == [("next Friday, November 2", "2012-11-02")]
    text = "The talks resumed last Tuesday, 23 October, in Geneva."
    assert [(t.text, t.value) for t in tag(text, dct)] == [("last Tuesday, 23 October", "2012-10-23")]


def test_the_full_fiscal_year_with_its_number_is_one_fiscal_year():
    text = "For the full fiscal year 2012, Apple posted a profit of $41.7 billion."
    assert [(t.text, t.value) for t in tag(text, dt.date(2012, 10, 26))] == [("the full fiscal year 2012", "2012")]


def test_a_quarter_named_by_the_month_it_ends_in():
    # Apple's and Australian usage: "the December quarter" is October-December
    text = "The company expects revenue of about $52 billion for the December quarter, its strongest."
    assert value(text, "the December quarter", dt.date(2012, 10, 26)) == "2012-Q4"
    text = "Profit in the March quarter fell 12 percent."
    assert value(text, "the March quarter", dt.date(2013, 5, 2)) == "2013-Q1"


def test_the_past_decade_is_ten_years_up_to_now():
    # TimeBank and AQUAINT: "over the past decade" DURATION P10Y ("the last decade" stays the decade before)
    text = "Oil production has fallen over the past decade, and inflation reached 22 percent last year."
    t = found(text, "the past decade", dt.date(2013, 3, 6))[0]
    assert (t.type, t.value) == ("DURATION", "P10Y")


def test_a_history_goes_on_from_its_story_not_from_a_pluperfect_look_back():
    # "had approved ... in December 1940" looks back from June 1941; the story goes on from June 1941
    text = ("The invasion began on 22 June 1941. Hitler had approved the plan in December 1940. "
            "Minsk fell on 28 June, and in August the armies turned south.")
    dct = dt.date(2009, 8, 10)
    assert value(text, "28 June", dct) == "1941-06-28"
    assert value(text, "August", dct) == "1941-08"


def test_a_length_in_three_units_is_one_duration():
    text = "The war had lasted three years, one month and two days."
    assert [(t.text, t.value) for t in tag(text, dt.date(2011, 1, 15))] == [("three years, one month and two days", "P3Y1M2D")]
    text = "The flight took 5 days, 4 hours and 3 minutes."
    assert value(text, "5 days, 4 hours and 3 minutes", dt.date(2011, 1, 15)) == "P5DT4H3M"


def test_a_day_in_a_clause_of_another_event_after_a_clock_time_is_not_its_day():
    # "after closing ... on Tuesday" dates the close, not the 11 a.m. of the day told before
    text = ("Stocks fell in early trading on Wednesday. By 11 a.m., the index was down 44 points "
            "after closing at its highest level since 2007 on Tuesday.")
    assert value(text, "11 a.m.", dt.date(2013, 1, 30)) == "2013-01-30T11:00"
    text = "At 9 p.m. the rebels attacked the base, the army said on Tuesday."
    assert value(text, "9 p.m.", dt.date(2013, 1, 30)) == "2013-01-29T21:00"


def test_a_century_later_restating_a_year_is_that_year():
    text = "No general European war broke out again until 1914, almost a century later."
    assert value(text, "almost a century later", dt.date(2008, 3, 1)) == "1914"


def test_the_weeks_ahead_is_a_vague_length():
    # TimeBank: "the weeks ahead" DURATION PXW; "ahead of" is a preposition
    text = "Analysts expect more bank failures in the months ahead."
    assert value(text, "the months ahead", dt.date(2008, 9, 16)) == "PXM"
    assert not found("Prices rose in the days ahead of the vote.", "the days ahead", dt.date(2008, 9, 16))


def test_a_year_before_election_primaries_is_a_year():
    text = "Romney carried Minnesota and Colorado in the 2008 primaries."
    assert value(text, "2008", dt.date(2012, 2, 8)) == "2008"


def test_a_clock_time_does_not_take_the_day_of_a_relative_clause_before_it():
    # the caucuses' day is what the clause tells; the speech is the night told before
    text = ("Santorum swept three contests on Tuesday night. Santorum, who had not won a state since "
            "the Iowa caucuses on Jan. 3, told supporters shortly before 10 p.m. that he was the alternative.")
    assert value(text, "shortly before 10 p.m.", dt.date(2012, 2, 8)) == "2012-02-07T22:00"
    # a clock time inside the clause keeps the clause's day
    text = "The rebels, who attacked the town on Jan. 3 at 10 p.m., withdrew on Tuesday."
    assert value(text, "10 p.m.", dt.date(2012, 2, 8)) == "2012-01-03T22:00"


def test_a_year_a_figure_is_compared_with_leaves_the_story_at_its_quarter():
    text = ("The bank earned $2.6 billion in the January-March period. Revenue was $23.5 billion, "
            "compared with $22.5 billion in the first three months of 2012. "
            "Mortgage revenue fell sharply from the previous quarter.")
    assert value(text, "the previous quarter", dt.date(2013, 4, 17)) == "2012-Q4"


def test_a_stretch_over_the_following_decade_in_a_history_is_a_length():
    text = "The revolt was crushed on 8 November 1620, and over the following decade Catholic armies won."
    t = found(text, "the following decade", dt.date(2011, 11, 1))[0]
    assert (t.type, t.value) == ("DURATION", "P10Y")
    # "in the following year" is the year after
    text = "The revolt was crushed on 8 November 1620, and in the following year the armies rested."
    assert value(text, "the following year", dt.date(2011, 11, 1)) == "1621"


def test_the_nth_weekday_of_a_month_is_that_day():
    dct = dt.date(2012, 6, 28)
    assert value("The justices will return on the first Monday in October.", "the first Monday in October", dct) == "2012-10-01"
    assert value("The vote is set for the last Thursday of November 2013.",
                 "the last Thursday of November 2013", dct) == "2013-11-28"


def test_an_age_reached_on_a_weekday_told_in_the_present_is_ahead():
    assert value("Zuckerberg turns 28 on Monday.", "Monday", dt.date(2012, 5, 18)) == "2012-05-21"
    assert value("Zuckerberg turned 28 on Monday.", "Monday", dt.date(2012, 5, 18)) == "2012-05-14"


def test_a_vague_length_a_verb_takes_is_a_duration():
    # TimeBank tags "months of ..." and "days of swelling" as PXM / PXD
    dct = dt.date(2013, 4, 16)
    assert value("Many of the wounded will need months of rehabilitation.", "months", dct) == "PXM"
    assert value("The repairs took years.", "years", dct) == "PXY"
    assert not found("The repairs took days later than planned.", "days", dct)


def test_year_end_told_in_the_past_early_in_the_year_is_the_year_just_ended():
    text = "Employers added 155,000 jobs in December, showing the economy was growing at year's end."
    assert value(text, "year's end", dt.date(2013, 1, 4)) == "2012"
    assert value("The plant will close by year-end.", "year-end", dt.date(2013, 1, 4)) == "2013"


def test_a_length_from_today_is_a_day():
    t = found("The presidential election is a week from today.", "a week from today", dt.date(2012, 10, 30))
    assert [(x.type, x.value) for x in t] == [("DATE", "2012-11-06")]


def test_the_year_of_what_a_day_is_the_anniversary_of_leaves_a_history_where_it_was():
    text = ("Cronje surrendered at Paardeberg on 27 February 1900, the anniversary of the Boer victory at "
            "Majuba in 1881. Ladysmith was relieved on 28 February, and Mafeking on 17 May.")
    dct = dt.date(2013, 5, 5)
    assert value(text, "28 February", dct) == "1900-02-28"
    assert value(text, "17 May", dct) == "1900-05-17"


def test_a_quarter_to_be_reported_is_the_latest_one_begun():
    # results come after the quarter: in January, the fourth quarter to report is last year's
    text = "Kodak will report its fourth-quarter results in late February."
    assert value(text, "fourth-quarter", dt.date(2012, 1, 19)) == "2011-Q4"
    text = "Kodak will report its second-quarter results in late July."
    assert value(text, "second-quarter", dt.date(2012, 4, 19)) == "2012-Q2"


def test_overnight_after_an_evening_told_is_that_evenings_night():
    text = ("Sandy slammed into the coast on Monday evening. The storm made landfall at about 8 p.m. "
            "Flooding in lower Manhattan reached nearly 14 feet overnight.")
    assert value(text, "overnight", dt.date(2012, 10, 30)) == "2012-10-29TNI"
    # told of a day days before publication, the story goes on into that day's night (as it does
    # for the day before publication); "overnight losses" before Friday's trading, a noun's
    # modifier, stays the night before it (TimeBank wsj_0586, tested below)
    text = "Russian drones struck Kharkiv on Friday. Two more hit the city overnight, officials said."
    assert value(text, "overnight", dt.date(2012, 10, 30)) == "2012-10-26TNI"


def test_overnight_after_the_day_before_publication_is_the_night_ending_on_publication_day():
    # the story of yesterday goes on into last night: the night between the two days
    text = "Russian drones struck Kharkiv on Monday. Two more hit the city overnight, officials said."
    assert value(text, "overnight", dt.date(2012, 10, 30)) == "2012-10-29TNI"
    text = ("Eight blasts struck churches and hotels in Colombo on Sunday morning. Police arrested "
            "24 suspects in raids overnight.")
    assert value(text, "overnight", dt.date(2019, 4, 22)) == "2019-04-21TNI"
    # and the night ending on the day of the story when that day is the publication day
    text = "Russian drones struck Kharkiv overnight, officials said on Tuesday."
    assert value(text, "overnight", dt.date(2012, 10, 30)) == "2012-10-29TNI"


def test_a_target_date_promised_does_not_move_a_history_ahead():
    # "by May 1944" is what was promised; the appointment is in December of the story's year
    text = ("At the Tehran Conference in late November 1943, Roosevelt and Churchill promised Stalin a second "
            "front by May 1944. Eisenhower was appointed supreme commander in December.")
    assert value(text, "December", dt.date(2010, 2, 1)) == "1943-12"


def test_a_history_reads_a_month_half_a_year_on_as_ahead():
    text = "Japan attacked Pearl Harbor on 7 December 1941. In June the US Navy defeated the Japanese at Midway."
    assert value(text, "June", dt.date(2010, 2, 1)) == "1942-06"


def test_a_timetabled_day_in_a_relative_clause_keeps_the_clauses_present():
    dct = dt.date(2012, 5, 18)
    assert value("Zuckerberg, who turns 28 on Monday, rang the opening bell.", "Monday", dct) == "2012-05-21"
    assert value("The senator, who left office on Monday, rang the bell.", "Monday", dct) == "2012-05-14"


def test_another_unit_after_a_verb_of_lasting_is_a_length():
    dct = dt.date(2010, 3, 2)
    assert value("Austria fought on alone for another year.", "another year", dct) == "P1Y"
    assert value("The envoy stayed another month in Vienna.", "another month", dct) == "P1M"
    # one more day of something is no length of time
    assert found("Another day of protests followed.", "Another day", dct) == []


def test_the_previous_season_is_the_last_one_over_by_the_date_told():
    dct = dt.date(2010, 9, 20)
    text = ("General Westmoreland told Congress in November 1967 that the war was being won. "
            "Hanoi had decided the previous summer to launch an offensive.")
    assert value(text, "the previous summer", dct) == "1967-SU"
    text = "The offensive began in June 1967. The generals had planned it the previous summer."
    assert value(text, "the previous summer", dct) == "1966-SU"
    text = "The army was routed in January 1942, worn out by the previous winter."
    assert value(text, "the previous winter", dct) == "1940-WI"


def test_the_last_quarter_of_its_fiscal_year_is_its_fourth():
    text = ("Apple said its profit rose in the three months to September 25, the last quarter of its "
            "fiscal year. Sales fell in the last quarter.")
    dct = dt.date(2010, 10, 19)
    assert value(text, "the last quarter of its fiscal year", dct) == "2010-Q4"
    assert value(text, "the last quarter", dct) == "2010-Q3"      # alone: the latest quarter


def test_the_nth_day_after_a_span_of_days_counts_from_its_first_day():
    dct = dt.date(2011, 4, 12)
    text = ("The Battle of Gettysburg lasted three days, from 1 to 3 July 1863, and on the afternoon of "
            "the third day Pickett's Charge failed. The next day, 4 July, Vicksburg fell.")
    assert value(text, "the third day", dct) == "1863-07-03"
    assert value(text, "The next day", dct) == "1863-07-04"
    assert value("The summit ran July 10-12, 1990. On the second day, leaders agreed a text.", "the second day", dct) == "1990-07-11"
    # after a single day, that day is day one
    assert value("The attack began on 3 July 1863. On the third day the town fell.", "the third day", dct) == "1863-07-05"


def test_a_count_after_a_look_back_in_its_sentence_counts_from_it():
    # the pluperfect date does not move the story, but "two months later" beside it is counted from it
    text = ("The Civil War began on 12 April 1861 at Fort Sumter. In March 1862 McClellan shipped his army "
            "to the peninsula, but after the battles at the end of June he withdrew. In the west, meanwhile, "
            "Grant had taken Forts Henry and Donelson in February, and two months later his army survived "
            "a surprise attack at Shiloh. In September Lee invaded Maryland.")
    dct = dt.date(2011, 4, 12)
    assert value(text, "two months later", dct) == "1862-04"
    assert value(text, "September", dct) == "1862-09"


def test_a_day_in_a_where_clause_is_not_the_main_clauses_clock_day():
    text = ("European stocks fell on Friday. In Athens, where the parliament approved austerity measures "
            "late on Thursday, the main stock index fell 2.7 percent by 1100 GMT.")
    assert value(text, "1100 GMT", dt.date(2010, 5, 7)) == "2010-05-07T11:00"


def test_a_comparison_now_is_counted_back_from_the_publication_date():
    # neither a year a state runs 'since' nor a plan for next year is where "three months earlier" counts from
    text = ("Analysts expect a new iPad early next year. The company has paid no dividend since 1995 and "
            "holds $51 billion in cash, up from $45.8 billion three months earlier.")
    assert value(text, "three months earlier", dt.date(2010, 10, 19)) == "2010-07"


def test_a_plan_undone_by_what_is_still_ahead_keeps_its_day_ahead():
    dct = dt.date(2013, 1, 1)     # a Tuesday
    text = ("The deal would raise taxes on incomes above $400,000 and delay for two months the spending "
            "cuts that were due to begin on Wednesday.")
    assert value(text, "Wednesday", dct) == "2013-01-02"
    # undone already: the planned day is behind
    assert value("On Monday the trial was to begin, but the judge postponed it.", "Monday", dct) == "2012-12-31"


def test_a_relative_clause_with_its_own_verb_leaves_the_pluperfect():
    history = ("On 10 May 1940 Germany invaded France. The armistice was signed on 22 June. The air battle "
               "began on 13 August. Coventry was bombed on 14 November. The heaviest raid came on the night "
               "of 10 May 1941. ")
    text = history + ("Within weeks most of the Luftwaffe had been moved east for the invasion of the Soviet "
                      "Union, which began on 22 June.")
    assert value(text, "22 June", dt.date(2010, 7, 10), nth=1) == "1941-06-22"
    # a relative clause that is pluperfect itself stays a look back
    text = history + "By then London had survived the Blitz, which had begun on 7 September."
    assert value(text, "7 September", dt.date(2010, 7, 10)) == "1940-09-07"


def test_the_day_a_period_closes_on_is_not_a_clock_times_day():
    text = ("Toyota said on Friday that it earned 562 billion yen in the three months to June 30. "
            "The results were announced at 1:25 p.m. Tokyo time.")
    assert value(text, "1:25 p.m. Tokyo time", dt.date(2013, 8, 2)) == "2013-08-02T13:25"


def test_went_on_to_tells_what_followed_in_the_past():
    text = ("The yen has fallen since November, when the party, which went on to win the December "
            "election, promised easing.")
    assert value(text, "December", dt.date(2013, 8, 2)) == "2012-12"


def test_a_year_earlier_than_now_is_counted_from_the_publication_date():
    text = "The yen fell in December. A dollar now buys 98 yen, compared with 78 yen a year earlier."
    assert value(text, "a year earlier", dt.date(2013, 8, 2)) == "2012"


def test_the_same_period_after_a_half_year_is_that_half():
    dct = dt.date(2007, 10, 19)
    text = "EADS posted a net loss in the first half of 2007, compared with a profit in the same period of 2006."
    assert value(text, "the same period of 2006", dct) == "2006-H1"
    text = "EADS posted a loss in the first half, compared with a profit in the same period last year."
    assert value(text, "the same period last year", dct) == "2006-H1"
    # after a length ("the first nine months"), the year
    text = "Sales rose in the first nine months, up from the same period of 2006."
    assert value(text, "the same period of 2006", dct) == "2006"


def test_weeks_later_told_again_as_a_day_is_that_day():
    dct = dt.date(2010, 7, 10)
    text = "The offensive began on 19 March 1918. Two weeks later, on 2 April, the Germans reached Amiens."
    assert value(text, "Two weeks later", dct) == "1918-04-02"
    assert value(text, "2 April", dct) == "1918-04-02"
    # a day outside that week is another date: the count keeps its week
    text = "The siege began on 7 September 1940. A week later, on 25 September, the docks burned."
    assert value(text, "A week later", dct) == "1940-W37"
    assert value(text, "25 September", dct) == "1940-09-25"


def test_overnight_after_an_evening_told_passes_over_the_day_named_alone():
    text = ("Sandy slammed into the shore Monday night, making landfall at about 8 p.m. Earlier Monday, "
            "the storm had forced evacuations. It weakened overnight as it moved inland.")
    assert value(text, "overnight", dt.date(2012, 10, 30)) == "2012-10-29TNI"


def test_the_day_a_count_starts_from_is_not_a_clock_times_day():
    text = ("The figures were published at 1000 GMT, a day after millions of workers joined strikes "
            "on Wednesday.")
    assert value(text, "1000 GMT", dt.date(2012, 11, 15)) == "2012-11-15T10:00"


def test_a_kind_of_day_is_no_length_and_consecutive_quarters_are():
    dct = dt.date(2012, 11, 15)
    assert found("In the decades that followed, 1 July became a day of remembrance.", "a day", dct) == []
    assert value("After a day of fighting, the town fell.", "a day", dct) == "P1D"
    assert value("Two consecutive quarters of contraction make a recession.", "Two consecutive quarters", dct) == "P2Q"


def test_a_day_in_a_participle_aside_is_not_the_clock_times_day():
    text = ("Facebook shares began trading on Friday. The stock, priced at $38 on Thursday night, opened at "
            "$42.05 at 11:30 a.m. EDT but gave up its gains by midday. Zuckerberg rang the opening bell "
            "from Menlo Park at 6:30 a.m. Pacific time.")
    dct = dt.date(2012, 5, 18)
    assert value(text, "11:30 a.m. EDT", dct) == "2012-05-18T11:30"
    assert value(text, "midday", dct) == "2012-05-18T12:00"
    assert value(text, "6:30 a.m. Pacific time", dct) == "2012-05-18T06:30"


def test_an_earlier_quarter_compared_with_leaves_the_story_in_its_quarter():
    text = ("The eurozone fell back into recession in the third quarter. GDP shrank 0.1 percent in the "
            "July-September period, after a 0.2 percent contraction in the second quarter. Compared with "
            "the same quarter of 2011, output was 0.6 percent lower. Greece's output was 7.2 percent lower "
            "than a year earlier.")
    dct = dt.date(2012, 11, 15)
    assert value(text, "the same quarter of 2011", dct) == "2011-Q3"
    assert value(text, "a year earlier", dct) == "2011-Q3"


def test_a_weekday_and_date_in_a_history_takes_the_historys_year():
    text = ("On 14 October 1962 a U-2 photographed missile sites in Cuba. The photographs were analysed the "
            "next day, and on the morning of 16 October Kennedy was told. On the evening of 22 October he "
            "announced a quarantine, which took effect two days later. The crisis reached its peak on "
            "Saturday, 27 October. That night Robert Kennedy met the Soviet ambassador.")
    dct = dt.date(2012, 10, 16)
    assert value(text, "Saturday, 27 October", dct) == "1962-10-27"
    assert value(text, "That night", dct) == "1962-10-27TNI"


def test_a_fiscal_quarter_just_reported_is_of_the_publication_years_fiscal_year():
    # Microsoft's fiscal year ends on June 30: its fiscal fourth quarter, reported in July 2011, is FY2011's
    text = ("Microsoft said on Thursday that its net income rose 30 percent in its fiscal fourth quarter. "
            "It earned $5.87 billion in the quarter ended June 30.")
    dct = dt.date(2011, 7, 22)
    assert value(text, "fiscal fourth quarter", dct) == "2011-Q4"
    assert value(text, "the quarter", dct) == "2011-Q4"


def test_a_holiday_naming_a_peace_agreement_is_no_date():
    text = ("The Good Friday peace agreement of 1998 ended the fighting, and the Christmas accord held. "
            "The two leaders met again on Good Friday.")
    dct = dt.date(2013, 4, 10)
    assert [t.text for t in tag(text, dct)] == ["1998", "Good Friday"]
    assert found(text, "Good Friday", dct)[0].start == text.rindex("Good Friday")


def test_soon_before_a_past_verb_tells_a_story_not_a_future():
    text = ("The invasion soon stalled, and the trickle soon became a flood. "
            "Officials said prices will soon hit records and that the army would soon withdraw.")
    hits = found(text, "soon", dt.date(2013, 4, 10))
    assert [t.start for t in hits] == [text.index("soon hit"), text.index("soon withdraw")]
    assert {t.value for t in hits} == {"FUTURE_REF"}


def test_by_evening_is_the_evening_of_the_day_told():
    text = "The British marched out on 19 April 1775. By evening the redcoats were back in Boston under siege."
    assert value(text, "evening", dt.date(2009, 7, 4)) == "1775-04-19TEV"
    assert not found("Evening news was good on Monday.", "Evening", dt.date(2013, 4, 10))


def test_a_season_coordinated_with_a_modified_season_shares_its_year():
    text = "Prices rose in the early spring and summer, the ministry said."
    dct = dt.date(2013, 4, 10)
    spring, summer = value(text, "the early spring", dct), value(text, "summer", dct)
    assert spring[:4] == summer[:4] and summer.endswith("SU")
    text = "Prices rose in the spring and summer, the ministry said."
    assert value(text, "summer", dct)[:4] == value(text, "the spring", dct)[:4]


def test_the_next_morning_after_a_look_back_counts_from_the_day_looked_back_to():
    # in a history the story stays on 19 April; the pluperfect's 18 April is a look back, and
    # "the next morning" in its sentence is the morning after it
    text = ("The American Revolutionary War began on 19 April 1775 with skirmishes at Lexington and Concord. "
            "British troops had marched out of Boston on the night of 18 April to seize colonial arms, and the "
            "next morning they were met by militiamen on Lexington Green. By evening the redcoats were back in "
            "Boston. That June Congress appointed George Washington. In 1777 Burgoyne surrendered at Saratoga.")
    dct = dt.date(2009, 7, 4)
    assert value(text, "the next morning", dct) == "1775-04-19TMO"
    assert value(text, "evening", dct) == "1775-04-19TEV"


def test_a_clock_time_in_news_passes_over_a_background_day_and_the_dateline():
    text = ("Apple posts record revenue\n\nTuesday, October 19, 2010\n\nApple Inc. said on Monday that its profit "
            "rose 70 percent, as sales of the iPhone 4 and the iPad beat forecasts. The iPad went on sale in the "
            "United States on April 3, and it has outsold the Mac. Steve Jobs told analysts on a conference call "
            "at 5 p.m. Eastern time that Apple had beaten its goals.")
    assert value(text, "5 p.m. Eastern time", dt.date(2010, 10, 19)) == "2010-10-18T17:00"
    text = ("Microsoft profit rises\n\nFriday, July 22, 2011\n\nMicrosoft Corp. said on Thursday that its net income "
            "rose 30 percent in its fiscal fourth quarter. The results were released after the market closed at "
            "4 p.m. Eastern time.")
    assert value(text, "4 p.m. Eastern time", dt.date(2011, 7, 22)) == "2011-07-21T16:00"
    # a day of the news itself, told in an earlier sentence, stays the clock time's day
    text = "Gunmen stormed the hotel on Friday, police said on Saturday. The siege ended at 4 p.m."
    assert value(text, "4 p.m.", dt.date(2013, 4, 14)) == "2013-04-12T16:00"
    # ... and so does an older day when the time's sentence tells no report
    text = "Officials said on Monday that the ship sank on June 2 off the coast. Rescuers arrived at 4 p.m."
    assert value(text, "4 p.m.", dt.date(2013, 6, 12)) == "2013-06-02T16:00"


def test_a_meanwhile_paragraph_of_a_history_goes_back_over_the_stretch_just_told():
    text = ("The war began in February 1904. The siege of Port Arthur began in early August and lasted almost five "
            "months. The fortress surrendered on 2 January 1905.\n\n"
            "Meanwhile the main armies met south of Mukden. The battle of Liaoyang at the end of August and the "
            "Shaho offensive in October ended without a decision. The Battle of Mukden was fought in March 1905.")
    dct = dt.date(2009, 6, 10)
    assert value(text, "the end of August", dct) == "1904-08"
    assert value(text, "October", dct) == "1904-10"
    # without "Meanwhile" the story goes on
    text = text.replace("Meanwhile the main", "The main")
    assert value(text, "October", dct) == "1905-10"


def test_a_meanwhile_paragraph_goes_back_no_further_than_the_stretch_before_it():
    # the paragraph before opens in March 1864: "1 September" is that year's, not 1863's
    text = ("The war began in 1861.\n\nIn March 1864 Lincoln promoted Grant. His campaign began on 4 May, and he "
            "laid siege to Petersburg in the middle of June.\n\nMeanwhile Sherman advanced on Atlanta. The army "
            "abandoned the city on 1 September, and Union troops marched in the next day.")
    dct = dt.date(2026, 5, 10)
    assert value(text, "1 September", dct) == "1864-09-01"
    assert value(text, "the next day", dct) == "1864-09-02"


def test_on_the_nth_before_a_name_and_its_verb_is_a_day():
    dct = dt.date(2026, 5, 10)
    text = ("Lee invaded Pennsylvania in June 1863. On 1 July 1863 his army met Meade. The charge was repulsed on "
            "3 July, and on the 4th Lee began to retreat.")
    assert value(text, "the 4th", dct) == "1863-07-04"
    text = "The assault on Madrid began on 8 November 1936, and on the 23rd Franco called off the attack."
    assert value(text, "the 23rd", dct) == "1936-11-23"
    # a unit's name is no subject: "the 4th Division"
    text = "The assault began on 8 November 1936. Troops moved on the 4th Division attacked at dawn."
    assert not found(text, "the 4th", dct)


def test_a_pluperfect_with_meanwhile_or_also_looks_back():
    text = ("The war lasted from 1861 to 1865. Lee won at Antietam on 17 September 1862, and Lincoln's "
            "proclamation took effect on 1 January 1863. The Union army had meanwhile suffered another "
            "defeat at Fredericksburg on 13 December.")
    assert value(text, "13 December", dt.date(2026, 5, 10)) == "1862-12-13"


def test_weeks_later_after_a_day_of_a_history_is_a_day_and_in_news_a_week():
    text = ("The war began in 1861. Lincoln was elected on 8 November 1864. A week later Sherman burned Atlanta and "
            "marched to the sea, reaching Savannah in December 1864.")
    dct = dt.date(2026, 5, 10)
    assert value(text, "A week later", dct) == "1864-11-15"
    assert "1864-W46" in found(text, "A week later", dct)[0].alternatives


def test_a_section_headed_by_a_stretch_of_years_goes_on_from_its_start():
    text = ("The American Civil War was fought from 1861 to 1865. Lincoln took office on 4 March 1861 and war "
            "began in April. " + "Eleven states seceded from the Union and formed a confederacy of their own. " * 6
            + "\n\n1861–1862\nBoth sides expected a short war. The first battle was fought on 21 July, "
            "and that autumn McClellan drilled his army.")
    dct = dt.date(2026, 5, 10)
    assert value(text, "21 July", dct) == "1861-07-21"
    assert value(text, "that autumn", dct) == "1861-FA"


def test_a_coming_event_faced_does_not_move_a_history_on():
    text = ("The first Chechen war began in December 1994. Grozny fell in February 1995. Dudayev was killed by a "
            "Russian missile in April 1996. Boris Yeltsin, facing re-election that summer, announced a ceasefire the "
            "following month.")
    assert value(text, "the following month", dt.date(2019, 12, 11)) == "1996-05"


def test_a_sentence_opening_by_an_earlier_date_in_the_pluperfect_looks_back():
    text = ("The Allies invaded Italy in 1943 and France in 1944. The landings in Normandy took place on 6 June 1944. "
            "By mid-1943 the Allies had cleared North Africa of Axis troops. The following month Cherbourg fell, and "
            "that autumn the Allies reached the German border.")
    dct = dt.date(2020, 3, 1)
    assert value(text, "The following month", dct) == "1944-07"
    assert value(text, "that autumn", dct) == "1944-FA"


def test_after_weeks_of_fighting_is_a_length_and_a_headlines_length_leaves_the_dateline():
    text = "Grozny fell in late October 1999 after weeks of house-to-house fighting."
    assert value(text, "weeks", dt.date(2019, 12, 11)) == "PXW"
    text = ("Islamists claim control of Mogadishu after months of fighting\n\nMOGADISHU, June 5 (Reuters) - Somalia's "
            "Islamic militia said on Monday it had taken control of Mogadishu.")
    assert value(text, "months", dt.date(2006, 6, 6)) == "PXM"
    assert value(text, "Monday", dt.date(2006, 6, 6)) == "2006-06-05"     # the dateline's day, not the day before publication


def test_an_article_whose_opening_dates_its_subject_years_back_is_a_history():
    text = ("The Russian invasion of Ukraine began on 24 February 2022, when Russian forces crossed the border. It "
            "escalated the war that had begun in 2014.\n\nInvasion\nIn the early hours of 24 February Putin announced "
            "a special military operation. On 2 March Kherson fell, the only regional capital taken. By the end of "
            "March the Russians had withdrawn from the Kyiv region. Mariupol fell on 20 May after a siege of nearly "
            "three months. In September Ukraine retook Izium. In June 2023 Ukraine began a second counter-offensive. "
            "Avdiivka fell in February 2024. Talks resumed in Istanbul in May 2025.")
    dct = dt.date(2026, 6, 1)
    assert value(text, "2 March", dct) == "2022-03-02"
    assert value(text, "September", dct) == "2022-09"
    # told the year after, it stays news
    assert value(text, "2 March", dt.date(2023, 6, 1)) == "2023-03-02"


def test_a_part_of_day_or_clock_time_on_a_day_before_the_common_era_is_that_days():
    text = ("The war lasted from 218 to 201 BC. In 216 BC the consuls marched south. On 2 August, at Cannae, Hannibal "
            "killed 50,000 of them before nightfall, and at 6 p.m. he rested.")
    dct = dt.date(2026, 4, 19)
    assert value(text, "nightfall", dct) == "BC0216-08-02TEV"
    assert value(text, "6 p.m.", dct) == "BC0216-08-02T18:00"


def test_a_pluperfect_done_by_a_date_or_told_with_a_when_clause_does_not_look_back():
    dct = dt.date(2026, 5, 10)
    text = ("Johnston surrendered on 26 April 1865, and the last Confederate forces in the field had laid down their "
            "arms by the end of June.")
    assert value(text, "the end of June", dct) == "1865-06"
    text = ("Grant took Vicksburg on 4 July 1863. A Confederate victory at Chickamauga on 20 September had been undone "
            "when Grant broke the siege of Chattanooga in late November.")
    assert value(text, "late November", dct) == "1863-11"
    # a look back without either still goes back
    text = "Lee surrendered on 9 April 1865. Sherman had taken Savannah in late December."
    assert value(text, "late December", dct) == "1864-12"


def test_a_part_of_day_in_news_passes_over_a_pluperfect_day_and_a_days_attribute():
    text = ("U.S. stocks rose for a second straight session on Thursday, extending Wednesday's rally. The Dow added "
            "46 points. It had jumped 287 points on Wednesday, its biggest gain of the year. In Europe, Spain sold "
            "2.1 billion euros of bonds in the morning, more than it had planned.")
    assert value(text, "the morning", dt.date(2012, 6, 7)) == "2012-06-07TMO"
    text = "U.S. stocks rose on Thursday. They had jumped on Wednesday and fell in the afternoon."
    assert value(text, "the afternoon", dt.date(2012, 6, 7)) == "2012-06-06TAF"     # its own sentence's day


def test_the_part_of_a_trading_day_is_a_time():
    text = "Oil surged to a record on Friday, before falling back in afternoon trading in New York."
    assert value(text, "afternoon", dt.date(2008, 7, 11)) == "2008-07-11TAF"
    text = "Qantas said on Thursday it would cut jobs. Its shares fell 2.3 percent in morning trade in Sydney."
    assert value(text, "morning", dt.date(2012, 11, 29)) == "2012-11-29TMO"
    assert not found("Morning papers led with the story on Friday.", "Morning", dt.date(2012, 11, 29))


def test_a_day_in_apposition_to_a_part_of_day_stays_apart():
    text = ("The cardinals elected Jorge Mario Bergoglio on Wednesday evening, the second day of the conclave. "
            "White smoke poured from the chimney at 7:06 p.m.")
    dct = dt.date(2013, 3, 14)
    assert value(text, "Wednesday evening", dct) == "2013-03-13TEV"
    assert value("The blast came at 10 p.m. Wednesday.", "10 p.m. Wednesday", dct) == "2013-03-13T22:00"
    text = "The treaty was signed on 12 March 1940. Fighting ended at 11 a.m. the next day."
    assert value(text, "11 a.m. the next day", dct) == "1940-03-13T11:00"


def test_the_article_before_a_length_adjective_belongs_to_the_noun():
    text = "Kiev fell on 19 September after a month-long battle and an hour-long bombardment."
    dct = dt.date(2010, 1, 1)
    assert value(text, "month-long", dct) == "P1M"
    assert value(text, "hour-long", dct) == "PT1H"


def test_midnight_after_an_evening_told_ends_that_day():
    text = ("The attack on the consulate began at about 9:40 p.m. local time on Tuesday. "
            "The ambassador was last seen alive around midnight.")
    assert value(text, "midnight", dt.date(2012, 9, 12)) == "2012-09-11T24:00"


def test_a_vague_length_after_the_verb_last_is_tagged():
    text = "The operation could last weeks, and the strike is expected to last months."
    dct = dt.date(2013, 1, 16)
    assert value(text, "weeks", dct) == "PXW"
    assert value(text, "months", dct) == "PXM"
    assert not found("Last weeks' figures were poor.", "weeks", dct)


def test_a_count_of_days_after_a_season_counts_from_the_day_before_it_or_stays_in_the_season():
    dct = dt.date(2012, 10, 26)
    text = ("Spending rose 2 percent, the department said Friday, after 1.5 percent growth in the spring. "
            "A day earlier, the government said orders jumped.")
    assert value(text, "A day earlier", dct) == "2012-10-25"
    text = "Spending rose after growth in the spring. A week earlier, the government said orders jumped."
    assert value(text, "A week earlier", dct) == "2012"


def test_a_day_naming_an_occasion_is_not_the_day_of_a_clock_time_before_it():
    text = ("The economy grew 2 percent, the department said Friday. The report, released at 8:30 a.m. EDT, "
            "was the last look at growth before the Nov. 6 election.")
    assert value(text, "8:30 a.m. EDT", dt.date(2012, 10, 26)) == "2012-10-26T08:30"


def test_a_recent_year_after_around_at_a_clauses_end_is_a_year():
    dct = dt.date(2007, 10, 19)
    assert value("Airbus expects the programme to break even around 2015.", "2015", dct) == "2015"
    assert value("Profits should recover around 2010, analysts said.", "2010", dct) == "2010"
    assert not found("The crowd numbered around 2000 people.", "2000", dct)
    assert not found("Police said around 1500 were hurt.", "1500", dct)


# "the winter of 54-53 BC": the winter that begins in 54 BC, one timex the story goes on from
def test_a_winter_across_two_years_before_the_common_era_is_the_winter_of_the_first():
    text = ("In 55 BC Caesar crossed to Britain. The greatest danger came in the winter of 54-53 BC, "
            "when a legion was destroyed. Caesar took revenge the following spring.")
    assert value(text, "the winter of 54-53 BC", HISTORY_DCT) == "BC0054-WI"
    assert value(text, "the following spring", HISTORY_DCT) == "BC0053-SP"
    assert not found("In the summer of 54-53 BC nothing happened.", "the summer of 54-53 BC", HISTORY_DCT)


# "lowered its forecast for next year to 2.3 percent, from 2.5 percent in September": the month
# of the earlier figure is past, though "next year" stands nearer than the past verb
def test_the_month_of_the_figure_a_change_is_measured_from_is_past():
    dct = dt.date(2012, 12, 12)
    text = ("The Fed's policymakers lowered their forecast for economic growth next year to between 2.3 percent "
            "and 3 percent, from 2.5 percent to 3 percent in September.")
    assert value(text, "September", dct) == "2012-09"
    assert value("Sales will rise next year, up from 4.5 percent in January.", "January", dct) == "2012-01"
    # a day ahead after a comma is not a figure's date
    assert value("The talks will resume, from Monday, in Geneva.", "Monday", dct) == "2012-12-17"


# "soldiers who had fled into Iraq over the weekend, killing 48 of them on Monday": the
# pluperfect is the relative clause's; the day after its comma is the news a clock time goes on from
def test_a_day_after_a_closed_relative_pluperfect_is_the_day_a_clock_time_goes_on_from():
    dct = dt.date(2013, 3, 6)
    text = ("Warplanes bombed the city again early Wednesday. Gunmen ambushed a convoy of soldiers who had fled "
            "into Iraq over the weekend, killing 48 of them on Monday. The government said the attack took place "
            "shortly after 9 a.m. local time.")
    assert value(text, "shortly after 9 a.m. local time", dct) == "2013-03-04T09:00"
    # a day told in the pluperfect itself stays background
    text = ("Warplanes bombed the city again early Wednesday. The soldiers had fled into Iraq on Monday. "
            "The government said the attack took place shortly after 9 a.m. local time.")
    assert value(text, "shortly after 9 a.m. local time", dct) == "2013-03-06T09:00"


# "would cut off funding from Tuesday unless a deal was reached by Sunday night": the past verb
# after the day is the condition's; the day belongs to the plan that looks ahead
def test_a_condition_after_a_day_does_not_give_it_its_past():
    dct = dt.date(2013, 3, 25)
    text = ("The ECB had warned last Thursday that it would cut off emergency funding to the banks from "
            "Tuesday unless a deal was reached by Sunday night.")
    assert value(text, "Tuesday", dct) == "2013-03-26"
    text = "The ECB said it cut off emergency funding to the banks on Tuesday after no deal was reached by Sunday night."
    assert value(text, "Tuesday", dct) == "2013-03-19"


# "repossessed 95,364 homes in August, up 25 percent from a year ago": the month compared, a year before
def test_a_year_ago_compared_with_a_month_is_that_month_a_year_before():
    dct = dt.date(2010, 9, 27)
    text = "Banks repossessed a record 95,364 homes in August, up 25 percent from a year ago."
    assert value(text, "a year ago", dct) == "2009-08"
    assert value("A year ago, in August, the market fell.", "A year ago", dct) == "2009"


# "It began in the early hours of 29 May, a Tuesday": the weekday of the day just named, not a
# Tuesday near the publication date (and a history stays a history: it counts from no such date)
def test_a_weekday_in_apposition_to_a_day_is_that_day():
    text = ("Sultan Mehmed was crowned in February 1451 and built a fortress in August 1452. The Ottoman army "
            "arrived before the walls in early April 1453. The final attack began in the early hours of "
            "29 May, a Tuesday. By mid-morning the city had fallen. The pope called for a crusade in September, "
            "but none came.")
    dct = dt.date(2012, 3, 15)
    assert value(text, "Tuesday", dct) == "1453-05-29"
    assert value(text, "mid-morning", dct) == "1453-05-29TMO"
    assert value(text, "September", dct) == "1453-09"
    assert value("The attack came on March 3, which was a Friday.", "Friday", dct) == "2012-03-03"
    assert value("He was born on a Tuesday.", "Tuesday", dct) == "XXXX-WXX-2"


# "the first such attack since Nawaz Sharif took office on Wednesday": the day a since-clause
# counts from is not the day a clock time in the next sentence is on
def test_a_day_a_since_clause_counts_from_is_not_the_day_of_a_later_clock_time():
    dct = dt.date(2013, 6, 8)
    text = ("A drone strike killed seven militants early Saturday, the first such attack since Nawaz Sharif "
            "took office on Wednesday, officials said. The missiles hit a compound at around 1 a.m. local time.")
    assert value(text, "around 1 a.m. local time", dct) == "2013-06-08T01:00"
    text = ("A drone strike killed seven militants early Saturday. Nawaz Sharif took office on Wednesday. "
            "He was sworn in at around 11 a.m. local time.")
    assert value(text, "around 11 a.m. local time", dct) == "2013-06-05T11:00"


# "Shortly after midnight on 6 June the paratroopers landed": the first hour of that day, not
# the midnight that ends it ("midnight on Sunday" alone stays the end of Sunday, as TimeBank has it)
def test_after_midnight_on_a_day_is_the_start_of_that_day():
    dct = dt.date(2013, 6, 5)
    assert value("The attack began just after midnight on Sunday.", "midnight", dct) == "2013-06-02T00:00"
    assert value("The curfew starts at midnight on Sunday.", "midnight", dct) == "2013-06-09T24:00"


# British and European business news write "financial year" for "fiscal year"
def test_a_financial_year_is_a_fiscal_year():
    dct = dt.date(2008, 6, 12)
    assert value("In the last financial year, profit rose.", "the last financial year", dct) == "2007"
    text = "Profit in the current financial year will rise."
    assert value(text, "the current financial year", dct) == "2008"
    assert not found(text, "current", dct)
    assert value("For the 2007 financial year, profit rose.", "the 2007 financial year", dct) == "2007"
    assert value("Profit in the first half of the financial year rose.", "the first half of the financial year", dct) == "2008-H1"
    assert not [t for t in tag("The financial crisis deepened.", dct)]


# "in the year through March" (American economic news): a twelve-month period, as "the year to March"
def test_the_year_through_a_month_is_a_twelve_month_period():
    dct = dt.date(2013, 5, 16)
    t = found("Exports rose 5 percent in the year through March.", "the year", dct)
    assert t and (t[0].type, t[0].value) == ("DURATION", "P1Y")
    t = found("Growth slowed through the year.", "the year", dct)
    assert t and (t[0].type, t[0].value) == ("DATE", "2013")


# "will release its December jobs report on Friday", told in January: the figures of the month just
# ended, not next December's; a month still ahead keeps its forecast ("expects November sales to rise")
def test_the_figures_of_a_month_just_ended_are_that_months_though_released_ahead():
    dct = dt.date(2013, 1, 7)
    assert value("The Labor Department will release its December jobs report on Friday.", "December", dct) == "2012-12"
    assert value("The report for December is due on Friday.", "December", dct) == "2012-12"
    assert value("The December summit will decide the budget.", "December", dct) == "2013-12"
    assert value("The company expects November sales to rise.", "November", dt.date(2012, 10, 7)) == "2012-11"


# "keep falling in the first half of 2009 ... until the second half of the year", told in December
# 2008: "the year" is the one the sentence named before it, not the publication year
def test_the_half_of_the_year_is_of_the_year_its_sentence_named():
    dct = dt.date(2008, 12, 17)
    text = ("OPEC said demand would keep falling in the first half of 2009 and that prices could stay "
            "below $50 until the second half of the year.")
    assert value(text, "the second half of the year", dct) == "2009-H2"
    assert value("Growth slowed in the second half of the year.", "the second half of the year", dct) == "2008-H2"
    assert value("Sales have fallen since 2006 and will recover in the second half of the year.",
                 "the second half of the year", dct) == "2008-H2"


# "expected to continue through the week": the week the story is told in, as "for the week" is in
# a market report; "the week" alone, or "during the week" (a habit), is no date
def test_through_the_week_is_this_week():
    dct = dt.date(2019, 9, 16)
    text = "Negotiations resumed on Monday and were expected to continue through the week, the union said."
    assert value(text, "the week", dct) == "2019-W38"
    assert value("Talks will go on throughout the week.", "the week", dct) == "2019-W38"
    assert not found("He works in the city during the week.", "the week", dct)
    assert not found("It was the week that changed everything.", "the week", dct)


# "orbits once every 11 hours and 55 minutes": one period in two units, as a length is
def test_a_recurring_period_in_two_units_is_one_set():
    dct = dt.date(2022, 9, 27)
    t = found("Dimorphos orbits Didymos once every 11 hours and 55 minutes.", "every 11 hours and 55 minutes", dct)
    assert t and (t[0].type, t[0].value) == ("SET", "PT11H55M")
    assert not found("Dimorphos orbits Didymos once every 11 hours and 55 minutes.", "55 minutes", dct)
    assert value("Buses leave every 20 minutes.", "every 20 minutes", dct) == "PT20M"


# ", from 4 to 6 July" after a future verb is a range of days, not the figure a change is measured
# from (", from 2.5 percent in September"): its end is as far ahead as its start
def test_a_range_of_days_after_from_is_no_earlier_figure():
    dct = dt.date(2023, 11, 8)
    text = "The festival will return next year, from 4 to 6 July."
    assert value(text, "4", dct) == "2024-07-04" and value(text, "6 July", dct) == "2024-07-06"
    assert value("The show will run, from 4 July to 6 August.", "6 August", dct) == "2024-08-06"
    assert value("Growth will slow to 2.3 percent, from 2.5 percent in September.", "September", dct) == "2023-09"


# "out for six to eight weeks": one length, valued by its lower count as TimeBank's "two to three
# weeks" (P2W); not a change of length ("cut the wait from 10 to 12 days")
def test_a_range_of_counts_is_one_length():
    dct = dt.date(2023, 8, 10)
    assert value("He will be out for six to eight weeks.", "six to eight weeks", dct) == "P6W"
    assert value("Talks could last two or three days.", "two or three days", dct) == "P2D"
    assert value("The evacuation could take 24-36 hours.", "24-36 hours", dct) == "PT24H"
    assert value("It cut the wait from 10 to 12 days.", "12 days", dct) == "P12D"


# "U.S. crude for January delivery fell", told in December: a commodity's delivery month is the
# next such month, though the trading is told in the past
def test_a_delivery_month_is_the_next_such_month():
    dct = dt.date(2008, 12, 17)
    assert value("U.S. crude for January delivery fell $3.54 to $40.06 a barrel.", "January", dct) == "2009-01"
    assert value("March futures rose 2 percent on Tuesday.", "March", dct) == "2009-03"
    assert value("Prices fell in January.", "January", dct) == "2008-01"


# "Apple will report fourth-quarter results on Jan. 23", "GDP figures for the fourth quarter will be
# released", told in January: the quarter just ended, as "will report its fourth-quarter results" was
def test_results_of_a_quarter_told_ahead_without_a_determiner_are_the_latest_quarters():
    dct = dt.date(2013, 1, 7)
    assert value("Apple will report fourth-quarter results on Jan. 23.", "fourth-quarter", dct) == "2012-Q4"
    assert value("GDP figures for the fourth quarter will be released on Jan. 30.", "the fourth quarter", dct) == "2012-Q4"
    assert value("The government will release second-half figures in February.", "second-half", dct) == "2012-H2"
    assert value("Analysts expect growth to slow in the fourth quarter.", "the fourth quarter", dct) == "2013-Q4"


# "Polls close at 11 p.m. PT", "8 p.m. ET" (American papers): the zone is part of the time; "et cetera" is none
def test_a_us_zone_of_two_letters_is_part_of_the_time():
    dct = dt.date(2012, 11, 5)
    assert found("Polls close at 11 p.m. PT.", "11 p.m. PT", dct)
    assert found("The launch is at 1500 ET.", "1500 ET", dct)
    assert found("They met at 5 p.m. et cetera.", "5 p.m.", dct)


# "Voting ends at 8 p.m. local time on Tuesday": a timetable verb reaches the day past a clock time and its zone
def test_a_timetable_verb_reaches_the_day_past_a_clock_time_and_its_zone():
    dct = dt.date(2012, 11, 5)
    assert value("Voting ends at 8 p.m. local time on Tuesday.", "Tuesday", dct) == "2012-11-06"
    assert value("Polls close at 8 p.m. (EST) on Sunday.", "Sunday", dct) == "2012-11-11"


# "fought from 431 to 404 BC. ... the next summer": a history summing up its span goes on from the
# start, before the common era as after it
def test_a_history_opening_with_a_span_before_the_common_era_goes_on_from_its_start():
    text = ("The Peloponnesian War was fought from 431 to 404 BC. In the first year of the war Pericles gave "
            "his funeral oration, and the next summer plague struck the city.")
    assert value(text, "the next summer", HISTORY_DCT) == "BC0430-SU"


# "Athens had built its empire after the Persian Wars of 480 BC": a year told in the pluperfect
# looks back; the story goes on from 431 BC
def test_a_pluperfect_year_before_the_common_era_does_not_move_the_story_back():
    text = ("War broke out in 431 BC. Athens had built its empire in the decades after the Persian Wars of "
            "480 BC. The next summer plague struck the city.")
    assert value(text, "The next summer", HISTORY_DCT) == "BC0430-SU"


# "Carthage was destroyed in 146 BC, more than half a century later": the year just told, told again
def test_a_shift_restating_a_year_before_the_common_era_is_that_year():
    text = ("Peace was made in 201 BC. Carthage itself was destroyed in 146 BC, more than half a century later, "
            "and its site was ploughed over.")
    assert value(text, "more than half a century later", HISTORY_DCT) == "BC0146"


# "The merger, first announced in May, is expected to be completed by year-end": the month is the
# participle aside's, told in the past, as in a relative aside ("which were suspended on Friday")
def test_a_date_in_a_participle_aside_takes_the_asides_past():
    dct = dt.date(2008, 2, 5)
    assert value("The merger, first announced in May, is expected to be completed soon.", "May", dct) == "2007-05"
    assert value("The merger, announced in May, will be completed by year-end.", "May", dct) == "2007-05"
    assert value("Talks, delayed until March, will resume in Geneva.", "March", dct) == "2008-03"


# "In AD 60 Boudica led a revolt; it was crushed by the end of the year": years of the common era
# written with "AD" make a history too, and its seasons are written with four-digit years
def test_a_history_of_ad_years_goes_on_from_them():
    dct = dt.date(2011, 5, 5)
    text = ("The Roman conquest of Britain began in AD 43. By AD 47 the frontier ran from the Severn to the "
            "Humber. In AD 60 Boudica led a revolt; it was crushed by the end of the year. The following spring "
            "the governor was recalled, and that summer a new one arrived.")
    assert value(text, "the end of the year", dct) == "0060"
    assert value(text, "The following spring", dct) == "0061-SP"
    assert value(text, "that summer", dct) == "0061-SU"


def test_overnight_after_a_day_told_before_publication_is_the_night_after_it():
    text = ("The violence broke out on Wednesday after thousands of tribal people marched in Churachandpur. Mobs "
            "torched homes in Imphal overnight, police said.")
    night = next(t for t in tag(text, dt.date(2023, 5, 5)) if t.text == "overnight")
    assert night.value == "2023-05-03TNI"
    text = "London shares closed lower Friday, depressed initially by overnight losses in New York."
    night = next(t for t in tag(text, dt.date(1989, 10, 30)) if t.text == "overnight")
    assert night.value == "1989-10-26TNI"


# "Israel goes to the polls on January 22, and Netanyahu has faced pressure": the verb after ", and"
# heads the next clause; it does not make the date past (and send it to the story's year, 2009)
def test_a_verb_after_and_in_the_next_clause_does_not_give_the_date_its_tense():
    dct = dt.date(2012, 11, 15)
    text = ("The offensive began in December 2008 and ended in January 2009. Israel goes to the polls on "
            "January 22, and Prime Minister Benjamin Netanyahu has faced pressure to halt the rockets.")
    assert value(text, "January 22", dct) == "2013-01-22"
    # a verb before the date still gives it its tense
    text = ("The offensive began in December 2008 and ended in January 2009. The troops withdrew on "
            "January 22, and Netanyahu has faced pressure since.")
    assert value(text, "January 22", dct) == "2009-01-22"
    # a future after ", and" still goes on from a timetable's present
    text = "The committee meets on Tuesday, and traders will watch for any sign of a cut."
    assert value(text, "Tuesday", dt.date(2011, 8, 8)) == "2011-08-09"


# "Relations plunged in 2010 after the sinking of a warship in March and the shelling of an island in
# November" (told in 2012): a year told in the past in mid-sentence frames the months after it in
# its clause, as a year opening the sentence does; past a comma it frames nothing
def test_a_year_told_in_the_past_frames_the_months_after_it_in_its_clause():
    dct = dt.date(2012, 12, 19)
    text = ("Inter-Korean relations plunged in 2010 after the sinking of a South Korean warship in March and "
            "the shelling of a border island in November.")
    assert value(text, "March", dct) == "2010-03"
    assert value(text, "November", dct) == "2010-11"
    text = "Under a program approved in 2010 that set no limit, the company had bought shares through Sept. 29."
    assert value(text, "Sept. 29", dct) == "2012-09-29"
    text = "Sales will rise in 2013 after the launch in March."
    assert value(text, "March", dct) == "2013-03"
    # a year that modifies a noun frames nothing ("a rise in 2010 net income"; told in 2011)
    text = "Sanofi reported a 2 percent rise in 2010 net income to 5.47 billion euros in February."
    assert value(text, "February", dt.date(2011, 3, 1)) == "2011-02"


# "Last year, Typhoon Bopha struck in December, and an earthquake struck just three weeks ago, on
# October 15" (told 9 Nov 2013): a day restating the count just before it takes that count's year,
# not the year the sentence opens with
def test_a_day_restating_the_count_before_it_outranks_the_sentences_opening_year():
    text = ("Last year, Typhoon Bopha killed about 1,100 people in December, and an earthquake struck the "
            "island of Bohol just three weeks ago, on October 15.")
    assert value(text, "December", dt.date(2013, 11, 9)) == "2012-12"
    assert value(text, "October 15", dt.date(2013, 11, 9)) == "2013-10-15"


# "Boudica led a revolt in AD 60 or 61": the era written once serves both years; a count after
# "and" is no year ("In AD 60 and 200 soldiers died" keeps AD 60 alone)
def test_two_years_sharing_one_ad_are_both_years():
    dct = dt.date(2011, 5, 5)
    assert [(t.text, t.value) for t in tag("Boudica led a revolt in AD 60 or 61.", dct)] == [("AD 60", "0060"), ("61", "0061")]
    assert [(t.text, t.value) for t in tag("Trajan ruled from AD 98 to 117.", dct)] == [("AD 98", "0098"), ("117", "0117")]
    assert [(t.text, t.value) for t in tag("In AD 60 and 200 soldiers died.", dct)] == [("AD 60", "0060")]


# "the Christmas truce of 1914" names an event, as "the Christmas Offensive" does: only the year is a date
def test_the_christmas_truce_is_a_name():
    dct = dt.date(2011, 5, 5)
    assert [(t.text, t.value) for t in tag("The Christmas truce of 1914 did not last.", dct)] == [("1914", "1914")]


# "within minutes of the attack": 'within' takes a length, counted from the event 'of' names
# ("for years of fighting" stays untagged: there 'of' makes the units a quantity of something)
def test_within_units_of_an_event_is_a_length():
    dct = dt.date(2012, 5, 5)
    assert [(t.text, t.value) for t in tag("The town fell within minutes of the attack.", dct)] == [("minutes", "PTXM")]
    assert [(t.text, t.value) for t in tag("Within days of the vote, protests began.", dct)] == [("days", "PXD")]
    assert tag("The region suffered for years of fighting.", dct) == []


# "Obama declared a disaster on Monday night. Officials said the search would be completed by
# nightfall" (told Tuesday): a future reported with 'said ... would' is ahead of the telling, so a
# part of the day with no day in its sentence is the publication day's; a plan told in the past
# ("It was to begin at 10 a.m.") keeps the day told
def test_a_part_of_day_in_a_reported_future_is_not_on_the_past_day_told_before():
    dct = dt.date(2013, 5, 21)
    text = ("President Obama declared a major disaster on Monday night. Officials said the search of the "
            "debris would be completed by nightfall.")
    assert value(text, "nightfall", dct) == "2013-05-21TEV"
    text = "The trial opened on Monday. It was to begin at 10 a.m. but started late."
    assert value(text, "10 a.m.", dct) == "2013-05-20T10:00"


# "A quake struck northern Italy on Tuesday, in a region still reeling from a deadly quake nine days
# ago. The quake hit at 9:00 am": a count back that dates a noun after a preposition is background,
# so the clock time in the next sentence is of the story's day, not of that earlier event
def test_a_count_back_dating_a_noun_is_background_for_a_later_clock_time():
    dct = dt.date(2012, 5, 29)
    text = ("A 5.8-magnitude earthquake struck northern Italy on Tuesday, killing at least 15 people in a region "
            "still reeling from a deadly quake nine days ago. The quake hit at 9:00 am near the town of Mirandola.")
    assert value(text, "9:00 am", dct) == "2012-05-29T09:00"
    text = ("A quake struck the region on Tuesday. Another quake struck nine days ago. It hit at 9:00 am "
            "near the town of Mirandola.")
    assert value(text, "9:00 am", dct) == "2012-05-20T09:00"


# "the September 11 attacks" names the 2001 attacks; it does not move the story there (a date after
# it keeps the publication year); the singular ("the Sept. 11 attack in Benghazi") is left alone
def test_the_september_11_attacks_are_the_2001_attacks():
    dct = dt.date(2008, 1, 22)
    text = ("Stock markets suffered their worst losses since the September 11 attacks. The decision came eight "
            "days before the central bank's regular meeting on January 29.")
    assert value(text, "September 11", dct) == "2001-09-11"
    assert value(text, "January 29", dct) == "2008-01-29"
    assert value("The Sept. 11 attack in Benghazi killed four Americans.", "Sept. 11", dt.date(2012, 11, 5)) == "2012-09-11"


# "The Commerce Department will publish its first estimate of fourth-quarter growth on January 30"
# (told in January): a quarter is reported once it has ended, so the one reported is last year's
# (as "will report its fourth-quarter results" already was)
def test_a_quarters_measure_to_be_published_is_of_the_quarter_just_ended():
    dct = dt.date(2008, 1, 22)
    text = "The Commerce Department will publish its first estimate of fourth-quarter growth on January 30."
    assert value(text, "fourth-quarter", dct) == "2007-Q4"
    assert value("The company will report fourth-quarter profit on Thursday.", "fourth-quarter", dct) == "2007-Q4"
    assert value("The merger is expected to close in the fourth quarter.", "the fourth quarter", dct) == "2008-Q4"


# "Brazil secured their place at next year's World Cup ... with a victory in Rosario on Saturday
# night" (told Wednesday): "next year's" dates a noun; it does not make the clause future
def test_next_years_before_a_noun_gives_no_tense():
    dct = dt.date(2009, 9, 16)
    text = ("Brazil secured their place at next year's World Cup in South Africa with a 3-1 victory over "
            "Argentina in Rosario on Saturday night.")
    assert value(text, "Saturday night", dct) == "2009-09-12TNI"
    assert value("The next summit is due on Saturday.", "Saturday", dct) == "2009-09-19"


# "Officials expect all of the men to be out by Thursday morning, a day earlier than planned" (told
# Wednesday): "earlier than" compares; it is no past verb outweighing "expect"
def test_earlier_than_is_a_comparison_not_a_past():
    dct = dt.date(2010, 10, 13)
    text = "Officials expect all of the men to be out by Thursday morning, a day earlier than planned."
    assert value(text, "Thursday morning", dct) == "2010-10-14TMO"
    assert value("The men were freed on Thursday, officials said earlier.", "Thursday", dct) == "2010-10-07"


@pytest.mark.parametrize("text, tagged", [
    ("The gunmen struck 17 communities, Bokkos council chairman Monday Kassah said.", []),
    ("Police spokesman Sunday Abubakar said on Tuesday that five people died.", ["Tuesday"]),
    ("The governor on Monday said the army would help.", ["Monday"]),
])
def test_a_weekday_that_is_a_first_name_after_a_role_is_no_date(text, tagged):
    assert [t.text for t in tag(text, dt.date(2023, 12, 26))] == tagged


# "For decades the conflict was called ...", "disputed for centuries": an unspecified number keeps its
# unit (TimeBank: "centuries" PXC), while a counted one is told in years ("two decades" P20Y)
def test_an_unspecified_number_of_decades_or_centuries_keeps_the_unit():
    dct = dt.date(2010, 6, 25)
    assert value("For decades the conflict was called the forgotten war.", "decades", dct) == "PXDE"
    assert value("The site was disputed for centuries.", "centuries", dct) == "PXC"
    assert value("The land had been plundered for two decades.", "two decades", dct) == "P20Y"


# "By 2008 5.4 million had died. Kabila had taken power in May 1997, ending the 32-year rule of
# Mobutu. Barely a year later he ...": a count opening the sentence right after a look back counts
# from it (a length told in between does not stand in the way), and the story goes on from there
def test_a_count_opening_the_sentence_after_a_look_back_counts_from_it():
    text = ("The war began on 2 August 1998. By 2008 some 5.4 million people had died. "
            "Kabila had taken power in May 1997, ending the 32-year rule of Mobutu. "
            "Barely a year later he ordered the Rwandan officers to leave. "
            "The capital was saved in late August.")
    assert value(text, "a year later", HISTORY_DCT) == "1998"
    assert value(text, "late August", HISTORY_DCT) == "1998-08"


# "The NPC also approved a plan on Sunday", "announced plans on Sunday to cut taxes": "plan" as a
# noun tells no future, so the weekday is the one before; "a plan to meet on Sunday" still looks ahead
def test_plan_as_a_noun_does_not_make_the_clause_future():
    dct = dt.date(2013, 3, 14)      # a Thursday
    assert value("The NPC also approved a plan on Sunday to restructure the cabinet.", "Sunday", dct) == "2013-03-10"
    assert value("The party announced plans on Sunday to cut taxes.", "Sunday", dct) == "2013-03-10"
    assert value("He has a plan to meet them on Sunday.", "Sunday", dct) == "2013-03-17"
    assert value("The government plans to vote on Sunday.", "Sunday", dct) == "2013-03-17"


# "would add $4 trillion to deficits over the next decade": the ten years ahead, as TimeBank's "over
# the past decade" (P10Y); "in the next decade" stays the decade named
def test_over_the_next_decade_is_a_stretch_of_ten_years():
    dct = dt.date(2013, 1, 2)
    assert found("The law would add $4 trillion to deficits over the next decade.", "the next decade", dct)[0].type == "DURATION"
    assert value("The law would add $4 trillion to deficits over the next decade.", "the next decade", dct) == "P10Y"
    assert value("Growth will slow in the next decade.", "the next decade", dct) == "202"


# "finished 1 minute 34 seconds behind Evans": a race time in two clock units without "and" is one length
def test_a_race_time_without_and_is_one_length():
    dct = dt.date(2011, 7, 24)
    assert value("Schleck finished 1 minute 34 seconds behind Evans.", "1 minute 34 seconds", dct) == "PT1M34S"
    assert value("The stage took 4 hours 12 minutes 40 seconds.", "4 hours 12 minutes 40 seconds", dct) == "PT4H12M40S"
    assert value("Within 24 hours 10 people had died.", "24 hours", dct) == "PT24H"


# "on Easter Monday, 24 April 1916", "Christmas Day, December 25, 1914": a holiday restated as a
# date is one day, the date's (not the holiday of the publication year, nor a lone "April 1916")
def test_a_holiday_restated_as_a_date_is_that_date():
    dct = dt.date(2016, 4, 24)
    text = "The Rising began on Easter Monday, 24 April 1916, when rebels seized the Post Office."
    assert value(text, "Easter Monday, 24 April 1916", dct) == "1916-04-24"
    assert value("The truce began on Christmas Day, December 25, 1914, in Flanders.", "Christmas Day, December 25, 1914", dct) == "1914-12-25"
    assert value("The battle was fought on Palm Sunday, 29 March 1461, at Towton.", "Palm Sunday, 29 March 1461", dct) == "1461-03-29"
    assert value("The offices close on Christmas Day.", "Christmas Day", dct) == "2016-12-25"


# a centenary story published on the day: "by Thursday" and "on Friday night" right after "Easter
# Monday, 24 April 1916" are days of that week, not weekdays counted from the publication date,
# so the story is still a history and its months without a year are the story's
def test_weekdays_just_after_a_day_with_its_year_do_not_make_a_history_news():
    text = ("The Easter Rising began on Easter Monday, 24 April 1916, when rebels seized the Post Office in Dublin. "
            "British reinforcements arrived over the next two days, and by Thursday artillery was shelling the rebel "
            "positions. The Post Office burned on Friday night. In the general election of December 1918 Sinn Fein "
            "won 73 seats. The Dail met on 21 January 1919. From the spring of 1920 the war grew fiercer. "
            "In December the centre of Cork was burned.")
    dct = dt.date(2016, 4, 24)
    assert value(text, "Thursday", dct) == "1916-04-27"
    assert value(text, "December", dct) == "1920-12"


# "Two days later, shortly before midnight, torpedo boats attacked": the midnight that ends the day
# told (T24:00, as "until midnight"); "shortly after midnight" stays the start of the day
def test_before_midnight_is_the_end_of_the_day_told():
    text = "Japan broke off relations on 6 February 1904. Two days later, shortly before midnight, torpedo boats attacked."
    assert value(text, "midnight", HISTORY_DCT) == "1904-02-08T24:00"
    text = "Japan broke off relations on 6 February 1904. Two days later, shortly after midnight, torpedo boats attacked."
    assert value(text, "midnight", HISTORY_DCT) == "1904-02-08T00:00"


# "Iraqi missiles fell on Tehran almost daily between late February and April": a preposition after
# "daily" opens a phrase of its own, so "daily" is the adverb of a recurrence, not an adjective
def test_daily_before_a_preposition_is_a_recurrence():
    text = "Iraqi missiles fell on Tehran almost daily between late February and April 1988."
    assert value(text, "daily", HISTORY_DCT) == "P1D"
    assert not found("Daily flights between the cities resumed.", "Daily", HISTORY_DCT)


# "Full-year figures will be released on Jan. 18, along with fourth-quarter GDP data", told in
# January: the figures of the quarter just ended (last year's), whatever verb comes before; a
# deal "expected to close in the fourth quarter" is still this year's
def test_figures_of_the_period_just_ended_are_last_years_early_in_the_year():
    dct = dt.date(2013, 1, 10)
    text = "Full-year figures will be released on Jan. 18, along with fourth-quarter GDP data."
    assert value(text, "fourth-quarter", dct) == "2012-Q4"
    assert value("The deal is expected to close in the fourth quarter.", "the fourth quarter", dct) == "2013-Q4"


# "Cook, who succeeded Jobs in August 2011, said the company would unveil products in the fall": a
# year in an aside that has closed gives no year to the main clause's season
def test_a_season_takes_no_year_from_a_closed_aside():
    dct = dt.date(2013, 4, 24)
    text = ("Timothy Cook, who succeeded Steve Jobs as chief executive in August 2011, said the company "
            "would unveil new products in the fall.")
    assert value(text, "the fall", dct) == "2013-FA"
    assert value("Prices peaked in the summer of 2008 and fell through the autumn.", "the autumn", dct) == "2008-FA"


# "Foreign trade grew 6.2 percent in 2012, the customs office said Thursday. Exports rose 7.9 percent
# from a year earlier": the day of the telling does not replace the period told, so the comparison is
# with 2011 (a weekday that tells what happened, "Exports fell on Thursday", still moves the story)
def test_a_reporting_day_does_not_replace_the_period_it_reports_on():
    dct = dt.date(2013, 1, 10)
    text = ("China's foreign trade grew 6.2 percent in 2012, the customs office said Thursday. "
            "Exports rose 7.9 percent from a year earlier.")
    assert value(text, "a year earlier", dct) == "2011"
    text = "China's foreign trade grew 6.2 percent in 2012. Exports fell on Thursday from a year earlier."
    assert value(text, "a year earlier", dct) == "2012"


# "rebounding from a contraction of 0.6 percent in 2011, when the March earthquake disrupted
# production": a clause opened by ", when" right after a year tells of that year
def test_a_when_clause_after_a_year_is_in_that_year():
    dct = dt.date(2013, 2, 14)
    text = ("The economy grew 1.9 percent, rebounding from a contraction of 0.6 percent in 2011, "
            "when the March earthquake and tsunami disrupted production.")
    assert value(text, "March", dct) == "2011-03"
    assert value("Sales fell in 2011, and the company will cut prices in March.", "March", dct) == "2013-03"


# "has signed a five-and-a-half-year contract": a hyphenated length with a half is one length
def test_a_hyphenated_length_with_a_half_is_one_length():
    dct = dt.date(2011, 1, 31)
    assert value("Torres has signed a five-and-a-half-year contract.", "five-and-a-half-year", dct) == "P5.5Y"
    assert value("The talks lasted three and a half years.", "three and a half years", dct) == "P3.5Y"


# "Torres could make his Chelsea debut on Sunday", told on a Monday: "could" with a plain verb looks
# ahead as "might" does; "could not", "could have" and "could be located Wednesday" stay in the past
def test_could_with_a_plain_verb_looks_ahead():
    dct = dt.date(2011, 1, 31)      # a Monday
    assert value("Torres could make his Chelsea debut against Liverpool on Sunday.", "Sunday", dct) == "2011-02-06"
    assert value("He could not play on Sunday.", "Sunday", dct) == "2011-01-30"
    assert value("Neither he nor his family could be located Sunday in their hometown.", "Sunday", dct) == "2011-01-30"


# "profit for the first half of 2012 ... Pre-tax profit for the six months to June 30 was $12.7
# billion, up from $11.5 billion in the same period a year earlier": the day closes the half, which
# stays the period counted from (as "the three months ended March 27" keeps its quarter)
def test_the_day_closing_a_half_keeps_the_half():
    dct = dt.date(2012, 7, 30)
    text = ("HSBC reported a rise in pre-tax profit for the first half of 2012. Pre-tax profit for the six months "
            "to June 30 was 12.7 billion dollars, up from 11.5 billion in the same period a year earlier.")
    assert value(text, "the same period a year earlier", dct) == "2011-H1"


# "Chelsea tonight completed the signing, minutes before 11 p.m. [a paragraph of background: 'handed
# in a transfer request on Thursday'] Liverpool signed Carroll earlier in the evening": earlier than
# the time of day last told, on its day; a day told in the sentence just before still gives its own
def test_earlier_in_the_evening_is_the_evening_of_the_time_last_told():
    dct = dt.date(2011, 1, 31)
    text = ("Chelsea tonight completed the signing of Torres, minutes before 11 p.m.\n\nTorres handed in a transfer "
            "request on Thursday. He has signed a long contract. He scored 81 goals for Liverpool.\n\n"
            "Liverpool signed Carroll earlier in the evening.")
    assert value(text, "the evening", dct) == "2011-01-31TEV"
    text = "The talks began at 9 a.m. on Monday. On Wednesday the envoys met again. Later in the afternoon they signed."
    assert value(text, "the afternoon", dct) == "2011-01-26TAF"


# "The conquest began in AD 43. Caesar had invaded the island in 55 and 54 BC ... The invasion force
# landed in the late spring": a look back across the start of the era is still a look back
def test_a_look_back_to_a_year_before_the_era_does_not_move_the_story():
    text = ("The Roman conquest of Britain began in AD 43, when Claudius sent four legions across the Channel. "
            "Julius Caesar had invaded the island twice, in 55 and 54 BC, but had withdrawn both times. "
            "The invasion force landed in Kent in the late spring.")
    assert value(text, "the late spring", HISTORY_DCT) == "0043-SP"


@pytest.mark.parametrize("text, expr, value", [
    ("Ten years ago tonight, Georgian troops began an artillery barrage.", "Ten years ago tonight", "2008-08-07TNI"),
    ("Four years ago this week, the army seized power.", "Four years ago this week", "2014-W32"),
    ("Chelsea lost the 2008 final in Moscow, four years ago this week.", "four years ago this week", "2008-W21"),
    ("Exactly one year ago today, the war began.", "one year ago today", "2017-08-07"),
    # (so are a week and a month: the day that far back, not the week or month and today apart)
    ("A week ago today, the city fell.", "A week ago today", "2018-07-31"),
    ("Two months ago today, the dam burst.", "Two months ago today", "2018-06-07"),
])
def test_years_ago_today_is_that_day_years_back(text, expr, value):
    dct = dt.date(2012, 5, 19) if "Chelsea" in text else dt.date(2018, 8, 7)
    assert [t.value for t in tag(text, dct) if expr in t.text] == [value]


# "In January, a week after the anniversary of the Roe vs. Wade decision, a bombing killed a
# guard" (October): "vs." ends no sentence, so the past verb after the aside dates the month
def test_vs_does_not_end_the_sentence_that_dates_a_month():
    text = ("In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, "
            "a clinic bombing in Birmingham, Ala., killed a security guard.")
    assert value(text, "January", dt.date(1998, 10, 25)) == "1998-01"


# "Operating profit in the three months to June jumped ... from the same period last year": the
# period is the quarter the month closes, a year before (not June alone)
def test_the_same_period_after_the_three_months_to_a_month_is_that_quarter():
    dct = dt.date(2013, 8, 1)
    text = "Operating profit in the three months to June jumped to 36.5 billion yen from 2.3 billion yen in the same period last year."
    assert value(text, "the same period last year", dct) == "2012-Q2"
    text = "Profit in the three months ended Sept. 30 rose 8 percent from the same period a year earlier."
    assert value(text, "the same period a year earlier", dct) == "2011-Q3"


# "will stay on the ground for weeks, and possibly months": the second of two vague lengths, as
# "for days or even weeks" is
@pytest.mark.parametrize("text, expr, expected", [
    ("The jets will stay on the ground for weeks, and possibly months, while investigators work.", "months", "PXM"),
    ("The talks lasted for hours and even days.", "days", "PXD"),
])
def test_a_vague_length_joined_by_and_possibly_is_a_length_too(text, expr, expected):
    assert value(text, expr, dt.date(2013, 1, 25)) == expected


# "The opposition, which had planned a march on the palace for Friday, said the concession came
# too late" (Sunday): a plan in the pluperfect is overtaken, its day gone by; one still running
# ("were planning to march on Monday") looks ahead
def test_a_weekday_planned_in_the_pluperfect_has_gone_by():
    dct = dt.date(2012, 12, 9)
    text = "The opposition, which had planned a march on the palace for Friday, said the concession came too late."
    assert value(text, "Friday", dct) == "2012-12-07"
    text = "Protesters said they were planning to march on the palace on Friday."
    assert value(text, "Friday", dct) == "2012-12-14"


# "the assembly, which had been given until February to finish, approved the text" (December):
# a limit set before the story's past lies either side of the publication date, the nearer one
@pytest.mark.parametrize("dct, expected", [(dt.date(2012, 12, 9), "2013-02"), (dt.date(2012, 6, 9), "2012-02")])
def test_a_limit_given_in_the_pluperfect_is_the_nearer_month(dct, expected):
    text = "But the assembly drafting it, which had been given until February to finish, approved the text on Friday."
    assert value(text, "February", dct) == expected


# "Tens of thousands gathered in the evening, and clashes continued until after midnight": after
# an evening told of the day, the midnight that ends it (not the one that began it); "shortly
# after midnight on Monday" stays that day's first hour
def test_after_midnight_after_an_evening_is_the_midnight_that_ends_it():
    dct = dt.date(2012, 9, 26)
    text = "Police charged at protesters on Tuesday night. Thousands gathered in the evening, and clashes continued until after midnight."
    assert value(text, "midnight", dct) == "2012-09-25T24:00"
    text = "The bomb exploded shortly after midnight on Monday."
    assert value(text, "midnight", dct) == "2012-09-24T00:00"


# "Another protest has been called for Saturday" (Wednesday): a protest or strike summoned for a
# day is still ahead; "Unions have called for calm on Saturday" tells what was said then
def test_a_protest_called_for_a_weekday_is_ahead():
    dct = dt.date(2012, 9, 26)
    assert value("Officials said 64 people were injured. Another protest has been called for Saturday.", "Saturday", dct) == "2012-09-29"
    assert value("Unions have called for calm on Saturday.", "Saturday", dct) == "2012-09-22"


# "In the summer of 2011, he and the president came close to a deal, only to see it collapse in
# late July" (November 2012): a month or season with its year opening the sentence frames the
# months after it there, as a bare year does; "Sales rose from June 2011, the company said in
# July" is this year's July
def test_a_month_with_its_year_opening_the_sentence_frames_its_months():
    dct = dt.date(2012, 11, 9)
    text = "In the summer of 2011, he and the president came close to a deal, only to see it collapse in late July."
    assert value(text, "late July", dct) == "2011-07"
    assert value("In June 2011, the two came close to a deal, but it collapsed in July.", "July", dct) == "2011-07"
    assert value("Sales rose from June 2011, the company said in July.", "July", dct) == "2012-07"


# "The war broke out on 8 October 1912. Serbia, Bulgaria and Greece, which had formed the League
# in the spring of that year, followed ten days later": a season told in the pluperfect before the
# story's day is a look back (a season compares as the month it begins in), not where the story is
def test_a_season_told_in_the_pluperfect_before_the_story_does_not_move_it():
    text = ("The First Balkan War broke out on 8 October 1912, when Montenegro declared war on the Ottoman Empire. "
            "Serbia, Bulgaria and Greece, which had formed the Balkan League in the spring of that year, followed ten days later. "
            "The Greek army entered Salonika on 8 November. An armistice was signed on 3 December, and the war resumed "
            "on 3 February 1913. Adrianople fell on 26 March.")
    assert value(text, "ten days later", HISTORY_DCT) == "1912-10-18"


# "We were supposed to be home by Christmas" (April): the limit of an expectation told as unmet
# lies either side of the publication date, the nearer one (last Christmas here; "was supposed to
# be finished by March", told in January, this March)
@pytest.mark.parametrize("text, expr, dct, expected", [
    ('"We were supposed to be home by Christmas," said Maria Lopez.', "Christmas", dt.date(2013, 4, 29), "2012-12-25"),
    ("The work was supposed to be finished by March, officials said.", "March", dt.date(2013, 1, 20), "2013-03"),
])
def test_the_limit_of_an_unmet_expectation_is_the_nearer_one(text, expr, dct, expected):
    assert value(text, expr, dct) == expected


# "Mr. Obama canceled a trip that was to begin on Saturday, the White House said" (Thursday): a
# plan is mostly undone before its day, so the nearer such weekday (here the coming one); "A
# memorial service planned for Saturday was canceled" told on Sunday stays the day before
@pytest.mark.parametrize("text, dct, expected", [
    ("Mr. Obama canceled a trip to Malaysia that was to begin on Saturday, the White House said late Wednesday.", dt.date(2013, 10, 3), "2013-10-05"),
    ("He cancelled a trip to Europe that was due to begin on Saturday.", dt.date(2013, 10, 3), "2013-10-05"),
    ("A memorial service that was to be held on Saturday was canceled after security plans were leaked.", dt.date(1999, 10, 24), "1999-10-23"),
    # (a plan named by its participle alone: "talks planned for Saturday had been cancelled", told on Sunday)
    ("Talks between the two sides planned for Saturday in Muscat had been cancelled, Oman said.", dt.date(1999, 10, 24), "1999-10-23"),
    ("Talks between the two sides planned for Saturday in Muscat had been cancelled, Oman said.", dt.date(2013, 10, 3), "2013-10-05"),
    ("The vote, scheduled for Saturday, was postponed after the attack.", dt.date(1999, 10, 24), "1999-10-23"),
])
def test_a_weekday_of_a_plan_undone_is_the_nearer_one(text, dct, expected):
    assert value(text, "Saturday", dct) == expected


# "the administration had hoped to focus on a budget deal before the summer" (May): the limit
# belongs to the infinitive's plan, as "hoped to finish a deal before the summer" does ("to focus"
# is a verb, though it ends like a plural)
def test_to_focus_is_an_infinitive_that_takes_the_limit():
    text = "Earlier in the month, the administration had hoped to focus on the immigration bill and on a budget deal before the summer."
    assert value(text, "the summer", dt.date(2013, 5, 16)) == "2013-SU"


# "she had rejected a request the day before to delay the trial": "before" ends the phrase when an
# infinitive follows (the day before the one told), as when the clause ends there; "the day before
# the attack" counts from an event and stays untagged
def test_the_day_before_followed_by_an_infinitive_is_a_date():
    text = "The judge ruled late Monday that he could not argue that defense, and she had rejected a request the day before to delay the trial."
    assert value(text, "the day before", dt.date(2013, 8, 7)) == "2013-08-04"
    assert not found("He was seen the day before the attack.", "the day before", dt.date(2013, 8, 7))


# "The hearing was thrown into disarray on Thursday ... The prosecution had argued the day before
# that he planned the killing": "that" opens the clause argued, "before" ends the phrase
def test_the_day_before_followed_by_that_is_a_date():
    text = ("The hearing was thrown into disarray on Thursday when the detective was removed. "
            "The prosecution had argued the day before that Pistorius planned the killing.")
    assert value(text, "the day before", dt.date(2013, 2, 22)) == "2013-02-20"


# "Allen's nomination, which the Senate had been due to take up on Thursday, was put on hold"
# (Wednesday): a plan told in the pluperfect and undone is mostly undone before its day, the nearer
# such weekday, as with "was to begin"; told on Friday, the Thursday just past
@pytest.mark.parametrize("text, dct, expected", [
    ("Allen's nomination, which the Senate had been due to take up on Thursday, was put on hold.", dt.date(2012, 11, 14), "2012-11-15"),
    ("The talks had been scheduled for Thursday but were postponed.", dt.date(2012, 11, 14), "2012-11-15"),
    ("The talks had been scheduled for Thursday but were postponed.", dt.date(2012, 11, 16), "2012-11-15"),
])
def test_a_weekday_of_a_pluperfect_plan_undone_is_the_nearer_one(text, dct, expected):
    assert value(text, "Thursday", dct) == expected


# "will testify on Friday about the Sept. 11 attack in Benghazi" (November): a day naming an
# attack or a disaster names one that has happened, whatever the verb of the sentence looks to;
# an attack plotted may lie ahead, and an anniversary is no attack
def test_a_day_naming_an_attack_is_past_whatever_the_verb():
    dct = dt.date(2012, 11, 14)
    assert value("Petraeus will testify on Friday about the Sept. 11 attack in Benghazi.", "Sept. 11", dct) == "2012-09-11"
    assert value("Investigators will question him about the March 2 suicide bombing.", "March 2", dct) == "2012-03-02"
    assert value("They will mark the Dec. 12 anniversary with a march.", "Dec. 12", dct) == "2012-12-12"


# A history with no word counting from its publication date, whose days without a year have gone
# into its story, told years later (and up to then, so not read as told long after): a month told in the past is the story's even when this year's
# has just passed ("... in early February 2000. Putin ... was elected president in March", told in
# April 2009); a text that counts from its publication date ("on Tuesday") keeps this March
def test_a_month_told_in_an_old_history_is_the_storys_though_this_years_has_passed():
    history = ("The war began in the late summer of 1999. On 7 August, fighters crossed into Dagestan. Troops entered "
               "Chechnya on 1 October, and the siege of Grozny lasted through the winter. The Russians took the city in "
               "early February 2000, after the rebels had withdrawn to the south. Putin, acting president since the last "
               "day of 1999, was elected president in March. In the spring the troops took the last rebel strongholds. "
               "Rebels seized a school in Beslan in September 2004, and Basayev was killed in July 2006. Moscow ended "
               "its operation on 16 April 2009, almost ten years after the war began.")
    dct = dt.date(2009, 4, 16)
    assert value(history, "March", dct) == "2000-03"
    assert value(history, "the spring", dct) == "2000-SP"
    news = history.replace("The war began", "The Kremlin said on Tuesday that the war, which began", 1).replace("of 1999. On", "of 1999, was over. On", 1)
    assert value(news, "March", dct) == "2009-03"


# "Chief executive Stephen Elop, who took over in September, said ..." (July): a relative clause
# whose own verb is a past that is no plan tells something done, so last year's month, though this
# year's is near enough to be a limit; "which is expected to open in September" stays ahead
def test_a_month_in_a_relative_clause_told_done_is_last_years():
    dct = dt.date(2011, 7, 21)
    text = "Chief executive Stephen Elop, who took over in September, said the first handsets would go on sale in the fourth quarter."
    assert value(text, "September", dct) == "2010-09"
    assert value("The plant, which is expected to open in September, was built by Siemens.", "September", dct) == "2011-09"


# "since the NATO combat mission ended in December" (October): the clause's own past verb tells it
# done, so last December (the conflict-news convention: "December" in a June story is last December);
# a plan or a limit stays ahead ("is to be completed in December", "would end in December")
def test_a_month_the_clause_tells_done_is_last_years():
    dct = dt.date(2015, 10, 2)
    assert value("The Taliban have stepped up attacks since the NATO combat mission ended in December.", "December", dct) == "2014-12"
    assert value("The plant was closed in November, officials said.", "November", dct) == "2014-11"
    assert value("The work is to be completed in December.", "December", dct) == "2015-12"
    assert value("The mission would end in December.", "December", dct) == "2015-12"
    assert value("They agreed to hold talks in December.", "December", dct) == "2015-12"


# "fears that North Korea could test-launch a missile within days, possibly around Monday's
# anniversary" (Friday): an anniversary named by its day is an occasion set for it, ahead when the
# sentence looks ahead ("Crowds marked Monday's anniversary" stays the Monday before)
def test_a_weekdays_anniversary_the_sentence_looks_ahead_to_is_ahead():
    dct = dt.date(2013, 4, 12)
    text = ("Kerry arrived in Seoul amid fears that North Korea could test-launch a missile within days, "
            "possibly around Monday's anniversary of the birth of the state's founder.")
    assert value(text, "Monday", dct) == "2013-04-15"
    assert value("Crowds marked Monday's anniversary with parades.", "Monday", dct) == "2013-04-08"


# "The bank's fiscal fourth quarter ends on November 30. ... Citigroup said it might lose up to
# $11 billion in the current quarter" (November): a fiscal quarter told as still running is no
# quarter just reported, so the current quarter is the publication date's, not the one after it
def test_the_current_quarter_after_a_fiscal_quarter_still_running_is_this_one():
    text = ("Morgan Stanley said the losses would reduce its fourth-quarter earnings. The bank's fiscal fourth quarter "
            "ends on November 30. Citigroup said on Sunday that it might lose up to $11 billion in the current quarter.")
    assert value(text, "the current quarter", dt.date(2007, 11, 9)) == "2007-Q4"


# "In the third quarter, which ended on August 31, the bank earned $1.5 billion, down 17 percent
# from a year earlier": the day only closes the (fiscal) quarter, which stays the date counted
# from, as in "the quarter ended June 29"
def test_a_year_earlier_after_a_quarter_which_ended_on_a_day_is_that_quarter():
    text = "In the third quarter, which ended on August 31, the bank earned $1.5 billion, down 17 percent from a year earlier."
    assert value(text, "a year earlier", dt.date(2007, 11, 9)) == "2006-Q3"


# "the guns fell silent at 10 p.m. that night": a clock time right before a day's part of day is one
# TIME on that day, as "10 p.m. Wednesday" is (the clock says which part of the day)
@pytest.mark.parametrize("expr, expected", [
    ("10 p.m. that night", "1953-07-27T22:00"),
    ("6 a.m. the following morning", "1953-07-28T06:00"),
])
def test_a_clock_time_before_a_part_of_day_is_one_time(expr, expected):
    text = ("The armistice was signed on 27 July 1953, and the guns fell silent at 10 p.m. that night. "
            "The first prisoners crossed at 6 a.m. the following morning.")
    assert value(text, expr, dt.date(2010, 6, 25)) == expected


# "seized the school during a ceremony marking the first day of classes": a day of the school
# calendar, like "the first day of school", names no day the text can count (it is no publication
# date), so "Two days later" counts from the date the sentence gives
@pytest.mark.parametrize("occasion", ["classes", "lessons", "the semester", "the school year"])
def test_the_first_day_of_a_school_period_is_no_date_of_its_own(occasion):
    text = (f"On Sept. 1, 2004, gunmen seized the school during a ceremony marking the first day of {occasion}. "
            "Two days later, on Sept. 3, Russian forces stormed the building.")
    dct = dt.date(2024, 9, 1)
    assert found(text, "the first day", dct) == []
    assert value(text, "Two days later", dct) == "2004-09-03"


# "The European Commission forecast in May that the economy would shrink": the future belongs to
# the that-clause; "forecast" (a past that looks like a noun) tells when, so May is this year's
# past one, not next year's; a relative "a vote in May that will decide" still looks ahead
def test_a_future_in_a_that_clause_after_the_date_does_not_make_it_future():
    dct = dt.date(2013, 8, 14)
    assert value("The European Commission forecast in May that the eurozone economy would shrink this year.", "May", dct) == "2013-05"
    assert value("The bank forecast in May that growth would slow.", "May", dct) == "2013-05"
    assert value("Voters face a referendum in May that will decide the reform.", "May", dct) == "2014-05"


# "The FBI released photos on Thursday afternoon. Hours later, shortly after 10:30 p.m., the
# suspects shot an officer ... The older brother died after a shootout around 1 a.m.": a time in
# the small hours told after that evening is the next day's (the night went on past midnight);
# told as "Earlier, at 1 a.m." it stays on the day
def test_the_small_hours_after_an_evening_told_are_the_next_day():
    dct = dt.date(2013, 4, 19)
    text = ("The FBI released surveillance photos of the pair on Thursday afternoon. Hours later, shortly after 10:30 p.m., "
            "the suspects shot dead a police officer in his cruiser. The older brother died after a shootout around 1 a.m.")
    assert value(text, "around 1 a.m.", dct) == "2013-04-19T01:00"
    text = ("Rebels attacked the base on Thursday at 9 p.m., officials said. Earlier, at 1 a.m., a mortar had hit the town.")
    assert value(text, "1 a.m.", dct) == "2013-04-18T01:00"
    text = "Rebels attacked the base on Thursday at 9 p.m. A suspect had been seen near the gate at 2 a.m."
    assert value(text, "2 a.m.", dct) == "2013-04-18T02:00"


# "Japan's economy shrank in the third quarter last year": one quarter of last year, as "the third
# quarter of last year", "last year's third quarter" and "June 30 last year" are (told in November
# 2013, the first quarter alone would be this year's); "last year's gains" stays apart
@pytest.mark.parametrize("expr, expected", [
    ("the first quarter last year", "2012-Q1"),
    ("the second half last year", "2012-H2"),
    ("the fourth quarter next year", "2014-Q4"),
])
def test_a_quarter_followed_by_last_year_is_that_years_quarter(expr, expected):
    text = f"The economy shrank in {expr}, the government said."
    assert [(t.text, t.value) for t in tag(text, dt.date(2013, 11, 4))] == [(expr, expected)]
    assert [t.text for t in tag("Growth slowed in the fourth quarter last year's gains were lost.", dt.date(2013, 11, 4))] \
        == ["the fourth quarter", "last year"]


# "GDP grew in the first quarter, slower than in the fourth quarter of last year. Output rose 9.5
# percent in the first three months, while sales grew 12.4 percent from the same period last
# year": the months just told are the period compared (a quarter, a half or a stretch of the year)
@pytest.mark.parametrize("months, dct, expected", [
    ("three", dt.date(2013, 4, 15), "2012-Q1"),
    ("six", dt.date(2013, 7, 15), "2012-H1"),
    ("nine", dt.date(2013, 10, 15), "2012"),
])
def test_the_same_period_after_the_first_months_told_is_those_months(months, dct, expected):
    text = ("GDP grew 7.7 percent in the first quarter, slower than in the fourth quarter of last year. "
            f"Output rose 9.5 percent in the first {months} months, while sales grew 12.4 percent from the same period last year.")
    assert value(text, "the same period last year", dct) == expected


# "The ministers' meeting opens on Sunday morning, followed by talks with China on Monday and the
# Regional Forum on Tuesday" (told on Friday): a timetable; "followed" is a participle, not a past,
# so Monday and Tuesday come after the Sunday ahead, not before the publication date
def test_days_followed_by_in_a_timetable_come_after_the_day_ahead():
    text = ("The 46th ASEAN Foreign Ministers' Meeting opens on Sunday morning, followed by meetings with China, Japan "
            "and South Korea on Monday and the ASEAN Regional Forum on Tuesday.")
    dct = dt.date(2013, 6, 28)
    assert (value(text, "Monday", dct), value(text, "Tuesday", dct)) == ("2013-07-01", "2013-07-02")
    text = "Troops stormed the town on Sunday, followed by air strikes on Monday."
    assert value(text, "Monday", dt.date(2013, 7, 3)) == "2013-07-01"


# "Elections had been planned for April, but diplomats said the vote would likely be delayed"
# (told in January): a plan told in the pluperfect and undone before its month is the coming
# month, as for a weekday ("a vote that had been due on Thursday was put on hold"); a plan carried
# out stays past ("The vote had been planned for April and was held on time" told in August)
def test_a_month_of_a_plan_undone_is_the_coming_one():
    text = "Elections had been planned for April, but diplomats said the vote would likely be delayed."
    assert value(text, "April", dt.date(2013, 1, 12)) == "2013-04"
    assert value("The vote had been planned for April and was held on time.", "April", dt.date(2013, 8, 12)) == "2013-04"


def test_a_month_before_a_past_story_s_month_is_this_year_s_not_a_step_back_into_the_story():
    text = ("The rebels said they had captured the command headquarters, the first to fall since the army seized power "
            "in a February 2021 coup. China brokered a ceasefire between the junta and the alliance in January, which "
            "collapsed in June.")
    values = {t.text: t.value for t in tag(text, dt.date(2024, 8, 9))}
    assert values["January"] == "2024-01" and values["June"] == "2024-06", values
    # (the month named or the next still goes on with an old story: "began on 15 February 2011 ... in early March")
    values = {t.text: t.value for t in tag("Protests began on 15 February 2011. In March, the army opened fire on "
                                           "them.", dt.date(2024, 8, 9))}
    assert values["March"] == "2011-03", values


# "decided in the fall to skip the Iowa caucuses", "go on through the summer and into the fall": the
# autumn, as "in the fall." is; not a decline that ends at a figure ("plunged in the fall to record lows")
def test_the_fall_before_an_infinitive_or_after_into_is_the_autumn():
    dct = dt.date(2000, 1, 30)
    assert value("Mr. McCain decided in the fall to skip the Iowa caucuses.", "the fall", dct) == "1999-FA"
    assert value("The search will go on through the summer and perhaps into the fall.", "the fall", dct) == "2000-FA"
    assert not found("Shares plunged in the fall to record lows.", "the fall", dct)
    assert not found("Investors lost money in the fall to below $20.", "the fall", dct)
    assert not found("He was injured in the fall to the ground.", "the fall", dct)


# "flies to Pyongyang on Tuesday for the first summit since the peninsula was divided in 1945": a
# timetable's present ("flies", as "leaves", "travels"); the past of the since-clause after the day
# is of an earlier time and says nothing of the day
def test_a_day_before_a_since_clause_keeps_its_timetable_present():
    dct = dt.date(2000, 6, 12)
    assert value("Kim flies to Pyongyang on Tuesday.", "Tuesday", dct) == "2000-06-13"
    text = ("South Korean President Kim Dae-Jung travels to Pyongyang on Tuesday for the first summit between "
            "the two Koreas since the peninsula was divided in 1945.")
    assert value(text, "Tuesday", dct) == "2000-06-13"
    assert value("The talks resumed on Tuesday for the first time since the war ended.", "Tuesday", dct) == "2000-06-06"


# '"We want this over by the fall," said the sheriff' (February): a wish told in the present looks
# ahead, as "hopes to" does; a wish of the past ("did not want to testify on Monday") does not
def test_a_wish_in_the_present_looks_ahead():
    dct = dt.date(1999, 2, 23)
    assert value('"We want this over by the fall," said Sheriff Billy Rowles.', "the fall", dct) == "1999-FA"
    assert value("The rebels want talks on Monday, a spokesman said.", "Monday", dct) == "1999-03-01"
    assert value("He did not want to testify on Monday.", "Monday", dct) == "1999-02-22"


# "The talks will resume, a spokesman said, on Monday": an attribution between commas is an aside;
# the date goes on from the future before it (not "said on Monday", the telling's own day)
def test_a_date_after_an_attribution_aside_goes_on_from_the_clause_before():
    dct = dt.date(1998, 7, 19)
    assert value("The talks will resume, a spokesman said, on Monday.", "Monday", dct) == "1998-07-20"
    text = "The search will go on through the summer, officials said Saturday, and perhaps into the fall."
    assert value(text, "the fall", dct) == "1998-FA"
    assert value("The talks will resume soon, a spokesman said on Monday.", "Monday", dct) == "1998-07-13"


# "exports rose 7.4 percent in 1999, the ministry said here today, reversing a fall the previous
# year": the day of the telling does not replace the year it reports on, as "said Thursday" did not
def test_the_telling_s_today_leaves_the_year_reported_on():
    dct = dt.date(2000, 1, 11)
    text = ("Thailand's exports rose 7.4 percent in 1999, the Commerce Ministry said here today, "
            "reversing a fall of 6.8 percent the previous year.")
    assert value(text, "the previous year", dct) == "1998"
    text = "Trade grew 6 percent in 1999, the customs office said yesterday. Exports rose from a year earlier."
    assert value(text, "a year earlier", dct) == "1998"


# "fell sharply last year after the United States imposed sanctions in May" (February): "last
# year" told in the past frames the months after it in its clause, as "in 1998" does
def test_last_year_told_in_the_past_frames_the_month_after_it():
    dct = dt.date(1999, 2, 27)
    text = "Foreign investment fell sharply last year after the United States imposed sanctions in May."
    assert value(text, "May", dct) == "1998-05"
    assert value("Investment fell last year, and the government will act in May.", "May", dct) == "1999-05"


# "vanished from radar at 9:40 p.m. The next morning, the family reported it missing": the full
# stop of "p.m." ends the sentence too; the clock time and the morning are two timexes
def test_a_clock_time_ending_a_sentence_is_not_merged_with_the_next_one():
    dct = dt.date(1999, 7, 19)
    text = ("They left at 8:38 p.m. Friday. The plane vanished from radar at 9:40 p.m. The next morning, "
            "the family reported it missing.")
    assert value(text, "9:40 p.m.", dct) == "1999-07-16T21:40"
    assert value(text, "The next morning", dct) == "1999-07-17TMO"
    assert value("The ceasefire began at 10 p.m. that night.", "10 p.m. that night", dct) == "1999-07-19T22:00"


# "left at 8:38 p.m. Friday, bound for Hyannis Port, where a cousin was to be married on Saturday"
# (told Monday): a plan told in the past after a day its sentence told is the first such weekday
# after that day; the plan's day does not move the story ("The next morning" is Saturday)
def test_a_plan_told_in_the_past_after_a_day_is_the_weekday_after_it():
    dct = dt.date(1999, 7, 19)
    text = ("They left at 8:38 p.m. Friday, bound for Hyannis Port, where a cousin was to be married on Saturday. "
            "The plane vanished from radar at 9:40 p.m. The next morning, the family reported it missing.")
    assert value(text, "Saturday", dct) == "1999-07-17"
    assert value(text, "9:40 p.m.", dct) == "1999-07-16T21:40"
    assert value(text, "The next morning", dct) == "1999-07-17TMO"
    assert value("The couple was to be married on Saturday.", "Saturday", dct) == "1999-07-24"


# "the annual March for Life", "the March for Our Lives": a procession's name, no month (not "set for March for ...")
def test_a_march_named_for_a_cause_is_no_month():
    dct = dt.date(1999, 1, 22)
    assert found("Protesters joined the annual March for Life on Capitol Hill.", "March", dct) == []
    assert found("Students organised the March for Our Lives in Washington.", "March", dct) == []
    assert value("Elections are set for March for President Ruto's party.", "March", dct) == "1999-03"


# "Kopp's 1987 Chevrolet Cavalier": a car's model year (make and model after it), no time the text speaks of
def test_a_cars_model_year_is_no_date():
    dct = dt.date(1999, 1, 22)
    assert found("Kopp's 1987 Chevrolet Cavalier was found at the airport.", "1987", dct) == []
    assert value("In 1987 Ford cut 10,000 jobs.", "1987", dct) == "1987"
    assert value("The 1994 Ford strike ended in March.", "1994", dct) == "1994"


def test_a_weekday_day_and_month_takes_the_story_year_when_no_year_near_publication_fits():
    # A reconstruction published in 2018 of events in 2011: "Monday, March 14" is no Monday in 2017-2019,
    # but was one in 2011, the year the story is at; the day restating "two weeks earlier" follows it
    text = ("Seven years ago, the city fell silent. Shortly before dawn on March 13, 2011, troops sealed off the old "
            "quarter. The first shots came from a rooftop. Within minutes, two soldiers lay wounded in the street.\n\n"
            "By mid-morning, tanks had reached the square. Amal Haddad, a tailor, remembers hiding in a stairwell.\n\n"
            "At around 3 p.m., snipers opened fire on the crowd. The shelling went on through the night, and it was "
            "not until Monday, March 14, that the army withdrew.\n\n"
            "Two weeks earlier, on Feb. 28, the first protest had been broken up.")
    assert value(text, "Monday, March 14", dt.date(2018, 6, 5)) == "2011-03-14"
    assert value(text, "Feb. 28", dt.date(2018, 6, 5)) == "2011-02-28"
    # (a weekday that fits a year near the publication date keeps it)
    assert value("Protesters returned on Monday, March 12.", "Monday, March 12", dt.date(2018, 6, 5)) == "2018-03-12"


def test_a_month_told_in_the_pluperfect_after_an_old_story_date_is_that_story_s():
    # A verdict story of 2019 retells a massacre of 1981: "had burned ... in August" looks back from the
    # story's day, so August 1981 (and "in November", after that day's month, is November 1980)
    text = ("A court on Tuesday convicted two former officers over the 1981 massacre at El Llano. "
            "Witnesses said that on Oct. 3, 1981, soldiers rounded up the villagers in the square. "
            "The army had burned the nearby hamlet of La Cruz in August. Guerrillas had ambushed a patrol there in November.")
    assert value(text, "August", dt.date(2019, 9, 10)) == "1981-08"
    assert value(text, "November", dt.date(2019, 9, 10)) == "1980-11"
    # (not the simple past of news: "Troops burned the hamlet in August" told in 2019 is 2019's)
    assert value("A court on Tuesday convicted two officers. Troops burned the hamlet in August.", "August",
                 dt.date(2019, 9, 10)) == "2019-08"


# "The junta summoned the outgoing ministers to a meeting on Monday" (told on Sunday): a gathering a past act sets
# up lies ahead of that act, so the nearer such day, here the coming one; told on Tuesday, the Monday just past
@pytest.mark.parametrize("text, expr, dct, expected", [
    ("The junta summoned the outgoing ministers to a meeting on Monday.", "Monday", dt.date(2021, 9, 5), "2021-09-06"),
    ("The junta summoned the outgoing ministers to a meeting on Monday.", "Monday", dt.date(2021, 9, 7), "2021-09-06"),
    ("The president invited both rebel leaders to talks in the capital on Friday.", "Friday", dt.date(2025, 1, 21), "2025-01-24"),
    ("The military council called snap elections for Sunday.", "Sunday", dt.date(2025, 1, 24), "2025-01-26"),
    # a strike or protest called for a day (not one called on a day: "called a strike on Tuesday")
    ("Greek unions have called a general strike for Wednesday.", "Wednesday", dt.date(2010, 5, 2), "2010-05-05"),
    ("The opposition called a protest for Tuesday.", "Tuesday", dt.date(2010, 5, 2), "2010-05-04"),
    ("Unions called a strike on Tuesday over pay.", "Tuesday", dt.date(2010, 5, 2), "2010-04-27"),
])
def test_a_weekday_of_a_gathering_an_act_called_is_the_nearer_one(text, expr, dct, expected):
    assert value(text, expr, dct) == expected


# The US shopping days after Thanksgiving (the fourth Thursday of November) are named days of retail and
# finance news: Black Friday the day after it, Cyber Monday the Monday after it
@pytest.mark.parametrize("text, expr, dct, expected", [
    ("Shoppers spent a record $7.4 billion online on Black Friday.", "Black Friday", dt.date(2019, 12, 2), "2019-11-29"),
    ("Retailers expect Cyber Monday to be the biggest online shopping day.", "Cyber Monday", dt.date(2019, 12, 2), "2019-12-02"),
    ("Stores will open at 6 a.m. on Black Friday.", "Black Friday", dt.date(2024, 11, 20), "2024-11-29"),
    # (other named shopping and market days: China's Singles' Day, the US Presidents' Day holiday)
    ("Alibaba sold $38 billion of goods on Singles' Day.", "Singles' Day", dt.date(2019, 11, 12), "2019-11-11"),
    ("The bill could be signed by Presidents' Day.", "Presidents' Day", dt.date(2009, 2, 11), "2009-02-16"),
])
def test_black_friday_and_cyber_monday_follow_thanksgiving(text, expr, dct, expected):
    assert value(text, expr, dct) == expected


def test_a_future_in_a_coordinated_clause_before_does_not_date_a_clause_with_its_own_subject():
    # ", and Meta cut 11,000 jobs in November": "would" is the clause before's; this clause's verb
    # ("cut", past or present) tells nothing, so November is the last one (told in January)
    text = "Amazon said it would eliminate 18,000 positions, and Meta cut 11,000 jobs in November."
    assert value(text, "November", dt.date(2023, 1, 20)) == "2022-11"
    # (a verb phrase sharing the clause's subject and "will" looks ahead with it)
    text = "Ford will close two plants, and cut 3,000 jobs in November."
    assert value(text, "November", dt.date(2023, 1, 20)) == "2023-11"


# Web pages stamp an article with a date and a clock time side by side: one TIME on that day (a
# bare "14:30" after a year or a numeric date is that day's time, not a score)
@pytest.mark.parametrize("text, expr, expected", [
    ("Published 2023-03-14 09:12 | Updated", "2023-03-14 09:12", "2023-03-14T09:12"),
    ("Last updated: 14/03/2023 14:30", "14/03/2023 14:30", "2023-03-14T14:30"),
    ("Tuesday 14 March 2023 14:30 GMT", "Tuesday 14 March 2023 14:30 GMT", "2023-03-14T14:30"),
    ("Posted Mar 13, 2023 10:05 AM EDT", "Mar 13, 2023 10:05 AM EDT", "2023-03-13T10:05"),
    ("Monday, March 13, 2023 - 16:45", "Monday, March 13, 2023 - 16:45", "2023-03-13T16:45"),
])
def test_a_date_and_clock_time_stamp_is_one_time(text, expr, expected):
    hits = found(text, expr, dt.date(2023, 3, 14))
    assert [(t.type, t.value) for t in hits] == [("TIME", expected)]


def test_a_day_and_a_clock_time_after_at_stay_apart():
    assert [t.text for t in tag("The vote is on Tuesday at 10 a.m.", dt.date(2023, 3, 14))] == ["Tuesday", "10 a.m."]


@pytest.mark.parametrize("text, expr, expected", [
    ("Sales will fall next quarter, the company warned.", "next quarter", "2010-Q3"),
    ("Analysts expect a profit in the coming quarter.", "the coming quarter", "2010-Q3"),
    # (after a quarter told, the one after it)
    ("Profit rose in the first quarter and should rise again in the following quarter.", "the following quarter", "2010-Q2"),
])
def test_the_next_quarter_is_the_one_after_the_publication_quarter(text, expr, expected):
    assert value(text, expr, dt.date(2010, 5, 12)) == expected


def test_a_quarter_century_is_no_quarter():
    assert [t.text for t in tag("Over the last quarter century the next quarter mile was paved.", dt.date(2010, 5, 12))] == []


@pytest.mark.parametrize("text, expr, expected", [
    ("Sales in FY09 rose 4 percent.", "FY09", "2009"),
    ("The company cut its guidance for FY-11.", "FY-11", "2011"),
    ("FY99 results were restated.", "FY99", "1999"),
])
def test_a_fiscal_year_with_two_digits_after_fy(text, expr, expected):
    assert value(text, expr, dt.date(2010, 5, 12)) == expected


def test_a_web_stamp_s_weekday_abbreviation_without_a_stop_belongs_to_its_date():
    assert [t.text for t in tag("Tue 14 Mar 2023 | Business", dt.date(2023, 3, 14))] == ["Tue 14 Mar 2023"]
    assert [t.text for t in tag("Posted Mon, Mar 13, 2023", dt.date(2023, 3, 14))] == ["Mon, Mar 13, 2023"]


@pytest.mark.parametrize("text, expr, expected", [
    ("Revenue rose 9 percent compared with the prior year.", "the prior year", "2007"),
    ("Sales fell in March from the prior month.", "the prior month", "2008-02"),
])
def test_the_prior_unit_is_the_previous_one(text, expr, expected):
    assert value(text, expr, dt.date(2008, 4, 23)) == expected


def test_march_after_another_month_and_is_the_month_even_before_against():
    # "strikes in February and March against plans to cut jobs": the second of two months, not the verb
    text = "Pilots staged a series of strikes in February and March against plans to cut 3,141 jobs."
    assert value(text, "March", dt.date(2013, 5, 9)) == "2013-03"
    assert [t.text for t in tag("Students and workers march against the cuts.", dt.date(2013, 5, 9))] == []


@pytest.mark.parametrize("text, expected", [
    # "earlier this year" is a date of its own, not the direction of the length before it
    ("The jet was grounded worldwide for three months earlier this year.", [("three months", "P3M"), ("earlier this year", "2013")]),
    ("He was jailed for two years later that decade, in 2015.", [("two years", "P2Y"), ("later that decade", "201"), ("2015", "2015")]),
    ("The talks ended two weeks later.", [("two weeks later", "2013-W21")]),
])
def test_a_length_before_earlier_this_year_is_a_length(text, expected):
    assert [(t.text, t.value) for t in tag(text, dt.date(2013, 5, 9))] == expected


def test_a_participle_after_a_comma_does_not_date_the_clause_around_it():
    # ", priced at $499,": an aside on the device; the dates belong to "will go on sale"
    text = ("The device will go on sale in the United States in June, priced at $499, in Europe in "
            "the fourth quarter and in Asia in 2008.")
    assert value(text, "June", dt.date(2007, 1, 10)) == "2007-06"
    assert value(text, "the fourth quarter", dt.date(2007, 1, 10)) == "2007-Q4"
    # (a past verb of the clause itself still counts)
    assert value("Apple, founded in 1976, reported its results in June.", "June", dt.date(2007, 1, 10)) == "2006-06"


def test_a_day_after_a_comma_far_from_the_day_just_told_does_not_restate_it():
    # "which ended on December 30, on January 17": two days; January 17 is this year's, ahead
    text = "Apple will report results for its fiscal first quarter, which ended on December 30, on January 17."
    assert value(text, "December 30", dt.date(2007, 1, 10)) == "2006-12-30"
    assert value(text, "January 17", dt.date(2007, 1, 10)) == "2007-01-17"
    # (a day that restates a count keeps the count's year)
    text = "Troops landed on 3 March 2003. Two days later, on 5 March, they took the port."
    assert value(text, "5 March", dt.date(2007, 1, 10)) == "2003-03-05"


@pytest.mark.parametrize("text, expr, dct, expected", [
    # a price set in trading on a day: a day that has been, though the offer looks ahead
    ("IBM will pay $190 a share in cash, a 63 percent premium over Red Hat's closing price on Friday.",
     "Friday", dt.date(2018, 10, 30), "2018-10-26"),
    ("Shareholders will receive $128 a share, a 44 percent premium over the closing price on May 9.",
     "May 9", dt.date(2016, 9, 14), "2016-05-09"),
    ("The exchange said the stock will open on Friday.", "Friday", dt.date(2018, 10, 30), "2018-11-02"),
])
def test_the_closing_price_on_a_day_is_a_price_that_has_been(text, expr, dct, expected):
    assert value(text, expr, dct) == expected


def test_a_body_that_meets_on_a_day_meets_ahead():
    # "meets" is a timetable's present, like "convenes": the coming Friday, whatever the report's past
    text = "German media reported that the supervisory board, which meets on Friday, could replace him."
    assert value(text, "Friday", dt.date(2015, 9, 22)) == "2015-09-25"
    assert value("The committee met on Friday.", "Friday", dt.date(2015, 9, 22)) == "2015-09-18"


@pytest.mark.parametrize("text", [
    "The last time the Dow fell so sharply was during 2008's financial crisis, when the index lost 777 points on September 29.",
    "The last time the index fell so sharply was during the 2008 crisis, when it lost 777 points on September 29.",
])
def test_a_when_clause_after_a_year_naming_a_thing_tells_of_that_year(text):
    # (", when ..." right after "in 2008" already did)
    assert value(text, "September 29", dt.date(2011, 8, 9)) == "2008-09-29"


def test_a_year_earlier_after_the_three_months_to_a_quarter_end_is_that_quarter_a_year_before():
    # TimeBank values "a year earlier" after a quarter's figures as that quarter (1988-Q3), as
    # "the quarter ended March 29 ... a year earlier" already is here
    text = ("The company earned $1.05 billion in the three months to March 29, "
            "up from $770 million a year earlier.")
    assert value(text, "a year earlier", dt.date(2008, 4, 23)) == "2007-Q1"


def test_a_date_ahead_in_a_sentence_framed_by_a_past_year_is_not_that_year_s():
    text = ("The company reported sales of $136 billion for last year and will publish results "
            "for the second quarter on July 27.")
    assert value(text, "July 27", dt.date(2017, 6, 16)) == "2017-07-27"
    # (a past clause stays in the year that frames it)
    assert value("Last year, Typhoon Bopha killed 1,000 people in December.", "December", dt.date(2017, 6, 16)) == "2016-12"


def test_a_time_zone_after_noon_or_midnight_belongs_to_it():
    assert [t.text for t in tag("The deadline is noon ET.", dt.date(2023, 3, 14))] == ["noon ET"]
    assert [t.text for t in tag("The curfew starts at midnight local time.", dt.date(2023, 3, 14))] == ["midnight local time"]


def test_a_timetable_at_noon_or_midnight_with_a_zone_looks_ahead():
    text = "Talks resume at midnight GMT on Friday."
    assert value(text, "Friday", dt.date(2023, 3, 14)) == "2023-03-17"


def test_an_old_year_told_in_a_relative_aside_sets_no_story_for_a_pluperfect_month():
    # "who ... seized power in September 1969," is background: 'August' is this year's
    text = ("Gadhafi, who ruled Libya for 42 years after seizing power in a coup in September 1969, "
            "had been on the run since rebels overran Tripoli in August.")
    assert value(text, "August", dt.date(2011, 10, 21)) == "2011-08"


def _times(text: str, d: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, d) if t.type == "TIME"]


def test_a_clock_time_in_words_is_a_time_of_the_day_told():
    d = dt.date(2026, 5, 2)
    assert ("seven in the evening", "2026-05-01T19:00") in _times("The fire broke out at seven in the evening on Friday.", d)
    found = _times("Troops entered the town at about four o'clock in the morning on Friday.", d)
    assert found[0][0] == "about four o'clock in the morning" and found[0][1] == "2026-05-01T04:00"
    assert _times("The shelling stopped at eleven o'clock on Friday.", d) == [("eleven o'clock", "2026-05-01T11:00")]
    assert ("half past ten", "2026-05-01T10:30") in _times("On Friday the talks began at half past ten.", d)
    assert ("a quarter to six", "2026-05-01T05:45") in _times("On Friday a convoy left at a quarter to six.", d)
    assert ("5 in the afternoon", "2026-05-01T17:00") in _times("On Friday it ended at 5 in the afternoon.", d)
    # (the part of the day says which twelve hours: two in the night is after midnight)
    assert ("two in the night", "2026-05-01T02:00") in _times("On Friday they crossed at two in the night.", d)
    assert ("11 at night", "2026-05-01T23:00") in _times("On Friday the raid ended at 11 at night.", d)
    assert ("shortly after two in the morning", "2026-05-01T02:00") in _times(
        "On Friday results came shortly after two in the morning.", d)


def test_a_number_in_words_before_a_part_of_the_day_is_no_time_unless_told_as_one():
    d = dt.date(2026, 5, 2)
    for text in ("One in five residents had already left.", "The seven in the evening shift was sent home.",
                 "At six, ten fighters surrendered.", "They killed three in the night raid.",
                 "They killed five in the morning and three in the evening.", "The odds are ten to one.",
                 "Ten past presidents attended.", "Prices rose half past ten percent."):
        assert [t for t in _times(text, d) if not t[1].endswith(("EV", "NI", "MO", "AF"))] == [], text


def test_a_clock_without_am_or_pm_told_with_an_evening_or_afternoon_is_after_noon():
    d = dt.date(2026, 5, 2)
    assert _times("The curfew begins at nine o'clock tonight.", d) == [("nine o'clock tonight", "2026-05-02T21:00")]
    assert _times("We meet at 3 o'clock this afternoon.", d) == [("3 o'clock this afternoon", "2026-05-02T15:00")]
    assert _times("The vote is at 9:30 tonight.", d) == [("9:30 tonight", "2026-05-02T21:30")]
    # (a clock that says its half of the day, or the 24-hour clock, keeps its hour)
    assert _times("It started at 10 a.m. this morning.", d) == [("10 a.m. this morning", "2026-05-02T10:00")]
    assert _times("It starts at 09:30 tonight.", d) == [("09:30 tonight", "2026-05-02T09:30")]


def test_an_hour_alone_at_a_part_of_today_or_tomorrow_is_a_clock_time():
    d = dt.date(2026, 5, 2)
    assert _times("The curfew begins at seven tonight.", d) == [("seven tonight", "2026-05-02T19:00")]
    assert _times("It starts at 7 this evening.", d) == [("7 this evening", "2026-05-02T19:00")]
    assert _times("They arrived at 10 last night.", d) == [("10 last night", "2026-05-01T22:00")]
    assert _times("They met at eight this morning.", d) == [("eight this morning", "2026-05-02T08:00")]
    # (a count is no time: "rose to seven", "at least seven")
    assert _times("The toll rose to seven this evening.", d) == [("this evening", "2026-05-02TEV")]
    assert _times("Police counted at least seven tonight.", d) == [("tonight", "2026-05-02TNI")]


def test_a_range_of_hours_past_midnight_ends_on_the_next_day():
    text = "A curfew will be in force from 10 p.m. to 5 a.m. in the capital starting on Monday, the ministry said."
    assert (value(text, "10 p.m.", dt.date(2014, 6, 16)), value(text, "5 a.m.", dt.date(2014, 6, 16))) == \
        ("2014-06-16T22:00", "2014-06-17T05:00")
    assert value("The curfew was extended on Monday, now running from 4pm to 7am.", "7am", dt.date(2025, 6, 24)) == \
        "2025-06-24T07:00"
    # a range within one day stays on it
    text = "Shops may open between 8 a.m. and 1 p.m. on Tuesday."
    assert value(text, "1 p.m.", dt.date(2014, 6, 16)) == "2014-06-17T13:00"


def test_a_limit_set_by_a_bill_the_legislature_passed_lies_ahead():
    # "passed" tells that a deadline has gone by only when the deadline passed, not when a
    # legislature passed a bill that sets one; money or a state kept up to a limit (present
    # tense) looks ahead as an extension does
    d = dt.date(2026, 3, 12)
    text = "The Senate on Thursday passed a bill that extends the program through Sept. 30."
    assert value(text, "Sept. 30", d) == "2026-09-30"
    text = "Parliament passed a law extending the state of emergency until Sept. 30."
    assert value(text, "Sept. 30", d) == "2026-09-30"
    text = "The Senate passed a stopgap bill that keeps the government funded through Sept. 30."
    assert value(text, "Sept. 30", d) == "2026-09-30"
    # a deadline that passed, and a past kept up to a date, stay in the past
    assert value("The deadline passed on Sept. 30 without a deal.", "Sept. 30", d) == "2025-09-30"
    assert value("Rebels kept fighting until June, when they surrendered.", "June", d) == "2025-06"
    assert value("The program was funded until June.", "June", d) == "2025-06"


def test_a_verb_after_and_with_its_own_subject_does_not_set_the_dates_tense():
    # ", and China hopes to join": the later verb heads another clause; the date belongs to "signed"
    dct = dt.date(2000, 1, 12)
    text = ("China and the United States signed an agreement on China's entry into the World Trade "
            "Organization on November 15, and China hopes to join the organization this year.")
    assert value(text, "November 15", dct) == "1999-11-15"
    # a plan keeps its future when the clause after it is told in the past
    text = "The rebels will hold a congress in the capital of the eastern province on March 3, and the army said it was ready."
    assert value(text, "March 3", dct) == "2000-03-03"


def test_a_part_of_the_year_told_in_the_past_has_begun():
    # "of the year" names no year: told in the past early in January, this year's second half
    # has not begun; it is the half just ended, as "the second half" alone is
    dct = dt.date(2000, 1, 12)
    text = "Exports had picked up strongly in the second half of the year as demand recovered."
    assert value(text, "the second half of the year", dct) == "1999-H2"
    assert value("Exports fell in the third quarter of the year.", "the third quarter of the year", dct) == "1999-Q3"
    # ahead, or already begun, it is this year's
    assert value("Exports will pick up in the second half of the year.", "the second half of the year", dct) == "2000-H2"
    assert value("In the first half of the year it grew.", "the first half of the year", dt.date(2012, 8, 1)) == "2012-H1"


def test_the_year_told_in_the_past_in_january_after_last_year_is_named_is_last_year():
    dct = dt.date(2000, 1, 12)
    text = ("China's foreign trade reached a record in 1999. The government raised tax rebates for "
            "exporters twice during the year.")
    assert value(text, "the year", dct) == "1999"
    # looking ahead, or with no year named before, it is the publication year
    text = "China's foreign trade reached a record in 1999. The government will raise rebates during the year."
    assert value(text, "the year", dct) == "2000"
    assert value("The government raised rebates twice during the year.", "the year", dct) == "2000"


def test_over_before_the_is_a_preposition_not_a_quantity():
    # TimeBank leaves "over" out of "over the next two years", "over the past 20 years"; after
    # "in" it is a quantity only before a number ("in over three years")
    dct = dt.date(1999, 3, 10)
    assert [t.text for t in tag("The plan will be phased in over the next three years.", dct)] == ["the next three years"]
    assert value("He was jailed for over nine years.", "over nine years", dct) == "P9Y"


def test_most_recently_before_a_date_leaves_the_date_as_the_timex():
    # "most recently on Oct. 15" names the last time by the date after it, as "as recently as" does
    dct = dt.date(1998, 10, 30)
    text = "The Fed has cut rates twice since late September, most recently on Oct. 15."
    assert [t.text for t in tag(text, dct)] == ["late September", "Oct. 15"]
    text = "Brazil had won the trophy four times, most recently four years ago in Pasadena."
    assert [t.text for t in tag(text, dct)] == ["four years ago"]
    # without a date after it, it is the past
    assert value("He has been jailed three times, most recently in Bosnia.", "most recently", dct) == "PAST_REF"


def test_a_year_far_ahead_in_a_relative_clause_leaves_a_history_where_it_was():
    # a look ahead at what became of someone: the story does not go on from that year
    text = ("New Zealand troops took Chunuk Bair on 8 August 1915 but were driven off by a counter-attack "
            "led by Mustafa Kemal, who in 1923 became the first President of Turkey. The attack at the Nek "
            "on 7 August cost 234 dead. By the autumn the campaign had stalled.")
    for dct in (dt.date(2010, 6, 1), None):
        assert value(text, "1923", dct) == "1923"
        assert value(text, "7 August", dct) == "1915-08-07"
        assert value(text, "the autumn", dct) == "1915-FA"
    # a relative clause in the next year may be where the story goes on
    text = ("The siege began in August 1904. The garrison, which surrendered on 2 January 1905, had held out "
            "for five months. On 20 February the battle of Mukden began.")
    assert value(text, "20 February", dt.date(2010, 6, 1)) == "1905-02-20"


def test_a_count_of_days_names_the_day_told_right_after_it():
    # "Eleven days later, on 5 November": one day told twice, even when the count would start
    # from a date told out of turn just before it
    dct = dt.date(2010, 6, 1)
    text = ("The Light Brigade lost 40 percent of its men; Tennyson's poem about it was published in "
            "December 1854. Eleven days later, on 5 November, the Russians attacked again at Inkerman.")
    assert value(text, "Eleven days later", dct) == "1854-11-05"
    assert value(text, "5 November", dct) == "1854-11-05"
    text = "The battle began on 3 March 1916. Two days later, on 6 March, the French fell back."
    assert value(text, "Two days later", dct) == "1916-03-06"
    assert value(text, "Two days later", None) == "1916-03-06"


def test_a_time_told_in_the_past_is_not_on_a_day_ahead_named_before_it_in_its_sentence():
    # "until Monday" is a limit still ahead; the trains broke down the night before publication
    text = "Eurostar has cancelled its trains until Monday after five trains broke down in the tunnel overnight."
    assert value(text, "Monday", dt.date(2009, 12, 19)) == "2009-12-21"
    assert value(text, "overnight", dt.date(2009, 12, 19)) == "2009-12-18TNI"
    # a time told ahead stays on the day ahead
    assert value("The talks will resume on Monday at 10 a.m.", "10 a.m.", dt.date(2009, 12, 19)) == "2009-12-21T10:00"


def test_a_clock_time_does_not_take_a_day_told_after_but_in_its_sentence():
    # ", but closed ... above the price set on Thursday night": another clause's day; the
    # opening time is of the trading day told before
    text = ("Facebook shares began trading on Friday. The stock opened at $42.05 at 11:30 am New York time, "
            "half an hour later than planned, but closed at $38.23, just above the price set on Thursday night.")
    assert value(text, "11:30 am", dt.date(2012, 5, 18)) == "2012-05-18T11:30"
    # a day later in the time's own clause is still its day
    assert value("Trading opened at 9:30 a.m. on Friday.", "9:30 a.m.", dt.date(2012, 5, 20)) == "2012-05-18T09:30"
    # (nor a day of a coordinated clause with a subject of its own: ", and most results are
    # expected early on Friday")
    text = "Polls close at 10 p.m. on election day, and most results are expected early on Friday, July 5."
    assert value(text, "10 p.m.", dt.date(2024, 5, 22)) == "2024-05-22T22:00"


def test_a_pluperfect_looks_back_over_a_long_sentence():
    # the day at the end of a long pluperfect sentence is of the look back ("the spring of
    # 1912"), not a March after the October the history opened with
    text = ("The First Balkan War lasted from October 1912 to May 1913. The league had been formed in the spring "
            "of 1912 through a series of treaties, the first of them signed by Serbia and Bulgaria on 13 March. "
            "Montenegro declared war on 8 October.")
    for dct in (dt.date(2010, 6, 1), None):
        assert value(text, "13 March", dct) == "1912-03-13"
        assert value(text, "8 October", dct) == "1912-10-08"


def test_the_next_day_in_a_look_back_counts_from_the_day_looked_back_to():
    text = ("The war was fought from April 1846 to February 1848. It followed the annexation of Texas in 1845. "
            "Polk sent Taylor's army to the Rio Grande in early 1846. On 25 April Mexican cavalry attacked a "
            "patrol, and Polk asked Congress for a declaration of war on 11 May. Congress declared war two days later. "
            "Taylor had already defeated the Mexicans at Palo Alto on 8 May and at Resaca de la Palma the next day. "
            "The next day Polk signed the bill.")
    for dct in (dt.date(2010, 6, 1), None):
        assert value(text, "the next day", dct) == "1846-05-09"
        # the story goes on from its own day after the look back
        assert value(text, "The next day", dct) == "1846-05-14"


def test_a_clock_time_does_not_take_the_day_of_a_that_clause_after_it():
    text = "President Bush said at a news conference at 1 pm that he had invited her to lunch at the White House on Thursday."
    assert value(text, "1 pm", dt.date(2006, 11, 8)) == "2006-11-08T13:00"
    # the day's own "that" is no clause
    assert value("The meeting will start at 3 p.m. that Friday.", "3 p.m.", dt.date(2006, 11, 8)) == "2006-11-10T15:00"


def test_a_day_kept_as_a_holiday_in_the_present_is_every_years():
    text = ("The Treaty of San Stefano was signed on 3 March 1878. Britain objected, and the treaty was revised "
            "at Berlin in July 1878. Bulgaria still celebrates 3 March as its national day.")
    for dct in (dt.date(2010, 6, 1), None):
        assert value(text, "3 March", dct) == "XXXX-03-03"
    assert value("Russia marks 9 May as Victory Day.", "9 May", dt.date(2010, 6, 1)) == "XXXX-05-09"
    # a day celebrated once is a day
    assert value("On 3 March the army celebrated its victory.", "3 March", dt.date(2010, 6, 1)) == "2010-03-03"


def test_a_quarter_point_is_a_size_of_a_rate_move_not_quarters():
    d = dt.date(2023, 12, 13)
    assert [t.text for t in tag("Officials expect three quarter-point cuts next year.", d)] == ["next year"]
    assert tag("The bank made two quarter-percentage-point rises.", d) == []
    assert value("Profit has fallen for three quarters in a row.", "three quarters", d) == "P3Q"


def test_what_one_can_do_on_a_day_is_still_ahead():
    d = dt.date(2023, 9, 12)     # a Tuesday
    assert value("Customers can pre-order the phones from Friday.", "Friday", d) == "2023-09-15"
    assert value("Voters can cast ballots on Sunday.", "Sunday", d) == "2023-09-17"
    # (not a saying: "can confirm that on Friday ...", nor "can't")
    assert value("Police can confirm that on Friday three people died.", "Friday", d) == "2023-09-08"
    assert value("He can't remember what happened on Friday.", "Friday", d) == "2023-09-08"


def test_the_full_year_of_results_told_in_january_is_the_year_just_ended():
    # as "the year": after a fourth quarter, told in the past early in the year
    dct = dt.date(2023, 1, 25)
    text = "Revenue rose 37% in the fourth quarter. For the full year, revenue jumped 51%."
    assert value(text, "the full year", dct) == "2022"
    assert value("The company expects sales to rise for the full year.", "the full year", dct) == "2023"


def test_the_year_ago_quarter_compared_with_leaves_the_story_in_its_quarter():
    # "from $52.2 million in the year-ago period. ... to earn 35 cents for the quarter": this
    # year's quarter, as after "year-ago" alone
    dct = dt.date(2023, 1, 25)
    text = ("Revenue rose in the fourth quarter. Net income rose to $3.69 billion from $2.32 billion in the "
            "year-ago quarter. For the full year, revenue jumped 51%.")
    assert value(text, "the full year", dct) == "2022"
    text = ("Net income fell in the fourth quarter to $32.9 million from $52.2 million in the year-ago period. "
            "Analysts had expected the company to earn 35 cents a share for the quarter.")
    assert value(text, "the quarter", dct) == "2022-Q4"


def test_the_prior_year_period_and_a_fiscal_year_named_by_its_number():
    # "the prior-year period" is "the year-earlier period"; "its 2023 fiscal year" as "the 2023 fiscal year"
    dct = dt.date(2024, 11, 7)
    text = "Profit rose in the third quarter from $2 million in the prior-year quarter. For the quarter, sales rose."
    assert value(text, "the prior-year quarter", dct) == "2023-Q3"
    assert value(text, "the quarter", dct) == "2024-Q3"
    assert value("Its 2023 fiscal year ended in June.", "2023 fiscal year", dct) == "2023"


def test_a_month_opening_a_sentence_told_done_is_the_last_such_month():
    # a backgrounder published in September: "In December, ..." narrates last December, not a limit ahead
    sept = dt.date(2023, 9, 29)
    assert value("In December, activists blocked the only road into the enclave.", "December", sept) == "2022-12"
    assert value("Talks failed in Doha. In November, the two sides signed a truce.", "November", sept) == "2022-11"
    # (still ahead when the sentence looks ahead)
    assert value("In December, the army will be deployed to the border.", "December", sept) == "2023-12"


def test_a_main_verb_after_the_subjects_aside_dates_the_next_sentences_clock_time():
    # ", collapsed early on Tuesday, unleashing ...": the main clause, not a reduced relative ("The town, captured
    # on Monday, ...") whose day would be no scene for a later clock time
    text = ("Floodwaters rose through southern Ukraine on Wednesday. The Kakhovka dam, in a part of Kherson province "
            "occupied by Russian forces, collapsed early on Tuesday, unleashing water from the reservoir. Ukraine's "
            "military said Russian forces blew it up at about 2:50 a.m.")
    assert value(text, "about 2:50 a.m.", dt.date(2023, 6, 7)) == "2023-06-06T02:50"


def test_a_yearless_day_told_in_the_past_takes_the_year_its_sentence_named_not_one_still_ahead():
    dct = dt.date(2022, 9, 14)
    text = "Azerbaijan won a six-week war in 2020 that ended with a Russian-brokered truce on Nov. 10."
    assert value(text, "Nov. 10", dct) == "2020-11-10"
    # (no year named: this year's, as before, with its doubt told)
    assert value("The ceasefire ended on Nov. 10.", "Nov. 10", dct) == "2022-11-10"
    # a day in the "when" clause of a year named before it is of that year, whatever this year's reading
    text = "The war began in late 2014, when the Houthis seized Sanaa on Sept. 21."
    assert value(text, "Sept. 21", dt.date(2021, 3, 1)) == value(text, "Sept. 21", dt.date(2021, 11, 1)) == "2014-09-21"
    # (not a year a state is told since: "Fighting has raged since 2014, and on Sept. 21 rebels seized the town")
    assert value("Fighting has raged since 2014, and on Sept. 21 rebels seized the town.", "Sept. 21",
                 dt.date(2021, 11, 1)) == "2021-09-21"


def test_a_day_someone_had_expected_something_of_has_passed():
    # "had expected to gain ... on Tuesday. Instead ...": a superseded expectation, as "had planned"
    text = "Republicans had expected to gain as many as 30 seats on Tuesday. Instead they lost five."
    assert value(text, "Tuesday", dt.date(1998, 11, 6)) == "1998-11-03"


def test_that_evening_told_in_the_past_is_not_on_a_day_still_ahead():
    dct = dt.date(1998, 11, 6)
    text = ("House Republicans are scheduled to choose their leaders on Nov. 18. Livingston told reporters "
            "that evening that he already had the votes.")
    assert value(text, "that evening", dct) == "1998-11-06TEV"
    text = "The vote is scheduled for Nov. 18. He told reporters that day that he had the votes."
    assert value(text, "that day", dct) == "1998-11-06"
    # (a clause that looks ahead stays on the day ahead)
    text = "The vote will be held on Nov. 18 and results are due that evening."
    assert value(text, "that evening", dct) == "1998-11-18TEV"


def test_a_participle_adjunct_takes_the_tense_of_the_clause_it_hangs_on():
    text = ("Forecasters said Dorian would begin creeping northwest later Monday and turn north on Tuesday night, "
            "moving dangerously close to Florida's east coast through Wednesday evening. Authorities ordered evacuations.")
    assert value(text, "Wednesday evening", dt.date(2019, 9, 2)) == "2019-09-04TEV"
    text = ("Stocks rose, pushing the Dow Jones industrial average up 72.24 points, leaving the index within "
            "70 points of its record high set on Aug. 6.")
    assert value(text, "Aug. 6", dt.date(1998, 2, 6)) == "1997-08-06"


def test_an_anniversary_feature_counting_years_ago_is_news_not_a_history():
    # its many 1969 dates make it look like a history, but "Half a century ago", "a century ago this
    # year" count from the publication date: "On Tuesday" is the publication week's
    text = ("Half a century ago, on July 16, 1969, a Saturn V rocket lifted off carrying Neil Armstrong, Buzz "
            "Aldrin and Michael Collins. Four days later, on July 20, Armstrong stepped onto the moon.\n\n"
            "On Tuesday, Collins returned to the launch pad at 9:32 a.m., the minute of liftoff.\n\n"
            "The summer of 1969 also brought Woodstock. The program ended in December 1972, and in the 1970s "
            "budgets shrank. Robert Goddard published his paper in 1919, a century ago this year.")
    dct = dt.date(2019, 7, 16)
    assert value(text, "Tuesday", dct) == "2019-07-16"
    assert value(text, "9:32 a.m.", dct) == "2019-07-16T09:32"


def test_the_holiday_quarter_is_the_fourth_quarter():
    text = "Apple forecast revenue for the holiday quarter above Wall Street estimates."
    assert value(text, "the holiday quarter", dt.date(2019, 10, 30)) == "2019-Q4"
    text = "Apple posted record revenue for the holiday quarter, it said on Tuesday."
    assert value(text, "the holiday quarter", dt.date(2020, 1, 28)) == "2019-Q4"
    assert found("Sales in the holiday period rose.", "the holiday period", dt.date(2020, 1, 28)) == []


def test_this_weekend_with_no_past_verb_is_the_weekend_of_the_publication_week():
    text = "The Lakers host the Celtics this weekend."
    assert value(text, "this weekend", dt.date(2021, 3, 8)) == "2021-W10-WE"
    assert value(text, "this weekend", dt.date(2021, 3, 14)) == "2021-W10-WE"
    # (told in the past on a Monday: the weekend just gone)
    assert value("Fans rioted this weekend.", "this weekend", dt.date(2021, 3, 8)) == "2021-W09-WE"


def test_a_coordinated_subject_with_a_timetable_verb_in_the_present_looks_ahead():
    dct = dt.date(1998, 5, 1)
    text = "He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary of State Madeleine Albright."
    assert value(text, "Monday", dct) == "1998-05-04"
    assert value("Netanyahu and Arafat met separately Monday with Albright.", "Monday", dct) == "1998-04-27"


def test_an_adverb_between_auxiliary_and_participle_leaves_the_tense_to_the_auxiliary():
    text = "Charles will be formally proclaimed at a ceremony in St James's Palace on Saturday morning."
    assert value(text, "Saturday morning", dt.date(2022, 9, 9)) == "2022-09-10TMO"


def test_a_clock_time_takes_the_main_clauses_day_not_the_day_of_an_after_clause_before():
    text = ("The strike began on Tuesday, shutting down the network after talks between the union and operators "
            "broke down on Monday. Only a fifth of services ran, mostly between 7:30 a.m. and 6:30 p.m.")
    dct = dt.date(2022, 6, 21)
    assert value(text, "7:30 a.m.", dct) == "2022-06-21T07:30"
    # (with no other day in its sentence, the after-clause's day is still the one)
    assert value("Troops withdrew after a battle on Sunday. At 4 p.m. the town fell.", "4 p.m.", dct) == "2022-06-19T16:00"


def test_a_business_year_is_a_fiscal_year():
    # Japanese companies' "business year" (Reuters) is their fiscal year: "the current business
    # year" the year, its halves the fiscal halves, "the business year ended" a twelve-month period
    d = dt.date(2009, 5, 8)
    text = "Toyota forecast a bigger loss for the current business year."
    assert value(text, "the current business year", d) == "2009"
    text = "He said the first half of the business year would be very tough."
    assert value(text, "the first half of the business year", d) == "2009-H1"
    assert found("Revenue rose in the business year ended March 31.", "the business year", d)[0].type == "DURATION"


def test_may_after_a_possessive_or_a_superlative_is_the_month():
    # "its May sales", "its best May on record": no modal or surname follows a possessive or a
    # superlative; "May" alone still needs a preposition
    d = dt.date(2008, 6, 3)
    assert value("Ford said its May sales fell 16 percent.", "May", d) == "2008-05"
    assert value("Honda had its best May on record.", "May", d) == "2008-05"
    assert value("It was the wettest May since 1910.", "May", d) == "2008-05"
    assert found("Their May be trouble. May said no.", "May", d) == []


def test_a_length_by_which_a_time_moves_is_no_rate():
    # "open its stores an hour early": after a plural noun "an hour" is mostly a rate ("four
    # flights a week"), but not before "early" or "late"
    d = dt.date(2007, 6, 4)
    assert value("Cingular will open its stores an hour early on launch day.", "an hour", d) == "PT1H"
    assert found("It runs four flights a week to Paris.", "a week", d) == []


def test_a_market_reports_week_and_previous_session():
    # "For the week, the Dow dropped 12.4%": the week reported on; "the previous session": the
    # trading day before the one reported (a weekday), counted from the day last named unless
    # that is still ahead; a parliament's session is no day
    d = dt.date(2020, 2, 28)    # a Friday
    text = ("Stocks fell on Friday. For the week, the Dow dropped 12.4%. The Fed meets on March 18. "
            "The 10-year yield fell to 1.13% from 1.30% in the previous session.")
    assert value(text, "the week", d) == "2020-W09"
    assert value(text, "the previous session", d) == "2020-02-27"
    assert value("The Dow rose 1% on Monday after falling 2% in the previous session.", "the previous session",
                 dt.date(2020, 3, 3)) == "2020-02-28"
    assert found("The bill died in the previous session of Congress.", "the previous session", d) == []
    assert found("The bill, which would cut taxes by 5 percent, died in the previous session.", "the previous session", d) == []
    assert found("He stayed the week.", "the week", d) == []


def test_a_night_spent_somewhere_is_that_night():
    # "spent the night" tells a night as "during the night" does; a night running "into
    # Saturday" is the night before it, and one told done on the publication date after its
    # morning was named is the night just gone
    d = dt.date(1998, 8, 8)    # a Saturday
    assert value("Rescue teams worked during the night and into Saturday.", "the night", d) == "1998-08-07TNI"
    text = "Stepanakert came under shelling on Monday morning, and residents spent the night in basements."
    assert value(text, "the night", dt.date(2020, 10, 5)) == "2020-10-04TNI"
    text = "Fighting began early on Monday. Hundreds of families spent the night in a school."
    assert value(text, "the night", dt.date(2023, 11, 14)) == "2023-11-13TNI"
    assert found("It was a night to remember.", "a night", d) == []


def test_a_clock_time_converted_to_another_zone_names_a_day_next_to_the_local_one():
    # "(0100 GMT Wednesday)" after a local time is the same moment: the nearest such weekday,
    # whatever the tense, and the local time's day follows from it (no zone is half a day off GMT)
    tue, wed = dt.date(2012, 11, 6), dt.date(2012, 11, 7)
    assert value("Voting ends at 8 p.m. Eastern time (0100 GMT Wednesday).", "0100 GMT Wednesday", tue) == "2012-11-07T01:00"
    assert value("Polls closed at 8 p.m. (0100 GMT Wednesday).", "8 p.m.", wed) == "2012-11-06T20:00"
    text = "The quake struck at 3:45 a.m. local time on Sunday (1945 GMT Saturday)."
    assert value(text, "1945 GMT Saturday", dt.date(2012, 8, 27)) == "2012-08-25T19:45"


def test_what_is_forecast_is_still_ahead():
    # "Rain is forecast through the weekend" (told on a Thursday): the coming weekend, as with
    # "is expected"
    d = dt.date(2016, 3, 17)
    assert value("Rain is forecast through the weekend.", "the weekend", d) == "2016-W11-WE"
    assert value("Heavy rain fell over the weekend.", "the weekend", d) == "2016-W10-WE"


def test_a_month_after_an_act_done_for_something_is_past():
    # "filed for bankruptcy protection in June" (told in May) is last June's; a call or a wait
    # for something in a month ("called for elections in June") keeps the month ahead
    d = dt.date(2009, 5, 8)
    assert value("GM filed for bankruptcy protection in June.", "June", d) == "2008-06"
    assert value("He was arrested for fraud in July.", "July", d) == "2008-07"
    assert value("The opposition called for elections in June.", "June", d) == "2009-06"


def test_a_time_of_day_counted_up_to_now_is_todays():
    # "Crowds have gathered outside the court since dawn": the present perfect counts up to now,
    # so the dawn is the publication date's, not that of the day told before
    d = dt.date(2009, 6, 29)
    text = "He was arrested on Dec. 11.\n\nCrowds have gathered outside the court since dawn."
    assert value(text, "dawn", d) == "2009-06-29TMO"
    text = "Rebels attacked on Sunday. Shelling has continued since early morning."
    assert value(text, "early morning", d) == "2009-06-29TMO"


def test_a_clock_time_told_in_the_future_takes_the_last_day_still_ahead():
    # the last day told (Sunday night) has passed and the time is told in the future: it is on
    # the day still ahead told before it (June 29), not today
    d = dt.date(2007, 6, 4)
    text = ("The iPhone will go on sale on June 29, the company said in advertisements that began running on Sunday "
            "night. The phone will be sold in Apple's own stores, starting at 6 p.m. local time.")
    assert value(text, "6 p.m. local time", d) == "2007-06-29T18:00"
    text = "Rebels attacked the town on Sunday night. Aid convoys will leave at 6 p.m."
    assert value(text, "6 p.m.", d) == "2007-06-04T18:00"


# A month that is a woman's first name, as a weekday can be a man's: a role just before it and a surname just after
# ("the American ambassador, April Glaspie, who told him"); "met the ambassador in April" is still the month
def test_a_month_that_is_a_first_name_after_a_role_is_no_date():
    dct = dt.date(1990, 8, 5)
    assert not found("Saddam received the American ambassador, April Glaspie, who told him.", "April", dct)
    assert not found("US ambassador April Glaspie met Saddam Hussein.", "April", dct)
    assert value("He met the ambassador in April.", "April", dct) == "1990-04"
    assert value("In April Germany invaded Norway.", "April", dct) == "1990-04"


# A forecast's second infinitive looks ahead like its first: "was expected to weaken as it crossed into Georgia and to
# move over the Carolinas on Thursday" is the coming Thursday, though "crossed" stands nearer
def test_a_second_infinitive_of_a_forecast_looks_ahead():
    dct = dt.date(2023, 8, 30)  # a Wednesday
    text = "Idalia was expected to weaken as it crossed into Georgia and to move over the Carolinas on Thursday."
    assert value(text, "Thursday", dct) == "2023-08-31"
    assert value("Idalia crossed into Georgia on Thursday.", "Thursday", dct) == "2023-08-24"
