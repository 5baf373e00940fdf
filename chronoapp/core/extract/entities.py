"""Who, where, how many killed, and who says so -- read from one sentence or clause."""
from __future__ import annotations

import bisect
import copy
from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)
from collections.abc import Iterator
from functools import lru_cache

from chronoapp.core.extract.vocab import STATE_POSTS, PhraseIndex, Vocab


class Known:
    """Names editors confirmed before (the store's vocabulary), looked up like the built-in
    vocabularies: by first word, so hundreds of names cost no more than a few."""

    def __init__(self, names=()):
        self.names = frozenset(n.strip() for n in names or () if n and n.strip())
        self.index = PhraseIndex()
        for n in self.names:
            self.index.add(n.split()[0], re.escape(n) + r"(?![\w-])", n, len(n))

    def __contains__(self, name: str) -> bool:
        return name in self.names

    def __bool__(self) -> bool:
        return bool(self.names)

    def finditer(self, text: str):
        return self.index.finditer(text)


@lru_cache(maxsize=8)
def known(names: tuple[str, ...]) -> Known:
    """The same store vocabulary is passed article after article: build its index once."""
    return Known(names)

# --- numbers ---------------------------------------------------------------------------------
_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
# ACLED conventions: vague plurals become their smallest reading.
_VAGUE = {"a dozen": 12, "dozen": 12, "dozens": 12, "many": 10, "scores": 20, "several": 3, "hundreds": 100,
          "thousands": 1000, "a few": 3, "a handful": 3, "a number": 3, "a large number": 10}

NUMBER = (r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:hundred|thousand|million))?|"
          r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
          r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
          r"sixteen|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred)(?:\s+(?:hundred|thousand))?|"
          r"a\s+dozen|dozens|many|scores|several(?:\s+(?:hundred|thousand))?|hundreds|thousands|a\s+large\s+number)")


def parse_number(text: str) -> int | None:
    t = re.sub(r"\s+", " ", text.lower().strip().strip("\"'\u201c\u201d"))
    if t in _VAGUE:
        return _VAGUE[t]
    t = t.replace(",", "")
    mult = 1
    for word, m in (("thousand", 1000), ("hundred", 100), ("million", 1_000_000)):
        if t.endswith(" " + word):
            t, mult = t[: -len(word) - 1], m
            break
    if t in ("a", "one"):
        return mult
    if t in _VAGUE:  # "several hundred"
        return _VAGUE[t] * mult
    try:
        return int(float(t) * mult)
    except ValueError:
        pass
    total = 0
    for part in re.split(r"[- ]", t):
        if part in _UNITS:
            total += _UNITS[part]
        elif part in _TENS:
            total += _TENS[part]
        else:
            return None
    return total * mult


# "at least 19 people were killed", "killing 26 people", "more than a dozen soldiers died",
# "Nine members of one family ... were killed", "killed "many" government soldiers"
_Q = r"[\"'\u201c\u201d]?"
# (a day of a month is no count: "Army 13 Jan freed eight hostages", as digests write dates)
# nor is a length of time ("ten months after gunmen killed 12 people": twelve dead, not ten)
_NOT_A_DAY = r"(?!\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?!\s+(?:hours?|days?|weeks?|months?|years?|decades?)\b)"
# a year after its month is no count ("in April 2015 in which 148 people died")
_NOT_A_YEAR = "".join(rf"(?<!{m} )" for m in "January February March April May June July August September October November "
                                               "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
# nor the year of "January 2, 2022 - Gunmen killed six people", as factboxes and timelines head their entries
_NOT_A_DATED_YEAR = r"(?!\d{4}(?:(?<=\d, (?:1[89]|20)\d\d)\b|\s+[-\u2013\u2014]\s))"
# (an upper bound is no count of the dead: "said fewer than 100 Palestinians had been killed")
# (not a clock's minutes either: "08:30 - A 27-year-old woman was shot dead")
_COUNT = rf"(?<![\w,.:])(?:(?<=\bno\sfewer\sthan\s)|(?<=\bno\sless\sthan\s)|(?<!\bfewer\sthan\s)(?<!\bless\sthan\s))(?<!\bno\s)(?<!\bno\smore\sthan\s)(?<!\bat\smost\s){_NOT_A_YEAR}{_NOT_A_DATED_YEAR}(?=[\w\"'\u201c])(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|up\s+to|an\s+estimated|all)\s+)?{_Q}(?P<n>{NUMBER}){_Q}{_NOT_A_DAY}"
_VICTIM_WORDS = r"(?:[\w'\u2019.-]+\s+){0,3}?(?:of\s+(?:the\s+|them\s+)?)?"  # "three U.S. soldiers"
# people killed at work are civilians: "two dockworkers", "11 fishermen", "three health workers"
_OCCUPATIONS = (r"(?:\w{0,12}workers?|farmers?|herders?|journalists?|reporters?|fisherm[ae]n|miners?|teachers?|"
                r"doctors?|nurses?|medics?|paramedics?|labou?rers?|shepherds?|drivers?|dockers?|traders?|"
                r"vendors?|merchants?|engineers?|volunteers?|\w{0,8}tappers?|loggers?|hunters?|"
                r"waiters?|waitress(?:es)?|cooks?|cleaners?|mechanics?|porters?|contractors?)")  # "a rubber tapper", "a U.S. contractor"
_PEOPLE = (r"(?:people|persons|civilians?|villagers?|residents?|soldiers?|troops|fighters?|militants?|rebels?|"
           r"insurgents?|jihadists?|terrorists?|separatists?|extremists?|assailants?|policem[ae]n|police\s+officers?|police|"
           r"gendarmes?|troopers?|servicem[ae]n|servicewom[ae]n|"
           r"officers?|members?|men|women|man|woman|person|child|boy|girl|"
           r"children|students?|worshippers?|passengers?|militiam[ae]n|gunmen|attackers?|guards?|rangers?|" + _OCCUPATIONS + r"|"
           r"others|combatants?|recruits?|personnel|pupils?|protesters?|demonstrators?|(?:\w+\s+)?marchers|"
           r"dissidents?|guerrillas?|bandits|gang\s+members|vigilantes?|contractors?|suspects?|peacekeepers?|inmates?|prisoners?|hostages?|"
           r"activists?|politicians?|lawmakers?|opponents?|allies|aides|associates|bodyguards|colleagues|companions|"
           r"schoolboys|schoolgirls|schoolchildren|pilgrims?|guardsm[ae]n|marines|sailors|airmen|commandos|cadets|"
           r"conscripts|officials|employees|patients|teenagers|youths|migrants?|refugees?|detainees?|asylum\s+seekers?|"
           r"tourists?|foreigners|nationals|citizens|visitors|guests|mourners|shoppers|fans|spectators|"  # ("three Spanish nationals")
           r"Palestinians|Israelis|Syrians|Iraqis|Afghans|Nigerians|Yemenis|Ukrainians|Russians|Somalis|"
           r"Lebanese|Sudanese|Malians|Tamils|Maoists|Islamists|"
           # peoples and faiths ("the bodies of 45 ethnic Albanians", "killed 30 Hazaras")
           r"Serbs|Croats|Bosniaks|Kurds|Arabs|Jews|Christians|Muslims|Shiites|Sunnis|Alawites|Copts|Yazidis|Hutus|Tutsis|"
           r"Hazaras|Pashtuns|Baloch|Uighurs|Uyghurs|Rohingya|Chechens|Kosovars|(?-i:[A-Z][a-z]{2,}(?:ians|ans)))")
_KILL_AFTER = re.compile(
    rf"\b(?:kill(?:ed|ing|s)?|left|leaving|claimed\s+the\s+lives\s+of|massacred|executed|shot\s+dead|beheaded|"
    rf"neutrali[sz](?:ed|ing)|"  # military communiqués: "neutralised 12 terrorists"
    rf"beheading|decapitated|lynched|gunned\s+down|(?:hacked|stabbed|beaten|burned|burnt)\s+to\s+death|"
    rf"(?:beat|hacked|stabbed|burned|burnt|tortured|starved)(?=\s+[^.;:]{{0,50}}?\bto\s+death\b)|"  # "beat three migrants to death"
    rf"bodies\s+of|(?<=\blost\s)|"  # (a side's own dead: "the army lost three soldiers")
    rf"(?:killings?|deaths|murders?|massacre)\s+of)\s*"  # the deed as a noun: "the killing of about 500 people"
    rf"{_COUNT}\s+{_VICTIM_WORDS}{_PEOPLE}\b", re.I)
# "ambushed a convoy of police officers ..., killing 13 of them": the dead among those just named
_KILL_OF_THEM = re.compile(rf"\b(?:kill(?:ed|ing)|shot\s+dead|massacred|executed)\s+(?:all\s+)?{_COUNT}\s+of\s+them\b", re.I)
# "killing the mayor and at least five other people": six
# (the one named as the group's: "killed Hezbollah's top commander, Haytham Ali Tabatabai, and four other members";
# or by name alone: "killed Tabatabai and four others")
_KILL_ONE_AND_OTHERS = re.compile(rf"\bkill(?:ed|ing|s)?\s+(?:(?:the|a|an|its|his|her|their|(?-i:[A-Z][\w-]*)['\u2019]s)\s+"
                                  rf"(?:[\w'\u2019-]+\s+){{0,2}}[\w'\u2019-]+(?:,\s+(?-i:[A-Z][\w'\u2019.-]*\s+){{0,2}}(?-i:[A-Z][\w'\u2019.-]*),)?\s+|"
                                  rf"(?-i:[A-Z][\w'\u2019.-]*\s+){{1,3}}?)and\s+{_COUNT}\s+(?:(?:other|more)\s+{_PEOPLE}|others)\b", re.I)
# "three soldiers and two civilians were killed": five
_KILL_PAIR = re.compile(
    rf"{_COUNT}\s+{_VICTIM_WORDS}{_PEOPLE}\s+and\s+{_COUNT.replace('(?P<n>', '(?P<n2>')}\s+{_VICTIM_WORDS}{_PEOPLE}\s+"
    rf"(?:(?:were|have\s+been|had\s+been|have|had)\s+)?(?:killed|died|slain)\b", re.I)
# the second side's dead after a count of killed: "killing 11 soldiers and four vigilantes", "the army
# lost three soldiers and the SDF four fighters" -- one toll, as ACLED sums an event's dead
_AND_MORE_DEAD = re.compile(
    rf"\s+and\s+(?:(?:the|its|their)\s+)?(?-i:[A-Z][\w.'\u2019-]*\s+){{0,3}}?{_COUNT.replace('(?P<n>', '(?P<n2>')}\s+"
    rf"{_VICTIM_WORDS}{_PEOPLE}\b"
    # (not a clause of its own: "killed five people and two others were wounded")
    r"(?!\s+(?:were|was|are|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|abducted|kidnapped|"
    r"arrested|detained|missing|rescued|evacuated|treated)\b)", re.I)
# the unit the dead served in, named whole: "eight personnel of the District Reserve Guard (DRG)"
_OF_UNIT = r"(?:\s+of\s+the\s+(?-i:(?:[A-Z][\w'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]*)(?:\s+\((?-i:[A-Z]{2,8})\))?)?"
_KILL_BEFORE = re.compile(
    # (no relative clause between, with dead of its own: "four camps ..., including Lukodi, where at least 60 civilians were killed")
    # (nor a clause of its own with its own count: "arrested 24 suspects, and three police officers were killed")
    # (nor another act's own count: "captured two soldiers in a raid that left eight other soldiers dead")
    rf"{_COUNT}\s+{_VICTIM_WORDS}{_PEOPLE}\b{_OF_UNIT}(?:(?!\b(?:where|when|in\s+which)\b|,\s+and\s+(?:at\s+least\s+)?{NUMBER}\b|"
    rf"\b(?:left|leaving|killing|killed)\s+(?:at\s+least\s+|more\s+than\s+)?{NUMBER}\b|"
    # (nor another count that has its own dead: "some 156,000 men were ashore, at a cost of 4,400 Allied dead")
    rf"(?<![\w,.])\d[\d,]*\s+(?:(?-i:[A-Z])[\w'\u2019-]+\s+)?(?:dead|deaths|killed)\b)[^.;:]){{0,60}}?\b(?:(?:were|was|have\s+been|had\s+been|are|being)\s+)?"
    rf"(?:\w+ly\s+)?(?<!\band )(?<!\bthat )(?<!\bwhich )(?:killed|died|dead|slain|lost\s+their\s+lives|perished|neutrali[sz]ed|"
    rf"martyred|embraced\s+(?:shahadat|martyrdom)|attained\s+(?:shahadat|martyrdom)|"
    # ("12 civilians were summarily executed by soldiers", "30 villagers were massacred")
    rf"(?<=were\s)(?:executed|massacred|murdered|slaughtered|beheaded|lynched)|"
    # ("two men were beaten to death by a mob")
    rf"(?<=were\s)(?:burn(?:ed|t)|beaten|hacked|stabbed|stoned|clubbed)\s+to\s+death|"
    # ("Two officers were fatally injured": a police communique's dead)
    rf"(?:(?<=were\s)|(?<=was\s))fatally\s+(?:injured|wounded|shot|stabbed)|"
    rf"(?<=were\s)\w+ly\s+(?:executed|massacred|murdered|slaughtered))\b", re.I)
# ("two soldiers were martyred", "11 soldiers embraced shahadat": a communiqué's own dead)
# (not "seized two soldiers and killed", nor "freed eight hostages in a raid that killed four separatists")
# "killed eight in a cross-border raid": a bare number of dead
# a side's own dead told as a loss ("the army had lost three soldiers"); not "has lost", a running total
LOST_MEN = re.compile(rf"(?<!\bhas )(?<!\bhave )\blost\s+{_COUNT}\s+{_VICTIM_WORDS}{_PEOPLE}\b", re.I)
_KILL_BARE = re.compile(rf"\b(?:kill(?:ed|ing)|massacred|neutrali[sz](?:ed|ing))\s+{_COUNT}(?=\s+(?:in|on|at|near|during|and|when|as)\b|\s*[,.;])", re.I)
# one victim: "its driver killed.", "a soldier was killed", "a policeman was shot dead"
# one person named by their people ("killing a Briton and an Algerian")
_ONE_OF_A_PEOPLE = (r"Palestinian|Israeli|Syrian|Iraqi|Afghan|Yemeni|Ukrainian|Somali|Sudanese|Briton|American|Algerian|"
                    r"Frenchman|Frenchwoman|German|Japanese|Nigerian|Kenyan|Pakistani|Indian|Egyptian|Libyan|Malian|Turk|"
                    r"Kurd|Lebanese|Russian|Chinese|Filipino|Norwegian|Canadian|Australian|Iranian|Saudi|Jordanian|Tunisian|"
                    r"Moroccan|Ethiopian|Eritrean|Congolese|Colombian|Mexican|Haitian|Burmese|Rohingya")
_ONE_DEAD = re.compile(
    r"\b(?:a|an|its|his|her|their|the|one)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:civilian|villager|resident|soldier|fighter|"
    r"militant|rebel|policeman|policewoman|police\s+officer|officer|gendarme|trooper|militiaman|serviceman|"
    r"man|woman|child|boy|girl|driver|journalist|reporter|"
    r"worker|farmer|teacher|doctor|nurse|guard|peacekeeper|commander|teenager|youth|student|protester|demonstrator|"
    rf"patient|passenger|worshipper|pilot|governor|mayor|minister|official|chief|lawmaker|judge|imam|priest|activist|"
    rf"{_ONE_OF_A_PEOPLE})"
    r"(?:\s+of\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?"  # "The governor of West Darfur, Khamis Abakar, is killed"
    r"(?:,\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+,)?\s+"  # "a French pilot, Lt. Damien Boiteux, was killed"
    r"(?:(?:from|of)\s+(?:the\s+)?[A-Z][\w'\u2019-]*\s+)?"   # "a peacekeeper from Cameroon was killed"
    r"(?:(?:(?:was|is|has\s+been|had\s+been|got)\s+(?:\w+ly\s+)?(?:killed|shot\s+dead|slain|martyred|lynched|"
    r"(?<=fatally\s)(?:wounded|injured|shot|stabbed)|"  # ("a soldier was fatally wounded")
    r"(?:burn(?:ed|t)|beaten|hacked|stabbed|stoned|clubbed)\s+to\s+death)|died|dies)\b|"
    r"killed(?=\s*[.,;]|\s*$))|"
    # "shot dead a shopkeeper", "killed a policeman"
    rf"\b(?:shot\s+dead|killed|killing|gunned\s+down|stabbed\s+to\s+death|beheaded|beheading)\s+(?:a|an|(?:at\s+least\s+)?one|the)\s+"
    rf"(?:[\w.'\u2019-]+\s+){{0,2}}?(?:{_OCCUPATIONS}|civilian|villager|resident|policeman|police\s+officer|gendarme|soldier|shopkeeper|"
    rf"patient|passenger|student|pupil|worshipper|pilgrim|protester|demonstrator|teenager|"
    rf"man|woman|child|boy|girl|person|leader|chief|official|guard|bodyguard|officer|commander|peacekeeper|fighter|militant|"
    rf"rebel|sailor|crewman|crew\s+member|colonel|captain|lieutenant|sergeant|corporal|{_ONE_OF_A_PEOPLE})\b(?!['\u2019]s)",
    re.I)  # ("killing the driver", "killed a security guard", "shot dead a village defence volunteer": one dead)
# one more named by role, also as theirs ("eight soldiers and their driver", "five rebels and a DRG head constable");
# RANKS marks where a list of the dead adds ranks
_ONE_MORE = (r"(?:a|an|one|their|its)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:man|woman|child|boy|girl|civilian|soldier|policeman|"
             r"police\s+officer|officer|constable|driver|commander|journalist|farmer|teacher|student|RANKS"
             rf"{_ONE_OF_A_PEOPLE})\b(?!['\u2019]s)")
_AND_ONE = re.compile(r"\s+and\s+" + _ONE_MORE.replace("RANKS", ""), re.I)  # "killed a woman and a child": two
# one more in a list of the dead named one by one: "killing an army colonel, a major, a police officer and a soldier"
_NEXT_ONE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)"
                       + _ONE_MORE.replace("RANKS", "guard|colonel|major|captain|lieutenant|sergeant|corporal|general|"), re.I)
_ONE_MORE_KILLED = re.compile(_AND_ONE.pattern + r"\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|shot\s+dead|slain)\b", re.I)
_KILL_VERB_FIRST = re.compile(r"(?:shot|killed|killing|gunned|stabbed)\b", re.I)
# a bare count as the subject: "Protesters clashed with police; two were shot dead"
_COUNT_DIED = re.compile(rf"(?:^|[;,:]\s*|\b(?:and|while)\s+){_COUNT}\s+(?:(?:of\s+them|others|more)\s+)?"
                         rf"(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|shot\s+dead|slain)\b", re.I)
