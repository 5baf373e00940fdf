"""Pinned examples for the temporal tagger (chronoapp.core.extract.timex).

Most use an article published Tuesday 2017-09-05 (ISO week 36)."""
import datetime as dt

import pytest

from chronoapp.core.extract import extract
from chronoapp.core.extract.timex import Timex, tag

DCT = dt.date(2017, 9, 5)  # Tuesday


def one(text, expr, dct=DCT, **kw):
    """The timex whose text is ``expr`` (the first one)."""
    found = tag(text, dct, **kw)
    for t in found:
        if t.text == expr:
            assert text[t.start:t.end] == t.text
            assert t.reason
            return t
    raise AssertionError(f"{expr!r} not tagged in {text!r}: {[(t.text, t.value) for t in found]}")


def spans(text, dct=DCT):
    return [(t.text, t.value) for t in tag(text, dct)]


CASES = [
    # (text, span, type, value)
    ("Rebels attacked the town on Friday.", "Friday", "DATE", "2017-09-01"),
    ("A Sunday statement said the army had withdrawn.", "Sunday", "DATE", "2017-09-03"),
    ("Fighting has raged since January.", "January", "DATE", "2017-01"),
    ("Protests began in March 2011.", "March 2011", "DATE", "2011-03"),
    ("The two sides will hold talks in October.", "October", "DATE", "2017-10"),
    ("The offensive began last week.", "last week", "DATE", "2017-W35"),
    ("The town fell two years ago.", "two years ago", "DATE", "2015"),
    ("Clashes continued over the past several days.", "the past several days", "DURATION", "PXD"),
    ("The town is currently under siege.", "currently", "DATE", "PRESENT_REF"),
    ("The group recently split.", "recently", "DATE", "PAST_REF"),
    ("The conflict goes back to the 1990s.", "the 1990s", "DATE", "199"),
    ("It was founded in the 1990s.", "the 1990s", "DATE", "199"),
    ("Growth slowed in mid-2016.", "mid-2016", "DATE", "2016"),
    ("The siege started in early March.", "early March", "DATE", "2017-03"),
    ("They fought in the summer of 2014.", "the summer of 2014", "DATE", "2014-SU"),
    ("The decree is dated 2017-08-30.", "2017-08-30", "DATE", "2017-08-30"),
    ("The attack came yesterday.", "yesterday", "DATE", "2017-09-04"),
    ("The vote is today.", "today", "DATE", "2017-09-05"),
    ("The vote will be held tomorrow.", "tomorrow", "DATE", "2017-09-06"),
    ("Talks will resume tonight.", "tonight", "TIME", "2017-09-05TNI"),
    ("Shells fell on Wednesday night.", "Wednesday night", "TIME", "2017-08-30TNI"),
    ("The army attacked early Monday.", "early Monday", "DATE", "2017-09-04"),
    ("The raid began at 10:30 am.", "10:30 am", "TIME", "2017-09-05T10:30"),
    ("Rebels fled at the weekend.", "the weekend", "DATE", "2017-W35-WE"),
    ("Nearly 80 fighters died this month.", "this month", "DATE", "2017-09"),
    ("The war resumed at the end of 2005.", "the end of 2005", "DATE", "2005"),
    ("The militia emerged in late 2014.", "late 2014", "DATE", "2014"),
    ("The siege lasted three days.", "three days", "DURATION", "P3D"),
    ("The week-old conflict widened.", "week-old", "DURATION", "P1W"),
    ("It ended a 22-year occupation.", "22-year", "DURATION", "P22Y"),
    ("The town was held for more than two months.", "more than two months", "DURATION", "P2M"),
    ("The war has lasted three and a half years.", "three and a half years", "DURATION", "P3.5Y"),
    ("A 24-hour ceasefire was declared.", "24-hour", "DURATION", "PT24H"),
    ("The dayslong assault ended.", "dayslong", "DURATION", "PXD"),
    ("Clashes have raged for weeks.", "weeks", "DURATION", "PXW"),
    ("Protests are held every Friday.", "every Friday", "SET", "XXXX-WXX-5"),
    ("The council meets weekly.", "weekly", "SET", "P1W"),
    ("The festival is held each year.", "each year", "SET", "P1Y"),
    ("The war began nearly 18 months ago.", "nearly 18 months ago", "DATE", "2016-03"),
    ("The town fell two weeks ago.", "two weeks ago", "DATE", "2017-W34"),
    ("Elections were held in 2015.", "2015", "DATE", "2015"),
    ("Results for the third quarter were weak.", "the third quarter", "DATE", "2017-Q3"),
    ("Sales rose in the first half of 2016.", "the first half of 2016", "DATE", "2016-H1"),
    ("The offensive began last summer.", "last summer", "DATE", "2016-SU"),
    ("Revenue in fiscal 2016 fell.", "fiscal 2016", "DATE", "2016"),
    ("He was born in the 19th century.", "the 19th century", "DATE", "18"),
    ("The shelling started at 18:02hrs.", "18:02hrs", "TIME", "2017-09-05T18:02"),
    ("Gunmen struck at 0100 GMT.", "0100 GMT", "TIME", "2017-09-05T01:00"),
    ("The strike hit at 10:30 a.m. GMT on Monday.", "10:30 a.m. GMT", "TIME", "2017-09-04T10:30"),
    ("Profit in FY 2016 fell.", "FY 2016", "DATE", "2016"),
    ("PROTESTS ARE HELD EVERY FRIDAY.", "EVERY FRIDAY", "SET", "XXXX-WXX-5"),   # an all-caps headline
    ("The troops left on Tuesday.", "Tuesday", "DATE", "2017-09-05"),
    ("The army said Tuesday it had withdrawn.", "Tuesday", "DATE", "2017-09-05"),
    ("The envoy will arrive next Monday.", "next Monday", "DATE", "2017-09-11"),
    ("The envoy arrived last Monday.", "last Monday", "DATE", "2017-09-04"),
    ("The summit will take place on Friday.", "Friday", "DATE", "2017-09-08"),
    ("The talks are scheduled for Thursday.", "Thursday", "DATE", "2017-09-07"),
    ("Parliament is due to vote in December.", "December", "DATE", "2017-12"),
    ("Minnawi took up arms in December.", "December", "DATE", "2016-12"),
    ("The convoy was ambushed on the 3rd.", "the 3rd", "DATE", "2017-09-03"),
    ("The convoy was ambushed on the 23rd.", "the 23rd", "DATE", "2017-08-23"),
    ("The hearing will be held on the 23rd.", "the 23rd", "DATE", "2017-09-23"),
    ("There will be an inquiry next month.", "next month", "DATE", "2017-10"),
    ("The decision will come next year.", "next year", "DATE", "2018"),
    ("The UN said in a statement that fighting would end soon.", "soon", "DATE", "FUTURE_REF"),
    ("In recent years the town has grown.", "recent years", "DURATION", "PXY"),
]


@pytest.mark.parametrize("text,expr,type_,value", CASES)
def test_pinned(text, expr, type_, value):
    t = one(text, expr)
    assert (t.type, t.value) == (type_, value), t


def test_on_friday_excludes_preposition():
    t = one("On Friday, rebels attacked the town.", "Friday")
    assert (t.start, t.end) == (3, 9)
    assert "past" in t.reason


def test_between_september_14_and_15_two_timexes():
    text = "Talks were held between September 14 and 15."
    assert spans(text, dt.date(2017, 9, 20)) == [("September 14", "2017-09-14"), ("15", "2017-09-15")]


def test_september_14_and_15_future_near_dct():
    text = "Talks will be held between September 14 and 15."
    assert spans(text) == [("September 14", "2017-09-14"), ("15", "2017-09-15")]


def test_day_coordination_before_month():
    text = "The SMM visited the site on 6 and 7 November and identified ten craters."
    assert spans(text, dt.date(2014, 11, 7)) == [("6", "2014-11-06"), ("7 November", "2014-11-07")]


def test_en_dash_range():
    text = "Fighting raged on 14\u201315 September 2017."
    assert spans(text) == [("14", "2017-09-14"), ("15 September 2017", "2017-09-15")]


def test_numeric_dates_locale():
    text = "The order was signed on 05/09/2017."
    auto = one(text, "05/09/2017", dt.date(2018, 3, 1))   # month first by default, day first offered
    assert auto.value == "2017-05-09" and "2017-09-05" in auto.alternatives
    # ... unless only the other reading is near the publication date: news tells of days just past
    near = one(text, "05/09/2017", dt.date(2017, 9, 10))
    assert near.value == "2017-09-05" and "2017-05-09" in near.alternatives and "publication" in near.reason
    assert one(text, "05/09/2017", dt.date(2017, 5, 12)).value == "2017-05-09"
    assert one(text, "05/09/2017", numeric_order="DMY").value == "2017-09-05"
    assert one(text, "05/09/2017", numeric_order="MDY").value == "2017-05-09"
    assert one("Signed on 25/08/2017.", "25/08/2017").value == "2017-08-25"
    dotted = one("Signed on 05.09.2017.", "05.09.2017")   # dotted dates are day first
    assert dotted.value == "2017-09-05" and "2017-05-09" in dotted.alternatives
    assert one("Signed on 05.09.2017.", "05.09.2017", numeric_order="MDY").value == "2017-05-09"


def test_numeric_dates_follow_the_texts_style():
    # a text that writes "7 June 2016" (day first) writes 04/06/2016 day first too
    text = "The warrant, issued on 04/06/2016, covers the raid of 7 June 2016 on the camp."
    t = one(text, "04/06/2016")
    assert t.value == "2016-06-04" and "2016-04-06" in t.alternatives
    # another numeric date with a day over 12 settles it
    assert one("Detained on 17/03/2015 and charged on 02/04/2015.", "02/04/2015").value == "2015-04-02"
    assert one("Detained on 03/17/2015 and charged on 04/02/2015.", "04/02/2015").value == "2015-04-02"
    # American style in words keeps month first
    assert one("The raid of June 7, 2016 followed the warrant of 04/06/2016.", "04/06/2016").value == "2016-04-06"
    # an explicit order is obeyed
    assert one(text, "04/06/2016", numeric_order="MDY").value == "2016-04-06"


def test_month_of_last_year_in_a_history():
    # a text about long ago (a history) still counts 'last year' from the publication date
    text = ("The siege began in April 1992 and ended in February 1996. A memorial opened in 2003 "
            "and a museum in 2010. The first trial was held in March 2005. A second memorial "
            "was unveiled in October last year, and another is due in June next year.")
    assert one(text, "October last year").value == "2016-10"
    assert one(text, "June next year").value == "2018-06"


def test_live_blog_time_stamps_take_the_heading_day():
    text = ("Ceasefire talks - live updates\n"
            "Updated 5 September 2017, 18:10 BST\n\n"
            "17:45 BST - Mediators arrive\n"
            "The delegations flew in from Amman on Sunday and talks resume on Thursday.\n\n"
            "16:20 BST - Shelling reported\n"
            "Residents said shells landed overnight.\n")
    assert one(text, "17:45 BST").value == "2017-09-05T17:45"
    assert one(text, "16:20 BST").value == "2017-09-05T16:20"
    # a dated heading line above the stamps gives their day
    text = "Monday 4 September\n09:15 - Troops entered the town, which they had left on Friday.\n11:40 - Gunfire.\n"
    assert one(text, "11:40").value == "2017-09-04T11:40"
    # no heading: the publication date, not a day told in the entry above
    text = "09:15 - The envoy said talks had failed on Friday.\n11:40 - Gunfire in the north.\n"
    assert one(text, "11:40").value == "2017-09-05T11:40"


def test_abbreviations_end_no_sentence():
    # "U.N. General Assembly": the clause goes on, and its tense is that of "is due to"
    text = "The army chief is due to address the U.N. General Assembly on Thursday, his first trip since the war began."
    assert one(text, "Thursday").value == "2017-09-07"
    text = "Lt. Gen. Ahmed is to meet U.S. Secretary of State Rex Tillerson on Friday in Cairo."
    assert one(text, "Friday").value == "2017-09-08"


def test_verbs_in_eed_are_not_past():
    # "succeed", "proceed" end in -ed but are no past tense
    assert one("Aid convoys to the besieged towns proceed in November.", "November").value == "2017-11"
    assert one("Colonel Idris will succeed General Musa Feb. 1, when Musa retires.", "Feb. 1").value == "2018-02-01"


def test_verb_after_and_heads_its_own_phrase():
    # the date belongs to the verb before it, not to the one after "and"
    text = "The council held an emergency session on Sunday and is expected to vote again."
    assert one(text, "Sunday").value == "2017-09-03"
    text = "Rebels shelled the outskirts of the town on Sunday but will withdraw, a commander said."
    assert one(text, "Sunday").value == "2017-09-03"
    # a second date after "and" is no verb phrase: "will" still governs
    assert one("The envoys will meet in Geneva on Monday and Tuesday.", "Monday").value == "2017-09-11"


def test_attribution_after_a_comma_does_not_set_the_tense():
    # ", a spokesman said" tells who said it; "will" tells when the talks are
    text = "The two sides will hold a new round of talks in Geneva on Friday, a spokesman said."
    assert one(text, "Friday").value == "2017-09-08"
    text = "Government troops are expected to reopen the road to the port in December, officials said."
    assert one(text, "December").value == "2017-12"
    # a past verb before the date keeps it past; a reporting verb right after it still counts
    text = "Rebels attacked a convoy of trucks near the border town on Friday, a spokesman for the government said."
    assert one(text, "Friday").value == "2017-09-01"
    text = "The minister, who will travel to Paris for talks next week, on Monday said the truce had held."
    assert one(text, "Monday").value == "2017-09-04"


def test_future_end_of_the_month_is_the_current_one():
    text = "A truce signed in June collapsed within days. Envoys will return to the capital before the end of the month."
    t = one(text, "the end of the month")
    assert (t.value, t.mod) == ("2017-09", "END")
    # told in the past, the month is the one the story is in
    text = "The siege began on 3 June. By the end of the month, the town had fallen."
    assert one(text, "the end of the month").value == "2017-06"


def test_day_of_this_or_last_month():
    # translated agency style: the day of a month named by its relation to the publication date
    text = "The border crossing will reopen on the 14th of this month, after it was shelled on the 29th of last month."
    assert one(text, "the 14th of this month").value == "2017-09-14"
    assert one(text, "the 29th of last month").value == "2017-08-29"
    assert one("Voting is set for the 2nd of next month.", "the 2nd of next month").value == "2017-10-02"
    text = "The offensive began on 3 March 2016 and the town fell on the 21st of the same month."
    assert one(text, "the 21st of the same month").value == "2016-03-21"


def test_weekday_ranges_are_in_order():
    # a Tuesday paper: "from Tuesday to Thursday" in the past is last week's Tuesday
    text = "Shelling of the eastern districts continued from Tuesday to Thursday, residents said."
    assert one(text, "Tuesday").value == "2017-08-29"
    assert one(text, "Thursday").value == "2017-08-31"
    text = "Most of the families reached the camps between Sunday and Monday."
    assert one(text, "Sunday").value == "2017-09-03"
    # ahead: the end of the range follows its start
    text = "The talks will run from Wednesday to Tuesday in Geneva."
    assert one(text, "Wednesday").value == "2017-09-06"
    assert one(text, "Tuesday").value == "2017-09-12"
    # two separate days are no range
    assert one("Rebels attacked on Tuesday and Thursday.", "Tuesday").value == "2017-09-05"


def test_every_season():
    assert (one("Fighting resumes every spring when the snow melts.", "every spring").value) == "XXXX-SP"
    t = one("The family visits the graves each summer.", "each summer")
    assert (t.type, t.value) == ("SET", "XXXX-SU")


def test_decades_ago_or_later_are_years():
    # TimeBank reads 'a decade ago' as a year; a decade counted from a month is no month
    assert one("The rebels first took the town a decade ago.", "a decade ago").value == "2007"
    text = "The militia was formed in March 1994. Two decades later, its leaders were tried."
    t = one(text, "Two decades later")
    assert t.value == "2014" and "P20Y" in t.alternatives


def test_mid_month():
    text = "The offensive began on 12 August. By mid-month, the town had fallen."
    t = one(text, "mid-month")
    assert (t.value, t.mod) == ("2017-08", "MID")
    assert one("Relief convoys will arrive by mid-month.", "mid-month").value == "2017-09"
    assert one("A mid-year review showed rising casualties.", "mid-year").value == "2017"
    assert one("Talks stalled midweek.", "midweek").value == "2017-W36"     # written as one word
    # ("mid-century", "mid-decade" likewise; not "mid-century modern", a style)
    assert one("Emissions must reach net zero by mid-century.", "mid-century").value == "20"
    assert one("Prices should ease by mid-decade.", "mid-decade").value == "201"
    assert spans("They restored a mid-century modern house.") == []


