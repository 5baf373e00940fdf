"""One candidate per occurrence: the merging of duplicate drafts.

A news story tells one occurrence several times (a lede, its details, a later toll, a recap), and
events.py builds a Draft for each telling. merge() folds the drafts that tell the same occurrence
into one (compatible dates, a shared place and trigger word, the same toll or names), keeping the
best-dated sentence as evidence; extend() grows a draft's quote over a sentence that only adds to
it. Apart from events.py because this compares drafts rather than reading cues in the text:
events.py calls merge() once at the end, and extend() and a few tests of sameness (_near,
_report_compatible, _other_day, _family) while it drafts."""
from __future__ import annotations

import datetime as dt
from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)
from collections.abc import Callable

from chronoapp.core.extract import entities
from chronoapp.core.extract.draft import (_ARMED_TYPES, _ATTACK_TYPES, _DAY_NAMED, _NOT_PARTIES, _PERFECT_TOLL, _RIOTING,
                                          _TALLY, _VIOLENT_TYPES, _WAR_TOLL, Draft, parse_timex)
from chronoapp.core.extract.sentences import Sentence


def _compatible(a: Draft, b: Draft) -> bool:
    pa, pb = parse_timex(a.date_start), parse_timex(b.date_start)
    return pa.first <= pb.last and pb.first <= pa.last and (a.date_end is None) == (b.date_end is None)


def _near(a: Draft, b: Draft, days: int = 2) -> bool:
    """Dates that overlap or lie within a couple of days ("at the weekend" and "late on Friday")."""
    pa, pb = parse_timex(a.date_start), parse_timex(b.date_start)
    gap = dt.timedelta(days=days)
    return pa.first - gap <= pb.last and pb.first - gap <= pa.last and (a.date_end is None) == (b.date_end is None)


def _other_day(a: Draft, b: Draft) -> bool:
    """a has a day of its own outside b's days, both told to the day ("The fighting broke out on
    Wednesday" after "two days of fighting" on Thursday and Friday): when it began, not a detail."""
    if a.timex_start is None or a.precision != "day" or b.precision not in ("day", "range") or b.date_end is None \
            or b.report or _undated(b):  # (a report's day is not when it happened; nor the publication day)
        return False
    day = parse_timex(a.date_start).first
    return not parse_timex(b.date_start).first <= day <= parse_timex(b.date_end).last


def _undated(d: Draft) -> bool:
    """Dated only by the publication day ("news present"): no phrase of its own tells its day."""
    return d.timex_start is None and d.date_reason.startswith("no date phrase: news present")


def _own_dates(a: Draft, b: Draft) -> bool:
    """One sentence dates the two apart, each by a phrase of its own: two occurrences, however close the dates
    ("on October 1, in response to the killing of Nasrallah in late September"; "rebels recaptured Saraqeb on
    Wednesday, cutting the M5 highway that government forces had seized earlier this month"; "fled Kiev on Saturday
    after protests that turned deadly last week"). Not a day within the other's stated span ("captured the post on
    Wednesday after two days of fighting": the day, see merge), nor a day a report was made."""
    if a.first != b.first or a.timex_start == b.timex_start:
        return False
    return a.framed or b.framed or a.timex_start is not None and b.timex_start is not None and not (a.report or b.report) \
        and a.date_start != b.date_start and not _inside(a, b) and not _inside(b, a) and not _year_of(a, b) and not _year_of(b, a)


def _year_of(a: Draft, b: Draft) -> bool:
    """a is dated by a year (or coarser) that holds b's date: a frame of comparison, "in one of the deadliest
    attacks on the city this year", not an occurrence of its own."""
    pa, pb = parse_timex(a.date_start), parse_timex(b.date_start)
    return _RANK.get(a.precision, 9) >= _RANK["year"] and pa.first <= pb.first and pb.last <= pa.last


def _told_days_apart(a: Draft, b: Draft) -> bool:
    """Two sentences that each date their act to its own, different day ("clashed in al-Mazraa on
    14 July" and "Israel struck tanks near al-Mazraa on 15 July"): two occurrences at one place."""
    return a.first != b.first and not a.report and not b.report and a.timex_start is not None and \
        b.timex_start is not None and a.precision == b.precision == "day" and \
        a.date_end == a.date_start != b.date_start == b.date_end