# one person killed, named by role and name: "killed reporter Yara Abbas", "killed ELN commander Alias
# Pablito", "killed Yara Abbas, a prominent female war reporter"
_ROLE = (r"(?:reporter|journalist|photographer|cameraman|commander|leader|chief|spokesman|spokeswoman|activist|"
         r"lawyer|politician|lawmaker|mayor|governor|general|colonel|officer|cleric|imam|priest|judge|"
         r"prosecutor|official|minister|candidate|negotiator|founder)")
# a person named with a role: "(its) senior commander Alias Pablito", "Yara Abbas, a war reporter"
# (the role first is followed by the name's first capital; _NAMED_DEAD reads the whole name)
_ROLE_FIRST = r"(?:(?:the|its|their)\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,2}(?:senior\s+|top\s+|local\s+|deputy\s+|former\s+)?" + _ROLE
_NAME_THEN_ROLE = rf"(?:[A-Z][\w'\u2019.-]+\s+){{1,3}}[A-Z][\w'\u2019-]+,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,5}}?{_ROLE}\b"
_NAMED_DEAD = re.compile(r"\b(?:killed|killing|shot\s+dead|assassinated|assassinating|gunned\s+down)\s+(?:"
                         rf"{_ROLE_FIRST}\s+(?:[A-Z][\w'\u2019.-]+\s*){{1,4}}|{_NAME_THEN_ROLE})")
_ALONG_WITH = re.compile(rf"[^.;]*?\balong\s+with\s+{_COUNT}\s", re.I)
# a titled person who died or was killed: "Chad's President Idriss Deby, who ruled ..., died on Tuesday of wounds"
# (not a natural death: "died of cancer", "died in office")
_TITLED_DIED = re.compile(r"\b(?:President|Prime\s+Minister|General|Gen\.|Colonel|Col\.|Commander|King)\s+"
                          r"(?:[A-Z][\w'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+(?:,\s+(?:who|a|an|the)\b[^;]{0,120}?,)?\s+"
                          r"(?:died(?!\s+(?:in\s+(?:office|exile|his\s+sleep)|of\s+(?:natural|cancer|a\s+heart|an?\s+illness|illness)))|"
                          r"was\s+(?:killed|assassinated|shot\s+dead))\b")
# a named person (not the clause's first word: "Soldiers and 16 others"), then "N others"
_NAME_AND = r"(?<=\S\s)[A-Z][\w'\u2019-]+\s+and\s+(?:(?:at\s+least|about|some|nearly|more\s+than)\s+)?"
_NAMED_AND = re.compile(_NAME_AND + "$")
NAMED_AND_OTHERS = re.compile(_NAME_AND + r"[\w,]+\s+others?\b")  # "Reyes and at least 16 other rebels"
# a second person named after the first: "killed Ali Hassan, a lawyer, and Omar Farah, an official"
_AND_NAMED_DEAD = re.compile(rf"(?:\s*,)?\s*and\s+(?:{_ROLE_FIRST}\s+[A-Z]|{_NAME_THEN_ROLE})")
# (a toll "of" N right after its word only: "the toll from the bombings of two markets ... rose to 48" is 48; and the
# number of the dead, "The number of people killed in Saturday's strike ... has risen to 40")
_TOLL = re.compile(rf"\b(?:death\s+toll|toll|number\s+of\s+(?:people\s+killed|dead|deaths|victims))\b(?:\s+of|"
                   rf"(?:[^.;]|\.(?=\s?\w)){{0,120}}?\b(?:to|at|reached|rose\s+to))\s+{_COUNT}\b", re.I)
# ("4,400 Allied dead", "300 Iraqi deaths": a side's dead)
_DEATHS = re.compile(rf"{_COUNT}\s+(?:(?-i:[A-Z])[\w'\u2019-]+\s+)?(?:deaths|dead|fatalities|bodies)\b", re.I)
_NONE_KILLED = re.compile(r"\bno\s+(?:casualties|deaths|fatalities|injuries|one\s+was\s+(?:killed|hurt|injured))\b|\bno\s+one\s+was\s+killed\b|"
                          r"\bwithout\s+(?:causing\s+|leaving\s+)?(?:any\s+)?(?:casualties|deaths|fatalities)\b", re.I)
_VAGUE_COUNT = re.compile(r"\b(?:dozens|scores|hundreds|thousands|many|several)\b", re.I)
_RUNNING = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|altogether|this\s+year|over\s+the\s+(?:past|last))\b", re.I)
# the dead of years of a war ("decades of armed conflict have left at least 450,000 people dead"): a total, no day's toll
_YEARS_OF_WAR = re.compile(r"\b(?:decades|years|months)\s+of\s+(?:[\w-]+\s+){0,2}?(?:war|warfare|conflict|fighting|violence|"
                           r"insurgency|unrest|bloodshed)\b(?:[^.;,]){0,40}$", re.I)


def fatalities(clause: str) -> int | None:
    """Deaths stated in the clause, as a lower bound; None when unknown or a running total."""
    return fatality_claim(clause)[0]


_CIVILIAN_NOUNS = re.compile(r"\b(?:people|persons|civilians?|villagers?|residents?|wom[ae]n|child(?:ren)?|family|families|"
                             r"shopkeepers?|boy|girl|man|patients?|teenagers?|migrants?|refugees?|asylum\s+seekers?|"
                             r"worshippers?|passengers?|students?|pupils?|" + _OCCUPATIONS + r"|"
                             r"tourists?|foreigners|nationals|visitors|guests|mourners|shoppers|fans|spectators|"
                             r"protesters?|demonstrators?|marchers|men)\b", re.I)


# a warship sunk: the "men" it killed are its crew, not civilians ("sank the cruiser General Belgrano, killing 323 men")
SUNK_WARSHIP = re.compile(r"\b(?:sank|sunk|sinking|torpedoed)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
                          r"(?:cruiser|warship|destroyer|frigate|corvette|submarine|battleship|gunboat|minesweeper|patrol\s+boat)s?\b",
                          re.I)


# "13 members of one family", "members of the same household": relatives, not a group's members
FAMILY_MEMBERS = re.compile(r"members\s+of\s+(?:(?:a|one|the|the\s+same|his|her|their|an?\s+extended)\s+)?"
                            r"(?:[\w'\u2019-]+\s+)?(?:family|families|household|clan\s+family)\b", re.I)


# "64 people, including four police officers, were killed": armed men among the dead, no toll of civilians alone
_INCLUDING_ARMED = re.compile(r"\bincluding\s+(?:[\w'\u2019-]+\s+){0,3}?(?:soldiers?|troops|police(?:\s+officers?)?|policem[ae]n|"
                              r"officers?|gendarmes?|guards?|fighters?|militants?|rebels?|insurgents?|gunmen|gang\s+members)\b", re.I)


def _listed_dead(clause: str, end: int) -> int:
    """One killed, named by role, and each named after it in a list ("killed a woman and a child": two)."""
    n = 1
    while (m := _NEXT_ONE.match(clause, end)) is not None:
        n, end = n + 1, m.end()
        if " and " in m.group() or m.group().lstrip().startswith("and "):
            return n
    return 1  # (a list needs its "and": "killed a soldier, a major blow to morale" is an apposition)


@lru_cache(maxsize=256)  # (several rules ask a sentence's toll: 1,450 calls for 745 clauses in 0.67 MB of news)
def fatality_claim(clause: str) -> tuple[int | None, bool]:
    """(deaths, whether the dead are named as civilians: people, villagers, children...)."""
    best = None
    exact = None  # a toll put in figures ("which put the toll at 471"): it says what "hundreds" only guessed
    for rx in (_KILL_ONE_AND_OTHERS, _KILL_PAIR, _KILL_AFTER, _KILL_OF_THEM, _KILL_BEFORE, _TOLL, _DEATHS, _KILL_BARE, _COUNT_DIED, _ONE_DEAD, _NAMED_DEAD, _TITLED_DIED):
        for m in rx.finditer(clause):
            tail = clause[m.end():m.end() + 40]
            if _RUNNING.search(m.group()) or re.match(r"\s*(?:have\s+died\s+)?since\b", tail) or \
                    _YEARS_OF_WAR.search(clause, max(0, m.start() - 80), m.start()):
                continue
            n = 1 if rx is _TITLED_DIED else 1 + bool(_AND_NAMED_DEAD.match(clause, m.end())) if rx is _NAMED_DEAD \
                else parse_number(m.group("n")) if rx is not _ONE_DEAD \
                else _listed_dead(clause, m.end()) if _KILL_VERB_FIRST.match(m.group()) else 1
            if rx is _KILL_ONE_AND_OTHERS and n is not None:
                n += 1  # (the one named first)
            elif rx is _KILL_AFTER and n is not None and _AND_ONE.match(tail):
                n += 1  # "killing two airmen and a civilian": three
            elif rx is _KILL_BEFORE and n is not None and _ONE_MORE_KILLED.search(m.group()):
                n += 1  # "Two soldiers and a police officer were killed": three
            if rx in (_KILL_BEFORE, _COUNT_DIED) and n is not None and re.search(r"\bothers?\b", m.group()) \
                    and _NAMED_AND.search(clause, max(0, m.start("n") - 40), m.start("n")):
                n += 1  # "said Reyes and at least 16 other rebels died": seventeen
            more = _AND_MORE_DEAD.match(clause, m.end()) if rx is _KILL_AFTER else None
            if rx is _KILL_PAIR or more:
                n2 = parse_number((more or m).group("n2"))
                n = n + n2 if n is not None and n2 is not None else None
            if rx is _TOLL and n is not None and m.group("n")[:1].isdigit():
                exact = n
            if n is not None and (best is None or m.start() < best[0]):
                civilian = (bool(_CIVILIAN_NOUNS.search(m.group())) and not SUNK_WARSHIP.search(clause) or
                            bool(re.search(r"\bmembers$", m.group()) and FAMILY_MEMBERS.match(clause, m.end() - 7))) \
                    and not _INCLUDING_ARMED.search(clause, m.start(), m.end() + 60)
                best = (m.start(), n, civilian, m.end())
    if best is not None and exact is not None and exact > best[1] and not clause[best[0]:best[3]].split()[0][:1].isdigit() \
            and _VAGUE_COUNT.search(clause, best[0], best[3]):
        return exact, best[2]
    if best is not None:
        along = _ALONG_WITH.match(clause, best[3], best[3] + 80)
        if along and (more := parse_number(along.group("n"))):
            return best[1] + more, best[2]  # "was killed on April 7 along with 10 Belgian peacekeepers": eleven
        return best[1], best[2]
    if _NONE_KILLED.search(clause):
        return 0, False
    return None, False


# --- attribution -----------------------------------------------------------------------------
# ("claimed" a toll is no saying: "the bombings ... claimed at least 217 lives")
_SAY = (r"(?:said|says|told|reported|reports(?=\s+that\b)|announced|confirmed|claimed(?!\s+(?:[\w,]+\s+){0,3}lives\b)|"
        r"stated|added|warned|insisted|explained)")
# the verbs a source may follow (", said Mohammed Shehu"); not ", reported heavy gunfire": an object
_SAY_INVERTED = r"(?:said|says|added|explained|insisted|stated|warned|wrote)"
_NP = r"(?P<who>(?:[\w'\u2019.-]+(?:,\s+|\s+)){0,8}?[\w'\u2019.-]+)"
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>(?:[^,.;:\n]|\.(?=\s?\w)){2,80}?)(?=\s*(?:[,;:]|\.(?!\s?\w)|$|\s+(?:that|the\s+\w+\s+(?:is|was|were|are|have|has|had))\b))")
_SUBJ_SAY = re.compile(rf"(?:^|[,;:]\s+|\bthat\s+)(?:In\s+a\s+statement[^,]{{0,60}},\s+)?{_NP}\s+(?:(?:also|later|earlier|had|has|have)\s+)?{_SAY}\b")
# a name without commas; a dot only inside an abbreviation ("a U.N. spokesman")
_NAME = r"(?:[^,.;]|\.(?=\s?\w)){2,80}?"
# ", said Mohammed Shehu, a spokesman for the police." (one apposition after the name)
# (not ", told RFI they heard gunfire": who is told is no source)
_SAY_SUBJ = re.compile(rf",\s+{_SAY_INVERTED}\s+(?P<who>{_NAME}(?:,\s+(?:a|an|the)\s+{_NAME})?)\s*[.]?$")
# ", two military sources told Reuters.", ", an officer told The Associated Press by phone."
_TOLD_WHOM = (r"(?:\s+(?:[A-Z][\w.&'-]*|reporters|journalists|parliament|lawmakers|legislators|(?:the\s+)?(?:press|media|"
              r"parliament|senate|assembly))(?:\s+[A-Z][\w.&'-]*){0,3})?(?:\s+by\s+(?:phone|telephone))?")
_SUBJ_SAY_END = re.compile(rf",\s+(?P<who>{_NAME})\s+{_SAY}{_TOLD_WHOM}(?:\s+in\s+a\s+(?:\w+day\s+)?(?:statement|video|post|briefing))?"
                           rf"(?:\s+on\s+\w+|\s+\w+day)?\s*[.]?[\"'\u201d]?$")
# ", the ministry's spokesman, Major General Igor Konashenkov, told journalists.": a role, then the name
_ROLE_NAME_SAY_END = re.compile(rf",\s+(?P<who>(?:the|a|an)\s+{_NAME},\s+[A-Z]{_NAME}),\s+{_SAY}{_TOLD_WHOM}"
                                rf"(?:\s+on\s+\w+|\s+\w+day)?\s*[.]?[\"'\u201d]?$")
# "..., residents said, a day after ..."
_SUBJ_SAY_MID = re.compile(rf",\s+(?P<who>{_NAME})\s+{_SAY}{_TOLD_WHOM}(?:\s+on\s+\w+day|\s+\w+day)?,\s")
# a clause, not a source: "Relations soured in April when the government", "condemned the attack on X and"
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|accuses|accused|would|will|did|does|not|when|while|because|"
                      r"should|could|must|might|shall|be)\b|"
                      r"\b[a-z]+ed\s+(?:the|a|an|its|their|his|her|[A-Z][\w-]*['\u2019]s)(?!\w)")  # "condemned Monday's attack"
_LEAD_PLACE = re.compile(r"(?:In|At|On|Near|Outside|Inside|From|During|After)\s[^,]*,\s+(?:.*,\s+)?")
_PRONOUNS = frozenset("he she it they we i you this that there".split())
_WEAK_HEADS = frozenset("the statement report".split())


def attribution(sentence: str, previous: str | None = None) -> str | None:
    """Who the sentence says reported it: 'according to X', 'X said', ', X said.'; pronouns
    ('It said', 'he said') take the previous sentence's source. A match that is a clause, not a
    source (', said anyone "who attacks a police station" should be shot'), gives way to the
    next pattern."""
    m = _ACCORDING.search(sentence)
    matches = [m] if m else [rx.search(sentence) for rx in (_ROLE_NAME_SAY_END, _SUBJ_SAY_END, _SAY_SUBJ, _SUBJ_SAY_MID, _SUBJ_SAY)]
    for m in matches:
        if m is None:
            continue
        if _RELATIVE_SAYING.match(m.group("who")) and _PAST_VERB.search(sentence, 0, m.start("who")):
            continue  # "... the result of Sunday's election, which the electoral council said Maduro had won": a saying
            # about the object, not the source of the sentence (but "The attack, which police said ...": its subject's)
        who = _source(m.group("who"))
        if who is _NO_SOURCE:
            continue
        if who is None:
            return None
        return previous if who.lower() in _PRONOUNS or who.lower() in _WEAK_HEADS else who
    return None


_REPORT_BY = re.compile(r"^(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:report|statement|study|survey|assessment|investigation|"
                        r"tally|count|update|analysis)\s+(?:by|from)\s+(?P<by>.+)$", re.I)
_DAYS_REPORT = re.compile(r"(?<=\w)['\u2019]s?\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|latest\s+|daily\s+|weekly\s+|"
                          r"monthly\s+|annual\s+|new\s+){0,2}(?:statement|report|update|communiqu\u00e9|communique|bulletin|tally)$", re.I)
_COMMON_SOURCE_WORDS = frozenset("""local security military medical hospital police witnesses residents officials sources activists
    rescuers aid health government state humanitarian regional provincial district army doctors relatives survivors
    analysts diplomats monitors villagers""".split())
_NO_SOURCE = "\x00"  # _source(): a clause, not a source; try the next pattern
_RELATIVE_SAYING = re.compile(r"\s*(?:which|who|whom)\s")
_PAST_VERB = re.compile(r"\b(?:[a-z]+ed|took|fled|made|began|won|lost|hit|struck|fought|held|led|left|went|came|ran|shot|set|"
                        r"put|seized|stormed|killed)\b")


# a discourse adverb before the source: "Nevertheless, the president", "Hours later, interim President ...", "Earlier AT and T"
_LEAD_ADVERB = re.compile(r"^(?:Earlier|Later|Meanwhile|Nevertheless|Nonetheless|However|Separately|Also|Still|Then|Now|Instead|"
                          r"Yet|Moreover|Previously|Subsequently|(?:Hours|Days|Minutes|Weeks|Moments)\s+(?:later|earlier))\b,?\s+(?=\S)", re.I)  # (lower case once a date phrase before it is gone: "By evening, however, the junta")
# words a source never ends on: "a criminal defense attorney who", "... to meet Hifter and", "expressed concern at"
_OPEN_END = re.compile(r"\b(?:who|which|that|and|or|but|at|of|to|in|on|for|with|by|from|about)$")
# a time, not a source: ", earlier this month announced its agreements"
_ONLY_TIME = re.compile(r"(?:earlier|later|last|this|next|early|late)\b[\w\s]*\b(?:week|month|year|day|morning|afternoon|evening|night)$", re.I)


