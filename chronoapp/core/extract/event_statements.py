"""Event statements: the sayings a chronology records, and the dates that belong to a saying.

Who says what and when: a notable statement (statement: an official tells or warns what will (not) be
done) and one in a clause of its own after an event the sentence told first (second_statement); a
titled official's quotation opening a paragraph (official_quote); a party's denial of the act just
told (denial) and a side's later word that it repelled it (counter_claim). Who counts as speaking
officially: an official (official_says: a surname the article titled before), a state, its capital or
a named armed group (state_says), a party to the event just told speaking of itself (party_says).
Which dates are the saying's: the statement's own day (report_date: "said Thursday"), the speech a
step is taken in (spoken_step), a date of what a statement says will be done (plan_date, and a plan
told in an aside: _planned_aside); where a threat or a conditional starts (hypothetical) and where
what was said to come starts after a step told as done (step_then_saying).

Apart from events.py because this reads sayings and their speakers (StatementFinding's docstring names
what it reads from the Builder); events.py decides which sentences and dates make events and asks
this module whether a sentence is a saying and which of its dates is the saying's; this module never
imports events.py.
"""
from __future__ import annotations

import bisect
from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)

from chronoapp.core.extract import entities
from chronoapp.core.extract.draft import _ARMED_TYPES, _TALLY, _VIOLENT_TYPES, Draft, calendar_value, parse_timex
from chronoapp.core.extract.duplicates import _WINDOW
from chronoapp.core.extract.event_actors import _SPEECH_VERB
from chronoapp.core.extract.event_places import _SAYING
from chronoapp.core.extract.event_types import _BEFORE_REACH, _MEASURE_TAKEN, _ends_at, _finite_step, finite_violent
from chronoapp.core.extract.sentences import Sentence
from chronoapp.core.extract.vocab import Cue

_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|(?:told|tells)(?:\s+(?:reporters|journalists|the\s+press|parliament|lawmakers|legislators|MPs|senators|(?-i:(?:The\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})))?|reported|compiled\s+by(?:\s+[\w'-]+){1,8}?|announced|confirmed|stated|added|statement|statements|claimed|"
    r"(?:statement|communiqu\u00e9|communique)\s+(?:by|from)(?:\s+[\w'\u2019.-]+){1,5}?|"  # "A statement by the ministry on Tuesday said"
    r"warned|briefing|interview|press\s+conference|(?:televised\s+|video\s+|radio\s+)?(?:address|speech)|(?:video|audio|message|recording)\s+(?:released|posted|published))"
    # (the channel it was said on may come between: "said on its Twitter account on Saturday", "in a statement on its
    # Amaq news agency late on Sunday", "said on state television on Monday")
    r"(?:\s+(?:on|in|via|through)\s+(?:its|his|her|their|the|a|an|state|official)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:account|channel|agency|website|page|television|TV|radio|feed|outlet|report)"
    # (the report named with its issuing: "said in a new report published today", "in a report released on Friday")
    r"(?:\s+(?:published|released|issued|posted|made\s+public))?"
    # (a platform named bare: "said on Twitter on Thursday", "wrote on Telegram late on Sunday")
    r"|\s+on\s+(?:Twitter|X|Facebook|Telegram|Instagram|YouTube|WhatsApp|social\s+media))?"
    r"\s*(?:,\s*)?(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$", re.I)
# the speech a step is taken in ("declared martial law in a late-night televised address on Tuesday"), and the saying
# verbs that make it a report of something else ("said in a televised address on Tuesday that ...")
_IN_SPEECH = re.compile(r"\bin\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}(?:address|speech)\s*(?:,\s*)?"
                        r"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$", re.I)
# the day as the saying's adjective: "said in a Sunday statement", "told reporters at a Monday briefing"
_SAID_IN_A = re.compile(r"\b(?:said|says|told\s+[\w\s]{1,30}?|announced|confirmed|added|warned|stated|claimed)\s+"
                        r"(?:in|at|during)\s+(?:a|an|its|his|her|their)\s+(?:(?:late|early)\s+)?$", re.I)
# a day opening the sentence, then its subject and a saying verb: "On Tuesday, the state government said ..."
_OPENING_DAY = re.compile(r"\s*(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?", re.I)
_THEN_SAID = re.compile(r",\s+(?:[\w'\u2019.-]+\s+){1,8}?(?:said|says|told|announced|warned|stated|added)\s+(?:that\b|[a-z])")
_OPENING_IN_A = re.compile(r"\s*(?:In|At)\s+(?:a|an|its|his|her|their)\s+(?:(?:late|early)\s+)?", re.I)
_REPORT_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:statement|communiqu\u00e9|communique|briefing|press\s+conference|interview|"
                                r"address|speech|post|message|report|announcement|update)\b", re.I)
# a group's claim of an attack, told as done ("claimed responsibility", "claimed credit"), and what undoes it before
# the verb: a negation ("No group has claimed", "has not claimed") or a relative aside ("..., which claimed ...")
_CLAIM_MADE = re.compile(r"\bclaimed\s+(?:responsibility|credit)\b", re.I)
_NOT_CLAIMED = re.compile(r"\b(?:no|not|never|nobody|yet\s+to)\b|,\s+(?:which|who|whose)\b", re.I)
_RELATIVE_TO_HERE = re.compile(r",\s+(?:where|which|who|whose)\b[^,;]*$", re.I)  # (searched up to a position: the clause it is in)
# what was said, told after the saying's day (not an attribution closing the sentence: "..., the coast guard said on Monday.")
_SAID_WHAT = re.compile(r"\s*(?:that\b|(?:the|this|these|those|it|he|she|they|we|its|his|her|their|there)\s)", re.I)
# what is still being done, told by its side ("said on Sunday that troops were pursuing the rebels"): the operation
# going on, no saying of its own
# (not an effort or a plan told as going on: "said on Sunday it was seeking access to the area", "investigators were
# trying to establish how ...": the speaker's own intent, a saying of its day)
_GOING_ON = re.compile(r"\b(?:was|were|is|are)\s+(?:still\s+)?(?!(?:seeking|trying|working|planning|preparing|considering|"
                       r"investigating|studying|reviewing|examining|looking\s+into)\b)[a-z]+ing\b")
_SAYING_VERB = re.compile(r"\b(?:said|says|told|stated|added|announced|warned)\b", re.I)
_REPORT_ANCHORS = ("dct", "narrative")  # "said Thursday", "said the next day" (not "said in 2010")
# (or, with no "that", what the speaker will do: "said on Saturday she would not step down")
_REPORT_AFTER = re.compile(r"^\s*(?:,\s*)?(?:that\b|,|\.|$|\s+(?:to|by)\s+[A-Z]|\s+(?:said|says)\b|"
                           r"\s+(?:he|she|it|they|we|I)\s+(?:would|will|could|might|may|shall)\b|"
                           # ("said on Friday they were preparing to send troops", "said his country was ready to lead")
                           r"\s+(?:he|she|it|they|we|I|(?:his|her|its|their)\s+\w+)\s+(?:was|were|is|are)\s+"
                           r"(?:ready|prepared|preparing|willing)\s+to\b|"
                           # (what was said, with no "that": "said on Monday the attacks were wrong and must stop")
                           r"\s+(?:the|this|these|those)\s+(?:[\w'-]+\s+){0,3}?(?:was|were|is|are|had|has|have|would|will)\b)", re.I)
