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


# A lede placing the act by its country and a later paragraph placing it by towns of that country, told with other
# words of one family ("bombings", "struck"): one occurrence, placed at its towns, with the lede's toll.
def test_a_ledes_country_and_its_details_towns_are_one_strike():
    text = ("Suicide bombings at crowded markets in Nigeria killed at least 48 people on Friday, a day after the army "
            "announced new operations in the northeast, officials said on Saturday.\n\n"
            "The governor visited the wounded in hospital on Saturday and promised compensation to traders.\n\n"
            "Aid groups said thousands of people had fled the area since January.\n\n"
            "Bombers struck two markets in Maiduguri on Friday evening, police said.")
    ev = [e for e in events(text, dt.date(2023, 3, 19)) if e.event_type == "explosion/remote violence"]
    assert len(ev) == 1 and ev[0].date_start == "2023-03-17" and ev[0].fatalities == 48
    assert ev[0].quote.startswith("Suicide bombings") and ev[0].locations[0] == "Maiduguri"


# A town's strike with a toll of its own is a part of the country's day told apart: two candidates.
def test_a_towns_strike_with_its_own_toll_stays_apart_from_the_countrys():
    text = ("Russian missiles struck Ukraine on Monday, killing at least 20 people, officials said.\n\n"
            "The air force said most of the missiles had been shot down.\n\n"
            "In Odesa, a missile hit a warehouse on Monday, killing six people, the regional governor said.")
    ev = [e for e in events(text, TUE) if e.event_type == "explosion/remote violence"]
    assert sorted(e.fatalities for e in ev) == [6, 20]


# A live blog tells the newest toll first: the older entry that tells the strike itself stays the evidence.
def test_a_live_blogs_toll_entry_gives_way_to_the_entry_telling_the_strike():
    text = ("15:30 GMT - Toll rises in Kharkiv\n"
            "The death toll from Sunday's missile strike on a shopping centre in Kharkiv rose to 19 on Tuesday, "
            "the regional governor said.\n\n"
            "11:20 GMT - Germany pledges air defence\n"
            "Germany will send two more air defence systems to Ukraine, the defence minister said on Tuesday.\n\n"
            "Sunday - Missile hits shopping centre\n"
            "A Russian missile slammed into a shopping centre in Kharkiv on Sunday afternoon, Ukrainian officials said.")
    ev = [e for e in events(text, TUE) if e.event_type == "explosion/remote violence"]
    assert len(ev) == 1 and ev[0].date_start == "2023-03-12" and ev[0].fatalities == 19
    assert ev[0].quote.startswith("A Russian missile slammed")


# A live blog's newer entry counting the dead "in the strike on" a place, and the older entry telling how missiles
# struck it: one strike ("strike" and "struck" one word family), told by the entry of the act, with the count.
def test_a_live_blogs_count_of_the_dead_in_the_strike_merges_into_the_strike():
    text = ("14:30 GMT - Sloviansk toll\n"
            "At least 30 people, including four children, were killed in the strike on the railway station in "
            "Sloviansk, the regional governor said on Telegram.\n\n"
            "12:10 GMT - Poland pledges aid\n"
            "Poland will send more ambulances to Ukraine, its health minister said on Friday.\n\n"
            "09:45 GMT - Missiles hit station\n"
            "Two missiles struck the railway station in Sloviansk at about 10:30 local time on Friday as hundreds of "
            "people waited for evacuation trains, the railway company said.")
    ev = [e for e in events(text, dt.date(2023, 3, 17)) if e.event_type == "explosion/remote violence"]
    assert len(ev) == 1 and ev[0].date_start == "2023-03-17" and ev[0].fatalities == 30
    assert ev[0].quote.startswith("Two missiles struck")


def test_the_end_a_later_mention_tells_is_the_merged_events_end():
    # the act dated in one sentence, told again in the next, which "lasted until the following morning": one event,
    # from 9 to 10 November
    text = ("The team found that on 9 November 2020 a local youth group known as \"Samri\", aided by members of the "
            "local police and militia, went from house to house killing people they identified as non-Tigrayan "
            "seasonal labourers. Victims were beaten with sticks, stabbed with knives and machetes, and strangled with "
            "ropes. The killings lasted until the following morning, when federal and Amhara regional forces entered "
            "the town.")
    evs = extract(text, dt.date(2020, 11, 24)).events
    assert [(e.date_start, e.date_end) for e in evs] == [("2020-11-09", "2020-11-10")]
