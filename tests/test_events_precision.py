"""Event candidates an editor would throw away: a witness's quoted memory, a death toll said to rise,
a plan, a running count. Each sentence here sits among real events that must stay."""
import datetime as dt

from chronoapp.core.extract import extract

JUN1 = dt.date(2017, 6, 1)  # a Thursday


def events(text, published=JUN1):
    return extract(text, published).events


LEDE = ("A truck bomb exploded in Kabul's diplomatic quarter on Wednesday, killing at least 90 people, "
        "officials said on Thursday.\n\n")


# A private person's quoted memory of the day retells the bombing; a date after the quotation still dates
# what it tells.
def test_a_witness_quoted_memory_of_the_day_is_no_event():
    text = LEDE + '"On Wednesday morning we lost everything," said shopkeeper Ahmad Shah, whose brother was killed.\n\n'
    assert [e.date_start for e in events(text)] == ["2017-05-31"]
    text = LEDE + '"They came on Monday morning and took my husband," said Aisa Jumadil, 42, who fled to a stadium.\n\n'
    assert [e.date_start for e in events(text)] == ["2017-05-31"]


def test_a_witness_quote_keeps_the_dated_act_told_after_it():
    text = LEDE + ('"We start counting the days," said Clarissa Ramos, whose husband was shot dead by men on a '
                   'motorcycle in Kabankalan in November 2016.\n\n')
    assert "2016-11" in [e.date_start for e in events(text)]


def test_an_official_quote_with_its_own_date_is_still_told():
    text = LEDE + '"We will punish those responsible," President Ashraf Ghani said on Thursday.\n\n'
    assert "2017-06-01" in [e.date_start for e in events(text)]


# A source's word on the dead of the bombing just told is more of its toll, no occurrence of its own; a saying
# that tells an act done (bodies recovered) stays a statement.
def test_a_toll_said_to_rise_is_no_event_of_its_own():
    text = LEDE + ("Health ministry spokesman Waheed Majroh said on Thursday the death toll had risen to 90, "
                   "and warned that it could rise further.\n\n")
    assert [e.date_start for e in events(text)] == ["2017-05-31"]
    text = LEDE + "Hospital officials said on Thursday that many of the dead were burned beyond recognition.\n\n"
    assert [e.date_start for e in events(text)] == ["2017-05-31"]


def test_bodies_recovered_and_a_toll_likely_to_rise_stay_a_statement():
    text = LEDE + ("Government spokesman Lionel Bilgo said on Thursday that security forces had recovered 79 bodies "
                   "and that the toll was likely to rise.\n\n")
    assert "2017-06-01" in [e.date_start for e in events(text)]


# A count from the turn of the year names no occurrence that began then; an act told at the year's start does.
def test_a_count_since_the_start_of_the_year_is_a_tally():
    mar21 = dt.date(2015, 3, 21)
    assert events("The United Nations says at least 1,000 people have been killed in fighting across Yemen "
                  "since the start of the year.", mar21) == []
    assert events("Since the beginning of 2015, at least 10 attacks against civilians have been recorded in Tera.", mar21) == []
    assert events("More than 5,000 people have been killed in Haiti so far this year, according to the United Nations.",
                  mar21) == []
    assert events("The army has killed more than 300 militants since the start of the year.", mar21) == []
    assert [e.date_start for e in events("The army launched an offensive at the start of the year and has killed "
                                         "300 militants.", mar21)] == ["2015"]


# Violence is never scheduled: a plan with a deadline still ahead is no event; an act done by that deadline is.
def test_an_offensive_planned_by_the_end_of_the_year_is_no_event():
    jul5 = dt.date(2016, 7, 5)
    assert events("Iraqi commanders say they plan to launch an offensive to retake it by the end of the year.", jul5) == []
    assert [e.date_start for e in events("Iraqi forces had retaken most of the city by the end of the year.", jul5)] == ["2016"]


# "The death toll from <act> on Sunday rose to 250 on Tuesday": the day the count rose is no second bombing.
def test_the_day_a_toll_rose_to_is_no_second_event():
    jul5 = dt.date(2016, 7, 5)
    text = ("The death toll from a suicide truck bombing in Baghdad's Karrada district on Sunday rose to 250 on Tuesday, "
            "the health ministry said.")
    assert [e.date_start for e in events(text, jul5)] == ["2016-07-03"]


