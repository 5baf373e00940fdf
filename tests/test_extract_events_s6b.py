"""Event candidates on unseen conflict news (session 6, round 2): OCHA flash updates, wires with
long backgrounds, rights reports, press releases, daily war summaries."""
import datetime as dt

from chronoapp.core.extract import extract

AUG20 = dt.date(2025, 8, 20)


def events(text, published=AUG20):
    return extract(text, published).events


def test_regions_sharing_a_compass_word_are_not_one_name():
    # "North Gondar" and "North Wollo": a battle and a drone strike a day apart stay two events
    evs = events("On 13 August, heavy fighting broke out between ENDF troops and Fano fighters in Dabat woreda, "
                 "North Gondar zone.\n\nOn 14 August, a drone strike hit a market in Gerba town, North Wollo zone, "
                 "killing at least 26 civilians.")
    assert [(e.date_start, e.locations[0]) for e in evs] == [("2025-08-13", "Dabat"), ("2025-08-14", "Gerba")]