# a side's own account of the attack just told: "its troops had repelled the assault"
_REPELLED_IT = re.compile(r"\b(?:repelled|repulsed|foiled|thwarted|fought\s+off|beat\s+back)\s+(?:the|this|that)\s+"
                          r"(?:attack|assault|offensive|raid|incursion|attempt)\b", re.I)
# what a government says others must do or it stands ready to do: "X and Y should make a deal", "expected both
# governments to honour their commitments", "was ready to assist"
_STANCE = re.compile(r"\b(?:should|must|ought\s+to|(?:has|had|have|reserves?|reserved)\s+the\s+right\s+to|(?:was|were|is|are|stood|stands)\s+(?:ready|prepared|preparing|willing)\s+to|"
                     r"expect(?:s|ed)?\s+(?:\w+\s+){1,3}to\s+(?:honou?r|respect|abide|comply|stop|end|halt|withdraw)|"
                     # a commitment stated: "said his government was committed to implementing the deal"
                     r"(?:is|was|are|were|remains?|remained)\s+(?:fully\s+|firmly\s+|still\s+)?committed\s+to|"
                     # a decision made known: "said on Sunday that it had decided to silence its guns"
                     r"(?:has|had|have)\s+decided\s+to)\b", re.I)
# a verdict pronounced in the speaker's own quoted words: "said in London the action was 'limited, necessary and
# proportionate'", "called it 'another devastating consequence of the Russian invasion'"
_VERDICT = re.compile(r"\b(?:(?:called|described)\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:as\s+)?|"
                      r"(?:said|says)\b[^.;\"\u201c]{0,80}?\b(?:was|were|is|are|had\s+been|amounted\s+to)\s+)"
                      r"(?:an?\s+|the\s+)?[\"\u201c]", re.I)
# a standing posture, not an announcement: a reply to whatever may come, a hope, a readiness with nothing planned
_STANDING_STANCE = re.compile(r"\b(?:would|will)\s+(?:\w+ly\s+)?['\"\u2018\u201c]?(?:respond|react|retaliate|reply|hit\s+back|"
                              r"defend)\b[^.;]*?\b(?:any|if|should|whoever)\b|\b(?:we|I)\s+hope\b|"
                              # "The Afghan Taliban vowed to retaliate.": a threat with no act or day named
                              r"\b(?:vow(?:ed|s)?|threaten(?:ed|s)?|pledged|promised)\s+(?:to\s+)?(?:retaliate|respond|revenge|avenge\s+\w+|hit\s+back)"
                              r"\s*(?:[,.'\"\u2019\u201d]|$)|"
                              # "said the operation would continue", "vowed to fight on": more of what goes on, nothing new
                              r"\b(?:would|will|shall)\s+(?:\w+ly\s+)?continue\b|\bfight\s+on\b|"
                              r"\b(?:is|are|remain|remains|stand|stands)\s+ready\s*(?:[,.'\"\u2019\u201d]|$|\s+(?:for|to\s+(?:respond|defend|repel)))", re.I)
_SUBORDINATE_STEP = re.compile(r"\b(?:who|which|that|whose|if|unless|when)\b", re.I)  # a step told aside, not the subject's own
_FUTURE = re.compile(r"\b(?:will|would|shall|plans?\s+to|planned|is\s+due\s+to|are\s+due\s+to|scheduled|"
                     r"is\s+expected\s+to|are\s+expected\s+to|intends?\s+to|going\s+to|could|might|(?-i:may))\b", re.I)  # ("May": the month)
# a saying verb, then what will be done: a later date after it is the plan's, not the saying's (used with endpos)
_SAID_PLAN = re.compile(r"\b(?:said|says|announced|declared|told|pledged|promised|vowed|warned|confirmed|insisted)\b"
                        r"(?:[^.;!?]|\.(?=\s?\w))*?\b(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to|plans?\s+to|planned\s+to)\b"
                        r"(?:[^.;!?]|\.(?=\s?\w))*$", re.I)  # (a dot of an abbreviation goes on: "announced on Nov. 28 that")
_TALKS_PLANNED = re.compile(r"\b(?:summit|talks|meeting|negotiations|peace\s+conference|meet)\b", re.I)
_NOT = re.compile(r"\b(?:not|never|no)\b|n['\u2019]t\b", re.I)
# a party that denies what the story told: "Israel denied responsibility", "The army denied any involvement"
_DENIAL = re.compile(r"\s*(?:But\s+|However,\s+)?(?:[A-Z][\w.'\u2019-]*)(?:\s+[\w.'\u2019-]+){0,5}?"
                     r"(?:,\s+[^,;.]{2,60}?,)?\s+(?:(?:has|had|have)\s+)?"  # (an aside on the denier: "The Pakistani Taliban, or TTP, denied")
                     r"(?:flatly\s+|strongly\s+|quickly\s+|immediately\s+)?(?:denied|rejected|dismissed)\s+(?:any\s+|all\s+)?"
                     r"(?:responsibility|involvement|(?:a|any)\s+role|(?:the|these|those)\s+(?:accusations?|allegations?|claims?|charges?|reports?)"
                     r"|that|(?:having\s+)?(?:targeting|attacking|killing|shelling|bombing|striking|carrying\s+out|firing\s+on))\b")
# a party's word that it did not do the act told ("Russia's defence ministry said its forces had not struck the station"):
# a denial in other words
_SAID_NOT_DONE = re.compile(r"\s*(?:But\s+|However,\s+)?(?:[A-Z][\w.'\u2019-]*)(?:\s+[\w.'\u2019-]+){0,5}?(?:,\s+[^,;.]{2,60}?,)?\s+"
                            r"(?:also\s+)?(?:said|says|insisted)\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:that\s+)?"
                            r"(?:it|they|(?:its|their)\s+(?:[\w-]+\s+)?(?:forces|troops|army|military|aircraft|jets|drones|units|soldiers))\s+"
                            r"(?:had|has|have|did)\s+(?:not|never)\s+(?:struck|strike|attacked|attack|fired|fire|shelled|shell|"
                            r"bombed|bomb|targeted|target|hit|carried\s+out|carry\s+out)\b")
