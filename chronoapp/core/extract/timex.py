"""Temporal tagger: find temporal expressions in news text and resolve them to TIMEX3 values.

Two stages (as in HeidelTime/SUTime):
  1. recognition (``timex_patterns``): precompiled regexes built from small vocabularies yield
     candidate spans with a structured parse (a dict); overlapping candidates are reduced to
     the leftmost-longest ones;
  2. resolution (``timex_resolve``): one normaliser turns each parse into a value, a type, a
     human reason and alternative readings, against the publication date (the DCT) or the last
     date the text mentioned (the narrative anchor), with the tense of the clause deciding the
     direction of bare weekdays and months.
Pure stdlib; every quantifier in the patterns is bounded so no input can make them backtrack
catastrophically.
"""
from __future__ import annotations

import datetime as _dt
import gc
import re as _re
from dataclasses import dataclass

from chronoapp.core.dates import PUBLISHED_MAX, PUBLISHED_MIN
from chronoapp.core.extract.timex_patterns import recognise
from chronoapp.core.extract.timex_resolve import resolve_all

__all__ = ["Timex", "tag"]


@dataclass(frozen=True)
class Timex:
    text: str            # exactly input[start:end]
    start: int
    end: int
    type: str            # DATE | TIME | DURATION | SET
    value: str           # TIMEX3 value
    reason: str
    alternatives: tuple[str, ...] = ()
    mod: str | None = None
    anchor: str = "dct"  # dct | narrative | absolute | none

    def to_dict(self) -> dict:
        d = {"text": self.text, "start": self.start, "end": self.end, "type": self.type,
             "value": self.value, "reason": self.reason, "alternatives": list(self.alternatives)}
        if self.mod:
            d["mod"] = self.mod
        return d


def tag(text: str, dct: _dt.date | str | None, *, numeric_order: str = "auto") -> list[Timex]:
    """Every temporal expression in text, in order, non-overlapping, resolved against dct.

    numeric_order: "MDY", "DMY" or "auto" (decide by values > 12, else MDY with the DMY
    reading as alternative)."""
    if numeric_order not in ("MDY", "DMY", "auto"):
        raise ValueError("numeric_order must be 'MDY', 'DMY' or 'auto'")
    if isinstance(dct, str):      # "2017-09-05" or a TimeML value "2017-09-05T10:00:00"
        dct = _dt.date.fromisoformat(dct[:10])
    if isinstance(dct, _dt.datetime):
        dct = dct.date()
    if dct is not None and not PUBLISHED_MIN <= dct <= PUBLISHED_MAX:
        raise ValueError(f"publication date {dct.isoformat()} is out of range: it must lie between "
                         f"{PUBLISHED_MIN.isoformat()} and {PUBLISHED_MAX.isoformat()}")
    # The tagger creates no reference cycles, but date-dense text creates hundreds of
    # thousands of small objects; the cycle collector would rescan them again and again
    # (a third of the time on 1 MB of dates), so it pauses while we tag.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        parts = recognise(text)
        return _make_all(_years_ago_today(text, resolve_all(text, parts, dct, numeric_order), dct))
    finally:
        if paused:
            gc.enable()


_ANNIVERSARY_DAY = _re.compile(r"(?:today|tonight|this\s+(?:week|month|morning|evening))$", _re.I)


def _years_ago_today(text: str, rows: list[dict], dct: _dt.date | None) -> list[dict]:
    """"Ten years ago tonight", "four years ago this week": one timex, the day (or week, month) that
    many years before, not a year and the day of publication apart."""
    if "ago " not in text:
        return rows
    out: list[dict] = []
    for r in rows:
        prev = out[-1] if out else None
        if prev is not None and r["start"] == prev["end"] + 1 and prev["text"][-3:].lower() == "ago" \
                and prev["type"] == "DATE" and len(prev["value"]) == 4 and prev["value"].isdigit() and text[prev["end"]] == " " \
                and _ANNIVERSARY_DAY.match(r["text"]) and r["value"][:4].isdigit():
            years = int(r["value"][:4]) - int(prev["value"])
            value = prev["value"] + r["value"][4:]
            if r["value"][4:10] == "-02-29":
                value = value[:8] + "28" + value[10:]  # (a leap day counted back to a common year)
            if r["value"][4:6] == "-W" and dct is not None:  # the week that held the same day then (not its number)
                then = dct.replace(year=dct.year - years, day=28 if (dct.month, dct.day) == (2, 29) else dct.day)
                value = "%d-W%02d" % then.isocalendar()[:2]
            out[-1] = {**r, "text": text[prev["start"]:r["end"]], "start": prev["start"], "value": value,
                       "reason": f"{r['text']} {years} year(s) before ({prev['text']})", "alternatives": []}
            continue
        out.append(r)
    return out


def _make_all(rows: list[dict]) -> list[Timex]:
    """[Timex(**fields) for fields in rows] without the frozen dataclass's per-field
    object.__setattr__ calls (a fifth of the time on date-dense text): each fields, a fresh
    dict holding exactly the dataclass fields, becomes its instance's attribute dict."""
    new, set_attr = object.__new__, object.__setattr__
    out = []
    append = out.append
    for fields in rows:
        t = new(Timex)
        set_attr(t, "__dict__", fields)
        append(t)
    return out
