"""Temporal tagger: the conventions of humanitarian situation reports and web pages (numbered
epidemiological weeks, page stamps counted in hours, '9/11', analysts' quarter codes, a clock
that does not say its half of the day)."""
import datetime as dt

from chronoapp.core.extract.timex import tag


def tagged(text, dct):
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def one(text, expr, dct):
    hits = [t for t in tag(text, dct) if t.text == expr]
    assert len(hits) == 1, f"{expr!r}: {tagged(text, dct)}"
    return hits[0]


def test_a_numbered_epidemiological_week_is_that_week_of_the_year():
    d = dt.date(2024, 3, 18)
    text = "In epidemiological week 10, 2,143 cases were reported, a decrease of 18% compared with week 9."
    assert one(text, "epidemiological week 10", d).value == "2024-W10"
    assert one(text, "week 9", d).value == "2024-W09"     # (the same calendar, once the text named it)
    assert one("Epi week 7 saw a rise.", "Epi week 7", d).value == "2024-W07"
    assert one("Cases rose in week 12 of 2023.", "week 12 of 2023", d).value == "2023-W12"
    # (early in January, a week numbered late in the year is last year's)
    assert one("Cases peaked in epidemiological week 51.", "epidemiological week 51", dt.date(2024, 1, 10)).value == "2023-W51"


def test_a_bare_numbered_week_is_no_date():
    d = dt.date(2024, 3, 18)
    assert tagged("The Giants lost in week 9. It was week 3 of the course.", d) == []


def test_a_page_stamp_counted_in_hours_or_minutes_is_the_day_of_publication():
    d = dt.date(2024, 3, 14)
    t = one("Updated 3 hours ago", "3 hours ago", d)
    # (we know the day of publication, not its hour: the day before is the other reading)
    assert (t.type, t.value, t.alternatives) == ("DATE", "2024-03-14", ("2024-03-13",))
    assert one("Published 45 minutes ago.", "45 minutes ago", d).value == "2024-03-14"
    assert one("The blast happened 48 hours ago.", "48 hours ago", d).value == "2024-03-12"
    # (a length of hours is still a length)
    assert tagged("The siege lasted 13 hours.", d) == [("13 hours", "DURATION", "PT13H")]


def test_nine_eleven_names_the_attacks_when_the_words_around_it_say_so():
    d = dt.date(2024, 3, 14)
    assert tagged("The 9/11 attacks killed nearly 3,000 people.", d) == [("9/11", "DATE", "2001-09-11")]
    assert tagged("Since 9/11, the US has fought two wars.", d) == [("9/11", "DATE", "2001-09-11")]
    assert tagged("In a post-9/11 world, alliances shifted.", d) == [("9/11", "DATE", "2001-09-11")]
    assert tagged("He went 9/11 from the field.", d) == []


def test_an_analysts_quarter_code_with_its_year():
    d = dt.date(2024, 3, 14)
    assert tagged("Sales fell in 4Q09.", d) == [("4Q09", "DATE", "2009-Q4")]
    assert tagged("Margins widened in 1H2024.", d) == [("1H2024", "DATE", "2024-H1")]


def test_an_oclock_hour_without_its_half_of_the_day_has_the_evening_as_the_other_reading():
    d = dt.date(2024, 3, 14)
    t = one("The meeting began at eight o'clock.", "eight o'clock", d)
    assert (t.value, t.alternatives) == ("2024-03-14T08:00", ("2024-03-14T20:00",))
    t = one("They met at eight o'clock yesterday.", "eight o'clock yesterday", d)
    assert (t.value, t.alternatives) == ("2024-03-13T08:00", ("2024-03-13T20:00",))
    # (a part of the day settles it)
    assert one("It starts at nine o'clock tonight.", "nine o'clock tonight", d).alternatives == ()


def test_an_ed_adjective_of_aid_reports_tells_no_past():
    # "displaced", "affected", "injured" qualify people and places; the clause's verb decides
    d = dt.date(2024, 4, 25)
    for text in ("Aid will reach displaced families in September.",
                 "Partners will assist injured and displaced people in September.",
                 "Food aid will continue until September in areas affected by conflict.",
                 "Emergency outcomes are expected to persist through September in areas affected by conflict."):
        assert one(text, "September", d).value == "2024-09", text
    # (a verb in -ed still tells the past: after a noun, with an amount or a means, in a clause of its own)
    for text in ("Distributions to displaced families resumed in September.", "Sales increased by 5% in September.",
                 "Troops arrived by helicopter in September.", "They will say that troops withdrew in September.",
                 "People displaced by the floods in September have not returned.",
                 "Officials will discuss aid delivered in September.", "The court will rule on charges filed in September."):
        assert one(text, "September", d).value == "2023-09", text
    assert one("Most families returned by Monday.", "Monday", dt.date(2024, 5, 22)).value == "2024-05-20"   # (a limit, no agent)


