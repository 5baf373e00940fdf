"""How the temporal tagger reads a clause's tense: the markers that make a clause future or past
(MARKER_RE: "will", "scheduled to", "said", "had", "-ed" words; _scan_markers skips those that
are no tense: "as planned", "next year's", "a plan", "will be held"), the sentence breaks
(SENT_CUT, _same_sentence, _ends_sentence), and _Clauses, which scans them only around the
timexes that ask and answers tense(s, e): the marker nearest a timex in its clause, weighed
against one after it (asides, reported and coordinated clauses, infinitives, conditions).

Apart from timex_resolve.py because this reads only the words of the clause around a timex,
never a date: the resolver asks it (_Ctx.tense first reads what the words right before a timex
say, "since", a deadline, a plan, a schedule, and memoises the answers) and turns the answer into
a direction. It imports only timex_patterns (MONTHS,
WEEKDAYS, _trie) and regex_start from the tagger, never timex_resolve.py.
"""
from __future__ import annotations

import bisect
import re

from chronoapp.core.extract.regex_start import compile_skipping
from chronoapp.core.extract.timex_patterns import MONTHS, WEEKDAYS, _trie

# Tense markers: words that make a clause future or past. One pass finds both (_scan_markers).
# The plain words are tries (one test per letter, not one per word: this scan reads every
# sentence near a date); the lookbehind first rejects the letters inside a word in one test.
_FUTURE_WORDS = ("will won't won’t shall would is_to are_to was_to were_to due plan plans planned planning "
                 "scheduled slated expected expect expects upcoming next coming set_to set_for going_to intend intends "
                 "aim_to aims_to hope_to hopes_to want wants tomorrow to_be_held from_now ahead_of run-up_to "
                 "in_preparation_for payable effective 'll ’ll as_soon_as "
                 # a forecast is of what is still ahead ("Rain is forecast through the weekend")
                 "is_forecast are_forecast "
                 # a plan told in the past ("were planning to march on Monday"): the auxiliary
                 # belongs to the plan, whose date is still ahead
                 "was_planning was_expected was_due was_scheduled was_set_to was_going_to "
                 "were_planning were_expected were_due were_scheduled were_set_to were_going_to "
                 # a protest or strike summoned for a day ("Another protest has been called for Saturday")
                 "has_been_called_for have_been_called_for").split()
_FUTURE = (_trie((w.replace("_", " ") for w in _FUTURE_WORDS), caseless=True)
           + r"|(?i:might)(?!\s+have)|may(?!\s+have)"  # "may": not the month
           # "could make his debut on Sunday" (not "could not", "could have", nor "could be", a past
           # state as often as a plan: "could be located Wednesday")
           r"|(?i:could)(?!\s+(?:have|not|never|be)\b|n)"
           # "Customers can pre-order the phones from Friday": what one can do on a day is still
           # ahead (not "can't", "can have", nor a saying: "can confirm that on Monday ...")
           r"|(?i:can)(?!\s+(?:have|not|never|be|only|confirm|say|tell|report|see)\b|['’]t)"
           r"|(?i:as\s+early\s+as)(?=\s+(?:next\s+|this\s+)?[A-Z][a-z]{2,5}day)")  # a weekday: a hope, not a record
_PAST_WORDS = [w.replace("_", " ") for w in (
               "had_been_due had_been_scheduled had_been_expected had_been_planned had_been_set "  # a superseded plan
               "had_planned had_hoped had_intended had_wanted "   # ("had planned a march for Friday", said on Sunday)
               "had_expected had_anticipated "                    # ("had expected to gain 30 seats on Tuesday. Instead ...")
               "did_not_want didn't_want didn’t_want "            # (a wish of the past: "did not want to testify on Monday")
               "said says was were had did has have been told ago yesterday earlier began took came went fell "
               "led left saw met fought won lost held made gave struck hit shot seized overran ran stood sent "
               "brought broke became bought built caught chose drove fled flew found got grew heard kept knew "
               "meant paid rose sold sought spoke spent stole taught thought threw understood wrote withdrew "
               "felt drew fed froze hung lent overcame rode sank sat shook slew stuck swept tore wept wounded "
               "woke wore retook overtook undertook mistook withstood upheld withheld oversaw arose awoke "
               "befell blew bled clung crept dealt dug forbade forgave forgot hid laid lit rang rebuilt sang "
               "shrank slept slid sped spun sprang stung strode strove swam swore swung underwent wove wrung "
               "Said Was Were Had Has Have Yesterday Earlier").split()]
