"""Event follow-ons: the sentences that follow an event told, and what they add to it.

A sentence right after an event (or past one sentence with no cue and no date of its own: bridged; of
the candidates one sentence made, the one it goes on about: _closest) may only tell more of it: a side
telling its own losses (own_loss), a report dated only by its telling (reports_adjacent), the words of
its source or of a side in it, quoted (quotes_adjacent), a detail with no date of its own (continues:
its toll, toll_only; what witnesses heard, heard_only; detail_of), a violent act on "the base" it hit
(same_target), the event named again (names_anaphor; not as what another act answered: _answers), not
in another country (other_country); a date that only says when it ended (ended_last); a sentence that
only said when an attack began, before the one that tells it (only_dates_next). Further back: the
violent event a toll counts (toll_of_last), the earlier event a sentence retells (same_occurrence: the
same toll, place or name; named_by_place: "the Damboa attack"; placed_before: the place the sentence
before names; other_version_of: after "gave a different account"), and an act timed hours from the
one told last, an event of that day (came_hours_after).

Apart from events.py because this reads what a sentence adds to the events already told
(FollowOnFinding's docstring names what it reads from the Builder); events.py decides which sentences
and dates make events and asks this module whether a sentence extends the event before it and which
earlier event it retells; this module never imports events.py.
"""
from __future__ import annotations

import bisect
from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)

from chronoapp.core.extract import entities
from chronoapp.core.extract.draft import (_ARMED_TYPES, _PERFECT_TOLL, _TALLY, _VIOLENT_TYPES, _WAR_TOLL, Draft, calendar_value,
                                          parse_timex)
from chronoapp.core.extract.duplicates import _WINDOW, _family, extend
from chronoapp.core.extract.event_actors import _SEPARATE, _SPEECH_VERB, UNIDENTIFIED
from chronoapp.core.extract.event_places import _quarter_of_town
from chronoapp.core.extract.event_statements import _ANAPHOR, _OFFICIAL_SAYS, _QUOTE_LED
from chronoapp.core.extract.event_types import _CLAIMED_ON, _DEMAND, finite_violent
from chronoapp.core.extract.headlines import _FUNCTION_WORDS, _finite_word_in
from chronoapp.core.extract.sentences import Sentence

# a sentence that only counts dead or hurt: "He said four of the attackers had been killed.", "Two soldiers were wounded."
_PASSIVE_TOLL = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,5})?\s*[-\u2013\u2014]\s+)?"  # (a live blog's time stamp)
                           # "Iran's ambassador to Lebanon, Mojtaba Amani, was among those wounded, state media reported"
                           r"(?:[^.;]{3,90}?\s(?:was|were)\s+among\s+(?:those|the)\s+(?:killed|wounded|injured|hurt|dead)\b"
                           r"[^.;]{0,60}\.?\s*$|"
                           r"(?:(?:He|She|They|It|Police|Officials|(?:The|A)\s+[\w-]+)\s+(?:said|says|added)\s+(?:that\s+)?)?"
                           r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|another\s+)?[\w,-]+\s+(?:(?:of\s+)?(?:the|them|their)\s+)?"
                           r"(?:[\w-]+\s+){0,5}?(?:had\s+been|have\s+been|were|was)\s+(?:also\s+)?(?:killed|wounded|injured|hurt)\b"
                           # (the source after it: "..., Salangi said.")
                           r"[^,;:]{0,40}?(?:,\s+(?:[\w.'\u2019-]+\s+){1,4}?(?:said|says|added|told\s+[\w.]+))?\.?\s*$)", re.I)
# the event just told, named, came to its end: "before the siege ended on 19 June"
_ENDED = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:siege|standoff|stand-off|occupation|hostage\s+crisis|hostage-taking|"
                    r"fighting|battle|assault|offensive|raid|attack)\s+(?:finally\s+)?(?:ended|was\s+(?:over|lifted|broken))\s+"
                    r"(?:(?:on|in|at|by)\s+)?$", re.I)
# "The attack came hours after Chinese Foreign Minister Wang Yi visited President Deby": that act, the same day
_CAME_HOURS_AFTER = re.compile(r"(?:It|This|That|The\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:came|comes|happened|occurred|took\s+place)\s+"
                               r"(?:just\s+|only\s+|barely\s+)?(?:hours|minutes|moments|shortly)\s+(?:after|before)\s+")
_THE_TARGET = re.compile(r"\b[Tt]he\s+(?:(?:al-|el-)?[A-Z][\w'\u2019-]*\s+){0,3}(?P<noun>base|camp|post|outpost|garrison|barracks|checkpoint|convoy|market|school|"
                         r"hospital|church|mosque|monastery|temple|compound|depot|station|prison|village|town|"
                         r"centre|center|facility|shelter|hotel|airport|embassy|factory|refinery)\b(?!\s+of\b)")  # see Builder.same_target
