"""Event candidates: the sentences that report something happening, dated by the tagger.

One pass over the sentences:
  * every calendar timex (not a duration) in a sentence with an event cue proposes an event
    dated by it; "since X" makes it open-ended, "Thursday to Friday" a range;
  * "three days of fighting" (reported on Monday) becomes a day range ending on the anchor day;
    "has been fighting ... over the last four years" an open-ended span from four years back;
  * a date attached to a reporting verb ("said Thursday", "a statement late on Sunday") dates
    the report; the reported event takes the date of an earlier mention of the same occurrence
    (same death toll or place) when there is one;
  * a sentence with a finished violent verb but no date inherits the date of the sentence just
    before ("The next day" is resolved by the tagger), else the publication day (news present);
    one that only adds to the event before ("The blasts struck...", "No casualties were
    reported.") extends that candidate's quote instead;
  * an official's statement of what will (not) be done is a "statement" event;
  * monitoring and newsroom activity, future plans without a date, tallies and undated
    background are skipped; duplicates (same occurrence, compatible dates) are merged
    (duplicates.py).

This module decides which sentences and dates make candidates (Builder.run, dated, undated, make).
The Builder reads each candidate's other fields through mixins, one module each: its kind
(event_types.py), place (event_places.py), sides (event_actors.py), sayings (event_statements.py),
and a timeline's or live blog's entries (event_entries.py); another tells whether a sentence that
follows an event only tells more of it, and which earlier event a sentence retells
(event_follow_ons.py). Draft is in draft.py, headline fitting in headlines.py. None of them imports
this module.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)
from collections.abc import Callable

from chronoapp.core.dates import timex_for
from chronoapp.core.extract import entities
from chronoapp.core.extract.draft import (_ARMED_TYPES, _ATTACK_TYPES, _DAY_NAMED, _NOT_PARTIES, _PERFECT_TOLL, _TALLY,
                                          _VIOLENT_TYPES, _WAR_TOLL, Draft, calendar_value, parse_timex)
from chronoapp.core.extract.duplicates import (_DAY_IN_PHRASE, _REPORT_LAG_DAYS, _WINDOW, _family, _near, _other_day,
                                                _report_compatible, extend, merge)
from chronoapp.core.extract.event_actors import (_ENTRY_STAMP, _FRONT, _HEAD_ACTS, _PRESENT_PERFECT, _SEPARATE, _SPEECH_VERB,
                                                 UNIDENTIFIED, ActorFinding, _government_of)
from chronoapp.core.extract.event_entries import EntryFinding
from chronoapp.core.extract.event_follow_ons import (_AGENTLESS_HARM, _ANOTHER, _CLAIM, _NEW_OCCURRENCE, _NO_HARM,
                                                   _OTHER_TIME, _PASSIVE_HARM, _PASSIVE_TOLL, _SOURCE_COUNTS, _SUBJECT_ANAPHOR,
                                                   _THE_ATTACKERS, FollowOnFinding, _answers, _closest)
from chronoapp.core.extract.event_places import (_ASIDE_RELATIVE, _SAYING, _THE_TOWN, PlaceFinding, _bound_for,
                                                 _reference_point, _road_destination, _trip_cut_short, _venue_of_saying,
                                                 spoken_of)
from chronoapp.core.extract.event_statements import (_ANAPHOR, _ANY_SAYING, _ASIDE, _FUTURE, _RELATIVE_TO_HERE, _REPORT_AFTER,
                                                     _REPORT_ANCHORS, _REPORT_BEFORE, _STRAIGHT_AFTER, _TITLED_SPEAKER,
                                                     StatementFinding, _planned_aside)
from chronoapp.core.extract.event_types import (_AFTER_CAUSE, _BEFORE_REACH, _BODIES_FOUND, _CLAIMED_ON, _HEDGE,
                                                _JUDGED_OR_FREED, _MEASURE_TAKEN, _MILESTONE, _NOT_FINITE_BEFORE, _OUTBREAK,
                                                _THE_BEFORE, _TOLL_TOLD, _WAR_OPENED, _WEAPON_STRUCK, EventTyping, _ends_at, _erupted_kind, _finite_step,
                                                finite_violent)
from chronoapp.core.extract.headlines import (_FUNCTION_WORDS, _IRREGULAR_PAST, _clause_rest, _finite_word,
                                              _finite_word_in, _fit, _lost_object, _own_predicate, _with_subject,
                                              _without_dangling_clause, _without_objectless_verb)
from chronoapp.core.extract.sentences import Sentence
from chronoapp.core.extract.timex_resolve import (RESTATES, SUMMONED_TO_BEFORE, naming_year, opens_on_past_year, tells_years,
                                                  told_long_after)
from chronoapp.core.extract.vocab import Cue, Vocab

_CLOCK_ONLY = re.compile(r"(?:at\s+)?(?:about\s+|around\s+)?\d{1,2}[:.]?\d{2}\s*(?:hrs|hours|h)?", re.I)  # an hour, no day
_AS_OF = re.compile(r"\bas\s+of\s+$", re.I)  # a report's cut-off: "based on information received as of 19:30hrs, 24 January"
# "since 2015", "since the 2020 ceasefire", "since a 2014 coup": a state of affairs from then on
_SINCE = re.compile(r"\b(?:since|ever\s+since)\s+(?:(?:the|an?|at\s+least|around|about|as\s+early\s+as)\s+)?"
                    # "killed since the first round on 29 March", "since the coup in 2021": from that day on
                    r"(?:(?:the|a|an|its|their)\s+(?:first\s+|second\s+|last\s+)?(?:round|vote|election|elections|coup|ceasefire|"
                    r"truce|invasion|war|uprising|offensive|fighting|crackdown|attack|attacks|protests?|crisis)\s+(?:on|in)\s+)?$", re.I)
# "said on Monday its fighters had shelled ... over the weekend", "said on Wednesday it had seized ... in an
# offensive that began on Sunday": what is reported, with no "that" (the report's date only when the
# reported clause has a date of its own)
_REPORTED_CLAUSE = re.compile(r"^\s+(?:(?:its|their|his|her|the)\s+(?:[\w'\u2019-]+\s+){0,2}?|(?:it|they|he|she|we)\s+)"
                              r"(?:had|have|has)\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b", re.I)
# "(said on Tuesday) that it had brokered ...", "it had brokered", "that the two sides signed ...": a step told as done
_STEP_TOLD = re.compile(r"^\s*(?:,\s*)?(?:that\s+(?:[\w'\u2019-]+\s+){1,6}?[a-z]+ed\b|(?:that\s+)?(?:[\w'\u2019-]+\s+){1,6}?"
                        r"(?:had|has|have)\s+(?:been\s+)?[a-z]{3,}\b|"
                        # (or one taken by telling it: "announced on Saturday that he was postponing the vote")
                        r"that\s+(?:[\w'\u2019-]+\s+){1,3}?(?:was|were|is|are)\s+[a-z]{3,}ing\b)")
# a timeline's or live blog's entry ("Sept. 3 - Tiani says ..."; see event_entries.py) is a saying when
# its first clause's verb says ("Tiani says the junta will ..."), not a source
# named at the end (", the State Department said")
_ENTRY_SAYS = re.compile(r"[^,;:]{0,60}?\b(?:says|said|tells|told|warns|warned|vows|vowed)\b")
# "ambushed a convoy on Thursday and fought them until Saturday": one fight, from the first day to the second
_UNTIL_JOIN = re.compile(r"^,?\s+and\s+(?:[\w'-]+\s+){1,5}?(?:until|till)\s+(?:the\s+(?:early|small|wee)\s+hours\s+of\s+)?$", re.I)
# a phase of the act just dated going on ("fell on 19 January, but fighting continued until March", "attacked
# the town on Wednesday ..., and fighting continued into the weekend"): how long it lasted, no second event
_WENT_ON_UNTIL = re.compile(r"\b(?:continued|went\s+on|lasted|persisted)\s+(?:into|until|till|through)\s+(?:the\s+)?$", re.I)
# the same violence going on to the next date: "Clashes erupted on Wednesday near Vorukh and spread on Thursday",
# "a raid that began on Thursday night and ended on Saturday"
_SPREAD_JOIN = re.compile(r"^[^,;.]{0,80}?\s+and\s+(?:then\s+)?(?:spread|continued|escalated|intensified|raged|went\s+on|lasted|ended)\s+"
                          r"(?:(?:late|early)\s+)?(?:on|into|until|till|through)\s+(?:the\s+)?"
                          # ("went on into the early hours of Saturday": the night's end, on that day)
                          r"(?:(?:early|small|wee)\s+hours\s+of\s+)?$", re.I)
# how long the act just dated went on, told after its day: "stormed a hotel on Friday night ... in a siege that lasted
# more than 30 hours", "ambushed a convoy on Thursday and fought for three days" (not "a truce that had lasted ten days")
_LASTED_FOR = re.compile(r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\b(?:lasted|lasting|(?:went\s+on|raged|continued|fought|battled|"
                         r"clashed)\s+for)\s+$", re.I)
_ENDED_THEN = re.compile(r"\b(?:ended|ending|finished|concluded|was\s+over|was\s+lifted|was\s+broken)\b[^,;.]{0,40}$", re.I)
_THROUGH_THE_NIGHT = re.compile(r"(?<!\bhad\s)\b(?:lasted|went\s+on|continued|raged|persisted)\s+(?:through|throughout|into|all)\s+"
                                r"the\s+night\b", re.I)
# a night's act carried on to the next morning: "launched a rescue operation on Tuesday night and freed 104 passengers
# by Wednesday morning"
_TO_NEXT_MORNING = re.compile(r"^\s+and\s+[^,;.]{0,60}?\b(?:by|until|till|into)\s+$", re.I)
_RANGE_JOIN = re.compile(r"^,?\s*(?:to|until|till|through|and|-|\u2013|\u2014)\s*$", re.I)  # ", to": "April 12, 1861, to May 26, 1865"
# "took power in coups in 2020 and 2021": one act in each year, not one state over both
# a court's judgment of someone: "A court in Bukhara on Tuesday sentenced Dauletmurat Tazhimuratov to 16 years"
_SENTENCING = re.compile(r"\b(?:sentenced|convicted|acquitted|found\s+(?:\w+\s+)?(?:not\s+)?guilty|jailed\s+for)\b", re.I)
_ACTS_EACH_YEAR = re.compile(r"\b(?:coups|elections|polls|votes|referendums|attacks|offensives|invasions|wars|raids|"
                             r"bombings|massacres|uprisings|visits|summits)\s+(?:\w+\s+){0,3}?in\s+$", re.I)
_BETWEEN = re.compile(r"\b(?:between|from|overnight|overnight\s+from)\s+$", re.I)
_DAYS_OF = re.compile(r"^\s+of\s+(?:heavy\s+|fierce\s+|intense\s+|deadly\s+)?(?:fighting|clashes|battles?|combat|"
                      r"shelling|bombardment|air\s*strikes|attacks|violence|protests?|unrest)\b", re.I)
# "The attack came two days after ...", "It happened a week before ...": the event just told, then another
_CAME_ADVERB = r"(?:(?:just|only|barely|exactly|precisely|almost|nearly|about|some)\s+)?"  # "came exactly one year after"
_CAME = re.compile(r"\b(?:came|comes|happened|occurred|took\s+place)\s+" + _CAME_ADVERB + "$", re.I)
_CAME_UNCOUNTED = re.compile(r"(?:It|This|That|The\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:came|comes|happened|occurred)\s+(?:just\s+|only\s+)?"
                             r"(?:days|weeks|months|years)\s+(?:after|before)\b")
_ACT_CAME = re.compile(r"\b(?:attack|assault|blast|explosion|bombing|strike|raid|ambush|killing|massacre|shelling)s?\s+"
                       r"(?:came|comes|happened|occurred|took\s+place)\s+" + _CAME_ADVERB + "$", re.I)
_CAME_AFTER = re.compile(r"\s+(after|before)\s+(?=\S)", re.I)
# the event just told, set against another act that a date may follow: "The bombing came a week after voters approved
# a law in a referendum on Jan. 21" (the date is the referendum's)
_CAME_SET_AGAINST = re.compile(r"\b(?:came|comes|happened|occurred|took\s+place)\s+(?:[\w-]+\s+){0,3}?(?:after|before)\s+", re.I)
# "escalated its campaign in late September, | killing the group's leader ... on Sept. 27": a participle clause
# between a coarser date and a day of its own
# a restrictive relative clause with a subject of its own, up to the position searched: "(the villages) that rebels
# had seized (in June)"
_OBJECT_RELATIVE = re.compile(r"\s(?:that|which)\s+(?!(?:is|was|were|are|has|had|have|will|would|it|he|she|they)\b)"
                              r"(?:(?:the|a|an|its|their|his|her)\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}?\s+"
                              r"(?:had\s+)?(?:" + "|".join(sorted(_IRREGULAR_PAST)) + r"|[a-z]\w+ed)\b[^,;]*$")
_SAYS_THAT = re.compile(r"\b(?:said|says|say|told\s+\w+|announced|reported|claimed|confirmed|denied|warned|added|stated|"
                        r"insisted|believed?|knew|know|feared|hoped|noted|argued|so|such|now|given|showed|shows|means?|meant|and|but|or)"
                        r"\s+that$", re.I)
# "after capturing", "before entering": a gerund phrase of time, of the subject's own act
_GERUND_AFTER = re.compile(r"\b(?:[Aa]fter|[Bb]efore)\s+(?!being\s|having\s)(?P<verb>[a-z]+ing)\s")  # (not "before being driven out")
_PARTICIPLE_NEXT = re.compile(r"[^,;:]{0,120}?,\s+(?=(?:[a-z]+ing)\s)")
_PAST_N = re.compile(r"\b(?:over|for|in|during)\s+$", re.I)
# people described by when they died: "for people killed the day before", "those wounded in Tuesday's"
_DEAD_OF_BEFORE = re.compile(r"\b(?:people|those|victims|men|women|children|civilians|fighters|members|soldiers)\s+"
                             r"(?:who\s+(?:were|had\s+been)\s+)?(?:killed|wounded|slain|injured)\s+(?:on\s+|in\s+)?$", re.I)
# the seats of a state, which stand in its capital
_STATE_SEAT = re.compile(r"\b(?:the|its|his|her)\s+(?:official\s+)?(?:presidential\s+(?:palace|residence|secretariat)|(?:official\s+)?residence\s+of\s+"
                         r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:president|prime\s+minister)|parliament\s+building|"
                         r"president['\u2019]s\s+(?:official\s+)?(?:residence|palace))\b|"
                         # ("Troops were deployed to the National Assembly", "gathered outside the assembly": its building)
                         r"\b(?:to|into|outside|inside|at|around|stormed|entered|surrounded)\s+(?:the\s+)?(?:national\s+)?"
                         r"(?:assembly|parliament|congress)(?:\s+building)?\b(?!\s+(?:of|in|on)\b)", re.I)  # ("storm the president's official residence")
# a coup made: at the seat of power, the capital ("had removed President Bazoum from power", "said it had seized power")
_COUP_MADE = re.compile(r"\b(?:seized|took|taken|seizing|taking)\s+power\b|\b(?:staged|launched|mounted|attempted|foiled|thwarted)\s+"
                        r"(?:a\s+)?(?:military\s+)?coup\b|\bcoup\s+attempt\b|\b(?:removed|ousted|toppled|deposed|overthrew|overthrown)\s+"
                        r"(?:[\w'\u2019.-]+\s+){0,4}?(?:from\s+(?:power|office)|president|prime\s+minister|ruler|leader|government)\b", re.I)
_THIS_CITY = re.compile(r"\bthis\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|capital|port)\b", re.I)  # the dateline's
_TREND = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:risen|increased|surged|escalated|intensified|grown|spiked|stepped\s+up|"
                    r"soared|declined|fallen|dropped|decreased|worsened|eased|subsided)\b|"
                    r"\b(?:has|have)\s+seen\s+(?:[\w'\u2019-]+\s+){1,4}(?:soar|rise|surge|climb|jump|spike|fall|drop|decline)\b", re.I)
_SOON_AFTER = re.compile(r"\bwithin\s+(?:hours|minutes|days|a\s+day|an\s+hour)\b|\b(?:hours|minutes)\s+later\b|"
                         r"\bshortly\s+(?:after(?:wards)?|later)\b", re.I)
_WITHIN_HOURS = re.compile(r"\bwithin\s+(?:hours|minutes)\b", re.I)  # a reaction to the violent act told
_WHO_THE_DEAD_WERE = re.compile(r"\bthe\s+(?:dead|wounded|injured)\s+(?:were|was|are|is|included|include)\b", re.I)
# (or weeks, months: "El Fasher has been encircled by the RSF for weeks", a siege going on, begun on no day told)
_FOR_AGES = re.compile(r"\b(?:for|over)\s+(?:(?:many|several|the\s+past|the\s+last)\s+)?(?:weeks|months|decades|years|generations|centuries)\b", re.I)
# (or to move it: "parliament voted late on Monday to postpone the Feb. 25 presidential election to Dec. 15")
_DECIDED_TO_HOLD = re.compile(r"\b(?:voted|decided|agreed|resolved|ordered|called|announced\s+plans?)\s+(?:[\w.]+\s+){0,4}?to\s+"
                              r"(?:hold|stage|call|organi[sz]e|set|schedule|postpone|delay|put\s+off|push\s+back)\b[^;]{0,100}$", re.I)
# a crowd's action called for a day ("called for a \"march of anger\" on Friday", "called a general strike across the
# West Bank on Tuesday"): the day is the action's, still to come, though "called" is past
_CALLED_ACTION = re.compile(r"\bcall(?:ed|s|ing)\s+(?:for\s+)?(?:a|an)\s+[^,;.]{0,40}?\b(?:strike|march|protests?|rally|rallies|"
                            r"demonstrations?|sit-in|boycott|shutdown|day\s+of\s+(?:rage|anger|mourning))\b[^,;.]{0,40}?\s(?:on|for)\s+$",
                            re.I)
# the day a plan was set for, right before its date ("which were due to resume on 2 September", "scheduled for
# Sunday", "that was to be held this month"; used with endpos) ...
_PLAN_FOR_DAY = re.compile(r"\b(?:(?:due|scheduled|planned|slated|set|supposed|meant|expected)\s+(?:for\s+|to\s+(?:[a-z]+\s+){1,3}?)"
                           r"|(?:was|were)\s+to\s+(?:[a-z]+\s+){1,3}?)(?:on\s+|in\s+|for\s+)?$")
# ... and the plan undone, told after it ("have been postponed", "was called off"; not "could be postponed"): the
# sentence's act is the undoing, done when it is told (or on its own date), not on the day planned
_PLAN_UNDONE_AFTER = re.compile(r"^[^.;!?]{0,80}?\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:(?:again|indefinitely|later|then)\s+)?"
                                r"(?:postponed|delayed|deferred|cancell?ed|called\s+off|put\s+off|pushed\s+back|suspended|"
                                r"scrapped|shelved|adjourned)\b", re.I)
# ... or told before it ("called off a protest planned for Friday", "postponed talks that were scheduled for Monday")
_UNDONE_PLAN_BEFORE = re.compile(r"\b(?:postpon(?:ed|ing)|delay(?:ed|ing)|deferr(?:ed|ing)|cancell?(?:ed|ing)|call(?:ed|ing)\s+off|"
                                 r"put(?:ting)?\s+off|push(?:ed|ing)\s+back|suspend(?:ed|ing)|scrapp(?:ed|ing)|shelv(?:ed|ing))\s+"
                                 r"(?:[\w'\u2019-]+\s+){1,5}?(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?"
                                 r"(?:due|scheduled|planned|slated|set)\s+(?:for\s+|to\s+(?:[a-z]+\s+){1,3}?)(?:on\s+|in\s+|for\s+)?$", re.I)
_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([DWMY])$")
_HOURS = re.compile(r"PT(?:\d+(?:\.\d+)?|X)[HM]")  # hours or minutes: counted from a day, the same day
# a fight between two sides, whose dead are a toll and not an actor
_TWO_SIDED_FIGHT = re.compile(r"\b(?:clash(?:es)?|fighting|battles?|gunfights?|firefights?)\s+between\b|"
                              r"\brival\s+(?:armed\s+)?(?:groups|factions|militias|forces|gangs)\b", re.I)
# the story's own state, unnamed, as the subject: "The government, which has not given a toll, declared ..."
_THE_GOVERNMENT = re.compile(r"\s*(?:[\w ,.]{1,25}\s[-\u2013\u2014]\s+)?"  # (a timeline entry's day first: "July 20 - ")
                             r"(?:(?:But|And|Meanwhile|Later),?\s+)?(?:(?:the|its)\s+(?:(?:country['\u2019]s|national|central|federal|"
                             r"interim|transitional)\s+)?(?:government|authorities|cabinet|presidency)|"
                             r"(?:the\s+)?(?:parliament|national\s+assembly|legislature))\b", re.I)  # ("Parliament elects X as president")
# a sentence opening on a state's head or minister ("Ecuador's President Rafael Correa", "Rwandan President Paul Kagame")
_HEAD_OF_STATE_FIRST = re.compile(r"\s*(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['\u2019]s|[A-Z][a-z]+)\s+(?:President|Prime\s+Minister|Premier|"
                                  r"Foreign\s+Minister|King|Chancellor|Emir)\s+[A-Z]")


# a group's record, no act of the day: "The group has carried out frequent attacks in Mogadishu"
_HABIT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:frequent|repeated|numerous|regular|countless|many|several|"
                    r"a\s+(?:string|series|spate|wave|number)\s+of)\s+(?:[\w-]+\s+)?(?:attacks|bombings|raids|assaults|"
                    r"strikes|abductions|kidnappings|killings|massacres|ambushes)\b", re.I)
# what a possessive day names ("Saturday's election", "Tuesday's attack")
_DAYS_THING = re.compile(r"['\u2019]s\s+(?P<noun>(?:[\w-]+\s+){0,2}[\w-]+)")
_PHASE_AFTER = re.compile(r"(?:\s+[\w'\u2019-]+){0,4}?\s+(?:(?:had|has|have)\s+)?(?:stopped|ended|ceased|halted|resumed|"
                          r"continued|subsided|eased|intensified|escalated|persisted|raged|went\s+on|died\s+down)\b")
# the event just told, named again with where it happened, up to its verb
_WHERE_IT_HAPPENED = re.compile(r"(?:The|This|That)\s+(?:\w+\s+)?(?:attack|raid|strike|air\s*strike|assault|ambush|blast|"
                                r"explosion|bombing|shelling|massacre)\s+(?P<np>(?:in|at|on|near)\s+[^,;]{3,100}?)\s+"
                                r"(?:came|was|took|happened|occurred|killed|hit|struck|left|followed|targeted|destroyed)\b"
                                r"|(?:The|This|That)\s+(?:\w+\s+)?(?:attack|raid|strike|assault|ambush|blast|explosion|bombing|"
                                r"shelling|massacre)\s+(?:took\s+place|happened|occurred)\s+(?P<np2>[^;]{3,160})"
                                # ("The agreement, brokered by the United Nations and Turkey, was signed at a ceremony in Istanbul":
                                # where the accord just told was made, not the parties' countries)
                                r"|(?:The|This|That)\s+(?:\w+\s+)?(?:agreement|deal|accord|ceasefire|truce|treaty|talks|negotiations)"
                                r"(?:,\s+[^,;]{3,80},)?\s+(?:was|were|had\s+been)\s+(?:signed|reached|held|concluded|sealed|initialled)\s+"
                                r"(?P<np3>(?:at|in)\s+[^;]{3,160})")
# ("The attack took place during Friday prayers at the mosque in the village of Bir al-Abd": there)
_GENERIC_ENEMIES = ("terrorists", "militants", "gunmen", "bandits")  # whom a speaker vows to pursue: no side of the saying
_VISIT_DATE = re.compile(r"\b(?:visit(?:ed|s)?|flew\s+to|travell?ed\s+to)\b[^,;]{0,50}?\b(?:on|late|early)\s+$", re.I)  # "visited the wounded in the capital on Tuesday", "flew to Jolo on Monday"
# a governor as the subject: "Governor Aminu Masari condemned", "In 2019, the governor had signed"
_GOVERNOR_ACTS = re.compile(r"(?:[^,]{0,40},\s+)?(?:[\w.'\u2019-]+\s+){0,3}?[Gg]overnor\b(?!\s+of\b)")
# the people an event just told struck, named again by what they were doing there
_THE_VICTIMS = re.compile(r"(?:The|These|Those)\s+(?:\w+\s+)?(?:workers|farmers|herders|worshippers|students|pupils|passengers|"
                          r"traders|miners|fishermen|mourners|guests|patients)\b")
# an act told as coming at some later time, unsaid ("was later retaken", "subsequently withdrew"; not "hours later,")
_SOME_TIME_LATER = re.compile(r"\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:later|subsequently|eventually)\s+\w+(?:ed|en|ken)\b|"
                              r"(?<!hours\s)(?<!days\s)(?<!weeks\s)(?<!months\s)(?<!years\s)(?<!minutes\s)(?<!moments\s)(?<!day\s)(?<!week\s)"
                              r"(?<!month\s)(?<!year\s)\b(?:later|subsequently|eventually)\s+(?:\w+ed|retook|took|fled|withdrew|fought)\b", re.I)
# (a claim's own day: made in a statement, "claimed responsibility ... in a statement on Sunday", or at an hour of it,
# "claimed the attack late on Thursday", as attacks are "on Thursday")
_SAME_DAY = re.compile(r"(?:the\s+)?same\s+day", re.I)
_SAME_DAY_REACH = 3  # sentences back within which "the same day" finds the act it names the day of
_IN_A_SAYING = re.compile(r"\bin\s+an?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:statement|message|post|video|communiqu\u00e9|communique)\b|"
                          r"\b(?:late|early)\s+(?:on\s+)?$", re.I)
# "Minutes later, a suicide car bomber struck a police station in another district": an act of its own, timed by the last
# (so is a response by the other side: "Hours later, air force jets struck vehicles used by the attackers")
_TIMED_APART = re.compile(r"(?:Hours|Minutes|Moments)\s+(?:later|earlier),\s+(?:(?:a|an|another|two|three|the)\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:(?:bomber|bomb|blast|explosion|gunmen|attackers|militants|missile|rocket|drone|strike|jet|warplane|"
                          r"helicopter|troop|soldier)s?|aircraft)\b")
# "A second bomb exploded near the same hotel an hour later": counted as another act, never a detail of the one before
# (not "Another 20 people were wounded", "A second day of protests", "Another of the wounded died": the same one's)
_ANOTHER_ACT = re.compile(r"(?:A\s+(?:second|third|fourth|fifth|further)|Another)\s+"
                          r"(?!\d|of\b|(?:day|night|week|time|round|wave)s?\b)[a-z]")
# a report's speaker and saying, before what was said ("Georgian President Mikheil Saakashvili said on Saturday that ")
_SAID_THAT_LEAD = re.compile(r"[^,;\"\u201c]{0,120}?\b(?:said|says|told\s+[^,;]{0,40}?|announced|reported|claimed)\b[^,;]{0,40}?\bthat\s+")
# a saying on its own day, what was said to follow: "Uribe said on Monday (that) ..."
_SAID_ON_DAY = re.compile(r"\b(?:said|says|announced|warned|vowed|pledged|promised|insisted|declared)\s+(?:late\s+|early\s+)?"
                          r"(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\b")
# a war's start told in a clause: "the uprising against President Bashar al-Assad began"
_WAR_BEGAN = re.compile(r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:war|uprising|insurgency|conflict|revolution|rebellion|revolt)\b"
                        r"[^.;]{0,60}?\b(?:began|started|erupted|broke\s+out)\b")
# an armed act told as done later the same day ("its aircraft struck RSF positions north of the city later on
# Friday", "Later on Saturday, a Russian missile hit a residential building"): a second act after the one just told
_LATER_THAT_DAY = re.compile(r"\b[Ll]ater\s+(?:on\s+)?(?:that|the\s+same)?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|day|night|evening)\b")
_SOME_WEEKDAY = re.compile(r"\b(?:a|an)\s+(?:Easter\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")  # ("a Sunday service")
# hours after an act named by its noun: "Hours after the strikes, ...", "Shortly after the attack, ..."
_HOURS_AFTER_THE = re.compile(r"(?:Hours|Minutes|Moments|Shortly|Soon|Just)\s+after\s+the\s+(?:[\w-]+\s+)?"
                              r"(?P<act>attacks?|strikes?|raids?|bombings?|blasts?|explosions?|assault|ambush|shelling|killings?)\b")
_HOURS_APART = re.compile(r"(?:Hours|Minutes|Moments)\s+(?:earlier|before|later)\b|(?:Shortly|Just)\s+before\b|Earlier\s+that\s+(?:day|night)\b")
_STATE_SUBJECT = re.compile(r"(?:The\s+)?(?P<who>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s+(?!said\b|says\b)[a-z]+\b")
_RESPONSE_STEP = re.compile(r"\b(?:within\s+(?:minutes|hours)\s+of|responded\s+(?:by|with)|in\s+(?:a\s+)?response\s+to)\b")
_RETALIATED = re.compile(r"\bretaliated\b", re.I)
_NEXT_N = re.compile(r"the\s+(?:next|following)\s", re.I)  # (the timex) "the next four days"
_NEXT_N_BEFORE = re.compile(r"(?:^|[,;]\s*|\b(?:[Oo]ver|[Dd]uring|[Ii]n|[Ff]or|[Ww]ithin)\s+)$")
_AWAY = re.compile(r"\bwhile\s+(?:the\s+|his\s+|her\s+)?(?:[\w.'\u2019-]+\s+){0,3}?(?:was|were)\s+(?:away\s+)?"
                   r"(?:at|in|on|attending|visiting|abroad)\b[^,.;]*")
# "which mark the anniversary of a July 7, 1990 uprising": the date is the one remembered, history
_ANNIVERSARY = re.compile(r"\banniversary\s+of\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:\w+\s+){0,2}$", re.I)
# a relative clause running up to a date: ", where security forces had blocked roads since"
# a subject's state since a date, before the main verb: "peacekeepers deployed (in X) since", "troops, who had
# been stationed there since"; and the main verb after the date ("... 2020 ceasefire left", "..., withdrew")
_SUBJECT_SINCE = re.compile(r"(?:,\s+(?:who|which)\s+(?:had|have|has)\s+been\s+|(?<!\bbeen\s)(?<!\bwere\s)(?<!\bwas\s)"
                            r"(?<!\bare\s)(?<!\bis\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\b)[a-z]\w+ed\s+"
                            r"(?:(?:in|at|to|on|near|across|along|there)\s+(?:(?:the|a)\s+)?(?:[\w'\u2019-]+\s+){0,3})?"
                            r"(?P<since>since)\s+(?:(?:the|an?)\s+)?$", re.I)
_MAIN_VERB_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?,?\s+(?P<verb>(?:have|has|had)\s+\w+|"
                              + "|".join(sorted(_IRREGULAR_PAST)) + r"|completed|withdrew|pulled|left|began|started|[a-z]\w+ed)\b")
_GROUP_ANAPHOR = re.compile(r"(?:[^,]{0,40},\s+)?[Tt]he\s+(?:[\w-]+\s+)?(?:group|alliance|militia|movement|organi[sz]ation|coalition)\b"
                            r"(?!\s+of\b)")
# "Its fighters also attacked ...": the members of the group the sentence before named
_ITS_FIGHTERS = re.compile(r"(?:[^,]{0,40},\s+)?(?:Its|Their|its|their)\s+(?:own\s+)?(?:fighters|militants|members|gunmen|"
                           r"units|men|commanders|militiamen|guerrillas|combatants)\b")
# "In February, it advanced on Sake", "By Saturday they controlled most of the city": a pronoun subject, the
# group the sentence before named (group_before names only an armed group: "They said" of residents is no group)
_PRONOUN_ACTS = re.compile(r"(?:[^,]{0,40},\s+)?(?:It|They|it|they)\s+(?:(?:has|have|had)\s+)?(?:also\s+|then\s+|later\s+|again\s+)?"
                           r"(?!(?:was|were|is|are|said|says|told|added)\b)[a-z]+ed\b")
# "the two forces fought for the town": the sides the sentence before named
_TWO_COUNTRIES = re.compile(r"\b[Tt]he\s+two\s+(?:countries|nations|neighbou?rs|states)\b")
_PAIR_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:two|rival|warring)\s+(?:forces|sides|armies|parties|groups|factions)\b")
# a count run up since a date: "Since the beginning of the invasion on 24 February 2022, Russia has carried out ..."
_SINCE_PERFECT = re.compile(r"\s*Since\b[^,;]{0,120},\s+(?:[\w'\u2019.-]+\s+){1,6}?(?:has|have)\s+(?!been\s+\w+ing\b)", re.I)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:and\s+)?(?:(?:on|in|by)\s+[^,]{3,30},\s+)?(?:it|they|he|she)\b", re.I)


_THEY = re.compile(r"(?:[^,]{0,40},\s+)?(?:They|It)\s")  # the sentence's subject is the side just told
# "shelled the town despite a truce agreed in January": the date is the truce's, not the shelling's;
# "fired rockets in response to an Israeli strike on Nabatieh on Tuesday": the strike's
# what an arrest or charge was about: "arrested five men in connection with the bombings that killed 200"
_INVESTIGATED_BY = r"in\s+connection\s+with|(?:suspected|accused)\s+of\s+(?:involvement|taking\s+part|a\s+role)\s+in"
_FRAMING = re.compile(r"\b(?P<prep>despite|in\s+spite\s+of|amid|amidst|in\s+(?:violation|breach)\s+of|notwithstanding|"
                      # "Under a deal signed on March 10, the SDF was to ...": the deal is an event of its own
                      r"under(?=\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|truce|ceasefire|pact)\b)|"
                      r"after|following|in\s+(?:response|retaliation|reply|revenge)\s+(?:to|for)|to\s+avenge|avenging|"
                      # "arrested five men on Saturday in connection with the bombings that killed 200 on Thursday"
                      rf"{_INVESTIGATED_BY}|"
                      r"(?:was|were|is|are)\s+(?:a\s+|an\s+)?(?:response|retaliation|reply|revenge)\s+(?:to|for)|"
                      # "in what it said was a response to the killing of ... in late September"
                      r"in\s+what\s+(?:[\w'\u2019-]+\s+){1,4}?(?:was|as|called|termed)\s+(?:an?\s+)?(?:\w+\s+)?(?:response|retaliation|reply|revenge)\s+(?:to|for))\s+"
                      # (or the date opens it: "in retaliation for last month's massacre of Hindu tourists")
                      r"(?P<np>[^,;:()]{3,120}|)$", re.I)
# "endorsed the ceasefire deal agreed in Minsk last week": the date is the deal's, not the endorsement's
_AGREED_BEFORE = re.compile(r"\b(?P<np>(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|truce|"
                            r"cease-?fire|pact)\s+(?P<prep>agreed|signed|reached|brokered|struck|concluded)"
                            r"(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:(?:in|on)\s+)?)$", re.I)  # ("signed in April")
_RESPONSE = re.compile(r"in\s+(?:response|retaliation|reply|revenge)|to\s+avenge|avenging|in\s+what\s|"
                       r"(?:was|were|is|are)\s+(?:a\s+|an\s+)?(?:response|retaliation|reply|revenge)")
_IN_SEPARATE = re.compile(r"\bin\s+(?:separate|several|multiple|a\s+series\s+of)\s+(?:incidents|attacks)\b", re.I)
_NTH_OF_SERIES = re.compile(r"\b(?:is|was|became|becomes)\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                            r"\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){1,3}?(?:to\s+be\s+)?(?:killed|murdered|slain|assassinated|"
                            r"kidnapped|abducted|attacked|arrested)\s+(?:[\w,'\u2019-]+\s+){0,5}?$", re.I)
_LATEST_OF = re.compile(r",\s+(?:the|its|their)\s+(?:latest|deadliest|worst|biggest|largest)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:in|of|since)\b[^;]*$")
# a superlative measured against an earlier time: "the deadliest since ..." (see _FIRST_SINCE, _WORST_SINCE)
# (an ordinal counts from the date too: "the third country to suffer a coup since 2020")
_YARDSTICK = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
              r"deadliest|worst|biggest|largest|highest|lowest|heaviest|bloodiest)")
_WORST_SINCE = re.compile(rf"\b{_YARDSTICK}\s+(?:[\w'\u2019-]+\s+){{0,5}}?(?P<since>since\s+(?:the|a|an|its|their|\d{{4}})\b(?![^;]*?,\s+when\b)[^;]*)$")
# "..., the first regional command to fall to rebels since the army seized power in a February 2021 coup": a
# closing yardstick; its date and its "since" are the yardstick's, not of the act the sentence reports
_CLOSING_YARDSTICK = re.compile(rf",\s+(?:the|its|their)\s+{_YARDSTICK}\b[^.;,]{{0,80}}?\bsince\b", re.I)
_DISPLACED = re.compile(r"fled|displaced|were\s+displaced|forced\s+to\s+flee", re.I)
_DISPLACED_SO_FAR = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:fled|displaced|forced\s+to\s+flee)\b", re.I)
# a number of people who fled over a span of days ("Between 21 and 23 March, about 2,100 people ... fled
# Fambita"): a humanitarian count of movements, no one event (a day's flight from a town stays one)
_OVER_DAYS = re.compile(r"\b(?i:between)\s+(?:\d{1,2}|[A-Z][a-z]+\.?\s+\d{1,2})\b[^.;]{0,20}?\s+and\s+\d{1,2}\b|"
                        r"\b(?i:(?:over|in|during)\s+the\s+(?:past|last|following)\s+(?:few\s+|\w+\s+)?(?:days|weeks))\b")
_CROWD_FLED = re.compile(r"\b(?:\d[\d,.]*(?:\s+(?:million|thousand))?|hundreds|thousands|tens\s+of\s+thousands|dozens)\s+"
                         r"(?:of\s+)?(?:people|residents|civilians|families|households|villagers|inhabitants|persons|individuals)\b"
                         r"[^.;:]{0,60}?\b(?:fled|were\s+displaced|had\s+fled|have\s+fled|have\s+been\s+displaced)\b", re.I)
_COMPARED_TO = re.compile(r"\b(?:(?:its|their|the)\s+(?:peak|height|high|low|level|levels)\s+(?:of|in)|compared\s+(?:with|to)|"
                          r"(?:than|as)\s+(?:in|during)|up\s+from|down\s+from)\s+(?:the\s+)?$", re.I)
_STATES_SUBJECT = re.compile(r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:\s+and\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?\s+"
                             r"(?:have\s+|had\s+|has\s+)?(?:traded|exchanged|launched|fired|shelled|bombed|attacked)\b")
_AGAINST = re.compile(r"\bagainst\s+(?:the\s+)?", re.I)
_TIMELINE_INTRO = re.compile(r"(?:Here|Below)\s+(?:is|are)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:timeline|chronology|"
                             r"events|developments|dates)\b", re.I)
_INVESTIGATED = re.compile(rf"\b(?:{_INVESTIGATED_BY})\b", re.I)
# "..., a day after clashes killed six people": what follows is an earlier event, its dead are not this one's
_PRIOR_EVENT = re.compile(r",\s+(?:(?:a|one|two|three|four|five|six|\d+|a\s+few|several)\s+(?:hours?|days?|weeks?)|hours|days)\s+"
                          r"after\s+(?=\w+\s+\w+)", re.I)
# (each place may have an apposition: "took Zaranj, on the border with Iran, on Friday, and Sheberghan, the stronghold of
# the warlord Abdul Rashid Dostum, a day later")
_GAPPED = re.compile(r"\s*,?\s+and\s+(?:then\s+)?(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)(?P<apposition>,\s+[^,;.]{3,80},)?"
                     r"\s+(?P<prep>(?:on|in)\s+)?")
_PLACE_APPOSITION = re.compile(r"^,\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:town|city|capital|stronghold|village|base|port|hub|"
                               r"district|province|seat)\b", re.I)
_TOLD_APPOSITION = re.compile(r",\s+[^,;.]{3,80},(\s+(?:on|in|at|by)\s*)$")
# a named past event dated by "of": "and again in the Halabja attack of 16 March 1988"
_EVENT_OF = re.compile(r"\b(?P<np>(?:the|a)\s+(?:[\w'\u2019-]+\s+){0,3}(?:attacks?|bombings?|massacres?|raids?|offensive|"
                       r"uprising|coup|invasion|ambush|assault|siege|battle|shelling|killings?)\s+of\s+)$", re.I)
_MANY_ATTACKS = re.compile(r"\b(?:several|many|numerous|multiple|dozens\s+of|scores\s+of|hundreds\s+of|a\s+(?:series|string|wave|"
                           r"number)\s+of|a\s+spate\s+of|(?:more\s+than|over|at\s+least|nearly|some|about|almost)\s+[\d,]*\d)\s+(?:\w+\s+)?(?:attacks|raids|strikes|bombings|ambushes|killings|clashes)\b", re.I)
# a news conference held or called ("will hold a news conference on Thursday"): a channel, no saying yet
_CONFERENCE_HELD = re.compile(r"\b(?:hold|holds|held|holding|host|hosts|hosted|call|calls|called|give|gives|gave)\s+"
                              r"(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:news|press)\s+conference", re.I)
_SAID_THAT = re.compile(r"\b(?:said|says|told|that)\b")  # a saying's reported clause follows
_CHANNELS = frozenset(("told reporters", "news conference", "press release",  # how a report was given (see not_event)
                       "told the smm"))  # (a monitor told of what was done, as a reporter is: ", an officer told the SMM.")
# what was said, its "that" left out: "told a news conference the militia had seized the last strongholds"
_PERFECT_AUX = re.compile(r"\b(?:had|has|have)\b")
# a patrol attacked is an event, not a monitoring patrol ("Gunmen ambushed a National Guard patrol")
_PATROL_ATTACKED = re.compile(r"\b(?:ambush\w*|attack(?:ed|ing|s)?|fired\s+(?:on|at)|targeted|struck|hit|raided|shelled)\s+"
                              r"(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}patrols?\b|\bpatrols?\b[^.;]{0,100}?\b(?:was|were|came)\s+"
                              r"(?:\w+\s+)?(?:attacked|ambushed|hit|struck|targeted|shelled|under\s+(?:fire|attack))\b|"
                              # (a patrol that fought: "a MINUSCA patrol clashed with 3R fighters near Koui")
                              r"\bpatrols?\s+(?:\w+\s+){0,2}?(?:clashed|exchanged\s+(?:fire|gunfire)|fought|battled|repelled)\b|"
                              # (or ran into a mine: "a police patrol vehicle ... ran over an improvised explosive device")
                              r"\bpatrols?\b[^.;]{0,100}?\b(?:ran\s+over|drove\s+over|struck|hit|triggered|detonated)\s+(?:an?\s+|the\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:mines?|landmines?|IEDs?|explosive\s+devices?|roadside\s+bombs?|bombs?)\b|"
                              # (or the victims' patrol is what they were doing when harmed: "were ambushed late on Tuesday
                              # as they patrolled near a river", "killed while on patrol"): the harm is told, not a patrol
                              r"\b(?:ambush\w*|attack\w*|killed|wounded|shot|struck|hit|fired\s+(?:on|at))\b[^.;]{0,120}?\b(?:as|while|when)\s+"
                              r"(?:(?:they|he|she|it|the\s+[\w-]+|their\s+[\w-]+|its\s+[\w-]+)\s+(?:were\s+|was\s+)?)?"
                              r"(?:on\s+)?patrol(?:led|ed|ling|ing)?\b", re.I)
# a clock time restated in another zone, in brackets: "at around 1 a.m. (2200 GMT on Wednesday)"
_ZONE_ASIDE = re.compile(r"\(\s*\d{1,2}[:.]?\d{2}\s*(?:hrs\s+)?(?:GMT|UTC)\b[^()]{0,40}\)")
# a subject denied, then its verb: "No peace treaty was ever signed" (the cue "signed" follows)
_NO_SUBJECT_VERB = re.compile(r"\s*No\s+(?:[\w-]+\s+){1,3}(?:was|were|has|have|had)(?:\s+(?:ever|yet|been))*\s+$")
_NEGATED = re.compile(r"\b(?:no|without|nor)\s+(?!(?:fewer|less|more|sooner)\b)(?:\w+\s+){0,3}$", re.I)  # "no injuries", "without any casualties"
# the dead counted of an act the sentence names by a noun, as a toll or a new count: "At least 50 people were killed in
# the strike on the Kramatorsk station", "The number of people killed in Saturday's missile strike ... has risen to 40"
_TOLL_OF_NAMED = re.compile(r"\b(?:killed|died|dead|deaths|wounded|injured|victims)\s+(?:in|from|by)\s+(?:the|a|an|[A-Z]\w+'s)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:strikes?|attacks?|bombings?|blasts?|explosions?|raids?|shelling)\b")
# "The death toll from Friday's attack on Abu Shouk rose to 40 on Sunday": a new count for an event already told
_TOLL_UPDATE = re.compile(r"\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|people\s+killed|victims))\s+(?:from|in|of)\s+"
                          r"(?:[^.;]|\.(?=\s?\w)){3,120}?\b(?:rose|climbed|increased|jumped|reached|rises|climbs|"
                          r"(?:has|had)\s+(?:risen|climbed|increased|reached))\s+to\b|"
                          # "..., raising the death toll from a suicide bombing during afternoon prayers to 100"
                          r"\b(?:raising|bringing|pushing|taking)\s+(?:the\s+)?(?:death\s+)?toll\s+"
                          r"(?:(?:from|in|of)\s+(?:[^.;]|\.(?=\s?\w)){3,120}?\s)?to\b", re.I)
# between "rose to" and the day it rose: the new count ("250", "at least 90 people")
_ROSE_TO_ON = re.compile(r"\s+(?:about\s+|at\s+least\s+|more\s+than\s+|nearly\s+|over\s+)?[\d,]+(?:\s+[a-z]+){0,2}?"
                         r"\s+(?:on\s+|by\s+|late\s+on\s+|early\s+on\s+|late\s+|early\s+)?")
# "Iran's interior minister put the death toll at 84 on Thursday": a count given later of an act told before
_TOLL_PUT_AT = re.compile(r"\b(?:put|puts|putting|revised|revises|set|sets|gave|gives)\s+(?:the|its|their)\s+(?:\w+\s+)?"
                          r"(?:(?:death|casualty)\s+)?toll\s+at\b", re.I)
_THE_CAPITAL = re.compile(r"\b(?:in|into|on|near|outside|around|across|throughout|(?<!flown\s)(?<!taken\s)(?<!airlifted\s)(?<!evacuated\s)(?<!transferred\s)to|"  # (not where one was moved)
                          r"reached|entered|stormed|captured|took)\s+the\s+capital\b"
                          r"(?!,?\s+[A-Z])(?!\s+of\b)")  # (not "the capital, Port-au-Prince", "the capital of Amhara";
# "the capital's Pearl Roundabout" is the capital unless the gazetteer knows the place named: see make)
_SPOKE_IN = re.compile(r"\b(?:speech|address|conference|interview|visit|rally|summit|speaking|meeting)\s+(?:\w+\s+){0,2}?"
                       r"(?:in|at)\s+[A-Z]|\b(?:said|says|told\s+\w+)\s+in\s+[A-Z]")  # "said in a speech in Naypyitaw", "said in Athens"


# a date's possessive and the noun phrase it dates, with a relative clause telling what that did:
# "Tuesday's deadly riot in Tegucigalpa, which left three people dead"
_POSSESSED = re.compile(r"['\u2019]s\s+(?P<np>[^,;:()\"\u201c]{3,80}?)(?=\s*[,;:()]|\s*[.]?$)"
                        r"(?:,\s+(?:which|in\s+which|where|that)\s+[^,;:()]{3,100}?(?=\s*[,;:()]|\s*[.]?$))?")
# a state that a relative clause is about, just before it: "according to Pakistan, which (recalled its ambassador)"
_STATE_WHICH = re.compile(r"\b(?P<n>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}),\s+(?:which|who)\s*$")


_MILITARY_SPEAKER = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:['\u2019]s)?\s+(?i:general\s+staff|defen[cs]e\s+(?:ministry|force)|"
                               r"ministry\s+of\s+defen[cs]e|military|army|armed\s+forces|air\s+force|navy)\b")
# decades counted back only roughly ("more than a decade ago", "nearly two decades ago"): the year it
# would give is a guess, off by years (the background of a story, not a step to file on a date)
_DECADES_AGO_ABOUT = re.compile(r"(?:more\s+than|over|nearly|almost|about|around|some|roughly|well\s+over)\s+"
                                r"(?:a|one|two|three|four|five|six|several|\d+)\s+decades?\s+ago$", re.I)
_FORECAST_TYPES = {"battle", "explosion/remote violence", "violence against civilians", "lethal"}  # never scheduled
# a titled person who opens the sentence as its subject, with his title in any case and an aside before
# the verb: "Ukraine's acting president, Oleksandr Turchinov, warned", "Major General Godefroid Niyombare,
# a former intelligence chief, announced", "U.S. Secretary of State Antony Blinken spoke": he acts
_SUBJECT_PERSON = re.compile(r"(?:[^,\"]{0,40}?,\s+)?(?:(?:The|the)\s+)?(?:[A-Z][\w.]*(?:['\u2019]s)?\s+){0,2}(?:[a-z][\w-]*\s+){0,2}?"
                             r"(?i:president|prime\s+minister|premier|chancellor|king|queen|emir|(?:foreign|defen[cs]e|interior)\s+minister|"
                             r"minister|secretary(?:-general|\s+of\s+state)?|ambassador|envoy|governor|"
                             r"(?:major|lieutenant|brigadier)[\s-]general|general|colonel|commander|chairman|leader|spokes(?:man|woman|person))"
                             r"(?:\s+of\s+[A-Z][\w'\u2019-]+)?,?\s+"
                             r"(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+(?:(?:al|el|bin|de|dos|da|van|von|del|di|du)[\s-]|[A-Z]\.\s+)?[A-Z][\w'\u2019-]+){1,3})"
                             r"(?:,\s+[^,;\"]{3,80},|,)?\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+)?"
                             r"(?P<verb>[a-z]{2,}ed|said|says|told|spoke|fled|took|won|met|made|gave|sent|wrote|held|swore|vowed)\b")
_SPOKE = re.compile(r"(?:said|says|told|spoke|wrote|appealed|stressed|warned|vowed|promised|pledged|condemned|denounced|announced|declared|"
                    r"denied|accused|blamed|urged|called|demanded|insisted|stated|added|rejected|praised|threatened)$")
# a state's organ that opens a statement as its speaker: "Russia's Defense Ministry denied it was behind the
# strike", "The Iranian Foreign Ministry on Sunday condemned": a military organ is its forces, else its government
_ORGAN_SPEAKS = re.compile(r"(?:[^,\"]{0,40}?,\s+)?(?:The\s+|the\s+)?(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:['\u2019]s)?\s+"
                           r"(?:(?P<military>(?i:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military|army|armed\s+forces|general\s+staff))|"
                           r"(?i:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|interior\s+ministry|government))\s+"
                           r"(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+)?(?:has\s+|had\s+|also\s+)?"
                           r"(?P<verb>said|says|denied|condemned|warned|accused|blamed|rejected|announced|declared|insisted|"
                           r"vowed|called|urged|demanded|threatened)\b")
# states that open a statement as its speakers: "Britain and Germany called on Monday for an emergency meeting"
_STATES_SPEAK = re.compile(r"(?:[^,\"]{0,40}?,\s+)?(?P<subj>(?:The\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
                           r"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?){0,3})\s+"
                           r"(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+)?(?:has\s+|have\s+|had\s+|also\s+|jointly\s+)?"
                           r"(?P<verb>said|says|called|condemned|urged|warned|demanded|denied|accused|rejected|announced|declared)\b")
# a speaker named, then who he is: "William Walker, the American head of the verification mission, said"
_APPOSED_SPEAKER = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}),\s+(?:the|a|an)\s+[^,;\"]{3,80},\s+"
                              r"(?:has\s+|had\s+|also\s+)?(?:said|says|told|warned|vowed|condemned|urged|called|announced|"
                              r"declared|denied|accused|demanded|pledged|threatened|insisted|rejected|blamed)\b")
# a deal's purpose, to send forces somewhere: "signed an agreement ... to deploy 1,000 police officers to Haiti"
_DEAL_TO_SEND = re.compile(r"\b(?:agreements?|deals?|accords?|pacts?|memorandum|agreed|signed)\b[^.;]{0,80}?\bto\s+"
                           r"(?P<send>(?:deploy|send|dispatch|station|contribute)\b)")
# several states (or bodies) speaking together, the subject of the sentence: "China and the United States urged",
# "France, Russia and the United States, which co-chair the Minsk Group, called for"
_JOINT_SPEAKERS = re.compile(r"(?:(?:On|Late\s+on|Early\s+on)\s+\w+day,\s+)?(?P<who>(?:[Tt]he\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
                             r"(?:,\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})*,?\s+and\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})"
                             r"(?:,\s+(?:which|who)\s[^,]{0,80},)?\s+(?:\w+ly\s+)?(?:condemned|urged|called|welcomed|said|expressed|voiced|"
                             r"appealed|demanded)\b")
# a sentence whose subject points back to a region: "The enclave broke away ...", "The region, ..., has been run by"
_THE_ENCLAVE = re.compile(r"\s*(?:[^,]{0,30},\s+)?The\s+(?:breakaway\s+|disputed\s+|mountainous\s+)?(?:enclave|region|territory)\b"
                          r"(?!['\u2019]s)(?!\s+of\b)")
# a relative clause set off at the end of the sentence: what it says of the thing named before, not the act's place
_TRAILING_RELATIVE = re.compile(r",\s+(?:which|where|whose)\s[^,;]*$")
_SAYING_AFTER = re.compile(r",\s+saying\b")  # what a side said of its act: its words, not where it acted
# what came before the act, told after its own place and date: the earlier act's place is not this one's
_AFTER_CLAUSE = re.compile(r",?\s+(?:shortly\s+|soon\s+|just\s+|only\s+)?after\s+(?!(?:a|an|the)?\s*(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?)\s+of\b)")
_ANSWERED = re.compile(r"\b(?:in\s+(?:response|retaliation|reply|revenge)\s+(?:to|for)|to\s+avenge|avenging|"
                       r"in\s+what\s+(?:[\w'\u2019-]+\s+){1,4}?(?:was|as)\s+(?:an?\s+)?(?:\w+\s+)?(?:response|retaliation|reply|revenge)\s+(?:to|for))\b", re.I)
_NATIONWIDE = re.compile(r"\b(?:nationwide|countrywide|(?:across|throughout|all\s+over)\s+the\s+country|"
                         r"(?P<p>across|throughout)\s+(?P<country>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?))\b")
_COMPASS_COUNTRY = re.compile(r"\b(?:in|across)\s+(?:the\s+)?(?:(?:north|south)?(?:east|west)ern|northern|southern|central)\s+[A-Z]")
_DISTANCE_END = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?|decades?)$", re.I)
_TO_BEFORE = re.compile(r"\bto\s+$")
_FOLLOWED = re.compile(r"\s(?:after|following)\s", re.I)  # what a step followed (its dead are not the step's)
_ANSWERED_CUT = re.compile(r",?\s+in\s+(?:retaliation|response|reply|revenge)\s+(?:for|to)\b")
_NEUTRALISED = re.compile(r"\bneutrali[sz]ed\b", re.I)  # communiqué for killed (a battle cue, so no "lethal" one)
# how an act was made known, not a newsroom's act: ", in a decree published on its Facebook page"
_MEDIUM = re.compile(r",?\s+(?:in|by|via|through)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:decree|statement|order|video|post|report|"
                     r"letter|communiqu\u00e9|communique|message)\s+(?:published|posted|released)\b[^,;.]*"
                     # the source, not monitoring done: ", a monitoring group said", "the war monitor reported"
                     r"|,?\s+(?:a|an|the)\s+(?:\w+\s+)?monitor(?:ing\s+(?:group|body|organi[sz]ation))?\s+(?:said|says|reported|reports)\b")
# a state that strikes another state's targets: "Thailand responded by sending F-16 fighter jets to strike two
# Cambodian military targets", "Turkey retaliated by striking Syrian government targets"
_STATE_AIMS_AT = re.compile(r"\s*(?:The\s+)?(?P<state>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+(?:has\s+|had\s+)?(?:also\s+|later\s+|then\s+)?"
                            r"(?:retaliated|responded|answered|struck|hit|bombed|shelled|attacked|launched|fired)\b[^.;]{0,80}?"
                            r"\b(?P<dem>[A-Z][a-z]+)\s+(?:(?:military|army|government|regime|defen[cs]e)\s+)?(?:targets|sites|installations|bases|"
                            r"cities|towns)\b")  # ("Iran answered with waves of ballistic missiles at Israeli cities")
# a unit named again as the one told before: "in the same region", "in the same town"
_SAME_UNIT = re.compile(r"\b(?:in|near|across|to)\s+the\s+same\s+(?P<unit>region|province|state|district|county|area|town|village|city)\b")
# a province or region the story named before ("Colombia's Catatumbo region ... to rule by decree in the region"):
# that region, not the country nor the town of the candidate before
_THE_REGION = re.compile(r"\b(?:in|into|across|throughout|around|to|from)\s+the\s+(?:whole\s+|entire\s+|restive\s+|troubled\s+)?"
                         r"(?:region|province|governorate|state)\b(?!\s+of\b|['\u2019]s\s+(?:capital|government|governor|authorities)\b)|"
                         # a province's or state's own government acts: "the state government began evicting villagers"
                         r"\b[Tt]he\s+(?:state|provincial|regional)\s+(?:government|authorities)\b")
# an envoy summoned to hear a protest: summoned to the foreign ministry, in the summoning state's capital
_SUMMONS = re.compile(r"\b(?:summon(?:ed|s|ing)|recall(?:ed|s|ing)|expel(?:led|s|ling))\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:ambassadors?|envoys?|"
                      r"diplomats?|charg[e\u00e9]s?\s+d['\u2019]affaires|(?:deputy\s+)?high\s+commissioners?|chiefs?\s+of\s+mission|consuls?)\b")
_UN_AT_HOME = re.compile(r"\b(?:Security\s+Council|General\s+Assembly)\b")
_VENUE = re.compile(r"\b(?:met|meets|meeting|session|convened|gathered|held\s+talks)\s+(?:\w+\s+)?in\s+[A-Z]")  # "met in Geneva"
_WHOSE_LOSS = re.compile(r",\s+whose\s+[^,;]*")  # a relative clause about a speaker or victim
_THE_WAR = re.compile(r"\b(?:the|that|this)\s+(?:fighting|war|conflict|insurgency|campaign|deployment|operation)\b", re.I)
# a sentence told in the past perfect: what happened before the story's own time
_HAD_DONE = re.compile(r"[^,;.]{0,80}?\b(?P<had>had)\s+(?:\w+ly\s+|already\s+)?(?:been\s+)?\w+(?:ed|en|ght|ne|wn|id)\b", re.I)
_ARREST_TALLY = re.compile(r"\b(?:\d[\d,]*|hundreds|thousands|dozens)\s+(?:[\w-]+\s+){0,3}?(?:people|suspects|members|protesters|"
                           r"demonstrators|activists|persons|men)\b[^.;]{0,40}?\b(?:had|have|has)\s+been\s+(?:arrested|detained)\b"
                           r"[^.;]*\b(?:since|so\s+far|this\s+year)\b", re.I)
# a source's count of people arrested so far, with no one named who made the arrests nor one occasion of them
# ("Police said on Thursday that 2,203 people had been arrested", "749 people had been arrested for \"crimes\" during the
# protests"): a tally of the unrest's arrests, no occurrence (not "Police said they had arrested two people")
_ARRESTS_COUNTED = re.compile(r"\b(?:said|says|told\s+[\w.]+|announced|reported)\b[^.;]{0,40}?\b(?:that\s+)?(?:more\s+than\s+|at\s+least\s+|"
                              r"about\s+|nearly\s+|over\s+|some\s+)?(?P<n>\d[\d,]*|hundreds|thousands|dozens)\s+(?:people|suspects|"
                              r"protesters|demonstrators|activists|persons|rioters|looters)\s+(?:had|have|has)\s+been\s+"
                              r"(?:arrested|detained)\b(?!\s+by\b)", re.I)
# a monitor's report that counts the dead, with no one named who killed them ("The United Nations said in a report in
# April that 3,498 civilians were killed in 2016"): monitoring, and a tally, no occurrence
_REPORT_TALLY = re.compile(r"\b(?:said|says|found|showed|shows|reported|documented|estimated)\s+in\s+(?:a|an|its|their)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:report|study|survey|review)\b[^.;]*?\b(?:\d[\d,]*|hundreds|thousands)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:were|had\s+been|have\s+been)\s+(?:killed|wounded|injured|displaced)\b(?!\s+by\b)", re.I)
# a hospital's count of the casualties it took in ("the South Hospital had received more than 160 wounded people
# between Friday and Sunday"): the harm of acts told elsewhere, no occurrence of its own
_CASUALTIES_RECEIVED = re.compile(r"\b(?:received|treated|admitted|took\s+in|has\s+taken\s+in)\s+(?:more\s+than\s+|at\s+least\s+|"
                                  r"some\s+|about\s+|around\s+|nearly\s+|over\s+|almost\s+)?(?:\d[\d,]*|dozens|hundreds)\s+(?:of\s+)?"
                                  r"(?:wounded|injured|casualties|patients)\b", re.I)
# a speech still to come ("Houthi leader Abdel-Malek al-Houthi is due to give a televised speech on Sunday"): nothing said yet
_SPEECH_AHEAD = re.compile(r"\b(?:is|are)\s+(?:due|expected|scheduled|set)\s+to\s+(?:(?:give|deliver|make)\s+(?:a|an|his|her|their)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:speech|address|statement)|(?:address|speak\s+to)\s+(?:the\s+)?(?:nation|parliament|"
                           r"reporters|journalists|the\s+press))\b", re.I)
_FIRST_SINCE = re.compile(rf"\b{_YARDSTICK}\b[^.;]{{0,60}}?\bsince\s+(?:(?:the|their|its|his|her)\s+)?"  # ("since their 2020 war")
                          # ("the worst fighting since the end of the civil war in 1990"; not "its biggest drone attack
                          # on Moscow since the start of the war overnight": a phrase of days told after the yardstick)
                          rf"(?:(?:end|start|beginning|outbreak)\s+of\s+(?:the\s+|its\s+)?(?:[\w'\u2019-]+\s+){{0,3}}?in\s+)?$", re.I)
_SINCE_IT_BEGAN = re.compile(rf"\b{_YARDSTICK}\b[^.;]{{0,80}}?\bsince\s+(?P<clause>(?:[\w'\u2019-]+\s+){{1,14}}?"
                             r"(?:began|started|erupted|broke\s+out))\s+$", re.I)
_SINCE_AN_ACT = re.compile(rf"\b{_YARDSTICK}\b[^.;]{{0,80}}?\bsince\s+(?P<clause>(?:[\w'\u2019-]+\s+){{2,14}}?(?:in|on)\s+)$", re.I)
_AGAINST_GOVERNMENT = re.compile(r"\bagainst\s+the\s+(?:central\s+|federal\s+|national\s+)?(?:government|regime)\b", re.I)
_QUESTION = re.compile(r"\s*Q\s*[:.]\s")  # an interviewer's line (and a question: "...?")
# the act a date names, right after it ("violence has surged since the July 2021 assassination of President Jovenel
# Moise"): a trend counted from that act, which is an occurrence of its own
_ACT_NAMED_AFTER = re.compile(r"\s+(?:assassination|killing|murder|coup|invasion|bombing|massacre|uprising|overthrow|ouster|"
                              r"takeover|withdrawal)\b", re.I)
# see Builder.parallel; ", and" when a subject of its own follows ("..., and rebels seized Tafas")
_PARALLEL = re.compile(r",?\s+(?:while|whereas)\s+|;\s+|,\s+and\s+(?=(?:the|a|an|its|their)\s|[A-Z]|\d)", re.I)
_OTHER_FRONT = re.compile(_FRONT)
# a toll told before the clause that says how they died: "49 of its soldiers were killed when ..."
_KILLED_WHEN = re.compile(r"\b(?:killed|died|dead|lost\s+their\s+lives)\s+(?:[\w-]+\s+){0,2}?(?:when|as)\s*$", re.I)
# a group's attacks over time, counted up to now: "The group's attacks have killed hundreds of people"
_ITS_ATTACKS_TOLL = re.compile(r"\b(?:its|their|his|[\w-]+['\u2019]s?)\s+(?:[\w-]+\s+)?(?:attacks|raids|bombings|killings|"
                               r"strikes)\b[^.;]{0,60}?\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:killed|claimed)\b", re.I)
# (no one named who killed them; "had" in reported speech: "UNICEF said on Friday that 27 children had been killed")
_PERFECT_DEAD = re.compile(r"\b(?:has|have|had)\s+(?:been\s+killed|died)\b", re.I)
# acts counted up to now ("Mali has had two coups", "The town has been hit by at least three such bombings", "17 rebels
# had surrendered"): with "since" and a bare date, a tally from that date, where no occurrence is told
_ACTS_COUNTED = re.compile(r"\b(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|numerous|dozens\s+of|hundreds\s+of|"
                           r"scores\s+of|a\s+(?:string|series|wave|spate)\s+of)\s+(?:[\w-]+\s+){0,2}?(?:coups|wars|attacks|bombings|rockets|missiles|"
                           r"(?:air\s*)?strikes|raids|ambushes|incidents|assaults|kidnappings|abductions|massacres)\b|"
                           r"(?:\d[\d,]*|dozens|hundreds)\s+(?:[\w-]+\s+){0,2}?(?:rebels|fighters|militants|insurgents|guerrillas|"
                           r"members)\s+(?:had|have|has)\s+(?:surrendered|defected))", re.I)
# "since" right before the date, no clause between; or a milestone named in a noun ("have fought three wars since
# independence from Britain in 1947")
_SINCE_BARE = re.compile(r"\bsince\s+(?:late\s+|early\s+|mid-?|(?:(?:the|its|their)\s+)?(?:independence|partition)"
                         r"(?:\s+from\s+[A-Z][\w-]+)?\s+in\s+)?$", re.I)
# a year's turn or the year itself as a count's start ("since the start of the year", "since the beginning of 2025",
# "so far this year") and a count told in the perfect up to now ("at least 1,000 people have been killed")
_YEAR_SO_FAR = re.compile(r"(?:the\s+)?(?:start|beginning|outset|turn)\s+of\s+(?:the\s+|this\s+)?(?:year|\d{4})|this\s+year", re.I)
_COUNTED_SO_FAR = re.compile(r"\b(?:\d[\d,.]*|hundreds|thousands|dozens|scores)\s+(?:[\w-]+\s+){0,4}?(?:have|has|had)\s+(?:been\s+)?"
                             r"(?:\w+ly\s+)?[a-z]+(?:ed|en|ied|led|fled|died)\b|"
                             r"\b(?:have|has|had)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|ied)\s+(?:(?:more|fewer)\s+than\s+|at\s+least\s+|about\s+|some\s+|"
                             r"nearly\s+|almost\s+|over\s+)?(?:\d[\d,.]*|hundreds|thousands|dozens|scores)\b", re.I)
# harm counted up to now with no one named who did it ("have been killed and 317 injured", "have fled"; told as
# said: "said on Thursday that 53 rebels ... had been killed since Monday"):
# with "since" it is a running tally, not an occurrence ("... since Sunday, the UN said"); not "killed by security forces"
# incidents counted and said to be on record ("at least 60 attacks on health care have been verified", "more than 1,200
# violations have been recorded"): a count kept by a monitor, no occurrence of its own
_COUNTED_ON_RECORD = re.compile(r"\b\d[\d,.]*\s+(?:[\w-]+\s+){0,2}(?:attacks|incidents|violations|strikes|cases|killings|abductions|"
                                r"raids|clashes)\b[^.;]*?\b(?:has|have)\s+been\s+(?:verified|recorded|documented|registered|"
                                r"counted|logged)\b", re.I)
_AGENTLESS_PERFECT_HARM = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+(?:killed|wounded|injured|"
                                     r"displaced)|died|fled)\b(?!\s+by\b)", re.I)
# a side owning or disowning an attack: "claimed the attack", "denied any responsibility", "distanced it from the attack"
_OWNS_THE_ATTACK = re.compile(r"\b(?:claim(?:ed|s|ing)?|den(?:ied|ies|y|ying)|disown(?:ed|s)?|distanced\s+(?:it|itself|themselves)\s+from)\s+"
                              r"(?:any\s+|all\s+)?(?:responsibility|involvement|role|the\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|"
                              r"killings?|massacre|raid|ambush|assault|strikes?|accusations?))\b", re.I)
_DIED_OF_WOUNDS = re.compile(r"\b(?:died|dies|succumbed|succumbs)\s+(?:later\s+)?(?:of|from|to)\s+(?:his|her|their|its)\s+"
                             r"(?:\w+\s+)?(?:wounds|injuries)\b", re.I)
_HAD_DIED = re.compile(r"\bhad\s+(?:been\s+killed|died|perished)\b", re.I)
_SPELL_OF = re.compile(r"\b(?:in|during|over)\s+(?:(?:several|many|two|three|four|five|six)\s+)?(?:days|weeks|months|years)\s+of\s", re.I)
_IN_THE_PAST = re.compile(r"\bin\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?(?:days|weeks|months|years)\b", re.I)
# a vague count of thousands dead, up to now: a whole war's tally, never one day's act
_THOUSANDS_KILLED = re.compile(r"\b(?:(?:tens\s+of\s+|hundreds\s+of\s+)?thousands|millions)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:have|has)\s+(?:been\s+)?(?:killed|died)\b|"
                               r"\b(?:have|has)\s+(?:been\s+)?(?:killed|claimed)\s+(?:the\s+lives\s+of\s+)?(?:tens\s+of\s+|hundreds\s+of\s+)?thousands\b", re.I)
_PERCENT_CHANGE = re.compile(r"\b(?:rose|fell|increased|decreased|dropped|jumped|climbed|declined|surged|soared|grew)\s+"
                             r"(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|more\s+than\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)", re.I)
_RUNNING_TOLL = re.compile(r"\b(?:more\s+than|over|some|at\s+least|nearly|about)\s+[\d,.]+\s+(?:\w+\s+)?(?:people|civilians|"
                           r"deaths|dead)\b[^.;]{0,40}\b(?:killed|died)\b", re.I)
_LEADING = re.compile(r"^(?:(?:and|but|meanwhile|however|also|then|on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?|earlier|later|separately|elsewhere|"
                      r"(?:hours|minutes|days|weeks|a\s+day|a\s+week)\s+(?:earlier|later)|within\s+(?:hours|minutes|days)|"
                      r"(?:further|farther)\s+(?:north|south|east|west)),?\s+)+", re.I)

# a running tally since a clause's event, up to the date: "have been wounded since the army began moving on"
_PERFECT_SINCE = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?\w+(?:ed|en)\s[^.;]*?\bsince\s+(?:(?:the|a|an)\s+)?"
                            r"[\w'\u2019-]+\s+[a-z][^.;]*$")
# "The protests began in early July": when something began, the words right before its date
_BEGAN_THEN = re.compile(r"\b(?:began|begun|started|erupted|broke\s+out)\s+(?:(?:in|on|at)\s+)?$", re.I)
# "brought the death toll since the protests erupted on Oct. 1 to more than 250": a tally begun then
_TOLL_SINCE = re.compile(r"\btoll\s+since\s+[^.;]*$", re.I)
_HAD_DONE_WHO = re.compile(r"\b(?:who|which|that)\s+had\s+(?:been\s+)?[a-z]+\s[^.;,]*$")
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# what is said, not done: "announced that ...", not "announced a curfew" (the announcement is the event)
_SAID_NOT_DONE = re.compile(r"\b(?:announced|confirmed|reported|reports)\b(?!.*\b(?:said|says|told)\b)(?!.*\bthat\s*$)")
_REPORTED = re.compile(r"^(?:(?:In\s+a\s+statement[^,]{0,60},\s+)?(?:[^,]{0,80}?,\s+[^,]{3,80}?,\s+|[^,]{0,80}?\b)(?:said|says|told\s+(?:(?:the|a|an|state|local|national|private|news|press)\s+){0,2}(?:[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}|\w+)|"
                       r"reported|reports(?=\s+that\b)|announced|confirmed)\s+(?:by\s+(?:phone|telephone)\s+)?"
                       r"(?:in\s+a\s+(?:\w+\s+)?(?:statement|video|post|speech|address|interview|briefing)\s+)?"
                       # when it was said: "on Monday night", "late on Friday", "in February"
                       r"(?:(?:(?:late|early)\s+)?on\s+\w+\s+(?:(?:morning|afternoon|evening|night)\s+)?|"
                       r"(?:(?:late|early)\s+)?\w+day\s+(?:(?:morning|afternoon|evening|night)\s+)?|in\s+" + _MONTH_NAME + r"\s+)?"
                       r"(?:that\s+)?)(?=[a-z\"A-Z\d\u201c])")
# where a sentence splits into clauses; the word kept says whether the next one is subordinate
_CLAUSE_BREAK = re.compile(r";\s+|,?\s+and\s+that\s+|,?\s+(?:but|when|while|whereas|although|because)\s+|"
                           r",\s+(?:which|who|as|after|following|before|until|since)\s+|"
                           # "... since the war began", "positions since Washington struck dozens of targets on Friday"
                           r"\s+since\s+(?=(?:\w+['\u2019]s\s+)?\w+\s+(?:began|started|erupted|broke))|"
                           r"\s+(?:since|after|before)\s+(?=(?:(?:the|a|an)\s+)?(?:(?!(?:the|a|an)\s)[A-Za-z][\w'\u2019.-]*\s+){1,2}"
                           r"(?:(?:was|were|had\s+been)\s+)?(?:"  # "before a peace deal was signed in September 2018"
                           + "|".join(sorted(_IRREGULAR_PAST)) + r"|[a-z]\w+ed)\s)|"
                           r"\s+(?:days|hours|weeks|months|shortly)\s+(?:after|before)\s+|"
                           # "seized Goma in 2012 before being driven out ... the following year": the subject's second act
                           r"\s+(?:before|after)\s+being\s+(?=[a-z]+(?:ed|en|wn)\b)|"
                           # "..., and three days later special forces stormed ...", "..., and on 25 September a
                           # gunship was shot down": a second main clause opening on its own date
                           r",\s+and\s+(?=(?:then\s+)?(?:(?:\w+|a|an|the)\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:later|afterwards?)|"
                           r"the\s+(?:next|following)\s+(?:day|morning|week|month|year)|"
                           # ("..., and in June last year 20 soldiers and a civilian were killed ...")
                           r"(?:on|in|by)\s+(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?"
                           r"(?:,?\s+\d{4}|\s+(?:last|this)\s+year)?|"
                           r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b,?\s+(?:[\w'\u2019-]+\s+){1,5}?\w+\s+(?:had|has|have|was|were|"
                           + "|".join(sorted(_IRREGULAR_PAST)) + r"|[a-z]\w+ed)\b)|"
                           # "Azerbaijan launches an offensive and the Karabakh forces surrender the next day": a
                           # second main clause on a day counted from the first (no comma needed)
                           r"\s+and\s+(?=[^,;.]{3,80}?\s(?:the\s+(?:next|following)\s+(?:day|morning|week)|"
                           r"(?:a|one|two|three|four|five)\s+(?:days?|weeks?)\s+later)\b)|"
                           # "..., and clashes broke out early Tuesday": a second main clause, subject and verb
                           # (a subject of up to three words: "barrel bombs hit", "gunmen killed", "the evacuation was")
                           # (or a counted one: "..., and more than 1,500 prisoners escaped ...")
                           r",\s+and\s+(?=(?:the\s+|a\s+|an\s+)?(?:(?:more\s+than|at\s+least|some|about|nearly|over|up\s+to)\s+)?"
                           r"(?:\d[\d,.]*\s+)?(?:[\w'\u2019-]+\s+){0,2}\w+\s+(?:had|has|have|was|were|is|are|said|told|"
                           + "|".join(sorted(_IRREGULAR_PAST)) + r"|[a-z]\w+ed)\b)", re.I)
# "launched their offensive on November 27 and seized Aleppo on November 30": a second verb or event with its
# own date (a break only in a sentence of several dates: "seized two soldiers and killed eight ... on July 12" is one act)
# (or a comma: "retook the coastal cities in April, captured al-Watiya air base on 18 May and drove ... in early June",
# a list of acts, each told with its own date)
# a date counted from another, or from the publication day: "two days later", "the next day", "last year"
_COUNTED_DAY = (r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+later|"
                r"the\s+(?:next|following)\s+(?:day|morning|week|month|year)|last\s+(?:year|month|week))")
_COUNTED_DAY_RE = re.compile(_COUNTED_DAY, re.I)
_DATED_VERB_BREAK = re.compile(r"(?:\s+and|,(?=\s+(?:" + "|".join(sorted(_IRREGULAR_PAST)) + r"|[a-z]\w+ed)\s))\s+(?="
                               # "suspended peace talks on Friday and on Monday declared a state of ...": its date first
                               # (and its own subject: "blocked the road in December, and in April Azerbaijan set up a checkpoint")
                               # (or "since"/"from" a date, or a day counted from the last: "and two days later their
                               # fighters were in Aleppo", "and since December its supporters had blocked the road")
                               r"(?:(?:(?:late|early)\s+)?(?:on|in|since|from)\s+(?:(?:early|mid|late)[\s-])?(?:\d{1,2}\s+)?"
                               r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                               r"(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d|\s+this\s+year)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|"
                               + _COUNTED_DAY + r"),?\s+"
                               # (a pronoun too: "..., and in late January it broke the siege")
                               r"(?:(?:[A-Z][\w'\u2019.-]*|the|its|their|it|they|he|she|we)\s+(?:[\w'\u2019.-]+\s+){0,3}?)?(?:"
                               + "|".join(sorted(_IRREGULAR_PAST)) + r"|[a-z]\w+ed|set\s+up|shut\s+down|was|were)\b|(?:"
                               # ", and African Union helicopter gunships struck ... on Thursday": a subject of its own
                               # (past a name in apposition: ", and its ambassador, Sylvain Itte, left Niamey on ...")
                               r"(?<=,\sand\s)(?:[A-Z][\w'\u2019.-]*|the|its|their)\s+(?:[\w'\u2019.-]+,?\s+){0,4}?"
                               r"(?:" + "|".join(sorted(_IRREGULAR_PAST)) + r"|[a-z]\w+ed)|"
                               + "|".join(sorted(_IRREGULAR_PAST)) + r"|[a-z]\w+ed|"
                               # "the Westgate siege in September 2013 ... and the assault on Garissa in April 2015"
                               r"(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:attack|assault|bombing|massacre|siege|raid|ambush|"
                               r"killing|invasion|offensive|uprising|coup)\b)\s+[^,;.]{0,60}?\b(?:(?:on|in)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
                               r"(?:(?:early|mid|late)[\s-])?(?:\d{1,2}\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|"
                               r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:19|20)\d\d)|"
                               + _COUNTED_DAY + r")\b)")  # (or a day counted: "and moved to Havana last year")  # (or a year: "and ended with a peace deal in 2018")

# "retook Kasab from rebels who had seized it on March 21": an earlier act told in a relative clause, on its own date
_DATED_RELATIVE_BREAK = re.compile(r"\s+(?:who|which)\s+(?=had\s+(?:been\s+)?(?:" + "|".join(sorted(_IRREGULAR_PAST))
                                   + r"|[a-z]\w+ed)\b[^,;.]{0,60}?\b(?:on|in)\s+(?:\d{1,2}\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                                   r"[a-z]*\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:19|20)\d\d)\b)")

# (a part of a day or month, or a season, as a history tells them: "began on the night of 11 June", "crossing the
# Yalu in secret that autumn")
_DATE_WORDS = re.compile(r"\b(?:that|this|last|the)\s+(?:spring|summer|autumn|fall|winter)\b|"
                         r"\b(?:on|in)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:(?:early|mid|late)[\s-]+)?"
                         r"(?:\d{1,2}\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|"
                         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\b(?:19|20)\d\d\b|"
                         r"\b(?:last|this|the\s+past)\s+(?:week|month)\b|\byesterday\b|"
                         # (or a day counted from the last one told: "NATO suspended its strikes the following day, and
                         # British and French troops entered Pristina on 12 June")
                         r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|months?)\s+later|"
                         r"the\s+(?:next|following)\s+(?:day|morning|week|month))\b")


# a main clause's "and" (with its date first: "..., and on 7 March extended it"), right before a clause
_AND_JOINED = re.compile(r",?\s+and\s+$")
# a clause that goes on with the subject: left out ("and moved to Havana"), or a pronoun ("and since December its
# supporters had blocked ..."), after its date
_GOES_ON = re.compile(r"(?:(?:(?:late|early)\s+)?(?:on|in|since|from)\s+[^,]{1,30}?,?\s+|" + _COUNTED_DAY + r",?\s+)?"
                      r"(?:(?:it|they|he|she|we|its|their|his|her)(?:\s+[\w'\u2019-]+){0,2}?(?:,\s+[^,]{2,40},)?\s+"
                      r"(?:(?:had|have|has)\s+)?(?:was|were|" + "|".join(sorted(_IRREGULAR_PAST)) + r"|[a-z]\w+ed)|"
                      r"(?:" + "|".join(sorted(_IRREGULAR_PAST)) + r"|[a-z]\w+ed))\b")
_ENDS_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")  # "U.S.", "U.N." (not a sentence's stop)
_SPAN_BREAK = re.compile(r"\s+(?:days|hours|weeks|months)\s", re.I)
_FOR_A_SPAN = re.compile(r"\bfor\s+(?:(?:about|some|nearly|almost|around|more\s+than|over)\s+)?[\w-]+$", re.I)


_RELATIVE_OPENS = re.compile(r",\s+(?:which|who)\s")
# a total of dead over a war or a season, its subject opening the sentence
# (not "The war killed about 17,000 people": a war's toll told whole is its context item)
_WAR_TOTAL = re.compile(r"(?:(?:The|[A-Z][\w'\u2019-]*)\s+)?(?:casualties|losses|deaths)\b[^,;.]{0,40}?\b(?:exceeded|totall?ed|numbered|topped)\b")
# a history's opening definition of its subject: "The Gallipoli campaign was an Allied attempt ...", "The Falklands War was a ..."
_DEFINES_TOPIC = re.compile(r"(?:The\s+)?(?:[A-Z][\w'\u2019\u2013-]*\s+){1,5}(?:[a-z]+\s+)?(?:was|were)\s+(?:a|an)\s")


def _clause_breaks(s: str, several: bool, eventful=None) -> list:
    """Where s splits into clauses (see _CLAUSE_BREAK); with several dates, also between two dated
    verbs when the second names an event of its own (`eventful`: whether words name one)."""
    # (not a length the clause before tells: "held it for about ten days | before withdrawing")
    breaks = [b for b in _CLAUSE_BREAK.finditer(s) if not (_SPAN_BREAK.match(b.group()) and _FOR_A_SPAN.search(s, 0, b.start()))]
    if not several:
        return breaks
    for b in [*_DATED_VERB_BREAK.finditer(s), *_DATED_RELATIVE_BREAK.finditer(s)]:
        before = max((x for x in breaks if x.end() <= b.start()), key=lambda x: x.end(), default=None)
        lo = before.end() if before is not None else 0
        if b.group().startswith(",") and before is not None and _RELATIVE_OPENS.match(before.group()):
            continue  # "Bello, who was born in May 1958, vowed on Tuesday": the aside ends, the main verb follows
        hi = min((x.start() for x in breaks if x.start() >= b.end()), default=len(s))
        # (a clause going on with the subject need name no event: "and two days later their fighters were in Aleppo")
        if _DATE_WORDS.search(s, lo, b.start()) and (eventful is None or eventful(s[b.end():hi])
                                                     or "and" in b.group() and _GOES_ON.match(s, b.end())):
            breaks.append(b)
    return sorted(breaks, key=lambda b: b.start())


# a place's fall: its name (or "the town"), an apposition maybe, then "fell" and when, to whom or how
_PLACE_FELL = re.compile(r"(?P<who>\b(?-i:[A-Z][\w'\u2019.-]*)(?:\s+(?-i:[A-Z][\w'\u2019.-]*)){0,2}|"
                         r"\b(?:the|The)\s+(?:town|city|village|capital|garrison|base|fort|fortress|port)\b)"
                         r"(?:,[^,;.]{1,80},)?\s+(?P<verb>fell)\s+(?=(?:on|in|late|early|without|almost|after|within|overnight|"
                         r"to\s+(?![\d$\u20ac\u00a3]|(?:a\s+)?(?:record|low|high)\b)|"
                         r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?)\s+later|"
                         r"the\s+(?:next|following)\s+day)\b)")
# a participle telling what an act set off ("..., setting off air raid sirens", "..., triggering sirens across the north")
_SET_OFF = re.compile(r",\s+(?:setting\s+off|triggering|sounding|sending\s+(?:residents|people|civilians)\s+(?:to|into))\b", re.I)
_KNOWN_AS = re.compile(r",\s+(?:(?:also|better|widely)\s+)?(?:known\s+as|nicknamed|dubbed|called)\s+[^,]{1,40}$")
# "shot dead a man who they said tried to stab soldiers": a saying inside a relative clause, not the attribution
_RELATIVE_SAID = re.compile(r"\b(?:who|whom|which)\s+(?:\w+\s+){0,3}(?:said|says|told|reported|announced|confirmed)\b")
_PRONOUN_START = re.compile(r"(?:its|his|her|their|it|he|she|they|we|our)\b", re.I)
_MAIN_BREAKS = ("", ";", "but", "and that", "and")
# where a noun phrase starts: a determiner, a name, a number
_NP_START = re.compile(r"\b(?:(?:the|a|an|its|their|his|her|our)\s|[A-Z\d])")
_NOT_OF_PREPOSITION = re.compile(r"\b(?:from|by|with|against|to|for|on|at|in|into|near)\s+")
_ANTECEDENT = re.compile(r"(?:\b(?:the|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+\s*$", re.I)
_LEAD_ADVERBIAL = re.compile(r"^(?:(?:\w+ed\s+by|(?:Speaking|Writing)\s+(?:at|to|on|in)|In|On|At(?!\s+(?:least|most)\b)|During|Between|After|Before|Following|Overnight|Early|Late|Earlier|Later|Last|"
                             r"Since|Despite|Amid|With|By|Under|Until|As|When|While|Once|Although|Though|Because|"
                             r"If|According\s+to|Meanwhile|However)\b(?:[^,]{0,100}\d,\s+\d{4}|[^,]{0,100}),\s+"  # "On April 12, 1861, "
                             # "In Bahir Dar, the capital of Amhara, ...": the place's apposition too
                             r"(?:(?:the|a|an)\s+(?:capital|town|city|village|region|province|district|seat|hub|stronghold)\b[^,]{0,60},\s+)?)"
                             r"(?=\S+\s+\S+\s+\S+)")
# "By Monday evening the army had surrounded the town, ...": a clause, not a phrase to drop
_PHRASE_WITH_VERB = re.compile(r"^(?:In|On|At|During|Following|Overnight|Early|Late|Earlier|Later|Last|Despite|Amid|With|By|Under)\b"
                               r".*\b(?:had|has|have|was|were|is|are|said|he|she|they|we)\b", re.I)
# a leading date phrase whose clause runs on with no comma: "On Saturday a landmine killed ... district, ..."
# (or "In June 2018 coalition-backed forces launched an offensive on Hodeidah, ...": a month or year, then its clause)
_DATE_THEN_CLAUSE = re.compile(r"(?i)(?:on|early|late|earlier|later|last|overnight|in\s+(?:(?:early|mid|late)[\s-]+)?"
                               r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(?:19|20)\d\d))\b"
                               r"(?![^,]*\b(?:that|which|who|when)\b)")
_LEAD_ADVERBIAL_ANY_CASE = re.compile(_LEAD_ADVERBIAL.pattern, re.I)
_FINITE_NEXT = (r"(?=(?:has|have|had|is|are|was|were|will|would|said|says|told|\w+ed|"
                + "|".join(sorted(_IRREGULAR_PAST)) + r")\b)")
# "The LTTE, which accuses ..., has been fighting"; also past a closing quote and a floating "both" ("Lopez
# Obrador, who took office ... promising \"hugs, not bullets,\" created ..."; "Kiir and Machar, who signed ..., both called")
_ASIDE_END = re.compile(r",[\"\u201d]?\s+(?:(?:both|all|also|then|later|jointly|separately)\s+)?" + _FINITE_NEXT)
_APPOSITION = re.compile(r",\s+[^,]{3,60},\s+" + _FINITE_NEXT)  # "the Front's leader, Aron Sedik, said"
_MID_ATTRIBUTION = re.compile(r",\s+(?:[^,\s]+\s+){0,5}?(?:said|says|told\s+(?:[A-Z][\w.&'-]*\s+){0,3}[\w.&'-]+)"
                              r"(?:\s+on\s+\w+day|\s+\w+day)?(?:,\s+(?:asking|speaking|who\s+asked|requesting)\s+"
                              r"(?:not\s+to\s+be\s+(?:named|identified)|on\s+condition\s+of\s+anonymity)[^,.;]{0,60})?(?=[,.;])")
_BULLET_MARK = re.compile(r"^[\u2022\u00b7\u25aa\u25e6\u25cf*\u2010-\u2015-]+\s*")
_PLACE_NOUN_END = re.compile(r"\b(?:capital|city|town|village|region|province|district|port|camp|state)\s*,\s*$", re.I)
_NAME_APPOSITION = re.compile(r"^[A-Z][\w'\u2019.-]*(?:[\s-]+[A-Z][\w'\u2019.-]*){0,3},\s+(?=[a-z])")
_SUBORDINATOR = re.compile(r"(?:When|While|As|After|Before|Once|Although|Though|Because)\s+(?=\S+\s+\S+)")
_BULLET = re.compile(r"[ \t\u2022\u00b7*\u2010-\u2015-]*")  # nothing, or a list item's bullet, before its date
_DATE_PREFIX = re.compile(r"\s*(?:-|\u2013|\u2014|:)\s+")


_WEEKDAY_PHRASE = re.compile(r"\s(?:(?:early|late)\s+)?on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                             # "on Tuesday evening" goes whole (also at the end); a bare weekday only before more words
                             r"(?:\s+(?:morning|afternoon|evening|night)(?=\s(?!and\b|or\b)|[.,;:]|$)|"
                             r"(?!\s+(?:morning|afternoon|evening|night)\b)(?=\s(?!and\b|or\b)))")


def _consecutive_days(a: str, b: str) -> bool:
    """"on Tuesday and Wednesday", "in November and December 1864", "controlled the city in 2012 and
    2013": two days, two months or two years in a row read as a span."""
    pa, pb = parse_timex(a), parse_timex(b)
    if pa.precision == pb.precision == "month":
        return (pb.first.year * 12 + pb.first.month) - (pa.first.year * 12 + pa.first.month) == 1
    if pa.precision == pb.precision == "year":
        return pb.first.year - pa.first.year == 1
    return pa.precision == pb.precision == "day" and (pb.first - pa.first).days == 1


