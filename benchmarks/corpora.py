"""Readers for the development corpora (never shipped; the path is always an argument).

Each reader yields ``Doc(name, text, dct, gold)`` where ``gold`` is a list of ``GoldTimex``
with character offsets into ``text`` (the plain text the tagger runs on).
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    also_ok: tuple[str, ...] = ()
    optional: bool = False


@dataclass
class Doc:
    name: str
    text: str
    dct: _dt.date | None
    gold: list[GoldTimex] = field(default_factory=list)


def read_tml(path: str) -> Doc:
    """TimeML: plain text = all character data inside <TEXT>, tags removed."""
    root = ET.parse(path).getroot()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = _dt.date.fromisoformat(t.get("value", "")[:10])
            break
    text_el = root.find("TEXT")
    parts: list[str] = []
    gold: list[GoldTimex] = []
    pos = 0

    def walk(el):
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3" and el is not text_el:
            gold.append(GoldTimex(start, pos, "", el.get("type", ""), el.get("value", "")))

    walk(text_el)
    text = "".join(parts)
    for g in gold:
        g.text = text[g.start:g.end]
    gold.sort(key=lambda g: g.start)
    return Doc(os.path.basename(path), text, dct, gold)


def _nth(text: str, sub: str, n: int) -> int:
    """Offset of the n-th occurrence (1-based, overlapping occurrences count)."""
    pos = -1
    for _ in range(n):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            raise ValueError(f"occurrence {n} of {sub!r} not found")
    return pos


def read_conflict_json(path: str) -> Doc:
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    text = d["text"]
    gold = []
    for t in d.get("timexes", []):
        s = _nth(text, t["text"], t.get("nth", 1))
        gold.append(GoldTimex(s, s + len(t["text"]), t["text"], t["type"], t["value"],
                              tuple(t.get("also_ok") or ()), bool(t.get("optional"))))
    gold.sort(key=lambda g: g.start)
    dct = _dt.date.fromisoformat(d["published"][:10]) if d.get("published") else None
    return Doc(os.path.basename(path), text, dct, gold)


def read_dir(path: str, only: set[str] | None = None) -> list[Doc]:
    """All .tml or conflict-news .json documents in a folder (sorted by name).
    ``only``: optional set of filename prefixes to keep (e.g. {"09", "10"})."""
    docs = []
    for name in sorted(os.listdir(path)):
        if only and name.endswith(".json") and not any(name.startswith(p) for p in only):
            continue
        full = os.path.join(path, name)
        if name.endswith(".tml"):
            docs.append(read_tml(full))
        elif name.endswith(".json"):
            docs.append(read_conflict_json(full))
    return docs
