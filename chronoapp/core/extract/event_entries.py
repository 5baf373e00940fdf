"""Event entries: a timeline's or a live blog's entries, and the day each stands for.

A timeline tells its steps as lines headed by their dates ("July 28 - General Tiani declares himself
head of state"): where an entry's words begin (timeline_entry), the date it means (entry_date: a date
without its year that would fall after the publication day is taken in the timeline's order), the day
of an entry told in more than one sentence (timeline_day) and whether a sentence goes on in an entry's
paragraph (in_entry). A live blog heads its entries with a time of day ("13:05 - Zelenskiy in
Brussels"): the day of the entry a sentence belongs to (entry_day) and its undated talks, meetings
and statements, dated to that day (entry_talks).

Apart from events.py because this reads the layout of a page of entries (EntryFinding's docstring names
what it reads from the Builder); events.py decides which sentences and dates make events and asks this
module which entry a sentence belongs to and what day that entry is; this module never imports events.py.
"""
from __future__ import annotations

import bisect
from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)

from chronoapp.core.extract.draft import _VIOLENT_TYPES, Draft, calendar_value, parse_timex
from chronoapp.core.extract.event_actors import _PRESENT_PERFECT
from chronoapp.core.extract.event_statements import _FUTURE
from chronoapp.core.extract.event_types import _HEDGE
from chronoapp.core.extract.headlines import _finite_word_in
from chronoapp.core.extract.sentences import Sentence

# a timeline's entry: a line that opens with its date and a dash or colon ("July 28 - General Tiani
# declares himself head of state", "Feb. 24, 2022: Russia invades"); what is left of the head once
# its dates are taken out is only this
_ENTRY_HEAD = re.compile(r"[\u2022*\u00b7\u25aa\u2013\u2014-]?\s*(?P<date>[^\n:]{3,40}?)\s*(?:[-\u2013\u2014]\s|:\s)")
_ENTRY_DATE_REST = re.compile(r"[\s,./\u2013\u2014-]*(?:(?:and|to|until|through)[\s,./\u2013\u2014-]*)?")
# a live page's section of background ("BACKGROUND", "Context:"): what it tells is not of the last entry's day
_BACKGROUND_HEADING = re.compile(r"\s*(?:BACKGROUND|Background|CONTEXT|Context|HISTORY|History)\s*:?\s*")


