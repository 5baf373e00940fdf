"""Event cues and event types: which kind of event (ACLED's: battle, explosion/remote violence,
violence against civilians, protest, riot, strategic development, diplomacy, statement, or
context) a sentence tells.

The vocabulary's cue words are found in a sentence (Vocab.cues), then read in their context:
"struck a deal" is no strike, "landed in Calabar" no projectile, "troops marched on the capital"
an advance, "rebels took Goma" a capture (find_cues, cues). From those cues, event_type decides the
type of the event a dated clause tells: the violence itself, or the step, the charge or the saying
it is told with ("sentenced X over the 2009 massacre", "condemned the attack"). finite_violent
and its kin tell violence told as done ("killed", "were killed") from violence only named or still
to come.

Apart from events.py because this reads one sentence's words and the vocabulary, with a few
facts about the article (EventTyping's docstring names them): it is told a date's precision and
age, but never reads the timexes, the drafts made so far or the sentences around. events.py decides
which sentences and dates make events and asks this module what kind each one is; this module never
imports events.py.
"""
from __future__ import annotations

from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)

from chronoapp.core.extract import entities
from chronoapp.core.extract.draft import _RIOTING, _VIOLENT_TYPES, _WAR, _WAR_TOLL
from chronoapp.core.extract.headlines import _IRREGULAR_PAST, _finite_word, _finite_word_in
from chronoapp.core.extract.vocab import Cue

# a step of justice: "The trial of five men accused of the attack opened in Paris on Monday", "The ICC prosecutor
# charged the former militia leader with war crimes" (not "a unit charged with guarding the border")
_TRIAL_OR_CHARGE = r"(?:trials?\b[^.;]{0,60}?\b(?P<opened>opened|began|started|resumed)|charged\s+(?:[\w'\u2019-]+\s+){0,5}?with\s+(?!\w+ing\b))"
_JUSTICE_STEP = re.compile(rf"\b{_TRIAL_OR_CHARGE}", re.I)
# a court acts: "Brazil's Supreme Court had restricted police operations", "the Constitutional Court annulled the vote"
_COURT_ACTED = re.compile(r"\b(?:[Cc]ourts?|[Tt]ribunal|[Jj]udges?|[Jj]ustices)"
                          # its name and the day: "The East African Court of Justice on Tuesday dismissed a case"
                          r"(?:\s+(?:of|on|in)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})*"
                          # "had on March 27 asked": the day between the auxiliary and its verb
                          r"\s+(?:(?:had|has|have)\s+(?:on\s+[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:,\s+\d{4})?)?,?\s+)?)?(?:\w+ly\s+)?"
                          r"(?P<verb>(?!based\b|tasked\b|dedicated\b|located\b|named\b|called\b)[a-z]+ed)\b")
_CRAFT = r"(?:ships?|vessels?|boats?|warships?|cutters?|tankers?|trawlers?|jets?|aircraft|drones?)"
# "Houthi fighters boarded the Galaxy Leader cargo ship", "The destroyer INS Kolkata intercepted the ship", "coast
# guard ships blocked two Philippine supply boats", "a fighter jet intercepted a Canadian patrol aircraft": armed men
# or a warship stop or harass a vessel or plane (not "pilgrims boarded a ferry")
_CRAFT_STOPPED = re.compile(r"\b(?:boarded|intercepted|blocked|chased|harassed|shadowed)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                            r"(?:ships?|vessels?|boats?|warships?|destroyers?|frigates?|cutters?|tankers?|freighters?|"
                            r"carriers?|dhows?|trawlers?|yachts?|jets?|aircraft|planes?)\b", re.I)  # (drones intercepted: an air attack's)
# "coast guard ships collided near Sabina Shoal", "a Russian jet collided with a U.S. drone" (not "two trains collided")
_COLLIDED = re.compile(rf"\b{_CRAFT}\s+(?:had\s+)?collided\b|\bcollided\s+with\s+(?:an?|the|two)\s+(?:[\w.'\u2019-]+\s+){{0,3}}?{_CRAFT}",
                       re.I)
_WARSHIP = re.compile(r"\b(?:navy|naval|destroyers?|frigates?|warships?|corvettes?|cutters?|coast\s+guard)\b", re.I)
_VOTED = re.compile(r"\b(?:elections?|votes?|voting|polls?|runoffs?|run-offs?|ballots?|motions?|bills?|referendums?|"
                    r"candidates?|race|primary|seats?)\b", re.I)  # "defeated his rival in a runoff": no battle
# a court's, a captor's or a government's act that ends or forbids what the violence named after it began
_JUDGED_OR_FREED = re.compile(r"\b(?:sentenced|convicted|acquitted|found\s+(?:\w+\s+)?guilty|verdict|indicted|coroner|"
                              r"released|freed|set\s+free|banned|prohibited|outlawed|"
                              # a court's ruling on violence: "The U.N. top court ruled on Friday that Israel must halt its offensive"
                              r"ruled\s+(?:[\w.,'\u2019-]+\s+){0,4}?that|(?:court|tribunal|judges?|justices)\s+(?:[\w.,'\u2019-]+\s+){0,4}?"
                              r"(?:ordered|ruled|found)|" + _TRIAL_OR_CHARGE + "|"
                              # "arrested four men suspected of carrying out the attack": the arrest, not the attack
                              r"(?:arrested|detained)\s+(?:[^.;,]{0,40}?\s)?(?:suspected\s+of|accused\s+of|on\s+suspicion\s+of|"
                              r"in\s+connection\s+with)|"
                              # "arrested two suspects, including a 17-year-old who was carrying explosives", "arrested
                              # several members of the cell behind the attack in raids": the arrest, not the attack
                              r"(?:arrested|detained)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|"
                              r"dozens\s+of|\d+)\s+)?(?:more\s+|other\s+)?(?:suspects?|(?:[\w-]+\s+){1,4}?(?:behind|responsible\s+for)\s+the))\b", re.I)
# a step the subject takes after the violence it names: "France declared a state of emergency in New
# Caledonia on Wednesday after a second night of rioting", "Kyrgyzstan and Tajikistan agreed on Friday to a
# ceasefire after three days of fighting": the step is the clause's event (the violence is told before)
_STEP_AFTER_VIOLENCE = re.compile(
    r"(?:[^,;.]{0,80}?\s)?(?:(?P<truce>(?:agreed|signed)\b[^.;]{0,40}?\b(?:ceasefire|truce|peace\s+(?:deal|agreement|accord)))|"
    r"(?:declared|imposed|extended)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:state\s+of\s+emergency|curfew|martial\s+law)|"
    # "Thailand downgraded diplomatic ties ..., expelling the ambassador after a soldier lost a leg to a landmine": diplomacy
    r"(?P<ties>(?:downgraded|cut|severed|suspended|broke\s+off)\s+(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:ties|relations)|"
    # ("expelled Colombia's ambassador": a possessive among the words)
    r"(?:expelled|recalled|summoned)\s+(?:its\s+|their\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:ambassadors?|envoys?|diplomats?))|"
    # "Poland scrambled fighter jets ... after Russia launched a wave of missiles": the air defence's step
    r"scrambled\s+(?:[\w-]+\s+){0,2}?(?:jets?|aircraft|planes?|fighters?|interceptors?)|"
    # "resigned on Monday evening, taking moral responsibility for the deaths": the resignation, not the deaths
    r"resigned|stepped\s+down|quit)"
    r"[^.;]{0,80}?\s(?:after|following|in\s+the\s+wake\s+of|taking\s+(?:\w+\s+)?responsibility\s+for|over|"
    r"in\s+protest\s+(?:at|against|over))\s", re.I)
# the dots of initials and titles, blanked where a clause is read up to its first full stop ("K.P. Sharma Oli resigned")
# (blanked, not cut, so that offsets into the clause stay right)
_INITIALS = re.compile(r"\b([A-Z]|Gen|Col|Maj|Capt|Sgt|Brig|Adm|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Lt|St)\.(?=\s?[A-Z])|"
                       r"\b(Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.(?=\s\d)")  # (a month's: "expelled the ambassador on Jan. 31 after ...")
_AND_THEN = re.compile(r"\band\s+(?:then\s+)?$")
_NAMING_THE_ACT = re.compile(r",?\s+in\s+(?:an?|the|what\s+\w+\s+(?:called|described\s+as))\s+(?:[\w-]+\s+){0,2}?$", re.I)
_CAMPAIGN_BEFORE = re.compile(r"\b(?:campaign|election|electoral)\s+$", re.I)
_FLYER = re.compile(r"\b(?:he|she|they|we|I|pilots?|planes?|aircraft|airliners?|helicopters?|flights?|passengers|delegations?)\s+"
                    r"(?:\w+\s+)?$|\b(?:jets?|planes?|aircraft|airliners?|flights?|helicopters?)\s+and\s+$|"
                    r"\b(?:planes?|aircraft|airliners?|flights?|helicopters?)\b[^.;]{0,30}?\b(?:when|after|as|before|once)\s+it\s+$",
                    re.I)  # who lands in a place without exploding ("left aboard a Nigerian jet and landed in Calabar",
# "setting fire to his small commercial plane when it landed in a remote village")
# a police raid that went in: "a joint operation by Rio's Military Police ... entered Vila Cruzeiro", "riot police entered"
_POLICE_OPERATION = re.compile(r"\b(?:police|gendarmes?|gendarmerie)\b(?!.*\b(?:who|which|as|when)\b)", re.I)
# what police and troops seize that is no place: weapons, drugs, money, vehicles ("93 rifles seized", "seized 2 tonnes of cocaine")
_GOODS = (r"(?:weapons|arms|rifles|guns|firearms|pistols|ammunition|rounds|grenades|explosives|drugs|cocaine|heroin|"
          r"methamphetamine|cannabis|marijuana|cash|money|vehicles|cars|trucks|motorcycles|boats|phones|documents)")
_SEIZED_GOODS = re.compile(rf"\s+(?:[\w,.-]+\s+){{0,4}}?{_GOODS}\b", re.I)
_GOODS_SEIZED = re.compile(rf"\b{_GOODS}\s+(?:were\s+|was\s+|had\s+been\s+)?$", re.I)
_ASKED_HELP = re.compile(r"\b(?:asked|requested|appealed\s+to|called\s+on)\s+(?P<whom>(?:[\w'\u2019.-]+\s+){1,8}?)for\s+"
                         r"(?:military\s+|international\s+|urgent\s+|foreign\s+)?(?:help|assistance|support|intervention|troops|"
                         r"reinforcements)\b")
_FOUND_DEAD_AFTER = re.compile(r"[^.;]{0,60}?\band\s+(?:found|discovered|recovered)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:bodies|remains|corpses)\b", re.I)
_MILESTONE = re.compile(r"\b(?:entered|enters|entering|entered\s+into)\s+its\s+(?:\w+\s+)?(?:year|month|week|day)\b", re.I)
_ARMOUR_BEFORE = re.compile(r"\b(?:tanks?|armou?red\s+\w+|convoys?|columns?|warships?|gunboats?)\b", re.I)  # "tanks entered Saigon"
_A_STRIKE_DID = re.compile(r"\b(?:a|the|another|one)\s+(?P<w>strike)\s+(?:(?:on|in|near)\s+[\w'-]+\s+)?"
                           r"(?:killed|hit|destroyed|wounded|struck|targeted)\b", re.I)
_LODGED = re.compile(r"\blodg(?:e|ed|es|ing)\s+(?:a\s+|an\s+)?(?:(?:formal|strong|strongly\s+worded|official|diplomatic)\s+)?$", re.I)
_IN_PROTEST = re.compile(r"\bin\s+$", re.I)  # "resigned in protest": the manner of another act
_TO_PROTEST = re.compile(r"\bto\s+$", re.I)  # "summoned the ambassador to protest": the purpose of another act
_BY_BOAT = re.compile(r"\s+(?:\w+\s+)?(?:boats?|speedboats?|dinghies|canoes|helicopters?|parachutes?)\b", re.I)  # "landed in boats"
_JAILBREAK = re.compile(r"\bbr(?:oke|eak|eaks)\s+(?:[\w'\u2019-]+\s+){1,6}?out\s+of\s+(?:[\w'\u2019-]+\s+){0,3}?"
                        r"(?:prison|jail|detention|custody)\b", re.I)  # "broke Camara and two co-defendants out of prison"
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)  # "the wounded", "the dead": people, not harm done
# the wounded cared for: "flew dozens of the seriously wounded to Ankara", "visited the injured"; counted by those
# who cared for them ("MSF teams treated 394 wounded people": a hospital's work, no harm done then)
_CARED_FOR = re.compile(r"\b(?:flew|fly|flown|evacuated|evacuating|airlifted|treated|treating|visited|visiting|transported|"
                        r"transferred)\s+(?:[\w-]+\s+){0,3}?(?:the|\d[\d,]*)\s+(?:\w+ly\s+)?$", re.I)
