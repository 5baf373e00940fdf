"""The event scorer's matching rule (benchmarks/event_eval.py): a candidate points at a gold event
when its quote holds the keyword or its span overlaps the keyword's sentence."""
from benchmarks.event_eval import _points_at

TEXT = ("The army said on Saturday that dozens of its soldiers had been killed. Russian warplanes struck rebel "
        "positions in Idlib overnight, killing at least 16 people.")


def candidate(start: int, end: int) -> dict:
    return {"quote": TEXT[start:end], "start": start, "end": end}


def test_the_sentence_before_a_keyword_that_opens_a_sentence_does_not_point_at_it():
    statement_end = TEXT.index(" Russian")
    assert not _points_at(candidate(0, statement_end), TEXT, "Russian warplanes struck rebel positions")
    strike = TEXT.index("Russian")
    assert _points_at(candidate(strike, len(TEXT)), TEXT, "Russian warplanes struck rebel positions")


def test_a_candidate_over_the_keywords_sentence_points_at_it_without_quoting_the_keyword():
    strike = TEXT.index("Russian")
    assert _points_at(candidate(strike, strike + 30), TEXT, "killing at least 16 people")


def test_a_place_agrees_by_any_name_of_its_country_and_without_its_accents():
    from benchmarks.event_eval import _location_agrees
    from chronoapp.core.extract import vocab
    v = vocab.load()
    assert _location_agrees(["Democratic Republic of the Congo"], "Democratic Republic of Congo", v)
    assert _location_agrees(["Culiacán"], "Culiacan", v)
    assert _location_agrees(["Pont-Sondé", "Haiti"], "Pont-Sonde", v)
    assert not _location_agrees(["Haiti", "Pont-Sondé"], "Pont-Sonde", v)
