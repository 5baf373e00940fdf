"""Event candidates on unseen wire stories: a lede and the detail sentence that retells it, dates in
asides, and the sides named by a country's forces, offices and capitals."""
import datetime as dt

from chronoapp.core.extract import extract

THU = dt.date(2023, 3, 9)  # a Thursday


def events(text, published=THU):
    return extract(text, published).events


# A wire lede dated by its report ("the army said on Thursday") and the next paragraph retelling the act
# on its own day ("on Wednesday night") are one occurrence: one candidate, dated as the detail tells it,
# with the lede's toll and the detail's village first.
def test_a_lede_dated_by_its_report_and_its_detail_are_one_event():
    text = ("KINSHASA (Reuters) - Rebels killed at least 20 people in an overnight attack on a village in eastern "
            "Democratic Republic of Congo, the army said on Thursday.\n\n"
            "Fighters of the Allied Democratic Forces attacked Kalunguta, a village in North Kivu province, on Wednesday "
            "night, killing residents with machetes, a local official said.")
    ev, = events(text)
    assert (ev.date_start, ev.fatalities, ev.event_type) == ("2023-03-08", 20, "violence against civilians")
    assert ev.locations[0] == "Kalunguta" and "ADF" in ev.actors


# "killed 60 civilians in a northern village last week" then "arrived in the village ... on Thursday morning":
# the detail names the lede's day within its week.
def test_a_lede_told_last_week_takes_its_details_day():
    text = ("Soldiers in Burkina Faso killed at least 60 civilians in a northern village last week, survivors said.\n\n"
            "Men in military uniforms arrived in the village of Dounga, in Yatenga province, on Thursday morning, rounded "
            "up residents and shot them, two "
            "survivors told reporters.")
    ev, = events(text, dt.date(2023, 4, 24))
    assert (ev.date_start, ev.fatalities) == ("2023-04-20", 60)


# Not the same occurrence: the next sentence told on the day before a lede dated by its own day ("for a
# second day on Friday" and Thursday's first clash), or a lede's weekend and one of its villages.
def test_a_lede_and_an_earlier_days_clash_stay_apart():
    text = ("Thai and Cambodian troops exchanged artillery fire for a second day on Friday, killing 12 people.\n\n"
            "Troops clashed near the Ta Muen temple on Thursday, killing three soldiers.")
    assert sorted(e.date_start for e in events(text, dt.date(2025, 7, 25))) == ["2025-07-24", "2025-07-25"]
    text = ("Suspected jihadists killed at least 21 civilians in attacks on two villages in central Mali over the "
            "weekend, officials said on Monday.\n\n"
            "Gunmen on motorcycles stormed the village of Djiguibombo on Saturday evening and opened fire on a wedding.")
    assert len(events(text, dt.date(2024, 7, 8))) == 2


# An aside ", who ...," ends at the comma before the main verb even past a closing quote or a floating "both":
# the main clause keeps its own date and event, the aside's act is dated apart.
def test_an_aside_ends_before_a_floating_both_or_after_a_closing_quote():
    by_date = {e.date_start: e for e in events("Kiir and Machar, who signed a peace deal in August 2015, both called "
                                               "for calm on Saturday.", dt.date(2016, 7, 10))}
    assert set(by_date) == {"2015-08", "2016-07-09"}
    assert "called for calm" in by_date["2016-07-09"].headline and "2015" not in by_date["2016-07-09"].headline
    by_date = {e.date_start: e for e in events('Bukele, who took office in June 2019 promising "security, not fear," '
                                               'declared a state of emergency in March 2022.', dt.date(2023, 1, 5))}
    assert set(by_date) == {"2019-06", "2022-03"}


# Taking up a post or winning a runoff, told aside, is a step of its own on its own date.
def test_an_aside_that_tells_a_post_taken_or_a_runoff_won_is_an_event():
    dates = {e.date_start for e in events("U.N. envoy Hans Berg, who took up the post in 2018, called on Friday for "
                                          "an immediate halt to the offensive.", dt.date(2021, 3, 8))}
    assert dates == {"2018", "2021-03-05"}
    by_date = {e.date_start: e for e in events("President-elect Ali Mahamat, who won a runoff vote in February, is due "
                                               "to be sworn in on April 2.", dt.date(2021, 3, 22))}
    assert by_date["2021-02"].event_type == "strategic development"


# A seat of government speaks for its state: "the Kremlin" is Russia's government, "Downing Street" Britain's,
# "the Elysee" France's; rejecting a proposal is a statement.
def test_a_seat_of_government_is_its_states_government():
    for text, government in (("The Kremlin on Wednesday rejected the proposal.", "Government of Russia"),
                             ("Downing Street on Wednesday condemned the attack.", "Government of the United Kingdom"),
                             ("The Elysee on Wednesday condemned the attack.", "Government of France"),
                             ("The White House on Wednesday rejected the plan.", "Government of the United States")):
        ev, = events(text)
        assert (ev.event_type, ev.actors[:1], ev.date_start) == ("statement", [government], "2023-03-08"), text


# After an attack, the dated word of one who took no part in it is an event of its own (ACLED's and the editors'
# reaction), not a detail of the attack; the attack keeps its own sides.
def test_a_third_partys_dated_reaction_is_not_a_detail_of_the_attack():
    text = ("A U.S. air strike killed Iran's top general, Qassem Soleimani, at Baghdad airport on Friday, the Pentagon said.\n\n"
            "Iran's Supreme Leader Ayatollah Ali Khamenei vowed on Friday \"harsh revenge\" for the killing.")
    strike, vow = events(text, dt.date(2020, 1, 3))
    assert vow.event_type == "statement" and "Ali Khamenei" in vow.actors and "Ali Khamenei" not in strike.actors
    assert strike.event_type == "explosion/remote violence"


