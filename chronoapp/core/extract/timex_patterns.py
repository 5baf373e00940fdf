"""Recognition half of the temporal tagger: vocabularies, patterns, candidate selection.

``recognise(text)`` returns a list of parts ``(start, end, info)`` sorted by start, with
``info["kind"]`` naming the construction and the other keys its parsed pieces (strings).
"""
from __future__ import annotations

import bisect
import itertools
import re

from chronoapp.core.extract.regex_start import compile_skipping

# ---------------------------------------------------------------- vocabularies
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}
ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = {w: i + 1 for i, w in enumerate(ONES)}
NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
                     "a dozen": 12, "dozen": 12, "a hundred": 100, "one hundred": 100,
                     "half a": 0.5, "half an": 0.5, "a half": 0.5, "half": 0.5, "a quarter of a": 0.25, "a quarter of an": 0.25,
                     "three quarters of a": 0.75, "three quarters of an": 0.75, "another": 1})
# "five hundred years", "a thousand years": the round lengths of histories
NUMBER_WORDS.update({f"{w} hundred": 100 * (i + 1) for i, w in enumerate(ONES[:9])})
NUMBER_WORDS.update({"a thousand": 1000, "one thousand": 1000})
NUMBER_WORDS.update({f"{w} thousand": 1000 * (i + 1) for i, w in enumerate(ONES[:9])})   # "three thousand years"
VAGUE_NUMBERS = {"a few", "few", "several", "many", "dozens of", "hundreds of", "some"}
ORDINAL_CODES = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "1st": 1, "2nd": 2,
            "3rd": 3, "4th": 4}
UNIT_CODES = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
              "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
              "century": "CE", "weekend": "WE"}


def _trie(words, caseless: bool = False, _inner: bool = False) -> str:
    """Alternation factored by leading characters (a trie): the regex engine rejects a
    position after one test per first letter instead of one per word, and the greedy
    optional tails still prefer the longest word. A space stands for 1-3 whitespace chars.
    caseless: letters as [Aa] classes, which the engine tests as fast as plain letters (an
    IGNORECASE trie is tried branch by branch); at the top level, where most positions are
    rejected, each first letter opens two branches, one per case: the engine rejects a branch
    that opens with a literal in one comparison, one that opens with a class in a call."""
    def char(c: str) -> str:
        if c == " ":
            return r"\s{1,3}"
        if caseless and c.lower() != c.upper():
            return f"[{c.upper()}{c.lower()}]"
        return re.escape(c)

    groups: dict[str, list[str]] = {}
    for w in sorted({w.lower() for w in words} if caseless else set(words)):
        groups.setdefault(w[:1], []).append(w[1:])
    alts = []
    for first, rests in sorted(groups.items()):
        if first == "":
            continue
        longer = [r for r in rests if r]
        if len(rests) == 1 and longer:      # a single chain: plain literal
            tail = "".join(map(char, longer[0]))
        elif longer:
            tail = "(?:" + _trie(longer, caseless, _inner=True) + ")" + ("?" if "" in rests else "")
        else:
            tail = ""
        if caseless and not _inner and first.lower() != first.upper():
            alts += [re.escape(first.upper()) + tail, re.escape(first.lower()) + tail]
        else:
            alts.append(char(first) + tail)
    return "|".join(alts)


def _alt(words) -> str:
    return "(?:" + _trie(words) + ")"


S = r"\s{1,3}"                       # bounded whitespace (also NBSP: \s is Unicode)
DASH = r"[-\u2010-\u2015]"           # hyphen, en dash, em dash
MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![\w])")
MONTH_I = "(?i:" + MONTH + ")"       # case-insensitive form (ALL-CAPS datelines)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_ANY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
               r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:\.|(?!\w)))")   # (a web stamp's "Tue 14 Mar 2023": always before a date)
_NUMW = _alt(ONES + ["half a", "half an", "a half", "half", "a quarter of a", "a quarter of an", "three quarters of a",
                     "three quarters of an", "a couple of", "a couple", "couple of", "a dozen", "a hundred",
                     "one hundred", "a few", "few", "several", "many", "dozens of",
                     "hundreds of", "a", "an", "another"])
NUM = (rf"(?:(?:{_alt(ONES[:9])})\s{{1,3}}hundred|(?:a|{_alt(ONES[:9])})\s{{1,3}}thousand"
       rf"|(?:{_alt(TENS)})(?:{DASH}|\s)(?:{_alt(ONES[:9])})|{_NUMW}|{_alt(TENS)}"
       rf"|\d{{1,3}}(?:,\d{{3}})?(?:\.\d{{1,2}}|\s{{1,2}}(?:1/2|1/4|3/4)(?!\d)|\s?[½¼¾])?)")   # "2 1/2", "2½"
UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"
QMOD = (r"(?:no\s{1,3}more\s{1,3}than|no\s{1,3}less\s{1,3}than|more\s{1,3}than|less\s{1,3}than|fewer\s{1,3}than|at\s{1,3}least|at\s{1,3}most|"
        r"nearly|almost|about|around|approximately|roughly|some|up\s{1,3}to|just\s{1,3}over|"
        r"just\s{1,3}under|close\s{1,3}to|well\s{1,3}over|under|upwards\s{1,3}of"
        # a bare "over" is mostly a preposition ("over three years" of talks); after "for", "in",
        # "of" or a verb of lasting, or before "a"/"an", it is a quantity: "for over nine years",
        # "lasted over nine years", "over an hour"
        # (the word first: a lookbehind tried at every position costs time on every text);
        # before "the" it is a preposition still ("phased in over the next three years")
        r"|over(?!\s{1,3}the\b)(?:(?<=\b[Ff]or\sover)|(?<=\b[Ii]n\sover)|(?<=\bof\sover)|(?<=\blasted\sover)|(?<=\blasts\sover)"
        r"|(?<=\blasting\sover)|(?<=\bspanned\sover)|(?<=\bspent\sover)|(?=\s{1,3}an?\s)))")
POD = r"(?:morning|afternoon|evening|night)"
TZ = r"(?:GMT|UTC|local\s{1,3}time|[ECMP][SD]T|(?-i:[ECMP]T)(?!\w)|CET|CEST|EET|EEST|BST|IST|Z(?!\w))"    # ("8 p.m. ET": US Eastern)
PART_OF = r"the\s{1,3}(?:very\s{1,3})?(?:end|beginning|start|middle|close|turn)\s{1,3}of"   # "the end of"
# (any case but "earlier"/"later": "Early March brought rain", "The end of 1943" open sentences;
# "Later May said" is Theresa May)
DMOD = (r"(?:(?i:" + PART_OF +
        r"|(?:early|late|mid|end|start)(?:\s{1,3}|" + DASH + r")|mid)|earlier|later)")

F = re.IGNORECASE

# Each entry: (kind, compiled pattern). Handlers below turn a match into parts.
# after a bare month: a second month with a year ("[April] and May 1940", "[June] to August 1944")
MONTH_THEN_YEAR = re.compile(rf"\s{{0,3}}(?:and|or|to|through|until|till|{DASH}|/)\s{{0,3}}(?:(?:early|mid|late){DASH}?\s{{0,2}})?"
                             rf"(?P<mon2>{MONTH_FULL})(?:(?:{S}of)?,?{S}(?P<y>1\d{{3}}|20\d\d)(?!\d)|{S}(?P<yrel>last|this|next){S}year(?!\w))")

_ORD_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
              "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
ORD_DAY = {w: i for i, w in enumerate(_ORD_WORDS, 1)}
ORD_DAY.update({f"twenty{sep}{w}": 20 + i for i, w in enumerate(_ORD_WORDS[:9], 1) for sep in ("-", " ")})
ORD_DAY.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
SHORT_MONTH_THEN_YEAR = re.compile(rf"\s{{0,3}}(?:to|through|{DASH}|/)\s{{0,3}}(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?,?{S}"
                                   rf"(?P<y>1\d{{3}}|20\d\d)(?!\d)")   # used with match after a short month
_MONTH_NO = {m.lower(): i for i, m in enumerate(MONTH_FULL[3:-1].split("|"), 1)}
# after "the past": a count of things that are not time units ("the past [three seasons]");
# "the past three summers" stays a time (TimeBank tags it)
# "most recently on Oct. 15", "most recently four years ago": the date after it is the timex, as
# after "as recently as" (used with match at the end of "most/more recently")
DATE_AFTER_RECENTLY = re.compile(rf",?\s{{1,3}}(?:(?:on|in|at|during)\s{{1,3}})?(?:{MONTH}|{WEEKDAY}|\d|(?:last|this|yesterday|today)\b|"
                                 rf"(?:{NUM})\s{{1,3}}{UNIT}\s{{1,3}}ago\b)")