def test_the_past_fortnight():
    t = one("The road has been closed for the past fortnight.", "the past fortnight")
    assert (t.type, t.value) == ("DURATION", "P2W")
    assert one("Aid should arrive over the next fortnight.", "the next fortnight").value == "P2W"


def test_the_next_year_told_in_the_past_follows_the_story():
    text = "The first ceasefire collapsed in 2009. The next year, the rebels took the capital."
    assert one(text, "The next year").value == "2010"
    text = "The town fell in March 2015 and was retaken the next month."
    assert one(text, "the next month").value == "2015-04"
    # ahead, or a stretch ('in the next year'), it is counted from the publication date
    text = "The first ceasefire collapsed in 2009. Elections will be held in the next year."
    assert one(text, "the next year").value == "2018"


def test_season_of_last_year():
    assert one("In the autumn of last year, the front moved east.", "the autumn of last year").value == "2016-FA"
    assert one("A new offensive is expected in the spring of next year.", "the spring of next year").value == "2018-SP"


def test_day_in_words():
    assert one("The decree was issued on the first of September.", "the first of September").value == "2017-09-01"
    assert one("He was arrested on the twenty-third of May 2014.", "the twenty-third of May 2014").value == "2014-05-23"
    assert [t.text for t in tag("It was the first of many raids in May.", DCT)] == ["May"]


def test_set_for_is_a_future():
    assert one("An appeal hearing has been set for January.", "January").value == "2018-01"
    assert one("The vote, slated for March, may be delayed again.", "March").value == "2018-03"


def test_numbers_are_not_years():
    text = "About 2,500 people fled and 1500 troops arrived; 2000 soldiers stayed."
    assert spans(text) == []
    # a year of the next century, only after a preposition: "by 2100" (climate projections)
    assert spans("Seas could rise a metre by 2100, and 2150 troops arrived.") == [("2100", "2100")]


def test_ambiguous_weekday_has_forward_alternative():
    t = one("Friday, the president and the rebels meet.", "Friday")
    assert t.value == "2017-09-01"
    assert "2017-09-08" in t.alternatives


def test_early_friday_tmo_alternative():
    t = one("Fighting broke out early Friday.", "early Friday", dct=dt.date(2017, 6, 9))
    assert t.value == "2017-06-09" and "2017-06-09TMO" in t.alternatives
    assert t.mod == "START"


def test_narrative_anchor_previous_day():
    text = ("The SMM arrived at the school on 6 November 2014, at 8:25 hrs. "
            "People told the SMM that on the previous day two children had been killed.")
    found = spans(text, dt.date(2014, 11, 7))
    assert ("8:25 hrs", "2014-11-06T08:25") in found
    assert ("the previous day", "2014-11-05") in found
    t = one(text, "the previous day", dct=dt.date(2014, 11, 7))
    assert t.anchor == "narrative"


def test_narrative_later_and_earlier():
    text = "Rebels seized the town on 3 May 2015. Two days later the army retook it. A year earlier it had been calm."
    found = dict(spans(text))
    assert found["Two days later"] == "2015-05-05"
    assert found["A year earlier"] == "2014-05-03" or found["A year earlier"] == "2014"


def test_a_year_naming_a_thing_does_not_move_the_story():
    """'abrogated the 1975 Algiers Agreement' names an agreement: the days after it stay in the
    war's year. After a time preposition, or as a sentence's subject, the year sets the scene."""
    found = spans("The war began on 22 September 1980. Days earlier, Saddam had abrogated the 1975 "
                  "Algiers Agreement and denounced the country's 1975 border deal. On 24 October, "
                  "Khorramshahr fell. After the 1967 war, Israel held the West Bank. On 22 November, "
                  "the UN passed Resolution 242. The 1991 Gulf War ended on 28 February.", dt.date(2009, 3, 1))
    found = dict(found)
    assert found["24 October"] == "1980-10-24"
    assert found["22 November"] == "1967-11-22"
    assert found["28 February"] == "1991-02-28"


def test_a_date_restating_the_one_before_takes_its_year():
    """'Two days later, on 5 March' in a story about 2015 is 5 March 2015, not this year's."""
    found = spans("Rebels seized the town on 3 March 2015. Two days later, on 5 March, the army retook it. "
                  "In 2014, on 9 May, talks failed.")
    assert found.count(("5 March", "2015-03-05")) == 1
    assert ("9 May", "2014-05-09") in found


def test_a_day_opening_a_range_takes_the_year_of_its_end():
    """'from 21 March to 5 April 1918' in a history whose last date was 1938; 'from 28 December
    to 3 January 1943' starts the year before."""
    found = dict(spans("On 10 November 1938, synagogues burned. The offensive had lasted from 21 March to "
                       "5 April 1918. The siege lasted from 28 December to 3 January 1943.", dt.date(2009, 3, 1)))
    assert found["21 March"] == "1918-03-21"
    assert found["28 December"] == "1942-12-28"


def test_years_of_an_era():
    """BC years are written BC0415 (TIMEX2/TimeML); AD years are plain years; a BC range counts down."""
    found = spans("The war (431–404 BC) ended Athens' empire. In 415 BC Athens sailed to Sicily. By the 5th "
                  "century BC Athens ruled the Aegean. Rome invaded Britain in AD 43, and Hastings was fought in 1066 AD.")
    assert found == [("431", "BC0431"), ("404 BC", "BC0404"), ("415 BC", "BC0415"), ("the 5th century BC", "BC04"),
                     ("AD 43", "0043"), ("1066 AD", "1066")]
    assert spans("The 2011 ad campaign ran all year.") == [("2011", "2011")]     # an advert, no era


def test_a_history_before_the_common_era_goes_on_from_its_dates():
    """A day, month or season of a BC year is one timex, and a history counts on from BC dates
    as from any other: 'that summer', 'The following spring', 'September' stay in antiquity."""
    found = spans("Saguntum fell in 219 BC, and in the spring of 218 BC Rome declared war. Hannibal crossed the "
                  "Pyrenees that summer and reached the Rhone in September. The following spring he crossed the "
                  "Apennines, and on 21 June 217 BC he destroyed a Roman army. The next year Rome raised a larger one. "
                  "Augustus died on 19 August AD 14.", dt.date(2012, 5, 1))
    assert found == [("219 BC", "BC0219"), ("the spring of 218 BC", "BC0218-SP"), ("that summer", "BC0218-SU"),
                     ("September", "BC0218-09"), ("The following spring", "BC0217-SP"), ("21 June 217 BC", "BC0217-06-21"),
                     ("The next year", "BC0216"), ("19 August AD 14", "0014-08-19")]
    reason = one("On 15 March 44 BC Caesar was killed. Two days later the Senate met.", "Two days later", dt.date(2012, 5, 1)).reason
    assert "44 BC" in reason and "7957" not in reason      # the stand-in year stays inside


def test_an_ordinal_day_in_a_story_of_another_year_is_in_its_month():
    """'On 12 June 1944 ... On the 14th' is 14 June 1944; 'the 3rd' after it is 3 July. In news
    of the day, 'the 3rd' stays this month's."""
    found = dict(spans("On 12 June 1944 the town fell. On the 14th, troops entered Caen. On the 3rd, they withdrew."))
    assert (found["the 14th"], found["the 3rd"]) == ("1944-06-14", "1944-07-03")
    assert dict(spans("Rebels attacked on Monday. On the 3rd, troops withdrew."))["the 3rd"] == "2017-09-03"


def test_a_war_named_by_its_length_is_no_duration():
    assert spans("The Six-Day War and the Thirty Years' War were short and long. "
                 "It was a three-day battle.") == [("three-day", "P3D")]


def test_one_year_then_days_without_one_is_a_history():
    """A text naming one year long ago and then days without a year tells that year."""
    found = dict(spans("The war was fought between 5 and 10 June 1967. On the morning of 5 June, Israel "
                       "launched air strikes. Jerusalem's Old City was captured on 7 June.", dt.date(2009, 3, 1)))
    assert found["7 June"] == "1967-06-07"
    # news of the day that looks back once stays news: a weekday counts from publication
    found = dict(spans("Israel marked the 1967 war on Monday. On 7 June, ceremonies were held.", dt.date(2009, 6, 9)))
    assert found["Monday"] == "2009-06-08" and found["7 June"] == "2009-06-07"


def test_ordinal_days_after_one_year_make_a_history():
    """'on the 15th' is a day without a year too: with one more such day, the one year told
    is the year of the story."""
    found = dict(spans("On the night of 25 June 1950, the North crossed the 38th parallel. The 1st Marine "
                       "Division landed at Inchon on the 15th. The Eighth Army held the Pusan Perimeter until "
                       "the 16th of September.", dt.date(2010, 1, 1)))
    assert found["16th of September"] == "1950-09-16"
    assert found["the 15th"].startswith("1950-")


def test_an_ordinal_day_before_a_determiner_is_a_day_and_before_a_noun_is_not():
    found = dict(spans("In June 1950 the war began. On the 28th the 24th Infantry Division arrived. "
                       "By the 5th they had crossed the 38th parallel.", dt.date(2010, 1, 1)))
    assert found["the 28th"] == "1950-06-28" and found["the 5th"] == "1950-07-05"
    assert "the 24th" not in found and "the 38th" not in found


def test_a_clock_time_passes_over_the_day_of_a_report():
    """'... on Sunday, sources told AFP on Monday.' then 'attacked at around 10 am': Sunday's."""
    found = dict(spans("Jihadists ambushed a convoy near Lere on Sunday, sources told AFP on Monday. "
                       "\"The convoy was attacked at around 10 am,\" an official said."))
    assert found["around 10 am"] == "2017-09-03T10:00"


def test_until_midnight_is_the_end_of_the_day():
    t = one("The curfew lasts until midnight.", "midnight")
    assert t.value == "2017-09-05T24:00" and "2017-09-06T00:00" in t.alternatives


def test_years_later_after_a_month_is_a_year():
    """'seven years later' after 'June 2000' is 2007, the unit's own granularity; only a
    one-year comparison keeps the month ('a year later' after 'March 1990' is 1991-03)."""
    found = dict(spans("The first summit was held in June 2000, and a second one took place seven years "
                       "later. In March 1990 the rebels rose; a year later they were crushed.", dt.date(2009, 3, 1)))
    assert found["seven years later"] == "2007"
    assert found["a year later"] == "1991-03"


def test_next_day_falls_back_to_dct():
    t = one("The army will pull out the next day.", "the next day")
    assert t.value == "2017-09-06"


def test_clock_time_takes_day_of_sentence():
    text = "On 5 November, at 18:02hrs, a representative reported shelling."
    assert spans(text, dt.date(2014, 11, 7)) == [("5 November", "2014-11-05"), ("18:02hrs", "2014-11-05T18:02")]


def test_weekday_in_same_weekday_story_is_dct():
    assert one("Rebels said Thursday they had taken the base.", "Thursday",
               dct=dt.date(2007, 10, 25)).value == "2007-10-25"


def test_weekend_monday_story():
    assert one("Rebels raided the village at the weekend.", "the weekend",
               dct=dt.date(2011, 6, 20)).value == "2011-W24-WE"


def test_mid_september_and_mid_1980s():
    text = "Since mid-September the army has gained ground; the war began in the mid-1980s."
    found = {t.text: t for t in tag(text, dt.date(2007, 10, 25))}
    assert found["mid-September"].value == "2007-09" and found["mid-September"].mod == "MID"
    assert found["the mid-1980s"].value == "198"


def test_end_of_2005_alternatives():
    t = one("The truce collapsed at the end of 2005.", "the end of 2005")
    assert t.value == "2005" and "2005-12" in t.alternatives and "2005-Q4" in t.alternatives


def test_dct_none_stays_unresolved():
    found = {t.text: t for t in tag("Rebels attacked on Friday and fled in September; two years ago it was calm. "
                                    "Yesterday was quiet.", None)}
    assert found["Friday"].value == "XXXX-WXX-5"
    assert found["September"].value == "XXXX-09"
    assert found["two years ago"].value == "PAST_REF"
    assert found["Yesterday"].value == "XXXX-XX-XX"
    for t in found.values():
        assert "publication date missing" in t.reason
        assert t.anchor == "none"


def test_dct_none_absolute_still_resolves():
    assert spans("It began on 6 November 2014.", None) == [("6 November 2014", "2014-11-06")]


def test_noise_text():
    text = "<p>The army\u00a0said on\u00a0Monday\r\nthat \u201cfighting\u201d stopped.</p>"
    t = one(text, "Monday")
    assert t.value == "2017-09-04"


def test_to_dict_json_ready():
    t = one("The town fell in late 2014.", "late 2014")
    d = t.to_dict()
    assert d["text"] == "late 2014" and d["value"] == "2014" and d["mod"] == "END"
    assert set(d) >= {"text", "start", "end", "type", "value", "reason", "alternatives"}
    import json
    json.dumps(d)
    assert "mod" not in one("It fell in 2014.", "2014").to_dict()


def test_timex_is_frozen_dataclass():
    t = Timex("Friday", 0, 6, "DATE", "2017-09-01", "x")
    with pytest.raises(Exception):
        t.value = "y"  # type: ignore[misc]
    assert t.alternatives == () and t.mod is None and t.anchor == "dct"


def test_bad_numeric_order():
    with pytest.raises(ValueError):
        tag("x", DCT, numeric_order="YMD")


def test_clock_time_followed_by_day_is_one_time():
    found = spans("The kidnappers struck at 10 p.m. Wednesday, police said.", dt.date(1998, 2, 13))
    assert found == [("10 p.m. Wednesday", "1998-02-11T22:00")]


def test_the_previous_weekday_counts_from_narrative():
    text = "The deal closed on Oct. 30, 1989. Talks had begun the previous Friday."
    assert ("the previous Friday", "1989-10-27") in spans(text, dt.date(1989, 11, 2))


def test_yearless_date_weeks_ahead_is_this_year_even_after_said():
    # a date a year back is less likely than one two weeks ahead
    t = one("The company said it extended the offer to Nov. 20.", "Nov. 20", dct=dt.date(1989, 11, 2))
    assert t.value == "1989-11-20"


def test_yearless_date_in_past_story():
    assert one("Rebels captured the town on March 21.", "March 21", dct=dt.date(2014, 6, 15)).value == "2014-03-21"
    assert one("Israel launched the offensive after the raid on July 12.", "July 12",
               dct=dt.date(2006, 7, 18)).value == "2006-07-12"


def test_month_in_future_clause_and_in_past_clause():
    dct = dt.date(2011, 6, 20)
    assert one("The south will declare independence in July.", "July", dct=dct).value == "2011-07"
    assert one("In December, Minnawi took up arms against the government.", "December", dct=dct).value == "2010-12"


def test_spelled_year_and_decade_words():
    found = dict(spans("Keating was convicted in nineteen ninety-one; groups grew through the nineties."))
    assert found == {"nineteen ninety-one": "1991", "the nineties": "199"}


def test_year_earlier_compares_with_last_quarter():
    text = "Net income in the third quarter rose to $5 million from $3 million a year earlier."
    found = dict(spans(text, dt.date(1989, 11, 2)))
    assert found["the third quarter"] == "1989-Q3"
    assert found["a year earlier"] == "1988-Q3"


def test_the_past_year_is_last_year_with_duration_alternative():
    t = one("Prices rose over the past year.", "the past year")
    assert t.value == "2016" and "P1Y" in t.alternatives


def test_ages_and_rates_are_not_timexes():
    assert spans("Howes, 37 years old, flew four flights a week for $1.76 a year.") == []


def test_a_verb_of_lasting_in_s_before_a_length_is_no_rate():
    """'the commemoration lasts a week': 'lasts' ends in -s as a rate's plural noun does ('four
    flights a week'), yet it is a verb of lasting: 'a week' is a length."""
    assert spans("Every April the commemoration lasts a week.") == [("Every April", "XXXX-04"), ("a week", "P1W")]
    assert spans("The crossing takes a day and the army fires four shells a day.") == [("a day", "P1D")]


def test_names_with_years_are_not_dates():
    assert spans("The Orion 1980 venture launched.") == []
    assert spans("Unemployment fell in both 1990 and 1991.") == [("1990", "1990"), ("1991", "1991")]


def test_quarters_halves_seasons():
    found = dict(spans("Profit fell in the second half of 2016 and in Q1 2017; the offensive "
                       "resumed this past spring and stalled in late summer."))
    assert found["the second half of 2016"] == "2016-H2"
    assert found["Q1 2017"] == "2017-Q1"
    assert found["this past spring"] == "2017-SP"
    assert found["late summer"] == "2017-SU"


def test_weekday_tense_future_and_past_alternatives():
    t = one("Leaders are expected to meet on Thursday.", "Thursday")
    assert t.value == "2017-09-07"
    t = one("Leaders met on Thursday.", "Thursday")
    assert t.value == "2017-08-31"