def _shift(day: dt.date, n: float, unit: str) -> tuple[dt.date, str]:
    n = int(n)
    if unit == "D":
        return day - dt.timedelta(days=n), "day"
    if unit == "W":
        return day - dt.timedelta(weeks=n), "week"
    if unit == "M":
        months = day.year * 12 + day.month - 1 - n
        return dt.date(months // 12, months % 12 + 1, 1), "month"
    return dt.date(day.year - n, 1, 1), "year"


def _is_history(text: str, timexes, published: dt.date | None) -> bool:
    """The tagger's test, read from its output: a history told long after its publication date, such
    as an encyclopedia article on a war, or one opening on a past year's subject and counting no date
    from the publication date ("The Libyan civil war of 2011 began ...", published in 2012)."""
    head = timexes[:2000]
    years = [int(t.value[:4]) for t in head if t.anchor == "absolute" and t.value[:4].isdigit()][:200]
    from_dct = sum(1 for t in head if t.anchor == "dct" and t.type in ("DATE", "TIME"))
    yearless = sum(1 for t in head if t.anchor == "narrative" and len(t.value) == 10)
    return published is not None and (told_long_after(years, from_dct, yearless, published) or (
        from_dct == 0 and tells_years(years, from_dct, yearless) and opens_on_past_year(text, published)))


class ExtractionCancelled(Exception):
    """The caller asked extraction to stop (the editor pressed Cancel): nothing is returned."""


class Builder(FollowOnFinding, EntryFinding, StatementFinding, ActorFinding, PlaceFinding, EventTyping):
    def __init__(self, text, published, timexes, sentences, vocab: Vocab, known_actors=None, known_places=None,
                 should_stop: Callable[[], bool] | None = None):
        if _BRAZZAVILLE.search(text, 0, 200_000) and not _KINSHASA.search(text, 0, 200_000):
            # a bare "Congo" is the DR Congo in most conflict news; in a story of Brazzaville, its Republic
            vocab = dataclasses.replace(vocab, country_alias={**vocab.country_alias, "Congo": "Republic of the Congo"},
                                        places={**vocab.places, "Congo": "Republic of the Congo"})
        self.text, self.published, self.vocab = text, published, vocab
        self.timexes, self.sentences = timexes, sentences
        self.should_stop = should_stop  # asked now and then, so that a cancelled 5 MB paste stops burning a core
        self._tx_starts = [t.start for t in timexes]  # timexes are in text order
        self.known_actors = entities.known(tuple(known_actors or ()))
        self.known_places = entities.known(tuple(known_places or ()))
        self.cast = entities.Cast(text[:200_000], vocab, self.known_actors, published and published.year)  # the lede and body say who is who
        self.drafts: list[Draft] = []
        self.history = _is_history(text, timexes, published)
        # news tells its days from the publication date ("on Sunday"); a backgrounder or an
        # encyclopedia piece on a recent war has only calendar dates: its old months are its story
        self.from_today = any(t.anchor == "dct" and t.type in ("DATE", "TIME") for t in timexes[:2000])
        self.news_day = self.report_cutoff() or published  # the day the news present tells (see report_cutoff)
        self._cues: dict[str, dict] = {}
        self._main_places: tuple[list[str], list[str]] | None = None
        self._group_here: dict[int, bool] = {}
        self._para_country: dict[int, str | None] = {}
        self._states: dict[int, tuple[int, int]] = {}  # sentence start -> its subject's "deployed since 2020" span
        self._responding: dict[int, int] = {}  # sentence start -> where "in response to <dated event>" starts
        self._held_over: dict[int, int] = {}  # sentence start -> where "suspected of involvement in <dated attack>" starts
        # sentence start -> (subject, where its undated predicate starts) after a dated "who" clause (subject_relative)
        self._said_after: dict[int, tuple[str, int]] = {}
        self._abroad: dict[tuple, entities.Cast] = {}  # the cast in another country's paragraphs
        self._entries: list[tuple[int, str]] | None = None  # a live blog's entries: (heading sentence, day)
        self._entry_lines: set[int] = set()  # sentences that are a timeline's entries ("July 28 - ...")
        self._entry_dates: dict[int, str] = {}  # a timeline entry's date (by its timex's start), as the timeline means it
        self._went_on: set[int] = set()  # sentences that only tell how many days the violent event before went on
        self._title_countries: dict[str, str | None] = {}  # a leader's surname -> the country the article ties him to
        self._leader_countries: dict[str, str | None] = {}  # a leader's surname -> the country named with his title
        self._titled_full: dict[str, str] | None = None  # a titled person's surname -> full name (None: not looked)
        self._officials: re.Pattern | bool | None = None  # surnames the article gives an official title (None: not looked)
        self._people: set[str] | None = None  # surnames the article introduces as people ("pilot Phillip Mehrtens")
        self._named: set[str] | None = None  # the countries the article names (None: not looked)
        # timexes (by start) that do not date the sentence's event (an anniversary's, a state's): where
        # the sentence's own part ends (the relative clause that holds a state's date starts), or None
        self._remembered: dict[int, int | None] = {}
        self._attributions: dict[int, str | None] = {}  # sentence index -> attribution (asked again per draft)
        self._places: dict[tuple[str, bool], tuple[str, ...]] = {}  # (clause, speakers) -> its places
        self._actors: dict[tuple[str, entities.Cast, bool], tuple[str, ...]] = {}  # (clause, cast, background) -> its actors

    def cues(self, s: str) -> dict:
        """The cue words of s (EventTyping.cues), and a place's fall told by its name ("Ghazni, on the main highway
        linking Kabul with Kandahar, fell on Thursday morning", "Bilbao fell on 19 June"): its capture, a battle. Only
        a place the vocabularies know, or a town named as one, and only with a when, a taker or a manner after it
        (not "Net income fell to $13 billion", "GM shares fell 4%")."""
        found = super().cues(s)
        if "fell" not in s or "battle" in found:
            return found
        for m in _PLACE_FELL.finditer(s):
            if m.group("who")[0].islower() or m.group("who").startswith("The ") or self.places_in(m.group("who")):
                self._cues[s] = found = {**found, "battle": [Cue("battle", m.start("verb"), m.end("verb"), m.group("verb"))]}
                break
        return found

    def places_in(self, clause: str, speakers: bool = False) -> list[str]:
        """entities.places with the article's known places. Several rules look at the same clause
        (2,708 calls for 793 clauses in 1 MB of news): found once, a fresh list each time."""
        found = self._places.get((clause, speakers))
        if found is None:
            found = self._places[clause, speakers] = tuple(entities.places(clause, self.vocab, self.known_places, speakers))
        return list(found)

    def actors_in(self, clause: str, cast: entities.Cast, background: bool = False) -> list[str]:
        """entities.actors with the article's known actors, found once per clause and cast (1,674 calls
        for 346 in 1 MB of news); a fresh list each time."""
        key = (clause, cast, background)  # (the cast itself, not its id: kept alive, no id reused)
        found = self._actors.get(key)
        if found is None:
            found = self._actors[key] = tuple(entities.actors(clause, self.vocab, self.known_actors, cast, background))
        return list(found)

    def paragraph_text(self, i: int) -> str:
        """The text of sentence i's paragraph."""
        para = self.sentences[i].paragraph
        lo = hi = i
        while lo > 0 and self.sentences[lo - 1].paragraph == para:
            lo -= 1
        while hi + 1 < len(self.sentences) and self.sentences[hi + 1].paragraph == para:
            hi += 1
        return self.text[self.sentences[lo].start:self.sentences[hi].end]

    # -- analysis of one sentence ----------------------------------------------------------

    def speaking_state(self, who: str) -> str | None:
        """The state a speaker is or speaks for as its forces: "Pakistan", "Ukraine's air force", "the Pakistani military"."""
        state = self.vocab.country(who.strip())  # ("Pakistan said it shot down ...": its military)
        organ = None if state else _MILITARY_SPEAKER.search(who)
        return state or organ and (self.vocab.country(organ.group(1)) or self.vocab.demonym_to_country.get(organ.group(1))) or None

    def make(self, i: int, sent: Sentence, start: str, end: str | None, date_text: str, reason: str, alts,
             tx_span, confidence: float, several: bool = False, report: bool = False, phrase: str = "",
             kind: str = "") -> Draft:
        s = self.text[sent.start:sent.end]
        cues = self.cues(s)
        period = parse_timex(start)
        # long before the publication date: background in news; in a history only what spans
        # years is ("fought from 1950 to 1953"), the rest is the story itself
        old = self.published is not None and (self.published - period.last).days > 90 and (
            not self.history or (end is not None and (parse_timex(end).last - period.first).days > 366))
        open_ended = end is None
        headline = self.headline(s, None if report else tx_span, sent, cues)
        if several:
            headline = _with_subject(headline, s)
            here = max(headline.find(self.text[tx_span[0]:tx_span[1]] + q) for q in ("'s", "\u2019s")) \
                if tx_span and not phrase and not report else -1
            if here > 0 and any(  # the headline tells another date's act first ("a curfew on Wednesday following
                    # Tuesday's riot"; not "The death toll from Friday's attack rose to 40 on Sunday": Friday's own)
                    t.start != tx_span[0] and calendar_value(t.value) and 0 <= headline.find(t.text) < here
                    for t in self.timexes[bisect.bisect_left(self._tx_starts, sent.start):
                                          bisect.bisect_left(self._tx_starts, sent.end)]):
                phrase = self.possessed_event(tx_span, sent)  # ("... following Tuesday's deadly riot in Tegucigalpa")
        own_text = headline + _clause_rest(s, headline) if several else headline  # what the positions of the own cues are in
        # (the headline's clause to its end, past the cut of its words: "... on Monday night and Tuesday as protesters | clashed")
        own = {k: v for k, v in self.find_cues(own_text).items() if k != "background"} if several else {}
        if phrase:  # the date belongs to a noun phrase of the sentence: it is the event, and the headline
            headline = " ".join(_fit(phrase.split(), 15, keep=8))
            headline = headline[:1].upper() + headline[1:]
            own, own_text = self.find_cues(phrase), phrase
        elif own:  # several dates in the sentence: the type of each one's clause; background from the sentence
            own = {**own, **{k: v for k, v in cues.items() if k == "background"}}
        elif tx_span and not report and (rel := _relative_clause_at(s, tx_span[0] - sent.start)) \
                and set(found := self.find_cues(rel)) - {"background", "statement"}:
            # "... a run for president by Camara, who seized power in a coup on Dec. 23 last year": the date
            # is the relative clause's, and so is the type (a coup, not the rally the sentence began with)
            own, own_text = found, rel
        elif old:  # "Syria's crisis began in March 2011" (", killing ..." aside): background
            found = self.vocab.cues.find(re.split(r",\s+\w+ing\b", headline)[0])
            own = found if found.keys() == {"background"} else {}
        if not own:
            own, own_text = self.main_cues(s, cues), s
        elif several or phrase:  # the clause's own words, less what framed it ("met to discuss the clashes")
            own = self.main_cues(own_text, own) or own
        # several dates: who, where and how many come from the date's own main clause ("barrel bombs
        # hit the market on 19 August, and the evacuation was completed on 27 August")
        others = tuple(t.start - sent.start for t in self.timexes[bisect.bisect_left(self._tx_starts, sent.start):
                                                                   bisect.bisect_left(self._tx_starts, sent.end)]
                       if calendar_value(t.value) and not tx_span[0] <= t.start < tx_span[1]) if several and tx_span else ()
        whole, s = s, self.clause_of(s, tx_span[0] - sent.start, others) if several and tx_span and not phrase else s
        cues = cues if s is whole else self.find_cues(s)
        civilian_dead = "lethal" in cues and not open_ended and entities.fatality_claim(s)[1]
        typed, typed_text = (own, own_text) if own else (cues, s)
        if (said_to_come := self.step_then_saying(typed_text)) is not None:
            typed = {k: kept for k, v in typed.items() if (kept := [m for m in v if m.start() < said_to_come])}
        etype = kind or self.event_type(typed_text, typed, period.precision, open_ended, old, civilian_dead)
        if etype in _VIOLENT_TYPES and tx_span and not phrase and self.accusation_dated(whole, self.cues(whole), tx_span[0] - sent.start):
            etype = "statement"  # "accused the rebels on Monday of executing soldiers ... last month": Monday's charge
        if etype == "violence against civilians" and tx_span is None and set(cues) - {"background"} == {"lethal"} \
                and (last := self.drafts[-1] if self.drafts else None) is not None and last.last >= i - 2 \
                and last.event_type == "explosion/remote violence" and last.date_start == start:
            # "Russian forces shelled 12 settlements ... A woman was killed in the village of Lyptsi": the shelling's
            # harm in another place, not a killing of its own kind
            etype = "explosion/remote violence"
        if etype == "statement":  # the saying is the event: keep who said it
            headline = self.headline(whole, None if report else tx_span, sent, self.cues(whole), speaker=True)
        # a dated noun phrase ("in response to an Israeli strike on Nabatieh on Tuesday") has its own
        # actors, names and trigger words; the sentence's are its fallback
        content = phrase or self._content(s)
        prior = None if phrase else _PRIOR_EVENT.search(content)
        where = content[:prior.start()] if prior and (tx_span is None or s.find(content) + prior.start() > tx_span[0] - sent.start) \
            else content  # ("struck targets in Iraq overnight, hours after an attack near Ankara killed five": not in Ankara)
        saying = _SAYING_AFTER.search(where) if etype != "statement" and "saying" in where else None
        if saying and self.places_in(where[:saying.start()]):
            where = where[:saying.start()]  # "attacked vessels in the Red Sea, saying they act for Palestinians in Gaza"
        after = _AFTER_CLAUSE.search(where) if " after " in where else None
        if after and (tx_span is None or s.find(content) + after.start() > tx_span[0] - sent.start) \
                and set(self.places_in(where[:after.start()])) - set(self.people()):  # (a person is no place: "seized Mehrtens")
            where = where[:after.start()]  # "intervened in Yemen in March 2015 after the Houthis ousted the government from Sanaa"
        purpose = _DEAL_TO_SEND.search(where) if etype == "diplomacy" and " to " in where else None
        if purpose:  # "signed an agreement with President William Ruto to deploy 1,000 Kenyan police officers to Haiti":
            where = where[:purpose.start("send")]  # where the deal sends them, not where it was signed
        aside = _TRAILING_RELATIVE.search(where) if "," in where else None
        if aside and (tx_span is None or s.find(content) + aside.start() > tx_span[0] - sent.start) \
                and set(self.places_in(where[:aside.start()])) - set(self.people()):
            where = where[:aside.start()]  # "Kosovo declared independence from Serbia in 2008, which Belgrade has never recognised"
        if phrase:
            cues = own
        places = [p for p in self.places_in(where) if p not in self.people()]
        away = _AWAY.search(content) if "while" in content else None
        if away:  # "dismissed Nkurunziza while the president was at a summit in Tanzania": where he was, not it
            places = [p for p in places if not away.start() <= content.find(p) < away.end()]
        places = [p for p in places if not _trip_cut_short(content, p)]  # "cut short a visit to Moscow": not there
        # "The convoy set off by road for Chad on Tuesday": left from the story's place, not there; "seized the ship in
        # the Red Sea and took its crew to the port of Hodeidah": the Red Sea (kept, the town would rank before the sea)
        places = [p for p in places if not _bound_for(content, p)]
        if places and _THE_TOWN.match(content) and all(_reference_point(content, p) for p in places):
            places = []  # "The town, located on the highway linking Palmyra with Deir ez-Zor, had been held": the town told before
        if places and "to" in content and all(_road_destination(content, p) for p in places):
            places = []  # "kidnapped a merchant on the highway to Damascus": somewhere on the road from the story's place
        # (a site the headline names does not go before the town the clause puts it in: "blocked the Pamir Highway" | "in Rushan")
        in_headline = {p for p in self.places_in(headline) if not entities.is_site(p)}
        # the place of the event's own clause first; last, one of the strike it answered ("in response to a strike on Nabatieh")
        answered = _ANSWERED.search(content)
        # (a place only named to situate another goes after it: "A railway bridge linking Quetta with the rest of
        # the country was blown up in Bolan district")
        # (nor does where an act was told of, before the act's own place: "told reporters in Kabul that troops retook Kunduz")
        places.sort(key=lambda p: (_reference_point(content, p) or etype != "statement" and _venue_of_saying(content, p),
                                   p not in in_headline,
                                   bool(answered) and content.find(p) > answered.start()))
        answered_at: tuple[str, ...] = ()
        if answered and not phrase:  # where the answer happened, then the answered act's place
            own_places = self.places_in(content[:answered.start()])
            if (comma := content.find(",", answered.end())) > 0:  # "strikes on Syria in retaliation for ..., targeting
                past = self.places_in(content[comma:])  # facilities near Damascus": the answer's own towns, in its country
                own_places = [p for p in past if entities.place_country(p, self.vocab) in own_places] + own_places
            places = own_places + [p for p in places if p not in own_places]
            answered_at = tuple(p for p in places if p not in own_places) if own_places else ()
        if _THIS_CITY.search(content) and (here := self.dateline_place()) and \
                (not places or entities.place_rank(places[0], self.vocab, self.known_places) >= 2):
            places = [here, *places]  # "ZAMBOANGA, Philippines (AP) - ... in this southern port city": the dateline's
        if ("palace" in content or "residence" in content or "parliament" in content or "ecretariat" in content
                or "ssembly" in content or "ongress" in content) \
                and _STATE_SEAT.search(content) \
                and (not places or entities.place_rank(places[0], self.vocab, self.known_places) >= 2) \
                and not _THE_TOWN.search(whole) \
                and (capital := self.story_capital(i)) and capital not in places:
            places = [capital, *places]  # "stormed the official residence of Sri Lanka's president": in its capital
            # (not "The presidential palace fell ..., but fighting in the city continued": the city just told)
        if "the capital" in content and _THE_CAPITAL.search(content) and (capital := self.story_capital(i)) \
                and capital not in places[:1] and (not places or entities.place_rank(places[0], self.vocab, self.known_places) >= 2
                                                   or places[0] not in content):
            places = [capital, *places]  # "arrested 200 protesters in the capital", in a story from Kathmandu: Kathmandu
        acting = {c for _at, c in entities.acting_countries(content, self.vocab)}
        if acting and set(places) - acting:  # "Iran fired missiles at Israel": Iran acts, the event is in Israel
            places = [p for p in places if p not in acting]
        elif acting and places:  # "Russia had fired 440 drones at the country": not in Russia, but where the story is
            places = [p for p in self.fallback_place(i, period, etype) if p not in acting] or places
        said = _SPEAKER_ACTED.match(whole) if etype in _VIOLENT_TYPES and _SHOT_DOWN.search(content) else None
        if said and (mine := self.speaking_state(said.group("who"))) and \
                all(p in self.vocab.countries and p != mine for p in places):
            # "Ukraine's air force said it shot down 55 of the 73 drones Russia launched overnight", "Pakistan's military
            # said its air defences shot down 25 Indian drones": over the country that shot them down
            places = [mine]
        if etype in _VIOLENT_TYPES and old and end is not None and (parse_timex(end).last - period.first).days > 366:
            etype = "context"  # "The war was fought from April 12, 1861, to May 26, 1865": the whole war
        recalled = ""  # (a recalled attack keeps its toll; a running toll since then does not)
        if etype in _VIOLENT_TYPES and not self.history and self.from_today and period.precision in ("month", "quarter", "season", "half") \
                and self.published is not None and (self.published - period.last).days > _RECALLED_DAYS \
                and (etype not in _ARMED_TYPES or _WAR_OPENED.search(s)):
            # (not one armed act recalled, "Islamic State seized Mosul in June 2014": a battle, whenever told)
            etype = "context"  # "Russia's full-scale invasion in February 2022", told in 2025: a war's opening, recalled
            recalled = "" if _PERFECT_TOLL.search(s) else etype
        if etype in _VIOLENT_TYPES and period.precision in ("month", "quarter", "season", "half", "year") and tx_span is not None \
                and (_WAR_BEGAN_IN.search(self.text, max(sent.start, tx_span[0] - 120), tx_span[0])
                     or _FORMED_IN.search(self.text, max(sent.start, tx_span[0] - 40), tx_span[0])):
            # "a war between rival factions of the Sinaloa Cartel that erupted in September": its opening; "Viv
            # Ansanm was formed in February 2024 when rival gangs joined forces to attack police stations": a group's
            etype = "context"
        if etype in _VIOLENT_TYPES and "lethal" in cues and self.aggregate(s, period.precision, places, tx_span is not None):
            etype = "context"  # "Gang violence killed more than 4,000 people in 2023": a statistic
        if etype in _VIOLENT_TYPES and period.precision not in ("day", "range", "week") and _MANY_ATTACKS.search(s) \
                and not finite_violent(s, cues):
            etype = "context"  # "has been blamed for several attacks this year": a count, not one occurrence
        if etype in _VIOLENT_TYPES and s is not whole and _ANOTHER.match(s) and \
                ("explosion/remote violence" in self.cues(whole) or _WEAPON_STRUCK.search(whole)):
            etype = "explosion/remote violence"  # "a drone struck X, and on Tuesday another hit Y": another drone
        since = _SINCE_PERFECT.match(whole) if etype in _VIOLENT_TYPES and old else None
        if since:
            etype = "context"  # "Since the invasion on 24 February 2022, Russia has carried out 40,000 strikes": a count
            if end == start and tx_span and tx_span[1] - sent.start <= since.group().find(","):
                end, open_ended = None, True  # run up from that date on, as "gripped by militancy since March 2011"
                date_text = date_text if date_text.lower().startswith("since") else "since " + date_text
        parties = self.party_countries(content)
        if parties and places and set(places) <= parties:
            # "a ceasefire between Israel and Hezbollah took effect": the story's place, if it is no side
            places = [p for p in self.fallback_place(i, period, etype) if p not in parties] or places
        elif parties:
            places = [p for p in places if p not in parties]
        same = _SAME_UNIT.search(content) if not places and "same" in content else None
        if same:  # "21 civilians were killed in an attack on a convoy in the same region": the region told before
            places = self.same_unit(same.group("unit"))  # (not the place of the sentence's other clause)
        if not places and (s is not whole or phrase) and not same:  # a clause or phrase that names no place: the sentence's
            places = self.places_in(self._content(whole))
        if not places and not same and "the" in content and _THE_REGION.search(content):
            places = self.region_told(i)
        elif _THE_ENCLAVE.match(content) and (region := self.region_told(i) or [
                p for p in self.main_places()[1] if entities.place_rank(p, self.vocab, self.known_places) == 2][:1]):
            # "The enclave broke away from Azerbaijan in a war in the early 1990s", "The region, internationally
            # recognised as part of Azerbaijan, has been run by ethnic Armenians": the region told (else the story's), not
            # the state it left
            places = region + [p for p in places if p not in region]
        # "The JNIM claimed the attack on Tuesday", "The army denied any responsibility": said of the attack just
        # told, placed where it happened, not in the speaker's country (but a state that denies speaks at home:
        # "Israel denied responsibility", "Pakistan denied any role")
        owned = not places and etype == "statement" and (own := _OWNS_THE_ATTACK.search(whole)) is not None \
            and not self.vocab.country(re.sub(r"^(?:The|the)\s+|\s+(?:has|had|also|again|swiftly|quickly)$", "", whole[:own.start()].strip()))
        if owned and (last := next((o for o in reversed(self.drafts) if _family(o.event_type) == "violence"), None)) \
                and last.locations and (last.last >= i - 3 or any(  # (or a side's word on it told since, placed there)
                    o.first >= i - 3 and o.event_type == "statement" and o.locations[:1] == last.locations[:1]
                    for o in self.drafts[-3:])):
            places = last.locations[:1]
        else:
            owned = False
        if not places:
            places = self.fallback_place(i, period, etype)
        if (aimed := _STATE_AIMS_AT.match(content)) and (striker := self.vocab.country(aimed.group("state"))) \
                and (target := self.vocab.demonym_to_country.get(aimed.group("dem"))) and target != striker \
                and all(p == striker or entities.place_country(p, self.vocab) == striker for p in places):
            # "Thailand responded by sending F-16 fighter jets to strike two Cambodian military targets": a state
            # that strikes out hits the other state's ground, not its own (nor the town its own harm was told in)
            places = [target]
        elif places and places[0] in self.vocab.countries and _COMPASS_COUNTRY.search(content, 0) and \
                (town := self.dateline_lede(i)) and self.vocab.places.get(town) == places[0] and \
                self.vocab.country_capital.get(places[0]) != town:
            # "KRAMATORSK, Ukraine (AP) - A missile struck a train station in eastern Ukraine": filed from the
            # scene, a town outside the capital is where it happened (not "KABUL - ... in northern Afghanistan")
            places = [town, *places]
        across = None
        if (wide := _NATIONWIDE.search(headline)) and (country := self.vocab.country(wide.group("country") or "") if wide.group("p")
                                                        else self.paragraph_country(i) or next(iter(self.main_places()[0]), None)):
            # "killed in protests across the country", "nationwide protests", "targets across Yemen": the country,
            # before any one town it names or the dateline's (in the event's own words: not "..., and declared a
            # nationwide emergency" after the bombings)
            across = country
            places = [country] + [p for p in places if p != country]
        said_in = None
        if etype == "statement" and not _SPOKE_IN.search(whole) and not owned:
            home = said_in = self.speaker_country(self.attribution(i) or whole)  # "Lebanese President Joseph Aoun
            if home:                            # condemned ... saying Israel": said in Lebanon, whatever country it is about
                places = [home] + [p for p in places if p != home]
        if etype == "statement" and said_in is None and not owned and places \
                and (verb := _SPEECH_VERB.search(content)) and spoken_of(content, places, verb.end()) \
                and (home := self.paragraph_country(i) or next(iter(self.main_places()[0]), None)) \
                and all(entities.place_rank(p, self.vocab, self.known_places) < 3 and self.vocab.places.get(p) in (home, None, "") for p in places):
            # a speaker of no known country who speaks only of towns or regions of the story's country (or ones the
            # gazetteer lacks): said there, in that country, not in the town spoken of ("The government denied that
            # Kombolcha had fallen": Ethiopia)
            said_in = home
            places = [home, *places]
        joint = _JOINT_SPEAKERS.match(content) if etype in ("statement", "diplomacy") and " and " in content[:120] else None
        speakers = {c for n in entities.capitalised_names(joint.group("who")) if (c := self.vocab.country(n))} if joint else set()
        if speakers and places and set(places) <= speakers and (top := [p for p in self.main_places()[1] if p not in speakers
                                                                        and self.vocab.places.get(p) not in speakers]):
            # "China and the United States urged both sides to show restraint", "On Sunday, the United States, Britain and
            # the African Union condemned the attack": states speaking together from afar, of the story's place
            places = top[:1]
        if etype == "diplomacy" and _HEAD_OF_STATE_FIRST.match(whole) and not _SPOKE_IN.search(whole) and \
                all(p in self.vocab.countries for p in places) and (home := self.speaker_country(whole)):
            # "Ecuador's President Rafael Correa said he was recalling his ambassador from Bogota and accused Colombia":
            # his state's step, made at home (not a venue named: "met Biden in Washington")
            said_in = home
            places = [home] + [p for p in places if p != home]
        if etype in ("statement", "diplomacy") and _GOVERNOR_ACTS.match(whole) and \
                all(p in self.vocab.countries for p in places) and (region := next(
                    (p for p in self.main_places()[1] if entities.place_rank(p, self.vocab, self.known_places) == 2
                     and p not in self.vocab.countries), None)):
            # "Governor Aminu Masari condemned the killings", in a story placed in Katsina State: a governor speaks
            # and acts for the state he governs, the story's region
            places = [region] + [p for p in places if p != region]
            said_in = region if said_in else None
        if etype in ("statement", "diplomacy", "strategic development") and ("summon" in content or "recall" in content or "expel" in content) \
                and (summons := _SUMMONS.search(content)) and (summons.group().startswith("summon") or said_in is None) \
                and (capital := self.capital_of_subject(content[:summons.start()])):
            # (so is a recall of one's own envoy, "Iraq recalled its charge d'affaires from Ankara", or an expulsion of
            # another's, "Niger expelled the French ambassador": made at home, not in the envoy's country; a head of state's
            # step stays his country's, see above)
            # "Manila summoned China's deputy ambassador", "Poland's foreign ministry summoned Russia's charge
            # d'affaires": at the ministry, in the summoning state's capital (not the country, nor the envoy's)
            places = [capital] + [p for p in places if p != capital]
            said_in = capital
        if etype not in _VIOLENT_TYPES and (seat := self.court_seat(content)):
            # "The International Criminal Court on Wednesday sentenced ... for crimes committed in Timbuktu": the
            # ruling is made where the court sits, whatever place its case is about
            places = [seat] + [p for p in places if p != seat]
            said_in = seat  # (first, whatever more specific place the case names)
        if etype == "diplomacy" and _UN_AT_HOME.search(content) and not _VENUE.search(content):
            places = ["New York"]  # the Security Council meets at UN headquarters, whatever country it discusses
        if _COUP_MADE.search(_ASIDE_RELATIVE.sub(",", content)) and self.published is not None and 0 <= (self.published - period.last).days <= 7 \
                and (not places or places[0] in self.vocab.countries) and (capital := self.story_capital(i)) and capital not in places:
            places = [capital, *places]  # "Soldiers in Niger announced they had removed President Bazoum from power": in Niamey
            # (not a coup recalled, "since 2013, when the army ousted President Mursi": the country; nor one told
            # aside, "Sanogo, who seized power in a coup on March 22, announced on Sunday ...")
            said_in = capital if said_in else None  # (announced there too)
        # "shot dead four teachers"; talks or a statement about the dead are not where they died
        killing = ("lethal" in cues or "violence against civilians" in cues or _NEUTRALISED.search(s)
                   or "battle" in cues and entities.LOST_MEN.search(s)) \
            and etype not in ("diplomacy", "statement")
        told = phrase if phrase else _INVESTIGATED.split(_PRIOR_EVENT.split(s)[0])[0]
        cause = _FOLLOWED.search(told) if etype == "strategic development" else None
        if cause:  # "declared a state of emergency after clashes left at least 80 people dead": the clashes' dead
            told = told[:cause.start()]
        judged = _JUDGED_OR_FREED.search(told) if etype == "strategic development" else None
        if judged and not judged.group().lower().startswith(("freed", "released", "set")) \
                and not (date_text and date_text in told[judged.end():]):
            # "arrested four men suspected of carrying out the attack ... that killed at least 133 people",
            # "sentenced three men over the bombing that killed 57": the dead are the act's, not the arrest's
            # (not "freed eight hostages in a raid that killed four separatists": the freeing's own force;
            # nor "convicted in 2017 for the July 1995 massacre of more than 8,000": the event dated is the massacre)
            told = told[:judged.end()]
        war_toll = _WAR_TOLL.search(told)
        if war_toll and re.search(r"\bha(?:s|ve)\b", war_toll.group()) and "," in told[:war_toll.start()]:
            # "fired rockets at Asmara on Saturday, widening a conflict that has already killed hundreds": the
            # war's toll up to now, told after the act, not the act's dead ("The war has killed 12 villagers in
            # Kadawa on Monday" is that day's)
            told = told[:war_toll.start()]
        fatal, civilian_dead = (None, False) if open_ended or (etype == "context" and not recalled) or not killing \
            else entities.fatality_claim(told)
        toll_told = _TOLL_PUT_AT.search(s) if etype == "statement" and fatal is None else None
        if toll_told:  # (its figure: the act's new count, see merge)
            fatal = entities.fatalities(s[toll_told.start():])
        head = whole[:whole.find(s)] if s is not whole and fatal is None and etype in _VIOLENT_TYPES and s in whole else ""
        if head and _KILLED_WHEN.search(head):  # "49 of its soldiers were killed | when Azerbaijani forces shelled ...":
            fatal, civilian_dead = entities.fatality_claim(head)  # the dead of the act the clause tells
        cast = self.cast_at(i)
        if cast.group and etype in _VIOLENT_TYPES and start[:4].isdigit() \
                and int(start[:4]) > self.cast.background_until.get(cast.group, 9999):
            cast = cast.without_group()  # the group was only told of in earlier years: not the "gunmen" of this later attack
        organ = _MILITARY_SPEAKER.search(self.attribution(i) or "")
        speaking = organ and (self.vocab.country(organ.group(1)) or self.vocab.demonym_to_country.get(organ.group(1)))
        if speaking:  # "Ukraine's General Staff said ... its troops had repelled": Ukraine's, whoever else the story names
            cast = cast.in_country(speaking, self.vocab)
        # who answered, not who was answered ("... in response to the killing of Hezbollah's leader")
        acted = content[:answered.start()] if answered and not phrase else content
        heard = content
        if etype in _VIOLENT_TYPES and (source := _SOURCE_THAT.match(content)) and not _SPEAKER_ACTED.match(whole):
            # "Papua New Guinea police said on Monday that at least 64 people had been shot dead": who tells
            # is no side ("The army said it had killed 300 rebels": it is)
            acted, heard = acted[source.end():], content[source.end():]
        actors = self.actors_in(acted, cast, background=etype == "context") or \
            self.actors_in(heard, cast, background=etype == "context")
        state_which = _STATE_WHICH.search(whole, 0, whole.find(s)) if not actors and s is not whole and s in whole else None
        if state_which and (country := self.vocab.country(state_which.group("n"))):
            # "..., according to Pakistan, which recalled its ambassador on Wednesday": the state the clause is about
            actors = [entities.army_name(country, self.vocab) if etype in _VIOLENT_TYPES else _government_of(country, self.vocab)]
        if not actors and (s is not whole and not _semicolon_clause(whole, s) or phrase and not _INVESTIGATED.search(whole)
                           and not _THE_GOVERNMENT.match(phrase)):  # ("two days after the government declared ...": its own)
            # (not across ";": "members of the SSA detained a journalist; on February 3, guards ... beat
            # three migrants": a clause of its own with its own subject; nor the police who made arrests
            # "in connection with the bombings that killed 200": they did not bomb)
            actors = self.actors_in(self._content(whole), cast, background=etype == "context")
        last = self.drafts[-1] if self.drafts else None
        if last is not None and last.part:  # "X pounded Lebanon, and Hizbollah rockets struck Haifa": the main clause's side goes on
            last = next((d for d in reversed(self.drafts[-_WINDOW:]) if d.first == last.first and d.part == 0), last)
        if i and _GROUP_ANAPHOR.match(whole):  # "Hezbollah said ... The group also fired rockets": Hezbollah first
            # (opening a paragraph, "The Iran-aligned group began attacking ships": the story's one group)
            actors = entities.merge_actors(self.group_before(i) or ([self.cast.group] if self.cast.group else []), actors)
        elif i and _ITS_FIGHTERS.match(whole):  # "Hezbollah said ... Its fighters also attacked": the same group,
            actors = entities.merge_actors(self.group_before(i, any_paragraph=True), actors)  # in wire copy's one-line paragraphs too
        elif i and not actors and _PRONOUN_ACTS.match(whole):
            actors = self.group_before(i, any_paragraph=True)
        if not actors and last is not None and _PAIR_ANAPHOR.search(whole) and \
                (last.last == i - 1 or self.sentences[last.last].paragraph == sent.paragraph):
            sides = [a for a in last.actors if a != "civilians"][:2]
            actors = sides if len(sides) == 2 else []
        if not actors and _TWO_COUNTRIES.search(whole) and len(pair := self.lede_pair()) == 2:
            # "The presidents of the two countries ... discussed", "The two countries fought a war in 2020": the two
            # states the lede names, their governments (their armies when they fight)
            fought = etype in _VIOLENT_TYPES or re.search(r"\b(?:fought|clashed|went\s+to\s+war)\b", whole) is not None
            actors = [entities.army_name(c, self.vocab) if fought else _government_of(c, self.vocab) for c in pair]
        if not actors and etype in _VIOLENT_TYPES and last is not None and last.event_type in _VIOLENT_TYPES and \
                (last.last == i - 1 or self.sentences[last.last].paragraph == sent.paragraph) and \
                not _OTHER_TIME.match(whole) and (last.event_type == etype or _THEY.match(whole) or
                                                  _AGENTLESS_HARM.search(whole)) and self.place_fell(whole) is None:
            # "Four died in other strikes", "They seized the car carrier", "A truck ... was hit": the same
            # attacker. Not for another kind of act ("Kyiv launched its counteroffensive" after a Russian
            # strike), nor for a town that fell ("Seoul fell again": to whom is not said)
            actors = [a for a in last.actors if a != "civilians"][:1]
        if etype in _VIOLENT_TYPES and not phrase:
            said = _SPEAKER_ACTED.match(whole) or _SPEAKERS_OWN_HIT.match(whole)
            if said:  # "Sudan's army said on Sunday it had retaken Wad Madani": the speaker acted
                # ("South Africa's defence force said two of its peacekeepers were killed": its forces were a side)
                state = self.speaking_state(said.group("who")) or (said.group("forces") or "").startswith(("his", "her")) and \
                    self.speaker_country(said.group("who"))  # ("Azerbaijani President Ilham Aliyev said his forces had captured ...")
                if state or not said.group("forces"):  # ("The Kurdistan Regional Government said its forces ...": they are named)
                    actors = entities.merge_actors([entities.army_name(state, self.vocab)] if state else
                                                   self.actors_in(said.group("who"), cast),
                                                   actors)
            head = _HEAD_ACTS.match(whole)
            if head and not head.group("officer") and whole.startswith("ordered", head.end()):
                # "French President Francois Hollande ordered air strikes": his state's military strikes
                state = self.vocab.demonym_to_country.get(head.group("dem") or "") or \
                    self.vocab.country(head.group("dem") or "") or self.title_country(head.group("surname")) or cast.home
                if state:
                    actors = entities.merge_actors([entities.army_name(state, self.vocab)], actors)
        if etype == "statement":  # "Lebanese President Joseph Aoun condemned ...": who said it, first
            named = _TITLED_SPEAKER.search(whole) or _APPOSED_SPEAKER.match(whole)
            if named and named.start() < 80 and not any(a in named.group() for a in actors):
                actors = [" ".join(named.group("name").split())] + [a for a in actors if a not in _GENERIC_ENEMIES]
            elif not named:  # "President Deby visited the wounded and vowed to pursue the terrorists": his state
                actors = entities.merge_actors(self.head_of_state(whole, cast.home),
                                               [a for a in actors if a not in _GENERIC_ENEMIES])
                speaker = self.titled_speaker(whole)
                if speaker and speaker not in actors:  # "Milosevic, in a televised address, called on ...": him first
                    actors = [speaker] + actors
        if etype == "statement" and (organ := self.spokesman_organ(whole, cast.home)) and organ not in actors:
            # he speaks for it: the organ next to his name (ACLED codes the organ, editors either)
            person = next((a for a in actors[:1] if a in whole[:120] and a[:1].isupper() and " " in a), None)
            actors = [person, organ, *actors[1:]] if person else [organ, *actors]
        if etype in ("strategic development", "diplomacy"):  # (the leader's state before those the act concerns)
            actors = entities.merge_actors(self.head_of_state(whole, cast.home), actors)
        organ = _ORGAN_SPEAKS.match(whole) if etype == "statement" else None
        state = organ and (self.vocab.country(organ.group("who")) or self.vocab.demonym_to_country.get(organ.group("who")))
        states = _STATES_SPEAK.match(whole) if etype == "statement" and not state else None
        names = re.split(r",\s+|,?\s+and\s+", states.group("subj")) if states else []
        speakers = [self.vocab.country(n) or self.vocab.demonym_to_country.get(n)  # ("Britain"; "the Kremlin": Russia)
                    or (seat := entities.seat_country(n)) and self.vocab.country(seat)
                    for n in (re.sub(r"^(?:The|the)\s+", "", n) for n in names)]
        if state or speakers and all(speakers):
            # the state speaks, first; an army its organ only speaks of ("saying the missile was only in service
            # with Ukraine's army") is no party to it
            if state:
                speaker = entities.army_name(state, self.vocab) if organ.group("military") else _government_of(state, self.vocab)
                actors = entities.merge_actors([speaker], [a for a in actors if a in self.actors_in(
                    whole[:organ.start("verb")], cast)])
            else:  # ("Armenia and Azerbaijan accused each other of shelling": the armies they name stay)
                actors = entities.merge_actors([_government_of(c, self.vocab) for c in speakers], actors)
        if etype == "statement" or etype in ("strategic development", "diplomacy") and not actors:
            # the titled subject speaks, first; he acts where no state is found to act for him
            person = _SUBJECT_PERSON.match(whole)
            if person and etype == "statement" and actors and not _SPOKE.match(person.group("verb")):
                person = None  # "Prime Minister X ordered an investigation": his government's act
            name = " ".join(person.group("name").split()) if person else self.titled_speaker(whole)
            if name and not any(name in a or a in name for a in actors):
                actors = [name] + [a for a in actors if a not in _GENERIC_ENEMIES]
        if etype == "diplomacy" and not actors:
            actors = self.pair_meeting(whole)
        said = _SPEECH_VERB.search(content) if not actors and etype == "statement" else None
        if said:  # "Armenia and Azerbaijan accused each other": the states that speak (not those spoken of)
            actors = self.governments(content[:said.start()])
        if not actors and etype in ("statement", "strategic development", "diplomacy"):
            actors = self.named_speaker(whole)  # "Vladimir Putin, in a televised address, called ...": him
        if not actors and cast.home and etype in ("statement", "strategic development", "diplomacy") and _THE_GOVERNMENT.match(content):
            actors = [_government_of(cast.home, self.vocab)]  # "The government ... declared three days of national mourning"
        if etype == "diplomacy":  # "talks brokered by Saudi Arabia", "cut ties with Rwanda": the states are the sides
            actors = entities.merge_actors(actors, self.governments(content))
            against = {a for m in _AGAINST.finditer(content)
                       for a in self.actors_in(content[m.end():m.end() + 60], cast)}
            actors = [a for a in actors if a not in against]  # "talks on joint measures against the PKK": their target
        if cast.home and "against" in content and _AGAINST_GOVERNMENT.search(content):  # "took up arms against the government": the story's state
            actors = entities.merge_actors(actors, [_government_of(cast.home, self.vocab)])
        if etype == "battle" and (crowd := _CROWD_CLASHED.match(whole)) and \
                self.vocab.demonym_to_country.get(re.sub(r"s$", "", crowd.group("people"))):
            etype = "riot"  # "Hundreds of Serbs clashed with NATO peacekeepers in Zvecan": a people's crowd, ACLED's rioters
            actors = ["rioters", *actors]
        if etype in ("protest", "riot") and not {"protesters", "rioters"} & set(actors):
            actors.insert(0, "protesters")  # "Hundreds of people protested": the protesters are a side (ACLED's)
        if etype in _VIOLENT_TYPES and not set(actors) - {"civilians"}:
            acts = self.find_cues(content)
            state = next((c for t in _VIOLENT_TYPES for m in acts.get(t, ()) if m.group().lower() in ("struck", "hit")
                          and (c := self.state_before(content, m.start()))), None)
            if state:  # "India struck nine sites": its military
                actors = [entities.army_name(state, self.vocab)] + actors
            else:  # "Israel and Iran traded fresh strikes": the states that are the subject, their militaries
                sides = _STATES_SUBJECT.match(self._content(whole))
                states = [self.vocab.country(n) for n in (sides.group(1), sides.group(2)) if n] if sides else []
                if states and all(states):
                    actors = [entities.army_name(c, self.vocab) for c in states] + actors
        if civilian_dead and "civilians" not in actors and not (etype == "battle" and _TWO_SIDED_FIGHT.search(content)):
            # (not "Clashes between rival armed groups killed at least 32 people": the sides fought, who died is a toll)
            actors.append("civilians")  # the victims are an actor too (ACLED's Civilians)
        if etype in ("statement", "strategic development", "diplomacy"):
            actors = self.head_and_government(whole, actors)
        if etype == "statement" and len(actors) > 1:  # "X said those responsible for the killing of civilians would
            actors = [a for a in actors if a != "civilians"]  # be held accountable": the dead spoken of are no party
            # (nor the bloc whose summit the speaker came to: "Zelenskiy, who arrived in Canada for a summit of the Group
            # of Seven, called ...")
            hosts = {a.name for m, a in self.vocab.actor_index.finditer(whole) if _SUMMIT_OF.search(whole, max(0, m.start() - 30), m.start())}
            actors = [a for a in actors if a not in hosts] or actors
        if etype in ("violence against civilians", "battle") and actors[:1] == ["rioters"]:
            etype = "riot"  # "looters ransacked shops and set fire to homes": a crowd's own violence (ACLED's riots)
        actors = self.aside_person(whole, tx_span[0] - sent.start, actors) if tx_span and s in whole else actors  # (his aside's act)
        actors = entities.one_per_side(self.localised(actors, i, cast.home), self.vocab)
        d = Draft(
            date_start=start, date_end=end, precision=period.precision if end in (start, None) or
            parse_timex(end).precision == period.precision else "range",
            date_text=date_text, date_reason=reason, date_alternatives=list(alts),
            timex_start=tx_span[0] if tx_span else None, timex_end=tx_span[1] if tx_span else None,
            event_type=etype, actors=actors,
            # (not a report's speaker: "Georgian President Mikheil Saakashvili said on Saturday that Russian warplanes had
            # bombed Gori" names no one of the bombing, and so ties it to no other act Saakashvili took part in)
            locations=places, names=self.names(content[m.end():] if report and (m := _SAID_THAT_LEAD.match(content)) else content,
                                               places),
            fatalities=fatal,
            attribution=self.attribution(i), confidence=confidence, headline=headline,
            # (a phrase's own words: "seized power ..., a day after soldiers mutinied and detained ..." is two events)
            triggers=_trigger_keys(m.group() for k, ms in (own if phrase and own else cues).items() if k != "background" for m in ms),
            first=i, last=i, span_start=sent.start, span_end=sent.end, report=report,
            toll_update=fatal is not None and bool(toll_told or _TOLL_UPDATE.search(s)), said_in=said_in, across=across,
            toll_of=bool(_TOLL_UPDATE.search(s) or _TOLL_OF_NAMED.search(s)),
            acted=_act_before_toll(s, self.text[tx_span[0]:tx_span[1]] if tx_span else "", cues),
            answered_at=answered_at,
            # (a retaliation, or an act against those behind the act before, answers it: another occurrence)
            apart=bool(_SEPARATE.match(s) or _RETALIATED.search(s) or _answers(s) or _TIMED_APART.match(s) or _ANOTHER_ACT.match(s)
                       or etype in _ARMED_TYPES and not report and _LATER_THAT_DAY.search(s) and not _TOLL_UPDATE.search(s)),
            # ("The protests began in early July": the wave's start, not the day's protest told in July)
            began=period.precision not in ("day", "range", "week") and tx_span is not None
            and bool(_BEGAN_THEN.search(self.text, max(sent.start, tx_span[0] - 40), tx_span[0])),
        )
        if not report and (told := self.named_back(start, end, tx_span, sent)) is not None:
            d.retells, d.named_back = told, True
        return d

    def named_back(self, start: str, end: str | None, tx_span, sent: Sentence) -> int | None:
        """A day's possessive that names a violent act already told on that day ("residents said soldiers had
        questioned men for two days after Wednesday's clash", after the clash itself): that telling's first
        sentence, of which this sentence tells only a sequel. Else None."""
        m = _POSSESSED.match(self.text, tx_span[1], sent.end) if tx_span else None
        if m is None or not set(self.vocab.cues.find(m.group("np"))) & set(_VIOLENT_TYPES):
            return None
        return next((d.first for d in reversed(self.drafts[-_WINDOW:]) if (d.date_start, d.date_end) == (start, end)
                     and d.event_type in _VIOLENT_TYPES and not d.report), None)

    def names_event(self, words: str) -> bool:
        return bool(set(self.vocab.cues.find(words)) - {"background"})

    def clause_of(self, s: str, at: int, others: tuple[int, ...] = ()) -> str:
        """The main clause of s that holds position `at` (split at ";", "but", ", and <subject> <verb>");
        within it, a subordinate clause holding another date (`others`: positions) is left out, or
        is the clause itself when it holds `at` ("... on Sunday, the deadliest attack since militants
        stormed a post on Friday": Friday's clause)."""
        lo, hi = 0, len(s)
        subordinate = []
        for b in _clause_breaks(s, True, self.names_event):
            if b.group().strip(" ,;").lower() not in _MAIN_BREAKS:
                subordinate.append(b)
                continue
            if b.end() <= at:
                lo = b.end()
            elif b.start() > at:
                hi = b.start()
                break
        for b in subordinate:
            if not lo <= b.start() < hi:
                continue
            if b.end() <= at and b.group().strip(" ,").lower() in ("who", "which"):
                close = _ASIDE_END.search(s, at, hi)
                if close and any(close.end() <= o < hi for o in others):
                    # "Gorbachev, who came to power in March 1985, called the war ... in February 1986":
                    # the aside with its antecedent is the clause of its own date
                    return s[lo:close.start()]
            if b.end() <= at and any(lo <= o < b.start() for o in others):
                lo = b.end()
            elif b.start() > at and any(b.end() <= o < hi for o in others):
                hi = b.start()
        return s[lo:hi]

    def aggregate(self, s: str, precision: str, places: list[str], own_date: bool = True) -> bool:
        """Deaths counted over a long period, not one incident: a toll dated only by a year (or
        longer), or told in the present perfect ("more than 14,000 people have been killed"),
        with no place more precise than a region ("in Kankara in 2020" stays an incident); and,
        with no date of its own, a present-perfect toll over a whole war ("Yemen's war has killed
        tens of thousands of people"), wherever it is."""
        if not own_date and _WAR_TOLL.search(s):
            return True
        if precision not in ("day", "range", "week") and _PERCENT_CHANGE.search(s):
            return True  # "attacks rose by 45% in the first nine months of the year, with 900 people killed"
        if any(entities.place_rank(p, self.vocab, self.known_places) < 2 for p in places):
            return False
        if entities.fatalities(s) is None and not _RUNNING_TOLL.search(s):
            return False
        return precision in ("year", "decade", "century") or precision in ("month", "quarter", "half", "season") \
            and bool(_PERFECT_TOLL.search(s)) and bool(re.search(r"\b(?:since|so\s+far|to\s+date)\b", s, re.I))

    def _content(self, s: str) -> str:
        """The sentence without its attribution ('..., the army said'), for actors."""
        return self._content_cut(s)[0]

    @staticmethod
    def _content_cut(s: str) -> tuple[str, int, list[tuple[int, int]]]:
        """_content, with where it comes from in s: the offset of its start and the (start, length)
        of the mid-sentence attributions cut out of it (in s, less that offset)."""
        m = re.match(r"[Aa]ccording\s+to\s+[^,]{2,80},\s*", s)
        base = m.end() if m else 0
        s = s[base:]
        # "..., the latest in a series of strikes that have raised questions in Washington": other occurrences
        s = _LATEST_OF.sub("", s)
        # "... in the deadliest attack on Kenyan soil since the 1998 bombing of the U.S. embassy in Nairobi": a
        # yardstick (a clause after "since" tells its own event: "since militants stormed a post in Tank on
        # Friday", "the deadliest since 2010, when al-Shabaab bombers struck Kampala")
        if (m := _WORST_SINCE.search(s)) is not None:
            s = s[:m.start("since")].rstrip()
        # "..., the army said in a statement on 06/03.", "..., police said on 8 March." (not "On 6 March, aerial
        # bombardment was reported in Ulang County": what was reported, and where)
        s = re.sub(r",\s+[^,]{2,80}\s+(?:said|says|told\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.&'-]*\s+){0,3}[\w.&'-]+"
                   r"(?:\s+by\s+(?:phone|telephone))?|reported(?!\s+in\s+[A-Z])|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)reported)(?:\s+in\s+a\s+(?:\w+day\s+)?statement)?"
                   r"(?:\s+in\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?"  # ("told reporters in Srinagar": where it was said)
                   r"(?:\s+on\s+[\w/.]+(?:\s+[A-Z][a-z]+)?|\s+\w+day)?\s*\.?$", "", s)
        s = re.sub(r",\s+according\s+to\s+[^,]{2,80}(?:,\s+[^,]{2,60})?\.?$", "", s)  # (", UNMISS.": its short name too)
        # mid-sentence too: "... retook Lalibela, residents said, a day after ..."
        cuts = [(m.start(), m.end() - m.start()) for m in _MID_ATTRIBUTION.finditer(s)]
        return (_MID_ATTRIBUTION.sub("", s) if cuts else s), base, cuts

    def attribution(self, idx: int) -> str | None:
        if idx in self._attributions:
            return self._attributions[idx]
        sent = self.sentences[idx]
        prev = None
        for p in reversed(self.sentences[max(0, idx - 2):idx]):
            if p.kind == "body":
                prev = entities.attribution(self.text[p.start:p.end])
                if prev:
                    break
        said = self._attributions[idx] = entities.attribution(self.text[sent.start:sent.end], prev)
        return said

    def headline(self, s: str, tx_span, sent: Sentence, cues: dict, speaker: bool = False) -> str:
        """At most 15 words, verbatim, from the clause that carries the event. Rules, in order:
        drop the attribution ("..., the army said" / "X said that ...", unless the statement is
        the event: `speaker`); split into clauses at ";", "but", "when", ", which" and the like;
        take the clause with a finished event verb (then the one holding the date, then a main
        clause); drop its leading adverbial ("In a video released on Monday,") and conjunctions;
        run on into the clauses that follow while they fit; cut at 15 words, never ending on a
        function word, and drop a name in apposition ("the leader, Aron Sedik, said") if that
        keeps the verb in."""
        c, base, cuts = self._content_cut(s)

        def to_c(p: int) -> int:  # a position in s, in the content (before the start trims below)
            q = out = p - base
            for a, n in cuts:
                out -= n if q >= a + n else max(0, q - a)
            return out

        shift = 0
        lo = bisect.bisect_left(self._tx_starts, sent.start)
        hi = bisect.bisect_left(self._tx_starts, sent.end, lo)
        if base == 0 and lo < hi and _BULLET.fullmatch(self.text, sent.start, self.timexes[lo].start):
            # "March 2 - Gangs stormed the prison": a dated list item; the date is not the headline
            prefix = _DATE_PREFIX.match(c, self.timexes[lo].end - sent.start)
            if prefix and len(c) - prefix.end() > 20:
                c, shift = c[prefix.end():], prefix.end()
        if not speaker:  # "X said (that) ..." goes, unless the clause then starts "its troops ..."
            m = _REPORTED.match(c)
            if m and _SAID_NOT_DONE.search(m.group()):
                m = None  # "President Dina Boluarte announced a three-day curfew": the speaker's own act
            if m and len(c) - m.end() > 30 and not _PRONOUN_START.match(c, m.end()) \
                    and not _RELATIVE_SAID.search(c, 0, m.end()):
                c, shift = c[m.end():], shift + m.end()
        at = max(0, to_c(tx_span[0] - sent.start) - shift) if tx_span else None  # a list item's date: its first clause
        dates = [t for t in self.timexes[lo:hi] if calendar_value(t.value)]
        several = sum(1 for j, t in enumerate(dates)  # "between 9 and 10 October" is one date
                      if not (j and _RANGE_JOIN.match(self.text[dates[j - 1].end:t.start])
                              and not _COUNTED_DAY_RE.fullmatch(t.text))) > 1  # (not "on Nov. 27, and two days later")
        found = [(to_c(cue.start()) - shift, cue.group()) for ms in cues.values() for cue in ms
                 if cue.start() >= base and to_c(cue.start()) >= shift]
        # clauses: (start, end, opened by a subordinator, the boundary word)
        clauses, pos, word = [], 0, ""
        for b in _clause_breaks(c, several, self.names_event):
            clauses.append((pos, b.start(), word))
            pos, word = b.end(), b.group().strip(" ,;").lower()
        clauses.append((pos, len(c), word))

        # the other dates of the sentence, in c: a clause holding one tells another event
        elsewhere = [to_c(t.start - sent.start) - shift for t in dates if tx_span and t.start != tx_span[0]]
        # the date stands in a main clause, and another date in another main clause (not a subordinate one: "blew up
        # the mosque ... as troops closed in on June 21" dates the main clause)
        mains = [(a, z) for a, z, w in clauses if w in _MAIN_BREAKS]
        own_main = several and at is not None and any(a <= at < z for a, z in mains) and \
            any(not a <= at < z and any(a <= p < z for p in elsewhere) for a, z in mains)

        def score(clause) -> tuple:
            a, z, opened_by = clause
            finite = any(a <= p < z and _finite_word(w) and not _ends_at(_NOT_FINITE_BEFORE, c, p) for p, w in found)
            cue = any(a <= p < z for p, _ in found)
            dated = at is not None and a <= at < z
            main = opened_by in _MAIN_BREAKS
            # of main clauses each dated apart, the date's own is its clause, whatever the others tell ("Rebels
            # reached Homs on Friday and captured the city on Sunday, hours before fighters entered the capital")
            own = own_main and main and dated
            # a dated main clause naming an event beats a later one with a finished verb ("The 2016
            # peace agreement ... ended ..., but guerrillas have since rejected the deal")
            return 3 * finite + (4 if cue and (several or main) else 2) * dated + cue + main + 8 * own, -a

        k = max(range(len(clauses)), key=lambda i: score(clauses[i]))
        a, z, opened_by = clauses[k]
        if opened_by in ("which", "who") and k:  # "the Ansarul Islam group, which appeared ...": its antecedent
            named = _KNOWN_AS.search(c, clauses[k - 1][0], clauses[k - 1][1])  # 'X, known as "Gheniwa", who ...'
            np = _ANTECEDENT.search(c, clauses[k - 1][0], named.start() if named else clauses[k - 1][1])
            if np:
                a = np.start()
                # the noun phrase only, not the verb or preposition before it: "(to restore) Hadi's government",
                # "(fell on) Boko Haram", "(to seek) a third term"
                head = _NP_START.search(c, a, np.end()) if not _NP_START.match(c, a) else None
                if head:
                    a = head.start()
                inner = list(_NOT_OF_PREPOSITION.finditer(c, a, np.end()))
                if inner:  # "(retook Kasab) from rebels who ...": the noun after the last preposition
                    a = inner[-1].end()
        text = c[a:z]
        close = _ASIDE_END.search(c, clauses[k][0], z) if opened_by in ("which", "who") and k else None
        if close and at is not None and at < close.start():  # "X, which became independent in 2011, ..."
            text = c[a:close.start()]
        elif close:  # "The LTTE, which accuses ..., has been fighting": the aside dropped
            named = _KNOWN_AS.search(c, clauses[k - 1][0], clauses[k - 1][1])
            text = c[a:named.start() if named else clauses[k - 1][1]] + " " + c[close.end():z]
        elif k + 1 < len(clauses) and clauses[k + 1][2] in ("which", "who"):  # the same, seen from the subject
            a2, z2, _w = clauses[k + 1]
            close = _ASIDE_END.search(c, a2, z2)
            if close:
                text, z = c[a:z] + " " + c[close.end():z2], z2
        body = _BULLET_MARK.sub("", text.strip())  # "• On 13 February, M23 fighters entered ...": a list item
        if opened_by not in _MAIN_BREAKS:
            body = _own_predicate(body)
        lead = _LEAD_ADVERBIAL  # a sentence's own start ("In a video released on Monday, ...")
        for _ in range(3):  # then any that follow it: "Earlier on Monday, in a separate incident ..., an IED struck"
            m = lead.match(body) if len(body.split()) > 4 else None
            if m and _DATE_THEN_CLAUSE.match(m.group()) and any(_finite_word(w) and w in m.group() for _p, w in found):
                m = None  # "On Saturday a landmine killed three children in X, ...": no comma after the date
            elif m and _SUBORDINATOR.match(m.group()) and any(_finite_word(w) and w in m.group() for _p, w in found) \
                    and not any(_finite_word(w) and w in body[m.end():] for _p, w in found):
                # "When militants stormed a police school ... on October 10, it took 12 hours to clear it": the event
                body = m.group()[_SUBORDINATOR.match(m.group()).end():].rstrip(", ")
                break
            shorter = _LEADING.sub("", body[m.end():] if m and not _PHRASE_WITH_VERB.match(m.group()) else body)
            if m and _PLACE_NOUN_END.search(m.group()):  # "In the capital, Port-au-Prince, gunmen ...": the name too
                shorter = _NAME_APPOSITION.sub("", shorter, count=1)
            if shorter == body:
                break
            body, lead = shorter, _LEAD_ADVERBIAL_ANY_CASE
        words = body.split()
        if len(words) > 15:  # the date is the event's own field: "near Ségou on Monday killed 13 members of one family"
            words = _WEEKDAY_PHRASE.sub(" ", body, count=1).split()
        if len(words) > 15:  # "in the northern Lebanese village of Aitou": "in Aitou"
            words = self.named_place_only(" ".join(words)).split()
        for a2, z2, opened_by2 in clauses[k + 1:]:  # "... when shells struck a market": how, while it fits
            if opened_by2 in _MAIN_BREAKS or len(words) >= 15 or any(a2 <= p < z2 for p in elsewhere):
                break
            more = c[z:z2].split()  # the boundary (", when") and the clause, as written
            if len(words) + len(more) > 15:  # a part of it, up to a phrase end, and only with its verb
                fitted = _fit(more, 15 - len(words), keep=0)  # (and its object: not "after he tried | to seize ...")
                if not _finite_word_in(fitted[1:]) or _lost_object(fitted, *(more[len(fitted):len(fitted) + 2] + ["", ""])[:2]):
                    break
                more = fitted
            words, z = words + more, z2
        if len(words) > 15:
            short = _APPOSITION.sub(" ", " ".join(words), count=1).split()
            if short != words and _finite_word_in(short[:15]):
                words = short
        cut_short = len(words) > 15
        whole, words = words, _fit(words, 15, keep=8)
        if cut_short:  # "... and ordered | the military to ...": the verb's object is gone, and the verb with it
            words = _without_objectless_verb(words[:-1] + whole[len(words) - 1:len(words)],  # (its last word as written)
                                             *(whole[len(words):len(words) + 2] + ["", ""])[:2])
        if cut_short and len(words) > 3 and words[-2].endswith(","):  # ", leaving" / ", killing": cut-off participle
            words = words[:-1]
        joins = [j for j in range(2, len(words) - 1) if words[j - 1].endswith(",") and words[j] in ("and", "but")]
        if cut_short and joins and not _finite_word_in(words[joins[-1] + 1:]):
            words = words[:joins[-1]]  # "..., and the U.S. embassy | advised ...": a joined clause cut before its verb
        if cut_short:  # "... and said his government | had ...": a clause left with no verb goes
            words = _without_dangling_clause(words, whole[len(words):len(words) + 3])
        h = re.sub(r"\s+([,;:])", r"\1", " ".join(words))
        # (no dash of an aside cut short; an abbreviation keeps its stop: "brokered by the U.S.")
        h = h.strip(" ,;:-\u2013\u2014") if _ENDS_ABBREVIATION.search(h) else h.strip(" ,.;:-\u2013\u2014")
        if h.count('"') % 2:  # a quotation cut short: no stray quote mark
            h = h.replace('"', "")
        for o, cl in (("\u201c", "\u201d"), ("(", ")"), ("``", "''")):  # (``...'': the TimeML corpora's quote marks)
            if h.count(o) != h.count(cl):
                h = h.replace(o, "").replace(cl, "").strip(" ,.;:")  # ("... to withdraw.''": its stop too)
        return h[:1].upper() + h[1:] if h else ""

    # -- the pass ---------------------------------------------------------------------------
    def run(self) -> list[Draft]:
        previous: Draft | None = None  # the candidate of the last sentence that made one
        made_last: list[Draft] = []     # all the candidates that sentence made
        k = 0  # timexes are in text order, and so are sentences
        before_era = False  # the last dated sentence told a year before the common era
        for i, sent in enumerate(self.sentences):
            if self.should_stop is not None and i % 50 == 0 and self.should_stop():
                raise ExtractionCancelled
            while k < len(self.timexes) and self.timexes[k].start < sent.start:
                k += 1
            txs = []
            j = k
            while j < len(self.timexes) and self.timexes[j].start < sent.end:
                if self.timexes[j].end <= sent.end:
                    txs.append(self.timexes[j])
                j += 1
            txs = self.without_naming_years(txs)
            if len(txs) > 1 and "(" in (s := self.text[sent.start:sent.end]):
                # the bracketed GMT of a local time is the same moment, its day the other zone's ("killed three
                # policemen at around 1 a.m. (2200 GMT on Wednesday)": Thursday's attack)
                # (one on the local day changes nothing: "at 1 p.m. (0900 GMT)")
                for m in _ZONE_ASIDE.finditer(s):
                    a, b = sent.start + m.start(), sent.start + m.end()
                    local = [t for t in txs if t.end <= a]
                    inner = [t for t in txs if a <= t.start and t.end <= b]
                    if local and any(t.value[:10] != local[-1].value[:10] for t in inner):
                        txs = [t for t in txs if t not in inner]
            if len(txs) > 1 and txs[0].start - sent.start <= 1 and _ENTRY_STAMP.match(self.text, sent.start) \
                    and any(calendar_value(t.value) for t in txs[1:]):
                txs = txs[1:]  # "09:15 - Overnight, warplanes struck ...": when the entry was posted, not when it happened
            elif len(txs) == 1 and txs[0].start - sent.start <= 1 and (stamp := _ENTRY_STAMP.match(self.text, sent.start)) \
                    and _PASSIVE_TOLL.match(self.text[stamp.end():sent.end].lstrip()):
                txs = []  # "18:00 GMT - The ambassador was among those wounded": a toll of the event told, whenever posted
            if sent.kind != "body":
                continue
            if any(t.value.startswith("BC") for t in txs):
                before_era = True
            elif any(calendar_value(t.value) for t in txs):
                before_era = False
            if before_era:
                # the chronology's calendar starts at year 1: a sentence dated before the common
                # era, and an undated one told after it, propose no event rather than one
                # misdated to the publication day
                previous, made_last = None, []
                continue
            s = self.text[sent.start:sent.end]
            if s.rstrip().endswith(("?", "?\"", "?\u201d")) or _QUESTION.match(s):
                continue  # "Q: The Houthis say they captured two hills.", "Has the fighting continued since then?": asked, not told
            if _TIMELINE_INTRO.match(s) and not re.search(r":\s*\S", s):  # (not "Here are Monday's developments: ...")
                continue  # "Here is a timeline of events since soldiers seized power last month": the entries tell it
            cues = self.cues(s)
            if (claim := self.counter_claim(i, sent, s, txs)) is not None:
                self.drafts.append(claim)  # (the attack stays `previous`: what else is told goes on with it)
                continue
            if self.witness_recollection(s, sent, txs):
                continue  # '"On Wednesday morning we lost everything," said shopkeeper Ahmad Shah': a memory, no event
            if (held := _ARRESTS_COUNTED.search(s)) and _crowd_count(held.group("n")) and not re.search(r",\s+when\s", s) and not {
                    k for k, ms in cues.items() for m in ms if m.start() < held.end()} - {"strategic development", "statement", "background"}:
                continue  # "Police said on Thursday that 2,203 people had been arrested": a tally of arrests, no occurrence
                # (whatever unrest they were held in: "... for crimes during the protests"; not "224 people had been
                # detained since Thursday, when the prime minister announced ...": that act, told with its day)
            if _REPORT_TALLY.search(s) and not set(cues) - {"lethal", "statement", "background", "strategic development"}:
                continue  # "The United Nations said in a report in April that 3,498 civilians were killed in 2016": a monitor's count
            if _CASUALTIES_RECEIVED.search(s) and not set(cues) - {"lethal", "statement", "background"}:
                continue  # "MSF said the hospital had received 160 wounded between Friday and Sunday": a count, no act
            if _SPEECH_AHEAD.search(s) and not set(cues) - {"statement", "background"}:
                continue  # "... is due to give a televised speech on Sunday, his office said": a saying still to come
            if _WAR_TOTAL.match(s) and not set(cues) - {"lethal", "background"}:
                continue  # "Allied casualties over the summer exceeded 200,000": the sum of a season's dead, no act of a day
            if self.history and _DEFINES_TOPIC.match(s) and self.opening(i) and all(
                    parse_timex(v).precision in ("year", "decade") for t in txs if (v := calendar_value(t.value))):
                continue  # "The Falklands War was a ten-week undeclared war between Argentina and Britain in 1982": an
                # encyclopedia article's definition of its subject, the whole war in its year, no step of it
            if self.toll_said(i, s, cues):
                continue  # "... said on Thursday the death toll had risen to 90": the toll of the act told, no event
            quoted = self.official_quote(i, s, sent, txs, cues, previous)
            if quoted is not None:  # an official's words quoted in a paragraph of their own: what he said
                self.drafts.extend(quoted)
                previous, made_last = (quoted[-1], quoted) if quoted else (previous, made_last)
                continue
            if self.not_event(s, cues) and not _PATROL_ATTACKED.search(s) and \
                    all(_ends_at(_THE_BEFORE, s, c.start()) for c in cues.get("lethal", ())) and not _BODIES_FOUND.search(s):
                # (harm told is an event: "killed while on patrol"; "visited the wounded" is no harm). What an
                # official vows or warns there still is: "visited the wounded and vowed to pursue the attackers",
                # "told reporters the army would retake the town"
                said = {k: v for k, v in cues.items() if k != "lethal"}  # (all "the wounded", as checked)
                # (a date is the saying's when only its channel is no event: "called the attack 'state terrorism' at a
                # news conference on Tuesday night")
                channel = all(m.group().lower() in _CHANNELS for m in self.vocab.not_event_re.finditer(s)) \
                    and not _CONFERENCE_HELD.search(s)  # ("will hold a news conference on Thursday": no saying yet)
                made = self.statement(i, sent, s, said, txs) if channel or not any(
                    calendar_value(t.value) and not self.report_date(sent, t) and not _VISIT_DATE.search(
                        self.text, max(sent.start, t.start - 60), t.start) for t in txs) else []
                if not made and (part := self.clause_of_its_own(s, sent, txs)) is not None:
                    # the visit vetoes its own clause, not a coordinate one with a date and an act of its own ("... visited
                    # the president in Mogadishu, and after the defence minister and army chief both resigned last week"):
                    # that clause alone (the rest blanked, so that offsets stay the sentence's)
                    own = " " * part[0] + s[part[0]:]
                    made = self.dated(i, sent, own, part[1], self.vocab.cues.find(own))
                    for d in made:  # (told by that clause)
                        d.headline = self.headline(own, (d.timex_start, d.timex_end), sent, self.vocab.cues.find(own))
                self.drafts.extend(made)
                previous, made_last = (made[-1], made) if made else (previous, made_last)
                continue
            denied = self.denial(i, sent, s, txs)
            if denied is not None:  # (what it says about the attack is no detail of it: the attack stays `previous`)
                self.drafts.append(denied)
                continue
            claimed = self.claim(i, sent, s, txs)
            if claimed is not None:  # (nor is a claim of it: the attack stays `previous`)
                self.drafts.append(claimed)
                continue
            adjacent = previous if previous is not None and (previous.last == i - 1 or self.bridged(previous, i)) else None
            if adjacent is None and len(made_last) > 1:  # the sentence before went on with another clause's event
                adjacent = next((d for d in reversed(made_last) if d.last == i - 1), None)
            if adjacent is not None and len(made_last) > 1:
                adjacent = _closest(made_last, s)  # "X hit A on Sunday, since Y struck B on Friday. The drone ..."
            if adjacent is not None and adjacent.event_type in _VIOLENT_TYPES and _NO_HARM.match(s) and not cues \
                    and not any(calendar_value(t.value) for t in txs):
                extend(adjacent, i, sent, s)  # "No one was hurt.": none died (a sentence with no cue of its own)
                continue
            if adjacent is not None and adjacent.event_type in _VIOLENT_TYPES and _DIED_OF_WOUNDS.search(s) \
                    and not set(cues) - {"lethal", "background"}:
                extend(adjacent, i, sent, s)  # "A second soldier died of his wounds on Saturday": the act's toll, told later
                continue
            loss = self.own_loss(s, sent, txs, adjacent)
            if loss == "extend":
                extend(adjacent, i, sent, s)
                continue
            if loss == "drop":
                continue
            if adjacent is not None and adjacent.last == i - 1 and self.quotes_adjacent(s, sent, txs, adjacent):
                extend(adjacent, i, sent, s)  # '"We have withdrawn from Mogadishu," an Al Shabaab spokesman told Reuters'
                continue
            if adjacent is not None and self.reports_adjacent(s, sent, txs, cues, adjacent):
                extend(adjacent, i, sent, s)
                self.narrow_place(adjacent, s)
                adjacent.attribution = adjacent.attribution or self.attribution(i)
                continue
            timed = adjacent  # (of the last sentence's events, the one of the day whose hour this is: not "this week"'s)
            if adjacent is not None and len(made_last) > 1 and not self.clock_of(txs, adjacent):
                timed = next((d for d in made_last if d.last == adjacent.last and self.clock_of(txs, d)), adjacent)
            if timed is not None and timed.event_type in _VIOLENT_TYPES and self.clock_of(txs, timed) \
                    and not _CLAIMED_ON.search(s) \
                    and not set(cues) - set(_VIOLENT_TYPES) - {"background"} and not _FUTURE.search(s) and self.continues(
                    s, cues, self.sentences[timed.last].paragraph != sent.paragraph, timed):
                extend(timed, i, sent, s)  # "Gunfire and explosions were heard from around 5 a.m.": the hours of it
                self.narrow_place(timed, s)  # ("surrounded the village of Ogossagou at dawn": where, too)
                self.add_actors(timed, i, s)  # (and who: "12:30 PKT - The BLA claimed responsibility for the attacks")
                continue
            if txs and all(self.report_date(sent, t) or self.names_told_day(s, sent, t) for t in txs) and \
                    (counted := self.toll_of_last(i, s, previous, cues)) is not None:
                extend(counted, i, sent, s)  # "Security sources told Reuters on Wednesday that 70 people had been killed"
                continue
            if txs and all(t.type == "TIME" and not _DAY_NAMED.search(t.text) for t in txs) \
                    and (same_day := self.came_hours_after(i, sent, s)) is not None:
                # "The kidnapping came hours after a bomb ripped through a bus station during the morning rush hour": the
                # hours are the act's day's, not the last day the story mentioned
                self.drafts.append(same_day)
                previous, made_last = same_day, [same_day]
                continue
            said_at = self.hypothetical(s, cues)
            made = self.statement(i, sent, s, cues, txs, said_at) if said_at is not None else \
                self.dated(i, sent, s, txs, cues)
            if i in self._went_on:
                continue  # (its days now end the event before)
            if sent.start in self._said_after and made:
                # "Zelenskiy, who arrived in Canada on Monday ..., called the attack "pure terrorism"": the saying too,
                # on its own day (of publication, undated)
                subject, at = self._said_after.pop(sent.start)
                said = subject + " " + self.text[at:sent.end].strip()
                made = made + self.statement(i, sent, said, self.vocab.cues.find(said), [])
            if sent.start in self._responding and not any(d.timex_start is not None and d.timex_start < self._responding[sent.start]
                                                          for d in made):  # "Hezbollah fired rockets in response to a strike on Tuesday"
                # (not when the main clause has a date of its own: "The strike came six days after Iran launched ..., in retaliation for")
                main = self.text[sent.start:self._responding[sent.start]]
                made = self.undated(i, sent, main, self.vocab.cues.find(main), adjacent, acted=True) + made
            if sent.start in self._held_over and self.published is not None and \
                    not any(d.timex_start is not None and d.timex_start < self._held_over[sent.start] for d in made):
                main = self.text[sent.start:self._held_over[sent.start]].strip(" ,")
                if {"strategic development"} & set(self.vocab.cues.find(main)):  # (an arrest, a charge: a step of its own)
                    day = self.published.isoformat()
                    made = [self.make(i, sent, day, day, "", "no date phrase: news present, dated to the publication day",
                                      [], None, 0.4, phrase=main)] + made
            where = _WHERE_IT_HAPPENED.match(s) if adjacent is not None and not made else None
            if where and where.group("np3") and adjacent.event_type != "diplomacy":
                where = None  # (a venue is a diplomatic event's)
            if where:  # "The strike in the Saada province town of Dahyan came hours after ...": its place
                named = self.places_in(where.group("np") or where.group("np2") or where.group("np3"))
                adjacent.locations = list(dict.fromkeys(named + adjacent.locations))
            elif adjacent is not None and not made and not cues and adjacent.event_type in _VIOLENT_TYPES \
                    and not any(calendar_value(t.value) for t in txs) and (_SUBJECT_ANAPHOR.match(s) or _THE_VICTIMS.match(s)):
                # "... killed 43 farm workers in rice fields near Maiduguri. The workers had been hired to harvest
                # rice in the village of Koshobe": where its people were, when it was placed only near a town
                self.narrow_place(adjacent, s)
            if not made and cues and not any(calendar_value(t.value) and t.start not in self._remembered for t in txs):
                step = {"strategic development", "diplomacy", "statement"} & set(cues) and \
                    not set(cues) & set(_VIOLENT_TYPES) and self.timeline_day(i)  # "... Ruto deploys the army.": a step of its own
                if (same_day := self.came_hours_after(i, sent, s)) is not None:
                    self.drafts.append(same_day)
                    previous, made_last = same_day, [same_day]
                    continue
                if adjacent is not None and not step and self.continues(
                        s, cues, self.sentences[adjacent.last].paragraph != sent.paragraph, adjacent):
                    extend(adjacent, i, sent, s)
                    if not self.heard_only(s, cues):  # (where blasts were heard is not where they hit)
                        self.narrow_place(adjacent, s)
                    self.add_actors(adjacent, i, s)
                    continue
                cut = min((c for t in txs if (c := self._remembered.get(t.start)) is not None), default=sent.end)
                own = self.text[sent.start:cut]
                if sent.start in self._states:  # the subject's "deployed since 2020" is no tally of the event
                    a, b = (p - sent.start for p in self._states[sent.start])
                    own = own[:a] + " " * (b - a) + own[b:]
                if (counted := self.toll_of_last(i, s, previous, cues)) is not None:
                    extend(counted, i, sent, s)  # "He said four of the attackers had been killed.": that attack's
                    continue
                if _SOURCE_COUNTS.search(s) and self.counts_harm(s, cues) and not _ANAPHOR.search(s) \
                        and any(d.event_type in _VIOLENT_TYPES for d in self.drafts) and self.placed_before(i, s) is None:
                    continue  # "Karabakh officials say about 200 people were killed": a source's count of harm told
                    # elsewhere (no act it could join), with no day of its own: no occurrence either (not "... were
                    # killed in the strike on the station": the act named, told here first; nor one after a witness at
                    # a place: that place's act, see undated)
                made = self.undated(i, sent, own, cues, adjacent)
                if made and (told := self.other_version_of(i)) is not None:
                    for d in made:  # ("Pakistan's military gave a different account. Its spokesman said Indian shelling ...")
                        d.retells = told.first
                if made and self.only_dates_next(adjacent, i):
                    # "The attack began shortly after dawn on May 11. Hundreds of fighters stormed the camp ...":
                    # one event, told by the second sentence, dated by the first
                    self.drafts.remove(adjacent)
                    made[0].first, made[0].span_start = adjacent.first, adjacent.span_start
            if made and len(txs) > 1:
                made = made + self.second_statement(i, sent, s, txs, made)
            if not made and not any(calendar_value(t.value) and not self.report_date(sent, t) and not self.plan_date(sent, t)
                                    for t in txs):
                made = self.statement(i, sent, s, cues, txs)
                if not made:
                    made = self.entry_talks(i, sent, s, cues)
            elif not made and (said_on := [t for t in txs if self.saying_day(sent, t) or self.opening_saying(sent, t)]) \
                    and not finite_violent(s, cues):
                # "appealed for calm in a televised address on Wednesday, promising that those responsible for the
                # deaths earlier in the week would be punished": the saying, on its day (what it speaks of made none)
                made = self.statement(i, sent, s, cues, said_on)
            elif len(made) == 1 and adjacent is not None and (self.names_anaphor(s) or _SUBJECT_ANAPHOR.match(s) or
                                                               self.same_target(s, made[0], adjacent)) \
                    and (_near(adjacent, made[0]) or _report_compatible(made[0], adjacent)) \
                    and not _other_day(made[0], adjacent) and not self.other_country(made[0], adjacent) \
                    and not _NEW_OCCURRENCE.search(s) and not (_family(made[0].event_type) in ("violence", "demonstration")
                                                               and _family(made[0].event_type) != _family(adjacent.event_type)) \
                    and not (made[0].event_type == "diplomacy" and adjacent.event_type in _VIOLENT_TYPES) \
                    and not (made[0].event_type == "strategic development" and adjacent.event_type in _VIOLENT_TYPES
                             and (_DAY_NAMED.search(made[0].date_text) or re.search(_MONTH_NAME, made[0].date_text))) \
                    and not (made[0].event_type == "statement" and made[0].timex_start is not None
                             and (_CLAIM.search(s) or _CLAIMED_ON.search(s))) \
                    and not (made[0].event_type == adjacent.event_type == "statement" and made[0].actors
                             and not set(made[0].actors) & set(adjacent.actors)) \
                    and not (made[0].event_type == "statement" and made[0].timex_start is not None and made[0].actors
                             and adjacent.event_type in _VIOLENT_TYPES and not set(made[0].actors) & set(adjacent.actors)):
                # (nor is a dated claim of it, a statement of its own: "A commander of the Pakistani Taliban claimed
                # responsibility on Monday"; nor is another speaker's word on it: "An OLA spokesman denied the
                # accusation on Sunday. Prime Minister Abiy Ahmed condemned the attacks on Sunday"; nor, after an attack,
                # the dated word of one who took no part in it: "A U.S. air strike killed ... on Friday. Iran's Supreme
                # Leader Ayatollah Ali Khamenei vowed on Friday 'harsh revenge' for the killing")
                # (fighting told after an accusation or talks is no detail of them: "accused each other of breaching
                # the truce. The army said troops had opened fire ... and that clashes continued"; nor is a riot
                # after a curfew: "Morsi supporters torched churches ... after the raids"; nor talks after a strike: "drones
                # struck a mosque on Friday morning. The two countries' security chiefs signed a ceasefire late on Friday")
                # (nor a dated step of its own beside it: "Allawi, who declared a state of emergency on Sunday, gave the
                # final order for the attack")
                # "the raid, which took place late on Friday": a detail of the event just before
                extend(adjacent, i, sent, s, made[0])
                continue
            elif len(made) == 1 and self.detail_of(s, made[0], previous, i):
                extend(previous, i, sent, s, made[0])
                continue
            self.drafts.extend(made)
            if made:
                previous, made_last = made[-1], made
        merged = merge(self.drafts, lambda place: entities.place_country(place, self.vocab))
        rank = lambda n: entities.place_rank(n, self.vocab, self.known_places)  # noqa: E731
        for d in merged:  # most specific place first (a village before its province and country)
            d.locations = [n for n in d.locations if n not in self.people()]  # (what a clause's words found too)
            quarter = self.quarter_ranks(d)  # (a big city's own quarter right after the city: ACLED codes the city)
            quarter.update(self.holder_ranks(d))  # (nor before a place it holds: "Camargo, also in Tamaulipas")
            d.locations.sort(key=lambda n: (n != d.said_in, n != d.across, n in d.answered_at, quarter.get(n, rank(n))))
            if (town := self.named_next(d)) and d.said_in is None and d.event_type in _VIOLENT_TYPES:
                d.locations = [town, *d.locations]  # ("captured a sixth provincial capital" + "Aybak, the capital of ...")
            elif (town := self.town_of_quarter(d)) and d.said_in is None:
                d.locations = [town, *d.locations]  # ("exploded in the Madina district" of the story's Mogadishu)
            if (country := self.detail_spreads(d)) and d.said_in in (None, country):
                d.locations = [country, *(n for n in d.locations if n != country)]  # (a detail: "hit Jermuk, Goris and Kapan")
        for d, nxt in zip(merged, merged[1:]):
            # a lede placed only in part of a country ("gunmen stormed a campus in northeast Kenya on
            # Thursday") whose next sentence tells the same day's violence in one of its towns: that town
            if d.locations and rank(d.locations[0]) >= 3 and nxt.locations and rank(nxt.locations[0]) < 2 \
                    and nxt.date_start == d.date_start and nxt.first <= d.last + 2 \
                    and d.event_type in _VIOLENT_TYPES and nxt.event_type in _VIOLENT_TYPES \
                    and self.vocab.places.get(nxt.locations[0]) == self.vocab.places.get(d.locations[0]) is not None \
                    and re.search(rf"\b(?:north|south|east|west|central)\w*\s+{re.escape(d.locations[0])}\b",
                                  self.text[self.sentences[d.first].start:self.sentences[d.last].end], re.I):
                d.locations = [nxt.locations[0], *d.locations]
            # a lede placed only by its dateline ("JAMMU, India - militants opened fire on a bus in Indian Kashmir")
            # whose next sentence tells the same day's violence in a town or district of that country ("The bus was
            # travelling to the town of Katra in Reasi district when gunmen fired at it"): there, not where it was filed
            elif d.locations and d.locations[0] == self.dateline_lede(d.first) \
                    and nxt.date_start == d.date_start and nxt.first <= d.last + 2 \
                    and d.event_type in _VIOLENT_TYPES and nxt.event_type in _VIOLENT_TYPES \
                    and (told := self.text[self.sentences[nxt.first].start:self.sentences[nxt.first].end]) \
                    and (there := next((p for p in nxt.locations if rank(p) < 2 and p != d.locations[0] and p in told
                                        and not entities.route_end(told, p)), None)) \
                    and self.vocab.places.get(there, self.vocab.places.get(d.locations[0])) \
                    == self.vocab.places.get(d.locations[0]) is not None \
                    and not any(rank(p) < 2 for p in self.places_in(  # (not "in Madagascar's capital": the dateline's city)
                        self.text[self.sentences[d.first].start:self.sentences[d.first].end])):
                d.locations = [there, *d.locations]  # (not where the journey was bound: "to the town of Katra")
        for d in merged:
            if d.event_type in _ATTACK_TYPES and not set(d.actors) - _NOT_PARTIES:
                # "Shelling killed two children": the attacker is not named. ACLED (and the gold) codes
                # it as an unidentified armed group, so the chronology keeps a side to sort and filter on
                d.actors = [UNIDENTIFIED, *d.actors]
            if d.event_type == "riot":  # the crowd that torches and loots is ACLED's Rioters, not Protesters
                d.actors = list(dict.fromkeys("rioters" if a == "protesters" else a for a in d.actors))
            if d.date_start.endswith("-WE") and d.date_end == d.date_start:
                # "over the weekend": a chronology sorts and shows the two days, Saturday to Sunday
                weekend = parse_timex(d.date_start)
                d.date_start, d.date_end, d.precision = weekend.first.isoformat(), weekend.last.isoformat(), "range"
        return merged

    def opening(self, i: int) -> bool:
        """Sentence i is the text's first of the body (an article's lead)."""
        return not any(x.kind == "body" for x in self.sentences[:i])

    def not_event(self, s: str, cues: dict) -> bool:
        """Words that make a sentence no event of its own ("visited", "patrolled", "declined to comment");
        the channel of a report ("told reporters", "at a news conference") only when nothing violent is
        told as done through it ("Jets struck a camp in Balakot on Tuesday, an official told reporters")."""
        # (not inside a cue, "began patrolling", nor a source: "in a statement published on ...")
        told = [(m.begin, m.stop) for k, ms in cues.items() if k != "background" for m in ms] + [m.span() for m in _MEDIUM.finditer(s)]
        # (nor "inspectors", people who may arrive or be expelled, as "went to inspect the damage" is only a visit)
        found = [m for m in self.vocab.not_event_re.finditer(s) if not any(a <= m.start() and m.end() <= b for a, b in told)
                 and not m.group().lower().startswith("inspector")]
        # (nor what an act set off, told after it: "Hamas fired a barrage of rockets at Tel Aviv, setting off air raid
        # sirens in central Israel": the sirens are the barrage's echo, not the sentence's only news)
        if found and (echo := _SET_OFF.search(s)) and any(m.start() < echo.start() for t in _VIOLENT_TYPES for m in cues.get(t, ())):
            found = [m for m in found if m.start() < echo.start()]
        # (nor a word of what was said: "Uribe said on Monday his government would ask the court to charge Chavez with
        # funding the rebels" is a saying, whatever it speaks of)
        said = _SAID_ON_DAY.search(s)
        found = [m for m in found if said is None or m.start() < said.end() or m.group().lower() in _CHANNELS]
        violent = [m.start() for t in _VIOLENT_TYPES for m in cues.get(t, ())]
        # (the channel after what was done: "..., an official told reporters"; not "told a news conference
        # on Sunday that 194 fighters had been killed", Sunday's saying)
        if "its" in s and (mark := _MILESTONE.search(s)) and (not set(cues) - {"background"} or not finite_violent(s, cues) and all(
                m.start() < mark.start() for k, ms in cues.items() if k != "background" for m in ms)):
            return True  # "Sudan's war ... entered its second year on Monday": an anniversary, nothing done that day
            # (so is "Fighting between troops and rebels ... entered its fifth day on Friday": the fighting goes on)
        # (nor before it, when what was said there follows: "told a news conference on Sunday that troops had
        # recaptured the village", "Speaking at a news conference on Monday, the spokesman said troops had ...")
        return bool(found) and not (all(m.group().lower() in _CHANNELS and violent and (
            m.start() > min(violent) or _SAID_THAT.search(s, m.end(), max(violent)) or _PERFECT_AUX.search(s, m.end(), max(violent)))
            for m in found) and finite_violent(s, cues))

    def clause_of_its_own(self, s: str, sent: Sentence, txs) -> tuple[int, list] | None:
        """Where the last coordinate clause (after ", and" or ";") of a sentence a not-event word vetoes starts, and its
        timexes, when that clause has none of those words, a calendar date and a cue of an act (not a saying) of its own."""
        cut = max(s.rfind(", and "), s.rfind("; "))
        if cut < 0:
            return None
        part = s[cut:]
        own = [t for t in txs if t.start - sent.start > cut and calendar_value(t.value)]
        if not own or self.vocab.not_event_re.search(part) or not set(self.vocab.cues.find(part)) - {"statement", "background", "lethal"}:
            return None
        return cut + 2, own

    def only_anaphoric(self, s: str, cues: dict) -> bool:
        # ("the shelling stopped on Friday", "the fighting continued": a phase of the event, told on its own day)
        spans = [m.span() for m in _ANAPHOR.finditer(s) if not _PHASE_AFTER.match(s, m.end())]
        violent = [m for t in _VIOLENT_TYPES for m in cues.get(t, ())]
        return bool(spans) and bool(violent) and not finite_violent(s, cues) and \
            all(any(a <= m.start() < b for a, b in spans) for m in violent)

    def running_tally(self, s: str, cues: dict, t, before: str, after: str, sent: Sentence, txs) -> bool:
        """Only harm counted since some point, with no one named who did it ("At least 100 people have been
        killed and nearly 1,000 wounded since Sunday", "Since February, more than 150,000 people have fled"):
        a running tally, no occurrence, whether t is the tally's start or the hour a live blog posted it.
        Not a date right after "since" that opens an event ("since December, when government forces
        launched an offensive"), nor a "since" clause with a date of its own ("since the offensive began on July 8")."""
        if _SINCE.search(before) and _COUNTED_ON_RECORD.search(s) and not re.match(r"\s*,?\s*when\b", after):
            return True  # "Since 1 January, at least 60 attacks on health care have been verified": a monitor's count
        harm = _AGENTLESS_PERFECT_HARM.search(s)
        if not harm or "since" not in s.lower():
            return False
        at = t.end - sent.start
        if harm.start() >= at and re.search(r"[;,]\s+and\s|;", s[at:harm.start()]) and not _AGENTLESS_PERFECT_HARM.search(s, 0, at):
            return False  # "has waged an insurgency since 1984, and tens of thousands have been killed": the harm is a
            # clause of its own after the date, which dates the clause before it
        told = set(cues) - {"background", "statement"}
        if not told <= {"lethal", "strategic development"} or \
                not all(_DISPLACED.match(m.group()) for m in cues.get("strategic development", ())):
            return False
        if _SINCE.search(before):
            return not re.match(r"\s*,?\s*when\b", after)
        # a live blog's stamp, the sentence's only date: the hour the tally was posted
        return t.start - sent.start <= 1 and _ENTRY_STAMP.match(self.text, sent.start) is not None and \
            sum(1 for x in txs if calendar_value(x.value)) == 1

    def without_naming_years(self, txs: list) -> list:
        """Leave out a year that names a thing ("scrapped the 2015 peace deal", "The 2015 truce
        collapsed on Monday"): it dates no event of the sentence."""
        years = [t for t in txs if len(t.text) == 4 and t.text.isdigit()]
        if not years:
            return txs
        beside = sum(1 for t in txs if calendar_value(t.value)) > 1
        drop = {id(t) for t in years if naming_year(self.text, t.start, t.end, beside)}
        return [t for t in txs if id(t) not in drop] if drop else txs

    def misread(self, value: str, s: str) -> bool:
        """A date after the publication day in a sentence that looks to no future: a misreading (or a name)."""
        return bool(self.published) and parse_timex(value).first > self.published and not _FUTURE.search(s) \
            and not re.search(r"\b(?:next|upcoming|coming|due|run-up|ahead\s+of|set\s+to|expected|scheduled)\b", s, re.I)

    def dated(self, i: int, sent: Sentence, s: str, txs, cues) -> list[Draft]:
        out = []
        skip = set()
        asides = set()  # the starts of dates of a relative clause's state, not of the sentence's event
        restated = set()  # the starts of dates the next date says again
        told_toll = False  # a report's date was passed over for the act's own, later in the sentence
        # (dates no reading of the sentence can hold: "Gunmen burst into a Christmas party ... early Sunday", told
        # on the Monday before Christmas, is no second date beside Sunday's)
        misreadings = {x.start for x in txs if (v := calendar_value(x.value)) and self.misread(v, s)}
        # "In January, a bomb exploded during a Sunday service": a weekday told with "a" in a sentence that names the
        # month (or year) it falls in is some such day of it, not the one the publication day reads it as
        coarse = [p for x in txs if (v := calendar_value(x.value)) and (p := parse_timex(v)).precision in ("month", "year")]
        some_weekday = {x.start for x in txs if coarse and (v := calendar_value(x.value)) and _SOME_WEEKDAY.search(
            self.text, max(sent.start, x.start - 12), x.end) and not any(p.first <= parse_timex(v).first <= p.last for p in coarse)}
        misreadings |= some_weekday  # (no second date beside the month's either)
        for k, t in enumerate(txs):
            if k and _DECIDED_TO_HOLD.search(self.text, sent.start, t.start) and \
                    any(calendar_value(x.value) and not self.hour_of(x, txs) for x in txs[:k]):
                asides.add(t.start)  # "Later on Thursday, parliament voted to hold a referendum ... on May 25":
                # the day set for it; the vote is the event, on its own day
        for k, t in enumerate(txs):
            if k in skip:
                continue
            # the words next to the date (bounded: a huge sentence full of dates stays linear)
            before = self.text[max(sent.start, t.start - _BEFORE_REACH):t.start]
            after = self.text[t.end:min(sent.end, t.end + _BEFORE_REACH)]
            if t.type == "DURATION":
                d = self.duration_event(i, sent, s, t, txs, before, after, cues)
                if d and d.framed and any(x.start >= t.end and (v := calendar_value(x.value)) and not self.hour_of(x, txs)
                                          and (v.startswith(d.date_start) or d.date_start.startswith(v)) for x in txs[k + 1:]):
                    continue  # "just over a year after the deadliest operation on record, ... on May 6, 2021": that
                    # event's own date follows, and dates it exactly
                if d:
                    out.append(d)
                continue
            start = self.day_of(t)
            if _SAME_DAY.fullmatch(t.text) and (told := self.last_act_day(i)) is not None and told.date_start != start:
                # "... killed 71 soldiers ... on Tuesday, the defence ministry said on Wednesday. ... The same day, a French
                # drone strike killed seven militants": the day of the act just told, not of its report
                start = told.date_start
            called = self.called_for_day(t, before)
            if called:
                start = called
            entry = self.timeline_entry(sent, txs) if k == 0 else None   # where a timeline entry's words begin
            if entry is not None:
                self._entry_lines.add(i)
                start = self.entry_date(t, start)
            if start is None or not (entry is not None or self.is_eventful(cues, s)) or self.hour_of(t, txs):
                continue
            if self.plan_date(sent, t) or _planned_aside(s, t.start - sent.start):
                continue  # "announced that Georgia would not seek talks until 2028": what was announced, not when
            if self.published and not self.history and not set(cues) & {*_ARMED_TYPES, "lethal"} and (
                    _PLAN_FOR_DAY.search(before) and (_PLAN_UNDONE_AFTER.match(after) or _UNDONE_PLAN_BEFORE.search(before))
                    or SUMMONED_TO_BEFORE.search(before) and parse_timex(start).first >= self.published):
                # "Talks, which were due to resume on 2 September, have been postponed", "summoned the ministers to a
                # meeting on Monday": the day names what was postponed or called, the act is not then; it is dated by
                # the sentence's other date ("were postponed on Sunday"), else told on the day of publication
                # (not "... called off after gunmen attacked")
                if not any(x is not t and calendar_value(x.value) and not self.hour_of(x, txs) for x in txs):
                    day = self.published.isoformat()
                    # (a crowd's action called off is no protest: the calling off is a step)
                    out.append(self.make(i, sent, day, day, "", "a plan's day names what was postponed or called, not the act; "
                                         "the act has no date phrase: dated to the publication day", [], None, 0.4,
                                         kind="strategic development" if set(cues) & {"protest", "riot"} else ""))
                continue
            if (named := _DAYS_THING.match(after)) and not self.vocab.cues.find(named.group("noun")) and len(txs) > 1:
                continue  # "declared him the winner of Saturday's election": the day names a thing no cue tells, no act
            if t.start in asides or t.start in some_weekday:
                continue
            dead_of = _DEAD_OF_BEFORE.search(before)
            if dead_of and (main := self.text[sent.start:t.start - len(before) + dead_of.start()]) and \
                    finite_violent(main, self.vocab.cues.find(main)):
                # "One blast struck near a funeral for people killed the day before": the day of their deaths,
                # not of the blast (undated: the day of the story just told)
                self._remembered[t.start] = None
                continue
            crowd = [m for k_ in ("protest", "riot") for m in cues.get(k_, ())  # (what the crowd does, not who it is)
                     if not re.match(r"(?:protesters?|demonstrators?|rioters?)\b", m.group(), re.I)]
            if crowd and not set(cues) - {"protest", "riot", "statement", "background"} and \
                    all(_ends_at(_CROWD_TO_COME, s, m.start()) for m in crowd):
                continue  # "Protesters said they would return to the streets on Thursday": a protest still to come
            if set(cues) - {"background"} == {"strategic development"} and (_DISPLACED_SO_FAR.search(s) or _CROWD_FLED.search(s) and _OVER_DAYS.search(s)) \
                    and all(_DISPLACED.match(m.group()) for m in cues["strategic development"]):
                continue  # "more than 100,000 people have fled their homes since January": a humanitarian tally
            if _IN_SEPARATE.search(s) and parse_timex(start).precision not in ("day", "range"):
                continue  # "at least four people killed in separate incidents this week": a roundup's sum of what it tells
            latest = _LATEST_OF.search(s) if "latest" in s or "deadliest" in s or "worst" in s else None
            if latest is not None and t.start - sent.start >= latest.start() and len(txs) > 1:
                continue  # "..., the latest of dozens of such detentions this year": the series' date, not this one's
            if _NTH_OF_SERIES.search(before):
                continue  # "was the seventh mayor killed in Mexico this year": a series counted over the period, no act of it
            if "since" in before and _FIRST_SINCE.search(before) and not re.match(r"\s*,?\s*when\b", after):
                continue  # "the first shooting incident on the line since 2023": a yardstick (not "since X, when ...")
            began = _SINCE_IT_BEGAN.search(before) if "since" in before else None
            if began:  # "the deadliest day of unrest since protests over the death of a young woman began two weeks
                # ago": the start the yardstick counts from, background, not the day's deadly act again
                out.append(self.make(i, sent, start, None, "since " + t.text, t.reason, t.alternatives, (t.start, t.end), 0.6,
                                     phrase=began.group("clause") + " " + t.text, kind="context"))
                continue
            act = _SINCE_AN_ACT.search(before) if "since" in before and not began else None
            if act and _finite_word_in(act.group("clause").split()):
                # "the first suicide bombing in the capital since Islamist-led forces toppled president Bashar al-Assad
                # in December": the act the yardstick counts from, an event of its own kind, not the bombing again
                out.append(self.make(i, sent, start, start, t.text, t.reason, t.alternatives, (t.start, t.end), 0.6,
                                     phrase=act.group("clause") + t.text))
                continue
            if re.match(r"\s*No\s", s) and set(cues) - {"background"} and all(
                    _ends_at(_NEGATED, s, m.start()) or _NO_SUBJECT_VERB.match(s, 0, m.start())
                    for k, ms in cues.items() if k != "background" for m in ms):
                continue  # "No arrests had been made by Monday evening", "No peace treaty was ever signed": nothing done
            if re.search(r"\bby\s+(?:the\s+end\s+of\s+)?$", before, re.I) and _HAD_DIED.search(s, t.end - sent.start) \
                    and set(cues) - {"background", "statement"} <= {"lethal"}:
                continue  # "By 2005, the United Nations estimated that 180,000 people had died": a toll up to then
            if _ARREST_TALLY.search(s) and not re.search(r",\s+when\s", s):
                continue  # "1,200 suspected gang members had been detained since the start of the year": a tally
                # (not "224 people had been detained since Thursday, when the prime minister announced ...")
            if _COMPARED_TO.search(before):
                continue  # "far below its peak of the mid-2000s", "up from 2019": a yardstick, not an occurrence
            if _PERFECT_TOLL.search(s) and _PAST_N.search(before) and re.search(r"\b(?:past|last|recent)\b", t.text, re.I) \
                    and set(cues) - {"background"} <= {"lethal"}:
                continue  # "the ADF has killed thousands of civilians over the past decade": a running toll, no start
            if _tally_over_days(s, cues):
                continue  # "At least 27 children have been killed in the past three days, UNICEF said on Monday": the day it was told
            if re.match(r"\s+alone\b", after) and set(cues) - {"background", "statement"} <= {"lethal"}:
                continue  # "More than 1,190 people were killed in January alone": a count over the month, no one act
            if (upd := _TOLL_UPDATE.search(s)) and _ROSE_TO_ON.fullmatch(s, upd.end(), t.start - sent.start) and any(
                    calendar_value(x.value) and upd.start() <= x.start - sent.start < upd.end() for x in txs):
                continue  # "The death toll from a suicide truck bombing in Karrada on Sunday rose to 250 on Tuesday": the
                # day the count rose is no occurrence; the act is Sunday's
            if _SINCE_BARE.search(before) and not re.match(r"\s*,?\s*when\b", after) and \
                    re.search(r"\b(?:has|have|had)\b", s[:t.start - sent.start]) and _ACTS_COUNTED.search(s, 0, t.start - sent.start):
                continue  # "Mali has had two coups since August 2020": a count from that date (not "since December, when
                # government forces launched an offensive", nor "since the civil war began in 2011", its start)
            if _YEAR_SO_FAR.fullmatch(t.text) and (_SINCE.search(before) or re.search(r"\bso\s+far\s+$", before, re.I)) \
                    and _COUNTED_SO_FAR.search(s):
                continue  # "at least 1,000 people have been killed ... since the start of the year": a tally from the
                # calendar's turn, where no occurrence began ("so far this year", "Since the beginning of 2025, at least
                # 10 attacks ... have been recorded")
            if self.running_tally(s, cues, t, before, after, sent, txs):
                continue  # "At least 100 people have been killed since Sunday", "17:30 - ... have been killed since the unrest began"
            if _TREND.search(s) and (_PAST_N.search(before) and re.search(r"\b(?:past|last|recent)\b", t.text, re.I)
                                     or re.fullmatch(r"this\s+(?:year|month|week)", t.text, re.I)
                                     or _SINCE.search(before) and _TREND.search(s, 0, t.start - sent.start)
                                     and not _ACT_NAMED_AFTER.match(after)):
                continue  # "Separatist violence has risen sharply over the past year": a trend, not an occurrence
                # (as is "The group has stepped up attacks on civilians this year", "Kyiv has stepped up drone
                # attacks since the summer"; not "... since the NATO combat mission ended in December", that end's day,
                # nor "the death toll from the war since October 7 has risen to 40,005", the war's first day)
            if set(cues) - {"background"} == {"lethal"} and \
                    all(_ends_at(_NEGATED, s, m.start()) for m in cues["lethal"]):
                continue  # "The crew put out the fire on Saturday and no injuries were reported": no harm, no event
            if out and _WENT_ON_UNTIL.search(before):
                went_on = parse_timex(start)
                last = out[-1]
                if last.date_end == last.date_start and parse_timex(last.date_start).precision == "day" and \
                        (went_on.precision == "day" or t.value.endswith("-WE")) and \
                        1 <= (went_on.last - parse_timex(last.date_start).first).days <= 7:
                    last.date_end = went_on.last.isoformat()  # "attacked the town on Wednesday ..., and fighting
                    # continued into the weekend": to the weekend's end (a coarser end, "until March", is left untold)
                    last.date_reason += f"; to {last.date_end}: the sentence tells it went on until {t.text}"
                continue  # "fell on 19 January 1995, but fighting in the city continued until March": its length
            if not out and _WENT_ON_UNTIL.search(before) and _SUBJECT_ANAPHOR.match(s) and self.drafts \
                    and (last := self.drafts[-1]).last == i - 1 and last.event_type in _VIOLENT_TYPES \
                    and last.date_end == last.date_start and parse_timex(last.date_start).precision == "day" \
                    and parse_timex(start).precision == "day" \
                    and 1 <= (parse_timex(start).first - parse_timex(last.date_start).first).days <= 7:
                # "... swept into Axum, killing young men in the streets. Witnesses said the killings went on until the
                # following evening": how long the violence just told lasted, no event of its own
                last.date_end = start
                last.date_reason += f"; to {start}: the next sentence tells it went on until {t.text}"
                extend(last, i, sent, s)
                self._went_on.add(i)
                continue
            if len([x for x in txs if calendar_value(x.value)]) == 1 and self.ended_last(i, sent, s, start, before):
                continue  # "seized a hospital on 14 June. ... before the siege ended on 19 June": its end
            if k and (pv := calendar_value(txs[k - 1].value)) and pv != start and pv.startswith(start) \
                    and re.fullmatch(r"[\s,]*", self.text[txs[k - 1].end:t.start]):
                continue  # "on Nov. 16 that year": the year of the day just given, no second date
            if t.anchor != "absolute" and k + 1 < len(txs) and calendar_value(txs[k + 1].value) \
                    and RESTATES.fullmatch(self.text, t.end, txs[k + 1].start) and not self.hour_of(txs[k + 1], txs):
                restated.add(t.start)  # (one date told twice: "on Friday, the fourth day of ..." is no second date)
                continue  # "a week earlier, on 21 January": the date that follows says it exactly
                # (not "Wednesday, 08:30 - ...": the hour of the day, which dates nothing by itself)
            set_against = _CAME_SET_AGAINST.search(before)
            set_against = set_against if set_against and self.only_anaphoric(s, cues) \
                and set(self.vocab.cues.find(before[set_against.end():])) - {"background"} else None
            if self.only_anaphoric(s, cues) and not {"background", "statement", "diplomacy"} & set(cues) and not _SINCE.search(before) \
                    and not set_against and not _finite_step(s, cues) and not ((claim := _CLAIMED_ON.search(s)) and self.drafts and (all(
                        d.date_start != start for d in self.drafts[-3:] if d.event_type in _VIOLENT_TYPES)
                        or _IN_A_SAYING.search(claim.group()))):
                # (a claim on another day than the attack's is the claim's: "claimed responsibility for the attack on
                # Saturday" after Friday's attack, even with Saturday's arrests told between; on the attack's own day,
                # "the attack on Friday night" may be its day, but not the day of the statement it was made in:
                # "claimed responsibility for the attack in a statement on its Amaq news agency late on Sunday")
                continue  # "conflicting accounts of the fighting on Monday": about an event, not one (talks about it
                # are, and so are steps taken: "police arrested five people suspected of involvement in the attack")
            end: str | None = start
            date_text, tx_span = t.text, (t.start, t.end)
            # "Thursday to Friday", "between 14 and 15 September": a stated range
            if k + 1 < len(txs):
                nxt = txs[k + 1]
                join = self.text[t.end:nxt.start]
                nv = self.day_of(nxt)
                if nv and (_RANGE_JOIN.match(join) and (join.replace(",", " ").strip().lower() != "and" or _BETWEEN.search(before)
                                                        or _consecutive_days(start, nv) and not _ACTS_EACH_YEAR.search(before))
                           or _UNTIL_JOIN.match(join)
                           or _SPREAD_JOIN.match(join) and parse_timex(start).precision == parse_timex(nv).precision == "day"
                           and (parse_timex(nv).first - parse_timex(start).first).days <= 7):
                    if parse_timex(nv).first >= parse_timex(start).first:
                        end, date_text, tx_span = nv, self.text[t.start:nxt.end], (t.start, nxt.end)
                        skip.add(k + 1)
            if end == start and t.text.lower() == "overnight" and t.value.endswith("TNI"):
                # a bare "overnight" ("Ukraine launched its biggest drone attack on Moscow overnight"): that night,
                # from one day into the next
                end = (parse_timex(start).first + dt.timedelta(days=1)).isoformat()
            if _SINCE.search(before) and re.match(r"['\u2019]s\s", after) and _PERFECT_TOLL.search(s):
                continue  # "More than 900 Israelis have been killed since Saturday's attack": a toll counted since the
                # act its day names, told already, no occurrence of its own
            if _SINCE.search(before) and not (re.match(r"\s*,?\s*when\b", after) and (
                    _FIRST_SINCE.search(before) or set(self.vocab.cues.find(after)) - {"background"}
                    and set(self.vocab.cues.find(self.text[sent.start:t.start])) <= {"background"})):
                # ("the deadliest in Rio since October 28, 2025, when an operation left 121 dead": that day's event;
                # "Tensions have been high since early May, when soldiers brawled at Pangong Lake": the brawl's,
                # as nothing else happens before "since"; not "has been gripped by violence since 2015, when ...")
                mod, verb = _SUBJECT_SINCE.search(before), _MAIN_VERB_AFTER.match(after)
                if mod is not None and verb is not None:
                    # "peacekeepers deployed since a 2020 ceasefire left the region": the subject's state
                    # since then; the sentence's event is its main verb's, undated here
                    self._remembered[t.start] = None
                    self._states[sent.start] = (t.start - len(before) + mod.start("since"), t.end + verb.start("verb"))
                    continue
                rel = _RELATIVE_TO_HERE.search(before)
                if rel is not None:  # "fired tear gas at protesters ..., where police had blocked roads since Sunday"
                    main = self.text[sent.start:t.start - len(before) + rel.start()]
                    if finite_violent(main, self.vocab.cues.find(main)):
                        self._remembered[t.start] = sent.start + len(main)  # a state, not the event's date
                        continue
                    if re.match(r"\s*,", after) and set(self.vocab.cues.find(after)) & set(_VIOLENT_TYPES) and \
                            any(calendar_value(x.value) for x in txs[k + 1:]):
                        asides.add(t.start)
                        continue  # "In Sanaa, which the Houthis have held since September, warplanes bombed a
                        # base on Thursday": the clause tells the city's state; the main clause has its own date
                        # (also when it goes on: "where guests had been trapped since Wednesday night,
                        # commandos were still hunting the last militants late on Friday")
                    if not self.vocab.cues.find(before[rel.start():]):
                        self._remembered[t.start] = sent.start + len(main)
                        continue  # "the oil industry, which has expanded rapidly since 2000": a state no cue tells
                end = None
                date_text = "since " + date_text
            claim = _CLAIMED_ON.search(s) if "claimed" in s else None
            # (the day a claim was made is its own, no report of the act: "JNIM claimed in a statement on Sunday that
            # it had killed 300"; the date may hold the "late" the claim's words end with: "late Friday")
            claimed_that_day = claim is not None and claim.end() - len("late ") <= t.start - sent.start <= claim.end()
            if t.anchor in _REPORT_ANCHORS and end == start and not claimed_that_day and (self.day_of_saying(sent, t) or (
                    _REPORT_BEFORE.search(before) and not self.spoken_step(sent, t) and (_REPORT_AFTER.match(after) or (
                        _REPORTED_CLAUSE.match(after) and any(calendar_value(x.value) for x in txs[k + 1:]))))) \
                    and not self.step_told(s, t.end - sent.start, after, cues):
                # the date of a statement; the occurrence it reports may be mentioned elsewhere (a violent
                # act, or a step taken: "said on Tuesday that border guards had detained four citizens")
                yardstick = _CLOSING_YARDSTICK.search(s, t.end - sent.start)
                own, own_cues = (s[:yardstick.start()], self.vocab.cues.find(s[:yardstick.start()])) if yardstick else (s, cues)
                act_dated_later = any((v := calendar_value(x.value)) and not self.report_date(sent, x) and x.type != "DURATION"
                                      and v[:10] != start[:10] and parse_timex(v).precision in ("day", "week", "month")
                                      and not re.search(r"\b(?:since|until|till|by)\s+$", self.text[max(sent.start, x.start - 12):x.start])
                                      and not self.plan_date(sent, x) and not _SAYING.search(self.text, t.end, x.start)
                                      and (self.published is None or parse_timex(v).first <= self.published)
                                      for x in txs[k + 1:] if x.start < sent.start + len(own))
                if out or not (finite_violent(own, own_cues) or _finite_step(own, own_cues)) \
                        or _TALLY.search(_LATEST_OF.sub("", _ASIDE.sub(",", own))) or act_dated_later:
                    # ("said on Saturday they had killed dozens of Wagner mercenaries ... this week": the act's own
                    # date, told after the saying's, dates it, and the toll the saying tells is that act's)
                    told_toll = told_toll or act_dated_later
                    # ("recaptured Kherson, the only regional capital Russia had seized since its invasion, ...": the
                    # aside's "since" counts nothing the sentence tells; nor does a closing yardstick's, "..., the
                    # deadliest attack in the country since jihadists began staging raids in 2015")
                    continue
                earlier = self.same_occurrence(s)
                if earlier is not None and earlier.date_end is not None and not self.names(s, self.places_in(s)) & earlier.names \
                        and (parse_timex(start).first - parse_timex(earlier.date_end).last).days > _REPORT_LAG_DAYS:
                    earlier = None  # "said on Sunday that troops had advanced around Bakhmut", weeks after Bakhmut's
                    # capture was told: a report of what was done lately there, not that act told again (unless it
                    # names who it was done to: "... days after a sniper killed Dr. Barnett Slepian", told last month)
                if earlier is not None:
                    d = self.make(i, sent, earlier.date_start, earlier.date_end, earlier.date_text,
                                  "same occurrence as an earlier sentence: " + earlier.date_reason,
                                  earlier.date_alternatives, None, 0.5)
                    d.retells = earlier.first  # (a report of that act, by a witness, its attackers or its target: one event)
                    if not _THE_ATTACKERS.search(s):  # (a place in another country is what else the report speaks of:
                        # "ordered the strikes [on Sudan] after ... bomb attacks in capitals of Kenya and Tanzania")
                        country = lambda p: entities.place_country(p, self.vocab) or p  # noqa: E731
                        home = {country(p) for p in earlier.locations}
                        d.locations = [p for p in d.locations if entities.place_country(p, self.vocab) is None or country(p) in home]
                else:
                    d = self.make(i, sent, start, end, date_text, t.reason + "; the date of the report",
                                  t.alternatives, tx_span, 0.5, report=True, phrase=own if yardstick else "")
                    d.framed = bool(yardstick)  # (the yardstick's own event, dated apart, is another occurrence)
                out.append(d)
                continue
            if self.followed(s, t.end - sent.start, end == start):
                # "Kenya mourned on Friday after al-Shabab gunmen stormed a university": Friday dates the mourning,
                # the attack came before it (dated, like a report's act, by a sentence that tells its day)
                earlier = self.same_occurrence(s)
                out.append(self.make(i, sent, earlier.date_start, earlier.date_end, earlier.date_text,
                                     "same occurrence as an earlier sentence: " + earlier.date_reason,
                                     earlier.date_alternatives, None, 0.5) if earlier is not None else
                           self.make(i, sent, start, end, date_text, t.reason + "; the date of what followed the event",
                                     t.alternatives, tx_span, 0.5, report=True))
                continue
            reason = t.reason if start == calendar_value(t.value) or not _SAME_DAY.fullmatch(t.text) else \
                f"the same day as the act told just before ({start})"
            if end == start and parse_timex(start).precision == "day" and (lasted := self.length_told(sent, txs, k)):
                end, reason = lasted, f"{t.reason}; to {lasted}: the sentence tells it went on past that day"
            if not called and self.misread(start, s):
                continue  # a later date in a past-tense report is a misreading (or a name: "the Sept. 11 attacks")
            ahead = parse_timex(start)
            # (a day ahead that only the background's words go with is none either: "Colombians will march against
            # violence on Sunday")
            if self.published and not self.history and (set(cues) & _FORECAST_TYPES or set(cues) == {"background"}) and \
                    set(cues) <= _FORECAST_TYPES | {"background"} and (ahead.first > self.published or (
                        re.search(r"\bby\s+$", before, re.I) and ahead.last > self.published and _FUTURE.search(s))):
                continue  # "analysts expect continued fighting next week": a forecast; only talks and votes are scheduled
                # (so is a deadline still ahead: "plan to launch an offensive to retake it by the end of the year")
            alts = [a for a in (calendar_value(x) for x in t.alternatives) if a and a != start]
            if _ANNIVERSARY.search(before):
                self._remembered[t.start] = None  # not the event's date: the sentence is undated
                continue
            if self.text[t.end:t.end + 2] in ("'s", "\u2019s") and parse_timex(start).precision not in ("day", "week", "range", "month") \
                    and any(x is not t and (v := calendar_value(x.value)) and parse_timex(v).precision == "day"
                            and not self.hour_of(x, txs) for x in txs):
                continue  # "sentenced X on Tuesday over last summer's unrest": the cause the day's act answers, named
                # only by its season or year (a month's, "retaliation for last month's massacre", is still filed)
            if parse_timex(start).precision in ("decade", "century") and _relative_clause_at(s, t.start - sent.start):
                continue  # "The ADF, which began as a Ugandan rebellion in the 1990s, pledged ...": an aside on a party's past
            if _DECADES_AGO_ABOUT.match(t.text):
                continue  # "nearly two decades ago": no year to file it under; the sentence tells background, no step
            finer = self.finer_participle(sent, txs, k, start)
            if finer is not None:  # two occurrences: the main clause's on its date, the participle's on its day
                cut, x = finer
                for phrase, at, tx in ((self.text[sent.start:cut], start, t), (self.text[cut:sent.end], calendar_value(x.value), x)):
                    out.append(self.make(i, sent, at, at, tx.text, tx.reason, [], (tx.start, tx.end), 0.6,
                                         phrase=phrase.strip(" ,.")))
                    out[-1].framed = True
                skip.add(k + 1)
                continue
            done = self.gerund_phrase(sent, txs, k)
            if done:  # "After capturing Minova on Jan. 21, the rebels entered Goma on Jan. 26": the capture, on its day
                out.append(self.make(i, sent, start, end, date_text, reason, alts, tx_span, 0.6, phrase=done))
                out[-1].framed = True  # (dated apart from the main clause's act: two occurrences)
                continue
            gapped = self.gapped(sent, txs, k)
            if gapped:  # "Hama fell on December 5 and Homs two days later": Homs fell two days later
                out.append(self.make(i, sent, start, end, date_text, reason, alts, tx_span, 0.6, phrase=gapped))
                out[-1].framed = True  # (dated apart from the clause it copies: two occurrences)
                continue
            if set_against:  # the act the event came after, told in its own words: its headline and kind, not the bombing's
                clause = (before[set_against.end():] + self.text[t.start:sent.end]).strip(" ,.")
                out.append(self.make(i, sent, start, end, date_text, reason, alts, tx_span, 0.6, phrase=clause[:1].upper() + clause[1:]))
                out[-1].framed = True
                continue
            rel = None if several_dates(txs) else self.relative_event(s, t, sent, before) or self.after_event(t, sent, before)
            if rel is not None:  # "attacked a base in Lower Shabelle, which Kenyan troops captured in 2012"
                out.append(self.make(i, sent, start, end, date_text, reason, alts, tx_span, 0.6, phrase=rel))
                out[-1].framed = True
                continue
            frame = self.framing(s, t, sent, before)
            if frame is not None:
                if frame:
                    out.append(self.make(i, sent, start, end, date_text, reason, alts, tx_span, 0.6, phrase=frame))
                    out[-1].framed = True
                continue
            several = sum(1 for j, x in enumerate(txs) if j not in skip  # (a range's end is no date of its own)
                          and x.start not in restated and x.start not in misreadings
                          and x.type != "DURATION" and calendar_value(x.value) and not self.hour_of(x, txs)) > 1
            parts = None if several else self.parallel(s)
            if parts:  # "forces exchanged fire near Torkham on Monday while jets struck Paktika": two events, one date
                for n, part in enumerate(parts):
                    d = self.make(i, sent, start, end, date_text, reason, alts, tx_span, 0.8, phrase=part)
                    d.part = n
                    if d.fatalities is not None:  # each clause's own toll ("..., and a roadside bomb killed two")
                        d.fatalities = entities.fatality_claim(part)[0]
                    out.append(d)
                continue
            # an entry of a timeline is a step of the story whatever its words (as in a history)
            kind = ("statement" if _ENTRY_SAYS.match(self.text, entry, sent.end) else _erupted_kind(s) or "strategic development") \
                if entry is not None and not set(cues) - {"background"} else ""
            d = self.make(i, sent, start, end, date_text, reason, alts, tx_span, 0.8, several, kind=kind)
            if k and t.text not in d.headline and self.timeline_entry(sent, txs) is not None:
                continue  # a later date in an entry whose words are the entry's own event ("..., after X expired in October")
            if several and entry is None and (not self.is_eventful(self.find_cues(d.headline), d.headline)
                                              and self.dated_conjunct(s, d.headline, t, txs) is None or t.text not in d.headline and any(
                    x is not t and x.text in d.headline and calendar_value(x.value) and not self.hour_of(x, txs)
                    and x.start not in asides and x.start not in restated and x.start not in misreadings
                    and not self.frames(x, sent) for x in txs) or t.text not in d.headline and self.headline_after_date(d.headline, t, txs, sent)):
                # "President X, who took office in May 2015, vowed on Tuesday ...": an aside's date;
                # "By Monday the army had surrounded the town, and clashes broke out on Tuesday": the
                # headline tells the other date's event
                continue
            joined = self.dated_conjunct(s, d.headline, t, txs) if several and d.date_end is not None else None
            if joined is not None and out and out[-1].first == i and not self.find_cues(d.headline):
                # a step the clause before begins, told in no word of an event: of its kind, by its doers
                # ("declared a state of emergency on 3 March, and on 7 March extended it")
                d.event_type = out[-1].event_type if d.event_type == "context" else d.event_type
                d.actors = d.actors or list(out[-1].actors)
            elif joined is not None and not out and (said := [x for x in txs[:k] if self.saying_day(sent, x)]):
                # the clause before, a saying, made no event of its own (the sentence did not end with it): its own,
                # on its day ("Macron announced on 24 September that its soldiers would leave ..., and its
                # ambassador left Niamey on 27 September")
                said_clause = s[:joined]
                out.extend(self.statement(i, sent, said_clause, self.find_cues(said_clause), said))
                if d.event_type == "context":  # (a step no word types, as a timeline entry's)
                    d.event_type = "strategic development"
            out.append(d)
        if told_toll and len(out) == 1 and out[0].fatalities is None and out[0].event_type in _ARMED_TYPES:
            # "The army said on Monday it had killed more than 300 rebels ... in fighting in the Kanem province on
            # Saturday and Sunday": the fighting's dead, though its date is told in a phrase of its own
            out[0].fatalities = entities.fatality_claim(s)[0]
        return out

    def dated_conjunct(self, s: str, headline: str, t, txs) -> int | None:
        """The headline is a main clause joined by "and" to an earlier one that names an event, with a date of its own
        and the same subject, left out or taken up by a pronoun: the story's next step, whatever its verb ("They
        captured Kavumu airport on Friday, and their first units were in Bukavu's suburbs on Saturday"; "declared a
        state of emergency on 3 March, and on 7 March extended it for one month"). Where its "and" is in s, else None."""
        low = headline.lower()
        here = low.find(t.text.lower())
        if here < 0 or any(x is not t and calendar_value(x.value) and 0 <= low.find(x.text.lower()) < here for x in txs):
            return None  # (the clause's own date is its first: not "... extended it until the end of the month")
        at = s.find(headline[:1].lower() + headline[1:])
        at = s.find(headline) if at < 0 else at
        joined = _AND_JOINED.search(s, 0, at) if at > 0 else None
        if joined is None:
            return None
        before = s[:joined.start()]
        goes_on = _GOES_ON.match(headline[:1].lower() + headline[1:]) and self.is_eventful(self.find_cues(before), before)
        return joined.start() if goes_on else None

    def headline_after_date(self, headline: str, t, txs, sent: Sentence) -> bool:
        """The headline's words follow another date of the sentence, told after t ("Henry traveled to Kenya last
        week and on Friday signed an agreement ...": "Signed an agreement ..." is Friday's, not last week's)."""
        words = headline.split()[:3]
        if len(words) < 3:
            return False
        # (the sentence's rest lowered, not the whole text: this runs for many dates of a long paste)
        at = self.text[t.end:sent.end].lower().find(" ".join(words).lower())
        at = at + t.end if at >= 0 else -1
        return at >= 0 and any(x is not t and t.end <= x.start and x.end <= at and calendar_value(x.value) and not self.hour_of(x, txs)
                               and re.fullmatch(r"[\s,]*", self.text[x.end:at]) for x in txs)

    def length_told(self, sent: Sentence, txs, k: int) -> str | None:
        """The last day of the act dated by txs[k], when the sentence tells how long it went on past that day
        (None when it tells nothing of it, or another date comes between)."""
        t = txs[k]
        if _ENDED_THEN.search(self.text, sent.start, t.start):
            return None  # "The siege ended on Friday night after lasting 30 hours": its last day, not its first
        first = parse_timex(calendar_value(t.value)).first
        at_night = t.value.endswith(("TNI", "TEV"))
        for x in txs[k + 1:]:
            v = calendar_value(x.value)
            if x.type == "DURATION" and _LASTED_FOR.search(self.text, max(sent.start, x.start - 30), x.start):
                m = re.fullmatch(r"P(?:T(\d+)H|(\d+)D)", x.value)
                if m is None:
                    return None
                hours, days = int(m.group(1) or 0), int(m.group(2) or 0)
                if hours:  # (an evening's act of some hours runs into the next day; a day's, only past a day)
                    n = max(1, hours // 24) if at_night and hours >= 6 else hours // 24
                else:
                    n = days - 1 if 2 <= days <= 14 else 0
                return (first + dt.timedelta(days=n)).isoformat() if n else None
            if v and not self.hour_of(x, txs):
                if at_night and x.type != "DURATION" and x.value.endswith("TMO") and parse_timex(v).first == first + dt.timedelta(days=1) \
                        and _TO_NEXT_MORNING.match(self.text[t.end:x.start]):
                    return v
                stop = x.start
                break
        else:
            stop = sent.end
        if at_night and _THROUGH_THE_NIGHT.search(self.text, t.end, stop):
            return (first + dt.timedelta(days=1)).isoformat()
        return None

    @staticmethod
    def names_told_day(s: str, sent: Sentence, t) -> bool:
        """Timex t only says whose the event named is ("nine people were killed in Thursday's strikes"):
        the day of an event already told, not a new one."""
        return any(m.start() <= t.start - sent.start and t.end - sent.start < m.end() for m in _ANAPHOR.finditer(s))

    def step_told(self, s: str, at: int, after: str, cues) -> bool:
        """Whether a report dated at `at` tells talks or a step already taken, with no violence:
        "Russia said on Tuesday that it had brokered a ceasefire" is dated by its telling, as it
        is without "that". (A violent act or a step told so may have happened before: those stay
        report-dated candidates, see dated and _finite_step.)"""
        return not finite_violent(s, cues) and _STEP_TOLD.match(after) is not None and not _FUTURE.search(after) and any(
            m.start() >= at for t in ("diplomacy", "strategic development") for m in cues.get(t, ()))

    def finer_participle(self, sent: Sentence, txs, k: int, start: str):
        """(where the participle clause begins, its date) when a participle clause with a day of its own
        follows a main clause dated coarser, the day within that date (or a day, the participle's a later one) ("Israel escalated its campaign
        against Hezbollah in late September, killing the group's leader ... on Sept. 27"): its own occurrence."""
        t = txs[k]
        if k + 1 >= len(txs) or parse_timex(start).precision not in ("month", "week", "day") \
                or any(calendar_value(y.value) for y in txs[k + 2:]):
            return None  # (one coarse date, then one day: no longer chain of dates)
        x = txs[k + 1]
        day = calendar_value(x.value)
        participle = _PARTICIPLE_NEXT.match(self.text, t.end, x.start)
        if participle is None or not day or parse_timex(day).precision != "day" or self.hour_of(x, txs):
            return None
        if parse_timex(start).precision == "day":  # (or a later day of the same week: "launched the offensive on
            # Wednesday, seizing dozens of villages before reaching the city's western districts on Friday evening")
            if not 0 < (parse_timex(day).first - parse_timex(start).first).days <= 7 or self.report_date(sent, x) \
                    or self.saying_day(sent, x):
                return None  # (not the day it was told: "..., leaving nine people dead, prosecutors said on Tuesday")
        elif not day.startswith(start[:7]):
            return None
        main, clause = self.text[sent.start:participle.end()], self.text[participle.end():sent.end]
        if not set(self.find_cues(clause)) & {*_VIOLENT_TYPES, "lethal"} or not self.find_cues(main):
            return None
        return participle.end(), x

    def gerund_phrase(self, sent: Sentence, txs, k: int) -> str:
        """The "after"/"before" phrase with a gerund that holds date k, when the sentence dates its main clause apart
        and the gerund names an act ("After capturing Minova on Jan. 21, the rebels entered Goma on Jan. 26", "...
        seized Sake on Jan. 23, before entering Goma on Jan. 26"): the phrase, the subject's act on its own day; else ""."""
        t = txs[k]
        m = None
        for m in _GERUND_AFTER.finditer(self.text, sent.start, t.start):
            pass
        if m is None or re.search(r"[,;]", self.text[m.end():t.start]):
            return ""
        stop = re.compile(r"[,;]|\.\s|\.?$").search(self.text, t.end, sent.end)
        end = stop.start() if stop else sent.end
        if not any(x is not t and not m.start() <= x.start < end and calendar_value(x.value) and not self.hour_of(x, txs)
                   for x in txs):
            return ""  # (the sentence's only date dates it all)
        phrase = self.text[m.start("verb"):end].strip()
        if not set(self.find_cues(phrase)) - {"background", "statement"}:
            return ""
        return phrase[:1].upper() + phrase[1:]

    def gapped(self, sent: Sentence, txs, k: int) -> str:
        """The clause of date k when it only names another place after "and", its verb left out as
        said once before ("Hama fell on December 5 and Homs two days later", "took Kharkiv in May and
        Izium in June"): that clause with the place and the date put in; else ""."""
        if k == 0 or not calendar_value(txs[k - 1].value):
            return ""
        prev, t = txs[k - 1], txs[k]
        m = _GAPPED.fullmatch(self.text, prev.end, t.start)
        if m is None or not self.places_in(m.group("name")) and \
                m.group("name") not in self.vocab.places and not _PLACE_APPOSITION.search(m.group("apposition") or ""):
            return ""  # (a place the gazetteer lacks is told so: "Sheberghan, the stronghold of the warlord Dostum")
        lo = max([sent.start] + [b.end() + sent.start for b in _clause_breaks(self.text[sent.start:prev.start], True)
                                if b.group().strip(" ,;").lower() in _MAIN_BREAKS])
        told = _TOLD_APPOSITION.sub(r"\1", self.text[lo:prev.start])  # (the first place's apposition names no other)
        named = [p for p in self.places_in(told) if p in told]
        # (a capture told by the place taken counts: "The Taliban took Zaranj on Friday, and Sheberghan a day later")
        if not named or not set(self.find_cues(told)) - {"background"} and self.place_fell(told) is None:
            return ""
        where = max(named, key=told.rfind)
        at = told.rfind(where)
        if len(told[at + len(where):].split()) > 3:
            return ""  # "troops to Somalia in October 2011, carrying out attacks on the Westgate mall in 2013 and
            # Garissa University in 2015": the place the left-out verb took is not named (not Somalia)
        told = told[:at] + m.group("name") + told[at + len(where):]
        told = re.sub(r"\s+(?:on|in|at|by)\s*$", "", told.rstrip())  # the old date's preposition
        return f"{told} {m.group('prep') or ''}{t.text}"

    @staticmethod
    def hour_of(t, txs) -> bool:
        """t is the hour of a day the sentence names ("On Tuesday 1 April, at around 10:00, ..."): no date of its own.
        Not of a day counted from it ("agreed a truce on Tuesday morning, but shelling resumed later in the day")."""
        return t.type == "TIME" and any(x is not t and x.type == "DATE" and x.value == t.value[:10]
                                        and not (x.start > t.start and x.anchor == "narrative") for x in txs)

    @staticmethod
    def clock_of(txs, d: Draft) -> bool:
        """The sentence's dates are only hours of the day of event d ("from around 5 a.m.", "by midday")."""
        dated = [t for t in txs if calendar_value(t.value)]
        # (not a day named again with its hours, "were killed as they drove through Huwara on Sunday
        # afternoon": an act of its own told on that day)
        # (an hour with no day in its words, "opened fire on protesters before dawn", is one of the day just told,
        # whatever day the tagger gave it)
        return bool(dated) and d.precision == "day" and d.date_end == d.date_start and \
            all("T" in t.value and (t.value[:10] == d.date_start or _dayless_hour(t)) for t in dated) \
            and not any(_DAY_NAMED.search(t.text) for t in txs)

    def parallel(self, s: str) -> tuple[str, str] | None:
        """Two main clauses joined by "while" or ";", each with a finished violent act of its own in a
        place of its own ("Border forces exchanged fire near Torkham on Monday while jets struck
        hideouts in Paktika"): the two clauses, else None."""
        m = _PARALLEL.search(s)
        if m is None:
            return None
        first, second = s[:m.start()], self._content(s[m.end():])
        where = []
        for part in (first, second):
            cues = self.vocab.cues.find(part)
            if not set(cues) & set(_VIOLENT_TYPES) or not finite_violent(part, cues):
                return None
            where.append(self.places_in(self._content(part)))
        if not where[0] or not where[1] or set(where[0]) & set(where[1]):
            return None
        return first.strip(" ,"), second.strip(" ,.")

    def possessed_event(self, tx_span, sent: Sentence) -> str:
        """The event a possessive date names, when the sentence's main clause tells another date's act
        ("Authorities imposed a curfew on Wednesday following Tuesday's deadly riot in Tegucigalpa, which
        left three people dead"): the phrase to its comma, and a relative clause telling what it did; else ""."""
        m = _POSSESSED.match(self.text, tx_span[1], sent.end)
        if m is None or not self.names_event(m.group("np")):
            return ""
        return self.text[tx_span[0]:m.end()].strip()

    def framing(self, s: str, t, sent: Sentence, before: str) -> str | None:
        """The noun phrase that holds the date when it frames the sentence's event ("despite a
        truce agreed in January", "after peace talks in May"): the phrase, to be the event when it
        names one itself (a truce, talks), "" when it names none; None when the date is the event's.
        After "after"/"following" only a phrase naming talks or a truce counts ("after the raid on
        July 12" dates what follows it, "after gunmen attacked the town on Monday" is a clause)."""
        m = _FRAMING.search(before) or _AGREED_BEFORE.search(before)
        if m is None:
            named = _EVENT_OF.search(before) if t.anchor == "absolute" else None
            if named is None:
                return None
            rest = re.match(r"[^,;:().]{0,80}", self.text[t.end:sent.end]).group()
            phrase = (named.group("np") + self.text[t.start:t.end] + rest).strip()
            return phrase[:1].upper() + phrase[1:]
        rest = re.match(r"[^,;:().]{0,80}(?:,\s+when\s+[^,;:().]{3,80})?", self.text[t.end:sent.end]).group()
        phrase = (m.group("np") + self.text[t.start:t.end] + rest).strip()  # (", when gunmen killed 26": what it was)
        found = self.vocab.cues.find(phrase)
        prep = m.group("prep").lower()
        if prep in ("after", "following"):
            if "diplomacy" not in found or set(found) & set(_VIOLENT_TYPES):
                return None
        elif _RESPONSE.match(prep):  # an attack answered: the answer itself has no date here
            if not set(found) & set(_VIOLENT_TYPES):
                return None  # "in response to an article on Friday": the response's date
            if not prep.startswith(("was", "were", "is", "are")):  # ("the strikes were a response to": told before)
                self._responding[sent.start] = t.start - len(before) + m.start()
        elif re.fullmatch(_INVESTIGATED_BY, prep, re.I) and set(found) & set(_VIOLENT_TYPES):
            # "Police arrested 30 people suspected of involvement in the attack on Monday": the attack's date; the
            # arrests are the sentence's own act, with no date of its own
            self._held_over[sent.start] = t.start - len(before) + m.start()
        return phrase if set(found) - {"background"} else ""

    def relative_event(self, s: str, t, sent: Sentence, before: str) -> str | None:
        """A relative clause that ends the sentence and holds its only date, telling an act of its own,
        after a main clause that tells an undated violent act ("Al-Shabaab fighters attacked a base in
        Lower Shabelle, which Kenyan troops captured in 2012"): the clause, to be the dated event; the
        main clause is then an event of its own (see run). Else None."""
        rel = _RELATIVE_TO_HERE.search(before)
        tail = re.fullmatch(r"[^,;:()]{0,80}?(?P<said>,\s+[^,;]{2,60}?\s+(?:said|says|reported))?[.!]?\s*", self.text[t.end:sent.end])
        if rel is not None and tail is None:
            return self.subject_relative(t, sent, before, rel)
        if rel is None and tail is not None:  # a restrictive one with a subject of its own: "the villages that rebels
            # had seized in June" (not a saying's "that": "said that rebels seized the town")
            rel = _OBJECT_RELATIVE.search(before)
            if rel is not None and _SAYS_THAT.search(before, 0, rel.start() + len(" that")):
                rel = None
        if rel is None:
            return None
        at = t.start - len(before) + rel.start()  # where the relative clause starts, in the text
        end = t.end + tail.start("said") if tail.group("said") else sent.end  # (less ", police said")
        main, clause = self.text[sent.start:at], self.text[at:end].strip(" ,.")
        own = self.vocab.cues.find(clause)
        if not set(own) - {"background"} or not _finite_word_in([w for w in clause.split() if w.islower()]) \
                or not finite_violent(main, self.vocab.cues.find(main)):
            return None
        self._responding[sent.start] = at  # the main clause: its own, undated event
        what = " ".join(main.split()[-4:])  # what the clause is about: "a base in Lower Shabelle, which ..."
        if not rel.group().startswith(","):  # (restrictive: its noun phrase, "the villages that rebels had seized")
            np = re.search(r"\b(?:the|a|an|its|their|his|her)\s+(?:(?!(?:the|a|an)\s)\S+\s*){1,3}$", main)
            return (np.group().strip() if np else what) + " " + clause
        return what[:1].upper() + what[1:] + ", " + clause

    def after_event(self, t, sent: Sentence, before: str) -> str | None:
        """An "after" clause that ends the sentence and holds its only date, telling a violent act, after
        a main clause that tells none ("China has urged Islamabad to protect its nationals after a car bomb
        killed two Chinese engineers near Karachi airport in October"): the clause, to be the dated event
        (the urging is not dated by it). Else None."""
        m = None
        for m in _AFTER_CAUSE.finditer(before):
            pass
        tail = re.fullmatch(r"[^,;:()]{0,80}?[.!]?\s*", self.text[t.end:sent.end])
        if m is None or tail is None:
            return None
        at = t.start - len(before) + m.end()
        main, clause = self.text[sent.start:at - len(m.group())], self.text[at:sent.end].strip(" ,.")
        found = self.vocab.cues.find(main)
        if set(found) & set(_VIOLENT_TYPES) or not finite_violent(clause, self.vocab.cues.find(clause)):
            return None
        return clause[:1].upper() + clause[1:]

    def subject_relative(self, t, sent: Sentence, before: str, rel) -> str | None:
        """The subject's relative clause holds the sentence's only date and an act of its own, and the
        main predicate follows it undated and tells no violence ("Cameron, who chaired a meeting of the
        emergency committee on Thursday, said he had not been told"): the subject and its clause, to
        be the dated event (typed by the clause's words, not by what he said). Else None."""
        at = t.start - len(before) + rel.start()
        subject = self.text[sent.start:at]
        rest = re.match(r"[^,;:()]{0,60}?,\s+(?P<main>[a-z][^;]*)$", self.text[t.end:sent.end])
        if "," in subject or len(subject) > 80 or rest is None:
            return None
        clause = self.text[at:t.end + rest.start("main")].strip(" ,")
        own, main = self.vocab.cues.find(clause), rest.group("main")
        if not set(own) - {"background"} or finite_violent(main, self.vocab.cues.find(main)) \
                or not _finite_word_in([w for w in clause.split() if w.islower()]):
            return None
        self._said_after[sent.start] = (subject.strip(), t.end + rest.start("main"))  # what he then said: see run
        return subject + ", " + clause

    def frames(self, t, sent: Sentence) -> bool:
        """The date is a framing phrase's ("a truce agreed in January"), not the sentence's event's."""
        before = self.text[max(sent.start, t.start - _BEFORE_REACH):t.start]
        return bool(_FRAMING.search(before) or _AGREED_BEFORE.search(before))

    def followed(self, s: str, at: int, point: bool) -> bool:
        """The date at `at` is in a main clause that tells no act of its own ("mourned on Friday", "stood
        ready Tuesday to strike") and an "after" clause that follows it tells a finished violent act."""
        cause = _AFTER_CAUSE.search(s, at) if point and ("after" in s or "following" in s) else None
        if cause is None:
            return False
        main, rest = s[:cause.start()], s[cause.start():]
        if _DISTANCE_END.search(main):
            return False  # "one year after he was killed": another day, told by its distance (see duration_event)
        if _OUTBREAK.search(main):
            return False  # "The civil war erupted in December 2013 after Kiir accused Machar ...": the outbreak's own date
        found = self.vocab.cues.find(main)
        return set(found) - {"background"} <= set(_VIOLENT_TYPES) and \
            all(_ends_at(_TO_BEFORE, main, m.start()) for k in _VIOLENT_TYPES for m in found.get(k, ())) \
            and finite_violent(rest, self.vocab.cues.find(rest))  # (what it is ready "to strike" is not done)

    def called_for_day(self, t, before: str) -> str | None:
        """The coming weekday a crowd's action is called for ("The Muslim Brotherhood called for a \"march of
        anger\" on Friday" in a Thursday story): its next date, where the past tense of "called" read the last one."""
        if self.published is None or not _CALLED_ACTION.search(before) or \
                not re.fullmatch(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", t.text, re.I):
            return None
        for alt in t.alternatives:
            value = calendar_value(alt)
            if value and parse_timex(value).precision == "day" and \
                    0 < (parse_timex(value).first - self.published).days <= 7:
                return value
        return None

    def undated(self, i: int, sent, s, cues, previous: Draft | None, acted: bool = False) -> list[Draft]:
        """A sentence with no date of its own (or `acted`: a response to a dated event) that tells
        a finished violent act: dated like the sentence before, an earlier mention, the story's
        day or the publication day."""
        bare = _WHOSE_LOSS.sub("", s) if "whose" in s else s  # "said Joseph Masereka, whose son died in the fire": who speaks, not what happened
        if bare != s:
            s, cues = bare, self.vocab.cues.find(bare)
        # (or a step told as following the event just before: "Hours later, the UN Security Council authorised ...")
        # (or as a response to it: "Trump recognized Guaido ... within minutes of his announcement", "Maduro responded
        # by breaking off diplomatic relations")
        step = previous is not None and bool(_STRAIGHT_AFTER.match(s) or _RESPONSE_STEP.search(s)) and \
            bool({"strategic development", "diplomacy"} & set(cues))
        # (or a state's own step, told as done right after the day's violence: "Pakistan said it shot down two Indian
        # jets on Wednesday ... Pakistan closed its airspace to commercial flights": its answer, that day)
        state = _STATE_SUBJECT.match(s) if previous is not None and previous.last == i - 1 and previous.precision == "day" \
            and previous.event_type in _VIOLENT_TYPES and _finite_step(s, cues) else None
        step = step or state is not None and self.vocab.country(state.group("who")) is not None
        if _CAME_UNCOUNTED.match(s):
            return []  # "It came days after a truck bomb in Mogadishu killed 79 people": some day before, not known
        if _SOME_TIME_LATER.search(s):
            return []  # "The base was later retaken with the help of air support": some day after, not known
        if self.published is None or not (finite_violent(s, cues) or acted and set(cues) & set(_VIOLENT_TYPES) or step) \
                or _HEDGE.search(s) or _TALLY.search(s) or _HABIT.search(s) \
                or _CLAIM.search(s) or _TOLL_TOLD.search(s) and set(cues) <= {"lethal", "statement", "background"}:
            return []  # (nor "He put the number of dead soldiers at 82": a figure told, no act)
        if set(cues) - {"background", "statement"} == {"lethal"} and _WHO_THE_DEAD_WERE.search(s) \
                and all(c.text.lower() in ("dead", "wounded", "injured") for c in cues["lethal"]) \
                and not _PASSIVE_HARM.search(s) and not _AGENTLESS_HARM.search(s):
            return []  # "The mayor said 37 of the dead were students": who the victims were, no act of its own
        if _FUTURE.search(s) and not re.search(r"\b(?:killed|died|attacked|struck|seized|captured|shot|stormed|"
                                               r"ambushed|executed|abducted|kidnapped)\b", s):
            return []  # (a finished act still told beside a plan: "shot dead 21 people, an accusation the ministry said it would investigate")
        if _TREND.search(s):
            return []  # "Ecuador has seen its murder rate soar": a trend, no act of the day
        if _tally_over_days(s, cues):
            return []  # "At least 27 children have been killed in the past three days": a tally over days, no one act
        if _THOUSANDS_KILLED.search(s) or (war_toll := _WAR_TOLL.search(s)) and re.search(r"\bha(?:s|ve)\b", war_toll.group()):
            return []  # "Thousands of civilians have been killed, most of them in the assault on Grozny": a war's tally;
            # "Syria's conflict has killed hundreds of thousands": up to now, no day of its own (the tally's date is
            # its own when it has one: "killed more than 4,000 people in 2017" is dated context)
        if _ITS_ATTACKS_TOLL.search(s):
            return []  # "its attacks on civilians, which have killed hundreds of people": a group's toll up to now
        if set(cues) - {"background", "statement"} == {"lethal"} and _AGENTLESS_PERFECT_HARM.search(s) and i != self.lede_at() \
                and not re.search(r"\b(?:on|early|late|overnight|yesterday)\b", s, re.I) \
                and all(entities.place_rank(p, self.vocab, self.known_places) >= 3 for p in self.places_in(s)):
            return []  # "... have been killed in Gaza since Monday. Ten people have been killed in Israel.": a count up to
            # now, in a whole country, with no act or day told
        if _PRESENT_PERFECT.search(s) and _FOR_AGES.search(s):
            return []  # "Iran and Israel have fought a shadow war for decades": a standing state, no act of the day
        if previous is not None and previous.date_end is None and previous.last == i - 1 and _THE_WAR.search(s):
            return []  # "deployed since 2023 in South Kivu. Several hundred soldiers were killed in the fighting": its toll
        if previous is not None and self.tally_start(previous):
            if _PRESENT_PERFECT.search(s) and not set(cues) - {"lethal", "explosion/remote violence"} \
                    and not self.places_in(s):
                return []  # "230 have been killed since the offensive began. One Israeli has been killed by rocket fire.": the tally's other side
            previous = None  # "... have been wounded since the army began moving on May 13. Rioters torched ...":
            # that date tells when a tally began, not the day the story goes on with
        parts = self.parallel(s) if not acted else None

        def made(*date) -> list[Draft]:
            if not parts:  # one occurrence; or two clauses, each a violent act in a place of its own
                return [self.make(i, sent, *date)]  # ("In Minya, supporters set fire to two churches, and in
            out = []                                   # Alexandria protesters clashed with residents")
            for n, part in enumerate(parts):
                d = self.make(i, sent, *date, phrase=part)
                d.part = n
                if d.fatalities is not None:
                    d.fatalities = entities.fatality_claim(part)[0]
                out.append(d)
            return out

        # told in the past perfect: before the story, on a day not told ("Iran's Baluch minority had called for protests
        # after ..."; a toll told so, "at least 136 people had been killed", is the story's own event's)
        before_story = _HAD_DONE.match(s) if set(cues) - {"background", "statement"} != {"lethal"} else None
        if before_story is not None and not _ANY_SAYING.search(s, 0, before_story.start("had")):
            # (not even the day of the sentence before: "The militia had fought alongside federal troops ... during the
            # two-year war" after a step told on Aug. 4; what a speaker says had been done is reported, not before:
            # "The Guards said they had also struck Islamic State targets in Idlib")
            return []
        if (_HOURS_APART.match(s) or _WITHIN_HOURS.search(s)) and set(cues) & set(_VIOLENT_TYPES) and previous is not None \
                and (previous.event_type in ("statement", "diplomacy") or previous.event_type == "strategic development"
                     and _MEASURE_TAKEN.search(self.text, previous.span_start, previous.span_end)):
            # (so too "Protests erupted across the Middle East within hours", after a visitor's words on the blast)
            # "Hours earlier, gunmen killed 14 people in the village of Tadaryat", after a statement about an
            # attack, or after "declared three days of national mourning on Saturday": hours from the violent act told
            # last, not from the saying (but from an act of another kind:
            # "Security forces detained Ovidio Guzman on Thursday afternoon. Within minutes, dozens of gunmen ... attacked
            # soldiers across the city")
            previous = next((d for d in reversed(self.drafts[-_WINDOW:]) if d.event_type in _VIOLENT_TYPES), previous)
        if _HOURS_APART.match(s) and previous is not None and previous.precision not in ("day", "range"):
            # "..., the group that seized Sanaa in September. Hours later, a suicide bomber attacked a mosque in Saada":
            # hours are counted from an act told with its day (the story's), not from one told only by its month
            previous = next((d for d in reversed(self.drafts[-_WINDOW:]) if d.precision == "day" and d.date_end == d.date_start
                             and (d.event_type in _VIOLENT_TYPES or previous.event_type not in _VIOLENT_TYPES)), previous)
        if (after := _HOURS_AFTER_THE.match(s)) is not None and (named := next(
                (d for d in reversed(self.drafts[-_WINDOW:]) if d.precision == "day" and d.date_end == d.date_start
                 and after.group("act")[:5].lower() in self.text[d.span_start:d.span_end].lower()), None)) is not None:
            # "Hours after the strikes, Afghan border forces fired heavy weapons at Pakistani military posts": the day
            # of the act it names, not of the saying told just before
            return made(named.date_start, named.date_end, named.date_text, "no date of its own: hours after the act "
                        "it names", named.date_alternatives, None, 0.5)
        if _OTHER_FRONT.match(s) and (lede := self.lede_event()) is not None:
            # another front of the story ("In the north, Kurdish fighters advanced"): the story's day, not the day
            # of the sentence just before
            return made(lede.date_start, lede.date_end, lede.date_text, "no date of its own: the day of the story's lede",
                        lede.date_alternatives, None, 0.45)
        if (named := self.named_by_place(s)) is not None and named.date_end is not None:
            # "The statement said one soldier was killed in the Damboa attack", after another item: that attack
            out = made(named.date_start, named.date_end, named.date_text,
                       "no date of its own: the event it names by its place", named.date_alternatives, None, 0.5)
            for d in out:
                d.retells = named.first
            return out
        if previous is not None and previous.date_end is not None and (previous.precision in ("day", "range", "week")
                                                                       or _SOON_AFTER.search(s) or self.in_entry(previous, sent)
                                                                       or self.goes_on_in_month(previous, i, s)):
            # (a timeline entry's later sentences are of its date too: "July 2009 - Police storm ... Yusuf is killed")
            # ("He was recaptured within hours" after a jailbreak "in November 2023": then too)
            return made(previous.date_start, previous.date_end, previous.date_text,
                        "no date of its own: same date as the sentence before", previous.date_alternatives, None, 0.5)
        soon = previous is None and _SOON_AFTER.search(s)
        last = next((d for d in reversed(self.drafts[-_WINDOW:]) if d.date_end is not None
                     and self.sentences[d.last].paragraph == sent.paragraph), None) if soon else None
        if last is not None:  # "The trouble began in April, when ... Many saw the order as ... Protests broke out within
            # days": soon after the last event its paragraph told, past a sentence of no event
            return made(last.date_start, last.date_end, last.date_text,
                        "no date of its own: soon after the event told before in its paragraph", last.date_alternatives, None, 0.5)
        earlier = self.same_occurrence(s, by_name_only=True)
        placed = self.placed_before(i, s) if earlier is None else None
        if (earlier := earlier or placed) is not None and earlier.date_end is not None:
            out = made(earlier.date_start, earlier.date_end, earlier.date_text,
                       "no date of its own: same occurrence as an earlier sentence", earlier.date_alternatives, None, 0.5)
            for d in out if placed else ():
                d.retells = earlier.first  # (its toll, told after a witness there: one event)
            return out
        told = None if _PRESENT_PERFECT.search(s) else self.paragraph_date(i)
        if told is not None:  # the time the paragraph's narrative was last set to, by a sentence of no event
            # (nearer than the story's day, told a paragraph or two before)
            start = calendar_value(told.value)
            return made(start, start, told.text, f"no date of its own: the date told earlier in its paragraph ({told.text})",
                        [a for a in (calendar_value(x) for x in told.alternatives) if a and a != start], None, 0.45)
        story = None if _PRESENT_PERFECT.search(s) else self.story_day(i)  # "has killed": up to now
        if story is not None:
            return made(story.date_start, story.date_end, story.date_text,
                        "no date of its own: the day of the story's events just told", story.date_alternatives, None, 0.45)
        if before_story is not None:
            return []  # "The general command said its forces had cleared ...", with no day told before: no day of its own
        if self.judgment_story():
            return []  # "It also leaves unanswered many questions about how at least 21 people died in Nukus": the crime tried
        day = self.news_day.isoformat()
        if self.news_day != self.published:
            return made(day, day, "", "no date phrase: the day the report's heading tells it as of", [], None, 0.4)
        return made(day, day, "", "no date phrase: news present, dated to the publication day", [], None, 0.4)

    def day_of(self, t) -> str | None:
        """The calendar day (or coarser) of timex t; an hour told with no day in a monitor's daily report ("At
        13:00hrs ...", which the tagger puts on the publication day) is on the day the report tells as of."""
        v = calendar_value(t.value)
        if t.type == "TIME" and self.news_day != self.published and v == self.published.isoformat() \
                and _CLOCK_ONLY.fullmatch(t.text):
            return self.news_day.isoformat()
        return v

    def report_cutoff(self) -> dt.date | None:
        """The day a monitor's daily report tells, from its heading ("Latest from the OSCE Special Monitoring
        Mission ..., based on information received as of 19:30hrs, 24 January 2015", published the next morning):
        what it tells with no date of its own happened that day, not on the day it was put out. None when
        the heading names no such cut-off, a day or two before publication."""
        if self.published is None:
            return None
        for t in self.timexes[:3]:
            if t.start > 400 or not _AS_OF.search(self.text, max(0, t.start - 12), t.start):
                continue
            v = calendar_value(t.value)
            if v and parse_timex(v).precision == "day" and 0 < (self.published - parse_timex(v).first).days <= 2:
                return parse_timex(v).first
        return None

    def paragraph_date(self, i: int):
        """The date a sentence of sentence i's paragraph set its narrative to, when no event was made of that
        sentence ("By Saturday afternoon a column had driven 400 miles north. Wagner fighters shot down several
        aircraft on the way": on Saturday, not the publication day): the last day or month told before sentence i
        in the paragraph, in the past, not a saying's date. None when a candidate was made there since."""
        para = self.sentences[i].paragraph
        for j in range(i - 1, -1, -1):
            sj = self.sentences[j]
            if sj.paragraph != para or any(d.last == j for d in self.drafts[-_WINDOW:]):
                return None  # (a sentence that made an event dates what follows by its own rules)
            k = bisect.bisect_left(self._tx_starts, sj.start)
            told = [t for t in self.timexes[k:bisect.bisect_left(self._tx_starts, sj.end)]
                    if (v := calendar_value(t.value)) and parse_timex(v).precision in ("day", "month")
                    and parse_timex(v).last < self.published and not self.report_date(sj, t)
                    and not _relative_clause_at(self.text[sj.start:sj.end], t.start - sj.start)]  # (nor an aside's)
            if told:
                return told[-1]
        return None

    def judgment_story(self) -> bool:
        """The story's lede tells a court's judgment ("A court in Bukhara on Tuesday sentenced Dauletmurat
        Tazhimuratov to 16 years in prison over last summer's unrest"): the violence it tells with no date of
        its own is the crime tried, on a day of its own, neither the judgment's day nor the publication day."""
        lede_at = self.lede_at()
        if not 0 <= lede_at < len(self.sentences):
            return False
        return bool(_SENTENCING.search(self.text, self.sentences[lede_at].start, self.sentences[lede_at].end))

    def goes_on_in_month(self, previous: Draft, i: int, s: str) -> bool:
        """Sentence i, in the simple past, goes on in the paragraph of the sentence just before, which told
        an event of a month ("Tensions erupted again in late December, when ... sparked street protests.
        Security forces opened fire on demonstrators, killing at least 20 people."): that month too."""
        return previous.precision == "month" and previous.last == i - 1 and not previous.framed and \
            self.sentences[i].paragraph == self.sentences[previous.last].paragraph and not _PRESENT_PERFECT.search(s)

    def tally_start(self, d: Draft) -> bool:
        """d is dated where a running tally began ("300 people have been wounded since the army began
        moving on May 13") or in a relative clause told in the past perfect ("to hand over gunmen who
        had killed a soldier on Friday"): background, not a day the story goes on with."""
        if d.timex_end is not None and re.match(r"\s*,\s*when\s", self.text[d.timex_end:d.timex_end + 12]):
            return False  # "... killed since the fighting began on Sunday, when police raided a building. Militants then ...": told on
        return d.timex_start is not None and bool(_PERFECT_SINCE.search(self.text, self.sentences[d.first].start, d.timex_start)
                                                  or _HAD_DONE_WHO.search(self.text, self.sentences[d.first].start, d.timex_start)
                                                  or _TOLL_SINCE.search(self.text, self.sentences[d.first].start, d.timex_start))

    def lede_at(self) -> int:
        """The index of the story's first body sentence (-1: none)."""
        return next((j for j, x in enumerate(self.sentences) if x.kind == "body"), -1)

    def lede_event(self) -> Draft | None:
        """The event the story's first body sentence tells, when it is of a day."""
        lede_at = self.lede_at()
        d = next((d for d in self.drafts if d.first == lede_at and not d.report), None)
        return d if d is not None and d.precision == "day" else None

    def last_act_day(self, i: int) -> Draft | None:
        """The candidate told in the last few sentences before sentence i, dated to a day by its own phrase (not by
        a report of it): what "the same day" refers to."""
        last = self.drafts[-1] if self.drafts else None
        return last if last is not None and i - _SAME_DAY_REACH <= last.last < i and last.timex_start is not None \
            and not last.report and last.precision == "day" and last.date_end == last.date_start else None

    def story_day(self, i: int) -> Draft | None:
        """The violent event told last, a paragraph or two before sentence i, when it happened on
        a day of the week before publication: an undated "Gangs attacked protesters in Kangemi"
        in a story about Monday's protests happened on Monday, not on the publication day."""
        lede_at = self.lede_at()
        for d in reversed(self.drafts[-_WINDOW:]):
            # (or the lede's own act: "Guaido appeared outside the air base on Tuesday ... Clashes broke out near the base")
            # (not a court's judgment: the violence its story tells is the crime it tried, on a day of its own)
            lede = d.first == lede_at and d.event_type not in ("statement", "context") and not self.judgment_story()
            if d.report or not (d.event_type in _VIOLENT_TYPES or lede) or d.date_end is None or self.tally_start(d):
                continue
            paragraphs = {self.sentences[j].paragraph for j in range(d.last, i + 1)}
            period = parse_timex(d.date_start)
            # (its days too, when it went on: "attacked Palma on Wednesday ... and fighting continued into the weekend")
            if len(paragraphs) <= 3 and period.precision == "day" and (d.date_end == d.date_start or parse_timex(d.date_end).precision == "day") \
                    and 0 < (self.published - period.first).days <= 7:
                return d
            return None
        return None

    def duration_event(self, i, sent, s, t, txs, before, after, cues) -> Draft | None:
        m = _DURATION.match(t.value)
        if m is not None:
            n, unit = float(m.group(1)), m.group(2)
        elif _HOURS.fullmatch(t.value):
            n, unit = 0.0, "D"  # "..., hours after President Petro suspended peace talks": counted from a day, the same day
        else:
            return None
        if self.published is None:
            return None
        if unit == "D" and n >= 1 and (later := self.counted_forward(i, sent, s, t, txs, after, int(n))) is not None:
            return later
        anchor = self.counted_from(sent, before, after, t, txs)
        if anchor is not None:
            # "The attack came two days after the army said it had killed 17 bandits in an air raid", "took Gao
            # on Saturday, a day after seizing Kidal", "took Kabul on Sunday, two decades after they were ousted":
            # that event, counted from the one told, as precise as the count
            came, day, told = anchor
            if not n and not _finite_word_in([w for w in after[came.end():].split() if w.islower()]):
                return None  # ("hours after the death of long-time ruler Lansana Conte": no act told, no event)
            back = n if came.group(1).lower() == "after" else -n
            if unit in ("D", "W"):
                date = (parse_timex(day).first - dt.timedelta(days=int(back) * (7 if unit == "W" else 1))).isoformat()
            else:
                date = timex_for(*_shift(parse_timex(day).first, back, unit))
            phrase = s[came.end() + t.end - sent.start:]
            phrase = _ANSWERED_CUT.split(phrase)[0]  # (what it answered, dated or not, is another act: its place and dead are its own)
            d = self.make(i, sent, date, date, f"{t.text} {came.group(1)} {told}",
                          f"{t.text} {came.group(1)} the event told ({day})", [], (t.start, t.end), 0.5,
                          phrase=phrase.rstrip(" ."))
            d.framed = True  # (dated apart from the event it is counted from: two occurrences)
            return d
        last = self.drafts[-1] if self.drafts else None
        if unit in ("D", "W") and _NEXT_N.match(t.text) and _NEXT_N_BEFORE.search(before) and last is not None and last.last >= i - 2 \
                and last.precision == "day" and finite_violent(s, cues):
            # "surrounded the market on March 27 ... Over the next four days, small groups of men were
            # executed": the days that follow the event just told
            first = parse_timex(last.date_start).first + dt.timedelta(days=1)
            end = first + dt.timedelta(days=int(n) * (7 if unit == "W" else 1) - 1)
            d = self.make(i, sent, first.isoformat(), end.isoformat(), t.text,
                          f"{t.text} after the event told ({last.date_start})", [], (t.start, t.end), 0.5)
            if last.last >= i - 1 and last.date_end == last.date_start and \
                    _family(last.event_type) == _family(d.event_type) == "violence":
                # the same violence going on over those days ("surrounded the market on March 27 and rounded up
                # hundreds of men. Over the next four days, small groups of men were executed"): one event, up to then
                last.date_end, last.date_text = d.date_end, f"{last.date_text} and {t.text}"
                last.date_reason += f"; to the end of {t.text}"
                extend(last, i, sent, s)
                self._went_on.add(i)
                return None
            return d
        if unit == "D" and _DAYS_OF.match(after) and n >= 2:
            # "three days of fighting" reported on Monday: the days up to that Monday
            anchors = [x for x in txs if x is not t and (v := calendar_value(x.value)) and parse_timex(v).precision == "day"]
            last = parse_timex(calendar_value(anchors[0].value)).first if anchors else self.published
            first = last - dt.timedelta(days=int(n) - 1)
            return self.make(i, sent, first.isoformat(), last.isoformat(), t.text,
                             f"{t.text} up to {last.isoformat()}", [(first - dt.timedelta(days=1)).isoformat()],
                             (t.start, t.end), 0.6)
        if unit in ("M", "Y") and _PAST_N.search(before) and re.search(r"\b(?:past|last)\b", t.text, re.I) \
                and _PRESENT_PERFECT.search(s) and cues \
                and not (_PERFECT_TOLL.search(s) and set(cues) - {"background"} <= {"lethal"}):
            # (not a running toll: "the ADF has killed thousands of civilians over the past decade")
            # "has been fighting ... over the last four years": since four years back
            first, precision = _shift(self.published, n, unit)
            start = timex_for(first, precision)
            return self.make(i, sent, start, None, t.text, f"{t.text} counted back from the publication date",
                             [], (t.start, t.end), 0.5)
        return None

    def counted_forward(self, i: int, sent: Sentence, s: str, t, txs, after: str, days: int) -> Draft | None:
        """The act of an undated main clause told as days after a dated act of its own clause ("The activist died in
        custody two days after he was arrested by police on April 14"): that many days after that day (the arrest
        is its own event, on its own day). Else None."""
        came = _CAME_AFTER.match(after)
        if came is None or came.group(1).lower() != "after":
            return None
        cut = _CLAUSE_STOP.search(s, t.end - sent.start + came.end()).start()   # the counted clause, to its comma
        counted = s[t.end - sent.start + came.end():cut]
        inside = [x for x in txs if t.end < x.start < sent.start + cut and (v := calendar_value(x.value))
                  and parse_timex(v).precision == "day"]
        main = s[:t.start - sent.start]
        if len(inside) != 1 or any(x.end <= t.start and calendar_value(x.value) for x in txs) or _CAME.search(main) \
                or not finite_violent(main, self.vocab.cues.find(main)) \
                or not _finite_step(counted, cues := self.vocab.cues.find(counted)) and not finite_violent(counted, cues):
            return None  # (not "The violence came three days after ...", nor "two days after his arrest on April 14")
        x = inside[0]
        day = parse_timex(calendar_value(x.value)).first + dt.timedelta(days=days)
        if day > self.published:
            return None
        d = self.make(i, sent, day.isoformat(), day.isoformat(), f"{t.text} after {x.text}",
                      f"{t.text} after the act of its clause ({calendar_value(x.value)})", [], (t.start, t.end), 0.5,
                      phrase=main.strip(" ,"))
        d.framed = True  # (dated apart from the act it is counted from: two occurrences)
        return d

    def counted_from(self, sent: Sentence, before: str, after: str, t, txs):
        """(the "after"/"before" match, the day, its words) an event "N days after ..." is counted
        from: the sentence's own day before it ("took Gao on Saturday, a day after seizing Kidal"),
        or the event just told ("The attack came two days after ...")."""
        came = _CAME_AFTER.match(after)
        if came is None or not (set(self.find_cues(after[came.end():])) - {"background"} or _WAR_BEGAN.match(after, came.end())):
            return None  # ("came a day before the start of the UN General Assembly session": no event told; but "a year
            # after the uprising against President Bashar al-Assad began" tells a war's start, background of its own)
        counted = t.end + came.end() + len(_ANSWERED_CUT.split(after[came.end():])[0])  # (what it answered is another act)
        # (a month tells it too, against a count of months: "came six months after the same group seized Fallujah in January")
        own = ("day",) if any(c in t.value for c in "DWHT") else ("day", "month")
        if any(t.end < x.start < counted and (v := calendar_value(x.value)) and parse_timex(v).precision in own for x in txs):
            return None  # ("came three days after a candidate was shot ... on Saturday": its own day tells it, not a count)
        # (", as fighting spread two days after ...": the sentence's day too)
        if before.rstrip().endswith(",") or re.search(r",\s+(?:as|when|while)\s+[^,;]{0,40}$", before):
            # (a month counts for a count of months or years: "established in April 2014, a year after ... seized Bangui")
            # (and a year for a count of years: "seized eastern Aleppo in 2012, a year after the uprising ... began")
            fine = ("day",) if any(c in t.value for c in "DWHT") else ("day", "month") if "M" in t.value else ("day", "month", "year")
            days = [x for x in txs if x.end <= t.start and (v := calendar_value(x.value)) and parse_timex(v).precision in fine
                    and not self.report_date(sent, x)]  # (", the ministry said on Thursday, hours after ...": the act's day)
            if len(days) > 1 and came.group(1).lower() == "after" and _RANGE_JOIN.match(self.text[days[-2].end:days[-1].start]):
                days.pop()  # "overnight from Friday to Saturday, hours after Djotodia resigned": hours before the span began
            return (came, calendar_value(days[-1].value), days[-1].text) if days else None
        last = self.drafts[-1] if self.drafts and _CAME.search(before) else None
        if last is not None and _ACT_CAME.search(before):
            # "The blast came three days before ...": the violent act told last, not the steps told since
            last = next((d for d in reversed(self.drafts[-_WINDOW:]) if d.event_type in _ARMED_TYPES), last)
        if last is None or parse_timex(last.date_start).precision != "day" or last.date_end != last.date_start:
            return None
        return came, last.date_start, last.date_text or last.date_start

    def names(self, s: str, places) -> set[str]:
        """Capitalised words inside the sentence that are not places, actors, months or titles:
        mostly people ("Abbas"), which tell two mentions of one occurrence apart from others."""
        taken = {w for p in places for w in p.split()}
        taken |= {w for m, _a in self.vocab.actor_index.finditer(s) for w in m.group().split()}
        out = set()
        # (also first after a timeline entry's date: "Jan. 31, 2023 - Tazhimuratov is sentenced")
        for m in re.finditer(r"(?:(?<=[a-z,] )|(?<=\d [-\u2013\u2014] ))[A-Z][a-z]{2,}\b", s):
            w = m.group()
            if w not in taken and w not in entities.NOT_NAMES and w not in self.vocab.places \
                    and w.lower() not in self.vocab.alias_to_actor and w not in self.vocab.demonym_to_country:
                out.add(w)
        return out


def _tally_over_days(s: str, cues: dict) -> bool:
    """Only a present-perfect toll over the last days or weeks ("At least 27 children have been killed in
    the past three days"): a tally of several acts, none of them told."""
    if not _PERFECT_DEAD.search(s):
        return False
    if _IN_THE_PAST.search(s) and set(cues) - {"background", "statement"} <= {"lethal"}:
        return True
    # "More than 20 people have been killed in weeks of protests": the toll of a span of them, no one day's
    spell = _SPELL_OF.search(s)
    return spell is not None and all(m.start() >= spell.start() for k, ms in cues.items()
                                     if k not in ("background", "statement", "lethal") for m in ms)


# "Thailand and Cambodia exchanged artillery fire for a second day on Friday, as the death toll from the fighting
# rose to at least 16": the day's own fighting, and the count so far of the fighting told before
_AS_THE_TOLL = re.compile(r",?\s+as\s+(?:the\s+)?$")


def _crowd_count(n: str) -> bool:
    """A count of a crowd's size ("dozens", "749"), not of a few suspects held ("two", "five")."""
    return not n[:1].isdigit() or int(n.replace(",", "")) >= 50


def _act_before_toll(s: str, date_text: str, cues: dict) -> bool:
    """The toll update is an aside ("..., as the death toll ... rose to N") after a dated act of the sentence's own."""
    upd = _TOLL_UPDATE.search(s)
    if upd is None or not _AS_THE_TOLL.search(s, 0, upd.start()) or not date_text or not 0 <= s.find(date_text) < upd.start():
        return False
    return any(m.start() < upd.start() for k, ms in cues.items() if k not in ("background", "lethal") for m in ms)


# words that tie an hour to a day of their own ("this morning", "last night", "the next evening", "on 4 June at dawn")
_HOUR_OF_A_DAY = re.compile(_DAY_IN_PHRASE.pattern + r"|\b(?:this|last|next|following|previous)\b", re.I)


def _dayless_hour(t) -> bool:
    """A time of day told with no day ("before dawn", "at around 5 a.m.", "in the afternoon")."""
    return t.type == "TIME" and not _HOUR_OF_A_DAY.search(t.text)


def several_dates(txs) -> bool:
    """More than one calendar date in a sentence's timexes."""
    return sum(1 for x in txs if x.type != "DURATION" and calendar_value(x.value)) > 1


_CLAUSE_STOP = re.compile(r"[,;]|$")


def _relative_clause_at(s: str, at: int) -> str | None:
    """The relative clause (", who/which/where ...", up to its next comma) that holds position `at`
    and tells an act of its own, else None."""
    rel = _RELATIVE_TO_HERE.search(s, 0, at)
    if rel is None:
        return None
    stop = _CLAUSE_STOP.search(s, at).start()
    clause = s[rel.start():stop].strip(" ,")
    return clause if _finite_word_in([w for w in clause.split() if w.islower()]) else None


def _semicolon_clause(whole: str, clause: str) -> bool:
    """The clause stands between semicolons with a subject of its own (not "they")."""
    at = whole.find(clause)
    if at < 0 or _PRONOUN_SUBJECT.match(clause):
        return False
    return whole[:at].rstrip().endswith(";") or whole[at + len(clause):].lstrip().startswith(";")


def _trigger_keys(cues) -> set[str]:
    """What tells two mentions of one occurrence: each cue's first five letters, and a phrase's
    last word's too ("aircraft struck" and "struck" are the same strike)."""
    out = set()
    for cue in cues:
        words = cue.lower().split()
        # ("fighter jets" are aircraft, no fight: their strike is not the clashes told the same day)
        out.add(words[0] if words[0].startswith("fighter") else words[0][:5])
        if len(words) > 1 and len(words[-1]) >= 4 and words[-1] not in _FUNCTION_WORDS:
            out.add(words[-1][:5])
    if out & _FIGHT_WORDS:
        out.add("fight")  # "fighting ... last week" and "clashes that began on Thursday": one fight told twice
    if out & _TAKE_WORDS:
        out.add("take")  # "the key town of Konna, which the rebels had seized the day before" and "captured Konna on Thursday"
    if out & _HIT_WORDS:
        # "A Russian guided bomb struck a hypermarket" and "two bombs hit it"; "the Easter Sunday bombings" and
        # "Suicide bombers struck three churches"; "the strike on the station" and "missiles struck": one strike
        out.add("hit")
    return out


# the words that name a fight itself, without saying how it went; and a projectile's landing
_FIGHT_WORDS = frozenset({"fight", "fough", "clash", "battl", "comba", "gunfi", "firef"})
# ("strike" the noun too: "the strike on the station" and "Two missiles struck the station"; a toll of it told first
# stays no evidence, see Draft.toll_of)
_HIT_WORDS = frozenset({"hit", "struc", "slamm", "bomb", "bombe", "bombi", "strik", "airst"})
# the words of ground taken (not "retook": the other side's answer)
_TAKE_WORDS = frozenset({"seize", "seizu", "captu", "overr", "took"})


_SOURCE_THAT = re.compile(r"[^,;\"]{2,60}?\s+(?:said|told\s+(?:\w+\s+){0,3}?\w+|reported|confirmed)\s+"
                          r"(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?that\s+")  # a source that tells what others did
_SUMMIT_OF = re.compile(r"\b(?:summit|sidelines|meeting)\s+of\s+(?:the\s+)?$")
_SPEAKER_ACTED = re.compile(r"(?P<who>[^,;\"]{2,60}?)\s+(?:said|says|announced|claimed|confirmed|reported)\s+"
                            r"(?:(?:on|late\s+on|early\s+on)\s+\w+\s+|in\s+a\s+statement\s+)?(?:that\s+)?(?:it|they|(?P<forces>(?:its|their|his|her)\s+(?:forces|troops|army|soldiers|fighters|units|men|"
                            r"peacekeepers|air\s+defen[cs]es?(?:\s+(?:units|systems|forces))?|air\s+force|navy|jets|warplanes|drones)))\s+"
                            r"(?:(?:had|has|have)\s+)?(?:(?:\w+ly|also|again)\s+)?(?:re)?(?:taken|took|captured|seized|killed|destroyed|shot|struck|hit|"
                            r"downed|repelled|attacked|launched|carried|targeted|liberated|recaptured|retaken|overrun|ambushed|"
                            r"pushed|drove|driven|repulsed|routed|regained|cleared|freed)\b")  # ("pushed Fano militiamen out of several towns")
# a shooting-down: "shot down 55 of the 73 drones", "intercepted two ballistic missiles"
_SHOT_DOWN = re.compile(r"\b(?:shot\s+down|downed|intercepted)\s+(?:[\w,-]+\s+){0,6}?(?:drones?|missiles?|rockets?|UAVs?|aircraft|jets?)\b")
# a crowd of a people that fights forces: "Hundreds of Serbs clashed with NATO peacekeepers", "Thousands of ethnic
# Albanians clashed with police"
_CROWD_CLASHED = re.compile(r"(?:[^,]{0,40}?,\s+)?(?:Hundreds|Thousands|Dozens|Scores)\s+of\s+(?:ethnic\s+)?(?P<people>[A-Z][a-z]+s)\s+"
                            r"(?:(?:have|had)\s+)?clashed\s+with\b")
# the speaker's own forces as the ones hit: "South Africa's defence force said two of its peacekeepers were killed"
_SPEAKERS_OWN_HIT = re.compile(r"(?P<who>[^,;\"]{2,60}?)\s+(?:said|says|announced|confirmed|reported)\s+"
                               r"(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?:that\s+)?(?:[\w-]+\s+(?:of\s+)?)?"
                               r"(?P<forces>(?:its|their)\s+(?:soldiers|troops|peacekeepers|officers|servicemen|personnel|men|pilots))\s+"
                               r"(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:killed|wounded|injured|hurt)\b")
_BRAZZAVILLE = re.compile(r"\b(?:Brazzaville|Pointe-Noire|Republic\s+of\s+(?:the\s+)?Congo|Congo\s+Republic|Sassou)\b")
_KINSHASA = re.compile(r"\b(?:Kinshasa|Goma|Bukavu|Kivu|Ituri|DRC|DR\s+Congo|Democratic\s+Republic|Tshisekedi|M23|FARDC)\b")
_RECALLED_DAYS = 730  # news: a violent month told this long before publication is recalled background
# a crowd's act still to come: "said they would return to the streets", "plan to march", "called for a general strike"
_CROWD_TO_COME = re.compile(r"\b(?:would|will|shall|plans?\s+to|planned\s+to|intends?\s+to|vowed\s+to|threatened\s+to|"
                            r"called\s+(?:on\s+[\w-]+\s+)?(?:for|to)|urged\s+[\w-]+\s+to)\s+(?:[\w\"\u201c-]+\s+){0,3}$", re.I)
# a war's opening month, right before its date: "the war ... that erupted in September", "the insurgency began in late 2017"
_WAR_BEGAN_IN = re.compile(r"\b(?:war|conflict|insurgency|rebellion|uprising)\b[^.;]{0,80}?\b(?:began|begun|started|erupted|"
                           r"broke\s+out)\s+(?:in\s+)?$", re.I)
_FORMED_IN = re.compile(r"\b(?:was|were)\s+(?:formed|founded|created|established)\s+(?:in\s+)?$", re.I)
