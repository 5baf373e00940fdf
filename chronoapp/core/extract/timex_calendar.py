"""Calendar and value helpers of the temporal tagger: TIMEX3's codes (parts of day, seasons,
modifiers, granularities), days and weeks written as values (_fmt_day, _week, value_of) and for
the reader (_human), a date moved by a number of units (shift, _add_months, _safe_day) and a value
read back as a date (parse_value), the n-th weekday of a month and the named days (HOLIDAYS,
easter), the year a story moving forward is in (_forward_year), dates before the common era
carried as stand-ins (BC_SHIFT, _told_before), number words and lengths of time (_num, _dur,
_unit_word), and the record a resolution returns (_r).

Apart from timex_resolve.py because none of it reads the text: it is arithmetic on dates and
TIMEX3 values, the same wherever the resolver asks it. It imports only timex_patterns' number and
unit words from the tagger, never timex_resolve.py.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re

from dateutil.easter import EASTER_JULIAN, EASTER_ORTHODOX, easter as _gregorian_easter

from chronoapp.core.dates import timex_for
from chronoapp.core.extract.timex_patterns import NUMBER_WORDS, UNIT_CODES, VAGUE_NUMBERS

D = _dt.date
WD_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
POD_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
            "hours": "MO", "dawn": "MO", "daybreak": "MO", "sunrise": "MO", "dusk": "EV", "sunset": "EV",
            "nightfall": "EV"}
SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
MOD_CODE = {"early": "START", "late": "END", "mid": "MID", "end": "END", "start": "START",
            "beginning": "START", "middle": "MID", "close": "END", "turn": "END", "rest": "END",
            "earlier": "START", "later": "END"}
QMOD_CODE = {"more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
             "well over": "MORE_THAN", "upwards of": "MORE_THAN", "less than": "LESS_THAN",
             "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
             "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
             "nearly": "APPROX", "almost": "APPROX", "about": "APPROX", "around": "APPROX",
             "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
             "close to": "APPROX", "just": None, "only": None, "barely": None}
GRAN_RANK = {"D": 0, "W": 1, "M": 2, "Q": 3, "Y": 4, "DE": 5, "CE": 6}


def _forward_year(y: int, last: D, make) -> int | None:
    """y, or y + 1 when the date would fall well before the last one mentioned and a year later
    it comes within seven months after it: a story moves forward ("7 December 1941 ... In
    March" is 1942; "... In June, at Midway" too: half a year on, not half a year back)."""
    here, after = make(y), make(y + 1)
    if here is None:
        return None
    if here < last - _dt.timedelta(days=31) and after and (after - last).days <= 210:
        return y + 1
    return y


def _nth_weekday(y: int, month: int, wd: int, n: int) -> D:
    """The n-th weekday wd (1=Mon) of a month; n = -1 for the last one."""
    if n > 0:
        first = D(y, month, 1)
        return first + _dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    last = D(y + month // 12, month % 12 + 1, 1) - _dt.timedelta(days=1)
    return last - _dt.timedelta(days=(last.isoweekday() - wd) % 7)


def _fixed(month: int, day: int):
    return lambda y: D(y, month, day)


def easter(y: int, method: int = 3) -> D:
    """Easter Sunday of year y; before the Gregorian reform (1583) the Julian reckoning, in the
    Julian dates histories give ('On 29 March, Palm Sunday' 1461, Towton)."""
    return _gregorian_easter(y, EASTER_JULIAN if method == 3 and y < 1583 else method)


# Named days, by lower-case name without apostrophes: the day they fall on in a given year.
# Only days whose date is the same wherever the news comes from (the US ones are named so).
HOLIDAYS = {
    "christmas": _fixed(12, 25), "christmas day": _fixed(12, 25), "christmas eve": _fixed(12, 24),
    "boxing day": _fixed(12, 26), "orthodox christmas": _fixed(1, 7),
    "new years": _fixed(1, 1), "new years day": _fixed(1, 1), "new years eve": _fixed(12, 31),
    "valentines day": _fixed(2, 14), "international womens day": _fixed(3, 8), "may day": _fixed(5, 1),
    "bastille day": _fixed(7, 14), "halloween": _fixed(10, 31), "armistice day": _fixed(11, 11),
    "remembrance day": _fixed(11, 11), "veterans day": _fixed(11, 11),
    "easter": easter, "easter sunday": easter, "easter day": easter,
    "good friday": lambda y: easter(y) - _dt.timedelta(days=2),
    "ash wednesday": lambda y: easter(y) - _dt.timedelta(days=46),   # (western only: the same for every church keeping it)
    "easter monday": lambda y: easter(y) + _dt.timedelta(days=1),
    "orthodox easter": lambda y: easter(y, EASTER_ORTHODOX),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4), "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    # US shopping days: the day after Thanksgiving, and the Monday after it
    "black friday": lambda y: _nth_weekday(y, 11, 4, 4) + _dt.timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 4, 4) + _dt.timedelta(days=4),
    "presidents day": lambda y: _nth_weekday(y, 2, 1, 3),     # US: the third Monday in February
    "singles day": _fixed(11, 11),                             # China's shopping day
    "labor day": lambda y: _nth_weekday(y, 9, 1, 1), "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 1, 3),
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + _dt.timedelta(days=1),   # US: Tuesday after the first Monday
    "ides of march": _fixed(3, 15), "the ides of march": _fixed(3, 15),      # Caesar's death, 44 BC
    # days of history by name: Victory in Europe Day, the Normandy landings (patterns let
    # "D-Day" through only in their story)
    "ve day": lambda y: D(1945, 5, 8), "v-e day": lambda y: D(1945, 5, 8), "d-day": lambda y: D(1944, 6, 6),
}


