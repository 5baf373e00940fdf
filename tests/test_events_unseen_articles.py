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