def _source(who: str) -> str | None:
    who = re.sub(r"^(?:[Ii]n\s+a\s+statement[^,]*,\s+|[Bb]ut\s+|[Aa]nd\s+)", "", who.strip(" ,\"'\u201c\u201d"))
    who = re.sub(r"\s+(?:also|later|earlier|recently|previously|initially|then|now|again|subsequently|formally|publicly)$", "", who)
    if _OPEN_END.search(who) or _ONLY_TIME.match(who.split(", ")[-1]):
        return _NO_SOURCE
    who = re.split(r"\bthat\s+", who)[-1]  # "It was not until ... May 10, that the interior ministry (announced)"
    parts = who.split(", ")
    if len(parts) > 1 and parts[0][:1].islower() and not re.match(r"(?:the|a|an)\s", parts[0]) and \
            (parts[-1][:1].isupper() or parts[-1].startswith("the ")):  # (not a role, then its name: "the ministry's spokesman, Igor ...")
        who = parts[-1]  # "read by a broadcaster over Baghdad radio, Saddam", "including combatants, the Sudanese doctors' union"
    # a leading date phrase is no part of the source: "Last month, the government", "Earlier on Tuesday, police"
    # (or a span of days: "Between 14 and 15 September, Ukrainian forces", "From Monday to Wednesday, the army")
    who = re.sub(r"^(?:(?:Last|Earlier|Later|Late|Early|This|Next)\b[^,]{0,30}|(?:On|In|By|Between|From|Since|Until)\s+[^,]{0,20}?"
                 r"(?:\d|day\b|week|month|year|morning|afternoon|evening|night|"
                 r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)[^,]{0,20}),\s+(?=\w)", "", who)
    who = _LEAD_ADVERB.sub("", who)
    who = re.sub(r"^(?:Speaking|Writing)\s+(?:at|to|on|in)\b[^,]{0,60},\s+(?=\w)", "", who)  # "Speaking to reporters in Kyiv, Zelensky"
    if re.search(r",\s+(?:who|which)$", who):
        return _NO_SOURCE  # "The militants, who said they belonged to ...": a relative clause's saying, not the source
    who = re.split(r",\s+(?:but|and|while|as|which|who)\s+", who)[-1]  # "..., but both sides (reported)", "The attack, which police (said)"
    # "The attack came two days after the Nigerian Army (said)": the subject of the saying
    who = re.split(r"\b(?:came|comes|happened|occurred)\s+(?:[\w-]+\s+){0,3}?(?:after|before|as|when)\s+", who)[-1]
    who = re.sub(r"^.{1,60}?\s[-\u2013\u2014]\s+", "", who)  # a dateline or timeline head: "Aug 19 - Tiani", "BEIRUT - The army"
    lead = _LEAD_PLACE.match(who)  # "In Bahir Dar, the capital of Amhara, residents": the residents
    if lead and lead.end() < len(who):
        who = who[lead.end():]
    if re.search(r"\bwhat\s+\w+$", who):
        return _NO_SOURCE  # "Iran struck what it said were bases": the actor's label for its target, no source
    if re.match(r"in\s+what\b", who, re.I):
        return None   # "in what it said was a response to ...": the actor's own account of why, no source
    if re.match(r"(?:No|None|Nobody|Neither)\b", who):
        return None   # "No group has claimed responsibility": nobody is the source
    if _VERBISH.search(who):
        return _NO_SOURCE
    if len(who.split()) > 12 or not re.search(r"[A-Za-z]", who):
        return _NO_SOURCE
    # the report named for its source: "a Tuesday report by Human Rights Watch", "the ministry's Wednesday statement"
    who = _REPORT_BY.sub(r"\g<by>", who, count=1)
    who = _DAYS_REPORT.sub("", who, count=1)
    # "The army said": the sentence's capital, not the source's ("the army", as "according to the army" gives it);
    # a name keeps its "The" ("The New York Times", "The UN")
    if re.match(r"The\s+[a-z]", who):
        return "the" + who[3:]
    first = who.split()[0]
    # a sentence's capital on a common word: "Local officials said", "Witnesses said" ("local officials"
    # as mid-sentence; not a name: "Police Scotland", "Health and Human Services Secretary ...")
    return who[:1].lower() + who[1:] if first.lower() in _COMMON_SOURCE_WORDS and not re.match(r"\S+(?:\s+(?:and|of|&))?\s+[A-Z]", who) else who


# --- actors ----------------------------------------------------------------------------------
# Generic words resolved to the article's own actors (see `Cast`): its state's army, its one named armed group.
_STATE_GENERIC = frozenset({"government forces"})
_FORCES_OF = re.compile(r"(?:Armed|Defen[cs]e|Military|Security)\s+Forces\s+of\b")  # "the Defence Forces of Ukraine"
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!The\b)[A-Z][\w'-]+\s+$")
_MILITARY_PEOPLE = re.compile(r"\s+(?:advis[eo]rs?|attach[e\u00e9]s?|officials?|diplomats?|delegations?|prosecutors?|courts?|"
                              r"analysts?|experts?|observers?|sources?|spokes(?:man|woman|person))\b")
_FEDERAL = re.compile(r"federal\b", re.I)
_ARRESTED = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:(?:also|later|since)\s+)?(?:arrested|detained|rounded\s+up)\b")
_GROUP_GENERIC = frozenset({"rebels", "separatists", "militants", "insurgents", "jihadists", "gunmen", "terrorists"})
_A_BAND = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+)?$")
_LED_BY = re.compile(r"\s+(?:led|headed|run|commanded)\s+by\s+[A-Z]|"
                     r"\s+(?:from|of)\s+(?:an?|another)\s+(?:[\w-]+\s+)?(?:gang|group|militia|faction)\b")  # ("gunmen from a gang")


def _another_band(clause: str, m: re.Match) -> bool:
    """The generic word names a band the clause introduces as one not named yet ("a gang leader", "a gunman",
    "gunmen from a gang"), or by its leader ("a gang led by Monel Felix"): not the story's one named group, which
    the writer has not said it is."""
    return not m.group().endswith("s") and _A_BAND.search(clause, max(0, m.start() - 20), m.start()) is not None \
        or _LED_BY.match(clause, m.end()) is not None
# unnamed attackers: "bandits ... the gunmen" are one group, counted once (not renamed to the cast's group)
_UNNAMED = _GROUP_GENERIC | {"bandits", "gangs"}
GENERIC_GROUPS = _UNNAMED | {"militia", "fighters"}  # the words that name no group
# "Syrian army", "Burkina's troops", "Syrian government forces": the country's army, one name for all
_GROUND_FORCES = re.compile(r"(?:['\u2019]s)?\s+(?:(?:government|regime|armed|ground)\s+)?"
                            r"(?:army|military|armed\s+forces|forces|troops|soldiers?|contingent|paratroopers|commandos|marines|occupiers|invaders|junta|colonels|generals|"
                            r"air\s+defen[cs]es?(?:\s+(?:units|systems|forces))?|"
                            r"peacekeepers|" + STATE_POSTS + r")$", re.I)  # ("five Russian peacekeepers were killed": Russia's)
# a group the vocabulary lacks: "the Northern Liberation Front", "the Kivu Patriotic Movement"
# (a numbered unit keeps its number: "the 103rd Infantry Brigade", not "Infantry Brigade")
_GROUP_NAME = re.compile(r"(?:\b\d+(?:st|nd|rd|th)\s+)?\b(?:[A-Z][\w'\u2019-]+\s+){1,4}(?:Front|Movement|Brigades?|Battalion|Militia|Army|Tigers)\b")
# what opens a capitalised run but is no part of a group's name: "The", "After", "Tutsi-led" ("the Tutsi-led Rwandan Patriotic Front")
_NOT_THE_NAME = re.compile(r"^(?:(?:The|A|An|But|And|In|On|At|When|After|[\w'\u2019]+-(?:led|backed|allied|aligned|dominated))\s+)+")
_NAME_GOES_ON = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z]")  # a longer name, found whole by _NAMED_BY_LETTERS
_ARMED_WORDS = re.compile(r"\b(?:rebel|insurgen|militant|armed\s+group|guerrill|jihadist|fighters)", re.I)
# "the Movement of Democratic Forces of Casamance (MFDC)", "the Paraguayan People's Army (EPP)": a group named
# by its head noun (and what follows it) and the letters it goes by, which is how editors and ACLED name it (LTTE,
# not Liberation Tigers of Tamil Eelam)
_NAMED_BY_LETTERS = re.compile(r"\b(?P<n>(?:[A-Z][\w'\u2019-]+\s+){0,3}(?:Movement|Front|Alliance|Coalition|Forces|Brigades?|"
                               r"Army|Militia|Organi[sz]ation|Council)(?:\s+(?:of|for|the|and|in|[A-Z][\w'\u2019-]+)){0,8})"
                               r"\s+\((?P<a>[A-Z]{2,7})\)")
_STATE_BODY = re.compile(r"\b(?:Armed|Defen[cs]e|Security|Police|Government|Republic|Nations|Mission|Union|State)\b")
# a state's own army named with its letters: "the Afghan National Army (ANA)", "the Nigerian Army (NA)"
_STATE_ARMY = re.compile(r"(?:(?:National|Royal|Regular|Ground|Air|Naval)\s+)*(?:Army|Forces|Militia)$")


class Cast:
    """The actors of one article, so generic words name them: "government forces" is the
    article's army when it names exactly one country's forces ("Syrian troops" -> "Syrian Army"),
    "rebels"/"militants"/"gunmen" its armed group when it names exactly one (and that one is
    introduced as rebel/armed, e.g. "the Northern Liberation Front ... rebel positions");
    "the Front" then refers to it too."""

    def __init__(self, text: str, vocab: Vocab, known: Known | None = None, year: int | None = None):
        first_named: dict[str, int] = {}
        for _m, country in vocab.forces_index.finditer(text):
            if _GROUND_FORCES.search(_m.group()):
                first_named.setdefault(country, _m.start())
        countries = set(first_named)
        home = self.home = _lede_country(text, vocab, known)  # the country the story is about
        if home and (not countries or len(countries) > 1 and home in countries or
                     len(countries) == 1 and home not in countries and
                     (_NATIONAL_ARMY.search(text) or min(first_named.values()) >= _opening(text))):
            # the army of the country the lede is about: in a Mali story that also names
            # "French troops", "the army" is Mali's; so in a Haiti story whose "soldiers" fight
            # gangs in the lede and "the U.S. military" only comes up further down
            countries = {home}
        self.state = army_name(next(iter(countries)), vocab) if len(countries) == 1 else None
        named_actors = list(vocab.actor_index.finditer(text))
        # (not a group named only as another's patron: "Al-Shabab, which is linked to al-Qaida")
        groups = {a.name for m, a in named_actors if a.kind in ("rebel group", "armed group") and a.name not in GENERIC_GROUPS
                  and not _PATRON_BEFORE.search(text, max(0, m.start() - 40), m.start())}
        # a group named only in background, in sentences told in earlier years, and the last of those years: "In 2014,
        # Boko Haram militants kidnapped 276 schoolgirls from Chibok" does not name the gunmen of a 2024 kidnapping
        told = {g: [_earlier_year(text, m.start(), year) for m, a in named_actors if a.name == g] for g in groups} if year else {}
        self.background_until = {g: max(years) for g, years in told.items() if all(years)}
        self.names = PhraseIndex()  # groups the vocabulary lacks, and their short form ("the Front")
        known_spans = [m.span() for m, _a in named_actors]
        new = {_NOT_THE_NAME.sub("", " ".join(m.group().split())) for m in _GROUP_NAME.finditer(text)
               if not any(a < m.start() < b for a, b in known_spans)  # (not "Equality Movement" of the known "Justice and Equality Movement",
               and not _NAME_GOES_ON.match(text, m.end())}  # nor "National Movement" of "... for the Liberation of Azawad")
        if not _ARMED_WORDS.search(text):  # only the names that are longer than a known group's: "the
            new = {n for n in new if _longer_name(n, vocab)}  # Ta'ang National Liberation Army" is not the ELN
        new = {_OWNER.sub("", n, count=1) if (o := _OWNER.match(n)) and (vocab.country(o.group(1)) or o.group(1) in vocab.demonym_to_country)
               else n for n in new}  # ("Uganda's Lord's Resistance Army": the country's, the name is the rest)
        new = {n for n in new if len(n.split()) > 1 and n.split()[0] not in vocab.demonym_to_country
               and n.lower() not in vocab.alias_to_actor and not (known and n in known)}
        for n in new:
            self.names.add(n.split()[0], re.compile(re.escape(n).replace(r"\ ", r"\s+") + r"(?![\w-])"), n, len(n))
            self.names.add("the", re.compile(r"[Tt]he\s+" + re.escape(n.split()[-1]) + r"\b(?!\s+[A-Z])"), n, 0)
            abbr = re.search(re.escape(n).replace(r"\ ", r"\s+") + r"\s+\((?P<a>[A-Z]{2,6})\)", text)
            if abbr:  # "the Azawad Liberation Front (FLA)": then "the FLA said"
                self.names.add(abbr.group("a"), re.compile(re.escape(abbr.group("a")) + r"\b"), n, len(n))
        groups |= new
        coalitions = {a.name for _m, a in named_actors if a.name.endswith("coalition")}
        if len(coalitions) == 1:  # "the Saudi-led coalition ... The coalition said": that one
            self.names.add("the", re.compile(r"[Tt]he\s+coalition\b(?![\w-])"), next(iter(coalitions)), 0)
        for m in _NAMED_BY_LETTERS.finditer(text) if _ARMED_WORDS.search(text) else ():
            name, letters = " ".join(m.group("n").split()), m.group("a")
            name = re.sub(r"^The\s+", "", name)
            first, _, rest = name.partition(" ")
            if (first in vocab.demonym_to_country or vocab.country(first)) and _STATE_ARMY.fullmatch(rest):
                continue  # (not "the Paraguayan People's Army (EPP)", a group of its own)
            if _STATE_BODY.search(name) or letters.lower() in vocab.alias_to_actor or name.lower() in vocab.alias_to_actor \
                    or (known and (letters in known or name in known)):
                continue
            self.names.add(letters, re.compile(re.escape(letters) + r"\b"), letters, len(name))
            self.names.add(name.split()[0], re.compile(re.escape(name).replace(r"\ ", r"\s+") + r"(?![\w-])"), letters, len(name))
            groups.add(letters)
            groups.discard(name)  # (one group: "the Karenni Army (KA)" is KA, not also "Karenni Army")
        # "No group has claimed responsibility, but JNIM has carried out similar attacks":
        # the article does not name the attackers, so neither do we
        self.unclaimed = _UNCLAIMED.search(text) is not None
        self.group = next(iter(groups)) if len(groups) == 1 and not self.unclaimed else None
        # "the militiamen entered Lalibela" in a story on Fano: the one militia it names
        militias = {a.name for _m, a in named_actors if a.kind == "militia" and a.name not in GENERIC_GROUPS}
        self.militia = next(iter(militias)) if len(militias) == 1 and not self.unclaimed else None
        self._bare: Cast | None = None

    def in_country(self, country: str, vocab: Vocab) -> Cast:
        """The same cast in a section about another country: its army is that country's."""
        other = copy.copy(self)
        other.home, other.state, other._bare = country, army_name(country, vocab), None
        return other

    def with_group(self, group: str) -> Cast:
        """The same cast with `group` for generic words to become (the antecedent of "the rebels")."""
        other = copy.copy(self)
        other.group, other._bare = group, None
        return other

    def without_group(self) -> Cast:
        """The same cast with no group for unnamed attackers to become."""
        if self._bare is None:
            self._bare = copy.copy(self)
            self._bare.group = self._bare.militia = None
            self._bare._bare = self._bare
        return self._bare


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d]?\s+(?=[A-Z\"\u201c])|\n")
_NOW_OR_SINCE = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|since)\b")


def _earlier_year(text: str, at: int, year: int) -> int:
    """The latest year the sentence around `at` names when all are before `year` (it tells the background), else 0."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at + 1)), default=max(0, at - 400))
    stop = _SENTENCE_END.search(text, at)
    end = stop.start() if stop else len(text)
    latest = max((int(y) for y in _YEAR.findall(text, start, end)), default=0)
    # (not a sentence of this week's news that measures from then: "swept into Aleppo on Friday, the first time since
    # ... 2016", "JNIM has claimed most attacks since its first raid in November 2021")
    return latest if latest < year and not _NOW_OR_SINCE.search(text, start, end) else 0


def named_as_patron(text: str, at: int) -> bool:
    """The group named at `at` only as another's patron: "fighters linked to al-Qaeda"."""
    return _PATRON_BEFORE.search(text, max(0, at - 40), at) is not None


def _is_gang(name: str, vocab: Vocab) -> bool:
    """A gang or cartel of the vocabulary (an armed group), whose members a story calls its "gangs"."""
    actor = vocab.alias_to_actor.get(name.lower())
    return actor is not None and actor.kind == "armed group"


def _longer_name(name: str, vocab: Vocab) -> bool:
    """A name that ends with a known group's name of two words or more, with more in front."""
    words = name.split()
    return any(" ".join(words[k:]).lower() in vocab.alias_to_actor for k in range(1, len(words) - 1))


_OPENING = 1000  # characters: the headline and first paragraph
_PARAGRAPH = re.compile(r"[^\n]{120,}")  # a paragraph of prose, not a headline line


def _opening(text: str) -> int:
    """Where the headline and the lede paragraph end: at most _OPENING characters in, less in a
    short story ("Turkish troops" named only in its third paragraph are not the lede's army)."""
    lede = _PARAGRAPH.search(text, 0, _OPENING)
    return lede.end() if lede else _OPENING
_OWNER = re.compile(r"([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['\u2019]s\s+")
_PATRON_BEFORE = re.compile(r"\b(?:linked|tied|affiliated|allied|aligned|loyal)\s+(?:to|with)\s+(?:the\s+)?$|"
                            r"\b(?:an?\s+)?(?:offshoot|branch|affiliate|franchise|wing)\s+of\s+(?:the\s+)?$|"
                            r"\bpledged\s+(?:its\s+)?allegiance\s+to\s+(?:the\s+)?$", re.I)
_NATIONAL_ARMY = re.compile(r"\b(?:the|its|the\s+country['\u2019]s)\s+(?:army|military|armed\s+forces|troops|soldiers)\b", re.I)
_UNCLAIMED = re.compile(r"\b(?:no\s+(?:one|group)|nobody|none)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?"
                        r"claimed|\b(?:not|yet\s+to\s+be)\s+claimed|\bunclaimed\b", re.I)


# a headline that opens on a country as its label: "Mozambique: ...", "CrisisWatch: Syria - July 2025"
_COUNTRY_LABEL = re.compile(r"\s*(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?:\s*)?(?P<c>[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3})"
                            r"(?::\s|\s[-\u2013\u2014]\s|\s*\n)")


# the small words inside a town's name, written in lower case ("Port-au-Prince", "Rio de Janeiro", "Dar es Salaam")
_NAME_PARTICLE = re.compile(r"(?<=[\s-])(?:Au|Aux|De|Del|Des|Da|Do|Dos|Du|Es|Ez|El|Al|La|Le|Les|Sur|En)(?=[\s-])")


def dateline_town(head: str, vocab: Vocab) -> str:
    """A dateline's town in the gazetteer's spelling: "PORT-AU-PRINCE" is Port-au-Prince (its small words in
    lower case, as the name is written), "BAMAKO" Bamako; a head not in capitals stays as written."""
    if not head.isupper():
        return head
    name = head.title()
    if name not in vocab.places and (plain := _NAME_PARTICLE.sub(lambda m: m.group().lower(), name)) in vocab.places:
        return plain
    return name