# a sentence that only dates an attack the next one tells (a dateline may come first)
_EVENT_BEGAN = re.compile(r"(?:[A-Z][\w ,.'-]{0,40}\s[-\u2013\u2014]+\s+)?(?:The|An?)\s+(?:[\w-]+\s+)?(?:attack|assault|raid|"
                          r"offensive|fighting|battle|ambush|violence)\s+(?:began|started|came|happened|took\s+place|unfolded)\b")
_THE_ATTACKERS = re.compile(r"\bthe\s+(?:attackers|assailants|raiders|gunmen|militants|insurgents)\s+(?:had\s+)?"
                            r"(?:raided|attacked|stormed|struck|opened\s+fire|fired|killed|torched|burned|set\s+fire)\b")
# the event named as what another act went after: "jets destroyed vehicles used in the attack" is a new act
_ITS_AUTHORS = re.compile(r"\b(?:used\s+in|behind|responsible\s+for|(?:who|that)\s+(?:carried\s+out|staged|launched)|"
                          r"involved\s+in|perpetrators\s+of|planners?\s+of|masterminds?\s+of)\s+$", re.I)
# an event named by its place ("four were wounded in the Damboa attack"): the one told there before
_PLACE_NAMED_ATTACK = re.compile(r"\b[Tt]he\s+(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+(?:attack|raid|"
                                 r"(?:air\s*)?strike|assault|ambush|bombing|blast|massacre|shelling|killings)\b")
# a side's own version of what it had done ("Russia's Defence Ministry said it had struck a command post in Kramatorsk")
_SIDE_SAYS_IT_HAD = re.compile(r"\b(?:said|says|claimed)\b[^.;]{0,60}?\b(?:that\s+)?(?:it|they|its\s+(?:forces|troops|fighters|"
                               r"units|jets|aircraft)|their\s+(?:forces|fighters))\s+had\s+(?!not\b|no\b|never\b)")
# a sentence announcing another side's telling of the event just told: what follows retells it
_OTHER_VERSION = re.compile(r"\b(?:gave|offered|had|has|presented|put\s+forward|told)\s+(?:a|an|its\s+own|their\s+own)\s+"
                            r"(?:(?:very|starkly|sharply)\s+)?(?:different|differing|conflicting|contrasting|contradictory|opposing)\s+"
                            r"(?:account|version|story|narrative)\b", re.I)
_SUBJECT_ANAPHOR = re.compile(r"(?:(?:[^,]{0,80}?|[^,]{0,40}?,\s+who\s[^,]{0,60},\s+)"  # ("The official, who asked not to be named, said")
                              # (a local paper's own finding: "Daily Trust gathered that the bandits ...", "It was learnt that")
                              r"\b(?:said|says|told\s+\w+|reported|gathered|learnt|learned)\s+(?:that\s+)?)?"
                              r"(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat|(?:All|Both)(?:\s+(?:the|of\s+the))?|"  # ("All four attackers")
                              r"(?:Most|Many|Some|Half|Several|Nearly\s+all|Almost\s+all|Among)\s+(?:of\s+)?the)\s+(?:\w+\s+)?"  # ("Most of the dead")
                              r"(?:attacks?|raids?|strikes?|air\s*strikes?|operations?|"
                              r"assault|ambush|blasts?|explosions?|bombings?|shelling|killings?|victims|dead|wounded|injured|"
                              r"men|women|villagers|civilians|soldiers|bodies|"  # "The men ... were shot dead early on Sunday"
                              r"two|three|four|five|six|seven|eight|nine|ten|\d+|gunmen|attackers|assailants|"
                              r"militants|jihadists|insurgents|fighters|raiders|bombers?|bandits|kidnappers|abductors|hoodlums|"
                              # the weapon just told: "The drone hit a training academy at the base"
                              r"drones?|rockets?|missiles?|shells?|bombs?|mines?|landmines?|IEDs?|grenades?)\b")
_NEW_OCCURRENCE = re.compile(r"\b(?:(?:other|another|separate|a\s+second|a\s+further)\s+(?:\w+\s+)?(?:attacks?|raids?|"
                             r"strikes?|incidents?|clash(?:es)?|bombings?|explosions?|blasts?|ambush(?:es)?|shelling)|"
                             r"separately|elsewhere|also\s+in|"
                             # "Hours earlier, the bodies of 20 men were found": another time, another occurrence
                             r"(?:hours|minutes|days|weeks|a\s+day|a\s+week)\s+(?:earlier|later)(?=,)|"
                             # "Hours after the strike, RSF fighters shelled El Fasher": timed by the event, not of it
                             r"^(?:hours|minutes|days|weeks|a\s+day|a\s+week)\s+(?:after|before)\s+the\s+[\w-]+(?=,))\b", re.I)
# what witnesses heard: "they heard heavy gunfire", "Explosions were heard in Tehran"
_HEARD = re.compile(r"\b(?:heard|hear|hearing)\s+(?:(?:the\s+)?(?:sounds?|noise)\s+of\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:gunfire|gunshots|shots|shooting|explosions?|blasts?|shelling|artillery\s+fire)\b|"
                    r"\b(?:gunfire|gunshots|shots|shooting|explosions?|blasts?|shelling)\s+(?:(?:was|were|could\s+be)\s+)?heard\b", re.I)