# A state's forces that speak of "its peacekeepers" killed, or of "its air defences" shooting drones down, are a side;
# drones shot down fall over the country that shot them down, not the one that launched them.
def test_the_speakers_own_forces_are_a_side_and_shot_down_drones_fall_over_its_country():
    ev, = events("South Africa's defence force said on Tuesday two of its peacekeepers were killed in the fighting.")
    assert ev.actors == ["South African Army"]
    ev, = events("Pakistan's military said its air defences shot down 25 Indian drones overnight.")
    assert ev.actors[:2] == ["Pakistani Army", "Indian Army"] and ev.locations == ["Pakistan"]
    ev, = events("Ukraine's air force said it shot down 55 of the 73 drones Russia launched overnight.")
    assert "Ukrainian Army" in ev.actors and ev.locations == ["Ukraine"]


# "arrested 30 people suspected of involvement in the attack on Monday": Monday is the attack's; the arrests are the
# sentence's own act (the police's step, with no date of its own), not lost behind the attack.
def test_arrests_over_a_dated_attack_are_an_event_of_their_own():
    evs = events("Police arrested 30 people suspected of involvement in the attack on Monday.", dt.date(2025, 5, 8))
    arrests = [e for e in evs if e.event_type == "strategic development"]
    assert len(arrests) == 1 and arrests[0].actors == ["police"] and "arrested 30 people" in arrests[0].headline
    assert arrests[0].date_start == "2025-05-08" and any(e.date_start == "2025-05-05" for e in evs)


# "The Kremlin on Monday denied that Russian contractors were fighting ...": the dated denial is the event, a
# statement of the one who denies (what it denies is no battle); told with no day, a denial stays a detail.
def test_a_dated_denial_that_is_a_statement_not_the_act_denied():
    evs = events("LNA rockets hit a residential area on Saturday, killing two civilians. The Kremlin on Monday denied "
                 "that Russian military contractors were fighting alongside the LNA.", dt.date(2020, 5, 18))
    denial = evs[-1]
    assert (denial.event_type, denial.date_start, denial.actors[0]) == ("statement", "2020-05-18", "Government of Russia")
    evs = events("Gunmen killed 10 people in the village on Saturday. He denied that any soldiers were there.",
                 dt.date(2020, 5, 18))
    assert [e.event_type for e in evs] == ["violence against civilians"]


# One victim named by a trade the list lacked ("killing a waitress", "killed a U.S. contractor"): one dead.
def test_one_victim_named_by_a_trade_is_one_dead():
    ev, = events("A bomb exploded at a roadside restaurant in the Komamboga suburb on Oct. 23, killing a waitress.",
                 dt.date(2021, 11, 16))
    assert ev.fatalities == 1
    ev, = events("A rocket attack on a base near Kirkuk on Dec. 27 killed a U.S. contractor.", dt.date(2020, 1, 3))
    assert ev.fatalities == 1


# "The civil war erupted in December 2013 after Kiir accused Machar of plotting a coup": the outbreak keeps its own
# date (not the day of a later clash between the same two men) and its kind (no statement, no coup).
def test_an_outbreak_after_an_accusation_keeps_its_date_and_kind():
    text = ("On Thursday, a shootout between guards of Kiir and Machar at a checkpoint killed five soldiers.\n\n"
            "The civil war erupted in December 2013 after Kiir accused Machar of plotting a coup, and has killed tens "
            "of thousands of people.")
    war = [e for e in events(text, dt.date(2016, 7, 10)) if "civil war" in e.quote][-1]
    assert war.date_start == "2013-12" and war.event_type not in ("statement", "strategic development")


# "Hungary's prime minister arrived in Moscow for talks with Putin": an unnamed head or minister of a named state
# acts for its government (not for a bloc it belongs to, nor for no one).
def test_a_states_unnamed_head_or_minister_acts_for_its_government():
    ev, = events("Hungary's prime minister arrived in Moscow on Tuesday for talks with Putin.", dt.date(2024, 7, 5))
    assert ev.actors[:1] == ["Government of Hungary"] and ev.locations[:1] == ["Moscow"]
    ev, = events("Hungary's foreign minister met his Russian counterpart in Moscow on Tuesday.", dt.date(2024, 7, 5))
    assert ev.actors[:1] == ["Government of Hungary"]


# "French troops" (the vocabulary's foreign force) and "French Army" are one side, named once.
def test_one_states_forces_are_named_once():
    ev, = events("The junta expelled the French ambassador on Friday and ordered French troops to leave.",
                 dt.date(2023, 8, 5))
    assert len([a for a in ev.actors if "French" in a]) == 1


# "Hundreds of Serbs clashed with NATO peacekeepers": a people's crowd that fights forces is a side (ACLED's
# rioters), not lost, and no "government forces" is invented; a group's fighters stay a battle.
def test_a_peoples_crowd_that_clashes_with_forces_is_a_riot_side():
    ev, = events("Hundreds of Serbs clashed with NATO peacekeepers in Zvecan on Monday.", dt.date(2023, 5, 31))
    assert (ev.event_type, ev.actors) == ("riot", ["rioters", "NATO"])
    ev, = events("Hundreds of Taliban clashed with troops on Monday.", dt.date(2023, 5, 31))
    assert ev.event_type == "battle"