_DATELINE_CITY = re.compile(r"\s*(?P<city>[A-Z][A-Z'\u2019.-]+(?:\s[A-Z][A-Z'\u2019.-]+){0,3})(?=,|\s*\(|\s*:\s|\s+[-\u2013\u2014]\s)")
_DESCRIBES_A_COUNTRY = re.compile(r"\s+(?:country|nation)\b")
# where a dateline ends: "MAE SOT, Thailand (AFP) -", "KABUL, March 3 (Reuters) -", "NEW DELHI:"
_DATELINE_END = re.compile(r"[^\n]{0,80}?(?:\)\s*[-\u2013\u2014]|\s[-\u2013\u2014]\s|:\s)")


def _lede_country(text: str, vocab: Vocab, known: Known | None) -> str | None:
    """The country the opening of the article is about: its name, its people, its towns and
    provinces, counted twice in the headline and first paragraph; it must come up at least
    twice and twice as often as any other country (the dateline's city breaks a tie)."""
    labelled = _COUNTRY_LABEL.match(text)
    country = labelled and (vocab.country(labelled.group("c")) or vocab.country_alias.get(labelled.group("c")))
    if country:  # "Mozambique: Police Killed Protesters ...", "CrisisWatch: Syria - July 2025": the headline says it
        return country
    counts: dict[str, int] = {}
    lede = text[:2000]
    blocks = [m.end() for m in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*", lede)]   # paragraph ends
    opening = blocks[1] if len(blocks) > 1 and blocks[0] < 150 else blocks[0] if blocks else 0
    opening = min(opening, 1000)    # the headline (a short first block) and the first paragraph

    dateline = _DATELINE_CITY.match(text)
    filed = _DATELINE_END.match(text) if dateline else None
    told_from = filed.end() if filed else 0  # (where the dateline, "MAE SOT, Thailand (AFP) -", ends)
    opened_on: set[str] = set()  # the countries the first paragraph names, its dateline aside

    def count(country: str, at: int) -> None:
        counts[country] = counts.get(country, 0) + (2 if at < opening else 1)
        if told_from <= at < opening:
            opened_on.add(country)

    for p in places(lede, vocab, known, speakers=True):      # each town or province once, for its country
        c = place_country(p, vocab)
        if c and c != p:
            count(c, lede.find(p))
    # each mention of a country or its people ("Papua New Guinea", not its "Guinea"; nor "Guinea-Bissau"'s),
    # not a backer's or a coalition leader's ("Rwanda-backed M23 rebels" fight in Congo, "the Russia-led CSTO" helps Kazakhstan)
    for m in re.finditer(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+){0,2}\b(?!-(?:backed|supported|sponsored|led)\b)", lede):
        words = m.group().split()
        for name in dict.fromkeys((m.group(), " ".join(words[:2]), words[0])):
            c = vocab.country(name) or vocab.demonym_to_country.get(name)
            if c and not vocab.country(name) and _DESCRIBES_A_COUNTRY.match(lede, m.start() + len(name)):
                break  # "the Central African country" describes the story's country (Chad), it is not CAR
            if c:
                count(c, m.start())
                break
    def leader() -> str | None:
        top = sorted(counts, key=counts.get, reverse=True) + [None]
        if top[0] and counts[top[0]] >= 2 and (top[1] is None or counts[top[0]] >= 2 * counts[top[1]]):
            return top[0]
        return None

    # a first paragraph that names one country only, its dateline aside, says whose story it is ("MAE SOT,
    # Thailand (AFP) - Ethnic Karen fighters captured ... the Myanmar border town of Myawaddy"; Thailand's part
    # is told further down)
    if leader() is None and len(opened_on) == 1:
        return next(iter(opened_on))
    # the city the story is filed from ("NEW DELHI:", "N'DJAMENA (Reuters) -") decides only where the text
    # does not: a Syria story is often filed from Beirut
    if leader() is None and dateline and (c := place_country(dateline_town(dateline.group("city"), vocab), vocab)):
        count(c, 0)
    return leader()


_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*")


def capitalised_names(text: str) -> Iterator[str]:
    """The names inside each run of capitalised words, the longest first ("The United States'" gives
    "The United States", "The United", "United States", ...), without a possessive's "'s"."""
    for m in _CAPITALISED_RUN.finditer(text):
        words = [re.sub(r"['\u2019]s$", "", w) for w in m.group().split()]
        for n in range(len(words), 0, -1):
            for k in range(len(words) - n + 1):
                yield " ".join(words[k:k + n])


def place_country(place: str, vocab: Vocab) -> str | None:
    """The country of a place the vocabulary knows, also named with its kind ("Sweida province",
    "Sweida city", "Orakzai district"); else None."""
    return vocab.places.get(place) or vocab.places.get(_ADMIN_SUFFIX.sub("", place)) or \
        vocab.places.get(_CITY_SUFFIX.sub("", place)) or None


def army_name(country: str, vocab: Vocab) -> str:
    """One name for a state's ground forces: the vocabulary's own name when it has one (Tatmadaw
    for "Myanmar military", so one article does not call it both), else "<demonym> Army"
    (Syrian Army, Sri Lankan Army)."""
    country = vocab.state(country)  # New Caledonia's forces are France's
    if country in vocab.forces_names:  # the Kurdistan Region's forces: the Peshmerga
        return vocab.forces_names[country]
    dem = vocab.country_demonym.get(country)
    for alias in (f"{dem} army", f"{dem} military", f"{country} army", f"{country} military"):
        a = vocab.alias_to_actor.get(alias.lower())
        if a and a.kind == "state forces":
            return a.name
    return f"{dem} Army" if dem else f"{country} Army"


# the building for the state that sits in it: "The Kremlin rejected the proposal", "Downing Street condemned ..."
SEATS_OF_GOVERNMENT = {"Kremlin": "Russia", "White House": "United States", "Downing Street": "United Kingdom",
                       "Elysee": "France", "\u00c9lys\u00e9e": "France", "Elysee Palace": "France", "\u00c9lys\u00e9e Palace": "France",
                       "Pentagon": "United States", "Quai d'Orsay": "France", "Blue House": "South Korea", "Zhongnanhai": "China"}
SEAT_NAMES = r"(?:Kremlin|White\s+House|Downing\s+Street|(?:Elysee|\u00c9lys\u00e9e)(?:\s+Palace)?)"


def seat_country(name: str) -> str | None:
    """The state whose seat of government the name is ("the Kremlin": Russia), else None."""
    return SEATS_OF_GOVERNMENT.get(" ".join(re.sub(r"^[Tt]he\s+", "", name).split()))


def government_name(country: str, vocab: Vocab) -> str:
    """ACLED's name for a state as a party: "Government of Rwanda", "Government of the United States"
    (a territory's is its sovereign's: New Caledonia's is France's)."""
    country = vocab.state(country)
    return "Government of " + ("the " if _TAKES_THE.search(country) else "") + country


def judiciary_name(country: str, vocab: Vocab, court: str = "Judiciary") -> str:
    """A state's courts as a party: "Judiciary of Guatemala" (a court of any rank, a judge, the prosecution's rulings
    aside), or one court named by its rank: "Supreme Court of the Philippines"."""
    country = vocab.state(country)
    return f"{court} of " + ("the " if _TAKES_THE.search(country) else "") + country


# a court named by its state ("a Guatemalan court", "Iran's judiciary", "Pakistan's Supreme Court") or met
# first, indefinite ("a judge", "an appeals court": the story's own state's), that rules or speaks
_JUDICIARY = re.compile(r"(?:\b(?P<owner>[A-Z][\w.-]*[a-z](?:\s[A-Z][a-z]+)?)(?:['\u2019]s)?|\b(?i:an?))\s+"
                        r"(?i:(?:supreme|high|constitutional|appeals?|appellate|military|federal|criminal|district|"
                        r"regional|provincial|lower|special|anti-terrorism|top)\s+)?"
                        r"(?i:court|judiciary|judge|tribunal)(?![\w-])(?!\s+(?:of\s+[A-Z]|for\b))"
                        # (a court that acts: "a judge dismissed the case", not "gunmen killed a judge", a victim)
                        r"(?=\s+(?:[^,.;]{0,40}?\s)?(?:has\s+|had\s+|have\s+)?(?:sentenced|convicted|acquitted|ruled|rules|ordered|"
                        r"orders|dismissed|overturned|upheld|rejected|annulled|suspended|banned|barred|blocked|jailed|"
                        r"found|said|says|declared|issued|approved|charged|indicted|freed|released)\b)")
_COURT_RANK = re.compile(r"(?:The\s+)?(?:Supreme|High|Constitutional|Appeals?|Appellate|Federal|Military|Criminal|Special)")
_COURT_ABROAD = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")


# countries named with "the": "the United States", "the Soviet Union", "the Philippines", "the Czech Republic"
_TAKES_THE = re.compile(r"^(?:United|Democratic|Republic|Soviet|Netherlands|Philippines|Gambia|Bahamas|Maldives|Comoros)\b|"
                        r"\b(?:Republic|Union|Emirates|Islands)$")


# "a transition to civilian rule", "the civilian government": a kind of rule, no civilians who act or suffer
_CIVILIAN_RULE = re.compile(r"(?<=ivilian)\s+(?:rule|government|administration|authorit(?:y|ies)|leaders(?:hip)?|"
                            r"transition|control|oversight|cabinet|prime\s+minister|president|politicians?)\b", re.I)


# a state's government or authorities: "the Iranian government", "Sri Lankan authorities" (not "government forces")
_GOVERNMENT_NOUN = re.compile(r"(?<!rebel )(?<!opposition )(?:government|authorities)$", re.I)


def actors(clause: str, vocab: Vocab, known: Known | None = None, cast: Cast | None = None,
           background: bool = False) -> list[str]:
    """Actors named in the clause, canonical names for vocabulary actors (ISIS for Daesh/ISIL),
    a state's ground forces as "<demonym> Army"; generic words ("gunmen", "troops") become the
    article's own actor (`cast`) when it has one, and are dropped when a named actor of that
    kind is in the clause. In `background` ("rebels first rose up in 2003") "rebels" are the
    movement at large, not the article's group."""
    found: list[tuple[int, str, str]] = []  # (position, name, kind)
    taken = _Taken()
    # "Russia's defence ministry said its troops ...": the troops are that country's
    speaker = _STATE_SPEAKER.search(clause)
    who = speaker and (speaker.group(1) or speaker.group(2))
    # (or the state whose seat speaks: "The Kremlin said its forces had struck ...")
    said = who and (vocab.country(who) or speaker.group(1) and vocab.demonym_to_country.get(who) or seat_country(who))
    own_state = army_name(said, vocab) if said else None
    for m, country in vocab.forces_index.finditer(clause):
        if _FORCES_OF.match(m.group()) and _NAME_BEFORE.search(clause, max(0, m.start() - 30), m.start()):
            continue  # "the Revolutionary Armed Forces of Colombia": a longer name (the FARC), not the state's
        if _MILITARY_PEOPLE.match(clause, m.end()):
            continue  # "expelled Pakistani military advisers": envoys and officials, not a force that acts
        phrase = _tidy(m.group())
        a = vocab.alias_to_actor.get(phrase.lower())
        weapon = (m.groupdict().get("weapon") or "") if not a else ""
        name = a.name if a else army_name(country, vocab) if weapon or _GROUND_FORCES.search(phrase) or \
            _FORCES_OF.match(phrase) else government_name(country, vocab) if _GOVERNMENT_NOUN.search(phrase) else phrase
        if own_state and speaker.start() <= m.start() < speaker.end():
            name = own_state  # the ministry speaks for the forces that acted
        others = _coordinated(clause, m.start(), vocab)
        for k, (dem, other) in enumerate(others):  # "Indian and Pakistani troops": both armies
            own = army_name(other, vocab) if name != phrase else dem + phrase[len(m.group("dem")):]
            found.append((m.start() - len(others) + k, own, "state forces"))
        found.append((m.start(), name, "state forces"))
        taken.add(m.span())
    for m in _ELLIPTIC_DEMONYM.finditer(clause):  # "between Azerbaijani and separatist forces": Azerbaijan's too
        country = vocab.demonym_to_country.get(m.group("dem"))
        if country and not taken.overlaps(m.span("dem")):
            found.append((m.start(), army_name(country, vocab), "state forces"))
            taken.add(m.span("dem"))
    for index, kind in ((known, "known"), (cast.names if cast else None, "rebel group")):
        for m, name in index.finditer(clause) if index else ():
            if not taken.overlaps(m.span()):
                found.append((m.start(), name, kind))
                taken.add(m.span())
    acting = acting_countries(clause, vocab)
    for at, country in acting:  # "Ukraine struck an oil refinery": its forces
        found.append((at, army_name(country, vocab), "state forces"))
    for at, country in acting_capitals(clause, vocab):  # "Moscow annexed the region": its government
        dem = vocab.country_demonym.get(country)
        if _STATE_ACTS.match(clause, at):  # "Kyiv launched its counteroffensive": its forces
            found.append((at, army_name(country, vocab), "state forces"))
        else:
            found.append((at, government_name(country, vocab), "state"))
    for at, country in acting_governments(clause, vocab):  # "Pakistan closed its border crossings": its government
        found.append((at, government_name(country, vocab), "state"))
    for m in _JUDICIARY.finditer(clause) if "ju" in clause or "ourt" in clause else ():
        # "A Guatemalan court sentenced", "Iran's judiciary said", "an appeals court overturned" (in a story on
        # one country): that state's judiciary, a party of its own (not "the court", the one named before)
        owner = m.group("owner")
        # "The Constitutional Court sentenced him": a court named by its rank, no owner's; the story's own state's,
        # named as the institution it is ("Constitutional Court of South Africa")
        ranked = owner and _COURT_RANK.fullmatch(owner) and f"{owner.split()[-1]} {m.group().split()[-1].capitalize()}"
        if ranked:
            owner = None
        if not owner and _COURT_ABROAD.match(clause, m.end()):
            continue   # "a court in Paris" in a story on Rwanda: whose court, the place says
        country = (vocab.country(owner) or vocab.demonym_to_country.get(owner)) if owner else cast and cast.home
        if country and not taken.overlaps(m.span()):
            found.append((m.start(), judiciary_name(country, vocab, ranked or "Judiciary"), "state"))
            taken.add(m.span())
    if cast and cast.home:  # "The government launched its offensive": the story's state (not "his government": whose?)
        for m in _THE_GOVERNMENT_ACTS.finditer(clause):
            found.append((m.start(), government_name(cast.home, vocab), "state"))
        for m in _PROSECUTION_ACTS.finditer(clause) if "rosecut" in clause or "ttorney" in clause else ():
            found.append((m.start(), government_name(cast.home, vocab), "state"))
    if own_state and not any(kind == "state forces" for _, _, kind in found):
        found.append((speaker.start(), own_state, "state forces"))
    hits = list(vocab.actor_index.finditer(clause))
    # "Jihadists linked to al-Qaeda" in a story on the JNIM: the JNIM, al-Qaeda only their patron (with no
    # group of its own in the story, "Insurgents affiliated with the Islamic State" are the Islamic State)
    patrons = {m.span() for m, a in hits if a.kind in ("rebel group", "armed group") and cast and cast.group not in (None, a.name)
               and _PATRON_BEFORE.search(clause, max(0, m.start() - 40), m.start())}
    named = [m.span() for m, a in hits if a.name not in _GENERIC and a.name not in _UNNAMED and a.name not in _LABELS
             and a.kind not in ("civilians", "state forces", "monitor") and m.span() not in patrons]
    named_starts, named_ends = {b for b, _ in named}, {e for _, e in named}
    for m, actor in hits:
        if taken.overlaps(m.span()) or actor.kind == "monitor":
            continue
        if actor.name in _LABELS and named and _labels_a_group(clause, m, named_starts, named_ends):
            continue
        if actor.kind == "civilians" and (_TELLS.match(clause, m.end()) or _FLED.match(clause, m.end()) or _ACCORDING_TO.search(clause, max(0, m.start() - 30), m.start())):
            continue   # "Residents reported sporadic gunfire", "according to residents": the source, not a party
        if m.span() in patrons:
            continue   # the jihadists act, al-Qaeda is only their patron
        if actor.kind == "civilians" and _CIVILIAN_RULE.match(clause, m.end()):
            continue   # "a transition to civilian rule", "the civilian government": a kind of rule, no people
        name = actor.name
        if name in _STATE_GENERIC and _CHILD_BEFORE.search(clause, max(0, m.start() - 8), m.start()):
            continue  # "the use of child soldiers": a crime's victims, no army
        if name == "police" and m.group().lower() == "officers" and _OTHER_OFFICERS.search(clause, max(0, m.start() - 20), m.start()):
            continue  # "army officers", not the police ("Two other officers were injured" in a police story are)
        if actor.kind == "state forces" and _ARRIVED_AFTER[0].search(clause, max(0, m.start() - 12), m.start()) and \
                _ARRIVED_AFTER[1].match(clause, m.end()):
            continue  # "The attackers fled before security forces arrived": no party to the attack
        if name in _STATE_GENERIC and _tidy(m.group()).lower() == "security forces" and \
                any(a.name == "police" and p.start() < m.start() for p, a in hits):
            continue  # "exploded outside a police station ..., the second attack on security forces": the police, no army
            # (not "security forces fought them, said police commissioner X": a source named after)
        if name in _STATE_GENERIC and _tidy(m.group()).lower() == "security forces" and _ARRESTED.match(clause, m.end()):
            name = "police"  # "security forces had arrested two suspects": an arrest is police work (not "captured", a raid's)
        elif own_state and name in _STATE_GENERIC:
            name = own_state
        elif name in _STATE_GENERIC and any(0 < m.start() - at < 60 and "," not in clause[at:m.start()] for at, _ in acting):
            continue  # "Peru sent troops": Peru's army (found above), not the story's own
        elif cast and cast.home and name in _STATE_GENERIC and _FEDERAL.match(m.group()):
            name = army_name(cast.home, vocab)  # "federal forces": the story's own country's, not a foreign army
        elif cast and cast.state and name in _STATE_GENERIC:
            name = cast.state
        elif cast and cast.group and (name in _GROUP_GENERIC or name == "gangs" and _is_gang(cast.group, vocab)) and \
                (not background or _THE_BEFORE.search(clause, max(0, m.start() - 4), m.start())) and \
                cast.home not in vocab.local_names.get(name, {}) and not _another_band(clause, m):
            name = cast.group   # (unless the word names a group of its own there: Cameroon's separatists are not Boko Haram)
            # ("Gang members attacked Mirebalais" in a story on the Viv Ansanm coalition: the one gang it names;
            # in background too when "the rebels" points back at them: "The rebels ... seized territory this year")
        elif cast and cast.militia and name == "militia" and not background and "government" not in m.group().lower():
            name = cast.militia  # (not "pro-government militias": the state's auxiliaries)
        found.append((m.start(), name, actor.kind))
        taken.add(m.span())
    for m in _FIRED_FROM.finditer(clause):  # "a missile fired from Houthi-controlled territory": the Houthis fired it
        a = vocab.alias_to_actor.get(m.group("who").lower())
        if a is not None and a.kind not in ("civilians", "monitor"):
            found.append((m.start("who"), a.name, a.kind))
    for m in _NAMED_BAND.finditer(clause):  # "the Wazalendo militia": Wazalendo, not "militia"
        name = " ".join(m.group("name").split())
        if not taken.overlaps(m.span("name")) and _new_band_name(name, vocab):
            found.append((m.start("name"), name, "militia" if m.group("head").startswith("militia") else "armed group"))
            taken.add(m.span("name"))
    for m in _TRIBES.finditer(clause):  # "fighting between the Sikin and Kaekin tribes": each tribe is a side
        for g in ("a", "b", "a2", "b2"):
            # (a community is a people by its noun, whatever town shares its name: the Bamba, not Bamba in Mali)
            if m.group(g) and not taken.overlaps(m.span(g)) and (
                    _new_band_name(m.group(g), vocab) if g in ("a", "b") else
                    not vocab.country(m.group(g)) and m.group(g).lower() not in vocab.alias_to_actor):
                found.append((m.start(g), f"{m.group(g)} {m.group('head') or 'communal militia'}", "militia"))
                taken.add(m.span(g))
    named_kinds = {k for _, n, k in found if n not in _GENERIC}
    out: list[str] = []
    keys: set[str] = set()
    for _, name, kind in sorted(found):
        if name in _GENERIC and _GENERIC[name] in named_kinds:
            continue
        if name in _UNNAMED and keys & _UNNAMED:
            continue   # "jihadists ... the assailants": one unnamed group, named once
        key = actor_key(name, vocab)
        if key not in keys:
            keys.add(key)
            out.append(name)
    return out


# a country that fights, named as the subject of a military verb: "Ukraine struck an oil refinery",
# "The United States and Britain launched their first strikes", "Russia has launched 112 drones",
# "Burundi sent 5,000 troops" (the troops it sends are its army)
_STATE_ACTS = re.compile(r"(?P<subj>(?:[Tt]he\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}){0,3}"
                         r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?)"
                         r"(?:,\s+which\s+[^,;]{3,80},)?"  # "Turkey, which backs some rebel groups, has sent thousands of troops"
                         r"\s+(?:(?:has|have|had)\s+)?(?:also\s+|again\s+|then\s+)?"
                         # (a time between, and a count of the weapons: "Iran answered that night with waves of ballistic missiles")
                         r"(?:(?:retaliated|responded|hit\s+back|answered)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|that\s+(?:night|day|evening)\s+)?(?:by|with)\s+"
                         r"(?:(?:waves?|salvos?|barrages?|dozens|hundreds|scores)\s+of\s+)?(?=(?:ballistic\s+|cruise\s+|armed\s+)?(?:striking|shelling|bombing|attacking|firing|launching|"
                         r"(?:air\s*)?strikes|artillery|missiles|rockets|drones))|"  # "Turkey retaliated by striking Syrian government targets"
                         r"(?:struck(?!\s+(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|accord|bargain|compromise|truce|tone|note|chord))|"
                         r"shelled|bombed|bombarded|pounded|invaded|attacked|shot\s+down|captured|recaptured|retook|"
                         r"shells|bombs|invades|attacks|captures|recaptures|retakes|"  # the present of timelines: "Feb. 24, 2022 - Russia invades"
                         r"(?:took|takes|seized|seizes|regained|regains)\s+(?:full\s+|military\s+|back\s+)?control\s+of|"
                         # "Russia seized much of the Kharkiv region", "Iraq seized the town": ground taken (not "seized assets")
                         r"(?:seized|seizes)\s+(?:(?:much|most|parts?|all|swathes)\s+of\s+)?the\s+(?:\S+\s+){0,2}?(?:region|province|town|city|"
                         r"village|port|territory|island|peninsula|airport|base|capital|border)\b|"
                         r"(?:launched|launches|fired|fires|carried\s+out)\s+(?:\S+\s+){0,4}?(?:strikes?|air\s*strikes?|missiles?|drones?|rockets?|"
                         r"attacks?|offensive|counteroffensive|invasion|operations?|raids?|barrage|salvo|shells?|(?:air|bombing|military)\s+campaign)|"
                         # "Israel began its assault on Rafah", "Russia resumed its offensive"
                         r"(?:began|begins|started|starts|resumed|resumes|stepped\s+up|expanded)\s+(?:its|their|a|an|the)\s+(?:\S+\s+){0,3}?"
                         r"(?:assault|offensive|counteroffensive|invasion|incursion|operations?|bombardment|air\s*strikes|air\s+campaign)|"
                         r"(?:sent|sends|deployed|deploys|dispatched)\s+(?:\S+\s+){0,3}?(?:troops|soldiers|forces|reinforcements))\b)")
