"""Event actors: who acted in a draft, beyond the names its own clause gives.

Who a sentence's words mean: its cast (cast_at: "gunmen" are the article's one named group only
where the paragraph names it; in a paragraph opening on another country, "soldiers" are that
country's army), the group "the rebels" point back to (antecedent_group) and the one the sentence
before named ("The group also fired rockets": group_before). The state a head of state, a
spokesman or a titled official acts or speaks for (head_of_state, head_of_state_acts,
spokesman_organ, head_and_government, speaker_country, title_country); the people the article
titles and names (titled_names, titled_speaker, pair_meeting, people, surnames); the states a
clause names as parties (governments, party_countries, lede_pair: "the two countries"); a group's
local name in the story's country (localised); the sides a detail sentence adds (add_actors). ACLED's
attacker when none is named (UNIDENTIFIED) is here too, for events.py, which gives it to such an
attack, and the follow-on finding (event_follow_ons.py).

Apart from events.py because this reads who is who in the article and the vocabulary's actors
(ActorFinding's docstring names what it reads from the Builder); events.py decides which sentences
and dates make events and asks this module who took part; this module never imports events.py.
"""
from __future__ import annotations

from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)

from chronoapp.core.extract import entities
from chronoapp.core.extract.draft import _NOT_PARTIES, _VIOLENT_TYPES, Draft
from chronoapp.core.extract.event_places import _trip_cut_short
from chronoapp.core.extract.event_types import _CLAIMED, _WAR_NAMED
from chronoapp.core.extract.headlines import _IRREGULAR_PAST

UNIDENTIFIED = "Unidentified armed group"  # ACLED's attacker when none is named
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?\w+(?:ed|en|ing)\b|\b(?:has|have)\s+(?:fought|lost|seen|suffered)\b", re.I)
_BLAMED = re.compile(r"\b(?:attributed|blamed)\s+(?:the\s+|this\s+)?(?:\w+\s+)?(?:attacks?|killings?|raids?|massacre|"
                     r"ambush|bombing|assault|violence|blasts?|explosions?|strikes?)\s+(?:to|on)\s+(?P<who>[^,.;]{3,80})|"
                     # "Hezbollah blamed Israel for the blasts": who did it, named first
                     r"\bblamed\s+(?P<who2>(?:the\s+)?[A-Z][^,.;]{1,60}?)\s+for\s+(?:the|this|these|Tuesday's|Monday's|"
                     r"Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:\w+\s+)?(?:attacks?|killings?|raids?|massacre|"
                     r"ambush|bombings?|assault|blasts?|explosions?|strikes?)\b", re.I)  # who did it
# the attackers identified as a named group: "The assailants, believed to be members of the Mobondo militia, ..."
_IDENTIFIED_AS = re.compile(r"\b(?:believed|suspected|thought|said)\s+to\s+(?:be|have\s+been)\s+(?:members\s+of\s+|fighters\s+(?:of|from)\s+)?"
                            r"(?P<who>(?:the\s+)?[A-Z][^,.;]{1,60})")
# a person named in full after a title anywhere ("President Slobodan Milosevic", "independence leader Xanana
# Gusmao", "Foreign Secretary, William Hague"): who speaks when a later sentence names the surname alone
# (a surname's particle is part of it: "Prime Minister Fayez al-Serraj", "Mustafa al-Kadhimi"; a former head is titled
# in lower case: "freed former president Almazbek Atambayev")
_TITLED_FULL = re.compile(r"\b(?:[Pp]resident|Prime\s+Minister|Premier|Chancellor|King|Queen|Minister|Secretary(?:-General)?|"
                          r"Governor|General|Ambassador|leader|envoy|chief|commander|chairman|spokes(?:man|woman))(?:,)?\s+"
                          r"(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+(?:[A-Z]\.\s+|(?:al|el|bin)[\s-])?[A-Z][a-z][\w'\u2019-]*){1,2}|"
                          r"[A-Z][a-z]+(?:-[a-z]{1,3})+-[A-Z][a-z]+)"  # (one word in full: "Party chief Fazl-ur-Rehman")
                          r"\b(?!\s+(?:[A-Z]|(?:al|el|bin)[\s-]))")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|inside|outside|across|into|to|toward|towards)\s+(?:the\s+)?$", re.I)
# countries named as sides, not where it happened: "a ceasefire between Israel and Hezbollah",
# "turned to Russia for security assistance", "talks with Iran"
_AS_PARTY = re.compile(r"\bbetween\s+(?:the\s+)?(?P<a>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+and\s+(?:the\s+)?"
                       r"(?P<b>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})|\b(?:turn(?:ed|ing|s)?\s+to|(?:ties|talks|deal|"
                       r"agreement|accord|relations|truce|ceasefire|cease-fire)\s+with)\s+(?:the\s+)?(?P<c>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})|"
                       # "Israel and Hezbollah have exchanged fire": two sides, fire crossing a line between them
                       r"\b(?P<d>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+and\s+(?:the\s+)?(?P<e>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+"
                       r"(?:(?:have|has|had)\s+)?(?:been\s+)?(?:exchang|trad)(?:ed|ing)\s+(?:fire|blows|strikes|shelling)\b")
# a capital named as the other party of ties or talks: "cut diplomatic ties with Kigali", "talks with Moscow"
_WITH_PARTY = re.compile(r"\b(?:ties|relations|talks|negotiations|deal|agreement|accord|truce|ceasefire|cease-fire)\s+with\s+$")
# a state's embassy or consulate with the town it sits in ("The U.S. embassy in Khartoum said")
_EMBASSY_IN = re.compile(r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?)\s+in\s+[A-Z]")
_SPEECH_VERB = re.compile(r"\b(?:said|says|told|warned|vowed|threatened|pledged|promised|assured|condemned|denied|accused|"
                          r"urged|called|demanded|announced|declared|insisted|stated|added|rejected|praised)\b")
# a people's envoys: "Ukrainian and Russian delegations", "Sudanese negotiators"
_ENVOYS_OF = re.compile(r"\b([A-Z][a-z]+)(?=(?:,?\s+(?:and\s+)?[A-Z][a-z]+)*\s+(?:delegations?|negotiators|officials|envoys|"
                        r"diplomats|leaders|foreign\s+ministers|mediators)\b|"  # (one "Indian diplomat" may serve the UN)
                        # a state's own envoy or foreign ministry: "summoned China's deputy chief of mission", "The
                        # Philippine Department of Foreign Affairs summoned the Chinese ambassador"
                        r"(?:['\u2019]s)?\s+(?:top\s+)?(?:ambassador|envoy|embassy|deputy\s+chief\s+of\s+mission|(?:deputy\s+)?high\s+commissioner|charg[e\u00e9]\s+d['\u2019]affaires|"
                        r"[Ff]oreign\s+(?:[Mm]inistry|[Oo]ffice)|(?:[Dd]epartment|[Mm]inistry)\s+of\s+[Ff]oreign\s+[Aa]ffairs)\b|"
                        # "Thai Acting Prime Minister Phumtham and Cambodian Prime Minister Hun Manet agreed"
                        r"\s+(?:[Aa]cting\s+|[Ii]nterim\s+)?(?:Prime\s+Minister|President|(?:Foreign|Defen[cs]e|Interior)\s+Minister|"
                        r"Chancellor)\s+[A-Z])")