PAST_COUNT_AFTER = re.compile(rf"\s{{1,3}}(?:\d{{1,4}}|few|several|couple|many|{_alt(TENS)}|{_alt(ONES)})(?!\w)(?!\s{{1,3}}(?:summers|winters|springs|autumns|falls)\b)", re.I)
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"(?<![\w-])(?P<y>1\d{3}|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])"
                       r"(?:T(?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::\d\d)?)?(?![\w-])")),
    # "the 9/11 attacks", "since 9/11": the day of the attacks, named by its date (not "went
    # 9/11 from the field", a score, nor a date in a table: those need the words around it)
    ("nine_eleven", re.compile(r"(?<![\w/.])(?<!\d-)9/11(?![\w/%]|[.,-]\d)")),
    ("numeric", re.compile(r"(?<![\w/.-])(?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
                           r"(?P<c>\d{4}|\d{2})(?![\w/]|[.-]\d)")),
    # Month day [and day] [, year]   ("September 14 and 15", "Sept. 30, 1989", "May 18")
    # ("next Friday, November 2": the weekday's relative word belongs to the one date)
    ("mdy", re.compile(rf"(?:(?:(?:next|last|this|coming|this{S}coming){S})?(?P<wd>{WEEKDAY_ANY}),?{S})?(?P<mon>{MONTH_I}){S}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,]\d)"
                       rf"(?:\s{{0,3}}(?P<conj>and|or|to|through|until|till|{DASH}|&)\s{{0,3}}(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d))?"
                       rf"(?:,?{S}(?P<y>1\d{{3}}|20\d\d)(?!\d)|{S}(?P<yrel>last|this|next){S}year(?!\w))?(?!\w)")),
    # [day and] day [of] Month [year]   ("6 and 7 November", "14–15 September 2017", "the night of 5/6 July")
    ("dmy", re.compile(rf"(?:(?:(?:next|last|this|coming|this{S}coming){S})?(?P<wd>{WEEKDAY_ANY}),?{S}(?:the{S})?)?(?<![\d.,])(?:(?P<d0>[0-3]?\d)(?:st|nd|rd|th)?\s{{0,3}}(?P<conj>and|or|to|&|/|{DASH})\s{{0,3}})?"
                       rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:{S}of)?{S}(?P<mon>{MONTH_I})"
                       rf"(?:,?{S}(?P<y>1\d{{3}}|20\d\d)(?!\d)|{S}(?P<yrel>last|this|next){S}year(?!\w))?")),
    # "14-Mar-2024", "14-MAR-24": the day, the month and the year joined by hyphens (data tables,
    # situation reports); a two-digit year is of this century below 50
    ("dmy_dash", re.compile(rf"(?<![\d.,/-])(?P<d>[0-3]?\d)-(?P<mon>{MONTH_I})-(?P<y>1\d{{3}}|20\d\d|\d\d)(?![\w-]|[.,]\d)")),
    # "the first of September", "the twenty-third of May 2014": a day in words
    ("ordword", re.compile(rf"[Tt]he{S}(?P<ow>(?i:twenty(?:{DASH}|\s)(?:{_alt(_ORD_WORDS[:9])})|thirty(?:{DASH}|\s)first|thirtieth|{_alt(_ORD_WORDS)})){S}of{S}"
                           rf"(?P<mon>{MONTH_FULL})(?!\w)(?:,?{S}(?P<y>1\d{{3}}|20\d\d)(?!\d))?")),
    # Month [of] year   ("March 2011", "March of 2011")
    ("my", re.compile(rf"(?:(?P<mod>{DMOD})\s{{0,3}})?(?P<mon>{MONTH_I})(?:{S}of)?,?{S}(?P<y>1\d{{3}}|20\d\d)(?!\d)")),
    # "Jan–Mar 2024", "Jan to Mar 2024": a short month opening a range whose year comes after
    # the second month (alone, "Jan" and "Mar" are too often names or words)
    ("month_short", re.compile(r"(?P<mon>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?!\w)")),
    # bare month with an optional modifier or relative word
    ("month", re.compile(rf"(?:(?P<mod>{DMOD})\s{{0,3}})?(?:(?P<rel>(?i:last|next|this|past|coming|that|the\s{{1,3}}same|the\s{{1,3}}(?:following|next|previous|preceding))){S})?(?P<mon>{MONTH_FULL})(?!\w)(?:(?:,|{S}of)?{S}(?P<yrel>this|last|next|that|the{S}same|the{S}(?:following|next|previous|preceding)){S}year(?!\w))?")),
    ("decade", re.compile(rf"(?:(?P<the>[Tt]he){S})?(?:(?P<mod>early|mid|late){DASH}?\s{{0,2}})?(?:(?P<dec>1[0-9]\d|20\d)0|['’](?P<dec2>\d)0)['’]?s(?!\w)")),
    # "the 12th and 13th centuries", "the sixteenth or seventeenth century": two centuries
    ("century", re.compile(rf"(?:(?P<pmod>{PART_OF}){S})?(?:the{S})?(?:(?P<mod>early|mid|late){DASH}?\s{{0,2}})?"
                           rf"(?:(?:(?P<c0>\d{{1,2}})(?:st|nd|rd|th)|(?P<cw0>{_alt(_ORD_WORDS)})){S}(?:and|or|to)(?:{S}the)?{S})?"
                           rf"(?:(?P<c>\d{{1,2}})(?:st|nd|rd|th)|(?P<cw>twenty(?:{DASH}|\s)first|{_alt(_ORD_WORDS)})){S}(?:century|centur(?P<pl>ies))(?!\w)(?:{S}(?P<era>B\.\s?C\.(?:\s?E\.)?|BCE|BC|A\.\s?D\.|(?-i:AD|CE)|C\.E\.)(?!\w))?", F)),
    ("fiscal", re.compile(rf"(?<!\w)(?:(?:the{S}full{S})?(?:fiscal|financial){S}year|fiscal|FY)\s{{0,3}}(?P<y>1\d{{3}}|20\d\d|['’]\d\d)(?!\d)"
                          rf"(?:(?:{DASH}|/)(?P<y2>\d\d)(?![\w%]|[.,:/]\d|{DASH}\d))?"
                          rf"|(?:the{S})?(?P<y3>1\d{{3}}|20\d\d){S}(?:fiscal|financial){S}year(?!\w)"
                          rf"|FY{DASH}?(?P<y4>\d\d)(?![\w%]|[.,:/]\d)", F)),     # "FY09", "FY-10": a company's short form     # "the 2002 fiscal year" ("financial year": British)
    ("year", re.compile(rf"(?:(?P<mod>{DMOD})\s{{0,3}})?(?<![\w$£€.,/:])(?P<y>1[0-9]\d\d|2[01]\d\d)(?![\w%]|[.,:]\d)")),
    # "the 2015-16 season", "2017/18", "1812-13": two years, the second abbreviated
    ("year_pair", re.compile(rf"(?<![\w$£€.,/:])(?<!{DASH})(?P<y>1\d{{3}}|20\d\d)(?:{DASH}|/)(?P<y2>\d\d)(?![\w%]|[.,:/]\d|{DASH}\d)")),
    # "415 BC", "431–404 BC", "AD 43", "1066 AD": years of an era (TIMEX2/TimeML write BC0415)
    ("era_year", re.compile(rf"(?<![\w.,])(?:(?:(?P<mod>{PART_OF}|early|late|mid)(?:{S}|{DASH}))?(?:(?P<y0>\d{{1,4}})\s{{0,2}}(?:{DASH}|to|and)\s{{0,2}})?(?P<y>\d{{1,4}})\s{{0,2}}"
                            rf"(?P<era>B\.\s?C\.(?:\s?E\.)?|BCE|BC|A\.\s?D\.|AD|CE|C\.E\.)(?!\w)"
                            rf"|(?P<ad>A\.\s?D\.|AD)\s{{1,3}}(?P<y2>\d{{1,4}})(?:\s{{0,2}}(?:or|and|to|{DASH})\s{{0,2}}(?P<y3>\d{{1,4}}))?(?![\w%]|[.,:]\d))")),
    # "21 June 217 BC", "August 216 BC", "the spring of 218 BC", "19 August AD 14", "10 or 11 June 323 BC": a day, month
    # or season of a year of an era (one timex, which the story then goes on from)
    ("era_date", re.compile(rf"(?:(?:(?P<d0>[0-3]?\d)\s{{0,2}}(?:and|or|to|{DASH})\s{{0,2}})?(?P<d>[0-3]?\d)(?:{S}of)?{S}(?P<mon>{MONTH_I})|(?P<mon2>{MONTH_I})(?:{S}(?P<d2>[0-3]?\d)(?!\d))?"
                            rf"|(?:[Tt]he{S})?(?:(?P<mod>early|mid|late)(?:{S}|{DASH}))?(?P<s>summer|winter|spring|autumn|fall)(?:{S}of)?(?:{S}(?P<ys>\d{{1,4}})\s{{0,2}}(?:{DASH}|/)(?=\s{{0,2}}\d{{1,4}}\s{{0,2}}B))?),?(?:{S}|(?<=[-\u2010-\u2015/])\s{{0,2}})"
                            rf"(?:(?P<y>\d{{1,4}})\s{{0,2}}(?P<era>B\.\s?C\.(?:\s?E\.)?|BCE|BC)|(?P<ad>A\.\s?D\.|AD){S}(?P<y2>\d{{1,4}})(?![\w%]|[.,:]\d))(?!\w)")),
    ("quarter", re.compile(
        rf"(?:(?P<pmod>{PART_OF}){S})?(?:the{S})?(?:(?:(?P<y1>1\d{{3}}|20\d\d)|(?P<yrel>this|last|next){S}year['’]s)(?:['’]s)?{S})?(?:(?P<fy>fiscal){S})?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:{S}|{DASH})(?:fiscal{S})?(?P<qh>quarter|half|two{S}quarters)"
        rf"(?:{S}(?:of|in){S}(?:(?:the{S})?(?P<rel>this|last|next|the|its|their)(?:{S}(?:fiscal|financial|business))?{S}year|(?:fiscal{S}(?:year{S})?)?(?P<y2>1\d{{3}}|20\d\d)(?!\d))"
        rf"|{S}(?P<yrel_after>this|last|next){S}year(?!['’]))?(?!\w)", F)),
    # "the April-June quarter", "the July-September period", "the January-June half": a
    # quarter or half named by its months (AP and Japanese business news); "the December
    # quarter": the quarter named by the month it ends in (Apple's, Australian usage); "the
    # holiday quarter": the retail season's, October to December
    ("month_quarter", re.compile(
        rf"(?:the{S})?(?:(?P<y1>1\d{{3}}|20\d\d){S})?(?:(?P<m1>{MONTH_FULL})\s{{0,3}}(?:{DASH}to{DASH}|{DASH}|/|to|through)\s{{0,3}})?(?P<m2>{MONTH_FULL}|holiday(?={S}quarter))"
        rf"(?:{S}(?P<y2>1\d{{3}}|20\d\d))?{S}(?P<qh>quarter|period|half)(?!\w)")),
    # "epidemiological week 10", "epi week 9", "week 12 of 2024": a week numbered in the year
    # (health bulletins, ISO calendars); a bare "week 9" is a sports or course week, so it needs
    # the qualifier or the year
    ("num_week", re.compile(rf"(?:(?P<q>epidemiological|epidemiologic|epi|iso){S}|(?P<qd>epi|iso)-)?week{S}(?P<n>[1-9]|[1-4]\d|5[0-3])(?![\w%]|[.,:]\d)"
                            rf"(?:(?:,|{S}of|{S}in)?{S}(?P<y>1\d{{3}}|20\d\d)(?!\w))?", F)),
    # "4Q09", "1H2024": the quarter or half first, then its year (analysts' shorthand)
    ("qcode_year", re.compile(r"(?<!\w)(?P<n>[1-4])(?P<qh>[QH])(?P<y>\d\d|1\d{3}|20\d\d)(?!\w)")),
    ("qcode", re.compile(rf"(?<!\w)(?P<qh>[QH])(?P<n>[1-4])(?:{S}(?P<y>1\d{{3}}|20\d\d))?(?!\w)")),
    # "the same quarter last year", "the corresponding period a year earlier": a year before
    ("quarter_rel", re.compile(rf"(?:(?P<pmod>{PART_OF}){S})?(?:the{S})?(?:(?:(?P<rel>latest|current|past|last|previous|preceding|prior{DASH}year|prior|year{DASH}earlier|year{DASH}ago|same|corresponding|comparable|first|second|this|that|next|coming|following)|(?P<y>1\d{{3}}|20\d\d)){S})?(?:fiscal{S})?(?P<qp>quarter|period)(?!\w)(?!{DASH})(?!{S}(?:of{S}an?{S})?(?:century|mile|hour)\b)"
                               rf"(?:{S}(?P<back>a{S}year{S}(?:ago|earlier|before)|(?:of{S})?(?:last|the{S}previous|the{S}prior){S}year)(?!\w)"
                               rf"|{S}(?:of|in){S}(?P<y3>1\d{{3}}|20\d\d)(?![\w%]|[.,:]\d))?", F)),
    ("year_adj", re.compile(rf"(?:(?P<the>the){S})?year{DASH}(?P<dir>earlier|ago)(?:{S}(?P<qp>(?:(?:first|second|third|fourth){S})?quarter|period))?(?!\w)", F)),
    ("year_end", re.compile(rf"(?:(?P<the>the){S})?year(?:{DASH}|{S}|['’]s{S})end(?!\w)", F)),
    ("year_words", re.compile(rf"(?:(?P<the>the{S}year){S})?(?P<c>nineteen|two{S}thousand)(?:{S}|{DASH})?(?:and{S})?(?P<rest>(?:{_alt(TENS)})(?:{DASH}|\s)(?:{_alt(ONES[:9])})|{_alt(TENS)}|{_alt(ONES)}|hundred)?(?!\w)", F)),
    ("decade_words", re.compile(rf"(?:(?P<the>the){S})?(?:(?P<mod>early|mid|late){DASH}?\s{{0,2}})?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?!\w)", F)),
    ("season", re.compile(     # "Earlier that winter" is one expression, as "Later that year" is
        rf"(?:(?:earlier|later){S}(?=that\s|this\s)|(?P<pmod>{PART_OF}){S})?(?:(?P<rel>this{S}past|this{S}coming|the{S}following|the{S}next|the{S}previous|the{S}preceding|the{S}same|that{S}same|this|last|next|past|coming|the|that)(?:{S}|{DASH}))?(?:(?P<mod>early|mid|late)(?:{S}|{DASH}))?(?P<s>summer|winter|spring|autumn|fall)(?!\w)(?:(?:{S}of)?{S}(?P<y>1\d{{3}}|20\d\d)(?!\d)(?:(?:{DASH}|/)(?P<y2>(?:1\d|20)?\d\d)(?![\w%]|[.,:/]\d))?|{S}of{S}(?P<that>that|the{S}same){S}year|{S}of{S}(?P<yrel>this|last|next|the{S}(?:following|next|previous|preceding)){S}year)?", F)),
    # "this season", "last season", "the previous season": a sports (or television) season, named
    # by the year it is counted from, as sports news annotators write it ("Last season" 1998)
    ("sport_season", re.compile(rf"(?P<rel>this|last|next|the{S}(?:previous|current|coming|following)){S}season(?![\w-])", F)),
    # "the previous session", "the prior trading session": the trading day before (or after) the one
    # a market report tells ("the previous session" of a parliament is no day: see _parts)
    ("session", re.compile(rf"the{S}(?P<rel>previous|prior|preceding|next|following)(?:{S}(?P<tr>trading))?{S}session(?![\w-])(?!{S}of\b)", F)),
    # "the first week of March", "the last days of August", "the second half of the month",
    # "the last weekend of October 2017", "the first day of 2016": a part of a named period
    ("period_of", re.compile(
        rf"(?:the{S})?(?P<ord>first|second|third|fourth|last|final|closing|opening|1st|2nd|3rd|4th)(?:{S}(?P<few>few|two|three|four))?{S}"
        rf"(?P<u>weeks?|days|day|weekends?|fortnight|half|months?)(?:{S}or{S}so)?{S}of{S}"
        rf"(?:(?P<mon>{MONTH_I})(?:,?{S}(?P<y>1\d{{3}}|20\d\d)(?!\d))?(?!\w)|(?P<y2>1\d{{3}}|20\d\d)(?![\w%]|[.,:]\d)"
        rf"|(?P<orel>the{S}following|the{S}previous|the{S}next|the{S}same|the|this|last|next|that){S}(?P<ou>month|year)(?!\w)"
        rf"|the{S}(?P<c>\d{{1,2}})(?:st|nd|rd|th){S}century(?!\w)|the{S}(?P<dec>1\d\d|20\d)0s(?!\w))", F)),
    # "by mid-month", "midweek", "mid-year": the middle of the month/week/year (as 'the middle of the month')
    # ("mid-century", as "the middle of the century": not the style of "mid-century modern" design)
    ("mid_unit", re.compile(rf"[Mm]id(?:{DASH}|\s)?(?P<u>month|week|year|decade|century)(?!\w|{DASH})"
                            rf"(?!{S}(?:modern|design|furniture|architecture|style)\b)")),
    ("part_of", re.compile(rf"(?:the{S})?(?P<pos>end|beginning|start|middle|close|turn|rest){S}of{S}(?P<rel>the|this|last|next|that){S}(?P<u>year|month|week|decade|century|day)(?!\w)", F)),
    # "the first Monday in October", "the last Thursday of November 2012": a weekday counted
    # within a month (court terms, holidays, elections)
    ("nth_weekday", re.compile(rf"(?:[Tt]he{S})?(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th){S}(?P<wd>{WEEKDAY}){S}"
                               rf"(?:in|of){S}(?P<mon>{MONTH_FULL})(?:,?{S}(?P<y>1\d{{3}}|20\d\d)(?!\d))?(?!\w)")),
    ("weekday", re.compile(
        rf"(?:(?P<mod>(?i:early|late)){S})?(?:(?P<rel>(?i:last|next|this{S}coming|this{S}past|this|coming|past|previous|on|the{S}(?:previous|following|next|preceding))){S})?(?P<wd>{WEEKDAY})(?P<pl>s)?(?!\w)(?:{S}(?P<pod>morning|afternoon|evening|night)(?P<pl2>s)?)?")),
    ("deictic", re.compile(
        rf"(?:(?P<mod>early|late){S})?(?P<w>the{S}day{S}before{S}yesterday|the{S}day{S}after{S}tomorrow|yesterday|today|tomorrow|tonight)(?!\w)(?:{S}(?P<pod>morning|afternoon|evening|night))?", F)),
    ("refword", re.compile(
        r"(?<!\w)(?P<w>right\s{1,3}now|just\s{1,3}now|more\s{1,3}recently|most\s{1,3}recently|until\s{1,3}recently|"
        r"the\s{1,3}(?:near|foreseeable|distant|immediate)\s{1,3}future|the\s{1,3}(?:near|short|medium|long)\s{1,3}term|now|currently|recently|lately|nowadays|presently|soon|formerly|previously|"
        r"the\s{1,3}past|the\s{1,3}future|the\s{1,3}present|these\s{1,3}days|current|recent|"
        r"future|once|so\s{1,3}far|to\s{1,3}date|this\s{1,3}stage|the\s{1,3}time\s{1,3}being|"
        r"in\s{1,3}the\s{1,3}meantime|meanwhile|hitherto|earlier|later)(?!\w)", F)),
    # ("The day before, Paris had been evacuated", "the year before.": the day, year ... before or
    # after the one told, when the clause ends there or an infinitive or "that" follows ("rejected
    # a request the day before to delay the trial", "had argued the day before that he planned
    # it"; "the day before that" is the same day); not "the day before the attack", counted
    # from an event)
    ("relunit", re.compile(
        rf"(?:(?P<mod>{DMOD})\s{{0,3}})?(?P<rel>this{S}past|this{S}coming|that{S}same|last|next|this|coming|past|previous|following|current|same|that|in{S}the|the{S}(?:last|next|past|coming|previous|following|current|same|latest|preceding|prior|ensuing|full)|(?<!\w)the(?={S}(?:day|week|month|year|night|evening|morning){S}(?:before|after|earlier|afterwards)\b|{S}week\s{{0,2}}[.,;:)]))"
        rf"{S}(?:(?:fiscal|financial|business(?={S}year\b)){S})?(?P<u>week|month|year|weekend|decade|century|day|morning|afternoon|evening|night|fortnight)(?!\w)"
        rf"(?:{S}(?P<dir>before|after|earlier|afterwards)(?=\s{{0,2}}(?:[.,;:)!?\"”]|$|and\b|but\b|that\b|to{S}(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]+\b)))?", F)),
    # "the same month last year", "the same week of 2009": one timex, that unit a year before
    # or in the year named (TimeBank: "the corresponding period last year"; "the same quarter
    # last year" is quarter_rel; "a year earlier" after it is a timex of its own, as TimeBank tags it)
    ("same_back", re.compile(
        rf"(?P<rel>(?:the|that){S}same){S}(?P<u>month|week|day)(?:{S}(?P<back>last{S}year|of{S}(?:last|the{S}previous|the{S}prior){S}year)(?!\w)|{S}(?:of|in){S}(?P<by>1\d{{3}}|20\d\d)(?![\w%]|[.,:]\d))", F)),
    ("weekend", re.compile(rf"(?P<the>the){S}weekend(?!\w)", F)),
    # "for the year", "the fiscal year ended Sept. 30" (longer patterns win: "the year-ago"); "to" ends
    # a period only before its end ("the year to June", "to date"), not before a verb ("during the year to help")
    ("the_year", re.compile(rf"the{S}(?:(?P<fy>fiscal|financial|business){S})?year(?!\w|{DASH})(?:{S}(?P<ended>ended|ending|ends|that{S}ended|to(?={S}(?:{MONTH}|date\b|end\b|\d))|through(?={S}{MONTH})))?(?!\w)", F)),
    ("duration", re.compile(
        rf"(?:(?P<qmod>{QMOD}){S})?(?:(?P<the>the{S}(?:(?P<pre>past|last|next|first|coming|previous|following|final|remaining|latest|ensuing|preceding|initial|same|other|whole|entire|full){S})?))?"
        rf"(?P<num>{NUM})(?P<half>{S}and{S}a{S}half|{DASH}and{DASH}a{DASH}half)?(?:{S}(?P<more>more|additional|further|extra|straight|consecutive|successive|single|full|whole|trading|business|working))?(?:{S}|{DASH})(?P<u>{UNIT})(?P<half2>{S}and{S}a{S}half)?(?:(?P<old>{DASH}old|{DASH}long|{S}old|{DASH}plus))?(?!\w)"
        rf"(?:(?:{S}or{S}so)?{S}(?P<dir>ago(?:{S}today)?|(?:earlier|later)(?!{S}(?:this|that|last|next|in{S}the){S}(?:day|week|month|year|decade|century)\b)"   # ("for three months earlier this year": two)
        rf"|before|after|afterwards|previously|hence|on|from{S}(?:now|today)|prior)(?!\w))?", F)),
    # "Days later, ...", "hours earlier", "Hours after the quake", ", weeks after the withdrawal,":
    # an unspecified length counted from the story (PXD), as "two weeks after" is P2W
    ("bare_later", re.compile(rf"(?P<u>minutes|hours|days|weeks|months|years|decades)(?={S}(?:later|earlier|afterwards|after|before)(?!\w))", F)),
    ("unit_adj", re.compile(rf"(?<![\w-])(?P<u>hour|day|week|month|year|decade)(?P<pl>s)?(?:{DASH})?(?P<old>old|long)(?!\w)", F)),
    ("vague_dur", re.compile(
        rf"(?:(?P<pre>(?:the{S}(?:past|last|next|coming|following|previous)(?:{S}(?:few|several|many|couple{S}of))?|(?:in{S})?recent|(?:in{S})?coming|the{S}coming|the{S}first|(?:a|the){S}few|several|many|some|for|within|in|over|after|or(?:{S}(?:even|perhaps|possibly|maybe))?|and{S}(?:even|perhaps|possibly|maybe)"
        rf"|(?P<verb>needs?|needed|takes?|took|taken|taking|spen[dt]|spends|spending|lasts|lasted|lasting|last|waited|waiting)"
        rf"|the(?={S}(?:days|weeks|months|years){S}ahead(?!\w|{S}of\b))){S}))"       # "the weeks ahead" (TimeBank PXW)
        rf"(?P<u>days|weeks|months|years|decades|hours|minutes|centuries|quarters)(?!\w)(?:{S}(?P<ahead>ahead)(?!\w|{S}of\b))?", F)),
    ("set", re.compile(
        rf"(?<!\w)(?:(?P<every>every|each){S}(?:(?P<other>other){S})?(?:(?P<n>{NUM}){S})?(?P<u>hour|minute|second|day|week|month|year|quarter|morning|night|evening|weekend|summer|winter|spring|autumn|{WEEKDAY}|{MONTH_FULL})s?"
        rf"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|bi-?weekly|fortnightly|quarterly)"
        rf"|(?P<freq>once|twice|thrice|(?:{NUM}){S}times){S}(?:a|per|each|every){S}(?P<u2>day|week|month|year)"
        rf"|(?P<per>a|per){S}(?P<u3>day|week|month|year))(?!\w)", F)),
    ("clock", re.compile(
        rf"(?:(?P<qmod>around|about|approximately|roughly|shortly{S}(?:before|after)|just{S}(?:before|after)){S})?(?<![\w:.])(?P<H>[01]?\d|2[0-3])(?P<sep>[:.])(?P<M>[0-5]\d)(?::[0-5]\d)?(?!\d)(?:\s{{0,2}}(?P<ap>[ap]\.\s?m\.|[ap]m(?!\w)|[ap]\.m(?!\w)|hrs?(?!\w)|hours(?!\w)|h(?!\w)))?"
        rf"(?:\s{{0,2}}(?P<tz>{TZ}))?", F)),
    ("clock_ap", re.compile(rf"(?:(?P<qmod>around|about|approximately|roughly|shortly{S}(?:before|after)|just{S}(?:before|after)){S})?(?<![\w:.])(?P<H>1[0-2]|0?[1-9])\s{{0,2}}(?P<ap>[ap]\.\s?m\.|[ap]m(?!\w)|[ap]\.m(?!\w)|o['’]clock)(?:\s{{0,2}}(?P<tz>{TZ}))?", F)),
    # a clock time in words: "seven in the evening", "about four o'clock in the morning", "half past
    # ten", "a quarter to six", "5 in the afternoon" (_parts turns it into a clock_ap)
    ("clock_spelt", re.compile(
        rf"(?:(?P<qmod>around|about|approximately|roughly|shortly{S}(?:before|after)|just{S}(?:before|after)){S})?(?<![\w:.,$£€-])"
        rf"(?:(?P<mw>(?P<mwq>half|(?:a{S})?quarter)|five|ten|twenty|twenty{DASH}five){S}(?P<rel>past|after|to){S})?"
        rf"(?P<hw>{_alt(ONES[:12])}|1[0-2]|0?[1-9])(?![\w:.,]\d|{DASH})(?:{S}(?P<oc>o['’]clock))?"
        rf"(?:{S}in{S}the{S}(?P<pod>morning|afternoon|evening|night)|{S}at{S}(?P<night>night)"
        rf"|(?P<then>(?={S}(?:tonight|(?:this|that|tomorrow|yesterday){S}(?:morning|afternoon|evening|night)|last{S}night)(?!\w))))?(?!\w)", F)),
    ("clock_mil", re.compile(rf"(?<![\w,.:])(?P<H>[01]\d|2[0-3])(?P<M>[0-5]\d)\s{{0,2}}(?P<tz>hrs?(?!\w)|hours(?!\w)|h(?!\w)|{TZ})")),
    ("clock_word", re.compile(rf"(?<!\w)(?P<w>noon|midday|midnight)(?!\w)(?:\s{{0,2}}(?P<tz>{TZ}))?", F)),   # ("noon ET")
    ("pod", re.compile(rf"(?<!\w)(?P<the>the{S})?(?:(?P<mod>early|late|mid)(?:{S}|{DASH}))?(?P<pod>morning|afternoon|evening|night|overnight|hours|dawn|dusk|daybreak|nightfall|sunrise|sunset)(?!\w)", F)),
    ("holiday", re.compile(
        rf"(?P<h>(?:Orthodox{S})?Christmas(?:{S}(?:Day|Eve))?|New{S}Year['’]s(?:{S}(?:Day|Eve))?|Boxing{S}Day|"
        rf"Valentine['’]s{S}Day|International{S}Women['’]s{S}Day|May{S}Day|Bastille{S}Day|Halloween|"
        rf"(?:Armistice|Remembrance|Veterans['’]?|Labou?r|Memorial|Election|Thanksgiving){S}Day|Thanksgiving|Black{S}Friday|Cyber{S}Monday|Presidents['’]?{S}Day|Singles['’]?{S}Day|"
        rf"Martin{S}Luther{S}King(?:{S}Jr\.?)?{S}Day|(?:Orthodox{S})?Easter(?:{S}(?:Sunday|Monday|Day))?|Good{S}Friday|Ash{S}Wednesday|(?:[Tt]he{S})?Ides{S}of{S}March|D-Day|V-?E{S}Day)"
        rf"(?!\w)(?:,?{S}(?P<y>1\d{{3}}|20\d\d)(?!\d))?")),
    # "on the 12th of this month", "the 2nd of last month", "the 5th of the current month":
    # translated agency style (Arabic, Russian, Chinese, French news agencies)
    # "on the first day", "on the second day of the offensive", "on day three": a day counted
    # from the start of what the text tells (see the resolver)
    ("nth_day", re.compile(rf"(?:(?P<the>the|its|their){S}(?P<ow>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                           rf"{S}day|day{S}(?P<nw>one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d{{0,2}}))(?![\w-])", F)),
    ("ordinal_of", re.compile(
        rf"(?<!\w)[Tt]he{S}(?P<d>[0-3]?\d)(?:st|nd|rd|th){S}of{S}(?P<rel>this|last|next|the{S}(?:current|present|same|previous|preceding|following|next|last))"
        rf"{S}month(?!\w)")),
    ("ordinal_day", re.compile(
        rf"(?<!\w)(?:[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Bb]etween|of|(?P<link>to|and|or|through)){S}(?P<span>the{S}(?P<d>[0-3]?\d)(?:st|nd|rd|th))(?!\w)")),
]

