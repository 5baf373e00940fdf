"""Event candidates in the other shapes of article editors paste: backgrounders with a run of
dated events, UN/NGO situation reports, live blogs, British-style reports, features and briefs."""
import datetime as dt

from chronoapp.core.extract import extract


def events(text, published):
    return extract(text, published).events


# A paragraph's narrative time, set by a sentence that proposes no event ("By Saturday afternoon the column
# had driven ..."), dates the undated act told after it, not the publication day.
def test_an_undated_act_takes_the_date_its_paragraph_was_set_to():
    text = ("Rebels seized the border post on Friday 9 June.\n\n"
            "By Saturday afternoon a column of pick-up trucks had driven 200 kilometres south along the highway. "
            "The fighters ambushed an army convoy on the way, killing at least 11 soldiers.")
    ambush, = [e for e in events(text, dt.date(2023, 6, 12)) if "ambushed" in e.quote]
    assert (ambush.date_start, ambush.date_end) == ("2023-06-10", "2023-06-10")


# A side's report of what its troops did lately around a town is not the town's capture, told weeks before,
# told again: its own event, on the report's day.
def test_a_report_of_fighting_at_a_place_weeks_after_its_capture_is_an_event_of_its_own():
    text = ("The militia had fought for months over Avdiivka, which Russian forces said they captured on 17 February "
            "after a four-month siege.\n\n"
            "In Kyiv, a military spokesman said on Friday that Ukrainian troops had pushed back an assault near Avdiivka.")
    evs = events(text, dt.date(2024, 3, 29))
    pushed = [e for e in evs if "pushed back" in e.quote and e.date_start == "2024-03-29"]
    assert pushed and all(e.date_start == "2024-02-17" for e in evs if "captured" in e.quote)


# Steps a situation report or backgrounder tells with no violence: an airport closed, checkpoints set up,
# a mutiny halted, a state that is to cease to exist.
def test_closures_checkpoints_and_mutinies_are_strategic_developments():
    day = dt.date(2024, 3, 15)
    for text, start in [("The airport has been closed since 4 March.", "2024-03-04"),
                        ("Authorities closed the airport on Tuesday.", "2024-03-12"),
                        ("In April, soldiers set up checkpoints on the only road into the enclave.", "2024-04"),
                        ("Soldiers at the northern garrison staged a mutiny on Monday.", "2024-03-11")]:
        evs = events(text, day if start != "2024-04" else dt.date(2024, 5, 2))
        assert [(e.date_start, e.event_type) for e in evs] == [(start, "strategic development")], text


# A backgrounder's list of acts, each with its own date, joined by commas: one event per act.
def test_acts_listed_with_commas_each_with_its_date_are_events_of_their_own():
    text = ("Government troops recaptured the port of Kismayo in March, seized the airport at Baidoa on 12 April "
            "and entered the town of Beledweyne in mid-May.")
    dates = {e.date_start for e in events(text, dt.date(2012, 10, 1))}
    assert {"2012-03", "2012-04-12", "2012-05"} <= dates  # ("in mid-May": a date with its part of the month)


# Steps of a coup's aftermath a feature tells: sanctions in response, troops sent or setting off, a promise.
def test_sanctions_troop_movements_and_promises_are_told_events():
    day = dt.date(2023, 10, 10)
    for text, kind in [("The regional bloc responded on 30 July with sanctions.", "diplomacy"),
                       ("Ankara began sending troops to Tripoli in January.", "strategic development"),
                       ("A convoy of French troops set off for Chad on Tuesday, the army said.", "strategic development"),
                       ("The president promised on Monday to hold elections within a year.", "statement")]:
        assert [e.event_type for e in events(text, day)] == [kind], text


# A second clause opened by its own date and subject ("..., and in April the army set up checkpoints") is an
# event of its own, told by its own words, though the first clause tells none.
def test_a_clause_opened_by_its_own_date_and_subject_is_an_event_of_its_own():
    text = "In January 2023, families camped on the road to the capital, and in April the army set up checkpoints at its entrances."
    ev = [e for e in events(text, dt.date(2023, 9, 29)) if e.date_start == "2023-04"]
    assert ev and "set up checkpoints" in ev[0].headline


# An NGO counting the wounded it treated tells its own work, no harm done in that span.
def test_wounded_counted_by_those_who_treated_them_are_no_event():
    text = "Between 3 and 9 May, our surgical teams treated 212 wounded people, most of them women and children."
    assert events(text, dt.date(2024, 5, 12)) == []