def test_tonight_and_last_night_and_this_morning():
    found = dict(spans("Shelling resumed last night and this morning; talks are set for tonight."))
    assert found == {"last night": "2017-09-04TNI", "this morning": "2017-09-05TMO", "tonight": "2017-09-05TNI"}


def test_the_end_of_the_year_and_this_month():
    found = dict(spans("The mission ends at the end of the year; 80 fighters died this month."))
    assert found == {"the end of the year": "2017", "this month": "2017-09"}


def test_early_hours_dawn_and_holidays():
    found = dict(spans("Gunmen attacked in the early hours of Monday. At dawn on Friday the army shelled "
                       "the town. Fighting stopped on Christmas Day."))
    assert found["the early hours"] == "2017-09-04TMO"
    assert found["dawn"] == "2017-09-01TMO"
    assert found["Christmas Day"] == "2016-12-25"


def test_numbered_labels_are_not_years():
    assert spans("The council cited resolution 2014 and Route 1990.") == []


def test_scheduled_date_followed_by_verb_last():
    # "last" here is a verb; "is due to" makes the date future
    t = one("A ceasefire is due to start on Sept. 15 and last 30 days.", "Sept. 15", dct=dt.date(2023, 9, 5))
    assert t.value == "2023-09-15"
    assert one("Sales slumped in the 1990s.", "the 1990s").value == "199"
    assert one("Sales slumped during 1990s recessions.", "1990s").value == "199"


def test_the_year_is_the_publication_year_and_the_year_ended_a_period():
    t = one("The relief agency spent most of its budget earlier in the year.", "the year")
    assert (t.type, t.value) == ("DATE", "2017")
    t = one("Aid deliveries doubled in the fiscal year ended June 30.", "the fiscal year")
    assert (t.type, t.value) == ("DURATION", "P1Y")
    # "the year before" is anaphoric and "the year of" describes another year: left alone
    assert all(x.text != "the year" for x in tag("It was the year of the flood; the year before was calm.", DCT))


def test_frequency_words_before_a_noun_are_adjectives():
    assert spans("The ministry cut its quarterly payments and daily rations.") == []
    assert dict(spans("Convoys now run daily."))["daily"] == "P1D"


def test_year_ago_after_an_earlier_period_does_not_step_back_twice():
    text = "Income rose in the third quarter. In the 2016 third quarter it fell. The year-ago figures were revised."
    assert dict(spans(text))["The year-ago"] == "2016-Q3"


def test_payable_and_effective_point_forward():
    dct = dt.date(2017, 10, 26)
    assert one("The board said the dividend is payable Jan. 2.", "Jan. 2", dct=dct).value == "2018-01-02"
    assert one("The company said the new rules are effective Feb. 1.", "Feb. 1", dct=dct).value == "2018-02-01"


def test_month_without_tense_clue_leans_to_the_past():
    # March is 7 months back or 5 months ahead of October: with no verb around, the past wins
    assert one("Shares: $42 in June, from $29 in March.", "March", dct=dt.date(2017, 10, 30)).value == "2017-03"


def test_current_quarter_is_the_publication_quarter():
    t = one("Sales fell in the second quarter, and the current quarter began well.", "the current quarter")
    assert t.value == "2017-Q3"


def test_same_words_resolve_by_their_own_clause_in_dense_text():
    # resolution is memoised per words+parse+tense: the two Januaries must still differ
    found = tag("Rebels seized the town in January. The summit will be held in January.", DCT)
    assert [t.value for t in found] == ["2017-01", "2018-01"]


def test_frequency_after_an_amount_is_a_rate():
    assert spans("Aid is expected to rise 8% annually; the camp gets $2 million annually.") == []


def test_tagging_leaves_the_cycle_collector_as_it_found_it():
    import gc
    assert gc.isenabled()
    tag("Talks resumed on Friday.", DCT)
    assert gc.isenabled()
    gc.disable()
    try:
        tag("Talks resumed on Friday.", DCT)
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("text,value", [
    # modal hopes and plans point forward, even far from the weekday
    ("The delegation might reach Geneva as soon as Thursday, diplomats said.", "2017-09-07"),
    ("Talks could resume as early as Thursday.", "2017-09-07"),
    ("On Thursday, the National Coalition of Syrian Revolution and Opposition Forces plans to meet.", "2017-09-07"),
    # an irregular past verb after a sentence-opening weekday points back
    ("On Thursday, officials from the ministry of defence of the republic became more open.", "2017-08-31"),
    ("Neither he nor his aides could be reached on Thursday.", "2017-08-31"),
])
def test_weekday_direction_from_modals_and_distant_verbs(text, value):
    assert one(text, "Thursday").value == value


def test_yearless_date_after_a_past_story_offers_the_story_year():
    # news style names the year unless it is the current one: the DCT's year stays the value,
    # the story's year is the first alternative
    t = one("The siege began on 12 May 2016. On 3 June, the army broke through.", "3 June")
    assert (t.value, t.alternatives[0]) == ("2017-06-03", "2016-06-03")
    t = one("The siege began on 28 December 2015. On 3 January, the army broke through.", "3 January")
    assert t.alternatives[0] == "2016-01-03"
    # a bare year is background, not a story
    t = one("Rebels rose up in 2003. But in March, a new group took up arms.", "March")
    assert "2003-03" not in t.alternatives


def test_narrative_without_publication_date():
    text = ("Germany invaded Poland on 1 September 1939. That summer, fighting spread. "
            "By the end of the year, the front was quiet. By 1975 the war was over. "
            "A week earlier, the embassy had closed.")
    found = {t.text: t.value for t in tag(text, None)}
    assert found["That summer"] == "1939-SU"
    assert found["the end of the year"] == "1939"
    assert found["A week earlier"] == "1975"   # not a week before 1 January 1975


def test_fractional_clock_durations_use_whole_smaller_units():
    found = dict(spans("Shelling stopped for a minute and a half; talks took 2.5 hours; the siege lasted "
                       "a year and a half."))
    assert found == {"a minute and a half": "PT1M30S", "2.5 hours": "PT2H30M", "a year and a half": "P1.5Y"}


def test_date_in_an_infinitive_clause_is_not_forced_into_the_past():
    dct = dt.date(1989, 11, 2)
    t = one("The bank agreed to acquire the company in January.", "January", dct=dct)
    assert t.value == "1990-01"           # after the agreement, and near the DCT
    t = one("The army moved to retake the town in March.", "March", dct=dt.date(2017, 9, 5))
    assert t.value == "2017-03"
    assert one("The bank acquired the company in January.", "January", dct=dct).value == "1989-01"


def test_the_past_week_in_a_sunday_paper_is_the_week_ending_that_day():
    sunday = dt.date(2023, 5, 14)
    t = one("Forces advanced over the past week.", "the past week", dct=sunday)
    assert (t.value, t.alternatives[0]) == ("2023-W19", "2023-W18")
    assert one("Forces advanced last week.", "last week", dct=sunday).value == "2023-W18"
    assert one("Forces advanced over the past week.", "the past week", dct=dt.date(2023, 5, 10)).value == "2023-W18"


def test_a_history_takes_its_years_from_the_text_not_the_publication_date():
    text = ("Germany invaded Poland on 1 September 1939. By the end of the year, the front was quiet. "
            "In late 1941, Japan attacked Pearl Harbor on December 7. In March, Singapore fell.")
    for dct in (dt.date(2009, 5, 1), None):   # an encyclopedia page, with or without a date
        found = {t.text: t.value for t in tag(text, dct)}
        assert found["the end of the year"] == "1939"
        assert found["December 7"] == "1941-12-07"
        assert found["March"] == "1942-03"     # the story moves forward
    # news that mentions old years but speaks of this week stays news
    news = "The 1967 war and the 1973 war shaped the region. On Tuesday, troops fired on protesters in March."
    assert one(news, "March").value == "2017-03"


def test_weekday_in_a_history_follows_the_last_named_day():
    found = [(t.text, t.value) for t in tag("Germany attacked the Soviet Union on 22 June 1941. On Monday, Soviet "
                                            "forces counterattacked. On Sunday, Minsk fell.", None)]
    assert found == [("22 June 1941", "1941-06-22"), ("Monday", "1941-06-23"), ("Sunday", "1941-06-29")]


def test_a_history_without_publication_date_reads_as_one_with_it():
    # an encyclopedia page has no publication date: a look back in the pluperfect does not move
    # the story, and a month "since" which ground was lost lies before the story's date
    text = ("The offensive began in December 1994. The republic had declared independence in 1991. "
            "The assault on the capital started on New Year's Eve.")
    text2 = ("The battle opened on 21 February 1916 and ended in 1917. By mid-December the French "
             "had regained the ground lost since February.")
    for dct in (dt.date(2010, 9, 1), None):
        assert one(text, "New Year's Eve", dct=dct).value == "1994-12-31"
        assert one(text2, "February", dct=dct).value == "1917-02"


@pytest.mark.parametrize("text, expr, typ, value", [
    ("The army entered the city on 5 April 1992. Two years and three months later, the siege was lifted.",
     "Two years and three months later", "DATE", "1994-07"),
    ("The offensive began on 1 July 1916. Two weeks and three days later, the village fell.",
     "Two weeks and three days later", "DATE", "1916-07-18"),
    ("The troops left in December 2011, eight years and nine months after the invasion.",
     "eight years and nine months", "DURATION", "P8Y9M"),       # "after the invasion": a length, as "nine months after" is
])
def test_a_length_in_two_units_is_one_timex_before_later_or_after(text, expr, typ, value):
    for dct in (dt.date(2010, 1, 1), None):
        t = one(text, expr, dct=dct)
        assert (t.type, t.value) == (typ, value)


def test_half_of_the_year_in_a_history_is_of_the_year_told():
    text = ("In the first months of 1942, Japan advanced. On 7 June 1942 the Americans won at Midway. "
            "In the second half of the year, the tide turned.")
    for dct in (dt.date(2009, 3, 1), None):
        assert one(text, "the second half of the year", dct=dct).value == "1942-H2"
    # news keeps the publication year's
    assert one("Sales will rise in the second half of the year.", "the second half of the year").value == "2017-H2"


def test_d_day_and_ve_day_are_days_of_history():
    text = "The Allies landed in Normandy on D-Day. Eleven months later, on VE Day, the war in Europe ended."
    for dct in (dt.date(2009, 3, 1), None):
        assert one(text, "D-Day", dct=dct).value == "1944-06-06"
        assert one(text, "VE Day", dct=dct).value == "1945-05-08"
    assert spans("D-Day for the offensive was set for 4 March.", None) == [("4 March", "XXXX-03-04")]


def test_during_the_night_is_the_night_of_the_day_told():
    text = "The landings began on 6 June 1944. During the night, paratroopers had seized the bridges."
    for dct in (dt.date(2009, 3, 1), None):
        t = one(text, "the night", dct=dct)
        assert (t.type, t.value) == ("TIME", "1944-06-06TNI")
    assert spans("It was a night to remember. The night was cold.", None) == []
    assert spans("They fought during the night before the attack.", None) == []


def test_a_day_told_after_had_said_or_had_held_looks_back():
    # the pluperfect looks back from the story's date: the 20 August before May 1941
    for verb in ("had said", "had held talks"):
        text = f"The Blitz began on 7 September 1940. Raids ended in May 1941. Churchill {verb} on 20 August that much was owed."
        for dct in (dt.date(2010, 9, 15), None):
            assert one(text, "20 August", dct=dct).value == "1940-08-20"


def test_ordinal_day_after_a_week_told_is_in_that_week_or_after():
    text = ("On 3 July 1988 the cruiser shot down the airliner. Six weeks later the ceasefire took "
            "effect. On the 20th the guns fell silent. The war had begun in 1980.")
    for dct in (dt.date(2009, 3, 1), None):
        # (a history's weeks after a day count to a day, the week is the other reading)
        assert one(text, "Six weeks later", dct=dct).value == "1988-08-14"
        assert "1988-W32" in one(text, "Six weeks later", dct=dct).alternatives     # 8-14 August
        assert one(text, "the 20th", dct=dct).value == "1988-08-20"


@pytest.mark.parametrize("text, expr, value", [
    ("Independence was declared on 3 March 1992 after a referendum held the previous weekend.",
     "the previous weekend", "1992-W09-WE"),                        # Tuesday 3 March: 29 Feb-1 Mar
    ("The ceasefire was signed on 11 July 1995. The following weekend, fighting resumed.",
     "The following weekend", "1995-W28-WE"),
    ("The ceasefire was signed on Saturday, 15 July 1995. The following weekend, fighting resumed.",
     "The following weekend", "1995-W29-WE"),                       # not the weekend it was signed in
])
def test_previous_or_following_weekend_is_next_to_the_story_day(text, expr, value):
    for dct in (dt.date(2011, 1, 10), None):
        assert one(text, expr, dct=dct).value == value


@pytest.mark.parametrize("text, expr, value", [
    ("Along the road a truck passed every fourteen seconds.", "every fourteen seconds", "PT14S"),
    ("Sirens sounded every 30 seconds.", "every 30 seconds", "PT30S"),
    ("Shells fell every few hours.", "every few hours", "PTXH"),     # some number of hours, not one
    ("The council meets every other week.", "every other week", "P2W"),   # every second one, not each
    ("Elections are held every other year.", "every other year", "P2Y"),
])
def test_every_so_many_seconds_or_a_few_hours_is_a_set(text, expr, value):
    t = one(text, expr)
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize("text, expr, value", [
    ("Elian was found on Thanksgiving Day clinging to a tube.", "Thanksgiving Day", "2016-11-24"),
    ("Soldiers played football on Christmas Day 1914.", "Christmas Day 1914", "1914-12-25"),
    ("The rising began at Easter 1916.", "Easter 1916", "1916-04-23"),
    ("Orthodox Easter was calm this year.", "Orthodox Easter", "2017-04-16"),
    ("Protesters marched on International Women's Day.", "International Women's Day", "2017-03-08"),
    ("On the 3rd, rebels attacked.", "the 3rd", "2017-09-03"),
])
def test_holidays_and_ordinal_days(text, expr, value):
    assert one(text, expr).value == value


def test_the_following_season_counts_from_the_story():
    found = dict(spans("Germany invaded Poland on 1 September 1939. The following spring, forces attacked Norway."))
    assert found["The following spring"] == "1940-SP"


def test_every_month_name_is_a_set_but_not_a_march():
    assert one("Pilgrims come to the shrine each July.", "each July").value == "XXXX-07"
    assert spans("They joined each march through the city.") == []


def test_this_past_weekend_and_this_coming_week():
    found = dict(spans("This past weekend, protests spread; this coming week, talks resume."))
    assert found == {"This past weekend": "2017-W35-WE", "this coming week": "2017-W37"}


def test_fractional_numbers_in_durations_and_shifts():
    t = one("The family lived in a tent for 2 1/2 years.", "2 1/2 years")
    assert t.value == "P2.5Y" and "P2Y6M" in t.alternatives and "P30M" in t.alternatives
    assert one("The hearing lasted 1½ hours.", "1½ hours").value == "PT1H30M"
    assert one("The bridge was blown up 2 1/2 months ago.", "2 1/2 months ago").value.startswith("2017-06")
    assert spans("The index rose 2 1/2 points.") == []


def test_the_last_quarter_or_half_of_a_year_is_the_final_one():
    found = dict(spans("Output shrank in the last half of 2015 and will grow in the last quarter of the year."))
    assert found == {"the last half of 2015": "2015-H2", "the last quarter of the year": "2017-Q4"}
    # without 'of ...' it is the quarter before the publication date
    assert dict(spans("Exports fell in the last quarter."))["the last quarter"] == "2017-Q2"


def test_the_year_quarter_is_the_compared_quarter_of_that_year():
    dct = dt.date(1995, 11, 2)
    found = dict(spans("Profit rose in the third quarter, against a loss in the 1994 quarter.", dct))
    assert found["the 1994 quarter"] == "1994-Q3"
    t = one("The chain earned $2 million in the 1994 quarter.", "the 1994 quarter", dct)
    assert t.value == "1994-Q3" and "1994" in t.alternatives
    assert one("In the 1994 period, costs were higher.", "the 1994 period", dct).value == "1994"


@pytest.mark.parametrize("text, expr, value", [
    ("The truce was extended for two more weeks.", "two more weeks", "P2W"),
    ("The lease runs for an additional year.", "an additional year", "P1Y"),
    ("Aid will flow for at least 10 more years.", "at least 10 more years", "P10Y"),
    ("Families waited several more days.", "several more days", "PXD"),
])
def test_more_and_additional_units_are_durations(text, expr, value):
    assert one(text, expr).value == value


