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


def test_extract_table_lists_every_place_of_a_candidate(tmp_path, capsys):
    """The table showed a candidate's first two places only: Goma and the country of 'attacked Sake, a town
    25 km from Goma in North Kivu province of the Democratic Republic of Congo' were left out."""
    p = tmp_path / "sake.txt"
    p.write_text("M23 rebels on Tuesday attacked Sake, a town 25 km from Goma in North Kivu province of the "
                 "Democratic Republic of Congo, killing five civilians, officials said.\n", encoding="utf-8")
    assert main(["extract", str(p), "--published", "2024-02-08"]) == 0
    (places,) = [e["locations"] for e in json.loads(capsys.readouterr().out)["events"]]
    assert len(places) > 2
    assert main(["extract", str(p), "--published", "2024-02-08", "--format", "table"]) == 0
    (line, _) = capsys.readouterr().out.splitlines()
    assert ", ".join(places) in line


def test_missing_published_is_a_clear_error(article, capsys):
    assert main(["extract", str(article)]) == 1
    err = capsys.readouterr().err
    assert "--published" in err and "Traceback" not in err


def test_a_missing_publication_date_names_the_one_the_article_states(tmp_path, capsys):
    p = tmp_path / "kyiv.txt"
    p.write_text("KYIV, May 14, 2023 (AP) \u2014 Russian drones struck the city on Sunday.\n", encoding="utf-8")
    for command in (["extract"], ["ingest", str(tmp_path / "war.sqlite")]):
        assert main([*command, str(p)]) == 1  # still refused: a dateline can be a day off
        assert "the article states \u201cKYIV, May 14, 2023 (AP)\u201d: --published 2023-05-14" in capsys.readouterr().err
    page = tmp_path / "kyiv.html"
    page.write_text('<meta name="pubdate" content="2023-05-14"><p>Drones struck the city on Sunday.</p>', encoding="utf-8")
    assert main(["extract", str(page)]) == 1
    assert "--published 2023-05-14" in capsys.readouterr().err


def test_a_missing_file_is_said_before_a_missing_publication_date(tmp_path, capsys):
    for command in (["extract"], ["ingest", str(tmp_path / "war.sqlite")]):
        assert main([*command, str(tmp_path / "missing.txt")]) == 1
        err = capsys.readouterr().err
        assert "cannot read" in err and "missing.txt" in err and "--published" not in err
    assert not (tmp_path / "war.sqlite").exists()


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


def test_offsets_point_into_the_file_as_given(tmp_path, capsys):
    # wire copy: blank lines first, two spaces between sentences, a no-break space, a zero-width
    # space and runs of blank lines, all cleaned away before extraction
    text = ("\n\nDAMASCUS, Sept. 5  --  The war goes on.   On Friday, the Syrian\u00a0Army ousted ISIS "
            "from Uqaira\u200bbat.\n\n\n\nOn Saturday,  12 soldiers were killed in Homs.\n")
    p = tmp_path / "wire.txt"
    p.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))     # and Windows line ends
    assert main(["extract", str(p), "--published", "2017-09-05"]) == 0
    out = json.loads(capsys.readouterr().out)
    given = p.read_text(encoding="utf-8")         # as Python reads it: newlines made \n
    assert given == text
    assert [t["text"] for t in out["timexes"]] == ["Sept. 5", "Friday", "Saturday"]
    for t in out["timexes"]:
        assert given[t["start"]:t["end"]] == t["text"]
    friday, saturday = out["events"]
    for e in (friday, saturday):
        assert given[e["start"]:e["end"]] == e["quote"]
    assert friday["quote"].startswith("On Friday") and friday["quote"].endswith("Uqaira\u200bbat.")
    assert friday["locations"][0] == "Uqairabat" and "Syrian Army" in friday["actors"]
    assert saturday["quote"] == "On Saturday,  12 soldiers were killed in Homs."


def test_offsets_in_html_span_the_tagged_source(tmp_path, capsys):
    page = ("<html><head><title>Syria</title><script>var s = 'On Monday';</script></head><body>\n"
            "<p>On <b>Friday</b>, the Syrian Army ousted ISIS from Uqairabat, Russia&#8217;s Defense Ministry said.</p>"
            "</body></html>")
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    assert main(["extract", str(p), "--published", "2017-09-05"]) == 0
    out = json.loads(capsys.readouterr().out)
    (friday,) = out["timexes"]
    assert page[friday["start"]:friday["end"]] == "Friday" and friday["value"] == "2017-09-01"
    (event,) = out["events"]
    assert event["quote"] == "On Friday, the Syrian Army ousted ISIS from Uqairabat, Russia\u2019s Defense Ministry said."
    assert page[event["start"]:event["end"]] == "On <b>Friday</b>, the Syrian Army ousted ISIS from Uqairabat, Russia&#8217;s Defense Ministry said."


