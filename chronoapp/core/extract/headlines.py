"""Headline words: fitting an event's headline into 15 words from the clause that tells it.

A headline is cut from its sentence's clause: a cut must end where a phrase ends (_fit), not part a
noun from its "of" (_without_headless_phrase) nor a verb from its object (_without_objectless_verb),
and a second predicate split off its sentence keeps the sentence's subject (_with_subject). The
word lists these read (finished verbs, function words) are shared with events.py, which tells a
step done from one to come by the same words. Apart from events.py because this works on a
clause's words alone, never on cues or event types: events.py decides what the event is and which
clause tells it, then calls these to word its headline."""
from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)

_IRREGULAR_PAST = frozenset("""struck fought hit shot took retook overran overrun seized died dead slain
    stormed crashed blew brought downed withdrew began broke rose fled met held sent fell slid came
    left split won lost led drove flew shut quit swept spread became withdrawn overthrown sworn made""".split())
_FUNCTION_WORDS = frozenset("""a an the of in on at to for from by with into onto near and or but nor that which who whose
    when while as is are was were be been being has have had would will could should may might can its his her
    their our my your after before since than over about between during following some this these those
    said says told along across against through toward towards within without amid despite among around inside
    outside via""".split())


_SUBJECT_OF = re.compile(r"(?P<subj>(?:[A-Z][\w'\u2019.-]*|the|of|and|al-\w+)(?:\s+(?:[A-Z][\w'\u2019.-]*|[a-z]+(?<!ed)(?<!\bthe)))"
                         r"{0,5}?)\s+(?P<verb>[a-z]+ed|" + "|".join(sorted(_IRREGULAR_PAST)) + r")\b")


def _with_subject(headline: str, s: str) -> str:
    """A second predicate split off its sentence ("HTS fighters launched an offensive on November 27
    and seized Aleppo on November 30") keeps the sentence's subject: "HTS fighters seized Aleppo ..."."""
    verb = headline.split()[0].lower() if headline.split() else ""
    if not (verb.endswith("ed") or verb in _IRREGULAR_PAST) or \
            not re.search(rf"\band\s+{re.escape(verb)}\b", s):
        return headline
    m = _SUBJECT_OF.match(s)
    return f"{m.group('subj')} {verb}{headline[len(verb):]}" if m and m.group("verb") != verb else headline


def _finite_word(cue: str) -> bool:
    if not cue.split():          # a lone comma stripped to nothing
        return False
    w = cue.split()[0].lower()
    return w.endswith(("ed", "en")) or w in _IRREGULAR_PAST



_SECOND_PREDICATE = re.compile(r"\s+(?:had|has|have|was|were|is|are|will|would)\s+\w")


def _own_predicate(clause: str) -> str:
    """A subordinate clause without the main clause's verb that runs on after it, as when no
    comma closes it: "(people who fled when) the war erupted on April 15 | had sought refuge"."""
    words = list(re.finditer(r"\S+", clause))
    first = next((m for m in words if _finite_word(m.group().strip(",;")) and m.start() > 0), None)
    if first is None:
        return clause
    m = _SECOND_PREDICATE.search(clause, first.end())
    if m and not re.search(r",|\b(?:and|or|but|that|which|who)\b", clause[first.end():m.start()]):
        return clause[:m.start()]
    return clause


def _finite_word_in(words: list[str]) -> bool:
    return any(w.lower().endswith("ed") or w.lower() in _IRREGULAR_PAST or w.lower() in ("said", "says") for w in words)


_NUMBER_ENDS = frozenset("one two three four five six seven eight nine ten dozens hundreds thousands".split()) | _FUNCTION_WORDS
# where a phrase cut before its "of" starts: a modifier that can go whole ("at the request | of the government")
_PP_HEADS = frozenset("in at for on near during from into with outside inside over under across".split())
# nouns that say little without their "of" ("in a suburb", "at the request", "in support"): a phrase they head
# goes whole when a cut parts them from it (not "linked up with the garrison | of Deir ez-Zor": that says enough)
_RELATIONAL_NOUNS = frozenset("""request behalf support favour favor suburb suburbs outskirts vicinity edge heart centre center
    middle part parts rest side sides sidelines bank cessation end start beginning control wake aftermath face course scene
    site terms number one some most many all hundreds dozens thousands town city village province region district area
    discontinuation capital""".split())