_OTHER_TIME = re.compile(r"(?:Hours|Minutes|Days|Weeks|A\s+day|A\s+week)\s+(?:earlier|later),")
# a side's own losses: "said (on Sunday) (that) one of its fighters had been killed", "two of their men died"
_OWN_LOSS = re.compile(r"\b(?:said|says|confirmed|announced|acknowledged|admitted)\s+(?:in\s+a\s+statement\s+)?"
                       r"(?:(?:on|late\s+on|early\s+on)\s+\w+\s+|\w+day\s+)?(?:that\s+)?(?:\w+|\d+)\s+of\s+(?:its|their|his)\s+"
                       r"(?:\w+\s+)?(?:fighters|members|soldiers|troops|men|commanders|officers|militants|personnel|combatants)\s+"
                       r"(?:(?:had|has|have)\s+been|was|were)?\s*(?:killed|died)\b", re.I)
# "Al-Shabaab claimed responsibility ... and said it had killed 27 soldiers": about an attack already told
# an outsider's verdict on an act told before: "Russian President Vladimir Putin condemned the strikes",
# "Guterres welcomed the deal in a statement issued in New York"
_REACTION = re.compile(r"\b(?:condemn(?:ed|s)|denounc(?:ed|es)|deplor(?:ed|es)|welcom(?:ed|es))\b", re.I)
_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit)\b", re.I)
_SAID_VERB = re.compile(r"\b(?:said|says|told|reported)\b", re.I)  # where a speaker's words begin
_SOURCE_COUNTS = re.compile(r"\b(?:said|says|say|told|reported|added|according\s+to)\b", re.I)  # a source gives a count
# force turned on a crowd: "opened fire on protesters", "fired tear gas at the demonstrators"
_AT_PROTESTERS = re.compile(r"\b(?:on|at|into)\s+(?:the\s+)?(?:protesters|protestors|demonstrators|crowds?|marchers)\b", re.I)
_AGENTLESS_HARM = re.compile(r"\b(?:was|were|(?:had|has|have)\s+been)\s+(?:\w+ly\s+)?(?:hit|struck|killed|shelled|bombed|"
                             r"targeted|attacked|destroyed|damaged|wounded|injured)\b(?![^.;]{0,60}\bby\s)", re.I)
# harm told without its doer: "were killed", "was among the dead", "had been raped" (not "were killed by a drone")
_PASSIVE_HARM = re.compile(r"\b(?:was|were|(?:had|has|have)\s+been)\s+(?:\w+ly\s+)?(?P<verb>(?:killed|wounded|injured|raped|"
                           r"abducted|kidnapped|executed|(?:\w+\s+)?among\s+the\s+(?:dead|killed|victims))"
                           r"(?:\s+(?:and|or)\s+(?:\w+\s+){0,4}?(?:killed|wounded|injured|raped|abducted|kidnapped|captured|"
                           r"taken\s+prisoner))?)\b(?![^.;]{0,60}\bby\s)|"
                           # a count told by a source: "NNA reported one person wounded", "we deplore 4 soldiers killed"
                           r"\b(?:reported|confirmed|counted|deplored?|recorded)\s+(?P<count>(?:\w+\s+){1,3}?(?:killed|wounded|"
                           r"injured|dead)(?:\s+and\s+(?:\w+\s+){0,3}?(?:killed|wounded|injured|dead|missing))?)\b", re.I)
_ANOTHER = re.compile(r"\s*(?:and\s+)?(?:(?:on|in|by|early|late)\s+[^,]{3,30}?,?\s+)?(?:another|a\s+(?:second|third|fourth))\s+"
                      r"(?:one\s+)?(?:hit|struck|landed|exploded|slammed)\b", re.I)
_HURT_ONLY = re.compile(r"(?:[\w'\u2019-]+\s+){1,4}(?:were|was)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b(?![^.;]*\b(?:killed|dead|died)\b)")
_THE_GROUP = re.compile(r"\b(?:the|this)\s+group(?:['\u2019]s)?\b", re.I)
# others drawn into the fight just told: "Dozens of gunmen from the Maute group came to his aid", "joined the fighting"
_JOINED_THE_FIGHT = re.compile(r"\b(?:came|rushed|went|raced)\s+to\s+(?:his|her|their|its|the)\s+(?:\w+['\u2019]s?\s+)?"
                               r"(?:aid|rescue|defen[cs]e)\b|\bjoined\s+(?:in\s+)?the\s+(?:fight|fighting|battle|clashes|assault)\b", re.I)
# "No one was killed, but residents said dozens of families fled to X": the harm of the event before
_NO_HARM = re.compile(r"(?:No\s+one|Nobody|No\s+(?:casualties|deaths|injuries|fatalities))\s+(?:was|were|has|had|have)\b|"
                      r"There\s+(?:were|was|have\s+been)\s+no\s+(?:casualties|deaths|injuries|fatalities)\b")