def test_numeric_order_option(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("Rebels attacked the base on 05/09/2017.", encoding="utf-8")
    assert main(["extract", str(p), "--published", "2018-03-20", "--numeric-order", "DMY"]) == 0
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



def test_table_counts_read_as_english(tmp_path, capsys):
    one = tmp_path / "one.txt"
    one.write_text("On Friday, the Syrian Army ousted ISIS from Uqairabat.", encoding="utf-8")
    assert main(["extract", str(one), "--published", "2017-09-05", "--format", "table"]) == 0
    assert "1 candidate event, 1 time expression" in capsys.readouterr().out


# TextEdit's RTF of a wire story: a font table, metadata, Windows-1252 bytes, Unicode with fallbacks
RTF = (rb"{\rtf1\ansi\ansicpg1252\cocoartf2708" b"\n"
       rb"{\fonttbl\f0\fswiss\fcharset0 Helvetica;}{\colortbl;\red255\green255\blue255;}{\*\expandedcolortbl;;}" b"\n"
       rb"{\info{\title Draft}{\author Desk}}\paper\margl1440\pard\tx566\f0\fs24 \cf0 "
       rb"ALEPPO \'97 On Friday, rebels shelled the city\'92s west near the caf\'e9, the army said.\par" b"\n"
       rb"\par" b"\n"
       rb"On Saturday, 12 soldiers were killed in \u1581\'3f\u1605\'3f\u1589\'3f (Homs)." b"\\\n"  # \<newline>: \par
       rb"The talks {\i failed}.}")


def test_an_rtf_article_is_read_as_its_text(tmp_path, capsys):
    p = tmp_path / "story.rtf"
    p.write_bytes(RTF)
    assert main(["extract", str(p), "--published", "2017-09-05"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    friday, saturday = out["events"][:2]
    assert friday["quote"] == "On Friday, rebels shelled the city\u2019s west near the caf\u00e9, the army said."
    assert saturday["quote"] == "On Saturday, 12 soldiers were killed in \u062d\u0645\u0635 (Homs)."
    assert "RTF" in captured.err
    text, note = read_article(RTF)
    assert "\\" not in text and "{" not in text and "Helvetica" not in text and "Desk" not in text
    assert text.endswith("(Homs).\nThe talks failed.")


def test_an_rtf_article_saved_with_a_utf8_bom_is_still_read_as_rtf(tmp_path, capsys):
    """Some editors write a UTF-8 byte order mark before '{\\rtf1': the file was read as text, its codes and font
    table and all, and the junk became candidates."""
    p = tmp_path / "story.rtf"
    p.write_bytes(b"\xef\xbb\xbf" + RTF.replace(b"(Homs).", "(Homs, \u00e9t\u00e9).".encode("utf-8")))
    assert main(["extract", str(p), "--published", "2017-09-05"]) == 0
    captured = capsys.readouterr()
    assert "RTF" in captured.err
    text, note = read_article(p.read_bytes())
    assert "\\" not in text and "Helvetica" not in text and "rtf1" not in text
    assert text.endswith("(Homs, \u00e9t\u00e9).\nThe talks failed.")  # what is not \'hh is read as the BOM says


def test_ingest_takes_the_title_from_the_file_as_the_window_does(tmp_path, capsys):
    page = tmp_path / "story.html"
    page.write_bytes("<html><head><title>Shelling in Kessara &amp; Dorel\n</title></head><body><p>KESSARA \u2014 "
                     "Twelve people were killed on Sunday.</p></body></html>".encode("cp1252"))
    notes = tmp_path / "notes.md"
    notes.write_text("# Ceasefire talks\n\nThe envoy met both sides on 4 October.\n", encoding="utf-8")
    later = tmp_path / "later.md"
    later.write_text("# Talks\n\nThe envoy left on 5 October.\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    for path, given in ((page, []), (notes, []), (later, ["--title", "Talks, day two"])):
        assert main(["ingest", str(db), str(path), "--published", "2017-10-10", *given]) == 0
    capsys.readouterr()
    with Store(str(db)) as store:
        assert [s.title for s in store.sources()] == ["Shelling in Kessara & Dorel", "Ceasefire talks", "Talks, day two"]


def test_a_word_document_is_refused_with_the_way_to_get_its_text(tmp_path, capsys):
    document = tmp_path / "report.docx"
    document.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20)
    assert main(["ingest", str(tmp_path / "c.sqlite"), str(document), "--published", "2017-09-05"]) == 1
    err = capsys.readouterr().err
    assert "Word document" in err and "open it in Word, copy its text into a plain text (.txt) file" in err and "Traceback" not in err
    assert not (tmp_path / "c.sqlite").exists()


def test_a_page_in_the_code_page_it_declares_is_read_in_that_code_page(tmp_path, capsys):
    """An Arabic page saved as Windows-1256 (older Arab news sites) is not UTF-8: read as Windows-1252, its
    words became 'ÞÕÝ Íãí'. Its <meta> says which code page it is in."""
    page = tmp_path / "homs.html"
    page.write_bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
                     '<title>\u0642\u0635\u0641 \u062d\u0645\u0635</title></head><body><p>On Sunday, 12 civilians '
                     'were killed in Homs (\u062d\u0645\u0635).</p></body></html>'.encode("cp1256"))
    db = tmp_path / "c.sqlite"
    assert main(["ingest", str(db), str(page), "--published", "2017-10-10"]) == 0
    assert "Windows-1256" in capsys.readouterr().err
    with Store(str(db)) as store:
        (source,) = store.sources()
        assert source.title == "\u0642\u0635\u0641 \u062d\u0645\u0635" and source.text.endswith("(\u062d\u0645\u0635).")
    latin = tmp_path / "latin.html"  # a page that says Latin-1 means Windows-1252, as browsers read it
    latin.write_bytes(b'<meta charset="iso-8859-1"><p>On Sunday the caf\xe9 \x97 in Homs \x97 was shelled.</p>')
    assert read_article(latin.read_bytes())[0] == "On Sunday the caf\u00e9 \u2014 in Homs \u2014 was shelled."


def test_the_chronology_and_the_article_swapped_are_named_as_such(article, tmp_path, capsys):
    db = tmp_path / "war.sqlite"
    assert main(["ingest", str(db), str(article), "--published", "2017-09-05"]) == 0
    capsys.readouterr()
    before = article.read_bytes()
    assert main(["ingest", str(article), str(db), "--published", "2017-09-05"]) == 1
    err = capsys.readouterr().err
    assert f"{db} is a chronology file, not an article: the chronology comes first" in err
    assert article.read_bytes() == before
    empty = tmp_path / "new.sqlite"  # an empty file (touched beforehand) becomes a chronology, and that is said
    empty.write_bytes(b"")
    assert main(["ingest", str(empty), str(article), "--published", "2017-09-05"]) == 0
    assert "created a new chronology" in capsys.readouterr().err


def test_paragraphs_a_page_leaves_unclosed_stay_apart(tmp_path, capsys):
    """HTML lets <p> and <li> go unclosed (older news sites, wire feeds): their paragraphs ran together
    ('...shelled Aleppo on Friday.On Saturday, ...') and one quote took in both."""
    page = tmp_path / "wire.html"
    page.write_text("<html><body><p>Rebels shelled Aleppo on Friday, the army said.<p>On Saturday, 3 soldiers were "
                    "killed in Homs.<ul><li>Talks resumed on Sunday<li>Aid arrived on Monday</ul></body></html>",
                    encoding="utf-8")
    assert main(["extract", str(page), "--published", "2017-09-05"]) == 0
    out = json.loads(capsys.readouterr().out)
    quotes = [e["quote"] for e in out["events"]]
    assert "On Saturday, 3 soldiers were killed in Homs." in quotes
    assert all("Friday" not in q or "Saturday" not in q for q in quotes)
    assert not any("Sunday" in q and "Monday" in q for q in quotes)
    text = read_article(page.read_bytes())[0]
    assert text.split("\n\n") == ["Rebels shelled Aleppo on Friday, the army said.", "On Saturday, 3 soldiers were killed "
                                  "in Homs.", "Talks resumed on Sunday", "Aid arrived on Monday"]


def test_a_page_without_head_keeps_its_title_out_of_the_text(tmp_path, capsys):
    """HTML5 lets a page leave out <head>: its <title> (the browser tab's, '... - Reuters') is still not
    part of the article, and is the source's title."""
    page = tmp_path / "story.html"
    page.write_text("<!DOCTYPE html><title>Shelling in Kessara - Reuters</title><meta charset=utf-8>"
                    "<p>Twelve people were killed on Sunday.</p>", encoding="utf-8")
    assert read_article(page.read_bytes())[0] == "Twelve people were killed on Sunday."
    db = tmp_path / "c.sqlite"
    assert main(["ingest", str(db), str(page), "--published", "2017-10-10"]) == 0
    with Store(str(db)) as store:
        (source,) = store.sources()
        assert source.title == "Shelling in Kessara - Reuters" and source.text == "Twelve people were killed on Sunday."


def test_a_page_menu_and_archive_list_are_not_the_article(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text("<html><body><nav><a href='/'>Home</a> <a href='/2017/08'>August 2017</a></nav>"
                    "<form id='site'><select name='archive'><option>September 2017</option><option>July 2017"
                    "</option></select><button>Subscribe for 2018</button>"
                    "<p>On Friday, rebels shelled Aleppo.</p></form></body></html>", encoding="utf-8")
    assert read_article(page.read_bytes())[0] == "On Friday, rebels shelled Aleppo."
    assert main(["extract", str(page), "--published", "2017-09-05"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [t["text"] for t in out["timexes"]] == ["Friday"]
