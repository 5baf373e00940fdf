"""The tagger's fast paths (anchor windows, gates, memos) give exactly what the plain paths give.

Behaviour tests only: each builds the situation a shortcut is taken in and compares the result
with the unshortcut one (never a timing)."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronoapp.core.extract import timex_patterns as P
from chronoapp.core.extract.timex import tag


def _full_scan(text: str):
    """recognise() with every pattern run over the whole text, no gates, no lower-case copies."""
    orig, lower, gates = P._windows, P._LOWER_PATTERNS, (P._GATES_LOWER, P._GATES_TEXT)
    try:
        P._windows = lambda t, low=None: {k: [(0, len(t))] for k in P.NEEDS}
        P._LOWER_PATTERNS = dict.fromkeys(lower)
        P._GATES_LOWER = P._GATES_TEXT = {}
        return P.recognise(text)
    finally:
        P._windows, P._LOWER_PATTERNS = orig, lower
        P._GATES_LOWER, P._GATES_TEXT = gates


@pytest.mark.parametrize("text", [
    # clock_ap's gate: an hour standing alone before "a.m."/"o'clock", not the minutes of "10:30 p.m."
    "at 10:30 p.m. and at 5 p.m.", "10:30 p.m. 10:30 p.m. 10:30 p.m.", "by 9 o'clock, then 11 a.m.",
    "shortly after 7pm on Monday", "(10 P.M. EST)", "from 1 to 3 p.m.", "at 12:05 am", "x5 p.m.",
    # set's gate: every way a frequency is said
    "every Monday", "each other week", "twice a week", "three times per month", "Mondays", "biweekly",
    "daily", "Quarterly reports", "once a year", "per day", "Monday, Monday, Monday, Monday,",
    "every three days and every summer", "a week", "Every\u00a0January",
    # dmy's gate: a day of one or two digits, never the end of a year or a longer number
    "January 5, 2017 January 6, 2017", "2017 January", "117 June", "17 June and 5th of July", "10/11 June",
    "10-11 June 2017", "10and11 June", "Monday, the 5th of June", "Tuesday 03 Sept. 2019", "x5 May",
    # relunit's, period_of's and part_of's gates: the phrase's own words around its unit
    "the next day, before dawn", "this past week", "that same year", "in the fiscal year", "the day before.",
    "the latest quarter and the following evening", "early last month", "three days ago " * 5,
    "the first week of March", "the last two days or so of 2017", "the second half of the month",
    "the end of the year", "the turn of the century", "the final weekends of the 1990s", "next\u00a0fortnight",
    # gates that open with a literal word and read the words before it: the words split by
    # runs of spaces, at a window's edge, or a day standing before its ordinal
    "two weeks  or so of   fighting", "in the first days of\u00a0May", "the 3rd   day", "day one of the talks",
    "on the 5th of\nJune", "by the middle\u00a0of this year", "the same month last year", "that same  day of 2016",
    "the first Monday  of\u00a0March 2017", "the last Friday in June",
    # duration's gate: the unit word every length holds
    "two and a half years", "a fortnight", "three centuries ago", "half an hour later", "a quarter of a century",
    "two and a half " * 8 + "days", "some 20 decades", "a week-long truce", "24-hour", "the past 18 months",
])
def test_gated_patterns_find_what_a_full_scan_finds(text):
    for variant in (text, text.upper(), text.lower()):
        assert P.recognise(variant) == _full_scan(variant), variant


class _Spy:
    """A compiled pattern that records the stretches it is asked to scan."""
    def __init__(self, pat):
        self.pat, self.scanned = pat, []

    def finditer(self, text, pos=0, endpos=None):
        self.scanned.append((pos, endpos))
        return self.pat.finditer(text, pos, endpos if endpos is not None else len(text))

    def match(self, *args):
        return self.pat.match(*args)


def test_a_length_is_looked_for_only_where_a_unit_word_is(monkeypatch):
    # "two and a half" holds a q anchor ("half") every few words: its one megabyte window would
    # be scanned for a duration at every word, though none is without a unit word
    spy = _Spy(P._LOWER_PATTERNS["duration"])
    monkeypatch.setitem(P._LOWER_PATTERNS, "duration", spy)
    assert P.recognise("two and a half " * 200) == []
    assert spy.scanned == []
    assert [i["kind"] for _, _, i in P.recognise("two and a half " * 200 + "years")] == ["duration"]
    assert len(spy.scanned) == 1


def _windows_one_by_one(text: str, low: str | None):
    """_windows with no run fast path: every anchor widened and merged on its own."""
    by_class: dict[str, list[list[int]]] = {}
    n = len(text)
    anchors = [("dec" if m.lastgroup == "dec2" else m.lastgroup, *m.span()) for m in P.NUM_ANCHOR.finditer(text)]
    anchors += [(P._WORD_CLASS.get(" ".join(m.group().lower().split())), *m.span())
                for m in (P.WORD_ANCHOR.finditer(text) if low is None else P.WORD_ANCHOR_LOWER.finditer(low))]
    for c, ws, we in anchors:
        left, right = P.REACH.get(c, P._DEFAULT_REACH)
        ws, we = max(ws - left, 0), min(we + right, n)
        wins = by_class.setdefault(c, [])
        if wins and ws <= wins[-1][1]:
            wins[-1][1] = max(wins[-1][1], we)
        else:
            wins.append([ws, we])
    merged = {c: P._merge(v, text) for c, v in by_class.items()}
    return {kind: merged.get(classes[0], []) if len(classes) == 1
            else P._merge([w for c in classes for w in merged.get(c, [])], text)
            for kind, classes in P._NEEDED.items()}


@pytest.mark.parametrize("text", [
    "1/" * 300, "14-" * 300, "12-34-56-78-90-" * 40, "1/2/2017 3/4/2017 " * 30 + "and 1990s, '90s, 2nd",
    "2017-05-06 p.m. " + "x" * 200 + " 1/2", "3:30 p.m. 10-12 " * 50, "the 1990s " + "a" * 150 + " 1980s",
    "January 5, 2017 " * 40, "Monday, " * 60 + "1st 2nd 3rd " * 20,
    # runs of separated numbers read as one anchor: a clock's "1.30" or a year in them is not numsep
    "1/1.30/2", "3.3.2017 12.30-1 1-2-3 4-5", "12-34.56-7/8 10.30-11", "1\u0663/\u0663-1 \u0663\u0663.30", "1/" * 40 + "x" * 90 + "2-3",
])
def test_runs_of_anchors_give_the_windows_each_anchor_gives(text):
    for t in (text, text + " " + "word " * 40 + text):
        low = t.lower()
        assert P._windows(t, low) == _windows_one_by_one(t, low)
        assert P._windows(t) == _windows_one_by_one(t, None)
        assert P.recognise(t) == _full_scan(t)


@pytest.mark.parametrize("text", [
    "Monday", "May day, today.Tomorrow", "Sept.\u00a05 a.d.,b.c. jan.-feb.", "x Monday", "", "Tuesday's",
    "1990s Monday", "q1 h2", "midyear-end", "yesterday\nyesterday",
    # an anchor word repeated: one run, up to a word that could make a longer anchor or a gap too wide
    "Monday, Monday Monday", "may May may day May", "jan jan. Jan jan", "year year-end year year’s end year's end year",
    "presidents presidents' day presidents", "sept sept. sept sept", "Monday" + "," * 70 + "Monday" + ";" * 71 + "Monday",
    "today today\u00a0today  tomorrow tomorrow", "may  day may day may", "1st Monday 2nd Monday",
])
def test_word_anchors_found_from_the_character_before_them_are_the_plain_scans(text):
    # (an anchor opening the text has no character before it; prose, rich in "e", is scanned
    # so, text with few letters the plain way)
    for t in (text, text.upper(), "(" + text, text + " " + "e" * len(text), "(" + text + " " + "e" * len(text)):
        low = t.lower()
        assert P._windows(t, low) == _windows_one_by_one(t, low)


def _word_end_char_by_char(text: str, b: int) -> int:
    """Where a window ending at b is widened to: on while a character or the one before it is
    alphanumeric, at most 40 characters."""
    p = b
    while p < min(len(text), b + 40) and (text[p].isalnum() or (p > 0 and text[p - 1].isalnum())):
        p += 1
    return p


@pytest.mark.parametrize("text", [
    "1a..b\u00a0a5b1,\u00a0.5\n\u00a0", "January 5, 2017 " * 4, "x_y  z__w", "a" * 90, "- / , . 3:30 p.m.",
    "\u0663\u0663 days,\u00a0\u00a0ago", "end.\r\nNext", "Stra\u00dfe \u0130stanbul, 1990s", "",
])
def test_window_ends_widen_to_the_first_place_between_two_non_alphanumerics(text):
    for b in range(len(text) + 1):
        assert P._WORD_END.match(text, b, b + 40).end() == _word_end_char_by_char(text, b), (text, b)


def test_a_parse_is_reused_only_where_all_it_read_is_the_same():
    # recognise reuses the parse of a match with the same surroundings: "the next morning" reads a
    # night told up to 250 characters back, so the same sentence after another opening is parsed
    # again ("the night of 10-11 September ... the next morning" is the morning of the 11th)
    dct = dt.date(2017, 9, 20)
    tail = " the troops took positions near the river bank. Early the next morning they attacked the bridge over the river. "
    plain, night = "The rain fell all week, and" + tail, "On the night of 10-11 September" + tail
    alone = [t.value for t in tag(night, dct) if "morning" in t.text]
    assert alone == ["2017-09-11TMO"]
    assert [t.value for t in tag(plain + night, dct) if "morning" in t.text][1:] == alone
    n = P._MEMO_AFTER + 2      # (the memo starts after a few parses of a kind)
    assert [t.value for t in tag(plain * n + night * n, dct) if "morning" in t.text][n:] == alone * n


def test_a_resolution_is_reused_only_in_the_surroundings_it_read():
    # resolve_all reuses the resolution of the same words with the same parse and state; "the
    # year" reads the words before it ("early in the year" starts it), so where those differ it
    # is resolved again, exactly as each sentence alone reads
    dct = dt.date(2017, 9, 20)
    early, plain = "Sales rose early in the year. ", "Sales rose in the year. "
    alone = {s: [(t.value, t.mod) for t in tag(s, dct)] for s in (early, plain)}
    assert alone[early] != alone[plain]
    for first, then in ((early, plain), (plain, early)):
        assert [(t.value, t.mod) for t in tag(first * 3 + then * 3, dct)] == alone[first] * 3 + alone[then] * 3


def test_same_words_in_other_contexts_resolve_differently():
    # the memos key on the surroundings: "on Friday" after a past verb and after a future one
    text = "The talks ended on Friday. The talks will resume on Friday. " * 3
    got = [t.value for t in tag(text, dt.date(2017, 9, 6))]   # a Wednesday
    assert got == ["2017-09-01", "2017-09-08"] * 3


# texts with what a class of first characters could miss: letters that fold to ASCII ones
# under IGNORECASE (Kelvin sign, long s, dotted I), other scripts' digits and spaces, dashes
_TRICKY = [
    "On Monday, 5 January 2017, at 10:30 p.m. (two days ago) the 1990s ended; fiscal 2017 Q3.",
    "\u212aelvin \u017fince ſummer, \u0130n May; MONDAY \u0665 JANUARY \u0662\u0660\u0661\u0667; \u00a0Sept.\u00a014",
    "the 21st century, every week, 415 BC, '90s, mid-month, the end of the year, noon\u2013midnight",
    "x" * 50 + "  January\tFebruary\u2028March  " + "٣ days ago ३ weeks later",
]


@pytest.mark.parametrize("text", _TRICKY + [t.upper() for t in _TRICKY] + [t.lower() for t in _TRICKY])
def test_patterns_skipping_to_first_characters_match_as_plain_ones(text):
    for kind, pat in P.PATTERNS:
        for fast in (pat, P._LOWER_PATTERNS[kind], P._GATES_LOWER.get(kind), P._GATES_TEXT.get(kind)):
            if fast is None:
                continue
            plain = re.compile(fast.pattern, fast.flags)
            for start in (0, 3, 17):
                assert [m.span() for m in fast.finditer(text, start)] == \
                       [m.span() for m in plain.finditer(text, start)], (kind, text)
            assert fast.groupindex == plain.groupindex


@pytest.mark.parametrize("source, flags, text", [
    (r"(?<!\w)k\w+", re.IGNORECASE, "the \u212aelvin scale"),          # Kelvin sign folds to "k"
    (r"(?<!\w)(?i:s)ince", 0, "\u017fince then"),              # long s folds to "s"
    (r"(?<!\w)\d+\s", 0, "on \u0665\u0666 May"),                # Arabic-Indic digits
    (r"(?<!\w)[^a-z]x", 0, "ax bx !x"),                          # a negated class: every character
    (r"(?<![A-Za-z])(?:a|b)?c", 0, "ac xc c"),                   # may start with a, b or c
    (r"(?=\w)(?:x*)", 0, "xx y"),                                # may match the empty string
    (r"(?P<a>[ab])(?P=a)", 0, "aa ab bb"),
])
def test_compile_skipping_finds_what_re_compile_finds(source, flags, text):
    from chronoapp.core.extract.regex_start import compile_skipping
    fast, plain = compile_skipping(source, flags), re.compile(source, flags)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.groupdict() for m in fast.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]


def test_a_candidate_spanning_its_whole_cluster_is_what_scheduling_takes():
    # recognise takes such a candidate alone without scheduling the cluster: _schedule must agree
    import random
    rng = random.Random(12)
    for _ in range(3000):
        reach = rng.randint(1, 30)
        inner = {(a, min(reach, a + rng.randint(0, 12))) for a in (rng.randint(0, reach - 1) for _ in range(rng.randint(1, 6)))}
        spans = tuple(sorted(inner | {(0, reach)}))
        assert [spans[k] for k in P._schedule(spans)] == [(0, reach)], spans



def test_compile_skipping_takes_its_fast_path_here():
    # the engine's internals it builds on are there (else every pattern silently falls back)
    from chronoapp.core.extract.regex_start import compile_skipping
    assert compile_skipping(r"(?<!\w)abc") is not re.compile(r"(?<!\w)abc")
    assert all(pat is not re.compile(pat.pattern, pat.flags) for _, pat in P.PATTERNS)


def test_the_event_rules_patterns_skip_to_where_a_match_can_start():
    # the event modules take re from regex_start: their module patterns get the first-character class
    # (the same matches, found without an attempt at every position), built ones too, compiled once
    from chronoapp.core.extract import entities, events, vocab
    from chronoapp.core.extract.regex_start import skipping_re
    place_in = entities._PLACE_PATTERNS[2]   # r"\b(?:[Ii]n|[Nn]ear|...)": no first character of its own
    assert place_in != re.compile(place_in.pattern, place_in.flags)
    assert events.re is entities.re is vocab.re is skipping_re
    assert skipping_re.compile(r"\bthat\s") is skipping_re.compile(r"\bthat\s")
    # where no class is added, the pattern is the one re.compile makes, whatever form its flags take
    assert skipping_re.compile(r"(?<!x).", re.I) == re.compile(r"(?<!x).", re.I) == skipping_re.compile(r"(?<!x).", 2)


def test_repeated_dates_read_their_own_tense_when_the_text_around_them_changes():
    # resolve_all skips asking the tense again while the text around a repeated timex is the same
    # as around the last one (and remembers whether ", " restates a date): where the text turns
    # from past to future, the same weekday must turn with it, exactly as each sentence alone reads
    dct = dt.date(2017, 9, 6)  # a Wednesday
    past, future = "They met on Monday, Monday. ", "They will meet on Monday, Monday. "
    text = past * 40 + future * 40 + past * 3
    alone = {s: [t.value for t in tag(s, dct)] for s in (past, future)}
    values = [t.value for t in tag(text, dct)]
    assert values == alone[past] * 40 + alone[future] * 40 + alone[past] * 3
    assert alone[past] != alone[future]


def _word_near_char_by_char(text: str, words, lo: int, hi: int) -> bool:
    """A word beginning with one of words starts in text[lo:hi]: no letter, digit or "_" before it."""
    low = text.lower()
    return any(low.startswith(words, i) and not (i and (low[i - 1].isalnum() or low[i - 1] == "_"))
               for i in range(max(lo, 0), min(hi, len(text))))


@pytest.mark.parametrize("text", [
    "The deadline was extended until Friday; the vote, postponed, is on Sunday.",
    "UNTIL_then, re-extended x-until 1until (until) «Until» DEADLINES expire",
    "by-election before, by\u00a0Monday; standby Byron bypass",
])
def test_a_word_near_a_timex_is_found_as_a_char_by_char_reading_finds_it(text):
    from chronoapp.core.extract.timex_resolve import DEADLINE_WORDS, _Ctx
    ctx = _Ctx(text, dt.date(2017, 9, 5), "auto")
    # (the first questions about a set of words search their stretch, the later ones read the
    # offsets of all its words: more than _ASKED_LOCALLY questions each, both ways are asked)
    for words in (DEADLINE_WORDS, ("by", "before"), ("by",), ("vote",)):
        for lo in range(0, len(text) + 1, 3):
            for hi in (lo, lo + 1, lo + 4, lo + 12, lo + 40):
                assert ctx._word_near(words, lo, hi) == _word_near_char_by_char(text, words, lo, hi), (words, lo, hi)


@pytest.mark.parametrize("text", [
    "'90s and 1990s, 10:30 p.m., 5pm, 6 o'clock, 21st, 3rd, 1/2/2017, 10-11, 2.5, 415 BC, '05",
    "1/" * 50 + "14-" * 50 + "12-34-56-78-90-" * 10, "x1990s 199Os 3rdly 4th. 12:3 '9 9'", "1/1.30/2 3.3.2017 12-34.56",
])
def test_number_anchors_of_ascii_text_are_those_of_any_text(text):
    assert text.isascii()
    assert [(m.span(), m.lastgroup) for m in P.NUM_ANCHOR_RUNS_ASCII.finditer(text)] == \
           [(m.span(), m.lastgroup) for m in P.NUM_ANCHOR_RUNS.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in P.NUM_ANCHOR_ASCII.finditer(text)] == \
           [(m.span(), m.lastgroup) for m in P.NUM_ANCHOR.finditer(text)]


@pytest.mark.parametrize("text", [
    "He WILL go; they'll meet, We'll see. It Was expected, was expected to, were going to vote",
    "As early as Monday, as early as 1990; might have, MIGHT, May may; In preparation for, IN PREPARATION FOR",
    "wIlL, Would've, wouldn’t, ’ll, 'll, x'll, Scheduled, SCHEDULED, succeed, exceeded, proceeded",
])
def test_a_caseless_trie_opening_with_one_branch_per_case_finds_what_classes_find(text):
    # _trie(caseless=True) opens each first letter with two literal branches (faster to reject)
    from chronoapp.core.extract.timex_resolve import _FUTURE_WORDS
    words = [w.replace("_", " ") for w in _FUTURE_WORDS]
    with_classes = re.compile("(?:" + "|".join(P._trie([w], caseless=True, _inner=True) for w in words) + r")(?![A-Za-z])")
    split = re.compile("(?:" + P._trie(words, caseless=True) + r")(?![A-Za-z])")
    for variant in (text, text.upper(), text.lower(), text.title()):
        for start in range(len(variant)):
            a, b = with_classes.match(variant, start), split.match(variant, start)
            assert (a and a.group()) == (b and b.group()), (variant, start)


def test_a_memo_paused_and_taken_up_again_gives_what_no_memo_gives(monkeypatch):
    # recognise pauses a kind's memo where text repeats no surroundings, and tries it again
    # later: where repeated sentences read different openings ("the next morning" after a
    # night told or not), each must still be parsed as without any memo
    unique = "".join(f"Talks in {w} resumed the next day and the {w} next morning. " for w in
                     "Oslo Rome Kyiv Doha Cairo Lima Quito Accra Dakar Hanoi Minsk Riga Baku Sanaa Kabul".split())
    tail = " the troops took positions near the river bank. Early the next morning they attacked the bridge. "
    text = (unique + ("The rain fell all week, and" + tail) * 6 + ("On the night of 10-11 September" + tail) * 6) * 3
    monkeypatch.setattr(P, "_MEMO_AFTER", 10 ** 9)
    plain = P.recognise(text)
    monkeypatch.setattr(P, "_MEMO_AFTER", 2)
    monkeypatch.setattr(P, "_MEMO_REVIEW", 6)
    monkeypatch.setattr(P, "_MEMO_PAUSE", 10)
    assert P.recognise(text) == plain


_TENSE_TEXTS = [
    # markers right before and after the dates, phrases of several words, long -ed words, breaks
    "The talks were going to resume on Monday. In preparation for the summit on Tuesday, officials "
    "had been scheduled to meet; the internationalized accord, it was said on Wednesday, will hold. "
    "Fighting resumed Thursday after the ceasefire expired on Friday. On Saturday, after weeks of "
    "heavy fighting around the town and on the northern flank, the army withdrew; it is to return "
    "on Sunday, as early as Monday, officials said.",
    # dates every few words (pieces asked again and again) and dates far apart (a piece each)
    "He said on Monday he will go on Tuesday and was there on Wednesday. " * 12
    + "x " * 300 + "They had met on Friday. " + "y " * 80 + "It will open on Saturday.",
]


@pytest.mark.parametrize("text", _TENSE_TEXTS)
@pytest.mark.parametrize("order", ["forward", "backward", "shuffled", "twice"])
@pytest.mark.parametrize("ahead", [1 << 16, 50])
def test_tense_read_from_pieces_of_a_stretch_is_the_tense_the_whole_stretch_gives(monkeypatch, text, order, ahead):
    # markers and sentence breaks are scanned in pieces, as the questions come: each answer must
    # be the one read from a scan of the whole stretch the question lies in, in any order of questions
    # (also where a stretch asking again and again is scanned ahead less far than it reaches; "twice":
    # the clock times ask again from the start, read from the pieces kept)
    import random

    from chronoapp.core.extract import timex_tense
    from chronoapp.core.extract.timex_resolve import _TENSE_LEFT, _TENSE_RIGHT, _Clauses
    monkeypatch.setattr(timex_tense, "_SCAN_AHEAD", ahead)    # (read by _Clauses where it lives)
    spans = [(m.start(), m.end()) for m in re.finditer(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", text)]
    whole = _Clauses(text, spans)

    def whole_stretch(s, e):
        lo, hi = max(0, s - _TENSE_LEFT), min(len(text), e + _TENSE_RIGHT)
        return whole._scan(*next(w for w in whole.windows if w[0] <= lo and hi <= w[1]))
    whole._around = whole_stretch
    asked = spans[::-1] if order == "backward" else random.Random(3).sample(spans, len(spans)) if order == "shuffled" else spans
    asked = asked * 2 if order == "twice" else asked
    pieces = _Clauses(text, spans)
    answers = [pieces.tense(s, e) for s, e in asked]
    assert answers == [whole.tense(s, e) for s, e in asked]
    assert len(set(answers)) > 1


@pytest.mark.parametrize("text", [
    "ago go, Go-go _go 1go gone ago\u00a0go «go» is" + " and" * 200,      # few: str.find, word by word
    "ago " * 300 + "go on, by-election before Byron; is this as it was?",   # "go" inside words often: the regex
    "ÉBY by Éclair BEFORE ÿgo\tGo ßis Is" + " and" * 200,                  # other letters and cases
])
def test_offsets_of_words_are_the_starts_a_char_by_char_reading_finds(text):
    from chronoapp.core.extract.timex_resolve import _Ctx
    for words in (("go",), ("by", "before"), ("is", "was", "as"), ("gone", "go", "ago", "before"),
                  ("is", "gone", "by", "eclair", "go", "and")):         # (also a longer set, word by word)
        starts = [i for i in range(len(text)) if _word_near_char_by_char(text, words, i, i + 1)]
        assert _Ctx(text, dt.date(2017, 9, 5), "auto").word_offsets(words) == starts, words


_OPENING = ("The ministry said on Tuesday that talks had resumed in Geneva after a pause of two weeks, "
            "and that both delegations would stay until the end of the month. ")


@pytest.mark.parametrize("text", [
    "Monday, " * 300,
    "January 5, 2017 " * 200 + "and later",
    # the tense of the last repeats changes where the text goes on differently
    _OPENING + "on Monday, " * 150 + "officials will meet on Monday, " + "on Monday, " * 150 + "they said.",
    # clock times wait for the day after them
    "10:30 p.m. " * 200 + "on Monday",
    # each repeat moves the state on: counted from the one before, never the same row moved on
    _OPENING + "On 3 June 2016 the siege began. " + "The next day, the army attacked. " * 60,
    _OPENING + "On 3 June 2016 the siege began. " + "Three days later the town fell. " * 60,
    _OPENING + "three days later, " * 120 + "In March 2015, a year later " * 80,
    # a story in another year, and a history (years only, no publication-date words)
    _OPENING + "On 12 May 2016 the siege began. On 3 June, " * 40 + "on 4 June, " * 100,
    "In 1914 the war began. " * 3 + "In March, the army advanced. " * 60 + "On 12 April it stopped.",
], ids=lambda text: text[-40:])
def test_runs_of_repeats_give_what_the_loop_gives_each(monkeypatch, text):
    # resolve_all gives a run of repeats (same words, surroundings and state) their rows at once:
    # they must be the rows its loop gives each of them, and a repeat that moves the state on
    # must not be taken for one
    from chronoapp.core.extract import timex_resolve as R
    dct = dt.date(2017, 9, 5)
    given = []
    run = R._Repeats.run
    monkeypatch.setattr(R._Repeats, "run", lambda self, n, *a: given.append(run(self, n, *a) - n) or n + given[-1])
    fast = tag(text, dct)
    monkeypatch.setattr(R._Repeats, "may_run", lambda self, n, ctx: False)
    assert fast == tag(text, dct)
    if text.startswith(("Monday", "January", "10:30")) or "officials will" in text:
        assert max(given) > 20         # (a run was taken)


class _CountingPattern:
    """A compiled pattern that counts the calls of one of its methods."""
    def __init__(self, pat, method):
        self.pat, self.method, self.calls = pat, method, 0

    def __getattr__(self, name):
        if name == self.method:
            self.calls += 1
        return getattr(self.pat, name)


def test_a_clock_time_reads_the_checks_of_ranges_and_sayings_only_where_they_can_apply(monkeypatch):
    # date-dense text asks for each clock time whether it ends a range of hours ("from 10 p.m. to
    # 5 a.m.") and dates a saying ("said at a news conference in the afternoon", which matters only
    # for a day told before it): neither is read where nothing joins two times or no day is told
    from chronoapp.core.extract import timex_clock as C
    dct = dt.date(2017, 9, 5)
    values = [t.value for t in tag("at 10:30 p.m. and at 11 p.m. " * 30, dct)]
    saying = _CountingPattern(C.SAYING_TIME_BEFORE, "search")
    clock_value = _CountingPattern(C._CLOCK_VALUE, "match")
    monkeypatch.setattr(C, "SAYING_TIME_BEFORE", saying)
    monkeypatch.setattr(C, "_CLOCK_VALUE", clock_value)
    assert [t.value for t in tag("at 10:30 p.m. and at 11 p.m. " * 30, dct)] == values
    assert saying.calls == clock_value.calls == 0
    assert [t.value for t in tag("A curfew from 10 p.m. to 5 a.m. on Monday.", dct)][:2] == ["2017-09-04T22:00", "2017-09-05T05:00"]
    assert clock_value.calls == 1


def test_a_run_of_separated_numbers_is_one_anchor():
    # "1/1/1/…": one anchor for the run, its window the one each number's anchor gives (see
    # test_runs_of_anchors_give_the_windows_each_anchor_gives), found without a step per number
    from work_count import calls_made
    text = "1/" * 5000 + " 14-" * 2000
    calls, windows = calls_made(P._windows, text, text.lower())
    assert windows == _windows_one_by_one(text, text.lower())
    assert calls < 400      # (one number at a time: over 5,000)
    assert [m.group() for m in P.NUM_ANCHOR_RUNS.finditer("on 1/2/2017, 12.30-14.00 and 3-4-5")] == \
           ["1/2/", "2017", "12.30", "14.00", "3-4-"]


def test_a_run_of_one_anchor_word_is_one_anchor():
    # "Monday, Monday, …": one anchor for the run, its window the one each word's anchor gives,
    # found without a step per word
    from work_count import calls_made
    for text in ("Monday, " * 5000, "yesterday " * 5000):
        calls, windows = calls_made(P._windows, text, text.lower())
        assert windows == _windows_one_by_one(text, text.lower())
        assert calls < 400      # (one word at a time: over 5,000)


_REPEATED_WORDS = ["may", "May", "day", "jan", "Jan", "year", "end", "presidents", "sept", "Monday", "s", "ago", "x", "e"]
_SEPARATORS = [" ", ", ", ".", "-", "'", "’", "  ", "\u00a0", "", "1", ",," * 40]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_REPEATED_WORDS), st.sampled_from(_SEPARATORS)), max_size=30))
def test_runs_of_repeated_anchor_words_give_the_windows_each_word_gives(pieces):
    # anchor words that a longer anchor begins with ("may" of "May Day", "jan" of "Jan.", "year" of
    # "year-end"), repeated with separators that may or may not make that longer anchor
    text = "".join(w + s for w, s in pieces)
    for t in (text, text + " " + "e" * len(text)):      # (both scans: few letters, prose)
        assert P._windows(t, t.lower()) == _windows_one_by_one(t, t.lower())


def test_a_clock_time_after_a_break_is_the_next_day_among_many_clock_times():
    # with more than 32 clock times the words of resuming are found once for the whole text
    # (see _place_clock_times), not around each time: the answer is the one an article with few gets
    dct = dt.date(2017, 9, 5)
    told = "Arguments ended at 4 p.m. The trial resumes at 10 a.m. "
    few = [(t.text, t.value) for t in tag(told, dct)]
    assert few == [("4 p.m.", "2017-09-05T16:00"), ("10 a.m.", "2017-09-06T10:00")]
    many = [(t.text, t.value) for t in tag("Shelling went on at 6 p.m. and at 7 p.m. " * 20 + told, dct)]
    assert len(many) == 42 and many[-2:] == few


def test_a_rule_reading_the_whole_text_searches_it_once_per_text(monkeypatch):
    # "D-Day" is 6 June 1944 only in a text on the Normandy landings: the text is searched for them
    # once, not once per "D-Day" (a text with thousands of them took minutes)
    dct = dt.date(2017, 9, 5)
    told = _CountingPattern(P.NORMANDY_TOLD, "search")
    monkeypatch.setattr(P, "NORMANDY_TOLD", told)
    assert tag("".join(f"D-Day for unit {i} was set. " for i in range(40)), dct) == []
    assert told.calls == 1
    landings = "".join(f"D-Day for unit {i} came. " for i in range(40)) + "They landed in Normandy."
    assert [t.value for t in tag(landings, dct)] == ["1944-06-06"] * 40
    assert told.calls == 2


_SPELT_CLOCKS = ("at half past two, a quarter to six, seven in the evening, about four o'clock, at seven tonight, "
                 "ten past three, five, twenty-five past nine in the morning, the seven in the evening shift, "
                 "Half Past Ten, eleven at night, three this morning, by 5 in the afternoon, ſeven thiſ morning ")


def test_bare_number_words_are_no_clock_times_and_are_not_parsed_as_ones(monkeypatch):
    # a clock time in words needs an "o'clock", "half"/"quarter" or a part of the day
    # (SPELT_CLOCK_NEEDS): matches with none are skipped unparsed, with what parsing them gives
    parsed = []
    real = P._parts

    def counting(kind, m, text, doc):
        parsed.append(kind)
        return real(kind, m, text, doc)

    for text in (_SPELT_CLOCKS, _SPELT_CLOCKS.upper(), _SPELT_CLOCKS + "İ"):
        found = P.recognise(text)
        with monkeypatch.context() as mp:
            mp.setattr(P, "_PARSED_ONLY_WITH", {})
            assert P.recognise(text) == found
    monkeypatch.setattr(P, "_parts", counting)
    P.recognise("the quarter: two three five ten twelve 7 " * 20)
    assert "clock_spelt" not in parsed
