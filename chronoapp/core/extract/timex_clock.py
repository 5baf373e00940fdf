"""Clock-time placement of the temporal tagger: the day a clock time or a part of day is on.

A clock time ("at 4 p.m.", "shortly after midnight") or a part of day ("this morning",
"overnight") seldom names its day; the resolver leaves it pending and, once every date of the
text has its value, _place_clock_times gives it one: the day joined to it ("at 10 a.m. on
Tuesday"), a day named earlier or later in its sentence, the heading or time stamp of a live
blog's entry, the next day for what resumes after a break, the day of the time of day told last,
the last day told before (_last_told_day: not a report's unless the time dates the saying, a
since-clause's, a plan's or a closed relative clause's day; not one its tense rules out,
_tense_against_day, nor one the text has moved on from, _moved_on), else the publication date; "overnight" and the small hours after an
evening told go on into the night (_evening_told, _small_hours), "midnight Friday" ends Friday
(_midnight). "19 minutes later" counts from the clock time told before (_after_clock); "10 p.m.
Wednesday", "noon Thursday", "2023-03-14 09:12" become one TIME (_merge_clock_day).

Apart from timex_resolve.py because it works on the resolved timexes, the days told, not on
the parses. It asks the resolver's context only what _Ctx below names, and imports
timex_calendar and timex_tense, never timex_resolve.py. Some of its patterns the resolver reads
too (PERIOD_END_BEFORE, SINCE_BEFORE, PLAN_TOLD_BEFORE, RESTATES, _RANGE_TO, _THE_BEFORE, and
ATTRIBUTION_DAY_BEFORE, the comma-led form of the one reader of a saying's day, _SAYING_DAY) and
_in_closed_relative: timex_resolve imports them from here.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from typing import Protocol

from chronoapp.core.extract.timex_calendar import (_DAY_VALUE, NO_DCT, POD_CODE, QMOD_CODE, D, _dur, _fmt_day, _from_stand_in,
                                                   _human, _num, _r, _stand_in, _stand_in_years, _unit_word)
from chronoapp.core.extract.timex_tense import _OWN_SUBJECT_CLAUSE, SENT_CUT, _ends_sentence, _same_sentence


class _Ctx(Protocol):
    """What placement asks of the resolver's context of one text (timex_resolve._Ctx), named
    here so that this module need not import the resolver."""
    dct: D | None
    history: bool

    def tense(self, s: int, e: int) -> str | None: ...

    def _pluperfect(self, s: int) -> bool: ...

    def _word_near(self, words: tuple[str, ...], lo: int, hi: int) -> bool: ...

    def word_offsets(self, words: tuple[str, ...]) -> list[int]: ...

    def _sentence_start(self, lo: int, s: int) -> int: ...


# the end of a reporting period (used with endpos): "the three months to March", "the year ended June 30"
PERIOD_END_BEFORE = re.compile(r"\b(?:months|year|quarter|period|weeks|half)\s{1,3}(?:that\s{1,3})?(?:ended|ending|to|through)"
                               r"\s{1,3}(?:on\s{1,3})?$", re.I)
# a present perfect in the sentence before a time of day (used on the text since the last full stop)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|['’]ve)\s{1,3}(?:(?:not|already|now|been)\s{1,3})?[a-z]{2,20}(?:ed|en|wn|ne|t|g)\b")
SINCE_BEFORE = re.compile(r"\b[Ss]ince\s{1,3}(?:(?:early|late|mid)[\s-]{1,3})?$")   # used with endpos
# verbs that go on after a break (an adjournment, the night): "Arguments resume at 10 a.m." is
# told after the day's session, so the time is the next day's
RESUMES = re.compile(r"\b(?:resumes?|reconvenes?|(?:will|to)\s{1,3}(?:resume|reconvene))\b", re.I)
RESUME_WORDS = ("resum", "reconven")     # one is in every match
# "overnight losses in New York" before Friday's trading: a word that names the night before the day told
# (unlike "Mobs torched homes overnight" after "The violence broke out on Wednesday": the night after it)
_OVERNIGHT_NOUN = re.compile(r"\s+(?!(?:and|or|but|in|on|at|to|from|into|as|after|before|while|when|with|near|across|"
                             r"the|a|an|amid|until|till|through|during|by|for|of|ahead|outside|inside|along|around)\b)[a-z]")


# ----------------------------------------------------------------- clock times
def _clock(p: dict, day: D | None, why: str) -> dict | None:
    k = p["kind"]
    if k == "pod":
        code = POD_CODE[p["pod"].lower()]
        v = (f"{_fmt_day(day)}" if day else "XXXX-XX-XX") + f"T{code}"
        what = "overnight: " if code == "NI" and p["pod"].lower() == "overnight" else "part of the day on "
        return _r("TIME", v, what + why, anchor="narrative" if day else "none")
    if k == "clock_word":
        w = p["w"].lower()
        hh, mm = (0, 0) if w == "midnight" else (12, 0)
    else:
        hh = int(p["H"])
        mm = int(p.get("M") or 0)
        ap = (p.get("ap") or "").lower().replace(".", "").replace(" ", "")
        if ap.startswith("p") and hh < 12:
            hh += 12
        elif ap.startswith("a") and hh == 12:
            hh = 0
    if hh > 23 or mm > 59:
        return None
    v = (f"{_fmt_day(day)}" if day else "XXXX-XX-XX") + f"T{hh:02d}:{mm:02d}"
    alts = ()
    tz = (p.get("tz") or "").upper()
    if tz in ("GMT", "UTC", "Z"):
        alts = (v + "Z",)
    elif (p.get("ap") or "").lower().startswith("o") and 1 <= hh <= 11:
        # "at eight o'clock" does not say which eight: the morning, the evening as the other reading
        alts = (v[:-5] + f"{hh + 12:02d}:{mm:02d}",)
    return _r("TIME", v, f"clock time on {why}", alts, mod="APPROX" if p.get("qmod") else None,
              anchor="narrative" if day else "none")


# "was due in Stockholm at 9 a.m. Wednesday", "had been expected to meet on Monday": a plan told
# in the past, in its sentence before the weekday (used with pos/endpos)
# searched from the sentence start ("4:45 p.m." ends none); a present modal between the plan and
# the day gives the day a verb of its own that looks ahead from now ("rain was expected through
# the weekend, though it should ease by Monday"): then the day is the coming one ("would", "could"
# stay in the told past: "was expected to say talks would resume on Monday")
PLAN_TOLD_BEFORE = re.compile(r"\b(?:was|were|had\s{1,3}been)\s{1,3}(?:due|expected|scheduled|slated|supposed|meant|set\s{1,3}to|to\s{1,3}be)\b"
                              r"(?:(?!\b(?:will|should|can|may|must|shall)\b)[^;!?]){0,80}$")
_RANGE_FROM_BEFORE = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s{1,3}$")   # used with endpos at a range's first day
_RANGE_TO = re.compile(r"\s{0,3}(?:to|until|till|through|and|[-\u2013\u2014])\s{0,3}(?:the\s{1,3})?", re.I)
RESTATES = re.compile(r",\s{1,3}(?:on\s{1,3}|in\s{1,3})?")     # "Two days later, on 5 March"
_THE_BEFORE = re.compile(r"\b[Tt]he\s{1,3}$")


_BULLETS = re.compile(r"[ \t\u2022\u00b7*>\u2010-\u2015-]*")


def _opens_line(text: str, s: int) -> bool:
    """Whether only spaces or a bullet come before s on its line."""
    lo = s - 8 if s > 8 else 0
    cut = text.rfind("\n", lo, s)
    if cut < 0 and lo > 0:
        return False
    return _BULLETS.fullmatch(text, cut + 1, s) is not None


def _heading_line(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] stands in a short line of its own that is no sentence (a dated
    heading, 'Last updated 28 January 2025, 16:40 GMT', 'Tuesday 28 January:'), not in
    running text or a bulleted sentence."""
    lo = a - 60 if a > 60 else 0
    start = text.rfind("\n", lo, a)
    if start < 0 and lo > 0:
        return False
    end = text.find("\n", b, start + 62)
    if end < 0:
        if len(text) - start > 61:
            return False
        end = len(text)
    return not text[start + 1:end].rstrip().endswith(".")