_MILITARY_VERB = re.compile(r"\b(?:retaliated|responded|hit\s+back|answered|struck|shelled|bombed|bombarded|pounded|invaded|attacked|shot\s+down|launched|fired|carried\s+out|"
                            r"began|begins|started|starts|resumed|resumes|stepped\s+up|expanded|"
                            r"sent|deployed|dispatched|shells|bombs|invades|attacks|launches|fires|sends|deploys|"
                            r"captured|recaptured|retook|captures|recaptures|retakes|control|seized|seizes)\b")
# a country's own strike, named by the possessive: "Iran's Tuesday strike on the Panjgur district", "Israel's
# air strikes" (not "Pakistan's deadliest attack", which happened there: only modifiers that keep the agent)
_STATE_STRIKE = re.compile(r"(?:[Tt]he\s+)?(?P<n>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['\u2019]s?\s+"
                           r"(?:(?:[A-Z][a-z]+day|overnight|retaliatory|latest|new|first|renewed|cross-border)\s+)?"
                           r"(?:(?:air\s*|missile\s+|drone\s+|rocket\s+)?strikes?|airstrikes?|bombardment|shelling|invasion|incursion|"
                           r"(?:counter)?offensive|(?:missile|drone|rocket)\s+(?:attacks?|barrage)|attacks?\s+on)\b")
_PREPOSITION_END = re.compile(r"\b(?:in|on|at|from|to|of|into|across|near|against|by|with|over|for|between|toward|towards|"
                              r"capital,?)\s*$", re.I)  # ("Yemen's capital Sanaa killed": where the strikes hit)


def acting_capitals(clause: str, vocab: Vocab) -> list[tuple[int, str]]:
    """(position, country) of each capital that acts as its government ("Moscow annexed the
    region"): a past verb follows, no preposition comes before, and the verb is no speech
    ("Kyiv and the West called it a sham": the government speaks, it does not act)."""
    out = []
    for m, country in vocab.capital_index.finditer(clause):
        acts = _GOVERNMENT_ACTS.match(clause, m.end())
        if not acts or _PREPOSITION_END.search(clause, max(0, m.start() - 12), m.start()) or \
                _SPEAKS.match(" " + acts.group().split()[-1]):
            continue
        out.append((m.start(), country))
    return out


def subject_capitals(clause: str, vocab: Vocab) -> list[tuple[int, str]]:
    """(position, country) of each capital that is a subject standing for its government, as a
    statement's or a deal's party: a verb follows ("Ankara denied", "Washington and Tehran agreed"),
    or the clause ends on it, cut before its speech verb ("Kyiv " of "Kyiv accused Moscow"). Not a
    place ("in Kyiv"), an owner ("Kyiv's mayor") nor part of a person's name ("George Washington")."""
    out = []
    for m, country in vocab.capital_index.finditer(clause):
        if _PREPOSITION_END.search(clause, max(0, m.start() - 12), m.start()) or clause.startswith(("'s", "\u2019s"), m.end()) \
                or re.search(r"[A-Z][\w'\u2019.-]*\s+$", clause[max(0, m.start() - 30):m.start()]):
            continue
        if not clause[m.end():].strip() or _SPEAKS.match(clause, m.end()) or _GOVERNMENT_ACTS.match(clause, m.end()):
            out.append((m.start(), country))
    return out


def acting_countries(clause: str, vocab: Vocab) -> list[tuple[int, str]]:
    """(position, country) of each country named as the subject of a military verb."""
    out = []
    for m in _STATE_STRIKE.finditer(clause) if "'" in clause or "\u2019" in clause else ():
        n = m.group("n")
        country = vocab.country(n) or vocab.demonym_to_country.get(n)
        if country:
            out.append((m.start("n"), country))
    if not _MILITARY_VERB.search(clause):  # (most clauses have none: no need to try every capital)
        return out
    for m in _STATE_ACTS.finditer(clause):
        if _PREPOSITION_END.search(clause, max(0, m.start() - 20), m.start()):
            continue  # "an attack in Ukraine struck ...": not the subject
        for part in re.finditer(r"(?:[Tt]he\s+)?(?P<n>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})", m.group("subj")):
            n = part.group("n")
            country = vocab.country(n) or vocab.demonym_to_country.get(n)
            if country:
                out.append((m.start() + part.start("n"), country))
    return out


# a country named as the subject of a government's act (not a war's: acting_countries; nor a saying):
# "Pakistan closed its main border crossings", "France declared a state of emergency", "Kyrgyzstan and
# Tajikistan agreed to a ceasefire", "Russia recognised South Ossetia"
_GOVERNMENT_DEED = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|then|when|after|before|as|until)\s+|\s[-\u2013\u2014]\s+)(?:[Tt]he\s+)?"
    r"(?P<a>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})(?:\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))?"
    r"(?:,\s+(?:a|an|the|which|whose)\s+[^,;]{3,60},)?"  # "Togo, a coastal state of 9 million people, declared"
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|formally|officially|again|later|then|unilaterally)\s+)?"
    r"(?:declar|announc|clos|reopen|recogni[sz]|agre|sign|impos|lift|suspend|expel|recall|sever|ban|annex|ratifi|ratify|approv|"
    r"extend|designat|sanction|mobili[sz]|introduc|renew|withdr[ae]w\s+from\s+(?:the\s+)?(?:talks|treaty|accord|agreement|deal))"
    r"(?:e|es|ed|s|ied|ies|led|ned|ped|red)?\b(?<!\bsign)(?<!\bban)")


# the story's own government, unnamed, as the subject of an act (not "the government forces")
_THE_GOVERNMENT_ACTS = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:(?:central|federal|national|interim|transitional)\s+)?"
                                  r"government\s+(?:(?:has|had|have)\s+)?(?:(?:also|then|later|formally|officially)\s+)?"
                                  r"(?:[a-z]{2,}ed|took|sent|began|cut|made|set|withdrew|sought|struck|brought|held|met)\b")


# the state's prosecution that acts ("Prosecutors on Thursday charged a 71-year-old man", "The attorney general's
# office said it had opened an investigation"): its government's step (not "ICC prosecutors", not "prosecutors said", a source)
_PROSECUTION_ACTS = re.compile(r"(?:^|(?<=[,;]\s)|\b[Tt]he\s+)(?:(?:state|public|chief|federal|special)\s+)?"
                               r"(?:[Pp]rosecutors?|[Pp]rosecution|[Aa]ttorney[\s-][Gg]eneral)(?:['\u2019]s)?(?:\s+office)?"
                               r"(?!\s+(?:at|of|for|from|in)\s+(?:the\s+)?[A-Z])"  # ("prosecutors at the ICC", "in Paris": another's)
                               r"\s+(?:[^,.;]{0,40}?\s)?(?:charged|indicted|opened|filed|launched|sought|arrested|summoned)\b")


def acting_governments(clause: str, vocab: Vocab) -> list[tuple[int, str]]:
    """(position, country) of each country named as the subject of a government's act."""
    out = []
    for m in _GOVERNMENT_DEED.finditer(clause):
        for g in ("a", "b"):
            country = m.group(g) and vocab.country(m.group(g))
            if country:
                out.append((m.start(g), country))
    return out


_TELLS = re.compile(r"\s+(?:(?:also|later|have|has|had)\s+)?(?:said|say|says|reported|report|told|tell|described|recounted)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_CHILD_BEFORE = re.compile(r"\bchild\s+$", re.I)
# officers of another service than the police: "army officers", "intelligence officers", "senior officers"
_OTHER_OFFICERS = re.compile(r"\b(?:army|military|naval|navy|air\s+force|intelligence|senior|top|commanding|field|customs|prison|"
                             r"immigration|border|liaison|medical|press|information|protection|peacekeeping|UN|electoral|election|"
                             r"wildlife|probation|correctional)\s+$", re.I)
# forces that came only after the act: "fled before soldiers arrived" (not "before police arrived and arrested
# them": they acted)
_ARRIVED_AFTER = (re.compile(r"\bbefore\s+(?:the\s+)?$"),
                  re.compile(r"\s+(?:had\s+|could\s+|were\s+able\s+to\s+)?(?:arrived?|reach(?:ed)?\s+the\s+(?:scene|area|site))\b(?!\s+and\b)"))
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:\w+\s+)?$", re.I)
# people who got away from it: "Thousands of residents have fled to Mandalay since the fighting resumed"
_FLED = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:(?:also|since)\s+)?(?:fled|to\s+flee|escaped|been\s+displaced|were\s+displaced|"
                   r"sheltered|took\s+refuge|sought\s+refuge|were\s+evacuated|have\s+been\s+evacuated)\b")


# a name the vocabulary lacks before a band's generic noun: "the Wazalendo militia", "by Shilluk
# militias"; after "the"/"a" or a lower-case word, so a sentence's first word never starts a name
_NAMED_BAND = re.compile(r"\b(?:[Tt]he|[Aa]n?|[a-z][\w-]*)\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
                         r"\s+(?P<head>militias?|group|movement|brigades?)\b")
# capitalised words that are no band's name: calendar words and creeds
_NOT_BAND = frozenset("""January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Sunni Shia Shiite Shi'ite Christian Muslim Islamist
Islamic Jihadist Catholic Protestant Government Opposition Rebel Armed Local Self-Defence Self-Defense
Army Navy Air Military Police Border Security Guard Guards Defence Defense Marine Marines""".split())  # ("an Army brigade": the state's)


# communal fighters named by their tribe or clan (ACLED's communal militias): "between the Sikin and Kaekin tribes"
# (two communities named together are the sides too, as ACLED names them: "clashes between Bakonzo and Bamba
# communities", "Violence between the Teke and Yaka communities": "Teke communal militia")
_TRIBES = re.compile(r"\b(?P<a>[A-Z][\w'\u2019-]+)(?:\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w'\u2019-]+))?\s+(?P<head>tribe|clan)s?\b|"
                     r"\b(?P<a2>[A-Z][\w'\u2019-]+)\s+and\s+(?:the\s+)?(?P<b2>[A-Z][\w'\u2019-]+)\s+(?:communities|ethnic\s+groups)\b")
_FIRED_FROM = re.compile(r"\b(?:fired|launched)\s+from\s+(?P<who>[A-Z][\w']+)-(?:controlled|held|run)\b")
_TIES = re.compile(r"-(?:aligned|backed|linked|allied|affiliated|supported|sponsored|led|based|controlled|held)$")
# "the English-speaking city of Kumba", "an Arab-majority area": who lives there, an adjective, not a name
_PEOPLED = re.compile(r"-(?:speaking|majority|minority|dominated|populated|inhabited)$")


def _new_band_name(name: str, vocab: Vocab) -> bool:
    """A band's own name: no vocabulary actor, place, country, people, month or creed, nor a
    description of its ties ("the Iran-aligned group", "an al-Qaeda-linked group")."""
    words = name.split()
    return not (name.lower() in vocab.alias_to_actor or any(w in _NOT_BAND or _TIES.search(w) for w in words)
                or any(w in vocab.demonym_to_country or w in vocab.countries or w in vocab.places for w in words)
                or name in vocab.places or places(name, vocab))


# a people's name whose noun comes after the next conjunct: "between Azerbaijani and Armenian-backed separatist forces"
_ELLIPTIC_DEMONYM = re.compile(r"\b(?P<dem>[A-Z][\w.]*[a-z])\s+and\s+(?:[\w-]+\s+){1,2}?(?:forces|troops|soldiers)\b")
_AND_BEFORE = re.compile(r"(?:^|\s)(?P<d>[A-Z][\w.]*)(?:,\s+(?P<d2>[A-Z][\w.]*))?\s+and\s+$")


def _coordinated(clause: str, at: int, vocab: Vocab) -> list[str]:
    """The countries of demonyms joined to the forces phrase at `at`: "U.S. and British warplanes"."""
    m = _AND_BEFORE.search(clause, max(0, at - 40), at)
    if m is None:
        return []
    return [(d, vocab.demonym_to_country[d]) for d in (m.group("d"), m.group("d2")) if d in vocab.demonym_to_country]


def one_per_side(actors: list[str], vocab: Vocab) -> list[str]:
    """The actors with one name for each side ("French Army" and "French forces": France's forces, first named)."""
    seen: set[str] = set()
    out = []
    for a in actors:
        if (key := actor_key(a, vocab)) not in seen:
            seen.add(key)
            out.append(a)
    return out


def merge_actors(first: list[str], more: list[str]) -> list[str]:
    """Both lists without repeats; an unnamed armed group counts once ("jihadists" and then
    "the assailants" in the next sentence are the same attackers)."""
    out: list[str] = []
    for name in dict.fromkeys(first + more):
        if not (name in _UNNAMED and any(o in _UNNAMED for o in out)):
            out.append(name)
    return out


# "Russia's Defence Ministry said its forces", "The Russian Ministry of Defence said on Saturday its
# forces", "Sudan's army said its aircraft struck": the speaker's country (by name or people) is the one whose forces act
_STATE_SPEAKER = re.compile(r"\b(?!The\s)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:['\u2019]s)?\s+(?i:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|"
                            r"military|army|armed\s+forces|general\s+staff|interior\s+ministry|ministry\s+of\s+(?:the\s+)?interior|"
                            r"government)\s+(?:\w+\s+){0,3}?(?:its|their)\s+"
                            r"(?:troops|forces|soldiers|units|army|aircraft|warplanes|(?:fighter\s+)?jets|drones|air\s+force|navy)\b"
                            # "Russia said on Friday it had completed the withdrawal of its troops": the state itself
                            r"|\b(?!The\s)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+said\s+(?:\w+\s+){0,8}?(?:its|their)\s+"
                            r"(?:troops|forces|soldiers|units|army)\b")


# what a named armed group is called right after its name ("JNIM militants", "Houthi militia")
_LABELS = _GROUP_GENERIC | {"militia", "fighters"}
_LABEL_OF = re.compile(r"\s+(?:of|from|(?:affiliated|allied)\s+(?:with|to)|linked\s+to|loyal\s+to)\s+(?:the\s+)?")


def _labels_a_group(clause: str, m, named_starts: set[int], named_ends: set[int]) -> bool:
    """A generic word that is a named group's label: "JNIM militants", "Yemen's Houthi militia",
    "gunmen of the Viv Ansanm coalition"."""
    if m.start() - 1 in named_ends and clause[m.start() - 1].isspace():
        return True
    of = _LABEL_OF.match(clause, m.end())
    return of is not None and of.end() in named_starts
