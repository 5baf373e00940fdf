"""Resolution half of the temporal tagger: parse dict -> TIMEX3 value, type, reason.

Anchors: the publication date (DCT) for deictic expressions ("yesterday", "last week",
"Friday"), the last date the text mentioned (narrative anchor) for anaphoric ones ("the next
day", "two days later", "that month"; in news, not an attribution's day told after the act's:
"..., officials said on Monday. The same day", see ATTRIBUTION_DAY_BEFORE). Bare weekdays,
months and day-months go back in past-tense clauses and forward in future ones; when the clause
gives no clue the past reading wins (news reports the past) and the forward one goes into
``alternatives``.

This module reads the text around each timex and decides its value (_Ctx, the context of one
text; _resolve_parse, one parse, which hands it to the resolver of its kind: _BY_KIND names
them, _resolve_day_month, _resolve_month, _resolve_weekday ...; resolve_all, the whole text
with its stories and histories).
Its parts are apart, each in a module that never imports this one: what needs no text, the
calendar and TIMEX3 values (codes, shifting a date, reading a value back, holidays, durations,
the record a resolution returns: timex_calendar.py); how a clause's tense is read, its markers
and sentence breaks (_Clauses: timex_tense.py); the day each clock time and part of day is on,
placed once the dates are resolved (_place_clock_times, _merge_clock_day: timex_clock.py).
"""
from __future__ import annotations

import bisect
import collections
import functools
import itertools
import datetime as _dt
import re
from typing import NamedTuple

from chronoapp.core.extract.regex_start import compile_skipping
from chronoapp.core.extract.timex_calendar import (_DAY_VALUE, BC_SHIFT, D, GRAN_RANK, HOLIDAYS, MOD_CODE, NO_DCT,
                                                   POD_CODE, QMOD_CODE, SEASON_CODE, SEASON_MONTH, _add_months, _dur,
                                                   _fmt_day, _fmt_num, _forward_year, _from_stand_in, _human,
                                                   _nth_weekday, _num, _parse_value_cached, _plural, _r, _safe_day,
                                                   _stand_in, _stand_in_years, _told_before, _unit_word, _week,
                                                   parse_value, shift, value_of)
from chronoapp.core.extract.timex_clock import (_RANGE_TO, _THE_BEFORE, ATTRIBUTION_DAY_BEFORE, PERIOD_END_BEFORE, PLAN_TOLD_BEFORE, RESTATES,
                                                SINCE_BEFORE, _in_closed_relative, _merge_clock_day,
                                                _place_clock_times)
from chronoapp.core.extract.timex_patterns import MONTHS, ORD_DAY, ORDINALS, SHIFT_PAIR_UNITS, UNIT_CODES, WEEKDAYS
from chronoapp.core.extract.timex_tense import _TENSE_READ, _THAN_AFTER, MARKER_RE, SENT_CUT, _Clauses, _same_sentence
# (read from here by tests/test_timex_speed_paths.py, as before the tense markers moved out)
from chronoapp.core.extract.timex_tense import _FUTURE_WORDS, _TENSE_LEFT, _TENSE_RIGHT  # noqa: F401

NOW_BEFORE = re.compile(r"\b(?:now|currently)\b")     # used with pos/endpos: a present told in the sentence
# an occasion set for a day, named by its day ("Friday's run-off", "Monday's anniversary") ...
SCHEDULED_AFTER = re.compile(r"(?:[\w-]+\s{1,3}){0,2}?(?:vote|votes|election|elections|run-?off|poll|polls|referendum|summit|"
                             r"talks|match|game|final|deadline|hearing|inauguration|parade|debate|session|"
                             r"anniversary|birthday|holiday|festival|commemorations?|celebrations?|ceremon(?:y|ies))\b", re.I)
# an act of violence or a disaster named by its day ("the Sept. 11 attack", "the March 2 suicide
# bombing"), used with match at the end of the day, and the article before the day (with endpos)
VIOLENCE_NAMED_AFTER = re.compile(r"\s{1,3}(?:[a-z]+\s{1,3})?(?:attacks?|bombings?|shootings?|massacres?|killings?|raids?|assaults?"
                                  r"|ambush(?:es)?|blasts?|explosions?|crash|earthquake|quake|coup)\b")
THE_BEFORE = re.compile(r"\b(?:the|its|their)\s{1,3}$", re.I)
PLOTTED_BEFORE = re.compile(r"\b(?:plot\w*|plann\w*|threat\w*|foil\w*|thwart\w*|prevent\w*)\b[^.;!?]{0,60}$", re.I)   # with endpos
# ... and words before it that look ahead to it
AHEAD_OF_BEFORE = re.compile(r"\b(?:pull(?:ed|ing|s)?\s+out\s+of|"
                             r"withdr[ae]wn?\s+from|withdrawing\s+from|boycott(?:ed|ing|s)?|postpon\w+|delay(?:ed|ing|s)?|"
                             r"prepar\w+\s+for|campaign\w*\s+for)\s{1,3}$", re.I)
PERIOD_END_WORD = re.compile(r"(?:ended|ending|to|through|on)\s{1,3}$")   # used with endpos: a cheap first test
FORECAST_FOR_BEFORE = re.compile(r"\bforecast(?:s|ed)?\s{1,3}for\b[^.;!?]{0,30}$", re.I)   # used with endpos
AHEAD_OF_DAY_BEFORE = re.compile(r"\b(?:ahead\s+of|run-up\s+to|eve\s+of|before)\s{1,3}$", re.I)   # used with endpos, before a day's occasion
# A time limit set for something ("has given them until Tuesday to leave", "extended the
# offer to Nov. 20", "the deadline is Friday", "postponed until March"): the limit lies after
# the act that set it, so in news it is mostly still ahead, whatever the tense of the verb.
# Read on the text just before the timex (used with endpos), within its sentence.
# (compile_skipping: the same matches, the engine skipping in C to the letters they start with)
DEADLINE_BEFORE = compile_skipping(
    r"(?:\b(?:gave|give[ns]?|giving|granted|grants?|has|have|had)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,4}(?:until|till)"
    r"|\b(?:has|have|had)\s{1,3}(?:until|till)"
    r"|\b(?:deadline|ultimatum)s?\b[^.;!?]{0,40}"
    r"|\bextend(?:ed|s|ing)?\s{1,3}(?:[^.;!?\s]{1,20}\s{1,3}){0,10}(?:to|until|till|through|into)"
    r"|\b(?:postponed|delayed|adjourned|deferred|rescheduled|pushed\s{1,3}back|put\s{1,3}off)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}(?:to|until|till)"
    r"|\b(?:expires|expiring|will\s{1,3}expire)"
    # money or a state kept up to a limit, told in the present: "a bill that keeps the
    # government funded through Sept. 30", "funds the agency until June" (not the past "funded until")
    r"|\b(?:fund|funds|funding|keep|keeps|keeping)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,4}(?:through|until|till)"
    # a stop imposed for a time: "trading was suspended until Monday", "schools will stay closed till Friday"
    r"|\b(?:suspend(?:ed|s)?|clos(?:ed|es)|shut|ban(?:ned|s)?|halt(?:ed|s)?|froz(?:en|e)|freezes|"
    r"(?:remains?|stays?|stay)\s{1,3}(?:closed|shut|suspended|in\s{1,3}(?:force|place|effect)))"
    r"\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}(?:until|till)"
    # a limit not yet known, whatever the verb: "has cancelled all its trains until at least Monday"
    r"|\b(?:until|till)\s{1,3}at\s{1,3}least)"
    r"\s{1,3}(?:on\s{1,3}|at\s{1,3}|of\s{1,3}|is\s{1,3}|was\s{1,3})?(?:\d{1,2}(?:[:.]\d\d)?\s{0,2}(?:[ap]\.?\s?m\.?)?\s{1,3}(?:[A-Z]{3}\s{1,3})?|midnight\s{1,3}(?:on\s{1,3})?|noon\s{1,3}(?:on\s{1,3})?)?$", re.I)
# "the assembly, which had been given until February to finish": a limit set before the story's
# past, which may lie either side of the publication date (the nearer one is meant; used with endpos)
LIMIT_GIVEN_BEFORE = re.compile(r"\bhad\s{1,3}been\s{1,3}(?:given|granted)\s{1,3}(?:until|till)\s{1,3}$")
# ... and so is the limit of an expectation told as unmet ("We were supposed to be home by Christmas")
LIMIT_SUPPOSED_BEFORE = re.compile(r"\b(?:was|were)\s{1,3}supposed\s{1,3}to\s[^.;!?]{0,60}?\b(?:by|before|until)\s{1,3}$")
DEADLINE_WORDS = ("until", "till", "deadline", "ultimatum", "extend", "postponed", "delayed", "adjourned",
                  "deferred", "rescheduled", "pushed", "put", "expir", "fund", "keep")   # one is in every deadline phrase


@functools.cache
def _word_start_pattern(words: tuple[str, ...], caseless: bool) -> re.Pattern:
    """A word beginning with one of words, in text.lower() (no character before it is a letter,
    digit or "_"); caseless: in the text itself, for a text whose lower-casing shifts offsets."""
    alts = "|".join(map(re.escape, words))
    return compile_skipping(r"\b(?:" + alts + ")", re.IGNORECASE) if caseless else compile_skipping(r"(?<!\w)(?:" + alts + ")")


@functools.cache
def _longest(words: tuple[str, ...]) -> int:
    return max(map(len, words))


@functools.cache
def _of_word_characters(words: tuple[str, ...]) -> bool:
    """Whether each of words is made of word characters only: then no match of one of them
    can hide another's start (a word character comes before it)."""
    return all(re.fullmatch(r"\w+", w) for w in words)


def _starts_of_words(low: str, words: tuple[str, ...]) -> list[int] | None:
    """Where a word beginning with one of words (of word characters) starts in low, as
    _word_start_pattern(words, False) finds them (no match of one can hide another's start:
    each ends inside its word), or None when one of them is found often (the "go" of "ago"):
    that set is left to the regex. A scan of a whole text for a set of words it asks about
    often (a 1 MB text: fifteen sets) mostly finds none: str.find skips through the text
    several times faster than a regex opening with a lookbehind, about 0.5 ms per MB per word;
    the regex takes 10-20 ms per MB whatever the size of the set, so a larger set is left to it.
    """
    out = []
    for word in words:
        often = len(low) >> 6
        i = low.find(word)
        while i >= 0:
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"):     # (what \w is)
                out.append(i)
            often -= 1
            if often < 0:
                return None
            i = low.find(word, i + 1)
    return sorted(set(out)) if len(words) > 1 else out


_FIND_WORDS = 24     # sets of words up to this size are looked for word by word (see _starts_of_words)
_ASKED_LOCALLY = 32      # _word_near's questions per text about one set of words answered by a local search


AM_PM_BEFORE = re.compile(r"\b[ap]\.m$", re.I)     # used with endpos at a full stop
DEADLINE_PASSED = re.compile(r"\b(?:had\s{1,3}been|passed(?!\s{1,3}(?:a|an|the|its|their|legislation|laws?|bills?|measures?|resolutions?|amendments?|budgets?)\b)|expired|lapsed|missed|ran\s{1,3}out|came\s{1,3}and\s{1,3}went|ignored)\b", re.I)
# A scheduled event told in the present ("The curfew begins at midnight Friday", "Polls open
# on Sunday", "Talks resume on Monday in Geneva", "The new law takes effect on 1 July"): news
# uses the simple present of such verbs for what is timetabled, hence still ahead. Read on the
# text just before the timex (used with endpos), within its clause; third-person forms may
# have a few words between verb and date, plural forms ("open", "resume") must be right
# before it ("an open letter on Sunday" is no schedule), and an auxiliary before the verb
# ("is open on Sunday", "will be") leaves the clause to the other markers.
SCHEDULED_BEFORE = re.compile(
    r"(?:(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:begins|starts|opens|reopens|resumes|ends|expires|closes|convenes|reconvenes|meets|kicks\s{1,3}off"
    r"|runs|lasts|continues"
    r"|takes\s{1,3}(?:effect|place|office)|comes\s{1,3}into\s{1,3}(?:force|effect)|goes\s{1,3}into\s{1,3}effect"
    r"|gets\s{1,3}under\s{1,3}way|enters|goes\s{1,3}to\s{1,3}the\s{1,3}polls|votes|leaves|arrives|departs|returns|travels|flies"
    r"|turns(?=\s{1,3}\d)"         # an age reached on a day ("who turns 28 on Monday")
    # what goes on sale does so on a timetable ("Tickets for the games go on sale at 10 a.m. Thursday")
    r"|(?<!not\s)(?<!n't\s)(?<!n’t\s)(?<!did\s)(?<!to\s)go(?:es)?\s{1,3}on\s{1,3}sale)"
    # (a comma before a past or reporting verb ends the clause: "convenes in January, told supporters Tuesday night")
    r"(?:\s{1,3}(?!(?:after|since|before|when|because|and|but)\b)(?:[\w'’-]{1,20}(?!,\s{1,3}(?:said|says|told|tells|[a-z]{2,18}ed)\b),?)){0,5}"
    r"|\b(?:[A-Za-z][a-z]{2,19}s)\s{1,3}(?:open|reopen|close|end|expire|resume|begin|start|convene|reconvene|go\s{1,3}to\s{1,3}the\s{1,3}polls"
    r"|take\s{1,3}(?:effect|place)|come\s{1,3}into\s{1,3}(?:force|effect)|kick\s{1,3}off)"
    # a plural subject after a determiner, then a fixture's verb and a few words: "The two
    # sides meet again in the return leg on Wednesday", "Both teams play again on Sunday"
    r"|\b(?:(?:[Tt]he|[Bb]oth|[Aa]ll|[Tt]hese|[Tt]hose)(?:\s{1,3}[\w-]{1,20}){0,2}?\s{1,3}[A-Za-z]{2,19}s"
    # ... or a coordination that ends in a name: "He and Palestinian leader Yasser Arafat meet
    # separately Monday with Albright"
    r"|\band\s{1,3}(?:[A-Za-z][\w.'’-]{0,20}\s{1,3}){0,3}[A-Z][a-z]{1,19})"
    r"\s{1,3}(?:meet|play|face|resume|reconvene|return|travel|go\s{1,3}head\s{1,3}to\s{1,3}head)"
    r"(?:\s{1,3}(?!(?:after|since|before|when|because|and|but|on|last|every|each)\b)[\w'’,-]{1,20}){0,5}"
    # "Markets are closed on Monday for the holiday": a closure on the calendar
    r"|\b(?:is|are)\s{1,3}(?:closed|shut)(?:\s{1,3}(?!(?:after|since|before|when|because|and|but|last|every|each)\b)[\w'’,-]{1,20}){0,2})"
    # the day may follow a time: "starts at 9 a.m. Tuesday", "Polls close at 8 p.m. (EST) on Sunday"
    r"\s{1,3}(?:on\s{1,3}|at\s{1,3}|from\s{1,3}|in\s{1,3})?(?:(?:midnight|noon)\s{1,3}(?:\(?(?:[A-Z]{2,4}|local\s{1,3}time)\)?,?\s{1,3})?(?:on\s{1,3})?"
    r"|\d{1,2}(?:[:.]\d\d)?\s{0,2}(?:[ap]\.?\s?m\.?)\s{1,3}(?:\(?(?:[A-Z]{2,4}|local\s{1,3}time)\)?,?\s{1,3})?(?:on\s{1,3})?)?$")
# an event on the calendar, then "is" and the day (used with endpos): "Game 6 is Wednesday night",
# "The funeral is on Saturday", "The vote is set for Thursday"; every match holds one of FIXTURE_WORDS
FIXTURE_IS_BEFORE = re.compile(
    r"\b(?:[Gg]ame|[Vv]ote|[Dd]eadline|[Ff]uneral|[Ff]inal|[Mm]atch|[Ee]lection|[Hh]earing|[Mm]eeting|[Ss]ummit|[Ww]edding"
    r"|[Cc]eremony|[Tt]rial|[Ss]entencing|[Dd]ebate|[Rr]eferendum|[Rr]ace|[Oo]pener|[Rr]ematch|[Ss]ervice|[Rr]uling|[Vv]erdict)s?"
    r"(?:\s{1,3}\d{1,2})?\s{1,3}(?:is|are)\s{1,3}(?:(?:now\s{1,3})?(?:set|scheduled|slated|planned|expected)\s{1,3}for\s{1,3}|due\s{1,3}(?:on\s{1,3})?|on\s{1,3})?$")
# "... is on Wednesday", "... are on March 3", of any occasion: the present copula right before
# the day names no day gone (used with endpos)
IS_ON_BEFORE = re.compile(r"\b(?:is|are)\s{1,3}on\s{1,3}$")
FIXTURE_WORDS = ("game", "vote", "deadline", "funeral", "final", "match", "election", "hearing", "meeting", "summit",
                 "wedding", "ceremony", "trial", "sentencing", "debate", "referendum", "race", "opener", "rematch",
                 "service", "ruling", "verdict")
# a timetable verb in the third person right before the timex (used with endpos): it outweighs
# a past verb earlier in the sentence; every match holds one of SCHEDULED_WORDS
SCHEDULED_RIGHT_BEFORE = re.compile(
    r"(?<!\bis\s)(?<!\bwas\s)\b(?:begins|starts|opens|reopens|resumes|ends|expires|closes|convenes|reconvenes|meets|leaves|arrives|departs"
    r"|takes\s{1,3}effect|comes\s{1,3}into\s{1,3}(?:force|effect)|goes\s{1,3}into\s{1,3}effect)"
    r"\s{1,3}(?:on\s{1,3}|at\s{1,3}|in\s{1,3})?$")
SCHEDULED_WORDS = ("begin", "start", "open", "reopen", "resum", "end", "expir", "clos", "runs", "lasts", "continues", "conven", "reconven",
                   "kick", "take", "come", "go", "get", "enter", "vote", "leav", "arriv", "depart", "return", "travel", "flies",
                   "meet", "play", "face", "turn")   # one is in every such phrase
# a plan told in the past ("was to begin", "were scheduled to") that the sentence says did not
# happen as planned ("but the judge postponed it"): its date has passed, whatever the plan
PLAN_IN_PAST = re.compile(r"\b(?:was|were|had\s{1,3}been)\s{1,3}(?:(?:first|originally|initially|previously)\s{1,3})?"
                          r"(?:(?:due|scheduled|planned|set|expected|supposed|meant|slated)\s{1,3})?(?:to|for)\b", re.I)
PLAN_UNDONE = re.compile(r"\b(?:but|however|instead|postpon\w*|delay\w*|cancel\w*|called\s{1,3}off|adjourn\w*|put\s{1,3}off"
                         r"|scrapped|suspended|shelved|put\s{1,3}on\s{1,3}hold)\b|\bto\s{1,3}have\s{1,3}\w+(?:ed|en)\b", re.I)
PLAN_WORDS = ("was", "were", "been")
UNDOING_AHEAD = re.compile(r"\b(?:would|will|could|might|shall)\b")   # in the sentence before the undoing (pos/endpos)
# a plan or hope told before a date in its sentence ("had planned an attack for early November")
PLAN_BEFORE = re.compile(r"\b(?:plann\w*|plans?|expect\w*|schedul\w*|intend\w*|hop\w*|aim\w*|prepar\w*|set\s{1,3}for)\b", re.I)
# "had arrived", "had already been sent": a past before the story's past (not "had to", nor
# "had 300 troops", nor a plan that looks ahead: "had planned an attack for July"); used
# with pos/endpos, gated on "had"
PLUPERFECT_BEFORE = re.compile(r"\bhad\s{1,3}(?:(?:already|just|not|never|earlier|previously|first|been|meanwhile|also)\s{1,3}){0,2}"
                               r"(?!(?:expected|planned|hoped|intended|scheduled|promised|agreed|decided|ordered|wanted"
                               r"|threatened|vowed|pledged|called|warned|predicted|feared)\b)"
                               r"[a-z]{2,20}(?:ed|en|wn|ght|lt|nt|ft|ne|de|ung|uck|ll|id|ld|un)\b")   # ("had said", "had held", "had begun")
RELATIVE_HAD_BEFORE = re.compile(r"\b(?:who|which)\s{1,3}$")    # used with endpos at a pluperfect's "had"
# "the strongest quake since 1939", "its lowest level since 2003": a record's comparison, not a
# date the story moves to (used with pos/endpos before "since")
RECORD_SINCE = re.compile(r"\b(?:\w{2,20}est|worst|best|most|least|first|only|biggest|largest)\b[^.;!?]{0,60}\bsince\s$", re.I)
# a coordinated clause of its own begins (used with pos/endpos after a pluperfect verb)
# "Within two months ... had invaded", "Within a week the rising had collapsed": a pluperfect that
# tells what was done within a stretch after the last date, not a flashback (used with match at
# the sentence start)
COMPLETED_WITHIN_OPENS = re.compile(r"\s{0,3}Within\s")
# (", which began on 22 June": a relative clause with a verb of its own, unless that is "had")
# (" when Grant broke the siege in late November": a 'when' clause after the pluperfect tells its
# reference time, where the story is; its own "had" would be the last pluperfect)
NEW_CLAUSE = re.compile(r"[,;]\s{1,3}(?:and|but|then|while|whereas)\s|;|\swhen\s|,\s{1,3}(?:which|who)\s{1,3}(?!had\b)[a-z]+(?:ed|an|gan|ok|ew|ell|ent|ame|ose|ought|ught|ost|oke|ove|ote|on|ook|old|ade|ave|ere|as)\b")
# "The bank last cut rates in November", "they last met in March": 'last' before a verb tells a
# past (not "the last cut", "last week"); used with search in the sentence before the timex
LAST_VERB_BEFORE = re.compile(r"(?<![Tt]he\s)(?<!its\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!our\s)(?<!this\s)(?<!that\s)(?<!at\s)"
                              r"\blast\s{1,3}(?!(?:week|month|year|time|night|weekend|season|decade|century|quarter|minute|hour|day|"
                              r"summer|winter|spring|autumn|fall|one|two|three|four|five|six|seven|eight|nine|ten|few|several|"
                              r"of|in|on|for|and|or|but|to|from|at|with)\b)[a-z]{3,15}\b")
# "..., up from 50 percent on Monday", "down from the $281 billion it forecast in April",
# "cut its forecast for next year to 2.3 percent, from 2.5 percent in September": the earlier
# figure a change is measured from, whatever the sentence's tense (used with search on the
# clause before the timex)
# (not a range of days, whose end is the timex: "will return next year, from 4 to 6 July", "from 4 July to 6 August")
CHANGE_FROM_BEFORE = re.compile(r"(?:\b(?:up|down)\s{1,3}from\b|,\s{1,3}from\s{1,3}(?:about\s{1,3}|around\s{1,3}|nearly\s{1,3})?[$€£]?\d"
                                r"(?!\d?(?:st|nd|rd|th)?(?:\s{1,3}[A-Z][a-z]{2,8}\.?)?\s{0,3}(?:(?:to|and|until|till)\s{1,3}|[-–]\s{0,3})$))"
                                r"(?:[^.;:!?]|\.(?=\d)){0,60}$")   # ("2.5 percent": no full stop)
# A start given after a noun ("a truce starting at noon on Wednesday", "new fares effective
# Monday", "a strike beginning on 3 May"): an announced start, still ahead of the telling
# whatever verb governs the sentence ("agreed to a truce starting ..., a mediator said"). Not
# sentence-initial ("Starting on Monday, troops shelled ..." tells a past). Used with endpos;
# every match holds one of STARTING_WORDS.
STARTING_BEFORE = re.compile(
    r"(?<=[a-z,]\s)(?:starting|beginning|effective)\s{1,3}(?:(?:at|from)\s{1,3}(?:\d{1,2}(?:[:.]\d\d)?\s{0,2}"
    r"(?:[ap]\.?\s?m\.?)?\s{1,3}(?:[A-Z]{3}\s{1,3})?|midnight\s{1,3}|noon\s{1,3}))?(?:on\s{1,3}|from\s{1,3})?$")
STARTING_WORDS = ("starting", "beginning", "effective")
# "A strike starting on December 22 was blocked by the court": the start announced never came,
# and the sentence tells it in the past (used with search after the timex, within its sentence)
START_UNDONE_AFTER = re.compile(r"^[^.;!?]{0,60}?\b(?:was|were|had\s{1,3}been)\s{1,3}(?:(?:later|then|eventually|finally)\s{1,3})?"
                                r"(?:blocked|called\s{1,3}off|cancel+ed|postponed|suspended|scrapped|averted|halted|delayed|put\s{1,3}off)\b")
# a meeting or a vote a past act sets up, right before its day (used with endpos): "summoned the outgoing ministers
# to a meeting on Monday", "invited both leaders to talks on Friday", "called snap elections for Sunday"
SUMMONED_TO_BEFORE = re.compile(
    r"\b(?:summon(?:ed|s)|invit(?:ed|es)|call(?:ed|s)|convok(?:ed|es))\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,6}?"
    r"(?:to\s{1,3}(?:(?:a|an|the)\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2}?(?:meeting|talks|summit|session|hearing|consultations?|conference)"
    r"(?:\s{1,3}(?:in|at)\s{1,3}(?:the\s{1,3})?[\w'’-]{1,20})?|(?:(?:early|snap|fresh|new|general|presidential|legislative|parliamentary)\s{1,3}){0,2}(?:elections?|polls|a\s{1,3}(?:vote|referendum))"
    # a stoppage or protest called for a day ("Unions have called a general strike for Wednesday"; the
    # day after "on" may be the call's: "called a strike on Tuesday")
    r"|(?:strikes?|walk-?outs?|stoppages?|protests?|demonstrations?|rall(?:y|ies)|marches|boycotts?)(?=\s{1,3}for\b))"
    r"\s{1,3}(?:on|for)\s{1,3}$", re.I)
SUMMONED_WORDS = ("summon", "invit", "call", "convok")
# "Talks planned for Sunday had been cancelled", "The vote, scheduled for Sunday, was postponed": a plan named
# by its participle that the sentence tells undone in the past (START_UNDONE_AFTER): its day has passed too
PLANNED_FOR_BEFORE = re.compile(r"(?<=[a-z,]\s)(?:planned|scheduled|slated|set)\s{1,3}for\s{1,3}$")   # with endpos
PLANNED_FOR_WORDS = ("planned", "scheduled", "slated", "set")
BY_BEFORE = re.compile(r"\b[Bb]y\s{1,3}$")     # used with endpos
# "declared Sunday a day of mourning", "proclaimed Friday a national holiday": a day set aside
# for something is announced ahead of it, whatever the tense of the announcement
DAY_DECLARED_BEFORE = re.compile(r"\b(?:declared|declares|proclaimed|proclaims|designated|designates)\s{1,3}$", re.I)   # with endpos
DAY_DECLARED_AFTER = re.compile(r"\s{1,3}(?:as\s{1,3})?an?\s{1,3}(?:[a-z]{3,12}\s{1,3}){0,2}(?:day|holiday)\b")   # with match at the end
DAY_DECLARED_WORDS = ("declare", "proclaim", "designate")
BY_OR_BEFORE = re.compile(r"\b(?:[Bb]y|[Bb]efore)\s{1,3}$")     # used with endpos
# "no sign of a compromise before the weekend": with no verb to date it, a limit still ahead
# (not "two days before Christmas", "the night before Friday": a day counted back from it)
BEFORE_LIMIT = re.compile(r"(?<![\w-])(?:(?P<w>[\w'’-]+)\s{1,3})?[Bb]efore\s{1,3}$")     # used with endpos
_COUNTED_BEFORE = frozenset("day days night nights week weeks month months year years hour hours minutes "
                            "shortly just long soon even eve".split())
# "hoped a deal could be reached by Friday", "said the talks should end by Friday", "warned
# that banks could need help before the weekend": a modal verb before "by"/"before" makes the
# day a target (used with pos at the sentence start and endpos)
MODAL_BY_BEFORE = re.compile(r"\b(?:could|would|should|can|must|might|may|will|shall)\s{1,3}"
                             r"(?:[a-z'’-]{1,20}\s{1,3}){1,6}(?:by|before)\s{1,3}$")
# plain future in a sentence (see _Ctx.clear_future); every match holds one of CLEAR_FUTURE_WORDS
CLEAR_FUTURE = re.compile(r"\b(?:will|shall|scheduled|slated|due\s{1,3}to|due\s{1,3}(?:on|for)|upcoming|"
                          r"set\s{1,3}(?:for|to)|(?:is|are)\s{1,3}to)\b", re.I)
CLEAR_FUTURE_WORDS = ("will", "shall", "schedul", "slated", "due", "upcoming", "set", "is", "are") + SCHEDULED_WORDS
# a plan told in the present, for plan_ahead
PLAN_PRESENT = re.compile(r"\b(?:will|shall|(?:is|are)\s{1,3}(?:planned|scheduled|set|due|slated|expected|to))\b", re.I)
PLAN_PRESENT_WORDS = ("will", "shall", "is", "are")


def _closing_from(text: str) -> int:
    """Where the text's last two paragraphs begin (the newline before the second-last line that
    holds text): a timex ending after it has at most one more paragraph after it."""
    found, end = 0, len(text)
    while (i := text.rfind("\n", 0, end)) >= 0:
        if text[i + 1:end].strip():
            found += 1
            if found == 2:
                return i
        end = i
    return -1


# a price a market set on a day (used with endpos): "the closing price on Friday", "its closing share price of May 9"
PRICE_ON_BEFORE = re.compile(r"\b(?:closing|opening)\s{1,3}(?:(?:share|stock)\s{1,3})?(?:price|level|value)s?\s{1,3}(?:on|of)\s{1,3}$", re.I)