# deaths someone grieves or regrets ("expressed his regret for the two deaths", "condolences over the killing"):
# a saying about them, no harm done here
_GRIEVED = re.compile(r"\b(?:regrets?|condolences|sorrow|grief|sympathy|sympathies|apologi[sz]ed|apology|mourn(?:ed|ing|s)?)\s+"
                      r"(?:for|over|at)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# "troops deployed in South Kivu to fight alongside the army": what they were sent for, not a fight
# an armed raid on a place where only civilians are
_CIVILIAN_TARGET = re.compile(r"\b(?:raided|attacked|stormed|opened\s+fire\s+(?:on|at)|fired\s+(?:on|at|into)|shot\s+at|burst\s+into|"
                              r"entered(?=\s[^.;]{0,60}?,\s+(?:burning|torching|looting|setting\s+fire)\b))\s+"  # (entered a village, burning houses)
                              # ("a girls' secondary school", "a children's hospital": a possessive among the words)
                              r"(?:(?:a|an|the|their|his|her|its)\s+)?(?:(?!military\b|army\b|air\s+force\b)[\w'\u2019-]+\s+){0,3}?"
                              r"(?:school|village|market|church|mosque|hospital|clinic|bus|farm|homes?|houses?|wedding|"
                              r"plane|airliner|train|ferry|"
                              r"funeral|camp\s+for\s+(?:the\s+)?(?:displaced|refugees)|bars?|restaurants?|caf[e\u00e9]s?|"
                              r"concert|nightclub|hotel|shops?|shopping\s+(?:mall|cent(?:re|er))|beach|audience|diners|shoppers)\b", re.I)
_FIRED_ON = re.compile(r"(?:fired|firing|opened\s+fire)\s+(?:(?:automatic|assault|heavy|machine|guns?|weapons?|rifles?|"
                       r"indiscriminately|randomly)\s+){0,3}(?:on|at|into)\b", re.I)  # (the cue is "opened fire": read on)
_SHOT_PEOPLE = re.compile(r"\s+(?:dead\s+)?(?:[\w-]+\s+){0,2}?(?:residents|villagers|civilians|worshippers|passengers|students|pupils|"
                          r"children|women|people|farmers|shoppers|mourners)\b", re.I)
_CALLED_IT = re.compile(r"\bcalled\s+(?=(?:the|this|that|these|those)\s+(?:\w+\s+)?\w+\s+(?:an?|the)\s|"
                        # 'called the storming of parliament "treasonous"'
                        r"(?:the|this|that|these|those)\s+(?:\w+\s+){0,4}?\w+\s+[\"\u201c])")
_BACKED_BY = re.compile(r"\b(?:backed|supported|covered|aided|helped)\s+by\s+(?:[\w.'\u2019-]+\s+){0,3}?$", re.I)
_SENT_TO = re.compile(r"\b(?:deployed|sent|dispatched|stationed|posted|brought\s+in|drafted)\s+(?:[\w'\u2019-]+\s+){0,5}?to\s+$", re.I)
# a fight as the aim of a measure ("declared a state of emergency ... to fight gang extortion"), none told
# (not "began to fight", "continued to fight": the fighting itself)
# ("a police mission began arriving to help Haiti's outnumbered police fight gangs": the help's aim too)
_TO_FIGHT = re.compile(r"(?<!\bbegan\s)(?<!\bstarted\s)(?<!\bcontinued\s)(?<!\bcontinue\s)(?<!\bcontinues\s)\bto\s+"
                       r"(?:help\s+(?:[\w'\u2019-]+\s+){0,4}?)?$", re.I)
_DECLARED_TAKEN = re.compile(r"\bdeclar(?:e|ed|es|ing)\s+(?:\w+\s+){0,3}?(?:liberated|freed|retaken|recaptured|free\s+of)\b", re.I)
# a freeing told with the dead it cost: "freed 104 passengers by Wednesday morning, killing 16 militants" (a rescue by force)
_FREED_BY_FORCE = re.compile(r"[^.;]*?,\s+(?:killing|leaving)\s+(?:at\s+least\s+|more\s+than\s+|all\s+)?\S+\s+(?:\w+\s+)?"
                             r"(?:militants|attackers|gunmen|hostage-takers|kidnappers|insurgents|rebels|fighters|terrorists|dead)\b")
_NOT_FINITE_BEFORE = re.compile(r"\b(?:to|to\s+be|not|never|no|could|would|might|may|will|can|cannot|"
                                # a noun ("the number of wounded"); a present progressive, going on as told
                                # ("The people of East Timor are being massacred")
                                r"of|(?:is|are|am)\s+(?:still\s+)?being)\s+(?:\w+ly\s+)?$", re.I)
# a verb negated or refused, which tells nothing done ("was not fighting", "had never attacked", "did not
# recognize Guaido", "refused to recognise the result")
_NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\brefused\s+to|\brefuses\s+to|\bdeclined\s+to)\s+(?:been\s+)?$", re.I)
# a quantifier that makes the noun after it a kind of act, no one act: "every attack", "any attack", "possible attacks"
_ANY_OF_A_KIND = re.compile(r"\b(?:every|any|possible|potential|future|such)\s+(?:[a-z]+\s+)?$", re.I)
# an attempt told in the past: the violent verb after it is an act that was made, if not achieved
_ATTEMPTED_BEFORE = re.compile(r"\b(?:tried|attempted)\s+to\s+$", re.I)
_HEDGE = re.compile(r"\b(?:whether|unclear|not\s+(?:immediately\s+)?(?:clear|known)|frequently|often|repeatedly|regularly|"
                    r"usually|routinely|if\b)", re.I)
# the protests told before, named again ("said the protests were being organised from abroad")
_THE_PROTESTS = re.compile(r"\b(?:the|these|those|such)\s+$", re.I)
# a saying whose object is a violent act, whatever the act's own clause tells ("condemned an attack ... that killed seven")
_CONDEMNED_ACT = re.compile(r"\b(?:(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|decr(?:ied|ies|ying))\s+"
                            r"(?:(?:an?|the|this|that|these|those|[A-Z]\w+day['\u2019]s)\s+)?(?:[\w'\u2019\"-]+\s+){0,3}?|"
                            # (what a leader calls the act: "called the capture \"an act of war\"", not "called for an attack")
                            r"call(?:ed|s|ing)\s+(?:the|this|that|these|those|[A-Z]\w+day['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,2}?)"
                            r"(?:attacks?|bombings?|strikes?|killings?|massacres?|shootings?|raids?|abductions?|kidnappings?|"
                            r"violence|assault|ambush|blasts?|explosions?|capture|storming|incursions?|offensive|shelling|"
                            r"bombardment)\b", re.I)  # ("called the incursion a \"large-scale provocation\"")
# a denial of the act told after it: "Ankara denied on Saturday that its jets had hit the hospital", "The army denied
# any role in the killings" (the saying is the event, not the strike it denies)
_DENIED_ACT = re.compile(r"\b(?:denied|denies|denying)\s+(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+|[A-Z][a-z]+day\s+)?"
                         r"(?:that\b|(?:any\s+|all\s+)?(?:responsibility|involvement|role|part|claims?|reports?|accusations?|"
                         r"allegations?)\b|(?:having\s+)?[a-z]+ing\b)", re.I)
_OTHER_CLAUSE = re.compile(r";|,?\s+and\s+(?:(?:said|says|added|warned|accused|blamed|vowed)\b|(?-i:[A-Z]))|,\s+(?:saying|adding)\b", re.I)
_BLASTS_HEARD = re.compile(r"\b(?:gunfire|gunshots|shooting|heavy\s+fire)\s+and\s+(?:loud\s+)?(?:explosions|blasts)\b|"
                           r"\b(?:explosions|blasts)\s+(?:were|could\s+be)\s+heard\b", re.I)
_REMOTE_WEAPON = re.compile(r"(?:guided\s+|cruise\s+|ballistic\s+)?(?:air|strike|drone|missile|bomb|rocket|shell)", re.I)
_OUSTED_PERSON = re.compile(r"\bousted\s+(?:(?:long-?time|former|veteran)\s+(?:ruler|leader|president|strongman|dictator)\s+)?"
                            r"(?:(?:President|Prime\s+Minister|Premier|Colonel|Lieutenant\s+Colonel|General|"
                            r"Lt\.?\s+Col\.?|Gen\.?|leader)\s+)?(?P<name>[A-Z][a-z]+)(?:\s+(?:(?:al|el|ad|as)-)?[A-Z][\w\u00c0-\u017f-]+){0,4}"
                            r"(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|during|and|as|after|before|who|whose|with)\b)")
_WEAPON_STRUCK = re.compile(r"\b(?:drones?|missiles?|rockets?|shells?|mortars?|mortar\s+rounds?|projectiles?|air\s+forces?)\s+"
                            r"(?:(?:also|later|then)\s+)?(?:hit|struck|slammed\s+into|landed|exploded|crashed\s+into)\b|"
                            # "said it had struck military-industrial facilities in Kyiv with precision weapons"
                            r"\b(?:struck|hit|targeted)\s+[^.;]{3,80}?\s+with\s+(?:[\w-]+\s+){0,2}?(?:weapons|missiles|drones|rockets|"
                            r"munitions|artillery|bombs)\b", re.I)
_CROWD_CONTROL = re.compile(r"\b(?:tear[\s-]?gas|rubber|stun|smoke|paint)\s+(?:\w+\s+)?$", re.I)  # "tear gas shells", "stun grenades"
_STRUCK_DEAL = re.compile(r"(?:struck|hit)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:deal|agreement|bargain|accord|compromise|balance|"
                          r"tone|note|snag|wall|record|milestone)\b", re.I)
_DEAL_BEFORE = re.compile(r"\b(?:deal|agreement|accord|truce|bargain|compromise)\s+(?:was\s+|were\s+|(?:had\s+|has\s+)?been\s+)?$", re.I)
_AGREED_TO = re.compile(r"\bagreed\s+(?:on\s+|to\s+)?(?:\w+\s+)?$|"
                        # "agreed to a truce to allow the exchange of prisoners": what the deal is for
                        r"\bto\s+(?:allow|enable|permit|facilitate|make\s+way\s+for)\s+(?:the\s+|an?\s+)?$", re.I)
# "striking" as workers on strike or a reach, not a hit: "striking oil workers", "within striking distance"
_STRIKING_NOT_HIT = re.compile(r"\s+(?:(?:[\w-]+\s+){0,2}?(?:workers|miners|teachers|doctors|nurses|employees|staff|"
                               r"drivers|dockers|dockworkers|truckers|civil\s+servants|unions?|union\s+members)|distance|range)\b", re.I)
# the members of an ethnic group or a community: a people, not an armed group's men
_COMMUNITY_MEMBERS = re.compile(r"\bmembers\s+of\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
                                r"(?:ethnic\s+group|ethnic\s+minority|community|communities|tribe|minority)\b", re.I)
# a withdrawal from talks, not from ground: "pulled out of peace talks with the government", "withdrew from the negotiations"
_OUT_OF_TALKS = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:(?!(?:after|before|following|with|and|in|on|at|for|to)\s)[\w'\u2019-]+\s+){0,3}?(?:talks|negotiations|peace\s+process|dialogue)\b", re.I)
# "Saigon fell", "the city of Hue had fallen" (a place is checked; see Builder.place_fell)
_PLACE_FELL = re.compile(r"\b(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+(?:(?:also|later|then|soon|quickly|finally)\s+)?(?P<verb>fell|(?:had|has)\s+fallen)\b"
                         r"(?!\s+(?:silent|ill|asleep|short|apart|behind|below|sharply|quiet|victim|prey|into|in\s+love|back\s+on))")
_FELL_TO = re.compile(r"\b(?P<verb>fell|(?:had|has|have)\s+fallen)\s+to\s+(?:the\s+)?")
# what someone asks for: the violence it names is not the event ("called for an end to the shelling")
_DEMAND = re.compile(r"\b(?:demand(?:ed|ing|s)?|call(?:ed|ing|s)?\s+(?:for|on)|urg(?:ed|ing|es)|"
                     r"appeal(?:ed|ing|s)?\s+(?:for|to)|(?:to\s+)?discuss(?:ed|ing)?)\b", re.I)  # "met to discuss the fighting"
# what followed or framed the event, not the event: ", triggering mass protests", "after days of shelling";
# a ", while ..." clause tells something else at the same time ("troops advanced Monday, while reports
# emerged of chemical attacks"): the main clause gives the type
# a truce one side declares, suspends, ends or breaks: its own step, not talks between two ("the government
# suspended a ceasefire with the EMC", "the TTP ended a ceasefire"; not "announced a ceasefire between ...")
_ONE_SIDED_TRUCE = re.compile(r"\b(?:(?:declared|declares|announced|announces|ended|ends|suspended|suspends|lifted|lifts|"
                              r"called\s+off|abandoned|scrapped|broke|breaks|violated|withdrew\s+from|pulled\s+out\s+of)\s+"
                              r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?|unilateral\s+)"
                              r"(?:ceasefire|cease-fire|truce)\b(?!\s+(?:between|agreement|deal|accord)\b)", re.I)