_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$")
_QUANTIFIERS = frozenset("more less fewer least nearly almost".split())  # "ended more | than five decades"


def _participle_phrase(words: list[str], n: int) -> bool:
    """words[n] opens a participle phrase after a clause's verb ("clashed with a faction | led
    by ...", "a truce | brokered in Doha"): a phrase boundary, as good a place to cut as a
    function word."""
    return words[n].lower().endswith("ed") and n + 1 < len(words) and _finite_word_in(words[1:n]) and \
        words[n + 1].lower() in ("by", "in", "at", "on", "near", "from", "with", "during", "last")


def _clause_rest(s: str, headline: str) -> str:
    """The next three words after the headline's last ones in s, within their clause ("" when it ends there):
    the verb a cut headline left out ("... as protesters" | "clashed with police")."""
    words = headline.split()
    at = s.find(" ".join(words[-3:])) if len(words) >= 3 else -1
    rest = re.match(r"(?:\s+[^\s,;:.]+){0,3}", s[at + len(" ".join(words[-3:])):]).group() if at >= 0 else ""
    return rest if _finite_word(rest) else ""  # (not "condemned the | killing of ...": a noun the saying is about)


def _without_headless_phrase(cut: list[str], keep: int) -> list[str]:
    """A cut that parts a noun from its "of" ("Tskhinvali, the capital | of South Ossetia", "in July at
    the request | of the government") drops the phrase that noun heads when it is an apposition or a
    modifier (never an object: "struck the roof | of their home" stays)."""
    for j in range(len(cut) - 2, max(keep - 1, len(cut) - 7) - 1, -1):  # ", the capital": an apposition
        if cut[j].endswith(",") and cut[j + 1].lower() in ("a", "an", "the"):
            return cut[:j + 1]
    for j in range(len(cut) - 1, max(keep, len(cut) - 4) - 1, -1):  # "at the request", "in a suburb"
        if cut[j].endswith(","):
            break
        if cut[j].lower() in _PP_HEADS and j and cut[j - 1].lower() not in _FUNCTION_WORDS and \
                (cut[-1].lower() in _RELATIONAL_NOUNS and not cut[-2][:1].isupper()  # (not "the Rueso district": named)
                 or cut[-1][:1].isupper()):  # ("in the Gulf | of Aden")
            return cut[:j]
    return cut


# words that open a verb's object or complement: a headline cut right before one lost it ("killed | at least 35")
_OBJECT_OPENERS = frozenset("""the a an its their his her our this these those more some several dozens hundreds
    thousands all about around nearly almost it them him us one two three four five six seven eight nine ten""".split())
# ... and "to" after a verb that takes an infinitive ("tried | to"; not "had gathered | to be evacuated")
_TO_VERBS = frozenset("""tried vowed sought attempted threatened agreed refused decided promised pledged planned failed
    wanted ordered asked urged forced allowed continued began trying seeking attempting threatening""".split())
_PASSIVE_AUX = frozenset("is are was were be been being get got".split())
_ING_NOUNS = frozenset("""during morning evening building buildings meeting meetings wedding ceiling nothing something spring
    string fighting shelling bombing bombings killing killings looting rioting uprising gathering funding training
    landing housing hearing ruling briefing warning offering""".split())
# after a comma, what opens a clause of its own (", also saying ...", ", in what it called ..."), not a list's next item
_COMMA_CLAUSE = re.compile(r"(?:\w+ing|\w+ly|also|then|in|with|as|after|before|while|which|who|where|when)$")
# where a clause joined to the one before it starts: "..., and ordered", "... after he tried", "... that left"
_CLAUSE_OPENERS = frozenset("and but when after as since before while because until that which who where".split())


_BEFORE_ADJECTIVE = frozenset("the a an in on at of with by from into for its their his her this these those".split())


def _verb_in(words: list[str]) -> bool:
    """A finished verb among words, not a participle used as an adjective ("in armored cars", "the disputed city")."""
    return any(_finite_word_in([w]) and not (i and words[i - 1].lower() in _BEFORE_ADJECTIVE) for i, w in enumerate(words))


