"""Temporal tagger: news and war-history constructions that fresh texts showed (histories told on
from year to year, possessive weekdays, period ends, times later than a clock time)."""
import datetime as dt

from chronoapp.core.extract.timex import tag


def found(text, expr, dct):
    return [t for t in tag(text, dct) if t.text == expr]


def value(text, expr, dct, nth=0):
    """The value of the nth timex whose text is ``expr``."""
    hits = found(text, expr, dct)
    assert len(hits) > nth, f"{expr!r} not tagged: {[(t.text, t.value) for t in tag(text, dct)]}"
    return hits[nth].value


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