# ----------------------------------------------------------------- resolver
class _Ctx:
    def __init__(self, text: str, dct: D | None, order: str):
        self.text, self.dct, self.order = text, dct, order
        self._anchor_value: str | None = None        # value of the last date mentioned
        self._anchor: tuple[D, str] | None = None
        self.bc = False        # a date before the common era has been the anchor (see BC_SHIFT)
        # the last day mentioned, when a year or longer period came after it (see anchor_for)
        self.day_before_period: str | None = None
        # the value of the date just before, when this one restates it: "Two days later, on 5 March"
        self.restates: str | None = None
        # (year, month, day) of the dated end of a range this day opens: "from 21 March to 5 April 1918"
        self.range_end: tuple[int, int, int] | None = None
        # the year the same phrase names for a date without one: "the September 11 attacks in
        # 2001", "the 2014 Winter Games in Sochi in February"
        self.phrase_year: int | None = None
        # the year a news sentence opens with, for a date without one later in it: "Last year,
        # Typhoon Bopha killed 1,000 people in December", "In 2012, floods hit Manila in August"
        self.frame_year: int | None = None
        # the date without a year recurs every year: "Every year on 27 January", "in May each year"
        self.yearly = False
        # the date without a year is told in the pluperfect, a look back from the story: "By
        # January the offensive had stalled. The division, which had arrived in early November"
        self.told_earlier = False
        # a "Meanwhile" paragraph's look back reaches no further than the first date of the
        # paragraph before it, the stretch it goes back over (see _stretch_start)
        self.stretch_from: str | None = None
        # the value of a look back just told in the same sentence, for a count after it: "had
        # taken the forts in February, and two months later"
        # (how, value) of the date counted from, when a count or a period reads it otherwise:
        # ("look back", value) a look back just before in the sentence ("had taken the forts in
        # February, and two months later"), ("since", value) the start of a state in this
        # sentence, ("half", "1"/"2") a half year
        self.counted_from: tuple[str, str] | None = None
        # the date told before the last one, when the story moved to another date: "A storm on
        # 14 November ..., and by January ... arrived in early November" steps back into the
        # stretch just told (see narrative_year)
        self.prev_told: str | None = None
        # the decade last mentioned ("199"), when no other date came after it: "two decades
        # later" counts from it (the narrative anchor keeps no decades)
        self.last_decade: str | None = None
        # the decade or century the last date named was, even a part of one ("By the mid-1940s
        # ... at the end of the decade" is the 1940s', not the year named before them; "the
        # mid-19th century ... the turn of the century" is the 19th's)
        self.period_named: str | None = None
        # (day one, day given) of the last "on the Nth day": "on day three" after it counts
        # from the same day one, not from the day it gave
        self.day_one: tuple[D, D] | None = None
        # the value of the last quarter named as a fiscal one ("its fiscal third quarter"): in a
        # company whose year is not the calendar's, "the quarter (ended June 25)" is that one
        self.fiscal_q: str | None = None
        # the day the same weekday named earlier resolved to, when this one is a plan told in
        # the past ("plunged into the sea on Monday ... was due in San Francisco at 4:45 p.m.
        # Monday"): the story's Monday, not the next one
        self.plan_told_day: str | None = None
        self.asked: tuple | None = None     # (start, end, tense) of the last tense asked for
        # _resolve read the text around the timex (beyond its tense, which is asked apart): its
        # result holds only in the same surroundings (see resolve_all's memo)
        self.around = False
        self._clauses: _Clauses | None = None
        self._tense_memo: dict[tuple[int, str], str | None] = {}
        self._tense_last: tuple[int, str, str | None] | None = None    # the last memo entry used
        self.spans: list[tuple[int, int]] = []      # of every timex that may ask for its tense
        # A text that has just named a day or month in another year than the DCT's ("The siege
        # began on 12 May 2016. On 3 June, ...") may go on in that year. News style names the
        # year when it is not the current one, so the DCT's year stays the value and the
        # story's year becomes the first alternative, one click away for the editor.
        self.story: tuple[int, int] | None = None   # (year, end offset of the date naming it)
        # A text about times long before its publication (a history, an encyclopedia article)
        # names years and no "today" or "on Tuesday": there, a date without a year belongs to
        # the year the text last named, as if it had no publication date (HeidelTime's
        # "narrative" documents; here detected, see _is_history).
        self.history = False
        self.in_story = False                        # this timex is within reach of the story
        # no word in the text counts from the publication date ("today", "on Tuesday", "last
        # week"): a story told in another year stays there (see _past_yet_ahead)
        self.apart = False
        self.apart_story = False             # apart, and within a story that has told a day
        self.story_day: int | None = None    # the story's year, once a yearless day has gone into it
        # apart, within a story two or more years before the DCT, in a text whose days without a
        # year have gone into its stories: a history ("On 7 August [1999] ... in early February
        # 2000 ... was elected president in March", told in April 2009), where a month or day
        # told in the past is the story's even when this year's has just passed
        self.old_story = False
        # the timex just before, in the same sentence, named the story's year again ("in
        # September 2022 in the second coup that year, after the army ousted Kabore in
        # January"): a past month or day without a year is the story's even when this year's is over
        self.story_said = False
        # a bare ordinal day ("on the 14th") was read as a day of the publication date's month:
        # the text counts its days in that month, and a month of another year named in passing
        # ("halted in March 2023") does not move the next "on the 17th" there (a day does)
        self.ordinal_here = False
        self.coord_prev: str | None = None   # a coordinated season's: the value of the timex before
        self.planned = False                 # see plan_told, asked in resolve_all
        self._closing_from: int | None = None
        self._low: str | None = None                    # see _lower
        self._word_asked: dict[tuple, int] = {}         # see _word_near
        self._word_starts: dict[tuple, list[int]] = {}
        self.parts: list = []                           # every candidate, for the text's date style
        self._doc_order: tuple[str | None, str] | None = None

    def doc_order(self) -> tuple[str | None, str]:
        """The order the text itself writes days and months in, for a numeric date whose two
        numbers are both 12 or less (see _text_order); asked only for such a date."""
        if self._doc_order is None:
            self._doc_order = _text_order(self.parts)
        return self._doc_order

    def tense(self, s: int, e: int) -> str | None:
        # Asked once per timex: 100,000 times on 1 MB of dates. The answer depends only on the
        # text around the timex (every question below reads less than _TENSE_READ of it), so
        # repeated text asks once; a timex near the edge of the stretches scanned for markers
        # is not memoised (its markers depend on where the stretch ends).
        if self._clauses is None:
            self._clauses = _Clauses(self.text, self.spans)
        lo, hi = s - _TENSE_READ[0], e + _TENSE_READ[1]
        key = None
        if lo >= 0 and self._clauses.scanned(lo, hi):
            # repeated text asks with the same surroundings as last time: compare in place
            last = self._tense_last
            if last is not None and last[0] == e - s and hi <= len(self.text) and self.text.startswith(last[1], lo):
                self.asked = (s, e, last[2])
                return last[2]
            key = (e - s, self.text[lo:hi])
            t = self._tense_memo.get(key, self)
            if t is not self:
                self.asked = (s, e, t)
                if hi <= len(self.text):
                    self._tense_last = (key[0], key[1], t)
                return t
        t = self._tense(s, e)
        if key is not None:
            self._tense_memo[key] = t
            if hi <= len(self.text):
                self._tense_last = (key[0], key[1], t)
        return t

    def _tense(self, s: int, e: int) -> str | None:
        # A pre-check that reads the text around s with a regex must first ask _word_near for
        # a word its phrases all contain.
        if SINCE_BEFORE.search(self.text, max(0, s - 8), s):
            t = "since"         # "since March": a start that has already come, whatever the verb
            self.asked = (s, e, t)
            return t
        if self._word_near(("closing", "opening"), max(0, s - 40), s) and PRICE_ON_BEFORE.search(self.text, max(0, s - 40), s):
            # "a 63 percent premium over the closing price on Friday": a price set in trading, so
            # a day that has been, whatever the offer's verb looks ahead to
            self.asked = (s, e, "past")
            return "past"
        if (self._word_near(("had",), max(0, s - 30), s) and LIMIT_GIVEN_BEFORE.search(self.text, max(0, s - 30), s)) \
                or (self._word_near(("supposed",), max(0, s - 80), s) and LIMIT_SUPPOSED_BEFORE.search(self.text, max(0, s - 90), s)):
            self.asked = (s, e, None)
            return None     # a limit that may have passed or not: no tense, so the nearer reading
        if self._deadline(s, e):
            self.asked = (s, e, "deadline")
            return "deadline"
        if self.text.startswith(("'s ", "’s "), e):
            # "would look for ways to get around Wednesday's ruling": a day named in a noun phrase
            # names what happened then (TimeBank and AQUAINT dev: 11 past, 5 that day, none ahead),
            # unless its own verb looks ahead ("Thursday's meeting will decide")
            m = MARKER_RE.search(self.text, e, min(len(self.text), e + 40))
            t = "future" if m and m.lastgroup == "future" and not SENT_CUT.search(self.text, e, m.start()) else "past"
            ahead = AHEAD_OF_DAY_BEFORE.search(self.text, max(0, s - 20), s)
            if t == "past" and SCHEDULED_AFTER.match(self.text, e + 3) and (
                    AHEAD_OF_BEFORE.search(self.text, max(0, s - 40), s)
                    # "ahead of Sunday's vote" looks ahead of the act, not of the telling: the act's tense
                    # decides ("will deploy troops ahead of"); after a past act, the nearer such day
                    or self._clauses.tense(*((ahead.start(), ahead.start()) if ahead else (s, e))) == "future"):
                # a vote, summit or match the sentence looks ahead to: "pulled out of Friday's run-off",
                # "will boycott Friday's election" (not "Wednesday's ruling"; nor "ahead of Sunday's vote",
                # which a report after the vote writes too)
                t = "future"
            self.asked = (s, e, t)
            return t
        if VIOLENCE_NAMED_AFTER.match(self.text, e) and THE_BEFORE.search(self.text, max(0, s - 8), s) \
                and not PLOTTED_BEFORE.search(self.text, max(0, s - 70), s):
            # "will testify on Friday about the Sept. 11 attack in Benghazi": a day naming an attack
            # names one that has happened, whatever the sentence's verb looks to (not one plotted)
            self.asked = (s, e, "past")
            return "past"
        t = self._clauses.tense(s, e)
        if t not in ("future", "deadline") and PERIOD_END_WORD.search(self.text, max(0, s - 12), s) \
                and PERIOD_END_BEFORE.search(self.text, max(0, s - 40), s):
            self.asked = (s, e, "ended")
            return "ended"      # "sales fell in the year to June 30": a period that has ended
        if t != "future" and self._word_near(("forecast",), max(0, s - 45), s) \
                and FORECAST_FOR_BEFORE.search(self.text, max(0, s - 45), s):
            t = "future"        # "Rain was forecast for later on Sunday and Monday"
        elif t in (None, "report") and self._scheduled(s):
            t = "future"        # "Polls open on Sunday", "said the truce ends on Friday"
        elif t in (None, "report") and self._word_near(FIXTURE_WORDS, max(0, s - 40), s) \
                and FIXTURE_IS_BEFORE.search(self.text, max(0, s - 40), s):
            t = "future"        # "Game 6 is Wednesday night", "The vote is set for Thursday"
        elif t in (None, "report") and self.text.endswith("on ", 0, s) and IS_ON_BEFORE.search(self.text, max(0, s - 12), s):
            t = "future"        # "Her first Prime Minister's Questions is on Wednesday": a day told in the present is to come
        elif t == "past" and self._scheduled(s, SCHEDULED_RIGHT_BEFORE):
            t = "future"        # the verb right before governs: "The treaty, signed in 1994, expires in December"
        elif t == "past" and self._scheduled(s) and _in_relative_aside(self.text, s, e):
            t = "future"        # the clause's own verb governs: "Zuckerberg, who turns 28 on Monday, rang the bell"
        if t is None and self._word_near(("by",), max(0, s - 4), s) and BY_BEFORE.search(self.text, max(0, s - 4), s):
            t = "deadline"      # "requires banks to raise capital by the end of June": a target, with no verb to date it
        elif t is None and self._word_near(("before",), max(0, s - 8), s) \
                and (m := BEFORE_LIMIT.search(self.text, max(0, s - 30), s)) \
                and (m.group("w") or "").lower() not in _COUNTED_BEFORE:
            t = "deadline"      # "no sign of a compromise before the weekend"
        elif t in ("past", "report") and self._word_near(("by", "before"), max(0, s - 8), s) \
                and BY_OR_BEFORE.search(self.text, max(0, s - 8), s) and MODAL_BY_BEFORE.search(self.text, self._sentence_start(max(0, s - 70), s), s):
            t = "deadline"      # "said he hoped a deal could be reached by Friday"
        if t != "future" and self._word_near(DAY_DECLARED_WORDS, max(0, s - 14), s) \
                and DAY_DECLARED_BEFORE.search(self.text, max(0, s - 14), s) and DAY_DECLARED_AFTER.match(self.text, e):
            t = "future"        # "Sweden declared Sunday a day of mourning"
        elif t != "future" and self._word_near(STARTING_WORDS, max(0, s - 40), s) \
                and STARTING_BEFORE.search(self.text, max(0, s - 40), s):
            t = "future"        # "agreed to a truce starting at noon on Wednesday, a mediator said"
            if self._word_near(PLAN_WORDS, e, e + 70) and START_UNDONE_AFTER.search(self.text[e:e + 110]):
                t = "past"      # "a strike starting on December 22 was blocked by the court"
        elif t == "future" and self._plan_undone(s, e):
            t = "past"          # "On Monday the trial was to begin, but the judge postponed it"
        if t != "past" and self._word_near(("up", "down", "from"), max(0, s - 75), s) \
                and CHANGE_FROM_BEFORE.search(self.text, max(0, s - 75), s):
            t = "past"          # "..., up from about 50 percent on Monday"
        if t is None and self._word_near(("last",), max(0, s - 80), s) \
                and LAST_VERB_BEFORE.search(self.text, self._sentence_start(max(0, s - 80), s), s):
            t = "past"          # "The bank last cut its main rate in November"
        self.asked = (s, e, t)
        return t

    def _plan_undone(self, s: int, e: int) -> bool:
        """Whether the sentence around text[s:e] tells a plan in the past that did not happen
        as planned (see PLAN_IN_PAST)."""
        lo = max(0, s - 100)
        if not self._word_near(PLAN_WORDS, lo, e + 60):
            return False
        if self._word_near(PLANNED_FOR_WORDS, max(0, s - 20), s) and PLANNED_FOR_BEFORE.search(self.text, max(0, s - 20), s) \
                and START_UNDONE_AFTER.search(self.text[e:e + 110]):
            return True
        lo = self._sentence_start(lo, s)
        nxt = SENT_CUT.search(self.text, e, min(len(self.text), e + 150))
        hi = nxt.start() if nxt else min(len(self.text), e + 150)
        plan = PLAN_IN_PAST.search(self.text, lo, hi)
        undone = PLAN_UNDONE.search(self.text, lo, hi) if plan is not None else None
        # "the deal would delay the cuts that were due to begin on Wednesday": an undoing still
        # ahead leaves the planned day ahead too
        return undone is not None and not UNDOING_AHEAD.search(self.text, self._sentence_start(max(0, s - 250), s), undone.start())

    def _pluperfect(self, s: int) -> bool:
        """Whether a pluperfect verb comes before s in its sentence ("which had arrived from
        Ukraine in early November")."""
        lo = max(0, s - 160)   # (a history's long sentence: "had been formed in the spring of 1912 through
        # a series of treaties, the first of them signed by Serbia and Bulgaria on 13 March")
        if not self._word_near(("had",), lo, s):
            return False
        if BY_BEFORE.search(self.text, max(0, s - 4), s):
            # "had laid down their arms by the end of June": the date by which it was done is the
            # pluperfect's own reference time, where the story is, not a look back before it
            return False
        last = None
        start = self._sentence_start(lo, s)
        for last in PLUPERFECT_BEFORE.finditer(self.text, start, s):
            pass
        if last is not None and (start > lo or start == 0) and COMPLETED_WITHIN_OPENS.match(self.text, start):
            return False     # "Within two months Frederick had invaded Silesia, on 16 December": done since, not before
        if last is not None and RELATIVE_HAD_BEFORE.search(self.text, max(start, last.start() - 8), last.start()) \
                and self.text.find(",", last.end(), s) >= 0:
            return False     # "soldiers who had fled into Iraq, killing 48 of them on Monday": the relative clause has closed
        # "had asked for peace, and the treaty was signed on 10 August": a clause of its own
        return last is not None and NEW_CLAUSE.search(self.text, last.end(), s) is None

    def _word_near(self, words: tuple[str, ...], lo: int, hi: int) -> bool:
        """Whether a word beginning with one of words starts in text[lo:hi]. Every phrase the
        tense pre-checks look for holds such a word: without one, they skip their regex work
        (date-dense text asks 100,000 times). An article asks a few times: one search of that
        stretch (it sees the character before lo, and the whole of a word starting before hi);
        a text that asks more often gets the offsets of all such words, found in one pass."""
        starts = self._word_starts.get(words)
        if starts is None:
            asked = self._word_asked[words] = self._word_asked.get(words, 0) + 1
            if asked <= _ASKED_LOCALLY or not _of_word_characters(words):
                if lo >= hi:
                    return False
                low = self._lower()
                m = _word_start_pattern(words, not low).search(low or self.text, lo, hi + _longest(words))
                return m is not None and m.start() < hi
            starts = self.word_offsets(words)
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi

    def word_offsets(self, words: tuple[str, ...]) -> list[int]:
        """The sorted offsets where a word beginning with one of words (of word characters
        only, so that no match hides another's start) starts, found once per text."""
        starts = self._word_starts.get(words)
        if starts is None:
            low = self._lower()
            starts = _starts_of_words(low, words) if low and len(words) <= _FIND_WORDS and _of_word_characters(words) else None
            if starts is None:
                starts = [m.start() for m in _word_start_pattern(words, not low).finditer(low or self.text)]
            self._word_starts[words] = starts
        return starts

    def _lower(self) -> str:
        """text.lower(), made once; "" when a letter lower-cases to two (offsets would shift)."""
        if self._low is None:
            low = self.text.lower()
            self._low = low if len(low) == len(self.text) else ""
        return self._low

    def clear_future(self, s: int) -> bool:
        """Whether the sentence before s says plainly that it speaks of the future ("will",
        "is scheduled", "is due to", "opens"), not only by a noun like "plan". Asked only for a
        date without a year that has already passed this year in a future clause."""
        self.around = True
        lo = max(0, s - 100)
        if not self._word_near(CLEAR_FUTURE_WORDS, lo, s):
            return False
        lo = self._sentence_start(lo, s)
        return CLEAR_FUTURE.search(self.text, lo, s) is not None or SCHEDULED_BEFORE.search(self.text, lo, s) is not None

    def _scheduled(self, s: int, pattern: re.Pattern = SCHEDULED_BEFORE) -> bool:
        """Whether a present-tense verb of timetabled events governs the timex at s (see
        SCHEDULED_BEFORE), within its sentence."""
        lo = max(0, s - 100)
        if not self._word_near(SCHEDULED_WORDS, lo, s):
            return False
        return pattern.search(self.text, self._sentence_start(lo, s), s) is not None

    def plan_told(self, s: int, e: int) -> bool:
        """Whether text[s:e] stands in a history's last two paragraphs after a plan told in the
        present ("He died on 3 November 1996 ... A memorial concert is planned for December 10",
        "will be held on"). Asked in resolve_all, as part of the memo key: it reads the text."""
        lo = max(0, s - 100)
        if self.dct is None or not self._word_near(PLAN_PRESENT_WORDS, lo, s):
            return False
        if self._closing_from is None:
            self._closing_from = _closing_from(self.text)
        return e > self._closing_from and PLAN_PRESENT.search(self.text, self._sentence_start(lo, s), s) is not None

    def plan_ahead(self, s: int, e: int) -> bool:
        """Whether a history's date without a year is a plan (see plan_told) in a future clause:
        it counts from the publication date, not the story."""
        return self.planned and self.tense(s, e) == "future"

    def _sentence_start(self, lo: int, s: int) -> int:
        """Where the sentence holding s begins, or lo if it begins before."""
        for c in SENT_CUT.finditer(self.text, lo, s):
            if not AM_PM_BEFORE.search(self.text, max(0, c.start() - 4), c.start()):
                lo = c.end()     # "open at 8 a.m. EST on Sunday": no sentence ends in "a.m."
        return lo

    def _deadline(self, s: int, e: int) -> bool:
        """Whether text[s:e] is a time limit set in its sentence (see DEADLINE_BEFORE) that the
        sentence does not say has passed."""
        text = self.text
        lo = max(0, s - 110)
        if not self._word_near(DEADLINE_WORDS, lo, s):
            return False
        cut = None
        for c in SENT_CUT.finditer(text, lo, s):
            if not AM_PM_BEFORE.search(text, max(0, c.start() - 4), c.start()):
                cut = c              # "9 a.m. EST Tuesday": no sentence ends in "a.m."
        if cut is not None:
            lo = cut.end()
        if not DEADLINE_BEFORE.search(text, lo, s):
            return False
        hi = min(len(text), e + 60)
        nxt = SENT_CUT.search(text, e, hi)
        return not DEADLINE_PASSED.search(text, lo, nxt.start() if nxt else hi)

    @property
    def anchor(self) -> tuple[D, str] | None:
        """Narrative anchor (date, granularity), parsed only when an expression needs it."""
        if self._anchor_value is not None:
            v = self._anchor_value
            if v[:2] == "BC":
                v = _stand_in(v)
                self.bc = self.bc or v != self._anchor_value
            pv = _parse_value_cached(v)
            if pv:
                self._anchor = pv
            self._anchor_value = None
        return self._anchor

    @property
    def why_narrative(self) -> str:
        return NO_DCT if self.dct is None else "a history told long after the publication date"

    def story_year(self, make) -> int | None:
        """The year of the story for a date named without a year, or None outside a story:
        the story's year, or the next one when the date would otherwise fall well before the
        last one mentioned ("28 December 2015 ... 3 January")."""
        if not self.in_story or self.anchor is None:
            return None
        return _forward_year(self.story[0], self.anchor[0], make)

    def narrative_year(self, make) -> int:
        """The year for a date without one, from the last mentioned date (see _forward_year);
        told in the pluperfect, the latest such date not after it."""
        last = self.anchor[0]
        y = _forward_year(last.year, last, make) or last.year
        if self.told_earlier and (here := make(y)) and here > last + _dt.timedelta(days=31) and (back := make(y - 1)) \
                and not (self.stretch_from and (start := _parse_value_cached(self.stretch_from)) and back < start[0]):
            return y - 1
        if y == last.year and self.prev_told and not self.planned and (prev := _parse_value_cached(self.prev_told)) \
                and prev[1] in ("D", "M") and prev[0].year == last.year - 1 and (here := make(y)) and here > last + _dt.timedelta(days=240) \
                and (back := make(y - 1)) and (prev[0].year, prev[0].month) <= (back.year, back.month):
            # the story has just crossed into a new year ("14 November ... by January"): a month
            # of the stretch just told is that one ("early November"), not one ten months on
            return y - 1
        return y

    def anchor_for(self, gran: str) -> tuple[D, str] | None:
        """The anchor to count days or weeks from: the last mentioned date, unless that is a
        year or longer and a day was named just before it ("On 1 June 2016 ... had lasted since
        2012. The following day ...": the day after 1 June, not 2012)."""
        a = self.anchor
        if self.day_before_period and a and gran in ("D", "W") and GRAN_RANK[a[1]] >= GRAN_RANK["Y"]:
            return _parse_value_cached(self.day_before_period) or a
        if self.day_before_period and a and gran == "M" and a[1] == "Y" and self.day_before_period[:4] == str(a[0].year):
            # a month counts from the day too when the year after it is that day's own ("began on
            # 5 May. ... peaked that year. Talks opened the same month": May)
            return _parse_value_cached(self.day_before_period) or a
        return a

    def base(self, gran: str | None = None) -> tuple[D | None, str]:
        """Anchor for anaphoric expressions: last mentioned date (see anchor_for when counting
        in units of gran), else the DCT."""
        a = self.anchor_for(gran) if gran else self.anchor
        if a:
            return a[0], "narrative"
        return self.dct, "dct"


def _text_order(parts) -> tuple[str | None, str]:
    """'DMY' or 'MDY' when the text shows which way it writes dates, with the reason: a
    numeric date with a day over 12 ("25/08/2017") settles it; else the dates in words do
    ("3 May 2015" is British/international style, whose "03/05/2015" is 3 May; "May 3"
    American). None when nothing tells or the clues disagree."""
    num = {"DMY": 0, "MDY": 0}
    words = {"DMY": 0, "MDY": 0}
    for _, _, p in parts:
        k = p["kind"]
        if k == "dmy":
            words["DMY"] += 1
        elif k == "mdy":
            words["MDY"] += 1
        elif k == "numeric" and "ymd" not in p and p.get("sep") != ".":
            a, b = int(p["a"]), int(p["b"])
            if a > 12 >= b:
                num["DMY"] += 1
            elif b > 12 >= a:
                num["MDY"] += 1
    if num["DMY"] and not num["MDY"]:
        return "DMY", "as the text's other numeric dates put the day first"
    if num["MDY"] and not num["DMY"]:
        return "MDY", "as the text's other numeric dates put the month first"
    if words["DMY"] > words["MDY"] and not num["MDY"]:
        return "DMY", "as the text writes dates day first ('3 May')"
    if words["MDY"] > words["DMY"] and not num["DMY"]:
        return "MDY", "as the text writes dates month first ('May 3')"
    return None, ""


def _pick_direction(t: str | None):
    """'report' (only a reporting verb nearby), 'since' and no clue at all read as past."""
    return "future" if t in ("future", "deadline") else "past"


# the figures of a month ("its December jobs report", "November retail sales", "data for
# October") are released once it has ended (AFTER used with match at the month's end, BEFORE
# with endpos at its start)
_DATA_NOUNS = (r"(?:jobs|employment|unemployment|payrolls?|sales|figures|data|numbers|statistics|inflation|output|"
               r"orders|exports|imports|trade|readings?)\b")
MONTH_DATA_AFTER = re.compile(r"(?:['’]s)?\s{1,3}(?:(?!(?:and|or|but|to|in|of|the|a|an|will|would|is|are|was|were)\s)[a-z]+\s{1,3}){0,2}?"
                              + _DATA_NOUNS)
MONTH_DATA_BEFORE = re.compile(r"\b(?:report|figures|data|numbers|statistics|reading)\s{1,3}(?:for|on)\s{1,3}$")
# "crude for January delivery fell", "March futures": a commodity's delivery month is the
# next such month, whatever the tense of the trading told (used with match at the month's end)
MONTH_DELIVERY_AFTER = re.compile(r"\s{1,3}(?:delivery|futures)\b")


def _choose_year(dct: D, make, t: str | None, sure: bool = False) -> tuple[int, int | None, str]:
    """Year for a day-month or month named without one: the reading nearest the DCT, where
    readings in the DCT's own calendar year get a 90-day bonus (news style omits the year
    only for the current year) and readings against the tense a penalty (300 days against a
    past or future verb, 60 against a mere reporting verb); a clear future (sure) takes no
    bonus for a reading already past. Returns (year, other, why)."""
    if make(dct.year) is None:
        return _leap_day_year(dct, make, t)
    scored = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        d = make(y)
        if d is None:
            continue
        # the same-year bonus does not hold against a clear future: "The hearing is scheduled
        # for April 23" in a June article is next April (this April stays the alternative)
        # (sure: the sentence says so plainly, see _Ctx.clear_future)
        same_year = y == dct.year and not (sure and t == "future" and d < dct)
        dist = abs((d - dct).days) - (90 if same_year else 0)
        if d > dct and t in ("past", "report", "since", "ended"):
            dist += {"past": 300, "report": 60, "since": 1000, "ended": 1000}[t]   # "since" cannot look ahead
        if d < dct and t in ("future", "deadline"):
            dist += 300
        if d > dct and t is None:
            dist += 30                # no clue: news reports the past
        scored.append((dist, y, d))
    scored.sort()
    y, d = scored[0][1], scored[0][2]
    other = scored[1][1] if len(scored) > 1 else None
    why = ("the same year as" if y == dct.year else "the year before" if y < dct.year else "the year after")
    why += " the publication date" + {"past": ", past tense", "report": ", reported", "future": ", future tense",
                                  "deadline": ", a time limit (mostly still ahead)",
                                  "since": ", after 'since'", "ended": ", the end of a period told"}.get(t or "", ", tense unclear")
    if t == "future" and y > dct.year and make(dct.year) is not None and make(dct.year) < dct:
        why += ", as this year's has passed"
    if (t == "past" and d > dct) or (t in ("future", "deadline") and d < dct):
        why += (", yet the date comes later: a deadline, or the year before?" if t == "past"
                else ", yet the date has passed: the year after?")
    return y, other, why


def _leap_day_year(dct: D, make, t: str | None) -> tuple[int, int | None, str]:
    """29 February without a year, when the DCT's year has none: the last one before the
    DCT, or the next one in a future clause (the other as alternative)."""
    # leap years are at most 8 apart (1896, 1904)
    before = max(y for y in range(dct.year - 8, dct.year + 1) if make(y) and make(y) <= dct)
    after = min(y for y in range(dct.year, dct.year + 9) if make(y) and make(y) > dct)
    if t in ("future", "deadline"):
        return after, before, "the next such day after the publication date, future tense"
    return before, after, "the last such day before the publication date" + (", tense unclear" if t is None else "")


def _soon_after_story(ctx: _Ctx, story: int, mon: int, day: int | None = None) -> bool:
    """Whether a day (or month) without a year, told in the past, falls within a few weeks
    (or a month) of the date the story last named in its own year, while this year's reading
    is no recent news: "Protests began on 15 February 2011. On 17 February, activists marched
    ... in early March" goes on with 2011 (a story's year far from the day, "born on 5 May
    1930 ... died on 12 December", does not). Last year's story may go on into this year's
    news ("The siege began on 12 May 2016. On 3 June, ..." in 2017): only older ones."""
    a, dct = ctx.anchor, ctx.dct
    if a is None or a[0].year != story or a[1] not in ("D", "M") or story > dct.year - 2:
        return False
    if day is None or a[1] == "M":
        # (a month is news for longer: "up from August 2008. In July, sales had fallen" is
        # this July in September)
        this_years, news_days = D(dct.year, mon, 1), 120
        # (the month named or the next: a story goes on; "brokered a ceasefire ... in January" after "a February
        # 2021 coup" is no step back into that story, but this January)
        near = 0 <= mon - a[0].month <= 1
    else:
        d, this_years, news_days = _safe_day(story, mon, day), _safe_day(dct.year, mon, day), 45
        near = d is not None and abs((d - a[0]).days) <= 45
    if near and ctx.apart:
        # a text that counts no day from its publication date (an encyclopedia article on a
        # battle of five years before, which may end on "today large parts remain in ruins") has
        # no news present for the date to be recent in: it goes on with the story
        return True
    return near and this_years is not None and (dct - this_years).days > news_days


def _pluperfect_in_old_story(ctx: _Ctx, story: int, s: int) -> bool:
    """Whether a month without a year is told in the pluperfect right after the story named a day or month of a
    year long before the publication date: "Prosecutors said that on Dec. 6, 1982, a patrol entered the hamlet.
    They were looking for rifles that rebels had seized in an ambush in October" is 1982's October, before that
    day, not the October before the publication date (the pluperfect looks back from the story's time)."""
    a = ctx.anchor
    return a is not None and a[0].year == story and a[1] in ("D", "M") and story <= ctx.dct.year - 2 and ctx._pluperfect(s) \
        and not _year_in_closed_aside(ctx.text, ctx._sentence_start(max(0, s - 300), s), s, story)