def _inside(a: Draft, b: Draft) -> bool:
    """a is one day within b's stated span of days."""
    if a.date_end != a.date_start or b.date_end in (None, b.date_start) or parse_timex(a.date_start).precision != "day":
        return False
    day = parse_timex(a.date_start).first
    return parse_timex(b.date_start).first <= day <= parse_timex(b.date_end).last


# a report tells what happened in the days before it: another sentence's "Fighting erupted on Sept. 27" weeks
# before is not what it told (its own sentence's "in January" is)
_REPORT_LAG_DAYS = 7


def _report_compatible(a: Draft, b: Draft) -> bool:
    """b is dated by its report: the occurrence a, dated on or before it (within weeks), may be the same."""
    return b.report and parse_timex(a.date_start).first <= parse_timex(b.date_start).last and (
        a.first == b.first or (parse_timex(b.date_start).first - parse_timex(a.date_start).last).days <= _REPORT_LAG_DAYS)


# the detail that tells an attack's weapon: "The blast hit the Mung Lai Hkyet camp", "The shells landed on the market"
_WEAPON_TOLD = re.compile(r"\s*(?:The|A|An)\s+(?:[\w-]+\s+)?(?:blast|explosion|bomb|shell|air\s*strike|airstrike|missile|rocket|"
                          r"drone|mortar)s?\s+(?:(?:had|has|have)\s+)?(?:hit|struck|tore|ripped|exploded|went\s+off|landed|"
                          r"destroyed|flattened|slammed)\b")


def extend(d: Draft, i: int, sent: Sentence, s: str, other: Draft | None = None) -> None:
    """Make the quote of d run to sentence i, taking what the new sentence adds."""
    d.last = max(d.last, i)
    d.span_end = max(d.span_end, sent.end)
    if d.fatalities is None and d.date_end is not None and not _TALLY.search(s) and not _WAR_TOLL.search(s) \
            and d.event_type not in ("statement", "diplomacy", "strategic development") \
            and not (d.event_type == "context" and _PERFECT_TOLL.search(s)):
        # (the dead a speaker tells of are no toll of the saying, nor of a step taken; "It has killed more
        # than 4,000 people" after a war's start counts the whole war up to now)
        d.fatalities = other.fatalities if other else entities.fatalities(s)
        if other is None and d.fatalities and d.event_type in _ATTACK_TYPES and "civilians" not in d.actors \
                and entities.fatality_claim(s)[1]:
            d.actors = [*d.actors, "civilians"]  # "... At least 27 civilians were killed in the bombardment": its victims
    elif d.fatalities == 1 and entities.NAMED_AND_OTHERS.search(s) and (more := entities.fatalities(s)) and more > 1:
        d.fatalities = more  # "killed Raul Reyes ..." + "Reyes and at least 16 other rebels died": seventeen
    if d.event_type == "protest" and _RIOTING.search(s):
        d.event_type = "riot"  # "Protesters threw bottles and stones at police lines": the demonstration turned violent
    if d.event_type == "violence against civilians" and _WEAPON_TOLD.match(s):
        d.event_type = "explosion/remote violence"  # "An attack on a camp killed 29 people ... The blast hit the camp": a blast
    if other is not None:
        _absorb(d, other)


def _absorb(keep: Draft, other: Draft) -> None:
    if (_RANK.get(other.precision, 9) < _RANK.get(keep.precision, 9) or keep.report
            or _undated(keep) and other.timex_start is not None and other.date_start != keep.date_start) \
            and not other.report:  # (the publication day gives way to the day a phrase tells)
        for f in ("date_start", "date_end", "precision", "date_text", "date_reason", "timex_start", "timex_end"):
            old = getattr(keep, f)
            setattr(keep, f, getattr(other, f))
            if f == "date_start":
                keep.date_alternatives = [old, *keep.date_alternatives]
    elif other.date_start == keep.date_start and keep.date_end == keep.date_start and other.date_end is not None \
            and len(other.date_end) == len(keep.date_end) == 10 and other.date_end > keep.date_end:
        # "on 9 November ... went from house to house killing ... The killings lasted until the following morning":
        # the end the other mention tells is the occurrence's end
        keep.date_end = other.date_end
        keep.date_reason += f"; to {other.date_end}, as another mention of it tells"
    alts = [*keep.date_alternatives, *other.date_alternatives]
    # (a date with no phrase of its own has no other reading: another sentence's readings are of its phrase)
    keep.date_alternatives = [a for a in dict.fromkeys(alts) if a != keep.date_start] if keep.date_text else []
    if other.event_type != "statement" or keep.event_type == "statement":  # (who vowed revenge took no part)
        keep.actors = entities.merge_actors(keep.actors, other.actors)
    keep.locations = list(dict.fromkeys(keep.locations + other.locations))
    if keep.fatalities is None:
        keep.fatalities = other.fatalities
    keep.attribution = keep.attribution or other.attribution
    keep.triggers |= other.triggers
    keep.confidence = max(keep.confidence, other.confidence)
    keep.report = keep.report and other.report
    keep.names |= other.names


