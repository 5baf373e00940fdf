"""A news-aware sentence splitter that keeps character offsets into the original text.

Knows datelines ("BEIRUT (Reuters) -", "JUBA, May 18 (Reuters) -", "KHARTOUM:", "MARAWI CITY --"),
abbreviations and initials ("Gen.", "Lt. Col.", "U.N.", "Sept.", "No. 63", "J. Smith"), and
closing quotes after the full stop. Paragraphs (line breaks) always end a sentence.
"""
from __future__ import annotations

from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int        # exclusive; text[start:end] is the sentence without surrounding spaces
    paragraph: int  # index of the paragraph (line) it belongs to
    kind: str = "body"  # body | dateline | heading


ABBREVIATIONS = frozenset("""mr mrs ms dr prof gen lt col maj capt cpt sgt cpl adm brig cmdr cdr gov sen rep
pres st mt ft no nos vol jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
sat sun inc ltd co corp jr sr rev fr hon vs etc approx est dept univ km sq""".split())

# Dateline at the start of a paragraph: capitalised place, optional ", May 18", optional "(Agency)",
# then a dash or colon. Bounded quantifiers only.
_DATELINE = re.compile(
    r"""[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'./\-]{1,30}(?:[ ][A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'./\-]{1,30}){0,3}  # BEIRUT / CULIACÁN / YEREVAN/BAKU
        (?:[ ]\([A-Z][A-Za-z ]{1,30}\))?(?:[ ]\[[A-Z][A-Za-z ]{1,30}\])?  # Imphal (Manipur) [India]
        (?:,[ ]?(?:[A-Z][A-Za-z]{1,20}\.?|[A-Z]\.(?:[A-Z][a-z]?\.){1,2})(?:[ ](?:of|the|[A-Z][A-Za-z]{1,20})){0,4}(?=[ ]?[(,:\-\u2013\u2014]))?  # , Democratic Republic of Congo / , Ala. / , N.C.
        (?:,[ ]?(?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:,[ ]\d{4})?|\d{1,2}[ ][A-Z][a-z]{2,8}\.?(?:[ ]\d{4})?))?  # , May 18 / , 1 May 2024
        (?:[ ]?\([A-Za-z .&'\-]{2,40}\))?                                 # (Reuters)
        [ ]?(?:--?|\u2013|\u2014|:)[ ]""", re.X)

_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+[\"'\u201c\u2018(\[]?[A-Z0-9]")
_TIME_OPENS = re.compile(r"\s*(?:At|By|Around|About|Shortly|Just|Early|Late|Before|After|From|Until|On|Since|Overnight|Sometime)\b")
# what follows a clock time's "a.m."/"p.m." within its sentence: a day, a month, a time zone, also in
# brackets ("at 1 p.m. (0900 GMT) and")
_CLOCK_GOES_ON = re.compile(r"\s+\(?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                            r"|[A-Z]{2,5}\b|(?:Eastern|Pacific|Central|Mountain|Atlantic|Greenwich)\b|[A-Z]\w+\s+[Tt]ime\b|\d)")


_CALENDAR_WORD = re.compile(r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
                            r"august|september|october|november|december)")


_AGENCY_AFTER = re.compile(r"(?:,[ ]?|\()(?:SANA|AFP|AP|Reuters|Xinhua|IRNA|TASS|Anadolu|WAM|SPA|KUNA|MENA|QNA|PTI|ANI|IANS|Petra)"
                           r"\)?[ ]?[-\u2013\u2014:]"  # (also "Imphal (Manipur) [India], May 5 (ANI):")
                           r"|\([A-Z]{2,8}\)[ ]?[-\u2013\u2014:]")  # any agency's initials: "Mogadishu (SONNA) -", "Addis Ababa (ENA) -"


def _is_dateline(head: str) -> bool:
    """A dateline's place part is upper case (BEIRUT) or one capitalised word followed by a colon,
    or it ends with a full date ("Nairobi, Kenya, 3 March 2020 -", as press releases write it)."""
    place = re.split(r"[,(:\-\u2013\u2014]", head, maxsplit=1)[0].strip()
    if _CALENDAR_WORD.fullmatch(place):
        return False  # "Monday, 13 January: A roadside bomb ...": a roundup entry's date, not a place
    return bool(place) and (place.isupper() or (head.rstrip().endswith(":") and " " not in place)
                            or bool(_AGENCY_AFTER.search(head))  # "Damascus, SANA -": an agency's dateline
                            or bool(re.search(r",[ ]?\S.{0,20}\d{4}(?:[ ]?\([^)]{0,40}\))?[ ]?\S{1,2}[ ]$", head)))


