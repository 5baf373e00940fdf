"""Temporal tagger: news and war-history constructions found on fresh texts (session 8)."""
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