# what may follow "On the 17th" when it is a day: "On the 17th another drone struck", "said on
# the 17th that", "on the 3rd two soldiers died" (else a noun: "the 24th Infantry Division")
ORDINAL_DAY_NEXT = re.compile(
    r"\s{0,3}(?:and|or|at|when|to|but|the|an?|his|her|its|their|our|he|she|it|they|we|there|"
    r"another|that|this|these|those|some|several|many|all|both|each|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands|"
    r"in|after|before|while|as|amid|following|with|near|against|during|then|also)\b", re.I)
# a verb in the past after "on the 19th": "Guterres on the 19th warned", "troops on the 2nd
# pushed", "drones on the 9th hit" (not the adjectives of unit names: "the 3rd Armoured Division")
ORDINAL_DAY_VERB = re.compile(
    r"\s{1,3}(?:(?!(?:armou?r|mechani[sz]|motori[sz]|combin|unit|mount|arm|reserv|mix)ed\b)[a-z]{2,}ed|hit|struck|said|"
    r"took|began|fought|fell|shot|saw|made|met|sent|held|left|led|won|lost|told|spoke|came|went|broke|"
    r"brought|blew|drove|flew|gave|kept|put|ran|set|stood|threw|wrote|withdrew|overran|became)\b")
# a name then a verb in the past after "on the 4th": the name is the clause's subject, "on the
# 4th Lee began to retreat", "on the 23rd Franco called off the attack" (not a unit's name:
# "the 24th Infantry Division")
ORDINAL_DAY_NAME_VERB = re.compile(
    r"\s{1,3}(?!(?:Division|Army|Corps|Brigade|Regiment|Battalion|Company|Infantry|Armou?red|Panzer|Fleet|Squadron|"
    r"Wing|Group|Airborne|Cavalry|Guards?|Marines?|Mountain|Light|Shock|Rifles?|Street|Avenue|Amendment|Congress|"
    r"Parliament|Party|Century|Dynasty|District|Precinct|Ward|Round|Annual)\b)[A-Z][a-z]{1,20}"
    + ORDINAL_DAY_VERB.pattern)
# "By evening", "towards evening" (used with endpos at a bare part of the day); not "until
# morning", which is often the next day's
POD_LIMIT_BEFORE = re.compile(r"\b(?:[Bb]y|[Tt]owards?)\s{1,3}$")
# "in afternoon trading", "in morning trade in Sydney" (used with match at a bare part of the day)
POD_TRADING_AFTER = re.compile(r"\s{1,3}(?:trading|trade|session|dealings)\b")
# "could last weeks", "is expected to last months" (used with endpos at "last")
LAST_VERB_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|should|must|to|'ll|’ll)\s{1,3}$", re.I)
# "will soon hit", "to soon set": a base form, not the past (used with endpos at "soon")
SOON_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|should|can|may|might|must|shall|to|'ll|’ll)\s{1,3}$", re.I)
# a day just named as an ordinal, which "to/and/or/through the 16th" goes on from
ORDINAL_DAY_LINKED = re.compile(r"(?<!\w)the\s{1,3}[0-3]?\d(?:st|nd|rd|th)\s{1,3}\Z")

_NAMED_WAR = re.compile(r"['’]?\s{1,3}(?:War|Campaign|Offensive|Siege|Battle|Uprising)\b")
_FIRST_CHAR_UPPER = re.compile(r"[A-Z]")
_YEAR_OK_BEFORE = frozenset("""in since by until till from during before after between early late mid
fiscal summer winter spring autumn fall and of the for through throughout amid following around about circa year
that this these those its his her their our a an at on to
""".split()) | set(MONTHS) | set(WEEKDAYS)
COUNT_NOUNS = frozenset("""people police personnel children men women staff civilians troops
soldiers fighters rebels militants refugees families homes houses tonnes tons metres meters
kilometres kilometers miles feet dollars euros pounds rounds shells rockets casualties dead
others more residents workers students members votes seats km kg mm""".split())
NOT_PLURAL = frozenset("was is has its this as us his thus always perhaps whereas".split())
NOT_PLURAL_ENDS = ("ss", "is", "us")   # "the 2008 crisis", "the 2011 census", "its 1998 congress": no counts
# "below 2008 levels", "its 2007 results", "near 1980 highs": a year's figures (a count of them
# would be written "2,008")
YEAR_FIGURE_NOUNS = frozenset("levels figures results highs lows earnings profits revenues elections prices "
                              "primaries caucuses midterms".split())
# (a limit may stand between: "until at least 2015", "by 2020 at the latest" needs none)
YEAR_PREPS = re.compile(r"(?:\b(?:in|since|until|till|during|by|from|between|before|after|through|throughout|amid|"
                        r"early|late|mid|fiscal|year|summer|winter|spring|autumn|fall|end|start|"
                        r"beginning|circa|c\.)(?:\s{1,3}at\s{1,3}(?:least|most|the\s{1,3}(?:earliest|latest)))?|[(])\s{0,3}$", F)
# "between 2010 and 2012 prices", "2010-2012 levels": the second of two coordinated years takes
# the first one's standing, whatever noun follows (the plural-noun check is for counts)
YEAR_COORD = re.compile(rf"(?<!\d)(?:1\d{{3}}|20\d\d)\s{{0,3}}(?:and|or|to|through|until|{DASH})\s{{0,3}}$")
# (compile_skipping: the same matches, the engine skipping in C to the letters they start with)
SPORT_WORDS = compile_skipping(r"\b(?:scored|scores|scoring|goals?|half-?time|penalty|penalties|touchdowns?|striker|"
                         r"goalkeeper|equali[sz]er|header|rebounds|quarterback|innings|kick-?off)\b", re.I)
# a game played in quarters (with SPORT_WORDS: "scored a big win in the fourth quarter" is a company's)
GAME_WORDS = re.compile(r"\b(?:points|\d-pointer|touchdowns?|rebounds|free\s{1,3}throws?|field\s{1,3}goals?|overtime|"
                        r"buzzer|layups?|dunks?|assists|quarterback|yards?)\b", re.I)
# "warned that September would be weaker" (used with endpos at "that"): 'that' opens a clause
# after a verb of saying or thinking, it does not point back to a month
THAT_CLAUSE_BEFORE = re.compile(r"\b(?:said|says|say|cautioned|warned|warns|expects?|expected|believes?|believed|"
                                r"thinks?|thought|hopes?|hoped|predicted|predicts|forecast|announced|noted|added|"
                                r"reported|claimed|argued|insisted|suggested|shows?|showed|indicated|means|meant|"
                                r"fears?|feared|agreed|decided|ruled|estimated|estimates|confirmed|revealed)\s{1,3}$")
# "today's world", "today's young people", "many of today's personal computers" (used with
# match at the end of "today"): the present age, not the publication day
GENERIC_TODAY_AFTER = re.compile(r"['’]s\s{1,3}(?:[a-z-]+\s{1,3}){0,2}?(?:world|society|youth|young|generations?|children|"
                                 r"kids|teenagers|parents|families|standards|terms|dollars|money|culture|technology|"
                                 r"computers|politics|media|economy|workplace|workforce|consumers?)\b")
# an event, a treaty or a place named after a holiday (used with match at the holiday's end)
HOLIDAY_NAMES_EVENT = re.compile(r"\s{1,3}(?:[Oo]ffensive|Rising|Uprising|Revolution|Bombings?|Massacre|Agreement|[Tt]ruce|"
                                 r"Accords?|Islands?|(?:peace\s{1,3})?(?:agreement|accords?|treaty|pact))\b")
# newspapers named by their day (used with match at the weekday's end / search before it)
PAPER_AFTER_DAY = re.compile(r"\s{1,3}(?:Times|Telegraph|Express|Mirror|Herald|Independent|Tribune|Observer|"
                             r"Star|Sport|People|Nation|Standard|Post|Mail|World)\b")
PAPER_BEFORE_DAY = re.compile(r"\b(?:Mail|Independent|Observer)\s{1,3}on\s{1,3}$")
SHOW_TODAY_BEFORE = re.compile(r"(?:\bUSA|\bVOA|\bNBC|['’]s)\s{1,3}$")    # used with endpos at "Today"
# a capitalised word just before a number: a headline in title case ("Talks Last 10 Hours")
TITLE_WORD_BEFORE = re.compile(r"(?:^|\n|\b[A-Z][\w'’-]*)\s{1,3}(?:[Oo]f\s{1,3}|[Ff]or\s{1,3}|[Ii]n\s{1,3})?$")
# a weekday or month that is someone's first name: a role just before it, a capitalised surname just after it
ROLE_BEFORE_DAY = re.compile(r"\b(?:chairman|chairwoman|chairperson|spokesman|spokeswoman|spokesperson|commissioner|governor|"
                             r"mayor|councillor|leader|chief|official|secretary|director|commander|pastor|senator|lawmaker|ambassador|envoy|"
                             r"resident|farmer|witness|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Rev\.?|Chief|Pastor|Sen\.?|Hon\.?|Ambassador)\s+$")
NAME_AFTER_DAY = re.compile(r"\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z]+\b")
# a holiday restated as a date right after it: "Christmas Eve, 24 December", "Christmas Day, December 25, 1914"
# (used with match at the holiday's end) ...
# a text on the Normandy landings, where "D-Day" is 6 June 1944 (used with search on the whole text)
NORMANDY_TOLD = re.compile(r"\b(?:Normandy|Overlord|1944)\b")
HOLIDAY_DATE_AFTER = re.compile(rf",{S}(?:(?:{WEEKDAY_ANY}),?{S})?(?:[0-3]?\d(?:st|nd|rd|th)?{S}(?:of{S})?{MONTH_I}|{MONTH_I}{S}[0-3]?\d(?!\d))")
# ... and the holiday before such a date (used with search on the 24 characters before it)
HOLIDAY_BEFORE_DATE = re.compile(rf"(?<!\w)(?:Christmas{S}(?:Day|Eve)|New{S}Year['’]s{S}(?:Day|Eve)|Boxing{S}Day|Easter{S}(?:Sunday|Day)|"
                                 rf"Good{S}Friday|(?:Armistice|Remembrance|Bastille|May){S}Day),{S}$")
# a day's own name before its weekday in a date: "Easter Monday, 24 April 1916" (used with search on the text before the weekday)
DAY_NAME_BEFORE_WEEKDAY = re.compile(r"(?<!\w)(?:Easter|Whit|Palm|Good|Ash|Holy|Maundy|Bloody|Black)\s$")
NAMED_DAY_BEFORE = re.compile(r"\b(?:Black|Bloody|Super|Cyber|Ash|Holy|Maundy|Palm|Shrove)\s$")   # used with endpos
# after a length, a second one in a smaller unit (used with match at its end, within the 30
# characters recognise lets _parts read); not a shift ("four years, and two months later"); a race
# time may leave "and" out ("1 minute 34 seconds behind", "2 hours 5 minutes")
DUR_PAIR_AFTER = re.compile(rf"(?:{S}and|,|(?={S}\d{{1,2}}{S}(?:minutes?|seconds?)\b)){S}(?P<num2>{NUM}){S}(?P<u2>months?|weeks?|days?|hours?|minutes?|seconds?)(?!\w)"
                            rf"(?!{S}(?:later|earlier|ago|afterwards|old|long)\b)", F)     # ("... and nine months after the invasion": a length)
# "[two years] and three months later": a shift in two units (used with match at the first unit's end)
SHIFT_PAIR_AFTER = re.compile(rf"{S}and{S}(?P<num2>{NUM}){S}(?P<u2>months?|days?)(?!\w){S}(?P<dir>later|earlier|ago)(?!\w)", F)
# the pairs such a shift counts in the smaller unit: how many of it the larger holds
SHIFT_PAIR_UNITS = {("year", "month"): 12, ("week", "day"): 7}
# the units that combine into one length, larger first ("two years and four months")
DUR_PAIRS = frozenset([("year", "month"), ("year", "week"), ("year", "day"), ("month", "week"), ("month", "day"),
                       ("week", "day"), ("day", "hour"), ("hour", "minute"), ("minute", "second")])
ASTEROID_CODE_AFTER = re.compile(r"\s[A-Z]{2}\d{1,3}(?!\w)")    # used with match at a year's end
# a year closing its clause is no count after "with" ("a 25% increase compared with 2021."; a
# count has its noun after it, and four-digit counts are written "2,021"; not after "about" or
# "than": "The toll rose to about 1500.")
CLAUSE_ENDS_AFTER_YEAR = re.compile(r"\s{0,2}(?:[.;:)]|,\s)")
NUMBER_CONTEXT = re.compile(r"(?:\$|£|€|\b(?:about|some|nearly|around|approximately|least|than|"
                            r"over|almost|roughly|killed|with)\s{1,3})$", F)
# ... yet an approximate year: "was built around 1200", "born about 1412", "Around 1500, the
# city ..." (used with search on the text before the year; the year must not be followed by a
# noun, see _parts)
APPROX_YEAR_BEFORE = re.compile(r"(?:\b(?:built|founded|established|born|died|written|completed|begun|began|"
                                r"constructed|composed|settled|abandoned|destroyed|rebuilt|dating|dated|dates)"
                                r"\s{1,3}(?:in\s{1,3}|from\s{1,3})?(?:around|about|circa|c\.)|(?:^|[.!?]\s{1,3}|\n)(?:Around|About|Circa|C\.)"
                                # "until about 1920", "from 1910 to about 1920": a time preposition before it
                                r"|\b(?:[Uu]ntil|[Tt]ill|[Ss]ince|[Bb]efore|[Aa]fter|[Ff]rom|[Ff]rom\s{1,3}1\d{3}\s{1,3}to)\s{1,3}(?:around|about|circa|c\.))\s{1,3}$")
# "expects to break even around 2015", "circa 1990.": a year of the last hundred-odd years after
# "around"/"circa" at a clause's end (news writes counts of that size with a comma: "around 2,000")
AROUND_YEAR_BEFORE = re.compile(r"\b(?:around|circa)\s{1,3}$", re.I)
APPROX_YEAR_AFTER = re.compile(r"\s{0,2}(?:[.,;:)]|$)|\s{1,3}(?:the|and|when|by|as|under|in)\b")


# a number joined to its unit by a dash ("eight-year"; used with pos/endpos on a duration's number)
# a quarter (or half) of a percentage point, after the fraction word (used with match)
_POINT_AFTER = re.compile(r"(?:-|\s{1,3})(?:percentage(?:-|\s{1,3}))?points?\b", re.I)
NUM_JOINED = re.compile(rf"{NUM}{DASH}", F)


# no pattern may start inside a word ("end this month" inside "weekend this month"); that
# lookbehind first would make the engine try a match at every character (see regex_start)
PATTERNS = [(k, compile_skipping(r"(?<!\w)" + p.pattern, p.flags)) for k, p in PATTERNS]
PATTERNS_BY_KIND = dict(PATTERNS)


def _cap(s: str) -> bool:
    return bool(_FIRST_CHAR_UPPER.match(s))


# words that can follow an adverb of frequency without making it an adjective
# nouns that only say how often something happens, so the adjective before them is the time
# itself, as news annotators tag it: "on a daily basis", "in his weekly radio address"
RECURRING_NOUN_AFTER = re.compile(r"\s{1,3}(?:basis|(?:radio\s{1,3}|television\s{1,3})?address)\b")
THE_YEAR_BEFORE = re.compile(r"\b[Tt]he\s{1,3}year\s{1,3}$")   # used with search on the text before a year
_NOT_A_NOUN = frozenset("and or but to in on at for from since until till by with through during between across into "
                        "as than so if when while because after before over under the a an "
                        "this that these those its their his her".split())


def _following_word(text: str, pos: int) -> str:
    m = re.match(r"\s{1,3}([A-Za-z]{1,20})", text[pos:pos + 30])
    return m.group(1) if m else ""


# a clock time (used with pos/endpos before "19 minutes later")
CLOCK_BEFORE = re.compile(r"(?<![\w:.])(?:[01]?\d|2[0-3])(?::[0-5]\d(?!\d)|\s{0,2}[ap]\.?\s?m\b)|(?<!\w)[0-2]\d[0-5]\d\s{0,2}(?:GMT|UTC|hrs?\b)|\b(?:noon|midnight)\b", re.I)


# a range of weekdays ("between Friday and Sunday", "from Friday to Monday", "Friday-Sunday"):
# the first comes before the second (the weekday after, used with match at the first's end; the
# one before, with search up to the second's start)
NTH_DAY_NOT_BEFORE = re.compile(r"\b(?:for|every|each|per|than|a|an)\s{1,3}$", re.I)
NTH_DAY_NOT_AFTER = re.compile(rf"\s{{1,3}}(?:in{S}a{S}row|running|straight|of{S}(?:(?:the|this|that|each|every|a|next|last){S})?"
                               rf"(?:{MONTH_FULL}|month|year|week|new{S}year|season|term|quarter|school|classes|lessons|semester|spring|summer|autumn|fall|winter)\b)", re.I)
OVERNIGHT_NOT_BEFORE = re.compile(rf"(?:\b(?:an?|the|this|that|almost|virtually|nearly|practically|literally|"
                                  rf"seemingly|just|not|happen|happens|change|changes|day|night|tonight|yesterday|today)|"
                                  rf"{WEEKDAY}|n['’]t(?:\s{{1,3}}\w+)?|\d)[,.]?\s{{1,3}}$"
                                  rf"|\b(?:became|become|becomes|becoming)\b[^.;!?]{{0,25}}$", re.I)   # used with pos/endpos
