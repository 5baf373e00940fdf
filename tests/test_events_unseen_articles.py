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
