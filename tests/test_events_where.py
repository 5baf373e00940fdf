"""Where an event happened, as a careful ACLED coder places it: the place a sentence names before the
country it falls back on, a big city before its own quarter, a summons in the summoning state's capital,
a strike on another state's targets in that state."""
import datetime as dt

from chronoapp.core.extract import extract
from chronoapp.core.extract.entities import places
from chronoapp.core.extract.vocab import load

MAR10 = dt.date(2025, 3, 10)  # a Monday


def events(text, published=MAR10):
    return extract(text, published).events


# "the Sudan People's Liberation Movement in Opposition (SPLM-IO)": the bracketed acronym closes a name, so
# "in Opposition" is part of it, no place; a place the gazetteer knows before an acronym stays one.
def test_the_words_before_an_organisations_acronym_are_no_place():
    text = ("The Government arrested several senior officials of the Sudan People's Liberation Movement "
            "in Opposition (SPLM-IO) in Juba.")
    assert places(text, load()) == ["Juba"]
    assert places("Fighting broke out in Nasir (Upper Nile) on Friday.", load())[0] == "Nasir"


# "On 6 March, aerial bombardment was reported in Ulang County.": what was reported there, not a source's
# attribution ("..., the army reported") to cut off with its place.
def test_what_was_reported_in_a_place_happened_there():
    text = ("JUBA (OCHA) - Fighting broke out in Nasir on 2 March, humanitarian partners said.\n\n"
            "On 6 March, aerial bombardment was reported in Ulang County.")
    ev = next(e for e in events(text) if e.date_start == "2025-03-06")
    assert ev.locations[0] == "Ulang County"