# ("The Kremlin on Monday denied that Russian contractors were fighting ...", "The M23 has denied targeting civilians")
# a date told just before the denial's verb is the denial's: "The Kremlin on Monday denied that ..."
_DENIED_NEXT = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:flatly\s+|strongly\s+|quickly\s+|immediately\s+)?(?:denied|rejected|dismissed)\b")
_ANAPHOR = re.compile(r"\b(?:the|this|that|these|those|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|yester)day['\u2019]s)\s+"
                      r"(?:[\"\u201c]?\w[\w.]*(?:-\w+)*[\"\u201d]?\s+)?(?:attacks?|raids?|strikes?|assault|ambush|"
                      r"fighting|clashes|battle|shelling|bombing|bombardment|explosions?|blasts?|incident|killings?|"
                      r"violence|offensive|operation|abductions?|kidnappings?|exchanges|exchange(?=\s+of\s+fire)|"
                      r"gunfights?|firefights?|skirmish(?:es)?|storming|seizures?|hijackings?)\b", re.I)  # ("In the ensuing exchanges, 23 soldiers ...")
# a group's word that it disbands is its decision taken ("The PKK announced on Monday that it would dissolve and end
# its armed struggle"): a step, not a statement of intent
_DISBANDING_ANNOUNCED = re.compile(r"\b(?:announced|decided|declared|said)\b[^.;]{0,40}?\b(?:that\s+)?(?:it|they)\s+would\s+"
                                   r"(?:dissolve|disband|disarm|lay\s+down\s+(?:its|their)\s+(?:arms|weapons))\b", re.I)
_STATE_SAYS = re.compile(r"(?:[^,;]{0,40},\s+)?(?:The\s+)?(?P<who>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})"
                         r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})?"
                         # (an aside on the state between: "Turkey, which backs some of the rebel factions, said")
                         r"(?:,\s+(?:which|who)\s+[^,;]{3,80},)?\s+(?:also\s+)?"  # ("France and Belgium said")
                         # (an appeal too: "China and the United States urged both sides to show restraint")
                         r"(?:said|says|announced|declared|warned|vowed|pledged|denied|condemned|rejected|accused|urged|appealed)\b")
_PARTY_SPEAKS = re.compile(r"(?:[^,;]{0,40},\s+)?(?P<who>[^,;]{2,50}?)\s+(?:also\s+)?(?:said|says|announced|declared|warned|vowed|"
                           r"pledged|denied|condemned|rejected|accused)\b")
# a named body (a party, a regional bloc) saying on a day, as the subject, what it will do: "The main opposition
# Democratic Party said on Wednesday it would file a motion", "The Southern African Development Community (SADC) said
# on Thursday it would send a fact-finding mission" (the name's last word is capitalised: not "His lawyers said")
_BODY_SAYS = re.compile(r"(?:[^,;]{0,40},\s+)?(?:The\s+)?(?:[\w'\u2019-]+\s+){0,6}?[A-Z][\w'\u2019-]*(?:\s+\([A-Z][\w-]{1,9}\))?"
                        r"\s+(?:said|announced)\s+(?:(?:late|early)\s+)?(?:on\s+)?")
# a named person who speaks in an address or at a press conference on a day ("Vladimir Putin, in a televised address on
# Saturday morning, called the mutiny ...", "Zelenskiy said in his nightly video address on Sunday"): one who holds
# office, whether or not the article gave his title
_NAMED_SUBJECT = re.compile(r"\s*(?:[A-Z][\w'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+(?:,|\s+(?:said|says|told|called|declared|announced|warned|vowed|urged|promised)\b)")
_IN_ADDRESS = re.compile(r"\b(?:in|during|at)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:address|speech|"
                         r"(?:press|news)\s+conference)\s*(?:,\s*)?(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)
_ITS_INTENT = re.compile(r"\s+(?:that\s+)?(?:it|they)\s+(?:would|will)\b")
_SPEAKING_KINDS = ("rebel group", "militia", "armed group", "state forces", "external forces")  # (a body's undated comment is no event)
# an organisation's press release opening with its own stance, in the present: "Medecins Sans Frontieres (MSF) condemns
# in the strongest possible terms the bombing of its hospital", "The ICRC calls on all parties ..."
_RELEASE_STANCE = re.compile(r"\s*(?:The\s+)?[A-Z][\w'\u2019.&-]*\s+(?:(?:[A-Z][\w'\u2019.&-]*|of|the|for|and)\s+){0,7}(?:\([A-Z][\w-]{1,8}\)\s+)?(?:strongly\s+|firmly\s+)?"
                             r"(?:condemns|denounces|deplores|calls\s+(?:on|for)|demands|urges|welcomes)\b")
# where a saying was made: "said in London", "said in a statement from Kigali", "told reporters in Washington"
_SAID_IN_CITY = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists)|warned|stated)\s+(?:in\s+a\s+statement\s+)?(?:in|from)\s+"
                           r"(?P<city>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")
_DONE_TOLD = re.compile(r"\b(?:had|has|have)\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b")
# the monitors' own meetings: "The SMM met the head of the city administration, who said ...", "Monitors also spoke with"
_MONITORS_MET = re.compile(r"\s*(?:(?:On|In)\s+[^,]{1,40},\s+)?(?:[Tt]he\s+)?(?:SMM|[Mm]onitors|[Oo]bservers|Mission)\s+"
                           r"(?:also\s+)?(?:met|spoke)\b")
_OFFICIAL_SAYS = re.compile(
    r"\b(?:minister|chief|commander|spokes(?:man|woman|person)|president|prime\s+minister|general|envoy|"
    r"chair(?:man|woman|person)?|commissioner|director|"
    r"secretary(?:-general)?|governor|ambassador|leader|head|ministry|government|authorities|presidency|cabinet|office|mission|delegation)\b"
    r"(?:[^.;]|(?<=\b[A-Z])\.){0,120}?\b(?:said|says|told|warned|vowed|threatened|pledged|announced|declared|accused|denied|assured|"
    r"condemned|denounced|deplored|welcomed|rejected|appealed|urged|called\s+(?:on|for)|described|"
    r"called\s+(?:the|it|this|that|these|those|them)\s+(?:[\w-]+\s+){0,2}?(?:an?\s+)?[\"\u201c])\b|"
    # (an embassy speaks for its state, as the subject: "The U.S. embassy in Khartoum said on Monday ...")
    r"\bembassy(?:\s+in\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)?\s+(?:said|says|warned|urged|condemned|called\s+(?:on|for))\b", re.I)
# (an initial's stop: "President George W. Bush said"; a verdict on an act: 'called the attack "state terrorism"')
# "Prime Minister Abdulhamid Dbeibah", "President William Ruto": a titled official and the surname
_TITLED = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Minister|Governor|General|Gen\.|Ayatollah|"
                     r"Commander|Secretary(?:-General)?|Foreign\s+Minister|Defen[cs]e\s+Minister|Interior\s+Minister)\s+"
                     r"(?:[A-Z][\w'\u2019-]+\s+){0,3}?(?:(?:al|el|ad|as|ash|at|az)-)?([A-Z][a-z][\w'\u2019-]*\w)\b(?![-'\u2019]|\s+(?:[A-Z]|(?:al|el|ad|as|ash|at|az)-))")