# "Two others were wounded and taken to hospital": more victims of the event just told
_OTHERS_HURT = re.compile(r"(?:[\w-]+\s+)?others\s+(?:were|was|had\s+been)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|killed)\b")
# (a day named in both is no topic in common: "... on Tuesday" and "set parliament on fire on Tuesday afternoon")
_CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
    afternoon evening night week month year january february march april june july august september october
    november december""".split())


def _answers(s: str) -> bool:
    """The sentence names the event as what its act went after ("jets had destroyed vehicles used in the
    attack"): a response, another occurrence, not more of the event."""
    m = _ANAPHOR.search(s)
    return m is not None and _ITS_AUTHORS.search(s, 0, m.start()) is not None


def _content_words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][\w-]{3,}", s.lower()) if w not in _FUNCTION_WORDS and w not in _CALENDAR_WORDS}


def _closest(made: list[Draft], s: str) -> Draft:
    """Of the candidates one sentence made, the one the next sentence s goes on about: most words
    of its headline in s; on a tie, an incident before a background clause ("... killed 21 soldiers on
    Monday, the deadliest attack since the offensive began last year. The fighters detonated ..."), then the
    sentence's own act before one it was counted from (", two days after Iran struck ..."), else the last)."""
    words = _content_words(s)
    return max(reversed(made), key=lambda d: (len(words & _content_words(d.headline)), d.event_type != "context", not d.framed))


# what a source says of the dead of an act already told, and only that: the toll rising or about to
# ("the death toll had risen to 90", "the toll could rise"), the state of the dead ("many of the dead were burned
# beyond recognition", "35 bodies had yet to be identified")
_TOLL_SAID = re.compile(r"\b(?:said|says|told\s+[\w.]+|warned|added)\b[^.;]{0,60}?\b(?:"
                        r"(?:the\s+)?(?:death\s+)?toll\s+(?:had\s+|has\s+)?(?:risen|rose|climbed|could|might|may|would|"
                        r"(?:is|was)\s+(?:likely|expected)\s+to)\b|"
                        r"(?:many|most|some)\s+of\s+the\s+(?:dead|victims|bodies)\s+(?:were|had\s+been)\b)", re.I)
# an act of its own the same saying tells: "security forces had recovered 79 bodies and the toll was likely to rise"
_BODIES_HANDLED = re.compile(r"\b(?:recovered|retrieved|found|discovered|pulled|exhumed|buried)\b", re.I)


_AND_THEN_SAID = re.compile(r",\s+and\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){1,4}?(?:said|says|announced|warned)\s+(?:(?:late|early)\s+)?(?:on\s+)?")


