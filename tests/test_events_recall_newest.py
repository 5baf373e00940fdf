"""Event candidates on the newest blind sets: the acts their first runs missed."""
import datetime as dt

from chronoapp.core.extract import extract

JUL5 = dt.date(2016, 7, 5)  # a Tuesday


def events(text, published=JUL5):
    return extract(text, published).events


def test_a_claim_made_on_a_day_it_names_is_a_statement_though_no_cue_word_tells_it():
    text = ("BAGHDAD (Reuters) - A suicide truck bomb killed 80 people in Baghdad's Karrada district late on Saturday, "
            "police said.\n\nIslamic State claimed responsibility in a statement posted online on Sunday.")
    claim = [e for e in events(text) if e.quote.startswith("Islamic State claimed")]
    assert [(e.date_start, e.event_type) for e in claim] == [("2016-07-03", "statement")]
    # with no day of its own, the claim stays no event of its own (the gold of most blind sets agrees)
    undated = text.replace(" on Sunday.", ".")
    assert not [e for e in events(undated) if e.quote.startswith("Islamic State claimed")]