# A sentence that joins main clauses each with a date of its own tells one step per date: each date's event is
# told by its own clause, whatever the other clauses tell (a later clause's capture, a "before" clause's entry).
def test_each_dated_main_clause_of_a_sentence_is_its_own_dates_event():
    text = ("Insurgents reached the edge of Marib on Tuesday and stormed the old city on Thursday, "
            "hours before the governor's convoy left for the coast.")
    evs = events(text, dt.date(2021, 3, 13))
    assert [(e.date_start, "reached" in e.headline) for e in evs] == [("2021-03-09", True), ("2021-03-11", False)]


# "..., and in late May it broke the siege": a date, then a pronoun subject, opens a clause of its own.
def test_a_date_then_a_pronoun_subject_opens_a_clause_of_its_own():
    text = "The army retook the airport on 3 May, and in late May it broke the siege of the port."
    broke, = [e for e in events(text, dt.date(2024, 6, 20)) if "broke the siege" in e.headline]
    assert broke.date_start == "2024-05"


# A clause joined by "and" to one that names an event, with its own date and the subject left out or taken up
# by a pronoun, is the story's next step of that kind, by those doers, though no word of it names an event.
def test_a_dated_clause_going_on_with_the_subject_is_a_step_of_its_own():
    text = ("The interim council imposed a curfew in the capital on 2 June, "
            "and on 9 June extended it until the end of the month.")
    later, = [e for e in events(text, dt.date(2024, 6, 20)) if e.date_start == "2024-06-09"]
    assert "extended" in later.headline and later.event_type == "strategic development"
    text = "Rebels captured the river crossing at Kalemie on Friday, and their lead units were in the eastern suburbs on Saturday."
    later, = [e for e in events(text, dt.date(2024, 6, 20)) if e.date_start == "2024-06-15"]
    assert "suburbs" in later.headline


# A clause that goes on with the subject after a day counted from the last ("two days later"), a "since" date or
# a date told after its verb ("and moved to Cairo last year") is its own date's step, not the first clause's date.
def test_a_clause_going_on_after_a_counted_day_or_a_trailing_date_has_its_own_date():
    text = "Government troops entered the town on 3 March, and two days later their tanks were at the river."
    later, = [e for e in events(text, dt.date(2024, 3, 20)) if "tanks" in e.headline]
    assert later.date_start == "2024-03-05"
    text = "Talks between the two sides opened in Doha in June 2021 and moved to Cairo last year."
    moved, = [e for e in events(text, dt.date(2023, 2, 1)) if "moved" in e.headline.lower()]
    assert moved.date_start == "2022"


# "on 18 May": a day's month, not the modal verb a headline may not end on.
def test_a_headline_keeps_may_after_a_day_number():
    text = "Rebels captured the air base on 18 May and drove government forces out of the valley in early June."
    base, = [e for e in events(text, dt.date(2020, 10, 24)) if e.date_start == "2020-05-18"]
    assert base.headline.endswith("on 18 May")


# A saying on one day joined by "and" to a clause going on with its own date (past a name in apposition): the
# saying on its day and the step on its own.
def test_a_saying_then_a_dated_step_going_on_are_two_events():
    text = ("Prime Minister Anna Berg announced on 4 March that the country's soldiers would leave by the end of the "
            "year, and its envoy, Karl Holm, left the capital on 9 March.")
    evs = events(text, dt.date(2024, 3, 20))
    assert [(e.date_start, e.event_type) for e in evs] == [("2024-03-04", "statement"), ("2024-03-09", "strategic development")]
    assert "envoy" in evs[1].headline


# A participle clause with a later day of its own, after a main clause dated to a day: its own occurrence.
def test_a_participle_clause_with_a_later_day_of_its_own_is_its_own_event():
    text = ("Rebel fighters launched their assault from the hills on Monday, seizing a string of villages before "
            "reaching the outskirts of Kidal on Wednesday evening, a spokesman said.")
    evs = events(text, dt.date(2024, 3, 16))
    assert [e.date_start for e in evs] == ["2024-03-11", "2024-03-13"]
    assert "reaching" in evs[1].headline


