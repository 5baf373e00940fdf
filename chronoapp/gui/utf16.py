"""Offsets in texts Qt shows: Qt counts UTF-16 units, Python counts characters; they differ after a character beyond
U+FFFF (an emoji, a rare script), which takes two units."""
from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # two UTF-16 units each (emoji, rare scripts)


def utf16_offsets(text: str):
    """Python offset → Qt (UTF-16) offset; the identity unless the text has characters beyond U+FFFF."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect.bisect_left(astral, i)


def python_offset(text: str, qpos: int) -> int:
    """Qt (UTF-16) position → Python offset."""
    if not _ASTRAL.search(text):
        return qpos
    n = 0
    for i, ch in enumerate(text):
        if n >= qpos:
            return i
        n += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
