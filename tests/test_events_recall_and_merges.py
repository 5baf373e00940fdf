"""Event candidates that merging must not swallow: two acts one sentence dates apart, two acts that share only
a word of a name, an act told "hours later"; and the recall of unseen wire stories."""
import datetime as dt

from chronoapp.core.extract import extract


def events(text, published):
    return extract(text, published).events


def dated(text, published):
    return {(e.date_start, e.date_end) for e in events(text, published)}


# One sentence, two acts, each dated by a phrase of its own: a month's seizure behind a day's recapture, a week's
# killings behind a Saturday's flight, two years told apart ("in 2015 ... the following year").
def test_two_acts_one_sentence_dates_apart_stay_two():
    text = ("The strike came after Turkish-backed rebels recaptured the town of Saraqeb on Wednesday, cutting the M5 "
            "highway that Russian-backed government forces had seized earlier this month.")
    assert {("2020-02-26", "2020-02-26"), ("2020-02", "2020-02")} <= dated(text, dt.date(2020, 2, 28))
    text = ("Ukraine's pro-Moscow president, Viktor Yanukovich, fled Kiev on Saturday after three months of protests "
            "that turned deadly last week, when more than 80 people were killed in two days.")
    assert {("2014-02-22", "2014-02-22"), ("2014-W08", "2014-W08")} <= dated(text, dt.date(2014, 2, 27))


# ... but a year that holds the act's day is a frame of comparison, not an act of its own.
def test_this_year_of_a_superlative_is_no_second_event():
    text = ("A Russian guided bomb struck a hypermarket in Kharkiv on Saturday afternoon, killing at least 12 people, "
            "regional governor Oleh Synehubov said, in one of the deadliest attacks on the city this year.")
    assert dated(text, dt.date(2024, 5, 26)) == {("2024-05-25", "2024-05-25")}


# "Hours later, air force jets struck vehicles used by the attackers": the other side's response, an act of its own,
# not a detail of how the mosque attack went.
def test_a_response_hours_later_is_an_event_of_its_own():
    text = ("Militants detonated a bomb and opened fire on worshippers at a crowded mosque in Egypt's north Sinai on Friday, "
            "killing at least 235 people, state media said.\n\n"
            "The assailants surrounded al-Rawdah mosque in Bir al-Abed during Friday prayers and shot at people as "
            "they fled, the public prosecutor said. Hours later, air force jets struck vehicles used by the attackers in the mountains around Bir al-Abed, the "
            "army spokesman said, killing all those inside.")
    first, response = events(text, dt.date(2017, 11, 24))
    assert "Hours later" in response.quote and response.date_start == "2017-11-24"


def statements(text, published):
    return [(e.date_start, e.quote) for e in events(text, published) if e.event_type == "statement"]


# A claim made in a statement on a day is the claim's, even on the attack's own day ("the attack on Sunday" may
# be the attack's day; "in a statement ... late on Sunday" is the saying's).
def test_a_claim_made_in_a_statement_on_the_attacks_day_is_an_event():
    text = ("Two bombs exploded at a Roman Catholic cathedral on the southern Philippine island of Jolo during Sunday Mass, "
            "killing at least 20 people, officials said.\n\n"
            "Islamic State claimed responsibility for the attack in a statement on its Amaq news agency late on Sunday.")
    assert [d for d, q in statements(text, dt.date(2019, 1, 28)) if q.startswith("Islamic State claimed")] == ["2019-01-27"]
    # (or at an hour of it: attacks are "on Thursday", claims "late on Thursday")
    text = ("Two suicide bombers blew themselves up in a busy commercial area of central Baghdad on Thursday, killing at "
            "least 32 people, officials said.\n\nIslamic State claimed the attack late on Thursday through its Amaq news agency.")
    assert [d for d, q in statements(text, dt.date(2021, 1, 21)) if q.startswith("Islamic State claimed")] == ["2021-01-21"]


# "said on Monday the attacks were wrong": what was said, with no "that", still makes the day the saying's; and
# a side speaking of the attack on a channel ("said on its Twitter account on Saturday that the attack was ...").
def test_a_saying_without_that_or_told_on_a_channel_is_dated_by_its_day():
    text = ("Sudanese security forces stormed a protest camp in Khartoum on Monday, killing at least 35 people, doctors said.\n\n"
            "The U.S. embassy in Khartoum said on Monday the attacks were wrong and must stop.")
    assert ("2019-06-03", "The U.S. embassy in Khartoum said on Monday the attacks were wrong and must stop.") \
        in statements(text, dt.date(2019, 6, 4))
    text = ("Gunmen from the al-Shabab group stormed the upscale Westgate mall in Nairobi at midday on Saturday, throwing "
            "grenades and firing on shoppers, witnesses said. Al-Shabab said on its Twitter account on Saturday that the "
            "attack was retaliation for Kenya's military intervention in Somalia.")
    assert any(d == "2013-09-21" and q.startswith("Al-Shabab said") for d, q in statements(text, dt.date(2013, 9, 24)))
    assert [d for d, q in statements("Prime Minister Abiy Ahmed said on Thursday the government would ensure the deal "
                                     "was implemented.", dt.date(2022, 11, 4))] == ["2022-11-03"]