# a day told as the one after or before another ("by the evening ..., until the following
# morning"): never the day of a part of day told before it in the sentence ("shortly after
# midnight, and ... the next day" may well be)
_NEXT_DAY_TOLD = re.compile(r"the\s{1,3}(?:following|next|previous|preceding)\b", re.I)
# "dug through the night and into Saturday": the night runs into that day, so it is the night
# before it (used with endpos at the day)
_INTO_DAY_BEFORE = re.compile(r"\binto\s{1,3}$")
# a time joined to the day told right after it ("sank at dawn on 7 June", "at 10 a.m. on
# Tuesday"): that day is the time's, whatever day the sentence named before
_DAY_JOINED = re.compile(r",?\s{1,3}(?:on|of)\s{1,3}")
# "up from Tuesday's close", "below Monday's high": a day's attribute, not the day a time
# told before it in the sentence is on
_DAY_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
# "before the Nov. 6 election", "ahead of the June 30 deadline": a day naming an occasion (after
# _THE_BEFORE), not the day a time told before it is on (used with match at the day's end)
_NOUN_AFTER = re.compile(r"\s{1,3}[a-z]")


_WHEN_BETWEEN = re.compile(r"\b(?:when|as)\b")
# "began at 11:59 p.m. after the union's contract expired on Saturday", "at 7:30 p.m., hours before
# Asian markets opened on Monday": a clause opened by after/before with a subject and a verb of its
# own; the day is that clause's event's, which the time follows or precedes (a subject: a name, a
# pronoun, or a determiner and a word; "before the scheduled vote on Monday" has no verb of its own)
_CLAUSE_BETWEEN = re.compile(r"\b(?:after|before)\s{1,3}(?:[A-Z][\w.&'’-]*\s{1,3}|(?:he|she|it|they|we)\s{1,3}|"
                             r"(?:the|a|an|its|his|her|their|this|these|those)\s{1,3}[\w'’-]+\s{1,3})"
                             r"(?:[\w'’-]+\s{1,3}){0,5}?[a-z]{2,}ed\b")
# between a clock time and a day named after it: a participle clause of another event ("By 11
# a.m., the Dow was down 44 points after closing at a record on Tuesday"): the day is that event's
# (also "published at 1000 GMT, a day after workers struck on Wednesday": the day of what it counts from)
_OTHER_EVENT_BETWEEN = re.compile(r"\b(?:after|before|since)\s{1,3}[a-z]+ing\b|\b(?:a|one|two|a\s{1,3}few)\s{1,3}(?:days?|weeks?|hours?)\s{1,3}(?:after|before)\b")


# ", but closed at $38.23, just above the price set on Thursday night": a clause opposed to the
# time's, whose day is not the time's (used with pos/endpos between a time and a later day)
_BUT_CLAUSE = re.compile(r"[,;]\s{1,3}but\s")
# "said at a news conference at 1 pm that he had invited her to lunch on Thursday": the day of a
# that-clause after the time is what the clause tells of (not "at 3 p.m. that Friday", whose
# "that" is the day's own; used with pos/endpos between a time and a later day)
_THAT_CLAUSE_BETWEEN = re.compile(r"\bthat\s{1,3}(?!(?:year|month|week|day|night|morning|afternoon|evening|weekend|season|time)\b)\S")

_EARLIER_IN_THE = re.compile(r"\b(?:[Ee]arlier|[Ll]ater)\s{1,3}in\s{1,3}$")    # used with search on the text before a part of day


def _sentences_between(text: str, a: int, b: int) -> int:
    """How many sentence breaks text[a:b] holds (at most 2 are counted)."""
    n = 0
    for _ in SENT_CUT.finditer(text, a, b):
        n += 1
        if n == 2:
            break
    return n