OVERNIGHT_NOT_AFTER = re.compile(rf"\s{{0,3}},?\s{{0,3}}(?:(?:on|from|into|to|between|of|until|till|through)\s{{1,3}})?(?:the\s{{1,3}})?"
                                 rf"(?:{WEEKDAY}|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{{0,6}}\.?\s{{1,3}}\d|"
                                 rf"(?i:success|sensation|star|stays?|rates?|bags?|guests?|shifts?|trains?|flights?|buses|bus|ferry|"
                                 rf"camps?|trips?|oats|delivery|shipping|lending|repo|visits?|parking|hike|sleeper)\b)")
RANGE_WD_AFTER = re.compile(rf"\s{{0,3}}(?P<conj>and|to|until|till|through|{DASH})\s{{0,3}}(?:on\s{{1,3}})?(?P<wd>{WEEKDAY})(?!\w)")
RANGE_WD_BEFORE = re.compile(rf"\b(?:(?P<btw>[Bb]etween)\s{{1,3}})?(?:on\s{{1,3}})?(?P<wd>{WEEKDAY})\s{{0,3}}(?P<conj>and|to|until|till|through|{DASH})\s{{0,3}}(?:on\s{{1,3}})?$")
_SHARED_PLURAL = re.compile(rf"{S}(?:and|or){S}{WEEKDAY}(?:s|{S}(?P<pod>morning|afternoon|evening|night)s)(?!\w)")


# "became a day of remembrance", "declared a day of mourning" (used with endpos)
KIND_OF_DAY_BEFORE = re.compile(r"\b(?:became|become|becomes|declared|proclaimed|named|as|is|was)\s{1,3}$", re.I)
# "for another year", "lasted another month": one more such length (used with endpos)
ANOTHER_LENGTH_BEFORE = re.compile(r"\b(?:for|within|in|over|last(?:s|ed)?|stay(?:s|ed)?|remain(?:s|ed)?|wait(?:s|ed)?|"
                                   r"take|takes|took|spen[dt]|spends|survived?|lived?|held|hold|continued?)\s{1,3}$", re.I)
# "the night of 10–11 September", "the night of 4 to 5 June": a night named by the two days it spans
# (used with finditer before "the next morning")
NIGHT_RANGE_BEFORE = re.compile(rf"\bnight{S}of{S}(?:the{S})?[0-3]?\d(?:st|nd|rd|th)?\s{{0,3}}(?:{DASH}|/|to|and)\s{{0,3}}(?:the{S})?(?P<d2>[0-3]?\d)(?!\d)", re.I)
# the words of a match report, around "the first half" of a game (not of a year)
MATCH_WORDS = re.compile(r"\b(?:scored|equali[sz]ed?|equali[sz]er|half-?time|kick-?off|penalty|penalties|"
                         r"striker|midfielder|goalkeeper|defender|referee|touchdowns?|quarterback|innings|inning|"
                         r"the\s{1,3}match|the\s{1,3}final\s{1,3}whistle|the\s{1,3}visitors|the\s{1,3}hosts)\b", re.I)
# "the morning of 4 June", "the night of Friday, Oct. 23": TimeBank tags the day alone (the
# part of day stays its first alternative, see timex_resolve); the part of day before it is
# no timex of its own
# "fell on a Saturday", "It was a Tuesday": some such weekday, not a date (A_DAY_BEFORE used with
# endpos; A_DAY_AFTER with pos: the weekday is the noun, not a modifier of one)
A_DAY_BEFORE = re.compile(r"\b(?:on|was|is|were|be)\s{1,3}an?\s{1,3}$", re.I)
# "29 May, a Tuesday", "on March 3, which was a Friday": the weekday of the day just named
# (used with endpos at the weekday)
DAY_APPOSITION_BEFORE = re.compile(rf"(?:\d|{MONTH_FULL}),{S}(?:which{S}was{S})?an?{S}$")
A_DAY_AFTER = re.compile(r"\s{0,3}(?:[,.;:!?)]|$)|\s{1,3}(?:in|that|of|when|and|or|but|as|after|before|so)\b")
# (also "the week ending 10 March", "the week to 10 March" of weekly reports: the week that day
# closes; "the week commencing 4 March", "w/c 4 March": the week it opens)
WEEK_OF_BEFORE = re.compile(r"\b(?:[Tt]he\s{1,3}week\s{1,3}(?:of|ending|ended|to|commencing|beginning|starting)|[Ww]/[Cc])\s{1,3}(?:on\s{1,3})?$")   # used with endpos
NIGHT_IN_BEFORE = re.compile(r"\b(?:during|in|spent|spend|spends|spending)\s{1,3}$", F)   # used with endpos at "the night" ("through the night": how long, not when, and the event code reads it so; "spent the night": when)
POD_OF_BEFORE = re.compile(r"\b(?P<pod>morning|afternoon|evening|night)\s{1,3}of\s{1,3}$", F)
# (TimeBank and AQUAINT: "in the early hours of <Thursday morning>"; used with match after "the early hours")
HOURS_OF_DAY_POD_AFTER = re.compile(rf"\s{{1,3}}of\s{{1,3}}{WEEKDAY}{S}(?:morning|night)\b")
WEEKEND_OF_AFTER = re.compile(rf"\s{{1,3}}of\s{{1,3}}(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s{{0,2}}(?:[-–/]|and)\s{{0,2}}\d{{1,2}}(?:st|nd|rd|th)?)?{S}{MONTH}|{MONTH}{S}\d|{WEEKDAY})")
POD_OF_AFTER = re.compile(rf"\s{{1,3}}of\s{{1,3}}(?:{WEEKDAY}|the{S}[0-3]?\d(?:st|nd|rd|th)(?!\w)(?!\s{{1,3}}[A-Z])|\d{{1,2}}(?:st|nd|rd|th)?(?:{S}of)?{S}{MONTH}|{MONTH}{S}\d)")


# a season's weather or wear after it ("the summer heat", "winter rains", "winter coats")
_SEASONS_WEATHER = re.compile(r"\s{1,3}(?:heat|sun|sunshine|weather|rains?|snows?|cold|chill|temperatures?|storms?|floods?|"
                              r"clothes|clothing|coats?|jackets?|fashion|uniforms?)\b", re.I)
# a second season sharing the first one's article ("through the summer and autumn", "that
# spring and summer", "the previous autumn and winter"); used with endpos
SEASON_COORD_BEFORE = re.compile(r"\b(?P<rel>[Tt]he\s{1,3}(?:following|next|previous|preceding)|[Tt]his\s{1,3}(?:past|coming)"
                                 r"|[Tt]he|[Tt]hat|[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming)\s{1,3}(?:(?:early|mid|late)(?:\s{1,3}|-))?"
                                 r"(?:summer|winter|spring|autumn|fall)\s{1,3}(?:and|or)\s{1,3}$")   # "the late summer and autumn"
# "the spring and summer of 1942": the first season shares the year the second names (used with match)
SEASON_COORD_AFTER = re.compile(r"\s{1,3}(?:and|or|to|through)\s{1,3}(?:(?:early|late)\s{1,3})?(?P<s>summer|winter|spring|autumn|fall)"
                                r"(?:\s{1,3}of)?\s{1,3}(?P<y>1\d{3}|20\d\d)(?![\d\u2010-\u2015/-])")


MONTH_AND_AFTER = re.compile(rf"\s{{1,3}}(?:and|or|to|through|until|till)\s{{1,3}}{MONTH_FULL}(?!\w)")   # used with match
MONTH_AND_BEFORE = re.compile(rf"\b{MONTH_FULL},?\s{{1,3}}(?:and|or|to|through|until|till)\s{{1,3}}$")   # used with endpos


# "the May jobs report", "the May elections": a month before a common noun; "the May government"
# is Theresa May's (used with match at the end of "May")
MAY_NOUN_AFTER = re.compile(r"\s{1,3}(?!(?:government|cabinet|administration|ministry|premiership|leadership|era|camp|team|family)\b)[a-z]{3,20}\b")
# "its best May on record", "the wettest May since 1910": a month ranked by a superlative (neither
# the modal nor the surname takes one); used with endpos at "May"
MAY_SUPERLATIVE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s{1,3}(?:best|worst|[a-z]{3,}est)\s{1,3}$")


# "the first half of the decade", "the second quarter of the century": the whole named is
# no year (used with match at the end of "half"/"quarter")
HALF_OF_OTHER = re.compile(r"\s{1,3}of\s{1,3}(?:the|this|that|its|his|her|their)\s{1,3}(?!(?:fiscal|financial|current|calendar)\b|year\b)[a-z]", re.I)


# a month naming an event: "the October War", "the February Revolution", "the July Crisis"
# (used with match at the end of the month)
# a day naming a movement or an event: "the 23 March Movement" (M23), "the 14 March alliance",
# "the 25 January Revolution", "the 17 February Brigade" (used with match at the end of the day)
DATE_NAMES_GROUP = re.compile(r"\s{1,3}(?:Youth\s{1,3})?(?:Movement|[Aa]lliance|Brigades?|Front|Coalition|Revolution|"
                              r"Uprising|Martyrs|Bloc|Manifesto)\b")
MODEL_YEAR_AFTER = re.compile(r"\s{1,2}(?:Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Cadillac|Buick|Pontiac|Oldsmobile|Chrysler|"
                              r"Dodge|Plymouth|Jeep|Lincoln|Mercury|Volkswagen|Mercedes(?:-Benz)?|BMW|Volvo|Mazda|Subaru|Hyundai|"
                              r"Lada|Peugeot|Renault|Fiat|Porsche|Jaguar|Saab)\s{1,2}[A-Z0-9][\w-]*")  # (make and model)
MONTH_NAMES_EVENT = re.compile(r"\s{1,3}(?:War|Revolution|Crisis|Uprising|Manifesto|Days|Putsch|Coup|Ultimatum|Constitution|Agreement|Accords?|Declaration|Theses|Plot|Decrees?|Laws)\b")


# a zone named by its city after a clock time (within the 30 characters _parts may read after a match)
# a time stamp's date right before a bare clock ("2023-03-14 09:12", "14/03/2023 14:30", "14 March
# 2023 14:30"): the clock is its time of day, no score
DATE_STAMP_BEFORE = re.compile(r"(?<![\w.,/-])(?:(?:1\d|20)\d\d-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.](?:\d\d)?\d\d|(?:1\d|20)\d\d),?[ \t]{1,2}$")
CITY_TIME_AFTER = re.compile(r"\s{1,2}(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{2,14}\s{1,2}time(?!\w)")
# "plans for seven a month", "about twenty a day": a count in words before a rate
# words of a market report, before "the previous session" (used with endpos)
MARKET_WORDS_BEFORE = re.compile(r"(?:%|\b(?:percent|per\s{1,3}cent|points?|shares?|stocks?|index|indexes|indices|yields?|"
                                 r"traded|trading|closed|closing|Dow|Nasdaq|S&P|FTSE|Nikkei|DAX|futures|crude|bonds?|"
                                 r"dollar|euro|yen|sterling|currency)\b)", re.I)
# a sitting's words: a session of a parliament, a court, talks, a course (used with pos/endpos)
SITTING_WORDS_AROUND = re.compile(r"\b(?:[Pp]arliament|Congress|[Ss]enate|[Aa]ssembly|lawmakers|legislat\w*|bills?|MPs|deputies|"
                                  r"court|judges?|jury|talks|negotiat\w*|delegates|council|summit|class|students|conference)\b")
# "for the week" ending a phrase (used with endpos at "the", and with match at "week"'s end)
WEEK_TOTAL_BEFORE = re.compile(r"\b[Ff]or\s{1,3}$")
# "six to eight weeks", "two or three days", "12-18 months": a count before the count of a length
# (used with search, endpos at the length's start)
COUNT_RANGE_BEFORE = re.compile(rf"(?<![\w.,$€£-])(?P<n1>{NUM})(?:\s{{1,3}}(?:to|or)\s{{1,3}}|\s{{0,2}}[-–]\s{{0,2}})$", re.I)
WEEK_TOTAL_AFTER = re.compile(r"\s{0,2}(?:[.,;:)]|$)")
# "talks were expected to continue through the week": the week a story is told in, through to its
# end (used with endpos at "the"; "during the week" is mostly a habit: "works in town during the week")
WEEK_THROUGH_BEFORE = re.compile(r"\b(?:[Tt]hrough|[Tt]hroughout)\s{1,3}$")
RATE_COUNT_BEFORE = re.compile(rf"\b(?:{_alt(ONES + TENS)}|dozen)\s{{1,3}}$", re.I)
# ("open its stores an hour early", "arrived a day late": a length by which a time moves, no rate)
RATE_NOT_AFTER = re.compile(r"\s{1,3}(?:after|before|later|earlier|ago|early|late)\b", re.I)
# "the commemoration lasts a week", "it takes a day": a verb of lasting ending in -s, no plural
# noun of a rate ("four flights a week")
LENGTH_VERB_BEFORE = re.compile(r"\b(?:lasts|takes|spends|waits|needs)\s{1,3}$", re.I)
# after "the near/short/medium/long term": the phrase ends (used with match at its end)
TERM_ENDS = re.compile(r"\s{0,2}(?:[.,;:)!?\"”]|$|\s(?:and|but|as|while|because|when|if|than|to|is|are|was|were|will|would|could|may|might)\b)")
# "Wednesday next week", "Monday of last week", "Friday this week" (used with match at the weekday's end)
WEEK_NAMED_AFTER = re.compile(r",?\s{1,3}(?:of\s{1,3})?(next|last|this)\s{1,3}week(?!\w|['’]s)", re.I)
_FALL_BEFORE = re.compile(r"\b(?:in|into|during|by|until|till|through|since|over|for)\s{1,3}$", re.I)
# ... then the clause ends, or an infinitive follows ("decided in the fall to skip Iowa"; not a
# decline's end point: "the fall to 5 percent", "to a record low", "to below $20")
_FALL_AFTER = re.compile(r"\s{0,2}(?:[.,;:!?)\"”]|$|\s(?:and|or|when|as|after|before|if|but|semester|term|season)\b"
                         r"|\sto\s{1,3}(?!(?:the|a|an|its|their|his|her|this|that|new|record|levels?|lows?|highs?|about|around"
                         r"|under|below|above|near|just|only|less|more|nearly|almost|roughly|zero)\b)[a-z]{2,}\b)")
_FALL_ACCIDENT = re.compile(r"\b(?:injur|hurt|broke|died|killed|surviv|wounded|fractur|bruis)", re.I)


def _in_the_fall(text: str, s: int, e: int) -> bool:
    """'sell it in the fall.': the American autumn; a fall that injures is no season."""
    before = text[max(0, s - 60):s]
    return bool(_FALL_BEFORE.search(before) and _FALL_AFTER.match(text, e)
                and not _FALL_ACCIDENT.search(before.rsplit(".", 1)[-1]))


def _month_of_named_day(text: str, s: int, e: int) -> bool:
    """Whether the month text[s:e] is of a day that names a group ("23 March Movement")."""
    if re.search(r"\d\s{1,3}$", text[max(0, s - 4):s]):
        return DATE_NAMES_GROUP.match(text, e) is not None
    d = re.match(r"\s{1,3}\d{1,2}(?!\d)", text[e:e + 6])
    return d is not None and DATE_NAMES_GROUP.match(text, e + d.end()) is not None


# before a spelt hour, what makes it a count, not a time ("the seven in the evening shift")
_COUNT_BEFORE = re.compile(r"\b(?:the|a|an|of|these|those|all|only|just)\s{1,3}$", re.I)
# before a bare spelt hour with a part of the day: a preposition of time ("at seven in the
# evening", "until five in the morning"; "killed three in the night raid" is a count)
# ("and" is left out: "killed five in the morning and three in the evening")
_TIME_PREP_BEFORE = re.compile(r"\b(?:at|by|until|till|til|from|to|after|before|since|around|about|past)\s{1,3}$", re.I)
# ... and before one with a day's part after it, told apart ("at seven tonight"; "rose to seven
# this evening", "by seven" are counts)
_AT_BEFORE = re.compile(r"\b(?:at|until|till|after|before|since|around|about)\s{1,3}$", re.I)
# after a time in words, a number or a quantity: "half past ten percent" is no clock time
_QUANTITY_AFTER = re.compile(r"\s{1,3}(?:percent|per|%|points?|hundred|thousand|million|billion|of|" + UNIT + r")\b", re.I)


# the groups of a clock time in words one of which _spelt_clock requires (an "o'clock", "half" or
# "quarter", a part of the day): recognise skips the matches with none unparsed (bare number words)
SPELT_CLOCK_NEEDS = ("oc", "mwq", "pod", "night", "then")