# "within days", with no date of its own: soon after the last event its paragraph told, even past a sentence that
# told none, not the publication day.
def test_an_act_told_within_days_follows_its_paragraphs_last_event():
    text = ("The trouble began in April, when the government ordered the police units of every province to be folded "
            "into the army. Many in Darfur saw the order as a plan to disarm them while their land disputes with "
            "Kordofan remained unresolved. Protests and clashes broke out in Kassala, Gedaref and Atbara within days.")
    protest, = [e for e in events(text, dt.date(2023, 11, 20)) if "Protests" in e.headline]
    assert protest.date_start == "2023-04"


# "After capturing X on one day, they did Y on another": the gerund phrase's act on its own day, as well.
def test_an_after_gerund_phrase_with_a_day_of_its_own_is_its_own_event():
    text = "After capturing the border town of Tine on 3 May, the rebels attacked the airport on 9 May."
    evs = events(text, dt.date(2024, 6, 1))
    assert sorted(e.date_start for e in evs) == ["2024-05-03", "2024-05-09"]
    assert any("capturing" in e.headline.lower() and e.date_start == "2024-05-03" for e in evs)


# A date inside a restrictive relative clause with a subject of its own ("the villages that rebels had seized in
# June") dates that clause's act; the main clause's act, told with no date, is another (not a saying's "that").
def test_a_restrictive_relative_clauses_date_is_its_own_acts():
    evs = events("The army retook the villages that rebels had seized in June.", dt.date(2023, 10, 9))
    assert sorted((e.date_start, e.headline.split()[0]) for e in evs) == [("2023-06", "The"), ("2023-10-09", "The")]
    assert any(e.date_start == "2023-06" and e.headline.startswith("The villages") for e in evs)
    said, = events("The army said that rebels seized the town on Saturday.", dt.date(2023, 10, 9))
    assert said.date_start == "2023-10-07"


# "In June 2018 coalition-backed forces launched an offensive on Hodeidah, ...": a fronted month with no comma
# opens its own clause, which is the headline, not an adverbial to strip.
def test_a_fronted_month_without_a_comma_keeps_its_clause_as_the_headline():
    text = ("In June 2018 coalition-backed forces launched an offensive on Hodeidah, the main entry point for imports, "
            "and in December that year the two sides agreed in Stockholm to pull their forces out of the city.")
    offensive, = [e for e in events(text, dt.date(2022, 4, 2)) if e.date_start == "2018-06"]
    assert "launched an offensive" in offensive.headline


# An NGO's report named with its issuing ("said in a new report published today", "in a report released on
# Thursday") dates the report, not a second event: the abuses it tells keep their own dates only.
def test_a_report_published_today_is_the_reports_date_not_an_event():
    for text in ("Soldiers executed at least 40 men in the village of Tula on 3-4 May 2022, Human Rights Watch said "
                 "in a new report published today.",
                 "Troops fighting in the region systematically killed hundreds of civilians in the town of Tula on 3-4 May "
                 "2022, opening fire in the streets and carrying out house-to-house raids, Human Rights Watch said in a "
                 "new report published today."):
        evs = events(text, dt.date(2022, 9, 15))
        assert [(e.date_start, e.date_end) for e in evs] == [("2022-05-03", "2022-05-04")]


# A monitor's count of incidents on record since a date ("at least 60 attacks on health care have been
# verified since 1 January") is a running tally, no attack of that day.
def test_incidents_verified_since_a_date_are_a_tally():
    text = ("Fighting spread to the east of the state on Monday, the UN said.\n\n"
            "Since 1 March, more than 120 attacks on schools have been documented in the region.")
    assert not [e for e in events(text, dt.date(2023, 11, 8)) if "documented" in e.quote]


# "told the SMM" closing a sentence is where the monitors heard of the act, as "told reporters" is:
# the shelling told before it is still an event.
def test_an_act_told_to_the_monitors_is_an_event():
    text = ("On 12 March the SMM visited Shyrokyne. At around 14:00 on 12 March mortar rounds hit a house on the "
            "village's main street, a resident told the SMM.")
    assert [e.date_start for e in events(text, dt.date(2015, 3, 13)) if "mortar" in e.quote] == ["2015-03-12"]


# A signing a leader witnessed is a diplomatic event of its own day, beside the ruling told after it.
def test_a_witnessed_signing_keeps_its_day_beside_an_after_clause():
    text = ("On 14 May 2021, President Kiir and Sudan's then Prime Minister Abdalla Hamdok witnessed the signing of a "
            "security agreement in Juba, after the High Court had ruled in April that the deployment could not go ahead "
            "without such an agreement.")
    evs = events(text, dt.date(2021, 6, 1))
    assert any(e.date_start == "2021-05-14" and e.event_type == "diplomacy" for e in evs)