# the past markers spelt as their base form: after "to" or a modal, no past ("expected to hit")
_PAST_AS_BASE = frozenset(["hit"])
# the future is tried first: "scheduled", "expected" are future, not past -ed words; "succeed",
# "proceed", "exceed", "need", "indeed", "speed", "feed" are no past at all
# (compile_skipping: the same matches, the engine skipping in C to the letters they start with)
MARKER_RE = compile_skipping(r"(?<![A-Za-z])(?=[A-Za-z'’])(?:(?P<future>" + _FUTURE + r")|(?P<past>"
                             + _trie(_PAST_WORDS) + r"|[A-Za-z]{4,22}+(?<=ed)(?<!ceed)(?<!need)(?<!deed)(?<!peed)(?<!feed)))(?![A-Za-z])")
INFINITIVE = re.compile(r"\bto\s{1,3}(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|any|"
                        r"all|each|every|no|one|two|three|power|office|court|trial|war|peace|hospital|prison|"
                        r"jail|death|date|have)\b)(?:focus|[a-z]{2,15}(?<![^s]s))\b")   # (not a plural: "to talks"; "to focus" is a verb)
# "which went on to win the December election": what did follow, not an aim (used with match at a marker)
WENT_ON_TO = re.compile(r"went\s{1,3}on\s{1,3}to\s")
# a forecast's infinitives: "was expected to weaken ... and to move ..." (used with search in the sentence before)
EXPECTED_TO = re.compile(r"\b(?:expected|forecast|predicted|due|scheduled|slated|poised|likely)\s{1,3}to\s")
AND_TO = re.compile(r"\band\s{1,3}to\s{1,3}[a-z]")   # a second infinitive of the same verb
APPEAL = re.compile(r"(?:called|urged|appealed|asked|invited|encouraged)\b")   # used with match at a marker
AHEAD_OF = re.compile(r"(?i:ahead\s+of|run-up\s+to|in\s+preparation\s+for)\b")   # used with match at a marker
AS_PLANNED_BEFORE = re.compile(r"\bas\s$", re.I)   # used with endpos
COMPOUND_FIRST_BEFORE = re.compile(r"(?<![\w.'’-])[A-Za-z][\w.]{0,14}-$")   # used with endpos: "so-", "Saudi-", "state-"
PREFIX_BEFORE = re.compile(r"(?<![A-Za-z])(?:re|pre|co|un|over|under|out|mis|non|self)-$", re.I)   # used with endpos
_AS_PLANNED = frozenset("planned expected scheduled".split())
# "approved a plan", "the government's plans", "unveiled plans": "plan" as a noun (used with endpos)
PLAN_NOUN_BEFORE = re.compile(r"(?<![A-Za-z])(?:an?|the|its|their|his|her|our|this|that|these|those|new|[A-Za-z]{2,14}ed|\w+['’]s)\s{1,3}$", re.I)
RELATIVE_OPENS = re.compile(r", wh(?:ich|o|ose|om)\s")     # used with match: an aside opens
# ", first announced in May,", ", signed in 1994,": an aside opening with a past participle (used with match)
PARTICIPLE_OPENS = re.compile(r",\s(?:(?:first|originally|initially|previously|already|also|only|recently)\s{1,3})?"
                              r"[a-z]{3,20}(?:ed|en|wn|ght|lt)\s")
THAT_CLAUSE = re.compile(r"\bthat\b|,\s{1,3}saying\b")     # used with pos/endpos: a reported clause begins
# used with pos/endpos after a timex: "and"/"but" opening a new verb phrase, not joining a
# second date ("on Friday and Saturday", "and on 3 May") or a noun ("and the army will")
COORD_VERB = re.compile(r",?\s(?:and|but)\s{1,3}(?=(?:also\s{1,3}|then\s{1,3}|later\s{1,3})?"
                        r"(?:is|are|was|were|has|have|had|will|would|could|should|may|might|must|[a-z]{3,20}(?:ed|s))\b)")
# a participle after these is no past of its own: "will be held", "will remain closed", nor
# after an article or possessive, where it is an adjective ("will visit the affected towns")
# (compile_skipping: the same matches, the engine skipping in C to the letters they start with)
# (an adverb may stand between: "will be formally proclaimed on Saturday")
PASSIVE_BEFORE = compile_skipping(r"\b(?:(?:be|been|being|is|are|remains?|stays?)(?:\s{1,3}[a-z]{2,15}ly)?|(?:the|an?|its|their|his|these|those)"
                            r"(?:\s{1,3}(?:first|last|only|newly|recently|badly|heavily|still|as\s{1,3}yet|[a-z]{2,15}ly))?)\s{1,3}$", re.I)  # used with endpos

