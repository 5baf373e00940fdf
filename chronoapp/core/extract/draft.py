"""The event candidate being built (Draft) and what both the drafting (events.py) and the merging of
duplicates (duplicates.py) read: its fields, the cached timex parser, and the few event types and
patterns both use. A module of its own so that duplicates.py never imports events.py (events.py
imports duplicates.py, and both import this). A timex value's calendar part (calendar_value) is here
too, for events.py and the statement finding it delegates to (event_statements.py)."""
from __future__ import annotations

from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)
from dataclasses import dataclass, field
from functools import lru_cache

from chronoapp.core.dates import DateError
from chronoapp.core.dates import parse_timex as _parse_timex

_ARMED_TYPES = ("battle", "explosion/remote violence", "violence against civilians")  # (crowds are no one side)
_VIOLENT_TYPES = ("battle", "explosion/remote violence", "violence against civilians", "lethal", "protest", "riot")
_ATTACK_TYPES = ("explosion/remote violence", "violence against civilians")  # one side attacks, the other suffers
_TALLY = re.compile(r"\b(?:over|during|in)\s+(?:that|this|the\s+same)\s+(?:time|period)\b|\bso\s+far\b|\bto\s+date\b|"
                    r"\bunder\s+(?:[A-Z][\w-]*\s+){1,2}rule\b|"  # ("died ... under Indonesian rule": the regime's toll)
                    r"\bin\s+total\b|\bover\s+the\s+(?:past|last)\b(?!\s+(?:24|twenty-four)\s+hours\b|\s+day\b|\s+night\b)|\bsince\b|"
                    r"\bin\s+the\s+(?:war|conflict|insurgency|fighting\s+so\s+far)\b", re.I)
# protesters who turn violent: "protesters attacked the embassies", "demonstrators set fire to"
# a crowd's own violence, told in the past or, as a timeline's entries are, in the present ("Crowds loot shops")
_RIOTING = re.compile(r"\b(?:clash(?:es|ed)?|fighting|fights|violence)\s+between\s+(?:(?:rival|opposing)\s+)?(?:groups\s+of\s+)?"
                      r"(?:supporters|activists|followers)\b|"  # ("Clashes between supporters of two rival factions of the BNP")
                      r"\b(?:protesters|demonstrators|rioters|looters|crowds?|mobs?|youths|(?:opposition|his|her|their)\s+supporters|"
                      r"(?-i:[A-Z][\w'\u2019-]+)\s+supporters|"  # "Morsi supporters torched churches"
                      r"supporters\s+of\s+(?:the\s+)?[\w'\u2019-]+)\s+"
                      # (or the second verb of the crowd's sentence: "gathered outside the assembly ..., and set fire to cars")
                      # (or a participle after a comma: "protesters defied a curfew in Kathmandu on Tuesday, torching parliament")
                      r"(?:[^.;:]{0,120}?,\s+(?=(?:torching|storming|looting|ransacking|smashing|setting|hurling|throwing|pelting)\b)|"
                      r"(?:[\w,-]+\s+){0,4}?|[^.;:]{0,120}?,\s+and\s+)(?:attack(?:ed|s)?|"
                      r"(?<=,\s)(?:torching|storming|looting|ransacking|smashing|setting\s+fire|"
                      r"setting\s+(?:[\w'\u2019-]+\s+){1,6}?(?:on\s+fire|ablaze)|hurling|throwing|pelting)|"
                      r"storm(?:ed|s)?|torch(?:ed|es)?|set(?:s|ting)?\s+fire|set\s+ablaze|loot(?:ed|s|ing)?|"
                      # ("breached barricades and set part of the parliament building on fire")
                      r"set\s+(?:[\w'\u2019-]+\s+){1,6}?(?:on\s+fire|ablaze|alight)|"
                      # (not "burned Chinese flags", "burned an effigy": a protest's gesture, no riot)
                      r"burn(?:ed|t|s|ing)?(?!\s+(?:[\w-]+\s+){0,2}?(?:flags?|effig(?:y|ies)|pictures?|portraits?|posters?|photos?|copies)\b)|"
                      r"ransack(?:ed|s)?|smash(?:ed|es)?|vandali[sz](?:ed|es)|threw|throw|hurl(?:ed|s)?|pelt(?:ed|s)?|"
                      r"clash(?:ed|es)?|scuffl(?:ed|es)|brawl(?:ed|s)?|fought|overran|overrun|br(?:oke|eak)\s+into)\b|"
                      # or told in the passive: "was burned to death in his vehicle by a mob" (ACLED: mob violence)
                      r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:killed|lynched|beaten|burned|burnt|stoned|hacked|stabbed|attacked|torched|looted|ransacked)\b"
                      r"[^.;:]{0,60}?\bby\s+(?:an?\s+|the\s+)?(?:(?:angry|enraged|furious|armed)\s+)?(?:mobs?|rioters)\b", re.I)