_WINDOW = 40  # how many earlier candidates a new one is compared with (bounded time on huge texts)
_RANK = {"day": 0, "range": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 3, "year": 4, "decade": 5, "century": 6}


def _info(d: Draft) -> int:
    return len(d.locations[:1]) + (d.fatalities is not None) + (d.attribution is not None) + len(d.actors[:2]) - d.report


def _family(event_type: str) -> str:
    """Violent types are one family when spotting repeats: a raid told as an attack on villagers
    in one sentence and as clashes in another is still one occurrence."""
    if event_type in ("protest", "riot"):  # (ACLED's demonstrations: a protest told as a riot once stones fly)
        return "demonstration"
    return "violence" if event_type in ("battle", "explosion/remote violence", "violence against civilians") else event_type


def _same_raid(o: Draft, d: Draft) -> bool:
    """Told in the next sentence, on the same day, at the same place, by the same side: one operation
    ("police stormed the Mare complex on Wednesday. Some 900 officers entered Nova Holanda before dawn")."""
    return (d.first == o.last + 1 or o.first == d.last + 1) and o.precision == d.precision == "day" and \
        _family(o.event_type) == _family(d.event_type) == "violence" and bool(set(o.locations[:1]) & set(d.locations[:1])) \
        and bool(set(o.actors) & set(d.actors) - {"civilians"})


def _told_later(o: Draft, d: Draft) -> bool:
    """d is dated by when it was told, a few days after o ("On Saturday, the prosecutor said the toll
    from Friday's attack had risen to 305")."""
    if o.date_end is None or d.date_end is None:
        return False
    gap = (parse_timex(d.date_start).first - parse_timex(o.date_end).last).days
    return 0 < gap <= 7


def _updated(out: list[Draft], d: Draft) -> Draft | None:
    """The violent event, told before on the same days, whose death toll `d` updates."""
    put_at = d.event_type == "statement"  # a count an official gave later, higher or lower (see _TOLL_PUT_AT)
    violent = [o for o in reversed(out[-_WINDOW:]) if _family(o.event_type) == "violence"
               and (put_at or _family(d.event_type) == "violence") and not o.report and o.first != d.first]
    # the same days; else, told a few days later, a higher toll than the one told of an event (the
    # deadliest: the one a toll is followed for), unless one already carries it
    same = next((o for o in violent if _compatible(o, d) or o.fatalities == d.fatalities), None)
    # (a count an official puts on an act told with none: "The bomber struck at the Abbey Gate ... on Thursday" then
    # "Afghan health officials put the death toll at more than 90 on Friday")
    later = [o for o in violent if _told_later(o, d)
             and (o.fatalities is not None and (put_at or o.fatalities < d.fatalities) or put_at and o.fatalities is None)]
    return same or max(later, key=lambda o: o.fatalities or 0, default=None)


def _updated_next(after: list[Draft], d: Draft) -> Draft | None:
    """The violent event a lede's new toll is of, told (and dated) in the sentences just after it:
    "Rescuers pulled more bodies from the rubble on Tuesday, raising the death toll from a suicide
    bombing to 100. The bomber blew himself up on Monday inside the mosque"."""
    return next((o for o in after if o.first <= d.last + 2 and _family(o.event_type) == _family(d.event_type) == "violence"
                 and not o.report and (_compatible(o, d) or _told_later(o, d))
                 and (o.fatalities is None or o.fatalities < d.fatalities)), None)