def test_the_week_ending_a_day_is_that_week():
    d = dt.date(2024, 3, 19)
    assert one("In the week ending 10 March, 40 incidents were recorded.", "the week ending 10 March", d).value == "2024-W10"
    assert one("In the week to 17 March, prices rose.", "the week to 17 March", d).value == "2024-W11"
    assert one("In the week commencing 4 March, 300 arrived.", "the week commencing 4 March", d).value == "2024-W10"
    assert one("W/c 11 March: 200 arrivals.", "W/c 11 March", d).value == "2024-W11"


def test_fortnightly_and_bi_weekly_are_every_two_weeks():
    d = dt.date(2024, 7, 5)
    assert tagged("Updates are issued fortnightly.", d) == [("fortnightly", "SET", "P2W")]
    assert tagged("Reports come out bi-weekly.", d) == [("bi-weekly", "SET", "P2W")]


def test_a_short_month_opening_a_range_takes_the_year_after_the_second():
    d = dt.date(2024, 7, 5)
    assert tagged("In Jan–Mar 2024, prices rose.", d) == [("Jan", "DATE", "2024-01"), ("Mar 2024", "DATE", "2024-03")]
    assert tagged("In Dec-Feb 2024 it snowed.", d)[0] == ("Dec", "DATE", "2023-12")
    assert tagged("Jan Smith met Mar Roig.", d) == []


def test_a_date_joined_by_hyphens_with_a_month_name():
    d = dt.date(2024, 3, 20)
    assert tagged("Event date: 14-Mar-2024.", d) == [("14-Mar-2024", "DATE", "2024-03-14")]
    assert tagged("Updated 14-MAR-24.", d) == [("14-MAR-24", "DATE", "2024-03-14")]


def test_a_year_closing_its_clause_after_compared_with_is_a_year():
    d = dt.date(2023, 2, 14)
    text = "In 2022, 44 countries reported outbreaks, a 25% increase compared with 2021."
    assert [t[2] for t in tagged(text, d)] == ["2022", "2021"]
    assert tagged("The vote ended with 2021 votes for.", d) == []     # (a count has its noun)


def test_or_earlier_after_a_day_tells_no_past():
    d = dt.date(2023, 6, 9)
    assert one("The next update will be published on Monday or earlier if needed.", "Monday", d).value == "2023-06-12"


def test_an_evening_clock_after_the_night_of_two_days_is_of_the_first():
    d = dt.date(2022, 7, 28)
    text = ("On the night of 3 to 4 March, cluster munitions struck a residential area. The attack took place "
            "at around 11 p.m., according to witnesses. The last strike came at 2 a.m.")
    assert one(text, "around 11 p.m.", d).value == "2022-03-03T23:00"
    assert one(text, "2 a.m.", d).value == "2022-03-04T02:00"
    assert one("On 4 March, drones struck at 11 p.m.", "11 p.m.", d).value == "2022-03-04T23:00"


def test_a_time_of_day_after_a_since_sentence_is_of_the_news_day():
    # the day a state runs since is no day of the story told after it
    d = dt.date(2024, 10, 3)
    text = ("Since 23 September, when the escalation began, more than 1,000 people have been killed. "
            "Airstrikes continued, and a strike at dawn hit a building near the airport road.")
    assert one(text, "dawn", d).value == "2024-10-03TMO"


def test_the_night_told_in_the_past_with_no_day_is_the_night_just_gone():
    d = dt.date(2023, 2, 8)
    assert one("Shelling continued during the night.", "the night", d).value == "2023-02-07TNI"
    assert one("Shelling will continue during the night.", "the night", d).value == "2023-02-08TNI"
    assert one("On Monday, shelling continued. During the night, drones struck.", "the night", d).value == "2023-02-06TNI"


def test_the_small_hours_of_a_night_named_by_its_two_days_are_of_the_second():
    d = dt.date(2022, 7, 28)
    text = "Drones struck on the night of 3/4 March at about 22:30 and again at 3 a.m."
    assert one(text, "about 22:30", d).value == "2022-03-03T22:30"
    assert one(text, "3 a.m.", d).value == "2022-03-04T03:00"
    assert one("On 3 March drones struck at 2 a.m.", "2 a.m.", d).value == "2022-03-03T02:00"