# A source's count of the unrest's arrests so far is a tally; a few suspects held, or arrests told with an act, stay.
def test_a_count_of_mass_arrests_is_a_tally():
    jul16 = dt.date(2021, 7, 16)
    assert events("Police said on Thursday that 2,203 people had been arrested.", jul16) == []
    assert events('The attorney general said on Tuesday that 749 people had been arrested for "crimes" during the protests.',
                  jul16) == []
    assert [e.date_start for e in events("Police said on Thursday that five suspects had been arrested.", jul16)] == ["2021-07-15"]
    assert events("Police said on Thursday that 26 people had been detained after protesters set fire to a police station.",
                  jul16) != []
    text = ("The Interior Ministry said 224 people had been detained since Thursday, when Prime Minister Irakli "
            "Kobakhidze announced that Georgia would not seek accession talks until 2028.")
    assert events(text, dt.date(2024, 12, 2)) != []


# Acts counted since a bare date are a tally; the act a "since" clause tells, or a date with its ", when" act, stay.
def test_acts_counted_since_a_bare_date_are_a_tally():
    sep6 = dt.date(2021, 9, 6)
    assert events("Guinea's neighbour Mali has had two coups since August 2020.", sep6) == []
    assert events("The town has been hit by at least three such bombings since December.", sep6) == []
    assert events("The army said 17 rebels had surrendered on the island since January.", sep6) == []
    assert [e.date_start for e in events("Israel has carried out hundreds of strikes on targets in Syria since the civil "
                                         "war began in 2011.", sep6)] == ["2011"]
    assert [e.date_start for e in events("Rebels have carried out dozens of attacks since March, when the army withdrew "
                                         "from the region.", sep6)] == ["2021-03"]


# "Fighting ... entered its fifth day on Friday": the fighting goes on, no new occurrence that day; an act told
# beside the milestone still is one.
def test_fighting_entering_its_fifth_day_is_no_event():
    sep13 = dt.date(2013, 9, 13)
    assert events("Fighting between Philippine troops and Muslim rebels holding about 100 hostages in the port city of "
                  "Zamboanga entered its fifth day on Friday.", sep13) == []
    assert [e.date_start for e in events("The siege entered its third week on Friday as troops shelled rebel positions.",
                                         sep13)] == ["2013-09-13"]


# A monitor's report is monitoring, not an occurrence: the dead it counts over a year are a tally, and the day it came
# out dates no act; an act it tells keeps its own date.
def test_a_monitors_report_counts_and_its_day_are_no_events():
    assert events("The United Nations said in a report in April that 3,498 civilians were killed in 2016, a record.") == []
    assert [e.date_start for e in events("Human Rights Watch said in a report on Tuesday that soldiers executed 20 "
                                         "villagers in March.")] == ["2017-03"]


# A running tally told as said keeps its pluperfect ("said ... had been displaced since December"): still a tally.
def test_a_running_tally_told_as_said_is_no_event():
    jan10 = dt.date(2025, 1, 10)
    text = ("The UN's humanitarian office, OCHA, said on Thursday that more than 25,000 people had been displaced "
            "from the area since December.")
    assert [e.date_start for e in events(text, jan10) if e.date_start.startswith("2024")] == []


# A speech still to come is nothing said yet; one given is a statement of its day.
def test_a_speech_due_on_a_later_day_is_no_statement():
    mar21 = dt.date(2015, 3, 21)
    assert events("Houthi leader Abdel-Malek al-Houthi is due to give a televised speech on Sunday, his office said.",
                  mar21) == []
    assert [e.date_start for e in events("President Abd-Rabbu Mansour Hadi said in a televised speech on Saturday that "
                                         "he would not resign.", mar21)] == ["2015-03-21"]


def test_people_fleeing_leaving_the_elderly_behind_is_no_violent_act():
    # "..., leaving N dead" tells a toll; "..., leaving only the elderly behind" tells who stayed: a displacement
    # told with no day of its own is no event (the corpus: displacement and evacuations are not events)
    text = ("Soldiers shelled the town of Kanpetlet in Chin State on Saturday, residents said.\n\n"
            "Local fighters said they had ambushed an army convoy on Friday.\n\n"
            "A teacher told Myanmar Now that most of the town's 6,000 people had fled to nearby villages, leaving "
            "only the elderly behind.")
    evs = extract(text, dt.date(2021, 6, 6)).events
    assert not any(e.quote.startswith("A teacher") for e in evs)
