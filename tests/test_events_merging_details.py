"""Event candidates on unseen wire stories: a lede's detail sentences (the same act on the same day, told again
with its hamlet, its weapon, its toll) merge into the act they retell, while the first telling stays the evidence."""
import datetime as dt

from chronoapp.core.extract import extract

MON, TUE = dt.date(2023, 3, 13), dt.date(2023, 3, 14)


def events(text, published):
    return extract(text, published).events


# A detail at a hamlet the vocabulary does not know, with no day, toll or side of its own, tells how the act just
# told went: one candidate, still placed at the lede's town (where the hamlet lies).
def test_a_detail_at_an_unknown_hamlet_merges_and_the_ledes_town_stays_its_place():
    text = ("Gunmen from a drug cartel fought a rival gang for several hours on Monday near the town of Apatzingan in the "
            "western state of Michoacan, leaving at least nine people dead, prosecutors said on Tuesday.\n\n"
            "Residents described explosive-laden drones dropping devices on houses in the hamlet of La Cofradia Vieja, and "
            "scores of families fled toward the municipal seat. Prosecutors said the dead included seven gang members and "
            "two civilians.")
    ev, = events(text, TUE)
    assert (ev.date_start, ev.fatalities, ev.event_type) == ("2023-03-13", 9, "battle")
    assert ev.quote.startswith("Gunmen from a drug cartel") and ev.locations[0] == "Apatzingan"


# A lede placed only in a state takes the village its detail names: the act's own place.
def test_a_lede_placed_in_a_state_takes_its_details_village():
    text = ("Gunmen ambushed a patrol of state police in the northern Mexican state of Sinaloa on Monday, killing seven "
            "officers and burning their trucks, state officials said.\n\n"
            "The officers were attacked in the village of El Palmar Alto, in the municipality of San Ignacio de Loma. "
            "Spent cartridges were found at the scene.")
    ev, = events(text, MON)
    assert (ev.date_start, ev.fatalities) == ("2023-03-13", 7)
    assert ev.quote.startswith("Gunmen ambushed") and ev.locations[0] == "El Palmar Alto"