# "flagged off" (West and East African English): sent troops off on a mission, a deployment.
def test_troops_flagged_off_are_deployed():
    text = "The Chief of Army Staff flagged off 500 soldiers to Zamfara State on Tuesday to fight bandits."
    assert [(e.date_start, e.event_type) for e in events(text, dt.date(2021, 3, 4))] == [("2021-03-02", "strategic development")]


# A local paper's own finding ("Punch gathered that the bandits ...", "It was learnt that") tells more of the
# raid just told, by its doers named again: one event, not a second one at the hour it gives.
def test_what_a_local_paper_gathered_about_the_raid_is_the_same_raid():
    text = ("Gunmen on Tuesday morning invaded a primary school in Kankara, Katsina State, and abducted 80 pupils.\n\n"
            "Punch gathered that the bandits, who came on motorcycles, stormed the school at about 8am shortly after "
            "the morning assembly, shooting sporadically.")
    evs = events(text, dt.date(2022, 5, 11))
    assert [e.date_start for e in evs] == ["2022-05-10"]


# An official who "assured" the victims' families that something would be done made a statement of that day.
def test_an_official_assured_them_is_a_statement():
    text = ("Gunmen abducted 30 pupils from a school in Kebbi State on Tuesday.\n\n"
            "Governor Atiku Bagudu, who visited the school on Wednesday, assured the parents that the pupils would be rescued.")
    evs = events(text, dt.date(2021, 6, 18))
    assert any(e.event_type == "statement" and e.date_start == "2021-06-16" for e in evs)


# A humanitarian agency's halt ("suspended food assistance") and a communications cut ("Internet access ...
# has been cut since early May") are steps a situation report tells: events of their dates.
def test_aid_suspended_and_internet_cut_are_steps():
    text = ("On 3 June, WFP said it had suspended food assistance in parts of the state, affecting 300,000 people. "
            "Internet access across the state has been cut since early May.")
    evs = events(text, dt.date(2024, 6, 7))
    assert {e.date_start for e in evs} == {"2024-06-03", "2024-05"}


# A monitor's daily report is headed with the day it tells "as of" and put out the next morning: what it tells
# with no date, or only at an hour, happened that day, not on the publication day; the monitors' own meetings
# are no statements.
def test_a_daily_report_tells_the_day_it_is_as_of():
    text = ("Latest from the OSCE Special Monitoring Mission (SMM) to Ukraine, based on information received as of "
            "18:00hrs, 9 February 2015\n\n"
            "The SMM monitored the situation in Debaltseve. At 10:40hrs, the SMM heard at least 12 explosions of "
            "artillery shells near Debaltseve.\n\n"
            "The SMM visited the railway station in Kramatorsk.\n\n"
            "The SMM met the deputy mayor of Artemivsk, who said that 300 displaced people had arrived in the town.\n\n"
            "In Horlivka, shelling killed two civilians in a residential area, the city administration said.\n\n"
            "The SMM met the head of the Mariupol city administration, who said that the city had opened two shelters.")
    evs = events(text, dt.date(2015, 2, 10))
    assert sorted((e.date_start, e.event_type) for e in evs) == [("2015-02-09", "explosion/remote violence")] * 2


# "Witnesses said the killings went on until the following evening", after the killing just told: how long that
# violence lasted (to that day), no event of its own.
def test_the_killings_went_on_until_the_next_day_extends_the_act_before():
    text = ("On 14 March, militiamen attacked the village of Kuli. The fighters went from house to house, shooting "
            "men and boys. Witnesses said the killings went on until the following evening.")
    evs = events(text, dt.date(2022, 6, 1))
    assert [(e.date_start, e.date_end) for e in evs] == [("2022-03-14", "2022-03-15")]


# A closure told in the passive ("The airport has been closed since 2 May", "the crossings were shut on Monday")
# is a step a situation report tells, as "closed the border" is.
def test_an_airport_closed_since_a_day_is_a_step():
    text = "Aden International Airport has been closed since 2 May, the UN said."
    assert [(e.date_start, e.date_end, e.event_type) for e in events(text, dt.date(2024, 5, 20))] == \
        [("2024-05-02", None, "strategic development")]