MONTH_NAMES_CAP = "(?:" + _trie([m.title() for m in MONTHS]) + r")\.?(?![a-z])"
# a full stop after a lone capital ("U.N. General Assembly", "U.S. officials", "John F. Kennedy"),
# a title ("Gen. Haftar") or "vs." ("the Roe vs. Wade decision") ends no sentence
# ... nor does "a.m."/"p.m." before a time zone, a weekday or a month ("7 p.m. BST on Sunday")
# (compile_skipping: the engine then skips in C to the next ".", "!", "?" or line break)
SENT_CUT = compile_skipping(r"(?:[.!?](?<!\b[A-Z]\.)(?<!\bMrs\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bGen\.)"
                      r"(?<!\bCol\.)(?<!\bLt\.)(?<!\bSgt\.)(?<!\bCapt\.)(?<!\bMaj\.)(?<!\bGov\.)(?<!\bSen\.)"
                      r"(?<!\bRep\.)(?<!\bProf\.)(?<!\bRev\.)(?<!\bvs\.)[\"”’)]?\s{1,3}(?=[A-Z\"“])"
                      r"(?!(?<=[ap]\.m\.\s)(?:[A-Z]{2,4}\b|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}day\b|" + MONTH_NAMES_CAP + r"))|\n)")


# ----------------------------------------------------------------- tense
_BASE_FORM_BEFORE = frozenset("to will would could can may might should must shall".split())
_REPORT = frozenset("said says told".split())   # reporting verbs: a weak past
_AUXILIARY = frozenset("was were had did has have been".split())
_PAST_WORD_SET = frozenset(w.lower() for w in _PAST_WORDS)
_ED_WORD = re.compile(r"[A-Za-z]{2,22}ed(?![A-Za-z])")
# a modal or a verb that looks ahead with "to" (used with match at a future marker)
MODAL_AT = re.compile(r"(?:will|would|shall|won['’]t|could|might|may|(?:expected|set|due|going|plans?|planning|planned|"
                      r"intends?|aims?|hopes?|is|are|was|were)\s{1,3}to)\b", re.I)
# a noun after an -ed adjective: a lower-case word that is no preposition, particle, article or
# time word (used with match after the -ed word: "displaced families", not "delivered in March")
_NOUN_AFTER_ADJECTIVE = re.compile(r"\s{1,3}(?!(?:in|on|at|by|for|from|to|of|with|since|during|until|after|before|over|out|up|off|down|"
                                   r"back|away|last|this|next|early|late|earlier|later|yesterday|today|tonight|the|a|an|and|or)\b)[a-z]")
# what opens another clause between a modal and an -ed word (used with pos/endpos)
CLAUSE_BREAK = re.compile(r"[,;:()\"“”]|\b(?:that|whether|what|who|whom|which|when|where|why|how|if|because|after|before|since|as|"
                          r"while|until|once|but)\b", re.I)
# no verb follows a preposition: an -ed word there is an adjective (used with endpos)
PREPOSITION_BEFORE = re.compile(r"\b(?:to|for|of|in|into|among|with|at|on|from|between|against)\s{1,3}$", re.I)
# an -ed word with its agent after it is a participle ("people displaced by the fighting"), not
# "rose by 5%" (an amount), "arrived by boat" (a means) nor "returned by Monday" (a limit)
# (used with match at its end)
AGENT_AFTER = re.compile(r"\s{1,3}by\s{1,3}(?!(?:about|around|some|nearly|almost|more|less|roughly|over|up|just|only|half|"
                         r"one|two|three|four|five|six|seven|eight|nine|ten|a|an|road|air|sea|land|boat|helicopter|plane|car|"
                         r"bus|train|truck|foot|phone|telephone|e-?mail|mail|hand|force|far|then|now|night|day|default|mistake|chance|"
                         r"noon|midday|midnight|dawn|dusk|nightfall|sunset|sunrise|today|tonight|tomorrow|mid|early|late|"
                         r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
                         r"july|august|september|october|november|december))\b)[A-Za-z]")


_OR_BEFORE = re.compile(r"\bor\s{1,3}$")       # used with endpos before "earlier"
_THAN_AFTER = re.compile(r"\s{1,3}than\b")     # used with pos after "earlier" or at the end of a shift
# "next year's World Cup": a time that dates a noun (used with match after "next"/"coming")
_POSSESSIVE_TIME_AFTER = re.compile(r"\s{1,3}(?:year|month|week|season|summer|winter|spring|autumn|fall)['’]s?\s")