# generic words dropped when a named actor of the same kind is in the clause
_GENERIC = {"government forces": "state forces", "police": "state forces", "rebels": "rebel group",
            "militia": "militia"}


def _tidy(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase).strip()


class _Taken:
    """Spans already given to an actor: pairwise disjoint, kept sorted, so an overlap test is a
    bisection (a huge clause names thousands of actors)."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, span) -> bool:
        i = bisect.bisect_left(self.starts, span[1])   # the spans starting before this one ends
        return i > 0 and self.ends[i - 1] > span[0]     # the last of them ends furthest right

    def add(self, span) -> None:
        i = bisect.bisect_left(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.ends.insert(i, span[1])


_NON_STATE = re.compile(r"\b(?:rebels?|fighters|militias?|opposition)\b", re.I)


def actor_key(name: str, vocab: Vocab) -> str:
    """A comparable key for an actor name: vocabulary canonical name, or 'forces:<country>'."""
    n = re.sub(r"\s+", " ", name.strip())
    a = vocab.alias_to_actor.get(n.lower())
    # ("French forces", the vocabulary's foreign troops, are France's forces too: one side with "French Army")
    if a and a.kind in ("state forces", "external forces"):
        for alias in (a.name, *a.aliases):
            for m, country in vocab.forces_index.finditer(alias):
                if not _NON_STATE.search(m.group()):
                    return "forces:" + country.lower()
    if a:
        return a.name.lower()
    for m, country in vocab.forces_index.finditer(n):
        if not _NON_STATE.search(m.group()):  # "South Sudanese rebels" are not its state
            return "forces:" + country.lower()
    m = re.match(r"(?:military|armed)\s+forces\s+of\s+(?:the\s+)?(.+)$", n, re.I)  # ACLED's spelling
    if m and vocab.country(m.group(1)):  # (of "Democratic Republic of Congo", "DR Congo": a country's alias)
        return "forces:" + vocab.country(m.group(1)).lower()
    m = re.match(r"government\s+of\s+(?:the\s+)?(.+)$", n, re.I)  # "of Democratic Republic of Congo" = "of the DR Congo"
    if m and vocab.country(m.group(1)):
        return "government:" + vocab.state(vocab.country(m.group(1))).lower()
    return n.lower()


# --- places ----------------------------------------------------------------------------------
# Patterns that start at a place name begin with its capital and check the character before it
# with a lookbehind: a leading character class lets the regex engine skip to capitals in C.
_NAME_REST = (r"[\w'\u2019-]+(?:\s+(?:(?:al|el|ez|es|as|ad|ar|ash|de|del|da|do|dos|di|la|le)[\s-])?"
               r"[A-Z][\w'\u2019-]+){0,3}")   # a place name after its first capital
_PLACE_NAME = "(?:(?:al|el|ad|ar|as|ash|at|az|ez|es)-)?[A-Z]" + _NAME_REST  # ("near al-Qaim": the article in lower case)
# what a city or area names when a building word follows it: "City Hall", "State House", "Area Command"
_CIVIC_BUILDINGS = frozenset("Hall Council Centre Center Court House Office Building Hospital Stadium Police Command "
                             "Assembly Authority Government Mall Market".split())
# what follows peoples' names, no places': "clashes between Bakonzo and Bamba communities" (Bamba is a town elsewhere; one
# "community" may be a town's: "Miami community leaders")
_PEOPLES_NEXT = re.compile(r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'\u2019-]+)?\s+(?:tribes|clans|communities|peoples|ethnic\s+groups)\b")
_PLACE_PATTERNS = [
    # "the village of Aitaroun", "the town of Qusair", "province of Latakia"
    re.compile(rf"\b(?:village|town|city|district|province|region|state|county|camp|area|neighbou?rhood|settlements?|hamlets?|"
               rf"suburb|port|locality|commune|department|municipality|prefecture|regency|villages|towns|municipalities|forests?|"
               rf"post|outpost|base|garrison|checkpoint|islands?|exclave|enclave|communit(?:y|ies)|outskirts|"  # ("the Mapuche community of Temucuicui")  # "the military post of Chetimari", "the island of Socotra",
               # "the Tajik exclave of Vorukh"
               rf"(?:district|provincial|regional)\s+(?:headquarters|capital|centre|center)|"
               # "hundreds of residents of Petion-Ville marched": the people are where they live
               rf"[Rr]esidents|[Ii]nhabitants|[Vv]illagers|[Tt]ownspeople)\s+of\s+(?P<p>{_PLACE_NAME})"),
    # "Latakia province", "Upper Nile State", "Soum province", "the Jamhour area"
    re.compile(rf"(?!(?:The|A|An)\s)(?P<p>[A-Z](?<!\w[A-Z]){_NAME_REST}\s+(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]istrict|[Rr]egency|[Gg]overnorate|[Cc]ounty|"
               rf"[Dd]epartment|[Pp]eninsula|[Vv]alley|[Ss]trip|[Cc]ity|[Aa]rea|[Cc]amp|[Hh]ighway|[Rr]oad|[Ss]treet|[Bb]order|[Aa]ir\s+[Bb]ase|"
               rf"[Cc]orridor|zone|[Ss]hoal|[Rr]eef|[Aa]toll|[Nn]ational\s+[Pp]ark|[Ff]orest|[Gg]ame\s+[Rr]eserve|(?:[Oo]il|[Gg]as)\s*[Ff]ield))\b(?!-)"  # ("the Sambisa Forest", "the Heglig oil field"; not "state-run")
               rf"(?<!Sea\scity)(?<!Sea\sarea)"  # ("the Red Sea city": a city described by its sea, named elsewhere)
               rf"(?!\s+(?:{'|'.join(sorted(_CIVIC_BUILDINGS))})\b)"),  # "Nairobi's City Hall": a building, not a city
    # "in Malakal", "near Dabaa", "outside Aleppo", "at Killali"
    re.compile(rf"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]t|into|from|[Aa]round|towards?|across|[Ii]nside|along|(?:passed|passing|drove|driving)\s+through|entered|stormed|captured|"
               rf"retook|retaken|seized|shelled|hit|struck|bombed|pounded|besieged|attacked|raided|fled|"
               rf"surrounded|encircled|overran|overrun|recaptured|liberated|"
               rf"(?:a(?:ttacks?|ssaults?|dvance|ir\s*strikes?)|raids?|offensive|strikes?)\s+on)\s+"  # "a raid on Mangu"
               rf"(?:(?:most|much|all|parts?|large\s+parts|control)\s+of\s+)?(?:the\s+)?"  # "seized most of Al-Jazira"
               rf"(?P<compass>(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?"  # "in south Abujhmarh"
               rf"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
               rf"September|October|November|December|Christmas|Easter|New\s+Year)(?P<p>(?>{_PLACE_NAME}))(?!\s+\d)"  # ("Tower 22": a post)
               rf"(?!\s+(?:prison|penitentiary|jail|studios?|mosque|church|cathedral|temple|shrine|synagogue|(?:shopping\s+)?mall|"
               rf"store|(?:super|hyper)market|shop|restaurant|caf[e\u00e9]|pizzeria|hotel|factory|side)\b)"  # "the Litoral prison
               # in Guayaquil", "the al-Rawda mosque in the village of Bir al-Abd", "inside the Epicentr store": a building's name; "from the
               # Abkhaz side of the river": a side of a line
               rf"(?!(?:\s+and\s+[A-Z][\w'\u2019-]+)?\s+(?:tribes?|clans?|communit(?:y|ies)|peoples?|languages?|(?:music\s+)?festival)\b)"),
    # "from the Sikin and Kaekin tribes", "in the Mapuche community of Temucuicui": people; "in the Mapudungun language",
    # "from the Nova music festival": a language, an event
    # "Kiwanja, a town in Rutshuru", "Kalembe, north of Masisi", "Kalembe village": a place by what follows it
    re.compile(rf"(?P<p>[A-Z](?<!\w[A-Z]){_NAME_REST})(?:,\s+(?:a|an|the)\s+(?:\w+\s+)?(?:town|village|city|district|"
               rf"suburb|locality|settlement|hamlet|camp)\s+(?:in|near|on|of|outside)\b|,\s+(?:(?:about|some)\s+)?"
               rf"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b|"
               rf"\s+(?:village|town|township|territory)\b(?!\s+of\b))"),  # ("the Amhara town of Kobo": Kobo is the town)
    # "on the road between Mecula and Marrupa", "the highway linking Goma to Rutshuru": the first town it runs from
    re.compile(rf"\b(?:road|highway|route|axis|stretch)\s+(?:between|linking|connecting|from)\s+(?P<p>(?>{_PLACE_NAME}))"),
    # "attacks on four camps, including Lukodi, where 60 civilians were killed": one of them, told where
    re.compile(rf"\b(?:including|notably|especially|such\s+as)\s+(?:the\s+)?(?P<p>(?>{_PLACE_NAME})),\s+where\s"),
    # "the Gulf of Aden", "the Strait of Hormuz": a sea named with "of"
    re.compile(r"\b(?P<p>(?:Gulf|Strait|Straits|Bay|Sea|Line|Horn)\s+of\s+[A-Z][\w'\u2019-]+)"),  # ("the Line of Control")
    # "an assault on the Barkaram base", "the Point Triple post": the place the base or post is named after
    re.compile(rf"\b[Tt]he\s+(?P<p>[A-Z](?<!\w[A-Z]){_NAME_REST})\s+(?:military\s+|army\s+)?(?:base|post|outpost|barracks|garrison)\b"),
    # "Umm Qasr was captured within days": a name of two or more words taken by force (a person may be
    # captured too: such a name unknown to the gazetteer ranks as a region, after any town the clause names)
    re.compile(rf"(?P<p>[A-Z](?<!\w[A-Z]){_NAME_REST})\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:captured|"
               rf"overrun|retaken|recaptured|seized|liberated|besieged|encircled)\b"),
]
_PERSON_TAKEN = re.compile(r"(?:captured|seized|attacked|raided)\s")  # verbs whose object may be a person
# ", a New Zealand pilot", ", the group's commander" (not ", a town in", ", the provincial capital")
_PERSON_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?!(?:[\w'\u2019-]+\s+){0,3}?(?:town|village|city|capital|district|"
                                r"suburb|locality|settlement|hamlet|camp|base|port|region|province|area|border|"
                                r"stronghold|hub|crossing|outpost|garrison)\b)")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
# an organisation's acronym in brackets: the words before it end its name ("the Sudan People's Liberation
# Movement in Opposition (SPLM-IO)": "in Opposition" is no place)
_ACRONYM_NEXT = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})?"  # ("the Indigenous
                           r"\s*\((?:[A-Z][A-Za-z]*-)*[A-Z]{2,}[a-z]?(?:-[A-Z]+)*\)")  # People of Biafra (IPOB)": all one name)
# "for the" and a capitalised word after a name the gazetteer lacks: the head of an organisation's name
# ("the Organisation for the Prohibition of Chemical Weapons", "the Committee for the Protection of Journalists")
_ORGANISATION_NEXT = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")
_UNIT_OF = re.compile(r"(province|region|state|county|department)\s+of\s")  # an administrative unit named with "of"
_SETTLEMENT = re.compile(r"(?:village|town|city|camp|neighbou?rhood|suburb|port|locality|commune|municipality|villages|towns|municipalities|"
                         r"communit(?:y|ies))\b")
_TAKEN = re.compile(r"\b(?:was|been)\s+(?:\w+ly\s+)?(?:captured|overrun|retaken|recaptured|seized|liberated|besieged|encircled)\b")
# a function word that opens a town's name ("The Hague", "In Amenas", "An Nabk"), told apart from the same word
# opening a sentence by its capital after a lower-case word
_FUNCTION_FIRST = frozenset("The In An A At".split())
_MID_SENTENCE = re.compile(r"[a-z]\s$")
_NAME_RUN = re.compile(rf"[A-Z](?<![\w-][A-Z]){_NAME_REST}")  # a run of capitalised words
# the last word of a building's name ("the Hayat Hotel", "Nasser Hospital", "Garissa University College"),
# not a place's; one named after its town is in that town (see places)
_BUILDINGS = frozenset("Hotel Mosque Church Cathedral Temple Hospital School Academy Mall Market Bazaar Stadium "
                       "Cinema Theatre Theater Embassy Consulate Ministry Parliament Palace Tower Building Bank "
                       "University College Prison Airport Institute Barracks Secretariat Headquarters "
                       "Express".split())  # (a named train: "stormed the Jaffar Express")
# faiths named by an adjective that may follow a town's name as one longer name ("Roman Catholic")
_FAITHS = frozenset("Catholic Christian Protestant Islamic Muslim Sunni Shiite Shi'ite Shia Jewish Hindu".split())
_MILITARY_UNITS = frozenset("Fleet Flotilla Brigade Brigades Division Corps Regiment Battalion Squadron Command".split())
_NOT_PLACES = frozenset("""The A An He She It They We His Her Their Its This That These Those Monday Tuesday Wednesday
Thursday Friday Saturday Sunday January February March April May June July August September October November
December Jan Feb Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Reuters AFP AP Xinhua President Prime Minister General Gen Lt Col Colonel Captain Army Police Government
State Ministry Security Council Observatory Health Interior Defence Defense Information Media Mr Mrs Ms Dr
Islamic Islamist Muslim Christian Shi'ite Sunni Arab Western Eastern Northern Southern Overnight Earlier Later
According Most Many Some Several All Both Up Over After Before During Since Until In On At
Arabic English Hebrew Farsi Pashto Dari Urdu Hindi Swahili Hausa Amharic Tigrinya Tamil Sinhala Kurdish
Faculty University Institute Academy Union Muslims Christians Jews Hindus Buddhists Sunnis Shias Shi'ites Shiites
Alawites Druze Yazidis Copts Catholics Protestants Shiite Shia Alawite Jewish Hindu Catholic Protestant
Rohingya Rohingyas Fulani Tutsi Tutsis Hutu Hutus Kurds Uyghur Uyghurs Uighur Uighurs Tuareg Tuaregs Pashtun Pashtuns
Hazara Hazaras Masalit Zaghawa Dinka Nuer Lendu Hema Banyamulenge
Twitter Facebook Telegram WhatsApp YouTube Instagram TikTok""".split())
# (peoples: "in Rohingya refugee camps", "Fulani settlements"; not those whose name is also a state's, as
# Karen, Kachin, Shan or Rakhine State; platforms: "claimed the attack on Twitter")
NOT_PLACES = _NOT_PLACES
# (languages: "translated from Arabic"; institutions: "marched from the Faculty of Philosophy" names no town;
# "the Union State" of Russia and Belarus is a treaty, not where anything happened)


# people told by where they come from
# the names of a list told so far ("tourists from Norway, Australia, Lithuania and Spain": each one's "from")
_LISTED = r"(?-i:(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}(?:,\s+and\s+|,\s+|\s+and\s+))*"
_ORIGIN_BEFORE = re.compile(r"\b(?:(?:crossed|came|arrived|advanced|invaded|poured\s+in|moved\s+in)\s+(?:the\s+border\s+)?from\s+(?:the\s+)?" + _LISTED + r"$)|"
                            # "troops were deployed from Kabul to Ghazni": where the reinforcements left
                            r"\b(?:deployed|redeployed|dispatched|sent)\s+(?:in\s+)?from\s+(?:the\s+)?" + _LISTED + r"$|"
                            # "A rocket fired from Lebanon struck a soccer field in the Golan Heights": where it hit
                            r"\b(?:rockets?|missiles?|drones?|shells?|projectiles?)\s+(?:\w+\s+)?(?:fired|launched)\s+from\s+(?:the\s+)?" + _LISTED + r"$|"
                            r"\b(?:independen(?:t|ce)|seceded|secession|broke\s+away)\s+from\s+(?:the\s+)?" + _LISTED + r"$|"  # the state it left
                            r"\b(?:peacekeepers|troops|soldiers|brigades|militias|militiamen|forces|reinforcements|battalions|contingents?|mercenaries|fighters|nationals|citizens|"
                            r"delegates|delegations?|officials|envoys|ambassadors?|diplomats|ministers|volunteers|refugees|migrants|"
                            r"experts|observers|tourists|pilgrims|systems|weapons|arms|missiles|tanks|jets|shipments?|"
                            r"deliveries|money|funds|funding|loans?|grants?|donations?|aid)\s+(?:\w+\s+)?from\s+(?:the\s+)?" + _LISTED + r"$|"  # "Patriot systems from Germany arrived"
                            # "1,000 protesters, many from the neighbouring island of Malaita, gathered": where they came from
                            # ("Thirteen foreign peacekeepers, including nine from South Africa, were killed": where some came from)
                            r"\b(?:many|most|some|all|mostly|mainly|largely|including\s+(?:\d+|one|two|three|four|five|six|seven|eight|"
                            r"nine|ten|eleven|twelve|\w+teen|\w+ty))\s+(?:of\s+them\s+)?from\s+(?:the\s+)?(?:neighbou?ring\s+)?"
                            r"(?:(?:island|province|region|state|town|city|village|country)\s+of\s+)?" + _LISTED + r"$", re.I)
# a neighbour or an addressee, not where it happened: "the region, which borders Venezuela", "calling on
# the United States to respond", "urged Russia to"
_NOT_WHERE_BEFORE = re.compile(r"\b(?:borders|bordering|(?:frontier|border)\s+with|call(?:ed|ing|s)?\s+on|urg(?:ed|ing|es)|defiance\s+of|"  # ("in defiance of Baghdad")
                               r"accus(?:ed|ing|es)|blam(?:ed|ing|es)|warn(?:ed|ing|s)|condemn(?:ed|ing|s)|"  # ("accused Baku of")
                               # ("suspended negotiations with Juba": a party)
                               r"(?:talks|negotiations|relations|ties|dialogue|contacts?)\s+with|"
                               # ("mourners marched through the camp, chanting against Israel": what a crowd is against)
                               r"(?:chant\w*|slogans?|protest\w*|demonstrat\w*|rall(?:y|ied|ies|ying)|march\w*)\s+against|"
                               r"(?:linked|tied|bound|headed|heading)\s+(?:to|for)|"  # ("ships linked to Israel")
                               # ("drones launched by Russia", "talks brokered by Qatar": who did it, not where)
                               r"(?:launched|fired|sent|operated|flown|supplied|made|manufactured|built|backed|brokered|"
                               r"mediated|sponsored|funded|armed|trained|deployed|claimed)\s+by|"
                               # ("FACT, which is based in Libya, launched its incursion": where the group sits)
                               r"(?:which|who|that)\s+(?:is|are|was|were)\s+(?:based|headquartered)\s+in)\s+(?:the\s+)?"
                               # (each of a list: "brokered by the United States and France")
                               r"(?-i:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:,\s+|\s+and\s+|,\s+and\s+))*$", re.I)
# the people a side says it acts for, and where they live: "saying they act in solidarity with Palestinians in
# Gaza", "in support of its allies in Lebanon" (not where the side acted)
_SUPPORTED_BEFORE = re.compile(r"\b(?:in\s+solidarity\s+with|in\s+support\s+of|on\s+behalf\s+of)\s+(?:the\s+|its\s+|their\s+|our\s+)?"
                               r"(?:[\w'\u2019-]+\s+){0,2}?(?:people|peoples|allies|ally|brothers|brethren|protesters|demonstrators|"
                               r"residents|civilians|prisoners|detainees|(?-i:[A-Z][a-z]+(?:ans|is|ese)))\s+(?:in|of)\s+(?:the\s+)?$", re.I)
# a ship's name after the ship: "the submarine Rostov-on-Don", "the landing ship Novocherkassk"
_VESSEL_BEFORE = re.compile(r"\b(?:submarine|frigate|warship|cruiser|corvette|destroyer|minesweeper|tugboat|"
                            r"(?:landing|patrol|missile|cargo|navy|naval)\s+(?:ship|boat|craft)|vessel|tanker|ferry)\s+$", re.I)
# the ends of a journey: "a bus travelling from Mpeketoni to Lamu", "a convoy heading to Goma" (where it was hit
# lies between; a town the clause names otherwise comes first)
_ROUTE_END_BEFORE = re.compile(r"\b(?:travell?(?:ing|ed|s)?|heading|headed|driving|drove|bound|on\s+(?:its|their|his|her|the)\s+way|"
                               r"en\s+route|journey(?:ing|ed)?)\s+(?:back\s+)?(?:from\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,3}?(?:[a-z]+\s+)?)?"
                               r"(?:from|to|towards?)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$")  # ("from the Shiv Khori
# shrine to the town of Katra")
# ... unless they leave it: "had withdrawn troops from Dapchi" happened in Dapchi
_WITHDRAWN_FROM = re.compile(r"\b(?:withdr\w+|pull(?:ed|ing|s)?(?:\s+out)?|evacuat\w+)\s+(?:\w+\s+){0,3}?"
                             r"(?:troops|soldiers|forces|peacekeepers|contingents?|personnel)\s+(?:\w+\s+)?from\s+(?:the\s+)?$", re.I)
_DESTINATION_BEFORE = re.compile(r"\b(?:(?:fle(?:e|es|d|eing)|escap(?:e|ed|ing))\s+(?:[\w,]+\s+){0,3}?to(?:wards?)?|"  # (or "flee towards Goma")
                                 r"(?:evacuated|airlifted|rushed|taken|transferred|"
                                 r"flown|deported|exiled|carrying|ferrying|(?:a|the)\s+(?:plane|flight))\s+"
                                 # (not "airlifted 300 soldiers to Tibu": troops sent are deployed there)
                                 r"(?!(?:[\w,]+\s+){0,2}?(?:troops|soldiers|reinforcements|police(?:men)?|commandos|marines)\b)"
                                 r"(?:[\w,]+\s+){0,3}?to)\s+(?:neighbou?ring\s+|(?:(?:a|the)\s+(?:\w+\s+)?)?(?:hospitals?|clinics?)\s+in\s+|"  # ("taken to hospital in Mombasa")
                                 # "carrying about 950 people to rebel-held territory in Idlib province"
                                 r"(?:[\w-]+\s+)?(?:territory|areas?|parts?)\s+(?:in|of)\s+(?:the\s+)?|"
                                 # "fled to the nearby coastal city of Saint-Marc"
                                 r"the\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|camp|capital|port)\s+of\s+|the\s+)?"
                                 # (each place of a list: "have fled to Mandalay and Taunggyi")
                                 r"(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:,\s+|\s+(?:and|or)\s+|,\s+(?:and|or)\s+))*$", re.I)
# (a zone in lower case is Ethiopia's unit, "West Shewa zone"; a named Zone is a site in its city, "Baghdad's Green Zone")
_ADMIN_SUFFIX = re.compile(r"\s(?:[Aa]dministrative\s+[Aa]rea|zone|[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]istrict|[Rr]egency|[Gg]overnorate|[Cc]ounty|[Dd]epartment|[Oo]blast|[Kk]rai|"
                           r"[Pp]eninsula|[Vv]alley|[Ss]trip)$")


_FACILITY_NEXT = re.compile(r"(?:\s+[A-Z][\w'-]*)*\s+(?:hospital|clinic|school|mosque|church|synagogue|hotel|university|"
                            r"market|prison|stadium|bakery|refinery)s?\b|"
                            # an operator's name before the craft it runs: "the Susi Air single-engine plane"
                            r"(?:\s+[a-z][\w-]*)?\s+(?:plane|aircraft|airliner|helicopter|flight|ship|vessel|tanker|bus)s?\b")
# an earlier act that set off the one told, and where it happened: "after the arrest of ... in the United States"
_PRIOR_ARREST_IN = re.compile(r"\b(?:after|following|since)\s+(?:the|his|her|their)\s+(?:arrest|capture|extradition|detention|"
                              r"assassination|killing|death)\s+of\s+[^,;.]{2,60}?\s+in\s+(?:the\s+)?$", re.I)
# the act an event answers, told after it: "in retaliation for a gas attack on the town of Douma", "retaliation for
# Kenya's military intervention in Somalia" (where the answered act was, not where this one is; the phrase ends at a comma)
_ANSWERED_ACT_BEFORE = re.compile(r"\b(?:retaliation|revenge|reprisals?|vengeance)\s+(?:for|against)\s+[^,;.:]{0,80}$", re.I)
_SINCE_THE_WAR_IN = re.compile(r"\bsince\s+(?:the\s+)?(?:war|conflict|fighting|invasion)\s+in\s+(?:the\s+)?$", re.I)
_HELD = r"\w-(?:administered|controlled|held|occupied|annexed|run)"  # "Israeli-controlled", "Pakistan-administered"
_CONTROLLED_BY = re.compile(_HELD + "$")  # the word before a place's name
_HELD_PART = re.compile(_HELD + r"\s")  # inside a name: "Pakistan-administered Kashmir", a region
_DISTRICT_SUFFIX = re.compile(r"\s(?:[Dd]istrict|[Rr]egency)$")  # (Indonesia's regencies: districts by their local name;
# not a woreda or raion named after its town, "Dabat woreda": the town, found as such)
_CITY_SUFFIX = re.compile(r"\s(?:[Cc]ity|[Tt]own)$")


# a site inside a town, coded at that town as an ACLED coder would: a square, a prison, a military camp, a named
# camp for the displaced ("Firdos Square" in Baghdad, "the National Penitentiary in downtown Port-au-Prince", "Camp
# Speicher ... outside Tikrit", "the Mung Lai Hkyet camp near Laiza", "the Gadole forest of Kokernag"); a road
# runs through many places, so the town on it is where ("blocked the Pamir Highway in Rushan": Rushan)
_SITE = re.compile(r"^Camp\s+[A-Z]|\s(?:Square|Penitentiary|Roundabout|Compound|[Cc]amp|[Ff]orest|[Hh]ighway|[Rr]oad|[Ss]treet|[Aa]venue)$")
_QUARTER = re.compile(r"(?:Old|New)\s+(?:City|Town)")  # a town's quarter ("Mosul's Old City"), whatever town the gazetteer calls so


def is_district(name: str) -> bool:
    """A place named as a district ("North Waziristan district"): a part of a province, with towns in it."""
    return bool(_DISTRICT_SUFFIX.search(name))


def is_region(name: str) -> bool:
    """A place named as a part of a country wider than a district ("Michoacan state", "Kharkiv region")."""
    return bool(_ADMIN_SUFFIX.search(name)) and not is_district(name)


def route_end(clause: str, name: str) -> bool:
    """The clause names the place only as an end of a journey ("a bus travelling from Mpeketoni to Lamu")."""
    pos = clause.find(name)
    return pos >= 0 and _ROUTE_END_BEFORE.search(clause, max(0, pos - 80), pos) is not None


def is_site(name: str) -> bool:
    """A site inside or along a town ("Firdos Square", "Camp Speicher", "the Pamir Highway"): coded at that town."""
    return bool(_SITE.search(name))


_COUNTRY_BORDER = re.compile(r".+\s+(?:[Bb]order|[Ff]rontier)")


def country_border(name: str, vocab: Vocab) -> bool:
    """A country's border ("the Niger border"): a line along the country, no more precise than it; a town or region
    the clause names is where ("near the Niger border in the Menaka region"; not "the Taba border crossing", a town's)."""
    return bool(_COUNTRY_BORDER.fullmatch(name)) and vocab.country(name.rsplit(None, 1)[0]) is not None


def place_rank(name: str, vocab: Vocab, known: Known | None = None) -> int:
    """0 a village/street found by pattern or known to the editor, 1 a town in the gazetteer,
    2 a province, region or site (after the town it lies in), 3 a country, 4 a continent or a region of several
    countries ("a wider war in the Middle East"): lower is more specific."""
    if name in vocab.countries or country_border(name, vocab):
        return 3
    if name in vocab.world_regions:
        return 4
    if _SITE.search(name) and name not in vocab.places and not (known and name in known) or name in vocab.regions \
            or _QUARTER.fullmatch(name):
        return 2
    if _ADMIN_SUFFIX.search(name) or _HELD_PART.search(name):  # ("Pakistan-administered Kashmir": a region)
        # ("the Rueso district of Narathiwat", "Kabul's Dasht-e-Barchi district": a district is a part of
        # a province, as specific as a town)
        return 1 if _DISTRICT_SUFFIX.search(name) else 2
    if name in vocab.places and not (known and name in known):
        return 1
    return 0


NOT_NAMES = _NOT_PLACES | frozenset("""State TV Radio News Agency Press Times Post Mission Council Ministry
Front Forces Army Group Brigade Movement Party Street Road Province Region City Village Town Lt Col Gen Sgt
North South East West Central Upper Lower Northern Southern Eastern Western Governor Mayor Oblast Krai Raion
Governorate Administration Military League Union Committee Association Congress Alliance Coalition University
College School Hospital Court Supreme High Operation""".split())
# (words of organisations' names: "Awami League", "Chhatra League"; compass words of regions: "North Gondar" and
# "North Wollo" are not one name)


# what follows a capital that stands for its government: a verb in the past ("Moscow annexed",
# "Kyiv and the West called"), not a passive ("Kyiv was hit")
# a state that strikes out acts elsewhere ("Turkey retaliated by striking ..."; not "Tanzania expelled five Iraqis")
_STRIKES_OUT = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|later\s+)?(?:retaliated|struck|attacked|bombed|shelled|"
                          r"invaded|fired|launched|targeted|hit)\b")