_government_of = entities.government_name
# a state that only qualifies another party ("the Russia-led Collective Security Treaty Organization", "the
# Saudi-led coalition", "Rwanda-backed M23"): the body it leads or backs is the party, not the state
_STATE_TIED = re.compile(r"-(?:led|backed|supported|sponsored|allied|aligned|brokered|mediated)\b")
# a live-blog entry's time, in any zone's letters ("15:45 GMT -", "09:10 PKT -", "8.30 EAT -")
_ENTRY_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*(?:[A-Z]{2,5}|local))?\s*(?:[-\u2013\u2014|:]|\.\s)")
# a spokesman who opens the sentence speaks for the organ he names: "Kremlin spokesman Dmitry Peskov said", "Congo's
# army spokesman Sylvain Ekenge accused", "Chinese Foreign Ministry spokesperson Mao Ning urged", "Junta spokesman ..."
_ORGAN_SPOKESMAN = re.compile(r"(?:[^,\"]{0,40}?,\s+)?(?:(?:The|the|A|a)\s+)?(?:(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?)(?:['\u2019]s)?\s+)??"
                              r"(?:(?P<military>(?i:army|military|armed\s+forces|junta|defen[cs]e\s+ministry))|"
                              r"(?P<seat>" + entities.SEAT_NAMES + r")|(?i:government|presidency|cabinet|foreign\s+(?:ministry|office)|interior\s+ministry))\s+"
                              r"(?i:spokes(?:man|woman|person))\b")
# the states whose envoys a diplomatic act concerns ("the expulsion of diplomats from seven Latin American countries,
# including Argentina, Chile and Peru, on Monday"): sides, not where it happened
_ENVOYS_FROM = re.compile(r"\b(?:diplomats|envoys|ambassadors|embassies|consulates)\s+(?:from|of)\s+"
                          r"(?P<whose>[^.;]{1,120}?)(?=,?\s+(?:on|after|because|over|in\s+response|amid|following)\b|[.;]|$)")
# two people who meet or talk as the subject: "The Kremlin said Erdogan and President Vladimir Putin spoke by phone"
_PAIR_MEETS = re.compile(r"(?:[^,;\"]{0,40}?\b(?:said|says|announced)\s+(?:that\s+)?)?"
                         r"(?P<a>(?:[A-Z][\w'\u2019.-]+\s+){0,4}?[A-Z][\w'\u2019-]+)\s+and\s+(?P<b>(?:[A-Z][\w'\u2019.-]+\s+){0,4}?[A-Z][\w'\u2019-]+)\s+"
                         r"(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+)?(?:spoke|met|talked|held\s+talks|agreed|signed|discussed)\b")
# a head in office for now ("Interim President Ahmed al-Sharaa", "Syria's interim President"): the head of state still
_IN_OFFICE_WORD = r"(?:[Aa]cting|[Ii]nterim|[Tt]ransitional|[Cc]aretaker)\s"
_IN_OFFICE = r"(?:" + _IN_OFFICE_WORD + r"\s*)?"
# a head of state or coup leader as the sentence's subject: "(Ecuadorian) President Daniel Noboa declared"
_HEAD_ACTS = re.compile(r"(?:[^,]{0,40}?,\s+)?(?:(?:The|the)\s+)?(?:(?P<dem>[A-Z][a-z]+)\s+)?" + _IN_OFFICE +
                        r"(?:President|Prime\s+Minister|Premier|King|Emir|(?P<officer>Colonel|Col\.|Lieutenant[\s-]Colonel|"
                        r"Lt\.?\s+Col\.|General|Gen\.|Captain|Capt\.|Major))\s+"
                        r"(?:[A-Z][\w'\u2019-]+\s+){0,3}(?P<surname>(?:al-|el-)?[A-Z][\w'\u2019-]+?)"
                        r"(?:['\u2019]s\s+(?:government|administration|cabinet))?(?:,\s+who\b[^,;]{0,80},)?\s+(?:has\s+|had\s+)?"
                        r"(?=[a-z]+ed\b|took\b|seized\b|signed\b|declared\b|dissolved\b|imposed\b|ordered\b|sacked\b|fired\b|"
                        r"appointed\b|suspended\b|[a-z]{2,}[^s\W]s\b)")  # (a timeline's present: "President X deploys the army")
# a leader named by surname alone as the subject that speaks or acts, an aside between ("Duterte, who cut short a
# visit to Moscow, said on Wednesday"); no owner is named (the empty group)
_HEAD_BY_SURNAME = re.compile(r"(?:[^,\"]{0,40}?,\s+)?(?P<owner>)(?P<name>(?:al-|el-)?[A-Z][\w'\u2019-]+)(?:,\s+[^,;\"]{3,120},)?\s+"
                              r"(?:has\s+|had\s+|also\s+|later\s+)?(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+)?"
                              r"(?=(?:said|says|told|vowed|warned|called|announced|declared|ordered|signed|urged|condemned)\b)")
# a titled person who opens the sentence, an aside, then his saying: "Party chief Fazl-ur-Rehman, who was not at the
# rally, condemned the bombing"
_TITLED_ASIDE_SAYS = re.compile(r"(?:[A-Za-z][\w'\u2019.-]*\s+){0,4}?(?P<s>[A-Z][\w'\u2019-]+),\s+(?:who|a|an|the)\s[^,;\"]{3,120},\s+"
                                r"(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+)?(?=" + _SPEECH_VERB.pattern + ")")
