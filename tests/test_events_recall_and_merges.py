"""Event candidates that merging must not swallow: two acts one sentence dates apart, two acts that share only
a word of a name, an act told "hours later"; and the recall of unseen wire stories."""
import datetime as dt

from chronoapp.core.extract import extract


def events(text, published):
    return extract(text, published).events


def dated(text, published):
    return {(e.date_start, e.date_end) for e in events(text, published)}


# One sentence, two acts, each dated by a phrase of its own: a month's seizure behind a day's recapture, a week's
# killings behind a Saturday's flight, two years told apart ("in 2015 ... the following year").
def test_two_acts_one_sentence_dates_apart_stay_two():
    text = ("The strike came after Turkish-backed rebels recaptured the town of Saraqeb on Wednesday, cutting the M5 "
            "highway that Russian-backed government forces had seized earlier this month.")
    assert {("2020-02-26", "2020-02-26"), ("2020-02", "2020-02")} <= dated(text, dt.date(2020, 2, 28))
    text = ("Ukraine's pro-Moscow president, Viktor Yanukovich, fled Kiev on Saturday after three months of protests "
            "that turned deadly last week, when more than 80 people were killed in two days.")
    assert {("2014-02-22", "2014-02-22"), ("2014-W08", "2014-W08")} <= dated(text, dt.date(2014, 2, 27))


# ... but a year that holds the act's day is a frame of comparison, not an act of its own.
def test_this_year_of_a_superlative_is_no_second_event():
    text = ("A Russian guided bomb struck a hypermarket in Kharkiv on Saturday afternoon, killing at least 12 people, "
            "regional governor Oleh Synehubov said, in one of the deadliest attacks on the city this year.")
    assert dated(text, dt.date(2024, 5, 26)) == {("2024-05-25", "2024-05-25")}


# "Hours later, air force jets struck vehicles used by the attackers": the other side's response, an act of its own,
# not a detail of how the mosque attack went.
def test_a_response_hours_later_is_an_event_of_its_own():
    text = ("Militants detonated a bomb and opened fire on worshippers at a crowded mosque in Egypt's north Sinai on Friday, "
            "killing at least 235 people, state media said.\n\n"
            "The assailants surrounded al-Rawdah mosque in Bir al-Abed during Friday prayers and shot at people as "
            "they fled, the public prosecutor said. Hours later, air force jets struck vehicles used by the attackers in the mountains around Bir al-Abed, the "
            "army spokesman said, killing all those inside.")
    first, response = events(text, dt.date(2017, 11, 24))
    assert "Hours later" in response.quote and response.date_start == "2017-11-24"