# a day named in a date phrase: a detail's phrase with none ("shortly before 4 p.m.") tells only the hour
# (a weekday or "today", as _DAY_NAMED; or a calendar day or year)
_DAY_IN_PHRASE = re.compile(_DAY_NAMED.pattern + r"|\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
                            r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{4})", re.I)
_DETAIL_REACH = 3  # sentences after the act within which its undated details are told


def _one_days_demonstrations(o: Draft, d: Draft, country_of: Callable[[str], str | None]) -> bool:
    """One day's demonstrations told across a country in one sentence and in one of its towns in another ("police
    shot dead 19 people during demonstrations" in Nepal, "police opened fire ... when crowds tried to storm the
    parliament complex" in Kathmandu; "the protests ... grew on Tuesday" and "protesters ... in Kathmandu on Tuesday,
    torching the parliament building"): ACLED's one event of that place and day, however differently told.
    (Told with a word in common, demonstrations whose places lie within each other already share a place in merge.)"""
    if _family(o.event_type) != "demonstration" or _family(d.event_type) != "demonstration" or o.precision != "day" \
            or (o.date_start, o.date_end) != (d.date_start, d.date_end) or o.report or d.report or d.apart:
        return False
    wide, town = (o, d) if len(o.locations) <= 1 else (d, o)
    # (the wide one names no place or only the country the other's towns lie in: not two sentences of one town)
    # (nor a wave told across the country, "protests across Kenya": its towns are events of their own)
    return len(wide.locations) <= 1 and wide.across is None and bool(town.locations) and (
        not wide.locations or all(p == wide.locations[0] or country_of(p) == wide.locations[0] for p in town.locations)
        and any(p != wide.locations[0] for p in town.locations))


def _detail_of(o: Draft, d: Draft, country_of: Callable[[str], str | None]) -> bool:
    """d tells how the act o, dated to its day just before, went: no day of its own (at most an hour), no toll,
    no place but o's (its town, with a quarter, or its country) and no side o lacks ('"Heavily armed terrorists"
    surrounded the mosque ... and opened fire on worshippers' after 'Jihadist gunmen killed 44 civilians during
    Friday prayers at a mosque'; 'Explosions shook a residential compound in Doha's Leqtaifiya district shortly
    before 4 p.m.' after 'Israel struck Hamas leaders in Qatar's capital on Tuesday')."""
    if d.fatalities is not None or d.apart or d.report or o.report or o.timex_start is None or o.precision != "day" \
            or not o.last < d.first <= o.last + _DETAIL_REACH or not _family(o.event_type) == _family(d.event_type) == "violence" \
            or (o.date_start, o.date_end) != (d.date_start, d.date_end) \
            or d.timex_start is not None and _DAY_IN_PHRASE.search(d.date_text or ""):
        return False
    countries = {country_of(p) for p in o.locations} | set(o.locations)
    # (a hamlet the vocabulary does not know, "homes in the hamlet of El Bejuco", is no place outside o's, when o
    # names one: see _lede_retold; a district it does not know is an area with towns of its own, "the town of Katra
    # in Reasi district" after a lede placed only by its dateline, Jammu: left to events.py's dateline rule)
    if d.locations and not (all(p in countries or o.locations and country_of(p) is None and not entities.is_district(p)
                                for p in d.locations)
                            or d.locations[1:2] == o.locations[:1]):
        return False
    return not set(d.actors) - set(o.actors) - _NOT_PARTIES - entities.GENERIC_GROUPS