@pytest.mark.parametrize("text, expr, value", [
    # a plan reported in the past tense: the auxiliary belongs to the plan, the day is ahead
    ("Veterans marched on Monday and were planning a rally on Saturday.", "Saturday", "2017-09-09"),
    ("The convoy was expected to reach the city on Thursday.", "Thursday", "2017-09-07"),
    # a superseded plan: 'had been due' speaks of a day already gone
    ("The ultimatum had been due to expire on Saturday.", "Saturday", "2017-09-02"),
    # 'since' names a start that has come, whatever verb follows
    ("The militia has held the bridge since October and was scheduled to leave.", "October", "2016-10"),
    ("Shelling has gone on since Thursday and is expected to continue.", "Thursday", "2017-08-31"),
])
def test_tense_of_plans_and_since(text, expr, value):
    assert one(text, expr).value == value


def test_march_after_a_preposition_is_the_month():
    assert spans("The blockade lasted from March to May.") == [("March", "2017-03"), ("May", "2017-05")]
    assert spans("Veterans march on the ministry.") == []


def test_a_season_or_half_becomes_the_story_anchor():
    found = dict(spans("The offensive began in the summer of 2014 and stalled the following spring."))
    assert found["the following spring"] == "2015-SP"
    found = dict(spans("Output rose in the first half of 2012. The following year, it fell."))
    assert found["The following year"] == "2013"


def test_plural_weekdays_and_a_shared_plural_are_sets():
    assert spans("Markets open on Saturdays and Sundays.") == [("Saturdays", "XXXX-WXX-6"), ("Sundays", "XXXX-WXX-7")]
    found = tag("Buses leave on Monday and Thursday mornings.", DCT)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("Monday", "SET", "XXXX-WXX-1TMO"), ("Thursday mornings", "SET", "XXXX-WXX-4TMO")]
    # no plural: two dates
    assert spans("They met on Monday and Thursday.") == [("Monday", "2017-09-04"), ("Thursday", "2017-08-31")]


def test_reading_against_the_tense_offers_the_other_year():
    """A past verb with a day still ahead: this year stays (deadlines are written so: "extended to
    Nov. 20"), but last year is one click away and the reason says why. A month the clause's own past
    verb tells done ("attacked the town in October") is last year's, with this year's one click away."""
    dct = dt.date(2017, 9, 5)
    (t,) = tag("Rebels attacked the town in October.", dct)
    assert (t.value, t.alternatives) == ("2016-10", ("2017-10",))
    assert "told done" in t.reason
    (t,) = tag("The ceasefire was extended to October.", dct)   # a limit: "to", not "in"
    assert t.value == "2017-10"
    (t,) = tag("The army retook the city on Oct. 3.", dct)      # an irregular past verb
    assert (t.value, t.alternatives) == ("2017-10-03", ("2016-10-03",))
    assert "past tense" in t.reason
    (t,) = tag("The army retook the city on Aug. 3.", dct)      # with the tense: no doubt shown
    assert (t.value, t.alternatives) == ("2017-08-03", ())


def test_present_passive_is_not_past():
    """'is scheduled', 'are heard': a participle after is/are is no past-tense marker."""
    dct = dt.date(2017, 9, 5)
    (t,) = tag("The appeal is heard in May.", dct)
    assert "past tense" not in t.reason
    (t,) = tag("The appeal was heard in May.", dct)
    assert (t.value, "past tense" in t.reason) == ("2017-05", True)


def test_as_planned_marks_no_tense():
    """'as planned' / 'as expected' say nothing about when: the verb decides."""
    dct = dt.date(2017, 9, 5)
    assert [t.value for t in tag("The vote went ahead on Sunday as planned.", dct)] == ["2017-09-03"]
    assert [t.value for t in tag("The vote will go ahead on Sunday as expected.", dct)] == ["2017-09-10"]


def test_part_of_a_named_period():
    """'the first week of March' is the ISO week holding most of March 1-7, not March; other
    parts keep the period with START/END; a single day or month is a value of its own."""
    dct = dt.date(2017, 9, 14)
    cases = {
        "The talks will resume in the first week of March.": ("the first week of March", "2018-W09", None),
        "Fighting intensified during the last days of August.": ("the last days of August", "2017-08", "END"),
        "Prices fell in the second half of the month.": ("the second half of the month", "2017-09", "END"),
        "The last week of 2016 was calm.": ("The last week of 2016", "2016-W52", None),
        "The rally is planned for the last weekend of October.": ("the last weekend of October", "2017-W43-WE", None),
        "The siege began in the second week of June.": ("the second week of June", "2017-W23", None),
        "The first day of 2016 was quiet.": ("The first day of 2016", "2016-01-01", None),
        "During the second half of the 19th century, the empire grew.": ("the second half of the 19th century", "18", "END"),
    }
    for text, (span, value, mod) in cases.items():
        (t,) = tag(text, dct)
        assert (t.text, t.value, t.mod) == (span, value, mod), text
    (t,) = tag("The first week of January 2015 was violent.", dct)
    assert t.value == "2015-W01" and "2015-01" in t.alternatives
    assert [t.text for t in tag("In the first days after the vote, nobody spoke.", dct)] == ["the first days"]


def test_pairs_of_years_tag_both_years():
    """'2015-16' is two years, as 'September 14 and 15' is two days: the second is completed
    from the first's century; a month-like second part is no pair."""
    dct = dt.date(2017, 9, 14)
    got = [(t.text, t.value) for t in tag("The 2015-16 season ended badly; output rose in 2017/18.", dct)]
    assert got == [("2015", "2015"), ("16", "2016"), ("2017", "2017"), ("18", "2018")]
    assert [t.value for t in tag("The campaign of 1812-13 and the 1999-00 season.", dct)] == ["1812", "1813", "1999", "2000"]
    assert [(t.text, t.value) for t in tag("The fiscal year 2016-17 budget was passed.", dct)] == [
        ("fiscal year 2016", "2016"), ("17", "2017")]
    assert [t.value for t in tag("The score was 2015-12 in the end.", dct)] == ["2015"]
    assert [t.value for t in tag("Resolution 2015-16 was adopted.", dct)] == []


def test_deadlines_lie_ahead_whatever_the_tense():
    """A time limit set in a past clause ('has given them until Tuesday', 'extended to',
    'postponed until', 'the deadline is') is read forward, with the passed reading one click
    away; 'until Tuesday, they had not ...' and a deadline that 'passed' stay in the past."""
    dct = dt.date(2017, 9, 14)      # a Thursday
    def one(text):
        (t,) = tag(text, dct)
        return t
    t = one("The army has given them until Tuesday to leave.")
    assert t.value == "2017-09-19" and "2017-09-12" in t.alternatives and "time limit" in t.reason
    assert one("The militants gave the families until Monday to pay.").value == "2017-09-18"
    assert one("The vote was postponed until Friday.").value == "2017-09-15"
    assert one("The deadline for submissions is Friday.").value == "2017-09-15"
    assert one("The government has set a deadline of March 31 for the withdrawal.").value == "2018-03-31"
    assert one("The bank has extended its loans to the company through January.").value == "2018-01"
    assert one("The INS extended its deadline until 9 a.m. EST Tuesday.").value == "2017-09-19T09:00"
    assert one("Until Tuesday, they had not called him.").value == "2017-09-12"
    assert one("Thirty-two members had filed reports by Wednesday.").value == "2017-09-13"
    assert one("The deadline passed on Monday without a deal.").value == "2017-09-11"


def test_midnight_of_a_named_day_ends_that_day():
    """'midnight Friday' / 'midnight on Sunday' / 'Friday at midnight': T24:00 of that day (as
    TimeBank annotates 'midnight Friday'), the next day's T00:00 as the alternative."""
    dct = dt.date(2017, 9, 14)
    (t,) = tag("The rebels have until midnight Sunday to hand over their weapons.", dct)
    assert (t.text, t.value, t.alternatives) == ("midnight Sunday", "2017-09-17T24:00", ("2017-09-18T00:00",))
    t = tag("The ceasefire took effect at midnight on Sunday.", dct)[0]
    assert (t.text, t.value) == ("midnight", "2017-09-10T24:00")
    t = tag("The truce expired on Friday at midnight.", dct)[1]
    assert (t.text, t.value) == ("midnight", "2017-09-08T24:00")
    t = tag("Shortly after midnight, gunmen opened fire.", dct)[0]
    assert t.value == "2017-09-14T00:00"


def test_following_month_and_that_same_month_count_from_the_story():
    """History: 'the following January' after 28 June 1919 is January 1920 (before: 1919-01);
    'That same month' is the month last mentioned, with its determiner in the span."""
    text = ("The Treaty was signed on 28 June 1919. It came into force the following January. "
            "That same month, the League met. The previous March, riots had broken out.")
    got = [(t.text, t.value) for t in tag(text, dt.date(2010, 5, 1))]
    assert got == [("28 June 1919", "1919-06-28"), ("the following January", "1920-01"),
                   ("That same month", "1920-01"), ("The previous March", "1919-03")]


def test_vague_and_bare_lengths_before_later():
    """'A few days later' / 'Days later' / 'Hours later': TimeML tags the length (PXD, PTXH),
    as TimeBank does; a counted shift ('Three days later') and 'several years ago' stay dates."""
    dct = dt.date(2017, 9, 14)
    got = [(t.text, t.type, t.value) for t in tag(
        "A few days later, the rebels left. Days later, the army announced a ceasefire. "
        "Hours later the bridge fell. It happened several years ago.", dct)]
    assert got == [("A few days", "DURATION", "PXD"), ("Days", "DURATION", "PXD"),
                   ("Hours", "DURATION", "PTXH"), ("several years ago", "DATE", "PAST_REF")]
    assert tag("Three days later they came back.", dct)[0].type == "DATE"
    assert tag("The two days later were hard.", dct)[0].text == "The two days"


def test_date_of_the_telling_not_of_the_reported_clause():
    """'told X on Wednesday that troops would withdraw': the date is when it was said."""
    dct = dt.date(2024, 3, 14)
    for text in ("The spokesman told state television on Wednesday that troops would withdraw.",
                 "A spokesman told a news conference on Wednesday that the army would respond."):
        assert [t.value for t in tag(text, dct)] == ["2024-03-13"], text
    # without the reported clause the plan's own verb still decides
    assert [t.value for t in tag("Troops would withdraw on Wednesday.", dct)] == ["2024-03-20"]


def test_days_are_counted_from_the_day_not_from_a_year_named_in_between():
    """'On 1 June 2016 ... had lasted since 2012. The following day ...': the day after 1 June."""
    dct = dt.date(2017, 9, 5)
    text = ("Government forces attacked the town on 1 June 2016. The siege had lasted since 2012. "
            "The following day, the last fighters surrendered. Two days later, the army withdrew.")
    assert [t.value for t in tag(text, dct)] == ["2016-06-01", "2012", "2016-06-02", "2016-06-04"]
    # with no day before it, a year stays the anchor, no finer than itself
    assert [t.value for t in tag("The war began in 1939. Two days later, Britain declared war.", dct)] == ["1939", "1939"]


def test_second_of_two_coordinated_years_before_a_plural_noun():
    """'between 2010 and 2012 prices': the plural noun after a count does not drop the year."""
    assert [t.value for t in tag("Between 2010 and 2012 prices doubled.", DCT)] == ["2010", "2012"]
    assert [t.value for t in tag("2010-2012 prices rose sharply.", DCT)] == ["2010", "2012"]
    assert [t.value for t in tag("Prices fell to between 2009 and 2011 levels.", DCT)] == ["2009", "2011"]
    # a count is still no year
    assert tag("The 500 and 2000 rounds were fired.", DCT) == []


def test_present_tense_of_a_timetabled_event_looks_ahead():
    """'Polls open on Sunday', 'The curfew begins at midnight Friday': the simple present of
    scheduled events is the future in news."""
    dct = dt.date(2017, 6, 14)   # a Wednesday
    cases = [("Polls open on Sunday.", "2017-06-18"),
             ("Talks resume on Tuesday in Geneva.", "2017-06-20"),
             ("The summit opens in Brussels on Monday.", "2017-06-19"),
             ("The new law takes effect on Monday, officials said.", "2017-06-19"),
             ("The strike enters its second week on Monday.", "2017-06-19"),
             ("The offer ends Friday.", "2017-06-16"),
             ("The curfew begins at midnight Friday.", "2017-06-16T24:00"),
             ("The new measures come into force on 1 July.", "2017-07-01")]
    for text, value in cases:
        assert tag(text, dct)[-1].value == value, text
    # past verbs, auxiliaries and other clauses keep the past reading
    for text in ("He said the ceasefire ended on Saturday.", "Shares closed at $12 on Saturday.",
                 "The shops were open on Saturday.", "He won 60% of the votes on Saturday."):
        assert tag(text, dct)[-1].value == "2017-06-10", text


def test_history_following_month_after_a_year_and_stretches_follow_the_story():
    """'In late 1938 ... The following March' is March 1939; in a history 'the next decade'
    is a stretch after the story's date (its length), not the decade after the DCT."""
    dct = dt.date(2017, 6, 14)
    text = ("In late 1938, the Munich agreement was signed. The following March, Germany occupied "
            "Prague. In 1945 the war ended. Over the next decade, Europe was rebuilt.")
    got = {t.text: t.value for t in tag(text, dct)}
    assert got["The following March"] == "1939-03"
    assert got["the next decade"] == "P10Y"
    got = {t.text: t.value for t in tag(text, None)}
    assert got["The following March"] == "1939-03"
    # after a month, the first such month after it (unchanged)
    assert tag("In May 1940 they attacked. The following March they withdrew.", dct)[1].value == "1941-03"
    assert tag("In October 1940 they attacked. The following March they withdrew.", dct)[1].value == "1941-03"
    assert tag("In January 1940 they attacked. The following March they withdrew.", dct)[1].value == "1940-03"


def test_part_of_day_of_a_named_day_is_that_day():
    """'the morning of 4 June', 'the night of Friday, Oct. 23': the day is the timex (as
    TimeBank tags it), with the part of day as its first alternative; no separate 'the morning'."""
    dct = dt.date(2017, 6, 14)
    got = tag("The attack took place on the morning of 4 June.", dct)
    assert [(t.text, t.value) for t in got] == [("4 June", "2017-06-04")]
    assert got[0].alternatives[0] == "2017-06-04TMO"
    got = tag("Fighting resumed on the night of 14 July 2016.", dct)
    assert [(t.text, t.value, t.alternatives[0]) for t in got] == [("14 July 2016", "2016-07-14", "2016-07-14TNI")]
    assert tag("Protesters gathered on the early evening of March 3.", dct)[0].alternatives[0] == "2017-03-03TEV"
    # a part of day not followed by a day stays a time of its own
    assert [(t.text, t.value) for t in tag("In the morning, the troops left.", dct)] == [("the morning", "2017-06-14TMO")]
    # "the weekend of 14-15 October": the days are the timexes, not the weekend of the publication date
    got = tag("The race will be held on the weekend of 14-15 October.", dct)
    assert [(t.text, t.value) for t in got] == [("14", "2017-10-14"), ("15 October", "2017-10-15")]
    # "the early hours of Thursday morning": the day's own part of day is the timex (TimeBank and AQUAINT)
    got = tag("He was arrested in the early hours of Thursday morning.", dct)
    assert [(t.text, t.value) for t in got] == [("Thursday morning", "2017-06-08TMO")]



def test_that_morning_after_a_year_or_month_names_no_day():
    """'The war began in 1914. Early that morning ...': a morning of 1914, day untold (it was 1914-01-01TMO,
    a day the text never named); after a day it is that day's morning."""
    def value(text):
        return [t.value for t in tag(text, None) if "morning" in t.text]
    assert value("The war began in 1914. Early that morning, troops crossed the border.") == ["1914-XX-XXTMO"]
    assert value("The war began in August 1914. That morning, troops crossed the border.") == ["1914-08-XXTMO"]
    assert value("On 4 August 1914 war began. Early that morning, troops crossed the border.") == ["1914-08-04TMO"]


def test_part_of_day_of_a_named_day_in_a_history_is_the_part_of_day():
    """In a history (no publication date, or one told long after) the part of day is the step of the
    timeline, as TIMEX2-annotated histories give it: 'the night of 9 July 1943' is 1943-07-09TNI, the day
    alone one click away; the event is still dated by its day."""
    text = ("The Allied invasion of Sicily began in 1943. On the night of 9 July 1943, British and American "
            "troops landed on the southern coast. On the morning of 10 July, the garrison at Syracuse surrendered.")
    for dct in (None, dt.date(2009, 3, 1)):
        got = {t.text: t for t in tag(text, dct)}
        night = got["the night of 9 July 1943"]      # its words are in the span, as its value is
        assert (night.type, night.value, night.alternatives[0]) == ("TIME", "1943-07-09TNI", "1943-07-09")
        assert got["the morning of 10 July"].value == "1943-07-10TMO"
    events = extract(text, dt.date(2009, 3, 1)).events
    assert {(e.date_start, e.precision) for e in events if "landed" in e.quote} == {("1943-07-09", "day")}


