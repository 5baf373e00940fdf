"""Event candidates on unseen conflict news: states named as they call
themselves, capitals that act, numbered units, tallies run up since a date."""
import datetime as dt

from chronoapp.core.extract import extract

MAY1 = dt.date(2025, 5, 1)


def events(text, published=MAY1):
    return extract(text, published).events


def test_the_kurdistan_regional_governments_forces_are_the_peshmerga():
    evs = events("The Kurdistan Regional Government said its forces had shot down a third drone over Erbil "
                 "on Tuesday night.")
    assert evs[0].actors == ["Peshmerga"]


def test_the_russian_federation_acts_through_its_forces_as_russia_does():
    evs = events("The Russian Federation carried out strikes on Kharkiv on Monday, killing three people.")
    assert evs[0].actors[0] == "Russian Army"


def test_a_capital_that_acts_is_its_government_one_that_speaks_is_not():
    evs = events("Moscow annexed the Zaporizhzhia region in September 2022 after referendums that Kyiv and "
                 "the West called a sham.")
    assert evs[0].actors == ["Government of Russia"]
    assert events("The attack on Kyiv killed three people on Monday.")[0].actors == ["Unidentified armed group", "civilians"]


def test_a_numbered_unit_keeps_its_number():
    evs = events("CAMP AGUINALDO - Troops of the 103rd Infantry Brigade neutralized seven members of the "
                 "Dawlah Islamiyah-Maute Group during a military operation in Piagapo, Lanao del Sur on April 20, 2025. "
                 "The militants fled into the hills.", dt.date(2025, 4, 22))
    assert "103rd Infantry Brigade" in evs[0].actors and "Infantry Brigade" not in evs[0].actors


def test_a_tally_run_up_since_a_date_is_open_ended_from_it():
    evs = events("Since the beginning of the full-scale invasion on 24 February 2022, the Russian Federation has "
                 "carried out more than 40,000 missile and drone strikes against Ukraine.")
    assert (evs[0].event_type, evs[0].date_start, evs[0].date_end) == ("context", "2022-02-24", None)


def test_a_capital_that_fights_is_its_army():
    evs = events("Kyiv launched its counteroffensive in early June 2023, but the front barely moved.")
    assert evs[0].actors == ["Ukrainian Army"]


def test_al_shabab_in_cabo_delgado_is_mozambiques_insurgency_not_somalias():
    text = ("The insurgency in Cabo Delgado began in October 2017, when militants attacked police stations in "
            "Mocímboa da Praia. The group, known locally as al-Shabab, seized the port town in August 2020 and "
            "held it for a year.")
    assert [e.actors for e in events(text, dt.date(2025, 9, 3)) if e.date_start == "2020-08"] == [["Ahlu Sunna Wal Jammah"]]
    somali = events("Al-Shabaab fighters attacked a base in Lower Shabelle on Monday, killing five soldiers.")
    assert somali[0].actors[0] == "al-Shabaab"