_GOVERNMENT_ACTS = re.compile(r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w-]+)?\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|later\s+)?"
                              r"(?:(?!(?:was|were|is|are)\b)[a-z]{3,}ed\b|"
                              # a state's irregular past: "Kinshasa cut diplomatic ties with Kigali" (not a passive: "... held by")
                              r"(?:cut|broke|sent|held|took|made|gave|withdrew|began|met|shut|quit|sought|brought|kept)\b(?!\s+by\b))")
# what follows a country's possessive when the country acts rather than locates: "Russia's defence ministry"
# ("Azerbaijan also said", "Armenia and Azerbaijan accused each other": both speak)
_SPEAKS = re.compile(r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w-]+)?\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|later\s+|earlier\s+|again\s+)?(?:said|says|called|calls|accused|accuses|denied|denies|blamed|blames|"
                     r"claimed|claims|warned|warns|announced|insisted|insists|confirmed|rejected|rejects)\b")
# what follows a state that mediates between others: "Angola brokered a ceasefire between Congo and Rwanda"
# (the mediator's country is no site of the truce it brokered)
_MEDIATES = re.compile(r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w-]+)?\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|jointly\s+|earlier\s+)?"
                       r"(?:brokered|brokers|mediated|mediates|is\s+mediating|helped\s+(?:to\s+)?(?:broker|mediate))\b")
# a country named as the other side of a border, or as the state told to act: "the crossing with Egypt",
# "ordered France to withdraw its troops" (where the act was, another word of the clause says)
_OTHER_SIDE_BEFORE = re.compile(r"\b(?:border|borders|crossing|frontier|boundary)\s+with\s+(?:the\s+)?"
                                r"(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+and\s+(?:the\s+)?)?$")  # ("with Niger and Burkina Faso")
_TOLD_TO_ACT = (re.compile(r"\b(?:ordered|ordering|orders|told|asked|urged|called\s+on|forced|pressed|demanded\s+that)\s+(?:the\s+)?$"),
                re.compile(r"\s+to\s+(?:withdraw|leave|pull|remove|recall|close|stop|halt|end|hand|release|return)\b"))
# a capital standing for its government after a tie ("fighters allied with Kyiv", "militias loyal to Tripoli") or
# as the subject of what only a government does ("where Beijing is building a deep-water port")
_TIED_TO_CAPITAL = re.compile(r"\b(?:allied|aligned|affiliated|allies)\s+(?:with|to)\s+$|\b(?:loyal|close)\s+to\s+$|"
                              r"\b(?:backed|supported|sponsored|funded|armed|financed|trained)\s+by\s+$")
_CAPITAL_BUILDS = re.compile(r"\s+(?:is|are|was|were|has\s+been|had\s+been)\s+(?:building|backing|funding|financing|arming|"
                             r"supporting|seeking|negotiating|developing|pushing\s+for|demanding)\b")
# a river a bridge spans: "the main bridge over the Blue Nile" (the river, not the Sudanese state of that name)
_SPANNED_BY_BRIDGE = re.compile(r"\b(?:bridges?|crossings?|ferry)\s+(?:over|across|spanning)\s+(?:the\s+)?$")
_FORCES_NEXT = re.compile(r"\s+(?:armed\s+|special\s+|security\s+|government\s+)?(?:forces|troops|soldiers|military|army|navy|"
                        r"warplanes|warships|jets|officials|authorities)\b")
_OWNER_OF = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:ministry|ministers?|military|army|government|president|prime|forces|"
                       r"troops|leaders?|ambassadors?|envoys?|spokes\w+|officials?|authorities|navy|air\s+force|"
                       r"defen[cs]e|security|intelligence|embassy|parliament|cabinet|state\s+(?:media|television|news)|"
                       r"news\s+agency|junta|regime|allies|ally)\b"
                       r"(?!\s+(?:sites?|facilities|bases?|targets?|installations?|infrastructure|positions|headquarters))", re.I)
# (not "Iran's nuclear and military sites": the country's sites, where strikes land)


# a clock time right before a name, and "time" right after it: the name is a time zone
_CLOCK_BEFORE = re.compile(r"(?:\d|[ap]\.?m\.?|noon|midnight)\s+$", re.I)
_ZONE_AFTER = re.compile(r"\s+(?:standard\s+|summer\s+|daylight\s+)?time\b", re.I)