# ("Prime Minister Haider al-Abadi" is then "Abadi", as the wires call him; "al-Abadi" is found by that too)
# an apposition or relative clause between commas: ", who seized power in a coup on March 22,", ", the only
# regional capital Russia had seized since its invasion,"
_HOPED_TO = re.compile(r"\b(?:had\s+)?(?:hoped|expected|intended)\s+to\b")
_ASIDE = re.compile(r",\s+(?:the|a|an|which|who|whose)\s+[^,;]{3,120},")
# "... announced $800 million in new security assistance hours later.": told at the end, the sentence before's day
_HOURS_LATER_END = re.compile(r"\b(?:hours|minutes|moments)\s+later\s*[.!]?[\"\u201d]?$")
_STRAIGHT_AFTER = re.compile(r"(?:(?:Hours|Minutes|Moments)\s+later|Shortly\s+(?:after(?:wards)?|later)|Soon\s+after(?:wards)?|"
                             r"Within\s+(?:hours|minutes)),\s")
# "The RSF said its forces had clashed with ...": a speaker telling what it did itself
_PARTY_SAYS = re.compile(r"(?P<who>[^,;.]{2,80}?)\s+(?:said|says|claimed|confirmed|acknowledged|stated|announced)\s+"
                         r"(?:that\s+)?(?:it|its|they|their|he|his|she|her)\b")
# a relative clause after a vow or threat, and a date of its own in it: an act told, not threatened
_RELATIVE_ACT = re.compile(r",\s+(?:who|which)\s+[^,;.]*")
_OWN_DATE = re.compile(r"\b(?:on|in|last|late|early)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|"
                       r"May|June|July|August|September|October|November|December)\b|\d{4}\b)|\byesterday\b")
_HYPOTHETICAL = re.compile(r"\b(?:would|will|could|might|shall|should|any|anyone|anybody|whoever|if|unless|possible|potential|imminent|"
                           r"(?:threaten(?:ed|s)?|vow(?:ed|s)?|"
                           r"pledged|promised)\s+(?:on\s+\w+day\s+)?to|(?:authori[sz]ed|permitted|allowed)\s+(?:[\w-]+\s+){0,3}?to)\b", re.I)
# ("said he had authorised security forces to shoot to kill": a licence to kill, no killing)
# a sentence that opens with a direct quotation and then names who said it ('"They will pay a heavy
# price," Erdogan told crowds at the airport'): the group "att" is the attribution
_QUOTE_LED = re.compile(r"\s*[\"\u201c](?P<q>[^\"\u201c\u201d]{8,600}?)[\"\u201d],?\s+(?P<att>[^\"\u201c\u201d]{3,200})$")
# who speaks as a private person after a quotation: by age, kin or loss ("said Aisa Jumadil, 42,", "said Tahir
# Ali, whose son ..."), or by a trade or a part in the events ("said shopkeeper Ahmad Shah", "said a resident")
_PRIVATE_SPEAKER = re.compile(
    r"^(?:said|says|recalled|recalls|added|told\s+[\w.]+)\s+(?:"
    r"(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:resident|witness|survivor|farmer|trader|shopkeeper|vendor|mother|father|"
    r"teacher|student|driver|villager|worshipper|parent|relative|neighbou?r|passer-by)\b|"
    r"(?:resident|witness|survivor|farmer|trader|shopkeeper|vendor|mother|father|teacher|student|driver|villager|worshipper)\s+[A-Z]|"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2},\s+(?:\d{1,3},|whose\b|(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:resident|witness|survivor|farmer|trader|shopkeeper|vendor|mother|father|teacher|student|driver|villager|worshipper)\b))")
# a titled official who speaks: "Lebanese President Joseph Aoun condemned", "Prime Minister Narendra Modi vowed"
_TITLED_SPEAKER = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Minister|Governor|General|Gen\.|"
                             r"Commander|Secretary(?:-General)?|Foreign\s+Minister|Defen[cs]e\s+Minister|Interior\s+Minister|"
                             r"Supreme\s+Leader(?:\s+Ayatollah)?|Ayatollah)\s+"
                             r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:al-|el-|bin\s+|(?:de|dos|da|do|van|von|del|di|du)\s+|[A-Z]\.\s+)?[A-Z][\w'\u2019-]+){1,3}),?\s+"
                             # (an aside between: "President Jose Eduardo dos Santos, speaking in Lisbon, said")
                             r"(?:(?:speaking|writing|in\s+a\s+(?:televised|radio|video)\s+\w+)[^,;\"]{0,40},\s+)?(?:has\s+|had\s+|also\s+)?"
                             r"(?:(?:late\s+|early\s+)?on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"  # "Khamenei on Sunday blamed"
                             r"(?:said|says|told|warned|vowed|condemned|urged|called|announced|declared|denied|accused|blamed|"
                             r"demanded|pledged|threatened|insisted|rejected|praised|reported)\b")
# a saying told in the past perfect ("The government had accused Ankara of ..."): made before the story
_HAD_SAID = re.compile(r"\bhad\s+(?:\w+ly\s+|long\s+|already\s+)?(?:said|accused|denied|warned|condemned|rejected|"
                       r"threatened|pledged|announced|declared|vowed)\b", re.I)
# any saying verb: a sentence that says something besides a saying not made ("China did not disclose any
# casualties, but its foreign ministry accused Indian troops of crossing the border") is a statement still
_ANY_SAYING = re.compile(r"\b(?:said|says|told|warned|vowed|threatened|pledged|promised|statement|accus\w+|blam\w+|"
                         r"denie[sd]|condemn\w+|announc\w+|declar\w+|called|acknowledg\w+|urged|confirmed|insisted)\b", re.I)
# a reaction to the act told as the saying's own verb -- condemned, welcomed, mourned, called for calm -- with no day
# of its own: no entry of the chronology (the corpus's undated IGAD and Security Council condemnations), unlike
# a word on what will be done ("told Israel Radio the offensive would end within weeks")
_REACTION = re.compile(r"(?P<subject>[^.;:\"\u201c]{3,160}?)\s+(?:(?:has|have|had)\s+)?(?:(?:also|strongly|swiftly|quickly|immediately|"
                       r"firmly|sharply|roundly|later)\s+)?(?:condemn(?:ed|s)|denounc(?:ed|es)|deplor(?:ed|es)|welcom(?:ed|es)|"
                       r"prais(?:ed|es)|hail(?:ed|s)|mourn(?:ed|s)|express(?:ed|es)\s+(?:\w+\s+)?(?:condolences|sorrow|shock|outrage)|"
                       r"(?:called|appealed)\s+for\s+(?:calm|restraint|talks|dialogue))\b", re.I)
# a saying not made: "The army has not said how long the operation will last", "declined to comment"
_UNSAID = re.compile(r"\b(?:has|have|had|did|does|do|would|could)\s+not\s+(?:yet\s+|immediately\s+|publicly\s+)?(?:said|say|"
                     r"comment(?:ed)?|respond(?:ed)?|given|give|disclosed?|confirm(?:ed)?)\b|\b(?:declined|refused)\s+to\s+"
                     r"(?:say|comment|give|disclose|confirm)\b", re.I)