def test_counted_shift_without_an_earlier_date_says_so():
    """'Three days later' with no date before it counts from the DCT, and says why; the
    length is offered as an alternative."""
    t = tag("Three days later, the army withdrew.", dt.date(2017, 6, 14))[0]
    assert (t.value, t.alternatives[-1]) == ("2017-06-17", "P3D")
    assert "no earlier date" in t.reason


@pytest.mark.parametrize("text, expr, value, alt", [
    ("The hearing is scheduled for April 23.", "April 23", "2018-04-23", "2017-04-23"),
    ("The election will be held on March 3.", "March 3", "2018-03-03", "2017-03-03"),
    ("The trial opens on April 20.", "April 20", "2018-04-20", "2017-04-20"),
    ("He will stand trial in February.", "February", "2018-02", "2017-02"),
])
def test_clear_future_with_passed_date_is_next_year(text, expr, value, alt):
    t = one(text, expr)
    assert t.value == value and alt in t.alternatives


def test_future_noun_alone_keeps_this_year():
    # "plan" as a noun is no plain future: the date stays in the publication year
    assert one("The thrift announced the plan Aug. 21.", "Aug. 21").value == "2017-08-21"
    # a date only just passed in a future clause stays this year (a lag, not next year)
    assert one("The talks will resume on Sept. 1.", "Sept. 1").value == "2017-09-01"


def test_quarter_ended_is_the_quarter_closing_that_day():
    d = dt.date(2017, 8, 10)
    t = one("Profit for the quarter ended June 30 rose 5 percent.", "the quarter", dct=d)
    assert t.value == "2017-Q2" and "P1Q" in t.alternatives
    assert one("Sales for the quarter ending Dec. 31 will rise.", "the quarter", dct=d).value == "2017-Q4"
    # a fiscal quarter (ending July 31) keeps the latest complete quarter
    assert one("Profit for the quarter ended July 31 fell.", "the quarter", dct=d).value == "2017-Q2"


def test_later_quarter_in_future_clause_is_this_year():
    d = dt.date(2017, 6, 15)
    assert one("Third-quarter earnings will be reported on Oct. 25.", "Third-quarter", dct=d).value == "2017-Q3"
    assert one("Third-quarter earnings fell.", "Third-quarter", dct=d).value == "2016-Q3"


HISTORY = ("The Second World War began on 1 September 1939. Paris fell on 14 June 1940. "
           "On 6 June 1944 Allied troops landed in Normandy. Late in the year the Germans attacked "
           "in the Ardennes. On 8 September 1943 the Italian armistice was announced. "
           "The next month Italy declared war on Germany. Over the next decade, Europe was rebuilt.")


def test_history_the_year_and_the_next_month_follow_the_story():
    assert one(HISTORY, "the year", dct=None).value == "1944"
    assert one(HISTORY, "the year", dct=None).mod == "END"
    assert one(HISTORY, "The next month", dct=None).value == "1943-10"
    assert one(HISTORY, "the next decade", dct=None).value == "P10Y"   # 'over': a stretch


def test_early_in_late_in_give_start_end():
    t = one("Early in 1945, the government collapsed.", "1945")
    assert (t.value, t.mod) == ("1945", "START")
    t = one("Late in the year, fighting resumed.", "the year")
    assert (t.value, t.mod) == ("2017", "END")
    assert one("In 1945, the government collapsed.", "1945").mod is None


def test_sentence_initial_the_decade_keeps_the_article():
    assert spans("The 1990s were hard.") == [("The 1990s", "199")]
    assert spans("In the 1990s the region saw war.") == [("the 1990s", "199")]
    assert one("The late 1970s were hard.", "The late 1970s").mod == "END"


def test_timetable_verb_right_before_outweighs_earlier_past():
    d = dt.date(2017, 6, 15)
    assert one("The treaty, signed in 1994, expires in December.", "December", dct=d).value == "2017-12"
    assert one("The truce that began on Friday ended on Sunday.", "Sunday", dct=d).value == "2017-06-11"


HISTORY_DCT = dt.date(2010, 6, 1)


def test_month_of_that_year_is_one_timex_counted_from_the_story():
    text = ("The armistice was signed on 20 August 1988. The treaty followed in December of that "
            "year. Earlier that month the talks had nearly collapsed. In March of the following "
            "year the troops left.")
    got = [(t.text, t.value) for t in tag(text, HISTORY_DCT)]
    assert ("December of that year", "1988-12") in got
    assert ("Earlier that month", "1988-12") in got        # was 1988: 'that year' moved the anchor
    assert ("March of the following year", "1989-03") in got
    assert [(t.text, t.value) for t in tag("In June of last year prices rose.", dt.date(2017, 3, 1))] == [("June of last year", "2016-06")]


def test_sentence_initial_in_may_is_a_month():
    assert spans("In May the king died.") == [("May", "2017-05")]
    assert spans("Theresa May said.") == []


def test_may_before_another_month_is_a_month():
    # "May" is a modal or a name unless a preposition or a second month tells otherwise
    assert spans("Between May and July 1940, France fell.", None) == [("May", "1940-05"), ("July 1940", "1940-07")]
    assert [t.text for t in tag("May to July was dry.", DCT)] == ["May", "July"]
    assert spans("Talks between May and Macron failed.") == []


def test_month_takes_the_year_of_the_coordinated_month():
    text = "The war began in 1812. In April and May 1940 Germany invaded Norway."
    got = [(t.text, t.value) for t in tag(text, HISTORY_DCT)]
    assert got[1:] == [("April", "1940-04"), ("May 1940", "1940-05")]
    assert [t.value for t in tag("Fighting raged from June to August 1944.", None)] == ["1944-06", "1944-08"]
    assert [t.value for t in tag("the winter from December to February 1943", None)][-2:] == ["1942-12", "1943-02"]
    # (so does a year counted from the publication date: "between April and June last year")
    d = dt.date(2021, 3, 10)
    assert spans("The study enrolled patients between April and June last year.", d) == [
        ("April", "2020-04"), ("June last year", "2020-06")]
    assert spans("Talks are due in June and July next year.", d) == [("June", "2022-06"), ("July next year", "2022-07")]


def test_the_past_before_a_count_is_not_past_ref():
    d = dt.date(2012, 10, 15)
    assert spans("He has been coach for the past three seasons.", d) == []
    assert spans("over the past two World Cups", d) == []
    assert spans("In the past, wars were short.", d) == [("the past", "PAST_REF")]
    assert spans("in the past 12 months", d) == [("the past 12 months", "P12M")]


def test_the_past_three_summers_stays_a_time():
    assert [t.text for t in tag("for the past three summers.", dt.date(2012, 10, 15))] == ["the past"]


def test_winter_of_two_years_is_the_winter_beginning_in_the_first():
    text = "The offensive was halted in mid-November as the winter of 1916-17 set in."
    assert spans(text, HISTORY_DCT)[-1] == ("the winter of 1916-17", "1916-WI")
    assert spans("Fuel ran short in the winter of 1941–42.", HISTORY_DCT) == [("the winter of 1941–42", "1941-WI")]
    assert spans("Troops dug in for winter 2008/09.", HISTORY_DCT) == [("winter 2008/09", "2008-WI")]
    # not two consecutive years, or not a winter: the season of the first year alone
    assert spans("the winter of 1916-18", HISTORY_DCT)[0] == ("the winter of 1916", "1916-WI")
    assert spans("in the summer of 2015-16", HISTORY_DCT)[0] == ("the summer of 2015", "2015-SU")


def test_a_start_given_after_a_noun_is_ahead_whatever_the_verb():
    tue = dt.date(2012, 11, 20)
    text = ("Israel and Hamas agreed to a truce starting at noon on Wednesday, an Egyptian "
            "mediator said late Tuesday.")
    got = spans(text, tue)
    assert ("Wednesday", "2012-11-21") in got and ("noon", "2012-11-21T12:00") in got
    assert ("Monday", "2012-11-26") in spans("The airline said new fares effective Monday were approved.", tue)
    assert ("Friday", "2012-11-23") in spans("Unions called a strike beginning on Friday, officials said.", tue)
    # sentence-initial: a past told from its start
    assert spans("Starting on Monday, troops shelled the town.", tue) == [("Monday", "2012-11-19")]


def test_decades_later_counts_from_the_decade_last_mentioned():
    text = "Sanctions remained in force throughout the 1990s. Two decades later, veterans still suffered."
    assert spans(text, dt.date(2017, 9, 5)) == [("the 1990s", "199"), ("Two decades later", "201")]
    text = "The town boomed in the 1960s. A decade earlier it had been a village."
    assert spans(text, dt.date(2017, 9, 5))[-1] == ("A decade earlier", "195")
    # a year named after the decade is the one to count from
    text = "In the 1960s the town grew. In 1975 it burned. Two decades later it was rebuilt."
    assert spans(text, dt.date(2017, 9, 5))[-1] == ("Two decades later", "1995")


def test_a_flashback_does_not_move_the_story():
    text = ("Its first app went on sale in March 2008. Its founder said the idea came to her the "
            "previous winter. The following year, the company moved to San Francisco.")
    assert spans(text, dt.date(2011, 2, 10))[1:] == [("the previous winter", "2007-WI"), ("The following year", "2009")]
    text = ("The city fell on 5 May 1945. The previous day, the army had crossed the river. "
            "The following day, the general entered.")
    assert spans(text, HISTORY_DCT)[1:] == [("The previous day", "1945-05-04"), ("The following day", "1945-05-06")]


def test_a_time_told_in_the_past_is_not_on_a_day_still_ahead():
    text = ("The May jobs report will be released on June 7. Stocks rallied on the news, and the "
            "Dow closed above 15,000 for the first time at 4 p.m. EDT.")
    assert spans(text, dt.date(2013, 5, 3))[-1] == ("4 p.m. EDT", "2013-05-03T16:00")
    # told ahead, it may be that day
    text = "The report will be released on June 7. Markets will react at 8:30 a.m. EDT."
    assert spans(text, dt.date(2013, 5, 3))[-1] == ("8:30 a.m. EDT", "2013-06-07T08:30")


def test_a_quarter_named_by_its_months():
    d = dt.date(2013, 8, 2)
    assert spans("The economy grew at a 1.7 percent rate in the April-June quarter.", d) == [("the April-June quarter", "2013-Q2")]
    assert spans("Sony expects a profit in the October-December period.", d) == [("the October-December period", "2013-Q4")]
    assert spans("Sales rose in the January–June half.", d) == [("the January–June half", "2013-H1")]
    assert spans("Profit in the July-September 2012 quarter doubled.", d) == [("the July-September 2012 quarter", "2012-Q3")]
    # not a calendar quarter: the months stay
    assert spans("Sales in the November-January quarter fell.", d) == [("November", "2012-11"), ("January", "2013-01")]


def test_fiscal_between_the_ordinal_and_the_quarter():
    d = dt.date(2010, 4, 21)
    assert spans("Apple said its profit for the second fiscal quarter rose 90 percent.", d) == [("the second fiscal quarter", "2010-Q2")]
    assert spans("Results for the first fiscal half of 2010 beat forecasts.", d) == [("the first fiscal half of 2010", "2010-H1")]


def test_a_second_season_shares_the_first_ones_article():
    text = "The offensive began on 1 July 1916. Fighting continued through the summer and autumn."
    assert spans(text, None)[-2:] == [("the summer", "1916-SU"), ("autumn", "1916-FA")]
    assert spans("Prices rose this summer and fall.", dt.date(2011, 12, 11)) == [("this summer", "2011-SU"), ("fall", "2011-FA")]
    assert spans("He was born in autumn.", dt.date(2011, 12, 11)) == []


def test_the_may_before_a_common_noun_is_the_month():
    d = dt.date(2013, 5, 3)
    assert spans("The May jobs report will be released on June 7.", d) == [("May", "2013-05"), ("June 7", "2013-06-07")]
    assert spans("Analysts expect the May figures to improve.", d) == [("May", "2013-05")]
    assert spans("Voters punished the May government.", d) == []
    assert spans("The May family left.", d) == []


def test_a_minor_planet_designation_is_no_year():
    d = dt.date(2013, 2, 16)
    assert spans("The asteroid 2012 DA14 passed within 27,700 kilometres of Earth.", d) == []
    assert spans("NASA's probe will visit 1999 RQ36.", d) == []
    assert spans("In 2012 NASA launched it.", d) == [("2012", "2012")]


def test_a_half_of_a_match_is_no_half_year():
    d = dt.date(2012, 10, 6)
    assert spans("Van Persie, signed in August, scored twice in the second half.", d) == [("August", "2012-08")]
    assert spans("Newcastle led at half-time but conceded a penalty early in the second half.", d) == []
    assert spans("The company expects profit to rise in the second half.", d) == [("the second half", "2012-H2")]


def test_a_named_day_is_no_weekday():
    d = dt.date(2013, 1, 8)
    assert spans("It was introduced after the 2009 Black Saturday fires.", d) == [("2009", "2009")]
    assert spans("Candidates campaigned ahead of Super Tuesday.", d) == []
    assert spans("Marchers remembered Bloody Sunday.", d) == []
    assert spans("Shoppers crowded stores on Saturday.", d) == [("Saturday", "2013-01-05")]


def test_a_past_date_still_ahead_this_year_belongs_to_the_story():
    text = ("The invasion of Iraq began early on 20 March 2003. Within three weeks, American troops "
            "had reached the capital, and on 9 April a statue of Saddam Hussein was pulled down. "
            "On 1 May, President George W. Bush declared an end to major combat operations.")
    got = spans(text, dt.date(2008, 3, 20))
    assert got[-2:] == [("9 April", "2003-04-09"), ("1 May", "2003-05-01")]
    text = "The plant was built in June 2003. In July, it was shut down."
    assert spans(text, dt.date(2008, 3, 20))[-1] == ("July", "2003-07")
    # a recent month stays last year's: news names older ones with their year
    text = ("The economy has grown every quarter since the recession ended in June 2009. "
            "Unemployment, at 8.5 percent in December, has been above 8 percent for three years.")
    assert ("December", "2011-12") in spans(text, dt.date(2012, 1, 27))


def test_a_participle_after_remain_is_no_past():
    d = dt.date(2011, 8, 26)      # a Friday
    assert spans("The beaches will remain closed over the weekend.", d) == [("the weekend", "2011-W34-WE")]
    assert spans("Officials said the port would stay closed until Sunday.", d) == [("Sunday", "2011-08-28")]
    assert spans("The schools remained closed on Monday.", d) == [("Monday", "2011-08-22")]


def test_a_since_day_is_no_scene_for_a_later_clock_time():
    d = dt.date(2011, 8, 26)
    text = ("Bloomberg ordered the evacuation on Friday. Forecasters said the storm had weakened "
            "since Thursday night. \"We've never done this before,\" Bloomberg said at a news "
            "conference at 3:15 p.m. EDT.")
    assert spans(text, d)[-1] == ("3:15 p.m. EDT", "2011-08-26T15:15")


def test_less_than_a_year_after_a_date_is_no_rate():
    d = dt.date(2014, 6, 6)
    assert spans("Germany surrendered on 8 May 1945, less than a year after D-Day.", d)[-1] == ("less than a year", "P1Y")
    assert spans("rates stay near zero until late 2014, more than a year longer than planned.", d)[-1] == ("more than a year", "P1Y")
    assert spans("It flies four flights a week and costs $1.76 a year.", d) == []
    assert spans("Sales rose 10% a year.", d) == []
    assert spans("Prices rose 3 per cent a year.", d) == []


def test_a_title_case_count_of_days_is_a_name():
    d = dt.date(2011, 4, 12)
    assert spans("McClellan withdrew after the Seven Days Battles in late June.", d) == [("late June", "2011-06")]
    assert spans("Seven days later, the fort fell.", d) == [("Seven days later", "2011-04-19")]


def test_that_winter_after_january_or_february_is_the_winter_begun_the_year_before():
    text = ("The Sixth Army surrendered on 2 February 1943. Earlier that winter, Soviet forces had "
            "broken the siege of Leningrad.")
    assert spans(text, None) == [("2 February 1943", "1943-02-02"), ("Earlier that winter", "1942-WI")]
    assert spans("The army surrendered on 2 February 1943. The following winter was harsher.", None)[-1] == ("The following winter", "1943-WI")
    assert spans("In the winter of 1941, the army froze. That winter was cold.", None)[-1] == ("That winter", "1941-WI")