def _year_in_closed_aside(text: str, lo: int, hi: int, year: int) -> bool:
    """Whether a relative aside in text[lo:hi] tells the year and closes before hi: "Gadhafi, who
    ruled Libya for 42 years after seizing power in September 1969, had been on the run since
    rebels overran Tripoli in August" is background, not the time the story is at."""
    return re.search(rf",\s{{1,3}}(?:who|which)\s[^,;]*\b{year}\b[^,;]*,", text[lo:hi]) is not None


def _past_yet_ahead(t: str | None, this_years: D | None, dct: D, apart: bool = False) -> bool:
    """Whether a date without a year is told in the past (or reported: "on 2 April Ukraine said
    the region had been retaken") while this year's date is still
    ahead of the DCT and last year's is over half a year old (news names such a date with its
    year): right after a date in another year ("The invasion began on 20 March 2003. ... on
    9 April a statue was pulled down"), it belongs to that story, not to last year. ("... ended
    in June 2009. Unemployment, at 8.5 percent in December" in January: last month.) In a
    text set apart from its publication date (apart: no "today", weekday or "last week" in
    it) whose story a day without a year has already gone into, last year's date however
    recent: an Iraq history of 2008 that has told 20 March 2003 and then 9 April means 2003
    by "Saddam was captured on 13 December"; an obituary's "born on 5 May 1930 ... died on
    12 December" is still last December."""
    if t not in ("past", "report") or this_years is None or this_years <= dct:
        return False
    if apart:
        return True
    last_years = _safe_day(this_years.year - 1, this_years.month, this_years.day)
    return last_years is not None and (dct - last_years).days > 182


def _after_winter(anchor: tuple[D, str]) -> bool:
    """Whether the anchor is a winter (see parse_value: the only year-long anchor in December)."""
    return anchor[1] == "Y" and anchor[0].month == 12


def _season_year(anchor: tuple[D, str], code: str) -> int:
    """The year a season counts from after the anchor: a winter is named by the year it begins
    in (1942-WI runs into February 1943), so 'that winter' after 2 February 1943 is 1942-WI,
    and 'That spring' after 1942-WI is 1943-SP."""
    d, gran = anchor
    if _after_winter(anchor):             # "That spring" after 1941-WI is 1942's
        return d.year if code == "WI" else d.year + 1
    return d.year - 1 if code == "WI" and gran in ("D", "W", "M") and d.month <= 2 else d.year


# the month each season begins in (a winter in the December of the year that names it)
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _following_season_year(d: D, code: str) -> int:
    """The year of 'the following <season>' after a day or month: the first such season that
    begins two months or more later ("Bristol fell in September 1645. The following winter" is
    1645-WI; "in January 1869. The following spring" 1869-SP; "In May 1754 ... The following
    summer" is 1755's: that summer would be 'that summer')."""
    y = d.year
    while (y - d.year) * 12 + SEASON_START[code] - d.month < 2:
        y += 1
    return y


def _previous_season_year(d: D, code: str) -> int:
    """The year of 'the previous <season>' before a day or month: the last such season over
    by then ("told Congress in November 1967 ... decided the previous summer" is 1967-SU; in
    June 1967 it is 1966's)."""
    y = d.year
    while (y - d.year) * 12 + SEASON_START[code] + 2 >= d.month:
        y -= 1
    return y


def _offer_other_year(t: str | None, first: D, last: D, dct: D) -> bool:
    """Whether the other year's reading is worth a click: the tense gave no clear answer, or
    the chosen reading goes against it (a deadline "extended to Nov. 20" in a past clause
    keeps this year, but "attacked the town in October" may well be last October)."""
    return (t in (None, "report") or (t == "past" and first > dct) or (t in ("future", "deadline") and last < dct)
            or (t == "future" and first.year > dct.year))   # next year's, as this year's has passed


# ", followed by talks on Monday" (used with search and endpos at the weekday): a participle that
# lists what comes next in the same sentence
FOLLOWED_BY_BEFORE = re.compile(r",\s{1,3}followed\s{1,3}by\b[^.;!?]*$")


def _weekday_date(dct: D, wd: int, direction: str, rel: str | None) -> D:
    """wd: 1=Mon..7=Sun. The same weekday as the DCT means the DCT itself unless 'last'/'next'."""
    delta = wd - dct.isoweekday()
    if rel in ("this",):
        return dct + _dt.timedelta(days=delta)
    if direction == "past":
        back = (-delta) % 7
        if back == 0 and rel in ("last", "past", "previous"):
            back = 7
        return dct - _dt.timedelta(days=back)
    fwd = delta % 7
    if fwd == 0 and rel in ("next", "coming"):
        fwd = 7
    return dct + _dt.timedelta(days=fwd)


# "the quarter ended June 30" (used with match at the quarter's end): a calendar quarter's last days
QUARTER_ENDED = re.compile(r"\s{1,3}(?:that\s{1,3}|which\s{1,3})?(ended|ending|ends|end)\s{1,3}(?:on\s{1,3})?"
                           r"(Mar(?:ch|\.)?|June?\.?|Sep(?:t(?:ember)?)?\.?|Dec(?:ember)?\.?)\s{1,3}(?:2[4-9]|3[01])\b")   # (fiscal quarters end on a weekday: "March 27")
# "In the third quarter, which ended on August 31, ...": the words between a quarter and the day
# that closes it, whatever month a company's fiscal quarter ends in (used with fullmatch)
QUARTER_CLOSED_GAP = re.compile(r",?\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:ended|ends)\s{1,3}(?:on\s{1,3})?")
# "in the first three months, ... the same period last year" (used with search and endpos at
# the period): the first months of a year told earlier in the sentence, with no year of their own
FIRST_MONTHS_TOLD = re.compile(r"\bfirst\s{1,3}(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s{1,3}months\b(?!\s{1,3}of\b)(?:[^.;!?]|(?<=\d)\.(?=\d))*$", re.I)
# "the three months to June" (used with endpos at the date): the date closes a quarter,
# which "the same period last year" after it is a year before
THREE_MONTHS_TO_BEFORE = re.compile(r"\bthree\s{1,3}months\s{1,3}(?:to|ended|ending|through)\s{1,3}$")
# the day that closes a half just named ("the six months to June 30"; used with match at its end)
HALF_CLOSED_BY = re.compile(r"\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:ended|ending|ends|end|to|through)\s{1,3}(?:on\s{1,3})?"
                            r"(?:June?\.?\s{1,3}30|Dec(?:ember)?\.?\s{1,3}31)\b")