_AFTER_CAUSE = re.compile(r"\s(?:after|following)\s+(?=(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,4}?(?:[a-z]+ed|went|fought|"
                          r"struck|hit|blew|shot|took|overran|broke|stormed|killed)\b|"
                          # ("declared a state of internal commotion after fighting between the ELN and ...")
                          # (or "after more than a week of fighting between rival factions ... left 30 dead")
                          r"(?:(?:more\s+than\s+|nearly\s+|almost\s+)?(?:a|an|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|months?)\s+of\s+)?"
                          # ("after ethnic clashes between tribal groups ... left at least 54 people dead")
                          r"(?:[a-z][\w-]*\s+){0,2}?(?:fighting|clashes|violence|unrest)\s+(?:between|in|on|that|which|near)\b|"
                          # ("was toppled by the military on July 3 after mass protests against his rule")
                          r"(?:(?:mass|massive|large|nationwide|street|weeks\s+of|months\s+of|days\s+of)\s+)?"
                          r"(?:(?:deadly|violent|bloody|student-led|anti-government|mass|massive|nationwide)\s+)?"  # ("weeks of deadly protests")
                          r"(?:protests|demonstrations|rallies|riots|uprisings?)\b)")
_ASIDE_TYPES = re.compile(r",\s+(?:triggering|prompting|sparking|provoking|fuell?ing|causing|forcing|leading\s+to|while)\b[^;]*|"
                          # "brokered a ceasefire, but shelling resumed hours later": the fighting going on, not the event
                          r",\s+but\s+(?:[\w'\u2019-]+\s+){0,4}?(?:the\s+)?(?:[\w-]+\s+)?(?:fighting|shelling|clashes|attacks|violence|"
                          r"strikes|gunfire|bombardment)\s+(?:had\s+|has\s+)?(?:\w+ly\s+)?(?:resumed|continued|went\s+on|persisted)\b[^;]*|"
                          # "The Fano, a volunteer militia that fought alongside federal troops in Tigray, has accused ...":
                          # what the apposition says its noun once did
                          r"(?<=\w),\s+(?:a|an)\s+(?:[\w'\u2019-]+\s+){1,5}?(?:that|which|who)\s+[^,;]{3,120}(?=,)|"
                          # "while the president was at a summit in Tanzania": where someone was, not what happened
                          r"\bwhile\s+(?:the\s+|his\s+|her\s+)?(?:[\w.'\u2019-]+\s+){0,3}?(?:was|were)\s+(?:away\s+)?"
                          r"(?:at|in|on|attending|visiting|abroad)\b[^,.;]*|"
                          r"\b(?:after|following|amid|despite)\s+(?:(?:several|two|three|four|five|many|\d+)\s+|(?:a|one)\s+(?=\w+\s+of\b))?"
                          r"(?:days?|hours?|weeks?|months?|years?|nights?)\s+of\s+(?:\w+\s+){0,3}?\w+\b(?!\s+(?!(?:in|on|at|by|near|that|which|and|but|as|when|while|after|before|the|a|an)\b)\w)(?:\s+(?:that|which)\s+[^,;]*)?|"
                          # ", in a rare strike on the heart of the junta-led state": what the act amounted to
                          r",\s+in\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:strike|blow|attack|assault|challenge)\s+(?:on|at|against|to)\s[^;]*|"
                          # "resigned in an attempt to calm the protests": what the step was for
                          r"\b(?:in\s+an?\s+(?:attempt|bid|effort)\s+to|(?:aimed|meant|seeking)\s+to)\s+[^,;]*|"
                          # "cut internet access on Nov. 16 to stop protesters from sharing videos": what the step was for
                          r"\bto\s+(?:stop|prevent|keep|deter)\s+[^,;]*|"
                          # "The government, which has rarely published figures since the first attack in 2021, confirmed":
                          # a relative clause between commas tells about its subject
                          r",\s+(?:which|who)\s+[^,;]*,|"
                          # "battling to free passengers held by separatists who blew up a track": what they did before
                          r"\b(?:held|captured|abducted|kidnapped|taken)\s+by\s+[^,;]{2,60}?\s+who\s+[^;]*|"
                          r"\b(?:despite|in\s+spite\s+of|amid|amidst|notwithstanding)\s+(?:the|a|an|its|their)\s+[^,;]*|"
                          r"\b(?:after|following)\s+(?:a|the)\s+(?:wave|series|spate|string|surge|flurry)\s+of\s+[^,;]*|"
                          # ", a day after a soldier was killed": what came before, told by its distance in time
                          r",\s+(?:(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|hours?|weeks?|months?)|hours|days|weeks)\s+"
                          r"(?:after|before)\b[^;]*|"
                          # "opened hearings on Wednesday into killings during the war": what is looked into
                          r"\b(?:hearings?|inquir(?:y|ies)|inquest|investigations?|probes?)\b[^;,]{0,30}?\b(?P<looked_into>into\s+[^;]*)", re.I)