_DAY_NAMED = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tonight)\b", re.I)
_PERFECT_TOLL = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:killed|died)\b", re.I)
# a toll over a whole war: "Yemen's war has killed tens of thousands", "the conflict has claimed
# more than 4,000 lives", "10,000 people have been killed in the war"
_WAR = r"(?:war|conflict|crisis|insurgency|uprising)"
_WAR_TOLL = re.compile(rf"\b{_WAR}\b[^.;]{{0,80}}?\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:killed|claimed|"
                       rf"left\s+(?:\w+\s+){{0,4}}?dead)\b|\b(?:has|have)\s+(?:been\s+killed|died)\s+(?:in|during|since\s+the\s+start\s+of)\s+"
                       rf"(?:the\s+|(?:[A-Z][\w-]+)['\u2019]s\s+|(?:[\w-]+\s+){{0,2}}?)(?:[\w-]+\s+){{0,2}}?(?:{_WAR}|unrest|violence)\b|"
                       # "The war killed about 17,000 people", "The war that followed killed ...": the whole war's toll
                       rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?{_WAR}\s+(?:(?:that|which)\s+followed\s+)?killed\b", re.I)
_NOT_PARTIES = frozenset({"civilians"})  # victims, not a side a detail sentence adds


@dataclass
class EventFields:
    """What an event candidate says, shared by the Draft being built here and the public
    Candidate (chronoapp.core.extract), which adds the headline and the quote."""
    date_start: str
    date_end: str | None  # None: open-ended ("since 2015")
    precision: str
    date_text: str        # the date as written ("" when the date is inherited or the publication day)
    date_reason: str
    date_alternatives: list[str]
    timex_start: int | None
    timex_end: int | None
    event_type: str
    actors: list[str]
    locations: list[str]
    fatalities: int | None
    attribution: str | None
    confidence: float


@dataclass
class Draft(EventFields):
    """An event being built; becomes a public Candidate in chronoapp.core.extract."""
    headline: str = ""
    triggers: set[str] = field(default_factory=set)
    report: bool = False  # dated by the report, not the occurrence: may merge into an earlier date
    framed: bool = False  # a dated noun phrase framing another event ("in response to the killing ... in September")
    began: bool = False   # tells when something began, by month or coarser ("The protests began in early July")
    first: int = 0        # index of the first and last sentence the quote spans
    last: int = 0
    span_start: int = 0   # the quote: text[span_start:span_end]
    span_end: int = 0
    names: set[str] = field(default_factory=set)  # other proper names (people), to spot repeats
    part: int = 0  # which of the sentence's parallel clauses (see Builder.parallel) tells it
    toll_update: bool = False  # "The death toll from Friday's attack rose to 40": a new count for an event told
    toll_of: bool = False  # counts the dead of an act it names ("were killed in the strike on the station"): not its telling
    acted: bool = False  # a toll update told after an act of the sentence's own, which stays an event (see _act_before_toll)
    said_in: str | None = None  # a statement: the speaker's country, its first place whatever more specific places it names
    across: str | None = None  # a country the event spread across ("nationwide protests"): its first place after said_in
    answered_at: tuple[str, ...] = ()  # places only of the act it answered ("in retaliation for attacks in the Red Sea"): last
    apart: bool = False  # told as another thread ("Meanwhile, ...", "Elsewhere, ..."): no detail of the event before
    retells: int | None = None  # the first sentence of the earlier candidate it reports again (same_occurrence): one event
    named_back: bool = False  # dated only by naming that candidate's act by its day ("after Wednesday's clash"): no better evidence


parse_timex = lru_cache(maxsize=4096)(_parse_timex)  # the same few values, parsed very often

_CAL_VALUE = re.compile(r"^(\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|WI|SP|SU|FA))?|\d{2,3})")


def calendar_value(value: str) -> str | None:
    """The calendar part of a TIMEX3 value ('2017-08-22T02:00' -> '2017-08-22'), or None."""
    m = _CAL_VALUE.match(value or "")
    if not m:
        return None
    v = m.group(1)
    try:
        parse_timex(v)
    except DateError:
        return None
    return v