def _last_time_of_day(final: list[dict]) -> D | None:
    """The day of the last clock time or part of day placed so far ("tonight", "11 p.m.")."""
    for r in reversed(final):
        if r["type"] == "TIME" and (m := _DAY_VALUE.match(r["value"])):
            return D(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


def _place_clock_times(text: str, out: list[dict], pending: dict[int, dict], dct: D | None, ctx: _Ctx) -> list[dict]:
    """Clock times and parts of day take the nearest day mentioned in the same sentence,
    else the last day mentioned before (unless that is still ahead and the time is told in
    the past), else the publication date."""
    # the days told, each value read once (date-dense text repeats a few hundred values 40,000 times)
    day_of: dict[str, D | None] = {}
    days = []
    for r in out:
        if r["anchor"] != "pending":
            v = r["value"]
            day = day_of.get(v, day_of)
            if day is day_of:
                # (a day before the common era is read as its stand-in, see BC_SHIFT: "On 2 August
                # [216 BC] ... before nightfall" is that day's)
                m = _DAY_VALUE.match(_stand_in(v) if v[:2] == "BC" else v)
                day = day_of[v] = D(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
            if day is not None:
                days.append((r["start"], r["end"], day))
    day_ends = [b for _, b, _ in days]
    final = []
    clocks: dict[tuple, dict | None] = {}    # the same time on the same day reads the same
    headings: dict[int, bool] = {}           # days (by index) that stand in a heading line
    entry_days: dict[int, D] = {}            # line start -> the earlier heading day of its time stamp
    stamp_days: dict[int, tuple[int, D]] = {}  # line start -> (start, day) of the time stamp opening it
    human: dict[D, str] = {}                 # _human(day), written once per day
    # where the words of resuming start, found once when many clock times would ask (see _resumes)
    resumed = ctx.word_offsets(RESUME_WORDS) if len(pending) > 32 else None
    for n, r in enumerate(out):
        pk = pending.get(n)
        if pk is not None and pk["kind"] == "shift":
            final.append(_after_clock(text, r, pk, final))
            continue
        if pk is not None:
            day, why = None, ""
            i = bisect.bisect_right(day_ends, r["start"])      # days[:i] end before this one
            before = days[i - 1] if i else None
            after = days[i] if i < len(days) and days[i][0] >= r["end"] else None
            stamp = _opens_line(text, r["start"])
            head = _heading_day(text, days, i, headings) if stamp else None
            if head:
                # a time stamp opening an entry under a dated heading is of that day, not of a
                # day the entry speaks of ("18:30 The governor will visit on Saturday")
                day, why = head[2], "the day of the heading above this time stamp"
                if dct and head[2] != dct:
                    entry_days[_entry_start(text, r["start"])] = head[2]
            elif after and _DAY_JOINED.fullmatch(text, r["end"], after[0]):
                day, why = after[2], "the day told right after it"
            elif before and _same_sentence(text, before[1], r["start"]) \
                    and not _in_closed_relative(text, before[0], before[1], r["start"]) \
                    and not (dct and before[2] > dct and _tense_against_day(text, r["start"], r["end"], before[2], dct, ctx)) \
                    and not (SINCE_BEFORE.search(text, max(0, before[0] - 12), before[0])
                             and not _WHEN_BETWEEN.search(text, before[1], r["start"])):
                # ("the third explosion since Saturday, occurred at 6:10 am": a day the sentence
                # counts from is not the time's, unless a clause tells of it: "since Tuesday, when
                # the measure expired at midnight")
                day, why = before[2], "the day named earlier in the sentence"
            elif after and _same_sentence(text, r["end"], after[0]) and not _ends_sentence(text, r["end"]) \
                    and not _in_aside(text, r["end"], after[0]) and not _DAY_POSSESSIVE.match(text, after[1]) \
                    and not (_THE_BEFORE.search(text, max(0, after[0] - 4), after[0]) and _NOUN_AFTER.match(text, after[1])) \
                    and not (pk["kind"] == "pod" and _NEXT_DAY_TOLD.match(text, after[0])) \
                    and not SINCE_BEFORE.search(text, max(0, after[0] - 8), after[0]) \
                    and not _OTHER_EVENT_BETWEEN.search(text, r["end"], after[0]) \
                    and not _CLAUSE_BETWEEN.search(text, r["end"], after[0]) \
                    and not _OWN_SUBJECT_CLAUSE.search(text, r["end"], after[0]) and not _BUT_CLAUSE.search(text, r["end"], after[0]) \
                    and not _THAT_CLAUSE_BETWEEN.search(text, r["end"], after[0]) and not (
                    pk["kind"] == "pod" and pk["pod"].lower() == "overnight"
                    and not _REPORT_DAY_BEFORE.search(text, max(0, after[0] - 60), after[0])):
                # "would weaken overnight and move into Canada by Wednesday night": the night
                # comes first; only the day of the report ("..., the air force said on Sunday");
                # a day the sentence counts from is not the time's ("by late morning, the
                # lowest since Sept. 18")
                day, why = after[2], "the day named later in the sentence"
                if pk["kind"] == "pod" and pk["pod"].lower() in ("night", "overnight") \
                        and _INTO_DAY_BEFORE.search(text, max(0, after[0] - 8), after[0]):
                    day, why = day - _dt.timedelta(days=1), "the night before the day it runs into, named later in the sentence"
            elif stamp:
                # a time opening its line heads an entry (a live blog's "14:05 GMT - ..."): the
                # days told in the entries above are not its day
                if dct:
                    day, why = dct, "the publication date, as a time stamp opening its line"
                else:
                    why = f"an unknown day ({NO_DCT})"
            elif stamp_days and (entry := stamp_days.get(_entry_start(text, r["start"]))) is not None \
                    and (not before or before[1] < entry[0]):
                # an entry's time stamp dates what the entry tells, not a day told in the
                # entries above ("07:10 ... swept away on Thursday evening / 09:20 Power has been
                # out since dawn" is Friday's dawn)
                day, why = entry[1], "the day of this entry's time stamp"
            elif dct and pk["kind"] != "pod" and (resumed is None or _word_between(resumed, r["start"] - 60, r["start"])) \
                    and _resumes(text, r["start"], ctx) \
                    and _last_told_day(text, days, i, r["start"]) in (None, dct):
                # told on the day of the break (after a break told on an earlier day, "adjourned
                # on Friday", the day it resumes is unknown)
                day, why = dct + _dt.timedelta(days=1), "the day after the publication date, as it resumes after a break"
            elif pk["kind"] == "pod" and _EARLIER_IN_THE.search(text, max(0, r["start"] - 14), r["start"]) \
                    and (told_time := _last_time_of_day(final)) is not None \
                    and (i == 0 or (days[i - 1][2] < told_time and _sentences_between(text, days[i - 1][1], r["start"]) >= 2)):
                # "completed the signing tonight, minutes before 11 p.m. ... signed Carroll earlier in
                # the evening": earlier or later than the time of day last told, on its day, not on a
                # day before it told since, sentences back, without a time ("handed in a request on
                # Thursday"); a later day told since moves the story on ("On Wednesday ... Later in
                # the afternoon"), and so does one in the sentence just before
                day, why = told_time, "the day of the time of day last mentioned"
            elif dct and not ctx.history and pk["kind"] == "pod" and SINCE_BEFORE.search(text, max(0, r["start"] - 12), r["start"]) \
                    and _PERFECT_BEFORE.search(text[max(0, r["start"] - 150):r["start"]].rsplit(".", 1)[-1]):
                # "Crowds have gathered outside the court since dawn": a part of the day counted up to
                # now is today's, not that of a day told before
                day, why = dct, "the publication date, as 'since' counts up to now in the present perfect"
            elif i and (told := _last_told_day(text, days, i, r["start"], None if ctx.history or not dct else ctx,
                                         ctx.history or not dct,
                                         # (asked only where a day is told before: none is read without one)
                                         i > 0 and SAYING_TIME_BEFORE.search(text, max(0, r["start"] - 50), r["start"]) is not None,
                                         ctx if ctx.history else None)) is not None and not (
                    dct and told != dct and _tense_against_day(text, r["start"], r["end"], told, dct, ctx)) and not (
                    dct and not ctx.history and _moved_on(out, n, told)) and not (
                    # news's "overnight" is the last night's, not a background date's ("The law
                    # was signed on March 23, 2010. ... protesters had gathered overnight")
                    dct and not ctx.history and abs((told - dct).days) > 7
                    and pk["kind"] == "pod" and pk["pod"].lower() == "overnight"):
                # "The report will be released on June 7. The Dow closed higher at 4 p.m.":
                # what has happened cannot be on a day still ahead (no day told before: none to take)
                day, why = told, "the last day mentioned"
            elif dct and not ctx.history and i and (ahead := _last_day_ahead(days, i, r["start"], dct)) is not None \
                    and ctx.tense(r["start"], r["end"]) == "future" and not _moved_on(out, n, ahead) \
                    and not _tense_against_day(text, r["start"], r["end"], ahead, dct, ctx):
                # "The iPhone will go on sale on June 29, the company said in advertisements that began on
                # Sunday night. It will be sold in Apple's stores, starting at 6 p.m.": a time told in the
                # future is on the last day still ahead told before it, not on a day gone nor today
                day, why = ahead, "the last day still ahead mentioned, as the time is told in the future"
            elif dct:
                day, why = dct, "the publication date"
            else:
                why = f"an unknown day ({NO_DCT})"
            if stamp and day:
                stamp_days[_entry_start(text, r["start"])] = (r["start"], day)
            if day:
                said = human.get(day)
                if said is None:
                    said = human[day] = _human(day)
                why = f"{why} ({said})"
            if day and pk["kind"] == "pod" and pk["pod"].lower() == "overnight":
                if _evening_told(final, day, r["start"]):
                    # "made landfall on Monday evening, at about 8 p.m. Flooding reached 14 feet
                    # overnight": the night that follows that evening
                    why = f"the night after the evening told, of {why}"
                elif dct and why.startswith("the last day mentioned") and (day == dct - _dt.timedelta(days=1) or (
                        dct - _dt.timedelta(days=7) <= day < dct and not _OVERNIGHT_NOUN.match(text, r["end"]))):
                    # a story of a day before publication goes on "overnight" into the night
                    # after it ("Bombs struck churches on Sunday morning. ... Police arrested 24
                    # suspects in raids overnight", told Monday; "The violence broke out on
                    # Wednesday ... Mobs torched homes overnight", told Friday)
                    why = f"the night after {why}"
                elif ctx.tense(r["start"], r["end"]) != "future":
                    # "struck Kharkiv overnight" (told on Monday): the night that ends on the day
                    # told, written as the night of the day before (TimeBank's "overnight losses"
                    # before Friday's trading is Thursday night, 1989-10-26TNI)
                    day, why = day - _dt.timedelta(days=1), f"the night before {why}"
                else:
                    why = f"the coming night, of {why}"
            if day == dct and pk["kind"] == "pod" and pk["pod"].lower() == "night" and pk.get("the") \
                    and ctx.tense(r["start"], r["end"]) == "past":
                # "Shelling continued during the night", no day told, or "residents spent the night
                # in basements" after "on Monday morning", told on Monday: a night told done on the
                # publication date is the night just gone, as "overnight" is
                day, why = day - _dt.timedelta(days=1), f"the night before {why}"
            if day and "H" in pk and before and before[2] == day and why.startswith(("the last day mentioned", "the day named earlier")) \
                    and _evening_hours(pk) and NIGHT_OF_BEFORE_SECOND_DAY.search(text, max(0, before[0] - 40), before[0]):
                # "On the night of 3 to 4 March ... at around 11 p.m.": the evening that opens the
                # night is of its first day (its small hours are of the second)
                day = day - _dt.timedelta(days=1)
                why = f"the evening of the night's first day, before {why}"
            if day and "H" in pk and before and before[2] == day and _night_hours(pk) and _TWO_DAYS.match(text, before[0], before[1]) \
                    and NIGHT_OF_BEFORE.search(text, max(0, before[0] - 16), before[0]):
                # "on the night of 3/4 March ... at 2 a.m.": the small hours are of the night's second day
                day = day + _dt.timedelta(days=1)
                why = f"the small hours of the night's second day, after {why}"
            if day and "H" in pk and why.startswith("the last day mentioned") and _small_hours(pk) \
                    and _evening_told(final, day, r["start"]) and not _EARLIER_BEFORE.search(text, max(0, r["start"] - 60), r["start"]) \
                    and not ctx._pluperfect(r["start"]):
                # "Hours later, shortly after 10:30 p.m., the suspects shot an officer ... The older
                # brother died after a shootout around 1 a.m.": the night goes on past midnight
                # into the next day (not one told out of order: "Earlier, at 1 a.m.", "had been seen at 2 a.m.")
                day = day + _dt.timedelta(days=1)
                why = f"the small hours after the evening told, of {why}"
            if day and final and "H" in pk and _RANGE_TO.fullmatch(text, final[-1]["end"], r["start"]) \
                    and _past_midnight_end(text, final[-1], r, pk, day):
                # "a curfew from 10 p.m. to 5 a.m.": a range of hours that ends earlier in the day than it
                # began ends on the next day
                day = day + _dt.timedelta(days=1)
                why = f"the end of a range of hours past midnight, the day after {why}"
            key = (id(pk), day, why)
            r2 = clocks[key] if key in clocks else clocks.setdefault(key, _clock(pk, day, why))
            if r2 is None:
                continue
            if pk["kind"] != "clock_word" or pk["w"].lower() != "midnight":
                pass
            elif AFTER_MIDNIGHT.search(text, max(0, r["start"] - 8), r["start"]):
                # "shortly after midnight on 6 June": the night's first hour, the start of that day;
                # after an evening told of the day ("gathered in the evening, and clashes continued
                # until after midnight"), the night that follows it
                if day and not (after and MIDNIGHT_AFTER.fullmatch(text, r["end"], after[0])) and _evening_told(final, day, r["start"]):
                    r2 = _midnight(r2, day)
            elif day and (
                    (after and after[2] == day and MIDNIGHT_AFTER.fullmatch(text, r["end"], after[0]))
                    or (before and before[2] == day and MIDNIGHT_BEFORE.fullmatch(text, before[1], r["start"]))):
                r2 = _midnight(r2, day)
            elif after and MIDNIGHT_AFTER.fullmatch(text, r["end"], after[0]):
                r2 = _midnight(r2, after[2])
            elif day and UNTIL_MIDNIGHT.search(text, max(0, r["start"] - 8), r["start"]):
                r2 = _midnight(r2, day)      # "The curfew lasts until midnight", "shortly before midnight": the end of the day
            elif day and _evening_told(final, day, r["start"]):
                # "began at about 9:40 p.m. on Tuesday ... was last seen alive around midnight":
                # the midnight that ends the evening told, not the one before it
                r2 = _midnight(r2, day)
            if day and day.year > 3000:      # a stand-in day, written back as a day before the common era
                r2 = dict(r2, value=_from_stand_in(r2["value"]), alternatives=tuple(_from_stand_in(a) for a in r2["alternatives"]),
                          reason=_stand_in_years(r2["reason"]))
            r = dict(r2, text=r["text"], start=r["start"], end=r["end"])
        final.append(r)
    for k in range(len(final) - 1):
        if (m := _ZONE_DAY_AFTER.match(text, final[k]["end"])) and m.end() == final[k + 1]["start"] + len(m.group(1)):
            final[k] = _day_from_zone(final[k], final[k + 1])
    if entry_days:
        final = [_entry_deictic(text, r, dct, entry_days) for r in final]
    return final


# a local clock time, then the same moment in another zone with its weekday in brackets: "at 8 p.m.
# (0100 GMT Wednesday)" (used with match at the local time's end; group 1 opens the other timex)
_ZONE_DAY_AFTER = re.compile(r"\s{0,3}\(\s{0,2}((?:[01]?\d|2[0-3])[:.]?[0-5]\d\s{0,2}(?:GMT|UTC|Z)\s{1,3}(?:on\s{1,3})?"
                             r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))")


def _day_from_zone(local: dict, other: dict) -> dict:
    """The local clock time's day, from the day the bracketed conversion names: "Polls closed at
    8 p.m. (0100 GMT Wednesday)" is Tuesday evening, as no zone is more than half a day off GMT."""
    a, b = _CLOCK_VALUE.match(local["value"]), _CLOCK_VALUE.match(other["value"])
    if a is None or b is None:
        return local
    gmt_day = D(int(b.group(1)), int(b.group(2)), int(b.group(3)))
    diff = (int(a.group(4)) * 60 + int(a.group(5))) - (int(b.group(4)) * 60 + int(b.group(5)))
    day = gmt_day + _dt.timedelta(days=-1 if diff > 720 else 1 if diff < -720 else 0)
    v = f"{_fmt_day(day)}T{local['value'][11:]}"
    if v == local["value"]:
        return local
    return dict(local, value=v, alternatives=(), anchor="narrative",
                reason=f"clock time on {_human(day)}, the day of the same moment given in another zone just after it ({other['text']})")


_CLOCK_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$")


def _past_midnight_end(text: str, start: dict, r: dict, p: dict, day: D) -> bool:
    """r (parse p, placed on day) ends a range of hours that `start`, the timex before it, opens on the same
    day ("from 10 p.m. to 5 a.m.", "between 7pm and 6am", "22:00-05:00") at an earlier hour than its start."""
    # (what lies between the two, read first: every clock time of a text asks, most have no range)
    if not _RANGE_TO.fullmatch(text, start["end"], r["start"]):
        return False
    m = _CLOCK_VALUE.match(start["value"])
    if m is None or start["value"][:10] != _fmt_day(day) \
            or not (_RANGE_FROM_BEFORE.search(text, max(0, start["start"] - 10), start["start"]) or "-" in text[start["end"]:r["start"]]):
        return False
    end = _clock(p, day, "")
    return end is not None and end["value"][11:16] < start["value"][11:16]


def _after_clock(text: str, r: dict, p: dict, placed: list[dict]) -> dict:
    """'19 minutes later', 'about an hour later': the clock time told just before moved on,
    else (no clock time within reach) the length alone."""
    n = _num(p["num"])
    uw = _unit_word(p["u"])
    if n is not None and re.search(r"and\s{1,3}a\s{1,3}half", r["text"]):
        n += 0.5
    d = " ".join(p["dir"].lower().split())
    mod = QMOD_CODE.get(" ".join((p.get("qmod") or "").lower().split()))
    # the last clock time told before, unless another day came after it ("... at 16:03 UTC.
    # Engineers said today ... nearly two hours later": not from 16:03)
    # (a conversion in brackets, "at 7 p.m. (1430 GMT)", is the same moment in another zone:
    # the local time is counted from)
    clock = next((c for c in reversed(placed) if c["type"] == "TIME" and _CLOCK_VALUE.match(c["value"])
                  and not text[max(0, c["start"] - 2):c["start"]].lstrip().endswith("(")), None)
    if clock is not None and (r["start"] - clock["end"] > 300 or any(
            c["start"] > clock["start"] and c["type"] in ("DATE", "TIME") and c["value"][:10] != clock["value"][:10]
            for c in placed[-4:])):
        clock = None
    if n is None or clock is None:
        return dict(r, type="DURATION", value=_dur(n, uw), reason="length of time", mod=mod, anchor="none")
    if RESTATES.fullmatch(text, clock["end"], r["start"]):
        # "reached mission control at 16:03 UTC, 28 minutes later": the time just told, again
        return dict(r, type="TIME", value=clock["value"], alternatives=(_dur(n, uw),), mod=mod, anchor="narrative",
                    reason=f"{p['num']} {uw}(s) {d}: the clock time just before, which it restates ({clock['text']})")
    y, mo, dd, hh, mm = (int(x) for x in _CLOCK_VALUE.match(clock["value"]).groups())
    step = _dt.timedelta(seconds=n * {"hour": 3600, "minute": 60, "second": 1}[uw])
    t = _dt.datetime(y, mo, dd) + _dt.timedelta(hours=hh, minutes=mm) + (step if d != "earlier" else -step)
    return dict(r, type="TIME", value=f"{t:%Y-%m-%dT%H:%M}", alternatives=(_dur(n, uw),), mod=mod, anchor="narrative",
                reason=f"{p['num']} {uw}(s) {d}, counted from the clock time told before ({clock['text']})")


# a relative clause or a participle set off by commas ("The stock, priced at $38 on Thursday night, opened at 11:30 a.m.")
_ASIDE_OPENS = re.compile(r",\s{1,3}(?:(who|which|whose|where)|[a-z]{3,}ed)\s")
_PARTICIPLE_AFTER = re.compile(r",\s{1,3}[a-z]{2,}ing\b")


_EVENING = re.compile(r"T(?:EV|NI|1[89]:|2[0-3]:)")


# "earlier" in the words before a clock time: told out of order ("Earlier, at 2 a.m., ...")
_EARLIER_BEFORE = re.compile(r"\b(?:[Ee]arlier|before that|previously)\b[^.;!?]*$")   # used with pos/endpos


def _evening_hours(p: dict) -> bool:
    """Whether a clock time is in the evening or the night before midnight ("11 p.m.", "21:30")."""
    hh = int(p["H"])
    ap = (p.get("ap") or "").lower()
    return (ap.startswith("p") and 6 <= hh <= 11) or (not ap.startswith(("a", "p")) and 18 <= hh <= 23)


def _night_hours(p: dict) -> bool:
    """Whether a clock time is after midnight and before dawn ("2 a.m.", "03:30")."""
    hh = int(p["H"])
    ap = (p.get("ap") or "").lower()
    return (ap.startswith("a") and (hh == 12 or 1 <= hh <= 5)) or (not ap.startswith(("a", "p")) and 0 <= hh <= 5)


# a night named by the two days it spans in one timex ("the night of [3/4 March]"): the words
# before it (used with endpos) and its two days (used with match at its start)
NIGHT_OF_BEFORE = re.compile(r"\bnight\s{1,3}of\s{1,3}(?:the\s{1,3})?$", re.I)
_TWO_DAYS = re.compile(r"[0-3]?\d\s{0,3}(?:[-\u2010-\u2015/]|to|and)\s{0,3}[0-3]?\d(?!\d)")
# the words before the second day of a night named by the two days it spans: "the night of 3 to
# [4 March]" (used with endpos at that day)
NIGHT_OF_BEFORE_SECOND_DAY = re.compile(r"\bnight\s{1,3}of\s{1,3}(?:the\s{1,3})?[0-3]?\d(?:st|nd|rd|th)?\s{0,3}(?:[-\u2010-\u2015/]|to|and)\s{0,3}(?:the\s{1,3})?$", re.I)


def _small_hours(p: dict) -> bool:
    """Whether a clock time is in the small hours after midnight ("1 a.m.", "4:30 am")."""
    hh = int(p["H"])
    return (p.get("ap") or "").lower().startswith("a") and (hh == 12 or 1 <= hh <= 4)


def _evening_told(final: list[dict], day: D, at: int) -> bool:
    """Whether the last time told of `day` before `at` (within 400 characters) is its
    evening or night, or a clock time from 6 p.m. (the day named alone says no time:
    "landfall at about 8 p.m. Earlier Monday, the storm had forced evacuations. It weakened
    overnight" is Monday night)."""
    prefix = _fmt_day(day)
    for q in reversed(final):
        if at - q["end"] > 400:
            return False
        if q["value"].startswith(prefix) and len(q["value"]) > 10:
            return _EVENING.search(q["value"], 10) is not None
    return False


def _in_closed_relative(text: str, a: int, b: int, at: int) -> bool:
    """Whether the day text[a:b] stands in a relative clause set off by commas that closes
    before `at` in the same sentence: the day of what the clause tells ("Santorum, who had not
    won since the caucuses on Jan. 3, told supporters shortly before 10 p.m."), not of the
    main clause's clock time."""
    lo = a - 150 if a > 150 else 0
    if text.find(",", b, at) < 0:
        return False      # (cheap check first: asked for every day a clock time looks back to)
    opened = None
    for opened in _ASIDE_OPENS.finditer(text, lo, a):
        pass
    if opened is not None and opened.group(1) is None and _PARTICIPLE_AFTER.match(text, text.find(",", b, at)):
        return False  # "The dam, in a part of Kherson occupied by Russia, collapsed early on Tuesday, unleashing water":
        # the main verb after the subject's aside, its day the story's (a reduced relative is no clause with an adjunct)
    return opened is not None and text.find(",", opened.end(), a) < 0 and _same_sentence(text, opened.end(), at)


def _in_aside(text: str, a: int, b: int) -> bool:
    """Whether b stands inside brackets opened after a: "at 4:40 a.m. local time (2040 GMT
    Thursday)" gives the other clock's day, not the local time's."""
    i = text.rfind("(", a, b)
    return i >= 0 and text.find(")", i, b) < 0


def _entry_start(text: str, s: int) -> int:
    """Where the line holding s begins, or -1 when that is over 2,000 characters back (no
    live-blog entry; a megabyte without line breaks must not be searched back for each time)."""
    lo = s - 2000 if s > 2000 else 0
    cut = text.rfind("\n", lo, s)
    return cut + 1 if cut >= 0 or lo == 0 else -1


def _heading_day(text: str, days: list, i: int, headings: dict[int, bool]):
    """The last of days[:i] that stands in a dated heading line (within 50 days back), or None."""
    for j in range(i - 1, max(-1, i - 51), -1):
        h = headings.get(j)
        if h is None:
            h = headings[j] = _heading_line(text, *days[j][:2])
        if h:
            return days[j]
    return None


# words that count from the day of writing: in a live blog's entry, the entry's day
_ENTRY_DEICTIC = re.compile(r"(?:(?:early|late|later|earlier)\s+)?(?:today|tonight|yesterday|tomorrow)"
                            r"(?:\s+\w+)?|this\s+(?:morning|afternoon|evening)", re.I)


def _entry_deictic(text: str, r: dict, dct: D, entry_days: dict[int, D]) -> dict:
    """'this afternoon' in a live-blog entry stamped under an earlier day's heading ('Thursday
    14 March / 13:05 ... evacuated 300 people this afternoon') counts from that day, not from
    the publication date."""
    if r["anchor"] != "dct" or not _ENTRY_DEICTIC.fullmatch(r["text"]):
        return r
    head = entry_days.get(_entry_start(text, r["start"]))
    m = _DAY_VALUE.match(r["value"])
    if head is None or not m:
        return r
    d = D(int(m.group(1)), int(m.group(2)), int(m.group(3))) + (head - dct)
    return dict(r, value=_fmt_day(d) + r["value"][10:], alternatives=(),
                reason=f"{r['reason']}, moved to the day of the entry's heading ({_human(head)})")


def _word_between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted offsets starts lies in [lo, hi)."""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _resumes(text: str, s: int, ctx: _Ctx) -> bool:
    """Whether a verb of resuming governs the clock time at s, in the future (see RESUMES)."""
    if not ctx._word_near(RESUME_WORDS, max(0, s - 60), s):
        return False
    lo = ctx._sentence_start(max(0, s - 60), s)
    return RESUMES.search(text, lo, s) is not None and ctx.tense(s, s + 1) in ("future", None)


def _moved_on(out: list[dict], n: int, told: D) -> bool:
    """Whether the text has moved on to another time since the day told, before the clock
    time out[n]: a month that does not hold that day (a year is mostly background: "attacked
    the hotel on Friday. The hotel, built in 1995, ..."), as in "... will go to a runoff
    on June 20. Mockus surged in April ... was barred in February ... Polling stations open at
    8 a.m." is no time of June 20)."""
    tv = _fmt_day(told)
    at = out[n]["start"]
    for j in range(n - 1, -1, -1):
        q = out[j]
        if at - q["end"] > 600:
            return False
        v = q["value"]
        if v.startswith(tv):
            return False
        if q["type"] == "DATE" and len(v) == 7 and v[:4].isdigit() and v[5:].isdigit() and not tv.startswith(v):
            return True
    return False


PAST_FORM = re.compile(r"\b(?:was|were|had|would|could)\b", re.I)   # used with pos/endpos


def _tense_against_day(text: str, s: int, e: int, told: D, dct: D, ctx: _Ctx) -> bool:
    """Whether a clock time with no day in its sentence is told in a tense that the last day
    mentioned contradicts: what has happened ("closed at 4 p.m.", "was expected to reach
    Sydney around 5 p.m.") is on no day still ahead, and a timetable told in the present or
    future ("Polling stations open at 8 a.m.", "Arguments resume at 10 a.m.") on no day
    already past; both fall back to the publication date. A plan told in the past keeps its
    past day ("The trial opened on Monday. It was to begin at 10 a.m.")."""
    t = ctx.tense(s, e)
    if told > dct and told.year <= 3000:     # (a stand-in day before the common era is long past)
        return t in ("past", "report") or (t == "future" and PAST_FORM.search(text, ctx._sentence_start(max(0, s - 100), s), s) is not None)
    if t != "future" or ctx.history:
        return False
    start = ctx._sentence_start(max(0, s - 100), s)
    forms = PAST_FORM.findall(text, start, s)
    # "Officials said the search would be completed by nightfall": a future reported in the
    # past (only 'would'/'could' after a reporting verb) is still ahead of the telling
    return not forms or (all(f.lower() in ("would", "could") for f in forms)
                         and _REPORTED_FUTURE.search(text, start, s) is not None)


# a reporting verb before the 'would' of what it reports (used with pos/endpos)
_REPORTED_FUTURE = re.compile(r"\b(?:said|told|announced|warned|predicted)\b(?:\s{1,3}(?:that\s{1,3})?[^,;:]{0,60}?)\s(?:would|could)\b", re.I)


# The day of a saying, read by its parts (used with endpos at the day): the reporting verb, an
# adverb of the telling ("said privately", "said here"), its addressee ("told AFP", "told The
# Associated Press", "told reporters", "told his cabinet", "told a news conference"), one of its
# usual channels ("in a statement (released)", "in an interview", "by telephone", "at a news
# conference", "on state television"), "late"/"early", then "on": "Police said on Monday",
# "the army said in a statement late on Sunday", "according to officials on Tuesday", "In a
# statement on Sunday, ...". Not a day of what is said ("officials said troops withdrew on
# Monday", "the company said net income in the third quarter", "reported a third-quarter loss").
# "... told AFP on Monday." dates the telling: a clock time in a later sentence is the event's.
_SAYING_CHANNEL = (r"(?:[Ii]n\s{1,3}an?\s{1,3}(?:written\s{1,3}|televised\s{1,3}|joint\s{1,3})?(?:statement|interview|editorial|speech|address)"
                   r"(?:\s{1,3}(?:released|issued|posted|published))?"
                   r"|by\s{1,3}(?:tele)?phone|at\s{1,3}an?\s{1,3}(?:news|press)\s{1,3}(?:conference|briefing)"
                   r"|on\s{1,3}(?:state\s{1,3})?(?:television|TV|radio))")
_SAYING_DAY = (r"(?:\b(?:said|says|told|reported|announced|confirmed)(?:\s{1,3}(?:here|there|privately|publicly|also|again|later|earlier))?"
               r"(?:\s{1,3}[A-Z][\w.'’-]*){0,3}"
               r"(?:(?<=told)\s{1,3}(?:(?:(?:his|her|its|their|the|a)\s{1,3})?(?:[\w.'’-]+\s{1,3})?(?!that\b)[\w.'’-]+))?"
               r"(?:\s{1,3}" + _SAYING_CHANNEL + r")?"
               r"|\baccording\s{1,3}to(?:\s{1,3}[\w.'’-]+){1,3}"
               r"|\b" + _SAYING_CHANNEL + r")"
               r"(?:\s{1,3}(?:late|early))?\s{1,3}(?:on\s{1,3})?$")
_REPORT_DAY_BEFORE = re.compile(_SAYING_DAY)
# a day in an adverbial clause of time opened by "after"/"following" in its sentence (used with pos/endpos)
_AFTER_CLAUSE_BEFORE = re.compile(r"\b(?:after|following)\s[^.;:!?]{0,100}$")
# ... and the day of an attribution told after a comma, after what it reports: ", officials said
# on Monday", ", a spokesman told Reuters on Sunday", ", the army said in a statement released on
# Monday" (not a saying told as the next act: "..., and the government announced on Monday")
ATTRIBUTION_DAY_BEFORE = re.compile(r",\s{1,3}(?!(?:and|but|then|while|before|after|when|as)\b)(?:[\w.'’-]+\s{1,3}){0,6}?"
                                    + _SAYING_DAY)


# a sentence that tells a report or a release (used with pos/endpos before a clock time)
TELLING_BEFORE = re.compile(r"\b(?:said|says|told|tells|announced|released|reported|published|unveiled|"
                            r"conference|briefing|statement|call)\b")


# "the first such attack since Nawaz Sharif took office on Wednesday": the day a since-clause
# counts from (used with endpos at the day)
SINCE_CLAUSE_BEFORE = re.compile(r"\b[Ss]ince\s[^,.;:!?]{0,60}\s(?:on|in)\s{1,3}$")


# "a region still reeling from a deadly quake nine days ago": a count back that dates a noun after
# a preposition, an earlier event named as background (used with pos/endpos at the count)
_AGO_ATTRIBUTE_BEFORE = re.compile(r"\b(?:from|of|after|than|like|since|to)\s{1,3}(?:an?|the|its|their|his|her)\s{1,3}(?:[\w-]+\s{1,3}){1,3}$")


# a time that dates a saying itself: "told reporters in the afternoon", "at a news conference
# at 3 p.m." (used with pos/endpos before the time; not what is said: "said jets struck at dawn")
SAYING_TIME_BEFORE = re.compile(r"\b(?:said|told\s{1,3}(?:reporters|journalists)|(?:news|press)\s{1,3}conference|briefing|interview|statement)"
                                r"\s{1,3}(?:(?:late|early|later)\s{1,3})?(?:in|on|at|during)\s{1,3}(?:the\s{1,3})?$", re.I)


def _last_day_ahead(days: list, i: int, at: int, dct: D) -> D | None:
    """The last day after the publication date among days[:i] within 600 characters before `at`."""
    for k in range(i - 1, -1, -1):
        a, b, d = days[k]
        if at - b >= 600:
            return None
        if d > dct:
            return d
    return None


def _last_told_day(text: str, days: list, i: int, at: int, news: _Ctx | None = None, history: bool = False,
                   saying: bool = False, story: _Ctx | None = None) -> D | None:
    """The last day mentioned in the 600 characters before `at` (days[:i] end before it),
    passing over the days of reports, the starts of states ("has weakened since Thursday
    night") and the days of relative clauses closed before it when an earlier day is also in
    reach; never the day a period ends on ("the three months to June 30"), no time's day.
    In news (`news`, a story's context) a dated heading and a day told in an earlier sentence
    in the pluperfect or as a day's attribute come last, and so does one over a week from the
    publication date when the time's sentence tells the news being reported: "said on Monday
    that ... The iPad went on sale on April 3 ... told analysts on a conference call at 5 p.m."
    is Monday's; "rose on Thursday, extending Wednesday's rally. It had jumped on Wednesday ...
    Spain sold bonds in the morning" is Thursday's ("The ship sank on June 2. Rescuers arrived
    at 4 p.m." stays June 2's). In a history (`history`), nor the day a range told in an earlier
    sentence ends on: "fought from 16 December 1944 to 25 January 1945. The attack began at 5:30
    a.m." tells the whole span, then the story from its first day. A time that dates a saying
    (`saying`: "... said on Monday. At a news conference in the afternoon, ...") takes a report's day.
    A history (`story`, its context) passes over a day told in an earlier sentence in the
    pluperfect too: "attacks launched on 31 January 1968. Fighting at Khe Sanh had begun ten days
    earlier. ... blew a hole in the embassy wall at about 02:45" is 31 January's."""
    fallback = background = telling = None
    for k in range(i - 1, -1, -1):
        a, b, d = days[k]
        if at - b >= (2000 if news and background and not fallback else 600):
            break
        if PERIOD_END_BEFORE.search(text, max(0, a - 40), a):
            continue      # "earned $5.7 billion in the three months to June 30 ... announced at 1:25 p.m."
        if history and k and _RANGE_TO.fullmatch(text, days[k - 1][1], a) and SENT_CUT.search(text, b, at) \
                and _RANGE_FROM_BEFORE.search(text, max(0, days[k - 1][0] - 10), days[k - 1][0]):
            continue
        cut = SENT_CUT.search(text, b, at)     # (an aside of an earlier sentence closed at its end)
        if news and cut and abs((d - news.dct).days) > 7 and telling is None:     # (read once, when needed)
            telling = TELLING_BEFORE.search(text, news._sentence_start(max(0, at - 200), at), at) is not None
        if news and ((cut and ((telling and abs((d - news.dct).days) > 7) or _DAY_POSSESSIVE.match(text, b)
                               or (news._pluperfect(a) and (saying or not _reported_act(text, days, k)))
                               or (text.endswith("ago", a, b) and _AGO_ATTRIBUTE_BEFORE.search(text, max(0, a - 50), a))))
                     or _heading_line(text, a, b)):
            background = background or d
            continue
        if story and cut and story._pluperfect(a):
            background = background or d
            continue
        if news and cut and k and _AFTER_CLAUSE_BEFORE.search(text, max(0, a - 100), a) \
                and not SENT_CUT.search(text, days[k - 1][1], a):
            # "The strike began on Tuesday, shutting down the network after talks broke down on
            # Monday. Services ran between 7:30 a.m. and 6:30 p.m.": the day of an after-clause is
            # its sentence's background; the day its main clause told comes first
            fallback = fallback or d
            continue
        since = SINCE_BEFORE.search(text, max(0, a - 12), a) or SINCE_CLAUSE_BEFORE.search(text, max(0, a - 80), a)
        if (saying or not _REPORT_DAY_BEFORE.search(text, max(0, a - 60), a)) and not since \
                and not PLAN_TOLD_BEFORE.search(text, max(0, a - 60), a) \
                and not _in_closed_relative(text, a, b, cut.start() if cut else at):
            return d
        if news and since and cut:
            continue      # news: "Since 23 September, 1,000 have been killed. ... a strike at dawn": the start of a state up to now, not the story's day
        fallback = fallback or d
    return fallback or background


def _reported_act(text: str, days: list, k: int) -> bool:
    """Whether days[k] is told in what a report dated later in its sentence says: in "The
    ministry said on Monday that troops had entered the city on Saturday. By evening, ..." the
    pluperfect only follows the saying's past, and Saturday is the story's day, no background."""
    if not k:
        return False
    a0, b0, said = days[k - 1]
    return said > days[k][2] and _same_sentence(text, b0, days[k][0]) \
        and _REPORT_DAY_BEFORE.search(text, max(0, a0 - 60), a0) is not None


_CLOCK_PART = re.compile(r"T(?:\d\d:\d\d|MO|AF|EV|NI)")
_CLOCK_HM = re.compile(r"T\d\d:\d\d")
_DAY_PART_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)")
# "midnight Friday", "midnight on Sunday", "Friday midnight": the midnight that ends that day
# (TimeML writes T24:00 of the day, as TimeBank does for 'midnight Friday'); the next day's
# T00:00 is the same instant
MIDNIGHT_AFTER = re.compile(r",?\s{1,3}(?:on\s{1,3})?")
MIDNIGHT_BEFORE = re.compile(r"\s{1,3}(?:at\s{1,3})?")
UNTIL_MIDNIGHT = re.compile(r"\b(?:until|till|by|before)\s{1,3}$", re.I)     # ("shortly before midnight": the day's end too)
AFTER_MIDNIGHT = re.compile(r"\bafter\s{1,3}$", re.I)


def _midnight(r: dict, day: D) -> dict:
    nxt = _fmt_day(day + _dt.timedelta(days=1)) + "T00:00"
    return dict(r, value=_fmt_day(day) + "T24:00", alternatives=(nxt,) + tuple(r["alternatives"]),
                reason=r["reason"] + ": the midnight that ends that day")


# (fullmatch between a day and a clock on its line: "2023-03-14 09:12", "March 14, 2023 - 10:30")
DAY_THEN_CLOCK_GAP = re.compile(r"(?:,|[ \t]{1,2}[-\u2013\u2014|])?[ \t]{1,2}")


# the hours of the clock (1-11) a part of the day puts after noon
_PM_HOURS = {"AF": range(1, 7), "EV": range(4, 12), "NI": range(6, 12)}
# a clock told with its half of the day or on the 24-hour clock ("9 a.m.", "09:30", "2100 GMT")
_HALF_TOLD = re.compile(r"[ap]\.?\s?m\b|^0|\d{3}|\bh(?:rs?|ours)?\b", re.I)


def _hour_of_part(clock: str, hm: str, part: str) -> int | None:
    """The hour of a clock time that does not say a.m. or p.m. ("nine o'clock", "9:30")
    put after noon by the part of the day it is told with ("tonight", "this afternoon");
    None when it stays."""
    h = int(hm[1:3])
    if h in _PM_HOURS.get(part, ()) and not _HALF_TOLD.search(clock):
        return h + 12
    return None


def _merge_clock_day(text: str, items: list[dict]) -> list[dict]:
    """"10 p.m. Wednesday", "noon Thursday", "mid-afternoon yesterday", "10 p.m. that night": one TIME on that day."""
    out: list[dict] = []
    for r in items:
        prev = out[-1] if out else None
        # (the tests that most often fail first: date-dense text brings 100,000 pairs)
        if (prev and r["start"] - prev["end"] <= 4 and prev["type"] == "TIME"
                and (r["type"] == "DATE" and _DAY_VALUE.match(r["value"]) and len(r["value"]) == 10
                     # "10 p.m. that night", "6 a.m. the following morning": the clock tells the part of day
                     or r["type"] == "TIME" and _DAY_PART_VALUE.fullmatch(r["value"]) and _CLOCK_HM.search(prev["value"]))
                and _CLOCK_PART.search(prev["value"])
                and re.fullmatch(r",?\s{1,3}", text[prev["end"]:r["start"]])
                and not (r["text"][:4].lower() == "the " and "," in text[prev["end"]:r["start"]])
                and not _ends_sentence(text, prev["end"])):
            # ("Wednesday evening, the second day of the conclave": an apposition; "vanished from
            # radar at 9:40 p.m. The next morning, ...": two sentences)
            hm = prev["value"][prev["value"].index("T"):]
            alts, why = (), f"clock time on {r['reason']}"
            if r["type"] == "DATE":     # ("eight o'clock yesterday": its other readings on that day)
                alts = tuple(r["value"][:10] + a[10:] for a in prev["alternatives"])
            if r["type"] == "TIME" and (h := _hour_of_part(prev["text"], hm, r["value"][-2:])) is not None:
                hm = f"T{h:02d}" + hm[3:]     # "nine o'clock tonight", "3 o'clock this afternoon": p.m.
            if prev["text"].lower() == "midnight" or prev["value"].endswith("T24:00"):
                hm = "T24:00"     # "midnight Friday": the end of Friday
                d = _DAY_VALUE.match(r["value"])
                alts = (_fmt_day(D(int(d.group(1)), int(d.group(2)), int(d.group(3))) + _dt.timedelta(days=1)) + "T00:00",)
                why = f"midnight at the end of {r['reason']}"
            merged = dict(prev, text=text[prev["start"]:r["end"]], end=r["end"], value=r["value"][:10] + hm,
                          reason=why, alternatives=alts, anchor=r["anchor"])
            out[-1] = merged
            continue
        if (prev and prev["type"] == "DATE" and _DAY_VALUE.match(prev["value"]) and len(prev["value"]) == 10
                and r["type"] == "TIME" and _CLOCK_HM.match(r["value"], 10)
                and DAY_THEN_CLOCK_GAP.fullmatch(text, prev["end"], r["start"])):
            # a time stamp, "2023-03-14 09:12", "Tuesday 14 March 2023 14:30 GMT": one TIME on
            # that day (not "on Tuesday at 10 a.m.", whose "at" sets the clock apart)
            out[-1] = dict(prev, text=text[prev["start"]:r["end"]], end=r["end"], type="TIME",
                           value=prev["value"] + r["value"][10:], reason=f"{prev['reason']}, at {r['text']}",
                           alternatives=(), mod=r.get("mod"))
            continue
        out.append(r)
    return out
