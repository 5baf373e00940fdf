"""Event candidates in the other shapes of article editors paste: backgrounders with a run of
dated events, UN/NGO situation reports, live blogs, British-style reports, features and briefs."""
import datetime as dt

from chronoapp.core.extract import extract


def events(text, published):
    return extract(text, published).events


# A paragraph's narrative time, set by a sentence that proposes no event ("By Saturday afternoon the column
# had driven ..."), dates the undated act told after it, not the publication day.
def test_an_undated_act_takes_the_date_its_paragraph_was_set_to():
    text = ("Rebels seized the border post on Friday 9 June.\n\n"
            "By Saturday afternoon a column of pick-up trucks had driven 200 kilometres south along the highway. "
            "The fighters ambushed an army convoy on the way, killing at least 11 soldiers.")
    ambush, = [e for e in events(text, dt.date(2023, 6, 12)) if "ambushed" in e.quote]
    assert (ambush.date_start, ambush.date_end) == ("2023-06-10", "2023-06-10")
