"""Event candidates on unseen conflict articles (session 8): weekly roundups, press-release lists,
explainers, wire stories with tolls told twice, features and opinion pieces."""
import datetime as dt

from chronoapp.core.extract import extract

JAN20 = dt.date(2025, 1, 20)  # a Monday


def events(text, published=JAN20):
    return extract(text, published).events


# A roundup's entries headed "Monday, 13 January:" are dated by their heading, not the publication day.
def test_a_roundup_entry_is_dated_by_its_weekday_heading():
    text = ("Deep South Weekly\n\nViolence continued this week.\n\n"
            "Monday, 13 January: A roadside bomb struck a ranger patrol in Rueso, killing two rangers.\n\n"
            "Tuesday, 14 January: Gunmen shot dead a rubber tapper in Bannang Sata.\n")
    by_quote = {e.quote.split(":")[-1].strip()[:12]: e.date_start for e in events(text)}
    assert by_quote["A roadside b"] == "2025-01-13" and by_quote["Gunmen shot "] == "2025-01-14"


# "in the Rueso district of Narathiwat": the district, the most specific place, comes first.
def test_a_district_comes_before_the_province_it_lies_in():
    ev, = events("A roadside bomb struck a ranger patrol in the Rueso district of Narathiwat on Sunday, killing two rangers.")
    assert ev.locations[:2] == ["Rueso district", "Narathiwat"]
    ev, = events("Gunmen shot dead a teacher in Kabul's Dasht-e-Barchi district on Sunday.")
    assert ev.locations[0] == "Dasht-e-Barchi district"


# A leader's stance ("had the right to respond") and a vow made on a visit are statements a user keeps.
def test_a_stance_or_a_vow_on_a_visit_is_a_statement():
    ev, = events('Prime Minister Shehbaz Sharif said on Wednesday that Pakistan had the right to respond '
                 '"at a time, place and manner of its choosing".', dt.date(2025, 5, 8))
    assert (ev.event_type, ev.date_start, ev.actors[0]) == ("statement", "2025-05-07", "Shehbaz Sharif")
    ev, = events("President Mahamat Idriss Deby Itno visited the wounded in the capital on Tuesday and vowed "
                 "to pursue the terrorists wherever they hide.", dt.date(2025, 10, 28))
    assert (ev.event_type, ev.date_start) == ("statement", "2025-10-28") and "terrorists" not in ev.actors
    ev, = events("Defence Minister John Banda told reporters on Monday that the army would retake the town within weeks.")
    assert (ev.event_type, ev.date_start) == ("statement", "2025-01-20")
    # a visit alone is no event
    assert events("The UN envoy visited the camp on Monday.") == []


# A toll raised a day later ("On Saturday, the prosecutor said the toll had risen to 305") updates the
# attack it counts, and "The attack took place ... in the village of X" places it there.
def test_a_later_higher_toll_updates_the_attack_and_no_event_of_its_own():
    text = ("Militants opened fire on worshippers at a mosque in Egypt's northern Sinai on Friday, killing at "
            "least 235 people, officials said.\n\nThe attack took place during Friday prayers at the al-Rawda "
            "mosque in the village of Bir al-Abd.\n\nOn Saturday, Egypt's public prosecutor said the death toll "
            "from the mosque attack had risen to 305.")
    ev, = events(text, dt.date(2017, 11, 25))
    assert (ev.date_start, ev.fatalities, ev.locations[0]) == ("2017-11-24", 305, "Bir al-Abd")
    # a toll of another attack told in between is not raised by it
    text2 = ("Gunmen shelled the camp at Abu Shouk on Friday, killing 31 people.\n\nOn Saturday, army jets bombed "
             "positions in Nyala, killing 12 civilians.\n\nThe death toll from Friday's attack on Abu Shouk rose "
             "to 40 on Sunday.")
    by_day = {e.date_start: e.fatalities for e in events(text2, dt.date(2025, 6, 8))}
    assert by_day["2025-06-07"] == 12


# An undated sentence telling the harm of the strike just told is part of it, not an event of its own.
def test_the_harm_told_after_a_strike_is_part_of_it():
    text = ("In the early hours of Wednesday, India struck nine sites, including Bahawalpur and Muzaffarabad. "
            "India said the targets were militant camps.\n\nPakistan's military said 31 civilians were killed in "
            "the strikes. A mosque in Bahawalpur was among the buildings hit.")
    ev, = events(text, dt.date(2025, 5, 8))
    assert (ev.date_start, ev.fatalities) == ("2025-05-07", 31)
    text = ("On 11 March, a PKK attack on a Turkish base in the Hakurk region was repelled. "
            "Eight terrorists were neutralised in the retaliatory fire.")
    ev, = events(text, dt.date(2024, 3, 14))
    assert ev.fatalities == 8
    # elsewhere is another event
    text = ("On Monday, a drone struck a market in Kherson, killing two. Elsewhere, a missile hit a school in Odesa.")
    assert len(events(text)) == 2
