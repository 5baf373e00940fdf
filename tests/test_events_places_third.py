"""Names that are no place in their sentence, third pass: a town's name as the first word of a longer proper
name ("a Roman Catholic cathedral"), and the head of an organisation's name ("the Organisation for the
Prohibition of Chemical Weapons")."""
import datetime as dt

from chronoapp.core.extract import extract
from chronoapp.core.extract.entities import places
from chronoapp.core.extract.vocab import load


# "Roman" is a town in the gazetteer, but before a faith's name it is the adjective of "Roman Catholic":
# the cathedral stands where the clause says, in Jolo. A town before a noun of its own stays a place.
def test_a_town_before_a_faiths_name_is_an_adjective():
    text = "Two bombs exploded at a Roman Catholic cathedral on the southern Philippine island of Jolo on Sunday."
    assert places(text, load()) == ["Jolo"]
    assert places("Gunmen attacked a church in Mosul on Sunday.", load()) == ["Mosul"]


# "Inspectors from the Organisation for the Prohibition of Chemical Weapons": a name followed by "for the"
# and a capitalised word is the head of an organisation's name, not a village the tagger does not know.
def test_the_head_of_an_organisations_name_is_no_place():
    text = "Inspectors from the Organisation for the Prohibition of Chemical Weapons arrived in Damascus on Saturday."
    assert places(text, load()) == ["Damascus"]
    text = "Researchers from the Committee for the Protection of Journalists met officials in Kabul on Monday."
    assert places(text, load()) == ["Kabul"]


# "in retaliation for a suspected gas attack on the town of Douma": the place of the act answered, not of the
# answer; a place after the phrase's comma is the answer's again.
def test_the_place_of_the_act_answered_is_not_the_answers():
    text = ("The United States launched air strikes on Saturday in retaliation for a gas attack on the town of Douma "
            "last week, targeting facilities near Homs.")
    assert places(text, load()) == ["Homs"]
    text = "The group said the attack was revenge for the army's offensive in Somalia."
    assert places(text, load()) == []


# "Kenyan troops entered the mall": the mall the story named before ("stormed the upscale mall" and, before it,
# "the Westgate mall in Nairobi"), not the country a statement in between spoke of.
def test_the_site_a_sentence_names_is_the_one_named_before_with_an_adjective():
    text = ("NAIROBI (Reuters) - Gunmen killed at least 39 people at the Westgate shopping mall in Nairobi on Saturday, "
            "officials said.\n\nThe gunmen stormed the upscale mall at midday on Saturday, throwing grenades. "
            "Al-Shabab said on Saturday that the attack was revenge for the army's operations in Somalia.\n\n"
            "Kenyan troops entered the mall on Sunday night and rescued most of the hostages, the ministry said.")
    ev = next(e for e in extract(text, dt.date(2013, 9, 23)).events if e.date_start == "2013-09-22")
    assert ev.locations[:1] == ["Nairobi"]


# "The U.S. embassy in Khartoum said": an embassy speaks where it sits, not in the country it serves.
def test_an_embassy_speaks_in_the_town_it_sits_in():
    text = ("KHARTOUM (Reuters) - Security forces killed at least 30 protesters in Khartoum on Monday, doctors said.\n\n"
            "The U.S. embassy in Khartoum said on Monday the attacks were wrong and must stop.")
    ev = next(e for e in extract(text, dt.date(2019, 6, 4)).events if e.event_type == "statement")
    assert ev.locations[:1] == ["Khartoum"]


# "launched air strikes on Syria ... in retaliation for a gas attack ..., targeting facilities near Damascus and
# Homs": the strikes' own towns, named past the answered act, come before the country they lie in.
def test_the_answers_towns_come_before_its_country():
    text = ("BEIRUT (Reuters) - The United States launched air strikes on Syria early on Saturday in retaliation for a "
            "suspected poison gas attack last week, targeting chemical weapons facilities near Damascus and Homs.")
    ev = next(e for e in extract(text, dt.date(2018, 4, 14)).events if e.date_start == "2018-04-14")
    assert ev.locations[:1] == ["Damascus"]