def _lost_object(words: list[str], after: str, after2: str = "") -> bool:
    """words end on a verb (or a participle) whose object opens with `after` (then `after2`), cut away."""
    if len(words) < 2 or not after:
        return False
    last, prev = words[-1].lower(), words[-2].lower().strip(",;:")
    nxt = after.lower().strip("\"\u201c")
    opener = nxt in _OBJECT_OPENERS or nxt == "to" and last in _TO_VERBS or nxt == "at" and after2.lower() == "least" \
        or nxt[:1].isdigit()
    if not opener or words[-1][:1].isupper() or words[-1].endswith((",", ";", ":", '"', "\u201d")):
        return False
    finite = (last.endswith("ed") or last in _IRREGULAR_PAST) and prev not in _PASSIVE_AUX
    participle = last.endswith("ing") and len(last) > 5 and last not in _ING_NOUNS and prev not in _FUNCTION_WORDS - {"of"}
    return finite or participle


def _without_objectless_verb(words: list[str], after: str, after2: str = "") -> list[str]:
    """A cut headline ending on a verb whose object was cut away ("... and ordered | the military to",
    "... after he tried | to", "... of more than 150 people attending | a meeting") drops the clause
    that verb opens, back to the clause before it; a participle with no clause of its own goes alone.
    `after`, `after2`: the words that followed the cut."""
    if len(words) < 5 or not _lost_object(words, after, after2):
        return words
    participle = words[-1].lower().endswith("ing")
    prev = words[-2].lower().strip(",;:")
    for j in range(len(words) - 2, 3, -1):
        if words[j].endswith(",") and _COMMA_CLAUSE.match(words[j + 1].lower()) and _verb_in(words[:j + 1]):
            cut = words[:j + 1]
            break
        if words[j].lower() in _CLAUSE_OPENERS and _verb_in(words[:j]):
            cut = words[:j]
            break
    else:
        return words[:-1] if participle and prev not in _FUNCTION_WORDS else words
    while len(cut) > 4 and cut[-1].lower().strip(",;:") in _FUNCTION_WORDS:  # ("rocked several neighbourhoods from | as ...")
        cut.pop()
    return cut


# a clause's verb right after a cut: the cut parted a subject from it ("after Thai troops | said ...")
_VERB_NEXT = frozenset("said says had has have was were is are would will could did".split())
# the words that open only a clause (not "and", "but" or "as", which also join phrases)
_CLAUSE_ONLY = (_CLAUSE_OPENERS - {"and", "but", "as"}) | {"whereas", "whom", "whose"}
_SAYINGS = frozenset("""said says saying calling called adding telling announced announcing denied denying warned warning
    claiming insisting stressing noting urging vowing""".split())
_SAID_OPENERS = frozenset("it he she they we that his her its their the this".split())
_SPANS = frozenset("minutes hours days weeks months years day week month year shortly soon just moments".split())
_EVENT_NOUNS = frozenset("""attack attacks strike strikes airstrike airstrikes bombing bombings shelling fighting clashes
    explosion explosions blast blasts ambush raid raids offensive violence fire assault barrage""".split())