def _scan_markers(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """Tense markers in text[lo:hi], in order: (position, 'past' | 'report' | 'future')."""
    marks: list[tuple[int, str]] = []
    for m in MARKER_RE.finditer(text, lo, hi):
        if m.lastgroup == "future":
            if AS_PLANNED_BEFORE.search(text, max(0, m.start() - 4), m.start()) and m.group(0).lower() in _AS_PLANNED:
                continue              # "took place on Sunday as planned": no tense either way
            if m.group(0).lower() in ("next", "coming") and _POSSESSIVE_TIME_AFTER.match(text, m.end()):
                continue              # "secured a place at next year's World Cup on Saturday": names a thing, no tense
            if m.end() - m.start() <= 5 and m.group(0).lower() in ("plan", "plans") \
                    and PLAN_NOUN_BEFORE.search(text, max(0, m.start() - 16), m.start()) \
                    and not text.startswith(" to ", m.end()):
                # "approved a plan on Sunday", "announced plans on Sunday": a noun, no tense ("a plan
                # to meet on Sunday" still looks ahead)
                continue
            marks.append((m.start(), "future"))
            continue
        w = m.group(0).lower()
        start = m.start()
        if start > 3 and text[start - 1] == "-" and (pre := PREFIX_BEFORE.search(text, start - 7, start)
                                                     or COMPOUND_FIRST_BEFORE.search(text, max(0, start - 17), start)):
            # "to be re-elected", "a so-called fiscal cliff": the word begins at its prefix or
            # first part (so an article before it makes it an adjective, as below)
            start = pre.start()
        if w not in _AUXILIARY and PASSIVE_BEFORE.search(text, max(0, start - 20), start):
            continue                  # "will be held", "will remain closed": the auxiliary decides; "the injured"
        if w[-2:] == "ed" and (PREPOSITION_BEFORE.search(text, max(0, start - 9), start) or AGENT_AFTER.match(text, m.end())):
            continue                  # "aid to displaced families", "areas affected by conflict": a participle, no verb
        if w == "earlier" and (_THAN_AFTER.match(text, m.end()) or _OR_BEFORE.search(text, max(0, start - 6), start)):
            continue                  # "out by Thursday morning, a day earlier than planned": a comparison, no tense
            # (nor "will be published on Monday or earlier": another time it may come, no past)
        if w in _PAST_AS_BASE and text[start - 1:start] == " " \
                and text[max(0, start - 8):start - 1].rpartition(" ")[2].lower() in _BASE_FORM_BEFORE:
            continue                  # "was expected to hit", "could hit": a base form that looks past
        marks.append((m.start(), "report" if w in _REPORT else "past"))
    # the contraction "'ll" always follows a letter, where MARKER_RE starts no word: found
    # apart (str.find is cheap), it looks ahead as "will" does ("We'll meet on Sunday")
    contracted = False
    for ll in ("'ll", "’ll"):
        i = text.find(ll, lo, hi)
        while i >= 0:
            if i > 0 and text[i - 1].isalpha() and not text[i + 3:i + 4].isalpha():
                marks.append((i, "future"))
                contracted = True
            i = text.find(ll, i + 3, hi)
    if contracted:
        marks.sort()
    return marks


# tense() reads markers from 90 characters before a timex to 100 after it (150 when it opens
# its sentence). Markers are only looked for there, with a margin so that no marker straddles
# a window edge unseen.
_LONG_OPENING = 150      # how far a timex opening its sentence looks for its verb
_TENSE_LEFT, _TENSE_RIGHT = 90 + 30, _LONG_OPENING + 30
# how far the tense questions read around a timex, left and right, with a margin for
# lookbehinds and word boundaries (the memo key of _Ctx.tense)
_TENSE_READ = (_TENSE_LEFT + 40, _TENSE_RIGHT + 40)


def _marker_windows(spans, n: int) -> list[tuple[int, int]]:
    """The merged stretches of text that tense questions about spans can read."""
    out: list[tuple[int, int]] = []
    lo, hi = 0, -1
    for s, e in spans:
        if s - _TENSE_LEFT > hi:
            if hi >= 0:
                out.append((lo, hi))
            lo = s - _TENSE_LEFT if s > _TENSE_LEFT else 0
        hi = e + _TENSE_RIGHT if e + _TENSE_RIGHT > hi else hi
    if hi >= 0:
        out.append((lo, min(hi, n)))
    return out


_PIECES = 3       # from which piece of a stretch on the rest of it is scanned (see _Clauses)
# how much of the rest: enough for date-dense text to ask many questions per scan, not the
# whole of a 1 MB stretch whose repeats (see _Repeats) ask only at its start and end
_SCAN_AHEAD = 1 << 16
CONDITION_OPENS = re.compile(r"\b(?:unless|if|until|once)\s")     # used with pos/endpos between a timex and the verb after it
# an attribution aside (", a spokesman for the army said,"): at most so many characters from its
# opening comma to the reporting verb, and from its closing comma to the date after it
_ASIDE_SUBJECT, _ASIDE_REST = 40, 25
_COMMA_ONLY = re.compile(r",\s{1,3}")     # used with fullmatch between a timex and a marker
_NEXT_CLAUSE = re.compile(r"[,;]\s{1,3}(?:and|but|while|whereas)\s")    # used with pos/endpos after a timex
# ", and Meta cut 11,000 jobs in November": a coordinated clause with a subject of its own (a
# name, a pronoun or a noun phrase opened by a determiner: ", and most results are expected";
# not ", and cut jobs", whose verb shares the clause's); a marker before it is
# another clause's (used with pos/endpos before a timex)
_OWN_SUBJECT_CLAUSE = re.compile(r"[,;]\s{1,3}(?:and|but|while|whereas)\s{1,3}(?:[A-Z][\w.&'’-]*|the|he|she|it|they|we|its|his|her|their|"
                                 r"a|an|this|these|those|some|most|many|all|both|several|few|no)\s")
# "since" after a timex opens a clause of an earlier time ("flies to Pyongyang on Tuesday for the
# first summit since the peninsula was divided"): its past says nothing of the date (pos/endpos)
_SINCE_CLAUSE = re.compile(r"\bsince\s")
# "forecast in May that the economy would shrink": a that-clause opening right after a timex
# (not "in March that year")
THAT_CLAUSE_AFTER = re.compile(r",?\s{1,3}that\s{1,3}(?!(?:year|month|week|day|night|morning|afternoon|evening|weekend|season|time)\b)")
# ", moving dangerously close to the coast through Wednesday evening": a participle opening an
# adjunct, whose time is that of the clause it hangs on (used with finditer, pos/endpos)
_ING_ADJUNCT = re.compile(r",\s{1,3}(?:[a-z]{2,12}ly\s{1,3})?(?!(?:morning|evening|during|nothing|something|anything|everything|"
                          r"spring|building|meeting|according|including|beginning|ending|regarding|following|concerning)\b)"
                          r"[a-z]{2,20}ing\s")
_ADJUNCT_REACH = 300     # how far back in its sentence an adjunct looks for the clause it hangs on
_CONCESSIVE = re.compile(r"\s{1,3}(?:although|though|even\s{1,3}though|whereas|while)\b", re.I)


class _Clauses:
    """Tense markers and sentence breaks of one text, so a clause lookup is a few bisections
    and date-dense text stays linear. They are looked for only around the timexes (spans, in
    text order) that ask (most timexes of an article never do): the spans' reach merges into
    stretches, and each stretch is scanned in pieces: a question that the last piece does not
    hold gets the piece it reads; a stretch that asks again and again (date-dense text) is
    scanned in long pieces (_SCAN_AHEAD) from its third on."""

    def __init__(self, text: str, spans):
        self.text = text
        self.windows = _marker_windows(spans, len(text))
        self.window_starts = [lo for lo, _ in self.windows]
        self.last_window = (0, -1)       # the window the last question fell in (see scanned)
        # window -> (start, end, markers and breaks) of its last piece scanned, and the number scanned
        self.found: dict[int, tuple[int, int, tuple[list, list, list, list]]] = {}
        self.pieces: dict[int, int] = {}
        # window -> (starts, pieces) of every piece scanned, by start: the clock times ask again
        # about a text the resolver has asked about (date-dense text: a second scan of all of it)
        self.kept: dict[int, tuple[list[int], list[tuple[int, int, tuple[list, list, list, list]]]]] = {}

    def scanned(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] lies inside one stretch scanned for markers."""
        last = self.last_window           # date-dense text asks within one stretch again and again
        if last[0] <= lo and hi <= last[1]:
            return True
        i = bisect.bisect_right(self.window_starts, lo) - 1
        if i >= 0 and self.windows[i][1] >= hi:
            self.last_window = self.windows[i]
            return True
        return False

    def _around(self, s: int, e: int) -> tuple[list, list, list, list]:
        """(marker positions, marker kinds, break starts, break ends) of the stretch holding
        everything a question about text[s:e] reads."""
        lo, hi = max(0, s - _TENSE_LEFT), min(len(self.text), e + _TENSE_RIGHT)
        i = bisect.bisect_right(self.window_starts, lo) - 1
        if i >= 0 and self.windows[i][1] >= hi:
            piece = self.found.get(i)
            if piece is not None and piece[0] <= lo and hi <= piece[1]:
                return piece[2]
            starts, kept = self.kept.setdefault(i, ([], []))
            k = bisect.bisect_right(starts, lo) - 1
            if k >= 0 and hi <= kept[k][1]:
                self.found[i] = kept[k]
                return kept[k][2]
            # (a question reads its markers and breaks at most _TENSE_LEFT - 30 before s and
            # _TENSE_RIGHT - 30 after e: a scan from lo to hi or farther finds those that a scan
            # of the whole stretch finds, as none is 30 characters long)
            n = self.pieces[i] = self.pieces.get(i, 0) + 1
            end = hi if n < _PIECES else min(self.windows[i][1], max(hi, lo + _SCAN_AHEAD))
            got = self._scan(lo, end)
            self.found[i] = piece = (lo, end, got)
            k = bisect.bisect_right(starts, lo)
            starts.insert(k, lo)
            kept.insert(k, piece)
            return got
        return self._scan(lo, hi)     # not a timex's own span: its own stretch

    def _scan(self, lo: int, hi: int) -> tuple[list, list, list, list]:
        marks = _scan_markers(self.text, lo, hi)
        # breaks from a little farther out, so none at the stretch's edges is cut short
        cuts = [c.span() for c in SENT_CUT.finditer(self.text, max(0, lo - 200), min(len(self.text), hi + 200))]
        return [p for p, _ in marks], [k for _, k in marks], [a for a, _ in cuts], [b for _, b in cuts]

    def _attribution_aside(self, before: int, verb: int, s: int) -> bool:
        """Whether the reporting verb at verb stands in an aside between commas (", officials
        said Saturday,") after the marker at before and shortly before the timex at s."""
        opening = self.text.rfind(",", before, verb)
        closing = self.text.find(",", verb, s)
        return 0 <= opening and verb - opening <= _ASIDE_SUBJECT and 0 <= closing and s - closing <= _ASIDE_REST

    def _modal_before_adjectives(self, pos: list, kinds: list, left: int, lo: int) -> int | None:
        """The marker of a modal ("will", "expected to") from lo on whose clause runs, with only
        -ed words after it, up to the marker at left, an adjective before its noun ("displaced
        families"); None if there is none. After a modal the verb is a base form, so those -ed
        words are adjectives, no past."""
        text, k = self.text, left
        if not ((w := _ED_WORD.match(text, pos[left])) and _NOUN_AFTER_ADJECTIVE.match(text, w.end())):
            return None     # ("will investigate the strike carried out on Monday": a participle with its own time)
        while k >= 0 and pos[k] >= lo and kinds[k] == "past" and (w := _ED_WORD.match(text, pos[k])) \
                and w.group().lower() not in _PAST_WORD_SET:
            k -= 1
        if k == left or k < 0 or pos[k] < lo or kinds[k] != "future" or not MODAL_AT.match(text, pos[k]) \
                or CLAUSE_BREAK.search(text, pos[k], pos[left]):
            return None
        return k

    def _adjunct_tense(self, s: int, cut_ends: list) -> str | None:
        """The tense of the clause a participle adjunct holding s hangs on, when no marker is
        near s: "would turn north on Tuesday night, moving close to the coast through Wednesday
        evening" looks ahead as "would" does."""
        lo = max(0, s - _ADJUNCT_REACH)
        i = bisect.bisect_right(cut_ends, s) - 1          # the sentence's start
        if i >= 0 and cut_ends[i] > lo:
            lo = cut_ends[i]
        if self.text.find(",", lo, s) < 0:
            return None
        last = None
        for last in _ING_ADJUNCT.finditer(self.text, lo, s):
            pass
        if last is None or SENT_CUT.search(self.text, lo, last.start()):
            return None
        marks = _scan_markers(self.text, lo, last.start())
        return marks[-1][1] if marks else None

    def tense(self, s: int, e: int) -> str | None:
        """'past', 'report' (only a reporting verb), 'future' or None, from the clause around
        text[s:e]: the nearest marker in the sentence wins, markers after the timex counting a
        little less ("said Friday it would..." is past, "talks Friday would follow" future)."""
        pos, kinds, cut_starts, cut_ends = self._around(s, e)
        if not pos:
            return self._adjunct_tense(s, cut_ends)
        lo = s - 90 if s > 90 else 0
        i = bisect.bisect_right(cut_ends, s) - 1          # the last break ending by s
        if i >= 0 and cut_ends[i] > lo:
            lo = cut_ends[i]
        i = bisect.bisect_left(pos, s) - 1
        left = i if i >= 0 and pos[i] >= lo else None
        if left is not None and (c := _OWN_SUBJECT_CLAUSE.search(self.text, pos[left], s)):
            lo, left = c.end(), None    # "said it would cut jobs, and Meta cut 11,000 in November"
        if left is not None and kinds[left] == "past" and left > 0 and pos[left - 1] >= lo \
                and (c := self.text.rfind(",", lo, pos[left])) >= 0 and _COMMA_ONLY.fullmatch(self.text, c, pos[left]) \
                and self.text.find(",", pos[left], s) >= 0:
            left -= 1       # "will go on sale in June, priced at $499, in Europe in the fourth quarter": an aside
        if left is not None and kinds[left] == "past" and (k := self._modal_before_adjectives(pos, kinds, left, lo)) is not None:
            left = k        # "will reach displaced families in May": the -ed words are adjectives of its verb phrase
        if left is None and (t := self._adjunct_tense(s, cut_ends)) is not None:
            return t
        # only the words right after the timex, unless it opens its sentence: then the verb
        # comes after the subject ("On Tuesday, the Action League plans to hold ...")
        hi = min(len(self.text), e + (30 if left is not None else 100))
        if _ends_sentence(self.text, e):
            hi = e              # "vanished at 9:40 p.m. The next morning": the stop of "p.m." ends it
        j = bisect.bisect_left(cut_starts, e)             # the first break at e or later
        if j < len(cut_starts) and cut_starts[j] < hi:
            hi = cut_starts[j]
        j = bisect.bisect_left(pos, e)
        right = j if j < len(pos) and pos[j] < hi else None
        if right is not None and AHEAD_OF.match(self.text, pos[right]):
            right = None        # "was placed under a trust on Saturday ahead of a sale": the sale is ahead, not the day
        if left is not None and kinds[left] == "report" and left > 0 and kinds[left - 1] == "future" \
                and pos[left - 1] >= lo and self._attribution_aside(pos[left - 1], pos[left], s):
            # "The talks will resume, a spokesman said, on Monday", "will go on through the summer,
            # officials said Saturday, and perhaps into the fall": the attribution is an aside
            # between commas; the date goes on from the clause before it
            return "future"
        if left is not None and kinds[left] == "past" and INFINITIVE.search(self.text, pos[left], s) \
                and not WENT_ON_TO.match(self.text, pos[left]):
            # "agreed to acquire the bank in January": the date belongs to the infinitive,
            # later than the agreement but not necessarily before the DCT
            if APPEAL.match(self.text, pos[left]) and not self.text.endswith("had ", 0, pos[left]):
                return "future"   # "called on Egyptians to take to the streets on Friday": a call to what is to come
            if AND_TO.search(self.text, pos[left], s) \
                    and EXPECTED_TO.search(self.text, max(0, s - 250, self.text.rfind(". ", max(0, s - 250), s)), pos[left]):
                return "future"   # "was expected to weaken as it crossed into Georgia and to move over the Carolinas on Thursday"
            return None
        if left is not None and right is not None:
            if kinds[right] == "past" and _COMMA_ONLY.fullmatch(self.text, e, pos[right]):
                # "will go on sale in June, priced at $499": a participle after the comma modifies
                # what came before; it is no verb of the date's clause
                return kinds[left]
            if kinds[left] != "future" and THAT_CLAUSE.search(self.text, e, pos[right]):
                # "told reporters on Wednesday that troops would withdraw": the later verb is
                # in the reported clause; the date belongs to the telling
                return kinds[left]
            if s - pos[left] <= 1.5 * (pos[right] - e) + 3:
                return kinds[left]
            if self.text.find(",", e, pos[right]) >= 0 and self.text.find(",", s - 1, e) < 0 \
                    and (w := self.text.rfind(",", lo, s)) >= 0 \
                    and (RELATIVE_OPENS.match(self.text, w) or PARTICIPLE_OPENS.match(self.text, w)):
                # "Fortis shares, which were suspended on Friday, are expected to ...", "The merger,
                # first announced in May, is expected to ...": the date is in the aside; the verb
                # after it is the main clause's
                return kinds[left]
            if (c := self.text.find(",", e, pos[right])) >= 0 and _CONCESSIVE.match(self.text, c + 1):
                # "to fall when trading opens on Monday, although the stock has risen": the verb
                # after the comma heads a clause of its own
                return kinds[left]
            if kinds[left] == "future" and CONDITION_OPENS.search(self.text, e, pos[right]):
                # "would cut off funding from Tuesday unless a deal was reached": the verb after
                # is the condition's, told in the past of a reported plan
                return kinds[left]
            if kinds[right] == "report" and kinds[left] != "report" and self.text.find(",", e, pos[right]) >= 0:
                # "will hold talks in Geneva on Friday, a spokesman said": the attribution after
                # the comma tells who said it, not when the talks are
                return kinds[left]
            if ((self.text.find(" and ", e, pos[right]) >= 0 or self.text.find(" but ", e, pos[right]) >= 0)
                    and (c := COORD_VERB.search(self.text, e, pos[right] + 25)) and c.start() < pos[right]):
                # "held a meeting on Sunday and is set to meet again": the later verb heads a
                # verb phrase of its own; the date belongs to the first one
                return kinds[left]
            if _OWN_SUBJECT_CLAUSE.search(self.text, e, pos[right]):
                # "signed the accord on November 15, and China hopes to join this year": the later
                # verb is another clause's, with a subject of its own
                return kinds[left]
            return kinds[right]
        if left is not None:
            return kinds[left]
        if right is not None and kinds[right] == "future" and s - lo > 12 \
                and (m := THAT_CLAUSE_AFTER.match(self.text, e)) and pos[right] > m.end():
            # "The Commission forecast in May that the economy would shrink": the future is the
            # reported clause's, whose subject stands between (not the relative "a vote in May
            # that will decide"); the date's own verb is no marker
            return None
        if right is not None and kinds[right] == "past" and s - lo > 12 \
                and (_NEXT_CLAUSE.search(self.text, e, pos[right]) or _SINCE_CLAUSE.search(self.text, e, pos[right])):
            # "Israel goes to the polls on January 22, and Netanyahu has faced pressure": the
            # timex closes a clause whose verb (a present) is no marker; a past after ', and'
            # heads the next clause and says nothing of the date (a future there goes on from a
            # timetable's present: "the committee meets on Tuesday, and traders will watch"), nor
            # does a past in a since-clause (see _SINCE_CLAUSE)
            return None
        if right is None and s - lo <= 12 and hi == e + 100:
            # a timex opening its sentence before a long aside: "In March, after weeks of heavy
            # fighting around the town and ... on the northern flank, the army withdrew"
            hi = min(len(self.text), e + _LONG_OPENING)
            c = bisect.bisect_left(cut_starts, e)
            if c < len(cut_starts) and cut_starts[c] < hi:
                hi = cut_starts[c]
            right = j if j < len(pos) and pos[j] < hi else None
        return kinds[right] if right is not None else None


def _same_sentence(text: str, a: int, b: int) -> bool:
    # the break's lookahead reads the first letter at b: "Jeju. Shortly before 9 a.m." (the
    # time's span opens with "Shortly") is another sentence
    return b - a < 300 and not SENT_CUT.search(text, a, b + 1 if b < len(text) else b)


# after a clock time ending in "p.m.": a capitalised word that is no day, month or time zone
# opens the next sentence ("at 2:47 p.m. The index ...", not "at 9 a.m. Tuesday", nor "at 11
# a.m. Leningrad time on 13 March")
_NEXT_SENTENCE_AFTER_DOT = re.compile(
    r"\s{1,3}[\"“]?(?![A-Z][\w.-]{0,20}(?:\s{1,3}[A-Z][\w.-]{0,20})?\s{1,3}[Tt]ime\b)(?!(?:" + _trie([w.title() for w in list(MONTHS) + list(WEEKDAYS)] + ["Today", "Tonight", "Tomorrow", "Yesterday"])
    + r")\.?(?![A-Za-z]))[A-Z][a-z]")


def _ends_sentence(text: str, end: int) -> bool:
    """Whether a timex ending in a full stop at end also ends its sentence (the stop of "p.m."
    is shared; _same_sentence looks only after it)."""
    return text[end - 1:end] == "." and _NEXT_SENTENCE_AFTER_DOT.match(text, end) is not None