def test_a_capitalised_season_before_a_capitalised_word_is_a_name():
    d = dt.date(2012, 8, 12)
    assert spans("The next Summer Olympics will be held in Rio de Janeiro in 2016.", d) == [("2016", "2016")]
    assert spans("Crowds stormed the Winter Palace.", d) == []
    assert spans("Last Winter was cold.", d) == [("Last Winter", "2011-WI")]
    assert spans("Prices rose in Spring 2010.", d) == [("Spring 2010", "2010-SP")]


def test_a_year_after_a_preposition_and_a_limit():
    d = dt.date(2011, 7, 21)
    assert spans("NASA will rely on Russian capsules until at least 2015, at a cost of $63 million.", d) == [("2015", "2015")]
    assert spans("The reactor will run until at the latest 2020.", d) == [("2020", "2020")]
    assert spans("The quake killed at least 2000 people.", d) == []


def test_half_an_hour():
    d = dt.date(2010, 5, 7)
    assert spans("The Dow lost nearly 1,000 points in less than half an hour.", d) == [("less than half an hour", "PT30M")]
    assert spans("The talks lasted half a day.", d) == [("half a day", "P0.5D")]
    assert spans("Two and a half years later, it fell.", d) == [("Two and a half years later", "2012-11")]


def test_a_clock_time_ending_its_sentence_takes_no_day_from_the_next():
    d = dt.date(2010, 5, 7)
    text = ("Stocks plunged Thursday afternoon. The Dow had been down 998.5 points at 2:47 p.m. "
            "The index has fallen 8 percent from its high, reached on April 26.")
    assert ("2:47 p.m.", "2010-05-06T14:47") in spans(text, d)
    assert spans("It closed at 4 p.m. Markets reopen on Monday.", d)[0] == ("4 p.m.", "2010-05-07T16:00")


def test_a_timetable_verb_before_a_clock_time_and_a_day():
    d = dt.date(2010, 5, 7)       # a Friday
    assert spans("The vote starts at 9 a.m. Tuesday.", d) == [("9 a.m. Tuesday", "2010-05-11T09:00")]
    assert spans("Polls close on Sunday.", d) == [("Sunday", "2010-05-09")]
    assert spans("Polling stations open at 8 a.m. EST on Sunday.", d)[-1] == ("Sunday", "2010-05-09")
    assert spans("The store closed at 9 p.m. Tuesday.", d) == [("9 p.m. Tuesday", "2010-05-04T21:00")]
    assert spans("Trading resumes at 9 a.m. March 3.", d) == [("9 a.m. March 3", "2011-03-03T09:00")]


def test_by_a_date_with_no_verb_to_date_it_is_a_target():
    d = dt.date(2011, 10, 27)
    text = "The agreement requires banks to raise 106 billion euros in new capital by the end of June."
    assert spans(text, d) == [("the end of June", "2012-06")]
    assert spans("Sales should double by March.", d) == [("March", "2012-03")]
    assert spans("By June, the rebels had taken the city.", d) == [("June", "2011-06")]


def test_a_length_in_two_units_is_one_duration():
    d = dt.date(2012, 7, 9)
    assert spans("The match lasted 3 hours and 24 minutes.", d) == [("3 hours and 24 minutes", "PT3H24M")]
    assert spans("He was jailed for two years and six months on Monday.", d)[0] == ("two years and six months", "P2Y6M")
    assert spans("The climb took 1 day and 6 hours.", d) == [("1 day and 6 hours", "P1DT6H")]
    # a second length that is a shift, or units in the wrong order, stay apart
    assert spans("The war lasted four years, and two months later it ended.", d) == [("four years", "P4Y"), ("two months later", "2012-09")]
    assert spans("It took 10 minutes and 3 hours.", d) == [("10 minutes", "PT10M"), ("3 hours", "PT3H")]
    assert spans("The match lasted about 3 hours and 24 minutes.", d) == [("about 3 hours and 24 minutes", "PT3H24M")]


def test_runs_lasts_continues_are_timetable_verbs():
    d = dt.date(2012, 3, 14)      # a Wednesday
    assert spans("The tournament runs from Thursday to Sunday.", d) == [("Thursday", "2012-03-15"), ("Sunday", "2012-03-18")]
    assert spans("The trial continues on Monday.", d) == [("Monday", "2012-03-19")]
    assert spans("The festival lasts until Sunday.", d) == [("Sunday", "2012-03-18")]
    assert spans("The strike lasted until Sunday.", d) == [("Sunday", "2012-03-11")]


def test_the_season_after_a_dated_one_in_its_sentence_takes_its_year():
    d = dt.date(2012, 3, 14)
    assert spans("Prices peaked in the summer of 2008 and fell through the autumn.", d) == [
        ("the summer of 2008", "2008-SU"), ("the autumn", "2008-FA")]
    assert spans("The bank failed in September 2008, and in the winter the economy shrank.", d)[-1] == ("the winter", "2008-WI")
    # another sentence: news again
    assert spans("Prices peaked in the summer of 2008. They fell in the autumn.", d)[-1] == ("the autumn", "2011-FA")


def test_straight_and_consecutive_lengths():
    d = dt.date(2010, 11, 19)
    assert spans("Unemployment has topped 9 percent for 18 straight months.", d) == [("18 straight months", "P18M")]
    assert spans("Oil rose for six consecutive weeks.", d) == [("six consecutive weeks", "P6W")]
    assert spans("Stocks fell for a third straight day.", d) == []


def test_a_day_and_month_of_last_or_next_year():
    d = dt.date(2013, 7, 4)
    assert spans("The president took office on June 30 last year.", d) == [("June 30 last year", "2012-06-30")]
    assert spans("The vote is set for 5 March next year.", d) == [("5 March next year", "2014-03-05")]
    assert spans("On September 14 and 15 last year, talks failed.", d) == [("September 14", "2012-09-14"), ("15 last year", "2012-09-15")]


def test_decades_later_after_a_part_of_a_decade():
    text = ("The talks opened on 1 November 1995. By the end of the decade, most refugees had not "
            "returned. A decade later, in July 2005, thousands gathered at Srebrenica.")
    assert ("A decade later", "2005") in spans(text, HISTORY_DCT)
    assert spans("In the late 1960s the town boomed. Two decades later it was empty.", HISTORY_DCT)[-1] == ("Two decades later", "198")


def test_a_quarter_named_by_its_months_with_to_or_through():
    d = dt.date(2009, 11, 12)
    assert spans("Sony lost 26 billion yen in the July-to-September period.", d) == [("the July-to-September period", "2009-Q3")]
    assert spans("Sales rose in the April through June quarter.", d) == [("the April through June quarter", "2009-Q2")]


def test_no_sentence_ends_in_pm_before_a_time_zone_a_weekday_or_a_month():
    d = dt.date(2010, 4, 17)      # a Saturday
    text = "UK airspace will remain closed until at least 1800 UTC (7 p.m. BST) on Sunday."
    assert spans(text, d) == [("1800 UTC", "2010-04-18T18:00"), ("7 p.m. BST", "2010-04-18T19:00"), ("Sunday", "2010-04-18")]
    assert spans("It closed at 4 p.m. Markets reopen on Monday.", d) == [("4 p.m.", "2010-04-17T16:00"), ("Monday", "2010-04-19")]
    assert spans("Talks end at 6 p.m. Friday.", d) == [("6 p.m. Friday", "2010-04-23T18:00")]


def test_a_bare_overnight_is_the_night_before_the_day_told():
    d = dt.date(2024, 3, 18)      # a Monday
    assert spans("Russian drones struck Kharkiv overnight.", d) == [("overnight", "2024-03-17TNI")]
    assert spans("Russia launched 112 drones overnight, the air force said on Sunday.", d) == [
        ("overnight", "2024-03-16TNI"), ("Sunday", "2024-03-17")]
    # beside a day the day is the timex, as before; figurative and adjectival uses are none
    assert spans("Drones hit Odesa overnight Sunday.", d) == [("Sunday", "2024-03-17")]
    assert spans("Drones struck overnight from Saturday to Sunday.", d) == [("Saturday", "2024-03-16"), ("Sunday", "2024-03-17")]
    assert spans("Peace won't happen overnight. Prices changed almost overnight after an overnight stay.", d) == []
    assert spans("He became a star overnight.", d) == []
    text = "The law was signed on March 23, 2010. Twenty-six states sued. Outside the court, protesters had gathered overnight."
    assert spans(text, d)[-1] == ("overnight", "2024-03-17TNI")
    # told ahead: the coming night, not the night of a day named after it
    assert spans("Forecasters said Sandy would weaken overnight and move into Canada by Wednesday night.", d)[0] == (
        "overnight", "2024-03-18TNI")


def test_the_nth_day_counts_from_the_day_told():
    d = dt.date(2024, 1, 10)
    text = ("Operation 1027 was launched on 27 October 2023. The alliance captured Chinshwehaw on the first day. "
            "On the second day of the offensive, it took Hsenwi. On day three, the army retreated. "
            "The following day, talks began. By the fifth day, the town fell.")
    assert spans(text, d)[1:] == [("the first day", "2023-10-27"), ("the second day", "2023-10-28"), ("day three", "2023-10-29"),
                                  ("The following day", "2023-10-30"), ("the fifth day", "2023-10-31")]
    assert spans("It's the second day of an offensive by the security forces.", d) == [("the second day", "2024-01-10")]
    assert spans("Stocks fell for the second day in a row.", d) == []
    assert spans("The siege began on 3 May 1944. On its first day the offensive stalled.", d)[1] == ("its first day", "1944-05-03")
    assert spans("The lawyers emerged from their third day-long meeting.", d) == [("day-long", "P1D")]
    text = "Operation Barbarossa began on 22 June 1941. On day 100 of the campaign, Kiev fell. By day 3, Minsk was surrounded."
    assert spans(text, d)[1:] == [("day 100", "1941-09-29"), ("day 3", "1941-06-24")]


def test_a_year_named_in_the_same_phrase_gives_a_yearless_date_its_year():
    d = dt.date(2009, 6, 1)
    assert spans("Since the September 11 attacks in 2001, security has tightened.", d) == [("September 11", "2001-09-11"), ("2001", "2001")]
    assert spans("Russia hosted the 2014 Winter Games in Sochi in February.", d) == [("2014", "2014"), ("February", "2014-02")]
    # separate dates, or a verb between, are no one phrase
    assert spans("On 12 June the army attacked, and in 1944 the war ended.", d)[0] == ("12 June", "2009-06-12")
    assert spans("The 2014 budget was passed in February.", d)[1] == ("February", "2009-02")


def test_a_story_set_apart_from_the_publication_date_keeps_its_year():
    d = dt.date(2008, 3, 20)
    text = ("The invasion of Iraq began on 20 March 2003. Baghdad fell on 9 April, and Saddam Hussein went into "
            "hiding. Over the summer, an insurgency grew. Saddam was captured near Tikrit on 13 December.")
    assert spans(text, d)[1:] == [("9 April", "2003-04-09"), ("the summer", "2003-SU"), ("13 December", "2003-12-13")]
    # a text that counts from its publication date is news: last December is last year's
    news = "The invasion of Iraq began on 20 March 2003. On Tuesday, Bush spoke. Saddam was captured on 13 December."
    assert spans(news, d)[-1] == ("13 December", "2007-12-13")
    # an explicit date alone sets no story that a recent date must join
    assert spans("Smith, who was born on 5 May 1930, died on 12 December at his home.", d)[-1] == ("12 December", "2007-12-12")


def test_a_winter_of_two_years_moves_the_story_into_the_second():
    d = dt.date(2015, 1, 1)
    text = ("The German army was halted outside Moscow in December 1941. During the winter of 1941-42 the Red "
            "Army counterattacked. That spring, the Germans prepared a new offensive. In June they attacked. That winter, many froze.")
    assert spans(text, d)[1:] == [("the winter of 1941-42", "1941-WI"), ("That spring", "1942-SP"), ("June", "1942-06"), ("That winter", "1942-WI")]
    text = "Iraq invaded Kuwait in August 1990. During the winter of 1990-91 the coalition massed troops. The war continued well into the autumn."
    assert spans(text, d)[-1] == ("the autumn", "1991-FA")
    assert spans("During the winter of 1941–1942 the Red Army attacked. That spring, the Germans regrouped.", d) == [
        ("the winter of 1941–1942", "1941-WI"), ("That spring", "1942-SP")]


def test_a_month_after_a_winter_is_in_the_winter_or_after_it():
    """A winter runs from December into the next year: 'January' after 'that winter' (1939-WI)
    is January 1940, 'November' after 'the winter of 1854–55' is still 1854's, and 'The
    following spring' after a winter is the spring that ends it."""
    d = dt.date(2011, 2, 10)
    found = spans("World War II began in September 1939. The Winter War began on 30 November 1939. The Finns held "
                  "the line throughout December, and that winter "
                  "temperatures fell to -43 C in January.", d)
    assert found[-2:] == [("that winter", "1939-WI"), ("January", "1940-01")]
    found = spans("The allies landed on 14 September 1854. The winter of 1854–55 was a disaster. A storm on "
                  "14 November sank the supply ships, and by January thousands were in hospital.", d)
    assert found[-3:] == [("The winter of 1854–55", "1854-WI"), ("14 November", "1854-11-14"), ("January", "1855-01")]
    found = spans("Soviet troops entered Kabul on 27 December 1979. That winter, the rebels organised. "
                  "The following spring, the Soviets attacked.", d)
    assert found[-1] == ("The following spring", "1980-SP")


def test_a_range_of_days_without_years_may_cross_a_new_year():
    """In a history at January 1940, 'between 7 December and 8 January' began in December 1939
    (it was December 1940, then January 1941)."""
    text = ("World War II began in September 1939. The Winter War began on 30 November 1939. In January the Finns "
            "held. At Suomussalmi, between 7 December and 8 January, two divisions were destroyed.")
    found = dict(spans(text, dt.date(2011, 2, 10)))
    assert (found["7 December"], found["8 January"]) == ("1939-12-07", "1940-01-08")


def test_a_clock_time_takes_the_day_of_its_own_sentence():
    """'Shortly before 9 a.m. on Wednesday' opens a new sentence (the day before belongs to the
    last one), and 'a.m. Leningrad time' ends none."""
    d = dt.date(2014, 4, 18)
    text = ("The ferry left at about 9 p.m. on Tuesday and was bound for Jeju. Shortly before 9 a.m. on Wednesday "
            "the ship made a sharp turn.")
    assert one(text, "Shortly before 9 a.m.", d).value == "2014-04-16T09:00"
    text = "On 11 February the Red Army broke through. A ceasefire took effect at 11 a.m. Leningrad time on 13 March."
    assert one(text, "11 a.m. Leningrad time", dt.date(2011, 2, 10)).value == "2011-03-13T11:00"


def test_the_end_of_a_season_or_quarter_is_one_timex_with_its_mod():
    """'the end of the summer', 'the end of the first quarter of 2008': one timex, mod END (the
    season or quarter alone was tagged)."""
    d = dt.date(2007, 10, 24)
    t = one("By the end of the summer the Russians had withdrawn.", "the end of the summer", d)
    assert (t.value, t.mod) == ("2007-SU", "END")
    t = one("They expect the yield to fall by the end of the first quarter of 2008.", "the end of the first quarter of 2008", d)
    assert (t.value, t.mod) == ("2008-Q1", "END")


def test_a_year_after_throughout_or_an_approximate_year_in_a_history():
    """'Throughout 1943' (a capitalised word before a year is mostly a name, not this one),
    'built around 1200', 'Around 1500, the city': years; 'Around 1500 people', 'the toll rose
    to about 1500' stay counts."""
    d = dt.date(2010, 1, 1)
    assert spans("Throughout 1943 production rose.", d) == [("1943", "1943")]
    assert spans("The castle was built around 1200 and rebuilt later.", d) == [("1200", "1200")]
    assert spans("Around 1500, the city had 5,000 people.", d) == [("1500", "1500")]
    assert spans("Around 1500 people died.", d) == []
    assert spans("The toll rose to about 1500.", d) == []


def test_coordinated_seasons_share_the_year_named_last():
    """'the spring and summer of 1942': the spring is 1942's (it was counted from the last
    date); a winter before another season is the one that began the year before."""
    found = spans("The war began in 1939. In the spring and summer of 1942 the Germans advanced. "
                  "The winter and spring of 1943 saw a thaw.", dt.date(2010, 1, 1))
    assert found[1:] == [("the spring", "1942-SP"), ("summer of 1942", "1942-SU"), ("The winter", "1942-WI"),
                         ("spring of 1943", "1943-SP")]


def test_a_fiscal_year_named_before_its_noun_is_one_timex():
    assert spans("The committee voted on spending for the 2002 fiscal year.", dt.date(2001, 7, 19)) == [
        ("the 2002 fiscal year", "2002")]