# An NGO's press release that opens with its own stance in the present ("The ICRC strongly condemns ...") makes
# a statement of the day it is put out.
def test_a_press_release_opening_with_its_stance_is_a_statement():
    text = ("Geneva, 12 May 2023 - The International Committee of the Red Cross (ICRC) strongly condemns the attack on "
            "its warehouse in Khartoum and calls on all parties to protect humanitarian workers.")
    evs = events(text, dt.date(2023, 5, 12))
    assert any(e.event_type == "statement" and e.date_start == "2023-05-12" for e in evs)


# A ministry's daily communique counts what was done "over the past 24 hours": that day's claim, no running tally
# (as "over the past two years" is).
def test_a_ministrys_claim_over_the_past_24_hours_is_of_the_day():
    text = ("Russia's Defence Ministry said on Tuesday that its aircraft had flown 40 sorties over the past 24 hours, "
            "destroying a militant command post near Idlib and killing more than 60 militants.")
    assert [e.date_start for e in events(text, dt.date(2019, 5, 28))] == ["2019-05-28"]


# An official's word placed in a capital ("said in Ottawa", "said in a statement from Kigali") is a government's
# reaction of the day, a statement, whatever it says.
def test_an_officials_word_from_a_capital_is_a_statement():
    text = ("Canadian Prime Minister Justin Trudeau said in Ottawa the strikes were a grave violation of "
            "international law.")
    assert [(e.date_start, e.event_type) for e in events(text, dt.date(2022, 10, 10))] == [("2022-10-10", "statement")]


# A history tells a first clause's date as a part of a day or month or as a season ("began on the night of 11 June",
# "in secret that autumn"): a second main clause with its own date is still its own event ("and ... surrendered on
# the evening of 14 June", "and in late November they launched an offensive").
def test_a_second_clause_after_a_night_or_season_date_has_its_own_date():
    text = ("The Winter War began on 30 November 1939, when Soviet troops crossed the Finnish border. The final "
            "assault on the Mannerheim Line began on the night of 11 February, and Finnish commander Hugo Viktor "
            "Österman withdrew his troops on the evening of 17 February. Soviet divisions had been massing on the "
            "Karelian isthmus that winter, and in early March they launched an offensive across the frozen bay.")
    starts = {e.date_start for e in events(text, dt.date(2019, 11, 30))}
    assert {"1940-02-17", "1940-03"} <= starts


# An encyclopedia article's opening definition of its subject ("The Football War was a brief war between El
# Salvador and Honduras in 1969") tells the whole war in its year: no step of a chronology; its dated acts are.
def test_a_historys_opening_definition_of_its_war_is_no_event():
    text = ("The Football War was a brief war between El Salvador and Honduras in 1969. Salvadoran troops crossed the "
            "border on 14 July, and the Organization of American States negotiated a ceasefire on 18 July.")
    assert [e.date_start for e in events(text, dt.date(2019, 7, 14))] == ["1969-07-14", "1969-07-18"]


# Troops that "were driven off" a position lost it in a fight: a battle, and its own event when its day is told
# ("took the summit on 8 August but were driven off two days later").
def test_troops_driven_off_a_position_two_days_later_is_its_own_battle():
    text = ("The Korean War began in 1950. In 1951, Marine units took Hill 749 on 14 September but were driven off "
            "two days later.")
    evs = events(text, dt.date(2016, 9, 14))
    assert ("1951-09-16", "battle") in [(e.date_start, e.event_type) for e in evs]


# The sum of a season's or a war's casualties ("Soviet casualties over the winter exceeded 120,000") is a total, no
# act of a day.
def test_a_seasons_total_of_casualties_is_no_event():
    text = ("The Winter War began on 30 November 1939, when Soviet troops crossed the Finnish border. Soviet casualties "
            "over the winter exceeded 120,000.")
    assert [e.date_start for e in events(text, dt.date(2019, 11, 30))] == ["1939-11-30"]


# "made" is a past verb like "took": a second clause with its own date ("and in 1979 they made peace", "two days
# later a column made a raid into the city") is its own event, not the first clause's date told again.
def test_a_second_clause_with_made_and_its_own_date_is_its_own_event():
    text = ("Egypt and Israel signed a disengagement agreement in January 1974, and in 1979 they made peace at "
            "Camp David.")
    assert {"1974-01", "1979"} <= {e.date_start for e in events(text, dt.date(2019, 3, 26))}