def test_a_day_of_the_act_told_before_a_reports_day_is_what_the_story_goes_on_from():
    # "..., officials said on Monday": the report's day dates the saying; "the same day", "that
    # night", "the following day" after it are counted from the act's day told before it
    d = dt.date(2026, 3, 11)
    text = "Rebels seized the town on Friday, a rebel spokesman told Reuters on Sunday. The same day, troops withdrew."
    assert one(text, "The same day", d).value == "2026-03-06"
    text = "A car bomb exploded on Monday, police said on Tuesday. That night, the authorities imposed a curfew."
    assert one(text, "That night", d).value == "2026-03-09TNI"
    text = "An ambush killed nine soldiers on Thursday, the army said in a statement on Saturday. The following day, troops launched a sweep."
    assert one(text, "The following day", d).value == "2026-03-06"
    text = "A landslide buried homes on Sunday, according to officials on Tuesday. That night, rescuers found 12 survivors."
    assert one(text, "That night", d).value == "2026-03-08TNI"
    text = "Fighters stormed the prison on Thursday, the ministry said in a statement released on Saturday. The same day, guards caught 30."
    assert one(text, "The same day", d).value == "2026-03-05"
    # (not a day of what is said)
    text = "Rebels attacked on Sunday, officials said troops withdrew on Monday. The same day, aid arrived."
    assert one(text, "The same day", d).value == "2026-03-09"
    # (so does an act told with its part of day)
    text = "Gunmen killed 12 people on Sunday night, officials said on Monday. The same day, troops arrived."
    assert one(text, "The same day", d).value == "2026-03-08"
    # (a report's day alone, or told first, is still the day counted from)
    assert one("Police said on Tuesday that a bomb exploded. That night, a curfew began.", "That night", d).value == "2026-03-10TNI"
    text = "Rebels seized the town on Friday. Troops withdrew on Sunday. The same day, aid arrived."
    assert one(text, "The same day", d).value == "2026-03-08"
    # (nor a saying told as the next act, not as an attribution)
    text = "Troops entered the city on Saturday, and the government announced on Monday that it was secure. The next day, aid arrived."
    assert one(text, "The next day", d).value == "2026-03-10"
    # (an addressee or a channel of any kind: "told the BBC", "told parliament", "on state television")
    text = "Rebels seized the town on Friday, the foreign minister told the BBC on Sunday. The same day, troops withdrew."
    assert one(text, "The same day", d).value == "2026-03-06"
    text = "Rebels seized the town on Friday, the governor told parliament on Sunday. The same day, troops withdrew."
    assert one(text, "The same day", d).value == "2026-03-06"
    text = "Rebels attacked the town on Sunday, the army said on state television on Monday. The same day, aid arrived."
    assert one(text, "The same day", d).value == "2026-03-08"


def test_a_clock_time_passes_over_a_sayings_day_but_not_a_day_of_what_is_said():
    # one reader of a saying's day (verb, addressee, channel) serves the clock placement too: a
    # day told in what is said ("said troops withdrew on Monday") is the story's last day
    d = dt.date(2026, 3, 11)
    text = "Rebels attacked the town on Sunday. Officials said troops withdrew on Monday. A convoy left at 10 a.m."
    assert one(text, "10 a.m.", d).value == "2026-03-09T10:00"
    text = "Rebels attacked the town on Sunday. Officials said on Monday that it was calm. The attack began at 5 a.m."
    assert one(text, "5 a.m.", d).value == "2026-03-08T05:00"


def test_a_time_that_dates_the_saying_is_on_the_reports_day():
    # a time of day told as the saying's own ("at a news conference in the afternoon") is on the
    # report's day; one told of what is said stays on the act's
    d = dt.date(2026, 3, 11)
    text = "Rebels shelled the city on Friday, the governor said on Sunday. He spoke at a news conference in the afternoon."
    assert one(text, "the afternoon", d).value == "2026-03-08TAF"
    text = "Rebels shelled the city on Friday, the governor said on Sunday. Jets struck in the afternoon."
    assert one(text, "the afternoon", d).value == "2026-03-06TAF"
    text = "Rebels shelled the city on Friday, the governor said on Sunday. He said jets struck at dawn."
    assert one(text, "dawn", d).value == "2026-03-06TMO"


def test_a_time_after_an_act_a_report_tells_in_the_pluperfect_is_on_the_acts_day():
    # "said on Monday that troops had entered the city on Saturday": the pluperfect follows the
    # saying's past, so Saturday is the story's day; a time dating the saying keeps the report's
    d = dt.date(2026, 3, 11)
    text = "The ministry said on Monday that troops had entered the city on Saturday. By evening, they controlled the airport."
    assert one(text, "evening", d).value == "2026-03-07TEV"
    text = "Police said on Monday that the suspect had fled on Saturday. At a news conference at 3 p.m., the chief named him."
    assert one(text, "3 p.m.", d).value == "2026-03-09T15:00"
    # (a day told in the pluperfect with no report stays background: the story's day is the later one)
    text = "Stocks rose on Thursday. They had jumped on Tuesday. Spain sold bonds in the morning."
    assert one(text, "the morning", d).value == "2026-03-05TMO"
