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
        return _make_all(resolve_all(text, parts, dct, numeric_order))
    finally:
        if paused:
            gc.enable()


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