class FollowOnFinding:
    """The Builder's follow-on finding (events.Builder inherits it). Reads from the Builder: `text`,
    `sentences`, `timexes`, `_tx_starts` (the timexes' starts, for bisect), `vocab`, `cast`,
    `known_places`, `drafts` (the candidates made so far), the set `_went_on` (set up in
    Builder.__init__; ended_last adds to it, run reads it), the Builder's methods make, names,
    places_in, actors_in and _content, EventTyping's cues and find_cues, PlaceFinding's in_country_of
    and StatementFinding's report_date and party_says. The Builder calls these on self: run bridged,
    own_loss, quotes_adjacent, reports_adjacent, continues, heard_only, toll_of_last, came_hours_after,
    other_version_of, only_dates_next, names_anaphor, same_target, other_country and detail_of; dated
    ended_last and same_occurrence; undated named_by_place, same_occurrence and placed_before."""

    def bridged(self, previous: Draft, i: int) -> bool:
        """One sentence with no cue and no date of its own lies between the event and sentence i, all in
        one paragraph ("... fired on supporters in Maputo. A police officer shot X in the chest as he ran
        away. He died at the scene."): sentence i still follows that event."""
        if previous.last != i - 2 or len({self.sentences[j].paragraph for j in (i - 2, i - 1, i)}) > 1:
            return False
        mid = self.sentences[i - 1]
        k = bisect.bisect_left(self._tx_starts, mid.start)
        return not (k < len(self.timexes) and self.timexes[k].start < mid.end) and \
            not self.cues(self.text[mid.start:mid.end])

    def own_loss(self, s: str, sent: Sentence, txs, adjacent: Draft | None) -> str:
        """"Hizbollah said one of its fighters had been killed" right after an event, with no
        date, place or violence of its own: a side telling its losses, not a new occurrence.
        "extend" the event before when the speaker is a party to it, else "drop" the sentence;
        "" when the sentence says more (or follows no violent event)."""
        if adjacent is None or adjacent.event_type not in _VIOLENT_TYPES:
            return ""
        m = _OWN_LOSS.search(s)
        if m is None or _NEW_OCCURRENCE.search(s) \
                or any(calendar_value(t.value) and not self.report_date(sent, t) for t in txs):
            return ""
        rest = s[m.end():]
        if set(self.vocab.cues.find(rest)) & set(_VIOLENT_TYPES):
            return ""
        key = lambda a: entities.actor_key(a, self.vocab)  # noqa: E731
        who = {key(a) for a in self.actors_in(s[:m.start()], self.cast)}
        if who & {key(a) for a in adjacent.actors}:
            return "extend"
        rank = lambda p: entities.place_rank(p, self.vocab, self.known_places)  # noqa: E731
        if any(rank(p) < 3 and p not in adjacent.locations for p in self.places_in(rest)):
            return ""  # "... had been killed in Khiam": maybe another strike
        return "extend" if self.places_in(rest) else "drop"

    def reports_adjacent(self, s: str, sent: Sentence, txs, cues: dict, adjacent: Draft) -> bool:
        """"Gunmen stormed a police post on October 3. Five policemen were killed, the police
        chief said the next day.": a sentence dated only by its report, right after a violent
        event and told a few days later at most, naming no other place and no other incident,
        tells more of that event."""
        dates = [t for t in txs if calendar_value(t.value)]
        if not dates or adjacent.event_type not in _VIOLENT_TYPES or adjacent.date_end is None \
                or not all(self.report_date(sent, t) for t in dates) or not finite_violent(s, cues) \
                or _NEW_OCCURRENCE.search(s) or _TALLY.search(s) or _answers(s) or _CLAIMED_ON.search(s) \
                or self.hypothetical(s, cues) is not None:
            return False  # (a claim of it made on a day it names is the claimant's own act: "claimed responsibility on Friday evening";
            # a threat is the speaker's own saying: "said on Monday it would execute a captive every time Israel struck civilians")
        told = parse_timex(calendar_value(dates[0].value))
        if not 0 <= (told.first - parse_timex(adjacent.date_end).last).days <= 3 or told.precision != "day":
            return False
        said = _AND_THEN_SAID.search(self.text, sent.start, dates[0].start)
        if said is not None and said.end() == dates[0].start:
            return False  # "The United States has carried out air strikes ..., and the Pentagon said on Monday that it was
            # "deeply concerned"": a saying of its own, in a clause of its own, no report of the act
        rank = lambda p: entities.place_rank(p, self.vocab, self.known_places)  # noqa: E731
        return all(p in adjacent.locations or rank(p) >= 3 for p in self.places_in(self._content(s)))

    def quotes_adjacent(self, s: str, sent: Sentence, txs, adjacent: Draft) -> bool:
        """'"Last night, attempts ... to carry out terrorist attacks ... were thwarted," the ministry said in a
        statement' right after the ministry's drones shot down overnight: the words of the event's own source
        or of a side in it, quoted, dated (if at all) by their telling or the event's day, tell that event again."""
        m = _QUOTE_LED.match(s) if s[:2].lstrip()[:1] in "\"\u201c" else None
        if m is None or not _SPEECH_VERB.search(m.group("att")) or _NEW_OCCURRENCE.search(s) or adjacent.date_end is None:
            return False
        first, last = parse_timex(adjacent.date_start).first, parse_timex(adjacent.date_end).last
        told_from = sent.start + m.start("att")  # (a date after the quote dates its telling: a few days after at most)
        for x in txs:
            if not (v := calendar_value(x.value)) or self.report_date(sent, x):
                continue
            p = parse_timex(v)
            if not (first <= p.first and p.last <= last or
                    x.start >= told_from and p.precision == "day" and 0 <= (p.first - last).days <= 3):
                return False
        att = m.group("att")
        key = lambda a: entities.actor_key(a, self.vocab)  # noqa: E731
        sides = {key(a) for a in adjacent.actors}
        speakers = {key(a) for a in self.actors_in(att, self.cast)}
        # (the source named again by its head noun: "the Russian Defense Ministry" ... "the ministry")
        source = adjacent.attribution or ""
        head = re.match(r"\s*(?:the|its)\s+([a-z]+)\b", att)
        same_source = head is not None and re.search(rf"\b{head.group(1)}\b", source, re.I) is not None
        places = self.places_in(self._content(m.group("q")))
        return (same_source or bool(speakers & sides)) and all(self.in_country_of(p, adjacent) for p in places)

    @staticmethod
    def names_anaphor(s: str) -> bool:
        """The sentence names the event just told ("the raid, which took place on Friday"), not as
        what someone demands ("residents marched on Sunday to demand an end to the violence")."""
        m = _ANAPHOR.search(s)
        return m is not None and not _DEMAND.search(s, 0, m.start()) and not _answers(s)

    def same_target(self, s: str, d: Draft, adjacent: Draft) -> bool:
        """"Jihadists killed 50 soldiers in an attack on a military base. JNIM fighters stormed the
        base at dawn.": a violent act on "the base" the violent event just before hit ("a ... base")
        tells more of that event."""
        if d.event_type not in _VIOLENT_TYPES or adjacent.event_type not in _VIOLENT_TYPES:
            return False
        told = self.text[adjacent.span_start:adjacent.span_end]
        return any(re.search(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}{m.group('noun')}\b", told)
                   for m in _THE_TARGET.finditer(s))

    def detail_of(self, s: str, d: Draft, previous: Draft | None, i: int) -> bool:
        """d, undated and so dated like the violent event told just before, only adds to it: the
        harm it did there ("Pakistan's military said 31 civilians were killed in the strikes", a
        sentence after; "A mosque in Bahawalpur was among the buildings hit"; "Eight terrorists
        were neutralised in the retaliatory fire"). Not another act ("Elsewhere, ...", "another
        drone") nor one somewhere the event's sentences do not name."""
        if previous is None or previous.last < i - 2 or d.timex_start is not None or d.report or d.toll_update or d.apart \
                or not d.date_reason.startswith("no date of its own") \
                or _family(d.event_type) != "violence" or _family(previous.event_type) != "violence" \
                or _NEW_OCCURRENCE.search(s) or _SEPARATE.match(s) or _OTHER_TIME.match(s) or _ANOTHER.match(s):
            return False
        if _HURT_ONLY.match(s):
            return True  # "Twelve soldiers were wounded and evacuated": the hurt of the fight just told
        # another side acting ("The army said it had shelled their positions") is an event of its own; not
        # "the group's fighters had killed 70 soldiers": the group just told, its victims named
        # (the event told with no side named: "The bus was ambushed near Milihoi on Wednesday morning. It first struck
        # a roadside bomb, and gunmen then opened fire on passengers": its attackers, named now)
        if set(d.actors) - set(previous.actors) - {"civilians"} and set(previous.actors) - {"civilians", UNIDENTIFIED} \
                and not _THE_GROUP.search(s) and not _JOINED_THE_FIGHT.search(s):
            return False
        told = self.text[previous.span_start:previous.span_end]
        return (previous.last == i - 1 or self.names_anaphor(s)) and all(p in told for p in d.locations[:1])

    def ended_last(self, i: int, sent: Sentence, s: str, end: str, before: str) -> bool:
        """The date only says when the violent event told just before ended ("On 14 June, fighters seized
        a hospital in Budyonnovsk. At least 129 civilians died before the siege ended on 19 June."): that
        event then runs to it, and the sentence makes no event of its own."""
        last = self.drafts[-1] if self.drafts else None
        if last is None or last.last != i - 1 or _family(last.event_type) != "violence" or not _ENDED.search(before) \
                or last.precision != "day" or parse_timex(end).precision != "day" \
                or not parse_timex(last.date_start).first < parse_timex(end).first:
            return False
        last.date_end, last.date_text = end, f"{last.date_text} to {end}"
        last.date_reason += f"; to its end ({end})"
        extend(last, i, sent, s)
        self._went_on.add(i)
        return True

    def only_dates_next(self, d: Draft | None, i: int) -> bool:
        """Draft d is one sentence, just before sentence i in its paragraph, that only says when
        an attack began ("The attack began shortly after dawn on May 11.")."""
        return d is not None and d.first == d.last == i - 1 and d in self.drafts[-1:] and \
            self.sentences[d.last].paragraph == self.sentences[i].paragraph and \
            _EVENT_BEGAN.match(self.text, d.span_start, d.span_end) is not None

    def continues(self, s: str, cues: dict, new_paragraph: bool = False, previous: Draft | None = None) -> bool:
        """An undated sentence that only adds to the previous event: "No casualties were
        reported.", "The blasts struck the ministry", "two more were wounded in the attack"."""
        if _NEW_OCCURRENCE.search(s) or _SEPARATE.match(s) or _WAR_TOLL.search(s):  # (a whole war's toll adds to no one event)
            return False
        if _TALLY.search(s) and set(cues) <= {"lethal", "protest", "riot", "statement", "background"} and not _NO_HARM.match(s):
            return False  # "113 police officers had been injured since the start of the protests": a running tally
        if _REACTION.search(s) and (_OFFICIAL_SAYS.search(s) or self.state_says(s)) and not finite_violent(s, cues):
            return False  # an official's or a state's verdict on the act is a statement of its own, not more of the act
        if _SUBJECT_ANAPHOR.match(s) or _CLAIM.search(s) or self.party_says(s, previous) or _NO_HARM.match(s) \
                or _OTHERS_HURT.match(s):
            return True
        # (a quarter of the town told is no other place: "explosions were heard ... in the Faladié neighbourhood")
        places = [p for p in self.places_in(s) if not _quarter_of_town(s, p)]
        if previous is not None and previous.event_type in _VIOLENT_TYPES and not new_paragraph and \
                self.toll_only(s, cues) and all(p in previous.locations or
                                                entities.place_rank(p, self.vocab, self.known_places) >= 3 for p in places):
            # "At least 156 people were killed", "X, commander in Nasir, was among the dead", "Lebanon's
            # news agency reported one person wounded": its toll (a country is no other incident's place)
            return True
        if previous is not None and previous.event_type in ("protest", "riot") and not new_paragraph and \
                self.toll_only(s, cues) and places and places[0] in previous.locations:
            # "Seventeen people were killed in Kathmandu and two in the eastern district of Sunsari": the
            # crackdown's toll, told town by town from the protest's own (protests spread; their dead are one count)
            return True
        if previous is not None and previous.event_type in _VIOLENT_TYPES and self.heard_only(s, cues) and \
                all(self.in_country_of(p, previous) for p in places):
            # "Explosions were heard in Tehran, and Iranian media reported that the Natanz site had been hit",
            # "Residents of Kayes told RFI they heard heavy gunfire from around 5am": the strikes or attack told
            return True
        if places:
            return False
        if _ANAPHOR.search(s):
            return True
        if previous is not None and previous.event_type in ("protest", "riot") and not new_paragraph and \
                set(cues) <= {"protest", "riot", "lethal", "statement", "background"}:
            return True  # "Police fired tear gas to disperse them.": the protest's policing
        if previous is not None and previous.event_type in ("protest", "riot") and _AT_PROTESTERS.search(s) and \
                set(cues) <= {"protest", "riot", "lethal", "statement", "background", *_ARMED_TYPES} and not entities.fatalities(s):
            return True  # "... opened fire on protesters before dawn and set tents ablaze": the crackdown told, its force
            # (not a killing of its own: "Sankoh's bodyguards opened fire on the crowd, killing at least 19 people")
        if new_paragraph and not set(cues) & set(_VIOLENT_TYPES):
            return False  # "President X has vowed to end the violence." opens a paragraph of its own
        # no finished violent verb of its own: details ("ELN fighters fired explosives from drones")
        return set(cues) <= {"lethal", "statement", "background"} or not finite_violent(s, cues)

    def heard_only(self, s: str, cues: dict) -> bool:
        """The sentence's violence is only what witnesses heard, or harm with no one named who did it:
        a sound of fighting told, no act of its own."""
        heard = [m.span() for m in _HEARD.finditer(s)]
        harm = [m.span() for m in _AGENTLESS_HARM.finditer(s)] + \
            [m.span("verb") if m.group("verb") else m.span("count") for m in _PASSIVE_HARM.finditer(s)]
        violent = [c for t in _VIOLENT_TYPES for c in cues.get(t, ())]
        return bool(heard) and all(any(a <= c.start() < b for a, b in heard + harm) for c in violent)

    def toll_said(self, i: int, s: str, cues: dict) -> bool:
        """A source's word on the dead of the violent act told just before ("Health ministry spokesman Waheed
        Majroh said on Thursday the death toll had risen to 90 ... and warned that it could rise further"): no
        occurrence of its own, only more of that act's toll. Not when the saying tells an act done to the
        dead ("had recovered 79 bodies"), nor any other act."""
        if not _TOLL_SAID.search(s) or _BODIES_HANDLED.search(s) or set(cues) - {"lethal", "statement", "background"}:
            return False
        last = next((d for d in reversed(self.drafts[-_WINDOW:]) if d.event_type in _VIOLENT_TYPES), None)
        return last is not None and i - last.last <= 4

    @staticmethod
    def toll_only(s: str, cues: dict) -> bool:
        """Every violent word of the sentence is an agentless passive ("were killed", "was among
        the dead"): it counts the harm of an act told elsewhere, it tells no act of its own."""
        violent = [c for t in _VIOLENT_TYPES for c in cues.get(t, ())]
        harm = [m.span("verb") if m.group("verb") else m.span("count") for m in _PASSIVE_HARM.finditer(s)]
        return bool(harm) and all(any(a <= c.start() < b for a, b in harm) for c in violent)

    def other_country(self, a: Draft, b: Draft) -> bool:
        """a and b are placed in different countries (a toll in southern Lebanon is no detail of a
        drone attack on Ukraine, whatever "the operation" it names)."""
        def countries(d: Draft) -> set[str]:
            return {c for p in d.locations if (c := self.vocab.country(p) or self.vocab.places.get(p))}
        ca, cb = countries(a), countries(b)
        return bool(ca and cb) and not ca & cb

    def counts_harm(self, s: str, cues: dict) -> bool:
        """The sentence only counts dead or hurt ("He said four of the attackers had been killed", "Karabakh
        officials say about 200 people were killed"), not a running count ("more than 150 people have been killed
        in post-election unrest")."""
        named = [m.span() for m in _ANAPHOR.finditer(s)]  # ("in Thursday's strikes": the event told, named)
        unnamed = {k: [c for c in v if not any(a <= c.start() < b for a, b in named)] for k, v in cues.items()}
        return bool(_PASSIVE_TOLL.match(s) or _SOURCE_COUNTS.search(s) and self.toll_only(s, unnamed)
                    and not _PERFECT_TOLL.search(s) and not _TALLY.search(s))

    def toll_of_last(self, i: int, s: str, previous: Draft | None, cues: dict) -> Draft | None:
        """The violent event an undated sentence that only counts dead or hurt ("He said four of the
        attackers had been killed", "Palestinian health officials said 232 people were killed") adds to:
        told a sentence or two before (a statement about it may come between), in no other place."""
        if not self.counts_harm(s, cues):
            return None
        last = previous if previous is not None and previous.event_type in _VIOLENT_TYPES else \
            next((d for d in reversed(self.drafts[-3:]) if d.event_type in _VIOLENT_TYPES), None)
        if last is None or i - last.last > 2 + (last is not previous):
            return None
        if (placed := self.placed_before(i, s)) is not None and placed is not last:
            return None  # (told after a witness at another event's place: that one's, see undated)
        # (a place named shorter is the same place: "killed in Gaza" after a strike on the "Gaza Strip"; the speaker's
        # is none of the count's: "Sinaloa state officials said Friday that eight people were killed in the fighting")
        said = _SAID_VERB.search(s)
        counted = s[said.end():] if said is not None and not _SOURCE_COUNTS.search(s, 0, said.start()) else s
        return last if all(any(p in told or told in p for told in last.locations)
                           for p in self.places_in(counted)) else None

    def came_hours_after(self, i: int, sent: Sentence, s: str) -> Draft | None:
        """The act an undated sentence tells as hours from the violent act told last ("The attack came hours
        after Chinese Foreign Minister Wang Yi visited President Deby"): an event of that act's day."""
        came = _CAME_HOURS_AFTER.match(s)
        act = next((d for d in reversed(self.drafts[-_WINDOW:]) if d.event_type in _ARMED_TYPES), None) if came else None
        # (named by its violence, "The kidnapping came hours after ...", it may be told paragraphs before; "It came" is the last)
        named = came is not None and bool(set(self.find_cues(came.group())) & set(_VIOLENT_TYPES))
        if act is None or act.last < i - (12 if named else 2) or act.precision != "day" or act.date_end != act.date_start:
            return None
        phrase = s[came.end():]
        if not set(self.find_cues(phrase)) - {"background"} or \
                not _finite_word_in([w for w in phrase.split() if w.islower()]):
            return None  # ("came hours after the death of long-time ruler Lansana Conte": no act told)
        d = self.make(i, sent, act.date_start, act.date_start, act.date_text, f"hours from the event told ({act.date_start})",
                      [], None, 0.45, phrase=phrase.rstrip(" ."))
        d.framed = True  # (an act of its own beside the one it is timed from)
        return d

    def other_version_of(self, i: int) -> Draft | None:
        """The violent event told last, when the sentence before, in the same paragraph, announces another
        side's version of it ("Pakistan's military gave a different account."): this sentence retells it."""
        if i == 0 or self.sentences[i - 1].paragraph != self.sentences[i].paragraph:
            return None
        before = self.sentences[i - 1]
        if not _OTHER_VERSION.search(self.text[before.start:before.end]):
            return None
        return next((d for d in reversed(self.drafts[-_WINDOW:]) if d.event_type in _VIOLENT_TYPES), None)

    def same_occurrence(self, s: str, by_name_only: bool = False) -> Draft | None:
        """An earlier candidate this sentence repeats: same death toll or place, or (for an
        undated sentence) a shared proper name ("gunmen killed Yara Abbas" ... "the car carrying Abbas")."""
        fat = None if by_name_only else entities.fatalities(s)
        places = set() if by_name_only else set(self.places_in(s))
        names = self.names(s, places or self.places_in(s))
        # ("told Eye Radio on Monday that the attackers raided three cattle camps": those of the attack just told)
        those = not by_name_only and _THE_ATTACKERS.search(s) is not None
        for d in reversed(self.drafts[-_WINDOW:]):
            if d.event_type not in _VIOLENT_TYPES:
                continue  # (a violent act retold is no war's start or statement: "Israel struck ..., its army said")
            if fat is not None and d.fatalities == fat or places & set(d.locations[:1]) or names & d.names or those:
                return d
        return None

    def named_by_place(self, s: str) -> Draft | None:
        """The violent event told earlier at the place by which the sentence names an attack ("the Damboa
        attack"), or at the place where a side says it had acted ("ISWAP said it had killed 15 soldiers in
        Damboa"), though other events came between: told again, not a new event of its neighbour's day."""
        named = {m.group("place") for m in _PLACE_NAMED_ATTACK.finditer(s)}
        acted = set(self.places_in(s)) if _SIDE_SAYS_IT_HAD.search(s) else set()
        if not (named or acted):
            return None
        return next((d for d in reversed(self.drafts[-_WINDOW:]) if d.event_type in _VIOLENT_TYPES
                     and (named & set(d.locations) or acted & set(d.locations[:1]))), None)

    def placed_before(self, i: int, s: str) -> Draft | None:
        """The violent event at the place the sentence before names, in the same paragraph, when this one
        names none ("'We heard heavy gunfire all night,' a Debre Tabor resident told Reuters. At least five
        people were killed, a hospital official said.": the Debre Tabor fighting's dead)."""
        if i == 0 or self.sentences[i - 1].paragraph != self.sentences[i].paragraph or \
                self.places_in(s):
            return None
        before = self.sentences[i - 1]
        named = set(self.places_in(self.text[before.start:before.end]))
        return next((d for d in reversed(self.drafts[-_WINDOW:]) if d.event_type in _VIOLENT_TYPES
                     and d.locations[:1] and d.locations[0] in named), None) if named else None