def places(clause: str, vocab: Vocab, known: Known | None = None, speakers: bool = False) -> list[str]:
    """Places in the clause, most specific first: pattern-found villages/towns, then gazetteer
    towns and regions, then countries. A capital that speaks ("what Islamabad called") is its
    government, not a place, unless `speakers` (it still tells which country a story is about)."""
    found: dict[str, tuple[int, int]] = {}  # name -> (rank, position); lower rank = more specific
    actor_spans: list[tuple[int, int]] = []
    actor_starts: list[int] = []  # in text order, not overlapping: bisect, not scan
    looked = False  # the actors are looked up only when a place candidate turns up (most clauses have none)
    route_ends: set[str] = set()  # a journey's ends: they hold no rank over the district they lie in

    def add(name: str, rank: int, pos: int):
        nonlocal looked
        if not looked:
            actor_spans.extend(m.span() for m, a in vocab.actor_index.finditer(clause) if a.kind != "civilians")
            actor_starts.extend(s for s, _ in actor_spans)
            looked = True
        i = bisect.bisect_right(actor_starts, pos) - 1
        if i >= 0 and pos < actor_spans[i][1]:  # "Islamic State West Africa Province" is a group
            return
        if clause.find("from", max(0, pos - 45), pos) >= 0 and _ORIGIN_BEFORE.search(clause, max(0, pos - 80), pos) \
                and not _WITHDRAWN_FROM.search(clause, max(0, pos - 80), pos):
            return   # "three U.N. peacekeepers from South Africa": where they come from, not where it happened
        if clause.find("to", max(0, pos - 30), pos) >= 0 and _DESTINATION_BEFORE.search(clause, max(0, pos - 60), pos):
            return   # "prompting them to flee to Armenia", "evacuated to a hospital in Marawi": where they went
        if _SINCE_THE_WAR_IN.search(clause, max(0, pos - 40), pos):
            return   # "the deadliest strike ... since the war in Gaza began": the yardstick's war, not where it happened
        if _ANSWERED_ACT_BEFORE.search(clause, max(0, pos - 100), pos):
            return   # "in retaliation for a gas attack on the town of Douma": the answered act's place
        if clause.find("of", max(0, pos - 90), pos) >= 0 and _PRIOR_ARREST_IN.search(clause, max(0, pos - 90), pos):
            return   # "a war that erupted in September after the arrest of Ismael Zambada in the United States": the arrest's place
        if _NOT_WHERE_BEFORE.search(clause, max(0, pos - 60), pos):
            return   # "which borders Venezuela", "calling on the United States": a neighbour, an addressee
        if clause.find(" of", max(0, pos - 80), pos) + clause.find(" with", max(0, pos - 80), pos) > -2 \
                and _SUPPORTED_BEFORE.search(clause, max(0, pos - 80), pos):
            return   # "saying they act in solidarity with Palestinians in Gaza": where the people they act for are
        if _VESSEL_BEFORE.search(clause, max(0, pos - 40), pos):
            return   # "the Russian submarine Rostov-on-Don": a ship named after a city, not where it was hit
        if clause.find("from", max(0, pos - 60), pos) >= 0 or clause.find("to", max(0, pos - 30), pos) >= 0:
            if _ROUTE_END_BEFORE.search(clause, max(0, pos - 80), pos):
                rank = max(rank, 2)  # "a bus travelling from Mpeketoni to Lamu was ambushed near Milihoi": the route's ends, after where
                route_ends.add(re.sub(r"['\u2019]s$", "", name.strip(" ,.'\u2019")))
        if _CLOCK_BEFORE.search(clause, max(0, pos - 14), pos) and _ZONE_AFTER.match(clause, pos + len(name.rstrip(" ,."))):
            return   # "at 9 a.m. Moscow time": a time zone
        if _OPERATION_NEXT.match(clause, pos + len(name.rstrip(" ,."))) and name.strip(" ,.") not in vocab.places:
            return   # "in the Claw-Lock operation zone", "the Galaxy Leader car carrier": a name (not "the Donetsk offensive")
        if _CAPITAL_NEXT.match(clause, pos + len(name.rstrip(" ,."))) and name.strip(" ,.") not in vocab.places:
            return   # "stormed into the Chechen capital Grozny": a people's adjective, the city is named after it
        name = re.sub(r"['\u2019]s$", "", name.strip(" ,.'\u2019"))
        name = vocab.country_alias.get(name, name)  # "Congo", "DRC": the country's one name
        if name in vocab.countries:
            rank = 3  # ("in Sudan's capital": a country, whatever the pattern that found "Sudan's")
        elif name in vocab.world_regions:
            rank = 4  # ("in Africa's last absolute monarchy": wider than the country)
        if name in ("St", "Mt", "Ft"):
            return   # "near St. Anthony's Shrine": an abbreviation cut off from its name
        owner, _, rest = re.sub("\u2019", "'", name).partition("'s ")
        if rest and (whole := next((n for n in (name, " ".join(name.split()[:2])) if n in vocab.places), None)):
            owner, rest, name = "", "", whole  # "Cox's Bazar", "Cox's Bazar district": a town whose name is possessive
        if rest:  # "Nigeria's Borno state": the state, and the country apart
            if not _OWNER_OF.match(" " + rest) and not vocab.alias_to_actor.get(rest.lower()):
                # (not an armed group's country: "Gunmen from Somalia's al Shabaab stormed a mall")
                add(owner, place_rank(owner, vocab, known), pos + 1)  # (of equals, the part first)
            name, rank = rest, place_rank(rest, vocab, known)
        if name and name.split()[0] in ("St", "St.", "Saint") and not (known and name in known) and \
                not any(f"{st} {name.split(None, 1)[-1]}" in vocab.places for st in ("St", "St.", "Saint")):
            return   # "at Cairo's St Peter and St Paul church": a saint's name, a church's (not "St Petersburg", a city)
        first = name.split()[0] if name else ""
        if first in _FUNCTION_FIRST and name in vocab.places and _MID_SENTENCE.search(clause, max(0, pos - 2), pos):
            first = ""   # "in The Hague", "attacked the In Amenas complex": capitalised mid-sentence, the word is the name's
        if len(name.split()) > 1 and name.split()[-1] in _BUILDINGS and name not in vocab.places:
            return   # "attacked the Hayat Hotel": a building; the town it stands in is the place
        if len(name.split()) > 1 and name.split()[-1] in _MILITARY_UNITS:
            return   # "the Black Sea Fleet's base": a unit, wherever it is
        if not name or first.isalpha() and first.islower() or first in _NOT_PLACES or vocab.alias_to_actor.get(name.lower()) \
                or first in vocab.demonym_to_country and name not in vocab.places or name in vocab.demonym_to_country \
                or name.split("-")[0] in vocab.demonym_to_country and "-" in first or _TIES.search(first) \
                or _PEOPLED.search(first) or name[-1:] == "s" and name[:-1] in vocab.demonym_to_country and name not in vocab.places:
            return   # "the Greek-owned ship", "Iranian-backed", "Houthi-controlled", "Lebanon's state news agency", "attacks on
            # Israelis" (a people, not "the Philippines"); not a place
            # (a demonym first is no place unless the gazetteer knows the whole name: "Burkina Faso", whose people are "Burkina")
        if name not in found or found[name] > (rank, pos):
            found[name] = (rank, pos)

    for rx in _PLACE_PATTERNS:
        if rx is _PLACE_PATTERNS[-1] and not _TAKEN.search(clause):
            continue  # (the costly name-first pattern, only where a place was taken)
        for m in rx.finditer(clause):
            name = m.group("p")
            words = name.split()
            # trim trailing words that are not part of a place ("Haifa Israel's" is rare; keep simple)
            trimmed = []
            while rx is _PLACE_PATTERNS[2] and words and words[-1] in _NOT_PLACES:
                trimmed.append(words.pop())
            if trimmed and trimmed[-1] in _BUILDINGS and " ".join(words) not in vocab.places \
                    and not (known and " ".join(words) in known):
                continue  # "at the Education Ministry in Mogadishu": an office's name, not a town (not "at Baghdad University")
            start = m.start("p")
            if len(words) > 1 and _CONTROLLED_BY.search(words[0]) and " ".join(words) not in vocab.places:
                # "the Israeli-controlled Golan Heights", "Russian-occupied Melitopol": the place, whoever holds it
                start += len(words[0]) + 1
                words = words[1:]
            name = " ".join(words)
            if not name or rx is _PLACE_PATTERNS[2] and m.group("compass") and (
                    len(words) > 1 or name in vocab.places or vocab.country(name)):
                continue  # (only a one-word name the gazetteer lacks, a village: "in northern Kalafo"; not "in western New York")
            after = start + len(name)
            if rx in (_PLACE_PATTERNS[2], _PLACE_PATTERNS[3]) and name not in vocab.places and (
                    words[-1].endswith(("ian", "ean", "ese")) and _LOWER_NEXT.match(clause, after)):
                continue  # "in the North Ossetian town": an adjective, not the place
            if name not in vocab.places and not (known and name in known) and _FACILITY_NEXT.match(clause, after) \
                    and not _CITY_SUFFIX.search(name) and not any(w in vocab.places for w in words):
                continue  # "at the al-Ahli Arab hospital", "hit Kamal Adwan hospital": a building's name, not a town
            if rx is _PLACE_PATTERNS[2] and name not in vocab.places and not (known and name in known) and not vocab.country(name) \
                    and _ACRONYM_NEXT.match(clause, after):
                continue  # "the Sudan People's Liberation Movement in Opposition (SPLM-IO)": the end of a name
            if name not in vocab.places and not (known and name in known) and _ORGANISATION_NEXT.match(clause, after):
                continue  # "from the Organisation for the Prohibition of Chemical Weapons": an organisation's name
            if rx in (_PLACE_PATTERNS[2], _PLACE_PATTERNS[3]) and name not in vocab.places and _SETTLEMENT_OF.match(clause, after):
                continue  # "in the Northwest town of Ndop": what kind of town, the town is Ndop
            if rx is _PLACE_PATTERNS[0] and (unit := _UNIT_OF.match(m.group())) and not vocab.country(name):
                # "the department of Arauca": the department, not its town Arauca (not "the state of Israel")
                name = f"{name} {unit.group(1)}"
            rank = place_rank(name, vocab, known)
            if rank == 1 and (rx is _PLACE_PATTERNS[3] or rx is _PLACE_PATTERNS[0] and _SETTLEMENT.match(m.group())):
                rank = 0  # "the town of Masisi", "Djibo, a garrison town in": a town, before "North Kivu" or "the Sahel"
            if rx is _PLACE_PATTERNS[-1] and rank == 0:
                if len(words) < 2:
                    continue  # "Howes was captured": most likely a person (a known town is found anyway)
                rank = 2
            if rx is _PLACE_PATTERNS[2] and name not in vocab.places and _PERSON_TAKEN.match(m.group()) \
                    and _PERSON_APPOSITION.match(clause, m.end()):
                continue  # "seized Mehrtens, a New Zealand pilot": a person taken, not a place
            if rx in (_PLACE_PATTERNS[2], _PLACE_PATTERNS[-1]) and name not in vocab.places and not (known and name in known):
                # a capitalised word after "in"/"near": a place only if not an actor/organisation-looking
                # ("in Baghdad's Green Zone": the city, and the zone of two words)
                owner, _, rest = re.sub("\u2019", "'", name).partition("'s ")
                if len(rest.split() if rest else words) > 2 or any(w.isupper() and len(w) > 1 for w in words) \
                        or rest and owner not in vocab.places:
                    continue
            add(name, rank, start)
    for m, name in known.finditer(clause) if known else ():
        add(name, place_rank(name, vocab, known), m.start())
    for m in _CAPITAL_OF.finditer(clause) if "capital" in clause else ():
        # "Fighting raged in Sudan's capital", "in the Somali capital": the capital, named
        owner = m.group("owner") or m.group("dem")
        country = vocab.country(owner) or vocab.demonym_to_country.get(owner)
        capital = vocab.country_capital.get(country or "")
        if capital:
            add(capital, place_rank(capital, vocab, known), m.start())
    run_end = -1
    for m in _NAME_RUN.finditer(clause):
        # every capitalised run: try it and its left sub-runs against the gazetteer
        cut, run_end = run_end >= 0 and clause[run_end:m.start()].isspace(), m.end()
        if cut:
            continue   # the rest of a longer run: "Health Minister Ali Haji | Aden told reporters" is a person
        if _OWNER_OF.match(clause, m.end()) and re.search(r"['\u2019]s$", m.group()):
            continue   # "Russia's defence ministry said": the country speaks, it is not where it happened
        if not speakers and _SPEAKS.match(clause, m.end()):
            continue   # "what Islamabad called TTP hideouts", "Kyiv said": the government speaks
        if _MEDIATES.match(clause, m.end()):
            continue   # "Angola brokered a ceasefire between Congo and Rwanda": the mediator, not where
        if vocab.country(m.group()) and (_OTHER_SIDE_BEFORE.search(clause, max(0, m.start() - 60), m.start()) or
                                         _TOLD_TO_ACT[0].search(clause, max(0, m.start() - 20), m.start())
                                         and _TOLD_TO_ACT[1].match(clause, m.end())):
            continue   # "seized the crossing with Egypt", "ordered France to withdraw": the other state, not where
        if _PEOPLES_NEXT.match(clause, m.end()):
            continue   # "clashes between Bakonzo and Bamba communities": a people, not the town Bamba
        if _SPANNED_BY_BRIDGE.search(clause, max(0, m.start() - 30), m.start()):
            continue   # "the bridge over the Blue Nile": a river, where the town the clause names stands
        if _FORCES_NEXT.match(clause, m.end()) and vocab.country(m.group()) and \
                not _PREPOSITION_END.search(clause, max(0, m.start() - 12), m.start()):
            continue   # "United Arab Emirates forces reached the airport": whose forces, not where
        words = [re.sub(r"['\u2019]s$", "", w) for w in m.group().split()]
        cut_off = []
        while len(words) > 1 and words[-1] in _NOT_PLACES:
            cut_off.append(words.pop())
        if cut_off and cut_off[-1] in _FAITHS:
            continue   # "a Roman Catholic cathedral": the town's name is the first word of the faith's
        cand = " ".join(words)
        if len(words) > 1 and words[-1] in _MILITARY_UNITS:
            continue   # "the Black Sea Fleet", "the 3rd Infantry Division": a unit, not its home
        if len(words) == 1 and cand in vocab.places and cand not in vocab.countries and _THE_BEFORE.search(clause, max(0, m.start() - 4), m.start()) \
                and _OF_NAME_AFTER.match(clause, m.end()):
            continue   # "the Alliance of Sahel States": a longer name (a town called Alliance is elsewhere)
        if cand not in vocab.places and len(words) > 1 and words[-1] in _BUILDINGS:
            # "Garissa University College", "Mosul General Hospital": the town it is named after
            while len(words) > 1 and (words[-1] in _BUILDINGS or words[-1] in ("General", "Central", "International")):
                words.pop()
            cand = " ".join(words)
        if not speakers and cand in vocab.capital_country and _GOVERNMENT_ACTS.match(clause, m.end()) and \
                not _PREPOSITION_END.search(clause, max(0, m.start() - 12), m.start()):
            continue   # "Moscow annexed the region", "Baku and Yerevan signed": the governments act
        if not speakers and cand in vocab.capital_country and (_TIED_TO_CAPITAL.search(clause, max(0, m.start() - 25), m.start())
                                                               or _CAPITAL_BUILDS.match(clause, m.end())):
            continue   # "Russian fighters allied with Kyiv", "where Beijing is building a port": the government, not a place
        if not speakers and m.start() == 0 and vocab.country(cand) and _STRIKES_OUT.match(clause, m.end()):
            continue   # "Turkey retaliated by striking Syrian government targets": the state acts, elsewhere
        if cand in vocab.places:  # whole runs only: "Yara Abbas" is a person, not the town Yara
            add(cand, place_rank(cand, vocab, known), m.start())
        elif len(words) > 1 and (own := re.match(r"[^\s]+['\u2019]s(?=\s)", m.group())) and words[0] in vocab.places \
                and words[1] not in _NOT_PLACES and not vocab.alias_to_actor.get(" ".join(words[1:]).lower()) \
                and not _OWNER_OF.match(clause, m.start() + own.end()):  # ("Chechnya's Moscow-backed president": its owner)
            add(words[0], place_rank(words[0], vocab, known), m.end())  # "Mosul's Grand al-Nuri Mosque": in Mosul (of equals, the part first)
    # drop names contained in a longer found name ("Darfur" inside "North Darfur")
    names = [n for n in found if not any(n != o and n in o and re.search(rf"\b{re.escape(n)}\b", o) for o in found)]
    for n in names:  # "the town of Navolato in Sinaloa", "Masisi, North Kivu": the second name holds the first
        rank, pos = found[n]
        inner = [found[o][0] for o in names if o != n and (_HELD_IN.match(clause[found[o][1]:pos], len(o))
                                                            or _PART_OF.match(clause[found[o][1]:pos]))
                 and clause.startswith(o, found[o][1]) and not is_site(o)  # (a site is coded at its town)
                 and o not in route_ends]  # ("travelling to the town of Katra in Reasi district": where it was hit, Reasi)
        if inner and rank <= max(inner) and rank < 3:
            found[n] = (min(max(inner) + 1, 2), pos)
    for n in names:  # "Kyiv's Podilskyi district", "the Kyivskyi district of Kharkiv": a city's own district,
        # coded at the city as ACLED does (a province's district, "the Rueso district of Narathiwat", stays first)
        city = next((o for o in names if o in vocab.big_cities and city_quarter(clause, n, o)), None)
        if city and found[n] <= found[city]:
            found[n] = (found[city][0] + 1, found[n][1])
    return sorted(names, key=lambda n: found[n])


_QUARTER_WORD = r"(?:neighbou?rhoods?|quarters?|districts?)"  # (not a suburb: often a town of its own)
# a word every quarter pattern of _quarter_patterns needs: without it no pattern is built for the pair
_QUARTER_NOUN = re.compile(r"neighbou?rhood|quarter|district")
# a part of a town named with its noun: "the Shaab district", "the K5 area" (of the big city named with it)
_PART_SUFFIX = re.compile(r"\s(?:[Dd]istrict|[Rr]egency|area)$")


def city_quarter(clause: str, n: str, city: str) -> bool:
    """n is named as a quarter of the big city: "Kyiv's Podilskyi district", "the Kyivskyi district of Kharkiv",
    "the Cali neighborhood of Meléndez", "Analakely, a district of Antananarivo", "the K5 area of Mogadishu", "the
    Shaab district in northern Baghdad", a neighbourhood of the city the clause names ("in the Dweila neighbourhood
    ... in the Syrian capital"), or a district told after the city the sentence opens on ("In Kyiv, a missile hit
    a warehouse in the Podilskyi district")."""
    if not _PART_SUFFIX.search(n) and not _QUARTER_NOUN.search(clause):
        return False  # (as_quarter cannot match, and as_district is not asked)
    as_district, as_quarter = _quarter_patterns(city, n)
    return bool(_PART_SUFFIX.search(n) and as_district.search(clause) or as_quarter.search(clause))


@lru_cache(maxsize=4096)  # (pairs of names recur across a text's sentences: compiled once, not once per sentence)
def _quarter_patterns(city: str, n: str) -> tuple[re.Pattern, re.Pattern]:
    """The two ways city_quarter tells n a quarter of city: as a district named with the city, and as a quarter."""
    o, q = re.escape(city), re.escape(n)
    as_district = re.compile(rf"\b{o}['\u2019]s\s+(?:[\w-]+\s+)?{q}|\b{q}\s+of\s+{o}\b|^\s*In\s+{o}(?:\s+city)?,"
                             rf"|\b{q}\s+in\s+(?:(?:north|south|east|west)\w*\s+|central\s+)?{o}\b")  # ("in northern Baghdad")
    as_quarter = re.compile(rf"\b{o}\s+{_QUARTER_WORD}\s+of\s+{q}\b|\b{q}\s+{_QUARTER_WORD}\s+of\s+{o}\b"
                            rf"|\b{q},\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{_QUARTER_WORD}\s+of\s+{o}\b"
                            # "the Mar Elias church in the Dweila neighbourhood ... in the Syrian capital": a quarter, of the city told
                            rf"|\bthe\s+{q}\s+(?:neighbou?rhood|quarter)\b")
    return as_district, as_quarter


# a country's capital, unnamed ("Sudan's capital", "the Somali capital"; not "the capital, Bamako": named after)
_CAPITAL_OF = re.compile(r"(?:\b(?P<owner>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}?)['\u2019]s|"
                         r"\bthe\s+(?P<dem>[A-Z][\w-]+))\s+capital\b(?!\s*,\s+[A-Z]|\s+[A-Z]|\s+of\b)")
# (past the shore it lies on: "the Gulf coast city of Coatzacoalcos", "the Black Sea resort of Sochi")
_SETTLEMENT_OF = re.compile(r"\s+(?:(?:coast(?:al)?|seaside|port)\s+)?(?:town|village|city|port|district|resort)\s+of\s+[A-Z]")
# a name followed by what it names: an operation ("the Claw-Lock operation zone"), a ship ("the Galaxy Leader car carrier")
_OPERATION_NEXT = re.compile(r"\s+(?:operation|offensive|campaign|(?:car\s+|bulk\s+)?carrier|tanker|ship|vessel|freighter|"
                             r"frigate|destroyer|ferry|cargo\s+ship)\b", re.I)
# after a word the gazetteer lacks, the noun it qualifies as an adjective ("the Chechen capital Grozny", "the Kurdish
# regional capital"): not a place (a region's name is known: "the Tigray capital Mekelle")
_CAPITAL_NEXT = re.compile(r"\s+(?:regional\s+|provincial\s+)?capital\b")
# after a place's name: what follows is where that place lies ("Masisi, North Kivu", "Camargo, also in Tamaulipas")
_HELD_IN = re.compile(r"(?:,\s*(?:(?:also|both)\s+)?(?:in\s+)?|\s+in\s+)$")


def lies_in(clause: str, place: str, holder: str) -> bool:
    """The clause names holder as where place lies: "the town of Camargo in Tamaulipas", "Masisi, North Kivu",
    "near Camargo, also in Tamaulipas"."""
    return re.search(rf"\b{re.escape(place)}(?:,\s*(?:(?:also|both)\s+)?(?:in\s+)?|\s+in\s+)(?:the\s+)?{re.escape(holder)}\b",
                     clause) is not None
_PART_OF = re.compile(r"[^,;]{0,40}\s(?:district|county|province|region|municipality|commune|department)\s+of\s+$",
                      re.I)  # "the Rueso district of Narathiwat": the district lies in Narathiwat