# A place's state told aside after the saying ("..., where troops have been stationed since last year") leaves the
# saying its own day.
def test_a_saying_keeps_its_day_beside_an_aside_since():
    text = ("Papua New Guinea police said on Monday that at least 64 people had been shot dead in an ambush in Enga.\n\n"
            "Prime Minister James Marape said on Monday the government would deploy more soldiers to the province, where "
            "about 100 troops have been stationed under a state of emergency since last year.")
    assert any(d == "2024-02-19" and "would deploy" in q for d, q in statements(text, dt.date(2024, 2, 19)))


# A wire lede's detail told at an hour with no day ("before dawn") is of the lede's day, whatever day the tagger gave
# the hour (here the publication day, after the lede's "in April"), not a second event; and force turned on the
# protesters is the crackdown the lede told.
def test_a_detail_at_a_dayless_hour_is_the_ledes():
    text = ("KHARTOUM (Al Jazeera) - Sudanese security forces stormed a protest camp outside the military headquarters in "
            "Khartoum on Monday, killing at least 35 people, according to doctors linked to the opposition, in the bloodiest "
            "day since the removal of longtime leader Omar al-Bashir in April.\n\n"
            "Witnesses said members of the paramilitary Rapid Support Forces opened fire on protesters before dawn and set "
            "tents ablaze, as smoke rose over the city centre.")
    assert dated(text, dt.date(2019, 6, 4)) == {("2019-06-03", "2019-06-03"), ("2019-04", "2019-04")}
    crackdown, = [e for e in events(text, dt.date(2019, 6, 4)) if e.date_start == "2019-06-03"]
    assert "before dawn" in crackdown.quote


# A trip's day is the vow's made on it, as a visit's is: "flew to Jolo on Monday ... and vowed to 'crush' ...".
def test_a_vow_made_on_a_trip_is_dated_by_it():
    text = ("President Rodrigo Duterte flew to Jolo on Monday to inspect the damage and vowed to \"crush\" the Abu Sayyaf "
            "militants blamed for the bombing.")
    assert [d for d, _q in statements(text, dt.date(2019, 1, 28))] == ["2019-01-28"]


# "The bombing came a week after voters ... approved a law in a referendum on Jan. 21": the date is the act the
# bombing is set against, a step of its own (its words, its kind), as a violent act there already was.
def test_a_step_an_attack_came_after_is_an_event_of_its_day():
    ev, = events("The bombing came a week after voters in the region approved a law creating an expanded Muslim "
                 "autonomous region, Bangsamoro, in a referendum on Jan. 21.", dt.date(2019, 1, 28))
    assert (ev.date_start, ev.event_type) == ("2019-01-21", "strategic development")
    assert ev.headline.startswith("Voters in the region approved")


# An official's saying dated by its own day is a statement whatever it says ("said on Thursday that the armed forces
# did not recognize Guaido"); a day closing an act's attribution ("..., the coast guard said on Tuesday.") is not one.
def test_an_officials_dated_saying_is_a_statement():
    assert [d for d, _q in statements("Defense Minister Vladimir Padrino said on Thursday that the armed forces did not "
                                      "recognize Guaido.", dt.date(2019, 1, 24))] == ["2019-01-24"]
    assert [d for d, _q in statements("Defense Secretary Ash Carter said on Saturday that an investigation was under way.",
                                      dt.date(2015, 10, 3))] == ["2015-10-03"]
    text = ("The BRP Datu Pagbuaya was on a mission to deliver fuel to fishermen when two Chinese ships blocked its path "
            "and fired water cannon twice, coast guard spokesman Jay Tarriela said on Tuesday. No one was hurt.")
    assert statements(text, dt.date(2024, 4, 30)) == []
    # (nor is a tally, nor what its side says is still being done: the operation going on)
    assert statements("The national police said on Monday that 1,200 suspected gang members had been detained since the "
                      "start of the year.", dt.date(2025, 12, 16)) == []


