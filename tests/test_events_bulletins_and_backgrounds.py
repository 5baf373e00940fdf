"""Event candidates on unseen conflict news: OCHA flash updates, wires with
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


def test_the_two_forces_are_the_sides_the_sentence_before_named():
    evs = events("On 13 August, heavy fighting broke out between ENDF troops and Fano fighters in Dabat woreda. "
                 "On 15 August, local sources reported that the two forces fought for control of Kobo.")
    assert evs[1].actors == evs[0].actors == ["Ethiopian Army", "Fano"]


def test_the_two_sides_need_two_sides_before():
    evs = events("Haftar's forces launched an offensive on Tripoli in April 2019. "
                 "A ceasefire between the two sides was signed in Geneva in October 2020.")
    assert evs[1].actors == []


def test_a_countrys_interior_ministry_speaks_for_its_forces():
    evs = events("Syria's interior ministry said its forces had killed five gunmen in Latakia on Saturday.")
    assert "Syrian Army" in evs[0].actors


def test_haftars_forces_and_the_maute_group_by_their_longer_names():
    evs = events("Haftar's forces launched an offensive on Tripoli in April 2019.\n\n"
                 "The Dawlah Islamiyah-Maute Group laid siege to Marawi City in May 2017.")
    assert evs[0].actors == ["Libyan National Army"] and evs[1].actors[0] == "Maute group"


def test_a_country_named_as_a_side_is_no_place():
    evs = events("BEIRUT - Israeli drones struck the town of Bint Jbeil in southern Lebanon on Monday. Lebanon's "
                 "president condemned the strike on Monday.\n\nA ceasefire between Israel and Hezbollah took effect on 27 November 2024.\n\n"
                 "The junta expelled French troops in February 2023 and turned to Russia for security assistance.")
    assert evs[-2].locations[0] == "Lebanon" and "Russia" not in evs[-1].locations


def test_a_capital_that_acts_is_its_government_not_the_place():
    evs = events("Moscow annexed the Zaporizhzhia region in September 2022 after referendums that Kyiv and the West "
                 "called shams.\n\nAn air raid on an army barracks east of Beirut killed 11 soldiers on Monday.")
    assert evs[0].locations == ["Zaporizhzhia region"] and "Beirut" in evs[1].locations


def test_two_main_clauses_joined_by_and_are_two_events():
    evs = events("Boko Haram's insurgency began in 2009 in Maiduguri, and ISWAP split from Boko Haram in 2016.\n\n"
                 "Burkina Faso formed the Alliance of Sahel States in September 2023, and the three countries left "
                 "the Economic Community of West African States in January 2025.")
    heads = {e.date_start: e.headline for e in evs}
    assert heads["2016"].startswith("ISWAP split") and heads["2025-01"].startswith("The three countries left")


def test_a_count_run_up_since_an_old_date_is_background():
    evs = events("Since the beginning of the full-scale invasion on 24 February 2022, Russia has carried out "
                 "40,000 strikes on Ukraine.\n\nSince Monday, Russian forces have captured three villages near Pokrovsk.")
    assert [e.event_type for e in evs] == ["context", "battle"]


def test_said_a_and_that_b_on_saturday_heads_with_b():
    e = events("The army said it repelled the attack and that rebels shelled the town of Bor on Saturday.")[0]
    assert e.headline.startswith("Rebels shelled the town of Bor")


def test_ousting_a_leader_is_a_coup_not_a_battle():
    evs = events("In September 2022, Captain Ibrahim Traore ousted Damiba in a second coup.\n\n"
                 "Ukrainian troops ousted Russian forces from the village on Monday.")
    assert [e.event_type for e in evs] == ["strategic development", "battle"]


def test_a_drone_that_struck_is_remote_violence():
    e = events("On Monday, a drone struck the Khurmala field near Erbil.", dt.date(2025, 7, 16))[0]
    assert e.event_type == "explosion/remote violence"


def test_migrants_beaten_to_death_are_civilian_dead():
    evs = events("On February 3, guards at the Abu Salim detention center beat three migrants to death.\n\n"
                 "Gunmen killed five migrants near Zawiya on Monday.", dt.date(2025, 7, 16))
    assert [(e.event_type, e.fatalities) for e in evs] == [("violence against civilians", 3), ("violence against civilians", 5)]


def test_troops_neutralized_militants_is_a_battle():
    e = events("Troops neutralized seven members of the Maute Group in Piagapo, Lanao del Sur on April 20, 2025.",
               dt.date(2025, 4, 22))[0]
    assert e.event_type == "battle" and e.date_start == "2025-04-20"


def test_a_clause_between_semicolons_takes_no_actor_from_the_others():
    evs = events("On January 12, members of the Stability Support Apparatus detained a journalist in Tripoli; on "
                 "February 3, guards at the Abu Salim detention center beat three migrants to death; and on February "
                 "20, fighters of the 444 Brigade abducted two activists in Tarhuna.", dt.date(2025, 6, 10))
    assert [e for e in evs if e.date_start == "2025-02-03"][0].actors == ["Unidentified armed group", "civilians"]


def test_mocimboa_da_praia_with_its_accent_is_a_town():
    e = events("Rwandan and Mozambican forces retook Mocímboa da Praia in August 2021.", dt.date(2025, 9, 3))[0]
    assert e.locations[0] == "Mocímboa da Praia"


def test_another_that_hit_is_the_weapon_of_the_clause_before():
    evs = events("On Monday, a drone struck the Khurmala field near Erbil, and on Tuesday another hit the "
                 "Peshkhabour field near the Syrian border, wounding two workers.", dt.date(2025, 7, 16))
    assert [e.event_type for e in evs] == ["explosion/remote violence"] * 2


def test_where_people_fled_or_were_evacuated_to_is_no_place():
    evs = events("In September 2023, Azerbaijani troops launched an offensive in Karabakh, prompting 100,000 ethnic "
                 "Armenians to flee to Armenia.\n\nTwo soldiers were wounded in Piagapo on Sunday and were immediately "
                 "evacuated to a hospital in Marawi City.", dt.date(2025, 8, 9))
    assert [e.locations for e in evs] == [["Karabakh"], ["Piagapo"]]