# a saying told as standing, up to now ("Human Rights Watch has said that the authorities used unjustified lethal
# force", "Mirziyoyev has said the changes will strengthen human rights"): no saying of a day
_HAS_SAID = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|long\s+|also\s+|already\s+)?(?:said|accused|denied|warned|condemned|"
                       r"blamed|insisted|argued|maintained|vowed|pledged|promised|called\s+(?:for|on))\b", re.I)


def _planned_aside(s: str, at: int) -> bool:
    """Position `at` lies in an aside that tells a plan: "Griffiths, who is due to visit Sanaa next week, called ..."."""
    # (or a hope that was not met: "Caen, which Montgomery had hoped to take on the first day, held out")
    return any(a.start() <= at < a.end() and (_FUTURE.search(a.group()) or _HOPED_TO.search(a.group())) for a in _ASIDE.finditer(s))


class StatementFinding:
    """The Builder's statement finding (events.Builder inherits it). Reads from the Builder: `text`,
    `sentences`, `vocab`, `published`, `drafts` (the candidates made so far), `cast`, the cache
    `_officials` (set up in Builder.__init__), the Builder's methods make, headline, clause_of,
    lede_at, hour_of and actors_in, and EventTyping's find_cues. The Builder calls these on self: run
    statement, second_statement, official_quote, denial, counter_claim and hypothetical; dated, own_loss,
    counted_from and the adjacency tests report_date (dated also spoken_step and plan_date); continues
    party_says; make step_then_saying."""

    def party_says(self, s: str, previous: Draft | None) -> bool:
        """ "The Israeli military said it had struck a Hamas commander": a party to the event just
        told gives its side of it (it speaks of itself: "it", "its forces")."""
        m = _PARTY_SAYS.match(s)
        if m is None or previous is None:
            return False
        who = {entities.actor_key(a, self.vocab) for a in self.actors_in(m.group("who"), self.cast)}
        return bool(who & {entities.actor_key(a, self.vocab) for a in previous.actors})

    def denial(self, i: int, sent: Sentence, s: str, txs) -> Draft | None:
        """A party's denial of an act the story told ("Israel denied responsibility and said the blast was
        caused by ...", "The army denied any responsibility, saying in a statement on Sunday that ...", "The Kremlin
        on Monday denied that Russian military contractors were fighting alongside the LNA"): a
        statement of its own, on its day or the publication day, not a detail of the act it denies."""
        denied = _DENIAL.match(s) or _SAID_NOT_DONE.match(s)
        if self.published is None or not denied or not any(d.event_type in _VIOLENT_TYPES for d in self.drafts):
            return None
        dated = [t for t in txs if calendar_value(t.value)]
        said = next((t for t in dated if self.report_date(sent, t) or _DENIED_NEXT.match(self.text, t.end, sent.end)), None)
        if said is None and denied.group().endswith("that"):
            return None  # ("He denied that any launch pads existed": a denial told with no day is the story's detail)
        if said is not None:
            day = calendar_value(said.value)
            d = self.make(i, sent, day, day, said.text, said.reason + "; the date of the denial", [],
                          (said.start, said.end), 0.5, kind="statement")
        elif dated:
            return None  # ("denied that its troops were in Ngarbuh on Friday": the date is of what it denies)
        else:
            day = self.published.isoformat()
            d = self.make(i, sent, day, day, "", "a denial with no date phrase: dated to the publication day",
                          [], None, 0.4, kind="statement")
        d.headline = self.headline(s, None, sent, {}, speaker=True)
        d.attribution = None  # (the denier is its actor, not a source: "Israel denied responsibility and said ...")
        return d

    def claim(self, i: int, sent: Sentence, s: str, txs) -> Draft | None:
        """A group's claim of the attack just told, with no date of its own ("The rebel Free Syrian Army claimed
        responsibility.", "The BLA claimed responsibility for the attack in a statement sent to the media"): a
        statement of its own, on the attack's day (a wire story tells the claim that came with it), not a detail of
        the attack. Not a claim denied or still missing ("No group has claimed responsibility"), nor one in an aside
        on a group's past ("..., which claimed responsibility for ..."), nor one long after the act (no day then)."""
        claimed = _CLAIM_MADE.search(s)
        if claimed is None or any(calendar_value(t.value) for t in txs) or _NOT_CLAIMED.search(s, 0, claimed.start()):
            return None
        act = next((d for d in reversed(self.drafts[-_WINDOW:]) if d.event_type in _ARMED_TYPES), None)
        if act is None or not 0 < i - act.last <= 3 or act.precision != "day" or act.date_end != act.date_start:
            return None
        if any(d.date_start != act.date_start and not d.toll_update for d in self.drafts[self.drafts.index(act) + 1:]):
            return None  # (the story has gone on to a later day since: "... told parliament on Tuesday that the attacks
            # were ... The Islamic State group claimed responsibility": a claim told in that day's news, not the attack's;
            # a later day's toll of the attack is no other news: "put the death toll at more than 90 on Friday")
        d = self.make(i, sent, act.date_start, act.date_end, act.date_text,
                      "a claim with no date of its own: the day of the attack it claims", act.date_alternatives, None, 0.45,
                      kind="statement")
        d.headline = self.headline(s, None, sent, {}, speaker=True)
        d.fatalities, d.attribution = None, None  # (the claimant is its actor; the attack's dead are the attack's)
        return d

    def report_date(self, sent: Sentence, t) -> bool:
        """The timex dates a statement ("said Thursday", "a statement late on Sunday", "said in a Sunday statement")."""
        if t.anchor not in _REPORT_ANCHORS:
            return False
        if self.day_of_saying(sent, t):
            return True
        return _ends_at(_REPORT_BEFORE, self.text, t.start, sent.start) and \
            bool(_REPORT_AFTER.match(self.text[t.end:min(sent.end, t.end + _BEFORE_REACH)])) and not self.spoken_step(sent, t)

    def saying_day(self, sent: Sentence, t) -> bool:
        """The timex dates a saying whose content follows it, whatever that content's shape ("MINUSMA said on Sunday it
        was seeking access", "Turkey said on Saturday it wanted to avoid further instability"): report_date's day, or a
        day after a saying verb with what was said after it. (Only for whether a sentence is a statement: report_date
        keeps its narrower reading for what else a sentence dates, "said on Sunday it had retaken the town".)"""
        return self.report_date(sent, t) or t.anchor in _REPORT_ANCHORS \
            and _ends_at(_REPORT_BEFORE, self.text, t.start, sent.start) \
            and bool(_SAID_WHAT.match(self.text, t.end, sent.end)) and not self.spoken_step(sent, t)

    def opening_saying(self, sent: Sentence, t) -> bool:
        """The timex opens a sentence whose main verb is a saying: "On Tuesday, President Buhari said the attack was
        ...". (Not one of report_date's: what the sentence reports keeps that day as its own, "On Tuesday, the army
        said it had retaken the town"; only a saying that reports no act is dated by it.)"""
        return t.anchor in _REPORT_ANCHORS and _OPENING_DAY.fullmatch(self.text, sent.start, t.start) is not None \
            and _THEN_SAID.match(self.text, t.end, sent.end) is not None

    def day_of_saying(self, sent: Sentence, t) -> bool:
        """The timex is the saying's adjective: "said in a Sunday statement", "told reporters at a Monday briefing"."""
        return bool(_REPORT_NOUN_AFTER.match(self.text, t.end, sent.end)) and (
            _ends_at(_SAID_IN_A, self.text, t.start, sent.start) or  # ("In a Monday statement, the agency said ...")
            _OPENING_IN_A.fullmatch(self.text, sent.start, t.start) is not None and _SAYING_VERB.search(self.text, t.end, sent.end) is not None)

    def spoken_step(self, sent: Sentence, t) -> bool:
        """The timex dates the speech a step is taken in, not a report of something else ("declared martial law in
        a late-night televised address on Tuesday"; not "said in a televised address on Tuesday that ...")."""
        before = self.text[sent.start:t.start]
        speech = _IN_SPEECH.search(before)
        if speech is None or _SAYING_VERB.search(before, 0, speech.start()):
            return False
        steps = self.vocab.cues.find(before[:speech.start()])
        return bool(steps.get("strategic development") or steps.get("diplomacy"))

    def plan_date(self, sent: Sentence, t) -> bool:
        """The timex dates what a statement says will be done ("announced that Georgia would not seek talks
        until 2028", "said she would not step down when her term ends this month"): it ends after the
        publication day, after a saying verb and a 'would/will', and an official says it (so the sentence is
        his statement). The saying was done when it was told, not then."""
        value = calendar_value(t.value)
        if self.published is None or value is None or parse_timex(value).last <= self.published \
                or _SAID_PLAN.search(self.text, sent.start, t.start) is None:
            return False
        told = self.text[sent.start:t.start]
        plan = _SAID_PLAN.search(told)
        if plan and _TALKS_PLANNED.search(plan.group()) and not _NOT.search(plan.group()) and \
                parse_timex(value).precision == "day":
            # "said he would convene a summit on Wednesday": talks set for a day are dated then, held or
            # scheduled (not "said talks would resume next week": a plan he stated)
            return False
        return bool(_OFFICIAL_SAYS.search(told) or self.official_says(told))

    def step_then_saying(self, s: str) -> int | None:
        """Where what was said to come starts, after a step told as done by the subject ("The army was deployed in
        the capital on Tuesday evening and said it would take control of security"): the step is the event, and the
        words after that point ("take control") are no part of its kind."""
        say = _SAYING.search(s)
        mark = _HYPOTHETICAL.search(s, say.start()) if say else None
        if mark is None:
            return None
        before = s[:say.start()]
        done = self.vocab.cues.find(before)
        return mark.start() if _finite_step(before, done) and not set(done) & set(_VIOLENT_TYPES) \
            and not _SUBORDINATE_STEP.search(before) else None

    def hypothetical(self, s: str, cues: dict) -> int | None:
        """Where a threat or a conditional starts ("said ... that the army would 'annihilate' any
        group that attacked ...", "threatened to kill hostages if ...") when every violent word
        of the sentence comes after it: the sentence is a statement, not a battle. Else None."""
        violent = [m.start() for t in _VIOLENT_TYPES for m in cues.get(t, ())]
        say = _SAYING.search(s) if violent else None
        mark = _HYPOTHETICAL.search(s, say.start()) if say else None
        if mark is None:
            return None
        if self.step_then_saying(s) is not None:
            return None  # "The army was deployed in the capital on Tuesday and said it would take control": the step is done
        before = s[:say.start()]
        told = _RELATIVE_ACT.search(s, mark.end())
        if told and _OWN_DATE.search(told.group()):  # "vowed to defeat the militants, who seized Mosul on Tuesday":
            violent = [v for v in violent if v < told.start()]  # what they did, on its own day, is told, not vowed
            if not violent:
                return None
        if mark.start() < min(violent):
            return mark.start()
        if mark.start() == say.start() and any(v > mark.start() for v in violent) and \
                all(v < say.start() or v > mark.start() for v in violent) and not finite_violent(before, self.vocab.cues.find(before)):
            return mark.start()  # "Gunmen holding 1,000 hostages threatened on Friday to start shooting captives": who threatens
        # an official "said the U.S. strikes would push ...": the violence is named again, what it will do is said
        told = [m.span() for m in _ANAPHOR.finditer(s, say.end(), mark.start())] if _OFFICIAL_SAYS.search(s) else []
        return mark.start() if told and all(any(a <= v < b for a, b in told) or v > mark.start() for v in violent) \
            and all(v > say.start() for v in violent) else None

    def statement(self, i: int, sent, s, cues, txs, hypothetical: int | None = None) -> list[Draft]:
        """A notable statement: an official tells or warns what will (not) be done -- "Israel's
        deputy army chief told Israel Radio the army would ..." -- dated by the statement or the
        publication day. A threat (`hypothetical`: where it starts) is one whoever makes it; a
        date inside the threat ("conscription would begin in April") is not the statement's."""
        if self.published is None:
            return []
        # (what a side says it agreed to is news too: "The RSF said it had agreed to a humanitarian truce")
        if hypothetical is None and (finite_violent(s, cues) or not (_OFFICIAL_SAYS.search(s) or self.official_says(s) or self.state_says(s)
                                                                or i == self.lede_at() and _RELEASE_STANCE.match(s)
                                                                or self.body_intends(sent, txs) or self.body_says_on_day(s, sent, txs)
                                                                or self.addresses_on_day(sent, txs))
                                     or not (_FUTURE.search(s) or _STANCE.search(s) or "statement" in cues or "diplomacy" in cues
                                             or _VERDICT.search(s) or self.said_in_capital(s)
                                             or not _TALLY.search(s) and not _GOING_ON.search(s)
                                             and any(self.saying_day(sent, t) and _SAID_WHAT.match(self.text, t.end, sent.end)
                                                     or self.opening_saying(sent, t) for t in txs))):
            # (a state's or a side's word on the act, said on a day, is its account: "Al-Shabab said on its Twitter
            # account on Saturday that the attack was retaliation for Kenya's military intervention")
            return []
        if _MONITORS_MET.match(s):
            return []  # "The SMM met the head of the city administration, who said ...": told to the monitors, no statement
        if not txs and "had " in s and _HAD_SAID.search(s):
            return []  # "The government had accused Ankara of ...": said before the story, no saying of the day
        # (the day inside the vow's words is the vow's: "vowed on Thursday to hunt down those responsible")
        vow = _HYPOTHETICAL.match(s, hypothetical) if hypothetical is not None else None
        dated = [t for t in txs if calendar_value(t.value) and not self.plan_date(sent, t)
                 and (hypothetical is None or t.start - sent.start < hypothetical or vow and t.end - sent.start <= vow.end())
                 and not _planned_aside(s, t.start - sent.start)]
        if not dated and _UNSAID.search(s) and not _ANY_SAYING.search(_UNSAID.sub("", s)):
            return []  # "The army has not said how long the operation will last": nothing said
        if not dated and _HAS_SAID.search(s) and not _SAYING.search(_HAS_SAID.sub("", s)) and i != self.lede_at():
            return []  # "Human Rights Watch has said that ...": up to now, on no day of its own (a lede's is the news:
            # "The British government has formally called for Sinn Fein ... to be expelled from the talks")
        if not dated and _STANDING_STANCE.search(s):
            return []  # "would respond firmly to any attack", "our troops are ready": a posture, nothing done or planned
        if dated:  # the saying's own date first ("The ELN, which was founded in 1964, said on Saturday ...")
            t = next((x for x in dated if self.report_date(sent, x)), dated[0])
            d = self.make(i, sent, calendar_value(t.value), calendar_value(t.value), t.text,
                          t.reason + "; the date of the statement", [], (t.start, t.end), 0.5, kind="statement")
            if _DISBANDING_ANNOUNCED.search(s):
                d.event_type = "strategic development"  # (placed and cast as the saying it is made by)
        elif (last := self.drafts[-1] if self.drafts else None) is not None and last.last == i - 1 \
                and _STRAIGHT_AFTER.match(s) and last.precision == "day":
            # "Hours later, President Daniel Noboa declared ...": the day of what the sentence before told
            d = self.make(i, sent, last.date_start, last.date_start, "", "a statement told as hours after the event "
                          "before it: that event's day", [], None, 0.4, kind="statement")
        elif _HOURS_LATER_END.search(s) and (day := self.day_of_sentence(i - 1)) is not None:
            # "President Joe Biden announced $800 million in new security assistance for Ukraine hours later": the
            # day the sentence before told
            d = self.make(i, sent, day, day, "", "a statement told as hours after the sentence before: its day",
                          [], None, 0.4, kind="statement")
        elif (last := self.drafts[-1] if self.drafts else None) is not None and last.last == i - 1 \
                and (last.event_type == "statement" or last.event_type == "diplomacy"
                     and self.sentences[last.last].paragraph == sent.paragraph) \
                and last.precision == "day" and last.timex_start is not None \
                and 0 < (self.published - parse_timex(last.date_start).first).days <= 3:
            # "On Friday, the government blamed the ELN for the bombing. President Ivan Duque said he was ending
            # peace talks": the saying just told, dated, goes on: its day, not the publication day (so does a meeting's,
            # in its paragraph: "The U.N. Security Council held an emergency meeting on the dam on Tuesday. U.N.
            # Secretary-General Antonio Guterres called it 'another devastating consequence ...'")
            d = self.make(i, sent, last.date_start, last.date_start, "", "a statement with no date phrase, after one "
                          "of a day told just before: that day", [], None, 0.4, kind="statement")
        elif (react := _REACTION.match(s)) and not _ANY_SAYING.search(react.group("subject")) \
                and not (_FUTURE.search(s) or _STANCE.search(s)) and i != self.lede_at():
            return []  # ("UN envoy Ghassan Salame condemned the attack, saying ...": the lede's news is a saying still)
        else:
            day = self.news_day.isoformat()  # (a monitor's daily report: the day it tells as of)
            d = self.make(i, sent, day, day, "", "a statement with no date phrase: dated to the publication day"
                          if self.news_day == self.published else "a statement with no date phrase: the day the report "
                          "tells as of", [], None, 0.4, kind="statement")
        d.headline = self.headline(s, None, sent, cues, speaker=True)
        if _MEASURE_TAKEN.search(s):  # "said ... and declared a \"state of siege\"": the measure (placed and cast as the saying)
            d.event_type = "strategic development"
        return [d]

    def day_of_sentence(self, i: int) -> str | None:
        """The last day-precise date told in sentence i, in the paragraph of sentence i + 1, or None."""
        if i < 0 or self.sentences[i].paragraph != self.sentences[i + 1].paragraph:
            return None
        sent = self.sentences[i]
        days = [v for t in self.timexes[bisect.bisect_left(self._tx_starts, sent.start):bisect.bisect_left(self._tx_starts, sent.end)]
                if (v := calendar_value(t.value)) and parse_timex(v).precision == "day"]
        return days[-1] if days else None

    def second_statement(self, i: int, sent, s: str, txs, made: list[Draft]) -> list[Draft]:
        """A statement dated in a clause of its own, after an event the sentence told first ("The army
        said on Monday it had retaken the town, and the president said on Tuesday that elections would
        be held in March"): the saying is an event too."""
        for t in txs:
            if any(d.timex_start == t.start for d in made):
                continue
            if self.opening_saying(sent, t):
                # "On Tuesday, the state government said some of the girls had been rescued, but it withdrew the claim
                # the next day": the opening saying, when what the sentence made is all of a later clause's dates
                clause = self.clause_of(s, t.start - sent.start, tuple(x.start - sent.start for x in txs if x is not t))
                if clause.strip() and all(d.timex_start is not None and d.timex_start - sent.start >= len(clause) for d in made) \
                        and s.strip().startswith(clause.strip()):
                    return self.statement(i, sent, clause, self.find_cues(clause), [t])
                continue
            if not self.report_date(sent, t) or not re.match(r"\s*(?:that\s+)?[\"\u201c']?\w", self.text[t.end:sent.end]):
                continue  # "..., sources said Tuesday.": the source of what the sentence told
            at = t.start - sent.start
            aside = next((a for a in _ASIDE.finditer(s) if not a.start() <= at < a.end()
                          and all(d.timex_start is not None and a.start() <= d.timex_start - sent.start < a.end() for d in made)), None)
            if aside is not None:  # "Sanogo, who seized power in a coup on March 22, announced on Sunday that ...": his saying too
                clause = s[:aside.start()] + s[aside.end():]  # ("Sanogo announced ...": the aside and its commas out)
                return self.statement(i, sent, clause, self.find_cues(clause), [t])
            clause = self.clause_of(s, at, tuple(x.start - sent.start for x in txs if x is not t))
            if (clause.strip() == s.strip() or clause.strip() and s.strip().startswith(clause.strip())) and not all(
                    d.timex_start is not None and d.timex_start > t.start and _RELATIVE_TO_HERE.search(s, 0, d.timex_start - sent.start)
                    for d in made):
                continue  # (the sentence's first clause is the event already told; not when what was made is only
                # a place's state told aside after the saying: "said on Monday the government would deploy more soldiers
                # to the province, where about 100 troops have been stationed ... since last year")
            return self.statement(i, sent, clause, self.find_cues(clause), [t])
        return []

    def witness_recollection(self, s: str, sent: Sentence, txs) -> bool:
        """'"They came on Monday morning and took my husband," said Aisa Jumadil, 42': a private person's
        quoted memory of a day, with no date outside the quotation, retells what the article tells as
        events; it is no occurrence of its own (a date after the quotation still dates what it tells:
        '..., said Clarissa Ramos, whose husband was shot dead in November 2018')."""
        m = _QUOTE_LED.match(s) if s[:2].lstrip()[:1] in "\"\u201c" else None
        if m is None or not _PRIVATE_SPEAKER.match(m.group("att")):
            return False
        q_end = sent.start + m.end("q")
        dated = [t for t in txs if calendar_value(t.value)]
        return bool(dated) and all(t.start < q_end for t in dated)

    def official_quote(self, i: int, s: str, sent: Sentence, txs, cues: dict, previous: Draft | None) -> list[Draft] | None:
        """'"Russia is waging a full-scale war against Georgia," President Mikheil Saakashvili told CNN on
        Saturday': a titled official's quoted words, opening a paragraph (not a quote that goes on about
        the event just told) and telling no act done, are a statement made that day; the war they name
        is no event of the sentence. None when the sentence is no such quotation (or tells nothing: no cue), or
        when the quotation dates what it tells."""
        m = _QUOTE_LED.match(s) if s[:2].lstrip()[:1] in "\"\u201c" else None
        if m is None or not cues or not _SPEECH_VERB.search(m.group("att")):
            return None
        first = i == 0 or self.sentences[i - 1].paragraph != sent.paragraph
        adjacent = previous is not None and previous.last == i - 1
        if not first and adjacent:
            return None
        att = m.group("att")
        if not (_OFFICIAL_SAYS.search(att) or _TITLED_SPEAKER.search(att) or self.official_says(att) or self.state_says(att)):
            return None
        q_end = sent.start + m.end("q")
        if any(calendar_value(t.value) and t.start < q_end for t in txs):
            return None  # '"They attacked us on Friday," the governor said': the quote tells a dated occurrence
        if set(self.vocab.cues.find(m.group("q"))) - {"background", "statement", "diplomacy"}:
            return None  # '"Our forces have captured Kilinochchi," Rajapaksa said': the capture, told again
        said = {"statement": [Cue("statement", m.start("att"), m.start("att") + 1, att[:1])]}
        return self.statement(i, sent, s, said, [t for t in txs if t.start >= q_end])

    def official_says(self, s: str) -> bool:
        """An official named by surname alone ("Dbeibah said in a televised address that ...")
        whom the article has introduced with a title ("Prime Minister Abdulhamid Dbeibah")."""
        if self._officials is None:
            names = {m.group(1) for m in _TITLED.finditer(self.text, 0, 200_000)}
            # (an aside may come between: "Sogavare, who has refused to step down, ... said")
            self._officials = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names))) + r")(?:,\s+who\b[^,;.]{0,80},)?"
                                         r"\s+(?:[^,;.]{0,60}?\s+)?(?:said|says|told|warned|vowed|threatened|pledged|"
                                         r"announced|declared|ordered)\b") \
                if names else False  # (looked once: none)
        return bool(self._officials) and self._officials.search(s) is not None

    def state_says(self, s: str) -> bool:
        """A state or its capital, or a named armed group or body, speaks as the subject ("Papua New
        Guinea said on Friday it would send 34 peacekeepers", "Canberra said ...", "The M23 rebels said
        they would withdraw from Goma"): an official statement."""
        m = _STATE_SAYS.match(s)
        if m is not None and (self.vocab.country(m.group("who")) or self.vocab.capital_country.get(m.group("who"))
                              or entities.seat_country(m.group("who"))):  # ("The Kremlin said": as its capital)
            return True
        m = _PARTY_SPEAKS.match(s)
        return m is not None and any(a.kind in _SPEAKING_KINDS for _m, a in self.vocab.actor_index.finditer(m.group("who")))

    def said_in_capital(self, s: str) -> bool:
        """The saying is placed in a capital ("Sunak said in London the action was 'limited'", "the foreign ministry
        said in a statement from Kigali that ...", "told reporters in Washington"): a government's word on the
        day's news, told from its seat, as a chronology records it."""
        # (not a report of what was done: "told reporters in Kabul that 1,000 additional troops had been sent" is
        # news of the troops, told through him)
        return any(self.vocab.capital_country.get(m.group("city")) and not _DONE_TOLD.search(s, m.end())
                   for m in _SAID_IN_CITY.finditer(s))

    def body_intends(self, sent: Sentence, txs) -> bool:
        """A named body says, on the day the timex gives, what it will do ("The Southern African Development
        Community (SADC) said on Thursday it would send a fact-finding mission"): a statement of that day."""
        return any(t.anchor in _REPORT_ANCHORS and _BODY_SAYS.fullmatch(self.text, sent.start, t.start)
                   and _ITS_INTENT.match(self.text, t.end, sent.end) for t in txs)

    def addresses_on_day(self, sent: Sentence, txs) -> bool:
        """A named person speaks, as the subject, in an address or at a press conference on the day the timex gives
        ("Vladimir Putin, in a televised address on Saturday morning, called the mutiny 'a stab in the back'"): an
        office holder's saying, titled or not."""
        return _NAMED_SUBJECT.match(self.text, sent.start, sent.end) is not None and any(
            t.anchor in _REPORT_ANCHORS and _ends_at(_IN_ADDRESS, self.text, t.start, sent.start) for t in txs)

    def body_says_on_day(self, s: str, sent: Sentence, txs) -> bool:
        """An international body, as the subject, speaks on a day the sentence names ("The United Nations warned
        last month that an attack on the city would have devastating consequences", "MINUSMA said on Sunday it
        was seeking access"): a statement of that day, as an official's is (its undated comment is none)."""
        m = _PARTY_SPEAKS.match(s)
        return m is not None and any(self.report_date(sent, t) for t in txs) and any(
            a.kind == "international body" for _m, a in self.vocab.actor_index.finditer(m.group("who")))

    def counter_claim(self, i: int, sent: Sentence, s: str, txs) -> Draft | None:
        """A side's word, told on a later day, that it had repelled the attack just told ("The army said on
        Monday that its troops had repelled the assault and "neutralised" dozens of terrorists"): its claim,
        a statement of that day, not a report of the attack."""
        if not _REPELLED_IT.search(s):
            return None
        dated = [t for t in txs if calendar_value(t.value) and not self.hour_of(t, txs)]
        said = dated[0] if len(dated) == 1 and self.report_date(sent, dated[0]) else None
        day = calendar_value(said.value) if said is not None else None
        act = next((d for d in reversed(self.drafts[-_WINDOW:]) if d.event_type in _ARMED_TYPES and d.precision == "day"), None) \
            if day else None
        if act is None or act.last < i - 3 or act.date_end != act.date_start or parse_timex(day).precision != "day" \
                or parse_timex(act.date_start).first >= parse_timex(day).first:
            return None
        d = self.make(i, sent, day, day, said.text, said.reason + "; the day a side told its own account of the attack",
                      [], (said.start, said.end), 0.5, kind="statement")
        countries = {*act.locations, *(entities.place_country(p, self.vocab) for p in act.locations)}
        if set(d.locations) <= countries:
            d.locations = list(act.locations)  # (where the attack was, when it names only that place or its country)
        return d
