"""Days the calendar does not always have: 29 February, 31 April, publication dates at the
edges of the calendar. A date written without a year must never crash the tagger."""
import datetime as dt

import pytest

from chronoapp.core.extract.timex import tag


def values(text, dct):
    return {t.text: t.value for t in tag(text, dct)}


def test_leap_day_without_a_year_is_the_last_one_before_a_past_report():
    # published in a year without a 29 February (neither are the years around 2026)
    assert values("Gunmen attacked the airport on Feb. 29.", dt.date(2026, 3, 10)) == {"Feb. 29": "2024-02-29"}
    assert values("Gunmen attacked the airport on Feb. 29.", dt.date(2027, 1, 5)) == {"Feb. 29": "2024-02-29"}


def test_leap_day_in_a_future_clause_is_the_next_one():
    found = tag("The vote will be held on 29 February.", dt.date(2026, 3, 10))
    assert [(t.value, t.alternatives) for t in found] == [("2028-02-29", ("2024-02-29",))]
    assert "next such day" in found[0].reason


def test_leap_day_in_a_leap_year_keeps_that_year():
    assert values("Gunmen attacked the airport on Feb. 29.", dt.date(2024, 3, 10)) == {"Feb. 29": "2024-02-29"}


@pytest.mark.parametrize("text", ["Gunmen attacked the airport on April 31.", "On 31 June the vote took place.",
                                  "Feb. 30 was the day", "on April 31, 2024"])
def test_a_day_no_month_has_is_no_date(text):
    assert tag(text, dt.date(2026, 3, 10)) == []


@pytest.mark.parametrize("dct", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_publication_date_at_the_calendar_edge_is_refused_clearly(dct):
    with pytest.raises(ValueError, match="out of range"):
        tag("On Friday, next year.", dct)


@pytest.mark.parametrize("dct", [dt.date(1000, 1, 1), dt.date(8999, 12, 31)])
def test_publication_dates_in_range_resolve_everything(dct):
    found = tag("On Friday and next year, 500 years ago, on Feb. 29 and January 31.", dct)
    assert len(found) >= 4


def test_leap_day_across_a_century_without_one():
    # 2100 has no 29 February: the next one after 2099 is in 2104
    assert values("The vote will be held on 29 February.", dt.date(2099, 6, 1)) == {"29 February": "2104-02-29"}