# the quote a sentence opens on, up to its speaker: '"We will never allow this," President Tayyip Erdogan said'
_LEADING_QUOTE = re.compile(r"\s*[\"\u201c][^\"\u201d]{3,400}[\"\u201d]\s*,?\s+(?=[A-Z])")
# a state's head or minister, unnamed, as the subject of an act: "Hungary's prime minister arrived in Moscow",
# "Iran's foreign minister met his Saudi counterpart" (his government's act)
_OWNED_OFFICE_ACTS = re.compile(r"(?:[^,]{0,40}?,\s+)?(?P<owner>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['\u2019]s\s+(?:(?:new|acting|interim)\s+)?"
                                r"(?:president|prime\s+minister|premier|(?:foreign|defen[cs]e|interior|home)\s+minister)\s+"
                                r"(?:has\s+|had\s+)?(?:\w+ly\s+)?(?=[a-z]+ed\b|met\b|flew\b|went\b|held\b|made\b|took\b|began\b|"
                                r"signed\b|sent\b|told\b|said\b|vowed\b|called\b|spoke\b)")
# a minister of a state's own portfolio acts for its government as its head does ("Home Minister Amit Shah flew to ...")
_CABINET_MINISTER = r"(?:(?:Home|Foreign|Defen[cs]e|Interior|Finance|Information)\s+Minister|(?:Defen[cs]e|Foreign|Home)\s+Secretary|Secretary\s+of\s+State)"
# a head of state or government (or a cabinet minister) named with his title as the sentence's subject ("U.S.
# President Joe Biden said", "On Friday, President Uhuru Kenyatta ordered"): the owner is his country's name or demonym, if given
_HEAD_SUBJECT = re.compile(r"(?:[^,\"]{0,40}?,\s+)?(?:(?:The|the)\s+)?"
                           r"(?:(?!" + _IN_OFFICE_WORD + r")(?P<owner>[A-Z][\w.]*(?:\s+(?!" + _IN_OFFICE_WORD + r")[A-Z][a-z]+)?)(?:['\u2019]s)?\s+)?"
                           + _IN_OFFICE + r"(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|" + _CABINET_MINISTER + r")\s+"
                           # ("President Bill Clinton Saturday vowed": the day is no part of his name)
                           r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
                           r"(?:al-|el-|bin\s+|[A-Z]\.\s+)?[A-Z][\w'\u2019-]+){0,3})\b")