def _spelt_clock(g: dict, s: int, e: int, text: str):
    """A clock time in words as a clock_ap ("seven in the evening" is 7 p.m.); [] unless it is
    plainly a time: an "o'clock", a part of the day after a preposition of time or "shortly
    after", or "half past", "a quarter to" an hour (so never without SPELT_CLOCK_NEEDS)."""
    hw = g["hw"].lower()
    spelt = not hw.isdigit()
    pod = (g.get("pod") or g.get("night") or "").lower()
    mw = " ".join((g.get("mw") or "").lower().split()).removeprefix("a ")
    if "oc" in g:
        pass
    elif "mwq" in g:      # ("half", "a quarter")
        pass
    elif pod and (mw or re.match(r"(?:shortly|just)\s", text[s:s + 8], re.I) or _TIME_PREP_BEFORE.search(text, max(0, s - 12), s)):
        pass
    elif "then" in g and (mw or _AT_BEFORE.search(text, max(0, s - 12), s)):
        pass      # the hour alone: it merges with "tonight", which makes it p.m.
    else:
        return []
    if not spelt and not mw and not pod and "oc" in g:
        return []      # "3 o'clock" is clock_ap's
    if "qmod" not in g and _COUNT_BEFORE.search(text, max(0, s - 8), s) or _QUANTITY_AFTER.match(text, e):
        return []
    hh = NUMBER_WORDS[hw] if spelt else int(hw)
    mm = {"": 0, "half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20}.get(mw, 25)
    if g.get("rel", "").lower() == "to":
        hh, mm = (hh - 2) % 12 + 1, 60 - mm
    # the part of the day says a.m. or p.m. ("two in the night" is 2 a.m.)
    ap = "o'clock"
    if pod in ("afternoon", "evening") or pod == "night" and 6 <= hh < 12:
        ap = "pm"
    elif pod:
        ap = "am"
    info = {"kind": "clock_ap", "H": str(hh), "M": str(mm), "ap": ap}
    if "qmod" in g:
        info["qmod"] = g["qmod"]
    return [(s, e, info)]


NINE_ELEVEN_AFTER = re.compile(r"\s{1,3}(?:terror(?:ist)?\s{1,3})?(?:attacks?|hijack\w*|commission|memorial|museum|anniversary|victims|"
                               r"families|survivors|responders|plotters?|mastermind|era|wars?)\b|[\s,]{0,3}(?:attacks|hijackers)\b", re.I)
NINE_ELEVEN_BEFORE = re.compile(r"(?:\b(?:since|after|before|until|of)\s{1,3}(?:the\s{1,3})?|\b(?:post|pre)[-\u2010\u2011]?)$", re.I)
NUM_WEEK_BEFORE = re.compile(r"\b(?:epidemiological|epidemiologic|epi|iso)[\s-]{1,3}week\s{1,3}\d", re.I)


def _in_text(name: str, pat: re.Pattern, text: str, doc: dict[str, bool]) -> bool:
    """Whether pat occurs anywhere in text, searched once per text: doc holds the answers found
    for this text (a rule asking at every match would read the whole text once per match)."""
    told = doc.get(name)
    if told is None:
        told = doc[name] = pat.search(text) is not None
    return told


def _parts(kind: str, m: re.Match, text: str, doc: dict[str, bool]):
    """Validate a match and turn it into [(start, end, info)]; [] rejects it. doc: what
    _in_text found in this text so far."""
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    s, e = m.span()
    info = dict(g, kind=kind)
    if kind in ("mdy", "dmy", "weekday", "ordinal_day") and (pm := POD_OF_BEFORE.search(
            text, max(0, s - 16), m.start("span") if kind == "ordinal_day" else s)):
        info["pod_of"] = pm.group("pod").lower()    # (also "the night of the 15th", as "of 15 June")
    elif kind in ("mdy", "dmy") and "wd" not in g and (wm := WEEK_OF_BEFORE.search(text, max(0, s - 22), s)):
        info["week_of"] = "1"      # "the week of March 6": the week, as TimeBank tags it
        s = wm.start()

    if kind == "same_back":
        return [(s, e, dict(info, kind="relunit"))]
    if kind == "qcode_year":
        y = g["y"] if len(g["y"]) == 4 else ("20" if int(g["y"]) < 50 else "19") + g["y"]
        return [(s, e, dict(info, kind="qcode", y=y))]
    if kind == "nine_eleven" and not (NINE_ELEVEN_AFTER.match(text, e) or NINE_ELEVEN_BEFORE.search(text, max(0, s - 12), s)):
        return []
    if kind == "dmy_dash":
        y = g["y"] if len(g["y"]) == 4 else ("20" if int(g["y"]) < 50 else "19") + g["y"]
        return [(s, e, {"kind": "dmy", "d": g["d"], "mon": g["mon"].rstrip("."), "y": y})]
    if kind == "month_short":
        if not (c := SHORT_MONTH_THEN_YEAR.match(text, e, e + 48)):
            return []
        y = int(c.group("y")) - (MONTHS[g["mon"].lower()] > MONTHS[c.group("mon2").lower()])    # ("Dec–Feb 2024")
        return [(s, e, dict(info, kind="my", y=str(y), shared="1"))]
    if kind == "num_week" and not ("q" in g or "qd" in g or "y" in g) and not NUM_WEEK_BEFORE.search(text, max(0, s - 1500), s):
        return []          # ("compared with week 9" after "epidemiological week 10": the same calendar)
    if kind == "weekend" and WEEKEND_OF_AFTER.match(text, e):
        return []          # "the weekend of 14-15 October": the days are the timexes, as "the morning of 4 June"
    if kind == "session" and not g.get("tr") and (not MARKET_WORDS_BEFORE.search(text, max(0, s - 160), s)
                                                  or SITTING_WORDS_AROUND.search(text, max(0, s - 160), e + 60)):
        return []          # "the previous session of Congress", "the next session" of talks: no trading day
    if kind == "relunit" and g["rel"].lower() == "the" and "dir" not in g and g["u"].lower() == "week" \
            and ((WEEK_TOTAL_BEFORE.search(text, max(0, s - 6), s) and WEEK_TOTAL_AFTER.match(text, e))
                 or WEEK_THROUGH_BEFORE.search(text, max(0, s - 14), s)):
        # "For the week, the Dow dropped 12.4%", "16% for the week.": a market report's total
        # for the week it reports on, this week; so is the week something runs through
        return [(s, e, {"kind": "relunit", "rel": "this", "u": "week"})]
    if kind == "relunit" and g["rel"].lower() == "the":
        if "dir" not in g or "mod" in g or g["u"].lower() not in ("day", "week", "month", "year", "night", "evening", "morning"):
            return []      # "the week" alone is no relative date
        if re.search(r"\b(?:from|than|with|against)\s{1,3}[$€£]?\d[\d.,]*(?:\s{1,3}(?:million|billion|percent|cents?))?\s{1,3}$",
                     text[max(0, s - 40):s], re.I):
            return []      # "down from $450 million the year before": a comparison of amounts, untagged in AQUAINT
        back = g["dir"].lower() in ("before", "earlier")
        return [(s, e, {"kind": "relunit", "rel": "the previous" if back else "the following", "u": g["u"]})]
    if kind == "relunit" and g["u"].lower() in ("morning", "day") and g["rel"].lower().endswith(("next", "following")):
        night = None
        for night in NIGHT_RANGE_BEFORE.finditer(text, max(0, s - 250), s):
            pass
        if night is not None and not re.search(r"(?<!\d)[0-3]?\d(?!\d)", text[night.end():s]):   # no other day told since
            # "On the night of 10–11 September the allies took up positions, and early the next
            # morning they attacked": the morning (day) that ends that night, the 11th
            info["night_to"] = night.group("d2")
    if kind == "relunit" and "dir" in g:
        e = m.end("u")     # "the next day, before dawn": the direction word is not this one's
        del info["dir"]
    if kind in ("mdy", "dmy", "my", "month"):
        mon = g["mon"]
        if not _cap(mon):
            return []
        if kind in ("mdy", "dmy", "month") and "y" not in g and (
                DATE_NAMES_GROUP.match(text, e) if kind != "month" else _month_of_named_day(text, s, e)):
            return []      # "the 23 March Movement", "the April 6 Youth Movement": a name, not a date
        if kind == "month":
            if g.get("rel", "").lower() == "that" and THAT_CLAUSE_BEFORE.search(text, max(0, s - 24), s):
                s = m.start("mon")      # "cautioned that September would be weaker": 'that' opens a clause
                info.pop("rel")
            if "rel" not in g and "mod" not in g and NAME_AFTER_DAY.match(text, e) \
                    and ROLE_BEFORE_DAY.search(text[max(0, s - 26):s].replace(",", "")):
                return []      # "the American ambassador, April Glaspie, who told him": a woman named April
            if "rel" not in info and "mod" not in g:
                before = text[max(0, s - 12):s]
                # "May" alone is mostly a modal verb or a surname: require a preposition
                if mon == "May" and not re.search(r"\b(?:in|since|until|till|by|of|from|during|to|before|through|throughout)\s{1,3}$", before, re.I) and not (
                        re.search(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s{1,3}$", before) and MAY_NOUN_AFTER.match(text, e)) \
                        and not MAY_SUPERLATIVE_BEFORE.search(text, max(0, s - 30), s) \
                        and not MONTH_AND_BEFORE.search(text, max(0, s - 22), s) \
                        and not MONTH_AND_AFTER.match(text, e):   # "in April and May", "Between May and July 1940"
                    return []
                if (mon == "March" and re.match(r"\s{1,3}(?:on|to|towards|through|against)\b", text[e:e + 12])
                        and not re.search(r"\b(?:[Ff]rom|[Bb]etween|[Ss]ince|[Ii]n|[Uu]ntil|[Bb]y|[Dd]uring)\s{1,3}$", before)
                        and not MONTH_AND_BEFORE.search(text, max(0, s - 22), s)):
                    return []      # "troops march on the city"; "from March to June", "in February and March against" is a month
                if (mon == "March" and re.match(r"\s{1,3}(?:for|of\s{1,3}the|against)\s{1,3}(?:Our\s{1,3})?[A-Z]", text[e:e + 24])
                        and not re.search(r"\b(?:[Ff]rom|[Bb]etween|[Ss]ince|[Ii]n|[Uu]ntil|[Bb]y|[Dd]uring|[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ff]or|[Tt]o|[Oo]f|[Tt]ill|[Bb]efore|[Aa]fter)\s{1,3}$", before)):
                    return []      # "the annual March for Life", "the March of the Living": a procession's name
                if MONTH_NAMES_EVENT.match(text, e):
                    return []      # "the October War", "the February Revolution": a name
            if "rel" not in info and "yrel" not in g and (c := MONTH_THEN_YEAR.match(text, e, e + 48)):
                # "April and May 1940", "from June to August 1944": the year named after the
                # second month is the first one's too
                # ("from December to February 1943": the December before)
                # ("between April and June last year": so is the year counted from the publication
                # date, when the months run in order)
                if c.group("y"):
                    y = int(c.group("y")) - (_MONTH_NO[mon.lower()] > _MONTH_NO[c.group("mon2").lower()])
                    info = dict(info, kind="my", y=str(y), shared="1")
                elif _MONTH_NO[mon.lower()] < _MONTH_NO[c.group("mon2").lower()]:
                    info = dict(info, yrel=c.group("yrel").lower())
            return [(s, e, info)]
        if kind == "mdy" and "d2" in g:
            # two dates: "September 14" and "15[, 2017]"
            d2s = m.start("d2")
            first_end = m.end("d")
            i1 = dict(info)
            i1.pop("d2", None)
            i2 = {"kind": "mdy", "mon": mon, "d": g["d2"], "coord": "1"}
            i2.update((k, g[k]) for k in ("y", "yrel") if k in g)
            return [(s, first_end, i1), (d2s, e, i2)]
        if kind == "dmy" and "d0" in g and info.get("pod_of") == "night" and (
                g["conj"] == "/" or re.fullmatch(DASH, g["conj"]) and int(g["d"]) == int(g["d0"]) + 1):
            # "the night of 8/9 February", "the night of 9–10 March": one night, named as the
            # night of its first day (as "Monday night" is Monday's); "the night of 11 and 12
            # October" keeps two days, the span an event reads
            return [(m.start("d0"), e, dict(info, d=g["d0"]))]
        if kind == "dmy" and "d0" in g:
            i0 = {"kind": "dmy", "mon": mon, "d": g["d0"], "coord": "1"}
            i0.update((k, g[k]) for k in ("y", "yrel") if k in g)
            i1 = dict(info)
            i1.pop("d0", None)
            start0 = m.start("d0") if "wd" not in g else s
            return [(start0, m.end("d0"), i0), (m.start("d"), e, i1)]
        if kind == "mdy" and int(g["d"]) == 0:
            return []
        if "wd" in g and (named := DAY_NAME_BEFORE_WEEKDAY.search(text, max(0, s - 8), s)):
            s = named.start()      # "Easter Monday, 24 April 1916", "Palm Sunday, 29 March 1461": one day
        elif "wd" not in g and (hol := HOLIDAY_BEFORE_DATE.search(text, max(0, s - 24), s)):
            s = hol.start()        # "Christmas Day, December 25, 1914": the holiday, restated as a date
        return [(s, e, info)]
    if kind == "era_date":
        info = {"kind": "era_date", "y": g["y"], "era": "BC"} if "y" in g else {"kind": "era_date", "y": g["y2"], "era": "AD"}
        if "mon" in g or "mon2" in g:
            info["mon"] = g.get("mon") or g["mon2"]
            if not _cap(info["mon"]):
                return []
            if "d" in g or "d2" in g:
                info["d"] = g.get("d") or g["d2"]
            if "d0" in g:      # "10 or 11 June 323 BC", "3–5 August 216 BC": two days of that month
                return [(m.start("d0"), m.end("d0"), dict(info, d=g["d0"])), (m.start("d"), e, info)]
        else:
            info.update({k: g[k] for k in ("s", "mod") if k in g})
            if "ys" in g:      # "the winter of 54-53 BC": the winter that begins in 54 BC
                if g["s"].lower() != "winter" or int(g["ys"]) != int(g["y"]) + 1:
                    return []
                info["y"] = g["ys"]
        return [(s, e, info)]
    if kind == "era_year":
        if "ad" in g:
            first = (s, m.end("y2"), {"kind": "era_year", "y": g["y2"], "era": "AD"})
            if "y3" not in g:
                return [first]
            if not 0 < int(g["y3"]) - int(g["y2"]) <= 100:
                return [first]      # "in AD 60 and 200 soldiers died": a count, not a year
            # "AD 60 or 61", "AD 43-47": two years, the era written once
            return [first, (m.start("y3"), e, {"kind": "era_year", "y": g["y3"], "era": "AD"})]
        era = "BC" if g["era"].upper().startswith("B") else "AD"
        mod = {"mod": g["mod"]} if "mod" in g else {}       # "the end of 50 BC", "early 44 BC"
        if "y0" not in g:
            return [(s, e, {"kind": "era_year", "y": g["y"], "era": era, **mod})]
        y0, y = int(g["y0"]), int(g["y"])
        if (y0 < y) if era == "BC" else (y0 > y):      # "431–404 BC": counted down, or not a range
            return []
        return [(s, m.end("y0"), {"kind": "era_year", "y": g["y0"], "era": era, **mod}),
                (m.start("y"), e, {"kind": "era_year", "y": g["y"], "era": era})]
    if kind == "period_of":
        u = g["u"].lower()
        if "mon" in g and not _cap(g["mon"]):
            return []
        if "few" in g and not u.endswith("s"):
            return []      # "the first two week of"
        if u in ("half", "fortnight") and "few" in g:
            return []
        if u == "months" and "few" in g and g["few"].lower() != "few":
            return []      # "the first three months of the year": a length and the year, as "the first nine months"
        if u.startswith("month") and ("mon" in g or g.get("ou", "").lower() == "month"):
            return []      # "the first month of March"
        if u.startswith("weekend") and ("c" in g or "dec" in g):
            return []
        return [(s, e, info)]
    if kind in ("year_pair", "fiscal") and "y2" in g:
        # two years: the first as a year (or fiscal year) of its own, the second completed
        # from the first's century ("2015-16" is 2015 and 2016)
        y1 = g["y"].lstrip("'’")
        if len(y1) != 4:
            return []
        y2 = int(y1[:2] + g["y2"])
        if y2 <= int(y1):
            if not (y1.endswith("99") and g["y2"] == "00"):
                return []  # "2015-12" is no pair of years
            y2 += 100
        if kind == "year_pair":
            first = PATTERNS_BY_KIND["year"].match(text, s)
            parts = _parts("year", first, text, doc) if first and first.end() == m.end("y") else []
            if not parts:
                return []
            head = parts[0]
        else:
            head = (s, m.end("y"), {"kind": "fiscal", "y": g["y"]})
        return [head, (m.start("y2"), e, {"kind": "year", "y": str(y2), "pair": "1"})]
    if kind == "year":
        ys = m.start("y")
        if "mod" not in g:
            before = text[max(0, ys - 20):ys]
            word = _following_word(text, e)
            prep = YEAR_PREPS.search(before) or YEAR_COORD.search(before)
            if text.startswith("21", ys) and not (prep or re.search(r"\bto\s{1,3}$", before)):
                return []      # a year of the next century only after a preposition: "by 2100", "in 2150" (not "2100 troops")
            if NUMBER_CONTEXT.search(before) and not prep and not (CLAUSE_ENDS_AFTER_YEAR.match(text, e) and before.endswith(" with ")) and not (
                    (APPROX_YEAR_BEFORE.search(text, max(0, ys - 40), ys)
                     or (text.startswith(("19", "20"), ys) and AROUND_YEAR_BEFORE.search(text, max(0, ys - 8), ys)))
                    and APPROX_YEAR_AFTER.match(text, e)):
                return []
            if word and word.islower() and not prep:
                if word in COUNT_NOUNS or (word.endswith("s") and not word.endswith(NOT_PLURAL_ENDS)
                                           and word not in NOT_PLURAL and word not in YEAR_FIGURE_NOUNS):
                    return []
            if word and word.lower() in COUNT_NOUNS and not prep:
                return []
            if re.match(r"\s{0,2}(?:%|percent|per\s+cent)", text[e:e + 10]):
                return []
            if ASTEROID_CODE_AFTER.match(text, e):
                return []  # "asteroid 2012 DA14", "1999 RQ36": a minor planet's designation
            if not prep and MODEL_YEAR_AFTER.match(text, e):
                return []  # "Kopp's 1987 Chevrolet Cavalier": a car's model year, no time the text speaks of
            if re.search(r"\b(?:resolution|no\.|number|flight|route|highway|room|article|section|"
                         r"chapter|page|code|model|road|unit|bus|line|km|kilometre|kilometer|mile)\s{1,3}$", before, F):
                return []  # "resolution 2014", "Route 2000": a label, not a year
            pm = re.search(r"([A-Z][A-Za-z]{1,20})\s{1,3}$", before)
            if pm and pm.group(1).lower() not in _YEAR_OK_BEFORE:
                return []  # "Orion 1980", "Vision 2030": part of a name
            if (the := THE_YEAR_BEFORE.search(before)):
                s = ys - len(before) + the.start()   # "the year 2000" is one timex, as "the year two thousand" is
        return [(s, e, info)]
    if kind == "century" and "cw" in g and (text[s:s + 3].lower() != "the" or re.match(r"\s{1,3}of\b", text[e:e + 6])):
        return []          # "its first century", "the first century of the republic": a count, not a date
    if kind == "century" and "pmod" in g:
        info["mod"] = info.pop("pmod")      # "the end of the 15th century": the end is its mod
    if kind == "century" and ("c0" in g or "cw0" in g):
        first = {k: v for k, v in info.items() if k not in ("c", "cw", "c0", "cw0", "pl")}
        second = dict(first)
        first["c" if "c0" in g else "cw"] = g.get("c0") or g["cw0"]
        second.pop("mod", None)
        second["c" if "c" in g else "cw"] = g.get("c") or g["cw"]
        first_end = m.end("c0") + 2 if "c0" in g else m.end("cw0")     # "12th": two letters after the digits
        return [(s, first_end, first), (m.start("c" if "c" in g else "cw"), e, second)]
    if kind == "century" and "pl" in g:
        return []          # "the 13th centuries" alone names no one century
    if kind == "relunit" and g["rel"][:2].lower() == "in" and (
            (g.get("mod") or "").lower().strip(" -–") not in ("earlier", "later", "early", "late") or g["u"].lower() not in ("day", "week", "month")
            or (g["u"].lower() == "day" and (g.get("mod") or "").lower().strip(" -–") in ("early", "late"))):
        # "in the day" is a timex only as "earlier/later in the day" ("late in the day" is a
        # figure of speech too, untagged in AQUAINT), "in the month" also as "early/late in the
        # month"; "earlier in the year" keeps "the year" alone (the project's pinned span;
        # TimeBank spans it both ways)
        return []
    if kind == "relunit" and g["u"][:1].isupper() and not text[s:e].isupper() and g["rel"][:1].isupper():
        return []          # "This Week" (a programme title)
    if kind == "month_quarter":
        m2 = 12 if g["m2"] == "holiday" else _MONTH_NO[g["m2"].lower()]
        m1 = _MONTH_NO[g["m1"].lower()] if "m1" in g else (m2 - 2 if g["qh"] == "quarter" else 0)
        half = g["qh"] == "half"
        if half and m1 in (1, 7) and m2 == m1 + 5:
            n = m1 // 6 + 1
        elif not half and m1 in (1, 4, 7, 10) and m2 == m1 + 2:
            n = m1 // 3 + 1
        else:
            return []      # a fiscal quarter ("the November-January quarter"): the months stay
        info = {"kind": "quarter", "ord": ORDINAL_CODES[n], "qh": "half" if half else "quarter"}
        info.update((k, g[k]) for k in ("y1", "y2") if k in g)
        return [(s, e, info)]
    if kind == "quarter" and "yrel_after" in g:
        # "the third quarter last year", as "last year's third quarter" and "June 30 last year"
        info["yrel"] = info.pop("yrel_after")
        g["yrel"] = info["yrel"]
    if kind == "quarter_rel" and "y" in g and not text[s:e][:3].lower() == "the":
        return []          # "the 1988 quarter" compares periods; "in 1988 quarter ..." is not one
    if kind == "quarter_rel" and g["qp"].lower() == "period" and not g.get("rel") and "y" not in g:
        return []
    if (kind == "quarter" and g["qh"].lower() in ("half", "quarter") and "fy" not in g
            and not (g.get("y1") or g.get("y2") or g.get("yrel") or g.get("rel"))
            and SPORT_WORDS.search(text, max(0, s - 120), min(len(text), e + 80))
            and (g["qh"].lower() == "half" or GAME_WORDS.search(text, max(0, s - 120), min(len(text), e + 80)))):
        return []          # "scored twice in the second half", "scored 15 points in the fourth quarter": a match's
    if kind == "quarter" and not (g.get("y1") or g.get("y2") or g.get("yrel") or g.get("rel")) \
            and HALF_OF_OTHER.match(text, e):
        return []          # "the first half of the decade / of the war": not a half of a year
    if kind == "quarter" and g["qh"].lower() == "half" and not (g.get("y1") or g.get("y2") or g.get("yrel") or g.get("rel") or g.get("fy")) \
            and MATCH_WORDS.search(text, max(0, s - 200), min(len(text), e + 200)):
        return []          # "never got going in the first half", "scored early in the second half": a half of a match
    if kind == "quarter" and g["qh"].lower().startswith("two") and (
            g["ord"].lower() not in ("first", "last") or not (g.get("y2") or g.get("rel"))):
        return []          # "the first two quarters of 1990" is its first half; without a year, a length
    if kind == "quarter" and g["ord"].lower() == "last" and not (g.get("y2") or g.get("rel")):
        return []          # "last quarter" is the previous one; "the last quarter of 2016" is Q4
    if kind == "quarter" and re.search(DASH, text[m.start("ord"):m.end("qh")]) and text[s:e][:3].lower() == "the":
        # "the third-quarter loss": the article belongs to the noun after the adjective
        s = min(m.start(k) for k in ("y1", "yrel", "fy", "ord") if g.get(k))
    if kind in ("weekday",):
        if "rel" not in g and "mod" not in g and NAMED_DAY_BEFORE.search(text, max(0, s - 9), s):
            return []      # "the 2009 Black Saturday fires", "Super Tuesday": a day's name, not a weekday near the DCT
        if "pod" not in g and "pl" not in g and (PAPER_AFTER_DAY.match(text, e) or PAPER_BEFORE_DAY.search(text, max(0, m.start("wd") - 16), m.start("wd"))):
            return []      # "the Sunday Times", "the Mail on Sunday": a newspaper
        if "rel" not in g and "mod" not in g and "pl" not in g and "pod" not in g and NAME_AFTER_DAY.match(text, e) \
                and ROLE_BEFORE_DAY.search(text, max(0, s - 24), s):
            return []      # "Bokkos council chairman Monday Kassah said": a man named Monday
        if "rel" not in g and "mod" not in g and "pl" not in g and DAY_APPOSITION_BEFORE.search(text, max(0, s - 24), s):
            info["appos"] = "1"
        elif "rel" not in g and "mod" not in g and "pl" not in g and A_DAY_BEFORE.search(text, max(0, s - 12), s) \
                and A_DAY_AFTER.match(text, e):
            info["indef"] = "1"   # "born on a Tuesday": some Tuesday, no date ("a Sunday night service" is one)
        shared = _SHARED_PLURAL.match(text, e, e + 40) if "pl" not in g and "pod" not in g else None
        if shared:         # "on Monday and Tuesday nights": the plural of the second is shared
            info["pl"] = "s"
            if shared.group("pod"):
                info["pod"] = shared.group("pod")
        if "pl" not in info and "pl2" not in g:
            if (r := RANGE_WD_AFTER.match(text, e, e + 30)) and (
                    r.group("conj") != "and" or re.search(r"\b[Bb]etween\s{1,3}(?:on\s{1,3})?$", text[max(0, m.start("wd") - 12):m.start("wd")])):
                info["range_to"] = r.group("wd")
            elif r := RANGE_WD_BEFORE.search(text, max(0, s - 30), s):
                # (also "will meet on Tuesday and Wednesday": days ahead are listed in order)
                info["range_from"] = r.group("wd")
                if re.search(r"\b[Nn]ext\s{1,3}$", text[max(0, r.start("wd") - 8):r.start("wd")]):
                    info["range_from_next"] = "1"     # "next Tuesday and Wednesday"
        if "rel" in g and g["rel"].lower() == "on":
            s = m.start("wd")
            info.pop("rel")
            if "mod" in g:
                info.pop("mod")
        if "rel" not in info and "pl" not in info and (w := WEEK_NAMED_AFTER.match(text, e)):
            info["week"] = w.group(1).lower()       # "on Wednesday next week": that week's Wednesday
        return [(s, e, info)]
    if kind == "holiday" and "y" not in g and HOLIDAY_NAMES_EVENT.match(text, e):
        return []          # "the Easter Rising", "the Christmas Offensive", "the Good Friday Agreement": a name
    if kind == "holiday" and g["h"] == "D-Day" and not _in_text("normandy", NORMANDY_TOLD, text, doc):
        return []          # "D-Day for the offensive": the day an operation starts, not 6 June 1944
    if kind == "holiday" and "y" not in g and HOLIDAY_DATE_AFTER.match(text, e):
        return []          # "Christmas Day, December 25, 1914": the date that follows tells the day (and year)
    if kind == "deictic" and text[s:s + 5] == "Today" and (SHOW_TODAY_BEFORE.search(text, max(0, s - 8), s)
                                                            or re.match(r"\s{1,3}(?:show|programme|program)\b", text[e:e + 12])):
        return []          # "USA Today", "NBC's Today show", "VOA Today": a newspaper or a programme
    if kind == "deictic":
        if GENERIC_TODAY_AFTER.match(text, e) and g["w"].lower() == "today":
            return []      # "today's world", "in today's dollars": nowadays, which TimeML news leaves out
        return [(s, e, info)]
    if kind == "the_year":
        if re.match(r"\s{1,3}(?:before|after|earlier|later|of|in|when|that|which)\b", text[e:e + 12], F):
            return []      # "the year before", "the year of the flood": anaphoric or a described year
        if re.match(r"\s{1,3}(?:1\d{3}|20\d\d)(?!\d)", text[e:e + 8]):
            return []      # "the fiscal year 2016": the year is named
        if text[e - 4] == "Y" and re.search(r"\b[A-Z][\w'’-]*\s{1,3}of\s{1,3}$", text[max(0, s - 30):s]):
            return []      # "Player of the Year", "European Car of the Year": an award's name
        if "ended" in g:
            e = s + len(text[s:m.start("ended")].rstrip())      # the span stops at "year"
            if g["ended"].lower() == "to" and _following_word(text, m.end()).lower() == "date":
                info.pop("ended")  # "in the year to date": this year so far, not a twelve-month period
        return [(s, e, info)]
    if kind == "refword":
        w = " ".join(g["w"].lower().split())
        if w in ("so far", "to date", "this stage", "the time being", "in the meantime",
                 "meanwhile", "once", "hitherto"):
            return []      # optional/anaphoric in the guidelines: leave out
        if w in ("earlier", "later", "previously", "formerly", "recent"):
            return []      # adverbs of sequence and bare adjectives: not dates
        if w == "recently" and re.search(r"\bas\s{1,3}$", text[max(0, s - 4):s], F) and re.match(r"\s{1,3}as\b", text[e:e + 5], F):
            return []      # "as recently as January": the date after it is the timex
        if w in ("most recently", "more recently") and DATE_AFTER_RECENTLY.match(text, e):
            return []      # "most recently on Oct. 15": the date after it is the timex
        if w == "the past" and PAST_COUNT_AFTER.match(text, e, e + 16):
            return []      # "the past three seasons", "the past two World Cups": a count, not the past
        if w == "soon" and (re.search(r"\bas\s{1,3}$", text[max(0, s - 4):s], F) or re.match(r"\s{1,3}(?:after|afterwards?)\b", text[e:e + 12], F)):
            return []      # "as soon as", "soon after": connectives
        if w == "soon" and ORDINAL_DAY_VERB.match(text, e) and not _following_word(text, e).endswith("eed") \
                and not SOON_MODAL_BEFORE.search(text, max(0, s - 12), s):
            return []      # "the invasion soon stalled", "that soon became a flood": shortly after in a past story, no future
        if w == "future" and not re.search(r"\b(?:the|near|foreseeable|distant|immediate)\s{1,3}$", text[max(0, s - 14):s], F):
            return []      # "future payments": an adjective
        nxt = _following_word(text, e).lower()
        if w == "current" and nxt in ("account", "accounts", "affairs", "events", "president",
                                      "leader", "government", "minister", "system", "crisis"):
            return []
        if w.endswith("term") and not TERM_ENDS.match(text, e):
            return []      # "the short term interest rate": an adjective ("in the near term, ..." is a time)
        if w in ("recent", "future") and nxt in ("days", "weeks", "months", "years", "decades"):
            return []      # handled as vague durations
        if w in ("future", "the future") and nxt in ("of",):
            return []
        info["w"] = w
        return [(s, e, info)]
    if kind == "duration" and "dir" in g:
        # "two days ago", "a year earlier": a date counted from the DCT or the last date
        d = g["dir"].lower()
        ok = not (d in ("before", "after", "on", "prior") and not re.match(r"\s{0,2}(?:[.,;:)!?\"”]|$|and\b|\w+ed\b)", text[e:e + 8]))
        # "three weeks later than in 1997": a comparison of two dates, the gap a length
        ok = ok and not (d in ("later", "earlier") and _following_word(text, e).lower() == "than")
        # minutes or hours later count from a clock time told just before ("struck at 11:11 p.m.
        # ... 19 minutes later"); without one, TimeML tags the length ("Just over an hour later")
        # ("Updated 3 hours ago" counts back from the publication: a date, see _shift)
        ok = ok and not (g["u"].lower().startswith(("second", "minute", "hour")) and d not in ("ago", "hence", "from now")
                         and not (d in ("later", "earlier", "afterwards") and CLOCK_BEFORE.search(text, max(0, s - 300), s)))
        ok = ok and "old" not in g
        vague = " ".join(g["num"].lower().split()) in VAGUE_NUMBERS
        if vague and d not in ("ago", "ago today", "hence", "from now", "from today"):
            ok = False     # "a few days later": TimeML tags the length ("A few days", PXD)
        if ok and "the" not in g:
            info["kind"] = "shift"
            return [(s, e, info)]
        # "two days after the attack": the duration alone
        e = m.end("old") if "old" in g else m.end("half2") if "half2" in g else m.end("u")
        info.pop("dir")
    if kind == "duration" and (g.get("more") or "").lower() in ("single", "full", "whole", "trading", "business", "working") \
            and not text[m.end("more"):m.start("u")].isspace():
        return []          # "a full-year loss", "a single-day record": an adjective ("in a single day" is a length)
    if kind == "duration":
        if _NAMED_WAR.match(text, e):
            return []      # "the Six-Day War", "the Thirty Years' War": a name
        if g["num"][:1].isupper() and g["u"][:1].isupper() and g["num"][:1].isalpha() and not text[s:e].isupper():
            return []      # "the Seven Days Battles", "the Hundred Days": a name
        if g["num"][:1].isdigit() and g["u"][:1].isupper() and not text[s:e].isupper() \
                and not TITLE_WORD_BEFORE.search(text, max(0, s - 20), s):
            return []      # "on CBS's 60 Minutes", "the 24 Hours of Le Mans": a title (not a headline's "Talks Last 10 Hours")
        u = g["u"].lower()
        num = g["num"].lower()
        num1 = num in ("a", "an", "one")
        if u.startswith("second") and num1:
            return []      # "a second attack"
        if u.startswith("quarter") and num1:
            return []
        if u.startswith("quarter") and _POINT_AFTER.match(text, m.end("u")):
            return []      # "three quarter-point cuts", "two quarter-percentage-point rises": a size of a rate move
        if num in ("many", "a few", "few", "several") and "the" not in g and u.endswith("s") is False:
            return []
        if "the" in g and "pre" not in g and num1:
            return []      # "the one year" is odd; "the a day" impossible
        joined = NUM_JOINED.match(text, m.start("num"), m.end("u")) is not None
        if "the" in g and "pre" not in g and joined:
            s = m.start("num")   # "the eight-year war": the article belongs to "war"
            info.pop("the")
        old = (g.get("old") or "").lower().strip("-– ")
        if old == "old" and u.startswith("year"):
            return []      # ages ("37 years old", "22-year-old") are not dates of events
        if old and num in ("a", "an"):
            s = m.start("u")     # "a month-long battle", "a week-old truce": the article belongs to the noun
        if num1 and u == "day" and KIND_OF_DAY_BEFORE.search(text, max(0, s - 14), s) and _following_word(text, e).lower() == "of":
            return []      # "1 July became a day of remembrance": a kind of day, no length
        if num == "another" and not ANOTHER_LENGTH_BEFORE.search(text, max(0, s - 30), s):
            return []      # "another day of protests" is one more day, not a length ("for another year" is)
        if num1 and num in ("a", "an") and "qmod" not in g:
            before = text[max(0, s - 25):s]
            if (re.search(r"(?:\d|million|billion|thousand|hundred|percent|per\s{1,3}cent|%|times|once|twice|[a-z]{3,}s)[^\w\s,;:.]{0,3}\s{1,3}$", before)
                    or RATE_COUNT_BEFORE.search(before)) \
                    and not RATE_NOT_AFTER.match(text, m.end("u")) and not LENGTH_VERB_BEFORE.search(before):
                return []  # "four flights a week", "$1.76 a year", "3 per cent a year": a rate, not a length ("in 1945, a year" is none;
                #            "comes a day after": a length, as no rate is followed by "after")
        if u.startswith("quarter") and _following_word(text, e).lower() == "of" and num not in VAGUE_NUMBERS and (
                "pre" not in g or (num == "two" and g["pre"].lower() in ("first", "last"))) \
                and (g.get("more") or "").lower() not in ("consecutive", "straight", "successive"):
            # "three-quarters of its food"; "the first two quarters of 1990" is a half (see
            # "quarter"), "the first three quarters of 2009" a length
            return []
        if not ({"the", "old", "half", "half2", "more"} & g.keys()) and (sh := SHIFT_PAIR_AFTER.match(text, e, e + 40)) \
                and (u.rstrip("s"), sh.group("u2").lower().rstrip("s")) in SHIFT_PAIR_UNITS \
                and num not in VAGUE_NUMBERS and sh.group("num2").lower() not in VAGUE_NUMBERS:
            # "two years and three months later": one shift (see the resolver)
            return [(s, sh.end(), {"kind": "dur_pair", "num": g["num"], "u": g["u"], "num2": sh.group("num2"),
                                   "u2": sh.group("u2"), "dir": sh.group("dir")})]
        if not ({"the", "old", "half", "half2", "more"} & g.keys()) and (c := DUR_PAIR_AFTER.match(text, e, e + 30)) \
                and (u.rstrip("s"), c.group("u2").lower().rstrip("s")) in DUR_PAIRS \
                and num not in VAGUE_NUMBERS and c.group("num2").lower() not in VAGUE_NUMBERS:
            # "3 hours and 24 minutes", "two years and four months": one length in two units
            pair = {"kind": "dur_pair", "num": g["num"], "u": g["u"], "num2": c.group("num2"), "u2": c.group("u2")}
            if "qmod" in g:
                pair["qmod"] = g["qmod"]
            if (c3 := DUR_PAIR_AFTER.match(text, c.end(), c.end() + 30)) \
                    and (c.group("u2").lower().rstrip("s"), c3.group("u2").lower().rstrip("s")) in DUR_PAIRS \
                    and c3.group("num2").lower() not in VAGUE_NUMBERS:
                # "three years, one month and two days": one length in three units
                pair["num3"], pair["u3"] = c3.group("num2"), c3.group("u2")
                c = c3
            return [(s, c.end(), pair)]
        if "the" not in g and num not in VAGUE_NUMBERS and (r := COUNT_RANGE_BEFORE.search(text, max(0, s - 24), s)) \
                and not re.match(r"[\d.,]", text[r.end("n1"):r.end("n1") + 1]) \
                and not re.search(r"\bfrom\s{1,3}$", text[max(0, r.start() - 8):r.start()], re.I) \
                and not (r.group("n1").isdigit() and num.isdigit() and int(r.group("n1")) >= int(num)):
            # "out for six to eight weeks", "two to three weeks": one length, whose range TimeBank
            # values by its lower count ("two to three weeks" P2W; not a change, "cut from 5 to 3 days")
            return [(r.start("n1"), e, dict(info, num=r.group("n1")))]
        return [(s, e, info)]
    if kind == "bare_later":
        before = text[max(0, s - 30):s]
        if re.search(r"(?:\d|\w{2,})\s{0,3}$", before) and not re.search(r"(?:^|[.!?;:,\"“(]|\b(?:and|but|then|just|only|some|mere|[Aa]nd|[Bb]ut|[Tt]hen|[Jj]ust|[Oo]nly))\s{0,3}$", before):
            return []      # "two days later" is a shift; "the days later" odd: only a bare plural
        return [(s, e, {"kind": "vague_dur", "u": g["u"], "pre": ""})]
    if kind == "vague_dur":
        pre = " ".join(g["pre"].lower().split())
        if pre.startswith("in "):
            s = m.start() + re.match(r"in\s{1,3}", m.group(0), F).end()   # "in" is a preposition: out
        if "verb" in g:
            # "will need months of rehabilitation", "took years": the length the verb tells
            if g["verb"].lower() == "last" and not LAST_VERB_BEFORE.search(text, max(0, s - 10), s):
                return []  # "the last weeks of the war": an adjective ("could last weeks" is the verb)
            s = m.start("u")
            if re.match(r"\s{0,2}(?:old|later|earlier|ago|before|after)\b", text[e:e + 10]):
                return []
            info = {"kind": kind, "u": g["u"], "pre": "for"}     # a length, as "for months" is
        elif pre in ("for", "within", "in", "over", "after"):
            s = m.start("u")
            nxt = _following_word(text, e).lower()
            # ("within minutes of the attack": 'within' takes a length, counted from what 'of' names)
            # ("after weeks of fighting": 'after' takes the length of what 'of' names, its span ended)
            if (nxt == "of" and pre not in ("within", "after")) or re.match(r"\s{0,2}(?:old|later|earlier|ago)\b", text[e:e + 10]):
                return []
        elif pre.startswith(("or", "and")):
            # "for days or even weeks", "for weeks, and possibly months": the second of two vague
            # lengths ("days or weeks later" is none)
            if not re.search(r"(?:minutes|hours|days|weeks|months|years|decades),?\s{1,3}$", text[max(0, s - 12):s]) \
                    or re.match(r"\s{0,2}(?:of|old|later|earlier|ago|after|before)\b", text[e:e + 10]):
                return []
            s = m.start("u")
        elif pre in ("many", "several", "some", "a few", "the few", "the first") and _following_word(text, e).lower() == "of":
            return []
        elif pre == "some" and re.search(r"\b(?:in|on)\s{1,3}$", text[max(0, s - 4):s], re.I):
            return []      # "in some years the harvest fails": some of the years, not a length
        return [(s, e, info)]
    if kind == "set":
        if (g.get("u") or "").lower().startswith(("minute", "second")) and "n" not in g:
            return []      # "every minute counts", "every second day": a saying or an order, not a timetable
        if "per" in g:
            return []      # "300 a day", "2.2 million barrels per day": a rate; news corpora leave these untagged
        if "every" in g and g["u"][:1].isupper() is False and (g["u"].lower() in WEEKDAYS or g["u"].lower() in MONTHS):
            return []      # "each march through the city"
        if "n" in g and g["n"].lower() not in VAGUE_NUMBERS and (c := DUR_PAIR_AFTER.match(text, e, e + 30)) \
                and (g["u"].lower(), c.group("u2").lower().rstrip("s")) in DUR_PAIRS and c.group("num2").lower() not in VAGUE_NUMBERS:
            # "once every 11 hours and 55 minutes": one period in two units
            return [(s, c.end(), dict(info, pair_n=c.group("num2"), pair_u=c.group("u2")))]
        if "adv" in g:
            prev = text[max(0, s - 20):s].lower().split()
            if re.match(r"\s{1,3}[A-Z]", text[e:e + 3]) or (prev and prev[-1].endswith("-run")):
                return []  # "the state-run daily Al-Thawra": a newspaper
            nxt = _following_word(text, e)
            if nxt.islower() and nxt not in _NOT_A_NOUN and not RECURRING_NOUN_AFTER.match(text, e):
                return []  # "the quarterly dividend", "daily flights": an adjective, not a time
            if re.search(r"(?:\d|million|billion|thousand|hundred|percent|%)\W{0,3}\s{1,3}$", text[max(0, s - 25):s]):
                return []  # "rise 8% annually", "$2 million annually": a rate
        return [(s, e, info)]
    if kind == "clock_spelt":
        return _spelt_clock(g, s, e, text)
    if kind in ("clock", "clock_ap", "clock_mil"):
        if kind == "clock":
            if g["sep"] == "." and "ap" not in g and "tz" not in g:
                return []  # "3.45 million"
            if "ap" not in g and "tz" not in g:
                # bare "18:02" is a time only if nothing suggests a score or a ratio (a number on
                # the line before is no score: a live blog's date heading, then "22:40 - ...")
                if re.search(r"\d[ \t]{0,2}$", text[max(0, s - 3):s]) and not DATE_STAMP_BEFORE.search(text, max(0, s - 14), s):
                    return []
        if "tz" not in g and ("ap" in g or kind == "clock") and (c := CITY_TIME_AFTER.match(text, e)):
            e = c.end()    # "1:45 p.m. Frankfurt time", "10 a.m. Beijing time": the zone is part of it
        return [(s, e, info)]
    if kind == "season":
        rel = (g.get("rel") or "").lower()
        coord = None
        if "pmod" in g:              # "the end of the summer": the end is its mod
            info["mod"] = info.pop("pmod")
        if "y" not in g and rel in ("the", "") and (co := SEASON_COORD_AFTER.match(text, e)):
            # "the spring and summer of 1942" (a winter before another season is the one before:
            # "the winter and spring of 1942" is 1941-WI)
            y = int(co.group("y"))
            info["y"] = str(y - 1 if g["s"].lower() == "winter" and co.group("s").lower() != "winter" else y)
        if not rel and "y" not in info and "mod" not in info:
            coord = SEASON_COORD_BEFORE.search(text, max(0, s - 36), s)
            if not coord:
                return []
            rel = info["rel"] = " ".join(coord.group("rel").lower().split())    # "that summer and autumn": that autumn
            if rel != "this":      # "this winter and spring": each this year's
                info["coord"] = "1"    # "the previous autumn and winter", "the late summer and autumn": the first after that season
        if g["s"].lower() == "fall" and "y" not in info and "yrel" not in g and "that" not in g and rel in ("the", "") \
                and not coord and not _in_the_fall(text, s, e):
            return []      # "the fall of Aleppo", "the fall in prices", "hurt in the fall"
        if rel == "the" and "y" not in g and re.match(r"\s{1,3}of\b", text[e:e + 6]):
            return []
        if not g["s"].islower() and not g["s"].istitle():
            return []
        if g["s"][:1].isupper() and "y" not in g and re.match(r"\s{1,3}[A-Z]", text[e:e + 4]):
            return []      # "the next Summer Olympics", "the Winter Palace": part of a name
        if rel in ("the", "") and "y" not in g and _SEASONS_WEATHER.match(text, e):
            return []      # "to escape the summer heat", "winter clothes": what the season is like, no time of it
        if "y2" in g:
            info.pop("y2")
            if g["s"].lower() != "winter" or int(g["y2"]) != (int(g["y"]) + 1) % 10 ** len(g["y2"]):
                e = m.end("y")     # "the summer of 2015-16" is no season of two years
            # "the winter of 1941-42": the winter that begins in 1941 (TimeML 1941-WI)
        return [(s, e, info)]
    if kind == "quarter_rel":
        rel = (g.get("rel") or "").lower()
        if "y3" in g:      # "the same period of 2006": one timex, the period meant in that year
            y3 = info.pop("y3")
            if "y" in g or rel not in ("same", "corresponding", "comparable"):
                e = m.end("qp")            # "the quarter in 2006 ..."; "the 1988 quarter of 1989"
            else:
                info["y"] = y3
        if not rel and not text[s:e].lower().startswith("the"):
            return []
        if rel in ("first", "second"):
            return []
        return [(s, e, info)]
    if kind == "pod":
        pod = g["pod"].lower()
        if "the" in g and pod in ("morning", "afternoon", "evening") and POD_OF_AFTER.match(text, e):
            return []      # "the morning of 4 June": the day is the timex
        if pod == "hours" and HOURS_OF_DAY_POD_AFTER.match(text, e):
            return []      # "the early hours of Thursday morning": the day's own part of day is the timex
        if pod == "overnight":
            # a bare "overnight" ("drones struck Kharkiv overnight", TimeBank's "overnight
            # losses") is the night before the day told; beside a day ("overnight Sunday",
            # "Sunday overnight", "overnight from Saturday to Sunday") the day is the timex,
            # and "an overnight stay", "almost overnight", "won't happen overnight" are no time
            if "the" in g or "mod" in g or OVERNIGHT_NOT_BEFORE.search(text, max(0, s - 30), s) \
                    or OVERNIGHT_NOT_AFTER.match(text, e):
                return []
            return [(s, e, info)]
        if pod == "night" and not ("the" in g and "mod" not in g and NIGHT_IN_BEFORE.search(text, max(0, s - 12), s)
                                   and not re.match(r"\s{1,3}(?:of|before|after)\b", text[e:e + 10])):
            return []      # only "during/in the night" is that part of the day told ("a night to
            # remember"; "in the night of 5/6 July": the day is the timex)
        if pod == "hours" and not ("the" in g and g.get("mod", "").lower() == "early"):
            return []      # only "the early hours" names a part of the day
        if "the" not in g and "mod" not in g and pod not in ("dawn", "dusk", "daybreak", "nightfall") \
                and not (pod in ("morning", "afternoon", "evening") and (POD_LIMIT_BEFORE.search(text, max(0, s - 8), s)
                                                                         or POD_TRADING_AFTER.match(text, e))):
            # a bare "evening" is a time only as a limit ("By evening the redcoats were back")
            # or as the part of a trading day ("fell back in afternoon trading")
            return []
        return [(s, e, info)]
    if kind == "ordword":
        d = ORD_DAY.get(" ".join(g["ow"].lower().replace("\u2013", "-").split()))
        if d is None:
            return []
        info = {"kind": "dmy", "d": str(d), "mon": g["mon"]}
        if "y" in g:
            info["y"] = g["y"]
        return [(s, e, info)]
    if kind == "nth_day":
        # "for the second day (in a row)" is a count, "the first day of May/of the month/of
        # school/of classes" a calendar day (none the text counts), "Day One" a title; "day 3" needs "on" or "by" before it
        before = text[max(0, s - 14):s]
        if NTH_DAY_NOT_BEFORE.search(before) or NTH_DAY_NOT_AFTER.match(text, e) or (
                "nw" in g and (g["nw"][:1].isupper() or not re.search(r"\b(?:on|by|until|till|since|from)\s{1,3}$", before, re.I))):
            return []
        return [(s, e, info)]
    if kind == "mid_unit":
        return [(s, e, {"kind": "part_of", "pos": "middle", "rel": "the", "u": g["u"].lower()})]
    if kind == "ordinal_of":
        if not 1 <= int(g["d"]) <= 31:
            return []
        return [(s, e, info)]
    if kind == "ordinal_day":
        if g.get("link") and not ORDINAL_DAY_LINKED.search(text, max(0, s - 30), s):
            return []          # "to the 16th" is a day only after one: "the night of the 15th to the 16th"
        s, e = m.span("span")
        nxt = text[e:e + 15]
        # "the 24th Infantry Division" is no day; "On the 28th the division arrived" is: a
        # determiner, pronoun, number or preposition cannot be the noun an ordinal qualifies
        if re.match(r"\s{0,3}(?:of\s{1,3})?[A-Za-z]", nxt) and not ORDINAL_DAY_NEXT.match(nxt) and not (
                text[m.start():m.start() + 2] in ("on", "On")
                and (ORDINAL_DAY_VERB.match(nxt) or ORDINAL_DAY_NAME_VERB.match(text, e, e + 40))):
            return []
        if not 1 <= int(g["d"]) <= 31:
            return []
        return [(s, e, info)]
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        if len(g["a"]) == 4:
            if g["sep"] == "." or len(g["c"]) != 2 and False:
                return []
            if not (1 <= b <= 12 and 1 <= int(g["c"]) <= 31 and len(g["c"]) == 2):
                return []
            info["ymd"] = "1"
        elif len(g["a"]) == 3 or a == 0 or b == 0 or a > 31 or b > 31 or (a > 12 and b > 12):
            return []
        if g["sep"] == "-" and len(g["c"]) == 2 and len(g["a"]) != 4:
            return []      # "10-12-14" is more often a score or a range
        return [(s, e, info)]
    return [(s, e, info)]


# lower number = preferred when two candidates have the same span
_PRIORITY = {k: i for i, (k, _) in enumerate(PATTERNS)}
_PRIORITY["set"] = -1


# Every timex contains an anchor word. One scan finds them; each pattern then runs only on
# short windows around the anchors it needs, so prose without dates costs almost nothing and
# long stretches of junk (tables of numbers, other scripts) cost one fast scan.
ANCHOR_WORDS = {
    "month": "january february march april may june july august september october november "
             "december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. jan feb mar "
             "apr jun jul aug sep sept oct nov dec",
    "wd": "monday tuesday wednesday thursday friday saturday sunday mon. tue. tues. wed. thu. "
          "thur. thurs. fri. sat. sun. mondays tuesdays wednesdays thursdays fridays saturdays sundays",
    "unit": " ".join(u + sfx for u in "second minute hour day week fortnight month year "
                     "decade".split() for sfx in ("", "s", "long", "slong", "old", "sold")),
    "cent": "century centuries",
    "wkend": "weekend weekends",
    "yadj": "year-earlier year-ago year-end year_end year's_end year’s_end",   # _ = a space
    "deic": "yesterday today tomorrow tonight",
    "ref": "now currently recently lately nowadays presently soon formerly previously past future "
           "present these current recent term",
    "pod": "morning afternoon evening night overnight noon midday midnight hours dawn dusk daybreak "
           "nightfall sunrise sunset",
    "hol": "christmas new_year's new_year’s boxing valentine's valentine’s international may_day bastille "
           "halloween armistice remembrance veterans veteran's veteran’s labor labour memorial election "
           "thanksgiving martin orthodox easter good_friday ash_wednesday ides black_friday cyber_monday presidents presidents' presidents’ singles singles' singles’ d-day v-e ve_day",
    "season": "summer winter spring autumn fall season",
    "sess": "session",
    "q": "quarter quarters half period q1 q2 q3 q4 h1 h2 q0 q5 q6 q7 q8 q9 h0 h3 h4 h5 h6 h7 h8 h9",   # ("4Q09")
    "fiscal": "fiscal fy financial",
    "set": "every each daily weekly monthly annually yearly hourly nightly biweekly fortnightly quarterly per "
           "once twice thrice times",
    "yw": "nineteen thousand twenties thirties forties fifties sixties seventies eighties nineties",
    "era": "bc bce b.c. b.c.e. ad a.d. ce c.e.",
    "mid": "mid midmonth midweek midyear",
    "oclock": "o'clock o’clock",
}
_WORD_CLASS = {w.replace("_", " "): c for c, ws in reversed(list(ANCHOR_WORDS.items())) for w in ws.split()}
WORD_ANCHOR = re.compile(r"(?=[A-Za-z])(?<![A-Za-z])(?:" + _trie(_WORD_CLASS) + r")(?![a-z])", re.I)
# The same on lower-cased text, without IGNORECASE: the engine then skips a trie branch by its
# first letter in one test (under IGNORECASE it enters every branch); twice as fast.
WORD_ANCHOR_LOWER = re.compile(r"(?=[a-z])(?<![a-z])(?:" + _trie(_WORD_CLASS) + r")(?![a-z])")
# The same anchors (group 1) found from the non-letter before them: the engine skips to that
# class in C, where the lookarounds above make it try every letter (a third faster on prose,
# slower where letters are few, so used on prose only: see _windows). No anchor
# is followed by a letter, so the non-letter before the next one is never part of the last; only
# one at the text's start has none (WORD_ANCHOR_AT_START).
WORD_ANCHOR_AFTER = re.compile(r"[^a-z](" + _trie(_WORD_CLASS) + r")(?![a-z])")
WORD_ANCHOR_AT_START = re.compile(r"(" + _trie(_WORD_CLASS) + r")(?![a-z])")
# The same three, a run of one anchor word repeated ("Monday, Monday, …", "may may …") found as
# one anchor: the word again after up to 70 non-letters (less than any class's two reaches, so
# _windows would merge their windows anyway), unless what follows it could make a longer anchor
# ("May May Day", "Jan Jan.", "year year-end": that one is found on its own)
_LONGER = _trie({w[len(v):] for w in _WORD_CLASS for v in _WORD_CLASS if len(w) > len(v) and w.startswith(v) and not w[len(v)].isalpha()})
_AGAIN = r"(?![a-z])(?:[^a-z]{1,70}\1(?![a-z])(?!" + _LONGER + r"))*+"
WORD_ANCHOR_LOWER_RUNS = re.compile(r"(?=[a-z])(?<![a-z])(" + _trie(_WORD_CLASS) + ")" + _AGAIN)
WORD_ANCHOR_AFTER_RUNS = re.compile(r"[^a-z](" + _trie(_WORD_CLASS) + ")" + _AGAIN)
WORD_ANCHOR_AT_START_RUNS = re.compile(r"(" + _trie(_WORD_CLASS) + ")" + _AGAIN)
# Opens with its first character (a digit or an apostrophe), not a lookahead, so the engine
# jumps from one candidate character to the next in C; the checks on what comes before follow.
# (a separator does not take the digit after it: in "2017-05-06 p.m." that digit opens "06 p.m.")
NUM_ANCHOR = re.compile(
    r"[\d'’](?:(?<=['’])(?<!\d['’])(?P<dec2>\d0s)"      # '90s ('dec2' is the class 'dec')
    r"|(?<=\d)(?<!\d\d)(?:(?P<dec>\d{2}0['’]?s(?![A-Za-z]))|(?P<num4>\d{3})(?!\d)"
    r"|(?P<clk>\d?(?:[:.]\d\d|\s{0,2}(?i:[ap]\.?\s?m|o['’]clock)))"
    r"|(?P<ord>\d?(?:st|nd|rd|th)(?![A-Za-z]))|(?P<numsep>\d?[/.\-\u2013](?=\d))))")
# The same for ASCII text, where "[\d'’]" is "[0-9']": the engine tests that class on a bitmap,
# twice as fast as the Unicode digit category it must ask for every character of "[\d'’]"
NUM_ANCHOR_ASCII = re.compile("[0-9']" + NUM_ANCHOR.pattern[len("[\\d'’]"):])
# The same, a run of separated numbers ("1/1/1/…", "12-34-56-…") found as one numsep anchor: each
# number after a separator would open a numsep anchor of its own (the others need no separator
# right after it or are a clock's "10.30"), and _windows merges a class's anchors so close anyway
_NUMSEP = r"(?P<numsep>\d?[/.\-\u2013](?=\d))"
_NUMSEP_RUN = r"(?P<numsep>\d?[/.\-\u2013](?=\d)(?:\d(?!\d?[:.]\d\d)\d?[/.\-\u2013](?=\d))*+)"
NUM_ANCHOR_RUNS, NUM_ANCHOR_RUNS_ASCII = (re.compile(p.pattern.replace(_NUMSEP, _NUMSEP_RUN)) for p in (NUM_ANCHOR, NUM_ANCHOR_ASCII))
# anchor classes each pattern needs, and how far (left, right) its matches reach around them
NEEDS = {
    "iso": "num4", "numeric": "num4 numsep", "mdy": "month", "dmy": "month", "dmy_dash": "month", "my": "num4 dec", "month": "month",
    "decade": "dec num4", "century": "cent", "fiscal": "fiscal", "year": "num4", "year_pair": "num4", "quarter": "q",
    "qcode": "q", "qcode_year": "q", "month_short": "month", "num_week": "unit", "nine_eleven": "numsep", "month_quarter": "q", "quarter_rel": "q", "season": "season", "sport_season": "season", "session": "sess", "part_of": "unit cent", "weekday": "wd", "nth_weekday": "wd",
    "deictic": "deic", "refword": "ref", "relunit": "unit pod cent wkend", "weekend": "wkend", "the_year": "unit",
    "duration": "unit q cent", "unit_adj": "unit", "bare_later": "unit", "vague_dur": "unit q cent", "set": "set wd",
    "clock": "clk", "clock_ap": "clk", "clock_spelt": "q pod oclock deic", "clock_mil": "num4", "clock_word": "pod", "pod": "pod", "holiday": "hol",
    "ordinal_day": "ord", "ordinal_of": "ord", "nth_day": "unit", "ordword": "month", "mid_unit": "mid", "period_of": "unit q wkend",
    "year_adj": "yadj", "year_end": "yadj", "same_back": "unit", "year_words": "yw", "decade_words": "yw", "era_year": "era",
    "era_date": "era",
}
# "year's end", "year-ago" anchor only their own class (the longest anchor word wins), yet they
# begin with "year": whatever needs a unit word needs them too ("three year's end" is "three year")
NEEDS = {k: v + " yadj" if "unit" in v.split() else v for k, v in NEEDS.items()}
REACH = {"unit": (60, 40), "q": (60, 40), "cent": (60, 40), "month": (45, 40), "num4": (60, 30), "dec": (60, 30)}
_DEFAULT_REACH = (40, 30)
_NEEDED = {kind: tuple(sorted(needs.split())) for kind, needs in NEEDS.items()}
_KINDS_NEEDING: dict[tuple[str, ...], list[str]] = {}     # classes -> the kinds needing them (sharing windows)
for _kind, _classes in _NEEDED.items():
    _KINDS_NEEDING.setdefault(_classes, []).append(_kind)


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Merge sorted windows; widen each end to a word boundary so word-boundary checks stay honest."""
    out: list[list[int]] = []
    for ws, we in sorted(spans) if len(spans) > 1 else spans:
        if out and ws <= out[-1][1]:
            out[-1][1] = max(out[-1][1], we)
        else:
            out.append([ws, we])
    return _to_word_ends(out, text)


def _to_word_ends(spans, text: str) -> list[tuple[int, int]]:
    """Each window's end moved on to the first place between two non-alphanumerics (at most
    40 characters on)."""
    word_end = _WORD_END.match
    return [(a, word_end(text, b, b + 40).end()) for a, b in spans]


# from a window end: a non-alphanumeric right after an alphanumeric, then alphanumeric runs each
# with the one character after it (read with endpos 40 characters on; possessive: a single pass)
_WORD_END = re.compile(r"(?:(?<=[^\W_])[\W_])?(?:[^\W_]++[\W_]?)*+")


def _windows(text: str, low: str | None = None) -> dict[str, list[tuple[int, int]]]:
    """Windows per pattern kind. low: text.lower() when it has the same length (faster scan)."""
    by_class: dict[str, list[list[int]]] = {}
    n = len(text)
    classes_of: dict[str, str] = {}        # anchor words seen, by spelling

    def add(c: str, ws: int, we: int) -> None:
        """Widen an anchor to its class's window; merge with the class's last window."""
        left, right = REACH.get(c, _DEFAULT_REACH)
        ws = ws - left if ws > left else 0
        we = we + right if we + right < n else n
        wins = by_class.get(c)
        if wins is None:
            by_class[c] = [[ws, we]]
        elif ws <= wins[-1][1]:
            if we > wins[-1][1]:
                wins[-1][1] = we
        else:
            wins.append([ws, we])

    # in text order, so windows of a class merge as they come; runs of anchors of one class
    # (date-dense text) take a fast path: the next window merges when the gap is small (each
    # scan has its own run state: the classes of number anchors and of words are disjoint). The two
    # loops are written out: one shared generator-fed loop measured 10-30% slower on dense text
    last_class, last_end, gap, gap_right, wins = None, 0, 0, 0, None
    for m in (NUM_ANCHOR_RUNS_ASCII if text.isascii() else NUM_ANCHOR_RUNS).finditer(text):
        c = m.lastgroup
        if c == "dec2":
            c = "dec"
        ws, we = m.span()
        if c == last_class and ws - last_end <= gap:     # "1/1/1/...", "14-14-14-..."
            wins[-1][1] = we + gap_right if we + gap_right < n else n
        else:
            add(c, ws, we)
            last_class, wins = c, by_class[c]
            gap_left, gap_right = REACH.get(c, _DEFAULT_REACH)
            gap = gap_left + gap_right
        last_end = we
    last_class, last_end, gap, gap_right, wins = None, 0, 0, 0, None
    # (group g: the anchor word; the match ends where its run ends)
    if low is None:
        found, g = WORD_ANCHOR.finditer(text), 0
    elif low.count("e") * 20 < len(low):      # few letters ("1 1 1 …", runs of spaces): a start
        found, g = WORD_ANCHOR_LOWER_RUNS.finditer(low), 1     # at every non-letter would cost more
    else:
        first = WORD_ANCHOR_AT_START_RUNS.match(low)
        found, g = WORD_ANCHOR_AFTER_RUNS.finditer(low), 1
        if first is not None:
            found = itertools.chain((first,), WORD_ANCHOR_AFTER_RUNS.finditer(low, first.end()))
    for m in found:
        w = m.group(g)
        c = classes_of.get(w)
        if c is None:
            c = classes_of[w] = _WORD_CLASS.get(" ".join(w.lower().split()))
        ws, we = m.start(g), m.end()
        if c is last_class and ws - last_end <= gap:
            wins[-1][1] = we + gap_right if we + gap_right < n else n
        else:
            add(c, ws, we)
            last_class, wins = c, by_class[c]
            gap_left, gap_right = REACH.get(c, _DEFAULT_REACH)
            gap = gap_left + gap_right
        last_end = we
    # (a class's windows are merged already: built in order, each merged with the one before)
    merged = {c: _to_word_ends(v, text) for c, v in by_class.items()}
    out = {}
    # the classes a kind needs that the text has decide its windows: kinds that need "unit q
    # cent" and "unit yadj" share one merge where the text has unit words only
    shared: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for classes, kinds in _KINDS_NEEDING.items():
        if len(classes) == 1:
            wins = merged.get(classes[0], [])
        else:
            present = tuple([c for c in classes if c in merged])
            wins = shared.get(present)
            if wins is None:
                wins = shared[present] = _merge([w for c in present for w in merged[c]], text)
        for kind in kinds:
            out[kind] = wins
    return out


# A case-insensitive pattern finds its matches faster in lower-cased text without IGNORECASE
# (see WORD_ANCHOR_LOWER); the match is then taken again from the text itself, at the same
# place, so _parts sees exactly what it always sees. Patterns with case-sensitive parts stay.
_SOURCE_TOKEN = re.compile(r"\\.|\(\?P[<=]\w+[>)]|[^\\(]+|\(")     # escapes, group names, the rest


def _on_lower_text(pat: re.Pattern) -> re.Pattern | None:
    if not pat.flags & re.I or "(?-i" in pat.pattern:
        return None
    src = "".join(t if len(t) > 1 and t[0] in "\\(" else t.lower() for t in _SOURCE_TOKEN.findall(pat.pattern))
    return compile_skipping(src, pat.flags & ~re.I)


_LOWER_PATTERNS = {kind: _on_lower_text(pat) for kind, pat in PATTERNS}
_LEFT, _RIGHT = 25, 30      # the context a memo key of recognise holds around a match
# kinds whose parse rejects every match holding none of these groups: recognise skips such a
# match unparsed (1 MB of date words holds 20,000 bare number words, none a clock time)
_PARSED_ONLY_WITH = {"clock_spelt": SPELT_CLOCK_NEEDS}
_MEMO_AFTER = 4             # recognise memoises a kind's parses after this many,
_MEMO_REVIEW = 256          # and, when it has found fewer than a quarter of this many,
_MEMO_PAUSE = 4096          # pauses it for this many
# what _parts may read around a match: a duration's CLOCK_BEFORE looks 300 characters back, a
# half's MATCH_WORDS 200 on (with room for the word boundaries at their edges); a memo hit
# counts only where all of it is the same
_READ_LEFT, _READ_RIGHT = 310, 210
# What a window must hold for a kind to match in it, written for lower-cased text: a quick
# search that spares the full pattern most windows of its anchor class (a window around "year"
# seldom holds "the fiscal year" or "year-old"). Each is part of every match of its pattern (or
# of what its lookahead reads), so a window without it holds no match: skipping it loses nothing.
# A gate that can open with a literal word ("of", "day", "same") does, with lookbehinds for the
# words before it: the engine finds a literal prefix far faster than a class of first letters
# (a lookbehind may read before the window: it lets a window through, never holds one back).
_MON3 = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# (a gate opens with a character class, not a lookbehind, so the engine skips to its candidates
# in C: "\d(?<!\d\d)" is a digit that no digit comes before)
_GATES = {
    "mdy": r"\d",
    "dmy": r"\d(?<!\d\d)\d?(?:st|nd|rd|th)?(?:\s{1,3}of)?\s{1,3}" + _MON3,    # not "2017 January"
    "my": _MON3 + r"[a-z]*\.?(?:\s{1,3}of)?,?\s{1,3}[12]\d\d\d",
    "ordword": r"of(?<=\sof)\s{1,3}" + _MON3,
    "numeric": r"\d[/.-]\d{1,2}[/.-]\d\d",
    "iso": r"\d{4}-\d\d-\d",
    "year_pair": r"\d{4}[-\u2010-\u2015/]\d\d",
    "decade": r"0['\u2019]?s",
    "qcode": r"[qh][1-4]",
    "qcode_year": r"[1-4][qh]\d",
    "num_week": r"week\s{1,3}\d",
    "month_short": r"(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)t?\.?\s{0,3}(?:to|through|[-\u2010-\u2015/])",   # (what _parts reads after it)
    "dmy_dash": r"\d-[a-z]",
    "nine_eleven": r"9/11",
    "clock_ap": r"\d(?<![\w:.]\d)\d?\s{0,2}(?:[ap]\.?\s?m|o['\u2019]clock)",   # not "10:30 p.m."
    "clock_mil": r"\d{4}\s{0,2}[hgulecmpbiz]",
    "the_year": r"the\s{1,3}(?:(?:fiscal|financial|business)\s{1,3})?year",
    "bare_later": r"s\s{1,3}(?:later|earlier|after|before)",
    "unit_adj": r"[rykhes][-\u2010-\u2015]?(?:old|long)",
    "nth_day": r"day(?:\s{1,3}[otfsen1-9]|(?<=(?:st|nd|rd|th)\sday)|(?<=(?:st|nd|rd|th)\s\sday)|(?<=(?:st|nd|rd|th)\s\s\sday))",
    # (a duration's unit word, without which "two and a half …", a q anchor a word, is scanned for none)
    "duration": r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur)",
    "vague_dur": r"\s(?:day|week|month|year|decade|hour|minute|centurie|quarter)s",
    "set": r"every|each|ly|once|twice|thrice|times|a\s|per\s",     # "daily" ... "quarterly" end in "ly"
    # the words that end a relative phrase, then its unit ("the next day", "this past week")
    "relunit": r"(?:past|coming|same|last|next|this|previous|following|current|that|the|latest|preceding|prior|ensuing|full)"
               r"\s{1,3}(?:(?:fiscal|financial|business)\s{1,3})?(?:week|month|year|decade|century|day|morning|afternoon|evening|night|fortnight)",
    # ("or so" read as "so": a gate may let more through, never less)
    "period_of": "of\\s(?:" + "|".join(rf"(?<={unit}\s{{{n}}}of\s)" for unit in
                                        "weeks week days day weekends weekend fortnight half months month so".split()
                                        for n in (1, 2, 3)) + ")",
    "part_of": r"of(?<=\sof)\s{1,3}(?:the|this|last|next|that)\s{1,3}(?:year|month|week|decade|century|day)",
    "same_back": r"same\s{1,3}(?:month|week|day)",
    "nth_weekday": r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s{1,3}(?:in|of)\s{1,3}" + _MON3,
}
_GATES_LOWER = {kind: compile_skipping(g) for kind, g in _GATES.items()}    # searched in text.lower()
_GATES_TEXT = {kind: compile_skipping(g, re.I) for kind, g in _GATES.items()}  # when lower-casing shifts offsets


def recognise(text: str) -> list[tuple[int, int, dict]]:
    """Candidates from every pattern, then the non-overlapping set that covers most text
    (weighted interval scheduling), so longer expressions win over their pieces."""
    best: dict[tuple[int, int], tuple[int, int, list]] = {}
    low = text.lower()
    if len(low) != len(text):          # a letter that lower-cases to two ("İ"): offsets would shift
        low = None
    windows = _windows(text, low)
    doc: dict[str, bool] = {}      # what _parts found in the whole text (see _in_text)
    ascii_text = text.isascii()     # (where a match on the lower-cased text has the groups of one on the text)
    # _parts reads at most _READ_LEFT chars before a match and _READ_RIGHT after it, so a match
    # with the same surroundings parses the same: date-dense text validates each distinct one
    # once. The memo is keyed on the nearer surroundings (quick to hash) and holds the wider ones
    # its parse read, compared in place on a hit. A candidate is kept as (priority, match start,
    # parts relative to it); the parts are only built for the candidates chosen.
    for kind, pat in PATTERNS:
        kind_windows = windows[kind]
        if not kind_windows:         # (most kinds, in most texts: no anchor of theirs)
            continue
        prio = _PRIORITY[kind]
        gate = _GATES_LOWER.get(kind) if low is not None else _GATES_TEXT.get(kind)
        gated = low if low is not None else text
        lower = _LOWER_PATTERNS[kind] if low is not None else None
        needs = _PARSED_ONLY_WITH.get(kind) if lower is None or ascii_text else None
        unmatched = (None,) * len(needs) if needs else None
        # (offset of the match in the surroundings read, those surroundings, match length, candidate)
        memo: dict[tuple, tuple[int, str, int, tuple | None]] = {}
        last = None      # the entry of the last match parsed or found in the memo
        # The memo's keys and slices cost every match. An article repeats no surroundings: the
        # memo starts after a few parses of the kind, where text may repeat. Text that repeats
        # none for a while (random date words) pauses it, to try it again later.
        parsed = hits = 0        # matches of this kind parsed; found in the memo since memo_from
        memo_from = _MEMO_AFTER  # the memo is used from this many parses on
        for ws, we in kind_windows:
            if gate is not None and not gate.search(gated, ws, we):
                continue
            for m in pat.finditer(text, ws, we) if lower is None else lower.finditer(low, ws, we):
                ms, me = m.span()
                if me == ms or needs is not None and m.group(*needs) == unmatched:
                    continue
                wlo = ms - _READ_LEFT if ms > _READ_LEFT else 0
                # repeated text: the surroundings of the last match again, compared in place
                if last is not None and last[0] == ms - wlo and last[2] == me - ms and text.startswith(last[1], wlo):
                    cand = last[3]
                    hits += 1
                else:
                    mkey = None
                    if parsed >= memo_from:
                        lo = ms - _LEFT if ms > _LEFT else 0
                        mkey = (ms - lo, me - lo, text[lo:me + _RIGHT])
                        last = memo.get(mkey)
                    if last is not None and last[0] == ms - wlo and text.startswith(last[1], wlo):
                        cand = last[3]
                        hits += 1
                    else:
                        last = None
                        parsed += 1
                        if parsed - memo_from >= _MEMO_REVIEW:      # (parses since the memo is on)
                            memo_from = parsed + (_MEMO_PAUSE if hits * 4 < _MEMO_REVIEW else 0)
                            hits = 0
                        if lower is not None:      # _parts reads the match taken from the text itself
                            m = pat.match(text, ms, we)
                            if m is None:
                                continue
                            if m.span() != (ms, me):   # a lower-casing quirk: parse it, not memoised
                                ms, me = m.span()
                                mkey = None
                        rel = [(a - ms, b - ms, info) for a, b, info in _parts(kind, m, text, doc)]
                        # (parts, key start, key end), relative to the match start
                        if len(rel) == 1:
                            cand = (rel, rel[0][0], rel[0][1])
                        else:
                            cand = (rel, min(a for a, _, _ in rel), max(b for _, b, _ in rel)) if rel else None
                        if mkey is not None:
                            last = memo[mkey] = (ms - wlo, text[wlo:me + _READ_RIGHT], me - ms, cand)
                if cand is None:
                    continue
                entry = (prio, ms, cand[0])
                held = best.setdefault((ms + cand[1], ms + cand[2]), entry)
                if prio < held[0]:
                    best[ms + cand[1], ms + cand[2]] = entry
    # Overlapping candidates form clusters; a lone candidate is simply taken, and the
    # scheduling runs per cluster (the best cover of the text is the union of theirs). The
    # choice depends only on the cluster's shape (spans relative to its start), and date-dense
    # text repeats a few shapes: each is scheduled once.
    spans = sorted(best)
    out: list[tuple[int, int, dict]] = []
    schedules: dict[tuple, list[int]] = {}
    i, n = 0, len(spans)
    while i < n:
        j, reach = i + 1, spans[i][1]
        while j < n and spans[j][0] < reach:
            if spans[j][1] > reach:
                reach = spans[j][1]
            j += 1
        if j == i + 1:
            chosen = (spans[i],)
        elif (spans[i][0], reach) in best:
            # one candidate spans the whole cluster ("January 5, 2017" over "January" and
            # "2017"): no other choice covers as much, and _schedule, which keeps the first of
            # equal covers by end, takes it alone
            chosen = ((spans[i][0], reach),)
        else:
            s0 = spans[i][0]
            shape = tuple([(s - s0, e - s0) for s, e in spans[i:j]])
            picked = schedules.get(shape)
            if picked is None:
                picked = schedules[shape] = _schedule(shape)
            chosen = [spans[i + c] for c in picked]
        for key in chosen:
            _, ms, rel = best[key]
            if len(rel) == 1:
                a, b, info = rel[0]
                out.append((ms + a, ms + b, info))
            else:
                out.extend([(ms + a, ms + b, info) for a, b, info in rel])
        i = j
    return out


def _schedule(spans: tuple[tuple[int, int], ...]) -> list[int]:
    """Weighted interval scheduling: the non-overlapping spans covering most text, as indices
    into spans, by end."""
    order = sorted(range(len(spans)), key=lambda k: spans[k][1])   # by end
    ends = [spans[k][1] for k in order]
    n = len(order)
    score = [0] * (n + 1)          # best covered length using the first i spans by end
    take = [False] * (n + 1)
    prev = [0] * (n + 1)
    for i, k in enumerate(order, 1):
        s, e = spans[k]
        j = bisect.bisect_right(ends, s, 0, i - 1)             # spans ending <= s
        with_i = score[j] + (e - s)
        if with_i > score[i - 1]:
            score[i], take[i], prev[i] = with_i, True, j
        else:
            score[i], take[i], prev[i] = score[i - 1], False, i - 1
    chosen: list[int] = []
    i = n
    while i > 0:
        if take[i]:
            chosen.append(order[i - 1])
            i = prev[i]
        else:
            i -= 1
    chosen.reverse()
    return chosen