class EntryFinding:
    """The Builder's entry finding (events.Builder inherits it). Reads from the Builder: `text`,
    `sentences`, `timexes`, `published`, `_tx_starts` (the timexes' starts, for bisect), the caches
    `_entries`, `_entry_lines` and `_entry_dates` (set up in Builder.__init__; Builder.dated adds to
    `_entry_lines`), and the Builder's methods make and _content. The Builder calls these on self: dated
    timeline_entry and entry_date; run timeline_day and entry_talks; undated in_entry."""

    def timeline_entry(self, sent: Sentence, txs) -> int | None:
        """Where the words of a timeline's entry begin, if the sentence opens a line with its date:
        "July 28 - General Tiani declares himself head of state", "Feb. 26-29, 1988 - Pogroms in
        Sumgait kill 26 Armenians"; else None."""
        if sent.start and self.text[sent.start - 1] != "\n":
            return None
        head = _ENTRY_HEAD.match(self.text, sent.start, sent.end)
        if head is None or not txs or not head.start("date") <= txs[0].start < head.end("date"):
            return None
        first = calendar_value(txs[0].value)
        if first and self.published and parse_timex(first).first > self.published and not re.search(r"\d", txs[0].text):
            return None  # "Next week: Aid agencies expect to reopen the road": a digest's outlook, no step taken
        pos = head.start("date")
        for t in txs:
            if t.start >= head.end("date"):
                break
            if not _ENTRY_DATE_REST.fullmatch(self.text, pos, t.start) or calendar_value(t.value) is None:
                return None
            pos = t.end
        return head.end() if _ENTRY_DATE_REST.fullmatch(self.text, pos, head.end("date")) else None

    def entry_date(self, t, value: str | None) -> str | None:
        """A timeline entry's date. A date without its year ("July 2 - Mirziyoyev flies to Nukus", told in
        the present) that would fall after the publication day takes the year before when that keeps the
        timeline in order after the entry above it ("July 1, 2022 - ..."): a timeline tells what happened."""
        if t.start in self._entry_dates:
            return self._entry_dates[t.start]
        earlier = [v for at, v in self._entry_dates.items() if at < t.start]
        if value and self.published and value[:4].isdigit() and not re.search(r"\b\d{4}\b", t.text) \
                and parse_timex(value).first > self.published and earlier:
            back = f"{int(value[:4]) - 1:04d}{value[4:]}"
            if parse_timex(back).first <= self.published and parse_timex(back).first >= parse_timex(earlier[-1]).first:
                value = back
        if value:
            self._entry_dates[t.start] = value
        return value

    def entry_day(self, i: int) -> str | None:
        """In a live blog (two or more entries headed by a time of day: "13:05 - Zelenskiy in
        Brussels"), the day of the entry sentence i belongs to; else None."""
        if self._entries is None:
            self._entries = []
            for j, sent in enumerate(self.sentences):
                if sent.kind != "heading":
                    continue
                k = bisect.bisect_left(self._tx_starts, sent.start)
                if k < len(self.timexes) and self.timexes[k].start - sent.start <= 3 and \
                        re.match(r"\d{4}-\d{2}-\d{2}T", self.timexes[k].value):
                    self._entries.append((j, self.timexes[k].value[:10]))
                elif _BACKGROUND_HEADING.fullmatch(self.text, sent.start, sent.end):
                    self._entries.append((j, ""))  # the page's background section: no entry's day
            if sum(1 for _j, day in self._entries if day) < 2:
                self._entries = []
        k = bisect.bisect_right(self._entries, (i, "~")) - 1
        return self._entries[k][1] or None if k >= 0 else None

    def entry_talks(self, i: int, sent, s: str, cues: dict) -> list[Draft]:
        """A live blog's undated talks, meeting or statement told in the past ("Zelenskiy met
        Rutte in Brussels", "Delegations arrived in Cairo for talks"): dated to its entry's day.
        Ordinary news keeps such sentences undated (their day is anyone's guess)."""
        timeline = self.timeline_day(i)
        kinds = {"diplomacy", "statement", "strategic development"} if timeline else {"diplomacy", "statement"}
        if not kinds & set(cues) or set(cues) & set(_VIOLENT_TYPES) or _FUTURE.search(s) \
                or _HEDGE.search(s) or _PRESENT_PERFECT.search(s) \
                or not (timeline or _finite_word_in([w for w in self._content(s).split() if w.islower()])):
            return []  # (a timeline tells its steps in the present: "Ruto deploys the army")
        day = self.entry_day(i) or timeline
        if day is None:
            return []
        return [self.make(i, sent, day, day, "", "no date phrase: the day of its entry", [], None, 0.45)]

    def timeline_day(self, i: int) -> str | None:
        """A timeline's entry told in more than one sentence ("June 25 - Protesters storm parliament.
        ... Ruto deploys the army."): the day its first sentence heads it with; else None."""
        para = self.sentences[i].paragraph
        lo = i
        while lo > 0 and self.sentences[lo - 1].paragraph == para:
            lo -= 1
        if lo == i:
            return None
        first = self.sentences[lo]
        k = bisect.bisect_left(self._tx_starts, first.start)
        txs = [t for t in self.timexes[k:k + 4] if t.end <= first.end]
        if self.timeline_entry(first, txs) is None:
            return None
        day = self.entry_date(txs[0], calendar_value(txs[0].value))
        return day if day and parse_timex(day).precision == "day" else None

    def in_entry(self, d: Draft, sent: Sentence) -> bool:
        """d is a timeline entry's event and sent goes on in the entry's paragraph."""
        return d.first in self._entry_lines and self.sentences[d.first].paragraph == sent.paragraph