# a governor or chief minister named with his state, as the subject: "Kaduna state governor Uba Sani", "Guanajuato
# Governor Diego Sinhue Rodriguez", "Chhattisgarh Chief Minister Vishnu Deo Sai" (not "former governor X")
_GOVERNOR_SUBJECT = re.compile(r"(?:[^,\"]{0,40}?,\s+)?(?:(?:The|the)\s+)?(?P<state>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
                               r"(?P<unit>\s+(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Rr]egional))?\s+(?:[Gg]overnor|[Cc]hief\s+[Mm]inister)\s+"
                               r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'\u2019-]+){1,3})\b")
# a state's act done with its armed forces (its military acts, not its government)
_MILITARY_MEANS = re.compile(r"\b(?:troops|soldiers|forces|fighter\s+jets|warplanes|warships|withdrew\s+from|deployed)\b")
# the same head or minister owned by his country, his name in apposition ("Qatar's prime minister, Sheikh Mohammed
# bin Abdulrahman Al Thani, called the attack ...")
_OWNED_TITLE_APPOSED = re.compile(r"(?:[^,\"]{0,40}?,\s+)?(?P<owner>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['\u2019]s\s+(?:[Pp]resident|[Pp]rime\s+[Mm]inister|"
                                  r"(?:home|foreign|defen[cs]e|interior|finance|information)\s+minister),\s+"
                                  r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:al-|el-|bin\s+|bint\s+)?[A-Z][\w'\u2019-]+){0,5}),\s+(?=[a-z])")
# a leader the article titled, named by surname alone as the subject ("Ruto withdraws the bill"), or the
# government itself ("The government withdrew its forces")
_LEADER_OR_GOVERNMENT_ACTS = re.compile(r"(?:[^,]{0,40}?,\s+|(?:[Oo]n\s+|[Ll]ate\s+|[Ee]arly\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?\s+)?"
                                        # ("Congo's government cut ties": Congo's)
                                        r"(?:(?P<government>(?:[Tt]he\s+|(?P<owner>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['\u2019]s\s+)?(?:(?:central|federal|national|interim|"
                                        r"transitional)\s+)?(?:[Gg]overnment|[Cc]abinet|[Cc]ouncil\s+of\s+[Mm]inisters)|(?:[Tt]he\s+)?(?:[Dd]efen[cs]e|[Ii]nterior|[Ff]oreign|"
                                        r"[Hh]ome)\s+[Mm]inistry)|(?P<surname>(?:al-|el-)?[A-Z][\w'\u2019-]+))\s+"
                                        # ("Interior Ministry on 15 July announced": a month review's dated subject)
                                        r"(?:on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day)\s+)?"
                                        r"(?:has\s+|had\s+)?(?:\w+ly\s+)?(?=[a-z]+ed\b|(?:" + "|".join(sorted(_IRREGULAR_PAST)) +
                                        r")\b|[a-z]{2,}[^s\W]s\b)")
# a person the sentence opens on, then an aside set off by commas: "President Yoweri Museveni, who has ruled Uganda since
# 1986, vowed ...", "Iraq's caretaker Prime Minister Adel Abdul Mahdi, who resigned in November, condemned ..."
_PERSON_ASIDE = re.compile(r"(?:(?:The|the)\s+)?(?:[A-Z][\w.'\u2019-]*['\u2019]s\s+)?"
                           r"(?P<title>(?:(?:[Cc]aretaker|[Aa]cting|[Ii]nterim|[Ff]ormer)\s+)?(?:President(?:-elect)?|Prime\s+Minister|"
                           r"Premier|King|Chancellor|Governor|Minister|Emir|[Pp]arty\s+(?:chief|leader)|[Oo]pposition\s+leader)\s+)?"
                           r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:(?:al|el|bin)[\s-]|[A-Z]\.\s+)?[A-Z][\w'\u2019-]+){0,3}),\s+"
                           r"(?P<aside>(?:who|a|an)\s[^,;\"]{3,120}),\s+(?=[a-z])")
_TITLE_WORDS = r"(?:President|Prime|Premier|Minister|Mayor|Governor|General|Colonel|Captain|King|Queen|Mr|Mrs|Ms|Dr|Senator|Judge|"  \
               r"Leader|Chief|Commander|Sheikh|On|In|At|The|By|For|From)"
# a subject named first, then an aside before its verb ("Russia, Assad's main ally, on Friday condemned", "France,
# which has 5,100 troops in the Sahel, condemned"): the subject and its verb, the aside left out
_SUBJECT_ASIDE = re.compile(r"(?P<subject>(?:(?:The|the)\s+)?(?!(?:On|In|At|By|For|From|After|Before|Since|During|Last|Earlier|Later|"
                            r"Meanwhile|Separately|However|But|And|Yet|Still|Also)\b)[A-Z][\w.'\u2019-]*(?:\s+(?:al-|el-)?[A-Z][\w.'\u2019-]*){0,3})"
                            r",\s+(?:(?:which|who|whose)\s|(?:an?|the|its|his|her|[A-Z][\w.-]*['\u2019]s)\s)(?:[^,;:\"\u201c]|,(?=\d)){1,100}?,\s+"
                            r"(?!(?:and|or|but|as|while|who|which)\b)(?=[a-z])")


def _subject_aside_dropped(sentence: str) -> tuple[str, str]:
    """The opening subject and the sentence with the aside between it and its verb left out ("", the
    sentence itself if there is none)."""
    m = _SUBJECT_ASIDE.match(sentence)
    return ("", sentence) if m is None else (m.group("subject"), m.group("subject") + " " + sentence[m.end():])


_PERSON_NAMED = re.compile(r"\b(?:pilot|journalist|reporter|photographer|commander|spokes(?:man|woman|person)|activist|"
                           r"lawyer|priest|teacher|student|worker|farmer|President|Prime\s+Minister|Minister|General|Gen\.|"
                           r"Colonel|Col\.|Captain|Capt\.|Major|Sergeant|Lieutenant|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+"
                           r"(?:[A-Z][\w'\u2019-]+\s+){0,2}?([A-Z][a-z][\w'\u2019-]+)\b(?!\s+[A-Z])")
# a person named in full ("Charles Taylor", "Laurent Gbagbo"), then by surname alone as a person: speaking,
# acting as a subject, or owning people and homes ("Taylor told the gathering", "Gbagbo's residence")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][a-z][\w-]+)\b(?!\s+[A-Z]|-)")
_AS_A_PERSON = (r"(?:,\s+who\b|,\s+(?:his|her)\s+\w+|,\s+the\s+(?:[\w-]+\s+){0,2}?(?:head|leader|chief|founder|commander|boss)\s+of\b|\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|tells|added|"
                r"resigned|fled|flew|was|is|had|has|himself|herself)\b|['\u2019]s\s+(?:wife|husband|son|daughter|family|"
                r"aides?|supporters|loyalists|residence|home|house|party|government|camp|lawyers?|advis[eo]rs?|spokes\w+)\b)")
_NAME_AS_A_PERSON = re.compile(r"\b([A-Z][a-z][\w-]+)" + _AS_A_PERSON)
_NOT_GIVEN_NAMES = frozenset("""Mount Lake Port Fort Saint San Santa Sao New North South East West Upper Lower Greater
Cape Gulf Camp Jebel Wadi Ras Tel Kafr Beit Deir Bab Khan Sidi Bir Ain Nahr Abu Umm Kiryat Ciudad Puerto Villa""".split())
# the last word of a body's name, not a surname ("the Red Cross said", "Human Rights Watch says", "the Fifth Fleet")
_BODY_WORDS = frozenset("""Airport Fleet Commission Committee Court Crescent Cross Division Brigade Force Forces Front Group
Helmets Hospital House International Nations Network Offensive Office Prisoners Program Programme Rights Shirts Unity
War Watch Party Council Agency Ministry Army Police Guard Service Services Union League Movement Alliance""".split())
_COUP = re.compile(r"\b(?:seized|took|takes|seizes)\s+power\b|\bcoup\b|\bousted\b|\boverthrew\b|\bdeposed\b", re.I)
# a roundup's other front: "In the north, Kurdish fighters advanced toward Kirkuk."
_FRONT = r"In\s+the\s+(?:far\s+)?(?:north|south|east|west)(?:east|west)?(?=,)"
# a generic noun with the definite article, which names a group already known to the reader: "the rebels"
_DEFINITE_GROUP_NOUN = re.compile(r"\b[Tt]he\s+(?:rebels|militants|insurgents|jihadists|separatists|guerrillas)\b")
_ANTECEDENT_SPAN = 6  # sentences back in which "the rebels" look for the group they name
_SEPARATE = re.compile(r"(?:Separately|Elsewhere|Meanwhile|In\s+another\s+development|"
                       r"In\s+(?:a\s+|an(?:other)?\s+)?(?:separate|unrelated)\s+\w+|" + _FRONT + r")\b", re.I)


# a person who speaks or acts as the subject, named in full or by a surname the article gives a person, a title or an
# aside before the verb: "Vladimir Putin, in a televised address on Saturday morning, called ...", "Then, at about 8.30pm
# on Saturday, Prigozhin announced ...", "..., Prime Minister Boris Johnson said at a news conference"
_NAMED_SPEAKER = re.compile(r"(?:[^\"\u201c]{0,160}?,\s+)?(?:(?:[Ii]nterim\s+|[Aa]cting\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|"
                            r"(?:[A-Z][a-z]+\s+)?Minister|(?:[A-Z][a-z]+\s+)?Secretary|General|Colonel|Commander)\s+)?"
                            r"(?P<name>(?:al-|el-)?[A-Z][a-z][\w'\u2019-]+(?:\s+(?:(?:al|el|bin|de|van|von)[\s-])?[A-Z][a-z][\w'\u2019-]+){0,2})"
                            r"(?:,\s+[^,;\"\u201c]{3,120},)?\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+)?"
                            r"(?:said|says|told|called|announced|declared|vowed|warned|urged|condemned|denied|accused|insisted|rejected|"
                            r"pledged|promised|threatened|acknowledged|"
                            # a step in office: "Lopez Obrador took office in December 2018", "Djotodia resigned"
                            r"took\s+office|(?:was|were)\s+(?:sworn\s+in|inaugurated|elected|re-elected)|resigned|stepped\s+down)\b")


class ActorFinding:
    """The Builder's actor finding (events.Builder inherits it). Reads from the Builder: `text`,
    `sentences`, `vocab` (the Vocab), `known_actors` and `known_places` (names editors confirmed),
    `cast` (the article's cast), the caches `_abroad`, `_group_here`, `_people`, `_title_countries`,
    `_leader_countries` and `_titled_full` (set up empty in Builder.__init__), its methods _content(s),
    paragraph_text(i), places_in(clause) and actors_in(clause, cast), and PlaceFinding's countries_in(text), countries_named(), dateline_place()
    and paragraph_country(i)."""

    def cast_at(self, i: int) -> entities.Cast:
        """The cast for sentence i: "gunmen" are the article's one named group only where the
        paragraph names it, or in a paragraph about the lede's country and no other -- a group
        named in a round-up's Somalia section did not attack Nigerian farmers; in a paragraph
        opening on another country ("In Burkina Faso, ..."), "soldiers" are that country's army."""
        cast = self._cast_for_group(i)
        country = self.paragraph_country(i)
        if country and country != self.cast.home:
            key = (country, cast.group)
            if key not in self._abroad:
                self._abroad[key] = cast.in_country(country, self.vocab)
            cast = self._abroad[key]
        return cast

    def _cast_for_group(self, i: int) -> entities.Cast:
        cast = self.cast
        if cast.group is None:
            if _DEFINITE_GROUP_NOUN.search(self.text, self.sentences[i].start, self.sentences[i].end) and \
                    (group := self.antecedent_group(i)):
                # (an article naming several groups: "the rebels" are the one named last, their antecedent)
                return cast.with_group(group)
            return cast
        if _SEPARATE.match(self.text, self.sentences[i].start, self.sentences[i].end):
            return cast.without_group()     # "Separately, gunmen killed ...": not the group just named
        para = self.sentences[i].paragraph
        if para not in self._group_here:
            text = self.paragraph_text(i)
            self._group_here[para] = any(a.name == cast.group for _m, a in self.vocab.actor_index.finditer(text)) or \
                any(n == cast.group for _m, n in cast.names.finditer(text)) or \
                cast.home is not None and self.countries_in(text) <= {cast.home}
        if self._group_here[para] or _DEFINITE_GROUP_NOUN.search(self.text, self.sentences[i].start, self.sentences[i].end):
            # ("The rebels, who Congo says are backed by Rwanda, seized ...": a definite noun points back at the
            # article's one group, in a paragraph that names another country too)
            return cast
        return cast.without_group()

    def antecedent_group(self, i: int) -> str | None:
        """The armed group the nearest of the few sentences before sentence i names first (not one named
        only as another's patron: "linked to al-Qaeda"), else None; None too when the article says no
        one claimed the attack (it does not name the attackers, so neither do we)."""
        if self.cast.unclaimed:
            return None
        for j in range(i - 1, max(-1, i - _ANTECEDENT_SPAN), -1):
            told = self.text[self.sentences[j].start:self.sentences[j].end]
            named = [(m.start(), a.name) for m, a in self.vocab.actor_index.finditer(told)
                     if a.kind in ("rebel group", "armed group") and a.name not in entities.GENERIC_GROUPS
                     and not entities.named_as_patron(told, m.start())]
            named += [(m.start(), n) for m, n in self.cast.names.finditer(told)]
            if named:  # (its first: "The CPC, an alliance that includes the 3R and the UPC, ...": the CPC)
                return min(named)[1]
        return None

    def lede_pair(self) -> list[str]:
        """The countries the lede (headline and first paragraph) names, in the order it first names them."""
        blocks = [m.end() for m in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*", self.text[:2000])]
        headline = bool(blocks) and not re.search(r"[.!?\"\u201d]\s*$", self.text[:blocks[0]])  # (no full stop)
        lede = self.text[:blocks[1] if len(blocks) > 1 and headline else blocks[0]] if blocks else ""
        return sorted(self.countries_in(lede), key=lambda c: min(
            (k for n in (c, self.vocab.country_demonym.get(c) or c) if (k := lede.find(n)) >= 0), default=len(lede)))

    def speaker_country(self, s: str) -> str | None:
        """The country of whoever makes the statement: "Lebanese President Joseph Aoun said",
        "Moshe Kaplinsky, Israel's deputy army chief, told", "Syria's interim president said"."""
        verb = _SPEECH_VERB.search(s)
        who = s[:verb.start()] if verb else s
        if len(who) > 120 or who[:1] in "\"'`\u201c\u2018":
            return None  # a quotation first: its words are not the speaker's title
        who = who.split(" to ")[0]  # "the Iraqi ambassador to Greece": Iraq's
        if _EMBASSY_IN.search(who):
            return None  # "China's embassy in Islamabad condemned": it speaks where it sits, in the town named
        for name in entities.capitalised_names(who):  # "The United States": the longest name first
            country = self.vocab.country(name) or self.vocab.demonym_to_country.get(name)
            if country and not _trip_cut_short(who, name):  # ("cut short a trip to Egypt and declared": not Egypt's)
                return country
        return None

    def head_of_state(self, sentence: str, home: str | None) -> list[str]:
        """ "President Noboa declared a state of emergency": the state's government acts; "Colonel
        Camara seized power": its military. The country is the title's demonym ("Ecuadorian President")
        or else the story's own. An aside after a state named as the subject is read past ("Russia, Assad's
        ally, condemned"; a titled head's own aside, "President X, who ..., ordered", is _HEAD_ACTS's)."""
        found = self._head_of_state(sentence, home)
        subject, plain = _subject_aside_dropped(sentence)
        return found or (self._head_of_state(plain, home) if self.vocab.country(re.sub(r"^(?:The|the)\s+", "", subject)) else [])

    def _head_of_state(self, sentence: str, home: str | None) -> list[str]:
        stamp = _ENTRY_STAMP.match(sentence)  # "19:30 - Prime Minister X ordered ...": a live blog's entry
        m = _HEAD_ACTS.match(sentence[stamp.end():].lstrip() if stamp else sentence)
        if not m:
            office = _OWNED_OFFICE_ACTS.match(sentence[stamp.end():].lstrip() if stamp else sentence)
            if office and (country := self.vocab.country(office.group("owner"))):
                return [_government_of(country, self.vocab)]  # "Hungary's prime minister arrived in Moscow ..."
            bare = _LEADER_OR_GOVERNMENT_ACTS.match(sentence[stamp.end():].lstrip() if stamp else sentence)
            if bare and bare.group("government"):
                home = self.vocab.country(bare.group("owner") or "") or home
                return [_government_of(home, self.vocab)] if home else []
            # ("India revoked the region's special status": a state that acts politically is its government; one
            # that acts with its forces, its military: "Poland scrambled fighter jets", "Israel withdrew from ...")
            state = bare and self.vocab.country(bare.group("surname"))
            if state and _MILITARY_MEANS.search(sentence, bare.end()):
                return [entities.army_name(state, self.vocab)]
            country = state or bare and self.title_country(bare.group("surname"))
            return [_government_of(country, self.vocab)] if country else []
        country = self.vocab.demonym_to_country.get(m.group("dem") or "") or self.vocab.country(m.group("dem") or "") \
            or self.title_country(m.group("surname")) or home
        if not country:
            return []
        if m.group("officer") and _COUP.search(sentence):
            return [entities.army_name(country, self.vocab)]
        return [] if m.group("officer") else [_government_of(country, self.vocab)]

    def spokesman_organ(self, sentence: str, home: str | None) -> str | None:
        """The state organ for which the spokesman the sentence opens on speaks: its army ("Congo's army
        spokesman", "Junta spokesman": the story's own) or its government ("Kremlin spokesman", "Chinese
        Foreign Ministry spokesperson"); None for any other spokesman ("An OLA spokesman": the group is named)."""
        m = _ORGAN_SPOKESMAN.match(sentence)
        if m is None:
            return None
        owner = m.group("owner")
        country = entities.seat_country(m.group("seat") or "") or \
            (self.vocab.country(owner) or self.vocab.demonym_to_country.get(owner) if owner else home)
        if not country:
            return None
        return entities.army_name(country, self.vocab) if m.group("military") else _government_of(country, self.vocab)

    def head_and_government(self, sentence: str, actors: list[str]) -> list[str]:
        """A head of state or government who speaks or acts in office as the subject: ACLED codes his
        government, the chronology names him, and editors' gold does either; so both, the one found first
        ("Joe Biden", then "Government of the United States"; "Government of Kenya", then "Uhuru Kenyatta")."""
        quote = _LEADING_QUOTE.match(sentence)  # ('"We will never allow this," President Tayyip Erdogan said': him)
        m = _HEAD_SUBJECT.match(sentence) or _OWNED_TITLE_APPOSED.match(sentence) or quote and _HEAD_SUBJECT.match(sentence, quote.end())
        if m is None and (by_name := _HEAD_BY_SURNAME.match(sentence)) and self.titled_head(by_name.group("name")):
            m = by_name  # ("Duterte, who cut short a visit to Moscow, said ...": the president the article titled)
        if m is None:
            return self.governor_and_government(sentence, actors)
        if sentence.startswith(("'s", "\u2019s"), m.end()):  # ("President X's visit": his visit acts not)
            return actors
        name = " ".join(m.group("name").split())
        name = self.titled_names().get(name, name)  # ("President Putin signed": Vladimir Putin, as titled before)
        owner = m.group("owner")
        if owner:  # ("Former President X", "Hezbollah leader X": no state's head in office)
            country = self.vocab.demonym_to_country.get(owner) or self.vocab.country(owner)
        else:  # tied to his country by the article, or untied in a story filed from its own country, about it
            country = self.named_title_country(name.split()[-1])  # ("QUETTA, Pakistan (AP) - ... Prime Minister X")
            here = self.dateline_place()
            home = here and entities.place_country(here, self.vocab)
            country = country or (home if home and home == self.cast.home else None)
        if not country:
            return actors
        government = _government_of(country, self.vocab)
        person = next((a for a in actors if a == name or name.endswith(" " + a)), None)
        if person and government not in actors:
            at = actors.index(person) + 1
            return actors[:at] + [government] + actors[at:]
        if government in actors and person is None:
            at = actors.index(government) + 1
            return actors[:at] + [name] + actors[at:]
        if not actors:  # ("Prime Minister X cut short a visit ...": no one else found to act)
            return [name, government]
        return actors

    def titled_head(self, surname: str) -> bool:
        """The article titles the surname as a head of state or government in office ("President Rodrigo
        Duterte"; not "former President ...")."""
        return re.search(r"(?<![Ff]ormer\s)\b(?:President|Prime\s+Minister|Premier|King|Emir|Chancellor)\s+(?:[A-Z][\w'\u2019-]+\s+){0,3}"
                         + re.escape(surname) + r"\b", self.text[:200_000]) is not None

    def governor_and_government(self, sentence: str, actors: list[str]) -> list[str]:
        """A governor or chief minister named with his state, as the subject ("Kaduna state governor Uba Sani
        said ..."): as a head of state, him and his state's government ("Government of Kaduna State"), which is
        how ACLED and editors code a state's own acts (its curfews, its searches)."""
        m = _GOVERNOR_SUBJECT.match(sentence)
        if m is None or sentence.startswith(("'s", "\u2019s"), m.end()):
            return actors
        state, unit = m.group("state"), (m.group("unit") or "").strip().lower()
        if self.vocab.country(state) and not unit or not unit and state not in self.vocab.places:
            return actors  # ("Nigerian Governor ...": whose state, it does not say; an unknown word may be no state)
        government = "Government of " + state + (" State" if unit == "state" else "")
        name = " ".join(m.group("name").split())
        person = next((a for a in actors if a == name or name.endswith(" " + a)), None)
        if government in actors:
            return actors
        if person is not None:
            at = actors.index(person) + 1
            return actors[:at] + [government] + actors[at:]
        return [name, government, *actors] if not actors else actors + [government]

    def pair_meeting(self, sentence: str) -> list[str]:
        """Two people the article titled who meet or talk as the sentence's subject ("Erdogan and
        President Vladimir Putin spoke by phone"): both, by full name; else none."""
        m = _PAIR_MEETS.match(sentence)
        if m is None:
            return []
        both = [self.titled_names().get(m.group(side).split()[-1]) for side in ("a", "b")]
        return both if all(both) else []

    def aside_person(self, sentence: str, at: int, actors: list[str]) -> list[str]:
        """The person the sentence opens on first, when the event's date (at `at`) lies in the aside
        after his name: its act is his ("President-elect Mohamed Bazoum, who won a runoff vote in
        February, is due ...": he won it), named as the article titles him."""
        m = _PERSON_ASIDE.match(sentence)
        if m is None or not m.start("aside") <= at < m.end("aside"):
            return actors
        name = " ".join(m.group("name").split())
        surname = re.sub(r"^(?:al|el)-", "", name.split()[-1])
        if not m.group("title") and surname not in self.titled_names() and surname not in self.people() \
                or self.vocab.country(name) or name.lower() in self.vocab.alias_to_actor:
            return actors  # (no person: "Boko Haram, which ...", "Kyrgyzstan, a ...")
        full = re.search(rf"\b(?!{_TITLE_WORDS}\b)[A-Z][a-z]+\s+(?:(?:al|el)-)?{re.escape(surname)}\b", self.text[:200_000]) \
            if " " not in name else None  # (his given name where the article first names him in full: "Carlos Manzo")
        person = name if " " in name else self.titled_names().get(surname) or (full.group() if full else name)
        return entities.merge_actors([person], [a for a in actors if a not in ("civilians", "protesters")])

    def named_speaker(self, sentence: str) -> list[str]:
        """[the person] who speaks or acts as the sentence's subject, where no one else was found to: named in full
        ("Vladimir Putin, in a televised address, called ...") or by a surname the article gives a person
        ("Prigozhin announced", "Prime Minister Henry announced": as the article names him in full); else []."""
        m = _NAMED_SPEAKER.match(sentence)
        if m is None:
            return []
        name = " ".join(m.group("name").split())
        words = name.split()
        v = self.vocab
        if v.country(name) or name in v.demonym_to_country or name in v.places or name.lower() in v.alias_to_actor \
                or words[0] in _NOT_GIVEN_NAMES or words[0] in entities.NOT_PLACES or words[-1] in _BODY_WORDS \
                or any(v.country(w) or w in v.demonym_to_country or w.lower() in v.alias_to_actor for w in words) \
                or entities.seat_country(name):
            return []  # (a state, a place, a body: "Baku said", "Amnesty International said", "the Kremlin said")
        surname = re.sub(r"^(?:al|el)-", "", words[-1])
        if len(words) == 1:  # a surname alone: a person the article names, as it names him in full
            if surname not in self.titled_names() and surname not in self.people():
                return []
            full = self.titled_names().get(surname) or next(
                (f.group() for f in re.finditer(rf"\b(?!{_TITLE_WORDS}\b)[A-Z][a-z]+\s+(?:(?:al|el)-)?{re.escape(words[-1])}\b",
                                                self.text[:200_000])), name)
            return [full]
        return [name]

    def titled_speaker(self, sentence: str) -> str | None:
        """The full name of a person the article titled ("President Slobodan Milosevic") when the
        sentence opens on him by surname or in full ("Milosevic, in a televised address, ..."), else None."""
        m = re.match(r"(?:[^,]{0,40}?,\s+)?(?:[A-Z][a-z][\w'\u2019-]*\s+(?:[A-Z]\.\s+)?)?(?P<s>[A-Z][a-z][\w'\u2019-]*)\b"
                     r"(?!['\u2019])", sentence)
        if m and m.group("s") in self.titled_names():
            return self.titled_names()[m.group("s")]
        # (his title first, an aside after: "Party chief Fazl-ur-Rehman, who was not at the rally, condemned ...")
        said = _TITLED_ASIDE_SAYS.match(sentence)
        return self.titled_names().get(said.group("s")) if said else None

    def titled_names(self) -> dict[str, str]:
        """Surname -> full name of each person the article names after a title, looked up once."""
        if self._titled_full is None:
            self._titled_full = {}
            for m in _TITLED_FULL.finditer(self.text, 0, 200_000):
                name = " ".join(m.group("name").split())
                self._titled_full.setdefault(name.split()[-1], name)
                self._titled_full.setdefault(re.sub(r"^(?:al|el)-", "", name.split()[-1]), name)  # "Serraj said"
        return self._titled_full

    def people(self) -> set[str]:
        """Names the article gives a person's role or title ("New Zealand pilot Phillip Mehrtens",
        "Colonel Camara"): never places, even after "seized" or "in" (unless the gazetteer knows them)."""
        if self._people is None:
            # (a town of a country the article never names is a person's name too: "President Mohamed
            # Morsi" in a story on Egypt is no town in India)
            titled = [m.group(1) for m in _PERSON_NAMED.finditer(self.text, 0, 200_000)]
            named = self.countries_named() if any(n in self.vocab.places for n in titled) else set()
            self._people = {n for n in titled
                            if (n not in self.vocab.places or named and self.vocab.places[n] not in named)
                            and not self.vocab.country(n)
                            and n.lower() not in self.vocab.alias_to_actor} | self.surnames()
        return self._people

    def surnames(self) -> set[str]:
        """Surnames of people the article names in full and then tells acting, speaking or owning ("Charles
        Taylor resigned", "Taylor told the gathering", "Laurent Gbagbo's residence"): a name that is also
        a town elsewhere (Taylor, Texas) is the person here."""
        text, v = self.text[:200_000], self.vocab
        first: dict[str, int] = {}  # surname -> where its full name first comes
        for m in _FULL_NAME.finditer(text):
            given, surname = m.groups()
            if surname in first or given == surname or surname in _BODY_WORDS or given in _NOT_GIVEN_NAMES \
                    or given in entities.NOT_PLACES or surname in entities.NOT_PLACES \
                    or v.country(given) or given in v.demonym_to_country or given in v.places or v.country(surname) \
                    or v.country(m.group()) or m.group() in v.places \
                    or surname.lower() in v.alias_to_actor or m.group().lower() in v.alias_to_actor:
                continue  # (a place's or a body's name: "Novi Sad", "Sierra Leone", "Boko Haram")
            first[surname] = m.start(2)
        if not first:
            return set()
        # one pass for all of them (a long paste names hundreds of capitalised pairs)
        return {m.group(1) for m in _NAME_AS_A_PERSON.finditer(text)
                if m.group(1) in first and m.start() >= first[m.group(1)]}

    def title_country(self, surname: str) -> str | None:
        """The country the article names with a leader anywhere ("Russian President Vladimir Putin",
        "Putin, Russia's president"): so "President Putin signed" in a story about Ukraine is Russia's act.
        (Looked up once per name: a long paste repeats its leaders.)"""
        if surname not in self._title_countries:
            self._title_countries[surname] = self._find_title_country(surname)
        return self._title_countries[surname]

    def _find_title_country(self, surname: str) -> str | None:
        if country := self.named_title_country(surname):
            return country
        # "..., President Roch Marc Christian Kabore said": a leader titled with no country is the story's own
        # (wire copy names a foreign one's: "U.S. President ...")
        if self.cast.home and surname in self.text[:200_000] and re.search(rf"(?<![A-Za-z.] )\b(?:President|Prime\s+Minister)\s+(?:[A-Z][\w'\u2019-]+\s+){{0,3}}"
                                        rf"{re.escape(surname)}\b", self.text[:200_000]):
            return self.cast.home
        return None

    def named_title_country(self, surname: str) -> str | None:
        """The country the article ties a leader to by name or demonym ("Russian President Vladimir Putin",
        "Putin, Russia's president"), else None. (Looked up once per name: each look reads the first
        200,000 characters, and a long paste names its leaders again and again.)"""
        if surname not in self._leader_countries:
            self._leader_countries[surname] = self._find_leader_country(surname)
        return self._leader_countries[surname]

    def _find_leader_country(self, surname: str) -> str | None:
        if surname not in self.text[:200_000]:
            return None  # (both patterns hold the name itself: a name first told further down a long paste needs no scan)
        for m in re.finditer(rf"\b([A-Z][a-z]+)(?:['\u2019]s)?\s+(?:(?:Acting|Interim)\s+)?(?:President|Prime\s+Minister|Premier|King|"
                             rf"Emir|leader|president|prime\s+minister|{_CABINET_MINISTER})\s+(?:[A-Z][\w'\u2019-]+\s+){{0,3}}{re.escape(surname)}\b|"
                             rf"\b{re.escape(surname)},\s+(?:the\s+)?([A-Z][a-z]+)(?:['\u2019]s)?\s+(?:president|prime\s+minister|leader)\b",
                             self.text[:200_000]):
            name = m.group(1) or m.group(2)
            country = self.vocab.demonym_to_country.get(name) or self.vocab.country(name)
            if country:
                return country
        return None

    def party_countries(self, clause: str) -> set[str]:
        """The countries a clause names as sides of a deal or a war, not as where it happened."""
        out = set()
        for m in _AS_PARTY.finditer(clause):
            for n in filter(None, m.group("a", "b", "c", "d", "e")):
                country = self.vocab.country(n)
                if country:
                    out.add(n)
        for m in _ENVOYS_FROM.finditer(clause) if "from" in clause or "of" in clause else ():
            # "expelled diplomats from seven Latin American countries, including Argentina, Chile and Peru": whose envoys
            out.update(n for n in entities.capitalised_names(m.group("whose")) if self.vocab.country(n))
        return out

    def group_before(self, i: int, any_paragraph: bool = False) -> list[str]:
        """The armed group the sentence before names ("The group also fired rockets ...",
        "The alliance captured ..."), when it is in the same paragraph (or `any_paragraph`):
        [name], else []."""
        before = self.sentences[i - 1]
        if before.paragraph != self.sentences[i].paragraph and not any_paragraph:
            return []
        for name in self.actors_in(self._content(self.text[before.start:before.end]), self.cast_at(i - 1)):
            a = self.vocab.alias_to_actor.get(name.lower())
            if a is not None and a.kind in ("rebel group", "militia", "armed group") and name not in entities.GENERIC_GROUPS:
                return [name]
        return []

    def governments(self, clause: str) -> list[str]:
        """The states a clause names as parties (not as where something is: "in Qatar"), as ACLED
        names them: "Government of Rwanda"."""
        out = []
        for m in re.finditer(r"\b[A-Z][a-z]+(?:\s+(?:of\s+the\s+)?[A-Z][a-z]+){0,3}", clause):
            name = m.group()
            if name.startswith("The "):
                name = name[4:]
            name = self.vocab.country(name)
            if name and not _PLACE_PREPOSITION.search(clause, max(0, m.start() - 12), m.start()) \
                    and not self.address_country(clause, m.start()) and not clause.startswith("'s", m.end()) \
                    and not _STATE_TIED.match(clause, m.end()):
                out.append(_government_of(name, self.vocab))
        for _at, country in entities.subject_capitals(clause, self.vocab):  # "Ankara denied": its government
            if _government_of(country, self.vocab) not in out:
                out.append(_government_of(country, self.vocab))
        for m, country in self.vocab.capital_index.finditer(clause):  # "cut diplomatic ties with Kigali": the other party
            if _WITH_PARTY.search(clause, max(0, m.start() - 40), m.start()) and _government_of(country, self.vocab) not in out:
                out.append(_government_of(country, self.vocab))
        for m in _ENVOYS_OF.finditer(clause):  # "Ukrainian and Russian delegations met": the two states
            name = self.vocab.demonym_to_country.get(m.group(1)) or self.vocab.country(m.group(1))
            if name and _government_of(name, self.vocab) not in out:
                out.append(_government_of(name, self.vocab))
        return out

    def address_country(self, clause: str, at: int) -> bool:
        """The country at `at` follows a town of it and a comma: where the town is ("at the U.S. air base in
        Ramstein, Germany"), not a party (unlike the countries of a list: "Poland, Hungary")."""
        town = re.search(r"\b(?:in|at|near|from)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?),\s+$", clause[max(0, at - 40):at])
        return town is not None and not self.vocab.country(town.group(1))

    def localised(self, actors: list[str], i: int, home: str | None = None) -> list[str]:
        """Names that mean another group in this story's country (`home`, else the cast's): "al-Shabab"
        in Cabo Delgado is Mozambique's insurgents, "separatists" in Cameroon the Ambazonian ones."""
        if not any(a in self.vocab.local_names for a in actors):
            return actors
        para = self.paragraph_text(i)  # (its countries, named or of its towns: "in Orakzai district" is Pakistan)
        here = self.countries_in(para) | {home or self.cast_at(i).home} | \
            {c for p in self.places_in(para) if (c := entities.place_country(p, self.vocab))}
        local = [next((n for c, n in self.vocab.local_names.get(a, {}).items() if c in here), a) for a in actors]
        return list(dict.fromkeys(local))

    def add_actors(self, d: Draft, i: int, s: str) -> None:
        """A detail sentence told of an event names who else took part ("Police fired tear gas to
        disperse them." after a protest): its actors join the event's, after them. Those it blames
        ("attributed the attack to separatist fighters") are the attackers the event left unnamed."""
        blamed = _BLAMED.search(s) or _IDENTIFIED_AS.search(s)
        if blamed and d.event_type in _VIOLENT_TYPES:
            named = blamed.group("who") or blamed.group("who2")
            state = self.vocab.country(re.sub(r"^the\s+", "", named.strip()))  # "blamed Israel": its forces
            who = [entities.army_name(state, self.vocab)] if state else \
                self.localised(self.actors_in(named, self.cast_at(i)), i)
            if who:
                d.actors = entities.merge_actors(who, [a for a in d.actors if a not in entities.GENERIC_GROUPS])
            return
        if d.event_type not in _VIOLENT_TYPES or len([a for a in d.actors if a not in _NOT_PARTIES]) >= 2:
            return  # (a side already named twice: the rest is who else was there, or the victims)
        if _PRESENT_PERFECT.search(s) or _WAR_NAMED.search(s):
            return  # "Al-Shabaab ... has been fighting for 15 years": background on a party, not this event's
        # "Police spokesman X confirmed the attack": the police tell, they are no side ("IS claimed the attack" is one)
        source = None if _CLAIMED.search(s) else entities.attribution(s)
        told_by = set(self.actors_in(source, self.cast_at(i))) if source else set()
        more = [a for a in self.actors_in(self._content(s), self.cast_at(i))
                if a not in _NOT_PARTIES and a not in told_by]
        if more:
            d.actors = entities.merge_actors(d.actors, more)

    def head_of_state_acts(self, i: int) -> bool:
        """Sentence i opens on a head of state or government who acts in office ("President Faustin-Archange
        Touadera declared a state of emergency", "Hours later, President Daniel Noboa ordered the military to
        ..."): the state acts, nationwide, as when "the government" does (not a colonel's coup)."""
        head = _HEAD_ACTS.match(self.text, self.sentences[i].start, self.sentences[i].end)
        return head is not None and not head.group("officer")