def test_the_next_quarter_without_a_past_verb_is_the_one_about_to_begin():
    """In March, 'the second quarter' that spending could shift into is this year's; told in
    the past, a later quarter is last year's."""
    d = dt.date(1998, 3, 12)
    assert one("Easter falls late, which could shift spending into the second quarter.", "the second quarter", d).value == "1998-Q2"
    assert one("Sales fell in the second quarter.", "the second quarter", d).value == "1997-Q2"


def test_a_night_of_two_days_is_one_night_of_its_first_day():
    """'the night of 5/6 July' is one night, the night of the 5th (as 'Monday night' is
    Monday's): one timex, not two days ('6 and 7 November' stays two)."""
    dct = dt.date(2016, 3, 9)
    found = spans("Police arrested them in the night of 5/6 July last year.", dct)
    assert found == [("5/6 July last year", "2015-07-05")]
    night = tag("On the night of 8/9 February, destroyers attacked.", dct)[0]
    assert (night.text, night.alternatives[0]) == ("8/9 February", "2016-02-08TNI")
    assert spans("They met on 6 and 7 November 2015.", dct) == [("6", "2015-11-06"), ("7 November 2015", "2015-11-07")]
    # a dash between two days running is one night too; a history gives its part of day and words
    assert spans("On the night of 9–10 March, bombers struck.", dct) == [("9–10 March", "2016-03-09")]
    history = "The air war over Japan began in 1944. On the night of 9–10 March 1945 bombers burned Tokyo."
    assert [(t.text, t.value) for t in tag(history, None)][1:] == [("the night of 9–10 March 1945", "1945-03-09TNI")]
    assert len(spans("Shelling went on from the night of 9–12 March.", dct)) == 2     # days, not one night


def test_last_before_a_verb_tells_a_past():
    """'The bank last cut its main rate in November' (told in June): November before, though
    'cut' could be any tense; 'the last cut' is a noun and tells nothing."""
    d = dt.date(2014, 6, 5)
    assert one("The bank last cut its main rate in November, from 0.5 percent.", "November", d).value == "2013-11"
    assert one("The council last met in October.", "October", d).value == "2013-10"


def test_the_figure_a_change_is_measured_from_is_earlier():
    """'up from about 50 percent on Monday', 'down from the $281 billion it forecast in April':
    the earlier figure's time has passed, though the sentence speaks of the future."""
    d = dt.date(2001, 7, 19)     # a Thursday
    text = "Traders see a 70 percent chance that the Fed will cut rates next Tuesday, up from about 50 percent on Monday."
    assert one(text, "Monday", d).value == "2001-07-16"
    text = "The office said the surplus would be $158 billion, down from the $281 billion it forecast in April."
    assert one(text, "April", d).value == "2001-04"


def test_a_time_does_not_take_the_day_a_sentence_counts_from():
    """'by late morning ..., the lowest since Sept. 18': the morning is the publication day's."""
    text = "The yield fell to 4.33 percent by late morning, after touching 4.30 percent, the lowest since Sept. 18."
    assert one(text, "late morning", dt.date(2007, 10, 24)).value == "2007-10-24TMO"


def test_weekdays_listed_ahead_come_in_order():
    """'meet next Tuesday and Wednesday' (told on a Wednesday): the Wednesday after that Tuesday,
    not the publication day."""
    d = dt.date(2007, 10, 24)
    assert one("Policymakers meet next Tuesday and Wednesday.", "Wednesday", d).value == "2007-10-31"
    assert one("The talks will be held on Tuesday and Wednesday.", "Wednesday", d).value == "2007-10-31"
    assert one("Fighting raged on Monday and Wednesday.", "Wednesday", d).value == "2007-10-24"
    # told on a Tuesday: next Tuesday is a week on, and the Wednesday after it
    assert one("Policymakers meet next Tuesday and Wednesday.", "Wednesday", dt.date(2017, 9, 5)).value == "2017-09-13"


def test_a_plan_told_in_the_past_that_did_not_happen_looks_back():
    """'was to begin on Monday, but ... postponed' is a Monday gone by; without the contrast,
    a plan told in the past may still be ahead."""
    d = dt.date(2016, 3, 9)      # a Wednesday
    text = "On Monday the trial was to begin with the reading of the charges, but the judge postponed the hearing."
    assert one(text, "Monday", d).value == "2016-03-07"
    assert one("The vote was scheduled for Sunday but was delayed.", "Sunday", d).value == "2016-03-06"
    assert one("Talks were due to resume on Friday, officials said.", "Friday", d).value == "2016-03-11"


def test_a_timetabled_journey_in_the_present_is_ahead():
    """'who leaves on Friday morning', 'He returns to Washington on Tuesday': travel told in the
    present tense is a timetable."""
    d = dt.date(2001, 7, 19)     # a Thursday
    text = ("Bush, who leaves on Friday morning for a summit in Genoa, has threatened a veto. "
            "He returns to Washington on Tuesday.")
    assert one(text, "Friday morning", d).value == "2001-07-20TMO"
    assert one(text, "Tuesday", d).value == "2001-07-24"
    assert one("He returned to Washington on Tuesday.", "Tuesday", d).value == "2001-07-17"


def test_a_session_that_resumes_at_a_clock_time_resumes_the_next_day():
    """'Arguments resume at 10 a.m.' after the day's hearing is the next morning; a time that
    does not resume stays on the publication date."""
    d = dt.date(2012, 3, 27)
    assert one("The court adjourned. Arguments resume at 10 a.m. EDT.", "10 a.m. EDT", d).value == "2012-03-28T10:00"
    assert one("The court adjourned. Trading opens at 10 a.m. EDT.", "10 a.m. EDT", d).value == "2012-03-27T10:00"


def test_a_clock_time_takes_no_day_its_tense_contradicts():
    d = dt.date(2023, 5, 10)      # a Wednesday
    assert spans("The hearing was adjourned on Friday. Arguments resume at 10 a.m. EDT.", d)[-1] == ("10 a.m. EDT", "2023-05-10T10:00")
    assert spans("The ship will leave Hobart on Thursday. It was expected to reach Sydney around 5 p.m.", d)[-1] == (
        "around 5 p.m.", "2023-05-10T17:00")
    # a plan told in the past keeps its past day; a timetable keeps its day ahead
    assert spans("The trial opened on Monday. It was to begin at 10 a.m.", d)[-1] == ("10 a.m.", "2023-05-08T10:00")
    assert spans("Voting ends on Sunday. Polls close at 8 p.m.", d)[-1] == ("8 p.m.", "2023-05-14T20:00")
    # nor a day the text has moved on from (other months told since)
    text = ("Colombians vote on Sunday in a first round that polls say will go to a runoff on June 20. Mockus surged "
            "in April. Uribe was barred from running in February. Polling stations open at 8 a.m.")
    assert spans(text, dt.date(2010, 5, 30))[-1] == ("8 a.m.", "2010-05-30T08:00")


def test_a_day_every_year_has_no_year():
    text = ("The camp was liberated on 27 January 1945. Every year on 27 January, survivors gather there. "
            "The town floods in May each year. On 3 June the town fell.")
    assert spans(text, HISTORY_DCT)[1:] == [("Every year", "P1Y"), ("27 January", "XXXX-01-27"), ("May", "XXXX-05"),
                                            ("each year", "P1Y"), ("3 June", "1945-06-03")]


LIVE_BLOG = ("Thursday 14 March\n\n13:05 Crews evacuated 300 people this afternoon.\n\n"
             "18:30 The governor will tour the towns on Saturday, her office said.\n\n"
             "Friday 15 March\n\n10:25 The toll rose to four, police said this morning.")


def test_a_live_blog_stamp_takes_its_heading_day_over_a_day_it_speaks_of():
    got = dict(spans(LIVE_BLOG, dt.date(2024, 3, 15)))
    assert got["18:30"] == "2024-03-14T18:30"      # not Saturday's
    assert got["Saturday"] == "2024-03-16"


def test_a_live_blog_entry_counts_this_afternoon_from_its_heading_day():
    got = spans(LIVE_BLOG, dt.date(2024, 3, 15))
    assert ("this afternoon", "2024-03-14TAF") in got
    assert ("this morning", "2024-03-15TMO") in got     # the publication day's entry stays


def test_a_participle_after_an_article_is_no_past_verb():
    d = dt.date(2021, 2, 19)
    assert one("The governor will visit the affected towns on Saturday.", "Saturday", d).value == "2021-02-20"
    assert one("Ingenuity will attempt the first powered flight on Mars in the spring.", "the spring", d).value == "2021-SP"
    # nor after an article and an adverb: "a still unspecified date", "a hastily arranged meeting"
    d = dt.date(1989, 10, 26)
    assert one("The dividend would be paid on a still unspecified date in January.", "January", d).value == "1990-01"
    assert one("Talks will resume at a hastily arranged meeting in January.", "January", d).value == "1990-01"
    # a hyphened -ed word is a compound adjective, no past verb ("a so-called fiscal cliff")
    d = dt.date(2012, 11, 7)
    text = ("He will fly back to Washington on Thursday to face a so-called fiscal cliff of tax "
            "increases and spending cuts that take effect on Jan. 1 unless Congress acts.")
    assert one(text, "Thursday", d).value == "2012-11-08"
    assert one(text, "Jan. 1", d).value == "2013-01-01"
    # but a verb's prefix stays part of the verb: "was re-elected" is a past
    assert one("Obama was re-elected on Tuesday.", "Tuesday", d).value == "2012-11-06"
    # and a hyphened verb with no article before it is a past verb ("air-dropped", "test-fired")
    assert one("The army air-dropped supplies in December.", "December", dt.date(2012, 10, 10)).value == "2011-12"


def test_a_year_earlier_than_a_quarter_ended_on_a_day_is_that_quarter():
    d = dt.date(2024, 8, 1)
    text = "Net income in the quarter ended June 29 rose to $214 million from $191 million a year earlier."
    assert one(text, "a year earlier", d).value == "2023-Q2"


def test_a_month_told_in_the_pluperfect_looks_back_from_the_story():
    text = ("The Winter War was fought between the Soviet Union and Finland from 1939 to 1940. The war began on "
            "30 November 1939. By January the offensive had stalled. The 44th Division, which had arrived from "
            "Ukraine in early November, was destroyed. In February the Red Army broke through. The treaty was "
            "signed on 12 March 1940.")
    got = dict(spans(text, dt.date(2024, 1, 1)))
    assert got["early November"] == "1939-11"
    assert got["February"] == "1940-02"
    # a plan looks ahead: "had planned ... for March" stays after the story's January
    text2 = text.replace("which had arrived from Ukraine in early November", "which had planned an attack for early November")
    assert dict(spans(text2, dt.date(2024, 1, 1)))["early November"] == "1940-11"


def test_a_timex_opening_its_sentence_finds_a_verb_after_a_long_aside():
    text = ("In March, after weeks of heavy fighting around the town and a long series of counter-attacks by the "
            "defenders on the northern flank of the front, the army will withdraw.")
    t = one(text, "March", dt.date(2024, 1, 10))
    assert t.value == "2024-03" and "future tense" in t.reason


def test_a_live_blog_entry_dates_its_part_of_day_by_its_stamp_not_an_entry_above():
    text = ("Friday 15 March\n\n07:10 A man swept away on Thursday evening has not been found.\n\n"
            "09:20 Power has been out in two towns since dawn, the utility said.\n\n"
            "10:00 Rescuers searched on Thursday evening. They had been out since dawn.")
    got = spans(text, dt.date(2024, 3, 15))
    dawns = [v for t, v in got if t == "dawn"]
    assert dawns == ["2024-03-15TMO", "2024-03-14TMO"]   # a day told in the entry itself still counts


def test_a_month_after_that_year_in_the_same_sentence_is_the_storys():
    text = ("Traore seized power in September 2022 in the country's second coup that year, after the army ousted "
            "President Kabore in January.")
    t = one(text, "January", dt.date(2025, 6, 1))
    assert t.value == "2022-01" and "2025-01" in t.alternatives
    # in another sentence, a month this year's past stays this year's
    text2 = text.replace(", after the army ousted President Kabore in January.", ". Prices rose in January.")
    assert one(text2, "January", dt.date(2025, 6, 1)).value == "2025-01"


def test_a_fixture_with_a_plural_subject_looks_ahead():
    d = dt.date(2025, 6, 7)     # a Saturday
    assert one("The two sides meet again in the return leg on Wednesday.", "Wednesday", d).value == "2025-06-11"
    assert one("Both teams play again on Sunday.", "Sunday", d).value == "2025-06-08"
    assert one("The two sides met again in the return leg on Wednesday.", "Wednesday", d).value == "2025-06-04"


def test_a_plan_at_the_end_of_a_history_counts_from_the_publication_date():
    text = ("John Smith, the composer, was born on 5 May 1931 in Leeds. He studied in London in 1950 and moved to "
            "Paris in 1958.\n\nIn 1962 he wrote his first symphony, which was performed in Vienna in March 1963. "
            "He married Anne Brown in 1965.\n\nHe taught at the conservatory from 1970 until 1996, when he retired "
            "to Cornwall.\n\nHe died at his home, aged 93. A memorial concert is planned for December 10.")
    d = dt.date(2024, 11, 20)
    assert one(text, "December 10", d).value == "2024-12-10"
    assert one(text.replace("December 10", "January 10"), "January 10", d).value == "2025-01-10"
    # told in the middle of the history, the plan stays in the story
    mid = text.replace(" A memorial concert is planned for December 10.", "").replace(
        "Paris in 1958.", "Paris in 1958. A concert of his songs is planned for December 10.")
    assert one(mid, "December 10", d).value == "1958-12-10"


def test_coordinated_seasons_share_their_determiner():
    d = dt.date(2025, 6, 7)
    got = spans("They lost ground over the previous autumn and winter.", d)
    assert got == [("the previous autumn", "2024-FA"), ("winter", "2024-WI")]
    got = spans("Next summer and winter will be hard.", d)
    assert got == [("Next summer", "2025-SU"), ("winter", "2025-WI")]


def test_publication_date_as_iso_text():
    # callers reading TimeML or JSON hold the date as text ("2017-09-05", "2017-09-05T10:00:00")
    assert tag("On Friday the army attacked.", "2017-09-05T10:00:00")[0].value == "2017-09-01"
    assert extract("On Friday the army attacked Aleppo.", "2017-09-05").events[0].date_start == "2017-09-01"
    with pytest.raises(ValueError):
        tag("On Friday", "last Tuesday")


def test_half_a_year_offers_only_valid_alternatives():
    (half,) = tag("The siege lasted half a year.", DCT)
    assert (half.value, half.alternatives) == ("P0.5Y", ("P6M",))     # not "P0Y6M"
    (more,) = tag("The siege lasted two and a half years.", DCT)
    assert more.alternatives == ("P30M", "P2Y6M")


def test_live_blog_first_entry_under_a_date_heading():
    # the heading's year on the line above is no score ("2025 22:40"): the entry's time is tagged
    text = "13 May 2025\n\n22:40 - Heavy gunfire erupted.\n\n12 May 2025\n\n23:50 - The SSA leader was killed.\n"
    assert [(t.text, t.value) for t in tag(text, dt.date(2025, 5, 14)) if t.type == "TIME"] == [
        ("22:40", "2025-05-13T22:40"), ("23:50", "2025-05-12T23:50")]
    assert [t.text for t in tag("Arsenal won 2 18:02 minutes in", DCT) if t.type == "TIME"] == []


def test_a_modifier_opening_the_sentence_stays_on_its_month():
    # "Early March", "The end of March" at a sentence's start are the part of the month, as mid-sentence
    got = spans("Early March brought heavy rain. The end of May was calmer.", dt.date(2019, 2, 17))
    assert [t for t, _ in got] == ["Early March", "The end of May"]
    assert one("Early 1944 was cold.", "Early 1944").mod == "START"
    # "Later May said no": Theresa May, not a month
    assert spans("Later May said no to the plan.", dt.date(2019, 2, 17)) == []


def test_may_after_before_or_through_is_the_month():
    assert one("A vote is unlikely before May.", "May", dt.date(1998, 2, 17)).value == "1998-05"
    assert one("Through May, sales rose.", "May", dt.date(1998, 7, 17)).value == "1998-05"
    assert spans("After May resigned, he left.", dt.date(2019, 7, 30)) == []


def test_a_month_naming_a_document_is_no_date():
    # "the November Constitution", "the September Agreement": names, like "the October War"
    assert spans("The November Constitution bound Schleswig to Denmark.", dt.date(2010, 5, 1)) == []
    assert spans("Under the September Agreement, troops left.", dt.date(2010, 5, 1)) == []


