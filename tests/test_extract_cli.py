"""`chronoapp extract` and `chronoapp ingest`: output shape, decoding, errors, and the store."""
import io
import json
import sys

import pytest

from chronoapp.cli import main
from chronoapp.core.extract import read_article
from chronoapp.core.store import EventQuery, Store

ARTICLE = ("BEIRUT (Reuters) - On Friday, the Syrian Army ousted ISIS from Uqairabat, Russia's Defense Ministry said.\n\n"
           "Syria has been gripped by foreign-backed militancy since March 2011.\n")


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_extract_json_shape(article, capsys):
    assert main(["extract", str(article), "--published", "2017-09-05"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["published"] == "2017-09-05"
    friday = [t for t in out["timexes"] if t["text"] == "Friday"][0]
    assert {"text", "start", "end", "type", "value", "reason", "alternatives"} <= friday.keys()
    assert friday["value"] == "2017-09-01" and ARTICLE[friday["start"]:friday["end"]] == "Friday"
    first, context = out["events"]
    keys = {"date_start", "date_end", "precision", "date_text", "headline", "quote", "start", "end", "event_type",
            "actors", "locations", "fatalities", "attribution"}
    assert keys <= first.keys()
    assert (first["date_start"], first["date_end"], first["precision"]) == ("2017-09-01", "2017-09-01", "day")
    assert first["actors"] == ["Syrian Army", "ISIS"] and first["locations"][0] == "Uqairabat"
    assert first["event_type"] == "battle" and first["attribution"] == "Russia's Defense Ministry"
    assert ARTICLE[first["start"]:first["end"]] == first["quote"] and not first["quote"].startswith("BEIRUT")
    assert (context["date_start"], context["date_end"], context["event_type"]) == ("2011-03", None, "context")


def test_extract_table(article, capsys):
    assert main(["extract", str(article), "--published", "2017-09-05", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "1 September 2017" in out and "[battle]" in out and "2 candidate events" in out


def test_missing_published_is_a_clear_error(article, capsys):
    assert main(["extract", str(article)]) == 1
    err = capsys.readouterr().err
    assert "--published" in err and "Traceback" not in err


def test_bad_published_date(article, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(article), "--published", "Friday"])
    assert exc.value.code == 2
    assert "2017-09-05" in capsys.readouterr().err


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_publication_date_out_of_range(article, capsys, day):
    # "next year" or "the following day" counted from it would leave the calendar
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(article), "--published", day])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "out of range" in err and "Traceback" not in err


def test_missing_file_and_binary_file(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.txt"), "--published", "2017-09-05"]) == 1
    assert "cannot read" in capsys.readouterr().err
    blob = tmp_path / "image.png"
    blob.write_bytes(bytes(range(256)) * 40)
    assert main(["extract", str(blob), "--published", "2017-09-05"]) == 1
    assert "binary" in capsys.readouterr().err


def test_stdin_html_cp1252_and_bom(tmp_path, capsys, monkeypatch):
    html = "<html><body><p>On Friday, rebels shelled Aleppo.</p>\r\n<p>The army\u2019s reply came later.</p></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html.encode("cp1252"))))
    assert main(["extract", "-", "--published", "2017-09-05"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["events"][0]["quote"] == "On Friday, rebels shelled Aleppo."
    assert "Windows-1252" in captured.err
    assert read_article("\ufeffOn Friday, rebels shelled Aleppo.".encode("utf-8")) == ("On Friday, rebels shelled Aleppo.", None)


def test_numeric_order_option(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("Rebels attacked the base on 05/09/2017.", encoding="utf-8")
    assert main(["extract", str(p), "--published", "2017-09-20", "--numeric-order", "DMY"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["events"][0]["date_start"] == "2017-09-05"


def test_ingest_stores_source_and_candidates(article, tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    assert main(["ingest", str(db), str(article), "--published", "2017-09-05", "--outlet", "Reuters",
                 "--url", "https://example.org/a", "--title", "Uqairabat"]) == 0
    assert "2 candidate events" in capsys.readouterr().out
    with Store(str(db)) as store:
        (source,) = store.sources()
        assert source.outlet == "Reuters" and source.published == "2017-09-05" and source.text == ARTICLE.strip()
        events = store.query(EventQuery(), with_evidence=True)
        assert {e.status for e in events} == {"candidate"}
        battle = [e for e in events if e.event_type == "battle"][0]
        ev = battle.evidence[0]
        assert ev.source_id == source.id and source.text[ev.start:ev.end] == ev.quote
        assert battle.location == "Uqairabat" and battle.actors == ["Syrian Army", "ISIS"]


def test_ingest_without_published_stores_nothing(article, tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    assert main(["ingest", str(db), str(article)]) == 1
    assert "--published" in capsys.readouterr().err
    assert not db.exists()