def _lede_retold(o: Draft, d: Draft, lede: int, country_of: Callable[[str], str | None]) -> bool:
    """d, the sentence right after the article's lede o, retells o's act with a day of its own: the day before
    the report of a "said on Thursday", one day of o's "last week", or an hour of o's day ("at around 7:45
    p.m."; a day named again is left to merge()'s other tests). "Suspected Islamist rebels killed at least 36
    people in an overnight attack ..., the army said on Thursday." then "Fighters of the ADF attacked Mukondi
    ... on Wednesday night": one occurrence, when of one kind of violence, with no other toll, no place outside
    o's country and a side in common (or one of them names none: "Men in military uniforms ...")."""
    if o.first != lede or d.first != o.last + 1 or d.timex_start is None or d.precision != "day" or d.date_end != d.date_start \
            or o.date_end is None or o.timex_start is None or d.apart or o.began or d.began \
            or not _family(o.event_type) == _family(d.event_type) == "violence" \
            or d.fatalities is not None and o.fatalities not in (None, d.fatalities):
        return False
    # (the day before only a report's day: a lede dated to its own day, "for a second day on Friday", is not
    # retold by Thursday's opening clash; nor a stated span, "over the weekend", by one of its days)
    day, told = parse_timex(d.date_start).first, parse_timex(o.date_start)
    # (nor the weekend of "attacks on two villages over the weekend": each of its days may be a village of its own)
    if not told.first - dt.timedelta(days=o.report) <= day <= told.last or o.date_end != o.date_start \
            or told.precision not in ("day", "week") or o.date_start.endswith("WE") \
            or d.date_start == o.date_start and _DAY_IN_PHRASE.search(d.date_text or ""):
        return False
    # (a village the vocabulary does not know, "Karma, in Yatenga province", is no place outside the lede's country)
    countries = set(o.locations) | {country_of(p) for p in o.locations}
    if o.locations and any(p not in countries and country_of(p) not in (None, *countries) for p in d.locations):
        return False
    sides, its_sides = set(o.actors) - _NOT_PARTIES, set(d.actors) - _NOT_PARTIES
    return not sides - entities.GENERIC_GROUPS or not its_sides - entities.GENERIC_GROUPS or bool(sides & its_sides)


def _lede_with_detail(o: Draft, d: Draft, country_of: Callable[[str], str | None]) -> Draft:
    """The lede's quote and kind, run over its detail sentence, dated and placed as the detail tells it."""
    merged = Draft(**{**o.__dict__})
    merged.last, merged.span_end = d.last, d.span_end
    for f in ("date_start", "date_end", "precision", "date_text", "date_reason", "timex_start", "timex_end"):
        setattr(merged, f, getattr(d, f))
    merged.date_alternatives = [a for a in dict.fromkeys([o.date_start, *o.date_alternatives, *d.date_alternatives])
                                if a != d.date_start]
    merged.report = False
    _absorb(merged, d)
    if not set(o.actors) - _NOT_PARTIES:
        merged.event_type = d.event_type  # (a lede that names no side tells the act less well than its detail)
    if not o.locations or country_of(o.locations[0]) == o.locations[0]:
        merged.locations = list(dict.fromkeys(d.locations + o.locations))  # the village, not the lede's country
    return merged


def _town(place: str, country_of: Callable[[str], str | None]) -> bool:
    """A place the vocabulary knows below its country that is no province or region: a town ("Mosul")."""
    return country_of(place) not in (None, place) and not entities.is_region(place)


def _placed_within(d: Draft, o: Draft, country_of: Callable[[str], str | None]) -> bool:
    """Every place of d is one of o's or the country of one ("Nepal" within "Kathmandu")."""
    return set(d.locations) <= set(o.locations) | {country_of(p) for p in o.locations}


def _country_and_towns(o: Draft, d: Draft, country_of: Callable[[str], str | None]) -> bool:
    """One day's act of one kind placed by its country in one sentence and by towns of that country in another
    ("the Easter Sunday bombings ... in Sri Lanka" and "Suicide bombers struck three churches and three hotels in
    Colombo, Negombo and Batticaloa on Sunday"; "Indian jets struck a camp inside Pakistan" and "Indian warplanes
    bombed a camp near the town of Balakot"): one place, for a shared trigger word to tell one occurrence. Not a
    wave told across the country ("strikes across Ukraine"), nor a town's act with a toll of its own ("killing 20"
    across the country, "In Kyiv, a missile ... killing 16": a part of it, an event of its own)."""
    if o.event_type != d.event_type or o.event_type not in _VIOLENT_TYPES or o.precision != "day" or d.precision != "day" \
            or (o.date_start, o.date_end) != (d.date_start, d.date_end) or o.report or d.report or o.apart or d.apart \
            or None not in (o.fatalities, d.fatalities) and o.fatalities != d.fatalities:
        return False
    wide, town = (o, d) if len(o.locations) == 1 and country_of(o.locations[0]) == o.locations[0] else (d, o)
    return len(wide.locations) == 1 and wide.across is None and country_of(wide.locations[0]) == wide.locations[0] \
        and bool(town.locations) and all(country_of(p) == wide.locations[0] != p for p in town.locations)