_BULLET = re.compile(r"\s*[-\u2022*\u2013\u2014\u25aa\u25cf]\s+(?=\S)")


def split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    para = 0
    for m in re.finditer(r"[^\n]+", text):
        line_start, line = m.start(), m.group()
        if not line.strip():
            continue
        pos = 0
        d = _DATELINE.match(line)
        if d and _is_dateline(d.group()):
            _add(out, text, line_start, line_start + d.end(), para, "dateline")
            pos = d.end()
        elif (b := _BULLET.match(line)) is not None:
            pos = b.end()  # a list's item begins after its bullet ("- Russia struck an apartment building ...")
        for s, e in _split_line(line, pos):
            _add(out, text, line_start + s, line_start + e, para, "body")
        para += 1
    # A paragraph (not the last) that is one short sentence without a final full stop is a heading.
    per_paragraph = {}
    for s in out:  # a dateline-like label ("STATEMENT: Army repels attack") does not count
        if s.kind == "body":
            per_paragraph[s.paragraph] = per_paragraph.get(s.paragraph, 0) + 1
    for i, s in enumerate(out):
        seg = text[s.start:s.end]
        # (the first line is the headline, however long: "This week in Ethiopia: Fano seizes a town in ...")
        if s.kind == "body" and seg[-1:] not in ".!?\"'\u201d" and len(seg.split()) <= (25 if s.paragraph == 0 else 15) \
                and per_paragraph[s.paragraph] == 1 and s.paragraph < para - 1:
            out[i] = Sentence(s.start, s.end, s.paragraph, "heading")
    return out


_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _word_before(line: str, start: int, end: int) -> str:
    """The run of letters and dots just before line[end], not reaching before start.
    Looks back in growing steps, so a line of many abbreviations ("Gen. X Gen. X ...") costs
    the length of each word, not of the whole sentence so far."""
    step = 16
    while True:
        lo = max(start, end - step)
        seg = line[lo:end]
        kept = seg.rstrip(_WORD_CHARS)
        if kept or lo == start:
            return seg[len(kept):]
        step *= 2


MAX_SENTENCE = 1000   # characters; real sentences are far shorter


def _split_line(line: str, pos: int):
    for start, end in _sentences_of(line, pos):
        # A run-on "sentence" longer than any real one (a table, a paste without full stops) is
        # cut at clause breaks, so the work done per sentence stays bounded and a long text linear.
        while end - start > MAX_SENTENCE:
            window = line[start + MAX_SENTENCE // 2:start + MAX_SENTENCE]
            cut = max(window.rfind("; "), window.rfind(", "), window.rfind(" "))
            cut = start + MAX_SENTENCE // 2 + cut + 1 if cut >= 0 else start + MAX_SENTENCE
            yield start, cut
            start = cut
        yield start, end


def _sentences_of(line: str, pos: int):
    start = pos
    for m in _END.finditer(line, pos):
        end = m.end()
        if not _NEXT_START.match(line, end):
            continue
        word = _word_before(line, start, m.start())  # the word the full stop ends, with its dots
        if m.group()[0] == "." and word:
            w = word.lower().rstrip(".")
            # abbreviation, an initial ("J."), or dotted acronym ("U.N.") -- unless the next word
            # clearly starts a sentence is not knowable cheaply, so stay conservative
            # ("1990s." is no initial: the letter ends a number's word)
            initial = len(w) == 1 and not line[max(start, m.start() - len(word) - 1):m.start() - len(word)].isdigit()
            if (w in ABBREVIATIONS or initial or "." in w) and not (
                    w in ("a.m", "p.m") and not _CLOCK_GOES_ON.match(line, end) and not _TIME_OPENS.match(line, start)):
                # "at 4:30 a.m. The fort surrendered" ends; "at 9 a.m. Tuesday" and "Shortly after
                # 2 a.m. Israeli jets struck" (a sentence opening with its time) do not
                continue
        yield start, end
        start = end
    yield start, len(line)


def _add(out, text, s, e, para, kind):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(s, e, para, kind))