# "shelled the outskirts of Kfar Shouba": the village whose outskirts were hit, though the gazetteer lacks it.
def test_the_outskirts_of_a_village_name_it():
    text = "The army shelled the outskirts of Kfar Shouba near the Israeli border after a rocket was fired from Lebanon."
    assert places(text, load())[:1] == ["Kfar Shouba"]


# "near the Niger border in the Menaka region": a country's border is a line along it; the region named is where.
def test_a_countrys_border_comes_after_the_region_named():
    text = "A drone strike killed several fighters near the Niger border in the Menaka region, the army said."
    assert places(text, load())[:1] == ["Menaka region"]


# "at Cairo's St Peter and St Paul church": a saint's name is the church's, the place is Cairo; a city named after a
# saint, as the gazetteer spells it in any way, stays one.
def test_a_saints_name_is_a_churchs_not_a_place():
    text = "The group killed 29 people in a bombing at Cairo's St Peter and St Paul church in December."
    assert places(text, load()) == ["Cairo"]
    assert places("A drone hit a building in St Petersburg on Monday.", load()) == ["St Petersburg"]


# The same through the whole article: the border does not lie in the region as a village does in its province, so
# the region is not ranked after it.
def test_an_event_near_a_countrys_border_is_placed_in_the_region_named():
    text = ("BAMAKO (Reuters) - Islamist militants attacked an army camp in northern Mali on Thursday, the government said.\n\n"
            "On Wednesday, a Malian army drone strike killed several Islamic State fighters near the Niger border in the "
            "Menaka region, the army said.")
    ev = next(e for e in extract(text, dt.date(2023, 9, 8)).events if e.date_start == "2023-09-06")
    assert ev.locations[:1] == ["Menaka region"]


# International bodies that speak in conflict news are actors by name ("Arab League foreign ministers condemned",
# "Inspectors from the Organisation for the Prohibition of Chemical Weapons arrived"), not nobody.
def test_international_bodies_are_named_actors():
    text = ("CAIRO (Reuters) - Arab League foreign ministers condemned the offensive at an emergency meeting in Cairo "
            "on Saturday.\n\nInspectors from the Organisation for the Prohibition of Chemical Weapons arrived in "
            "Damascus on Saturday.")
    evs = extract(text, dt.date(2019, 10, 12)).events
    assert "Arab League" in evs[0].actors
    assert any("OPCW" in e.actors for e in evs)


# "Gunmen from Somalia's al Shabaab stormed a mall in Nairobi": the country that owns an armed group's name is the
# group's, not where it struck (as "Russia's defence ministry said" is not where).
def test_the_country_owning_an_armed_groups_name_is_no_place():
    assert places("Gunmen from Somalia's al Shabaab stormed a shopping mall in Nairobi on Saturday.", load()) == ["Nairobi"]
    assert places("Gunmen from Somalia's al Shabaab stormed a shopping mall on Saturday.", load()) == []


# "In Omdurman, across the Nile": a river that crosses several countries is wider than any town on it, so the town
# the clause names is where; a state named after the river stays a place.
def test_a_river_of_several_countries_comes_after_the_town():
    assert places("In Omdurman, across the Nile, security forces fired tear gas at protesters.", load()) == ["Omdurman", "Nile"]
    assert places("Fighting spread to Blue Nile state on Monday.", load()) == ["Blue Nile state"]


# "brigades from Misrata captured the Dollar district": where the brigades come from, not where they fought.
def test_the_town_armed_units_come_from_is_not_where_they_fought():
    text = "On Sunday, brigades from Misrata captured the Dollar district after heavy fighting, a spokesman said."
    assert "Misrata" not in places(text, load())