def _without_dangling_clause(words: list[str], rest: list[str]) -> list[str]:
    """A headline cut short ending on a clause with no verb left goes back to before that clause
    (rest: the words the cut left out, as written): "... and said his government | had zero
    tolerance" and ", saying it | had killed" lose the saying; "... after Thai troops | said",
    ", where about 100 troops | have been" their clause; ", a day | after ..." its aside;
    "... between the government | and guerrillas" the pair's half; a main verb whose object
    went ("A drone attack on the hospital killed | at least 70") the verb, when an event noun
    is left to tell it."""
    def back_to(j: int) -> list[str]:
        cut = words[:j]
        while len(cut) > 4 and (cut[-1].lower().strip(",;:") in _FUNCTION_WORDS or cut[-1].lower() == "and"):
            cut.pop()
        cut[-1:] = [w.rstrip(",;:") for w in cut[-1:]]
        if _finite_word(cut[-1]) and cut[-2].lower() not in _PASSIVE_AUX:
            return words  # ("the ruling showed | that ...": a verb left without its object is no better)
        return cut
    if len(words) < 6 or not rest:
        return words
    nxt = rest[0].lower().strip(",;:\"\u201c")
    for j in range(len(words) - 1, 3, -1):
        w, before, said = words[j].lower(), words[j - 1].lower(), words[j + 1:]
        if w in _SAYINGS and (before.endswith(",") or before == "and") and not _verb_in(said) and (
                nxt in _VERB_NEXT or _finite_word(nxt) or len(said) <= 2 and said[:1] and said[0].lower() in _SAID_OPENERS):
            return back_to(j)  # (not "... and announced an operation": a saying with its object)
        if w in _CLAUSE_ONLY and len(words) - j <= 5 and not _verb_in(words[j + 1:]) and \
                (nxt in _VERB_NEXT or _finite_word(nxt)) and _verb_in(words[:j]) and \
                not (w == "that" and (_finite_word(before) or before in _SAYINGS)) and before not in _SPANS:
            # (not a verb's object, "announced that ...", which the saying rule weighs; nor "a week | after ...")
            cut = back_to(j)
            return _without_dangling_clause(cut, words[j:]) if cut != words else cut
        if len(words) - j > 5:
            break
    if words[-3].endswith(",") and words[-2].lower() in ("a", "one", "two", "three", "hours", "days") and \
            words[-1].lower() in ("day", "days", "week", "weeks", "month", "months", "later", "earlier", "after", "before"):
        return back_to(len(words) - 2)  # ", a day | after ...": an aside cut short
    between = max((j for j, w in enumerate(words) if w.lower() == "between"), default=-1)
    if between > 3 and nxt == "and" and "and" not in (w.lower() for w in words[between:]):
        return back_to(between)
    if _lost_object(words, *(rest + [""])[:2]) and not _finite_word_in(words[:-1]) and \
            _EVENT_NOUNS & {w.lower().strip(",") for w in words[:-1]}:
        return back_to(len(words) - 1)
    return words


def _date_phrase_opener(words: list[str], n: int) -> bool:
    """words[n] opens the date phrase cut after it ("in Kabul late | on Saturday", "early | Sunday"): no end."""
    nxt = words[n + 1].lower().strip(",.;:") if n + 1 < len(words) else ""
    return words[n].lower() in ("late", "early") and (nxt in ("on", "in", "last", "this", "that", "next", "yesterday", "today")
                                                      or nxt.endswith("day") or _MONTH.match(nxt.capitalize()) is not None)


def _fit(words: list[str], n: int, keep: int) -> list[str]:
    """At most n words ending where a phrase ends: a cut inside a phrase ("since last | week")
    goes back to before the phrase's function word, keeping at least `keep` words (else the
    plain cut, or nothing when keep is 0); never a function word or comma at the end."""
    cut = list(words[:n])
    if len(words) > n and words[n].lower() not in _FUNCTION_WORDS and not _participle_phrase(words, n):
        while len(cut) > keep and cut[-1].lower() not in _FUNCTION_WORDS:
            cut.pop()
        if cut[-1:] == ["of"] and _MONTH.match(words[n - 1]):  # "on the night of | October 10": a date, cut before it
            pre = [j for j in range(max(keep, len(cut) - 5), len(cut)) if cut[j].lower() in ("on", "in", "at", "during", "by")]
            if pre:
                cut = cut[:pre[-1]]
        elif keep and len(cut) <= keep or cut[-1:] == ["of"] and words[n - 1].lower() not in _NUMBER_ENDS:
            cut = list(words[:n])  # "killed 13 members of one family | overnight": "X of Y" is one noun phrase
    while len(cut) > min(keep, 3):
        last = cut[-1].rstrip(",;:")
        month = last == "May" and len(cut) > 1 and cut[-2].isdigit()  # "on 18 May": the month, no modal verb
        if (month or last.lower() not in _FUNCTION_WORDS) and last.lower() not in _QUANTIFIERS and \
                not _participle_phrase(words, len(cut) - 1) and not _date_phrase_opener(words, len(cut) - 1):
            cut[-1] = last
            break
        cut.pop()
    if len(words) > len(cut) and words[len(cut)].lower() == "of":  # a noun cut from its "of": "in a suburb | of Tripoli"
        cut = _without_headless_phrase(cut, keep)
        cut[-1:] = [w.rstrip(",") for w in cut[-1:]]
    return cut