def _fmt_day(d: D) -> str:
    return d.isoformat()


@functools.lru_cache(maxsize=256)
def _human(d: D) -> str:
    return f"{WD_ABBR[d.weekday()]} {d.day} {d.strftime('%b')} {d.year}"


def _week(d: D) -> str:
    return timex_for(d, "week")


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + n
    return t // 12, t % 12 + 1


def _safe_day(y: int, m: int, d: int) -> D | None:
    try:
        return D(y, m, d)
    except ValueError:
        return None


# ----------------------------------------------------------------- values of a period
_PRECISION = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "DE": "decade", "CE": "century"}


def value_of(d: D, gran: str) -> str:
    """TIMEX3 value of the period of granularity ``gran`` containing ``d``."""
    return timex_for(d, _PRECISION[gran])


def shift(d: D, n: float, unit: str) -> D:
    """d moved by n units (negative = back). Months/years keep the day where possible."""
    if unit == "D":
        return d + _dt.timedelta(days=round(n))
    if unit == "W":
        return d + _dt.timedelta(days=round(7 * n))
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit] * n
    y, m = _add_months(d.year, d.month, round(months))
    y = min(max(y, 1), 9999)
    return _safe_day(y, m, d.day) or _safe_day(y, m, 28)


_VALUE_PARSE = [
    (re.compile(r"^(\d{4})-(\d\d)-(\d\d)"), "D"),
    (re.compile(r"^(\d{4})-W(\d\d)$"), "W"),
    (re.compile(r"^(\d{4})-(\d\d)$"), "M"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "Q"),
    (re.compile(r"^(\d{4})$"), "Y"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI|H1|H2)$"), "S"),   # seasons and halves: the year they fall in
]


def parse_value(v: str) -> tuple[D, str] | None:
    """Inverse of value_of for the granularities the narrative anchor keeps."""
    for rx, gran in _VALUE_PARSE:
        m = rx.match(v)
        if not m:
            continue
        y = int(m.group(1))
        try:
            if gran == "D":
                return D(y, int(m.group(2)), int(m.group(3))), "D"
            if gran == "W":
                return D.fromisocalendar(y, int(m.group(2)), 1), "W"
            if gran == "M":
                return D(y, int(m.group(2)), 1), "M"
            if gran == "Q":
                return D(y, 3 * int(m.group(2)) - 2, 1), "Q"
            if gran == "S":
                # a winter begins in December and runs into the next year (1941-WI is the winter
                # of 1941-42): "January" after it is 1942's (see _forward_year, _season_year)
                code = m.group(2)
                return D(y, 12 if code == "WI" else SEASON_MONTH.get(code) or (1 if code == "H1" else 7), 1), "Y"
            return D(y, 1, 1), "Y"
        except ValueError:
            return None
    return None


_parse_value_cached = functools.lru_cache(maxsize=512)(parse_value)

# A date before the common era cannot be a datetime.date, yet a history goes on from it ("in
# 218 BC ... The following spring", "21 June 217 BC ... that summer"). The narrative anchor
# carries it as a stand-in date BC_SHIFT years on (218 BC, astronomical year -217, is 7783;
# a multiple of 400 keeps weekdays and leap years), so the counting works unchanged, and what
# is counted from it is written back as TIMEX's BC0217.
BC_SHIFT = 8000
_BC_VALUE = re.compile(r"BC(\d{4})(?=-|$)")
_STAND_IN_VALUE = re.compile(r"(?<![\d-])(\d{4})(?=-|T|$)")


def _stand_in(v: str) -> str:
    """'BC0218-06' -> '7783-06' (see BC_SHIFT); other values as they are."""
    m = _BC_VALUE.match(v)
    return f"{BC_SHIFT + 1 - int(m.group(1)):04d}{v[m.end():]}" if m and int(m.group(1)) else v