def _resolve(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    r = _resolve_parse(p, s, e, ctx)
    if r is None or not ctx.bc:
        return r
    # counted from a date before the common era (see BC_SHIFT)
    v = _from_stand_in(r["value"])
    alts = tuple(_from_stand_in(a) for a in r["alternatives"])
    if v == r["value"] and alts == r["alternatives"]:
        return r
    return dict(r, value=v, alternatives=alts, reason=_stand_in_years(r["reason"]))


def _resolve_parse(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    if "pod_of" in p:
        # "the morning of 4 June": the day, as TimeBank tags it; the part of day (TimeML's
        # 2017-06-04TMO) is the first alternative
        q = dict(p)
        pod = q.pop("pod_of")
        r = _resolve(q, s, e, ctx)
        if r and r["type"] == "DATE" and len(r["value"]) == 10 and _DAY_VALUE.match(r["value"]):
            if ctx.dct is None or ctx.history:
                # a history ("on the night of 12 July 1943 the 1st Division landed"): the part of
                # day is the timeline's step, as TIMEX2-annotated histories give it; the day alone
                # is the alternative (news keeps TimeBank's day)
                return dict(r, type="TIME", value=r["value"] + "T" + POD_CODE[pod],
                            alternatives=(r["value"],) + tuple(r["alternatives"]),
                            reason=r["reason"] + f"; 'the {pod} of' that day, in a history: its part of day")
            r = dict(r, alternatives=(r["value"] + "T" + POD_CODE[pod],) + tuple(r["alternatives"]),
                     reason=r["reason"] + f"; 'the {pod} of' that day: the part of day is the first alternative")
        return r
    if "week_of" in p:
        q = dict(p)
        q.pop("week_of")
        r = _resolve(q, s, e, ctx)
        if r and r["type"] == "DATE" and _DAY_VALUE.match(r["value"]):
            day = D.fromisoformat(r["value"])
            r = dict(r, value=_week(day), alternatives=(r["value"],),
                     reason=r["reason"] + "; the week of that day")
        return r
    resolve_kind = _BY_KIND.get(p["kind"])     # (the table is below, after the last resolver it names)
    return resolve_kind(p, s, e, ctx) if resolve_kind else None


def _resolve_iso(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"2017-06-04", "2017-06-04T10:30": an ISO date, with its time if given."""
    y, m, d = int(p["y"]), int(p["m"]), int(p["d"])
    if not _safe_day(y, m, d):
        return None
    v = f"{y:04d}-{m:02d}-{d:02d}"
    if "H" in p:
        return _r("TIME", f"{v}T{p['H']}:{p['M']}", "ISO date and time", anchor="absolute")
    return _r("DATE", v, "ISO date", anchor="absolute")


def _resolve_numeric_date(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"12/09/2017", "12.09.2017", "2017/09/12": a date in figures, its order read from the text."""
    dct = ctx.dct
    a, b, c = p["a"], p["b"], p["c"]
    if "ymd" in p:
        day = _safe_day(int(a), int(b), int(c))
        return _r("DATE", _fmt_day(day), "numeric date, year first", anchor="absolute") if day else None
    y = int(c)
    if len(c) == 2:
        pivot = (dct.year % 100 + 10) if dct else 30
        y += 2000 if y <= pivot else 1900
    ai, bi = int(a), int(b)
    mdy, dmy = _safe_day(y, ai, bi), _safe_day(y, bi, ai)
    if ctx.order == "MDY" or (ctx.order == "auto" and bi > 12):
        first, second, why = mdy, dmy, "month/day/year" + (" (day > 12)" if bi > 12 and ctx.order == "auto" else "")
    elif ctx.order == "DMY" or (ctx.order == "auto" and ai > 12):
        first, second, why = dmy, mdy, "day/month/year" + (" (day > 12)" if ai > 12 and ctx.order == "auto" else "")
    elif p.get("sep") == ".":   # dotted dates are European: "12.09.2017" is 12 September
        first, second, why = dmy, mdy, "day.month.year, as dotted dates are written; month/day/year possible"
    elif (style := ctx.doc_order())[0] == "DMY":
        first, second, why = dmy, mdy, f"day/month/year {style[1]}; month/day/year possible"
    elif style[0] == "MDY":
        first, second, why = mdy, dmy, f"month/day/year {style[1]}; day/month/year possible"
    elif dct and dmy and mdy and abs((dmy - dct).days) <= _NEAR_DAYS < abs((mdy - dct).days):
        # "05/09/2017" in a story of 10 September 2017: news tells of days just past, not of May
        first, second, why = dmy, mdy, "day/month/year, the reading near the publication date; month/day/year possible"
    else:
        first, second, why = mdy, dmy, "month/day/year by default; day/month/year possible"
    if first is None:
        first, second = second, None
    if first is None:
        return None
    return _r("DATE", _fmt_day(first), f"numeric date read as {why}",
              (_fmt_day(second),) if second and ai <= 12 and bi <= 12 else (), anchor="absolute")


def _resolve_day_month(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"Sept. 30, 1989", "May 18", "6 and 7 November", "Friday, 27 October": a day and month, with or without a year."""
    dct = ctx.dct
    mon = MONTHS[p["mon"].lower().rstrip(".")]
    day = int(p["d"])
    if _safe_day(2000, mon, day) is None:     # no such day in any year ("31 April"; 2000 had a 29 February)
        return None
    if "y" in p:
        y = int(p["y"])
        dd = _safe_day(y, mon, day)
        if not dd:
            return None
        return _r("DATE", _fmt_day(dd), "explicit date", anchor="absolute")
    if "yrel" in p and dct:       # "on June 30 last year"
        dd = _safe_day(dct.year + {"last": -1, "this": 0, "next": 1}[p["yrel"]], mon, day)
        if dd:
            return _r("DATE", _fmt_day(dd), f"day and month of '{p['yrel']} year' from the publication date ({_human(dct)})")
    if "wd" in p and dct:
        wd = WEEKDAYS[p["wd"].lower().rstrip(".")]
        # (a history looks near the year it is at: "on Saturday, 27 October" after 1962 dates)
        near = ctx.anchor[0].year if ctx.history and ctx.anchor else dct.year
        years = sorted((near, near - 1, near + 1), key=lambda y: abs(y - near))
        # (then the year of the story told, when no year near the publication date fits: "the afternoon of
        # Sunday, May 10" after "May 9, 2015", in a reconstruction published in 2018)
        story = ctx.anchor[0].year if ctx.anchor else near
        for y in years + [y for y in (story, story - 1, story + 1) if y not in years]:
            dd = _safe_day(y, mon, day)
            if dd and dd.isoweekday() == wd:
                return _r("DATE", _fmt_day(dd), "day and month; the year where the weekday matches"
                          + ("" if y in years else f" (the story's, near {story})"))
    if ctx.yearly:
        return _r("DATE", f"XXXX-{mon:02d}-{day:02d}", "day and month of every year (the recurrence is its own SET)", anchor="none")
    if (mon, day) == (9, 11) and (dct is None or dct.year > 2001) and SEPT_11_ATTACKS_AFTER.match(ctx.text, e):
        return _r("DATE", "2001-09-11", "'the September 11 attacks': the day of the 2001 attacks", anchor="none")   # (a name: the story does not move there)
    if ctx.phrase_year and (dd := _safe_day(ctx.phrase_year, mon, day)):
        return _r("DATE", _fmt_day(dd), f"day and month, the year its phrase names ({ctx.phrase_year})", anchor="absolute")
    # (a date it restates outranks the year its sentence opens with: "Last year, ... and an
    # earthquake struck just three weeks ago, on October 15")
    said = _YEAR_MONTH.match(ctx.restates or "")
    said_y = int(said.group(1) or said.group(3)) if said else None
    if said and (dd := _safe_day(said_y, mon, day)) and not (
            (sd := _DAY_VALUE.match(ctx.restates)) and len(ctx.restates) >= 10
            and abs((dd - D(int(sd.group(1)), int(sd.group(2)), int(sd.group(3)))).days) > 31):
        # "Two days later, on 5 March", "Two weeks later, on 2 April" (not another day far from
        # the one just told: "the quarter, which ended on December 30, on January 17")
        return _r("DATE", _fmt_day(dd), "day and month, the year of the date just before, which it restates",
                  anchor="narrative")
    if ctx.frame_year and "yrel" not in p and (dd := _safe_day(ctx.frame_year, mon, day)) and not _ahead_of_past_frame(ctx, s, e):
        return _r("DATE", _fmt_day(dd), f"day and month, the year its sentence opens with ({ctx.frame_year})", anchor="absolute")
    if ctx.range_end:      # "from 21 March to 5 April 1918": the year of the range's end
        y2, m2, d2 = ctx.range_end
        dd = _safe_day(y2 if (mon, day) <= (m2, d2) else y2 - 1, mon, day)
        if dd:
            return _r("DATE", _fmt_day(dd), "day and month, the year of the date that ends the range", anchor="absolute")
    if dct is None or (ctx.history and ctx.anchor):
        if ctx.anchor and (end := _yearless_range_end(ctx, e)) and end < (mon, day):
            # "between 7 December and 8 January": the range crosses a new year, and its end
            # is the one counted from the story
            m2, d2 = end
            dd = _safe_day(ctx.narrative_year(lambda y: _safe_day(y, m2, d2)) - 1, mon, day)
            if dd:
                return _r("DATE", _fmt_day(dd), f"day and month, the year before the day that ends the range "
                          f"({ctx.why_narrative})", anchor="narrative")
        if ctx.anchor and dct is not None and ctx.plan_ahead(s, e) and _safe_day(dct.year, mon, day):
            y, _, why = _choose_year(dct, lambda y: _safe_day(y, mon, day), "future")
            return _r("DATE", _fmt_day(_safe_day(y, mon, day)), f"day and month without a year, a plan told "
                      f"at the end of a history: {why} ({_human(dct)})")
        if ctx.anchor:
            dd = _safe_day(ctx.narrative_year(lambda y: _safe_day(y, mon, day)), mon, day)
            if dd:
                return _r("DATE", _fmt_day(dd), f"day and month, year of the last mentioned date ({ctx.why_narrative})", anchor="narrative")
        return _r("DATE", f"XXXX-{mon:02d}-{day:02d}", f"day and month without a year; {NO_DCT}", anchor="none")
    t = ctx.tense(s, e)
    y, oy, why = _choose_year(dct, lambda y: _safe_day(y, mon, day), t,
                              t == "future" and _safe_day(dct.year, mon, day) is not None
                              and _safe_day(dct.year, mon, day) < dct and ctx.clear_future(s))
    dd = _safe_day(y, mon, day)
    other = _safe_day(oy, mon, day) if oy else None
    alts = (_fmt_day(other),) if other and _offer_other_year(t, dd, dd, dct) else ()
    story = ctx.story_year(lambda y: _safe_day(y, mon, day))
    ahead = story and _past_yet_ahead(t, _safe_day(dct.year, mon, day), dct, ctx.apart_story)
    if story and (ahead or (ctx.story_said and t == "past") or (t == "past" and (ctx.old_story or _soon_after_story(ctx, story, mon, day)))):
        return _r("DATE", _fmt_day(_safe_day(story, mon, day)), f"day and month without a year, told in the past: "
                  f"the year of the story ({story}), " + ("named again just before" if ctx.story_said else
                                                          f"as this year's is still ahead ({_human(dct)})" if ahead
                                                          else "a history's" if ctx.old_story
                                                          else "soon after the date it last named"),
                  (_fmt_day(dd),), anchor="narrative")
    named = _year_named_before(ctx, s) if t == "past" and dd is not None else None
    then = _safe_day(named.year, mon, day) if named else None
    if then is not None and then < dct and (dd > dct or _WHEN_CLAUSE.fullmatch(ctx.text, named.end, s)):
        # "a six-week war in 2020 that ended with a Russian-brokered truce on Nov. 10": told in the past, so not this
        # year's still ahead; "The war began in late 2014, when the Houthis seized Sanaa on Sept. 21": the year's clause
        return _r("DATE", _fmt_day(then), f"day and month without a year, told in the past: the year named before it "
                  f"in its sentence ({named.year})" + (f", as this year's is still ahead ({_human(dct)})" if dd > dct else
                                                       ", whose 'when' clause tells it"), (_fmt_day(dd),))
    if story:
        alts = (_fmt_day(_safe_day(story, mon, day)),) + alts
    return _r("DATE", _fmt_day(dd), f"day and month without a year: {why} ({_human(dct)})", alts)


_YEAR_IN_SENTENCE = re.compile(r"\b(?:1[89]|20)\d\d\b(?![\d-])")


_WHEN_CLAUSE = re.compile(r",?\s+when\s[^.;:,]{0,120}?\s(?:on\s+)?")


class _Year(NamedTuple):
    year: int
    end: int  # where the year's digits end in the text


def _year_named_before(ctx: _Ctx, s: int) -> _Year | None:
    """The last year written out in the sentence before position s, or None."""
    found = None
    for found in _YEAR_IN_SENTENCE.finditer(ctx.text, ctx._sentence_start(max(0, s - 300), s), s):
        pass
    return _Year(int(found.group()), found.end()) if found else None


def _resolve_month_year(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"March 2011", "March of 2011": a month with its year."""
    mon = MONTHS[p["mon"].lower().rstrip(".")]
    why = "month with the year named after the next month" if p.get("shared") else "explicit month and year"
    return _r("DATE", f"{int(p['y']):04d}-{mon:02d}", why, mod=_mod(p), anchor="absolute") if mon else None


def _resolve_month(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"March", "early June", "last May", "the following January", "December of that year": a month without its year."""
    dct = ctx.dct
    mon = MONTHS[p["mon"].lower()]
    rel = " ".join((p.get("rel") or "").lower().split())
    if ctx.yearly and not rel and "yrel" not in p:
        return _r("DATE", f"XXXX-{mon:02d}", "month of every year (the recurrence is its own SET)", mod=_mod(p), anchor="none")
    if ctx.frame_year and not rel and "yrel" not in p and not _ahead_of_past_frame(ctx, s, e):
        return _r("DATE", f"{ctx.frame_year:04d}-{mon:02d}", f"month, the year its sentence opens with ({ctx.frame_year})",
                  mod=_mod(p), anchor="absolute")
    if ctx.phrase_year and not rel and "yrel" not in p:
        return _r("DATE", f"{ctx.phrase_year:04d}-{mon:02d}", f"month, the year its phrase names ({ctx.phrase_year})",
                  mod=_mod(p), anchor="absolute")
    if rel in ("the following", "the next", "the previous", "the preceding"):
        # "the following January": the first such month after the last date mentioned
        base, anc = ctx.base()
        if base is None:
            return _r("DATE", f"XXXX-{mon:02d}", f"'{rel} {p['mon']}'; no date to count from", mod=_mod(p), anchor="none")
        a = ctx.anchor if anc == "narrative" else None
        if a and GRAN_RANK.get(a[1], 0) >= GRAN_RANK["Y"]:
            # "In late 1938 ... The following March": after a whole year, the next one's
            y = base.year + (1 if rel in ("the following", "the next") else -1)
        elif rel in ("the following", "the next"):
            y = base.year if mon > base.month else base.year + 1
        else:
            y = base.year if mon < base.month else base.year - 1
        return _r("DATE", f"{y:04d}-{mon:02d}", f"'{rel} {p['mon']}' counted from the "
                  f"{'last mentioned date' if anc == 'narrative' else 'publication date'} ({_human(base)})", mod=_mod(p), anchor=anc)
    if rel in ("that", "the same") and ctx.anchor:
        return _r("DATE", f"{ctx.anchor[0].year:04d}-{mon:02d}", "month in the year of the last mentioned date", mod=_mod(p), anchor="narrative")
    yrel = " ".join((p.get("yrel") or "").lower().split())
    if yrel in ("that", "the same", "the following", "the next", "the previous", "the preceding"):
        # "in December of that year", "the following year": a year counted from the last
        # mentioned date (or from the publication date when the text named none)
        base, anc = ctx.base()
        if base is None:
            return _r("DATE", f"XXXX-{mon:02d}", f"month of '{yrel} year'; no date to count from", mod=_mod(p), anchor="none")
        y = base.year + {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(yrel, 0)
        return _r("DATE", f"{y:04d}-{mon:02d}", f"month of '{yrel} year' counted from the "
                  f"{'last mentioned date' if anc == 'narrative' else 'publication date'} ({_human(base)})", mod=_mod(p), anchor=anc)
    if dct is None or (ctx.history and ctx.anchor and not rel and not yrel):
        # ("May last year" counts from the publication date even in a history, as 'last year' does)
        if ctx.anchor and dct is not None and ctx.plan_ahead(s, e):
            y, _, why = _choose_year(dct, lambda y: D(y, mon, 15), "future")
            return _r("DATE", f"{y:04d}-{mon:02d}", f"month without a year, a plan told at the end of a "
                      f"history: {why} ({_human(dct)})", mod=_mod(p))
        if ctx.anchor:
            y = ctx.narrative_year(lambda y: D(y, mon, 15))
            return _r("DATE", f"{y:04d}-{mon:02d}", f"month, year of the last mentioned date ({ctx.why_narrative})", mod=_mod(p), anchor="narrative")
        return _r("DATE", f"XXXX-{mon:02d}", f"month without a year; {NO_DCT}", mod=_mod(p), anchor="none")
    if rel in ("last", "past"):
        y = dct.year if mon < dct.month else dct.year - 1
        return _r("DATE", f"{y:04d}-{mon:02d}", f"'{rel}' {p['mon']}: the latest before {_human(dct)}", mod=_mod(p))
    if rel in ("next", "coming"):
        y = dct.year if mon > dct.month else dct.year + 1
        return _r("DATE", f"{y:04d}-{mon:02d}", f"'{rel}' {p['mon']}: the first after {_human(dct)}", mod=_mod(p))
    if rel == "this":
        return _r("DATE", f"{dct.year:04d}-{mon:02d}", "'this' month name: the publication year", mod=_mod(p))
    if p.get("yrel"):
        y = dct.year + {"this": 0, "last": -1, "next": 1}[p["yrel"].lower()]
        return _r("DATE", f"{y:04d}-{mon:02d}", f"month of '{p['yrel']} year' from the publication date ({_human(dct)})", mod=_mod(p))
    if MONTH_DELIVERY_AFTER.match(ctx.text, e):
        y = dct.year if mon >= dct.month else dct.year + 1
        return _r("DATE", f"{y:04d}-{mon:02d}", f"month of a commodity's delivery: the next such month ({_human(dct)})", mod=_mod(p))
    t = ctx.tense(s, e)
    if t == "past" and (mon - dct.month) % 12 <= 6 and PLAN_SUPERSEDED_BEFORE.search(ctx.text, ctx._sentence_start(max(0, s - 110), s), s) \
            and ctx._plan_undone(s, e):
        # "Elections had been planned for April, but the vote would likely be delayed" (told in
        # January): a plan undone before its month, as a weekday's: the coming one, if nearer
        t = "future"
    if t in ("future", "deadline", None) and (dct.month - mon) % 12 in (1, 2) and (
            MONTH_DATA_AFTER.match(ctx.text, e) or MONTH_DATA_BEFORE.search(ctx.text, max(0, s - 24), s)):
        # "will release its December jobs report" (told in January): the figures of the month
        # just ended, published a month or two later ("expects November sales to rise", told
        # in October, is a forecast)
        t = "ended"
    if mon == dct.month:      # the month of the publication date itself
        y, oy, why = dct.year, None, "the month of the publication date"
    else:
        y, oy, why = _choose_year(dct, lambda y: D(y, mon, 15), t,
                                  t == "future" and mon < dct.month and ctx.clear_future(s))
        done = t == "past" and y == dct.year and mon > dct.month
        if done and DONE_IN_ASIDE_BEFORE.search(ctx.text, max(0, s - 90), s):
            # "Elop, who took over in September, said ..." (July): what the aside tells is done,
            # so last year's month, not a limit still ahead
            y, oy, why = dct.year - 1, dct.year, "the year before the publication date, told done in a relative clause"
        elif done and DONE_IN_CLAUSE_BEFORE.search(ctx.text, max(0, s - 60), s):
            y, oy, why = dct.year - 1, dct.year, "the year before the publication date, told done in the past, not a limit still ahead"
        elif done and OPENS_SENTENCE_BEFORE.search(ctx.text, max(0, s - 8), s) and DONE_AFTER_OPENING.match(ctx.text, e):
            # "In December, activists blocked the road" (told in September): a sentence opened by the month it narrates
            y, oy, why = dct.year - 1, dct.year, "the year before the publication date, a month opening a sentence told done"
        else:
            done = False
    first = D(y, mon, 1)
    last = (D(y + 1, 1, 1) if mon == 12 else D(y, mon + 1, 1)) - _dt.timedelta(days=1)
    alts = (f"{oy:04d}-{mon:02d}",) if oy and (done or _offer_other_year(t, first, last, dct)) else ()
    story = ctx.story_year(lambda y: D(y, mon, 15))
    before = story and t == "past" and _pluperfect_in_old_story(ctx, story, s)
    if before and mon > ctx.anchor[0].month:
        story -= 1  # (the latest such month not after the story's date: "on Dec. 6, 1982 ... had seized in March")
    ahead = story and _past_yet_ahead(t, D(dct.year, mon, 15), dct, ctx.apart_story)
    if before:
        return _r("DATE", f"{story:04d}-{mon:02d}", f"month without a year, told in the pluperfect after a date of "
                  f"{ctx.anchor[0].year}: the latest such month before it", (f"{y:04d}-{mon:02d}",), mod=_mod(p), anchor="narrative")
    if story and (ahead or (ctx.story_said and t == "past") or (t == "past" and (ctx.old_story or _soon_after_story(ctx, story, mon)))):
        return _r("DATE", f"{story:04d}-{mon:02d}", f"month without a year, told in the past: the year of the "
                  f"story ({story}), " + ("named again just before" if ctx.story_said else
                                          f"as this year's is still ahead ({_human(dct)})" if ahead
                                          else "a history's" if ctx.old_story
                                          else "soon after the date it last named"),
                  (f"{y:04d}-{mon:02d}",), mod=_mod(p), anchor="narrative")
    if story:
        alts = (f"{story:04d}-{mon:02d}",) + alts
    return _r("DATE", f"{y:04d}-{mon:02d}", f"month without a year: {why} ({_human(dct)})", alts, mod=_mod(p))


def _resolve_year_ago(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"year-earlier", "the year-ago quarter": the year, or quarter, before the one told."""
    dct = ctx.dct
    anchor = ctx.anchor
    if anchor and dct and anchor[0].year < dct.year and anchor[1] in ("Q", "Y"):
        # "... in the 1988 period. The year-ago results ...": the text is already talking
        # about the earlier year; do not step back twice
        return _r("DATE", value_of(*anchor), "the earlier period last mentioned", anchor="narrative")
    if anchor and anchor[1] == "Q":
        return _r("DATE", value_of(shift(anchor[0], -1, "Y"), "Q"), "the same quarter a year before the one last mentioned", anchor="narrative")
    base = anchor[0] if anchor else dct
    if base is None:
        return _r("DATE", "PAST_REF", f"a year before; {NO_DCT}", anchor="none")
    return _r("DATE", f"{base.year - 1:04d}", "the year before the " + ("last mentioned date" if anchor else "publication date"),
              anchor="narrative" if anchor else "dct")


def _resolve_holiday(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"Christmas", "Presidents' Day", "New Year's Day": a holiday, in the year meant."""
    dct = ctx.dct
    h = " ".join(p["h"].lower().replace("’", "'").replace("'s", "s").replace("'", "").split())   # ("Presidents' Day")
    day_in = HOLIDAYS.get(h)
    if day_in is None:
        return None
    if p.get("y"):
        return _r("DATE", _fmt_day(day_in(int(p["y"]))), f"{p['h']} of an explicit year", anchor="absolute")
    if dct is None or (ctx.history and ctx.anchor):
        if ctx.anchor:
            # (the story moves forward: "26 December 1944 ... On New Year's Day" is 1945's)
            return _r("DATE", _fmt_day(day_in(ctx.narrative_year(day_in))), f"{p['h']}, year of the last mentioned date ({ctx.why_narrative})",
                      anchor="narrative")
        a, b = day_in(2001), day_in(2002)   # a fixed-date holiday keeps its month and day
        v = f"XXXX-{a.month:02d}-{a.day:02d}" if (a.month, a.day) == (b.month, b.day) else "XXXX-XX-XX"
        if a == b:
            v = _fmt_day(a)                 # one day in history (D-Day)
        return _r("DATE", v, f"holiday; {NO_DCT}", anchor="none")
    y, oy, why = _choose_year(dct, day_in, ctx.tense(s, e))
    story = ctx.story_year(day_in)
    return _r("DATE", _fmt_day(day_in(y)), f"{p['h']}: {why} ({_human(dct)})",
              tuple(_fmt_day(day_in(a)) for a in (story, oy) if a))


def _resolve_year_end(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"year-end", "the year's end": the end of the year meant."""
    dct = ctx.dct
    if (dct is None or ctx.history) and ctx.anchor:
        # a history's "By year's end the Americans held Luzon": the year it is telling
        y = ctx.anchor[0].year
        return _r("DATE", f"{y:04d}", f"end of the year of the last mentioned date ({ctx.why_narrative})",
                  (f"{y:04d}-12",), mod="END", anchor="narrative")
    if dct is None:
        return _r("DATE", "XXXX", f"end of the year; {NO_DCT}", mod="END", anchor="none")
    if dct.month <= 3 and ctx.tense(s, e) == "past":
        # "the economy was growing at year's end", told in January: the year just ended
        y = dct.year - 1
        return _r("DATE", f"{y:04d}", "end of the year before the publication year, told in the past early in the year",
                  (f"{y:04d}-12",), mod="END")
    return _r("DATE", f"{dct.year:04d}", "end of the publication year", (f"{dct.year:04d}-12",), mod="END")


def _resolve_year_words(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"nineteen ninety-eight", "the year two thousand": a year in words."""
    c = p["c"].lower()
    rest = p.get("rest")
    n = _num(rest) if rest else 0
    if n is None or (rest and rest.lower() == "hundred"):
        return None if c == "nineteen" and rest and rest.lower() != "hundred" else _r("DATE", "1900" if c == "nineteen" else "2000", "year in words", anchor="absolute")
    if c == "nineteen":
        if not rest or n < 10:
            return None           # "nineteen" alone is a number
        return _r("DATE", f"19{int(n):02d}", "year in words", anchor="absolute")
    if not p.get("the") and not rest:
        return None               # "two thousand" alone is a number
    return _r("DATE", f"{2000 + int(n):04d}", "year in words", anchor="absolute")


def _resolve_decade_words(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"the sixties", "the late seventies": a decade in words (of the 20th century)."""
    if not p.get("the"):
        return None
    d = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].index(p["w"].lower()) + 2
    return _r("DATE", f"19{d}", "decade in words (20th century assumed)", mod=_mod(p), anchor="absolute")


def _resolve_decade(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"the 1990s", "the '80s", "the early 1700s": a decade (or a century written as its hundreds)."""
    dct = ctx.dct
    if "dec" in p:
        v = p["dec"]
        if v.endswith("0") and v < "190":
            # "the 1800s", "the early 1700s": a century (the 1900s and 2000s read as decades too)
            return _r("DATE", v[:2], f"century written as its hundreds (the {v}0s)", mod=_mod(p), anchor="absolute")
    else:
        d = int(p["dec2"])
        v = ("20" if dct and d * 10 <= dct.year % 100 and d < 3 else "19") + str(d)
    return _r("DATE", v, "decade", mod=_mod(p), anchor="absolute")


def _resolve_century(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"the 19th century", "the nineteenth century": a century (of the common era or before it)."""
    c = int(p["c"]) if "c" in p else ORD_DAY[" ".join(p["cw"].lower().replace("-", " ").split()).replace(" ", "-")]
    if not 1 <= c <= 30:
        return None
    if p.get("era", "").upper().startswith("B"):
        return _r("DATE", f"BC{c - 1:02d}", "century before the common era", mod=_mod(p), anchor="absolute")
    return _r("DATE", f"{c - 1:02d}", "century", mod=_mod(p), anchor="absolute")


def _resolve_era_date(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"21 June 217 BC", "the spring of 218 BC": a day, month or season of a year of an era."""
    y = int(p["y"])
    bc = p["era"] == "BC"
    if not 0 < y < (BC_SHIFT if bc else 3000):
        return None
    v, era = (f"BC{y:04d}", "a year before the common era") if bc else (f"{y:04d}", "a year of the common era")
    if "s" in p:
        return _r("DATE", f"{v}-{SEASON_CODE[p['s'].lower()]}", f"season of {era}", mod=_mod(p), anchor="absolute")
    mon = MONTHS[p["mon"].lower().rstrip(".")]
    if "d" not in p:
        return _r("DATE", f"{v}-{mon:02d}", f"month of {era}", anchor="absolute")
    if not _safe_day(BC_SHIFT + 1 - y if bc else y, mon, int(p["d"])):
        return None
    return _r("DATE", f"{v}-{mon:02d}-{int(p['d']):02d}", f"day of {era}", anchor="absolute")


def _resolve_era_year(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"415 BC", "AD 43", "1066 AD": a year of an era."""
    y = int(p["y"])
    if p["era"] == "BC":
        return _r("DATE", f"BC{y:04d}", "year before the common era", mod=_mod(p), anchor="absolute") if y else None
    return _r("DATE", f"{y:04d}", "year of the common era", mod=_mod(p), anchor="absolute") if 0 < y < 3000 else None


def _resolve_fiscal_year(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"fiscal 1989", "FY2010", "the fiscal year 2005": a fiscal year, named by its year."""
    y = (p.get("y") or p.get("y4") or p["y3"]).lstrip("'’")
    if len(y) == 2:
        y = ("20" if int(y) < 50 else "19") + y
    return _r("DATE", y, "fiscal year", anchor="absolute")


def _resolve_year(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"1998", "early 2004", the "16" of "2015-16": a year, with its modifier."""
    text = ctx.text
    y = p["y"]
    mod = _mod(p)
    if not mod:
        ctx.around = True
        mod = _in_mod(text, s)
    alts = ()
    if mod == "END":
        alts = (f"{y}-Q4", f"{y}-H2", f"{y}-12")
    elif mod == "START":
        alts = (f"{y}-Q1", f"{y}-H1", f"{y}-01")
    return _r("DATE", y, "the second year of a pair ('2015-16')" if p.get("pair") else "year", alts, mod=mod, anchor="absolute")


def _resolve_nine_eleven(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"9/11": the day of the attacks of 11 September 2001."""
    return _r("DATE", "2001-09-11", "'9/11': the day of the attacks of 11 September 2001", anchor="absolute")


def _resolve_numbered_week(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"epidemiological week 10", "week 12 of 2024": a week numbered in the year."""
    dct = ctx.dct
    n = int(p["n"])
    if p.get("y"):
        return _r("DATE", f"{p['y']}-W{n:02d}", "week numbered in an explicit year", anchor="absolute")
    if dct is None:
        return _r("DATE", f"XXXX-W{n:02d}", f"week numbered without a year; {NO_DCT}", anchor="none")
    # (a bulletin of early January tells of the last weeks of the year before)
    y = dct.year - 1 if n > dct.isocalendar()[1] + 8 else dct.year
    return _r("DATE", f"{y}-W{n:02d}", f"week numbered without a year: {'the year before' if y < dct.year else 'the year of'} "
              f"the publication date ({_human(dct)})", anchor="dct")


# "fall in the first half of 2009 and stay low until the second half of the year": "the year" of a
# quarter or half is the year its sentence named before it as a date (used with findall,
# pos/endpos; not "since 2008", a year counted from)
_YEAR_TOLD_BEFORE = re.compile(r"\b(?:in|of|for|during)\s{1,3}(?:(?:early|late|mid)[\s-]{1,3})?(1\d{3}|20\d\d)\b(?![.,]?\d)")


def _resolve_quarter(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"the third quarter", "the first half of 1990", "Q3", "H1 2024": a quarter or half of a year."""
    k = p["kind"]
    text, dct = ctx.text, ctx.dct
    if k == "qcode":
        qh, n = p["qh"].upper(), int(p["n"])
        if qh == "H" and n > 2:
            return None
        ystr = p.get("y")
    else:
        qh = "Q" if p["qh"].lower() == "quarter" else "H"
        n = ORDINALS[p["ord"].lower()]
        if qh == "H":
            n = 2 if n >= 2 else 1
        ystr = p.get("y1") or p.get("y2")
        if p.get("yrel") and dct:
            ystr = str(dct.year + {"this": 0, "last": -1, "next": 1}[p["yrel"].lower()])
    rel = (p.get("rel") or "").lower()
    if rel in ("its", "their"):
        rel = ""                             # "the last quarter of its fiscal year": the nearest
    mod = _mod({"mod": p.get("pmod")})       # "the end of the first quarter"
    if ystr:
        return _r("DATE", f"{ystr}-{qh}{n}", "quarter/half of an explicit year", mod=mod, anchor="absolute")
    if (dct is None or ctx.history) and ctx.anchor and rel == "the" and not p.get("fy"):
        # a history's "In the second half of the year, the tide turned": of the year it is telling
        y = ctx.anchor[0].year
        return _r("DATE", f"{y}-{qh}{n}", f"{'quarter' if qh == 'Q' else 'half'} of the year of the last mentioned "
                  f"date ({ctx.why_narrative})", mod=mod, anchor="narrative")
    if rel == "the" and (told := _YEAR_TOLD_BEFORE.findall(text, ctx._sentence_start(max(0, s - 200), s), s)) \
            and not (dct and int(told[-1]) < dct.year and ctx.tense(s, e) in ("future", "deadline")):
        # (a quarter told ahead is in no year gone: "shrank in the last half of 2015 and will grow
        # in the last quarter of the year")
        return _r("DATE", f"{told[-1]}-{qh}{n}", f"{'quarter' if qh == 'Q' else 'half'} of the year its sentence named "
                  f"before it ({told[-1]})", mod=mod, anchor="absolute")
    if dct is None:
        return _r("DATE", f"XXXX-{qh}{n}", f"quarter/half without a year; {NO_DCT}", mod=mod, anchor="none")
    cur = (dct.month - 1) // 3 + 1 if qh == "Q" else (1 if dct.month <= 6 else 2)
    if rel == "last":
        y = dct.year - 1
    elif rel == "next":
        y = dct.year + 1
    elif rel == "this":
        y = dct.year
    elif p.get("fy") and ctx.tense(s, e) not in ("future", "deadline"):
        # "its fiscal fourth quarter", reported in July: a fiscal year is named by the year it
        # ends in, and the quarter just reported ends the fiscal year of the publication date
        # or lies in it (TimeBank: "the fiscal first quarter" 1989-Q1, reported in 1989)
        y = dct.year
    else:
        t = ctx.tense(s, e)
        # a later quarter than the publication date's: this year's ahead, last year's behind;
        # the next one, with no past verb, is the one about to begin ("could shift spending
        # into the second quarter" in March)
        y = dct.year if n <= cur or t in ("future", "deadline") or (n == cur + 1 and t in (None, "report")) else dct.year - 1
        if t in ("future", "deadline") and n > cur and (
                (QUARTER_RESULTS_AFTER.match(text, e) and (RESULTS_REPORTED_BEFORE.search(text, max(0, s - 40), s)
                                                           or (cur == 1 and n == (4 if qh == "Q" else 2))))
                or RESULTS_FOR_BEFORE.search(text, max(0, s - 24), s)):
            # "will report its fourth-quarter results in late February", said in January: a
            # quarter is reported once it has begun, so the latest one (last year's); so are
            # the figures of the period just ended, whatever verb comes before ("will be
            # released on Jan. 18, along with fourth-quarter GDP data")
            y = dct.year - 1
        elif t in ("future", "deadline") and (n < cur - 1 if qh == "Q" else n < cur):
            # "expected to close in the first quarter", said in November: next year's (the
            # quarter just ended is still this year's: third-quarter results come in October)
            y = dct.year + 1
    return _r("DATE", f"{y}-{qh}{n}", f"{'quarter' if qh == 'Q' else 'half'} without a year, nearest to the publication date ({_human(dct)})",
              mod=mod)


# a quarter or period a year before the one reported ("the year-ago quarter", "the year-earlier
# period", "the prior-year period"; the rel of quarter_rel with its dashes taken out)
_YEAR_BACK_REL = {"yearearlier": "yearearlier", "yearago": "yearago", "prioryear": "yearearlier"}


def _resolve_quarter_or_period(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"the quarter", "the 1988 period", "the end of the quarter", "the same quarter last year", "next quarter":
    a quarter or period named by its relation to one told (or to the publication date)."""
    text, dct = ctx.text, ctx.dct
    if p.get("y"):
        # "the 1988 quarter/period": the quarter under discussion, in that year
        y = int(p["y"])
        q = None
        if ctx.anchor and ctx.anchor[1] == "Q":
            q, why = (ctx.anchor[0].month - 1) // 3 + 1, "the quarter last mentioned"
        elif p["qp"].lower() == "period" and (half := _counted_from(ctx, "half")):
            # "in the first half of 2007, compared with ... in the same period of 2006": that half
            return _r("DATE", f"{y:04d}-H{half}", f"the half last mentioned, in {y}", (f"{y:04d}",), anchor="narrative")
        elif p["qp"].lower() == "quarter" and dct:
            q, why = (shift(dct, -1, "Q").month - 1) // 3 + 1, "the latest quarter before the publication date"
        if q is None:
            return _r("DATE", f"{y:04d}", f"a period of {y}", anchor="absolute")
        return _r("DATE", f"{y:04d}-Q{q}", f"{why}, in {y}", (f"{y:04d}",), anchor="narrative")

    if p.get("pmod"):
        # "the end of the quarter": the quarter meant, with the part as its mod
        r = _resolve_parse({x: v for x, v in p.items() if x != "pmod"}, s, e, ctx)
        mod = _mod({"mod": p["pmod"]})
        return r and dict(r, mod=mod or r.get("mod"))

    if p.get("back"):
        # "the same quarter last year": the quarter or period meant, a year before
        r = _resolve_parse({x: v for x, v in p.items() if x != "back"}, s, e, ctx)
        if r is None or not r["value"][:4].isdigit():
            return r
        y = int(r["value"][:4]) - 1
        return _r(r["type"], f"{y:04d}{r['value'][4:]}", f"{r['reason']}, a year before", anchor=r["anchor"])

    rel = (p.get("rel") or "").lower().replace("-", "").replace("–", "")
    rel = _YEAR_BACK_REL.get(rel, rel)
    if rel in ("next", "coming", "following"):
        # "Sales will fall next quarter", "the following quarter" (after a quarter told: the one after it)
        if p["qp"].lower() != "quarter":
            return None       # "the next period": no calendar unit
        if rel == "following" and ctx.anchor and ctx.anchor[1] == "Q":
            return _r("DATE", value_of(shift(ctx.anchor[0], 1, "Q"), "Q"), "the quarter after the one last mentioned",
                      anchor="narrative")
        if dct is None:
            return _r("DATE", "XXXX-QX", f"quarter; {NO_DCT}", anchor="none")
        return _r("DATE", value_of(shift(dct, 1, "Q"), "Q"), "the quarter after that of the publication date")
    if (period := _counted_from(ctx, "first months")) and p["qp"].lower() == "period" and rel in ("same", "corresponding", "comparable"):
        return _r("DATE", period, "the first months of the year just told ('the first three months')", anchor="narrative")
    if ctx.anchor and ctx.anchor[1] == "Q" and rel in ("", "same", "that", "corresponding", "comparable"):
        v = value_of(*ctx.anchor)
        return _r("DATE", v, "the quarter last mentioned", anchor="narrative")
    if ctx.anchor and ctx.anchor[1] == "Q" and rel in ("previous", "preceding", "prior") and p["qp"].lower() == "quarter":
        # "Profit rose in the third quarter from the previous quarter": the one before it
        return _r("DATE", value_of(shift(ctx.anchor[0], -1, "Q"), "Q"), "the quarter before the one last mentioned",
                  anchor="narrative")
    if (half := _counted_from(ctx, "half")) and p["qp"].lower() == "period" and rel in ("same", "corresponding", "comparable") \
            and ctx.anchor:
        return _r("DATE", f"{ctx.anchor[0].year:04d}-H{half}", "the half last mentioned", anchor="narrative")
    if (quarter := _counted_from(ctx, "quarter")) and p["qp"].lower() == "period" and rel in ("same", "corresponding", "comparable"):
        return _r("DATE", quarter, "the quarter closed by the date last mentioned ('the three months to June')", anchor="narrative")
    if ctx.anchor and ctx.anchor[1] in ("Y", "M") and p["qp"].lower() == "period" \
            and rel in ("same", "corresponding", "comparable") and not ctx.fiscal_q:
        # "in the first 10 months of this year ... the same period of last year": the year
        # or month the text is at, not a quarter
        return _r("DATE", value_of(*ctx.anchor), "the period last mentioned", anchor="narrative")
    if dct is None:
        return _r("DATE", "XXXX-QX", f"quarter; {NO_DCT}", anchor="none")
    if p["qp"].lower() == "quarter" and (rel == "current" or rel == "this" and not ctx.anchor):
        here = value_of(dct, "Q")
        if ctx.fiscal_q == here:
            # results for "its fiscal second quarter" told in April: the company numbers its
            # quarters ahead of the calendar, and the one it is in is the next by its count
            q = _parse_value_cached(here)
            return _r("DATE", value_of(shift(q[0], 1, "Q"), "Q"), f"the quarter after the fiscal quarter just "
                      f"reported ({here}), by the company's count", (here,), anchor="narrative")
        return _r("DATE", here, "the quarter of the publication date")
    if ctx.fiscal_q and p["qp"].lower() == "quarter" and rel in ("yearearlier", "yearago"):
        # "the first quarter of fiscal 2010 ... up from the year-ago quarter": by the company's count
        q = _parse_value_cached(ctx.fiscal_q)
        return _r("DATE", value_of(shift(q[0], -1, "Y"), "Q"), "the same fiscal quarter a year before the one "
                  f"last named ({ctx.fiscal_q})", anchor="narrative")
    if ctx.fiscal_q and p["qp"].lower() == "quarter" and rel in ("", "the", "same", "corresponding", "comparable", "latest"):
        return _r("DATE", ctx.fiscal_q, "the fiscal quarter last named", anchor="narrative")
    ctx.around = True
    end = QUARTER_ENDED.match(text, e, e + 40) if p["qp"].lower() == "quarter" and rel in ("", "the") else None
    if end:
        # "the quarter ended June 30": the calendar quarter that closes on that day
        mon = {"mar": 3, "jun": 6, "sep": 9, "dec": 12}[end.group(2)[:3].lower()]
        y = dct.year
        if end.group(1).lower() == "ended":
            if D(y, mon, 28) > dct + _dt.timedelta(days=31):
                y -= 1
        elif D(y, mon, 28) < dct - _dt.timedelta(days=100):
            y += 1
        return _r("DATE", f"{y}-Q{mon // 3}", f"the quarter {end.group(1).lower()} on the day named after it",
                  (value_of(shift(dct, -1, "Q"), "Q"), "P1Q"))
    last_q = shift(dct, -1, "Q")
    if rel in ("yearearlier", "yearago"):
        return _r("DATE", value_of(shift(last_q, -1, "Y"), "Q"), "the same quarter a year before the latest one")
    return _r("DATE", value_of(last_q, "Q"), "the latest complete quarter before the publication date")


def _resolve_sport_season(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"this season", "last season", "the previous season": a sports season, named by the year it is counted from."""
    dct = ctx.dct
    rel = " ".join(p["rel"].lower().split())
    step = {"this": 0, "the current": 0, "last": -1, "the previous": -1, "next": 1, "the coming": 1, "the following": 1}[rel]
    base, anc = ctx.base() if rel in ("the previous", "the following") else (dct, "dct")
    if base is None:
        return _r("DATE", "XXXX", f"'{rel} season'; no date to count from", anchor="none")
    return _r("DATE", str(base.year + step), f"'{rel} season': a season named by the year it is counted from, "
              f"from the {'last mentioned date' if anc == 'narrative' else 'publication date'} ({_human(base)})", anchor=anc)


def _resolve_session(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"the previous session", "the next trading session": the weekday before (after) the trading
    day the report is at, the last day named if not still ahead of the publication date (a report
    tells trading done), else the publication date."""
    step = 1 if p["rel"].lower() in ("next", "following") else -1
    base, anc = ctx.base("D")
    if anc == "narrative" and ctx.dct is not None and base is not None and base > ctx.dct and step < 0:
        base, anc = ctx.dct, "dct"
    if base is None:
        return _r("DATE", "XXXX-XX-XX", f"'{p['rel']} session'; no date to count from", anchor="none")
    day = base + _dt.timedelta(days=step)
    while day.isoweekday() > 5:        # markets trade on weekdays
        day += _dt.timedelta(days=step)
    return _r("DATE", _fmt_day(day), f"'the {p['rel'].lower()} session': the trading day {'after' if step > 0 else 'before'} "
              f"the {'last mentioned date' if anc == 'narrative' else 'publication date'} ({_human(base)})", anchor=anc)


def _resolve_season(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"spring", "last summer", "the autumn of 1914", "the following winter": a season."""
    dct = ctx.dct
    code = SEASON_CODE[p["s"].lower()]
    rel = " ".join((p.get("rel") or "").lower().split())
    mod = _mod(p)
    if p.get("that") or rel in ("the same", "that same"):    # "the spring of that year", "The same summer"
        rel = "that"
    if p.get("coord") and (sv := _SEASON_VALUE.fullmatch(ctx.coord_prev or "")):
        # "the previous autumn and winter", "last spring and summer": the first such season
        # after the one it is coordinated with (a winter after an autumn is the same year's)
        y1, c1 = int(sv.group(1)), sv.group(2)
        y = y1 if _SEASON_ORDER.index(code) > _SEASON_ORDER.index(c1) else y1 + 1
        return _r("DATE", f"{y:04d}-{code}", f"season sharing '{p['rel']}' with the season just before ({y1}-{c1})",
                  mod=mod, anchor="narrative")
    step = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(rel)
    if step and ctx.anchor:           # "The following spring": counted from the story's year
        y = _season_year(ctx.anchor, code) + step
        if step > 0 and code != "WI" and _after_winter(ctx.anchor):
            y -= 1                    # "That winter [1979-WI] ... The following spring" is 1980's
        elif step > 0 and ctx.anchor[1] == "Y" and ctx.anchor[0].month in (4, 7, 10):
            # after a spring, summer or autumn (see parse_value), the first such season to
            # begin after it: "In the autumn of 1914 ... the following winter" is 1914-WI
            y = ctx.anchor[0].year + (SEASON_START[code] <= ctx.anchor[0].month)
        elif step > 0 and ctx.anchor[1] in ("D", "W", "M"):
            y = _following_season_year(ctx.anchor[0], code)
        elif step < 0 and ctx.anchor[1] in ("D", "W", "M"):
            y = _previous_season_year(ctx.anchor[0], code)
        return _r("DATE", f"{y:04d}-{code}", f"'{p['rel']} {p['s']}' counted from the last mentioned date",
                  mod=mod, anchor="narrative")
    rel = {"the following": "next", "the next": "next", "the previous": "last", "the preceding": "last"}.get(rel, rel)
    if "y" in p:
        return _r("DATE", f"{p['y']}-{code}", "season of an explicit year", mod=mod, anchor="absolute")
    if p.get("yrel") and (yrel := " ".join(p["yrel"].lower().split())).startswith("the "):
        # "the spring of the following year": counted from the last mentioned date, as
        # "January of the following year" is
        base, anc = ctx.base()
        if base is None:
            return _r("DATE", f"XXXX-{code}", f"season of '{yrel} year'; no date to count from", mod=mod, anchor="none")
        y = base.year + (1 if yrel in ("the following", "the next") else -1)
        return _r("DATE", f"{y:04d}-{code}", f"season of '{yrel} year' counted from the "
                  f"{'last mentioned date' if anc == 'narrative' else 'publication date'} ({_human(base)})", mod=mod, anchor=anc)
    if p.get("yrel"):                 # "the autumn of last year"
        if dct is None:
            return _r("DATE", f"XXXX-{code}", f"season of '{p['yrel']} year'; {NO_DCT}", mod=mod, anchor="none")
        y = dct.year + {"this": 0, "last": -1, "next": 1}[p["yrel"].lower()]
        return _r("DATE", f"{y:04d}-{code}", f"season of '{p['yrel'].lower()} year' from the publication date ({_human(dct)})", mod=mod)
    if dct is None or (ctx.history and ctx.anchor and rel in ("the", "", "following", "previous", "preceding")):
        if ctx.anchor:
            y = _season_year(ctx.anchor, code) + (1 if rel in ("following", "next") else -1 if rel in ("previous", "preceding") else 0)
            return _r("DATE", f"{y:04d}-{code}", f"season, year of the last mentioned date ({ctx.why_narrative})", mod=mod, anchor="narrative")
        return _r("DATE", f"XXXX-{code}", f"season without a year; {NO_DCT}", mod=mod, anchor="none")
    ctx.around = True
    if rel == "the" and ctx.in_story and ctx.anchor and _same_sentence(ctx.text, ctx.story[1], s) \
            and not _in_closed_relative(ctx.text, ctx.story[1] - 1, ctx.story[1], s):
        # "peaked in the summer of 2008 and fell through the autumn": that year's autumn
        # (not a year in an aside: "Cook, who took over in August 2011, said ... in the fall")
        y = _season_year(ctx.anchor, code)
        return _r("DATE", f"{y:04d}-{code}", "season, the year of the date named earlier in the sentence", mod=mod, anchor="narrative")
    sm = SEASON_MONTH[code]
    if rel in ("the", "") and ctx.in_story and ctx.anchor and ctx.anchor[0].year < dct.year \
            and ((ahead := _past_yet_ahead(t := ctx.tense(s, e), D(dct.year, sm, 15), dct, ctx.apart_story)) or (ctx.old_story and t == "past")):
        # "Baghdad fell on 9 April [2003] ... Over the summer, an insurgency grew": the story's
        y = _season_year(ctx.anchor, code)
        return _r("DATE", f"{y:04d}-{code}", f"season without a year, told in the past: the year of the story ({y}), "
                  + (f"as this year's is still ahead ({_human(dct)})" if ahead else "a history's"), (f"{dct.year - 1}-{code}",), mod=mod, anchor="narrative")
    cur_code = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(dct.month, "FA")
    if rel == "that" and ctx.anchor:
        return _r("DATE", f"{_season_year(ctx.anchor, code):04d}-{code}", "season in the year of the last mentioned date", mod=mod, anchor="narrative")
    if rel == "this" or (code == cur_code and rel in ("the", "")):
        return _r("DATE", f"{dct.year}-{code}", "season of the publication year", mod=mod)
    direction = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(rel) or _pick_direction(ctx.tense(s, e))
    if code == "WI":
        sm = 12     # a winter is the year it begins in ("over the winter" in October is that December's)
    if rel == "last":       # "last summer" in September is the previous year's
        y = dct.year - 1 if sm <= dct.month else dct.year - 1
    elif rel == "next":
        y = dct.year + 1 if sm <= dct.month else dct.year
    elif direction == "past":
        y = dct.year if sm < dct.month else dct.year - 1
    else:
        y = dct.year if sm > dct.month else dct.year + 1
    return _r("DATE", f"{y:04d}-{code}", f"season, the {'latest' if direction == 'past' else 'next'} one from the publication date", mod=mod)


def _resolve_part_of(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"the end of the year", "the beginning of next month", "the turn of the century": a part of a period."""
    dct = ctx.dct
    u = p["u"].lower()
    rel = p["rel"].lower()
    mod = MOD_CODE[p["pos"].lower()]
    gran = {"year": "Y", "month": "M", "week": "W", "decade": "DE", "century": "CE", "day": "D"}[u]
    if rel == "that" or (rel == "the" and ctx.anchor and GRAN_RANK[ctx.anchor[1]] <= GRAN_RANK[gran]
                         and (u != "year" or dct is None or ctx.history   # in news, "the year" is the DCT's ...
                              or _told_in_story(ctx, s, e))
                         and not (dct and not ctx.history and value_of(ctx.anchor[0], gran) < value_of(dct, gran)
                                  and ctx.tense(s, e) in ("future", "deadline"))):
        # (a future 'by the end of the month' after a past month is the publication date's)
        base, anc = ctx.base()
        if anc == "narrative" and (back := _counted_from(ctx, "look back")) and (told := parse_value(back)):
            # "Tensions had risen through the spring: on 22 May Nasser closed the straits, and at
            # the end of the month ...": the month the sentence looked back to, not the story's
            base, anc = told[0], "look back"
    else:
        base, anc = dct, "dct"
    if base is None:
        return _r("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "DE": "XXX", "CE": "XX", "D": "XXXX-XX-XX"}[gran],
                  f"part of a period; {NO_DCT}", mod=mod, anchor="none")
    n = {"last": -1, "next": 1}.get(rel, 0)
    if rel in ("the", "that") and ctx.period_named and len(ctx.period_named) == {"DE": 3, "CE": 2}.get(gran):
        if p["pos"].lower() == "turn" and gran == "CE":
            # "the late 19th century ... By the turn of the century": the years around 1900
            return _r("DATE", f"{int(ctx.period_named) + 1:02d}", f"turn of the century after the one last "
                      f"mentioned ({ctx.period_named})", mod="START", anchor="narrative")
        return _r("DATE", ctx.period_named, f"{p['pos'].lower()} of the {u} (the {u} last mentioned, "
                  f"{ctx.period_named})", mod=mod, anchor="narrative")
    v = value_of(shift(base, n, gran), gran)
    if anc == "look back":
        return _r("DATE", v, f"{p['pos'].lower()} of the {u} (the date the sentence looked back to, {_human(base)})",
                  mod=mod, anchor="narrative")
    return _r("DATE", v, f"{p['pos'].lower()} of the {u} ({'last mentioned date' if anc == 'narrative' else 'publication date'})", mod=mod, anchor=anc)


def _told_in_story(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether text[s:e] is told in the past within a story of another year than the DCT's, the
    last date its own: "seized Wad Madani in December, and by the end of the year they held four
    state capitals", after 15 April 2023 in a 2025 timeline, is 2023's end."""
    return ctx.in_story and ctx.anchor is not None and ctx.story is not None and ctx.anchor[0].year == ctx.story[0] \
        and ctx.tense(s, e) == "past"


# a clock time in another zone in brackets, right before a weekday (used with endpos): "(0100 GMT
# Wednesday)", "(1945 GMT on Saturday)"
ZONE_DAY_BEFORE = re.compile(r"\(\s{0,2}(?:[01]?\d|2[0-3])[:.]?[0-5]\d\s{0,2}(?:GMT|UTC|Z)\s{1,3}(?:on\s{1,3})?$")


def _resolve_weekday(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"Friday", "last Monday", "the following Tuesday", "Wednesday next week", "on Sundays": a weekday."""
    dct = ctx.dct
    wd = WEEKDAYS[p["wd"].lower()]
    if p.get("indef"):
        pod = (p.get("pod") or "").lower()
        return _r("TIME" if pod else "DATE", f"XXXX-WXX-{wd}" + (f"T{POD_CODE[pod]}" if pod else ""),
                  "a weekday with no date ('on a Saturday')", anchor="none")
    pod = (p.get("pod") or "").lower()
    mod = (p.get("mod") or "").lower()
    if p.get("appos") and ctx.anchor and ctx.anchor[1] == "D":
        # "It began on 29 May, a Tuesday": the day just named (not checked against the
        # calendar: old dates are often Julian)
        return _r("TIME" if pod else "DATE", _fmt_day(ctx.anchor[0]) + (f"T{POD_CODE[pod]}" if pod else ""),
                  f"the weekday of the day just named ({_human(ctx.anchor[0])})", anchor="narrative")
    if p.get("week") and dct is not None and not ctx.history and not p.get("pl2"):
        # "on Wednesday next week": the weekday of the week named after it
        monday = dct - _dt.timedelta(days=dct.isoweekday() - 1) + _dt.timedelta(weeks={"next": 1, "last": -1}.get(p["week"], 0))
        day = monday + _dt.timedelta(days=wd - 1)
        return _r("TIME" if pod else "DATE", _fmt_day(day) + (f"T{POD_CODE[pod]}" if pod else ""),
                  f"weekday of '{p['week']} week' from the publication date ({_human(dct)})")
    if p.get("pl") or p.get("pl2"):
        return _r("SET", f"XXXX-WXX-{wd}" + (f"T{POD_CODE[p['pod'].lower()]}" if p.get("pod") else ""), "plural weekday: every such day")
    rel = (p.get("rel") or "").lower().split()[-1] if p.get("rel") else None
    type_ = "TIME" if pod else "DATE"
    suffix = f"T{POD_CODE[pod]}" if pod else ""
    if (dct is None or ctx.history) and ctx.anchor and ctx.anchor[1] == "D" and not rel:
        # a history: the first such weekday after the day the story is at
        base = ctx.anchor[0]
        ahead = base + _dt.timedelta(days=(wd - base.isoweekday() - 1) % 7 + 1)
        return _r(type_, _fmt_day(ahead) + suffix, f"weekday after the last mentioned day ({_human(base)}; "
                  f"{ctx.why_narrative})", (_fmt_day(ahead - _dt.timedelta(days=7)) + suffix,), anchor="narrative")
    if dct is None:
        return _r(type_, f"XXXX-WXX-{wd}{suffix}", f"weekday; {NO_DCT}", anchor="none",
                  mod={"early": "START", "late": "END"}.get(mod))
    if not rel and ZONE_DAY_BEFORE.search(ctx.text, max(0, s - 30), s):
        # "at 8 p.m. Eastern time (0100 GMT Wednesday)": the same moment in another zone, so a
        # day next to the local time's (the day last named, else the publication date), whatever
        # the tense: the nearest such weekday
        base = ctx.anchor[0] if ctx.anchor and ctx.anchor[1] == "D" and abs((ctx.anchor[0] - dct).days) <= 7 else dct
        day = base + _dt.timedelta(days=(wd - base.isoweekday() + 3) % 7 - 3)
        return _r(type_, _fmt_day(day) + suffix, f"weekday of a clock time converted to another zone: the nearest to "
                  f"{_human(base)}", anchor="narrative" if base != dct else "dct")
    if rel in ("previous", "preceding", "following", "next") and (p.get("rel") or "").lower().startswith("the") and ctx.anchor \
            and (ctx.history or GRAN_RANK[ctx.anchor[1]] <= GRAN_RANK["W"]):
        # "the previous Friday", "the following Monday": counted from the last date mentioned
        # (in news, from a day or week: after "by the end of the year" it is the publication date's)
        base = ctx.anchor[0]
        step = -1 if rel in ("previous", "preceding") else 1
        dd = base + _dt.timedelta(days=step)
        while dd.isoweekday() != wd:
            dd += _dt.timedelta(days=step)
        return _r(type_, _fmt_day(dd) + suffix, f"'{p['rel']} {p['wd']}' counted from the last mentioned date ({_human(base)})",
                  anchor="narrative")
    undone = ""
    if rel:
        direction = "past" if rel in ("last", "past", "previous", "preceding") else "future"
        t = None
    else:
        t = ctx.tense(s, e)
        direction = _pick_direction(t)
        if direction == "past" and ctx.anchor and ctx.anchor[1] == "D" and ctx.anchor[0] > dct \
                and ctx.text.find("followed by", max(0, s - 160), s) >= 0 and FOLLOWED_BY_BEFORE.search(ctx.text, max(0, s - 160), s):
            # "The meeting opens on Sunday, followed by talks with China on Monday": a
            # timetable's next item, after the day still ahead just named ("followed" is no past)
            base = ctx.anchor[0]
            ahead = base + _dt.timedelta(days=(wd - base.isoweekday() - 1) % 7 + 1)
            return _r(type_, _fmt_day(ahead) + suffix, f"weekday after the day still ahead just named ({_human(base)}), "
                      "next in a timetable (', followed by')", anchor="narrative")
        if t in ("past", None) and (_weekday_date(dct, wd, "future", None) - dct).days < (dct - _weekday_date(dct, wd, "past", None)).days:
            ctx.around = True     # (the sentence is read beyond its tense: see resolve_all's memo)
            if (ctx._clauses.tense(s, e) == "future" or PLAN_SUPERSEDED_BEFORE.search(ctx.text, ctx._sentence_start(max(0, s - 110), s), s)) \
                    and ctx._plan_undone(s, e):
                # "canceled a trip that was to begin on Saturday", "a vote that had been due on
                # Thursday was put on hold" (told on Wednesday): a plan is mostly undone before
                # its day, so the nearer such day, here the coming one
                t, direction, undone = "future", "future", "; a plan undone before its day"
            elif ctx._word_near(SUMMONED_WORDS, max(0, s - 120), s) and SUMMONED_TO_BEFORE.search(ctx.text, max(0, s - 120), s):
                # "summoned the outgoing ministers to a meeting on Monday", "called elections for Sunday" (told
                # on Sunday): a gathering the act sets up lies ahead of it, so the nearer such day, the coming one
                t, direction, undone = "future", "future", "; a gathering the act called, ahead of it"
            elif ctx.text.startswith(("'s ", "’s "), e) and AHEAD_OF_DAY_BEFORE.search(ctx.text, max(0, s - 20), s) \
                    and SCHEDULED_AFTER.match(ctx.text, e + 3):
                # "stepped up patrols ahead of Sunday's ceremonies" (told on Friday): the occasion
                # follows the act, so the nearer such day, here the coming one (the day after, the past one)
                t, direction, undone = "future", "future", "; an occasion the act was ahead of"
        if direction == "future" and ctx.plan_told_day and ctx.plan_told_day < str(dct):
            return _r(type_, ctx.plan_told_day + suffix, f"a plan told in the past for the {p['wd']} the story "
                      f"named before ({_human(D.fromisoformat(ctx.plan_told_day))})",
                      (_fmt_day(_weekday_date(dct, wd, "future", None)) + suffix,), anchor="narrative")
    dd = _weekday_date(dct, wd, direction, rel)
    ranged = ""
    if not rel and p.get("range_to") and direction == "past":
        # "between Friday and Sunday": the Friday before the latest Sunday
        end = _weekday_date(dct, WEEKDAYS[p["range_to"].lower()], "past", None)
        first = end - _dt.timedelta(days=(end.isoweekday() - wd) % 7 or 7)
        if first != dd:
            dd, ranged = first, f"; the {p['wd']} before the {p['range_to']} that ends the range ({_human(end)})"
    elif not rel and p.get("range_from") and direction == "future":
        # "from Friday to Monday" ahead: the Monday after the coming Friday
        start = _weekday_date(dct, WEEKDAYS[p["range_from"].lower()], "future", "next" if p.get("range_from_next") else None)
        last = start + _dt.timedelta(days=(wd - start.isoweekday()) % 7 or 7)
        if last != dd:
            dd, ranged = last, f"; the {p['wd']} after the {p['range_from']} that opens the range ({_human(start)})"
    alts = []
    if dd == dct:
        why = f"same weekday as the publication date ({_human(dct)}): that day"
        alts.append(_fmt_day(dct + _dt.timedelta(days=7 if direction == "future" else -7)) + suffix)
    elif rel:
        why = f"'{rel}' {p['wd']} from the publication date ({_human(dct)})"
        alts.append(_fmt_day(dd + _dt.timedelta(days=-7 if direction == "past" else 7)) + suffix)
    else:
        # (the day right before or after says so: an editor checks "Friday" in a Saturday paper at a glance)
        gap = (dd - dct).days
        which = "the day before" if gap == -1 else "the day after" if gap == 1 else \
            f"weekday {'before' if direction == 'past' else 'after'}"
        why = (f"{which} the publication date "
               f"({_human(dct)}), {'past tense' if t in ('past', 'report') else 'after since' if t == 'since' else 'future tense' if t == 'future' else 'a time limit, mostly still ahead' if t == 'deadline' else 'tense unclear, past assumed'}")
    why += ranged + undone
    # the other reading an editor may flip to comes first, as the same kind of time ("Friday
    # night" flips to the other Friday night): the weekday ahead for one read as before ...
    if t in (None, "past", "report") and not rel and dd != dct:
        alts.append(_fmt_day(_weekday_date(dct, wd, "future", None)) + suffix)
    elif t == "future" and not rel and dd != dct:
        alts.append(_fmt_day(_weekday_date(dct, wd, "past", None)) + suffix)   # (told ahead: the one before)
    if t == "deadline" and dd != dct:
        alts.append(_fmt_day(_weekday_date(dct, wd, "past", None)) + suffix)   # a limit that has passed
    # ... then the parts of the day "early/late Friday" may mean, then the week
    if mod == "early" and not pod:
        alts.append(_fmt_day(dd) + "TMO")
    elif mod == "late" and not pod:
        alts += [_fmt_day(dd) + "TEV", _fmt_day(dd) + "TNI"]
    if not pod:
        alts.append(_week(dd))
    return _r(type_, _fmt_day(dd) + suffix, why, alts, mod={"early": "START", "late": "END"}.get(mod))


def _resolve_deictic(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"yesterday", "today", "tonight", "the day before yesterday": a day counted from the publication date."""
    dct = ctx.dct
    w = " ".join(p["w"].lower().split())
    off = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0,
           "the day before yesterday": -2, "the day after tomorrow": 2}[w]
    pod = (p.get("pod") or "").lower() or ("night" if w == "tonight" else "")
    mod = (p.get("mod") or "").lower()
    type_ = "TIME" if pod else "DATE"
    suffix = f"T{POD_CODE[pod]}" if pod else ""
    if dct is None:
        if w == "today" and not pod:
            return _r("DATE", "PRESENT_REF", f"'today'; {NO_DCT}", anchor="none")
        return _r(type_, "XXXX-XX-XX" + suffix, f"'{w}'; {NO_DCT}", anchor="none")
    if ctx.history and w == "today" and not pod and not mod:
        # "the constitution is still in force today": a history's today is the present, not a day
        # (counted from no day: the events' reading of a history does not take it for news's "today")
        return _r("DATE", "PRESENT_REF", f"'today' in {ctx.why_narrative}: the present", anchor="none")
    dd = dct + _dt.timedelta(days=off)
    alts = []
    if mod == "early" and not pod:
        alts.append(_fmt_day(dd) + "TMO")
    elif mod == "late" and not pod:
        alts += [_fmt_day(dd) + "TEV", _fmt_day(dd) + "TNI"]
    return _r(type_, _fmt_day(dd) + suffix, f"'{w}' relative to the publication date ({_human(dct)})", alts,
              mod={"early": "START", "late": "END"}.get(mod))


def _resolve_ref_word(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"now", "currently", "recently", "soon", "the future": the present, or an unspecified past or future."""
    w = p["w"]
    if w in ("now", "currently", "nowadays", "presently", "these days", "current", "the present", "right now", "just now"):
        return _r("DATE", "PRESENT_REF", f"'{w}': the present")
    if w == "soon" or w.endswith(("future", "term")):
        return _r("DATE", "FUTURE_REF", f"'{w}': an unspecified future time")
    return _r("DATE", "PAST_REF", f"'{w}': an unspecified past time")


def _resolve_the_year(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"the year", "the fiscal year ended Sept. 30": in news, the year being reported on is the publication year."""
    text, dct = ctx.text, ctx.dct
    if p.get("ended"):
        return _r("DURATION", "P1Y", "'the year ended ...': a twelve-month period", anchor="none")
    ctx.around = True
    mod = _in_mod(text, s)
    label = "the full year" if p.get("rel") else "the year"      # (also "the full year", from _relunit)
    if (dct is None or ctx.history) and ctx.anchor:
        # a history's "Late in the year the Germans attacked": the year it is telling
        return _r("DATE", f"{ctx.anchor[0].year:04d}", f"'{label}': the year of the last mentioned date ({ctx.why_narrative})",
                  mod=mod, anchor="narrative")
    if dct is None:
        return _r("DATE", "XXXX", f"'{label}'; {NO_DCT}", mod=mod, anchor="none")
    if dct.month <= 3 and ctx.anchor and ctx.anchor[0].year == dct.year - 1 and ctx.tense(s, e) == "past":
        # "trade reached a record in 1999 ... rebates were raised twice during the year", told in
        # January: the year just ended, which the story is about
        y = dct.year - 1
        return _r("DATE", f"{y:04d}", f"'{label}': the year before the publication year, just named and told in the past "
                  "early in the year", (f"{dct.year:04d}",), mod=mod)
    return _r("DATE", f"{dct.year:04d}", f"'{label}': the publication year ({_human(dct)})",
              (f"{ctx.anchor[0].year:04d}",) if ctx.anchor else (), mod=mod)


def _resolve_relunit(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"last week", "this month", "the same month last year": a unit counted from a date (_relunit), or a year before
    it or in the year named."""
    if p.get("back") or p.get("by"):
        # "the same month last year": the month meant, a year before (or in the year named)
        r = _relunit({x: v for x, v in p.items() if x not in ("back", "by")}, s, e, ctx)
        if r is None or not r["value"][:4].isdigit():
            return r
        y = int(p["by"]) if p.get("by") else int(r["value"][:4]) - 1
        v = f"{y:04d}{r['value'][4:]}"
        if r["value"][4:6] == "-W" or len(r["value"]) == 10:   # a week or day: the same one a year on
            base = parse_value(r["value"])
            v = value_of(shift(base[0], y - int(r["value"][:4]), "Y"), base[1]) if base else v
        why = f"in {y}" if p.get("by") else "a year before"
        return _r(r["type"], v, f"{r['reason']}, {why}", anchor=r["anchor"])

    return _relunit(p, s, e, ctx)


def _resolve_duration(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"three years", "2 1/2 years", "about six months": a length of time."""
    n = _num(p["num"])
    uw = _unit_word(p["u"])
    if n is not None and (p.get("half") or p.get("half2")):
        n += 0.5
    if n is None and not p["u"].lower().endswith("s") and uw != "century":
        return None
    qm = " ".join((p.get("qmod") or "").lower().split())
    v = _dur(n, uw)
    alts = ()
    if "." in v and uw in ("year",) and n is not None:
        alts = (f"P{_fmt_num(n * 12)}M",)
        if float(n * 12).is_integer() and n >= 1:     # "2 1/2 years" as TimeBank writes it: P2Y6M (half a year: P6M)
            alts += (f"P{int(n)}Y{int(round((n - int(n)) * 12))}M",)
    if uw == "quarter" and n is not None:
        alts = (f"P{_fmt_num(3 * n)}M",)
    return _r("DURATION", v, f"{'vague ' if n is None else ''}length of time", alts, mod=QMOD_CODE.get(qm), anchor="none")


def _dur_sum(counts: list[tuple]) -> str:
    """One length from counts of units: "P2Y" + "P4M", "P1D" + "PT6H", "PT3H" + "PT24M": the
    date parts, then one time part."""
    durs = [_dur(n, _unit_word(u)) for n, u in counts]
    days = "".join(d[1:] for d in durs if "T" not in d)
    hours = "".join(d[2:] for d in durs if "T" in d)
    return "P" + days + ("T" + hours if hours else "")


def _resolve_duration_pair(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"two years and three months", "1 minute 34 seconds": a length in two or three units (with "later": a shift)."""
    counts = [(_num(p[nk]), p[uk]) for nk, uk in (("num", "u"), ("num2", "u2"), ("num3", "u3")) if nk in p]
    if any(n is None for n, _ in counts):
        return None
    if p.get("dir"):
        # "two years and three months later": a shift of 27 months, so the month is its grain
        n = counts[0][0] * SHIFT_PAIR_UNITS[(_unit_word(p["u"]), _unit_word(p["u2"]))] + counts[1][0]
        return _shift({"num": _fmt_num(n), "u": p["u2"], "dir": p["dir"]}, s, e, ctx)
    v = _dur_sum(counts)
    qm = " ".join((p.get("qmod") or "").lower().split())
    return _r("DURATION", v, f"length of time in {len(counts)} units", mod=QMOD_CODE.get(qm), anchor="none")


def _resolve_unit_adjective(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"day-long", "weeks-long", "year-old": a length of time as an adjective."""
    uw = p["u"].lower()
    n = None if p.get("pl") else 1
    return _r("DURATION", _dur(n, uw), "length of time (adjective)", anchor="none")


def _resolve_vague_duration(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"recent years", "the coming months", "Days later": an unspecified number of a unit."""
    uw = _unit_word(p["u"])
    pre = " ".join(p["pre"].lower().split())
    v = _dur(None, uw)
    alts = ()
    if "recent" in pre or "past" in pre or "last" in pre:
        alts = ("PAST_REF",)
    elif "coming" in pre or "next" in pre or p.get("ahead"):
        alts = ("FUTURE_REF",)
    why = "unspecified number of " + _plural(uw)
    if not pre:        # "Days later, ...": the time itself is counted from the story
        why += " between the last date mentioned and this one ('days later': TimeML tags the length)"
    return _r("DURATION", v, why, alts, anchor="none")


def _resolve_set(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"daily", "every week", "each July", "every few hours": a recurring time."""
    if p.get("adv"):
        a = p["adv"].lower()
        v = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
             "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "bi-weekly": "P2W", "fortnightly": "P2W",
             "quarterly": "P3M"}[a]
        return _r("SET", v, f"'{a}': a recurring time", anchor="none")
    u = (p.get("u") or p.get("u2") or p.get("u3")).lower()
    if u in WEEKDAYS:
        return _r("SET", f"XXXX-WXX-{WEEKDAYS[u]}", "every such weekday", anchor="none")
    if u in MONTHS:                   # "each July"
        return _r("SET", f"XXXX-{MONTHS[u]:02d}", "every such month", anchor="none")
    if u in POD_CODE:
        return _r("SET", f"XXXX-XX-XXT{POD_CODE[u]}", "every such part of the day", anchor="none")
    if u in SEASON_CODE:              # "each summer"
        return _r("SET", f"XXXX-{SEASON_CODE[u]}", "every such season", anchor="none")
    n = _num(p["n"]) if p.get("n") else 2 if p.get("other") else 1    # ("every few hours": PTXH; "every other week": P2W)
    if p.get("pair_n") and n is not None and (n2 := _num(p["pair_n"])) is not None:
        return _r("SET", _dur_sum([(n, u), (n2, p["pair_u"])]), "a recurring time, its period in two units", anchor="none")
    v = {"weekend": "XXXX-WXX-WE"}.get(u) or _dur(n, u)
    return _r("SET", v, "a recurring time", anchor="none")


def _resolve_nth_weekday(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"the first Monday in October": the month as a bare month reads, then its nth such weekday."""
    month = _resolve({"kind": "my", "mon": p["mon"], "y": p["y"]} if p.get("y") else {"kind": "month", "mon": p["mon"]}, s, e, ctx)
    if month is None or not re.fullmatch(r"\d{4}-\d\d", month["value"]):
        return month
    y, m = int(month["value"][:4]), int(month["value"][5:])
    day = _nth_weekday(y, m, WEEKDAYS[p["wd"].lower()], -1 if p["ord"].lower() == "last" else ORDINALS[p["ord"].lower()])
    return _r("DATE", _fmt_day(day), f"'{p['ord']} {p['wd']}' of {month['value']} ({month['reason']})", anchor=month["anchor"])


def _resolve_ordinal_of_month(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"the 12th of this month": a day of the publication date's month (or of the month
    before or after it); "of the same/following month" counts from the last date mentioned."""
    dct = ctx.dct
    day = int(p["d"])
    rel = " ".join(p["rel"].lower().split()).replace("the ", "")
    step = {"last": -1, "previous": -1, "preceding": -1, "next": 1, "following": 1}.get(rel, 0)
    story = rel in ("same", "previous", "preceding", "following")
    base, anc = ctx.base("M") if story else (dct, "dct")
    if base is None:
        return _r("DATE", f"XXXX-XX-{day:02d}", f"day of a month named by its relation; {NO_DCT}", anchor="none")
    y, m = _add_months(base.year, base.month, step)
    dd = _safe_day(y, m, day)
    if not dd:
        return None
    return _r("DATE", _fmt_day(dd), f"day {day} of the month '{p['rel']} month' names, counted from the "
              f"{'last mentioned date' if anc == 'narrative' else 'publication date'} ({_human(base)})", anchor=anc)


def _resolve_ordinal_day(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"on the 4th", "the 20th": a day of a month not named with it."""
    dct = ctx.dct
    day = int(p["d"])
    a = ctx.anchor
    if (dct is None or ctx.history or ctx.in_story and not (ctx.ordinal_here and a and a[1] == "M")) \
            and a and a[1] in ("D", "W", "M"):
        # "July 1-3, 1863 ... On the 4th": the month told last, or the next if its day has
        # passed (a history, or a story told in another year than the publication's; "Six
        # weeks later ... On the 20th": the week told last, so too)
        y, m = a[0].year, a[0].month
        if a[1] in ("D", "W") and day < a[0].day:
            y, m = _add_months(y, m, 1)
        dd = _safe_day(y, m, day)
        if dd:
            why = ctx.why_narrative if dct is None or ctx.history else "a story told in another year"
            return _r("DATE", _fmt_day(dd), f"day of the month last mentioned ({why})", anchor="narrative")
    if dct is None:
        return _r("DATE", f"XXXX-XX-{day:02d}", f"day of an unnamed month; {NO_DCT}", anchor="none")
    t = ctx.tense(s, e)
    direction = _pick_direction(t)
    y, m = dct.year, dct.month
    before = _add_months(y, m, -1)
    if direction == "past" and a and a[1] == "M" and (a[0].year, a[0].month) == before:
        # "fighting continued through the end of the month. ... on the 4th" in a summary of
        # November published on 6 December: a day of the month last named
        dd = _safe_day(*before, day)
        if dd:
            return _r("DATE", _fmt_day(dd), f"day of the month last named ({a[0].strftime('%B %Y')})",
                      (_fmt_day(_safe_day(y, m, day)),) if day <= dct.day else (), anchor="narrative")
    if direction == "past" and day == dct.day:
        # a day told in the past as "the 2nd" on the 2nd is last month's: the day itself
        # would be "today" or its weekday (the publication day is the alternative)
        dd = _safe_day(*before, day)
        if dd:
            return _r("DATE", _fmt_day(dd), f"day of the month before the publication date ({_human(dct)}): "
                      f"that day itself would be 'today'", (_fmt_day(dct),))
    if direction == "past" and day > dct.day:
        y, m = before
    if direction == "future" and day < dct.day:
        y, m = _add_months(y, m, 1)
    dd = _safe_day(y, m, day)
    if not dd:
        return None
    return _r("DATE", _fmt_day(dd), f"day of the month, {'latest' if direction == 'past' else 'next'} from the publication date ({_human(dct)})")


def _resolve_clock(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """Clock times and parts of the day: placed on their day once the dates are resolved (timex_clock)."""
    return {"type": "TIME", "value": "", "reason": "", "alternatives": (), "mod": None, "anchor": "pending"}


_ORD_N = {"first": 1, "opening": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
          "4th": 4, "last": -1, "final": -1, "closing": -1}
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)$")


def _period_of(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """'the first week of March', 'the last days of 2016', 'the second half of the month':
    the named period is resolved as it would be alone, then the part is taken from it. A
    single week, weekend, day or month is a value of its own (the n-th week of a month is the
    ISO week holding most of its days n*7-6 .. n*7, so 'the first week of the year' is W01);
    a half of a year is H1/H2; other parts keep the period's value with START/END."""
    n = _ORD_N[p["ord"].lower()]
    u = p["u"].lower()
    if p.get("mon"):
        mon = p["mon"].rstrip(".")
        sub = {"kind": "my", "mon": mon, "y": p["y"]} if p.get("y") else {"kind": "month", "mon": mon.title()}
    elif p.get("y2"):
        sub = {"kind": "year", "y": p["y2"]}
    elif p.get("ou"):
        orel = " ".join(p["orel"].lower().split())
        if orel == "the":
            sub = {"kind": "part_of", "pos": "middle", "rel": "the", "u": p["ou"]}
        else:
            sub = {"kind": "relunit", "rel": orel, "u": p["ou"]}
    elif p.get("c"):
        sub = {"kind": "century", "c": p["c"]}
    else:
        sub = {"kind": "decade", "dec": p["dec"]}
    whole = _resolve(sub, s, e, ctx)
    if whole is None:
        return None
    wv = whole["value"]
    start_end = "START" if n == 1 else "END" if n == -1 else None
    part = f"{p['ord'].lower()} {' '.join(p['few'].lower().split()) + ' ' if p.get('few') else ''}{u}"
    why = f"the {part} of {wv} ({whole['reason'].replace('middle of the ', 'the ')})"
    mm = _MONTH_VALUE.match(wv)
    y = int(wv) if len(wv) == 4 and wv.isdigit() else None
    first = last = None                # the period's first and last day, when it is a month or a year
    if mm:
        y0, m0 = int(mm.group(1)), int(mm.group(2))
        first, last = D(y0, m0, 1), D(*_add_months(y0, m0, 1), 1) - _dt.timedelta(days=1)
    elif y is not None:
        first, last = D(y, 1, 1), D(y, 12, 31)
    anc = whole["anchor"]
    if first is not None and u == "week":
        day = first + _dt.timedelta(days=3 + 7 * (n - 1)) if n > 0 else last - _dt.timedelta(days=3)
        if day > last:
            return None
        return _r("DATE", _week(day), why, (wv,), mod=None, anchor=anc)
    if first is not None and u == "weekend":
        sat = _nth_weekday(first.year, first.month if mm else (1 if n > 0 else 12), 6, n)
        if sat > last:
            return None
        return _r("DATE", _week(sat) + "-WE", why, (wv,), anchor=anc)
    if first is not None and u == "day":
        day = first + _dt.timedelta(days=n - 1) if n > 0 else last
        return _r("DATE", _fmt_day(day), why, (wv,), anchor=anc)
    if y is not None and u == "month":
        return _r("DATE", f"{y:04d}-{12 if n < 0 else n:02d}", why, (wv,), anchor=anc)
    if y is not None and u == "half":
        return _r("DATE", f"{y:04d}-H{1 if n == 1 else 2}", why, (wv,), anchor=anc)
    if u == "half":
        start_end = "START" if n == 1 else "END"
    return _r("DATE", wv, why, whole["alternatives"], mod=start_end or whole.get("mod"), anchor=anc)


EARLY_IN_BEFORE = re.compile(r"\b(early|late)\s{1,3}in\s{1,3}$", re.I)   # used with endpos


def _in_mod(text: str, s: int) -> str | None:
    """START/END for "Early in 1945", "late in the year" (the words stay out of the span)."""
    if text[max(0, s - 3):s].lower() not in ("in ", "in\n"):
        return None
    m = EARLY_IN_BEFORE.search(text, max(0, s - 12), s)
    return MOD_CODE[m.group(1).lower()] if m else None


def _mod(p: dict) -> str | None:
    m = (p.get("mod") or "").lower()
    if not m:
        return None
    for word, code in _MOD_WORDS:
        if word.search(m):
            return code
    return None


_MOD_WORDS = [(re.compile(rf"\b{w}\b"), code) for w, code in MOD_CODE.items()]   # (compiled once)


# a preposition that makes "the next month" a stretch of time (used with endpos)
LENGTH_BEFORE = re.compile(r"\b(?:over|for|throughout|across|within)\s{1,3}$", re.I)   # used with pos/endpos
STRETCH_BEFORE = re.compile(r"\b(?:over|in|during|for|within|throughout|through|across|of|by|until|till)\s{1,3}$", re.I)


def _told_past_of_day_ahead(ctx: _Ctx, base: D | None, anc: str, s: int, e: int) -> bool:
    """Whether "that day", "that evening" in a past-tense clause would count from a date still
    ahead of the publication date ("are scheduled to choose their leaders on Nov. 18. Livingston
    told reporters that evening ..."): what the clause tells has happened, so not on that day;
    the news day, the publication date, is meant."""
    return anc == "narrative" and base is not None and ctx.dct is not None and base > ctx.dct \
        and not ctx.history and ctx.tense(s, e) in ("past", "report")


def _relunit(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    dct, text = ctx.dct, ctx.text
    rel_full = " ".join((p.get("rel") or "the").lower().split())
    has_the = rel_full.startswith("the")
    rel = rel_full[4:] if rel_full.startswith("the ") else rel_full
    # "this past weekend" is the last one; "later in the week" is "later that week"
    rel = {"this past": "past", "this coming": "coming", "that same": "same", "in the": "that", "prior": "preceding"}.get(rel, rel)
    u = (p.get("u") or "weekend").lower()
    mod = _mod(p)
    if u == "fortnight":
        if rel not in ("past", "last", "next", "coming", "previous", "following", "latest"):
            return None
        # "the past fortnight", "the next fortnight": two weeks next to the publication date
        return _r("DURATION", "P2W", f"'{rel_full} fortnight': two weeks", anchor="none")
    if u in POD_CODE:
        if rel in ("this",):
            base, off, anc = dct, 0, "dct"
        elif rel == "last" and not has_the and u == "night":
            base, off, anc = dct, -1, "dct"
        elif rel in ("previous", "preceding"):
            (base, anc), off = ctx.base("D"), -1
        elif rel in ("following", "next"):
            (base, anc), off = ctx.base("D"), 1
            if p.get("night_to") and base is not None and base.day == int(p["night_to"]):
                off = 0          # the morning after "the night of 10–11 September" is the 11th's
        elif rel in ("same", "that"):
            (base, anc), off = ctx.base("D"), 0
            if _told_past_of_day_ahead(ctx, base, anc, s, e):
                base, anc = dct, "dct"
        else:
            return None
        if anc == "narrative" and (back := _counted_from(ctx, "look back")) and (day := parse_value(back)) and day[1] == "D":
            # "had marched out on the night of 18 April, and the next morning they were met":
            # the morning after the day the sentence looked back to, not after the story's day
            base = day[0]
        if base is None:
            return _r("TIME", f"XXXX-XX-XXT{POD_CODE[u]}", f"part of day; {NO_DCT}", anchor="none")
        if anc == "narrative" and (a := ctx.anchor_for("D")) and a[1] in ("M", "Y"):
            # "The war began in 1914. Early that morning ...": a morning of that year or month, its
            # day not told (not the 1st, which the year's value would give)
            unknown = f"{base.year:04d}-XX-XX" if a[1] == "Y" else f"{base.year:04d}-{base.month:02d}-XX"
            return _r("TIME", f"{unknown}T{POD_CODE[u]}", f"'{rel_full} {u}': the last mentioned date names no day "
                      f"({value_of(base, a[1])})", anchor=anc)
        return _r("TIME", _fmt_day(base + _dt.timedelta(days=off)) + f"T{POD_CODE[u]}",
                  f"'{rel_full} {u}' relative to the {'last mentioned date' if anc == 'narrative' else 'publication date'}", anchor=anc)
    if u == "weekend":
        if has_the and rel in ("previous", "preceding", "following") and ctx.anchor and ctx.anchor[1] == "D":
            # "a referendum held the previous weekend", "the following weekend": next to the day
            # the story is at, with or without a publication date
            day = ctx.anchor[0]
            if rel == "following":
                sat = day + _dt.timedelta(days=(6 - day.isoweekday()) % 7 or 7)
            else:
                sat = day - _dt.timedelta(days=(day.isoweekday() - 6) % 7 + (7 if day.isoweekday() >= 6 else 0))
            return _r("DATE", _week(sat) + "-WE", f"'{rel_full} weekend': next to the last mentioned date", mod=mod, anchor="narrative")
        if dct is None:
            return _r("DATE", "XXXX-WXX-WE", f"weekend; {NO_DCT}", anchor="none")
        if rel == "this" and ctx.tense(s, e) not in ("past", "report", "since"):
            # "The Lakers host the Celtics this weekend" (told on Monday): with no past verb, the
            # weekend of this week, as "this week" is the publication date's week
            sat = dct + _dt.timedelta(days=6 - dct.isoweekday())
            return _r("DATE", _week(sat) + "-WE", f"'this weekend': the weekend of the publication date's week ({_human(dct)})",
                      (_week(sat - _dt.timedelta(days=7)) + "-WE",), mod=mod)
        if rel in ("last", "past", "previous") or (rel in ("the", "this") and _pick_direction(ctx.tense(s, e)) == "past"):
            if rel == "previous" and ctx.anchor:
                base = ctx.anchor[0]
            else:
                base = dct
            # most recent Saturday on or before base (Sunday's weekend is the current one)
            back = (base.isoweekday() - 6) % 7
            sat = base - _dt.timedelta(days=back)
            if rel == "last" and base.isoweekday() >= 6:
                sat -= _dt.timedelta(days=7)
            return _r("DATE", _week(sat) + "-WE", f"the latest weekend up to the publication date ({_human(dct)})", mod=mod)
        fwd = (6 - dct.isoweekday()) % 7
        sat = dct + _dt.timedelta(days=fwd)
        if rel == "next" and fwd <= 1:
            sat += _dt.timedelta(days=7)
        return _r("DATE", _week(sat) + "-WE", f"the next weekend from the publication date ({_human(dct)})", mod=mod)
    gran = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}[u]
    ctx.around = True       # (STRETCH_BEFORE)
    if (has_the and rel == "next" and gran != "D" and ctx.anchor
            and (dct is None or ctx.history
                 or (GRAN_RANK[gran] >= GRAN_RANK["M"] and value_of(ctx.anchor[0], gran) < value_of(dct, gran)
                     and not STRETCH_BEFORE.search(text, max(0, s - 16), s) and ctx.tense(s, e) == "past"))
            and not STRETCH_BEFORE.search(text, max(0, s - 16), s)):
        # a history's "The next month Italy declared war": no "over/in/during" before it, so a
        # date after the last one mentioned, like "the following month"; so in news too when
        # the story is in an earlier year (month) and told in the past ("In 1994 the war
        # ended. The next year, refugees returned.")
        rel = "following"
    if has_the and rel in ("past", "last", "next", "coming", "latest") and not (rel == "next" and gran == "D"):
        # "the past year", "the next week": a stretch of time ending/starting at the DCT
        # "the past year": TimeBank reads the previous calendar period; the stretch is the alternative
        # "the past decade" is the ten years up to now, not the 2000s (TimeBank, AQUAINT: P10Y)
        # ("over the next decade", as "over the past decade": the ten years ahead, P10Y)
        if dct is None or gran == "D" or (ctx.history and ctx.anchor) or (rel == "past" and gran in ("DE", "CE")) \
                or (gran in ("DE", "CE") and rel in ("next", "coming") and LENGTH_BEFORE.search(text, max(0, s - 16), s)):
            # a history ("Over the next decade, Europe was rebuilt"): the stretch follows the
            # story, not the publication date, and TimeML tags its length
            return _r("DURATION", _dur(1, u), f"'{rel_full} {u}': a stretch of time next to the "
                      + ("story's date" if ctx.history and dct else "publication date"), mod=mod, anchor="none")
        if gran == "W" and rel != "next" and rel != "coming" and dct.isoweekday() == 7:
            return _sunday_week(dct, rel_full, u, mod)
        v = value_of(shift(dct, -1 if rel in ("past", "last", "latest") else 1, gran), gran)
        return _r("DATE", v, f"'{rel_full} {u}': the {u} before/after the publication date ({_human(dct)})", (_dur(1, u),), mod=mod)
    if rel_full == "in the" and dct is not None and not ((a := ctx.anchor_for(gran)) and GRAN_RANK[a[1]] <= GRAN_RANK[gran]):
        # "Earlier in the day" after a year or month: the day of the publication date
        return _r("DATE", value_of(dct, gran), f"'{rel_full} {u}': the publication date's ({_human(dct)})", mod=mod)
    if has_the and rel in ("following", "next") and gran != "D" and LENGTH_BEFORE.search(text, max(0, s - 16), s):
        # "over the following decade", "for the next year": a stretch after the story's date,
        # whose length TimeML tags ("in the following year" stays the year)
        return _r("DURATION", _dur(1, u), f"'{rel_full} {u}': a stretch of time after the story's date", mod=mod, anchor="none")
    if rel in ("previous", "preceding", "following", "same", "that", "next") and (has_the or rel in ("that", "same")):
        base, anc = ctx.base(gran)
        n = {"previous": -1, "preceding": -1, "following": 1, "next": 1}.get(rel, 0)
        if base is None:
            return _r("DATE", "XXXX-XX-XX" if gran == "D" else "XXXX", f"'{rel_full} {u}'; no date to count from", anchor="none")
        if n == 0 and gran == "D" and _told_past_of_day_ahead(ctx, base, anc, s, e):
            base, anc = dct, "dct"
        if gran == "D" and anc == "narrative" and (back := _counted_from(ctx, "look back")) and (day := parse_value(back)) and day[1] == "D":
            # "Taylor had already defeated the Mexicans on 8 May and at Resaca de la Palma the next
            # day": the day after the one the sentence looked back to, not after the story's day
            v = value_of(shift(day[0], n, "D"), "D")
            return _r("DATE", v, f"'{rel_full} {u}' counted from the date the sentence looked back to ({back})", mod=mod, anchor=anc)
        if gran == "CE" and anc == "narrative" and ctx.period_named and len(ctx.period_named) == 2:
            # "the mid-19th century ... The previous century": counted from the century named
            c = int(ctx.period_named) + n
            return _r("DATE", f"{c:02d}", f"'{rel_full} {u}' counted from the century last mentioned ({ctx.period_named})",
                      mod=mod, anchor=anc)
        g = gran
        a = ctx.anchor_for(gran)
        if a and GRAN_RANK[a[1]] > GRAN_RANK[gran]:
            g = a[1]                  # "the next day" after "March 2011": no finer than the anchor
            n = 0                     # ... and in it: "the day before" is no day of February
        elif n == 1 and gran == "D" and p.get("night_to") and base.day == int(p["night_to"]):
            n = 0                     # "On the night of 4–5 June ... The next day": the 5th
        v = value_of(shift(base, n, gran), g)
        return _r("DATE", v, f"'{rel_full} {u}' counted from the {'last mentioned date' if anc == 'narrative' else 'publication date'}", mod=mod, anchor=anc)
    if gran == "D":
        return None
    if rel == "full" and gran == "Y":
        # "For the full year, revenue jumped 51%" after a fourth quarter, told in January: the
        # year the results close, as "the year" is
        return _resolve_the_year(p, s, e, ctx)
    if dct is None:
        return _r("DATE", {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}[gran],
                  f"'{rel_full} {u}'; {NO_DCT}", mod=mod, anchor="none")
    n = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    v = value_of(shift(dct, n, gran), gran)
    alts = ()
    if mod == "END" and gran == "Y":
        alts = (f"{v}-Q4", f"{v}-H2")
    return _r("DATE", v, f"'{rel_full} {u}' relative to the publication date ({_human(dct)})", alts, mod=mod)


_NTH = {w: i + 1 for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split())}
_NTH.update({w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())})
NTH_DAY_NOW_BEFORE = re.compile(r"\b(?:it['’]s|is|marks|marking|enters|entering|entered)\s{1,3}$", re.I)   # used with pos/endpos
# a span of days just told, "from 1 to 3 July", "July 1-3": its first day is day one of "the
# third day" that follows (used with finditer over the text before)
DAY_SPAN_TOLD = re.compile(r"(?<![\d/])(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s{0,3}(?:to|through|until|till|and|[\u2010-\u2015-])\s{0,3}(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s{1,3}[A-Z][a-z]{2,8}\b"
                           r"|\b[A-Z][a-z]{2,8}\.?\s{1,3}(?P<m1>[0-3]?\d)\s{0,3}(?:to|through|until|till|and|[\u2010-\u2015-])\s{0,3}(?P<m2>[0-3]?\d)(?!\d)")


def _nth_day(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    """"captured Chinshwehaw on the first day", "on the second day of the offensive", "on day
    three": the Nth day counted from the last day mentioned (an operation "launched on 27
    October 2023"), which is day one, as "the following day" counts from it; a later count
    keeps the same day one. "It's the second day of an offensive": the publication date."""
    w = (p.get("ow") or p.get("nw")).lower()
    n = _NTH.get(w) or int(w)
    label = ctx.text[s:e]
    ctx.around = True
    if ctx.dct and NTH_DAY_NOW_BEFORE.search(ctx.text, max(0, s - 12), s):
        return _r("DATE", _fmt_day(ctx.dct), f"'{label}' of something still going on: the publication date ({_human(ctx.dct)})")
    if ctx.restates and _DAY_VALUE.match(ctx.restates):
        # "on Monday, the fourth day of the standoff": an apposition naming the day just given
        return _r("DATE", ctx.restates[:10], f"'{label}': the day just before, which it restates", anchor="narrative")
    a = ctx.anchor_for("D")
    if not a or a[1] != "D":
        return None
    if ctx.day_one and (a[0] == ctx.day_one[1] or ctx.day_one[0] <= a[0] <= ctx.day_one[0] + _dt.timedelta(days=n - 1)):
        # the count goes on ("The following day ... By the fifth day") unless the story has
        # moved past the day it would give (a new start)
        one, why = ctx.day_one[0], "day one of the count told before"
    else:
        one, why = a[0], "the last day mentioned as day one"
        span = None
        for span in DAY_SPAN_TOLD.finditer(ctx.text, max(0, s - 200), s):
            pass
        if span is not None:
            d1, d2 = (int(x) for x in (span.group("d1", "d2") if span.group("d1") else span.group("m1", "m2")))
            if d2 == a[0].day and d1 < d2 and n <= d2 - d1 + 1:
                # "lasted three days, from 1 to 3 July, and on the afternoon of the third day": the
                # days are counted from the first of the span
                one, why = a[0] - _dt.timedelta(days=d2 - d1), "the first day of the span just told as day one"
    day = one + _dt.timedelta(days=n - 1)
    return _r("DATE", _fmt_day(day), f"'{label}': day {n} counting {why} ({_human(one)})", anchor="narrative")


def _sunday_week(dct: D, rel_full: str, u: str, mod: str | None) -> dict:
    """'the past week' in a Sunday paper: the seven days up to that Sunday, which are the DCT's
    own ISO week; the week before is the alternative. (A bare 'last week' stays the week before:
    TimeBank reads it so in three of four Sunday articles.)"""
    return _r("DATE", _week(dct), f"'{rel_full} {u}' in an article published on a Sunday ({_human(dct)}): "
              "the week ending that day", (_week(dct - _dt.timedelta(days=7)), _dur(1, u)), mod=mod)


_TOLD_AGAIN = "the date just before it, told again"    # a shift restating a date (see _shift)


def _ahead_of_past_frame(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether a date in a sentence framed by a past year looks ahead in its own clause: "reported
    sales of $136 billion for last year and will publish results on July 27" is this year's."""
    return ctx.dct is not None and ctx.frame_year < ctx.dct.year and ctx.tense(s, e) == "future"


def _counted_from(ctx: _Ctx, how: str) -> str | None:
    """The value of the date counted from, when it is read `how` (see _Ctx.counted_from)."""
    c = ctx.counted_from
    return c[1] if c is not None and c[0] == how else None


def _shift(p: dict, s: int, e: int, ctx: _Ctx) -> dict | None:
    n = _num(p["num"])
    uw = _unit_word(p["u"])
    if n is not None and re.search(r"and\s{1,3}a\s{1,3}half", ctx.text[s:e]):      # "two and a half years later"
        n += 0.5
    d = " ".join(p["dir"].lower().split())
    qm = " ".join((p.get("qmod") or "").lower().split())
    mod = QMOD_CODE.get(qm)
    deictic = d in ("ago", "ago today", "hence", "from now", "from today")
    sign = 1 if d in ("later", "after", "afterwards", "hence", "from now", "from today", "on") else -1
    fine = "D" if uw in ("hour", "minute", "second") else {"WE": "W"}.get(UNIT_CODES.get(uw), UNIT_CODES.get(uw))
    if uw == "decade" and not deictic and ctx.last_decade and n is not None and float(n).is_integer():
        # "throughout the 1990s. Two decades later, ...": the decade twenty years on (201)
        y = int(ctx.last_decade) * 10 + sign * int(n) * 10
        return _r("DATE", f"{y // 10:03d}", f"{p['num']} decade(s) {d}, counted from the decade last mentioned "
                  f"(the {ctx.last_decade}0s)", (_dur(n, uw),), mod=mod, anchor="narrative")
    ctx.around = True       # (_THAN_AFTER)
    if not deictic and ctx.restates and n is not None and (said := parse_value(_stand_in(ctx.restates))) and fine in GRAN_RANK \
            and not _THAN_AFTER.match(ctx.text, e):     # "this year, three weeks later than in 1997": a comparison
        # "signed on 21 July 1938, three years later": the date just before, told again as a
        # distance from an earlier one
        # ("until 1914, almost a century later": a decade or a century is counted in years)
        fine = "Y" if fine in ("DE", "CE") else fine
        v = value_of(said[0], fine if GRAN_RANK[fine] >= GRAN_RANK[said[1]] else said[1])
        return _r("DATE", v, f"{p['num']} {uw}(s) {d}: {_TOLD_AGAIN}", (_dur(n, uw),), mod=mod, anchor="narrative")
    looked_back = _counted_from(ctx, "look back")
    if not deictic and looked_back and n is not None and float(n).is_integer() and fine in ("D", "W", "M", "Y") \
            and (back := parse_value(looked_back)) and back[1] in GRAN_RANK:
        g = fine if GRAN_RANK[fine] >= GRAN_RANK[back[1]] else back[1]
        return _r("DATE", value_of(shift(back[0], sign * int(n), fine), g), f"{p['num']} {uw}(s) {d}, counted from the "
                  f"date the sentence looked back to ({looked_back})", (_dur(n, uw),), mod=mod, anchor="narrative")
    if deictic:
        base, anc = ctx.dct, "dct"
    else:
        base, anc = ctx.base(fine)
        if anc == "narrative" and sign < 0 and not ctx.history and ctx.dct and (
                _counted_from(ctx, "since") or base > ctx.dct
                or NOW_BEFORE.search(ctx.text, ctx._sentence_start(max(0, s - 150), s), s)) \
                and ctx.tense(s, e) not in ("future", "deadline"):
            # "expects a new iPad early next year. It holds $51 billion, up from $45.8 billion
            # three months earlier": what is compared now is not counted back from a plan, nor
            # from the start of a state it runs since, nor from a date before a sentence that says
            # "now" ("A dollar now buys 98 yen, compared with 78 yen a year earlier")
            base, anc = ctx.dct, "dct"
    if n is None:
        return _r("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", f"an unspecified number of {_plural(uw)} {d}", mod=mod, anchor=anc)
    if base is None:
        return _r("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", f"{_fmt_num(n)} {uw}(s) {d}; {NO_DCT}", mod=mod, anchor="none")
    if d == "on" and uw not in ("hour", "minute", "second") and ctx.dct is not None and not ctx.history \
            and anc == "dct" and ctx.tense(s, e) != "future":
        # "Two years on, the city is still in ruins": with no event dated before it, it is now,
        # that long after the event (only "Two years on, the rebels will ..." looks ahead)
        g = {"WE": "W", "DE": "Y", "CE": "Y"}.get(UNIT_CODES[uw], UNIT_CODES[uw])
        return _r("DATE", value_of(ctx.dct, g), f"{p['num']} {uw}(s) on, with no earlier date told: the time of the "
                  f"publication date ({_human(ctx.dct)})", (_dur(n, uw),), mod=mod, anchor="dct")
    if uw == "year" and sign < 0 and not deictic and not ctx.fiscal_q and (quarter := _counted_from(ctx, "quarter")) \
            and float(n).is_integer():       # (a company counting fiscal quarters compares those: see below)
        q = parse_value(quarter)
        return _r("DATE", value_of(shift(q[0], -int(n), "Y"), "Q"), f"{p['num']} {uw}(s) {d}: the quarter closed by the date "
                  f"last mentioned ('the three months to March 29'), a year before", (_dur(n, uw),), mod=mod, anchor="narrative")
    if uw in ("hour", "minute", "second") and deictic:
        # "Updated 3 hours ago", "killed 40 minutes ago": we know the publication's day, not its
        # clock time, so the day it falls on if published late that day, the day before as the other reading
        hours = n * {"hour": 1, "minute": 1 / 60, "second": 1 / 3600}[uw]
        near, far = (shift(base, sign * int(hours // 24), "D"), shift(base, sign * -int(-hours // 24), "D"))
        return _r("DATE", _fmt_day(near), f"{p['num']} {uw}(s) {d}, counted from the publication date ({_human(base)}), "
                  f"whose clock time is not told", (_fmt_day(far),) if far != near else (), mod=mod, anchor="dct")
    if uw in ("hour", "minute", "second"):
        # counted from the clock time told before it, once clock times are placed
        return {"type": "TIME", "value": "", "reason": "", "alternatives": (), "mod": mod, "anchor": "pending"}
    gran = UNIT_CODES[uw]
    if gran == "WE":
        gran = "W"
    count = n
    if uw == "fortnight":
        n *= 2                # "a fortnight ago": two weeks
    long_unit = gran in ("DE", "CE")
    if long_unit:
        # "a decade ago", "two decades later": a year (TimeBank: 'a decade ago' in 1999 is 1989)
        n, gran = n * (10 if gran == "DE" else 100), "Y"
    if not float(n).is_integer():
        if gran == "Y":
            n, gran_shift = n * 12, "M"
        elif gran == "M":
            n, gran_shift = n * 30, "D"
        else:
            gran_shift = gran
    else:
        gran_shift = gran
    if gran_shift == "Y" and sign < 0 and n >= base.year:
        # "50,000 years ago", "66 million years ago": a year before the common era (no year 0:
        # 1 BC comes right before AD 1), not the first year the calendar holds
        bc = int(n) - base.year + 1
        return _r("DATE", f"BC{bc:04d}", f"{p['num']} {uw}(s) {d}, counted from the {'publication' if anc == 'dct' else 'last mentioned'} "
                  f"date ({_human(base)}): a year before the common era", (_dur(count, uw),), mod=mod, anchor=anc)
    target = shift(base, sign * n, gran_shift)
    g = gran
    if (d == "from today" and gran in ("D", "W")) or d == "ago today":
        g = "D"       # "a week from today", "a year ago today" count from a day to a day
    if gran_shift == "M" and gran == "Y":
        g = "M"
    a = ctx.anchor_for(fine)
    if gran == "W" and anc == "narrative" and (ctx.history or ctx.dct is None) and float(n).is_integer() and a and a[1] == "D":
        # a history's "A week later", "Two weeks later" after a day is the day that many weeks on,
        # as a chronology dates it (the week is the other reading; news keeps TimeBank's week)
        g = "D"
    if anc == "narrative" and a and GRAN_RANK[a[1]] > GRAN_RANK[g]:
        g = a[1]
        if sign < 0:   # "1975 ... A week earlier": count back from the period's end, not into 1974
            # (a season or half year, kept as a year from its first month, ends within three months)
            end = shift(base, 1, g) if g != "Y" or base.month == 1 else shift(base, 3, "M")
            target = shift(end - _dt.timedelta(days=1), -n, gran_shift)
    # "a year earlier" after a quarter or month: the same quarter/month a year before (a
    # comparison); "seven years later" after "June 2000" is a year: 2007
    if gran == "Y" and not long_unit and ctx.anchor and (
            ctx.anchor[1] == "Q" or (ctx.anchor[1] == "M" and n == 1 and (anc == "narrative" or _month_compared(ctx, s)))):
        # (the quarter may be last year's: "the fourth quarter ... a year ago" told in February)
        if anc == "dct":
            target = shift(ctx.anchor[0], sign * n, "Y") if ctx.anchor[0].year == ctx.dct.year \
                or 0 <= (ctx.dct - ctx.anchor[0]).days < 400 else target
        g = ctx.anchor[1]
    alts = []
    if g != "D" and gran == "W":
        alts.append(_fmt_day(target))
    elif g == "D" and gran == "W":
        alts.append(value_of(target, "W"))
    if g == "M" and mod == "APPROX":
        alts.append(value_of(shift(target, 1, "M"), "M"))
    if anc == "narrative" or not deictic:
        alts.append(_dur(count, uw))
    src = ("last mentioned date" if anc == "narrative" else "publication date" if deictic
           else "publication date, as the text names no earlier date (the event it follows may be another day)")
    return _r("DATE", value_of(target, g), f"{p['num']} {uw}(s) {d}, counted from the {src} ({_human(base)})",
              alts, mod=mod, anchor=anc)


# the resolver of each kind of parse (see timex_patterns' PATTERNS); _resolve_parse calls it after
# its wrappers ('the morning of', 'the week of'); a kind not here resolves to nothing
_BY_KIND = {
    "iso": _resolve_iso, "numeric": _resolve_numeric_date, "mdy": _resolve_day_month, "dmy": _resolve_day_month,
    "my": _resolve_month_year, "month": _resolve_month, "year_adj": _resolve_year_ago, "holiday": _resolve_holiday,
    "year_end": _resolve_year_end, "year_words": _resolve_year_words, "decade_words": _resolve_decade_words,
    "decade": _resolve_decade, "century": _resolve_century, "era_date": _resolve_era_date,
    "era_year": _resolve_era_year, "fiscal": _resolve_fiscal_year, "year": _resolve_year,
    "nine_eleven": _resolve_nine_eleven, "num_week": _resolve_numbered_week, "quarter": _resolve_quarter,
    "qcode": _resolve_quarter, "quarter_rel": _resolve_quarter_or_period, "sport_season": _resolve_sport_season, "session": _resolve_session,
    "season": _resolve_season, "period_of": _period_of, "part_of": _resolve_part_of, "weekday": _resolve_weekday,
    "deictic": _resolve_deictic, "refword": _resolve_ref_word, "the_year": _resolve_the_year,
    "relunit": _resolve_relunit, "weekend": _relunit, "nth_day": _nth_day, "shift": _shift,
    "duration": _resolve_duration, "dur_pair": _resolve_duration_pair, "unit_adj": _resolve_unit_adjective,
    "vague_dur": _resolve_vague_duration, "set": _resolve_set, "nth_weekday": _resolve_nth_weekday,
    "ordinal_of": _resolve_ordinal_of_month, "ordinal_day": _resolve_ordinal_day, "clock": _resolve_clock,
    "clock_ap": _resolve_clock, "clock_mil": _resolve_clock, "clock_word": _resolve_clock, "pod": _resolve_clock,
}


# "homes repossessed in August, up 25 percent from a year ago": the figure it is compared with
# (used with endpos at the timex), after a month named earlier in the sentence
COMPARED_WITH_BEFORE = re.compile(r"\b(?:from|than|with|over)\s{1,3}$")
_MONTH_NAMED = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def _month_compared(ctx: _Ctx, s: int) -> bool:
    """Whether the timex at s ("a year ago") is a figure's comparison in a sentence that names a month."""
    return COMPARED_WITH_BEFORE.search(ctx.text, max(0, s - 6), s) is not None \
        and _MONTH_NAMED.search(ctx.text, ctx._sentence_start(max(0, s - 200), s), s) is not None


# before a year that opens its sentence, as the frame of all it tells (used with endpos):
# "In 2012, ...", "Last year, ..." (the timex itself), "Back in 2009 ..."; not "Since 2009"
# what follows a year that is a time of its own, not a modifier ("in 2010 net income")
_YEAR_ENDS_PHRASE = re.compile(r"\s?[,;:.)]|\s{1,3}(?:after|before|when|as|and|but|amid|following|while|with|in|on|at|"
                               r"for|from|to|by|until|over|during|because)\b")
YEAR_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’)]?\s{1,3}|\n\s{0,3})[\"“]?(?:(?:In|During|Throughout|Back\s{1,3}in|"
                                 r"(?:Early|Late|Later|Earlier)\s{1,3}in)\s{1,3})?$")


# "... had taken power in May 1997. Barely a year later he ...": at most one word opens the sentence before b
_SENTENCE_OPENER = re.compile(r"(?:[A-Z][a-z]+\s{1,3})?")


def _opens_next_sentence(text: str, a: int, b: int) -> bool:
    """Whether b opens (after at most one word) the sentence right after the one holding a."""
    if b - a >= 300:
        return False
    cuts = list(SENT_CUT.finditer(text, a, b))
    return len(cuts) == 1 and cuts[0].group() != "\n" and _SENTENCE_OPENER.fullmatch(text, cuts[0].end(), b) is not None


_YEAR_IN = re.compile(r"(?<!\d)(1\d{3}|20\d\d)(?!\d)")


def told_long_after(years: list[int], from_dct: int, yearless: int, dct: D | None, present: int = 0) -> bool:
    """Whether a text is a history, not news: it tells its years (tells_years), most of them
    ten or more years before the DCT. One rule for the tagger and events."""
    if dct is None or not tells_years(years, from_dct, yearless, present):
        return False
    return sorted(dct.year - y for y in years)[len(years) // 2] >= 10


def tells_years(years: list[int], from_dct: int, yearless: int, present: int = 0) -> bool:
    """At least two explicit years (or one, followed by days without a year) and hardly any
    date counted from the DCT (from_dct: 'today', weekdays). present: the times "today" came
    after a day told, which may be the present a history ends on ("Argentina still claims the
    islands today"): weighed against every date told, the days without a year too."""
    # one year will do when days without a year follow it and nothing counts from the
    # publication date: "fought between 5 and 10 June 1967. On the morning of 5 June, ..."
    told = from_dct + present
    return bool(years) and not ((len(years) == 1 and (told or yearless < 2)) or from_dct * 5 >= len(years)
                                or told * 5 >= len(years) + yearless)


_BARE_TODAY = re.compile(r"(?i)today")
_DAY_MONTH_KINDS = frozenset(("mdy", "dmy", "month"))
_NEWS_REL = frozenset(("last", "this", "next", "past", "coming", "this past", "this coming"))


_WEEKDAY_AFTER_DATED_DAY = 400     # characters after a day with its year within which a weekday is of its week


def _is_history(text: str, parts, dct: D | None) -> tuple[bool, bool]:
    """told_long_after, read from the recognised parts (the first 2,000 tell); and whether
    no part counts from the publication date (no "today", weekday, "last week", "ago"; a
    "today" after dates told may be the narrator's present, "Today, the front line runs for
    1,000 km", and leaves a backgrounder apart)."""
    years, deictic, yearless, news, present = [], 0, 0, 0, 0
    dated_day_end = -_WEEKDAY_AFTER_DATED_DAY     # where the last day with its year ends
    for s, e, p in parts[:2000]:
        k = p["kind"]
        if k == "deictic" and (yearless or dated_day_end >= 0) and _BARE_TODAY.fullmatch(p.get("w") or "") \
                and not (p.get("pod") or p.get("mod")):
            # "today" after the days of a story told: a history's present, or news's day (see
            # tells_years); before any day ("The 2011 uprising is remembered today") it is news's
            present += 1
        elif k in ("deictic", "weekday"):
            # ("29 May, a Tuesday", "born on a Tuesday" count from no publication date, nor does
            # "by Thursday" just after "Easter Monday, 24 April 1916": the week it begins)
            if not (p.get("appos") or p.get("indef")) and not (k == "weekday" and s - dated_day_end < _WEEKDAY_AFTER_DATED_DAY):
                deictic += 1
        elif (k == "relunit" and " ".join((p.get("rel") or "").lower().split()) in _NEWS_REL) or (
                k == "shift" and (p.get("dir") or "").lower()[:3] == "ago"):
            news += 1
        elif k in ("era_year", "era_date") and len(years) < 200:
            years.append(-int(p["y"]) if p["era"] == "BC" else int(p["y"]))     # "in 218 BC", "in AD 43"
        elif len(years) < 200:
            years += [int(y) for y in _YEAR_IN.findall(text, s, e)]
        if (p["kind"] in ("mdy", "dmy") and "y" not in p) or p["kind"] == "ordinal_day":
            yearless += 1        # "on 16 September", "on the 15th"
        elif p["kind"] in ("mdy", "dmy", "era_date") and "d" in p:
            dated_day_end = e
    if dct is None:
        # no publication date (an encyclopedia page): a text that tells its years is a history,
        # its dates anchored on the story alone
        return tells_years(years, deictic, yearless, present), deictic + news == 0
    apart = deictic + news == 0
    # ("this year", "50 years ago", "last week" count from the publication date as "today" does, as
    # the events' reading of the tagger's output counts them: an anniversary feature that tells
    # "the summer of 1969" and "a century ago this year" is news about the past, not a history)
    return told_long_after(years, deictic + news, yearless, dct, present) or (
        apart and tells_years(years, deictic, yearless)
        and (opens_on_past_year(text, dct) or (yearless and opens_dated_past(text, parts, dct)))), apart


# an encyclopedia article's first words name its subject by a year: "The 2003 invasion of Iraq
# lasted ...", "The Libyan civil war of 2011 began ..."
_OPENING_TOPIC_YEAR = re.compile(
    r"\s*The\s{1,3}(?:(1\d{3}|20\d\d)(?:[–-]\d{2,4})?\s{1,3}[A-Z]?[a-z]"
    r"|(?:[A-Z]?[a-z][\w'’–-]*\s{1,3}){1,8}of\s{1,3}(1\d{3}|20\d\d)\b)")


def opens_on_past_year(text: str, dct: D) -> bool:
    """Whether a text opens by naming its subject with a year before the publication's: with no
    date counted from the publication date, such a text is a history even when told soon after."""
    m = _OPENING_TOPIC_YEAR.match(text)
    return m is not None and int(m[1] or m[2]) < dct.year


_OPENING_SENTENCES = 2     # the sentences of an encyclopedia article's opening that date its subject
# an encyclopedia article opens on its subject's name: "The Winter War was", "Operation Overlord
# was", "The Russian invasion of Ukraine began" (not "The offensive began", "In 2008 ...", "It was")
_OPENS_ON_NAME = re.compile(r"\s*(?:The\s{1,3})?(?!(?:In|On|At|By|After|Before|During|From|Since|When|While|As|It|Its|This|"
                            r"That|These|Those|There|He|She|They|We|A|An|The|Some|Many|Most)\b)[A-Z][\w'’.-]*\s")


def opens_dated_past(text: str, parts, dct: D) -> bool:
    """Whether the text's first sentences date its subject in a year two or more before the
    publication's: "The Russian invasion of Ukraine began on 24 February 2022, when ..." told
    in 2026 with no date counted from the publication date is a history, its days without a
    year the story's ("On 2 March Kherson fell")."""
    if not _OPENS_ON_NAME.match(text):
        return False
    cuts = 0
    for cut in SENT_CUT.finditer(text, 0, _OPENING_SUM):
        cuts += cut.group() != "\n" or cut.start() > 0
        if cuts >= _OPENING_SENTENCES:
            end = cut.start()
            break
    else:
        end = _OPENING_SUM
    for s, _, p in parts:
        if s >= end:
            return False
        if p["kind"] in ("dmy", "mdy", "my", "year") and str(p.get("y", "")).isdigit():
            return int(p["y"]) <= dct.year - 2
        if p["kind"] in _DAY_MONTH_KINDS or p["kind"] in ("ordinal_day", "weekday"):
            return False      # a day told before any year ("The attacks began on the 14th") is news's
    return False


# used with match at a year's end, endpos at a date ("in 2011, when", "during 2008's financial crisis, when":
# the year may name a thing first)
_YEAR_THEN_WHEN = r"(?:['’]s)?(?:\s{1,3}[a-z][\w-]{0,19}){0,3},\s{1,3}when\s"
WHEN_CLAUSE_AFTER_YEAR = re.compile(_YEAR_THEN_WHEN + r"[^,;.]*$")
WHEN_OPENS_AFTER_YEAR = re.compile(_YEAR_THEN_WHEN)      # used with match at a year's end
_PERIOD_VALUE = re.compile(r"\d{4}(?:-(?:[QH]\d|\d\d))?")    # a year, a quarter, a half or a month
_SEASON_VALUE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_SEASON_CODES = frozenset(("SP", "SU", "FA", "WI"))
_SEASON_ORDER = ("SP", "SU", "FA", "WI")      # within a year (a winter is named by its December)
STORY_REACH = 300    # characters after a date in another year within which the story stays there
# how far _resolve reads the text around a timex: the tense's questions (_TENSE_READ), and up to
# the date that named the story, within 300 characters (see _same_sentence), with room for lookbehinds
_RESOLVE_READ = (310, _TENSE_READ[1])
PLAN_TOLD_WORDS = ("was", "were", "had")
# "its fiscal fourth quarter ends on November 30": a quarter told as still running (used with match at its end)
QUARTER_RUNS_AFTER = re.compile(r"\s{1,3}(?:ends|will\s{1,3}end|closes|will\s{1,3}close|runs\s{1,3}(?:to|through|until))\b")
# "which the Senate had been due to take up on Thursday": a plan in the pluperfect, in its
# sentence before the weekday (used with pos/endpos)
PLAN_SUPERSEDED_BEFORE = re.compile(r"\bhad\s{1,3}been\s{1,3}(?:due|scheduled|planned|slated|set|expected|supposed|meant)\b[^.;!?]{0,80}$")
# "that year", "the same year": the story's year named again (see _Ctx.story_said), at most
# _STORY_SAID_REACH characters before the date without a year, with no sentence end between
_STORY_SAID = re.compile(r"(?i)(?:that|the\s{1,3}same|that\s{1,3}same)\s{1,3}year")
_STORY_SAID_REACH = 120
_SENTENCE_END = re.compile(r"[.!?;](?=\s)")
_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d\d))?(?:-\d\d)?$|(\d{4})-W\d\d$")    # (a week: its year in group 3)

# A year naming a thing, not the time being told: "Saddam abrogated the 1975 Algiers
# Agreement. On 22 September ..." is still 1980. After a time preposition, or as the subject
# opening a sentence, the year does set the scene: "After the 1967 war, ... On 22 November"
# is 1967, and so is "The 1967 war ended on 10 June".
_NAMING_YEAR_BEFORE = re.compile(r"(?:(?<![\w'’])(?:the|an?|its|his|her|their|our)|(?<=[\w,]\s)[^\W\d_]+['’]s)\s{1,3}$")
_SCENE_PREP = re.compile(r"(?:in|during|after|before|since|until|till|following|throughout|amid|from|by|at)\s{1,3}\S+\s{1,3}$", re.I)
_NAMING_YEAR_AFTER = re.compile(r"\s{1,3}(?!(?:and|or|to|through|until|till|when|as|in|on|at|for|by|of|with|was|were|is|are|had|has|have)\b)[^\W\d_]")


def naming_year(text: str, s: int, e: int, beside_a_date: bool = False) -> bool:
    """Whether the year text[s:e] names a thing ('the 1975 Algiers Agreement') rather than
    setting the time told (see _NAMING_YEAR_BEFORE). beside_a_date: the sentence has another
    date, so "The 2015 peace deal collapsed on Monday" names a deal too (but "since the 2011
    uprising" still dates a state of affairs)."""
    if _NAMING_YEAR_AFTER.match(text, e) is None:     # anchored, so cheap: asked first
        return False
    before = text[max(0, s - 30):s]
    if beside_a_date:
        return _NAMING_YEAR_BEFORE_ANY.search(before) is not None and _SINCE_THE.search(before) is None \
            and _IN_AN_ACT.search(before) is None
    return _NAMING_YEAR_BEFORE.search(before) is not None and _SCENE_PREP.search(before) is None


_NAMING_YEAR_BEFORE_ANY = re.compile(_NAMING_YEAR_BEFORE.pattern.replace("(?<=[\\w,]\\s)", ""), re.I)
_SINCE_THE = re.compile(r"\bsince\s{1,3}\S+\s{1,3}$", re.I)
# "seized power in a 2020 coup", "was wounded in a 2019 attack": an act the verb was done in, so its year (not
# "for his part in the 1982 massacre": an act known by its name)
_IN_AN_ACT = re.compile(r"\b(?:in|during)\s{1,3}an?\s{1,3}$", re.I)


# "WASHINGTON, Nov. 15 --", "BEIJING, March 12 (Xinhua) --": a dateline's place and day
_DATELINE_PLACE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'’-]{1,40}(?:, [A-Z][A-Za-z. ]{1,25})?, \Z")
_DATELINE_REST = re.compile(r"[ \t]*(?:\([A-Za-z .-]{1,30}\)[ \t]*)?(?:--|—|–|-|_|:)")


_LENGTH_KINDS = frozenset(("vague_dur", "duration", "dur_pair", "unit_adj"))


def dateline_day(text: str, parts, dct: D | None) -> D | None:
    """The day a dateline names when it is a day or two before the publication date: the day
    the story was written (a newspaper prints yesterday's dispatch; a wire dates its files
    in another time zone), which its "today" and "this morning" mean."""
    if dct is None or not parts:
        return None
    # (a length in the headline comes before it: "Islamists claim Mogadishu after months of fighting")
    s, e, p = next((q for q in parts if q[2]["kind"] not in _LENGTH_KINDS), parts[0])
    if p["kind"] not in ("mdy", "dmy") or "y" in p or s > 400 or "wd" in p:
        return None
    if not _DATELINE_PLACE.search(text, max(0, s - 70), s) or not _DATELINE_REST.match(text, e):
        return None
    day = _safe_day(dct.year, MONTHS[p["mon"].lower().rstrip(".")], int(p["d"]))
    if day is not None and day > dct:
        day = _safe_day(dct.year - 1, day.month, day.day)
    return day if day is not None and 1 <= (dct - day).days <= 2 else None


class _Repeats:
    """Runs of one timex repeated at a fixed distance in the same surroundings ("Monday,
    Monday, ...", 1 MB of "January 5, 2017 "). resolve_all's loop carries a state from one
    timex to the next; once a repeat leaves it as it found it (its offsets moved on by the
    distance), each further repeat in the same surroundings would do the same and give the
    same row moved on: the whole run gets its rows at once, and the loop body is skipped.

    The state is every local of resolve_all and every field of its _Ctx except those named
    below (what each timex sets afresh, caches, constants), compared as values; offsets are
    compared relative to the timex. A name added to either is compared as it is, so a new
    piece of state can only stop a run, never be skipped over. Histories (whose look-ups read
    back to the paragraph's start) have no runs."""

    # locals set afresh for each timex before they are read, and what holds for the whole text
    PER_TIMEX = frozenset((
        "n", "s", "e", "p", "kind", "pk", "in_story", "apart_story", "story_said", "restates", "gap",
        "said_again", "counted_from", "range_end", "phrase_year", "frame_year", "yearly", "told_earlier", "stretch_from",
        "s2", "_", "p2", "before", "after", "span", "coord_prev", "planned", "step_back", "plan_told_day",
        "told_day", "j", "story_here", "key", "hit", "around", "last_tense", "w", "r", "asked", "moves",
        "named_day", "dm", "given", "row", "closes_quarter", "goes_on", "y", "v", "skip_to", "by", "numbered",
        "text", "parts", "dct", "numeric_order", "ctx", "kinds", "apart", "read_before", "read_after",
        "last", "rep",
        # caches (what they hold never changes an answer) and the output, checked apart
        "memo", "items", "numbers", "restating", "plan_words", "out", "pending"))
    CTX_CACHES = frozenset(("text", "parts", "spans", "_clauses", "_tense_memo", "_tense_last", "asked",
                            "around", "_word_asked", "_word_starts", "_low", "_closing_from", "_doc_order"))
    # the locals holding offsets (None, or the offset itself or a tuple with offsets at these
    # places), in the order shifted() takes them
    POSITIONS = (("prev_end", None), ("told_at", None), ("last_date", (0, 1)), ("frame", (1,)), ("story", (1,)))
    BACK = 350           # how far before a timex the offsets of a run's state may lie
    # the text compared around each repeat: what resolve_all and _resolve read (_RESOLVE_READ)
    # from the timex and from the offsets in its state, with room to spare
    LEFT, RIGHT = BACK + _RESOLVE_READ[0] + 40, _RESOLVE_READ[1] + 180

    def __init__(self, text: str, parts):
        self.text, self.parts = text, parts
        self.seen = None        # (index, state, len(out), out[-1], len(pending)) before the last repeat seen
        # a text whose repeats change the state (each one moves it on) is not asked again at every
        # repeat: only after this many timexes, twice as many after each miss
        self.wait, self.tried_at = 1, -1

    def _state(self, n: int, names: dict, ctx) -> dict | None:
        s = self.parts[n][0]
        state = {}
        for name, places in self.POSITIONS:
            v = names[name]
            if v is not None:
                rel = tuple(x - s if places is None or i in places else x for i, x in enumerate((v,) if places is None else v))
                if any(x < -self.BACK for i, x in enumerate(rel) if places is None or i in places):
                    return None
                v = rel
            state[name] = v
        for name, v in names.items():
            if name not in self.PER_TIMEX and name not in state:
                state[name] = dict(v) if isinstance(v, dict) else v
        state["ctx"] = {k: v for k, v in vars(ctx).items() if k not in self.CTX_CACHES}
        return state

    def _repeats(self, k: int) -> bool:
        """Whether parts[k] is parts[k - 1] again, as far on as parts[k - 1] is from parts[k - 2]."""
        parts = self.parts
        (s0, e0, _), (s1, e1, p1), (s2, e2, p2) = parts[k - 2], parts[k - 1], parts[k]
        return s2 - s1 == s1 - s0 == e2 - e1 == e1 - e0 > 0 and (p2 is p1 or p2 == p1)

    def may_run(self, n: int, ctx) -> bool:
        """Whether a run may start at parts[n] (a quick test before run)."""
        return n >= 2 and n >= self.tried_at and not ctx.history and self._repeats(n)

    def run(self, n: int, names: dict, ctx, out: list, pending: dict) -> int:
        """Called before the loop body for parts[n], where may_run: the index after the run of
        repeats that starts at parts[n], whose rows this adds to out (and pending); n when none
        starts here."""
        state = self._state(n, names, ctx)
        seen, self.seen = self.seen, (n, state, len(out), out[-1] if out else None, len(pending))
        if seen is None or seen[0] != n - 1:
            return n
        # the body for parts[n - 1] left the state as it found it, added one row, its own, and
        # changed no other (it may have left that row pending)
        _, _, n_out, last_row, n_pending = seen
        pends = len(pending) == n_pending + 1 and n_out in pending
        if state is None or seen[1] != state or len(out) != n_out + 1 or (len(pending) != n_pending and not pends) \
                or n_out == 0 or out[-2] is not last_row or out[-1]["start"] != self.parts[n - 1][0]:
            self.tried_at, self.wait = n + self.wait, min(2 * self.wait, 4096)
            self.seen = None
            return n
        self.wait, self.seen = 1, None
        # the run: each repeat's next timex repeats it too (the body reads the timex after), in
        # text that repeats from LEFT before the first to RIGHT after the last
        parts, text = self.parts, self.text
        s, e, p = parts[n]
        d = s - parts[n - 1][0]
        lo = s - self.LEFT
        if lo - d < 0:
            return n
        k = n + 1
        while k < len(parts):
            s2, e2, p2 = parts[k]
            if s2 - s != d or e2 - e != d or (p2 is not p and p2 != p):
                break
            s, e, k = s2, e2, k + 1
        hi = min(parts[k - 2][1] + self.RIGHT, len(text))
        if not text.startswith(text[lo - d:hi - d], lo):
            good, bad = lo, hi         # how far it repeats: text[lo:good] does, text[lo:bad] does not
            while bad - good > 1:
                mid = (good + bad) // 2
                if text.startswith(text[lo - d:mid - d], lo):
                    good = mid
                else:
                    bad = mid
            hi = good
        end = n
        while end < k - 1 and parts[end][1] + self.RIGHT <= hi:
            end += 1
        row = out[-1]
        if pends:
            for i in range(n, end):
                pending[len(out) + i - n] = parts[i][2]
        out.extend([{**row, "start": s, "end": e} for s, e, _ in parts[n:end]])
        return end

    @staticmethod
    def shifted(by: int, prev_end, told_at, last_date, frame, story):
        """The offsets in the state (see POSITIONS), moved on by the given distance."""
        return (prev_end + by, None if told_at is None else told_at + by,
                None if last_date is None else (last_date[0] + by, last_date[1] + by, last_date[2]),
                None if frame is None else (frame[0], frame[1] + by), None if story is None else (story[0], story[1] + by))


# "the evening of", "the early morning of" before a day (its part of day: see POD_OF_BEFORE)
_THE_POD_OF_BEFORE = re.compile(r"\b[Tt]he\s{1,3}(?:(?:early|late)\s{1,3})?(?:morning|afternoon|evening|night)\s{1,3}of\s{1,3}$")
_NEAR_DAYS = 45  # a numeric date this close to the publication date, read one way only, is that reading


def resolve_all(text: str, parts, dct: D | None, numeric_order: str) -> list[dict]:
    dct = dateline_day(text, parts, dct) or dct
    ctx = _Ctx(text, dct, numeric_order)
    ctx.history, ctx.apart = _is_history(text, parts, dct)
    ctx.spans = [(s, e) for s, e, _ in parts]
    ctx.parts = parts
    out: list[dict] = []
    pending: dict[int, dict] = {}      # index in out -> parse of a clock time / part of day
    # The same words with the same parse, narrative anchor and clause tense, in the same
    # surroundings (as far as _resolve reads them), always resolve the same way: date-dense text
    # ("January January ...") resolves each distinct one once.
    memo: dict[tuple, tuple[dict | None, str | None, bool, bool, dict | None, tuple[str, str] | None, int, str | None]] = {}
    # parses are shared between equal matches; equal parses get one number, a cheap memo key
    items: dict[int, int] = {}
    numbers: dict[tuple, int] = {}
    kinds = [p["kind"] for _, _, p in parts]
    # The state carried from one timex to the next lives in locals (date-dense text runs this
    # loop 100,000 times); ctx gets it only when _resolve, which reads it there, has to run.
    apart, story, story_day = ctx.apart, None, None
    days_told = False                  # a day without a year has gone into a story (see _Ctx.old_story)
    anchor = day_before_period = last_decade = period_named = day_one = None
    prev_end = prev_value = None       # of the last timex output
    told_at = None                     # where the date the story counts from starts
    last_date = None                   # (start, end, value) of the last date output (a look back a count reads)
    frame = None                       # (year, start) of a year opening its sentence (see _Ctx.frame_year)
    told = None                        # the value last handed to ctx as the narrative anchor
    prev_told = None                   # the one before it (see _Ctx.prev_told)
    fiscal_q = None                    # see _Ctx.fiscal_q
    weekday_days: dict[str, str] = {}  # weekday name -> the day it last named (see _Ctx.plan_told_day)
    plan_words = None                  # where the words of a plan told in the past start
    read_before, read_after = _TENSE_READ
    restating: dict[str, bool] = {}    # the text between two timexes -> whether the second restates the first
    ordinal_here = False               # see _Ctx.ordinal_here
    last = len(parts) - 1
    timed = False                      # a row is a time of day
    rep, numbered = _Repeats(text, parts), enumerate(parts)
    for n, (s, e, p) in numbered:
        if n and (p is parts[n - 1][2] or p == parts[n - 1][2]) and rep.may_run(n, ctx) \
                and (skip_to := rep.run(n, locals(), ctx, out, pending)) > n:
            # the timex before repeated, in the same surroundings and state, up to skip_to
            by = skip_to - n
            prev_end, told_at, last_date, frame, story = rep.shifted((s - parts[n - 1][0]) * by, prev_end, told_at, last_date, frame, story)
            collections.deque(itertools.islice(numbered, by - 1), maxlen=0)    # (their rows are given)
            continue
        kind = kinds[n]
        pk = items.get(id(p))
        if pk is None:
            pk = items[id(p)] = numbers.setdefault(tuple(p.items()), len(numbers))
        in_story = story is not None and s - story[1] < STORY_REACH
        apart_story = apart and in_story and story_day == story[0]
        old_story = apart and in_story and days_told and dct is not None and story[0] <= dct.year - 2
        story_said = in_story and prev_end is not None and s - prev_end <= _STORY_SAID_REACH \
            and prev_value == str(story[0]) and _STORY_SAID.fullmatch(out[-1]["text"]) is not None \
            and _SENTENCE_END.search(text, prev_end, s) is None
        restates = None
        if prev_end is not None and 0 < s - prev_end <= 8 and text[prev_end] == ",":
            gap = text[prev_end:s]
            said_again = restating.get(gap)
            if said_again is None:     # (a few gaps, ", " above all, come back 100,000 times in dense text)
                said_again = restating[gap] = RESTATES.fullmatch(gap) is not None
            if said_again:
                restates = prev_value
        # what only a count or a period reads of the date the story counts from (one memo key: see _Ctx.counted_from)
        counted_from = None
        if kind == "shift" or kind == "relunit" or kind == "part_of":
            # "Grant had taken Forts Henry and Donelson in February, and two months later ...": a
            # count in the sentence of a look back (the last timex, in the pluperfect and before
            # the story) goes on from that date
            # (or opens the next sentence: "had taken power in May 1997, ending the 32-year rule of
            # Mobutu. Barely a year later he ...")
            if ctx.history and told and last_date and last_date[2] < told[:len(last_date[2])] \
                    and (_same_sentence(text, last_date[1], s) or _opens_next_sentence(text, last_date[1], s)) \
                    and ctx._pluperfect(last_date[0]):
                counted_from = ("look back", last_date[2])
            # "has paid no dividend since 1995 and holds $51 billion, up from $45.8 billion three
            # months earlier": earlier than now, not than the start of the state
            elif kind == "shift" and told_at is not None and text.find("ince", told_at - 14 if told_at > 14 else 0, told_at) >= 0 \
                    and SINCE_BEFORE.search(text, max(0, told_at - 8), told_at) and _same_sentence(text, told_at, s):
                counted_from = ("since", told)
            elif kind == "shift" and last_date is not None and last_date[2][4:5] == "-" and last_date[2][5:7] in ("03", "06", "09", "12") \
                    and THREE_MONTHS_TO_BEFORE.search(text, max(0, last_date[0] - 25), last_date[0]):
                # "earned $1.05 billion in the three months to March 29, up from $770 million a year
                # earlier": the quarter those months make, a year before
                counted_from = ("quarter", f"{last_date[2][:4]}-Q{int(last_date[2][5:7]) // 3}")
        elif kind == "quarter_rel" and told and told[4:6] == "-H":
            counted_from = ("half", told[6:7])     # "the first half of 2007 ... the same period of 2006"
        elif kind == "quarter_rel" and dct is not None and (fm := FIRST_MONTHS_TOLD.search(text, max(0, s - 160), s)):
            # "output rose in the first three months, while sales grew from the same period last
            # year": the months told are the period compared (the latest such stretch by the DCT)
            months = int(_num(fm.group("n")))
            y = dct.year if dct.month > months else dct.year - 1
            counted_from = ("first months", {3: f"{y}-Q1", 6: f"{y}-H1"}.get(months, str(y)))
        elif kind == "quarter_rel" and last_date is not None and last_date[2][4:5] == "-" and last_date[2][5:7] in ("03", "06", "09", "12") \
                and THREE_MONTHS_TO_BEFORE.search(text, max(0, last_date[0] - 25), last_date[0]):
            # "in the three months to June ... from the same period last year": that quarter
            counted_from = ("quarter", f"{last_date[2][:4]}-Q{int(last_date[2][5:7]) // 3}")
        range_end = phrase_year = frame_year = None
        yearly = told_earlier = False
        stretch_from = None
        if kind in _DAY_MONTH_KINDS and "y" not in p:
            if kind != "month" and n < last:
                s2, _, p2 = parts[n + 1]                     # "from 21 March to 5 April 1918"
                if p2["kind"] in ("mdy", "dmy", "my") and str(p2.get("y", "")).isdigit() and s2 - e <= 12 \
                        and _RANGE_TO.fullmatch(text, e, s2):
                    # ("from 7 April to mid-July 1994": a month ends the range at its last day)
                    range_end = (int(p2["y"]), MONTHS[p2["mon"].lower().rstrip(".")], int(p2.get("d") or 31))
            # (both need a year or a frequency right beside: most dates have none)
            before, after = kinds[n - 1] if n else None, kinds[n + 1] if n < last else None
            if before == "year" or after == "year":
                phrase_year = _phrase_year(text, parts, n, s, e)
            elif after == "relunit" and ctx.anchor is not None:
                phrase_year = _relative_year_after(text, parts[n + 1], e, ctx.anchor)
            if before == "set" or after == "set":
                yearly = _yearly(text, parts, n, s, e)
            elif text.startswith(" as ", e) and kind != "month" and _celebrated_as_day(text, s, e):
                yearly = True
            if ctx.history and not ctx._pluperfect(s) and _meanwhile_paragraph(text, s):
                told_earlier, stretch_from = True, _stretch_start(text, out, s)
            else:
                told_earlier = ctx.history and ctx._pluperfect(s)
            if frame is not None and not phrase_year and not ctx.history and _same_sentence(text, frame[1], s) \
                    and (YEAR_OPENS_SENTENCE.search(text, max(0, frame[1] - 24), frame[1])
                         or text.find(",", frame[1], s) < 0 or WHEN_CLAUSE_AFTER_YEAR.match(text, frame[1] + 4, s)):
                # (", when ..." right after the year tells of that year: "a contraction in 2011, when
                # the March earthquake disrupted production")
                # (a year in mid-sentence frames only its own clause: "Under a program approved
                # in 1987 that didn't specify an amount, Nashua had bought shares through Sept. 29")
                frame_year = frame[0]
        if ctx._anchor_value is not None:
            anchor = ctx.anchor
        span = text[s:e]
        coord_prev = prev_value if kind == "season" and "coord" in p else None
        planned = ctx.history and kind in _DAY_MONTH_KINDS and "y" not in p and ctx.plan_told(s, e)
        # (a plan looks ahead: "had planned an attack for early November" after "by January")
        step_back = prev_told if prev_told and kind in _DAY_MONTH_KINDS and "y" not in p \
            and not PLAN_BEFORE.search(text, ctx._sentence_start(max(0, s - 100), s), s) else None
        plan_told_day = None
        told_day = weekday_days.get(p["wd"].lower()) if kind == "weekday" else None
        if kind == "weekday" and not told_day and last_date and len(last_date[2]) >= 10 \
                and (ld := _DAY_VALUE.match(last_date[2])) and _same_sentence(text, last_date[1], s):
            # "left at 8:38 p.m. Friday, bound for Hyannis Port, where a cousin was to be married on
            # Saturday": a plan told in the past after a day its sentence told is the first such
            # weekday after that day
            ld = D(int(ld.group(1)), int(ld.group(2)), int(ld.group(3)))
            told_day = _fmt_day(ld + _dt.timedelta(days=(WEEKDAYS[p["wd"].lower()] - ld.isoweekday() - 1) % 7 + 1))
        if told_day:
            if plan_words is None:   # (the offsets of "was", "were", "had", found once: asked per weekday)
                plan_words = ctx.word_offsets(PLAN_TOLD_WORDS)
            j = bisect.bisect_left(plan_words, s - 110)
            if j < len(plan_words) and plan_words[j] < s \
                    and PLAN_TOLD_BEFORE.search(text, ctx._sentence_start(max(0, s - 110), s), s):
                plan_told_day = told_day
        # (the story's year and how far back it was named: "the next day" reads whether that was in its sentence)
        story_here = (story[0], s - story[1]) if in_story else None
        key = (span, pk, anchor, in_story, apart_story, old_story, story_said, coord_prev, planned, day_before_period, restates, range_end, last_decade, period_named,
               day_one, phrase_year, yearly, told_earlier, stretch_from, fiscal_q, plan_told_day, frame_year, step_back, ordinal_here, story_here,
               counted_from)
        hit = memo.get(key)
        around = s - _RESOLVE_READ[0] if s > _RESOLVE_READ[0] else 0
        if hit is not None and hit[7] is not None and (hit[6] != s - around or not text.startswith(hit[7], around)):
            hit = None      # the same words in other surroundings ("early in the year", "in the year"): resolved again
        if hit is not None and hit[2] and (last_tense := ctx._tense_last) is not None and last_tense[2] == hit[1] \
                and last_tense[0] == e - s and s >= read_before and e + read_after <= len(text) \
                and ((w := ctx._clauses.last_window)[0] <= s - read_before and e + read_after <= w[1]
                     or ctx._clauses.scanned(s - read_before, e + read_after)) \
                and text.startswith(last_tense[1], s - read_before):
            pass   # the same surroundings as the timex read last: ctx.tense's own first answer, without the call
        elif hit is None or (hit[2] and ctx.tense(s, e) != hit[1]):
            ctx.in_story, ctx.apart_story, ctx.restates, ctx.range_end = in_story, apart_story, restates, range_end
            ctx.old_story = old_story
            ctx.story_said, ctx.coord_prev, ctx.planned = story_said, coord_prev, planned
            ctx.phrase_year, ctx.yearly, ctx.story, ctx.story_day = phrase_year, yearly, story, story_day
            ctx.frame_year = frame_year
            ctx.told_earlier, ctx.fiscal_q, ctx.plan_told_day = told_earlier, fiscal_q, plan_told_day
            ctx.stretch_from = stretch_from
            ctx.prev_told = step_back
            ctx.day_before_period, ctx.last_decade, ctx.day_one = day_before_period, last_decade, day_one
            ctx.period_named = period_named
            ctx.ordinal_here = ordinal_here
            ctx.counted_from = counted_from
            ctx.asked = None
            ctx.around = False
            r = _resolve(p, s, e, ctx)
            asked = ctx.asked is not None and ctx.asked[:2] == (s, e)
            moves = (r is not None and r["type"] in ("DATE", "TIME") and r["anchor"] != "pending"
                     and (r["value"][:1].isdigit() or r["value"][:2] == "BC") and kind != "year_adj"
                     and not (kind == "shift" and _unit_word(p["u"]) == "year" and not (ctx.history and _story_moves_on(p)))
                     and not (kind in ("quarter_rel", "relunit") and ("back" in p or "by" in p))
                     # (nor does "the year-ago quarter", a comparison as "year-ago" alone is: the
                     # story stays in its own quarter)
                     and not (kind == "quarter_rel" and (p.get("rel") or "").lower().replace("-", "").replace("–", "") in _YEAR_BACK_REL)
                     and not (kind == "shift" and r["reason"].endswith(_TOLD_AGAIN))   # the date before stays
                     and not (r["anchor"] == "narrative" and _flashback(p)))
            # the last item: r with room for the fields each timex sets (a copy of it needs no resizing)
            # (and the weekday this timex names, for plan_told_day: fixed by the parse and the value)
            named_day = (p["wd"].lower(), r["value"][:10]) if r is not None and kind == "weekday" and not p.get("rel") \
                and _DAY_VALUE.match(r["value"]) else None
            hit = memo[key] = (r, ctx.asked[2] if asked else None, asked, moves,
                               r and {**r, "text": None, "start": None, "end": None}, named_day,
                               s - around, text[around:e + _RESOLVE_READ[1]] if ctx.around else None)
        r = hit[0]
        if r is None:
            continue
        if kind == "nth_day" and (dm := _DAY_VALUE.match(r["value"])):
            w = (p.get("ow") or p.get("nw")).lower()
            given = D(int(dm.group(1)), int(dm.group(2)), int(dm.group(3)))
            day_one = (given - _dt.timedelta(days=(_NTH.get(w) or int(w)) - 1), given)
        if r["anchor"] == "pending":
            pending[len(out)] = p
        v = r["value"]
        row = hit[4].copy()
        row["text"], row["start"], row["end"] = span, s, e
        if kind == "relunit" and n and kinds[n - 1] in _DAY_MONTH_KINDS and out and out[-1]["start"] == parts[n - 1][0] \
                and out[-1]["value"][:4].isdigit() and v[:4].isdigit() and out[-1]["value"][:4] != v \
                and _relative_year_after(text, parts[n], parts[n - 1][1], (D(int(out[-1]["value"][:4]), 1, 1), "Y")) is not None:
            # "15 February the next year": the year the date took from it (see _relative_year_after),
            # not one more counted from that date
            v = out[-1]["value"][:4]
            row["value"], row["reason"] = v, f"'{span}': the year of the date it completes ('{out[-1]['text']}')"
        if "pod_of" in p and r["type"] == "TIME" and (of := _THE_POD_OF_BEFORE.search(text, max(0, s - 32), s)):
            # a history's "the evening of April 14" (TIME ...TEV): the part of day is in the value,
            # so its words are in the span (news keeps TimeBank's day alone, a DATE)
            row["text"], row["start"] = text[of.start():e], of.start()
        if restates and restates != v and out and out[-1]["type"] == "DATE" and _DAY_VALUE.match(v) and (
                (restates[4:6] == "-W" and _week(D.fromisoformat(v)) == restates)
                or (kinds[n - 1] == "shift" and parts[n - 1][0] == out[-1]["start"]
                    and _unit_word(parts[n - 1][2]["u"]) == "day")):
            # "Two weeks later, on 2 April": the count names the day it is told again as (the week
            # stays an alternative; a day outside that week is another date); a count of days names
            # the day told, even when it was counted from a date told out of turn ("published in
            # December 1854. Eleven days later, on 5 November": 5 November, not December)
            why = out[-1]["reason"] if restates[4:6] == "-W" else f"'{out[-1]['text']}': the day told right after it, which restates it"
            out[-1] = dict(out[-1], value=v, reason=why,
                           alternatives=(restates,) + tuple(a for a in out[-1]["alternatives"] if a != v))
        elif restates and ctx.history and out and out[-1]["type"] == "DATE" and kinds[n - 1] in ("shift", "relunit") \
                and parts[n - 1][0] == out[-1]["start"] and r["anchor"] == "absolute" \
                and _unit_word(parts[n - 1][2]["u"]) in ("year", "month") \
                and (len(restates) in (4, 7) and v[:4].isdigit() or restates[:2] == v[:2] == "BC" and len(restates) in (6, 9)) \
                and len(v) >= len(restates) and v[:len(restates)] != restates:
            # "he died the following year, in September 1087": in a history, the date told right
            # after a count of years or months restates it, so the count is that year (or month),
            # even when the story's last date was elsewhere ("twenty years after the conquest"; "Some
            # 50 years later, in 146 BC")
            out[-1] = dict(out[-1], value=v[:len(restates)],
                           reason=f"'{out[-1]['text']}': the date told right after it, which restates it",
                           alternatives=(restates,) + tuple(a for a in out[-1]["alternatives"] if a != v[:len(restates)]))
        out.append(row)
        if r["type"] == "TIME":
            timed = True
        # "in the quarter ended June 29 ... from $191 million a year earlier": the day only
        # closes the quarter, which stays the date counted from
        # (so does "the three months ended March 27", and "the third quarter, which ended on August 31")
        # (and "the six months to June 30" the half: "the same period a year earlier" is that half's)
        closes_quarter = prev_value is not None and s - prev_end <= 20 and (
            ((prev_value[5:6] == "Q" or prev_value == "P3M") and (QUARTER_ENDED.match(text, prev_end, e) is not None
                                                                  or QUARTER_CLOSED_GAP.fullmatch(text, prev_end, s) is not None))
            or ((prev_value[5:6] == "H" or prev_value == "P6M") and HALF_CLOSED_BY.match(text, prev_end, e) is not None))
        prev_end, prev_value = e, v
        if v[:4].isdigit() and r["type"] in ("DATE", "TIME"):
            last_date = (s, e, v)
        if len(v) == 4 and v.isdigit() and r["type"] == "DATE" and (
                YEAR_OPENS_SENTENCE.search(text, max(0, s - 24), s)
                or ((text.endswith("in ", 0, s) or span.lower() == "last year")
                    and _YEAR_ENDS_PHRASE.match(text, e) and ctx.tense(s, e) == "past")
                or WHEN_OPENS_AFTER_YEAR.match(text, e)):
            # ("relations plunged in 2010 after the sinking of a warship in March": a year told in
            # the past frames the months after it in its clause too; so does "last year": "fell
            # sharply last year after the United States imposed sanctions in May")
            frame = (int(v), s)
        elif r["anchor"] == "absolute" and len(v) == 7 and v[:4].isdigit() and r["type"] == "DATE" and not ctx.history \
                and YEAR_OPENS_SENTENCE.search(text, max(0, s - 24), s):
            # so does a month or season with its year ("In the summer of 2011, the two came close
            # to a deal, only to see it collapse in late July": 2011's July)
            frame = (int(v[:4]), s)
        if kind == "quarter" and v[5:6] == "Q" and "fiscal" in span.lower() and not QUARTER_RUNS_AFTER.match(text, e):
            # (a fiscal quarter told as still running, "The bank's fiscal fourth quarter ends on
            # November 30", is no quarter reported: "the current quarter" is that one)
            fiscal_q = v
        if hit[5] is not None:
            weekday_days[hit[5][0]] = hit[5][1]
        if kind == "ordinal_day" and r["anchor"] == "dct":
            ordinal_here = True
        # (in a history, "the UN force, stationed there since 1957" tells where a state began,
        # not where the story is)
        # "Gunmen attacked the village on Sunday, officials said on Monday. The same day ...": in
        # news, the day of an attribution after the day of the act in its sentence dates the
        # saying, not the story, which goes on from the act's day (not a saying told as the next
        # act: "entered the city on Saturday, and the government announced on Monday ...")
        said_day = not ctx.history and told is not None and told_at is not None and len(v) == 10 and len(told) >= 10 \
            and told[:10] < v and _DAY_VALUE.match(v) and _DAY_VALUE.match(told) and _same_sentence(text, told_at, s) \
            and ATTRIBUTION_DAY_BEFORE.search(text, max(0, s - 120), s) is not None
        if hit[3] and not closes_quarter and not said_day and not (kind == "year" and naming_year(text, s, e)) \
                and not (plan_told_day and v.startswith(plan_told_day)) \
                and not (ctx.history and SINCE_BEFORE.search(text, max(0, s - 8), s)) \
                and not (s >= 6 and text[s - 6:s] == "since " and RECORD_SINCE.search(text, max(0, s - 70), s)) \
                and not (ctx.history and told and _told_before(v, told)
                         and (ctx._pluperfect(s) or _meanwhile_paragraph(text, s) or _by_pluperfect(text, s, e))) \
                and not (ctx.history and told and _told_before(v, told)
                         and ANNIVERSARY_BEFORE.search(text, max(0, s - 70), s)) \
                and not (ctx.history and told and _told_before(v, told, after=True)
                         and (TARGET_BEFORE.search(text, ctx._sentence_start(max(0, s - 120), s), s)
                              or INTENT_BEFORE.search(text, ctx._sentence_start(max(0, s - 120), s), s)
                              or AHEAD_EVENT_BEFORE.search(text, max(0, s - 50), s))) \
                and not (ctx.history and told and _flash_forward(text, s, v, told)) \
                and not (kind == "year" and told and told[5:6] == "Q" and v < told[:4]
                         and COMPARED_BEFORE.search(text, ctx._sentence_start(max(0, s - 80), s), s)) \
                and not (told and told[5:6] == "Q" and v[5:6] == "Q" and v < told
                         and QUARTER_COMPARED_BEFORE.search(text, ctx._sentence_start(max(0, s - 80), s), s)) \
                and not ((kind == "weekday" or (kind == "deictic" and text[s:e].lower() in ("today", "yesterday")))
                         and told and told_at is not None and _PERIOD_VALUE.fullmatch(told)
                         and told < v and _same_sentence(text, told_at, s) and ctx.tense(s, e) == "report"):
            # (nor does a reporting day give way the period it reports on: "trade grew 6.2 percent
            # in 2012, the customs office said Thursday. Exports rose from a year earlier" is 2011;
            # so "said here today, reversing a fall the previous year")
            # (nor does a business story's quarter give way to a year or an earlier quarter it
            # compares with: "earned $2.6 billion in the January-March period, compared with
            # $22.5 billion in the first three months of 2012. Revenue fell from the previous
            # quarter" is 2012-Q4)
            # (nor does a plan's day told in the past: "left at 8:38 p.m. Friday for Hyannis Port,
            # where a cousin was to be married on Saturday. ... The next morning" is Saturday's)
            # (a history's "Hitler had approved the plan in December 1940" after 22 June 1941 looks
            # back: the story goes on from June 1941, so "Minsk fell on 28 June" is 1941's)
            if ctx._anchor_value is not None:
                anchor = ctx.anchor
            # a part of a decade ("the end of the decade") only when no date came before: "1
            # November 1995 ... By the end of the decade ... A decade later" is 2005 (a decade
            # named, "in the late '80s. A decade later", is counted from)
            last_decade = v if len(v) == 3 and (not r.get("mod") or anchor is None or kind == "decade") else None
            period_named = v if len(v) in (2, 3) and v.isdigit() else None
            if len(v) > 4 and not (v[-2:] in _SEASON_CODES and told_at is not None and _same_sentence(text, told_at, s)):
                # a day, week, month ...: counting starts there (a season in the sentence of the
                # day before it is a period, as a year is: "said Friday, after growth in the spring")
                day_before_period = None
            elif anchor and anchor[1] == "D":
                day_before_period = value_of(*anchor)   # a year or longer named after a day
            goes_on = v
            told_at = s
            if ctx.history and r.get("mod") == "END" and len(v) == 4 and v.isdigit():
                goes_on = v + "-12"          # "In late 1879 ... On 13 January" (1880): a history goes on from the year's end
            if ctx.history and len(out) > 1 and 0 < s - out[-2]["end"] <= 12 \
                    and (out[-2]["start"] < _OPENING_SUM or _heading(text, s, e)) \
                    and _RANGE_TO.fullmatch(text, out[-2]["end"], s) and _long_stretch(out[-2]["value"], v):
                # "The battle was fought from 21 February to 18 December 1916. The offensive began
                # ...": a history that opens by summing up a long stretch goes on from its start
                # (later, "lasted from 3 May to 2 June. The following year" counts from its end);
                # so does a section headed by a stretch ("1861–1862 / ... on 21 July": 1861's)
                goes_on = out[-2]["value"]
            if goes_on != told:              # the same value again reads the same: no new parse
                # (only a date whose year the story inferred follows on from it: "by January")
                prev_told = told if told and told[:2] != "BC" and r["anchor"] == "narrative" else None
                ctx._anchor_value = told = goes_on  # year-on-year comparisons do not move the story
            if dct is not None and r["type"] == "DATE":
                y = int(v[:4]) if v[:4].isdigit() else None
                # only a day or month sets a story: "since 1980. In September, ..." is news again
                if y is not None and y != dct.year and r["anchor"] in ("absolute", "narrative") and len(v) >= 7:
                    # the story is confirmed once a day without a year has gone into it ("Baghdad
                    # fell on 9 April" after "20 March 2003"); an explicit date alone ("born on
                    # 5 May 1930 ... died on 12 December") leaves a recent last year's date alone
                    if r["anchor"] == "narrative" and len(v) >= 10:
                        story_day, days_told = y, True
                    elif not story or story[0] != y:
                        story_day = None
                    story = (y, e)
                elif r["anchor"] == "dct" or (story and y == story[0]):
                    story = None if r["anchor"] == "dct" else (y, e)
                    if story is None:
                        story_day = None
    if pending:
        out = _place_clock_times(text, out, pending, dct, ctx)
    return _merge_clock_day(text, out) if pending or timed else out


# "the September 11 attacks in 2001": a few words of one noun phrase, then "in <year>" (no
# comma, conjunction or verb between: "On 12 June the army attacked, and in 1944 ..." is two)
_PHRASE_YEAR_AFTER = re.compile(r"(?:\s{1,3}(?!(?:and|or|but|then|while|when|to|until|till|through|since|from|the|a|an|"
                                r"was|were|is|are|had|has|have|be|been|will|would|did|on|at|by)\b)[A-Za-z][a-z'’-]*(?<!ed)){1,3}"
                                r"\s{1,3}in\s{1,3}")
# "the 2014 Winter Games in Sochi in February": a year naming an event, its name and place, then the month
_PHRASE_YEAR_BEFORE = re.compile(r"(?:\s{1,3}(?:[A-Z][\w'’.-]*|in|at|of))(?:\s{1,3}(?:[A-Z][\w'’.-]*|in|at|of)){0,5}\s{1,3}(?:in|during)\s{1,3}")


_OPENING_SUM = 400    # how far into a history its opening summary reaches


def _heading(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is in a heading: a short line of its own before more text, holding no
    sentence ("1861–1862", "== 1915–1916: attrition ==")."""
    lo, hi = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    if hi < 0 or not text[hi:].strip():
        return False
    line = text[lo:hi].strip(" =#*\t")
    return len(line) <= 60 and not line.endswith((".", "!", "?", '"', "\u201d", ":", ","))


def _long_stretch(first: str, last: str) -> bool:
    """Whether two days, months or years span more than a month ("from 21 February to 18
    December", "from 1914 to 1918", "from 431 to 404 BC")."""
    a, b = _parse_value_cached(_stand_in(first)), _parse_value_cached(_stand_in(last))
    return a is not None and b is not None and a[1] in ("D", "M", "Y") and b[1] in ("D", "M", "Y") \
        and (b[0] - a[0]).days > 31


def _story_moves_on(p: dict) -> bool:
    """Whether a shift in years carries a history forward ("Two years later, the peace was
    signed the following spring": that spring is counted from the later year). In news, "a
    year earlier" is a comparison and the story stays where it was."""
    return " ".join(p["dir"].lower().split()) in ("later", "afterwards")


def _yearless_range_end(ctx: _Ctx, e: int) -> tuple[int, int] | None:
    """(month, day) of a day without a year that ends a range the timex ending at e opens
    ("between 7 December and 8 January")."""
    i = bisect.bisect_left(ctx.spans, (e, e))
    if i >= len(ctx.parts):
        return None
    s2, _, p2 = ctx.parts[i]
    if p2["kind"] not in ("mdy", "dmy") or "y" in p2 or "yrel" in p2 or not 0 < s2 - e <= 12 \
            or not _RANGE_TO.fullmatch(ctx.text, e, s2):
        return None
    return MONTHS[p2["mon"].lower().rstrip(".")], int(p2["d"])


def _phrase_year(text: str, parts, n: int, s: int, e: int) -> int | None:
    """The year named in the same phrase as the date without a year parts[n] (see above)."""
    if n + 1 < len(parts):
        s2, e2, p2 = parts[n + 1]
        if p2["kind"] == "year" and len(p2) <= 2 and 0 < s2 - e <= 40 and _PHRASE_YEAR_AFTER.fullmatch(text, e, s2) \
                and _THE_BEFORE.search(text, max(0, s - 6), s):
            return int(p2["y"]) if str(p2.get("y", "")).isdigit() else None
    if n > 0:
        s0, e0, p0 = parts[n - 1]
        if p0["kind"] == "year" and len(p0) <= 2 and 0 < s - e0 <= 50 and _THE_BEFORE.search(text, max(0, s0 - 6), s0) \
                and _PHRASE_YEAR_BEFORE.fullmatch(text, e0, s):
            return int(p0["y"]) if str(p0.get("y", "")).isdigit() else None
    return None


_REL_YEAR_STEP = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1}
_REL_YEAR_GAP = re.compile(r"\s{1,3}(?:of\s{1,3})?")


def _relative_year_after(text: str, part, e: int, anchor: tuple[D, str]) -> int | None:
    """The year a relative year right after a date without one names, counted from the story's
    date: "completed on 15 February the next year", "in March of the following year"."""
    s2, _, p2 = part
    if p2["kind"] != "relunit" or _unit_word(p2["u"]) != "year" or not _REL_YEAR_GAP.fullmatch(text, e, s2):
        return None
    step = _REL_YEAR_STEP.get(" ".join((p2.get("rel") or "").lower().split()))
    return None if step is None else anchor[0].year + step


_YEARLY_WORDS = frozenset(("annually", "yearly"))
_YEARLY_BEFORE = re.compile(r",?\s{1,3}(?:on|in|at|around)\s{1,3}(?:the\s{1,3})?")
_YEARLY_AFTER = re.compile(r",?\s{1,3}")


def _is_yearly(p: dict) -> bool:
    return p["kind"] == "set" and ((p.get("u") or "").lower() == "year" or (p.get("adv") or "").lower() in _YEARLY_WORDS)


def _yearly(text: str, parts, n: int, s: int, e: int) -> bool:
    """Whether the date without a year parts[n] recurs every year: right after "every year
    on", "each year in", "annually on", or right before "every year", "annually"."""
    if n > 0 and _is_yearly(parts[n - 1][2]) and 0 < s - parts[n - 1][1] <= 16 and _YEARLY_BEFORE.fullmatch(text, parts[n - 1][1], s):
        return True
    return n + 1 < len(parts) and _is_yearly(parts[n + 1][2]) and 0 < parts[n + 1][0] - e <= 4 \
        and _YEARLY_AFTER.fullmatch(text, e, parts[n + 1][0]) is not None


# "Bulgaria still celebrates 3 March as its national day", "Russia marks 9 May as Victory Day": a
# day kept in the present as a holiday is every year's (used with search before / match after the day)
_CELEBRATES_BEFORE = re.compile(r"\b(?:celebrates|celebrate|commemorates|commemorate|observes|observe|marks|mark)\s{1,3}(?:on\s{1,3})?$")
_AS_A_DAY_AFTER = re.compile(r"\s{1,3}as\s{1,3}(?:(?:a|an|the|its|their|his|her)\s{1,3})?(?:[\w'’-]+\s{1,3}){0,2}"
                             r"(?:[Dd]ay|holiday|anniversary|festival)\b")


def _celebrated_as_day(text: str, s: int, e: int) -> bool:
    """Whether the day text[s:e] is kept as a holiday, told in the present (see _CELEBRATES_BEFORE)."""
    return _CELEBRATES_BEFORE.search(text, max(0, s - 16), s) is not None and _AS_A_DAY_AFTER.match(text, e) is not None


_BACKWARD_REL = frozenset(("the previous", "the preceding", "previous", "preceding"))
_BACKWARD_DIR = frozenset(("earlier", "before", "previously", "prior"))


# a paragraph of a history that opens "Meanwhile" goes back to tell another strand of the
# stretch just told (used with match at the paragraph's start)
MEANWHILE_OPENS = re.compile(r"\s{0,3}(?:Meanwhile|In\s{1,3}the\s{1,3}meantime)\b")


def _meanwhile_paragraph(text: str, s: int) -> bool:
    """Whether s is in a paragraph opening with "Meanwhile": "The fortress surrendered on 2
    January 1905. / Meanwhile the main armies met south of Mukden. The battle of Liaoyang at
    the end of August ...": the August before, as a pluperfect's would be."""
    return MEANWHILE_OPENS.match(text, text.rfind("\n", 0, s) + 1) is not None


def _stretch_start(text: str, out: list[dict], s: int) -> str | None:
    """The first date told in the paragraph before the one holding s: the start of the stretch
    a "Meanwhile" paragraph goes back over ("In March 1864 Grant ... in the middle of June. /
    Meanwhile Sherman ... abandoned the city on 1 September" is 1864's September, not 1863's)."""
    hi = text.rfind("\n", 0, s)
    while hi > 0:
        lo = text.rfind("\n", 0, hi) + 1
        if text[lo:hi].strip():
            break
        hi = lo - 1
    else:
        return None
    for row in out:
        if lo <= row["start"] < hi and row["type"] == "DATE" and row["value"][:4].isdigit():
            return row["value"]
    return None


# "By mid-1943 the Allies had cleared North Africa": a sentence opening "By <date>" (used with
# search before the date) whose clause is in the pluperfect (PLUPERFECT_BEFORE, searched after it)
_BY_OPENS_BEFORE = re.compile(r"(?:^|[.!?]\s{1,3}|\n\s{0,3})By\s{1,3}$")


def _by_pluperfect(text: str, s: int, e: int) -> bool:
    """Whether the date at s:e opens its sentence with "By" and its clause is in the pluperfect:
    a state reached by then, told as a look back when that date is before the story's ("... on 6
    June 1944. By mid-1943 the Allies had cleared North Africa. The next morning" is 7 June's)."""
    if not _BY_OPENS_BEFORE.search(text, max(0, s - 8), s):
        return False
    end = SENT_CUT.search(text, e, e + 120)
    return PLUPERFECT_BEFORE.search(text, e, end.start() if end else min(len(text), e + 120)) is not None


def _flashback(p: dict) -> bool:
    """Whether a parse counts back from the story ("the previous winter", "two days earlier"):
    a look back that the story then returns from, so what follows ("The following year")
    counts from the story's date, not from the flashback's."""
    if p["kind"] == "shift":
        return " ".join(p["dir"].lower().split()) in _BACKWARD_DIR
    return " ".join((p.get("rel") or "").lower().split()) in _BACKWARD_REL


# a quarter's results reported (used with match at the quarter's end / search before it)
# (also a measure reported: "will publish its first estimate of fourth-quarter growth", told in January)
QUARTER_RESULTS_AFTER = re.compile(r"\s{1,3}(?:and\s{1,3}full[\s-]year\s{1,3})?(?:results|earnings|figures|data|growth|GDP|"
                                   r"profits?|sales|revenues?|output)\b")
RESULTS_REPORTED_BEFORE = re.compile(r"\b(?:report|reports|release|releases|announce|announces|publish|publishes|post|posts)"
                                     r"\s{1,3}(?:(?:its|their|the)\s{1,3})?(?:(?:first|second|third|preliminary|advance|initial|final)"
                                     r"\s{1,3})?(?:(?:estimate|reading|figures?)\s{1,3}(?:of|for)\s{1,3})?(?:fiscal\s{1,3})?$")
RESULTS_FOR_BEFORE = re.compile(r"\b(?:results|earnings|figures|data)\s{1,3}(?:for|on)\s{1,3}$")    # "GDP figures for the fourth quarter"
# a target date promised or planned (used with pos/endpos): "promised Stalin a second front by
# May 1944" looks ahead; a history stays where it was ("appointed in December" is 1943's)
TARGET_BEFORE = re.compile(r"\b(?:promis|pledg|vow|plann|intend|aim|hop|undert|commit)\w*\b[^.;]{0,80}\bby\s{1,3}$", re.I)
# an intention reported in the past, its "would" before the date (used with pos/endpos): "Johnson
# said he would not seek re-election that November" looks ahead, and the story stays in March
# (a history's own "would", "Paris would be liberated in August", has no such verb before it)
INTENT_BEFORE = re.compile(r"\b(?:said|announced|declared|promised|pledged|vowed|decided|agreed|warned|threatened)\b"
                           r"[^.;:]{0,60}\bwould\s{1,3}(?:not\s{1,3})?[a-z]+\b[^.;:]{0,50}$")
# a coming event the story's actors face, before its date (used with pos/endpos): "Yeltsin, facing
# re-election that summer, announced a ceasefire the following month" looks ahead, and the story
# stays where it was (April)
AHEAD_EVENT_BEFORE = re.compile(r"\b(?:facing|ahead\s{1,3}of|in\s{1,3}the\s{1,3}run-up\s{1,3}to)\s[^.;:,()]{0,40}$", re.I)
# what a day is the anniversary of, before that event's date (used with pos/endpos): "on 27
# February, the anniversary of the Boer victory at Majuba in 1881" looks back; the story stays
ANNIVERSARY_BEFORE = re.compile(r"\banniversar(?:y|ies)\s{1,3}of\b[^.;]{0,60}$")
# a comparison with an earlier figure, before the date it is of (used with pos/endpos)
COMPARED_BEFORE = re.compile(r"\b(?:compared\s{1,3}(?:with|to)|up\s{1,3}from|down\s{1,3}from|versus|against)\b[^;]{0,60}$")
# an earlier quarter a business story compares with ("shrank in the third quarter ..., after a
# 0.2 percent contraction in the second quarter"): the story stays in its quarter (pos/endpos)
QUARTER_COMPARED_BEFORE = re.compile(r"\b(?i:compared\s{1,3}(?:with|to)|up\s{1,3}from|down\s{1,3}from|versus|after\s{1,3}an?)\b[^;]{0,60}$")
# a relative clause opening after a comma ("Santorum, who had not won a state since Jan. 3, told ...")
_RELATIVE_OPENS = re.compile(r",\s{1,3}(?:who|which|whose|where)\s")
# ", who took over in", ", which opened its doors in": a relative clause whose own verb, a past
# that is no plan, comes right before the date (used with endpos at the date)
# a past verb, regular or not, that tells a thing done (its plan verbs are left out where it is used)
_DONE_VERB = r"(?:[a-z]{2,15}ed|took|became|won|left|came|went|began|fell|rose|made|lost|sold|bought|got|gave|met|ran|saw)"
DONE_IN_ASIDE_BEFORE = re.compile(r",\s{1,3}(?:who|which)\s{1,3}(?:[a-z]+ly\s{1,3})?"
                                  r"(?!(?:expected|planned|scheduled|hoped|intended|agreed|promised|pledged|vowed|wanted|needed|decided|proposed)\b)"
                                  + _DONE_VERB +
                                  r"(?:\s{1,3}(?!(?:to|will|would|until|by|before)\b)[a-z]+){0,3}\s{1,3}in\s{1,3}$")
# ... or by the verb of the sentence the month opens ("In December, activists blocked the Lachin road"), not a
# modal's nor a plan's ("In December, the army will be deployed", "In March, elections are expected")
OPENS_SENTENCE_BEFORE = re.compile(r"(?:^|[.;:!?]\s{1,3}|\n\s{0,3})In\s{1,3}$")
DONE_AFTER_OPENING = re.compile(r",?\s{1,3}(?:(?!(?:will|would|shall|is|are|be|been|to|could|should|may|might|must|can|has|have|"
                                r"had|expected|due|set|scheduled|planned)\b)[A-Za-z][\w'\u2019.-]*\s{1,3}){1,5}?"
                                r"(?!(?:expected|planned|scheduled|hoped|intended|agreed|promised|pledged|vowed|wanted|needed|decided|"
                                r"proposed|predicted|forecast|projected)\b)" + _DONE_VERB + r"\b")
# ... or by the clause's own past verb, told done ("since the NATO combat mission ended in December", told in
# October), not a plan or a limit ("is to be completed in December", "would end in December", "until")
DONE_IN_CLAUSE_BEFORE = re.compile(r"(?<![A-Za-z])(?<!\bto\s)(?<!\bbe\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bshould\s)"
                                   r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bmust\s)(?<!\bcan\s)"
                                   r"(?!(?:expected|planned|scheduled|hoped|intended|agreed|promised|pledged|vowed|wanted|needed|decided|"
                                   r"proposed|predicted|forecast|projected|set|due|"
                                   # (a call or a wait for something in a month: "called for elections in June")
                                   r"called|asked|pushed|pressed|appealed|lobbied|campaigned|argued|voted|prepared|waited|bid|aimed)\b)"
                                   + _DONE_VERB +
                                   # ("filed for bankruptcy protection in June": done; "for" after a call is kept out above)
                                   r"(?:\s{1,3}(?!(?:to|will|would|until|by|before)\b)[a-z]+){0,3}\s{1,3}in\s{1,3}$")


def _flash_forward(text: str, s: int, v: str, told: str) -> bool:
    """Whether the date v at s, years after the date the story is at, stands in a relative
    clause (", who in 1923 became the first President of Turkey"): a look ahead at what became
    of someone or something, which the story does not follow ("The attack at the Nek on
    7 August" is still 1915's). A date in the next year may be where the story goes on ("the
    garrison, which surrendered on 2 January 1905")."""
    if not (v[:4].isdigit() and told[:4].isdigit()) or int(v[:4]) <= int(told[:4]) + 1:
        return False
    opened = None
    for opened in _RELATIVE_OPENS.finditer(text, s - 100 if s > 100 else 0, s):
        pass
    return opened is not None and text.find(",", opened.end(), s) < 0 and _same_sentence(text, opened.start(), s)


def _in_relative_aside(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] ends a relative clause set off by commas (", who turns 28 on Monday,")."""
    if not text.startswith(",", e):
        return False
    opened = None
    for opened in _RELATIVE_OPENS.finditer(text, s - 100 if s > 100 else 0, s):
        pass
    return opened is not None and text.find(",", opened.end(), s) < 0


# "the September 11 attacks", "the Sept. 11 terrorist attacks": the name of the 2001 attacks (used
# with match after the date); the singular is left alone ("the Sept. 11 attack in Benghazi" is 2012's)
SEPT_11_ATTACKS_AFTER = re.compile(r"\s{1,3}(?:terror(?:ist)?\s{1,3})?attacks\b", re.I)