def merge(drafts: list[Draft], country_of: Callable[[str], str | None] = lambda _place: None) -> list[Draft]:
    """One candidate per occurrence: compatible dates and a shared place and trigger word, or
    the same death toll. Adjacent sentences become one quote; otherwise the sentence with the
    finer date (then the more informative one) is kept as evidence."""
    updates = set()  # sentences that give a new toll for an event told before: no event of their own
    for k, d in enumerate(drafts):
        told = _updated(drafts[max(0, k - _WINDOW):k], d) or _updated_next(drafts[k + 1:k + 3], d) if d.toll_update else None
        if told is not None:  # (a count put at N later is the newer figure, even a lower one: "nearly 100" then 84)
            told.fatalities = d.fatalities if d.event_type == "statement" else max(told.fatalities or 0, d.fatalities)
            if d.acted:
                d.fatalities = None  # (the count is the earlier act's; the day's own act stays, without it)
            else:
                updates.add(d.first)
        elif d.toll_update and d.event_type == "statement":
            d.fatalities = None  # a saying kills no one: the count stays with its act
    # a candidate told after another in its sentence, in a side clause ("French warplanes pounded ..., helping troops to
    # retake Konna, which the rebels had seized the day before") is poorer evidence than a sentence of its own telling
    # it again ("The Islamists captured Konna on Thursday")
    side, firsts = set(), set()
    for x in drafts:
        if x.first in firsts:
            side.add(id(x))
        firsts.add(x.first)
    shared = {x.first for x in drafts if id(x) in side}  # the sentences telling more than one
    out: list[Draft] = []
    for d in drafts:
        if d.toll_update and d.first in updates:
            continue
        for idx in range(max(0, len(out) - _WINDOW), len(out)):
            o = out[idx]
            if _lede_retold(o, d, drafts[0].first, country_of):
                out[idx] = _lede_with_detail(o, d, country_of)
                break
            if (o.first, o.date_start, o.date_end, o.part) == (d.first, d.date_start, d.date_end, d.part) and \
                    (o.headline == d.headline or o.event_type == d.event_type):
                break  # (two clauses of one sentence on the same day, of other kinds, are two events:
                # "Tigrayan forces retook Mekelle on 28 June, and the government declared a ceasefire the same day")
            same_toll = o.fatalities is not None and o.fatalities == d.fatalities and o.fatalities > 1  # one death is too common to tell
            same_date = _compatible(o, d) or _report_compatible(o, d) or _report_compatible(d, o) or \
                (same_toll or o.names & d.names) and _near(o, d) and not _own_dates(o, d) and not _told_days_apart(o, d) \
                or o.first == d.first and _inside(o, d)
            # (a place: the same first one, or for one kind of violence, one's only place among the other's:
            # "Somalia" and "Ceel Dheer, Somalia")
            same_place = set(o.locations[:1]) & set(d.locations[:1]) or o.event_type == d.event_type in _VIOLENT_TYPES and (
                d.locations[:1] == d.locations and set(d.locations) & set(o.locations) or
                o.locations[:1] == o.locations and set(o.locations) & set(d.locations))
            # (a day's street movement told in its town, then in its country, as a riot or a protest: "protesters
            # torched parliament in Kathmandu on Tuesday" and "the protests ... grew on Tuesday into a broader revolt")
            same_place = same_place or _country_and_towns(o, d, country_of) or \
                _family(o.event_type) == _family(d.event_type) == "demonstration" and bool(
                o.locations and d.locations) and (_placed_within(d, o, country_of) or _placed_within(o, d, country_of))
            # (or ACLED's unit: one kind of violence, one day, one place, one side: "Taliban insurgents seized
            # Kunduz on Monday ... Hundreds of Taliban fighters attacked the city before dawn on Monday")
            same_cell = o.event_type == d.event_type in _ARMED_TYPES and o.precision == d.precision == "day" and \
                not (o.report or d.report) and \
                bool(o.locations[:1]) and o.locations[:1] == d.locations[:1] and \
                (bool(set(o.actors) & set(d.actors)) or d.first == o.last + 1 and (not (o.actors and d.actors) or d.timex_start is None))
            # (the next sentence, where only one names a side, is the same fight: "The assault on Grozny began on
            # 31 December 1994. Russian armoured columns were ambushed in the city's streets"; so is one with no date
            # of its own that names the other side: "On March 4, fighters from the White Army overran an army garrison
            # outside the town. Several soldiers were killed, and dozens of others fled or were captured")
            told_alike = (same_place and o.triggers & d.triggers) or same_toll or \
                (o.names & d.names and (o.triggers & d.triggers or _family(o.event_type) == _family(d.event_type) == "violence")) or \
                _same_raid(o, d)
            # (the next sentence, undated, at a town of the country the event swept: "explosions hit walkie-talkies
            # across Lebanon on Wednesday ... One blast struck near a funeral in Beirut's southern suburbs")
            # (not one with a toll of its own: "In Kyiv, a missile hit a warehouse ..., killing at least 16 people")
            # (also one told at an hour of that day: "Members of ARSA and the RSO clashed in camps in Ukhiya ... before
            # dawn" after "Gunfights ... in southern Bangladesh killed five people on Thursday": the same fight)
            inside = d.first == o.last + 1 and d.fatalities is None \
                and (d.timex_start is None or (d.date_start, d.date_end) == (o.date_start, o.date_end) and d.precision == "day") \
                and o.event_type == d.event_type in _VIOLENT_TYPES \
                and o.locations[:1] == o.locations and o.locations and d.locations \
                and any(country_of(n) == o.locations[0] for n in d.locations)
            same_thing = told_alike or same_cell or d.retells == o.first or inside or _detail_of(o, d, country_of) \
                or _one_days_demonstrations(o, d, country_of)
            if not (same_date and same_thing and (_family(o.event_type) == _family(d.event_type) or o.report or d.report)) \
                    or d.apart and d.first > o.last or _own_dates(o, d) or (o.began or d.began) and o.precision != d.precision:
                continue
            if o.event_type == d.event_type == "statement" and not set(o.actors) & set(d.actors) and \
                    not (o.attribution and o.attribution == d.attribution):
                continue  # two speakers on one day and topic ("accused each other ...", "a spokesman said ...") said two things
            if d.first == o.last + 1 or o.first == d.last + 1:
                first, second = (o, d) if o.first < d.first else (d, o)
                merged = Draft(**{**first.__dict__})
                merged.last, merged.span_end = second.last, second.span_end
                if first.report and not second.report:
                    merged.report = False
                    for f in ("date_start", "date_end", "precision", "date_text", "date_reason", "timex_start", "timex_end"):
                        setattr(merged, f, getattr(second, f))
                _absorb(merged, second)
            elif o.first == d.first and (_inside(o, d) or _inside(d, o)):
                # "captured the post on Wednesday after two days of fighting": the day, not the span
                keep, other = (o, d) if _inside(o, d) else (d, o)
                merged = Draft(**{**keep.__dict__})
                merged.date_alternatives = [*keep.date_alternatives, other.date_start]
                _absorb(merged, other)
            else:
                better = (_RANK.get(d.precision, 9), -_info(d)) < (_RANK.get(o.precision, 9), -_info(o))
                # (told again in other words, the first telling stays the evidence: a lede, then its details)
                # (nor is a later sentence that names it by its day, "after Wednesday's clash", the better evidence)
                # (but a toll of the act told first, as a live blog's newest entry, gives way to the entry telling the
                # act: "The number of people killed in Saturday's strike ... has risen to 40" then "A missile hit a
                # nine-storey apartment block ... on Saturday afternoon")
                keep, other = (d, o) if (better and not d.report and told_alike and not (d.named_back and d.retells == o.first)) \
                    or o.report or o.toll_of and not d.toll_of and not d.report \
                    or id(o) in side and d.first not in shared and not d.report and told_alike else (o, d)
                merged = Draft(**{**keep.__dict__})
                _absorb(merged, other)
            if _detail_of(o, d, country_of) and any(_town(p, country_of) for p in o.locations):
                # (a detail's spot the vocabulary does not know lies at the act's town, which stays its place:
                # "battled a rival group ... near the town of Tepalcatepec" then "drones dropping devices on homes in
                # the hamlet of El Bejuco"; an act placed only in a state takes it: "ambushed a convoy of state police
                # in the western Mexican state of Michoacan" then "The police were attacked in the town of El Aguaje")
                merged.locations = [p for p in merged.locations if p in o.locations or country_of(p) is not None]
            out[idx] = merged
            break
        else:
            out.append(d)
    return out