def _told_before(v: str, told: str, after: bool = False) -> bool:
    """Whether the value v lies before (after: after) the value told, both of the common era or
    both before it ("480 BC" is before "431 BC")."""
    if v[:2] == "BC" and told[:2] == "BC":
        v, told = _stand_in(v), _stand_in(told)
    elif (v[:2] == "BC") != (told[:2] == "BC") and (v[2:6] if v[:2] == "BC" else v[:4]).isdigit() \
            and (told[2:6] if told[:2] == "BC" else told[:4]).isdigit():
        return (v[:2] == "BC") != after     # "55 BC" is before any year of the common era ("AD 43")
    if not (v[:4].isdigit() and told[:4].isdigit()):
        return False
    v, told = _PART_OF_YEAR.sub(_first_month, v), _PART_OF_YEAR.sub(_first_month, told)
    return v > told[:len(v)] if after else v < told[:len(v)]


# a season, quarter or half compares as the month it begins in ("1912-SP" is before "1912-10-08")
_PART_OF_YEAR = re.compile(r"(?<=^\d{4}-)(?:SP|SU|FA|WI|Q[1-4]|H[12])")
_PART_START = {"SP": "03", "SU": "06", "FA": "09", "WI": "12", "Q1": "01", "Q2": "04", "Q3": "07", "Q4": "10", "H1": "01", "H2": "07"}


def _first_month(m: re.Match) -> str:
    return _PART_START[m.group(0)]


def _from_stand_in(v: str) -> str:
    """'7784-SP' -> 'BC0217-SP', '8001' -> '0001': a value counted from a stand-in anchor."""
    m = _STAND_IN_VALUE.match(v)
    if not m or int(m.group(1)) <= 3000:
        return v
    y = int(m.group(1)) - BC_SHIFT
    return (f"BC{1 - y:04d}" if y <= 0 else f"{y:04d}") + v[m.end():]


def _stand_in_years(reason: str) -> str:
    """The years of stand-in dates in a reason, written as years BC ('(Sun 21 Jun 217 BC)')."""
    return re.sub(r"(?<!\d)([3-8]\d{3})(?!\d)",
                  lambda m: f"{BC_SHIFT + 1 - int(m.group(1))} BC" if 3000 < int(m.group(1)) <= BC_SHIFT else m.group(1), reason)


# ----------------------------------------------------------------- helpers
_FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75}


def _num(word: str) -> float | None:
    """Number phrase -> value; None for vague amounts ("several", "a few")."""
    w = " ".join(word.lower().replace("-", " ").split())
    if w in VAGUE_NUMBERS:
        return None
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    for frac, val in _FRACTIONS.items():      # "2 1/2", "2½"
        if w.endswith(frac) and w[:-len(frac)].strip().isdigit():
            return int(w[:-len(frac)]) + val
    parts = w.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    if _THOUSANDS.fullmatch(w):             # "2,400 years later"
        w = w.replace(",", "")
    try:
        return float(w) if "." in w else int(w)
    except ValueError:
        return None


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


_SPLIT = {"hour": (60, "minute"), "minute": (60, "second")}


def _dur(n: float | None, unit: str) -> str:
    """Duration value of n (None = unspecified) units; hours/minutes/seconds go after T,
    decades and centuries in years, a weekend as two days."""
    if n is not None and not float(n).is_integer() and unit in _SPLIT:
        # "a minute and a half" is PT1M30S, "two and a half hours" PT2H30M: whole units, then
        # the rest in the next smaller one; calendar units keep the decimal ("three and a half
        # years" P3.5Y, as the conflict-news guidelines write it; ISO 8601 allows both)
        per, smaller = _SPLIT[unit]
        whole, rest = int(n), round((n - int(n)) * per, 6)
        if rest.is_integer():
            head, tail = _dur(whole, unit) if whole else "P", _dur(rest, smaller)[1:]
            if "T" in tail and "T" in head:
                tail = tail.replace("T", "")
            return head + tail if whole else "P" + tail
    if unit in ("hour", "minute", "second"):
        return f"PT{'X' if n is None else _fmt_num(n)}{unit[0].upper()}"
    code = UNIT_CODES[unit]
    if code in ("DE", "CE"):
        if n is None:      # "for decades", "for centuries": TimeBank's PXDE and PXC keep the unit
            return "PXDE" if code == "DE" else "PXC"
        n, code = n * (10 if code == "DE" else 100), "Y"
    elif code == "WE":
        n, code = (2 if n is None else 2 * n), "D"
    elif unit == "fortnight":
        n = None if n is None else 2 * n
    return f"P{'X' if n is None else _fmt_num(n)}{code}"


def _plural(unit: str) -> str:
    return "centuries" if unit == "century" else unit + "s"


def _unit_word(u: str) -> str:
    u = u.lower()
    if u == "centuries":
        return "century"
    return u[:-1] if u.endswith("s") and u[:-1] in UNIT_CODES else u


def _r(type_, value, reason, alts=(), mod=None, anchor="dct"):
    alts = tuple(dict.fromkeys(a for a in alts if a and a != value)) if alts else ()
    return {"type": type_, "value": value, "reason": reason, "alternatives": alts,
            "mod": mod, "anchor": anchor}


NO_DCT = "publication date missing"


_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