_RIOT_FORCE = re.compile(r"riot\s+(?:police|policemen|officers|squads?|units?|gear|control|troops|shields?)\b", re.I)
# a few quoted words inside a sentence: a figure of speech someone used ("a bleeding wound", "our city is bleeding")
_SHORT_QUOTE = re.compile(r"(?<=[\s(])[\"\u201c](?:[^\"\u201c\u201d\s]+\s+){0,7}[^\"\u201c\u201d\s]+[\"\u201d](?=[\s,.;:)])")
_NAMING = re.compile(r"\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|term(?:s|ed)|dubb(?:ed|ing)|label(?:s|l?ed)|"
                     r"brand(?:s|ed)|as|is|was|were|are|been|remains?|became|becomes?)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.I)
# water cannon turned on a ship ("coast guard vessels fired water cannon at a Philippine supply boat"): a
# stand-off at sea with no weapon fired, a strategic development as ACLED codes it (not police dispersing a crowd)
_WATER_CANNON_AT_SEA = re.compile(r"\bwater\s+cannons?\s+(?:at|on|against)\s+(?:[\w-]+\s+){0,4}?(?:vessels?|boats?|ships?|"
                                  r"ferry|ferries|trawlers?|frigates?)\b", re.I)
_KILLED_WORD = re.compile(r"\b(?:kill(?:ed|ing|s)?|dead|died|deaths?)\b", re.I)
_ARMS = (r"(?:weapons|arms|missiles|rockets|drones|jets|fighter\s+jets|warplanes|aircraft|tanks|artillery|"
         r"ammunition|munitions|shells|rifles|air\s+defen[cs]e\s+systems?|systems)")
# arms supplied to a side ("Stinger missiles reached the rebels", "the US delivered 31 tanks to Ukraine")
# (not "struck an air base with U.S.-supplied ATACMS missiles": the weapons used, no delivery)
# a named person's return to a place ("Machar returned to Juba in April to form a unity government", "Nkurunziza
# returned to Burundi on Friday"): a leader back in play (checked: a place the gazetteer knows; not "Calm returned to
# Kabul")
_NAMED_RETURN = re.compile(r"\b(?!(?:Calm|Peace|Quiet|Normalcy|Normality|Life|Order|Stability|Power|Electricity|Water)\b)"
                           r"(?P<who>[A-Z][\w'\u2019-]+)\s+(?:(?:finally|later|then|eventually)\s+)?(?P<verb>returned)\s+"
                           r"(?:home\s+)?to\s+(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")
_ARMS_DELIVERY = re.compile(rf"\b{_ARMS}\s+(?:from\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+)?"  # "systems from Germany arrived"
                            rf"(?:(?:had|have|has)\s+|were\s+|was\s+)?(?:first\s+|finally\s+)?"
                            rf"(?:reached|arrived\s+in|delivered\s+to|shipped\s+to|supplied\s+to|handed\s+over\s+to)\b|"
                            rf"(?<!-)\b(?:delivered|supplied|shipped|sent|handed\s+over|transferred|provided)\s+(?:(?:the|a|an|its|their|first|"
                            rf"batch|more|new|\S*\d\S*|\w+-made)\s+(?:of\s+)?){{0,4}}(?:[\w-]+\s+){{0,2}}{_ARMS}\b", re.I)
# aircraft or weapons sent on a mission of their own ("sent F-16 fighter jets to bomb military targets"):
# force used, no arms handed over
_SENT_TO_STRIKE = re.compile(r"(?:\s+[\w-]+){0,2}?\s+to\s+(?:bomb|strike|attack|hit|pound|shell|target|raid)\b", re.I)
_EVACUATED = re.compile(r"\bevacuat(?:ed|ing|e)\s+(?:(?:its|their|the|all|some|about|more\s+than|hundreds\s+of|thousands\s+of|\d[\d,]*)\s+)*"
                        r"(?:[\w-]+\s+){0,2}?(?:foreigners|nationals|citizens|diplomats|embassy|staff|expatriates|residents|civilians)\b", re.I)
_OPERATION_LAUNCHED = re.compile(r"\blaunched\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:operation|manhunt|sweep|crackdown)\b", re.I)
# what a crowd protests: "marched ... in silent protest against the bombings", "rallied to condemn the killings"
_PROTESTED_AGAINST = re.compile(r"\b(?:protest(?:ed|ing|s)?|rall(?:y|ied|ies|ying)|demonstrat(?:ed|ing|ions?)|march(?:ed|es|ing)?|"
                                r"vigils?)\b[^.;]{0,60}?\b(?:against|over|condemning|to\s+(?:condemn|denounce|mourn)|denouncing|"
                                r"mourning|in\s+memory\s+of|for\s+the\s+victims\s+of)\s", re.I)
_CLAIMED = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit|the\s+(?:\w+\s+)?(?:attacks?|bombings?|killings?|"
                      r"raids?|strikes?|assault|ambush|kidnapping))\b", re.I)
# a civilian taken ("seized pilot Phillip Mehrtens", "captured two journalists", "seized a priest")
_SEIZED_PERSON = re.compile(r"(?:seized|captured|grabbed|took)\s+(?:(?:a|an|the|two|three|four|five|several|\d+)\s+)?(?:\w+\s+)?"
                            r"(?:pilots?|journalists?|reporters?|photographers?|priests?|nuns?|aid\s+workers?|workers?|"
                            r"teachers?|students?|doctors?|nurses?|tourists?|hostages?|engineers?|missionar(?:y|ies)|"
                            r"fishermen|farmers?|villagers?|passengers?|civilians?|women|children)\b", re.I)
_INTO_WAR = re.compile(r"\w*\s+into\s+(?:(?:open|full-scale|all-out|a|an)\s+)*(?:war|conflict|fighting|violence|clashes|civil\s+war)\b", re.I)
_UNOPPOSED = re.compile(r"\bwithout\s+(?:(?:meeting|encountering|facing|firing)\s+)?(?:(?:a|any|much|serious|a\s+single)\s+)?"
                        r"(?:(?:major|big|real|significant|heavy)\s+)?(?:resistance|fight|fighting|shot|battle|clashes|bloodshed)\b|\bunopposed\b|"
                        r"\b(?:met|meeting|encountered|encountering|faced|facing)\s+(?:no|little)\s+resistance\b|"
                        # "pushed into the town of Makhmour after Kurdish forces left": entered once its holders had gone
                        r"\bafter\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:forces|fighters|troops|soldiers|militants|rebels)\s+"
                        r"(?:had\s+)?(?:left|withdrew|withdrawn|pulled\s+out|retreated|fled|abandoned)\b", re.I)  # ACLED's non-violent transfer of territory
# the other side gave the ground up, told in the same sentence as the capture: "Ukrainian troops entered Kherson after Russia
# completed the withdrawal of its forces", "retaken 12 settlements ... behind the retreating Russian units", "took the
# airport after government troops fled": ACLED's non-violent transfer of territory (armed men leave, not residents)
_ARMED_MEN = r"(?:forces|troops|soldiers|units|fighters|army|militants|rebels|insurgents|jihadists|defenders|garrison|militiamen)"
_GAVE_UP_GROUND = re.compile(rf"\b{_ARMED_MEN}\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:\w+ly\s+)?(?:withdr[ae]w\w*|pulled\s+out|"
                             rf"retreated|abandoned|fled|left)\b|"
                             rf"\b(?:withdrawal|withdrawing|withdrew|pull-?out|pulling|pulled|retreating|abandoning)\s+(?:of\s+)?(?:[\w'\u2019-]+\s+){{0,2}}?"
                             rf"{_ARMED_MEN}\b", re.I)
# the cues of a capture or an entry, which a withdrawal makes a transfer (not "clashed", "attacked", "shelled": a fight)
_TAKING = re.compile(r"(?:captur|seiz|retak|retook|recaptur|took|taken|take|regain|gained|establish|entered|swept|moved|rolled|"
                     r"pushed|pushing|advanc|liberat|occupied|fell|fallen|reached)", re.I)
# a measure the speaker takes or commits to, told as a saying: "declared a \"state of siege\"", "declared three days of
# national mourning", "announced $800 million in new security assistance", "Britain would send 14 Challenger 2 tanks",
# "announced that his men would turn back": a step (ACLED's strategic development), not words (not "said the offensive
# would end within weeks", "would send a mission", "would send 500 more troops to the region": an intent, an envoy, its
# own forces moved; arms promised to another are ACLED's step, as arms delivered are)
_MEASURE_TAKEN = re.compile(r"\b(?:declared|declares|imposed|imposes|announced|announces|proclaimed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                            r"[\"\u201c]?(?:state\s+of\s+(?:emergency|siege|war)|martial\s+law|curfew|(?:national|public)\s+mourning|"
                            r"days?\s+of\s+mourning)\b|"
                            r"\b(?:announced|announces|pledged|pledges|unveiled|approved)\s+(?:an?\s+|the\s+|\S*\d\S*\s+)?(?:[\w$,.-]+\s+){0,4}?"
                            r"(?:military|security|defen[cs]e)\s+(?:assistance|aid|package)\b|"
                            r"\b(?:would|will)\s+send\s+(?:[\w$,.-]+\s+){0,6}?(?:tanks|weapons|missiles|(?:military\s+)?equipment|"
                            r"jets|arms|ammunition)\b|"
                            r"\b(?:announced|announces|decided)\b[^.;]{0,40}?\b(?:would|will)\s+(?:withdraw|pull\s+out|pull\s+back|turn\s+back|"
                            r"resume|halt|suspend)\b(?![^.;]{0,60}?\b(?:if|unless)\b)", re.I)  # (not an offer: "only if Israel withdraws")
_MOVED_INTO = re.compile(r"\b(?:moved|rolled|marched|drove|walked|swept|advanced)\s+into\b", re.I)
_BLAME_WORD = re.compile(r"accus|condemn|den(?:y|ie)|blam", re.I)
_ARREST = re.compile(r"arrest|detain", re.I)
_CAUGHT_SUSPECT = re.compile(r"(?:captured|caught|apprehended|nabbed)\s+(?:(?:a|an|one|the|two|three|\d+)\s+)?(?:\w+\s+)?"
                             r"(?:gunm[ae]n|suspects?|attackers?|bombers?|assailants?|hijackers?|kidnappers?)\b", re.I)
_RAID = re.compile(r"raid|sweep|swoop", re.I)
_TOOK = re.compile(r"\b(?:took|taken|takes?(?=\s+(?:control\s+of\s+)?(?:the\s+)?[A-Z]))\s+(?:control\s+of\s+)?(?:(?P<what>the\s+(?:\w+\s+)?(?:town|city|village|base|airport|capital|"
                   r"garrison|port|district|border\s+crossing)\b)|(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?))")
# troops that reached or swept into a town: an advance ("reached the outskirts of Tskhinvali", "swept into the capital")
_REACHED = re.compile(r"\b(?:reached|swept\s+into|rolled\s+into|pushed\s+(?:deep\s+)?into|moved\s+into)\s+(?P<rim>the\s+(?:outskirts|edge|"
                      r"edges|gates|centre|center|heart|suburbs)\s+of\s+)?(?:(?P<what>the\s+(?:\w+\s+)?(?:town|city|village|"
                      r"capital|port|district|provincial\s+capital)\b)|(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?))")
# armed men who drove others out of a place: a battle won ("which drove the militants out of Mogadishu in August 2011")
_DROVE_OUT = re.compile(r"\b(?:drove|driven|drive|drives|driving|forced|chased|pushed)\s+(?:[\w'\u2019-]+\s+){1,4}?out\s+of\s+"
                        r"(?:the\s+(?:\w+\s+)?(?:town|city|village|capital|port|district|region|area|province)\b|[A-Z])")
# a purge: officials removed from their posts ("removed 2,745 judges from duty", "dismissed 15,000 teachers from their jobs")
_PURGED = re.compile(r"\b(?:removed|suspended|dismissed|sacked|fired|purged|expelled)\s+(?:(?:more\s+than|nearly|about|some|over)\s+)?"
                     r"(?:[\d,]+|hundreds|thousands|dozens)\s+(?:[\w-]+\s+){0,3}?(?:from\s+(?:their\s+)?(?:duty|duties|office|posts?|jobs?|"
                     r"positions?|ranks)|judges|officers|officials|teachers|soldiers|police(?:men|\s+officers)?|generals|civil\s+servants)\b", re.I)
_PURGE_WORDS = ("emoved", "uspended", "ismissed", "acked", "ired", "urged", "xpelled")  # (a cheap look before the regex)
# a crowd that gathered is a rally ("Crowds waving Turkish flags gathered again on Saturday evening")
_GATHERED = re.compile(r"\b(?i:crowds?|thousands|hundreds|tens\s+of\s+thousands|supporters|protesters|demonstrators)\s+"
                       # (not "Hundreds of migrants gathered at the Greek border", "thousands of mourners gathered")
                       r"(?:(?:of|waving|carrying|chanting|holding)\s+)?(?!(?:of\s+)?(?:migrants|refugees|asylum|displaced|mourners|"
                       r"worshippers|pilgrims|people\s+fleeing)\b)(?:[\w-]+\s+){0,3}?(?:gathered|assembled|massed|rallied)\b")
_CROWD_SUBJECT = re.compile(r"\s*(?:(?:Thousands|Hundreds|Tens\s+of\s+thousands|Dozens|Scores)\s+of\s+(?:angry\s+)?(?:people|protesters|"
                            r"demonstrators|students|supporters|residents|youths|men|women)|(?:An?|The)\s+(?:angry\s+)?(?:crowd|mob)s?|"
                            r"(?:Angry\s+)?(?:Protesters|Demonstrators|Rioters|Mobs?|Crowds?))\b")
_CROWD_ACTS = frozenset({"stormed", "storm", "storming", "broke into", "ransacked", "overran", "attacked"})
_CROWD_GATHERED = re.compile(r"\b(?:gathered|assembled|massed|queued|crowded)\b", re.I)
# what a crowd waited for: a way out or help, not a demand ("hoping to be evacuated", "waiting for food")
_TO_GET_OUT = re.compile(r"\b(?:hoping|waiting|trying|desperate|seeking|queuing|scrambling)\s+(?:to\s+(?:be\s+evacuated|be\s+rescued|flee|"
                         r"leave|escape|board|get\s+out|cross|find\s+(?:shelter|safety|food|water)|collect|receive)|for\s+"
                         r"(?:evacuation|food|aid|water|news|shelter|safety|buses|transport|a\s+way\s+out|visas?)\b)", re.I)
# forces a side has sent in, up to now ("Ethiopia has deployed reinforcements to the area since early November",
# "Turkey has sent thousands of troops into the region since early February"): the sending is the act, run on
# from that date (not a force's stay told in the passive: "has been deployed in Haiti since June")
_HAS_DEPLOYED = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:deployed|sent)\b", re.I)
_WHEN_CLAUSE = re.compile(r",\s+when\b", re.I)
_TOLL_TOLD = re.compile(r"\b(?:confirmed|announced|gave|put|revised|published|released|updated|disputed|denied)\s+"
                        r"(?:the|a|its|their|these|those)\s+(?:\w+\s+)?(?:(?:death|casualty)\s+)?(?:toll|figures?|"
                        r"number\s+of\s+(?:\w+\s+)?(?:dead|deaths|killed|casualties|victims)(?:\s+\w+)?\s+at)\b", re.I)
_PERSON_CAUGHT = re.compile(r"(?P<name>(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)),?\s+(?:was|is|had\s+been|has\s+been)\s+"
                            r"(?:\w+ly\s+)?(?:captured|caught|apprehended|seized)\b")
_ROLE_APPOSED = re.compile(r"\b(?:founder|leader|chief|commander|head|spokes(?:man|woman|person)|president|minister|"
                           r"general|colonel|emir|deputy|son|brother|daughter|wife|husband)\s*,\s*$", re.I)
# an attack on a post armed men hold: whoever died there, its defenders were fighting ("gunmen attacked the
# National Penitentiary", "the attack on the Northern Command base")
_ARMED_TARGET = re.compile(r"\b(?:attacked|stormed|raided|assaulted|overran|(?:attack|assault|raid)s?\s+on)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                           r"(?:[\w'\u2019-]+\s+){0,3}?(?:base|barracks|garrison|checkpoint|outpost|army\s+post|military\s+post|patrol|"
                           r"police\s+station|penitentiary|prison|jail|police\s+officer|policem[ae]n|soldier|troop|gendarme)s?\b", re.I)
# a leader's call to another, named ("Pompeo spoke to Kenyatta by telephone", "telephoned Netanyahu"): talks between
# the two (not a source talking to the press: "spoke to Reuters by telephone")
# a recognition: of a named leader, state or government, or of someone "as" its president or government
_RECOGNISED = re.compile(r"\brecogni[sz](?:ed|es|e|ing)\s+(?:(?:him|her|them|it)\s+as\b|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
                         r"day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                         r"[A-Z][\w'\u2019-]+)")
_PHONED = re.compile(r"\b(?:(?:spoke|talked)\s+(?:to|with)\s+(?P<a>(?-i:[A-Z][\w.'\u2019-]+)(?:\s+(?-i:[A-Z][\w.'\u2019-]+)){0,3})"
                     r"\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone|(?:tele)?phoned\s+(?P<b>(?-i:[A-Z][\w.'\u2019-]+)))\b", re.I)
# a leader's talk with another state's leader, by any means ("had spoken with Israeli Prime Minister Benjamin Netanyahu",
# "spoke to Pashinyan and Azerbaijani President Ilham Aliyev"): diplomacy (not "spoke to reporters")
_SPOKE_WITH_LEADER = re.compile(r"\b(?:spoke|spoken|talked)\s+(?:by\s+(?:tele)?phone\s+)?(?:to|with)\s+(?:[A-Z][\w.'\u2019-]*\s+(?:and\s+)?){0,2}?"
                                r"(?:[A-Z][a-z]+\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Crown\s+Prince|"
                                r"(?:Foreign|Defen[cs]e)\s+Minister|Secretary\s+of\s+State)\s+[A-Z]")
_PRESS = re.compile(r"(?:The\s+)?(?:Reuters|AFP|AP|Associated|BBC|CNN|Al\s+Jazeera|Agence|Xinhua|Anadolu)\b", re.I)
# a claim made on a day it names ("claimed responsibility for the attack in a statement posted by its Amaq news agency
# late Friday", "JNIM claimed in a statement on Sunday that ...", "Islamic State claimed the Mukondi attack on
# Thursday"): the claimant's own act of that day
_CLAIMED_ON = re.compile(r"\bclaimed\s+(?:responsibility\s+|the\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|killing)s?\s+)?"
                         r"(?:for\s+(?:the|these|those|its|their)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|killings?|assault|raids?)\s+)?"
                         r"(?:in\s+(?:a|an)\s+(?:[\w'\u2019-]+\s+){0,7}?)?(?:(?:late|early)\s+(?:on\s+)?|on\s+)(?=(?-i:[A-Z])|\d)", re.I)
# an official's visit to a place ("President Vladimir Putin visited Beslan on Aug. 20", "Vice President Kashim Shettima
# visited the village on December 8", "inspectors arrived in Damascus on Sunday"): a step of its own, not a visit to the
# wounded or the hospital (still no event)
_OFFICIAL_VISIT = re.compile(r"\b(?:President|Prime\s+Minister|Minister|Governor|Secretary|Chancellor|King|Pope|envoy|officials|"
                             r"delegation|inspectors|leaders)\b[^.;:\"\u201c]{0,60}?\b(?P<verb>visited|arrived\s+in)\s+"
                             r"(?:the\s+(?:town|village|city|site|region|province|capital|country)\b|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)")
_WAR_NAMED = re.compile(rf"\b{_WAR}\b", re.I)
_FREEING = re.compile(r"\b(?:free(?:d|ing)?|rescu(?:ed|ing)|releas(?:ed|ing))\s+(?:(?:all|the|some|about|more\s+than|\d[\d,]*|\w+)\s+){0,3}$", re.I)
_ARMED_WITH = re.compile(r"\barmed\s+with(?:\s+(?!\w+ed\b|(?:" + "|".join(sorted(_IRREGULAR_PAST)) + r")\b)[\w'-]+){1,6}",
                         re.I)  # (up to a verb: "... machetes attacked", "youths armed with sticks broke up a rally")
_GROUND_ASSAULT = re.compile(r"(?:storm|raid|overr[au]n|assault)", re.I)
_WHEN_WORD = re.compile(r"\b(?:after|as|when|following)\b")

_SETTING = re.compile(r"\b(?:during|amid|amidst|in)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)  # "during the battle for"
# but the dead of the fighting itself: "32 people were killed on Saturday and Sunday in fighting around Jableh"
_DIED_IN = re.compile(r"\b(?:killed|died|dead|wounded|injured)\b(?:\s+[\w,]+){0,6}?\s+in\s+(?:the\s+)?(?:heavy\s+|fierce\s+)?$", re.I)

# "all armed groups would be disbanded": a passive still to come
_NOT_DONE_BEFORE = re.compile(r"\b(?:would|will|could|might|may|shall|must|should|to)\s+(?:not\s+)?(?:be|have\s+been)\s+(?:\w+ly\s+)?$",
                              re.I)
_ERUPTED = re.compile(r"\b(?:fighting|clashes|rioting|riots?|gunfire|battles?|protests?)\b[^.;,]{0,40}?"
                      r"(?<!\bhas\s)(?<!\bhave\s)\b(?:broke\s+out|erupted|breaks\s+out|erupts)\b", re.I)  # (not a vague "violence flared")
# ("erupts", "breaks out": a timeline's present)


# a war or fighting that broke out, as the clause's subject: "The civil war erupted in December 2013 (after ...)"
_OUTBREAK = re.compile(r"\b(?:war|conflict|insurgency|rebellion|uprising|fighting|clashes|violence)\b[^.;,]{0,40}?"
                       r"(?<!\bhas\s)(?<!\bhave\s)\b(?:broke\s+out|erupted|began|started|flared)\b", re.I)


def _acts_in_clause(s: str, at: int, cues: dict) -> bool:
    """The clause from `at` to its comma tells violence or a demonstration of its own."""
    stop = s.find(",", at)
    stop = len(s) if stop < 0 else stop
    return any(at < m.start() < stop for k in (*_VIOLENT_TYPES, "lethal", "protest", "riot") for m in cues.get(k, ()))


def _erupted(s: str) -> re.Match | None:
    """Violence named, then its verb: "Rioting broke out in Belfast", "Fighting erupts in Khartoum"."""
    return _ERUPTED.search(s) if "erupt" in s or "broke out" in s or "breaks out" in s else None


def _erupted_kind(s: str) -> str:
    """The kind of violence that broke out ("Fighting erupts in Khartoum": a battle), or ""."""
    m = _erupted(s)
    if m is None:
        return ""
    word = m.group().split()[0].lower()
    return "protest" if word.startswith("protest") else "riot" if word.startswith("riot") else "battle"


def _finite_step(s: str, cues: dict) -> bool:
    """A strategic step told as done ("had detained", "withdrew"), not a noun or an infinitive."""
    return any(_finite_word(m.group()) and not _ends_at(_NOT_FINITE_BEFORE, s, m.start())
               and not _ends_at(_NOT_DONE_BEFORE, s, m.start()) for m in cues.get("strategic development", ()))


# a civilian office-holder named as the one harmed, the sentence's subject: "Slovak Prime Minister Robert Fico was shot
# multiple times", "June 14, 2023 - The governor of West Darfur, Khamis Abakar, is killed" (ACLED: an attack on an unarmed official
# is violence against civilians, whoever the gunman)
_OFFICIAL_HARMED = re.compile(r"(?:[^,\"]{0,40},\s+)?(?:[^,\"\n]{0,20}\s[-\u2013\u2014]\s+)?(?:(?:The|the|A|a)\s+)?"
                              r"(?:[A-Z][\w.'\u2019-]*\s+){0,2}(?:(?:former|deputy|acting|opposition)\s+)?"
                              r"(?i:president|prime\s+minister|premier|governor|(?:[a-z]+\s+)?minister|senator|lawmaker|legislator|"
                              r"mayor|judge|prosecutor|presidential\s+candidate)"
                              r"(?:\s+of\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?,?\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
                              r"(?:,\s+[^,;]{2,60})?,?\s+"
                              r"(?:was|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?(?:shot|stabbed|killed|assassinated|gunned\s+down|wounded|attacked)\b")
# a sentence that opens on a quote, its saying dated after it ("\"... were instigated,\" Ramaphosa said on Friday
# during a visit to Durban"): the saying is the day's event, not what the quote names (unless the quote has a date
# of its own: a witness telling the attack)
_QUOTE_SAID_ON = re.compile(r"\s*[\"\u201c](?P<q>[^\"\u201d]{10,400})[\"\u201d]\s*,?\s+(?:[\w.'\u2019-]+\s+){1,6}?"
                            r"(?:said|says|told\s+(?:[\w.-]+\s+){1,3}?|added|warned|declared|insisted)\s+"
                            r"(?:(?:late\s+|early\s+)?on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_DAY_WORD = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                       r"September|October|November|December|yesterday|today|tonight|last\s+night|this\s+morning)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be)\s+(?:\w+ly\s+)?$")
_BEFORE_REACH = 200  # the "...$" patterns read the few words before a cue: that far back is plenty

# violence named as the subject, then its finished verb: "Shelling nearby forced the monitors to leave the area",
# "Heavy artillery fire damaged the hospital" (not "Shelling was heard", "Explosions could be heard")
_VIOLENCE_DID = re.compile(r"(?:(?:Heavy|Intense|Fierce|Renewed|Sporadic|Artillery|Rocket|Mortar|Tank|Sniper)\s+)?"
                           r"(?:[Ss]helling|[Gg]unfire|[Ff]ire|[Bb]ombardment|[Aa]ir\s?strikes|[Ee]xplosions|[Bb]lasts|[Mm]ortars)\s+"
                           r"(?:(?:nearby|there|overnight|again|also)\s+)?"
                           r"(?:forced|damaged|destroyed|hit|struck|killed|wounded|injured|levelled|leveled|flattened|"
                           r"shattered|set|tore|sent|drove|cut|knocked)\b")


def _ends_at(rx: re.Pattern, s: str, p: int, lo: int = 0) -> bool:
    """rx, anchored with $, matches text ending at s[p] (and starting at lo or later): searched
    in the last _BEFORE_REACH characters only (searching all of s[:p] for every cue is
    quadratic on a huge sentence)."""
    return rx.search(s, max(lo, p - _BEFORE_REACH), p) is not None


_BODIES_FOUND = re.compile(r"\b(?:bodies\s+of\b[^.;]{0,80}?|bodies\s+|corpses\s+)(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                           r"(?:found|discovered|"
                           r"recovered|retrieved|dumped|left|exhumed)\b|\b(?:found|discovered|recovered|retrieved|exhumed)\s+"
                           r"the\s+bodies\s+of\b", re.I)  # (or counted: "19 bodies were found hanging from a bridge")


_CARRIED_OUT = re.compile(r"(?<!\bto\s)\b(?:carried\s+out|conducted|launched|staged|mounted|completed)\s+"
                          # (not a count: "carried out more than 160 attacks in August" is a tally)
                          r"(?!(?:\w+\s+){0,2}?(?:\d|more\s+than|dozens|hundreds|scores|several|numerous|multiple|a\s+series|"
                          r"a\s+string|a\s+wave|a\s+spate)\b)(?:\w+\s+){0,3}?"
                          # ("completed the liberation of the city of Avdiivka": the capture, in a ministry's words)
                          r"(?:air\s*strikes|strikes|raids|attacks?|bombardments?|shelling|assaults?|liberation|capture|encirclement)\b", re.I)
# "have broken the siege of Deir ez-Zor", "lifted the blockade of the city": a siege ended by arms
_SIEGE_BROKEN = re.compile(r"(?<!\bto\s)\b(?:broke|broken|lifted|ended)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:siege|blockade|encirclement)\b", re.I)


_PARTICIPLE_TOLL = re.compile(r",\s+(?:(?:killing|wounding|injuring)\s+(?:at\s+least\s+)?\S+\s|leaving\s+(?:at\s+least\s+|more\s+than\s+|"
                              rf"some\s+|about\s+|nearly\s+|over\s+)?{entities.NUMBER}\s)", re.I)


def finite_violent(s: str, cues: dict) -> bool:
    """A violent cue used as a finished verb ("killed", "were killed", "have retaken", "struck"),
    not a noun, an infinitive or a progressive ("were still battling")."""
    for t in _VIOLENT_TYPES:
        for m in cues.get(t, ()):
            if (_finite_word(m.group()) or m.group()[:4].lower() == "set " and (
                    _ends_at(_PASSIVE_BEFORE, s, m.start()) or m.group().lower() in ("set fire", "set ablaze"))) \
                    and not _ends_at(_NOT_FINITE_BEFORE, s, m.start()):
                return True  # ("had been set on fire": "set" after a passive auxiliary is a past participle;
                # "settlers set fire to cars": the past, as news tells it)
            if _ends_at(_ATTEMPTED_BEFORE, s, m.start()):
                return True  # "demonstrators tried to storm a consulate": an attempt is an act of its day too
    # "the bodies of 20 men were found", "recovered the bodies of three civilians": killings found
    if any(m.group().lower().startswith("bodies") for m in cues.get("lethal", ())) and _BODIES_FOUND.search(s):
        return True
    # "Rioting broke out in Belfast within hours", "clashes erupted": violence named, then its verb
    if _erupted(s):
        return True
    # "..., killing five people": the participle of a reported occurrence; "carried out airstrikes
    # on ISIS positions": a violent noun with a verb of doing it
    # (what "leaving" leaves is a count: "..., leaving 12 dead", not "fled ..., leaving only the elderly behind")
    return bool(_PARTICIPLE_TOLL.search(s)) or \
        bool(_CARRIED_OUT.search(s)) or bool(_SIEGE_BROKEN.search(s)) or bool(_VIOLENCE_DID.match(s))


def _without(found: dict, drop) -> dict:
    """The cues less those in `drop`, and no kind left empty."""
    return {k: kept for k, ms in found.items() if (kept := [c for c in ms if c not in drop])}


# a place described by what goes on there ("in a country where decades of armed conflict have left 450,000 dead"):
# the description's acts are background to the act the clause before it tells
_PLACE_WHERE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:country|nation|region|province|state|city|town|area|place|land)\s+"
                          r"(?:where|in\s+which)\b")


def _outside(found: dict, spans) -> dict:
    """The cues that start in none of the (start, end) spans, and no kind left empty."""
    return {k: kept for k, ms in found.items() if (kept := [c for c in ms if not any(a <= c.start() < b for a, b in spans)])}


# talks opening: "The talks had begun in February 2017", "peace talks with an umbrella group of rebels began in 2015"
_TALKS_BEGAN = re.compile(r"\b(?:talks|negotiations|peace\s+process|dialogue)\s+(?:[\w'\u2019-]+\s+){0,8}?(?:had\s+|have\s+)?"
                          r"(?:began|begun|started|opened)\b", re.I)
# a leader's order to armed forces: "ordered a military offensive", "ordered 10 battalions to the border",
# "ordered combat readiness drills", "ordered its fighters to resume attacks" (not "ordered air strikes on Friday":
# strikes ordered from the air are flown that day)
_ORDERED_FORCE = re.compile(r"\bordered\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+|[\d,]+\s+)?(?:[\w\"\u201c-]+\s+){0,3}?[\"\u201c]?"
                            # (a siege or blockade ordered: "ordered a \"complete siege\" of the Gaza Strip": the order)
                            r"(?:offensive|operation|assault|troops|forces|fighters|soldiers|battalions|siege|blockade|"
                            r"drills|retreat|withdrawal|mobili[sz]ation|deployment|military|army|police|security\s+(?:forces|agencies))\b", re.I)
# what a recalled month opens: a war, an invasion, a campaign or a seizure of power, background to the story
# a war named as the frame of an act ("in a six-week war in 2020 that ended with a truce"), not its start
# (one told with its own course, "in a six-week war in 2020 that ended with a truce on Nov. 10", or where the clause read is
# cut, is left to the dates' reading: its other date's clause would be typed the same, and the two taken for one)
_IN_A_WAR = re.compile(r"\bin\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:war|conflict)\b(?:\s+in\s+\d{4})?+(?!\s+(?:that|which)\b|\s*$)", re.I)
# the verbs of one armed act done (not "hit a high", "took Russia to court", "overruled", "was ousted": no act, or a passive)
_ARMED_ACT_RECALLED = re.compile(r"(?:seized|captured|overran|stormed|bombed|shelled|retook|recaptured|regained\s+control|attacked|"
                                 r"ambushed|invaded|raided|massacred|kidnapped|abducted|swept\s+(?:through|into))\b", re.I)
_PASSIVE_OR_NOT_FINITE = re.compile(r"\b(?:was|were|been|being|be|to|not|never)\s+(?:\w+ly\s+)?$", re.I)
_WAR_OPENED = re.compile(r"\b(?:war|conflict|invasion|invaded?|offensive|campaign|insurgency|uprising|rebellion|coup|"
                         r"(?:seized|took|grabbed)\s+power|began|begun|started|launched|erupted|broke\s+out)\b", re.I)


class EventTyping:
    """The Builder's cue finding and event typing (events.Builder inherits it). Reads from the
    Builder: `vocab` (the Vocab), `history` (the article is a history told long after), `known_places`
    (places editors confirmed), the `_cues` cache (a dict set up empty in Builder.__init__), and its
    methods places_in(clause), speaker_country(s), people() and only_anaphoric(s, cues)."""

    def cues(self, s: str) -> dict:
        if s not in self._cues:  # each sentence is looked at several times
            found = self.find_cues(s)
            marches = found.get("protest")
            if marches and all(c.text.lower() == "marched" and self.armed_subject(s, c.start()) for c in marches):
                # "troops marched on the capital": an advance, not a protest (not "people marched to the home
                # of rebel leader Foday Sankoh": armed men are who marched, not whom they marched to)
                found.setdefault("battle", []).extend(Cue("battle", c.begin, c.stop, c.text) for c in found.pop("protest"))
            raids = found.get("battle")
            if raids and (crowd := _CROWD_SUBJECT.match(s)) and not self.vocab.combatant_re.search(s, 0, raids[0].start()) \
                    and all(c.start() >= crowd.end() and c.text.lower() in _CROWD_ACTS for c in raids):
                # "Thousands of people stormed her official residence and looted furniture": a crowd's riot, no battle
                found = {k: v for k, v in found.items() if k != "battle"}
                found.setdefault("riot", []).extend(Cue("riot", c.begin, c.stop, c.text) for c in raids)
            rallies = found.get("protest")
            if rallies and all(_CROWD_GATHERED.search(c.text) for c in rallies) and _TO_GET_OUT.search(s):
                # "Hundreds of people gathered outside the peacekeepers' base, hoping to be evacuated": no rally
                found = {k: v for k, v in found.items() if k != "protest"}
            if "explosion/remote violence" not in found and found.keys() & {"lethal", "battle", "violence against civilians"}:
                # "killed in an Israeli strike": a state's strike (looked for only where violence is told)
                strikes = [Cue("explosion/remote violence", m.start("weapon"), m.end("weapon"), m.group("weapon"))
                           for m, _c in self.vocab.forces_index.finditer(s)
                           if m.groupdict().get("weapon") and _REMOTE_WEAPON.match(m.group("weapon"))
                           and not _ends_at(_BACKED_BY, s, m.start())]
                if strikes:
                    found["explosion/remote violence"] = strikes
            if "diplomacy" not in found and "recogni" in s and (recognised := _RECOGNISED.search(s)) \
                    and not _ends_at(_NEGATED_BEFORE, s, recognised.start()):
                # "Trump said he recognised Guaido", "recognized Kosovo as a state": one state's recognition of
                # another or of a leader (not "recognised the need", nor a day)
                found["diplomacy"] = [Cue("diplomacy", recognised.start(), recognised.end(), recognised.group())]
            if "diplomacy" not in found and "phone" in s and (phoned := _PHONED.search(s)) \
                    and not _PRESS.match(phoned.group("a") or phoned.group("b")):
                found["diplomacy"] = [Cue("diplomacy", phoned.start(), phoned.end(), phoned.group())]
            if "diplomacy" not in found and ("spoke" in s or "talked" in s) and (talked := _SPOKE_WITH_LEADER.search(s)):
                found["diplomacy"] = [Cue("diplomacy", talked.start(), talked.end(), talked.group())]
            if not found and "claimed" in s and (claimed := _CLAIMED_ON.search(s)):
                # "Islamic State claimed responsibility in a statement posted online on Sunday": a claim made on a day
                # it names is the claimant's saying of that day, though no cue word tells it (one naming the attack
                # is left to the attack's reading: "claimed the attack on Friday night" may date the attack)
                found["statement"] = [Cue("statement", claimed.start(), claimed.end(), claimed.group())]
            self._cues[s] = found
        return self._cues[s]

    def find_cues(self, s: str) -> dict:
        """The vocabulary's cues in s, less those in a figure of speech someone used ('called the
        war "a bleeding wound"'), plus an arms delivery (typed in event_type whatever weapon it names)."""
        found = self.vocab.cues.find(s)
        quoted = [m.span() for m in _SHORT_QUOTE.finditer(s) if _ends_at(_NAMING, s, m.start())]
        if quoted:
            found = _outside(found, quoted)
        if found and (where := _PLACE_WHERE.search(s)) and any(c.start() < where.start() for cs in found.values() for c in cs):
            found = _outside(found, [(where.start(), len(s))])  # ("took office ..., in a country where decades of conflict ...")
        landed = [c for c in found.get("explosion/remote violence", ()) if c.text.lower().startswith("landed")
                  and (_ends_at(_FLYER, s, c.start()) or _BY_BOAT.match(s, c.stop)) or _ends_at(_CROWD_CONTROL, s, c.start())]
        if landed:  # "after he landed in Alama", "the plane landed at": a flight, not a projectile ("tear gas shells": no blast)
            found = _without(found, landed)
        dealt = [c for k in ("battle", "explosion/remote violence") for c in found.get(k, ()) if c.text.lower() in ("struck", "hit")
                 and (_STRUCK_DEAL.match(s, c.start()) or _ends_at(_DEAL_BEFORE, s, c.start()))]
        if dealt:  # "Turkey struck a deal with Russia", "a deal struck between the Taliban and ...": a deal, no strike
            found = _without(found, dealt)
            found.setdefault("diplomacy", []).extend(Cue("diplomacy", c.begin, c.stop, c.text) for c in dealt)
        scrambled = [c for c in found.get("explosion/remote violence", ()) if re.search(r"\bscrambled\s+(?:[\w-]+\s+)?$", s[:c.start()])]
        if scrambled:  # "Poland scrambled fighter jets": aircraft sent up to guard the sky, no strike
            found = _without(found, scrambled)
        on_strike = [c for c in found.get("explosion/remote violence", ()) if c.text.lower() == "striking" and _STRIKING_NOT_HIT.match(s, c.stop)]
        if on_strike:  # "police shot dead 14 striking oil workers", "within striking distance": no strike from afar
            found = _without(found, on_strike)
        sent_for = [c for c in found.get("battle", ()) if _ends_at(_SENT_TO, s, c.start())]
        if "battle" in found:  # "troops backed by U.S. air strikes launched a counteroffensive": a battle, supported
            sent_for += [c for c in found.get("explosion/remote violence", ()) if _ends_at(_BACKED_BY, s, c.start())]
        sent_for += [c for c in found.get("battle", ()) if c.text.lower() in ("fight", "battle") and _ends_at(_TO_FIGHT, s, c.start())]
        if sent_for:
            found = _without(found, sent_for)
        goods = [c for c in found.get("battle", ()) if c.text.lower().startswith(("seiz", "captur", "confiscat"))
                 and (_SEIZED_GOODS.match(s, c.stop) or _GOODS_SEIZED.search(s, max(0, c.start() - 40), c.start()))]
        if goods:  # "93 rifles seized", "seized weapons and drugs": a haul, no fight for a place
            found = _without(found, goods)
        if "diplomacy" not in found and " for " in s and (help_ := _ASKED_HELP.search(s)) and re.search(r"\b[A-Z]", help_.group("whom")):
            # "asked the Russia-led Collective Security Treaty Organization for help": a request to another state or bloc
            found["diplomacy"] = [Cue("diplomacy", help_.start(), help_.end(), help_.group())]
        denied = [c for k in (*_VIOLENT_TYPES, "lethal") for c in found.get(k, ()) if _ends_at(_NEGATED_BEFORE, s, c.start())]
        if denied:  # "its army was not fighting in Karabakh", "did not attack": nothing of the kind done
            found = _without(found, denied)
        milestone = _MILESTONE.search(s) if "its" in s else None
        if milestone:  # "The war entered its second year on Monday": a count of time, no advance
            found = _outside(found, [milestone.span()])
        gear = [m.span() for m in _ARMED_WITH.finditer(s)] if "armed with" in s else ()
        if gear:  # "The attackers, armed with assault rifles and grenades, landed": what they carried, not what they did
            found = _outside(found, gear)
        called = _CALLED_IT.search(s) if "called" in s else None
        if called:  # "Buhari called the abduction a national disaster": a saying about it
            found.setdefault("statement", []).append(Cue("statement", called.start(), called.end(), called.group()))
        cared = [c for c in found.get("lethal", ()) if _ends_at(_CARED_FOR, s, c.start()) or _ends_at(_GRIEVED, s, c.start())]
        if cared:  # "flew dozens of the seriously wounded to Ankara": aid, no harm done (nor "regret for the deaths")
            found = _without(found, cared)
        if "strike" in s and "explosion/remote violence" not in found and (m := _A_STRIKE_DID.search(s)):
            # "On Sunday, a strike killed four people near Mir Ali": a strike from the air that did harm
            found["explosion/remote violence"] = [Cue("explosion/remote violence", m.start("w"), m.end("w"), m.group("w"))]
        erupted = [c for c in found.get("explosion/remote violence", ()) if _INTO_WAR.match(s, c.stop)]
        if erupted:  # "tensions exploded into open war": a war broke out, no blast
            found = _without(found, erupted)
        unopposed = _UNOPPOSED.search(s) if "resistance" in s or "unopposed" in s or "without" in s else None
        if unopposed is not None:  # "moved into the Bakara market ... without meeting resistance": no meeting held
            found = _outside(found, [unopposed.span()])
            moved = _MOVED_INTO.search(s, 0, unopposed.start())
            if moved and not set(found) & set(_VIOLENT_TYPES) and self.armed_subject(s, moved.start()):
                found["strategic development"] = [Cue("strategic development", moved.start(), moved.end(), moved.group())]
        lodged = [c for c in found.get("protest", ()) if _ends_at(_LODGED, s, c.start())
                  or "diplomacy" in found and _ends_at(_TO_PROTEST, s, c.start())]
        if lodged:  # "summoned a U.S. diplomat to lodge a protest", "summoned the Chinese ambassador on Tuesday
            found = _without(found, lodged)  # to protest ...": diplomacy, no street protest
        manner = [c for c in found.get("protest", ()) if c.text.lower() == "protest" and _ends_at(_IN_PROTEST, s, c.start())]
        if manner and set(found) - {"protest", "background"}:  # "ElBaradei resigned in protest": a resignation, no street protest
            found = _without(found, manner)
        victims = [c for c in found.get("violence against civilians", ()) if re.search(r"\bthose\s+$", s[:c.start()])]
        if victims:  # "to rescue those abducted": the people taken before, no abduction told
            found = _without(found, victims)
        entered = [c for c in found.get("battle", ()) if c.text.lower() in ("entered", "crossed into") and not self.armed_subject(s, c.start())
                   and not _ARMOUR_BEFORE.search(s, max(0, c.start() - 60), c.start())
                   and not _POLICE_OPERATION.search(s, max(0, c.start() - 120), c.start())]
        if entered:  # "Lopez and his family entered the Chilean embassy", "rioting entered its fourth night", "3,000 Rohingya
            # had crossed into Bangladesh": no armed advance
            found = _without(found, entered)
        defeated = [c for c in found.get("battle", ()) if c.text.lower() == "defeated" and (_VOTED.search(s) or not
                    self.vocab.combatant_re.search(s, max(0, c.start() - 80), c.stop + 60))]
        if defeated:  # "forces defeated the militants", "It was defeated by Congolese troops"; not "defeated the motion"
            found = _without(found, defeated)
        hard = [c for c in found.get("battle", ()) if c.text.lower() == "hit" and re.match(r"\s+hard\b", s[c.stop:])]
        if hard:  # "Tourism has been hit hard": a blow to the economy, no shot fired
            found = _without(found, hard)
        riot_force = [c for c in found.get("riot", ()) if _RIOT_FORCE.match(s, c.start())]
        if riot_force:  # "riot police fired tear gas": who polices a crowd, no riot
            found = _without(found, riot_force)
        accused = [c for c in found.get("statement", ()) if c.text.lower() == "accused" and (_ends_at(_THE_BEFORE, s, c.start())
                   or re.match(r"\s+of\b", s[c.stop:]) and _JUSTICE_STEP.search(s))]
        if accused:  # "any of the accused officials", "the trial of five men accused of the attack": who is accused, no accusation made
            found = _without(found, accused)
        jailbreak = _JAILBREAK.search(s)
        if jailbreak:
            found.setdefault("strategic development", []).append(
                Cue("strategic development", jailbreak.start(), jailbreak.end(), jailbreak.group()))
        visit = _OFFICIAL_VISIT.search(s) if "visited" in s or "arrived in" in s else None
        if visit and not found.keys() & set(_VIOLENT_TYPES):  # (a visit amid violence told is no step of its own)
            # a state's official in another state's place: diplomacy ("US President Joe Biden, who arrived in Tel Aviv")
            home, there = self.speaker_country(s), entities.place_country(s[visit.end("verb"):visit.end()].strip(), self.vocab)
            kind = "diplomacy" if "diplomacy" in found or home and there and home != there else "strategic development"
            found.setdefault(kind, []).append(Cue(kind, visit.start("verb"), visit.end("verb"), visit.group("verb")))
        if "returned" in s and (back := _NAMED_RETURN.search(s)) and back.group("who") not in self.vocab.places \
                and self.places_in(back.group("place")):
            found.setdefault("strategic development", []).append(
                Cue("strategic development", back.start("verb"), back.end("verb"), back.group("verb")))
        delivery = _ARMS_DELIVERY.search(s)
        if delivery:
            found.setdefault("strategic development", []).append(
                Cue("strategic development", delivery.start(), delivery.end(), delivery.group()))
        if "battle" not in found and ("took" in s or "taken" in s or "take" in s):
            took = next((m for m in _TOOK.finditer(s) if (m.group("what") or m.group("name") in self.vocab.places
                         or self.known_places and m.group("name") in self.known_places)
                         and (m.group().startswith("t" + "ook") or "taken" in m.group() or self.armed_subject(s, m.start()))),
                        None)  # (a timeline's present, "RSF fighters take Wad Madani", with armed men as its subject)
            if took is not None:  # "rebels took Goma", "they had taken the town": a capture
                found["battle"] = [Cue("battle", took.start(), took.end(), took.group())]
        if "strategic development" not in found and any(w in s for w in _PURGE_WORDS) and (purge := _PURGED.search(s)):
            found["strategic development"] = [Cue("strategic development", purge.start(), purge.end(), purge.group())]
        if "protest" not in found and ("gathered" in s or "massed" in s or "assembled" in s):
            if (crowd := _GATHERED.search(s)) and not _HEDGE.search(s):  # (not "relatives gathered at the hospital")
                found["protest"] = [Cue("protest", crowd.start(), crowd.end(), crowd.group())]
        if "battle" not in found and " out of " in s and (out := _DROVE_OUT.search(s)) and self.vocab.combatant_re.search(s):
            found["battle"] = [Cue("battle", out.start(), out.end(), out.group())]  # (not "drove the car out of the garage")
        if "battle" not in found and ("reached" in s or "into" in s):
            went = next((m for m in _REACHED.finditer(s) if (m.group("what") or m.group("rim") or m.group("name") in self.vocab.places
                         or self.known_places and m.group("name") in self.known_places) and self.armed_subject(s, m.start())), None)
            if went is not None and not _FOUND_DEAD_AFTER.match(s, went.end()):
                # "Russian troops reached the outskirts of Tskhinvali": an advance (not "reached a deal", nor "reached
                # the village on Monday morning and found the bodies": they came after the killing)
                found["battle"] = [Cue("battle", went.start(), went.end(), went.group())]
        if not found and (court := _COURT_ACTED.search(s)):  # (with nothing else told: "protesters clashed with
            # police after the top court confirmed the party's victory in October's disputed election" is the clash's)
            found["strategic development"] = [Cue("strategic development", court.start("verb"), court.end("verb"), court.group("verb"))]
        if step := _JUSTICE_STEP.search(s):
            at = step.start("opened") if step.group("opened") else step.start()  # (the verb: a step told as done)
            found.setdefault("strategic development", []).append(
                Cue("strategic development", at, step.end(), step.group()[at - step.start():]))
        if "collided" in s and (collided := _COLLIDED.search(s)):
            found.setdefault("strategic development", []).append(
                Cue("strategic development", collided.start(), collided.end(), collided.group()))
        if (stopped := _CRAFT_STOPPED.search(s)) and (self.armed_subject(s, stopped.start()) or _WARSHIP.search(s, 0, stopped.start())):
            found.setdefault("strategic development", []).append(
                Cue("strategic development", stopped.start(), stopped.end(), stopped.group()))
        if "battle" not in found and ("fell" in s or "fallen" in s):  # (a clause of its own keeps it too)
            fell = self.place_fell(s)
            if fell is not None:
                found["battle"] = [fell]
        return found

    def armed_subject(self, s: str, at: int) -> bool:
        """Armed men are named before position `at`, in its clause: "Russian troops reached ...", not
        "said one passenger, who reached Quetta" (a relative clause about someone else)."""
        armed = [m.end() for m in self.vocab.combatant_re.finditer(s, 0, at)]
        return bool(armed) and not re.search(r",\s+(?:who|whom|whose)\b", s[armed[-1]:at])

    def place_fell(self, s: str):
        """A town that fell ("Mosul fell on 10 June 2014", "Tobi fell to the rebels"): a battle. A
        place the gazetteer knows, or one that fell to armed men: the rouble falling is no event."""
        for m in _PLACE_FELL.finditer(s):
            to = re.match(r"\s+to\s+(?:the\s+)?(?P<who>.{0,40})", s[m.end():])
            if self.places_in(m.group("place")) or (to and (
                    self.vocab.combatant_re.search(to.group("who"))
                    or any(mm.start() == 0 for mm, _a in self.vocab.actor_index.finditer(to.group("who"))))):
                return Cue("battle", m.start("verb"), m.end(), m.group("verb"))
        for m in _FELL_TO.finditer(s):  # "the airport at Kavumu, 30 km north, fell to the rebels": whatever fell
            who = s[m.end():m.end() + 40]
            if self.vocab.combatant_re.match(who) or any(mm.start() == 0 for mm, _a in self.vocab.actor_index.finditer(who)):
                return Cue("battle", m.start(), m.end("verb"), m.group("verb"))
        return None

    def event_type(self, s: str, cues: dict, precision: str, open_ended: bool, old: bool,
                   civilian_dead: bool = False) -> str:
        kinds = [c for k in _VIOLENT_TYPES for c in cues.get(k, ()) if _ends_at(_ANY_OF_A_KIND, s, c.start())]
        if kinds and "statement" in cues:  # "rejected the accusation, saying India was quick to blame Islamabad for every
            cues = _without(cues, kinds)   # attack": a kind of act the saying names, none told; the saying's type
        # background: an open-ended state of affairs, an old year, an old start of a war ("began in 2011")
        if open_ended and "background" in cues and _WAR_NAMED.search(s) and not finite_violent(s, cues):
            return "context"  # "the death toll from the war on Gaza since October 7, 2023, has risen": the war
        if open_ended and set(cues) - {"background", "statement"} == {"lethal"}:
            return "context"  # "At least 30 people have been killed by security forces since 21 October": a running toll
        sent_in = _HAS_DEPLOYED.search(s) if open_ended else None
        if sent_in:  # (what a ", when ..." clause after the date tells is that day's own act, not this one's)
            upto = (when.start() if (when := _WHEN_CLAUSE.search(s, sent_in.end())) else len(s))
            acts = {k: kept for k, v in cues.items() if k not in ("background", "statement") and (kept := [c for c in v if c.start() < upto])}
            if set(acts) == {"strategic development"} and all(c.text.lower().startswith(("deploy", "sent")) for c in acts["strategic development"]):
                return "strategic development"  # "has deployed reinforcements to the area since early November"
        recalled_act = old and self.one_act_recalled(s, cues)
        # (a run from a day months back is background too: "have been exchanging fire since Oct. 8, 2023")
        if (open_ended and (precision not in ("day", "week") or old)) or (precision in ("year", "decade", "century") and old
                                                                   and not recalled_act) or \
                ("background" in cues and old and precision != "day" and not recalled_act
                 and not {"battle", "explosion/remote violence", "lethal", "strategic development"} & set(cues)):
            return "context"
        quoted = _QUOTE_SAID_ON.match(s) if s.lstrip().startswith(("\"", "\u201c")) else None
        if quoted and not _DAY_WORD.search(quoted.group("q")):
            return "statement"  # "\"... were instigated,\" Ramaphosa said on Friday": the saying, not the looting
        if set(cues) - {"background", "statement"} == {"lethal"} and _TOLL_TOLD.search(s):
            return "statement"  # "confirmed the toll in a statement": a report of deaths told before
        claimed = _CLAIMED_ON.search(s) if "claimed" in s else None
        if claimed and not any(c.start() < claimed.start() for t in (*_VIOLENT_TYPES, "lethal") for c in cues.get(t, ())):
            return "statement"  # "The JNIM claimed the attack on Tuesday ..., saying it had killed 200 soldiers": the claim
        if "statement" in cues and self.only_anaphoric(s, cues):
            return "statement"  # "condemned the attack", "condemned the strikes": a saying about a strike
        condemned = (_CONDEMNED_ACT.search(s) or _DENIED_ACT.search(s)) if "statement" in cues else None
        if condemned:  # (the saying reaches to another clause: "... and said militants had also burned down a school",
            # "... and Palestinian factions called a general strike": that clause's act is told too)
            other = _OTHER_CLAUSE.search(s, condemned.end())
            scope = (condemned.start(), other.start() if other else len(s))
            acts = [c.start() for t, found in cues.items() if t not in ("statement", "background") for c in found]
            if all(scope[0] < a < scope[1] for a in acts):
                return "statement"  # "condemned an attack by al-Shabaab militants on a bus ... that killed seven people": the saying
        if "statement" in cues and cues.get("protest") and set(cues) <= {"protest", "statement", "background"} \
                and all(_ends_at(_THE_PROTESTS, s, m.start()) for m in cues["protest"]):
            return "statement"  # "Kobakhidze said on Monday the protests were being organised from abroad and vowed ...": a saying
        if "diplomacy" in cues and self.only_anaphoric(s, cues):
            return "diplomacy"  # "met President Izetbegovic and said the attack must not derail his peace mission"
        if "strategic development" in cues and self.only_anaphoric(s, cues) and _finite_step(s, cues):
            return "strategic development"  # "arrested five people suspected of involvement in the attack"
        if "lethal" not in cues and _ORDERED_FORCE.search(s) and not finite_violent(s, cues):
            return "strategic development"  # "Abiy ordered a military offensive against Tigray": the order, no fight told
        if _WATER_CANNON_AT_SEA.search(s) and not _KILLED_WORD.search(s) and "explosion/remote violence" not in cues:
            return "strategic development"  # "fired water cannon at a Philippine supply boat, injuring three": no weapon fired
        if (sent := _ARMS_DELIVERY.search(s)) and "lethal" not in cues and not _SENT_TO_STRIKE.match(s, sent.end()):
            return "strategic development"  # "Stinger missiles reached the rebels": arms supplied, none fired
        step = _STEP_AFTER_VIOLENCE.match(_INITIALS.sub(lambda m: (m.group(1) or m.group(2)) + " ", s))
        if step and all(c.start() >= step.end() for t in _VIOLENT_TYPES for c in cues.get(t, ())):
            return "diplomacy" if step.group("truce") or step.group("ties") else "strategic development"  # the step, not the violence it follows
        violent = [c.start() for t in _VIOLENT_TYPES for c in cues.get(t, ())]
        undoing = _JUDGED_OR_FREED.search(s)
        if undoing and violent and undoing.start() < min(violent) and not _FREED_BY_FORCE.match(s, undoing.end()) \
                and not any(_ends_at(_AND_THEN, s, p) for p in violent):
            # (not "freed 155 passengers and killed 27 militants", ", killing 16 militants": force used, a battle)
            return "strategic development"  # "sentenced X over the 2009 massacre", "released the pilot they abducted", "banned drones"
        harm = [c.start() for t in ("battle", "explosion/remote violence", "violence against civilians", "lethal") for c in cues.get(t, ())]
        protested = _PROTESTED_AGAINST.search(s) if "protest" in cues and harm else None
        if protested and min(harm) >= protested.end() and \
                re.fullmatch(r"(?:(?!after\b|when\b|as\b|while\b|because\b|\w+day['\u2019]s\b)[\w'\u2019-]+\s+){0,3}", s[protested.end():min(harm)]):
            return "protest"  # "11 million marched on Friday in silent protest against the bombings": the march, no blast
            # (but "to condemn Thursday's bombings" dates the bombings too: left to the phrase's own reading)
        heard = [m.span() for m in _BLASTS_HEARD.finditer(s)] if "heard" in s or "gunfire and" in s else []
        if heard and "explosion/remote violence" in cues and all(any(a <= m.start() < b for a, b in heard) for m in cues.get("explosion/remote violence", ())):
            return "battle"  # "Loyalist troops fought back, and gunfire and explosions were heard": the sound of fighting
        # two forces that exchanged fire or fought, with whatever weapons ("exchanged fire with mortars"): a battle
        fought_it = any(re.match(r"(?:exchanged|clashed|fought|battled|traded)\b", m.group(), re.I) and not _ends_at(_NOT_FINITE_BEFORE, s, m.start())
                        for m in cues.get("battle", ()))
        # (a weapon striking counts where violence is among the clause's cues: not in what "a day after artillery
        # shells hit a resort" tells as the cause of a diplomat's recall)
        if "explosion/remote violence" in cues and not fought_it and not self.assault_after_blasts(s, cues) \
                or _WEAPON_STRUCK.search(s) and set(cues) & set(_VIOLENT_TYPES) or cues.get("battle") and all(
                m.group().lower() in ("struck", "hit") and self.state_before(s, m.start()) or _ends_at(_NAMING_THE_ACT, s, m.start())
                for m in cues["battle"]) and any(m.group().lower() in ("struck", "hit") for m in cues["battle"]):
            # ("Israel struck Hamas leaders in Doha, killing five ... in an unprecedented attack on a Gulf ally": the
            # attack is the strike named again)
            # ("India struck nine sites": a state strikes from afar; its troops would be named)
            return "explosion/remote violence"  # ("a drone struck the oil field": the weapon is the subject)
        # fighting and clashes are between armed groups, whoever is hurt; otherwise civilians are the
        # victims when the clause names them after its first active violent verb (not the attackers)
        two_sided = any(m.group().lower().startswith(("clash", "fight", "fought", "battl", "combat", "gun", "exchange"))
                        and (not _ends_at(_SETTING, s, m.start()) or _ends_at(_DIED_IN, s, m.start()))
                        for m in cues.get("battle", ()))
        verbs = sorted((m.start() for t in ("battle", "lethal", "violence against civilians") for m in cues.get(t, ())
                        if not _ends_at(_PASSIVE_BEFORE, s, m.start())))
        victims = s[verbs[0]:] if verbs else s
        victims = entities.FAMILY_MEMBERS.sub("family", victims)  # relatives are not a group's members
        victims = _COMMUNITY_MEMBERS.sub("people", victims)  # nor is a people ("members of the Masalit ethnic group")
        civilians = not two_sided and (civilian_dead or (bool(self.vocab.civilian_re.search(victims))
                                                         and not self.vocab.combatant_re.search(victims))) \
            and not _ARMED_TARGET.search(s) and not entities.SUNK_WARSHIP.search(s)  # ("were killed in the attack on
        # the Northern Command base": its men fought; "sank the cruiser General Belgrano, killing 323 men": its crew)
        rioting = _RIOTING.search(s)
        if harm and not rioting and cues.get("protest") and all(_ends_at(_CAMPAIGN_BEFORE, s, m.start()) for m in cues["protest"]):
            cues = {k: v for k, v in cues.items() if k != "protest"}  # "shot at a campaign rally": a candidate's meeting, no protest
        if "protest" in cues or rioting:  # ACLED files force against protesters under protests ...
            return "riot" if rioting else "protest"  # ... and protesters' own violence under riots
        if "violence against civilians" in cues and not (
                (two_sided or ("battle" in cues or "lethal" in cues) and
                 _ends_at(_FREEING, s, min(c.start() for c in cues["violence against civilians"])))  # (the hostages first told are freed)
                and all(c.text.lower().startswith("hostage") for c in cues["violence against civilians"])):
            return "violence against civilians"  # (not "troops fought rebels holding dozens of hostages": a battle,
            # nor "commandos ended the siege, freeing 93 hostages", "an operation to free the hostages, killing all
            # 25 militants": a rescue by force)
        if "lethal" not in cues and any(_ARREST.match(m.group()) for m in cues.get("strategic development", ())) and \
                all(_RAID.match(m.group()) for m in cues.get("battle", ())):
            return "strategic development"  # "arrested 20 suspects in raids": the arrests are the event
        if "lethal" not in cues and cues.get("battle") and all(m.group().lower() == "ousted" for m in cues["battle"]):
            person = _OUSTED_PERSON.search(s)
            if person and not self.vocab.places.get(person.group("name")) and \
                    person.group("name") not in self.vocab.demonym_to_country and not self.vocab.country(person.group("name")):
                return "strategic development"  # "Traore ousted Damiba": a coup, not troops driven from a town
        if "lethal" not in cues and cues.get("battle") and any(m.group().lower().startswith("coup")
                                                                for m in cues.get("strategic development", ())):
            return "strategic development"  # "Soldiers stormed the president's residence ... in the first military coup": no fight told
        if "lethal" not in cues and cues.get("battle") and _DECLARED_TAKEN.search(s):
            return "strategic development"  # "arrived in the city on July 9 to declare it liberated": a declaration
        if "lethal" not in cues and cues.get("battle") and (_UNOPPOSED.search(s) or all(
                _TAKING.match(m.group()) for m in cues["battle"]) and _GAVE_UP_GROUND.search(s)):
            return "strategic development"  # "took control of Kirkuk ... from Kurdish fighters, who withdrew largely
            # without a fight", "entered the town without meeting resistance": territory changing hands unopposed
        if "lethal" not in cues and cues.get("battle") and all(_CAUGHT_SUSPECT.match(s, m.start()) for m in cues["battle"]):
            return "strategic development"  # "Police had captured one gunman, Ajmal Kasab": an arrest, no fight
        if "lethal" not in cues and cues.get("battle") and (caught := self.person_caught(s)) and \
                all(caught[0] <= m.start() < caught[1] for m in cues["battle"]):
            return "strategic development"  # "Its founder, Abimael Guzman, was captured in Lima": an arrest, no fight
        if "lethal" not in cues and cues.get("battle") and all(_SEIZED_PERSON.match(s, m.start()) for m in cues["battle"]):
            return "violence against civilians"  # "gunmen seized pilot Phillip Mehrtens": an abduction, no fight
        if "battle" in cues or "lethal" in cues:
            # (the dead may be named past the cut of the type's headline: "..., killing two drivers")
            # ("soldiers fired into a crowd of residents": shots at unarmed people, whoever is hurt)
            fired = any(_FIRED_ON.match(s, m.start()) or m.group().lower() == "shooting" and _SHOT_PEOPLE.match(s, m.stop)
                        for m in cues.get("battle", ()))  # ("stormed Ngarbuh ..., shooting residents": shots at them)
            if civilians and ("lethal" in cues or civilian_dead or fired):
                return "violence against civilians"
            if not two_sided and "lethal" not in cues and _CIVILIAN_TARGET.search(s) and not self.vocab.combatant_re.search(victims):
                return "violence against civilians"  # "raided their boarding school", "attacked a village": no one fought back
            if not two_sided and _BODIES_FOUND.search(s) and not self.vocab.combatant_re.search(s):
                return "violence against civilians"  # "19 bodies were found hanging from a bridge": no fight told
            if not two_sided and _OFFICIAL_HARMED.match(s):
                return "violence against civilians"  # "Prime Minister Robert Fico was shot": an unarmed official
            return "battle"
        blame = [m.start() for m in cues.get("statement", ()) if _BLAME_WORD.match(m.group())]
        if blame and "diplomacy" in cues and min(blame) < min(m.start() for m in cues["diplomacy"]):
            return "statement"  # "accused each other of violating the ceasefire": a charge about the truce
        if "diplomacy" in cues and "strategic development" not in cues and _ONE_SIDED_TRUCE.search(s) and \
                not re.search(r"\b(?:agreed|agree|signed|brokered|mediated|negotiated)\b", s):
            return "strategic development"  # "suspended a ceasefire with the EMC in Cauca in March"
        if "diplomacy" in cues and all(_ends_at(_AGREED_TO, s, m.start()) or _ends_at(_NOT_FINITE_BEFORE, s, m.start())
                                       or _OUT_OF_TALKS.match(s, m.stop) for m in cues.get("strategic development", ())):
            return "diplomacy"  # "agreed to withdraw troops", "agreed to exchange prisoners": what the talks settled;
            # "agreed to a ceasefire on Wednesday, saying they would disarm": a step still to come;
            # "pulled out of peace talks": the talks broken off
        if "statement" in cues and _MEASURE_TAKEN.search(s):
            return "strategic development"  # "declared three days of national mourning": the measure, not the words
        for t in ("protest", "riot", "strategic development", "diplomacy", "statement"):
            if t in cues:
                return t
        if self.history and not cues and not old and precision not in ("year", "decade", "century"):
            return "strategic development"   # a step of the story told (see is_eventful)
        if precision == "day" and not old and _OPERATION_LAUNCHED.search(s):
            return "battle"  # "troops launched a ground operation around Diabaly on Wednesday": the fighting of the day,
            # not the background a war's start is
        if precision == "day" and not old and _EVACUATED.search(s):
            return "strategic development"  # "France began evacuating foreigners on Sunday": a step of the day
        return "context"

    @staticmethod
    def one_act_recalled(s: str, cues: dict) -> bool:
        """An old year names one act of its own kind ("A ceasefire was signed in 1994", "In 2009, millions
        protested"), not the war or the regime the story stands on ("the civil war ended in 2009")."""
        # (told by its verb, "signed", "protested": not "a court order against protesters", "that 1978 resolution")
        if "diplomacy" in cues and _TALKS_BEGAN.search(s):
            return True  # "The talks had begun in February 2017": the talks' first round, not a war's start
        if "background" not in cues and not _WAR_OPENED.search(s) and any(
                _finite_word(m.group()) and not _ends_at(_NOT_FINITE_BEFORE, s, m.start())
                for t in ("diplomacy", "protest") for m in cues.get(t, ())):
            return True
        # one armed act told by its verb ("al Qaeda bombed the U.S. embassy in Nairobi in 1998", "M23 seized Goma in 2012",
        # "Azerbaijan regained control of large parts of Nagorno-Karabakh in a six-week war in 2020": the war only the
        # frame of the act), not a war's start ("the uprising began in 2011")
        framed = [m.span() for m in _IN_A_WAR.finditer(s)] if "war" in s or "conflict" in s else []
        outside = [m for m in (*cues.get("background", ()), *_WAR_OPENED.finditer(s)) if not any(a <= m.start() < b for a, b in framed)]
        return not outside and "protest" not in cues and any(_ARMED_ACT_RECALLED.match(m.group()) and not _ends_at(_PASSIVE_OR_NOT_FINITE, s, m.start())
                                   for t in ("battle", "explosion/remote violence", "violence against civilians") for m in cues.get(t, ()))

    def person_caught(self, s: str) -> tuple[int, int] | None:
        """The span of "<a person the article names> was captured" ("Abimael Guzman was captured"), not a place
        taken ("Mosul was captured")."""
        m = _PERSON_CAUGHT.search(s)
        if m is None:
            return None
        name = m.group("name")
        # (named with a role before, or in apposition: "Its founder, Abimael Guzman, was captured")
        apposed = _ROLE_APPOSED.search(s[:m.start()]) is not None and len(name.split()) > 1 and \
            not any(self.vocab.places.get(w) or self.vocab.country(w) for w in (name, *name.split()))
        return m.span() if apposed or {name, name.split()[-1]} & self.people() else None

    @staticmethod
    def accusation_dated(s: str, cues: dict, at: int) -> bool:
        """The date at `at` is the day of a charge ("accused X on Monday of executing ..."): a blaming
        word opens the sentence's violence, which is told after its "of"/"for", and the date comes before it.
        So is a claim's ("IS on Saturday claimed responsibility for the attacks that killed 129",
        "On Saturday night, a man claimed the bombings"): the claim is that day's act, the attacks were before."""
        # (only the dated clause's violence: "China gave no toll, but its ministry accused India on Tuesday of ...")
        clause = max((m.end() for m in re.finditer(r",\s+(?:but|while|whereas)\s+|;\s+", s[:at])), default=0)
        violent = [m.start() for t in _VIOLENT_TYPES for m in cues.get(t, ()) if m.start() >= clause]
        if not violent or at > min(violent):
            return False
        claim = _CLAIMED.search(s) if "claim" in s else None
        if claim and claim.start() < min(violent) and (at < claim.start() or re.fullmatch(r"\s*(?:(?:late\s+|early\s+)?on\s*)?", s[claim.end():at])):
            return True  # (not "claimed responsibility for Friday's attack": that is the attack's day)
        blame = [m.start() for m in cues.get("statement", ()) if _BLAME_WORD.match(m.group())]
        if not blame or min(blame) > min(violent):
            return False
        return re.search(r"\b(?:of|for)\s", s[min(blame):min(violent)]) is not None

    @staticmethod
    def assault_after_blasts(s: str, cues: dict) -> bool:
        """"Special forces stormed a school ... after explosions and gunfire broke out": the blasts
        only say when troops went in on foot; the assault is the event."""
        assault = [m.start() for m in cues.get("battle", ()) if _GROUND_ASSAULT.match(m.group())]
        when = assault and _WHEN_WORD.search(s, min(assault))
        return bool(when) and all(m.start() > when.start() for m in cues["explosion/remote violence"])

    def state_before(self, s: str, at: int) -> str | None:
        """The country the words just before position `at` name, or its capital's ("India struck", "Moscow hit")."""
        if _STRUCK_DEAL.match(s, at):
            return None  # "Turkey struck a deal with Russia": no strike
        m = re.search(r"(?<!\bon\s)(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bto\s)(?<!\bfrom\s)"
                      r"([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)\s+(?:\w+ly\s+)?$", s[max(0, at - 40):at])
        return (self.vocab.country(m.group(1)) or self.vocab.capital_country.get(m.group(1))) if m else None

    def is_eventful(self, cues: dict, s: str = "") -> bool:
        # a history tells one occurrence after another: a dated clause with a verb in the past
        # ("Inspectors returned on 27 November") is one, whatever its words
        return bool(cues) or (self.history and _finite_word_in([w for w in s.split() if w.islower()]))

    def main_cues(self, s: str, cues: dict) -> dict:
        """The cues outside what followed or framed the event (", triggering mass protests",
        "stormed the town after days of shelling"), when the rest still names an event; else {}."""
        asides = [m.span(m.lastgroup) if m.lastgroup else m.span() for m in _ASIDE_TYPES.finditer(s)]
        demand = _DEMAND.search(s)
        if demand:  # "adopted a resolution demanding that the RSF halt its siege": the demand is the event
            asides.append((demand.end(), len(s)))
        toll = _WAR_TOLL.search(s) if "killed" in s or "claimed" in s or "dead" in s or "died" in s else None
        if toll:  # "agreed to a cessation of hostilities, two years after a war broke out that has killed tens
            asides.append(toll.span())  # of thousands": the war's toll, not the agreement's
        cause = _AFTER_CAUSE.search(s) if "after" in s or "following" in s else None
        if cause and any(m.start() < cause.start() for k in ("strategic development", "diplomacy") for m in cues.get(k, ())) \
                and not any(m.start() < cause.start() for k in _VIOLENT_TYPES for m in cues.get(k, ())):
            # "declared martial law on Tuesday after militias went on a rampage": the step is the event, the
            # violence its cause (told as an event of its own where it has a date)
            asides.append((cause.start(), len(s)))
        elif cause and cues.get("statement") and all(m.start() > cause.start() for m in cues["statement"]) \
                and any(m.start() < cause.start() for k in _VIOLENT_TYPES for m in cues.get(k, ())):
            # "an Israeli strike destroyed a 12-storey tower ..., after the military warned occupants to leave": the
            # strike is the event, the warning before it no saying of the act's
            asides.append((cause.start(), len(s)))
        elif cause and _OUTBREAK.search(s, 0, cause.start()) and not _acts_in_clause(s, cause.start(), cues):
            # "The civil war erupted in December 2013 after Kiir accused Machar of plotting a coup": the outbreak is
            # the event, not the accusation (nor the coup) that set it off (a march that set it off is left to the
            # clause's reading: "The violence broke out on Wednesday after thousands of tribal people marched")
            return {k: kept for k, ms in cues.items() if (kept := [m for m in ms if m.start() < cause.start()])}
        if not asides:
            return {}
        kept = {k: [m for m in ms if not any(a <= m.start() < b for a, b in asides)] for k, ms in cues.items()}
        kept = {k: ms for k, ms in kept.items() if ms}
        return kept if set(kept) - {"background"} and kept.keys() != cues.keys() else {}