# Inspectors who arrive are a step of their own; only going "to inspect the damage" is a visit and no event.
def test_inspectors_arriving_are_an_event():
    assert dated("Inspectors from the Organisation for the Prohibition of Chemical Weapons arrived in Damascus on Saturday.",
                 dt.date(2018, 4, 14)) == {("2018-04-14", "2018-04-14")}
    assert events("The governor went to inspect the damage on Sunday.", dt.date(2018, 4, 16)) == []


# A side's denial of the act, told as "denied targeting civilians", is its own statement (with the count it gives),
# not one more telling of the killings the UN reported.
def test_a_denial_of_an_act_told_by_a_gerund_is_a_statement():
    text = ("M23 rebels killed at least 131 civilians in two villages in eastern Congo last week, the United Nations said "
            "Wednesday.\n\nThe killings took place on Nov. 29 and Nov. 30 in Kishishe and Bambo, in Rutshuru territory of "
            "North Kivu province, according to a preliminary U.N. investigation.\n\n"
            "The M23 has denied targeting civilians and said on Monday that eight people were killed by stray bullets.")
    assert any(d == "2022-12-05" and q.startswith("The M23 has denied") for d, q in statements(text, dt.date(2022, 12, 8)))


# Two operations' names share only the word "Operation": no name in common, so two acts of one day in two places.
def test_two_operations_of_one_day_are_two_events():
    text = ("The air component of Operation Hadin Kai struck a gathering of terrorist commanders at Tumbun Rago near Lake "
            "Chad on Wednesday, killing several fighters, the military said.\n\n"
            "Troops of Operation Hadarin Daji rescued 19 kidnapped hostages in Tsafe, Zamfara State, on Wednesday.")
    assert len(events(text, dt.date(2024, 8, 8))) == 2


# A day opening a sentence whose main verb is a saying dates the saying ("On Tuesday, President Buhari said ..."), also
# beside a later clause's own day ("..., but it withdrew the claim the next day"); what it reports keeps the day as
# its own ("On Tuesday, the army said it had retaken the town").
def test_a_saying_opened_by_its_day_is_a_statement():
    assert [d for d, _q in statements("On Tuesday, President Muhammadu Buhari said the attack was a national disaster.",
                                      dt.date(2018, 2, 22))] == ["2018-02-20"]
    text = ("On Tuesday, the state government said some of the girls had been rescued by soldiers, but it withdrew the claim "
            "the next day.")
    assert dated(text, dt.date(2018, 2, 22)) == {("2018-02-20", "2018-02-20"), ("2018-02-21", "2018-02-21")}
    ev, = events("On Tuesday, the army said it had retaken the town.", dt.date(2018, 2, 22))
    assert (ev.date_start, ev.event_type) == ("2018-02-20", "battle")


# "The United States said on Wednesday ...": a state named with its article speaks as a state.
def test_a_state_named_with_the_speaks_as_a_state():
    assert [d for d, _q in statements("The United States said on Wednesday that it had \"overwhelming evidence\" that "
                                      "Gonzalez had won.", dt.date(2024, 7, 31))] == ["2024-07-31"]


# "..., his office said on Wednesday": an official's office speaks for him, so the step it tells is his statement.
def test_an_officials_office_speaks_for_him():
    text = ("French President Emmanuel Macron postponed a summit with Sahel leaders that had been planned for Dec. 16 in Pau, "
            "his office said on Wednesday.")
    assert dated(text, dt.date(2019, 12, 11)) == {("2019-12-11", "2019-12-11")}


# "The same day" after an act dated on Tuesday and reported on Wednesday is Tuesday: the act's day, not its report's.
def test_the_same_day_is_the_acts_not_its_reports():
    text = ("NIAMEY (Reuters) - Islamist militants killed 71 soldiers in an attack on a military camp in western Niger on "
            "Tuesday, the defence ministry said on Wednesday.\n\n"
            "Hundreds of fighters attacked the camp at Inates with shelling and suicide car bombs, the ministry said.\n\n"
            "The same day, a French drone strike killed seven militants near Menaka in neighbouring Mali, the French army said.")
    assert dated(text, dt.date(2019, 12, 11)) == {("2019-12-10", "2019-12-10")}
    assert len(events(text, dt.date(2019, 12, 11))) == 2


def test_hours_after_counts_back_from_the_start_of_an_overnight_span():
    # the act told "hours after" another that is dated "overnight from Friday to Saturday" came before the span began
    text = ("Gunfire and looting broke out in several districts of Bangui overnight from Friday to Saturday, hours after "
            "the head of the transition, Michel Djotodia, resigned at a regional summit in N'Djamena.")
    evs = extract(text, dt.date(2014, 1, 11)).events
    assert ("2014-01-10", "2014-01-11") in [(e.date_start, e.date_end) for e in evs]
    assert [e.date_start for e in evs if "resigned" in e.headline] == ["2014-01-10"]