def test_a_weekday_offers_the_other_week_as_its_flip():
    # the issue's example: "On Friday" in a past-tense sentence of a Tuesday article is the Friday
    # before, and the Friday after is the reading an editor can flip to (told ahead, the reverse)
    t = one("On Friday, the Syrian Army ousted ISIS from Uqairabat.", "Friday")
    assert (t.value, t.alternatives[0]) == ("2017-09-01", "2017-09-08")
    t = one("The talks will resume on Friday.", "Friday")
    assert (t.value, t.alternatives[0]) == ("2017-09-08", "2017-09-01")


def test_a_call_to_act_on_a_weekday_looks_ahead():
    # "called on Egyptians to take to the streets on Friday", told on Wednesday: the coming Friday
    dct = dt.date(2013, 8, 14)   # a Wednesday
    assert one("The Brotherhood called on Egyptians to take to the streets on Friday.", "Friday", dct).value == "2013-08-16"
    assert one("The opposition urged supporters to rally on Friday.", "Friday", dct).value == "2013-08-16"
    # a call told as already past, and an agreement to act, are not calls to come
    assert one("The party had urged members to vote on Friday.", "Friday", dct).value == "2013-08-09"
    assert one("The company agreed to buy the bank on Friday.", "Friday", dct).value == "2013-08-09"


def test_ahead_of_a_days_occasion_is_the_nearer_such_day_after_a_past_act():
    # "ahead of Sunday's ceremonies" lies after the act, before or after the telling
    text = "Police stepped up patrols on bridges and tunnels ahead of Sunday's ceremonies at ground zero."
    assert one(text, "Sunday", dt.date(2011, 9, 9)).value == "2011-09-11"     # told on Friday: the coming one
    vote = "Police stepped up patrols ahead of Sunday's vote."
    assert one(vote, "Sunday", dt.date(2011, 9, 12)).value == "2011-09-11"    # told the day after: the one past
    # an act still ahead keeps the coming day
    assert one("Police will deploy 5,000 officers ahead of Sunday's vote.", "Sunday", dt.date(2011, 9, 12)).value == "2011-09-18"
    # 'before' and 'on the eve of' set the occasion after the act as 'ahead of' does
    debate = "The two candidates clashed in a televised debate Wednesday night, four days before Sunday's run-off."
    assert one(debate, "Sunday", dt.date(2012, 5, 3)).value == "2012-05-06"
    assert one(debate, "Sunday", dt.date(2012, 5, 7)).value == "2012-05-06"


def test_a_verb_after_saying_belongs_to_the_reported_clause():
    # ", saying they would disarm" tells what was said; the date goes with 'agreed'
    text = "Karabakh's ethnic Armenian authorities agreed to a ceasefire on Wednesday, saying they would disarm."
    assert one(text, "Wednesday", dt.date(2023, 9, 21)).value == "2023-09-20"


def test_a_clock_time_takes_no_day_from_a_later_clause_with_its_own_subject():
    # ", and Romney conceded ... early Wednesday" tells another act: 11 p.m. is Tuesday's, told before
    text = ("Obama won a second term on Tuesday. Networks called the race shortly after 11 p.m. EST, "
            "and Romney conceded in a speech in Boston early Wednesday.")
    assert one(text, "shortly after 11 p.m. EST", dt.date(2012, 11, 7)).value == "2012-11-06T23:00"
    # in one clause the later day is still the time's
    assert one("Networks called the race at 11 p.m. EST on Tuesday.", "11 p.m. EST", dt.date(2012, 11, 7)).value == "2012-11-06T23:00"


def test_a_timetable_verb_does_not_reach_past_a_comma_and_a_past_verb():
    # "convenes in January" is a timetable, but ", told supporters Tuesday night" is a new clause, told in the past
    text = ("Ohio Rep. John Boehner, who is expected to become speaker when the new Congress convenes in January, "
            "told supporters Tuesday night that voters had sent a message to President Barack Obama.")
    assert one(text, "Tuesday night", dt.date(2010, 11, 3)).value == "2010-11-02TNI"
    assert one("Parliament convenes in Kiev, Ukraine, on Friday.", "Friday", dt.date(2010, 11, 3)).value == "2010-11-05"


def test_an_encyclopedia_article_named_by_a_past_year_is_a_history_even_soon_after():
    """'The Libyan civil war of 2011 began ...' told in March 2012, with no date counted from the
    publication date: its days and months without a year are of the story, not of 2012."""
    text = ("The Libyan civil war of 2011 began with protests in Benghazi on 15 February. Two days "
            "later security forces fired on crowds. By the end of February rebels held the east. "
            "NATO took command of the air campaign on 31 March. Elections were held in July 2012.")
    dct = dt.date(2012, 3, 1)
    assert one(text, "15 February", dct).value == "2011-02-15"
    assert one(text, "the end of February", dct).value == "2011-02"
    assert one(text, "31 March", dct).value == "2011-03-31"
    iraq = ("The 2003 invasion of Iraq began on 20 March. Baghdad fell on 9 April, and the last "
            "troops left in December 2011.")
    assert one(iraq, "9 April", dt.date(2012, 3, 1)).value == "2003-04-09"
    lanka = ("The final phase of the Sri Lankan Civil War of 2008–2009 ended the insurgency. The army "
             "took Kilinochchi on 2 January 2009 and declared victory on 18 May.")
    assert one(lanka, "18 May", dt.date(2010, 6, 1)).value == "2009-05-18"
    # news that counts from its publication day stays news
    news = ("The 2011 uprising is remembered today. Protesters gathered in Benghazi on 15 February "
            "and again in 2011 and 2012.")
    assert one(news, "15 February", dct).value == "2012-02-15"


def test_a_holiday_in_a_history_moves_forward_into_the_new_year():
    """'fell on 31 December 1958. On New Year's Day, Batista fled': the story goes on into
    1959, as a day and month without a year already did, and so does the day after it."""
    text = ("The rebels attacked Santa Clara in late December, and the city fell on 31 December 1958. "
            "On New Year's Day, Batista fled. Castro entered Havana on 8 January and took power on 16 February.")
    for dct in (None, dt.date(2009, 3, 1)):
        got = {t.text: t.value for t in tag(text, dct)}
        assert (got["New Year's Day"], got["8 January"]) == ("1959-01-01", "1959-01-08")


def test_the_rest_of_the_year_is_that_year_to_its_end():
    """'through the rest of the year' is the year told, to its end (mod END, as 'the end of the
    year'): a history's January after it is the next year's."""
    text = ("The offensive began on 19 March 1942. The army advanced through the rest of the year. "
            "On 10 January the Soviets attacked, and on 2 February the last troops gave up.")
    got = {t.text: t for t in tag(text, None)}
    assert (got["the rest of the year"].value, got["the rest of the year"].mod) == ("1942", "END")
    assert (got["10 January"].value, got["2 February"].value) == ("1943-01-10", "1943-02-02")


def test_a_history_tells_a_range_then_its_story_from_the_first_day():
    """'fought from 16 December 1944 to 25 January 1945. The attack began at 5:30 a.m.': the
    range tells the whole span; a time of day told after it, without a day of its own, is of its
    first day, not of the day it ends on. A day told alone keeps its times ('The siege ended on
    3 July 1863. At 6 p.m. ...')."""
    text = ("The Battle of the Bulge was fought from 16 December 1944 to 25 January 1945. The attack "
            "began at 5:30 a.m. with a heavy barrage. By nightfall German tanks had broken through. "
            "The siege of Vicksburg ended on 4 July 1863. At 10 a.m. the garrison marched out.")
    for dct in (None, dt.date(2009, 3, 1)):
        got = {t.text: t.value for t in tag(text, dct)}
        assert (got["5:30 a.m."], got["nightfall"]) == ("1944-12-16T05:30", "1944-12-16TEV")
        assert got["10 a.m."] == "1863-07-04T10:00"


def test_a_historys_present_today_does_not_make_it_news():
    """A history that names few years and then many days without one may end on its present
    ('still claims the islands today'): that 'today' is weighed against every date told, and is
    the present, not a day; news that counts its days from 'today' and a weekday stays news."""
    text = ("The Falklands War was fought in 1982. Argentine forces landed on 2 April. British ships sailed on "
            "5 April, South Georgia was retaken on 25 April and troops came ashore on 21 May. Goose Green fell "
            "on 28 May and Stanley on 14 June. Democracy returned to Argentina at the end of 1983. Argentina "
            "still claims the islands today; a referendum was held in 2013.")
    found = dict(spans(text, dt.date(2022, 6, 14)))
    assert found["2 April"] == "1982-04-02" and found["14 June"] == "1982-06-14"
    assert found["today"] == "PRESENT_REF"
    news = ("Veterans of the 1982 war gathered today in Stanley. On 14 June, the islands mark Liberation Day; "
            "the 1983 election followed. Britain's minister visited on Monday.")
    found = dict(spans(news, dt.date(2022, 6, 14)))
    assert found["today"] == "2022-06-14" and found["14 June"] == "2022-06-14"


def test_a_historys_look_back_in_the_pluperfect_leaves_the_clock_on_the_storys_day():
    """'Fighting at Khe Sanh had begun ten days earlier' looks back: a clock time in the next
    paragraph is on the day the story is at, not on the day looked back to."""
    text = ("The Tet Offensive was launched in the early hours of 31 January 1968. Fighting at Khe Sanh had "
            "begun ten days earlier.\n\nIn Saigon, sappers blew a hole in the wall of the US Embassy at about 02:45 "
            "and held part of the compound for six hours. Hue was retaken on 24 February.")
    found = dict(spans(text, dt.date(2018, 1, 30)))
    assert found["ten days earlier"] == "1968-01-21"
    assert found["about 02:45"] == "1968-01-31T02:45"


def test_a_historys_date_in_an_intention_reported_does_not_move_the_story():
    """'said he would not seek re-election that November' looks ahead: the story stays in
    March, so 'early April' after it is that year's."""
    text = ("The offensive began on 31 January 1968. On 31 March President Lyndon Johnson announced a bombing "
            "halt and said he would not seek re-election that November. Khe Sanh was relieved in early April, "
            "and the base was abandoned in July. A second wave began on 5 May.")
    found = dict(spans(text, dt.date(2018, 1, 30)))
    assert found["that November"] == "1968-11"
    assert found["early April"] == "1968-04" and found["5 May"] == "1968-05-05"


def test_a_historys_part_of_the_month_counts_from_the_look_back_of_its_sentence():
    """'Tensions had risen through the spring: on 22 May ..., and at the end of the month ...':
    the month looked back to, not the month the story is at (June)."""
    text = ("The Six-Day War was fought between 5 and 10 June 1967. Tensions had risen through the spring: on "
            "22 May Nasser closed the Straits of Tiran, and at the end of the month King Hussein signed a pact "
            "with Egypt. On 7 June Israeli paratroopers took the Old City.")
    found = dict(spans(text, dt.date(2017, 6, 5)))
    assert found["the end of the month"] == "1967-05"
    assert found["7 June"] == "1967-06-07"


def test_the_same_month_after_that_year_is_the_month_of_the_day_told():
    """'began on 5 May ... peaked that year ... the same month': 'that year' restates the day's
    year, and the month counts from the day."""
    text = ("The offensive began on 31 January 1968. A second wave began on 5 May and hit Saigon. Deaths peaked "
            "that year. Peace talks opened in Paris the same month.")
    found = dict(spans(text, dt.date(2018, 1, 30)))
    assert found["the same month"] == "1968-05"


def test_a_backgrounder_of_a_recent_war_keeps_its_days_in_the_story_despite_a_closing_today():
    """'How the war unfolded', told two years on: days without a year follow the story's year,
    a reported one too ('Ukraine said the region had been retaken on 2 April' is not this
    April, still ahead), and the closing 'Today, the front line runs ...' is the narrator's
    present, which does not make the text count its days from the publication date."""
    text = ("Russia launched its full-scale invasion of Ukraine on 24 February 2022. At the end of March, Moscow "
            "withdrew from the north, and on 2 April Ukraine said the Kyiv region had been retaken.\n\nThe battle "
            "for Mariupol ended on 20 May. In early September, Ukraine launched a counter-offensive in the "
            "Kharkiv region, and two months later its troops entered Kherson.\n\nA counter-offensive began in "
            "June 2023 but made little progress. Today, the front line runs for more than 1,000 km.")
    found = dict(spans(text, dt.date(2024, 2, 24)))
    assert found["2 April"] == "2022-04-02" and found["20 May"] == "2022-05-20"
    assert found["early September"] == "2022-09" and found["two months later"] == "2022-11"


def test_the_end_of_the_year_told_in_a_story_of_another_year_is_the_storys():
    """A timeline of a war told in 2025: 'seized Wad Madani in December, and by the end of the
    year they held four state capitals' is 2023's end, not the publication year's."""
    text = ("Fighting erupted in Khartoum on 15 April 2023. Talks produced a ceasefire on 20 May, but it collapsed "
            "within days. In June, militias killed thousands in El Geneina. "
            "The paramilitaries seized Wad Madani in December, and by the end of the year they held four of "
            "Darfur's five state capitals.")
    found = dict(spans(text, dt.date(2025, 4, 15)))
    assert found["December"] == "2023-12" and found["the end of the year"] == "2023"
    # news of its own year keeps the publication year
    news = "Prices rose 4 percent in March. The bank expects inflation to ease by the end of the year."
    assert dict(spans(news, dt.date(2025, 4, 15)))["the end of the year"] == "2025"


def test_a_count_of_years_restated_by_the_date_after_it_takes_that_year_in_a_history():
    """'twenty years after the conquest' is a length and leaves the story in 1069, so 'the
    following year, in September 1087' would count from 1069: the date told right after it
    says which year the count means (the counted one stays the alternative)."""
    text = ("William landed at Pevensey on 28 September 1066 and met Harold near Hastings on 14 October. In the "
            "winter of 1069 he laid waste to the north. The Domesday survey was made twenty years after the "
            "conquest, and William died the following year, in September 1087.")
    t = one(text, "the following year", dt.date(2019, 5, 2))
    assert t.value == "1087" and "restates" in t.reason and t.alternatives[0] == "1070"
    punic = ("Scipio invaded Africa in 204 BC, and two years later he defeated Hannibal at Zama. Carthage "
             "surrendered the following year. Some 50 years later, in 146 BC, Rome destroyed the city.")
    assert one(punic, "Some 50 years later", dt.date(2017, 4, 2)).value == "BC0146"


def test_an_article_counting_no_day_from_publication_goes_on_with_its_story_soon_after():
    """An encyclopedia article on a battle five years back, counting no day from its publication
    date: 'By early November' after 16 October 2016, and '19 February' after 24 January 2017,
    go on with the story, not to last November or this February (recent news in a news text)."""
    text = ("The Battle of Mosul was a campaign to retake the city from the Islamic State. The offensive began on "
            "16 October 2016. By early November, special forces had entered the eastern districts, and on 24 "
            "January 2017 the government declared eastern Mosul liberated. The assault on the western half of "
            "the city began on 19 February. Reconstruction began in 2020.")
    found = dict(spans(text, dt.date(2022, 3, 14)))
    assert found["early November"] == "2016-11" and found["19 February"] == "2017-02-19"
    # news that counts from its publication day keeps a recent reading
    news = ("The siege ended on 24 January 2017, officials recalled on Monday. Protesters marched on 19 February, "
            "and more rallies are planned.")
    assert dict(spans(news, dt.date(2022, 3, 14)))["19 February"] == "2022-02-19"


def test_a_day_followed_by_the_next_year_is_in_that_year():
    """'completed on 15 February the next year' after 15 May 1988: the relative year right after
    the day names its year (1989), and 'the next year' itself is that year, not one more."""
    text = ("Gorbachev announced the withdrawal in February 1988; it began on 15 May and was completed on "
            "15 February the next year. In March of the following year, elections were held.")
    found = dict(spans(text, dt.date(2019, 2, 15)))
    assert found["15 February"] == "1989-02-15" and found["the next year"] == "1989"
    assert found["March of the following year"] == "1990-03"


def test_a_clock_time_is_not_on_the_day_of_an_after_or_before_clause():
    # the day belongs to the clause's own event, which the time follows or precedes
    text = ("GM workers went on strike just before midnight on Sunday. The strike began at 11:59 p.m. EDT "
            "after the union's contract with GM expired on Saturday.")
    assert ("11:59 p.m. EDT", "2019-09-15T23:59") in spans(text, dt.date(2019, 9, 16))
    text = ("UBS agreed on Sunday to buy Credit Suisse. The announcement, made at about 7:30 p.m., came "
            "hours before Asian markets opened on Monday.")
    assert ("about 7:30 p.m.", "2023-03-19T19:30") in spans(text, dt.date(2023, 3, 20))
    # (no verb of its own: the day is the time's)
    (_, time), (_, day) = spans("Shares rose at 10 a.m. before the scheduled vote on Monday.", dt.date(2023, 3, 21))
    assert time == day + "T10:00"
