"""Regexes that skip, in C, to the characters a match can start with.

A pattern that opens with a lookbehind ("(?<!\\w)", as every tagger pattern does) gives Python's
regex engine no first character to look for: ``search``/``finditer`` then start a full match
attempt at every position of the text, about 50 ms per MB per pattern even where nothing can
match. When a pattern opens with a character or a class, the engine instead skips in a tight
C loop to the next character of that class (about 1 ms per MB) and only tries a match there.

``compile_skipping(source, flags)`` compiles the pattern with that class of first characters,
computed from its parse tree: every ASCII character a match can start with, found exactly
(each element is tested on the 128 ASCII characters, with the case rules in force there), and
every non-ASCII character, so Unicode case folding and Unicode digits or spaces can never be
missed. The class only decides where a match attempt is made, never what matches: ``match``,
``fullmatch`` and all results are those of the plain pattern. It uses the engine's private
compiler (CPython 3.11 and later); where that is missing or differs, or the pattern can match
an empty string or start with any character, or the engine already skips to a literal prefix
or a first character of its own (whose class leaves non-ASCII text out), it is the plain
``re.compile``.
"""
from __future__ import annotations

import functools
import re
import types

try:
    import _sre
    from re import _compiler, _parser
    from re import _constants as sre
except ImportError:      # another engine: plain patterns
    _compiler = None

__all__ = ["compile_skipping", "skipping_re"]

_ASCII = [chr(i) for i in range(128)]


@functools.cache
def _ascii_accepted(op, av, caseless: bool) -> set[str] | None:
    """The ASCII characters one literal, range or category accepts, or None if unknown."""
    if op is sre.LITERAL:
        src = re.escape(chr(av))
    elif op is sre.RANGE:
        src = f"[{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}]"
    elif op is sre.CATEGORY:
        src = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}.get(av)
        if src is None:
            return None
    else:
        return None
    one = re.compile(src, re.IGNORECASE if caseless else 0)
    return {c for c in _ASCII if one.fullmatch(c)}


def _first(items, flags: int) -> tuple[set[str], bool] | None:
    """(ASCII characters a match of the sequence items can start with, whether it can match
    the empty string), or None when it could start with anything."""
    chars: set[str] = set()
    for op, av in items:
        caseless = bool(flags & sre.SRE_FLAG_IGNORECASE)
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):       # reads, takes no character
            continue
        if op is sre.LITERAL:
            return chars | _ascii_accepted(op, av, caseless), False
        if op is sre.IN:
            for item_op, item_av in av:
                got = _ascii_accepted(item_op, item_av, caseless)    # (a negated class: None)
                if got is None:
                    return None
                chars |= got
            return chars, False
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            got = _first(sub.data, (flags | add_flags) & ~del_flags)
        elif op is sre.ATOMIC_GROUP:
            got = _first(av.data, flags)
        elif op is sre.BRANCH:
            alts = [_first(alt.data, flags) for alt in av[1]]
            if any(a is None for a in alts):
                return None
            got = set().union(*(a[0] for a in alts)), any(a[1] for a in alts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, sub = av
            got = _first(sub.data, flags)
            if got is not None and low == 0:
                got = got[0], True
        else:                                    # any character, a back-reference ...
            return None
        if got is None:
            return None
        chars |= got[0]
        if not got[1]:
            return chars, False
    return chars, True


class _FirstClass:
    """What the engine's compiler reads to write a pattern's first-character class."""

    def __init__(self, width: tuple[int, int], chars: set[str]):
        self.width = width
        # written as "none of the other ASCII characters": the class then takes every non-ASCII
        # character (case folding, Unicode digits) and stays a small table, quick to build
        self.data = [(sre.IN, [(sre.NEGATE, None)] + [(sre.LITERAL, ord(c)) for c in _ASCII if c not in chars])]

    def getwidth(self) -> tuple[int, int]:
        return self.width


def compile_skipping(source: str, flags: int = 0) -> re.Pattern:
    """re.compile(source, flags), searching only from the characters its matches can start
    with (see the module)."""
    if _compiler is None:
        return re.compile(source, flags)
    if isinstance(flags, re.RegexFlag):
        flags = flags.value  # (as re.compile does: the compiler's flag tests on an enum are ten times slower)
    try:
        parsed = _parser.parse(source, flags)
        first = _first(parsed.data, flags | parsed.state.flags)
        width = parsed.getwidth()
        code = _compiler._code(parsed, flags)
        groupindex = parsed.state.groupdict
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        if first is None or first[1] or width[0] == 0 or code[0] != sre.INFO \
                or code[2] & (sre.SRE_INFO_PREFIX | sre.SRE_INFO_CHARSET):     # the engine skips already
            # the plain pattern, as re.compile makes it from this code (not parsed and compiled again)
            return _sre.compile(source, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        info: list[int] = []
        _compiler._compile_info(info, _FirstClass(width, first[0]), 0)
        return _sre.compile(source, flags | parsed.state.flags, info + code[code[1] + 1:],
                            parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - an engine whose internals differ: the plain pattern
        return re.compile(source, flags)


# The re module for the event rules, which search clause after clause with hundreds of patterns opening
# with \b or a lookbehind (a fifth of the time of a news article went to match attempts at every position):
# the same names, its compile that of compile_skipping. A module takes it with one line,
# "from chronoapp.core.extract.regex_start import skipping_re as re", its re.compile(...) lines unchanged;
# compile caches as re.compile does (patterns built in a function, per call, are compiled once).
skipping_re = types.ModuleType("skipping_re", "re, with compile that of regex_start.compile_skipping")
skipping_re.__dict__.update({name: value for name, value in vars(re).items() if not name.startswith("__")})
skipping_re.compile = functools.lru_cache(maxsize=512)(compile_skipping)
