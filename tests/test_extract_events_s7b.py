"""Event candidates on unseen conflict news (session 7, round 2): communiqué tolls, asides that
are not the event, heads of state acting, a dated killing framed inside another event, stances."""
import datetime as dt

from chronoapp.core.extract import extract

MAY14 = dt.date(2024, 5, 14)  # a Tuesday


def events(text, published=MAY14):
    return extract(text, published).events


def test_neutralised_in_a_military_communique_is_a_toll():
    evs = events("The army said on Monday it had neutralised 12 terrorists in an operation near Djibo.")
    assert [e.fatalities for e in evs] == [12]
    # weapons neutralised are no dead
    assert events("Air defences neutralized 20 drones over Kyiv on Monday.")[0].fatalities is None


def test_a_person_seized_is_not_a_place():
    ev, = events("Rebels seized Mehrtens, a New Zealand pilot, on Tuesday in Nduga.")
    assert "Mehrtens" not in ev.locations and ev.locations[0] == "Nduga"
    # a town seized, described as one, stays the place
    ev, = events("Rebels seized Kalemie, a town on the lake, on Monday.")
    assert ev.locations[0] == "Kalemie"


def test_a_head_of_state_acting_is_the_state():
    text = ("CONAKRY, Guinea - Guinea's army chief was arrested on Saturday. "
            "President Doumbouya declared a state of emergency on Monday. Colonel Camara seized power on Sunday.")
    emergency, coup = [e for e in events(text) if e.date_start in ("2024-05-13", "2024-05-12")]
    assert emergency.actors == ["Government of Guinea"]
    assert coup.actors == ["Guinean Army"]
    ev, = events("Ecuadorian President Daniel Noboa signed a decree on Friday.")
    assert ev.actors == ["Government of Ecuador"]


def test_troops_a_country_sends_are_its_army_not_the_story_s():
    text = ("QUITO, Ecuador - Ecuador's army clashed with gangs in Guayaquil on Sunday, killing five. "
            "Peru sent troops to the border on Monday, the defence ministry said.")
    sent = [e for e in events(text) if e.date_start == "2024-05-13"][0]
    assert sent.actors == ["Peruvian Army"]


def test_a_standing_stance_is_no_statement_but_a_plan_is():
    attack = "Gunmen attacked a checkpoint in Kidal on Sunday, killing two soldiers. "
    for stance in ("The army spokesman said the military would 'respond firmly' to any attack.",
                   "'We hope the ceasefire will hold, but our troops are ready,' army spokesman Souleymane Dembele said."):
        assert [e.event_type for e in events(attack + stance)] == ["battle"], stance
    plan = events(attack + "The army spokesman said the military would launch an offensive to retake the town.")
    assert [e.event_type for e in plan] == ["battle", "statement"]


def test_what_happened_a_day_before_does_not_type_the_main_clause():
    ev, = events("Armenia and Azerbaijan accused each other on Monday of violating the ceasefire along their border, "
                 "a day after a soldier was killed in an exchange of fire.")
    assert (ev.date_start, ev.event_type, ev.fatalities) == ("2024-05-13", "statement", None)
    assert set(ev.actors) == {"Government of Armenia", "Government of Azerbaijan"}


def test_a_dated_killing_the_event_answers_is_its_own_event():
    text = ("Israel launched a ground operation in Lebanon on October 1, in what it said was a response to the "
            "killing of Hezbollah leader Hassan Nasrallah in Beirut in late September.")
    evs = events(text, dt.date(2024, 10, 20))
    by_date = {e.date_start: e for e in evs}
    assert set(by_date) == {"2024-10-01", "2024-09"}
    assert "Nasrallah" in by_date["2024-09"].headline
    # who answered, not who was answered; and the answer is no one's report
    assert by_date["2024-10-01"].actors == ["Israel Defense Forces"] and by_date["2024-10-01"].attribution is None
